"""The public Python API (`claimx.extract`, `claimx.check`, `claimx.add_to`) gives the CLI's claims."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

import claimx
from claimx.cli import app
from claimx.pipeline import COMPONENT_ORDER, bundled_model_path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def _cli_lines(args: list[str], tmp_path: Path) -> list[str]:
    out = tmp_path / "cli.jsonl"
    result = CliRunner().invoke(app, ["extract", *args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8").splitlines()


def _api_lines(nlp) -> list[str]:
    return [r.model_dump_json() for r in claimx.extract([CORPUS], model=nlp, documents=True)]


def test_public_names_are_exported():
    for name in ("extract", "check", "add_to", "load_pipeline", "Claim", "SeatCount", "SeatChange", "ChamberSize",
                 "MajorityThreshold", "MajorityStatus", "Quote", "Event", "DocumentRecord", "Report", "Finding"):
        assert name in claimx.__all__ and getattr(claimx, name) is not None
    # the module claimx/extract.py keeps its own functions while `claimx.extract(...)` is the API call
    import claimx.extract as module

    assert callable(claimx.extract) and callable(module.extract_paths)


def test_add_to_bundled_pipeline_gives_the_cli_claims_on_corpus(nlp, tmp_path):
    own = claimx.add_to(spacy.load(bundled_model_path()))
    assert own is not nlp  # a pipeline of the user's, not the CLI's cached one
    api = _api_lines(own)
    cli = _cli_lines([str(CORPUS)], tmp_path)
    assert len(cli) > 300 and api == cli


def test_add_to_blank_pipeline_sets_sentences_and_matches_the_cli(tmp_path):
    blank = spacy.blank("en")
    folder = tmp_path / "blank_en"
    blank.to_disk(folder)  # the same blank pipeline, for the CLI's --model
    nlp = claimx.add_to(spacy.blank("en"))
    names = nlp.pipe_names
    assert names[:2] == ["claimx_paragraphs", "sentencizer"]  # E030 without these
    assert [n for n in names if n in COMPONENT_ORDER] == list(COMPONENT_ORDER)
    api = _api_lines(nlp)
    cli = _cli_lines([str(CORPUS), "--model", str(folder)], tmp_path)
    assert sum('"type":"seat_count"' in line for line in api) > 20
    assert api == cli


def test_add_to_is_idempotent_and_takes_types():
    nlp = claimx.add_to(spacy.blank("en"), types=["quote"])
    assert "claimx_quotes" in nlp.pipe_names and "claimx_events" not in nlp.pipe_names
    before = list(nlp.pipe_names)
    claimx.add_to(nlp, types=["quote"])
    assert nlp.pipe_names == before


def test_extract_texts_and_check(nlp, monkeypatch):
    text = "The Harbour Party won 150 seats and the Forest Party won 90 seats in the 201-seat State Assembly."
    claims = list(claimx.extract([text, "Nothing here."], model=nlp))
    counts = {c.party: c.seats for c in claims if isinstance(c, claimx.SeatCount)}
    assert counts == {"Harbour Party": 150, "Forest Party": 90}
    assert {c.doc for c in claims} == {"text-1"}
    report = claimx.check(claims)
    assert isinstance(report, claimx.Report)
    # the shipped calibration may keep these rules below the top band: the finding is then a warning saying so
    (found,) = [f for f in report.findings if f.rule == "CX001"]
    assert found.severity == "error" or "top confidence band" in found.message
    assert report.fails("warning")
    monkeypatch.setenv("CLAIMX_CALIBRATION", "trust")  # every claim trusted: the contradiction is an error
    assert claimx.check(claims).fails("error")
    # dicts as read from claims.jsonl work too
    again = claimx.check([json.loads(c.model_dump_json()) for c in claims])
    assert [f.rule for f in again.findings] == [f.rule for f in report.findings]


def test_extract_types_and_documents(nlp, tmp_path):
    (tmp_path / "a.txt").write_text("Mara Voss said: \"We will govern for everyone.\"\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe not text")
    records = list(claimx.extract(tmp_path, model=nlp, types=["quote"], documents=True))
    docs = [r for r in records if isinstance(r, claimx.DocumentRecord)]
    assert [(d.doc, d.status) for d in docs] == [("a.txt", "ok"), ("b.txt", "error")]
    assert {r.type for r in records if r not in docs} == {"quote"}
    with pytest.raises(ValueError, match="unknown claim type"):
        list(claimx.extract("x", model=nlp, types=["seats"]))
    with pytest.raises(TypeError):
        list(claimx.extract([42], model=nlp))
