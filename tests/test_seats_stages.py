"""The stage modules of claimx_seats (candidates, kinds, owners, status, mention_filter) on invented sentences,
each with sentences where the decision must fire and sentences where it must not."""

import pytest

from claimx.components.seats import changes, kinds
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
    assert _counts(claims) == [("Iron Guild", 64, "projected")]  # an exit poll's figure


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


# ---------------------------------------------------------------- status (clause frames)
from claimx.components.seats import status as status_cues  # noqa: E402


@pytest.mark.parametrize("clause,expected", [
    ("in the last elections , 14 months ago , the guild won", True),
    ("at the previous vote the marsh party took", True),
    ("four years ago the party won", True),
    ("the guild won", False),
    ("the guild now holds", False),
])
def test_past_election_frame(clause, expected):
    assert status_cues.past_election_frame(clause) is expected


@pytest.mark.parametrize("sent,expected", [
    ("with 99 % of the votes counted , the guild had", True),
    ("on preliminary results the guild has", True),
    ("after all the votes were counted the guild had", False),
    ("the guild won", False),
])
def test_partial_count(sent, expected):
    assert status_cues.partial_count(sent) is expected


def test_statuses_from_frames(extract):
    claims = extract("Ostria voted for 150 seats. With 95% of the votes counted, the Iron Guild had 61 seats. "
                     "In the last elections, four years ago, the Iron Guild won 52 seats, the Marsh Party 48. "
                     "According to a broadcaster, the Marsh Party would hold 41 seats. "
                     "The Marsh Party and the Salt Party together would have 70 seats.")
    # a count still running, stated as fact, is a result (the dev gold's convention); its rule keeps the cue
    assert _has(claims, "Iron Guild", 61, "result")
    assert _has(claims, "Iron Guild", 52, "previous") and _has(claims, "Marsh Party", 48, "previous")
    assert _has(claims, "Marsh Party", 41, "projected")
    assert any(c.type == "seat_count" and c.seats == 70 and c.status == "other" for c in claims)


def test_projection_cue_stays_in_its_clause(extract):
    claims = extract("Ostria voted for 150 seats. The Iron Guild is projected to secure 60 seats but presently has 55 "
                     "seats.")
    assert _has(claims, "Iron Guild", 60, "projected") and _has(claims, "Iron Guild", 55, "result")


# ---------------------------------------------------------------- counts: new constructions
def test_to_n_from_m_gives_both(extract):
    claims = extract("Ostria voted for the 120-seat assembly. The Iron Guild went to 49 from 37 deputies. "
                     "The Marsh Party increased to 31 from 26 lawmakers.")
    assert _has(claims, "Iron Guild", 49, "result") and _has(claims, "Iron Guild", 37, "previous")
    assert _has(claims, "Marsh Party", 31, "result") and _has(claims, "Marsh Party", 26, "previous")


def test_members_and_senators_of_a_party(extract):
    claims = extract("Ostria voted for the 120-seat assembly. The Iron Guild has a majority in the assembly with 62 "
                     "members compared to the Marsh Party which has 40 members.")
    assert _has(claims, "Iron Guild", 62, "result") and _has(claims, "Marsh Party", 40, "result")
    claims = extract("Ostria elected its senate. 24 senators were elected under the Iron Guild.")
    assert _has(claims, "Iron Guild", 24)


def test_members_that_are_no_seats(extract):
    claims = extract("Ostria voted for the 120-seat assembly. The Iron Guild has 5,000 members in the capital. "
                     "Its youth wing sent 40 members to the rally.")
    assert not [c for c in claims if c.type == "seat_count"], _counts(claims)


def test_a_total_of_n_deputies_is_the_chamber(extract):
    claims = extract("Ostria voted on Sunday. A total of 120 deputies were elected.")
    assert [(c.type, c.seats) for c in claims if c.type == "chamber_size"] == [("chamber_size", 120)]
    claims = extract("Ostria voted on Sunday. The Iron Guild won a total of 64 seats.")
    assert not [c for c in claims if c.type == "chamber_size"] and _has(claims, "Iron Guild", 64)


# ---------------------------------------------------------------- names, combinations, bracketed changes
def test_party_names_with_romance_connectors(extract):
    claims = extract("Ostria voted for the 257-seat chamber. Fuerza por el Futuro won 98 seats and Juntos por la "
                     "Costa took 94 seats. Aliança pela Mudança (APM) won 40 seats, while Partido da Terra (PT) won 12.")
    for party, seats in (("Fuerza por el Futuro", 98), ("Juntos por la Costa", 94), ("Aliança pela Mudança", 40),
                         ("Partido da Terra", 12)):
        assert _has(claims, party, seats), _counts(claims)


def test_coalition_of_two_parties_is_their_combination(extract):
    claims = extract("Ostria voted for its 465-seat lower house. The ruling coalition of the Iron Guild and the Marsh "
                     "Party won 215 seats.")
    (c,) = [c for c in claims if c.type == "seat_count"]
    assert c.seats == 215 and "Iron Guild" in c.party and "Marsh Party" in c.party
    claims = extract("Ostria voted. The Iron Guild and the Marsh Party won 61 and 40 seats respectively.")
    assert _has(claims, "Iron Guild", 61) and _has(claims, "Marsh Party", 40)


def test_signed_bracketed_changes(extract):
    claims = extract("Ostria voted for 150 seats. The Iron Guild won 61 seats (+9), the Marsh Party 40 (-15) and the "
                     "Rally 3 (−2). The Salt Party won 12 seats (2019: 10).")
    changes = sorted((c.party, c.delta) for c in claims if c.type == "seat_change")
    assert changes == [("Iron Guild", 9), ("Marsh Party", -15), ("Rally", -2)]


def test_same_party_with_a_generic_tail():
    assert same_party("Kenya Kwanza Alliance (Senate)", "Kenya Kwanza")
    assert not same_party("Democratic Alliance", "Democratic")
    assert not same_party("Freedom Alliance", "Freedom Movement")


