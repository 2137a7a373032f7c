"""The claimx_seats component: seat counts, seat changes, chamber sizes and majority thresholds.

(Majority-status statements are a component of their own; this one no longer reads ``majority.jsonl``.)

Scanning is done by spaCy matchers built from data (``data/seats/``: ``numbers.jsonl`` finds numbers,
``cues.json`` holds the word lists: seat nouns, projection / previous-election cues, change verbs, non-seat
units...). Python then works per number, in the order of the stages (see the package docstring):

1. candidates (``_excluded`` here, ``candidates``): units, money, times, dates, labels, number words in names;
2. what it counts (``_classify``, with ``kinds``, ``chambers``, ``changes``): a chamber ("N-member House", "of
   N seats", "to elect N deputies"), a threshold ("majority mark of N", "needs N for a majority"), a change
   ("lost N seats", "fell by N"), a distance or the seats a party runs for (nothing), or a count;
3. whose (``_party_for``, ``owners``): the construction's own party ("N to the X", "X: N", "X (N seats)"),
   else (with a parser) the subject of the verb that takes the number (``dep_patterns.jsonl``, a
   DependencyMatcher; a coordinated verb shares its subject), else the nearest party mention to its left in the
   same sentence and line, else one to its right, else (for "the party", "it", "they") the first party of the
   previous sentence. Party mentions are lexicon / NER parties, shaped names, names made parties by their
   construction, leaders' parties ("Voss's party"), minus names that are never parties (``mention_filter``);
4. status and hedge (``_status``, ``status``).

Each draft carries the ``rule`` of the construction that fired and, for counts whose status a cue decided,
the status decision ("count-dep-subject/status:previous-from").
"""

from __future__ import annotations

import bisect
import json
import re
import weakref
from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import ENT_TYPE, IDX, IS_ALPHA, IS_SPACE, IS_STOP, IS_TITLE, IS_UPPER, LEMMA, LENGTH, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ... import extensions  # noqa: F401
from ...anchors import filter_matches
from ...batched import BatchedPipe
from ...doctext import doc_text, token_words
from ...extensions import add_draft
from ...lexflags import compile_patterns
from ...numbers import number_words, parse_number
from ...onepass import GroupedMatcher
from ...parties import PARTY_HEADS, PSEUDO_WORDS, canonical_party, lookup_party, same_party
from ...treepatterns import AnchoredTreeMatcher
from . import candidates, changes, chambers, kinds, owners, regions
from . import status as status_cues
from .mention_filter import not_a_party

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "seats"
_COUNT_NOUNS = ("seats", "seat", "ridings", "constituencies", "mps", "deputies")  # read off a matched number
DASHES = {"-", "\u2013", "\u2014", "\u2012", "\u2011", "--"}
PRONOUNS = {"it", "they", "its", "their", "the party", "party", "the"}


class Cues(dict):
    """The word lists of ``cues.json``, lowercased, as frozensets by name (``cues["seat_nouns"]``: a dict, so that
    the rules' many look-ups are plain dict look-ups), with the raw JSON (``raw``) and their compiled forms."""

    def __init__(self, raw: dict[str, Any]):
        super().__init__((k, frozenset(x.lower() for x in v)) for k, v in raw.items() if isinstance(v, list))
        self.raw = raw
        self._regexes: dict[str, re.Pattern[str]] = {}
        self._tuples: dict[str, tuple[str, ...]] = {}

    @property
    def sets(self) -> "Cues":
        """The word lists by name (the mapping itself)."""
        return self

    def noun_of(self, k: str) -> re.Pattern[str]:
        """ "a gain of", "their losses of": a noun of list ``k`` after a determiner, then "of", ending the text."""
        key = f"noun-of:{k}"
        rx = self._regexes.get(key)
        if rx is None:
            nouns = "|".join(re.escape(w) for w in sorted(self.sets[k]))
            rx = self._regexes[key] = re.compile(rf"\b(?:a|an|its|their|the|net) (?:{nouns})s? of\s*$")
        return rx

    def words_tuple(self, k: str, suffix: str = "", prefix: str = "") -> tuple[str, ...]:
        """The phrases of list ``k`` (each between ``prefix`` and ``suffix``) as a tuple, for one ``str.endswith`` /
        ``str.startswith`` call instead of one per phrase."""
        key = f"tuple:{k}:{suffix}:{prefix}"
        found = self._tuples.get(key)
        if found is None:
            found = self._tuples[key] = tuple(sorted(prefix + w + suffix for w in self.sets[k]))
        return found

    def starts_near(self, k: str, text: str, within: int) -> bool:
        """A phrase of list ``k`` starts ``text`` or starts after a space within its first ``within`` characters
        (``any(text.startswith(u) or f" {u}" in " " + text[: len(u) + within] for u in list)``, one regex per
        candidate position instead of two string tests per phrase)."""
        key = f"alternatives:{k}"
        rx = self._regexes.get(key)
        if rx is None:
            rx = self._regexes[key] = re.compile("|".join(re.escape(w) for w in sorted(self.sets[k])))
        if rx.match(text):
            return True
        return any(rx.match(text, i + 1) for i in range(min(within, len(text))) if text[i] == " ")

    def any_word(self, k: str) -> re.Pattern[str]:
        """One compiled regex that finds any phrase of list ``k`` as whole words (longest first)."""
        rx = self._regexes.get(k)
        if rx is None:
            alts = "|".join(re.escape(w) for w in sorted(self.raw[k], key=len, reverse=True))
            rx = self._regexes[k] = re.compile(rf"\b(?:{alts})\b")
        return rx


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@lru_cache(maxsize=4)
def load_cues(folder: str = str(DATA)) -> Cues:
    return Cues(json.loads((Path(folder) / "cues.json").read_text(encoding="utf-8")))


class _Table:
    """A doc's token strings and flags, read once: the whole-doc scans of claimx_seats walk these lists
    instead of creating a Token object per token and per scan."""

    __slots__ = ("lower", "text", "name_like", "nl_text", "nl_ws", "breaks", "break_list", "space", "ents",
                 "ent_starts", "_attrs", "stop_not_title", "doc_text", "space_list", "title", "upper", "stop", "alpha", "ent_ids", "_lemmas", "_doc", "starts", "ends", "titles", "__weakref__")

    def __init__(self, doc: Doc):
        arr = doc.to_array([IS_TITLE, ENT_TYPE, IS_SPACE, IS_STOP, IS_UPPER, IS_ALPHA, IDX, LENGTH])  # one read
        # Token.is_title, .is_upper, .is_stop, .is_alpha and .ent_type (a label's string id) as lists
        self.title: list[int] = arr[:, 0].tolist()
        self.upper: list[int] = arr[:, 4].tolist()
        self.stop: list[int] = arr[:, 3].tolist()
        self.alpha: list[int] = arr[:, 5].tolist()
        self.ent_ids: list[int] = arr[:, 1].tolist()
        self._doc = weakref.ref(doc)
        self._lemmas: list[int] | None = None
        self.text, self.lower = token_words(doc)
        person = doc.vocab.strings["PERSON"]
        # a capitalised word the NER left alone or called a person: a candidate person-name word
        self.name_like = ((arr[:, 0] == 1) & ((arr[:, 1] == 0) | (arr[:, 1] == person))).astype(numpy.int8)
        self.space = arr[:, 2].astype(bool) if len(doc) else numpy.zeros(0, dtype=bool)
        self.space_list: list[bool] = self.space.tolist()  # the same, for scalar look-ups
        self.stop_not_title: list[bool] = ((arr[:, 3] == 1) & (arr[:, 0] == 0)).tolist() if len(doc) else []  # stop word, not capitalised
        # line breaks: in a token's text (a whitespace token) or in the whitespace after it
        n = len(doc)
        self.nl_text = numpy.zeros(n, dtype=bool)
        self.nl_ws = numpy.zeros(n, dtype=bool)
        text = self.doc_text = doc_text(doc)
        idx = arr[:, 6:8].astype("int64")
        # each token's first character and the character after it, for span texts without Span objects
        self.starts: list[int] = idx[:, 0].tolist()
        self.ends: list[int] = (idx[:, 0] + idx[:, 1]).tolist()
        if n and "\n" in text:
            nl = numpy.array([m.start() for m in _NEWLINE.finditer(text)], dtype="int64")
            k = numpy.searchsorted(idx[:, 0], nl, side="right") - 1
            inside = nl < idx[k, 0] + idx[k, 1]
            self.nl_text[k[inside]] = True
            self.nl_ws[k[~inside]] = True
        self.breaks = numpy.flatnonzero(self.nl_text | self.nl_ws)  # tokens with a line break in or after them
        self.break_list: list[int] = self.breaks.tolist()  # the same, for scalar look-ups by bisection
        self.ents: tuple[Span, ...] = ()
        self.ent_starts: list[int] = []
        self._attrs: dict[tuple[int, int], tuple[str | None, str | None]] = {}
        self.titles: list[tuple[int, int]] = []

    def lemma(self, i: int) -> str:
        """``doc[i].lemma_`` (the lemma ids are read in one array when first asked for; few are looked up)."""
        doc = self._doc()
        if self._lemmas is None:
            self._lemmas = doc.to_array(LEMMA).tolist()
        return doc.vocab.strings[self._lemmas[i]]

    def char_bounds(self, s: int, e: int) -> tuple[int, int]:
        """(``start_char``, ``end_char``) of ``doc[s:e]`` for ``0 <= s`` and ``e <= len(doc)`` (an empty span sits at
        the start of token ``s``, or at the end of the text)."""
        if s < e:
            return self.starts[s], self.ends[e - 1]
        at = self.starts[s] if s < len(self.starts) else len(self.doc_text)
        return at, at

    def span_text(self, s: int, e: int) -> str:
        """``doc[s:e].text`` for ``0 <= s`` and ``e <= len(doc)``, sliced from the doc's text (a Span's text makes a
        Token object per token)."""
        return self.doc_text[self.starts[s] : self.ends[e - 1]] if s < e else ""

    def where(self, words: Container[str]) -> list[int]:
        """The indices, in order, of the tokens whose lowercase form is in ``words`` (a set or a dict: on a Doc's few
        hundred tokens, one membership test per word beats a numpy look-up of the words' ids)."""
        return [i for i, w in enumerate(self.lower) if w in words]

    def read_ents(self, doc: Doc) -> None:
        """``doc.ents`` (which walks the whole Doc at every access), read once per run of the component.
        Dropped again by :meth:`forget_ents` when the run ends: a Span refers to its Doc, and the table is
        the value of a weak-keyed cache, which must not keep its Doc alive."""
        self.ents = doc.ents
        self.ent_starts = [e.start for e in self.ents]
        # their claimx attributes, read once (each ``span._`` access makes an Underscore object)
        self._attrs = {(e.start, e.end): _party_and_body(e._) for e in self.ents}
        # the title spans of claimx_entities ("Prime Minister"), as (start, end): read once, not per helper
        self.titles = [(sp.start, sp.end) for sp in doc.spans.get("claimx_titles", [])]

    def forget_ents(self) -> None:
        self.ents, self.ent_starts, self._attrs, self.titles = (), [], {}, []

    def party(self, ent: Span) -> str | None:
        """``ent._.claimx_party`` of one of ``ents``."""
        return self._attrs[ent.start, ent.end][0]

    def body(self, ent: Span) -> str | None:
        """``ent._.claimx_body`` of one of ``ents``."""
        return self._attrs[ent.start, ent.end][1]

    def ents_in(self, s: int, e: int) -> list[Span]:
        """``doc[s:e].ents``: the entities from the first one starting at ``s`` or later, up to the first
        that does not end by ``e``."""
        out = []
        for ent in self.ents[bisect.bisect_left(self.ent_starts, s) :]:
            if ent.end > e:
                break
            out.append(ent)
        return out

    def line_start(self, i: int, lo: int) -> int:
        """First token of the line of token ``i`` (not before ``lo``)."""
        b = self.break_list
        k = bisect.bisect_left(b, i) - 1  # last break before i
        return max(b[k] + 1, lo) if k >= 0 and b[k] >= lo else lo

    def line_end(self, i: int, hi: int) -> int:
        """End of the line of token ``i``: a token holding the break ends before it, whitespace after a token
        ends after it (not after ``hi``)."""
        b = self.break_list
        k = bisect.bisect_left(b, i)
        if k < len(b) and b[k] < hi:
            j = b[k]
            return j if self.nl_text[j] else j + 1
        return hi


def _party_and_body(underscore: Any) -> tuple[str | None, str | None]:
    """(``claimx_party``, ``claimx_body``) of one ``span._`` object (one Underscore for both reads)."""
    return underscore.claimx_party, underscore.claimx_body


_number_value = lru_cache(maxsize=4096)(parse_number)  # parse_number of a number's words (a bounded per-word cache)


@lru_cache(maxsize=None)
def _label_ids(*labels: str) -> frozenset[int]:
    """The string ids of entity labels ("" is no entity: id 0), to test ``_Table.ent_ids``."""
    return frozenset(get_string_id(label) for label in labels)  # the string ids of a fixed word list (a cue set)
_NEWLINE = re.compile("\n")
# the compiled form of a pattern written where it is used: ``_rx(r"...").search(text)`` is
# ``re.search(r"...", text)`` without re's per-call cache look-up (the rules test a few dozen patterns per number)
_rx = lru_cache(maxsize=None)(re.compile)
_TABLES: "weakref.WeakKeyDictionary[Doc, _Table]" = weakref.WeakKeyDictionary()


