"""Event constructions met on unseen news (round 6, issue 13): invented sentences, with the cases where the
construction must not fire."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _events import actors_of, of_kind  # noqa: E402


# -- a hyphenated adjective is no verb ----------------------------------------------------------------------


def test_so_called_is_no_call(extract):
    assert not of_kind(extract, "Tomas Halvik, the so-called Vesk Napoleon, leads the Dune Party.", "call")


def test_a_real_call_still_counts(extract):
    assert of_kind(extract, "Tomas Halvik called Ana Berru on Friday.", "call") == [("Tomas Halvik", "Ana Berru")]


# -- the partner of a phone conversation follows the whole trigger ------------------------------------------


@pytest.mark.parametrize("text, target", [
    ("President Tomas Halvik spoke over the phone Friday with Dune President Ana Berru.", "Ana Berru"),
    ("Tomas Halvik spoke on the phone with Ana Berru on Friday.", "Ana Berru"),
])
def test_phone_partner_after_the_trigger(extract, text, target):
    assert [t for _, t in of_kind(extract, text, "call")] == [target]


def test_phone_call_about_a_place_has_no_partner(extract):
    assert of_kind(extract, "Tomas Halvik spoke by phone about Vesk on Friday.", "call") in ([], [("Tomas Halvik", None)])


# -- a curly n’t negates ------------------------------------------------------------------------------------


def test_curly_negation(extract):
    assert not of_kind(extract, "Ana Berru didn\u2019t resign on Monday.", "resign")
    assert of_kind(extract, "Ana Berru resigned on Monday.", "resign") == [("Ana Berru", None)]


# -- a subjectless adverbial infinitive / passive participle belongs to the main clause's subject -------------


def test_purpose_infinitive_takes_the_main_subject(extract):
    evs = of_kind(extract, "Ana Berru then met with President Tomas Halvik to officially step down.", "resign")
    assert evs == [("Ana Berru", None)]


def test_since_being_elected_takes_the_main_subject(extract):
    evs = of_kind(extract, "Ana Berru has exchanged letters with Tomas Halvik since being elected premier in June.", "win")
    assert all(a == "Ana Berru" for a, _ in evs) and evs


def test_object_control_is_not_changed(extract):
    # "asked Y to step down": Y's resignation is asked for (no event of the asker's)
    assert ("Tomas Halvik", None) not in of_kind(extract, "Tomas Halvik asked Ana Berru to step down.", "resign")


# -- a name that only modifies the subject group does not act ------------------------------------------------


@pytest.mark.parametrize("text", [
    "Prime Minister Ana Berru\u2019s ruling coalition won a resounding victory in Sunday\u2019s election.",
    "The opposition headed by party leader Tomas Halvik won Monday\u2019s election.",
    "Opposition to the Vesk Prime Minister Ana Berru wins the election with a small margin.",
])
def test_name_modifying_the_subject_is_no_actor(extract, text):
    assert not of_kind(extract, text, "win")


@pytest.mark.parametrize("text, actor", [
    ("The party\u2019s leader, Ana Berru, won the election.", "Ana Berru"),
    ("Dune Party leader Ana Berru won the election.", "Ana Berru"),
    ("Ana Berru\u2019s Dune Party won the election.", "Dune Party"),
])
def test_the_subject_itself_still_acts(extract, text, actor):
    assert actors_of(extract, text, "win") == [actor]


# -- a one-word dateline is no actor ---------------------------------------------------------------------------


def test_dateline_in_capitals_is_no_actor(extract):
    text = "Vesk votes\nVESK, Kyodo - Vesk\u2019s ruling party earned a landslide victory in Wednesday\u2019s election.\n"
    assert ("VESK", None) not in of_kind(extract, text, "win")


def test_capitalised_party_opening_a_paragraph_still_acts(extract):
    text = "Vesk votes\nThe count ended.\nDUNE won the election on Sunday, beating the Harbour Party.\n"
    assert actors_of(extract, text, "win") == ["DUNE"]


# -- accusations without a named target ---------------------------------------------------------------------


def test_alleged_that_and_condemned(extract):
    assert of_kind(extract, "Ana Berru has alleged that the polls had been rigged.", "accuse") == [("Ana Berru", None)]
    assert of_kind(extract, "Mira Kolt condemned a pact between the two parties.", "accuse") == [("Mira Kolt", None)]


def test_condemnation_as_a_noun_is_no_trigger(extract):
    assert not of_kind(extract, "The condemnation was swift.", "accuse")
