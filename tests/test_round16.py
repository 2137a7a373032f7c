"""Round 16 (issue 12): constructions found in the misses of UNSEEN-15 (studied this round; UNSEEN-17 is the set
nobody reads), each with invented sentences and the sentences beside them where the construction must not fire.

Changes
1. "will be represented by five more MPs", "two fewer deputies": a comparative before any word for the seats'
   holders is a change, as before "seats" ("needs five more MPs" stays none).
2. "won five more seats than the one seat it had obtained in 2018": the party's own earlier count, named by a
   clause whose subject is the party, makes the comparison a change ("than the two seats the X had won" compares
   with another party: none).

Chambers
3. "At stake in the election were 57 seats", "Up for grabs are 90 seats": the seats at stake, fronted, are the
   chamber.
4. "won 35 out of 44 constituencies, bringing its total to 41 seats out of the 60-member assembly", "won 20 out of
   26 constituencies" beside "the 35-member body": the M of "N of M" is a part of a chamber whose size the article
   states larger, in the same sentence or when M counts districts (a mixed system's constituency seats).

Majority
5. "has now an absolute majority": an adverb between the verb and the majority.
8. "with no party gaining a majority": the -ing forms of the winning verbs ("gaining", "earning", "regaining")
   deny the largest party's majority as "No party won a majority" does.
6. "Global News is projecting a majority government for the X": the majority is the party's it is for, never the
   subject's (a broadcaster, the voters).

Whose count
10. "X, with whom the Y had a separate pact, is expected to win 10 seats", "X, which had an election pact with Y, is
    likely to win only one seat": a party inside a relative aside (a preposition may stand before the relative
    word) owns nothing; the party the aside is about does.

Chambers
11. "APC won a majority in the Senate with 57 seats while the PDP got 29. // While LP has six seats, NNPP and SDP
    have two each": a run of count sentences goes on about the chamber the run opened with (the next sentence
    naming no chamber takes it), until a sentence names another or has no counts.

12. "to elect twenty-five members of the Diet", "for the 547 seats in the House of Representatives": a chamber the
    lexicon knows, after "members of" / "seats in", makes the number its size (as "parliament" or "assembly" did).

15. "almost 19 percent of the total 580 seats": "total" after a determiner is the noun's adjective, no count verb, so
    the whole is the chamber; "All 33 seats in the Løgting (the Faroese parliament) were contested": a bracketed
    aside between the seats and the verb that fills them.
16. "the Party for Democracy (PPD, with 7)": an abbreviation defined in brackets with an aside after it.

18. "A total of 105 seats were determined during the third round, of which 41 went to the X": the counts of one
    round or phase of a staggered vote are a part of the whole (kept apart from the totals, rule ``/breakdown``),
    and the round's seats are no chamber.

19. "the National Meeting will have two": "National" / "Federal" opening an unknown two-word name stays in it
    ("National elections" still names nothing).
20. "the Parliament is unicameral and has 128 members", "there are now only 433 seats in the Lower House": a
    predicate adjective before "has", an adverb after "there are".
21. "down from 29 previously", "up from 81 last time": a time word may close the bare "up / down from N".

22. "A new party, led by former member of the X, Harry Quaderer, ... won 4 seats": a party inside a participle aside
    (", led by / founded by ... ,") owns nothing; the aside's head does when it is a party.
23. "The party won three of the seven seats allocated to the other islands": seats allocated to (reserved for) a
    part are a part of the party's seats (/breakdown) and of the chamber (the seven are no chamber).

Whose count (people)
13. "The X, led by Anna Voss, won. Voss won an estimated 126 seats": a count whose subject is a leader the article
    names is the leader's party.

Majority
14. "winning a three-fourths majority": "fourths" is a fraction like "quarters" (a supermajority; "three" no count).

Status
9. "In the 2017 polls, X won 77 seats whereas Y could win only 15" beside "X managed to secure 18 seats": the year
   of the sentence before frames a count only within its paragraph; a modal in a sentence about the earlier
   election is the past's, not a projection. "The 2018 election saw X and Y winning 29 seats each": an election
   named by its year as the subject frames the counts as earlier.
17. "If she loses, the X would have only one seat": a conditional about one party's count projects it; only an "if"
    clause joining parties ("If the X and the Y join forces, they would have 40") is a hypothetical combination.
7. "were elected or leading in 31 ridings compared to the Y's 17 and the Z's six": a comparison with another party's
   count, named by its possessive (a plural one: "the Liberals' 17"), has the main count's status, not previous.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _majority_sentences import has  # noqa: E402
from _seat_rows import OPEN, assert_rows  # noqa: E402


@pytest.mark.parametrize("text, want, not_want", [
    # 1. a comparative before a word for the seats' holders
    ("Compared to 2019, the Harbour Party will be represented by five more MPs.", [("change", "Harbour Party", 5)],
     [("count", None, 5)]),
    ("The Harbour Party will have two fewer deputies than before.", [("change", "Harbour Party", -2)], [("count", None, 2)]),
    # must not fire: a need, and a plain count of MPs
    ("The Harbour Party needs five more MPs to govern.", [], [("change", None, 5), ("count", None, 5)]),
    ("The Harbour Party will be represented by 30 MPs.", [("count", "Harbour Party", 30, "result")], [("change", None, 30)]),
    # 2. its own earlier count named by a clause
    ("The Harbour Party won four more seats than the two seats it had won in 2019.",
     [("change", "Harbour Party", 4), ("count", "Harbour Party", 2, "previous")], []),
    ("The Harbour Party won five more seats than the one seat it had obtained at the last election.",
     [("change", "Harbour Party", 5)], []),
    # must not fire: a comparison with another party
    ("The Harbour Party won four more seats than the Green Front.", [], [("change", None, 4)]),
    ("The Harbour Party won four more seats than the two seats the Green Front had won.", [], [("change", None, 4)]),
    # 3. the seats at stake, fronted
    ("At stake in the election were 81 seats.", [("size", 81)], []),
    ("At stake are 81 seats in the National Assembly.", [("size", 81)], []),
    ("Up for grabs were 120 seats, and the Harbour Party won 70 of them.", [("size", 120)], []),
    # must not fire: something else at stake
    ("At stake in the election were 81 billion dollars of public money.", [], [("size", 81)]),
    ("At stake for the Harbour Party were its 12 seats in the capital.", [], [("size", 12)]),
    # 4. a part of a chamber the article states larger
    ("The Harbour Party won 35 out of 44 constituencies, bringing its total to 41 seats out of the 60-member assembly.",
     [("size", 60), ("count", "Harbour Party", 35, "result"), ("count", "Harbour Party", 41, "result")], [("size", 44)]),
    ("The Harbour Party won 20 out of 26 constituencies. With the list seats it won, it holds 25 seats in the "
     "35-member body.", [("size", 35)], [("size", 26)]),
    # must not fire: the chamber itself, or a total of seats in another sentence
    ("The Harbour Party won 62 of the 70 seats in the 70-member assembly.", [("size", 70)], []),
    ("The Harbour Party won 20 of the 26 seats. The 35-member senate meets next week.", [("size", 26)], []),
    # 7. a comparison with another party's count, named by its possessive
    ("The Harbour Party was elected or leading in 44 ridings compared to the Liberals' 20 and the NDP's five.",
     [("count", "Harbour Party", 44, "projected"), ("count", "Liberal Party", 20, "projected"),
      ("count", "New Democratic Party", 5, "projected")], [("count", None, 20, "previous")]),
    ("The Harbour Party won 44 seats, the Liberals' 20 and the NDP's five.",
     [("count", "Liberal Party", 20, "result"), ("count", "New Democratic Party", 5, "result")], []),
    # must not fire: a comparison with its own earlier count stays previous
    ("The Harbour Party won 44 seats compared to 30 in 2019.", [("count", "Harbour Party", 30, "previous")], []),
])
def test_round16_seat_rows(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)


@pytest.mark.parametrize("text, status", [
    # 5. an adverb between the verb and the majority
    ("The Harbour Party has now an absolute majority in the assembly.", "majority"),
    ("The Harbour Party now has an absolute majority in the assembly.", "majority"),
    ("The Harbour Party has still a majority.", "majority"),
    # 6. a majority for the party
    ("Global News is projecting a majority government for the Harbour Party.", "majority"),
    ("The Herald projects a majority for the Harbour Party.", "majority"),
    # 8. the -ing form of a winning verb, denied for every party
    ("The Harbour Party won 18 seats and the Green Front 13, with no party gaining a majority.", "short_of_majority"),
    ("With no party earning a majority of seats in the assembly, the Harbour Party won 18 seats and the Green Front 13.",
     "short_of_majority"),
    # 8. "fall short of" before the -ing forms of the winning verbs denies the majority
    ("The Harbour Party was expected to fall short of attaining a majority of seats.", "short_of_majority"),
    ("The Harbour Party fell short of clinching a majority.", "short_of_majority"),
])
def test_round16_majority(extract, text, status):
    has(extract, OPEN + text, "Harbour Party", status)


@pytest.mark.parametrize("text", [
    # must not fire: the broadcaster is no party, and "for the first time" names none
    "Global News is projecting a majority government for the Harbour Party.",
    "The Harbour Party won a majority for the first time.",
])
def test_round16_majority_not_the_subject(extract, text):
    claims = [c for c in extract(OPEN + text) if c.type == "majority_status"]
    assert claims and all(c.party == "Harbour Party" for c in claims), [(c.party, c.status) for c in claims]


def test_round16_a_party_gaining_a_majority(extract):
    # must not fire as a denial: a party gaining one has it
    has(extract, OPEN + "The Harbour Party won 70 seats, gaining a majority in the assembly.", "Harbour Party", "majority")


def _counts(claims):
    return {(c.party, c.seats, c.status) for c in claims if c.type == "seat_count"}


def test_round16_a_year_frames_its_own_paragraph_only(extract):
    # 9.
    claims = extract(OPEN + "The Green Front won the vote.\n\nIt is the party's first victory and an improvement on its showing in the 2017 elections.\n\n"
                     "The ruling Harbour Party managed to secure 18 seats while the Green Front won 70.\n\n"
                     "In the 2017 assembly polls, the Harbour Party won 77 seats whereas the Blue League could win only "
                     "15 seats.")
    found = _counts(claims)
    assert {("Harbour Party", 18, "result"), ("Green Front", 70, "result"), ("Harbour Party", 77, "previous"),
            ("Blue League", 15, "previous")} <= found, found


def test_round16_an_election_named_by_its_year_as_subject(extract):
    claims = extract(OPEN + "In 2021, the Harbour Party won 38 seats.\n\nThe 2018 election saw the Harbour Party and the "
                     "Green Front winning 29 seats each, two shy of a majority at the time.")
    found = _counts(claims)
    assert ("Harbour Party", 29, "previous") in found and ("Green Front", 29, "previous") in found, found
    # must not fire: an election of no year as the subject
    claims = extract(OPEN + "The election saw the Harbour Party winning 29 seats.")
    assert ("Harbour Party", 29, "result") in _counts(claims)


@pytest.mark.parametrize("text, want, not_want", [
    # 10. a relative aside, with a preposition before the relative word
    ("The Green Front, with whom the Blue League had a separate pact, is expected to win 10 seats.",
     [("count", "Green Front", 10, "projected")], [("count", "Blue League", 10), ("count", "Green Front and Blue League", 10)]),
    ("The Blue League, which had an election pact with the Green Front, is likely to win only one seat.",
     [("count", "Blue League", 1, "projected")], [("count", "Green Front", 1)]),
    # must not fire: a bloc named by its members stays the bloc's
    ("The Green Front, together with the Blue League, won 80 seats.", [("count", "Green Front and Blue League", 80)], []),
])
def test_round16_relative_asides(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want, exact_party=True)


def _bodies(claims):
    return {(c.party, c.seats): c.body for c in claims if c.type == "seat_count"}


def test_round16_a_run_of_counts_keeps_its_chamber(extract):
    # 11.
    claims = extract(OPEN + "The commission declared results for the National Assembly.\n\nIn the Senate, the Harbour "
                     "Party won 57 seats while the Green Front got 29 seats.\n\nWhile the Blue League has six seats, the "
                     "Red Union has two.\n\nIn the House of Representatives, the Harbour Party won 162 seats.\n\nThe "
                     "Blue League has 34 seats.\n\nOverall, the Harbour Party holds 219 seats in the National Assembly.")
    bodies = _bodies(claims)
    assert bodies[("Blue League", 6)] == "Senate" and bodies[("Red Union", 2)] == "Senate", bodies
    assert bodies[("Blue League", 34)] == "House of Representatives", bodies
    assert bodies[("Harbour Party", 219)] == "National Assembly", bodies


def test_round16_a_run_ends_at_a_sentence_without_counts(extract):
    # must not fire: a sentence between that counts nothing ends the run
    claims = extract(OPEN + "The commission declared results for the National Assembly.\n\nIn the Senate, the Harbour "
                     "Party won 57 seats.\n\nThe vote was calm across the country.\n\nThe Blue League has 34 seats in "
                     "the National Assembly, and the Red Union has 20 seats.\n\nThe Green Front won 12 seats.")
    bodies = _bodies(claims)
    assert bodies[("Green Front", 12)] != "Senate", bodies


@pytest.mark.parametrize("text, want, not_want", [
    # 12. a chamber the lexicon knows after "members of" / "seats in"
    ("Voters went to the polls to elect twenty-five members of the Diet.", [("size", 25)], []),
    ("Voters chose among 18 parties for the 547 seats in the House of Representatives.", [("size", 547)], []),
    # must not fire: members of something else, a count verb's object
    ("Voters went to the polls to elect twenty-five members of the city council's youth wing.", [], [("size", 25)]),
    ("The Harbour Party won the 12 seats in the capital region.", [], [("size", 12)]),
    # 13. a leader as the subject of a count
    ("The Harbour Party, led by Anna Voss, won the vote. Voss won an estimated 126 seats with her share of the list vote.",
     [("count", "Harbour Party", 126, "result")], [("count", "Voss", 126)]),
    ("The Harbour Party, led by Anna Voss, won the vote. Anna Voss will have 40 seats.", [("count", "Harbour Party", 40, "result")], []),
    # must not fire: the leader reports another party's count; a surname alone is no party
    ("The Harbour Party, led by Anna Voss, won the vote. Voss said the Green Front won 40 seats.",
     [("count", "Green Front", 40, "result")], [("count", "Harbour Party", 40)]),
    # 14. "three-fourths" is no count of three
    ("The Harbour Party registered a historic win by winning a three-fourths majority with 92 seats.",
     [("count", "Harbour Party", 92, "result")], [("count", None, 3)]),
])
def test_round16_chambers_and_leaders(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want, exact_party=True)


def test_round16_three_fourths_is_a_supermajority(extract):
    has(extract, OPEN + "The Harbour Party won a three-fourths majority with 92 seats.", "Harbour Party", "supermajority")


@pytest.mark.parametrize("text, want, not_want", [
    # 15. the total, a bracketed aside
    ("The Harbour Party will receive 110 seats in parliament. This corresponds to almost 19 percent of the total 580 seats.",
     [("size", 580), ("count", "Harbour Party", 110, "result")], []),
    ("All 33 seats in the Logting (the Ostrian parliament) were contested.", [("size", 33)], []),
    # must not fire: a party's total, a count verb
    ("The Harbour Party totals 58 seats.", [("count", "Harbour Party", 58, "result")], [("size", 58)]),
    # 17. a conditional projection of one party's count; a hypothetical combination stays other
    ("If she loses her seat, the Green Front would have only one seat in the assembly.",
     [("count", "Green Front", 1, "projected")], [("count", None, 1, "other")]),
    ("If the Green Front and the Blue League join forces, they would have 40 seats.", [], [("count", None, 40, "projected")]),
])
def test_round16_totals_and_conditionals(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)


def test_round16_an_abbreviation_defined_with_an_aside(extract):
    # 16.
    claims = extract(OPEN + "The New Pact won 37 seats. Within it, the Socialist Party (13) and the Party for Democracy "
                     "(PPD, with 7) stand out.")
    assert [c.party for c in claims if c.type == "seat_count" and c.seats == 7] == ["Party for Democracy (PPD)"]


@pytest.mark.parametrize("text, want, not_want", [
    # must not fire (3): the seats at stake in one kind of district are a part of the chamber
    ("Up for grabs in the election were 289 seats in single-seat districts and 176 in proportional representation.",
     [], [("size", 289)]),
    # must not fire (13): a leader whose verb counts nothing
    ("The Harbour Party, led by Anna Voss, won the vote. Voss will now need to woo at least one of the three "
     "opposition party leaders to join her.", [], [("count", "Harbour Party", 1)]),
])
def test_round16_guards(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)


def test_round16_a_round_of_a_staggered_vote_is_a_part(extract):
    # 18.
    claims = extract(OPEN + "A total of 105 seats were determined during the third round, of which 41 went to the "
                            "Harbour Party and 30 to the Green Front. The results of the full elections were as follows: "
                            "the Harbour Party won 235 seats and the Green Front won 121 seats.")
    counts = {(c.party, c.seats): c for c in claims if c.type == "seat_count"}
    assert counts[("Harbour Party", 41)].rule.endswith("/breakdown") and counts[("Harbour Party", 41)].body != counts[("Harbour Party", 235)].body
    assert not counts[("Harbour Party", 235)].rule.endswith("/breakdown")
    assert 105 not in [c.seats for c in claims if c.type == "chamber_size"]
    # must not fire: the round of a presidential vote frames no seats
    claims = extract(OPEN + "After the first round of the presidential election, the Harbour Party will have 39 of the "
                            "160 lawmakers, while the Green Front won 23 seats.")
    assert not [c for c in claims if c.type == "seat_count" and c.rule.endswith("/breakdown")]
    # must not fire: a count with no round named
    claims = extract(OPEN + "A total of 105 seats were contested, and the Harbour Party won 41 of them.")
    assert 105 in [c.seats for c in claims if c.type == "chamber_size"]


@pytest.mark.parametrize("text, want, not_want", [
    # 19. an adjective opening a two-word name
    ("The Harbour Party won 40 seats, while the National Meeting will have two and the National Crusade four.",
     [("count", "National Meeting", 2, "result"), ("count", "National Crusade", 4, "result")], [("count", "Meeting", 2)]),
    # 20. a predicate adjective; an adverb after "there are"
    ("In Ostria the Parliament is unicameral and has 128 members.", [("size", 128)], []),
    ("After the redistribution, there are now only 433 seats in the Lower House.", [("size", 433)], []),
    # must not fire: a party that is something and has seats
    ("The Harbour Party is strong and has 40 seats.", [("count", "Harbour Party", 40, "result")], [("size", 40)]),
    # 21. a time word closing "down from N"
    ("The Green Front won 18 seats, down from 29 previously.", [("count", "Green Front", 29, "previous")], []),
    ("The Green Front won 18 seats, up from 11 last time.", [("count", "Green Front", 11, "previous")], []),
])
def test_round16_names_chambers_previous(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want, exact_party=True)


@pytest.mark.parametrize("text, want, not_want", [
    # 22. a participle aside
    ("The Harbour Party won 8 seats. A new party, led by former member of the Harbour Party, Harry Quaderer, surprised "
     "many by receiving 15 percent and 4 seats in the Diet.", [("count", "Harbour Party", 8, "result")],
     [("count", "Harbour Party", 4)]),
    # must not fire: the aside's head is the party
    ("The Green Front, led by a former member of the Harbour Party, won 4 seats.", [("count", "Green Front", 4, "result")],
     [("count", "Harbour Party", 4)]),
    # 23. seats allocated to a part
    ("The Harbour Party has won 12 of the 17 contested seats. The party won three of the seven seats allocated to the "
     "other islands.", [("count", "Harbour Party", 3, "result")], [("size", 7)]),
])
def test_round16_asides_and_allotted_seats(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)


def test_round16_allotted_seats_are_a_part(extract):
    claims = extract(OPEN + "The Harbour Party has won 12 of the 17 contested seats. The party won three of the seven "
                            "seats allocated to the other islands.")
    three = [c for c in claims if c.type == "seat_count" and c.seats == 3]
    assert three and three[0].rule.endswith("/breakdown") and "other islands" in three[0].body
