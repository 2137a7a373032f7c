"""Round 12 of seat constructions: results lists and tables, found by probing claimx with invented articles.

1. The rows of a results list ("Green Front 12 (9)", one per line) are one unit of seat talk: a long list keeps
   its figures after the fifth row; three rows or more of a party and a whole number are a list in an article about
   seats. A vote-share table ("Green Front 12.4%") or a vote table is no seat list.
2. "Green Front 12 (9)": in a row, a bare figure in brackets after the row's count is the party's previous count
   (a signed one, "(+3)", is a change).
3. "Harbour Party: 61 seats (44 constituency, 17 party-list)": a category word standing for its seats after seat
   talk is a breakdown count; a hyphenated category ("17 party-list seats") is one category.
4. "Zorvanta Kla: 2 seats": a row of a list, a capitalised name from the line's start to a colon with a count and
   its seat noun, is a party, whatever the NER made of the name; "Turnout: 71 percent" is none.
5. "more than three-fifths of the 250 seats": a fraction written with a hyphen ("three - fifths" in the token
   text) is a share of the chamber: the 250 is the chamber's size, nobody's count.
6. "gaining 13 seats in parliament (five more than four years ago)": a gain verb gives the tally when an aside right
   after it gives the change.
7. "gained an extra seat", "picked up an additional seat": a change of one; never a tally of one ("won an extra
   seat" is no count of 1).
9. "short of the 233 majority in the 465-seat house", "the 61 majority mark": "the N majority" names the majority
   line when a mark word follows or N is half the chamber stated in the sentence; "a 73 majority", "the 20
   majority it had" are margins.
10. A results table's change column: "Harbour Party 78 Up 31" is a count of 78 and a change of +31; a word of the
   columns ("Up", "Down", "Change") is never a party.
11. "won 68 of the 126 seats in the Grand Khural": the name after "in (the)" is where the seats are, never their
   owner.
12. "the 275 members Parliament": a plural unit between the number and a chamber's name, after "the" or a
   possessive, is the chamber's size ("won 40 seats Parliament said" is a count).
13. "Harbour Party, 22, Civic Union, 19": pairs of a party and its figure after a comma (two at least: "the Civic
   Union, 19 of whose members ..." is none).
14. "five seats each went to the X and the Y", "two each by the X and the Z": the count of every party named after
   "each ... to / by"; "X five and two each by Y and Z": the "each" is the second number's only.
15. "Caretaker Civic Union Party": a capitalised role word heading a name of three words or more is no part of it.
16. "one hundred and fifteen seats", "one hundred and twenty seven seats": one number.
17. "Pakistan Tehreek-e-Insaaf", "Tehreek-e-Labaik Pakistan": a name joined by a hyphenated lowercase particle
   ("-e-", "-ul-") is one name; "the Labour-Green coalition", "the Civic Union-Green Front alliance" stay as before
   (a hyphen between two names is no particle).
18. "X and four smaller, left-leaning parties won 88 seats", "X and two other parties won 70": the count of a bloc
   of X and partners not named (X and its allies), never X's alone; "X and the Y won 70" is not such a bloc.
19. "Besides the X, the Y gained two seats. The party now holds six": "the party" of the next sentence is the
   subject of the sentence before; a leading "Besides" / "Unlike" is no part of a name.
20. "it gained Northgate among its 19 seats", "while the Y lost half of its 40 seats": "its" before a count is the
   nearest subject before it (else the party of the sentence before), never a name in between.
21. "Nuevas Ideas + GANA will have 60 deputies": two parties joined by a plus sign are counted together.
22. "becoming the majority party", "remains the majority party": a majority; "hopes to become the majority
   party", "lost its status as the majority party" are not.
23. "Prime Minister Anna Voss's Harbour Party and four smaller, left-leaning parties won 88 seats, above the 85
   needed for a majority": a titled person's possessive before a party is a person, then the party; the majority is
   the bloc's, as the count is; "Smaller parties won 40 seats, above the 35 needed" stays generic.
24. "the leader claimed on Tuesday that his party won 140 seats": a figure someone claims is status other (the
   article's own count stands; the checks compare results only); "the commission said that X won 70" is a result.
25. A headline's "X gains N seats" is X's count ("Harbour Party gains 159 seats" over "won 159 seats"), unless the
   article gives X another result and never N: then it is the change ("gains five seats" over "gaining 13 seats
   (five more than ...)").
26. "The Ontario Liberals won 14 seats", "Texas Democrats": a place that is no country right before a party's name
   names its regional branch (the lexicon's name when it knows it: "Alberta NDP"); "Canada Liberals" and
   "Ontario's Liberals" stay the party.
27. "X won 84 seats in the Chamber of Deputies and 44 in the Senate": the elliptical count that names its own
   chamber after "in (the)" is the same party's count there (never the first chamber's).
28. "by securing 14 of the 15 state seats": a whole of seats qualified by "state" / "provincial" is a state
   assembly's, so the count is that assembly's (kept apart from the national result; the whole stays a size).
8. "X has no chance of winning a majority": the goal denied by "no" is an asserted shortfall, and X (the subject
   of the verb whose object the goal is) is the one short; "X has a chance of winning a majority" says nothing.

Each row: (article, claims that must be among its seat claims, claims that must not be); see _seat_rows.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _seat_rows import assert_rows  # noqa: E402

LONG_LIST = """Ostria counts its votes

