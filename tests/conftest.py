"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from claimx.extract import extract_text

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from claimx.pipeline import bundled_model_path, cached_pipeline

    if bundled_model_path() is None:
        pytest.fail("claimx's pipeline is missing: models/claimx_en_core (train it: claimx model train)")
    return cached_pipeline()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text) -> list of claims from one text."""
    from claimx.extract import extract_text

    def _extract(text: str, name: str = "test.txt"):
        return extract_text(nlp, text, name)

    return _extract


@pytest.fixture()
def by_type():
    def _by_type(claims, type_):
        return [c for c in claims if c.type == type_]

    return _by_type


@pytest.fixture()
def trusted_rules(monkeypatch):
    """Checks with every claim in the top confidence band (CLAIMX_CALIBRATION=trust): tests of what the
    rules catch when the extraction is right. The shipped calibration (data/calibration/confidence.json,
    measured on the dev articles) may put these claims below the top band, making their findings warnings."""
    monkeypatch.setenv("CLAIMX_CALIBRATION", "trust")


# claimx_quotes alone on a blank pipeline (tokenizer + sentencizer), and quotes_of(text) on both pipelines
@pytest.fixture(scope="module")
def blank_nlp():  # (the quote tests)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimx_quotes")
    return nlp


@pytest.fixture(scope="module", params=["trained", "blank"])
def quotes_of(request, blank_nlp):
    nlp = request.getfixturevalue("nlp") if request.param == "trained" else blank_nlp

    def _quotes(text: str):
        return [c for c in extract_text(nlp, text, "t.txt") if c.type == "quote"]

    return _quotes


@pytest.fixture(scope="module")
def trained_quotes(nlp):
    """trained_quotes(text) -> the quote claims of the trained pipeline (constructions that need the parse)."""

    def _quotes(text: str):
        return [c for c in extract_text(nlp, text, "t.txt") if c.type == "quote"]

    return _quotes


@pytest.fixture(scope="module")
def claims(nlp):
    """claims(text, type) -> the claims of one type the trained pipeline makes of ``text``."""

    def _claims(text: str, type_: str):
        return [c for c in extract_text(nlp, text, "t.txt") if c.type == type_]

    return _claims
