"""Helpers for the quote tests: the one quote a fragment belongs to."""

from __future__ import annotations


def one(quotes, fragment: str):
    """The single quote whose words contain ``fragment`` (fails, listing the quotes, when there is not exactly one)."""
    hits = [q for q in quotes if fragment in q.quote]
    assert len(hits) == 1, [(q.quote, q.speaker) for q in quotes]
    return hits[0]
