"""Reading claims JSONL back, with errors that name the file and line."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .claims import RECORD_ADAPTER


class JsonlError(Exception):
    pass


def read_records(files: Iterable[str | Path]) -> list[Any]:
    """Validate every line of every file as a claim or document record."""
    records: list[Any] = []
    for f in files:
        path = Path(f)
        try:
            fh = path.open(encoding="utf-8")
        except OSError as err:
            raise JsonlError(f"{path}: cannot read: {err.strerror or err}") from None
        with fh:
            try:
                for n, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        data = json.loads(line)
                    except json.JSONDecodeError as err:
                        raise JsonlError(f"{path}:{n}: not JSON: {err.msg} (column {err.colno})") from None
                    try:
                        records.append(RECORD_ADAPTER.validate_python(data))
                    except ValidationError as err:
                        first = err.errors()[0]
                        loc = ".".join(str(p) for p in first["loc"])
                        raise JsonlError(f"{path}:{n}: not a claimx record: {loc}: {first['msg']}") from None
            except UnicodeDecodeError:
                raise JsonlError(f"{path}: not valid UTF-8") from None
    return records
