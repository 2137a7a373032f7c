"""Finding and reading input articles; atomic output files.

Bad input never stops a batch: each file that cannot be used yields an
:class:`InputProblem` naming the file and the reason, and the rest goes on.
"""

from __future__ import annotations

import codecs
import errno
import fnmatch
import hashlib
import io
import os
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

DEFAULT_GLOBS: tuple[str, ...] = ("*.txt", "*.md")
# Inside folders, a repository's own documents are not articles; hidden files and folders are skipped.
# A file named on the command line is always read.
NOT_ARTICLES: tuple[str, ...] = ("README*", "LICENSE*", "LICENCE*", "CHANGELOG*", "CONTRIBUTING*", "NOTICE*")
_BINARY_SNIFF = 8192
# Byte-order marks, longest first (a UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class InputError(Exception):
    """A file that cannot be processed; ``str(err)`` is the reason."""


@dataclass(frozen=True)
class InputFile:
    path: Path
    name: str  # path relative to the input root, with forward slashes


@dataclass(frozen=True)
class InputProblem:
    name: str
    reason: str


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    sha256: str


def input_root(paths: Iterable[str | Path]) -> Path:
    """The common root of the inputs: the deepest folder holding every folder given and every file's folder.

    Documents are named relative to it, so ``a/story.txt`` and ``b/story.txt`` stay apart and a name
    does not depend on the working directory (absolute paths, symlinks not resolved).
    """
    folders = []
    for raw in paths:
        p = Path(os.path.abspath(raw))
        if p.exists():  # a missing path is reported, and does not move the others' names
            folders.append(str(p if p.is_dir() else p.parent))
    if not folders:
        return Path(os.getcwd())
    return Path(os.path.commonpath(folders))


def discover(
    paths: Iterable[str | Path], globs: Iterable[str] = DEFAULT_GLOBS, skipped: Counter[str] | None = None
) -> Iterator[InputFile | InputProblem]:
    """Yield the input files under ``paths`` (files as given, folders recursively), sorted per folder.

    Every file is named by its path relative to :func:`input_root` of ``paths`` (one folder: relative
    to it; one file: its file name), whatever the working directory. Inside folders,
    hidden files and folders and repository documents (:data:`NOT_ARTICLES`) are skipped, and the
    patterns match names case-insensitively (``*.txt`` takes ``NOTES.TXT``). Every path that matches is
    accounted for: a symlink loop, a dangling symlink, a FIFO, a device or a socket is an
    :class:`InputProblem` with its reason (never opened). Files of other extensions are counted in
    ``skipped`` (extension -> count, ``""`` for none) when it is given.
    """
    paths = list(paths)
    patterns = tuple(g.lower() for g in globs)
    root = input_root(paths)
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = []
            for f in p.rglob("*"):
                rel = f.relative_to(p)
                if any(part.startswith(".") for part in rel.parts) or _is_folder(f):
                    continue
                if any(fnmatch.fnmatch(f.name.upper(), g) for g in NOT_ARTICLES):
                    continue
                if not any(fnmatch.fnmatch(f.name.lower(), g) for g in patterns):
                    if skipped is not None:
                        skipped[f.suffix.lower()] += 1
                    continue
                found.append(f)
            for f in sorted(found, key=lambda f: f.relative_to(p).as_posix()):
                problem = not_a_regular_file(f)
                if problem:
                    yield InputProblem(_display_name(f, root), problem)
                    continue
                resolved = f.resolve()
                if resolved in seen:
                    continue
                seen.add(resolved)
                yield InputFile(f, _display_name(f, root))
        elif os.path.lexists(p):
            problem = not_a_regular_file(p)
            if problem:
                yield InputProblem(_display_name(p, root), problem)
                continue
            resolved = p.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            yield InputFile(p, _display_name(p, root))
        else:
            yield InputProblem(str(raw), "no such file or directory")


def _is_folder(f: Path) -> bool:
    try:
        return stat.S_ISDIR(os.stat(f).st_mode)
    except OSError:
        return False


