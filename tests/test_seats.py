"""claimx_seats: seat counts, changes, chamber sizes, thresholds and majority status on realistic sentences."""

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
    assert _has_count(claims, "Green Party", 14)


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
    assert _has_count(claims, "Green Party", 85)
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
    ],
)
def test_changes(extract, text, party, delta):
    claims = extract(text)
    changes = [(c.party, c.delta) for c in claims if c.type == "seat_change"]
    assert any(same_party(p, party) and d == delta for p, d in changes), changes


@pytest.mark.parametrize(
    "text,party,status,short_by",
    [
        ("Canadians voted. The Liberals won a minority government.", "Liberal Party", "minority", None),
        ("Canadians voted. The Liberals were three short of a majority.", "Liberal Party", "short_of_majority", 3),
        ("Britons voted. Labour secured a huge majority in the Commons.", "Labour Party", "majority", None),
        ("South Africans voted. The ANC lost its majority for the first time.", "African National Congress", "short_of_majority", None),
        ("Germans voted. The CDU needs to form a coalition with another party.", "Christian Democratic Union", "short_of_majority", None),
        ("Hungary voted. Fidesz kept its two-thirds majority.", None, "supermajority", None),
    ],
)
def test_majority_status(extract, text, party, status, short_by):
    claims = [c for c in extract(text) if c.type == "majority_status"]
    assert any(c.status == status and (party is None or same_party(c.party, party)) and c.short_by == short_by for c in claims), claims


def test_no_party_majority(extract):
    claims = [c for c in extract("Japan voted. No party won an outright majority in the House of Representatives.") if c.type == "majority_status"]
    assert claims and claims[0].party is None and claims[0].status == "short_of_majority"


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
    assert [(c.party, c.status) for c in claims if c.type == "majority_status"] == [("Liberal Party", "short_of_majority")]
