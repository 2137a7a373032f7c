"""Facts files: YAML and JSON, line-numbered validation errors, and the built-in reference data."""

from __future__ import annotations

import pytest

from claimx.facts import FactsError, load_facts, parse_facts, reference_data

GOOD = """\
legislatures:
  - id: xx-house
    country: Examplestan
    chamber: People's House
    size: 201
results:
  - country: Canada
    body: House of Commons
    year: 2025
    party: Liberal Party
    seats: 169
"""


def test_yaml_and_json_load(tmp_path):
    p = tmp_path / "facts.yaml"
    p.write_text(GOOD, encoding="utf-8")
    f = load_facts(p)
    assert f.results[0].seats == 169 and f.legislatures[0].sizes[0].seats == 201
    j = tmp_path / "facts.json"
    j.write_text('{"results": [{"body": "Lok Sabha", "year": 2024, "party": "BJP", "seats": 240}]}', encoding="utf-8")
    assert load_facts(j).results[0].party == "BJP"


def test_validation_error_names_file_line_and_field(tmp_path):
    bad = GOOD.replace("seats: 169", "seats: many")
    p = tmp_path / "facts.yaml"
    p.write_text(bad, encoding="utf-8")
    with pytest.raises(FactsError) as err:
        load_facts(p)
    msg = str(err.value)
    assert msg.startswith(f"{p}:11: results[0].seats: Input should be a valid integer"), msg


def test_json_error_line(tmp_path):
    p = tmp_path / "facts.json"
    p.write_text('{\n  "results": [\n    {"body": "Sejm", "party": "X",\n     "seats": -3}\n  ]\n}\n', encoding="utf-8")
    with pytest.raises(FactsError) as err:
        load_facts(p)
    assert str(err.value).startswith(f"{p}:4: results[0].seats:"), str(err.value)


def test_syntax_errors_and_unknown_fields(tmp_path):
    p = tmp_path / "f.yaml"
    p.write_text("results:\n  - [unclosed\n", encoding="utf-8")
    with pytest.raises(FactsError, match=r"f\.yaml:\d+: not valid YAML"):
        load_facts(p)
    with pytest.raises(FactsError, match=r"x\.yaml:2: results\[0\]\.sets: Extra inputs are not permitted"):
        parse_facts("results:\n  - {body: Senate, party: A, seats: 1, sets: 2}\n", "x.yaml")
    with pytest.raises(FactsError, match="cannot read"):
        load_facts(tmp_path / "missing.yaml")


def test_reference_data_sizes():
    ref = {leg.id: leg for leg in reference_data().legislatures}

    def sizes(lid, year):
        return {s for p in ref[lid].sizes_for({year}) for s in p.accepted()}

    assert sizes("ca-commons", 2025) == {343} and sizes("ca-commons", 2021) == {338}
    assert sizes("uk-commons", 2024) == {650}
    assert sizes("au-house", 2022) == {151} and sizes("au-house", 2025) == {150}
    assert 123 in sizes("nz-house", 2023) and 120 in sizes("nz-house", 2020)
    assert sizes("in-lok-sabha", 2024) >= {543}
    assert sizes("de-bundestag", 2025) == {630} and sizes("de-bundestag", 2021) == {736}
    assert sizes("fr-assembly", 2024) == {577} and sizes("us-house", 2024) == {435}
    assert sizes("za-assembly", 2024) == {400} and sizes("ca-qc-assembly", 2022) == {125}
    assert sizes("jp-house", 2024) == {465}
    assert len({leg.id for leg in reference_data().legislatures}) == len(reference_data().legislatures)
