"""Severity from evidence: calibrated confidence, bands, extraction doubts."""

from __future__ import annotations

import json

import pytest
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _claimx_builders import commons_article, document, seat, size, status  # noqa: E402

from claimx.checks import run_checks  # noqa: E402
from claimx.checks.calibration import (  # noqa: E402
    DATA_FILE, Model, band_of, band_report, calibrated, crossfit, features, fit_model, model, render_band_report,
    write,
)
from claimx.checks.severity import party_doubt  # noqa: E402


def _seat_rule(claim, rule):
    return claim.model_copy(update={"rule": rule})


def test_features_of_a_claim_read_how_it_was_found():
    adjacent = seat("a.txt", "Harbour Party", 62, text="The Harbour Party won 62 seats on Sunday.",
                    evidence="Harbour Party won 62 seats")
    feats = features(_seat_rule(adjacent, "seats/count-dep-subject/status:previous-after"))
    # the words of the construction's name (no feature per construction), the tail's decisions
    assert not any(f.startswith("fam=") for f in feats) and "tok=seats:dep" in feats and "tail=status" in feats
    assert "noun=adjacent" in feats and "pdist=near" in feats and "type=seat_count" in feats
    far = seat("a.txt", "Harbour Party", 12, text="It was a long night; in the end twelve went to the rest.",
               evidence="twelve")
    feats = features(_seat_rule(far, "seats/count-previous-sentence"))
    assert "pdist=outside" in feats and "num=word" in feats and "noun=none" in feats
    assert "tok=seats:previous" in feats and "tok=seats:sentence" in feats



def test_party_distance_counts_from_the_nearest_mention_and_skips_a_parenthesis():
    # "The Harbour Party (HP) now has 48 seats": the abbreviation in brackets belongs to the name
    t = "The Harbour Party (Satamapuolue) now has 48 seats in the Assembly."
    assert "pdist=near" in features(seat("a.txt", "Harbour Party", 48, text=t, evidence="48 seats"))
    # without brackets the same words set the number apart
    t2 = "The Harbour Party, said the paper on Monday, now has 48 seats in the Assembly."
    assert "pdist=mid" in features(seat("a.txt", "Harbour Party", 48, text=t2, evidence="48 seats"))
    # named twice: the mention next to the number counts
    t3 = ("The Harbour Party, which had promised to end the long dispute over the northern port and its "
          "debts, lost ground, and in the end the Harbour Party won 48 seats.")
    assert "pdist=near" in features(seat("a.txt", "Harbour Party", 48, text=t3, evidence="48 seats"))


def _rows():
    """Invented outcomes: a seat noun next to the number is nearly always right, a party found in another
    sentence half the time, a number written in words in between."""
    good = ["type=seat_count", "noun=adjacent", "pdist=near"]
    bad = ["type=seat_count", "noun=none", "pdist=outside"]
    mid = ["type=seat_count", "noun=adjacent", "pdist=outside"]
    return [(good, True)] * 48 + [(good, False)] * 1 + [(bad, True)] * 6 + [(bad, False)] * 6 + \
        [(mid, True)] * 8 + [(mid, False)] * 2


def test_the_fitted_model_orders_claims_by_their_evidence():
    m = fit_model(_rows())
    good = m.score(["type=seat_count", "noun=adjacent", "pdist=near"])
    mid = m.score(["type=seat_count", "noun=adjacent", "pdist=outside"])
    bad = m.score(["type=seat_count", "noun=none", "pdist=outside"])
    assert good > 0.9 > mid > bad and bad < 0.7
    assert band_of(good) == ">= 0.9" and band_of(bad) == "< 0.7"
    # deterministic: the same rows give the same weights to the last digit
    assert fit_model(_rows()).to_json() == m.to_json()
    # an unseen feature weighs nothing
    assert m.score(["type=seat_count", "noun=adjacent", "pdist=near", "never-seen"]) == good


def test_cross_fit_scores_each_fold_with_a_model_fitted_on_the_other():
    # fold A: feature x always right; fold B: x always wrong. In-sample both folds look fine; cross-fitted,
    # B's claims are scored by A's model (high) and turn out wrong: the report shows the top band failing.
    rows = [(f"a{i}.txt", "seat_count", ["type=seat_count", "x"], True) for i in range(30)]
    rows += [(f"b{i}.txt", "seat_count", ["type=seat_count", "x"], False) for i in range(30)]
    folds = {"A": [f"a{i}" for i in range(30)], "B": [f"b{i}.txt" for i in range(30)]}
    scored = crossfit(rows, folds)
    assert len(scored) == 60
    b = [(t, v, r) for f, t, v, r in scored if f == "B"]
    assert all(v > 0.9 and not r for _, v, r in b)
    report = band_report([(t, v, r) for _, t, v, r in scored])
    top = report["seat, chamber, threshold and majority claims"][0]
    assert top["band"] == ">= 0.9" and top["found"] == 30 and top["precision"] == 0.0
    assert ">= 0.9 0.000 (0/30)" in render_band_report("cross-fitted", report)