_LAST: list[Any] = [None, None]  # (weak reference to the Doc, its table) of the last look-up: most calls ask for it again


def _table(doc: Doc) -> _Table:
    ref, tb = _LAST
    if ref is not None and ref() is doc:
        return tb
    tb = _TABLES.get(doc)
    if tb is None:
        tb = _TABLES[doc] = _Table(doc)
    _LAST[:] = [weakref.ref(doc), tb]
    return tb


@dataclass
class Num:
    start: int  # token index of the first token of the number (after any hedge)
    end: int
    value: int
    qstart: int  # first token of the hedge (== start when none)
    approximate: bool = False
    qualifier: str | None = None
    upper: int | None = None


@dataclass
class PartyRef:
    start: int
    end: int
    name: str
    text: str
    weak: bool = False  # a capitalised name found only by shape (used when no known party is in reach)


class SeatsComponent(BatchedPipe):
    def __init__(self, nlp: Language, name: str, data_dir: str | None = None):
        self.name = name
        self.nlp = nlp
        self.data_dir = Path(data_dir) if data_dir else DATA
        self._build()

    def _build(self) -> None:
        vocab = self.nlp.vocab
        self.cues = load_cues(str(self.data_dir))
        # the patterns that run over whole documents (numbers, party shapes): one pass per Doc (see onepass).
        # Word-level predicates become lexeme flags (see lexflags): first tokens first, whole-doc patterns first.
        number_patterns = _read_jsonl(self.data_dir / "numbers.jsonl")
        shape_patterns = _read_jsonl(self.data_dir / "party_shapes.jsonl")
        everything = number_patterns + shape_patterns
        flagged = dict(zip((id(p) for p in everything), compile_patterns(vocab, [p["pattern"] for p in everything])))
        self.whole_doc = GroupedMatcher(vocab)
        self.number_meta: dict[str, dict[str, Any]] = {}
        for p in number_patterns:
            self.whole_doc.add("numbers", p["id"], [flagged[id(p)]])
            self.number_meta[p["id"]] = p
        for p in shape_patterns:
            if p["id"].startswith("party-run"):  # maximal capitalised runs with lowercase connectors ("Greens of the Coast")
                self.whole_doc.add("runs", p["id"], [flagged[id(p)]], greedy=p.get("greedy"))
            else:
                self.whole_doc.add("weak", p["id"], [flagged[id(p)]])
        # the parser path: who won / took / holds / owns the seats (used when the doc has DEP)
        self.dep = AnchoredTreeMatcher("num")  # DependencyMatcher patterns, matched from each number outward
        dep_file = self.data_dir / "dep_patterns.jsonl"
        for p in _read_jsonl(dep_file if dep_file.exists() else DATA / "dep_patterns.jsonl"):
            self.dep.add(p["id"], p["pattern"])
        self.pseudo = PhraseMatcher(vocab, attr="LOWER")
        self.pseudo.add("pseudo", [self.nlp.make_doc(t) for t in self.cues.raw["pseudo_parties"]])
        quals = sorted(number_words().qualifiers.items(), key=lambda kv: -len(kv[0].split()))
        self.qualifiers = [(k.split(), v) for k, v in quals]
        # the same hedges as a lookup: word tuple -> (priority in the list above, approximate?)
        self.qualifier_index = {tuple(words): (rank, approx) for rank, (words, approx) in reversed(list(enumerate(self.qualifiers)))}
        self.qualifier_lengths = sorted({len(w) for w, _ in self.qualifiers}, reverse=True)
        self.qualifier_ends = frozenset(w[-1] for w, _ in self.qualifiers)  # the last words of the hedges

    # ------------------------------------------------------------------ helpers
    def _parties(self, doc: Doc, found: dict[str, list[tuple[int, int, int]]]) -> list[PartyRef]:
        refs: list[PartyRef] = []
        countries = doc._.claimx_countries or []
        tb = _table(doc)
        for ent in tb.ents:
            name = tb.party(ent)
            if name:
                s = ent.start
                if ent[0].lower_ in self.cues["seat_nouns"] or ent[0].is_lower:
                    # NER run-ons: "MPs and the Coast Party" -> "Coast Party"
                    cut = [t.i for t in ent if t.lower_ in ("and", "the", "while", "with")]
                    s = cut[-1] + 1 if cut and cut[-1] + 1 < ent.end else s
                if s != ent.start:
                    refs.append(PartyRef(s, ent.end, canonical_party(tb.span_text(s, ent.end), countries), tb.span_text(s, ent.end)))
                else:
                    refs.append(PartyRef(ent.start, ent.end, name, tb.span_text(ent.start, ent.end)))
        taken = {i for r in refs for i in range(r.start, r.end)}
        for _, s, e in self.pseudo(doc):
            if not taken.isdisjoint(range(s, e)):
                continue
            text = tb.span_text(s, e)
            refs.append(PartyRef(s, e, PSEUDO_WORDS.get(text.lower().split()[0], canonical_party(text, countries)), text))
        taken = {i for r in refs for i in range(r.start, r.end)}
        people = _person_words(doc, self.cues)
        refs.extend(self._weak_parties(doc, taken, found["weak"], people))
        refs = self._registry(doc, refs, countries, found["runs"], people)
        refs.extend(self._head_references(doc, refs))
        # stage 3 (owners): names made parties by the construction around them ("Harvest won 28 seats")
        taken = {i for r in refs for i in range(r.start, r.end)}
        for s, e, _how in owners.shaped_party_names(doc, taken, people, self.cues["count_verbs"], self.cues["seat_nouns"], tb.lower):
            text = tb.span_text(s, e)
            entry = lookup_party(text, countries)
            refs.append(PartyRef(s, e, entry.name if entry is not None else canonical_party(text, countries), text, weak=True))
        refs = _drop_places(doc, refs)
        # stage 3 (owners): "Ana Voss's Iron Guild" is the Iron Guild; "Voss's party", "the Voss-led alliance" name it
        for r, s in owners.possessive_person_trims(doc, refs, people, self.cues["person_cues_before"]):
            text = tb.span_text(s, r.end)
            entry = lookup_party(text, countries)
            r.start, r.text, r.name = s, text, entry.name if entry is not None else canonical_party(text, countries)
        leader_of = owners.leaders(doc, refs)
        if leader_of:
            taken = {i for r in refs for i in range(r.start, r.end)}
            refs.extend(owners.leader_mentions(doc, leader_of, taken, lambda s, e, name, text: PartyRef(s, e, name, text), tb.lower))
        refs.sort(key=lambda r: r.start)
        # combinations: "NDP-Green alliance", "Liberal / National Party Coalition" (when not in the lexicon)
        merged: list[PartyRef] = []
        i = 0
        while i < len(refs):
            r = refs[i]
            if tb.lower[r.end : r.end + 3] in (["and", "its", "allies"], ["and", "their", "allies"], ["and", "its", "partners"]) \
                    or tb.lower[r.end : r.end + 2] == ["and", "allies"]:
                # "Morena and its allies secured 364 seats": the party with its allies
                k = r.end + (2 if tb.lower[r.end + 1] == "allies" else 3)
                merged.append(PartyRef(r.start, k, f"{r.name} and allies", tb.span_text(r.start, k)))
                i += 1
                continue
            if i + 1 < len(refs):
                n = refs[i + 1]
                between = tb.span_text(r.end, n.start).strip()
                after = tb.lower[n.end] if n.end < len(doc) else ""
                if between.lower() in ("and", "and the", "&") and (
                    after in ("together", "combined") or _rx(r"\bbetween(?: the)?$").search(_words(doc, r.start - 2, r.start))
                ):
                    # "the X and the Y together would have 99", "a deal between X and Y": the combination, named as written
                    text = f"{_short(r.text)} and {_short(n.text)}"
                    merged.append(PartyRef(r.start, n.end + (1 if after in ("together", "combined") else 0), text, tb.span_text(r.start, n.end)))
                    i += 2
                    continue
                head = r.start - (2 if r.start >= 2 and tb.lower[r.start - 1] == "the" else 1)
                if between.lower() in ("and", "and the", "&") and head >= 1 and tb.lower[head] == "of" and \
                        tb.lower[head - 1] in ("coalition", "alliance", "bloc", "pact", "partnership", "union", "front", "grouping"):
                    # "the ruling coalition of the X and the Y won 215 seats": the combination, from its head noun on
                    text = f"{_short(r.text)} and {_short(n.text)}"
                    merged.append(PartyRef(head - 1, n.end, text, tb.span_text(r.start, n.end)))
                    i += 2
                    continue
                if between in ("-", "/", "–", "and", "&") and after in ("alliance", "coalition", "bloc", "combined", "together", "pact"):
                    text = tb.span_text(r.start, n.end + 1)
                    merged.append(PartyRef(r.start, n.end + 1, canonical_party(text, countries), text))
                    i += 2
                    continue
            merged.append(r)
            i += 1
        # names that are never parties (a date, an election commission, an official, a broadcaster), unless the
        # lexicon knows the name as a party
        def two_people(r: PartyRef) -> bool:  # "Brendan Hale and Niamh Roe": two full PERSON names joined by "and"
            sides = r.text.split(" and ")
            parts = [t for t in doc[r.start : r.end] if t.lower_ != "and"]
            return r.weak and len(sides) == 2 and all(len(x.split()) >= 2 for x in sides) and all(t.ent_type_ == "PERSON" for t in parts)

        return [r for r in merged if (not_a_party(r.text) is None or lookup_party(r.text, countries) is not None) and not two_people(r)]

    def _registry(self, doc: Doc, refs: list[PartyRef], countries: list[str], runs: list[tuple[int, int, int]],
                  people: set[str]) -> list[PartyRef]:
        """Full party names and the article's registry of their forms.

        A party mention is the maximal run of capitalised words joined by lowercase connectors ("Greens of the
        Coast", "Harbour and Hearth", "Movement of the Ninth of May", "People's Front for X") found by the
        ``party-run`` Matcher pattern; Python then trims each run (leading function words, trailing connectors),
        cuts it at persons, titles, legislatures and line breaks, and splits "A and (the) B" when either side is
        a party on its own (an abbreviation, a known party). A run replaces the shorter mentions inside it when it
        extends a party mention, is defined with an abbreviation ("Foo of Bar (FB)") or joins words with a
        connector. The registry then maps the defined abbreviation ("DAN") and short forms that begin the full
        name ("Democratic Alliance" for "Democratic Alliance of X") to the full name."""
        c = self.cues
        conn = c["run_connectors"]
        lead = c["run_strip_leading"]
        tb = _table(doc)
        blocked: set[int] = set()
        for s, e in tb.titles:
            blocked.update(range(s, e))
        for e in tb.ents:
            if tb.body(e) or (e.label_ in ("PERSON", "DATE", "TIME", "MONEY") and any(w in people for w in tb.text[e.start : e.end])):
                blocked.update(range(e.start, e.end))
        # a word of the article's people is blocked too: tested where needed (``text[i] in people``), not collected
        strong_spans = {(r.start, r.end) for r in refs if not r.weak}
        text, lower, upper = tb.text, tb.lower, tb.upper

        def is_unit(s: int, e: int) -> bool:  # a party on its own: "CPT", a known party
            if e - s == 1 and upper[s] and len(text[s]) >= 2:
                return True
            return (s, e) in strong_spans

        pieces: list[tuple[int, int]] = []
        for _, s, e in runs:
            cur = s
            # cut at blocked tokens (a run never crosses a line break: line breaks are whitespace tokens, which the
            # pattern does not take, and a token's ``whitespace_`` is one space at most)
            for i in range(s, e):
                if i in blocked or text[i] in people:
                    if i > cur:
                        pieces.append((cur, i))
                    cur = i + 1
                elif i == e - 1:
                    pieces.append((cur, i + 1))
                    cur = i + 1
        segs: list[tuple[int, int]] = []
        for s, e in pieces:
            while s < e and (lower[s] in lead or lower[s] in conn):
                s += 1
            while e > s and lower[e - 1] in conn:
                e -= 1
            if e - s < 1:
                continue
            # split "A and (the) B" when either side stands alone as a party
            k = s
            start = s
            while k < e:
                if lower[k] == "and":
                    b = k + 1 + (1 if k + 1 < e and lower[k + 1] == "the" else 0)
                    nxt_and = next((j for j in range(b, e) if lower[j] == "and"), e)
                    if is_unit(start, k) or is_unit(b, nxt_and) or lower[b - 1] == "the":
                        segs.append((start, k))
                        start = b
                        k = b
                        continue
                k += 1
            segs.append((start, e))
        out_new: list[PartyRef] = []
        name_words, person_or_place = c["party_name_words"], _label_ids("PERSON", "LOC", "GPE", "")
        maybe: list[tuple[int, int]] = []
        defined: dict[str, tuple[str, str]] = {}
        for s, e in segs:
            while e > s and lower[e - 1] in conn:
                e -= 1
            while s < e and lower[s] in conn:
                s += 1
            if e - s < 2:
                continue  # one word: a name the NER or the lexicon already has, or none
            caps = [i for i in range(s, e) if text[i][:1].isupper()]  # token indices
            has_conn = any(w in conn for w in lower[s:e])
            abbr = None
            if e + 2 < len(doc) and text[e] == "(" and text[e + 2].startswith(")"):  # ")" or "):"
                a = text[e + 1]
                initials = "".join(text[i][0] for i in caps).upper()
                if a.isalpha() and sum(ch.isupper() for ch in a) >= 2 and a.upper()[0] == initials[:1] and abs(len(a) - len(initials)) <= 1:
                    abbr = a
            inner = [r for r in refs if s <= r.start and r.end <= e]
            named = any(lower[i] in name_words for i in caps) and any(tb.ent_ids[i] in person_or_place for i in caps)
            if not (abbr or has_conn or named and not inner):
                continue  # "Carrick First": a name the NER took for a person or a place
            after = lower[e] if e < len(doc) else ""
            if tb.ent_ids[caps[0]] in _label_ids("GPE", "LOC") and not (abbr or inner) and after not in c["party_nouns_after"]:
                maybe.append((s, e))
                continue  # "Norvance and Tellaria": places, unless named a party (here or in another mention)
            if s > 0 and lower[s - 1] in c["place_prepositions"] and not abbr:
                continue
            words = set(lower[s:e])
            if words & c["seat_nouns"] or lower[s] in c["months"] or all(upper[i] for i in caps) and not abbr:
                continue
            name_text = tb.span_text(s, e)
            weak = not (abbr or any(not r.weak for r in inner) or (e < len(doc) and lower[e] in c["party_nouns_after"]))
            entry = lookup_party(name_text, countries)  # the lexicon's name, else the run as written
            name = entry.name if entry is not None else name_text.replace("’", "'")
            out_new.append(PartyRef(s, e, name, name_text, weak=weak))
            if abbr:
                defined[abbr] = (name, name_text)
        taken_new = {i for r in out_new for i in range(r.start, r.end)} | {i for r in refs for i in range(r.start, r.end)}
        for ent in tb.ents:  # "Open Road won 41 seats": a multiword name the NER took for a place or a person, subject of a count verb
            if ent.label_ in ("LOC", "GPE", "PERSON") and len(ent) >= 2 and all(tb.title[ent.start : ent.end]) and ent.end < len(doc) \
                    and not any(i in taken_new or i in blocked or text[i] in people for i in range(ent.start, ent.end)) and not tb.body(ent):
                k = ent.end + (1 if lower[ent.end] in ("has", "have", "had") else 0)
                if k < len(doc) and lower[k] in c["count_verbs"] and lower[k] not in ("go", "goes", "end", "get", "gets"):
                    ent_text = tb.span_text(ent.start, ent.end)
                    out_new.append(PartyRef(ent.start, ent.end, ent_text, ent_text, weak=True))
        named_texts = {r.text for r in out_new}
        for s, e in maybe:
            if tb.span_text(s, e) in named_texts:
                out_new.append(PartyRef(s, e, tb.span_text(s, e).replace("\u2019", "'"), tb.span_text(s, e), weak=True))
        if not out_new:
            return refs
        cover = {i for r in out_new for i in range(r.start, r.end)}
        kept = [r for r in refs if cover.isdisjoint(range(r.start, r.end))]
        refs = kept + out_new
        # the registry: abbreviations and short forms of the article's full names
        fulls = {r.name: r.text for r in out_new if r.end - r.start >= 3}
        fulls.update({n: t for n, t in defined.values()})
        for r in refs:
            t = r.text[4:] if r.text.lower().startswith("the ") else r.text
            if t in defined:
                r.name, r.weak = defined[t][0], False
                continue
            longer = {n for n, ft in fulls.items() if len(ft) > len(t) and (ft.startswith(t + " ") or ft.replace("’", "'").startswith(t.replace("’", "'") + " "))}
            if len(longer) == 1 and r.end - r.start >= 2 and any(ch.isupper() for ch in t):
                r.name = next(iter(longer))
                r.weak = r.weak and r.name not in {n for n, _ in defined.values()}
        return sorted(refs, key=lambda r: r.start)

    def _head_references(self, doc: Doc, refs: list[PartyRef]) -> list[PartyRef]:
        """ "the Front", "the ruling front", "the Alliance": a party named by its head word when exactly one
        party of the article ends with that word ("National Front", "People's Alliance")."""
        by_head: dict[str, set[str]] = {}
        initials: dict[str, set[str]] = {}
        tb = _table(doc)
        text, lower = tb.text, tb.lower
        for r in refs:
            if r.weak or r.end - r.start < 2:
                continue
            words = [text[i] for i in range(r.start, r.end) if tb.alpha[i]]
            if len(words) >= 2:
                initials.setdefault("".join(w[0] for w in words).lower(), set()).add(r.name)
            for h in (r.end - 1, r.start if lower[r.start + 1] in ("for", "of") else None):  # token indices
                if h is not None and text[h] in PARTY_HEADS and text[h] != "Party":
                    by_head.setdefault(lower[h], set()).add(r.name)
        heads = {h: next(iter(names)) for h, names in by_head.items() if len(names) == 1}
        abbrs = {a: next(iter(names)) for a, names in initials.items() if len(names) == 1 and len(a) >= 2}
        for r in refs:  # a weak "Alliance" is the article's "Alliance for Valdoria"
            if r.weak and r.end - r.start == 1 and lower[r.start] in heads:
                r.name, r.weak = heads[lower[r.start]], False
        taken = {i for r in refs for i in range(r.start, r.end)}
        out = []
        for i in tb.where(abbrs) if abbrs else ():  # "UfR" for "Union for Renewal" when the article never spells it out
            text = tb.text[i]
            if i not in taken and len(text) >= 2 and text[0].isupper() and sum(ch.isupper() for ch in text) >= 2 and text.isalpha():
                out.append(PartyRef(i, i + 1, abbrs[tb.lower[i]], text))
        taken.update(r.start for r in out)
        if not heads:
            return out
        mods = self.cues["head_reference_modifiers"]
        for i in tb.where(heads):
            if i in taken or i == 0:
                continue
            tok = doc[i]
            if tok.i + 1 < len(doc) and (doc[tok.i + 1].is_title or doc[tok.i + 1].pos_ in ("NOUN", "PROPN")):
                continue  # part of another name, or a compound: "the front page", "the Front National"
            j = tok.i - 1
            while j > 0 and doc[j].lower_ in mods:
                j -= 1
            if doc[j].lower_ == "the" and (tok.is_title or j < tok.i - 1):  # "the Front", "the ruling front"
                out.append(PartyRef(j + 1 if j + 1 < tok.i else tok.i, tok.i + 1, heads[tok.lower_], doc[j + 1 : tok.i + 1].text))
        return out

    def _weak_parties(self, doc: Doc, taken: set[int], weak_matches: list[tuple[int, int, int]],
                      people: set[str] | None = None) -> list[PartyRef]:
        """Capitalised names the lexicon and the NER do not know ("Harbour Party", "Green Left", "UfR"): used
        as parties only by the seat constructions (fallback mentions)."""
        c = self.cues
        tb = _table(doc)
        lower, texts, stop_not_title = tb.lower, tb.text, tb.stop_not_title
        blocked = set(taken)
        people = _person_words(doc, c) if people is None else people
        candidates: list[Span] = []
        for e in tb.ents:
            label = e.label_
            if label == "PERSON" and not any(i in taken for i in range(e.start, e.end)) and not any(w in people for w in texts[e.start : e.end]) \
                    and any(w in c["party_name_words"] for w in lower[e.start : e.end]):
                # NER calls many unknown party names people ("Democratic Centre", "New Voice"): a PERSON
                # the article never treats as a person (no title, no "said", no "Mr") may be a party
                candidates.append(e)
            if tb.body(e) or label in ("PERSON", "GPE", "NORP", "DATE", "LOC", "TIME", "MONEY"):
                blocked.update(range(e.start, e.end))
        for s, e in tb.titles:
            blocked.update(range(s, e))
        out = []
        for e in candidates:
            s = e.start
            while s < e.end and (tb.stop[s] or lower[s] in c["weak_party_stop"]):
                s += 1
            if s < e.end and not (e.start > 0 and lower[e.start - 1] in c["place_prepositions"]):
                out.append(PartyRef(s, e.end, canonical_party(tb.span_text(s, e.end)), tb.span_text(s, e.end), weak=True))
                blocked.difference_update(range(e.start, e.end))
                blocked.update(range(s, e.end))
        taken_now = {i for r in out for i in range(r.start, r.end)}
        weak_stop, unit_nouns = c["weak_party_stop"], c["seat_nouns"] | c["chamber_nouns"]
        for s, e in _filter_pairs([(s, e) for _, s, e in weak_matches]):
            if taken_now and not taken_now.isdisjoint(range(s, e)):
                continue
            while s < e and (stop_not_title[s] or lower[s] in weak_stop or s in blocked):
                s += 1  # "The Third Way": "Third" is a stop word but part of the name
            while e > s and (texts[e - 1] in ("'", "’") or e - 1 in blocked or lower[e - 1] in weak_stop):
                e -= 1
            if e <= s or not blocked.isdisjoint(range(s, e)):
                continue
            words = lower[s:e]
            if words[0] in c["months"] or any(w in unit_nouns for w in words):
                continue
            text = tb.span_text(s, e)
            if e - s == 1 and doc[s].is_sent_start and not tb.upper[s]:
                continue
            if tb.upper[s] and (len(texts[s]) > 5 or _dateline(doc, s, e)):
                continue  # datelines: "VELLHAVEN, Estmark —", "PORT SELBY, New Carrick —"
            if any(w in people for w in texts[s:e]):
                continue  # "Owen Hale", "Hale": a person of the article
            if s > 0 and lower[s - 1] in c["place_prepositions"] | {"of"} and not any(w in c["party_name_words"] for w in words):
                continue  # "the National Front of Saldane", "voters in Ostria": a place
            out.append(PartyRef(s, e, canonical_party(text), text, weak=True))
        return sorted(out, key=lambda r: r.start)

    def _nums(self, doc: Doc, matches: list[tuple[int, int, int]]) -> list[Num]:
        strings = doc.vocab.strings
        tb = _table(doc)
        lower, text, n = tb.lower, tb.text, len(doc)
        post = self.cues.raw.get("post_hedges", {})
        out: list[Num] = []
        for mid, start, stop in filter_matches(matches):
            meta = self.number_meta.get(strings[mid], {})
            if "value" in meta:  # "the last seat" = 1
                num = Num(start, stop - 1, int(meta["value"]), start)
                out.append(num)
                continue
            if text[start] == "(":  # "(8)" tokenized as "(" + "8)"
                start += 1
            toks = [i for i in range(start, stop) if lower[i] not in _COUNT_NOUNS]
            while len(toks) > 1 and text[toks[-1]] in DASHES:
                toks.pop()  # "three-seat loss": the hyphen joins the number to its noun, it is not part of it
            v = _number_value(" ".join(text[i] for i in toks).rstrip(")"))
            if v is None or (isinstance(v, float) and not v.is_integer()):
                continue
            end = start + len(toks)
            num = Num(start, end, int(v), start)
            self._hedge(doc, num)
            if end < n and lower[end] in post:  # "400 paar", "300-plus"
                num.approximate, num.qualifier, num.end = True, post[lower[end]], end + 1
            out.append(num)
        # ranges: "230 to 240", "230-240", "between 230 and 240"
        skip = set()
        for a, b in zip(out, out[1:]):
            if id(a) in skip:
                continue
            gap = max(b.start - a.end, 0)
            if gap == 1 and (lower[a.end] in ("to", "or") or text[a.end] in DASHES) and b.value > a.value:
                if b.end < n and lower[b.end] in ("-", "member", "seat") or _is_year(a.value):
                    continue
                a.upper, a.approximate, a.end = b.value, True, b.end
                skip.add(id(b))
            elif gap == 1 and lower[a.end] == "and" and a.qstart > 0 and lower[a.qstart - 1] == "between":
                a.upper, a.approximate, a.end, a.qstart = b.value, True, b.end, a.qstart - 1
                skip.add(id(b))
        return [num for num in out if id(num) not in skip]

    def _hedge(self, doc: Doc, num: Num) -> None:
        """The hedge before a number ("more than 200", "an estimated 200", "about a dozen"): the first hedge of
        ``self.qualifiers`` (longest first) found right before the number, or one word ("a", "the", "just",
        ...) before it."""
        best = None  # (rank, gap, n, approx): a hedge's rank fixes its length, so the search order does not matter
        lowers = _table(doc).lower[max(0, num.start - 1 - self.qualifier_lengths[0]) : num.start] if self.qualifiers else []
        k = len(lowers)  # lowers[k - j] is doc[num.start - j].lower_
        for gap in (0, 1):
            if k - gap < 1 or lowers[k - gap - 1] not in self.qualifier_ends:
                continue  # no hedge ends with this word: no look-up per hedge length
            if gap and lowers[k - 1] not in ("a", "an", "the", "just", "only", "some"):
                continue
            for n in self.qualifier_lengths:
                if num.start - gap - n < 0 or k - gap - n < 0:
                    continue
                hit = self.qualifier_index.get(tuple(lowers[k - gap - n : k - gap]))
                if hit is not None and (best is None or (hit[0], gap) < best[:2]):
                    best = (hit[0], gap, n, hit[1])
        if best is not None:
            rank, gap, n, approx = best
            if approx:
                num.approximate, num.qualifier = True, " ".join(self.qualifiers[rank][0])
            num.qstart = num.start - gap - n

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        tb = _table(doc)
        tb.read_ents(doc)  # the entities as they are now (claimx_seats does not change them)
        try:
            self._run(doc, tb)
        finally:
            tb.forget_ents()
        return doc

    def _run(self, doc: Doc, tb: "_Table") -> None:
        c = self.cues
        found = self.whole_doc(doc)
        parties = self._parties(doc, found)
        party_at = {i: p for p in parties for i in range(p.start, p.end)}
        bodies = [b for b in (tb.body(e) for e in tb.ents) if b]
        main_body = _most_common([b for b in bodies if b != "Parliament"]) or _most_common(bodies)
        sents = _sentences(doc)
        sent_of: list[int | None] = [None] * len(doc)  # token -> its sentence (None: a whitespace-only stretch)
        for k, s in enumerate(sents):
            sent_of[s.start : s.end] = [k] * (s.end - s.start)
        ctx = _Ctx(doc, c, parties, party_at, sents, sent_of, main_body)
        nums = self._nums(doc, found["numbers"])
        ctx.nums = nums
        ctx.leader_of = owners.leaders(doc, parties)
        if doc.has_annotation("DEP"):
            ctx.dep_owner = lambda i: self._dep_owner(doc, party_at, i)
        counts: list[dict[str, Any]] = []
        used: set[int] = set()
        num_char: dict[int, int] = {}
        for num in nums:
            if num.start in used or num.start in ctx.consumed:
                continue
            drafts = _classify(ctx, num, nums) + ctx.extra
            ctx.extra = []
            shared = [d for d in drafts if d["type"] == "seat_count"]
            if shared:  # "X ... and Y, with 58 seats each": one count per party of the sentence
                sent = ctx.sents[ctx.sent_of[num.start]]
                for p in owners.each_parties(doc, ctx.parties, sent.start, num.qstart, num.end):
                    if not same_party(p.name, shared[0]["party"]):
                        drafts.append({**shared[0], "party": p.name, "party_text": p.text, "rule": shared[0]["rule"] + "/owner:each"})
            if not drafts and counts:
                drafts = _up_from_previous(ctx, num, counts[-1], num_char[id(counts[-1])])
            for d in drafts:
                add_draft(doc, d)
                if d["type"] == "seat_count":
                    counts.append(d)
                    num_char[id(d)] = doc[num.start].idx
                    signed = kinds.signed_change_after(doc_text(doc)[d["end"] : d["end"] + 40])
                    if signed is not None:  # "61 seats (+9)"
                        add_draft(doc, {"type": "seat_change", "start": d["start"], "end": d["end"] + signed[1],
                                        "rule": "seats/change-signed-bracket", "confidence": 0.8, "party": d["party"],
                                        "party_text": d.get("party_text"), "delta": signed[0], "approximate": False,
                                        "qualifier": None})
        for d in _fractions(ctx):  # "Iron Guild: 32/72"
            add_draft(doc, d)
        _respectively(ctx, num_char, counts)
        _carry_projection(ctx, num_char, counts)

    def _dep_owner(self, doc: Doc, party_at: dict[int, PartyRef], i: int) -> PartyRef | None:
        """The party that is the subject of the verb of number token ``i`` ("The Alliance, a pact of ...,
        controls 97 of the 180 seats") or the owner of its seats ("the Greens' 14 seats"), read from the parse:
        the first pattern of ``dep_patterns.jsonl`` (in file order) that matches from the token with a party
        as its ``subj``. Asked for only by the constructions that need it (see ``_Ctx.owner``)."""
        for _key, toks in self.dep(doc, i):
            ref = party_at.get(toks["subj"])
            if ref is not None:
                return ref
        return None

    # ------------------------------------------------------------------ serialisation
    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        import shutil

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for f in ("cues.json", "numbers.jsonl", "numbers.json", "party_shapes.jsonl", "dep_patterns.jsonl"):
            shutil.copyfile(self.data_dir / f, path / f)

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> "SeatsComponent":
        self.data_dir = Path(path)
        self._build()
        return self


