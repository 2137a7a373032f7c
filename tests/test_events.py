"""claimx_events: kinds, roles, time expressions, modality and codes on realistic news sentences."""

from __future__ import annotations

import json

import pytest
import spacy

from claimx.components.events import DATA_DIR, load_data


def events(extract, text):
    return [c for c in extract(text) if c.type == "event"]


def one(evs, kind):
    found = [e for e in evs if e.kind == kind]
    assert found, f"no {kind} event in {[(e.kind, e.actor, e.evidence) for e in evs]}"
    return found[0]


# ---------------------------------------------------------------- data files


def test_data_files_load_and_every_kind_has_codes_and_triggers():
    data = load_data()
    kinds = set(data["kinds"])
    assert kinds == {"congratulate", "call", "meet", "win", "lose", "concede", "resign", "accuse",
                     "form_government", "announce"}
    assert {t.kind for t in data["triggers"]} == kinds
    ids = [t.id for t in data["triggers"]]
    assert len(ids) == len(set(ids))
    assert data["kinds"]["congratulate"]["cameo"] == "051"
    assert data["kinds"]["call"]["cameo"] == "041"
    assert data["kinds"]["meet"]["cameo"] == "040"
    assert data["kinds"]["meet"]["planned"]["cameo"] == "036"
    assert data["kinds"]["accuse"]["cameo"] == "112"
    assert data["kinds"]["accuse"]["plover"] == "ACCUSE"
    # the lexicon is plain JSON lists
    lex = json.loads((DATA_DIR / "lexicon.json").read_text("utf-8"))
    assert "will" in lex["planned_before"] and "not" in lex["other_before"]


# ---------------------------------------------------------------- kinds and roles


def test_congratulate_verb_with_full_names(extract):
    evs = events(extract, "Chancellor Olaf Brandt spoke to reporters in Bonn.\n"
                          "German Chancellor Olaf Brandt congratulated Prime Minister Lena Voss on Monday.")
    e = one(evs, "congratulate")
    assert e.actor == "Olaf Brandt"
    assert e.target == "Lena Voss"
    assert e.when == "Monday"
    assert e.cameo == "051" and e.plover == "SUPPORT"
    assert e.modality == "asserted"


def test_congratulations_extended_and_the_winner_of_the_win(extract):
    text = ("President Helena Marsh extended her warm congratulations to Tomas Reyes for securing "
            "a decisive win in the regional elections.")
    evs = events(extract, text)
    c = one(evs, "congratulate")
    assert c.actor == "Helena Marsh" and c.target == "Tomas Reyes"
    w = one(evs, "win")
    assert w.actor == "Tomas Reyes"


def test_received_congratulations_from_makes_the_giver_the_actor(extract):
    text = "Opposition leader Paul Okafor received congratulations from President Ada Mensah after the vote."
    e = one(events(extract, text), "congratulate")
    assert e.actor == "Ada Mensah"
    assert e.target == "Paul Okafor"


def test_phone_call_pair_and_weekday(extract):
    text = "Maria Lopez and Kenji Sato held a phone call on Thursday to discuss trade."
    e = one(events(extract, text), "call")
    assert {e.actor, e.target} == {"Maria Lopez", "Kenji Sato"}
    assert e.when == "Thursday"
    assert e.cameo == "041" and e.plover == "CONSULT"


def test_called_someone_is_a_call_but_called_for_is_not(extract):
    evs = events(extract, "Labour leader Sam Reid called Premier Joan Tate to concede the election.")
    call = one(evs, "call")
    assert call.actor == "Sam Reid" and call.target == "Joan Tate"
    concede = one(evs, "concede")
    assert concede.actor == "Sam Reid"
    evs = events(extract, "Union leader Mark Olsen called for an inquiry into the ballot count.")
    assert not [e for e in evs if e.kind == "call"]


def test_called_the_race_is_not_a_phone_call(extract):
    evs = events(extract, "The broadcaster called the race shortly after polls closed in the east.")
    assert not [e for e in evs if e.kind == "call"]


def test_called_actions_a_betrayal_is_an_accusation(extract):
    text = "Premier Dana Holt has repeatedly called President Victor Lang's tariffs a betrayal of old allies."
    evs = events(extract, text)
    a = one(evs, "accuse")
    assert a.actor == "Dana Holt"
    assert a.target == "Victor Lang"
    assert a.cameo == "112"
    assert not [e for e in evs if e.kind == "call"]


def test_accused_with_title_resolved(extract):
    text = ("Finnish President Aino Lahti met union leaders on Friday.\n"
            "Critics accused the president of ignoring the crisis.")
    evs = events(extract, text)
    a = one(evs, "accuse")
    assert a.target == "Aino Lahti"