# ---------------------------------------------------------------- owners: leaders and shared counts
def test_party_named_by_its_leader(extract):
    claims = extract("Ostria voted for 150 seats. Ana Voss's Iron Guild won 61 seats. Voss's party had 52 seats before.")
    assert _has(claims, "Iron Guild", 61, "result") and _has(claims, "Iron Guild", 52, "previous")
    assert not [c for c in claims if c.type == "seat_count" and "Voss" in c.party]
    claims = extract("Ostria voted for 150 seats. The Marsh Party, led by Tomas Lume, won 40 seats. The Lume-led party "
                     "had 48 in the last parliament.")
    assert _has(claims, "Marsh Party", 48, "previous")
    claims = extract("Ostria voted for 150 seats. Iron Guild leader Ana Voss celebrated. Mrs. Voss's party went to 61 "
                     "from 52 deputies.")
    assert _has(claims, "Iron Guild", 61, "result") and _has(claims, "Iron Guild", 52, "previous")


def test_unknown_leader_gives_no_party(extract):
    claims = extract("Ostria voted for 150 seats. Tomas Lume's party won 40 seats.")
    assert not [c for c in claims if c.type == "seat_count"], _counts(claims)


def test_seats_each(extract):
    claims = extract("Ostria voted for 150 seats. The Iron Guild won 30% of the vote against 28% for the Marsh Party, "
                     "with 40 seats each.")
    assert _has(claims, "Iron Guild", 40) and _has(claims, "Marsh Party", 40)
    claims = extract("Ostria voted for 150 seats. The Iron Guild won 40 seats and the Marsh Party 30.")
    assert not _has(claims, "Marsh Party", 40)


# ---------------------------------------------------------------- owners: names made parties by their construction
def test_unknown_single_word_parties(extract):
    claims = extract("Ostria voted for 150 seats. Zorvanta won 28 seats and Lantern took 24. The left-wing Zorvanta won "
                     "33 seats. Pelinor, the far-right party, came third with 18 seats. Quellen (12 seats) will sit in "
                     "opposition.")
    for party, seats in (("Zorvanta", 28), ("Lantern", 24), ("Zorvanta", 33), ("Pelinor", 18), ("Quellen", 12)):
        assert _has(claims, party, seats), _counts(claims)


def test_words_that_are_not_parties_of_counts(extract):
    claims = extract("Ostria voted for 150 seats. Together they won 80 seats. Nobody won a majority. Premier Ana Voss "
                     "won her seat in the capital.")
    assert not [c for c in claims if c.type == "seat_count" and c.party in ("Together", "Nobody", "Voss", "Ana Voss")], _counts(claims)


def test_of_the_n_seats_opening_is_the_chamber(extract):
    claims = extract("Ostria voted on Sunday. Of the 150 seats, the Iron Guild won 61.")
    assert [c.seats for c in claims if c.type == "chamber_size"] == [150]
    assert _counts(claims) == [("Iron Guild", 61, "result")]


# ---------------------------------------------------------------- chambers and thresholds in their forms
from claimx.components.seats import chambers  # noqa: E402


@pytest.mark.parametrize("text,kind,seats", [
    ("Ostria votes on Sunday to elect 500 deputies to the National Assembly.", "chamber_size", 500),
    ("Ostria votes on Sunday. Some 4,000 candidates are vying for 150 seats in parliament.", "chamber_size", 150),
    ("Ostria votes on Sunday. Parliament's 150 seats are all up for election.", "chamber_size", 150),
    ("Ostria votes on Sunday. The Senate has 72 seats.", "chamber_size", 72),
    ("Ostria votes on Sunday. To govern alone, a party must win at least 76 seats.", "majority_threshold", 76),
    ("Ostria votes on Sunday. No alliance commands an absolute majority of 76 members yet.", "majority_threshold", 76),
])
def test_chamber_and_threshold_forms(extract, text, kind, seats):
    claims = extract(text)
    assert [(c.type, c.seats) for c in claims if c.type in ("chamber_size", "majority_threshold", "seat_count")] == [(kind, seats)]


def test_chamber_forms_that_are_counts(extract):
    claims = extract("Ostria voted on Sunday. The Iron Guild elected 40 deputies. The Marsh Party won an absolute "
                     "majority of 80 seats in the capital.")
    assert not [c for c in claims if c.type in ("chamber_size", "majority_threshold")]
    assert _has(claims, "Iron Guild", 40)


def test_chamber_stage_functions():
    assert chambers.elects_n("voters will elect all") and not chambers.elects_n("the guild won")
    assert chambers.body_possessive("parliament 's") and not chambers.body_possessive("the guild 's")
    assert chambers.absolute_majority_of("no alliance commands an absolute majority of")
    assert not chambers.absolute_majority_of("the guild won an absolute majority of")
    assert chambers.generic_must_win("a party must win at least", "to govern alone , a party must win at least 76 seats")
    assert not chambers.generic_must_win("the guild must win", "the guild must win 76 seats")
    assert not_a_party("Senate") == "chamber" and not_a_party("the National Assembly") == "chamber"


# ---------------------------------------------------------------- changes


@pytest.mark.parametrize("text,party,delta", [
    ("The Iron Guild increased its tally by nine seats.", "Iron Guild", 9),
    ("The Marsh Party saw its seat count fall by 15.", "Marsh Party", -15),
    ("The vote cost the Marsh Party 15 seats.", "Marsh Party", -15),
    ("The Marsh Party lost 15 of its 55 seats.", "Marsh Party", -15),
    ("The Marsh Party's losses amounted to 15 seats.", "Marsh Party", -15),
    ("The Iron Guild won nine more seats than last time.", "Iron Guild", 9),
    ("The Iron Guild went up by nine seats.", "Iron Guild", 9),
])
def test_change_forms(extract, text, party, delta):
    claims = extract("Ostria voted for 150 seats. " + text)
    assert [(c.party, c.delta) for c in claims if c.type == "seat_change"] == [(party, delta)]
    assert not [c for c in claims if c.type == "seat_count" and c.status == "result"], _counts(claims)


def test_lost_n_of_its_m_gives_the_previous_count(extract):
    claims = extract("Ostria voted for 150 seats. The Marsh Party lost 15 of its 55 seats.")
    assert _has(claims, "Marsh Party", 55, "previous")
    assert [c.seats for c in claims if c.type == "chamber_size"] == [150]