def not_a_regular_file(p: Path) -> str | None:
    """Why ``p`` cannot be read as an article without opening it (None for a regular file): a symlink
    loop or a dangling symlink, a FIFO, a device or a socket (reading those could block or never end)."""
    try:
        st = os.stat(p)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symlink loop"
        if err.errno == errno.ENOENT and os.path.islink(p):
            return f"dangling symlink (target {os.readlink(p)} missing)"
        if err.errno == errno.EACCES:
            return "permission denied"
        return f"cannot read: {err.strerror or err}"
    mode = st.st_mode
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory"
    if stat.S_ISFIFO(mode):
        return "FIFO (named pipe): not read"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device: not read"
    if stat.S_ISSOCK(mode):
        return "socket: not read"
    return "not a regular file: not read"


def format_skipped(skipped: Counter[str]) -> str:
    """``"3 skipped: .pdf 2, .docx 1"`` (most first), or ``""``."""
    total = sum(skipped.values())
    if not total:
        return ""
    parts = ", ".join(f"{ext or '(no extension)'} {n}" for ext, n in sorted(skipped.items(), key=lambda x: (-x[1], x[0])))
    return f"{total} skipped: {parts}"


def _display_name(p: Path, root: Path) -> str:
    return Path(os.path.relpath(os.path.abspath(p), root)).as_posix()


@contextmanager
def _open_regular(path: Path) -> Iterator[tuple[io.FileIO, int]]:
    """A regular file opened for reading, with its size. Opened non-blocking and checked after opening (a FIFO
    or device put in its place since :func:`discover` looked is refused, never read: no hang, no endless read)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(not_a_regular_file(path) or "not a regular file: not read")
        with io.FileIO(fd, "rb", closefd=False) as fh:
            yield fh, st.st_size
    finally:
        os.close(fd)


def _read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file (see :func:`_open_regular`); a file of more than ``max_bytes`` bytes is
    refused (:class:`InputError`) before it is read."""
    with _open_regular(path) as (fh, size):
        if max_bytes is not None and size > max_bytes:
            raise InputError(f"{size:,} bytes, over the {max_bytes:,} read whole")
        # one buffer sized by fstat (readall), not a list of blocks joined into a second copy
        return fh.readall()


