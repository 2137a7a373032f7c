"""Dependency-tree patterns matched outward from one anchor token.

spaCy's ``DependencyMatcher`` finds every match in a whole Doc: it first runs a token Matcher for each
node of each pattern over all tokens (a pattern whose root is "any verb" touches nearly every token), then
searches the trees. When a component only asks "which pattern matches with *this* token as node X" for a
handful of tokens (claimx_seats asks it for the numbers of an article), walking the parse from those tokens is
far cheaper and gives the same matches.

``AnchoredTreeMatcher`` reads patterns in DependencyMatcher's own format (so the data files stay
DependencyMatcher patterns and can be loaded by either) and supports the subset they use: the ``>``
relation (LEFT is the immediate head of RIGHT) and token attributes compared for equality or with
``IN`` / ``NOT_IN``. Anything else is rejected when the pattern is added, never silently ignored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

# string attributes are compared as string ids (``Token.dep`` is an int; ``Token.dep_`` looks the string up at
# every test): the wanted values become ids once, with ``get_string_id`` (symbols such as "nsubj" or "VERB" have
# fixed ids, other strings their hash)
_STRING_GETTERS: dict[str, Callable[[Token], int]] = {
    "ORTH": lambda t: t.orth,
    "TEXT": lambda t: t.orth,
    "LOWER": lambda t: t.lower,
    "LEMMA": lambda t: t.lemma,
    "POS": lambda t: t.pos,
    "TAG": lambda t: t.tag,
    "DEP": lambda t: t.dep,
    "ENT_TYPE": lambda t: t.ent_type,
}
_GETTERS: dict[str, Callable[[Token], Any]] = {
    **_STRING_GETTERS,
    "LIKE_NUM": lambda t: t.like_num,
    "IS_DIGIT": lambda t: t.is_digit,
    "IS_TITLE": lambda t: t.is_title,
    "IS_PUNCT": lambda t: t.is_punct,
}


def _wanted(name: str, value: Any) -> Any:
    """A pattern value as the getter of ``name`` returns it (a string's id for the string attributes)."""
    return get_string_id(value) if name in _STRING_GETTERS and isinstance(value, str) else value


def _predicate(attrs: dict[str, Any]) -> Callable[[Token], bool]:
    checks: list[Callable[[Token], bool]] = []
    for name, want in attrs.items():
        attr = name.upper()
        get = _GETTERS.get(attr)
        if get is None:
            raise ValueError(f"token attribute {name!r} is not supported (supported: {sorted(_GETTERS)})")
        if isinstance(want, dict):
            if set(want) - {"IN", "NOT_IN"}:
                raise ValueError(f"operators {sorted(set(want) - {'IN', 'NOT_IN'})} of {name!r} are not supported")
            outside = frozenset(_wanted(attr, v) for v in want.get("NOT_IN", ()))
            if "IN" in want:
                inside = frozenset(_wanted(attr, v) for v in want["IN"]) - outside  # (a value in both lists passes neither)
                checks.append(lambda t, g=get, i=inside: g(t) in i)
            else:
                checks.append(lambda t, g=get, o=outside: g(t) not in o)
        else:
            checks.append(lambda t, g=get, w=_wanted(attr, want): g(t) == w)
    # the tests run for every token a pattern reaches: no generator for the usual one or two of them
    if not checks:
        return lambda t: True
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda t: first(t) and second(t)
    return lambda t: all(check(t) for check in checks)


@dataclass
class _Node:
    name: str
    parent: str | None  # LEFT_ID: the node whose token is this node's head
    test: Callable[[Token], bool]


class AnchoredTreeMatcher:
    """Matches of dependency patterns in which a given token plays the node called ``anchor``."""

    def __init__(self, anchor: str):
        self.anchor = anchor
        self._patterns: list[tuple[str, list[_Node], dict[str, _Node], int]] = []
        self._anchor_tests: list[Callable[[Token], bool]] = []  # distinct tests of the anchor node
        self._anchor_specs: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._patterns)

    def add(self, key: str, pattern: list[dict[str, Any]]) -> None:
        nodes: list[_Node] = []
        seen: set[str] = set()
        for k, spec in enumerate(pattern):
            name = spec["RIGHT_ID"]
            parent = spec.get("LEFT_ID")
            if k == 0 and parent is not None or k > 0 and parent not in seen:
                raise ValueError(f"{key}: node {name!r} must name an earlier node as LEFT_ID (the first node none)")
            if k > 0 and spec.get("REL_OP") != ">":
                raise ValueError(f"{key}: relation {spec.get('REL_OP')!r} is not supported (only '>')")
            nodes.append(_Node(name, parent, _predicate(spec.get("RIGHT_ATTRS", {}))))
            seen.add(name)
            if name == self.anchor:
                anchor_spec = json.dumps(spec.get("RIGHT_ATTRS", {}), sort_keys=True)
        if self.anchor not in seen:
            raise ValueError(f"{key}: the pattern has no node {self.anchor!r}")
        by_name = {n.name: n for n in nodes}
        if anchor_spec not in self._anchor_specs:
            self._anchor_specs[anchor_spec] = len(self._anchor_tests)
            self._anchor_tests.append(by_name[self.anchor].test)
        self._patterns.append((key, nodes, by_name, self._anchor_specs[anchor_spec]))

    def __call__(self, doc: Doc, i: int) -> Iterator[tuple[str, dict[str, int]]]:
        """(key, {node name: token index}) for every match with ``doc[i]`` as the anchor node, patterns in the
        order they were added, matches of one pattern with the other nodes' tokens in document order."""
        tok = doc[i]
        anchor_ok = [test(tok) for test in self._anchor_tests]  # each distinct anchor test once per token
        for key, nodes, by_name, test in self._patterns:
            if anchor_ok[test]:
                yield from ((key, m) for m in self._match(tok, nodes, by_name))

    def _match(self, tok: Token, nodes: list[_Node], by_name: dict[str, _Node]) -> Iterator[dict[str, int]]:
        bound: dict[str, Token] = {}
        # climb from the anchor to the pattern's root: each head is fixed by the parse
        node = by_name[self.anchor]
        while True:
            if not node.test(tok):
                return
            bound[node.name] = tok
            if node.parent is None:
                break
            if tok.head.i == tok.i:
                return  # the sentence root has no head
            node, tok = by_name[node.parent], tok.head
            if node.name in bound:
                return
        rest = [n for n in nodes if n.name not in bound]
        yield from self._extend(bound, rest, 0)

    def _extend(self, bound: dict[str, Token], rest: list[_Node], k: int) -> Iterator[dict[str, int]]:
        if k == len(rest):
            yield {name: t.i for name, t in bound.items()}
            return
        node = rest[k]
        taken = {t.i for t in bound.values()}
        for child in bound[node.parent].children:
            if child.i not in taken and node.test(child):
                bound[node.name] = child
                yield from self._extend(bound, rest, k + 1)
                del bound[node.name]
