"""Stage 5b, breakdown counts: a count of one category of a chamber's seats.

Mixed electoral systems report a party's total and its parts: "won 73 constituency seats", "27 of the
women's seats", "12 list seats", "four proportional seats". A seat noun qualified by a category word is a part
of the party's figure, not its national result; the count keeps its status and party but gets the category in
its body ("National Assembly (constituency seats)") so the checks never compare it with the party's total.
"won 73 seats", "73 parliamentary seats" and "73 seats in the new parliament" are totals. The category words
are data (``seat_categories`` in data/seats/cues.json).
"""

from __future__ import annotations

import re


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


# "during the third round", "In the first phase of voting", "in round two": the counts of one round or phase of a
# staggered vote, a part of the whole (its seats are kept apart from the election's totals)
_PHASE = re.compile(r"\b(?:in|during|at|after|from) (?:the )?(first|second|third|fourth|fifth|final|last|1st|2nd|3rd|4th|5th|"
                    r"opening|runoff|run-off) (round|phase|stage|leg)s?\b|\b(?:in|during|after) (round|phase|stage) "
                    r"(one|two|three|four|five|\d)\b")


_PRESIDENTIAL = re.compile(r"\b(?:president\w*|runoffs?|run-offs?|candidates?)\b")


def phase_of(words_before: str, sentence: str = "") -> str | None:
    """The round or phase that frames a count ("during the third round" -> "third round"), from the lower-case words
    of its sentence before the number; None when none does, or when the sentence (``sentence``, the whole of it) is
    about a presidential vote or its runoff."""
    m = _PHASE.search(words_before)
    if m is None or _PRESIDENTIAL.search(sentence or words_before):
        return None  # (a round of a presidential vote is no phase of the seats' count: "the second round" of a runoff)
    if m.group(1):
        return f"{m.group(1)} {m.group(2)}"
    return f"{m.group(3)} {m.group(4)}"


# "seats allocated to the other islands", "seats reserved for women", "the seats set aside for minorities": seats
# set aside for a part of the country or a group
_ALLOTTED = re.compile(r"^(?:(?:that|which) (?:are|were) )?(?:allocated|allotted|reserved|set aside|assigned) (?:to|for) "
                       r"(?:the )?((?:[\w'’-]+ ){0,3}?[\w'’-]+)(?= ,| \.| in\b| and\b| ;|$)")


def allotted_to(words_after: str) -> str | None:
    """The part the seats are set aside for ("allocated to the other islands" -> "allocated to other islands"), from
    the lower-case words after the seat noun; None when the seats are not said to be set aside."""
    m = _ALLOTTED.match(words_after)
    return m.group(1) if m else None
