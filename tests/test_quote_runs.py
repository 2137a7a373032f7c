"""Quotes in dense runs: the cost per quote stays bounded however many quote marks surround it.

claimx_quotes reads a quote against its sentence outside the other quotes in it (reported speech across
partial quotes). The tokens outside those quotes are slices between them (not one test per token per quote),
and a "sentence" holding more than MAX_SENTENCE_QUOTES quotes (a run of quote marks: no prose) is read
against the quote's neighbours only. Blank tokenizer + sentencizer: no model needed.
"""

from __future__ import annotations

import bisect
import random

import pytest
import spacy

from claimx.components.quotes import MAX_SENTENCE_QUOTES, QuotesComponent


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimx_quotes")
    return nlp


def _old_outside(words, a, b, opens, closes, lo, hi, idx):
    """The former per-token test: a token is outside when the last quote opening at or before it (among
    lo..hi-1) is the quote itself, or closes before the token."""
    out = []
    for t in words:
        if not a <= t.idx < b:
            continue
        k = bisect.bisect_right(opens, t.idx, lo, hi) - 1
        if k < lo or k == idx or t.idx >= closes[k]:
            out.append(t)
    return out


def test_tokens_outside_quotes_are_the_former_per_token_test(blank):
    comp = QuotesComponent(blank, "q")
    doc = spacy.blank("en")(" ".join(f"w{i} ," for i in range(300)))
    comp._words = [t for t in doc if not t.is_space]
    comp._word_starts = [t.idx for t in comp._words]
    rng = random.Random(3)
    n = len(doc.text)
    for _ in range(300):
        cuts = sorted(rng.sample(range(n), 2 * rng.randint(1, 12)))
        opens, closes = cuts[0::2], cuts[1::2]  # disjoint quotes, in order
        lo = rng.randint(0, len(opens) - 1)
        hi = rng.randint(lo, len(opens))
        idx = rng.randint(lo, max(lo, hi - 1))
        a = rng.randint(0, n)
        b = rng.randint(a, n)
        assert comp._tokens_outside(a, b, opens, closes, lo, hi, idx) == _old_outside(
            comp._words, a, b, opens, closes, lo, hi, idx)


def _outside_calls(monkeypatch):
    calls = []
    real = QuotesComponent._tokens_outside

    def spy(self, a, b, opens, closes, lo, hi, idx):
        calls.append(hi - lo)
        return real(self, a, b, opens, closes, lo, hi, idx)

    monkeypatch.setattr(QuotesComponent, "_tokens_outside", spy)
    return calls


def test_a_run_of_quote_marks_is_read_against_neighbours_only(blank, monkeypatch):
    calls = _outside_calls(monkeypatch)
    for run in ('"\u201c\u2018' * 400, '"\u201c\u2018 ' * 400, '\u201cYes,\u201d ' * 400):
        blank(run)
    # a quote among more than MAX_SENTENCE_QUOTES quotes never has them cut out of its sentence one by one
    assert all(n <= MAX_SENTENCE_QUOTES for n in calls)


def test_reported_speech_across_a_few_quotes_still_reads_the_sentence(blank, monkeypatch):
    calls = _outside_calls(monkeypatch)
    doc = blank('Mora called the plan "bold", "overdue" and "fair", adding "we will win," she said.')
    assert calls and max(calls) == 4  # the sentence's four quotes: read across them, not capped
    (quote,) = [d for d in doc._.claimx_drafts if d["quote"] == "we will win,"]
    assert quote["cue"] == "she said"

