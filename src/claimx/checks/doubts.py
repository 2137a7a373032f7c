"""Evidence doubts: a finding that rests on a claim claimx may have misread is a warning, not the article's error.

The checks take every claim at its word. Some claims carry, in their own sentence, the sign that they are not
what the check takes them for; a contradiction built on them reveals a doubt about the reading, not a
contradiction in the article. Each doubt is a general construction of news language (word lists:
``data/checks/doubts.json``):

- **a group as the owner** (:func:`group_owner`): "Independents won 12 seats", "the opposition holds 50",
  "others 9": a group of parties or members is no party; its count may overlap the parties' counts or be a
  different subset in another sentence;
- **another chamber** (:func:`other_chamber`): the chamber term nearest the claim in its sentence is an upper
  chamber ("30 of the Senate's 75 seats"), a regional or state body ("12 seats in the state assembly"), or a
  lower chamber while the claim was grouped with an upper one: the count or statement belongs to another
  election than the one it is checked in;
- **a combined count** (:func:`combined_count`): a count whose sentence names another party and a combining word
  ("X, Y and Z won 55 seats together", "Combined, X and Y hold 52");
- **another time** (:func:`previous_context`): a previous-time phrase ("at dissolution", "in the outgoing
  parliament", "before the election", "had held", "after the 2019 election" when 2019 is not the article's) whose nearest number is the claim's (or, for a majority
  statement, with no number nearer to it; nearest: fewest clause boundaries between, then fewest characters):
  a count or status of the last parliament read as this result;
- **a joint or ambiguous majority** (:func:`majority_owner_doubt`): a "majority" (or supermajority) statement
  whose sentence names another party, when its sentence does not give the owner the count it is tested against,
  or the other party is joined to it ("with the support of X", "together with X", "X gave Y a majority"): the
  majority may be a coalition's or another party's (a shortfall or minority looking to partners stays its
  owner's); likewise any status whose party comes from another sentence while its own sentence speaks of a
  group or a collective ("Independents fell short of a majority", "The ruling alliance retained its majority");
- **a change against the outgoing parliament** (:func:`outgoing_base`, CX008): the previous count is the one
  "at dissolution" / "going into the vote", which by-elections and defections move away from the last
  election's result a change is measured from, and the change's own sentence does not give it as its base;
- **a previous count as a second result** (:func:`previous_value`): a party given two different exact results,
  one of which equals the previous count the article gives it elsewhere (CX002);
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data" / "checks" / "doubts.json"

_PARTY_TYPES = ("seat_count", "seat_change", "majority_status")
# majority statements about every party ("no party won a majority", read as the largest party's, or of no party):
# another party in their sentence does not make their owner doubtful
_NO_PARTY_OWNERS = ("party:largest", "party:none")
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})*(?![\w])")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# a capitalised run of words (a name) in a sentence, with inner "of", "for", "the" ("and" joins two names more often
# than it stands inside one; names with "and" are found as the article's claims or the lexicon give them)
_NAME_RUN = re.compile(r"[A-ZÀ-Þ][\w'’.\-À-ÿ]*(?:\s+(?:(?:of|for|the|de|du|la)\s+)*[A-ZÀ-Þ][\w'’.\-À-ÿ]*)*")
# words that may stand between a joining word and the party it joins ("with the support of its junior partner X")
_FILLERS = r"(?:\s+(?:the|its|their|his|her|a|junior|senior|coalition|partner|partners|ally|allies|smaller|new|former|" \
           r"traditional|long-time|longtime|party|parties))*"


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(DATA.read_text(encoding="utf-8"))


def _words(words: list[str], flags: int = 0) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<![\w'’])(?:" + alternation + r")(?!\w)", flags)  # a possessive ("the Senate's") is the word


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    d = _data()
    return {
        "group_words": _words(d["group_words"], re.I),
        "collective_words": _words(d["collective_words"]),
        "outgoing": _words(d["outgoing_cues"], re.I),
        "combining": re.compile(_words(d["combining_words"], re.I).pattern + r"(?!\s+with\b)", re.I),
        # "after the 2019 election", "in the 2016 vote": another election when its year is not the article's
        "year_election": re.compile(r"(?<!\d)((?:19|20)\d\d)(?:'s)?\s+(?:general\s+|parliamentary\s+|legislative\s+)?"
                                    r"(?:election|elections|vote|ballot|polls?)\b", re.I),
        "chambers": {kind: _words(words) for kind, words in d["chamber_terms"].items()},
        "previous": _words(d["previous_cues"], re.I),
        "joint_before": re.compile(r"(?<![\w'’])(?:" + "|".join(
            re.escape(w) for w in sorted(d["joint_before_party"], key=len, reverse=True)) + r")" + _FILLERS + r"\s+$",
            re.I),
        "joint_after": re.compile(r"^\s*(?:" + "|".join(
            re.escape(w).replace(r"\ ", r"\s+") for w in sorted(d["joint_after_party"], key=len, reverse=True))
            + r")(?![\w])", re.I),
    }


def _bare(name: str) -> str:
    n = re.sub(r"^the\s+", "", " ".join(name.split()).lower())
    return n


@lru_cache(maxsize=4096)
def _is_group(name: str | None, key: str = "group_owners") -> bool:
    if not name:
        return False
    groups = {_bare(w) for w in _data()[key]}
    bare = _bare(name)
    return bare in groups or bare.rstrip("s") in groups


def group_owner(claim: Any, summed: bool = False) -> str | None:
    """'Independents', 'others', 'the opposition' as a claim's party: a group, not one party. ``summed``: the
    claim is added to the parties' counts against the chamber, where a residual group of a results list
    ("Independents 11", "Others 26") holds seats no listed party holds and adds up rightly; an overlapping one
    ("the opposition") stays a doubt."""
    if claim.type not in _PARTY_TYPES:
        return None
    for name in (getattr(claim, "party_text", None), getattr(claim, "party", None)):
        if _is_group(name) and not (summed and _is_group(name, "group_residual")):
            return f"'{name}' (line {claim.line}) is a group of parties or members, not one party"
    return None


def _at(claim: Any) -> tuple[int, int] | None:
    """The claim's evidence as offsets into its sentence."""
    text, ev = getattr(claim, "text", None) or "", getattr(claim, "evidence", None) or ""
    at = text.find(ev) if ev else -1
    return (at, at + len(ev)) if at >= 0 else None


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


