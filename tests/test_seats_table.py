"""claimx_seats' per-doc table gives what the Token / Span objects give, on real text."""

import random
from pathlib import Path

from claimx.components.seats import _Table, load_cues

ROOT = Path(__file__).resolve().parents[1]


def _docs(nlp):
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    return list(nlp.pipe(texts))


def test_table_lists_and_span_texts_match_tokens_and_spans(nlp):
    rng = random.Random(7)
    checked = 0
    for doc in _docs(nlp):
        tb = _Table(doc)
        n = len(doc)
        for t in doc:
            i = t.i
            assert (tb.text[i], tb.lower[i]) == (t.text, t.lower_)
            assert (bool(tb.title[i]), bool(tb.upper[i]), bool(tb.stop[i]), bool(tb.alpha[i])) == (t.is_title, t.is_upper, t.is_stop, t.is_alpha)
            assert doc.vocab.strings[tb.ent_ids[i]] == t.ent_type_
            assert tb.space_list[i] == t.is_space
            assert tb.lemma(i) == t.lemma_
        pairs = [(0, n), (n, n), (0, 0)] + [tuple(sorted(rng.sample(range(n + 1), 2))) for _ in range(200)]
        pairs += [(s, s) for s in rng.sample(range(n + 1), 20)]
        for s, e in pairs:
            span = doc[s:e]
            assert tb.span_text(s, e) == span.text, (s, e)
            assert tb.char_bounds(s, e) == (span.start_char, span.end_char), (s, e)
            checked += 1
    assert checked > 1000


def test_starts_near_is_the_phrase_test_it_replaces():
    c = load_cues()
    words = c["undecided_after"]
    samples = ["", " ", "seats", "seats remain undecided", "were still being counted", "and the rest"]
    samples += [f"{pre}{w}{post}" for w in words for pre in ("", "a ", "xx ", "twelve char ", "thirteen char ", "  ")
                for post in ("", " now", "s")]
    for text in samples:
        for within in (0, 5, 12):
            want = any(text.startswith(u) or f" {u}" in " " + text[: len(u) + within] for u in words)
            assert c.starts_near("undecided_after", text, within) == want, (text, within)
