"""Run a token Matcher only where it can match.

A spaCy ``Matcher`` costs time for every token of the doc and every pattern, whether or not anything can
match there (each token starts a state for each pattern; ``IN`` / ``REGEX`` tests are Python calls). Most of
claimx's patterns need one of a few words ("majority", "minority", "short"; "Party", "Alliance", "Front"),
and most sentences of an article contain none of them. ``Anchors`` holds those words, read from the patterns
themselves, and ``match_sentences`` runs the Matcher only over the sentences that contain one: the same
matches as over the whole doc whenever no match crosses a sentence boundary (which a party name, a
majority phrase or a seat count never should).

- ``SentenceMatcher``: ``match_sentences`` with, in each sentence, only the patterns anchored there
  (claimx_seats' majority phrases, claimx_entities' name shapes);
- ``AnchoredMatcher``: a greedy-LONGEST Matcher run on short windows around its anchors, with exactly the
  whole Doc's matches (claimx_events' triggers and time expressions).
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

from .doctext import sentence_bounds, token_ids

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
    found = _anchor_token(pattern)
    return None if found is None else found[1:]


def _required_tokens(pattern: list[dict[str, Any]]) -> list[tuple[int, str, frozenset[str]]]:
    """(position, "lower" or "orth", words) of every token the pattern must match at least once with a listed word
    (a ``LOWER`` / ``ORTH`` / ``TEXT`` value or ``IN`` list, no optional ``OP``); lowercase words lower-cased."""
    out: list[tuple[int, str, frozenset[str]]] = []
    for k, tok in enumerate(pattern):
        if tok.get("OP", "1") not in _REQUIRED_OPS:
            continue
        for attr, kind in (("LOWER", "lower"), ("ORTH", "orth"), ("TEXT", "orth")):
            want = tok.get(attr)
            words = [want] if isinstance(want, str) else want["IN"] if isinstance(want, dict) and set(want) == {"IN"} else None
            if words:
                out.append((k, kind, frozenset(w.lower() if kind == "lower" else w for w in words)))
    return out


def _anchor_token(pattern: list[dict[str, Any]]) -> tuple[int, str, frozenset[str]] | None:
    """(position in the pattern, kind, words) of the token :func:`pattern_anchor` chooses."""
    options = _required_tokens(pattern)
    if not options:
        return None
    return min(options, key=lambda o: (any(w in STOP_WORDS for w in (x.lower() for x in o[2])), len(o[2])))


def _most_tokens(tok: dict[str, Any]) -> int | None:
    """The most tokens one pattern token can match (None: no limit)."""
    op = tok.get("OP", "1")
    if op in ("1", "!", "?"):
        return 1  # ("!": a token that does not match the spec)
    if op.startswith("{") and op.endswith("}"):
        high = op[1:-1].split(",")[-1].strip()
        return int(high) if high else None
    return None  # "*", "+"


def _tokens_at_most(toks: list[dict[str, Any]]) -> int | None:
    """The most tokens a run of pattern tokens can match (None: no limit)."""
    total = 0
    for tok in toks:
        most = _most_tokens(tok)
        if most is None:
            return None
        total += most
    return total


def anchor_reach(pattern: list[dict[str, Any]]) -> int | None:
    """The most tokens a match of ``pattern`` can hold after its anchor token (:func:`pattern_anchor`); None when
    unbounded or without an anchor. A match ends at most this far after the last anchor word it contains."""
    found = _anchor_token(pattern)
    return None if found is None else _tokens_at_most(pattern[found[0] + 1 :])


def anchor_left_reach(pattern: list[dict[str, Any]]) -> int | None:
    """The most tokens a match of ``pattern`` can hold before its anchor token (:func:`pattern_anchor`); None when
    unbounded or without an anchor. A match starts at most this far before the first anchor word it contains."""
    found = _anchor_token(pattern)
    return None if found is None else _tokens_at_most(pattern[: found[0]])


def required_words(pattern: list[dict[str, Any]]) -> list[tuple[str, frozenset[str]]]:
    """("lower" or "orth", words) for every token the pattern must match at least once with a listed word: a
    match holds one of each set's words, so a sentence without one of them cannot hold a match."""
    return [(kind, words) for _k, kind, words in _required_tokens(pattern)]


