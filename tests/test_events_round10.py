"""Event constructions of round 10 (issue 13), each on invented sentences with fictional parties, people and places,
with the sentences where the construction must not fire. One table per construction; every row is
(text, kind, the (actor, modality) pairs of that kind the text must give, exactly: [] = nothing of the kind),
checked by one test over all tables.

1. Condition clause: an event inside a clause that "if" / "unless" introduces (or inside the content of such a
   clause: "if it proves true that X has won") is supposed, not reported, wherever the clause stands (after a
   quotation mark, after "And", after the main clause). The main clause that governs the condition keeps its own
   modality, and so does a relative clause inside the condition.
2. A participle opening its clause as a preposition ("Considering the victory X scored, ...", "Given his defeat,
   ...") takes a noun phrase whose event is a fact; "X is considering ..." (a verb with a subject) stays a doubt.
3. A verb of losing with two objects: "The snap poll lost her party about 20 seats", "The scandal cost the Unity Party
   its majority": the first object (a name, or "her party" of a person whose party the article names) lost, not
   the subject; no seats or majority after it (a job, money, momentum), no event.
4. "he", "she", "him", "her" left untied by the resolver take the nearest person named before them, never a
   party or an institution ("The Unity Party thanked Parliament. He resigned": no one the article names).
5. A quotation that opens with "Congratulations" and names no one is its speaker's congratulation of the person the
   attribution addresses: '"Congratulations on a fine campaign," X told Y', 'X said to Y', 'X told Y: "..."'.
6. Seats lost, then named by their holders: "lost most of its seats, including those of its regional leader, X,
   and its treasurer, Y" / "including the seats of X and Y" / "including that of X": each person lost a seat
   (not after seats won, nor after a loss of something else). (A table of its own: the rows list every loser.)
7. A subject that is a role of an organisation ("when the chairman of the Vesk election board announced ...")
   is the person the article names with the same words in apposition ("Ivo Brandt, the chairman of the Vesk
   election board", "the chairman of ..., Ivo Brandt"), before or after; no one when the article names no one.
8. A month word that is the subject of a verb of speech somewhere in the article ("May said", "June told") is a
   person named by surname only, wherever no day number or preposition makes it a date.
9. A party mention ("the Labour party") is the party, not a regional branch the article also names ("Welsh
   Labour"): a nationality or regional word the mention does not write is not added to it.
10. Pairs and targets: "X and Y held their (first one-on-one) talks" (a plural possessive before a meeting noun is
   the support verb's paired subject; a hyphenated modifier counts as one word), "X and opposition leader Y" (a
   lower-case role before a conjunct), "congratulated her rival Y" ("her" before a title is a possessive, not the
   object); "X wrote to Y / sent Y a letter / sent a message congratulating her": a participle right after
   another verb's object shares that verb's subject (X congratulates Y, not Y X); "a call from X shortly before":
   an adverb the entity tagger joined to a name is no part of it; "the Unity Party and the Harbour Party" is a pair.
11. "My resignation ...", "my victory" inside a quotation: the quotation's speaker (outside one: no one).
12. An event noun that is the subject of a clause with would / could / might / may ("a victory for X would be a
   setback") is supposed, not reported; "beat the Unity Party's Ada Mensah": the candidate is the target; "beat
   X's party": the party the article ties to X.
13. An infinitive whose subject 'for' introduces ("paving the way for X to form the next government") is planned.
14. A name after "with" is a partner, not the subject of a later verb ("started talks with Y, then began meetings
   with Z": the first subject meets Z); a participle after a comma at a clause's end shares the clause's subject
   ("X hit out at Y, accusing him of lying": X accuses Y, not Y X).
15. Not done: "ruled out stepping down" (a negation), "demanded / urged / asked that Y resign" (a bare verb in the
   clause of a verb of demanding is what is asked for).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _events import events  # noqa: E402

CONDITIONS = [
    ('"If it proves true that the Unity Party has won a majority of seats, we will respect that," Tomas Reyes said.',
     "win", []),
    ('"And if, as the early counts suggest and if it proves true that the Unity Party has won outright, then we '
     'will step aside."', "win", []),
    ("Unless the Unity Party wins the runoff, Ada Mensah will step down.", "win", []),
    ("The Harbour Party will enter talks if Ada Mensah concedes defeat.", "concede", []),
    # must still fire: the main clause of a condition, a relative clause inside it, a bare "if" before an adverb
    ("Tomas Reyes said he would resign if the Unity Party lost the election.", "resign",
     [("Tomas Reyes", "planned")]),
    ("Ada Mensah, who won the election in 2019, will resign if the budget fails.", "win",
     [("Ada Mensah", "asserted")]),
    ("Ada Mensah won the election, even if narrowly.", "win", [("Ada Mensah", "asserted")]),
    ("The Unity Party won the election, Tomas Reyes said.", "win", [("Unity Party", "asserted")]),
]

FACTIVE_OPENERS = [
    ("Considering the victory Tomas Reyes scored, the party will let him govern.", "win",
     [("Tomas Reyes", "asserted")]),
    ('Tomas Reyes won the presidency on Sunday. "We respect him: considering the victory he has achieved this week, '
     'we will support his budget," Ada Mensah said.', "win",
     [("Tomas Reyes", "asserted"), ("Tomas Reyes", "asserted")]),
    # must not fire: "considering" as the verb of a subject, with a gerund or an offer
    ("Ada Mensah is considering resigning.", "resign", []),
    ("Ada Mensah is considering the offer to form a government.", "form_government", []),
]

COST_RECIPIENT = [
    ("The scandal cost the Unity Party 12 seats.", "lose", [("Unity Party", "asserted")]),
    ("The early election lost the Harbour Party its majority.", "lose", [("Harbour Party", "asserted")]),
    ("Ada Mensah leads the Unity Party. The snap poll lost her party about 20 seats.", "lose",
     [("Unity Party", "asserted")]),
    ("Ada Mensah leads the Unity Party. Her gamble cost her party its majority.", "lose",
     [("Unity Party", "asserted")]),
    # "her" is bound by the person the subject names, not by the woman named last
    ("Ada Mensah leads the Unity Party. Nora Vell leads the Harbour Party. Ada Mensah's early election in spring has "
     "cost her party roughly 20 seats.", "lose", [("Unity Party", "asserted")]),
    # must not fire: nothing of an election lost, a negated cost, a party the article never names
    ("The gamble cost Ada Mensah her job.", "lose", []),
    ("The scandal cost the Unity Party millions of dollars.", "lose", []),
    ("The campaign lost momentum in May.", "lose", []),
    ("The recount did not cost the Unity Party its majority.", "lose", []),
    ("Ada Mensah's early election has cost her party roughly 20 seats.", "lose", []),
    ("The snap vote cost Tomas Reyes's Harbour Party nine seats.", "lose", []),
]

PERSON_PRONOUNS = [
    ("The Unity Party thanked Parliament. He resigned on Monday.", "resign", []),
    ("The Harbour Party won the vote. She conceded defeat.", "concede", []),
    # must still fire: the nearest person before the pronoun, past a party named after the person
    ("Ada Mensah thanked the Unity Party. She resigned on Monday.", "resign", [("Ada Mensah", "asserted")]),
    ("Tomas Reyes spoke to the Harbour Party. Ada Mensah congratulated him.", "congratulate",
     [("Ada Mensah", "asserted")]),
]

QUOTE_ADDRESSEE = [
    ("“Congratulations on a fine campaign,” Nora Vell told Ada Mensah.", "congratulate", [("Nora Vell", "asserted")]),
    ("“Congratulations on a fine campaign,” Nora Vell said to Prime Minister Ada Mensah.", "congratulate",
     [("Nora Vell", "asserted")]),
    ("Nora Vell told Ada Mensah: “Congratulations on your win.”", "congratulate", [("Nora Vell", "asserted")]),
    # must not fire: no one addressed, a speaker after "said" (inversion), an addressee that is no person
    ("“Congratulations on a fine campaign,” Nora Vell said.", "congratulate", []),
    ("“Congratulations on a fine campaign,” said Nora Vell.", "congratulate", []),
    ("“Congratulations to the team,” Nora Vell told reporters.", "congratulate", []),
]

def _losers(extract, text):
    return sorted(e.actor for e in events(extract, text) if e.kind == "lose")


@pytest.mark.parametrize("text, losers", [
    ("The Harbour Party lost most of its seats in Eastmark – including those of its regional leader, Tomas Reyes, "
     "and its treasurer, Nora Vell.", ["Nora Vell", "Tomas Reyes"]),
    ("The Unity Party lost 12 seats, including the seats of Tomas Reyes and Nora Vell.",
     ["Nora Vell", "Tomas Reyes", "Unity Party"]),
    ("The Unity Party lost nine seats, including that of party leader Ada Mensah.", ["Ada Mensah", "Unity Party"]),
    # must not fire: seats won, something lost that is no seat, "including those of" before any loss
    ("The Unity Party won 40 seats, including those of Tomas Reyes and Nora Vell.", []),
    ("The Unity Party lost support in many regions, including those of Tomas Reyes's home state.", []),
    ("Several ministers, including those of Ada Mensah's cabinet, lost their seats.", []),
])
def test_seats_lost_including_those_of(extract, text, losers):
    assert _losers(extract, text) == losers


ROLE_HOLDERS = [
    ("Counting ended on Tuesday, when the chairman of the Vesk election board announced the final results. Ivo "
     "Brandt, the chairman of the Vesk election board, said turnout was high.", "announce", [("Ivo Brandt", "asserted")]),
    ("Ada Mensah, the leader of the Unity Party, won a seat. The leader of the Unity Party resigned on Monday.",
     "resign", [("Ada Mensah", "asserted")]),
    ("The chairman of the Vesk election board, Ivo Brandt, said turnout was high. The chairman of the Vesk election "
     "board announced the final results on Tuesday.", "announce", [("Ivo Brandt", "asserted")]),
    # must not fire: a role the article gives no one by name
    ("The chairman of the Vesk election board announced the final results on Tuesday.", "announce", []),
]

MONTH_SURNAMES = [
    ("The Prime Minister won a confidence vote. Speaking afterwards, May said she would carry on. May announced talks "
     "with the opposition.", "announce", [("May", "asserted")]),
    ("The Prime Minister survived a confidence vote. June said she had conceded defeat in the leadership race.",
     "concede", [("June", "asserted")]),
    # must not fire: a month after a preposition or beside a day number is a date
    ("The Unity Party met in May. In May announced plans were dropped.", "announce", []),
    ("On 3 May announced results showed a swing to the Unity Party.", "announce", []),
]

REGIONAL_BRANCHES = [
    ("Ada Mensah has quit the Labour party, apologising for the party's heavy defeat. The Welsh Labour leader, "
     "Tomas Reyes, kept his seat.", "lose", [("Labour Party", "asserted")]),
    # must stay the branch: the branch's own name
    ("Welsh Labour lost all its seats. Welsh Labour leader Tomas Reyes resigned.", "lose",
     [("Welsh Labour", "asserted")]),
]

def _pairs(extract, text, kind):
    return [(e.actor, e.target) for e in events(extract, text) if e.kind == kind]


@pytest.mark.parametrize("text, kind, pairs", [
    # "their" before a meeting noun is the support verb's paired subject; a hyphenated modifier is one word
    ("Ada Mensah and Tomas Reyes held their talks on Monday.", "meet", [("Ada Mensah", "Tomas Reyes")]),
    ("Chancellor Ada Mensah and opposition leader Tomas Reyes held their first one-on-one talks today.", "meet",
     [("Ada Mensah", "Tomas Reyes")]),
    # a lower-case role before the second conjunct keeps the pair
    ("Ada Mensah and opposition leader Tomas Reyes congratulated Nora Vell.", "congratulate",
     [("Tomas Reyes", "Nora Vell"), ("Ada Mensah", "Nora Vell")]),
    # "her" before a title is a possessive: the name after it is the target
    ("Nora Vell congratulated her rival Tomas Reyes.", "congratulate", [("Nora Vell", "Tomas Reyes")]),
    ("Nora Vell admitted defeat late on Monday, congratulating her rival Tomas Reyes on his win.",
     "congratulate", [("Nora Vell", "Tomas Reyes")]),
    # must not change: "her" as the object, a common-noun partner, no one to meet
    ("Nora Vell met Ada Mensah. Tomas Reyes congratulated her on Monday.", "congratulate",
     [("Tomas Reyes", "Ada Mensah")]),
    ("Ada Mensah met Nora Vell and opposition leaders on Monday.", "meet", [("Ada Mensah", "Nora Vell")]),
    ("The leaders held their talks with the union.", "meet", []),
    # a participle right after another verb's object shares that verb's subject (was: the object, reversed)
    ("Tomas Reyes wrote to Ada Mensah congratulating her on the win.", "congratulate", [("Tomas Reyes", "Ada Mensah")]),
    ("Tomas Reyes sent Ada Mensah a letter congratulating her.", "congratulate", [("Tomas Reyes", "Ada Mensah")]),
    ("Tomas Reyes sent a message congratulating Ada Mensah.", "congratulate", [("Tomas Reyes", "Ada Mensah")]),
    ("Tomas Reyes phoned Ada Mensah late on Sunday congratulating her.", "congratulate",
     [("Tomas Reyes", "Ada Mensah")]),
    # must not change: the participle's own auxiliary, a fronted subject with commas
    ("Ada Mensah was seen congratulating Tomas Reyes.", "congratulate", [("Ada Mensah", "Tomas Reyes")]),
    ("Ada Mensah, congratulating Tomas Reyes, said the vote was fair.", "congratulate",
     [("Ada Mensah", "Tomas Reyes")]),
    ("Supporters were congratulating Ada Mensah.", "congratulate", []),
    # "the Unity Party's Ada Mensah" after the verb: the party's candidate was beaten, not the party
    ("The Harbour Party's Nora Vell beat the Unity Party's Ada Mensah in Northfield.", "win",
     [("Nora Vell", "Ada Mensah")]),
    ("Nora Vell beat the Unity Party in Northfield.", "win", [("Nora Vell", "Unity Party")]),
    # "beat X's party": the party the article ties to X, not X
    ("Nora Vell leads the Unity Party. Tomas Reyes leads the Harbour Party. Nora Vell narrowly beat Reyes's party in "
     "Sunday's balloting.", "win", [("Nora Vell", "Harbour Party")]),
    # a participle after a comma at a clause's end shares the clause's subject, not the object before the comma
    ("Ada Mensah hit out at Tomas Reyes, accusing him of lying to voters.", "accuse", [("Ada Mensah", "Tomas Reyes")]),
    ("After the vote, Tomas Reyes met Ada Mensah, congratulating her on the result.", "congratulate",
     [("Tomas Reyes", "Ada Mensah")]),
    ("Ada Mensah spoke in Northfield, accusing Tomas Reyes of fraud.", "accuse", [("Ada Mensah", "Tomas Reyes")]),
    # a name after "with" is a partner, never the subject of the next verb
    ("Nora Vell's Harbour Party first started talks with the Unity Party, then began meetings with Labour.", "meet",
     [("Harbour Party", "Unity Party"), ("Harbour Party", "Labour Party")]),
    ("Along with Tomas Reyes, Ada Mensah congratulated Nora Vell.", "congratulate", [("Ada Mensah", "Nora Vell")]),
    # "X and the Y": an article before the second conjunct keeps the pair
    ("The Unity Party and the Harbour Party held talks on Monday.", "meet", [("Unity Party", "Harbour Party")]),
    # an adverb the entity tagger joined to a name is no part of it
    ("Ada Mensah said she received a call from Tomas Reyes shortly before her speech.", "call",
     [("Tomas Reyes", "Ada Mensah")]),
])
def test_pairs_and_targets(extract, text, kind, pairs):
    assert _pairs(extract, text, kind) == pairs


FIRST_PERSON_NOUNS = [
    ('"My resignation as party chair takes effect at once," Ada Mensah said today.', "resign",
     [("Ada Mensah", "asserted")]),
    ('"This is my victory as much as yours," Ada Mensah told supporters.', "win", [("Ada Mensah", "asserted")]),
    # must not fire: "my" outside any quotation names no one
    ("My resignation letter is ready.", "resign", []),
]

HYPOTHETICAL_NOUNS = [
    ("Analysts said a victory for Ada Mensah would be a setback for democracy.", "win", []),
    ("Ada Mensah's defeat could trigger a leadership crisis.", "lose", []),
    # must still fire: the event noun as the subject of a plain or future clause
    ("Ada Mensah's victory was a setback for the opposition.", "win", [("Ada Mensah", "asserted")]),
    ("Ada Mensah's resignation will take effect immediately.", "resign", [("Ada Mensah", "asserted")]),
]

FOR_SUBJECT_INFINITIVES = [
    ("The King accepted the resignation, paving the way for Tomas Reyes to form the next government.",
     "form_government", [("Tomas Reyes", "planned")]),
    # must stay asserted: an infinitive with no 'for' subject after a finished event
    ("Ada Mensah formed the government on Friday.", "form_government", [("Ada Mensah", "asserted")]),
]

NOT_DONE = [
    # ruled out, demanded: the event did not happen
    ("Ada Mensah has ruled out stepping down.", "resign", []),
    ("Nora Vell demanded that Ada Mensah resign.", "resign", []),
    ("The opposition urged that the Unity Party concede defeat.", "concede", []),
    ("Nora Vell asked that Tomas Reyes meet the delegation.", "meet", []),
    # must still fire: a tensed clause after a verb of saying or insisting, a later clause of its own
    ("Nora Vell insisted that Ada Mensah had won the election.", "win", [("Ada Mensah", "asserted")]),
    ("Nora Vell demanded that the results be annulled, and Ada Mensah conceded.", "concede",
     [("Ada Mensah", "asserted")]),
    ("Tomas Reyes ruled out a coalition with the Unity Party but conceded defeat.", "concede",
     [("Tomas Reyes", "asserted")]),
]

ROWS = NOT_DONE + FIRST_PERSON_NOUNS + HYPOTHETICAL_NOUNS + FOR_SUBJECT_INFINITIVES + CONDITIONS + FACTIVE_OPENERS + COST_RECIPIENT + PERSON_PRONOUNS + QUOTE_ADDRESSEE + ROLE_HOLDERS \
    + MONTH_SURNAMES + REGIONAL_BRANCHES


def test_quote_addressee_is_the_target(extract):
    for text in ("“Congratulations on a fine campaign,” Nora Vell told Ada Mensah.",
                 "Nora Vell told Ada Mensah: “Congratulations on your win.”"):
        assert [(e.actor, e.target) for e in events(extract, text) if e.kind == "congratulate"] == \
            [("Nora Vell", "Ada Mensah")]


@pytest.mark.parametrize("text, kind, expected", ROWS)
def test_round10_rows(extract, text, kind, expected):
    got = [(e.actor, e.modality) for e in events(extract, text) if e.kind == kind]
    assert got == expected


@pytest.mark.parametrize("text, subject", [
    ("The Harbour Alliance, in its first contest, took all 14 seats in Northfield, besides forming the state "
     "government in Eastmark.", "Harbour Alliance"),
    # must not: a place that opens the sentence is no subject of the adjunct
    ("Portugal, long a swing country, voted for the opposition, besides forming a new government.", None),
])
def test_participle_adjunct_without_a_parse_takes_the_opening_subject(nlp, text, subject):
    """'X, in its first contest, did well ..., besides forming the state government': when the parse gives
    the main clause no subject, the name that opens the sentence (before a comma or its verb) is it."""
    from claimx.components.events.context import _DocContext

    doc = nlp(text)
    comp = next(c for name, c in nlp.pipeline if "event" in name)
    ctx = _DocContext(doc, comp)
    ctx.parsed = False  # (as when the parse finds no subject)
    start = next(t.i for t in doc if t.lower_ == "forming")
    found = ctx.participle_adjunct(doc[start: start + 1], doc[:])
    assert found is not None
    assert (ctx.name(found[0]) if found[0] is not None else None) == subject