# ---------------------------------------------------------------------------------------------
# per-number classification


_END = {".", "!", "?", "\u2026", ";"}
_CLOSERS = {'"', "\u201d", "'", "\u2019", ")", "\u00bb"}


def _sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, repaired: fragments that do not end a sentence (no final punctuation, no
    line break) are joined to the next one, and line breaks always end a sentence (lists, headlines).
    Only the tokens where a sentence can end are visited: line breaks, the token before each sentence
    start of the parser, and the last token."""
    n = len(doc)
    if not n:
        return [doc[:]]
    tb = _table(doc)
    text = tb.text
    starts = doc.to_array(SENT_START) == 1
    hard = tb.nl_ws | (tb.nl_text & tb.space)  # a line break always ends the sentence
    soft = numpy.zeros(n, dtype=bool)
    soft[:-1] = starts[1:]  # the parser starts a sentence after this token
    cand = numpy.flatnonzero(hard | soft).tolist()
    if not cand or cand[-1] != n - 1:
        cand.append(n - 1)
    nonspace = numpy.concatenate(([0], numpy.cumsum(~tb.space))).tolist()  # non-space tokens before each index
    hard_at = hard.tolist()  # (the same as a list, for the scalar look-ups below)
    out: list[Span] = []
    start = 0
    for i in cand:
        brk = hard_at[i]
        if not brk and i != n - 1:
            t = text[i]
            j = i
            while t in _CLOSERS and j > start:
                j -= 1
                t = text[j]
            if t in _END:
                nxt = doc[i + 1]
                brk = nxt.is_title or nxt.is_upper or nxt.is_digit or not nxt.is_alpha
        if brk or i == n - 1:
            if i + 1 > start and nonspace[i + 1] - nonspace[start] > 0:
                out.append(doc[start : i + 1])
            start = i + 1
    return out or [doc[:]]


_OF_IN = frozenset(("of", "in"))


def _drop_places(doc: Doc, refs: list[PartyRef]) -> list[PartyRef]:
    """A one-word name found only by its shape is a place, not a party, when the article also writes it after
    "of" or "in" ("Liberal Democrats of Marevia", "voters in Marevia")."""
    weak = {r.text for r in refs if r.weak and r.end - r.start == 1}
    if not weak:
        return refs
    tb = _table(doc)
    n = len(tb.text)
    places = {tb.text[i + 1] for i in tb.where(_OF_IN) if i + 1 < n and tb.text[i + 1] in weak}
    return [r for r in refs if not (r.weak and r.end - r.start == 1 and r.text in places)] if places else refs


def _filter_pairs(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """:func:`spacy.util.filter_spans` on (start, end) pairs, without making a Span per match: longest
    first (then leftmost), dropping a pair whose first or last token is taken; in start order."""
    taken: set[int] = set()
    out = []
    for neg_len, s in sorted({(s - e, s) for s, e in pairs}):  # longest first, then leftmost
        e = s - neg_len
        if s not in taken and e - 1 not in taken:
            out.append((s, e))
            taken.update(range(s, e))
    return sorted(out)


def _most_common(items: list[str]) -> str | None:
    if not items:
        return None
    counts: dict[str, int] = {}
    for x in items:
        counts[x] = counts.get(x, 0) + 1
    return max(counts, key=lambda k: (counts[k], -items.index(k)))


def _is_year(v: int) -> bool:
    return 1800 <= v <= 2100


def _negated(doc: Doc, i: int, sent: Span) -> bool:
    window = set(_table(doc).lower[max(sent.start, i - 4) : i])
    return bool(window & {"not", "n't", "no", "never", "without", "failed", "fail", "fails"})


@lru_cache(maxsize=8)
def _dotted(words: frozenset[str]) -> frozenset[str]:
    """The words with up to three full stops after them: the lowercase forms ``w`` with ``w.rstrip(".")`` in
    ``words`` ("mr", "mr.")."""
    return frozenset(w + "." * k for w in words for k in range(4))


def _person_words(doc: Doc, c: Cues) -> set[str]:
    """Words of the article's names that it treats as people: a PERSON (or a capitalised word) after a
    title or an honorific, or next to a speech verb ("Hale said", "said Varga", "Moric told")."""
    tb = _table(doc)
    titles = {e for _, e in tb.titles}
    title_starts = sorted({s for s, _ in tb.titles})
    cue_before, speech = c["person_cues_before"], c["speech_verbs"]
    out: set[str] = set()
    lower, text, n = tb.lower, tb.text, len(doc)

    def cued(s: int, e: int) -> bool:
        if s in titles or (s > 0 and lower[s - 1].rstrip(".") in cue_before):
            return True
        if s > 1 and f"{lower[s - 2]} {lower[s - 1]}" in c["person_cues_bigram"]:  # "led by Aiko Mori"
            return True
        if e < n and text[e] == "," and bisect.bisect_right(title_starts, e + 6) > bisect.bisect_right(title_starts, e):
            return True  # "Kenji Sato, the party's secretary general, said": a title starts in (e, e + 6]
        if e < n and (lower[e] in speech or tb.lemma(e) in speech):
            return True
        return s > 0 and lower[s - 1] in speech
    starts = set(titles) | {i + 1 for i in tb.where(_dotted(cue_before)) if i + 1 < n}
    for s in starts:  # "Prime Minister Anton Keller", "Mr Hale"
        j = s
        while j < n and j < s + 3 and tb.title[j] and tb.ent_ids[j] not in _label_ids("ORG", "GPE", "NORP"):
            out.add(text[j])
            j += 1
    person = get_string_id("PERSON")
    for e in tb.ents:
        if e.label == person and cued(e.start, e.end):
            out.update(text[i] for i in range(e.start, e.end) if tb.title[i])
    # names the NER missed ("Hale said", "said Varga", "Kenji Sato, the party's ..."): each run of name-like
    # words, in pieces of at most three from its start
    edges = numpy.flatnonzero(numpy.diff(numpy.concatenate(([0], tb.name_like, [0])))).tolist()
    name_words = c["party_name_words"]
    for a, b in zip(edges[::2], edges[1::2]):
        for i in range(a, b, 3):
            j = min(i + 3, b)
            if cued(i, j) and not any(w in name_words for w in lower[i:j]):
                out.update(text[i:j])
    return out


def _dateline(doc: Doc, s: int, e: int) -> bool:
    """An all-capitals place opening a line and followed by a comma or a dash ("ORVIK, Tarsland —")."""
    while s > 0 and doc[s - 1].is_upper and doc[s - 1].is_alpha and "\n" not in doc[s - 1].whitespace_:
        s -= 1  # "PORT SELBY": back to the first word of the place
    j = s
    while j < len(doc) and doc[j].is_upper and doc[j].is_alpha:
        j += 1
    line_start = s == 0 or "\n" in doc[s - 1].whitespace_ or "\n" in doc[s - 1].text
    return line_start and j < len(doc) and (doc[j].text == "," or doc[j].text in DASHES)


_PARTY_NP = re.compile(r"^(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er) (?:[a-z][\w\-]* ){0,3}?(?:party|alliance|coalition|bloc|front|movement)\b")


def _starts_with_pronoun(sent: Span) -> bool:
    while len(sent) > 1 and (sent[0].is_punct or sent[0].is_space):  # "’ His party, which had 243 MPs ..."
        sent = sent[1:]
    # a leading adverbial does not change the subject: "In 2019, it won 52", "Four years ago, the party had 40"
    k = next((t.i - sent.start + 1 for t in sent[:6] if t.text == ","), 0) if sent[:1].text.lower() in ("in", "at", "four", "five", "three", "two", "last", "previously", "then", "before") else 0
    if k:
        sent = sent[k:]
    elif len(sent) > 2 and sent[1].text == "," and sent[0].pos_ in ("ADV", "CCONJ", "SCONJ"):
        sent = sent[2:]  # "Therefore, it will have 32 seats", "However, the party ..."
    words = [t.lower_ for t in sent[:3]]
    if _PARTY_NP.match(" ".join(t.text for t in sent[:7]).replace(" - ", "-")):
        return True  # "The centre-right party gained ...": lowercase words only, not "The Harbour Party"
    return bool(words) and (words[0] in ("it", "they") or words[:2] == ["the", "party"]
                            or words[0] in ("its", "his", "her", "their") and words[1:2] == ["party"])  # "Her party had 28 seats"


class _Ctx:
    def __init__(self, doc, cues, parties, party_at, sents, sent_of, main_body):
        self.doc, self.c, self.parties, self.party_at = doc, cues, parties, party_at
        self.sents, self.sent_of, self.main_body = sents, sent_of, main_body
        self.dep_owner: Callable[[int], PartyRef | None] | None = None  # number token -> its party by the parse
        self._owners: dict[int, PartyRef | None] = {}
        self.consumed: set[int] = set()  # numbers another construction already read ("76 of the 150 members")
        self._seat_sents: set[int] | None = None  # the sentences with a seat noun (see seat_sentences)
        self._body: dict[int, str | None] = {}
        self.nums: list[Num] = []  # every candidate number of the doc, in order
        self.leader_of: dict[str, str] = {}  # leader surname -> party (see owners.leaders)
        self.years = status_cues.year_counts(doc_text(doc))  # the years the article names (see status.earlier_year)
        self.extra: list[dict[str, Any]] = []  # drafts a construction makes for another number ("lost 15 of its 55")

    def owner(self, num: "Num") -> PartyRef | None:
        """The party the parse gives the number's first token that has one (each token looked up once)."""
        if self.dep_owner is None:
            return None
        owners = self._owners
        for i in range(num.start, max(num.end, num.start + 1)):
            if i not in owners:
                owners[i] = self.dep_owner(i)
            if owners[i] is not None:
                return owners[i]
        return None

    def line_start(self, i: int, sent: Span) -> int:
        return _table(self.doc).line_start(i, sent.start)

    def line_end(self, i: int, sent: Span) -> int:
        return _table(self.doc).line_end(i, sent.end)

    def party_left(self, i: int, sent: Span, majority: bool = False) -> PartyRef | None:
        lo = self.line_start(i, sent)
        best = None
        for p in self.parties:
            if lo <= p.start and p.end <= i:
                best = p  # the nearest mention, known or not
        return best

    def party_right(self, i: int, sent: Span, limit: int = 12) -> PartyRef | None:
        hi = min(self.line_end(i, sent), i + limit)
        found = [p for p in self.parties if i <= p.start and p.end <= hi]
        return next((p for p in found if not p.weak), found[0] if found else None)

    def previous_party(self, sent: Span) -> PartyRef | None:
        k = self.sent_of[sent.start]
        for back in (1, 2):
            if k - back < 0:
                return None
            prev = self.sents[k - back]
            ps = [p for p in self.parties if prev.start <= p.start < prev.end]
            if ps:
                return next((p for p in ps if not p.weak), ps[0])
        return None

    def seat_sentences(self) -> set[int]:
        """The sentences that name seats ("seats", "ridings", "a 40-seat ..."), found once."""
        if self._seat_sents is None:
            self._seat_sents = self._find_seat_sentences()
        return self._seat_sents

    def _find_seat_sentences(self) -> set[int]:
        """The sentences with a token that is a seat noun or ends with "-seat" (found with one array test, and
        a scan for "-seat" only when the text has it)."""
        tb = _table(self.doc)
        hits = tb.where(self.c["seat_nouns"])
        if "-seat" in tb.doc_text.lower():
            hits += [i for i, w in enumerate(tb.lower) if w.endswith("-seat")]
        return {self.sent_of[i] for i in hits} - {None}

    def body_in(self, sent: Span) -> str | None:
        if sent.start not in self._body:
            self._body[sent.start] = self._find_body(sent)
        return self._body[sent.start]

    def _find_body(self, sent: Span) -> str | None:
        tb = _table(self.doc)
        for e in tb.ents_in(sent.start, sent.end):
            b = tb.body(e)
            if b:
                return self.main_body if b == "Parliament" and self.main_body else b
        return None


