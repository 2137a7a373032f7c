"""claimx.evaluate: gold vs extracted claims, on small synthetic data (no model needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimx.claims import DocumentRecord, parse_record
from claimx.evaluate import (
    GoldError,
    evaluate_dir,
    quote_overlap,
    render_eval,
    same_name,
    same_party,
)

TEXT = (
    "Ruling bloc keeps its hold on the assembly\n"
    "The Harbour Party won 61 seats in the 120-member Assembly, a clear majority.\n"
    "\u201cWe listened, and we will deliver,\u201d said Premier Ada Novak on Sunday.\n"
    "The Meadow Alliance took about 40 seats, down from 52.\n"
)


def _rec(type_: str, evidence: str, **fields):
    start = TEXT.find(evidence)
    assert start >= 0, evidence
    line = TEXT.count("\n", 0, start) + 1
    data = {
        "id": f"cx-{type_}-{start}",
        "doc": "sub/a.txt",
        "type": type_,
        "text": TEXT.splitlines()[line - 1],
        "span": {"start": start, "end": start + len(evidence)},
        "evidence": evidence,
        "line": line,
        "rule": f"test/{type_}",
        "confidence": 0.9,
        **fields,
    }
    return parse_record(data)


def _gold(tmp_path: Path, **lists) -> Path:
    gdir = tmp_path / "gold"
    gdir.mkdir()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    data = {"doc": "a.txt", "source": "synthetic", "election": None, **lists}
    (gdir / "a.json").write_text(json.dumps(data), encoding="utf-8")
    return gdir


DOC = DocumentRecord(doc="sub/a.txt", status="ok")


def test_seat_count_match_and_attribute_accuracies(tmp_path):
    gdir = _gold(
        tmp_path,
        seat_counts=[
            {"party": "Harbour Party", "seats": 61, "approximate": False, "status": "result", "evidence": "won 61 seats"},
            {"party": "Meadow Alliance", "seats": 40, "approximate": True, "status": "result", "evidence": "took about 40 seats"},
            {"party": "Meadow Alliance", "seats": 52, "approximate": False, "status": "previous", "evidence": "down from 52"},
        ],
    )
    recs = [
        DOC,
        _rec("seat_count", "won 61 seats", party="Harbour", seats=61),
        # approximate flag wrong, status right
        _rec("seat_count", "took about 40 seats", party="the Meadow Alliance", seats=40, approximate=False),
        # status wrong
        _rec("seat_count", "down from 52", party="Meadow Alliance", seats=52, status="result"),
    ]
    res = evaluate_dir(gdir, recs)
    s = res.per_type["seat_count"]
    assert (s.gold, s.found, s.matched) == (3, 3, 3)
    assert s.precision == s.recall == s.f1 == 1.0
    assert res.accuracies["approximate"].correct == 2 and res.accuracies["approximate"].total == 3
    assert res.accuracies["status"].correct == 2
    fields = sorted(e.field for e in res.attribute_errors)
    assert fields == ["approximate", "status"]
    assert res.docs_without_records == [] and not res.misses and not res.false_hits


def test_wrong_number_is_a_miss_and_a_false_hit(tmp_path):
    gdir = _gold(
        tmp_path,
        seat_counts=[{"party": "Harbour Party", "seats": 61, "approximate": False, "status": "result", "evidence": "won 61 seats"}],
    )
    recs = [DOC, _rec("seat_count", "won 61 seats", party="Harbour Party", seats=16)]
    res = evaluate_dir(gdir, recs)
    s = res.per_type["seat_count"]
    assert (s.gold, s.found, s.matched) == (1, 1, 0)
    assert s.precision == 0.0 and s.recall == 0.0 and s.f1 == 0.0
    assert len(res.misses) == 1 and len(res.false_hits) == 1
    miss = res.misses[0]
    assert miss.line == 2 and "61" in miss.summary
    assert miss.near and "16" in miss.near  # points at the wrong extraction on the same line
    assert res.false_hits[0].line == 2 and res.false_hits[0].rule == "test/seat_count"


def test_wrong_party_does_not_match(tmp_path):
    gdir = _gold(
        tmp_path,
        seat_counts=[{"party": "Harbour Party", "seats": 61, "approximate": False, "status": "result", "evidence": "won 61 seats"}],
    )
    res = evaluate_dir(gdir, [DOC, _rec("seat_count", "won 61 seats", party="Meadow Alliance", seats=61)])
    assert res.per_type["seat_count"].matched == 0


def test_one_to_one_matching(tmp_path):
    """Two identical extractions of one gold statement: one match, one false hit."""
    gdir = _gold(
        tmp_path,
        seat_counts=[{"party": "Harbour Party", "seats": 61, "approximate": False, "status": "result", "evidence": "won 61 seats"}],
    )
    recs = [
        DOC,
        _rec("seat_count", "won 61 seats", party="Harbour Party", seats=61),
        _rec("seat_count", "Harbour Party won 61 seats", party="Harbour Party", seats=61),
    ]
    s = evaluate_dir(gdir, recs).per_type["seat_count"]
    assert (s.gold, s.found, s.matched) == (1, 2, 1)
    assert s.precision == 0.5 and s.recall == 1.0


def test_greedy_pairs_by_status_and_evidence(tmp_path):
    """Same party and number twice (result and previous): each extraction pairs with its own gold entry."""
    gdir = _gold(
        tmp_path,
        seat_counts=[
            {"party": "Meadow Alliance", "seats": 40, "approximate": True, "status": "result", "evidence": "took about 40 seats"},
            {"party": "Meadow Alliance", "seats": 40, "approximate": False, "status": "previous", "evidence": "down from 52"},
        ],
    )
    recs = [
        DOC,
        _rec("seat_count", "down from 52", party="Meadow Alliance", seats=40, status="previous"),
        _rec("seat_count", "took about 40 seats", party="Meadow Alliance", seats=40, approximate=True),
    ]
    res = evaluate_dir(gdir, recs)
    assert res.per_type["seat_count"].matched == 2
    assert res.accuracies["status"].value == 1.0 and res.accuracies["approximate"].value == 1.0


def test_seat_change_party_and_delta(tmp_path):
    gdir = _gold(
        tmp_path,
        seat_changes=[{"party": "Meadow Alliance", "delta": -12, "approximate": False, "evidence": "down from 52"}],
    )
    ok = evaluate_dir(gdir, [DOC, _rec("seat_change", "down from 52", party="Meadow Alliance", delta=-12)])
    assert ok.per_type["seat_change"].matched == 1
    wrong_sign = evaluate_dir(gdir, [DOC, _rec("seat_change", "down from 52", party="Meadow Alliance", delta=12)])
    assert wrong_sign.per_type["seat_change"].matched == 0


def test_chamber_and_threshold_match_on_seats_body_is_an_accuracy(tmp_path):
    gdir = _gold(
        tmp_path,
        chamber_sizes=[{"body": "Assembly", "seats": 120, "evidence": "the 120-member Assembly"}],
        majority_thresholds=[{"body": "Assembly", "seats": 61, "evidence": "a clear majority"}],
    )
    recs = [
        DOC,
        _rec("chamber_size", "the 120-member Assembly", body=None, seats=120),
        _rec("majority_threshold", "a clear majority", body="the Assembly", seats=61),
    ]
    res = evaluate_dir(gdir, recs)
    assert res.per_type["chamber_size"].matched == 1
    assert res.per_type["majority_threshold"].matched == 1
    assert res.accuracies["chamber_body"].value == 0.0  # body missing
    assert res.accuracies["threshold_body"].value == 1.0
    res2 = evaluate_dir(gdir, [DOC, _rec("chamber_size", "the 120-member Assembly", body="Assembly", seats=121)])
    assert res2.per_type["chamber_size"].matched == 0


def test_majority_status_party_rules(tmp_path):
    gdir = _gold(
        tmp_path,
        majority_status=[{"party": "Harbour Party", "status": "majority", "evidence": "a clear majority"}],
    )
    same = evaluate_dir(gdir, [DOC, _rec("majority_status", "a clear majority", party="Harbour", status="majority")])
    assert same.per_type["majority_status"].matched == 1
    assert same.accuracies["majority_party"].value == 1.0
    # a null party is a wildcard for the match, but counts as an unresolved party
    null = evaluate_dir(gdir, [DOC, _rec("majority_status", "a clear majority", party=None, status="majority")])
    assert null.per_type["majority_status"].matched == 1
    assert null.accuracies["majority_party"].value == 0.0
    other = evaluate_dir(gdir, [DOC, _rec("majority_status", "a clear majority", party="Meadow Alliance", status="majority")])
    assert other.per_type["majority_status"].matched == 0
    wrong_status = evaluate_dir(gdir, [DOC, _rec("majority_status", "a clear majority", party="Harbour Party", status="minority")])
    assert wrong_status.per_type["majority_status"].matched == 0


def test_quote_overlap_rule():
    assert quote_overlap("We listened, and we will deliver,", "we listened and we will deliver") == (1.0, 1.0)
    # split quote joined by " ... " matches the same words
    assert quote_overlap("We listened, ... and we will deliver", "We listened, and we will deliver,")[0] == 1.0
    # 4 of 5 distinct words of the shorter = 0.8: a match; 3 of 5 is not
    assert quote_overlap("alpha beta gamma delta epsilon", "alpha beta gamma delta omega zeta")[0] == 0.8
    assert quote_overlap("alpha beta gamma delta epsilon", "alpha beta gamma omega zeta")[0] == 0.6


def test_quote_and_speaker(tmp_path):
    gdir = _gold(
        tmp_path,
        quotes=[{"speaker": "Ada Novak", "speaker_kind": "person", "text": "We listened, and we will deliver,",
                 "evidence": "said Premier Ada Novak"}],
    )
    full = evaluate_dir(gdir, [DOC, _rec("quote", "said Premier Ada Novak", quote="We listened, and we will deliver,",
                                         speaker="Premier Ada Novak", speaker_kind="person")])
    assert full.per_type["quote"].matched == 1 and full.accuracies["speaker"].value == 1.0
    surname = evaluate_dir(gdir, [DOC, _rec("quote", "said Premier Ada Novak", quote="we listened and we will deliver",
                                            speaker="Novak", speaker_kind="person")])
    assert surname.per_type["quote"].matched == 1 and surname.accuracies["speaker"].value == 0.0
    other = evaluate_dir(gdir, [DOC, _rec("quote", "said Premier Ada Novak", quote="nothing like the gold words here at all",
                                          speaker="Ada Novak")])
    assert other.per_type["quote"].matched == 0
    # a truncated quote still matches (shorter against longer) but is flagged by quote_span
    part = evaluate_dir(gdir, [DOC, _rec("quote", "said Premier Ada Novak", quote="We listened", speaker="Ada Novak")])
    assert part.per_type["quote"].matched == 1 and part.accuracies["quote_span"].value == 0.0


def test_events_kind_and_actor(tmp_path):
    gdir = _gold(
        tmp_path,
        events=[{"kind": "win", "actor": "Harbour Party", "target": None, "when": None, "evidence": "The Harbour Party won"}],
    )
    ok = evaluate_dir(gdir, [DOC, _rec("event", "Harbour Party won", kind="win", actor="Harbour", trigger="won")])
    assert ok.per_type["event"].matched == 1
    kind = evaluate_dir(gdir, [DOC, _rec("event", "Harbour Party won", kind="lose", actor="Harbour Party", trigger="won")])
    assert kind.per_type["event"].matched == 0
    actor = evaluate_dir(gdir, [DOC, _rec("event", "Harbour Party won", kind="win", actor="Ada Novak", trigger="won")])
    assert actor.per_type["event"].matched == 0


@pytest.mark.parametrize(
    "a,b",
    [
        ("Liberal Party", "Liberals"),
        ("Liberal Party of Canada", "the Liberal Party"),
        ("Christian Democratic Union (CDU)", "CDU"),
        ("Scottish Nationalist Party (SNP)", "Scottish National Party"),
        ("Greens", "Green Party"),
        ("Labour's", "Labour Party"),
        ("Carney's Liberals", "Liberal Party"),
        ("Bloc Quebecois", "Bloc Qu\u00e9b\u00e9cois"),
        ("New Democratic Party (NDP)", "NDP"),
        # two spellings of one name, one typing slip apart
        ("Democratic Center", "Democratic Centre (Colombia)"),
        ("Palang Pracharat", "Palang Pracharath Party"),
        # two descriptions of one group of parties
        ("left bloc", "Left-wing bloc (red bloc)"),
        ("three opposition parties", "Opposition parties (UDC, BPF, BCP) (combined)"),
    ],
)
def test_party_names_that_match(a, b):
    assert same_party(a, b) and same_party(b, a)


@pytest.mark.parametrize(
    "a,b",
    [
        ("Liberal Party", "Labour Party"),
        ("Liberal Democrats", "Liberal Party"),
        ("New Democratic Party", "Democratic Party"),
        ("Harbour Party", None),
        # a slip in a short name is another name
        ("Left Party", "Lift Party"),
        # groups told apart by a word, or a bare group noun
        ("left bloc", "right bloc"),
        ("conservative camp", "progressive camp"),
        ("the bloc", "red bloc"),
        ("Labour Party", "Liberal Party"),
    ],
)
def test_party_names_that_differ(a, b):
    assert not same_party(a, b)


def test_own_normaliser_keeps_distinct_leading_words():
    """evaluate's own normaliser drops only nationality words in front of a name, not "Christian"."""
    from claimx.evaluate import _alias_match, _party_form

    assert not _alias_match("Christian Democratic Union", "Democratic Union", _party_form)
    assert _alias_match("Australian Labor Party", "Labor", _party_form)


