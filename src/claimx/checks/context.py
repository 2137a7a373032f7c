"""What the rules share: one article's claims grouped by election, hedge semantics, reference lookup."""

from __future__ import annotations

import datetime as _dt
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..facts import FactsFile, Legislature, reference_data
from .parties import cluster_parties, is_alliance

# ------------------------------------------------------------------ hedges

# "more than 400": the true value is above the number (a lower bound)
LOWER_BOUND = (
    "more than", "over", "at least", "above", "upwards of", "in excess of", "beyond", "paar", "exceeding",
    "north of", "no fewer than", "no less than", "a minimum of", "greater than", "plus", "+",
)
# "less than 200": the true value is below the number (an upper bound)
UPPER_BOUND = (
    "less than", "fewer than", "under", "up to", "at most", "below", "short of", "no more than",
    "a maximum of", "not more than", "shy of",
)
# "nearly 200": below but close
NEAR_BELOW = ("nearly", "almost", "just under", "close to", "just shy of", "approaching")
STRICT = ("more than", "over", "above", "in excess of", "beyond", "exceeding", "north of", "greater than",
          "less than", "fewer than", "under", "below", "short of", "shy of", "paar")


def tolerance(value: int) -> int:
    """How far a hedged 'about N' may be from the exact count: max(3, 5% of N)."""
    return max(3, math.ceil(0.05 * value))


def _words_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled pattern matching any of ``words`` as whole words (compiled once, at import)."""
    return re.compile("|".join(r"(?<!\w)" + re.escape(w) + r"(?!\w)" for w in words))


_HEDGE_RES = ((_words_re(NEAR_BELOW), "near"), (_words_re(LOWER_BOUND), "lower"), (_words_re(UPPER_BOUND), "upper"))
_STRICT_RE = _words_re(STRICT)


def hedge_kind(claim: Any) -> str:
    """exact | around | lower | upper | near | range."""
    if getattr(claim, "upper", None) is not None and claim.upper != claim.seats:
        return "range"
    if not getattr(claim, "approximate", False):
        return "exact"
    q = (getattr(claim, "qualifier", None) or "").lower().strip()
    for pattern, kind in _HEDGE_RES:
        if pattern.search(q):
            return kind
    return "around"


def bounds(claim: Any) -> tuple[float, float]:
    """Interval the true seat count lies in, given the claim's hedge."""
    v = claim.seats
    kind = hedge_kind(claim)
    q = (getattr(claim, "qualifier", None) or "").lower()
    strict = bool(_STRICT_RE.search(q))
    if kind == "exact":
        return (v, v)
    if kind == "range":
        return (v, claim.upper)
    if kind == "lower":
        return (v + 1 if strict else v, math.inf)
    if kind == "upper":
        return (0, v - 1 if strict else v)
    if kind == "near":
        return (v - tolerance(v), v)
    t = tolerance(v)
    return (v - t, v + t)


def sum_value(claim: Any) -> int | None:
    """What a claim adds to a seat total for 'exceeds the chamber' (upper bounds add nothing known)."""
    kind = hedge_kind(claim)
    if kind in ("upper", "near"):
        return None if kind == "upper" else claim.seats
    return claim.seats


def describe(claim: Any) -> str:
    """'268 (roughly)' / '23'."""
    kind = hedge_kind(claim)
    if kind == "exact":
        return str(claim.seats)
    if kind == "range":
        return f"{claim.seats}-{claim.upper}"
    q = claim.qualifier or "approx."
    return f"{q} {claim.seats}"


# ------------------------------------------------------------------ text cues

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower().replace("’", "'")


_GENERIC_BODIES = {
    "", "parliament", "legislature", "assembly", "house", "chamber", "lower house", "lower chamber", "upper house",
    "national parliament", "federal parliament", "congress", "seat", "seats", "riding", "ridings", "constituencies",
}


def body_norm(body: str | None) -> str:
    if not body:
        return ""
    b = fold(body).strip()
    b = re.sub(r"^the\s+", "", b)
    b = re.sub(r"\s+", " ", b)
    return b


def is_generic_body(body: str | None) -> bool:
    return body_norm(body) in _GENERIC_BODIES


