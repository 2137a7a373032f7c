"""claimx's command line: extract, check, run, schema, eval, model.

Exit codes (all commands): 0 clean, 1 findings at or above ``--fail-on``,
2 usage or input error. Claims and reports go to stdout or ``-o``; progress
and messages go to stderr only.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from . import __version__

app = typer.Typer(
    name="claimx",
    help="Turn folders of news text into validated claims (JSONL) and check them for consistency.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # help text is plain: "claimx[ray]" and file names stay as written
)
model_app = typer.Typer(help="Train and evaluate claimx's own spaCy pipeline.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(model_app, name="model")

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class Format(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
    junit = "junit"
    sarif = "sarif"
    github = "github"
    html = "html"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    never = "never"


class Engine(str, Enum):
    local = "local"
    ray = "ray"


def _err(msg: str) -> None:
    typer.echo(f"claimx: {msg}", err=True)


def _fail(msg: str, code: int = EXIT_USAGE) -> typer.Exit:
    _err(msg)
    return typer.Exit(code)


def _check_output(path) -> None:
    """Refuse an output path that cannot be written, before any work (see claimx.outputs).

    The ``-o`` options are plain strings, not ``Path``: click's path conversion drops a trailing slash, and
    ``-o newdir/`` (a folder, by the slash) must be refused, not written as a file named ``newdir``."""
    from .outputs import OutputError, check_output

    try:
        check_output(path)
    except OutputError as err:
        raise _fail(str(err)) from None


def _parse_types(types: Optional[str]) -> tuple[str, ...] | None:
    if not types:
        return None
    from .claims import CLAIM_TYPES

    wanted = tuple(t.strip() for t in types.split(",") if t.strip())
    unknown = [t for t in wanted if t not in CLAIM_TYPES]
    if unknown:
        raise _fail(f"unknown claim type(s) {', '.join(unknown)}; choose from {', '.join(CLAIM_TYPES)}")
    return wanted


def _load_nlp(model: Optional[str], types: tuple[str, ...] | None):
    from .pipeline import ModelNotFound, cached_pipeline

    try:
        return cached_pipeline(model, types)
    except ModelNotFound as err:
        raise _fail(str(err)) from None


class _Progress:
    """A progress bar on a TTY (stderr), silence otherwise.

    The files are counted (and their sizes summed) before extraction starts, so the bar has a total and an
    ETA; it advances by bytes of text as each window of chunks is done, so a long file moves it too
    (``by_bytes=False``, for engines that report whole files only: it advances per file)."""

    def __init__(self, enabled: bool, files: int = 0, total_bytes: int = 0, by_bytes: bool = True):
        self.bar = None
        self.files = self.claims = 0
        self.by_bytes = by_bytes and total_bytes > 0
        self._last = 0.0
        if enabled and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            size = DownloadColumn() if self.by_bytes else MofNCompleteColumn()
            self.bar = Progress(
                TextColumn("extracting"),
                BarColumn(),
                size,
                TextColumn("{task.fields[files]}/{task.fields[nfiles]} files, {task.fields[claims]} claims"),
                TimeElapsedColumn(),
                TextColumn("eta"),
                TimeRemainingColumn(),
                console=Console(stderr=True, markup=False, highlight=False),
                transient=True,
                auto_refresh=False,  # no refresh thread: worker processes may be forked while it runs
            )
            total = total_bytes if self.by_bytes else (files or None)
            self.task = self.bar.add_task("extract", total=total, files=0, nfiles=files or "?", claims=0)

    def __enter__(self):
        if self.bar:
            self.bar.__enter__()
        return self

    def __exit__(self, *exc):
        if self.bar:
            self.bar.__exit__(*exc)

    def _refresh(self, force: bool = False) -> None:
        import time

        now = time.monotonic()
        if force or now - self._last > 0.1:
            self._last = now
            self.bar.refresh()

    def bytes_done(self, done: int) -> None:
        if self.bar and self.by_bytes:
            self.bar.update(self.task, completed=done)
            self._refresh()

    def advance(self, n_claims: int) -> None:
        if self.bar:
            self.claims += n_claims
            self.files += 1
            if self.by_bytes:
                self.bar.update(self.task, files=self.files, claims=self.claims)
            else:
                self.bar.update(self.task, advance=1, files=self.files, claims=self.claims)
            self._refresh()


def _count_inputs(paths: list[str], globs: list[str]) -> tuple[int, int]:
    """(files, bytes) the extraction will read: for the progress bar's total (folders listed once more)."""
    from .reader import InputFile, discover

    files = total = 0
    for item in discover(paths, globs):
        files += 1
        if isinstance(item, InputFile):
            try:
                total += item.path.stat().st_size
            except OSError:
                pass
    return files, total


