"""Every report format on a synthetic report: SARIF validates, JUnit parses, GitHub commands escape, Markdown."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from _claimx_builders import commons_article, document  # noqa: E402

from claimx.checks import run_checks  # noqa: E402
from claimx.formats import FORMATS, render  # noqa: E402
from claimx.formats.github import escape_data, escape_property  # noqa: E402

# The rules' logic on invented claims and articles: every claim trusted (CLAIMX_CALIBRATION=trust), so that a
# contradiction is an error whatever confidence the shipped model gives the invented wording.
pytestmark = pytest.mark.usefixtures("trusted_rules")

ROOT = Path(__file__).resolve().parent.parent
SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
VENDORED = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def report():
    recs = commons_article("ca.txt", liberal=268) + commons_article("ok.txt") + [
        document("broken.txt", status_="error", reason="not valid UTF-8"),
    ]
    with pytest.MonkeyPatch.context() as mp:  # (module scope: the trusted_rules fixture is per test)
        mp.setenv("CLAIMX_CALIBRATION", "trust")
        return run_checks(recs)


def _sarif_schema():
    for p in (SARIF_SCHEMA, VENDORED):
        if p.is_file():
            return json.loads(p.read_text(encoding="utf-8"))
    pytest.fail("SARIF 2.1.0 schema not found in ../shared/schemas or tests/data")


def test_sarif_validates_and_points_at_lines(report):
    jsonschema = pytest.importorskip("jsonschema")
    sarif = json.loads(render(report, "sarif", root=Path("articles")))
    errors = list(jsonschema.Draft4Validator(_sarif_schema()).iter_errors(sarif))
    assert errors == [], [e.message for e in errors[:3]]
    run = sarif["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert {"CX001", "CX003", "CX091"} <= set(rule_ids)
    results = [r for r in run["results"] if r["level"] == "error"]
    assert sorted(r["ruleId"] for r in results) == ["CX001", "CX003", "CX091"]
    cx001 = next(r for r in results if r["ruleId"] == "CX001")
    loc = cx001["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "articles/ca.txt"
    assert loc["region"]["startLine"] == 4 and loc["region"]["charLength"] > 0
    assert "charOffset" in loc["region"]
    assert run["tool"]["driver"]["rules"][cx001["ruleIndex"]]["id"] == "CX001"


def test_junit_parses_and_lists_failures(report):
    xml = render(report, "junit")
    tree = ET.fromstring(xml)
    cases = tree.findall(".//testcase")
    failed = [(c.get("classname"), c.get("name")) for c in cases if c.find("failure") is not None]
    assert sorted(failed) == [
        ("claimx.CX001.seats-exceed-chamber", "ca.txt"),
        ("claimx.CX003.majority-contradicts-seats", "ca.txt"),
        ("claimx.CX091.input-error", "broken.txt"),
    ]
    assert tree.get("failures") == "3"
    # one testcase per rule and article
    assert len(cases) == len(report.rules) * 3


def test_github_commands(report):
    out = render(report, "github", root=Path("news"))
    lines = out.splitlines()
    errs = [ln for ln in lines if ln.startswith("::error ")]
    assert len(errs) == 3
    cx001 = next(ln for ln in errs if "title=CX001" in ln)
    assert cx001.startswith("::error file=news/ca.txt,line=4,title=CX001 seats-exceed-chamber::")
    assert "441" in cx001
    assert escape_data("50% done\nnext") == "50%25 done%0Anext"
    assert escape_property("a:b,c") == "a%3Ab%2Cc"


def test_markdown_summary(report):
    md = render(report, "markdown")
    assert md.startswith("## claimx report")
    assert "| ❌ error | `ca.txt:4` | CX001 seats-exceed-chamber |" in md
    assert "| `ok.txt` | House of Commons | result | 341 | 343 |" in md
    assert "not valid UTF-8" in md


def test_text_and_json(report, tmp_path):
    text = render(report, "text")
    assert "seats accounted: 341 of 343 (House of Commons) in ok.txt" in text
    assert "ca.txt:4: error CX001" in text
    rich = render(report, "text", color=True)
    import re

    plain_rich = re.sub(r"\x1b\[[0-9;]*m", "", rich)
    # each table once: the seats accounted are a table row, not also repeated as lines under it
    assert plain_rich.count("Seats accounted") == 1 and "seats accounted:" not in plain_rich
    assert re.search(r"ok\.txt\s*│\s*House of Commons\s*│\s*result\s*│\s*341\s*│\s*343", plain_rich)
    data = json.loads(render(report, "json"))
    schema_path = ROOT / "schemas" / "report.schema.json"
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert data["summary"]["findings_by_severity"]["error"] == 3


def test_all_formats_render_and_unknown_rejected(report):
    for fmt in FORMATS:
        assert render(report, fmt).strip()
    with pytest.raises(ValueError):
        render(report, "yaml")


def test_ci_recipe_is_the_workflow():
    wf = (ROOT / ".github" / "workflows" / "claimx.yml").read_text(encoding="utf-8")
    doc = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    assert wf in doc
    assert wf in (ROOT / "README.md").read_text(encoding="utf-8")
    for needle in ("upload-sarif", "GITHUB_STEP_SUMMARY", "--format sarif", "--format markdown",
                   "--fail-on error", "security-events: write"):
        assert needle in wf


def test_cli_check_formats_and_exit_codes(tmp_path):
    from typer.testing import CliRunner

    from claimx.cli import app

    jsonl = tmp_path / "claims.jsonl"
    jsonl.write_text("".join(r.model_dump_json() + "\n" for r in commons_article("ca.txt", liberal=268)))
    clean = tmp_path / "clean.jsonl"
    clean.write_text("".join(r.model_dump_json() + "\n" for r in commons_article("ca.txt")))
    runner = CliRunner()
    res = runner.invoke(app, ["check", str(jsonl), "--format", "github"])
    assert res.exit_code == 1 and "title=CX001" in res.output
    res = runner.invoke(app, ["check", str(clean)])
    assert res.exit_code == 0 and "seats accounted: 341 of 343 (House of Commons) in ca.txt" in res.output
    out = tmp_path / "r.sarif"
    res = runner.invoke(app, ["check", str(jsonl), "--format", "sarif", "-o", str(out), "--fail-on", "never"])
    assert res.exit_code == 0 and json.loads(out.read_text())["version"] == "2.1.0"
    facts = tmp_path / "facts.yaml"
    facts.write_text("results:\n  - {body: House of Commons, party: Liberal Party, seats: lots}\n")
    res = runner.invoke(app, ["check", str(clean), "--facts", str(facts)])
    assert res.exit_code == 2


def test_sarif_help_uri_points_at_the_rules_own_heading(report):
    import re as _re

    from claimx.formats.sarif import RULES_DOC

    sarif = json.loads(render(report, "sarif"))
    headings = {
        _re.sub(r"[^a-z0-9 -]", "", h.strip("# \n").lower()).replace(" ", "-")
        for h in RULES_DOC.read_text(encoding="utf-8").splitlines() if h.startswith("### ")
    }
    for rule in sarif["runs"][0]["tool"]["driver"]["rules"]:
        uri = rule["helpUri"]
        assert "claimx/claimx" not in uri and uri.split("#")[0].endswith("rules.md")
        assert uri.split("#")[1] in headings, uri