def decode_text(data: bytes) -> str:
    """The text of a file's bytes as claimx reads it: by its byte-order mark (UTF-8, UTF-16 LE/BE,
    UTF-32 LE/BE), else UTF-8; the mark itself is not part of the text (offsets count from after it).
    Raises :class:`InputError` (with the byte offset) for bytes that are not valid in that encoding
    and for binary data (NUL characters). Text in another 8-bit encoding (cp1252, Latin-1) is refused
    with the offset of its first non-UTF-8 byte, never guessed."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = memoryview(data)[len(bom):]  # (a view: a long file's bytes are not copied)
            try:
                text = str(body, codec)
            except UnicodeDecodeError as err:
                raise InputError(
                    f"not valid {codec.upper()} after its byte-order mark (at byte offset {err.start + len(bom)})"
                ) from None
            if "\x00" in text[:_BINARY_SNIFF]:
                raise InputError("binary file (contains NUL characters)")
            return text
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise InputError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}, line {line}; "
            "convert it first, e.g. iconv -f cp1252 -t utf-8)"
        ) from None


def _os_reason(err: OSError) -> InputError:
    if isinstance(err, PermissionError):
        return InputError("permission denied")
    if isinstance(err, IsADirectoryError):
        return InputError("is a directory")
    if err.errno == errno.ELOOP:
        return InputError("symlink loop")
    return InputError(f"cannot read: {err.strerror or err}")


def read_article(f: InputFile) -> Article:
    """Read one article (see :func:`decode_text`); raise :class:`InputError` with the reason if it cannot be used."""
    try:
        data = _read_bytes(f.path)
    except OSError as err:
        raise _os_reason(err) from None
    # (isspace, not strip: a long file's bytes and text are not copied only to be tested)
    if not data or data.isspace():
        raise InputError("empty file")
    text = decode_text(data)
    if not text or text.isspace():
        raise InputError("empty file")
    return Article(f.name, text, hashlib.sha256(data).hexdigest())


# ---------------------------------------------------------------------------------------------
# long files, read piece by piece

# A file of more than this many bytes is never held whole: it is read twice in blocks of BLOCK_BYTES, once to
# check it (decoding, NUL characters, emptiness, sha256: the same reasons and messages as :func:`read_article`,
# given before any extraction) and once, as the pipeline needs more text, to hand out its text block by block.
# Memory then depends on the block and piece size, not on the file's (a file's bytes and its text held at once
# cost ~3 bytes per byte of UTF-8 news text).
STREAM_BYTES = 2_000_000
BLOCK_BYTES = 1 << 18


@dataclass(frozen=True)
class LongArticle:
    """An article read piece by piece: its checked facts (``chars``, ``sha256``) and the way back to its text
    (:meth:`blocks`). The text is the same as :func:`read_article`'s, character for character."""

    name: str
    path: Path
    chars: int
    sha256: str
    size: int
    codec: str  # the decoder's codec
    bom: int  # bytes of byte-order mark skipped (offsets count from after it)

    def blocks(self, block_bytes: int = BLOCK_BYTES) -> Iterator[str]:
        """The file's text, in order, in decoded blocks (a character is never split between two blocks).
        Raises :class:`InputError` if the file no longer reads as it did when it was checked."""
        digest = hashlib.sha256()
        chars = 0
        try:
            with _open_regular(self.path) as (fh, _size):
                for text, raw in _decoded_blocks(fh, self.codec, self.bom, block_bytes):
                    digest.update(raw)
                    chars += len(text)
                    if text:
                        yield text
        except OSError as err:
            raise _os_reason(err) from None
        if digest.hexdigest() != self.sha256 or chars != self.chars:
            raise InputError("the file changed while it was being read")


def _decoded_blocks(fh: io.FileIO, codec: str, bom: int, block_bytes: int) -> Iterator[tuple[str, bytes]]:
    """(text, raw bytes) per block of ``fh``, the raw bytes including the byte-order mark (for the sha256).
    A decoding error raises :class:`InputError` with the message :func:`decode_text` gives for the whole file
    (its byte offset counted from the file's start; for UTF-8 without a mark also its line)."""
    decoder = codecs.getincrementaldecoder(codec)()
    offset = 0  # bytes of the file before this block
    if bom:  # the mark is not part of the text
        mark = fh.read(bom)
        yield "", mark
        offset = len(mark)
    newlines = 0  # b"\n" in the bytes before this block (UTF-8: the line of an error)
    while True:
        raw = fh.read(block_bytes)
        final = not raw
        held = len(decoder.getstate()[0])  # bytes of a character cut by the last block, decoded with this one
        try:
            text = decoder.decode(raw, final)
        except UnicodeDecodeError as err:
            at = offset - held + err.start
            if bom:
                raise InputError(f"not valid {codec.upper()} after its byte-order mark (at byte offset {at})") from None
            bad = err.object[err.start]
            line = newlines + bytes(err.object[: err.start]).count(b"\n") + 1
            raise InputError(
                f"not valid UTF-8 (byte 0x{bad:02x} at offset {at}, line {line}; "
                "convert it first, e.g. iconv -f cp1252 -t utf-8)"
            ) from None
        yield text, raw
        if final:
            return
        offset += len(raw)
        if not bom:
            newlines += raw.count(b"\n")