def _words(doc: Doc, s: int, e: int) -> str:
    return " ".join(_table(doc).lower[max(s, 0) : min(e, len(doc))])


def _seat_noun_after(ctx: _Ctx, num: Num, sent: Span) -> int | None:
    """Index of the seat noun that follows the number ("168 seats", "86 House seats", "90 ridings"), else None."""
    doc, c = ctx.doc, ctx.c
    lower = _table(doc).lower
    j = num.end
    steps = 0
    while j < sent.end and steps <= 3:
        w = lower[j]
        if w in c["seat_nouns"]:
            return j
        if w in c["seat_nouns_weak"]:
            nxt = _words(doc, j + 1, j + 3)
            if nxt.startswith("of parliament") or nxt.startswith("of the house") or nxt.startswith("of the assembly") or \
                    _rx(r"^of (?:the )?(?:\w+ )?(?:parliament|house|assembly|senate|chamber|legislature|congress)\b").match(_words(doc, j + 1, j + 5)):
                return j
            # "with 62 members", "has 40 members", "24 senators were elected": a party's members of the chamber
            # (never a membership in the thousands)
            prev = lower[num.qstart - 1] if num.qstart > sent.start else ""
            if num.value < 1000 and (prev in c["possession_before_weak_noun"] or (
                    num.qstart == sent.start and _rx(r"^(?:were|was|have been|had been|are) (?:elected|returned|voted in)\b").match(_words(doc, j + 1, j + 4)))):
                return j
            return None
        if w in c["seat_adjectives"] or (j + 1 < sent.end and steps < 2 and doc[j].is_alpha and (
                doc[j].pos_ == "ADJ" and doc[j].is_lower or doc[j].ent_type_ in ("GPE", "LOC")
                or doc[j].pos_ == "PROPN" and not (j in ctx.party_at and not ctx.party_at[j].weak) and w not in c["party_name_words"])):
            j += 1  # "86 House seats", "one inner Harbour seat" (not "35 National MPs": a party's name)
            steps += 1
            continue
        # a body name between ("86 Lok Sabha seats")
        if doc[j].ent_type_ == "ORG" and any(_table(doc).body(e) for e in _table(doc).ents_in(j, j + 1)) :
            j += 1
            steps += 1
            continue
        return None
    return None


