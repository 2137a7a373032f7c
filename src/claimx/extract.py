"""The batch path: articles -> spaCy (``nlp.pipe``) -> validated claim records.

Streaming, flat in memory, parallel with identical output:

- files are read lazily, one at a time, as the pipeline needs more text;
- long files are cut at paragraph breaks into chunks; claim offsets and line
  numbers always refer to the whole file;
- the chunks flow through ``nlp.pipe(..., as_tuples=True, batch_size=...)`` in
  *windows* of at most one batch or ~20,000 characters (the first ones smaller, so the
  first claims come out at once). Each window runs inside ``nlp.memory_zone()``,
  so strings and lexemes the window adds are freed when it ends, and its Docs
  are turned into claims (plain Pydantic objects) before the zone closes;
- each file's :class:`DocResult` is yielded, in input order, as soon as its last
  chunk is done; only the windows in flight and their not-yet-finished files are
  held, never the corpus;
- ``n_process > 1`` runs windows in a pool of forked processes (each inherits the
  loaded pipeline, processes whole windows and returns claims); the parent
  reorders. Windows and batches are the same whatever the number of processes,
  so the output is identical, byte for byte and in the same order, to
  ``n_process=1``. (Where fork is not the platform's way, spaCy's own ``n_process``
  is used instead.)
"""

from __future__ import annotations

import bisect
import multiprocessing
import os
import re
import signal
import sys
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from .claims import CLAIM_ADAPTER, DocumentRecord, claim_id
from .doctext import sentence_char_bounds, source_text
from .parties import canonical_party, party_key, same_party
from .extensions import drafts  # noqa: F401  (public re-export; also registers the extensions)
from .reader import DEFAULT_GLOBS, Article, InputError, InputFile, InputProblem, LongArticle, discover, read_input

# A long file is cut at paragraph breaks into pieces of at most this many characters (~3,500 words, longer
# than nearly every news article, as long as a window): a long file is then processed like a folder of
# articles. The network's working memory grows with the length of the Doc (tok2vec: a 100,000-character
# piece peaked 390 MB above the process, a 20,000-character one 55-70 MB), so bigger pieces cost memory
# and time, and claims change only where a piece is cut (between two paragraphs).
MAX_CHUNK_CHARS = 20_000
# A window (one nlp.pipe call, one memory zone, one unit of work for a process) closes at one batch
# of texts or at this many characters (~3,000 words, about a second of work), whichever comes first:
# small units keep the processes of --workers evenly busy to the end of a run. (The network's speed does
# not depend on it: the bare pipeline takes the same time over 4, 13 or 32 texts per nlp.pipe call.)
WINDOW_CHARS = 20_000
# Windows run outside a memory zone until the vocabulary has made this many lexemes (``len(vocab)``,
# which counts up and never down): the words of roughly the first 100,000 words of text (the common ones,
# met again in every article) stay in the vocabulary instead of being made anew in every zone (~20-40 us
# each: spaCy's lexical attributes and claimx's lexeme flags). Memory stays flat: past the limit every
# window runs in a zone, so at most WARM_VOCAB words plus one window's stay.
WARM_VOCAB = 30_000
_DRAFT_KEYS = ("type", "start", "end", "rule", "confidence")
# The per-file guard: a window that takes longer than this many seconds (normal windows take about one) is
# run again piece by piece, each piece with the same limit; a piece that still takes longer, or runs out of
# memory, makes its file an error record (its reason says why; `check` reports it as CX091) and the batch
# goes on. Set with CLAIMX_FILE_SECONDS (0 turns the guard off). Needs SIGALRM (the main thread, Unix).
FILE_SECONDS = float(os.environ.get("CLAIMX_FILE_SECONDS", "120"))
# The memory side of the guard: while a window runs, a watch thread reads the process's resident memory
# (/proc/self/statm) every 20 ms; when it has grown by more than this many MB since the window started, the
# window is stopped (a signal to the main thread) and treated like one that took too long: run again piece by
# piece, and the piece still over the limit makes its file an error record (CX091, "resident memory grew by
# more than N MB"). A normal window grows it by a few tens of MB. Set with ``--max-file-mb`` or
# CLAIMX_MAX_FILE_MB (0 turns it off). A MemoryError is contained the same way whatever this limit.
MAX_FILE_MB = float(os.environ.get("CLAIMX_MAX_FILE_MB", "2048"))
# A file longer than this many characters keeps its claims on disk (a temporary file, already deleted from
# its folder) until its last chunk is done, not in memory: a 100 MB article holds hundreds of thousands of
# claims, and its document record (which counts them) must come first. They are read back one by one as the
# result is written. Chunks never overlap, so the claims come back in the same order.
SPILL_CHARS = 2_000_000

