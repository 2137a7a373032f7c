"""The trained seat-figure classifier: what a candidate number counts, from its features (``model_features``).

A softmax (multinomial logistic) regression over sparse binary features, L2-penalised, fitted by plain
full-batch gradient descent from zero weights (deterministic: no random start, features in sorted order).
The fitted model is data, like the confidence model of ``data/calibration/``: ``data/seats/count_model.json``
holds the classes, the feature vocabulary and one weight row per feature. The recipe that writes it is
``python -m claimx.training seats-classifier`` (``claimx/training/seats_classifier.py``).

The seats component uses it where the rules leave a gap (``SeatsComponent``: a candidate the rules made
nothing of, called a ``seat_count`` with high probability, becomes a claim when the owners stage finds its
party). The ``count_model`` config flag of ``claimx_seats`` switches it on or off; ``CLAIMX_SEATS_MODEL``
overrides it: ``off``, ``on`` (the shipped file) or the path of another model file (for cross-fitting).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import numpy

from .context import DATA

CLASSES = ("seat_count", "seat_change", "chamber_size", "majority_threshold", "none")
DATA_FILE = DATA / "count_model.json"
PENALTY = 1.0  # L2 on every weight but the biases' row, per training example summed
STEPS = 600
RATE = 0.5
MIN_COUNT = 2  # a feature seen in fewer training candidates is left out of the vocabulary


@dataclass
class CountModel:
    classes: tuple[str, ...]
    vocab: dict[str, int]
    weights: numpy.ndarray  # (features, classes)
    threshold: float = 0.9  # P(seat_count) from which a candidate the rules left becomes a count
    about: dict[str, Any] = field(default_factory=dict)

    def proba(self, feats: Sequence[str]) -> dict[str, float]:
        rows = [self.vocab[f] for f in feats if f in self.vocab]
        z = self.weights[rows].sum(axis=0) if rows else numpy.zeros(len(self.classes))
        z = z - z.max()
        p = numpy.exp(z)
        p /= p.sum()
        return {c: float(v) for c, v in zip(self.classes, p)}

    def to_json(self) -> dict[str, Any]:
        names = sorted(self.vocab, key=self.vocab.get)
        return {**self.about, "classes": list(self.classes), "threshold": self.threshold,
                "weights": {f: [round(float(w), 4) for w in self.weights[self.vocab[f]]] for f in names}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "CountModel":
        names = list(data["weights"])
        w = numpy.array([data["weights"][f] for f in names], dtype=float).reshape(len(names), len(data["classes"]))
        about = {k: v for k, v in data.items() if k not in ("classes", "threshold", "weights")}
        return cls(tuple(data["classes"]), {f: k for k, f in enumerate(names)}, w, float(data.get("threshold", 0.9)), about)


def fit(rows: Sequence[tuple[Sequence[str], str]], penalty: float = PENALTY, steps: int = STEPS, rate: float = RATE,
        min_count: int = MIN_COUNT, classes: tuple[str, ...] = CLASSES) -> CountModel:
    """Softmax regression on (features, label) rows by full-batch gradient descent on the mean log-loss plus
    ``penalty / n`` times the squared weights (the "bias" feature is not penalised)."""
    counts: dict[str, int] = {}
    for feats, _ in rows:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, k in counts.items() if k >= min_count or f == "bias")
    vocab = {f: k for k, f in enumerate(names)}
    n, d, m = len(rows), len(names), len(classes)
    x = numpy.zeros((n, d))
    y = numpy.zeros((n, m))
    for i, (feats, label) in enumerate(rows):
        x[i, [vocab[f] for f in feats if f in vocab]] = 1.0
        y[i, classes.index(label)] = 1.0
    w = numpy.zeros((d, m))
    mask = numpy.ones((d, 1))
    if "bias" in vocab:
        mask[vocab["bias"]] = 0.0
    lam = penalty / max(n, 1)
    for _ in range(steps):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = numpy.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = x.T @ (p - y) / max(n, 1) + 2 * lam * w * mask
        w -= rate * grad
    return CountModel(classes, vocab, w)


def write(model: CountModel, path: Path, about: dict[str, Any]) -> None:
    model.about = about
    tmp = Path(str(path) + ".tmp")
    tmp.write_text(json.dumps(model.to_json(), indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


@lru_cache(maxsize=4)
def load(path: str) -> CountModel | None:
    p = Path(path)
    if not p.is_file():
        return None
    return CountModel.from_json(json.loads(p.read_text(encoding="utf-8")))


def chosen(enabled: bool) -> CountModel | None:
    """The model the seats component uses: ``CLAIMX_SEATS_MODEL`` (``off``, ``on`` or a file) over the
    component's ``count_model`` flag; None when switched off."""
    env = os.environ.get("CLAIMX_SEATS_MODEL", "").strip()
    if env.lower() in ("off", "0", "none", "false"):
        return None
    if env.lower() in ("on", "1", "true"):
        return load(str(DATA_FILE))
    if env:
        return load(env)
    return load(str(DATA_FILE)) if enabled else None
