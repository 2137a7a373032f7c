"""The streaming batch path (claimx.extract): laziness, chunk offsets, memory zones, ordering.

Most tests use a blank English pipeline with a small regex component that leaves seat-count
drafts, so they exercise extract.py's own logic in milliseconds; the last ones run the trained
pipeline with claimx's real components.
"""

from __future__ import annotations

import json
import re

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

import claimx.extract as extract_mod
from claimx.extensions import add_draft
from claimx.extract import (
    DocResult,
    chunk_text,
    claims_from_doc,
    extract_articles,
    extract_paths,
    extract_text,
    line_starts,
)
from claimx.reader import Article, InputProblem

_SEATS = re.compile(r"(\d+) seats")


@Language.component("test_stream_seats")
def _seats_component(doc):
    """Every 'N seats' is a seat_count draft; a party span with a custom attribute is involved
    so that Span._ extensions (stored in user_data) are used inside the memory zone."""
    for m in _SEATS.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), label="TEST_SEATS_LABEL")
        span._.claimx_party = f"Party {int(m.group(1)) % 3}"
        doc.user_data[("test", m.start())] = {"seats": int(m.group(1))}
        add_draft(doc, {"type": "seat_count", "start": m.start(), "end": m.end(), "rule": "test/seats",
                        "confidence": 0.8, "party": span._.claimx_party, "seats": int(m.group(1))})
    if "BROKEN" in doc.text:  # a draft the claim model rejects: dropped with a message, run goes on
        add_draft(doc, {"type": "seat_count", "start": 0, "end": 3, "rule": "test/broken", "confidence": 0.5,
                        "party": "X", "seats": -4})
    return doc


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_stream_seats")
    return nlp


def _article(i: int, paragraphs: int = 6) -> Article:
    text = "\n\n".join(
        f"Report {i}, part {j}. Officials in district {i} said the bloc took {i * 10 + j} seats on the night.\n"
        f"Observers expected {j + 1} seats more."
        for j in range(paragraphs)
    )
    return Article(f"doc{i:03d}.txt", text, f"sha{i}")


def _check_offsets(results: list[DocResult], texts: dict[str, str]) -> int:
    n = 0
    for res in results:
        for c in res.claims:
            text = texts[c.doc]
            assert text[c.span.start:c.span.end] == c.evidence
            assert c.line == text.count("\n", 0, c.span.start) + 1
            assert c.evidence in c.text
            n += 1
    return n


def test_chunked_long_file_keeps_offsets_and_lines(blank):
    art = _article(7, paragraphs=60)
    assert len(art.text) > 4000
    whole = list(extract_articles(blank, [art]))
    pieces = chunk_text(art.text, 500)
    assert len(pieces) > 5 and "".join(p for _, p in pieces) == art.text
    assert all(off == 0 or art.text[off - 1] == "\n" for off, _ in pieces)  # cut at line breaks
    chunked = list(extract_articles(blank, [art], max_chunk_chars=500, batch_size=3))
    assert _check_offsets(chunked, {art.name: art.text}) == 120
    dump = lambda rs: [r.model_dump_json() for res in rs for r in res.records()]  # noqa: E731
    assert dump(chunked) == dump(whole)
    assert chunked[0].record.claims == 120


def test_claims_from_doc_public_signature(blank):
    text = "Intro line.\nThe bloc won 12 seats.\nThen 14 seats went elsewhere."
    offset = text.index("The")
    doc = blank(text[offset:])
    claims = claims_from_doc(doc, "x.txt", text, offset, line_starts(text))
    assert [(c.evidence, c.line, c.span.start) for c in claims] == [
        ("12 seats", 2, text.index("12 seats")),
        ("14 seats", 3, text.index("14 seats")),
    ]


def test_reads_lazily_and_yields_in_order(blank):
    consumed = []

    def articles():
        for i in range(50):
            consumed.append(i)
            yield _article(i, paragraphs=1)

    stream = extract_articles(blank, articles(), batch_size=4)
    first = next(stream)
    assert first.record.doc == "doc000.txt"
    assert len(consumed) <= 8  # one batch (plus the look-ahead that closes it), not the corpus
    rest = list(stream)
    assert [r.record.doc for r in rest] == [f"doc{i:03d}.txt" for i in range(1, 50)]


def test_problems_keep_their_place(blank):
    items = [_article(0, 1), InputProblem("bad.txt", "empty file"), _article(1, 1), InputProblem("z.txt", "binary")]
    out = list(extract_articles(blank, items, batch_size=1))
    assert [(r.record.doc, r.record.status) for r in out] == [
        ("doc000.txt", "ok"), ("bad.txt", "error"), ("doc001.txt", "ok"), ("z.txt", "error")]
    assert out[1].record.reason == "empty file" and out[1].claims == []


def _unique(k):
    for i in range(k):
        yield Article(f"u{i}.txt", f"Zorvath{i}x met Quellan{i}y; the bloc won {i} seats.", "")


def test_memory_zone_keeps_string_store_flat(blank, monkeypatch):
    monkeypatch.setattr(extract_mod, "WARM_VOCAB", 0)  # every window in a zone
    list(extract_articles(blank, _unique(20), batch_size=8))  # warm: labels, rule strings
    before = len(blank.vocab.strings)
    out = list(extract_articles(blank, _unique(300), batch_size=8))
    assert sum(len(r.claims) for r in out) == 300
    assert out[-1].claims[0].party == f"Party {299 % 3}"  # Span._ value read inside the zone
    assert len(blank.vocab.strings) <= before + 5  # without the zone: +600 new words


