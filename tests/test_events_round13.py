"""Round 13 of events, each with invented sentences:

1. "Ruling Harbour Party wins Ostrian elections": a title-case headline's capital on a party's standing ("Ruling",
   "Governing", "Incumbent") is no part of the actor's name.
2. '"I spoke with president-elect Karl Brandt to congratulate him," Voss said': the subjectless infinitive is the
   first person's, so the quotation's speaker congratulates, and the name before the infinitive is the target.
3. "Official final results are yet to be announced": the passive subject of "announce" is what is announced, never
   the actor; "were announced by the Ostrian Election Commission" names the actor.
4. "European leaders, including German Chancellor Olaf Stein, congratulated X", "leaders such as Y": one member of a
   group subject, named after "including" / "such as", acts.
5. "thanked Voss for her gracious concession", "Voss's concession came late": a possessed concession is its owner's
   (not "its concession on pay", "a concession to the unions": a compromise).
6. "in race to form government", "is unlikely to resign": an attempt or an unlikely event is not asserted ("After a
   tight race, X won" stays).
7. "fell just short of winning a two-thirds majority", "came close to winning": a near miss right before the trigger
   is no win ("won the election, close to its best result" stays).
8. "X said after the electoral commission announced the results": the verb's own subject, an organisation named by a
   common noun, acts (its name when the article gives one, else nobody), not the name in the clause before.
9. "Bingu wa Mutharika": a lower-case "wa" inside a name keeps the name whole (actors, targets and speakers).
10. "robbed of their victory", "stripped of its victory" (negated), "won the right to form the government" (not yet
   formed) and "X, accused of corruption, ..." (a reduced passive: X is accused, not accusing) are no asserted events
   of the name; "X has accused Y" stays.
11. "I will shortly be seeing the King to offer my resignation": a "will" reaching the event through objects and
   purpose infinitives, beyond the eight words before the trigger, makes it planned.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _events import triples  # noqa: E402


def _events(extract, text):
    return triples(extract, text)


def _modal_events(extract, text):
    """(kind, actor, modality) of the event claims of one invented paragraph under a headline."""
    return [(c.kind, c.actor, c.modality) for c in extract("Ostria votes\n\n" + text + "\n") if c.type == "event"]


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


@pytest.mark.parametrize("text, want", [
    # 4. one of a group subject, named after "including" / "such as", acts
    ("European leaders, including German Chancellor Olaf Stein, congratulated Karl Brandt.",
     [("congratulate", "Olaf Stein", "Karl Brandt")]),
    ("World leaders such as Olaf Stein congratulated Karl Brandt on Monday.", [("congratulate", "Olaf Stein", "Karl Brandt")]),
    # must not fire: a group with no one named, a name that only heads the group
    ("Several leaders congratulated Karl Brandt.", []),
    ("Critics in the Harbour Party accused Karl Brandt of fraud.", []),
])
def test_named_member_of_a_group_acts(extract, text, want):
    found = [e for e in _events(extract, "Ostria votes\n\n" + text + "\n") if e[0] in ("congratulate", "accuse")]
    assert found == want, found


@pytest.mark.parametrize("text, want", [
    # 5. a possessed concession is its owner's concession
    ("Karl Brandt thanked Anna Voss for her gracious concession.", [("concede", "Anna Voss", None)]),
    ("Anna Voss's concession came late on Sunday.", [("concede", "Anna Voss", None)]),
    ("In his concession speech, Karl Brandt thanked voters.", [("concede", "Karl Brandt", None)]),
    # must not fire: a concession as a compromise
    ("The union won its concession on pay.", []),
    ("The government made a concession to the unions.", []),
])
def test_possessed_concession(extract, text, want):
    found = [e for e in _events(extract, "Ostria votes\n\n" + text + "\n") if e[0] == "concede"]
    assert found == want, found


@pytest.mark.parametrize("text, kind", [
    # 6. a race to do something, or an unlikely one, is no event that happened
    ("Harbour Party in race to form government", "form_government"),
    ("The Harbour Party is in a race to form the government.", "form_government"),
    ("Anna Voss is unlikely to resign.", "resign"),
    # 7. a near miss right before the trigger: no win happened
    ("The Harbour Party fell just short of winning a two-thirds majority.", "win"),
    ("The Harbour Party came close to winning the election.", "win"),
    ("The Harbour Party stopped short of winning the race.", "win"),
])
def test_attempts_unlikely_events_and_near_misses_are_not_asserted(extract, text, kind):
    found = _modal_events(extract, text)
    assert not [f for f in found if f[0] == kind and f[2] == "asserted"], found


@pytest.mark.parametrize("text", [
    # must stay a win: a race won, "close to" / "short of" elsewhere in the sentence
    "After a tight race, the Harbour Party won the election.",
    "The Harbour Party won the election, close to its best result.",
    "Short of a majority, the Harbour Party won the election.",
])
def test_a_win_stays_asserted_beside_those_words(extract, text):
    assert ("win", "Harbour Party", "asserted") in _modal_events(extract, text)


@pytest.mark.parametrize("text, want", [
    # 8. an organisation named by a common noun, the verb's own subject, acts -- not a name in another clause
    ("Karl Brandt said on Friday after the electoral commission announced the provisional results.", []),
    ("The Ostrian Electoral Commission (OEC) will publish results. Karl Brandt said on Friday after the electoral "
     "commission announced the provisional results.", [("announce", "Ostrian Electoral Commission", None)]),
    # must stay: a named subject
    ("Karl Brandt announced the results.", [("announce", "Karl Brandt", None)]),
])
def test_common_noun_organisation_subject_acts(extract, text, want):
    found = [e for e in _events(extract, "Ostria votes\n\n" + text + "\n") if e[0] == "announce"]
    assert found == want, found


def test_bantu_particle_keeps_the_full_name(extract):
    # 9. "Bingu wa Mutharika": a lower-case "wa" inside a name, like "von der" or "da", keeps the name whole
    text = ('Ostria votes\n\nBingu wa Mutharika won the election. Former president Bakili Muluzi phoned Mutharika to '
            'concede.\n\n"We accept the result," Mutharika said.\n')
    claims = extract(text)
    assert ("call", "Bakili Muluzi", "Bingu wa Mutharika") in _events(extract, text)
    assert [c.speaker for c in claims if c.type == "quote"] == ["Bingu wa Mutharika"]


@pytest.mark.parametrize("text", [
    # 10. a victory taken away, a right to form a government, a reduced passive accusation: no such event by the name
    "The Congolese people have been robbed of their victory, Karl Brandt said.",
    "The Harbour Party was stripped of its victory by the court.",
    "The Harbour Party won the right to form the government after the court ruling.",
    "Anna Voss, accused of corruption in 2019, was cleared.",
])
def test_taken_away_right_to_and_reduced_passive(extract, text):
    found = _modal_events(extract, text)
    assert not [f for f in found if f[2] == "asserted" and f[0] in ("win", "form_government", "accuse")], found


def test_active_accusation_stays(extract):
    found = _events(extract, "Ostria votes\n\nKarl Brandt has accused Anna Voss of corruption.\n")
    assert ("accuse", "Karl Brandt", "Anna Voss") in found, found


@pytest.mark.parametrize("text, modality", [
    # 11. a future reaching the event through objects and purpose infinitives beyond the word window
    ('"I will shortly be seeing His Majesty the King to offer my resignation," Anna Voss said.', "planned"),
    ("Anna Voss will shortly be seeing the King to offer her resignation.", "planned"),
    # must stay asserted: no future above the event
    ("Anna Voss resigned on Friday.", "asserted"),
])
def test_future_through_a_purpose_clause(extract, text, modality):
    found = [(k, m) for k, _, m in _modal_events(extract, text) if k == "resign"]
    assert found == [("resign", modality)], found


def test_future_of_another_clause_stays_apart(extract):
    # must not fire: the future belongs to a relative clause about someone else
    found = [(k, m) for k, _, m in _modal_events(extract, "Karl Brandt congratulated Anna Voss, who will lead the new government.")
             if k == "congratulate"]
    assert found == [("congratulate", "asserted")], found
