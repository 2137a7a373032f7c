"""Attribution constructions met on unseen news (round 6, issue 13), each with invented sentences and the
cases where the construction must not fire."""

from __future__ import annotations

import pytest

from claimx.extract import extract_text


@pytest.fixture(scope="module")
def quotes(nlp):
    def _quotes(text: str):
        return [c for c in extract_text(nlp, text, "t.txt") if c.type == "quote"]

    return _quotes


def one(qs, fragment: str):
    hits = [q for q in qs if fragment in q.quote]
    assert len(hits) == 1, [(q.quote, q.speaker) for q in qs]
    return hits[0]


# -- a fronted participle clause or prepositional phrase is not the subject ------------------------------------


def test_fronted_participle_clause_is_not_the_speaker(quotes):
    text = ("Voters gathered in Vesk.\nConceding defeat, Tomas Halvik congratulated Ana Berru on her win and asked "
            "her to \u201clook after the harbour with care\u201d.\n")
    q = one(quotes(text), "harbour")
    assert q.speaker == "Tomas Halvik"


def test_fronted_prepositional_phrase_then_pronoun(quotes):
    text = ("Mira Kolt leads the Dune Party.\nDue to the party\u2019s poor result in the vote, she said the count "
            "was unfair and condemned a \u201cpact of shame.\u201d\n")
    q = one(quotes(text), "pact of shame")
    assert q.speaker == "Mira Kolt"


def test_capitalised_ing_name_stays_a_subject(quotes):
    # a name ending in -ing ("Jo Manning") is no participle clause
    text = "Manning said the plan was \u201ca disgrace to the valley\u201d.\n"
    q = one(quotes(text), "disgrace")
    assert q.speaker == "Manning"


# -- an inserted prepositional phrase between the name and the verb -------------------------------------------


def test_inserted_prepositional_phrase(quotes):
    text = ("\u201cWe waited and we worked and now we can say it: we did it!,\u201d Halvik, in all likelihood the "
            "next premier, told cheering supporters.\n")
    q = one(quotes(text), "we did it")
    assert q.speaker == "Halvik"


def test_inserted_phrase_without_a_name_before_it(quotes):
    # the words before the inserted phrase are no name: no speaker is invented from them
    text = "\u201cThe port will reopen soon,\u201d in the view of many, the statement said nothing new.\n"
    qs = quotes(text)
    assert all(q.speaker != "in the view of many" for q in qs)


# -- a quote that opens its sentence, its attribution typed without the comma (or the space) ------------------


def test_glued_attribution_after_closing_mark(quotes):
    text = ("The mood was festive.\n\u201cVesk sent a message that the old bloc has failed\u201dsaid Halvik. "
            "\u201cMany more want Vesk to move on\u201dhe declared.\n")
    qs = quotes(text)
    assert one(qs, "old bloc").speaker == "Halvik"
    assert one(qs, "move on").speaker == "Halvik"


def test_attribution_without_comma(quotes):
    text = "\u201cWe have won the valley\u201d said Ana Berru on Sunday.\n"
    assert one(quotes(text), "valley").speaker == "Ana Berru"


def test_title_in_marks_inside_a_sentence_is_not_attributed(quotes):
    # the quote does not open its sentence and no comma closes it: a title, not speech
    text = "Fans of the drama \u201cHarbour Lights\u201d said the series ended too soon.\n"
    qs = quotes(text)
    assert not any("Harbour Lights" == q.quote.strip("\u201c\u201d") and q.speaker for q in qs)


# -- a title two people hold: the holder the narration mentioned last -------------------------------------------


@pytest.mark.parametrize("last, expected", [("Roe", "Roe"), ("Reyes", "Tomas Reyes")])
def test_shared_title_goes_to_the_last_mentioned_holder(quotes, last, expected):
    other = "Reyes" if last == "Roe" else "Roe"
    text = (f"Talks held\nPresident Roe spoke with Vesk President Tomas Reyes on Friday.\n{other} has written to "
            f"{last} since taking office.\n{last} has answered, and on Friday said he would act.\n"
            "\u201cThe test will be real action,\u201d the president said.\n")
    assert one(quotes(text), "real action").speaker == expected


def test_one_holder_of_a_title_is_unchanged(quotes):
    text = ("Talks held\nPresident Roe met Tomas Reyes on Friday.\nReyes spoke first.\n"
            "\u201cThe test will be real action,\u201d the president said.\n")
    assert one(quotes(text), "real action").speaker == "Roe"
