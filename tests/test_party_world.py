"""The party-name layer (issue 12, "whose"): the world's parties by country, the article's own definitions,
country-aware resolution of ambiguous aliases, unknown parties by their shape. Invented sentences and fictional
parties, places and people, except where a test checks the shipped world data itself."""

import pytest

from claimx.lexicon import load_lexicon, party_files, read_lexicon
from claimx.parties import canonical_party, same_party


def parties(nlp, text):
    doc = nlp(text)
    return {e.text: e._.claimx_party for e in doc.ents if e.label_ == "ORG" and e._.claimx_party}, doc


# ---------------------------------------------------------------- world data


def test_world_files_are_loaded_after_parties_jsonl():
    lex = load_lexicon()
    files = party_files(__import__("claimx.lexicon", fromlist=["ENTITY_DATA"]).ENTITY_DATA)
    assert files[0].name == "parties.jsonl" and len(files) >= 5
    names = [p.name for p in lex.parties]
    assert len(names) > 600 and len(names) == len(set(names))  # one entry per canonical name
    by = lex.party_by_name()
    # parties.jsonl's entries come first (they win an unqualified homonym), the world's are strict
    assert names.index("Liberal Party") < names.index("Social Democratic Party of Austria")
    assert by["Social Democratic Party of Austria"].strict and not by["Liberal Party"].strict


def test_world_data_covers_the_countries_by_country():
    lex = load_lexicon()
    countries = {c for p in lex.parties for c in p.country}
    for cc in ("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
               "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB", "NO", "IS", "CH", "CA", "US", "AU", "NZ", "JP",
               "KR", "TW", "IN", "PK", "BD", "LK", "NP", "MY", "SG", "ID", "PH", "TH", "IL", "TR", "ZA", "KE", "NG", "GH",
               "ZW", "BR", "AR", "MX", "CL", "CO", "PE", "VE", "LB", "IQ"):
        assert cc in countries, cc


def test_world_forms_shared_across_countries_are_ambiguous():
    lex = load_lexicon()
    forms = lex.party_forms()
    for p in lex.parties:
        if not p.strict:
            continue
        for f in (*p.aliases, *p.abbr):
            others = [o for o in forms[f] if o is not p and set(o.country).isdisjoint(p.country)]
            if others:
                assert f in p.ambiguous, (p.name, f)
            if len(f) <= 2:
                assert f in p.ambiguous, (p.name, f)


def test_component_copies_the_world_files(nlp, tmp_path):
    comp = nlp.get_pipe("claimx_entities")
    comp.to_disk(tmp_path)
    assert (tmp_path / "parties" / "europe.jsonl").is_file()
    assert len(read_lexicon(tmp_path).parties) == len(load_lexicon().parties)


# ---------------------------------------------------------------- country-aware resolution


@pytest.mark.parametrize(
    "mention,countries,name",
    [
        ("the Greens", ["AT"], "The Greens (Austria)"),
        ("the Social Democrats", ["AT", "US"], "Social Democratic Party of Austria"),
        ("Social Democratic Party", ["HR"], "Social Democratic Party of Croatia"),
        ("Labor", ["IL"], "Israeli Labor Party"),
        ("Labor", ["AU"], "Australian Labor Party"),
        ("Labor", ["GB"], "Labor"),  # never another country's party without evidence
        ("People's Alliance", [], "People's Alliance"),  # several countries' alias: none without evidence
        ("SDP", ["HR"], "Social Democratic Party of Croatia"),
        ("SDP", ["FI"], "Social Democratic Party of Finland"),
        ("Alternative for Germany", ["FR"], "Alternative for Germany"),  # a full name names its party anywhere
    ],
)
def test_country_decides_an_ambiguous_alias(mention, countries, name):
    assert canonical_party(mention, countries) == name


def test_article_country_comes_from_places_and_chooses_the_party(nlp):
    found, doc = parties(nlp, "In Zagreb, the Social Democratic Party won 41 seats, while Labor took six in the Knesset.")
    assert doc._.claimx_countries[0] in ("HR", "IL")
    assert found["Social Democratic Party"] == "Social Democratic Party of Croatia"
    assert found["Labor"] == "Israeli Labor Party"


