"""claimx_entities component (placeholder until its extractor lands)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EntitiesComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("claimx_entities")
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    return EntitiesComponent(nlp, name)
