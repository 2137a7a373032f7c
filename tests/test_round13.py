"""Round 13 (issue 12): constructions found in the misses of a spent held-out set, each with invented sentences
(fictional country, parties and people) and the sentences beside it where it must not fire.

Seats
1. A results list introduced by a sentence ending in a colon holds the status that sentence gives it: "Exit polls
   show the following distribution of the seats:" over rows "Harbour Party 71 MPs" makes them projected, also over
   several polls' lists one after the other under short heading lines ("Alpha Research"); "In the outgoing
   parliament the seats were held as follows:" makes them previous. A list under a plain introduction stays result.
2. "the following distribution of the 240 seats in the Parliament", "the allocation of all 101 seats": the seats a
   result shares out are the chamber's, nobody's count.
3. "leading the lower chamber with 32 of 182 seats", "is still leading with 22 seats": "leading ... with N" ranks
   the party first (a result); "leading in 120 seats" is a lead in a count still running (projected), and so is a
   count "as counting continued".

Majority statements
4. "Without a Senate majority the party will need to negotiate with other groups": a "without" phrase ahead of its
   clause's subject states what the party lacks (short of a majority), whatever the modal or need of the clause;
   "The party could govern without a majority" stays speculation.
5. "needs to win three more seats to secure a majority": a shortfall (with or without "to win").
6. "Voss hopes his victory will give him a majority government": a hope, no statement, whatever the parser hangs
   the hope on.
7. "crossed the absolute majority with 9,359 votes": a candidate's majority of votes in a seat, no chamber
   majority ("crossed the absolute majority with 46 seats" stays).
8. "a stronger pro-independence majority": a majority named by a camp is the camp's parties', never the nearest
   party's.

Seats, again
9. "The 46 is made up of 22 from the X, five from the Y and one each from the Z, the W and the V": in a sentence
   listing the parts of a bloc, "N from X" is X's count and "N each from X, Y and Z" each listed party's; "won 12
   seats from the X" (no listing word) is none.
10. "trailed by the Y (nine), the Z (four) and, the V and the W winning two seats each": the parties of earlier
   bracketed counts have theirs; "each" covers the coordination after them only.
11. "failed to win a single seat", "did not take a single seat", "not a single seat": no count of one.
12. "on Tuesday the RP won 56 seats": a weekday the NER left untagged, then "the", is no part of a party's name.
13. "The X with the Y being its key partner got only seven seats": the party in a "with ... being / as" aside is
   not the count's owner.
14. "The Greens returned six MSPs in 2016, but are now predicted to return nine": a bare number as the object of a
   verb of winning, ending its clause, counts what the sentence's earlier count counted, for its party; not a
   number that goes on ("won six seats and took 20 percent").
15. "72 pro-independence MSPs", "45 anti-austerity deputies": seats counted by the camp they stand for are the
   camp's parties'.
16. "In Punjab Assembly, the X is leading the tally with 127 seats": a place's name before "Assembly" /
   "Legislature" names a chamber, so the counts of its sentence are that chamber's, never the national one's;
   "the UN General Assembly", "Party Assembly" are none.
17. "The X, led by the former chairman of the Y Z, suffered a defeat; the party lost four seats": "the party" opening
   a later clause of the sentence is the sentence's subject, not the nearest name.
18. "seeing its number of deputies fall to 35 from 42", "their seat tally rose to 40": the count a party's tally
   moved to is the party's.
19. "the new left-wing party Vel Nova, which claimed 3 seats": a capitalised name right after a lower-case party
   noun is a party; "the party leader Ana Voss said", "the party Chairman Tomas Berg" are people.
20. "less than the 233 majority in the 465-seat lower house": a qualifier read with the number ("less than") does
   not hide "the N majority" (the threshold), and the phrase is a shortfall ("more than the 233 majority": a
   majority); "a 73 majority" is a margin.
21. "precisely the amount needed for a two-thirds majority", "exactly the number needed for a majority": the count
   before it reaches the majority; "short of the number needed for a majority" falls short.
22. "with 37 MPs out of the total 63": "the total" before the whole, like "a total" ("out of a total 93 seats").
23. "the 150 seat lower house": an adjective of the chamber between the unhyphenated compound and the chamber noun.
24. "is forecast to gain 15 seats, up from the three it had before dissolution": a gain whose aside gives the
   previous tally is the new tally ("gained 15 seats" alone stays a change).
25. "a drop in seats from the pre-election 44 to 37": "from" a word or two before N still makes "N to M" a count
   and its new value, not a score ("X beat Y 33 to 27").
26. "The current three-party coalition government keeps its majority, with 37 MPs": a subject of several parties
   ("three-party") does not stand for the party of the sentence before ("The party kept 37 MPs" does).
27. "The assembly was expanded from 25 to 35 seats", "The legislature has been increased from 101 to 111 seats":
   a chamber resized is its new size.
28. "Of the 80 seats in parliament, the X won 40": the whole a fronted "Of the" shares out is the chamber (not "Of
   the 80 seats it contested", "Of the 80 seats declared so far").
29. "increased its seat tally by eight to 28": the change by N and the count it brought (never a range "8 to 28").
30. "from the pre-election 44 to 48": "from" a word or two before N keeps "N to M" a count and its new value, never
   a range ("projected to win 230 to 240 seats" stays one).
31. "won 70 seats to take control of the 120-seat parliament": control of a chamber named with its size is a
   majority; "The X will rely on coalition partners" / "depends on its allies" is a shortfall.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _majority_sentences import PLACE, has, statuses  # noqa: E402
from _seat_rows import assert_rows  # noqa: E402

POLL_LISTS = """Seats by exit poll

