"""Every corpus gold file follows the gold format and agrees with its text (catches annotation slips)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimx.evaluate import GoldFile, load_gold_file, quote_words

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = CORPUS / "gold"
GOLD_FILES = sorted(GOLD.glob("*.json"))
SEED = "000_6b05626aa3ed1ed6"
LISTS = ("seat_counts", "seat_changes", "chamber_sizes", "majority_thresholds", "majority_status", "quotes", "events")


def _ids(paths):
    return [p.stem for p in paths]


def test_corpus_has_gold_for_every_text():
    texts = {p.name for p in CORPUS.glob("*.txt")}
    named = {load_gold_file(g).doc for g in GOLD_FILES}
    assert len(texts) >= 10
    assert texts == named, f"texts without gold: {texts - named}; gold without text: {named - texts}"


@pytest.fixture(params=GOLD_FILES, ids=_ids(GOLD_FILES))
def gold_and_text(request) -> tuple[GoldFile, str]:
    gold = load_gold_file(request.param)  # strict: unknown keys, wrong types and values fail here
    assert request.param.stem == Path(gold.doc).stem, "gold file is named after its document"
    text_path = CORPUS / gold.doc
    assert text_path.is_file(), f"{gold.doc} does not exist in corpus/"
    return gold, text_path.read_text(encoding="utf-8")


def test_every_evidence_occurs_verbatim(gold_and_text):
    gold, text = gold_and_text
    missing = [
        (name, entry.evidence)
        for name in LISTS
        for entry in getattr(gold, name)
        if entry.evidence not in text
    ]
    assert not missing, missing


def test_quote_words_occur_in_text(gold_and_text):
    """Each part of a quote (parts joined by ' ... ') is in the text, up to line breaks and quotation marks."""
    gold, text = gold_and_text
    flat = re.sub(r"\s+", " ", re.sub(r"[\u201c\u201d\u00ab\u00bb\"]", " ", text))
    for q in gold.quotes:
        for part in q.text.split(" ... "):
            words = quote_words(part)
            assert words <= quote_words(text), (q.text, words - quote_words(text))
            first = part.split()[0]
            assert first in flat, (q.text, first)


def test_seat_numbers_are_consistent(gold_and_text):
    """Results of one article fit its chamber; a stated threshold is the chamber's majority or consistent with status."""
    gold, _ = gold_and_text
    sizes = {c.seats for c in gold.chamber_sizes}
    assert len(sizes) <= 1, "one chamber per corpus article"
    results = sum(s.seats for s in gold.seat_counts if s.status == "result" and not s.approximate)
    per_party: dict[str, int] = {}
    for s in gold.seat_counts:
        if s.status == "result":
            per_party[s.party] = s.seats  # a party restated counts once
    if sizes:
        size = sizes.pop()
        assert sum(per_party.values()) <= size, (per_party, size)
        for t in gold.majority_thresholds:
            assert t.seats == size // 2 + 1, "corpus thresholds are simple majorities"
        threshold = size // 2 + 1
        for m in gold.majority_status:
            if m.party and m.party in per_party:
                if m.status in ("majority", "supermajority"):
                    assert per_party[m.party] >= threshold
                else:
                    assert per_party[m.party] < threshold
    assert results >= 0


def test_approximate_matches_the_hedge_words(gold_and_text):
    hedges = re.compile(
        r"\b(about|roughly|around|nearly|almost|some|more than|fewer than|less than|over|under|at least|up to|between|\d+ to \d+)\b",
        re.I,
    )
    gold, _ = gold_and_text
    for s in [*gold.seat_counts, *gold.seat_changes]:
        assert bool(hedges.search(s.evidence)) == s.approximate, s


def test_corpus_does_not_copy_the_eval_set():
    """No 8-word run of a corpus article (other than the seed) appears in the shared eval texts."""
    shared = ROOT.parent / "shared" / "eval" / "dev" / "texts"
    if not shared.is_dir():
        pytest.skip("shared eval texts not present")

    def grams(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i : i + 8]) for i in range(len(words) - 7)}

    eval_grams = set().union(*(grams(p.read_text(encoding="utf-8")) for p in shared.glob("*.txt")))
    for p in CORPUS.glob("*.txt"):
        if p.stem == SEED:
            continue
        common = grams(p.read_text(encoding="utf-8")) & eval_grams
        assert not common, (p.name, sorted(common)[:3])
