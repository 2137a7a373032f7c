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


def _run_parts(nlp, doc):
    """The seats component's context for ``doc`` (as ``SeatsComponent._run`` builds it), and the component."""
    from claimx.components.seats import _Ctx, _sentences, _table

    seats = nlp.get_pipe("claimx_seats")
    sents = _sentences(doc)
    sent_of = [None] * len(doc)
    for k, s in enumerate(sents):
        sent_of[s.start : s.end] = [k] * (s.end - s.start)
    _table(doc)
    return seats, _Ctx(doc, seats.cues, [], {}, sents, sent_of, None)


def test_seat_sentences_are_the_sentences_with_a_seat_noun(nlp):
    found = 0
    texts = ["The 40-seat chamber met.\nNo seats here. A 12-SEAT bloc. Nothing.", "No numbers at all."]
    for doc in _docs(nlp) + [nlp(t) for t in texts]:
        seats, ctx = _run_parts(nlp, doc)
        nouns = seats.cues["seat_nouns"]
        want = {k for k, s in enumerate(ctx.sents) if any(t.lower_ in nouns or t.lower_.endswith("-seat") for t in s)}
        assert ctx.seat_sentences() == want
        found += len(want)
    assert found > 20


def test_hedge_is_the_search_it_replaces(nlp):
    """``NumberReader.hedge`` against the plain search: every hedge length, with and without one word between."""
    from claimx.components.seats import Num

    checked = 0
    texts = ["It won more than 200 seats, about a dozen, an estimated 40, just under a hundred and some 30."]
    for doc in _docs(nlp) + [nlp(t) for t in texts]:
        seats, _ = _run_parts(nlp, doc)
        for t in doc:
            if not t.like_num:
                continue
            best = None
            for rank, (words, approx) in enumerate(seats.numbers.qualifiers):
                for gap in (0, 1):
                    s = t.i - gap - len(words)
                    if s < 0 or [w.lower_ for w in doc[s : t.i - gap]] != words:
                        continue
                    # (no "the" between: "more than the 76 needed" compares, round 14)
                    if gap and doc[t.i - 1].lower_ not in ("a", "an", "just", "only", "some"):
                        continue
                    if best is None or (rank, gap) < best[:2]:
                        best = (rank, gap, s, approx)
            num = Num(t.i, t.i + 1, 1, t.i)
            seats.numbers.hedge(doc, num)
            want = (t.i, None) if best is None else (best[2], " ".join(seats.numbers.qualifiers[best[0]][0]) if best[3] else None)
            assert (num.qstart, num.qualifier) == want, t.i
            checked += best is not None
    assert checked > 20


def test_word_gates_never_skip_a_match(nlp):
    """The cheap word tests run before three of the rules' regexes hold wherever the regex matches (on every
    position of real text and of made-up phrases)."""
    from claimx.components.seats import _COMPARATIVES, _rx, _table, load_cues

    c = load_cues()
    majority = _rx(r"(?:^|\b(?:a|an|the) )(?:simple |absolute |outright |overall |working |clear |bare |governing )?majority (?:(?:in|of) (?:the|a|an|this|that) [^.;:]{0,40}? )?(?:requires|required|needs|is|means|would be|stands at|takes)(?: at least| a minimum of)?\s*$")
    more = _rx(r"^(?:seats? )?(more|fewer|less)(?: seats?)? than\b")
    texts = ["A majority requires 76. The simple majority in the new house is 51. It won 3 seats more than the Greens, "
             "two fewer than before, 5 less than that. They made a gain of 4 and their losses of \n 7 were a drop of 2."]
    hits = [0, 0, 0]
    for doc in _docs(nlp) + [nlp(t) for t in texts]:
        lower = _table(doc).lower
        for i in range(len(doc) + 1):
            before12, after4, before6 = " ".join(lower[max(0, i - 12) : i]), " ".join(lower[i : i + 4]), " ".join(lower[max(0, i - 6) : i])
            if majority.search(before12):
                hits[0] += 1
                assert "majority" in lower[max(0, i - 12) : i]
            if more.match(after4):
                hits[1] += 1
                assert not _COMPARATIVES.isdisjoint(lower[i : i + 2])
            if c.noun_of("change_nouns_pos").search(before6) or c.noun_of("change_nouns_neg").search(before6):
                hits[2] += 1
                assert before6.rstrip().endswith("of")
    assert min(hits) > 0, hits


def test_where_finds_the_tokens_with_those_lowercase_forms(nlp):
    c = load_cues()
    found = 0
    for doc in _docs(nlp):
        tb = _Table(doc)
        for words in (c["seat_nouns"], frozenset(("of", "in")), {"the": 1, "party": 2}, frozenset()):
            want = [t.i for t in doc if t.lower_ in words]
            assert tb.where(words) == want
            found += len(want)
    assert found > 100
