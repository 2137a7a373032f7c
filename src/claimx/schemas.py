"""JSON Schemas generated from the Pydantic models (the single source of truth)."""

from __future__ import annotations

import json

from .claims import RECORD_ADAPTER
from .facts import FactsFile
from .report import Report


def _dump(schema: dict) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def claim_schema() -> dict:
    schema = RECORD_ADAPTER.json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "claimx record (one JSON line: a claim or a document record)"
    return schema


def report_schema() -> dict:
    schema = Report.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def facts_schema() -> dict:
    schema = FactsFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def schema_files() -> dict[str, str]:
    return {
        "claim.schema.json": _dump(claim_schema()),
        "report.schema.json": _dump(report_schema()),
        "facts.schema.json": _dump(facts_schema()),
    }