def test_not_changes(extract):
    claims = extract("Ostria voted for 150 seats. The Iron Guild won nine more seats than the Marsh Party. The Marsh "
                     "Party lost power after winning only 40 seats.")
    assert not [c for c in claims if c.type == "seat_change"]
    assert _has(claims, "Marsh Party", 40, "result")
    assert changes.change_before_after("the guild won", "seats .") is None
    assert changes.change_before_after("the guild 's tally fell by", "") == (-1, "change-by")


# ---------------------------------------------------------------- status by year, rule names
def test_earlier_year_is_previous(extract):
    claims = extract("Ostria voted for 150 seats in 2024. The Iron Guild won 61 seats. The Marsh Party had won 52 "
                     "seats in the 2019 election. In 2019, it won 52.")
    assert _has(claims, "Iron Guild", 61, "result")
    assert len([c for c in claims if c.type == "seat_count" and c.status == "previous" and c.seats == 52]) == 2
    claims = extract("Ostria voted for 150 seats in 2024. The Iron Guild won 61 seats in 2024.")
    assert _has(claims, "Iron Guild", 61, "result")


def test_rule_names_the_status_decision(extract):
    claims = extract("Ostria voted for 150 seats. The Iron Guild won 61 seats, up from 52. With 90% of the votes "
                     "counted, the Marsh Party had 40 seats.")
    rules = {c.seats: c.rule for c in claims if c.type == "seat_count"}
    assert rules[52].endswith("/status:previous-from")
    assert rules[40].endswith("/status:partial-count")
    assert "/status:" not in rules[61]


def test_coordinated_verb_shares_the_subject(extract):
    claims = extract("Ostria voted. The Iron Guild is still projected to secure 60 seats but presently has 55.")
    assert _has(claims, "Iron Guild", 60, "projected") and _has(claims, "Iron Guild", 55, "result")
    claims = extract("Ostria voted for 150 seats. The Greens won 12 seats, but the Iron Guild has 55.")
    assert _has(claims, "Iron Guild", 55) and not _has(claims, "Green Party", 55)


def test_seat_noun_after_adjective_and_place(extract):
    claims = extract("Ostria voted for 150 seats. The Greens were likely to win at least one northern Lisbon seat.")
    assert _has(claims, "Green Party", 1, "projected")


def test_table_rows_and_ordinal_lists(extract):
    claims = extract("Ostria election results for the 150-seat parliament\n\nIron Guild\t61\nMarsh Party\t40\n\n"
                     "Party | Seats\nSalt Party | 22\nStone Union | 9\n")
    for party, seats in (("Iron Guild", 61), ("Marsh Party", 40), ("Salt Party", 22), ("Stone Union", 9)):
        assert _has(claims, party, seats), _counts(claims)
    claims = extract("Ostria voted. The Iron Guild finished first on 61 seats; the Marsh Party was second on 40 and the "
                     "Salt Party third on 22.")
    assert _has(claims, "Salt Party", 22) and not _has(claims, "Marsh Party", 22)


def test_table_of_votes_is_no_seat_table(extract):
    claims = extract("Ostria election results: votes by party\n\nIron Guild\t61,200 votes\nMarsh Party\t40,100 votes\n")
    assert not [c for c in claims if c.type == "seat_count"], _counts(claims)


def test_labels_and_sub_chambers(extract):
    claims = extract("Ostria voted for 150 seats. The Iron Guild won in District 9 and Ward 12.")
    assert not [c for c in claims if c.type == "seat_count"], _counts(claims)
    claims = extract("Ostria voted. The Marsh Party won 3 of the 10 seats in the capital region.")
    assert _has(claims, "Marsh Party", 3) and not [c for c in claims if c.type == "chamber_size"]
    claims = extract("Ostria voted. The Iron Guild won 50 of the 88 seats in the state parliament.")
    assert [c.seats for c in claims if c.type == "chamber_size"] == [88]
    claims = extract("Ostria voted. The Iron Guild won 9 seats in the district.")
    assert _has(claims, "Iron Guild", 9)


def test_seats_run_for_and_where_voting_takes_place(extract):
    claims = extract("Ostria votes on Sunday. The Iron Guild is contesting 150 seats and fielded candidates in 120 "
                     "constituencies.")
    assert not [c for c in claims if c.type in ("seat_count", "chamber_size")], _counts(claims)
    claims = extract("Ostria votes on Sunday. Voting takes place in 543 constituencies across the country.")
    assert [(c.type, c.seats) for c in claims if c.type in ("seat_count", "chamber_size")] == [("chamber_size", 543)]
    claims = extract("Ostria votes on Sunday. Some 20 million voters will choose the 150 members of the National "
                     "Assembly.")
    assert [c.seats for c in claims if c.type == "chamber_size"] == [150]


def test_bloc_named_with_its_allies(extract):
    claims = extract("Ostria voted. The Iron Guild, together with its allies the Marsh Party and the Salt Party, took "
                     "120 seats. The Iron Guild alone won 90 seats.")
    (bloc,) = [c for c in claims if c.type == "seat_count" and c.seats == 120]
    assert all(n in bloc.party for n in ("Iron Guild", "Marsh Party", "Salt Party"))
    assert _has(claims, "Iron Guild", 90)
    claims = extract("Ostria voted. The Iron Guild, with 40 seats, beat the Marsh Party.")
    assert _counts(claims) == [("Iron Guild", 40, "result")]


def test_senators_are_senate_seats(extract):
    claims = extract("Ostria voted. 24 senators were elected under the Iron Guild. The Iron Guild has 159 members in "
                     "the National Assembly.")
    bodies = {c.seats: c.body for c in claims if c.type == "seat_count"}
    assert bodies[24] == "Senate" and bodies[159] == "National Assembly"


