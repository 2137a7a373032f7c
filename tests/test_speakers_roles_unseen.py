"""Speaker and event constructions of issue 13 found on real reaction and resignation stories (round 5), each on
invented sentences with fictional people, parties and places, with sentences where nothing (or no name) may be
given (the speaker cases themselves are tables in test_quote_constructions.py, COUNTRY_ROLE_AND_OFFICE_CASES):
a role named with a country word ("the French president") is the person introduced with that country's
word; a definite role right after a paragraph whose subject is a person is that person; a long "The Chairman of
..., Name," apposition binds the title to the name; a bare capitalised title is nobody; a possessive pronoun and
a prepositional object are never an event's actor."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _quotes import one  # noqa: E402


# ---------------------------------------------------------------- a definite role after a paragraph about a person


def test_role_after_a_paragraph_about_someone_with_another_role(claims):
    # the paragraph before is about the opposition leader: "the prime minister" is not her
    text = (
        "Budget vote\n\n"
        "Opposition leader Mara Toll attacked the budget on Monday.\n\n"
        "\u201cWe have kept every promise we made,\u201d the prime minister said.\n"
    )
    assert one(claims(text, "quote"), "every promise").speaker != "Mara Toll"


# ---------------------------------------------------------------- titles in long appositions, bare titles


def test_bare_capitalised_title_names_nobody(claims):
    text = "Dinner in Osk\n\nThe Chairman said the two countries are \u201cat a new starting point\u201d after years of disputes.\n"
    quotes = claims(text, "quote")
    assert all(q.speaker != "Chairman" for q in quotes)


# ---------------------------------------------------------------- event actors


def test_possessive_tied_to_a_nationality_word_is_no_actor(claims):
    text = "Talks in Osk\n\nThe Chinese president said his meeting with Ivo Rask marked a new beginning.\n"
    assert all(e.actor not in ("Chinese", "his", "His") for e in claims(text, "event"))


# ---------------------------------------------------------------- event fields, one construction a row
# (text, kind, fields, the distinct values those fields take over the events of that kind, sorted)
EVENT_CASES = [
    # a possessive pronoun points to the person; in what a person was told, to the addressee; to reporters, the teller
    pytest.param("Crisis in Velo\n\nPrime Minister Ivo Rask has resigned.\n\nHis resignation was handed to the king on "
                 "Saturday.\n", "resign", ("actor",), [("Ivo Rask",)], id="possessive_pronoun_actor"),
    pytest.param("Leaders hail winner\n\nPremier Kim Dahl told Ana Pell that her win was the logical result of her work.\n",
                 "win", ("actor",), [("Ana Pell",)], id="possessive_in_what_a_person_was_told"),
    pytest.param("Crisis in Velo\n\nPrime Minister Ivo Rask told reporters that his resignation was final.\n",
                 "resign", ("actor",), [("Ivo Rask",)], id="possessive_in_what_reporters_were_told"),
    # a prepositional object before an infinitive ("took to Twitter to congratulate") is no actor
    pytest.param("Leaders hail winner\n\nUS President Dan Cole took to Twitter to congratulate Ana Pell on her victory.\n",
                 "congratulate", ("actor", "target"), [("Dan Cole", "Ana Pell")], id="prepositional_object_twitter"),
    pytest.param("Leaders hail winner\n\nPremier Kim Dahl went on Velo Radio to congratulate Ana Pell.\n",
                 "congratulate", ("actor", "target"), [("Kim Dahl", "Ana Pell")], id="prepositional_object_radio"),
    # a relative clause keeps its own tense; "scheduled to meet" is planned
    pytest.param("Visit\n\nIvo Rask, who met with President Ana Pell earlier in the day, is scheduled to begin his address "
                 "at 7:30 p.m.\n", "meet", ("modality",), [("asserted",)], id="relative_clause_keeps_its_tense"),
    pytest.param("Visit\n\nIvo Rask is scheduled to meet President Ana Pell on Friday.\n", "meet", ("modality",),
                 [("planned",)], id="scheduled_meeting_is_planned"),
    # a country is no party named after it (the party data lists an alliance whose acronym spells INDIA)
    pytest.param("Envoy expelled\n\nPrime Minister Ivo Rask has accused India of meddling in the vote.\n", "accuse",
                 ("target",), [("India",)], id="country_target_is_no_party"),
    pytest.param("Vote\n\nIvo Rask accused the INDIA bloc of fraud.\n", "accuse", ("target",), [("INDIA bloc",)],
                 id="party_in_capitals_stays_the_party"),
    # "The 73-year-old" acts for the person it points back to
    pytest.param("Visit\n\nFormer premier Tom Bell, 73, returned to Osk on Saturday.\n\nThe 73-year-old met President Ana "
                 "Roe on Sunday.\n", "meet", ("actor", "target"), [("Tom Bell", "Ana Roe")], id="age_description_actor"),
]


@pytest.mark.parametrize("text, kind, fields, expected", EVENT_CASES)
def test_event_fields(claims, text, kind, fields, expected):
    got = sorted({tuple(getattr(e, f) for f in fields) for e in claims(text, "event") if e.kind == kind})
    assert got == expected, got


# ---------------------------------------------------------------- a long narrative clause before "said"


def test_nine_words_before_said_are_no_attribution_without_quoted_as(claims):
    # (the reach grows only for "was quoted as saying": a long narrative clause ending in "said" stays out)
    text = (
        "Result confirmed\n\n"
        "\u201cA new dawn for all of Velo,\u201d read the banner as the crowd of cheering young supporters in the "
        "square said nothing.\n"
    )
    assert all(q.speaker is None for q in claims(text, "quote"))


# ---------------------------------------------------------------- a lower-case description with commas before "said"


def test_lower_case_description_with_commas_names_nobody(claims):
    # (no capitalised word in the description: no one is named)
    text = (
        "Result\n\n"
        "\u201cThe count was fair and the result is final,\u201d the official, who asked not to be named, said on "
        "Tuesday.\n"
    )
    assert all(q.speaker in (None, "official") for q in claims(text, "quote"))


# ---------------------------------------------------------------- title-case headlines

def test_common_word_in_a_title_case_headline_is_no_actor(claims):
    text = (
        "Rask Bows to Pressure, Resigns as Velo's Premier\n\n"
        "OSK \u2013 Ivo Rask announced on Wednesday that he was stepping down as premier of Velo.\n"
    )
    actors = {e.actor for e in claims(text, "event") if e.kind == "resign"}
    assert "Pressure" not in actors and actors, actors


def test_name_in_a_title_case_headline_is_still_a_name(claims):
    text = "Rask Resigns as Velo's Premier\n\nOSK \u2013 Ivo Rask announced on Wednesday that he would go.\n"
    actors = {e.actor for e in claims(text, "event") if e.kind == "resign"}
    assert actors and all(a and "Rask" in a for a in actors), actors


# ---------------------------------------------------------------- "a 73-year-old voter" is nobody named


def test_age_inside_a_longer_noun_phrase_is_no_actor(claims):
    # "a 73-year-old voter": an unnamed person, not the one the article named
    text = "Visit\n\nFormer premier Tom Bell returned to Osk on Saturday.\n\nA 73-year-old voter met President Ana Roe.\n"
    meets = [e.actor for e in claims(text, "event") if e.kind == "meet"]
    assert "Tom Bell" not in meets, meets


# ---------------------------------------------------------------- organisations and documents as speakers

def test_the_statement_is_the_lower_case_organisation_that_issued_it(claims):
    text = (
        "Ministry reacts\n\nThe Velorian foreign ministry issued a statement on Monday.\n\n"
        "\u201cAllegations of our involvement are absurd and motivated,\u201d the statement said.\n"
    )
    quotes = claims(text, "quote")
    assert one(quotes, "absurd").speaker == "Velorian foreign ministry"
    assert quotes[0].speaker_kind == "organization"


# ---------------------------------------------------------------- congratulations carried by a message, and "for X"

@pytest.mark.parametrize("text", [
    "Leaders send congratulations\n\nPremier Kim Dahl also sent a message of congratulations to Ana Pell.\n",
    "Leaders send congratulations\n\nPremier Kim Dahl led the congratulations for Ana Pell on Sunday.\n",
])
def test_congratulations_in_a_message_and_for_someone(claims, text):
    found = [(e.actor, e.target) for e in claims(text, "event") if e.kind == "congratulate"]
    assert found == [("Kim Dahl", "Ana Pell")], found


def test_congratulations_for_a_deed_have_no_person_target(claims):
    text = "Leaders send congratulations\n\nPremier Kim Dahl sent congratulations for the smooth vote on Sunday.\n"
    found = [(e.actor, e.target) for e in claims(text, "event") if e.kind == "congratulate"]
    assert found == [("Kim Dahl", None)], found


def test_title_case_headline_verb_is_not_part_of_the_name(claims):
    text = (
        "Rask Cedes to Pressure, Resigns as Velo Premier\n\n"
        "OSK - Ivo Rask announced on Wednesday that he was stepping down as premier of Velo.\n\nRask had led Velo since 2019.\n"
    )
    actors = {e.actor for e in claims(text, "event") if e.kind == "resign"}
    assert actors and actors <= {"Rask", "Ivo Rask"}, actors


# ---------------------------------------------------------------- whose resignation is accepted; passive announcements

def test_accepted_his_resignation_is_someone_elses(claims):
    text = (
        "Premier quits\n\n\u201cThank you for everything,\u201d Mario Draghi told Parliament, where he was greeted with "
        "applause before meeting with President Sergio Mattarella, who accepted his resignation.\n"
    )
    found = [(e.actor, e.target) for e in claims(text, "event") if e.kind == "resign"]
    assert found == [("Mario Draghi", None)], found


def test_accepted_his_resignation_with_no_one_else_named_is_no_event(claims):
    text = "Premier quits\n\nPresident Sergio Mattarella accepted his resignation on Friday.\n"
    assert [e for e in claims(text, "event") if e.kind == "resign"] == []


def test_announced_his_resignation_is_still_his(claims):
    text = "Premier quits\n\nPremier Ivo Rask announced his resignation on Friday.\n"
    found = [e.actor for e in claims(text, "event") if e.kind == "resign"]
    assert found == ["Ivo Rask"], found


@pytest.mark.parametrize("text", [
    "Vote\n\nHer narrow victory over Ivo Rask was announced on Sunday.\n",
    "Vote\n\n\u201cWe will work together,\u201d Premier Ivo Rask said minutes after the result announcement.\n",
])
def test_a_passive_or_a_result_announcement_has_no_announcer(claims, text):
    assert [e for e in claims(text, "event") if e.kind == "announce"] == []
