"""Round 17 of quotes and speakers: constructions from the speaker misses of UNSEEN-19 (studied this round), with
invented sentences and the sentences beside them where the construction must not change anything.

1. "'...,' the 81-year-old American premier said": an age description that carries a country's word is the person
   the article tied to that country ("US President Mara Voss"), not the last person named; without a country word
   it still points back like a pronoun.
2. "Sir Anton Hale has spoken to US President Mara Voss since becoming Prime Minister": the role a person becomes
   (the subject of "become", or of the clause a "becoming" phrase hangs on; "Ana Roe, who became president") is
   theirs, so "the Prime Minister said" later is that person.

From UNSEEN-20 (studied after it was measured):
3. '"...," Ivo Brandt was quoted by Kyodo News as saying': the passive's subject is quoted, not the source after "by".
4. "Tokyo Gov. Yuriko Koike", "Sen. Ana Roe": an abbreviated title (data/quotes/titles.json role_aliases) and the
   place of the office before a title are no part of the speaker's name.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _quote_rows import assert_speaker, quote_speakers as _quotes  # noqa: E402


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
    # 3. "X was quoted by <source> as saying": the one quoted speaks, not the source
    ("Ostria votes\n\n“This is a very harsh result,” Ivo Brandt was quoted by Kyodo News as saying.\n", "This is a",
     "Ivo Brandt"),
    # must not change: "<source> quoted X as saying"
    ("Ostria votes\n\n“This is a very harsh result,” Kyodo News quoted Ivo Brandt as saying.\n", "This is a", "Ivo Brandt"),
    # 4. an abbreviated title and the place of the office before it are no part of the name
    ("Ostria votes\n\nTokyo Gov. Yuriko Koike’s party won the vote on Sunday.\n\n“The result is much better than we "
     "had expected,” Koike said in an interview.\n", "The resul", "Yuriko Koike"),
    ("Ostria votes\n\n“We will govern,” Sen. Ana Roe said.\n", "We will g", "Ana Roe"),
])
def test_round17_speakers(extract, text, quote, speaker):
    assert_speaker(extract, text, quote, speaker)


def test_round17_becoming_a_member_is_no_role(extract):
    # must not fire: "becoming a member" gives no title
    text = ("Ostria votes\n\nIvo Brandt spoke to Ana Roe after becoming a member of the club.\n\n\"We agree,\" the "
            "president said.\n")
    assert _quotes(extract, text)["We agree,"] != "Ivo Brandt"
