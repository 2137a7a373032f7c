"""claimx_paragraphs: line breaks start sentences; nothing else starts one unless punctuation ended the last."""

import spacy

from claimx.components.paragraphs import ParagraphBreaks


def _starts(doc):
    return [t.text for t in doc if t.is_sent_start]


def test_sentences_start_only_after_final_punctuation_or_a_line_break():
    nlp = spacy.blank("en")
    doc = ParagraphBreaks(nlp, "p")(nlp('Headline Without Stop\nVoters backed Lea Brun, the Conservative. "Yes," she said! It ended'))
    may = {t.text for t in doc if t.is_sent_start is not False}
    assert {"Voters", "It"} <= may and "Brun" not in may and "she" not in may and "the" not in may
    assert "Voters" in _starts(doc)  # the line break decides


def test_the_option_off_leaves_the_parser_free():
    nlp = spacy.blank("en")
    doc = ParagraphBreaks(nlp, "p", punctuation_only=False)(nlp("Voters backed Lea Brun, the Conservative."))
    assert all(t.is_sent_start is None for t in doc[1:])


def test_the_parser_keeps_a_name_in_one_sentence(nlp):
    doc = nlp("Voters backed Lea Brun, the Conservative who defeated Finance Minister Otto Vahl in his riding.")
    assert len(list(doc.sents)) == 1
    assert "Lea Brun" in [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_token_char_tests_agree_with_the_token_texts():
    """The code-point reading gives what testing each token's text in Python gives (corpus/ and odd text)."""
    from pathlib import Path

    from claimx.components.paragraphs import _CLOSERS, _FINAL, token_char_tests

    nlp = spacy.blank("en")
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path("corpus").rglob("*.txt"))]
    texts.append('Émoji 🗳️ vote…\n\n  «Oui» — “Yes.”\t(ok)]\r\nA 😀.” Done?!\n')
    for text in texts:
        doc = nlp(text)
        newline, final, closer = token_char_tests(doc, doc.text)
        assert newline.tolist() == ["\n" in t.text for t in doc]
        assert final.tolist() == [t.text.endswith(_FINAL) for t in doc]
        assert closer.tolist() == [t.text in _CLOSERS for t in doc]


def test_closers_are_looked_through_to_the_word_and_a_long_run_costs_linear_time():
    """'... she said." "Next' -- a token after closing quotes is a start only when the word before them ended a
    sentence; a line break among the closers leaves the token to the parser. 40,000 closing quotes (the run that
    took a walk back per mark) are done in well under a second."""
    import time

    nlp = spacy.blank("en")
    comp = ParagraphBreaks(nlp, "p")
    doc = comp(nlp('He won." " " Then she spoke\nand left " " Later'))
    verdict = {t.text: t.is_sent_start for t in doc if t.text in ("Then", "Later", "and")}
    assert verdict["Then"] is not False and verdict["Later"] is False and verdict["and"] is True
    doc = nlp('Word ' + '" ' * 40_000 + "End")
    t = time.perf_counter()
    comp(doc)
    assert time.perf_counter() - t < 1.0
    assert doc[-1].is_sent_start is False
