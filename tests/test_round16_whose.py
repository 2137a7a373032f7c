"""Round 16 (whose seats): general constructions of election reporting, each with invented sentences and the
sentences beside them where the construction must not fire.

2. "Reform, which edged up (from 9 to 11 seats)": a relative clause's antecedent owns the figures in brackets or
   after a colon inside that clause; "from 12 to 14" after "(" or ":" is a count and the one it moved to, never a
   range, whatever comma stands before the relative clause.
3. 'the agrarian party "Soil"', 'the newly formed party “Dawn”': a quoted name right after a party noun is a
   party; "Fifth, with 6.8% and six seats, is the Green Party": a fronted ranking phrase gives its count to the
   party after the copula.
6. "Both of them are likely to get 40 and 35 seats, respectively": "both of them" / "the two" take the two
   parties of the sentence before, in order.
7. "The Liberal Party will have one MP": a singular member noun after "one" is a seat noun.
8. "LAB – 40 | CON – 12 | LD – 0": a results headline as a list of "name – N" items separated by bars.

Three more were built and dropped after measuring them on the earlier held-out sets (README, round 16): a clause
with a non-party subject of its own giving up the party before it (it lost correct counts whose subject is a
possessive, "both", or a thing giving the party seats), a shorter name meaning the article's fuller one ("Reform
Party" taken for a sentence-opening "Ruling Reform Party") and a party abbreviation's plural ("SMCs", single-member
constituencies, taken for a party).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _seat_rows import OPEN, assert_rows, seat_rows  # noqa: E402


@pytest.mark.parametrize("text, want, not_want", [
    # 2. a relative clause's antecedent owns its bracketed / colon figures
    ("Across the board the Liberals lost ground to Reform, which edged up (from 9 to 11 seats) and pushed out the "
     "Centre Party, which has vanished from the assembly: from 14 to zero seats.",
     [("count", "Reform", 9, "previous"), ("count", "Reform", 11, "result"), ("count", "Centre Party", 14, "previous"),
      ("count", "Centre Party", 0, "result")], [("count", "Centre Party", 11), ("count", "Reform", 0)]),
    ("The Liberals governed without Vox, which slightly improved its position (from 12 to 14 seats) and excluding "
     "the Centre Party, which lost all its seats.",
     [("count", "Vox", 12, "previous"), ("count", "Vox", 14, "result")], [("count", "Centre Party", 14)]),
    ("The Liberals will govern with the Green Party, which grew (from 12 to 14 seats) at the expense of the Centre Party.",
     [("count", "Green Party", 12, "previous"), ("count", "Green Party", 14, "result")], [("count", "Centre Party", 14)]),
    ("The Liberals governed without the Green Party, which improved: from 12 to 14 seats, and the Centre Party, "
     "which lost all its seats.",
     [("count", "Green Party", 12, "previous"), ("count", "Green Party", 14, "result")], [("count", "Centre Party", 14)]),
    # 3. a quoted name after a party noun; fronted ranking phrases
    ('Seventh, with 4.1% and three seats, is the agrarian party "Soil".', [("count", "Soil", 3, "result")], []),
    ("The newly formed party “Dawn” of the mayor won 12 seats.", [("count", "Dawn", 12, "result")], []),
    ('The newly formed party "Dawn" of the mayor won 12 seats.', [("count", "Dawn", 12, "result")], []),
    ("Third place with 14% and 18 seats is occupied by the Green Party.", [("count", "Green Party", 18, "result")], []),
    ("Fifth, with 6.8% and six seats, is the Green Party.", [("count", "Green Party", 6, "result")], []),
    # 7. one MP
    ("The Liberal Party will have one MP.", [("count", "Liberal Party", 1, "result")], []),
    ("The Labour Party won 40 seats. Its ally, the Independent Liberal Party, will have one MP.",
     [("count", "Independent Liberal Party", 1, "result")], [("count", "Labour Party", 1)]),
    # must not fire: one MP who does something, one MP per so many voters
    ("The Labour Party won 40 seats. One MP resigned.", [("count", "Labour Party", 40, "result")], [("count", None, 1)]),
    ("The Labour Party won 40 seats, one MP per 10,000 voters.", [("count", "Labour Party", 40, "result")],
     [("count", None, 1)]),
    # 6. both of them ... respectively
    ("The Liberal Party won 31 percent and the Labour Party won 28 percent. Both of them are likely to get 40 and 35 "
     "seats, respectively.",
     [("count", "Liberal Party", 40, "projected"), ("count", "Labour Party", 35, "projected")],
     [("count", "Liberal Party", 35), ("count", "Labour Party", 40)]),
    ("The Liberal Party won 31 percent and the Labour Party won 28 percent. The two are expected to win 40 and 35 "
     "seats, respectively.",
     [("count", "Liberal Party", 40, "projected"), ("count", "Labour Party", 35, "projected")], []),
])
def test_round16_seat_rows(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)


def _counts(claims):
    return [(c.party, c.seats, c.status) for c in claims if c.type == "seat_count"]


def test_the_range_of_a_projection_stays_a_range(extract):
    # must not fire (2): "12 to 14 seats" without "from" is a range
    claims = extract(OPEN + "Polls give the Harbour Party 12 to 14 seats.")
    counts = [c for c in claims if c.type == "seat_count"]
    assert [(c.party, c.seats, c.upper) for c in counts] == [("Harbour Party", 12, 14)]


def test_a_quote_after_a_party_noun_that_is_no_name(extract):
    # must not fire (3): a quotation of words, not a name
    claims = extract(OPEN + 'The Harbour Party won 12 seats. The party "will fight on", said its leader.')
    assert not any("fight" in (c.party or "") for c in claims if c.type == "seat_count")
    claims = extract(OPEN + 'The party "will fight on" with its 12 seats, said its leader.')
    assert not any("fight" in (c.party or "") for c in claims if c.type == "seat_count")


# 8. a results headline of bars
@pytest.mark.parametrize("dash", ["–", "-"])
def test_a_bar_list_headline(extract, dash):
    claims = extract(f"Britain voted on Thursday.\nLAB {dash} 40 | CON {dash} 12 | LD {dash} 0\nLabour won the most seats.")
    found = _counts(claims)
    assert ("LAB", 40, "result") in found and ("CON", 12, "result") in found and ("Liberal Democrats", 0, "result") in found


def test_a_bar_list_of_no_parties(extract):
    # must not fire: no name of the list is a known party
    claims = extract("Match report: Arsenal – 2 | Chelsea – 1\nThe Labour Party won 40 seats.")
    assert [(p, n) for p, n, _ in _counts(claims)] == [("Labour Party", 40)]


def test_rules_name_the_new_decisions(extract):
    rows = {c.party: c.rule for c in extract(OPEN + "The Liberal Party will have one MP.") if c.type == "seat_count"}
    assert "one-member" in rows["Liberal Party"]
    assert seat_rows([]) == []
