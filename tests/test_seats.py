"""claimx_seats: seat counts, changes, chamber sizes and thresholds on realistic sentences.

(Majority-status statements are a component of their own, with their own tests.)"""

import pytest

from claimx.parties import same_party


def _counts(claims):
    return sorted((c.party, c.seats, c.approximate, c.status) for c in claims if c.type == "seat_count")


def _has_count(claims, party, seats, approximate=None, status=None, qualifier=None):
    for c in claims:
        if c.type == "seat_count" and c.seats == seats and same_party(c.party, party):
            if approximate is not None and c.approximate != approximate:
                continue
            if status is not None and c.status != status:
                continue
            if qualifier is not None and c.qualifier != qualifier:
                continue
            return True
    return False


CANADA = ("Canadians voted on Monday. ")


@pytest.mark.parametrize(
    "text,party,seats,approx,status,qual",
    [
        (CANADA + "The Liberals won roughly 170 seats.", "Liberal Party", 170, True, "result", "roughly"),
        (CANADA + "The Conservatives finished with about 140 seats.", "Conservative Party", 140, True, "result", "about"),
        (CANADA + "The Bloc Québécois fell to 25 seats.", "Bloc Québécois", 25, False, "result", None),
        (CANADA + "The NDP won seven seats, its worst showing.", "New Democratic Party", 7, False, "result", None),
        (CANADA + "The Greens took twenty-two seats.", "Green Party", 22, False, "result", None),
        (CANADA + "The Liberals were leading in 160 ridings late on Monday.", "Liberal Party", 160, False, "projected", None),
        (CANADA + "The Conservatives are projected to win more than 120 seats.", "Conservative Party", 120, True, "projected", "more than"),
        (CANADA + "The Liberals won 160 seats, up from 150 in the last election.", "Liberal Party", 150, False, "previous", None),
        (CANADA + "The NDP had 24 seats when parliament was dissolved.", "New Democratic Party", 24, False, "previous", None),
        ("Voters in India gave the Congress nearly a dozen seats in the state.", "Indian National Congress", 12, True, "result", "nearly"),
        ("Germans voted on Sunday. The SPD won 120 seats.", "Social Democratic Party", 120, False, "result", None),
        ("Britons voted on Thursday. The Tories held 121 seats.", "Conservative Party", 121, False, "result", None),
    ],
)
def test_seat_counts(extract, text, party, seats, approx, status, qual):
    claims = extract(text)
    assert _has_count(claims, party, seats, approx, status, qual), _counts(claims)


def test_elliptical_counts_after_seat_talk(extract):
    claims = extract("Germany has counted the vote. The CDU will get 200 seats, the AfD — 150, the SPD — 120. "
                     "The Liberals managed to win 9 seats and the Greens took 14.")
    assert _has_count(claims, "CDU", 200)
    assert _has_count(claims, "AfD", 150)
    assert _has_count(claims, "SPD", 120)
    assert _has_count(claims, "Alliance 90/The Greens", 14)  # (Germany's Greens: the lexicon's nickname)


def test_elliptical_only_with_seat_talk(extract):
    claims = extract("Germany voted on Sunday. The Greens took 14 hours to decide on a leader.")
    assert not [c for c in claims if c.type == "seat_count"]


def test_to_party_and_pseudo_parties(extract):
    claims = extract("Australia voted on Saturday. The count gave 90 House seats to Labor, 42 to the Liberal/National "
                     "Coalition and 10 to the independents.")
    assert _has_count(claims, "Australian Labor Party", 90)
    assert _has_count(claims, "Liberal/National Coalition", 42)
    assert _has_count(claims, "Independent", 10)


def test_list_lines(extract):
    text = "Britain: final seat tally\nLabour Party: 400 seats\nConservative Party: 120 seats\nOthers: 30 seats\n"
    claims = extract(text)
    assert _has_count(claims, "Labour Party", 400)
    assert _has_count(claims, "Conservative Party", 120)
    assert _has_count(claims, "Others", 30)


