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

import bisect
import re

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..doctext import doc_text, token_words

_BREAK = re.compile(r"\n\s*")
_FINAL = (".", "!", "?", "\u2026", ";", ":")
_CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")", "]", "\u00bb"})


class ParagraphBreaks:
    def __init__(self, nlp: Language, name: str, punctuation_only: bool = True):
        self.name = name
        self.punctuation_only = punctuation_only

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        starts = doc.to_array(IDX).tolist() if "\n" in text else []
        for m in _BREAK.finditer(text) if starts else ():
            end = m.end()
            if end >= len(text):
                break
            i = bisect.bisect_left(starts, end)  # the token starting right after the break (the usual case)
            if i == len(starts) or starts[i] != end:
                span = doc.char_span(end, end + 1, alignment_mode="expand")
                i = span.start if span is not None else 0
            if i > 0:
                doc[i].is_sent_start = True
        if self.punctuation_only:
            _no_starts_mid_sentence(doc)
        return doc


def _no_starts_mid_sentence(doc: Doc) -> None:
    """Mark tokens that cannot start a sentence (nothing before them ends one) as ``is_sent_start = False``;
    tokens after a line break, after final punctuation and whitespace tokens are left to the parser.
    Whole-doc arrays; only a token after closing quotes or brackets looks further back in Python."""
    n = len(doc)
    if n < 2:
        return
    arr = doc.to_array([IS_SPACE, SENT_START])
    texts = token_words(doc)[0]
    space = arr[:, 0].astype(bool)
    values = arr[:, 1].astype(numpy.int64)
    newline = numpy.fromiter(("\n" in t for t in texts), dtype=bool, count=n)  # (a token's whitespace is never one)
    final = numpy.fromiter((t.endswith(_FINAL) for t in texts), dtype=bool, count=n)
    skip = space | numpy.fromiter((t in _CLOSERS for t in texts), dtype=bool, count=n)  # looked through, back to the word
    cand = numpy.flatnonzero((values[1:] != 1) & ~space[1:] & ~newline[:-1]) + 1
    plain = cand[~skip[cand - 1]]
    values[plain[~final[plain - 1]]] = -1  # the token before is a word: a start only after final punctuation
    for i in cand[skip[cand - 1]].tolist():
        k = i - 1
        while k > 0 and skip[k] and not newline[k]:
            k -= 1
        if newline[k] and k < i - 1:
            continue  # a line break before the closers / spaces
        if not final[k]:
            values[i] = -1
    doc.from_array([SENT_START], values.view(numpy.uint64))


@Language.factory("claimx_paragraphs", default_config={"punctuation_only": True})
def make_paragraphs(nlp: Language, name: str, punctuation_only: bool) -> ParagraphBreaks:
    return ParagraphBreaks(nlp, name, punctuation_only)
