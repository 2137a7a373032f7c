"""spaCy's English tokenizer keeps emoticons that contain a digit as one token ("8)", "(-8", ":3"); in a results
table the seat figure would then be no number. claimx's pipeline drops those special cases
(``pipeline.drop_digit_emoticons``)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _seat_rows import OPEN, assert_rows  # noqa: E402


@pytest.mark.parametrize("text, numbers", [
    ("The Greens (8) and Labour (12).", ["8", "12"]),
    ("Civic Union 20 (-8)", ["20", "-8"]),
    ("(Labour 8), the Greens :3", ["8", "3"]),
])
def test_digits_are_tokens_of_their_own(nlp, text, numbers):
    tokens = [t.text for t in nlp.tokenizer(text)]
    for n in numbers:
        assert n in tokens, tokens


def test_pure_numbers_and_times_unchanged(nlp):
    assert [t.text for t in nlp.tokenizer("0.0 at 10am :)")] == ["0.0", "at", "10", "am", ":)"]


@pytest.mark.parametrize("text, want", [
    ("The Civic Union won 20 seats. Harbour Party 45 (+2); Civic Union 20 (-8); Green League 8 (+4).",
     [("change", "Civic Union", -8), ("count", "Green League", 8, "result"), ("change", "Green League", 4)]),
])
def test_results_table_with_negative_changes(extract, text, want):
    assert_rows(extract(OPEN + text), want, [])
