"""claimx_entities: the rule layer over the statistical NER."""

import pytest


def ents(doc):
    return {(e.text, e.label_) for e in doc.ents}


def test_places_nationalities_parties_bodies(nlp):
    doc = nlp("Canadian voters returned the Liberals to power in Ottawa, while the United States watched. "
              "The NDP lost ground in the House of Commons.")
    found = ents(doc)
    assert ("Canadian", "NORP") in found
    assert ("the United States", "GPE") in found
    assert ("Ottawa", "GPE") in found
    libs = [e for e in doc.ents if e.text == "Liberals"]
    assert libs and libs[0].label_ == "ORG" and libs[0]._.claimx_party == "Liberal Party"
    ndp = [e for e in doc.ents if e.text == "NDP"][0]
    assert ndp._.claimx_party == "New Democratic Party"
    body = [e for e in doc.ents if e._.claimx_body][0]
    assert body._.claimx_body == "House of Commons"
    assert doc._.claimx_countries[0] == "CA"


@pytest.mark.parametrize(
    "text,name",
    [
        ("U.S. President Donald Trump spoke to reporters on Monday.", "Donald Trump"),
        ("Prime Minister Mark Carney met the premiers in Ottawa.", "Mark Carney"),
        ("German Chancellor Olaf Scholz conceded defeat.", "Olaf Scholz"),
    ],
)
def test_titles_are_not_names(nlp, text, name):
    doc = nlp(text)
    persons = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert not any(t in p for p in persons for t in ("President", "Prime Minister", "Chancellor", "U.S."))
    assert "claimx_titles" in doc.spans and len(doc.spans["claimx_titles"]) >= 1
    if persons:
        assert any(name.endswith(p.split()[-1]) for p in persons)


def test_unknown_party_by_shape_and_defined_abbreviation(nlp):
    doc = nlp("The upstart Kestrel Renewal Party (KRP) surged in the north. Analysts said KRP voters were young.")
    krp = [e for e in doc.ents if e.text == "KRP"]
    assert krp and all(e._.claimx_party == "Kestrel Renewal Party" for e in krp)
    assert any(e.text == "Kestrel Renewal Party" and e.label_ == "ORG" for e in doc.ents)


def test_ambiguous_alias_needs_the_country(nlp):
    indian = nlp("In India, the Congress won 99 seats and the BJP fell short.")
    assert any(e.text == "Congress" and e._.claimx_party == "Indian National Congress" for e in indian.ents)
    us = nlp("In Washington, Congress passed the budget after the President signed it.")
    assert not any(e._.claimx_party == "Indian National Congress" for e in us.ents)


def test_longer_shaped_name_beats_lexicon_word(nlp):
    doc = nlp("In Carrick, the Labour Front won the most ridings.")
    front = [e for e in doc.ents if "Front" in e.text]
    assert front and front[0]._.claimx_party == "Labour Front"


def test_component_round_trip(nlp, tmp_path):
    comp = nlp.get_pipe("claimx_entities")
    comp.to_disk(tmp_path / "ent")
    comp.from_disk(tmp_path / "ent")
    doc = nlp("The Tories lost seats in Britain.")
    assert any(e._.claimx_party == "Conservative Party" for e in doc.ents)
    # the saved component names parties as the built one does, nicknames included (data/entities/nicknames.json:
    # before, a saved pipeline lost them, and every test after this one saw "Green Party" for Germany's Greens)
    doc = nlp("Germany voted. The Greens won 85 seats in the Bundestag.")
    assert [e._.claimx_party for e in doc.ents if e.text == "Greens"] == ["Alliance 90/The Greens"]


def test_unknown_party_shapes_and_defined_mixed_case_abbreviation(nlp):
    doc = nlp("Voters in Lornia backed the Movement for Change (MfC) on Sunday. The MfC beat the People's Alliance "
              "and the Lornia Farmers' Party.")
    parties = {e.text: e._.claimx_party for e in doc.ents if e._.claimx_party}
    assert parties.get("Movement for Change") == "Movement for Change"
    assert parties.get("MfC") == "Movement for Change"
    assert parties.get("People's Alliance") == "People's Alliance"
    assert parties.get("Lornia Farmers' Party") == "Lornia Farmers' Party"


def test_foreign_alias_keeps_written_name(nlp):
    # a multi-word alias of a lexicon party from a country the article never names is another party
    far = nlp("Voters in Saldane went to the polls. The National Front won the vote.")
    assert [e._.claimx_party for e in far.ents if e.text == "National Front"] == ["National Front"]
    home = nlp("Voters in France went to the polls. The National Front won the vote.")
    assert [e._.claimx_party for e in home.ents if e.text == "National Front"] == ["National Rally"]


def test_possessive_owner_is_not_part_of_a_known_party(nlp):
    doc = nlp("Voters backed Smith's Conservative Party, while the Quebec premier's Liberal Party lost ground.")
    parties = {e.text: e._.claimx_party for e in doc.ents if e._.claimx_party}
    assert parties.get("Conservative Party") == "Conservative Party"
    assert "Smith's Conservative Party" not in parties
