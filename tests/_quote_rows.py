"""The rows of the quote construction tests (test_quotes_round15.py to test_quotes_round17.py): each quote of an
invented article by the first nine characters of its words, with its speaker (and the rule that found it)."""

from __future__ import annotations


def quote_speakers(extract, text: str) -> dict[str, str | None]:
    return {c.quote[:9]: c.speaker for c in extract(text) if c.type == "quote"}


def quote_speakers_and_rules(extract, text: str) -> dict[str, tuple[str | None, str]]:
    return {c.quote[:9]: (c.speaker, c.rule) for c in extract(text) if c.type == "quote"}


def assert_speaker(extract, text: str, quote: str, speaker: str | None) -> None:
    """The quote opening with ``quote`` (nine characters) is given to ``speaker``."""
    quotes = quote_speakers(extract, text)
    assert quotes[quote] == speaker, quotes
