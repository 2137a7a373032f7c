"""Consistency checks over extracted claims: ``run_checks(records, facts=...) -> Report``.

One module per rule family (seats, majority, hedges, cross_article, reference, coverage); the rule
registry (ids, names, severities, descriptions) is :mod:`claimx.checks.registry` and docs/rules.md.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from .. import __version__
from ..facts import FactsFile
from ..report import SEVERITY_RANK, Finding, Report, SeatsAccounted, Summary
from .changes import check_changes
from .context import ArticleContext, ReferenceIndex
from .corroboration import corroborations
from .coverage import coverage, input_errors
from .cross_article import check_cross_article
from .hedges import check_hedges
from .majority import check_majority
from .reference import check_reference
from .registry import RULES, all_rules
from .seats import check_seats
from .severity import settle

__all__ = ["run_checks", "records_for", "RULES", "all_rules"]

# The records a report was made from, for formats that show claims (html), keyed by id(report).
_RECORDS: dict[int, list[Any]] = {}


def records_for(report: Report) -> list[Any] | None:
    """The claim/document records ``report`` was computed from (same process only), else None."""
    return _RECORDS.get(id(report))


def _attach(report: Report, records: list[Any]) -> None:
    import weakref

    key = id(report)
    _RECORDS[key] = list(records)
    weakref.finalize(report, _RECORDS.pop, key, None)


def run_checks(records: list[Any], facts: FactsFile | None = None, root: str | Path | None = None,
               texts: dict[str, str] | None = None) -> Report:
    """Check parsed records (claims and DocumentRecords) and return the report.

    ``root``: folder the records' ``doc`` paths are relative to; when given, the article texts are
    read from it to find country and year cues (otherwise the claims' sentences are used). ``texts``:
    doc -> the article's text, for texts that are not files (the mutation harness's mutants).
    """
    documents: dict[str, Any] = {}
    claims_by_doc: dict[str, list[Any]] = defaultdict(list)
    for r in records:
        if r.type == "document":
            documents[r.doc] = r
        else:
            claims_by_doc[r.doc].append(r)

    ref = ReferenceIndex(facts)
    root_path = Path(root) if root is not None else None
    articles: dict[str, ArticleContext] = {}
    for name in dict.fromkeys([*documents.keys(), *claims_by_doc.keys()]):
        d = documents.get(name)
        if d is not None and d.status == "error":
            continue
        articles[name] = ArticleContext(name, claims_by_doc.get(name, []), ref, root_path,
                                        text=(texts or {}).get(name))
        articles[name].corroborated = corroborations(articles[name])

    findings: list[Finding] = list(input_errors(list(documents.values())))
    accounted: list[SeatsAccounted] = []
    for ctx in articles.values():
        findings.extend(check_seats(ctx, accounted))
        findings.extend(check_majority(ctx))
        findings.extend(check_hedges(ctx))
        findings.extend(check_changes(ctx))
        findings.extend(check_reference(ctx, facts))
    findings.extend(check_cross_article(list(articles.values())))
    cov, cov_findings = coverage(documents, articles)
    findings.extend(cov_findings)

    claims_by_id = {c.id: c for cs in claims_by_doc.values() for c in cs}
    corroborated = {i: why for ctx in articles.values() for i, why in ctx.corroborated.items()}
    findings = settle(_dedupe(findings), claims_by_id, corroborated, articles)
    findings.sort(key=lambda f: (f.doc or "", f.line or 0, -SEVERITY_RANK[f.severity], f.rule, f.message))

    all_claims = [c for cs in claims_by_doc.values() for c in cs]
    by_sev = Counter(f.severity for f in findings)
    summary = Summary(
        documents=len(set(documents) | set(claims_by_doc)),
        documents_with_errors=sum(1 for d in documents.values() if d.status == "error"),
        claims=len(all_claims),
        claims_by_type=dict(sorted(Counter(c.type for c in all_claims).items())),
        findings_by_severity={s: by_sev.get(s, 0) for s in ("error", "warning", "info")},
        seats_accounted=accounted,
        coverage=cov,
    )
    report = Report(version=__version__, findings=findings, summary=summary, rules=[r.info() for r in all_rules()])
    _attach(report, records)
    return report


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen = set()
    out = []
    for f in findings:
        key = (f.rule, f.doc, f.line, f.message)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out
