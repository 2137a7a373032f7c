"""A party's abbreviation the article defines goes with its name in the claims, when the name does not give it.

"the Party of Ostrian Renewal (PRO)" defines an abbreviation nobody could rebuild from the name (its initials are
P-O-R; native-language acronyms after English names are common in foreign news), and a later "the PRO (61 seats)"
or another article that writes only "PRO" must still be recognisably the same party. So claims about it name it
"Party of Ostrian Renewal (PRO)". Must not fire: an abbreviation the name's initials or the lexicon give ("Liberal
Democratic Party (LDP)"), a person's party in brackets ("Maria Lopez (PRO)"), or a different party whose name is a
part of the defining one ("Reform Front" beside "People's Reform Front (FRP)").

Also: a collective noun's possessive begins a party's name ("People's National Congress"); a person's possessive
does not ("Carney's Liberals").
"""

import pytest

from claimx.parties import canonical_party

ROWS = [
    # (text, {party: seats} that must be claimed exactly so, party names that must not appear)
    ("The Party of Ostrian Renewal (PRO) won 61 seats in the 150-seat Assembly, while the Movement for Social "
     "Justice (MJS) took 40.",
     {"Party of Ostrian Renewal (PRO)": 61, "Movement for Social Justice (MJS)": 40}, []),
    ("The Green Alliance of Ostria (AVO) won 12 seats. The AVO (12 seats) will join the opposition.",
     {"Green Alliance of Ostria (AVO)": 12}, ["AVO"]),
    ("The People's National Congress (KNP) won 30 seats, the most of any party.",
     {"People's National Congress (KNP)": 30}, ["National Congress (KNP)"]),
    # must not fire: the initials give the abbreviation
    ("The Harbour Reform Party (HRP) won 44 seats in the election.",
     {"Harbour Reform Party": 44}, ["Harbour Reform Party (HRP)"]),
    # must not fire: a person's party in brackets is no abbreviation of a name
    ("The Harbour Reform Party won 44 seats, and its leader Maria Lopez (HRP) kept her seat.",
     {"Harbour Reform Party": 44}, ["Harbour Reform Party (HRP)"]),
    # must not fire on another party: "Democratic Party" is not the People's Democratic Party
    ("The People's Reform Front (FRP) won 40 seats and the Reform Front won 12.",
     {"People's Reform Front (FRP)": 40, "Reform Front": 12}, ["Reform Front (FRP)"]),
]


@pytest.mark.parametrize("text,expected,absent", ROWS, ids=[r[0][:40] for r in ROWS])
def test_claims_carry_the_defined_abbreviation(extract, text, expected, absent):
    counts = [c for c in extract(text) if c.type == "seat_count"]
    got = {(c.party, c.seats) for c in counts}
    for party, seats in expected.items():
        assert (party, seats) in got, (party, seats, got)
    names = {c.party for c in counts}
    for party in absent:
        assert party not in names, (party, names)


@pytest.mark.parametrize("written,canonical", [
    ("People's National Congress", "People's National Congress"),
    ("People\u2019s National Congress", "People's National Congress"),
    ("Citizens' Movement of Ostria", "Citizens' Movement of Ostria"),
    ("Carney's Liberals", "Liberal Party"),  # a person's possessive is the leader, not the name
    ("Ana Voss's Harbour Party", "Harbour Party"),
])
def test_collective_possessive_begins_a_name(written, canonical):
    assert canonical_party(written) == canonical


def test_event_actor_carries_the_defined_abbreviation(extract):
    text = ("The Party of Ostrian Renewal (PRO) won the election on Sunday, taking 61 seats.\n\n"
            "Maria Lopez congratulated the PRO on Monday.")
    events = [c for c in extract(text) if c.type == "event"]
    assert any(e.kind == "win" and e.actor == "Party of Ostrian Renewal (PRO)" for e in events), events
    assert not any(e.actor == "Maria Lopez (PRO)" for e in events)
