"""The mutation harness finds numbers to change and reports what the checks catch."""

from __future__ import annotations

from claimx.mutate import render, run

ARTICLE = (
    "The Harbour Party won 120 seats in the 300-seat Assembly of Saldane, official results showed.\n"
    "The Meadow Party won 90 seats and the Granite Union won 40.\n"
    "The Harbour Party fell short of a majority.\n"
)


def test_harness_mutates_one_number_and_reports(nlp, tmp_path, trusted_rules):
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    result = run([str(tmp_path)], per_kind=1, nlp=nlp)
    assert result["articles"] == 1 and result["mutants"] >= 1
    assert result["false_errors_on_originals"] == []
    for m in result["mutants_list"]:
        assert m["new"] != m["old"] and m["caught"] in ("error", "warning", "missed")
    assert result["caught_error"] >= 1, render(result)
    # the article on disk is never changed
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == ARTICLE
    assert "caught at error level" in render(result)
