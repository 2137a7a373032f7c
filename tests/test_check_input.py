"""`check` never trusts its input: every bad line or facts entry is exit 2 with file:line and a reason."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.facts import FactsError, parse_facts
from claimx.io_jsonl import JsonlError, read_records
from claimx.numbers import parse_number


def _claim(**over):
    c = {
        "id": "c1", "doc": "a.txt", "type": "seat_count", "text": "Labour won 12 seats.",
        "span": {"start": 0, "end": 20}, "evidence": "Labour won 12 seats.", "line": 1,
        "rule": "test", "confidence": 0.9, "party": "Labour", "seats": 12,
    }
    c.update(over)
    return c


def _write(tmp_path, lines):
    f = tmp_path / "claims.jsonl"
    f.write_text("".join((ln if isinstance(ln, str) else json.dumps(ln)) + "\n" for ln in lines))
    return f


@pytest.mark.parametrize(
    "bad, reason",
    [
        ("[" * 100_000 + "]" * 100_000, "nested deeper"),
        ('{"id": "x", "seats": ' + "9" * 5000 + "}", "integer of 5000 digits"),
        (_claim(seats=10**400), "integer of 401 digits"),
        (_claim(seats=2**70), "seats: integer out of range"),
        ('{"id": "x", "confidence": 1e999}', "out of range"),
        ('{"id": "x", "confidence": NaN}', "not a number"),
        (_claim(span={"start": 9, "end": 3}), "span.start 9 is after span.end 3"),
        (_claim(seats=-4), "seats"),
        ("not json", "not JSON"),
    ],
)
def test_bad_line_is_an_error_with_file_and_line(tmp_path, bad, reason):
    f = _write(tmp_path, [_claim(id="ok"), bad])
    with pytest.raises(JsonlError, match=reason) as err:
        read_records([f])
    assert str(err.value).startswith(f"{f}:2:")


def test_negative_short_by_and_duplicate_ids(tmp_path):
    status = {"id": "m1", "doc": "a.txt", "type": "majority_status", "text": "t", "span": {"start": 0, "end": 1},
              "evidence": "t", "line": 1, "rule": "r", "confidence": 0.5, "party": "X", "status": "short",
              "short_by": -3}
    try:
        read_records([_write(tmp_path, [status])])
    except JsonlError as err:
        assert ":1:" in str(err)
    else:  # pragma: no cover - the model must refuse it one way or the other
        pytest.fail("a negative short_by was accepted")
    with pytest.raises(JsonlError, match=r":2: duplicate id c1 \(first at .*:1\)"):
        read_records([_write(tmp_path, [_claim(), _claim()])])


def test_big_integers_are_exact(tmp_path):
    (rec,) = read_records([_write(tmp_path, [_claim(seats=2**53 + 1)])])
    assert rec.seats == 2**53 + 1
    assert parse_number("9007199254740993") == 9007199254740993
    assert parse_number("9" * 5000) is None  # no exception for a digit run


def test_doc_outside_root_is_an_input_error(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    f = _write(tmp_path, [_claim(doc="../../../../etc/passwd")])
    with pytest.raises(JsonlError, match=r":1: doc '../../../../etc/passwd' is outside --root"):
        read_records([f], root)
    (root / "link.txt").symlink_to("/etc/hostname")
    with pytest.raises(JsonlError, match="outside --root"):
        read_records([_write(tmp_path, [_claim(doc="link.txt")])], root)
    result = CliRunner().invoke(app, ["check", str(f), "--root", str(root), "--format", "html"])
    assert result.exit_code == 2 and "outside --root" in result.output and "root:" not in result.output


@pytest.mark.parametrize(
    "text, reason",
    [
        ("results:\n  - body: House\n    party: X\n    seats: 3\n    date: 2025-13-45\n", ":5: not a valid value"),
        ("results:\n  - body: House\n    party: X\n    seats: 3\n    year: " + "1" * 5000 + "\n", ":5: not a valid value"),
        ("results:\n  - body: House\n    party: X\n    seats: " + "9" * 400 + "\n", "integer out of range"),
        ("results: " + "[" * 5000 + "]" * 5000 + "\n", "nested deeper"),
        # block-style nesting (no brackets): PyYAML's composer recursed until RecursionError
        ("".join(" " * i + f"k{i}:\n" for i in range(3000)) + " " * 3000 + "x: 1\n", "nested deeper"),
        # an alias inside its own anchor: PyYAML builds a list containing itself (RecursionError when walked)
        ("results: &a [*a]\n", ":1: nested deeper than 32 levels"),
        ("x: &a {b: *a}\nresults: []\n", "nested deeper than 32 levels"),
        # an alias bomb: 9 aliases of 9 aliases ... 9**7 (4.8 million) values from 300 bytes, then walked
        ("a: &a [1,1,1,1,1,1,1,1,1]\n"
         + "".join(f"{n}: &{n} [" + ",".join([f"*{p}"] * 9) + "]\n" for p, n in zip("abcdef", "bcdefg")),
         "more than 200,000 values once its aliases are expanded"),
    ],
)
def test_bad_facts_are_errors_with_line(text, reason):
    with pytest.raises(FactsError, match=reason):
        parse_facts(text, "facts.yaml")


def test_facts_aliases_within_bounds_still_work():
    """A facts file may use anchors and aliases for what repeats (must not fire on normal use)."""
    facts = parse_facts(
        "results:\n  - &r {body: House, party: Blue Party, seats: 40, year: 2031}\n  - {<<: *r, party: Red Party}\n",
        "facts.yaml",
    )
    assert [(r.party, r.seats, r.body) for r in facts.results] == [("Blue Party", 40, "House"), ("Red Party", 40, "House")]


def test_facts_files_are_decoded_like_articles_and_bounded(tmp_path, monkeypatch):
    import claimx.facts
    from claimx.facts import load_facts

    yaml_text = "results:\n  - {body: House, party: Blue Party, seats: 40, year: 2031}\n"
    for name, data in (("u8.yaml", b"\xef\xbb\xbf" + yaml_text.encode()), ("u16.yaml", yaml_text.encode("utf-16"))):
        (tmp_path / name).write_bytes(data)
        assert [r.seats for r in load_facts(tmp_path / name).results] == [40], name
    (tmp_path / "cp1252.yaml").write_bytes("results:\n  - {body: Assembl\u00e9e, party: X, seats: 1}\n".encode("cp1252"))
    with pytest.raises(FactsError, match=r"not valid UTF-8 \(byte 0xe9 at offset 27, line 2"):
        load_facts(tmp_path / "cp1252.yaml")
    monkeypatch.setattr(claimx.facts, "MAX_FACTS_BYTES", 1000)
    with pytest.raises(FactsError, match="more than 1,000 bytes"):
        load_facts("/dev/zero")  # read no further than the bound, not forever


def test_bad_json_facts(tmp_path):
    with pytest.raises(FactsError, match="integer of"):
        parse_facts('{"results": [{"body": "H", "party": "X", "seats": ' + "9" * 5000 + "}]}", "f.json")


def test_a_claims_line_without_an_end_is_refused_not_read_into_memory(tmp_path, monkeypatch):
    import claimx.io_jsonl

    monkeypatch.setattr(claimx.io_jsonl, "MAX_LINE_CHARS", 1000)
    ok = _write(tmp_path, [_claim()])
    assert len(read_records([ok])) == 1  # must not fire on a normal line
    with pytest.raises(JsonlError, match=r"zero:1: line longer than 1,000 characters"):
        read_records(["/dev/zero"])
    long = tmp_path / "long.jsonl"
    long.write_text(json.dumps(_claim()) + "\n" + json.dumps(_claim(id="c2", text="x" * 2000)) + "\n")
    with pytest.raises(JsonlError, match=r"long.jsonl:2: line longer"):
        read_records([long])