Exit polls by two agencies show the following distribution of the 240 seats in the Ostrian Parliament:
Alpha Polling
Harbour Party 71 MPs
Civic Union 69 MPs
Green Front 38 MPs
North Research
Harbour Party 72 MPs
Civic Union 65 MPs
Green Front 35 MPs
"""

OUTGOING_LIST = """Ostria votes on Sunday

In the outgoing parliament, the seats were held as follows:
Harbour Party 71 seats
Civic Union 69 seats
Green Front 38 seats
"""

PLAIN_LIST = """Ostria counts its votes

The election commission published the results on Monday:
Harbour Party 71 seats
Civic Union 69 seats
Green Front 38 seats
"""

# (the same rows as POLL_LISTS, with an exit poll named only in the headline and no colon-ended introduction)
UNINTRODUCED = """Harbour Party wins Ostrian election

The commission announced the final results.

Harbour Party 71 MPs
Civic Union 69 MPs
Green Front 38 MPs
"""


@pytest.mark.parametrize("text, want, not_want", [
    # 1. the list's introduction gives its rows their status
    (POLL_LISTS,
     [("count", "Harbour Party", 71, "projected"), ("count", "Civic Union", 69, "projected"),
      ("count", "Harbour Party", 72, "projected"), ("count", "Green Front", 35, "projected"), ("size", 240)],
     [("count", "Harbour Party", 71, "result"), ("count", "Green Front", 35, "result"), ("count", None, 240)]),
    (OUTGOING_LIST,
     [("count", "Harbour Party", 71, "previous"), ("count", "Green Front", 38, "previous")],
     [("count", "Harbour Party", 71, "result")]),
    # must not fire: a plain introduction, or none
    (PLAIN_LIST,
     [("count", "Harbour Party", 71, "result"), ("count", "Green Front", 38, "result")],
     [("count", "Harbour Party", 71, "projected"), ("count", "Harbour Party", 71, "previous")]),
    (UNINTRODUCED,
     [("count", "Harbour Party", 71, "result")], [("count", "Harbour Party", 71, "projected")]),
])
def test_list_frames(extract, text, want, not_want):
    assert_rows(extract(text), want, not_want, exact_party=True)


@pytest.mark.parametrize("text, want, not_want", [
    # 2. the seats shared out are the chamber's
    ("The commission announced the allocation of all 101 seats on Monday.", [("size", 101)], [("count", None, 101)]),
    ("Results show the following distribution of the 240 seats in the Ostrian Parliament after the vote.",
     [("size", 240)], [("count", None, 240)]),
    # must not fire: a party's share of seats
    ("The Harbour Party won 71 of the 240 seats.", [("count", "Harbour Party", 71, "result"), ("size", 240)], []),
    # 3. "leading ... with N" ranks a party; "leading in N" is a count still running
    ("Results show the Harbour Party leading the lower chamber with 32 of 182 seats, followed by the Civic Union with 31.",
     [("count", "Harbour Party", 32, "result"), ("count", "Civic Union", 31, "result"), ("size", 182)], []),
    ("The Harbour Party is still leading with 22 seats, trailed by the Civic Union (nine).",
     [("count", "Harbour Party", 22, "result"), ("count", "Civic Union", 9, "result")], []),
    # must stay projected
    ("The Harbour Party is leading in 120 seats.", [("count", "Harbour Party", 120, "projected")], []),
    ("The Harbour Party was leading with 120 seats as counting continued.", [("count", "Harbour Party", 120, "projected")], []),
])
def test_shared_out_and_leading(extract, text, want, not_want):
    assert_rows(extract("Ostria voted on Sunday. " + text), want, not_want)


NEAR = PLACE + "The Iron Guild won 55 seats and the Marsh Party 40. "
OVER = PLACE + "The Iron Guild won 65 seats and the Marsh Party 40. "
CHAMBER_465 = "Ostria voted for its 465-seat lower house. "


@pytest.mark.parametrize("text, party, status", [
    # 4. what the party lacks, ahead of its clause's subject
    (NEAR + "Observers note that without a Senate majority the Iron Guild will need to negotiate with other groups.",
     "Iron Guild", "short_of_majority"),
    (NEAR + "Without a majority, the Iron Guild must find allies.", "Iron Guild", "short_of_majority"),
    # 5. the seats still to win for a majority
    (NEAR + "The Iron Guild now needs to win six more seats to secure a majority.", "Iron Guild", "short_of_majority"),
    (NEAR + "The Iron Guild needs six more seats to clinch an outright majority.", "Iron Guild", "short_of_majority"),
    # 7. a majority of seats passed stays
    (OVER + "The Iron Guild crossed the absolute majority with 65 seats.", "Iron Guild", "majority"),
    # 20. "the N majority" after a comparison
    (CHAMBER_465 + "The Iron Guild won 198 seats, less than the 233 majority in the 465-seat lower house.", "Iron Guild", "short_of_majority"),
    (CHAMBER_465 + "The Iron Guild won 240 seats, more than the 233 majority in the 465-seat lower house.", "Iron Guild", "majority"),
    # 21. the count that is exactly what a majority needs
    (PLACE + "The Iron Guild won 61 of the 120 seats, exactly the number needed for a majority.", "Iron Guild", "majority"),
    (PLACE + "The Iron Guild will take 80 seats, precisely the amount needed for a two-thirds majority.", "Iron Guild", "supermajority"),
    (PLACE + "The Iron Guild won 50 of the 120 seats, short of the number needed for a majority.", "Iron Guild", "short_of_majority"),
    # 31. control of a chamber named with its size; partners relied on
    (PLACE + "The Iron Guild won 70 seats to take control of the 120-seat parliament.", "Iron Guild", "majority"),
    (NEAR + "The Iron Guild will rely on coalition partners.", "Iron Guild", "short_of_majority"),
])
def test_round13_majority_fires(extract, text, party, status):
    has(extract, text, party, status)


@pytest.mark.parametrize("text", [
    # 4. a "without" phrase after its verb is how something might be done
    NEAR + "The Iron Guild could govern without a majority.",
    # 6. a hope
    PLACE + "Final results are being counted in Ostria, where Mr Voss hopes his victory in Sunday's election will give him a majority government.",
    PLACE + "The Iron Guild won 55 seats. Its leader Ana Voss hopes the result will give her a majority government.",
    # 7. a majority of votes in one seat
    PLACE + "Voss was defeated by Iron Guild candidate Tomas Berg, who crossed the absolute majority with 9,359 votes.",
])
def test_round13_majority_does_not_fire(extract, text):
    assert statuses(extract, text) == [], statuses(extract, text)


def test_camp_majority_is_the_camps(extract):
    # 8. a majority named by the camp it stands for
    text = PLACE + "The Greens won nine seats, which means the parliament will have a stronger pro-independence majority than before."
    found = [(c.party, c.status) for c in extract(text) if c.type == "majority_status"]
    assert ("Pro-independence parties", "majority") in found, found
    assert not any(p and "Green" in p for p, _ in found), found


@pytest.mark.parametrize("text, want, not_want", [
    # 9. the parts of a bloc by party
    ("The 46 is made up of 22 from the Harbour Party, five from the Civic Union, four from the Green Front and one each "
     "from the Sea Party, the Farmers League and the Labour Party.",
     [("count", "Harbour Party", 22, "result"), ("count", "Civic Union", 5, "result"), ("count", "Green Front", 4, "result"),
      ("count", "Sea Party", 1, "result"), ("count", "Farmers League", 1, "result"), ("count", "Labour Party", 1, "result")],
     [("count", "Civic Union", 1), ("count", "Harbour Party", 1), ("count", "Civic Union", 5, "previous")]),
    # must not fire: seats taken from a party
    ("The Harbour Party won 12 seats from the Civic Union.", [], [("count", "Civic Union", 12)]),
    # 10. "each" after bracketed counts
    ("The Harbour Party is leading with 22 seats, trailed by the Civic Union (nine), the Green Front (four) and, the Sea "
     "Party and the Farmers League winning two seats each.",
     [("count", "Civic Union", 9, None), ("count", "Green Front", 4, None), ("count", "Sea Party", 2, None),
      ("count", "Farmers League", 2, None)],
     [("count", "Civic Union", 2), ("count", "Green Front", 2)]),
    # 11. "a single" under a negation
    ("The Harbour Party, which ruled for a decade, failed to win a single seat.", [], [("count", "Harbour Party", 1)]),
    ("The Harbour Party did not take a single seat in the north.", [], [("count", "Harbour Party", 1)]),
    ("Not a single seat went to the Harbour Party.", [], [("count", "Harbour Party", 1)]),
    # must still fire
    ("The Harbour Party won a single seat in the north.", [("count", "Harbour Party", 1, "result")], []),
    # 13. an aside about a partner
    ("The opposition Civic Union (CU) with the Green Front being its key partner got only seven seats.",
     [("count", "Civic Union", 7, "result")], [("count", "Green Front", 7)]),
    ("The Civic Union, with the Green Front, got only seven seats.", [("count", None, 7, "result")], []),
])
def test_round13_seat_owners(extract, text, want, not_want):
    assert_rows(extract("Ostria voted on Sunday. " + text), want, not_want)


def test_weekday_is_no_part_of_a_name(extract):
    # 12. a weekday, then "the", before a name
    claims = [c for c in extract("Ostria voted on Sunday. The Harbour Party won 40 seats on Tuesday the Civic Union won a "
                                 "mere five seats.") if c.type == "seat_count"]
    assert ("Civic Union", 5) in [(c.party, c.seats) for c in claims], claims
    assert not any("Tuesday" in (c.party or "") for c in claims)


def test_bloc_members_are_a_category_of_their_own(extract):
    # 9. the members a party gives a bloc are not held against its total
    claims = [c for c in extract("Ostria voted on Sunday. The 46 is made up of 22 from the Harbour Party and five from "
                                 "the Civic Union.") if c.type == "seat_count"]
    assert claims and all("bloc" in (c.body or "") and c.rule.endswith("/breakdown") for c in claims), claims


@pytest.mark.parametrize("text, want, not_want", [
    # 14. the earlier count's noun and party
    ("The Green Front won six seats last time and is now expected to take nine.",
     [("count", "Green Front", 6, "previous"), ("count", "Green Front", 9, "projected")], []),
    ("The Green Front returned six MPs in the north, and is predicted to return nine.",
     [("count", "Green Front", 9, "projected")], []),
    # must not fire: the number goes on, or no count before
    ("The Green Front won six seats and took 20 percent of the vote.", [("count", "Green Front", 6, None)],
     [("count", "Green Front", 20)]),
    ("The Green Front is expected to take nine.", [], [("count", "Green Front", 9)]),
    # must not fire: the second clause has a subject of its own
    ("The Harbour Party was on track to win nearly 50 seats, with the coalition likely to secure more than 20.",
     [("count", "Harbour Party", 50, None)], [("count", "Harbour Party", 20)]),
    ("While the Harbour Party is expected to have 73 seats, the Civic Union, which received 19% of the votes, will likely get 67.",
     [("count", "Harbour Party", 73, None)], [("count", "Harbour Party", 67)]),
    # 15. a camp's seats
    ("This would mean that 72 pro-independence MSPs sit in the parliament.",
     [("count", "Pro-independence parties", 72, None)], []),
    ("The assembly will have 45 anti-austerity deputies.", [("count", "Anti-austerity parties", 45, None)], []),
])
def test_round13_parallel_and_camp_counts(extract, text, want, not_want):
    assert_rows(extract("Ostria voted on Sunday. " + text), want, not_want, exact_party=True)


PROVINCES = """Ostria: Harbour Party wins national vote