def _run_extract(
    paths: list[str],
    output: Optional[str | Path],
    model: Optional[str],
    workers: int,
    globs: list[str],
    types: tuple[str, ...] | None,
    batch_size: int,
    engine: Engine = Engine.local,
    address: Optional[str] = None,
    keep: bool = True,
    allow_empty: bool = False,
    max_file_mb: Optional[float] = None,
) -> tuple[list[Any], list[Any]]:
    """Extract claims; write JSONL to ``output`` (atomically) or stdout.

    Returns (records, problems); records are kept in memory only when ``keep`` (the checks need
    them), so a plain ``extract`` streams with flat memory.
    """
    from .extract import extract_paths
    from .outputs import open_output
    from .reader import format_skipped

    if workers < 1:
        raise _fail("--workers must be at least 1")
    _check_output(output)
    records: list[Any] = []
    problems: list[Any] = []
    counts = {"docs": 0, "claims": 0}
    skipped: Counter[str] = Counter()  # files of other extensions inside the folders: counted, not read

    n_files, n_bytes = _count_inputs(paths, globs) if sys.stderr.isatty() else (0, 0)
    progress = _Progress(True, n_files, n_bytes, by_bytes=engine is not Engine.ray)
    if engine is Engine.ray:
        try:
            from .engines.ray_engine import extract_with_ray
        except ImportError as err:
            raise _fail(f"--engine ray needs the optional extra: pip install 'claimx[ray]' ({err})") from None
        results = extract_with_ray(paths, model=model, globs=globs, types=types, address=address, batch_size=batch_size,
                                   skipped=skipped)
    else:
        nlp = _load_nlp(model, types)
        results = extract_paths(nlp, paths, globs=globs, batch_size=batch_size, n_process=workers, types=types,
                                on_progress=progress.bytes_done, max_file_mb=max_file_mb, skipped=skipped)

    def consume(write) -> None:
        with progress:
            for result in results:
                if result.record.status == "error":
                    problems.append(result.record)
                    _err(f"{result.record.doc}: {result.record.reason} (skipped)")
                counts["docs"] += 1
                counts["claims"] += len(result.claims)
                for rec in result.records():
                    if keep:
                        records.append(rec)
                    write(rec.model_dump_json() + "\n")
                progress.advance(len(result.claims))

    if output is None or str(output) == "-":
        out = sys.stdout
        consume(out.write)
        out.flush()
    else:
        with open_output(output) as fh:
            consume(fh.write)
    n_docs = counts["docs"]
    _err(f"{counts['claims']} claims from {n_docs - len(problems)} of {n_docs} files"
         + (f" ({len(problems)} unreadable)" if problems else "")
         + (f"; {format_skipped(skipped)}" if skipped else ""))
    _nothing_checked(n_docs, problems, paths, globs, allow_empty, skipped)
    return records, problems