def test_foreign_alias_keeps_its_written_name(nlp):
    found, doc = parties(nlp, "Labor gained ground in London, the British capital, analysts said.")
    assert "GB" in doc._.claimx_countries
    assert found.get("Labor", "Labor") == "Labor"  # not the Australian Labor Party


def test_a_name_shared_by_two_countries_is_no_country_evidence(nlp):
    _, doc = parties(nlp, "The Social Democratic Party won 41 seats in Zagreb.")
    assert "DE" not in doc._.claimx_countries


# ---------------------------------------------------------------- article-local definitions


def test_known_as_defines_the_abbreviation(nlp):
    found, _ = parties(nlp, "The Lantern Freedom Front, known as LFF, won 40 seats. LFF leader Ana Moro thanked voters.")
    assert found["LFF"] == "Lantern Freedom Front"


def test_known_by_its_acronym_defines_the_abbreviation(nlp):
    found, _ = parties(nlp, "The Corvane Unity Movement, known by its Spanish acronym MUC, won 31 seats. MUC came second.")
    assert found["MUC"] == "Corvane Unity Movement"


def test_abbreviation_first_full_name_in_brackets(nlp):
    found, _ = parties(nlp, "RZB (Rivermark Justice Party) took 12 seats, and the RZB will join the coalition.")
    assert found["RZB"] == "Rivermark Justice Party"


def test_known_as_needs_an_abbreviation(nlp):
    # "known as the people's choice": no abbreviation is defined
    found, _ = parties(nlp, "The Lantern Freedom Front, known as the people's choice, won 40 seats.")
    assert set(found.values()) == {"Lantern Freedom Front"}


def test_claim_party_is_the_full_name_the_article_gave(extract):
    claims = extract("The Orchard Renewal Party (ORP) won 40 seats in Veldoria. The ORP lost 3 seats in the north.")
    counts = [c for c in claims if c.type in ("seat_count", "seat_change")]
    assert counts and {c.party for c in counts} == {"Orchard Renewal Party"}


# ---------------------------------------------------------------- unknown parties by their shape


@pytest.mark.parametrize(
    "text,name",
    [
        ("Voters backed the Kestrel Democrats in the vote.", "Kestrel Democrats"),
        ("Voters backed the Joint Valley List in the vote.", "Joint Valley List"),
        ("Voters backed the Zelena Stranka in the vote.", "Zelena Stranka"),
        ("Maria Lenz of the Coastal Rally spoke on Monday.", "Coastal Rally"),
        ("The count gave the Partido Renovador Austral 14 seats.", "Partido Renovador Austral"),
        ("The count gave the Harbour Union 9 seats.", "Harbour Union"),
    ],
)
def test_unknown_party_by_its_head_word(nlp, text, name):
    found, _ = parties(nlp, text)
    assert found.get(name) == name


@pytest.mark.parametrize(
    "text,not_party",
    [
        ("The birthday party was held in Union Square on Monday.", "Union Square"),
        ("The European Union sent observers to the vote.", "European Union"),
        ("The Election Commission said the count was over.", "Election Commission"),
        ("The Ministry of Finance and the Supreme Court were closed.", "Supreme Court"),
        ("House Democrats and Senate Democrats met in Washington.", "Democrats and Senate Democrats"),
    ],
)
def test_not_a_party_by_its_shape(nlp, text, not_party):
    found, _ = parties(nlp, text)
    assert not_party not in found
    assert "party" not in {k.lower() for k in found}


def test_number_words_and_election_adjectives_are_not_parties():
    from claimx.components.seats.mention_filter import not_a_party

    assert not_a_party("Six") == "number"
    assert not_a_party("Parliamentary") == "adjective"
    assert not_a_party("Kestrel Democrats") is None


def test_leading_preposition_is_no_part_of_the_name():
    assert canonical_party("Besides the Kestrel Renewal Party") == "Kestrel Renewal Party"
    assert canonical_party("Unlike the Kestrel Renewal Party") == "Kestrel Renewal Party"