def test_bracket_year_at_n_and_preliminary_after(extract):
    claims = extract("Ostria voted for 150 seats. The Iron Guild won 61 seats (2019: 52).")
    assert _has(claims, "Iron Guild", 61, "result") and _has(claims, "Iron Guild", 52, "previous")
    claims = extract("Ostria voted for 150 seats. Projections put the Iron Guild at 61 seats and the Marsh Party at 40.")
    assert _has(claims, "Iron Guild", 61, "projected") and _has(claims, "Marsh Party", 40, "projected")
    claims = extract("Ostria voted for 150 seats. The Iron Guild will be the largest party with 61 seats, according to "
                     "preliminary results.")
    assert _has(claims, "Iron Guild", 61, "result")
    # the first returns of a count are a projection
    claims = extract("Ostria voted for 150 seats. Early results gave the Iron Guild 61 of the 150 seats.")
    assert _has(claims, "Iron Guild", 61, "projected")
    claims = extract("Ostria voted for 150 seats. The Iron Guild has won 61 seats, according to the early tallies.")
    assert _has(claims, "Iron Guild", 61, "projected")
    claims = extract("Ostria voted for 150 seats. The Iron Guild won 61 seats, the final results show.")
    assert _has(claims, "Iron Guild", 61, "result")


def test_titled_leader_possessive_is_cut_off_the_party(extract):
    claims = extract("Ostria voted for 150 seats. President Voss's Iron Guild Party (IGP) won 61 seats; the IGP had 52 "
                     "in 2019.")
    assert sorted(_counts(claims)) == [("Iron Guild Party", 52, "previous"), ("Iron Guild Party", 61, "result")]
    claims = extract("Ostria voted for 150 seats. The People's Front won 40 seats.")
    assert _has(claims, "People's Front", 40)


def test_n_of_another_party_after_a_comparison(extract):
    claims = extract("Ostria voted for 150 seats. 24 senators were elected under the Iron Guild compared to 23 of the "
                     "Marsh Party.")
    assert _has(claims, "Iron Guild", 24, "result") and _has(claims, "Marsh Party", 23, "result")
    claims = extract("Ostria voted for 150 seats. The Iron Guild won 61 seats, compared to 52 in 2019.")
    assert _has(claims, "Iron Guild", 52, "previous")


def test_her_party_is_the_leaders_party(extract):
    claims = extract("Ostria voted for 150 seats. Ana Voss's Iron Guild is projected to win 60 seats. The Marsh Party "
                     "won 40 seats. Mrs Voss's gamble has lost her party about 20 seats.")
    assert [(c.party, c.delta) for c in claims if c.type == "seat_change"] == [("Iron Guild", -20)]


# ---------------------------------------------------------------- constructions read after the swap (fold B studied)
def test_fraction_lines(extract):
    claims = extract("Senate results\n\nIron Guild: 32/72\nMarsh Party: 27/72\n\nThe vote took place on 12/10.")
    assert _has(claims, "Iron Guild", 32) and _has(claims, "Marsh Party", 27)
    assert [c.seats for c in claims if c.type == "chamber_size"] == [72, 72]
    assert not [c for c in claims if c.type == "seat_count" and c.seats in (10, 12)]


def test_each_before_the_verb_allies_and_respectively_split(extract):
    claims = extract("Ostria voted for 150 seats. The Iron Guild and the Marsh Party each had 37 TDs elected.")
    assert _has(claims, "Iron Guild", 37) and _has(claims, "Marsh Party", 37)
    claims = extract("Ostria voted for 150 seats. The Iron Guild and its allies secured 90 seats.")
    assert _counts(claims) == [("Iron Guild and allies", 90, "result")]
    claims = extract("Ostria voted for 150 seats. Zorvanta and Pelinor won 11 and seven seats, respectively.")
    assert _has(claims, "Zorvanta", 11) and _has(claims, "Pelinor", 7)
    claims = extract("Ostria voted for 150 seats. The Iron Guild won most votes. The Marsh Party gained. It brought the "
                     "party to 38 seats.")
    assert _counts(claims) == [("Marsh Party", 38, "result")]


def test_abbreviation_between_party_and_number_and_taken_by(extract):
    claims = extract("Ostria voted for 150 seats. The Iron Guild (IG) 52, the Marsh Party (MP) eight.")
    assert _has(claims, "Iron Guild", 52) and _has(claims, "Marsh Party", 8)
    claims = extract("Ostria voted for 150 seats. The Iron Guild won 61 seats and 21 were taken by independents.")
    assert _has(claims, "Independent", 21)
    claims = extract("Ostria voted for 150 seats. The Iron Guild won 51 seats, dropping from 62 to 51.")
    assert _has(claims, "Iron Guild", 62, "previous")


def test_two_people_joined_by_and_are_no_party(extract):
    claims = extract("Ostria voted for 150 seats. The Marsh Party gained. Brendan Hale and Niamh Roe were elected. "
                     "It brought the party to 38 seats.")
    assert not [c for c in claims if c.type == "seat_count" and "Hale" in c.party]


def test_comparison_with_another_party_is_neither_change_nor_count(extract):
    claims = extract("Ostria voted for 150 seats. The Iron Guild won 37 seats, one more than the Marsh Party. The Salt "
                     "Party won 12 seats, three more than in 2019.")
    assert sorted(_counts(claims)) == [("Iron Guild", 37, "result"), ("Salt Party", 12, "result")]
    assert [(c.party, c.delta) for c in claims if c.type == "seat_change"] == [("Salt Party", 3)]


def test_distance_to_a_requirement_is_no_change(extract):
    # "N fewer than the M needed" measures the gap to a threshold; "N more than in 2019" is a change
    claims = extract("Ostria voted for 150 seats. The Iron Guild won 70 seats, six fewer than the 76 needed for a "
                     "majority. The Salt Party won 12 seats, two more than required to form a group. The Marsh Party "
                     "won 30 seats, four more than in 2019.")
    assert [(c.party, c.delta) for c in claims if c.type == "seat_change"] == [("Marsh Party", 4)]


def test_dates_chambers_and_commissions_with_abbreviations_are_no_parties():
    assert not_a_party("Starting December") == "date"
    assert not_a_party("Upper") == "chamber"
    assert not_a_party("Election Commission (EC)") == "institution"
    assert not_a_party("League of the First of June") is None


