"""Growth of extraction time on adversarial text: runs of capitalised words, quote marks, digits, seat words.

For each shape, the time to extract a text of 250, 500 and 1,000 units (best of ``--repeat``) and the
growth per doubling (linear = x2; quadratic = x4; cubic = x8), plus the ratio to a normal article of the
same number of characters. Usage:

    PYTHONPATH=src python benchmarks/pathological.py [--sizes 250,500,1000] [--repeat 2] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import time

# Invented sentences (no article's wording): a plain news register to compare against.
NORMAL = (
    "The Labour Party won 12 seats in the 300-seat chamber, officials said on Monday. "
    "\"We will form a government,\" said Ann Roe, the party leader. "
    "Turnout rose to 61 per cent as the Green Party lost three seats. "
)

SHAPES = {
    "party-run": lambda n: "Party " * n,
    "title-run": lambda n: " ".join(f"{chr(65 + i % 26)}{'abcdefghij'[i % 10]}word" for i in range(n)),
    "quote-run": lambda n: '" ' * n,
    "digit-run": lambda n: "12 " * n,
    "seat-words": lambda n: "seats " * n,
    "nested-quotes": lambda n: '"\u201c\u2018' * n,
    # quote marks between words (the tokenizer splits them; the run above is one 3n-character "word")
    "nested-spaced": lambda n: '"\u201c\u2018 ' * n,
    "short-quotes": lambda n: '\u201cYes,\u201d ' * n,  # closed quotes, one sentence: each looks at its sentence
    "open-quotes": lambda n: "\u201cword " * n,  # opening marks that never close
    "apostrophes": lambda n: "\u2018a \u2019 " * n,  # single marks that open and close nothing
}


def normal_text(chars: int) -> str:
    return (NORMAL * (chars // len(NORMAL) + 1))[:chars]


def timed(nlp, text: str, repeat: int) -> float:
    from claimx.extract import extract_text

    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        extract_text(nlp, text)
        best = min(best, time.perf_counter() - t)
    return best


def measure(nlp, shape: str, sizes: list[int], repeat: int = 1) -> dict:
    rows = []
    for n in sizes:
        text = SHAPES[shape](n)
        t = timed(nlp, text, repeat)
        base = timed(nlp, normal_text(len(text)), repeat)
        rows.append({"units": n, "chars": len(text), "seconds": round(t, 4), "normal_seconds": round(base, 4),
                     "ratio_to_normal": round(t / base, 2)})
    for a, b in zip(rows, rows[1:]):
        b["growth"] = round(b["seconds"] / a["seconds"], 2) if a["seconds"] else None
    return {"shape": shape, "rows": rows}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="250,500,1000")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--json")
    args = ap.parse_args()
    from claimx.extract import extract_text
    from claimx.pipeline import cached_pipeline

    nlp = cached_pipeline(None, None)
    extract_text(nlp, NORMAL)  # warm up
    sizes = [int(s) for s in args.sizes.split(",")]
    results = []
    for shape in args.shapes.split(","):
        r = measure(nlp, shape, sizes, args.repeat)
        results.append(r)
        for row in r["rows"]:
            print(f"{shape:14} {row['units']:6} units {row['chars']:7} chars {row['seconds']:8.3f} s "
                  f"(normal {row['normal_seconds']:.3f} s, x{row['ratio_to_normal']})"
                  + (f"  growth x{row['growth']}" if "growth" in row else ""), flush=True)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=2)


if __name__ == "__main__":
    main()
