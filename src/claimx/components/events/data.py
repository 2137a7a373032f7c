"""Event data (data/events/: triggers.jsonl, when.jsonl, kinds.json, lexicon.json), dependency-label sets
and the small word sets the stages share."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from spacy.parts_of_speech import PROPN
from spacy.tokens import Token
from ...lexicon import with_curly_apostrophes

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "events"

# dependency labels, UD and ClearNLP alike
SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "nsubj:pass", "csubjpass", "csubj:pass"}
OBJ = {"dobj", "obj", "iobj"}
POSS = {"poss", "nmod:poss"}
PREP_ARGS = {"obl", "nmod", "obl:agent", "obl:tmod", "obl:npmod", "nmod:npmod"}
CLIMB_NOUN = {"dobj", "obj", "pobj", "prep", "obl", "nmod", "compound", "attr", "appos", "nsubj:pass", "nsubjpass", "iobj", "conj"}
NOUN_TO_VERB = {"dobj", "obj", "compound", "appos", "attr", "conj"}
CLIMB_VERB = {"xcomp", "advcl", "conj", "ccomp", "acl", "relcl", "acl:relcl", "advcl:relcl", "pcomp"}
RELCL = {"relcl", "acl:relcl", "acl"}
MENTION_LABELS = {"PERSON", "PER", "ORG", "NORP", "GPE", "LOC", "FAC"}
NAME_JOIN = {"compound", "flat", "flat:name", "amod", "det", "nmod:poss", "poss", "case", "nn"}
WH = {"who", "which", "that", "whom"}
SYMMETRIC = {"call", "meet"}
_FINAL_PUNCT = frozenset((".", "!", "?"))
_PROPN = int(PROPN)  # a plain int: numpy compares an enum member slowly


# --------------------------------------------------------------------------- data



@dataclass
class Trigger:
    id: str
    kind: str
    roles: str
    head: int
    patterns: list
    require: str | None = None
    objects: str | None = None
    numeric_objects: bool = True
    next_deny: list = field(default_factory=list)
    prev_deny: list = field(default_factory=list)
    after_object_deny: list = field(default_factory=list)
    suppresses: list = field(default_factory=list)
    passive_kind: str | None = None
    cameo: str | None = None
    object_deny: str | None = None
    segment_deny: str | None = None  # a lexicon list: one of its words after the trigger in its sentence cancels it
    segment_require: str | None = None  # a lexicon list: one of its words must follow the trigger in its sentence
    object_required: bool = False  # the verb fires only with an object ("claimed 39 seats", not "claimed that")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    out = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as err:  # pragma: no cover - data error
                raise ValueError(f"{path}:{n}: {err}") from None
    return out


def load_data(data_dir: Path = DATA_DIR) -> dict[str, Any]:
    """Read kinds.json, triggers.jsonl, when.jsonl and lexicon.json."""
    # (every word list also with the typographic apostrophe: "didn’t", "n’t")
    triggers = [Trigger(**with_curly_apostrophes(t)) for t in _read_jsonl(data_dir / "triggers.jsonl")]
    kinds = {k: v for k, v in json.loads((data_dir / "kinds.json").read_text("utf-8")).items() if not k.startswith("_")}
    for t in triggers:
        if t.kind not in kinds:
            raise ValueError(f"trigger {t.id}: unknown kind {t.kind!r}")
    lex = {k: with_curly_apostrophes(v) for k, v in json.loads((data_dir / "lexicon.json").read_text("utf-8")).items() if not k.startswith("_")}
    return {"triggers": triggers, "kinds": kinds, "when": _read_jsonl(data_dir / "when.jsonl"), "lexicon": lex}


# --------------------------------------------------------------------------- mentions


_PARTY_CACHE: dict[tuple[str, tuple[str, ...]], str | None] = {}


def _canonical_party(name: str, countries: tuple[str, ...] = ()) -> str | None:
    """claimx.parties.canonical_party (a function of the name, the article's countries and the static party lexicon),
    memoised."""
    key = (name, countries)
    if key in _PARTY_CACHE:
        return _PARTY_CACHE[key]
    try:
        from ...parties import canonical_party  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - module not there yet
        return None
    try:
        out = canonical_party(name, list(countries) or None)
    except Exception:  # noqa: BLE001
        out = None
    if len(_PARTY_CACHE) >= 20000:
        _PARTY_CACHE.clear()
    _PARTY_CACHE[key] = out
    return out


# --------------------------------------------------------------------------- component



_PERSON_ADJ = {"veteran", "longtime", "long-time", "sitting", "embattled", "popular", "outgoing", "incumbent", "mp",
               "federal", "provincial", "state", "party", "conservative", "liberal", "labour"}
def _with_joined(words: set[str], toks: list[Token]) -> set[str]:
    """The words plus the hyphenated words the tokenizer split ('re-election' from 're', '-', 'election')."""
    if toks and any(t.text in ("-", "\u2010", "\u2011") for t in toks):
        text = "".join(t.text_with_ws for t in toks)
        words = words | set(text.lower().split())
    return words


def _plain_words(text: str) -> list[str]:
    text = text.replace("’", "'").lower()
    return [w.removesuffix("'s") for w in text.split() if w not in ("the", "a", "an", "'s")]


_GOVT_WORDS = {"government", "govt", "administration", "cabinet"}
_ADV_SKIP = {"also", "then", "later", "repeatedly", "quickly", "swiftly", "has", "have", "had", "openly", "publicly",
             "again", "even", "promptly", "separately", "subsequently", "had", "was", "were"}
_NOUN_TOO = {"win", "wins", "call", "calls", "blame", "defeat", "defeats"}
_DET_ADJ = {"a", "an", "the", "this", "that", "his", "her", "their", "its", "our", "my", "first", "second", "third",
            "fourth", "fifth", "new", "own", "phone", "telephone", "election", "electoral", "historic", "landslide",
            "narrow", "big", "decisive", "clear", "resounding", "stunning", "surprise", "comfortable", "warm",
            "warmest", "heartfelt", "sincere", "personal", "formal", "brief", "lengthy", "long", "short", "private",
            "bilateral", "first-ever", "in-person", "face-to-face", "official", "crushing", "surprising", "in", "-", "person",
            "face", "to", "emphatic", "overwhelming", "massive", "huge", "thumping", "sweeping", "outright", "early",
            "late", "recent", "upcoming", "planned", "proposed", "expected"}
_STOP_NP = {"for", "on", "in", "at", "after", "before", "with", "to", "and", "but", "as", "who", "which", "that",
            "over", "during", "since", "amid", "following", "by"}
# lower-case words inside names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva")
_NAME_PARTICLES = {"de", "da", "das", "do", "dos", "del", "della", "di", "du", "der", "den", "van", "von", "ter", "bin",
                   "binti", "al", "el", "la", "le", "y", "e", "ibn", "abu", "mac", "zu", "wa"}
# first-person words: inside a quotation "I" is its speaker
_FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
# possessive pronouns before a nominal trigger name its actor ("his victory", "her resignation")
# auxiliaries and adverbs between a subject (or an inserted phrase's closing comma) and its verb
_AUX_ADV = {"has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "then", "now", "finally", "has", "eventually"}
_POSS_PRON = {"his", "her", "their", "its"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
           "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# kinds whose actor is a person or a party (never a legislature, court or palace)
_PERSON_OR_PARTY_KINDS = {"win", "lose", "concede", "resign", "form_government"}


def _is_party(name: str) -> bool:
    """True when the party lexicon knows the name or it is shaped like a party's (claimx.parties)."""
    try:
        from ...parties import looks_like_party, lookup_party
    except Exception:  # noqa: BLE001 - module not there
        return False
    try:
        return lookup_party(name) is not None or looks_like_party(name)
    except Exception:  # noqa: BLE001
        return False


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Nationality words (claimx/data/entities/nationalities.jsonl, names and aliases), lower-cased."""
    out: set[str] = set()
    for row in _read_jsonl(DATA_DIR.parent / "entities" / "nationalities.jsonl"):
        for w in [row["name"], *row.get("aliases", [])]:
            out.add(w.lower())
    return frozenset(out)