def test_calibration_file_is_read(tmp_path, monkeypatch):
    c = seat("a.txt", "Liberal Party", 100, 1)
    m = fit_model(_rows())
    path = tmp_path / "cal.json"
    write(m, "test", {}, {}, path)
    assert json.loads(path.read_text())["model"]["intercept"] == round(m.intercept, 4)
    expected = round(Model.from_json(m.to_json()).score(features(c)), 3)
    assert calibrated(c, path) == expected
    monkeypatch.setenv("CLAIMX_CALIBRATION", str(path))
    assert model() is not None and calibrated(c) == expected
    monkeypatch.setenv("CLAIMX_CALIBRATION", "none")  # no calibration: the rule's stated confidence
    assert calibrated(c) == c.confidence
    monkeypatch.setenv("CLAIMX_CALIBRATION", "trust")
    assert calibrated(c) == 1.0


def test_the_shipped_model_puts_a_plain_count_above_a_count_with_weak_evidence():
    # What the annotated articles measure as weak evidence: an owner the lexicon does not know and that is no party's
    # own name ("... and allies"), a sentence of many numbers, several words between party and number. (A count
    # whose party is in an earlier sentence is not: such counts were right 13 times in 14, and claims with no seat
    # noun in their sentence, mostly the items of a results list, 17 in 17; the ordering this test asked of them
    # was 0.952 against 0.949 before round 10's features, noise the refit flipped.)
    plain = seat("a.txt", "Labour Party", 62, text="The Labour Party won 62 seats.", evidence="Labour Party won 62 seats")
    weak = seat("a.txt", "Veltan Workers and allies", 62, evidence="62",
                text="After 9 of 12 regions, the Veltan Workers and allies, ahead in 3 more, stood at 62.")
    assert calibrated(_seat_rule(plain, "seats/count-dep-subject"), DATA_FILE) > \
        calibrated(_seat_rule(weak, "seats/count-left"), DATA_FILE) + 0.1


def _errors(report):
    return [f for f in report.findings if f.severity == "error"]


def test_an_error_needs_its_claims_in_the_top_band(tmp_path, monkeypatch):
    records = commons_article(liberal=268)
    monkeypatch.setenv("CLAIMX_CALIBRATION", "trust")
    trusted = run_checks(records)
    assert sorted(f.rule for f in _errors(trusted)) == ["CX001", "CX003"]
    # both sides quoted in a standing error
    assert all("evidence: \"" in f.message for f in _errors(trusted))
    # the same claims under a model that gives seat counts 60%: warnings naming the weak rule
    path = tmp_path / "cal.json"
    write(Model(2.0, {"type=seat_count": -1.6}), "test", {}, {}, path)
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
                     stated_bands=[ConfidenceBand(band=">= 0.9", found=5, right=4, precision=0.8)],
                     checked_bands=[ConfidenceBand(band=">= 0.9", found=3, right=2, precision=2 / 3)])
    text = render_text(res)
    assert "precision per confidence band" in text and ">= 0.9" in text and "(4/4)" in text
    assert "checked types:  0.667  (2/3)" in text


def _weak(claim):
    return claim.model_copy(update={"rule": "test/weak"})


def _model_with_a_weak_rule(tmp_path, monkeypatch):
    """Claims of rule 'test/weak' at ~0.27, every other claim at ~0.95."""
    path = tmp_path / "cal.json"
    write(Model(3.0, {"tok=test:weak": -4.0}), "test", {}, {}, path)
    monkeypatch.setenv("CLAIMX_CALIBRATION", str(path))


