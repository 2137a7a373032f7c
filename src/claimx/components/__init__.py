"""claimx's spaCy components; importing this package registers their factories.

One module (and one data folder) per component:
- ``paragraphs``: a line break ends a sentence (runs before the parser);
- ``entities``: rule layer over any pipeline (countries, nationalities, parties, legislatures, titles);
- ``seats``: seat counts, changes, chamber sizes and majority thresholds;
- ``majority``: majority status (a party's majority, minority, shortfall, supermajority);
- ``quotes``: direct quotes and their speakers;
- ``events``: congratulate, call, meet, win, lose, concede, resign, accuse, form_government, announce.
"""

from . import entities, events, majority, paragraphs, quotes, seats  # noqa: F401

__all__ = ["entities", "events", "majority", "paragraphs", "quotes", "seats"]
