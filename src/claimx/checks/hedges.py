"""CX006 hedged-disagrees and CX007 rank-disagrees (ranks read by :mod:`claimx.checks.ranks`)."""

from __future__ import annotations

from ..report import Finding
from .context import ArticleContext, bounds, describe, hedge_kind, sum_value, tolerance
from .ranks import stated_rank
from .registry import make_finding

_ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}


def check_hedges(ctx: ArticleContext) -> list[Finding]:
    out: list[Finding] = []
    for (body, status), g in ctx.groups.items():
        if status in ("needed", "other"):
            continue
        for name, entry in g.parties.items():
            exact = entry.exact
            if not exact or not entry.approx:
                continue
            e = exact[-1]
            for a in entry.approx:
                lo, hi = bounds(a)
                ctx.mark(a, e)
                if lo <= e.seats <= hi:
                    continue
                kind = hedge_kind(a)
                why = {
                    "around": f"more than {tolerance(a.seats)} seats (max(3, 5%)) away",
                    "lower": "it is not above that bound",
                    "upper": "it is not below that bound",
                    "near": "'nearly' means a little below",
                    "range": "it is outside the range",
                }[kind]
                out.append(make_finding(
                    "CX006",
                    f"{name}: hedged '{describe(a)}' (line {a.line}) disagrees with the exact {e.seats} "
                    f"(line {e.line}): {why}",
                    [a, e], at=a,
                ))
    out.extend(_ranks(ctx))
    return out


def _ranks(ctx: ArticleContext) -> list[Finding]:
    out = []
    for (body, status), g in ctx.groups.items():
        if status not in ("result", "projected"):
            continue
        for name, entry in g.parties.items():
            ranked = [(c, r) for c in entry.claims if (r := stated_rank(c))]
            if not ranked:
                continue
            mine = entry.chosen()
            m_lo, m_hi = bounds(mine)
            alliance = entry.alliance()
            for rc, rank in ranked:
                above = []
                for other, oe in g.parties.items():
                    if other == name or oe.alliance() != alliance:
                        continue
                    oc = oe.chosen()
                    if sum_value(oc) is None:
                        continue
                    o_lo, _ = bounds(oc)
                    if o_lo > m_hi:  # certainly more seats
                        above.append(oc)
                ctx.mark(rc)
                if len(above) >= rank:
                    place = _ORDINAL.get(rank, f"#{rank}")
                    out.append(make_finding(
                        "CX007",
                        f"{name} is said to be {place} with {describe(mine)} seats, but {len(above)} "
                        f"part{'y has' if len(above) == 1 else 'ies have'} more: "
                        + ", ".join(f"{c.party} {describe(c)}" for c in above),
                        [rc, *above], at=rc,
                    ))
    return out