def test_speaker_names():
    assert same_name("Korean Central News Agency (KCNA)", "KCNA")
    assert same_name("Korean Central News Agency (KCNA)", "Korean Central News Agency")
    assert same_name("Mark Carney", "Prime Minister Mark Carney")
    assert same_name("Ada Novak", "ada novak.")
    assert not same_name("Ada Novak", "Novak")
    assert not same_name("Rishi Sunak", "Sunak")


def test_documents_paired_by_basename_and_others_ignored(tmp_path):
    gdir = _gold(
        tmp_path,
        seat_counts=[{"party": "Harbour Party", "seats": 61, "approximate": False, "status": "result", "evidence": "won 61 seats"}],
    )
    stray = DocumentRecord(doc="b.txt", status="ok")
    res = evaluate_dir(gdir, [DOC, stray, _rec("seat_count", "won 61 seats", party="Harbour Party", seats=61)])
    assert res.per_type["seat_count"].matched == 1
    assert res.docs_without_gold == ["b.txt"]
    empty = evaluate_dir(gdir, [])
    assert empty.docs_without_records == ["a.txt"]
    assert empty.per_type["seat_count"].recall == 0.0 and empty.per_type["seat_count"].precision is None
    assert empty.misses[0].line == 2  # located in corpus-style layout: gold/../a.txt


