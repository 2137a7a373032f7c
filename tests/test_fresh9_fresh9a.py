"""Seat constructions found on fresh real news (fresh9a's study batch, Europe and the Americas), on invented
sentences with fictional parties in a fictional Ostria:

- an appositive after the subject party (", a coalition formed by the Y and the Z,") then a longer predicate
  ("increased its tally from 30 to 34 seats"): the count is the subject's, not the last member named;
- an aside listing a bloc's members (", including the X and the Y," or "-- including the X --"): a member is not
  the owner of the count after it;
- a change measured against an earlier estimate ("up two from the previous forecast", "one less than in the first
  projection") is a revision, not a seat change (against the last election it is one);
- a signed change in brackets after the count's chamber: "15 seats in the National Council (+5)";
- "N deputies and M senators": the second count is the same party's, in the upper chamber;
- a direction compound: "Center" glued to "-right" is no party; "the center-right" / "the centre-left" used as a
  noun is a bloc that owns its count (not before a noun or a name: "the centre-right Iron Guild");
- "(N MPs against) M after the previous election": M is the party's previous count (not after "the last election
  campaign");
- "ending up with 3 instead of 4": 3 is the count, 4 the replaced figure (status other);
- "X and Y each ended up with 3 seats": "each" after the coordinated subject, further from the number;
- a "he" / "she" subject of a count is the party of the nearest leader named before ("X leader Y ... she will win
  118 seats"), not when another person is named nearer;
- "X elects only two deputies" is no chamber size (a restricting "only");
- a year of founding ("a party founded in 2019, ... won 48 seats") does not make the count an earlier one;
- "the party" after a long fronted adverbial ("In the 2022 early legislative elections, the party elected 12
  deputies") is the party of the sentence before;
- "maintained its number of seats at 8": "maintained" is a verb of holding a count;
- "..., NDP 25, Green party 2, and ...": a lower-case "party" between a party word and its number in a list;
- "X and Y won respectively 51 and 21 seats": the numbers after "respectively" paired in order with the parties
  before it;
- the comparative ellipsis "X gets 3, as do the Y and the Z" / "as did the Y": the same count for each party named;

with the sentences where each must not fire. A row: (text, claims that must be among the seat claims, claims that
must not be); the party is compared exactly (case-insensitive).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _seat_rows import OPEN, assert_rows  # noqa: E402

CASES = [
    # ---- appositive after the subject, then a long predicate
    ("The Iron Guild, a coalition formed by the Marsh Party and the Harbour Party, increased its tally from 30 to 34 seats.",
     [("count", "Iron Guild", 34, None), ("count", "Iron Guild", 30, None)], [("count", "Harbour Party", 34)]),
    ("The Iron Guild, an alliance of the Marsh Party and the Harbour Party, raised its representation in the assembly to 51 seats.",
     [("count", "Iron Guild", 51, None)], [("count", "Harbour Party", 51)]),
    ("The IG (Iron Guild), a coalition formed by the MP (Marsh Party) and the HP (Harbour Party), increased its representation in the assembly from 77 to 79 seats.",
     [("count", "IG", 79, None)], [("count", "HP", 79), ("count", "Harbour Party", 79)]),
    # must not: the party after a clause word owns its own count; an appositive of a later subject
    ("The Iron Guild, the largest party, won 30 seats, while the Harbour Party took 20.",
     [("count", "Iron Guild", 30, None), ("count", "Harbour Party", 20, None)], [("count", "Iron Guild", 20)]),
    ("The Iron Guild won 30 seats and the Marsh Party, a newcomer, took 12 seats.",
     [("count", "Marsh Party", 12, None)], [("count", "Iron Guild", 12)]),
    # ---- a member aside: "including" between commas or dashes
    ("Voss's right-wing alliance -- including the far-right Marsh Party and the centre-right Harbour Party -- will hold 229 seats.",
     [], [("count", "Harbour Party", 229), ("count", "Marsh Party", 229)]),
    ("The ruling alliance, including the Marsh Party and the Harbour Party, will hold 229 seats.",
     [], [("count", "Harbour Party", 229), ("count", "Marsh Party", 229)]),
    ("Voss's alliance -- including Anna Berg's far-right Marsh Party and former minister Karl Lind's centre-right Harbour Party -- will hold a majority of 229 seats.",
     [], [("count", "Harbour Party", 229)]),
    # must not: a dash aside with no member list, "including its allies", "including N in the capital"
    ("The Iron Guild -- the largest party -- won 40 seats.", [("count", "Iron Guild", 40, None)], []),
    ("The Iron Guild, including its allies, won 40 seats.", [("count", "Iron Guild", 40, None)], []),
    ("The Marsh Party won 12 seats, including 3 in the capital, and the Harbour Party won 9.",
     [("count", "Marsh Party", 12, None), ("count", "Harbour Party", 9, None)], []),
    # ---- a change against an earlier estimate is no seat change
    ("The latest projection puts the Iron Guild at 40 seats, up two from the previous forecast.",
     [("count", "Iron Guild", 40, None)], [("change", "Iron Guild", 2)]),
    ("The Marsh Party won 40 seats in the final count, three less than in the first projection.",
     [("count", "Marsh Party", 40, None)], [("change", "Marsh Party", -3)]),
    # must not: against the last election or parliament, a change
    ("The Iron Guild won 40 seats, up two from the previous election.", [("change", "Iron Guild", 2)], []),
    ("The Iron Guild won 40 seats, two more than in the last parliament.", [("change", "Iron Guild", 2)], []),
    # ---- a signed bracket after the chamber the count is in
    ("There is also a plus for the Iron Guild: 8% of the votes mean 15 seats in the National Council (+5).",
     [("count", "Iron Guild", 15, None), ("change", "Iron Guild", 5)], []),
    ("The Iron Guild won 15 seats in the Senate (+5) and the Marsh Party 12 (-3).",
     [("change", "Iron Guild", 5), ("change", "Marsh Party", -3)], []),
    # must not: a bracket that is no signed change
    ("The Iron Guild won 15 seats in Northport (Harbour district).", [("count", "Iron Guild", 15, None)], [("change", "Iron Guild", 15)]),
    # ---- "as do the Y and the Z": the same count again
    ("The Iron Guild ends up with 5 seats. The Marsh Party gets 3, as do the Harbour Party and the Reed Party.",
     [("count", "Marsh Party", 3, None), ("count", "Harbour Party", 3, None), ("count", "Reed Party", 3, None)], []),
    ("The Iron Guild won 4 seats, as did the Marsh Party.", [("count", "Iron Guild", 4, None), ("count", "Marsh Party", 4, None)], []),
    # must not: "as" of another kind, a party that is not the subject of the ellipsis
    ("The Iron Guild won 4 seats, as expected by the Marsh Party.", [("count", "Iron Guild", 4, None)], [("count", "Marsh Party", 4)]),
    ("The Iron Guild won 4 seats, as do most parties in the Marsh Party's region.", [("count", "Iron Guild", 4, None)], [("count", "Marsh Party", 4)]),
    # ---- the upper chamber's count coordinated after the party's count
    ("The count gives the Iron Guild 118 deputies and 66 senators, the Marsh Party 65 deputies and 29 senators.",
     [("count", "Iron Guild", 118, None), ("count", "Iron Guild", 66, None), ("count", "Marsh Party", 65, None), ("count", "Marsh Party", 29, None)],
     [("count", "Iron Guild", 29)]),
    ("The Harbour Party elects 45 deputies and 18 senators.", [("count", "Harbour Party", 18, None)], []),
    # must not: a count of members that are no upper chamber
    ("The Iron Guild has 40 deputies and 300 members.", [("count", "Iron Guild", 40, None)], [("count", "Iron Guild", 300)]),
    # ---- direction compounds
    ("The new chamber will be characterized by the majority of the Center-right, with 235 seats out of 400.",
     [("count", "center-right", 235, None)], [("count", "Center", 235)]),
    ("The centre-left will have 79 seats.", [("count", "centre-left", 79, None)], []),
    # must not: the compound as an adjective of a party or a noun
    ("The centre-right Iron Guild won 40 seats.", [("count", "Iron Guild", 40, None)], [("count", "centre-right", 40)]),
    ("The center-right coalition won 120 seats.", [], [("count", "center-right", 120), ("count", "Center", 120)]),
    ("The Centre Party won 31 seats.", [("count", "Centre Party", 31, None)], []),
    # ---- "after the previous election": a previous count
    ("After counting 95% of the ballots, the Iron Guild has only 120 MPs against 123 after the previous election in April.",
     [("count", "Iron Guild", 120, "result"), ("count", "Iron Guild", 123, "previous")], []),
    # must not: the election is only a modifier ("the last election campaign")
    ("The Iron Guild won 40 seats after the last election campaign of its leader.", [("count", "Iron Guild", 40, "result")], []),
    # ---- "instead of": the replaced figure
    ("The Marsh Party lost a seat, ending up with 3 instead of 4.",
     [("count", "Marsh Party", 3, "result"), ("count", "Marsh Party", 4, "other")], [("count", "Marsh Party", 4, "result")]),
    ("The Marsh Party ends up with 3 seats instead of 4.", [("count", "Marsh Party", 3, "result"), ("count", "Marsh Party", 4, "other")], []),
    # ---- "each" after the coordinated subject
    ("The Marsh Party and the Reed Party each ended up with 3 seats.",
     [("count", "Marsh Party", 3, None), ("count", "Reed Party", 3, None)], []),
    ("The Iron Guild won 40 seats. The Marsh Party and the Reed Party each got one seat less than in the first forecast, ending up with 3 instead of 4.",
     [("count", "Marsh Party", 3, None), ("count", "Reed Party", 3, None)], [("count", "Iron Guild", 3)]),
    # must not: "each" of another clause
    ("The Marsh Party and the Reed Party each lost ground, and the Iron Guild won 40 seats.", [], [("count", "Reed Party", 40)]),
    # ---- a leader's pronoun
    ("Iron Guild leader Anna Voss has claimed victory in the election. Based on provisional results, she will win 118 seats in the lower house.",
     [("count", "Iron Guild", 118, None)], []),
    # must not: another person named nearer
    ("Iron Guild leader Anna Voss has claimed victory. Her rival Karl Lind conceded. Based on provisional results, he will win 40 seats.",
     [], [("count", "Iron Guild", 40)]),
    # ---- "only" makes a small tally, not the seats a chamber elects
    ("Plus Ostria elects only two deputies, Anna Voss and Karl Lind.", [], [("size", 2)]),
    ("Voters go to the polls to elect 150 deputies.", [("size", 150)], []),
    # ---- the year a party was founded is no time frame of its count
    ("Alone, the Iron Guild, a right-wing party founded in 2019, received 18% of the votes and won 48 seats out of 230.",
     [("count", "Iron Guild", 48, "result")], [("count", "Iron Guild", 48, "previous")]),
    # must not: a year that frames the count
    ("The Iron Guild won 40 seats. In 2019 the Marsh Party won 30 seats.", [("count", "Marsh Party", 30, "previous")], []),
    # ---- "the party" after a long fronted adverbial
    ("The Iron Guild won 48 seats out of 230. In the 2022 early legislative elections, the party elected 12 deputies, becoming the third largest force.",
     [("count", "Iron Guild", 12, "previous")], []),
    # ---- "maintained" a count
    ("Meanwhile, the Marsh Party maintained its number of seats at 8, the same as in 2022.", [("count", "Marsh Party", 8, None)], []),
    ("The Marsh Party maintained its position as the third force with 12% of the vote.", [], [("count", "Marsh Party", 12)]),
    # ---- "Green party 2" in a list
    ("The Iron Guild is leading or elected in 158 ridings followed by the Marsh Party with 119, the Reed Bloc with 34, Green party 2, and the Harbour Party 0.",
     [("count", "Green Party", 2, None), ("count", "Harbour Party", 0, None)], []),
    # ---- "respectively" before its numbers
    ("The Marsh Party and the Reed Party won respectively 51 and 21 seats.",
     [("count", "Marsh Party", 51, None), ("count", "Reed Party", 21, None)], [("count", "Marsh Party", 21)]),
    ("The Marsh Party and the Reed Party won 51 and 21 seats respectively.",
     [("count", "Marsh Party", 51, None), ("count", "Reed Party", 21, None)], []),
    # must not: a "respectively" that opens no numbers
    ("The Marsh Party won 51 seats and the Reed Party 21, respectively more and fewer than forecast.",
     [("count", "Marsh Party", 51, None), ("count", "Reed Party", 21, None)], []),
]


@pytest.mark.parametrize("text,want,not_want", CASES, ids=[c[0][:60] for c in CASES])
def test_fresh9a_constructions(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want, exact_party=True)
