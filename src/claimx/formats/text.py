"""Human-readable report: rich tables on a terminal (color=True), plain text otherwise."""

from __future__ import annotations

import io
from pathlib import Path

from ..report import Report
from .common import accounted_line, counts_line, location

_ORDER = {"error": 0, "warning": 1, "info": 2}


def render(report: Report, *, color: bool = False, root: Path | None = None) -> str:
    return _rich(report) if color else _plain(report)


def _plain(report: Report) -> str:
    lines: list[str] = []
    problems = [f for f in report.findings if f.severity != "info" or f.rule not in ("CX090",)]
    for f in problems:
        lines.append(f"{location(f)}: {f.severity} {f.rule} {f.name}: {f.message}")
    if problems:
        lines.append("")
    for a in report.summary.seats_accounted:
        lines.append(accounted_line(a))
    cov = report.summary.coverage
    if cov:
        lines.append("")
        lines.append("coverage (claims / seat claims / checked):")
        for c in cov:
            extra = f"  ERROR: {c.reason}" if c.status == "error" else ""
            lines.append(f"  {c.doc}: {c.claims} / {c.seat_claims} / {c.checked}{extra}")
    if report.summary.claims_by_type:
        lines.append("claims by type: " + ", ".join(f"{k} {v}" for k, v in report.summary.claims_by_type.items()))
    lines.append(counts_line(report))
    return "\n".join(lines) + "\n"


def _rich(report: Report) -> str:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, width=120, color_system="standard")
    style = {"error": "bold red", "warning": "yellow", "info": "cyan"}
    problems = [f for f in report.findings if f.rule != "CX090"]
    if problems:
        t = Table(title="Findings", show_lines=False)
        for col in ("where", "severity", "rule", "message"):
            t.add_column(col, overflow="fold")
        for f in sorted(problems, key=lambda f: (_ORDER[f.severity], f.doc or "", f.line or 0)):
            # file names and messages are text, not markup: "[draft] vote.txt" stays as written
            t.add_row(escape(location(f)), f"[{style[f.severity]}]{f.severity}[/]", f"{f.rule} {f.name}", escape(f.message))
        console.print(t)
    if report.summary.seats_accounted:
        t = Table(title="Seats accounted")
        for col in ("article", "chamber", "status", "accounted", "size", "parties"):
            t.add_column(col, overflow="fold")
        for a in report.summary.seats_accounted:
            over = a.size is not None and a.accounted > a.size
            acc = f"[bold red]{a.accounted}[/]" if over else str(a.accounted)
            t.add_row(escape(a.doc), escape(a.body or "?"), a.status, acc, str(a.size) if a.size else "?",
                      escape(", ".join(f"{k} {v}" for k, v in a.parties.items())))
        console.print(t)
    if report.summary.coverage:
        t = Table(title="Coverage")
        for col in ("article", "claims", "seat claims", "checked"):
            t.add_column(col)
        for c in report.summary.coverage:
            name = escape(c.doc) if c.status == "ok" else f"{escape(c.doc)} [red](error: {escape(c.reason or '')})[/]"
            t.add_row(name, str(c.claims), str(c.seat_claims), str(c.checked))
        console.print(t)
    console.print(counts_line(report), markup=False, highlight=False)
    return buf.getvalue()
