"""Round 15 of events (the event misses and false hits of the studied sets dev, UNSEEN-8..14), each with invented
sentences and the sentences beside it where the construction must not fire:

1. "the 52 seats it won in the last election", "the 121 seats the Unity Party won", "the three seats that were won
   by the ministers": a win / loss in a relative clause on a plural seat noun counts seats, it states no event.
2. "the Action and Solidarity (PAS) party": a name before 'and' / 'of' joins the party's name when the abbreviation
   after it spells both ("Karl Brandt and Ana Voss (KB)" stays two people).
3. "Its victory surprised many": an 'its' opening a sentence is the party the previous sentence names (else nobody).
4. "congratulated his successor and longtime rival Ana Voss", "congratulate my brother... Ana Voss": relation
   words between the verb and the name of its partner.
5. "X held a phone conversation with Y, who resigned ..., to congratulate her": the holder of the call congratulates
   the one named before the 'who' clause (not the reverse).
6. "Provisional Results announced by the Elections Commission", "results released Thursday by X", "results of the
   June 20 elections released by X": the agent after 'by' announces, not a capitalised noun or a name before it;
   "published by October 15" names no agent.
7. "has confirmed the final results", "released preliminary results": announcing the results.
8. "The big winner is X", "the big winner of the night was X": the one named after the copula won.
9. "which had claimed victory in the polls, came third": a victory claimed in the past perfect is no win.
10. 'pledged to continue the fight "for democracy," accusing X of ...': a participle after the comma inside a closing
    quote shares the clause's subject.
11. "stormed to victory", "swept back to power": a verb of motion to victory is a win.
12. '"I would like to congratulate X," he said': a first person's wish to congratulate, said, is asserted.
13. "Chester Cooper won Exumas and Ragged Island": a win whose object is a place name (a constituency) is a win
    (not "won Ostria's support", "won Ana Voss over").
14. "routed the Unity Party" (a defeat verb), "The big loser was X", "have taken control of the House", "lost control
    of the Senate".
15. "Tomas Berg of the Freedom Party, commonly known as FP, alleged": the name after 'known as' is another name of
    the one before the comma; the person 'of' that party is the subject.
16. "scored a majority", "captured a clear majority": a majority won.
17. "X, the party's president, announced that he will resign", "X and Y ... announced their resignation": the
    announcers resign (not the subject of another clause of the sentence).
18. "the coalition she leads obtained a majority": a pronoun that is the subject of a relative clause on a common
    noun does not act.
19. "the party won 68 seats in the Grand Chural and thus only secured a majority": a coordinated verb whose first
    clause names no subject is not the name inside that clause's prepositional phrase.
20. "The Harbour Party won 78 seats": a seat count is a win when it is the article's largest result count (the seat
    claims of the article), held by one party alone, in an article that gives the chamber's size or the majority
    threshold (else a larger party may be left out), and not qualified by 'only' / 'just' (lexicon limiting_words);
    "won one seat" is a count.
21. "Labour is hammered", "was routed" (a rout verb after 'be', no agent): a loss; "failed to win re-election",
    "failed to secure a return": a loss; "acknowledged the defeat that he and Y suffered": both lost.
22. "X, who led ... during the Y Party's terms, is expected to be sworn in": X (the 'who' clause's antecedent), not
    the last name inside the clause; "MPs" alone is no actor (lexicon generic_actor_words, raising_words).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _event_rows import event_pairs as _pairs, event_rows as _events  # noqa: E402


@pytest.mark.parametrize("text, want, not_want", [
    # 1. a seat count in a relative clause
    ("The Harbour Party received 99 seats, almost double the 52 seats it won in the last election five years ago.",
     None, ("win", "Harbour Party")),
    ("Together, the two parties clinched 103 seats, far fewer than the 121 seats the Unity Party won in the previous elections.",
     None, ("win", "Unity Party")),
    ("Ana Voss said the three seats that were won by the outgoing ministers were safe.", None, ("win", "Ana Voss")),
    # must not change: a win stated outright, a single seat lost
    ("The Harbour Party won the election, taking 40 seats.", ("win", "Harbour Party"), None),
    # 2. a name spelled by its abbreviation
    ("According to preliminary results, the Action and Solidarity (PAS) party, led by President Ana Voss, has won an absolute majority of seats.",
     ("win", "Action and Solidarity (PAS)"), ("win", "Solidarity")),
    ("Karl Brandt and Ana Voss (KB) won the election.", ("win", "Ana Voss"), ("win", "Karl Brandt and Ana Voss")),
    # 3. 'its' after a sentence naming a party
    ("Ostria's ruling party, the Unity Front (UF), won the legislative elections held on Saturday. Its victory surprised many observers.",
     ("win", "Unity Front"), ("win", "Its")),
    # 6. the agent of a passive announcement
    ("The Harbour Party has secured most seats, according to Provisional Results announced by the Elections Commission on Tuesday night.",
     ("announce", "Elections Commission"), ("announce", "Provisional Results")),
    ("According to the final results of the June 20 elections released by the Electoral Commission on Sunday, the Harbour Party garnered 54 percent.",
     ("announce", "Electoral Commission"), ("announce", "June 20 elections")),
    ("According to results released Thursday by the National Vote Commission, the Harbour Party won 82 seats.",
     ("announce", "National Vote Commission"), None),
    # 7. results confirmed
    ("The Ostrian Interior Ministry has confirmed the final results of Sunday's election.", ("announce", "Ostrian Interior Ministry"), None),
    ("The Electoral Commission released preliminary results on Monday.", ("announce", "Electoral Commission"), None),
    # 8. the winner after the copula
    ("The big winner is the Harbour Party, which won 15 percent of the vote.", ("win", "Harbour Party"), None),
    ("The big winner of the night was Ana Voss.", ("win", "Ana Voss"), None),
    # 9. a claim in the past perfect
    ("The Peace Movement (PM), which had claimed victory in the polls, came third with 64 seats.", None, ("win", "Peace Movement")),
    ("Ana Voss claimed victory on Sunday.", ("win", "Ana Voss"), None),
    # 11. motion to victory
    ("Ana Voss will be sworn in as prime minister after the Harbour Party stormed to victory on Saturday night.",
     ("win", "Harbour Party"), None),
    ("The Harbour Party swept back to power in 2019.", ("win", "Harbour Party"), None),
    # 13. a constituency named by its place name
    ("His deputy, Chester Cooper, won Exumas and Ragged Island by more than 1,000 votes.", ("win", "Chester Cooper"), None),
    ("Ana Voss won Northfield.", ("win", "Ana Voss"), None),
    # 14. a rout, the loser after the copula, control of a chamber
    ("The Harbour Party routed the Unity Party in the general election.", ("win", "Harbour Party"), ("win", "Unity Party")),
    ("The Unity Party was routed by the Harbour Party in Sunday's election.", ("lose", "Unity Party"), ("win", "Unity Party")),
    ("The big loser was the Unity Party, which had one seat in the outgoing Assembly.", ("lose", "Unity Party"), None),
    ("The Harbour Party have taken control of the Ostrian House of Delegates.", ("win", "Harbour Party"), None),
    ("The Unity Party lost control of the Senate.", ("lose", "Unity Party"), None),
    # 15. a subject named again after 'known as'
    ("Tomas Berg of the Party for Democracy and Progress, commonly known as Chadema, alleged that his party's agents were "
     "prevented from entering polling stations.", ("accuse", "Tomas Berg"), ("accuse", "Chadema")),
    ("The Harbour Party, also known as HP, won the election.", ("win", "Harbour Party"), None),
    # 16. a majority scored / captured
    ("The Harbour Party on Sunday scored a majority in the Ostrian assembly.", ("win", "Harbour Party"), None),
    # 17. the announcer resigns
    ("Karl Brandt declared victory, while the president of second-placed party Jobbik, Tomas Berg, announced that he "
     "will resign on Monday.", ("resign", "Tomas Berg"), ("resign", "Karl Brandt")),
    ("While Karl Brandt declared victory, Tomas Berg and Jan Ek, the respective presidents of the Unity Party and the "
     "Greens, announced their resignation as party leaders.", ("resign", "Jan Ek"), ("resign", "Karl Brandt")),
    ("While Karl Brandt declared victory, Tomas Berg and Jan Ek, the respective presidents of the Unity Party and the "
     "Greens, announced their resignation as party leaders.", ("resign", "Tomas Berg"), None),
    # must not change: another's resignation announced by name
    ("Ana Voss announced that Karl Brandt would resign.", ("resign", "Karl Brandt"), ("resign", "Ana Voss")),
    # 18. a pronoun in a relative clause on the subject
    ("The Harbour Party, led by Ana Voss, won Sunday's elections, and the coalition she leads obtained a clear majority "
     "in parliament.", ("win", "Harbour Party"), ("win", "Ana Voss")),
    ("Ana Voss thanked voters as she won a clear majority.", ("win", "Ana Voss"), None),
    # 19. a coordinated verb whose first clause names no subject
    ("After all votes had been counted, the previously undisputed party won 68 of the 126 seats in the Grand State Chural "
     "and thus only secured a narrow majority.", None, ("win", "Grand State Chural")),
    ("Ana Voss won 68 seats in the Grand Chural and secured a narrow majority.", ("win", "Ana Voss"), None),
    # 20. the article's largest result count is a win
    ("The Harbour Party won 78 seats in the 200-seat assembly. The Unity Party won 35 seats.", ("win", "Harbour Party"),
     ("win", "Unity Party")),
    ("The Unity Party won 35 seats. The Harbour Party won 78 seats in the 200-seat assembly.", ("win", "Harbour Party"),
     ("win", "Unity Party")),
    # must not fire: a lone count, a tie, a count qualified by 'only', a single seat
    ("The Harbour Party won 78 seats.", None, ("win", "Harbour Party")),
    ("The Harbour Party won 78 seats and the Unity Party won 35 seats.", None, ("win", "Harbour Party")),
    ("The Harbour Party won 78 seats and the Unity Party won 78 seats.", None, ("win", "Harbour Party")),
    ("The Harbour Party won only 78 seats. The Unity Party won 35 seats.", None, ("win", "Harbour Party")),
    ("The Greens managed to win just one seat whereas the Unity Party won just two seats.", None, ("win", "Green Party")),
    ("The Unity Party won 4 seats while the Greens won one seat.", None, ("win", "Green Party")),
    # 21. losses: routed without an agent, failing to win re-election, a defeat someone suffered
    ("The Harbour Party wins 33 seats but coalition partner Labour is hammered", ("lose", "Labour Party"), None),
    ("The Unity Party was routed in Sunday's election.", ("lose", "Unity Party"), None),
    ("Karl Brandt failed to win re-election.", ("lose", "Karl Brandt"), ("win", "Karl Brandt")),
    ("Ana Voss failed to secure a return to the assembly.", ("lose", "Ana Voss"), None),
    ("Mr Jan Ek acknowledged the painful defeat that he and Mrs Ana Voss suffered, but said they had hope.",
     ("lose", "Ana Voss"), None),
    ("Mr Jan Ek acknowledged the painful defeat that he and Mrs Ana Voss suffered, but said they had hope.",
     ("lose", "Jan Ek"), None),
    # must not fire: a bill defeated, a majority not won, a defeat acknowledged (a concession only)
    ("The Greens' bill was defeated.", None, ("lose", "Green Party")),
    ("The Greens failed to win a majority.", None, ("lose", "Green Party")),
    ("Ana Voss acknowledged defeat on Sunday.", ("concede", "Ana Voss"), ("lose", "Ana Voss")),
    # 22. the antecedent of a 'who' clause before the verb; 'MPs' names nobody
    ("Forty-year-old Dr Ana Voss, who led an ambitious housing programme during the Harbour Party's previous terms in "
     "government, is expected to be sworn in as president.", ("form_government", "Ana Voss"), ("form_government", "Harbour Party")),
    ("Karl Brandt, who met Ana Voss on Monday, resigned on Tuesday.", ("resign", "Karl Brandt"), ("resign", "Ana Voss")),
    ("The Druk Party (DP) which was the incumbent party with 45 former MPs managed to retain only 15 seats, losing around "
     "30 seats in total to the PDP.", None, ("lose", "MPs")),
])
def test_round15_events(extract, text, want, not_want):
    found = _pairs(extract, text)
    if want is not None:
        assert want in found, found
    if not_want is not None:
        assert not_want not in found, found


@pytest.mark.parametrize("text, want", [
    # 4. relation words before the partner's name
    ("Ostria's outgoing leader Karl Brandt on Monday conceded defeat and congratulated his successor and longtime rival Ana Voss.",
     ("congratulate", "Karl Brandt", "Ana Voss")),
    ("Karl Brandt congratulated his successor Ana Voss.", ("congratulate", "Karl Brandt", "Ana Voss")),
    ('"I would therefore like to congratulate my brother... Ana Voss for becoming the seventh president," Karl Brandt said in a radio address.',
     ("congratulate", "Karl Brandt", "Ana Voss")),
    # 5. the holder of the call congratulates
    ("President Karl Brandt on Wednesday held a phone conversation with Ana Voss, who resigned from the post of Valdania's "
     "prime minister earlier in the day, to congratulate her on her party's success, the press service said.",
     ("congratulate", "Karl Brandt", "Ana Voss")),
    ("Karl Brandt called Ana Voss, who won the election, to congratulate her.", ("congratulate", "Karl Brandt", "Ana Voss")),
    # 10. the participle after a quotation
    ("Harbour Party leader Karl Brandt conceded defeat in a speech, but also pledged to continue the fight \u201cfor democracy,\u201d "
     "accusing the Socialists of manipulating the election process.", ("accuse", "Karl Brandt", "Socialist Party")),
])
def test_round15_roles(extract, text, want):
    found = _events(extract, text)
    assert want in found, found


@pytest.mark.parametrize("text, want", [
    # must not change: two people, one not named as the partner
    ("Karl Brandt congratulated his successor and thanked Ana Voss.", ("congratulate", "Karl Brandt", None)),
    ("Karl Brandt congratulated his successor and Ana Voss thanked him.", ("congratulate", "Karl Brandt", None)),
])
def test_round15_roles_unchanged(extract, text, want):
    found = _events(extract, text)
    assert want in found, found


@pytest.mark.parametrize("text, kind", [
    # must not fire
    ("Official results will be published later by October 15.", "announce"),
    ("Karl Brandt released Thursday by the police.", "announce"),
    ("The results confirmed the Harbour Party's lead.", "announce"),
    ("The winner is not yet known.", "win"),
    ("The winner is expected to be Karl Brandt.", "win"),
    ("Ana Voss raced to the airport.", "win"),
    ("Karl Brandt spoke on Monday. Its victory surprised many observers.", "win"),
    ("Ana Voss won Ostria's support.", "win"),
    ("Karl Brandt won Ana Voss over.", "win"),
    ("The Harbour Party crushed protests in the capital.", "win"),
    ("The Greens hope to take control of the Senate.", "win"),
    ("The Greens did not win control of the Senate.", "win"),
    # a video or a photo released by someone is no announcement (only results, figures or a statement are)
    ("Video released by the Kremlin showed the two leaders shaking hands.", "announce"),
])
def test_round15_silent(extract, text, kind):
    assert not [e for e in _events(extract, text) if e[0] == kind], _events(extract, text)


@pytest.mark.parametrize("text, modality", [
    # 12. a wish to congratulate, said
    ('"I would like to congratulate Ana Voss on her victory," Karl Brandt said.', "asserted"),
    # must not change: a congratulation announced for later
    ('"I will congratulate Ana Voss tomorrow," Karl Brandt said.', "planned"),
    ("Karl Brandt said he would like to congratulate Ana Voss.", "planned"),
])
def test_round15_performative(extract, text, modality):
    found = [c.modality for c in extract("Ostria votes\n\n" + text + "\n") if c.type == "event" and c.kind == "congratulate"]
    assert found == [modality], found


def test_the_agent_after_by_ends_before_a_verb(extract):
    # the agent's noun phrase stops at the verb after it ("... by the Kremlin showed ...")
    events = _events(extract, "The results released by the Vote Commission showed a clear win for the Harbour Party.")
    assert ("announce", "Vote Commission", None) in events, events
