"""CX001 seats-exceed-chamber, CX002 conflicting-results, CX090 seats-accounted."""

from __future__ import annotations

from typing import Any

from ..report import Finding, SeatsAccounted
from .calibration import TOP_BAND, calibrated
from .context import ArticleContext, Group, describe, sum_value
from .doubts import claim_doubt
from .registry import make_finding

import re

SUMMED_STATUSES = ("result", "projected", "previous")
_YEARS = re.compile(r"\b(?:19|20)\d\d\b")
ACCOUNTED_STATUSES = ("result", "projected")


def _status_label(status: str) -> str:
    return {"result": "seat results", "projected": "projected seats", "previous": "previous seats"}.get(status, status)


def group_total(g: Group, doubtful: Any = None) -> tuple[int, int, int, list[tuple[str, Any]]]:
    """(total, parties-only, alliances-only, [(party, chosen claim)]) with one value per party. ``doubtful``
    (claim -> bool): a party's chosen count that carries an evidence doubt (:mod:`.doubts`: "among the 60
    senators ... X won 33" grouped with the lower chamber) gives way to its last exact count that carries none."""
    chosen = []
    total = parties_only = alliances_only = 0
    for name, entry in g.parties.items():
        c = entry.chosen()
        if doubtful is not None and doubtful(c):
            c = next((x for x in reversed(entry.exact) if not doubtful(x)), c)
        v = sum_value(c)
        if v is None:
            continue
        chosen.append((name, c))
        total += v
        if entry.alliance():
            alliances_only += v
        else:
            parties_only += v
    return total, parties_only, alliances_only, chosen


def _culprit(chosen: list[tuple[str, Any]], total: int, size: int) -> Any:
    """The count most likely to be wrong: the largest whose removal brings the total within the size."""
    fits = [c for _, c in chosen if total - c.seats <= size]
    pool = fits or [c for _, c in chosen]
    return max(pool, key=lambda c: c.seats)


def _rests_on(picked: list[tuple[str, Any]], culprit: Any, size: int,
              corroborated: dict[str, str], label: str | None = None, ctx: Any = None) -> tuple[list[Any], int | None]:
    """The counts a 'more than the chamber' finding needs: when the counts in the top confidence band (or
    corroborated, :mod:`.corroboration`) and free of an evidence doubt (:func:`.doubts.claim_doubt`: a group
    such as "others", another chamber, another time) add up past the chamber on their own, those alone (the
    others can only add seats); else all of them. Returns (claims, the trusted total when it suffices)."""
    from .corroboration import holds

    everyone = [culprit, *(c for _, c in picked if c is not culprit)]
    trusted = [c for c in everyone if (calibrated(c) >= TOP_BAND or holds(c, calibrated(c), corroborated))
               and claim_doubt(c, label, summed=True, ctx=ctx) is None]
    total = sum(sum_value(c) or 0 for c in trusted)
    if len(trusted) < len(everyone) and total > size:
        return trusted, total
    return everyone, None


def check_seats(ctx: ArticleContext, accounted: list[SeatsAccounted]) -> list[Finding]:
    out: list[Finding] = []
    for (body, status), g in sorted(ctx.groups.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])):
        label = ctx.body_label(body)
        where = f" ({label})" if label else ""
        # CX002: two different exact results for one party
        if status == "result":
            for name, entry in g.parties.items():
                values = sorted({c.seats for c in entry.exact})
                if len(values) > 1:
                    first = entry.exact[0]
                    other = next(c for c in entry.exact if c.seats != first.seats)
                    ctx.mark(*entry.exact)
                    # Two different results for one party in one sentence ("13 seats, up from 7") are far more
                    # often a count and a previous count misread than an article contradicting itself.
                    one_sentence = first.text == other.text and first.line == other.line
                    # An article that contradicts itself gives a party two results (the headline's and the
                    # body's); three or more different "results" ("the final two seats", "38 seats", "37 TDs
                    # elected") are parts, earlier counts or other tallies misread as the party's result.
                    many = len(values) > 2
                    doubt = (" [extraction doubt: both in one sentence]" if one_sentence else
                             f" [extraction doubt: {len(values)} different results for one party]" if many else "")
                    out.append(make_finding(
                        "CX002",
                        f"{name} is given different exact results{where}: "
                        + ", ".join(f"{c.seats} (line {c.line})" for c in entry.exact) + doubt,
                        entry.exact, at=other, severity="warning" if doubt else None,
                    ))
        if status not in SUMMED_STATUSES:
            continue
        total, p_only, a_only, chosen = group_total(
            g, lambda c, label=label: claim_doubt(c, label, summed=True, ctx=ctx) is not None)
        if not chosen:
            continue
        size, source = ctx.size_for(body)
        has_alliance = any(g.parties[n].alliance() for n, _ in chosen)
        has_party = any(not g.parties[n].alliance() for n, _ in chosen)
        mixed = has_alliance and has_party
        breakdown = ", ".join(f"{n} {describe(c)}" for n, c in chosen)
        if size is not None:
            ctx.mark(*(c for _, c in chosen))
            src = "" if source == "stated" else " (reference size)"
            # previous counts of different elections ("In 1987, Congress won 87 seats", "In the 2017 polls, ... 15") are
            # no one chamber's make-up: their sum is an extraction doubt, not the article's contradiction
            eras = {y for _, c in chosen for y in _YEARS.findall(c.text or "")} if status == "previous" else set()
            if total > size and (not mixed or p_only > size or a_only > size):
                if mixed:
                    over, which = (p_only, "parties") if p_only > size else (a_only, "alliances")
                    picked = [(n, c) for n, c in chosen if g.parties[n].alliance() == (which == "alliances")]
                else:
                    over, picked = total, chosen
                culprit = _culprit(picked, over, size)
                parts = " + ".join(str(c.seats) for _, c in picked)
                # One party alone with more seats than the "chamber": the size (a sub-chamber, a committee
                # "of 11") or the count was misread far more often than an article says so: an extraction doubt.
                alone = culprit.seats > size
                counts, trusted_total = _rests_on(picked, culprit, size, ctx.corroborated, label, ctx)
                out.append(make_finding(
                    "CX001",
                    f"{_status_label(status)} add up to {over} ({parts}), more than the {size} seats"
                    f" of the chamber{where}{src}: {', '.join(f'{n} {describe(c)}' for n, c in picked)}"
                    + (f" (the counts in the top confidence band alone add up to {trusted_total})"
                       if trusted_total is not None else "")
                    + (f" [extraction doubt: a 'chamber' of {size} is smaller than one party's {culprit.seats}]"
                       if alone else "")
                    + (f" [extraction doubt: previous counts of {len(eras)} different years]" if len(eras) > 1 else ""),
                    [*counts, *ctx.size_evidence(body, size)],
                    at=culprit, severity="warning" if alone or len(eras) > 1 else None,
                ))
        if status in ACCOUNTED_STATUSES:
            shown = total
            if mixed and size is not None and total > size:
                shown = max(p_only, a_only)
            anchor = g.claims()[0]
            accounted.append(SeatsAccounted(
                doc=ctx.doc, body=label, status=status, accounted=shown, size=size,
                parties={n: c.seats for n, c in chosen},
            ))
            of = f" of {size}" if size is not None else " (chamber size unknown)"
            st = "" if status == "result" else f" [{status}]"
            out.append(make_finding(
                "CX090",
                f"seats accounted: {shown}{of}{where}{st}: {breakdown}",
                [anchor, *(c for _, c in chosen if c is not anchor)], at=anchor,
            ))
    return out