The Harbour Party has secured 115 seats in the National Assembly, followed by the Civic Union with 62.

In Punjab Assembly, the Civic Union is leading the tally with 127 seats, followed by the Harbour Party with 123.
"""


def test_provincial_assembly_is_a_chamber_of_its_own(extract):
    # 16. the counts of a sentence framed by a provincial assembly are that assembly's
    bodies = {(c.party, c.seats): c.body for c in extract(PROVINCES) if c.type == "seat_count"}
    assert bodies.get(("Civic Union", 127)) == "Punjab Assembly", bodies
    assert bodies.get(("Harbour Party", 123)) == "Punjab Assembly", bodies
    assert bodies.get(("Harbour Party", 115)) == "National Assembly", bodies


def test_general_assembly_is_no_provincial_chamber(nlp):
    doc = nlp("The UN General Assembly met on Monday. Party Assembly delegates voted.")
    assert not [e.text for e in doc.ents if e._.claimx_body], [(e.text, e._.claimx_body) for e in doc.ents]


@pytest.mark.parametrize("text, want, not_want", [
    # 17. "the party" of a later clause
    ("The Centre Union, led by the former chairman of the Harbour Party Tomas Berg, suffered a heavy defeat on Saturday; "
     "the party lost four seats, now holding only three seats in parliament.",
     [("count", "Centre Union", 3, "result"), ("change", "Centre Union", -4)],
     [("count", "Harbour Party", 3), ("change", "Harbour Party", -4)]),
    # must not fire: no "the party" clause
    ("The Centre Union won 12 seats and the Harbour Party lost four seats.", [("change", "Harbour Party", -4)], []),
    # 18. a tally moved to a count
    ("The Green Front also suffered a setback, seeing its number of deputies fall to 35 from 42.",
     [("count", "Green Front", 35, "result"), ("count", "Green Front", 42, "previous")], []),
    ("The Green Front did well: their seat tally rose to 40.", [("count", "Green Front", 40, None)], []),
    # 19. a name after a party noun
    ("The Green Front lost ground, offset by the arrival of the new left-wing party Vel Nova, which claimed 3 seats.",
     [("count", "Vel Nova", 3, "result")], [("count", "Green Front", 3)]),
    ("The new party Sea Alliance, founded in March, took 12 seats.", [("count", "Sea Alliance", 12, "result")], []),
    # must not fire: people after a party noun
    ("The party leader Ana Voss said the Green Front won 40 seats.", [("count", "Green Front", 40, "result")],
     [("count", "Ana Voss", 40)]),
])
def test_round13_clause_subject_tally_and_apposition(extract, text, want, not_want):
    assert_rows(extract("Ostria voted on Sunday. " + text), want, not_want, exact_party=True)


def test_the_n_majority_after_a_qualifier_is_the_threshold(extract):
    claims = extract(CHAMBER_465 + "The Iron Guild won 198 seats, less than the 233 majority in the 465-seat lower house.")
    assert [c.seats for c in claims if c.type == "majority_threshold"] == [233], claims
    # must not fire: a margin
    claims = extract(CHAMBER_465 + "The Iron Guild won 170 seats after a 73 majority last time.")
    assert not [c for c in claims if c.type in ("majority_threshold", "majority_status")], claims


@pytest.mark.parametrize("text, want, not_want", [
    # 22. "out of the total N"
    ("The Harbour Party keeps its majority, with 37 MPs out of the total 63.", [("size", 63)], [("count", None, 63)]),
    # 23. an adjective of the chamber
    ("The Harbour Party is set to win 33 seats in the 150 seat lower house of parliament.",
     [("count", "Harbour Party", 33, "projected"), ("size", 150)], [("count", "Harbour Party", 150)]),
    # 24. the previous tally after a gain
    ("The Sea Party is forecast to gain 15 seats, up from the three it had before dissolution.",
     [("count", "Sea Party", 15, "projected"), ("count", "Sea Party", 3, "previous")], [("change", "Sea Party", 15)]),
    # must not fire: a gain alone is a change
    ("The Sea Party gained 15 seats in the north.", [("change", "Sea Party", 15)], [("count", "Sea Party", 15)]),
    # 25. "from the pre-election N to M"
    ("The Civic Union is likely to see a drop in seats from the pre-election 44 to 37.",
     [("count", "Civic Union", 44, "previous"), ("count", "Civic Union", 37, "projected")], []),
])
def test_round13_totals_compounds_and_from_to(extract, text, want, not_want):
    assert_rows(extract("Ostria voted on Sunday. " + text), want, not_want, exact_party=True)


@pytest.mark.parametrize("text, want, not_want", [
    # 26. several parties are not the party before
    ("The Harbour Party won 13 seats. The current three-party coalition government keeps its majority, with 37 MPs.",
     [("count", "Harbour Party", 13, "result")], [("count", "Harbour Party", 37)]),
    # must still fire: "the party" is the party before
    ("The Harbour Party won 13 seats in the north. The party also kept 37 MPs in the south.",
     [("count", "Harbour Party", 37, None)], []),
])
def test_round13_several_parties_subject(extract, text, want, not_want):
    assert_rows(extract("Ostria voted on Sunday. " + text), want, not_want, exact_party=True)


@pytest.mark.parametrize("text, want, not_want", [
    # 27. a chamber resized
    ("The assembly was expanded from 25 to 35 seats.", [("size", 35)], [("count", None, 35)]),
    ("The legislature has been increased from 101 to 111 seats.", [("size", 111)], [("count", None, 111)]),
    # 28. a fronted "Of the N seats"
    ("Of the 80 seats in parliament, the Harbour Party won 40.", [("size", 80), ("count", "Harbour Party", 40, None)],
     [("count", None, 80)]),
    # must not fire: seats a party contested, or a part counted
    ("Of the 80 seats it contested, the Harbour Party won 40.", [("count", "Harbour Party", 40, None)], [("size", 80)]),
    ("Of the 80 seats declared so far, the Harbour Party won 40.", [], [("size", 80)]),
    # 29. by N to M
    ("The Civic Union increased its seat tally by eight to 28.", [("change", "Civic Union", 8), ("count", "Civic Union", 28, None)], []),
    # 30. from ... N to M, and a range that stays one
    ("The Civic Union is likely to see a rise in seats from the pre-election 44 to 48.",
     [("count", "Civic Union", 44, "previous"), ("count", "Civic Union", 48, "projected")], []),
    ("The Civic Union is projected to win 230 to 240 seats.", [("count", "Civic Union", 230, "projected")], [("count", None, 240)]),
])
def test_round13_resized_fronted_and_moves(extract, text, want, not_want):
    assert_rows(extract("Ostria voted on Sunday. " + text), want, not_want, exact_party=True)


def test_reliance_of_voters_is_no_party_shortfall(extract):
    # must not fire: the subject relying is no party
    assert statuses(extract, NEAR + "Voters are dependent on the parties to deliver.") == []
