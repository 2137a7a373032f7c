"""Event constructions found by auditing event claims on real election-night and reaction stories no rule had been
written against (see the README's event audit), one construction per test, on invented sentences with fictional
parties, people and places, each with sentences where the rule must not fire: who won (and what is no election
won), the actor behind a party's or a role's name, the target of a congratulation, call or concession, and names
that must not run on into a day name, a verb or a place."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _events import actors_of, modality_of, of_kind  # noqa: E402


# ---------------------------------------------------------------- what is no election won


@pytest.mark.parametrize("text", [
    # a seat total or a comparison of seat totals
    "Estmark's ruling Unity Party wins more seats than forecast in a vote of trust for Ada Mensah",
    "The Unity Party emerged with fewer seats in the lower house than it won in the last election in 2019.",
    "The Unity Party won a total of 120 seats.",
    # the popular vote is a vote count, not the election
    "Harbour Party leader Tomas Reyes, whose party won the popular vote by a slim margin, predicted a short minority.",
    "The Harbour Party beat the Unity Party, winning a greater share of the popular vote.",
    # a prediction, and the verb "win" read as a noun
    "The Unity Party and Ms Mensah went into the night as favourites to win.",
    "Ada Mensah pledged to listen to Renewal voters and win back those she could.",
    # a rise to power no election gave
    "Tomas Reyes, who came to office nine months ago in a party coup against Ada Mensah, spoke first.",
])
def test_no_election_win(extract, text):
    assert not of_kind(extract, text, "win")


@pytest.mark.parametrize("text, actor", [
    ("The Unity Party wins most seats in Estmark.", "Unity Party"),
    ("Ada Mensah came to power in 2015.", "Ada Mensah"),
    ("The Unity Party won a majority of seats.", "Unity Party"),
    ("The Unity Party won in 90 of the 125 ridings.", "Unity Party"),
])
def test_an_election_win_is_still_one(extract, text, actor):
    assert actor in actors_of(extract, text, "win")


# ---------------------------------------------------------------- whose win: party, person, the congratulated


@pytest.mark.parametrize("text", [
    "Ada Mensah Liberals Win Minority Government\n\nThe Liberals will form a minority government. Ada Mensah spoke.",
    "Mensah’s Liberals set to form minority government\n\nAda Mensah’s Liberals have won a plurality of seats.",
])
def test_a_leaders_name_before_a_party_name_is_the_party(extract, text):
    assert of_kind(extract, text, "win") == [("Liberal Party", None)]
    assert actors_of(extract, text, "form_government") == ["Liberal Party"]


def test_a_person_and_a_party_not_written_together_stay_apart(extract):
    assert ("Ada Mensah", None) in of_kind(extract, "Ada Mensah won her seat. The Liberals won the most seats.", "win")


def test_a_participle_before_a_party_name_is_no_verb_of_the_owner(extract):
    text = "Prime Minister Ada Mensah's ruling Unity Party defied expectations and held its strong majority on Sunday."
    assert of_kind(extract, text, "win") == [("Unity Party", None)]


def test_a_verbal_trigger_used_as_a_noun_belongs_to_its_possessor(extract):
    text = 'Prime Minister Ada Mensah has hailed the Harbour Party\'s "miracle" return to government.'
    assert of_kind(extract, text, "win") == [("Harbour Party", None)]


def test_a_verb_with_a_subject_has_no_possessor(extract):
    # "Estmark's finance minister resigns": the minister resigns, not Estmark
    text = "Estmark's finance minister resigns\nKarl Dansen quits over the sale of state forest land."
    assert all(a != "Estmark" for a, _ in of_kind(extract, text, "resign"))


@pytest.mark.parametrize("text, winner", [
    ("President Tomas Reyes called up Prime Minister Ada Mensah and congratulated her on her emphatic victory.",
     "Ada Mensah"),
    ("President Tomas Reyes on Friday called up Prime Minister Ada Mensah to congratulate her on her election victory.",
     "Ada Mensah"),
])
def test_congratulated_on_his_victory_credits_the_congratulated(extract, text, winner):
    assert actors_of(extract, text, "win") == [winner]
    assert ("Tomas Reyes", "Ada Mensah") in of_kind(extract, text, "congratulate")


def test_an_unnamed_congratulated_rival_leaves_the_winner_unknown(extract):
    assert not of_kind(extract, "Mr Reyes congratulated his opponent on his win.", "win")


def test_a_congratulated_crowd_leaves_the_possessive_to_the_subject(extract):
    assert of_kind(extract, "Ada Mensah congratulated voters on her victory.", "win") == [("Ada Mensah", None)]


def test_a_possessor_before_the_credited_victory_wins(extract):
    text = "Tomas Reyes also congratulated Ada Mensah on Labour’s resounding victory, saying she was decent."
    assert of_kind(extract, text, "win") == [("Labour Party", None)]


# ---------------------------------------------------------------- roles without a name


@pytest.mark.parametrize("text", [
    "Harbour leader concedes defeat, to step down\n\nThe count went on. Tomas Reyes told supporters it was over.",
    "The leader of the main opposition Harbour party conceded defeat shortly before midnight.",
])
def test_a_party_title_with_no_name_is_neither_the_party_nor_a_person(extract, text):
    assert not [a for a in actors_of(extract, text, "concede") if a in ("Harbour Party", "Harbour")]


def test_a_party_title_the_article_ties_to_a_name_is_that_person(extract):
    text = "Unity Party leader Ada Mensah spoke. Later the leader of the Unity Party conceded defeat."
    assert of_kind(extract, text, "concede") == [("Ada Mensah", None)]


# ---------------------------------------------------------------- subjects: coordination, fronted clauses


def test_a_verb_after_and_shares_the_subject_of_its_own_clause(extract):
    text = ("At midnight the Prime Minister delivered a victory speech just minutes after Tomas Reyes conceded "
            "defeat and resigned as Harbour leader.")
    assert of_kind(extract, text, "resign") == [("Tomas Reyes", None)]


def test_coordinated_subjects_still_share_an_outcome(extract):
    text = "The Harbour Party and Mr Reyes went into the night as favourites, but suffered unexpected losses."
    assert {a for a, _ in of_kind(extract, text, "lose")} == {"Harbour Party", "Reyes"}


def test_a_fronted_clause_skips_a_place_list(extract):
    text = "After winning his seat in Richmond, Northshire, the outgoing prime minister said he was sorry."
    assert all(a != "Northshire" for a, _ in of_kind(extract, text, "win"))


def test_a_participle_adjunct_with_a_support_verb_is_the_main_subjects(extract):
    text = "Ada Mensah ended her speech by praising the Almighty, after winning an election victory."
    assert "Almighty" not in actors_of(extract, text, "win")


def test_a_place_after_a_preposition_is_no_conjunct(extract):
    text = "Reyes won his own riding of Northfield and his Liberal party won the most seats in Parliament."
    assert "Northfield" not in actors_of(extract, text, "win")


def test_a_plural_common_noun_subject_names_nobody(extract):
    text = "Several high-profile former Cabinet ministers and party veterans also lost their seats on Sunday."
    assert not of_kind(extract, text, "lose")


# ---------------------------------------------------------------- targets


@pytest.mark.parametrize("text, target", [
    ("Opposition Leader Tomas Reyes had earlier conceded defeat to Prime Minister Ada Mensah.", "Ada Mensah"),
    ("Tomas Reyes conceded defeat to his main challenger, Ada Mensah, shortly after midnight.", "Ada Mensah"),
])
def test_conceded_defeat_to_y(extract, text, target):
    assert of_kind(extract, text, "concede") == [("Tomas Reyes", target)]


def test_a_party_title_then_a_name_targets_the_name(extract):
    text = "In the 13th district newcomer Ana Soto, 44, ousted Unity Party secretary-general Tomas Reyes, 72."
    assert of_kind(extract, text, "win") == [("Ana Soto", "Tomas Reyes")]


def test_a_nationality_word_and_designate_are_skipped_before_the_target(extract):
    text = "President Tomas Reyes called up Estmarkian prime minister-designate Ada Mensah on Friday."
    assert of_kind(extract, text, "call") == [("Tomas Reyes", "Ada Mensah")]


def test_called_up_y_to_congratulate_him_targets_y(extract):
    text = "President Tomas Reyes on Friday called up Prime Minister Ada Mensah to congratulate her."
    assert of_kind(extract, text, "congratulate") == [("Tomas Reyes", "Ada Mensah")]


def test_offering_congratulations_in_a_call_targets_the_one_called(extract):
    text = "Former Prime Minister Karl Dansen also called up Ada Mensah to offer his congratulations."
    assert ("Karl Dansen", "Ada Mensah") in of_kind(extract, text, "congratulate")


def test_congratulations_without_a_call_keep_no_target(extract):
    text = "Karl Dansen also offered his congratulations, the statement said."
    assert of_kind(extract, text, "congratulate") == [("Karl Dansen", None)]


def test_a_meeting_that_is_the_purpose_of_a_call_is_planned(extract):
    assert modality_of(extract, "Tomas Reyes calls up Ada Mensah to meet at the summit", "meet") == ["planned"]
    assert modality_of(extract, "Tomas Reyes met Ada Mensah at the summit on Friday.", "meet") == ["asserted"]


# ---------------------------------------------------------------- names


def test_a_day_name_after_a_name_is_no_part_of_it(extract):
    text = "President Tomas Reyes Friday called up Prime Minister Ada Mensah and congratulated her."
    assert {a for a, _ in of_kind(extract, text, "call")} == {"Tomas Reyes"}


def test_a_headline_verb_in_capitals_is_no_part_of_the_name(extract):
    text = ("Estmark election result: Harbour CONCEDES defeat to Unity – Mensah to remain PM\n\n"
            "Mr Reyes told supporters that it was over.")
    assert actors_of(extract, text, "concede") == ["Harbour"]


# ---------------------------------------------------------------- the party, lists, fronted participles


def test_the_party_is_the_party_its_sentence_names_first(extract):
    text = ("The Green Party won three seats. While the Unity Party held onto power, the party has lost its majority "
            "position in the House.")
    assert ("Unity Party", None) in of_kind(extract, text, "lose")
    assert ("Green Party", None) not in of_kind(extract, text, "lose")


def test_holding_onto_power_is_a_win_holding_power_is_tenure(extract):
    assert of_kind(extract, "While the Unity Party held onto power, it lost seats.", "win") == [("Unity Party", None)]
    assert not of_kind(extract, "The Unity Party has held power since 2010.", "win")
    assert not of_kind(extract, "Ada Mensah will need other parties to hang onto power.", "win")


def test_names_in_a_dash_apposition_to_a_common_noun_subject_act(extract):
    text = "Two former home secretaries – Karl Dansen and Ada Mensah – lost their seats."
    assert {a for a, _ in of_kind(extract, text, "lose")} == {"Karl Dansen", "Ada Mensah"}


def test_a_name_inside_a_prepositional_phrase_of_a_common_noun_subject_does_not_act(extract):
    assert not of_kind(extract, "Critics in the Unity Party accused Ada Mensah of lying.", "accuse")


def test_two_subjects_with_an_apposition_both_lost(extract):
    text = ("For the Renewal Party, high-profile personality Karl Dansen and Dr Ada Mensah, the party’s outspoken "
            "science spokeswoman, both lost their seats.")
    assert {a for a, _ in of_kind(extract, text, "lose")} == {"Karl Dansen", "Ada Mensah"}


def test_a_title_alone_is_no_name(extract):
    text = "After winning his seat, the outgoing British PM said: “I have called Ada Mensah to congratulate her.”"
    assert all(a != "British PM" for a, _ in of_kind(extract, text, "call") + of_kind(extract, text, "congratulate"))


@pytest.mark.parametrize("text, actor, target", [
    ("Warmly felicitating Mensah, Estmarkian President Karl Dansen noted the closer ties.", "Karl Dansen", "Mensah"),
    ("Congratulating Ada Mensah on her win, Tomas Reyes said the vote was fair.", "Tomas Reyes", "Ada Mensah"),
])
def test_a_participle_clause_opening_the_sentence_takes_the_main_subject(extract, text, actor, target):
    assert of_kind(extract, text, "congratulate") == [(actor, target)]


def test_shortly_after_securing_his_seat_is_the_main_subjects_win(extract):
    text = "Tomas Reyes conceded defeat to his challenger, Ada Mensah, shortly after securing his seat in Northfield."
    assert ("Tomas Reyes", None) in of_kind(extract, text, "win")
    assert ("Ada Mensah", None) not in of_kind(extract, text, "win")


def test_a_call_in_another_persons_clause_is_not_borrowed(extract):
    text = ("While Chancellor Ada Mensah did offer congratulations, President Karl Dansen pointedly wished success to "
            "Estmark in a phone call with Tomas Reyes, according to a statement.")
    assert ("Ada Mensah", None) not in of_kind(extract, text, "call")


def test_a_phone_call_with_y_in_an_adjunct_is_the_clause_subjects(extract):
    assert of_kind(extract, "Ada Mensah spoke about trade in a phone call with Tomas Reyes.", "call") == \
        [("Ada Mensah", "Tomas Reyes")]


def test_a_call_in_the_clause_of_a_congratulation_is_still_borrowed(extract):
    assert ("Ada Mensah", "Tomas Reyes") in of_kind(extract, "Ada Mensah congratulated Tomas Reyes in a phone call.",
                                                    "call")


def test_a_headline_surname_is_the_one_person_the_body_names(extract):
    text = "Dansen calls up to congratulate Holm on victory\n\nPresident Karl Dansen called Maria Holm on Friday."
    assert ("Karl Dansen", "Maria Holm") in of_kind(extract, text, "congratulate")


def test_its_defeat_is_no_persons(extract):
    text = "Tomas Reyes said he would stand down as leader of his party in the wake of its shock defeat."
    assert ("Tomas Reyes", None) not in of_kind(extract, text, "lose")


def test_an_intention_to_resign_is_planned(extract):
    text = "Tomas Reyes has conveyed his intention to resign as secretary-general to Prime Minister Ada Mensah."
    assert modality_of(extract, text, "resign") == ["planned"]


def test_congratulating_a_party_leader_targets_no_party(extract):
    text = "Karl Dansen has congratulated the Unity Party leader on the overwhelming win."
    assert ("Karl Dansen", "Unity Party") not in of_kind(extract, text, "congratulate")


# ---------------------------------------------------------------- found on a second set of articles


def test_a_day_and_a_pronoun_are_no_conjuncts(extract):
    text = "Prime Minister Karl Dansen's bid to hold on to power ended Tuesday and he resigned."
    assert of_kind(extract, text, "resign") == [("Karl Dansen", None)]


def test_a_name_apposed_to_a_person_describes_that_person(extract):
    text = ("Maria Holm, head of the Unity Party, announced on Tuesday plans to step down following her party's "
            "defeat in the election.")
    assert of_kind(extract, text, "resign") == [("Maria Holm", None)]
    assert ("Maria Holm", None) not in of_kind(extract, text, "lose")


def test_a_subject_apposition_after_that(extract):
    text = ("Supporters cheered as it was announced that Karl Dansen, the Northfield candidate, won his seat over "
            "the incumbent.")
    assert of_kind(extract, text, "win") == [("Karl Dansen", None)]
    assert not of_kind(extract, text, "announce")  # "it was announced": by nobody named


def test_an_invitation_to_form_a_government_is_the_invitees(extract):
    text = "Within the hour, Mr Dansen went to the palace where he accepted the King’s invitation to form a government."
    assert actors_of(extract, text, "form_government") == ["Dansen"]


def test_calling_someone_something_is_no_phone_call(extract):
    assert not of_kind(extract, "“We ran a fine campaign,” Karl Dansen said, calling his party strong and united.", "call")
    assert of_kind(extract, "Karl Dansen called Maria Holm on Sunday.", "call") == [("Karl Dansen", "Maria Holm")]


def test_a_role_the_article_gives_another_person_is_not_that_person(extract):
    text = ("After dismal results, the opposition leader resigns.\n\n"
            "The ruling Unity Party, led by new leader Karl Dansen, earned a large majority on Sunday.")
    assert ("Karl Dansen", None) not in of_kind(extract, text, "resign")


def test_meeting_the_leader_of_a_party_named_after_a_comma(extract):
    text = "She is due to meet the leader of the Islands Party, Maria Holm, on Monday."
    assert [t for _, t in of_kind(extract, "Karl Dansen spoke. " + text, "meet")] == ["Maria Holm"]


def test_an_adverb_after_won_is_no_object(extract):
    text = "Unity president Maria Holm, who won easily from Northfield unlike her son, said the verdict was clear."
    assert ("Maria Holm", None) in of_kind(extract, text, "win")
    assert not of_kind(extract, "The Unity Party won easily 20 seats.", "win")  # still a seat total


def test_a_participle_with_its_agent_is_passive(extract):
    text = "Karl Dansen saw Labour categorically defeated by the Conservatives on Thursday."
    assert of_kind(extract, text, "lose") == [("Labour Party", "Conservative Party")]
    assert not of_kind(extract, text, "win") or ("Labour Party", None) not in of_kind(extract, text, "win")


def test_declared_winner_in_a_headline_without_was(extract):
    assert of_kind(extract, "Conservative Karl Dansen declared winner in Northfield.", "win") == [("Karl Dansen", None)]
    assert not of_kind(extract, "The commission declared the winner on Sunday.", "win")
