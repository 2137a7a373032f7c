"""Several Matchers' patterns walked over a Doc in one pass.

Each call of a spaCy :class:`~spacy.matcher.Matcher` walks every token of the Doc (and makes a ``Token``
object for each, twice). Components that run several Matchers over whole documents put their patterns in
one :class:`GroupedMatcher` instead; each group gets exactly the matches its own Matcher would have
returned, in the same order: a Matcher keeps the matches of each key in the order its states complete,
whatever other patterns run beside them, and applies a ``greedy`` filter per key (``tests/test_onepass.py``
checks this against separate Matchers on real text).

A one-token pattern's ``ENT_TYPE`` ``NOT_IN`` test is made on its matches instead of inside the Matcher: the
Matcher calls such a Python predicate at every token of the Doc, while a one-token pattern's matches are
exactly the tokens that pass its other tests and this one, so the group's matches stay the same. (Done for
longer patterns' first tokens, this would let every state that test stops run on: slower.) The ``ENT_TYPE``
``NOT_IN`` tests that stay in longer patterns are swapped for a plain ``token.ent_type not in labels``
function: the Matcher still calls one at every token, but spaCy's general set predicate costs several
times more per call.

A greedy-``LONGEST`` pattern of the shape "a word with flag F, then any number of words with flag G" (two lexeme
flags, see lexflags; claimx_seats' party runs) that is alone in its group is not given to the Matcher: the
Matcher would make every sub-run of every run (O(n^2) matches per run) and sort them to keep the longest;
:func:`longest_runs` reads the two flags as arrays and keeps the same runs in the same order.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import ENT_TYPE, IDS
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from .anchors import LONG_SPAN, bounded_matches
from .doctext import sentence_bounds


class GroupedMatcher:
    def __init__(self, vocab: Vocab, validate: bool = False):
        self.vocab = vocab
        self.matcher = Matcher(vocab, validate=validate)
        self.groups: list[str] = []
        self._group_of: dict[int, str] = {}
        self._ent_not_in: dict[int, frozenset[int]] = {}  # key -> entity labels its one-token pattern excludes
        self._fast_entity_tests = False  # the Matcher's ENT_TYPE NOT_IN predicates swapped (see _speed_up_entity_tests)
        self._runs: dict[int, tuple[int, int, list]] = {}  # key -> (first flag, more flag, patterns): run by longest_runs
        self._added: list[tuple[str | int, list, str | None]] = []  # (key, patterns, greedy) as given to the Matcher
        self._plain: Matcher | None = None  # the same patterns without greedy filters (for long sentences)

    def add(self, group: str, key: str, patterns: list[list[dict[str, Any]]], greedy: str | None = None) -> None:
        key_id = self.vocab.strings.add(key)
        if self._group_of.get(key_id, group) != group:
            raise ValueError(f"match key {key!r} is already in group {self._group_of[key_id]!r}")
        if group not in self.groups:
            self.groups.append(group)
        self._group_of[key_id] = group
        if len(patterns) == 1 and _ent_check(patterns[0]) is not None:
            labels, token = _ent_check(patterns[0])
            self._ent_not_in[key_id] = labels
            patterns = [[token]]
        shape = _run_shape(patterns[0]) if len(patterns) == 1 and greedy == "LONGEST" else None
        others = [k for k, g in self._group_of.items() if g == group and k != key_id]
        for k in others:  # a run key's fast path keeps its group's order only while it is alone in the group
            if k in self._runs:
                pats = self._runs.pop(k)[2]
                self.matcher.add(k, pats, greedy="LONGEST")
                self._added.append((k, pats, "LONGEST"))
        if shape is not None and not others:
            self._runs[key_id] = (*shape, patterns)
        else:
            self.matcher.add(key, patterns, greedy=greedy)
            self._added.append((key_id, patterns, greedy))
        self._plain = None
        self._fast_entity_tests = False

    def _matches(self, doclike: Doc | Span) -> list[tuple[int, int, int]]:
        """``self.matcher(doclike)``; a Doc with a sentence longer than :data:`~claimx.anchors.LONG_SPAN` tokens
        (no normal text has one) is matched piece by piece: the normal sentences between such sentences as one
        span each, each long sentence in windows (:func:`~claimx.anchors.bounded_matches`) with the greedy
        filters applied afterwards, as the Matcher applies them. A repeated pattern token makes the Matcher's
        cost grow with the cube of a run of words that fit it; this keeps it linear."""
        if not isinstance(doclike, Doc) or len(doclike) <= LONG_SPAN or not doclike.has_annotation("SENT_START"):
            return self.matcher(doclike)
        bounds = sentence_bounds(doclike)
        if all(e - s <= LONG_SPAN for s, e in bounds):
            return self.matcher(doclike)
        if self._plain is None:
            self._plain = Matcher(self.vocab, validate=False)
            for key, patterns, _ in self._added:
                self._plain.add(key, patterns)
        greedy = {self.vocab.strings.as_int(k) if isinstance(k, str) else k: g for k, _, g in self._added if g}
        out: list[tuple[int, int, int]] = []
        a = 0  # start of the normal sentences not matched yet
        for s, e in bounds + [(len(doclike), len(doclike) + LONG_SPAN + 1)]:
            if e - s <= LONG_SPAN:
                continue
            if a < s:
                out.extend((mid, a + x, a + y) for mid, x, y in self.matcher(doclike[a:s]))
            if s < len(doclike):
                found = bounded_matches(self._plain, doclike, s, e)
                out.extend(m for m in found if m[0] not in greedy)
                out.extend(_greedy_filter([m for m in found if m[0] in greedy], greedy))
            a = e
        return out

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_fast_entity_tests"] = False  # an unpickled Matcher is rebuilt with spaCy's own predicates
        return state

    def _speed_up_entity_tests(self) -> None:
        """Replace each of the Matcher's ``{"ENT_TYPE": {"NOT_IN": [...]}}`` predicates by a function giving the
        same answer (``token.ent_type`` is the label's id, as spaCy's predicate reads it). Anything else stays."""
        predicates = self.matcher._extra_predicates
        for k, pred in enumerate(predicates):
            if (type(pred).__name__ == "_SetPredicate" and getattr(pred, "attr", None) == ENT_TYPE
                    and getattr(pred, "predicate", None) == "NOT_IN" and getattr(pred, "is_extension", True) is False
                    and getattr(pred, "regex", True) is False and getattr(pred, "fuzzy", 0) is None):
                predicates[k] = _ent_type_not_in(frozenset(pred.value))
        self._fast_entity_tests = True

    def __call__(self, doclike: Doc | Span) -> dict[str, list[tuple[int, int, int]]]:
        """group -> [(match id, start, end)] as the group's own Matcher returns them."""
        if not self._fast_entity_tests:
            self._speed_up_entity_tests()
        out: dict[str, list[tuple[int, int, int]]] = {g: [] for g in self.groups}
        group_of, checks = self._group_of, self._ent_not_in
        ents = None
        for match in self._matches(doclike) if len(self.matcher) else ():
            labels = checks.get(match[0])
            if labels is not None:
                if ents is None:
                    ents = doclike.to_array(ENT_TYPE).tolist()
                if ents[match[1]] in labels:
                    continue
            out[group_of[match[0]]].append(match)
        for key_id, (first, more, _) in self._runs.items():
            if isinstance(doclike, Span):
                flags = doclike.doc.to_array([first, more])[doclike.start : doclike.end]
            else:
                flags = doclike.to_array([first, more])
            out[group_of[key_id]] = [(key_id, s, e) for s, e in longest_runs(flags[:, 0], flags[:, 1])] if len(flags) else []
        return out