def test_projection_cue_anywhere_and_year_earlier_in_the_sentence(extract):
    claims = extract("Ostria voted for 150 seats in 2024. The Iron Guild will get 63 seats while the Marsh Party will "
                     "receive 40 seats, according to an exit poll. The Salt Party will provisionally receive 12 seats.")
    assert _has(claims, "Iron Guild", 63, "projected") and _has(claims, "Marsh Party", 40, "projected")
    assert _has(claims, "Salt Party", 12, "projected")
    claims = extract("Ostria voted for 150 seats in 2024. The Iron Guild won 61 seats. In the 2020 legislative "
                     "election, the Iron Guild won 52 seats, of which 40 were district seats.")
    assert _has(claims, "Iron Guild", 61, "result") and _has(claims, "Iron Guild", 52, "previous")
    claims = extract("Ostria voted for 150 seats in 2024. The Iron Guild won 61 seats, up from 52 in 2020.")
    assert _has(claims, "Iron Guild", 61, "result")


def test_changes_since_a_year_sign_words_and_weak_nouns(extract):
    claims = extract("Ostria voted for 150 seats. The Iron Guild won 40 seats, losing eight since 2019. The Marsh Party "
                     "got 20 seats, minus seven seats. The Salt Party is dropping six senators.")
    assert sorted((c.party, c.delta) for c in claims if c.type == "seat_change") == [
        ("Iron Guild", -8), ("Marsh Party", -7), ("Salt Party", -6)]
    assert sorted(_counts(claims)) == [("Iron Guild", 40, "result"), ("Marsh Party", 20, "result")]


def test_supermajority_of_n_is_a_threshold(extract):
    claims = extract("Ostria voted for 150 seats. The pact falls short of the two-thirds majority of 100.")
    assert [c.seats for c in claims if c.type == "majority_threshold"] == [100]


def test_party_after_the_number(extract):
    claims = extract("Ostria voted for 150 seats. Labor won 77 seats, with at least four Greens in opposition. The "
                     "Greens won 4 votes in the committee.")
    assert _has(claims, "Green Party", 4) and len([c for c in claims if c.type == "seat_count"]) == 2


def test_chamber_as_subject_body_and_majority_which_would_need(extract):
    claims = extract("Ostria voted for seats in the 113-seat body. In 2004, Ostria's Legislature had 225 seats. Later "
                     "the Legislative Yuan was reduced to 113 seats. No party won a majority, which would need at least "
                     "57 seats. The Iron Guild won 40 seats. The party is down by about 25 seats.")
    assert [c.seats for c in claims if c.type == "chamber_size"] == [113, 225, 113]
    assert [c.seats for c in claims if c.type == "majority_threshold"] == [57]
    assert _counts(claims) == [("Iron Guild", 40, "result")]
    assert [(c.party, c.delta, c.approximate) for c in claims if c.type == "seat_change"] == [("Iron Guild", -25, True)]
    claims = extract("Ostria voted for 150 seats. The Iron Guild had 40 seats in the old house.")
    assert _has(claims, "Iron Guild", 40) and [c.seats for c in claims if c.type == "chamber_size"] == [150]


def test_seats_declared_and_titled_officials(extract):
    claims = extract("Ostria voted for 222 seats. The Iron Guild won 82 seats. Commission chairman Tan Sri Amir Lumo "
                     "said no party had secured a majority of the 219 seats declared.")
    assert _counts(claims) == [("Iron Guild", 82, "result")]


def test_pronoun_subject_after_a_sentence_adverb(extract):
    claims = extract("Ostria voted for 150 seats. The Iron Guild kept all its senators. Therefore, it will have 32 seats "
                     "starting in December.")
    assert _has(claims, "Iron Guild", 32)


def test_of_the_m_seats_it_holds_is_the_partys_previous_count(extract):
    claims = extract("Ostria voted for 150 seats. The Iron Guild managed to keep 54 of the 58 seats it currently holds.")
    assert _has(claims, "Iron Guild", 54, "result") and _has(claims, "Iron Guild", 58, "previous")
    assert [c.seats for c in claims if c.type == "chamber_size"] == [150]


def test_fraction_lists_take_the_chamber_of_their_heading(extract):
    claims = extract("Ostria voted for both houses.\n\nThe Senate\nIron Guild: 32/72\n\nThe Lower House\nIron Guild: 104/257")
    bodies = {c.seats: c.body for c in claims if c.type == "seat_count"}
    assert bodies[32] == "Senate" and bodies[104] != "Senate"


# ---------------------------------------------------------------- regions
def _bodies(claims):
    return {(c.seats, c.body) for c in claims if c.type == "seat_count"}


@pytest.mark.parametrize("text,seats,place", [
    ("Ostria voted on Sunday. The Iron Guild won 80 seats. The Iron Guild also took all 12 parliamentary seats in Eastmarch.", 12, "Eastmarch"),
    ("Ostria voted on Sunday. The Iron Guild won 80 seats. The Iron Guild swept all 9 seats in the province of Dunmoor.", 9, "Dunmoor"),
    ("Ostria voted on Sunday. The Iron Guild won 80 seats. The Iron Guild swept Eastmarch's 12 seats.", 12, "Eastmarch"),
])
def test_a_count_in_a_region_gets_the_region_as_body(extract, text, seats, place):
    claims = extract(text)
    assert (seats, place) in _bodies(claims), _bodies(claims)
    regional = [c for c in claims if c.type == "seat_count" and c.seats == seats]
    assert all(c.rule.endswith("/region") and c.status == "result" for c in regional)  # gold keeps them results
    assert not any(c.body == place for c in claims if c.type == "seat_count" and c.seats == 80)


@pytest.mark.parametrize("text", [
    "Ostria voted on Sunday. The Iron Guild won 80 seats in the election, and the Marsh Party won 40 seats in parliament.",
    "Ostria voted on Sunday. The Iron Guild won 80 seats in Congress.",
    "Ostria voted on Sunday. The Iron Guild won 80 seats in Ostria, more than ever before in Ostria.",
])
def test_a_national_count_stays_national(extract, text):
    claims = extract(text)
    counts = [c for c in claims if c.type == "seat_count"]
    assert counts and not [c for c in counts if c.rule.endswith("/region")], [(c.seats, c.body, c.rule) for c in counts]


# ---------------------------------------------------------------- status: frames, cues and their scope
def _status_of(claims, party, seats):
    return [c.status for c in claims if c.type == "seat_count" and c.seats == seats and same_party(c.party, party)]


