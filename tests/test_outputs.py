"""Output files like the shell's `>` and output folders written as one unit (no model needed)."""

from __future__ import annotations

import os
import stat
import threading

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.outputs import (
    MANIFEST,
    OutputError,
    OutputFolder,
    check_output,
    clean_stale_temps,
    open_output,
    verify_folder,
    write_output,
)


def _temps(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp") or p.name.startswith(".staged-")]


def test_new_file_gets_the_umask_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        write_output(tmp_path / "a.jsonl", "x\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.jsonl").stat().st_mode) == 0o644
    old = os.umask(0o077)
    try:
        write_output(tmp_path / "b.jsonl", "x\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "b.jsonl").stat().st_mode) == 0o600


def test_replacing_keeps_the_old_file_mode(tmp_path):
    target = tmp_path / "report.html"
    target.write_text("old")
    target.chmod(0o640)
    write_output(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert _temps(tmp_path) == []


def test_symlink_is_followed_and_its_target_replaced(tmp_path):
    (tmp_path / "releases").mkdir()
    real = tmp_path / "releases" / "v3.html"
    real.write_text("old")
    link = tmp_path / "report.html"
    link.symlink_to(real)
    write_output(link, "new")
    assert link.is_symlink() and real.read_text() == "new"
    dangling = tmp_path / "next.html"
    dangling.symlink_to(tmp_path / "releases" / "v4.html")
    write_output(dangling, "v4")
    assert dangling.is_symlink() and (tmp_path / "releases" / "v4.html").read_text() == "v4"


def test_fifo_is_written_directly_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    write_output(fifo, "through the pipe\n")
    reader.join(10)
    assert got == ["through the pipe\n"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert _temps(tmp_path) == []


def test_character_device_is_written_in_place():
    dev = "/dev/full" if os.path.exists("/dev/full") else None
    if dev is None or not stat.S_ISCHR(os.stat(dev).st_mode):
        pytest.skip("no /dev/full character device")
    with pytest.raises(OSError):  # written directly: /dev/full says the disk is full; never a temp file in /dev
        write_output(dev, "x" * 100_000)
    assert stat.S_ISCHR(os.stat(dev).st_mode)


def test_folder_and_missing_parent_are_refused(tmp_path):
    with pytest.raises(OutputError, match="is a folder"):
        check_output(tmp_path)
    with pytest.raises(OutputError, match="is a folder"):
        check_output(str(tmp_path / "newdir") + "/")
    with pytest.raises(OutputError, match="no such folder"):
        check_output(tmp_path / "nope" / "out.jsonl")
    check_output("-")
    check_output(tmp_path / "fine.jsonl")


def test_error_while_writing_leaves_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "claims.jsonl"
    target.write_text("previous\n")
    with pytest.raises(RuntimeError):
        with open_output(target) as fh:
            fh.write("half")
            raise RuntimeError("killed")
    assert target.read_text() == "previous\n"
    assert _temps(tmp_path) == []


def test_stale_temp_of_a_dead_process_is_cleaned(tmp_path):
    stale = tmp_path / ".claims.jsonl.claimx-999999999.tmp"
    stale.write_text("partial")
    mine = tmp_path / f".other.claimx-{os.getpid()}.tmp"
    mine.write_text("in use")
    assert clean_stale_temps(tmp_path) == [stale]
    assert mine.exists()
    write_output(tmp_path / "claims.jsonl", "x")  # a write cleans its folder too
    mine.unlink()
    assert _temps(tmp_path) == []


def test_output_folder_is_locked_and_published_with_a_manifest_last(tmp_path):
    out = tmp_path / "out"
    with OutputFolder(out) as folder:
        with pytest.raises(OutputError, match="another claimx run"):
            OutputFolder(out).__enter__()
        write_output(folder.stage("claims.jsonl"), "c1\n")
        write_output(folder.stage("report.json"), "{}\n")
        assert not (out / "claims.jsonl").exists() and not (out / MANIFEST).exists()
        folder.publish()
    assert verify_folder(out)
    assert (out / "claims.jsonl").read_text() == "c1\n"
    # a run that fails before publishing leaves the previous complete output
    with pytest.raises(RuntimeError):
        with OutputFolder(out) as folder:
            write_output(folder.stage("claims.jsonl"), "c2\n")
            raise RuntimeError("crash")
    assert verify_folder(out) and (out / "claims.jsonl").read_text() == "c1\n"
    assert _temps(out) == []
    with OutputFolder(out):  # the lock was released
        pass
    (tmp_path / "afile").write_text("x")
    with pytest.raises(OutputError, match="not a folder"):
        OutputFolder(tmp_path / "afile").__enter__()


@pytest.mark.parametrize("command", ["extract", "check"])
def test_cli_refuses_a_bad_output_before_any_work(tmp_path, command):
    runner = CliRunner()
    claims = tmp_path / "c.jsonl"
    claims.write_text("")
    src = str(tmp_path / "nothing-here") if command == "extract" else str(claims)
    for bad, reason in ((tmp_path, "is a folder"), (tmp_path / "no" / "x.out", "no such folder")):
        result = runner.invoke(app, [command, src, "-o", str(bad)])
        assert result.exit_code == 2, result.output
        lines = [ln for ln in result.output.splitlines() if ln.strip()]
        assert len(lines) == 1 and str(bad) in lines[0] and reason in lines[0]


def test_cli_run_refuses_a_locked_folder(tmp_path):
    runner = CliRunner()
    with OutputFolder(tmp_path / "out"):
        result = runner.invoke(app, ["run", str(tmp_path / "nothing-here"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "another claimx run" in result.output


@pytest.mark.parametrize("command", ["extract", "check", "table"])
def test_cli_trailing_slash_means_a_folder_new_or_not(tmp_path, command):
    """`-o newdir/` names a folder by its slash: refused (exit 2, one line naming the path as typed) before any
    work, whether or not the folder exists; never written as a file `newdir` (click's Path drops the slash)."""
    runner = CliRunner()
    article = tmp_path / "a.txt"
    article.write_text("The Green Party won 12 seats in the assembly.\n")
    claims = tmp_path / "c.jsonl"
    claims.write_text("")
    src = str(article) if command == "extract" else str(claims)
    (tmp_path / "existing").mkdir()
    for raw in (str(tmp_path / "newdir") + "/", str(tmp_path / "existing") + "/"):
        result = runner.invoke(app, [command, src, "-o", raw])
        assert result.exit_code == 2, result.output
        lines = [ln for ln in result.output.splitlines() if ln.strip()]
        assert len(lines) == 1 and raw in lines[0] and "is a folder" in lines[0], lines
    assert not (tmp_path / "newdir").exists()
    assert (tmp_path / "existing").is_dir() and list((tmp_path / "existing").iterdir()) == []
