"""Input discovery, bad input and atomic writes (no model needed)."""

from __future__ import annotations

import os

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

        monkeypatch.setattr(type(f), "read_bytes", refuse)
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
