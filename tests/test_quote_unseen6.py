"""Attribution constructions met on unseen news (round 6, issue 13): the cases where they must not fire, and the
shared-title cases. The speaker cases themselves are a table in test_quote_constructions.py
(FRONTED_AND_INSERTED_CASES)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _quotes import one  # noqa: E402


# -- an inserted prepositional phrase between the name and the verb -------------------------------------------


def test_inserted_phrase_without_a_name_before_it(trained_quotes):
    # the words before the inserted phrase are no name: no speaker is invented from them
    text = "\u201cThe port will reopen soon,\u201d in the view of many, the statement said nothing new.\n"
    qs = trained_quotes(text)
    assert all(q.speaker != "in the view of many" for q in qs)


# -- a quote that opens its sentence, its attribution typed without the comma (or the space) ------------------


def test_title_in_marks_inside_a_sentence_is_not_attributed(trained_quotes):
    # the quote does not open its sentence and no comma closes it: a title, not speech
    text = "Fans of the drama \u201cHarbour Lights\u201d said the series ended too soon.\n"
    qs = trained_quotes(text)
    assert not any("Harbour Lights" == q.quote.strip("\u201c\u201d") and q.speaker for q in qs)


# -- a title two people hold: the holder the narration mentioned last -------------------------------------------


@pytest.mark.parametrize("last, expected", [("Roe", "Roe"), ("Reyes", "Tomas Reyes")])
def test_shared_title_goes_to_the_last_mentioned_holder(trained_quotes, last, expected):
    other = "Reyes" if last == "Roe" else "Roe"
    text = (f"Talks held\nPresident Roe spoke with Vesk President Tomas Reyes on Friday.\n{other} has written to "
            f"{last} since taking office.\n{last} has answered, and on Friday said he would act.\n"
            "\u201cThe test will be real action,\u201d the president said.\n")
    assert one(trained_quotes(text), "real action").speaker == expected
