#!/usr/bin/env python3
"""Set-up and the two everyday jobs, with nothing but Python >= 3.11 installed.

    python tasks.py run     # make .venv, install claimx, run it on corpus/ (claims + report in out/)
    python tasks.py test    # make .venv, install claimx with test extras, run the test suite
                            # (CLAIMX_EXTRAS=test,ray adds the Ray engine's extra, as CI does)

Both are idempotent: the virtual environment is created once and re-used;
``pip install`` is re-run only when pyproject.toml changed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("CLAIMX_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def sh(*cmd: str | Path) -> int:
    print("+", " ".join(str(c) for c in cmd), file=sys.stderr, flush=True)
    return subprocess.call([str(c) for c in cmd], cwd=ROOT)


def ensure_env(extras: str) -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"claimx needs Python >= 3.11 (this is {sys.version.split()[0]})")
    if not PY.exists():
        print(f"creating virtual environment in {VENV}", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".claimx-installed-{extras or 'base'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    target = f".[{extras}]" if extras else "."
    if sh(PY, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target) != 0:
        sys.exit("pip install failed")
    stamp.write_text(digest)


def run(args: list[str]) -> int:
    ensure_env("")
    return sh(BIN / "claimx", "run", "corpus", "--out", "out", *args)


def test(args: list[str]) -> int:
    # The test extra only: Ray (~500 MB) is for one test, which is skipped (and reported as skipped) without it.
    # CI runs this same command with CLAIMX_EXTRAS=test,ray (see .ci/run), where a missing Ray fails that test.
    ensure_env(os.environ.get("CLAIMX_EXTRAS", "test"))
    code = sh(PY, "-m", "pytest", "-q", *args)
    return 0 if code == 0 else code


def main() -> int:
    jobs = {"run": run, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in jobs:
        print(__doc__, file=sys.stderr)
        return 2
    return jobs[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
