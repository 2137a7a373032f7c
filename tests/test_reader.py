"""Input discovery, bad input and atomic writes (no model needed)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimx.reader import InputError, InputFile, InputProblem, atomic_writer, discover, read_article


def _names(items):
    return [(type(i).__name__, i.name) for i in items]


def test_discover_recurses_sorted_and_filters(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "a.md").write_text("x")
    (tmp_path / "c.json").write_text("{}")
    (tmp_path / "1.txt").write_text("x")
    assert _names(discover([tmp_path])) == [("InputFile", "1.txt"), ("InputFile", "a.md"), ("InputFile", "b/2.txt")]
    assert _names(discover([tmp_path], ["*.json"])) == [("InputFile", "c.json")]


def test_folder_skips_repository_documents_and_hidden_files(tmp_path):
    for name in ("README.md", "LICENSE.txt", "article.md", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("x")
    assert _names(discover([tmp_path])) == [("InputFile", "article.md")]
    # named explicitly, a README is read like any file
    assert _names(discover([tmp_path / "README.md"]))[0][0] == "InputFile"


def test_missing_path_is_a_problem_not_a_crash(tmp_path):
    items = list(discover([tmp_path / "nope.txt"]))
    assert isinstance(items[0], InputProblem) and "no such file" in items[0].reason


def test_same_file_twice_is_read_once(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("x")
    assert len(list(discover([tmp_path, f]))) == 1


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
        (b"abc\x00def", "binary file"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
    ],
)
def test_bad_files_raise_with_reason(tmp_path, content, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(InputError, match=reason):
        read_article(InputFile(f, "bad.txt"))


def test_unreadable_file(tmp_path, monkeypatch):
    f = tmp_path / "secret.txt"
    f.write_text("x")
    if os.geteuid() == 0:  # root reads mode-000 files, so simulate the OS refusing
        def refuse(self):
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr("claimx.reader._read_bytes", lambda p: refuse(p))
    else:
        f.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_article(InputFile(f, "secret.txt"))


def test_directory_named_like_an_article(tmp_path):
    d = tmp_path / "folder.txt"
    d.mkdir()
    with pytest.raises(InputError, match="is a directory"):
        read_article(InputFile(d, "folder.txt"))


def test_utf8_with_bom_and_offsets(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("\ufeffQuébec won 12 seats.".encode("utf-8"))
    art = read_article(InputFile(f, "a.txt"))
    assert art.text.startswith("Québec") and len(art.sha256) == 64


def test_atomic_writer_leaves_no_partial_file(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    with pytest.raises(RuntimeError):
        with atomic_writer(target) as fh:
            fh.write("half a line")
            raise RuntimeError("crash")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]
    with atomic_writer(target) as fh:
        fh.write("new\n")
    assert target.read_text() == "new\n"


# ---------------------------------------------------------------------------------------------
# a folder of hostile inputs, made by the test: every path accounted for, nothing opened that could hang


def _hostile_folder(root):
    (root / "good.txt").write_text("The Labour Party won 12 seats.\n")
    (root / "UPPER.TXT").write_text("The Green Party won 3 seats.\n")
    (root / "utf16le.txt").write_bytes("\ufeffThe Labour Party won 12 seats.\n".encode("utf-16-le"))
    (root / "utf16be.txt").write_bytes("\ufeffThe Labour Party won 12 seats.\n".encode("utf-16-be"))
    (root / "utf32.txt").write_bytes("\ufeffThe Labour Party won 12 seats.\n".encode("utf-32-le"))
    (root / "bom8.md").write_bytes("\ufeffThe Labour Party won 12 seats.\n".encode("utf-8"))
    (root / "cp1252.txt").write_bytes("Caf\u00e9 owners won 12 seats.\n".encode("cp1252"))
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (root / "empty.txt").write_bytes(b"")
    (root / "dangling.txt").symlink_to(root / "gone.txt")
    (root / "loop.txt").symlink_to(root / "loop.txt")
    os.mkfifo(root / "pipe.txt")
    (root / "a.pdf").write_bytes(b"%PDF-1.4")
    (root / "b.PDF").write_bytes(b"%PDF-1.4")
    (root / "c.docx").write_bytes(b"PK")


def test_hostile_folder_every_path_accounted_for(tmp_path):
    from collections import Counter

    from claimx.extract import _articles
    from claimx.reader import Article, format_skipped

    _hostile_folder(tmp_path)
    skipped: Counter = Counter()
    items = list(_articles(discover([tmp_path], skipped=skipped)))
    by_name = {i.name: i for i in items}
    assert sorted(by_name) == sorted(
        ["good.txt", "UPPER.TXT", "utf16le.txt", "utf16be.txt", "utf32.txt", "bom8.md", "cp1252.txt",
         "binary.txt", "empty.txt", "dangling.txt", "loop.txt", "pipe.txt"]
    )
    for name in ("good.txt", "UPPER.TXT", "utf16le.txt", "utf16be.txt", "utf32.txt", "bom8.md"):
        assert isinstance(by_name[name], Article), name
        assert by_name[name].text.startswith("The ") and "\ufeff" not in by_name[name].text
    reasons = {n: i.reason for n, i in by_name.items() if isinstance(i, InputProblem)}
    assert "not valid UTF-8" in reasons["cp1252.txt"] and "offset 3" in reasons["cp1252.txt"]
    assert "binary" in reasons["binary.txt"]
    assert reasons["empty.txt"] == "empty file"
    assert "dangling symlink" in reasons["dangling.txt"]
    assert reasons["loop.txt"] == "symlink loop"
    assert "FIFO" in reasons["pipe.txt"]
    assert skipped == Counter({".pdf": 2, ".docx": 1})
    assert format_skipped(skipped) == "3 skipped: .pdf 2, .docx 1"


def test_paths_named_directly_never_hang(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    items = list(discover([fifo, "/dev/zero"]))
    assert [type(i).__name__ for i in items] == ["InputProblem", "InputProblem"]
    assert "FIFO" in items[0].reason and "device" in items[1].reason
    # read_article itself refuses a non-regular file without reading it
    with pytest.raises(InputError, match="device"):
        read_article(InputFile(Path("/dev/zero"), "zero"))
    with pytest.raises(InputError, match="FIFO"):
        read_article(InputFile(fifo, "pipe"))


def test_bad_utf16_names_the_byte_offset(tmp_path):
    f = tmp_path / "bad16.txt"
    f.write_bytes(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8\x41")  # a lone surrogate, then an odd byte
    with pytest.raises(InputError, match=r"UTF-16-LE .*byte offset \d+"):
        read_article(InputFile(f, "bad16.txt"))


def test_hostile_folder_end_to_end_through_the_cli(nlp, tmp_path):
    """`claimx extract FOLDER -o FILE` on the hostile folder: a document record for every matching path (the
    good ones read, each bad one with its reason), the files of other extensions counted in the summary line,
    exit 2 (some files unreadable), and the output written."""
    import json

    from typer.testing import CliRunner

    from claimx.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    _hostile_folder(folder)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 2, result.output
    docs = {r["doc"]: r for r in map(json.loads, out.read_text().splitlines()) if r["type"] == "document"}
    assert len(docs) == 12
    ok = {d for d, r in docs.items() if r["status"] == "ok"}
    assert ok == {"good.txt", "UPPER.TXT", "utf16le.txt", "utf16be.txt", "utf32.txt", "bom8.md"}
    assert all(docs[d]["claims"] >= 1 for d in ok)
    assert all(r["reason"] for d, r in docs.items() if d not in ok)
    assert "6 of 12 files (6 unreadable); 3 skipped: .pdf 2, .docx 1" in result.output