# ---------------------------------------------------------------- chambers the article's country names by rank


def test_lower_house_is_the_country_only_lower_chamber(nlp):
    doc = nlp("In Buenos Aires, the Lower House met. Argentina's Upper House met too.")
    bodies = {e.text: e._.claimx_body for e in doc.ents if e._.claimx_body}
    assert bodies.get("Lower House") == "Chamber of Deputies" and bodies.get("Upper House") == "Senate"


def test_lower_house_without_country_stays_generic(nlp):
    doc = nlp("The Lower House met on Monday in Veldoria.")
    assert not any(e._.claimx_body == "Chamber of Deputies" for e in doc.ents)


def test_chamber_carries_over_within_the_paragraph(extract):
    claims = extract("In Argentina, things look different in the Lower House, where the Harbour Party lost ground. "
                     "The Harbour Party kept 90 of its 100 seats.\nThe Senate met on Monday.")
    counts = [c for c in claims if c.type == "seat_count" and c.seats == 90]
    assert counts and counts[0].body == "Chamber of Deputies"


def test_seats_up_for_renewal_are_no_result(extract):
    claims = extract("The Harbour Party had nine seats up for renovation in the Senate of Veldoria and kept them all.")
    assert not [c for c in claims if c.type == "seat_count" and c.seats == 9 and c.status == "result"]


def test_world_party_alias_needs_evidence_even_without_any_country():
    # an alias of a world party names it only with its country's evidence; the name itself always does
    assert canonical_party("Democratic Coalition") == "Democratic Coalition"
    assert canonical_party("Democratic Coalition", ["HU"]) == "Democratic Coalition (Hungary)"
    assert canonical_party("Sabah Heritage Party") == "Sabah Heritage Party"


def test_head_word_followed_by_for_is_a_head_first_name(nlp):
    found, _ = parties(nlp, "Voters in Kestria backed Kestria's Union for Renewal and its leader on Sunday.")
    assert "Kestria's Union" not in found and found.get("Union for Renewal") == "Union for Renewal"


def test_country_named_like_a_surname_is_no_country():
    # "Prime Minister Luís Montenegro": Montenegro's country evidence comes from "Montenegrin", "Podgorica"
    lex = load_lexicon()
    assert not [p for p in lex.places if p.name == "Montenegro" or "Montenegro" in p.aliases]


@pytest.mark.parametrize(
    "text",
    [
        "The Orchard Renewal Party, the party of Ana Voss, campaigned hard in Veldoria. Voss's party won 40 seats.",
        "Veldoria's election was won by the Orchard Renewal party of Prime Minister Ana Voss. Voss's party won 40 seats.",
    ],
)
def test_the_party_of_a_person_names_that_person_party(extract, text):
    counts = [c for c in extract(text) if c.type == "seat_count" and c.seats == 40]
    assert counts and same_party(counts[0].party, "Orchard Renewal Party") and "Voss" not in counts[0].party


def test_generic_alias_of_a_strict_home_entry_needs_its_country():
    assert canonical_party("Union") == "Union"
    assert canonical_party("Union", ["DE"]) == "CDU/CSU"
    assert canonical_party("Kestria's Union") != "CDU/CSU"


def test_bracketed_native_name_matches_in_evaluation():
    assert same_party("Center Party (Keskusta)", "Centre Party (Finland)")
    assert not same_party("Center Party (Keskusta)", "National Coalition Party")


@pytest.mark.parametrize(
    "mention,countries,name",
    [
        ("Socialist Party", ["BG"], "Bulgarian Socialist Party"),  # the nationality adjective dropped at home
        ("People's Party", ["CH"], "Swiss People's Party"),
        ("Democratic Party", ["IT"], "Democratic Party (Italy)"),
        ("Democratic Party", ["US"], "Democratic Party"),
        ("5-Star Movement", [], "Five Star Movement"),
    ],
)
def test_home_names_of_world_parties(mention, countries, name):
    assert canonical_party(mention, countries) == name
