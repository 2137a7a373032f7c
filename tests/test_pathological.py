"""Adversarial text costs time linear in its length, and one pathological file never sinks the batch.

Budgets are ratios to a normal (invented) article of the same number of characters, so a slow or busy
machine slows both sides alike. Growth is measured from 250 to 1,000 units: x4 is linear, x16 quadratic,
x64 cubic (the Matcher over a run of capitalised words was cubic: 500 x "Party " took 17 s).
"""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

import claimx.extract as ex
from claimx.reader import Article

_spec = importlib.util.spec_from_file_location("pathological", Path(__file__).parent.parent / "benchmarks" / "pathological.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

RATIO_BUDGET = 15  # x normal article of the same size (measured: party-run ~5, the others ~1-2)
GROWTH_BUDGET = 8  # 250 -> 1,000 units (linear 4, quadratic 16)


def _best(nlp, text, repeat=2):
    return bench.timed(nlp, text, repeat)


@pytest.mark.parametrize("shape", ["party-run", "title-run", "quote-run", "digit-run", "seat-words", "nested-quotes", "nested-spaced",
                                   "short-quotes", "open-quotes", "apostrophes"])
def test_adversarial_runs_are_linear_and_within_budget(nlp, shape):
    ex.extract_text(nlp, bench.NORMAL)  # warm
    small = _best(nlp, bench.SHAPES[shape](250))
    text = bench.SHAPES[shape](1000)
    big = _best(nlp, text)
    normal = _best(nlp, bench.normal_text(len(text)))
    assert big <= RATIO_BUDGET * normal + 0.25, f"{shape}: {big:.2f} s vs normal {normal:.2f} s"
    assert big <= GROWTH_BUDGET * small + 0.25, f"{shape}: 250 units {small:.2f} s, 1,000 units {big:.2f} s"


def test_a_run_of_quote_marks_costs_no_more_than_normal_text(nlp):
    """2,000 x '"“‘' without a space: 6,000 tokens through the network (4.4x normal text, 10-17x its time) before
    runs of marks were cut into tokens of 16 (claimx.longruns.MARK_RUN); measured ~0.4-0.9x normal since."""
    ex.extract_text(nlp, bench.NORMAL)  # warm
    text = bench.SHAPES["nested-quotes"](2000)
    big = _best(nlp, text)
    normal = _best(nlp, bench.normal_text(len(text)))
    assert big <= 3 * normal + 0.1, f"nested-quotes: {big:.2f} s vs normal {normal:.2f} s"


def _batch(nlp, bad_text):
    arts = [
        Article("before.txt", "The Labour Party won 12 seats in the 300-seat chamber.", ""),
        Article("bad.txt", bad_text, ""),
        Article("after.txt", "The Green Party won 3 seats.", ""),
    ]
    return {r.record.doc: r for r in ex.extract_articles(nlp, arts)}


def _stalling(monkeypatch, marker="STALL"):
    """A pipeline that hangs (for 30 s) on a text holding ``marker``: a stand-in for any input that is too slow."""
    real = ex._run_window

    def stalling(nlp_, pieces, batch_size, types):
        if any(marker in text for text, _ in pieces):
            time.sleep(30)
        return real(nlp_, pieces, batch_size, types)

    monkeypatch.setattr(ex, "_run_window", stalling)


def test_time_guard_reports_the_file_and_the_batch_finishes(nlp, monkeypatch):
    monkeypatch.setattr(ex, "FILE_SECONDS", 1.0)
    _stalling(monkeypatch)
    t = time.perf_counter()
    out = _batch(nlp, "The Labour Party won 12 seats. STALL")
    assert time.perf_counter() - t < 20
    assert out["bad.txt"].record.status == "error" and "longer than 1 s" in out["bad.txt"].record.reason
    assert out["before.txt"].record.status == "ok" and out["before.txt"].claims
    assert out["after.txt"].record.status == "ok" and out["after.txt"].claims


def test_memory_error_is_contained_to_its_file(nlp, monkeypatch):
    real = ex._run_window

    def exploding(nlp_, pieces, batch_size, types):
        if any("EXPLODE" in text for text, _ in pieces):
            raise MemoryError
        return real(nlp_, pieces, batch_size, types)

    monkeypatch.setattr(ex, "_run_window", exploding)
    out = _batch(nlp, "The Labour Party won 12 seats. EXPLODE")
    assert out["bad.txt"].record.status == "error" and "memory" in out["bad.txt"].record.reason
    assert out["before.txt"].claims and out["after.txt"].claims


def test_guarded_file_is_cx091_in_check(nlp, monkeypatch):
    from claimx.checks import run_checks

    monkeypatch.setattr(ex, "FILE_SECONDS", 1.0)
    _stalling(monkeypatch)
    out = _batch(nlp, "The Labour Party won 12 seats. STALL")
    records = [rec for r in out.values() for rec in r.records()]
    report = run_checks(records)
    assert any(f.rule == "CX091" and "bad.txt" in f.message for f in report.findings)


def test_long_file_claims_spilled_to_disk_give_the_same_output(nlp, monkeypatch):
    text = ("The Labour Party won 12 seats in the 300-seat chamber. The Green Party lost 3 seats.\n\n" * 60)
    art = Article("long.txt", text, "")
    (plain,) = list(ex.extract_articles(nlp, [art], max_chunk_chars=800))
    assert isinstance(plain.claims, list) and len(plain.claims) > 100
    monkeypatch.setattr(ex, "SPILL_CHARS", 1000)
    (spilled,) = list(ex.extract_articles(nlp, [art], max_chunk_chars=800))
    assert isinstance(spilled.claims, ex.SpilledClaims)
    assert spilled.record == plain.record and len(spilled.claims) == len(plain.claims)
    assert [c.model_dump_json() for c in spilled.records() if c.type != "document"] == [
        c.model_dump_json() for c in plain.claims
    ]
    assert list(spilled.claims) == list(spilled.claims)  # iterable again


def _hogging(monkeypatch, marker="HOG", mb=400):
    """A pipeline whose resident memory keeps growing (to ``mb`` MB, 8 MB at a time) on a text holding
    ``marker``: a stand-in for an input that makes extraction hoard memory."""
    real = ex._run_window

    def hogging(nlp_, pieces, batch_size, types):
        if any(marker in text for text, _ in pieces):
            hoard = []
            for _ in range(mb // 8):
                hoard.append(bytearray(8 << 20))  # zero-filled pages are touched: they count in the RSS
                hoard[-1][::4096] = b"x" * len(hoard[-1][::4096])
                time.sleep(0.01)
        return real(nlp_, pieces, batch_size, types)

    monkeypatch.setattr(ex, "_run_window", hogging)


@pytest.mark.skipif(ex.rss_mb() is None, reason="needs /proc/self/statm (Linux)")
def test_memory_guard_reports_the_file_and_the_batch_finishes(nlp, monkeypatch):
    _hogging(monkeypatch)
    arts = [
        Article("before.txt", "The Labour Party won 12 seats in the 300-seat chamber.", ""),
        Article("bad.txt", "The Labour Party won 12 seats. HOG", ""),
        Article("after.txt", "The Green Party won 3 seats.", ""),
    ]
    out = {r.record.doc: r for r in ex.extract_articles(nlp, arts, max_file_mb=40)}
    bad = out["bad.txt"].record
    assert bad.status == "error" and "grew by more than 40 MB" in bad.reason, bad.reason
    assert out["before.txt"].record.status == "ok" and out["before.txt"].claims
    assert out["after.txt"].record.status == "ok" and out["after.txt"].claims
    # with the guard off, the same text goes through (the hoard is let go at the window's end)
    (res,) = list(ex.extract_articles(nlp, arts[1:2], max_file_mb=0))
    assert res.record.status == "ok"


@pytest.mark.skipif(ex.rss_mb() is None, reason="needs /proc/self/statm (Linux)")
def test_cli_max_file_mb_reports_cx091_and_keeps_the_other_files(nlp, monkeypatch, tmp_path):
    import json

    from typer.testing import CliRunner

    from claimx.cli import app

    _hogging(monkeypatch)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("The Labour Party won 12 seats in the 300-seat chamber.\n")
    (folder / "b.txt").write_text("The Labour Party won 12 seats. HOG\n")
    (folder / "c.txt").write_text("The Green Party won 3 seats.\n")
    out = tmp_path / "claims.jsonl"
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(out), "--max-file-mb", "30"])
    assert result.exit_code == 2, result.output  # an unreadable file is an input error
    records = [json.loads(line) for line in out.read_text().splitlines()]
    docs = {r["doc"]: r for r in records if r["type"] == "document"}
    assert docs["b.txt"]["status"] == "error" and "--max-file-mb" in docs["b.txt"]["reason"]
    assert docs["a.txt"]["status"] == "ok" and docs["c.txt"]["status"] == "ok"
    assert {r["doc"] for r in records if r["type"] != "document"} == {"a.txt", "c.txt"}
    report = tmp_path / "report.json"
    CliRunner().invoke(app, ["check", str(out), "--format", "json", "-o", str(report)])
    assert any(f["rule"] == "CX091" and "b.txt" in f["message"] for f in json.loads(report.read_text())["findings"])
