"""Who is who in one article: resolve a mention to the fullest name the article gives.

:class:`MentionResolver` is built once per :class:`~spacy.tokens.Doc` and answers
``resolve(span_or_token) -> (name | None, kind)`` with ``kind`` one of
``"person"``, ``"organization"``, ``"unknown"``:

- a surname or first name ("Carney"), with or without an honorific or title
  ("Mr Key", "Professor Burrows", "U.S. President Trump") -> the fullest form of
  that person's name in the article ("Mark Carney", "John Key", "Donald Trump");
  titles are never part of a name;
- a role noun phrase ("the prime minister", "Canada's prime minister", "the
  president") -> the person the article gave that title ("Prime Minister Mark
  Carney", "Mark Carney, the prime minister");
- a pronoun ("he", "she") -> the most recent compatible person: the speaker of
  the previous quote when ``prefer_speaker=True`` (use it for a quote paragraph
  with no attribution), else the subject of the nearest earlier sentence that
  names a person; "it" -> the last organisation speaker (or organisation);
- an organisation ("KCNA", "the Prime Minister's Office") -> its fullest form
  ("Korean Central News Agency (KCNA)", "Canadian Prime Minister's Office");
- a document or representative ("the statement", "a spokesperson for X", "the
  release") -> the organisation that issued it ("an official release from X" /
  "X said in a statement") or named with it ("for X"), kind "organization";
- anything else that cannot be tied to a name -> ``(None, "unknown")``
  (never guessed).

Works with any spaCy pipeline: it uses ``doc.ents`` (PERSON/PER, ORG) and the
parser (subjects) when present, and capitalised word runs and the title lexicon
(``claimx/data/quotes/titles.json``) otherwise.  Lexicons are data, loaded once
by :func:`load_lexicon`.

Stable API (other components import it):
``MentionResolver(doc)``, ``MentionResolver.for_doc(doc)`` (the analysis of a Doc is
made once and shared by the components that ask for it), ``.resolve(x, prefer_speaker=False)``,
``.note_speaker(pos, name, kind)``, ``.last_speaker(pos, kind=None)``,
``.persons`` (canonical person names), ``.organizations``, ``.canonical(name)``.
"""

from __future__ import annotations

import bisect
import copy
import functools
import json
import re
import weakref
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Literal

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_LOWER, IS_PUNCT, IS_SPACE, LENGTH, ORTH, POS, SENT_START, SPACY, TAG
from spacy.parts_of_speech import ADV, AUX, CCONJ, NOUN, SCONJ, VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .doctext import doc_text, sentence_bounds, token_words
from .lexicon import possessive_name_words

Kind = Literal["person", "organization", "unknown"]

PERSON_LABELS = frozenset({"PERSON", "PER"})
ORG_LABELS = frozenset({"ORG", "NORP_ORG"})
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
# the same labels as the ids of the ENT_TYPE column (see MentionResolver._ent_label_ids)
_PERSON_IDS = frozenset(get_string_id(x) for x in PERSON_LABELS)
_ORG_IDS = frozenset(get_string_id(x) for x in ORG_LABELS)
_PLACE_IDS = frozenset(get_string_id(x) for x in PLACE_LABELS)
# the head words that end a party's or an organisation's name ("Social Democrat Party", "Bar Association")
_ORG_HEAD_WORDS = frozenset(("Party", "Alliance", "Front", "Movement", "Congress", "League", "Union", "Coalition", "Bloc",
                             "Association", "Commission", "Committee", "Council", "Court", "Ministry", "Agency", "Institute",
                             "Foundation", "Federation", "Organisation", "Organization", "Society", "Board"))

_APOS = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'"})


# org_nouns that name the people who speak for an organisation, not the organisation ("a spokesman said")
_PEOPLE_NOUNS = frozenset(("spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative", "delegation",
                           "observers"))


def _norm_apos(text: str) -> str:
    """``text.translate(_APOS)``: curly quotes, modifier apostrophe and backtick as "'" (str.replace is much faster)."""
    return text.replace("\u2019", "'").replace("\u02bc", "'").replace("\u2018", "'").replace("`", "'")


_INITIAL = re.compile(r"^[A-Z]\.$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,6}$")
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# the same labels as the ids in the token table (get_string_id: common labels are symbols, not hashes), for
# MentionResolver._is_subject
_TIME_MARKS = frozenset({"after", "as", "when", "while", "before", "once", "until", "till", "since"})
_SUBJ_DEP_H = frozenset(get_string_id(d) for d in _SUBJ_DEPS)
_RELCL_DEP_H = frozenset(get_string_id(d) for d in ("relcl", "acl:relcl", "acl"))
_APPOS_H = get_string_id("appos")
_OBJECT_DEP_H = frozenset(get_string_id(d) for d in ("obj", "iobj", "dobj", "dative", "pobj", "obl"))
_VBG = get_string_id("VBG")
_VBG_VBN = frozenset((_VBG, get_string_id("VBN")))
_VERB_AUX = frozenset((VERB, AUX))

_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
# "Ministry of Transport (MoT)": the long form and its acronym
_ACRONYM_DEF = re.compile(r"((?:[A-Z][\w'\u2019\-]*\.?\s+(?:(?:of|for|and|the|on|de)\s+)*){1,9})\(([A-Z][A-Za-z0-9&.\-]{1,11})\)")
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9&.\-]{1,11})\)")
# capitalised runs (see MentionResolver._cap_runs): a capitalised token, and the connectors a run may contain
_CAP_TOKEN = re.compile(r"^(?:[A-Z][\w'\u2019\u02bc\-]*\.?|(?:[A-Z]\.)+[A-Z]?\.?)$")
_RUN_LINKS = frozenset(("of", "for", "de", "van", "von", "bin", "al", "del", "da", "la", "le"))
# the link words a name may hold ("Bank of England"); after two words they start a place ("Mark Carney of Canada")
_NAME_LINKS = frozenset(("of", "for", "de", "van", "von", "bin", "al", "del", "da", "la", "le", "the"))
_AGE_ANAPHOR = re.compile(r"^(?:the )?(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\b")
_HYPHENS = frozenset(("-", "\u2010", "\u2011"))
_NAME_PARTICLES = frozenset(("al", "el", "ul", "bin", "ibn", "abu", "bint", "ben"))
# lower-case particles written inside European and other names ("von der Leyen", "de la Cruz", "van Rompuy")
_INNER_PARTICLES = frozenset(("von", "van", "der", "den", "de", "du", "da", "di", "del", "della", "la", "le", "ter",
                              "ten", "dos", "das", "bin", "ibn", "al", "el", "wa"))
# lower-case words after a hyphen that make an adjective of a name ("Beijing-based", "Moscow-born")
_HYPHEN_WORDS = frozenset(("born", "based", "style", "era", "old", "elect", "designate", "run", "owned", "free",
                           "wide", "like", "type", "level", "class", "made", "bound", "born", "speaking", "held"))
# modifiers that make a role someone else's than the title alone ("the former president", "the outgoing mayor")
_PAST_ROLE = frozenset(("former", "outgoing", "incoming", "late"))
# the endings of a gerund or an adjective ("Congratulating", "Divisive", "Jubilant", "Victorious"), which the tagger
# calls a proper noun when it opens a sentence before a name (outside the person's entity: "Clive Palmer" keeps his name)
_COMMON_WORD_ENDING = re.compile(r"[A-Z][a-z]{3,}(?:ing|ive|ous|ful|less|ible|able)$")
_NOT_NAME_LEADS = frozenset(("and", "but", "or", "so", "then", "yet", "later", "earlier", "meanwhile", "however",
                             "now", "also", "still", "instead", "finally", "yesterday", "today", "tonight"))
