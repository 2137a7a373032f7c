"""The HTML report renders in headless Chromium with its seat chart (screenshot not blank)."""

from __future__ import annotations

import re
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
from claimx.claims import DocumentRecord  # noqa: E402
from claimx.formats import render  # noqa: E402
from claimx.formats.html import party_colour  # noqa: E402

ARTICLE = (
    "Governing party loses ground in snap vote\n"
    "\n"
    "The Liberals won 268 seats in Canada's 343-seat House of Commons, though they fell short of a majority.\n"
    "The Conservatives took 143 seats, the Bloc 23 and the NDP 7.\n"
)

# The rules' logic on invented claims and articles: every claim trusted (CLAIMX_CALIBRATION=trust), so that a
# contradiction is an error whatever confidence the shipped model gives the invented wording.
pytestmark = pytest.mark.usefixtures("trusted_rules")


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
    for ref in ("http://", "https://", "<script src", "<link", "@import", "url(", "<img", "<iframe"):
        if ref == "http://":
            assert html.count(ref) == html.count('xmlns="http://www.w3.org/2000/svg"')
        else:
            assert ref not in html
    assert html.count("<script>") == 1  # the filter box's few inline lines, nothing loaded from elsewhere
    # without the article text: the claim sentences instead
    degraded = render(run_checks(_records("vote.txt")), "html")
    assert "article text not available" in degraded and "fell short of a majority" in degraded


def _chromium() -> str:
    chromium = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if chromium is None:
        pytest.skip("chromium is not installed (apt-get install chromium; .ci/run installs it in CI)")
    return chromium


def _chromium_flags(tmp_path: Path) -> list[str]:
    return ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}"]


def test_html_renders_in_chromium(tmp_path):
    chromium = _chromium()
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
    liberal = tuple(bytes.fromhex(party_colour("Liberal Party")[1:]))
    for row in rows[:900:3]:
        for x in range(0, w * bpp, bpp * 3):
            px = tuple(row[x:x + 3])
            colours.add(px)
            if px == liberal:  # the Liberal Party's bar colour in the chart
                red_bar += 1
    assert len(colours) > 20, "screenshot looks blank"
    assert red_bar > 50, "the seat chart's bars are not visible"


# --- a newsroom tool: legend, stable colours, links, errors first, filter, stale text, collapsed sections


def _two_articles(tmp_path: Path, *, change_b: bool = False):
    """vote.txt (an error: 441 of 343 seats) and calm.txt (clean), with document records carrying the sha256."""
    import hashlib

    art = tmp_path / "articles"
    art.mkdir(parents=True, exist_ok=True)
    calm_text = "Quiet count\n\nThe Conservatives took 143 seats and the Liberals 150 in the 343-seat House of Commons.\n"
    (art / "vote.txt").write_text(ARTICLE, encoding="utf-8")
    (art / "calm.txt").write_text(calm_text, encoding="utf-8")
    docs = [DocumentRecord(doc=name, status="ok", sha256=hashlib.sha256((art / name).read_bytes()).hexdigest())
            for name in ("calm.txt", "vote.txt")]
    line = calm_text.splitlines()[2]
    off = calm_text.index(line)
    calm = [
        seat("calm.txt", "Conservative Party", 143, start=off + line.index("took 143 seats"), evidence="took 143 seats",
             line=3, text=line),
        seat("calm.txt", "Liberal Party", 150, start=off + line.index("Liberals 150"), evidence="Liberals 150", line=3,
             text=line),
        size("calm.txt", 343, start=off + line.index("343-seat House of Commons"),
             evidence="343-seat House of Commons", line=3, text=line),
    ]
    if change_b:  # edited after extraction: the claims' offsets no longer fit
        (art / "vote.txt").write_text("Correction: an earlier version misstated the results.\n" + ARTICLE, encoding="utf-8")
    return art, [docs[0], *calm, docs[1], *_records("vote.txt")]


def test_legend_and_stable_party_colours(tmp_path):
    art, records = _two_articles(tmp_path)
    html = render(run_checks(records), "html", root=art)
    assert '<div class="legend"><b>Legend</b>' in html
    for words in ("the words a claim was read from", "dashed line: the majority threshold", "grey: the chamber size"):
        assert words in html
    liberal = party_colour("Liberal Party")
    # the legend lists the party's colour, and both articles' charts draw it in that colour, whatever its rank
    # (first in vote.txt with 268 seats, first in calm.txt with 150 but behind nobody; Conservatives differ)
    assert f'<span class="swatch" style="background:{liberal}"></span>Liberal Party' in html
    assert html.count(f'fill="{liberal}"') == 4  # a bar and a stacked-total piece in each of the two charts
    assert party_colour("Liberal Party") == party_colour("  liberal   party ") != party_colour("Conservative Party")
    assert re.fullmatch(r"#[0-9a-f]{6}", liberal)


