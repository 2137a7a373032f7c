"""The consistency report: findings of the checks plus a summary.

``schemas/report.schema.json`` is generated from :class:`Report`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


class Finding(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rule: str = Field(description="Stable rule id, e.g. CX001.")
    name: str = Field(description="Short kebab-case rule name, e.g. seats-exceed-chamber.")
    severity: Severity
    doc: str | None = Field(None, description="Article the finding is about (relative path).")
    line: int | None = Field(None, ge=1)
    start: int | None = Field(None, ge=0, description="Character offset of the evidence in the article.")
    end: int | None = Field(None, ge=0)
    message: str
    claims: list[str] = Field(default_factory=list, description="Ids of the claims involved.")
    docs: list[str] = Field(default_factory=list, description="All articles involved (cross-article rules).")


class SeatsAccounted(BaseModel):
    model_config = ConfigDict(extra="forbid")

    doc: str
    body: str | None
    status: str = "result"
    accounted: int
    size: int | None
    parties: dict[str, int] = Field(default_factory=dict)


class DocCoverage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    doc: str
    status: Literal["ok", "error"] = "ok"
    reason: str | None = None
    claims: int = 0
    seat_claims: int = 0
    checked: int = Field(0, description="Seat claims that took part in at least one check.")


class Summary(BaseModel):
    model_config = ConfigDict(extra="forbid")

    documents: int = 0
    documents_with_errors: int = 0
    claims: int = 0
    claims_by_type: dict[str, int] = Field(default_factory=dict)
    findings_by_severity: dict[str, int] = Field(default_factory=dict)
    seats_accounted: list[SeatsAccounted] = Field(default_factory=list)
    coverage: list[DocCoverage] = Field(default_factory=list)


class RuleInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    name: str
    severity: Severity
    description: str


class Report(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tool: str = "claimx"
    version: str
    findings: list[Finding] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)
    rules: list[RuleInfo] = Field(default_factory=list, description="The rules that ran.")

    def worst(self) -> str | None:
        if not self.findings:
            return None
        return max(self.findings, key=lambda f: SEVERITY_RANK[f.severity]).severity

    def fails(self, fail_on: str) -> bool:
        """True when a finding is at or above ``fail_on`` (error | warning | never)."""
        if fail_on == "never":
            return False
        threshold = SEVERITY_RANK[fail_on]
        return any(SEVERITY_RANK[f.severity] >= threshold for f in self.findings)
