"""Majority statements and thresholds in the general forms of election reporting (invented sentences, fictional
parties and people): each construction fires with its party, and the sentences next to it where it must not.

Status: a leader's majority is the party's ("lost her absolute majority"), "handing X its majority", "denied X
a majority", "far from a majority", "fall short of that", "heading towards a majority", "a two-third majority",
"two-thirds of the assembly", a "hung" parliament in quotation marks, "a relative majority", "the majority of
seats", "no single bloc or party with the support to win", projections that are not opinion polls; and the
statements that are not about this election's result (an earlier year, the last election, a supposed combination).
Whose: a group named by its leader, a party described rather than named, "the coalition of X and Y", a tie for
largest party. Thresholds: "N seats are needed", "N of the M seats are needed", "the N threshold", "the majority
(N seats)", "is set at N", "required to have a majority", "a party can form a government if it wins N or more".
"""

from __future__ import annotations

import pytest

from claimx.parties import same_party

from _majority_sentences import PLACE, has, statuses  # noqa: E402

GUILD = PLACE + "The Iron Guild, led by Ada Lume, won 50 seats and the Marsh Party 40. "


def thresholds(extract, text):
    return [c.seats for c in extract(text) if c.type == "majority_threshold"]


@pytest.mark.parametrize(
    "text,party,status",
    [
        # a leader's majority in the chamber is the party's (the one the article says the person leads), or null
        (PLACE + "Iron Guild leader Ada Lume won 50 seats. Lume lost her absolute majority in the assembly.", "Iron Guild", "short_of_majority"),
        (PLACE + "President Ada Lume is on course to lose his overall majority in parliament.", None, "short_of_majority"),
        (PLACE + "Iron Guild leader Ada Lume won 70 seats. Lume's thumping majority will ease the passage of her budget.", "Iron Guild", "majority"),
        # the recipient of a majority that is handed over
        (PLACE + "Voters handed the Iron Guild its long-sought majority.", "Iron Guild", "majority"),
        (PLACE + "The Marsh Party lost ground as voters handed the Iron Guild their first majority in 20 years.", "Iron Guild", "majority"),
        (PLACE + "Voters denied the Iron Guild a majority in the assembly.", "Iron Guild", "short_of_majority"),
        # "the majority of seats", "a majority of the 120-seat assembly": a chamber's majority, whatever the verb
        (PLACE + "The Iron Guild failed to secure the majority of seats needed to rule.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild won 66 seats, taking a majority of the 120-seat assembly on its own.", "Iron Guild", "majority"),
        # distances to the majority in other words
        (PLACE + "The threshold for a majority is 61 seats, and the Iron Guild will fall well short of that.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild won 45 seats, far from the threshold it needed to form a government.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild is still far from securing an absolute majority.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild won a relative majority of 55 seats.", "Iron Guild", "short_of_majority"),
        # on the way to one, and winning it in other verbs and longer phrases
        (PLACE + "The Iron Guild was heading towards a comfortable majority.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild locked up a solid majority.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild had gained a staggering 41-seat overall majority in the assembly.", "Iron Guild", "majority"),
        (PLACE + "Ada Lume's Iron Guild is on course for an assembly majority of 17.", "Iron Guild", "majority"),
        (PLACE + "The Marsh Party failed to make a dent in the Iron Guild's crushing majority.", "Iron Guild", "majority"),
        (PLACE + "The vote ended the Iron Guild's 16-year parliamentary majority.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild won 70 seats. Majority for Iron Guild, said the evening papers.", "Iron Guild", "majority"),
        # two-thirds, in its spellings
        (PLACE + "The Iron Guild secured a two-third majority.", "Iron Guild", "supermajority"),
        (PLACE + "The Iron Guild appeared headed to winning at least two-thirds of the assembly.", "Iron Guild", "supermajority"),
        # no party
        (PLACE + 'The result is a "hung" parliament.', None, "short_of_majority"),
        (PLACE + "Projections showed no single bloc or party with the support to win a majority in the assembly.", None, "short_of_majority"),
        (PLACE + "The first projections by four pollsters showed the vote delivering a hung parliament.", None, "short_of_majority"),
        # whose: "the coalition of X and Y", "the party and its partner Y", a described party
        (GUILD + "The ruling coalition of the Iron Guild and the Marsh Party retained a comfortable majority.",
         "Iron Guild and Marsh Party", "majority"),
        (GUILD + "Despite the Iron Guild's worst showing in years, the party and junior coalition partner Marsh Party "
         "maintained a comfortable majority.", "Iron Guild and Marsh Party", "majority"),
        (PLACE + "The conservative Iron Guild won 50 seats. It was the first time that the conservative party has lost "
         "control of parliament.", "Iron Guild", "short_of_majority"),
        # the means, not a goal; the seats "it needs"; poll results are the count; a year after "since" frames nothing
        (GUILD + "By obtaining only a small relative majority of seats, the Iron Guild must seek allies.", "Iron Guild", "short_of_majority"),
        (GUILD + "The count gave the Iron Guild more than the 61 seats it needs to form a government.", "Iron Guild", "majority"),
        (GUILD + "Voters handed Ada Lume a setback by denying the Iron Guild a majority, poll results showed.", "Iron Guild", "short_of_majority"),
        (GUILD + "For the first time since the return of democracy in 2014, the Iron Guild has failed to secure the "
         "majority of seats to rule.", "Iron Guild", "short_of_majority"),
        # a party's name before a group noun is the party ("the Iron Guild coalition")
        (GUILD + "The centrist Iron Guild coalition fell far short of the 61 threshold for an absolute majority.", "Iron Guild", "short_of_majority"),
        # enough to form the government; a long list of recipients; a clause the parser left without a subject
        (GUILD + "Thanks to its allies, the Iron Guild won more than enough mandates to form the next government.", "Iron Guild", "majority"),
        (PLACE + "The vote still gave the two governing parties and their supporting centrist parties a parliamentary majority.",
         None, "majority"),
        (PLACE + "Iron Guild leader Ada Lume won 70 seats. Since the start of the campaign, Lume, who has previously only won "
         "two minority governments, finally has a full majority.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild won 62 seats. Their combined seats will surpass a parliamentary majority of 61.", "Iron Guild", "majority"),
        (GUILD + "The Iron Guild wasn't even the largest party, let alone a majority in the assembly.", "Iron Guild", "short_of_majority"),
        (GUILD + "Exit polls said the Iron Guild would win a majority.", "Iron Guild", "majority"),
        (GUILD + "Officials said the Iron Guild had won a majority.", "Iron Guild", "majority"),
        (GUILD + "The Iron Guild held onto its legislative majority despite winning seven fewer seats.", "Iron Guild", "majority"),
        # the distance still to go
        (GUILD + "The Iron Guild needs another six seats for a majority.", "Iron Guild", "short_of_majority"),
        (GUILD + "The Iron Guild needs six more seats to secure an outright majority.", "Iron Guild", "short_of_majority"),
        # a consequence of another verb is no goal ("called" is no "called for")
        (GUILD + "The analyst called the last seat for the Iron Guild, guaranteeing an Iron Guild majority in the assembly.",
         "Iron Guild", "majority"),
        # a coalition named by its leader when the article says which party the leader leads
        (PLACE + "Iron Guild leader Ada Lume won 50 seats. Lume's coalition lost its majority.", "Iron Guild", "short_of_majority"),
    ],
)
def test_status_constructions(extract, text, party, status):
    has(extract, text, party, status)


