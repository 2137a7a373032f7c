"""Round 12 of quotes: a fragment in reported speech whose speech verb's subject ends in a modifier ("The main
opposition candidate in the contested election said that he "categorically rejects" the result"): the words right
before the verb ("the contested election") cannot speak, the parse's subject of the verb can, so the fragment is
kept; a subject that cannot speak ("Talks in the capital would continue, the report said ...") still looks
further back."""

import pytest


@pytest.mark.parametrize("text", [
    'Ostria votes\n\nThe main opposition candidate in the contested election said on Thursday that he "categorically '
    'rejects" the results of the run-off.\n',
    'Ostria votes\n\nThe main opposition candidate said on Thursday that he “categorically rejects” the results.\n',
])
def test_fragment_kept_when_the_subject_can_speak(extract, text):
    quotes = [c.quote for c in extract(text) if c.type == "quote"]
    assert quotes == ["categorically rejects"], quotes


def test_no_fragment_without_a_speaker(extract):
    text = 'Ostria votes\n\nThe results of the contested election were described as "final" on Thursday.\n'
    quotes = [c for c in extract(text) if c.type == "quote" and c.speaker]
    assert quotes == [], quotes
