"""Report formats: ``render(report, fmt, color=False, root=None) -> str``.

text, json, markdown, junit, sarif, github, html; one module each.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from ..report import Report

FORMATS: tuple[str, ...] = ("text", "json", "markdown", "junit", "sarif", "github", "html")
_MODULES = {"text": "text", "json": "json", "markdown": "markdown", "junit": "junit", "sarif": "sarif",
            "github": "github", "html": "html"}


def render(report: Report, fmt: str, *, color: bool = False, root: str | Path | None = None) -> str:
    """Render ``report`` as ``fmt``; ``root`` is the folder the findings' doc paths are relative to."""
    if fmt not in _MODULES:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    mod = import_module(f"{__name__}.{_MODULES[fmt]}")
    return mod.render(report, color=color, root=Path(root) if root is not None else None)
