"""LongRunTokenizer: whitespace-free runs tokenized in linear time; normal text tokenized exactly as before."""

import time

import spacy

from claimx.longruns import MAX_RUN, LongRunTokenizer


def test_normal_text_gets_the_same_tokens():
    nlp = spacy.blank("en")
    guarded = LongRunTokenizer(nlp.tokenizer)
    text = ('The Labour Party won 12 seats.  "We will govern," said Ann Roe (the leader).\n\n'
            "See https://example.org/results/2026/a-long-but-normal-address?ref=front-page for details.")
    assert [(t.text, t.whitespace_) for t in guarded(text)] == [(t.text, t.whitespace_) for t in nlp.tokenizer(text)]


def test_a_long_run_keeps_the_text_and_costs_linear_time():
    nlp = spacy.blank("en")
    guarded = LongRunTokenizer(nlp.tokenizer)
    for unit in ('"\u201c\u2018', ")", "-."):
        small = unit * (3 * MAX_RUN // len(unit))
        big = "Before it " + unit * (40 * MAX_RUN // len(unit)) + "  after it."
        doc = guarded(big)
        assert doc.text == big
        assert doc[0].text == "Before" and doc[-1].text == "." and doc[-2].text == "it"
        t = time.perf_counter()
        guarded(small)
        t_small = time.perf_counter() - t
        t = time.perf_counter()
        guarded(big)
        t_big = time.perf_counter() - t
        assert t_big < 40 * (t_small + 0.002), (unit, t_small, t_big)  # ~13x the text: linear, with slack


def test_the_pipeline_uses_it(nlp):
    text = "The Green Party won 3 seats. " + '"\u201c\u2018' * 2000
    doc = nlp(text)
    assert doc.text == text and any(t.text == "Green" for t in doc)
    assert isinstance(nlp.tokenizer, LongRunTokenizer)
