"""Ray Data engine: ``claimx extract --engine ray [--address ray://host:10001]`` (extra ``claimx[ray]``).

The driver discovers the input files exactly like the local engine (same names, same order,
same problems for missing/unreadable paths) and makes a Ray dataset of their paths; an actor pool
(``map_batches`` with a callable class) reads and extracts them: each actor loads the spaCy pipeline
once and reads each file through claimx's own reader (:func:`extract_block`: the same
messages, and a file over ``claimx.reader.STREAM_BYTES`` streamed piece by piece, never held whole,
where ``ray.data.read_binary_files`` held every file's bytes whole in the object store) and batch path
(:func:`claimx.extract.extract_articles`, with its memory zones) over each block of files. Actors
return every file's records as JSON lines; the driver validates them back into claim objects and
yields one :class:`~claimx.extract.DocResult` per file, in input order (Ray Data's
``preserve_order``), so the JSONL written is the local engine's.

Cluster use: the input paths must be readable at the same path on every node (shared
filesystem), and claimx (with its model) must be installed on every node, or shipped with a
runtime environment given as JSON in ``CLAIMX_RAY_RUNTIME_ENV`` (passed to ``ray.init``; see
benchmarks/README.md). The address is ``--address`` or, when absent, ``RAY_ADDRESS``; with
neither, a local Ray instance is started (and stopped at the end).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..claims import RECORD_ADAPTER
from ..extract import DocResult, problem_result
from ..reader import DEFAULT_GLOBS, InputFile, InputProblem, discover



class ClaimxExtractor:
    """Ray Data callable class: one spaCy pipeline per actor, one ``nlp.pipe`` window per block."""

    def __init__(self, model: str | None, types: tuple[str, ...] | None, names: list, batch_size: int):
        import ray

        from ..pipeline import load_pipeline

        self.nlp = load_pipeline(model, types)
        self.types = types
        self.names: dict[str, str] = ray.get(names[0])  # path -> name (wrapped: fetched once per actor)
        self.batch_size = batch_size

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        paths = [str(p) for p in batch["path"]]
        lines = extract_block(self.nlp, [(p, self.names[p]) for p in paths], self.batch_size, self.types)
        return {"path": np.array(paths, dtype=object), "jsonl": np.array(lines, dtype=object)}


def extract_block(nlp: Any, files: list[tuple[str, str]], batch_size: int = 32,
                  types: Iterable[str] | None = None) -> list[str]:
    """Each file's records as JSON lines, for ``(path, name)`` pairs: read by claimx's reader on the node (as
    :func:`claimx.extract.extract_paths` reads them: byte-order marks, messages, long files streamed), and
    extracted by :func:`claimx.extract.extract_articles`. (No Ray in here: tested without a cluster.)"""
    from ..extract import _articles, extract_articles

    inputs = (InputFile(Path(path), name) for path, name in files)
    return [
        "".join(rec.model_dump_json(exclude_none=False) + "\n" for rec in res.records())
        for res in extract_articles(nlp, _articles(inputs), batch_size=batch_size, types=types)
    ]


def _result_from_jsonl(text: str) -> DocResult:
    records = [RECORD_ADAPTER.validate_json(line) for line in text.splitlines() if line]
    return DocResult(records[0], records[1:])


def _key(path: Path) -> str:
    return str(path.resolve())


def extract_with_ray(
    paths: Iterable[str],
    *,
    model: str | None = None,
    globs: Iterable[str] = DEFAULT_GLOBS,
    types: Iterable[str] | None = None,
    address: str | None = None,
    batch_size: int = 32,
    concurrency: int | None = None,
    skipped: Counter[str] | None = None,
) -> Iterator[DocResult]:
    """Extract claims on Ray; yields one :class:`DocResult` per input file, in input order."""
    import ray
    import ray.data
    items: list[InputFile | InputProblem] = []
    for item in discover(paths, globs, skipped):
        if isinstance(item, InputFile) and not os.access(item.path, os.R_OK):
            item = InputProblem(item.name, "permission denied")
        items.append(item)
    files = [it for it in items if isinstance(it, InputFile)]

    started = False
    if not ray.is_initialized():
        addr = address or os.environ.get("RAY_ADDRESS") or None
        kwargs: dict[str, Any] = {"address": addr, "log_to_driver": False, "logging_level": logging.WARNING}
        if addr is None:
            kwargs["include_dashboard"] = False
        runtime_env = os.environ.get("CLAIMX_RAY_RUNTIME_ENV")
        if runtime_env:  # e.g. '{"pip": ["claimx[ray]==0.1.0"]}' for nodes without claimx
            kwargs["runtime_env"] = json.loads(runtime_env)
        ray.init(**kwargs)
        started = True
    ctx = ray.data.DataContext.get_current()
    saved = (ctx.execution_options.preserve_order, ctx.enable_progress_bars)
    data_log = logging.getLogger("ray.data")
    saved_level = data_log.level
    results: Iterator[dict[str, Any]] = iter(())
    try:
        ctx.execution_options.preserve_order = True
        ctx.enable_progress_bars = sys.stderr.isatty()
        if not sys.stderr.isatty():
            data_log.setLevel(logging.WARNING)
        if files:
            names = [ray.put({_key(f.path): f.name for f in files})]
            cpus = int(ray.cluster_resources().get("CPU", 1))
            pool = concurrency or max(1, cpus)
            # paths, not bytes: each actor reads its files through claimx's reader (a long file is streamed)
            ds = ray.data.from_items([{"path": _key(f.path)} for f in files])
            ds = ds.map_batches(
                ClaimxExtractor,
                fn_constructor_kwargs={
                    "model": model,
                    "types": tuple(types) if types is not None else None,
                    "names": names,
                    "batch_size": batch_size,
                },
                batch_size=batch_size,
                compute=ray.data.ActorPoolStrategy(min_size=1, max_size=pool),
                num_cpus=1,
            )
            results = iter(ds.iter_rows())
        for item in items:
            if isinstance(item, InputProblem):
                yield problem_result(item)
                continue
            row = next(results)
            if row["path"] != _key(item.path):  # pragma: no cover - would be a Ray ordering bug
                raise RuntimeError(f"ray engine: expected {item.path}, got {row['path']}")
            yield _result_from_jsonl(row["jsonl"])
        if next(results, None) is not None:  # pragma: no cover
            raise RuntimeError("ray engine: more results than input files")
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()
        ctx.execution_options.preserve_order, ctx.enable_progress_bars = saved
        data_log.setLevel(saved_level)
        if started:
            ray.shutdown()
