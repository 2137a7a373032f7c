"""The component's data: the phrase patterns (``patterns.jsonl``) and the word lists (``words.json``) of
``data/majority``; ``@name`` in a pattern is the word list ``name``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ...lexicon import with_curly_apostrophes

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "majority"


def load_words(folder: Path = DATA) -> dict[str, list[str]]:
    raw = json.loads((folder / "words.json").read_text(encoding="utf-8"))
    return {k: with_curly_apostrophes(v) for k, v in raw.items() if not k.startswith("_")}


def load_patterns(folder: Path, words: dict[str, list[str]]) -> list[dict[str, Any]]:
    """The phrase patterns with every ``"@name"`` replaced by the word list ``name``."""

    def expand(value: Any) -> Any:
        if isinstance(value, str) and value.startswith("@"):
            return words[value[1:]]
        if isinstance(value, dict):
            return {k: expand(v) for k, v in value.items()}
        if isinstance(value, list):
            return [expand(v) for v in value]
        return value

    out = []
    for line in (folder / "patterns.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            p = json.loads(line)
            p["pattern"] = with_curly_apostrophes(expand(p["pattern"]))
            out.append(p)
    return out


def without_tags(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for spec in pattern:
        spec = {k: v for k, v in spec.items() if k not in ("TAG", "POS")}
        if set(spec) <= {"OP"}:
            spec["IS_PUNCT"] = False
        out.append(spec)
    return out
