"""Severity from evidence: an error is only an error when the evidence holds.

After the rules have run, every error-level finding is settled here:

1. *extraction doubt*: when a claim it rests on names as a "party" something that reads as a date, a
   person, an institution, a chamber or a place (word lists: data/checks/not_party_words.json, and the
   lexicon's places and nationalities), the finding says so and becomes a warning: it reveals a doubt
   about what claimx read, not a contradiction in the article;
1b. *a speaker's words*: when a claim it rests on is read from inside a direct quotation ("“We have secured a
   majority,” the leader said"), the article reports what someone said, not a figure it states itself; the
   quoted "we" is the speaker's party or coalition, which the reading can only guess. The finding says so and
   becomes a warning (a contradiction between a politician's claim and the count is news, not an error of
   the article);
2. *calibrated confidence*: every claim it rests on must be in the top band (calibrated confidence
   >= 0.9, :mod:`claimx.checks.calibration`) or be corroborated by another statement of the article or the
   built-in legislatures (:mod:`claimx.checks.corroboration`, and still >= its floor); otherwise it is a
   warning naming the weak rule(s);
3. an error that stands quotes both sides: the sentences of the claims it rests on are added to the
   message (once each).

Rules mark their own extraction doubts too (a "chamber" smaller than one party's count: CX001).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..report import Finding
from .calibration import TOP_BAND, calibrated

DATA = Path(__file__).resolve().parent.parent / "data" / "checks" / "not_party_words.json"
DOUBT_TAG = "extraction doubt"
# rules whose findings are not about claims' values (input errors, info)
_NOT_SETTLED = {"CX091"}
_QUOTE_MAX = 220


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    out = {}
    for kind in ("date", "person", "institution", "chamber"):
        words = sorted(data[kind], key=len, reverse=True)
        flags = "(?<![\\w'])(?:" + "|".join(re.escape(w) for w in words) + ")(?![\\w'])"
        # a person's title leads the name; the other words may stand anywhere in it
        out[kind] = re.compile(("^" if kind == "person" else "") + flags)
    return out


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    from ..lexicon import load_lexicon

    lex = load_lexicon()
    names: set[str] = set()
    for entry in (*lex.places, *lex.nationalities):
        for n in (entry.name, *entry.aliases):
            names.add(n.lower())
    return frozenset(names)


_WHAT = {"date": "a date", "person": "a person", "institution": "an institution", "chamber": "a chamber"}


@lru_cache(maxsize=8192)
def party_doubt(name: str | None) -> str | None:
    """Why ``name`` is probably not a party ('a date', 'a person', ...), or None."""
    if not name:
        return None
    from .parties import _parties

    if _parties is not None and _parties.lookup_party(name) is not None:
        return None  # the party lexicon knows it
    for kind, pattern in _patterns().items():
        if pattern.search(name):
            return _WHAT[kind]
    bare = re.sub(r"^the\s+|'s$", "", name.strip(), flags=re.I).lower()
    if bare in _places():
        return "a place"
    return None


def _quote(claims: list[Any]) -> str:
    sentences = list(dict.fromkeys(" ".join(c.text.split()) for c in claims if getattr(c, "text", None)))
    clipped = [s if len(s) <= _QUOTE_MAX else s[: _QUOTE_MAX - 1] + "…" for s in sentences]
    return " | ".join(f"\"{s}\"" for s in clipped)


_OPEN, _CLOSE = "“", "”"


def in_quotation(claim: Any) -> bool:
    """Whether the claim's evidence lies inside a direct quotation of its sentence: more opening than closing
    curly marks before it, more closing than opening after it (a quote begun in an earlier sentence), or an odd
    number of straight double marks before it. Single marks are left alone (apostrophes)."""
    text, ev = getattr(claim, "text", None) or "", getattr(claim, "evidence", None) or ""
    at = text.find(ev) if ev else -1
    if at < 0:
        return False
    before, after = text[:at], text[at + len(ev):]
    if before.count(_OPEN) > before.count(_CLOSE) or after.count(_CLOSE) > after.count(_OPEN):
        return True
    return before.count('"') % 2 == 1


def evidence_doubt(f: Finding, claims: list[Any], articles: dict[str, Any]) -> str | None:
    """Why a finding rests on a reading rather than on the article (:mod:`.doubts`), or None. ``articles``: doc ->
    its :class:`~.context.ArticleContext` (for the article's other claims, chambers and election years)."""
    from . import doubts

    def ctx_of(c: Any) -> Any:
        return articles.get(c.doc)

    counts = [c for c in claims if c.type == "seat_count"]
    for c in claims:
        ctx = ctx_of(c)
        if ctx is None:
            continue
        # a majority statement is checked in the chamber of the count it is tested against
        anchor = counts[0] if c.type == "majority_status" and counts else c
        why = doubts.claim_doubt(c, ctx.label_of(anchor), summed=f.rule == "CX001", ctx=ctx)
        if why:
            return why
    ms = next((c for c in claims if c.type == "majority_status"), None)
    if ms is not None and f.rule in ("CX003", "CX005") and ctx_of(ms) is not None:
        why = doubts.majority_owner_doubt(ms, counts[0] if counts else None, ctx_of(ms).claims)
        if why:
            return why
    if f.rule == "CX008" and len(claims) == 3:
        why = doubts.outgoing_base(claims[0], claims[2])  # [change, now, before]
        if why:
            return why
    if f.rule == "CX002" and claims and ctx_of(claims[0]) is not None:
        return doubts.previous_value(claims, ctx_of(claims[0]).claims)
    return None


def settle(findings: list[Finding], claims_by_id: dict[str, Any],
           corroborated: dict[str, str] | None = None, articles: dict[str, Any] | None = None) -> list[Finding]:
    """``corroborated``: claim id -> why another statement confirms it (see :mod:`.corroboration`); ``articles``:
    doc -> ArticleContext, for the evidence doubts of :mod:`.doubts` (none without it)."""
    from .corroboration import holds as corroborated_enough

    corroborated = corroborated or {}
    articles = articles or {}

    def holds(c: Any) -> bool:
        value = calibrated(c)
        return value >= TOP_BAND or corroborated_enough(c, value, corroborated)

    out = []
    for f in findings:
        if f.severity != "error" or f.rule in _NOT_SETTLED:
            out.append(f)
            continue
        claims = [claims_by_id[i] for i in f.claims if i in claims_by_id]
        doubts = [(c, party_doubt(getattr(c, "party", None))) for c in claims]
        doubts = [(c, why) for c, why in doubts if why]
        quoted = [c for c in claims if in_quotation(c)]
        if quoted and not doubts:
            c = quoted[0]
            f = f.model_copy(update={"severity": "warning", "message": (
                f"{f.message} [{DOUBT_TAG}: the {c.type.replace('_', ' ')} (line {c.line}) is read from a speaker's "
                f"words in a quotation, not stated by the article]")})
        elif doubts:
            c, why = doubts[0]
            f = f.model_copy(update={"severity": "warning", "message": (
                f"{f.message} [{DOUBT_TAG}: '{c.party}' (line {c.line}) reads as {why}, not a party]")})
        elif (evidence := evidence_doubt(f, claims, articles)) is not None:
            f = f.model_copy(update={"severity": "warning", "message": f"{f.message} [{DOUBT_TAG}: {evidence}]"})
        else:
            weak = [c for c in claims if not holds(c)]
            if weak:
                shown = ", ".join(dict.fromkeys(f"{c.type} by {c.rule} ({calibrated(c):.2f})" for c in weak))
                f = f.model_copy(update={"severity": "warning", "message": (
                    f"{f.message} [warning, not error: rests on claims below the top confidence band "
                    f"{TOP_BAND}: {shown}]")})
            elif claims and "here: \"" not in f.message:
                lifted = [c for c in claims if calibrated(c) < TOP_BAND]
                confirmed = "".join(f" [line {c.line}, {c.type} ({calibrated(c):.2f}) corroborated: {corroborated[c.id]}]"
                                    for c in lifted)
                f = f.model_copy(update={"message": f"{f.message}; evidence: {_quote(claims)}{confirmed}"})
        out.append(f)
    return out
