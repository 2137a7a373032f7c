"""A self-contained HTML report for a newsroom: each article's text with its claims highlighted, the findings
beside it, and an inline SVG seat chart per election (party bars against the chamber size, with the majority
line).

- a legend (what the highlights, bars and lines mean; each party's colour);
- a party's colour is fixed by its canonical name (a hash to a hue), so it is the same in every article;
- the summary table links to each article; articles with errors come first, then those with warnings;
- a filter box (article, party, rule, message) and an "only with findings" switch: a few lines of inline
  script; without it everything is still shown;
- each article is a collapsible ``<details>`` section, open only when it has errors or warnings, so a report of
  1,000 articles opens at its problems;
- an article whose file no longer matches the sha256 its document record took at extraction is flagged, and its
  claims are shown in their sentences instead of as highlights that would land on the wrong words.

One file: no fonts, images, stylesheets or scripts from elsewhere.
"""

from __future__ import annotations

import colorsys
import hashlib
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
details.article{background:#fff;border:1px solid #ddd;border-radius:6px;margin:0 0 14px 0;padding:10px 20px}
details.article>summary{cursor:pointer;font-family:monospace;font-size:16px;padding:4px 0}
details.article[open]>summary{margin-bottom:10px}
.badge{font-family:sans-serif;font-size:12px;border-radius:9px;padding:1px 8px;margin-left:8px;color:#fff}
.badge.error{background:#c0392b}.badge.warning{background:#b8860b}.badge.claims{background:#7f8c8d}
.badge.stale{background:#6c3483}
.stale-warning{font-family:sans-serif;font-size:14px;background:#f5eef8;border-left:4px solid #6c3483;
  padding:8px 10px;margin:0 0 10px 0}
.legend{font-family:sans-serif;font-size:13px;margin:8px 0 0 0;line-height:1.9}
.legend mark{color:#222}
.swatch{display:inline-block;width:12px;height:12px;border-radius:2px;vertical-align:middle;margin:0 4px 0 10px}
.legend details summary{cursor:pointer}
.tools{font-family:sans-serif;font-size:14px;margin:10px 0 14px 0}
.tools input[type=search]{font-size:14px;padding:4px 8px;width:340px}
table.cov a{color:#1d3557}
"""
_SEVERITY_ORDER = {"error": 0, "warning": 1}

# The filter box: show the articles (and summary rows) whose search text holds every word typed; a link to an
# article opens its section. Inline, so the file stays self-contained.
_SCRIPT = """
(function(){
  var box=document.getElementById('filter'), only=document.getElementById('only-findings');
  function apply(){
    var words=box.value.toLowerCase().split(/\\s+/).filter(Boolean), shown=0;
    document.querySelectorAll('[data-search]').forEach(function(el){
      var hay=el.getAttribute('data-search'), ok=words.every(function(w){return hay.indexOf(w)>=0;});
      if(only.checked && el.getAttribute('data-findings')==='0'){ok=false;}
      el.style.display=ok?'':'none';
      if(ok && el.tagName==='DETAILS'){shown++;}
    });
    document.getElementById('shown').textContent=shown;
  }
  function openTarget(){
    var t=location.hash && document.getElementById(location.hash.slice(1));
    if(t && t.tagName==='DETAILS'){t.open=true;t.scrollIntoView();}
  }
  box.addEventListener('input',apply); only.addEventListener('change',apply);
  window.addEventListener('hashchange',openTarget); openTarget(); apply();
})();
"""


def party_colour(name: str) -> str:
    """A party's colour, fixed by its canonical name (case and spacing ignored): the same in every article and
    every report, whatever the party's rank. A hash picks the hue; lightness and saturation are fixed so white
    labels and the grey chamber bar stay readable."""
    key = " ".join(name.casefold().split())
    hue = int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % 360
    r, g, b = colorsys.hls_to_rgb(hue / 360, 0.42, 0.62)
    return "#{:02x}{:02x}{:02x}".format(round(r * 255), round(g * 255), round(b * 255))


def render(report: Report, *, color: bool = False, root: Path | None = None) -> str:
    from ..checks import records_for

    records = records_for(report) or []
    claims_by_doc: dict[str, list[Any]] = {}
    documents: dict[str, Any] = {}
    for r in records:
        if r.type == "document":
            documents[r.doc] = r
        else:
            claims_by_doc.setdefault(r.doc, []).append(r)
    docs = [c.doc for c in report.summary.coverage]
    for f in report.findings:
        if f.doc and f.doc not in docs:
            docs.append(f.doc)
    cov = {c.doc: c for c in report.summary.coverage}
    findings_of = {doc: [f for f in report.findings if f.doc == doc or doc in f.docs] for doc in docs}

    def worst(doc: str) -> int:
        sevs = [_SEVERITY_ORDER.get(f.severity, 2) for f in findings_of[doc] if f.rule != "CX090"]
        return min(sevs, default=3)

    # errors first, then warnings, then the rest; input order within each
    order = sorted(range(len(docs)), key=lambda k: (worst(docs[k]), k))
    anchors = {docs[k]: f"a{n}" for n, k in enumerate(order)}
    texts = {doc: _read(root, doc) for doc in docs}
    stale = {doc for doc in docs if _is_stale(texts[doc], documents.get(doc))}

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>claimx report</title><style>{_CSS}</style></head><body>",
        f"<header><h1>claimx report</h1><div class=\"summary\">{escape(counts_line(report))}</div></header><main>",
        _legend(report),
        '<div class="tools"><label>Filter: <input type="search" id="filter" '
        'placeholder="article, party, rule or words of a finding"></label> '
        '<label><input type="checkbox" id="only-findings"> only articles with errors or warnings</label> '
        f'<span class="muted"><span id="shown">{len(docs)}</span> of {len(docs)} articles shown</span></div>',
    ]
    if docs:
        parts.append('<table class="cov"><tr><th>article</th><th>claims</th><th>seat claims</th><th>checked</th>'
                     "<th>errors</th><th>warnings</th></tr>")
        for k in order:
            doc = docs[k]
            c = cov.get(doc)
            fs = findings_of[doc]
            n_err = sum(1 for f in fs if f.severity == "error")
            n_warn = sum(1 for f in fs if f.severity == "warning")
            name = f'<a href="#{anchors[doc]}">{escape(doc)}</a>'
            if c is not None and c.status == "error":
                name += f' <span class="muted">({escape(c.reason or "error")})</span>'
            if doc in stale:
                name += ' <span class="badge stale">changed since extraction</span>'
            counts = (c.claims, c.seat_claims, c.checked) if c is not None else ("", "", "")
            parts.append(f'<tr data-search="{escape(_search_text(doc, claims_by_doc.get(doc, []), fs))}" '
                         f'data-findings="{n_err + n_warn}"><td>{name}</td><td>{counts[0]}</td><td>{counts[1]}</td>'
                         f"<td>{counts[2]}</td><td>{n_err}</td><td>{n_warn}</td></tr>")
        parts.append("</table>")
    for k in order:
        doc = docs[k]
        parts.append(_article(anchors[doc], doc, claims_by_doc.get(doc, []), findings_of[doc], report,
                              texts[doc], cov.get(doc), doc in stale))
    loose = [f for f in report.findings if not f.doc]
    if loose:
        parts.append('<section class="article"><h2>(no article)</h2>' + _findings_list(loose) + "</section>")
    parts.append(f"</main><script>{_SCRIPT}</script></body></html>\n")
    return "\n".join(parts)


def _legend(report: Report) -> str:
    parties = sorted({p for a in report.summary.seats_accounted for p in a.parties}, key=str.casefold)
    swatches = "".join(f'<span class="swatch" style="background:{party_colour(p)}"></span>{escape(p)}' for p in parties)
    party_part = (f"<details><summary>party colours ({len(parties)}; the same in every article)</summary>"
                  f"{swatches}</details>") if parties else ""
    return (
        '<div class="legend"><b>Legend</b> · text: <mark>claim</mark> the words a claim was read from (hover: '
        'what was read) · <mark class="error">error</mark> a claim in an error finding · '
        '<mark class="warning">warning</mark> a claim in a warning · charts: a coloured bar per party (its '
        "seats), grey: the chamber size, <i>total</i>: the parties stacked, dashed line: the majority threshold · "
        '<span class="badge stale">changed since extraction</span> the file differs from the one the claims were '
        f"read from{party_part}</div>"
    )


def _search_text(doc: str, claims: list[Any], findings: list[Finding]) -> str:
    words = [doc]
    words += sorted({str(getattr(c, "party", None) or getattr(c, "speaker", None) or "") for c in claims} - {""})
    words += [f"{f.rule} {f.name} {f.severity} {f.message}" for f in findings]
    return " ".join(words).lower()


def _read(root: Path | None, doc: str) -> tuple[str, bytes] | None:
    """(text, raw bytes) of the article under ``root``, read as ``claimx extract`` reads it (BOM dropped; never a
    file outside the root, nor one over ``claimx.reader.DOC_TEXT_MAX_BYTES``)."""
    from ..reader import read_doc_bytes

    return read_doc_bytes(root, doc)


def _is_stale(read: tuple[str, bytes] | None, record: Any) -> bool:
    """True when the file read now is not the one extracted (its document record's sha256 differs)."""
    if read is None or record is None or not getattr(record, "sha256", None):
        return False
    return hashlib.sha256(read[1]).hexdigest() != record.sha256


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


def _article(anchor: str, doc: str, claims: list[Any], findings: list[Finding], report: Report,
             read: tuple[str, bytes] | None, cov: Any, stale: bool) -> str:
    text = read[0] if read is not None and not stale else None
    spans: list[tuple[int, int, str, str]] = []
    warning = ""
    if stale:
        warning = ('<p class="stale-warning"><b>This article changed after its claims were extracted</b> (its file no '
                   "longer matches the sha256 in its document record): offsets would point at the wrong words, so the "
                   "claims are shown in the sentences they were read from. Extract again to see them in place.</p>")
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
        from ..reader import DOC_TEXT_MAX_BYTES

        why = "" if stale else ('<p class="muted">article text not available (give --root; a file over '
                                f"{DOC_TEXT_MAX_BYTES / 1e6:g} MB is not shown whole); ")
        why = why and why + "showing the sentences that state claims</p>"
        body = '<div class="text">' + why + "".join(rows) + "</div>"
    else:
        reason = f" ({escape(cov.reason)})" if cov is not None and cov.reason else ""
        body = f'<div class="text muted">no claims to show{reason}</div>'
    charts = "".join(_chart(a, claims) for a in report.summary.seats_accounted if a.doc == doc)
    shown = [f for f in findings if f.rule != "CX090"]
    side = _findings_list(shown) + charts
    n_err = sum(1 for f in shown if f.severity == "error")
    n_warn = sum(1 for f in shown if f.severity == "warning")
    badges = "".join(
        f'<span class="badge {cls}">{label}</span>'
        for cls, label, show in (
            ("error", f"{n_err} error{'s' if n_err != 1 else ''}", n_err),
            ("warning", f"{n_warn} warning{'s' if n_warn != 1 else ''}", n_warn),
            ("claims", f"{len(claims)} claims", True),
            ("stale", "changed since extraction", stale),
        ) if show
    )
    is_open = " open" if n_err or n_warn or stale else ""
    return (f'<details class="article" id="{anchor}"{is_open} data-search="{escape(_search_text(doc, claims, findings))}" '
            f'data-findings="{n_err + n_warn}"><summary>{escape(doc)}{badges}</summary>{warning}'
            f'<div class="cols"><div>{body}</div><div>{side}</div></div></details>')


def _findings_list(findings: list[Finding]) -> str:
    if not findings:
        return '<p class="muted">no findings</p>'
    items = []
    for f in findings:
        where = f"line {f.line}" if f.line else ""
        items.append(f'<li class="{f.severity}"><span class="rule">{escape(f.rule)} {escape(f.name)}</span> '
                     f"{escape(f.severity)} {escape(where)}<br>{escape(f.message)}</li>")
    return '<ul class="findings">' + "".join(items) + "</ul>"


# a white outline under chart labels, so a number crossing the dashed majority line stays readable
_HALO = 'stroke="#ffffff" stroke-width="3" paint-order="stroke"'


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
    top = 44  # the title, then the majority label above the bars (never on top of a bar's value)
    height = top + rows * (bar_h + gap) + 10

    def x(v: float) -> float:
        return left + plot_w * v / scale_max

    title = f"{a.body or 'chamber'} ({a.status}): {a.accounted}" + (f" of {size}" if size else "") + " seats"
    svg = [f'<svg class="seatchart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
           f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff" stroke="#dddddd"/>',
           f'<text x="8" y="18" font-size="13" font-family="sans-serif" font-weight="bold">{escape(title)}</text>']
    y = top
    for name, seats in parties:
        colour = party_colour(name)
        svg.append(f'<text x="{left - 6}" y="{y + 13}" font-size="11" font-family="sans-serif" text-anchor="end">'
                   f"{escape(name[:24])}</text>")
        if size:
            svg.append(f'<rect x="{left}" y="{y}" width="{plot_w * size / scale_max:.1f}" height="{bar_h}" fill="#eeeeee"/>')
        svg.append(f'<rect x="{left}" y="{y}" width="{max(1.0, x(seats) - left):.1f}" height="{bar_h}" fill="{colour}"/>')
        svg.append(f'<text x="{x(seats) + 4:.1f}" y="{y + 13}" font-size="11" font-family="sans-serif" '
                   f'{_HALO}>{seats}</text>')
        y += bar_h + gap
    # stacked total
    svg.append(f'<text x="{left - 6}" y="{y + 13}" font-size="11" font-family="sans-serif" text-anchor="end" '
               f'font-weight="bold">total</text>')
    cx = float(left)
    for name, seats in parties:
        w = plot_w * seats / scale_max
        svg.append(f'<rect x="{cx:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{party_colour(name)}"/>')
        cx += w
    if size:
        svg.append(f'<rect x="{left}" y="{y}" width="{plot_w * size / scale_max:.1f}" height="{bar_h}" fill="none" '
                   f'stroke="#333333"/>')
    over = size is not None and a.accounted > size
    svg.append(f'<text x="{cx + 4:.1f}" y="{y + 13}" font-size="11" font-family="sans-serif" '
               f'fill="{"#c0392b" if over else "#222222"}" {_HALO}>{a.accounted}</text>')
    if majority:
        mx = x(majority)
        svg.append(f'<line x1="{mx:.1f}" y1="{top - 4}" x2="{mx:.1f}" y2="{y + bar_h + 4}" stroke="#000000" '
                   f'stroke-width="2" stroke-dasharray="5,3"/>')
        anchor = "end" if mx > left + plot_w * 0.6 else "start"
        svg.append(f'<text x="{mx + (-4 if anchor == "end" else 4):.1f}" y="{top - 8}" font-size="11" '
                   f'font-family="sans-serif" text-anchor="{anchor}">majority {majority}</text>')
    svg.append("</svg>")
    return '<div class="chart">' + "".join(svg) + "</div>"