def test_render_text_and_json(tmp_path):
    gdir = _gold(
        tmp_path,
        seat_counts=[{"party": "Harbour Party", "seats": 61, "approximate": False, "status": "result", "evidence": "won 61 seats"}],
    )
    res = evaluate_dir(gdir, [DOC, _rec("seat_count", "won 61 seats", party="Harbour Party", seats=16)])
    text = render_eval(res, "text")
    assert "seat_count" in text and "misses" in text and "false hits" in text and "a.txt:2" in text
    data = json.loads(render_eval(res, "json"))
    assert data["per_type"]["seat_count"]["gold"] == 1 and data["overall"]["matched"] == 0
    assert len(data["misses"]) == 1 and len(data["false_hits"]) == 1


def test_bad_gold_file_is_reported(tmp_path):
    gdir = tmp_path / "gold"
    gdir.mkdir()
    (gdir / "x.json").write_text(json.dumps({"doc": "x.txt", "seat_counts": [{"party": "P", "seats": "many"}]}))
    with pytest.raises(GoldError, match="x.json"):
        evaluate_dir(gdir, [])


def test_causes_split_whose_by_where_the_party_stands(tmp_path):
    # 61 given to the Meadow Alliance: no claim of the article names the Harbour Party (nor does the lexicon),
    # so the party-mention stage is at fault; the false hit's party is one the gold names
    gdir = _gold(
        tmp_path,
        seat_counts=[{"party": "Harbour Party", "seats": 61, "approximate": False, "status": "result", "evidence": "won 61 seats"},
                     {"party": "Meadow Alliance", "seats": 40, "approximate": True, "status": "result", "evidence": "took about 40 seats"}],
    )
    res = evaluate_dir(gdir, [DOC, _rec("seat_count", "won 61 seats", party="Meadow Alliance", seats=61)])
    assert res.causes["seat_count miss"] == {"whose": 1, "not-found": 1}
    assert res.causes["seat_count miss, whose"] == {"party unknown, never found": 1}
    # the Meadow Alliance is named by a claim of the article (the false one), and line 4 writes it
    assert res.causes["seat_count miss, not-found"] == {"party on the line": 1}
    assert list(res.causes["seat_count false hit, whose"]) == ["a party of the gold, not in the lexicon"]
    assert "    whose:" in render_eval(res)


