"""Component-major batches (BatchedPipe.pipe) annotate exactly as Doc-by-Doc calls do."""

import json
from pathlib import Path

from claimx.batched import BatchedPipe

ROOT = Path(__file__).resolve().parents[1]


def _annotations(doc):
    return (
        [(e.start, e.end, e.label_, e._.claimx_party, e._.claimx_body) for e in doc.ents],
        json.dumps(doc._.claimx_drafts, sort_keys=True, default=str),
    )


def test_rule_components_take_batches(nlp):
    for name in ("claimx_entities", "claimx_seats", "claimx_quotes", "claimx_events"):
        assert isinstance(nlp.get_pipe(name), BatchedPipe), name


def test_batches_give_what_single_docs_give(nlp):
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))][:8]
    batched = [_annotations(doc) for doc in nlp.pipe(texts, batch_size=4)]
    single = [_annotations(nlp(text)) for text in texts]
    assert batched == single
    assert sum(len(json.loads(d)) for _, d in batched) > 50


def test_pipe_yields_every_doc_in_order(nlp):
    seats = nlp.get_pipe("claimx_seats")
    docs = [nlp.make_doc(f"Text {i}.") for i in range(7)]
    assert list(seats.pipe(iter(docs), batch_size=3)) == docs
