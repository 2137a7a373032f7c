"""Reading claims JSONL back, with errors that name the file and line.

Nothing in a claims file is trusted: every line must be JSON of bounded nesting (:data:`MAX_DEPTH`) whose
integers fit in 64 bits and whose numbers are finite, and validate as a claim or document record; a span
must have ``start <= end``; counts (``short_by`` ...) are not negative; ids are unique across the files;
with ``root``, a record's ``doc`` must stay inside it. Any failure is a :class:`JsonlError`
``file:line: reason`` (the CLI's exit 2), never a traceback.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .claims import RECORD_ADAPTER

MAX_LINE_CHARS = 4_000_000  # a claims line longer than this is refused before it is read further
MAX_DEPTH = 32  # a record is at most a few levels deep; deeper JSON is refused before it is parsed
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
_MAX_NUMBER_CHARS = 40  # an int64 has at most 20 characters; anything far longer is refused before int()
_NON_NEGATIVE = ("short_by", "seats", "upper", "rank", "chars", "words", "claims")


class JsonlError(Exception):
    pass


def json_depth(line: str) -> int:
    """The deepest nesting of ``[`` / ``{`` in a JSON text (brackets inside strings not counted)."""
    depth = deepest = 0
    in_str = escaped = False
    for ch in line:
        if in_str:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
        elif ch in "]}":
            depth -= 1
    return deepest


def _parse_int(text: str) -> int:
    if len(text) > _MAX_NUMBER_CHARS:
        raise ValueError(f"integer of {len(text)} digits")
    return int(text)


def _parse_float(text: str) -> float:
    v = float(text)
    if not math.isfinite(v):
        raise ValueError(f"number {text[:20]} out of range")
    return v


def _bad_number(data: Any, path: str = "") -> str | None:
    """Where ``data`` has an integer outside int64 or a non-finite number, else None."""
    if isinstance(data, bool):
        return None
    if isinstance(data, int):
        return None if INT_MIN <= data <= INT_MAX else f"{path or '(top)'}: integer out of range"
    if isinstance(data, float):
        return None if math.isfinite(data) else f"{path or '(top)'}: number out of range"
    if isinstance(data, dict):
        for k, v in data.items():
            bad = _bad_number(v, f"{path}.{k}" if path else str(k))
            if bad:
                return bad
    elif isinstance(data, list):
        for i, v in enumerate(data):
            bad = _bad_number(v, f"{path}[{i}]")
            if bad:
                return bad
    return None


def loads_bounded(text: str) -> Any:
    """``json.loads`` for untrusted input: ValueError (with the reason) for too deep nesting, integers
    beyond int64 or with too many digits, and NaN / infinite numbers."""
    if json_depth(text) > MAX_DEPTH:
        raise ValueError(f"nested deeper than {MAX_DEPTH} levels")
    data = json.loads(text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_reject_constant)
    bad = _bad_number(data)
    if bad:
        raise ValueError(bad)
    return data


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _record_problem(rec: Any) -> str | None:
    span = getattr(rec, "span", None)
    if span is not None and span.start > span.end:
        return f"span.start {span.start} is after span.end {span.end}"
    for name in _NON_NEGATIVE:
        v = getattr(rec, name, None)
        if isinstance(v, int) and not isinstance(v, bool) and v < 0:
            return f"{name} is negative ({v})"
    return None


def read_records(files: Iterable[str | Path], root: str | Path | None = None) -> list[Any]:
    """Validate every line of every file as a claim or document record (see the module docstring)."""
    from .reader import inside_root

    records: list[Any] = []
    ids: dict[str, str] = {}
    for f in files:
        path = Path(f)
        try:
            fh = path.open(encoding="utf-8-sig")
        except OSError as err:
            raise JsonlError(f"{path}: cannot read: {err.strerror or err}") from None
        with fh:
            try:
                n = 0
                while True:
                    # a claims line is a few KB (a claim's sentence is at most a piece of text); one without an end
                    # (a damaged file, /dev/zero) is refused at MAX_LINE_CHARS instead of being read into memory
                    line = fh.readline(MAX_LINE_CHARS + 1)
                    if not line:
                        break
                    n += 1
                    if len(line) > MAX_LINE_CHARS:
                        raise JsonlError(f"{path}:{n}: line longer than {MAX_LINE_CHARS:,} characters")
                    if not line.strip():
                        continue
                    try:
                        data = loads_bounded(line)
                    except json.JSONDecodeError as err:
                        raise JsonlError(f"{path}:{n}: not JSON: {err.msg} (column {err.colno})") from None
                    except (ValueError, RecursionError) as err:
                        raise JsonlError(f"{path}:{n}: {err}") from None
                    try:
                        rec = RECORD_ADAPTER.validate_python(data)
                    except ValidationError as err:
                        first = err.errors()[0]
                        loc = ".".join(str(p) for p in first["loc"])
                        raise JsonlError(f"{path}:{n}: not a claimx record: {loc}: {first['msg']}") from None
                    problem = _record_problem(rec)
                    if problem:
                        raise JsonlError(f"{path}:{n}: {problem}")
                    rid = getattr(rec, "id", None)
                    if rid is not None:
                        if rid in ids:
                            raise JsonlError(f"{path}:{n}: duplicate id {rid} (first at {ids[rid]})")
                        ids[rid] = f"{path}:{n}"
                    if root is not None and inside_root(root, rec.doc) is None:
                        raise JsonlError(f"{path}:{n}: doc {rec.doc!r} is outside --root {root}")
                    records.append(rec)
            except UnicodeDecodeError:
                raise JsonlError(f"{path}: not valid UTF-8") from None
    return records
