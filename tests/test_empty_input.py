"""Nothing checked is not a pass: no readable input document is exit 2 unless --allow-empty."""

from __future__ import annotations

from typer.testing import CliRunner

from claimx.cli import app


def _folder_of_other_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.pdf", "b.pdf", "c.docx"):
        (folder / name).write_bytes(b"%PDF-1.4 not an article")
    (folder / "d.txt").write_text("", encoding="utf-8")
    return folder


def test_empty_folder_is_a_usage_error(nlp, tmp_path):
    (tmp_path / "empty").mkdir()
    runner = CliRunner()
    for cmd in (["run", str(tmp_path / "empty"), "--out", str(tmp_path / "out")],
                ["extract", str(tmp_path / "empty"), "-o", str(tmp_path / "c.jsonl")]):
        result = runner.invoke(app, cmd)
        assert result.exit_code == 2, result.output
        assert "no readable documents" in result.stderr and "nothing was checked" in result.stderr
        assert runner.invoke(app, [*cmd, "--allow-empty"]).exit_code == 0


def test_only_unusable_files_names_what_was_skipped_per_extension(nlp, tmp_path):
    folder = _folder_of_other_files(tmp_path)
    result = CliRunner().invoke(app, ["run", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "2 .pdf (not matching *.txt, *.md)" in result.stderr
    assert "1 .docx (not matching *.txt, *.md)" in result.stderr
    assert "1 .txt (empty file)" in result.stderr


def test_check_of_a_claims_file_without_documents(tmp_path):
    claims = tmp_path / "none.jsonl"
    claims.write_text("", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["check", str(claims)])
    assert result.exit_code == 2 and "no readable documents" in result.stderr
    assert runner.invoke(app, ["check", str(claims), "--allow-empty"]).exit_code == 0


def test_what_was_skipped_is_counted_once_not_the_output_just_written(nlp, tmp_path):
    """The skipped files are those discovery saw: an output written into the same folder is not counted
    (the names used to be counted by a second walk of the folder, after the output was there)."""
    folder = _folder_of_other_files(tmp_path)
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(folder / "claims.jsonl")])
    assert result.exit_code == 2
    assert "3 skipped: .pdf 2, .docx 1" in result.stderr
    assert ".jsonl" not in result.stderr
