"""A "N-seat majority" is the winner's margin ("won a 14-seat majority") unless the sentence says it is a
requirement: "the minimum 151-seat simple majority needed", "the 76-seat majority required", "the required
majority of 76 seats". Invented sentences in a fictional Ostria."""

import pytest

OPEN = "Ostria voted on Sunday. "


@pytest.mark.parametrize("text,seats", [
    ("The Harbour Party easily surpassed the minimum 151-seat simple majority needed to retain control of parliament.", 151),
    ("The Harbour Party passed the 76-seat majority required to govern alone.", 76),
    ("A 76-seat majority is needed to govern.", 76),
    ("The Harbour Party fell short of the necessary 76-seat majority.", 76),
    ("Parties need the required majority of 76 seats.", 76),
])
def test_a_required_majority_is_a_threshold(extract, text, seats):
    found = [c.seats for c in extract(OPEN + text) if c.type == "majority_threshold"]
    assert found == [seats]


@pytest.mark.parametrize("text", [
    "The Harbour Party won a 14-seat majority.",
    "The Harbour Party's 14-seat majority was cut to six.",
    "The Harbour Party won a majority of 5,000 votes in the district.",
    "The Harbour Party won a 14-seat majority, more than it needed.",
])
def test_a_margin_is_no_threshold(extract, text):
    assert not [c for c in extract(OPEN + text) if c.type == "majority_threshold"]
