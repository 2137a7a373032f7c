"""Word-level Matcher predicates as lexeme flags, so the Matcher tests them in C.

spaCy's :class:`~spacy.matcher.Matcher` tests ``IN``, ``NOT_IN``, ``REGEX`` and comparison predicates
(``{"LOWER": {"IN": [...]}}``, ``{"TEXT": {"REGEX": "^\\d"}}``, ``{"LENGTH": {">=": 2}}``) by calling a
Python object for every token it reaches, after building a ``Token`` for it. When the attribute belongs
to the word type (``ORTH``/``TEXT``, ``LOWER``, ``SHAPE``, ``PREFIX``, ``SUFFIX``, ``LENGTH``), the answer
depends only on the word, so :func:`compile_pattern` stores it once per vocabulary entry as a lexeme flag
(:meth:`spacy.vocab.Vocab.add_flag`, the free bits ``FLAG19``..``FLAG63``) and rewrites the token spec to
``{"FLAGnn": true}``, which the Matcher checks in C (a Matcher made with ``validate=False``: spaCy's
pattern schema does not list the flags, so :func:`compile_pattern` validates the pattern as written). Words that enter the vocabulary later get the flag
from the getter kept in ``vocab.lex_attr_getters``.

The rewrite never changes what a pattern matches (``tests/test_lexflags.py`` checks this on real text):
token-level attributes (``NORM``, which a token may override, ``ENT_TYPE``, ``POS``, extensions, ...)
and operators the flag cannot express are left as written, and when the free bits run out the
remaining predicates also stay as written (correct, only slower). Identical predicates share one flag,
also across components, so compile the patterns of the matchers that run over whole documents first.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import IDS
from spacy.schemas import validate_token_pattern
from spacy.vocab import Vocab

FIRST_FREE_BIT = 19  # FLAG19..FLAG63: bits 1-18 hold IS_ALPHA, IS_STOP, ... (and bit 13 is reserved)
LAST_BIT = 63
LEXICAL_ATTRS = {"ORTH", "TEXT", "LOWER", "SHAPE", "PREFIX", "SUFFIX", "LENGTH"}
_COMPARISONS = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
}
_OPERATORS = {"IN", "NOT_IN", "REGEX", *_COMPARISONS}


class WordPredicate:
    """``f(word) -> bool`` for one attribute and its predicate dict, as the Matcher would evaluate it on a
    token of that word. A module-level class so the getter pickles with the vocabulary."""

    def __init__(self, attr: str, spec: dict[str, Any], attr_getter=None):
        self.attr = "ORTH" if attr == "TEXT" else attr
        self.spec = spec
        canonical = {op: sorted(v, key=str) if op in ("IN", "NOT_IN") else v for op, v in spec.items()}  # sets: order is no difference
        self.key = (self.attr, json.dumps(canonical, sort_keys=True, ensure_ascii=False))
        self.attr_getter = attr_getter
        # the test as one function of the word, built here: it runs for every word that enters the vocabulary,
        # once per flag (tens of thousands of calls while the pipeline loads)
        checks: list[Callable[[Any], bool]] = []
        if "IN" in spec:
            inside = frozenset(spec["IN"])
            checks.append(inside.__contains__)
        if "NOT_IN" in spec:
            outside = frozenset(spec["NOT_IN"])
            checks.append(lambda v, o=outside: v not in o)
        if "REGEX" in spec:
            search = re.compile(spec["REGEX"]).search
            checks.append(lambda v, f=search: f(str(v)) is not None)
        for op, fn in _COMPARISONS.items():
            if op in spec:
                checks.append(lambda v, f=fn, w=spec[op]: isinstance(v, int) and f(v, w))
        if self.attr == "ORTH":
            value = None  # the word itself
        elif self.attr == "LENGTH":
            value = len
        else:
            value = attr_getter if attr_getter is not None else str.lower
        if len(checks) == 1 and value is None:
            self._test = checks[0]
        elif len(checks) == 1:
            check = checks[0]
            self._test = lambda word: check(value(word))
        else:
            self._test = lambda word: _all_hold(checks, word if value is None else value(word))

    def value(self, word: str) -> Any:
        if self.attr == "ORTH":
            return word
        if self.attr == "LENGTH":
            return len(word)
        return self.attr_getter(word) if self.attr_getter is not None else word.lower()

    def __call__(self, word: str) -> bool:
        return self._test(word)

    def __reduce__(self):
        return (WordPredicate, (self.attr, self.spec, self.attr_getter))


def _all_hold(checks: list[Callable[[Any], bool]], value: Any) -> bool:
    return all(check(value) for check in checks)


def _flag_for(vocab: Vocab, pred: WordPredicate, pending: list[tuple[int, WordPredicate]] | None = None) -> int | None:
    """The flag bit holding ``pred`` in ``vocab`` (added on first use), or None when no bit is free. With
    ``pending``, a new flag's getter is registered (words entering the vocabulary from now on get it) and the flag
    is set on the words already there later, by :func:`_set_flags`, together with the other new flags."""
    getters = vocab.lex_attr_getters
    for bit, getter in getters.items():
        if isinstance(getter, WordPredicate) and getter.key == pred.key:
            return bit
    free = next((b for b in range(FIRST_FREE_BIT, LAST_BIT + 1) if b not in getters), None)
    if free is None:
        return None
    if pending is None:
        return vocab.add_flag(pred, flag_id=free)
    getters[free] = pred
    pending.append((free, pred))
    return free


def _set_flags(vocab: Vocab, flags: list[tuple[int, WordPredicate]]) -> None:
    """Set new flags on every word of the vocabulary in one walk over it (``Vocab.add_flag`` walks it once per
    flag, making a Lexeme object per word each time)."""
    if not flags:
        return
    for lex in vocab:
        word = lex.orth_
        for bit, pred in flags:
            lex.set_flag(bit, pred(word))


def _attr_getter(vocab: Vocab, attr: str):
    """The vocabulary's own getter of a lexical attribute (how LOWER, SHAPE, PREFIX, SUFFIX are computed)."""
    return vocab.lex_attr_getters.get(IDS[attr])


