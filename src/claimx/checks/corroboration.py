"""Corroboration: a claim below the top confidence band whose value a second, independent statement confirms.

The calibrated confidence (:mod:`claimx.checks.calibration`) measures how often claims read *the way this
one was read* are right. A claim the article confirms in another way is more certain than that: two
readings that would have to be wrong in the same way at once. An error-level finding may rest on a claim
below the top band when the claim is corroborated (and is still more likely right than wrong:
:data:`FLOOR`). The corroborations, each an agreement between *different* statements:

- ``stated twice``: the same party given the same exact count with the same status in two sentences;
  a chamber size or a majority threshold stated twice;
- ``threshold and size agree``: a stated threshold is floor(size / 2) + 1 of a stated size (each confirms
  the other);
- ``reference size``: a stated chamber size (or threshold) that the built-in legislatures give for a
  country the article names, at the article's time ("the 300-seat parliament" in an article that names
  Greece, whose parliament has 300 seats);
- ``result, previous and change agree``: a party's exact result minus its exact previous count is its
  stated change ("14 seats, up from 10 ... gained four");
- ``N short``: "five seats short of a majority" in one sentence and the party's exact count in another, five
  below the threshold (stated, from the size, or the reference);
- ``the parties add up to the chamber``: three or more parties' exact counts of one election (results,
  previous counts or projections) add up to the chamber's size exactly (the parties alone, or the parties
  and the alliances together: an exact fill says no alliance overlaps a listed party);
- ``a count of the whole chamber``: "National won 61 of 121 seats" where 121 is the chamber's size by the
  reference (or stated again): the reading the confidence model doubts in "N of M" (a count of a part:
  "136 of the 210 constituencies", "14 of the 15 state seats") is excluded; the party must be named in
  the count's own sentence;
- ``a count beside the chamber``: "won 158 seats in the country's 300-seat parliament", the sentence
  giving the whole chamber's size (confirmed as above) and the count: a count of that chamber, not of a
  region or a part (on the dev articles every such count was right; the two wrong counts stated beside a
  size were beside a part's size, "14 of the 15 state seats", which the reference rules out).

Every corroboration but "a size or threshold the reference confirms" and "a count of the whole chamber"
needs the claim to stay more likely right than wrong on its own reading (:data:`FLOOR`); a size or threshold the reference confirms is a fact whatever claimx's reading
(floor 0), and so is the chamber that makes "N of M" a count of the whole chamber (its floor 0 too: the
model's doubt about "N of M" is that M is a part, which the reference rules out).

A corroboration never uses the agreement a finding tests: a contradiction breaks the agreement between the
two numbers it opposes, so the claim that was changed (or misstated) is never corroborated by it; the
*other* claims the finding rests on may be (the chamber size by the reference, a count by its second
mention). A claim that contradicts something is therefore still judged by its own confidence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from .context import ArticleContext, cue_count, hedge_kind

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")

# a corroborated claim must still be more likely right than wrong on its own reading
FLOOR = 0.5
# the sum of the parties' counts confirms them only when it is more than a coincidence of two numbers
MIN_PARTIES_FOR_SUM = 3


def _sentence(c: Any) -> tuple[int, str]:
    return (c.line, c.text)


class Corroboration(str):
    """Why another statement confirms a claim (a string), with the calibrated confidence the claim must still
    have (``floor``)."""

    floor: float = FLOOR

    @classmethod
    def of(cls, why: str, floor: float = FLOOR) -> "Corroboration":
        c = cls(why)
        c.floor = floor
        return c


def holds(claim: Any, value: float, corroborated: dict[str, Any]) -> bool:
    """Whether a claim of calibrated confidence ``value`` below the top band is corroborated enough."""
    why = corroborated.get(claim.id)
    return why is not None and value >= getattr(why, "floor", FLOOR)


def _stated_twice(claims: list[Any], why: str, out: dict[str, str]) -> None:
    """Claims of one value in two or more different sentences confirm each other."""
    by_value: dict[int, list[Any]] = defaultdict(list)
    for c in claims:
        if hedge_kind(c) == "exact":
            by_value[c.seats].append(c)
    for same in by_value.values():
        sentences = {_sentence(c) for c in same}
        if len(sentences) < 2:
            continue
        lines = sorted({c.line for c in same})
        for c in same:
            out.setdefault(c.id, f"{why} (lines {', '.join(map(str, lines))})")


def _cued_reference_sizes(ctx: ArticleContext, body: str | None) -> set[int]:
    """The reference sizes of the chamber ``body`` resolves to; else of every legislature whose country the
    article names (the body may be written generically: "the 300-seat parliament")."""
    resolved = ctx.reference_sizes(body)
    if resolved:
        return resolved
    out: set[int] = set()
    named = ctx.__dict__.get("_named_legislatures")
    if named is None:  # once per article
        named = ctx.__dict__["_named_legislatures"] = ctx.ref.named_in(ctx.text)
    for leg in named:
        for period in leg.sizes_for(ctx.period_years):
            out |= period.accepted()
    return out


def corroborations(ctx: ArticleContext) -> dict[str, str]:
    """claim id -> why another statement confirms it, for one article's claims."""
    out: dict[str, str] = {}
    # 1. the same figure stated twice
    for g in ctx.groups.values():
        for entry in g.parties.values():
            _stated_twice(entry.claims, f"{entry.name} {g.status} stated twice", out)
    for body, sizes in ctx.sizes.items():
        _stated_twice(sizes, "chamber size stated twice", out)
    for body, ths in ctx.thresholds.items():
        _stated_twice(ths, "majority threshold stated twice", out)
    # 2. threshold and size agree; 3. the reference size
    for body in set(ctx.sizes) | set(ctx.thresholds):
        sizes = [c for c in ctx.sizes.get(body, []) if hedge_kind(c) == "exact"]
        ths = [c for c in ctx.thresholds.get(body, []) if hedge_kind(c) == "exact"]
        for t in ths:
            for s in sizes:
                if t.seats == s.seats // 2 + 1 and _sentence(t) != _sentence(s):
                    out.setdefault(t.id, f"threshold {t.seats} agrees with the size {s.seats} (line {s.line})")
                    out.setdefault(s.id, f"size {s.seats} agrees with the threshold {t.seats} (line {t.line})")
        if not sizes and not ths:
            continue
        ref = _cued_reference_sizes(ctx, body)
        for s in sizes:
            if s.seats in ref:
                out[s.id] = Corroboration.of(f"the reference size of the chamber is {s.seats}", 0.0)
        for t in ths:
            if t.seats in {r // 2 + 1 for r in ref}:
                out[t.id] = Corroboration.of(f"the reference chamber's majority is {t.seats}", 0.0)
        # 6. "N of M" where M is the chamber
        chamber = {s.seats for s in sizes if s.id in out} | ref
        for s in sizes:
            if "of-total" not in s.rule and "fraction" not in s.rule or s.seats not in chamber:
                continue
            for c in _counts_in(ctx, s):
                if "previous-sentence" in c.rule or c.status not in ("result", "projected"):
                    continue
                out.setdefault(c.id, Corroboration.of(f"{c.seats} of the chamber's {s.seats} seats", 0.0))
        # 7. "won 158 seats in the country's 300-seat parliament": a count stated in the sentence that gives the
        # whole chamber's size (confirmed as in 6) is a count of that chamber, not of a region or a part
        for s in sizes:
            if s.seats not in chamber:
                continue
            for c in _counts_beside(ctx, s):
                out.setdefault(c.id, f"{c.seats} seats stated beside the chamber's {s.seats} (line {s.line})")
    # 4. result - previous = change
    from .changes import change_basis

    for ch in ctx.by_type["seat_change"]:
        basis = change_basis(ctx, ch)
        if basis is None:
            continue
        now, before, _ = basis
        if now.seats - before.seats != ch.delta:
            continue
        why = f"result {now.seats} (line {now.line}) - previous {before.seats} (line {before.line}) = change {ch.delta:+d} (line {ch.line})"
        if len({_sentence(now), _sentence(before), _sentence(ch)}) < 2:
            continue
        for c in (now, before, ch):
            out.setdefault(c.id, why)
    # 4b. "five seats short of a majority" with a count that is exactly that far below the threshold
    from .majority import LOSING, stated_count_and_thresholds

    for ms in ctx.by_type["majority_status"]:
        if ms.short_by is None or ms.status not in LOSING:
            continue
        got = stated_count_and_thresholds(ctx, ms)
        if got is None:
            continue
        count, _, ts = got
        if count.seats + ms.short_by in ts and _sentence(count) != _sentence(ms):
            why = f"{count.seats} (line {count.line}) + {ms.short_by} short (line {ms.line}) = the threshold {count.seats + ms.short_by}"
            out.setdefault(count.id, why)
            out.setdefault(ms.id, why)
    # 5. the parties add up to the chamber exactly
    for (body, status), g in ctx.groups.items():
        # an exit poll's or a count's projection adds up to the chamber as a final result does
        if status not in ("result", "previous", "projected"):
            continue
        size, _ = ctx.size_for(body)
        if size is None:
            continue
        # the parties alone (an alliance may hold some of them), else parties and alliances together: an exact
        # fill of the chamber with the alliances counted says that none of them overlaps a listed party
        parties = [e.chosen() for e in g.parties.values() if not e.alliance()]
        everyone = [e.chosen() for e in g.parties.values()]
        chosen = next((cs for cs in (parties, everyone) if len(cs) >= MIN_PARTIES_FOR_SUM
                       and all(hedge_kind(c) == "exact" for c in cs) and sum(c.seats for c in cs) == size), None)
        if chosen is None:
            continue
        why = f"the {len(chosen)} parties' {status} counts add up to the chamber's {size} seats"
        for c in chosen:
            out.setdefault(c.id, why)
        for s in ctx.sizes.get(body, []):
            if s.seats == size:
                out.setdefault(s.id, why)
    return out


def _counts_in(ctx: ArticleContext, size: Any) -> list[Any]:
    """The seat counts read from the same "N of M" / "N/M" as chamber size claim ``size`` (its span holds theirs)."""
    return [c for c in ctx.by_type["seat_count"]
            if c.line == size.line and c.text == size.text and hedge_kind(c) == "exact"
            and size.span.start <= c.span.start < size.span.end]


def _counts_beside(ctx: ArticleContext, size: Any) -> list[Any]:
    """The exact result (or projected) counts the sentence of chamber size claim ``size`` states itself (a party
    found in an earlier sentence does not count: the sentence no longer ties the two). None when the sentence
    names a year other than the article's election ("won 158 seats in the 300-seat parliament in 2019"): the
    count is then of the chamber, but perhaps not of this election."""
    years = {int(y) for y in _YEAR.findall(size.text or "")}
    if years - ctx.election_years():
        return []
    return [c for c in ctx.by_type["seat_count"]
            if c.line == size.line and c.text == size.text and hedge_kind(c) == "exact"
            and c.status in ("result", "projected") and "previous-sentence" not in c.rule]
