"""The shared context of the seat stages: the word lists, the doc's token table, the numbers and party mentions,
the repaired sentences, the per-doc context every stage reads (``_Ctx``) and the draft builders.

- ``Cues``: the word lists of ``data/seats/cues.json`` as frozensets, with compiled forms;
- ``_Table`` / ``_table``: a doc's token strings and flags, read once per doc;
- ``Num``: a candidate number (its tokens, value, hedge, range); ``PartyRef``: a party mention;
- ``_sentences``: the parser's sentences, repaired (line breaks end sentences, fragments are joined);
- ``_Ctx``: one doc's parties, sentences, numbers and look-ups (party left / right of a token, the previous
  sentence's party, the sentence's chamber, seat sentences);
- ``emit`` / ``count_draft`` / ``rule_with_status``: the draft dicts the stages return, and their ``rule``.
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
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ...doctext import doc_text, token_words
from ...numbers import parse_number
from ...lexicon import with_curly_apostrophes
from ...parties import lookup_party
from . import breakdowns, regions

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "seats"
_COUNT_NOUNS = ("seats", "seat", "ridings", "constituencies", "mps", "deputies")  # read off a matched number
DASHES = {"-", "\u2013", "\u2014", "\u2012", "\u2011", "--"}


# words that may stand between a change noun and its "of": "a net loss so far of six", "gains overall of nine"
_NOUN_OF_ADVERBIAL = r"(?: (?:so far|thus far|overall|in all|in total|altogether|to date))?"

class Cues(dict):
    """The word lists of ``cues.json``, lowercased, as frozensets by name (``cues["seat_nouns"]``: a dict, so that
    the rules' many look-ups are plain dict look-ups), with the raw JSON (``raw``) and their compiled forms."""

    def __init__(self, raw: dict[str, Any]):
        super().__init__((k, frozenset(x.lower() for x in with_curly_apostrophes(v))) for k, v in raw.items() if isinstance(v, list))
        self.raw = raw
        self._regexes: dict[str, re.Pattern[str]] = {}
        self._tuples: dict[str, tuple[str, ...]] = {}

    @property
    def sets(self) -> "Cues":
        """The word lists by name (the mapping itself)."""
        return self

    def noun_of(self, k: str) -> re.Pattern[str]:
        """ "a gain of", "their losses of", "the X's gain of": a noun of list ``k`` after a determiner or a
        possessive, then "of", ending the text."""
        key = f"noun-of:{k}"
        rx = self._regexes.get(key)
        if rx is None:
            nouns = "|".join(re.escape(w) for w in sorted(self.sets[k]))
            # "a net loss of", and with a time or scope adverbial between the noun and "of": "a net loss so far
            # of just six seats", "a gain overall of nine"
            # and after a possessive: "the X's gain of 12 seats"
            # and the plural after a verb of undergoing: "suffered losses of 19 seats", "posted gains of 12"
            rx = self._regexes[key] = re.compile(rf"(?:\b(?:a|an|its|their|the|net|suffered|suffers|suffering|posted|posts|recorded|records|made|makes|saw|sees)|['’]s) (?:{nouns})s?{_NOUN_OF_ADVERBIAL} of\s*$")
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


# verbs a count moves with to its new figure ("fell to 35", "were reduced to 11", "cut to 13")
MOVE_TO = frozenset(("fall", "falls", "fell", "falling", "drop", "drops", "dropped", "dropping", "rise", "rises", "rose",
                      "rising", "grow", "grows", "grew", "growing", "increase", "increases", "increased", "decrease",
                      "decreases", "decreased", "shrink", "shrank", "climb", "climbed", "slip", "slipped", "go", "went",
                      "jump", "jumped", "reduced", "cut", "shrunk"))

# verbs a party moves its own count with, the count their object and the new figure after "to": "raised its 11
# seats to 54", "boosted its seat count to 122", "reduced its seat count to 57"
RAISE_VERBS = frozenset(("boost", "boosts", "boosted", "boosting", "raise", "raises", "raised", "raising", "lift", "lifts",
                         "lifted", "lifting", "push", "pushes", "pushed", "pushing", "increase", "increases", "increased",
                         "increasing", "grow", "grows", "grew", "growing", "cut", "cuts", "cutting", "reduce", "reduces",
                         "reduced", "reducing", "trim", "trims", "trimmed", "lower", "lowers", "lowered", "slashed",
                         "doubled", "tripled", "halved", "brought", "took"))
# what such a verb moves when its figure is a seat count ("its share of the vote" is moved too, but is no count)
TALLY_NOUNS = frozenset(("number", "tally", "total", "count", "share", "haul", "contingent", "representation", "strength"))


def raised_to_number(doc, j: int, sent) -> int | None:
    """The index of the number right after the "to" that ends a moved object, searched from token ``j`` ("(its 11
    seats) before the election to 54" -> 54); None when a clause break or another verb comes first."""
    for k in range(j, min(j + 8, sent.end - 1)):
        t = doc[k]
        if t.text in (",", ";", ":") or t.pos_ in ("VERB", "AUX"):
            return None
        if t.lower_ == "to":
            n = _past_total(doc, k + 1, sent)
            return n if doc[n].like_num else None
    return None


def _past_total(doc, k: int, sent) -> int:
    """The token after "to a total (of)" / "to a tally of" from ``k`` (after "to"): "raising its strength to a total
    283" -> 283."""
    if k + 1 < sent.end and doc[k].lower_ == "a" and doc[k + 1].lower_ in ("total", "tally"):
        k += 2
        if k < sent.end and doc[k].lower_ == "of":
            k += 1
    return k


def raised_possessive(doc, num: "Num", sent, seat_nouns) -> int | None:
    """ "raised its 11 seats before the election to 54", "a defeat that reduced its seat count to 57", "cut their
    tally to 40": when the number is the figure after "to" of a verb of moving whose object is the party's own
    tally or seats, the index of that "its" / "their"; else None (not "raised its share of the vote to 22 percent":
    the object must be a seat count or a tally, and the percentage is no candidate anyway)."""
    k = num.qstart - 1
    if k - 3 > sent.start and doc[k].lower_ == "of" and doc[k - 1].lower_ in ("total", "tally") and doc[k - 2].lower_ == "a":
        k -= 3  # "to a total of 283"
    elif k - 2 > sent.start and doc[k].lower_ in ("total", "tally") and doc[k - 1].lower_ == "a":
        k -= 2  # "to a total 283"
    if k <= sent.start or doc[k].lower_ != "to":
        return None
    for v in range(k - 1, max(sent.start - 1, k - 10), -1):
        if doc[v].lower_ in RAISE_VERBS:
            if v + 1 >= k or doc[v + 1].lower_ not in ("its", "their") or raised_to_number(doc, v + 2, sent) not in (num.qstart, num.start):
                return None
            words = [doc[i].lower_ for i in range(v + 2, k)]
            # ("increased its tally from 30 to 34": the from-to construction reads both figures)
            if any(w in TALLY_NOUNS and w != "share" or w in seat_nouns for w in words) and "share" not in words and "from" not in words:
                return v + 1
            return None
        if doc[v].text in (",", ";") or doc[v].pos_ in ("VERB", "AUX"):
            return None
    return None


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@lru_cache(maxsize=4)
def load_cues(folder: str = str(DATA)) -> Cues:
    return Cues(json.loads((Path(folder) / "cues.json").read_text(encoding="utf-8")))


class _Table:
    """A doc's token strings and flags, read once: the whole-doc scans of claimx_seats walk these lists
    instead of creating a Token object per token and per scan."""

    __slots__ = ("lower", "text", "name_like", "nl_text", "nl_ws", "breaks", "break_list", "space", "ents",
                 "ent_starts", "_attrs", "stop_not_title", "doc_text", "space_list", "title", "upper", "stop", "alpha", "ent_ids", "_lemmas", "_doc", "starts", "ends", "titles", "joined", "__weakref__")

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
        self.joined: dict[tuple[int, int], str] = {}  # (s, e) -> lower_words of the stretch (at most one entry per stretch)

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
    change_only: bool = False  # "an extra seat", "an additional seat": a figure of change, never a tally


# the nouns of another party's figure that a count is compared with ("short of the X's tally", "behind the X's total")
_COMPARED_TALLIES = frozenset(("tally", "total", "haul", "count", "score", "lead", "result", "share", "number", "numbers"))


@dataclass
class PartyRef:
    start: int
    end: int
    name: str
    text: str
    weak: bool = False  # a capitalised name found only by shape (used when no known party is in reach)
    collective: bool = False  # a group named by a common noun ("the red bloc", "the ruling camp"): ``collectives``


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


def _most_common(items: list[str]) -> str | None:
    if not items:
        return None
    counts: dict[str, int] = {}
    for x in items:
        counts[x] = counts.get(x, 0) + 1
    return max(counts, key=lambda k: (counts[k], -items.index(k)))


def _is_year(v: int) -> bool:
    return 1800 <= v <= 2100


class _Ctx:
    def __init__(self, doc, cues, parties, party_at, sents, sent_of, main_body):
        self.doc, self.c, self.parties, self.party_at = doc, cues, parties, party_at
        self.sents, self.sent_of, self.main_body = sents, sent_of, main_body
        self.dep_owner: Callable[[int], PartyRef | None] | None = None  # number token -> its party by the parse
        self._owners: dict[int, PartyRef | None] = {}
        self._table_regions: dict[int, str] | None = None
        self.consumed: set[int] = set()  # numbers another construction already read ("76 of the 150 members")
        self._seat_sents: set[int] | None = None  # the sentences with a seat noun (see seat_sentences)
        self._body: dict[int, str | None] = {}
        self.nums: list[Num] = []  # every candidate number of the doc, in order
        self.leader_of: dict[str, str] = {}  # leader surname -> party (see owners.leaders)
        from .status import year_counts  # (status reads this module: imported when first used)

        self.years = year_counts(doc_text(doc))  # the years the article names (see status.earlier_year)
        # the years of the headline and the lede (the first two sentences): the election the article reports, if dated
        self.lede_years = year_counts(doc[: sents[min(1, len(sents) - 1)].end].text) if sents else {}
        self.extra: list[dict[str, Any]] = []  # drafts a construction makes for another number ("lost 15 of its 55")
        self.headline_gains: set[int] = set()  # numbers of a headline's "X gains N seats" (a count or a change)

    def _index_nums(self) -> None:
        if getattr(self, "_num_at", None) is None or len(self._num_pos) != len(self.nums):
            self._num_pos = {id(n): k for k, n in enumerate(self.nums)}  # number -> its place in ``nums``
            self._num_ending = {n.end: n for n in self.nums}  # token index -> the number that ends before it
            self._num_at = True

    def num_index(self, num: "Num") -> int:
        """The place of ``num`` in ``nums`` (looked up, never searched)."""
        self._index_nums()
        return self._num_pos.get(id(num), -1)

    def num_ending_at(self, k: int) -> "Num | None":
        """The number whose last token is ``k`` - 1."""
        self._index_nums()
        return self._num_ending.get(k)

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
        text = _table(self.doc).lower
        for p in self.parties:
            if lo <= p.start and p.end <= i:
                if p.end + 1 < i and text[p.end] in ("'s", "’s", "'", "’") and text[p.end + 1] in _COMPARED_TALLIES:
                    continue  # "fell short of the Liberals' tally, taking 121": the other party's figure, compared
                if p.end < i and text[p.end] in ("being", "as") and p.start > lo and (
                        text[p.start - 1] == "with" or p.start - 1 > lo and text[p.start - 2] == "with" and text[p.start - 1] == "the"):
                    continue  # "The X with the Y being its key partner got seven seats": an aside about the X's partner
                best = p  # the nearest mention, known or not
        if best is not None:
            subject = self._the_party_clause(best.end, i, lo)
            if subject is not None:
                return subject
        return best

    def _the_party_clause(self, lo: int, i: int, sent_lo: int) -> PartyRef | None:
        """The X, led by ... Y, suffered a defeat; the party lost four seats": "the party" opening a later clause of
        the sentence (after ";", "and", "but") between the nearest name (ending at ``lo``) and token ``i`` is the
        sentence's subject, not that name."""
        text = _table(self.doc).lower
        k = next((k for k in range(i - 2, lo - 1, -1) if text[k] == "the" and text[k + 1] == "party"
                  and k - 1 >= sent_lo and text[k - 1] in (";", "and", "but")), None)
        if k is None:
            return None
        subjects = [p for p in self.parties if sent_lo <= p.start and p.end <= k and not p.weak and self._is_subject(p)]
        return subjects[0] if subjects else None

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
                strong = [p for p in ps if not p.weak] or ps
                # "Besides the X, the Y gained two seats. The party now holds six": the subject of the sentence
                # before, when the parse names one, else its first party
                subj = [p for p in strong if self._is_subject(p)]
                return subj[0] if subj else strong[0]
        return None

    def _is_subject(self, p: PartyRef) -> bool:
        """The mention is (the head of) its clause's subject."""
        if not self.doc.has_annotation("DEP"):
            return False
        return any(self.doc[i].dep_ in ("nsubj", "nsubjpass", "nsubj:pass") for i in range(p.start, p.end))

    def table_region(self, i: int) -> str | None:
        """The place heading the rows of a table of counts by place that token ``i``'s line is a row of
        (``regions.table_regions``), else None."""
        if self._table_regions is None:
            self._table_regions = regions.table_regions(self.doc)
        if not self._table_regions:
            return None
        text = _table(self.doc).doc_text
        return self._table_regions.get(text.rfind("\n", 0, self.doc[i].idx) + 1)

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

    def body_in_paragraph(self, sent: Span, back: int = 3) -> str | None:
        """A chamber named in one of the ``back`` sentences before ``sent`` in the same paragraph (no line break
        between): "Things look different in the Lower House, where X lost ground. X kept 104 of its 118 seats"."""
        k = self.sent_of.get(sent.start) if isinstance(self.sent_of, dict) else self.sent_of[sent.start]
        if k is None:
            return None
        tb = _table(self.doc)
        text = tb.doc_text  # (the cached text: doc.text rebuilds it on every read)
        for j in range(k - 1, max(-1, k - 1 - back), -1):
            prev = self.sents[j]
            # (the sentence's text and the gap after it, cut from the text by the tokens' offsets)
            if "\n" in text[tb.ends[prev.end - 1] : tb.starts[self.sents[j + 1].start]] or "\n" in tb.span_text(prev.start, prev.end):
                break
            b = self.body_in(prev)
            if b:
                return b
        return self._table_heading_body(sent)

    def _table_heading_body(self, sent: Span) -> str | None:
        """'Senate' / 'Party & Seats' / 'APC 57' / 'PDP 29' / 'House of Reps' / 'APC 162': a row of a results table
        under a line that is only a chamber's name is that chamber's (the lines between are short rows or column
        headings, up to 25)."""
        tb = _table(self.doc)
        text = tb.doc_text
        start = text.rfind("\n", 0, tb.starts[sent.start]) + 1
        if start == 0:
            return None
        for _ in range(25):
            prev_end = start - 1
            prev_start = text.rfind("\n", 0, prev_end) + 1
            line = text[prev_start:prev_end].strip()
            if not line:
                return None
            k = bisect.bisect_left(tb.starts, prev_start)
            ents = tb.ents_in(k, len(tb.starts))
            if ents and tb.body(ents[0]) and tb.starts[ents[0].start] == prev_start \
                    and tb.span_text(ents[0].start, ents[0].end).strip() == line:
                return tb.body(ents[0])
            if len(line.split()) > 8 or line.endswith((".", "?", "!")):
                return None  # prose: no table above
            if prev_start == 0:
                return None
            start = prev_start
        return None

    def _find_body(self, sent: Span) -> str | None:
        tb = _table(self.doc)
        for e in tb.ents_in(sent.start, sent.end):
            b = tb.body(e)
            if b:
                return self.main_body if b == "Parliament" and self.main_body else b
        # "Currently the 110-member House consists of 63 Republicans": a capitalised chamber noun after a size
        # compound names the sentence's chamber, as the article's fuller name ending with it ("State House") if it
        # gives one
        nouns = self.c["chamber_nouns"]
        for i in range(sent.start + 2, sent.end):
            if tb.lower[i] in nouns and tb.text[i][:1].isupper() and tb.lower[i - 1] in ("member", "seat", "strong") \
                    and tb.text[i - 2] in ("-", "\u2010", "\u2011"):
                fuller = {tb.body(e) for e in tb.ents if tb.body(e) and tb.body(e).split()[-1] == tb.text[i]}
                return next(iter(fuller)) if len(fuller) == 1 else tb.text[i]
        # "As for Sindh assembly, the PPPP is leading": a place the tagger marks, then a chamber noun in any case,
        # is that place's chamber
        for e in tb.ents_in(sent.start, sent.end):
            if e.label_ in ("GPE", "LOC") and e.end < sent.end and tb.lower[e.end] in nouns and e.end + 1 < len(tb.lower) \
                    and tb.lower[e.end + 1] not in ("member", "members", "seat", "seats", "election", "elections", "polls"):
                return f"{tb.span_text(e.start, e.end)} {tb.text[e.end].capitalize()}"
            if e.end - e.start == 2 and tb.lower[e.end - 1] in nouns and tb.text[e.end - 1].islower() and tb.title[e.start] \
                    and lookup_party(tb.text[e.start]) is None:
                return f"{tb.text[e.start]} {tb.text[e.end - 1].capitalize()}"  # ("Sindh assembly" as one entity)
        return None


def lower_words(doc: Doc, s: int, e: int) -> str:
    """The lower-case words of tokens ``s``..``e - 1`` (clipped to the doc), joined by single spaces; each stretch
    is joined once per Doc (the rules ask for the same sentence and the same few words around a number again)."""
    tb = _table(doc)
    key = (max(s, 0), min(e, len(tb.lower)))
    words = tb.joined.get(key)
    if words is None:
        words = tb.joined[key] = " ".join(tb.lower[key[0] : key[1]])
    return words


def emit(ctx: _Ctx, type_: str, s: int, e: int, rule: str, conf: float, **fields: Any) -> dict[str, Any]:
    start_char, end_char = _table(ctx.doc).char_bounds(max(s, 0), min(e, len(ctx.doc)))
    return {"type": type_, "start": start_char, "end": end_char, "rule": f"seats/{rule}", "confidence": conf, **fields}


def rule_with_status(construction: str, status_cue: str | None) -> str:
    """A count's rule: the construction that found it and, when a cue decided it, the status decision
    ("count-dep-subject/status:previous-from")."""
    return f"{construction}/status:{status_cue}" if status_cue else construction


def count_draft(ctx: _Ctx, num: Num, party: PartyRef, s: int, e: int, rule: str, status: str, body: str | None, conf: float) -> dict[str, Any]:
    sent = ctx.sents[ctx.sent_of[num.start]]
    if not hasattr(ctx, "_country"):
        ctx._country = regions.country_of(ctx.doc)
    # (or a row of a table of counts by place, "Midlands" / "Zanu PF – 22": the place its heading names)
    place = regions.regional_place(ctx.doc, e, sent.end, ctx._country) or regions.regional_possessive(
        ctx.doc, num.qstart, sent.start, ctx._country) or regions.fronted_place(ctx.doc, sent.start, num.qstart, ctx._country) \
        or ctx.table_region(num.start)
    if place:  # "all 14 seats in Eastmarch": the region's figure, kept apart from the national one
        body, rule = place, f"{rule}/region"
    else:
        category = breakdowns.seat_category(ctx.doc, num.end, e, frozenset(ctx.c.get("seat_categories", ())))
        if category:  # "73 constituency seats": one category of the party's seats, kept apart from its total
            body, rule = breakdowns.breakdown_body(body, category), f"{rule}/breakdown"
        elif (share := breakdowns.allotted_to(lower_words(ctx.doc, e, min(e + 8, sent.end)))) is not None:
            # "won three of the seven seats allocated to the other islands": the seats set aside for a part
            body, rule = breakdowns.breakdown_body(body, share), f"{rule}/breakdown"
        elif (phase := breakdowns.phase_of(lower_words(ctx.doc, sent.start, num.qstart), lower_words(ctx.doc, sent.start, sent.end))) is not None:
            # "105 seats were determined during the third round, of which 41 went to the X": one round's seats
            body, rule = breakdowns.breakdown_body(body, phase), f"{rule}/breakdown"
    d = emit(ctx, "seat_count", min(s, num.qstart), e, rule, conf,
              party=party.name, party_text=party.text, seats=num.value, approximate=num.approximate,
              qualifier=num.qualifier, status=status, body=body)
    if num.upper is not None:
        d["upper"] = num.upper
    return d


def short_name(text: str) -> str:
    return _rx(r"^(?:the|The)\s+").sub("", text).replace("\u2019", "'")
