"""CX003 majority-contradicts-seats, CX004 threshold-disagrees-with-size, CX005 short-by-disagrees."""

from __future__ import annotations

import math
import re
from typing import Any

from ..report import Finding
from .context import ArticleContext, PartyEntry, bounds, describe, hedge_kind
from .parties import same_party
from .registry import make_finding

WINNING = ("majority", "supermajority")
LOSING = ("short_of_majority", "minority")

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
# "the May election", "the previous vote", "in the 2019 election", "at the last polls": the sentence speaks of
# another election than the one whose count it is tested against
_OTHER_ELECTION = re.compile(
    rf"\b(?:(?:{_MONTHS})|previous|last|earlier|prior|first|past|(?:19|20)\d\d)\s+(?:general\s+)?"
    r"(?:election|elections|vote|ballot|polls?)\b")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _other_election(ctx: ArticleContext, ms: Any, count: Any) -> bool:
    """The status's sentence (not the count's) names another election: "while the May election handed a victory
    to X, the party fell short of a majority" says nothing of X's count in the election the article reports."""
    if count.text == ms.text:
        return False
    m = _OTHER_ELECTION.search(ms.text or "")
    if m is None:
        return False
    year = _YEAR.search(m.group(0))
    return year is None or int(year.group(1)) not in ctx.election_years()


def _party_count(ctx: ArticleContext, party: str, ms: Any) -> tuple[Any, PartyEntry, str | None] | None:
    """The party's count to test a majority claim against. A count stated in the same sentence as the
    claim comes first (the status speaks of that number: "projected at 220 to 230, short of a
    majority"); else the exact result, else an approximate result, else projected (exact, then
    approximate). Returns (claim, entry, body)."""
    found = ctx.find_party(party, ("result", "projected"))
    # (a projected count beside a status stated as a result is another tally: "TMC scores majority, still leading
    # in 63 seats" speaks of the seats won, and of 63 more it leads in; when the party has a result elsewhere, that
    # is the count the status is about)
    projected_status = "/projected" in (ms.rule or "")
    has_result = any(g.status == "result" for g, _ in found)
    same_sentence = [
        (abs(c.span.start - ms.span.start), c, entry, g.body)
        for g, entry in found
        for c in entry.claims
        if c.doc == ms.doc and c.text == ms.text
        and not (c.status == "projected" and not projected_status and has_result)
    ]
    if same_sentence:
        _, c, entry, body = min(same_sentence, key=lambda t: t[0])
        return c, entry, body
    # "None of the coalitions commands an absolute majority of 180 members": a threshold stated in the status's
    # sentence names the chamber the status speaks of; the party's count in that chamber comes first
    bodies = [b for b, ths in ctx.thresholds.items() if any(t.text == ms.text and t.line == ms.line for t in ths)]
    for status in ("result", "projected"):
        for g, entry in ctx.find_party(party, (status,)):
            if g.body in bodies and entry.exact:
                return entry.exact[-1], entry, g.body
    for status in ("result", "projected"):
        found = ctx.find_party(party, (status,))
        for g, entry in found:
            if entry.exact:
                return entry.exact[-1], entry, g.body
        for g, entry in found:
            return entry.chosen(), entry, g.body
    return None


def stated_count_and_thresholds(ctx: ArticleContext, ms: Any) -> tuple[Any, str | None, set[int]] | None:
    """The exact count a majority status speaks of (:func:`_party_count`) with its chamber and that chamber's
    threshold candidates: what the corroboration and the mutation harness test "N short" and "a majority"
    against. None when the status names no party or the count it speaks of is hedged ("about 160")."""
    if not ms.party:
        return None
    got = _party_count(ctx, ms.party, ms)
    if got is None or hedge_kind(got[0]) != "exact":
        return None
    count, _, body = got
    ts, _, _ = ctx.threshold_candidates(body)
    return count, body, ts



# the words of a status foreseen rather than reported ("is projected to pass the threshold", "looks set to win")
_FORESEEN = re.compile(r"\b(?:projected|projection|projections|expected|set to|on course|on track|poised|forecast|likely|tipped|"
                       r"exit polls?|would|could|might)\b", re.IGNORECASE)


def _threshold_text(ts: set[int], source: str) -> str:
    t = sorted(ts)
    val = str(t[0]) if len(t) == 1 else " or ".join(map(str, t))
    return {
        "stated": f"the stated threshold of {val}",
        "size": f"the threshold of {val} (from the stated chamber size)",
        "reference": f"the threshold of {val} (from the reference chamber size)",
    }.get(source, val)


