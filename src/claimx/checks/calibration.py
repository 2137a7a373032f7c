"""Calibrated claim confidence: the probability that an extracted claim is right, from general features.

A claim's ``confidence`` field is the one its rule states by hand. The checks and ``claimx eval`` use the
*calibrated* confidence instead: a small logistic regression over general features of the claim
(:mod:`claimx.checks.claim_features`: claim type, the words of the rule's construction name, the
decisions in its tail, whether the party lexicon knows the party, a seat noun next to the
number, the distance from the number to the party, status, hedge ...), fitted on annotated articles:

    claimx calibrate --gold DIR --texts DIR [--folds FILE]

measures which extracted claims are right (matched to a gold claim with the right attributes, as
``claimx eval`` counts them), fits the model and writes ``data/calibration/confidence.json`` (weights,
the features' counts, and the band report). The fit is deterministic (Newton's method on the L2-penalised
log-likelihood, features in sorted order, no random start) and takes well under a second.

Why a model over features and not a table per rule string: rule strings carry their decisions ("count-left
/status:previous-after"), so most of them are seen once or twice, and a per-rule table learns those few
outcomes by heart (fitted on one half of the dev articles, its top band held 0.63 on the other half).
Features shared by many rules generalise to articles and rules the calibration has not seen.

Honest figure: with a ``folds.json`` (two folds of documents), ``calibrate`` also *cross-fits*: fitted on
fold A, scored on fold B, and the reverse; the band precision of those out-of-fold scores is what a new
article can expect. An error-level finding needs every claim it rests on in the top band (>= 0.9).
"""

from __future__ import annotations

import json
import math
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Sequence

from .claim_features import features as _features

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "calibration" / "confidence.json"
TOP_BAND = 0.9
# L2 penalty on every weight but the intercept: with a few hundred claims a feature seen a few times
# moves the probability a little, a feature seen often moves it by what it measures
PENALTY = 0.5
NEWTON_STEPS = 25
# (label, low, high): the bands `claimx eval` prints
BANDS: tuple[tuple[str, float, float], ...] = ((">= 0.9", 0.9, 1.01), ("0.7-0.9", 0.7, 0.9), ("< 0.7", 0.0, 0.7))
# the claim types whose contradictions the checks find (the others are reported apart in the band report)
CHECKED_TYPES = ("seat_count", "seat_change", "chamber_size", "majority_threshold", "majority_status")


@lru_cache(maxsize=8192)
def _known_party(name: str) -> bool:
    try:
        from ..parties import lookup_party
    except ImportError:  # pragma: no cover - depends on the tree
        return False
    return lookup_party(name) is not None


def features(claim: Any) -> list[str]:
    """The claim's features for the confidence model (see :mod:`claimx.checks.claim_features`)."""
    return _features(claim, _known_party)


def family(claim: Any) -> str:
    """'seat_count seats/count-left': the claim type and the rule's construction family (for reports)."""
    from .claim_features import parse_rule

    component, construction, _ = parse_rule(claim.rule or "")
    return f"{claim.type} {component}/{construction}"


# ------------------------------------------------------------------ the model