def test_an_outgoing_chamber_frames_its_clause_or_the_sentence_it_opens(extract):
    claims = extract("Ostria voted for 120 seats. In the outgoing chamber, the Iron Guild held 58 seats and the Rally 40.")
    assert _status_of(claims, "Iron Guild", 58) == ["previous"] and _status_of(claims, "Rally", 40) == ["previous"]
    # the frame sits in the first clause of a list: the next items are this election's results
    claims = extract("Ostria voted for 120 seats. The Rally won 22 seats, up from the 18 it held in the last parliament; "
                     "the Marsh Party, six seats; Independents, two.")
    assert _status_of(claims, "Rally", 18) == ["previous"] and _status_of(claims, "Rally", 22) == ["result"]
    assert _status_of(claims, "Marsh Party", 6) == ["result"] and _status_of(claims, "Independents", 2) == ["result"]
    claims = extract("Ostria voted for 120 seats. The Iron Guild held 58 seats in the outgoing chamber, and now has 61.")
    assert _status_of(claims, "Iron Guild", 58) == ["previous"] and _status_of(claims, "Iron Guild", 61) == ["result"]


def test_a_projection_adjective_before_a_noun_projects_nothing(extract):
    claims = extract("Ostria voted for 120 seats. The Iron Guild's likely coalition partners, the Marsh Party and the "
                     "Rally, won 11 and seven seats, respectively.")
    assert _status_of(claims, "Marsh Party", 11) == ["result"] and _status_of(claims, "Rally", 7) == ["result"]
    claims = extract("Ostria voted for 120 seats. The Iron Guild is likely to win 61 seats. The Rally will likely get 20. "
                     "The Marsh Party should take 12 seats in parliament.")
    assert _status_of(claims, "Iron Guild", 61) == ["projected"] and _status_of(claims, "Rally", 20) == ["projected"]
    assert _status_of(claims, "Marsh Party", 12) == ["projected"]


def test_previously_held_and_in_comparison_to_are_previous_counts(extract):
    claims = extract("Ostria voted for 120 seats. The Marsh Party, which previously held 12 seats, won 20. "
                     "The Iron Guild won 61 seats, a drop in comparison to 70.")
    assert _status_of(claims, "Marsh Party", 12) == ["previous"] and _status_of(claims, "Marsh Party", 20) == ["result"]
    assert _status_of(claims, "Iron Guild", 70) == ["previous"] and _status_of(claims, "Iron Guild", 61) == ["result"]
    # a comparison with another party's count is that party's count, not an earlier one
    for text in ("Ostria voted for 120 seats. The Iron Guild won 61 seats, in comparison to 40 of the Rally.",
                 "Ostria voted for 120 seats. The Iron Guild won 61 seats, compared with 40 for the Rally.",
                 "Ostria voted for 120 seats. The Iron Guild won 61 seats, compared with 40 seats for the Rally."):
        claims = extract(text)
        assert "previous" not in _status_of(claims, "Rally", 40) + _status_of(claims, "Iron Guild", 40), text


def test_a_count_verb_of_its_own_ends_a_going_into_frame(extract):
    claims = extract("Ostria voted for 120 seats. The Rally, which went into the election with three seats, won none "
                     "in the cities.")
    assert _status_of(claims, "Rally", 3) == ["previous"] and _status_of(claims, "Rally", 0) == ["result"]


# ---------------------------------------------------------------- candidates: "none"
def test_none_is_a_zero_count_only_after_a_count_verb(extract):
    claims = extract("Ostria voted for 120 seats. The Greens won none in the districts. The Marsh Party, having "
                     "previously held none, took eight seats.")
    assert _has(claims, "Greens", 0, "result") and _has(claims, "Marsh Party", 0, "previous") and _has(claims, "Marsh Party", 8, "result")
    claims = extract("Ostria voted for 120 seats. None of the parties won a majority. The vote was won by none other "
                     "than the Iron Guild, which took 61 seats.")
    assert [c.seats for c in claims if c.type == "seat_count"] == [61]


# ---------------------------------------------------------------- changes: "from N to M", goals
def test_from_n_to_m_gives_the_previous_and_the_new_count(extract):
    claims = extract("Ostria voted for 120 seats. The Iron Guild's seats went from 40 to 52, while the Rally fell from "
                     "30 seats to 21 seats.")
    assert _has(claims, "Iron Guild", 40, "previous") and _has(claims, "Iron Guild", 52, "result")
    assert _has(claims, "Rally", 30, "previous") and _has(claims, "Rally", 21, "result")
    assert not [c for c in claims if c.type == "seat_count" and c.upper is not None]  # no "40 to 52" range
    claims = extract("Ostria voted for 120 seats. An exit poll gives the Iron Guild 50 to 55 seats.")  # a range
    assert [(c.seats, c.upper) for c in claims if c.type == "seat_count"] == [(50, 55)]
    claims = extract("Ostria voted for 120 seats. Of the 120 seats, 61 went to the Iron Guild and 40 to the Rally.")
    assert _has(claims, "Iron Guild", 61) and _has(claims, "Rally", 40)


@pytest.mark.parametrize("before", ["the guild needs to gain", "the democrats needed a net gain of", "the rally must pick up",
                                    "it required a swing of"])
def test_goal_changes(before):
    assert changes.goal_change(before)


@pytest.mark.parametrize("before", ["the guild gained", "the rally picked up", "a net gain of", "it needs", "the guild needed to win"])
def test_not_goal_changes(before):
    assert not changes.goal_change(before)


def test_a_change_a_party_needs_is_no_change(extract):
    claims = extract("Ostria voted for 120 seats. The Democrats needed a net gain of 23 seats to take control. The Iron "
                     "Guild needs to gain 12 seats. The Marsh Party gained 4 seats.")
    assert [(c.party, c.delta) for c in claims if c.type == "seat_change"] == [("Marsh Party", 4)]


