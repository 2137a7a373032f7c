"""The batch path: articles -> spaCy (``nlp.pipe``) -> validated claim records.

Files are read lazily, processed in batches, and each file's records are
yielded as soon as its last chunk is done, so nothing holds the whole corpus.
Long files are cut at paragraph breaks into chunks whose offsets are kept.
"""

from __future__ import annotations

import bisect
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from .claims import CLAIM_ADAPTER, DocumentRecord, claim_id
from .extensions import drafts
from .reader import DEFAULT_GLOBS, Article, InputError, InputFile, InputProblem, discover, read_article

MAX_CHUNK_CHARS = 100_000
_DRAFT_KEYS = ("type", "start", "end", "rule", "confidence")


@dataclass
class DocResult:
    """Everything claimx learned from one input file."""

    record: DocumentRecord
    claims: list[Any] = field(default_factory=list)

    def records(self) -> Iterator[Any]:
        yield self.record
        yield from self.claims


def line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


def chunk_text(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split ``text`` at paragraph (else line) breaks into pieces of at most ~max_chars: (offset, piece)."""
    if len(text) <= max_chars:
        return [(0, text)]
    chunks: list[tuple[int, str]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(start + max_chars, n)
        if end < n:
            cut = text.rfind("\n\n", start + max_chars // 2, end)
            if cut == -1:
                cut = text.rfind("\n", start + max_chars // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + max_chars // 2, end)
            end = cut + 1 if cut != -1 else end
        chunks.append((start, text[start:end]))
        start = end
    return chunks


def claims_from_doc(doc: Doc, name: str, full_text: str, offset: int, starts: list[int]) -> list[Any]:
    """Turn the drafts the components left on ``doc`` into validated claims (offsets into ``full_text``)."""
    found = drafts(doc)
    if not found:
        return []
    sent_bounds = [(s.start_char, s.end_char) for s in doc.sents]
    sent_starts = [b[0] for b in sent_bounds]
    out: dict[tuple, Any] = {}
    for d in found:
        start, end = int(d["start"]), int(d["end"])
        i = max(bisect.bisect_right(sent_starts, start) - 1, 0)
        j = max(bisect.bisect_right(sent_starts, max(end - 1, start)) - 1, i)
        s_start, s_end = sent_bounds[i][0], sent_bounds[j][1]
        fields = {k: v for k, v in d.items() if k not in _DRAFT_KEYS}
        a, b = start + offset, end + offset
        data = {
            "id": claim_id(name, d["type"], a, b, fields),
            "doc": name,
            "type": d["type"],
            "text": doc.text[s_start:s_end].strip(),
            "span": {"start": a, "end": b},
            "evidence": full_text[a:b],
            "line": bisect.bisect_right(starts, a),
            "rule": d["rule"],
            "confidence": round(float(d["confidence"]), 3),
            **fields,
        }
        try:
            claim = CLAIM_ADAPTER.validate_python(data)
        except ValidationError as err:
            print(f"claimx: {name}: dropped an invalid {d['type']} draft from {d['rule']}: {err}", file=sys.stderr)
            continue
        key = (claim.type, a, b, tuple(sorted((k, str(v)) for k, v in fields.items())))
        prev = out.get(key)
        if prev is None or claim.confidence > prev.confidence:
            out[key] = claim
    return sorted(out.values(), key=lambda c: (c.span.start, c.span.end, c.type, c.id))


def _articles(inputs: Iterable[InputFile | InputProblem]) -> Iterator[Article | InputProblem]:
    for item in inputs:
        if isinstance(item, InputProblem):
            yield item
            continue
        try:
            yield read_article(item)
        except InputError as err:
            yield InputProblem(item.name, str(err))


def problem_result(p: InputProblem) -> DocResult:
    return DocResult(DocumentRecord(doc=p.name, status="error", reason=p.reason))


def extract_articles(
    nlp: Language,
    articles: Iterable[Article | InputProblem],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    max_chunk_chars: int = MAX_CHUNK_CHARS,
) -> Iterator[DocResult]:
    """Run ``nlp`` over articles, yielding one :class:`DocResult` per article, in input order."""
    pending: dict[int, dict[str, Any]] = {}
    order: list[int] = []
    ready: dict[int, DocResult] = {}

    def tuples() -> Iterator[tuple[str, tuple[int, int, int]]]:
        for idx, art in enumerate(articles):
            order.append(idx)
            if isinstance(art, InputProblem):
                ready[idx] = problem_result(art)
                continue
            chunks = chunk_text(art.text, max_chunk_chars)
            pending[idx] = {"article": art, "left": len(chunks), "claims": [], "starts": line_starts(art.text)}
            for offset, piece in chunks:
                yield piece, (idx, offset, len(chunks))

    next_out = 0

    def flush() -> Iterator[DocResult]:
        nonlocal next_out
        while next_out < len(order) and order[next_out] in ready:
            yield ready.pop(order[next_out])
            next_out += 1

    kwargs: dict[str, Any] = {"as_tuples": True, "batch_size": batch_size}
    if n_process > 1:
        kwargs["n_process"] = n_process
    for doc, (idx, offset, _n) in nlp.pipe(tuples(), **kwargs):
        entry = pending[idx]
        art: Article = entry["article"]
        entry["claims"].extend(claims_from_doc(doc, art.name, art.text, offset, entry["starts"]))
        entry["left"] -= 1
        if entry["left"] == 0:
            del pending[idx]
            claims = sorted(entry["claims"], key=lambda c: (c.span.start, c.span.end, c.type, c.id))
            record = DocumentRecord(
                doc=art.name,
                status="ok",
                chars=len(art.text),
                words=len(art.text.split()),
                sha256=art.sha256,
                claims=len(claims),
            )
            ready[idx] = DocResult(record, claims)
        yield from flush()
    yield from flush()


def extract_paths(
    nlp: Language,
    paths: Iterable[str],
    *,
    globs: Iterable[str] = DEFAULT_GLOBS,
    batch_size: int = 32,
    n_process: int = 1,
    on_result: Callable[[DocResult], None] | None = None,
) -> Iterator[DocResult]:
    """Discover, read and extract: the whole batch path for files and folders."""
    for result in extract_articles(nlp, _articles(discover(paths, globs)), batch_size=batch_size, n_process=n_process):
        if on_result is not None:
            on_result(result)
        yield result


def extract_text(nlp: Language, text: str, name: str = "<text>") -> list[Any]:
    """Claims of one text (convenience for tests and notebooks)."""
    art = Article(name, text, "")
    (result,) = list(extract_articles(nlp, [art]))
    return result.claims
