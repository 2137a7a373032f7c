"""Training recipe for claimx's own English spaCy pipeline (claimx_en_core).

Entry points (plain arguments, importable by the CLI):
    train_pipeline(data_dir, out_dir, *, quick=False, log=print)
    evaluate_pipeline(model_path, data_dir) -> dict
"""

from .recipe import evaluate_pipeline, train_pipeline

__all__ = ["train_pipeline", "evaluate_pipeline"]