def check_majority(ctx: ArticleContext) -> list[Finding]:
    out: list[Finding] = []
    for ms in ctx.by_type["majority_status"]:
        if ms.party is None:
            out.extend(_no_party(ctx, ms))
            continue
        got = _party_count(ctx, ms.party, ms)
        if got is None:
            continue
        count, entry, body = got
        ts, source, t_claims = ctx.threshold_candidates(body)
        if not ts:
            continue
        lo, hi = bounds(count)
        ctx.mark(ms, count, *t_claims)
        t_claims = ctx.threshold_evidence(body, ts, t_claims)
        what = f"{entry.name} with {describe(count)} seats"
        # Don't cry wolf: when the claim's own sentence gives no count, a contradiction needs every
        # count the party is given (in that group) to contradict the status.
        same_sentence = count.text == ms.text
        others = [] if same_sentence else [c for c in entry.claims if c is not count and c.status == count.status]
        if any(_agrees(ms.status, c, ts) for c in others):
            continue
        # "Before the vote the URP held 33 of the 65 seats, the narrowest possible majority": the status's own
        # sentence gives the party a count of another time (a previous count) that agrees with it; the status
        # speaks of that count, not of the result it would be tested against
        if not same_sentence and any(
            c.line == ms.line and c.text == ms.text and c.status != count.status and same_party(c.party, ms.party)
            and _agrees(ms.status, c, ts) for c in ctx.by_type["seat_count"]
        ):
            continue
        other = _other_election(ctx, ms, count)
        doubt = " [extraction doubt: the status's sentence speaks of another election]" if other else ""
        # "X has won 20 seats in early tallies ... X is projected to pass the 31-seat threshold": a majority foreseen
        # is no contradiction of a count so far reported in another sentence
        # (only against a count so far, "with 60% counted", "early tallies": a final count of another sentence
        # does contradict a projected majority it cannot reach)
        so_far = "partial-count" in (count.rule or "") or "early-count" in (count.rule or "")
        foreseen = not same_sentence and so_far and _FORESEEN.search(ms.text or "") is not None
        if foreseen and not other:
            doubt = " [extraction doubt: the status is a projection, the count is from another sentence]"
        severity = "warning" if other or foreseen else None
        if ms.status in WINNING and hi < min(ts):
            out.append(make_finding(
                "CX003",
                f"'{ms.status}' claimed for {what}, below {_threshold_text(ts, source)}{doubt}",
                [ms, count, *t_claims], at=ms, severity=severity,
            ))
        elif ms.status in LOSING and lo >= max(ts):
            verb = "short of a majority" if ms.status == "short_of_majority" else "a minority"
            out.append(make_finding(
                "CX003",
                f"{verb} claimed for {what}, but {count.seats} >= {_threshold_text(ts, source)}{doubt}",
                [ms, count, *t_claims], at=ms, severity=severity,
            ))
        # CX005: N short of T
        if ms.short_by is not None and ms.status in LOSING:
            exact = count.approximate is False and count.upper is None
            slack = 0 if (exact and source == "stated") else 1
            if not exact:
                slack += math.ceil(max(hi - count.seats, count.seats - lo)) if hi != math.inf else 0
            implied = count.seats + ms.short_by
            if hi == math.inf:
                continue
            if all(abs(implied - t) > slack for t in ts):
                out.append(make_finding(
                    "CX005",
                    f"{entry.name}: {describe(count)} seats + {ms.short_by} short = {implied}, "
                    f"but {_threshold_text(ts, source)}",
                    [ms, count, *t_claims], at=ms,
                ))
    out.extend(_threshold_vs_size(ctx))
    return out


def _agrees(status: str, count: Any, ts: set[int]) -> bool:
    """Whether ``count`` is compatible with the majority ``status`` under some threshold in ``ts``."""
    lo, hi = bounds(count)
    if status in WINNING:
        return hi >= min(ts)
    return lo < max(ts)


def _no_party(ctx: ArticleContext, ms: Any) -> list[Finding]:
    """'No party won a majority': no single (non-alliance) party's exact result may reach the threshold."""
    if ms.status not in LOSING:
        return []
    out = []
    for (body, status), g in ctx.groups.items():
        if status != "result":
            continue
        ts, source, t_claims = ctx.threshold_candidates(body)
        if not ts:
            continue
        for name, entry in g.parties.items():
            if entry.alliance() or not entry.exact:
                continue
            c = entry.exact[-1]
            ctx.mark(ms, c)
            if c.seats >= max(ts):
                out.append(make_finding(
                    "CX003",
                    f"no party is said to have a majority, but {name} has {c.seats} >= {_threshold_text(ts, source)}",
                    [ms, c, *ctx.threshold_evidence(body, ts, t_claims)], at=ms,
                ))
    return out


def _threshold_vs_size(ctx: ArticleContext) -> list[Finding]:
    """CX004: a stated threshold against floor(size/2)+1 (stated size, else reference); off-by-one tolerated."""
    out = []
    for body, ths in ctx.thresholds.items():
        sizes = ctx.sizes.get(body, [])
        size_vals = {c.seats for c in sizes} or ctx.reference_sizes(body)
        if not size_vals:
            continue
        src = "stated" if sizes else "reference"
        for t in ths:
            ctx.mark(t, *sizes)
            ok = False
            for s in size_vals:
                expected = s // 2 + 1
                if abs(t.seats - expected) <= 1 or t.seats == math.ceil(2 * s / 3) or t.seats == s:
                    ok = True
            if not ok:
                s = max(size_vals)
                out.append(make_finding(
                    "CX004",
                    f"stated majority threshold {t.seats} disagrees with the {src} chamber size "
                    f"{' or '.join(map(str, sorted(size_vals)))} (a majority is {s // 2 + 1} of {s})",
                    [t, *sizes], at=t,
                ))
    return out
