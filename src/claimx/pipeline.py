"""Loading a spaCy pipeline and adding claimx's components to it.

``load_pipeline()`` is the one function claimx uses: with no argument it loads
the English pipeline shipped with claimx (``claimx_en_core``, trained by the
recipe in :mod:`claimx.training`); with a name or path it loads any installed
spaCy pipeline (``en_core_web_sm``, ``en_core_web_trf``, a folder), then adds
the claimx components that are not there yet.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from . import extensions  # noqa: F401  (registers Doc._/Span._ attributes)

DEFAULT_MODEL = "claimx_en_core"

# claim type -> the component that produces it
COMPONENT_FOR_TYPE: dict[str, str] = {
    "seat_count": "claimx_seats",
    "seat_change": "claimx_seats",
    "chamber_size": "claimx_seats",
    "majority_threshold": "claimx_seats",
    "majority_status": "claimx_majority",
    "quote": "claimx_quotes",
    "event": "claimx_events",
}
# claimx_majority reads the seat drafts of claimx_seats: it comes after it
COMPONENT_ORDER: tuple[str, ...] = ("claimx_entities", "claimx_seats", "claimx_majority", "claimx_quotes", "claimx_events")


class ModelNotFound(Exception):
    """The requested pipeline is neither a folder nor an installed package."""


def bundled_model_path() -> Path | None:
    """The folder of claimx's own pipeline: inside the installed wheel, or models/ of a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (
        here / "_model" / DEFAULT_MODEL,
        here.parent.parent / "models" / DEFAULT_MODEL,
    ):
        if (candidate / "meta.json").is_file():
            return candidate
    return None


def _installed_pipelines() -> list[str]:
    try:
        from spacy.util import get_installed_models

        return sorted(get_installed_models())
    except Exception:  # pragma: no cover - very old spaCy
        return []


def load_base(model: str | Path | None = None) -> Language:
    """Load the bare spaCy pipeline (no claimx components)."""
    if model is None or str(model) == DEFAULT_MODEL:
        path = bundled_model_path()
        if path is None:
            raise ModelNotFound(_missing_message(DEFAULT_MODEL))
        return spacy.load(path)
    target = Path(model)
    if target.exists():
        if not (target / "config.cfg").is_file():
            raise ModelNotFound(f"{model}: folder is not a spaCy pipeline (no config.cfg)")
        return spacy.load(target)
    try:
        return spacy.load(str(model))
    except OSError:
        raise ModelNotFound(_missing_message(str(model))) from None


def _missing_message(name: str) -> str:
    installed = _installed_pipelines()
    options = [f"{DEFAULT_MODEL} (claimx's own, the default)"] + installed
    return (
        f"spaCy pipeline {name!r} not found. --model takes an installed pipeline package "
        f"or the path of a pipeline folder. Available here: {', '.join(options)}."
        + ("" if bundled_model_path() else " claimx's own pipeline is missing from this install (models/claimx_en_core).")
    )


def components_for(types: Iterable[str] | None) -> list[str]:
    """The claimx components needed for the requested claim types (all when None)."""
    if types is None:
        return list(COMPONENT_ORDER)
    wanted = {COMPONENT_FOR_TYPE[t] for t in types}
    if "claimx_majority" in wanted:
        wanted.add("claimx_seats")  # a status's party comes from the seat counts too
    return ["claimx_entities"] + [c for c in COMPONENT_ORDER[1:] if c in wanted]


def add_claimx_components(nlp: Language, types: Iterable[str] | None = None) -> Language:
    """Add claimx's components (registered factories) to ``nlp`` in order, skipping present ones."""
    from . import components  # noqa: F401  (registers the factories)

    if not nlp.has_pipe("claimx_paragraphs"):
        splitter = next((p for p in ("senter", "parser") if nlp.has_pipe(p)), None)
        if splitter is not None:
            nlp.add_pipe("claimx_paragraphs", before=splitter)
        elif not nlp.has_pipe("sentencizer"):
            nlp.add_pipe("claimx_paragraphs", first=True)
            nlp.add_pipe("sentencizer")
    for name in components_for(types):
        if not nlp.has_pipe(name):
            nlp.add_pipe(name)
    return nlp


def load_pipeline(model: str | Path | None = None, types: Iterable[str] | None = None) -> Language:
    """Load a spaCy pipeline (claimx's own by default) with claimx's components added."""
    nlp = load_base(model)
    prepare_tokenizer(nlp)
    return add_claimx_components(nlp, types)


def prepare_tokenizer(nlp: Language) -> Language:
    """The tokenizer adjustments claimx's rules rely on (``load_pipeline`` and ``claimx.add_to`` both apply them)."""
    from .longruns import guard_tokenizer, split_glued_quotes

    split_glued_quotes(nlp)  # '"... has failed”said Doe': the closing mark is a token of its own
    keep_abbreviations(nlp)  # "the Sask. Party held 46 seats": the full stop ends no sentence
    drop_digit_emoticons(nlp)  # "Greens (8)", "Labour 20 (-8)": the number is a token of its own
    guard_tokenizer(nlp)  # whitespace-free runs of thousands of marks tokenized in linear time
    return nlp


# a special case that keeps a digit glued to marks is an emoticon ("8)", "(-8", ":3", "<3"); pure numbers
# ("0.0") and clock times ("10am" -> "10", "am") are kept
_EMOTICON_MARKS = frozenset("()<>=:;_-")


def keep_abbreviations(nlp: Language) -> None:
    """Add the abbreviations of ``data/entities/abbreviations.json`` ("Sask.", "Alta.") to the tokenizer's special
    cases, each one token with its full stop (as spaCy's own "Calif." is), and its ``whole_words`` ("half-way")."""
    import json  # (read once per pipeline load)

    tok = getattr(nlp.tokenizer, "inner", nlp.tokenizer)
    if not hasattr(tok, "add_special_case"):
        return
    data = json.loads((Path(__file__).parent / "data" / "entities" / "abbreviations.json").read_text(encoding="utf-8"))
    # (and a few hyphenated words kept whole: "crossed the half-way mark" reads as "the halfway mark")
    for abbr in data["abbreviations"] + data.get("whole_words", []):
        tok.add_special_case(abbr, [{"ORTH": abbr}])


def drop_digit_emoticons(nlp: Language) -> None:
    """Remove the tokenizer's emoticon special cases that contain a digit. English spaCy pipelines read "(8)" as
    "(", "8)" and "(-8)" as "(-8", ")": in a results table ("Greens (8)", "Labour 20 (-8)") the seat figure
    would be no number at all."""
    tok = getattr(nlp.tokenizer, "inner", nlp.tokenizer)  # (under claimx's long-run guard, its wrapped tokenizer)
    rules = getattr(tok, "rules", None)
    if not rules:
        return
    glued = {k for k, v in rules.items()
             if len(v) == 1 and any(ch.isdigit() for ch in k) and any(ch in _EMOTICON_MARKS for ch in k)}
    if glued:
        tok.rules = {k: v for k, v in rules.items() if k not in glued}


@lru_cache(maxsize=4)
def cached_pipeline(model: str | None = None, types: tuple[str, ...] | None = None) -> Language:
    """``load_pipeline`` once per process (for tests and long-lived callers)."""
    return load_pipeline(model, types)
