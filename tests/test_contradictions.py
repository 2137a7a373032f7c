"""Real-style articles with injected contradictions: extraction + checks end to end.

Each injection changes one number in an article of corpus/ (written for claimx); the
unmodified articles, and the real articles of ../shared/eval/dev, must raise no error.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
EVAL_DEV = ROOT.parent / "shared" / "eval" / "dev" / "texts"
MAJORITY_WIN = "010_majority_win.txt"
RESULTS_WIRE = "012_kesteria_results_wire.txt"
COALITION_MATHS = "013_kesteria_coalition_maths.txt"


def run_on(tmp_path: Path, files: dict[str, str]):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(folder), "--out", str(out)])
    report = json.loads((out / "report.json").read_text())
    return result, report


def errors(report):
    return [f for f in report["findings"] if f["severity"] == "error"]


def corpus_text(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def inject(name: str, old: str, new: str) -> tuple[str, int]:
    """The article with ``old`` replaced by ``new`` once, and the line of the change."""
    text = corpus_text(name)
    assert text.count(old) == 1, f"{old!r} must occur once in {name}"
    changed = text.replace(old, new)
    return changed, changed[: changed.index(new)].count("\n") + 1


def test_corpus_unmodified_raises_no_error(nlp, tmp_path):
    files = {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}
    result, report = run_on(tmp_path, files)
    assert not errors(report), errors(report)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    "folder",
    [CORPUS, EVAL_DEV],
    ids=["corpus-with-holdout", "shared-eval-dev"],
)
def test_whole_folders_of_clean_articles_raise_no_error(nlp, tmp_path, folder):
    # the README's main job (claimx run corpus/, holdout included) and the real dev articles must be clean
    if not folder.is_dir():
        pytest.skip(f"{folder} is not beside this checkout")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(folder), "--out", str(out)])
    report = json.loads((out / "report.json").read_text())
    assert not errors(report), errors(report)
    assert result.exit_code == 0


def test_count_raised_past_the_chamber_size(nlp, tmp_path, trusted_rules):
    text, line = inject(RESULTS_WIRE, "won 41 and 19 seats respectively", "won 91 and 19 seats respectively")
    result, report = run_on(tmp_path, {RESULTS_WIRE: text})
    assert result.exit_code == 1
    found = [f for f in errors(report) if f["rule"] == "CX001"]
    assert found and found[0]["line"] == line and found[0]["doc"] == RESULTS_WIRE
    assert "150" in found[0]["message"] and "91" in found[0]["message"]


def test_majority_claimed_with_too_few_seats(nlp, tmp_path, trusted_rules):
    text, line = inject(MAJORITY_WIN, "taking 112 of the 201 seats", "taking 92 of the 201 seats")
    result, report = run_on(tmp_path, {MAJORITY_WIN: text})
    assert result.exit_code == 1
    found = [f for f in errors(report) if f["rule"] == "CX003"]
    assert found and all(f["doc"] == MAJORITY_WIN for f in found)
    assert line in {f["line"] for f in found}
    assert "92" in found[0]["message"]


def test_count_disagrees_with_n_short_of_the_threshold(nlp, tmp_path, trusted_rules):
    text, line = inject(RESULTS_WIRE, "fell eight short of a majority", "fell three short of a majority")
    result, report = run_on(tmp_path, {RESULTS_WIRE: text})
    assert result.exit_code == 1
    found = [f for f in errors(report) if f["rule"] == "CX005"]
    assert found and found[0]["line"] == line
    assert "68" in found[0]["message"] and "76" in found[0]["message"]


def test_two_articles_on_one_election_agree(nlp, tmp_path):
    result, report = run_on(tmp_path, {RESULTS_WIRE: corpus_text(RESULTS_WIRE), COALITION_MATHS: corpus_text(COALITION_MATHS)})
    assert not errors(report), errors(report)
    assert result.exit_code == 0


def test_two_articles_on_one_election_disagree(nlp, tmp_path, trusted_rules):
    changed, line = inject(COALITION_MATHS, "Freedom Party — 14", "Freedom Party — 4")
    # An error needs the election identified in both articles: a closing line names its year in each
    # (without it, the chamber and its size alone make the conflict a warning).
    year = "\nThe figures are from the 2023 parliamentary election.\n"
    result, report = run_on(tmp_path, {RESULTS_WIRE: corpus_text(RESULTS_WIRE) + year, COALITION_MATHS: changed + year})
    assert result.exit_code == 1
    cross = [f for f in errors(report) if f["rule"] == "CX010"]
    assert cross, report["findings"]
    assert all(set(f["docs"]) == {RESULTS_WIRE, COALITION_MATHS} for f in cross)
    assert any(f["doc"] == COALITION_MATHS and f["line"] == line for f in cross)
    assert "14" in cross[0]["message"] and "4" in cross[0]["message"]


_TWO_TABLES = ("Ostria elected a new Congress on Sunday.\nSenate results:\nIron Guild: 30/72\nMarsh Party: 25/72\n"
               "Congress results:\nIron Guild: 110/257\nMarsh Party: {second}/257\n")


def test_fraction_tables_of_two_chambers_are_not_compared(tmp_path, trusted_rules):
    # every claim trusted: no error may come from the grouping itself. "Party: N/M": M is the size of the chamber the count belongs to, so 30/72 and 110/257 are two chambers
    result, report = run_on(tmp_path, {"a.txt": _TWO_TABLES.format(second=90)})
    assert not errors(report), errors(report)


def test_fractions_of_one_chamber_still_conflict(tmp_path, trusted_rules):
    # the grouping's logic, with the claims trusted (the shipped confidence model keeps "Party: N/M" counts of
    # a party it does not know below the top band: a warning then)
    text = _TWO_TABLES.format(second=90) + "Final tally:\nIron Guild: 35/72\n"
    result, report = run_on(tmp_path, {"a.txt": text})
    assert any(f["rule"] == "CX002" and "Iron Guild" in f["message"] for f in errors(report)), report["findings"]


def test_regional_count_is_not_a_second_national_result(tmp_path):
    text = ("Ostria held its general election on Sunday. The Iron Guild won 80 seats and the Marsh Party 40. "
            "The Iron Guild also took all 12 parliamentary seats in Eastmarch.\n")
    result, report = run_on(tmp_path, {"a.txt": text})
    assert not [f for f in report["findings"] if f["rule"] == "CX002"], report["findings"]
    # the same count without the place is read as a second national result
    (tmp_path / "x").mkdir()
    result, report = run_on(tmp_path / "x", {"a.txt": text.replace(" in Eastmarch", "")})
    assert any(f["rule"] == "CX002" for f in report["findings"]), report["findings"]
