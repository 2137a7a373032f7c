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
