"""Stage 2, what a number counts: here, the numbers that count a distance, not anyone's seats.

Reporters measure how far a party is from a goal or from another party in seats: "four seats short of a
majority", "short by 12 seats", "fell 3 shy of", "six seats behind", "12 seats ahead of", "a lead of 20
seats", "a margin of five", "beat X by 30 seats", "N seats away from". These numbers follow a seat noun
like counts do, so without this stage they become a party's seat count (and the consistency checks then
see a party with four seats). The majority-status component reads "N short" on its own.

``distance(before, after)`` takes the lower-case words before the number (within its clause) and after it
(after its seat noun, if any) and returns the construction's name, or None.
"""

from __future__ import annotations

import re

# after the number (and its seat noun): "4 (seats) short", "3 shy of", "6 behind", "10 away from", "12 clear of"
# ("40 seats ahead of the Greens" is left alone: it usually follows a count)
_AFTER = re.compile(r"^(?:(?:seats?|mps|deputies|members) )?(?:short|shy|behind|adrift|away from|clear of|"
                    r"off (?:a|an|the) (?:\w+ )?majority)\b")
# before the number: "short by", "short of a majority by", "a lead of", "a margin of", "beat X by", "by a margin of"
_BEFORE = re.compile(r"(?:\bshort(?: of (?:a|an|the) [\w ]{0,30}?)? by|\bshy by|\b(?:lead|margin|gap|edge|advantage|deficit) of|"
                     r"\bmajority of just|\bby a (?:margin|majority) of|\b(?:beat|beats|beating|trailed|trails|trailing|led|leads|"
                     r"leading|outpolled|edged)(?: [\w'’]+){0,4} by)(?: (?:just|only|some|about|around|nearly|almost|at least))?\s*$")


def distance(before: str, after: str) -> str | None:
    """ "four seats short", "short by 12 seats", "a lead of 20 seats": the name of the distance construction."""
    if _AFTER.match(after):
        return "distance-after"
    if _BEFORE.search(before):
        return "distance-before"
    return None


# "61 seats (+9)", "40 (-15)", "3 (−2 on 2019)": a signed number in brackets right after a count is that
# party's change (the unsigned "(up 7)" / "(down 4)" forms are read by the change constructions)
_SIGNED = re.compile(r"^\s*\(\s*([+\-−–])\s*(\d{1,3})\b[^()\n]{0,24}\)")


def signed_change_after(text_after_count: str) -> tuple[int, int] | None:
    """(delta, characters it spans) for a bracketed signed change that opens ``text_after_count``, else None."""
    m = _SIGNED.match(text_after_count)
    if not m:
        return None
    sign = 1 if m.group(1) == "+" else -1
    return sign * int(m.group(2)), m.end()


# "the Iron Guild is contesting 150 seats", "fielded candidates in 120 constituencies": seats a party runs for,
# not seats it holds
_RUNS_FOR = re.compile(r"\b(?:contesting|contests|contest|contested|fielding|fielded|fields|field|running|ran|runs|standing|stood)"
                       r"(?: (?:candidates|nominees|people))?(?: (?:in|for))?(?: (?:all|all of the|the|about|some|nearly|over|more than))?\s*$")


def runs_for(before: str) -> str | None:
    """ "contesting 150 seats", "fielded candidates in 120 constituencies": the seats a party runs for."""
    return "runs-for" if _RUNS_FOR.search(before) else None
