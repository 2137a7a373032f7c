"""A self-contained HTML report: each article's text with its claims highlighted, the findings beside it,
and an inline SVG seat chart per election (party bars against the chamber size, with the majority line).
No scripts, fonts or other external resources."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from ..report import Finding, Report, SeatsAccounted
from .common import counts_line

_CSS = """
body{font-family:Georgia,'DejaVu Serif',serif;margin:0;background:#f6f5f1;color:#222}
header{background:#1d3557;color:#fff;padding:16px 28px}
header h1{margin:0 0 4px 0;font-size:24px}
main{padding:16px 28px}
section.article{background:#fff;border:1px solid #ddd;border-radius:6px;margin:0 0 24px 0;padding:16px 20px}
section.article h2{font-size:18px;margin:0 0 10px 0;font-family:monospace}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:20px}
.text{line-height:1.55;white-space:pre-wrap;overflow-wrap:anywhere;font-size:15px}
svg.seatchart{max-width:100%;height:auto}
mark{background:#d8ecff;border-bottom:2px solid #4a90d9;padding:0 1px}
mark.error{background:#ffd6d6;border-bottom:2px solid #c0392b}
mark.warning{background:#fff1c2;border-bottom:2px solid #d4a017}
mark sup{font-size:10px;color:#555;font-family:sans-serif}
ul.findings{list-style:none;padding:0;margin:0;font-family:sans-serif;font-size:13px}
ul.findings li{border-left:4px solid #888;padding:6px 8px;margin:0 0 8px 0;background:#fafafa}
ul.findings li.error{border-color:#c0392b;background:#fff0f0}
ul.findings li.warning{border-color:#d4a017;background:#fffbea}
ul.findings li.info{border-color:#4a90d9}
.rule{font-weight:bold;font-family:monospace}
.chart{margin:12px 0 0 0;font-family:sans-serif}
.summary{font-family:sans-serif;font-size:14px}
table.cov{border-collapse:collapse;font-family:sans-serif;font-size:13px;margin:8px 0}
table.cov td,table.cov th{border:1px solid #ccc;padding:3px 8px;text-align:right}
table.cov td:first-child,table.cov th:first-child{text-align:left}
.muted{color:#777;font-style:italic}
"""
_PALETTE = ["#c0392b", "#1f6fb2", "#2e8b57", "#e67e22", "#8e44ad", "#16a085", "#7f8c8d", "#d35400", "#2c3e50", "#b8860b"]


def render(report: Report, *, color: bool = False, root: Path | None = None) -> str:
    from ..checks import records_for

    records = records_for(report) or []
    claims_by_doc: dict[str, list[Any]] = {}
    for r in records:
        if r.type != "document":
            claims_by_doc.setdefault(r.doc, []).append(r)
    docs = [c.doc for c in report.summary.coverage]
    for f in report.findings:
        if f.doc and f.doc not in docs:
            docs.append(f.doc)
    cov = {c.doc: c for c in report.summary.coverage}

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>claimx report</title><style>{_CSS}</style></head><body>",
        f"<header><h1>claimx report</h1><div class=\"summary\">{escape(counts_line(report))}</div></header><main>",
    ]
    if report.summary.coverage:
        parts.append('<table class="cov"><tr><th>article</th><th>claims</th><th>seat claims</th><th>checked</th>'
                     "<th>errors</th><th>warnings</th></tr>")
        for c in report.summary.coverage:
            n_err = sum(1 for f in report.findings if f.doc == c.doc and f.severity == "error")
            n_warn = sum(1 for f in report.findings if f.doc == c.doc and f.severity == "warning")
            name = escape(c.doc) + (f' <span class="muted">({escape(c.reason or "error")})</span>' if c.status == "error" else "")
            parts.append(f"<tr><td>{name}</td><td>{c.claims}</td><td>{c.seat_claims}</td><td>{c.checked}</td>"
                         f"<td>{n_err}</td><td>{n_warn}</td></tr>")
        parts.append("</table>")
    for i, doc in enumerate(docs):
        findings = [f for f in report.findings if f.doc == doc or doc in f.docs]
        parts.append(_article(i, doc, claims_by_doc.get(doc, []), findings, report, root, cov.get(doc)))
    loose = [f for f in report.findings if not f.doc]
    if loose:
        parts.append('<section class="article"><h2>(no article)</h2>' + _findings_list(loose) + "</section>")
    parts.append("</main></body></html>\n")
    return "\n".join(parts)


def _read(root: Path | None, doc: str) -> str | None:
    if root is None:
        return None
    from ..reader import read_doc_text

    return read_doc_text(root, doc)  # decoded as extract read it (BOM), never outside the root


def _severity_of(claim_id: str, findings: list[Finding]) -> str | None:
    order = {"error": 2, "warning": 1, "info": 0}
    sev = None
    for f in findings:
        if claim_id in f.claims and f.rule != "CX090" and (sev is None or order[f.severity] > order[sev]):
            sev = f.severity
    return sev if sev in ("error", "warning") else None


def _highlight(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """Escape ``text`` with <mark>s at non-overlapping (start, end, class, title) spans."""
    out = []
    pos = 0
    for start, end, cls, title in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < pos or end > len(text) or end <= start:
            continue
        out.append(escape(text[pos:start]))
        out.append(f'<mark class="{cls}" title="{escape(title)}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def _label(c: Any) -> str:
    if c.type == "seat_count":
        return f"{c.type}: {c.party} {c.seats} ({c.status})"
    if c.type in ("chamber_size", "majority_threshold"):
        return f"{c.type}: {c.body or '?'} {c.seats}"
    if c.type == "majority_status":
        return f"{c.type}: {c.party or 'no party'} {c.status}"
    if c.type == "quote":
        return f"quote by {c.speaker or '?'}"
    if c.type == "event":
        return f"event {c.kind}: {c.actor or '?'} -> {c.target or '-'}"
    return c.type


def _article(i: int, doc: str, claims: list[Any], findings: list[Finding], report: Report, root: Path | None,
             cov: Any) -> str:
    text = _read(root, doc)
    spans: list[tuple[int, int, str, str]] = []
    if text is not None:
        for c in claims:
            cls = _severity_of(c.id, findings) or ""
            spans.append((c.span.start, c.span.end, cls, _label(c)))
        if not claims:  # a JSON report read back: highlight what the findings point at
            for f in findings:
                if f.start is not None and f.end is not None and f.doc == doc:
                    spans.append((f.start, f.end, f.severity if f.severity != "info" else "", f"{f.rule} {f.name}"))
        body = f'<div class="text">{_highlight(text, spans)}</div>'
    elif claims:
        # degrade: the sentences that state claims, with the evidence marked
        sentences: dict[str, list[Any]] = {}
        for c in sorted(claims, key=lambda c: (c.line, c.span.start)):
            sentences.setdefault(c.text, []).append(c)
        rows = []
        for sent, cs in sentences.items():
            sp = []
            for c in cs:
                k = sent.find(c.evidence)
                if k >= 0:
                    sp.append((k, k + len(c.evidence), _severity_of(c.id, findings) or "", _label(c)))
            rows.append(f"<p>line {cs[0].line}: {_highlight(sent, sp)}</p>")
        body = ('<div class="text"><p class="muted">article text not available (give --root); '
                "showing the sentences that state claims</p>" + "".join(rows) + "</div>")
    else:
        reason = f" ({escape(cov.reason)})" if cov is not None and cov.reason else ""
        body = f'<div class="text muted">no claims to show{reason}</div>'
    charts = "".join(_chart(a, claims) for a in report.summary.seats_accounted if a.doc == doc)
    side = _findings_list([f for f in findings if f.rule != "CX090"]) + charts
    return (f'<section class="article" id="a{i}"><h2>{escape(doc)}</h2>'
            f'<div class="cols"><div>{body}</div><div>{side}</div></div></section>')


def _findings_list(findings: list[Finding]) -> str:
    if not findings:
        return '<p class="muted">no findings</p>'
    items = []
    for f in findings:
        where = f"line {f.line}" if f.line else ""
        items.append(f'<li class="{f.severity}"><span class="rule">{escape(f.rule)} {escape(f.name)}</span> '
                     f"{escape(f.severity)} {escape(where)}<br>{escape(f.message)}</li>")
    return '<ul class="findings">' + "".join(items) + "</ul>"


def _chart(a: SeatsAccounted, claims: list[Any]) -> str:
    """Horizontal bars, one per party, scaled to the chamber size; a stacked total bar; the majority line."""
    parties = sorted(a.parties.items(), key=lambda kv: -kv[1])
    size = a.size
    thresholds = [c.seats for c in claims if c.type == "majority_threshold"]
    majority = (thresholds[-1] if thresholds else (size // 2 + 1)) if size else None
    scale_max = max(size or 0, a.accounted, 1)
    width, left, bar_h, gap = 460, 150, 18, 6
    plot_w = width - left - 50
    rows = len(parties) + 1
    height = 34 + rows * (bar_h + gap) + 24

    def x(v: float) -> float:
        return left + plot_w * v / scale_max

    title = f"{a.body or 'chamber'} ({a.status}): {a.accounted}" + (f" of {size}" if size else "") + " seats"
    svg = [f'<svg class="seatchart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
           f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff" stroke="#dddddd"/>',
           f'<text x="8" y="18" font-size="13" font-family="sans-serif" font-weight="bold">{escape(title)}</text>']
    y = 30
    for k, (name, seats) in enumerate(parties):
        colour = _PALETTE[k % len(_PALETTE)]
        svg.append(f'<text x="{left - 6}" y="{y + 13}" font-size="11" font-family="sans-serif" text-anchor="end">'
                   f"{escape(name[:24])}</text>")
        if size:
            svg.append(f'<rect x="{left}" y="{y}" width="{plot_w * size / scale_max:.1f}" height="{bar_h}" fill="#eeeeee"/>')
        svg.append(f'<rect x="{left}" y="{y}" width="{max(1.0, x(seats) - left):.1f}" height="{bar_h}" fill="{colour}"/>')
        svg.append(f'<text x="{x(seats) + 4:.1f}" y="{y + 13}" font-size="11" font-family="sans-serif">{seats}</text>')
        y += bar_h + gap
    # stacked total
    svg.append(f'<text x="{left - 6}" y="{y + 13}" font-size="11" font-family="sans-serif" text-anchor="end" '
               f'font-weight="bold">total</text>')
    cx = float(left)
    for k, (name, seats) in enumerate(parties):
        w = plot_w * seats / scale_max
        svg.append(f'<rect x="{cx:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{_PALETTE[k % len(_PALETTE)]}"/>')
        cx += w
    if size:
        svg.append(f'<rect x="{left}" y="{y}" width="{plot_w * size / scale_max:.1f}" height="{bar_h}" fill="none" '
                   f'stroke="#333333"/>')
    over = size is not None and a.accounted > size
    svg.append(f'<text x="{cx + 4:.1f}" y="{y + 13}" font-size="11" font-family="sans-serif" '
               f'fill="{"#c0392b" if over else "#222222"}">{a.accounted}</text>')
    if majority:
        mx = x(majority)
        svg.append(f'<line x1="{mx:.1f}" y1="26" x2="{mx:.1f}" y2="{y + bar_h + 4}" stroke="#000000" '
                   f'stroke-width="2" stroke-dasharray="5,3"/>')
        svg.append(f'<text x="{mx:.1f}" y="{y + bar_h + 18}" font-size="11" font-family="sans-serif" '
                   f'text-anchor="middle">majority {majority}</text>')
    svg.append("</svg>")
    return '<div class="chart">' + "".join(svg) + "</div>"
