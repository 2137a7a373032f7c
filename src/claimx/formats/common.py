"""Helpers shared by the formats."""

from __future__ import annotations

from pathlib import Path

from ..report import Finding, Report, SeatsAccounted


def accounted_line(a: SeatsAccounted) -> str:
    """'seats accounted: 341 of 343 (House of Commons) in 000_x.txt'."""
    of = f" of {a.size}" if a.size is not None else ""
    body = f" ({a.body})" if a.body else ""
    status = "" if a.status == "result" else f" [{a.status}]"
    return f"seats accounted: {a.accounted}{of}{body}{status} in {a.doc}"


def location(f: Finding) -> str:
    if f.doc and f.line:
        return f"{f.doc}:{f.line}"
    return f.doc or "-"


def counts_line(report: Report) -> str:
    s = report.summary
    sev = s.findings_by_severity
    return (
        f"{s.documents} document(s), {s.claims} claim(s); "
        f"{sev.get('error', 0)} error(s), {sev.get('warning', 0)} warning(s), {sev.get('info', 0)} info"
    )


def artifact_path(doc: str | None, root: Path | None) -> str | None:
    """The article's path as CI tools want it: ``root/doc`` relative to the working directory when possible."""
    if doc is None:
        return None
    if root is None:
        return doc
    p = Path(root) / doc
    try:
        return p.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return p.as_posix()
