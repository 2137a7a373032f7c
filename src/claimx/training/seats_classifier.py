"""Recipe of the seat-figure classifier (``claimx/components/seats/count_model.py``):

    python -m claimx.training seats-classifier --gold DIR --texts DIR [--gold DIR --texts DIR ...] [--fold A] --out FILE

1. every article with a gold file is read by claimx's pipeline with the seats component recording its kept
   candidate numbers (``SeatsComponent.record_candidates``: each one's features and the rules' drafts);
2. each candidate is labelled from the gold file (``seat_labels.label``);
3. a softmax regression is fitted on them (``count_model.fit``, deterministic) and written as JSON
   (default ``src/claimx/data/seats/count_model.json``, which the component loads).

``--fold NAME`` keeps, of a gold folder with a ``folds.json`` beside it, the documents of that fold only (a gold
folder without one, such as corpus/gold, is used whole): fit on fold A, measure fold B with
``CLAIMX_SEATS_MODEL=FILE claimx eval ... --fold B``.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Sequence

from ..components.seats import count_model
from . import seat_labels


def _documents(gold_dir: Path, fold: str | None) -> list[Path]:
    files = sorted(gold_dir.glob("*.json"))
    files = [f for f in files if f.name != "folds.json"]
    folds_file = gold_dir.parent / "folds.json"
    if fold and folds_file.is_file():
        keep = set(json.loads(folds_file.read_text(encoding="utf-8"))[fold])
        files = [f for f in files if f.stem in keep]
    return files


def collect(pairs: Sequence[tuple[Path, Path]], fold: str | None = None, nlp: Any = None,
            log: Callable[[str], None] = print) -> list[dict[str, Any]]:
    """One row per kept candidate of every gold article: doc, value, features, label and the rules' drafts."""
    from ..pipeline import load_pipeline
    from ..reader import decode_text

    old = os.environ.get("CLAIMX_SEATS_MODEL")
    os.environ["CLAIMX_SEATS_MODEL"] = "off"  # the features of the rules' output, never of an earlier model's
    nlp = nlp or load_pipeline()
    seats = nlp.get_pipe("claimx_seats")
    seats.record_candidates = True
    try:
        rows: list[dict[str, Any]] = []
        for gold_dir, texts_dir in pairs:
            for gf in _documents(gold_dir, fold):
                gold = json.loads(gf.read_text(encoding="utf-8"))
                tf = texts_dir / gold.get("doc", gf.stem + ".txt")
                if not tf.is_file():
                    log(f"  no text for {gf.name}")
                    continue
                text = decode_text(tf.read_bytes())
                doc = nlp(text)
                cands = doc.user_data.get("claimx_seat_candidates", [])
                for cand, lab in zip(cands, seat_labels.label(text, cands, gold)):
                    rows.append({"doc": gf.stem, "value": cand["value"], "features": cand["features"], "label": lab,
                                 "rules": cand["rules"]})
                for ev in seat_labels.unplaced(text, gold):
                    log(f"  {gf.stem}: evidence not in the text: {ev!r}")
        return rows
    finally:
        seats.record_candidates = False
        if old is None:
            os.environ.pop("CLAIMX_SEATS_MODEL", None)
        else:
            os.environ["CLAIMX_SEATS_MODEL"] = old


def train(pairs: Sequence[tuple[Path, Path]], out: Path, fold: str | None = None, threshold: float = 0.9,
          log: Callable[[str], None] = print, nlp: Any = None) -> dict[str, Any]:
    rows = collect(pairs, fold, nlp=nlp, log=log)
    model = count_model.fit([(r["features"], r["label"]) for r in rows])
    model.threshold = threshold
    labels = Counter(r["label"] for r in rows)
    right = 0
    for r in rows:
        p = model.proba(r["features"])
        right += max(p, key=p.get) == r["label"]
    gaps = [r for r in rows if r["label"] == "seat_count" and "seat_count" not in r["rules"]]
    caught = sum(1 for r in gaps if model.proba(r["features"])["seat_count"] >= threshold)
    summary = {
        "documents": len({r["doc"] for r in rows}),
        "candidates": len(rows),
        "labels": dict(sorted(labels.items())),
        "in_sample_accuracy": round(right / max(len(rows), 1), 3),
        "rule_gaps_in_sample": f"{caught}/{len(gaps)} gold counts the rules left reach P >= {threshold}",
    }
    # the gold folders by their last two names ("dev/gold", "corpus/gold"): no machine's paths in the data file
    source = ", ".join(f"{g.parent.name}/{g.name}" for g, _ in pairs) + (f" (fold {fold})" if fold else "")
    count_model.write(model, out, {
        "about": "Seat-figure classifier: softmax regression over a candidate number's features "
                 "(claimx.components.seats.model_features), what it counts. Written by `python -m claimx.training "
                 "seats-classifier`; re-run it after the candidates or features change.",
        "source": source, "training": summary,
        "fit": {"penalty": count_model.PENALTY, "steps": count_model.STEPS, "rate": count_model.RATE,
                "min_count": count_model.MIN_COUNT},
    })
    count_model.load.cache_clear()
    return summary