@pytest.mark.parametrize(
    "text,status,wrong_party",
    [
        # a group named by a leader the article gives no party for: no party, never the party named next
        (PLACE + "The Marsh Party won 40 seats. Prime Minister Ada Lume's coalition lost its majority.", "short_of_majority", "Marsh Party"),
        # a headline's person, then a party in a clause of its own
        ("Lume wins majority as Marsh Party surges\n\nOstrelia voted on Sunday. Ada Lume thanked voters.", "majority", "Marsh Party"),
        # a party described, not named ("the conservative party") is not the party of the sentence before
        (PLACE + "The Marsh Party won 38 seats. It was the first time that the conservative party has lost control of "
         "parliament.", "short_of_majority", "Marsh Party"),
        # "stripping him of his majority": a leader the sentence gives no party for
        (GUILD + "Voters inflicted a defeat on President Ada Lume, stripping him of his overall parliamentary majority.",
         "short_of_majority", "Marsh Party"),
        # a tie for the most seats leaves no largest party
        (PLACE + "The Iron Guild won 26 seats and the Marsh Party 26. No party won a majority.", "short_of_majority", "Iron Guild"),
        (PLACE + "The Iron Guild won 26 seats and the Marsh Party 26. No party won a majority.", "short_of_majority", "Marsh Party"),
    ],
)
def test_status_without_a_wrong_party(extract, text, status, wrong_party):
    found = statuses(extract, text)
    assert any(s == status for _, s, _ in found), found
    assert not any(p and same_party(p, wrong_party) for p, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a candidate's margin stays a candidate's
        PLACE + "Ada Lume kept her seat, though her majority fell to 2,000 votes.",
        PLACE + "Ada Lume's majority of 4,000 votes in the north district was halved.",
        # a distance to another figure, not to a majority
        PLACE + "The Marsh Party won 32 seats, eight short of the 40 it won in 2019.",
        # an electoral threshold, a share of the party's own seats
        PLACE + "The Greens were far from the 5% threshold needed to enter the assembly.",
        PLACE + "The Iron Guild lost a majority of its seats in the north.",
        # an earlier election
        PLACE + "The Iron Guild won 40 seats in 2024. In 2019, the Iron Guild had obtained an absolute majority with 70 seats.",
        PLACE + "The result mirrors the last election six months ago, when no party obtained a majority.",
        PLACE + "The Iron Guild won 66 seats, after five years of minority government.",
        PLACE + "If it wins, the Iron Guild needs six more seats for a majority.",
        # the majority before this election
        PLACE + "The result was down from the Iron Guild's previous 68-seat majority.",
        # a combination supposed, not a result
        PLACE + "The Iron Guild won 50 seats. Together with the Marsh Party, the Iron Guild would have a majority.",
        # opinion polls before the vote
        PLACE + "Opinion polls had suggested a hung parliament for weeks.",
        PLACE + "The Iron Guild hopes to win enough seats to form a government.",
        PLACE + "The Iron Guild campaigned to win an outright majority.",
        PLACE + "The Iron Guild could surpass a majority.",
        # a forecast in reported speech, before the count
        PLACE + "The Iron Guild won 50 seats. Ada Lume said that her party would garner a two-thirds majority.",
        PLACE + "Ada Lume predicted that the Iron Guild would win a majority.",
        PLACE + "The Iron Guild called for a majority government.",
        PLACE + "The bill gave the government a majority of powers over the budget.",
        # "a third straight majority" is no two-thirds majority
        PLACE + "Voters denied the Iron Guild a third straight term.",
    ],
)
def test_status_does_not_fire(extract, text):
    assert statuses(extract, text) == []


