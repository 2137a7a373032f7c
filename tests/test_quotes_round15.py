"""Round 15 of quotes and speakers: a construction from the speaker misses of the studied held-out sets, with
invented sentences and the sentences beside it where it must not change the speaker.

1. "“To the country, I am sorry. ... The former prime minister, who led the party to its biggest loss, continued:
   “I have heard your anger.”": a speaker the article gives no one by the description ("the former prime
   minister" when no one is called so), with a verb of going on ("continued", "added", "went on"), is the speaker of
   the quotation before (rule ``.../speaker:previous-quote-going-on``).
2. "Outgoing prime minister Ivo Brandt - whose party lost six seats - said on Sunday that the growth “shows that
   ...”": a dash-delimited aside between the speaker and the speech verb is skipped (the parser hangs the verb on the
   aside's own verb).
3. "An elated Harbour Party leader Ivo Brandt claimed victory, saying, “...”": an adjective or participle that
   modifies the subject's noun ("elated", which a tagger may call a verb) does not end the sentence's opening noun
   phrase.
4. '"...," Ostria PM Ivo Brandt [ who is facing a no-confidence vote ] said', '"...," Brandt, who is facing a vote that
   could see him ousted, said': a bracketed aside or a relative clause between the name and the verb after a quote.
5. 'X hailed the results as a "categorical victory," stating her party had won': a participle never inverts, so
   the words after it ("her party") are what was stated, not the speaker.
6. "The polling guru predicted that the parliament would be “a question of snap”": a definite description made of
   a person noun ("the pollster", "the polling guru", "the veteran politician") points back like a pronoun
   (data/quotes/titles.json ``person_anaphors``).
7. '"...," a readout from the White House on Thursday said': a time phrase ending the words before the verb is no
   speaker ("Thursday"); the readout's issuer is.
8. '"...," presidential spokesman Garba Shehu quoted Buhari.': after "quoted" / "cited", the one quoted (the object
   ending the clause) speaks.
9. '"...," declared party Secretary General and parliament president Ivo Brandt', '"...," said HP president and
   member of the party's council, Ana Ruiz': offices joined by "and" after an inverted verb, then the name.
10. '"I have conveyed my best wishes to Ana Ruiz." Brandt's admission of defeat came ...': a quote opening the
    paragraph right after a quoted speaker's paragraph, the narration after it naming no other person first, goes on
    with that speaker (not '"We will fight on." Opposition leader Ana Ruiz rejected the results').
11. "President Ana Ruiz noted, commenting on her party's result, that “...”": a participle aside with no subject
    of its own gives way to the finite speech verb before it.
12. 'The mum-of-one then spoke about her future plans. “To Neve, Mum is looking forward ...”': after a sentence
    whose main verb is one of speech, a quote sentence of the same paragraph is its subject's, first person or not;
    "the mum-of-one", "the father-of-two" point back like a pronoun.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _quote_rows import quote_speakers_and_rules as _quotes  # noqa: E402

GOING_ON = """Brandt resigns after defeat

Ostria's prime minister Ivo Brandt conceded defeat on Friday.

“To the country, I would like to say first and foremost, I am sorry.

“I have given this job my all.

The former prime minister, who led the party to its biggest-ever loss, continued: “I have heard your anger, and I take responsibility for this loss.”
"""

ASIDES = """Brandt sees plot ahead of vote

"It is now clear that the conspiracy has foreign links," Ostria PM Ivo Brandt [ who is facing a no-confidence vote in parliament ] said in a statement late Friday.

Embattled Ostrian Prime Minister Ivo Brandt has protested to the embassy.

"We have given a demarche to the embassy," Brandt, who is facing a no-confidence vote in parliament that could see him ousted, said during an interview late Friday.
"""

QUOTED = """Ostria congratulates Harbour

President Karl Brandt on Thursday congratulated Ana Ruiz "on her election," a readout from the Presidential Office on Thursday said.

“She is the best person for the job,” presidential spokesman Tomas Berg quoted Karl Brandt.

“The Harbour Party has been and will remain the first party of Ostria,” declared party Secretary General and parliament president Ivo Brandt.

“We were attacked on all fronts,” said HP president and member of the European People’s Party executive council, Ana Ruiz.
"""

GOES_ON = """Brandt concedes

"I thank all Ostrians once again for the great opportunity I was given to lead this country," he said in a statement after Ivo Brandt lost the vote.

"I have conveyed my personal best wishes to Ana Ruiz." Brandt's public admission of defeat came more than six hours after he rang Ruiz to concede.

