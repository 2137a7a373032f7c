"""Majority talk about blocs and sums of parties, thresholds stated in passing (invented sentences, fictional
parties and places): "a majority of N out of M seats", "N seats short of reaching a majority of T", "the two
parties", "win a majority with its allies, X and Y", "nearly two-thirds", "which, like Y, was short", a bloc
named by its description, "the N seats needed for a majority", "short of N seats" for half the chamber, "the N
they needed for a majority". Each construction fires with its party, and next to it the sentences where it
must not."""

from __future__ import annotations

import pytest

from claimx.parties import same_party

from _majority_sentences import PLACE, has, statuses  # noqa: E402


def thresholds(extract, text):
    return [c.seats for c in extract(text) if c.type == "majority_threshold"]


TWO = PLACE + "The Iron Guild won 52 seats. Its ally the Marsh Party took 6. "


@pytest.mark.parametrize(
    "text,party,status",
    [
        # "a majority of N out of M seats": the chamber's, though the sentence counts votes too
        ("After counting 99 percent of the votes, the Iron Guild has a majority of 64 out of 120 seats.", "Iron Guild", "majority"),
        # "N seats short of reaching a majority": a shortfall, not a majority reached
        (PLACE + "The Iron Guild was 3 seats short of reaching a majority.", "Iron Guild", "short_of_majority"),
        # plural subjects sum the parties just counted
        (TWO + "With that, the two parties were 3 seats short of reaching a majority of 61.", "Iron Guild and Marsh Party", "short_of_majority"),
        (TWO + "The conservative parties fell short of a majority.", "Iron Guild and Marsh Party", "short_of_majority"),
        # a majority won with allies named after it: all of them together
        (PLACE + "The Iron Guild won a majority with its traditional allies, the Marsh Party and the Salt League.",
         "Iron Guild, Marsh Party and Salt League", "majority"),
        # "nearly two-thirds" is more than half, less than two-thirds
        (PLACE + "The Iron Guild won nearly two-thirds of the seats.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild captured almost two-thirds of the assembly.", "Iron Guild", "majority"),
        # a parenthetical comparison shares the status; "N seats, which was short" is the count's party
        (PLACE + "The Iron Guild won 41 seats, which, like the Marsh Party, was short of a majority.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild won 41 seats, which, like the Marsh Party, was short of a majority.", "Marsh Party", "short_of_majority"),
        # a bloc named by its description just before the verb
        (PLACE + "The Iron Guild won 52 seats. Early results showed the centre-right blue bloc falling short of a majority.",
         "blue bloc", "short_of_majority"),
        # winning the seats needed for a majority
        (PLACE + "The Iron Guild won the 61 seats needed for a majority.", "Iron Guild", "majority"),
        # short of N seats, N half the chamber the sentence names
        ("Ostrelia voted on Sunday. The Iron Guild won 52 seats in the 120-seat assembly, falling short of 61 seats.",
         "Iron Guild", "short_of_majority"),
    ],
)
def test_bloc_constructions(extract, text, party, status):
    has(extract, text, party, status)


@pytest.mark.parametrize(
    "text,status,wrong_party",
    [
        # a plural subject is never one of the parties alone
        (TWO + "With that, the two parties were 3 seats short of reaching a majority of 61.", "short_of_majority", "Marsh Party"),
        (TWO + "With that, the two parties were 3 seats short of reaching a majority of 61.", "majority", "Marsh Party"),
        # "like the Y": the count's party is the subject, not the party compared with it
        (PLACE + "The Iron Guild won 41 seats, which was short of a majority.", "short_of_majority", "Marsh Party"),
        # a bloc described, not the largest party
        (PLACE + "The Iron Guild won 52 seats. Early results showed the centre-right blue bloc falling short of a majority.",
         "short_of_majority", "Iron Guild"),
        # someone's supporting parties: a bloc the text does not name, not the party counted before
        (PLACE + "The Iron Guild won 52 seats. Ana Voss and her supporting parties are expected to win the 61 seats needed for a majority.",
         "majority", "Iron Guild"),
    ],
)
def test_bloc_not_a_wrong_party(extract, text, status, wrong_party):
    assert not any(s == status and p and same_party(p, wrong_party) for p, s, _ in statuses(extract, text))


@pytest.mark.parametrize(
    "text",
    [
        # a majority of votes, of a share, of a margin
        "The Iron Guild won with a majority of 4,000 votes.",
        "Officials said no party had secured a majority of 50 per cent of the 120 seats declared.",
        # "more than two-thirds" stays a supermajority (no majority-only claim)
        PLACE + "The Iron Guild won more than two-thirds of the seats.",
        # smaller / other parties: not the sum of the parties just named
        TWO + "The smaller parties fell short of a majority.",
        # goals and speculation about the seats needed
        PLACE + "The Iron Guild hopes to win the 61 seats needed for a majority.",
        PLACE + "The Iron Guild could win the 61 seats needed for a majority.",
        PLACE + "A party must win the 61 seats needed for a majority.",
        # short of a number that is not half the chamber
        "Ostrelia voted on Sunday. The Iron Guild won 52 seats in the 120-seat assembly, falling short of 58 seats.",
    ],
)
def test_bloc_does_not_fire(extract, text):
    found = statuses(extract, text)
    assert not [f for f in found if f[1] in ("majority", "short_of_majority")], found


def test_more_than_two_thirds_is_still_a_supermajority(extract):
    has(extract, PLACE + "The Iron Guild won more than two-thirds of the seats.", "Iron Guild", "supermajority")


def test_with_its_allies_unnamed(extract):
    has(extract, PLACE + "The Iron Guild won a majority with its allies.", "Iron Guild and allies", "majority")


def test_with_a_result_is_no_ally(extract):
    found = statuses(extract, PLACE + "The Iron Guild won a majority with its best result since 1990.")
    assert [p for p, s, _ in found if s == "majority"] == ["Iron Guild"], found


# ---------------------------------------------------------------- thresholds
@pytest.mark.parametrize(
    "text,seats",
    [
        (TWO + "With that, the two parties were 3 seats short of reaching a majority of 61.", 61),
        (PLACE + "The Iron Guild and its allies won 80 seats, far beyond the 61 they needed for a majority in the assembly.", 61),
        (PLACE + "The Iron Guild won 52 seats, short of the 61 it needs to form a government.", 61),
        ("Ostrelia voted on Sunday. The Iron Guild won 52 seats in the 120-seat assembly, falling short of 61 seats.", 61),
        ("Ostrelia voted on Sunday. The Iron Guild won 52 of the 120 seats, falling short of 60 seats.", 60),
    ],
)
def test_threshold_in_passing(extract, text, seats):
    assert seats in thresholds(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ostrelia voted on Sunday. The Iron Guild won 52 seats in the 120-seat assembly, falling short of 58 seats.",
        PLACE + "The Iron Guild won 52 seats, short of the 58 it won in 2019.",
        PLACE + "The Iron Guild and its allies won 80 seats, far beyond the 61 they won last time.",
    ],
)
def test_threshold_in_passing_does_not_fire(extract, text):
    assert thresholds(extract, text) == []