class Model:
    """P(right) = 1 / (1 + exp(-(intercept + sum of the weights of the claim's features)))."""

    def __init__(self, intercept: float, weights: dict[str, float]):
        self.intercept = intercept
        self.weights = weights

    def score(self, feats: Iterable[str]) -> float:
        z = self.intercept + sum(self.weights.get(f, 0.0) for f in set(feats))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, Any]:
        return {"intercept": round(self.intercept, 4),
                "weights": {k: round(v, 4) for k, v in sorted(self.weights.items()) if abs(v) >= 5e-5}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Model":
        return cls(float(data["intercept"]), {k: float(v) for k, v in data["weights"].items()})


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a x = b (a symmetric positive definite) by Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        p = m[col][col]
        if abs(p) < 1e-12:
            continue
        inv = 1.0 / p
        row_c = m[col]
        for r in range(col + 1, n):
            f = m[r][col] * inv
            if f:
                row_r = m[r]
                for k in range(col, n + 1):
                    row_r[k] -= f * row_c[k]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = m[i][n] - sum(m[i][k] * x[k] for k in range(i + 1, n))
        x[i] = s / m[i][i] if abs(m[i][i]) >= 1e-12 else 0.0
    return x


def fit_model(rows: Sequence[tuple[Sequence[str], bool]], penalty: float = PENALTY) -> Model:
    """L2-penalised logistic regression by Newton's method: deterministic, exact to the last digit."""
    names = sorted({f for feats, _ in rows for f in feats})
    index = {f: i + 1 for i, f in enumerate(names)}  # 0: the intercept
    n = len(names) + 1
    xs = [sorted({index[f] for f in feats}) for feats, _ in rows]
    ys = [1.0 if right else 0.0 for _, right in rows]
    w = [0.0] * n
    if rows:
        share = min(max(sum(ys) / len(ys), 1e-3), 1 - 1e-3)
        w[0] = math.log(share / (1 - share))
    for _ in range(NEWTON_STEPS):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, y in zip(xs, ys):
            z = w[0] + sum(w[i] for i in x)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g, h = p - y, p * (1 - p)
            active = [0, *x]
            for i in active:
                grad[i] += g
                hi = hess[i]
                for j in active:
                    hi[j] += h
        for i in range(1, n):
            grad[i] += penalty * w[i]
            hess[i][i] += penalty
        hess[0][0] += 1e-6
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
        if max((abs(s) for s in step), default=0.0) < 1e-9:
            break
    return Model(w[0], {f: w[index[f]] for f in names})


# ------------------------------------------------------------------ reading the fitted model


@lru_cache(maxsize=4)
def _load(path: str) -> Model | None:
    p = Path(path)
    if not p.is_file():
        return None
    data = json.loads(p.read_text(encoding="utf-8"))
    return Model.from_json(data["model"]) if "model" in data else None


def model(path: str | Path | None = None) -> Model | None:
    """The fitted model. ``CLAIMX_CALIBRATION`` names another file; ``none``: no calibration (every claim
    keeps the confidence its rule states); ``trust``: see :func:`calibrated`."""
    chosen = path or os.environ.get("CLAIMX_CALIBRATION") or DATA_FILE
    if str(chosen).lower() in ("none", "trust"):
        return None
    return _load(str(chosen))


def calibrated(claim: Any, path: str | Path | None = None) -> float:
    """The claim's calibrated confidence (its stated one when no model is fitted).

    ``CLAIMX_CALIBRATION=trust`` puts every claim in the top band: every contradiction the rules find is
    an error, whatever the extraction's measured precision (to test the rules' logic, or to see them all)."""
    if path is None and os.environ.get("CLAIMX_CALIBRATION", "").lower() == "trust":
        return 1.0
    m = model(path)
    return float(claim.confidence) if m is None else round(m.score(features(claim)), 3)


def band_of(value: float) -> str:
    for label, lo, hi in BANDS:
        if lo <= value < hi:
            return label
    return BANDS[-1][0]


# ------------------------------------------------------------------ band reports


def band_table(scored: Iterable[tuple[float, bool]]) -> list[dict[str, Any]]:
    """[{band, found, right, precision}] for (confidence, right) pairs."""
    acc = {label: [0, 0] for label, _, _ in BANDS}
    for value, right in scored:
        row = acc[band_of(value)]
        row[0] += 1
        row[1] += int(right)
    return [{"band": b, "found": n, "right": k, "precision": round(k / n, 3) if n else None}
            for b, (n, k) in acc.items()]


def crossfit(rows: Sequence[tuple[str, str, Sequence[str], bool]], folds: dict[str, Sequence[str]],
             penalty: float = PENALTY) -> list[tuple[str, str, float, bool]]:
    """Out-of-fold scores: for each fold, a model fitted on the other folds' rows scores this fold's rows.
    ``rows``: (doc, type, features, right); ``folds``: fold name -> document names. Returns
    (fold, type, confidence, right) for the rows of documents in a fold."""
    from ..evaluate import doc_key

    # folds.json names documents by id ("ab2024-x-01") or by file name ("ab2024-x-01.txt")
    def key(doc: str) -> str:
        return doc_key(doc).removesuffix(".txt")

    fold_of = {key(d): name for name, docs in folds.items() for d in docs}
    out = []
    for name in sorted(folds):
        train = [(f, r) for doc, _, f, r in rows if fold_of.get(key(doc)) not in (None, name)]
        m = fit_model(train, penalty)
        out += [(name, t, m.score(f), r) for doc, t, f, r in rows if fold_of.get(key(doc)) == name]
    return out


def band_report(scored: Sequence[tuple[str, float, bool]]) -> dict[str, list[dict[str, Any]]]:
    """Band tables for all claims and for the checked claim types alone, from (type, confidence, right)."""
    return {
        "all claims": band_table((v, r) for _, v, r in scored),
        "seat, chamber, threshold and majority claims": band_table((v, r) for t, v, r in scored
                                                                   if t in CHECKED_TYPES),
    }


def _cell(row: dict[str, Any]) -> str:
    p = "-" if row["precision"] is None else f"{row['precision']:.3f}"
    return f"{row['band']} {p} ({row['right']}/{row['found']})"


def render_band_report(title: str, report: dict[str, list[dict[str, Any]]]) -> str:
    lines = [title]
    for what, table in report.items():
        lines.append(f"  {what}: " + ", ".join(_cell(row) for row in table))
    return "\n".join(lines)


def write(m: Model, source: str, reports: dict[str, Any], counts: dict[str, list[int]],
          path: str | Path | None = None) -> Path:
    from ..reader import write_atomic

    target = Path(path or DATA_FILE)
    doc = {
        "about": "Calibrated confidence: P(claim right) = logistic(intercept + sum of its features' weights), "
                 "features from claimx.checks.claim_features, L2-penalised logistic regression fitted on "
                 "annotated articles. Written by `claimx calibrate`; re-run it after the extraction rules change.",
        "source": source,
        "penalty": PENALTY,
        "model": m.to_json(),
        "bands": reports,
        "feature_counts": {k: {"found": n, "right": r} for k, (n, r) in sorted(counts.items())},
    }
    write_atomic(target, json.dumps(doc, indent=1, sort_keys=False, ensure_ascii=False) + "\n")
    _load.cache_clear()
    return target
