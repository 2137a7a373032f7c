"""GitHub Actions workflow commands: ``::error file=...,line=...,title=CX001::message``.

Escaping follows the runner (actions/toolkit command.ts): in the message, % CR LF become %25 %0D %0A;
in property values additionally ':' and ',' become %3A and %2C.
"""

from __future__ import annotations

from pathlib import Path

from ..report import Report
from .common import artifact_path, counts_line

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, *, color: bool = False, root: Path | None = None) -> str:
    lines = []
    for f in report.findings:
        if f.rule == "CX090":
            continue  # seats accounted: in the summary line, not an annotation per article
        props = []
        path = artifact_path(f.doc, root)
        if path:
            props.append(f"file={escape_property(path)}")
            if f.line:
                props.append(f"line={f.line}")
        props.append(f"title={escape_property(f'{f.rule} {f.name}')}")
        lines.append(f"::{_LEVEL[f.severity]} {','.join(props)}::{escape_data(f.message)}")
    lines.append(f"::notice title=claimx::{escape_data(counts_line(report))}")
    return "\n".join(lines) + "\n"
