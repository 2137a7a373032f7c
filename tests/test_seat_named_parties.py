"""Parties no lexicon or tagger knows, named as parties by the article's own constructions.

1. A list's later items are parties by the list's parallel shape, even when no lexicon or tagger knows the name:
"Zorvan won 28 seats, Maltek 27, Dar Hadash 15 and Ravim 11" (invented one-word names such as a transliterated
party name, which a statistical tagger leaves untagged, calls an adjective or guesses to be a place). Beside it,
the lists where the shape must not make a party: places ("Paris 12 and Lyon 9"), dates ("October 27"),
numbers that do not close a list item ("Maltek 27 percent").

2. A name the article calls a party ("the ruling Sarvat party", "the nationalist Kaval bloc") is that party in
every other mention ("Sarvat won 58 of the 140 seats", "a government led by Sarvat"), however the tagger labelled
it; not when the article writes the name as a person's ("Mr Sarvat", "Sarvat said"), nor places, nationalities
and dates before "party" ("the Christmas party").

A row: (text, claims that must be among the article's seat claims, claims that must not be); see _seat_rows.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _seat_rows import OPEN, assert_rows  # noqa: E402

CASES = [
    # ---- must fire: later items of a seat list, with "," / "and" / ", and", after "N seats" or a bare "N"
    ("Zorvan won 28 seats, Maltek 27, Dar Hadash 15 and Ravim 11, according to the final count.",
     [("count", "Zorvan", 28, "result"), ("count", "Maltek", 27, "result"), ("count", "Ravim", 11, "result")], []),
    ("The Harbour Party took 40 seats, Tessaly 12, and Orvik 3.",
     [("count", "Tessaly", 12, "result"), ("count", "Orvik", 3, "result")], []),
    ("The Iron Guild won 61 seats, Brevan 9 seats and Quill 2 seats.",
     [("count", "Brevan", 9, "result"), ("count", "Quill", 2, "result")], []),
    # ---- must not fire: a breakdown by place, dates, a number that is not the item's seats
    ("The Iron Guild won 31 seats, Paris 12 and Lyon 9.",
     [("count", "Iron Guild", 31, "result")], [("count", "Paris", 12)]),
    ("The Iron Guild won 31 seats on October 27, Maltek said.",
     [("count", "Iron Guild", 31, "result")], [("count", "October", 27)]),
    ("The Iron Guild won 31 seats, Maltek 27 percent of the vote.",
     [], [("count", "Maltek", 27)]),
    ("The Iron Guild won 31 seats in the vote, Chapter 4 of the report said.",
     [], [("count", "Chapter", 4)]),
]


NAMED = [
    # ---- must fire: the name alone, after the article called it a party
    ("The ruling Sarvat party lost ground. Sarvat won 58 of the 140 seats, down from 76.",
     [("count", "Sarvat", 58, "result"), ("count", "Sarvat", 76, "previous")], []),
    ("The nationalist Kaval bloc did well. Analysts said Kaval, which won 19 seats, was the likeliest partner.",
     [("count", "Kaval", 19, "result")], []),
    ("Voters turned to the opposition Dar Hadash party. Dar Hadash took 33 seats.",
     [("count", "Dar Hadash", 33, "result")], []),
    # ---- must not fire: a person, a date, a name inside a longer one
    ("Mr Orlan attended the Orlan party fundraiser. Orlan said he won 12 seats in the chess club vote.",
     [], [("count", "Orlan", 12)]),
    ("Staff held the Christmas party on Friday. By Christmas 12 seats were still undecided.",
     [], [("count", "Christmas", 12)]),
]


@pytest.mark.parametrize("text,want,not_want", [*CASES, *NAMED])
def test_names_made_parties_by_the_article(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want, exact_party=True)