# One text fed to nlp.pipe: (text, (file index, file name, offset in file, newlines before offset)).
Piece = tuple[str, tuple[int, str, int, int]]


class SpilledClaims:
    """Claims kept in an unnamed temporary file as JSON lines: ``len()`` and iteration (once or many times)
    like a list, without holding them in memory. Iteration validates each line back into its claim."""

    def __init__(self) -> None:
        import tempfile

        self._fh = tempfile.TemporaryFile("w+b")
        self._n = 0

    def extend(self, claims: Iterable[Any]) -> None:
        for c in claims:
            self._fh.write(c.model_dump_json().encode("utf-8") + b"\n")
            self._n += 1

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[Any]:
        self._fh.flush()
        self._fh.seek(0)
        for line in self._fh:
            yield CLAIM_ADAPTER.validate_json(line)

    def close(self) -> None:
        self._fh.close()

    def __del__(self) -> None:
        try:
            self._fh.close()
        except Exception:  # pragma: no cover
            pass


@dataclass
class DocResult:
    """Everything claimx learned from one input file. ``claims`` is a list, or for a file longer than
    :data:`SPILL_CHARS` a :class:`SpilledClaims` (sized and iterable, in the same order)."""

    record: DocumentRecord
    claims: list[Any] | SpilledClaims = field(default_factory=list)

    def records(self) -> Iterator[Any]:
        yield self.record
        yield from self.claims


# A line ends at LF, CRLF or a lone CR (CR-only files from old Mac tools): line numbers count all three.
_LINE_BREAK = re.compile(r"\r\n?|\n")


def line_starts(text: str) -> list[int]:
    """Offsets where the lines of ``text`` start (after LF, CRLF or a lone CR)."""
    if "\r" not in text:
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts
    return [0] + [m.end() for m in _LINE_BREAK.finditer(text)]


def count_line_breaks(text: str, start: int, end: int) -> int:
    """Line breaks (LF, CRLF, lone CR) that end in ``text[start:end]``."""
    if "\r" not in text:
        return text.count("\n", start, end)
    return sum(1 for _ in _LINE_BREAK.finditer(text, start, end))