def compile_token(vocab: Vocab, token: dict[str, Any], _pending: list[tuple[int, WordPredicate]] | None = None) -> dict[str, Any]:
    """One token spec with its word-level predicates replaced by lexeme flags (a new dict)."""
    out: dict[str, Any] = {}
    for key, value in token.items():
        attr = key.upper()
        if isinstance(value, dict) and attr in LEXICAL_ATTRS and value and set(value) <= _OPERATORS:
            comparisons_only = set(value) <= set(_COMPARISONS)
            no_comparison = not set(value) & set(_COMPARISONS)
            if not (comparisons_only if attr == "LENGTH" else no_comparison):
                out[key] = value  # numbers are compared on LENGTH, strings tested on the others
                continue
            getter = None if attr in ("ORTH", "TEXT", "LENGTH") else _attr_getter(vocab, attr)
            if attr not in ("ORTH", "TEXT", "LENGTH") and getter is None:
                out[key] = value  # the vocabulary does not compute this attribute from the word
                continue
            bit = _flag_for(vocab, WordPredicate(attr, value, getter), _pending)
            if bit is not None:
                flag = f"FLAG{bit}"
                if flag in out:  # two predicates on one token with the same flag: the same test
                    continue
                out[flag] = True
                continue
        out[key] = value
    return out


def compile_pattern(vocab: Vocab, pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A Matcher pattern whose word-level predicates are lexeme flags; it matches exactly what
    ``pattern`` matches. The pattern is validated as written (spaCy's schema rejects ``FLAGnn`` keys, so
    the Matcher that receives the result is created with ``validate=False``)."""
    errors = validate_token_pattern(pattern)
    if errors:
        raise ValueError(f"invalid token pattern {json.dumps(pattern, ensure_ascii=False)[:200]}: {'; '.join(errors)}")
    pending: list[tuple[int, WordPredicate]] = []
    out = [compile_token(vocab, tok, pending) for tok in pattern]
    _set_flags(vocab, pending)
    return out


def compile_patterns(vocab: Vocab, patterns: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """:func:`compile_pattern` for several patterns, the first token of every pattern before the others:
    a pattern's first token is tried at every token of the text, the others only after it matched, so
    those predicates get the free bits first."""
    for pattern in patterns:
        errors = validate_token_pattern(pattern)
        if errors:
            raise ValueError(f"invalid token pattern {json.dumps(pattern, ensure_ascii=False)[:200]}: {'; '.join(errors)}")
    pending: list[tuple[int, WordPredicate]] = []
    firsts = [compile_token(vocab, p[0], pending) if p else None for p in patterns]
    out = [[first, *(compile_token(vocab, tok, pending) for tok in p[1:])] if p else [] for first, p in zip(firsts, patterns)]
    _set_flags(vocab, pending)
    return out


def free_bits(vocab: Vocab) -> int:
    """How many flag bits are still free in ``vocab``."""
    return sum(1 for b in range(FIRST_FREE_BIT, LAST_BIT + 1) if b not in vocab.lex_attr_getters)
