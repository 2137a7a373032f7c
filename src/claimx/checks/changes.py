"""CX008 change-disagrees: a stated seat change against the party's result and previous count.

"The Greens won 14 seats, up from 10" gives a result (14) and a previous count (10); "gained 6 seats"
gives a change (+6). When one article gives a party all three, exactly, the change must be the difference:
14 - 10 = 4, not 6. Hedged numbers ("about 14", "more than 5") are not compared.

An article may give a party the counts of *several* earlier elections ("dropping from 62 to 51 ... the
last time no party had a majority, in 2004, it won 89"): all are read as ``previous``, and nothing says
which one the change is measured from. A previous count in the change's own sentence ("a net loss of 11
seats, dropping from 62 to 51") is the one it is measured from; else the change contradicts the article
only when it agrees with none of them, and since it may be measured from an election whose count the
article does not give, that finding is an extraction doubt (a warning), not the article's error. So is a
change whose sentence names the year it is measured from ("on their 2016 result") against a previous count whose
sentence names other years ("in 1999, when they won 17 seats").

A stated change is the party's NET change only when nothing says it is a part of it. Two constructions of
news reporting say so, and a disagreement is then an extraction doubt (a warning), never the article's error:

- *a flow between parties*: "won 15 seats from the Coalition", "lost five seats to Labour", "took two seats
  off the Greens", "one more seat at the expense of the Valley List", "lost 16 seats: 15 to Labour and one to
  the Greens". It counts the seats that passed between two named parties; the party may have gained or lost
  others elsewhere (and the reading may have given the change to the counterparty: "15 to Labour"). The name
  after from / to / off / at the expense of must be a party (the lexicon's, or one the article gives seats),
  so "gained 12 seats to 88" or "in the election to the House of Commons" are no flows;
- *gains and losses stated apart*: "won 15 seats from the Coalition and lost one" gives +15 and -1; together
  they are the net +14. When some of a party's stated changes add up to its result minus its previous count,
  they agree (no finding); when the party is given both a gain and a loss that do not, each is a part.
"""

from __future__ import annotations

import re
from itertools import combinations
from typing import Any

from ..report import Finding
from .context import ArticleContext, hedge_kind
from .parties import same_party
from .registry import make_finding

# "from the Coalition", "to Labour", "off the Greens", "at the expense of the Valley List", "at Labour's expense":
# the words after the change (same clause, a few words on) that name the counterparty of a flow of seats
_FLOW = re.compile(
    r"^[^.;!?]{0,48}?\b(?P<how>from|to|off|at the expense of)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|and|for))*)"
    r"|^[^.;!?]{0,48}?\bat\s+(?:the\s+)?(?P<poss>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)[’']s?\s+expense")
# "at the expense of X", "off X", "at X's expense" name the other side of a flow whatever X is; "from" and "to"
# also start dates, places and chambers ("from 2019", "to the House of Commons"): X must then be a party
_ONLY_FLOWS = ("off", "at the expense of")
# the most stated changes of one party searched for a combination that adds up (a handful in any article)
_MAX_PARTS = 6


def _number_span(ch: Any) -> tuple[int, int] | None:
    """Offsets of the change's number in its sentence (in its evidence first): "dropping six senators and 24
    deputies" gives two changes in one coordinated evidence, each with its own number."""
    from .claim_features import _locate_number

    got = _locate_number(ch.text or "", ch.evidence or "", abs(ch.delta)) if ch.delta is not None else None
    return (got[0], got[1]) if got else None


def change_chamber(ctx: ArticleContext, ch: Any) -> str | None:
    """The chamber (group key) a change names without a chamber of its own, when its party has results in several
    chambers ("32 senators ... 104 deputies"):

    - a previous count of the party in the change's own sentence names it ("losing six of the 33 seats it held":
      the change is measured from that 33, and 33 is a count of one chamber);
    - else a member noun or chamber name nearest the change's number ("dropping six senators and 24 deputies":
      'senators' is the upper chamber's, 'deputies' the lower one's; chamber terms: data/checks/doubts.json),
      when exactly one of the party's chambers is of that kind.

    None when neither says (or the party has results in one chamber only)."""
    from .doubts import is_upper_label, nearest_chamber_term

    if not ch.party or getattr(ch, "body", None):
        return None
    chambers = {g.body for g, entry in ctx.find_party(ch.party, ("result",)) if entry.exact}
    if len(chambers) < 2:
        return None
    for g, entry in ctx.find_party(ch.party, ("previous",)):
        if g.body in chambers and any(b.line == ch.line and b.text == ch.text for b in entry.exact):
            return g.body
    at = _number_span(ch)
    nearest = nearest_chamber_term(ch, at) if at else None
    if nearest is None or nearest[0] not in ("upper", "lower"):
        return None
    fits = [b for b in chambers if is_upper_label(ctx.body_label(b)) == (nearest[0] == "upper")]
    return fits[0] if len(fits) == 1 else None


