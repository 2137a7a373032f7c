"""Round 18 (issues 12 and 13): constructions found in the misses of UNSEEN-22 (measured by its numbers in round 17,
studied this round; UNSEEN-23 is the set nobody reads), each with invented sentences and the sentences beside them
where the construction must not fire.

Whose count
1. "X won the vote in the British Overseas Territory, taking seven of the 11 seats", "X ended the Y's long run,
   gaining 40 out of the 72 seats": a participle clause after a comma has the main clause's subject as its own, so
   its count is that party's, never the name nearest before it (a place, a possessor); not across a colon or a bar
   ("A New Day | A Better Way: The X ..."), and not a participle with a subject of its own ("..., the Y taking 12").
2. "results showed his party had won 36 seats": "his party" / "her party" is the party of the leader named last.
3. "X won 27.8 percent of the vote. ... this is good for 9 of 21 seats": a demonstrative standing for the result just
   reported, "good for" / "translates into" a number of seats, gives the count to the party of the sentence before.
4. "The alliance of X and Y ... The X won 42 seats": a coordination that opens with a party's name is no fuller name
   of that party (the registry of an article's short forms); "Alliance of X and Y", when X and Y are parties the
   article names elsewhere (or the lexicon knows), is named by its members, "X and Y" (claimx.parties.
   members_of_named_bloc), in the seat and the majority stages alike.

Status
5. "has emerged as the leading party, securing 41 of 90 seats": "leading" before a noun after a determiner ranks the
   party; "leading in 40 seats" is still a lead in a running count.

Nobody's seats, and what a number names
6. "won Districts One, Four, Five and Nine", "won district three with 459 votes": a number after a district noun (and
   the list of numbers after it) names districts, it counts nothing; "and two seats at large" (a seat noun after it)
   is still a count.
7. "Two seats reserved for Ostrians living abroad remain to be filled": seats a phrase describes and then says are
   still open belong to no one.
8. "the New Democracy Party (1 MP)": a bracket after a name holding only "1" and a member noun is a count of one.
9. "supported by 54 Members from 102 seats": a capitalised member or seat noun alone is never a party
   (data/seats/not_parties.json, member_nouns).

Chambers
10. "Total seats: 24 (previously 24)", "Seats in parliament: 101": a results box's total row is the chamber (not a
    bare "Seats: 24", which in a party's block of rows is the party's).

Majority
11. "... while Y won 6 seats and the alliance crossed the majority mark of 45": "the alliance" (or "the coalition",
    "the bloc") is the group of that kind the article named in the sentences before, even where the parser hung the
    verb off the noun as a modifier.

12. "No party has a majority" when the counts the article gives hold less than a third of the chamber it sizes: the
    largest of them need not be the largest party, so the statement names no party.

Quotes
13. 'X swore to "uphold, support and protect the constitution"': "swear" (and its irregular forms) introduces the
    words sworn.
14. 'President Vesk said that Kask "..." ... "...," the president wrote': of two holders of a title, the one the
    narration made the subject of its main clause is the one "the president" means, before one a reported clause
    names later.

Checks
15. "had already claimed victory after results showed his party had won 36 seats" beside a later 37: an earlier
    count of the night (data/checks/doubts.json previous_cues: "had already", "results had shown", "early results") is a
    count of another time; the two results disagree as a warning, not as the article's error.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _majority_sentences import has  # noqa: E402
from _quote_rows import assert_speaker  # noqa: E402
from _seat_rows import OPEN, assert_rows  # noqa: E402


@pytest.mark.parametrize("text, want, not_want", [
    # 1. a participle clause's count is the main clause subject's
    ("The main opposition Harbour Party won Monday's election in the British Overseas Territory, taking seven of the 13 seats.",
     [("count", "Harbour Party", 7, "result"), ("size", 13)], [("count", "Overseas Territory", 7)]),
    ("In the vote, the Harbour Party ended the Green Front's long run with a historic victory, gaining 40 out of the 72 seats.",
     [("count", "Harbour Party", 40)], [("count", "Green Front", 40)]),
    ("The Harbour Party beat the Green Front, capturing 30 seats.", [("count", "Harbour Party", 30)], [("count", "Green Front", 30)]),
    # must not fire: a participle with a subject of its own, a subject across a slogan's colon
    ("The Harbour Party won the vote, the Green Front taking 12 seats.", [("count", "Green Front", 12)], [("count", "Harbour Party", 12)]),
    # 2. "his party"
    ("Prime Minister Ana Lind's Harbour Party won 37 out of 72 seats. The 58-year-old had claimed victory on Sunday "
     "after results showed his party had won 36 seats.", [("count", "Harbour Party", 37), ("count", "Harbour Party", 36)], []),
    # 3. "this is good for"
    ("The Harbour Party won 27.8 percent of the vote. Due to the residual seats, this is good for 9 of 21 seats in parliament.",
     [("count", "Harbour Party", 9, "result"), ("size", 21)], []),
    ("The Harbour Party won 27.8 percent of the vote, and that translates into 12 seats.", [("count", "Harbour Party", 12)], []),
    # must not fire: nothing reported before the demonstrative
    ("Due to the residual seats, this is good for 9 of 21 seats in parliament.", [("size", 21)], [("count", None, 9)]),
    # 5. "the leading party" ranks
    ("The Harbour Party has emerged as the leading party in the election, securing 41 out of 90 seats, the commission said.",
     [("count", "Harbour Party", 41, "result")], []),
    # must not fire: a lead in a running count stays projected
    ("The Harbour Party is leading in 41 seats, the commission said.", [("count", "Harbour Party", 41, "projected")], []),
    # 6. numbers that name districts
    ("Preliminary figures show the Harbour Party won Districts One, Four, Five, Seven and Nine.", [],
     [("count", None, 4), ("count", None, 5), ("count", None, 9)]),
    ("Anna Hill of the Green Front won district three with 459 votes.", [], [("count", None, 3)]),
    ("The Harbour Party won Ward 12 and the Green Front won Ward 14.", [], [("count", None, 12), ("count", None, 14)]),
    # must not fire: a seat noun after the number makes it a count again; a number before a district noun counts them
    ("The Harbour Party won Districts One and Four, as well as two seats at large.", [("count", "Harbour Party", 2)], [("count", None, 4)]),
    ("The Harbour Party won three districts.", [("count", "Harbour Party", 3)], []),
    # 7. reserved seats still open
    ("Over 98 percent of the votes have been counted. Two seats reserved for Ostrians living abroad remain to be filled.", [],
     [("count", None, 2)]),
    # must not fire: reserved seats a party won are its count
    ("The Harbour Party won 30 seats. The Green Front won two seats reserved for minorities.", [("count", "Green Front", 2)], []),
    # 8. "(1 MP)"
    ("The parties elected were the Green Front (5 MPs) and the Harbour Party (1 MP).",
     [("count", "Green Front", 5), ("count", "Harbour Party", 1)], []),
    # must not fire: one MP who acted
    ("The Harbour Party won 30 seats. One MP resigned on Monday.", [], [("count", None, 1)]),
    # 9. "Members"
    ("In total the new executive should be supported by 54 Members from 102 seats in Parliament.", [],
     [("count", "Members", 54), ("count", "Members", 102)]),
    # 10. a results box's total row
    ("Harbour Party 21 (n/a)\nGreen Front 2 (20)\nTotal seats: 24 (previously 24)", [("size", 24)], []),
    ("Seats in parliament: 101", [("size", 101)], []),
    # must not fire: a bare "Seats:" row
    ("Harbour Party\nVotes: 12,400\nSeats: 24", [], [("size", 24)]),
])
def test_round18_seat_rows(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)


def test_round18_a_coordination_is_no_fuller_name_of_its_first_party(extract):
    # 4. "the alliance of X and Y" does not take over the later "The X"
    text = (OPEN + "The alliance of Harbour Union and Green Front has managed to cross the majority mark. "
            "The Harbour Union won 42 seats while the Green Front won 6 seats.")
    assert_rows(extract(text), [("count", "Harbour Union", 42), ("count", "Green Front", 6)],
                [("count", "Harbour Union and Green Front", 42)], exact_party=True)


def test_round18_a_party_name_that_begins_another_still_shortens(extract):
    # must not fire: a short form of one longer party name ("the Harbour Union" for "Harbour Union of Ostria") still
    # resolves to it
    text = OPEN + "The Harbour Union of Ostria (HUO) led the count. The Harbour Union won 42 seats."
    assert_rows(extract(text), [("count", "Harbour Union of Ostria", 42)], [], exact_party=True)


def test_round18_the_alliance_is_the_named_group(extract):
    # 11. "the alliance" is the alliance named before, not the party whose count came last
    text = (OPEN + "The alliance of Harbour Union and Green Front has managed to cross the majority mark. "
            "The Harbour Union won 42 seats while the Green Front won 6 seats and the alliance crossed the majority "
            "mark of 45 in the 90 seat assembly.")
    statuses = [(c.party, c.status) for c in extract(text) if c.type == "majority_status"]
    assert statuses and all(p == "Harbour Union and Green Front" for p, _ in statuses), statuses


def test_round18_a_plain_party_subject_keeps_its_majority(extract):
    # must not fire: a named party that crosses the mark is its own subject
    has(extract, OPEN + "The Harbour Union won 48 seats and crossed the majority mark of 45.", "Harbour Union", "majority")


def test_round18_sworn_words_are_a_quote(extract):
    # 13. "swore to" introduces the words sworn
    text = ("Lind sworn in\nPeace Prize winner Ana Lind was sworn into office as Ostria's interim leader on Monday.\n"
            "Lind, who only returned home hours earlier, swore to “uphold, support and protect the constitution”, in "
            "front of diplomats at the palace.")
    assert_speaker(extract, text, "uphold, s", "Ana Lind")


def test_round18_the_president_is_the_main_clause_subject(extract):
    # 14. two presidents: the one the narration made its main subject
    text = ("Vesk announces tariffs\nVesk has announced measures against Ostria after the country’s president Ivo Kask "
            "denied entry to two flights. President Anton Vesk said that Kask “jeopardized the security of the country” "
            "by revoking clearances for the flights. “These measures are just the beginning,” the president wrote.")
    assert_speaker(extract, text, "These mea", "Anton Vesk")


def test_round18_the_president_last_named_when_no_subject_decides(extract):
    # must not fire: when the narration names the other holder as its main subject last, that one is meant
    text = ("Talks end\nPresident Anton Vesk met the country’s president Ivo Kask on Monday. President Kask said the "
            "talks had failed. “We will not move,” the president said.")
    assert_speaker(extract, text, "We will n", "Ivo Kask")


def test_round18_no_largest_party_from_a_few_counts(extract):
    # 12. three seats of a 13-seat house: no party named short of the majority
    text = (OPEN + "The Harbour Party increased its seat count in the 13-seat House of Assembly to three. "
            "No party has a majority.")
    statuses = [(c.party, c.status) for c in extract(text) if c.type == "majority_status"]
    assert ("Harbour Party", "short_of_majority") not in statuses, statuses


def test_round18_the_largest_party_when_the_counts_fill_the_chamber(extract):
    # must not fire: counts that fill the chamber still name the largest party
    has(extract, OPEN + "No party won a majority in the 13-seat house: the Harbour Party won 6 seats, the Green Front 5 "
        "and the Free Party 2.", "Harbour Party", "short_of_majority")


def test_round18_no_largest_party_from_a_few_counts_by_the_threshold(extract):
    # 12. the same when only the threshold sizes the chamber (7 needed: about 13 seats)
    text = (OPEN + "None of the parties was able to secure the seven seats needed for a majority. "
            "The Harbour Party increased its seat count to three.")
    statuses = [(c.party, c.status) for c in extract(text) if c.type == "majority_status"]
    assert statuses and ("Harbour Party", "short_of_majority") not in statuses, statuses


def test_round18_a_bloc_of_named_parties_is_named_by_its_members(extract):
    # 4. the members together, in both stages
    text = ("Alliance of Harbour Union and Green Front secures majority\nThe Harbour Union won 42 seats while the Green "
            "Front won 6 seats. The Alliance of Harbour Union and Green Front won 48 seats.")
    claims = extract(text)
    assert_rows(claims, [("count", "Harbour Union and Green Front", 48)], [], exact_party=True)
    assert ("Harbour Union and Green Front", "majority") in [(c.party, c.status) for c in claims if c.type == "majority_status"]


def test_round18_a_bloc_name_of_unknown_words_keeps_its_name(extract):
    # must not fire: halves that are no party the article or the lexicon knows
    parties = {c.party for c in extract(OPEN + "The Alliance of Free Voters and Farmers won 12 seats.") if c.type == "seat_count"}
    assert "Free Voters and Farmers" not in parties, parties


def test_round18_an_earlier_count_of_the_night_is_no_error(extract, trusted_rules):
    # 15. the night's count beside the commission's: a doubt of another time
    import claimx

    text = (OPEN + "Prime Minister Ana Lind's Harbour Party won 37 out of 72 seats, according to the commission.\n\n"
            "Lind had already claimed victory on Sunday evening after results showed her party had won 36 seats.")
    found = [f for f in claimx.check(extract(text)).findings if f.rule == "CX002"]
    assert found and all(f.severity == "warning" and "another time" in f.message for f in found), found
    # must not fire as a doubt: two results stated now stay an error
    text = (OPEN + "Prime Minister Ana Lind's Harbour Party won 37 out of 72 seats, according to the commission.\n\n"
            "Lind said her party won 36 seats.")
    assert any(f.rule == "CX002" and f.severity == "error" for f in claimx.check(extract(text)).findings)