def test_parenthesised_counts(extract):
    claims = extract("Canadians voted. The Liberals (160 seats) will govern, facing a Conservative opposition (150 seats).")
    assert _has_count(claims, "Liberal Party", 160)
    assert _has_count(claims, "Conservative Party", 150)


def test_pronoun_party_from_previous_sentence(extract):
    claims = extract("Quebec voted on Monday. The Parti Québécois lost ground. The party won in 4 ridings.")
    assert _has_count(claims, "Parti Québécois", 4)


def test_range(extract):
    claims = extract("South Africa votes next week. Polls give the ANC 180 to 190 seats in the National Assembly.")
    c = [c for c in claims if c.type == "seat_count"][0]
    assert (c.seats, c.upper, c.approximate) == (180, 190, True)


def test_not_seats(extract):
    text = ("Canada voted. Turnout reached 68% and the Liberals won 8.5 million votes, 43.7 per cent of the total. "
            "The 59-year-old leader took 2025 as his year. Votes were counted in all 343 districts. "
            "There are still 12 seats in doubt.")
    claims = extract(text)
    assert not [c for c in claims if c.type == "seat_count"]


def test_respectively(extract):
    claims = extract("Germany voted. The Greens and the Left won 85 and 64 seats, respectively.")
    assert _has_count(claims, "Alliance 90/The Greens", 85)
    assert _has_count(claims, "Left Party", 64)


@pytest.mark.parametrize(
    "text,seats,body",
    [
        ("Canadians voted for the 343-member House of Commons on Monday.", 343, "House of Commons"),
        ("Britain elects the 650-seat House of Commons today.", 650, "House of Commons"),
        ("The Liberals won 120 of the 338 seats in the House of Commons.", 338, "House of Commons"),
        ("The CAQ won in 80 of Quebec's 125 ridings.", 125, None),
        ("There are a total of 630 seats in the German parliament.", 630, "Bundestag"),
        ("The ANC secured 159 out of 400 seats in the National Assembly.", 400, "National Assembly"),
    ],
)
def test_chamber_sizes(extract, text, seats, body):
    claims = extract(text)
    sizes = [c for c in claims if c.type == "chamber_size"]
    assert [c.seats for c in sizes] == [seats]
    if body:
        assert sizes[0].body == body


@pytest.mark.parametrize(
    "text,seats",
    [
        ("Britain voted. The party needs 326 seats to form a majority government.", 326),
        ("Canada voted. A party needs 172 for a majority in the House of Commons.", 172),
        ("India voted. A coalition needs to win at least 272 seats to come to power.", 272),
        ("Britons voted. Labour passed the majority mark of 326 seats shortly after 5 a.m.", 326),
        ("New Zealand voted. With 120 seats in play, the magic number is 61.", 61),
    ],
)
def test_thresholds(extract, text, seats):
    claims = extract(text)
    assert seats in [c.seats for c in claims if c.type == "majority_threshold"]
    assert seats not in [c.seats for c in claims if c.type == "seat_count"]


@pytest.mark.parametrize(
    "text,party,delta",
    [
        ("Britons voted. The Conservatives lost 250 seats overnight.", "Conservative Party", -250),
        ("Canadians voted. The Bloc posted a gain of five seats.", "Bloc Québécois", 5),
        ("New Zealanders voted. Labour suffered a 31-seat drop.", "Labour Party", -31),
        ("Quebec voted. Québec solidaire won 12 ridings, one more than it had before.", "Québec solidaire", 1),
        ("Britons voted. The Liberal Democrats picked up 60 seats.", "Liberal Democrats", 60),
        # a time or scope adverbial between the change noun and its "of"
        ("Marovians voted. The Harbour Party has a net loss so far of just six seats.", "Harbour Party", -6),
        ("Marovians voted. The Meadow Party made a gain overall of nine seats.", "Meadow Party", 9),
        # a comparative with no "than": against the party's own earlier count
        ("Marovians voted. Four years later, the Harbour Party has 67 fewer seats.", "Harbour Party", -67),
        ("Marovians voted. The Meadow Party now has 12 more seats, its best result.", "Meadow Party", 12),
        # a bare "dropped N" after another change in the sentence
        ("Marovians voted. The Harbour Party has 67 fewer seats while the Meadow Party has dropped 59.", "Meadow Party", -59),
    ],
)
def test_changes(extract, text, party, delta):
    claims = extract(text)
    changes = [(c.party, c.delta) for c in claims if c.type == "seat_change"]
    assert any(same_party(p, party) and d == delta for p, d in changes), changes


