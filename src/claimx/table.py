"""The seat table: one row per article, election and party, for data desks (``claimx table``).

claims.jsonl holds every mention: an article may give a party's result three times ("won 150
seats", "its 150 seats", "about 150"), so summing claims double-counts. The table keeps, for each
article, election and party, the article's *final figure* for each status (result, projected,
previous): the one the checks use (:meth:`claimx.checks.context.PartyEntry.chosen`: the last exact
count, else the last hedged one), so a sum over a table column is the "seats accounted" of the report.

Elections within one article are told apart by chamber (``chamber``: the reference legislature's
name when the article's chamber resolves to one, else the chamber as written, else null); the
parties of one article are merged by name (abbreviations, "the Liberals" / "Liberal Party").
Every integer column is an integer or null, never a float; the claim ids let a row be traced back
to claims.jsonl.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

STATUSES: tuple[str, ...] = ("result", "projected", "previous")

# Column name -> type ("str", "int", "bool"), in output order.
COLUMNS: dict[str, str] = {
    "doc": "str",
    "chamber": "str",
    "chamber_size": "int",
    "size_source": "str",
    "threshold": "int",
    "threshold_source": "str",
    "party": "str",
    "alliance": "bool",
    **{
        name: kind
        for status in STATUSES
        for name, kind in (
            (status, "int"),
            (f"{status}_upper", "int"),
            (f"{status}_approximate", "bool"),
            (f"{status}_qualifier", "str"),
            (f"{status}_mentions", "int"),
            (f"{status}_claim", "str"),
        )
    },
    "change": "int",
    "change_claim": "str",
}
# What pandas should read each column as (nullable integers and booleans): `pd.read_csv(f, dtype=PANDAS_DTYPES)`.
PANDAS_DTYPES: dict[str, str] = {k: {"str": "string", "int": "Int64", "bool": "boolean"}[v] for k, v in COLUMNS.items()}


def seat_table(records: Iterable[Any], root: str | Path | None = None) -> list[dict[str, Any]]:
    """Rows (dicts in :data:`COLUMNS` order) from claim records; document records are ignored."""
    from .checks.context import ArticleContext, ReferenceIndex

    by_doc: dict[str, list[Any]] = defaultdict(list)
    for r in records:
        if r.type != "document":
            by_doc[r.doc].append(r)
    ref = ReferenceIndex(None)
    rows: list[dict[str, Any]] = []
    for doc in sorted(by_doc):
        ctx = ArticleContext(doc, by_doc[doc], ref, Path(root) if root is not None else None)
        rows.extend(_article_rows(ctx))
    return rows


def _article_rows(ctx: Any) -> list[dict[str, Any]]:
    from .checks.parties import same_party

    # (chamber key, party representative) -> row
    rows: dict[tuple[Any, str], dict[str, Any]] = {}
    for (body, status), group in ctx.groups.items():
        if status not in STATUSES:
            continue
        for name, entry in group.parties.items():
            row = rows.get((body, name))
            if row is None:
                row = rows[(body, name)] = _empty_row(ctx, body, name, entry.alliance())
            chosen = entry.chosen()
            row[status] = chosen.seats
            row[f"{status}_upper"] = chosen.upper
            row[f"{status}_approximate"] = bool(chosen.approximate)
            row[f"{status}_qualifier"] = chosen.qualifier
            row[f"{status}_mentions"] = len(entry.claims)
            row[f"{status}_claim"] = chosen.id
    # seat changes name no chamber: they go to the party's row of the article's main chamber
    for change in ctx.by_type.get("seat_change", []):
        for (body, name), row in rows.items():
            if body == ctx.primary and (same_party(change.party, name) or ctx.party_rep.get(change.party) == name):
                if row["change"] is None or not change.approximate:
                    row["change"], row["change_claim"] = change.delta, change.id
                break
    return sorted(rows.values(), key=lambda r: (r["chamber"] or "", -(r["result"] or r["projected"] or 0), r["party"]))


def _empty_row(ctx: Any, body: Any, party: str, alliance: bool) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    size, size_source = ctx.size_for(body)
    thresholds, threshold_source, _ = ctx.threshold_candidates(body)
    row.update(
        doc=ctx.doc,
        chamber=ctx.body_label(body),
        chamber_size=size,
        size_source=size_source or None,
        # several different stated thresholds: the largest (the checks accept any; CX004 reports the odd one)
        threshold=max(thresholds) if thresholds else None,
        threshold_source=threshold_source or None,
        party=party,
        alliance=alliance,
    )
    return row


def to_csv(rows: list[dict[str, Any]]) -> str:
    """CSV with a header; null is an empty field, booleans are ``true``/``false``."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("true" if v else "false") if isinstance(v, bool) else ("" if v is None else v) for k, v in row.items()})
    return buf.getvalue()


def to_jsonl(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def claims_pandas_dtypes() -> dict[str, str]:
    """pandas dtypes for the columns of claims.jsonl, from the Pydantic models: ``pd.read_json("claims.jsonl",
    lines=True, dtype=claims_pandas_dtypes())`` keeps CAMEO codes ("051") as strings and seat counts as integers
    (plain ``read_json`` turns "051" into 51.0 and integer columns with gaps into floats). Nested ``span`` stays
    a dict."""
    import types
    import typing

    from . import claims as models

    kinds = {str: "string", int: "Int64", bool: "boolean", float: "Float64"}
    out: dict[str, str] = {}
    for model in (models.SeatCount, models.SeatChange, models.ChamberSize, models.MajorityThreshold,
                  models.MajorityStatus, models.Quote, models.Event, models.DocumentRecord):
        for name, field in model.model_fields.items():
            ann = field.annotation
            args = [a for a in typing.get_args(ann) if a is not type(None)] if isinstance(ann, types.UnionType) or typing.get_origin(ann) is typing.Union else [ann]
            base = args[0] if len(args) == 1 else None
            if typing.get_origin(base) is typing.Literal:
                base = type(typing.get_args(base)[0])
            if base in kinds:
                out.setdefault(name, kinds[base])
    return out