President Ana Ruiz noted, commenting on her party's election result, that \u201cthe victory will be more convincing than the best forecasts.\u201d
"""


def _dash_aside(dash: str) -> str:
    return ("Ostria votes\n\nThe Green Front gained.\nOutgoing prime minister Ivo Brandt " + dash + " whose Harbour "
            "Party lost six seats " + dash + " said on Sunday that the growth \u201cshows that Ostria is not spared\u201d.\n")


# (article, the first nine characters of the quote, a speaker, whether the quote is that speaker's: True, or must
# not be given to that speaker: False)
@pytest.mark.parametrize("text, quote, speaker, is_theirs", [
    # 1. a verb of going on
    (GOING_ON, "I have he", "Ivo Brandt", True),
    # 2. dash asides
    (_dash_aside("-"), "shows tha", "Ivo Brandt", True),
    (_dash_aside("\u2013"), "shows tha", "Ivo Brandt", True),
    # 3. an attributive participle in the opening noun phrase
    ("Harbour Party wins\n\nThe Harbour Party won 22 seats.\n\nAn elated Harbour Party leader Dr Ivo Brandt claimed "
     "victory with the party\u2019s 22 seats around 10.31 pm, saying, \u201cTonight, against all odds, the party has "
     "once again gone into government.\u201d\n", "Tonight, ", "Ivo Brandt", True),
    # 4. asides between the name and the verb after a quote
    (ASIDES, "It is now", "Ivo Brandt", True),
    (ASIDES, "We have g", "Ivo Brandt", True),
    # 5. a participle never inverts
    ("Ostria votes\n\nThe Harbour Party won 32 seats. The Conservative Party obtained 18 seats.\nHarbour Party\u2019s "
     "presidential candidate for the upcoming May contest, Ana Ruiz, hailed the legislative results as a "
     "\"categorical victory,\" stating her party had become the primary force in Congress.\n", "categoric", "Ana Ruiz", True),
    # 6. a person description points back
    ("Path to majority closed\n\nThe path to a Harbour Party majority is now closed, Professor Ivo Brandt has said.\n\n"
     "The polling guru predicted that the parliament would almost be \u201ca question of snap\u201d, with the Tories "
     "returning 31 seats.\n", "a questio", "Ivo Brandt", True),
    # 7-9. a time phrase, the one quoted, offices joined by "and"
    (QUOTED, "on her el", "Presidential Office", True),
    (QUOTED, "She is th", "Karl Brandt", True),
    (QUOTED, "The Harbo", "Ivo Brandt", True),
    (QUOTED, "We were a", "Ana Ruiz", True),
    # 10-11. the next paragraph's quote; a participle aside
    (GOES_ON, "I have co", "Ivo Brandt", True),
    (GOES_ON, "the victo", "Ana Ruiz", True),
    # 12. a quote after a sentence of speech
    ("Ruiz steps down\n\nPrime Minister Ana Ruiz announced her resignation on Thursday.\n\nThe mum-of-one then spoke "
     "about her future plans with her family. \u201cTo Neve, Mum is looking forward to when you start school this year.\u201d\n",
     "To Neve, ", "Ana Ruiz", True),
    # must not change: a name speaks for itself after a going-on verb
    (GOING_ON.replace("The former prime minister, who led the party to its biggest-ever loss, continued:",
                      "Opposition leader Ana Ruiz, who won the election, added:"), "I have he", "Ana Ruiz", True),
    # must not change: the subject before a dash aside speaks, never a name inside it
    ("Ostria votes\n\nThe Green Front gained.\nIvo Brandt - an ally of Ana Ruiz - said on Sunday that the growth "
     "\u201cshows that Ostria is not spared\u201d.\n", "shows tha", "Ivo Brandt", True),
    # must not change: "The defeated leader conceded, saying" keeps its own subject
    ("Harbour Party wins\n\nIvo Brandt won the vote.\n\nThe defeated leader Ana Ruiz conceded, saying, "
     "\u201cWe accept the result.\u201d\n", "We accept", "Ana Ruiz", True),
    # must not change: an inverted speech verb still inverts
    ("Ostria votes\n\nFinance Minister Ana Ruiz spoke on Monday.\n\"We will balance the budget,\" said the "
     "finance minister.\n", "We will b", "Ana Ruiz", True),
    # must not change: "quoted X as saying" names the one quoted
    ("Ostria votes\n\nThe Harbour Party won.\n\n\u201cWe won,\u201d the agency quoted Karl Brandt as saying.\n\n"
     "\u201cA farce,\u201d the paper quoted Karl Brandt in its editorial about the vote.\n", "We won,", "Karl Brandt", True),
    # ---- speakers a quote must not be given
    # "the polling station" is no person noun
    ("Path to majority closed\n\nProfessor Ivo Brandt spoke on Monday.\n\n"
     "The polling station reported that turnout was \u201cvery high indeed\u201d, officials said.\n", "very high", "Ivo Brandt", False),
    # the narration after the quote names another person first
    ("Brandt concedes\n\n\"I thank all Ostrians for the great opportunity,\" Ivo Brandt said in a statement.\n\n"
     "\"We will fight on.\" Opposition leader Ana Ruiz rejected the results on Monday.\n", "We will f", "Ivo Brandt", False),
    # not first person, and the sentence before is no speech
    ("Ruiz steps down\n\nPrime Minister Ana Ruiz announced her resignation on Thursday.\n\nAna Ruiz was tired. "
     "\u201cThe country needs change.\u201d\n", "The count", "Ana Ruiz", False),
    # no quotation before to go on from
    ("Brandt resigns after defeat\n\nOstria's prime minister Ivo Brandt conceded defeat on Friday.\n\n"
     "A senior party source continued: \u201cWe have heard the voters.\u201d\n", "We have h", "Ivo Brandt", False),
])
def test_round15_speakers(extract, text, quote, speaker, is_theirs):
    quotes = _quotes(extract, text)
    if is_theirs:
        assert quotes[quote][0] == speaker, quotes
    else:
        assert quotes.get(quote, (None,))[0] != speaker, quotes


def test_the_going_on_rule_names_its_decision(extract):
    assert _quotes(extract, GOING_ON)["I have he"][1].endswith("/speaker:previous-quote-going-on")
