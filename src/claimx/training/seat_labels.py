"""Labels for the seat-figure classifier: what each candidate number counts, read from a gold file.

A gold file (format: docs/evaluation.md) lists an article's seat counts, seat changes, chamber sizes and
majority thresholds, each with its ``evidence`` (the words of the text that state it) and its number. A
candidate number of the seats component (its characters and value, as the component records them) is
labelled with a figure's kind when it stands inside one of the places the figure's evidence occurs in the
text and has the figure's number (a change's number without its sign); otherwise it is ``none``. When two
figures claim it, the order of ``KINDS`` decides (a count before a change, a chamber, a threshold).

Evidence is found in the text as written, its whitespace and quotation marks read loosely (a gold file
may write ' where the text has ’).
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Sequence

# gold list -> (class, the field holding its number)
KINDS: tuple[tuple[str, str, str], ...] = (
    ("seat_counts", "seat_count", "seats"),
    ("seat_changes", "seat_change", "delta"),
    ("chamber_sizes", "chamber_size", "seats"),
    ("majority_thresholds", "majority_threshold", "seats"),
)
_QUOTES = "'\u2018\u2019\"\u201c\u201d"


def figures(gold: dict[str, Any]) -> list[tuple[str, int, str]]:
    """(class, number, evidence) of every seat figure of a gold file."""
    out = []
    for key, cls, field in KINDS:
        for entry in gold.get(key) or ():
            value, evidence = entry.get(field), entry.get("evidence")
            if isinstance(value, (int, float)) and evidence:
                out.append((cls, abs(int(value)), evidence))
    return out


def _pattern(evidence: str) -> re.Pattern[str]:
    parts = []
    for ch in evidence.strip():
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif ch in _QUOTES:
            parts.append(f"[{_QUOTES}]")
        else:
            parts.append(re.escape(ch))
    return re.compile("".join(parts))


def places(text: str, evidence: str) -> list[tuple[int, int]]:
    """The character spans where ``evidence`` occurs in ``text``."""
    return [(m.start(), m.end()) for m in _pattern(evidence).finditer(text)]


def label(text: str, candidates: Sequence[dict[str, Any]], gold: dict[str, Any]) -> list[str]:
    """One class per candidate (dicts with ``start``, ``end``, ``value``)."""
    spans: list[tuple[str, int, list[tuple[int, int]]]] = [(cls, v, places(text, ev)) for cls, v, ev in figures(gold)]
    order = [cls for _, cls, _ in KINDS]
    out = []
    for cand in candidates:
        hits = [cls for cls, v, where in spans if v == cand["value"] and any(s <= cand["start"] and cand["end"] <= e for s, e in where)]
        out.append(min(hits, key=order.index) if hits else "none")
    return out


def unplaced(text: str, gold: dict[str, Any]) -> Iterable[str]:
    """The evidence of the figures not found in the text (reported by the recipe, never labelled)."""
    return [ev for _, _, ev in figures(gold) if not places(text, ev)]