_RUN_POSS = frozenset(("'s", "\u2019s", "\u02bcs"))
# a possessive pronoun that points back to a person like "he" ("His resignation was accepted"); "her" is
# already an object pronoun of the lexicon
_PERSON_POSSESSIVES = frozenset(("his",))
_QUOTE_MARKS = frozenset(('"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e", "\u2018", "\u2019", "'"))
# the commonest inverted speech verbs ('"...," said the minister'): where a role phrase before a name begins
_SAID_FORMS = frozenset(("said", "says", "told", "added", "wrote", "stated", "declared", "explained", "noted", "insisted",
                         "according"))


# ---------------------------------------------------------------------------
# lexicon (data files)
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteLexicon:
    """The word lists of ``claimx/data/quotes/*.json`` (see the ``_doc`` key of each file)."""

    role_titles: frozenset[str]
    honorifics: frozenset[str]
    title_modifiers: frozenset[str]
    verbs: frozenset[str]
    strong_verbs: frozenset[str]
    phrases: tuple[str, ...]
    speech_nouns: frozenset[str]
    org_nouns: frozenset[str]
    doc_nouns: frozenset[str]
    org_heads: frozenset[str]
    person_pronouns: frozenset[str]
    org_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    first_person: frozenset[str]
    not_person_words: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    term_determiners: frozenset[str] = frozenset()
    male_words: frozenset[str] = frozenset()
    female_words: frozenset[str] = frozenset()
    # given names of one gender (data/quotes/given_names.json): a fallback when the article says nothing
    male_names: frozenset[str] = frozenset()
    female_names: frozenset[str] = frozenset()
    male_pronouns: frozenset[str] = frozenset()
    female_pronouns: frozenset[str] = frozenset()
    person_anaphors: tuple[re.Pattern, ...] = ()
    title_cues: frozenset[str] = frozenset()
    describing_verbs: frozenset[str] = frozenset()
    judging_verbs: frozenset[str] = frozenset()
    phrasal_verbs: frozenset[tuple[str, str]] = frozenset()
    role_aliases: tuple[tuple[str, str], ...] = ()
    # titles that name the same office in other countries' usage ("the premier" for a prime minister): tried when
    # no one holds the title itself
    role_equivalents: tuple[tuple[str, tuple[str, ...]], ...] = ()
    unnamed_sources: frozenset[str] = frozenset()
    # what an office is responsible for, read after "Minister of/for" ("Foreign Affairs", "Trade and Industry")
    office_domains: frozenset[str] = frozenset()
    person_object_verbs: frozenset[str] = frozenset()
    post_nominals: frozenset[str] = frozenset()  # (as written: "MP", "QC")
    # social platforms and websites a statement is posted on ("a statement on the party's Facebook page said"): never the speaker
    platforms: frozenset[str] = frozenset()

    @cached_property
    def alias_of(self) -> dict[str, str]:
        return dict(self.role_aliases)

    @cached_property
    def titles(self) -> frozenset[str]:
        # (an alias is a title as written too: "PM Anton Hale", "Gov. Yuriko Koike")
        return self.role_titles | self.honorifics | frozenset(k for k, _ in self.role_aliases)

    @cached_property
    def title_prefixes(self) -> frozenset[str]:
        """Every leading part of every title ("p", "pr", ..., "prime minister"): a string that is not one of
        these cannot be extended into a title."""
        return frozenset(t[:k] for t in self.titles for k in range(1, len(t) + 1))

    @cached_property
    def title_last_words(self) -> frozenset[str]:
        """The last word of every title."""
        last = {t.split()[-1] for t in self.titles if t.split()}
        return frozenset(last | {w.rsplit("-", 1)[-1] for w in last})  # ("elect": the tokenizer splits "president-elect")


def _read_json(name: str) -> dict:
    ref = resources.files("claimx") / "data" / "quotes" / name
    return json.loads(ref.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _place_codes() -> dict[str, str]:
    """Country names and nationality words (claimx/data/entities, names and aliases), lower-cased, to the
    country's code: "french" and "france" -> "FR", "u.s." -> "US". Read to tie "the French president" to the
    person the article introduced as French."""
    out: dict[str, str] = {}
    for fname in ("countries.jsonl", "nationalities.jsonl"):
        ref = resources.files("claimx") / "data" / "entities" / fname
        for line in ref.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if not row.get("code") or row.get("kind", "country") != "country":
                continue
            for w in [row["name"], *row.get("aliases", [])]:
                w = w.lower().removeprefix("the ")
                out.setdefault(w, row["code"])
                out.setdefault(w + "'s", row["code"])  # "china's president"
    return out


@functools.lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """Every place, country and nationality name and alias of claimx/data/entities, lower-cased."""
    out: set[str] = set()
    for fname in ("countries.jsonl", "nationalities.jsonl"):
        ref = resources.files("claimx") / "data" / "entities" / fname
        for line in ref.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.update(w.lower().removeprefix("the ") for w in [row["name"], *row.get("aliases", [])])
    return frozenset(out)


_SPEECH_NEXT = frozenset(("said", "says", "told", "added", "wrote", "stated", "declared", "explained", "insisted"))


def roles_words(role: str) -> frozenset[str]:
    """The words of a role title ("prime minister" -> {"prime", "minister"})."""
    return frozenset(role.split())


def _low(items: list[str]) -> frozenset[str]:
    return frozenset(s.lower().translate(_APOS) for s in items)


_HYPHEN_NAMES = {k: (frozenset(v) if isinstance(v, list) else v) for k, v in _read_json("hyphen_names.json").items()}


@lru_cache(maxsize=1)
def load_lexicon() -> QuoteLexicon:
    """Load (once) the titles and speech-cue lexicons shipped in ``claimx/data/quotes``."""
    t = _read_json("titles.json")
    s = _read_json("speech.json")
    return QuoteLexicon(
        role_titles=_low(t["role_titles"]),
        honorifics=_low(t["honorifics"]),
        title_modifiers=_low(t["title_modifiers"]),
        verbs=_low(s["verbs"]),
        strong_verbs=_low(s["strong_verbs"]),
        phrases=tuple(p.lower() for p in s["phrases"]),
        speech_nouns=_low(s["speech_nouns"]),
        org_nouns=_low(s["org_nouns"]),
        doc_nouns=_low(s["doc_nouns"]),
        org_heads=frozenset(s["org_heads"]),
        person_pronouns=_low(s["person_pronouns"]),
        org_pronouns=_low(s["org_pronouns"]),
        plural_pronouns=_low(s["plural_pronouns"]),
        first_person=_low(s["first_person"]),
        not_person_words=frozenset(t.get("not_person_words", [])),
        naming_verbs=_low(s.get("naming_verbs", [])),
        term_determiners=_low(s.get("term_determiners", [])),
        male_words=_low(t.get("gendered_words", {}).get("male", [])),
        female_words=_low(t.get("gendered_words", {}).get("female", [])),
        male_names=frozenset(_read_json("given_names.json").get("male", [])),
        female_names=frozenset(_read_json("given_names.json").get("female", [])),
        male_pronouns=_low(t.get("pronoun_gender", {}).get("male", [])),
        female_pronouns=_low(t.get("pronoun_gender", {}).get("female", [])),
        person_anaphors=tuple(re.compile(p) for p in t.get("person_anaphors", [])),
        title_cues=_low(s.get("title_cues", [])),
        describing_verbs=_low(s.get("describing_verbs", [])),
        judging_verbs=_low(s.get("judging_verbs", [])),
        unnamed_sources=_low(s.get("unnamed_sources", [])),
        office_domains=_low(t.get("office_domains", [])),
        person_object_verbs=_low(s.get("person_object_verbs", [])),
        post_nominals=frozenset(t.get("post_nominals", [])),
        platforms=_low(s.get("platforms", [])),
        role_aliases=tuple((k.lower(), v.lower()) for k, v in t.get("role_aliases", {}).items()),
        role_equivalents=tuple((k.lower(), tuple(x.lower() for x in v)) for k, v in t.get("role_equivalents", {}).items()),
        phrasal_verbs=frozenset(tuple(p.lower().split()) for p in s.get("phrasal_verbs", []) if len(p.split()) == 2),
    )


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


# conjunctions and adverbs that open a sentence with a capital ("While Vesk won ...")
_OPENING_CONNECTIVES = frozenset(("while", "although", "though", "whereas", "when", "after", "before", "since", "as",
                                  "if", "because", "until", "once", "meanwhile", "however", "but", "and", "yet",
                                  "despite", "unlike", "like"))


def clean_name(text: str) -> str:
    """Normalise apostrophes and whitespace, drop a trailing possessive and edge punctuation."""
    text = " ".join(_norm_apos(text).split())
    text = text.strip(" ,;:-\u2013\u2014\"()[]")
    # a trailing possessive: "'s", or "'" ("the Greens'")
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    return text.strip()


def _person_capitals(name: str) -> str:
    """"PABLO Iglesias" -> "Pablo Iglesias": a person's name whose first word is set in capitals (the style of an
    article's first words) and whose other words are capitalised as names are."""
    words = name.split()
    if len(words) >= 2 and len(words[0]) >= 3 and words[0].isalpha() and words[0].isupper() \
            and all(w[:1].isupper() and not w.isupper() for w in words[1:]):
        return " ".join([words[0].capitalize()] + words[1:])
    return name


@lru_cache(maxsize=16384)
def _clean_lower(text: str) -> str:
    """``clean_name(text).lower()``, cached: the few words before a name repeat a lot ("the", ". The", "\\n\\n")."""
    return clean_name(text).lower()


_CAP_TEXTS: dict[str, bool] = {}  # token text -> it matches _CAP_TOKEN (all texts seen, not only capitalised ones)


def _cap_flags(texts: list[str]) -> list[bool]:
    """Per token text: does it match ``_CAP_TOKEN`` (cached by text; the per-token read is one ``map``)."""
    known = _CAP_TEXTS
    if len(known) > 50_000:  # (a word cache: bounded, so long runs stay flat in memory)
        known.clear()
    for w in set(texts).difference(known):
        known[w] = "A" <= w[:1] <= "Z" and bool(_CAP_TOKEN.search(w))  # the pattern needs an initial A-Z
    return list(map(known.__getitem__, texts))


# the token attributes the resolver reads, in one array (see _token_table); the first nine are its cache key:
# a cached analysis is reused only while the Doc's tokens, entities, tags, parse and sentence starts are unchanged
_KEY_ATTRS = [ORTH, SPACY, ENT_IOB, ENT_TYPE, POS, TAG, DEP, HEAD, SENT_START]
_TABLE_ATTRS = _KEY_ATTRS + [IDX, LENGTH, IS_SPACE, IS_LOWER]  # (IS_PUNCT: read by the roles only, when asked)


def _token_table(doc: Doc) -> numpy.ndarray:
    """One row per token with the columns of ``_TABLE_ATTRS``."""
    return doc.to_array(_TABLE_ATTRS)


def _has_apos(text: str) -> bool:
    """Does ``text`` hold a character that ``_norm_apos`` changes?"""
    return "\u2019" in text or "\u02bc" in text or "\u2018" in text or "`" in text


def _norm_apos_all(words: list[str]) -> list[str]:
    """``[_norm_apos(w) for w in words]``, done on the joined words at once."""
    if not words:
        return []
    joined = "\x00".join(words)
    if joined.count("\x00") != len(words) - 1:  # a word holds the separator itself
        return [_norm_apos(w) for w in words]
    return _norm_apos(joined).split("\x00")


@lru_cache(maxsize=65536)
def _particle_word(w: str) -> bool:
    """A lower-case name particle ("de", "van", "bin") or a particle joined to a surname ("al-Rami", "el-Badri")."""
    return w in _INNER_PARTICLES or w in _NAME_PARTICLES or (w.split("-", 1)[0] in _NAME_PARTICLES and "-" in w)


def _name_words(name: str) -> tuple[str, ...]:
    """The lower-cased words of a name, initials left out ("Mark J. Carney" -> ("mark", "carney")); a particle
    joined to a surname is left out too, as the press drops it on later mention ("Nouri al-Maliki ... Maliki said",
    "Mohamed el-Baradei ... Baradei")."""
    return tuple(_bare_surname(w.lower()) for w in name.split() if not _INITIAL.match(w))


def _bare_surname(w: str) -> str:
    """ "al-maliki" -> "maliki": a lower-case particle joined by a hyphen to the rest of a name word."""
    head, sep, rest = w.partition("-")
    return rest if sep and rest and head in _NAME_PARTICLES else w


class _Coverage:
    """Answers "is position p inside one of these [start, end) ranges?" by bisection (ranges sorted by start)."""

    def __init__(self, ranges: list[tuple[int, int]]):
        self.starts = [a for a, _ in ranges]
        self.max_end: list[int] = []  # max_end[k]: the largest end among ranges[0..k]
        best = None
        for _, b in ranges:
            best = b if best is None or b > best else best
            self.max_end.append(best)

    def covers(self, p: int) -> bool:
        k = bisect.bisect_right(self.starts, p) - 1
        return k >= 0 and self.max_end[k] > p


@dataclass
class Mention:
    """One name in the text: where, the name as written (title stripped), kind, role in its sentence."""

    start: int
    end: int
    name: str
    kind: Kind
    subject: bool = False
    sent_start: int = 0


@dataclass
class _Cluster:
    canonical: str
    kind: Kind
    forms: set[str] = field(default_factory=set)
    first: int = 0


_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


class MentionResolver:
    """Resolve names, titles, pronouns and organisation nouns of one Doc to the article's fullest names."""

    # Doc -> (lexicon, annotation key, analysis without the Doc): the cached value must not refer to the Doc,
    # or the Doc (the weak key) would never be freed
    _cache: weakref.WeakKeyDictionary[Doc, tuple[QuoteLexicon, bytes, dict]] = weakref.WeakKeyDictionary()

    @classmethod
    def for_doc(cls, doc: Doc, lexicon: QuoteLexicon | None = None) -> MentionResolver:
        """A resolver for ``doc`` whose analysis (mentions, clusters, roles, sources, genders) is made once per Doc
        and lexicon and shared by every caller (claimx_quotes and claimx_events ask for the same Doc).

        Each call returns its own resolver with an empty speaker list, so speakers noted by one component never
        reach another's answers (exactly as with ``MentionResolver(doc)``).  The shared analysis is made again
        when the Doc's annotations (tokens, entities, tags, parse, sentences) changed since it was made, so a
        component that changes the Doc later cannot get stale answers.  The analysis (``mentions``, clusters,
        ``roles``, ``sources``, ``gender``, ``acronyms``) is shared by reference: it must not be changed after
        construction (only ``speakers`` is per resolver); ``roles``, ``sources`` and ``gender`` are found on first
        use, by whichever resolver of the Doc asks first, from that finished analysis and kept for all of them."""
        lex = lexicon or load_lexicon()
        hit = cls._cache.get(doc)
        # the key is the bytes of the annotation columns (one memcmp; the row count is in the length)
        if hit is not None and hit[0] is lex and hit[1] == doc.to_array(_KEY_ATTRS).tobytes():
            view = cls.__new__(cls)
            view.__dict__.update(hit[2])
            view.doc = doc
            view.speakers = []
            return view
        table = _token_table(doc)
        key = table[:, : len(_KEY_ATTRS)].tobytes()  # C order: the same bytes as doc.to_array(_KEY_ATTRS)
        resolver = cls(doc, lex, _table=table)
        state = dict(resolver.__dict__, doc=None, speakers=[])
        cls._cache[doc] = (lex, key, state)
        return resolver

    def __init__(self, doc: Doc, lexicon: QuoteLexicon | None = None, *, _table: numpy.ndarray | None = None):
        self.doc = doc
        self.lex = lexicon or load_lexicon()
        self._titles = self.lex.titles
        self.text = doc_text(doc)
        # per-token columns as lists (reading them does not make Token objects); only the columns read here are
        # converted, one at a time (``table.T.tolist()`` of the whole table costs twice as much)
        table = _table if _table is not None else _token_table(doc)
        col = {a: table[:, k] for k, a in enumerate(_TABLE_ATTRS)}
        self._space_after: list[int] = col[SPACY].tolist()
        self._ent_h: list[int] = col[ENT_TYPE].tolist()  # entity label hashes, 0 outside entities
        self._idx: list[int] = col[IDX].tolist()  # token start offsets
        self._end: list[int] = (col[IDX] + col[LENGTH]).tolist()  # token end offsets
        self._is_space: list[int] = col[IS_SPACE].tolist()
        self._is_lower: list[int] = col[IS_LOWER].tolist()
        self._sent_start: list[bool] = (col[SENT_START] == 1).tolist()  # True: starts a sentence
        self._pos: list[int] = col[POS].tolist()  # universal POS ids (spacy.parts_of_speech), 0 when untagged
        self._tag_h: list[int] = col[TAG].tolist()
        self._dep_h: list[int] = col[DEP].tolist()
        self._head: list[int] = (numpy.arange(len(table)) + col[HEAD].view(numpy.int64)).tolist()  # head token index
        self._texts, self._lower = token_words(doc)  # Token.text, Token.lower_
        # lower_ with apostrophes normalised (most texts have no character to normalise: the same list then)
        self._lowt: list[str] = _norm_apos_all(self._lower) if _has_apos(self.text) else self._lower
        self.has_ner = doc.has_annotation("ENT_IOB")
        self.has_dep = doc.has_annotation("DEP")
        self.has_tag = doc.has_annotation("TAG")
        self.mentions: list[Mention] = []
        self.acronyms: dict[str, str] = {}
        self.speakers: list[tuple[int, str, Kind]] = []
        # roles, sources and gender (properties): made on first use, kept here and shared like the rest
        self._later: dict[str, object] = {}
        self._clusters: dict[str, _Cluster] = {}
        # the clusters again, for _cluster_for: persons by the first and by the last word of their canonical name,
        # organisations with their joined name words (both in the order of _clusters)
        self._persons_by_word: dict[str, list[_Cluster]] = {}
        self._persons_by_middle: dict[str, list[_Cluster]] = {}  # the inner words of person names of 3+ words
        self._org_words: list[tuple[_Cluster, str]] = []
        self._form_index: dict[tuple[str, Kind], list[str]] = {}
        # sentences as (first token, end token), and their start characters (for _sent_of)
        self._with_sents = doc.has_annotation("SENT_START") or self.has_dep
        self._sent_bounds: list[tuple[int, int]] = sentence_bounds(doc) if self._with_sents and len(doc) else []
        self._sent_starts = [self._idx[a] for a, _ in self._sent_bounds] if self._with_sents else [0]
        self._collect()

    # -- public API ---------------------------------------------------------

    # Few articles ask for the roles, the document sources or the genders (a role phrase, "the statement", "he"
    # / "she" as a speaker): each is found on first use, from the finished analysis, and kept for every resolver
    # of the Doc (the same answers as finding them in the constructor).

    @property
    def roles(self) -> list[tuple[int, str, str]]:
        """(char pos, role, person canonical), by position: "Prime Minister Mark Carney" gives a role."""
        return self._later_part("roles", self._find_roles)

    @property
    def role_places(self) -> list[tuple[int, str, str]]:
        """(char pos, country code, person canonical): the country word of the words that introduce a person
        ("French President Ana Roe", "Ana Roe, China's premier,"), by position."""
        return self._later_part("role_places", self._find_role_places)

    @property
    def sources(self) -> list[tuple[int, str, Kind]]:
        """(char pos, issuer name, kind) of each document noun ("the statement") whose issuer the text gives."""
        return self._later_part("sources", self._find_sources)

    @property
    def gender(self) -> dict[str, str]:
        """Person canonical -> "m" / "f" ("" when the article is inconsistent)."""
        return self._later_part("gender", self._find_genders)

    def _later_part(self, key: str, find):  # noqa: ANN001
        part = self._later.get(key)
        if part is None:
            part = self._later[key] = find()
        return part

    @property
    def token_starts(self) -> list[int]:
        """The character offset of every token (``[t.idx for t in doc]``), shared: do not change it."""
        return self._idx

    @property
    def persons(self) -> list[str]:
        return [c.canonical for c in self._clusters.values() if c.kind == "person"]

    @property
    def organizations(self) -> list[str]:
        return [c.canonical for c in self._clusters.values() if c.kind == "organization"]

    def set_quoted(self, ranges: list[tuple[int, int]]) -> None:
        """The article's quotations (``[start, end)`` character ranges, in text order): a name inside a quotation
        is something the speaker says, never the antecedent of the pronoun that attributes a quote
        ('"... than with the party's secretary, Ian Vale," he added': "he" is not Ian Vale)."""
        self._quoted = _Coverage(ranges) if ranges else None

    def _quoted_at(self, p: int) -> bool:
        quoted = self.__dict__.get("_quoted")
        return quoted is not None and quoted.covers(p)

    def note_speaker(self, pos: int, name: str | None, kind: Kind) -> None:
        """Record that ``name`` spoke at character ``pos`` (used for pronouns and unattributed quotes)."""
        if name:
            self.speakers.append((pos, name, kind))

    def last_speaker(self, pos: int, kind: Kind | None = None) -> tuple[str, Kind] | None:
        """The most recent noted speaker before ``pos`` (optionally of one kind)."""
        for p, name, k in reversed(self.speakers):
            if p < pos and (kind is None or k == kind):
                return name, k
        return None

    def _demonym_plural(self, word: str) -> bool:
        """A people's plural name: a nationality the lexicon knows plus "s" ("Americans"), or the plural of a place
        the article names ("Tasmanians" beside "Tasmania", "Kenyans" beside "Kenya")."""
        if len(word) < 5 or not word.endswith("s") or not word[:1].isupper():
            return False
        if word[:-1] in _nationality_forms():
            return True
        text = self.text
        return word.endswith("ians") and f"{word[:-4]}ia" in text or word.endswith("ans") and f"{word[:-3]}a" in text

    def _in_headline(self, pos: int) -> bool:
        """The character ``pos`` is on the article's first line (its headline)."""
        first = self.text.find("\n")
        return 0 <= pos < first if first >= 0 else False

    def canonical(self, name: str, kind: Kind | None = None) -> tuple[str | None, Kind]:
        """Fullest form of a bare name (no titles), or (None, "unknown")."""
        name = clean_name(name)
        if not name:
            return None, "unknown"
        hit = self._lookup(name, kind)
        if hit:
            return hit
        return None, "unknown"

    def resolve(self, x: Span | Token | str, pos: int | None = None, *, prefer_speaker: bool = False,
                exclude: frozenset[str] = frozenset()) -> tuple[str | None, Kind]:
        """(fullest name, kind) of a mention; ``pos`` (char offset) defaults to the mention's own start. A
        pronoun never resolves to a name in ``exclude`` (the people a quotation names in the third person)."""
        if x is None:
            return None, "unknown"
        if isinstance(x, Token):
            text, start, end = x.text, x.idx, x.idx + len(x.text)
        elif isinstance(x, Span):
            text, start, end = x.text, x.start_char, x.end_char
        else:
            text, start, end = x, pos or 0, (pos or 0) + len(x)
        if pos is None:
            pos = start
        text = " ".join(_norm_apos(text).split()).strip(" ,;:\"")
        if len(text.split()) >= 3 and text.split()[-1] in self.lex.post_nominals:
            end -= len(text.split()[-1]) + 1  # "Jane Doe MP": the letters after the name are no role of hers
            text = text.rsplit(" ", 1)[0].rstrip(",")
        low = text.lower()
        words = low.split()
        if not words:
            return None, "unknown"

        plat = next((j for j, w in enumerate(words) if w in self.lex.platforms), None)
        if plat is not None:
            # "a statement on parliament's Facebook page said", "X's Twitter account": the page's owner speaks, the
            # platform never does (no owner named: nobody the article names)
            raw = text.split()
            if plat >= 1 and _norm_apos(raw[plat - 1]).endswith("'s"):
                owner = _norm_apos(raw[plat - 1])[:-2]
                if owner[:1].isupper():
                    return self.resolve(owner, start + text.find(raw[plat - 1]), prefer_speaker=prefer_speaker, exclude=exclude)
                hit = self._lookup(owner.capitalize(), "organization")
                return hit if hit else (owner.capitalize(), "organization")
            return None, "unknown"

        # pronouns
        if len(words) == 1 and (words[0] in self.lex.person_pronouns or words[0] in _PERSON_POSSESSIVES):
            return self._resolve_person_pronoun(pos, prefer_speaker, self.pronoun_gender(words[0]), exclude)
        if len(words) == 1 and words[0] in self.lex.org_pronouns:
            return self._resolve_org_pronoun(pos)
        if len(words) == 1 and (words[0] in self.lex.plural_pronouns or words[0] in self.lex.first_person):
            last = self.last_speaker(pos, "organization") if words[0] in self.lex.plural_pronouns else None
            return last if last else (None, "unknown")

        # "the 71-year-old former governor", "the 71-year-old Vietnam War veteran": a description pointing back
        # ("the 81-year-old American premier": the person the article tied to that country's word, when it did)
        if _AGE_ANAPHOR.match(low):
            codes = _place_codes()
            place = next((codes[w] for w in (_norm_apos(w) for w in words) if w in codes), None)
            hit = self._place_role_lookup(place, self._role_of(words) or "", pos) if place is not None else None
            return (hit, "person") if hit else self._resolve_person_pronoun(pos, prefer_speaker)

        # a known mention inside the span (NER / capitalised runs)
        inner = self._mentions_in(start, end) if isinstance(x, (Span, Token)) else []
        role = self._role_of(words)  # (read by the steps below; words do not change)
        if inner and role is None and len(inner) >= 2 and all(mm.kind == "organization" for mm in inner) \
                and all(self.text[a.end : b.start].strip().lower() in ("of", "of the") for a, b in zip(inner, inner[1:])):
            # "the Ministry of External Affairs of Velo": an organisation named with its country is the whole name,
            # not the country at its end
            return clean_name(self.text[inner[0].start : inner[-1].end]), "organization"
        if inner and self.lex.platforms:
            # "a statement on the parliament's Facebook page": the platform it was posted on does not speak
            inner = [mm for mm in inner if mm.name.split()[0].lower() not in self.lex.platforms]
        if inner and role is None:
            persons = [mm for mm in inner if mm.kind == "person"]
            m = persons[-1] if persons else inner[-1]  # "Belmora's Unity Party": the possessed, not the owner
            head = self._head_word(words)
            # "a spokesperson for X" / "the statement from X": the organisation
            if m.kind in ("organization", "person") or head not in self.lex.org_nouns:
                return self._canon_mention(m)  # "a spokeswoman for Prime Minister Ada Doe": on her behalf
            return self._canon_mention(m)[0], "organization"

        # "the candidate of the Union Party Jane Doe": a role phrase ending in a person's name is that person
        if inner and role is not None and inner[-1].kind == "person" and inner[-1].end >= end - 1:
            return self._canon_mention(inner[-1])
        # "the French president", "the Chinese leader": the person introduced with that country's word
        place = self._role_place_code([_norm_apos(w) for w in words], role) if role else None
        if place is not None and role.split()[0] not in _PAST_ROLE:
            hit = self._place_role_lookup(place, role, pos)
            if hit:
                return hit, "person"
            if self._place_conflict(self._role_lookup(role, pos), place):
                return None, "unknown"  # "the Brazilian president" is not the French president the article named
        # a role the article gave to a person ("the State Department spokesperson", "the prime minister")
        if role and not (inner and inner[0].kind == "organization" and self._head_word(words) not in self.lex.role_titles):
            hit = self._role_lookup(role, pos, exact=True)
            if hit:
                return hit, "person"

        # "for X", "of X", "from X" after an organisation noun
        m = re.search(r"\b(?:for|of|from|by|at)\s+(?:the\s+)?(.+?)(?:\s+(?:on|in|at|during|late|early|last|this|earlier|later)\b.*)?$", text)
        head = self._head_word(words)
        if head in self.lex.org_nouns or head in self.lex.doc_nouns:
            if m and m.group(1)[:1].isupper():
                name, kind = self._lookup(clean_name(m.group(1)), None) or (clean_name(m.group(1)), "organization")
                return name, "organization" if kind != "person" else kind
            if m and len(m.group(1).split()) >= 2:
                # "a spokesperson for the electoral commission": the organisation named earlier in capitals
                hit = self._lookup(clean_name(m.group(1)), "organization")
                if hit:
                    return hit
            # "Doe's spokesman", "the Authority's statement": the possessor
            inner = self._mentions_in(start, end) if isinstance(x, (Span, Token)) else []
            if inner and re.search(r"['\u2019]s\b", text):
                return self._canon_mention(inner[-1])
            # a capitalised organisation name ("the Prime Minister's Office")
            caps = self._strip_leading(text)
            # ("Cambodian ruling party": a nationality word, then a description in lower case, is no name)
            described = len(caps.split()) >= 3 and all(w.islower() for w in caps.split()[1:])
            if caps and caps[:1].isupper() and not described:
                hit = self._lookup(clean_name(caps), "organization")
                if hit:
                    return hit
                return clean_name(caps), "organization"
            # "the party's press service", "the ministry's spokesman": an organisation described in lower case as
            # the possessor is the last one named with that word
            poss = [_norm_apos(w)[:-2] for w in words[:-1] if _norm_apos(w).endswith("'s")]
            if len(poss) == 1 and poss[0].isalpha() and poss[0].capitalize() in self.lex.org_heads:
                prev = [mm for mm in self.mentions if mm.kind == "organization" and mm.end <= pos and poss[0] in mm.name.lower().split()]
                if prev:
                    return self._canon_mention(prev[-1])
            # "the electoral commission", "the finance ministry": an organisation described in lower case that the
            # article names nowhere in capitals is that description, not the last organisation that spoke
            desc = [w for w in words if w not in ("the", "a", "an")]
            if head not in self.lex.doc_nouns and len(desc) >= 2 and desc[-1] == head and not m \
                    and all(w.isalpha() and w not in self.lex.role_titles for w in desc):
                hit = self._lookup(" ".join(w.capitalize() for w in desc), "organization")
                if hit:
                    return hit
                # "the ruling party" after "the Unity Party": the last organisation with that head word
                prev = [mm for mm in self.mentions if mm.kind == "organization" and mm.end <= pos and head in mm.name.lower().split()]
                if prev:
                    return self._canon_mention(prev[-1])
                if self._in_headline(pos):
                    # "Cambodian ruling party claims ..." in a headline: the body names it ("The ruling Cambodian
                    # People's Party (CPP) ..."), the first organisation after it with that head word
                    nxt = [mm for mm in self.mentions if mm.kind == "organization" and mm.start > pos and head in mm.name.lower().split()]
                    if nxt:
                        return self._canon_mention(nxt[0])
                written = [w for w in text.split() if w.lower() not in ("the", "a", "an")]  # (as written: "Velorian foreign ministry")
                return " ".join(written) if len(written) == len(desc) else " ".join(desc), "organization"
            if desc == [head] and head not in self.lex.doc_nouns and not m and head.isalpha():
                # "the ministry said" after "the Ministry of Foreign Affairs": the last one that spoke, else the last
                # one named, with that word
                last = self.last_speaker(pos, "organization")
                if last and head in last[0].lower().split():
                    return last
                prev = [mm for mm in self.mentions if mm.kind == "organization" and mm.end <= pos and head in mm.name.lower().split()]
                if prev:
                    return self._canon_mention(prev[-1])
                if head in self.lex.org_nouns and head not in self.lex.doc_nouns and head not in self.lex.role_titles \
                        and head not in _PEOPLE_NOUNS and not re.search(rf"\b{re.escape(head)}\b", self.text[:start].lower()):
                    # "police said", "the opposition said", the first time the article speaks of any: that
                    # organisation as described, never the last other organisation that spoke (a word met before,
                    # "the Harlow district council ... the council", points back to it)
                    return head, "organization"
            if m and m.group(1).replace(" ", "").isalpha() and m.group(1).islower() and len(words) <= 7:
                # "the ministry of the interior", "the office of the president": an organisation described in lower
                # case with what it is of; "a spokesman for the electoral commission", "a statement from the
                # electoral board": the organisation spoken for. Named nowhere in capitals, it is that description.
                whole = " ".join(words[1:] if words[0] in ("the", "a", "an") else words)
                own = desc[0] == head and head not in self.lex.role_titles and head not in self.lex.doc_nouns
                name = whole if own else (
                    m.group(1) if len(m.group(1).split()) >= 2 and m.group(1).split()[-1] in self.lex.org_nouns else None)
                if name:
                    return self._lookup(name, "organization") or (name, "organization")
            if head in self.lex.doc_nouns or words[-1] in self.lex.doc_nouns:
                # "the statement said": the issuer of the last statement the article tied to one, or the last
                # organisation that spoke after it ("the Kremlin said in a statement. ... the statement said")
                src_pos = max((p for p, _, _ in self.sources if p <= pos), default=-1)
                spoke = next(((p, n, k) for p, n, k in reversed(self.speakers) if p < pos and k == "organization"), None)
                if spoke is not None and spoke[0] > src_pos:
                    return spoke[1], spoke[2]
                src = self._source_before(pos)
                if src:
                    return src
                return (spoke[1], spoke[2]) if spoke else (None, "unknown")
            if m and m.group(1).lower() in self.lex.role_titles:
                # "a spokeswoman for the president": on behalf of the person the article gives the role, else nobody
                # it names (never the last organisation that spoke)
                hit = self._role_lookup(m.group(1).lower(), pos)
                return (hit, "person") if hit else (None, "unknown")
            last = self.last_speaker(pos, "organization")
            return last if last else (None, "unknown")

        # role noun phrase: "the prime minister", "Canada's president"
        if role:
            hit = self._role_lookup(role, pos)
            if hit:
                return hit, "person"
            # a definite role no name holds: the person the next sentence introduces by name, else the one the
            # sentence before is about (a new name right after is the stronger sign: news leads name them so)
            near = self._introduced_just_after(end) if words[0] == "the" or words[0].endswith("'s") else None
            if near is None and words[0] == "the":
                near = self._subject_just_before(pos, role)
            if near:
                return near, "person"
            rest = self._strip_titles(text)
            if rest and rest.split()[-1].lower() in self.lex.role_titles:
                return None, "unknown"  # (also capitalised: "The Chairman said" names no one)  # "the BJP leader" that no one in the article is: no name
            if rest and rest[:1].isupper():
                hit = self._lookup(clean_name(rest), None)
                if hit:
                    return hit
                return clean_name(rest), "person"
            return None, "unknown"

        # a description that points back like a pronoun ("the 54-year-old", "the veteran")
        if any(p.match(low) for p in self.lex.person_anaphors):
            return self._resolve_person_pronoun(pos, prefer_speaker)

        # a name, maybe with titles
        name = clean_name(self._strip_titles(text))
        if not name or not name[:1].isupper():
            return None, "unknown"
        shared = self._shared_surname(name, pos)
        if shared:
            return shared, "person"
        hit = self._lookup(name, None)
        if hit:
            return hit
        if name.upper() == name and len(name) <= 10:
            return name, "organization"
        if any(w in self.lex.org_heads for w in name.split()):
            return name, "organization"
        return name, "person"

    # -- construction ---------------------------------------------------------

    def _has_sents(self) -> bool:
        return self._with_sents

    def _sent_of(self, pos: int) -> int:
        i = bisect.bisect_right(self._sent_starts, pos) - 1
        return self._sent_starts[max(i, 0)]

    def _collect(self) -> None:
        """Find name mentions: capitalised word runs (boundaries), NER labels (kind hints), titles.  Runs and their
        parts are token ranges ``(start, end)``."""
        idx, end = self._idx, self._end
        found: list[Mention] = []
        headline_ends = self._headline_ranges()
        runs = [(a, self._hyphen_end(b)) for a, b in self._cap_run_bounds() if not any(h0 <= idx[a] < h1 for h0, h1 in headline_ends)]
        # "Prime Minister Imran Khan Monday phoned ...": a weekday right after a name (wire style) is no part of it
        runs = [(a, b - 1) if b - a > 1 and self._lowt[b - 1] in _WEEKDAYS else (a, b) for a, b in runs]
        # "While Vesk won both his seats", "Although Doe said": a sentence's opening connective, capitalised, is no
        # part of the name after it
        runs = [(a + 1, b) if b - a > 1 and self._lowt[a] in _OPENING_CONNECTIVES else (a, b) for a, b in runs]
        if not _INNER_PARTICLES.isdisjoint(self._texts):
            runs = self._join_particle_runs(runs)
        runs = self._join_office_runs(runs)
        runs = self._join_org_country(runs)
        parts_of_runs = [self._split_possessive(a, b) for a, b in runs]
        name_spans: dict[tuple[int, int], tuple[int, int] | None] = {}  # part -> _after_titles(part), asked twice
        for parts in parts_of_runs:
            for whole in parts:
                for part in self._split_link(*whole):
                    name_spans[part] = self._after_titles(*part)
                    m = self._mention_of(*part, name_spans[part])
                    if m is not None:
                        found.append(m)
        found.sort(key=lambda m: m.start)
        self._complete_from_headline(found, headline_ends)
        nicknames = self._join_nicknames(found)
        aliases = self._appositive_aliases(found)
        nicknames.update(aliases)
        for m in found:
            if m.kind == "person" and m.name in nicknames or m.name in aliases:
                m.name = nicknames[m.name]  # "MP Ibu said": the person whose nickname it is
                m.kind = "person"
        # a tagger's ORG on one word of a titled person's name ("Prabowo said" after "president-elect Prabowo
        # Subianto"), or on the surname(s) of an untitled one ("Ortega said", "Ortega Ruiz said" after "Juan Carlos
        # Ortega Ruiz led"): a person
        from .parties import lookup_party

        person_words = set()
        for m in found:
            if m.kind == "person" and " " in m.name:
                words = m.name.split()
                if self._title_before(bisect.bisect_left(self._idx, m.start)) is not None:
                    person_words.update(words)
                # (only a name of capitalised words, and never a tail that names a party: "Macnamara for Labor",
                # a tagger's person, does not make every later "Labor" a person)
                # (a lower-case particle is part of a name: "Khalid al-Rami", "Jean-Luc de la Roche"; the surname
                # opening a sentence is written with a capital, "Al-Rami said")
                if all(w[:1].isupper() or _particle_word(w) for w in words):
                    for k in range(1, len(words)):
                        tail = " ".join(words[k:])
                        if lookup_party(tail) is None and words[-1] not in _INNER_PARTICLES:
                            person_words.update((tail, tail[:1].upper() + tail[1:]))
        # (not a word that also names an organisation: "Reform" of "Reform UK")
        person_words -= {w for m in found if m.kind == "organization" and " " in m.name for w in m.name.split()}
        if person_words:
            heads = self.lex.org_heads
            for m in found:
                if m.kind == "organization" and m.name in person_words and not m.name.isupper() and m.name not in heads:
                    m.kind = "person"
        # the reverse: a tagger's ORG on a person's full name ("New Zealand leader Jacinda Ardern" as ORG) whose last
        # word is the surname the article gives a titled person ("Ms Ardern said"): a person (not a party the
        # lexicon knows, nor a name with an organisation's head word, "Ardern Foundation")
        titled = {m.name.split()[-1] for m in found if m.kind == "person"
                  and self._title_before(bisect.bisect_left(self._idx, m.start)) is not None}
        if titled:
            heads = self.lex.org_heads
            for m in found:
                words = m.name.split()
                if m.kind == "organization" and 2 <= len(words) <= 3 and words[-1] in titled and not m.name.isupper() \
                        and all(w[:1].isupper() and w not in heads for w in words) and lookup_party(m.name) is None:
                    m.kind = "person"
        # "Tasmanians had opted to maintain stability", "Kenyans voted": a people's plural name (the tagger often calls it
        # a PERSON) is nobody a pronoun or a speech verb can stand for
        found = [m for m in found if not (m.kind == "person" and " " not in m.name and self._demonym_plural(m.name))]
        self.mentions = found
        self._find_acronyms()
        self._build_clusters()
        for nick, full in nicknames.items():
            # ("Mr Dahal - who is best known as Prachanda -": the surname's cluster, "Pushpa Kamal Dahal")
            c = self._clusters.get(full) or self._cluster_for(full, "person")
            if c is not None:
                c.forms.add(nick)
                self._form_index.setdefault((nick.lower(), "person"), []).append(c.canonical)
        # second pass: a lone capitalised word that is a known person's surname or first name ("Carney said")
        taken = {(m.start, m.end) for m in found}
        covered = _Coverage([(m.start, m.end) for m in found])
        singles: list[Mention] = []
        for parts in parts_of_runs:
            for part in parts:
                name_span = name_spans[part] if part in name_spans else self._after_titles(*part)
                if name_span is None or name_span[1] - name_span[0] != 1:
                    continue
                i = name_span[0]
                if (idx[i], end[i]) in taken or covered.covers(idx[i]):
                    continue
                name = clean_name(self._texts[i])
                c = (self._cluster_for(name, "person") or self._clusters.get(nicknames.get(name, ""))
                     or (self._cluster_for(nicknames[name], "person") if name in nicknames else None)) if name else None
                if c is not None:
                    singles.append(Mention(idx[i], end[i], name, "person", self._is_subject(i, i + 1), self._sent_of(idx[i])))
                    c.forms.add(name)
                    self._form_index.setdefault((name.lower(), "person"), []).append(c.canonical)
        if singles:
            self.mentions = sorted(found + singles, key=lambda m: m.start)

    def _complete_from_headline(self, found: list[Mention], headlines: list[tuple[int, int]]) -> None:
        """"Norland's Tomas Varga Concedes Defeat" over a body that only says "Varga said": the headline names the
        person in full.  Names in headlines are not mentions (title case fools the tagger), but a two- or
        three-word PERSON of the tagger there completes a one-word body mention that is its surname, when no body
        mention gives a fuller name with that surname (``found`` is changed in place)."""
        if not headlines:
            return
        full: dict[str, set[str]] = {}
        for ent in self.doc.ents:
            if ent.label_ not in PERSON_LABELS or not any(h0 <= ent.start_char < h1 for h0, h1 in headlines):
                continue
            words = _norm_apos(ent.text).removesuffix("'s").split()
            if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
                full.setdefault(words[-1], set()).add(" ".join(words))
        if not full:
            return
        in_body = {m.name.split()[-1] for m in found if m.kind == "person" and " " in m.name}
        for m in found:
            names = full.get(m.name)
            if m.kind == "person" and names and len(names) == 1 and m.name not in in_body:
                m.name = next(iter(names))

    _NICKNAME_GAP = re.compile("\\s*[\"\u201c\u2018']([A-Z][\\w.\u2019'-]*(?: [A-Z][\\w.\u2019'-]*)?)[\"\u201d\u2019']\\s*")

    def _join_nicknames(self, found: list[Mention]) -> dict[str, str]:
        """'Ibrahim "Ibu" Mohamed Solih': a nickname in quotation marks inside a name.  The two parts around it
        are one person's name (``found`` is changed in place); the nickname becomes one of its forms (a later
        "MP Ibu said" is that person).  Returns nickname -> full name."""
        out: dict[str, str] = {}
        k = 0
        while k + 1 < len(found):
            a = found[k]
            for j in (k + 1, k + 2):  # (the nickname may be a mention of its own, between the two parts)
                b = found[j] if j < len(found) else None
                if b is None or a.kind != "person" or b.kind != "person" or b.start - a.end >= 30:
                    continue
                m = self._NICKNAME_GAP.fullmatch(self.text, a.end, b.start)
                if m is not None:
                    name = f"{a.name} {b.name}"
                    found[k] = Mention(a.start, b.end, name, "person", a.subject or b.subject, a.sent_start)
                    del found[k + 1 : j + 1]
                    out[m.group(1)] = name
                    break
            k += 1
        return out

    _ALIAS_GAP = re.compile(r"\s*[,(\u2013\u2014-]\s*(?:who (?:is|was) )?(?:(?:better|best|also|popularly|widely|commonly|more commonly) )?"
                            r"(?:known as|called|nicknamed|alias|aka)\s+")

    # the other name itself (one or two capitalised words; the tagger may not see it as a name)
    _ALIAS_NAME = re.compile(r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?")

    def _appositive_aliases(self, found: list[Mention]) -> dict[str, str]:
        """"Pushpa Dahal, better known as Prachanda,", "Ana Soto (known as La Jefa)": a person's name, then another
        name the article will use for her; a later "Prachanda said" is the same person.  Returns alias -> full name
        (not a party's name: "Ana Soto, known as the Greens' leader" gives none)."""
        from .parties import lookup_party

        out: dict[str, str] = {}
        for a in found:
            gap = self._ALIAS_GAP.match(self.text, a.end) if a.kind == "person" else None
            alias = self._ALIAS_NAME.match(self.text, gap.end()) if gap is not None else None
            if alias is None or lookup_party(alias.group(0)) is not None:
                continue
            if self.text[alias.end() : alias.end() + 2].strip()[:1] not in (",", ")", "-", "\u2013", "\u2014", ".", ";", ""):
                continue  # ("Voss, called Brandt a liar": a verb and its object, no second name)
            out.setdefault(alias.group(0), a.name)
        return out

    def _headline_ranges(self) -> list[tuple[int, int]]:
        """Character ranges of title-case lines with no sentence punctuation (headlines): names there are unreliable."""
        out = []
        pos = 0
        for line in self.text.split("\n"):
            if line.rstrip().endswith((".", '"', "\u201d")):  # sentence punctuation: not a headline
                pos += len(line) + 1
                continue
            words = _HEADLINE_WORD.findall(line)
            if len(words) >= 4:
                caps = sum(1 for w in words if w[:1].isupper())
                if caps / len(words) >= 0.6 and not line.rstrip().endswith((".", '"', "\u201d")):
                    out.append((pos, pos + len(line)))
            pos += len(line) + 1
        return out

    def _split_possessive(self, start: int, end: int) -> list[tuple[int, int]]:
        """"Canada's Prime Minister Mark Carney" -> [Canada, Prime Minister Mark Carney];
        "Prime Minister's Office" stays whole (a title before 's makes an organisation name)."""
        lowt = self._lowt
        for i in range(start + 1, end):
            if lowt[i] == "'s":
                owner_words = [w for w in clean_name(self._text_of(start, i)).lower().split() if w not in self.lex.title_modifiers]
                rest_words = clean_name(self._text_of(i + 1, end)).split()
                # ("Prime Minister's Office": the title alone owns the organisation; "Prime Minister Anna Voss's
                # Harbour Party" is a person, then the party)
                if " ".join(owner_words) in self._titles or (" ".join(owner_words[-2:]) in self._titles) or (
                        rest_words and rest_words[-1] in self.lex.org_heads and self._title_len(start, i) >= i - start > 0):
                    return [(start, end)]
                if owner_words and owner_words[-1] in possessive_name_words() and rest_words and rest_words[-1] in self.lex.org_heads:
                    return [(start, end)]  # "Cambodian People's Party": a possessive inside the name, not an owner
                out = [(start, i)]
                if end > i + 1:
                    out.extend(self._split_possessive(i + 1, end))
                return out
        return [(start, end)]

    def _split_link(self, start: int, end: int) -> list[tuple[int, int]]:
        """"Prime Minister Rishi Sunak of the Conservative Party" -> [Prime Minister Rishi Sunak, Conservative
        Party]: a name without an organisation head, then "of"/"from" (the) and an organisation's name, are two
        mentions ("Liberal Party of Canada", "Bank of England" stay whole: the head is before the link or there
        is no organisation head after it)."""
        lower = self._lower
        for i in range(start + 1, end):
            if lower[i] not in ("of", "from"):
                continue
            k = i + 1
            while k < end and lower[k] == "the":
                k += 1
            if k >= end:
                return [(start, end)]
            name = self._after_titles(start, i)
            bw = clean_name(self._text_of(*name)).split() if name is not None else []
            aw = clean_name(self._text_of(k, end)).split()
            if any(w in self.lex.org_heads for w in clean_name(self._text_of(start, i)).split()) or not any(w in self.lex.org_heads for w in aw):
                return [(start, end)]
            titled = name is not None and name[0] > start
            person = titled or bool(self._ent_label_ids(start, i) & _PERSON_IDS)
            if 2 <= len(bw) <= 4 or (person and bw):
                return [(start, i), (k, end)]
            return [(start, end)]
        return [(start, end)]

    def _mention_of(self, start: int, end: int, name_span: tuple[int, int] | None) -> Mention | None:
        """The mention a run (part) names, or None: its name without titles (``name_span``, what
        ``_after_titles(start, end)`` gives), and its kind."""
        if name_span is None or name_span[1] <= name_span[0]:
            return None
        ns, ne = self._whole_hyphenated(*name_span)
        name = clean_name(self._text_of(ns, ne))
        words = name.split()
        if len(words) >= 3 and _ACRONYM.match(words[0]) and not _INITIAL.match(words[0]) and ne - ns > 2 \
                and all(w[:1].isupper() and not w.isupper() for w in words[1:]):
            ns += 1  # "the candidate of the NDC John Mahama": the party's acronym is no part of the name
            name = clean_name(self._text_of(ns, ne))
            words = name.split()
        head = next((t for t in range(ns + 1, ne - 1) if self._texts[t] in _ORG_HEAD_WORDS), None)
        if head is not None and ne - head - 1 in (2, 3) and all(self._texts[t][:1].isupper() and self._texts[t].isalpha()
                                                             for t in range(head + 1, ne)) \
                and not any(self._texts[t] in _ORG_HEAD_WORDS for t in range(head + 1, ne)) \
                and any(self._ent_h[t] in _PERSON_IDS for t in range(head + 1, ne)):
            # "the head of the ruling Social Democrat Party Liviu Dragnea said", "Bar Association Rafiq Hassan told": the
            # party's or organisation's name (ending with its head word) before the person's is no part of it
            ns = head + 1
            name = clean_name(self._text_of(ns, ne))
            words = name.split()
        if len(words) >= 3 and ne - ns >= 3 and ns > 0 and self._lower[ns - 1] == "of" \
                and (words[0].lower() in _place_codes() or (self._ent_h[ns] in _PLACE_IDS and self._ent_h[ns + 1] not in _PLACE_IDS)) \
                and all(w[:1].isupper() for w in words[1:]):
            ns += 1  # "the attorney general of Velo Tariq Nawab Hamid": the country the office is of is no part of the name
            name = clean_name(self._text_of(ns, ne))
            words = name.split()
        if len(words) > 1 and words[0].lower() in _NOT_NAME_LEADS and ne - ns > 1:
            ns += 1  # "But Jaitley refused": a conjunction opening the sentence is no part of the name
            name = clean_name(self._text_of(ns, ne))
            words = name.split()
        # "Divisive Lindqvist told supporters", "Congratulating Harlan, the premier said": a word capitalised only
        # because it opens the line or sentence, a gerund or an adjective by its ending, is no part of the name (the
        # tagger's part of speech cannot tell: it calls "Clive" in "Clive Palmer" an adjective too)
        if len(words) > 1 and ne - ns > 1 and (ns == 0 or self._is_space[ns - 1] or self._texts[ns - 1] in (".", "!", "?", "\n", "\u201c", '"')) \
                and self._ent_h[ns] not in _PERSON_IDS and _COMMON_WORD_ENDING.match(words[0]) \
                and words[0].lower() not in self.lex.titles and words[0] not in self.lex.male_names | self.lex.female_names:
            ns += 1
            name = clean_name(self._text_of(ns, ne))
            words = name.split()
        if len(words) > 1 and words[0] == "The":
            name = name[4:]
            words = words[1:]
        if not name or name.lower() in self._titles:
            return None
        if self._dateline(ns, ne, name):
            return None
        # "I", "And I", "We" opening a quoted sentence: pronouns (and a conjunction), never a name
        lex = self.lex
        if all(w.lower() in lex.first_person or w.lower() in lex.person_pronouns or w.lower() in _NOT_NAME_LEADS for w in words):
            return None
        org_heads = self.lex.org_heads
        if not _NAME_LINKS.isdisjoint(words) and org_heads.isdisjoint(words):
            # "Mark Carney of Canada": a name then a place, unless it is an organisation's name
            cut = next(i for i, w in enumerate(words) if w in _NAME_LINKS)
            if cut >= 2 and words[cut] in ("of", "for"):
                words = words[:cut]
                name = " ".join(words)
                ne = min(ns + cut, len(self._idx))
        labels = self._ent_label_ids(ns, ne)
        has_head = not org_heads.isdisjoint(words)
        # a leading "The" is not a title ("The Electoral Commission of X" stays an organisation)
        titled = (ns > start and any(self._lower[k] != "the" for k in range(start, ns))) or self._title_before(start) is not None
        if labels and labels <= _PLACE_IDS and not has_head and not (titled and len(words) >= 2) \
                and not self._person_by_position(ns, ne, words):
            return None  # (a titled two-word name is a person whatever the tagger says: "president-elect Jane Doe")
        if (has_head and not (titled and words[-1] not in self.lex.org_heads)) or (len(words) == 1 and _ACRONYM.match(name) and not _INITIAL.match(name)):
            kind: Kind = "organization"
        elif titled:
            kind = "person"
        elif labels & _PERSON_IDS:
            kind = "person"
        elif labels and labels <= _ORG_IDS:
            kind = "organization"
        elif len(words) >= 2 and not self._sentence_initial(ns, ne):
            kind = "person"
        else:
            return None
        # (up to four capitalised words; a lower-case particle adds none: "Luiz Inacio Lula da Silva")
        if kind == "person" and (sum(1 for w in words if not _particle_word(w)) > 4
                                 or any(w in self.lex.not_person_words for w in words)):
            return None
        if kind == "person":
            name = _person_capitals(name)
        if len(words) == 1 and ne - ns == 1 and self._pos[ns] == NOUN and self._sentence_initial(ns, ne) and not titled:
            return None  # "Delegates applauded.": a common noun opening its sentence, whatever the tagger's label
        if len(words) == 1 and ne - ns == 1 and self._pos[ns] in (ADV, CCONJ, SCONJ) and not titled \
                and (ns == 0 or self._is_space[ns - 1] or self._texts[ns - 1] in (".", "!", "?", "\n", "\u201c", '"')):
            return None  # "However, Opposition Leader X was ...": a sentence adverb, capitalised by its place
        if kind == "organization" and len(words) == 1 and (name in self.lex.org_heads or len(name) > 6 and name.isupper()):
            return None
        start_char = self._idx[ns]
        # (a titled name is its clause's subject when the run with its title is: "Alhaji Jane Doe, the minister, has
        # said" opens its sentence)
        subject = self._is_subject(ns, ne) or (kind == "person" and ns > start and self._is_subject(start, ne))
        return Mention(start_char, self._end[ne - 1], name, kind, subject, self._sent_of(start_char))

    def _whole_hyphenated(self, ns: int, ne: int) -> tuple[int, int]:
        """ "Waker-Uz-Zaman", "Karim-Al-Rashid": a name the tagger cut inside a hyphenated word grows to the whole
        word (capitalised pieces joined by hyphens with no space between)."""
        texts, idx, end = self._texts, self._idx, self._end
        while ns >= 2 and texts[ns - 1] == "-" and end[ns - 2] == idx[ns - 1] and end[ns - 1] == idx[ns] \
                and texts[ns - 2][:1].isupper():
            ns -= 2
        while ne + 1 < len(texts) and texts[ne] == "-" and end[ne - 1] == idx[ne] and end[ne] == idx[ne + 1] \
                and texts[ne + 1][:1].isupper():
            ne += 2
        return ns, ne

    def _dateline(self, ns: int, ne: int, name: str) -> bool:
        """ "LONDON (Reuters) - ...", "OTTAWA — ...": a place in capitals opening a paragraph before an agency credit
        or a dash is the story's dateline, never a speaker or an actor."""
        if not name.replace(" ", "").replace(",", "").isupper() or len(name) < 3 or ne >= len(self._texts):
            return False
        if ns > 0 and not (self._is_space[ns - 1] or self._texts[ns - 1] == "\n"):
            return False
        return self._texts[ne] in ("(", "-", "--", "\u2013", "\u2014", ",") and (
            self._texts[ne] != "," or ne + 2 < len(self._texts) and self._texts[ne + 2] in ("(", "-", "--", "\u2013", "\u2014"))

    def _person_by_position(self, ns: int, ne: int, words: list[str]) -> bool:
        """A full name the tagger calls a place, in a place only a person takes: right before or after a speech
        verb ("Ivo Rask said", "said Ivo Rask") or after a verb whose object is a person ("congratulated Ivo Rask",
        data: person_object_verbs).  Two to four capitalised words, none a place word, not a place the data knows."""
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            return False
        if " ".join(words).lower() in _known_places() or any(w in self.lex.not_person_words for w in words):
            return False
        before = self._lower[ns - 1] if ns > 0 else ""
        after = self._lower[ne] if ne < len(self._lower) else ""
        return after in _SPEECH_NEXT or before in _SPEECH_NEXT or before in self.lex.person_object_verbs

    def _ent_label_ids(self, a: int, b: int) -> set[int]:
        """The entity labels of tokens a..b-1 as string ids (``{t.ent_type for t in doc[a:b] if t.ent_type}``;
        compared with ``_PERSON_IDS`` etc., so no label string is looked up)."""
        return {h for h in self._ent_h[a:b] if h}

    def _sentence_initial(self, start: int, end: int) -> bool:
        """True when a 2-word run starts a sentence with an ordinary capitalised word ("According Carney")."""
        k = start - 1
        at_start = k < 0 or self._is_space[k] or self._texts[k] in (".", "!", "?", "\n", "\u201c", '"')
        return at_start and end - start <= 2 and self.doc[start].is_stop

    def _ent_name(self, ent: Span) -> tuple[str, int]:
        """Strip leading titles / determiners the NER may have included; returns (name, first token index)."""
        i = ent.start
        while i < ent.end - 1:
            tok = self.doc[i]
            low = _norm_apos(tok.lower_)
            if low in ("the", "a", "an") or low in self.lex.title_modifiers or tok.ent_type_ in PLACE_LABELS:
                i += 1
                continue
            n = self._title_len(i, ent.end)
            if n and i + n < ent.end and ent.label_ in PERSON_LABELS:
                i += n
                continue
            break
        return clean_name(self.doc[i : ent.end].text), i

    def _text_of(self, a: int, b: int) -> str:
        """``doc[a:b].text`` without making the Span and its Tokens."""
        return self.text[self._idx[a] : self._end[b - 1]] if b > a else ""

    def _title_len(self, i: int, limit: int) -> int:
        """Length in tokens of the longest title starting at token i (0 if none)."""
        best = 0
        acc = ""
        lowt, space_after = self._lowt, self._space_after
        prefixes = self.lex.title_prefixes
        for j in range(i, min(i + 5, limit)):
            acc = (acc + (" " if acc and j > 0 and space_after[j - 1] else "") + lowt[j]) if acc else lowt[j]
            if acc not in prefixes:
                if acc.endswith("s") and acc[:-1] in self._titles:
                    best = j - i + 1  # a plural title: "Finance and Health Ministers Jane Doe and Ian Vale"
                break  # no longer the start of any title
            if acc in self._titles:
                best = j - i + 1
        return best

    def _office_tail(self, words: list[str]) -> int:
        """An office's department after its title: "of foreign affairs", "for trade and industry", "of the electoral
        commission" (``words``: lower-cased, from the word after the title).  The number of words that name it (the
        "of"/"for", domain words of ``office_domains`` or country names, and the links between them), 0 when
        ``words`` opens with none."""
        if len(words) < 2 or words[0] not in ("of", "for", "without", "to"):
            return 0  # ("Minister without Portfolio", "Ambassador to Norway": "to" a country only)
        if words[0] == "to":
            return 2 if words[1] in _place_codes() else 0
        domains, places = self.lex.office_domains, _place_codes()
        last = 0
        for k in range(1, len(words)):
            w = words[k]
            if w in domains or w in places:
                last = k + 1
            elif w not in ("and", "&", "of", "for", "the"):
                break
        return last

    def _office_tail_tokens(self, i: int, end: int) -> int:
        """``_office_tail`` on tokens i..end-1 of a capitalised run; also a department named by an organisation's
        capitalised name ("Chairman of the Harbour Party Ivo Rask": up to an organisation head word), when a name
        follows it."""
        if i >= end or self._lowt[i] not in ("of", "for", "without", "to"):
            return 0
        n = self._office_tail(self._lowt[i:end])
        if n:
            return n
        k = i + 1 + (i + 1 < end and self._lowt[i + 1] == "the")
        heads = self.lex.org_heads
        while k < end - 1 and self._texts[k][:1].isupper():
            if self._texts[k] in heads:
                return k + 1 - i
            k += 1
        return 0

    def _office_role(self, title: str, tail: list[str]) -> str:
        """The role an office with its department names: "minister" + "of foreign affairs" is the listed
        "foreign minister" ("affairs" dropped), "minister" + "for trade and industry" is "minister of trade and
        industry" (see ``_office_plain`` for the title it falls back to)."""
        domain = [w for w in tail[1:] if w != "the"]
        core = domain[:-1] if len(domain) > 1 and domain[-1] == "affairs" else domain
        listed = " ".join([*core, title])
        if listed in self.lex.role_titles:
            return listed
        return f"{title} of {' '.join(domain)}"

    def _office_plain(self, role: str) -> str | None:
        """The title of an office role made by ``_office_role`` ("minister of trade and industry" -> "minister"),
        None for any other role (a listed title such as "secretary of state" is no office role)."""
        if role in self.lex.role_titles or " of " not in role:
            return None
        title = role.split(" of ", 1)[0]
        return title if title in self.lex.role_titles else None

    def _cap_runs(self) -> list[Span]:
        """The capitalised word runs of ``_cap_run_bounds`` as Spans."""
        return [self.doc[a:b] for a, b in self._cap_run_bounds()]

    def _cap_run_bounds(self) -> list[tuple[int, int]]:
        """Capitalised word runs, possibly joined by one possessive ("Canada's Prime Minister Carney"), one link
        word ("Bank of England") or a link and "the" ("Mark Carney of the Liberal Party"); non-overlapping, in
        text order.  Same spans as a spaCy Matcher with the patterns ``C C*``, ``C C* POSS C C*``,
        ``C C* LINK C C*`` and ``C C* LINK the C C*`` (C a token matching ``_CAP_TOKEN``) and
        ``greedy="LONGEST"``: every match is a candidate; the longest (then the earliest) win."""
        n = len(self._texts)
        cap = _cap_flags(self._texts)
        if not _HYPHENS.isdisjoint(self._texts):
            self._join_hyphenated(cap)  # (hyphenated names: the Matcher patterns above do not cover them)
        lower = self._lower
        blocks: list[tuple[int, int]] = []  # maximal runs of capitalised tokens
        i = 0
        while True:
            try:
                s = cap.index(True, i)
            except ValueError:
                break
            try:
                e = cap.index(False, s + 1)
            except ValueError:
                e = n
            blocks.append((s, e))
            i = e + 1
        # A connector inside a block only makes candidates inside that block; only one right after a block (then
        # "the" maybe) joins it to the next block.  A block joined to no other one is a run by itself (its whole
        # length beats every candidate inside it), so only chains of joined blocks go through the candidate search.
        joined = [False] * len(blocks)
        for k in range(len(blocks) - 1):
            p = blocks[k][1]  # the token after block k: the next block starts at p + 1 or p + 2
            low = lower[p]
            if blocks[k + 1][0] == p + 1 and (low in _RUN_POSS or low in _RUN_LINKS):
                joined[k] = joined[k + 1] = True
            elif blocks[k + 1][0] == p + 2 and low in _RUN_LINKS and lower[p + 1] == "the":
                joined[k] = joined[k + 1] = True
            elif blocks[k + 1][0] == p + 1 and low == "the" and p - blocks[k][0] >= 2 and lower[p - 1] in _RUN_LINKS:
                joined[k] = joined[k + 1] = True  # a capitalised link ends the block: "Bank Of the Nation"
        out: list[tuple[int, int]] = [se for se, j in zip(blocks, joined) if not j]
        if not any(joined):
            return out
        block_end = [0] * n  # block_end[i]: for a capitalised token, the first token after i that is not capitalised
        for (s, e), j in zip(blocks, joined):
            if j:
                for i in range(s, e):
                    block_end[i] = e
        cands: list[tuple[int, int]] = []
        for (s, e), j in zip(blocks, joined):
            if not j:
                continue
            for a in range(s, e):
                cands.extend((a, b) for b in range(a + 1, e + 1))  # C C*
                for p in range(a + 1, min(e, n - 1) + 1):  # a connector at p after the capitalised tokens a..p-1
                    low = lower[p]
                    q = p + 1
                    if (low in _RUN_POSS or low in _RUN_LINKS) and q < n and cap[q]:  # C C* POSS|LINK C C*
                        cands.extend((a, b) for b in range(q + 1, block_end[q] + 1))
                    if low in _RUN_LINKS and q + 1 < n and lower[q] == "the" and cap[q + 1]:  # C C* LINK the C C*
                        cands.extend((a, b) for b in range(q + 2, block_end[q + 1] + 1))
        cands.sort(key=lambda se: (se[1] - se[0], -se[0]), reverse=True)
        taken = bytearray(n)
        for a, b in cands:
            if taken.find(1, a, b) == -1:
                taken[a:b] = b"\x01" * (b - a)
                out.append((a, b))
        out.sort()
        return out

    def _hyphen_end(self, end: int) -> int:
        """'Lee Wai-ming', 'Kim Jong-un': a run ending (before token ``end``) in a capitalised token followed,
        without spaces, by a hyphen and a short lower-case word goes on over both (the tokenizer splits the name);
        English compound tails ('Labour-led', 'Trump-era') do not (data/quotes/hyphen_names.json)."""
        texts, idx, ends = self._texts, self._idx, self._end
        if end + 1 >= len(texts) or texts[end] not in _HYPHENS or ends[end - 1] != idx[end] or ends[end] != idx[end + 1]:
            return end
        tail = texts[end + 1]
        if tail.isalpha() and tail.islower() and len(tail) <= _HYPHEN_NAMES["max_tail_letters"] \
                and tail not in _HYPHEN_NAMES["not_name_tails"]:
            return end + 2
        return end

    def _join_particle_runs(self, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Lower-case particles inside a name join the runs on either side: "Ursula von der Leyen", "Leon de la
        Cruz", "Lula da Silva" -- one or two particles, no punctuation, a capitalised word on both sides (runs are
        token ranges in text order)."""
        texts = self._texts
        out: list[tuple[int, int]] = []
        for a, b in runs:
            if out:
                pa, pb = out[-1]
                gap = texts[pb:a]
                if 1 <= len(gap) <= 2 and all(w in _INNER_PARTICLES for w in gap) and texts[pb - 1].isalpha() \
                        and texts[pb - 1][:1].isupper() and texts[a][:1].isupper() and texts[a][1:2].islower():
                    out[-1] = (pa, b)
                    continue
            out.append((a, b))
        return out

    def _join_office_runs(self, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """An office whose department joins two domains with "and" is one run: "Minister for Trade and Industry
        Olek Varga" (else "Industry Olek Varga" would be a run, an organisation by its head word). The run before
        "and" ends with a title and its department, the run after opens with a domain word."""
        lowt, domains = self._lowt, self.lex.office_domains
        out: list[tuple[int, int]] = []
        for a, b in runs:
            if out and a > out[-1][1] and lowt[a] in domains:
                gap = lowt[out[-1][1] : a]
                # "Trade and Industry": two domains of one department
                if gap in (["and"], ["&"]) and self._ends_with_office(*out[-1]):
                    out[-1] = (out[-1][0], b)
                    continue
                # "Minister of State for Trade", "Secretary of State for Health": a run holds one link, an office
                # may hold two ("Minister" + "of" + "State for Trade Tomas Ek")
                if gap in (["of"], ["for"], ["of", "the"], ["for", "the"], ["without"]) and (
                        self._ends_with_office(*out[-1]) or self._ends_with_title(*out[-1])):
                    out[-1] = (out[-1][0], b)
                    continue
            # "Ambassador to Norway Jane Doe": a title of a post in a country the data knows
            if out and a == out[-1][1] + 1 and lowt[a - 1] == "to" and lowt[a] in _place_codes() \
                    and self._ends_with_title(*out[-1]):
                out[-1] = (out[-1][0], b)
                continue
            out.append((a, b))
        return out

    def _ends_with_title(self, a: int, b: int) -> bool:
        """Tokens a..b-1 end with a role title ("Shadow Secretary", "Deputy Minister")."""
        return any(" ".join(self._lowt[x:b]) in self.lex.role_titles for x in range(max(a, b - 4), b))

    def _join_org_country(self, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'the Ministry of Foreign Affairs of Velo', 'the Electoral Commission of the Republic of Osk': an
        organisation's name that already holds a link ("of"), then "of" (the) and the country it belongs to, is one
        name (a run holds one link only).  The country part: one capitalised word, or a country the data knows or
        the tagger calls a place (never a person: "the Ministry of Health of Ana Pell")."""
        lowt, heads = self._lowt, self.lex.org_heads
        out: list[tuple[int, int]] = []
        for a, b in runs:
            if out:
                pa, pb = out[-1]
                gap = lowt[pb:a]
                country = b - a == 1 or " ".join(lowt[a:b]) in _place_codes() or bool(self._ent_label_ids(a, b) & _PLACE_IDS)
                if gap in (["of"], ["of", "the"]) and b - a <= 3 and any(lowt[k] in ("of", "for") for k in range(pa, pb)) \
                        and any(t in heads for t in self._texts[pa:pb]) and country and not (self._ent_label_ids(a, b) & _PERSON_IDS):
                    out[-1] = (pa, b)
                    continue
            out.append((a, b))
        return out

    def _ends_with_office(self, a: int, b: int) -> bool:
        """Tokens a..b-1 end with a title and its department ("Deputy Minister for Trade")."""
        lowt = self._lowt
        for o in range(a + 1, b - 1):
            if lowt[o] in ("of", "for") and self._office_tail(lowt[o:b]) == b - o:
                return any(" ".join(lowt[x:o]) in self.lex.role_titles for x in range(max(a, o - 4), o))
        return False

    def _join_hyphenated(self, cap: list[bool]) -> None:
        """Hyphenated name parts belong to the name's run (``cap`` is changed in place): a given name's second
        syllable after a capitalised name word ("Lee Wai-ming", "Kim Jong-un", "Moon Jae-in") and a particle
        before a surname ("al-Sudani", "el-Sisi"). Not "Labour-led" or "the Kremlin-backed": the first case
        needs another name word before, the second a particle."""
        texts, sp = self._texts, self._space_after
        joined: set[tuple[str, str]] = set()
        for i in range(1, len(texts) - 1):
            if texts[i] not in _HYPHENS or sp[i - 1] or sp[i] or not texts[i + 1].isalpha():
                continue
            right = texts[i + 1]
            if cap[i - 1] and right.islower() and i >= 2 and cap[i - 2] and sp[i - 2] \
                    and not right.endswith("ed") and right not in _HYPHEN_WORDS:
                cap[i] = cap[i + 1] = True
            elif texts[i - 1].lower() in _NAME_PARTICLES and cap[i + 1] and (i < 2 or sp[i - 2] or not texts[i - 2].strip()):
                cap[i - 1] = cap[i] = True
            elif cap[i - 1] and cap[i + 1] and right[:1].isupper() and texts[i - 1].isalpha() and (
                    (i + 2 < len(texts) and sp[i + 1] and (cap[i + 2] or texts[i + 2] in _INNER_PARTICLES))
                    or (i >= 2 and sp[i - 2] and cap[i - 2])):
                # a double given name or surname: "Anna-Lena Vesk", "Jean-Paul Dorr", "Ada Roe-Vale",
                # "Jean-Luc de la Roche" (a capitalised word or a name particle on either side, so not "the
                # Labour-Green pact")
                cap[i] = True
                joined.add((texts[i - 1], right))
        if joined:
            # the same double name alone ('"...," Roe-Vale said'): the article has written it as a name
            for i in range(1, len(texts) - 1):
                if texts[i] in _HYPHENS and not sp[i - 1] and not sp[i] and (texts[i - 1], texts[i + 1]) in joined:
                    cap[i] = True

    def _after_titles(self, start: int, end: int) -> tuple[int, int] | None:
        """The part of a capitalised run after its leading titles / modifiers ("U.S. President Donald Trump" ->
        "Donald Trump", "IEC Chairperson Jane Doe" -> "Jane Doe"); a title followed by 's keeps the run whole
        ("Prime Minister's Office" is an organisation's name)."""
        lowt = self._lowt
        prefixes = self.lex.title_prefixes
        if end - start >= 3 and self._texts[end - 1] in self.lex.post_nominals:
            end -= 1  # "Jane Doe MP", "Ian Vale QC": letters after a name are no part of it
        cut = start
        i = start
        if start > 0 and not self._is_space[start - 1]:
            # "Dato' Sri Idris Kamal": an honorific of two words whose first one (with its apostrophe) ends the run
            # before; the second word opens this run
            pre = self._title_before(start)
            if pre and end - start >= 3 and f"{pre} {lowt[start]}" in self._titles:
                cut = i = start + 1
        limit = min(end, start + 6)
        while i < limit:
            # (no title starts with a word that starts none; "ministers": a plural title, "Health Ministers A and B")
            n = self._title_len(i, end) if lowt[i] in prefixes or (lowt[i][-1:] == "s" and lowt[i][:-1] in prefixes) else 0
            if n:
                if i + n < len(lowt) and lowt[i + n] == "'s":
                    return start, end
                if cut == start and i > start and i + n >= end and any(t in self.lex.org_heads for t in self._texts[start:i]) \
                        and any(w in ("of", "for") for w in lowt[start:i]):
                    # "Office of the Prime Minister": an organisation named after an office (the office ends the run;
                    # not "Harbour Party Leader Ivo Rask")
                    return start, end

                i += n
                # an office with its department ("Minister of Foreign Affairs Jane Doe", "Head of the Electoral
                # Commission Ian Vale"): the department is part of the title, not of the name
                tail = self._office_tail_tokens(i, end)
                if tail and i + tail >= end:
                    # the run is the office alone ("the Minister of Foreign Affairs"): no name; an organisation's
                    # name when its department is one ("President of the Electoral Commission")
                    org = i + 1 + (self._lowt[i + 1] == "the")
                    return (org, end) if any(t in self.lex.org_heads for t in self._texts[org:end]) else None
                i += tail
                cut = i
                continue
            if cut > start and self._texts[i][:1].isupper() and self._texts[i].isalpha() and lowt[i] not in self.lex.title_modifiers:
                break  # the name has begun: "Speaker Mohamed Sheikh Osman Jawari" keeps its inner "Sheikh"
            i += 1
        if cut >= end:
            return None
        if cut == start:
            while cut < end and lowt[cut] == "the":
                cut += 1
            if cut >= end:
                return None
        return cut, end

    def _title_before(self, start: int) -> str | None:
        """A role title right before token ``start`` ("the prime minister Mark Carney"), lower-cased."""
        k = start - 1
        if k >= 0 and self._lowt[k].isalnum() and self._lowt[k] not in self.lex.title_last_words and (k == 0 or self._space_after[k - 1]):
            return None  # a plain word before the span that no title ends with (clean_name keeps it as the last word)
        if start <= 0:
            return None
        text, idx, titles = self.text, self._idx, self._titles  # (titles: the role titles and the honorifics)
        stop = self._end[start - 1]
        for a in range(max(start - 4, 0), start):  # the longest first: the words a..start-1
            cand = _clean_lower(text[idx[a] : stop])
            if cand in titles:
                return cand
        return None

    def _is_place_run(self, span: Span) -> bool:
        return any(t.ent_type_ in PLACE_LABELS for t in span)

    def _is_subject(self, start: int, end: int) -> bool:
        """A name (tokens start..end-1) that is (probably) its clause's subject: it opens its sentence or line, or
        a verb follows it, or the parser says so."""
        texts = self._texts
        n = len(texts)
        k = start - 1  # the token before: Token.is_sent_end is "the next token starts a sentence (or there is none)"
        if k < 0 or self._is_space[k] or "\n" in texts[k] or self._sent_start[k + 1] == 1 or texts[k] in (".", "!", "?"):
            return True
        prev_text = texts[k]
        if end < n:  # the next token: its columns, not a Token
            low = self._lower[end]
            pos, tag = self._pos[end], self._tag_h[end]
            if low in ("said", "says", "told", "added", "wrote", "has", "had", "was", "is", "will", "would", "also", "later", "then"):
                return True
            if pos in _VERB_AUX and tag not in _VBG_VBN:
                return True
            # "Tomas Doe conceded defeat": a regular past form right after a name is its predicate, not a participle
            has_after = end + 1 < n
            if (pos == VERB or not self.has_tag) and low.endswith("ed") and self._is_lower[end] and (not has_after or self._lower[end + 1] != "by"):
                return True
            # "The party leader, Jane Doe, said": the name in apposition to the subject
            if texts[end] == "," and prev_text == "," and has_after:
                a = end + 1
                a_pos = self._pos[a]
                if (a_pos in _VERB_AUX or a_pos == 0) and self._is_lower[a] and self._tag_h[a] != _VBG:
                    if self._lower[a] in ("said", "says", "told", "added", "wrote") or a_pos in _VERB_AUX:
                        return True
            if texts[end] == "," and self.has_dep is False:
                return False
        if self.has_dep:
            dep, head = self._dep_h, self._head
            for i in range(start, end):
                if dep[i] in _SUBJ_DEP_H and dep[head[i]] not in _RELCL_DEP_H:
                    return True
                # "Party leader Jane Doe spoke ...": the name in apposition to a role noun that is the subject
                h = head[i]
                # (also after a comma and a title: "Her rival, opposition leader Karl Brandt, struck ...")
                if dep[i] == _APPOS_H and h < start and (start - h <= 3 or start - h <= 6 and texts[h + 1] == ",") \
                        and dep[h] in _SUBJ_DEP_H and dep[head[h]] not in _RELCL_DEP_H:
                    return True
        return False

    def _find_acronyms(self) -> None:
        if not _BRACKETED_ACRONYM.search(self.text):
            return  # every match ends with one
        persons = {m.name for m in self.mentions if m.kind == "person"}
        for m in _ACRONYM_DEF.finditer(self.text):
            acr = m.group(2)
            long = clean_name(m.group(1))
            words = long.split()
            # trim leading words until the initials fit (loosely): keep the last len(acr)+2 words at most
            caps = [w for w in words if w[:1].isupper()]
            if len(caps) < 2 or acr.upper() != acr.replace(".", "").upper().replace(".", ""):
                continue
            letters = acr.replace(".", "").upper()
            while words and words[0][:1].upper() != letters[0]:
                words = words[1:]
            if len(words) < 2:
                continue
            long = " ".join(words)
            # "Prime Minister Sanna Doe (SDP)": a person's party in brackets, not the person's acronym
            initials = {w[0].upper() for w in words}
            if long in persons or sum(c in initials for c in letters) * 2 < len(letters):
                continue
            self.acronyms[acr] = f"{long} ({acr})"
            self.acronyms[acr.replace(".", "")] = f"{long} ({acr})"
            self.acronyms[long.lower()] = f"{long} ({acr})"

    def _build_clusters(self) -> None:
        """Group name forms: every shorter form is joined to the fullest form that contains its words."""
        forms: dict[tuple[str, Kind], int] = {}
        counts: dict[tuple[str, Kind], int] = {}
        for m in self.mentions:
            key = (m.name, m.kind)
            forms.setdefault(key, m.start)
            counts[key] = counts.get(key, 0) + 1

        def full_words(name: str) -> int:
            return len(_name_words(name))  # the words that are not initials

        # fullest first; among equally full forms the most frequent (so a middle initial does not win by itself)
        ordered = sorted(forms.items(), key=lambda kv: (-full_words(kv[0][0]), -counts[kv[0]], kv[1]))
        for (name, kind), first in ordered:
            full = self.acronyms.get(name) or self.acronyms.get(name.lower())
            if full:
                kind = "organization"
            target = self._cluster_for(name, kind) if not full else self._clusters.get(full)
            if target is None:
                canon = full or name
                target = self._clusters.get(canon) or self._add_cluster(_Cluster(canon, kind, set(), first))
            target.forms.add(name)
            self._form_index.setdefault((name.lower(), kind), []).append(target.canonical)
        for acr, full in self.acronyms.items():
            if full not in self._clusters:
                self._add_cluster(_Cluster(full, "organization", {acr}, 0))

    def _add_cluster(self, c: _Cluster) -> _Cluster:
        """Add a new cluster to ``_clusters`` and to the indexes ``_cluster_for`` reads."""
        self._clusters[c.canonical] = c
        cw = _name_words(c.canonical)
        if c.kind == "person":
            for w in {cw[0], cw[-1]} if cw else ():
                self._persons_by_word.setdefault(w, []).append(c)
            for w in cw[1:-1]:
                if len(w) > 3:  # (not a particle: "da", "van", "bin")
                    self._persons_by_middle.setdefault(w, []).append(c)
        elif c.kind == "organization":
            self._org_words.append((c, " ".join(cw)))
        return c

    def _cluster_for(self, name: str, kind: Kind) -> _Cluster | None:
        words = _name_words(name)
        if not words:
            return None  # initials only ("J."): nothing to match on
        best = None
        if kind == "person":
            # only a cluster whose first or last word is the name's (last) word can match
            for c in self._persons_by_word.get(words[-1], ()):
                cw = _name_words(c.canonical)
                if len(words) == 1:
                    ok = words[0] in (cw[-1], cw[0])
                else:
                    ok = words[-1] == cw[-1] and all(w in cw for w in words)
                if ok and (best is None or c.first < best.first):
                    best = c
            # "Andrés Manuel López Obrador ... López said", "Ashtar Ausaf Ali ... said Ausaf": a one-word name that is
            # the middle word of one person's full name (a paternal surname, the name used in the country's press)
            middle = self._persons_by_middle.get(words[0], ()) if best is None and len(words) == 1 else ()
            if len({c.canonical for c in middle}) == 1:
                best = middle[0]
        elif kind == "organization":
            phrase = " ".join(words)
            for c, joined in self._org_words:
                if phrase in joined and (best is None or c.first < best.first):
                    best = c
        return best

    def _named_people(self):
        """(mention, canonical name, first token, end token) of every person mention the article names."""
        for m in self.mentions:
            if m.kind != "person":
                continue
            canon = self._canon_mention(m)[0]
            if canon:
                yield (m, canon, *self._tokens_of(m))

    def _apposition_after(self, end: int) -> list[str]:
        """The lower-cased words of an apposition right after a name ("Mark Carney, the prime minister,"), up to
        eight words, stopping at punctuation or a speech verb; [] when no comma follows the name."""
        texts, n = self._texts, len(self._texts)
        if end >= n or texts[end] != ",":
            return []
        words: list[str] = []
        k = end + 1
        while k < n and k < end + 9 and texts[k] not in (",", ".", ";", ":") and self._lower[k] not in ("said", "says", "told"):
            words.append(self._lowt[k])
            k += 1
        return words

    def _roles_become(self, people: list) -> list[tuple[int, str, str]]:
        """ "Sir Anton Hale has spoken to ... since becoming Prime Minister", "Ana Roe, who became president in 2020":
        the role a person becomes (the subject of "become", or of the clause a "becoming" phrase hangs on)."""
        if not self.doc.has_annotation("DEP"):
            return []
        at = {i: (m, canon) for m, canon, a, b in people for i in range(a, b)}
        out: list[tuple[int, str, str]] = []
        for i in (k for k, w in enumerate(self._lowt) if w in ("become", "becomes", "became", "becoming")):
            t = self.doc[i]
            words = []
            for w in self._lowt[i + 1 : i + 6]:
                if not w.replace("-", "").isalpha():
                    break
                words.append(w)
            # (the longest title the words open with: "Prime Minister on Friday" is "prime minister")
            role = next((r for k in range(len(words), 0, -1) if (r := self._role_of(words[:k]))), None)
            if not role:
                continue
            verb = t
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            if subj is None and t.dep_ in ("advcl", "acl", "xcomp", "pcomp") and t.head is not t:
                verb = t.head
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            if subj is not None and subj.lower_ in ("who", "that") and verb.dep_.startswith("acl"):
                subj = verb.head  # "Ana Roe, who became president": the relative clause's head
            hit = at.get(subj.i) if subj is not None else None
            if hit is not None:
                out.append((hit[0].start, role, hit[1]))
        return out

    def _find_roles(self) -> list[tuple[int, str, str]]:
        """Bind role titles to people: "Prime Minister Mark Carney", "Mark Carney, the prime minister"."""
        roles: list[tuple[int, str, str]] = []
        n = len(self._texts)
        texts, lowt, is_space = self._texts, self._lowt, self._is_space
        is_punct = self.doc.to_array(IS_PUNCT).tolist() if n else []
        people = list(self._named_people())
        roles.extend(self._roles_become(people))
        for m, canon, span_start, span_end in people:
            # title before the name (within the same capitalised run or just before)
            role = self._role_before(span_start, is_punct)
            if role:
                roles.append((m.start, role, canon))
            # appositive after: "Mark Carney, the prime minister," / "Jeff Doe, the agency's spokesperson"
            role = self._role_of(self._apposition_after(span_end))
            if role:
                roles.append((m.start, role, canon))
            # title right before with a comma: "Malaysia's Prime Minister, Najib Razak"
            i = span_start
            if i >= 2 and texts[i - 1] == ",":
                k = i - 2
                words = []
                # ("The Chairman of the Standing Committee of the People's Assembly, Leo Brant,": a long "of" phrase)
                while k >= 0 and k > i - 16 and texts[k] not in (",", ".", ";", ":", "\n") and not is_space[k]:
                    # ('"...," said the Minister of Trade, Jane Doe.': the role phrase after an inverted speech verb
                    # and the quote's closing mark)
                    if texts[k] in _QUOTE_MARKS or lowt[k] in _SAID_FORMS:
                        break
                    words.insert(0, lowt[k])
                    k -= 1
                role = self._role_of(words)
                if role:
                    roles.append((m.start, role, canon))
        # an office with its department also holds its plain title ("Minister of Trade and Industry Jane Doe" is
        # "the minister")
        roles.extend((p, plain, name) for p, r, name in list(roles) if (plain := self._office_plain(r.removeprefix("former ")
                     .removeprefix("outgoing ").removeprefix("incoming ").removeprefix("late "))))
        roles.sort()
        return roles

    def _find_role_places(self) -> list[tuple[int, str, str]]:
        """Bind country words to people the way _find_roles binds titles: the words right before a person's name
        (up to six, no punctuation: "US President Ana Roe", "China's Premier Ana Roe") or in an apposition after
        it ("Ana Roe, the French president,"), when a role title is among them."""
        out: list[tuple[int, str, str]] = []
        codes = _place_codes()
        texts, lowt = self._texts, self._lowt
        roles = self.lex.role_titles

        def code_of(words: list[str]) -> str | None:
            if not any(w in roles or w in self.lex.title_last_words for w in words):
                return None
            for k in range(len(words)):
                for w in (" ".join(words[k:k + 2]), words[k]):
                    if w in codes:
                        return codes[w]
            return None

        for m, canon, a, b in self._named_people():
            words: list[str] = []
            k = a - 1
            while k >= 0 and a - k <= 6 and not self._is_space[k] and (texts[k] not in (",", ".", ";", ":", "(", ")", "\"")
                                                                      and not texts[k] in ("\u201c", "\u201d")):
                words.insert(0, lowt[k])
                k -= 1
            # (the name's own run may hold its title: "US President Ana Roe" is one capitalised run)
            own = [w for w in lowt[a:b]]
            c = code_of(words + own[:-1]) if words or len(own) > 1 else None
            if c is None:
                c = code_of(self._apposition_after(b))
            if c is not None:
                out.append((m.start, c, canon))
        out.sort()
        return out

    @staticmethod
    def _role_place_code(words: list[str], role: str) -> str | None:
        """The country code of a country word before the title of a role phrase ("the french president": FR)."""
        codes = _place_codes()
        for k, w in enumerate(words):
            if w in roles_words(role):
                break
            for cand in (" ".join(words[k:k + 2]), w):
                if cand in codes:
                    return codes[cand]
        return None

    def _place_conflict(self, name: str | None, code: str) -> bool:
        """Whether the article introduced ``name`` with another country's word only."""
        theirs = {c for p, c, n in self.role_places if n == name}
        return bool(name) and bool(theirs) and code not in theirs

    def _place_role_lookup(self, code: str, role: str, pos: int) -> str | None:
        """'the French president', 'the Chinese leader': a role named with a country word is the person the
        article introduced with that country's word and a role (the same title first, else any title when one
        person holds that country's word); None when the article ties no one to it."""
        cands = [(p, name) for p, c, name in self.role_places if c == code]
        if not cands:
            return None
        titled = {name for p, r, name in self.roles if r == role}
        same = [(p, name) for p, name in cands if name in titled]
        pool = same or (cands if len({name for _, name in cands}) == 1 else [])
        if not pool:
            return None
        before = [name for p, name in pool if p <= pos]
        return before[-1] if before else pool[0][1]

    def _tokens_of(self, m: Mention) -> tuple[int, int]:
        """The token range of a mention (``doc.char_span(m.start, m.end)``: mentions start and end on tokens)."""
        a = bisect.bisect_left(self._idx, m.start)
        return a, bisect.bisect_left(self._idx, m.end, a + 1)

    def _role_before(self, start: int, is_punct: list[int]) -> str | None:
        """The longest role title of up to five words right before token ``start`` (``is_punct``: the IS_PUNCT
        column)."""
        best, best_a = None, 0
        for n in range(1, 6):
            a = start - n
            if a < 0:
                break
            if is_punct[a] or self._is_space[a]:
                break
            cand = " ".join(self._lowt[a:start])
            if cand in self.lex.role_titles:
                best = self.lex.alias_of.get(cand, cand)
                best_a = a
        if best is None:
            # an office with its department right before the name: "Minister for Foreign Affairs Jane Doe"
            for o in range(start - 2, max(start - 10, 0), -1):
                if is_punct[o] or self._is_space[o]:
                    break
                if self._lowt[o] not in ("of", "for", "to") or self._office_tail(self._lowt[o:start]) != start - o:
                    continue
                for a in range(max(o - 4, 0), o):
                    title = " ".join(self._lowt[a:o])
                    if title in self.lex.role_titles and not any(is_punct[k] or self._is_space[k] for k in range(a, o)):
                        best, best_a = self._office_role(title, self._lowt[o:start]), a
                        break
                if best:
                    break
        if best and best_a > 0 and self._lowt[best_a - 1] in _PAST_ROLE:
            return f"{self._lowt[best_a - 1]} {best}"  # "former president Jane Doe" is not "the president"
        return best

    def pronoun_gender(self, word: str) -> str | None:
        low = word.lower()
        if low in self.lex.male_pronouns:
            return "m"
        if low in self.lex.female_pronouns:
            return "f"
        return None

    @staticmethod
    def _note_gender(gender: dict[str, str], name: str | None, g: str | None) -> None:
        if not name or not g:
            return
        old = gender.get(name)
        gender[name] = g if old in (None, g) else ""

    def _find_genders(self) -> dict[str, str]:
        """Gender of a person where the article makes it clear: an honorific or gendered role noun right before
        the name ("Ms Doe", "chairwoman Jane Doe"), or the first third-person pronoun after the person is the
        subject of a sentence that names no other person ("Jane Doe said her party ...")."""
        gender: dict[str, str] = {}
        n = len(self._texts)
        texts, lower, is_lower = self._texts, self._lower, self._is_lower
        persons = [m for m in self.mentions if m.kind == "person"]
        for m in persons:
            name = self._canon_mention(m)[0]
            span_start, span_end = self._tokens_of(m)
            if span_start == 0:
                continue
            k = span_start - 1
            if texts[k] == "." and k > 0:
                k -= 1
            low = lower[k]
            if low in self.lex.male_words:
                self._note_gender(gender, name, "m")
            elif low in self.lex.female_words:
                self._note_gender(gender, name, "f")
            # "Jane Doe, the chairwoman," / "Jane Doe, a spokeswoman for X,"
            j = span_end
            if j + 2 < n and texts[j] == ",":
                for k in range(j + 1, min(j + 6, n)):
                    if texts[k] in (",", ".", ";"):
                        break
                    if lower[k] in self.lex.person_pronouns:
                        continue  # "Tom Bell, her deputy,": the pronoun is someone else's
                    if lower[k] in self.lex.male_words and is_lower[k]:
                        self._note_gender(gender, name, "m")
                    elif lower[k] in self.lex.female_words and is_lower[k]:
                        self._note_gender(gender, name, "f")
        if not self._has_sents():
            return gender
        person_starts = [m.start for m in persons]
        for s_start, s_end in self._sent_bounds:
            s_start_char, s_end_char = self._idx[s_start], self._end[s_end - 1]
            in_sent = persons[bisect.bisect_left(person_starts, s_start_char) : bisect.bisect_left(person_starts, s_end_char)]
            if not in_sent or not in_sent[0].subject:
                continue
            first = in_sent[0]
            others = {self._canon_mention(m)[0] for m in in_sent}
            for k in range(bisect.bisect_left(self._idx, first.end, s_start, s_end), s_end):  # tokens after the name
                pos = self._idx[k]
                g = self.pronoun_gender(lower[k])
                if g is None:
                    continue
                if lower[k] in ("him", "her") and self.has_dep and self._dep_h[k] in _OBJECT_DEP_H:
                    break  # "Tom Bell congratulated her": an object pronoun is someone else, not the subject
                if self.text[first.end : pos].lstrip().startswith(",") and len(self.text[first.end : pos].split()) <= 3:
                    break  # "Tom Bell, her deputy, ...": a pronoun in the apposition is someone else's
                # only when no other person is named before the pronoun, and not inside a quotation
                before = {self._canon_mention(m)[0] for m in in_sent if m.start < pos}
                if len(before) == 1 and len(others) >= 1 and not self._in_quotes(s_start_char, pos):
                    self._note_gender(gender, self._canon_mention(first)[0], g)
                break
        # "Jan Kowal, leader of the X, is quitting politics. He founded the party ...": a sentence naming one person,
        # its subject, and the next sentence opening with "He" / "She" (outside quotations): that person's pronoun
        bounds = self._sent_bounds
        for b, (s_start, s_end) in enumerate(bounds[:-1]):
            s_start_char, s_end_char = self._idx[s_start], self._end[s_end - 1]
            in_sent = persons[bisect.bisect_left(person_starts, s_start_char) : bisect.bisect_left(person_starts, s_end_char)]
            names = {self._canon_mention(m)[0] for m in in_sent}
            if len(names) != 1 or not in_sent[0].subject or self._quoted_at(in_sent[0].start):
                continue
            k = bounds[b + 1][0]
            while k < bounds[b + 1][1] and self._is_space[k]:
                k += 1
            if k < n and lower[k] in ("he", "she") and texts[k][:1].isupper() and not self._quoted_at(self._idx[k]):
                name = next(iter(names))
                if name and name not in gender:
                    self._note_gender(gender, name, self.pronoun_gender(lower[k]))
        # a person the article genders nowhere: a given name of one gender ("Ana Voss and Jon Kell met. ... she said")
        for m in persons:
            name = self._canon_mention(m)[0]
            if not name or name in gender or " " not in name:
                continue
            first_name = name.split()[0]
            if first_name in self.lex.female_names:
                gender[name] = "f"
            elif first_name in self.lex.male_names:
                gender[name] = "m"
        return gender

    def _in_quotes(self, start: int, pos: int) -> bool:
        """True when an odd number of quotation marks (or more opening than closing curly ones) precede ``pos``
        from ``start`` on."""
        pre = self.text[start:pos]
        return (pre.count('"') % 2 == 1) or pre.count("\u201c") > pre.count("\u201d")

    def _find_sources(self) -> list[tuple[int, str, Kind]]:
        """Who issued each document noun ("a release from X", "X said in a statement", "X's statement")."""
        sources: list[tuple[int, str, Kind]] = []
        lower, idx, n = self._lower, self._idx, len(self._lower)
        for i, low in enumerate(lower):
            if low not in self.lex.doc_nouns:
                continue
            pos = idx[i]
            # "statement from/by/of X"
            k = i + 1
            while k < n and k <= i + 3 and lower[k] in ("issued", "released", "published", "put", "out", "sent"):
                k += 1
            if k < n and lower[k] in ("from", "by", "of"):
                m = self._first_mention_after(self._end[k], limit=60)
                if m is not None:
                    sources.append((pos, *self._canon_mention(m)))
                    continue
            # "X's statement" / "X statement"
            m = self._last_mention_before(pos, limit=40, same_sent=True)
            if m is not None and self.text[m.end : pos].strip(" '\u2019s").lower() in ("", "official", "joint", "written"):
                sources.append((pos, *self._canon_mention(m)))
                continue
            # "X said in a statement" / "X issued a statement": the subject of the sentence
            if i >= 2 and lower[i - 1] in ("a", "an", "the", "its", "his", "her", "their") and lower[i - 2] in (
                    "in", "via", "through", "issued", "released", "published", "sent", "posted"):
                # ("In a statement, the party's press service said": the subject may come after the noun)
                sent = [mm for mm in self.mentions if mm.sent_start == self._sent_of(pos)]
                sub = [mm for mm in sent if mm.start < pos]
                if sub or (sent and lower[i - 2] in ("in", "via", "through")):
                    pick = next((mm for mm in sub if mm.subject), sub[0]) if sub else \
                        next((mm for mm in sent if mm.subject), sent[0])
                    sources.append((pos, *self._canon_mention(pick)))
                    continue
                # "The Velorian foreign ministry issued a statement": an organisation described in lower case
                # that opens the sentence
                a = bisect.bisect_left(self._idx, self._sent_of(pos))
                words = [w for w in self._texts[a : i - 2] if not w.isspace()]
                if words and words[0].lower() == "the":
                    words = words[1:]
                if 1 <= len(words) <= 5 and words[-1].lower() in self.lex.org_nouns and words[-1].islower():
                    sources.append((pos, " ".join(words), "organization"))
        sources.sort()
        return sources

    # -- lookups --------------------------------------------------------------

    def _canon_mention(self, m: Mention) -> tuple[str | None, Kind]:
        if m.kind == "person" and " " not in m.name:
            shared = self._shared_surname(m.name, m.start)
            if shared:
                return shared, "person"
        hit = self._lookup(m.name, m.kind)
        return hit if hit else (m.name, m.kind)

    def _lookup(self, name: str, kind: Kind | None) -> tuple[str, Kind] | None:
        name = clean_name(name)
        if not name:
            return None
        full = self.acronyms.get(name) or self.acronyms.get(name.replace(".", "")) or self.acronyms.get(name.lower())
        if full:
            return full, "organization"
        kinds: tuple[Kind, ...] = (kind,) if kind else ("person", "organization")
        for k in kinds:
            hits = self._form_index.get((name.lower(), k))
            if hits:
                return hits[0], k
        for k in kinds:
            c = self._cluster_for(name, k)
            if c is not None:
                return c.canonical, k
        # organisation given by a shorter or longer form ("the Prime Minister's Office")
        low = f" {name.lower()} "
        for c in self._clusters.values():
            if c.kind == "organization" and (kind in (None, "organization")) and (low in f" {c.canonical.lower()} "):
                return c.canonical, "organization"
        return None

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def _first_mention_after(self, pos: int, limit: int) -> Mention | None:
        for m in self.mentions:
            if pos <= m.start <= pos + limit:
                return m
        return None

    def _last_mention_before(self, pos: int, limit: int, same_sent: bool = False) -> Mention | None:
        best = None
        for m in self.mentions:
            if m.end <= pos and pos - m.end <= limit:
                best = m
        if best is not None and same_sent and best.sent_start != self._sent_of(pos):
            return None
        return best

    def _source_before(self, pos: int) -> tuple[str, Kind] | None:
        best = None
        for p, name, kind in self.sources:
            if p <= pos:
                best = (name, kind)
        return best

    def _role_of(self, words: list[str]) -> str | None:
        """The role title a noun phrase is made of ("the prime minister", "canada's prime minister"), else None."""
        ws = [_norm_apos(w) for w in words]
        roles = self.lex.role_titles
        # "the former president" is kept apart from "the president" (see _role_before)
        past = next((w for w in ws[:3] if w in _PAST_ROLE), None)
        if ws and self._head_word(ws) in self.lex.org_nouns and self._head_word(ws) not in roles:
            return None  # "the PM house", "the president's office": a role word naming an office, not its holder
        role = self._plain_role_of(ws)
        return f"{past} {role}" if past and role else role

    def _plain_role_of(self, ws: list[str]) -> str | None:
        roles = self.lex.role_titles

        def modifier(ws: list[str]) -> bool:  # "chief" in "chief executive" is part of the title, not a modifier
            return ws[0] in self.lex.title_modifiers and " ".join(ws[:2]) not in roles

        while ws and (ws[0] in ("the", "a", "an", "his", "her", "its", "their") or modifier(ws) or ws[0].endswith("'s") or ws[0] == "'s"):
            ws = ws[1:]
        # skip a possessive place/organisation split by the tokenizer: "canada", "'s"
        if len(ws) >= 2 and ws[1] == "'s":
            ws = ws[2:]
        while ws and modifier(ws):
            ws = ws[1:]
        phrase = " ".join(ws).strip()
        phrase = self.lex.alias_of.get(phrase, phrase)  # "pm": "prime minister"
        if phrase in self.lex.role_titles:
            return phrase
        # "the chief executive of the electoral commission": the role before "of" / "for"
        for i, w in enumerate(ws):
            if w in ("of", "for", "at") and 0 < i <= 3 and " ".join(ws[:i]) in self.lex.role_titles:
                # "the minister of foreign affairs", "the deputy minister for trade": the office with its department
                tail = self._office_tail(ws[i:])
                if tail and i + tail == len(ws):
                    return self._office_role(" ".join(ws[:i]), ws[i:])
                return " ".join(ws[:i])
        # "the state department spokesperson": head is a role, modifiers are an organisation
        if ws and ws[-1] in self.lex.role_titles and len(ws) <= 5:
            return ws[-1]
        if len(ws) >= 2 and " ".join(ws[-2:]) in self.lex.role_titles:
            return " ".join(ws[-2:])
        return None

    def _role_lookup(self, role: str, pos: int, exact: bool = False) -> str | None:
        hit = self._role_holder(role, pos, exact)
        plain = self._office_plain(role) if hit is None else None
        if plain:
            # "the Minister of Trade and Industry" that the article gave no one: its holder of the plain title
            return self._role_holder(plain, pos, exact)
        return hit

    def _main_clause_subject(self, m: Mention) -> bool:
        """The mention is the subject of its sentence's main verb ("President Vesk said that ..."), not of a
        clause inside it ("... said that Kask jeopardized ...")."""
        if self.doc is None or not self.doc.has_annotation("DEP"):
            return False
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and root.head.dep_ == "ROOT"

    def _role_holder(self, role: str, pos: int, exact: bool = False) -> str | None:
        before = [name for p, r, name in self.roles if r == role and p <= pos]
        if len(set(before)) > 1:
            # "President Ana Roe ... Vesk's President Tomas Reyes ... Roe said ... "...," the president said": two
            # holders of the title; the one the narration mentioned last is meant
            # (a holder the narration made the subject of its main clause comes first: "President Vesk said that
            # Kask jeopardized ...": Vesk, not Kask, whom the reported clause names later; centring on subjects)
            holders = set(before)
            narrated = [m for m in reversed(self.mentions) if m.kind == "person" and m.end <= pos and not self._quoted_at(m.start)]
            for m in [m for m in narrated if self._main_clause_subject(m)] + narrated:
                name = self._canon_mention(m)[0]
                if name in holders:
                    return name
        if before:
            return before[-1]
        after = [name for p, r, name in self.roles if r == role]
        if after:
            return after[0]
        # "the premier" after "Prime Minister Ana Roe": a title of the same office, when one person holds it
        same = dict(self.lex.role_equivalents).get(role, ())
        held = {name for p, r, name in self.roles if r in same and p <= pos}
        if len(held) == 1:
            return held.pop()
        if exact:
            return None
        # "prime minister" also answers "minister"-less variants ("premier" no); try the head word
        head = role.split()[-1]
        past = role.split()[0] if role.split()[0] in _PAST_ROLE else None

        def same_kind(r: str) -> bool:  # "the former minister" is no "minister", and the other way round
            return r.split()[-1] == head and (r.split()[0] == past if past else r.split()[0] not in _PAST_ROLE)

        cands = [name for p, r, name in self.roles if same_kind(r) and p <= pos]
        if not cands and past in ("outgoing", "incoming"):
            # "the outgoing president" may be the "President Jane Doe" the article named without the modifier
            cands = [name for p, r, name in self.roles if r.split()[-1] == head and r.split()[0] not in _PAST_ROLE and p <= pos]
        if cands:
            return cands[-1]
        # a headline's "Minister: ..." before the body's "Health Minister Jane Doe": the first one after
        # (only for a bare title: "the opposition leader" is not the "long-term leader Jane Doe" named later)
        later = [name for p, r, name in self.roles if same_kind(r)] if len(role.split()) == 1 else []
        return later[0] if later and len(set(later)) == 1 else None

    def _resolve_person_pronoun(self, pos: int, prefer_speaker: bool, gender: str | None = None,
                                exclude: frozenset[str] = frozenset()) -> tuple[str | None, Kind]:
        """The most recent of: the last quote speaker, the last person mentioned as a subject
        (the parser's subject, a name opening its sentence, or a name right before a verb).  A candidate the
        article gives the other gender ("Ms Doe" for "he") is skipped, and so is one in ``exclude``."""

        def fits(name: str | None) -> bool:
            if name in exclude:
                return False
            if not gender:
                return True  # (the article's genders are not needed)
            g = self.gender.get(name or "")
            return not g or g == gender

        if prefer_speaker:
            for p, name, k in reversed(self.speakers):
                if p < pos and k == "person" and fits(name):
                    return name, k
        best: tuple[int, str] | None = None
        for m in reversed(self.mentions):  # the last one that qualifies
            if m.kind == "person" and m.end <= pos and m.subject and not self._quoted_at(m.start) \
                    and not self._inside_pronoun_clause(m) and not self._in_time_clause(m):
                name = self._canon_mention(m)[0]
                if name and fits(name):
                    best = (m.start, name)
                    break
        for p, name, k in self.speakers:
            if (k == "person" or (k == "organization" and self._speaker_may_be_person(name))) and p < pos \
                    and (best is None or p >= best[0]) and fits(name):
                best = (p, name)
        if best is not None:
            return best[1], "person"
        for m in reversed(self.mentions):  # the last person named before pos that fits
            if m.kind == "person" and m.end <= pos and not self._quoted_at(m.start) and fits(self._canon_mention(m)[0]):
                return self._canon_mention(m)[0], "person"
        return None, "unknown"

    def _narrated_sentences(self, a: int, b: int) -> int:
        """How many of the sentences a..b-1 (indexes into the sentence starts) are narration: not inside a
        quotation, and not the blank lines between paragraphs."""
        starts, text = self._sent_starts, self.text
        return sum(1 for k in range(a, b) if not text[starts[k] : starts[k] + 1].isspace() and not self._quoted_at(starts[k]))

    def _introduced_just_after(self, pos: int) -> str | None:
        """'Kestria's opposition leader has called the result a "theft". Abel Moru repeated his claim ...': a role
        no name in the article holds, right before the sentence that introduces a person by name (their first
        mention, as the next sentence's subject, in the same or the next paragraph) is that person -- the way news
        leads name the one the first sentence described."""
        sent = bisect.bisect_right(self._sent_starts, pos) - 1
        for m in self.mentions:
            if m.start < pos or m.kind != "person" or self._quoted_at(m.start):
                continue
            first = bisect.bisect_right(self._sent_starts, m.start) - 1
            # (sentences inside a quotation do not count)
            between = self._narrated_sentences(sent + 1, first + 1)
            if between == 0:
                continue  # a person named later in the role's own sentence is someone else it talks about
            if between > 1 or len([ln for ln in self.text[pos : m.start].split("\n")[1:-1] if ln.strip()]) > 0:
                return None
            # the name opens the next sentence as its subject
            if not m.subject or self.text[self._sent_starts[first] : m.start].strip(" \n\"\u201c'"):
                return None
            name = self._canon_mention(m)[0]
            if any(self._canon_mention(e)[0] == name for e in self.mentions if e.start < m.start and e.kind == "person"):
                return None  # (named before: not the one this sentence introduces)
            return name
        return None

    def _shared_surname(self, name: str, pos: int) -> str | None:
        """'John Smith and Mary Smith both ran. ... Mary Smith said ... Later Smith added': one word that is the
        first or last word of several people's names is the one of them named (in full) most recently before
        ``pos``; None when the word names one person only (the usual lookup answers) or none was named before."""
        if " " in name:
            return None
        cands = [c for c in self._persons_by_word.get(name.lower(), ()) if c.kind == "person"]
        if len(cands) < 2:
            return None
        full = {c.canonical for c in cands}
        best = None
        for m in self.mentions:
            if m.start >= pos:
                break
            if m.kind == "person" and m.name in full and not self._quoted_at(m.start):
                best = m.name
        for p, spoken, k in self.speakers:
            if p < pos and spoken in full:
                best = spoken if best is None or p > max((mm.start for mm in self.mentions if mm.name == best), default=-1) else best
        return best

    def _speaker_may_be_person(self, name: str) -> bool:
        """'Al-Surji said, "..." He added that "..."': a tagger may call a one-word name an organisation; a speaker
        whose name has no organisation word ("Union", "Party", ...) and is no acronym may be the "he" that follows."""
        words = name.split()
        return len(words) <= 3 and not name.isupper() and self.lex.org_heads.isdisjoint(words) and name not in self.acronyms

    def _subject_just_before(self, pos: int, role: str | None = None) -> str | None:
        """'But Jane Doe denied it. "...," claimed the party leader.': a definite role description that no name in
        the article holds means the named person who is the subject of the sentence before it (or of its own
        sentence), in the same paragraph; None when there is no such person (then the role stays unnamed)."""
        sent = bisect.bisect_right(self._sent_starts, pos) - 1
        # (or the person whose quote is in this paragraph or the one before: '"...," he said.\nSpeaking outside,
        # the head of government acknowledged: "..."')
        spoke = next(((p, name) for p, name, k in reversed(self.speakers) if p < pos and k == "person"), None)
        if spoke is not None and len([ln for ln in self.text[spoke[0] : pos].split("\n")[1:-1] if ln.strip()]) > 0:
            spoke = None
        for m in reversed(self.mentions):
            if m.end > pos or m.kind != "person" or not m.subject or self._quoted_at(m.start):
                continue
            if spoke is not None and spoke[0] > m.start:
                return spoke[1]
            first = bisect.bisect_right(self._sent_starts, m.start)
            # (sentences inside a quotation between them do not count: the quoted words are not the narration)
            between = self._narrated_sentences(first, sent + 1)
            if between > 1:
                return None
            name = self._canon_mention(m)[0]
            if "\n" in self.text[m.end : pos]:
                # 'Li acknowledged the work done.\n"...," the leader told the delegation.': across one paragraph
                # break the subject of the sentence just before still holds, unless the article gave that person
                # another role ("the prime minister" after "opposition leader Ana Roe spoke")
                gap = self.text[m.end : pos]
                if len([ln for ln in gap.split("\n")[1:-1] if ln.strip()]) > 0 or role is None:
                    return None
                para_start = self.text.rfind("\n", 0, m.start) + 1
                if self._narrated_sentences(bisect.bisect_right(self._sent_starts, para_start) - 1, first - 1) > 0:
                    return None  # (a paragraph of several sentences may be about several people: only a one-sentence one)
                if spoke is not None and "\n" in self.text[spoke[0] : pos]:
                    # ('Roe said the day was "historic" as it marked 50 years since Doe was premier.\n"...," the
                    # premier said.': the one quoted in the paragraph before, not a name in its subordinate clause)
                    return spoke[1]
                # (else the subject of that sentence's main clause: its first person subject)
                firsts = [e for e in self.mentions if e.kind == "person" and e.subject and not self._quoted_at(e.start)
                          and bisect.bisect_right(self._sent_starts, e.start) == first]
                if firsts:
                    m = firsts[0]
                    name = self._canon_mention(m)[0]
                theirs = {r.split()[-1] for p, r, n in self.roles if n == name}
                if theirs and role.split()[-1] not in theirs and role.split()[-1] != "leader":
                    return None
            return name
        return spoke[1] if spoke is not None else None

    def _inside_pronoun_clause(self, m: Mention) -> bool:
        """'He said the outcome depends on what happens when Jane Doe meets the board.': a name that is the subject
        of a clause inside a sentence whose own subject is "he" / "she" does not take over as the one the next
        "he said" means; the sentence is still about its pronoun's person (the parse says so: the name's clause
        hangs under a verb whose subject is a personal pronoun)."""
        if not self.has_dep:
            return False
        i = bisect.bisect_left(self._idx, m.start)
        dep, head, lower = self._dep_h, self._head, self._lower
        pronouns = self.lex.person_pronouns
        k = head[i]
        for _ in range(12):  # up the clause heads to the sentence's root
            for c in self.doc[k].children:
                if c.i < i and dep[c.i] in _SUBJ_DEP_H and lower[c.i] in pronouns and c.i < k:
                    return True
            if head[k] == k:
                return False
            k = head[k]
        return False

    def _in_time_clause(self, m: Mention) -> bool:
        """'"We did it," Doe told supporters after Roe conceded defeat.': a name that is the subject of an
        adverbial clause (after, as, when, while, before, once, until) hanging under a verb that has a subject
        of its own is background; the sentence is about the main verb's subject, so the next "he said" or "the
        61-year-old said" does not mean the name in the clause (the parse says so: the name's verb is an advcl
        with a subordinating mark, under a verb with another subject)."""
        if not self.has_dep:
            return False
        t = self.doc[bisect.bisect_left(self._idx, m.start)]
        while t.dep_ in ("flat", "compound", "flat:name", "appos") and t.head is not t:
            t = t.head  # (the name's head word)
        verb = t.head
        if t.dep_ not in _SUBJ_DEPS or verb.head is verb:
            return False
        # (a parser may label the word "mark" or "advmod", and hang the clause on a verb without a subject)
        if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS and c.i < t.i for c in verb.children):
            return False
        up = verb.head
        for _ in range(4):  # up to the first verb that has a subject
            subj = [c for c in up.children if c.dep_ in _SUBJ_DEPS]
            if subj:
                return True
            if up.head is up:
                return False
            up = up.head
        return False

    def _resolve_org_pronoun(self, pos: int) -> tuple[str | None, Kind]:
        last = self.last_speaker(pos, "organization")
        if last:
            return last
        prev = [m for m in self.mentions if m.kind == "organization" and m.end <= pos and not self._quoted_at(m.start)]
        if prev:
            return self._canon_mention(prev[-1])[0], "organization"
        return None, "unknown"

    def _head_word(self, words: list[str]) -> str:
        """The head noun of a short noun phrase: the word before 'for/of/from', else the last word."""
        ws = [_norm_apos(w) for w in words]
        for i, w in enumerate(ws):
            if w in ("for", "of", "from", "by", "at") and i > 0:
                return ws[i - 1]
        return ws[-1] if ws else ""

    def _strip_leading(self, text: str) -> str:
        ws = text.split()
        while ws and ws[0].lower() in ("the", "a", "an"):
            ws = ws[1:]
        return " ".join(ws)

    def _strip_titles(self, text: str) -> str:
        """Remove leading determiners, modifiers, honorifics and role titles from a name ("U.S. President Trump" -> "Trump")."""
        ws = _norm_apos(text).split()
        changed = True
        while ws and changed:
            changed = False
            if ws[0].lower() in ("the", "a", "an") or ws[0].lower() in self.lex.title_modifiers:
                ws = ws[1:]
                changed = True
                continue
            if len(ws) > 1 and ws[0].endswith("'s"):  # "Canada's Prime Minister X"
                ws = ws[1:]
                changed = True
                continue
            if len(ws) > 3 and ws[0][:1].isupper() and ws[0].lower() not in self._titles \
                    and any(" ".join(ws[1 : 1 + n]).lower() in self._titles and len(ws) - 1 - n >= 2 for n in (1, 2, 3)):
                ws = ws[1:]  # "Tokyo Gov. Yuriko Koike", "Texas Sen. Ana Roe": the place of the office before its title
                changed = True
                continue
            for n in (4, 3, 2, 1):
                if len(ws) > n and " ".join(ws[:n]).lower().rstrip(",") in self._titles:
                    ws = ws[n:]
                    # "Minister of Trade Olek Varga": the office's department goes with its title
                    tail = self._office_tail([w.lower() for w in ws])
                    if tail and tail < len(ws):
                        ws = ws[tail:]
                    changed = True
                    break
        # trailing appositive title: "Najib Razak, the prime minister"
        out = " ".join(ws)
        return out.split(",")[0].strip()


@functools.lru_cache(maxsize=1)
def _nationality_forms() -> frozenset[str]:
    """The nationality words of ``data/entities/nationalities.jsonl`` ("American", "Kenyan"), as written."""
    from .lexicon import load_lexicon

    return frozenset(f for n in load_lexicon().nationalities for f in (n.name, *n.aliases))
