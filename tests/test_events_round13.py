"""Round 13 of events, each with invented sentences:

1. "Ruling Harbour Party wins Ostrian elections": a title-case headline's capital on a party's standing ("Ruling",
   "Governing", "Incumbent") is no part of the actor's name.
2. '"I spoke with president-elect Karl Brandt to congratulate him," Voss said': the subjectless infinitive is the
   first person's, so the quotation's speaker congratulates, and the name before the infinitive is the target.
3. "Official final results are yet to be announced": the passive subject of "announce" is what is announced, never
   the actor; "were announced by the Ostrian Election Commission" names the actor.
"""

import pytest


def _events(extract, text):
    return [(c.kind, c.actor, c.target) for c in extract(text) if c.type == "event"]


def test_standing_word_is_no_part_of_the_name(extract):
    found = _events(extract, "Ruling Harbour Party wins Ostrian parliamentary elections\n\nThe Harbour Party won 30 of 60 seats.\n")
    assert ("win", "Harbour Party", None) in found, found
    assert not any((a or "").startswith("Ruling") for _, a, _ in found), found


def test_first_person_infinitive_is_the_speakers(extract):
    text = ('Voss concedes in Ostria\n\n"A few moments ago, I spoke with president-elect Karl Brandt to congratulate him on '
            'his victory," Anna Voss said.\n')
    found = [e for e in _events(extract, text) if e[0] == "congratulate"]
    assert found == [("congratulate", "Anna Voss", "Karl Brandt")], found


@pytest.mark.parametrize("text, want", [
    ("Results in Ostria\n\nOfficial final results are yet to be announced.\n", []),
    ("Results in Ostria\n\nThe results were announced by the Ostrian Election Commission on Monday.\n",
     [("announce", "Ostrian Election Commission", None)]),
])
def test_passive_announcement(extract, text, want):
    found = [e for e in _events(extract, text) if e[0] == "announce"]
    assert found == want, found
