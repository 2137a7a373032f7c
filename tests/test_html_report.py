"""The HTML report renders in headless Chromium with its seat chart (screenshot not blank)."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from _claimx_builders import seat, size, status  # noqa: E402

from claimx.checks import run_checks  # noqa: E402
from claimx.formats import render  # noqa: E402

ARTICLE = (
    "Governing party loses ground in snap vote\n"
    "\n"
    "The Liberals won 268 seats in Canada's 343-seat House of Commons, though they fell short of a majority.\n"
    "The Conservatives took 143 seats, the Bloc 23 and the NDP 7.\n"
)


def _records(doc: str):
    line3 = ARTICLE.splitlines()[2]
    off3 = ARTICLE.index(line3)
    line4 = ARTICLE.splitlines()[3]
    off4 = ARTICLE.index(line4)

    def at(text, line, off, words):
        return {"start": off + text.index(words), "evidence": words, "line": line, "text": text}

    recs = [
        seat(doc, "Liberal Party", 268, **at(line3, 3, off3, "won 268 seats"), body="House of Commons"),
        size(doc, 343, **at(line3, 3, off3, "343-seat House of Commons")),
        status(doc, "Liberal Party", "short_of_majority", **at(line3, 3, off3, "fell short of a majority")),
        seat(doc, "Conservative Party", 143, **at(line4, 4, off4, "took 143 seats")),
        seat(doc, "Bloc Québécois", 23, **at(line4, 4, off4, "the Bloc 23")),
        seat(doc, "New Democratic Party", 7, **at(line4, 4, off4, "the NDP 7")),
    ]
    return recs


def _png_pixels(data: bytes):
    """Decode an 8-bit RGB/RGBA PNG (what Chromium writes) into rows of pixel tuples."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, w, h, ctype = 8, b"", 0, 0, 0
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and ctype in (2, 6)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    bpp = 4 if ctype == 6 else 3
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(h):
        f = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def test_html_is_self_contained(tmp_path):
    art = tmp_path / "articles"
    art.mkdir()
    (art / "vote.txt").write_text(ARTICLE, encoding="utf-8")
    html = render(run_checks(_records("vote.txt")), "html", root=art)
    assert "<svg" in html and "majority 172" in html
    assert '<mark class="error"' in html and "won 268 seats" in html
    for ref in ("http://", "https://", "<script", "<link", "@import", "url("):
        if ref == "http://":
            assert html.count(ref) == html.count('xmlns="http://www.w3.org/2000/svg"')
        else:
            assert ref not in html
    # without the article text: the claim sentences instead
    degraded = render(run_checks(_records("vote.txt")), "html")
    assert "article text not available" in degraded and "fell short of a majority" in degraded


def test_html_renders_in_chromium(tmp_path):
    chromium = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if chromium is None:
        pytest.skip("chromium is not installed (apt-get install chromium; .ci/run installs it in CI)")
    art = tmp_path / "articles"
    art.mkdir()
    (art / "vote.txt").write_text(ARTICLE, encoding="utf-8")
    page = tmp_path / "report.html"
    page.write_text(render(run_checks(_records("vote.txt")), "html", root=art), encoding="utf-8")
    png = tmp_path / "shot.png"
    cmd = [
        chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={png}", "--window-size=1200,2000",
        page.as_uri(),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert png.is_file() and png.stat().st_size > 1000, proc.stderr[-2000:]
    w, h, bpp, rows = _png_pixels(png.read_bytes())
    assert (w, h) == (1200, 2000)
    colours = set()
    red_bar = 0
    for row in rows[:900:3]:
        for x in range(0, w * bpp, bpp * 3):
            px = tuple(row[x:x + 3])
            colours.add(px)
            if px == (0xC0, 0x39, 0x2B):  # the first party's bar colour in the chart
                red_bar += 1
    assert len(colours) > 20, "screenshot looks blank"
    assert red_bar > 50, "the seat chart's bars are not visible"