def test_counts_in_the_top_band_that_exceed_the_chamber_alone_make_the_error(tmp_path, monkeypatch):
    _model_with_a_weak_rule(tmp_path, monkeypatch)
    d = "a.txt"
    t = "The 200-seat Assembly of Saldane"
    trusted = [size(d, 200, 1, body="Assembly", text=t), seat(d, "Harbour Party", 120, 2, body="Assembly"),
               seat(d, "Meadow Party", 90, 3, body="Assembly")]
    weak = _weak(seat(d, "Granite Union", 15, 4, body="Assembly"))
    report = run_checks([document(d), *trusted, weak])
    (f,) = [f for f in report.findings if f.rule == "CX001"]
    # 120 + 90 > 200 whatever the weak count says: the error rests on the trusted claims only
    assert f.severity == "error" and weak.id not in f.claims and "alone add up to 210" in f.message
    # when the trusted counts alone stay within the chamber, the weak count is needed: a warning
    report = run_checks([document(d), trusted[0], trusted[1], _weak(seat(d, "Meadow Party", 90, 3, body="Assembly"))])
    (f,) = [f for f in report.findings if f.rule == "CX001"]
    assert f.severity == "warning" and "below the top confidence band" in f.message


def test_a_weak_chamber_size_equal_to_the_reference_size_is_not_needed(tmp_path, monkeypatch):
    _model_with_a_weak_rule(tmp_path, monkeypatch)
    d = "za.txt"
    t = "South Africa's National Assembly has 400 seats"
    counts = [seat(d, "Harbour Party", 250, 2, body="National Assembly"),
              seat(d, "Meadow Party", 160, 3, body="National Assembly")]
    # the built-in legislature has 400 seats too: the error does not rest on the weak size claim
    agreeing = _weak(size(d, 400, 1, body="National Assembly", text=t))
    (f,) = [f for f in run_checks([document(d), agreeing, *counts]).findings if f.rule == "CX001"]
    assert f.severity == "error" and agreeing.id not in f.claims
    # a weak size the reference does not confirm is needed: a warning
    other = _weak(size(d, 405, 1, body="National Assembly", text=t.replace("400", "405")))
    found = [f for f in run_checks([document(d), other, *counts]).findings if f.rule == "CX001"]
    assert found and all(f.severity == "warning" for f in found)


# ---- a claim read from a speaker's words in a direct quotation: the article reports it, it does not state it

QUOTED_CASES = [
    # (sentence, evidence): the claim's words lie inside the quotation
    ("“We have secured a majority in forming a government,” the Harbour Party leader said.", "secured a majority"),
    ("“Our party now holds a clear majority,” Jane Ferrow told reporters.", "holds a clear majority"),
    ("Ferrow said: “We now have a majority in the Assembly.”", "have a majority"),
    ("She added: \"With the Greens we have a majority.\"", "have a majority"),
    # a quotation begun in an earlier sentence, closed in this one
    ("We will govern with a majority,” she said.", "govern with a majority"),
]
NOT_QUOTED_CASES = [
    ("The Harbour Party won a majority, its leader said.", "won a majority"),
    ("The Harbour Party won a majority after its leader called the vote “historic”.", "won a majority"),
    ("“It is historic,” she said after the Harbour Party won a majority.", "won a majority"),
]


@pytest.mark.parametrize("text,evidence", QUOTED_CASES)
def test_a_claim_inside_a_quotation_is_read_as_quoted(text, evidence):
    from claimx.checks.severity import in_quotation

    assert in_quotation(status("a.txt", "Harbour Party", "majority", 2, text=text, evidence=evidence))


@pytest.mark.parametrize("text,evidence", NOT_QUOTED_CASES)
def test_a_claim_outside_any_quotation_is_the_articles(text, evidence):
    from claimx.checks.severity import in_quotation

    assert not in_quotation(status("a.txt", "Harbour Party", "majority", 2, text=text, evidence=evidence))


def test_a_majority_a_speaker_claims_against_the_count_is_a_warning(trusted_rules):
    # "Harbour Party won 40 of the 101 seats" ... "“We have secured a majority,” the leader said": the speaker's
    # claim (for a coalition the reading cannot see) is news, not the article contradicting itself
    text, ev = QUOTED_CASES[0]
    recs = [document("a.txt"), size("a.txt", 101, 1, body="Assembly"), seat("a.txt", "Harbour Party", 40, 1),
            status("a.txt", "Harbour Party", "majority", 3, text=text, evidence=ev)]
    f = [f for f in run_checks(recs).findings if f.rule == "CX003"]
    assert f and all(x.severity == "warning" and "quotation" in x.message for x in f)
    # must not fire: the same status stated by the article stays an error
    text, ev = NOT_QUOTED_CASES[0]
    recs[-1] = status("a.txt", "Harbour Party", "majority", 3, text=text, evidence=ev)
    f = [f for f in run_checks(recs).findings if f.rule == "CX003"]
    assert f and f[0].severity == "error"