class SentenceMatcher:
    """A token Matcher run only over the sentences that contain an anchor word (:func:`pattern_anchor`) of some
    pattern, each sentence with only the patterns anchored in it that also find a word for each of their other
    required tokens there (:func:`required_words`), and only over the tokens those anchors can reach.

    Returns what ``match_sentences(matcher, doc, sents, Anchors.of(patterns))`` returns for a Matcher of all
    the patterns, in the same order: a pattern whose anchor is not in a sentence cannot match there, and a
    Matcher keeps its states and matches in pattern order, so leaving such patterns out changes nothing else
    (``tests/test_anchors.py``). What it saves: a Matcher starts every pattern at every token, so a sentence
    with one of twenty patterns' words is walked by one pattern instead of twenty. Keys have one pattern
    each and no greedy filter (which would look across patterns of a key)."""

    MAX_SUBSETS = 256  # sub-matchers kept (one per set of patterns that fit a sentence); then the oldest is dropped

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.matcher = Matcher(vocab, validate=False)
        self._patterns: list[tuple[str, list[dict[str, Any]]]] = []
        self._by_lower: dict[int, list[int]] = {}  # anchor word id -> numbers of the patterns it anchors
        self._by_orth: dict[int, list[int]] = {}
        self._whole_doc = False  # some pattern has no anchor
        self._reach: list[int | None] = []  # per pattern: its anchor_reach
        self._left_reach: list[int | None] = []  # per pattern: its anchor_left_reach
        self._required: list[list[tuple[bool, frozenset[int]]]] = []  # per pattern: (orth?, word ids) of required_words
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
        self._reach.append(anchor_reach(written if written is not None else pattern))
        self._left_reach.append(anchor_left_reach(written if written is not None else pattern))
        self._required.append([(kind == "orth", frozenset(get_string_id(w) for w in words))
                               for kind, words in required_words(written if written is not None else pattern)])
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
        return _sub_matcher(self.vocab, self._patterns, numbers, self._subsets, self.MAX_SUBSETS)

    def __call__(self, doc: Doc, sents: Iterable[Span] | None = None) -> list[tuple[int, int, int]]:
        """Matches (id, start, end) with the doc's offsets, sentence by sentence in the order of ``sents``
        (default: the doc's sentences; the whole doc without sentence boundaries or without anchors)."""
        if self._whole_doc or not len(doc):
            return self.matcher(doc) if len(doc) else []
        # the two columns, and the same as lists (a numpy scalar per look-up costs more than the list)
        arr, lowers, orths = token_ids(doc)
        hit_lower = numpy.flatnonzero(in_sorted(arr[:, 0], self._lower_ids)).tolist()
        hit_orth = numpy.flatnonzero(in_sorted(arr[:, 1], self._orth_ids)).tolist() if len(self._orth_ids) else []
        if not hit_lower and not hit_orth:
            return []
        if sents is None:
            if not doc.has_annotation("SENT_START"):
                return self.matcher(doc)
            bounds = sentence_bounds(doc)
        else:
            bounds = [(s.start, s.end) for s in sents]
        # (token, the patterns it anchors), in token order
        hits = [(i, self._by_lower[lowers[i]]) for i in hit_lower]
        if hit_orth:
            hits = sorted(hits + [(i, self._by_orth[orths[i]]) for i in hit_orth])
        at = [i for i, _ in hits]
        out: list[tuple[int, int, int]] = []
        reach, left_reach = self._reach, self._left_reach
        required = self._required
        for start, end in bounds:
            k = bisect.bisect_left(at, start)
            anchored: list[tuple[int, list[int]]] = []
            while k < len(at) and at[k] < end:
                anchored.append(hits[k])
                k += 1
            if not anchored:
                continue
            # a pattern runs only where the sentence holds a word of each of its required tokens, not its anchor
            # alone ("fell short of a majority" needs "short" and a verb of falling as well as "majority")
            # (each pattern tested once, however many of its anchor words the sentence holds; the exact forms are
            # collected only for a pattern that requires one)
            present: list[set[int] | None] = [set(lowers[start:end]), None]
            fits = set()
            for n in {n for _, ns in anchored for n in ns}:
                for orth, ids in required[n]:
                    if orth and present[1] is None:
                        present[1] = set(orths[start:end])
                    if ids.isdisjoint(present[orth]):
                        break
                else:
                    fits.add(n)
            if not fits:
                continue
            # no match ends after the furthest reach of its anchors, nor starts before the furthest reach back
            # from them: the rest of the sentence is skipped
            stop = start
            begin = end
            for i, ns in anchored:
                for number in ns:
                    if number in fits:
                        stop = end if reach[number] is None else max(stop, i + 1 + reach[number])
                        begin = start if left_reach[number] is None else min(begin, i - left_reach[number])
            matcher = self._sub_matcher(frozenset(fits))
            out.extend(bounded_matches(matcher, doc, max(begin, start), min(stop, end)))
        return out



