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
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import ENT_TYPE
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab


class GroupedMatcher:
    def __init__(self, vocab: Vocab, validate: bool = False):
        self.vocab = vocab
        self.matcher = Matcher(vocab, validate=validate)
        self.groups: list[str] = []
        self._group_of: dict[int, str] = {}
        self._ent_not_in: dict[int, frozenset[int]] = {}  # key -> entity labels its one-token pattern excludes
        self._fast_entity_tests = False  # the Matcher's ENT_TYPE NOT_IN predicates swapped (see _speed_up_entity_tests)

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
        self.matcher.add(key, patterns, greedy=greedy)
        self._fast_entity_tests = False

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
        for match in self.matcher(doclike):
            labels = checks.get(match[0])
            if labels is not None:
                if ents is None:
                    ents = doclike.to_array(ENT_TYPE).tolist()
                if ents[match[1]] in labels:
                    continue
            out[group_of[match[0]]].append(match)
        return out


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
