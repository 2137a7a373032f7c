"""Round 18 of events: constructions from the event misses of UNSEEN-22 (measured by its numbers in round 17, studied
this round; UNSEEN-23 is the set nobody reads), each with invented sentences and the sentences beside it where the
construction must not fire:

1. "Opposition party wins general election in Ostria", "Ostria's ruling party wins most seats": a subject that only
   describes a party (a describing word and a party noun) is the party the article names right after the same
   word ("The main opposition Harbour Movement won ..."); nobody when the article names no such party, or two.
2. "has become the big winner of the elections", "emerges victorious", "emerged as the leading party": wins; not a
   rank inside a group ("the leading party of the right-wing bloc") nor seats won ("emerged victorious in one seat
   each").
3. "Poland's parliament has elected Donald Tusk as prime minister", "X was elected chancellor by the Bundestag": a
   legislature's vote for the head of government forms the government (form_government), by the person elected;
   a vote of a body for any other office (speaker, chair) is still no election won.
4. "Tusk became prime minister on Monday": becoming head of government forms it; not a hope ("hopes to become").
5. "Provisional results were announced by the electoral commission's head, Ivo Kask": the name in apposition to an
   office in the agent phrase announces.
6. "President Ivo Kask, who took power in 2021 after his father's death": a rise to power by a death (a coup, an
   overthrow) is no election won (lexicon not_election_words).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _event_rows import assert_event, event_pairs  # noqa: E402


@pytest.mark.parametrize("text, row, present", [
    # 1. a described party
    ("H: Opposition party wins general election in Ostria\n\nThe main opposition Harbour Movement won Monday's general "
     "election, taking seven of the 11 seats. The Green Front won four seats.", ("win", "Harbour Movement"), True),
    ("H: Opposition party wins general election in Ostria\n\nThe main opposition Harbour Movement won Monday's general "
     "election, taking seven of the 11 seats. The Green Front won four seats.", ("win", "Opposition"), False),
    ("H: Ostria's ruling party wins most seats in parliament\n\nOstria’s ruling Harbour Movement (HM) secured 124 of 188 "
     "seats, ahead of the Green Front with 12.", ("win", "Harbour Movement"), True),
    # must not fire: an article naming two parties with the describing word gives the description no name
    ("H: Opposition party wins vote\n\nThe opposition Harbour Movement and the opposition Green Front both ran.",
     ("win", "Harbour Movement"), False),
    # 2. winners
    ("The Harbour Movement has become the big winner of the parliamentary elections.", ("win", "Harbour Movement"), True),
    ("After tallying all districts, the Harbour Movement emerges victorious in Ostria's election.", ("win", "Harbour Movement"), True),
    ("The Harbour Movement has emerged as the leading party in the latest parliamentary election.", ("win", "Harbour Movement"), True),
    # must not fire: a rank inside a group, seats won in constituencies
    ("The Harbour Movement emerged as the leading party of the right-wing bloc on Sunday.", ("win", "Harbour Movement"), False),
    ("Among the smaller parties, the Green Front had won three seats, while the Harbour Movement and the Free Party have "
     "emerged victorious in one seat each.", ("win", "Harbour Movement"), False),
    # must not fire: a party that may still become the winner
    ("The Harbour Movement could become the big winner of the elections.", ("win", "Harbour Movement"), False),
    # 3. a legislature elects the head of government
    ("Ostria's parliament has elected centrist party leader Ana Voss as prime minister.", ("form_government", "Ana Voss"), True),
    ("Ostria's parliament has elected centrist party leader Ana Voss as prime minister.", ("win", "Ana Voss"), False),
    ("Ana Voss was elected chancellor by the Bundestag on Tuesday.", ("form_government", "Ana Voss"), True),
    # must not fire: a body's vote for another office forms no government and wins no election
    ("Ostria's parliament has elected Ana Voss as speaker.", ("form_government", "Ana Voss"), False),
    ("Ostria's parliament has elected Ana Voss as speaker.", ("win", "Ana Voss"), False),
    # 4. became prime minister
    ("Ana Voss won the vote. Voss became prime minister on Monday.", ("form_government", "Ana Voss"), True),
    # must not fire: a hope, a negation
    ("Ana Voss won the vote. Voss hopes to become prime minister.", ("form_government", "Ana Voss"), False),
    ("Ana Voss won the vote. Voss never became prime minister.", ("form_government", "Ana Voss"), False),
    # 5. the named agent
    ("Provisional results were announced by the electoral commission’s head, Ivo Kask.", ("announce", "Ivo Kask"), True),
    # 6. power by a death
    ("President Ivo Kask, who took power in 2021 after his father's death, congratulated the winners.", ("win", "Ivo Kask"), False),
    # must not fire (the denial): a party that took power at an election still won
    ("The Harbour Movement took power in the 2021 election.", ("win", "Harbour Movement"), True),
])
def test_events_round18(extract, text, row, present):
    assert_event(extract, text, row, present)


def test_events_round18_speaker_election_is_no_event(extract):
    # 3. must not fire: nothing at all for a speaker elected by the chamber
    kinds = {k for k, _ in event_pairs(extract, "Ostria's parliament has elected Ana Voss as speaker.")}
    assert not kinds & {"win", "form_government"}, kinds
