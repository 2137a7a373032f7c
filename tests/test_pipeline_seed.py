"""The shipped pipeline plus claimx's rule layer on the seed article (issue: own trained pipeline)."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parent.parent / "corpus" / "000_6b05626aa3ed1ed6.txt"


@pytest.fixture(scope="module")
def seed_doc(nlp):
    return nlp(SEED.read_text(encoding="utf-8"))


def ents(doc, label=None):
    return {(e.text, e.label_) for e in doc.ents if label is None or e.label_ == label}


def test_people_are_person_without_titles_or_headline_verbs(seed_doc):
    people = {e.text for e in seed_doc.ents if e.label_ == "PERSON"}
    assert {"Mark Carney", "Donald Trump"} <= people
    assert not any("Congratulates" in p or "President" in p or "Prime Minister" in p for p in people), people


def test_parties_are_org_or_norp(seed_doc):
    found = {e.text: e.label_ for e in seed_doc.ents}
    for party in ("Liberal Party", "Conservative Party", "Bloc Québécois", "New Democratic Party"):
        assert found.get(party) in {"ORG", "NORP"}, (party, found.get(party))


def test_countries_are_gpe(seed_doc):
    gpe = {e.text for e in seed_doc.ents if e.label_ == "GPE"}
    assert "Canada" in gpe and "the United States" in gpe | {"United States"} | gpe


def test_carney_is_the_subject_of_said(seed_doc):
    said = [t for t in seed_doc if t.lemma_ == "say" and t.text == "said"]
    assert said
    subjects = {c.text for t in said for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")}
    assert "Carney" in subjects, [(t.i, [(c.text, c.dep_) for c in t.children]) for t in said]


def test_pipeline_has_the_trained_components(nlp):
    for name in ("tok2vec", "tagger", "morphologizer", "parser", "trainable_lemmatizer", "ner"):
        assert nlp.has_pipe(name)
    assert set(nlp.get_pipe("ner").labels) >= {"PERSON", "ORG", "LOC"}
