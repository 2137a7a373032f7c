"""CX091 input-error, CX092 low-coverage, and per-document coverage for the summary."""

from __future__ import annotations

from typing import Any

from ..claims import SEAT_TYPES
from ..report import DocCoverage, Finding
from .context import ArticleContext
from .registry import make_finding


def input_errors(documents: list[Any]) -> list[Finding]:
    return [
        make_finding("CX091", f"{d.doc}: could not be processed: {d.reason or 'unknown reason'}", doc=d.doc)
        for d in documents
        if d.status == "error"
    ]


def coverage(documents: dict[str, Any], articles: dict[str, ArticleContext]) -> tuple[list[DocCoverage], list[Finding]]:
    out: list[DocCoverage] = []
    findings: list[Finding] = []
    names = list(dict.fromkeys([*documents.keys(), *articles.keys()]))
    for name in names:
        d = documents.get(name)
        ctx = articles.get(name)
        claims = ctx.claims if ctx else []
        seat = [c for c in claims if c.type in SEAT_TYPES]
        checked = sum(1 for c in seat if ctx and c.id in ctx.checked)
        status = d.status if d is not None else "ok"
        out.append(DocCoverage(
            doc=name, status=status, reason=d.reason if d is not None else None,
            claims=len(claims), seat_claims=len(seat), checked=checked,
        ))
        if status != "ok":
            continue
        if not claims:
            words = f" ({d.words} words)" if d is not None and d.words else ""
            findings.append(make_finding("CX092", f"no claims recognised in {name}{words}", doc=name))
        elif seat and checked == 0:
            findings.append(make_finding(
                "CX092",
                f"{len(seat)} seat claim(s) recognised in {name} but none could be checked "
                "(no chamber size, threshold or second statement to check them against)",
                seat[:1], doc=name,
            ))
    return out, findings
