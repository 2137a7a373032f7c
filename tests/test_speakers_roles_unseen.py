"""Speaker and event constructions of issue 13 found on real reaction and resignation stories (round 5), each on
invented sentences with fictional people, parties and places, with sentences where nothing (or no name) may be
given: a role named with a country word ("the French president") is the person introduced with that country's
word; a definite role right after a paragraph whose subject is a person is that person; a long "The Chairman of
..., Name," apposition binds the title to the name; a bare capitalised title is nobody; a possessive pronoun and
a prepositional object are never an event's actor."""

from __future__ import annotations

import pytest

from claimx.extract import extract_text


@pytest.fixture(scope="module")
def claims(nlp):
    def _claims(text: str, type_: str):
        return [c for c in extract_text(nlp, text, "t.txt") if c.type == type_]

    return _claims


def speaker_of(quotes, fragment: str):
    hits = [q for q in quotes if fragment in q.quote]
    assert len(hits) == 1, [q.quote for q in quotes]
    return hits[0].speaker


# ---------------------------------------------------------------- roles named with a country word

TWO_PRESIDENTS = (
    "Leaders hail winner\n\n"
    "Shortly after the count, American President Dan Cole said, \u201cI send my congratulations.\u201d\n\n"
    "French leader Marc Aubert also offered his good wishes.\n\n"
    "\u201cTogether, we will join forces,\u201d the French President said after the result.\n"
)


def test_country_word_role_is_the_person_introduced_with_that_country(claims):
    quotes = claims(TWO_PRESIDENTS, "quote")
    # (not the last "President" the article named: that one is American)
    assert speaker_of(quotes, "join forces") == "Marc Aubert"
    assert speaker_of(quotes, "my congratulations") == "Dan Cole"


def test_country_word_role_across_titles(claims):
    text = (
        "Talks in Osk\n\n"
        "Prime Minister Alma Grunt met Chinese President Li Wen in Osk on Monday.\n\n"
        "\u201cNow the relationship has embarked on the right path,\u201d the Chinese leader told the delegation.\n"
    )
    assert speaker_of(claims(text, "quote"), "right path") == "Li Wen"


def test_country_word_role_no_one_holds_stays_unknown(claims):
    # the article introduces nobody as Brazilian: the Brazilian president is not the (French) president it named
    text = (
        "Summit ends\n\n"
        "French President Marc Aubert left the summit early on Friday.\n\n"
        "Later, the Brazilian president said: \u201cWe will keep talking to everyone at this table.\u201d\n"
    )
    assert speaker_of(claims(text, "quote"), "keep talking") is None


# ---------------------------------------------------------------- a definite role after a paragraph about a person

def test_role_after_a_paragraph_whose_subject_is_a_person(claims):
    text = (
        "Talks in Osk\n\n"
        "Prime Minister Alma Grunt met President Li Wen in Osk on Monday.\n\n"
        "In opening remarks, Li acknowledged the work the Grunt government had done.\n\n"
        "\u201cNow the relationship has embarked on the right path,\u201d the leader told the delegation.\n"
    )
    assert speaker_of(claims(text, "quote"), "right path") == "Li Wen"


def test_role_after_a_paragraph_about_someone_with_another_role(claims):
    # the paragraph before is about the opposition leader: "the prime minister" is not her
    text = (
        "Budget vote\n\n"
        "Opposition leader Mara Toll attacked the budget on Monday.\n\n"
        "\u201cWe have kept every promise we made,\u201d the prime minister said.\n"
    )
    assert speaker_of(claims(text, "quote"), "every promise") != "Mara Toll"


# ---------------------------------------------------------------- titles in long appositions, bare titles

def test_long_of_phrase_title_before_a_name_in_commas(claims):
    text = (
        "Dinner in Osk\n\n"
        "The Chairman of the Standing Committee of the Osk People's Assembly, Leo Brant, welcomed Premier Kim Dahl "
        "in his first meeting and said the two countries are \u201cat a new starting point\u201d.\n"
    )
    assert speaker_of(claims(text, "quote"), "starting point") == "Leo Brant"


