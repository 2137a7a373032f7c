"""Round 16 (whose seats): general constructions of election reporting, each with invented sentences and the
sentences beside them where the construction must not fire.

1. "Labour fell from 40 to 36 seats, but above all the hard left, divided into three lists, slid from 15 seats to
   four": a clause with a subject of its own that is no party ("the hard left", "the other newcomer") does not take
   the party of the clause before (or of an aside inside its subject: "founded by Labour defectors").
2. "Reform, which edged up (from 9 to 11 seats)": a relative clause's antecedent owns the figures in brackets or
   after a colon inside that clause; "from 12 to 14" after "(" or ":" is a count and the one it moved to, never a
   range, whatever comma stands before the relative clause.
3. 'the agrarian party "Soil"', 'the newly formed party “Dawn”': a quoted name right after a party noun is a
   party; "Fifth, with 6.8% and six seats, is the Green Party": a fronted ranking phrase gives its count to the
   party after the copula.
4. "The Ostrian Islands Democratic Party ... his Democratic Party has 19": a shorter name that is the final words
   of the article's fuller party name means that party (not when another fuller name shares the tail, nor when
   the short name is named on its own before the long one).
5. "The PCs won 30 seats": a known party abbreviation with a plural "s" is that party (never a seat noun: "MPs").
6. "Both of them are likely to get 40 and 35 seats, respectively": "both of them" / "the two" take the two
   parties of the sentence before, in order.
7. "The Liberal Party will have one MP": a singular member noun after "one" is a seat noun.
8. "LAB – 40 | CON – 12 | LD – 0": a results headline as a list of "name – N" items separated by bars.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _seat_rows import OPEN, assert_rows, seat_rows  # noqa: E402


@pytest.mark.parametrize("text, want, not_want", [
    # 1. a clause with its own subject, no party
    ("Labour fell from 40 to 36 seats, but above all the hard left, divided into three lists, slid from 15 seats to four.",
     [("count", "Labour Party", 40, "previous"), ("count", "Labour Party", 36, "result")],
     [("count", None, 15), ("count", None, 4)]),
    ("Labour won 36 seats, but the hard left won four seats.",
     [("count", "Labour Party", 36, "result")], [("count", None, 4)]),
    ("The Harbour Party gained ground, but the far-right dropped to 12 seats.", [], [("count", None, 12)]),
    ("The other newcomer, Hora Nova [New Hour], founded by Labour defectors, will have seven MPs.",
     [], [("count", "Labour Party", 7)]),
    # must not fire: a party subject, an anaphoric subject, a possessive subject keep their counts
    ("The Green Front fell to 20 seats, while the Harbour Party, divided into three lists, slid to four seats.",
     [("count", "Green Front", 20, "result"), ("count", "Harbour Party", 4, "result")], [("count", "Green Front", 4)]),
    ("The Harbour Party won 40 seats in 2019. The party rose from 40 to 45 seats.",
     [("count", "Harbour Party", 45, "result")], []),
    ("The Harbour Party ran again. It won 5 seats.", [("count", "Harbour Party", 5, "result")], []),
    ("Labour's tally rose to 41 seats.", [("count", "Labour Party", 41, "result")], []),
    ("The Harbour Party, founded by Labour defectors, will have seven MPs.",
     [("count", "Harbour Party", 7, "result")], [("count", "Labour Party", 7)]),
    # must not fire: a concessive aside with its own subject, closed before the count's clause
    ("The Harbour Party, although the polls predicted a loss, won 40 seats.", [("count", "Harbour Party", 40, None)], []),
    ("The Harbour Party lost ground, but the party still holds 40 seats.", [("count", "Harbour Party", 40, "result")], []),
    # must not fire: the subject's appositive names the party (with a group noun after the name too)
    ("The Harbour Party won 70 seats. Its closest challenger, the Iron Guild, dropped to 30 seats.",
     [("count", "Iron Guild", 30, "result")], [("count", "Harbour Party", 30)]),
    ("The Harbour Party won 70 seats. Its closest challenger, the Salt and Marsh movement, dropped to 30 seats from 41.",
     [("count", "Salt and Marsh", 30, "result"), ("count", "Salt and Marsh", 41, "previous")], []),
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


# 4. the shorter name inside a fuller one
def test_a_short_name_is_the_fuller_party_of_the_article(extract):
    claims = extract(OPEN + "The Ostrian Islands Democratic Party won the vote. So of the 30 MPs elected, his "
                            "Democratic Party has 19.")
    assert ("Ostrian Islands Democratic Party", 19, "result") in _counts(claims)


def test_two_parties_sharing_a_tail_stay_apart(extract):
    # must not fire: "the Social Democratic Party" and "the Democratic Party" are rivals, each with its count
    claims = extract(OPEN + "The Social Democratic Party won 40 seats and the Democratic Party won 12 seats.")
    assert set(_counts(claims)) >= {("Social Democratic Party", 40, "result"), ("Democratic Party", 12, "result")}
    claims = extract(OPEN + "The Democratic Party won 12 seats. The Ostrian Islands Democratic Party won 40 seats. "
                            "The Democratic Party will be in opposition with its 12 seats.")
    assert ("Ostrian Islands Democratic Party", 12, "result") not in _counts(claims)
    # two fuller names with the same tail: the short one names neither
    claims = extract(OPEN + "The Ostrian Islands Democratic Party won 40 seats and the Northern Democratic Party "
                            "won 9 seats. The Democratic Party has 19.")
    assert ("Ostrian Islands Democratic Party", 19, "result") not in _counts(claims)
    assert ("Northern Democratic Party", 19, "result") not in _counts(claims)


# 5. plural abbreviations
def test_a_plural_abbreviation_is_the_party(extract):
    claims = extract("Ontario voted on Thursday. The PCs won 30 seats and the NDPs won 12.")
    assert set(_counts(claims)) >= {("Progressive Conservative Party of Canada", 30, "result"),
                                    ("New Democratic Party", 12, "result")}


def test_a_plural_seat_noun_is_no_party(extract):
    # must not fire: "MP" is a Swedish party's abbreviation, "MPs" members of parliament; "CEOs" no party
    claims = extract("Sweden voted on Sunday. The Social Democrats won 100 seats and 16 MPs were elected for the "
                     "Left Party. The CEOs met on Monday.")
    parties = {c.party for c in claims if c.type == "seat_count"}
    assert "Green Party (Sweden)" not in parties and "CEOs" not in parties


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
