"""Several Matchers' patterns walked over a Doc in one pass.

Each call of a spaCy :class:`~spacy.matcher.Matcher` walks every token of the Doc (and makes a ``Token``
object for each, twice). Components that run several Matchers over whole documents put their patterns in
one :class:`GroupedMatcher` instead; each group gets exactly the matches its own Matcher would have
returned, in the same order: a Matcher keeps the matches of each key in the order its states complete,
whatever other patterns run beside them, and applies a ``greedy`` filter per key (``tests/test_onepass.py``
checks this against separate Matchers on real text).
"""

from __future__ import annotations

from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab


class GroupedMatcher:
    def __init__(self, vocab: Vocab, validate: bool = False):
        self.vocab = vocab
        self.matcher = Matcher(vocab, validate=validate)
        self.groups: list[str] = []
        self._group_of: dict[int, str] = {}

    def add(self, group: str, key: str, patterns: list[list[dict[str, Any]]], greedy: str | None = None) -> None:
        key_id = self.vocab.strings.add(key)
        if self._group_of.get(key_id, group) != group:
            raise ValueError(f"match key {key!r} is already in group {self._group_of[key_id]!r}")
        if group not in self.groups:
            self.groups.append(group)
        self._group_of[key_id] = group
        self.matcher.add(key, patterns, greedy=greedy)

    def __call__(self, doclike: Doc | Span) -> dict[str, list[tuple[int, int, int]]]:
        """group -> [(match id, start, end)] as the group's own Matcher returns them."""
        out: dict[str, list[tuple[int, int, int]]] = {g: [] for g in self.groups}
        group_of = self._group_of
        for match in self.matcher(doclike):
            out[group_of[match[0]]].append(match)
        return out
