"""claimx.numbers: number words, numerals, hedges and ranges."""

import pytest

from claimx.numbers import parse_number, parse_qualifier, parse_quantity


@pytest.mark.parametrize(
    "text,value",
    [
        ("seven", 7), ("Seven", 7), ("twenty-two", 22), ("twenty two", 22), ("a dozen", 12), ("half a dozen", 6),
        ("no", 0), ("none", 0), ("1,234", 1234), ("343", 343), ("one hundred and five", 105), ("a hundred", 100),
        ("fifty-eight", 58), ("eleven", 11), ("ninety-nine", 99), ("2.5", 2.5),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["seats", "", "several", "many", "1,2,3x", "the"])
def test_not_numbers(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "text,value,approx,qual",
    [
        ("roughly 168", 168, True, "roughly"), ("about 143", 143, True, "about"), ("nearly 90", 90, True, "nearly"),
        ("more than 200", 200, True, "more than"), ("fewer than 40", 40, True, "fewer than"),
        ("at least 272", 272, True, "at least"), ("up to 20", 20, True, "up to"), ("just over 300", 300, True, "just over"),
        ("hovering around 292", 292, True, "hovering around"), ("less than 200", 200, True, "less than"),
        ("some 60", 60, True, "some"), ("almost a dozen", 12, True, "almost"), ("exactly 76", 76, False, "exactly"),
        ("7", 7, False, None),
    ],
)
def test_hedges(text, value, approx, qual):
    q = parse_quantity(text)
    assert q is not None and q.value == value and q.approximate is approx and q.qualifier == qual


def test_ranges():
    q = parse_quantity("230 to 240")
    assert (q.value, q.upper, q.approximate) == (230, 240, True)
    q = parse_quantity("between 150 and 160")
    assert (q.value, q.upper, q.approximate) == (150, 160, True)
    assert parse_quantity("240 to 230") is None


def test_qualifier_alone():
    assert parse_qualifier("roughly") == (True, "roughly")
    assert parse_qualifier("only") == (False, "only")
    assert parse_qualifier(None) == (False, None)
    assert parse_qualifier("elected") == (False, None)
