"""The mutation harness finds numbers to change and reports what the checks catch."""

from __future__ import annotations

from claimx.mutate import render, run

ARTICLE = (
    "The Harbour Party won 120 seats in the 300-seat Assembly of Saldane, official results showed.\n"
    "The Meadow Party won 90 seats and the Granite Union won 40.\n"
    "The Harbour Party fell short of a majority.\n"
)



def harness(article: str, tmp_path, nlp) -> dict:
    """The harness run once per kind on one invented article written to a temporary folder."""
    (tmp_path / "story.txt").write_text(article, encoding="utf-8")
    return run([str(tmp_path)], per_kind=1, nlp=nlp)


def by_kind(result: dict) -> dict:
    return {m["kind"]: m for m in result["mutants_list"]}


def test_harness_mutates_one_number_and_reports(nlp, tmp_path, trusted_rules):
    result = harness(ARTICLE, tmp_path, nlp)
    assert result["articles"] == 1 and result["mutants"] >= 1
    assert result["false_errors_on_originals"] == []
    for m in result["mutants_list"]:
        assert m["new"] != m["old"] and m["caught"] in ("error", "warning", "missed")
    assert result["caught_error"] >= 1, render(result)
    # the article on disk is never changed
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == ARTICLE
    assert "caught at error level" in render(result)


MAJORITY = (
    "The Harbour Party won 170 seats in the 300-seat Assembly of Saldane and secured a majority.\n"
    "The Meadow Party won 80 seats and fell short of a majority.\n"
)


def test_majority_mutants_are_made_where_the_original_agrees_and_caught_at_error(nlp, tmp_path, trusted_rules):
    result = harness(MAJORITY, tmp_path, nlp)
    kinds = by_kind(result)
    # 170 >= 151 with a majority: lowered below the threshold; 80 < 151 short: raised past it
    assert kinds["majority-too-few"]["old"] == 170 and kinds["majority-too-few"]["new"] == 141
    assert kinds["short-but-enough"]["old"] == 80 and kinds["short-but-enough"]["new"] == 156
    assert kinds["majority-too-few"]["caught"] == "error" and kinds["short-but-enough"]["caught"] == "error", render(result)
    assert result["false_errors_on_originals"] == []


def test_no_majority_mutant_where_the_original_already_disagrees(nlp, tmp_path, trusted_rules):
    # a "majority" with 80 of 300 is already a contradiction (or a misread): lowering it proves nothing
    text = "The Meadow Party won 80 seats in the 300-seat Assembly of Saldane and secured a majority.\n"
    result = harness(text, tmp_path, nlp)
    assert not [m for m in result["mutants_list"] if m["kind"] == "majority-too-few"]


CHANGE = (
    "The Harbour Party won 52 seats in the 120-seat Assembly of Saldane, up from 40 at the last election.\n"
    "The Harbour Party gained 12 seats.\n"
)


def test_change_mutants_change_the_change_or_the_previous_count(nlp, tmp_path, trusted_rules):
    result = harness(CHANGE, tmp_path, nlp)
    kinds = by_kind(result)
    assert (kinds["change"]["old"], kinds["change"]["new"]) == (12, 17)
    assert (kinds["previous"]["old"], kinds["previous"]["new"]) == (40, 45)
    assert kinds["change"]["caught"] == "error" and kinds["previous"]["caught"] == "error", render(result)


TWO_CHAMBERS = (
    "Saldane voted on Sunday. In the Senate, the Harbour Party won 30 seats.\n"
    "The Harbour Party won 120 seats in the National Assembly and the Meadow Party won 90 seats.\n"
    "The Harbour Party fell short of the 151 seats needed for a majority in the National Assembly.\n"
)


def test_a_majority_mutant_changes_the_count_in_the_chamber_the_status_speaks_of(nlp, tmp_path, trusted_rules):
    # the status's sentence states the National Assembly's threshold: the Senate's 30 is not the count it
    # speaks of; the National Assembly's 120 is
    result = harness(TWO_CHAMBERS, tmp_path, nlp)
    short = [m for m in result["mutants_list"] if m["kind"] == "short-but-enough"]
    assert [(m["old"], m["new"]) for m in short] == [(120, 156)], render(result)


def test_the_checks_read_the_articles_text_as_claimx_run_does(nlp, tmp_path, trusted_rules):
    # a generic "parliament" and a country named only outside the claims' sentences: the reference size of
    # Finland's Eduskunta (200) confirms the stated size, as `claimx run` (which reads the file) would
    text = ("Helsinki, Monday.\n"
            "The Harbour Party won 80 seats in the 200-seat parliament.\n"
            "The Meadow Party won 70 seats and the Granite Union 40.\n")
    result = harness(text, tmp_path, nlp)
    assert result["false_errors_on_originals"] == []
    assert any(m["kind"] == "exceed" for m in result["mutants_list"])


