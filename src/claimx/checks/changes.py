"""CX008 change-disagrees: a stated seat change against the party's result and previous count.

"The Greens won 14 seats, up from 10" gives a result (14) and a previous count (10); "gained 6 seats"
gives a change (+6). When one article gives a party all three, exactly, the change must be the difference:
14 - 10 = 4, not 6. Hedged numbers ("about 14", "more than 5") are not compared.

An article may give a party the counts of *several* earlier elections ("dropping from 62 to 51 ... the
last time no party had a majority, in 2004, it won 89"): all are read as ``previous``, and nothing says
which one the change is measured from. A previous count in the change's own sentence ("a net loss of 11
seats, dropping from 62 to 51") is the one it is measured from; else the change contradicts the article
only when it agrees with none of them, and since it may be measured from an election whose count the
article does not give, that finding is an extraction doubt (a warning), not the article's error.
"""

from __future__ import annotations

from typing import Any

from ..report import Finding
from .context import ArticleContext, hedge_kind
from .parties import same_party
from .registry import make_finding


def _same_chamber_pair(ctx: ArticleContext, ch: Any) -> tuple[Any, list[Any]] | None:
    """The party's last exact result and its exact previous counts, both of ONE chamber: an article about two
    chambers ("32 senators from December" ... "118 deputies before, 104 now") gives each its own result and
    previous count, and a senator count minus a deputy count is no change. The change's own chamber when it
    names one, else the first chamber holding both."""
    previous = {g.body: entry for g, entry in ctx.find_party(ch.party, ("previous",)) if entry.exact}
    wanted = getattr(ch, "body", None)
    for g, entry in ctx.find_party(ch.party, ("result",)):
        if not entry.exact or g.body not in previous or (wanted and g.body and g.body != wanted):
            continue
        return entry.exact[-1], previous[g.body].exact
    return None


def change_basis(ctx: ArticleContext, ch: Any) -> tuple[Any, Any, list[Any]] | None:
    """(result, previous, the previous counts it could be measured from) of the change ``ch``: the party's exact
    result, and its exact previous count of the same chamber in the change's own sentence; else, among all its
    exact previous counts of that chamber, the one that agrees with the change, else the last stated. None when
    the article does not give both for one chamber. Shared by the check, the corroboration and the mutation
    harness."""
    if ch.approximate or not ch.party:
        return None
    pair = _same_chamber_pair(ctx, ch)
    if pair is None:
        return None
    now, befores = pair
    befores = [b for b in befores if hedge_kind(b) == "exact"]
    if not befores or hedge_kind(now) != "exact":
        return None
    own = [b for b in befores if b.line == ch.line and b.text == ch.text]
    if own:
        befores = own
    agreeing = [b for b in befores if now.seats - b.seats == ch.delta]
    return now, (agreeing or befores)[-1], befores


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
        basis = change_basis(ctx, ch)
        if basis is None:
            continue
        now, before, befores = basis
        if not (same_party(now.party, before.party)):
            continue
        ctx.mark(ch, now, before)
        if now.seats - before.seats == ch.delta or _some_chamber_agrees(ctx, ch):
            continue
        sign = f"{ch.delta:+d}"
        several = sorted({b.seats for b in befores})
        chambers = {g.body for g, entry in ctx.find_party(ch.party, ("result",)) if entry.exact}
        doubt = ""
        if len(several) > 1:
            doubt = (f" [extraction doubt: {len(several)} previous counts ("
                     + ", ".join(f"{b.seats} (line {b.line})" for b in befores)
                     + "), of different elections; the change may be measured from another]")
        elif not getattr(ch, "body", None) and len(chambers) > 1:
            # "gaining one more" in an article giving the party counts in two chambers: which chamber's
            # figures the change is about is the extraction's guess, not the article's statement
            doubt = f" [extraction doubt: the party has results in {len(chambers)} chambers and the change names none]"
        out.append(make_finding(
            "CX008",
            f"{now.party}: a change of {sign} seats (line {ch.line}) but {now.seats} now and {before.seats} before "
            f"is {now.seats - before.seats:+d}{doubt}",
            [ch, now, before], at=ch, severity="warning" if doubt else None,
        ))
    return out