def test_causes_name_a_party_no_claim_found_and_one_from_context(tmp_path):
    gdir = _gold(
        tmp_path,
        seat_counts=[{"party": "Harbour Party", "seats": 61, "approximate": False, "status": "result", "evidence": "won 61 seats"},
                     {"party": "Harbour Party", "seats": 52, "approximate": False, "status": "previous", "evidence": "down from 52"}],
    )
    # nothing names the Harbour Party: both misses point at the party-mention stage
    res = evaluate_dir(gdir, [DOC])
    assert res.causes["seat_count miss, not-found"] == {"party unknown, never found": 2}
    # once a claim names it, the line-4 miss ("down from 52", a line that writes only the Meadow Alliance) is a
    # question of context
    res = evaluate_dir(gdir, [DOC, _rec("seat_count", "won 61 seats", party="Harbour Party", seats=61)])
    assert res.causes["seat_count miss, not-found"] == {"party from context": 1}


def test_a_gold_category_label_names_the_party_before_the_dash():
    from claimx.evaluate import same_party

    # the gold labels a category of a party's seats "Party – category seats"; claimx keeps the category in the body
    assert same_party("Pheu Thai – constituency seats", "Pheu Thai Party")
    assert same_party("ZANU PF – women’s proportional representation seats", "ZANU PF")
    # a dash inside a party's own name is no category label
    assert not same_party("Fidesz – KDNP", "Fidesz")
    assert not same_party("Pheu Thai – constituency seats", "Move Forward")


def test_a_range_is_scored_as_its_two_bounds(tmp_path):
    """The gold writes "about 40 to 45 seats" as two approximate entries; the claim (seats 40, upper 45) matches
    both, and a count without a range matches one."""
    gdir = _gold(
        tmp_path,
        seat_counts=[
            {"party": "Meadow Alliance", "seats": 40, "approximate": True, "status": "result", "evidence": "took about 40 seats"},
            {"party": "Meadow Alliance", "seats": 45, "approximate": True, "status": "result", "evidence": "took about 40 seats"},
        ],
    )
    ranged = evaluate_dir(gdir, [DOC, _rec("seat_count", "took about 40 seats", party="Meadow Alliance", seats=40, upper=45, approximate=True)])
    assert (ranged.per_type["seat_count"].matched, ranged.per_type["seat_count"].found) == (2, 2)
    single = evaluate_dir(gdir, [DOC, _rec("seat_count", "took about 40 seats", party="Meadow Alliance", seats=40, approximate=True)])
    assert (single.per_type["seat_count"].matched, single.per_type["seat_count"].found) == (1, 1)
