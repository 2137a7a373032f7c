"""A party's stated place, read from the sentence of its seat count (for CX007 rank-disagrees).

Constructions (words in data/checks/ranks.json):

- a finishing verb and an ordinal after the party: "the Greens came third", "Labour finished a distant
  second", "the party ended up fourth";
- "the largest / biggest party" and "the second-largest party" after the party, possibly after a verb
  or "as": "the Harbour Party became the largest party", "..., making it the second-biggest force".

Only the words between the party's mention and the rank are looked at; no other clause or name may
intervene, so "X won 40 seats while Y came second" gives Y's rank, not X's.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data" / "checks" / "ranks.json"
# words between the party and its rank: within one clause, naming no other name (no capital letter, no
# "while" / "whereas" / "but": "X won 40 seats while the Meadow Party came second" is the Meadow Party's rank)
_GAP = r"(?:(?![A-Z]|\b(?:while|whereas|but|than)\b)[^.;:!?]){0,60}?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str]]:
    d = json.loads(DATA.read_text(encoding="utf-8"))
    ordinals: dict[str, int] = d["ordinals"]

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    finish = re.compile(
        rf"\b(?:{alt(d['finish_verbs'])})\s+(?:(?:a|an|the)\s+)?(?:(?:{alt(d['degree'])})\s+)?"
        rf"(?P<ord>{alt(list(ordinals))})\b(?!\s*[-\s](?:{alt(d['largest'])}))",
        re.I,
    )
    largest = re.compile(
        rf"\bthe\s+(?:(?P<ord>{alt(list(ordinals))})[-\s]+)?(?:{alt(d['largest'])})\s+(?:{alt(d['group_nouns'])})\b",
        re.I,
    )
    return ordinals, finish, largest


@lru_cache(maxsize=4)
def _joined(rank_pattern: str) -> re.Pattern[str]:
    """The gap (case-sensitive: it refuses capitals) then the rank words (any case)."""
    return re.compile(_GAP + r"(?i:" + rank_pattern + r")")


def stated_rank(claim: Any) -> int | None:
    """The place the claim's sentence gives its party ('came third' = 3, 'the largest party' = 1), else None."""
    if getattr(claim, "rank", None):
        return claim.rank
    text = getattr(claim, "text", "") or ""
    mention = getattr(claim, "party_text", None) or getattr(claim, "party", None)
    if not mention or not text:
        return None
    at = text.find(mention)
    if at < 0:
        return None
    after = text[at + len(mention):]
    ordinals, finish, largest = _patterns()
    best: tuple[int, int] | None = None  # (position, rank)
    for pattern in (finish, largest):
        m = _joined(pattern.pattern).match(after)
        if m is None:
            continue
        word = (m.group("ord") or "").lower()
        rank = ordinals.get(word, 1) if pattern is largest else ordinals[word]
        if best is None or m.end() < best[0]:
            best = (m.end(), rank)
    return best[1] if best else None
