"""CX008 change-disagrees: a stated change against the result and the previous count."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _claimx_builders import _base, document, seat  # noqa: E402

from claimx.checks import run_checks  # noqa: E402
from claimx.claims import SeatChange  # noqa: E402
import pytest

# The rules' logic on invented claims and articles: every claim trusted (CLAIMX_CALIBRATION=trust), so that a
# contradiction is an error whatever confidence the shipped model gives the invented wording.
pytestmark = pytest.mark.usefixtures("trusted_rules")


def _change(delta, line=2, approx=False):
    return SeatChange(**_base("a.txt", line, f"The Harbour Party gained {delta} seats."), party="Harbour Party",
                      delta=delta, approximate=approx)


def _cx008(*recs):
    return [f for f in run_checks([document("a.txt"), *recs]).findings if f.rule == "CX008"]


def test_change_agrees_with_from_n_to_m():
    now, before = seat("a.txt", "Harbour Party", 88, 1), seat("a.txt", "Harbour Party", 70, 1, status="previous")
    assert not _cx008(now, before, _change(18))


def test_change_disagrees():
    now, before = seat("a.txt", "Harbour Party", 88, 1), seat("a.txt", "Harbour Party", 70, 1, status="previous")
    f = _cx008(now, before, _change(12))
    assert len(f) == 1 and f[0].line == 2 and "+12" in f[0].message and "+18" in f[0].message
    assert f[0].severity == "error"


def test_hedged_change_or_missing_previous_is_not_compared():
    now, before = seat("a.txt", "Harbour Party", 88, 1), seat("a.txt", "Harbour Party", 70, 1, status="previous")
    assert not _cx008(now, before, _change(12, approx=True))
    assert not _cx008(now, _change(12))


def _change_in(delta, line, text):
    return SeatChange(**_base("a.txt", line, text), party="Harbour Party", delta=delta)


def test_several_previous_counts_the_change_agrees_with_one():
    # "up 18 since the last election" and, in another paragraph, the count of an older election
    now = seat("a.txt", "Harbour Party", 88, 1)
    last = seat("a.txt", "Harbour Party", 70, 3, status="previous", text="In 2019 the Harbour Party had 70 seats.")
    older = seat("a.txt", "Harbour Party", 41, 5, status="previous", text="In 2004 the Harbour Party won 41 seats.")
    assert not _cx008(now, last, older, _change(18))
    assert not _cx008(now, older, last, _change(18))  # whatever the order they are stated in


def test_several_previous_counts_none_agreeing_is_a_doubt_not_an_error():
    now = seat("a.txt", "Harbour Party", 88, 1)
    last = seat("a.txt", "Harbour Party", 70, 3, status="previous", text="In 2019 the Harbour Party had 70 seats.")
    older = seat("a.txt", "Harbour Party", 41, 5, status="previous", text="In 2004 the Harbour Party won 41 seats.")
    f = _cx008(now, last, older, _change(12))
    assert len(f) == 1 and f[0].severity == "warning" and "2 previous counts" in f[0].message


def test_the_previous_count_in_the_changes_own_sentence_is_its_basis():
    # "a net loss of 9 seats, dropping from 70 to 61": the change is measured from 70 whatever else is stated
    text = "The Harbour Party suffered a net loss of 9 seats, dropping from 70 to 61."
    now = seat("a.txt", "Harbour Party", 61, 2, text=text)
    own = seat("a.txt", "Harbour Party", 70, 2, status="previous", text=text)
    older = seat("a.txt", "Harbour Party", 52, 5, status="previous", text="In 2004 the Harbour Party won 52 seats.")
    assert not _cx008(now, own, older, _change_in(-9, 2, text))
    f = _cx008(now, own, older, _change_in(-14, 2, text))
    assert len(f) == 1 and f[0].severity == "error" and "70 before" in f[0].message


def test_change_agrees_with_one_chamber_of_two():
    # "lost six senators": 27 senators now, 33 before; the same party's lower-house figures (93 now, 117
    # before) do not make the upper-house change a contradiction
    recs = [
        seat("a.txt", "Harbour Party", 27, 1, body="Senate"), seat("a.txt", "Harbour Party", 33, 1, status="previous", body="Senate"),
        seat("a.txt", "Harbour Party", 93, 3, body="Chamber of Deputies"),
        seat("a.txt", "Harbour Party", 117, 3, status="previous", body="Chamber of Deputies"),
    ]
    assert not _cx008(*recs, _change(-6))
    assert not _cx008(*recs, _change(-24))
    assert _cx008(*recs, _change(-10))  # neither chamber's figures give -10


def test_a_result_and_a_previous_count_of_different_chambers_are_no_basis():
    # "will have 32 senators from December" and "118 deputies before, 104 now": a change of one senator is
    # measured from neither 118 nor 104 (another chamber), so nothing is compared for the Senate
    recs = [
        seat("a.txt", "Harbour Party", 32, 1, body="Senate"),
        seat("a.txt", "Harbour Party", 104, 3, body="Chamber of Deputies"),
        seat("a.txt", "Harbour Party", 118, 3, status="previous", body="Chamber of Deputies"),
    ]
    assert not _cx008(recs[0], recs[2], _change(1))
    # the chamber that has both still checks its change: 104 - 118 is -14, not -20
    assert _cx008(*recs, _change(-20))


def test_a_change_naming_no_chamber_when_the_party_has_two_is_a_doubt():
    # "gaining one more" beside a party's Senate count and its Chamber result and previous count
    recs = [
        seat("a.txt", "Harbour Party", 32, 1, body="Senate"),
        seat("a.txt", "Harbour Party", 104, 3, body="Chamber of Deputies"),
        seat("a.txt", "Harbour Party", 118, 3, status="previous", body="Chamber of Deputies"),
    ]
    f = _cx008(*recs, _change(1))
    assert len(f) == 1 and f[0].severity == "warning" and "2 chambers" in f[0].message


# ---- a change that is only a part of the net change: a flow between parties, gains and losses stated apart


def _part(delta, text, evidence, line=2, party="Harbour Party"):
    return SeatChange(**_base("a.txt", line, text, evidence=evidence, start=line * 100 + text.find(evidence)),
                      party=party, delta=delta)


def _harbour(now=88, before=74):
    """The Harbour Party's result and previous count, and the Valley Alliance and the Greens as the article's
    other parties."""
    return (seat("a.txt", "Harbour Party", now, 1), seat("a.txt", "Harbour Party", before, 1, status="previous"),
            seat("a.txt", "Valley Alliance", 40, 5), seat("a.txt", "Greens", 9, 6))


FLOW_CASES = [
    # (delta, sentence, evidence): each a flow of seats between two named parties, not the net change (+14)
    (15, "The Harbour Party won 15 seats from the Valley Alliance.", "won 15 seats"),
    (-5, "The Harbour Party lost five seats to the Valley Alliance in the south.", "lost five seats"),
    (2, "The Harbour Party took two seats off the Greens.", "took two seats"),
    (1, "Overnight the Harbour Party won one more seat at the expense of the Valley Alliance.", "won one more seat"),
    (3, "The Harbour Party gained three seats at the Valley Alliance's expense.", "gained three seats"),
    # the reading gave the loss to the party the seats went to
    (-16, "The government lost 16 seats: 15 to the Harbour Party and one to the Greens.", "lost 16 seats"),
]


@pytest.mark.parametrize("delta,text,evidence", FLOW_CASES)
def test_a_flow_between_parties_that_disagrees_is_a_doubt(delta, text, evidence):
    f = _cx008(*_harbour(), _part(delta, text, evidence))
    assert len(f) == 1 and f[0].severity == "warning" and "flow of seats" in f[0].message


NOT_A_FLOW_CASES = [
    # (delta, sentence, evidence): the net change, stated with from / to words that name no party
    (12, "The Harbour Party gained 12 seats to 88.", "gained 12 seats"),
    (12, "The Harbour Party gained 12 seats in the election to the House of Commons.", "gained 12 seats"),
    (-9, "The Harbour Party lost nine seats to finish with 88.", "lost nine seats"),
    (12, "The Harbour Party gained 12 seats from its 2020 tally.", "gained 12 seats"),
    (12, "The Harbour Party gained 12 seats, the Valley Alliance said.", "gained 12 seats"),
]


@pytest.mark.parametrize("delta,text,evidence", NOT_A_FLOW_CASES)
def test_a_net_change_with_from_or_to_words_stays_an_error(delta, text, evidence):
    f = _cx008(*_harbour(), _part(delta, text, evidence))
    assert len(f) == 1 and f[0].severity == "error" and "flow" not in f[0].message


def test_a_gain_and_a_loss_that_add_up_to_the_net_change_agree():
    # "won 15 seats from the Valley Alliance and lost one in the north": +15 - 1 = 88 - 74
    text = "The Harbour Party won 15 seats from the Valley Alliance and lost one in the north."
    assert not _cx008(*_harbour(), _part(15, text, "won 15 seats"), _part(-1, text, "lost one"))
    text2 = "It lost two seats in the east."
    assert not _cx008(*_harbour(), _part(10, "The Harbour Party picked up 10 seats in the west.", "picked up 10 seats"),
                      _part(6, "It gained six in the north.", "gained six", line=3), _part(-2, text2, "lost two seats", line=4))


def test_a_gain_and_a_loss_that_do_not_add_up_are_doubts():
    f = _cx008(*_harbour(), _part(10, "The Harbour Party picked up 10 seats in the west.", "picked up 10 seats"),
               _part(-2, "It lost two seats in the east.", "lost two seats", line=3))
    assert len(f) == 2 and all(x.severity == "warning" and "both a gain and a loss" in x.message for x in f)


def test_one_net_change_that_disagrees_stays_an_error():
    # must not fire: a single gain, or the same gain stated twice, is the net change
    f = _cx008(*_harbour(), _part(9, "The Harbour Party gained nine seats.", "gained nine seats"),
               _part(9, "Its nine-seat gain was the largest.", "nine-seat gain", line=3))
    assert len(f) == 2 and all(x.severity == "error" for x in f)


def test_at_the_expense_of_names_a_flow_whatever_the_name():
    # the counterparty is neither in the lexicon nor given seats: "at the expense of" alone says it is a flow
    text = "The Harbour Party has won one more seat at the expense of the Orchard List."
    f = _cx008(*_harbour(), _part(1, text, "won one more seat"))
    assert len(f) == 1 and f[0].severity == "warning" and "Orchard List" in f[0].message
    # "from" a name that is no party (a place) is not a flow: the change stays the article's net change
    text = "The Harbour Party gained 12 seats from Northport to Eastbay."
    f = _cx008(*_harbour(), _part(12, text, "gained 12 seats"))
    assert len(f) == 1 and f[0].severity == "error"


def test_a_previous_count_of_another_named_year_is_a_doubt():
    # "gained one seat on their 2016 result" against "in 1999, when they won 17 seats": not the change's basis
    now = seat("a.txt", "Harbour Party", 13, 1)
    old = seat("a.txt", "Harbour Party", 17, 4, status="previous",
               text="It is their highest number since the first election in 1999, when they won 17 seats.")
    f = _cx008(now, old, _change_in(1, 2, "The Harbour Party gained one seat on their 2016 result."))
    assert len(f) == 1 and f[0].severity == "warning" and "2016" in f[0].message and "1999" in f[0].message
    # must stay an error: the same year named on both sides, or no year in the change's sentence
    same = seat("a.txt", "Harbour Party", 17, 4, status="previous", text="In 2016 they won 17 seats.")
    f = _cx008(now, same, _change_in(1, 2, "The Harbour Party gained one seat on their 2016 result."))
    assert len(f) == 1 and f[0].severity == "error"
    f = _cx008(now, old, _change_in(1, 2, "The Harbour Party gained one seat."))
    assert len(f) == 1 and f[0].severity == "error"
