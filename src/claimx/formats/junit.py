"""JUnit XML: one testcase per rule and article; error findings are failures, warnings are reported as output."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from ..report import Report
from .common import artifact_path


def render(report: Report, *, color: bool = False, root: Path | None = None) -> str:
    docs = [c.doc for c in report.summary.coverage]
    for f in report.findings:
        if f.doc and f.doc not in docs:
            docs.append(f.doc)
    by = defaultdict(list)
    for f in report.findings:
        by[(f.rule, f.doc)].append(f)
    suites = ET.Element("testsuites", name="claimx")
    total = failures = 0
    for rule in report.rules:
        suite = ET.SubElement(suites, "testsuite", name=f"{rule.id} {rule.name}")
        n = nf = 0
        for doc in docs or [None]:
            found = by.get((rule.id, doc), [])
            case = ET.SubElement(
                suite, "testcase", classname=f"claimx.{rule.id}.{rule.name}", name=doc or "(all articles)",
            )
            path = artifact_path(doc, root)
            if path:
                case.set("file", path)
            errs = [f for f in found if f.severity == "error"]
            if errs:
                if errs[0].line:
                    case.set("line", str(errs[0].line))
                fail = ET.SubElement(case, "failure", message=errs[0].message, type=rule.id)
                fail.text = "\n".join(f"{path or doc}{':' + str(f.line) if f.line else ''}: {f.message}" for f in errs)
                nf += 1
            others = [f for f in found if f.severity != "error"]
            if others:
                out = ET.SubElement(case, "system-out")
                out.text = "\n".join(f"{f.severity}: {f.doc}:{f.line or ''}: {f.message}" for f in others)
            n += 1
        suite.set("tests", str(n))
        suite.set("failures", str(nf))
        suite.set("errors", "0")
        total += n
        failures += nf
    suites.set("tests", str(total))
    suites.set("failures", str(failures))
    suites.set("errors", "0")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
