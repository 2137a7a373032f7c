"""Stage 2, what a number counts: chambers and thresholds in the forms the older constructions miss.

Each function takes the lower-case words of the number's sentence before it (``before``; the caller cuts
them at the sentence start) and says whether the construction holds:

- ``elects_n``: "to elect 500 deputies", "voters choose all 150 members", "4,000 candidates are vying for
  150 seats", "voting takes place in 543 constituencies": the number of seats being filled is the chamber (only when no party is the subject: "the X
  elected 40 deputies" is a count, which the caller checks);
- ``body_possessive``: "Parliament's 150 seats", "the assembly's 120 members";
- ``generic_must_win``: "to govern alone, a party must win at least 76 seats" (a rule, not a party's count);
- ``absolute_majority_of``: "commands an absolute majority of 180 members" (the majority as a size), but not
  "won an absolute majority of 180 seats" (a party's count).
"""

from __future__ import annotations

import re

_ELECT = re.compile(r"\b(?:elect|elects|electing|choose|chooses|choosing|chose|fill|fills|filling|renew|renews|renewing|"
                    r"(?:vying|competing|vie|compete|running|run|contesting|battling) for|"
                    r"contesting|contest|contests|contested|fighting for|at stake in|"
                    r"(?:vote|votes|voted|voting|polls?|elections?) (?:\w+ ){0,3}?for|"
                    r"(?:takes|took|take) place in|(?:held|polling|voting|polls|elections?) in)"
                    r"(?: (?:all|all of the|all the|the))?\s*$")
_BODY_POSS = re.compile(r"\b(?:parliament|assembly|house|senate|chamber|legislature|congress|diet|council|commons) ['’]s?\s*$")
_MUST = re.compile(r"\b(?:a|any|each|every) (?:party|coalition|alliance|bloc|candidate|government)s? (?:\w+ )?"
                   r"(?:must|has to|would have to|will have to|needs to|need to) (?:win|secure|get|hold|control|have|gain)"
                   r"(?: (?:at least|a minimum of|more than|over))?\s*$")
_GOAL = re.compile(r"\b(?:majority|alone|govern|government|power|control)\b")
_ABS_MAJ = re.compile(r"\b(?:an?|the) (?:absolute|outright|simple|overall|clear|two-thirds|two - thirds|three-fifths|qualified|constitutional) majority of\s*$")
_COUNT_VERB = re.compile(r"\b(?:won|win|wins|winning|secured|secures|took|takes|takes|gained|captured|has|had|holds|held|with|by)\b")


def elects_n(before: str) -> bool:
    return bool(_ELECT.search(before))


def body_possessive(before: str) -> bool:
    return bool(_BODY_POSS.search(before))


def generic_must_win(before: str, sentence: str) -> bool:
    return bool(_MUST.search(before)) and bool(_GOAL.search(sentence))


def absolute_majority_of(before: str) -> bool:
    m = _ABS_MAJ.search(before)
    return bool(m) and not _COUNT_VERB.search(before[: m.start()].split(",")[-1])


_FRACTION = re.compile(r"^(\d{1,4})/(\d{1,4})$")


def seat_fraction(token_text: str) -> tuple[int, int] | None:
    """ "Iron Guild: 32/72": a party's seats out of the chamber's, written as one fraction token; (32, 72) when
    the part is at most the whole (not a date such as "12/10" read the other way: the caller wants a party
    before it)."""
    m = _FRACTION.match(token_text)
    if not m:
        return None
    n, total = int(m.group(1)), int(m.group(2))
    return (n, total) if 0 <= n <= total and total >= 5 else None


# "Taiwan's Legislature had 225 seats", "the Legislative Yuan was reduced to 113 seats", "the chamber will have 150
# seats": a chamber noun as the subject of a verb of having or resizing
_CHAMBER_SUBJECT = re.compile(r"\b(?:legislature|parliament|assembly|house|senate|chamber|body|congress|diet|yuan|council|bundestag|knesset|sejm|riksdag|duma)"
                              r" (?:now |then |still )?(?:has|had|have|will have|would have|was reduced to|was cut to|was expanded to|"
                              r"was enlarged to|grew to|shrank to|is made up of|was made up of|comprised|comprises)\s*$")


def chamber_subject(before: str) -> bool:
    return bool(_CHAMBER_SUBJECT.search(before))
