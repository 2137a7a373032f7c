"""Typed loader for the rule layer's data files (``data/entities/*.jsonl``, see data/README.md).

Each file holds one JSON object per line; :func:`load_lexicon` reads them all into frozen
dataclasses, once per process (or from another folder, e.g. a component saved with ``to_disk``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

ENTITY_DATA = Path(__file__).resolve().parent / "data" / "entities"
FILES = ("parties.jsonl", "countries.jsonl", "nationalities.jsonl", "legislatures.jsonl", "titles.jsonl")
# the world's parties by region (``parties/*.jsonl``, same format as parties.jsonl), read after parties.jsonl
PARTY_DIR = "parties"


def with_curly_apostrophes(value: Any) -> Any:
    """A word list (or a JSON pattern holding word lists) with each word that has a straight apostrophe also written
    with the typographic one: news text writes "didn’t", "can’t", "won’t" as often as "didn't", and the
    tokens' ``lower_`` keep the mark as written ("n’t"), so a list that names "n't" names "n’t" too."""
    if isinstance(value, list):
        out = [with_curly_apostrophes(v) for v in value]
        extra = [v.replace("'", "’") for v in value if isinstance(v, str) and "'" in v]
        return out + [e for e in extra if e not in value]
    if isinstance(value, dict):
        return {k: with_curly_apostrophes(v) for k, v in value.items()}
    return value


def party_files(folder: Path | str) -> list[Path]:
    """parties.jsonl, then every ``parties/*.jsonl`` in name order (entries earlier in the list win homonyms)."""
    folder = Path(folder)
    extra = sorted((folder / PARTY_DIR).glob("*.jsonl")) if (folder / PARTY_DIR).is_dir() else []
    return [folder / "parties.jsonl", *extra]


@dataclass(frozen=True)
class PartyEntry:
    name: str
    country: tuple[str, ...] = ()
    kind: str = "party"  # party | alliance | pseudo
    aliases: tuple[str, ...] = ()
    abbr: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    # the world's parties (``parties/*.jsonl``): an ambiguous form names the party only with its country's
    # evidence, never by default (parties.jsonl's own ambiguous forms name their party when no country is known)
    strict: bool = False
    # plural nicknames derived from the name (``with_nicknames``): never the party's without its country's evidence
    nicknames: tuple[str, ...] = ()

    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.abbr)


@dataclass(frozen=True)
class PlaceEntry:
    name: str
    code: str
    kind: str = "country"  # country | place
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class NationalityEntry:
    name: str
    code: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class LegislatureEntry:
    name: str
    country: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    kind: str = "legislature"


@dataclass(frozen=True)
class TitleEntry:
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "title"  # title | honorific | modifier


@dataclass(frozen=True)
class Lexicon:
    parties: tuple[PartyEntry, ...]
    places: tuple[PlaceEntry, ...]
    nationalities: tuple[NationalityEntry, ...]
    legislatures: tuple[LegislatureEntry, ...]
    titles: tuple[TitleEntry, ...]
    _index: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def party_forms(self) -> dict[str, list[PartyEntry]]:
        """Every written form (exact case) -> the entries it can name."""
        out = self._index.get("party_forms")
        if out is None:
            out = {}
            for p in self.parties:
                for f in p.forms():
                    out.setdefault(f, [])
                    if p not in out[f]:
                        out[f].append(p)
            self._index["party_forms"] = out
        return out

    def party_by_name(self) -> dict[str, PartyEntry]:
        return {p.name: p for p in self.parties}


def _tuple(d: dict[str, Any], key: str) -> tuple[str, ...]:
    v = d.get(key) or ()
    return tuple(v) if isinstance(v, (list, tuple)) else (v,)


def _read(path: Path) -> list[dict[str, Any]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise ValueError(f"{path}:{n}: {err}") from None
    return out


def read_lexicon(folder: Path | str = ENTITY_DATA) -> Lexicon:
    folder = Path(folder)
    parties = tuple(
        PartyEntry(
            d["name"], _tuple(d, "country"), d.get("kind", "party"), _tuple(d, "aliases"), _tuple(d, "abbr"),
            _tuple(d, "ambiguous"), _tuple(d, "members"), bool(d.get("strict", f.parent.name == PARTY_DIR)),
        )
        for f in party_files(folder)
        for d in _read(f)
    )
    places = tuple(
        PlaceEntry(d["name"], d.get("code", ""), d.get("kind", "country"), _tuple(d, "aliases"))
        for d in _read(folder / "countries.jsonl")
    )
    nats = tuple(
        NationalityEntry(d["name"], d.get("code", ""), _tuple(d, "aliases")) for d in _read(folder / "nationalities.jsonl")
    )
    legis = tuple(
        LegislatureEntry(d["name"], _tuple(d, "country"), _tuple(d, "aliases"), d.get("kind", "legislature"))
        for d in _read(folder / "legislatures.jsonl")
    )
    titles = tuple(
        TitleEntry(d["name"], _tuple(d, "aliases"), d.get("kind", "title")) for d in _read(folder / "titles.jsonl")
    )
    nick_file = folder / "nicknames.json"
    if nick_file.exists():
        parties = with_nicknames(parties, json.loads(nick_file.read_text(encoding="utf-8"))["nicknames"])
    return Lexicon(parties, places, nats, legis, titles)


def with_nicknames(parties: tuple[PartyEntry, ...], nicknames: dict[str, list[str]]) -> tuple[PartyEntry, ...]:
    """The parties with the plural nicknames news calls them by ("the Communists" for Moldova's Party of Communists of
    the Republic of Moldova): per country, a nickname goes to the one party whose name has one of its words, as an
    ambiguous form (named only in an article about that country); not where the country has two such parties, nor
    where a party of the country already takes the nickname."""
    import re

    patterns = {nick: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b") for nick, words in nicknames.items()}
    taken: dict[tuple[str, str], int] = {}  # (country, nickname) -> how many parties already take it or would get it
    owner: dict[tuple[str, str], int] = {}
    for k, p in enumerate(parties):
        forms = set(p.forms())
        for nick, rx in patterns.items():
            for c in p.country:
                if nick in forms:
                    taken[c, nick] = 99  # a party of the country takes the nickname already
                elif rx.search(p.name) and p.kind == "party":  # (an alliance's name lists its members' words)
                    taken[c, nick] = taken.get((c, nick), 0) + 1
                    owner[c, nick] = k
    extra: dict[int, list[str]] = {}
    for (c, nick), n in taken.items():
        if n == 1:
            extra.setdefault(owner[c, nick], []).append(nick)
    if not extra:
        return parties
    out = list(parties)
    for k, nicks in extra.items():
        p = out[k]
        new = tuple(n for n in dict.fromkeys(nicks) if n not in p.forms())
        if new:
            out[k] = PartyEntry(p.name, p.country, p.kind, p.aliases + new, p.abbr, p.ambiguous + new, p.members, p.strict,
                                p.nicknames + new)
    return tuple(out)


@lru_cache(maxsize=1)
def possessive_name_words() -> frozenset[str]:
    """The lower-case words after which a possessive is part of a name ("people" of "Cambodian People's Party"):
    ``data/entities/name_words.json``."""
    raw = json.loads((ENTITY_DATA / "name_words.json").read_text(encoding="utf-8"))
    return frozenset(raw["possessive_name_words"])


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon shipped with claimx (cached)."""
    return read_lexicon(ENTITY_DATA)
