"""Calibrated claim confidence: what share of a rule's claims were right on annotated articles.

A claim's ``confidence`` is set by its extraction rule by hand. ``claimx calibrate --gold DIR --texts DIR``
measures, per *rule family* (claim type + the rule that made it), how many of the claims it found in the
annotated articles are right (matched to a gold claim with the right attributes), and writes
``data/calibration/confidence.json``; the checks read it to decide severity (an error needs every claim it
rests on in the top band) and ``claimx eval`` reports precision per band with it.

The calibrated value is a smoothed precision, (right + 2 x prior) / (found + 2), the prior being the
rule's stated confidence or, when lower, its claim type's pooled precision: a family seen a few times
stays near the prior, a family seen often gets its measured precision. A family the
data has never seen (a rule added since the last calibration) keeps its stated confidence until
`claimx calibrate` is run again.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "calibration" / "confidence.json"
TOP_BAND = 0.9
PRIOR_WEIGHT = 2.0
# (label, low, high): the bands `claimx eval` prints
BANDS: tuple[tuple[str, float, float], ...] = ((">= 0.9", 0.9, 1.01), ("0.7-0.9", 0.7, 0.9), ("< 0.7", 0.0, 0.7))


def family(claim: Any) -> str:
    """'seat_count seats/count-left known-party': the claim's type, the rule that made it and, for claims
    about a party, whether the party lexicon knows the party (a name it does not know is more often a
    misread: a person, an institution, a date)."""
    base = f"{claim.type} {claim.rule}"
    party = getattr(claim, "party", None)
    if claim.type in ("seat_count", "seat_change", "majority_status") and party:
        return f"{base} {'known' if _known_party(party) else 'unknown'}-party"
    return base


@lru_cache(maxsize=8192)
def _known_party(name: str) -> bool:
    try:
        from ..parties import lookup_party
    except ImportError:  # pragma: no cover - depends on the tree
        return False
    return lookup_party(name) is not None


@lru_cache(maxsize=4)
def _load(path: str) -> dict[str, float]:
    p = Path(path)
    if not p.is_file():
        return {}
    data = json.loads(p.read_text(encoding="utf-8"))
    return {k: float(v["confidence"]) for k, v in data.get("families", {}).items()}


def table(path: str | Path | None = None) -> dict[str, float]:
    """Family -> calibrated confidence. ``CLAIMX_CALIBRATION`` names another file; ``none``: no calibration
    (every claim keeps the confidence its rule states); ``trust``: see :func:`calibrated`."""
    chosen = path or os.environ.get("CLAIMX_CALIBRATION") or DATA_FILE
    if str(chosen).lower() in ("none", "trust"):
        return {}
    return _load(str(chosen))


def calibrated(claim: Any, path: str | Path | None = None) -> float:
    """The claim's calibrated confidence (its stated one for a family the calibration has not seen).

    ``CLAIMX_CALIBRATION=trust`` puts every claim in the top band: every contradiction the rules find is
    an error, whatever the extraction's measured precision (to test the rules' logic, or to see them all)."""
    if path is None and os.environ.get("CLAIMX_CALIBRATION", "").lower() == "trust":
        return 1.0
    got = table(path).get(family(claim))
    return float(claim.confidence) if got is None else got


def band_of(value: float) -> str:
    for label, lo, hi in BANDS:
        if lo <= value < hi:
            return label
    return BANDS[-1][0]


def fit(outcomes: Iterable[tuple[str, float, bool]]) -> dict[str, dict[str, Any]]:
    """Per family: found, right, stated confidence, calibrated confidence, from (family, stated, right) rows."""
    acc: dict[str, list[Any]] = {}
    for fam, stated, right in outcomes:
        row = acc.setdefault(fam, [0, 0, 0.0])
        row[0] += 1
        row[1] += int(right)
        row[2] += stated
    # the prior a family is shrunk towards: its claim type's pooled precision (when lower than the rule's
    # stated confidence), so a rule seen once or twice does not reach the top band on its own
    pooled: dict[str, list[int]] = {}
    for fam, (n, k, _) in acc.items():
        row = pooled.setdefault(fam.split(" ", 1)[0], [0, 0])
        row[0] += n
        row[1] += k
    out = {}
    for fam in sorted(acc):
        n, k, s = acc[fam]
        stated = s / n
        tn, tk = pooled[fam.split(" ", 1)[0]]
        prior = min(stated, tk / tn)
        out[fam] = {
            "found": n,
            "right": k,
            "stated": round(stated, 3),
            "prior": round(prior, 3),
            "confidence": round((k + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT), 3),
        }
    return out


def write(families: dict[str, dict[str, Any]], source: str, path: str | Path | None = None) -> Path:
    from ..reader import write_atomic

    target = Path(path or DATA_FILE)
    doc = {
        "about": "Calibrated confidence per claim type + rule (+ known/unknown party): (right + 2 x prior) / "
                 "(found + 2) on annotated articles, prior = min(stated confidence, the type's pooled precision). "
                 "Written by `claimx calibrate`; re-run it after the extraction rules change.",
        "source": source,
        "families": families,
    }
    write_atomic(target, json.dumps(doc, indent=1, sort_keys=False) + "\n")
    _load.cache_clear()
    return target
