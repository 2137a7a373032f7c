"""The report as JSON (validates against schemas/report.schema.json)."""

from __future__ import annotations

from pathlib import Path

from ..report import Report


def render(report: Report, *, color: bool = False, root: Path | None = None) -> str:
    return report.model_dump_json(indent=2) + "\n"
