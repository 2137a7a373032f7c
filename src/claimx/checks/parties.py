"""Party names for the checks: normalising, comparing, and telling alliances from parties.

Uses :mod:`claimx.parties` (``canonical_party`` / ``same_party`` / ``is_alliance``) when that
module exists, and a small local normaliser otherwise (or in addition).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

try:  # written by another engineer; optional
    from .. import parties as _parties  # type: ignore[attr-defined]
except Exception:  # pragma: no cover - depends on the tree
    _parties = None

_STOP = {"the", "party", "of", "and", "&"}
_PAREN = re.compile(r"\(([^)]*)\)")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.lower().replace("’", "'")


def _canonical(name: str) -> str:
    if _parties is not None and hasattr(_parties, "canonical_party"):
        try:
            got = _parties.canonical_party(name)
            if isinstance(got, str) and got:
                return got
        except Exception:
            pass
    return name


@lru_cache(maxsize=4096)
def party_key(name: str) -> str:
    """A comparison key: accents, case, 'the', 'party', possessives, plurals and (ABBR) removed."""
    s = _fold(_canonical(name))
    s = _PAREN.sub(" ", s)
    s = re.sub(r"'s\b", "", s)
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w and w not in _STOP]
    out = []
    for w in words:
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return " ".join(out)


@lru_cache(maxsize=4096)
def party_abbrevs(name: str) -> frozenset[str]:
    """Abbreviations a name carries: '(NDP)', an all-caps name, the initials of a multi-word name."""
    out: set[str] = set()
    for m in _PAREN.finditer(name):
        inner = m.group(1).strip()
        if inner and len(inner) <= 8:
            out.add(_fold(inner).replace(".", ""))
    bare = _PAREN.sub(" ", name).strip()
    if bare and bare.replace(".", "").replace("-", "").isupper() and len(bare) <= 8:
        out.add(_fold(bare).replace(".", "").replace("-", ""))
    words = [w for w in re.split(r"[\s\-]+", _fold(bare)) if w and w not in {"the", "of", "and", "&"}]
    if len(words) >= 2:
        out.add("".join(w[0] for w in words if w[0].isalnum()))
    return frozenset(out)


def same_party(a: str, b: str) -> bool:
    if a == b:
        return True
    return _same_party(a, b) if a < b else _same_party(b, a)


@lru_cache(maxsize=65536)  # a pure function of two names (the lexicon is fixed); pairs recur in every article
def _same_party(a: str, b: str) -> bool:
    if _parties is not None and hasattr(_parties, "same_party"):
        try:
            if _parties.same_party(a, b):
                return True
        except Exception:
            pass
    ka, kb = party_key(a), party_key(b)
    if ka and ka == kb:
        return True
    # an explicit abbreviation on one side equals the other's bare name or abbreviation
    ea = _explicit_abbrevs(a)
    eb = _explicit_abbrevs(b)
    if (ea & eb) or (ea & {kb.replace(" ", "")}) or (eb & {ka.replace(" ", "")}):
        return True
    # 'NDP' vs 'New Democratic Party': bare abbreviation vs initials of the long name
    if ea and (ea & party_abbrevs(b)):
        return True
    if eb and (eb & party_abbrevs(a)):
        return True
    return False


@lru_cache(maxsize=4096)
@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Countries and places of the lexicon, folded: "People's Party (Thailand)" names its country in brackets, not
    an abbreviation ("Democrat Party (Thailand)" is another party)."""
    from ..lexicon import load_lexicon

    return frozenset(_fold(a) for p in load_lexicon().places for a in (p.name, *p.aliases))


def _explicit_abbrevs(name: str) -> frozenset[str]:
    out: set[str] = set()
    for m in _PAREN.finditer(name):
        inner = m.group(1).strip()
        if inner and len(inner) <= 8 and _fold(inner) not in _place_names():
            out.add(_fold(inner).replace(".", "").replace(" ", ""))
    bare = _PAREN.sub(" ", name).strip()
    if bare and len(bare) <= 8 and bare.replace(".", "").replace("-", "").isupper():
        out.add(_fold(bare).replace(".", "").replace("-", ""))
    return frozenset(out)


# Parties whose names contain an alliance word but which are single parties.
_NOT_ALLIANCE = (
    "bloc quebecois",
    "democratic alliance",
    "coalition avenir quebec",
    "alliance 90",
    "alliance party",
    "alliance for",
    "popular front",
    "national front",
    "people's front",
)
# (a political direction names a camp of parties, summed apart from its members: "the center-right 235, the League 65")
_ALLIANCE = re.compile(
    r"\b(alliance|coalition|bloc|front|combined|grouping|union of|ticket|opposition parties|opposition|camp)\b|-led\b|\s\+\s|\band\b"
    r"|\bcent(?:er|re)[- ](?:right|left)\b|\b(?:left|right)[- ]wing\b|\bfar[- ](?:right|left)\b"
)


@lru_cache(maxsize=4096)
def is_alliance(name: str) -> bool:
    """True for coalitions/alliances/blocs ('BJP-led NDA', 'INDIA bloc', 'NDP-Green alliance').

    The party lexicon (claimx.parties.lookup_party) decides for names it knows; a keyword rule otherwise."""
    if _parties is not None and hasattr(_parties, "lookup_party"):
        try:  # the party lexicon knows which names are alliances
            entry = _parties.lookup_party(name)
            if entry is not None and getattr(entry, "kind", None) in ("party", "alliance", "pseudo"):
                return entry.kind == "alliance"
        except Exception:
            pass
    f = _fold(name)
    if re.search(r"-led\b|\b(nda|upa)\b", f):  # 'BJP-led ...', common alliance acronyms
        return True
    bare = _PAREN.sub(" ", f).strip()
    if any(bare.startswith(x) for x in _NOT_ALLIANCE):
        return False
    return bool(_ALLIANCE.search(f))


def cluster_parties(names: list[str]) -> dict[str, str]:
    """Map each name to a representative of its cluster (names that are the same party)."""
    reps: list[str] = []
    out: dict[str, str] = {}
    for n in names:
        if n in out:
            continue
        for r in reps:
            if same_party(n, r):
                out[n] = r
                break
        else:
            reps.append(n)
            out[n] = n
    return out
