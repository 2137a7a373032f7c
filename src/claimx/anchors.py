"""Run a token Matcher only where it can match.

A spaCy ``Matcher`` costs time for every token of the doc and every pattern, whether or not anything can
match there (each token starts a state for each pattern; ``IN`` / ``REGEX`` tests are Python calls). Most of
claimx's patterns need one of a few words ("majority", "minority", "short"; "Party", "Alliance", "Front"),
and most sentences of an article contain none of them. ``Anchors`` holds those words, read from the patterns
themselves, and ``match_sentences`` runs the Matcher only over the sentences that contain one: the same
matches as over the whole doc whenever no match crosses a sentence boundary (which a party name, a
majority phrase or a seat count never should).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from .doctext import sentence_bounds

_REQUIRED_OPS = ("1", "+")


@dataclass(frozen=True)
class Anchors:
    """Words such that every match of every pattern contains one of them (lowercase or exact form)."""

    lower: frozenset[str]
    orth: frozenset[str]
    _lower_ids: numpy.ndarray = field(init=False, repr=False, compare=False)
    _orth_ids: numpy.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # the words as string ids, to test a whole doc's token array at once
        object.__setattr__(self, "_lower_ids", string_ids(self.lower))
        object.__setattr__(self, "_orth_ids", string_ids(self.orth))

    def positions(self, doc: Doc | Span) -> numpy.ndarray:
        """Indices (within ``doc``) of the tokens that are anchor words, in order: one array test, no Token objects."""
        if not len(doc):
            return numpy.zeros(0, dtype="int64")
        arr = doc.to_array([LOWER, ORTH])
        return numpy.flatnonzero(in_sorted(arr[:, 0], self._lower_ids) | in_sorted(arr[:, 1], self._orth_ids))

    @classmethod
    def of(cls, patterns: Iterable[list[dict[str, Any]]]) -> Anchors | None:
        """Per pattern, the word set of its most selective required token (see :func:`pattern_anchor`).
        None when some pattern has no such token: it must run over the whole doc."""
        lower: set[str] = set()
        orth: set[str] = set()
        for pattern in patterns:
            anchor = pattern_anchor(pattern)
            if anchor is None:
                return None
            kind, words = anchor
            (lower if kind == "lower" else orth).update(words)
        return cls(frozenset(lower), frozenset(orth))


def pattern_anchor(pattern: list[dict[str, Any]]) -> tuple[str, frozenset[str]] | None:
    """("lower" or "orth", words) such that every match of the pattern contains one of the words: the
    ``LOWER`` or ``ORTH`` / ``TEXT`` value or ``IN`` list of a token without an optional ``OP`` (content words
    before function words, then the shortest list); lowercase words are lower-cased. None without one."""
    options: list[tuple[str, set[str]]] = []
    for tok in pattern:
        if tok.get("OP", "1") not in _REQUIRED_OPS:
            continue
        for attr, kind in (("LOWER", "lower"), ("ORTH", "orth"), ("TEXT", "orth")):
            want = tok.get(attr)
            if isinstance(want, str):
                options.append((kind, {want}))
            elif isinstance(want, dict) and set(want) == {"IN"}:
                options.append((kind, set(want["IN"])))
    if not options:
        return None
    kind, words = min(options, key=lambda o: (any(w.lower() in STOP_WORDS for w in o[1]), len(o[1])))
    return kind, frozenset(w.lower() if kind == "lower" else w for w in words)


class SentenceMatcher:
    """A token Matcher run only over the sentences that contain an anchor word (:func:`pattern_anchor`) of some
    pattern, each sentence with only the patterns anchored in it.

    Returns what ``match_sentences(matcher, doc, sents, Anchors.of(patterns))`` returns for a Matcher of all
    the patterns, in the same order: a pattern whose anchor is not in a sentence cannot match there, and a
    Matcher keeps its states and matches in pattern order, so leaving such patterns out changes nothing else
    (``tests/test_anchors.py``). What it saves: a Matcher starts every pattern at every token, so a sentence
    with one of twenty patterns' words is walked by one pattern instead of twenty. Keys have one pattern
    each and no greedy filter (which would look across patterns of a key)."""

    MAX_SUBSETS = 256  # sub-matchers kept (one per set of patterns anchored in a sentence); then the full Matcher

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.matcher = Matcher(vocab, validate=False)
        self._patterns: list[tuple[str, list[dict[str, Any]]]] = []
        self._by_lower: dict[int, list[int]] = {}  # anchor word id -> numbers of the patterns it anchors
        self._by_orth: dict[int, list[int]] = {}
        self._whole_doc = False  # some pattern has no anchor
        self._subsets: dict[frozenset[int], Matcher] = {}
        self._lower_ids = self._orth_ids = numpy.zeros(0, dtype="uint64")

    def add(self, key: str, pattern: list[dict[str, Any]], written: list[dict[str, Any]] | None = None) -> None:
        """Add ``pattern`` (as the Matcher takes it: lexeme flags allowed) under ``key``; its anchor is read
        from ``written`` (the pattern as written) when given."""
        if any(k == key for k, _ in self._patterns):
            raise ValueError(f"SentenceMatcher: key {key!r} already has a pattern")
        number = len(self._patterns)
        self._patterns.append((key, pattern))
        self.matcher.add(key, [pattern])
        anchor = pattern_anchor(written if written is not None else pattern)
        if anchor is None:
            self._whole_doc = True
        else:
            kind, words = anchor
            index = self._by_lower if kind == "lower" else self._by_orth
            for w in words:
                index.setdefault(get_string_id(w), []).append(number)
            self._lower_ids = numpy.array(sorted(self._by_lower), dtype="uint64")
            self._orth_ids = numpy.array(sorted(self._by_orth), dtype="uint64")
        self._subsets.clear()

    def _sub_matcher(self, numbers: frozenset[int]) -> Matcher:
        sub = self._subsets.get(numbers)
        if sub is None:
            if len(self._subsets) >= self.MAX_SUBSETS:
                return self.matcher
            sub = Matcher(self.vocab, validate=False)
            for number in sorted(numbers):
                key, pattern = self._patterns[number]
                sub.add(key, [pattern])
            self._subsets[numbers] = sub
        return sub

    def __call__(self, doc: Doc, sents: Iterable[Span] | None = None) -> list[tuple[int, int, int]]:
        """Matches (id, start, end) with the doc's offsets, sentence by sentence in the order of ``sents``
        (default: the doc's sentences; the whole doc without sentence boundaries or without anchors)."""
        if self._whole_doc or not len(doc):
            return self.matcher(doc) if len(doc) else []
        arr = doc.to_array([LOWER, ORTH])
        hit_lower = numpy.flatnonzero(in_sorted(arr[:, 0], self._lower_ids)).tolist()
        hit_orth = numpy.flatnonzero(in_sorted(arr[:, 1], self._orth_ids)).tolist()
        if not hit_lower and not hit_orth:
            return []
        if sents is None:
            if not doc.has_annotation("SENT_START"):
                return self.matcher(doc)
            bounds = sentence_bounds(doc)
        else:
            bounds = [(s.start, s.end) for s in sents]
        hits = sorted([(i, self._by_lower[int(arr[i, 0])]) for i in hit_lower] + [(i, self._by_orth[int(arr[i, 1])]) for i in hit_orth])
        at = [i for i, _ in hits]
        out: list[tuple[int, int, int]] = []
        for start, end in bounds:
            k = bisect.bisect_left(at, start)
            numbers: set[int] = set()
            while k < len(at) and at[k] < end:
                numbers.update(hits[k][1])
                k += 1
            if numbers:
                matcher = self._sub_matcher(frozenset(numbers))
                out.extend((mid, start + s, start + e) for mid, s, e in matcher(doc[start:end]))
        return out



def string_ids(words: Iterable[str]) -> numpy.ndarray:
    """The words' string ids (hashes, as ``Token.lower`` / ``Token.orth`` and ``Doc.to_array`` give them), sorted."""
    return numpy.array(sorted({get_string_id(w) for w in words}), dtype="uint64")


def in_sorted(values: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin(values, ids)`` for a sorted ``ids`` (by bisection: several times faster on a Doc's few hundred
    tokens than ``isin``, which sorts both arrays at every call)."""
    if not len(ids):
        return numpy.zeros(len(values), dtype=bool)
    pos = numpy.searchsorted(ids, values)
    pos[pos == len(ids)] = 0
    return ids[pos] == values


def match_sentences(matcher: Matcher, doc: Doc, sents: Iterable[Span] | None, anchors: Anchors | None) -> list[tuple[int, int, int]]:
    """``matcher(doc)`` restricted to the sentences that contain an anchor word; offsets are the doc's.
    Without anchors or sentences (a pipeline with no parser or senter) the whole doc is matched."""
    if anchors is None:
        return matcher(doc)
    hits = anchors.positions(doc)
    if not len(hits):
        return []
    if sents is None:
        if not doc.has_annotation("SENT_START"):
            return matcher(doc)
        bounds = sentence_bounds(doc)
    else:
        bounds = [(s.start, s.end) for s in sents]
    hit_list = hits.tolist()
    out: list[tuple[int, int, int]] = []
    for start, end in bounds:
        k = bisect.bisect_left(hit_list, start)
        if k < len(hit_list) and hit_list[k] < end:
            sent = doc[start:end]
            out.extend((mid, start + s, start + e) for mid, s, e in matcher(sent))
    return out


def filter_matches(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """:func:`spacy.util.filter_spans` on Matcher matches (id, start, end), without making a Span per match:
    longest first (then leftmost, then in the given order), dropping a match whose first or last token is
    taken; in start order."""
    taken: set[int] = set()
    out = []
    for m in sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True):
        if m[1] not in taken and m[2] - 1 not in taken:
            out.append(m)
            taken.update(range(m[1], m[2]))
    return sorted(out, key=lambda m: m[1])
