"""kill -9 at several moments of `extract -o` and `run --out`: the previous complete output or none stays,
no temporary file outlives the next run, and worker processes die with their parent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimx.outputs import clean_stale_temps, verify_folder

SRC = Path(__file__).resolve().parent.parent / "src"
# Invented sentences; ~12,000 words in 24 files: a few seconds of extraction.
PARAGRAPH = (
    "The Labour Party won 12 seats in the 300-seat chamber, officials said on Monday. "
    "\"We will form a government,\" said Ann Roe, the party leader, after the count. "
    "The Green Party lost three seats and now holds 9, short of the 151 needed for a majority.\n\n"
)


def _cmd(*args):
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return [sys.executable, "-m", "claimx", *args], env


def _start(*args):
    cmd, env = _cmd(*args)
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(d.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp") or p.name.startswith(".staged-"))


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kill") / "articles"
    folder.mkdir()
    for i in range(24):
        (folder / f"a{i:02}.txt").write_text(f"Article {i}.\n\n" + PARAGRAPH * 8)
    return folder


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and SIGKILL semantics")
def test_kill_9_extract_leaves_previous_output_or_none(articles, tmp_path):
    out = tmp_path / "claims.jsonl"
    cmd, env = _cmd("extract", str(articles), "-o", str(out))
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    previous = out.read_bytes()
    assert previous.count(b"\n") > 24
    (articles / "zz.txt").write_text("The Blue Party won 7 seats.\n")  # the next output would differ
    # what a run that is not killed writes (byte-identical at any worker count): a kill that lands after the
    # output was published (while the pool shuts down) leaves this complete new output, which is also allowed
    fresh = tmp_path / "fresh" / "claims.jsonl"
    fresh.parent.mkdir()
    cmd, env = _cmd("extract", str(articles), "-o", str(fresh))
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    complete = {previous, fresh.read_bytes()}
    try:
        for delay, workers in ((1.0, "1"), (3.5, "2"), (5.0, "1")):
            proc = _start("extract", str(articles), "-o", str(out), "--workers", workers)
            time.sleep(delay)
            kids = _children(proc.pid)
            proc.send_signal(signal.SIGKILL)
            proc.wait(30)
            if proc.returncode == 0:  # finished before the kill: the new output is complete
                continue
            assert out.read_bytes() in complete, f"killed at {delay} s: output neither the previous nor a complete new one"
            deadline = time.time() + 10
            while any(_alive(k) for k in kids) and time.time() < deadline:
                time.sleep(0.1)
            assert not any(_alive(k) for k in kids), f"workers outlived their parent: {kids}"
            clean_stale_temps(tmp_path)  # what the next run does
            assert _temps(tmp_path) == []
    finally:
        (articles / "zz.txt").unlink()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and SIGKILL semantics")
def test_kill_9_and_sigterm_run_out_leave_a_complete_folder_or_none(articles, tmp_path):
    out = tmp_path / "out"
    proc = _start("run", str(articles), "--out", str(out))
    time.sleep(4.0)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    if proc.returncode != 0:
        assert not (out / "manifest.json").exists() or verify_folder(out)
    # SIGTERM is handled like Ctrl-C: nothing half-written, no temp file, not even for the next run to clean
    proc = _start("run", str(articles), "--out", str(out), "--workers", "2")
    time.sleep(4.0)
    kids = _children(proc.pid)
    proc.send_signal(signal.SIGTERM)
    proc.wait(60)
    if proc.returncode != 0:
        assert [n for n in _temps(out) if f"-{proc.pid}" in n] == []
        assert not (out / "manifest.json").exists() or verify_folder(out)
    time.sleep(0.5)
    assert not any(_alive(k) for k in kids), "workers outlived a SIGTERM"
    # the next run completes, cleans what the killed one left, and publishes one unit
    cmd, env = _cmd("run", str(articles), "--out", str(out))
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr  # 1: findings; anything else is a failed run
    assert verify_folder(out)
    assert _temps(out) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="signal exit statuses")
@pytest.mark.parametrize("sig, status", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_sigterm_exits_143_and_sigint_130_leaving_the_old_output_and_no_temp(articles, tmp_path, sig, status):
    """Signalled once extraction has started (its temporary output file exists): the exit status is the
    shell's for the signal (128 + its number), the previous output is untouched, no temporary file stays."""
    big = tmp_path / "big"
    big.mkdir()
    for i in range(60):  # ~15 s of extraction (about 0.25 s a file): the signal always comes first
        (big / f"b{i}.txt").write_text(f"Report {i}.\n\n" + PARAGRAPH * 120)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "claims.jsonl"
    out.write_text("previous\n")
    cmd, env = _cmd("extract", str(big), "-o", str(out))
    # a shell starts background jobs with SIGINT ignored and children inherit that (a suite run with `&`):
    # give the child the default disposition so it sees the signal as a terminal user's Ctrl-C
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 120
    while not _temps(out_dir) and proc.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    assert _temps(out_dir), "extraction never started"
    time.sleep(0.5)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == status, (proc.returncode, err)
    assert ("terminated" if sig == signal.SIGTERM else "interrupted") in err
    assert out.read_text() == "previous\n"
    assert _temps(out_dir) == []
