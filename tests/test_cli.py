"""The CLI end to end: the seed article's must-shows, exit codes, outputs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "000_6b05626aa3ed1ed6.txt"


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def seed_run(nlp, runner, tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    folder = out / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    result = runner.invoke(app, ["run", str(folder), "--out", str(out / "out")])
    records = [json.loads(line) for line in (out / "out" / "claims.jsonl").read_text().splitlines()]
    report = json.loads((out / "out" / "report.json").read_text())
    return result, records, report


def _of(records, type_):
    return [r for r in records if r["type"] == type_]


def test_seed_run_exits_clean_and_accounts_341_of_343(seed_run):
    result, records, report = seed_run
    assert result.exit_code == 0, result.output
    assert "341 of 343" in result.output
    assert not [f for f in report["findings"] if f["severity"] == "error"]
    assert records[0] == {**records[0], "type": "document", "doc": SEED.name, "status": "ok"}


def test_seed_seat_counts(seed_run):
    _, records, _ = seed_run
    got = {(r["party"], r["seats"], r["approximate"], r["qualifier"]) for r in _of(records, "seat_count")}
    assert got == {
        ("Liberal Party", 168, True, "roughly"),
        ("Conservative Party", 143, True, "about"),
        ("Bloc Québécois", 23, False, None),
        ("New Democratic Party", 7, False, None),
    }
    assert all(r["status"] == "result" for r in _of(records, "seat_count"))
    ndp = next(r for r in _of(records, "seat_count") if r["seats"] == 7)
    assert "secure only 7" in ndp["evidence"]


def test_seed_chamber_and_majority(seed_run):
    _, records, _ = seed_run
    assert [(r["body"], r["seats"]) for r in _of(records, "chamber_size")] == [("House of Commons", 343)]
    assert [(r["party"], r["status"]) for r in _of(records, "majority_status")] == [("Liberal Party", "short_of_majority")]


def test_seed_quotes_and_speakers(seed_run):
    _, records, _ = seed_run
    def speaker_of(opening):
        found = [(r["speaker"], r["speaker_kind"]) for r in _of(records, "quote") if r["quote"].startswith(opening)]
        assert len(found) == 1, [r["quote"][:40] for r in _of(records, "quote")]
        return found[0]

    assert speaker_of("America wants control of our land, our resources") == ("Mark Carney", "person")
    assert speaker_of("Prime Minister Mark Carney and President") == ("Canadian Prime Minister's Office", "organization")
    assert len(_of(records, "quote")) == 2


def test_seed_events(seed_run):
    _, records, _ = seed_run
    gold = json.loads((ROOT / "corpus" / "gold" / "000_6b05626aa3ed1ed6.json").read_text())["events"]
    got = {(r["kind"], r["actor"]) for r in _of(records, "event")}
    matched = {(g["kind"], g["actor"]) for g in gold} & got
    assert len(matched) >= 4, got
    meet = [r for r in _of(records, "event") if r["kind"] == "meet"]
    assert meet and all(r["modality"] == "planned" for r in meet)


def test_every_claim_points_at_its_evidence(seed_run):
    _, records, _ = seed_run
    text = SEED.read_text(encoding="utf-8")
    lines = text.split("\n")
    for r in records:
        if r["type"] == "document":
            continue
        start, end = r["span"]["start"], r["span"]["end"]
        assert text[start:end] == r["evidence"]
        assert r["evidence"] in lines[r["line"] - 1] or "\n" in r["evidence"]
        assert r["rule"] and 0 <= r["confidence"] <= 1


def test_ids_are_stable(nlp, runner, tmp_path):
    outs = []
    for i in range(2):
        path = tmp_path / f"c{i}.jsonl"
        assert runner.invoke(app, ["extract", str(SEED), "-o", str(path)]).exit_code == 0
        outs.append(path.read_text())
    assert outs[0] == outs[1]
    ids = [json.loads(line).get("id") for line in outs[0].splitlines()[1:]]
    assert len(ids) == len(set(ids))


def test_268_seats_gives_two_errors_on_the_right_line(nlp, runner, tmp_path, trusted_rules):
    text = SEED.read_text(encoding="utf-8")
    assert "roughly 168 seats" in text
    bad = text.replace("roughly 168 seats", "roughly 268 seats")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / SEED.name).write_text(bad, encoding="utf-8")
    result = runner.invoke(app, ["run", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    line = bad[: bad.index("roughly 268")].count("\n") + 1
    expected = {"CX001", "CX003"}  # past the chamber, and "short of a majority" with more than the threshold
    assert len(errors) == len(expected), errors
    assert {f["rule"] for f in errors} == expected
    assert all(f["line"] == line and f["doc"] == SEED.name for f in errors)
    assert any("441" in f["message"] and "343" in f["message"] for f in errors)


def test_bad_input_is_reported_and_the_rest_processed(nlp, runner, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / "good.txt")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    (folder / "latin1.txt").write_bytes("Qu\xe9bec".encode("latin-1"))
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(folder), "--out", str(out)])
    assert result.exit_code == 2
    records = [json.loads(line) for line in (out / "claims.jsonl").read_text().splitlines()]
    docs = {r["doc"]: r for r in records if r["type"] == "document"}
    assert docs["good.txt"]["status"] == "ok" and docs["good.txt"]["claims"] > 5
    assert "binary" in docs["binary.txt"]["reason"]
    assert "UTF-8" in docs["latin1.txt"]["reason"]
    assert docs["empty.txt"]["reason"] == "empty file"
    report = json.loads((out / "report.json").read_text())
    reported = {f["doc"] for f in report["findings"] if f["severity"] == "error"}
    assert {"binary.txt", "latin1.txt", "empty.txt"} <= reported
    for name in ("binary.txt", "latin1.txt", "empty.txt"):
        assert name in result.stderr


def test_check_exit_codes(nlp, runner, tmp_path):
    claims = tmp_path / "claims.jsonl"
    assert runner.invoke(app, ["extract", str(SEED), "-o", str(claims)]).exit_code == 0
    assert runner.invoke(app, ["check", str(claims)]).exit_code == 0
    assert runner.invoke(app, ["check", str(claims), "--format", "json"]).exit_code == 0
    assert runner.invoke(app, ["check", str(claims), "--fail-on", "never"]).exit_code == 0
    # info findings (seats accounted) do not fail even at --fail-on warning
    assert runner.invoke(app, ["check", str(claims), "--fail-on", "warning"]).exit_code == 0
    broken = tmp_path / "broken.jsonl"
    broken.write_text(claims.read_text() + "{not json\n")
    result = runner.invoke(app, ["check", str(broken)])
    assert result.exit_code == 2
    assert "broken.jsonl" in result.output and ":" in result.output
    assert runner.invoke(app, ["check", str(tmp_path / "missing.jsonl")]).exit_code == 2
    assert runner.invoke(app, ["check", str(claims), "--format", "pdf"]).exit_code == 2


def test_extract_to_stdout_is_jsonl_only(nlp, runner):
    result = runner.invoke(app, ["extract", str(SEED)])
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert all(json.loads(line)["type"] for line in lines)


def test_missing_model_is_a_clear_usage_error(runner):
    result = runner.invoke(app, ["extract", str(SEED), "--model", "no_such_pipeline_xyz"])
    assert result.exit_code == 2
    assert "no_such_pipeline_xyz" in result.output and "claimx_en_core" in result.output


def test_eval_bad_gold_is_a_usage_error(runner, tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text("{not json")
    claims = tmp_path / "c.jsonl"
    claims.write_text("")
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--claims", str(claims)])
    assert result.exit_code == 2
    assert "a.json" in result.output
    assert runner.invoke(app, ["eval", "--gold", str(gold)]).exit_code == 2
