"""Fuzzing the pipeline and claim building with hypothesis.

Random and adversarial text (unicode of every category, stray and nested quote marks, digit runs,
capitalised runs, seat words, very long tokens and lines, LF / CRLF / CR line ends), written to a file in
UTF-8 (with and without a byte-order mark) or UTF-16, read back by claimx's reader and extracted, also
cut into small chunks: no exception, and every claim's ``text[start:end] == evidence`` against the
decoded file text, with the right line number.

Bounded for CI: CLAIMX_FUZZ_EXAMPLES examples (default 200) and at most CLAIMX_FUZZ_SECONDS seconds
(default 60; examples past the budget are skipped). Run longer locally, e.g.
``CLAIMX_FUZZ_EXAMPLES=3000 CLAIMX_FUZZ_SECONDS=1200 pytest tests/test_fuzz.py -s``.
"""

from __future__ import annotations

import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimx.extract as ex
from claimx.extract import line_starts
from claimx.reader import InputFile, read_article

EXAMPLES = int(os.environ.get("CLAIMX_FUZZ_EXAMPLES", "200"))
SECONDS = float(os.environ.get("CLAIMX_FUZZ_SECONDS", "60"))
STATS = {"examples": 0, "skipped": 0, "claims": 0, "started": None}

WORDS = ["Party", "Labour", "Liberal", "Democratic", "Front", "seats", "seat", "majority", "won", "lost", "gained",
         "the", "of", "said", "House", "Assembly", "300-seat", "short", "of", "a", "two-thirds", "coalition",
         "twelve", "hundred", "Ann", "Roe", "O'Neil", "Mr.", "U.S.", "—", "–", "%", "per", "cent", "chamber"]
QUOTES = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "``", "''"]
BREAKS = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r", " ", " ", " ", "  ", "\t", "\u00a0", "\u2028"]

fragment = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(QUOTES),
    st.sampled_from(BREAKS),
    st.integers(min_value=0, max_value=10**30).map(str),
    st.from_regex(r"[0-9]{1,3}(,[0-9]{3}){0,4}", fullmatch=True),
    st.lists(st.sampled_from(["Party", "Front", "National", "People's", "Union"]), min_size=2, max_size=40).map(" ".join),
    st.lists(st.sampled_from(QUOTES + [" "]), min_size=2, max_size=30).map("".join),
    st.lists(st.sampled_from(QUOTES), min_size=14, max_size=80).map("".join),  # dense runs (cut into tokens of 16)
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20),
    st.text(alphabet="aA1-'.", min_size=50, max_size=400),  # very long tokens
)
# sentences the rules turn into claims, so the offsets of real claims are fuzzed too
claimish = st.builds(
    "{} {} Party {} {} seats in the {}-seat {}{}".format,
    st.sampled_from(["The", "the", "THE", ""]),
    st.sampled_from(["Labour", "Green", "Liberal Democratic", "Blue"]),
    st.sampled_from(["won", "lost", "gained", "holds"]),
    st.integers(min_value=0, max_value=10**20),
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from(["chamber", "House", "assembly"]),
    st.sampled_from([".", ",", "", ".\n\n", ".\r\n", ".\r", '," said Ann Roe.']),
)
texts = st.lists(st.one_of(fragment, claimish, claimish), min_size=1, max_size=60).map(" ".join)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "crlf", "cr"])


def _encode(text: str, how: str) -> tuple[str, bytes]:
    """(the text as claimx should decode it, the file's bytes)."""
    if how == "crlf":
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
        return text, text.encode("utf-8")
    if how == "cr":
        text = text.replace("\r\n", "\n").replace("\n", "\r")
        return text, text.encode("utf-8")
    if how == "utf-16":
        return text, text.encode("utf-16")  # with its BOM
    if how == "utf-8-sig":
        return text, text.encode("utf-8-sig")
    return text, text.encode("utf-8")


def _check_claims(text: str, claims) -> None:
    starts = line_starts(text)
    import bisect

    for c in claims:
        assert text[c.span.start : c.span.end] == c.evidence, (c.rule, c.span, c.evidence)
        assert c.line == bisect.bisect_right(starts, c.span.start), (c.rule, c.line)
        assert c.span.start <= c.span.end


@pytest.fixture(scope="module", autouse=True)
def _report():
    yield
    if STATS["started"] is not None:  # shown with -s
        print(f"\nfuzz: {STATS['examples']} examples, {STATS['claims']} claims, "
              f"{time.monotonic() - STATS['started']:.1f} s, {STATS['skipped']} skipped past the budget")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(text=texts, how=encodings, chunk=st.sampled_from([None, 300, 1000]))
def test_fuzz_pipeline_and_claims(nlp, tmp_path_factory, text, how, chunk):
    if STATS["started"] is None:
        STATS["started"] = time.monotonic()
    if time.monotonic() - STATS["started"] > SECONDS:
        STATS["skipped"] += 1
        return
    expected, data = _encode(text, how)
    if not expected.strip():
        return
    f = tmp_path_factory.mktemp("fuzz") / "a.txt"
    f.write_bytes(data)
    try:
        art = read_article(InputFile(f, "a.txt"))
    except ex.InputError as err:  # only NUL characters make a decodable text unusable
        assert "binary" in str(err) or "empty" in str(err), err
        return
    assert art.text == expected
    kwargs = {"max_chunk_chars": chunk} if chunk else {}
    (result,) = list(ex.extract_articles(nlp, [art], **kwargs))
    assert result.record.status == "ok", result.record.reason
    _check_claims(art.text, result.claims)
    STATS["examples"] += 1
    STATS["claims"] += len(result.claims)
    if STATS["examples"] % 250 == 0:  # progress of a long local run (shown with -s)
        print(f"\nfuzz: {STATS['examples']} examples, {STATS['claims']} claims, "
              f"{time.monotonic() - STATS['started']:.1f} s", flush=True)




def test_cr_only_and_bom_lines_and_offsets(nlp, tmp_path):
    """A CR-only file gets the same claims as its LF twin, on the right lines; a BOM shifts nothing."""
    body = "Intro line.\n\nThe Labour Party won 12 seats in the 300-seat chamber.\n\nThe Green Party won 3 seats.\n"
    results = {}
    for how in ("utf-8", "cr", "crlf", "utf-8-sig", "utf-16"):
        expected, data = _encode(body, how)
        f = tmp_path / f"{how}.txt"
        f.write_bytes(data)
        art = read_article(InputFile(f, f.name))
        assert art.text == expected
        (result,) = list(ex.extract_articles(nlp, [art]))
        _check_claims(art.text, result.claims)
        results[how] = [(c.type, c.evidence, c.line) for c in result.claims]
    assert results["utf-8"] and {c[2] for c in results["utf-8"]} == {3, 5}
    for how in ("cr", "crlf", "utf-8-sig", "utf-16"):
        assert results[how] == results["utf-8"], how
