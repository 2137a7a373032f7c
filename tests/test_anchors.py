"""Anchored matching: the words every match needs, and the same matches as a whole-doc Matcher."""

import json
from pathlib import Path

import pytest
from spacy.matcher import Matcher

from claimx.anchors import Anchors, SentenceMatcher, match_sentences
from claimx.components.entities import PATTERN_FILE
from claimx.components.seats import DATA as SEATS_DATA
from claimx.lexicon import ENTITY_DATA

ROOT = Path(__file__).resolve().parents[1]


def _patterns(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_anchor_words_prefer_rare_required_words():
    a = Anchors.of([
        [{"LOWER": {"IN": ["short", "shy"]}}, {"LOWER": "of"}, {"LOWER": "majority"}],
        [{"LOWER": "hung"}, {"LOWER": {"IN": ["parliament", "assembly"]}}],
        [{"IS_TITLE": True, "OP": "+"}, {"ORTH": {"IN": ["Party", "Front"]}}],
        [{"LOWER": "the", "OP": "?"}, {"LOWER": "minority"}],
    ])
    assert a.lower == {"majority", "hung", "minority"}  # one word beats a list; "of", "the?" never chosen
    assert a.orth == {"Party", "Front"}


def test_no_anchor_when_a_pattern_has_no_required_word():
    assert Anchors.of([[{"LOWER": "hung"}], [{"IS_TITLE": True, "OP": "+"}, {"LOWER": "x", "OP": "?"}]]) is None


TEXTS = [
    "The Liberals fell short of a majority. Voters elsewhere backed the Harbour Party.\n\n"
    "A hung parliament is likely, and the Greens of the Coast Alliance need the support of partners.",
    "Nothing here matches. The People's Front for Renewal won a two-thirds majority in the National Assembly.",
    "Short sentences. Shy of the mark? The Coalition needs backing of three parties to form a minority government.",
]


@pytest.mark.parametrize("path", [SEATS_DATA / "majority.jsonl", ENTITY_DATA / PATTERN_FILE])
def test_sentence_matching_equals_whole_doc(nlp, path):
    rows = _patterns(path)
    matcher = Matcher(nlp.vocab)
    for r in rows:
        matcher.add(r["id"], [r["pattern"]])
    anchors = Anchors.of(r["pattern"] for r in rows)
    assert anchors is not None
    total = 0
    for doc in nlp.pipe(TEXTS):
        whole = sorted(matcher(doc))
        assert sorted(match_sentences(matcher, doc, None, anchors)) == whole
        total += len(whole)
    assert total >= 3


def test_without_anchors_or_sentences_the_whole_doc_is_matched(nlp):
    import spacy

    blank = spacy.blank("en")
    matcher = Matcher(blank.vocab)
    matcher.add("m", [[{"LOWER": "majority"}]])
    doc = blank("A majority. Another majority.")  # no sentence boundaries: no parser, no senter
    anchors = Anchors.of([[{"LOWER": "majority"}]])
    assert match_sentences(matcher, doc, None, anchors) == matcher(doc)
    assert match_sentences(matcher, doc, None, None) == matcher(doc)


def test_filter_matches_is_filter_spans_on_tuples(nlp):
    import random

    from spacy.tokens import Span
    from spacy.util import filter_spans

    from claimx.anchors import filter_matches

    doc = nlp.make_doc(" ".join(f"w{i}" for i in range(40)))
    rng = random.Random(7)
    for _ in range(200):
        matches = []
        for _ in range(rng.randint(0, 12)):
            s = rng.randint(0, 37)
            matches.append((rng.choice([11, 22, 33]), s, s + rng.randint(1, 3)))
        matches += matches[: rng.randint(0, 3)]  # the same span twice, with the same or another id
        spans = filter_spans([Span(doc, s, e, label=mid) for mid, s, e in matches])
        assert filter_matches(matches) == [(sp.label, sp.start, sp.end) for sp in spans]


@pytest.mark.parametrize("path", [SEATS_DATA / "majority.jsonl", ENTITY_DATA / PATTERN_FILE])
def test_sentence_matcher_equals_match_sentences(nlp, path):
    """Each sentence matched with only the patterns anchored in it: the same matches in the same order."""
    from claimx.lexflags import compile_patterns

    rows = _patterns(path)
    compiled = compile_patterns(nlp.vocab, [r["pattern"] for r in rows])
    full = Matcher(nlp.vocab, validate=False)
    sub = SentenceMatcher(nlp.vocab)
    for r, pattern in zip(rows, compiled):
        full.add(r["id"], [pattern])
        sub.add(r["id"], pattern, r["pattern"])
    anchors = Anchors.of(r["pattern"] for r in rows)
    texts = TEXTS + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    total = 0
    for doc in nlp.pipe(texts):
        expected = match_sentences(full, doc, None, anchors)
        assert sub(doc) == expected
        assert sub(doc, list(doc.sents)[::-1]) == match_sentences(full, doc, list(doc.sents)[::-1], anchors)
        total += len(expected)
    assert total >= 20
    assert len(sub._subsets) > 1  # sentences were matched with different subsets of the patterns


def test_sentence_matcher_keys_hold_one_pattern(nlp):
    sub = SentenceMatcher(nlp.vocab)
    sub.add("k", [{"LOWER": "majority"}])
    with pytest.raises(ValueError, match="already has a pattern"):
        sub.add("k", [{"LOWER": "minority"}])


def test_anchor_reach_counts_the_tokens_a_match_can_hold_after_its_anchor():
    from claimx.anchors import anchor_reach

    assert anchor_reach([{"IS_TITLE": True, "OP": "*"}, {"ORTH": "Party"}]) == 0
    assert anchor_reach([{"ORTH": "House"}, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"}, {"IS_TITLE": True, "OP": "{1,3}"}]) == 5
    assert anchor_reach([{"LOWER": "majority"}, {"IS_ALPHA": True, "OP": "*"}]) is None
    assert anchor_reach([{"IS_DIGIT": True}, {"LOWER": "majority", "OP": "+"}, {"IS_PUNCT": True, "OP": "!"}]) == 1
    assert anchor_reach([{"IS_TITLE": True}]) is None  # no anchor


def test_anchor_left_reach_counts_the_tokens_a_match_can_hold_before_its_anchor():
    from claimx.anchors import anchor_left_reach

    assert anchor_left_reach([{"IS_TITLE": True, "OP": "*"}, {"ORTH": "Party"}]) is None
    assert anchor_left_reach([{"LOWER": "the"}, {"IS_DIGIT": True, "OP": "?"}, {"LOWER": "majority"}]) == 2
    assert anchor_left_reach([{"LOWER": "majority"}, {"IS_ALPHA": True, "OP": "*"}]) == 0
    assert anchor_left_reach([{"IS_TITLE": True}]) is None  # no anchor


def test_required_words_are_the_words_every_match_holds():
    from claimx.anchors import required_words

    pattern = [{"LOWER": {"IN": ["fell", "falls"]}}, {"LOWER": "short"}, {"LOWER": "of", "OP": "?"},
               {"ORTH": "Party", "OP": "+"}, {"LOWER": {"NOT_IN": ["a"]}}, {"IS_DIGIT": True}]
    assert required_words(pattern) == [("lower", frozenset({"fell", "falls"})), ("lower", frozenset({"short"})),
                                       ("orth", frozenset({"Party"}))]


def test_majority_component_matcher_equals_the_whole_matcher(nlp):
    """The majority stage's phrases: patterns pruned per sentence by their required words and run only over
    their anchors' reach give the whole Matcher's matches, in the same order, on corpus/ and invented text."""
    comp = nlp.get_pipe("claimx_majority")
    full = Matcher(nlp.vocab, validate=False)
    for key, pattern in comp.matcher._patterns:
        full.add(key, [pattern])
    anchors = Anchors.of(p for _, p in comp.matcher._patterns)
    texts = TEXTS + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    total = 0
    for doc in nlp.pipe(texts, disable=["claimx_majority"]):
        expected = match_sentences(full, doc, None, anchors)
        assert comp.matcher(doc) == expected
        total += len(expected)
    assert total >= 10
