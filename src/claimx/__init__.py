"""claimx: structured, verifiable claims from news text, checked for consistency."""

__version__ = "0.1.0"

__all__ = ["__version__", "load_pipeline"]


def load_pipeline(model=None, types=None):
    """Load a spaCy pipeline (claimx's own by default) with claimx's components. See :mod:`claimx.pipeline`."""
    from .pipeline import load_pipeline as _load

    return _load(model, types)
