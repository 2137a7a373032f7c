"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

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


@pytest.fixture(scope="session")
def emits_majority_status(extract):
    """Whether a component of the pipeline emits majority_status claims (a component of its own, not
    claimx_seats): tests of the checks that rest on them (CX003, CX005) expect those findings only then."""
    probe = "Ostrelia voted. The Iron Guild won a minority government, three short of a majority."
    return any(c.type == "majority_status" for c in extract(probe, "probe.txt"))