def _skipped_by_extension(skipped: Counter[str], globs: list[str], problems: list[Any]) -> str:
    """What was left out and why, counted per extension: '2 .pdf (not matching *.txt, *.md), 1 .txt (empty file)'.

    ``skipped`` is what discovery counted (extension -> files not matching ``globs``), not a second walk of the
    folders (which would count the output just written into them)."""

    def ext(name: str) -> str:
        return Path(name).suffix.lower() or "(no extension)"

    counts: Counter[tuple[str, str]] = Counter()
    for suffix, n in skipped.items():
        counts[(suffix or "(no extension)", "not matching " + ", ".join(globs))] += n
    for d in problems:
        counts[(ext(d.doc), d.reason or "unreadable")] += 1
    if not counts:
        return "no files found"
    return ", ".join(f"{n} {e} ({why})" for (e, why), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _nothing_checked(n_docs: int, problems: list[Any], paths: list[str], globs: list[str], allow_empty: bool,
                     skipped: Counter[str]) -> None:
    """No readable input document is not a pass: exit 2 naming what was skipped, unless --allow-empty."""
    if n_docs - len(problems) > 0 or allow_empty:
        return
    raise _fail(
        f"no readable documents in {', '.join(paths)}: {_skipped_by_extension(skipped, globs, problems)}; "
        "nothing was checked (--allow-empty to accept this)"
    )


MAX_FILE_MB_HELP = ("Memory guard: a file whose extraction grows resident memory by more than N MB is reported as "
                    "unreadable (CX091) and the batch goes on (default 2048, or CLAIMX_MAX_FILE_MB; 0: off).")
ALLOW_EMPTY_HELP = "Exit 0 when there is no readable document (default: exit 2, nothing checked is not a pass)."


GLOB_HELP = "File name pattern(s) to take from folders (repeatable). Default: *.txt and *.md."


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files and folders of articles (folders are searched recursively).", metavar="PATH")],
    output: Annotated[Optional[str], typer.Option("-o", "--output", help="Write JSONL here (atomically); stdout when absent.", metavar="FILE")] = None,
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline: installed package name or folder. Default: claimx's own.", metavar="NAME|DIR")] = None,
    workers: Annotated[int, typer.Option("--workers", help="Processes (output is identical for any number).", metavar="N")] = 1,
    glob: Annotated[Optional[list[str]], typer.Option("--glob", help=GLOB_HELP, metavar="PATTERN")] = None,
    types: Annotated[Optional[str], typer.Option("--types", help="Comma-separated claim types to extract (default: all).", metavar="TYPE,...")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Texts per nlp.pipe batch.", metavar="N")] = 32,
    engine: Annotated[Engine, typer.Option("--engine", help="local (default) or ray (needs claimx[ray]).")] = Engine.local,
    address: Annotated[Optional[str], typer.Option("--address", help="Ray cluster address (with --engine ray).", metavar="ADDRESS")] = None,
    allow_empty: Annotated[bool, typer.Option("--allow-empty", help=ALLOW_EMPTY_HELP)] = False,
    max_file_mb: Annotated[Optional[float], typer.Option("--max-file-mb", help=MAX_FILE_MB_HELP, metavar="N", min=0)] = None,
) -> None:
    """Extract claims from articles as JSON lines (a `document` record per file, then its claims)."""
    from .reader import DEFAULT_GLOBS

    _, problems = _run_extract(
        paths, output, model, workers, glob or list(DEFAULT_GLOBS), _parse_types(types), batch_size, engine, address,
        keep=False, allow_empty=allow_empty, max_file_mb=max_file_mb,
    )
    raise typer.Exit(EXIT_USAGE if problems else EXIT_OK)


def _load_claims(files: list[Path], root: Optional[Path] = None) -> list[Any]:
    from .io_jsonl import JsonlError, read_records

    try:
        return read_records(files, root)
    except JsonlError as err:
        raise _fail(str(err)) from None


def _load_facts(facts: Optional[Path]):
    if facts is None:
        return None
    from .facts import FactsError, load_facts

    try:
        return load_facts(facts)
    except FactsError as err:
        raise _fail(str(err)) from None


def _emit_report(report, fmt: Format, output: Optional[str | Path], root: Optional[Path] = None) -> None:
    from .formats import render
    from .outputs import write_output

    text = render(report, fmt.value, color=output is None and sys.stdout.isatty(), root=root)
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        if text and not text.endswith("\n"):
            sys.stdout.write("\n")
    else:
        write_output(output, text)


@app.command()
def check(
    claims: Annotated[list[Path], typer.Argument(help="JSONL files written by `claimx extract`.", metavar="CLAIMS.jsonl")],
    facts: Annotated[Optional[Path], typer.Option("--facts", help="Known results and chambers (YAML or JSON).", metavar="FILE")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Report format.")] = Format.text,
    output: Annotated[Optional[str], typer.Option("-o", "--output", help="Write the report here (atomically).", metavar="FILE")] = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 when a finding is at or above this severity.")] = FailOn.error,
    root: Annotated[Optional[Path], typer.Option("--root", help="Folder the claims' doc paths are relative to (for file links).", metavar="DIR")] = None,
    allow_empty: Annotated[bool, typer.Option("--allow-empty", help=ALLOW_EMPTY_HELP)] = False,
) -> None:
    """Check claims for contradictions and known totals; report in the chosen format."""
    from .checks import run_checks

    _check_output(output)
    records = _load_claims(claims, root)
    readable = {r.doc for r in records if r.type != "document" or r.status == "ok"}
    if not readable and not allow_empty:
        unreadable = [r for r in records if r.type == "document"]
        raise _fail(
            f"no readable documents in {', '.join(map(str, claims))}"
            + (f": {_skipped_by_extension(Counter(), [], unreadable)}" if unreadable else "")
            + "; nothing was checked (--allow-empty to accept this)"
        )
    report = run_checks(records, facts=_load_facts(facts), root=root)
    _emit_report(report, fmt, output, root)
    raise typer.Exit(EXIT_FINDINGS if report.fails(fail_on.value) else EXIT_OK)


class TableFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"


@app.command()
def table(
    claims: Annotated[list[Path], typer.Argument(help="JSONL files written by `claimx extract`.", metavar="CLAIMS.jsonl")],
    output: Annotated[Optional[str], typer.Option("-o", "--output", help="Write the table here (atomically); stdout when absent.", metavar="FILE")] = None,
    fmt: Annotated[TableFormat, typer.Option("--format", help="csv (default) or jsonl.")] = TableFormat.csv,
    root: Annotated[Optional[Path], typer.Option("--root", help="Folder of the articles (their text helps resolve chambers).", metavar="DIR")] = None,
) -> None:
    """Seat table: one row per article, election (chamber) and party, with the article's final figure per status."""
    from .table import seat_table, to_csv, to_jsonl

    _check_output(output)
    rows = seat_table(_load_claims(claims), root=root)
    text = to_csv(rows) if fmt is TableFormat.csv else to_jsonl(rows)
    if output is None or str(output) == "-":
        sys.stdout.write(text)
    else:
        from .outputs import write_output

        write_output(output, text)
    _err(f"{len(rows)} rows")


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Files and folders of articles.", metavar="PATH")],
    out: Annotated[Path, typer.Option("--out", help="Folder for claims.jsonl and report.json.", metavar="DIR")] = Path("out"),
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline name or folder.", metavar="NAME|DIR")] = None,
    workers: Annotated[int, typer.Option("--workers", metavar="N")] = 1,
    glob: Annotated[Optional[list[str]], typer.Option("--glob", help=GLOB_HELP, metavar="PATTERN")] = None,
    facts: Annotated[Optional[Path], typer.Option("--facts", help="Known results (YAML or JSON).", metavar="FILE")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Format of the report printed on stdout.")] = Format.text,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 when a finding is at or above this severity.")] = FailOn.error,
    batch_size: Annotated[int, typer.Option("--batch-size", metavar="N")] = 32,
    allow_empty: Annotated[bool, typer.Option("--allow-empty", help=ALLOW_EMPTY_HELP)] = False,
    max_file_mb: Annotated[Optional[float], typer.Option("--max-file-mb", help=MAX_FILE_MB_HELP, metavar="N", min=0)] = None,
) -> None:
    """Extract and check in one go: writes OUT/claims.jsonl and OUT/report.json, prints the report."""
    from .checks import run_checks
    from .outputs import OutputError, OutputFolder, write_output
    from .reader import DEFAULT_GLOBS

    fact_set = _load_facts(facts)
    folder = OutputFolder(out)  # locked for the run; claims and report published together, manifest last
    try:
        folder.__enter__()
    except OutputError as err:
        raise _fail(str(err)) from None
    try:
        records, problems = _run_extract(
            paths, folder.stage("claims.jsonl"), model, workers, glob or list(DEFAULT_GLOBS), None, batch_size,
            allow_empty=allow_empty, max_file_mb=max_file_mb,
        )
        from .reader import input_root

        root = input_root(paths)  # the documents' names are relative to it
        report = run_checks(records, facts=fact_set, root=root)
        write_output(folder.stage("report.json"), report.model_dump_json(indent=2) + "\n")
        folder.publish()
    finally:
        folder.__exit__(None, None, None)
    _emit_report(report, fmt, None, root)
    if problems:
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(EXIT_FINDINGS if report.fails(fail_on.value) else EXIT_OK)