def _excluded(ctx: _Ctx, num: Num, sent: Span) -> bool:
    c = ctx.c
    tb = _table(ctx.doc)
    text, lower, n = tb.text, tb.lower, len(tb.text)
    nxt = num.end if num.end < n else None  # token indices
    if nxt is not None and text[nxt] in DASHES and num.end + 1 < n:
        nxt = num.end + 1  # "two-thirds", "20-year": the word the hyphen joins the number to
    prev = num.qstart - 1 if num.qstart > sent.start else None
    if nxt is not None and (lower[nxt] in c["not_seat_units"] or text[nxt].startswith("%")):
        return True
    if nxt is not None and lower[nxt] in c["months"]:
        return True
    if prev is not None and (lower[prev] in c["months"] and prev not in ctx.party_at or text[prev] in ("$", "£", "€", "¥", "#", "No.")):
        return True
    if prev is not None and lower[prev] in ("rs", "rs.", "us$", "c$", "a$", "aged", "age", "since", "number", "no."):
        return True
    if ":" in text[num.start] or text[num.start].count(".") > 0:
        return True
    return False


_COMPARATIVES = frozenset(("more", "fewer", "less"))
_FROM_CUES = [(cue, re.compile(rf"\b{cue}\b")) for cue in (
    "up from", "down from", "compared with", "compared to", "from their", "from its", "from the", "from")]
_TO_WITH = re.compile(r"\b(?:to|with)\b")


def _status(ctx: _Ctx, num: Num, sent: Span, seat_noun: int | None) -> tuple[str, str | None]:
    """(status, cue rule suffix): previous / projected / result."""
    doc, c = ctx.doc, ctx.c
    line_start = ctx.line_start(num.qstart, sent)
    lo = max(line_start, num.qstart - 7)
    before = _words(doc, lo, num.qstart)
    after_end = (seat_noun + 1) if seat_noun is not None else num.end
    after = _words(doc, after_end, min(after_end + 6, sent.end))
    if _rx(r"\b(?:down|up|fell|falls|dropped|drops|slipped|slips|rose|rises|climbed|climbs|reduced|cut|jumped|increased|decreased|shrank|grew|went|goes|moved|improved|surged|plunged|tumbled|slumped) to\s*$").search(before):
        return "result", None  # "are down to 61", "were reduced to 26": the new figure
    sent_before = sent_before0 = _words(doc, max(sent.start, line_start), num.qstart)
    # (a substring test first: the text before the number can be a long line, each regex search walks it)
    if "before the " in sent_before0 and _rx(r"\bbefore the (?:vote|election|by-election|poll|ballot|count)\b").search(sent_before0) and not _rx(r"\b(?:now|after)\b").search(sent_before0):
        return "previous", "previous-before-the-vote"  # "Before the vote the URP held 33 of the 65 seats"
    if " into " in sent_before0 and _rx(r"\b(?:goes|go|went|going|heads|headed|heading|entered|enters|entering) into (?:\w+ ){0,4}?with\b").search(sent_before0):
        return "previous", "previous-going-into"  # "X goes into the vote with 76 seats, Y with 59"
    if _rx(r"\bwhen (?:it|they|the party) (?:had|held|won|took|got|finished|ended|secured)\b").search(before) and _rx(r"\b(?:19|20)\d\d\b|\b(?:last|previous)\b").search(sent_before0):
        return "previous", "previous-when"  # "in 2019, when it finished with 114"
    if _rx(r"\b(?:would|could|might) (?:\w+ )?(?:have|reach|get|hold|total|command|control|muster|be on)\s*$").search(before):
        if status_cues.combination_hypothesis(_words(doc, sent.start, sent.end)):
            return "other", "hypothetical"  # "X and Y together would have 99": a hypothetical total
        return "projected", "would-have"  # "According to the broadcaster, X would hold 267 seats"
    if "from" in before or "compared" in before:  # every cue below has one of these words
        for cue, rx in _FROM_CUES:
            rest = before.split(cue)[-1]
            # "up from 45", "compared with their 2019 tally of": the cue governs the number; not "compared to the
            # X which has 40": a comparison with another party's count (a clause of its own)
            of_party = cue.startswith("compared") and num.end + 1 < sent.end and ctx.doc[num.end].lower_ == "of" and (
                num.end + 1 in ctx.party_at or num.end + 2 in ctx.party_at)  # "compared to 23 of the X": another party's
            if rx.search(before) and not of_party and not _TO_WITH.search(rest) and not _rx(r"\b(?:which|who|that|has|have|had|holds|won|with)\b").search(rest):
                return "previous", "previous-from"
    if _rx(r"\b(?:had|held|won|has|hold|holds)\b\s*$").search(before) or _rx(r"\b(?:had|held)\b(?: only| just)?\s*$").search(before):
        if _rx(r"^(?:when|before|previously|in the last|in the previous|at the last|at the previous|at dissolution|going into|heading into|at the start|in the outgoing|last time|(?:\w+|\d+) years? ago)").match(after) or (
                _rx(r"\b(?:had|held)\b(?: only| just)?\s*$").search(before) and _rx(r"^in (?:19|20)\d\d\b").match(after)):
            return "previous", "previous-had"
    if _rx(r"^(?:(?:seats? )?(?:it|they|the party) (?:currently |previously )?(?:had|held|won|holds)|(?:seats? )?(?:in|at) the (?:last|previous) (?:election|parliament|vote|poll)|last time|previously)").match(after):
        return "previous", "previous-after"
    if _rx(r"\b(?:previous|last|outgoing|prior|20\d\d|19\d\d) (?:result|results|tally|total|count|haul|election|parliament)s?(?: of)?\s*$").search(before):
        return "previous", "previous-result"
    if _rx(r"\b(?:outgoing|previous|last|former|dissolved) (?:chamber|assembly|house|parliament|legislature|diet|council|senate)\b").search(sent_before):
        return "previous", "previous-outgoing"  # "In the outgoing chamber the X held 158 seats"
    # a projection cue counts in the number's own clause only: "is projected to secure 60 seats but now has 55"
    clause = _rx(r"(?:\bbut\b|\bwhile\b|\bwhereas\b|;)").split(sent_before)[-1]
    if _rx(r"\( ?(?:19|20)\d\d ?:?\s*$").search(before):
        return "previous", "previous-bracket-year"  # "61 seats (2019: 52)"
    if status_cues.past_election_frame(clause):
        return "previous", "previous-frame"  # "In the last elections, 14 months ago, the X won 80 seats"
    if status_cues.earlier_year(sent_before0, after, ctx.years):
        return "previous", "previous-year"  # "had won 52 seats in the 2019 election", "In 2019, it won 52"
    if c.any_word("projected_cues").search(clause):
        return "projected", "projected"
    if status_cues.projected_anywhere(_words(doc, max(sent.start, line_start), sent.end)):
        return "projected", "projected-sentence"  # "..., according to an exit poll", "will provisionally receive 57"
    if status_cues.partial_count(_words(doc, max(sent.start, line_start), sent.end)):
        return "projected", "partial-count"  # "with 99% of the votes counted, X had 86 seats", "..., preliminary results show"
    if num.qualifier and num.qualifier.startswith("hovering"):
        return "projected", "projected"
    return "result", None


def _emit(ctx: _Ctx, type_: str, s: int, e: int, rule: str, conf: float, **fields: Any) -> dict[str, Any]:
    start_char, end_char = _table(ctx.doc).char_bounds(max(s, 0), min(e, len(ctx.doc)))
    return {"type": type_, "start": start_char, "end": end_char, "rule": f"seats/{rule}", "confidence": conf, **fields}


def _rule(construction: str, status_cue: str | None) -> str:
    """A count's rule: the construction that found it and, when a cue decided it, the status decision
    ("count-dep-subject/status:previous-from")."""
    return f"{construction}/status:{status_cue}" if status_cue else construction


def _count(ctx: _Ctx, num: Num, party: PartyRef, s: int, e: int, rule: str, status: str, body: str | None, conf: float) -> dict[str, Any]:
    sent = ctx.sents[ctx.sent_of[num.start]]
    if not hasattr(ctx, "_country"):
        ctx._country = regions.country_of(ctx.doc)
    place = regions.regional_place(ctx.doc, e, sent.end, ctx._country) or regions.regional_possessive(
        ctx.doc, num.qstart, sent.start, ctx._country)
    if place:  # "all 14 seats in Eastmarch": the region's figure, kept apart from the national one
        body, rule = place, f"{rule}/region"
    d = _emit(ctx, "seat_count", min(s, num.qstart), e, rule, conf,
              party=party.name, party_text=party.text, seats=num.value, approximate=num.approximate,
              qualifier=num.qualifier, status=status, body=body)
    if num.upper is not None:
        d["upper"] = num.upper
    return d