def test_vocabulary_warms_up_then_stays_flat(monkeypatch):
    """The first words stay in the vocabulary (no lexeme made anew in every zone) up to WARM_VOCAB;
    past it every window runs in a memory zone, so the vocabulary grows by at most one window."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_stream_seats")
    limit = len(nlp.vocab) + 60
    monkeypatch.setattr(extract_mod, "WARM_VOCAB", limit)
    out = list(extract_articles(nlp, _unique(300), batch_size=8))  # 600 new words
    assert sum(len(r.claims) for r in out) == 300
    assert "Zorvath0x" in nlp.vocab.strings  # kept from the warm-up windows
    assert "Zorvath299x" not in nlp.vocab.strings  # made and freed in a zone
    kept = sum(1 for i in range(300) if f"Zorvath{i}x" in nlp.vocab.strings)
    assert 20 <= kept <= 60 + 8  # the warm-up's words (2 per article) and one window of 8 articles past the limit


def test_types_filter_and_invalid_draft(blank, capsys):
    art = Article("b.txt", "BROKEN. The bloc won 5 seats.", "")
    (res,) = list(extract_articles(blank, [art]))
    assert [c.seats for c in res.claims] == [5] and res.record.claims == 1
    assert "dropped an invalid seat_count draft from test/broken" in capsys.readouterr().err
    (res,) = list(extract_articles(blank, [art], types=["quote"]))
    assert res.claims == [] and res.record.claims == 0


def test_extract_paths_streams_files(blank, tmp_path):
    for i in range(5):
        (tmp_path / f"a{i}.txt").write_text(_article(i, 2).text, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    seen = []
    out = list(extract_paths(blank, [str(tmp_path)], batch_size=2, on_result=seen.append))
    assert [r.record.doc for r in out] == ["a0.txt", "a1.txt", "a2.txt", "a3.txt", "a4.txt", "empty.txt"]
    assert seen == out
    texts = {f"a{i}.txt": (tmp_path / f"a{i}.txt").read_text(encoding="utf-8") for i in range(5)}
    assert _check_offsets(out, texts) == 20


# --- trained pipeline, claimx's real components ----------------------------------------------

LONG_ARTICLE = "\n\n".join(
    [
        "Coalition Talks Resume After Tight Result",
        "The Social Democrats won 41 seats in the 120-seat parliament, short of the 61 needed for a majority, "
        "while the Greens took 17 seats.",
        '"We will talk to everyone," party leader Maria Lindqvist told reporters on Monday.',
        "President Jonas Berg congratulated Lindqvist and said he would meet the party leaders this week.",
    ]
    * 12
)


@pytest.mark.slow
def test_real_pipeline_chunk_offsets(nlp):
    whole = list(extract_articles(nlp, [Article("long.txt", LONG_ARTICLE, "")]))
    chunked = list(extract_articles(nlp, [Article("long.txt", LONG_ARTICLE, "")], max_chunk_chars=700, batch_size=4))
    assert len(chunk_text(LONG_ARTICLE, 700)) > 5
    n = _check_offsets(chunked, {"long.txt": LONG_ARTICLE})
    _check_offsets(whole, {"long.txt": LONG_ARTICLE})
    # chunks see less context than the whole text (document-level cues), so only offsets must agree
    assert n > 0 and len(whole[0].claims) > 0
    assert {c.evidence for c in chunked[0].claims} & {c.evidence for c in whole[0].claims}


@pytest.mark.slow
def test_real_pipeline_memory_zone_repeatable(nlp, monkeypatch):
    monkeypatch.setattr(extract_mod, "WARM_VOCAB", 0)
    before = extract_text(nlp, LONG_ARTICLE, "a.txt")
    strings = len(nlp.vocab.strings)
    again = extract_text(nlp, LONG_ARTICLE.replace("Lindqvist", "Zyxqwert"), "a.txt")
    assert len(nlp.vocab.strings) <= strings + 5
    third = extract_text(nlp, LONG_ARTICLE, "a.txt")
    assert [json.loads(c.model_dump_json()) for c in third] == [json.loads(c.model_dump_json()) for c in before]
    assert len(again) > 0


def test_inside_a_callers_memory_zone(blank):
    with blank.memory_zone():
        assert blank.vocab.in_memory_zone
        claims = extract_text(blank, "The bloc won 9 seats.", "z.txt")
        assert [c.evidence for c in claims] == ["9 seats"]
        assert blank.vocab.in_memory_zone  # still the caller's zone, not closed by claimx


@pytest.mark.slow
def test_no_cache_keeps_a_doc_alive(nlp):
    """claimx's per-Doc caches are weak-keyed; a cached value that refers to its Doc (a Span, a Token)
    would keep every Doc of a run alive and memory would grow with the corpus."""
    import gc
    import weakref

    doc = nlp('The Harbour Party won 41 of the 120 seats, Mr Hale said. "We won," he said.\nLabour took 12.')
    assert doc._.claimx_drafts  # every component ran
    ref = weakref.ref(doc)
    del doc
    gc.collect()
    assert ref() is None
