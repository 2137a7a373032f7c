"""Round 10 of party mentions on unseen news, with invented parties and sentences.

1. "any seat" after a negated count verb is a count of zero ("failed to win any seat", "did not win any seats"),
   each conjunct's when the subject is coordinated ("X and Y failed to secure any seats"); not "any seat it
   contests", "the first to win any seats", nor a party outside the coordination ("X won the vote, while Y ...").

2. A number of a party's people counts candidates, not seats, when its clause's verb is one of running ("42
   independents competed", "stood", "contested") or it is an aside of a candidates noun ("447 candidates, including
   56 independents"); "11 independents were elected" and "14 independents won seats" stay counts.

3. A name between a determiner and a group noun is one name: "the Ivo and Mira coalition" even where Ivo and Mira
   are the article's people, "the For the Future of Ostria coalition" with its capitalised connector first, "the
   Velka Plus coalition" beside the known "Velka". Not a person's name alone ("the Ana Voss coalition"), nor a
   person before "the coalition" ("Ana Voss said the coalition won 40 seats").

4. A pseudo-party adjective between a number and its people noun names whose seats they are: "two independent
   legislators won seats", "11 independent candidates also won seats", "four independent MPs were elected"; not
   candidates who stood or lost ("40 independent candidates stood", "lost their deposits").

5. The members an aside lists ("X and the Y, consisting of the Z and the W, each secured four seats") are not
   among the parties an "each" gives the count to, and a count whose parsed subject is such a member is the party
   the aside is about ("the X, made up of the Y and the Z, won 40 seats"); openers: ``member_aside_openers``.

6. An acronym defined in parentheses after "A and B" that spells B's initials alone makes the run two names:
   "the Civic Union and Harbour Party (HP)" is the Civic Union and the Harbour Party; "the Peace and Harbour Party
   (PHP)" stays one name.

7. Seats run for are no count of seats won: "the ruling party's candidates ran for 90 seats", "the X fielded
   candidates in 70 seats"; "won just 12 of the 89 seats it ran for" stays a count of 12.

8. An appositive after a party describes it ("The Harbour Alliance, the opposition coalition led by Ivo Brandt,
   won ..."), and the same description later refers back to it ("the opposition coalition won 60 of the 62 seats");
   not a description never given as an appositive (nor, by construction, one two parties share).

9. A party name modifying an emblem noun ("using the Iron Guild logo", "under the X banner") names no owner: the
   count goes to the clause's party.

A row: (text, claims that must be among the article's seat claims, claims that must not be); see _seat_rows.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _seat_rows import OPEN, assert_rows  # noqa: E402

ZERO = [
    ("The Harbour Party failed to win any seat.",
     [("count", "Harbour Party", 0, "result")], []),
    ("The Harbour Party did not win any seats in the north.",
     [("count", "Harbour Party", 0, "result")], []),
    ("The Iron Guild won 30 seats, while the Civic Union and the Harbour Party failed to secure any seats.",
     [("count", "Iron Guild", 30, "result"), ("count", "Civic Union", 0, "result"), ("count", "Harbour Party", 0, "result")],
     [("count", "Iron Guild", 0)]),
    ("The Iron Guild and the Civic Party won no seats.",
     [("count", "Iron Guild", 0, "result"), ("count", "Civic Party", 0, "result")], []),
    # must not fire: no negation, no count verb, a party outside the coordinated subject
    ("The Harbour Party hopes to win any seat it contests.",
     [], [("count", "Harbour Party", 0)]),
    ("The Iron Guild was the first party to win any seats in the region.",
     [], [("count", "Iron Guild", 0)]),
    ("The Iron Guild won the vote, while the Harbour Party failed to win any seat.",
     [("count", "Harbour Party", 0, "result")], [("count", "Iron Guild", 0)]),
]

CANDIDACY = [
    ("The Iron Guild won 30 seats. A total of 900 candidates from 12 parties, along with 42 independents, competed in the elections for the 80-seat assembly.",
     [("count", "Iron Guild", 30, "result")], [("count", None, 42)]),
    ("The Iron Guild won 30 seats. A total of 447 candidates, including 56 independents, stood in the election for the 80 seats.",
     [], [("count", None, 56)]),
    # must still fire: people elected, seats won
    ("The Iron Guild won 30 seats, the Harbour Party 20 and 11 independents were elected.",
     [("count", "Independents", 11, "result")], []),
    ("The Iron Guild won 30 seats. Some 14 independents won seats.",
     [("count", "Independents", 14, "result")], []),
]

GROUP_NAMES = [
    ("Outgoing Prime Minister Mira Kovac said her Ivo and Mira coalition would join the government. "
     "The Iron Guild won 30 seats, and the Ivo and Mira coalition won 12.3% and 11 seats.",
     [("count", "Iron Guild", 30, "result"), ("count", "Ivo and Mira", 11, "result")], [("count", "Ivo", 11)]),
    ("The Iron Guild won 30 seats. The For the Future of Ostria coalition won 13 seats with 14.8% of the vote.",
     [("count", "For the Future of Ostria", 13, "result")], []),
    ("The incumbent Velka Plus coalition comprises the Velka Party and the Harbour Party. "
     "Meanwhile, their main contenders, the Velka Plus coalition, prevailed in 26 constituencies.",
     [("count", "Velka Plus", 26, "result")], [("count", "Plus", 26)]),
    # must not fire: a person before "the coalition" is no name of it
    ("The Iron Guild won 40 seats. The Ana Voss coalition won 12 seats.",
     [], [("count", "Ana Voss", 12)]),
    ("Ana Voss said the coalition won 40 seats.",
     [], [("count", "Ana Voss", 40)]),
]

PSEUDO_PEOPLE = [
    ("The Iron Guild won 30 seats, and 11 independent candidates also won seats.",
     [("count", "Independents", 11, "result")], [("count", "Iron Guild", 11)]),
    ("The Iron Guild won 30 seats, and two independent legislators won seats.",
     [("count", "Independents", 2, "result")], [("count", "Iron Guild", 2)]),
    ("The Iron Guild won 30 seats. Four independent MPs were elected.",
     [("count", "Independents", 4, "result")], []),
    # must not fire: candidates who stood or lost
    ("The Iron Guild won 30 seats. Some 40 independent candidates stood in the election.",
     [], [("count", None, 40)]),
    ("The Iron Guild won 30 seats. Twelve independent candidates lost their deposits.",
     [], [("count", None, 12)]),
]

MEMBER_ASIDES = [
    ("The Iron Guild won 30 seats. The Civic Party and the Tarn Alliance, consisting of the Green Union and the Farmers' League, each secured four seats.",
     [("count", "Civic Party", 4, "result"), ("count", "Tarn Alliance", 4, "result")],
     [("count", "Green Union", 4), ("count", "Farmers' League", 4)]),
    ("The Tarn Alliance, made up of the Green Union and the Farmers' League, won 40 seats.",
     [("count", "Tarn Alliance", 40, "result")], [("count", "Green Union", 40)]),
    # must still fire: an "each" over the coordinated subject
    ("The Civic Party and the Green Union each secured four seats.",
     [("count", "Civic Party", 4, "result"), ("count", "Green Union", 4, "result")], []),
]

ACRONYM_SPLITS = [
    ("The Iron Guild won 30 seats. The Civic Union and Harbour Party (HP) won four seats each.",
     [("count", "Civic Union", 4, "result"), ("count", "Harbour Party", 4, "result")], []),
    ("The Iron Guild won 30 seats. Meanwhile, the Tarn Union and Harbour Party (HP) failed to secure any seats.",
     [("count", "Tarn Union", 0, "result"), ("count", "Harbour Party", 0, "result")], []),
    # must not fire: the acronym spells the whole name
    ("The Iron Guild won 30 seats. The Peace and Harbour Party (PHP) won four seats.",
     [("count", "Peace and Harbour Party", 4, "result")], [("count", "Harbour Party", 4)]),
]

CONTESTED = [
    ("The main ruling Harbour Party (HP) has secured a supermajority, winning over 60 seats. "
     "Over 200,000 voters cast ballots on Sunday. The ruling party's candidates ran for 90 seats.",
     [("count", "Harbour Party", 60, "result")], [("count", None, 90)]),
    ("The Iron Guild won 30 seats. The Harbour Party fielded candidates in 70 seats.",
     [], [("count", None, 70)]),
    # must still fire: the number's own verb is one of winning
    ("The Iron Guild won 30 seats, and the Harbour Party won just 12 of the 89 seats it ran for.",
     [("count", "Harbour Party", 12, "result")], [("count", None, 89)]),
]

APPOSITIVE_DESCRIPTIONS = [
    ("The Harbour Alliance, the opposition coalition led by former Prime Minister Ivo Brandt, won the election. "
     "According to final results, the opposition coalition won 60 of the 62 seats.",
     [("count", "Harbour Alliance", 60, "result")], []),
    ("Port Tarn: The Covenant of Renewal, the opposition coalition led by Ivo Brandt, won the election. "
     "According to final results, the opposition coalition won 60 of the 62 seats.",
     [("count", "Covenant of Renewal", 60, "result")], []),
    # must not fire: no appositive defines the description
    ("The Harbour Alliance won the election. According to final results, the opposition coalition won 60 of the 62 seats.",
     [], [("count", "Harbour Alliance", 60)]),
]

EMBLEMS = [
    ("The Harbour Party, in its first contest, did well to take all 14 seats in Velka and all eight seats in Tarn "
     "using the Iron Guild logo, besides forming the government in Marn by securing 14 of the 15 state seats.",
     [("count", "Harbour Party", 14, "result")], [("count", "Iron Guild", 14)]),
    # must still fire: the party itself, not its emblem
    ("The Iron Guild won 14 of the 15 seats, and the Harbour Party won one.",
     [("count", "Iron Guild", 14, "result")], []),
]

TABLES = {"zero": ZERO, "candidacy": CANDIDACY, "group_names": GROUP_NAMES, "pseudo_people": PSEUDO_PEOPLE,
          "member_asides": MEMBER_ASIDES, "acronym_splits": ACRONYM_SPLITS, "contested": CONTESTED,
          "appositive_descriptions": APPOSITIVE_DESCRIPTIONS, "emblems": EMBLEMS}


@pytest.mark.parametrize("text, want, not_want", [row for rows in TABLES.values() for row in rows])
def test_party_round10(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)
