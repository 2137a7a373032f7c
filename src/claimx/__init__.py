"""claimx: structured, verifiable claims from news text, checked for consistency.

The public API (documented in the README, section "From Python"):

- ``claimx.extract(texts_or_paths, model=None) -> Iterator[Claim]``: claims from texts, files, folders;
- ``claimx.check(claims, facts=None) -> Report``: the consistency checks of ``claimx check``;
- ``claimx.add_to(nlp)``: claimx's components in any English spaCy pipeline (``spacy.blank("en")`` too);
- ``claimx.load_pipeline(model=None)``: a pipeline (claimx's own by default) with the components;
- the claim and report models: ``Claim``, ``SeatCount``, ``SeatChange``, ``ChamberSize``,
  ``MajorityThreshold``, ``MajorityStatus``, ``Quote``, ``Event``, ``DocumentRecord``, ``Report``,
  ``Finding``; ``parse_record(dict)`` validates one JSON line of claims.jsonl.
"""

from typing import Any

__version__ = "0.1.0"

from .api import add_to, check  # noqa: E402
from .claims import (  # noqa: E402
    CLAIM_TYPES,
    ChamberSize,
    Claim,
    DocumentRecord,
    Event,
    MajorityStatus,
    MajorityThreshold,
    Quote,
    Record,
    SeatChange,
    SeatCount,
    parse_record,
)
from .report import Finding, Report  # noqa: E402

__all__ = [
    "__version__",
    "extract",
    "check",
    "add_to",
    "load_pipeline",
    "CLAIM_TYPES",
    "Claim",
    "Record",
    "SeatCount",
    "SeatChange",
    "ChamberSize",
    "MajorityThreshold",
    "MajorityStatus",
    "Quote",
    "Event",
    "DocumentRecord",
    "Report",
    "Finding",
    "parse_record",
]


def load_pipeline(model=None, types=None):
    """Load a spaCy pipeline (claimx's own by default) with claimx's components. See :mod:`claimx.pipeline`."""
    from .pipeline import load_pipeline as _load

    return _load(model, types)


def __getattr__(name: str) -> Any:
    # `claimx.extract` is the module claimx/extract.py, made callable (it calls claimx.api.extract); it is
    # imported on first use so that `import claimx` stays light (no spaCy until claims are wanted).
    if name == "extract":
        import importlib

        return importlib.import_module(".extract", __name__)
    raise AttributeError(f"module 'claimx' has no attribute {name!r}")
