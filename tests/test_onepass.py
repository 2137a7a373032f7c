"""One GroupedMatcher gives each group exactly what its own Matcher returns (same matches, same order)."""

import json
from pathlib import Path

import pytest
from spacy.matcher import Matcher

from claimx.lexflags import compile_pattern
from claimx.onepass import GroupedMatcher

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "claimx" / "data"
GROUPS = {  # group -> pattern files; the same groups claimx_seats runs in one pass, plus the majority patterns
    "numbers": ["seats/numbers.jsonl"],
    "shapes": ["seats/party_shapes.jsonl"],
    "majority": ["seats/majority.jsonl"],
    "entities": ["entities/patterns.jsonl"],
}


def _patterns(rel):
    return [json.loads(line) for line in (DATA / rel).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_groups_match_their_own_matchers(nlp):
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    docs = list(nlp.pipe(texts))
    grouped = GroupedMatcher(nlp.vocab)
    alone: dict[str, Matcher] = {}
    for group, files in GROUPS.items():
        alone[group] = Matcher(nlp.vocab, validate=False)
        for rel in files:
            for p in _patterns(rel):
                pattern = [compile_pattern(nlp.vocab, p["pattern"])]
                grouped.add(group, f"{group}:{p['id']}", pattern, greedy=p.get("greedy"))
                alone[group].add(f"{group}:{p['id']}", pattern, greedy=p.get("greedy"))
    total = 0
    for doc in docs:
        found = grouped(doc)
        for group, matcher in alone.items():
            assert found[group] == matcher(doc), (group, doc[:10].text)
            total += len(found[group])
    assert total > 100


def test_a_key_belongs_to_one_group(nlp):
    g = GroupedMatcher(nlp.vocab)
    g.add("a", "k", [[{"LOWER": "x"}]])
    with pytest.raises(ValueError, match="already in group"):
        g.add("b", "k", [[{"LOWER": "y"}]])
    assert g(nlp.make_doc("x y")) == {"a": [(nlp.vocab.strings["k"], 0, 1)]}


def test_one_token_entity_exclusion_is_checked_on_matches(nlp):
    doc = nlp("The NDP and the BBC met in Ottawa with NATO on Monday.")
    pattern = [{"IS_UPPER": True, "ENT_TYPE": {"NOT_IN": ["ORG"]}}]
    g = GroupedMatcher(nlp.vocab)
    g.add("a", "upper", [pattern])
    alone = Matcher(nlp.vocab)
    alone.add("upper", [pattern])
    assert g._ent_not_in  # the test moved out of the Matcher
    assert g(doc)["a"] == alone(doc)
    assert any(doc[s].ent_type_ == "ORG" for _, s, _ in _upper_tokens(nlp, doc))


def _upper_tokens(nlp, doc):  # the same pattern without the entity test: some of its tokens are ORG entities
    m = Matcher(nlp.vocab)
    m.add("upper", [[{"IS_UPPER": True}]])
    return m(doc)


def test_entity_tests_of_longer_patterns_are_plain_functions_with_the_same_matches(nlp):
    import pickle

    doc = nlp("The Harbour Party of Ostria and the New Carrick Front met Anton Keller in Ottawa on Monday.")
    pattern = [{"IS_TITLE": True, "ENT_TYPE": {"NOT_IN": ["PERSON", "GPE", "DATE"]}},
               {"IS_TITLE": True, "ENT_TYPE": {"NOT_IN": ["PERSON", "GPE"]}, "OP": "*"}]
    g = GroupedMatcher(nlp.vocab)
    g.add("a", "run", [pattern])
    alone = Matcher(nlp.vocab)
    alone.add("run", [pattern])
    assert g(doc)["a"] == alone(doc)
    assert len(alone(doc)) > 3
    assert not any(type(p).__name__ == "_SetPredicate" for p in g.matcher._extra_predicates)  # swapped
    copy = pickle.loads(pickle.dumps(g))  # the copy's Matcher gets spaCy's predicates back, then swaps them again
    assert copy(doc)["a"] == alone(doc)


def _run_pattern(nlp):
    (p,) = [p for p in _patterns("seats/party_shapes.jsonl") if p["id"] == "party-run"]
    return compile_pattern(nlp.vocab, p["pattern"])


def test_a_lone_longest_run_pattern_gives_the_matchers_runs_in_its_order(nlp):
    """The party-run pattern alone in its group runs as longest_runs (no Matcher): same runs, same order, on
    corpus/ and on random word sequences built to chain capitalised words, connectors and breaks."""
    import random

    pattern = _run_pattern(nlp)
    g = GroupedMatcher(nlp.vocab)
    g.add("runs", "party-run", [pattern], greedy="LONGEST")
    assert g._runs and not len(g.matcher)  # the fast path is taken
    alone = Matcher(nlp.vocab, validate=False)
    alone.add("party-run", [pattern], greedy="LONGEST")
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").rglob("*.txt"))]
    rng = random.Random(7)
    words = ["Greens", "of", "the", "Coast", "A&B", "and", "won", "Party", "'s", "X.", "de", "Él", "eBay", ",", "NDP"]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 40))) for _ in range(400)]
    total = 0
    for doc in nlp.tokenizer.pipe(texts):
        assert g(doc)["runs"] == alone(doc), doc.text[:80]
        assert g(doc[1:])["runs"] == alone(doc[1:]), doc.text[:80]  # a Span: offsets within it
        total += len(alone(doc))
    assert total > 500


def test_a_run_pattern_with_a_sibling_goes_back_to_the_matcher(nlp):
    pattern = _run_pattern(nlp)
    g = GroupedMatcher(nlp.vocab)
    g.add("runs", "party-run", [pattern], greedy="LONGEST")
    g.add("runs", "upper", [[{"IS_UPPER": True}]])
    assert not g._runs  # two keys in one group: the Matcher orders them
    alone = Matcher(nlp.vocab, validate=False)
    alone.add("party-run", [pattern], greedy="LONGEST")
    alone.add("upper", [[{"IS_UPPER": True}]])
    doc = nlp.make_doc("The NDP and the Greens of the Coast met BBC People's Front")
    assert g(doc)["runs"] == alone(doc)
