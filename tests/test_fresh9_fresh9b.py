"""Seat constructions found on fresh real news (Asia, Africa, Oceania, the Middle East), each with invented
sentences (fictional country, parties and people) where it must fire and where it must not:

- a majority required of the chamber counted in votes: "the necessary parliamentary majority of 61 votes";
- a partial vote fills only some seats: "supplementary elections will be held in 46 constituencies" is no chamber;
- what one seat costs in votes: "to obtain one seat it needs about 0.25% of the vote" is no threshold;
- "the 132-seat halfway mark" (a compound threshold named as the halfway mark);
- the compound chamber written without its hyphen: "the new 55 seat Parliament", "a 120 member assembly";
- "98 out of 109 seats have been declared": the whole the declared seats are counted out of is the chamber (the
  chamber the clause names), but not "won 162 seats out of the 325 seats declared";
- "short of forming the government on its own", "short of governing alone": a shortfall, not a majority;
- an infinitive of purpose under an obligation: "will have to win over independents to reach the halfway mark".
"""

from __future__ import annotations

import pytest

PLACE = "Ostrelia voted on Sunday for its 120-seat assembly. "


def _claims(extract, text, type_):
    return [c for c in extract(text) if c.type == type_]


def _sizes(extract, text):
    return sorted(c.seats for c in _claims(extract, text, "chamber_size"))


def _thresholds(extract, text):
    return sorted(c.seats for c in _claims(extract, text, "majority_threshold"))


def _statuses(extract, text):
    return [(c.party, c.status) for c in _claims(extract, text, "majority_status")]


# ---- thresholds
def test_necessary_majority_in_votes(extract):
    text = PLACE + "The Iron Guild won 40 seats. Neither bloc gained the necessary parliamentary majority of 61 votes in the assembly."
    assert 61 in _thresholds(extract, text)


@pytest.mark.parametrize("text", [
    PLACE + "The Iron Guild won 40 seats and its candidate took 4,200 votes in Northgate.",
    PLACE + "The Iron Guild won 40 seats. Its leader won a majority of 61 votes in her own district.",
])
def test_votes_stay_votes(extract, text):
    assert 61 not in _thresholds(extract, text) and not any(c.seats in (61, 4200) for c in _claims(extract, text, "seat_count"))


def test_halfway_mark_compound(extract):
    text = PLACE + "The Iron Guild won 45 seats, but it is still 16 seats short of the 61-seat halfway mark that it needs to form a government."
    assert 61 in _thresholds(extract, text)


def test_cost_of_one_seat_is_no_threshold(extract):
    text = PLACE + "The Iron Guild won 45 seats. For a party to obtain one seat it needs about 0.8% of the national vote."
    assert _thresholds(extract, text) == []


def test_seat_it_needed_stays_threshold(extract):
    text = PLACE + "The Iron Guild won 45 seats, short of the 61 seats it needed for a majority."
    assert 61 in _thresholds(extract, text)


# ---- chamber sizes
@pytest.mark.parametrize("text,size", [
    ("The Iron Guild won 26 seats in the new 55 seat Parliament.", 55),
    ("Ostrelia elects a 120 member assembly. The Iron Guild won 50 seats.", 120),
])
def test_unhyphenated_compound_chamber(extract, text, size):
    assert size in _sizes(extract, text)
    assert not any(c.seats == size for c in _claims(extract, text, "seat_count"))


def test_single_seat_is_a_count(extract):
    text = "The Iron Guild won one seat in parliament and the Marsh Party 40 seats."
    assert _sizes(extract, text) == []


def test_partial_vote_is_no_chamber(extract):
    text = PLACE + "The Iron Guild won 50 seats. Supplementary elections will be held in 14 constituencies to complete the assembly."
    assert 14 not in _sizes(extract, text)
    text = "By-elections will take place in 6 constituencies next month."
    assert _sizes(extract, text) == []


def test_whole_vote_stays_chamber(extract):
    assert 543 in _sizes(extract, "Voting takes place in 543 constituencies across Ostrelia.")


def test_declared_out_of_whole(extract):
    text = ("The Iron Guild won 30 seats. In the Senate, 48 out of 52 seats have been declared while 140 out of 150 seats "
            "have been declared for the House of Representatives.")
    sizes = {(c.seats, c.body) for c in _claims(extract, text, "chamber_size")}
    assert (52, "Senate") in sizes and (150, "House of Representatives") in sizes


def test_declared_part_named_after_count(extract):
    text = "The Iron Guild has so far won 62 seats out of the 130 seats declared while the Marsh Party won 40."
    assert 130 not in _sizes(extract, text)


# ---- majority status
def test_short_of_governing_on_its_own(extract):
    text = PLACE + ("The Iron Guild won 50 seats. The results show the Iron Guild as the biggest party, but with numbers "
                    "still short of forming the government on its own.")
    st = _statuses(extract, text)
    assert ("Iron Guild", "short_of_majority") in st and ("Iron Guild", "majority") not in st


def test_short_of_governing_alone(extract):
    st = _statuses(extract, PLACE + "The Iron Guild won 55 seats, short of governing alone.")
    assert ("Iron Guild", "short_of_majority") in st


def test_enough_to_govern_on_its_own_stays(extract):
    st = _statuses(extract, PLACE + "The Iron Guild won 65 seats, enough to govern on its own.")
    assert ("Iron Guild", "majority") in st


def test_purpose_under_obligation_is_a_goal(extract):
    text = PLACE + ("The Iron Guild won 50 seats. The party will now have to win over independents and smaller parties "
                    "to reach the halfway mark.")
    assert ("Iron Guild", "majority") not in _statuses(extract, text)


