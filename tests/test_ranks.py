"""CX007 rank-disagrees: ranks read from the sentence ('came third', 'the largest party')."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _claimx_builders import document, seat  # noqa: E402

from claimx.checks import run_checks  # noqa: E402
from claimx.checks.ranks import stated_rank  # noqa: E402


def _s(party, seats, line, text):
    return seat("a.txt", party, seats, line, text=text)


def test_ranks_read_from_the_sentence():
    assert stated_rank(_s("Greens", 12, 1, "The Greens came a distant third with 12 seats.")) == 3
    assert stated_rank(_s("Harbour Party", 88, 1, "The Harbour Party became the largest party with 88 seats.")) == 1
    assert stated_rank(_s("Meadow Party", 50, 1, "The Meadow Party, the second-largest party, won 50 seats.")) == 2
    # the rank of another party in the same sentence is not this party's
    assert stated_rank(_s("Harbour Party", 40, 1, "The Harbour Party won 40 seats while the Meadow Party came second.")) is None
    assert stated_rank(_s("Harbour Party", 40, 1, "The Harbour Party won 40 seats.")) is None


def _cx007(recs):
    return [f for f in run_checks([document("a.txt"), *recs]).findings if f.rule == "CX007"]


def test_rank_disagrees_with_the_counts():
    recs = [_s("Harbour Party", 88, 1, "The Harbour Party won 88 seats."),
            _s("Meadow Party", 60, 2, "The Meadow Party won 60 seats."),
            _s("Greens", 70, 3, "The Greens came second with 70 seats.")]
    assert not _cx007(recs)
    recs[2] = _s("Greens", 50, 3, "The Greens came second with 50 seats.")
    f = _cx007(recs)
    assert len(f) == 1 and f[0].line == 3 and "second" in f[0].message and "Harbour Party 88" in f[0].message


def test_largest_party_with_fewer_seats_than_another():
    recs = [_s("Harbour Party", 88, 1, "The Harbour Party won 88 seats."),
            _s("Meadow Party", 60, 2, "The Meadow Party became the largest party with 60 seats.")]
    f = _cx007(recs)
    assert len(f) == 1 and "first" in f[0].message


def test_rank_read_end_to_end(extract):
    claims = extract("The Harbour Party won 88 seats. The Meadow Party came first with 60 seats.\n", "r.txt")
    f = [x for x in run_checks([document("r.txt"), *claims]).findings if x.rule == "CX007"]
    assert f and "Meadow Party" in f[0].message
