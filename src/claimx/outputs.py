"""Output files that behave like the shell's ``>``, and output folders written as one unit.

- :func:`check_output` is called before any work starts: ``-`` is stdout; a path that is a folder (or
  ends in ``/``) or whose parent folder is missing is an :class:`OutputError` (exit 2, one line naming it).
- :func:`open_output` writes a **regular file** (or a new path) through a temporary file in the same folder:
  written, flushed, fsynced, then renamed over the target, so a reader sees the old file or the whole new
  one, never a part. The new file gets the old file's permission bits, or ``0666 & ~umask`` for a new file
  (what ``>`` gives). The temporary file is a hidden ``.NAME.claimx-PID.tmp``, deleted on any error,
  Ctrl-C or SIGTERM; one left by a process killed with SIGKILL (its PID gone) is deleted by the next write
  to the same folder. A **symlink** is followed: its target is replaced, the link stays. A
  **character device, FIFO or socket** (``/dev/null``, ``/dev/stdout``, a named pipe) is opened and written
  directly, as the shell does.
- :class:`OutputFolder` (``run --out``) holds an exclusive lock on ``FOLDER/.claimx.lock`` for the whole
  run (a second run on the same folder is refused with exit 2) and publishes its files as one unit:
  ``manifest.json`` (each file's size and sha256) is removed first, the files are replaced one by one,
  and the manifest is written last. A folder with a manifest whose files match it is complete; a run
  killed mid-way leaves the previous complete output or none (no manifest).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

TMP_SUFFIX = ".tmp"
_TMP_RE = re.compile(r"^\.(?P<name>.+)\.claimx-(?P<pid>\d+)\.tmp$")
MANIFEST = "manifest.json"
LOCK = ".claimx.lock"


class OutputError(Exception):
    """An output path that cannot be written; ``str(err)`` names the path and the reason."""


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def is_stdout(path: str | Path | None) -> bool:
    return path is None or str(path) == "-"


def check_output(path: str | Path | None) -> None:
    """Refuse, before any work, an output path that cannot be a file: a folder, a path ending in a
    separator, a missing parent folder, a parent that is not a folder."""
    if is_stdout(path):
        return
    raw = str(path)
    p = Path(raw)
    if raw.endswith(("/", os.sep)) or p.is_dir():
        raise OutputError(f"{raw}: is a folder (give a file name)")
    target = Path(os.path.realpath(p))  # a symlink's target is what gets written
    parent = target.parent
    if not parent.exists():
        raise OutputError(f"{raw}: no such folder {parent}")
    if not parent.is_dir():
        raise OutputError(f"{raw}: {parent} is not a folder")
    try:
        regular_or_new = stat.S_ISREG(os.stat(target).st_mode)
    except OSError:
        regular_or_new = True
    if regular_or_new and not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"{raw}: cannot write in {parent} (permission denied)")


def clean_stale_temps(folder: Path) -> list[Path]:
    """Delete the temporary files (``.NAME.claimx-PID.tmp``) a killed claimx left in ``folder``
    (their process is gone). Returns what was deleted."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        m = _TMP_RE.match(entry.name)
        if not m or _alive(int(m.group("pid"))):
            continue
        try:
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def open_output(path: str | Path, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """A text handle for ``path``, written as the shell's ``>`` would (see the module docstring).
    On an exception the old file is left as it was and nothing temporary stays."""
    if is_stdout(path):
        yield sys.stdout
        sys.stdout.flush()
        return
    check_output(path)
    target = Path(os.path.realpath(path))
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        # a device, FIFO or socket: written in place, like `>` (never replaced by a regular file)
        with open(target, "w", encoding=encoding, newline="\n") as fh:
            yield fh
        return
    mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask()
    folder = target.parent
    clean_stale_temps(folder)
    tmp_name = str(folder / f".{target.name}.claimx-{os.getpid()}{TMP_SUFFIX}")
    try:
        fd = os.open(tmp_name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    except OSError as err:
        raise OutputError(f"{path}: cannot write: {err.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="\n") as fh:
            yield fh
            fh.flush()
            os.fchmod(fh.fileno(), mode)  # exactly the old file's mode (or the umask's), whatever the umask did
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
        _fsync_dir(folder)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_output(path: str | Path, content: str) -> None:
    with open_output(path) as fh:
        fh.write(content)


# ---------------------------------------------------------------------------------------------
# output folders (run --out)


class OutputFolder:
    """An output folder locked for one run; files are staged and published together (see the module
    docstring). Use as a context manager; :meth:`stage` gives a path to write one file to."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self._lock_fd: int | None = None
        self._staged: dict[str, Path] = {}

    def __enter__(self) -> OutputFolder:
        f = self.folder
        if f.exists() and not f.is_dir():
            raise OutputError(f"{f}: exists and is not a folder")
        if not f.exists():
            if not f.parent.is_dir():
                raise OutputError(f"{f}: no such folder {f.parent}")
            try:
                f.mkdir()
            except FileExistsError:
                pass
            except OSError as err:
                raise OutputError(f"{f}: cannot create: {err.strerror}") from None
        import fcntl

        try:
            fd = os.open(f / LOCK, os.O_RDWR | os.O_CREAT, 0o666 & ~_umask())
        except OSError as err:
            raise OutputError(f"{f}: cannot write: {err.strerror}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise OutputError(f"{f}: another claimx run is writing this folder") from None
        self._lock_fd = fd
        clean_stale_temps(f)
        for entry in f.iterdir():  # staged files of a killed run
            if entry.name.startswith(".staged-") and not _alive(_pid_of(entry.name)):
                entry.unlink(missing_ok=True)
        return self

    def stage(self, name: str) -> Path:
        """Where to write ``name`` now; it is published by :meth:`publish`."""
        p = self.folder / f".staged-{os.getpid()}-{name}"
        self._staged[name] = p
        return p

    def publish(self) -> None:
        """Replace the folder's files by the staged ones and write the manifest last."""
        entries = {}
        for name, p in self._staged.items():
            entries[name] = {"bytes": p.stat().st_size, "sha256": _sha256(p)}
        (self.folder / MANIFEST).unlink(missing_ok=True)
        _fsync_dir(self.folder)
        for name, p in self._staged.items():
            os.replace(p, self.folder / name)
        _fsync_dir(self.folder)
        self._staged.clear()
        write_output(self.folder / MANIFEST, json.dumps({"complete": True, "files": entries}, indent=2) + "\n")

    def __exit__(self, *exc) -> None:
        for p in self._staged.values():
            p.unlink(missing_ok=True)
        self._staged.clear()
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None


def _pid_of(name: str) -> int:
    m = re.match(r"\.staged-(\d+)-", name)
    return int(m.group(1)) if m else os.getpid()


def _sha256(p: Path) -> str:
    h = hashlib.sha256()
    with open(p, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def verify_folder(folder: str | Path) -> bool:
    """True when ``folder`` has a manifest and every file it lists matches it (a complete output)."""
    try:
        manifest = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
        return all(
            (Path(folder) / name).stat().st_size == e["bytes"] and _sha256(Path(folder) / name) == e["sha256"]
            for name, e in manifest["files"].items()
        )
    except (OSError, ValueError, KeyError, TypeError):
        return False
