"""A Doc's text, built once.

spaCy's ``Doc.text`` joins the tokens' texts on every access (one Python Token object per token). Several
claimx components and the claim builder need the text of the same Doc; ``doc_text`` builds it once from
the token arrays and keeps it while the Doc lives (a Doc's text never changes).
"""

from __future__ import annotations

import weakref

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc

_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """The same string as ``doc.text``, computed once per Doc."""
    text = _TEXTS.get(doc)
    if text is None:
        strings = doc.vocab.strings
        orths, spaces = doc.to_array([ORTH, SPACY]).T.tolist() if len(doc) else ([], [])
        text = _TEXTS[doc] = "".join([strings[orth] + " " if space else strings[orth] for orth, space in zip(orths, spaces)])
    return text
