"""Whose seats, when the owner is a group named by a common noun or a party with its partners, on invented
sentences (fictional parties in a fictional Ostria): "the green bloc secured 91 seats", "the ruling camp held
128", "the four centre-left opposition parties were projected to win 95", "the Iron Guild and its affiliate won
103". Beside each construction, the sentences where it must not fire ("the opposition Iron Guild", "opposition
leader", "a Harbour Party Official Opposition"), and the neighbouring fixes of the same stages: a count verb
before "a total of" (a count, not the chamber), "prior to the election" (a previous count), a leading
subordinator that is no part of a party's name ("Although the Iron Guild").

A row: (text, claims that must be among the article's seat claims, claims that must not be). A claim is
("count", party, seats, status), ("change", party, delta) or ("size", seats); the party is compared exactly
(case-insensitive); a status or party of None matches any.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _seat_rows import OPEN, assert_rows  # noqa: E402


CASES = [
    # ---- a bloc named by its colour, with quotes or "bloc parties"; the member party before it is not the owner
    ("In the 170-seat Assembly, Ana Voss's Harbour Party and the other left-wing green bloc parties secured 91 seats, "
     "while the rival right-wing \u201cgold bloc\u201d ended up with 70 seats.",
     [("count", "green bloc", 91, "result"), ("count", "gold bloc", 70, "result")],
     [("count", "Harbour Party", 70), ("count", "Harbour Party", 91)]),
    ("The green bloc also received one seat from the overseas islands of Ostria.",
     [("count", "green bloc", 1, None)], []),
    # ---- a camp and "the main opposition", with gapping; "prior to the election" frames previous counts
    # ("the main opposition" is the party the article introduced with that role; unintroduced, it is left alone)
    ("The main opposition Harbour Party won 103 seats in the 300-seat Assembly. "
     "Prior to the election, the ruling camp held 128 seats and the main opposition 112.",
     [("count", "ruling camp", 128, "previous"), ("count", "Harbour Party", 112, "previous")], [("count", "ruling camp", 112)]),
    ("Prior to the election, the ruling camp held 128 seats and the main opposition 112.",
     [("count", "ruling camp", 128, "previous")], [("count", "main opposition", 112)]),
    ("The Iron Guild won 26 seats. Starting in May, the current opposition bloc will have 27 seats.",
     [], [("count", "current opposition bloc", 27), ("count", "opposition bloc", 27)]),
    ("The Iron Guild won 160 seats in the 300-seat Assembly. Prior to the election, the party held 128 seats.",
     [("count", "Iron Guild", 160, "result"), ("count", "Iron Guild", 128, "previous")], []),
    # ---- a plural group: "the four centre-left opposition parties", "two opposition alliances"
    ("The four centre-left opposition parties were projected to win 95 of the 170 seats in the Assembly.",
     [("count", "four centre-left opposition parties", 95, "projected"), ("size", 170)], []),
    # ---- must not: "opposition" as a modifier of a party or a person, a party's own "Official Opposition"
    ("The opposition Iron Guild won 40 seats in the 120-seat Assembly.",
     [("count", "Iron Guild", 40, None)], [("count", "opposition", 40)]),
    ("Opposition leader Ana Voss said the Iron Guild won 40 seats in the 120-seat Assembly.",
     [("count", "Iron Guild", 40, None)], [("count", "opposition", 40)]),
    ("The projection gave the Iron Guild a Harbour Party Official Opposition (44 seats) in the 120-seat Assembly.",
     [("count", "Harbour Party", 44, None)], [("count", "official opposition", 44)]),
    # ---- a party with its partners, named with the partner noun
    ("The Iron Guild and its affiliate won 103 seats in the 300-seat Assembly.",
     [("count", "Iron Guild and affiliate", 103, None)], [("count", "Iron Guild", 103)]),
    ("The Iron Guild and its allies won 150 seats in the 300-seat Assembly.",
     [("count", "Iron Guild and allies", 150, None)], []),
    # ---- "won a total of N seats" is the party's count; "has a total of N seats" the chamber's size
    ("The Iron Guild did well in 2014.\nIn 2014, the party won a total of 249 seats.",
     [("count", "Iron Guild", 249, None)], [("size", 249)]),
    ("The Assembly has a total of 249 seats. The Iron Guild won 120 seats.",
     [("size", 249), ("count", "Iron Guild", 120, None)], [("count", None, 249)]),
    # ---- "the alliance of ..." names a group of its own: not the previous sentence's party ("the alliance" alone is)
    ("The Iron Guild won 71 seats.\nThe alliance of farmers and fishermen won 37 seats.",
     [("count", "Iron Guild", 71, None)], [("count", "Iron Guild", 37)]),
    ("The Iron Guild won 71 seats.\nThe alliance also won 37 seats in the capital.",
     [("count", "Iron Guild", 37, None)], []),
    # ---- a subordinator before a party is no part of its name
    ("Although the Iron Guild lost nine seats, the Marsh Party lost 29 seats in the 150-seat Assembly.",
     [("change", "Iron Guild", -9), ("change", "Marsh Party", -29)], [("change", "Although the Iron Guild", -9)]),
]


@pytest.mark.parametrize("text,want,not_want", CASES, ids=[c[0][:60] for c in CASES])
def test_collective_owners(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want, exact_party=True)
