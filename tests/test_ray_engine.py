"""The Ray Data engine (``claimx extract --engine ray``) on a local Ray instance with 2 CPUs.

Skipped when the optional extra is not installed (pip install 'claimx[ray]').
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

if os.environ.get("CLAIMX_REQUIRE_RAY"):  # CI (.ci/run) installs the extra: there a missing Ray is a failure
    import ray
    import ray.data  # noqa: F401
else:  # `python3 tasks.py test` does not install Ray (~500 MB): skipped, and -ra reports why
    ray = pytest.importorskip("ray", reason="Ray not installed: the Ray engine's test needs pip install 'claimx[ray]' "
                                            "(CI installs it: CLAIMX_EXTRAS=test,ray in .ci/run)")
    pytest.importorskip("ray.data", reason="the Ray engine needs ray[data]: pip install 'claimx[ray]'")

from claimx.engines.ray_engine import extract_with_ray  # noqa: E402
from claimx.extract import extract_paths  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# Ray Data's own DataContext emits DeprecationWarnings on every run; they are not claimx's
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

BAD_FILES = {
    "empty.txt": b"  \n\t",
    "binary.txt": b"PK\x03\x04\x00\x00binary",
    "latin1.txt": "Z\xfcrich voted.".encode("latin-1"),
    "bom.txt": "\ufeffThe Greens won 12 seats.".encode("utf-8"),
    "utf16.txt": "\ufeffThe Greens won 12 seats.".encode("utf-16-le"),
}


@pytest.fixture(scope="module")
def local_ray():
    if ray.is_initialized():
        yield ray
        return
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        yield ray
    finally:
        ray.shutdown()


def _key(rec) -> tuple:
    return (rec.doc, rec.span.start, rec.span.end, rec.type, rec.id) if rec.type != "document" else (rec.doc, -1, -1, "", "")


@pytest.mark.slow
def test_ray_engine_equals_local_engine(nlp, local_ray, tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "corpus", folder, ignore=shutil.ignore_patterns("gold", "*.md"))
    sub = folder / "more"
    sub.mkdir()
    for name, data in BAD_FILES.items():
        (sub / name).write_bytes(data)
    missing = str(tmp_path / "missing.txt")

    local = [r for res in extract_paths(nlp, [str(folder), missing], batch_size=4) for r in res.records()]
    remote = [r for res in extract_with_ray([str(folder), missing], batch_size=4) for r in res.records()]

    n_claims = sum(1 for r in local if r.type != "document")
    assert n_claims > 50
    as_json = lambda recs: [json.loads(r.model_dump_json()) for r in sorted(recs, key=_key)]  # noqa: E731
    assert as_json(remote) == as_json(local)
    # and, with Ray Data's preserve_order, even the order and bytes are the local engine's
    assert [r.model_dump_json() for r in remote] == [r.model_dump_json() for r in local]
    errors = {r.doc: r.reason for r in remote if r.type == "document" and r.status == "error"}
    assert set(errors) == {"more/empty.txt", "more/binary.txt", "more/latin1.txt", missing}
