"""CX008 change-disagrees: a stated seat change against the party's result and previous count.

"The Greens won 14 seats, up from 10" gives a result (14) and a previous count (10); "gained 6 seats"
gives a change (+6). When one article gives a party all three, exactly, the change must be the difference:
14 - 10 = 4, not 6. Hedged numbers ("about 14", "more than 5") are not compared.
"""

from __future__ import annotations

from typing import Any

from ..report import Finding
from .context import ArticleContext, hedge_kind
from .parties import same_party
from .registry import make_finding


def _exact_of(ctx: ArticleContext, party: str, status: str) -> Any | None:
    for _, entry in ctx.find_party(party, (status,)):
        if entry.exact:
            return entry.exact[-1]
    return None


def _some_chamber_agrees(ctx: ArticleContext, ch: Any) -> bool:
    """An article about two chambers ("dropping six senators and 24 deputies"; "27 senators, down from 33";
    "93 deputies, down from 117") gives a party a result and a previous count in each: a change agrees when the
    exact result and previous count of one chamber give it."""
    results = ctx.find_party(ch.party, ("result",))
    previous = ctx.find_party(ch.party, ("previous",))
    for g, now in results:
        for g2, before in previous:
            if g.body == g2.body and now.exact and before.exact \
                    and any(n.seats - b.seats == ch.delta for n in now.exact for b in before.exact):
                return True
    return False


def check_changes(ctx: ArticleContext) -> list[Finding]:
    out: list[Finding] = []
    for ch in ctx.by_type["seat_change"]:
        if ch.approximate or not ch.party:
            continue
        now = _exact_of(ctx, ch.party, "result")
        before = _exact_of(ctx, ch.party, "previous")
        if now is None or before is None or hedge_kind(now) != "exact" or hedge_kind(before) != "exact":
            continue
        if not (same_party(now.party, before.party)):
            continue
        ctx.mark(ch, now, before)
        if now.seats - before.seats == ch.delta or _some_chamber_agrees(ctx, ch):
            continue
        sign = f"{ch.delta:+d}"
        out.append(make_finding(
            "CX008",
            f"{now.party}: a change of {sign} seats (line {ch.line}) but {now.seats} now and {before.seats} before "
            f"is {now.seats - before.seats:+d}",
            [ch, now, before], at=ch,
        ))
    return out