def _classify(ctx: _Ctx, num: Num, nums: list[Num]) -> list[dict[str, Any]]:
    doc, c = ctx.doc, ctx.c
    sent = ctx.sents[ctx.sent_of[num.start]]
    if _excluded(ctx, num, sent):
        return []
    # stage 1 (candidates): a number word inside a name, the day of a date
    long_name = num.qstart - 1 in ctx.party_at and ctx.party_at[num.qstart - 1].end - ctx.party_at[num.qstart - 1].start > 1
    if candidates.number_word_in_name(doc, num.start, num.end) or candidates.date_day(doc, num.start, num.end, long_name) \
            or candidates.label_number(doc, num.qstart, c["label_nouns_before"]):
        return []
    out: list[dict[str, Any]] = []
    noun = _seat_noun_after(ctx, num, sent)
    tb = _table(doc)
    # (a token's ``whitespace_`` is one space or none: line breaks are whitespace tokens of their own)
    line_end = num.end >= sent.end or tb.space_list[num.end]
    if tb.text[num.end - 1].endswith(")") and tb.text[num.end - 1] != ")":
        line_end = True  # "(8)" closes its own parenthesis: nothing follows the number in the construction
    nxt1 = doc[num.end] if not line_end else None  # a list line ends with its number: "Green Left — 19"
    nxt2 = doc[num.end + 1] if nxt1 is not None and num.end + 1 < len(doc) else None
    before = _words(doc, max(sent.start, num.qstart - 6), num.qstart)
    body = ctx.body_in(sent) or ctx.main_body
    tail = noun if noun is not None else num.end - 1
    after = _words(doc, tail + 1, min(tail + 9, sent.end))

    # "at least four Greens", "the 35 National MPs": a party mention right after the number, in the plural or
    # followed by a seat noun, names whose seats they are
    p_after = ctx.party_at.get(num.end)
    if noun is None and p_after is not None and p_after.start == num.end and not p_after.weak and _seat_talk(ctx, sent):
        k = p_after.end
        plural = tb.text[k - 1].endswith("s") and not tb.text[k - 1].endswith("ss")
        if k < sent.end and tb.lower[k] in c["seat_nouns"] or plural and (k >= sent.end or tb.text[k] in (",", ".", ";", ")") or tb.lower[k] in ("and", "or", "in", "will", "were", "are", "who", "won", "took")):
            end = k + 1 if k < sent.end and tb.lower[k] in c["seat_nouns"] else k
            status, cue = _status(ctx, num, sent, None)
            return [_count(ctx, num, p_after, num.qstart, end, _rule("count-party-noun", cue), status, body, 0.75)]

    # undecided / counted seats are nobody's
    if noun is not None and c.starts_near("undecided_after", after, 12):
        return []
    if before.endswith(c.words_tuple("counting_before")):
        return []
    if _is_year(num.value) and noun is None:
        return []
    # stage 2 (kinds): "four seats short", "short by 12 seats", "a lead of 20 seats" measure a distance
    if kinds.distance(_words(doc, max(sent.start, num.qstart - 8), num.qstart), _words(doc, num.end, min(num.end + 6, sent.end))):
        return []
    if kinds.runs_for(before) and ctx.party_left(num.qstart, sent) is not None:
        return []  # "the X is contesting 150 seats": seats it runs for (without a party: the chamber, below)

    # ---- chamber size: "the 343-member House", "the 650-seat parliament"
    if nxt1 is not None and nxt1.text in DASHES and nxt2 is not None and nxt2.lower_ in ("member", "seat", "strong", "seats", "members"):
        rest = [t for t in doc[num.end + 2 : min(num.end + 6, sent.end)]]
        body_ent = next((e for e in _table(doc).ents_in(num.end + 2, min(num.end + 7, sent.end)) if _table(doc).body(e)), None)
        rest_words = {t.lower_ for t in rest}
        if rest and rest[0].lower_ in c["change_nouns_neg"] | c["change_nouns_pos"] | {"swing", "lead", "deficit", "advantage", "margin"}:
            delta = -num.value if rest[0].lower_ in c["change_nouns_neg"] else num.value
            if rest[0].lower_ in c["change_nouns_neg"] | c["change_nouns_pos"]:
                p = ctx.party_left(num.qstart, sent) or ctx.party_right(num.end, sent)
                if p is not None:
                    out.append(_emit(ctx, "seat_change", num.qstart, num.end + 3, "change-compound", 0.8, party=p.name,
                                     party_text=p.text, delta=delta, approximate=num.approximate, qualifier=num.qualifier))
            return out
        if rest and rest[0].lower_ == "majority" or "majority" in [t.lower_ for t in rest[:2]]:
            if rest and any(t.lower_ in ("mark", "threshold", "line", "target") for t in rest[:3]):
                return [_emit(ctx, "majority_threshold", num.qstart, num.end + 4, "threshold-compound", 0.8, body=body, seats=num.value)]
            return []
        if body_ent is not None or rest_words & c["chamber_nouns"]:
            b = _table(doc).body(body_ent) if body_ent is not None else body
            if b == "Parliament" and ctx.main_body:
                b = ctx.main_body
            end = body_ent.end if body_ent is not None else num.end + 3
            return [_emit(ctx, "chamber_size", num.qstart, end, "chamber-compound", 0.9, body=b, seats=num.value)]
        return []

    # ---- thresholds
    if _rx(r"\b(?:majority (?:mark|threshold|line|figure)|magic (?:number|figure|mark)|halfway (?:mark|point)|majority (?:requires|is|needs)|threshold)(?: (?:of|is|at|stands at|set at))?\s*$").search(before):
        return [_emit(ctx, "majority_threshold", max(sent.start, num.qstart - 4), tail + 1, "threshold-mark", 0.85, body=body, seats=num.value)]
    wide = max(sent.start, num.qstart - 12)
    # (the pattern's "majority" is a word of its own: no string is built for the many numbers without one)
    if "majority" in tb.lower[wide : num.qstart] and _rx(r"(?:^|\b(?:a|an|the) )(?:simple |absolute |outright |overall |working |clear |bare |governing )?majority (?:(?:in|of) (?:the|a|an|this|that) [^.;:]{0,40}? )?(?:requires|required|needs|is|means|would be|stands at|takes)(?: at least| a minimum of)?\s*$").search(_words(doc, wide, num.qstart)) \
            and (noun is not None or nxt1 is None or nxt1.is_punct or nxt1.lower_ in ("seats", "of", "members")):
        return [_emit(ctx, "majority_threshold", max(sent.start, num.qstart - 8), tail + 1, "threshold-majority-is", 0.8, body=body, seats=num.value)]
    sent_words = _words(doc, sent.start, num.qstart)
    if chambers.generic_must_win(sent_words, _words(doc, sent.start, sent.end)):  # "a party must win at least 76 seats"
        return [_emit(ctx, "majority_threshold", max(sent.start, num.qstart - 5), tail + 1, "threshold-must-win", 0.8, body=body, seats=num.value)]
    if chambers.absolute_majority_of(sent_words) and (noun is not None or nxt1 is None or nxt1.is_punct):
        return [_emit(ctx, "majority_threshold", max(sent.start, num.qstart - 4), tail + 1, "threshold-absolute-majority-of", 0.75, body=body, seats=num.value)]
    need_before = _rx(r"\b(?:needs?|needed|requires?|required)\b(?: (?:only|just))?(?: to (?:win|get|secure|have|reach|hold|control|bag))?(?: (?:at least|a minimum of|a total of))?\s*$").search(before)
    goal_after = _rx(r"\b(?:majority|power|govern|government|form|control)\b").search(after)
    support_of = _rx(r"\b(?:needs?|needed|requires?|required|must (?:have|win|secure)) (?:the )?(?:support|backing|votes|confidence) of(?: at least)?\s*$").search(before)
    if support_of and noun is not None:  # "a government needs the support of 76 deputies"
        return [_emit(ctx, "majority_threshold", max(sent.start, num.qstart - 5), noun + 1, "threshold-support-of", 0.8, body=body, seats=num.value)]
    if support_of and nxt1 is not None and nxt1.lower_ == "of":  # "the backing of at least 76 of the 150 members"
        total = next((n for n in nums if num.end < n.start <= num.end + 3), None)
        if total is not None and total.end < sent.end and (doc[total.end].lower_ in c["seat_nouns"] | c["seat_nouns_weak"]):
            ctx.consumed.add(total.start)
            return [_emit(ctx, "majority_threshold", max(sent.start, num.qstart - 5), num.end, "threshold-support-of", 0.8, body=body, seats=num.value),
                    _emit(ctx, "chamber_size", num.qstart, total.end + 1, "chamber-of-total", 0.8, body=body, seats=total.value)]
    if need_before and (goal_after or "majority" in tb.lower[max(sent.start, num.qstart - 8) : num.qstart]):  # "a majority, which would need 57"
        return [_emit(ctx, "majority_threshold", max(sent.start, num.qstart - 5), tail + 1, "threshold-needs", 0.85, body=body, seats=num.value)]
    if _rx(r"^(?:(?:are|is|were) )?(?:needed|required|necessary) (?:for|to) (?:an? )?(?:\w+ )?(?:majority|form|govern|control|win)").match(after):
        return [_emit(ctx, "majority_threshold", num.qstart, tail + 4, "threshold-needed", 0.85, body=body, seats=num.value)]
    if _rx(r"^(?:for|to have|to get) (?:an? )?(?:outright |absolute |clear |working |simple )?majority").match(after) and noun is not None or _rx(r"^for (?:an? )?(?:outright |absolute |clear |working |simple )?majority").match(after):
        return [_emit(ctx, "majority_threshold", num.qstart, tail + 3, "threshold-for-majority", 0.8, body=body, seats=num.value)]
    if _rx(r"^(?:it|they|the party|(?:its|his|her|their) party) (?:needed|needs|required)").match(after) and noun is not None:
        out.append(_emit(ctx, "majority_threshold", num.qstart, tail + 3, "threshold-it-needed", 0.7, body=body, seats=num.value))

    # ---- "in a chamber of 150", "a parliament of 400 seats"
    if _rx(r"\b(?:a|the|an) (?:\w+ )?(?:chamber|house|parliament|assembly|legislature|diet|senate|council) of\s*$").search(before) and (
        noun is not None or nxt1 is None or nxt1.is_punct
    ):
        return [_emit(ctx, "chamber_size", max(sent.start, num.qstart - 3), (noun if noun is not None else num.end - 1) + 1,
                      "chamber-of-n", 0.8, body=body, seats=num.value)]

    # ---- changes
    if _hypothetical_change(ctx, num, before):
        return []  # "could lose fifty deputies and still govern"
    change = _change(ctx, num, sent, noun, before, after)
    if change is not None:
        out.append(change)
        return out
    if _rx(r"^(?:seats? )?(?:more|fewer|less)(?: seats?)? than\b").match(_words(doc, num.end, min(num.end + 4, sent.end))):
        return out  # "one more than the X": the difference between two parties, nobody's count

    # ---- "M (seats) of (the) (X's) N seats": N is the chamber, M a count
    of_prev = _of_total(ctx, num, nums, sent, noun)
    if of_prev is not None and noun is not None and _sub_chamber(ctx, noun, sent):
        return out  # "3 of the 10 seats in the capital region": a part of the chamber
    own = _rx(r"^(?:it|they|the party) (?:currently |now |previously |still )?(?:holds|held|had|has|have|won)\b")
    if of_prev is not None and noun is not None and own.match(_words(doc, noun + 1, min(noun + 5, sent.end))):
        of_prev = None  # "kept 104 of the 118 seats it currently holds": 118 is the party's own count, not the chamber
    if of_prev is not None:
        out.append(_emit(ctx, "chamber_size", of_prev.qstart, (noun if noun is not None else num.end - 1) + 1, "chamber-of-total", 0.85, body=body, seats=num.value))
        return out
    # ("a total of" is read as the number's qualifier, so it is not in ``before``)
    if noun is not None and ("total of" in _words(doc, num.qstart, num.start) or _rx(r"\b(?:a total of|total of|there are|there were|all|all of the|comprises|consists of|has|of its)\s*$").search(before)) and not ctx.party_left(num.qstart, sent):
        return [_emit(ctx, "chamber_size", max(sent.start, num.qstart - 4), noun + 1, "chamber-total", 0.8, body=body, seats=num.value)]
    if noun is not None and _rx(r"^(?:are|were) (?:up for grabs|at stake|contested|up for election)|^(?:up for grabs|at stake)").match(after):
        return [_emit(ctx, "chamber_size", num.qstart, noun + 1, "chamber-contested", 0.8, body=body, seats=num.value)]

    # ---- "Taiwan's Legislature had 225 seats", "the Legislative Yuan was reduced to 113 seats"
    if noun is not None and chambers.chamber_subject(_words(doc, max(sent.start, num.qstart - 6), num.qstart)):
        return [_emit(ctx, "chamber_size", max(sent.start, num.qstart - 3), noun + 1, "chamber-subject", 0.8, body=body, seats=num.value)]

    # ---- "to elect 500 deputies", "vying for 150 seats", "Parliament's 150 seats": the seats being filled
    if noun is not None and not ctx.party_left(num.qstart, sent) and (
            chambers.elects_n(_words(doc, sent.start, num.qstart)) or chambers.body_possessive(_words(doc, sent.start, num.qstart))):
        return [_emit(ctx, "chamber_size", max(sent.start, num.qstart - 3), noun + 1, "chamber-elects-n", 0.75, body=body, seats=num.value)]

    # ---- "Of the 150 seats, the X won 61": a sentence opening with the whole of the seats
    if noun is not None and _rx(r"^(?:of|out of|among) (?:the|all(?: the)?)\s*$").match(_words(doc, sent.start, num.qstart)) \
            and noun + 1 < sent.end and tb.text[noun + 1] == ",":
        return [_emit(ctx, "chamber_size", sent.start, noun + 1, "chamber-of-the-n-opening", 0.8, body=body, seats=num.value)]

    # ---- counts with a seat noun
    if noun is not None:
        nxt_of = _next_is_of_total(ctx, num, nums, noun)
        party, how = _party_for(ctx, num, sent, noun)
        if party is None:
            return out
        status, cue = _status(ctx, num, sent, noun)
        if tb.lower[noun] in ("senators", "senator"):
            body = "Senate"  # "24 senators were elected under X": the upper house, whatever the article's main body
        return out + [_count(ctx, num, party, num.qstart, noun + 1, _rule(f"count-{how}", cue), status, body, 0.9 if how != "previous-sentence" else 0.7)]

    # ---- elliptical counts (no seat noun): only after seat talk, and never in the thousands
    if num.value >= 1000 or not _seat_talk(ctx, sent):
        return out  # "11,420 votes to 9,870 for the URP's candidate": a vote count, not seats
    of_party = ctx.party_at.get(num.end + 1) or (ctx.party_at.get(num.end + 2) if num.end + 1 < len(doc) and tb.lower[num.end + 1] == "the" else None)
    if nxt1 is not None and nxt1.lower_ == "of" and of_party is not None and of_party.start <= num.end + 2 and _rx(r"\b(?:compared|against|versus|to)\b").search(before):
        status, cue = _status(ctx, num, sent, None)  # "24 senators ... compared to 23 of the X": the X's count
        return out + [_count(ctx, num, of_party, num.qstart, of_party.end, _rule("elliptical-of-party", cue), status, body, 0.75)]
    if nxt1 is not None and nxt1.lower_ in ("of", "out") and any(n.start > num.end and n.start <= num.end + 5 for n in nums):
        party, how = _party_for(ctx, num, sent, None)
        if party is not None:
            status, cue = _status(ctx, num, sent, None)
            return out + [_count(ctx, num, party, num.qstart, num.end, _rule(f"count-of-total-{how}", cue), status, body, 0.85)]
        return out
    went_to = nxt1 is not None and nxt2 is not None and nxt1.lower_ in ("went", "go", "goes", "will", "were", "are", "was", "fell") and _rx(r"^(?:\w+ )?(?:go |went |going |taken |won |claimed )?(?:to|for|by) ").match(_words(doc, num.end, num.end + 4) + " ")
    # a word after the number ends the construction, except the words of elliptical_next and, after a previous
    # count, those of elliptical_next_previous (the status is read only when it decides)
    # "went to 99 from 77 deputies", "increased to 68 from 56": the new count, then its previous one
    to_from = nxt1 is not None and nxt1.lower_ == "from" and any(n.start in (num.end + 1, num.end + 2) for n in nums)
    other_next = nxt1 is not None and not went_to and not to_from and not (nxt1.is_punct or nxt1.lower_ in c["elliptical_next"])
    if other_next and nxt1.lower_ not in c["elliptical_next_previous"]:
        return out
    status, cue = _status(ctx, num, sent, None)
    if other_next and status != "previous":
        return out
    party, how = _party_for(ctx, num, sent, None, elliptical=True, previous=status == "previous")
    if party is None:
        return out
    end = num.end
    if nxt1 is not None and nxt1.lower_ in ("to", "for") and how == "to-party":
        end = party.end
    return out + [_count(ctx, num, party, min(num.qstart, party.start) if how in ("dash", "colon", "verb") else num.qstart, max(end, num.end), _rule(f"elliptical-{how}", cue), status, body, 0.75)]