_BOUNDARY = re.compile(r"[,;:—–()]|\s-\s")


def _remoteness(text: str, a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    """How far apart two spans of a sentence are: the clause boundaries (commas, dashes, brackets) between them
    first ("58 seats before the election, won 70": the phrase is 58's), then the characters."""
    lo, hi = min(a[1], b[1]), max(a[0], b[0])
    return (len(_BOUNDARY.findall(text[lo:hi])) if hi > lo else 0, _distance(a, b))


_UPPER_LABEL = re.compile(r"senate|upper|lords|rajya|bundesrat|councillors|seanad|dewan negara|council of provinces|"
                          r"federation council|elders", re.I)


def nearest_chamber_term(claim: Any, at: tuple[int, int] | None = None) -> tuple[str, str] | None:
    """(kind, term) of the chamber term nearest the claim (or the span ``at`` of its sentence) in its sentence:
    'upper' ("senators", "the Senate"), 'lower' ("deputies", "the lower house") or 'regional'; None when the
    sentence names no chamber. Nearest: fewest clause boundaries, then fewest characters."""
    at = at or _at(claim)
    if at is None:
        return None
    text = claim.text
    terms = [(_remoteness(text, at, m.span()), kind, m.group(0))
             for kind, pattern in _patterns()["chambers"].items() for m in pattern.finditer(text)]
    if not terms:
        return None
    _, kind, term = min(terms)
    return kind, term


def is_upper_label(label: str | None) -> bool:
    """Whether a chamber's name is an upper chamber's ("Senate", "House of Lords", "Rajya Sabha" ...)."""
    return bool(_UPPER_LABEL.search(label or ""))


def other_chamber(claim: Any, label: str | None) -> str | None:
    """The chamber term nearest the claim in its sentence names another kind of chamber than the one the claim is
    checked in (``label``: that chamber's name, or None when the article names none): an upper chamber or a
    regional body for a count of the national lower chamber, a lower chamber for a count grouped with an upper
    one."""
    if claim.type not in ("seat_count", "majority_status", "chamber_size", "majority_threshold"):
        return None
    own = " ".join(x for x in (label, getattr(claim, "body", None)) if x)
    group_upper = is_upper_label(label)
    nearest = nearest_chamber_term(claim)
    if nearest is None:
        return None
    kind, term = nearest
    if term.lower() in own.lower():
        return None  # the term is the chamber's own name
    if (kind == "upper" and not group_upper) or (kind == "lower" and group_upper) or (
            kind == "regional" and not re.search(r"state|provinc|region|municipal|council|landtag", own, re.I)):
        return (f"the {claim.type.replace('_', ' ')} (line {claim.line}) stands nearest to '{term}', another chamber "
                f"than the one it is checked in")
    return None


def combined_count(claim: Any, article_claims: list[Any]) -> str | None:
    """A count whose sentence names another party and a combining word ("X, Y and Z won 55 seats together",
    "Combined, X and Y hold 52"): the count may be theirs together, not its owner's alone."""
    if claim.type != "seat_count" or not claim.party:
        return None
    word = _patterns()["combining"].search(claim.text or "")
    if word is None:
        return None
    others = other_parties(claim, article_claims)
    if others:
        return (f"the seat count (line {claim.line}) stands in a sentence that joins '{others[0][0]}' to "
                f"'{claim.party}' ('{word.group(0)}'): it may be their count together")
    return None


def previous_context(claim: Any, election_years: set[int] | None = None) -> str | None:
    """A previous-time phrase of the claim's sentence belongs to the claim: no number of the sentence is nearer
    to it than the claim's own number (a result count) or its words (a majority statement). "At dissolution, X
    held 58 seats" (58 read as a result); "X won 70 seats, up from 58 in the outgoing parliament" is not
    a doubt about 70 (58 is nearer)."""
    if not ((claim.type == "seat_count" and claim.status in ("result", "projected")) or claim.type == "majority_status"):
        return None
    at = _at(claim)
    if at is None:
        return None
    text = claim.text
    numbers = [m.span() for m in _NUMBER.finditer(text) if not _YEAR.fullmatch(m.group(0))]
    if claim.type == "seat_count":
        own = [n for n in numbers if at[0] <= n[0] and n[1] <= at[1] and text[n[0]:n[1]].replace(",", "") == str(claim.seats)]
        if not own:
            return None
        mine = own[0]
        others = [n for n in numbers if n != mine]
    else:
        if at[1] - at[0] >= len(text.strip()):
            return None  # evidence that is the whole sentence says nothing of where the status stands in it
        mine = at
        others = [n for n in numbers if not (at[0] <= n[0] and n[1] <= at[1])]
    cues = list(_patterns()["previous"].finditer(text))
    if election_years:
        # an election of a year the article does not take for its own, or earlier than the latest it may be
        cues += [m for m in _patterns()["year_election"].finditer(text)
                 if int(m.group(1)) not in election_years or int(m.group(1)) < max(election_years)]
    for m in cues:
        cue = m.span()
        if all(_remoteness(text, cue, mine) < _remoteness(text, cue, n) for n in others):
            return (f"the {claim.type.replace('_', ' ')} (line {claim.line}) is nearest to '{m.group(0)}': "
                    f"a count or status of another time")
    return None


def claim_doubt(claim: Any, label: str | None = None, summed: bool = False, ctx: Any = None) -> str | None:
    """The doubt a single claim carries whatever the rule it is used in (``label``: the name of the chamber it is
    checked in; ``summed``: the claim is one of the counts added up against the chamber, CX001; ``ctx``: its
    article's context, for the article's other claims and election years)."""
    years = ctx.election_years() if ctx is not None else None
    return (group_owner(claim, summed) or other_chamber(claim, label) or previous_context(claim, years)
            or (combined_count(claim, ctx.claims) if ctx is not None else None)
            or (earlier_only_name(claim, ctx.claims) if ctx is not None and summed else None))


def earlier_only_name(claim: Any, article_claims: list[Any]) -> str | None:
    """An earlier count of a name the party lexicon does not know and the article gives no count of this election
    ("... in 2012, when Wilders scored 15 seats" beside a results table's "PVV 20 (15)"): the name may be another name
    (a leader's) of a party already counted, so a sum of the earlier counts may count it twice."""
    from ..parties import lookup_party
    from .parties import same_party

    if claim.type != "seat_count" or claim.status != "previous" or not claim.party or lookup_party(claim.party) is not None:
        return None
    if any(c.type == "seat_count" and c.status in ("result", "projected") and c.party and same_party(c.party, claim.party)
           for c in article_claims):
        return None
    return (f"'{claim.party}' (line {claim.line}) has only an earlier count and no party of that name is known: it may "
            "be another name of a party counted")


# ------------------------------------------------------------------ the owner of a majority statement


def _article_party_names(claims: list[Any]) -> set[str]:
    names: set[str] = set()
    for c in claims:
        if c.type in _PARTY_TYPES:
            for n in (getattr(c, "party", None), getattr(c, "party_text", None)):
                if n and len(n) > 1 and not _is_group(n):
                    names.add(n)
    return names


def _owner_spans(ms: Any) -> list[tuple[int, int]]:
    spans = []
    for n in (ms.party_text, ms.party):
        if n:
            spans += [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", ms.text)]
    return spans


def _is_owner(name: str, owner: str) -> bool:
    from .parties import same_party

    return same_party(name, owner) or name.lower() in owner.lower() or owner.lower() in name.lower()


def other_parties(ms: Any, article_claims: list[Any]) -> list[tuple[str, tuple[int, int]]]:
    """The parties other than the owner named in a claim's sentence (a majority statement's, a count's), with their
    offsets: names the
    article's claims give (party or the words of the text), and capitalised names the party lexicon knows or that
    end in a party head word ("Rivo Union")."""
    from ..parties import looks_like_party, lookup_party
    from .severity import party_doubt

    text, owner = ms.text or "", ms.party or ""
    owned = _owner_spans(ms)
    found: dict[tuple[int, int], str] = {}
    for name in _article_party_names(article_claims):
        for m in re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text):
            found.setdefault(m.span(), name)
    for m in _NAME_RUN.finditer(text):
        run = re.sub(r"(?:['’]s?|\.)$", "", m.group(0))  # a name ending the sentence, a possessive
        start = m.start() + (len(run) - len(re.sub(r"^The\s+", "", run)))
        run = run[start - m.start():]
        # a capitalised run ending in a party word is no party when it reads as a chamber ("National Assembly"),
        # an institution, a person or a place (the checks' not-a-party words)
        if run and (looks_like_party(run) or lookup_party(run) is not None) and not _is_group(run) \
                and party_doubt(run) is None:
            found.setdefault((start, start + len(run)), run)
    out = []
    for span, name in sorted(found.items()):
        if _is_owner(name, owner) or any(_distance(span, o) == 0 and not (span[1] <= o[0] or o[1] <= span[0])
                                         for o in owned):
            continue
        if any(s[0] <= span[0] and span[1] <= s[1] and s != span for s in found):
            continue  # inside a longer name
        out.append((name, span))
    return out


def majority_owner_doubt(ms: Any, count: Any | None, article_claims: list[Any]) -> str | None:
    """Why the party a majority statement is given may not be the one it speaks of, or None (see the module)."""
    if ms.type != "majority_status" or not ms.party or any(t in (ms.rule or "") for t in _NO_PARTY_OWNERS):
        return None
    text = ms.text or ""
    # the owner comes from another sentence while this one speaks of a group ("The opposition fell short")
    if not _owner_spans(ms):
        # ... or of a collective ("The result gives the governing coalition a majority": a coalition's majority)
        g = _patterns()["group_words"].search(text) or _patterns()["collective_words"].search(text)
        if g:
            return (f"the majority statement (line {ms.line}) speaks of '{g.group(0)}' and its party '{ms.party}' "
                    f"comes from another sentence")
    # a shortfall or minority is the owner's even when it looks to partners ("needs its allies X to govern": if
    # the two together fall short, so does it alone); only a majority may be a joint one or another party's
    if ms.status not in ("majority", "supermajority"):
        return None
    others = other_parties(ms, article_claims)
    if not others:
        return None
    p = _patterns()
    for name, (s, e) in others:
        if p["joint_before"].search(text[:s]) or p["joint_after"].search(text[e:]):
            return (f"the majority statement (line {ms.line}) joins '{name}' to '{ms.party}': the majority may be "
                    f"theirs together")
    same_sentence = count is not None and count.text == ms.text and count.line == ms.line
    if not same_sentence:
        return (f"the majority statement (line {ms.line}) names another party ('{others[0][0]}') and gives "
                f"'{ms.party}' no count: whose majority it is is doubtful")
    return None


# ------------------------------------------------------------------ doubts of one rule


def previous_value(claims: list[Any], article_claims: list[Any]) -> str | None:
    """CX002: one of a party's different results equals a previous count the article gives the same party."""
    from .parties import same_party

    results = [c for c in claims if c.type == "seat_count" and c.status == "result"]
    if len({c.seats for c in results}) < 2:
        return None
    for c in results:
        for p in article_claims:
            if (p.type == "seat_count" and p.status == "previous" and p.seats == c.seats and p.party and c.party
                    and same_party(p.party, c.party)):
                return (f"the result {c.seats} (line {c.line}) equals the previous count the article gives "
                        f"{c.party} (line {p.line})")
    return None


def outgoing_base(change: Any, before: Any) -> str | None:
    """CX008: the previous count a change is compared with is the outgoing parliament's ("had 60 seats at
    dissolution", "went into the vote with 60"), which by-elections and defections move away from the last
    election's result the change is measured from, and the change's sentence does not give it as its base."""
    if before is None or change is None or (before.text == change.text and before.line == change.line):
        return None
    at = _at(before)
    text = before.text or ""
    if at is None:
        return None
    numbers = [m.span() for m in _NUMBER.finditer(text) if not _YEAR.fullmatch(m.group(0))]
    mine = next((n for n in numbers if at[0] <= n[0] and n[1] <= at[1]), None)
    if mine is None:
        return None
    others = [n for n in numbers if n != mine]
    for m in _patterns()["outgoing"].finditer(text):
        if all(_remoteness(text, m.span(), mine) < _remoteness(text, m.span(), n) for n in others):
            return (f"the previous count {before.seats} (line {before.line}) is the outgoing parliament's "
                    f"('{m.group(0)}'), not the last election's result the change is measured from")
    return None
