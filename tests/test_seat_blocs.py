"""Whose seats, when a party is named as the leader of its bloc, on invented sentences (fictional parties in a
fictional Ostria, except where the lexicon's alliance data is the point):

- "an alliance led by the X", "a coalition headed by the X", "the X-led (opposition) alliance", "X, along with
  its allies,", "X and its allies": the party's bloc, named as the lexicon's alliance the party leads ("the
  Awami League and its allies" is the Grand Alliance in Bangladeshi news), else "X and allies";
- "X is set to win 303 seats and along with its allies is leading in 348", "With its allies, X has 148": the
  party's bloc when "(along) with its allies" opens the stretch before the count (not "X, which broke with its
  allies, won 103");
- "the (ruling) coalition of the X (XP) and the Y": the two together, the X's bracketed abbreviation between;
- "the X-Y coalition" of two lexicon parties with a lexicon alliance of exactly those members: that alliance.

Five reporters' ways of writing each, and the sentences where it must not fire: the party that once led an
alliance ("the X, which led the alliance for years"), an alliance rejected in another clause, two parties with
their own counts, a bloc of another country's lexicon ("Labour and its allies" in British news is no Norwegian
coalition). A row: (text, claims that must be among the seat claims, claims that must not be); the party is
compared exactly (case-insensitive).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _seat_rows import OPEN, assert_rows  # noqa: E402

from claimx.parties import alliance_led_by, alliance_of, canonical_party, same_party  # noqa: E402

BLOC = "Harbour Party and allies"

CASES = [
    # ---- a group noun led by / headed by the party
    ("An alliance led by the Harbour Party took at least 140 seats out of 250.", [("count", BLOC, 140, None)],
     [("count", "Harbour Party", 140)]),
    ("The alliance led by the Harbour Party won 140 seats.", [("count", BLOC, 140, "result")], []),
    ("A coalition headed by the Harbour Party secured 140 of the 250 seats.", [("count", BLOC, 140, "result")], []),
    ("A new four-party alliance led by the Harbour Party was on course for 140 seats.", [("count", BLOC, 140, None)],
     [("count", "Harbour Party", 140)]),
    # ---- the party glued to "-led" before a group noun
    ("The Harbour Party-led alliance won 140 seats.", [("count", BLOC, 140, "result")], [("count", "Harbour Party", 140)]),
    ("The Harbour Party-led opposition coalition won 140 seats.", [("count", BLOC, 140, "result")], []),
    # ---- the party with its unnamed partners
    ("The Harbour Party, along with its allies, won 140 seats.", [("count", BLOC, 140, "result")], [("count", "Harbour Party", 140)]),
    ("The Harbour Party together with its allies won 140 seats.", [("count", BLOC, 140, "result")], []),
    ("The Harbour Party and its allies won 140 seats.", [("count", BLOC, 140, "result")], []),
    # ---- "(along) with its allies" between the party (or the clause's earlier count) and the count, or fronted
    ("The Harbour Party alone is set to win 103 seats and along with its allies is leading in or has won 148 seats.",
     [("count", "Harbour Party", 103, None), ("count", BLOC, 148, None)], [("count", "Harbour Party", 148)]),
    ("With its allies, the Harbour Party has 148 seats.", [("count", BLOC, 148, None)], [("count", "Harbour Party", 148)]),
    ("The Harbour Party won 103 seats, while the Coast League with its allies won 60.",
     [("count", "Harbour Party", 103, None), ("count", "Coast League and allies", 60, None)], [("count", BLOC, 103)]),
    ("The Harbour Party, which broke with its allies, won 103 seats.", [("count", "Harbour Party", 103, None)],
     [("count", BLOC, 103)]),
    # ---- must not fire: the party itself
    ("The Harbour Party, which led the alliance for years, won 140 seats.", [("count", "Harbour Party", 140, "result")],
     [("count", BLOC, 140)]),
    ("Voters rejected the alliance, and the Harbour Party won 140 seats.", [("count", "Harbour Party", 140, "result")],
     [("count", BLOC, 140)]),
    ("The Harbour Party won 140 seats and its allies won 12.", [("count", "Harbour Party", 140, "result")], [("count", BLOC, 140)]),
    # ---- the coalition of two parties, an abbreviation between them
    ("The ruling coalition of the Harbour Party (HP) and the Coast League won 215 seats.",
     [("count", "Harbour Party and Coast League", 215, "result")], [("count", "Coast League", 215)]),
    ("The coalition of the Harbour Party and the Coast League won 215 seats.",
     [("count", "Harbour Party and Coast League", 215, "result")], []),
    # ---- must not merge: two parties, two counts
    ("The Harbour Party (HP) won 120 seats and the Coast League won 95.",
     [("count", "Harbour Party", 120, "result"), ("count", "Coast League", 95, "result")], []),
]


@pytest.mark.parametrize("text,want,not_want", CASES)
def test_a_party_named_as_the_leader_of_its_bloc(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want, exact_party=True)


# the lexicon's alliances with their members (data/entities/parties*.jsonl "members", the leading party first)
LEXICON_CASES = [
    ("Bangladesh voted on Sunday. An alliance led by Bangladesh's Awami League won at least 253 seats.",
     "Grand Alliance (Bangladesh)", 253),
    ("Bangladesh voted on Sunday. The Awami League and its allies won 253 seats.", "Grand Alliance (Bangladesh)", 253),
    ("Japan voted on Sunday. The ruling coalition of Liberal Democratic Party (LDP) and Komeito won 293 seats.",
     "LDP–Komeito coalition", 293),
    ("Japan voted on Sunday. Japan's ruling LDP-Komeito coalition won 293 seats.", "LDP–Komeito coalition", 293),
]


@pytest.mark.parametrize("text,alliance,seats", LEXICON_CASES)
def test_a_bloc_is_the_lexicon_alliance_its_party_leads(extract, text, alliance, seats):
    counts = [c for c in extract(text) if c.type == "seat_count" and c.seats == seats]
    assert counts and all(same_party(c.party, alliance) for c in counts), [(c.party, c.seats) for c in counts]


def test_alliance_lookup_by_leader_and_members():
    assert alliance_led_by("Awami League", ["BD"]).name == "Grand Alliance (Bangladesh)"
    assert alliance_led_by("Labour Party", ["GB"]) is None  # Norway's red-green coalition is no British bloc
    assert alliance_led_by("Orange Democratic Movement", ["KE"]) is None  # it led several blocs: not guessed
    assert alliance_of(["Komeito", "Liberal Democratic Party"]).name == "LDP–Komeito coalition"
    assert alliance_of(["Liberal Democratic Party"]) is None


@pytest.mark.parametrize("a,b,same", [
    ("Move Forward and allies", "the Move Forward-led opposition coalition", True),
    ("BJP and allies (NDA)", "National Democratic Alliance", True),
    ("Hezbollah and its political allies", "March 8 Alliance", True),
    ("Grand Alliance (Awami League-led)", "Awami League and allies", True),
    ("LDP-Komeito coalition", "Liberal Democratic Party and Komeito", True),
    ("The Alliance (Moderate Party, Liberal Party, Centre Party, Christian Democrats)", "Alliance for Sweden", True),
    ("Harbour Party and allies", "Harbour Party", False),
    ("The Left", "Alliance for Sweden", False),
    ("the BJP-led NDA", "Bharatiya Janata Party", False),
])
def test_a_bloc_written_five_ways_is_one_party(a, b, same):
    assert same_party(a, b) is same


@pytest.mark.parametrize("written,name", [
    ("the \u2018Harbour\u2019 Coalition", "Harbour Coalition"),
    ("the 'Harbour' Coalition", "Harbour Coalition"),
    ("Harbour\u2019 Coalition", "Harbour Coalition"),
    ("Workers' Party", "Workers' Party"),  # a plural possessive stays
    ("Ra'am", "Ra'am"),  # an apostrophe inside a word stays
])
def test_quote_marks_around_a_word_are_no_part_of_a_name(written, name):
    assert canonical_party(written) == name
