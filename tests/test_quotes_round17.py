"""Round 17 of quotes and speakers: constructions from the speaker misses of UNSEEN-19 (studied this round), with
invented sentences and the sentences beside them where the construction must not change anything.

1. "'...,' the 81-year-old American premier said": an age description that carries a country's word is the person
   the article tied to that country ("US President Mara Voss"), not the last person named; without a country word
   it still points back like a pronoun.
2. "Sir Anton Hale has spoken to US President Mara Voss since becoming Prime Minister": the role a person becomes
   (the subject of "become", or of the clause a "becoming" phrase hangs on; "Ana Roe, who became president") is
   theirs, so "the Prime Minister said" later is that person.
"""

from __future__ import annotations

import pytest


def _quotes(extract, text):
    return {c.quote[:9]: c.speaker for c in extract(text) if c.type == "quote"}


CALL = ("Sir Anton Hale has released a clip of his first conversation with US President Mara Voss since becoming Prime "
        "Minister on Friday.\n\n"
        "'Mr Prime Minister, congratulations,' the 81-year-old American premier said in a short call.\n\n"
        "'Thank you, Madam President,' the Prime Minister said.\n\n"
        "'Firstly the relationship is the bedrock of our security,' the Prime Minister said, rounding off the clip "
        "with an assurance of continued relations under Mara Voss's presidency.\n")


@pytest.mark.parametrize("quote, speaker", [
    ("Mr Prime ", "Mara Voss"),   # 1. the age description with a country's word
    ("Thank you", "Anton Hale"),  # 2. the role he became
    ("Firstly t", "Anton Hale"),  # 2. (not the person named after the attribution)
])
def test_round17_country_descriptions_and_roles_become(extract, quote, speaker):
    quotes = _quotes(extract, CALL)
    assert quotes[quote] == speaker, quotes


@pytest.mark.parametrize("text, quote, speaker", [
    # 2. "who became": the relative clause's head
    ("Ostria votes\n\nAna Roe, who became president in 2020, met Ivo Brandt on Monday.\n\n\"We agree,\" the president "
     "said.\n", "We agree,", "Ana Roe"),
    # must not change: an age description with no country word points back to the last speaker
    ("Ostria votes\n\n\"We will win,\" Ivo Brandt said on Monday.\n\n\"The count is fair,\" the 71-year-old veteran "
     "added.\n", "The count", "Ivo Brandt"),
])
def test_round17_speakers(extract, text, quote, speaker):
    quotes = _quotes(extract, text)
    assert quotes[quote] == speaker, quotes


def test_round17_becoming_a_member_is_no_role(extract):
    # must not fire: "becoming a member" gives no title
    text = ("Ostria votes\n\nIvo Brandt spoke to Ana Roe after becoming a member of the club.\n\n\"We agree,\" the "
            "president said.\n")
    assert _quotes(extract, text)["We agree,"] != "Ivo Brandt"
