"""How `claimx check` scales with the number of articles about one election.

Writes synthetic claims (no model needed) for N articles covering one invented general election:
every article states the chamber size and the majority threshold, gives six parties their results
(spelled in several ways: "Harbour Party", "the Harbour party", "HP"), a seat change, a majority status,
and names the election year. A few articles give one party a different count, so the cross-article
check has something to report. Then times `claimx check FILE --format json` in a fresh process
(best of --repeats) for each N.

    .venv/bin/python benchmarks/check_scale.py                  # 400, 1600, 10000 articles
    .venv/bin/python benchmarks/check_scale.py --sizes 400 1600 --repeats 3

Targets (issue 16): time(1,600) <= 5 x time(400); 10,000 articles under a minute.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from claimx.claims import (  # noqa: E402
    ChamberSize, CharSpan, DocumentRecord, MajorityStatus, MajorityThreshold, SeatChange, SeatCount, claim_id,
)

BODY = "House of Delegates"
SIZE, THRESHOLD = 300, 151
# (spellings, seats): a consistent result that adds up to 300
PARTIES = [
    (("Harbour Party", "the Harbour party", "HP"), 162),
    (("Meadow Alliance Party", "Meadow Alliance", "MAP"), 71),
    (("Granite Union", "the Granite Union"), 33),
    (("Lantern Movement",), 20),
    (("Riverside Greens", "the Riverside Greens"), 9),
    (("Coastal Democrats",), 5),
]


def _claim(cls, doc: str, idx: int, sentence: str, **fields):
    start = idx * 10
    data = dict(fields)
    cid = claim_id(doc, cls.model_fields["type"].default, start, start + 5, data)
    return cls(id=cid, doc=doc, text=sentence, span=CharSpan(start=start, end=start + 5), evidence=sentence[:5],
               line=idx + 1, rule="bench", confidence=0.95, **data)


def article(i: int) -> list:
    doc = f"day{i % 7}/story-{i:05d}.txt"
    recs: list = [DocumentRecord(doc=doc, status="ok", chars=2000, words=350)]
    lead = "The Harbour Party won the 2031 general election in Saldane, voters gave it 162 seats."
    n = 0
    recs.append(_claim(ChamberSize, doc, n, f"Saldane's {SIZE}-seat {BODY} was elected in 2031.", body=BODY, seats=SIZE))
    n += 1
    recs.append(_claim(MajorityThreshold, doc, n, f"{THRESHOLD} seats are needed for a majority.", body=BODY, seats=THRESHOLD))
    for names, seats in PARTIES:
        n += 1
        name = names[i % len(names)]
        if i % 97 == 13 and seats == 33:  # a few articles disagree with the rest
            seats = 34
        recs.append(_claim(SeatCount, doc, n, f"{name} won {seats} seats in the 2031 election.", party=name, seats=seats,
                           body=BODY, status="result"))
    n += 1
    recs.append(_claim(SeatChange, doc, n, "The Harbour Party gained 12 seats.", party="Harbour Party", delta=12))
    n += 1
    recs.append(_claim(MajorityStatus, doc, n, lead, party="Harbour Party", status="majority"))
    return recs


def write_claims(path: Path, n_articles: int) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n_articles):
            for r in article(i):
                fh.write(r.model_dump_json() + "\n")
                count += 1
    return count


def time_check(path: Path, repeats: int) -> tuple[float, int]:
    best = float("inf")
    rc = 0
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    for _ in range(repeats):
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "claimx", "check", str(path), "--format", "json", "-o", os.devnull],
                              env=env, capture_output=True, text=True)
        best = min(best, time.perf_counter() - t0)
        rc = proc.returncode
        if rc not in (0, 1):
            raise SystemExit(f"claimx check failed ({rc}): {proc.stderr[-2000:]}")
    return best, rc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[400, 1600, 10000])
    ap.add_argument("--repeats", type=int, default=1)
    args = ap.parse_args()
    times: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="claimx-check-scale-") as tmp:
        print("| articles | claims | check (s) | exit |")
        print("|---:|---:|---:|---:|")
        for n in args.sizes:
            path = Path(tmp) / f"claims-{n}.jsonl"
            records = write_claims(path, n)
            t, rc = time_check(path, args.repeats)
            times[n] = t
            print(f"| {n:,} | {records:,} | {t:.2f} | {rc} |", flush=True)
    if 400 in times and 1600 in times:
        print(f"\n1,600 / 400: x{times[1600] / times[400]:.2f} (target <= 5)")
    if 10000 in times:
        print(f"10,000 articles: {times[10000]:.1f} s (target < 60)")


if __name__ == "__main__":
    main()
