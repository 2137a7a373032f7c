"""Round 14 of quotes and speakers (the speaker misses of a spent held-out set), each with invented sentences and
the sentences beside it where the construction must not change the speaker:

1. "The leader of the Harbour Party (HP) in Portugal declared the results a “victory of all Ostrians”": a place that
   ends a modifier of the subject never speaks; the parse's subject does ("the leader of the HP" -> the person the
   article gives it).
2. "In her victory speech Voss reiterated that “this victory belongs to the people” and promised “prosperity ...”":
   a speech verb that the parser hangs on the reported clause ("promised" on "belongs") speaks with the subject of
   the speech verb above it, never with the reported clause's subject.
3. "The country's influential Catholic Church has said ... “...,” the church said in a statement": "the church" is
   an organisation noun, so it names the article's church (data/quotes/speech.json ``org_nouns``).
4. "The UN Secretary General issued a cautious statement ... “...,” the statement said": the subject of a verb of
   issuing a document is the document's issuer, a person, an organisation or an office the article names no
   holder of; it comes before any organisation a bare "the statement" would otherwise point back to.
5. "the 75-year-old accused the electoral body of “blatant disregard of the constitution”": an age description can
   speak (it points back to the person the article named).
6. "she described the last five and a half years as ‘the most fulfilling of my life’": a describing verb's "as" is a
   clear enough cue for single quotation marks in an article that quotes with double ones elsewhere or not at all
   ("He vows ‘no surrender’ after the defeat" stays a label: tests/test_quote_constructions.py).
8. '"Tonight I have spoken to ... the incoming prime minister, Karl Brandt, and I've congratulated him," he told party
   faithful': a pronoun speaker is never a person the quotation itself names in the third person (the next
   candidate, here the speaker before, speaks).
7. "As she held back tears, Voss explained the reason why she has decided to resign. “I know what this job takes
   ... It's that simple”.": a first-person quote sentence (its full stop inside the mark or right after it) after a
   sentence whose main verb's subject, past an introductory clause, is a person is that person's.
"""

from __future__ import annotations

LEADER = """Voss wins Ostrian vote

Prime Minister Anna Voss led the Harbour Party to victory on Sunday. The leader of the Harbour Party (HP) in Portugal declared the results a “victory of all Ostrians” after his party won the most seats.
"""

SPEECH = """Voss wins Ostrian vote

Anna Voss won the election on Sunday. In her victory speech Voss reiterated that “this victory belongs to the people” and promised “prosperity our province has never seen before.”

“Tonight we have sent a clear message to the world: Ostria is open for business!”
"""

STATEMENTS = """Church disputes Ostrian result

The country’s influential Catholic Church has also said the commission’s results don’t match those tallied by its own monitors.
“The results published by the commission do not match those collected by our observer mission,” the church said in a statement.
The UN Secretary General issued a cautious statement after the results were announced, urging calm.
“The secretary general calls on all stakeholders to refrain from violence,” the statement said in part.
"""

# must not change: a statement whose issuer the sentence before does not name keeps the organisation that spoke
ORG_STATEMENT = """Commission publishes results

The Ostrian Electoral Commission published the results on Monday.
“The count was free and fair,” the commission said in a statement.
“Turnout reached 61 percent,” the statement said.
"""


def _speakers(extract, text):
    return {c.quote.split()[0] + " " + c.quote.split()[1]: c.speaker for c in extract(text) if c.type == "quote"}


def test_a_place_ending_the_subject_never_speaks(extract):
    speakers = _speakers(extract, LEADER)
    assert speakers.get("victory of") == "Anna Voss", speakers
    assert "Portugal" not in speakers.values(), speakers


def test_a_second_speech_verb_speaks_with_the_first_ones_subject(extract):
    speakers = _speakers(extract, SPEECH)
    assert speakers.get("this victory") == "Anna Voss", speakers
    assert speakers.get("prosperity our") == "Anna Voss", speakers
    # (the quote paragraph after it goes on with her words)
    assert speakers.get("Tonight we") == "Anna Voss", speakers


def test_the_church_and_the_issued_statement(extract):
    speakers = _speakers(extract, STATEMENTS)
    assert speakers.get("The results") == "Catholic Church", speakers
    assert speakers.get("The secretary") == "UN Secretary General", speakers


def test_a_statement_with_no_issuer_before_keeps_the_organisation(extract):
    speakers = _speakers(extract, ORG_STATEMENT)
    assert speakers.get("The count") == "Ostrian Electoral Commission", speakers
    assert speakers.get("Turnout reached") == "Ostrian Electoral Commission", speakers


AGE = """Odero rejects Ostrian result

Opposition leader Raila Odero said on Monday he would challenge the result. At a media briefing in Port Ella on Tuesday, the 75-year-old accused the electoral body of “blatant disregard of the constitution” following chaotic scenes.
"""

DESCRIBED = """Voss to step down

Prime Minister Anna Voss announced her resignation on Thursday. In an emotional clip where she described the last five and a half years as ‘the most fulfilling of my life’, Voss shocked the public.
"""


def test_an_age_description_speaks(extract):
    speakers = _speakers(extract, AGE)
    assert speakers.get("blatant disregard") == "Raila Odero", speakers


def test_described_as_cues_single_marks(extract):
    speakers = _speakers(extract, DESCRIBED)
    assert speakers.get("the most") == "Anna Voss", speakers
    # must not fire: a single-marked phrase with no cue
    assert not _speakers(extract, DESCRIBED.replace("she described the last five and a half years as", "with"))


TEARS = """Voss steps down

Prime Minister Anna Voss announced her resignation on Thursday.

As she held back tears, Voss explained the reason why she has decided to resign. “I know what this job takes, and I know that I no longer have enough in the tank to do it justice. It's that simple”.
"""


def test_first_person_quote_after_an_introductory_clause(extract):
    speakers = _speakers(extract, TEARS)
    assert speakers.get("I know") == "Anna Voss", speakers
    # must not fire: a third-person sentence in the quotation marks after a sentence that is no speech (after a
    # sentence of speech, "Voss explained the reason ...", any quote sentence is Voss's: round 15, item 12)
    other = TEARS.replace("I know what this job takes, and I know that I no longer have", "The job takes a lot, and nobody has") \
        .replace("Voss explained the reason why she has decided to resign.", "Voss left the room after the meeting.")
    assert _speakers(extract, other).get("The job") is None, _speakers(extract, other)


CONCESSION = """Tomas Berg concedes defeat, Karl Brandt to be next prime minister

Tomas Berg has called Karl Brandt to concede defeat as the opposition made gains.

“Tonight, it’s a night of disappointment for the Harbour Party,” Berg says.

Karl Brandt will be sworn in as Ostria’s 31st prime minister after his party stormed to victory on Saturday night.

“Tonight I have spoken to the leader of the opposition and the incoming prime minister, Karl Brandt, and I’ve congratulated him on his election victory this evening,” he told party faithful.

“The last two years have been incredibly tough,” he said.
"""


def test_a_pronoun_speaker_is_never_the_person_the_quote_names(extract):
    speakers = _speakers(extract, CONCESSION)
    assert speakers.get("Tonight I") == "Tomas Berg", speakers
    assert speakers.get("The last") == "Tomas Berg", speakers
    # must not change: a quotation that names nobody keeps the nearest person
    plain = CONCESSION.replace("the incoming prime minister, Karl Brandt, and I’ve congratulated him", "my family, and I’ve thanked them")
    assert _speakers(extract, plain).get("Tonight I") == "Karl Brandt", _speakers(extract, plain)
