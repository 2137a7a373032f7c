"""AnchoredTreeMatcher gives, from each token, exactly the matches spaCy's DependencyMatcher finds."""

import json
from pathlib import Path

import pytest
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from claimx.treepatterns import AnchoredTreeMatcher

DEP_PATTERNS = Path(__file__).resolve().parents[1] / "src" / "claimx" / "data" / "seats" / "dep_patterns.jsonl"

TEXTS = [
    "The Alliance, a pact of three parties, controls 97 of the 180 seats.",
    "The Greens' 14 seats were decisive, and Labour won 41 seats while the Liberals took 23.",
    "Voters handed the Conservatives 143 seats; the NDP managed only seven.",
    "The party, which had 12 MPs in the last parliament, fell to 9 and lost its majority.",
    "Mr Hale said 76 seats were needed and his party was sure to reach them.",
]


def _patterns():
    return [json.loads(line) for line in DEP_PATTERNS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_same_matches_as_dependency_matcher(nlp):
    dep = DependencyMatcher(nlp.vocab)
    ours = AnchoredTreeMatcher("num")
    for p in _patterns():
        dep.add(p["id"], [p["pattern"]])
        ours.add(p["id"], p["pattern"])
    names = {p["id"]: [n["RIGHT_ID"] for n in p["pattern"]] for p in _patterns()}
    total = 0
    for doc in nlp.pipe(TEXTS):
        expected = set()
        for match_id, toks in dep(doc):
            key = nlp.vocab.strings[match_id]
            expected.add((key, tuple(sorted(zip(names[key], toks)))))
        found = set()
        for i in range(len(doc)):
            for key, bound in ours(doc, i):
                assert bound["num"] == i
                found.add((key, tuple(sorted(bound.items()))))
        assert found == expected, doc.text
        total += len(found)
    assert total >= 5  # the texts exercise the patterns


def test_handmade_tree_and_order():
    import spacy

    words = ["Labour", "won", "41", "seats", "and", "Greens", "won", "9"]
    heads = [1, 1, 3, 1, 1, 6, 1, 6]
    deps = ["nsubj", "ROOT", "nummod", "obj", "cc", "nsubj", "conj", "obj"]
    pos = ["PROPN", "VERB", "NUM", "NOUN", "CCONJ", "PROPN", "VERB", "NUM"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    m = AnchoredTreeMatcher("num")
    m.add("seats", [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subj", "RIGHT_ATTRS": {"DEP": "nsubj"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": ["seats"]}}},
        {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "num", "RIGHT_ATTRS": {"DEP": "nummod"}},
    ])
    m.add("obj", [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": {"NOT_IN": ["PUNCT"]}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subj", "RIGHT_ATTRS": {"DEP": "nsubj"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "num", "RIGHT_ATTRS": {"DEP": "obj"}},
    ])
    assert [(k, b["subj"]) for k, b in m(doc, 2)] == [("seats", 0)]
    assert [(k, b["subj"]) for k, b in m(doc, 7)] == [("obj", 5)]
    assert [(k, b["subj"]) for k, b in m(doc, 3)] == [("obj", 0)]  # "seats" is the object of "won"
    assert list(m(doc, 1)) == []  # the root fails every anchor test and has no head


@pytest.mark.parametrize("bad", [
    [{"RIGHT_ID": "num", "RIGHT_ATTRS": {"SENT_START": True}}],
    [{"RIGHT_ID": "a", "RIGHT_ATTRS": {}}, {"LEFT_ID": "a", "REL_OP": "<", "RIGHT_ID": "num", "RIGHT_ATTRS": {}}],
    [{"RIGHT_ID": "a", "RIGHT_ATTRS": {}}, {"LEFT_ID": "b", "REL_OP": ">", "RIGHT_ID": "num", "RIGHT_ATTRS": {}}],
    [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"LOWER": {"REGEX": "x"}}}, {"LEFT_ID": "a", "REL_OP": ">", "RIGHT_ID": "num"}],
    [{"RIGHT_ID": "a", "RIGHT_ATTRS": {}}],
])
def test_unsupported_patterns_are_rejected(bad):
    with pytest.raises(ValueError):
        AnchoredTreeMatcher("num").add("bad", bad)
