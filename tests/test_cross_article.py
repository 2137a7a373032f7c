"""Cross-article check: one bucket per election (chamber + election year or stated size), linear."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _claimx_builders import document, seat, size  # noqa: E402

from claimx.checks import run_checks  # noqa: E402
from claimx.checks.context import election_years_in  # noqa: E402


def _article(doc: str, year: int, seats: int, other_year: int | None = None):
    t = f"Britain's 650-seat House of Commons after the {year} general election."
    if other_year:
        t += f" The party had won 200 seats in {other_year}."
    return [document(doc), size(doc, 650, 1, text=t),
            seat(doc, "Labour Party", seats, 2, body="House of Commons", text=f"Labour won {seats} seats in the {year} election.")]


def test_election_year_is_the_year_the_article_names_most():
    assert election_years_in("The 2031 election gave it 40 seats, up from 31 in 2027. Polls in 2031 ...") == {2031}
    assert election_years_in("No year here.") == set()


def test_two_elections_of_one_chamber_are_not_one_election():
    # the 2024 article also names 2017 (the year both articles mention), but its election is 2024
    report = run_checks(_article("a.txt", 2017, 262, 2015) + _article("b.txt", 2024, 411, 2017))
    assert not [f for f in report.findings if f.rule == "CX010"]


def test_two_articles_on_the_same_election_year_disagree():
    report = run_checks(_article("a.txt", 2024, 411, 2019) + _article("b.txt", 2024, 412))
    cx = [f for f in report.findings if f.rule == "CX010"]
    assert {f.doc for f in cx} == {"a.txt", "b.txt"}
    assert all("411" in f.message and "412" in f.message and "2024" in f.message for f in cx)


def test_many_articles_one_conflict_is_reported_once_per_disagreeing_claim():
    recs = []
    for i in range(60):
        recs += _article(f"s{i:02d}.txt", 2024, 411 if i != 7 else 400)
    cx = [f for f in run_checks(recs).findings if f.rule == "CX010"]
    # the odd article against the first 411, and every 411 article against the odd one
    assert len(cx) == 60
    assert sum(1 for f in cx if f.doc == "s07.txt") == 1


def test_an_article_without_a_year_gives_a_warning_not_an_error():
    a = _article("a.txt", 2024, 411)
    b = [document("b.txt"), size("b.txt", 650, 1, text="Britain's 650-seat House of Commons."),
         seat("b.txt", "Labour Party", 262, 2, body="House of Commons", text="Labour won 262 seats.")]
    cx = [f for f in run_checks(a + b).findings if f.rule == "CX010"]
    assert cx and all(f.severity == "warning" and "no election year" in f.message for f in cx)
