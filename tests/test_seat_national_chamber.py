"""Which chamber "parliamentary seats" means when the article names none: the national chamber of the article's
country (its only lower house, else its only national legislature), from ``data/entities/legislatures.jsonl``.
Invented sentences; a country with no such chamber in the lexicon, or an article that names its chamber, keeps
what it had."""

import pytest

from claimx.components.seats.component import national_chamber


@pytest.mark.parametrize("text,body", [
    ("Bangladesh voted on Sunday. As many as 299 out of the 300 parliamentary seats were up for election.", "Jatiya Sangsad"),
    ("Iraq voted on Sunday. More than 7,000 candidates were running for 329 parliamentary seats.", "Council of Representatives"),
    ("Sweden voted on Sunday. The Harbour Party won 84 of the 349 parliamentary seats.", "Riksdag"),
    ("Bangladesh voted on Sunday. The Harbour Party won 288 of the 300 seats in parliament.", "Parliament"),  # named: kept
    ("Japan voted on Sunday. The Harbour Party won 84 of the 465 parliamentary seats.", "House of Representatives"),
    # the article names its chamber: that one
    ("Japan voted on Sunday. The Harbour Party won 84 of the 248 seats in the House of Councillors.", "House of Councillors"),
])
def test_parliamentary_seats_are_the_countrys_national_chamber(extract, text, body):
    sizes = [c for c in extract(text) if c.type == "chamber_size"]
    assert sizes and all(c.body == body for c in sizes), [(c.seats, c.body) for c in sizes]


def test_no_national_chamber_without_a_known_country():
    assert national_chamber([]) is None
    assert national_chamber(["ZZ"]) is None
    assert national_chamber(["GB"]) == "House of Commons"  # not the devolved Scottish Parliament
    assert national_chamber(["DK"]) == "Folketing"


def test_ostria_keeps_the_generic_parliament(extract):
    sizes = [c for c in extract("Ostria voted on Sunday. The Harbour Party won 84 of the 349 parliamentary seats.")
             if c.type == "chamber_size"]
    assert sizes and all(c.body in (None, "Parliament") for c in sizes)