@app.command()
def schema(
    out: Annotated[Path, typer.Option("--out", help="Folder for the JSON Schemas.", metavar="DIR")] = Path("schemas"),
    check_only: Annotated[bool, typer.Option("--check", help="Exit 1 when the folder is not current.")] = False,
) -> None:
    """Write (or --check) the JSON Schemas generated from claimx's Pydantic models."""
    from .schemas import schema_files

    if check_only and not out.is_dir():
        raise _fail(f"{out}/: no such folder to check (--check compares the JSON Schemas in a folder, by default "
                    f"schemas/ of a claimx checkout, with the models; give --out DIR, or write them: claimx schema --out {out})")
    stale, missing = [], []
    for name, content in schema_files().items():
        path = out / name
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current != content:
            (stale if current is not None else missing).append(name)
            if not check_only:
                from .reader import write_atomic

                write_atomic(path, content)
    if check_only:
        if stale or missing:
            what = "; ".join(part for part in (
                f"missing: {', '.join(missing)}" if missing else "",
                f"out of date: {', '.join(stale)}" if stale else "",
            ) if part)
            _err(f"schemas in {out}/ not current ({what}); run `claimx schema --out {out}`")
            raise typer.Exit(EXIT_FINDINGS)
        _err(f"schemas in {out}/ are current")
    else:
        n = len(stale) + len(missing)
        _err(f"wrote {n} schema file(s) to {out}/" if n else f"schemas in {out}/ already current")


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold JSON files.", metavar="DIR")],
    texts: Annotated[Optional[Path], typer.Option("--texts", help="Folder of article texts to extract from.", metavar="DIR")] = None,
    claims: Annotated[Optional[Path], typer.Option("--claims", help="Claims JSONL already extracted.", metavar="FILE")] = None,
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline name or folder.", metavar="NAME|DIR")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.", metavar="text|json")] = "text",
    output: Annotated[Optional[str], typer.Option("-o", "--output", metavar="FILE")] = None,
    fold: Annotated[Optional[str], typer.Option("--fold", help="Only the documents of this fold of folds.json (see --folds).", metavar="NAME")] = None,
    folds: Annotated[Optional[Path], typer.Option("--folds", help="The folds file (default: folds.json beside the gold folder).", metavar="FILE")] = None,
) -> None:
    """Measure extraction against gold annotations: P/R/F1 per claim type, misses and false hits."""
    from .evaluate import GoldError, evaluate_dir, fold_documents, render_eval

    if (texts is None) == (claims is None):
        raise _fail("give exactly one of --texts DIR or --claims FILE")
    if fmt not in ("text", "json"):
        raise _fail("--format must be text or json")
    _check_output(output)
    if not gold.is_dir():
        raise _fail(f"{gold}: not a folder of gold files")
    only = None
    if fold is not None:
        try:
            only = fold_documents(folds or gold.parent / "folds.json", fold)
        except GoldError as err:
            raise _fail(str(err)) from None
    if texts is not None:
        from .extract import extract_paths

        nlp = _load_nlp(model, None)
        inputs = [str(texts)] if only is None else [str(texts / name) for name in only]
        records = [r for res in extract_paths(nlp, inputs) for r in res.records()]
    else:
        records = _load_claims([claims])
    try:
        result = evaluate_dir(gold, records, only=only)
    except GoldError as err:
        raise _fail(str(err)) from None
    text = render_eval(result, fmt)
    if output:
        from .outputs import write_output

        write_output(output, text)
    else:
        sys.stdout.write(text)


