"""Historic and minor parties, alliances and the parties of smaller democracies (issue 12, lexicon round 9):
parties that held seats in a national parliament since about 1990 are recognised under their English, native and
former names. Invented sentences with invented people; the parties are real (the test checks the shipped data),
and the sentences that must NOT name a party check that ordinary words and common acronyms stay free."""

import pytest

from claimx.lexicon import load_lexicon


def parties(nlp, text):
    doc = nlp(text)
    return {e.text: e._.claimx_party for e in doc.ents if e.label_ == "ORG" and e._.claimx_party}


@pytest.mark.parametrize(
    "text, want",
    [
        # historic parties of big democracies, by English and native name
        (
            "Back in 1996, Lorenzo Vettrani of Italy's Olive Tree beat the Pole of Freedoms, while Rifondazione "
            "Comunista held the balance.",
            {"Olive Tree": "The Olive Tree (Italy)", "Pole of Freedoms": "Pole of Freedoms",
             "Rifondazione Comunista": "Communist Refoundation Party"},
        ),
        (
            "In France the Rally for the Republic and the Union for French Democracy lost ground to the Plural Left.",
            {"Rally for the Republic": "Rally for the Republic",
             "Union for French Democracy": "Union for French Democracy", "Plural Left": "Plural Left"},
        ),
        (
            "The Party of Democratic Socialism and the WASG merged before the vote in Germany.",
            {"Party of Democratic Socialism": "Party of Democratic Socialism",
             "WASG": "Labour and Social Justice – The Electoral Alternative"},
        ),
        # historic parties of Japan ("New Frontier Party" also translates a Korean name: qualified by country)
        ("Voters in Japan still remember the New Frontier Party and the Japan Socialist Party.",
         {"New Frontier Party": "New Frontier Party (Japan)", "Japan Socialist Party": "Japan Socialist Party"}),
        # parties of smaller democracies, Pacific islands included
        ("FijiFirst took 26 seats in Fiji, SODELPA 21 and the National Federation Party three.",
         {"FijiFirst": "FijiFirst", "SODELPA": "Social Democratic Liberal Party",
          "National Federation Party": "National Federation Party"}),
        ("Vetëvendosje finished ahead of the Democratic League of Kosovo, said Arben Kolani.",
         {"Vetëvendosje": "Vetëvendosje", "Democratic League of Kosovo": "Democratic League of Kosovo"}),
        ("In Ghana's neighbour Togo, the Union for the Republic kept its hold; in Senegal Benno Bokk Yakaar won.",
         {"Benno Bokk Yakaar": "Benno Bokk Yakaar"}),
        ("The Jamaica Labour Party and the Barbados Labour Party both won landslides that year.",
         {"Jamaica Labour Party": "Jamaica Labour Party", "Barbados Labour Party": "Barbados Labour Party"}),
        # the provincial / national branches that run in their own elections
        ("In Canada, the Manitoba NDP won a majority while the Yukon Party held on in Whitehorse.",
         {"Manitoba NDP": "Manitoba New Democratic Party", "Yukon Party": "Yukon Party"}),
        ("Scottish Labour gained seats in the UK election, and the Animal Justice Party won one in Australia.",
         {"Scottish Labour": "Scottish Labour", "Animal Justice Party": "Animal Justice Party"}),
        # an alliance that ran on one list
        ("In Chile the Concertación faced the Alianza por Chile in every district.",
         {"Concertación": "Concertación", "Alianza por Chile": "Alliance for Chile"}),
    ],
)
def test_historic_and_minor_parties_are_recognised(nlp, text, want):
    found = parties(nlp, text)
    for written, name in want.items():
        assert found.get(written) == name, (written, found)


def test_ambiguous_historic_alias_needs_its_country(nlp):
    # "Olive Tree", "Civic Choice" are ordinary phrases too: they name the Italian alliances only in Italian news
    found = parties(nlp, "Mara Solvik planted an Olive Tree and praised the Civic Choice of her town, Veldoria.")
    assert "Olive Tree" not in found and "Civic Choice" not in found, found
    found = parties(nlp, "In Italy, Civic Choice joined the coalition led by the Democratic Party.")
    assert found.get("Civic Choice") == "Civic Choice (Italy)", found


@pytest.mark.parametrize(
    "text, form",
    [
        # common acronyms that are also the abbreviation of a small party stay free without that country
        ("The DNA test was run by the lab in Veldoria, said Ilsa Moran.", "DNA"),
        ("The CPI rose by two percent in Veldoria last month.", "CPI"),
        ("Kestrian viewers watched the debate on ABC before the vote.", "ABC"),
        ("The Public Affairs office of the Kestrian ministry issued a note.", "Public Affairs"),
    ],
)
def test_common_words_and_acronyms_are_no_party(nlp, text, form):
    assert form not in parties(nlp, text)


def test_world_data_now_covers_smaller_democracies():
    lex = load_lexicon()
    countries = {c for p in lex.parties for c in p.country}
    for cc in ("BA", "XK", "AM", "RU", "GT", "SV", "HN", "NI", "PA", "DO", "JM", "TT", "GY", "SR", "FJ", "PG", "SB",
               "VU", "WS", "BT", "MV", "KH", "MM", "TL", "SN", "CI", "BJ", "BF", "ML", "CM", "CD", "ET", "RW", "BI",
               "NA", "BW", "AO", "LS", "MG", "MU", "DZ", "LY", "EG", "JO", "PS", "YE"):
        assert cc in countries, cc
    places = {p.code for p in lex.places}
    for cc in ("FJ", "XK", "BA", "GT", "SN"):
        assert cc in places, cc


def test_former_names_reach_the_existing_entry(nlp):
    # a former or alternative name merged into a party the lexicon already knew: one canonical name per party
    found = parties(nlp, "New Komeito stayed in government in Japan; in Thailand, Puea Thai led the count.")
    assert found.get("New Komeito") == "Komeito" and found.get("Puea Thai") == "Pheu Thai Party", found


@pytest.mark.parametrize(
    "text, want",
    [
        ("In Costa Rica the PAC kept the presidency, said Dario Quesel.", "Citizens' Action Party"),
        ("In Honduras the PAC entered parliament for the first time, said Dario Quesel.", "Anti-Corruption Party"),
    ],
)
def test_abbreviation_shared_by_two_countries_follows_the_article_country(nlp, text, want):
    assert parties(nlp, text).get("PAC") == want
