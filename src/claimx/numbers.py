"""Numbers as news writes them: numerals, number words, hedges, bounds and ranges.

- :func:`parse_number` turns "seven", "twenty-two", "a dozen", "no", "1,234", "one hundred and five",
  "2.5 million" into a number (int when whole), or None;
- :func:`parse_qualifier` reads a hedge / bound ("about", "more than", "just over", "hovering around")
  and says whether it makes the number approximate;
- :func:`parse_quantity` reads a whole phrase: ``"roughly 168"`` -> ``Quantity(168, True, "roughly")``,
  ``"230 to 240"`` -> ``Quantity(230, True, None, upper=240)``, ``"no"`` -> 0.

The word lists live in ``data/seats/numbers.json`` (data, not code).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "seats" / "numbers.json"


@dataclass(frozen=True)
class NumberWords:
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    specials: dict[str, int]
    qualifiers: dict[str, bool]  # hedge (lower case, may be multi-word) -> approximate?

    @property
    def words(self) -> frozenset[str]:
        return frozenset(self.units) | frozenset(self.tens) | frozenset(self.scales) | frozenset(self.specials)


@lru_cache(maxsize=1)
def number_words() -> NumberWords:
    raw: dict[str, Any] = json.loads(DATA.read_text(encoding="utf-8"))
    return NumberWords(
        units={k: int(v) for k, v in raw["units"].items()},
        tens={k: int(v) for k, v in raw["tens"].items()},
        scales={k: int(v) for k, v in raw["scales"].items()},
        specials={k: int(v) for k, v in raw["specials"].items()},
        qualifiers={k: bool(v) for k, v in raw["qualifiers"].items()},
    )


@dataclass(frozen=True)
class Quantity:
    value: int | float
    approximate: bool = False
    qualifier: str | None = None
    upper: int | float | None = None


_MAX_DIGITS = 100
_NUMERAL = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")


def _numeral(text: str) -> int | float | None:
    t = text.strip()
    if not _NUMERAL.match(t):
        return None
    digits = t.replace(",", "")
    if len(digits) > _MAX_DIGITS:  # no count in news has that many digits (and int() refuses > 4300)
        return None
    if "." not in digits:
        return int(digits)  # exact: float would round integers past 2**53
    v = float(digits)
    return int(v) if v.is_integer() else v


def parse_number(text: str) -> int | float | None:
    """Value of a number written in digits or words; None when ``text`` is not a number.

    >>> parse_number("twenty-two"), parse_number("1,234"), parse_number("a dozen"), parse_number("no")
    (22, 1234, 12, 0)
    """
    if not text:
        return None
    t = text.strip().lower().replace("\u2011", "-").replace("\u2010", "-")
    v = _numeral(t)
    if v is not None:
        return v
    nw = number_words()
    if t in nw.specials:
        return nw.specials[t]
    words = [w for w in re.split(r"[\s\-]+", t) if w and w != "and"]
    if words and words[0] in ("a", "an") and len(words) > 1:
        words = ["one"] + words[1:]
    if not words:
        return None
    total, current, seen = 0, 0, False
    for w in words:
        num = _numeral(w)
        if num is not None:
            current += num
        elif w in nw.units:
            current += nw.units[w]
        elif w in nw.tens:
            current += nw.tens[w]
        elif w == "dozen" and current:
            current *= 12  # "two dozen": 24 (a multiplier after a number, as "a dozen" is one dozen)
        elif w in nw.specials and len(words) > 1:
            current += nw.specials[w]
        elif w in nw.scales:
            scale = nw.scales[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
        seen = True
    if not seen:
        return None
    v = total + current
    return v if isinstance(v, int) or not v.is_integer() else int(v)


def is_number_word(word: str) -> bool:
    w = word.lower()
    return w in number_words().words or _numeral(w) is not None


def parse_qualifier(text: str | None) -> tuple[bool, str | None]:
    """(approximate, normalised qualifier) for a hedge like "roughly" or "more than"; (False, None) if none."""
    if not text:
        return False, None
    q = " ".join(text.lower().split())
    nw = number_words()
    if q in nw.qualifiers:
        return nw.qualifiers[q], q
    # longest known qualifier that ends the text ("hovering around", "just over")
    best = None
    for k in nw.qualifiers:
        if q.endswith(" " + k) or q == k:
            if best is None or len(k) > len(best):
                best = k
    if best is None:
        return False, None
    return nw.qualifiers[best], q if q in nw.qualifiers else best


_RANGE = re.compile(r"^(?P<a>.+?)\s*(?:to|-|–|—|and|or)\s*(?P<b>[\w,.\-]+)$")


def parse_quantity(text: str) -> Quantity | None:
    """Read "roughly 168", "more than 200", "230 to 240", "between 230 and 240", "seven", "no".

    A range gives the lower bound as value, the upper bound in ``upper`` and approximate=True.
    """
    t = " ".join(text.strip().split())
    low = t.lower()
    v = parse_number(low)
    if v is not None:
        return Quantity(v)
    # hedge prefix: longest qualifier at the start
    nw = number_words()
    qual = None
    for k in sorted(nw.qualifiers, key=len, reverse=True):
        if low.startswith(k + " "):
            qual = k
            break
    rest = low[len(qual) + 1 :] if qual else low
    v = parse_number(rest)
    if v is not None:
        approx = nw.qualifiers[qual] if qual else False
        return Quantity(v, approx, qual)
    if rest.startswith("between "):
        rest = rest[len("between ") :]
    m = _RANGE.match(rest)
    if m:
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a is not None and b is not None and b > a:
            return Quantity(a, True, qual, upper=b)
    return None