def _gold(doc, counts):
    import json

    return json.dumps({"doc": doc, "seat_counts": [
        {"party": p, "seats": n, "approximate": False, "status": "result", "evidence": e} for p, n, e in counts]})


def test_cross_fitted_harness_mutates_each_fold_under_a_model_fitted_on_the_others(nlp, tmp_path, monkeypatch):
    import json
    import os

    import claimx.mutate as mutate

    texts, gold = tmp_path / "texts", tmp_path / "gold"
    texts.mkdir()
    gold.mkdir()
    (texts / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (gold / "a1.json").write_text(_gold("a1.txt", [("Harbour Party", 120, "won 120 seats"),
                                                   ("Meadow Party", 90, "won 90 seats")]), encoding="utf-8")
    (texts / "b1.txt").write_text(MAJORITY, encoding="utf-8")
    (gold / "b1.json").write_text(_gold("b1.txt", [("Harbour Party", 170, "won 170 seats"),
                                                   ("Meadow Party", 80, "won 80 seats")]), encoding="utf-8")
    seen = []

    def fake_run(paths, per_kind, nlp=None, log=None):
        model_file = os.environ["CLAIMX_CALIBRATION"]
        seen.append(([p.rsplit("/", 1)[-1] for p in paths], json.loads(open(model_file).read())["source"]))
        return {"mutants": 2, "caught_error": 1, "false_errors_on_originals": []}

    monkeypatch.setattr(mutate, "run", fake_run)
    monkeypatch.setenv("CLAIMX_CALIBRATION", "trust")
    result = mutate.crossfit_run([str(texts)], gold, {"A": ["a1"], "B": ["b1.txt"]})
    # each fold's own articles, under the model fitted on the other fold
    assert seen == [(["a1.txt"], "all folds but A"), (["b1.txt"], "all folds but B")]
    assert result["mutants"] == 4 and result["caught_error"] == 2 and result["share_caught_error"] == 0.5
    assert os.environ["CLAIMX_CALIBRATION"] == "trust"  # the caller's setting is restored


def test_a_long_file_is_not_read_whole_to_be_mutated(nlp, tmp_path, monkeypatch):
    """The harness reads through the reader's bound: a file over STREAM_BYTES (here lowered to 1,000 bytes) is
    skipped with its size, never read whole; the short one beside it is mutated as before."""
    import claimx.reader

    monkeypatch.setattr(claimx.reader, "STREAM_BYTES", 1000)
    (tmp_path / "short.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "zlong.txt").write_text(ARTICLE * 8, encoding="utf-8")
    logged: list[str] = []
    result = run([str(tmp_path)], per_kind=1, nlp=nlp, log=logged.append)
    assert result["articles"] == 1 and {m["doc"] for m in result["mutants_list"]} == {"short.txt"}
    assert any(line.startswith(f"skipped zlong.txt: {len(ARTICLE) * 8:,} bytes") for line in logged), logged


def test_a_number_written_in_words_is_mutated_in_digits():
    from types import SimpleNamespace

    from claimx.mutate import _number_at

    text = "The Harbour Party won 143 seats, eight short of a majority, and twenty-one more than in 2020."
    span = SimpleNamespace(start=0, end=len(text))
    at = _number_at(text, span, 8)
    assert at and text[at[0]:at[1]] == "eight"
    at = _number_at(text, span, 21)
    assert at and text[at[0]:at[1]] == "twenty-one"
    assert text[slice(*_number_at(text, span, 143))] == "143"  # digits first
    assert _number_at(text, span, 9) is None  # no word or numeral of that value: nothing to change
    # "a" is no number: "a majority" is never rewritten
    assert _number_at("It won a majority.", SimpleNamespace(start=0, end=18), 1) is None


N_SHORT = (
    "The Harbour Party won 143 seats in the 300-seat Assembly of Saldane.\n"
    "That left the Harbour Party eight short of a majority.\n"
)


def test_an_n_short_written_in_words_gets_its_mutant(nlp, tmp_path, trusted_rules):
    result = harness(N_SHORT, tmp_path, nlp)
    mutants = [m for m in result["mutants_list"] if m["kind"] == "n-short"]
    assert mutants and mutants[0]["old"] == 8 and mutants[0]["new"] == 15, render(result)
    assert mutants[0]["caught"] == "error", render(result)
