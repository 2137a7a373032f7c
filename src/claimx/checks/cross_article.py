"""CX010 cross-article-conflict: two articles about one election disagree on a party's exact result.

Linear in the number of articles: every article's result groups go into *election buckets*, then only
the claims inside one bucket are compared, through party clusters computed once per bucket over the
bucket's distinct party names (a handful per election, however many articles cover it).

An article's result group is about the election (chamber, year) when the chamber resolves to the same
key (through the reference data when possible) and the article's election year (the year it names most,
counting twice a year next to "election", "vote" or "polls": see :meth:`ArticleContext.election_years`)
is that year, or it states the same chamber size, and nothing says otherwise (different election years,
different stated sizes). So the UK's 2017 and 2024 general elections are two elections, whatever chamber
and size both name. A conflict is an error only when both articles name the election's year; matched by
chamber and size alone, it is a warning.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..report import Finding
from .context import ArticleContext
from .parties import cluster_parties
from .registry import make_finding


def _buckets(articles: list[ArticleContext]) -> dict[tuple, list[tuple[ArticleContext, str, Any]]]:
    """(body, 'year'|'size', value) -> [(article, party name, its last exact result)]."""
    out: dict[tuple, list[tuple[ArticleContext, str, Any]]] = defaultdict(list)
    for a in articles:
        years = a.election_years()
        for (body, status), g in a.groups.items():
            if status != "result" or body is None:
                continue
            keys = [(body, "year", y) for y in years] + [(body, "size", s) for s in a.stated_sizes(body)]
            for name, entry in g.parties.items():
                if not entry.exact:
                    continue
                for k in keys:
                    out[k].append((a, name, entry.exact[-1]))
    return out


def _compatible(a: ArticleContext, b: ArticleContext, body: str) -> bool:
    """Nothing says the two articles are about different elections: different election years, or
    different stated sizes of the chamber."""
    ya, yb = a.election_years(), b.election_years()
    if ya and yb and not (ya & yb):
        return False
    sa, sb = set(a.stated_sizes(body)), set(b.stated_sizes(body))
    return not (sa and sb and not (sa & sb))


def check_cross_article(articles: list[ArticleContext]) -> list[Finding]:
    out: list[Finding] = []
    done: set[tuple[str, str]] = set()
    order = {a.doc: i for i, a in enumerate(articles)}
    for key, rows in _buckets(articles).items():
        if len({a.doc for a, _, _ in rows}) < 2:
            continue
        clusters = cluster_parties(list(dict.fromkeys(name for _, name, _ in rows)))
        by_party: dict[str, list[tuple[ArticleContext, str, Any]]] = defaultdict(list)
        for row in rows:
            by_party[clusters[row[1]]].append(row)
        for party, prow in by_party.items():
            if len({a.doc for a, _, _ in prow}) < 2:
                continue
            for a, _, c in prow:
                a.mark(c)
            # the first article giving each value stands for it
            first_with: dict[int, tuple[ArticleContext, Any]] = {}
            docs_with: dict[int, set[str]] = defaultdict(set)
            for a, _, c in prow:
                first_with.setdefault(c.seats, (a, c))
                docs_with[c.seats].add(a.doc)
            if len(first_with) < 2:
                continue
            for a, name, here in prow:
                for value, (b, there) in first_with.items():
                    if value == here.seats or b.doc == a.doc or (here.id, there.id) in done:
                        continue
                    if not _compatible(a, b, key[0]):
                        continue
                    done.add((here.id, there.id))
                    more = len(docs_with[value] - {b.doc, a.doc})
                    label = a.body_label(key[0]) or ""
                    # The same election only when both articles name its year; the same chamber and size
                    # alone (one article names no year) may be two elections: a warning, not the article's error.
                    known = bool(a.election_years() & b.election_years())
                    out.append(make_finding(
                        "CX010",
                        f"{party}: {here.seats} seats here ({here.doc}:{here.line}) but {there.seats} in "
                        f"{there.doc}:{there.line}" + (f" (and {more} other article(s))" if more else "")
                        + f", about the same election ({label}, {key[2]}{' seats' if key[1] == 'size' else ''})"
                        + ("" if known else "; not certain: one article names no election year")
                        + f"; here: \"{here.text.strip()}\"; there: \"{there.text.strip()}\"",
                        [here, there], at=here, docs=sorted((a.doc, b.doc), key=order.__getitem__),
                        severity=None if known else "warning",
                    ))
    return out
