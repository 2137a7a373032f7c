"""The trained seat-figure classifier (components/seats/count_model.py, model_features.py; its recipe in
claimx/training/seats_classifier.py, its labels in claimx/training/seat_labels.py), with invented articles.

1. Labelling: a candidate inside a gold figure's evidence, with the figure's number, gets the figure's kind.
2. Features: the same text gives the same features; the general ones a count sentence must have.
3. Fitting: a tiny invented set with an obvious pattern is learnt.
4. The shipped model loads, and the recipe writes a model the component can load.
5. The model path (switched on): a candidate the rules leave, called a count with high probability and with
   an owner, becomes a count whose rule names the model; a vote count, a percentage, a date's day and "four
   seats short" never do; switched off, nothing of it is claimed.
"""

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _seat_rows import OPEN, assert_rows  # noqa: E402

from claimx.components.seats import count_model  # noqa: E402
from claimx.training import seat_labels  # noqa: E402

SEATS = "The 80 seats of the assembly were contested. "


# ---------------------------------------------------------------------------------------------- 1. labels
MINI_TEXT = ("Ostria voted on Sunday.\n"
             "The Iron Guild won 41 seats in the 80-seat assembly, up 6, while the Harbour Party took 20.\n"
             "A majority needs 41 seats. Turnout was 12 points lower.\n")
MINI_GOLD = {
    "seat_counts": [{"party": "Iron Guild", "seats": 41, "evidence": "won 41 seats"},
                    {"party": "Harbour Party", "seats": 20, "evidence": "the Harbour Party took 20"}],
    "seat_changes": [{"party": "Iron Guild", "delta": 6, "evidence": "up 6"}],
    "chamber_sizes": [{"body": "assembly", "seats": 80, "evidence": "80-seat assembly"}],
    "majority_thresholds": [{"body": "assembly", "seats": 41, "evidence": "A majority  needs 41 seats"}],  # loose spaces
}