@pytest.mark.parametrize("text", [
    "Marovians voted. The Greens need 12 more seats to win a majority.",
    "Marovians voted. The Greens won 12 more seats than the Meadow Party.",
    "Marovians voted. The Greens would need another 12 more seats.",
    "Marovians voted. The Greens are 12 more seats short of a majority.",
])
def test_comparatives_that_are_no_change(extract, text):
    assert not [c for c in extract(text) if c.type == "seat_change" and abs(c.delta) == 12]


def test_the_count_a_party_started_the_campaign_with_is_its_previous_count(extract):
    claims = extract("Marovians voted. The Harbour Party started the campaign with a mere 37 seats in the Assembly. "
                     "It won 84 seats.")
    counts = {c.seats: c.status for c in claims if c.type == "seat_count"}
    assert counts == {37: "previous", 84: "result"}
    # "started" without the campaign is no cue: "the party started strongly and won 37 seats"
    claims = extract("Marovians voted. The Harbour Party started strongly and won 37 seats.")
    assert [(c.seats, c.status) for c in claims if c.type == "seat_count"] == [(37, "result")]


def test_a_change_with_an_adverbial_is_no_seat_count(extract):
    claims = extract("Marovians voted. The Harbour Party won 40 seats. The Harbour Party has a net loss so far of just six seats.")
    assert [c.seats for c in claims if c.type == "seat_count"] == [40]
    # "so far" elsewhere does not make a count a change
    claims = extract("Marovians voted. So far the Harbour Party has won 40 seats.")
    assert [c.seats for c in claims if c.type == "seat_count"] == [40]


def test_seed_article(extract):
    from pathlib import Path

    seed = Path(__file__).resolve().parent.parent / "corpus" / "000_6b05626aa3ed1ed6.txt"
    claims = extract(seed.read_text(encoding="utf-8"))
    counts = _counts(claims)
    assert counts == sorted([
        ("Liberal Party", 168, True, "result"), ("Conservative Party", 143, True, "result"),
        ("Bloc Québécois", 23, False, "result"), ("New Democratic Party", 7, False, "result"),
    ])
    q = {c.party: c.qualifier for c in claims if c.type == "seat_count"}
    assert q["Liberal Party"] == "roughly" and q["Conservative Party"] == "about"
    assert [(c.body, c.seats) for c in claims if c.type == "chamber_size"] == [("House of Commons", 343)]


# ---------------------------------------------------------------- generalisation: parties the lexicon does not know

def test_unknown_party_named_by_ner_as_person(extract):
    # an invented party with no head word; a small NER often labels such names PERSON
    claims = extract("Ostrians voted on Sunday for the 90-seat assembly. Premier Ivo Rask conceded defeat.\n\n"
                     "The opposition Open Road won 41 seats, while Rask's Farmers' League took 30.\n\n"
                     "\"It is a clear verdict,\" Rask said.")
    assert _has_count(claims, "Open Road", 41)
    assert _has_count(claims, "Farmers' League", 30)
    assert not [c for c in claims if c.type == "seat_count" and c.party and "Rask" in c.party]


def test_head_first_party_and_initials(extract):
    claims = extract("Results from Lornia came in on Friday.\n\n"
                     "The Movement for Change won 52 of the 120 seats. The MfC had 47 seats in the outgoing house.")
    assert _has_count(claims, "Movement for Change", 52, status="result")
    assert _has_count(claims, "Movement for Change", 47, status="previous")


