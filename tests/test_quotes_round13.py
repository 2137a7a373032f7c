"""Round 13 of quotes and speakers, each with invented sentences:

1. "Prime Minister Anna Voss Monday phoned ...": wire copy's weekday right after a name is no part of the name (the
   speaker later called "the prime minister" is "Anna Voss").
2. "Chief Elections Officer Josephine Marr told reporters", then "Marr said": an elections officer is a title, so the
   speaker's fullest name is "Josephine Marr".
3. "Earlier, the prime minister, in a tweet, congratulated ... “friend of Ostria” ...": a fragment whose speech
   verb's subject is a role before an inserted phrase speaks as that role (the person the article gives it); the
   sentence adverb "Earlier" is no speaker.
4. '"...," said one voter, Tomas Berg, 63': a name in apposition to an unnamed source's noun speaks.
5. "Her rival, opposition leader Karl Brandt, struck ... '...,' the 54-year-old said": a name in apposition to the
   subject after a comma and a title is the subject a description ("the 54-year-old") points back to.
6. '"...," a spokeswoman for the president said': on behalf of the person the article gives the role, else nobody it
   names -- never the organisation that spoke last.
"""

ARTICLE = """Ostria greets Brandt on poll victory

PORT ELLA : Prime Minister Anna Voss Monday phoned Vellish President Karl Brandt to congratulate him on his election victory.

Earlier, the prime minister, in a tweet, congratulated Vellish president and “friend of Ostria” Karl Brandt on another important victory. “I am delighted to congratulate Karl Brandt on another important victory,” the prime minister tweeted.

The ruling party won 17 of 31 seats, Chief Elections Officer Josephine Marr told reporters.

The voting “went smoothly in most areas,” Marr said.
"""


def _speakers(extract):
    return {c.quote: c.speaker for c in extract(ARTICLE) if c.type == "quote"}


def test_weekday_after_a_name(extract):
    speakers = _speakers(extract)
    said = [s for q, s in speakers.items() if q.startswith("I am delighted")]
    assert said == ["Anna Voss"], speakers
    assert not any("Monday" in (s or "") for s in speakers.values()), speakers


def test_elections_officer_is_a_title(extract):
    speakers = _speakers(extract)
    assert speakers.get("went smoothly in most areas,") == "Josephine Marr", speakers


def test_role_subject_before_an_inserted_phrase(extract):
    speakers = _speakers(extract)
    assert speakers.get("friend of Ostria") == "Anna Voss", speakers
    assert "Earlier" not in speakers.values(), speakers


def test_unnamed_source_with_a_name_in_apposition(extract):
    # 4. '"...," said one voter, Tomas Berg, 63': the name in apposition to an unnamed source's noun speaks
    quotes = [(c.quote, c.speaker) for c in extract('Ostria votes\n\n"It\'s a new dawn," said one voter, Tomas Berg, 63.\n')
              if c.type == "quote"]
    assert quotes == [("It's a new dawn,", "Tomas Berg")], quotes
    # must not fire: no name in apposition
    quotes = [(c.quote, c.speaker) for c in extract('Ostria votes\n\n"It\'s a new dawn," said one voter, who asked not to be named.\n')
              if c.type == "quote"]
    assert quotes == [("It's a new dawn,", "voter")], quotes


def test_age_description_after_a_titled_apposition_subject(extract):
    # 5. "Her rival, opposition leader Karl Brandt, struck a tone. '...,' the 54-year-old said": the name in apposition
    # to the subject, after a comma and a title, is the subject a description points back to
    text = ('Ostria votes\n\nPrime Minister Anna Voss conceded defeat on Sunday night.\n\n"The people have spoken," Voss '
            'told supporters.\n\nHer rival, opposition leader Karl Brandt, struck a conciliatory tone. "This is a victory '
            'for all Ostrians," the 54-year-old said.\n')
    speakers = {c.quote: c.speaker for c in extract(text) if c.type == "quote"}
    assert speakers.get("This is a victory for all Ostrians,") == "Karl Brandt", speakers


def test_spokeswoman_for_a_role_is_never_the_last_organisation(extract):
    # 6. '"...," a spokeswoman for the president said': on behalf of the person the article gives the role, else nobody
    # named -- never the organisation that spoke last
    base = 'Ostria votes\n\n{}The electoral commission said in a statement: "The vote was free and fair."\n\n"No comment," a spokeswoman for the president said.\n'
    speakers = {c.quote: c.speaker for c in extract(base.format("")) if c.type == "quote"}
    assert speakers.get("No comment,") is None, speakers
    speakers = {c.quote: c.speaker for c in extract(base.format("President Ivo Marr spoke on Monday. ")) if c.type == "quote"}
    assert speakers.get("No comment,") == "Ivo Marr", speakers
    assert speakers.get("The vote was free and fair.") == "electoral commission", speakers
