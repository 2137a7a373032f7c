"""Stage 5b, breakdown counts: a count of one category of a chamber's seats.

Mixed electoral systems report a party's total and its parts: "won 73 constituency seats", "27 of the
women's seats", "12 list seats", "four proportional seats". A seat noun qualified by a category word is a part
of the party's figure, not its national result; the count keeps its status and party but gets the category in
its body ("National Assembly (constituency seats)") so the checks never compare it with the party's total.
"won 73 seats", "73 parliamentary seats" and "73 seats in the new parliament" are totals. The category words
are data (``seat_categories`` in data/seats/cues.json).
"""

from __future__ import annotations


def seat_category(doc, start: int, end: int, categories: frozenset[str]) -> str | None:
    """The category word between a count's number (ending at ``start``) and the end of its seat noun
    (``end``, exclusive): "73 constituency seats" -> "constituency", "27 of the women's seats" -> "women's"."""
    words = [t.lower_ for t in doc[start:end]]
    for k, w in enumerate(words):
        if w in categories:
            return w
        if w in ("'s", "’s") and k and words[k - 1] + "'s" in categories:
            return words[k - 1] + "'s"
    return None


def breakdown_body(body: str | None, category: str) -> str:
    return f"{body or 'chamber'} ({category} seats)"
