"""Long files read piece by piece (claimx.reader.LongArticle, claimx.extract.stream_chunks).

A file over ``STREAM_BYTES`` is checked block by block and then read again block by block as the pipeline
needs text, so it is never held whole. Everything must come out as if it had been read whole: the same
text, the same refusals with the same messages, the same pieces, offsets, line numbers and word counts,
whatever the block size (a multi-byte character, a byte-order mark or a CRLF cut by a block's end).
Blank pipeline with a small regex component: milliseconds per test.
"""

from __future__ import annotations

import codecs
import random
import re

import pytest
import spacy
from spacy.language import Language

import claimx.reader as reader_mod
from claimx.extensions import add_draft
from claimx.extract import chunk_bounds, count_line_breaks, extract_articles, extract_paths, stream_chunks
from claimx.reader import InputError, InputFile, LongArticle, read_article, read_input, scan_long_article

_SEATS = re.compile(r"(\d+) seats")


@Language.component("test_long_stream_seats")
def _seats_component(doc):
    for m in _SEATS.finditer(doc.text):
        add_draft(doc, {"type": "seat_count", "start": m.start(), "end": m.end(), "rule": "test/seats",
                        "confidence": 0.8, "party": "Bloc", "seats": int(m.group(1))})
    return doc


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_long_stream_seats")
    return nlp


def _text(paragraphs: int, nl: str = "\n") -> str:
    """Invented report paragraphs with multi-byte characters (é, curly quotes, an emoji) and seat counts."""
    return (nl + nl).join(
        f"Caf\u00e9 report {j}: the bloc took {j * 3 + 1} seats.{nl}\u201cFine,\u201d said R\u00f6n \U0001f600 "
        f"and {j + 2} seats went to the \u00c9toile list."
        for j in range(paragraphs)
    ) + nl


def _write(tmp_path, name: str, data: bytes) -> InputFile:
    p = tmp_path / name
    p.write_bytes(data)
    return InputFile(p, name)


def _line_of(text: str, pos: int) -> int:
    """1 + the line breaks (LF, CRLF, lone CR) before ``pos``."""
    return count_line_breaks(text, 0, pos) + 1


ENCODINGS = [
    ("utf-8 LF", b"", "utf-8", "\n"),
    ("utf-8 BOM CRLF", codecs.BOM_UTF8, "utf-8", "\r\n"),
    ("utf-8 CR only", b"", "utf-8", "\r"),
    ("utf-16-le BOM", codecs.BOM_UTF16_LE, "utf-16-le", "\n"),
    ("utf-16-be BOM CRLF", codecs.BOM_UTF16_BE, "utf-16-be", "\r\n"),
    ("utf-32-le BOM", codecs.BOM_UTF32_LE, "utf-32-le", "\n"),
]


@pytest.mark.parametrize("label, bom, codec, nl", ENCODINGS, ids=[e[0] for e in ENCODINGS])
@pytest.mark.parametrize("block", [1, 2, 3, 5, 4096])
def test_blocks_give_the_text_read_article_gives(tmp_path, label, bom, codec, nl, block):
    # block sizes 1-5 cut every multi-byte character, the byte-order mark and the CRLFs somewhere
    f = _write(tmp_path, "a.txt", bom + _text(8, nl).encode(codec))
    whole = read_article(f)
    long = scan_long_article(f, block_bytes=block)
    assert (long.chars, long.sha256) == (len(whole.text), whole.sha256)
    assert "".join(long.blocks(block)) == whole.text


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"  \n\r\n \t",
        codecs.BOM_UTF8 + "\u2003 \n".encode(),  # only (Unicode) white space after the mark
        b"ok text " * 3000 + b"\x00",  # NUL past the sniffed head: read as text, like read_article
        b"abc\x00def" + b"\xff",  # NUL in the head comes before the bad byte, as in read_article
        b"line one\nline two\n" * 700 + b"caf\xe9 au lait",  # bad byte far into the file: offset and line
        b"fine \xe2\x80\x9cquote\xe2\x80\x9d\n" * 500 + b"\xe2\x80",  # a character cut by the end of file
        codecs.BOM_UTF16_LE + "seats\n".encode("utf-16-le") * 900 + b"x",  # odd byte count
        codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"),  # NUL character after a mark
        codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le") + b"\x00\xd8",  # a bad surrogate wins over NUL
        codecs.BOM_UTF32_LE + b"\xff\xff\xff\xff",
    ],
)
@pytest.mark.parametrize("block", [1, 7, 4096])
def test_refusals_and_messages_match_read_article(tmp_path, data, block):
    f = _write(tmp_path, "a.txt", data)
    try:
        whole = read_article(f)
        expected = ("ok", whole.text)
    except InputError as err:
        expected = ("refused", str(err))
    try:
        long = scan_long_article(f, block_bytes=block)
        got = ("ok", "".join(long.blocks(block)))
    except InputError as err:
        got = ("refused", str(err))
    assert got == expected