def test_a_third_term_majority_is_no_supermajority(extract):
    found = statuses(extract, PLACE + "The Iron Guild won a third consecutive majority.")
    assert found and all(s == "majority" for _, s, _ in found), found


# ---------------------------------------------------------------- thresholds
@pytest.mark.parametrize(
    "text,seats",
    [
        (PLACE + "In order to be able to form a government, 61 seats are needed.", 61),
        (PLACE + "For an absolute majority in the assembly, 61 of the 120 seats are needed.", 61),
        (PLACE + "The Iron Guild won 50 seats, much less than the 61 required to have a straight majority.", 61),
        (PLACE + "The Iron Guild won 50 seats, far short of the 61 threshold for an absolute majority.", 61),
        (PLACE + "The Iron Guild won 50 seats, short of the 61-seat mark needed to govern.", 61),
        (PLACE + "The Iron Guild won 50 seats, far from the absolute majority (61 seats).", 61),
        (PLACE + "The Iron Guild won 50 seats (11 seats short of the absolute majority of 61 seats).", 61),
        (PLACE + "The majority in the assembly is set at 61 seats.", 61),
        (PLACE + "A party can form the government if it wins 61 seats or more.", 61),
        (PLACE + "A party can form a government if they win 61 or more seats in the assembly.", 61),
        (PLACE + "The Iron Guild won 62 seats. Their combined seats will surpass a parliamentary majority of 61.", 61),
        (PLACE + "The Iron Guild fell six seats short of the 61 needed.", 61),
        (PLACE + "The Iron Guild won 65 seats, a cushion of four above the 61 seats needed to claim a majority.", 61),
    ],
)
def test_threshold_forms(extract, text, seats):
    assert seats in thresholds(extract, text)


def test_of_total_needed_gives_the_chamber_too(extract):
    claims = extract(PLACE + "For an absolute majority in the assembly, 61 of the 120 seats are needed.")
    assert [c.seats for c in claims if c.type == "majority_threshold"] == [61]
    assert 120 in [c.seats for c in claims if c.type == "chamber_size"]


@pytest.mark.parametrize(
    "text",
    [
        PLACE + "The Iron Guild can form the government if it wins 10 more seats.",
        PLACE + "If the Iron Guild wins 50 seats, it will be the largest party.",
        PLACE + "The Greens fell short of the 5 percent threshold needed to enter parliament.",
        PLACE + "The Iron Guild won 44 seats, and 12 seats are still being counted.",
        PLACE + "The Iron Guild won 44 seats, and 12 seats are needed to pass the budget.",
        PLACE + "The Iron Guild passed the 1,000 mark in members this year.",
        PLACE + "The Iron Guild won a majority of 12 in the assembly.",
        PLACE + "The Iron Guild maintains an absolute majority of 66 seats.",
        PLACE + "The Iron Guild won 55 seats and needs six more seats to secure an outright majority.",
        PLACE + "The Iron Guild won 44 seats, and the 12 needed for the quorum came late.",
    ],
)
def test_threshold_does_not_fire(extract, text):
    assert thresholds(extract, text) == []
