"""Stage 1, candidates: numbers that cannot be a seat figure, whatever follows them.

The number Matcher (``data/seats/numbers.jsonl``) finds every number election talk could make a seat figure:
digits, number words, "a single", hedged ranges. Two kinds of number never are one, and are dropped here
before any construction reads them:

- a number word that is part of a name: capitalised in mid-sentence right after or before another
  capitalised word ("an exit poll by Channel Nine", "the Seven Network");
- a label: a number after a capitalised label noun ("District 9", "Ward 12", "Proposition 5"; the nouns are
  ``label_nouns_before`` in ``data/seats/cues.json``);
- the day of a date: after a month, written out or abbreviated ("on Nov. 4", "Sept 30"), or before one
  ("4 November"); the month word must not end a longer name ("the League of the First of June 22").

Each function returns the decision's name (used in the ``rule`` of what is dropped in debugging) or None.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .mention_filter import is_date_word


def number_word_in_name(doc: Doc, start: int, end: int) -> str | None:
    """ "Channel Nine", "Nine Network": a capitalised number word joined to another capitalised word."""
    first = doc[start]
    if first.text[:1].isdigit() or not first.is_title or first.is_sent_start:
        return None
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and before.is_title and not before.is_sent_start and before.is_alpha:
        return "number-word-in-name"
    if after is not None and after.is_title and after.is_alpha and not after.is_sent_start:
        return "number-word-in-name"
    return None


def date_day(doc: Doc, start: int, end: int, in_long_name: bool = False) -> str | None:
    """The day of a date: "Nov. 4", "on September 30", "4 November". ``in_long_name``: the month word before
    the number ends a multiword name ("the League of the First of June 22"), so it is no date."""
    if not doc[start].text[:1].isdigit():
        return None
    prev = doc[start - 1].text if start > 0 else ""  # "Nov." is one token
    if prev and prev[:1].isupper() and is_date_word(prev) and not in_long_name:
        return "date-day"
    if end < len(doc) and doc[end].text[:1].isupper() and is_date_word(doc[end].text) and doc[end].text.rstrip(".").lower() not in ("may", "mar"):
        return "date-day"
    return None


def label_number(doc: Doc, start: int, label_nouns: frozenset[str]) -> str | None:
    """ "District 9", "Ward 12": a capitalised label noun right before the number."""
    if start == 0:
        return None
    prev = doc[start - 1]
    if prev.text[:1].isupper() and prev.lower_ in label_nouns:
        return "label-number"
    return None