The Harbour Party won 41 seats in the 120-seat assembly.

Analysts said the coalition talks would be long. The prime minister thanked voters. Turnout was high.
Observers praised the count. The new assembly meets in June. Talks start on Monday.

The results so far (last election's seats in brackets):

Harbour Party 41 (35)

Civic Union 30 (38)

Green Front 12 (9)

New Voice 4

Farmers League 3 (5)

Sea Alliance 2 (+1)
"""

VOTE_SHARES = """Ostria counts its votes

The Harbour Party won 41 seats in the 120-seat assembly.

Vote shares:

Harbour Party 31.2%

Civic Union 24.5%

Green Front 9.1%
"""

BREAKDOWN = """Preliminary results in Ostria

The Harbour Party was ahead in the preliminary count on Monday.

Harbour Party: 61 seats (44 constituency, 17 party-list)

Civic Union: 40 seats (31 constituency seats, 9 party-list seats)

Zorvanta Kla: 2 seats

Seri Maltek: 1 party-list seat

Turnout: 71 percent
"""


@pytest.mark.parametrize("text, want, not_want", [
    (LONG_LIST,
     [("count", "Harbour Party", 41, "result"), ("count", "Civic Union", 30, None), ("count", "Farmers League", 3, None),
      ("count", "Harbour Party", 35, "previous"), ("count", "Civic Union", 38, "previous"),
      ("count", "Green Front", 9, "previous"), ("count", "New Voice", 4, None)],
     # a signed bracket is no previous count; a previous count is no result
     [("count", "Sea Alliance", 1), ("count", "Civic Union", 38, "result"), ("count", "Green Front", 9, "result")]),
    (VOTE_SHARES,
     [("count", "Harbour Party", 41, "result")],
     [("count", "Civic Union", 24), ("count", "Green Front", 9), ("count", "Harbour Party", 31)]),
    (BREAKDOWN,
     [("count", "Harbour Party", 61, "result"), ("count", "Harbour Party", 44, None), ("count", "Harbour Party", 17, None),
      ("count", "Civic Union", 9, None), ("count", "Zorvanta Kla", 2, None), ("count", "Seri Maltek", 1, None)],
     [("count", "Turnout", 71), ("count", None, 71)]),
])
def test_results_lists(extract, text, want, not_want):
    assert_rows(extract(text), want, not_want, exact_party=True)


def test_breakdown_counts_keep_their_category(extract):
    claims = [c for c in extract(BREAKDOWN) if c.type == "seat_count" and c.party == "Harbour Party"]
    bodies = {c.seats: c.body for c in claims}
    assert bodies[61] is None or "(" not in bodies[61]
    assert "constituency" in bodies[44] and "list" in bodies[17], bodies


@pytest.mark.parametrize("text, want, not_want", [
    # 5. a hyphenated fraction of the seats: the whole is the chamber
    ("The Harbour Party won 150 seats, more than three-fifths of the 250 seats in the assembly.",
     [("count", "Harbour Party", 150, "result"), ("size", 250)], [("count", "Harbour Party", 250)]),
    ("The two parties' combined seats reached 190, two-thirds of the 285 seats needed to change the constitution.",
     [("size", 285)], [("count", None, 285)]),
    # 6. the gain is the tally when the aside gives the change
    ("The Harbour Party did best, gaining 13 seats in parliament (five more than four years ago).",
     [("count", "Harbour Party", 13, "result"), ("change", "Harbour Party", 5)], [("change", "Harbour Party", 13)]),
    ("The Harbour Party picked up 20 seats, up six on the last election.",
     [("count", "Harbour Party", 20, "result"), ("change", "Harbour Party", 6)], [("change", "Harbour Party", 20)]),
    # must still fire as a change: no aside giving the change
    ("The Harbour Party picked up 20 seats, more than expected.", [("change", "Harbour Party", 20)], [("count", "Harbour Party", 20)]),
    # 7. one more seat
    ("The Civic Union also gained an extra seat, now holding five seats.",
     [("change", "Civic Union", 1), ("count", "Civic Union", 5, "result")], [("count", "Civic Union", 1)]),
    ("The Green Front picked up an additional seat.", [("change", "Green Front", 1)], []),
    ("The Green Front lost an extra seat to the Civic Union.", [("change", "Green Front", -1)], []),
    # must not fire: no tally of one, no threshold of one
    ("The Green Front won an extra seat in the north.", [], [("count", "Green Front", 1)]),
    ("The Green Front has an additional seat reserved for women.", [], [("count", "Green Front", 1)]),
])
def test_fractions_gains_and_extra_seats(extract, text, want, not_want):
    assert_rows(extract("Ostria voted on Sunday. " + text), want, not_want)


@pytest.mark.parametrize("text, want", [
    # 8. a goal denied by "no": the subject of the verb is short of a majority
    ("Three opposition parties have together won 31 of 61 seats, meaning the ruling Harbour Party has no chance of "
     "winning a majority.", [("Harbour Party", "short_of_majority")]),
    ("The Harbour Party has the numbers to form a majority.", [("Harbour Party", "majority")]),
    # must not fire: a chance is no result; "no party" stays nobody's
    ("The Harbour Party has a chance of winning a majority.", []),
    ("The result left no party with an overall majority.", [(None, "short_of_majority")]),
])
def test_denied_goal_majority(extract, text, want):
    found = [(c.party, c.status) for c in extract("Ostria voted on Sunday. " + text) if c.type == "majority_status"]
    assert found == want, found


@pytest.mark.parametrize("text, threshold", [
    # 9. "the N majority": the majority line
    ("The two parties won 198 seats combined, short of the 233 majority in the 465-seat lower house.", 233),
    ("The Harbour Party won 50 seats, short of the 61 majority mark.", 61),
    # must not fire: a margin
    ("The Harbour Party won with a 73 majority.", None),
    ("The Harbour Party's majority fell, and the 20 majority it had is gone.", None),
])
def test_the_n_majority(extract, text, threshold):
    found = [c.seats for c in extract("Ostria voted on Sunday. " + text) if c.type == "majority_threshold"]
    assert found == ([threshold] if threshold else []), found


TABLE = """Ostria election 2027

The Harbour Party has won 78 seats in the 200-seat assembly.

Party Seats Change
Harbour Party 78 Up 31
Civic Union 25 Down 35
Green Front 22 up 9
Sea Alliance 15 Down 18
"""


def test_results_table_change_column(extract):
    claims = extract(TABLE)
    assert_rows(claims,
                [("count", "Harbour Party", 78, "result"), ("change", "Harbour Party", 31), ("count", "Civic Union", 25, None),
                 ("change", "Civic Union", -35), ("change", "Green Front", 9), ("change", "Sea Alliance", -18)],
                [("count", "Harbour Party", 31), ("count", "Civic Union", 35), ("count", None, 18)])
    assert not any(c.type == "seat_count" and c.party in ("Up", "Down", "Change") for c in claims)


@pytest.mark.parametrize("text, want, not_want", [
    # 11. the place of the seats
    ("The previously dominant party won 68 of the 126 seats in the Grand State Khural.", [], [("count", "Grand State Khural", 68)]),
    ("The Harbour Party won 68 of the 126 seats in the assembly.", [("count", "Harbour Party", 68, "result"), ("size", 126)], []),
    # 12. a plural unit before the chamber's name
    ("Ostria's 275 members Parliament met on Monday.", [("size", 275)], []),
    ("The Harbour Party won 40 seats Parliament said.", [("count", "Harbour Party", 40, "result")], [("size", 40)]),
    # 13. comma pairs
    ("The seat count stands at Harbour Party, 22, Civic Union, 19 - but the Civic Union is not conceding.",
     [("count", "Harbour Party", 22, "result"), ("count", "Civic Union", 19, "result")], []),
    ("The Civic Union, 19 of whose members were re-elected, won 40 seats.", [("count", "Civic Union", 40, "result")], [("count", "Civic Union", 19)]),
    # 14. "each ... to / by"
    ("Five seats each went to the Harbour Party and the Civic Union.",
     [("count", "Harbour Party", 5, "result"), ("count", "Civic Union", 5, "result")], [("count", "Harbour Party and Civic Union", 5)]),
    ("The Harbour Party won 40 seats, followed by the Civic Union with 20, the Sea Alliance five and two each by the Green "
     "Front and the Farmers League.",
     [("count", "Sea Alliance", 5, "result"), ("count", "Green Front", 2, "result"), ("count", "Farmers League", 2, "result")],
     [("count", "Civic Union", 5), ("count", "Harbour Party", 5), ("count", "Harbour Party", 2)]),
    # 15. a role word heading the name
    ("Caretaker Civic Union Party took a hammering, retaining only three seats.", [("count", "Civic Union Party", 3, None)], []),
    # 16. compound number words
    ("The Harbour Party has secured one hundred and fifteen seats in the assembly.", [("count", "Harbour Party", 115, "result")],
     [("count", "Harbour Party", 100), ("count", "Harbour Party", 15)]),
])
def test_round12_owners_and_numbers(extract, text, want, not_want):
    assert_rows(extract("Ostria voted on Sunday. " + text), want, not_want, exact_party=True)


@pytest.mark.parametrize("text, party", [
    # 17. a lowercase particle between hyphens joins one name
    # (the whole name, then the lexicon's spelling of it: "Insaaf" is one slip from "Insaf", round 14 item 10)
    ("Pakistan Tehreek-e-Insaaf has secured 115 seats in the National Assembly.", "Pakistan Tehreek-e-Insaf"),
    ("The Tehreek-e-Labaik Harbour won two seats.", "Tehreek-e-Labaik Harbour"),
    # must not join: a hyphen between two names
    ("The Harbour Party won 40 seats, the Civic Union-Green Front alliance 30.", "Harbour Party"),
])
def test_hyphen_particle_names(extract, text, party):
    found = [c.party for c in extract("Ostria voted on Sunday. " + text) if c.type == "seat_count"]
    assert found and found[0] == party, found


@pytest.mark.parametrize("text, want, not_want", [
    # 18. a bloc of a party and partners not named
    ("The Harbour Party and two other parties won 70 seats.", [("count", "Harbour Party and allies", 70, "result")],
     [("count", "Harbour Party", 70)]),
    ("The Harbour Party and four smaller, left-leaning parties won 88 seats.", [("count", "Harbour Party and allies", 88, "result")],
     [("count", "Harbour Party", 88)]),
    # 19. "the party" of the next sentence: the subject before
    ("Besides the Green Front, the Sea Party gained two seats. The party now holds six seats.",
     [("count", "Sea Party", 6, "result")], [("count", "Green Front", 6), ("count", "Besides the Green Front", 6)]),
    ("Unlike the Green Front, the Sea Party held its ground. The party now holds six seats.",
     [("count", "Sea Party", 6, "result")], [("count", "Green Front", 6)]),
])
def test_blocs_and_the_party_before(extract, text, want, not_want):
    assert_rows(extract("Ostria voted on Sunday. " + text), want, not_want, exact_party=True)


@pytest.mark.parametrize("text, want, not_want", [
    # 20. "its" before a count
    ("The Harbour Party lost ground, but it gained Northgate among its 19 seats.", [("count", "Harbour Party", 19, "result")],
     [("count", "Northgate", 19)]),
    ("The Harbour Party increased its tally to 60 seats, while the Civic Union lost half of its 40 seats.",
     [("count", "Harbour Party", 60, "result"), ("count", "Civic Union", 40, None)], [("count", "Harbour Party", 40)]),
    ("The Harbour Party, which beat the Civic Union, kept its 30 seats.", [("count", "Harbour Party", 30, None)],
     [("count", "Civic Union", 30)]),
    # 21. a plus sign joins two parties
    ("Harbour Party + Civic Union will have more than 60 deputies.", [("count", "Harbour Party and Civic Union", 60, None)],
     [("count", "Harbour Party", 60)]),
])
def test_its_and_plus(extract, text, want, not_want):
    assert_rows(extract("Ostria voted on Sunday. " + text), want, not_want, exact_party=True)


@pytest.mark.parametrize("text, want", [
    # 22. "the majority party" after a verb of being
    ("The Harbour Party won 163 seats, becoming the majority party of the 300-member assembly on its own.", [("Harbour Party", "majority")]),
    ("The Harbour Party remains the majority party in the House.", [("Harbour Party", "majority")]),
    ("The Harbour Party hopes to become the majority party.", []),
    ("The Harbour Party lost its status as the majority party.", []),
])
def test_the_majority_party(extract, text, want):
    found = [(c.party, c.status) for c in extract("Ostria voted on Sunday. " + text) if c.type == "majority_status"]
    assert found == want, found


@pytest.mark.parametrize("text, want", [
    # 23. a titled owner, a party and unnamed partners
    ("Prime Minister Anna Voss’s Harbour Party and four smaller, left-leaning parties won 88 seats, above the 85 needed "
     "for a majority.", [("Harbour Party and allies", "majority")]),
    ("The Harbour Party and four smaller parties won 88 seats, above the 85 needed for a majority.",
     [("Harbour Party and allies", "majority")]),
    # must not fire: parties in general
    ("Smaller parties won 40 seats, above the 35 needed for a majority.", []),
])
def test_majority_of_a_party_and_unnamed_partners(extract, text, want):
    found = [(c.party, c.status) for c in extract("Ostria voted on Sunday. " + text) if c.type == "majority_status"]
    assert found == want, found


def test_titled_owner_is_no_part_of_the_party(extract):
    claims = extract("Ostria voted on Sunday. Prime Minister Anna Voss’s Harbour Party won 61 seats.")
    assert [c.party for c in claims if c.type == "seat_count"] == ["Harbour Party"]


@pytest.mark.parametrize("text, want, not_want", [
    # 24. a claimed figure
    ("The Harbour Party insisted that it had won 70 seats.", [("count", "Harbour Party", 70, "other")], [("count", "Harbour Party", 70, "result")]),
    ("Harbour Party leader Anna Voss claimed on Tuesday that the Harbour Party won 70 seats.", [("count", "Harbour Party", 70, "other")],
     [("count", "Harbour Party", 70, "result")]),
    # must not fire: a source's statement is the result
    ("The commission said that the Harbour Party won 70 seats.", [("count", "Harbour Party", 70, "result")], []),
])
def test_claimed_figures(extract, text, want, not_want):
    assert_rows(extract("Ostria voted on Sunday. " + text), want, not_want)


@pytest.mark.parametrize("text, want, not_want", [
    # 25. a headline's gain: the count, or the change when the body gives another result
    ("Election results: Harbour Party gains five seats\n\nThe Harbour Party did best, gaining 13 seats in parliament "
     "(five more than four years ago).\n", [("change", "Harbour Party", 5), ("count", "Harbour Party", 13, "result")],
     [("count", "Harbour Party", 5)]),
    ("Harbour Party gains 159 seats in Ostrian vote\n\nThe Harbour Party won 159 seats, up from 120.\n",
     [("count", "Harbour Party", 159, "result")], [("change", "Harbour Party", 159)]),
    ("Harbour Party gains 159 seats in Ostrian vote\n\nVoters turned out in large numbers.\n",
     [("count", "Harbour Party", 159, "result")], [("change", "Harbour Party", 159)]),
])
def test_headline_gains(extract, text, want, not_want):
    assert_rows(extract(text), want, not_want)


@pytest.mark.parametrize("text, party", [
    # 26. regional branches
    ("The Ontario Liberals won 14 seats.", "Ontario Liberals"),
    ("The Texas Democrats won 60 seats in the state house.", "Texas Democrats"),
    ("The Alberta NDP won 38 seats.", "Alberta New Democratic Party"),
    # must not fire: a country, a possessive
    ("Canada Liberals won 160 seats.", "Liberal Party"),
    ("Ontario’s Liberals won 14 seats.", "Liberal Party"),
])
def test_regional_branches(extract, text, party):
    found = [c.party for c in extract("Ostria voted on Sunday. " + text) if c.type == "seat_count"]
    assert found == [party], found


@pytest.mark.parametrize("text", [
    "The Civic Union won 84 seats in the Chamber of Deputies and 44 in the Senate.",
    "The Civic Union will have 84 seats in the Chamber of Deputies and 44 in the Senate.",
])
def test_parallel_chamber_count(extract, text):
    counts = {(c.party, c.seats, c.body) for c in extract("Ostria voted on Sunday. " + text) if c.type == "seat_count"}
    assert ("Civic Union", 44, "Senate") in counts, counts
    assert ("Civic Union", 84, "Senate") not in counts, counts


def test_state_seats_are_a_category(extract):
    text = ("Ostria voted on Sunday. The Harbour Party won 73 seats. It also formed the state government in Northmark "
            "by securing 14 of the 15 state seats.")
    counts = [(c.party, c.seats, c.body) for c in extract(text) if c.type == "seat_count"]
    assert ("Harbour Party", 73, None) in counts or any(p == "Harbour Party" and n == 73 and "state" not in (b or "") for p, n, b in counts)
    assert any(n == 14 and "state" in (b or "") for _, n, b in counts), counts