@app.command()
def calibrate(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold JSON files.")],
    texts: Annotated[Path, typer.Option("--texts", help="Folder of the annotated article texts.")],
    output: Annotated[Optional[str], typer.Option("-o", "--output", help="Calibration file (default: the package's data/calibration/confidence.json).")] = None,
    folds: Annotated[Optional[Path], typer.Option("--folds", help="Folds file for the cross-fitted band report (default: folds.json beside the gold folder, if any).", metavar="FILE")] = None,
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline name or folder.")] = None,
) -> None:
    """Fit the confidence model (P(claim right) from general claim features) on annotated articles and write
    it; print precision per confidence band in-sample and cross-fitted (fit on one fold, score the other)."""
    import json as _json
    import os as _os

    from .checks.calibration import (
        PENALTY, band_report, crossfit, fit_model, render_band_report, write,
    )
    from .evaluate import GoldError, evaluate_dir
    from .extract import extract_paths

    if output is not None:
        _check_output(output)
    nlp = _load_nlp(model, None)
    records = [r for res in extract_paths(nlp, [str(texts)]) for r in res.records()]
    _os.environ["CLAIMX_CALIBRATION"] = "none"  # the features and outcomes do not depend on a previous fit
    try:
        result = evaluate_dir(gold, records)
    except GoldError as err:
        raise _fail(str(err)) from None
    rows = [(o.doc, o.type, o.features, o.right) for o in result.outcomes]
    fitted = fit_model([(f, r) for _, _, f, r in rows], PENALTY)
    reports = {"in-sample": band_report([(t, fitted.score(f), r) for _, t, f, r in rows])}
    folds_file = folds or gold.parent / "folds.json"
    if folds_file.is_file():
        try:
            fold_docs = _json.loads(folds_file.read_text(encoding="utf-8"))
        except ValueError as err:
            raise _fail(f"{folds_file}: {err}") from None
        scored = crossfit(rows, fold_docs, PENALTY)
        reports["cross-fitted"] = band_report([(t, v, r) for _, t, v, r in scored])
        for name in sorted(fold_docs):
            reports[f"fold {name} (fitted on the others)"] = band_report([(t, v, r) for f, t, v, r in scored if f == name])
    counts: dict[str, list[int]] = {}
    for _, _, feats, right in rows:
        for f in feats:
            row = counts.setdefault(f, [0, 0])
            row[0] += 1
            row[1] += int(right)
    path = write(fitted, f"{gold.name} of {gold.parent.name}: {result.documents} documents, {len(rows)} claims",
                 reports, counts, path=output)
    for title, report in reports.items():
        _err(render_band_report(f"precision per confidence band, {title}:", report))
    _err(f"fitted the confidence model ({len(fitted.weights)} features) on {result.documents} documents -> {path}")


