"""CX020 contradicts-reference: chamber sizes vs the built-in legislatures; results vs the facts file."""

from __future__ import annotations

import re

from ..facts import FactsFile, KnownResult
from ..report import Finding
from .context import ArticleContext, body_norm, fold, hedge_kind
from .parties import same_party
from .registry import make_finding

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")


def check_reference(ctx: ArticleContext, facts: FactsFile | None) -> list[Finding]:
    out: list[Finding] = []
    # 1. stated chamber size vs the reference legislature at that time
    for body, sizes in ctx.sizes.items():
        leg = ctx.legislature(body)
        if leg is None:
            continue  # the article does not make the chamber/country clear
        periods = leg.sizes_for(ctx.period_years)
        accepted: set[int] = set()
        for p in periods:
            accepted |= p.accepted()
        for c in sizes:
            ctx.mark(c)
            if c.seats in accepted:
                continue
            # "in 2004, when the legislature had 225 seats": a size stated in a sentence that names its own year(s)
            # is the size of that time; when no reference period covers it, the reference cannot contradict it
            own_years = {int(y) for y in _YEAR.findall(c.text or "")}
            own = [p for p in leg.sizes if any(p.covers(y) for y in own_years)]
            if own_years and not own:
                out.append(make_finding(
                    "CX020",
                    f"chamber size {c.seats} differs from the reference ({leg.country} {leg.chamber}: "
                    f"{' or '.join(map(str, sorted(accepted)))} seats) [extraction doubt: its sentence speaks of "
                    f"{min(own_years)}, a time the reference does not cover]",
                    [c], at=c, severity="warning",
                ))
                continue
            if own_years and any(c.seats in p.accepted() for p in own):
                continue
            filled = _parties_fill(ctx, body, c.seats)
            if filled:
                # "securing 89 seats in the 175 seat Folketing" with the 8 parties' counts adding up to 175: the article
                # is consistent with itself, so its size is another count of the chamber (the seats of one part, the
                # seats contested, an earlier size), not a contradiction the article makes
                out.append(make_finding(
                    "CX020",
                    f"chamber size {c.seats} differs from the reference ({leg.country} {leg.chamber}: "
                    f"{' or '.join(map(str, sorted(accepted)))} seats), but {filled}: the article counts another "
                    f"whole (a part of the chamber, the seats contested)",
                    [c], at=c, severity="warning",
                ))
                continue
            when = f" since {min(ctx.years)}" if ctx.years else ""
            out.append(make_finding(
                "CX020",
                f"chamber size {c.seats} contradicts the reference: {leg.country} {leg.chamber} has "
                f"{' or '.join(map(str, sorted(accepted)))} seats{when}",
                [c], at=c,
            ))
    # 2. seat results vs the user's known results
    if facts and facts.results:
        out.extend(_known_results(ctx, facts.results))
    return out


def _parties_fill(ctx: ArticleContext, body: str | None, seats: int) -> str | None:
    """Why the article's own exact counts of one election (three parties or more) add up to ``seats``, or None."""
    from .corroboration import MIN_PARTIES_FOR_SUM

    for status in ("result", "projected", "previous"):
        g = ctx.groups.get((body, status))
        if g is None:
            continue
        # (the parties alone, else with the alliances, as corroboration's "the parties add up to the chamber")
        for parties in ([e.chosen() for e in g.parties.values() if not e.alliance()], [e.chosen() for e in g.parties.values()]):
            if len(parties) >= MIN_PARTIES_FOR_SUM and all(hedge_kind(c) == "exact" for c in parties) \
                    and sum(c.seats for c in parties) == seats:
                return f"the article's {len(parties)} parties' {status} counts add up to its {seats}"
    return None


def _body_matches(ctx: ArticleContext, body_key: str | None, row: KnownResult) -> bool:
    if body_key is None:
        return False
    leg = ctx.legislature(body_key)
    if leg is not None:
        row_leg = ctx.ref.resolve(row.body, " ".join(filter(None, [row.country, row.country])))
        if row_leg is not None:
            return row_leg.key() == leg.key()
        names = {body_norm(leg.chamber), *(body_norm(a) for a in leg.aliases)}
        if body_norm(row.body) not in names:
            return False
        return row.country is None or fold(row.country) == fold(leg.country)
    return body_norm(row.body) == body_key


def _known_results(ctx: ArticleContext, rows: list[KnownResult]) -> list[Finding]:
    out: list[Finding] = []
    for (body, status), g in ctx.groups.items():
        if status not in ("result", "projected"):
            continue
        rows_here = [r for r in rows if r.status == status and _body_matches(ctx, body, r)]
        if not rows_here:
            continue
        years = {r.election_year() for r in rows_here}
        if ctx.years:
            rows_here = [r for r in rows_here if r.election_year() is None or r.election_year() in ctx.years]
        elif len(years) > 1:
            continue  # several known elections for this chamber and no year in the article: ambiguous
        for name, entry in g.parties.items():
            if not entry.exact:
                continue
            c = entry.exact[-1]
            for r in rows_here:
                if not same_party(r.party, name) and not same_party(r.party, c.party):
                    continue
                ctx.mark(c)
                if r.seats != c.seats:
                    when = f" {r.election_year()}" if r.election_year() else ""
                    src = f" ({r.source})" if r.source else ""
                    out.append(make_finding(
                        "CX020",
                        f"{name} {status} {c.seats} contradicts the facts file: {r.party} won {r.seats} seats"
                        f" ({r.body}{when}){src}",
                        [c], at=c,
                    ))
    return out