def test_purpose_without_obligation_stays(extract):
    text = PLACE + "The Iron Guild won 70 seats to pass the halfway mark."
    assert ("Iron Guild", "majority") in _statuses(extract, text)


# ---- whose: a party's head noun written with a capital as its short name
def test_capitalised_head_noun_is_the_named_party(extract):
    text = (PLACE + "The Harbour Valley Alliance has secured a third term. The Marsh Party suffered a collapse in its vote. "
            "On current estimates, the Alliance is two seats shy of a majority.")
    st = _statuses(extract, text)
    assert ("Harbour Valley Alliance", "short_of_majority") in st and ("Marsh Party", "short_of_majority") not in st


def test_common_noun_coalition_is_not_a_short_name(extract):
    text = (PLACE + "The Harbour Valley Alliance won 50 seats. The Marsh Party won 40 seats. "
            "Analysts said the coalition is two seats shy of a majority.")
    assert ("Harbour Valley Alliance", "short_of_majority") not in _statuses(extract, text)


# ---- more than a majority, held or won
def test_maintain_well_over_a_majority(extract):
    text = PLACE + "The Iron Guild won 70 seats. The Iron Guild will maintain well over a majority on its own in the assembly."
    assert ("Iron Guild", "majority") in _statuses(extract, text)


@pytest.mark.parametrize("text", [
    PLACE + "The Iron Guild won 50 seats. Its leader won over a majority of undecided voters.",
    PLACE + "The Iron Guild won 50 seats but could not win over a majority of the independents.",
])
def test_win_over_voters_is_no_majority(extract, text):
    assert ("Iron Guild", "majority") not in _statuses(extract, text)


# ---- "yet to": not (yet) won
@pytest.mark.parametrize("text", [
    PLACE + "The Iron Guild won 50 seats. The Iron Guild has yet to secure a majority in the assembly.",
    PLACE + "The Iron Guild won 50 seats. The Iron Guild is yet to win an outright majority.",
])
def test_yet_to_win_a_majority(extract, text):
    st = _statuses(extract, text)
    assert ("Iron Guild", "short_of_majority") in st and ("Iron Guild", "majority") not in st


def test_yet_to_achieve_that_majority(extract):
    text = ("With 37 seats in the upper chamber, the Iron Guild has formed the majority though it has yet to achieve "
            "that in the lower House.")
    st = _statuses(extract, text)
    assert ("Iron Guild", "majority") in st and ("Iron Guild", "short_of_majority") in st


@pytest.mark.parametrize("text", [
    PLACE + "The Iron Guild won 50 seats. The Iron Guild promised a new road but has yet to deliver it.",
    PLACE + "The Iron Guild won 70 seats. The Iron Guild has won a majority, yet to form a government it needs a speaker.",
])
def test_yet_without_a_majority_to_deny(extract, text):
    assert ("Iron Guild", "short_of_majority") not in _statuses(extract, text)


# ---- seat changes compared with the party's own earlier count
def test_fewer_than_its_own_earlier_count(extract):
    text = ("The Iron Guild won 189 seats in single-seat districts. While it finished with nearly 30 constituency seats "
            "fewer than the 218 in 2017, its list seats rose.")
    ch = [(c.party, c.delta) for c in _claims(extract, text, "seat_change")]
    assert ("Iron Guild", -30) in ch


def test_fewer_than_needed_is_no_change(extract):
    text = PLACE + "The Iron Guild won 59 seats, two fewer than the 61 needed for a majority."
    assert _claims(extract, text, "seat_change") == []


def test_fewer_than_another_party_is_no_change(extract):
    text = PLACE + "The Iron Guild won 40 seats, 12 more than the Marsh Party."
    assert _claims(extract, text, "seat_change") == []


def test_improving_its_showing_by(extract):
    text = "The Marsh Party won 9 constituency and 23 list seats, improving its showing by 1 seat in each category."
    assert ("Marsh Party", 1) in [(c.party, c.delta) for c in _claims(extract, text, "seat_change")]


# ---- a named majority in quotation marks
def test_named_majority_level(extract):
    text = ("The Iron Guild fell from 276 seats to 261, well past the “stable majority” level of 244 seats, and just "
            "reached the “absolute stable majority” of 261 seats.")
    assert _thresholds(extract, text) == [244, 261]


def test_unquoted_majority_of_a_win_is_no_named_threshold(extract):
    text = PLACE + "The Iron Guild won a majority of 61 seats."
    assert _thresholds(extract, text) == []


# ---- the electoral system's abbreviations are no party
def test_proportional_representation_is_no_party(extract):
    text = ("The Iron Guild won 189 seats in single-seat districts and 72 via proportional representation. Its PR seats "
            "rose compared with the 66 in the last election.")
    assert not any(c.party in ("PR",) for c in extract(text) if c.type in ("seat_count", "seat_change"))


# ---- a title-case headline's verb is no modifier of "Majority"
def test_headline_verb_after_possessor_is_the_verb(extract):
    text = "Grant’s Iron Guild Retains Solid Majority in Assembly Election\nThe Iron Guild won 70 seats in the 120-seat assembly."
    assert ("Iron Guild", "majority") in _statuses(extract, text)


def test_possessor_majority_stays(extract):
    text = PLACE + "The Iron Guild won 70 seats. The Iron Guild's huge majority was a surprise."
    assert ("Iron Guild", "majority") in _statuses(extract, text)