def test_summary_links_each_article_and_errors_come_first(tmp_path):
    art, records = _two_articles(tmp_path)
    html = render(run_checks(records), "html", root=art)
    links = re.findall(r'<a href="#(a\d+)">([^<]+)</a>', html)
    assert [name for _, name in links] == ["vote.txt", "calm.txt"]  # the article with errors first
    for anchor, name in links:
        section = re.search(rf'<details class="article" id="{anchor}"( open)?[^>]*><summary>{re.escape(name)}', html)
        assert section, name
        assert bool(section.group(1)) == (name == "vote.txt")  # only articles with findings start open
    assert html.index('id="a0"') < html.index('id="a1"')
    assert '<span class="badge error">' in html.split('id="a0"')[1].split("</summary>")[0]
    # the filter box and what it searches
    assert '<input type="search" id="filter"' in html and 'id="only-findings"' in html
    assert re.search(r'<details class="article" id="a0"[^>]*data-search="vote\.txt [^"]*cx001', html)


def test_stale_text_is_flagged_and_not_highlighted(tmp_path):
    art, records = _two_articles(tmp_path, change_b=True)
    html = render(run_checks(records), "html", root=art)
    vote = html.split('id="a0"')[1].split("</details>")[0]
    calm = html.split('id="a1"')[1].split("</details>")[0]
    assert "This article changed after its claims were extracted" in vote and "changed since extraction" in vote
    assert "changed since extraction" not in calm and "<mark" in calm
    # vote.txt's claims are shown in their sentences, marked at the right words, never at stale offsets
    assert "<mark" in vote and "Correction:" not in vote
    assert re.search(r"<mark[^>]*>won 268 seats</mark>", vote)
    fresh_art, fresh = _two_articles(tmp_path / "fresh")
    assert "changed after its claims" not in render(run_checks(fresh), "html", root=fresh_art)


def test_thousand_articles_stay_usable(tmp_path):
    art = tmp_path / "many"
    art.mkdir()
    records = []
    for n in range(1000):
        name = f"a{n:04d}.txt"
        # chambers unnamed: the cross-article check compares every pair of articles about one chamber
        text = f"Report {n}\n\nThe Harbour Party won {100 + n % 50} seats in the 201-seat assembly.\n"
        (art / name).write_text(text, encoding="utf-8")
        line = text.splitlines()[2]
        off = text.index(line)
        records += [DocumentRecord(doc=name, status="ok"),
                    seat(name, "Harbour Party", 100 + n % 50, start=off + line.index("won"), evidence="won", line=3, text=line),
                    size(name, 201, body=None, start=off + line.index("201-seat"), evidence="201-seat",
                         line=3, text=line)]
    html = render(run_checks(records), "html", root=art)
    assert html.count('<details class="article"') == 1000
    assert html.count('<details class="article" id="a') - html.count(" open data-search") == 1000  # all collapsed
    assert len(html.encode()) < 4_000_000, len(html.encode())


def test_links_open_their_article_in_chromium(tmp_path):
    chromium = _chromium()
    art, records = _two_articles(tmp_path)
    page = tmp_path / "report.html"
    page.write_text(render(run_checks(records), "html", root=art), encoding="utf-8")
    proc = subprocess.run([chromium, *_chromium_flags(tmp_path), "--dump-dom", page.as_uri() + "#a1"],
                          capture_output=True, text=True, timeout=120)
    dom = proc.stdout
    assert '<details class="article" id="a1"' in dom, proc.stderr[-2000:]
    # the collapsed clean article was opened by following its link; the script ran without errors
    assert re.search(r'<details class="article" id="a1"[^>]*\bopen', dom)
    assert re.search(r'<span id="shown">2</span>', dom)


def test_a_file_over_the_read_whole_bound_is_not_read(tmp_path, monkeypatch):
    """`check --root` reads an article whole only up to claimx.reader.DOC_TEXT_MAX_BYTES (here lowered below the
    article's size): above it the report shows the claim sentences and the checks use them, nothing read."""
    import claimx.reader
    from claimx.reader import read_doc_text

    art = tmp_path / "articles"
    art.mkdir()
    (art / "vote.txt").write_text(ARTICLE, encoding="utf-8")
    assert read_doc_text(art, "vote.txt") == ARTICLE
    assert '<mark class="error"' in render(run_checks(_records("vote.txt")), "html", root=art)
    monkeypatch.setattr(claimx.reader, "DOC_TEXT_MAX_BYTES", len(ARTICLE.encode()) - 1)
    assert read_doc_text(art, "vote.txt") is None
    html = render(run_checks(_records("vote.txt"), root=art), "html", root=art)
    assert "article text not available" in html and "fell short of a majority" in html
