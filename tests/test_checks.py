"""The consistency rules on synthetic claims (built with the Pydantic models; no spaCy model needed)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from _claimx_builders import commons_article, document, quote, seat, size, status, threshold  # noqa: E402

from claimx.checks import RULES, run_checks  # noqa: E402
from claimx.facts import parse_facts  # noqa: E402

# The rules' logic on invented claims and articles: every claim trusted (CLAIMX_CALIBRATION=trust), so that a
# contradiction is an error whatever confidence the shipped model gives the invented wording.
pytestmark = pytest.mark.usefixtures("trusted_rules")


def errors(report):
    return [f for f in report.findings if f.severity == "error"]


def rules_of(report, severity=None):
    return sorted(f.rule for f in report.findings if severity is None or f.severity == severity)


# ---------------------------------------------------------------- the seed's shape


def test_seed_shape_is_clean_and_accounts_341_of_343():
    report = run_checks(commons_article())
    assert errors(report) == []
    assert [f for f in report.findings if f.severity == "warning"] == []
    acc = report.summary.seats_accounted
    assert [(a.accounted, a.size, a.body) for a in acc] == [(341, 343, "House of Commons")]
    cx090 = [f for f in report.findings if f.rule == "CX090"]
    assert len(cx090) == 1 and "341 of 343" in cx090[0].message


def test_seed_with_268_gives_exactly_two_errors_on_the_right_line():
    records = commons_article(liberal=268)
    report = run_checks(records)
    errs = errors(report)
    assert sorted(f.rule for f in errs) == ["CX001", "CX003"]
    by_rule = {f.rule: f for f in errs}
    liberal = next(r for r in records if getattr(r, "party", None) == "Liberal Party" and r.type == "seat_count")
    assert "441" in by_rule["CX001"].message and "343" in by_rule["CX001"].message
    assert by_rule["CX001"].line == liberal.line and liberal.id in by_rule["CX001"].claims
    assert "268" in by_rule["CX003"].message and "172" in by_rule["CX003"].message
    assert by_rule["CX003"].line == 4
    assert report.fails("error") and not run_checks(commons_article()).fails("error")


# ---------------------------------------------------------------- situations that must not cry wolf


def test_coalition_and_its_members_are_not_added_together():
    d = "in.txt"
    t = "India's 543-member Lok Sabha"
    recs = [
        size(d, 543, 1, body="Lok Sabha", text=t),
        seat(d, "BJP-led National Democratic Alliance (NDA)", 293, 2, status="result", body="Lok Sabha"),
        seat(d, "INDIA bloc", 234, 3),
        seat(d, "Bharatiya Janata Party (BJP)", 240, 4),
        seat(d, "Indian National Congress", 99, 5),
    ]
    report = run_checks(recs)
    assert errors(report) == []
    # but alliances alone that exceed the chamber are still an error
    recs.append(seat(d, "Some Other Alliance", 300, 6))
    assert rules_of(run_checks(recs), "error") == ["CX001"]


def test_projected_previous_and_result_are_summed_separately():
    d = "nz.txt"
    recs = [
        size(d, 120, 1, body="Parliament"),
        seat(d, "National Party", 50, 2), seat(d, "National Party", 33, 2, status="previous"),
        seat(d, "Labour Party", 34, 3), seat(d, "Labour Party", 65, 3, status="previous"),
        seat(d, "Green Party", 14, 4), seat(d, "ACT", 11, 4),
        seat(d, "National Party", 52, 5, status="projected"), seat(d, "Labour Party", 60, 5, status="projected"),
    ]
    report = run_checks(recs)
    assert errors(report) == []  # 50+33+34+65+... would exceed nothing, but 52 vs 50 is not a conflict
    statuses = sorted(a.status for a in report.summary.seats_accounted)
    assert statuses == ["projected", "result"]
    # previous counts that alone exceed the chamber are checked on their own
    recs.append(seat(d, "Green Party", 40, 6, status="previous"))
    recs.append(seat(d, "ACT", 10, 6, status="previous"))
    assert rules_of(run_checks(recs), "error") == ["CX001"]


def test_restated_identical_numbers_count_once():
    d = "qc.txt"
    body = "National Assembly"
    t = "The governing party won in 90 of Quebec's 125 ridings."
    recs = [
        seat(d, "Coalition Avenir Québec", 90, 1, text=t, body=body), size(d, 125, 1, body=body, text=t),
        seat(d, "Coalition Avenir Québec", 90, 3, text=t, body=body), size(d, 125, 3, body=body, text=t),
        seat(d, "Quebec Liberal Party", 21, 4), seat(d, "Québec solidaire", 11, 5), seat(d, "Parti Québécois", 3, 6),
        seat(d, "Coalition Avenir Québec", 76, 7, status="previous"),
    ]
    report = run_checks(recs)
    assert errors(report) == [] and [f for f in report.findings if f.severity == "warning"] == []
    assert report.summary.seats_accounted[0].accounted == 125


def test_less_than_bound_and_rounded_threshold_are_not_errors():
    d = "za.txt"
    t = "South Africa's ANC got less than 200 seats it needed, holding 159 of 400 seats in the National Assembly."
    body = "National Assembly"
    recs = [
        seat(d, "African National Congress (ANC)", 159, 1, text=t, body=body),
        size(d, 400, 1, body=body, text=t),
        seat(d, "African National Congress (ANC)", 200, 2, qualifier="less than", text=t),
        threshold(d, 200, 2, body=body, text=t),
        status(d, "African National Congress (ANC)", "short_of_majority", 2, text=t),
        status(d, None, "short_of_majority", 3, text="No party won an outright majority."),
        seat(d, "Democratic Alliance (DA)", 87, 4), seat(d, "uMkhonto weSizwe", 58, 5),
        seat(d, "Economic Freedom Fighters (EFF)", 39, 6),
    ]
    report = run_checks(recs)
    assert errors(report) == [] and not [f for f in report.findings if f.severity == "warning"]
    assert report.summary.seats_accounted[0].accounted == 343


def test_projected_and_result_differing_is_not_a_conflict_but_two_results_are():
    d = "uk.txt"
    recs = [
        size(d, 650, 1, text="the 650-seat House of Commons in Britain"),
        seat(d, "Labour Party", 410, 2, status="projected"),
        seat(d, "Labour Party", 412, 3),
        seat(d, "Labour Party", 412, 8),
        seat(d, "Labour", 400, 4, qualifier="more than"),
        seat(d, "Conservative Party", 121, 5),
    ]
    assert errors(run_checks(recs)) == []
    recs.append(seat(d, "Labour", 402, 9))
    errs = errors(run_checks(recs))
    assert [f.rule for f in errs] == ["CX002"] and errs[0].line == 9 and "402" in errs[0].message


def test_three_different_results_for_one_party_are_an_extraction_doubt():
    # "secured the final two seats", "brought the party to 38 seats", "each had 37 TDs elected": parts and other
    # tallies misread as the party's result, not an article contradicting itself
    d = "ie.txt"
    recs = [seat(d, "Harbour Party", 2, 3), seat(d, "Harbour Party", 38, 4), seat(d, "Harbour Party", 37, 5),
            seat(d, "Meadow Party", 35, 6)]
    found = [f for f in run_checks(recs).findings if f.rule == "CX002"]
    assert len(found) == 1 and found[0].severity == "warning" and "3 different results" in found[0].message
    # two different results stay an error
    found = [f for f in run_checks(recs[1:]).findings if f.rule == "CX002"]
    assert len(found) == 1 and found[0].severity == "error"


# ---------------------------------------------------------------- the other rules


def test_majority_claim_with_too_few_seats():
    d = "au.txt"
    recs = [
        size(d, 150, 1, body="House of Representatives", text="Australia's 150-seat House of Representatives"),
        seat(d, "Australian Labor Party", 70, 2),
        status(d, "Australian Labor Party", "majority", 3),
    ]
    errs = errors(run_checks(recs))
    assert [(f.rule, f.line) for f in errs] == [("CX003", 3)] and "76" in errs[0].message


def test_majority_status_uses_the_count_of_its_own_sentence_and_never_cries_wolf():
    d = "proj.txt"
    size_text = "The institute gives the Centre 220 to 230 of the 475 seats, short of the 238 needed for a majority."
    recs = [
        size(d, 475, 2, body="Grand Assembly", text=size_text),
        threshold(d, 238, 2, body="Grand Assembly", text=size_text),
        seat(d, "Centre", 220, 2, upper=230, approx=True, status="projected", body="Grand Assembly", text=size_text),
        status(d, "Centre", "short_of_majority", 2, text=size_text),
        # an older, higher projection stated later must not be tested against this sentence's status
        seat(d, "Centre", 240, 5, qualifier="at least", status="projected", body="Grand Assembly"),
        # a standfirst status with no count of its own: some count of the party agrees, so no error
        status(d, "Centre", "short_of_majority", 1, text="A projection puts the Centre short of a majority."),
    ]
    assert errors(run_checks(recs)) == []
    # ...but when every count of the party contradicts them, both statuses are errors
    recs[2] = seat(d, "Centre", 250, 2, status="projected", body="Grand Assembly", text=size_text)
    assert sorted((f.rule, f.line) for f in errors(run_checks(recs))) == [("CX003", 1), ("CX003", 2)]


def test_a_projected_lead_beside_a_majority_stated_as_won_is_another_tally():
    # "TMC scores majority, still leading in 63 seats": the 63 are seats still counted, the majority is of the
    # seats won (148, in another sentence)
    d = "wb.txt"
    head = "Harbour Party scores majority in the assembly, still leading in 63 seats"
    recs = [
        threshold(d, 147, 4, body="Assembly"),
        seat(d, "Harbour Party", 63, 1, status="projected", body="Assembly", text=head),
        status(d, "Harbour Party", "majority", 1, text=head),
        seat(d, "Harbour Party", 148, 2, body="Assembly", text="The Harbour Party won 148 of the 292 seats."),
    ]
    assert not [f for f in run_checks(recs).findings if f.rule == "CX003"]
    # must still fire: without a result of the party, the sentence's own count is the one it speaks of
    errs = [f for f in run_checks(recs[:3]).findings if f.rule == "CX003"]
    assert len(errs) == 1 and "63" in errs[0].message


def test_threshold_from_reference_when_the_article_states_no_size():
    d = "au2.txt"
    t = "Australia's Labor won 70 seats in the House of Representatives in 2025, a majority."
    recs = [seat(d, "Labor", 70, 1, text=t, body="House of Representatives"), status(d, "Labor", "majority", 1, text=t)]
    errs = errors(run_checks(recs))
    assert [f.rule for f in errs] == ["CX003"] and "reference" in errs[0].message


def test_short_by_disagrees_with_count():
    d = "ca2.txt"
    t = "The Liberals were elected or leading in 169 seats, three short of the 172 needed in Canada's Commons."
    ok = [
        seat(d, "Liberal Party", 169, 1, status="projected", text=t),
        threshold(d, 172, 1, text=t),
        status(d, "Liberal Party", "short_of_majority", 1, short_by=3, text=t),
    ]
    assert errors(run_checks(ok)) == []
    bad = [
        seat(d, "Liberal Party", 159, 1, status="projected", text=t),
        threshold(d, 172, 1, text=t),
        status(d, "Liberal Party", "short_of_majority", 2, short_by=3, text=t),
    ]
    errs = errors(run_checks(bad))
    assert [(f.rule, f.line) for f in errs] == [("CX005", 2)] and "162" in errs[0].message


def test_threshold_disagrees_with_size_warning_and_off_by_one_tolerated():
    d = "x.txt"
    assert not [f for f in run_checks([size(d, 400, 1), threshold(d, 200, 2)]).findings if f.rule == "CX004"]
    found = [f for f in run_checks([size(d, 343, 1), threshold(d, 160, 2)]).findings if f.rule == "CX004"]
    assert len(found) == 1 and found[0].severity == "warning" and found[0].line == 2


def test_hedged_number_tolerance():
    d = "h.txt"
    base = [seat(d, "Conservative Party", 143, 1)]
    near = run_checks(base + [seat(d, "Conservative Party", 145, 2, qualifier="about")])
    assert not [x for x in near.findings if x.rule == "CX006"]
    f = [x for x in run_checks(base + [seat(d, "Conservative Party", 160, 2, qualifier="about")]).findings
         if x.rule == "CX006"]
    assert len(f) == 1 and f[0].line == 2 and "160" in f[0].message and "143" in f[0].message
    f = [x for x in run_checks(base + [seat(d, "Conservative Party", 150, 2, qualifier="more than")]).findings
         if x.rule == "CX006"]
    assert len(f) == 1


def test_rank_disagrees():
    d = "r.txt"
    recs = [seat(d, "Party A", 100, 1), seat(d, "Party B", 90, 2), seat(d, "Party C", 80, 3, rank=2)]
    f = [x for x in run_checks(recs).findings if x.rule == "CX007"]
    assert len(f) == 1 and f[0].line == 3
    recs = [seat(d, "Party A", 100, 1), seat(d, "Party C", 80, 3, rank=2)]
    assert not [x for x in run_checks(recs).findings if x.rule == "CX007"]


def test_cross_article_conflict_names_both_files():
    t = "Canada's 343-seat House of Commons"
    a = [document("a.txt"), size("a.txt", 343, 1, text=t), seat("a.txt", "Liberal Party", 169, 2, body="House of Commons")]
    b = [document("b.txt"), size("b.txt", 343, 4, text=t), seat("b.txt", "Liberals", 172, 5)]
    c = [document("c.txt"), size("c.txt", 650, 1, text="Britain's 650-seat House of Commons"),
         seat("c.txt", "Liberal Democrats", 72, 2)]
    report = run_checks(a + b + c)
    cx = [f for f in report.findings if f.rule == "CX010"]
    assert len(cx) == 2
    assert {(f.doc, f.line) for f in cx} == {("a.txt", 2), ("b.txt", 5)}
    assert all(f.docs == ["a.txt", "b.txt"] and "169" in f.message and "172" in f.message for f in cx)
    # same numbers: no finding
    b2 = [document("b.txt"), size("b.txt", 343, 4, text=t), seat("b.txt", "Liberals", 169, 5)]
    assert not [f for f in run_checks(a + b2).findings if f.rule == "CX010"]


def test_reference_size_disambiguated_by_country():
    body = "National Assembly"
    qc = [size("qc.txt", 125, 1, body=body, text="Quebec's 125-seat National Assembly")]
    za = [size("za.txt", 400, 1, body=body, text="South Africa's National Assembly has 400 seats")]
    assert errors(run_checks(qc + za)) == []
    wrong = [size("za2.txt", 450, 1, body=body, text="South Africa's National Assembly has 450 seats")]
    errs = errors(run_checks(wrong))
    assert [f.rule for f in errs] == ["CX020"] and "400" in errs[0].message
    # no country cue: the body is ambiguous, so no reference finding
    vague = [size("v.txt", 450, 1, body=body, text="The National Assembly has 450 seats")]
    assert errors(run_checks(vague)) == []


def test_reference_size_depends_on_year():
    # 308 seats ended with the 2011 election: wrong for an article about 2019 or later
    t19 = "In 2019 the 308-seat House of Commons in Canada"
    errs = errors(run_checks([size("c.txt", 308, 1, text=t19)]))
    assert [f.rule for f in errs] == ["CX020"] and "338" in errs[0].message
    # an article that names an earlier election year may be about any election since then
    t21 = "Up from 2021, the 343-seat House of Commons in Canada"
    assert errors(run_checks([size("c.txt", 343, 1, text=t21)])) == []
    t15 = "In 2015 the 338-seat House of Commons in Canada"
    assert errors(run_checks([size("c.txt", 338, 1, text=t15)])) == []
    assert [f.rule for f in errors(run_checks([size("c.txt", 650, 1, text=t15)]))] == ["CX020"]


def test_facts_file_known_result():
    facts = parse_facts(
        "results:\n"
        "  - {country: Canada, body: House of Commons, year: 2025, party: Liberal Party, seats: 169}\n",
        "facts.yaml",
    )
    t = "In 2025 the Liberals won 170 seats in Canada's House of Commons."
    recs = [seat("f.txt", "Liberal Party", 170, 1, text=t, body="House of Commons")]
    errs = errors(run_checks(recs, facts=facts))
    assert [f.rule for f in errs] == ["CX020"] and "169" in errs[0].message and "170" in errs[0].message
    recs = [seat("f.txt", "Liberals", 169, 1, text=t, body="House of Commons")]
    assert errors(run_checks(recs, facts=facts)) == []


def test_input_errors_and_coverage():
    recs = [
        document("bad.bin", status_="error", reason="binary file"),
        document("empty-handed.txt", words=250),
        document("quotes.txt", claims=1), quote("quotes.txt", "Nothing to see", "A. Person"),
        *commons_article("ca.txt"),
    ]
    report = run_checks(recs)
    cx091 = [f for f in report.findings if f.rule == "CX091"]
    assert len(cx091) == 1 and cx091[0].doc == "bad.bin" and "binary" in cx091[0].message
    cx092 = [f for f in report.findings if f.rule == "CX092"]
    assert [f.doc for f in cx092] == ["empty-handed.txt"]
    cov = {c.doc: c for c in report.summary.coverage}
    assert cov["bad.bin"].status == "error"
    assert (cov["ca.txt"].seat_claims, cov["ca.txt"].checked) == (6, 6)
    assert report.summary.documents == 4 and report.summary.documents_with_errors == 1
    assert report.summary.findings_by_severity["error"] == 1


def test_every_finding_rule_is_registered_and_listed():
    report = run_checks(commons_article(liberal=268))
    assert {r.id for r in report.rules} == set(RULES)
    for f in report.findings:
        assert RULES[f.rule].name == f.name


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rules_are_documented(rule_id):
    doc = (Path(__file__).resolve().parent.parent / "docs" / "rules.md").read_text(encoding="utf-8")
    assert rule_id in doc and RULES[rule_id].name in doc


def test_unique_chamber_name_still_needs_a_country_cue():
    # a fictional country's "House of the People" is not India's Lok Sabha
    t = "A party needs 201 seats for a majority in Ardenia's 400-seat House of the People."
    recs = [size("f.txt", 400, 1, body="House of the People", text=t), seat("f.txt", "Ardenia First", 150, 2)]
    assert errors(run_checks(recs)) == []
    t = "India's 400-seat House of the People"
    assert [f.rule for f in errors(run_checks([size("i.txt", 400, 1, body="House of the People", text=t)]))] == ["CX020"]


def test_a_foreseen_majority_is_no_contradiction_of_a_count_so_far():
    # "The X has won 20 seats, according to the early tallies." ... "The X is projected to pass the 31-seat
    # threshold for a majority": a projection against a count so far is a doubt (warning), not the article's error
    d = "early.txt"
    projected = "The Civic Union is projected to pass the 31-seat threshold for a majority."
    so_far = seat(d, "Civic Union", 20, 2, status="projected", body="National Assembly",
                  text="The Civic Union has won 20 seats, according to early tallies.")
    recs = [
        size(d, 61, 1, body="National Assembly", text="The 61-seat National Assembly."),
        threshold(d, 31, 3, body="National Assembly", text=projected),
        so_far.model_copy(update={"rule": "seats/count-dep-subject/status:partial-count"}),
        status(d, "Civic Union", "majority", 3, text=projected),
    ]
    report = run_checks(recs)
    assert errors(report) == []
    assert any(f.rule == "CX003" and "projection" in f.message for f in report.findings)
    # a final count of another sentence does contradict the projected majority (the mutation harness's
    # "majority-too-few" on a projection): an error
    recs[2] = seat(d, "Civic Union", 20, 2, body="National Assembly", text="The Civic Union won 20 seats.")
    assert [f.rule for f in errors(run_checks(recs))] == ["CX003"]
    # the same status reported as a fact against the count so far: an error too
    recs[2] = so_far.model_copy(update={"rule": "seats/count-dep-subject/status:partial-count"})
    recs[3] = status(d, "Civic Union", "majority", 3, text="The Civic Union won a majority.")
    assert [f.rule for f in errors(run_checks(recs))] == ["CX003"]


def test_a_country_in_brackets_is_no_abbreviation():
    from claimx.checks.parties import same_party

    assert not same_party("People's Party (Thailand)", "Democrat Party (Thailand)")
    assert same_party("Citizens Coalition for Change (CCC)", "CCC")


def test_a_category_count_never_sets_the_article_chamber():
    # "PN won 73 seats ... securing 14 of the 15 state seats": the category's body is not the article's chamber,
    # so the national 73 and the state 14 are never one party's two results
    d = "state.txt"
    recs = [
        seat(d, "Perikatan", 73, 1, body=None, text="Perikatan won 73 seats."),
        seat(d, "Perikatan", 14, 2, body="Parliament (state seats)", text="Perikatan secured 14 of the 15 state seats.")
        .model_copy(update={"rule": "seats/count-of-total-left/breakdown"}),
    ]
    assert [f for f in run_checks(recs).findings if f.rule == "CX002"] == []


def test_an_earlier_count_of_an_unknown_name_is_a_doubt_in_a_sum():
    # "... in 2012, when Voss scored 15 seats" beside a results table's earlier counts: "Voss" (a leader, no party the
    # lexicon knows, no count of this election) may be another name of a party counted, so a sum of the earlier
    # counts cannot rest on it
    from claimx.checks.doubts import claim_doubt, earlier_only_name

    d = "nl.txt"
    now = [seat(d, "Harbour Party", 70, 2), seat(d, "Green Front", 15, 3)]
    voss = seat(d, "Voss", 15, 10, status="previous", text="This is an increase on his vote in 2012, when Voss scored 15 seats.")
    assert earlier_only_name(voss, now + [voss]) is not None
    # must not fire: a name with a count of this election, a party the lexicon knows, or a result
    assert earlier_only_name(seat(d, "Green Front", 12, 6, status="previous"), now) is None
    assert earlier_only_name(seat(d, "Labour Party", 12, 6, status="previous"), now) is None
    assert earlier_only_name(seat(d, "Voss", 15, 10), now) is None
    # only in a sum
    assert claim_doubt(voss, summed=False) is None
