"""Stage 2, what a number counts: seat changes in the forms the older change constructions miss.

``change_before_after(before, after)`` takes the lower-case words of the number's clause before it and the
words after the number (and its seat noun) and returns (sign, construction) or None:

- "increased its tally by nine seats", "fell by 15", "went up by nine", "saw its count drop by 15": a
  movement verb, then "by" right before the number;
- "the vote cost the X 15 seats", "has lost her party about 20 seats": a loss inflicted on an object;
- "lost 15 of its 55 seats": the first number of "lost N of its M" (M is the previous count);
- "X's losses amounted to 15 seats", "its gains totalled nine": a change noun as the subject;
- "won nine more seats than last time / than in 2019": a comparison with an earlier election (a
  comparison with another party, "nine more seats than the Y", is no change).
"""

from __future__ import annotations

import re

_UP = r"(?:increased|increases|increase|increasing|rose|rise|rises|rising|grew|grow|grows|growing|climbed|climb|climbs|jumped|jump|jumps|improved|improve|improves|went up|goes up|go up|gone up|up)"
_DOWN = r"(?:fell|fall|falls|falling|dropped|drop|drops|dropping|declined|decline|declines|decreased|decrease|decreases|shrank|shrink|shrinks|slipped|slip|slips|slumped|slump|reduced|cut|went down|goes down|go down|gone down|down)"
_BY_UP = re.compile(rf"\b{_UP}\b(?: [\w'’]+){{0,4}}? by(?: (?:about|around|some|nearly|almost|roughly|just|only|at least|more than))?\s*$")
_BY_DOWN = re.compile(rf"\b{_DOWN}\b(?: [\w'’]+){{0,4}}? by(?: (?:about|around|some|nearly|almost|roughly|just|only|at least|more than))?\s*$")
# "cost the Marsh Party 15 seats", "cost it 15 seats", "lost her party 20 seats", "lost the alliance 20 seats"
_COST = re.compile(r"(?:\b(?:cost|costs|costing) (?:the |its |their |his |her )?(?:[\w'’]+ ){0,3}?[\w'’]+"
                   r"|\b(?:lost|lose|loses|losing) (?:the|its|their|his|her) (?:party|alliance|coalition|bloc|front))"
                   r"(?: (?:about|around|some|nearly|almost|roughly|at least|more than))?\s*$")
_LOST_OF = re.compile(r"^(?:seats? )?of (?:its|their|the) ")
_LOSS_SUBJECT = re.compile(r"\b(?:losses|loss|gains|gain|net gain|net loss)(?: \w+)? (?:amounted to|amount to|totalled|totaled|total|totals|came to|reached|were|was|stood at)(?: (?:about|around|some|nearly|almost))?\s*$")
_MORE_THAN_BEFORE = re.compile(r"^(?:seats? )?(more|fewer|less)(?: seats?)? than (?:it (?:won|had|got|held) )?(?:last time|in (?:19|20)\d\d|in the (?:last|previous|prior|past)|at the (?:last|previous)|before|previously|(?:four|five|three|two) years ago)")


_SIGN_WORD = re.compile(r"\b(minus|plus)\s*$")
_VERB_SINCE_NEG = re.compile(r"\b(?:lost|losing|lose|loses|shed|shedding|dropped|dropping)(?: (?:about|around|some|nearly|almost|roughly|just|only))?\s*$")
_VERB_SINCE_POS = re.compile(r"\b(?:gained|gaining|gain|gains|added|adding)(?: (?:about|around|some|nearly|almost|roughly|just|only))?\s*$")
_SINCE = re.compile(r"^(?:seats? |mandates? )?(?:since|compared (?:with|to)|on (?:its|their|the) (?:last|previous|20\d\d))\b")


def change_before_after(before: str, after: str, lost_verb_before: bool = False) -> tuple[int, str] | None:
    """(+1 / -1, construction) when the number is a seat change by one of the constructions above, or
    "minus seven seats" / "plus three", or "losing eight since 2019" (a change verb and a time reference)."""
    m = _SIGN_WORD.search(before)
    if m:
        return (-1 if m.group(1) == "minus" else 1), "change-sign-word"
    if _SINCE.match(after) and _VERB_SINCE_NEG.search(before):
        return -1, "change-since"
    if _SINCE.match(after) and _VERB_SINCE_POS.search(before):
        return 1, "change-since"
    if _BY_UP.search(before):
        return 1, "change-by"
    if _BY_DOWN.search(before):
        return -1, "change-by"
    if _LOSS_SUBJECT.search(before):
        return (-1 if "loss" in _LOSS_SUBJECT.search(before).group(0) else 1), "change-noun-subject"
    m = _MORE_THAN_BEFORE.match(after)
    if m:
        return (1 if m.group(1) == "more" else -1), "change-more-than-before"
    if lost_verb_before and _LOST_OF.match(after):
        return -1, "change-lost-of"
    return None


def inflicted_loss(before: str) -> bool:
    """ "cost the X 15 seats", "lost her party about 20 seats": a loss whose object names the party."""
    return bool(_COST.search(before))
