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


def test_a_lone_cr_is_read_as_a_line_feed_and_the_text_kept():
    from claimx.doctext import source_text
    from claimx.longruns import SOURCE_TEXT

    nlp = spacy.blank("en")
    guarded = LongRunTokenizer(nlp.tokenizer)
    lf = "The Blue Party won 12 seats.\n\nThe Red Party won 3.\nEnd."
    cr = lf.replace("\n", "\r")
    doc = guarded(cr)
    assert doc.text == lf and doc.user_data[SOURCE_TEXT] == cr and source_text(doc) == cr
    assert [t.text for t in doc] == [t.text for t in guarded(lf)]
    # must not fire: LF and CRLF texts are tokenized as they are, nothing kept aside
    for text in (lf, lf.replace("\n", "\r\n")):
        doc = guarded(text)
        assert doc.text == text and SOURCE_TEXT not in doc.user_data and source_text(doc) == text
    # a mixed file: only the lone CRs are read as LFs (offsets unchanged)
    mixed = "One.\r\nTwo.\rThree.\r\r\nFour."
    doc = guarded(mixed)
    assert doc.text == "One.\r\nTwo.\nThree.\n\r\nFour." and source_text(doc) == mixed


def test_cr_only_articles_get_the_claims_of_their_lf_twins(nlp):
    """The seed corpus (invented articles) with its line ends turned into lone CRs: the same claims, on the same
    lines, evidence taken from the CR text (a lone CR used to change the parse: 83 of 710 claims differed)."""
    from pathlib import Path

    from claimx.extract import extract_text

    for path in sorted((Path(__file__).parent.parent / "corpus").glob("*.txt")):
        lf = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        cr = lf.replace("\n", "\r")
        want = [(c.type, c.span.start, c.span.end, c.line, c.rule) for c in extract_text(nlp, lf)]
        got = extract_text(nlp, cr)
        assert [(c.type, c.span.start, c.span.end, c.line, c.rule) for c in got] == want, path.name
        assert all(cr[c.span.start : c.span.end] == c.evidence for c in got), path.name


def test_a_run_of_quote_marks_is_cut_into_tokens_of_mark_run_marks():
    from claimx.longruns import MARK_RUN

    nlp = spacy.blank("en")
    guarded = LongRunTokenizer(nlp.tokenizer)
    run = '"\u201c\u2018' * 100  # 300 marks, no space: 300 tokens for spaCy
    text = "Ann Roe said " + run + " and left.\n\n\u201cWe won,\u201d said Ann Roe."
    doc = guarded(text)
    assert doc.text == text
    marks = [t.text for t in doc if set(t.text) <= set(run)]
    assert [len(m) for m in marks[: 300 // MARK_RUN + 1]] == [MARK_RUN] * (300 // MARK_RUN) + [300 % MARK_RUN]
    assert [t.text for t in doc][:3] == ["Ann", "Roe", "said"] and doc[3 + 300 // MARK_RUN].whitespace_ == " "
    # must not fire: the closing marks of nested quotes, and runs up to MARK_RUN marks, keep spaCy's tokens
    for normal in ("\u2018No,\u2019 he said.\u2019\u201d Then \u201c\u2018yes\u2019\u201d.", "x " + '"' * MARK_RUN + " y"):
        assert [(t.text, t.whitespace_) for t in guarded(normal)] == [(t.text, t.whitespace_) for t in nlp.tokenizer(normal)]


def test_quotes_around_a_run_of_marks_are_still_found(nlp):
    from claimx.extract import extract_text

    text = ('\u201cWe will govern,\u201d said Ann Roe, the Blue Party leader.\n\n' + '"\u201c\u2018' * 500
            + '\n\n\u201cThe count is not over,\u201d said Bo Lind, the Red Party leader.\n')
    quotes = [c for c in extract_text(nlp, text) if c.type == "quote"]
    assert {(c.speaker, text[c.span.start : c.span.end] == c.evidence) for c in quotes} >= {("Ann Roe", True), ("Bo Lind", True)}
