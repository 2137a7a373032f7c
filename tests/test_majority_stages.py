"""The stage modules of claimx_majority (components/majority/), each on invented sentences: the data files,
the leader map, the article's largest party, the condition on the figures."""

from __future__ import annotations

import pytest

from claimx.components.majority import article, assertion, data, leaders
from claimx.components.majority.parse import clause_verb, subject_of

PLACE = "Ostrelia voted on Sunday for its 120-seat assembly. "


@pytest.fixture(scope="module")
def words():
    return {k: frozenset(v) for k, v in data.load_words().items()}


def art_of(nlp, words, text):
    doc = nlp(text)
    return doc, article.Article(doc, words)


# ---------------------------------------------------------------- data
def test_every_word_list_a_pattern_names_exists():
    ws = data.load_words()
    pats = data.load_patterns(data.DATA, ws)
    assert len({p["id"] for p in pats}) == len(pats)  # ids are unique: they are the rule names
    text = (data.DATA / "patterns.jsonl").read_text(encoding="utf-8")
    for name in {part.split('"')[0] for part in text.split('"@')[1:]}:
        assert name in ws, name


def test_patterns_without_tags_keep_the_words():
    pat = [{"LOWER": "won"}, {"TAG": {"IN": ["JJ"]}, "OP": "?"}, {"LOWER": "majority"}]
    assert data.without_tags(pat) == [{"LOWER": "won"}, {"OP": "?", "IS_PUNCT": False}, {"LOWER": "majority"}]


# ---------------------------------------------------------------- leaders
def test_short_name_drops_the_head_word():
    assert leaders.short_name("Moderate Party") == "Moderate"
    assert leaders.short_name("Iron Guild") is None  # no head word: nothing shorter to read


@pytest.mark.parametrize(
    "text,surname,party",
    [
        (PLACE + "The Iron Guild, led by Prime Minister Ana Voss, won 50 seats.", "voss", "Iron Guild"),
        (PLACE + "The Guild Party won 50 seats. Guild leader Ana Voss spoke.", "voss", "Guild Party"),
        (PLACE + "The Iron Guild won 50 seats. Prime Minister Ana Voss (Iron Guild) spoke.", "voss", "Iron Guild"),
    ],
)
def test_leader_map(nlp, words, text, surname, party):
    _, art = art_of(nlp, words, text)
    assert art.leader_of.get(surname) == party, art.leader_of


def test_no_leader_without_a_construction(nlp, words):
    _, art = art_of(nlp, words, PLACE + "The Iron Guild won 50 seats. Ana Voss spoke in the capital.")
    assert "voss" not in art.leader_of


# ---------------------------------------------------------------- the article's largest party
def test_largest_prefers_the_counts_of_the_sentence(nlp, words):
    doc, art = art_of(nlp, words, PLACE + "The Marsh Party won 30 seats and the Iron Guild 25. No party has a "
                      "majority: in the capital the Iron Guild won 12 seats and the Marsh Party 9.")
    assert art.largest().name == "Marsh Party"
    last = list(doc.sents)[-1]
    assert art.largest(last).name == "Iron Guild"


def test_largest_reads_each_partys_first_result(nlp, words):
    _, art = art_of(nlp, words, PLACE + "The Iron Guild won 52 seats and the Marsh Party 51. The Marsh Party "
                    "dropped from 62 to 51 seats.")
    assert art.largest().name == "Iron Guild"


def test_no_largest_without_counts(nlp, words):
    _, art = art_of(nlp, words, PLACE + "The result is a hung parliament.")
    assert art.largest() is None


# ---------------------------------------------------------------- assertion: conditions on the figures
@pytest.mark.parametrize(
    "text,figures",
    [
        ("If the exit poll is confirmed, the Iron Guild will win a majority.", True),
        ("If the count holds, the Iron Guild will win a majority.", True),
        ("If the Iron Guild wins two more seats, it will win a majority.", False),
        ("If voters are confirmed on the roll, the Iron Guild will win a majority.", False),
    ],
)
def test_data_condition(nlp, words, text, figures):
    doc = nlp(text)
    win = next(t for t in doc if t.lower_ == "win" and t.i > 5)
    verb = clause_verb(win)
    assert subject_of(verb, words) is not None
    cond = next(c for c in verb.children if c.dep_ == "advcl")
    assert assertion.data_condition(cond, words) is figures
