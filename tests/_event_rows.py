"""The rows of the event construction tests (test_events_round14.py to test_events_round17.py): the event claims of
an invented article body under a headline, as (kind, actor, target) or (kind, actor). A body that opens with "H:"
is a whole article with its own headline."""

from __future__ import annotations

HEADLINE = "Ostria votes"


def event_claims(extract, text: str, headline: str = HEADLINE) -> list:
    text = text[2:].lstrip() if text.startswith("H:") else f"{headline}\n\n{text}"
    return [c for c in extract(text + "\n") if c.type == "event"]


def event_rows(extract, text: str, headline: str = HEADLINE) -> list[tuple]:
    """(kind, actor, target) of each event claim."""
    return [(c.kind, c.actor, c.target) for c in event_claims(extract, text, headline)]


def event_pairs(extract, text: str, headline: str = HEADLINE) -> list[tuple]:
    """(kind, actor) of each event claim."""
    return [(c.kind, c.actor) for c in event_claims(extract, text, headline)]


def assert_event(extract, text: str, row: tuple, present: bool = True, headline: str = HEADLINE) -> None:
    """``row`` ((kind, actor) or (kind, actor, target)) is among the article's events, or with ``present`` False is
    not."""
    found = (event_pairs if len(row) == 2 else event_rows)(extract, text, headline)
    assert (row in found) == present, (row, found)
