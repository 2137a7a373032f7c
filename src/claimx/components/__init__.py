"""claimx's spaCy components; importing this package registers their factories.

One module (and one data folder) per component:
- ``paragraphs``: a line break ends a sentence (runs before the parser);
- ``entities``: rule layer over any pipeline (countries, nationalities, parties, legislatures, titles);
- ``seats``: seat counts, changes, chamber sizes, majority thresholds and status;
- ``quotes``: direct quotes and their speakers;
- ``events``: congratulate, call, meet, win, lose, concede, resign, accuse, form_government, announce.
"""

from . import entities, events, paragraphs, quotes, seats  # noqa: F401

__all__ = ["entities", "events", "paragraphs", "quotes", "seats"]
