"""`claimx table`: one row per article, election and party; queried with DuckDB and pandas, sums not double-counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.table import COLUMNS, PANDAS_DTYPES, claims_pandas_dtypes

duckdb = pytest.importorskip("duckdb", reason="the test extra installs duckdb")
pd = pytest.importorskip("pandas", reason="the test extra installs pandas")

ROOT = Path(__file__).resolve().parent.parent

# Invented articles: article a gives each party's result twice (a naive sum of claims counts it twice).
ARTICLE_A = (
    "Harbour Party wins in Estmark\n\n"
    "The Harbour Party won 120 seats in the 201-seat State Assembly on Sunday, while the Forest Party won 60 seats.\n\n"
    "The Harbour Party, which won 120 seats, had 94 seats before the vote. The Forest Party won 60 seats, down from 71.\n"
)
ARTICLE_B = (
    "Estmark result confirmed\n\n"
    "The Harbour Party won 120 seats in the State Assembly, officials said. The Forest Party won 60 seats.\n"
)


@pytest.fixture(scope="module")
def tables(nlp, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("table")
    (tmp / "articles").mkdir()
    (tmp / "articles" / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (tmp / "articles" / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    runner = CliRunner()
    claims = tmp / "claims.jsonl"
    assert runner.invoke(app, ["extract", str(tmp / "articles"), "-o", str(claims)]).exit_code == 0
    for fmt in ("csv", "jsonl"):
        result = runner.invoke(app, ["table", str(claims), "--root", str(tmp / "articles"), "--format", fmt,
                                     "-o", str(tmp / f"table.{fmt}")])
        assert result.exit_code == 0, result.output
    return tmp


def test_one_row_per_article_election_party(tables):
    rows = [json.loads(line) for line in (tables / "table.jsonl").read_text().splitlines()]
    assert [list(r) for r in rows] == [list(COLUMNS)] * len(rows)
    keys = [(r["doc"], r["chamber"], r["party"]) for r in rows]
    assert sorted(keys) == sorted({("a.txt", "State Assembly", "Harbour Party"), ("a.txt", "State Assembly", "Forest Party"),
                                   ("b.txt", "State Assembly", "Harbour Party"), ("b.txt", "State Assembly", "Forest Party")})
    harbour_a = next(r for r in rows if r["doc"] == "a.txt" and r["party"] == "Harbour Party")
    assert (harbour_a["result"], harbour_a["result_mentions"], harbour_a["previous"]) == (120, 2, 94)
    assert (harbour_a["chamber_size"], harbour_a["threshold"], harbour_a["threshold_source"]) == (201, 101, "size")


def test_duckdb_sums_per_party_are_not_double_counted(tables):
    claims = str(tables / "claims.jsonl")
    naive = dict(duckdb.sql(
        f"SELECT party, sum(seats) FROM read_json_auto('{claims}') "
        "WHERE record = 'claim' AND type = 'seat_count' AND status = 'result' GROUP BY party").fetchall())
    assert naive["Harbour Party"] == 360  # 120 said twice in a.txt, once in b.txt
    for fmt in ("csv", "jsonl"):
        src = f"'{tables / ('table.' + fmt)}'"
        per_party = dict(duckdb.sql(f"SELECT party, sum(result) FROM {src} GROUP BY party").fetchall())
        assert per_party == {"Harbour Party": 240, "Forest Party": 120}
        per_article = dict(duckdb.sql(f"SELECT doc, sum(result) FROM {src} GROUP BY doc").fetchall())
        assert per_article == {"a.txt": 180, "b.txt": 180}
        types = dict(duckdb.sql(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {src})").fetchall())
        assert types["result"] == "BIGINT" and types["alliance"] == "BOOLEAN" and types["party"] == "VARCHAR"


def test_pandas_reads_integers_as_integers(tables):
    csv_t = pd.read_csv(tables / "table.csv", dtype=PANDAS_DTYPES)
    json_t = pd.read_json(tables / "table.jsonl", lines=True, dtype=PANDAS_DTYPES)
    for t in (csv_t, json_t):
        assert str(t["result"].dtype) == "Int64" and str(t["projected"].dtype) == "Int64"  # empty, still Int64
        assert t.groupby("party")["result"].sum().to_dict() == {"Forest Party": 120, "Harbour Party": 240}
    assert csv_t.astype(object).where(csv_t.notna(), None).to_dict("records") == \
        json_t.astype(object).where(json_t.notna(), None).to_dict("records")


def test_pandas_claims_keep_codes_as_strings(tmp_path):
    line = {"record": "claim", "id": "cx-1", "doc": "a.txt", "type": "event", "text": "X met Y.", "span": {"start": 0, "end": 5},
            "evidence": "X met", "line": 1, "rule": "r", "confidence": 0.8, "kind": "meet", "trigger": "met", "cameo": "051"}
    doc = {"record": "document", "type": "document", "doc": "a.txt", "status": "ok", "chars": 9, "words": 3, "claims": 1}
    seat = {**line, "type": "seat_count", "id": "cx-2", "party": "Harbour Party", "seats": 120, "cameo": None, "kind": None}
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in (doc, line, seat)) + "\n")
    plain = pd.read_json(path, lines=True)
    assert plain["cameo"].dropna().tolist() != ["051"]  # what the dtypes are for
    typed = pd.read_json(path, lines=True, dtype=claims_pandas_dtypes())
    assert typed["cameo"].dropna().tolist() == ["051"]
    assert str(typed["seats"].dtype) == "Int64" and typed["seats"].dropna().tolist() == [120]
    assert typed.loc[typed["record"] == "claim", "type"].tolist() == ["event", "seat_count"]


def test_table_sums_match_the_reports_seats_accounted_on_corpus(nlp, tmp_path):
    """The table's final figures are the ones the checks add up: per article and chamber, the sum of `result`
    is the report's 'seats accounted' wherever no count in it is an upper bound ('up to 20' adds nothing there)."""
    runner = CliRunner()
    assert runner.invoke(app, ["run", str(ROOT / "corpus"), "--out", str(tmp_path), "--fail-on", "never"]).exit_code == 0
    assert runner.invoke(app, ["table", str(tmp_path / "claims.jsonl"), "--root", str(ROOT / "corpus"),
                               "-o", str(tmp_path / "t.csv")]).exit_code == 0
    report = json.loads((tmp_path / "report.json").read_text())
    t = pd.read_csv(tmp_path / "t.csv", dtype=PANDAS_DTYPES)
    compared = 0
    for a in report["summary"]["seats_accounted"]:
        rows = t[(t["doc"] == a["doc"]) & (t["chamber"].fillna("") == (a["body"] or ""))]
        col = a["status"]
        quals = rows[f"{col}_qualifier"].dropna().str.lower().tolist()
        if any(q in ("up to", "fewer than", "less than", "under", "at most", "no more than") for q in quals):
            continue
        assert int(rows[col].sum()) == a["accounted"], (a, rows[["party", col]].to_dict("records"))
        compared += 1
    assert compared >= 10