def test_bare_capitalised_title_names_nobody(claims):
    text = "Dinner in Osk\n\nThe Chairman said the two countries are \u201cat a new starting point\u201d after years of disputes.\n"
    quotes = claims(text, "quote")
    assert all(q.speaker != "Chairman" for q in quotes)


# ---------------------------------------------------------------- event actors

def test_possessive_pronoun_actor_is_the_person_it_points_to(claims):
    text = "Crisis in Velo\n\nPrime Minister Ivo Rask has resigned.\n\nHis resignation was handed to the king on Saturday.\n"
    actors = [e.actor for e in claims(text, "event") if e.kind == "resign"]
    assert actors and all(a == "Ivo Rask" for a in actors), actors


def test_possessive_tied_to_a_nationality_word_is_no_actor(claims):
    text = "Talks in Osk\n\nThe Chinese president said his meeting with Ivo Rask marked a new beginning.\n"
    assert all(e.actor not in ("Chinese", "his", "His") for e in claims(text, "event"))


@pytest.mark.parametrize("text, actor", [
    ("Leaders hail winner\n\nUS President Dan Cole took to Twitter to congratulate Ana Pell on her victory.\n", "Dan Cole"),
    ("Leaders hail winner\n\nPremier Kim Dahl went on Velo Radio to congratulate Ana Pell.\n", "Kim Dahl"),
])
def test_prepositional_object_is_not_the_actor(claims, text, actor):
    found = [(e.actor, e.target) for e in claims(text, "event") if e.kind == "congratulate"]
    assert found == [(actor, "Ana Pell")], found


def test_role_after_a_paragraph_is_the_one_quoted_there_not_a_subordinate_subject(claims):
    text = (
        "Visit to Osk\n\n"
        "Mr Grunt said the visit was \u201ca historic time for me\u201d as it marks 50 years since Ivo Rask was the "
        "first Velorian premier to visit Osk.\n\n"
        "\u201cThe progress we have made has been very positive,\u201d the premier said.\n"
    )
    assert speaker_of(claims(text, "quote"), "progress we have made") == "Grunt"


# ---------------------------------------------------------------- "was quoted as saying" after a long role phrase

def test_quoted_as_saying_after_a_long_titled_name(claims):
    text = (
        "Result confirmed\n\n"
        "\u201cBased on provisional results, Ana Pell has been elected president,\u201d Supreme Election Board chairman "
        "Piet Vos was quoted as saying by the Velo state news agency.\n"
    )
    assert speaker_of(claims(text, "quote"), "provisional results") == "Piet Vos"


def test_nine_words_before_said_are_no_attribution_without_quoted_as(claims):
    # (the reach grows only for "was quoted as saying": a long narrative clause ending in "said" stays out)
    text = (
        "Result confirmed\n\n"
        "\u201cA new dawn for all of Velo,\u201d read the banner as the crowd of cheering young supporters in the "
        "square said nothing.\n"
    )
    assert all(q.speaker is None for q in claims(text, "quote"))


# ---------------------------------------------------------------- a possessive in what someone was told

def test_possessive_in_what_a_person_was_told_is_the_addressee(claims):
    text = "Leaders hail winner\n\nPremier Kim Dahl told Ana Pell that her win was the logical result of her work.\n"
    wins = [e.actor for e in claims(text, "event") if e.kind == "win"]
    assert wins == ["Ana Pell"], wins


def test_possessive_in_what_reporters_were_told_is_the_teller(claims):
    text = "Crisis in Velo\n\nPrime Minister Ivo Rask told reporters that his resignation was final.\n"
    actors = [e.actor for e in claims(text, "event") if e.kind == "resign"]
    assert actors and all(a == "Ivo Rask" for a in actors), actors


# ---------------------------------------------------------------- a described name with a relative clause before "said"

