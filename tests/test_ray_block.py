"""What a Ray actor does with its block of files, without Ray: reads each path through claimx's reader (long files
streamed, never read whole; the reader's messages) and extracts it, giving the local engine's records."""

from __future__ import annotations

import json

import claimx.reader as reader_mod
from claimx.engines.ray_engine import extract_block  # importable without the optional Ray extra
from claimx.extract import extract_paths
from claimx.reader import InputFile, discover

ARTICLE = "The Harbour Party won 120 seats in the 300-seat Assembly of Saldane.\n\nThe Meadow Party won 90 seats.\n"


def test_a_block_reads_like_the_local_engine_and_streams_long_files(nlp, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(("\ufeff" + ARTICLE * 6).encode("utf-16-le"))  # over the lowered bound
    (tmp_path / "c.txt").write_bytes("Caf\u00e9 owners won 3 seats.\n".encode("cp1252"))
    monkeypatch.setattr(reader_mod, "STREAM_BYTES", 300)
    whole_reads = []
    real_read_article = reader_mod.read_article

    def spy(f):
        whole_reads.append(f.name)
        return real_read_article(f)

    monkeypatch.setattr(reader_mod, "read_article", spy)
    files = [(str(f.path), f.name) for f in discover([tmp_path]) if isinstance(f, InputFile)]
    lines = extract_block(nlp, files)
    assert whole_reads == ["a.txt", "c.txt"]  # b.txt (over STREAM_BYTES) is streamed, not read whole
    local = ["".join(r.model_dump_json(exclude_none=False) + "\n" for r in res.records())
             for res in extract_paths(nlp, [str(tmp_path)])]
    assert lines == local
    docs = [json.loads(block.splitlines()[0]) for block in lines]
    assert [(d["doc"], d["status"]) for d in docs] == [("a.txt", "ok"), ("b.txt", "ok"), ("c.txt", "error")]
    assert docs[1]["claims"] == 6 * docs[0]["claims"] and "not valid UTF-8" in docs[2]["reason"]
