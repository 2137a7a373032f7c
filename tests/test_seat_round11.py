"""Round 11 of seat constructions, found by probing claimx with invented reporting sentences.

1. A closed relative aside speaks of its own time for every status cue, also the frames: "The X, which had 45 seats
   in the outgoing parliament, won only 30" -- 45 is previous, 30 the result (the aside's "outgoing parliament"
   frames only the aside).
2. "X will need the support of Y to reach 61 seats": the figure X must reach -- a threshold when the sentence says
   what for ("... and form a government"), else nobody's count; never Y's count.
3. A party's N-seat tally noun ("the X's 40-seat haul", "Labour's 12-member caucus"): the possessor's count; not a
   compound without a named possessor ("the party's 40-seat haul"), nor a chamber ("the 120-seat chamber").
4. "N smaller parties", "three other parties": a count of parties, never seats of "Others".

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

TABLES = {"asides": ASIDES, "need_help": NEED_HELP, "tallies": TALLIES, "party_counts": PARTY_COUNTS}


@pytest.mark.parametrize("text, want, not_want", [row for rows in TABLES.values() for row in rows])
def test_seat_round11(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)
