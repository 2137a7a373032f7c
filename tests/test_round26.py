"""Round 26 (issues 12, 13 and 16): constructions found in the misses of UNSEEN-48 and UNSEEN-49 (built blind last
round, measured by their numbers, then studied this round; UNSEEN-40, 45, 50 and 51 stay unread), each with invented
sentences and the sentences beside them where the construction must not fire.

Whose count, and what it counts
1. "has won 114 seats and is leading in 22 more seats", "led for 36 others": after a lead ("leading in / on / for",
   "another" optional) the number is more seats of the clause's subject, a projection -- not a change ("22 more"),
   not a party called "Others".
2. "captured 50 seats held by Labour", "picked up 2 Conservative seats", "flipped three Republican seats": seats a
   verb of taking took from the party named after them (or the party word before the seat noun) are the taker's
   gain, a change -- not the holder's count.
3. "it lost one to the Greens": a verb of losing, a number, then "to" and a party: the subject's change (not the
   other party's count).
4. "National finishes one seat up on the previous election", "Labour was down two to 32": a change against the
   last election after a verb of ending the count; "down two to 32" is the change and the count it brought (not a
   range "two to 32").
5. "The X and its ruling coalition partner Y will win at least 70 seats": a partner's modifiers ("ruling",
   "coalition", "junior") before "partner" / "ally"; the two own the count together.
6. "the X (XP) alias Y", "the Sadr coalition, called Saairun,": a second name given right after a party is that
   party; a coalition named only by its leader takes the proper name after "called".
7. "(Lanka News) The X secured a majority": a credit in brackets opening the sentence is never the subject.
8. "Republicans defeated more than two dozen Democrats": the people a verb of defeat beats hold no seats; "two
   dozen" is 24.
9. "Prime Minister Tomas Berg's centre-right Harbour Party": a person's possessive before descriptions of the
   party ties the person to it ("Berg's party lose outright majority" is then the Harbour Party's).
10. "Duma Boko of the UDC": a one-word chamber alias that is the first name of a person the tagger finds elsewhere
    in the article names no chamber.
30. "Tokyo, July 2 (Jiji Press)—Tomin First no Kai won": a closing bracket and a dash glued to the next word are
    split by the tokenizer (longruns._GLUED_DASH), and an agency in the dateline's brackets is no party.
31. "Ostria Harbour Party President and former prime minister Ana Lopes": a second title after the leader noun
    ("and former prime minister") still ties the person to the party ("Lopes's party won" is then its).
34. "In the current Saeima, Harmony also has 24 MPs": the sitting chamber, before the elected one meets, holds the
    previous count (not "in the current count").
35. "The JLP previously held 34 seats to the People's National Party's 29": the second figure of a score ("to the X's
    N") has the first one's time.

Thresholds
11. "fell short of the 155 seats needed to lead a Tory majority": "needed to" + lead / give / build / muster a
    majority.
12. "whether X will be able to cobble together a coalition to secure a majority of at least 165 seats": a majority of
    N as a goal (ability, purpose after a coalition) is the threshold; "won a majority of 165 seats" stays a count.

Majority statements
13. "Ana Lopes has lost majority seats": a verb of losing before "majority" is never the modifier of a win ("has
    [lost] majority").
14. "Liberals win another majority": "another" as a determiner of a majority won.

Quotes and speakers
15. "Pedro Luis Silva, better known as Pedrito, ... Pedrito said": a name given after "(better / also) known as",
    "alias", "nicknamed" is the same person later.
16. "Mr Silva - who is best known as Pedrito - said": the other name after a dash and "who is (best) known as",
    even when the tagger does not see it as a name; later "Pedrito said" is the person with the fullest name.
17. "the head of the ruling Social Democrat Party Liviu Dragnea said": a party's name (ending with its head word)
    before a person's name is no part of the speaker's name.
18. '"A," Lopes, who takes office in March, said in a call with X on Sunday night. "B."', '"A," Lopes said in a tweet
    after the results. "B."': a relative clause about the speaker, and a time preposition before a noun phrase, keep
    the second sentence the same quote.

Events
19. "She said she had spoken to Andrade", "I just spoke with Paulo Andrade": talking to a person the article names is
    a call; "spoke to reporters", "spoke to Reuters", "talks with" are not.
20. "The Greens defeated Senator Tom Baxter", "A party caucus ousted Prime Minister Helen Moraes": the person
    defeated (ousted, unseated, crushed) lost -- also when who defeated them is not named.
21. "Anna Lee hailed Andrade's victory": hailing a possessor's victory congratulates the possessor.
22. "the 2019 vote, which swept Andrade to power": the object carried to power won.
23. "Paulo Andrade wins Liberal minority": a minority won is a win.
24. "The Labour Party has this week signed coalition agreements with the Greens": plural agreements form a
    government; a time adverbial ("this week") between subject and verb is skipped.
25. "Andrade won by a wide margin, with Joseph Boakai losing": the name right before the -ing verb of an absolute
    "with" clause is its subject.
26. "The Front won 15 seats. It has lost its majority": "It" opening a sentence is the party before.
27. "X had repeatedly ignored calls to resign", "pressure on X to resign": an act others ask for did not happen.
28. "the party had influenced his decision to step down": the possessor of a decision (plan, bid) to act acts.
29. "The Unity Front—which includes the Green Party—won": an aside between dashes is skipped to the subject.
32. "US Secretary of State John Kerry also hailed X's victory": a title's "of" phrase ("of State") running into the
    name leaves the person the tagger marks as the subject (not "Secretary").
33. "this is the first time that it has lost its parliamentary majority": "it" right before the verb, with no party
    before it in the sentence, is the party the article named before.
36. "Grace Okafor will represent the riding after defeating Dennis Paulk": a gerund after a subordinator ("after",
    "by", "since") is its clause's subject's act, not a place named between.
37. "Gillard, who had expressed confidence of winning": confidence (certainty) of winning is a win hoped for; "the
    votes the LDP and Komeito won": a relative clause on the votes (with two subjects) states no election won.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _events import assert_no_event, triples  # noqa: E402
from _majority_sentences import has, statuses  # noqa: E402
from _seat_rows import OPEN, assert_rows  # noqa: E402

SEAT_ROWS = [
    # 1. a lead in more seats
    ("The Harbour Party has won 114 seats and is leading in 22 more seats.",
     [("count", "Harbour Party", 114, "result"), ("count", "Harbour Party", 22, "projected")], [("change", None, 22)]),
    ("The Green Alliance has won 50 seats and is leading on 14 others.",
     [("count", "Green Alliance", 14, "projected")], [("count", "Others", 14)]),
    ("Overall, the Harbour Party had won 206 seats and led for 36 others.",
     [("count", "Harbour Party", 36, "projected")], [("count", "Others", 36)]),
    # must not fire (1): "others" as the rest of the parties, "more" as a change
    ("The Harbour Party won 60 seats, the Green Alliance 30 and others 14.", [("count", "Others", 14)], []),
    ("The Harbour Party won 60 seats, 12 more seats than in 2019.", [("change", "Harbour Party", 12)], []),
    # 2. seats taken from their holder
    ("By late evening, the Harbour Party had captured 50 seats held by the Green Alliance.",
     [("change", "Harbour Party", 50)], [("count", "Green Alliance", 50)]),
    ("The Harbour Party won 143 seats. The Harbour Party had only picked up 2 Unity Party seats.",
     [("change", "Harbour Party", 2)], [("count", "Unity Party", 2)]),
    ("The Harbour Party won 143 seats. The Green Alliance flipped three Unity Party seats in the north.",
     [("change", "Green Alliance", 3)], [("count", "Unity Party", 3)]),
    # must not fire (2): seats won, no holder named
    ("The Harbour Party captured 50 seats in the north.", [("count", "Harbour Party", 50)], [("change", None, 50)]),
    # 3. lost to another party
    ("The Harbour Party won 61 seats on election night, but after special votes were counted it lost one to the "
     "Green Alliance.", [("change", "Harbour Party", -1)], [("count", "Green Alliance", 1)]),
    # must not fire (3): "to" opening an infinitive
    ("The Harbour Party won 40 seats. It lost 20 seats to fall to 40.", [("change", "Harbour Party", -20)], []),
    # 4. a change against the last election; the count it brought
    ("The Harbour Party won 60 seats. The Harbour Party finishes one seat up on the previous election.",
     [("change", "Harbour Party", 1)], [("count", "Harbour Party", 1)]),
    ("The Unity Party won 34 seats in 2020. This time the main opposition Unity Party was down two to 32.",
     [("change", "Unity Party", -2), ("count", "Unity Party", 32)], []),
    # must not fire (4): "up to 30" is a bound, no change
    ("The Unity Party won 34 seats in 2020. The Unity Party is up to 30 now.", [], [("change", "Unity Party", 30)]),
    # 5. a partner with modifiers
    ("The Harbour Party and its ruling coalition partner Unity will win at least 70 seats.",
     [("count", "Harbour Party and Unity", 70)], [("count", "Unity", 70)]),
    ("The Harbour Party and its junior partner Unity won 80 seats.", [("count", "Harbour Party and Unity", 80)], []),
    # must not fire (5): an unnamed coalition is no partner named
    ("The Harbour Party and its coalition won 80 seats.", [("count", "Harbour Party", 80)], []),
    # 6. a second name
    ("The Tamil United Alliance (TUA) alias ITUK got 16 seats.", [("count", "Tamil United Alliance", 16)], []),
    ("Al-Rami's coalition, called Saairun, won 54 of the 329 seats.", [("count", "Saairun", 54)],
     [("count", "Al-Rami's coalition", 54)]),
    # must not fire (6): a group "called" something that is not a second name of the party before
    ("The Harbour Party won 30 seats. A new group called Unity won 5 seats.",
     [("count", "Harbour Party", 30), ("count", "Unity", 5)], [("count", "Harbour Party", 5)]),
    # 34. the sitting chamber
    ("The Harbour Party is set to win 24 seats. In the current Saeima, the Harbour Party also has 24 MPs.",
     [("count", "Harbour Party", 24, "previous")], []),
    # must not fire (34): the current count
    ("In the current count, the Harbour Party has 24 seats.", [("count", "Harbour Party", 24, "result")], []),
    # 35. the second figure of a score
    ("The Harbour Party previously held 34 seats to the Unity Party's 29.",
     [("count", "Harbour Party", 34, "previous"), ("count", "Unity Party", 29, "previous")], []),
    # must not fire (35): a score now
    ("The Harbour Party won 49 seats to the Unity Party's 14.", [("count", "Unity Party", 14, "result")], []),
    # 8. the people defeated; two dozen
    ("The Harbour Party won 60 seats. Its candidates defeated more than two dozen Unity Party members.", [],
     [("count", "Unity Party", 24), ("count", "Unity Party", 14)]),
    ("The Green Alliance won two dozen seats.", [("count", "Green Alliance", 24)], []),
]


@pytest.mark.parametrize("text, want, not_want", SEAT_ROWS)
def test_round26_seat_rows(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)


def test_round26_an_opening_credit_is_no_subject(extract):
    # 7.
    text = ("Election results\n\n(Lanka News) Ranil Perera's United National Party (UNP) secured a majority in "
            "yesterday's parliament poll, winning 106 seats.")
    found = statuses(extract, text)
    assert ("Lanka News", "majority", None) not in found, found
    has(extract, text, "United National Party", "majority")


def test_round26_a_person_before_the_party_description(extract):
    # 9.
    text = ("Final count sees PM Berg's party lose outright majority\nThe final result gives Prime Minister Tomas Berg's "
            "centre-right Harbour Party 60 seats in the 121-seat parliament.")
    has(extract, text, "Harbour Party", "short_of_majority")


def test_round26_a_first_name_is_no_chamber(extract):
    # 10.
    text = ("Ana Lopes has lost seats to Duma Boko of the Coalition.\n- Duma Boko of the Coalition won 28 out of 61 seats in "
            "parliament.\nA party must win 31 seats to get the majority needed to form an administration.")
    bodies = {c.body for c in extract(text) if c.type in ("majority_threshold", "chamber_size")}
    assert "State Duma" not in bodies, bodies
    # must not fire (10): the chamber itself
    text = "Ostria voted on Sunday.\nThe ruling party won 300 of the 450 seats in the Duma."
    assert "State Duma" in {c.body for c in extract(text) if c.type == "chamber_size"}


@pytest.mark.parametrize("text, thresholds", [
    # 11., 12.
    ("The Unity Party won 124 seats. But Moreau fell short of the 155 seats needed to lead a Unity majority in the "
     "308-seat House of Commons.", [155]),
    ("It is unclear whether Andrade will be able to cobble together a larger coalition to secure a majority of at least "
     "165 seats in the 329-member assembly.", [165]),
    # must not fire (12): a majority won
    ("The Harbour Party won a majority of 165 seats in the 329-member assembly.", []),
    ("The Harbour Party went on to secure a majority of 165 seats in the 329-member assembly.", []),
])
def test_round26_thresholds(extract, text, thresholds):
    found = [c.seats for c in extract(OPEN + text) if c.type == "majority_threshold"]
    assert found == thresholds, found


def test_round26_majority_statements(extract):
    # 13. a loss is no win's modifier
    found = statuses(extract, OPEN + "President Ana Lopes has lost majority seats to Tomas Berg of the Harbour Party.")
    assert all(s != "majority" for _, s, _ in found), found
    assert any(s == "short_of_majority" for _, s, _ in found), found
    # 14. "another majority"
    has(extract, OPEN + "The Liberals win another majority in Ostria.", "Liberal Party", "majority")


def test_round26_a_name_known_as(extract):
    # 15.
    text = ('Ostria voted on Sunday.\nPrime Minister Pedro Luis Silva, better known as Pedrito, resigned on Monday.\n'
            '"We will fight on," Pedrito said.')
    quotes = [c for c in extract(text) if c.type == "quote"]
    assert [q.speaker for q in quotes] == ["Pedro Luis Silva"], quotes
    # must not fire (15): a party's second name makes no person of it
    text = 'Ostria voted on Sunday.\nThe Harbour Party, known as the Anchors, won.\n"We won," Tomas Berg said.'
    assert [c.speaker for c in extract(text) if c.type == "quote"] == ["Tomas Berg"]


@pytest.mark.parametrize("text, event", [
    # 19. spoke to a person
    ("Opposition leader Paulo Andrade won the runoff on Sunday. Maria Fernandes spoke to Paulo Andrade on Monday.",
     ("call", "Maria Fernandes", "Paulo Andrade")),
    ("President Maria Fernandes conceded on Sunday. She said she had spoken to Andrade and wished him well.",
     ("call", "Maria Fernandes", "Andrade")),
    ('Opposition leader Paulo Andrade won. "I just spoke with Paulo Andrade and wished him luck," President Maria '
     "Fernandes told supporters.", ("call", "Maria Fernandes", "Paulo Andrade")),
    # 20. the person defeated lost
    ("The Greens defeated Senator Tom Baxter in the northern district.", ("lose", "Tom Baxter", "Green Party")),
    ("A party caucus ousted Prime Minister Helen Moraes as head of the Labour Party on Tuesday.", ("lose", "Helen Moraes", None)),
    # 21. hailed a victory
    ("Secretary of State Anna Lee hailed Andrade's victory.", ("congratulate", "Anna Lee", "Andrade")),
    # 22. swept to power
    ("The 2019 vote, which swept Paulo Andrade to power, was marred by violence.", ("win", "Paulo Andrade", None)),
    # 23. a minority won
    ("Paulo Andrade wins Liberal minority", ("win", "Paulo Andrade", None)),
    # 24. agreements; a time adverbial
    ("The Labour Party has this week signed coalition agreements with the Greens.", ("form_government", "Labour Party", None)),
    # 25. an absolute clause
    ("Ana Lopes won the 2017 vote, with Joseph Boakai losing by a large margin.", ("lose", "Joseph Boakai", None)),
    # 26. "It" opening a sentence
    ("The ruling People's Front won 15 seats. It has lost its parliamentary majority for the first time.",
     ("lose", "People's Front", None)),
    # 28. the possessor of a decision
    ("South African President Jacob Zuma resigned on Wednesday.\nHe said the Harbour Party had influenced his decision "
     "to step down.", ("resign", "Jacob Zuma", None)),
    # 29. a dash aside
    ("The Unity Front—which includes the Green Party—won the election.", ("win", "Unity Front", None)),
    # 36. a gerund after a subordinator
    ("Grace Okafor will represent Westhaven–Millbrook in the legislature after defeating two-term MLA Dennis Paulk on "
     "Monday night.", ("win", "Grace Okafor", "Dennis Paulk")),
    # 32. a title's "of" phrase before the name
    ("US Secretary of State John Kerry also hailed Sirisena's victory.", ("congratulate", "John Kerry", "Sirisena")),
    # 33. "it" right before the verb
    ("The Harbour Party has governed since 1977. This is the first time since 1993 that it has lost its parliamentary "
     "majority.", ("lose", "Harbour Party", None)),
])
def test_round26_events(extract, text, event):
    found = triples(extract, text)
    assert event in found, found


@pytest.mark.parametrize("text, kind, actor", [
    # must not fire (19): reporters, an agency, a body, talks (a noun)
    ("President Maria Fernandes spoke to reporters on Sunday.", "call", None),
    ("President Maria Fernandes spoke with Reuters on Sunday.", "call", None),
    ("President Maria Fernandes spoke to the Electoral Commission on Sunday.", "call", None),
    ("Ana Lopes arrived at the palace for her first talks with Tomas Berg.", "call", None),
    # 27. asked for, not done
    ("Prime Minister Ana Lopes had repeatedly ignored calls to resign over the scandal.", "resign", None),
    ("Opposition parties stepped up pressure on Lopes to resign.", "resign", None),
    # 28. / 29. the party that influenced the decision, the party inside the aside
    ("He said the Harbour Party had influenced his decision to step down.", "resign", "Harbour Party"),
    ("The Unity Front—which includes the Green Party—won the election.", "win", "Green Party"),
    # 37. a win hoped for; the votes two parties won
    ("Gillard, who had expressed confidence of winning the leadership test, promised to leave politics.", "win", None),
    ('"Grateful results have been shown in the votes the LDP and Komeito won," Prime Minister Fumio Kishida said.',
     "win", None),
    # must not fire (33): a relative clause on the votes ("the vote it won")
    ("Leader Ana Lopes spoke of a result well above the 18% of the vote it won last time.", "win", None),
    # must not fire (25): the winner does not lose
    ("Ana Lopes won the 2017 vote, with Joseph Boakai losing by a large margin.", "lose", "Ana Lopes"),
])
def test_round26_events_must_not_fire(extract, text, kind, actor):
    assert_no_event(triples(extract, text), kind, actor)


def test_round26_speakers(extract):
    # 16. a dash, "who is best known as"
    text = ('Ostria voted on Sunday.\nThe Prime Minister of Ostria, Pedro Luis Silva, has announced his resignation.\n'
            '"I have resigned," Mr Silva - who is best known as Pedrito - said in his address.\n'
            '"The move is an attack on democracy," Pedrito said.')
    assert [c.speaker for c in extract(text) if c.type == "quote"] == ["Pedro Luis Silva"] * 2
    # 17. a party's name before the person's
    text = ('Ostria voted on Sunday.\n"Ponta is giving up his mandate," Dragnea told reporters.\n"You noticed thousands of '
            'people," the head of the ruling leftist Social Democrat Party Liviu Dragnea said.')
    assert [c.speaker for c in extract(text) if c.type == "quote"] == ["Liviu Dragnea"] * 2
    # must not fire (17): a party leader named after the party and a title
    text = 'Ostria voted on Sunday.\n"We won," said Unity Party leader Ana Lopes.'
    assert [c.speaker for c in extract(text) if c.type == "quote"] == ["Ana Lopes"]


@pytest.mark.parametrize("text, n_quotes", [
    # 18. one quote across the attribution sentence
    ('"I will serve everyone," Lopes, who takes office in March, said in a call with President Tomas Berg on Sunday '
     'night. "I am going to do my best."', 1),
    ('The alliance said it would help the poor. "Your vote is an honour for us," Lopes said in a tweet after the '
     'results. "We will not disappoint you."', 1),
    # must not fire (18): another speaker's sentence between
    ('"We lost," Lopes said after the count. Berg said he was pleased. "We won."', 2),
])
def test_round26_one_quote_after_its_attribution(extract, text, n_quotes):
    quotes = [c for c in extract("Ostria voted on Sunday.\n" + text) if c.type == "quote"]
    assert len(quotes) == n_quotes, quotes


def test_round26_a_dateline_credit_glued_to_the_name(extract):
    # 30.
    text = ("Ostria votes\nTokyo, July 2 (Jiji Press)\u2014Tomin First no Kai, a regional party, won a landslide. Tomin First "
            "emerged as the leading party with 49 seats.")
    assert_rows(extract(text), [("count", "Tomin First no Kai", 49)], [("count", "Jiji Press", 49)], exact_party=True)
    # must not fire (30): a party's abbreviation in brackets before a dash is the party
    text = "Ostria votes\nThe Harbour Party (HP) \u2013 the ruling party \u2013 won 40 seats. The HP now leads."
    assert_rows(extract(text), [("count", "Harbour Party", 40)], [])


def test_round26_a_second_title_after_the_leader_noun(extract):
    # 31.
    text = ("Harbour Party wins landslide victory in elections\nOstria Harbour Party President and former prime minister Ana "
            "Lopes is poised to become prime minister.\nLopes\u2019s party won two-third majority in the 300-member Parliament.")
    found = statuses(extract, text)
    assert any(p and "Harbour Party" in p and s == "supermajority" for p, s, _ in found), found
