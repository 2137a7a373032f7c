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
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..doctext import doc_text

_BREAK = re.compile(r"[\r\n]\s*")  # a line break: LF, CRLF, or a lone CR (old Mac files)
_FINAL = (".", "!", "?", "\u2026", ";", ":")
_CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")", "]", "\u00bb"})


def _code_table(chars) -> numpy.ndarray:
    """A bool look-up table by code point (the last entry, False, stands for every higher code point)."""
    table = numpy.zeros(max(ord(c) for c in chars) + 2, dtype=bool)
    table[[ord(c) for c in chars]] = True
    return table


_IS_FINAL = _code_table(_FINAL)
_IS_CLOSER = _code_table(_CLOSERS)


class ParagraphBreaks:
    def __init__(self, nlp: Language, name: str, punctuation_only: bool = True):
        self.name = name
        self.punctuation_only = punctuation_only

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        breaks = _break_tokens(doc, text) if "\n" in text or "\r" in text else []
        if self.punctuation_only:
            _no_starts_mid_sentence(doc, text, breaks)
        else:
            for i in breaks:
                doc[i].is_sent_start = True
        return doc


def _break_tokens(doc: Doc, text: str) -> list[int]:
    """The tokens right after each line break (the first token of a line), the first token excluded."""
    starts = doc.to_array(IDX).tolist()
    out = []
    for m in _BREAK.finditer(text):
        end = m.end()
        if end >= len(text):
            break
        i = bisect.bisect_left(starts, end)  # the token starting right after the break (the usual case)
        if i == len(starts) or starts[i] != end:
            span = doc.char_span(end, end + 1, alignment_mode="expand")
            i = span.start if span is not None else 0
        if i > 0:
            out.append(i)
    return out


def token_char_tests(doc: Doc, text: str) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """Per token, as bool arrays: its text holds a newline; it ends with final punctuation (``_FINAL``); it is a
    closing quote or bracket (``_CLOSERS``). Read from the text's code points at the tokens' offsets, which
    gives the same answers as testing each token's text in Python, without a Python step per token."""
    codes = numpy.frombuffer(text.encode("utf-32-le"), dtype=numpy.uint32)
    idx, length = doc.to_array([IDX, LENGTH]).astype(numpy.int64).T
    newlines = numpy.concatenate(([0], numpy.cumsum(codes == 10)))
    newline = newlines[idx + length] > newlines[idx]
    nonempty = length > 0
    last = codes[numpy.where(nonempty, idx + length - 1, 0)]
    final = nonempty & _IS_FINAL[numpy.minimum(last, len(_IS_FINAL) - 1)]
    first = codes[numpy.minimum(idx, len(codes) - 1)]
    closer = (length == 1) & _IS_CLOSER[numpy.minimum(first, len(_IS_CLOSER) - 1)]
    return newline, final, closer


def _no_starts_mid_sentence(doc: Doc, text: str, breaks: list[int]) -> None:
    """Mark the ``breaks`` tokens as sentence starts, and the tokens that cannot start a sentence (nothing before
    them ends one) as ``is_sent_start = False``; tokens after a line break, after final punctuation and whitespace
    tokens are left to the parser. Whole-doc arrays and one ``from_array``; only a token after closing quotes or
    brackets looks further back (vectorised too)."""
    n = len(doc)
    if n < 2:
        for i in breaks:
            doc[i].is_sent_start = True
        return
    arr = doc.to_array([IS_SPACE, SENT_START])
    space = arr[:, 0].astype(bool)
    values = arr[:, 1].astype(numpy.int64)
    values[breaks] = 1
    newline, final, closer = token_char_tests(doc, text)  # (a token's whitespace is never a newline)
    skip = space | closer  # looked through, back to the word
    cand = numpy.flatnonzero((values[1:] != 1) & ~space[1:] & ~newline[:-1]) + 1
    plain = cand[~skip[cand - 1]]
    values[plain[~final[plain - 1]]] = -1  # the token before is a word: a start only after final punctuation
    # a token after closers / spaces looks back through them to the word: the nearest token before it that is
    # no closer or space, holds a line break, or is the first token. Found for all tokens at once (a running
    # maximum of such positions), not by a walk back from each token, which costs the square of a run's length.
    after = cand[skip[cand - 1]]
    if len(after):
        stop = ~skip | newline
        stop[0] = True
        back = numpy.maximum.accumulate(numpy.where(stop, numpy.arange(n), 0))
        k = back[after - 1]
        keep = newline[k] & (k < after - 1)  # a line break before the closers / spaces
        values[after[~keep & ~final[k]]] = -1
    doc.from_array([SENT_START], values.view(numpy.uint64))


@Language.factory("claimx_paragraphs", default_config={"punctuation_only": True})
def make_paragraphs(nlp: Language, name: str, punctuation_only: bool) -> ParagraphBreaks:
    return ParagraphBreaks(nlp, name, punctuation_only)
