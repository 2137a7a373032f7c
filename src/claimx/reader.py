"""Finding and reading input articles; atomic output files.

Bad input never stops a batch: each file that cannot be used yields an
:class:`InputProblem` naming the file and the reason, and the rest goes on.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import tempfile
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


def discover(paths: Iterable[str | Path], globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[InputFile | InputProblem]:
    """Yield the input files under ``paths`` (files as given, folders recursively), sorted per folder.

    Every file is named by its path relative to :func:`input_root` of ``paths`` (one folder: relative
    to it; one file: its file name). Inside folders, hidden files and folders and repository documents
    (:data:`NOT_ARTICLES`) are skipped.
    """
    paths = list(paths)
    patterns = tuple(globs)
    root = input_root(paths)
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted((f for f in p.rglob("*") if _is_article(f, p, patterns)), key=lambda f: f.relative_to(p).as_posix())
            for f in found:
                resolved = f.resolve()
                if resolved in seen:
                    continue
                seen.add(resolved)
                yield InputFile(f, _display_name(f, root))
        elif p.exists():
            resolved = p.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            yield InputFile(p, _display_name(p, root))
        else:
            yield InputProblem(str(raw), "no such file or directory")


def _is_article(f: Path, root: Path, patterns: tuple[str, ...]) -> bool:
    if not any(fnmatch.fnmatch(f.name, g) for g in patterns):
        return False
    if any(part.startswith(".") for part in f.relative_to(root).parts):
        return False
    if any(fnmatch.fnmatch(f.name.upper(), g) for g in NOT_ARTICLES):
        return False
    return f.is_file()


def _display_name(p: Path, root: Path) -> str:
    return Path(os.path.relpath(os.path.abspath(p), root)).as_posix()


def read_article(f: InputFile) -> Article:
    """Read one article as UTF-8 text; raise :class:`InputError` with the reason if it cannot be used."""
    try:
        data = f.path.read_bytes()
    except PermissionError:
        raise InputError("permission denied") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}") from None
    if not data.strip():
        raise InputError("empty file")
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise InputError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InputError(f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}, line {line})") from None
    if text.startswith("\ufeff"):  # offsets count from after a byte-order mark
        text = text[1:]
    return Article(f.name, text, hashlib.sha256(data).hexdigest())


@contextmanager
def atomic_writer(path: str | Path, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Write ``path`` through a temporary file in the same folder, renamed into place on success."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="\n") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_atomic(path: str | Path, content: str) -> None:
    with atomic_writer(path) as fh:
        fh.write(content)