class ReferenceIndex:
    """Legislatures from the built-in reference data plus the user's facts file (facts first)."""

    def __init__(self, facts: FactsFile | None = None):
        legs: dict[str, Legislature] = {}
        for leg in (facts.legislatures if facts else []):
            legs[leg.key()] = leg
        for leg in reference_data().legislatures:
            legs.setdefault(leg.key(), leg)
        self.legislatures = list(legs.values())
        self._names: list[tuple[Legislature, set[str]]] = []
        for leg in self.legislatures:
            names = {body_norm(leg.chamber), *(body_norm(a) for a in leg.aliases)}
            names.discard("")
            self._names.append((leg, names))

    def named_in(self, text: str) -> list[Legislature]:
        """The legislatures whose country (or one of its cue words) ``text`` names: one pass of one pattern
        over the text, whatever the number of legislatures."""
        if not hasattr(self, "_cue_pattern"):
            cues: dict[str, list[Legislature]] = defaultdict(list)
            for leg in self.legislatures:
                for cue in dict.fromkeys((leg.country, *leg.country_aliases)):
                    if cue:
                        cues[cue].append(leg)
            alternation = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
            self._cue_pattern = re.compile(r"(?<![\w.])(?:" + alternation + r")(?![\w])")
            self._cue_legs = cues
        found = {m.group(0) for m in self._cue_pattern.finditer(text)}
        legs = {id(leg): leg for cue in sorted(found) for leg in self._cue_legs[cue]}
        return list(legs.values())

    def candidates(self, body: str | None) -> list[Legislature]:
        b = body_norm(body)
        if not b:
            return []
        out = []
        for leg, names in self._names:
            if b in names or any(b.endswith(" " + n) or b.startswith(n + " of ") for n in names if len(n) > 5):
                out.append(leg)
        return out

    def resolve(self, body: str | None, text: str) -> Legislature | None:
        """The one legislature ``body`` names, confirmed by country cues in ``text``.

        Even a unique name needs a cue ("House of the People" could be a chamber the data does not list);
        a shared name ("National Assembly") needs its country mentioned at least twice as often as the next.
        """
        cands = self.candidates(body)
        if not cands:
            return None
        prefix = body_norm(body)
        scores = []
        for leg in cands:
            cues = (leg.country, *leg.country_aliases)
            score = sum(cue_count(text, c) for c in cues if len(c) > 3)
            short = sum(cue_count(text, c) for c in cues if len(c) <= 3)
            # (a short cue alone, once, is too weak: "CPN (US)" in Nepalese news is a party's name, not the United States)
            if score or short >= 2:
                score += short
            # "Quebec's National Assembly": the body's own words name the country
            if any(fold(c) in prefix for c in (leg.country, *leg.country_aliases) if len(c) > 3):
                score += 100
            scores.append((score, leg))
        scores.sort(key=lambda x: -x[0])
        top = scores[0][0]
        second = scores[1][0] if len(scores) > 1 else 0
        if top > 0 and top >= 2 * second and top > second:
            return scores[0][1]
        return None


@lru_cache(maxsize=4096)
def _cue_re(cue: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])" + re.escape(cue) + r"(?![\w])")


def cue_count(text: str, cue: str) -> int:
    """Whole-word, case-sensitive occurrences of ``cue`` in ``text``."""
    if not cue:
        return 0
    return len(_cue_re(cue).findall(text))


# A year next to these words is more likely the year of the election the article reports.
_ELECTION_WORD = re.compile(r"\b(election|elections|vote|voting|voters|polls?|ballot|general election)\b", re.I)
_YEAR_WINDOW = 60


def election_years_in(text: str) -> set[int]:
    """The year(s) the article's election most likely took place: the year(s) with the highest score,
    one per mention plus two when "election", "vote", "polls" ... is within 60 characters. Articles name
    earlier elections ("up from 2019") less often than their own. Empty when no year is named."""
    scores: Counter[int] = Counter()
    for m in _YEAR.finditer(text):
        y = int(m.group(1))
        window = text[max(0, m.start() - _YEAR_WINDOW): m.end() + _YEAR_WINDOW]
        scores[y] += 1 + (2 if _ELECTION_WORD.search(window) else 0)
    if not scores:
        return set()
    top = max(scores.values())
    return {y for y, s in scores.items() if s == top}


# ------------------------------------------------------------------ one article


@dataclass
class PartyEntry:
    """All counts one party is given in one election group of one article."""

    name: str
    claims: list[Any] = field(default_factory=list)

    @property
    def exact(self) -> list[Any]:
        return [c for c in self.claims if hedge_kind(c) == "exact"]

    @property
    def approx(self) -> list[Any]:
        return [c for c in self.claims if hedge_kind(c) != "exact"]

    def chosen(self) -> Any:
        """One value per party: exact over approximate, last stated."""
        ex = self.exact
        if ex:
            return ex[-1]
        usable = [c for c in self.claims if sum_value(c) is not None]
        return usable[-1] if usable else self.claims[-1]

    def alliance(self) -> bool:
        return is_alliance(self.name)


@dataclass
class Group:
    """Seat counts of one election (one chamber) with one status, in one article."""

    body: str | None  # body key
    status: str
    parties: dict[str, PartyEntry] = field(default_factory=dict)

    def claims(self) -> list[Any]:
        return [c for p in self.parties.values() for c in p.claims]