def test_planned_meeting_takes_participants_of_the_call(extract):
    text = ("Prime Minister Ruth Baker and President Omar Haddad spoke by phone on Wednesday. "
            "Officials said a face-to-face meeting is being arranged.")
    evs = events(extract, text)
    call = one(evs, "call")
    assert call.when == "Wednesday"
    meet = one(evs, "meet")
    assert meet.modality == "planned"
    assert {meet.actor, meet.target} == {"Ruth Baker", "Omar Haddad"}
    assert meet.cameo == "036" and meet.plover == "AGREE"


def test_agreed_to_meet_is_planned(extract):
    e = one(events(extract, "Chancellor Eva Stein agreed to meet President Luis Ortega in Madrid next week."), "meet")
    assert e.modality == "planned"
    assert e.actor == "Eva Stein" and e.target == "Luis Ortega"
    assert e.when == "next week"


def test_meet_the_threshold_is_not_a_meeting(extract):
    evs = events(extract, "The Greens failed to meet the five percent threshold.")
    assert not [e for e in evs if e.kind == "meet"]


def test_win_and_party_actor(extract):
    evs = events(extract, "The Social Democrats won the election on Sunday, ending a decade in opposition.")
    e = one(evs, "win")
    assert "Social Democrat" in e.actor
    assert e.when == "Sunday"


def test_won_seats_is_a_seat_claim_not_a_win_event(extract):
    evs = events(extract, "The Greens won 14 seats and the Liberals won 9 seats.")
    assert not [e for e in evs if e.kind == "win"]


def test_defeated_gives_win_with_target_and_passive_gives_lose(extract):
    evs = events(extract, "Priya Nair defeated veteran MP Colin Hart in the northern riding.")
    w = one(evs, "win")
    assert w.actor == "Priya Nair" and w.target == "Colin Hart"
    evs = events(extract, "Veteran MP Colin Hart was defeated in the northern riding.")
    lose = one(evs, "lose")
    assert lose.actor == "Colin Hart"


def test_lost_seat_and_concede_defeat(extract):
    evs = events(extract, "Conservative leader Anna Brook lost her seat and conceded defeat late on Friday night.")
    assert one(evs, "lose").actor == "Anna Brook"
    c = one(evs, "concede")
    assert c.actor == "Anna Brook"
    assert c.plover == "CONCEDE"


def test_resigned_and_step_down_planned(extract):
    evs = events(extract, "Party leader Ivan Petrov resigned on Tuesday after the heavy defeat.")
    r = one(evs, "resign")
    assert r.actor == "Ivan Petrov" and r.modality == "asserted" and r.when == "Tuesday"
    evs = events(extract, "Finance Minister Clara Wu will step down next month.")
    r = one(evs, "resign")
    assert r.actor == "Clara Wu" and r.modality == "planned"


def test_negated_and_appeal_are_not_asserted(extract):
    evs = events(extract, "Mayor Tom Fisher did not resign despite the scandal.")
    assert all(e.modality == "other" for e in evs if e.kind == "resign")
    evs = events(extract, "Protesters called on Governor Lisa Grant to resign.")
    assert all(e.modality != "asserted" for e in evs if e.kind == "resign")


def test_form_government_and_announce(extract):
    evs = events(extract, "Prime Minister Jonas Berg formed a minority government on May 3.")
    f = one(evs, "form_government")
    assert f.actor == "Jonas Berg"
    assert f.when == "May 3"
    evs = events(extract, "The Electoral Commission announced the final results on Sunday evening.")
    a = one(evs, "announce")
    assert a.actor and "Electoral Commission" in a.actor
    assert a.when == "Sunday evening"
    assert a.cameo == "010"


def test_pronoun_actor_resolved(extract):
    text = "Senator Rosa Diaz lost the primary in March. She conceded on Wednesday night."
    c = one(events(extract, text), "concede")
    assert c.actor == "Rosa Diaz"


def test_evidence_points_at_the_text(extract):
    text = "Governor Ben Ashe congratulated Mayor Ella Ruiz."
    e = one(events(extract, text), "congratulate")
    assert text[e.span.start:e.span.end] == e.evidence
    assert "congratulated" in e.evidence
    assert e.trigger == "congratulated"
    assert e.rule.startswith("events/congratulate/")


# ---------------------------------------------------------------- without a parser


def test_works_without_parser():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    import claimx.components  # noqa: F401

    nlp.add_pipe("claimx_events")
    doc = nlp("Senator Paul Grey congratulated Governor Ann Lee on Tuesday. Officials said the two will meet in June.")
    drafts = doc._.claimx_drafts or []
    cong = [d for d in drafts if d["kind"] == "congratulate"]
    assert cong and cong[0]["target"] and "Lee" in cong[0]["target"] and "Grey" in cong[0]["actor"]
    assert cong[0]["when"] == "Tuesday"


@pytest.mark.parametrize("phrase", ["called for", "called on"])
def test_appeals_without_parser(phrase):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    import claimx.components  # noqa: F401

    nlp.add_pipe("claimx_events")
    doc = nlp(f"Activist Jo Park {phrase} Minister Ray Stone to resign.")
    assert not [d for d in (doc._.claimx_drafts or []) if d["kind"] == "call"]