def _sub_matcher(vocab: Vocab, patterns: list[tuple[str, list[dict[str, Any]]]], numbers: frozenset[int],
                 kept: dict[frozenset[int], Matcher], limit: int, greedy: str | None = None) -> Matcher:
    """A Matcher with only the patterns numbered ``numbers`` of ``patterns`` ((key, pattern) in the full Matcher's
    order), added one by one in that order; built once per set and kept in ``kept`` (up to ``limit`` sets: then
    the set kept longest is dropped). Where the other patterns cannot match (none of their anchors occurs, or a
    word one of their tokens needs is missing), it returns what the full Matcher returns, in the same order: a
    Matcher keeps its states and matches in pattern order."""
    sub = kept.get(numbers)
    if sub is None:
        if len(kept) >= limit:
            kept.pop(next(iter(kept)))  # the set kept longest makes room (building one costs ~0.3 ms a pattern)
        sub = Matcher(vocab, validate=False)
        for number in sorted(numbers):
            key, pattern = patterns[number]
            sub.add(key, [pattern], greedy=greedy)
        kept[numbers] = sub
    return sub


# Boolean token flags an unbounded pattern token may require; a run of such tokens is as far as a match reaches.
_RUN_FLAGS = ("IS_TITLE", "IS_UPPER", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_PUNCT", "LIKE_NUM")


@dataclass(frozen=True)
class _Free:
    """What a token an unbounded run of a pattern can take must be: one of ``words`` (LOWER ids) or have one of ``flags``."""

    words: frozenset[int]
    flags: tuple[str, ...]


class AnchoredMatcher:
    """A :class:`~spacy.matcher.Matcher` (every key ``greedy="LONGEST"``) that returns exactly what the
    Matcher returns on the whole Doc, in the same order, but only runs it on short windows around the
    tokens that can anchor a match.

    Each pattern's anchor is a token it must match once (no ``OP``) whose ``LOWER`` is a word or a
    ``{"IN": [...]}`` list; one numpy look-up per Doc finds those words. The window around an anchor
    covers the most tokens the pattern can take to its left and right: optional / bounded tokens
    count their maximum, and an unbounded token (``*``, ``+``) with a ``LOWER IN`` set extends the
    window over the run of such words (a pattern with any other unbounded token, or without an
    anchor, makes the whole Doc one window). Overlapping or near windows are merged, so a match
    lies inside one window and the LONGEST filter gives the same result per window as per Doc; the
    results are re-ordered as the Matcher orders them (keys by first match, then longest first).
    Each window is matched with a Matcher of only the patterns whose anchors occur in it and whose other
    required words it holds (built once per such set of patterns and kept). Cost: Python set predicates are evaluated only on a few tokens per
    anchor and for a few patterns, instead of on every token of the Doc for every pattern."""

    GAP = 0  # windows this close are matched in one call (a larger window finds no other matches; 0 measured fastest)
    MAX_SUBSETS = 512  # sub-matchers kept (one per set of patterns anchored in a window); then the oldest is dropped

    def __init__(self, vocab):
        self.vocab = vocab
        self.matcher = Matcher(vocab)
        # anchor word -> [((left budget, left free run, right budget, right free run), pattern number)]
        self._anchors: dict[int, list[tuple[tuple[int, _Free | None, int, _Free | None], int]]] = {}
        self._flags: set[str] = set()  # token flags some unbounded run requires (IS_TITLE, ...)
        self._patterns: list[tuple[str, list[dict[str, Any]]]] = []  # (key, pattern) in the order added
        self._required: list[list[frozenset[int]]] = []  # per pattern: the LOWER ids of its required_words
        self._subsets: dict[frozenset[int], Matcher] = {}
        self._whole_doc = False
        self._anchor_array = numpy.zeros(0, dtype="uint64")

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        self.matcher.add(key, patterns, greedy="LONGEST")
        for pattern in patterns:
            number = len(self._patterns)
            self._patterns.append((key, pattern))
            self._required.append([frozenset(self.vocab.strings.add(w) for w in words)
                                   for kind, words in required_words(pattern) if kind == "lower"])
            spec = self._anchor_spec(pattern)
            if spec is None:
                self._whole_doc = True
                continue
            words, bounds = spec
            self._flags.update(f for free in (bounds[1], bounds[3]) if free is not None for f in free.flags)
            for w in words:
                self._anchors.setdefault(self.vocab.strings.add(w), []).append((bounds, number))
        self._anchor_array = numpy.array(sorted(self._anchors), dtype="uint64")
        self._subsets.clear()

    def _sub_matcher(self, numbers: frozenset[int]) -> Matcher:
        """A Matcher with only the given patterns (see :func:`_sub_matcher`)."""
        return _sub_matcher(self.vocab, self._patterns, numbers, self._subsets, self.MAX_SUBSETS, "LONGEST")

    def _words(self, tok: dict[str, Any]) -> list[str] | None:
        v = tok.get("LOWER")
        if isinstance(v, str):
            return [v]
        if isinstance(v, dict) and set(v) == {"IN"} and isinstance(v["IN"], list) and v["IN"] \
                and all(isinstance(w, str) for w in v["IN"]):
            return v["IN"]
        return None

    def _side(self, toks: list[dict[str, Any]]) -> tuple[int, _Free | None]:
        """(most tokens the bounded specs take, what a token the unbounded specs may take must be; None = anything)."""
        budget = 0
        words: set[int] = set()
        flags: set[str] = set()
        for t in toks:
            op = t.get("OP")
            hi: int | None = 1
            if op in ("*", "+"):
                hi = None
            elif op == "?":
                hi = 1
            elif isinstance(op, str) and op.startswith("{"):
                parts = op.strip("{}").split(",")
                hi = int(parts[-1]) if parts[-1].strip() else None
            if hi is not None:
                budget += hi
                continue
            # an unbounded run ("Capitalised+" in "declared Capitalised+ winner") takes only tokens that pass one
            # of its specs: a listed word, or a token with a flag the spec requires (IS_TITLE, ...)
            spec_words = self._words(t)
            flag = next((a for a in _RUN_FLAGS if t.get(a) is True), None)
            if spec_words is not None:
                words.update(self.vocab.strings.add(w) for w in spec_words)
            elif flag is not None:
                flags.add(flag)
            else:
                return budget, None
        return budget, _Free(frozenset(words), tuple(sorted(flags)))

    def _anchor_spec(self, pattern: list[dict[str, Any]]):
        """(anchor words, bounds) for the pattern's rarest required token (fewest stop words, then
        fewest words: 'election' rather than 'on' in 'on election night'); None without one."""
        best = None
        for k, tok in enumerate(pattern):
            words = self._words(tok)
            if tok.get("OP") is None and words is not None:
                score = (sum(1 for w in words if self.vocab[w].is_stop), len(words))
                if best is None or score < best[0]:
                    best = (score, k, words)
        if best is None:
            return None
        _score, k, words = best
        left = self._side(pattern[:k])
        right = self._side(pattern[k + 1:])
        return words, (left[0], left[1], right[0], right[1])

    def _windows(self, doc: Doc) -> list[tuple[int, int, Matcher]]:
        """(start, end, matcher) per window: merged spans around the anchor words, each with a Matcher of
        the patterns anchored in it (the full Matcher over the whole Doc when a pattern has no anchor)."""
        n = len(doc)
        if self._whole_doc:
            return [(0, n, self.matcher)] if n else []
        anchors = self._anchor_array
        if not len(anchors):
            return []
        # the walks of _reach read one token at a time: Python lists, converted once per Doc (indexing a numpy
        # array makes a numpy scalar per token, several times slower)
        arr, lowers, _ = token_ids(doc)
        lower_ids = arr[:, 0]
        pos = numpy.searchsorted(anchors, lower_ids)
        pos[pos == len(anchors)] = 0
        hits = numpy.flatnonzero(anchors[pos] == lower_ids)
        if not len(hits):
            return []
        flags = sorted(self._flags)
        flag_rows = dict(zip(flags, doc.to_array(flags).reshape(n, len(flags)).T.tolist())) if flags else {}
        spans = []
        for i in hits.tolist():
            for (lb, lfree, rb, rfree), number in self._anchors[lowers[i]]:
                spans.append((self._reach(lowers, flag_rows, i, -1, lb, lfree, n),
                              self._reach(lowers, flag_rows, i, 1, rb, rfree, n) + 1, number))
        spans.sort()
        merged = [[spans[0][0], spans[0][1], {spans[0][2]}]]
        for a, b, number in spans[1:]:
            last = merged[-1]
            if a <= last[1] + self.GAP:  # one Matcher call for windows a few tokens apart
                last[1] = max(last[1], b)
                last[2].add(number)
            else:
                merged.append([a, b, {number}])
        # a pattern runs in a window only when the window holds a word of each of its required tokens
        out = []
        for a, b, numbers in merged:
            present = set(lowers[a:b])
            fits = frozenset(n for n in numbers if all(not ids.isdisjoint(present) for ids in self._required[n]))
            if fits:
                out.append((a, b, self._sub_matcher(fits)))
        return out

    @staticmethod
    def _reach(lowers: list[int], flag_rows: dict[str, list[int]], i: int, step: int, budget: int, free: _Free | None, n: int) -> int:
        """Farthest token index (from i, in direction step) a match anchored at i can reach."""
        if free is None:
            return 0 if step < 0 else n - 1
        if not free.words and not free.flags:
            return max(0, i - budget) if step < 0 else min(n - 1, i + budget)
        rows = [flag_rows[f] for f in free.flags]
        j = i
        left = budget
        while 0 <= j + step < n:
            k = j + step
            if lowers[k] not in free.words and not any(row[k] for row in rows):
                if left == 0:
                    break
                left -= 1
            j += step
        return j

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        by_key: dict[int, list[tuple[int, int]]] = {}
        for a, b, matcher in self._windows(doc):
            for key, start, end in matcher(doc[a:b]):
                by_key.setdefault(key, []).append((start + a, end + a))
        out = []
        for key, pairs in by_key.items():
            pairs.sort(key=lambda x: (x[1] - x[0], -x[0]), reverse=True)
            out.extend((key, s, e) for s, e in pairs)
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


# A Matcher pattern with a repeated token ("*", "+") matches every sub-span of a run of words that fit it, each
# by several paths ("Party Party ... Party" for "Capitalised* Party"): time and memory grow with the cube of the
# run. Spans longer than LONG_SPAN tokens (no normal sentence) are matched in overlapping windows of
# 2 * MAX_MATCH tokens, MAX_MATCH apart, keeping the matches of at most MAX_MATCH tokens (each lies whole
# inside some window): the cost is linear in the span, and no name, number or construction the patterns
# describe is longer than MAX_MATCH tokens.
LONG_SPAN = 160
MAX_MATCH = 32


def bounded_matches(matcher: Matcher, doc: Doc, start: int, end: int) -> list[tuple[int, int, int]]:
    """``matcher(doc[start:end])`` with the doc's offsets; past :data:`LONG_SPAN` tokens, matched window by
    window (only matches of at most :data:`MAX_MATCH` tokens, each once, in start order)."""
    if end - start <= LONG_SPAN:
        return [(mid, start + s, start + e) for mid, s, e in matcher(doc[start:end])]
    seen: set[tuple[int, int, int]] = set()
    out: list[tuple[int, int, int]] = []
    for w in range(start, end, MAX_MATCH):
        w_end = min(w + 2 * MAX_MATCH, end)
        for mid, s, e in matcher(doc[w:w_end]):
            m = (mid, w + s, w + e)
            if e - s <= MAX_MATCH and m not in seen:
                seen.add(m)
                out.append(m)
        if w_end == end:
            break
    out.sort(key=lambda m: m[1])
    return out


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
            out.extend(bounded_matches(matcher, doc, start, end))
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
