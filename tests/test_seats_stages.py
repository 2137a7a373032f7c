"""The stage modules of claimx_seats (candidates, kinds, owners, status, mention_filter) on invented sentences,
each with sentences where the decision must fire and sentences where it must not."""

import pytest

from claimx.components.seats import kinds
from claimx.components.seats.mention_filter import is_date_word, not_a_party
from claimx.parties import same_party


def _counts(claims):
    return [(c.party, c.seats, c.status) for c in claims if c.type == "seat_count"]


def _has(claims, party, seats, status=None):
    return any(c.type == "seat_count" and c.seats == seats and same_party(c.party, party) and (status is None or c.status == status)
               for c in claims)


# ---------------------------------------------------------------- mention_filter
@pytest.mark.parametrize("text,why", [
    ("Nov.", "date"), ("Sept", "date"), ("Tues.", "date"),
    ("Independent Electoral Commission", "institution"), ("the Election Commission of Ostria", "institution"),
    ("Chief Electoral Officer", "institution"), ("Sky", "news-organisation"), ("Ipsos", "news-organisation"),
])
def test_names_that_are_not_parties(text, why):
    assert not_a_party(text) == why


@pytest.mark.parametrize("text", ["Iron Guild", "Labour Party", "Democratic Alliance", "Law and Justice", "Marsh Front"])
def test_party_names_pass_the_filter(text):
    assert not_a_party(text) is None


def test_date_words():
    assert is_date_word("Nov.") and is_date_word("september") and is_date_word("Sat")
    assert not is_date_word("Novak") and not is_date_word("Guild")


def test_commission_official_and_month_get_no_seats(extract):
    claims = extract("Ostria voted on Sunday. In results released on Nov. 4, the Iron Guild won 40 seats and the "
                     "Marsh Party 22. Chief Electoral Officer Ana Voss said 118 of the 120 seats had been declared.")
    assert _has(claims, "Iron Guild", 40) and _has(claims, "Marsh Party", 22)
    assert not [c for c in claims if c.type == "seat_count" and c.seats in (4, 118)], _counts(claims)


def test_broadcaster_is_no_party_of_a_change(extract):
    claims = extract("Ostria voted for 120 seats. The Iron Guild was forecast to lose 12 seats, according to a "
                     "Sky exit poll.")
    assert [(c.party, c.delta) for c in claims if c.type == "seat_change"] == [("Iron Guild", -12)]


# ---------------------------------------------------------------- candidates
def test_number_word_in_a_name_and_date_days_are_no_candidates(extract):
    claims = extract("Ostria voted for 120 seats. The Iron Guild won 64 seats, an exit poll by Channel Nine said. "
                     "Sept. 30 is the deadline for a coalition.")
    assert _counts(claims) == [("Iron Guild", 64, "result")]


def test_number_words_and_days_that_are_counts(extract):
    claims = extract("Ostria voted for 120 seats on May 12. The Iron Guild won Nine seats in the capital. "
                     "The League of the First of June 22 and the Rally 8.")
    assert _has(claims, "Iron Guild", 9)
    assert _has(claims, "League of the First of June", 22)


# ---------------------------------------------------------------- kinds: distances
@pytest.mark.parametrize("before,after", [
    ("the marsh party was", "seats short of a majority"),
    ("the guild fell short by", "seats ."),
    ("it ended", "shy of the majority mark"),
    ("the greens finished", "seats behind the guild"),
    ("the guild has a lead of", "seats over the marsh party"),
    ("the guild beat the marsh party by", "seats"),
])
def test_distances(before, after):
    assert kinds.distance(before, after)


@pytest.mark.parametrize("before,after", [
    ("the guild won", "seats ."),
    ("the guild won", "seats ahead of the marsh party 's 30"),
    ("the party led by ana voss won", "seats"),
    ("it fell short of the", "needed for a majority"),
])
def test_not_distances(before, after):
    assert kinds.distance(before, after) is None


def test_distances_are_no_counts(extract):
    claims = extract("Ostria voted for 120 seats. The Iron Guild won 55 seats and fell short by six seats. "
                     "The Marsh Party was four seats short of a majority.")
    assert _counts(claims) == [("Iron Guild", 55, "result")]
