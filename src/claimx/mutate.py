"""Mutation harness: inject contradictions into real articles and measure what the checks catch.

    python -m claimx.mutate ARTICLES... [--per-kind N] [--json FILE] [--folds FOLDS.json --gold GOLD_DIR]

For every article (read from the paths given; nothing is copied anywhere) claimx extracts the claims,
then makes mutants, each changing ONE number of the text so that the article contradicts itself:

- ``exceed``: a party's result raised so that the parties' results add up past the chamber (stated in the
  article, or the built-in reference size), the party alone staying below it;
- ``majority-too-few``: the count of a party said to have a majority lowered 10 below the threshold;
- ``short-but-enough``: the count of a party said to be short of a majority (or a minority) raised 5 past
  the threshold;
- ``n-short``: the N of "N short of a majority" (where count + N is the threshold) changed by 7;
- ``change``: a stated change ("gained 12") that agrees with the result and previous count made 5 larger;
- ``previous``: in the same case, the previous count ("up from 40") made 5 larger.

Each mutant is extracted and checked alone; it is *caught* when an error-level finding appears that the
unchanged article does not raise and that names the injected number (at warning level: counted apart).
A mutant is only made where the original agrees with itself on that point (a party said to have a majority
has at least the threshold, one said to fall short has fewer), so that the change creates the contradiction.
The originals, checked together, give the false errors. The report lists every miss with the article, line,
change and the findings it raised at warning level (naming the claims below the top band).

The shipped confidence model was fitted on the annotated articles, so on them it is kinder than on news it has
not seen. With ``--folds FOLDS.json --gold GOLD_DIR`` each fold's articles are mutated under a model fitted on
the other folds' gold only (as ``claimx calibrate`` cross-fits): the figure to expect of unseen articles.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .checks import run_checks
from .checks.changes import change_basis
from .checks.context import ArticleContext, ReferenceIndex, hedge_kind
from .checks.majority import stated_count_and_thresholds
from .reader import Article, InputFile, LongArticle, discover, read_input

KINDS = ("exceed", "majority-too-few", "short-but-enough", "n-short", "change", "previous")
WINNING = ("majority", "supermajority")
LOSING = ("short_of_majority", "minority")


@dataclass
class Mutant:
    doc: str
    kind: str
    line: int
    old: int
    new: int
    start: int  # offset of the changed number in the article
    end: int
    caught: str = "missed"  # error | warning | missed
    findings: str = ""


_WORD_NUMBER = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")


def _number_at(text: str, span: Any, value: int) -> tuple[int, int] | None:
    """Offsets of ``value`` inside the claim's evidence span: written in digits, else in words ("eight short of a
    majority", "twenty-one seats"), which news writes as often as digits for small numbers; the mutant then
    writes the new value in digits ("15 short of a majority")."""
    pat = re.compile(r"(?<![\d.,])" + re.escape(f"{value:,}" if value >= 1000 else str(value)) + r"(?![\d])")
    m = pat.search(text, span.start, span.end)
    if m:
        return (m.start(), m.end())
    from .numbers import is_number_word, parse_number

    for w in _WORD_NUMBER.finditer(text, span.start, span.end):
        word = w.group().lower()
        if all(is_number_word(part) for part in word.split("-")) and parse_number(word) == value:
            return (w.start(), w.end())
    return None


def plan(text: str, ctx: ArticleContext, per_kind: int) -> list[Mutant]:
    """The mutants of one article (at most ``per_kind`` of each kind)."""
    out: list[Mutant] = []
    taken: set[tuple[int, int]] = set()

    def add(kind: str, claim: Any, old: int, new: int) -> None:
        if sum(1 for m in out if m.kind == kind) >= per_kind or new < 0 or new == old:
            return
        at = _number_at(text, claim.span, old)
        if at is None or at in taken:
            return
        taken.add(at)
        out.append(Mutant(ctx.doc, kind, claim.line, old, new, *at))

    # the rarer kinds first, so that a count they need is not already taken by an "exceed" mutant
    for ms in ctx.by_type["majority_status"]:
        # the count the status speaks of (its own sentence's, else the one in the chamber of a threshold its
        # sentence states, else the party's exact result) and that chamber's threshold: a "majority" in the
        # National Assembly is never tested against a Senate count
        got = stated_count_and_thresholds(ctx, ms)
        if got is None:
            continue
        count, _, ts = got
        if not ts:
            continue
        # only where the original agrees with the status (a party said to have a majority has at least
        # the threshold; one said to fall short has fewer): the change then makes the contradiction
        if ms.status in WINNING and count.seats >= max(ts) and min(ts) - 10 > 0:
            add("majority-too-few", count, count.seats, min(ts) - 10)
        elif ms.status in LOSING and count.seats < min(ts):
            add("short-but-enough", count, count.seats, max(ts) + 5)
        # "N short of a majority" where count + N is the threshold
        if ms.short_by is not None and ms.status in LOSING and any(abs(count.seats + ms.short_by - t) <= 1 for t in ts):
            add("n-short", ms, ms.short_by, ms.short_by + 7)
    for ch in ctx.by_type["seat_change"]:
        # the result and the previous count the change is measured between (the check's own choice)
        basis = change_basis(ctx, ch)
        if basis is None:
            continue
        now, before, _ = basis
        if now.seats - before.seats == ch.delta:
            add("change", ch, abs(ch.delta), abs(ch.delta) + 5)  # "up 12" made "up 17"
            add("previous", before, before.seats, before.seats + 5)  # "from 40 to 52" made "from 45 to 52"
    for (body, status), g in ctx.groups.items():
        if status != "result":
            continue
        size, _ = ctx.size_for(body)
        if size is None:
            continue
        chosen = {name: e.chosen() for name, e in g.parties.items() if not e.alliance()}
        for name, c in chosen.items():
            if hedge_kind(c) != "exact":
                continue
            others = sum(o.seats for n, o in chosen.items() if n != name)
            new = size - others + 3
            if c.seats < new < size:
                add("exceed", c, c.seats, new)
    return out


def _apply(text: str, m: Mutant) -> str:
    return text[: m.start] + str(m.new) + text[m.end:]


def _errors(report: Any) -> set[tuple[str, int | None, str]]:
    return {(f.rule, f.line, f.message) for f in report.findings if f.severity == "error"}


def _warnings(report: Any) -> set[tuple[str, int | None, str]]:
    return {(f.rule, f.line, f.message) for f in report.findings if f.severity == "warning"}


def mutable_articles(paths: list[str], log=print) -> list[tuple[InputFile, Article]]:
    """The readable articles under ``paths`` with their input files. The reader's own bound applies: a file
    over STREAM_BYTES comes back as a LongArticle (never read whole); mutants are whole texts (one number
    changed), so such a file, or an unreadable one, is skipped with the reason logged."""
    out: list[tuple[InputFile, Article]] = []
    for item in discover(paths):
        if not isinstance(item, InputFile):
            continue
        try:
            art = read_input(item)
        except Exception as err:  # an unreadable file is not an article to mutate
            log(f"skipped {item.name}: {err}")
            continue
        if isinstance(art, LongArticle):
            log(f"skipped {item.name}: {art.size:,} bytes, a long file read piece by piece: not mutated whole")
            continue
        out.append((item, art))
    return out


def run(paths: list[str], per_kind: int = 2, nlp: Any = None, log=print) -> dict[str, Any]:
    from .extract import extract_articles
    from .pipeline import cached_pipeline

    nlp = nlp or cached_pipeline()
    articles = [art for _, art in mutable_articles(paths, log)]

    def records_of(arts: list[Article]) -> list[Any]:
        return [r for res in extract_articles(nlp, arts) for r in res.records()]

    originals = records_of(articles)
    # the checks read each article's text as `claimx run` does (country and year cues)
    texts = {a.name: a.text for a in articles}
    together = run_checks(originals, texts=texts)
    false_errors = [f for f in together.findings if f.severity == "error"]
    ref = ReferenceIndex(None)
    by_doc: dict[str, list[Any]] = {}
    for r in originals:
        if r.type != "document":
            by_doc.setdefault(r.doc, []).append(r)
    mutants: list[Mutant] = []
    for art in articles:
        claims = by_doc.get(art.name, [])
        ctx = ArticleContext(art.name, claims, ref, text=art.text)
        plans = plan(art.text, ctx, per_kind)
        if not plans:
            continue
        alone = run_checks([r for r in originals if r.doc == art.name], texts={art.name: art.text})
        base_err, base_warn = _errors(alone), _warnings(alone)
        for m in plans:
            mutated = Article(art.name, _apply(art.text, m), "")
            report = run_checks(records_of([mutated]), texts={art.name: mutated.text})
            # caught for the right reason: a new finding that names the injected number
            named = re.compile(r"(?<![\d,])" + re.escape(str(m.new)) + r"(?![\d])")
            new_err = {e for e in _errors(report) - base_err if named.search(e[2])}
            new_warn = {w for w in _warnings(report) - base_warn if named.search(w[2])}
            if new_err:
                m.caught, m.findings = "error", "; ".join(sorted({f"{r} line {ln}" for r, ln, _ in new_err}))
            elif new_warn:
                m.caught, m.findings = "warning", "; ".join(sorted({f"{r} line {ln}: {msg[-160:]}" for r, ln, msg in new_warn}))
            mutants.append(m)
    n = len(mutants)
    caught = sum(1 for m in mutants if m.caught == "error")
    by_kind = {k: [sum(1 for m in mutants if m.kind == k and m.caught == "error"),
                   sum(1 for m in mutants if m.kind == k)] for k in KINDS}
    return {
        "articles": len(articles),
        "articles_mutated": len({m.doc for m in mutants}),
        "mutants": n,
        "caught_error": caught,
        "caught_warning": sum(1 for m in mutants if m.caught == "warning"),
        "share_caught_error": round(caught / n, 3) if n else None,
        "by_kind": by_kind,
        "share_caught_error_kind_mean": round(sum(c / n for c, n in by_kind.values() if n)
                                              / max(1, sum(1 for _, n in by_kind.values() if n)), 3),
        "false_errors_on_originals": [f"{f.doc}:{f.line} {f.rule} {f.message[:200]}" for f in false_errors],
        "mutants_list": [asdict(m) for m in mutants],
    }


def render(result: dict[str, Any]) -> str:
    lines = [
        f"mutation harness: {result['mutants']} mutants in {result['articles_mutated']} of {result['articles']} articles",
        f"caught at error level: {result['caught_error']}/{result['mutants']}"
        + (f" ({result['share_caught_error']:.1%})" if result["mutants"] else ""),
        f"caught at warning level only: {result['caught_warning']}",
        "by kind (caught at error / injected): "
        + ", ".join(f"{k} {c}/{n}" for k, (c, n) in result["by_kind"].items())
        + f"; mean over kinds {result['share_caught_error_kind_mean']:.1%}",
        f"false errors on the originals: {len(result['false_errors_on_originals'])}",
        *(f"  {x}" for x in result["false_errors_on_originals"]),
        "not caught at error level:",
    ]
    for m in result["mutants_list"]:
        if m["caught"] != "error":
            lines.append(f"  {m['doc']}:{m['line']} {m['kind']} {m['old']} -> {m['new']}: {m['caught']}"
                         + (f" ({m['findings']})" if m["findings"] else ""))
    return "\n".join(lines) + "\n"


def crossfit_run(paths: list[str], gold: Path, folds: dict[str, list[str]], per_kind: int = 2,
                 log=print) -> dict[str, Any]:
    """The harness with the confidence model fitted out of fold: for each fold of ``folds`` (fold name -> document
    names), the model is fitted on the other folds' annotated articles (``gold``, as ``claimx calibrate`` does)
    and the fold's own articles are mutated and checked under it. A model scores the articles it was fitted on
    too kindly; this is what the gate can expect of articles it has not seen. Returns the per-fold results and
    their sum."""
    import os
    import tempfile

    from .checks.calibration import PENALTY, fit_model
    from .checks.calibration import write as write_model
    from .evaluate import doc_key, evaluate_dir
    from .extract import extract_articles
    from .pipeline import cached_pipeline

    nlp = cached_pipeline()
    readable = mutable_articles(paths, log)
    files = [f for f, _ in readable]

    def key(name: str) -> str:
        return doc_key(name).removesuffix(".txt")

    fold_of = {key(d): name for name, docs in folds.items() for d in docs}
    articles = [art for _, art in readable]
    before = os.environ.get("CLAIMX_CALIBRATION")
    os.environ["CLAIMX_CALIBRATION"] = "none"  # outcomes and features do not depend on a fitted model
    try:
        records = [r for res in extract_articles(nlp, articles) for r in res.records()]
        outcomes = evaluate_dir(gold, records).outcomes
    finally:
        if before is None:
            os.environ.pop("CLAIMX_CALIBRATION", None)
        else:
            os.environ["CLAIMX_CALIBRATION"] = before
    per_fold: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(folds):
            model = fit_model([(o.features, o.right) for o in outcomes if fold_of.get(key(o.doc)) not in (None, name)],
                              PENALTY)
            path = Path(tmp) / f"fitted-without-{name}.json"
            write_model(model, f"all folds but {name}", {}, {}, path)
            own = [str(f.path) for f in files if fold_of.get(key(f.name)) == name]
            if not own:
                continue
            os.environ["CLAIMX_CALIBRATION"] = str(path)
            try:
                per_fold[name] = run(own, per_kind, nlp=nlp, log=log)
            finally:
                if before is None:
                    os.environ.pop("CLAIMX_CALIBRATION", None)
                else:
                    os.environ["CLAIMX_CALIBRATION"] = before
    n = sum(r["mutants"] for r in per_fold.values())
    caught = sum(r["caught_error"] for r in per_fold.values())
    return {"folds": per_fold, "mutants": n, "caught_error": caught,
            "share_caught_error": round(caught / n, 3) if n else None,
            "false_errors_on_originals": [x for r in per_fold.values() for x in r["false_errors_on_originals"]]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m claimx.mutate", description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", help="article files or folders (read only)")
    ap.add_argument("--per-kind", type=int, default=2, help="at most this many mutants of each kind per article")
    ap.add_argument("--json", type=Path, help="also write the full result as JSON here")
    ap.add_argument("--folds", type=Path, metavar="FILE",
                    help="folds.json (fold name -> documents): fit the confidence model out of fold on --gold and "
                         "mutate each fold's articles under the model fitted on the others")
    ap.add_argument("--gold", type=Path, metavar="DIR", help="gold folder of the articles (with --folds)")
    args = ap.parse_args(argv)
    log = lambda s: print(s, file=sys.stderr)  # noqa: E731
    if args.folds:
        if not args.gold:
            ap.error("--folds needs --gold")
        folds = json.loads(args.folds.read_text(encoding="utf-8"))
        result = crossfit_run(args.paths, args.gold, folds, args.per_kind, log=log)
        for name, r in result["folds"].items():
            sys.stdout.write(f"== fold {name}, the model fitted on the other folds\n" + render(r))
        share = result["share_caught_error"]
        sys.stdout.write(f"cross-fitted: caught at error level {result['caught_error']}/{result['mutants']}"
                         + (f" ({share:.1%})" if share is not None else "")
                         + f", false errors on the originals {len(result['false_errors_on_originals'])}\n")
    else:
        result = run(args.paths, args.per_kind, log=log)
        sys.stdout.write(render(result))
    if args.json:
        from .reader import write_atomic

        write_atomic(args.json, json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