@model_app.command("train")
def model_train(
    data: Annotated[Path, typer.Option("--data", help="Folder with the treebanks (shared/data).", metavar="DIR")],
    out: Annotated[Path, typer.Option("--out", help="Folder to write the pipeline (and metrics) to.", metavar="DIR")] = Path("models"),
    quick: Annotated[bool, typer.Option("--quick", help="A few hundred steps only (smoke test).")] = False,
) -> None:
    """Convert the open treebanks and train claimx_en_core (CPU, fixed seeds)."""
    from .training.recipe import train_pipeline

    if not data.is_dir():
        raise _fail(f"{data}: no such data folder")
    train_pipeline(data, out, quick=quick, log=_err)


@model_app.command("evaluate")
def model_evaluate(
    data: Annotated[Path, typer.Option("--data", help="Folder with the treebanks (shared/data).", metavar="DIR")],
    model: Annotated[Optional[str], typer.Option("--model", help="Pipeline to evaluate (default: claimx's own).", metavar="NAME|DIR")] = None,
) -> None:
    """Accuracy of a pipeline on the held-out splits (POS, LAS, NER per label), as JSON."""
    from .pipeline import bundled_model_path
    from .training.recipe import evaluate_pipeline

    target = model or bundled_model_path()
    if target is None:
        raise _fail("no pipeline to evaluate")
    sys.stdout.write(json.dumps(evaluate_pipeline(target, data), indent=2) + "\n")


