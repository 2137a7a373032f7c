"""Event constructions of election reporting (round 7, issue 13), each written the ways several reporters would
write it, with the sentences where the construction must not fire. Invented parties, people and places."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _events import actors_of, of_kind  # noqa: E402


# -- seats lost are a loss: "lost 12 seats" is a lose event (the gold's "lose an election or seat") ------------


@pytest.mark.parametrize("text, actor", [
    ("The Dune Party lost 12 seats in Sunday's election.", "Dune Party"),
    ("The Dune Party, which lost nine seats, stayed in opposition.", "Dune Party"),
    ("The Vesk League lost seats compared with 2019.", "Vesk League"),
    ("Ana Berru's Dune Party shed 14 seats, falling to 40.", "Dune Party"),
    ("The Vesk League forfeited three seats to the Greens.", "Vesk League"),
    ("The Dune Party suffered a net loss of 11 seats on Saturday.", "Dune Party"),
])
def test_seats_lost_are_a_loss(extract, text, actor):
    assert actors_of(extract, text, "lose") == [actor]


@pytest.mark.parametrize("text", [
    "The Dune Party is expected to lose 12 seats.",       # a prediction
    "The Dune Party could lose 12 seats.",                # a possibility
    "The Dune Party lost fewer seats than feared.",       # a comparison of counts
    "The Dune Party did not lose any seats.",             # negated
    "The Vesk League had shed light on the matter.",      # 'shed' without seats
    "The firm shed 2,000 jobs last year.",
    "The Dune Party ceded ground on pensions.",
])
def test_no_seat_loss(extract, text):
    assert not of_kind(extract, text, "lose")


def test_seats_won_stay_seat_counts(extract):
    # (a party that won 20 seats may have lost the election: a seat count, not a win)
    assert not of_kind(extract, "The Dune Party won 20 seats.", "win")


# -- a group the name only describes acts as the party the article ties to that name ------------------------


@pytest.mark.parametrize("text, actor", [
    ("Dune Party leader Tomas Halvik campaigned hard. Tomas Halvik's ruling coalition won a resounding victory "
     "in the snap election.", "Dune Party"),
    ("Prime Minister Tomas Halvik leads the Dune Party. Prime Minister Tomas Halvik's ruling coalition won a "
     "resounding victory in the snap election.", "Dune Party"),
    ("The opposition, headed by Green Union leader Ana Berru, won Monday's vote.", "Green Union"),
    ("Ana Berru's party won the election. Berru leads the Dune Party.", "Dune Party"),
])
def test_group_described_by_its_leader_is_the_leaders_party(extract, text, actor):
    assert actors_of(extract, text, "win") == [actor]


@pytest.mark.parametrize("text", [
    # no party tied to the person anywhere: nobody the article names (never the person)
    "Tomas Halvik's ruling coalition won a resounding victory in the snap election.",
    "Prime Minister Tomas Halvik's party won the election.",
    "The opposition, headed by Ana Berru, won Monday's vote.",
])
def test_group_without_a_named_party_is_no_persons_win(extract, text):
    assert all(a not in ("Tomas Halvik", "Ana Berru") for a, _ in of_kind(extract, text, "win"))


@pytest.mark.parametrize("text, actor", [
    ("The party's leader, Ana Berru, won the vote.", "Ana Berru"),     # an apposition: the person acts
    ("Tomas Halvik's Dune Party won the election.", "Dune Party"),     # the party itself is named
])
def test_the_named_subject_still_acts(extract, text, actor):
    assert actors_of(extract, text, "win") == [actor]


def test_a_persons_spokesman_is_no_group(extract):
    assert not of_kind(extract, "Tomas Halvik's spokesman said the talks went well.", "win")


# -- declared the winner: a party after "the", a person's party ------------------------------------------------


@pytest.mark.parametrize("text, actor", [
    ("Election officials declared the Dune Party the winner.", "Dune Party"),
    ("The electoral board declared the Dune Party (DP) the outright winner on Monday.", "Dune Party"),
    ("The commission declared Tomas Halvik's party the winner. Halvik leads the Dune Party.", "Dune Party"),
    ("The commission declared Ana Berru the winner of the presidential election.", "Ana Berru"),
])
def test_declared_the_winner(extract, text, actor):
    assert actors_of(extract, text, "win") == [actor]


@pytest.mark.parametrize("text", [
    "The board has not declared the Dune Party the winner.",
    "The commission declared Tomas Halvik's party the winner.",   # no party tied to him: not Halvik himself
])
def test_not_declared_winner(extract, text):
    assert all(a != "Tomas Halvik" for a, _ in of_kind(extract, text, "win"))
    if "not" in text:
        assert not of_kind(extract, text, "win")


# -- a leadership ballot is won and lost ------------------------------------------------------------------------


@pytest.mark.parametrize("text, kind, actor", [
    ("Ana Berru won a late-night ballot for the Dune Party leadership.", "win", "Ana Berru"),
    ("Ana Berru won the leadership ballot 54 votes to 44.", "win", "Ana Berru"),
    ("Tomas Halvik lost the party-room ballot to Ana Berru.", "lose", "Tomas Halvik"),
])
def test_ballots(extract, text, kind, actor):
    assert actors_of(extract, text, kind) == [actor]


def test_a_ballot_box_is_not_won(extract):
    assert not of_kind(extract, "Ana Berru won praise for the new ballot design.", "win")


# -- an event inside a denial did not happen ---------------------------------------------------------------------


@pytest.mark.parametrize("text, kind", [
    ("Tomas Halvik denied that he would resign.", "resign"),
    ("Tomas Halvik dismissed reports that he had met Ana Berru.", "meet"),
    ("Ana Berru denied that she had conceded the race.", "concede"),
    ("The Dune Party has denied that it accused Ana Berru of fraud.", "accuse"),
])
def test_event_inside_a_denial_is_no_event(extract, text, kind):
    assert not of_kind(extract, text, kind)


@pytest.mark.parametrize("text, kind, actor", [
    ("Tomas Halvik denied the charges and resigned on Friday.", "resign", "Tomas Halvik"),   # its own clause
    ("Ana Berru said Tomas Halvik would resign.", "resign", "Tomas Halvik"),                  # reported, not denied
])
def test_event_beside_a_denial_still_counts(extract, text, kind, actor):
    assert actors_of(extract, text, kind) == [actor]
