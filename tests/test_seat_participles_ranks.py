"""Two constructions of results reporting, with invented parties.

1. A participle clause after a comma shares the main verb's subject: "The Iron Guild fell short of the 41 seats
needed for a majority, winning 39" gives the Iron Guild 39. Not when the participle has a subject of its own
("..., the Greens winning 12") or opens the sentence before any party is named.

2. "ahead of the Y" ranks two parties and is no projection: "won 41 seats, ahead of the Harbour Party with 20"
is a result for both; a party "ahead in 41 seats" still leads a count that is not final.

A row: (text, claims that must be among the article's seat claims, claims that must not be); see _seat_rows.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _seat_rows import OPEN, assert_rows  # noqa: E402

SEATS = "The 80 seats of the assembly were contested. "

PARTICIPLES = [
    ("The Iron Guild fell short of the 41 seats needed for a majority, winning 39.",
     [("count", "Iron Guild", 39, "result")], []),
    ("The Harbour Party won the vote, taking 44 of the 80 seats.",
     [("count", "Harbour Party", 44, "result")], []),
    # must not fire: the participle's own subject, a participle before its subject
    ("The Iron Guild won the vote, the Harbour Party winning 12.",
     [("count", "Harbour Party", 12, "result")], [("count", "Iron Guild", 12)]),
    ("Winning 39, the Iron Guild fell short.",
     [], [("count", "Iron Guild", 39)]),
]


RANKS = [
    ("The Iron Guild won 41 seats in the 80-seat assembly, ahead of the Harbour Party with 20.",
     [("count", "Iron Guild", 41, "result"), ("count", "Harbour Party", 20, "result")], []),
    # must stay projected: a party ahead in a count not yet final
    ("The Iron Guild was ahead in 41 seats, the commission said.",
     [("count", "Iron Guild", 41, "projected")], [("count", "Iron Guild", 41, "result")]),
]


# 3. A clause's own time: a closed relative aside ("which held 62 seats before the vote") dates its own count,
# not the main clause's; a projection cue of what comes next ("is set to form the next government") does not reach
# the count of an "after ...ing" clause, which is already won; "plus one" is a term of a sum, not a threshold.
CLAUSES = [
    ("The Harbour Party, which held 62 seats before the vote, won 40.",
     [("count", "Harbour Party", 62, "previous"), ("count", "Harbour Party", 40, "result")], []),
    ("The Iron Guild is set to form the next government after securing 80 of the legislature's 150 seats.",
     [("count", "Iron Guild", 80, "result")], [("count", "Iron Guild", 80, "projected")]),
    # must stay projected / previous
    ("The Iron Guild is projected to win 80 seats after counting in the capital.",
     [("count", "Iron Guild", 80, "projected")], []),
    ("Before the vote, the Harbour Party held 62 seats.",
     [("count", "Harbour Party", 62, "previous")], []),
]


def test_plus_one_is_no_threshold(extract):
    claims = extract(OPEN + "Half of the 150 seats plus one are needed to govern.")
    assert not [c for c in claims if c.type == "majority_threshold" and c.seats == 1]


def test_a_count_after_plus_is_still_read(extract):
    # "plus" guards only a sum that is needed; "41 seats plus 30 list seats" still reads the second number
    claims = extract(OPEN + "The Harbour Party won 41 seats in the districts, plus 30 list seats.")
    assert [c for c in claims if c.type in ("seat_count", "seat_change") and 30 in (getattr(c, "seats", None), getattr(c, "delta", None))]


# 4. List items and names: "the Y nine and the Z seven" (a number word before the list's "and" is one number, not
# "nine and ..."); "the Liberty List seven" (a party named "... List" is no label like "List 7"); "Ivo Brandt's
# Harbour Party" is the Harbour Party (a person's possessive, even one no tagger names), while "People's" and
# "Workers'" stay part of the names they are in.
NAMES = [
    ("The Iron Guild won 41 seats, the Harbour Party 20, the Civic Party nine and the Liberty List seven.",
     [("count", "Harbour Party", 20, "result"), ("count", "Civic Party", 9, "result"), ("count", "Liberty List", 7, "result")], []),
    ("The Iron Guild won 41 seats. Ivo Brandt's Harbour Party took 20.",
     [("count", "Harbour Party", 20, "result")], [("count", "Ivo Brandt's Harbour Party", 20)]),
    ("The Iron Guild won 41 seats. The Working People's Party took 20.",
     [("count", "Working People's Party", 20, "result")], [("count", "Party", 20)]),
    ("The Iron Guild won 41 seats. The Socialist Workers' Party took 20.",
     [("count", "Socialist Workers' Party", 20, "result")], []),
    # must not fire: a ballot list's number, one hundred and three as one number
    ("The Iron Guild, on List 7, won 41 seats.",
     [("count", "Iron Guild", 41, "result")], [("count", None, 7)]),
    ("The Iron Guild won one hundred and three seats.",
     [("count", "Iron Guild", 103, "result")], [("count", None, 3)]),
]


# 5. Chambers named by a share or a relative clause: "won more than half of the 150 seats" states the chamber,
# not a count of 150; "the legislature, which has 150 members," is the chamber's size. Not a share of a part
# ("half of the 12 seats in the capital region"), nor a party's "which has 80 seats".
CHAMBERS = [
    ("The Iron Guild won more than half of the 150 seats.",
     [("size", 150)], [("count", "Iron Guild", 150)]),
    ("The legislature, which has 150 members, is elected every four years.",
     [("size", 150)], []),
    ("The Iron Guild won half of the 12 seats in the capital region.",
     [], [("size", 12), ("count", "Iron Guild", 12)]),
    ("The Iron Guild, which has 80 seats, leads the government.",
     [("count", "Iron Guild", 80, None)], [("size", 80)]),
]


# 6. A change noun after a party's possessive: "the Iron Guild's gain of 12 seats" is a change of +12, not a count.
POSSESSIVE_CHANGES = [
    ("The Iron Guild's gain of 12 seats came mostly in the north.",
     [("change", "Iron Guild", 12)], [("count", "Iron Guild", 12)]),
    ("The Labour Party's loss of 15 seats was its worst since 1983.",
     [("change", "Labour Party", -15)], []),
    # must not fire: a possessive with no change noun
    ("The Iron Guild's total of 80 seats is a record.",
     [], [("change", "Iron Guild", 80)]),
]


# 7. Members sent to a chamber and a count in a comma aside: "will send 40 members to parliament" (members of a
# chamber, like "members of parliament"), "the Harbour Party, with 40, ..." after seat talk. Not letters sent, nor
# a membership in the thousands.
MEMBERS = [
    ("The Harbour Party will send 40 members to parliament.",
     [("count", "Harbour Party", 40, "result")], []),
    ("The Harbour Party has 40 members in the new parliament.",
     [("count", "Harbour Party", 40, "result")], []),
    ("The Iron Guild, with 80 seats, and the Harbour Party, with 40, will negotiate.",
     [("count", "Iron Guild", 80, "result"), ("count", "Harbour Party", 40, "result")], []),
    # must not fire
    ("The Harbour Party sent 40 letters to voters.",
     [], [("count", "Harbour Party", 40)]),
    ("The Harbour Party said 4,000 members in the capital had joined.",
     [], [("count", "Harbour Party", 4000)]),
]


# every table above: (text, claims that must be among the article's seat claims, claims that must not be)
@pytest.mark.parametrize("text,want,not_want", [*((SEATS + t, w, n) for t, w, n in PARTICIPLES), *RANKS, *CLAUSES,
                                                *NAMES, *CHAMBERS, *POSSESSIVE_CHANGES, *MEMBERS])
def test_seat_constructions(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want, exact_party=True)
