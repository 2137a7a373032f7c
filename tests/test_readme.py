"""The README's code blocks run as written, on this checkout.

Every ```bash line, every ```python block and every `run:` step of the ```yaml CI workflow is executed in a
scratch folder that holds the repository's corpus/ and schemas/ (what a fresh clone has), with `claimx`
meaning this checkout's CLI. The few lines that cannot run here are listed in SKIPPED with the reason; each
must still be in the README, so the list cannot hide a line that changed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")

SKIPPED = {
    "python3 tasks.py run": "creates .venv and pip-installs claimx (the set-up itself; CI's .ci/run runs tasks.py test)",
    "python3 tasks.py test": "runs this very suite in a new .venv (CI's .ci/run runs it)",
    "../shared/eval/dev": "the real-news eval set lives outside the repository (the README says so on the line)",
    "python -m pip install": "installs into the runner's Python; here claimx is this checkout already",
}


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", README, flags=re.S | re.M)


def _skip_reason(line: str) -> str | None:
    return next((why for key, why in SKIPPED.items() if key in line), None)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    work = tmp_path_factory.mktemp("readme")
    for name in ("corpus", "schemas", "docs"):
        (work / name).symlink_to(ROOT / name)
    bin_dir = work / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "claimx"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m claimx "$@"\n')
    shim.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
           "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "100"}
    env.pop("CLAIMX_DEBUG", None)
    return work, env


def _run(cmd: list[str], work: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True, timeout=600)


def test_skip_list_matches_the_readme():
    for key in SKIPPED:
        assert key in README, f"SKIPPED names {key!r}, which the README no longer has"


def test_readme_code_runs_as_written(nlp, workspace):
    work, env = workspace
    ran = 0
    # shell lines first (they make out/), in README order
    for block in _blocks("bash"):
        for line in block.splitlines():
            if not line.strip() or line.lstrip().startswith("#") or _skip_reason(line):
                continue
            proc = _run(["bash", "-c", line], work, env)
            assert proc.returncode == 0, f"README line failed ({proc.returncode}): {line}\n{proc.stderr[-2000:]}"
            ran += 1
    # the CI workflow's steps, with ARTICLES as the workflow sets it
    (workflow,) = _blocks("yaml")
    job = yaml.safe_load(workflow)["jobs"]["check-articles"]
    ci_env = {**env, **{k: str(v) for k, v in job.get("env", {}).items()}, "GITHUB_STEP_SUMMARY": str(work / "summary.md")}
    for step in job["steps"]:
        script = step.get("run")
        if not script or _skip_reason(script):
            continue
        proc = _run(["bash", "-e", "-c", script], work, ci_env)
        assert proc.returncode == 0, f"CI step {step.get('name')!r} failed ({proc.returncode}):\n{proc.stderr[-2000:]}"
        ran += 1
    assert (work / "out" / "claimx.sarif").is_file() and (work / "summary.md").read_text().startswith("## claimx report")
    # then every Python block, each in a fresh interpreter
    for k, block in enumerate(_blocks("python")):
        proc = _run([sys.executable, "-c", block], work, env)
        assert proc.returncode == 0, f"README python block {k + 1} failed:\n{block}\n{proc.stderr[-3000:]}"
        ran += 1
    assert ran >= 20
    assert (work / "out" / "table.csv").is_file() and (work / "out" / "table.jsonl").is_file()
