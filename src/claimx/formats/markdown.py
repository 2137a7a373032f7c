"""Markdown report, e.g. for a CI job summary ($GITHUB_STEP_SUMMARY)."""

from __future__ import annotations

from pathlib import Path

from ..report import Report
from .common import artifact_path, counts_line

_ICON = {"error": "❌", "warning": "⚠️", "info": "ℹ️"}


def _cell(s: object) -> str:
    return str(s).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def render(report: Report, *, color: bool = False, root: Path | None = None) -> str:
    s = report.summary
    sev = s.findings_by_severity
    status = "❌ errors found" if sev.get("error") else ("⚠️ warnings" if sev.get("warning") else "✅ no errors")
    out = [f"## claimx report: {status}", "", counts_line(report), ""]
    problems = [f for f in report.findings if f.rule != "CX090"]
    if problems:
        out += ["### Findings", "", "| | where | rule | message |", "|---|---|---|---|"]
        order = {"error": 0, "warning": 1, "info": 2}
        for f in sorted(problems, key=lambda f: (order[f.severity], f.doc or "", f.line or 0)):
            where = artifact_path(f.doc, root) or "-"
            if f.line:
                where += f":{f.line}"
            out.append(f"| {_ICON[f.severity]} {f.severity} | `{_cell(where)}` | {f.rule} {f.name} | {_cell(f.message)} |")
        out.append("")
    if s.seats_accounted:
        out += ["### Seats accounted", "", "| article | chamber | status | accounted | size |", "|---|---|---|---:|---:|"]
        for a in s.seats_accounted:
            acc = f"**{a.accounted}**" if a.size is not None and a.accounted > a.size else str(a.accounted)
            out.append(f"| `{_cell(a.doc)}` | {_cell(a.body or '?')} | {a.status} | {acc} | {a.size if a.size else '?'} |")
        out.append("")
    if s.coverage:
        out += ["### Coverage", "", "| article | claims | seat claims | checked |", "|---|---:|---:|---:|"]
        for c in s.coverage:
            name = f"`{_cell(c.doc)}`" + (f" (error: {_cell(c.reason)})" if c.status == "error" else "")
            out.append(f"| {name} | {c.claims} | {c.seat_claims} | {c.checked} |")
        out.append("")
    if s.claims_by_type:
        out.append("Claims by type: " + ", ".join(f"{k} {v}" for k, v in s.claims_by_type.items()))
        out.append("")
    return "\n".join(out)
