"""Round 16 of quotes and speakers: constructions from the quote misses of UNSEEN-17 (studied this round), with
invented sentences and the sentences beside them where the construction must not change anything.

1. 'Opposition parties on Sunday accused the government of "rigging"': in reported speech too, a time phrase ending
   the words before the speech verb is no speaker ("Sunday"); the subject before it is.
2. 'Voss said: "We spoke several times," adding: "A phone conversation is never enough."': a participle of speech
   opening the words between two quotes introduces a second quote of the same speaker; the two are not one quote
   split by its attribution (as '"A," she said, "b."' is).
"""

from __future__ import annotations

import pytest


def _quotes(extract, text):
    return {c.quote[:9]: c.speaker for c in extract(text) if c.type == "quote"}


@pytest.mark.parametrize("text, quote, speaker", [
    # 1. a time phrase in reported speech
    ("Ostria votes\n\nOpposition parties on Sunday accused the government of \"rigging\" in the regional elections.\n",
     "rigging", "Opposition parties"),
    ("Ostria votes\n\nAna Ruiz late on Tuesday accused the commission of \"cheating\".\n", "cheating", "Ana Ruiz"),
    # 2. a participle of speech between two quotes
    ("Ostria votes\n\nAna Ruiz, through a translator, said: \"We spoke over the phone several times,\" adding: \"A phone "
     "conversation is never enough.\"\n", "A phone c", "Ana Ruiz"),
    ("Ostria votes\n\nAna Ruiz, through a translator, said: \"We spoke over the phone several times,\" adding: \"A phone "
     "conversation is never enough.\"\n", "We spoke ", "Ana Ruiz"),
    # must not change: a quote split by its attribution stays one
    ("Ostria votes\n\n\"We will govern,\" Ana Ruiz said, \"for everyone.\"\n", "We will g", "Ana Ruiz"),
])
def test_round16_speakers(extract, text, quote, speaker):
    quotes = _quotes(extract, text)
    assert quotes[quote] == speaker, quotes


def test_round16_adding_makes_two_quotes(extract):
    text = ("Ostria votes\n\nAna Ruiz, through a translator, said: \"We spoke over the phone several times,\" adding: "
            "\"A phone conversation is never enough.\"\n")
    assert len([c for c in extract(text) if c.type == "quote"]) == 2
    # must not fire: an attribution between the parts of one sentence joins them
    split = "Ostria votes\n\n\"We will govern,\" Ana Ruiz said, \"for everyone.\"\n"
    quotes = [c for c in extract(split) if c.type == "quote"]
    assert len(quotes) == 1 and "for everyone" in quotes[0].quote


def test_round16_no_time_word_speaks(extract):
    # must not fire: "Sunday" is never a speaker
    text = "Ostria votes\n\nOpposition parties on Sunday accused the government of \"rigging\" in the regional elections.\n"
    assert all(c.speaker != "Sunday" for c in extract(text) if c.type == "quote")
