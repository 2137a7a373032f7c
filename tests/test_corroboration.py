"""Corroboration: a claim below the top band that another statement confirms may carry an error-level finding.

Fictional parties and places; the confidence model is a test model: rule 'test/middling' at ~0.73 (below the
top band, above the floor), 'test/weak' at ~0.27 (below the floor), every other claim at ~0.95.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _claimx_builders import document, seat, size, status, threshold  # noqa: E402

from claimx.checks import run_checks  # noqa: E402
from claimx.checks.calibration import Model, calibrated, write  # noqa: E402
from claimx.checks.context import ArticleContext, ReferenceIndex  # noqa: E402
from claimx.checks.corroboration import FLOOR, corroborations  # noqa: E402
from claimx.claims import SeatChange  # noqa: E402

D = "a.txt"


def _model(tmp_path, monkeypatch):
    path = tmp_path / "cal.json"
    write(Model(3.0, {"tok=test:weak": -4.0, "tok=test:middling": -2.0, "tok=seats:of": -4.0}),
          "test", {}, {}, path)
    monkeypatch.setenv("CLAIMX_CALIBRATION", str(path))


def _rule(claim, rule):
    return claim.model_copy(update={"rule": rule})


def _middling(claim):
    return _rule(claim, "test/middling")


def _weak(claim):
    return _rule(claim, "test/weak")


def _one(report, rule):
    found = [f for f in report.findings if f.rule == rule]
    assert len(found) == 1, [f.message for f in report.findings]
    return found[0]


def _status(party, kind, line, text):
    """A majority status whose sentence is ``text`` (the builder keeps its own sentence for "majority")."""
    return status(D, party, kind, line, text=text).model_copy(update={"text": text})


def _assembly(extra_counts=()):
    """A 120-seat Assembly (stated in a sentence of its own), Harbour 70, Meadow 40 and more counts."""
    return [document(D), size(D, 120, 1, body="Assembly", text="The Assembly of Tarrow has 120 seats."),
            seat(D, "Meadow Party", 40, 3, body="Assembly"), *extra_counts]


def test_the_test_model_puts_the_rules_where_the_tests_need_them(tmp_path, monkeypatch):
    _model(tmp_path, monkeypatch)
    c = seat(D, "Harbour Party", 70)
    assert calibrated(_middling(c)) < 0.9 and calibrated(_middling(c)) >= FLOOR
    assert calibrated(_weak(c)) < FLOOR
    assert calibrated(c) >= 0.9


def test_a_count_stated_twice_carries_the_error(tmp_path, monkeypatch):
    _model(tmp_path, monkeypatch)
    first = seat(D, "Harbour Party", 85, 2, body="Assembly")
    # the count the sum uses (the last stated) is the middling one; the first statement confirms it
    again = _middling(seat(D, "Harbour Party", 85, 4, body="Assembly", text="With 85 seats the Harbour Party leads."))
    report = run_checks([*_assembly([first, again])])
    f = _one(report, "CX001")
    assert f.severity == "error" and "stated twice (lines 2, 4)" in f.message


def test_a_count_stated_once_stays_a_warning(tmp_path, monkeypatch):
    _model(tmp_path, monkeypatch)
    report = run_checks(_assembly([_middling(seat(D, "Harbour Party", 85, 2, body="Assembly"))]))
    f = _one(report, "CX001")
    assert f.severity == "warning" and "below the top confidence band" in f.message


def test_the_same_count_twice_in_one_sentence_is_no_corroboration(tmp_path, monkeypatch):
    _model(tmp_path, monkeypatch)
    t = "The Harbour Party won 85 seats, 85 more than the Granite Union."
    twice = [_middling(seat(D, "Harbour Party", 85, 2, body="Assembly", text=t)),
             _middling(seat(D, "Harbour Party", 85, 2, body="Assembly", text=t, start=240))]
    assert _one(run_checks(_assembly(twice)), "CX001").severity == "warning"


def test_a_weak_count_stated_twice_stays_below_the_floor(tmp_path, monkeypatch):
    _model(tmp_path, monkeypatch)
    twice = [_weak(seat(D, "Harbour Party", 85, 2, body="Assembly")),
             _weak(seat(D, "Harbour Party", 85, 4, body="Assembly", text="Harbour: 85 seats."))]
    assert _one(run_checks(_assembly(twice)), "CX001").severity == "warning"


def test_two_different_counts_corroborate_neither(tmp_path, monkeypatch):
    # the contradiction breaks the agreement: the changed count is judged by its own confidence
    _model(tmp_path, monkeypatch)
    claims = [_middling(seat(D, "Harbour Party", 85, 2, body="Assembly")),
              seat(D, "Harbour Party", 58, 4, body="Assembly", text="Harbour: 58 seats.")]
    ctx = ArticleContext(D, claims, ReferenceIndex(None))
    assert corroborations(ctx) == {}
    assert _one(run_checks([document(D), *claims]), "CX002").severity == "warning"


def test_a_threshold_that_agrees_with_the_size_corroborates_both(tmp_path, monkeypatch):
    _model(tmp_path, monkeypatch)
    sz = _middling(size(D, 120, 1, body="Assembly", text="The Assembly of Tarrow has 120 seats."))
    th = _middling(threshold(D, 61, 2, body="Assembly", text="A government needs 61 seats in the Assembly."))
    claims = [document(D), sz, th, seat(D, "Harbour Party", 50, 3, body="Assembly"),
              _status("Harbour Party", "majority", 3, "The Harbour Party won 50 seats and a majority.")]
    f = _one(run_checks(claims), "CX003")
    assert f.severity == "error" and "agrees with the size 120" in f.message
    # a threshold that is not the size's majority confirms nothing: a warning
    th2 = _middling(threshold(D, 70, 2, body="Assembly", text="A government needs 70 seats in the Assembly."))
    f = _one(run_checks([claims[0], sz, th2, *claims[3:]]), "CX003")
    assert f.severity == "warning"


def test_a_generic_chamber_of_the_reference_size_of_a_country_the_article_names(tmp_path, monkeypatch):
    # "the 300-seat parliament" is a weak reading; Greece's parliament has 300 seats in the built-in data
    _model(tmp_path, monkeypatch)
    t = "Greece's ruling party secured 280 seats in the country's 300-seat parliament."
    claims = [document(D), _weak(size(D, 300, 2, body="parliament", text=t)),
              seat(D, "Harbour Party", 280, 2, text=t), seat(D, "Meadow Party", 40, 3)]
    f = _one(run_checks(claims, texts={D: "Athens, 2023.\n" + t}), "CX001")
    assert f.severity == "error" and "reference size of the chamber is 300" in f.message
    # no country named: the weak size is all there is
    t2 = t.replace("Greece's", "The")
    claims2 = [document(D), _weak(size(D, 300, 2, body="parliament", text=t2)),
               seat(D, "Harbour Party", 280, 2, text=t2), seat(D, "Meadow Party", 40, 3)]
    assert _one(run_checks(claims2, texts={D: t2}), "CX001").severity == "warning"


def test_result_previous_and_change_that_agree_corroborate_each_other(tmp_path, monkeypatch):
    _model(tmp_path, monkeypatch)
    now = _middling(seat(D, "Harbour Party", 70, 2, body="Assembly", text="The Harbour Party won 70 seats."))
    before = seat(D, "Harbour Party", 60, 3, status="previous", body="Assembly", text="It had 60 before.")
    change = SeatChange(id="cx-test-change", doc=D, text="The Harbour Party gained 10 seats.", line=4,
                        span={"start": 400, "end": 420}, evidence="gained 10 seats", rule="seats/change-verb",
                        confidence=0.8, party="Harbour Party", delta=10)
    ctx = ArticleContext(D, [now, before, change], ReferenceIndex(None))
    got = corroborations(ctx)
    assert now.id in got and "= change +10" in got[now.id]
    # a change that disagrees corroborates nothing
    wrong = change.model_copy(update={"delta": 15})
    assert now.id not in corroborations(ArticleContext(D, [now, before, wrong], ReferenceIndex(None)))


def test_parties_that_add_up_to_the_chamber_corroborate_their_counts(tmp_path, monkeypatch):
    _model(tmp_path, monkeypatch)
    counts = [_middling(seat(D, "Harbour Party", 50, 2, body="Assembly")), seat(D, "Meadow Party", 40, 3, body="Assembly"),
              seat(D, "Granite Union", 30, 4, body="Assembly")]
    claims = [document(D), size(D, 120, 1, body="Assembly", text="The Assembly of Tarrow has 120 seats."), *counts,
              _status("Harbour Party", "majority", 5, "The Harbour Party claimed a majority.")]
    f = _one(run_checks(claims), "CX003")
    assert f.severity == "error" and "add up to the chamber's 120 seats" in f.message
    # without the third party the counts do not add up to the chamber: nothing confirms the middling count
    assert _one(run_checks(claims[:-2] + claims[-1:]), "CX003").severity == "warning"



def test_projected_counts_that_add_up_to_the_chamber_corroborate_them(tmp_path, monkeypatch):
    # an exit poll's seat projection that fills the chamber exactly confirms each projected count
    _model(tmp_path, monkeypatch)
    counts = [_middling(seat(D, "Harbour Party", 50, 2, body="Assembly", status="projected")),
              seat(D, "Meadow Party", 40, 3, body="Assembly", status="projected"),
              seat(D, "Granite Union", 30, 4, body="Assembly", status="projected")]
    ctx = ArticleContext(D, [size(D, 120, 1, body="Assembly", text="The Assembly of Tarrow has 120 seats."), *counts],
                         ReferenceIndex(None))
    got = corroborations(ctx)
    assert "projected counts add up to the chamber's 120 seats" in got[counts[0].id]
    # one seat short of the chamber: no corroboration
    short = counts[2].model_copy(update={"seats": 29})
    ctx = ArticleContext(D, [size(D, 120, 1, body="Assembly", text="The Assembly of Tarrow has 120 seats."),
                             *counts[:2], short], ReferenceIndex(None))
    assert counts[0].id not in corroborations(ctx)
    # an alliance among them: parties and alliance together fill the chamber exactly
    bloc = seat(D, "Tarrow Civic Coalition", 30, 4, body="Assembly", status="projected")
    ctx = ArticleContext(D, [size(D, 120, 1, body="Assembly", text="The Assembly of Tarrow has 120 seats."),
                             *counts[:2], bloc], ReferenceIndex(None))
    assert "3 parties' projected counts add up" in corroborations(ctx)[counts[0].id]

def test_n_of_the_chambers_m_seats_is_a_count_of_the_whole_chamber(tmp_path, monkeypatch):
    # "N of M" counts are weak because M is often a part ("136 of the 210 constituencies"); M = the reference
    # size of the country's chamber rules that reading out
    _model(tmp_path, monkeypatch)
    t = "Sweden's Harbour Party won 150 of the 349 seats."
    count = _rule(seat(D, "Harbour Party", 150, 2, text=t, evidence="150", start=230), "seats/count-of-total-left")
    total = _rule(size(D, 349, 2, body="Riksdag", text=t, evidence="150 of the 349 seats", start=230),
                  "seats/chamber-of-total")
    claims = [document(D), count, total,
              _status("Harbour Party", "majority", 3, "The Harbour Party now commands a majority.")]
    report = run_checks(claims, texts={D: t})
    f = _one(report, "CX003")
    assert calibrated(count) < FLOOR and f.severity == "error" and "150 of the chamber's 349 seats" in f.message
    # "of the 210 constituencies": not the chamber; the count stays a warning
    t2 = "Sweden's Harbour Party won 150 of the 210 constituencies."
    count2 = count.model_copy(update={"text": t2})
    total2 = total.model_copy(update={"text": t2, "seats": 210, "evidence": "150 of the 210 constituencies"})
    report = run_checks([claims[0], count2, total2, claims[-1]], texts={D: t2})
    assert all(f.severity != "error" for f in report.findings if f.rule == "CX003")


def test_a_count_beside_the_chambers_size_is_a_count_of_the_chamber(tmp_path, monkeypatch):
    # "won 170 seats in the country's 300-seat parliament" (Greece's parliament has 300 seats in the built-in
    # data): the sentence ties the count to the whole chamber, so a middling count carries the error
    _model(tmp_path, monkeypatch)
    t = "Greece's Harbour Party secured 170 seats in the country's 300-seat parliament."
    count = _middling(seat(D, "Harbour Party", 170, 2, text=t))
    claims = [document(D), size(D, 300, 2, body="parliament", text=t), count, seat(D, "Meadow Party", 140, 3)]
    f = _one(run_checks(claims, texts={D: "Athens, 2023.\n" + t}), "CX001")
    assert f.severity == "error" and "170 seats stated beside the chamber's 300" in f.message
    # the same count in a sentence of its own: nothing ties it to the chamber, it stays a warning
    alone = _middling(seat(D, "Harbour Party", 170, 4, text="The Harbour Party secured 170 seats."))
    claims2 = [document(D), size(D, 300, 2, body="parliament", text=t), alone, seat(D, "Meadow Party", 140, 3)]
    assert _one(run_checks(claims2, texts={D: "Athens, 2023.\n" + t}), "CX001").severity == "warning"
    # beside a size that is not the chamber's ("170 seats in the 210 constituencies"): no corroboration
    t3 = "Greece's Harbour Party secured 170 seats in the 210 constituencies."
    claims3 = [document(D), size(D, 210, 2, body="parliament", text=t3), _middling(seat(D, "Harbour Party", 170, 2, text=t3)),
               seat(D, "Meadow Party", 140, 3), size(D, 300, 5, body="parliament", text="The parliament has 300 seats.")]
    assert all(f.severity != "error" for f in run_checks(claims3, texts={D: "Athens.\n" + t3}).findings)
    # a sentence naming another election's year: the count may be of that election
    t4 = "Greece's Harbour Party secured 170 seats in the country's 300-seat parliament in 2019."
    claims4 = [document(D), size(D, 300, 2, body="parliament", text=t4), _middling(seat(D, "Harbour Party", 170, 2, text=t4)),
               seat(D, "Meadow Party", 140, 3)]
    assert _one(run_checks(claims4, texts={D: "Athens, the 2023 election.\n" + t4 + "\nThe 2023 election."}),
                "CX001").severity == "warning"


# ------------------------------------------------------------------ majority status of another time


def test_a_status_whose_sentence_names_another_election_is_a_doubt_not_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMX_CALIBRATION", "trust")
    t1 = "The Harbour Party won 170 seats in the 300-seat Assembly on Sunday."
    t2 = "While the May election handed a victory to the Harbour Party, it fell short of a majority."
    claims = [document(D), size(D, 300, 1, body="Assembly", text=t1), seat(D, "Harbour Party", 170, 1, body="Assembly", text=t1),
              status(D, "Harbour Party", "short_of_majority", 2, text=t2)]
    f = _one(run_checks(claims), "CX003")
    assert f.severity == "warning" and "speaks of another election" in f.message
    # the same status without another election named: the article contradicts itself
    t3 = "On Sunday the Harbour Party fell short of a majority."
    f = _one(run_checks([*claims[:3], status(D, "Harbour Party", "short_of_majority", 2, text=t3)]), "CX003")
    assert f.severity == "error"


def test_a_status_about_a_previous_count_in_its_own_sentence_is_not_tested_against_the_result(monkeypatch):
    monkeypatch.setenv("CLAIMX_CALIBRATION", "trust")
    t1 = "Before the vote the Harbour Party held 33 of the 65 seats, the narrowest possible majority."
    t2 = "The result cuts it to 32 seats in the 65-seat chamber."
    claims = [document(D), size(D, 65, 2, body="Assembly", text=t2),
              seat(D, "Harbour Party", 33, 1, status="previous", body="Assembly", text=t1),
              seat(D, "Harbour Party", 32, 2, body="Assembly", text=t2),
              _status("Harbour Party", "majority", 1, t1)]
    assert not [f for f in run_checks(claims).findings if f.rule == "CX003"]
    # the previous count disagrees with the status too: the status is tested (and contradicted)
    wrong_before = claims[2].model_copy(update={"seats": 30})
    f = _one(run_checks([claims[0], claims[1], wrong_before, claims[3], claims[4]]), "CX003")
    assert f.severity == "error"


def test_a_threshold_in_the_status_sentence_picks_the_chamber_of_the_count(monkeypatch):
    monkeypatch.setenv("CLAIMX_CALIBRATION", "trust")
    senate = "The Harbour Party won 45 of the 80 seats in the Senate."
    assembly = "In the National Assembly the Harbour Party won 120 seats."
    none = "No party commands an absolute majority of 151 seats in the National Assembly."
    claims = [document(D), size(D, 80, 1, body="Senate", text=senate), seat(D, "Harbour Party", 45, 1, body="Senate", text=senate),
              seat(D, "Harbour Party", 120, 2, body="National Assembly", text=assembly),
              threshold(D, 151, 3, body="National Assembly", text=none),
              status(D, "Harbour Party", "short_of_majority", 3, text=none)]
    # 120 < 151 in the Assembly: no contradiction (the Senate's 45 of 80 is not the status's count)
    assert not [f for f in run_checks(claims).findings if f.rule == "CX003"]
    high = claims[3].model_copy(update={"seats": 160})
    f = _one(run_checks([*claims[:3], high, *claims[4:]]), "CX003")
    assert f.severity == "error" and "160" in f.message


def test_n_short_with_a_count_that_far_below_the_threshold_corroborates_the_count(tmp_path, monkeypatch):
    _model(tmp_path, monkeypatch)
    count = _middling(seat(D, "Harbour Party", 56, 2, body="Assembly", text="The Harbour Party won 56 seats."))
    short = status(D, "Harbour Party", "short_of_majority", 3, short_by=5,
                   text="The Harbour Party was five seats short of a majority.")
    claims = [count, short, size(D, 120, 1, body="Assembly", text="The Assembly of Tarrow has 120 seats.")]
    got = corroborations(ArticleContext(D, claims, ReferenceIndex(None)))
    assert "56 (line 2) + 5 short (line 3) = the threshold 61" in got[count.id]
    # six short of 61 is not 56: nothing confirmed
    six = short.model_copy(update={"short_by": 6})
    assert count.id not in corroborations(ArticleContext(D, [count, six, claims[2]], ReferenceIndex(None)))
