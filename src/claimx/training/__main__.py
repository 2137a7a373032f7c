"""python -m claimx.training {train,evaluate,convert,seats-classifier} ..."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .recipe import evaluate_pipeline, train_pipeline


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m claimx.training",
                                 description="Train / evaluate claimx's English spaCy pipeline (claimx_en_core).")
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train", help="convert data, train syntax+NER concurrently, assemble, evaluate")
    t.add_argument("--data", type=Path, required=True, help="shared data folder (see its README.md)")
    t.add_argument("--out", type=Path, required=True, help="output folder, e.g. models/ (writes claimx_en_core/)")
    t.add_argument("--work", type=Path, default=None, help="scratch folder for DocBins and intermediate models "
                   "(default $CLAIMX_TRAIN_WORK or /work/train_work)")
    t.add_argument("--quick", action="store_true", help="a few hundred steps only: low-accuracy dev build")
    t.add_argument("--no-eval", action="store_true")
    t.add_argument("--syntax-steps", type=int, default=None)
    t.add_argument("--ner-steps", type=int, default=None)
    e = sub.add_parser("evaluate", help="evaluate a pipeline on the held-out test sets")
    e.add_argument("--model", type=Path, required=True)
    e.add_argument("--data", type=Path, required=True)
    e.add_argument("--out", type=Path, default=None, help="write metrics JSON here")
    e.add_argument("--no-speed", action="store_true")
    c = sub.add_parser("convert", help="only write the DocBins")
    c.add_argument("--data", type=Path, required=True)
    c.add_argument("--work", type=Path, required=True)
    s = sub.add_parser("seats-classifier", help="fit the seat-figure classifier on gold articles (see seats_classifier.py)")
    s.add_argument("--gold", type=Path, action="append", required=True, help="gold folder (repeat, one per --texts)")
    s.add_argument("--texts", type=Path, action="append", required=True, help="texts folder of the --gold at the same place")
    s.add_argument("--fold", default=None, help="only this fold of a gold folder with folds.json beside it")
    s.add_argument("--threshold", type=float, default=0.9, help="P(seat_count) from which a rules' gap becomes a count")
    s.add_argument("--out", type=Path, default=None, help="model file (default: the package's data/seats/count_model.json)")
    a = ap.parse_args(argv)
    if a.cmd == "seats-classifier":
        from ..components.seats.count_model import DATA_FILE
        from .seats_classifier import train as train_seats

        if len(a.gold) != len(a.texts):
            ap.error("give one --texts per --gold")
        res = train_seats(list(zip(a.gold, a.texts)), a.out or DATA_FILE, a.fold, a.threshold)
        print(json.dumps(res, indent=1))
        return 0
    if a.cmd == "train":
        steps = None
        if a.syntax_steps or a.ner_steps:
            from .recipe import FULL_STEPS, QUICK_STEPS
            steps = dict(QUICK_STEPS if a.quick else FULL_STEPS)
            if a.syntax_steps:
                steps["syntax"] = a.syntax_steps
            if a.ner_steps:
                steps["ner"] = a.ner_steps
        res = train_pipeline(a.data, a.out, quick=a.quick, work_dir=a.work, evaluate=not a.no_eval, steps=steps)
        print(json.dumps({k: res[k] for k in ("model", "train_wall_minutes") if k in res}))
    elif a.cmd == "evaluate":
        res = evaluate_pipeline(a.model, a.data, speed=not a.no_speed)
        text = json.dumps(res, indent=2)
        if a.out:
            a.out.write_text(text)
        print(text)
    else:
        from .convert import build_corpora
        build_corpora(a.data, a.work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