def test_random_bytes_match_read_article(tmp_path):
    rng = random.Random(14)
    parts = [b"a", b" ", b"\n", b"\r\n", "\u00e9".encode(), "\U0001f600".encode(), b"\xff", b"\x00", b"\xe2\x80"]
    boms = [b"", b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE]
    for _ in range(400):
        data = rng.choice(boms) + b"".join(rng.choice(parts if rng.random() < 0.1 else [b"a", b" "])
                                             for _ in range(rng.randint(0, 40)))
        f = _write(tmp_path, "r.txt", data)
        try:
            expected = ("ok", read_article(f).text)
        except InputError as err:
            expected = ("refused", str(err))
        try:
            got = ("ok", "".join(scan_long_article(f, block_bytes=rng.randint(1, 6)).blocks(rng.randint(1, 6))))
        except InputError as err:
            got = ("refused", str(err))
        assert got == expected, data


def test_read_input_streams_only_long_files(tmp_path, monkeypatch):
    f = _write(tmp_path, "a.txt", _text(3).encode())
    assert not isinstance(read_input(f), LongArticle)
    monkeypatch.setattr(reader_mod, "STREAM_BYTES", 100)
    assert isinstance(read_input(f), LongArticle)
    assert read_input(f, stream_bytes=10**9).text == _text(3)


def test_stream_chunks_are_chunk_bounds(tmp_path):
    rng = random.Random(5)
    alphabet = ["a", "b", " ", "\n", "\r", "\r\n", "\n\n", "\u00e9", "\U0001f600"]
    for _ in range(1500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 400)))
        max_chars, size = rng.randint(4, 60), rng.randint(1, 50)
        blocks = [text[i : i + size] for i in range(0, len(text), size)]
        expected = [(a, text[a:b], text[b] if b < len(text) else "") for a, b in chunk_bounds(text, max_chars)]
        assert list(stream_chunks(blocks, max_chars)) == expected


def test_stream_chunks_hold_one_piece_and_one_block():
    pulled = []

    def blocks():
        for i in range(1000):
            pulled.append(i)
            yield "word " * 20  # 100 characters

    first = next(stream_chunks(blocks(), 1000))
    assert first[0] == 0 and len(first[1]) <= 1000
    assert len(pulled) <= 12  # ~max_chars + 1 characters read ahead, not the file


def test_a_crlf_is_never_cut_between_two_pieces():
    # no space or line break in a piece's second half: the hard cut at max_chars would fall inside "\r\n"
    text = "x" * 9 + "\r\n" + "y" * 30
    assert chunk_bounds(text, 10)[0] == (0, 9)
    nl = 0
    for a, b in chunk_bounds(text, 10):
        assert nl == count_line_breaks(text, 0, a)
        nl += count_line_breaks(text[a:b], 0, b - a)


def _dump(results):
    return [r.model_dump_json() for res in results for r in res.records()]


@pytest.mark.parametrize("label, bom, codec, nl", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_streamed_file_extracts_like_a_whole_file(blank, tmp_path, monkeypatch, label, bom, codec, nl):
    f = _write(tmp_path, "long.txt", bom + _text(120, nl).encode(codec))
    whole = list(extract_articles(blank, [read_article(f)], max_chunk_chars=400, batch_size=3))
    monkeypatch.setattr(reader_mod, "BLOCK_BYTES", 97)  # blocks cut characters, marks and CRLFs
    long = scan_long_article(f, block_bytes=97)
    streamed = list(extract_articles(blank, [long], max_chunk_chars=400, batch_size=3))
    assert _dump(streamed) == _dump(whole)
    text = read_article(f).text
    (res,) = streamed
    assert res.record.claims == 240 and res.record.words == len(text.split()) and res.record.chars == len(text)
    for c in res.claims:
        assert text[c.span.start : c.span.end] == c.evidence
        assert c.line == _line_of(text, c.span.start)


def test_streamed_file_is_spilled_and_keeps_its_place(blank, tmp_path, monkeypatch):
    import claimx.extract as extract_mod

    small = tmp_path / "a.txt"
    small.write_text("The bloc took 4 seats.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(_text(400).encode())
    (tmp_path / "c.txt").write_bytes(b"  \n")
    whole = list(extract_paths(blank, [str(tmp_path)], batch_size=2))
    monkeypatch.setattr(reader_mod, "STREAM_BYTES", 1000)
    monkeypatch.setattr(extract_mod, "SPILL_CHARS", 5000)
    streamed = list(extract_paths(blank, [str(tmp_path)], batch_size=2))
    assert [r.record.doc for r in streamed] == ["a.txt", "b.txt", "c.txt"]
    assert type(streamed[1].claims).__name__ == "SpilledClaims"
    assert _dump(streamed) == _dump(whole)
    assert streamed[2].record.reason == "empty file"


def test_a_file_changed_while_read_is_an_error_record(blank, tmp_path):
    f = _write(tmp_path, "long.txt", _text(50).encode())
    long = scan_long_article(f)
    f.path.write_bytes(_text(50).replace("bloc", "blok").encode())
    (res,) = list(extract_articles(blank, [long], max_chunk_chars=300))
    assert res.record.status == "error" and "changed while it was being read" in res.record.reason
    assert res.claims == []
