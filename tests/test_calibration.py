"""Severity from evidence: calibrated confidence, bands, extraction doubts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _claimx_builders import commons_article, document, seat, size  # noqa: E402

from claimx.checks import run_checks  # noqa: E402
from claimx.checks.calibration import band_of, calibrated, family, fit, table, write  # noqa: E402
from claimx.checks.severity import party_doubt  # noqa: E402


def test_fit_smooths_measured_precision_towards_the_stated_confidence():
    rows = [("seat_count r1", 0.9, True)] * 18 + [("seat_count r1", 0.9, False)] * 2 + [("seat_count r2", 0.8, False)]
    got = fit(rows)
    assert got["seat_count r1"]["found"] == 20 and got["seat_count r1"]["right"] == 18
    pooled = 18 / 21  # the claim type's precision over all its rules: the prior when below the stated one
    assert got["seat_count r1"]["confidence"] == round((18 + 2 * pooled) / 22, 3)
    assert got["seat_count r2"]["confidence"] == round((0 + 2 * 0.8) / 3, 3)


def test_bands():
    assert band_of(0.95) == ">= 0.9" and band_of(0.9) == ">= 0.9"
    assert band_of(0.89) == "0.7-0.9" and band_of(0.7) == "0.7-0.9" and band_of(0.2) == "< 0.7"


def test_calibration_file_is_read_and_unseen_families_keep_their_confidence(tmp_path, monkeypatch):
    c = seat("a.txt", "Liberal Party", 100, 1)
    path = tmp_path / "cal.json"
    write({family(c): {"found": 10, "right": 5, "stated": 0.9, "confidence": 0.583}}, "test", path)
    assert json.loads(path.read_text())["families"][family(c)]["confidence"] == 0.583
    assert calibrated(c, path) == 0.583
    other = seat("a.txt", "Liberal Party", 100, 1).model_copy(update={"rule": "test/other"})
    assert calibrated(other, path) == other.confidence
    monkeypatch.setenv("CLAIMX_CALIBRATION", str(path))
    assert table() and calibrated(c) == 0.583


def _errors(report):
    return [f for f in report.findings if f.severity == "error"]


def test_an_error_needs_its_claims_in_the_top_band(tmp_path, monkeypatch):
    records = commons_article(liberal=268)
    trusted = run_checks(records)
    assert sorted(f.rule for f in _errors(trusted)) == ["CX001", "CX003"]
    # both sides quoted in a standing error
    assert all("evidence: \"" in f.message for f in _errors(trusted))
    # the same claims from a rule measured at 60%: warnings naming the weak rule
    fams = {family(c): {"found": 10, "right": 6, "stated": 0.9, "confidence": 0.6}
            for c in records if getattr(c, "type", "") == "seat_count"}
    path = tmp_path / "cal.json"
    write(fams, "test", path)
    monkeypatch.setenv("CLAIMX_CALIBRATION", str(path))
    weak = run_checks(records)
    assert not [f for f in _errors(weak) if f.rule == "CX001"]
    cx001 = [f for f in weak.findings if f.rule == "CX001"]
    assert cx001 and cx001[0].severity == "warning" and "below the top confidence band" in cx001[0].message


def test_party_names_that_are_not_parties():
    assert party_doubt("Jan") == "a date"
    assert party_doubt("Election Commission") == "an institution"
    assert party_doubt("Dr Alma Verity") == "a person"
    assert party_doubt("Lower") == "a chamber"
    assert party_doubt("Harbour Party") is None


def test_a_doubtful_party_makes_a_warning_not_an_error():
    recs = [document("a.txt"), size("a.txt", 100, 1, body="Assembly"),
            seat("a.txt", "Harbour Party", 60, 2), seat("a.txt", "Election Commission", 60, 3)]
    report = run_checks(recs)
    assert not _errors(report)
    f = [f for f in report.findings if f.rule == "CX001"]
    assert f and f[0].severity == "warning" and "extraction doubt" in f[0].message


def test_a_chamber_smaller_than_one_partys_count_is_an_extraction_doubt():
    recs = [document("a.txt"), size("a.txt", 11, 1, body="Assembly"), seat("a.txt", "Harbour Party", 64, 2)]
    report = run_checks(recs)
    f = [f for f in report.findings if f.rule == "CX001"]
    assert f and f[0].severity == "warning" and "smaller than one party's 64" in f[0].message


def test_eval_prints_precision_per_band():
    from claimx.evaluate import ConfidenceBand, EvalResult, TypeScore, render_text

    res = EvalResult(gold_dir="g", per_type={}, overall=TypeScore(), accuracies={},
                     confidence_bands=[ConfidenceBand(band=">= 0.9", found=4, right=4, precision=1.0)],
                     stated_bands=[ConfidenceBand(band=">= 0.9", found=5, right=4, precision=0.8)])
    text = render_text(res)
    assert "precision per confidence band" in text and ">= 0.9" in text and "(4/4)" in text
