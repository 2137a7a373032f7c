"""claimx_quotes component (placeholder until its extractor lands)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuotesComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("claimx_quotes")
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent(nlp, name)