@app.callback(invoke_without_command=True)
def _main(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="On an unexpected error, print the traceback.")] = False,
) -> None:
    _DEBUG["on"] = _DEBUG["on"] or debug
    if version:
        typer.echo(f"claimx {__version__}")
        raise typer.Exit(0)


_DEBUG = {"on": False}


class _PipeClosed(Exception):
    """stdout's reader went away (`claimx extract ... | head -1`): not an error of claimx's."""


class _PipeGuard:
    """sys.stdout, with a closed pipe turned into :class:`_PipeClosed` (which click does not map to exit 1)."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text):
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise _PipeClosed() from None

    def flush(self):
        try:
            return self._stream.flush()
        except BrokenPipeError:
            raise _PipeClosed() from None

    def __getattr__(self, name):
        return getattr(self._stream, name)


def main() -> None:
    """Console entry point. Exit codes: 0 clean, 1 findings, 2 usage or input error, and 2 for an unexpected
    error too (one line on stderr; the traceback with --debug or CLAIMX_DEBUG=1). A closed stdout pipe exits 0.
    SIGTERM is handled like SIGINT (Ctrl-C): the workers are shut down, temporary files removed, and the
    previous output left as it was; the exit status is the shell's for the signal, 143 (SIGTERM) or 130 (SIGINT)."""
    import os

    from .signals import EXIT_SIGINT, EXIT_SIGTERM, Terminated, handle_sigterm, terminated

    handle_sigterm()
    _DEBUG["on"] = bool(os.environ.get("CLAIMX_DEBUG"))
    sys.stdout = _PipeGuard(sys.stdout)
    try:
        try:
            app(standalone_mode=True)
        except SystemExit as done:
            # typer turns any KeyboardInterrupt (SIGTERM's Terminated included) into exit 130
            if terminated():
                raise Terminated() from None
            if done.code == EXIT_SIGINT:
                _err("interrupted")
            raise
        finally:
            sys.stdout.flush()  # here, not at interpreter exit: a reader gone by now is a _PipeClosed too
    except Terminated:
        _err("terminated")
        sys.exit(EXIT_SIGTERM)
    except _PipeClosed:
        # the reader has all it wanted; point stdout at /dev/null so the final flush cannot fail again
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.__stdout__.fileno())
        except OSError:
            pass
        sys.exit(EXIT_OK)
    except KeyboardInterrupt:  # pragma: no cover - typer maps it to exit 130 already
        _err("interrupted")
        sys.exit(EXIT_SIGINT)
    except Exception as err:  # noqa: BLE001 - the last resort: one line, exit 2
        if _DEBUG["on"]:
            import traceback

            traceback.print_exc()
        detail = str(err).strip().splitlines()[0] if str(err).strip() else ""
        _err(f"unexpected error: {type(err).__name__}{': ' + detail if detail else ''}"
             + ("" if _DEBUG["on"] else " (run with --debug for the traceback)"))
        sys.exit(EXIT_USAGE)