def test_party_named_by_head_word(extract):
    claims = extract("The Patriotic Front of Saldane claimed victory.\n\n"
                     "The ruling front has won 77 seats, up from 70.")
    assert _has_count(claims, "Patriotic Front", 77, status="result")
    assert _has_count(claims, "Patriotic Front", 70, status="previous")


def test_list_lines_with_dashes_and_no_seat_noun_per_line(extract):
    claims = extract("How the 120-seat chamber now looks:\n\nHarbour Union — 50\nStone Party — 40\nIndependents — 3\n")
    assert _has_count(claims, "Harbour Union", 50)
    assert _has_count(claims, "Stone Party", 40)
    assert _has_count(claims, "Independent", 3)


# ---------------------------------------------------------------- generalisation: constructions
def test_threshold_support_of_and_chamber_of_n(extract):
    claims = extract("Voters in Meridia chose a new parliament. In a house of 200, a cabinet needs the support "
                     "of 101 members, so a government needs the support of 101 deputies.")
    assert 101 in [c.seats for c in claims if c.type == "majority_threshold"]
    assert 200 in [c.seats for c in claims if c.type == "chamber_size"]
    assert not [c for c in claims if c.type == "seat_count"]


def test_previous_count_pronoun_and_years_ago(extract):
    claims = extract("Canadians voted on Monday. The NDP fell to 9 seats. It had won 25 seats four years ago.")
    assert _has_count(claims, "New Democratic Party", 25, status="previous")


def test_pronoun_object_range_and_elliptical_bounds(extract):
    claims = extract("Germans vote on Sunday for 630 seats. The CDU leads the polls. A new projection gave the party "
                     "200 to 210 seats, with the Greens up to 90 and the FDP ahead in fewer than 40.")
    assert _has_count(claims, "CDU", 200, approximate=True, status="projected")
    assert _has_count(claims, "Alliance 90/The Greens", 90, approximate=True, status="projected")
    assert _has_count(claims, "FDP", 40, approximate=True, status="projected")


def test_change_noun_without_seat_noun_and_finish_with(extract):
    claims = extract("Britons voted for 650 seats. The Liberal Democrats made a gain of nine but the SNP lost ground "
                     "to finish with 9.")
    assert any(same_party(c.party, "Liberal Democrats") and c.delta == 9 for c in claims if c.type == "seat_change")
    assert _has_count(claims, "Scottish National Party", 9)


def test_projection_carried_to_parenthesised_list(extract):
    claims = extract("Canadians voted. Late on Monday the Liberals were leading in 165 seats. The Bloc (25 seats) "
                     "and the NDP (10 seats) trailed.")
    assert _has_count(claims, "Bloc Québécois", 25, status="projected")
    assert _has_count(claims, "New Democratic Party", 10, status="projected")


def test_subject_from_parser_across_apposition(extract, nlp):
    text = ("Valmark voted on Sunday.\n\nThe Blue Alliance, a pact of the Farmers Party, the Greens and the "
            "Liberal Forum, controls 91 of the 160 seats.")
    if not nlp("A test.").has_annotation("DEP"):
        pytest.skip("pipeline without a parser")
    assert _has_count(extract(text), "Blue Alliance", 91)


def test_people_are_not_parties_without_party_words(extract):
    claims = extract("Japan voted on Sunday for 465 seats.\n\nTaro Ueda, the party's secretary general, said the "
                     "coalition would keep its 279 seats. The Harbour Forum, led by Mika Arai, finished with 96.")
    assert not [c for c in claims if c.type == "seat_count" and c.party and ("Ueda" in c.party or "Arai" in c.party)]
    assert _has_count(claims, "Harbour Forum", 96)


def test_title_case_stop_word_inside_a_name(extract):
    claims = extract("Voters in Ostria elected 200 deputies. The Third Road won 65 seats.")
    assert _has_count(claims, "Third Road", 65)