def chunk_text(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split ``text`` at paragraph (else line) breaks into pieces of at most ~max_chars: (offset, piece)."""
    return [(a, text[a:b]) for a, b in chunk_bounds(text, max_chars)]


def chunk_bounds(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[tuple[int, int]]:
    """The (start, end) offsets of :func:`chunk_text`'s pieces, without copying the text."""
    if len(text) <= max_chars:
        return [(0, len(text))]
    chunks: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(start + max_chars, n)
        if end < n:
            end = _cut(text, start, end, max_chars)
        chunks.append((start, end))
        start = end
    return chunks


def _cut(text: str, start: int, end: int, max_chars: int) -> int:
    """Where the piece starting at ``start`` ends, given that the text goes on past ``end`` (= start +
    max_chars): after the last paragraph break, else line break (LF, else a lone CR: CR-only files), else
    space in the piece's second half; else at ``end``, but never between the CR and LF of a CRLF (a line
    break stays in one piece, so line numbers counted piece by piece add up)."""
    cut = text.rfind("\n\n", start + max_chars // 2, end)
    if cut == -1:
        cut = text.rfind("\n", start + max_chars // 2, end)
    if cut == -1:  # (no LF in the range: a CR before its last character is a lone CR)
        cut = text.rfind("\r", start + max_chars // 2, end - 1)
    if cut == -1:
        cut = text.rfind(" ", start + max_chars // 2, end)
    if cut != -1:
        return cut + 1
    if text[end - 1] == "\r" and text[end] == "\n" and end - 1 > start:
        return end - 1
    return end


def stream_chunks(blocks: Iterable[str], max_chars: int = MAX_CHUNK_CHARS) -> Iterator[tuple[int, str, str]]:
    """:func:`chunk_text`'s pieces of the text made by joining ``blocks``, without ever holding more than
    about one block and one piece: (offset, piece, the character after the piece or ``""`` at the end).
    The pieces are the same as :func:`chunk_bounds` gives for the whole text (a piece is decided by the
    ``max_chars + 1`` characters from its start)."""
    buf = ""
    pos = 0  # where the next piece starts in buf
    base = 0  # offset of buf[0] in the whole text
    more = iter(blocks)
    eof = False
    while True:
        while not eof and len(buf) - pos <= max_chars:
            block = next(more, None)
            if block is None:
                eof = True
            else:
                buf = buf[pos:] + block
                base += pos
                pos = 0
        left = len(buf) - pos
        if left == 0:
            return
        if left <= max_chars:  # (eof) the last piece
            yield base + pos, buf[pos:], ""
            return
        end = _cut(buf, pos, pos + max_chars, max_chars)
        yield base + pos, buf[pos:end], buf[end]
        pos = end


def _warn_stderr(msg: str) -> None:
    print(msg, file=sys.stderr)


def _claims(
    doc: Doc,
    name: str,
    offset: int,
    line_base: int,
    types: frozenset[str] | None = None,
    warn: Callable[[str], None] = _warn_stderr,
) -> list[Any]:
    """Validated claims from the drafts on ``doc`` (a chunk starting at ``offset`` of file ``name``,
    after ``line_base`` newlines). Evidence is taken from the Doc's source text (``doc.text``, but with its
    lone CRs, see :func:`claimx.doctext.source_text`), which is the file's text at [offset, offset + len(doc.text))."""
    found = doc._.claimx_drafts
    if not found:
        return []
    text = source_text(doc)
    abbrs = doc._.claimx_party_abbrs or {}
    sent_bounds = sentence_char_bounds(doc) if doc.has_annotation("SENT_START") else [(s.start_char, s.end_char) for s in doc.sents]
    sent_starts = [b[0] for b in sent_bounds]
    starts = line_starts(text)
    out: dict[tuple, Any] = {}
    for d in found:
        if types is not None and d.get("type") not in types:
            continue
        try:
            start, end = int(d["start"]), int(d["end"])
            i = max(bisect.bisect_right(sent_starts, start) - 1, 0)
            j = max(bisect.bisect_right(sent_starts, max(end - 1, start)) - 1, i)
            s_start, s_end = sent_bounds[i][0], sent_bounds[j][1]
            fields = {k: v for k, v in d.items() if k not in _DRAFT_KEYS}
            if abbrs:  # a party's name, as a seat claim's owner or an event's actor or target
                for key in ("party", "actor", "target"):
                    if fields.get(key):
                        fields[key] = with_abbreviation(fields[key], abbrs)
            a, b = start + offset, end + offset
            data = {
                "id": claim_id(name, d["type"], a, b, fields),
                "doc": name,
                "type": d["type"],
                "text": text[s_start:s_end].strip(),
                "span": {"start": a, "end": b},
                "evidence": text[start:end],
                "line": line_base + bisect.bisect_right(starts, start),
                "rule": d["rule"],
                "confidence": round(float(d["confidence"]), 3),
                **fields,
            }
            claim = CLAIM_ADAPTER.validate_python(data)
        except (ValidationError, KeyError, TypeError, ValueError, IndexError) as err:
            warn(f"claimx: {name}: dropped an invalid {d.get('type')} draft from {d.get('rule')}: {err}")
            continue
        key = (claim.type, a, b, tuple(sorted((k, str(v)) for k, v in fields.items())))
        prev = out.get(key)
        if prev is None or claim.confidence > prev.confidence:
            out[key] = claim
    return sorted(out.values(), key=_claim_order)


def with_abbreviation(party: str, abbrs: dict[str, str]) -> str:
    """A party's name with the abbreviation its article defines and the name does not give ("Party of Ostrian
    Renewal (PRO)"); ``abbrs`` is ``Doc._.claimx_party_abbrs``. The name is matched as written, else by its
    canonical name or normalised key; a party written only as the abbreviation gets the name too."""
    for name, a in abbrs.items():
        if party == a:  # the abbreviation alone ("the AVO (12 seats)"): the name it was defined for
            return f"{canonical_party(name)} ({a})"
    abbr = abbrs.get(party)
    if abbr is None:  # the lexicon's name for the written one ("Workers' Party" for "Worker's Party"), not a
        # looser match: "Democratic Party" is not "Peoples' Democratic Party (HDP)"
        abbr = next((a for name, a in abbrs.items() if canonical_party(name) == party or party_key(name) == party_key(party)), None)
    if abbr is None or f"({abbr})" in party or same_party(party, abbr):
        return party
    return f"{party} ({abbr})"


def _claim_order(c: Any) -> tuple:
    return (c.span.start, c.span.end, c.type, c.id)


def claims_from_doc(doc: Doc, name: str, full_text: str, offset: int, starts: list[int]) -> list[Any]:
    """Turn the drafts the components left on ``doc`` into validated claims (offsets into ``full_text``).

    ``doc`` is the chunk of ``full_text`` starting at ``offset``; ``starts`` is ``line_starts(full_text)``.
    """
    return _claims(doc, name, offset, bisect.bisect_right(starts, offset) - 1)


def _articles(inputs: Iterable[InputFile | InputProblem]) -> Iterator[Article | InputProblem]:
    for item in inputs:
        if isinstance(item, InputProblem):
            yield item
            continue
        try:
            yield read_input(item)
        except InputError as err:
            yield InputProblem(item.name, str(err))


def problem_result(p: InputProblem) -> DocResult:
    return DocResult(DocumentRecord(doc=p.name, status="error", reason=p.reason))


# ---------------------------------------------------------------------------------------------
# windows: the unit of work (one nlp.pipe call inside one memory zone)


def _memory_zone(nlp: Language):
    """``nlp.memory_zone()``, unless the caller is already inside one (zones must not nest), or the
    vocabulary is still warming up (see ``WARM_VOCAB``)."""
    zone = getattr(nlp, "memory_zone", None)
    if zone is None or getattr(nlp.vocab, "in_memory_zone", False) or len(nlp.vocab) < WARM_VOCAB:
        return nullcontext()
    return zone()


def _run_window(
    nlp: Language,
    pieces: list[Piece],
    batch_size: int,
    types: frozenset[str] | None,
) -> list[tuple[int, list[Any], list[str]]]:
    """Process one window: [(file index, claims, warnings)] in piece order. Docs never leave the zone."""
    out: list[tuple[int, list[Any], list[str]]] = []
    with _memory_zone(nlp):
        for doc, (idx, name, offset, line_base) in nlp.pipe(pieces, as_tuples=True, batch_size=batch_size):
            warnings: list[str] = []
            out.append((idx, _claims(doc, name, offset, line_base, types, warnings.append), warnings))
    return out


class _TimeLimit(Exception):
    pass


class _MemoryLimit(Exception):
    pass


def _on_alarm(signum, frame) -> None:
    raise _TimeLimit()


def _on_memory_limit(signum, frame) -> None:
    raise _MemoryLimit()


def rss_mb() -> float | None:
    """This process's resident memory in MB (Linux /proc), None where it cannot be read."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return None


class _RssWatch:
    """A thread that sends SIGUSR1 to the main thread (whose handler raises :class:`_MemoryLimit`) once the
    resident memory has grown by more than ``limit_mb`` since :meth:`start`. Stopped (and joined) before the
    caller restores the signal handler, so no signal arrives after it."""

    def __init__(self, limit_mb: float):
        self.limit_mb = limit_mb
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        base = rss_mb()
        if base is None or self.limit_mb <= 0:
            return
        main = threading.main_thread().ident
        ceiling = base + self.limit_mb

        def watch() -> None:
            while not self._stop.wait(0.02):
                now = rss_mb()
                if now is not None and now > ceiling:
                    signal.pthread_kill(main, signal.SIGUSR1)
                    return

        self._thread = threading.Thread(target=watch, name="claimx-rss-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None


def _give_back_memory() -> None:
    """After a window stopped for its memory: collect, and ask glibc to return freed heap pages to the system
    (so the next window's growth is measured from a normal level)."""
    import gc

    gc.collect()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):  # pragma: no cover - not glibc
            pass


def _guard_available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _run_window_guarded(
    nlp: Language,
    pieces: list[Piece],
    batch_size: int,
    types: frozenset[str] | None,
    seconds: float | None = None,
    max_mb: float | None = None,
) -> list[tuple[int, list[Any] | None, list[str]]]:
    """:func:`_run_window` under the per-file guard (see :data:`FILE_SECONDS` and :data:`MAX_FILE_MB`). A piece
    that fails the guard comes back as ``(file index, None, [reason])``."""
    limit = FILE_SECONDS if seconds is None else seconds
    mb = MAX_FILE_MB if max_mb is None else max_mb
    if (limit <= 0 and mb <= 0) or not _guard_available():
        try:
            return _run_window(nlp, pieces, batch_size, types)
        except MemoryError:
            if len(pieces) == 1:
                return [(pieces[0][1][0], None, ["ran out of memory while extracting"])]
            return [r for piece in pieces for r in _run_window_guarded(nlp, [piece], batch_size, types, limit, mb)]
    old = signal.signal(signal.SIGALRM, _on_alarm)
    old_usr1 = signal.signal(signal.SIGUSR1, _on_memory_limit)
    watch = _RssWatch(mb)
    try:
        if limit > 0:
            signal.setitimer(signal.ITIMER_REAL, limit)
        watch.start()
        try:
            return _run_window(nlp, pieces, batch_size, types)
        finally:
            watch.stop()
            signal.setitimer(signal.ITIMER_REAL, 0)
    except (_TimeLimit, _MemoryLimit, MemoryError) as err:
        if not isinstance(err, _TimeLimit):
            _give_back_memory()
        if len(pieces) > 1:  # find the piece (file) at fault; the others run again normally
            signal.signal(signal.SIGALRM, old)
            signal.signal(signal.SIGUSR1, old_usr1)
            return [r for piece in pieces for r in _run_window_guarded(nlp, [piece], batch_size, types, limit, mb)]
        (piece,) = pieces
        if isinstance(err, MemoryError):
            reason = "ran out of memory while extracting (pathological input?)"
        elif isinstance(err, _MemoryLimit):
            reason = (f"resident memory grew by more than {mb:g} MB (--max-file-mb) while extracting "
                      f"{len(piece[0]):,} characters (pathological input?)")
        else:
            reason = f"extraction took longer than {limit:g} s for {len(piece[0]):,} characters (pathological input?)"
        return [(piece[1][0], None, [reason])]
    finally:
        _restore_handlers(old, old_usr1)


def _restore_handlers(old_alarm, old_usr1) -> None:
    """Put the signal handlers back. A guard signal that arrived just as the window ended is raised by the
    first of these calls (Python runs pending handlers there): the window is done, so it is dropped."""
    for _ in range(3):
        try:
            signal.signal(signal.SIGALRM, old_alarm)
            signal.signal(signal.SIGUSR1, old_usr1)
            return
        except (_TimeLimit, _MemoryLimit):
            continue


@dataclass
class _Pending:
    name: str
    chars: int
    words: int
    sha256: str
    left: int
    claims: list[Any] | SpilledClaims = field(default_factory=list)
    failed: str | None = None
    piece_bytes: deque = field(default_factory=deque)  # UTF-8 size of each chunk not yet done (for progress)
    complete: bool = True  # every chunk counted in ``left`` (a file read piece by piece: once its last is out)


def _count_words(text: str, start: int, end: int, piece: str) -> int:
    """Words of ``piece`` (= text[start:end]) as ``text.split()`` counts them; a word cut by the piece's end
    is counted in the next piece only."""
    return _piece_words(piece, text[end] if end < len(text) else "")


def _piece_words(piece: str, after: str) -> int:
    """Words of ``piece`` followed by the character ``after`` (``""``: the end of the text), as
    ``text.split()`` counts them; a word cut by the piece's end is counted in the next piece only."""
    n = len(piece.split())
    if n and after and not piece[-1].isspace() and not after.isspace():
        n -= 1
    return n


class _Collector:
    """Tracks files in flight and hands out finished DocResults in input order."""

    def __init__(self, batch_size: int, max_chunk_chars: int):
        self.batch_size = batch_size
        self.max_chunk_chars = max_chunk_chars
        self.pending: dict[int, _Pending] = {}
        self.ready: dict[int, DocResult] = {}
        self.next_out = 0
        self.bytes_done = 0  # UTF-8 bytes of the chunks processed so far (progress: long files advance by chunks)

    def windows(self, articles: Iterable[Article | InputProblem]) -> Iterator[list[Piece]]:
        """Read articles lazily and cut their chunks into windows of (at most) one batch each.

        Small windows: the first claims come out after the first file, a process pool gets work
        in small units, and every batch is the same whatever the number of processes.
        """
        size = 1  # windows grow 1, 2, 4, ... up to one batch: the first file's claims come out at once
        buf: list[Piece] = []
        chars = 0
        for idx, art in enumerate(articles):
            if isinstance(art, InputProblem):
                self.ready[idx] = problem_result(art)
                continue
            if isinstance(art, LongArticle):
                for piece in self._long_pieces(idx, art):
                    buf.append(piece)
                    chars += len(piece[0])
                    if len(buf) >= size or chars >= WINDOW_CHARS:
                        yield buf
                        buf, chars = [], 0
                        size = min(size * 2, self.batch_size)
                continue
            text = art.text
            # the pieces are cut from the text one at a time (the text is not held twice), and words are
            # counted per piece (no list of the whole file's words)
            bounds = chunk_bounds(text, self.max_chunk_chars)
            entry = self.pending[idx] = _Pending(art.name, len(text), 0, art.sha256, len(bounds),
                                                    piece_bytes=deque(len(text[a:b].encode("utf-8")) for a, b in bounds))
            if len(text) > SPILL_CHARS and len(bounds) > 1:
                entry.claims = SpilledClaims()
            newlines, pos = 0, 0
            for offset, end in bounds:
                piece = text[offset:end]
                entry.words += _count_words(text, offset, end, piece)
                newlines += count_line_breaks(text, pos, offset)
                pos = offset
                buf.append((piece, (idx, art.name, offset, newlines)))
                chars += len(piece)
                if len(buf) >= size or chars >= WINDOW_CHARS:
                    yield buf
                    buf, chars = [], 0
                    size = min(size * 2, self.batch_size)
        if buf:
            yield buf

    def _long_pieces(self, idx: int, art: LongArticle) -> Iterator[Piece]:
        """The pieces of a file read piece by piece (see :class:`claimx.reader.LongArticle`): the same pieces,
        offsets, line bases and word counts as a file read whole. Only the current block and pieces in flight
        are held; the file's record is finished when its last piece is done (``complete``)."""
        entry = self.pending[idx] = _Pending(art.name, art.chars, 0, art.sha256, 0, complete=False)
        if art.chars > SPILL_CHARS and art.chars > self.max_chunk_chars:
            entry.claims = SpilledClaims()
        newlines = 0
        try:
            for offset, piece, after in stream_chunks(art.blocks(), self.max_chunk_chars):
                entry.words += _piece_words(piece, after)
                entry.piece_bytes.append(len(piece.encode("utf-8")))
                entry.left += 1
                entry.complete = after == ""
                yield (piece, (idx, art.name, offset, newlines))
                newlines += count_line_breaks(piece, 0, len(piece))
        except InputError as err:  # changed or unreadable since it was checked: the file is an error record
            entry.failed = entry.failed or str(err)
        entry.complete = True
        if entry.left == 0 and idx in self.pending:  # (no piece in flight: nothing else will finish it)
            self._finish(idx)

    def add(self, window_result: list[tuple[int, list[Any], list[str]]]) -> None:
        for idx, claims, warnings in window_result:
            entry = self.pending[idx]
            if claims is None:  # the per-file guard gave up on this piece: the file is an error record
                entry.failed = entry.failed or warnings[0]
            else:
                for w in warnings:
                    _warn_stderr(w)
                entry.claims.extend(claims)
            self.bytes_done += entry.piece_bytes.popleft()
            entry.left -= 1
            if entry.left == 0 and entry.complete:
                self._finish(idx)

    def _finish(self, idx: int) -> None:
        entry = self.pending.pop(idx)
        if entry.failed:
            if isinstance(entry.claims, SpilledClaims):
                entry.claims.close()
            self.ready[idx] = DocResult(
                DocumentRecord(doc=entry.name, status="error", reason=entry.failed, chars=entry.chars,
                               words=entry.words, sha256=entry.sha256)
            )
            return
        found = entry.claims
        if isinstance(found, list) and len(found) > 1:
            found.sort(key=_claim_order)
        record = DocumentRecord(
            doc=entry.name,
            status="ok",
            chars=entry.chars,
            words=entry.words,
            sha256=entry.sha256,
            claims=len(found),
        )
        self.ready[idx] = DocResult(record, found)

    def flush(self) -> Iterator[DocResult]:
        while self.next_out in self.ready:
            yield self.ready.pop(self.next_out)
            self.next_out += 1


# ---------------------------------------------------------------------------------------------
# process pool (fork: each worker inherits the loaded pipeline)

_WORKER: dict[str, Any] = {}


def _worker_init(nlp: Language, batch_size: int, types: frozenset[str] | None, max_mb: float | None = None) -> None:
    from .signals import die_with_parent

    die_with_parent()  # a parent killed even with SIGKILL takes its workers with it
    _WORKER.update(nlp=nlp, batch_size=batch_size, types=types, max_mb=max_mb)


def _worker_run(pieces: list[Piece]) -> list[tuple[int, list[Any] | None, list[str]]]:
    return _run_window_guarded(_WORKER["nlp"], pieces, _WORKER["batch_size"], _WORKER["types"], max_mb=_WORKER.get("max_mb"))


def _fork_pool_available() -> bool:
    # fork is the default and safe on Linux; on macOS and Windows spaCy's own n_process is used
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _pool_results(
    nlp: Language,
    windows: Iterator[list[Piece]],
    n_process: int,
    batch_size: int,
    types: frozenset[str] | None,
    max_mb: float | None = None,
) -> Iterator[list[tuple[int, list[Any], list[str]]]]:
    """Window results in window order, computed by ``n_process`` forked workers."""
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("fork")
    ex = ProcessPoolExecutor(n_process, mp_context=ctx, initializer=_worker_init, initargs=(nlp, batch_size, types, max_mb))
    futures: deque = deque()
    finished = False
    try:
        for window in windows:
            futures.append(ex.submit(_worker_run, window))
            # keep every worker busy with one window queued behind it, no more (bounded memory)
            while len(futures) > 2 * n_process or (futures and futures[0].done()):
                yield futures.popleft().result()
        while futures:
            yield futures.popleft().result()
        finished = True
    finally:
        if not finished:  # interrupted, terminated or failed: stop the workers now, not after their windows
            for proc in list(getattr(ex, "_processes", {}).values()):
                proc.terminate()
        ex.shutdown(wait=True, cancel_futures=True)


def _spacy_mp_results(
    nlp: Language,
    windows: Iterator[list[Piece]],
    n_process: int,
    batch_size: int,
    types: frozenset[str] | None,
) -> Iterator[list[tuple[int, list[Any], list[str]]]]:
    """Fallback without fork: spaCy's ``n_process`` (Docs come back through msgpack; no memory zone)."""
    pieces = (piece for window in windows for piece in window)
    for doc, (idx, name, offset, line_base) in nlp.pipe(
        pieces, as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        warnings: list[str] = []
        yield [(idx, _claims(doc, name, offset, line_base, types, warnings.append), warnings)]


# ---------------------------------------------------------------------------------------------
# public entry points


def extract_articles(
    nlp: Language,
    articles: Iterable[Article | InputProblem],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    max_chunk_chars: int = MAX_CHUNK_CHARS,
    types: Iterable[str] | None = None,
    on_progress: Callable[[int], None] | None = None,
    max_file_mb: float | None = None,
) -> Iterator[DocResult]:
    """Run ``nlp`` over articles, yielding one :class:`DocResult` per article, in input order.

    ``types`` keeps only claims of those types (all when None). Output does not depend on
    ``n_process``. ``on_progress(bytes_done)`` is called after every window with the UTF-8 size of the
    text processed so far (a long file advances chunk by chunk, before its DocResult is out).
    ``max_file_mb`` is the memory guard's limit (default :data:`MAX_FILE_MB`; 0 turns it off).
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    wanted = frozenset(types) if types is not None else None
    col = _Collector(batch_size, max_chunk_chars)
    windows = col.windows(articles)
    results: Iterable
    if n_process > 1 and _fork_pool_available():
        results = _pool_results(nlp, windows, n_process, batch_size, wanted, max_file_mb)
    elif n_process > 1:
        results = _spacy_mp_results(nlp, windows, n_process, batch_size, wanted)
    else:
        results = (_run_window_guarded(nlp, w, batch_size, wanted, max_mb=max_file_mb) for w in windows)
    for window_result in results:
        col.add(window_result)
        if on_progress is not None:
            on_progress(col.bytes_done)
        yield from col.flush()
    yield from col.flush()
    if col.pending:  # pragma: no cover - a bug, not an input problem
        raise RuntimeError(f"claimx: {len(col.pending)} file(s) left unfinished")


def extract_paths(
    nlp: Language,
    paths: Iterable[str],
    *,
    globs: Iterable[str] = DEFAULT_GLOBS,
    batch_size: int = 32,
    n_process: int = 1,
    types: Iterable[str] | None = None,
    on_result: Callable[[DocResult], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    max_file_mb: float | None = None,
    skipped: Counter[str] | None = None,
) -> Iterator[DocResult]:
    """Discover, read and extract: the whole batch path for files and folders. Files of other extensions
    inside folders are counted in ``skipped`` (see :func:`claimx.reader.discover`)."""
    for result in extract_articles(
        nlp, _articles(discover(paths, globs, skipped)), batch_size=batch_size, n_process=n_process, types=types,
        on_progress=on_progress, max_file_mb=max_file_mb,
    ):
        if on_result is not None:
            on_result(result)
        yield result


def extract_text(nlp: Language, text: str, name: str = "<text>") -> list[Any]:
    """Claims of one text (convenience for tests and notebooks)."""
    art = Article(name, text, "")
    (result,) = list(extract_articles(nlp, [art]))
    return list(result.claims)



# ---------------------------------------------------------------------------------------------
# `claimx.extract(...)`: the public API's function shares its name with this module (a package's
# submodule is set as the package's attribute when imported), so the module itself is callable and
# calls :func:`claimx.api.extract`; `claimx.extract.extract_paths` etc. keep working.


class _CallableModule(type(sys)):
    def __call__(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        from .api import extract as _extract

        return _extract(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
