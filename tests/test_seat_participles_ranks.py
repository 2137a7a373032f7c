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


@pytest.mark.parametrize("text,want,not_want", PARTICIPLES)
def test_participle_clause_shares_the_subject(extract, text, want, not_want):
    assert_rows(extract(OPEN + SEATS + text), want, not_want, exact_party=True)


RANKS = [
    ("The Iron Guild won 41 seats in the 80-seat assembly, ahead of the Harbour Party with 20.",
     [("count", "Iron Guild", 41, "result"), ("count", "Harbour Party", 20, "result")], []),
    # must stay projected: a party ahead in a count not yet final
    ("The Iron Guild was ahead in 41 seats, the commission said.",
     [("count", "Iron Guild", 41, "projected")], [("count", "Iron Guild", 41, "result")]),
]


@pytest.mark.parametrize("text,want,not_want", RANKS)
def test_ahead_of_ranks_and_ahead_in_leads(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want, exact_party=True)