def _cand(text: str, word: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return {"start": start, "end": start + len(word), "value": int(word)}


LABELS = [("41", 0, "seat_count"), ("80", 0, "chamber_size"), ("6", 0, "seat_change"), ("20", 0, "seat_count"),
          ("41", 1, "majority_threshold"), ("12", 0, "none")]


@pytest.mark.parametrize("word,nth,want", LABELS)
def test_label_from_gold(word, nth, want):
    cand = _cand(MINI_TEXT, word, nth)
    assert seat_labels.label(MINI_TEXT, [cand], MINI_GOLD) == [want]


def test_label_needs_the_figure_number():
    # "41" inside the evidence "won 41 seats", but gold says 42: no label from it
    gold = {"seat_counts": [{"party": "Iron Guild", "seats": 42, "evidence": "won 41 seats"}]}
    assert seat_labels.label(MINI_TEXT, [_cand(MINI_TEXT, "41")], gold) == ["none"]
    assert seat_labels.unplaced(MINI_TEXT, {"seat_counts": [{"seats": 3, "evidence": "nowhere in it"}]}) == ["nowhere in it"]


# ---------------------------------------------------------------------------------------------- 2. features
def _features(nlp, text: str) -> list[dict]:
    seats = nlp.get_pipe("claimx_seats")
    seats.record_candidates = True
    try:
        return nlp(text).user_data.get("claimx_seat_candidates", [])
    finally:
        seats.record_candidates = False


def test_features_are_deterministic_and_general(nlp):
    text = OPEN + "The Iron Guild won 41 seats."
    first, second = _features(nlp, text), _features(nlp, text)
    assert first == second and len(first) == 1
    feats = set(first[0]["features"])
    assert {"bias", "val=10-99", "form=digit", "noun=after", "party=left-near", "w+1=seats", "w-1=won"} <= feats
    assert first[0]["rules"] == ["seat_count"]  # the rules' own draft, recorded beside the features


def test_dropped_candidates_are_not_recorded(nlp):
    # a date's day, a percentage and a vote count are dropped by the candidates stage: no features for them
    values = [c["value"] for c in _features(nlp, OPEN + "On Nov. 4 the Iron Guild won 36 percent, 11,420 votes and 41 seats.")]
    assert 41 in values and not {4, 36, 11420} & set(values)


# ---------------------------------------------------------------------------------------------- 3. fitting
def test_fit_learns_an_obvious_pattern():
    rows = [(["bias", "noun=after", f"w-1={v}"], "seat_count") for v in ("won", "took", "holds")] * 4 \
        + [(["bias", "noun=none", f"w-1={v}"], "none") for v in ("by", "in", "at")] * 4 \
        + [(["bias", "compound", "w-1=the"], "chamber_size")] * 4
    m = count_model.fit(rows)
    assert m.proba(["bias", "noun=after", "w-1=gained"])["seat_count"] > 0.7
    assert m.proba(["bias", "noun=none", "w-1=unseen"])["none"] > 0.7
    p = m.proba(["bias", "compound"])
    assert max(p, key=p.get) == "chamber_size"
    again = count_model.fit(rows)  # no random start: the same weights
    assert (again.weights == m.weights).all()
    back = count_model.CountModel.from_json(json.loads(json.dumps(m.to_json())))
    assert back.proba(["bias", "noun=after"]) == pytest.approx(m.proba(["bias", "noun=after"]), abs=1e-3)  # weights kept to 4 places


# ---------------------------------------------------------------------------------------------- 4. the files
def test_shipped_model_loads():
    m = count_model.load(str(count_model.DATA_FILE))
    assert m is not None and m.classes == count_model.CLASSES and 0.5 <= m.threshold < 1
    assert "bias" in m.vocab and len(m.vocab) > 100
    assert sum(m.proba(["bias", "noun=after"]).values()) == pytest.approx(1.0)
    assert "dev/gold" in m.about["source"]  # fitted on the dev articles (and corpus), paths without a machine's folders


def test_recipe_writes_a_loadable_model(nlp, tmp_path):
    from claimx.training.seats_classifier import train

    texts, gold = tmp_path / "texts", tmp_path / "gold"
    texts.mkdir(), gold.mkdir()
    (texts / "a.txt").write_text(MINI_TEXT, encoding="utf-8")
    (gold / "a.json").write_text(json.dumps({"doc": "a.txt", **MINI_GOLD}), encoding="utf-8")
    out = tmp_path / "model.json"
    summary = train([(gold, texts)], out, nlp=nlp, log=lambda s: None)
    assert summary["documents"] == 1 and summary["labels"].get("seat_count", 0) >= 1
    m = count_model.CountModel.from_json(json.loads(out.read_text(encoding="utf-8")))
    assert m.about["source"] == f"{tmp_path.name}/gold"
    assert nlp.get_pipe("claimx_seats").record_candidates is False  # the recipe leaves the component as it was


# ---------------------------------------------------------------------------------------------- 5. the model path
FIRES = [
    # "M of the chamber's benches": an owner by the parse, a count the rules leave ("benches" is no seat noun of
    # the rules). When the rules learn this construction, pick another: test_model_path_switched_off fails then.
    ("The Harbour Party now controls 27 of the assembly's benches.", [("count", "Harbour Party", 27, "result")], []),
]
NEVER = [
    # must NOT fire: a vote count, a percentage, a date's day, a distance, a likely count without an owner
    ("The Iron Guild won 11,420 votes in the district.", [], [("count", None, 11420)]),
    ("The Iron Guild won 36 percent of the vote.", [], [("count", None, 36)]),
    ("The count ended on Nov. 4 with the Iron Guild ahead.", [], [("count", None, 4)]),
    ("The Iron Guild fell four seats short of a majority.", [], [("count", None, 4)]),
    ("After winning 36 of the 60 district seats, the alliance claimed victory.", [], [("count", None, 36)]),
]


@pytest.mark.parametrize("text,want,not_want", [*FIRES, *NEVER])
def test_model_path(extract, monkeypatch, text, want, not_want):
    monkeypatch.setenv("CLAIMX_SEATS_MODEL", "on")
    claims = extract(OPEN + SEATS + text)
    assert_rows(claims, want, not_want)
    for c in claims:  # what the model adds names it and its probability
        if c.type == "seat_count" and c.rule.startswith("seats/model-count"):
            assert c.rule.startswith("seats/model-count(p=0.9") and "/owner:" in c.rule


@pytest.mark.parametrize("text,want,not_want", FIRES)
def test_model_path_switched_off(extract, monkeypatch, text, want, not_want):
    monkeypatch.setenv("CLAIMX_SEATS_MODEL", "off")
    claims = extract(OPEN + SEATS + text)
    assert not [c for c in claims if "model-count" in c.rule]
    assert_rows(claims, [], [w[:3] for w in want])


def test_config_flag_and_override(nlp, monkeypatch):
    from claimx.components.seats.component import COUNT_MODEL_DEFAULT

    assert nlp.get_pipe("claimx_seats").use_count_model is COUNT_MODEL_DEFAULT
    monkeypatch.delenv("CLAIMX_SEATS_MODEL", raising=False)
    assert count_model.chosen(False) is None and count_model.chosen(True) is not None  # the flag decides
    monkeypatch.setenv("CLAIMX_SEATS_MODEL", "off")
    assert count_model.chosen(True) is None  # the variable overrides it
    monkeypatch.setenv("CLAIMX_SEATS_MODEL", str(count_model.DATA_FILE))
    assert count_model.chosen(False) is not None  # a model file of one's own (cross-fitting)