def test_described_name_with_relative_clause_before_said(claims):
    text = (
        "Result\n\n"
        "\u201cVelo will be back,\u201d his brother and former premier Tomas Rask, who is currently in Osk, said on "
        "Tuesday.\n"
    )
    assert speaker_of(claims(text, "quote"), "Velo will be back") == "Tomas Rask"


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


# ---------------------------------------------------------------- modality of a relative clause

def test_relative_clause_keeps_its_own_tense(claims):
    text = (
        "Visit\n\n"
        "Ivo Rask, who met with President Ana Pell earlier in the day, is scheduled to begin his address at 7:30 p.m.\n"
    )
    meets = [e.modality for e in claims(text, "event") if e.kind == "meet"]
    assert meets == ["asserted"], meets


def test_scheduled_meeting_is_still_planned(claims):
    text = "Visit\n\nIvo Rask is scheduled to meet President Ana Pell on Friday.\n"
    meets = [e.modality for e in claims(text, "event") if e.kind == "meet"]
    assert meets == ["planned"], meets


# ---------------------------------------------------------------- a country is no party named after it

def test_country_target_is_not_a_party_with_its_name_in_capitals(claims):
    # (the party data lists an Indian alliance whose acronym spells INDIA)
    text = "Envoy expelled\n\nPrime Minister Ivo Rask has accused India of meddling in the vote.\n"
    targets = [e.target for e in claims(text, "event") if e.kind == "accuse"]
    assert targets == ["India"], targets


def test_party_written_in_capitals_stays_the_party(claims):
    text = "Vote\n\nIvo Rask accused the INDIA bloc of fraud.\n"
    targets = [e.target for e in claims(text, "event") if e.kind == "accuse"]
    assert targets == ["INDIA bloc"], targets


# ---------------------------------------------------------------- "the 73-year-old" as an event's actor

def test_age_description_acts_for_the_person_it_points_to(claims):
    text = (
        "Visit\n\nFormer premier Tom Bell, 73, returned to Osk on Saturday.\n\n"
        "The 73-year-old met President Ana Roe on Sunday.\n"
    )
    meets = [(e.actor, e.target) for e in claims(text, "event") if e.kind == "meet"]
    assert meets == [("Tom Bell", "Ana Roe")], meets


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
    assert speaker_of(quotes, "absurd") == "Velorian foreign ministry"
    assert quotes[0].speaker_kind == "organization"


def test_a_statement_no_one_issued_names_no_one(claims):
    text = (
        "Ministry reacts\n\nThe talks in Osk ended on Monday.\n\n"
        "\u201cAllegations of our involvement are absurd and motivated,\u201d the statement said.\n"
    )
    assert speaker_of(claims(text, "quote"), "absurd") is None


def test_ministry_of_x_of_country_is_the_whole_name(claims):
    text = (
        "Ministry reacts\n\nIn a statement, the Ministry of External Affairs of Velo said:\n\n"
        "\u201cAllegations of our involvement in any act of violence are absurd and motivated.\u201d\n"
    )
    assert speaker_of(claims(text, "quote"), "absurd") == "Ministry of External Affairs of Velo"


# ---------------------------------------------------------------- titles of the same office

def test_the_premier_is_the_prime_minister_the_article_named(claims):
    text = (
        "Vote\n\nPrime Minister Ana Roe spoke to reporters after the vote. Her deputy, Tom Bell, stood beside her.\n\n"
        "\u201cWe have won,\u201d the premier said.\n"
    )
    assert speaker_of(claims(text, "quote"), "We have won") == "Ana Roe"


def test_the_premier_is_nobody_when_two_prime_ministers_are_named(claims):
    text = (
        "Summit\n\nPrime Minister Ana Roe met Prime Minister Ivo Rask in Osk. They spoke for an hour.\n\n"
        "Reporters waited outside. \u201cWe have agreed on everything,\u201d the premier said.\n"
    )
    assert speaker_of(claims(text, "quote"), "agreed on everything") is None


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
