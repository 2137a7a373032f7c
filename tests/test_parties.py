"""claimx.parties: canonical party names and matching of party names."""

import pytest

from claimx.parties import ArticleParties, canonical_party, clean_party_text, looks_like_party, same_party


@pytest.mark.parametrize(
    "mention,canonical",
    [
        ("the Liberals", "Liberal Party"), ("Liberal Party of Canada", "Liberal Party"), ("Carney's Liberals", "Liberal Party"),
        ("Grits", "Liberal Party"), ("Tories", "Conservative Party"), ("NDP", "New Democratic Party"),
        ("New Democratic Party (NDP)", "New Democratic Party"), ("the Bloc Quebecois", "Bloc Québécois"),
        ("Labor", "Australian Labor Party"), ("Labour", "Labour Party"), ("the Greens", "Green Party"),
        ("AfD", "Alternative for Germany"), ("the far-right Alternative for Germany (AfD)", "Alternative for Germany"),
        ("CDU", "Christian Democratic Union"), ("the BJP-led NDA", "National Democratic Alliance"),
        ("Bharatiya Janata Party (BJP)-led National Democratic Alliance (NDA)", "National Democratic Alliance"),
        ("independents", "Independent"), ("a non-party deputy", "Independent"), ("Others", "Others"),
        ("the uMkhonto weSizwe (MK) Party", "uMkhonto weSizwe Party"), ("Scottish Nationalist Party (SNP)", "Scottish National Party"),
        ("the conservative Liberal / National Party Coalition", "Liberal/National Coalition"),
        ("the Kestrel Renewal Party (KRP)", "Kestrel Renewal Party"), ("the ruling ANC", "African National Congress"),
    ],
)
def test_canonical(mention, canonical):
    assert canonical_party(mention) == canonical


def test_combination_is_not_a_member():
    combo = canonical_party("a potential NDP-Green alliance")
    assert combo not in ("New Democratic Party", "Green Party")
    assert same_party(combo, "NDP and Green Party (combined)")
    assert not same_party(combo, "NDP")


@pytest.mark.parametrize(
    "a,b",
    [
        ("Christian Democratic Union (CDU)", "CDU"), ("Christian Democratic Union (CDU)", "Christian Democratic Union"),
        ("Greens", "Green Party"), ("Australian Labor Party", "ALP"), ("Scottish National Party", "SNP"),
        ("Sinn Féin", "SF"), ("Non-party deputy", "Independent"), ("Coalition Avenir Québec (CAQ)", "CAQ"),
        ("Liberal/National Coalition", "Liberal / National Party Coalition"), ("Quebec Liberal Party", "Liberal Party"),
        ("Meadow Party (MP)", "Meadow Party"),
        # written forms of one party of the world party data (entities/parties/)
        ("Warisan", "Sabah Heritage Party"), ("Social Democrats (Sweden)", "Swedish Social Democratic Party"),
        ("MUD", "Democratic Unity Roundtable"), ("Democratic Unity Roundtable (MUD)", "MUD"),
        ("Hadash-Ta'al", "Hadash–Ta'al"), ("CPN (UML)", "Communist Party of Nepal (Unified Marxist–Leninist)"),
        ("Labor", "Israeli Labor Party"),
    ],
)
def test_same_party(a, b):
    assert same_party(a, b) and same_party(b, a)


@pytest.mark.parametrize(
    "a,b",
    [
        ("Liberal Party", "Liberal Democrats"), ("Democratic Party", "Democratic Alliance"), ("Labour Party", "Liberal Party"),
        ("Left Party", "Liberal Party"), ("Social Democratic Party", "Social Democratic and Labour Party"), ("NDA", "BJP"),
        ("Liberal Party", None),
        # parties of the world party data that share words or letters
        ("Likud", "Blue and White"), ("Shas", "United Torah Judaism"), ("Nepali Congress", "CPN (UML)"),
        ("Social Democratic Party of Croatia", "Croatian Democratic Union"), ("PAS", "PKR"),
        ("National People's Power", "Samagi Jana Balawegaya"),
    ],
)
def test_different_parties(a, b):
    assert not same_party(a, b)


def test_ambiguous_alias_needs_its_country():
    # "Labor" is Australia's party in Australian news (and with no country evidence at all), Israel's in Israeli
    # news, and as written in British news
    assert canonical_party("Labor", ["AU"]) == "Australian Labor Party"
    assert canonical_party("Labor", ["IL", "US"]) == "Israeli Labor Party"
    assert canonical_party("Labor", ["GB"]) == "Labor"
    # an ambiguous alias shared by several countries' parties names none of them without evidence
    assert canonical_party("People's Alliance") == "People's Alliance"
    # a foreign party's full name still names it; its abbreviation only where its country is among the article's
    # (short abbreviations collide across countries: "GANA" in Salvadoran news is not Guatemala's party)
    assert canonical_party("Alternative for Germany", ["FR"]) == "Alternative for Germany"
    assert canonical_party("AfD", ["FR"]) == "AfD"
    assert canonical_party("AfD", ["FR", "DE"]) == "Alternative for Germany"
    assert canonical_party("AfD") == "Alternative for Germany"


def test_article_abbreviations_and_countries():
    ap = ArticleParties(["IN"])
    assert ap.canonical("Congress") == "Indian National Congress"
    ap.define("Kestrel Renewal Party", "KRP")
    assert ap.canonical("KRP") == "Kestrel Renewal Party"


def test_clean_and_shape():
    assert clean_party_text("the far-right Alternative for Germany (AfD)") == ("Alternative for Germany", "AfD")
    assert looks_like_party("Harbour Party") and not looks_like_party("party")


def test_possessive_name_is_not_a_possessor():
    assert canonical_party("People's Alliance") == "People's Alliance"
    assert canonical_party("Carney's Liberals") == "Liberal Party"
