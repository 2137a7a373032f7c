"""schemas/ is generated from the Pydantic models and must be current."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimx.cli import app
from claimx.schemas import schema_files

ROOT = Path(__file__).resolve().parent.parent


def test_schemas_folder_is_current():
    for name, content in schema_files().items():
        path = ROOT / "schemas" / name
        assert path.is_file(), f"schemas/{name} missing: run `claimx schema`"
        assert path.read_text(encoding="utf-8") == content, f"schemas/{name} is stale: run `claimx schema`"


def test_schema_check_command_detects_staleness(tmp_path):
    runner = CliRunner()
    assert runner.invoke(app, ["schema", "--out", str(tmp_path), "--check"]).exit_code == 1
    assert runner.invoke(app, ["schema", "--out", str(tmp_path)]).exit_code == 0
    assert runner.invoke(app, ["schema", "--out", str(tmp_path), "--check"]).exit_code == 0
    (tmp_path / "claim.schema.json").write_text("{}")
    assert runner.invoke(app, ["schema", "--out", str(tmp_path), "--check"]).exit_code == 1


def test_claim_schema_is_a_discriminated_union():
    schema = json.loads(schema_files()["claim.schema.json"])
    assert schema["discriminator"]["propertyName"] == "type"
    mapping = schema["discriminator"]["mapping"]
    for t in ("seat_count", "seat_change", "chamber_size", "majority_threshold", "majority_status", "quote", "event", "document"):
        assert t in mapping
