"""Round 16 of quotes and speakers: constructions from the quote misses of UNSEEN-17 (studied this round), with
invented sentences and the sentences beside them where the construction must not change anything.

1. 'Opposition parties on Sunday accused the government of "rigging"': in reported speech too, a time phrase ending
   the words before the speech verb is no speaker ("Sunday"); the subject before it is.
2. 'Voss said: "We spoke several times," adding: "A phone conversation is never enough."': a participle of speech
   opening the words between two quotes introduces a second quote of the same speaker; the two are not one quote
   split by its attribution (as '"A," she said, "b."' is).
3. A speech whose paragraphs each open with a mark and never close ends with its last marked paragraph when a
   paragraph of narration with no mark follows: a later paragraph opening with a mark is a new quote ('"... to
   resign, Ruiz said in her statement. // Brandt told his ministers ... // "I want to thank you," he said.'), not a
   continuation of the speech.
4. '"...", said, more specifically, Ana Ruiz to broadcasters': an adverbial aside between commas after an inverted
   speech verb, then the name.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _quote_rows import assert_speaker, quote_speakers as _quotes  # noqa: E402


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
    assert_speaker(extract, text, quote, speaker)


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


SPEECH = """Ostrian prime minister resigns

Prime Minister Ana Ruiz has announced her resignation to President Ivo Brandt on Wednesday.

Ruiz, a close ally of Ivo Brandt, said she was resigning following the president's decision to make \u201cdeep changes to the constitution\u201d,

\u201cThe reforms are changing the balance of power. We, as the government, must empower the president.

\u201cAnd in these conditions, I believe that it would be right for the government to resign, Ruiz said in her statement, which was aired on state television.

Brandt, reacting, told his outgoing prime minister to dispatch current business until a new team is appointed.

\u201cI want to thank you for all that has been done,\u201d he said.
"""


@pytest.mark.parametrize("quote, speaker", [
    # 3. the speech ends before the narration paragraph; the next marked paragraph is a new quote
    ("The refor", "Ana Ruiz"),
    ("And in th", "Ana Ruiz"),
    ("I want to", "Ivo Brandt"),
])
def test_round16_a_speech_ends_before_narration(extract, quote, speaker):
    quotes = _quotes(extract, SPEECH)
    assert quotes[quote] == speaker, quotes


def test_round16_said_aside_name(extract):
    # 4.
    text = ("Ostria summons ambassador\n\n\u201cIt is not in our interest to hold debates with the authorities because "
            "the statements are lies\u201d, said, more specifically, Ana Ruiz to broadcasters.\n")
    assert _quotes(extract, text)["It is not"] == "Ana Ruiz"
