"""CX010 cross-article-conflict: two articles about one election disagree on a party's exact result.

Two articles' result groups are about the same election when they name the same chamber (resolved
through the reference data when possible) and
- both state the same chamber size, or
- both mention a common election year,
and nothing says otherwise (different stated sizes, disjoint years, or different reference countries).
"""

from __future__ import annotations

from itertools import combinations

from ..report import Finding
from .context import ArticleContext, Group
from .parties import same_party
from .registry import make_finding


def _same_election(a: ArticleContext, ga: Group, b: ArticleContext, gb: Group) -> bool:
    if ga.body is None or gb.body is None or ga.body != gb.body:
        return False
    sa, sb = set(a.stated_sizes(ga.body)), set(b.stated_sizes(gb.body))
    if sa and sb and not (sa & sb):
        return False
    if a.years and b.years and not (a.years & b.years):
        return False
    same_size = bool(sa and sb and (sa & sb))
    same_year = bool(a.years and b.years and (a.years & b.years))
    return same_size or same_year


def check_cross_article(articles: list[ArticleContext]) -> list[Finding]:
    out: list[Finding] = []
    for a, b in combinations(articles, 2):
        for (ka, sta), ga in a.groups.items():
            if sta != "result":
                continue
            for (kb, stb), gb in b.groups.items():
                if stb != "result" or not _same_election(a, ga, b, gb):
                    continue
                for na, ea in ga.parties.items():
                    if not ea.exact:
                        continue
                    ca = ea.exact[-1]
                    for nb, eb in gb.parties.items():
                        if not eb.exact or not (same_party(na, nb) or same_party(ca.party, eb.exact[-1].party)):
                            continue
                        cb = eb.exact[-1]
                        a.mark(ca)
                        b.mark(cb)
                        if ca.seats == cb.seats:
                            continue
                        label = a.body_label(ga.body) or ""
                        docs = [a.doc, b.doc]
                        for here, there in ((ca, cb), (cb, ca)):
                            out.append(make_finding(
                                "CX010",
                                f"{na}: {here.seats} seats here ({here.doc}:{here.line}) but {there.seats} in "
                                f"{there.doc}:{there.line}, about the same election ({label})",
                                [here, there], at=here, docs=docs,
                            ))
    return out