# ---------------------------------------------------------------- owners: gapped lists, hyphen-joined lists
def test_gapped_list_items_after_a_count_verb(extract):
    claims = extract("Ostria voted for 120 seats. The Iron Guild (IG) won 22 seats; the Marsh Party (MP), six seats; "
                     "Rally, three; Independents, two; and the Harbour Front (HF), one.")
    for party, seats in (("Iron Guild", 22), ("Marsh Party", 6), ("Rally", 3), ("Independents", 2), ("Harbour Front", 1)):
        assert _has(claims, party, seats, "result"), (party, _counts(claims))
    # no list slot before the party, or no count verb before it: no gapped item
    claims = extract("Ostria voted for 120 seats. The Iron Guild won 22 seats, and according to the Rally, 12 were close.")
    assert not _has(claims, "Rally", 12)
    claims = extract("Ostria voted for 120 seats. Voters in the north backed the Rally, and the Iron Guild, 12 points ahead.")
    assert not _has(claims, "Iron Guild", 12)


def test_names_glued_by_a_hyphen_are_one_joint_list(extract):
    claims = extract("Ostria voted for 120 seats. Solidarity-Green Left took five seats. Vale-Morrow and United Harbour "
                     "List each got four seats. The Iron Guild-Marsh Party government has 63 seats.")
    assert _has(claims, "Solidarity-Green Left", 5) and not _has(claims, "Green Left", 5)
    assert _has(claims, "Vale-Morrow", 4) and _has(claims, "United Harbour List", 4)
    assert _has(claims, "Iron Guild-Marsh Party", 63)
    claims = extract("Ostria voted for 120 seats. The pro-Guild vote held up: the Iron Guild won 40 seats, and the "
                     "Iron Guild - Rally rivalry went on.")
    assert _has(claims, "Iron Guild", 40) and not [c for c in claims if c.type == "seat_count" and "-" in c.party]


# ---------------------------------------------------------------- lists: "respectively" pairs its coordinated run
def test_respectively_pairs_only_the_numbers_coordinated_before_it(extract):
    claims = extract("Ostria voted for 120 seats. The Iron Guild, the largest grouping, will get 63 seats while the Rally "
                     "and the Marsh Party will receive 25 and 20 seats, respectively.")
    assert _has(claims, "Iron Guild", 63) and _has(claims, "Rally", 25) and _has(claims, "Marsh Party", 20)
    assert {c.rule for c in claims if c.type == "seat_count" and c.seats in (25, 20)} == {"seats/count-respectively"}
    claims = extract("Ostria voted for 120 seats. The Rally and the Marsh Party won 25 seats and 20 seats, respectively.")
    assert _has(claims, "Rally", 25) and _has(claims, "Marsh Party", 20)
    # no coordinated run: nothing to re-pair
    claims = extract("Ostria voted for 120 seats. The Rally won 25 seats. The Marsh Party and the Greens came second and "
                     "third respectively, with the Greens on 20 seats.")
    assert not [c for c in claims if c.rule == "seats/count-respectively"]


# ---------------------------------------------------------------- status: a year-framed count beside the party's result
_EARLIER = ("Guild ahead in Ostria\nOstria voted on Saturday, and the Iron Guild won 51 seats and the Rally 52 seats. "
            "Turnout was high.\n")


def test_a_year_framed_count_that_contradicts_the_partys_result_is_an_earlier_elections(extract):
    claims = extract(_EARLIER + "In the 2020 election, the Iron Guild won 61 seats. The Rally won 38 seats in 2020, "
                     "while the Marsh Party had three.\nThe last time no party had a majority was in 2004, when the chamber "
                     "had 225 seats. The Iron Guild won 89 seats, the Rally 79 and the Greens 34.")
    assert _status_of(claims, "Iron Guild", 51) == ["result"] and _status_of(claims, "Rally", 52) == ["result"]
    for party, seats in (("Iron Guild", 61), ("Rally", 38), ("Marsh Party", 3), ("Iron Guild", 89), ("Rally", 79), ("Greens", 34)):
        assert _status_of(claims, party, seats) == ["previous"], (party, seats, _counts(claims))


def test_no_year_frame_or_the_openings_year_changes_no_status(extract):
    # two results of a party, neither framed by a year (a correction): both stay results
    claims = extract(_EARLIER + "After a recount the Iron Guild won 50 seats. The Rally stays on 52 seats.")
    assert _status_of(claims, "Iron Guild", 50) == ["result"]
    # the year the opening names is the reported election's
    claims = extract("Guild ahead in Ostria\nIn the 2024 election on Saturday, the Iron Guild won 51 seats. Turnout was "
                     "high.\nAfter a recount in 2024 the Iron Guild won 50 seats, officials said.")
    assert _status_of(claims, "Iron Guild", 51) == ["result"] and _status_of(claims, "Iron Guild", 50) == ["result"]


# ---------------------------------------------------------------- owners: "each" scope, "to the N of", number-party lists
def test_each_shares_a_count_among_its_own_coordination_only(extract):
    claims = extract("Ostria voted for 120 seats. The Greens took 12 seats, the Rally and the Marsh Party took six each, "
                     "and 21 went to independents.")
    assert _has(claims, "Rally", 6) and _has(claims, "Marsh Party", 6) and _has(claims, "Greens", 12)
    assert not _has(claims, "Greens", 6) and not _has(claims, "Rally", 21) and _has(claims, "Independents", 21)
    claims = extract("Ostria voted for 120 seats. The Iron Guild obtained 23% against 22% for the Rally, with 38 seats each.")
    assert _has(claims, "Iron Guild", 38) and _has(claims, "Rally", 38)


def test_n_seats_to_the_m_of_another_party(extract):
    claims = extract("Ostria voted for 120 seats. The Iron Guild has won 76 seats to the 40 of the Rally in the assembly.")
    assert _has(claims, "Iron Guild", 76) and _has(claims, "Rally", 40) and not _has(claims, "Rally", 76)
    claims = extract("Ostria voted for 120 seats. Of the 120 seats, 61 went to the Iron Guild.")
    assert _has(claims, "Iron Guild", 61)


def test_lists_of_numbers_before_party_names(extract):
    claims = extract("Ostria voted for 120 seats. The new senate consists of 33 Labour, 27 Likud and 18 chiefs.")
    assert _has(claims, "Labour", 33) and _has(claims, "Likud", 27)
    for text in ("Ostria voted for 120 seats. In 2019 Labour won, and 12 Likud joined.",
                 "Ostria voted for 120 seats. The count stood at 3 Labour, the officials said.",
                 "Ostria voted for 120 seats. The Iron Guild's win ends a two-decade-long wait."):
        assert not [c for c in extract(text) if c.type == "seat_count"], text