def test_possessive_party_subject_and_named_party_before_parenthesis(extract):
    claims = extract("Canadians voted. The Liberals won 150 seats. Their party had 160 seats in 2021. "
                     "The Conservatives (130) and the Bloc Québécois (30) followed.")
    assert _has_count(claims, "Liberal Party", 160, status="previous")
    assert _has_count(claims, "Bloc Québécois", 30)


def test_multiword_dateline_is_no_party(extract):
    claims = extract("Harbour Union keeps power\n\nSAINT ALBAN, Ostria — With 51 of the 100 seats, the Harbour Union "
                     "keeps its majority.")
    assert _has_count(claims, "Harbour Union", 51)
    assert not [c for c in claims if c.type == "seat_count" and "ALBAN" in (c.party or "").upper()]


# ---- unseen-party names and general constructions (own sentences; fictional parties and places)

def _changes(claims):
    return [(c.party, c.delta) for c in claims if c.type == "seat_change"]


def _has_change(claims, party, delta):
    return any(same_party(c.party, party) and c.delta == delta for c in claims if c.type == "seat_change")


def test_full_names_with_connectors_and_their_abbreviation(extract):
    claims = extract("Ostrelia voted on Sunday for 120 seats. The Union of Hills and Rivers (UHR) won 48 seats and "
                     "the Wardens of the Marsh took nine, while Salt and Iron finished with 14. The UHR gained 6 seats.")
    assert _has_count(claims, "Union of Hills and Rivers", 48)
    assert _has_count(claims, "Wardens of the Marsh", 9)
    assert _has_count(claims, "Salt and Iron", 14)
    assert _has_change(claims, "Union of Hills and Rivers", 6)
    assert not [c for c in claims if c.type == "seat_count" and c.party in ("Marsh", "Iron", "Rivers")]


def test_short_form_of_a_defined_full_name(extract):
    claims = extract("Ostrelia voted on Sunday. The Popular Front of Ostrelia (PFO) won 70 of the 120 seats. "
                     "The Popular Front had 61 seats in 2019.")
    assert _has_count(claims, "Popular Front of Ostrelia", 70)
    assert _has_count(claims, "Popular Front of Ostrelia", 61, status="previous")


def test_month_word_inside_a_party_name_is_not_a_date(extract):
    claims = extract("Results for the 90-seat assembly: the Lantern Front 40, the League of the First of June 22 "
                     "and the Rally 8.")
    assert _has_count(claims, "League of the First of June", 22)


def test_and_splits_between_standalone_parties(extract):
    claims = extract("Ostrelia voted for 120 seats. The UHR and Salt and Iron together would have 62 seats, a slim "
                     "majority. The UHR won 48 seats and Salt and Iron 14.")
    combined = [c for c in claims if c.type == "seat_count" and c.seats == 62]
    assert combined and combined[0].status == "other" and "Salt and Iron" in combined[0].party and "UHR" in combined[0].party


def test_bracketed_changes_after_counts(extract):
    claims = extract("Final results in Ostrelia:\nWardens of the Marsh: 33 seats (up 7)\nSalt and Iron: 12 seats (down 4)")
    assert _has_change(claims, "Wardens of the Marsh", 7)
    assert _has_change(claims, "Salt and Iron", -4)
    assert _has_count(claims, "Salt and Iron", 12)


def test_change_nouns_and_their_party_after_for(extract):
    claims = extract("Ostrelia voted for 120 seats. Against the last vote that is a rise of five for the Iron Guild "
                     "and a collapse of nineteen for the Marsh Party.")
    assert _has_change(claims, "Iron Guild", 5)
    assert _has_change(claims, "Marsh Party", -19)


def test_description_subject_gained_and_when_it_finished(extract):
    claims = extract("Ostrelia voted for 120 seats. The Iron Guild won 55 seats. The left-wing party gained 9 seats "
                     "on its result of 2020, when it finished with 46.")
    assert _has_change(claims, "Iron Guild", 9)
    assert _has_count(claims, "Iron Guild", 46, status="previous")


