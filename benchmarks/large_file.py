"""Long single files against a folder of normal articles of the same total size: time, words/s, peak memory.

For each size (in MB of UTF-8 text) it writes one long article made of invented election-news paragraphs
(party names, places and numbers varied, so the claims differ), and a folder holding the same text cut into
normal-size articles (~4 KB). It runs ``claimx extract FILE -o OUT`` (then the folder) in a subprocess and
records the wall time, words per second, peak resident memory of the process (and its workers: ``wait4``'s
``ru_maxrss``) and its resident memory over the run (``/proc/PID/status`` every 0.5 s), so memory that grows
with the file shows as a rising trace. The issue's targets: throughput per word of the long file within 20 %
of the folder's; peak memory of a 100 MB file within 1.5 x that of a 10 MB one. Usage:

    nice -n 10 env PYTHONPATH=src python benchmarks/large_file.py --sizes 1,5 [--no-folder] \\
        [--workdir /tmp/claimx-large] [--json out.json]

The generated files stay in ``--workdir`` (reused when present) and are never written into the repository.

``--blank`` runs the same ``claimx extract`` path (reading, pieces, windows, claims spilled to disk and
written out) with a blank spaCy pipeline (tokenizer, sentencizer and a small component that makes a
seat-count claim of every "N seats") instead of the trained one: ~20x faster, so a 100 MB file takes minutes,
and what it measures is the memory of claimx's own machinery as the file grows (the trained pipeline's
working memory depends on the piece size only).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

# Invented names and places: no article's wording.
PARTIES = ["Labour Party", "Green Party", "Union of Farmers", "Civic Alliance", "People's Movement",
           "Liberal Democrats", "Northern League", "Social Front", "Reform Party", "Unity Bloc"]
LEADERS = ["Ann Roe", "Piet Vahl", "Mira Osk", "Tomas Greer", "Lena Brun", "Omar Sefu", "Clara Ndlovu", "Jon Berg"]
PLACES = ["Northland", "the eastern province", "Port Ellis", "the capital", "Valeria", "the coastal districts"]
CHAMBERS = ["assembly", "parliament", "national council", "senate", "regional council"]


def paragraphs(rng: random.Random):
    """Endless invented paragraphs in a plain news register, with numbers that vary."""
    while True:
        a, b = rng.sample(PARTIES, 2)
        leader = rng.choice(LEADERS)
        chamber = rng.choice(CHAMBERS)
        size = rng.choice([101, 150, 199, 240, 300, 349, 450, 577])
        won = rng.randint(5, size // 2 + 20)
        lost = rng.randint(1, 12)
        turnout = rng.randint(41, 78)
        pick = rng.randrange(4)
        if pick == 0:
            yield (f"The {a} won {won} seats in the {size}-seat {chamber}, officials in {rng.choice(PLACES)} said on "
                   f"{rng.choice(['Monday', 'Tuesday', 'Sunday'])}, while the {b} lost {lost} seats.")
        elif pick == 1:
            yield (f"\u201cWe will form a government that listens,\u201d said {leader}, who leads the {a}, after "
                   f"the count showed turnout of {turnout} per cent. A majority needs {size // 2 + 1} seats.")
        elif pick == 2:
            yield (f"With {won} of the {size} seats, the {a} is {'short of' if won <= size // 2 else 'above'} the "
                   f"{size // 2 + 1} needed for a majority. The {b} took {rng.randint(3, size // 3)}, up "
                   f"{rng.randint(1, 9)} on the last election.")
        else:
            yield (f"Analysts in {rng.choice(PLACES)} said the result would test the coalition. {leader} told "
                   f"supporters: \u201cThe voters have spoken, and we have heard them.\u201d")


def articles(total_bytes: int, seed: int = 7, article_bytes: int = 4000):
    """Invented articles (a headline, then paragraphs) until ``total_bytes`` of UTF-8 are made."""
    rng = random.Random(seed)
    gen = paragraphs(rng)
    made = 0
    n = 0
    while made < total_bytes:
        n += 1
        parts = [f"Election results: count {n} in {rng.choice(PLACES)}"]
        size = len(parts[0])
        while size < article_bytes:
            p = next(gen)
            parts.append(p)
            size += len(p.encode("utf-8")) + 2
        art = "\n\n".join(parts) + "\n"
        made += len(art.encode("utf-8")) + 1
        yield art


def make_inputs(workdir: Path, mb: float, folder: bool) -> tuple[Path, Path | None, int]:
    """(long file, folder of the same articles or None, words)."""
    workdir.mkdir(parents=True, exist_ok=True)
    tag = f"{mb:g}MB"
    big = workdir / f"long-{tag}.txt"
    dirpath = workdir / f"folder-{tag}"
    words_file = workdir / f"words-{tag}.txt"
    if not big.exists() or not words_file.exists() or (folder and not dirpath.exists()):
        if folder:
            dirpath.mkdir(exist_ok=True)
        words = 0
        with open(big, "w", encoding="utf-8") as fh:
            for i, art in enumerate(articles(int(mb * 1_000_000))):
                fh.write(art + "\n")
                words += len(art.split())
                if folder:
                    (dirpath / f"a{i:06}.txt").write_text(art, encoding="utf-8")
        words_file.write_text(str(words))
    return big, (dirpath if folder else None), int(words_file.read_text())


def _rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def blank_extract(argv: list[str]) -> None:
    """``claimx extract ARGV`` with the blank pipeline (see ``--blank``); run in the child process."""
    import re

    import spacy
    from spacy.language import Language

    import claimx.pipeline
    from claimx.cli import main as cli_main
    from claimx.doctext import doc_text
    from claimx.extensions import add_draft

    seats = re.compile(r"(\d+) seats")

    @Language.component("large_file_seats")
    def _seats(doc):
        for m in seats.finditer(doc_text(doc)):
            add_draft(doc, {"type": "seat_count", "start": m.start(), "end": m.end(), "rule": "bench/seats",
                            "confidence": 0.8, "party": "Bloc", "seats": int(m.group(1))})
        return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("large_file_seats")
    claimx.pipeline.cached_pipeline = lambda model=None, types=None: nlp
    sys.argv = ["claimx", "extract", *argv]
    cli_main()


def run_extract(target: Path, out: Path, extra: list[str], blank: bool = False) -> dict:
    """``claimx extract TARGET -o OUT`` in a subprocess: wall time, peak RSS (MB), the RSS trace, claims."""
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parent.parent / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    cmd = [sys.executable, "-m", "claimx", "extract", str(target), "-o", str(out), *extra]
    if blank:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--blank-extract", str(target), "-o", str(out), *extra]
    err_path = out.with_suffix(".stderr")
    t0 = time.perf_counter()
    with open(err_path, "w") as err:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        trace: list[tuple[float, float]] = []
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            rss = _rss_mb(proc.pid)
            if rss is not None:
                trace.append((round(time.perf_counter() - t0, 1), round(rss)))
            time.sleep(0.5)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    summary = err_path.read_text().strip().splitlines()
    return {
        "exit": code,
        "seconds": round(wall, 1),
        "peak_rss_mb": round(usage.ru_maxrss / 1024),  # KB on Linux
        "trace": _thin(trace),
        "stderr_last": summary[-1] if summary else "",
    }


def _thin(trace: list[tuple[float, float]], keep: int = 12) -> list[tuple[float, float]]:
    if len(trace) <= keep:
        return trace
    step = (len(trace) - 1) / (keep - 1)
    return [trace[round(i * step)] for i in range(keep)]


def main() -> None:
    if sys.argv[1:2] == ["--blank-extract"]:
        blank_extract(sys.argv[2:])
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,5", help="MB, comma-separated")
    ap.add_argument("--workdir", default="/tmp/claimx-large")
    ap.add_argument("--no-folder", action="store_true", help="only the long file (no folder of normal articles)")
    ap.add_argument("--json", help="append the results (one JSON object per size) to this file")
    ap.add_argument("--blank", action="store_true", help="a blank pipeline instead of the trained one (see above)")
    ap.add_argument("extra", nargs="*", help="more arguments for claimx extract (after --)")
    args = ap.parse_args()
    workdir = Path(args.workdir)
    for mb in (float(s) for s in args.sizes.split(",")):
        big, folder, words = make_inputs(workdir, mb, not args.no_folder)
        row = {"mb": mb, "bytes": big.stat().st_size, "words": words, "pipeline": "blank" if args.blank else "trained"}
        for kind, target in (("long_file", big), ("folder", folder)):
            if target is None:
                continue
            tag = "-blank" if args.blank else ""
            r = run_extract(target, workdir / f"out-{kind}-{mb:g}MB{tag}.jsonl", args.extra, args.blank)
            r["words_per_s"] = round(words / r["seconds"]) if r["seconds"] else None
            row[kind] = r
            print(f"{mb:g} MB {kind:9}: {r['seconds']:8.1f} s  {r['words_per_s']:>7} words/s  "
                  f"peak RSS {r['peak_rss_mb']} MB  exit {r['exit']}  ({r['stderr_last']})", flush=True)
            print(f"    RSS trace (s, MB): {r['trace']}", flush=True)
        if "folder" in row and row["folder"]["words_per_s"]:
            row["long_vs_folder_throughput"] = round(row["long_file"]["words_per_s"] / row["folder"]["words_per_s"], 3)
            print(f"    long file / folder throughput: {row['long_vs_folder_throughput']}", flush=True)
        if args.json:
            with open(args.json, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
