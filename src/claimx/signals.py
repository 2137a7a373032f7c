"""Signals: SIGTERM handled like SIGINT, and worker processes that die with their parent.

SIGTERM (``kill``, ``timeout``, a CI runner cancelling a job) raises :class:`Terminated`, a
``KeyboardInterrupt``: every ``finally`` and context manager runs as on Ctrl-C, so the process pool is
shut down and temporary output files are removed. Worker processes ask Linux for SIGKILL when their
parent dies (``prctl(PR_SET_PDEATHSIG)``), so a parent killed with SIGKILL leaves no orphaned worker.

Exit status, as a shell reports a process killed by the signal: 143 (128 + 15) after SIGTERM, 130
(128 + 2) after SIGINT. A second SIGTERM while the first one's clean-up runs is ignored (it would cut the
clean-up short and leave a temporary file).
"""

from __future__ import annotations

import signal
import sys
import threading

PR_SET_PDEATHSIG = 1


class Terminated(KeyboardInterrupt):
    """Raised in the main thread on SIGTERM."""


EXIT_SIGTERM = 128 + signal.SIGTERM
EXIT_SIGINT = 128 + signal.SIGINT
_RECEIVED: dict[str, bool] = {"sigterm": False}


def _on_sigterm(signum, frame) -> None:
    if _RECEIVED["sigterm"]:
        return  # already terminating: let the clean-up finish
    _RECEIVED["sigterm"] = True
    raise Terminated()


def terminated() -> bool:
    """True once SIGTERM has been received (the process is shutting down)."""
    return _RECEIVED["sigterm"]


def handle_sigterm() -> None:
    """Make SIGTERM raise :class:`Terminated` (main thread only; a no-op elsewhere)."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _on_sigterm)


def die_with_parent() -> None:
    """In a worker: be killed when the parent process dies (Linux); ignore SIGINT/SIGTERM handlers
    inherited from the parent (the parent shuts the pool down)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL("libc.so.6", use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - no libc: the pool's own shutdown still applies
            pass