def _same_chamber_pair(ctx: ArticleContext, ch: Any) -> tuple[Any, list[Any]] | None:
    """The party's last exact result and its exact previous counts, both of ONE chamber: an article about two
    chambers ("32 senators from December" ... "118 deputies before, 104 now") gives each its own result and
    previous count, and a senator count minus a deputy count is no change. The change's own chamber when it
    names one (:func:`change_chamber`), else the first chamber holding both."""
    previous = {g.body: entry for g, entry in ctx.find_party(ch.party, ("previous",)) if entry.exact}
    wanted = getattr(ch, "body", None)
    key = change_chamber(ctx, ch)
    for g, entry in ctx.find_party(ch.party, ("result",)):
        if not entry.exact or g.body not in previous or (wanted and g.body and g.body != wanted):
            continue
        if key is not None and g.body != key:
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
    key = change_chamber(ctx, ch)
    if key is not None:  # the change names its chamber: another chamber's figures say nothing about it
        results = [(g, e) for g, e in results if g.body == key]
    for g, now in results:
        for g2, before in previous:
            if g.body == g2.body and now.exact and before.exact \
                    and any(n.seats - b.seats == ch.delta for n in now.exact for b in before.exact):
                return True
    return False


def _is_party(ctx: ArticleContext, name: str) -> bool:
    """Whether ``name`` is a party: the lexicon's, or one the article gives seats or a change."""
    from ..parties import lookup_party

    if lookup_party(name) is not None:
        return True
    return any(c.party and same_party(name, c.party)
               for t in ("seat_count", "seat_change") for c in ctx.by_type[t])


def flow_counterparty(ctx: ArticleContext, ch: Any) -> str | None:
    """The party named as the other side of a flow of seats right after the change ("won 15 seats from the
    Coalition" -> 'Coalition'), else None."""
    text = ch.text or ""
    at = text.find(ch.evidence) if ch.evidence else -1
    after = text[at + len(ch.evidence):] if at >= 0 else ""
    if "won-from" in (ch.rule or ""):
        return "the party it won them from"
    m = _FLOW.match(after)
    if not m:
        return None
    name = re.sub(r"(?:\s+(?:of|and|for))+$", "", (m.group("name") or m.group("poss")).rstrip(".’'"))
    if m.group("poss") or m.group("how") in _ONLY_FLOWS:
        return name
    return name if _is_party(ctx, name) else None


def _parts_add_up(ctx: ArticleContext, ch: Any, difference: int) -> bool:
    """Some of the party's stated exact changes, ``ch`` among them, add up to ``difference`` (gains and losses
    stated apart: "won 15 seats from the Coalition and lost one": +15 - 1 = +14)."""
    others = [c for c in ctx.by_type["seat_change"] if c is not ch and not c.approximate and c.party
              and same_party(c.party, ch.party) and getattr(c, "body", None) == getattr(ch, "body", None)]
    others = list({(c.line, c.delta, c.span.start): c for c in others}.values())[:_MAX_PARTS]
    return any(ch.delta + sum(c.delta for c in combo) == difference
               for k in range(1, len(others) + 1) for combo in combinations(others, k))


def _signs(ctx: ArticleContext, ch: Any) -> set[int]:
    return {(c.delta > 0) - (c.delta < 0) for c in ctx.by_type["seat_change"]
            if c.party and not c.approximate and same_party(c.party, ch.party) and c.delta}


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _years(text: str | None) -> set[str]:
    return set(_YEAR.findall(text or ""))


def _other_years(ch: Any, before: Any) -> bool:
    """The change's sentence and the previous count's sentence each name years, and not the same ones."""
    a, b = _years(ch.text), _years(before.text)
    return bool(a) and bool(b) and a.isdisjoint(b)


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
        if _parts_add_up(ctx, ch, now.seats - before.seats):
            continue  # a gain and a loss stated apart, together the net change
        sign = f"{ch.delta:+d}"
        several = sorted({b.seats for b in befores})
        chambers = {g.body for g, entry in ctx.find_party(ch.party, ("result",)) if entry.exact}
        doubt = ""
        flow = flow_counterparty(ctx, ch)
        if flow:
            doubt = (f" [extraction doubt: the change is a flow of seats between parties (with {flow}), a part of "
                     "the net change at most]")
        elif {1, -1} <= _signs(ctx, ch):
            doubt = " [extraction doubt: the party is given both a gain and a loss, each a part of the net change]"
        elif len(several) > 1:
            doubt = (f" [extraction doubt: {len(several)} previous counts ("
                     + ", ".join(f"{b.seats} (line {b.line})" for b in befores)
                     + "), of different elections; the change may be measured from another]")
        elif _other_years(ch, before):
            # "gained one seat on their 2016 result" against "in 1999, when they won 17 seats": the previous count
            # of an election other than the one the change is measured from
            doubt = (f" [extraction doubt: the change is measured from {'/'.join(sorted(_years(ch.text)))}, the previous "
                     f"count is of {'/'.join(sorted(_years(before.text)))}]")
        elif not getattr(ch, "body", None) and len(chambers) > 1 and change_chamber(ctx, ch) is None:
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
