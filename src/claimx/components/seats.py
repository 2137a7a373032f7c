"""claimx_seats component (placeholder until its extractor lands)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class SeatsComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("claimx_seats")
def make_seats(nlp: Language, name: str) -> SeatsComponent:
    return SeatsComponent(nlp, name)
