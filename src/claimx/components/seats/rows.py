"""Stage 2c, results rows: the lines of a results list or table ("VVD 33 (41)", "ANO 78 Up 31", "Move Forward:
151 seats (113 constituency, 38 party-list)").

A row is a line of its own that opens with a party's name (or a number and a name: "156 Liberals"), holds a number
and is short. The rows of a list are read together: seat talk carries through the whole list (``kinds.seat_talk``),
a bracketed figure after a row's count is the previous count (``kinds.previous_in_row``), an "Up N" / "Down N"
column after it is the change (``row_change_after``).
"""

from __future__ import annotations

import re

from .context import _Ctx, _table

# a results row is short: a name, a figure or two, a bracket ("Green Front 12 (9)", "Move Forward: 151 seats
# (113 constituency, 38 party-list)")
_ROW_MAX_TOKENS = 16


def list_row(ctx: _Ctx, k: int) -> bool:
    """Sentence ``k`` is a row of a results list: a line of its own, opening with a party's name (or a number
    and a name: "156 Liberals"), holding a number, short (decided once per sentence)."""
    rows = ctx.__dict__.setdefault("_rows", {})
    if k not in rows:
        rows[k] = _list_row(ctx, k)
    return rows[k]


def _list_row(ctx: _Ctx, k: int) -> bool:
    sent = ctx.sents[k]
    if len(sent) > _ROW_MAX_TOKENS or ctx.line_start(sent.start, sent) != sent.start:
        return False
    tb = _table(ctx.doc)
    last = sent.end - 1
    while last > sent.start and tb.text[last].isspace():
        last -= 1
    if ctx.line_end(last, sent) < last + 1 or not any(t.like_num for t in sent):
        return False
    if any(w in ("%", "percent", "per", "votes") or "." in w and w[0].isdigit() for w in tb.lower[sent.start : sent.end]):
        return False  # "Green Front 12.4%", "Civic Union 30,112 votes": a row of a vote table
    first = sent.start + 1 if tb.lower[sent.start] == "the" else sent.start
    if ctx.doc[first].like_num:
        first += 1
    return first in ctx.party_at


def row_change_after(ctx: _Ctx, end: int) -> tuple[int, int] | None:
    """ "ANO 78 Up 31", "KSCM 15 Down 18", "Labour 20 +3": the change column right after a row's count ending at token
    ``end``: (delta, index of the change's number), else None."""
    tb = _table(ctx.doc)
    doc = ctx.doc
    if end + 1 >= len(doc) or ctx.sent_of[end] is None or not list_row(ctx, ctx.sent_of[end]):
        return None
    # "Unity Front | 88 | +12", "Labour 20 +3": a signed figure in the next column (past a bar or a comma)
    k = end
    while k < len(doc) - 1 and tb.text[k] in ("|", ",", ";") and ctx.sent_of[k] == ctx.sent_of[end]:
        k += 1
    signed = re.fullmatch(r"([+\-\u2212\u2013])(\d{1,3})", tb.text[k])
    if signed and ctx.sent_of[k] == ctx.sent_of[end]:
        return (int(signed.group(2)) * (1 if signed.group(1) == "+" else -1)), k
    if tb.text[k] in ("+", "-", "\u2212", "\u2013") and k + 1 < len(doc) and tb.text[k + 1].isdigit() and len(tb.text[k + 1]) <= 3 \
            and tb.starts[k + 1] == tb.ends[k] and ctx.sent_of[k + 1] == ctx.sent_of[end] and (k > end or tb.text[k] == "+"):
        return (int(tb.text[k + 1]) * (1 if tb.text[k] == "+" else -1)), k + 1
    word = tb.lower[end]
    if word in ("up", "down") and doc[end + 1].like_num:
        from ...numbers import parse_number

        v = parse_number(doc[end + 1].text)
        if v is None:
            return None
        return (int(v) if word == "up" else -int(v)), end + 1
    return None