def _pronoun_object(ctx: _Ctx, num: Num, sent: Span) -> bool:
    before = _words(ctx.doc, max(sent.start, num.qstart - 4), num.qstart)
    if before.endswith((" to", " at", " on")):  # "It brought the party to 38 seats", "put them at 40"
        before = before.rsplit(" ", 1)[0]
    # ``before`` is a phrase of the list or ends with " " + one
    return (" " + before).endswith(ctx.c.words_tuple("pronoun_objects", prefix=" "))


def _seat_talk(ctx: _Ctx, sent: Span) -> bool:
    """A seat noun in this sentence, the five before it or the next one (a headline elides "seats")."""
    k = ctx.sent_of[sent.start]
    window = range(max(0, k - 5), min(k + 2, len(ctx.sents))) if k > 0 else range(min(4, len(ctx.sents)))
    return not ctx.seat_sentences().isdisjoint(window)


def _of_total(ctx: _Ctx, num: Num, nums: list[Num], sent: Span, noun: int | None) -> Num | None:
    """The count M when ``num`` is the N of "M (seats) (out) of (the) (X's) N seats"."""
    if noun is None:
        return None
    doc = ctx.doc
    j = num.qstart - 1
    # skip "the", a possessive ("Quebec's", "the province's"), "all"
    while j > sent.start:
        if doc[j].lower_ in ("'s", "’s") and j - 1 > sent.start and j > num.qstart - 3:
            j -= 2  # the possessor, whatever it is: "of the province's 87 ridings"
        elif doc[j].lower_ in ("the", "all", "its", "their") or doc[j].ent_type_ in ("GPE", "ORG", "NORP") and j > num.qstart - 4:
            j -= 1
        else:
            break
    if j <= sent.start or doc[j].lower_ != "of":
        return None
    k = j - 1
    if doc[k].lower_ == "out":
        k -= 1
    while k > sent.start and doc[k].lower_ in ctx.c["seat_nouns"] | {"house", "parliamentary"}:
        k -= 1
    for n in nums:
        if n.end - 1 == k:
            return n
    return None


def _sub_chamber(ctx: _Ctx, noun: int, sent: Span) -> bool:
    """ "seats in the capital region", "seats in Harbour Province": the seats of a part of the country."""
    doc = ctx.doc
    j = noun + 1
    if j >= sent.end or doc[j].lower_ not in ("in", "from", "across"):
        return False
    words = _words(doc, j + 1, min(j + 5, sent.end)).split()
    if words and words[0] == "the":
        words = words[1:]
    # (not "the 88 seats in the state parliament": a chamber noun names the chamber itself)
    return any(w in ctx.c["sub_chamber_after"] for w in words[:3]) and not any(w in ctx.c["chamber_nouns"] for w in words[:4])


def _next_is_of_total(ctx: _Ctx, num: Num, nums: list[Num], noun: int) -> bool:
    return False


def _change(ctx: _Ctx, num: Num, sent: Span, noun: int | None, before: str, after: str) -> dict[str, Any] | None:
    doc, c = ctx.doc, ctx.c
    tb = _table(doc)
    prev = tb.lower[num.qstart - 1] if num.qstart > sent.start else ""
    prev2 = _words(doc, max(sent.start, num.qstart - 2), num.qstart)
    delta = None
    rule = None
    end = (noun + 1) if noun is not None else num.end
    # the change forms of the ``changes`` stage: "fell by 15", "cost the X 15 seats", "lost 15 of its 55 seats",
    # "its losses amounted to 15", "nine more seats than last time"
    hit = changes.change_before_after(before, _words(doc, num.end, min(num.end + 10, sent.end)), prev in ("lost", "lose", "loses", "shed"))
    if hit is None and noun is not None and changes.inflicted_loss(before):
        hit = (-1, "change-inflicted")
    if hit is not None:
        party = ctx.party_left(num.qstart, sent) or ctx.owner(num) or ctx.party_right(end, sent)
        if party is None and _rx(r"\b(?:her|his|their|its) (?:party|alliance|coalition)\b").search(before):
            # "Mrs Voss's gamble has lost her party about 20 seats": the party of a leader named in the sentence,
            # else the party named before
            leader = next((ctx.leader_of[w.rstrip(".")] for w in tb.lower[sent.start : num.qstart] if w.rstrip(".") in ctx.leader_of), None)
            party = PartyRef(num.qstart, num.qstart, leader, leader) if leader else ctx.previous_party(sent)
        if party is None and _starts_with_pronoun(sent):
            party = ctx.previous_party(sent)
        if party is None:
            return None
        if hit[1] == "change-lost-of":  # "lost 15 of its 55 seats": 55 is the party's previous count
            total = next((n for n in ctx.nums if num.end < n.start <= num.end + 4), None)
            if total is not None:
                ctx.consumed.add(total.start)
                t_end = total.end + (1 if total.end < sent.end and tb.lower[total.end] in c["seat_nouns"] else 0)
                ctx.extra.append(_count(ctx, total, party, total.qstart, t_end, "count-lost-of-its/status:previous", "previous", ctx.body_in(sent) or ctx.main_body, 0.75))
        return _emit(ctx, "seat_change", max(sent.start, num.qstart - 1), end, hit[1], 0.8, party=party.name, party_text=party.text,
                     delta=hit[0] * num.value, approximate=num.approximate, qualifier=num.qualifier)
    m = None
    if not _COMPARATIVES.isdisjoint(tb.lower[num.end : num.end + 2]):  # the pattern's "more" is one of the next two words
        m = _rx(r"^(?:seats? )?(more|fewer|less)(?: seats?)? than\b").match(_words(doc, num.end, num.end + 4))
    paren = num.qstart - 2 >= sent.start and tb.text[num.qstart - 2] == "("
    noun_of = before.rstrip().endswith("of")  # each "a gain of" pattern below ends with "of"
    if noun_of and c.noun_of("change_nouns_pos").search(before):
        delta, rule = num.value, "change-noun"  # "made a gain of seven", "a gain of twelve that..."
    elif noun_of and c.noun_of("change_nouns_neg").search(before):
        delta, rule = -num.value, "change-noun"
    elif prev in ("up", "down") and noun is None and (paren or num.qstart - 2 >= sent.start and tb.text[num.qstart - 2] == ","):
        delta, rule = (num.value if prev == "up" else -num.value), "change-paren-up-down"  # "58 seats (down 6)", "four MPs, up one"
    elif m and any(k in ctx.party_at for k in range(num.end + len(m.group(0).split()), min(num.end + len(m.group(0).split()) + 3, sent.end))):
        return None  # "37 seats, one more than the X": a comparison with another party, not a change
    elif m and not _rx(r"\b(?:won|got|win|secured)\s*$").search(before) or m and noun is None:
        delta = num.value if m.group(1) == "more" else -num.value
        rule, end = "change-more-than", num.end + len(m.group(0).split())
    elif noun is not None or (num.end < len(doc) and doc[num.end].is_punct):
        if prev in c["change_neg"] or prev2.endswith("gave up") or _rx(r"\b(?:lost|lose|shed|losing)(?: a further| another| an additional)?\s*$").search(before):
            if prev in ("dropped", "drop", "drops") and noun is None:
                return None
            delta, rule = -num.value, "change-verb"
        elif prev in c["change_pos"] or _rx(r"\b(?:picked up|picks up|won an additional|won another|gained a further|added another|adds another)\s*$").search(before):
            if prev in ("gains", "gained", "gain") and ctx.sent_of[num.start] == 0:
                return None  # headlines: "X gains 159 seats" is a count
            delta, rule = num.value, "change-verb"
        elif noun_of and _rx(r"\b(?:a|an|its|their|the|net) (?:gain|increase|rise|jump|pickup)s? of\s*$").search(before):
            delta, rule = num.value, "change-noun"
        elif noun_of and _rx(r"\b(?:a|an|its|their|the|net) (?:loss|drop|decline|fall|decrease|reduction|slump)s? of\s*$").search(before):
            delta, rule = -num.value, "change-noun"
        elif prev in ("up", "down") and noun is not None and not _rx(r"^(?:from|to)\b").match(_words(doc, num.qstart - 2, num.qstart - 1)):
            delta, rule = (num.value if prev == "up" else -num.value), "change-up-down"
        elif prev in ("+", "-", "−") and noun is None:
            return None
    if delta is None:
        return None
    party = None
    if rule == "change-noun" and _rx(r"^(?:for|to|by) ").match(_words(doc, end, end + 1) + " "):
        party = ctx.party_right(end, sent, limit=5)  # "a drop of nine for the X"
    party = party or ctx.party_left(num.qstart, sent) or ctx.party_right(end, sent)
    if party is None and _starts_with_pronoun(sent):
        party = ctx.previous_party(sent)
    if party is None:
        return None
    start = num.qstart - 1 if rule == "change-verb" else max(sent.start, num.qstart - 4) if rule == "change-noun" else num.qstart - 1 if rule == "change-paren-up-down" else num.qstart
    if rule == "change-paren-up-down" and end < len(doc) and doc[end].text.startswith(")"):
        end += 1
    return _emit(ctx, "seat_change", start, end, rule, 0.8, party=party.name, party_text=party.text, delta=delta,
                 approximate=num.approximate, qualifier=num.qualifier)


def _short(text: str) -> str:
    return _rx(r"^(?:the|The)\s+").sub("", text).replace("\u2019", "'")


_APPOSITIVE = re.compile(r"^\s*,\s*(?:a|an|the|which|who|whose|its|their)\b[^;:]*,\s*(?:\w+\s+){0,2}?(?:\w+)\s*$")


