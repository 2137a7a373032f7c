"""--workers N: output identical, byte for byte and in the same order, to --workers 1."""

from __future__ import annotations

import multiprocessing
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.extract import extract_paths

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

pytestmark = pytest.mark.slow

LONG = "\n\n".join(
    f"Update {i}: the Labour Party won {200 + i} seats, and Prime Minister Anna Holt said she would "
    f"meet the leaders of the smaller parties on Friday. \"We have a mandate,\" Holt said."
    for i in range(40)
)


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("workers")
    for p in sorted(CORPUS.glob("*.txt")):
        shutil.copy(p, folder / p.name)
    (folder / "050_long.txt").write_text(LONG, encoding="utf-8")
    (folder / "040_empty.txt").write_text("\n", encoding="utf-8")
    (folder / "041_latin1.txt").write_bytes("Caf\xe9 owners voted.".encode("latin-1"))
    return folder


def _jsonl(nlp, folder: Path, workers: int, batch_size: int) -> tuple[bytes, int]:
    out, n_claims = [], 0
    for res in extract_paths(nlp, [str(folder)], batch_size=batch_size, n_process=workers):
        n_claims += len(res.claims)
        out.extend(rec.model_dump_json() + "\n" for rec in res.records())
    return "".join(out).encode(), n_claims


def test_two_workers_identical_bytes(nlp, articles):
    # small batches: many windows, so both workers get several and results arrive out of order
    one, n_claims = _jsonl(nlp, articles, 1, batch_size=2)
    two, _ = _jsonl(nlp, articles, 2, batch_size=2)
    assert n_claims > 20
    assert two == one
    assert b'"status":"error"' in one and b"050_long.txt" in one
    assert not multiprocessing.active_children()


def test_stopping_early_stops_the_pool(nlp, articles):
    stream = extract_paths(nlp, [str(articles)], batch_size=1, n_process=2)
    first = next(stream)
    assert first.record.doc == "000_6b05626aa3ed1ed6.txt"
    stream.close()
    assert not multiprocessing.active_children()


def test_cli_workers_option(nlp, articles, tmp_path):
    subset = tmp_path / "in"
    subset.mkdir()
    for p in sorted(articles.glob("01[0-3]*.txt")):
        shutil.copy(p, subset / p.name)
    runner = CliRunner()
    outs = []
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}.jsonl"
        result = runner.invoke(app, ["extract", str(subset), "-o", str(out), "--workers", workers, "--batch-size", "1"])
        assert result.exit_code == 0, result.output
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and outs[0].count(b"\n") > 4


def test_spacy_n_process_fallback_same_claims(nlp, articles, monkeypatch):
    """Where fork is not available (macOS, Windows) spaCy's n_process runs instead: same records."""
    import claimx.extract as ex

    one, _ = _jsonl(nlp, articles, 1, batch_size=4)
    monkeypatch.setattr(ex, "_fork_pool_available", lambda: False)
    two, _ = _jsonl(nlp, articles, 2, batch_size=4)
    assert two == one
