"""Round 11 of seat constructions, found by probing claimx with invented reporting sentences.

1. A closed relative aside speaks of its own time for every status cue, also the frames: "The X, which had 45 seats
   in the outgoing parliament, won only 30" -- 45 is previous, 30 the result (the aside's "outgoing parliament"
   frames only the aside).
2. "X will need the support of Y to reach 61 seats": the figure X must reach -- a threshold when the sentence says
   what for ("... and form a government"), else nobody's count; never Y's count.
3. A party's N-seat tally noun ("the X's 40-seat haul", "Labour's 12-member caucus"): the possessor's count; not a
   compound without a named possessor ("the party's 40-seat haul"), nor a chamber ("the 120-seat chamber").
4. "N smaller parties", "three other parties": a count of parties, never seats of "Others".
5. The seats a whole election fills: "candidates ran for the 120 seats", "parties competed for 120 seats",
   "voters elected all 120 deputies" (with "all"; "the X elected 40 deputies" stays the party's count).
6. A described majority of N is the winner's margin: "a comfortable majority of 20 seats", "a slim majority of
   one", a majority that changes ("its majority was reduced to four seats") -- not a count of 20; "an absolute majority of 65 seats" stays the party's count.
7. "has a majority of its own" is a majority; "lacks a majority of its own" is not.
8. A passive participle's agent owns an elliptical count: "against the 34 won by the Civic Union", "the 17 secured
   by the X"; not a number of votes.
9. "the first party to reach 61 seats" is generic: no anaphora to the party of the sentence before. ("the former" /
   "the latter" were tried as references to the two parties just named and taken out: on never-studied news
   they cost a right count.)
10. A seat category between the number and its seat noun ("34 PR seats", "seven FPTP seats"); "mandate" is a seat
   noun ("one mandate each").
11. A party whose name ends in a chamber word has its seats ("The National Democratic Congress has 134 seats");
   "Taiwan's Legislature had 225 seats" stays the chamber.
12. Seats that are the subject of their own clause belong to no party outside it: "X won 120 seats after the 10
   youth seats were declared" (10 is not X's); "X won the 10 youth seats" stays X's.
13. "X won 27 of the 80": the 80 is the whole, not a second count of X's.
15. "Anna Berg ... Berg's Civic Union won 20 seats": the surname of a person named in full elsewhere is no part of
   the party's name.
14. "It takes 41 seats to govern": the impersonal "it takes" states a threshold ("X took 41 seats" is a count).

A row: (text, claims that must be among the article's seat claims, claims that must not be); see _seat_rows.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _seat_rows import OPEN, assert_rows  # noqa: E402

ASIDES = [
    ("The Civic Union, which had 45 seats in the outgoing parliament, won only 30.",
     [("count", "Civic Union", 45, "previous"), ("count", "Civic Union", 30, "result")], [("count", "Civic Union", 30, "previous")]),
    ("The Civic Union, which won 80 seats in the last election, won only 30 this time.",
     [("count", "Civic Union", 80, "previous"), ("count", "Civic Union", 30, "result")], [("count", "Civic Union", 30, "previous")]),
    # must still fire: the frame in the count's own clause
    ("In the outgoing parliament, the Civic Union held 45 seats.",
     [("count", "Civic Union", 45, "previous")], [("count", "Civic Union", 45, "result")]),
]

NEED_HELP = [
    ("The Harbour Party won 40 seats. It will need the support of the Green League to reach 61 seats.",
     [("count", "Harbour Party", 40, "result")], [("count", "Green League", 61)]),
    # must still fire: the helper's own count
    ("The Harbour Party needs the Green League, which won nine seats, to govern.",
     [("count", "Green League", 9, "result")], []),
]

TALLIES = [
    ("The Harbour Party's 40-seat haul is its best result since 1990.",
     [("count", "Harbour Party", 40, "result")], [("size", 40)]),
    ("The Harbour Party won 40 seats, while the Civic Union's 30-seat bloc will lead the opposition.",
     [("count", "Harbour Party", 40, "result"), ("count", "Civic Union", 30, "result")], [("size", 30)]),
    # must not fire: no named possessor; a chamber
    ("The party's 40-seat haul is its best result.", [], [("count", None, 40), ("size", 40)]),
    ("The Harbour Party won 40 seats in the 120-seat chamber.",
     [("count", "Harbour Party", 40, "result"), ("size", 120)], [("count", None, 120)]),
]

PARTY_COUNTS = [
    ("Three other parties won seats.", [], [("count", None, 3)]),
    ("The remaining seats went to four smaller parties.", [], [("count", None, 4)]),
    ("The two smaller parties, the Green League and the Farmers Union, won five seats each.",
     [("count", "Green League", 5), ("count", "Farmers Union", 5)], [("count", None, 2)]),
    # must still fire: people of a party after a number
    ("The Harbour Party won 40 seats. The 12 Greens will sit in opposition.",
     [("count", "Harbour Party", 40, "result"), ("count", "Green", 12)], []),
]

CHAMBERS = [
    ("Some 2,000 candidates ran for the 120 seats.", [("size", 120)], [("count", None, 120)]),
    ("Twelve parties competed for 120 seats in the unicameral parliament.", [("size", 120)], [("count", None, 120)]),
    ("Voters elected all 120 deputies of the National Assembly.", [("size", 120)], [("count", None, 120)]),
    # must not fire: a party's own candidates and deputies
    ("The Harbour Party elected 40 deputies.", [("count", "Harbour Party", 40, "result")], [("size", 40)]),
    ("The Harbour Party ran for 40 seats.", [], [("size", 40), ("count", None, 40)]),
]

MARGINS = [
    ("The Harbour Party won a comfortable majority of 20 seats.", [], [("count", None, 20)]),
    ("The Harbour Party won 65 seats, a slim majority of one.", [("count", "Harbour Party", 65, "result")], [("count", None, 1)]),
    # a majority or lead that changes size is a margin too
    ("The Harbour Party's majority was reduced to four seats.", [], [("count", None, 4)]),
    ("The Harbour Party won 45 seats, but its majority fell to 10.", [("count", "Harbour Party", 45, "result")], [("count", None, 10)]),
    # must still fire: an absolute majority's seats are the party's count; a count that grew is a count
    ("The Harbour Party won an absolute majority of 65 seats.", [("count", "Harbour Party", 65, "result")], []),
    ("The Harbour Party's tally grew to 45 seats.", [("count", "Harbour Party", 45, "result")], []),
]

PASSIVES = [
    ("The Harbour Party won 102 seats, against 34 won by the Civic Union (CU).",
     [("count", "Harbour Party", 102, "result"), ("count", "Civic Union", 34, "result")], []),
    ("It won 18 seats, against the 17 secured by the Civic Union.", [("count", "Civic Union", 17, "result")], []),
    # must not fire: votes
    ("The Harbour Party won 40 seats, against 34,000 votes won by the Civic Union.",
     [("count", "Harbour Party", 40, "result")], [("count", "Civic Union", 34000)]),
]

GENERIC_ANAPHORA = [
    # a generic "the first party to ..." names no party of the sentence before
    ("The Harbour Party won 40 seats. The first party to reach 61 seats forms the government.",
     [("count", "Harbour Party", 40, "result")], [("count", None, 61)]),
]

CATEGORIES = [
    ("The Harbour Party has won 34 PR seats.", [("count", "Harbour Party", 34, "result")], []),
    ("The Harbour Party won 7 FPTP seats and 13 PR seats.",
     [("count", "Harbour Party", 7, "result"), ("count", "Harbour Party", 13, "result")], []),
    ("The Iron Guild and the Civic Union received one mandate each.",
     [("count", "Iron Guild", 1, "result"), ("count", "Civic Union", 1, "result")], []),
    ("The National Democratic Congress has 134 seats in the bag.",
     [("count", "National Democratic Congress", 134, "result")], [("size", 134)]),
    # must still fire: a chamber as the subject
    ("Taiwan's Legislature had 225 seats.", [("size", 225)], [("count", None, 225)]),
]

SEAT_SUBJECTS = [
    # seats that are their own clause's subject belong to no party outside that clause
    ("The Harbour Party has won 120 seats after the 40 list seats were declared along with the 10 youth seats.",
     [("count", "Harbour Party", 120, "result")], [("count", None, 10), ("count", None, 40)]),
    ("The Harbour Party won 120 seats, and the 10 youth seats were allocated on Monday.",
     [("count", "Harbour Party", 120, "result")], [("count", None, 10)]),
    # must still fire: the party is the clause's subject; a count verb's object the parse misreads as a subject;
    # a list item without "the"
    ("The Harbour Party won the 10 youth seats.", [("count", "Harbour Party", 10, "result")], []),
    ("Surprisingly, the broadcaster has projected that the left-wing Green League will win no seats in the House, "
     "far fewer than was projected.", [("count", "Green League", 0, "projected")], []),
    ("The Iron Guild gained 68 seats, followed by the Harbour Party 5 seats and the Civic Union gained 4 seats.",
     [("count", "Harbour Party", 5, "result"), ("count", "Civic Union", 4, "result")], [("count", "Civic Union", 5)]),
]

WHOLES = [
    # "M of the N" without a seat noun: N is the whole, nobody's count
    ("The 80 seats of the assembly were contested. The Harbour Party won 27 of the 80.",
     [("count", "Harbour Party", 27, "result")], [("count", None, 80)]),
    ("The 80 seats of the assembly were contested. The Harbour Party came away with 27 of the 80.",
     [("count", "Harbour Party", 27, "result")], [("count", None, 80)]),
]

TABLES = {"asides": ASIDES, "seat_subjects": SEAT_SUBJECTS, "wholes": WHOLES, "chambers": CHAMBERS, "margins": MARGINS, "passives": PASSIVES,
          "generic_anaphora": GENERIC_ANAPHORA, "categories": CATEGORIES, "need_help": NEED_HELP, "tallies": TALLIES, "party_counts": PARTY_COUNTS}


@pytest.mark.parametrize("text, want, not_want", [row for rows in TABLES.values() for row in rows])
def test_seat_round11(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)


@pytest.mark.parametrize("text, status", [
    ("The Harbour Party has a majority of its own.", "majority"),
    ("The Harbour Party won a majority on its own.", "majority"),
    ("The Harbour Party does not have a majority of its own.", "short_of_majority"),
    ("The Harbour Party lacks a majority of its own and will need partners.", "short_of_majority"),
])
def test_majority_of_its_own(extract, text, status):
    found = [(c.party, c.status) for c in extract(OPEN + text) if c.type == "majority_status"]
    assert ("Harbour Party", status) in found, found
    assert all(s == status for _, s in found), found


@pytest.mark.parametrize("text, threshold, count", [
    # 14. the impersonal "it takes N seats to govern" states the threshold
    ("It takes 41 seats to control the assembly.", 41, None),
    ("It would take 41 seats to form a government.", 41, None),
    # must not fire: a party that took N seats; days are no seats
    ("The Harbour Party took 41 seats to control the assembly.", None, 41),
    ("It took the Harbour Party 41 days to form a government.", None, None),
])
def test_it_takes_n_seats(extract, text, threshold, count):
    claims = extract(OPEN + text)
    thresholds = [c.seats for c in claims if c.type == "majority_threshold"]
    counts = [c.seats for c in claims if c.type == "seat_count"]
    assert thresholds == ([threshold] if threshold else []), thresholds
    assert counts == ([count] if count else []), counts


@pytest.mark.parametrize("text, party", [
    # 15. a surname the article gives as a full name elsewhere is a person's possessive, no part of the party's name
    ("Anna Berg leads the Civic Union. Berg's Civic Union won 20 seats.", "Civic Union"),
    # must still fire: a group the party is named for; a possessor the article never names as a person
    ("The Working People's Party won 20 seats.", "Working People's Party"),
    ("The Farmers' Union won 20 seats.", "Farmers' Union"),
])
def test_person_possessive_before_party(extract, text, party):
    found = [c.party for c in extract(OPEN + text) if c.type == "seat_count"]
    assert found == [party], found
