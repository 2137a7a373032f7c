"""What the check tests share: run ``claimx run`` on one invented article and read the findings of its report."""

from __future__ import annotations

import json


def run_report(tmp_path, text):
    """The findings of ``claimx run`` on a folder holding ``text`` as its one article."""
    from typer.testing import CliRunner

    from claimx.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    CliRunner().invoke(app, ["run", str(folder), "--out", str(out)])
    return json.loads((out / "report.json").read_text())["findings"]
