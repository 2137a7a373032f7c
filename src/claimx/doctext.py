"""A Doc's text and its tokens' strings, built once.

spaCy's ``Doc.text`` joins the tokens' texts on every access (one Python Token object per token). Several
claimx components and the claim builder need the text of the same Doc; ``doc_text`` builds it once from
the token arrays and keeps it while the Doc lives (a Doc's text never changes). ``token_words`` does the same
for the tokens' texts and lowercase forms, which claimx_seats and the mention resolver both read.
"""

from __future__ import annotations

import weakref

import numpy
from spacy.attrs import DEP, HEAD, IDX, LENGTH, LOWER, ORTH, POS, SENT_START, SPACY
from spacy.tokens import Doc, Span

from .longruns import SOURCE_TEXT

_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()
_WORDS: weakref.WeakKeyDictionary[Doc, tuple[list[str], list[str]]] = weakref.WeakKeyDictionary()
_PARSE: weakref.WeakKeyDictionary[Doc, tuple[list[str], list[str], list[int]]] = weakref.WeakKeyDictionary()
_IDS: weakref.WeakKeyDictionary[Doc, tuple[numpy.ndarray, list[int], list[int]]] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """The same string as ``doc.text``, computed once per Doc."""
    text = _TEXTS.get(doc)
    if text is None:
        texts = token_words(doc)[0]
        spaces = doc.to_array(SPACY).tolist() if len(doc) else []
        text = _TEXTS[doc] = "".join([w + " " if space else w for w, space in zip(texts, spaces)])
    return text


def source_text(doc: Doc) -> str:
    """The text the Doc was made from: ``doc.text``, except where the tokenizer read a lone CR as a LF
    (:mod:`claimx.longruns`): then the text as given, same length, CRs included."""
    return doc.user_data.get(SOURCE_TEXT) or doc_text(doc)


def span_text(span: Span) -> str:
    """The same string as ``span.text``, cut from the Doc's text read once (``Span.text`` joins its tokens'
    texts, a Token object each, on every access)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def token_words(doc: Doc) -> tuple[list[str], list[str]]:
    """(``[t.text for t in doc]``, ``[t.lower_ for t in doc]``), read from the token arrays once per Doc."""
    words = _WORDS.get(doc)
    if words is None:
        strings = doc.vocab.strings
        orths, lowers = doc.to_array([ORTH, LOWER]).T.tolist() if len(doc) else ([], [])
        words = _WORDS[doc] = ([strings[h] for h in orths], [strings[h] for h in lowers])
    return words


def token_ids(doc: Doc) -> tuple[numpy.ndarray, list[int], list[int]]:
    """(``doc.to_array([LOWER, ORTH])``, its LOWER column as a list, its ORTH column as a list), read once per Doc:
    the anchored matchers of several components look up the same tokens' ids."""
    ids = _IDS.get(doc)
    if ids is None:
        arr = doc.to_array([LOWER, ORTH]) if len(doc) else numpy.zeros((0, 2), dtype="uint64")
        ids = _IDS[doc] = (arr, arr[:, 0].tolist(), arr[:, 1].tolist())
    return ids


def token_parse(doc: Doc) -> tuple[list[str], list[str], list[int]]:
    """(``[t.pos_ ...]``, ``[t.dep_ ...]``, ``[t.head.i ...]``) for the Doc's tokens, read from the arrays once per
    Doc: a scan for a part of speech or a dependency makes no Token objects."""
    parse = _PARSE.get(doc)
    if parse is None:
        strings = doc.vocab.strings
        if len(doc):
            pos, dep = doc.to_array([POS, DEP]).T.tolist()
            head = doc.to_array(HEAD).astype("int64").tolist()  # (offsets to the head, stored unsigned)
        else:
            pos, dep, head = [], [], []
        parse = _PARSE[doc] = ([strings[h] if h else "" for h in pos], [strings[h] if h else "" for h in dep],
                               [i + rel for i, rel in enumerate(head)])
    return parse


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indices of ``doc.sents``, read from the SENT_START array (no Span objects).
    The Doc must have sentence boundaries (as ``doc.sents`` requires)."""
    if "sents" in doc.user_hooks:  # a component defines the sentences itself
        return [(s.start, s.end) for s in doc.sents]
    starts = numpy.flatnonzero(doc.to_array([SENT_START]).reshape(-1) == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return list(zip(starts, starts[1:] + [len(doc)]))


def sentence_char_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(``s.start_char``, ``s.end_char``) for each sentence ``s`` of ``doc.sents``."""
    if not len(doc):
        return []
    idx, length = doc.to_array([IDX, LENGTH]).T.tolist()
    return [(idx[a], idx[b - 1] + length[b - 1]) for a, b in sentence_bounds(doc) if b > a]
