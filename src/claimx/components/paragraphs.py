"""claimx_paragraphs: a line break in an article ends a sentence.

News text puts the headline, the standfirst and each paragraph on lines of their own,
often without final punctuation ("Trump Congratulates Carney as Canada Re-Elects Liberal
Govt"). Placed before the parser (or senter), this component marks the first token after
each line break as a sentence start, which the parser then respects. Work is per line,
not per token.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..doctext import doc_text

_BREAK = re.compile(r"\n\s*")


class ParagraphBreaks:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if "\n" not in text:
            return doc
        for m in _BREAK.finditer(text):
            end = m.end()
            if end >= len(text):
                break
            span = doc.char_span(end, end + 1, alignment_mode="expand")
            if span is not None and span.start > 0:
                doc[span.start].is_sent_start = True
        return doc


@Language.factory("claimx_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks(nlp, name)
