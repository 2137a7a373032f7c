"""claimx_paragraphs: a line break in an article ends a sentence.

News text puts the headline, the standfirst and each paragraph on lines of their own,
often without final punctuation ("Trump Congratulates Carney as Canada Re-Elects Liberal
Govt"). Placed before the parser (or senter), this component marks the first token after
each line break as a sentence start, which the parser then respects. Work is per line,
not per token.

With ``punctuation_only`` (the default) it also marks every other token as *not* a sentence start
unless the token before it ends a sentence (". ! ? … ; :", possibly followed by closing quotes or
brackets): a statistical parser sometimes splits a sentence in the middle of a name ("Voters backed
Lea | Brun, the Conservative who ..."), and then no entity, quote or event can span the cut.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..doctext import doc_text

_BREAK = re.compile(r"\n\s*")
_FINAL = (".", "!", "?", "\u2026", ";", ":")
_CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")", "]", "\u00bb"})


class ParagraphBreaks:
    def __init__(self, nlp: Language, name: str, punctuation_only: bool = True):
        self.name = name
        self.punctuation_only = punctuation_only

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        for m in _BREAK.finditer(text) if "\n" in text else ():
            end = m.end()
            if end >= len(text):
                break
            span = doc.char_span(end, end + 1, alignment_mode="expand")
            if span is not None and span.start > 0:
                doc[span.start].is_sent_start = True
        if self.punctuation_only:
            _no_starts_mid_sentence(doc)
        return doc


def _no_starts_mid_sentence(doc: Doc) -> None:
    """Mark tokens that cannot start a sentence (nothing before them ends one) as ``is_sent_start = False``;
    tokens after a line break, after final punctuation and whitespace tokens are left to the parser."""
    n = len(doc)
    if n < 2:
        return
    texts = [t.text for t in doc]
    space = [t.is_space for t in doc]
    newline_after = ["\n" in t.whitespace_ or "\n" in t.text for t in doc]
    values = doc.to_array([SENT_START]).astype(numpy.int64)
    for i in range(1, n):
        if values[i] == 1 or space[i] or newline_after[i - 1]:
            continue
        k = i - 1
        while k > 0 and (space[k] or texts[k] in _CLOSERS) and not newline_after[k]:
            k -= 1
        if newline_after[k] and k < i - 1:
            continue  # a line break before the closers / spaces
        if not texts[k].endswith(_FINAL):
            values[i] = -1
    doc.from_array([SENT_START], values.view(numpy.uint64))


@Language.factory("claimx_paragraphs", default_config={"punctuation_only": True})
def make_paragraphs(nlp: Language, name: str, punctuation_only: bool) -> ParagraphBreaks:
    return ParagraphBreaks(nlp, name, punctuation_only)