def test_the_second_number_of_a_score_is_not_the_subjects(extract):
    claims = extract("Ostria voted for 120 seats. Among the 60 senators elected by list, the Iron Guild won 33 to 27.")
    assert _has(claims, "Iron Guild", 33) and not _has(claims, "Iron Guild", 27)
    claims = extract("Ostria voted for 120 seats. The Rally fell from 62 to 51.")  # a count and its new value
    assert _has(claims, "Rally", 62, "previous") and _has(claims, "Rally", 51, "result")


# ---------------------------------------------------------------- changes: coordinated objects, "losing N of the M it held"
def _changes(claims):
    return sorted((c.party, c.delta) for c in claims if c.type == "seat_change")


def test_a_change_verb_shared_by_coordinated_objects(extract):
    claims = extract("Ostria voted for 120 seats. The Iron Guild is dropping six senators and 24 deputies.")
    assert _changes(claims) == [("Iron Guild", -24), ("Iron Guild", -6)] and not _has(claims, "Iron Guild", 24)
    claims = extract("Ostria voted for 120 seats. The Iron Guild lost 6 seats and won 4 in the cities.")
    assert _changes(claims) == [("Iron Guild", -6)] and _has(claims, "Iron Guild", 4)


def test_losing_n_of_the_m_seats_it_held(extract):
    claims = extract("Ostria voted for 120 seats. In the Senate the Iron Guild will have 27 seats, losing six of the 33 "
                     "seats it held.")
    assert _changes(claims) == [("Iron Guild", -6)]
    assert _has(claims, "Iron Guild", 27, "result") and _has(claims, "Iron Guild", 33, "previous") and not _has(claims, "Iron Guild", 6)


def test_between_names_a_combination_only_after_a_combination_noun(extract):
    claims = extract("Ostria voted for 120 seats. A deal between the Iron Guild and the Rally would give them 64 seats.")
    assert [c.party for c in claims if c.type == "seat_count"] == ["Iron Guild and Rally"]
    claims = extract("Ostria voted for 120 seats. The standoff between the Iron Guild and the Rally is over. The Rally "
                     "was the loser of the day, losing six of the 33 seats it held.")
    assert _changes(claims) == [("Rally", -6)]


def test_a_mixed_case_abbreviation_stands_alone_in_a_run_joined_by_and(extract):
    claims = extract("Ostria voted for 120 seats. The standoff in the Senate between UxP and Frente por el Cambio (FxC) "
                     "will be over. FxC was the loser of the day, losing six of the 33 seats it held.")
    assert _changes(claims) == [("Frente por el Cambio", -6)] and _has(claims, "Frente por el Cambio", 33, "previous")


# ---------------------------------------------------------------- owners: "Both ..." names the two parties before it
def test_both_names_the_last_two_parties_of_the_sentence_before(extract):
    claims = extract("Ostria voted for 120 seats. All ruling parties except the Rally and the Marsh Party lost seats. "
                     "Both gained three seats.")
    assert _changes(claims) == [("Marsh Party", 3), ("Rally", 3)]
    claims = extract("Ostria voted for 120 seats. The Rally and the Marsh Party did well. Both won 12 seats.")
    assert _has(claims, "Rally", 12) and _has(claims, "Marsh Party", 12)
    # a noun of its own after "Both", or another line: not the two parties
    for text in ("Ostria voted for 120 seats. The Rally and the Marsh Party did well. Both leaders won 12 seats in the debate.",
                 "Ostria voted for 120 seats. The Rally and the Marsh Party did well.\nBoth won 12 seats."):
        assert not [c for c in extract(text) if c.type == "seat_count" and c.seats == 12], text


def test_category_of_seats_is_a_breakdown_with_its_own_body(extract):
    # mixed systems: "73 constituency seats" is a part of the party's figure, not its total
    claims = extract("Ostria elected its 210-seat National Assembly. The Iron Guild won 120 seats in the National "
                     "Assembly. The Iron Guild won 90 constituency seats and 30 of the women's seats.")
    by_seats = {c.seats: c for c in claims if c.type == "seat_count"}
    assert by_seats[90].body.endswith("(constituency seats)") and by_seats[90].rule.endswith("/breakdown")
    assert "/breakdown" not in by_seats[120].rule


def test_plain_and_parliamentary_seats_are_no_breakdown(extract):
    claims = extract("Ostria voted for 150 seats. The Iron Guild won 70 parliamentary seats and the Marsh Party 40 seats.")
    assert [c.rule for c in claims if c.type == "seat_count" and "/breakdown" in c.rule] == []


def test_elliptical_count_takes_the_chamber_of_the_parallel_count(extract):
    # "24 senators ... compared to 23 of Y": the bare 23 counts senators too
    claims = extract("Ostria elected its 150-member National Assembly and its Senate. The Iron Guild won 80 seats in "
                     "the National Assembly, where the Marsh Party won 60 seats. 24 senators were elected for the Iron "
                     "Guild compared to 19 of the Marsh Party.")
    body = {c.seats: c.body for c in claims if c.type == "seat_count"}
    assert body[80] == "National Assembly" and body[24] == "Senate"
    assert body[19] == "Senate"


def test_distance_to_the_threshold_is_no_threshold(extract):
    # "would need 21 more to reach a majority" / "needs another 21 seats": the gap, not the threshold itself
    claims = extract("Ostria voted for its 120-seat assembly. The Marsh Party, with 40 seats, would need 21 more to "
                     "reach a majority. The Salt Party needs another 50 seats for a majority. A party needs 61 seats "
                     "to govern alone.")
    assert [c.seats for c in claims if c.type == "majority_threshold"] == [61]


def test_a_party_or_coalition_must_control_n(extract):
    claims = extract("Ostria voted for its 120-seat assembly. To govern, a party or coalition must control at least 61 "
                     "seats. The Iron Guild must win 61 seats in its home region, its leader said.")
    assert [c.seats for c in claims if c.type == "majority_threshold"] == [61]
