"""SARIF 2.1.0 (for GitHub code scanning and other SARIF viewers).

Each finding is a result with ``ruleId``, ``level``, ``message`` and a physical location: the article
(``artifactLocation.uri``, relative to ``%SRCROOT%``, the working directory) and a region with ``startLine``
and the evidence's ``charOffset``/``charLength``. Cross-article findings list the other article as a related
location. Info findings are ``note``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..report import Report
from .common import artifact_path

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
RULES_DOC = Path(__file__).resolve().parents[3] / "docs" / "rules.md"


def _docs_base() -> str | None:
    """Where docs/rules.md is: the package's 'Documentation' project URL when one is declared (pyproject's
    [project.urls]), else the project checkout's own docs/rules.md as a file URI; None when neither exists."""
    try:
        from importlib.metadata import metadata

        for entry in metadata("claimx").get_all("Project-URL") or []:
            label, _, url = entry.partition(",")
            if label.strip().lower() == "documentation" and url.strip():
                return url.strip().rstrip("/") + "/rules.md"
    except Exception:  # not installed as a distribution
        pass
    return RULES_DOC.as_uri() if RULES_DOC.is_file() else None


def rule_anchor(rule_id: str, name: str, severity: str) -> str:
    """The anchor of the rule's heading in docs/rules.md ('### CX001 seats-exceed-chamber (error)')."""
    heading = f"{rule_id} {name} ({severity})".lower()
    return re.sub(r"[^a-z0-9 -]", "", heading).replace(" ", "-")


def _pascal(name: str) -> str:
    return "".join(w.capitalize() for w in name.split("-"))


def render(report: Report, *, color: bool = False, root: Path | None = None) -> str:
    rules = []
    index = {}
    docs = _docs_base()
    for i, r in enumerate(report.rules):
        index[r.id] = i
        rules.append({
            "id": r.id,
            "name": _pascal(r.name),
            "shortDescription": {"text": r.name},
            "fullDescription": {"text": r.description},
            "defaultConfiguration": {"level": _LEVEL[r.severity]},
            **({"helpUri": f"{docs}#{rule_anchor(r.id, r.name, r.severity)}"} if docs else {}),
            "help": {"text": r.description},
            "properties": {"tags": ["claimx", r.severity]},
        })
    results = []
    for f in report.findings:
        res: dict = {
            "ruleId": f.rule,
            "level": _LEVEL[f.severity],
            "message": {"text": f.message},
        }
        if f.rule in index:
            res["ruleIndex"] = index[f.rule]
        path = artifact_path(f.doc, root)
        if path:
            loc: dict = {"physicalLocation": {"artifactLocation": {"uri": path, "uriBaseId": "%SRCROOT%"}}}
            region: dict = {}
            if f.line:
                region["startLine"] = f.line
            if f.start is not None and f.end is not None and f.end >= f.start:
                region["charOffset"] = f.start
                region["charLength"] = f.end - f.start
            if region:
                loc["physicalLocation"]["region"] = region
            res["locations"] = [loc]
            related = [d for d in f.docs if d != f.doc]
            if related:
                res["relatedLocations"] = [
                    {"id": i, "physicalLocation": {"artifactLocation": {"uri": artifact_path(d, root), "uriBaseId": "%SRCROOT%"}},
                     "message": {"text": "the other article"}}
                    for i, d in enumerate(related)
                ]
        if f.claims:
            res["properties"] = {"claims": f.claims}
            res["partialFingerprints"] = {"claimx/v1": f"{f.rule}:{f.doc}:{':'.join(sorted(f.claims))}"}
        results.append(res)
    base = Path.cwd().resolve().as_uri() + "/"
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "claimx",
                "version": report.version,
                "semanticVersion": report.version,
                **({"informationUri": docs} if docs else {}),
                "rules": rules,
            }},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": base}},
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"
