"""CLI paper cuts: metavars, plain help, crash = exit 2 in one line, closed pipe, progress by chunks,
rich output keeps file names, schema --check outside a checkout."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = (["extract"], ["check"], ["run"], ["table"], ["schema"], ["eval"], ["model", "train"], ["model", "evaluate"])


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_shows_real_metavars(command):
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    # typer's type placeholders say nothing to a user; every option that takes a value names what it takes
    options = result.output[result.output.index("Options:"):]
    assert not re.search(r"<(bool|path|str|int|list\[str\]|text)>", options), options
    assert "--help  " in result.output or "--help " in result.output


def test_help_keeps_square_brackets():
    result = CliRunner().invoke(app, ["extract", "--help"], env={"COLUMNS": "120"})
    assert "claimx[ray]" in result.output
    assert "-o, --output FILE" in result.output and "--workers N" in result.output


def _main(monkeypatch, capsys, argv):
    from claimx import cli

    monkeypatch.setattr(sys, "argv", ["claimx", *argv])
    monkeypatch.setattr(sys, "stdout", sys.stdout)  # main() wraps it; restored after the test
    monkeypatch.setattr(cli, "_DEBUG", {"on": False})
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    return exit_.value.code, capsys.readouterr()


def test_a_crash_is_exit_2_with_one_line_and_a_traceback_only_with_debug(monkeypatch, capsys, tmp_path):
    import claimx.checks

    def broken(*args, **kwargs):
        raise RuntimeError("checks fell over\nsecond line")

    monkeypatch.setattr(claimx.checks, "run_checks", broken)
    claims = tmp_path / "c.jsonl"
    claims.write_text('{"type": "document", "doc": "a.txt", "status": "ok"}\n')
    code, out = _main(monkeypatch, capsys, ["check", str(claims)])
    assert code == 2
    assert out.err.strip().splitlines() == [
        "claimx: unexpected error: RuntimeError: checks fell over (run with --debug for the traceback)"
    ]
    code, out = _main(monkeypatch, capsys, ["--debug", "check", str(claims)])
    assert code == 2 and "Traceback (most recent call last)" in out.err and "checks fell over" in out.err


def test_usage_errors_keep_exit_2_and_findings_exit_1(monkeypatch, capsys, tmp_path):
    code, out = _main(monkeypatch, capsys, ["check", str(tmp_path / "missing.jsonl")])
    assert code == 2 and "Traceback" not in out.err


def test_closed_pipe_is_not_an_error(nlp):
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen([sys.executable, "-m", "claimx", "extract", str(ROOT / "corpus")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    first = proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert first.startswith(b'{"record":"document"') and "Traceback" not in err and "Error" not in err


def test_progress_advances_by_chunks_within_a_long_file(nlp):
    from claimx.extract import extract_articles
    from claimx.reader import Article

    paragraph = "The Harbour Party won 120 seats in the State Assembly, officials said on Monday.\n\n"
    long_text = paragraph * 300
    seen: list[int] = []
    out = []
    for result in extract_articles(nlp, [Article("long.txt", long_text, "")], max_chunk_chars=1000,
                                   on_progress=seen.append):
        out.append((len(seen), result))
    assert len(out) == 1 and len(out[0][1].claims) == 300
    moves_before_result = out[0][0]
    assert moves_before_result > 3 and seen == sorted(seen) and seen[-1] == len(long_text.encode())


def test_inputs_are_counted_first(tmp_path):
    from claimx.cli import _count_inputs

    (tmp_path / "a.txt").write_text("x" * 10)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("é" * 5)  # 10 bytes
    assert _count_inputs([str(tmp_path), str(tmp_path / "nope.txt")], ["*.txt", "*.md"]) == (3, 20)


def test_rich_text_report_keeps_file_names_and_prints_each_table_once():
    from claimx.checks import run_checks
    from claimx.claims import parse_record
    from claimx.formats import render

    def seat(i, party, seats):
        return parse_record({"id": f"cx-{i}", "doc": "[draft] vote.txt", "type": "seat_count", "text": "t",
                             "span": {"start": i, "end": i + 1}, "evidence": "t", "line": 1, "rule": "r",
                             "confidence": 0.9, "party": party, "seats": seats})

    records = [parse_record({"type": "document", "doc": "[draft] vote.txt", "status": "ok"}),
               parse_record({"id": "cx-9", "doc": "[draft] vote.txt", "type": "chamber_size", "text": "t",
                             "span": {"start": 9, "end": 10}, "evidence": "t", "line": 1, "rule": "r",
                             "confidence": 0.9, "body": "State Assembly", "seats": 201}),
               seat(1, "Harbour Party", 120), seat(2, "Forest Party", 100)]
    text = re.sub(r"\x1b\[[0-9;]*m", "", render(run_checks(records), "text", color=True))
    assert "[draft] vote.txt" in text
    assert text.count("Seats accounted") == 1 and "seats accounted:" not in text


def test_schema_check_outside_a_checkout_says_what_is_missing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(app, ["schema", "--check"])
    assert result.exit_code == 2 and "no such folder" in result.output and "out of date" not in result.output
    (tmp_path / "schemas").mkdir()
    result = runner.invoke(app, ["schema", "--check"])
    assert result.exit_code == 1 and "missing: claim.schema.json" in result.output
    assert runner.invoke(app, ["schema"]).exit_code == 0
    assert runner.invoke(app, ["schema", "--check"]).exit_code == 0