def test_hypothetical_loss_is_no_change_and_down_to_is_a_result(extract):
    claims = extract("Ostrelia voted for 120 seats. The Iron Guild, which held 50 seats in the last parliament, is "
                     "down to 38. The Marsh Party won 70 seats and could lose ten members and still govern.")
    assert _has_count(claims, "Iron Guild", 38, status="result")
    assert not _has_change(claims, "Marsh Party", -10)
    assert not _has_count(claims, "Marsh Party", 10)


def test_thresholds_in_sentences_about_the_majority(extract):
    claims = extract("Ostrelia elects a 120-member assembly. A majority in the 120-member assembly requires 61 seats.")
    assert any(c.type == "majority_threshold" and c.seats == 61 for c in claims)
    claims = extract("Ostrelia elects its Senate. An absolute majority in the Senate is 61.")
    assert any(c.type == "majority_threshold" and c.seats == 61 for c in claims)
    claims = extract("Ostrelia elects its council. A mayor needs the support of at least 26 of the 50 councillors.")
    assert any(c.type == "majority_threshold" and c.seats == 26 for c in claims)
    assert any(c.type == "chamber_size" and c.seats == 50 for c in claims)


def test_going_into_the_vote_with_is_previous(extract):
    claims = extract("Ostrelia votes for 120 seats. The Iron Guild goes into the vote with 52 seats, the Marsh "
                     "Party with 40.")
    assert _has_count(claims, "Iron Guild", 52, status="previous")
    assert _has_count(claims, "Marsh Party", 40, status="previous")


def test_dep_owner_does_not_cross_a_clause(extract):
    claims = extract("Ostrelia voted for 120 seats. The Iron Guild is expected to hold at least 30, while the "
                     "Wardens of the Marsh are on nearly 25.")
    assert _has_count(claims, "Wardens of the Marsh", 25, approximate=True)
    assert not _has_count(claims, "Iron Guild", 25)


def test_hyphenated_number_words_join_their_noun(extract):
    # "a four-seat loss" is a change of the party's seats, not a count of four; "two-thirds" is a fraction
    claims = extract("The Harbour Party won 38 seats, a four-seat loss since 2021. "
                     "It had hoped for a two-thirds majority in the 90-member assembly.")
    assert not _has_count(claims, "Harbour Party", 4)
    assert not _has_count(claims, "Harbour Party", 2)
    changes = [c for c in claims if c.type == "seat_change"]
    assert [(c.delta) for c in changes] == [-4]


def test_vote_counts_in_the_thousands_are_not_elliptical_seat_counts(extract):
    claims = extract("The Harbour Party holds 38 seats in the assembly. In the by-election, Jo Marr won "
                     "12,310 votes to 8,455 for the Harbour Party's candidate.")
    assert [(c.party, c.seats) for c in claims if c.type == "seat_count"] == [("Harbour Party", 38)]


def test_of_a_possessed_total_is_the_chamber(extract):
    claims = extract("The Harbour Party won 49 of the province's 87 ridings, enough to govern alone.")
    found = sorted((c.type, c.seats) for c in claims if c.type in ("chamber_size", "seat_count"))
    assert found == [("chamber_size", 87), ("seat_count", 49)]


def test_before_the_vote_is_the_previous_count(extract):
    claims = extract("Before the vote the Marsh Party held 33 of the 65 seats. It now has 32 MPs.")
    assert _has_count(claims, "Marsh Party", 33, status="previous")


def test_comma_up_n_after_a_count_is_a_change(extract):
    claims = extract("The Marsh Party now has four MPs, up one, in the 65-seat chamber.")
    assert _has_count(claims, "Marsh Party", 4)
    assert not _has_count(claims, "Marsh Party", 1)
    assert _has_change(claims, "Marsh Party", 1)