def checked_status(count: Any) -> str:
    """The status a seat count is checked under. A result from a count still running ("with 60% of the votes
    counted, X had 40 seats": the extractor's rule names the ``partial-count`` cue) is stated as fact, but it is no
    final result: it is checked with the projections, so a later final count, here or in another article, does not
    contradict it."""
    if count.status == "result" and "status:partial-count" in (count.rule or ""):
        return "projected"
    return count.status


class ArticleContext:
    def __init__(self, doc: str, claims: list[Any], ref: ReferenceIndex, root: Path | None = None,
                 text: str | None = None):
        self.doc = doc
        self.claims = claims
        self.ref = ref
        self.by_type: dict[str, list[Any]] = defaultdict(list)
        for c in claims:
            self.by_type[c.type].append(c)
        sentences = list(dict.fromkeys(c.text for c in claims))
        self.text = "\n".join(sentences)
        if root is not None:
            from ..reader import read_doc_text

            self.text = read_doc_text(root, doc) or self.text  # never a file outside the root
        if text is not None:
            self.text = text  # the article's text given directly (a mutant of the mutation harness)
        self.years: set[int] = {int(y) for y in _YEAR.findall(self.text)}
        # Articles name earlier elections ("up from 2021") more often than their own year: the election may be
        # any year from the earliest one mentioned until now.
        this_year = _dt.date.today().year
        self.period_years: set[int] = (
            set(range(min(self.years), max(max(self.years), this_year) + 1)) if self.years else set()
        )
        self.checked: set[str] = set()
        # claim id -> why another statement confirms it (set by run_checks: checks.corroboration)
        self.corroborated: dict[str, str] = {}
        self._election_years: set[int] | None = None
        self._body_cache: dict[str, str | None] = {}
        self._build_groups()

    # -- bodies
    def body_key(self, body: str | None) -> str | None:
        if is_generic_body(body):
            return None
        b = body_norm(body)
        if b not in self._body_cache:
            leg = self.ref.resolve(body, self.text)
            self._body_cache[b] = f"ref:{leg.key()}" if leg else b
        return self._body_cache[b]

    def legislature(self, key: str | None) -> Legislature | None:
        if key and key.startswith("ref:"):
            k = key[4:]
            for leg in self.ref.legislatures:
                if leg.key() == k:
                    return leg
        return None

    def body_label(self, key: str | None) -> str | None:
        leg = self.legislature(key)
        if leg:
            return leg.chamber
        if key is None:
            for c in self.by_type["chamber_size"] + self.by_type["seat_count"] + self.by_type["majority_threshold"]:
                if c.body and not is_generic_body(c.body) and "/region" not in c.rule:
                    return c.body
            return None
        for c in self.by_type["chamber_size"] + self.by_type["seat_count"] + self.by_type["majority_threshold"]:
            if c.body and body_norm(c.body) == key:
                return c.body
        return key

    def _build_groups(self) -> None:
        seat_types = ("seat_count", "chamber_size", "majority_threshold")
        # a regional count ("all 14 seats in Eastmarch", rule .../region) has the region as its body, a category's
        # count ("14 of the 15 state seats", rule .../breakdown) the category: neither decides which chamber the
        # article is about
        national = {t: [c for c in self.by_type[t] if "/region" not in c.rule and "/breakdown" not in c.rule] for t in seat_types}
        raw_keys = [self.body_key(c.body) for t in seat_types for c in national[t]]
        named = [k for k in raw_keys if k is not None]
        distinct = list(dict.fromkeys(named))
        if len(distinct) == 1:
            primary = distinct[0]
        elif distinct:
            counts = Counter(self.body_key(c.body) for c in national["seat_count"] if self.body_key(c.body))
            primary = counts.most_common(1)[0][0] if counts else distinct[0]
        else:
            primary = None
        self.primary = primary
        self.bodies = distinct or [None]

        # "Party: N/M" read as a count and a chamber size of M: M is the size of the chamber the count belongs to.
        # A count under a generic body ("Congress", "Parliament") whose stated total is a named chamber's stated
        # size belongs to that chamber; a total no named chamber has is another chamber's (two counts with
        # different stated totals are never one chamber's result).
        fractions = [s for s in self.by_type["chamber_size"] if "fraction" in s.rule]
        named_sizes: dict[str, set[int]] = defaultdict(set)
        for s in self.by_type["chamber_size"]:
            k = self.body_key(s.body)
            if k is not None:
                named_sizes[k].add(s.seats)

        def stated_total(c: Any) -> int | None:
            span = getattr(c, "span", None)
            if span is None:
                return None
            for s in fractions:
                if s is not c and span.start <= s.span.start and s.span.end <= span.end:
                    return s.seats
            return None

        def key_of(c: Any) -> str | None:
            k = self.body_key(c.body)
            if k is not None:
                return k
            total = c.seats if c.type == "chamber_size" and "fraction" in c.rule else (
                stated_total(c) if c.type == "seat_count" else None)
            if total is not None and named_sizes.get(primary) and total not in named_sizes[primary]:
                owner = [key for key, sizes in named_sizes.items() if total in sizes]
                return owner[0] if len(owner) == 1 else f"{total}-seat chamber"
            return primary

        self.sizes: dict[str | None, list[Any]] = defaultdict(list)
        for c in self.by_type["chamber_size"]:
            self.sizes[key_of(c)].append(c)
        self.thresholds: dict[str | None, list[Any]] = defaultdict(list)
        for c in self.by_type["majority_threshold"]:
            self.thresholds[key_of(c)].append(c)

        counts = self.by_type["seat_count"]
        clusters = cluster_parties([c.party for c in counts])
        self.groups: dict[tuple[str | None, str], Group] = {}
        for c in counts:
            gk = (key_of(c), checked_status(c))
            g = self.groups.setdefault(gk, Group(body=gk[0], status=gk[1]))
            rep = clusters[c.party]
            g.parties.setdefault(rep, PartyEntry(name=rep)).claims.append(c)
        self.party_rep = clusters

    def label_of(self, claim: Any) -> str | None:
        """The name of the chamber a seat count, chamber size or threshold is checked in (None: unnamed)."""
        if not hasattr(self, "_key_of_claim"):
            keys: dict[str, str | None] = {}
            for (body, _), g in self.groups.items():
                for c in g.claims():
                    keys[c.id] = body
            for table in (self.sizes, self.thresholds):
                for body, cs in table.items():
                    for c in cs:
                        keys[c.id] = body
            self._key_of_claim = keys
        return self.body_label(self._key_of_claim.get(claim.id, self.primary))

    # -- sizes and thresholds
    def stated_sizes(self, body: str | None) -> list[int]:
        return sorted({c.seats for c in self.sizes.get(body, [])})

    def reference_sizes(self, body: str | None) -> set[int]:
        leg = self.legislature(body)
        if leg is None:
            return set()
        out: set[int] = set()
        for s in leg.sizes_for(self.period_years):
            out |= s.accepted()
        return out

    def size_for(self, body: str | None) -> tuple[int | None, str]:
        """(size, source) — the largest stated size, else the largest reference size for the time."""
        stated = self.stated_sizes(body)
        if stated:
            return max(stated), "stated"
        ref = self.reference_sizes(body)
        if ref:
            return max(ref), "reference"
        return None, ""

    def size_evidence(self, body: str | None, size: int) -> list[Any]:
        """The claims a finding using chamber size ``size`` rests on: the stated size claims of that value,
        or none when the built-in legislature has that size too (the reference gives the same number
        whatever claimx read; sizes of other values the article states are not used)."""
        if size in self.reference_sizes(body):
            return []
        return [c for c in self.sizes.get(body, []) if c.seats == size]

    def threshold_evidence(self, body: str | None, ts: set[int], t_claims: list[Any]) -> list[Any]:
        """The claims a finding using thresholds ``ts`` rests on (see :meth:`size_evidence`): none when
        every threshold is the majority of a reference size (floor(size/2) + 1) or is a reference size's
        own threshold claim; else the threshold or size claims it came from."""
        ref = self.reference_sizes(body)
        if ref and all(t in {s // 2 + 1 for s in ref} or t in ref for t in ts):
            return []
        return t_claims

    def threshold_candidates(self, body: str | None) -> tuple[set[int], str, list[Any]]:
        """Majority thresholds the article allows: stated ones, else from stated sizes, else reference."""
        stated = self.thresholds.get(body, [])
        if stated:
            return {c.seats for c in stated}, "stated", stated
        sizes = self.sizes.get(body, [])
        if sizes:
            return {c.seats // 2 + 1 for c in sizes}, "size", sizes
        ref = self.reference_sizes(body)
        if ref:
            return {s // 2 + 1 for s in ref}, "reference", []
        return set(), "", []

    def find_party(self, party: str, statuses: tuple[str, ...]) -> list[tuple[Group, PartyEntry]]:
        """The groups (in status order) in which ``party`` has counts."""
        from .parties import same_party

        out = []
        for status in statuses:
            for (body, st), g in self.groups.items():
                if st != status:
                    continue
                for rep, entry in g.parties.items():
                    if same_party(party, rep) or any(same_party(party, c.party) for c in entry.claims[:1]):
                        out.append((g, entry))
                        break
        return out

    def election_years(self) -> set[int]:
        """The year(s) of the election this article reports (computed once): see :func:`election_years_in`."""
        if self._election_years is None:
            self._election_years = election_years_in(self.text)
        return self._election_years

    def mark(self, *claims: Any) -> None:
        for c in claims:
            if c is not None:
                self.checked.add(c.id)
