"""Round 13 of quotes and speakers, each with invented sentences:

1. "Prime Minister Anna Voss Monday phoned ...": wire copy's weekday right after a name is no part of the name (the
   speaker later called "the prime minister" is "Anna Voss").
2. "Chief Elections Officer Josephine Marr told reporters", then "Marr said": an elections officer is a title, so the
   speaker's fullest name is "Josephine Marr".
3. "Earlier, the prime minister, in a tweet, congratulated ... “friend of Ostria” ...": a fragment whose speech
   verb's subject is a role before an inserted phrase speaks as that role (the person the article gives it); the
   sentence adverb "Earlier" is no speaker.
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
