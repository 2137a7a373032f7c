"""The stages of claimx_events, one construction per test, on invented sentences (including ones where nothing
may be extracted): triggers, roles (subject, coordinated subjects, 'the defeat of X', fronted clauses, objects of
verbs of beating), names (abbreviations the article defines), modality and the rule naming the decisions."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimx.components.events import load_data
from claimx.components.events.component import event_rule

sys.path.insert(0, str(Path(__file__).parent))
from _events import actors_of, events, of_kind  # noqa: E402


# ---------------------------------------------------------------- rule


def test_the_rule_names_kind_trigger_actor_stage_repairs_and_modality():
    trig = next(t for t in load_data()["triggers"] if t.id == "win/verb")
    assert event_rule("win", trig, "parse", ["conjunct"], "asserted") == \
        "events/win/trigger:verb/actor:parse/conjunct/modality:asserted"


def test_a_claims_rule_ends_with_its_modality(extract):
    e = events(extract, "Ada Mensah will meet Tomas Reyes in Geneva next week.")[0]
    assert e.rule.startswith("events/meet/trigger:") and e.rule.endswith("/modality:planned")
    assert "/actor:" in e.rule


# ---------------------------------------------------------------- triggers


@pytest.mark.parametrize("text, kind, actor", [
    ("Senator Tom Hale called up Ana Soto on Sunday night.", "call", "Tom Hale"),
    ("The Unity Party secures majority government", "win", "Unity Party"),
    ("Ada Mensah swept back into power at the weekend.", "win", "Ada Mensah"),
    ("The Unity Party was the biggest loser of the night.", "lose", "Unity Party"),
    ("The Harbour Party was knocked out of parliament.", "lose", "Harbour Party"),
    ("The Unity Party has lost seats compared with the last vote.", "lose", "Unity Party"),
    ("Unity Front wins 73-seat majority in Assembly", "win", "Unity Front"),
    ("The seat of Northfield was called for the Greens' Ana Soto on Saturday.", "win", "Ana Soto"),
])
def test_general_trigger_constructions(extract, text, kind, actor):
    assert actor in actors_of(extract, text, kind)


@pytest.mark.parametrize("text, kind", [
    ("The Greens, despite winning about 13 per cent of the vote, were shut out.", "win"),  # a vote share
    ("The Unity Party won 12 seats.", "win"),  # a seat count, not an election won (12 lost seats are a loss: round 7)
    ("An election was called for May 3.", "win"),  # a date, nobody won
    ("Tomas Reyes is due to be elected chancellor by the Bundestag on Wednesday.", "win"),  # a vote of a body
    ("Ana Soto was elected to parliament on Sunday.", "win"),  # a seat in a body, no election won
    ("The Unity Party is expected to win most seats.", "win"),  # a prediction
    ("Rather than resign, Tomas Reyes called a confidence vote.", "resign"),  # did not happen
    ("The defeat of the budget bill, Ana Soto said, embarrassed the government.", "lose"),  # no person lost
    ("Ada Mensah threatened to boycott the talks until Tomas Reyes resigns.", "resign"),  # conditional
])
def test_must_not_fire(extract, text, kind):
    assert not of_kind(extract, text, kind)


# ---------------------------------------------------------------- roles


def test_coordinated_subjects_of_three_all_act(extract):
    text = "The Unity Party, the Greens and the Liberals signed a coalition agreement on Tuesday."
    actors = {a for a, _ in of_kind(extract, text, "form_government")}
    assert {"Unity Party", "Liberal Party"} <= actors and len(actors) == 3


def test_a_scene_setting_place_is_no_conjunct(extract):
    actors = {a for a, _ in of_kind(extract, "In Lakeland, the Greens and the Liberals won seats.", "win")}
    assert len(actors) == 2 and not any("Lakeland" in a for a in actors)


def test_the_subject_of_a_verb_of_beating_wins_not_its_objects(extract):
    text = "The Unity Party edges out the Green Alliance and the Labour Front to win most seats"
    winners = {a for a, _ in of_kind(extract, text, "win")}
    assert winners == {"Unity Party"}


def test_the_defeat_of_a_titled_person_in_apposition(extract):
    text = "The unexpected defeat of the finance minister, Tomas Reyes, shocked the party."
    assert of_kind(extract, text, "lose") == [("Tomas Reyes", None)]


def test_the_victory_of_a_named_person(extract):
    assert ("Ada Mensah", None) in of_kind(extract, "The victory of Ada Mensah surprised analysts.", "win")


def test_a_role_after_as_is_not_the_subject(extract):
    text = "Tomas Reyes must decide whether he stays on as Liberal leader, after losing to Ada Mensah again."
    assert of_kind(extract, text, "lose") == [("Tomas Reyes", "Ada Mensah")]


def test_a_fronted_participle_clause_takes_the_main_subject(extract):
    text = "Having phoned Ada Mensah to concede, Tomas Reyes thanked his supporters."
    assert of_kind(extract, text, "concede") == [("Tomas Reyes", "Ada Mensah")]
    assert of_kind(extract, text, "call") == [("Tomas Reyes", "Ada Mensah")]


def test_a_concession_is_made_to_the_person_congratulated(extract):
    text = "Tomas Reyes conceded defeat and congratulated Ada Mensah."
    assert of_kind(extract, text, "concede") == [("Tomas Reyes", "Ada Mensah")]


# ---------------------------------------------------------------- names


def test_an_abbreviation_takes_the_full_name_the_article_defines(extract):
    text = "The Union for the Homeland (UxP) took 12 seats. UxP's win means the coalition will lead the Senate."
    assert of_kind(extract, text, "win") == [("Union for the Homeland", None)]


# ---------------------------------------------------------------- modality


@pytest.mark.parametrize("text, kind, modality", [
    ("Tomas Reyes to resign after party revolt", "resign", "planned"),  # headline future
    ("Tomas Reyes said he would step down next month.", "resign", "planned"),
    ("Tomas Reyes resigned on Monday.", "resign", "asserted"),
    ("Ada Mensah could meet Tomas Reyes next week.", "meet", "other"),
])
def test_modality(extract, text, kind, modality):
    found = [e for e in events(extract, text) if e.kind == kind]
    assert found and found[0].modality == modality


def test_a_called_leader_conceding_is_asserted(extract):
    # "X called Y to concede": not the headline future (the name does not open the sentence)
    text = "Opposition leader Tom Hale called Ana Soto to concede the election."
    found = [e for e in events(extract, text) if e.kind == "concede"]
    assert found and found[0].modality == "asserted" and found[0].actor == "Tom Hale"


# ---------------------------------------------------------------- more constructions


def test_suffered_a_defeat_is_a_loss(extract):
    assert of_kind(extract, "The Unity Party suffered a net loss of 11 seats on Saturday.", "lose") == \
        [("Unity Party", None)]


def test_admitting_the_party_lost_is_a_concession(extract):
    text = "Chancellor Tomas Reyes admits his Unity Party lost to the Freedom Alliance."
    assert of_kind(extract, text, "concede") == [("Tomas Reyes", "Freedom Alliance")]
    assert of_kind(extract, text, "lose") == [("Unity Party", "Freedom Alliance")]


def test_a_coalition_led_by_a_named_person_in_a_headline(extract):
    found = [e for e in events(extract, "Ada Mensah-led coalition to form govt after election") if
             e.kind == "form_government"]
    assert [(e.actor, e.modality) for e in found] == [("Ada Mensah", "planned")]


def test_a_month_after_a_given_name_is_a_surname_not_a_date_or_a_modal(extract):
    text = "Prime Minister Theresa May faced a vote. May announced she would hold talks."
    found = [e for e in events(extract, text) if e.kind == "announce"]
    assert [(e.actor, e.modality) for e in found] == [("Theresa May", "asserted")]
    assert of_kind(extract, "The count ends on May 3. Ada Mensah won in May.", "win") == [("Ada Mensah", None)]


def test_a_fronted_participle_clause_gives_the_caller(extract):
    text = "Having phoned Ada Mensah to concede, a tearful Tomas Reyes thanked his staff."
    assert ("Tomas Reyes", "Ada Mensah") in of_kind(extract, text, "call")


def test_congratulating_the_winner_targets_the_one_winner(extract):
    text = "Unity Party wins Lakeland election. Former premier Ana Soto congratulates the election winner."
    assert of_kind(extract, text, "congratulate") == [("Ana Soto", "Unity Party")]
    # two winners named: the target stays open
    text = "The Unity Party won the mayoral race. Ada Mensah won the presidency. Ana Soto congratulated the winner."
    assert of_kind(extract, text, "congratulate") == [("Ana Soto", None)]


@pytest.mark.parametrize("text", [
    "Incoming German government signs coalition agreement",
    "The PM won the confidence vote by a margin of 19.",
])
def test_a_generic_or_national_word_is_no_actor_of_an_outcome(extract, text):
    assert not [e for e in events(extract, text) if e.kind in ("win", "form_government")]


def test_a_hyphenated_led_names_the_leader_even_when_tagged_as_adjective(extract):
    found = {(e.kind, e.actor) for e in events(extract, "Netanyahu-led coalition to form govt after scoring victory")}
    assert found == {("form_government", "Netanyahu"), ("win", "Netanyahu")}


@pytest.mark.parametrize("text, kind, actor", [
    ("The Unity Front took all 14 seats in Northshire, besides forming the state government in Westmark.",
     "form_government", "Unity Front"),
    ("Ada Mensah thanked voters in Eastvale, after winning the presidency.", "win", "Ada Mensah"),
])
def test_a_trailing_participle_adjunct_takes_the_main_subject_not_a_place(extract, text, kind, actor):
    assert actors_of(extract, text, kind) == [actor]


@pytest.mark.parametrize("text", [
    "The comments follow calls for his exit from the Lakeland government, after ten women came forward to "
    "accuse him of harassment.",
    "Critics in the Unity Party accused Ada Mensah of lying.",
])
def test_a_plural_common_noun_subject_is_no_named_accuser(extract, text):
    assert not of_kind(extract, text, "accuse")


def test_one_of_those_who_accused_keeps_the_named_person(extract):
    text = "Ana Soto, one of the journalists who have accused Tomas Reyes, spoke on Monday."
    assert ("Ana Soto", "Tomas Reyes") in of_kind(extract, text, "accuse")


def test_the_electoral_authority_is_the_body_the_article_names(extract):
    text = ("Lakeland's electoral authority announced on Friday that the ruling party keeps its majority. "
            "The National Electoral Council (NEC) said turnout was 60%.")
    assert of_kind(extract, text, "announce") == [("National Electoral Council", None)]
    # no body named: nobody to name
    assert not of_kind(extract, "The electoral commission announced the results on Monday.", "announce")


@pytest.mark.parametrize("text, actor", [
    ("Jean-Pierre Dubois resigned as mayor.", "Jean-Pierre Dubois"),
    ("Mayor Ana Soto-Reyes resigned on Monday.", "Ana Soto-Reyes"),
    ("Lee Wai-ming won the seat in Kowloon East.", "Lee Wai-ming"),
])
def test_hyphenated_names_are_kept_whole(extract, text, actor):
    kinds = [e for e in events(extract, text) if e.kind in ("resign", "win")]
    assert [e.actor for e in kinds] == [actor]


def test_a_hyphen_with_spaces_is_no_name_part(extract):
    assert of_kind(extract, "Labour - Ana Soto resigned on Monday.", "resign") == [("Ana Soto", None)]


@pytest.mark.parametrize("text, actor", [
    ("Ada Mensah, the Unity Party leader, claimed victory on Sunday night.", "Ada Mensah"),
    ("The Unity Party, the largest party in parliament, won the election.", "Unity Party"),
])
def test_the_subject_before_an_apposition_acts(extract, text, actor):
    assert actors_of(extract, text, "win") == [actor]


def test_a_sentence_opened_by_if_is_a_condition(extract):
    assert not of_kind(extract, "If elected, Ada Mensah would form a coalition with the Greens.", "form_government")