def _greedy_filter(matches: list[tuple[int, int, int]], greedy: dict[int, str]) -> list[tuple[int, int, int]]:
    """The Matcher's greedy filter per key ("FIRST": leftmost first; "LONGEST": longest first, then leftmost),
    dropping a match that overlaps one already kept."""
    by_key: dict[int, list[tuple[int, int]]] = {}
    for key, s, e in matches:
        by_key.setdefault(key, []).append((s, e))
    out = []
    for key, pairs in by_key.items():
        if greedy[key] == "FIRST":
            ordered = sorted(pairs, key=lambda x: (x[0], -x[1]))
        else:
            ordered = sorted(pairs, key=lambda x: (x[1] - x[0], -x[0]), reverse=True)
        taken: set[int] = set()
        for s, e in ordered:
            if not any(i in taken for i in range(s, e)):
                out.append((key, s, e))
                taken.update(range(s, e))
    return out


def _run_shape(pattern: list[dict[str, Any]]) -> tuple[int, int] | None:
    """(first flag id, more flag id) for a pattern ``[{"FLAGf": True}, {"FLAGm": True, "OP": "*"}]``, else None."""
    if len(pattern) != 2:
        return None
    first, more = pattern
    if len(first) != 1 or len(more) != 2 or more.get("OP") != "*":
        return None
    ((f, f_value),) = first.items()
    ((m, m_value),) = [(k, v) for k, v in more.items() if k != "OP"]
    if not (f.startswith("FLAG") and m.startswith("FLAG") and f in IDS and m in IDS) or f_value is not True or m_value is not True:
        return None
    return IDS[f], IDS[m]


def longest_runs(first: numpy.ndarray, more: numpy.ndarray) -> list[tuple[int, int]]:
    """What a Matcher returns for ``[{first}, {more, "OP": "*"}]`` with ``greedy="LONGEST"``, from per-token 0/1
    arrays: of all (s, e) with ``first[s]`` and ``more[s+1:e]`` all set, the longest first (then the leftmost) that
    shares no token with one already kept, in that order.

    The longest run from a start ends at the first token after it without ``more``. A start inside the longest
    run of the start before it shares that run's end, so its runs are all shorter and overlap it: the runs kept
    are exactly the longest runs of the starts that lie at or after the end of the previous start's run."""
    starts = numpy.flatnonzero(first)
    if not len(starts):
        return []
    stops = numpy.append(numpy.flatnonzero(more == 0), len(first))
    ends = stops[numpy.searchsorted(stops, starts + 1)]  # the longest run from each start
    keep = numpy.ones(len(starts), dtype=bool)
    keep[1:] = starts[1:] >= ends[:-1]
    starts, ends = starts[keep], ends[keep]
    order = numpy.lexsort((starts, starts - ends))  # the Matcher's order: longest first, then leftmost
    return list(zip(starts[order].tolist(), ends[order].tolist()))


def _ent_type_not_in(labels: frozenset[int]):
    """``token.ent_type not in labels`` as a function (the Matcher calls it with a Token)."""
    return lambda token: token.ent_type not in labels


def _ent_check(pattern: list[dict[str, Any]]) -> tuple[frozenset[int], dict[str, Any]] | None:
    """For a one-token pattern (no ``OP``) with ``"ENT_TYPE": {"NOT_IN": [...]}``: (the labels' ids, the token
    without that test); else None."""
    if len(pattern) != 1 or "OP" in pattern[0]:
        return None
    spec = pattern[0].get("ENT_TYPE")
    if not isinstance(spec, dict) or set(spec) != {"NOT_IN"}:
        return None
    token = {k: v for k, v in pattern[0].items() if k != "ENT_TYPE"}
    return frozenset(get_string_id(label) for label in spec["NOT_IN"]), token
