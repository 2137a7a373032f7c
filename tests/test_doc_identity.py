"""Document identity: names relative to the common root of the inputs, whatever the working directory."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimx.cli import app
from claimx.reader import InputFile, discover, input_root

STORY_A = "The Harbour Party won 120 seats in the 200-seat Assembly.\n"
STORY_B = "The Harbour Party won 150 seats in the 200-seat Assembly.\n"


def _names(items):
    return [i.name for i in items if isinstance(i, InputFile)]


def _two_folders(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.txt").write_text(STORY_A, encoding="utf-8")
    (tmp_path / "b" / "story.txt").write_text(STORY_B, encoding="utf-8")
    return tmp_path / "a", tmp_path / "b"


def test_same_named_files_in_two_folders_stay_apart(tmp_path):
    a, b = _two_folders(tmp_path)
    assert _names(discover([a, b])) == ["a/story.txt", "b/story.txt"]
    assert input_root([a, b]) == tmp_path
    # files given one by one: the same names
    assert _names(discover([a / "story.txt", b / "story.txt"])) == ["a/story.txt", "b/story.txt"]


def test_names_do_not_depend_on_the_working_directory(tmp_path, monkeypatch):
    a, b = _two_folders(tmp_path)
    monkeypatch.chdir(tmp_path)
    here = _names(discover(["a", "b/story.txt"]))
    monkeypatch.chdir(tmp_path / "b")
    there = _names(discover([str(a), "story.txt"]))
    monkeypatch.chdir("/")
    absolute = _names(discover([str(a), str(b / "story.txt")]))
    assert here == there == absolute == ["a/story.txt", "b/story.txt"]
    # one folder: relative to it; one file: its own name
    assert _names(discover([str(a)])) == ["story.txt"]
    assert _names(discover([str(b / "story.txt")])) == ["story.txt"]


def test_same_named_files_are_not_added_together_and_ids_are_stable(nlp, tmp_path, monkeypatch):
    a, b = _two_folders(tmp_path)
    runner = CliRunner()
    out1, out2 = tmp_path / "o1.jsonl", tmp_path / "o2.jsonl"
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["extract", "a", "b", "-o", str(out1)]).exit_code == 0
    monkeypatch.chdir(a)
    assert runner.invoke(app, ["extract", ".", str(b), "-o", str(out2)]).exit_code == 0
    recs1 = [json.loads(x) for x in out1.read_text().splitlines()]
    recs2 = [json.loads(x) for x in out2.read_text().splitlines()]
    assert {r["doc"] for r in recs1} == {"a/story.txt", "b/story.txt"}
    assert [r.get("id") for r in recs1] == [r.get("id") for r in recs2]
    # 120 + 150 in one "story.txt" would exceed the 200 seats; apart, each article is consistent
    result = runner.invoke(app, ["check", str(out1), "--format", "json"])
    report = json.loads(result.stdout)
    assert not [f for f in report["findings"] if f["rule"] == "CX001"], report["findings"]


def test_a_missing_path_does_not_change_the_names(tmp_path):
    a, b = _two_folders(tmp_path)
    assert _names(discover([a, tmp_path.parent / "nowhere.txt"])) == ["story.txt"]
