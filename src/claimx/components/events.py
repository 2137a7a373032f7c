"""claimx_events component (placeholder until its extractor lands)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EventsComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("claimx_events")
def make_events(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent(nlp, name)
