"""Round 15 (issue 12): constructions found in the misses of UNSEEN-14 (studied this round; UNSEEN-15 is the set
nobody reads), each with invented sentences and the sentences beside them where the construction must not fire.

Party names
1. "All People’s Congress": a lexicon name is found whether the article writes its apostrophe straight or curly.
2. "All People's Congress", "Our Party": a known name that opens with a function word keeps it (the capitalised-run
   trimming of "All", "Our", "Each" applies to runs, never to a name the lexicon or the tagger gave whole).
3. "the Rassemblement national démocratique (RND)": a name written with lowercase inner words (as French, Spanish
   or Portuguese names are) is given by the bracketed abbreviation its words' initials spell.
4. "the pro-Russian Patriotic Bloc": a stance ("pro-", "anti-") before a name is no part of it.
5. "NSW Labor ... Labor won 45 seats": an article that names one regional branch of a party means the branch by the
   party's short name too; not when it writes the party out more fully elsewhere ("Tasmania Libs" beside "the
   Liberal Party").

Whose count
6. "four more than the far-right Vox, which retains its 11 seats": "its" in a relative clause stands for the party
   the clause is about.
7. "with 41 deputies, five more than the pro-independence Junts": a comparison with another party (its determiner
   and modifiers before the name, hyphenated ones too) is no seat change; "five more than in 2019" is one.
8. "The Patriotic Bloc, comprising the X and the Y, has won 24.5 percent of the vote, securing 27 seats": the
   participle's seats are the main clause subject's (data/seats/dep_patterns.jsonl ``subj-verb-participle-seats``);
   a participle with a subject of its own keeps it.
9. "as per the Election Commission of India (ECI) figures": an abbreviation is judged by the name it stands for,
   so an institution's abbreviation is no party either; "the results of 286 constituencies" is the count's
   progress, nobody's seats.
10. "X and Y, which between them have 21 seats", "X and Y won a combined 21 seats", "finished with a combined tally
    of 98 seats": the two counted together.
11. "X won 50 seats, followed by Y and Z, both with 14": "both" / "each" names the group that has the count; the
    main clause's subject, outside the group, does not.

Majority
12. "Voters will elect 135 deputies, with an absolute majority of 68 seats": "with" gives a count only after a party;
    with none named the phrase defines the threshold, and the majority phrase asserts nobody's majority.
13. "effectively securing itself a legislative majority": a reflexive object between the verb and the majority.
15. "Our list will have over 125 seats": a pronoun or possessive determiner alone is never a party.
16. "compared to 18 for the second-place X": the party after "for" may carry modifiers (an ordinal one too), and a
    comparison with another party's count is no previous count.
17. "The X's seat total is down four from three years ago": "down N from" a time is a change ("down to 40", "up
    from 30 to 40" stay counts).
18. "the X, which lost half a percent and kept their 29 seats": the relative clause's later verbs are the clause's
    too ("their" stands for the X).
19. "lost their seat in the Valtura and now have two seats": a one-word name written after "in the" is a place.
20. "..., while the Y, affiliated with the Z, gained one seat": the subject of a clause opened by "while" / "but"
    is the party before the aside, for changes as for counts.
21. Names: "Taqaddum coalition" ~ "Taqaddum", "Alternative bloc" ~ "Alternative (Moldova)": a one-word name and
    the same name with a group noun after it are one party; never a description ("Left bloc" is no "Left Party").
22. "The populist Harbour Party ... Harbour secured 48 seats": one capitalised word that is exactly one of the
    article's party names without its head noun is that party (not when two parties share the word).
23. "When Doe called the election in late August, the X had 20 seats", "When the assembly was dissolved, the X
    held 20 seats": the count when the campaign began is a previous count.
24. "winning a provisional 85 of the 217 seats": a provisional count stated as fact is a result of a count still
    running ("will provisionally receive 57 seats" projects).
25. "the lower chamber of the Kazakh Parliament consisting of 107 deputies", "The National Assembly of Zambia has 156
    seats": a chamber (with its country) consisting of / having N members is its size, never a party's count.
26. "the Islamist Green Front": "Islamist", "secular", "moderate", "hardline" describe a party, they are no part of
    its name.
27. "with two going to independents": an elliptical count handed to a party by a participle; "There are also 13
    independent members of parliament": members of the chamber are seats.
14. "now controls the assembly", "is in firm control of the assembly", "has taken control of both the assembly and
    the senate": control of a chamber is a majority (data/majority/patterns.jsonl ``controls-chamber``,
    ``in-control``); not the control of a chamber's agenda, nor a control only hoped for.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _majority_sentences import has  # noqa: E402
from _seat_rows import OPEN, assert_rows  # noqa: E402


@pytest.mark.parametrize("text, want, not_want", [
    # 1-2. a curly apostrophe; a known name opening with "All"
    ("Sierra Leone voted. The SLPP won 81 seats while the opposition All People’s Congress won 54.",
     [("count", "All People's Congress", 54, "result")], [("count", "People", 54), ("count", "People's Congress", 54)]),
    ("Sierra Leone voted. The SLPP won 81 seats while the opposition All People's Congress won 54.",
     [("count", "All People's Congress", 54, "result")], [("count", "People's Congress", 54)]),
    # must not fire: "All" before a run that is no known name is still trimmed
    ("All Harbour Party candidates won their seats, and the Harbour Party took 40 seats.",
     [("count", "Harbour Party", 40, "result")], [("count", "All Harbour Party", 40)]),
    # 3. a name spelled by its abbreviation
    ("The Rassemblement national démocratique (RND), with which the Green Front has allied itself, won 57 seats (14%).",
     [("count", "Rassemblement national démocratique", 57, "result")], [("count", "Green Front", 57)]),
    ("The Partido dos Trabalhadores (PT) won 68 seats, and the Green Front won 12.",
     [("count", "Partido dos Trabalhadores", 68, "result"), ("count", "Green Front", 12, "result")], []),
    # must not fire: initials that do not spell the abbreviation name nothing new
    ("The Harbour Party, allied with the party of national renewal (PRO), won 30 seats.",
     [("count", "Harbour Party", 30, "result")], [("count", "party of national renewal", 30)]),
    # 4. a stance before the name
    ("The pro-Western Harbour Bloc won 27 seats.", [("count", "Harbour Bloc", 27, "result")], [("count", "Western Harbour Bloc", 27)]),
    # 6. "its" in a relative clause
    ("The Harbour Party is now the fourth largest party with 15 seats, four more than the far-right Green Front, "
     "which retains its 11 seats.",
     [("count", "Harbour Party", 15, "result"), ("count", "Green Front", 11, "result")], [("count", "Harbour Party", 11)]),
    # must not fire: "its" in a main clause is still the subject's
    ("The Harbour Party, which won in 2019, kept its 30 seats.", [("count", "Harbour Party", 30, "result")], []),
    # 7. a comparison with another party is no change
    ("The Harbour Party won the election with 41 deputies, five more than the pro-independence Green Front.",
     [("count", "Harbour Party", 41, "result")], [("change", None, 5)]),
    ("The Harbour Party won 41 seats, five more than the far-right Green Front.", [("count", "Harbour Party", 41)],
     [("change", None, 5)]),
    # ... while a comparison with an earlier time is one
    ("The Harbour Party won 41 seats, five more than in 2019.", [("change", "Harbour Party", 5)], []),
    ("The Harbour Party won 41 seats, five more than last time.", [("change", "Harbour Party", 5)], []),
    # 8. a participle after the main clause
    ("The Patriotic Bloc, comprising the Green Front and the Blue League, has won 24.5 percent of the vote, securing "
     "27 seats.", [("count", "Patriotic Bloc", 27, "result")], [("count", "Blue League", 27), ("count", "Green Front", 27)]),
    ("The Harbour Party has won 31 percent of the vote, securing 40 seats.", [("count", "Harbour Party", 40, "result")], []),
    # must not fire: a participle with its own subject
    ("The Harbour Party won 40 percent of the vote, with the Green Front securing 27 seats.",
     [("count", "Green Front", 27, "result")], [("count", "Harbour Party", 27)]),
    # 9. an institution's abbreviation; the progress of a count
    ("The Harbour Party secured 161 seats in the 288-member Assembly, as per the Election Commission of Ostria (ECO) "
     "figures of the results of 286 constituencies.", [("count", "Harbour Party", 161, "result"), ("size", 288)],
     [("count", None, 286)]),
    ("Final results of 224 constituencies that the Ostria Electoral Commission (OEC) declared show that the Harbour "
     "Party has secured 77 seats.", [("count", "Harbour Party", 77, "result")], [("count", None, 224)]),
    # must not fire: a party's abbreviation stays a party
    ("The Harbour Party (HP) won 40 seats. The HP will govern alone.", [("count", "Harbour Party", 40, "result")], []),
    # 10. counted together
    ("The Green Front and the Blue League, which between them have 21 seats, will join the government.",
     [("count", "Green Front and Blue League", 21, "result")], [("count", "Blue League", 21)]),
    ("The Green Front and the Blue League won a combined 21 seats.",
     [("count", "Green Front and Blue League", 21, "result")], [("count", "Green Front", 21)]),
    ("The Green Front and the Blue League finished with a combined tally of 98 seats.",
     [("count", "Green Front and Blue League", 98, "result")], [("count", "Blue League", 98)]),
    # must not fire: two parties with counts of their own
    ("The Green Front and the Blue League won 40 and 12 seats respectively.",
     [("count", "Green Front", 40, "result"), ("count", "Blue League", 12, "result")], [("count", "Green Front and Blue League", 40)]),
    # 11. "both with N"
    ("The Harbour Party won 50 seats, followed by the right-wing Green Front and the Blue League, both with 14.",
     [("count", "Harbour Party", 50), ("count", "Green Front", 14), ("count", "Blue League", 14)], [("count", "Harbour Party", 14)]),
    # must not fire: the subject inside the "each" group keeps its count
    ("The Harbour Party and the Green Front each won 14 seats.",
     [("count", "Harbour Party", 14), ("count", "Green Front", 14)], []),
    # must not fire: a party's earlier "results of N" is its count, not the count's progress
    ("The Labour Party won 34 seats, which saw a 31-seat drop from their 2020 results of 65.",
     [("count", "Labour Party", 34, "result"), ("count", "Labour Party", 65, "previous")], []),
    # 15. a pronoun
    ("\u201cOur list will have over 125 seats in the parliament,\u201d said Ivo Brandt of the Harbour Party.", [],
     [("count", "Our", 125)]),
    # 16. modifiers after "for", a comparison with another party
    ("The governing Harbour Party was projected as elected in 36 of the 57 ridings, compared to 18 for the "
     "second-place Green Front.", [("count", "Harbour Party", 36, "projected"), ("count", "Green Front", 18, "projected")],
     [("count", "Harbour Party", 18)]),
    # must not fire: "compared to" the party's own earlier count is its previous count
    ("The Harbour Party won 40 seats, compared to 35 in 2019.", [("count", "Harbour Party", 35, "previous")], []),
    # 17. "down N from" a time
    ("The Harbour Party's seat total is down four from three years ago.", [("change", "Harbour Party", -4)],
     [("count", "Harbour Party", 4)]),
    ("The Harbour Party is down four from 2019.", [("change", "Harbour Party", -4)], []),
    # must not fire: "down to", "up from N to M" are counts
    ("The Harbour Party is down to 40 seats.", [("count", "Harbour Party", 40, "result")], [("change", None, -40)]),
    ("The Harbour Party is up from 30 to 40 seats.", [("count", "Harbour Party", 40, "result"), ("count", "Harbour Party", 30, "previous")],
     [("change", None, 30)]),
    # 18. a relative clause's second verb
    ("The Harbour Union overtook the Green Front, which lost half a percent and kept their twenty-nine seats.",
     [("count", "Green Front", 29, "result")], [("count", "Harbour Union", 29)]),
    # 19. a place after "in the"
    ("The Green Front lost their seat in the Valtura and now have two seats.", [("count", "Green Front", 2, "result")],
     [("count", "Valtura", 2)]),
    # 20. the aside of a "while" clause
    ("The Green Front now has two seats, while the Blue League, affiliated with the Harbour Party, gained one seat, "
     "bringing them to two.", [("change", "Blue League", 1), ("count", "Blue League", 2, "result")],
     [("change", "Harbour Party", 1), ("count", "Harbour Party", 2)]),
    # must not fire: a party of the clause that is no aside keeps the change
    ("The Harbour Party won 40 seats, while the Green Front, led by Ana Ruiz, lost five seats.",
     [("change", "Green Front", -5)], [("change", "Harbour Party", -5)]),
    # 22. a name without its head noun
    ("The populist Harbour Party made its best-ever showing. Harbour secured 48 seats in the 169-seat parliament.",
     [("count", "Harbour Party", 48, "result")], []),
    # 23. the count when the election was called
    ("When Ana Ruiz called the election in late August, the Harbour Party had 20 seats, five shy of a majority.",
     [("count", "Harbour Party", 20, "previous")], [("count", "Harbour Party", 20, "result")]),
    ("When the assembly was dissolved, the Harbour Party held 20 seats.", [("count", "Harbour Party", 20, "previous")], []),
    # must not fire: another "when" clause is no time before the vote
    ("When the results came in, the Harbour Party had 20 seats.", [("count", "Harbour Party", 20, "result")], []),
    # 24. provisional
    ("The Harbour Party won the election, winning a provisional 85 of the 217 parliamentary seats.",
     [("count", "Harbour Party", 85, "result"), ("size", 217)], [("count", None, 85, "projected")]),
    ("Based on the results, the Harbour Party will provisionally receive 57 seats.",
     [("count", "Harbour Party", 57, "projected")], []),
    # 25. a chamber consisting of N members
    ("The Majilis is the lower chamber of the Ostrian Parliament consisting of 107 deputies.", [("size", 107)],
     [("count", None, 107)]),
    ("The National Assembly of Ostria has 156 seats.", [("size", 156)], [("count", None, 156)]),
    # must not fire: a party of that shape keeps its count
    ("The Harbour Party of Ostria has 56 seats.", [("count", "Harbour Party of Ostria", 56, "result")], [("size", 56)]),
    # 26. a descriptor
    # 27. "going to", "members of parliament"
    ("The Harbour Party won 14 seats and the Green Front eight, with two going to independents.",
     [("count", "Independent", 2, "result"), ("count", "Green Front", 8, "result")], []),
    ("The Harbour Party won 40 seats. There are also 13 independent members of parliament.",
     [("count", "Independent", 13, "result")], []),
    # must not fire: members of something else
    ("The Harbour Party won 40 seats. There are also 13 independent members of the party's youth wing.",
     [("count", "Harbour Party", 40, "result")], [("count", "Independent", 13)]),
    # 12. a majority defined
    ("Voters will elect 135 regional deputies today, with an absolute majority of 68 seats.", [("size", 135)],
     [("count", None, 68)]),
])
def test_round15_seat_rows(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)


def _parties(claims, kind):
    return {c.party for c in claims if c.type == kind}


def test_a_named_regional_branch_names_the_party_throughout(extract):
    # 5. the branch, then the short name
    claims = extract("Labor will form a minority government\n\nNSW Labor are unable to form a majority government in "
                     "New South Wales. Labor has secured 45 seats, gaining seven.")
    assert _parties(claims, "seat_count") == {"NSW Labor"}
    assert _parties(claims, "seat_change") == {"NSW Labor"}
    assert _parties(claims, "majority_status") == {"NSW Labor"}


def test_a_branch_nickname_does_not_replace_the_fuller_name(extract):
    # must not fire: the article writes the party out more fully than the branch's short name
    claims = extract("Tasmania voted on Saturday.\n\nThe Liberal Party won 14 seats in Tasmania. Tasmania Libs said "
                     "they were pleased.")
    assert "Tasmania Libs" not in _parties(claims, "seat_count")


def test_a_branch_makes_a_status_the_branchs(extract):
    has(extract, "New South Wales voted on Saturday. NSW Labor will govern in minority.", "NSW Labor", "minority")


def _thresholds(claims):
    return [c.seats for c in claims if c.type == "majority_threshold"]


def test_a_majority_defined_with_no_party_is_the_threshold(extract):
    # 12.
    claims = extract(OPEN + "Voters will elect 135 regional deputies today, with an absolute majority of 68 seats.")
    assert _thresholds(claims) == [68]
    assert not [c for c in claims if c.type == "majority_status"]


def test_a_majority_won_with_a_count_is_the_partys(extract):
    # must not fire: after a party, "with an absolute majority of 70 seats" is its count and its majority
    claims = extract(OPEN + "The Harbour Party won with an absolute majority of 70 seats.")
    assert 68 not in _thresholds(claims) and 70 not in _thresholds(claims)
    has(extract, OPEN + "The Harbour Party won with an absolute majority of 70 seats.", "Harbour Party", "majority")


@pytest.mark.parametrize("text", [
    # 13. a reflexive object
    "The Harbour Party has won 293 seats, effectively securing itself a legislative majority.",
    "The Harbour Party secured itself a majority.",
])
def test_a_reflexive_majority(extract, text):
    has(extract, OPEN + text, "Harbour Party", "majority")


@pytest.mark.parametrize("text, status", [
    # 14. control of a chamber
    ("The Harbour Party now controls the assembly.", "majority"),
    ("The Harbour Party will control the new parliament.", "majority"),
    ("The Harbour Party is now in firm control of the assembly.", "majority"),
    ("The Harbour Party has taken control of both the assembly and the senate.", "majority"),
    ("The Harbour Party is not in control of the assembly.", "short_of_majority"),
])
def test_control_of_a_chamber(extract, text, status):
    has(extract, OPEN + text, "Harbour Party", status)


@pytest.mark.parametrize("text", [
    # must not fire: the control of something in the chamber, or a control hoped for
    "The Harbour Party controls the assembly's agenda.",
    "The Harbour Party hopes to control the assembly.",
    "The Harbour Party wants to be in control of the parliament.",
    "The speaker is in control of the assembly's sessions.",
])
def test_control_that_is_no_majority(extract, text):
    assert not [c for c in extract(OPEN + text) if c.type == "majority_status" and c.party], text


def test_a_denied_majority_of_n_keeps_its_status(extract):
    # must not fire (12): "none of the coalitions commands an absolute majority of 61" denies a majority
    text = OPEN + "The Harbour Party won 50 seats and the Green Front 40. None of the coalitions commands an absolute majority of 61 members yet."
    has(extract, text, "Harbour Party", "short_of_majority")
    assert _thresholds(extract(text)) == [61]


@pytest.mark.parametrize("a, b, same", [
    # 21. a one-word name and its group
    ("Taqaddum coalition", "Taqaddum", True),
    ("NADA coalition", "NADA", True),
    ("Harbour bloc", "Harbour", True),
    # must not: descriptions, or another party's name
    ("Left bloc", "Left Party", False),
    ("Green bloc", "Green Party", False),
    ("Conservative bloc", "Conservative Party", False),
    ("Harbour coalition", "Harbour Party", False),
])
def test_a_named_group_is_its_name(a, b, same):
    from claimx.parties import same_party

    assert same_party(a, b) is same


def test_a_word_two_parties_share_names_neither(extract):
    # must not fire (22): "Harbour" is the Harbour Party's and the Harbour Alliance's
    claims = extract(OPEN + "The Harbour Party and the Harbour Alliance both ran. Harbour secured 48 seats.")
    assert [c.party for c in claims if c.type == "seat_count" and c.seats == 48] == ["Harbour"]


def test_a_descriptor_is_no_part_of_the_name(extract):
    # 26.
    claims = extract(OPEN + "The Islamist Green Front won 69 seats.")
    assert [c.party for c in claims if c.type == "seat_count"] == ["Green Front"]