def scan_long_article(f: InputFile, block_bytes: int = BLOCK_BYTES) -> LongArticle:
    """Check a long file block by block without keeping it: the reasons and messages of :func:`read_article`
    (empty, binary, not valid in its encoding), in the same order; raise :class:`InputError` if it cannot be used."""
    digest = hashlib.sha256()
    all_space_bytes = True  # ``data.isspace()``: every byte ASCII white space
    any_text = False  # a character that is not white space
    chars = 0
    nul = False  # a NUL in the first _BINARY_SNIFF bytes (no mark) or characters (after a mark)
    try:
        with _open_regular(f.path) as (fh, size):
            head = fh.read(_BINARY_SNIFF)
            fh.seek(0)
            codec, bom = "utf-8", 0
            for mark, name in _BOMS:
                if head.startswith(mark):
                    codec, bom = name, len(mark)
                    break
            if not bom and b"\x00" in head:  # (decode_text refuses NUL bytes before it decodes)
                raise InputError("binary file (contains NUL bytes)")
            sniffed = 0  # characters after a mark looked at for NUL (after decoding: an error there comes first)
            for text, raw in _decoded_blocks(fh, codec, bom, block_bytes):
                digest.update(raw)
                if raw and all_space_bytes and not raw.isspace():
                    all_space_bytes = False
                if bom and sniffed < _BINARY_SNIFF:
                    nul = nul or "\x00" in text[: _BINARY_SNIFF - sniffed]
                    sniffed += len(text)
                chars += len(text)
                if not any_text and text and not text.isspace():
                    any_text = True
    except OSError as err:
        raise _os_reason(err) from None
    if nul:
        raise InputError("binary file (contains NUL characters)")
    if all_space_bytes or not any_text:
        raise InputError("empty file")
    return LongArticle(f.name, f.path, chars, digest.hexdigest(), size, codec, bom)


def read_input(f: InputFile, stream_bytes: int | None = None) -> Article | LongArticle:
    """:func:`read_article`, or for a file of more than ``stream_bytes`` (default :data:`STREAM_BYTES`) bytes
    a checked :class:`LongArticle` whose text is read again piece by piece when needed."""
    limit = STREAM_BYTES if stream_bytes is None else stream_bytes
    try:
        size = os.stat(f.path).st_size
    except OSError:
        size = 0  # read_article gives the reason
    if size > limit:
        return scan_long_article(f)
    return read_article(f)


@contextmanager
def atomic_writer(path: str | Path, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Write ``path`` as the shell's ``>`` would, a regular file atomically (see :mod:`claimx.outputs`);
    the parent folder is made if missing."""
    from .outputs import open_output

    target = Path(path)
    if str(path) != "-":
        target.parent.mkdir(parents=True, exist_ok=True)
    with open_output(path if str(path) == "-" else target, encoding) as fh:
        yield fh


def write_atomic(path: str | Path, content: str) -> None:
    with atomic_writer(path) as fh:
        fh.write(content)


def inside_root(root: str | Path, doc: str) -> Path | None:
    """``root / doc`` when it stays inside ``root`` once symlinks and ``..`` are resolved, else None
    (an absolute ``doc``, ``../..`` or a symlink out of the root)."""
    base = Path(root).resolve()
    target = (base / doc).resolve()
    return target if target == base or base in target.parents else None


# `check --root` and the HTML report read an article whole (its country and year cues, its text with the claims
# marked): a file over this size (a long file that `extract` streamed) is not read; the checks use the sentences
# of its claims and the report shows them, as for an article that is not under --root.
DOC_TEXT_MAX_BYTES = STREAM_BYTES


def read_doc_bytes(root: str | Path | None, doc: str) -> tuple[str, bytes] | None:
    """(text, bytes) of article ``doc`` under ``root`` as claimx read it (byte-order mark and encoding as
    :func:`decode_text`), or None: no root, a path outside the root, not a regular file, unreadable, or over
    :data:`DOC_TEXT_MAX_BYTES` bytes."""
    if root is None:
        return None
    path = inside_root(root, doc)
    if path is None:
        return None
    try:
        data = _read_bytes(path, DOC_TEXT_MAX_BYTES)
        return decode_text(data), data
    except (OSError, InputError):
        return None


def read_doc_text(root: str | Path | None, doc: str) -> str | None:
    """The text of :func:`read_doc_bytes`, or None."""
    read = read_doc_bytes(root, doc)
    return read[0] if read is not None else None
