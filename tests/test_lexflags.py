"""Patterns with word-level predicates compiled to lexeme flags match exactly what they matched as written."""

import json
from pathlib import Path

import pytest
import spacy
from spacy.matcher import Matcher

from claimx.lexflags import compile_pattern, compile_token, free_bits

DATA = Path(__file__).resolve().parents[1] / "src" / "claimx" / "data"
PATTERN_FILES = ["seats/numbers.jsonl", "seats/party_shapes.jsonl", "seats/majority.jsonl", "entities/patterns.jsonl"]
CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _patterns(rel):
    return [json.loads(line) for line in (DATA / rel).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("rel", PATTERN_FILES)
def test_compiled_patterns_match_as_written(nlp, rel):
    """Each pattern file against corpus/ parsed by the pipeline: the same (key, start, end) in the same order.
    The flags come from the pipeline's vocabulary (shared with claimx's components, so some predicates keep
    their Python form when the bits are used up: the result must not change either way)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    docs = list(nlp.pipe(texts))
    total = 0
    for p in _patterns(rel):
        plain, flagged = Matcher(nlp.vocab), Matcher(nlp.vocab, validate=False)
        greedy = p.get("greedy")
        plain.add(p["id"], [p["pattern"]], greedy=greedy)
        flagged.add(p["id"], [compile_pattern(nlp.vocab, p["pattern"])], greedy=greedy)
        for doc in docs:
            expected = plain(doc)
            assert flagged(doc) == expected, (p["id"], doc[:12].text)
            total += len(expected)
    assert total > 0  # the corpus exercises the file


def test_flags_reach_words_added_later_and_fall_back_when_full():
    nlp = spacy.blank("en")
    vocab = nlp.vocab
    pattern = [{"TEXT": {"REGEX": "^Zq"}}, {"LOWER": {"IN": ["party", "front"]}}, {"LENGTH": {">=": 3}, "IS_UPPER": True}]
    compiled = compile_pattern(vocab, pattern)
    assert all(not isinstance(v, dict) for tok in compiled for v in tok.values())  # every predicate became a flag
    assert compiled[2]["IS_UPPER"] is True
    m = Matcher(vocab, validate=False)
    m.add("x", [compiled])
    doc = nlp("the Zqorblax Front ABC won")  # "Zqorblax" enters the vocabulary after the flags were made
    assert [(s, e) for _, s, e in m(doc)] == [(1, 4)]
    assert m(nlp("the Zqorblax Front AB won")) == []
    # an identical predicate shares its flag; when no bit is free, the predicate stays as written
    assert compile_token(vocab, {"LOWER": {"IN": ["front", "party"]}}) == compiled[1]
    while free_bits(vocab):
        compile_token(vocab, {"LOWER": {"IN": [f"w{free_bits(vocab)}"]}})
    assert compile_token(vocab, {"LOWER": {"IN": ["zz"]}}) == {"LOWER": {"IN": ["zz"]}}
    assert compile_token(vocab, {"ENT_TYPE": {"NOT_IN": ["PERSON"]}}) == {"ENT_TYPE": {"NOT_IN": ["PERSON"]}}  # per token


def test_invalid_pattern_named():
    with pytest.raises(ValueError, match="invalid token pattern"):
        compile_pattern(spacy.blank("en").vocab, [{"LOWRE": "x"}])


def test_first_tokens_take_the_last_free_bits():
    from claimx.lexflags import compile_patterns

    vocab = spacy.blank("en").vocab
    while free_bits(vocab) > 2:
        compile_token(vocab, {"LOWER": {"IN": [f"v{free_bits(vocab)}"]}})
    a = [{"LOWER": {"IN": ["won", "took"]}}, {"LOWER": {"IN": ["seats", "ridings"]}}]
    b = [{"LOWER": {"IN": ["lost", "shed"]}}, {"LOWER": {"IN": ["majority"]}}]
    ca, cb = compile_patterns(vocab, [a, b])
    assert "LOWER" not in ca[0] and "LOWER" not in cb[0]  # both first tokens became flags
    assert ca[1] == a[1] and cb[1] == b[1]  # no bit left for the others: as written
    with pytest.raises(ValueError, match="invalid token pattern"):
        compile_patterns(vocab, [[{"LOWRE": "x"}]])


def test_flags_reach_words_already_in_the_vocabulary():
    """compile_patterns sets its new flags on the words already in the vocabulary in one walk over it: the same
    flags as the getters give a word entering it later (and as Vocab.add_flag would set)."""
    from claimx.lexflags import compile_patterns

    nlp = spacy.blank("en")
    vocab = nlp.vocab
    words = ["Party", "PARTY", "party", "front", "Zqa", "zqa", "Ab", "ABC", "other"]
    for w in words:
        vocab[w]  # in the vocabulary before the flags are made
    pattern = [{"TEXT": {"REGEX": "^Zq"}}, {"LOWER": {"IN": ["party", "front"]}}, {"LENGTH": {">=": 3}},
               {"LOWER": {"NOT_IN": ["other"]}}]
    compiled = compile_patterns(vocab, [pattern])[0]
    bits = [int(k[4:]) for tok in compiled for k in tok if k.startswith("FLAG")]
    assert len(bits) == 4
    for w in words + ["Zqb", "FRONT", "x"]:  # the last three enter the vocabulary now
        lex = vocab[w]
        assert [lex.check_flag(b) for b in bits] == [
            w.startswith("Zq"), w.lower() in ("party", "front"), len(w) >= 3, w.lower() != "other"], w
