"""claimx's public Python API: ``extract``, ``check``, ``add_to`` (re-exported from :mod:`claimx`).

    import claimx
    claims = list(claimx.extract(["articles/"]))          # folders and files, as the CLI reads them
    claims = list(claimx.extract("Labour won 412 seats."))  # or texts
    report = claimx.check(claims)                          # the CLI's `claimx check`
    report.fails("error")

    nlp = claimx.add_to(spacy.blank("en"))                 # claimx's components in any English pipeline

Everything goes through the same code as the CLI (:func:`claimx.extract.extract_articles`,
:func:`claimx.checks.run_checks`), so a script gets the CLI's claims, ids and findings.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Union

from .claims import RECORD_ADAPTER
from .report import Report

TextOrPath = Union[str, "os.PathLike[str]"]


def add_to(nlp: Any, types: Iterable[str] | None = None) -> Any:
    """Add claimx's components to ``nlp`` (any English spaCy pipeline, a blank one included); returns ``nlp``.

    Adds, in :data:`claimx.pipeline.COMPONENT_ORDER`, every claimx component not there yet, and
    ``claimx_paragraphs`` before the parser (or senter); a pipeline with neither gets
    ``claimx_paragraphs`` first and a ``sentencizer`` after it, so sentence boundaries are set
    (``spacy.blank("en")`` alone raises E030). ``types`` adds only what those claim types need.
    The tokenizer gets claimx's adjustments (:func:`claimx.pipeline.prepare_tokenizer`: a closing quotation
    mark glued to the next word split off; emoticon exceptions with a digit, such as "8)", removed so "(8)" keeps
    its number; long runs of marks tokenized in linear time).
    This is what :func:`claimx.load_pipeline` (and so the CLI) does to the pipeline it loads.
    """
    from .pipeline import add_claimx_components, prepare_tokenizer

    return add_claimx_components(prepare_tokenizer(nlp), types)


def _is_path(item: Any) -> bool:
    """A ``Path`` (any ``os.PathLike``) is a path; a ``str`` is one when it names an existing file or folder
    and is a single line (article texts have line breaks or name nothing on disk)."""
    if isinstance(item, os.PathLike):
        return True
    if isinstance(item, str) and item and "\n" not in item and len(item) < 4096:
        try:
            return Path(item).exists()
        except OSError:
            return False
    return False


def _inputs(items: Iterable[Any], globs: Iterable[str]) -> Iterator[Any]:
    """Articles (and input problems) in the order given: paths are discovered and read like the CLI does,
    texts become articles named ``text-1``, ``text-2``, ... (by their position among the texts)."""
    from .extract import _articles
    from .reader import Article, discover

    n_text = 0
    for item in items:
        if _is_path(item):
            yield from _articles(discover([item], globs))
        elif isinstance(item, str):
            n_text += 1
            yield Article(f"text-{n_text}", item, hashlib.sha256(item.encode("utf-8")).hexdigest())
        else:
            raise TypeError(f"claimx.extract takes texts (str) and paths (str or Path), not {type(item).__name__}")


def _nlp(model: Any, types: tuple[str, ...] | None) -> Any:
    from spacy.language import Language

    from .pipeline import cached_pipeline

    if isinstance(model, Language):
        return add_to(model, types)
    return cached_pipeline(None if model is None else str(model), types)


def extract(
    texts_or_paths: TextOrPath | Iterable[TextOrPath],
    model: Any = None,
    *,
    types: Iterable[str] | None = None,
    documents: bool = False,
    globs: Iterable[str] | None = None,
    batch_size: int = 32,
    workers: int = 1,
) -> Iterator[Any]:
    """Claims (validated Pydantic models, :data:`claimx.Claim`) from texts, files and folders, in input order.

    ``texts_or_paths``: one item or an iterable of them. A ``pathlib.Path``, or a one-line ``str`` naming an
    existing file or folder, is read as ``claimx extract`` reads it (folders recursively, ``*.txt``/``*.md``
    or ``globs``; claims' ``doc`` relative to the folder); any other ``str`` is the text of an article,
    named ``text-1``, ``text-2``, ... ``model``: ``None`` (claimx's own pipeline), an installed pipeline's
    name, a folder, or a loaded ``spacy.Language`` (claimx's components are added to it if missing).
    ``types``: only these claim types. ``documents=True`` also yields each input's
    :class:`~claimx.DocumentRecord` before its claims (what ``claimx extract`` writes; ``check`` uses them
    to report unreadable files). Unreadable files are never an exception: they come as document records
    with ``status="error"``.
    """
    from .extract import extract_articles
    from .reader import DEFAULT_GLOBS

    if isinstance(texts_or_paths, (str, os.PathLike)):
        texts_or_paths = [texts_or_paths]
    wanted = tuple(types) if types is not None else None
    if wanted is not None:
        from .claims import CLAIM_TYPES

        unknown = [t for t in wanted if t not in CLAIM_TYPES]
        if unknown:
            raise ValueError(f"unknown claim type(s) {', '.join(unknown)}; choose from {', '.join(CLAIM_TYPES)}")
    nlp = _nlp(model, wanted)
    articles = _inputs(texts_or_paths, tuple(globs) if globs is not None else DEFAULT_GLOBS)
    for result in extract_articles(nlp, articles, batch_size=batch_size, n_process=workers, types=wanted):
        if documents:
            yield result.record
        yield from result.claims


def _record(item: Any) -> Any:
    if isinstance(item, dict):
        return RECORD_ADAPTER.validate_python(item)
    return item


def check(
    claims: Iterable[Any],
    facts: Any = None,
    *,
    root: str | os.PathLike[str] | None = None,
) -> Report:
    """Run claimx's consistency checks (what ``claimx check`` does) and return the :class:`~claimx.Report`.

    ``claims``: claim models (from :func:`extract`, document records included or not) or plain dicts as read
    from claims JSONL. ``facts``: ``None``, a path to a facts file (YAML or JSON, as ``--facts``) or a
    :class:`claimx.facts.FactsFile`. ``root``: the folder the claims' ``doc`` paths are relative to (the
    articles are then read for country and year cues, as ``claimx run`` does).
    ``report.findings`` lists what was found; ``report.fails("error")`` is the CLI's exit 1.
    """
    from .checks import run_checks
    from .facts import FactsFile, load_facts

    if facts is not None and not isinstance(facts, FactsFile):
        facts = load_facts(facts)
    return run_checks([_record(c) for c in claims], facts=facts, root=root)