def _appositive_head(ctx: _Ctx, p: PartyRef | None, num: Num, sent: Span) -> PartyRef | None:
    """ "The X, a pact of the Y and the Z, controls 91 of the 160 seats": the party before an appositive, not the
    last party named inside it (used when no parse says who the subject is)."""
    if p is None:
        return p
    doc = ctx.doc
    lo = ctx.line_start(num.qstart, sent)
    for r in ctx.parties:
        if lo <= r.start and r.end <= p.start and r is not p:
            if _APPOSITIVE.match(doc[r.end : num.qstart].text) and "," not in doc[lo : r.start].text:
                return r
            break
    return p


def _hypothetical_change(ctx: _Ctx, num: Num, before: str) -> bool:
    prev = _table(ctx.doc).lower[num.qstart - 1] if num.qstart > 0 else ""
    c = ctx.c
    return (prev in c["change_neg"] or prev in c["change_pos"]) and bool(_rx(r"\b(?:could|would|might|may|can)(?: \w+)? \w+\s*$").search(before))


def _party_for(
    ctx: _Ctx, num: Num, sent: Span, noun: int | None, elliptical: bool = False, previous: bool = False
) -> tuple[PartyRef | None, str]:
    doc = ctx.doc
    end = (noun + 1) if noun is not None else num.end
    after = _words(doc, end, min(end + 4, sent.end))
    # "N (seats) (will) go to the X", "N to the X", "N for X"
    # "N (seats) (will) go to the X", "N to the X", "N for X", "N senators were elected under X"
    m = _rx(r"^(?:(?:will|would|went|go|goes|going|have gone|had gone|were|was|are|fell) )?(?:go |went |going |won |taken |claimed )?(?:to|for|by) "
            r"|^(?:(?:were|was|are|have been|had been) )?(?:elected|returned) (?:under|on|for) ").match(after)
    if m:
        p = ctx.party_right(end, sent, limit=8)
        if p is not None and p.start - end <= 5:
            return p, "to-party"
    lo = ctx.line_start(num.qstart, sent)
    if _pronoun_object(ctx, num, sent) and not ctx.party_left(num.qstart, sent):
        p = ctx.previous_party(sent)  # "A projection gave the party 130 to 140 seats", "... gave it at least 240"
        if p is not None:
            return p, "pronoun-previous"
    # "X: N", "X — N", "X (N seats)", "X N", "X's N", "X with N"
    j = num.qstart - 1
    tb = _table(doc)
    while j >= lo and (tb.lower[j] in ctx.c["party_skip_before_number"]
                       or tb.text[j] in DASHES or j == num.qstart - 1 and doc[j].pos_ == "ADJ"
                       or tb.text[j].isspace() and "\n" not in tb.text[j]):  # "Iron Guild<TAB>61": a table row
        j -= 1
    if j - 2 >= lo and tb.text[j] == ")" and tb.text[j - 2] == "(" and j - 3 in ctx.party_at:
        j -= 3  # "the Kuomintang (KMT) 52": the party's abbreviation between it and the number
    if j >= lo and j in ctx.party_at:
        p = ctx.party_at[j]
        gap = _words(doc, p.end, num.qstart)
        how = "colon" if ":" in gap else "dash" if any(d in gap for d in DASHES) else "paren" if "(" in gap else "adjacent"
        return p, how
    p = ctx.owner(num)
    if p is not None and p.start < num.qstart:
        bloc = _with_allies(ctx, p, num, sent)
        if bloc is not None:
            return bloc, "dep-subject-with-allies"
        nearer = ctx.party_left(num.qstart, sent)
        if nearer is not None and nearer.start > p.end and nearer.name != p.name and any(
            w in ctx.c["clause_breaks"] for w in tb.lower[p.end : nearer.start]
        ):
            return nearer, "left-clause"  # "X is expected to hold 15, while Y is on 35": the parse crossed the clause
        return p, "dep-subject"
    if elliptical and noun is None:
        # "the Greens took 14", "the NDP managed to secure only 7", "the 27 it had"
        p = _appositive_head(ctx, ctx.party_left(num.qstart, sent), num, sent)
        if p is not None and previous:
            return p, "previous"
        if p is not None:
            between = [t for t in doc[p.end : num.qstart]]
            dashes = [k for k, t in enumerate(between) if t.text in DASHES]
            if len(dashes) >= 2:  # "X — 99 so far — was ahead in another 14": skip the aside
                between = between[: dashes[0]] + between[dashes[1] + 1 :]
            verbs = {t.lower_ for t in between}
            if verbs & ctx.c["count_verbs"] and len(between) <= 8 and not any(t.lower_ in ("%", "percent", "votes") for t in between):
                return p, "verb"
            if _rx(r"^(?:it|they) (?:had|held|won)").match(_words(doc, num.end, num.end + 2)) or _rx(r"\bfrom (?:the|its|their)\s*$").search(_words(doc, num.qstart - 3, num.qstart)):
                return p, "previous"
        if doc.has_annotation("DEP"):
            p = owners.conj_subject(doc, num.end - 1, ctx.party_at, ctx.c["count_verbs"])
            if p is not None:  # "X is projected to secure 60 seats but presently has 55"
                return p, "conj-subject"
        if _rx(r"^(?:it|they) (?:had|held|won)").match(_words(doc, num.end, num.end + 2)) or (
            _rx(r"\b(?:it|they)(?: \w+){0,2}$").search(_words(doc, max(sent.start, num.qstart - 4), num.qstart)) and _starts_with_pronoun(sent)
        ):
            p = ctx.previous_party(sent)  # "The party ... when it finished with 114"
            if p is not None:
                return p, "previous-sentence"
        return None, ""
    p = _appositive_head(ctx, ctx.party_left(num.qstart, sent), num, sent)
    if p is not None:
        for r in ctx.parties:  # the party left of the number sits in a ", with the Y and the Z," aside of a bloc
            if sent.start <= r.start < p.start:
                bloc = _with_allies(ctx, r, num, sent)
                if bloc is not None and bloc.end >= p.end:
                    return bloc, "left-with-allies"
        return p, "left"
    p = ctx.party_right(end, sent, limit=10)
    if p is not None:
        return p, "right"
    if _rx(r"^(?:, )?(?:[\w ]+, )?(?:the party|it|they)\b").match(_words(doc, end, min(end + 8, sent.end))):
        p = ctx.previous_party(sent)  # "With 94 MPs, up from 81, the party no longer needs..."
        if p is not None:
            return p, "previous-sentence"
    if _starts_with_pronoun(sent) or _rx(r"^(?:it|they|the party|(?:its|his|her|their) party)\b").match(_words(doc, ctx.line_start(num.qstart, sent), num.qstart)):
        p = ctx.previous_party(sent)
        if p is not None:
            return p, "previous-sentence"
    return None, ""


def _with_allies(ctx: _Ctx, p: PartyRef, num: Num, sent: Span) -> PartyRef | None:
    """ "X, with the federation formed with the Y and the Z, won 80 seats", "X, together with its allies Y and Z,
    took 120": the count is the bloc's, named by its members."""
    tb = _table(ctx.doc)
    if p.end >= num.qstart or tb.text[p.end] != ",":
        return None
    lower = tb.lower
    j = p.end + 1
    if not (lower[j] == "with" or lower[j] in ("together", "along") and lower[j + 1] == "with"):
        return None
    close = next((k for k in range(j, num.qstart) if tb.text[k] == ","), None)
    if close is None:
        return None
    allies = [r for r in ctx.parties if j < r.start and r.end <= close and r.name != p.name]
    if not allies:
        return None
    names = [p.name] + [r.name for r in allies if r.name not in (p.name,)]
    return PartyRef(p.start, close, " and ".join(dict.fromkeys(names)), tb.span_text(p.start, close))


def _fractions(ctx: _Ctx) -> list[dict[str, Any]]:
    """ "Iron Guild: 32/72", "the Guild — 32/72 seats": a party's count and the chamber's size in one fraction
    token right after the party (through a colon or a dash)."""
    doc = ctx.doc
    tb = _table(doc)
    out: list[dict[str, Any]] = []
    for i, w in enumerate(tb.text):
        if "/" not in w:
            continue
        frac = chambers.seat_fraction(w)
        if frac is None or ctx.sent_of[i] is None:
            continue
        sent = ctx.sents[ctx.sent_of[i]]
        j = i - 1
        while j >= sent.start and (tb.text[j] in (":", "=") or tb.text[j] in DASHES):
            j -= 1
        party = ctx.party_at.get(j)
        if party is None or j == i - 1:
            continue  # only "X: 32/72", "X — 32/72" (not "on 12/10", a date)
        num = Num(i, i + 1, frac[0], i)
        status, cue = _status(ctx, num, sent, None)
        body = ctx.body_in(sent) or _heading_body(ctx, ctx.sent_of[i]) or ctx.main_body
        out.append(_count(ctx, num, party, party.start, i + 1, _rule("count-fraction", cue), status, body, 0.8))
        out.append(_emit(ctx, "chamber_size", i, i + 1, "chamber-fraction", 0.8, body=body, seats=frac[1]))
    return out


def _heading_body(ctx: _Ctx, k: int, lines: int = 6) -> str | None:
    """The chamber a list belongs to: "The Senate" / "Lower House" as a short heading line a few lines above."""
    for j in range(k - 1, max(-1, k - 1 - lines), -1):
        sent = ctx.sents[j]
        if len(sent) <= 6:
            b = ctx.body_in(sent)
            if b:
                return b
            words = {t.lower_ for t in sent}
            if "senate" in words or "upper" in words:
                return "Senate"
            if words & {"lower", "deputies", "commons", "representatives"}:
                return ctx.main_body if ctx.main_body and ctx.main_body != "Senate" else "Lower House"
    return None


def _up_from_previous(ctx: _Ctx, num: Num, last: dict[str, Any], last_char: int) -> list[dict[str, Any]]:
    """ "With 94 MPs, up from 81, ...": a bare "up / down from N" right after a count is that party's
    previous count."""
    doc = ctx.doc
    sent = ctx.sents[ctx.sent_of[num.start]]
    if not (sent.start_char <= last_char < doc[num.start].idx) or num.qstart - 2 < sent.start:
        return []
    if _words(doc, num.qstart - 2, num.qstart) not in ("up from", "down from") or last["status"] == "previous":
        return []
    if num.end < sent.end and not doc[num.end].is_punct:
        return []
    ref = PartyRef(num.start, num.end, last["party"], last.get("party_text") or last["party"])
    return [_count(ctx, num, ref, num.qstart - 2, num.end, "elliptical-up-from", "previous", last.get("body"), 0.7)]


def _carry_projection(ctx: _Ctx, num_char: dict[int, int], counts: list[dict[str, Any]]) -> None:
    """ "... the X (leading in 169 seats) ... The Y (22 seats) and the Z (eight seats) could ...": a bare
    parenthesised list that continues, in the same paragraph, a sentence of projected counts is projected too."""
    doc = ctx.doc
    by_sent: dict[int, list[dict[str, Any]]] = {}
    for d in counts:
        by_sent.setdefault(ctx.sent_of[doc.char_span(num_char[id(d)], num_char[id(d)] + 1, alignment_mode="expand").start], []).append(d)
    for k in sorted(by_sent):
        prev = by_sent.get(k - 1)
        if not prev or not all(d["status"] == "projected" for d in prev):
            continue  # the list continues a sentence of projections only
        def paren(d: dict[str, Any]) -> bool:
            return doc_text(doc)[: num_char[id(d)]].rstrip().endswith("(")

        if any(d["status"] == "result" and not paren(d) for d in by_sent[k]):
            continue  # the sentence states results of its own ("independents took four seats")
        gap = doc_text(doc)[ctx.sents[k - 1].end_char - 1 : ctx.sents[k].start_char]
        if "\n" in gap:
            continue  # another paragraph
        for d in by_sent[k]:
            if d["status"] == "result" and paren(d):
                d["status"] = "projected"
                d["rule"] += "-carried"


def _respectively(ctx: _Ctx, num_char: dict[int, int], counts: list[dict[str, Any]]) -> None:
    """ "X and Y won 12 and 9 seats, respectively": re-pair parties and numbers in order."""
    doc = ctx.doc
    if "respectively" not in doc_text(doc).lower():
        return
    for sent in ctx.sents:
        if "respectively" not in sent.text.lower():
            continue
        resp = sent.start_char + sent.text.lower().index("respectively")
        in_sent = [d for d in counts if sent.start_char <= num_char[id(d)] < resp]
        if len(in_sent) < 2:
            continue
        first = min(num_char[id(d)] for d in in_sent)
        ps = []
        for p in ctx.parties:
            if sent.start <= p.start and doc[p.start].idx < first and p.name not in [q.name for q in ps]:
                ps.append(p)
        in_sent.sort(key=lambda d: num_char[id(d)])
        if len(ps) < len(in_sent):  # "Shas and United Torah Judaism won 11 and seven seats, respectively": one
            split: list[PartyRef] = []  # unknown run holds both names; split it at its "and"
            for p in ps:
                words = p.text.split(" and ")
                split.extend(PartyRef(p.start, p.end, w.strip(), w.strip()) for w in words) if len(words) > 1 else split.append(p)
            ps = split
        if len(ps) >= len(in_sent):
            for d, p in zip(in_sent, ps[-len(in_sent):]):
                d["party"], d["party_text"] = p.name, p.text
                d["rule"] = "seats/count-respectively"


@Language.factory("claimx_seats", default_config={"data_dir": None})
def make_seats(nlp: Language, name: str, data_dir: str | None) -> SeatsComponent:
    return SeatsComponent(nlp, name, data_dir)
