"""Round 22 (issues 12, 13, 16): constructions found in the misses of UNSEEN-38 (built blind this round, measured by its
numbers, then studied; UNSEEN-39 and UNSEEN-40, built beside it, were measured blind after this work), each with
invented sentences and the sentences beside them where the construction must not fire.

Names
1. "President Luiz Tavares da Silva Costa ... said Tavares": a person's name holds up to four capitalised words, and a
   lower-case particle ("da", "van") counts for none of them (claimx.mentions), so the fuller name is the speaker's.
2. "His nearest rival, Geert Maas and the Dawn Party, polled 20 seats ... when Maas scored 15 seats": a given name and
   a surname (data/quotes/given_names.json), whatever label the tagger gave them, are a person, never a party.
3. "Hale's centre-left party will win 48 seats": lower-case modifiers between a leader's possessive and the group noun
   leave the party the leader's (claimx.components.seats.owners leader_mentions).

What a number counts, and its status
4. "With all the votes counted from 62 of the 63 constituencies": counting progress, no party's count.
5. "the Centre Party, on 28 seats, and the Socialist Left, on 13, ...": an aside ", on N," after a party gives its count
   as ", with N," does; not "on 13 October".
6. "Preliminary results suggest the X will win 48 seats": a future verb over a count still running is a projection
   ("With 99% of the votes counted, the X won 48 seats" stays a result).
7. "Last time around the X won 69 seats out of 129 - a clear majority -": an earlier election, for the count (previous)
   and for the majority (none of this election).

Majority statements
8. "it is now not possible for them to reach the 326 seats needed to win an overall majority": a negated possibility
   is a shortfall.
9. "a voting system designed to prevent one party winning a majority": "one party", "any party" is any party, nobody's
   status.

Quotes and events
10. 'He said he "stuck by" his view that ... "It seems this morning that ...': a narrated sentence that cites only a
    fragment is still the context of the quote after it (its subject speaks).
11. "Prime Minister Marco Bellini quit power on Saturday", "The billionaire tycoon resigned": "quit power" is a
    resignation, and a description that points back to a person (data/quotes/titles.json person_anaphors) acts as
    "he" would.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _event_rows import assert_event  # noqa: E402
from _majority_sentences import has, statuses  # noqa: E402
from _seat_rows import OPEN, assert_rows  # noqa: E402

SEAT_ROWS = [
    # 2. a given name and a surname are a person
    ("The River Party won 30 seats. His nearest rival, Geert Maas and the Dawn Party, polled 20 seats. This is an increase "
     "on 2012, when Maas scored 15 seats.", [("count", "Dawn Party", 20)], [("count", "Maas", 15), ("count", "Geert Maas", 20)]),
    # must not fire (2): a party named after no given name keeps its count
    ("The River Party won 30 seats, and Fianna Coast took 15 seats.", [("count", "Fianna Coast", 15)], []),
    # 3. a leader's possessive with modifiers
    ("The Harbour Party leader, Jon Hale, told a crowd that they had won. Preliminary results suggest Hale's centre-left "
     "party will win 48 seats in the 169-seat parliament.", [("count", "Harbour Party", 48, "projected")], []),
    ("The Harbour Party leader, Jon Hale, spoke on Monday. Hale's ruling alliance took 48 seats.",
     [("count", "Harbour Party", 48)], []),
    # 4. counting progress
    ("With 100 percent of the vote counted from 62 of the 63 constituencies, the ruling Harbour Party captured 34 seats.",
     [("count", "Harbour Party", 34)], [("count", None, 62)]),
    # 5. ", on N," asides
    ("The Centre Party, on 28 seats, and the Socialist Left, on 13, are divided over key issues.",
     [("count", "Centre Party", 28), ("count", "Socialist Left", 13)], []),
    # must not fire (5): a date
    ("The Centre Party won 28 seats. The Socialist Left, on 13 October, announced a new leader.",
     [("count", "Centre Party", 28)], [("count", "Socialist Left", 13)]),
    # 6. a future count of a running count is projected; a count won stays a result
    ("Preliminary results suggest the Harbour Party will win 48 seats in the 169-seat parliament.",
     [("count", "Harbour Party", 48, "projected")], []),
    ("With 99% of the votes counted, the Harbour Party won 48 seats in the 169-seat parliament.",
     [("count", "Harbour Party", 48, "result")], []),
    # 7. "last time around"
    ("The Harbour Party won 60 seats. Last time around the Harbour Party won 69 seats out of 129.",
     [("count", "Harbour Party", 69, "previous"), ("count", "Harbour Party", 60, "result")],
     [("count", "Harbour Party", 69, "result")]),
]


@pytest.mark.parametrize("text, want, not_want", SEAT_ROWS)
def test_round22_seat_rows(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)


def test_round22_last_time_majority_is_not_this_elections(extract):
    # 7.
    text = OPEN + "The Harbour Party won 60 seats. Last time around the Harbour Party won 69 seats out of 129 \u2014 a clear majority."
    assert not [s for s in statuses(extract, text) if s[1] == "majority"], statuses(extract, text)


def test_round22_a_negated_possibility_is_a_shortfall(extract):
    # 8.
    has(extract, OPEN + "The Tories have won 291 seats so far but it is now not possible for them to reach the 326 seats "
        "needed to win an overall majority.", "Conservative Party", "short_of_majority")


def test_round22_a_possible_majority_is_not_negated(extract):
    # must not fire (8): the possibility is not denied
    found = statuses(extract, OPEN + "The Tories have won 320 seats so far and it is now possible for them to reach the 326 "
                     "seats needed to win an overall majority.")
    assert not [s for s in found if s[1] == "short_of_majority"], found


def test_round22_any_party_is_nobodys_majority(extract):
    # 9.
    text = OPEN + ("The voting system is designed to prevent one party winning a majority, so the fact that the Harbour "
                   "Party achieved this in 2011 was a formidable achievement.")
    assert not [s for s in statuses(extract, text) if s[1] == "majority"], statuses(extract, text)


def test_round22_a_named_party_winning_a_majority_still_counts(extract):
    # must not fire (9): the party is named
    has(extract, OPEN + "The reform was designed to stop the Harbour Party winning a majority, but the Harbour Party won a "
        "majority anyway.", "Harbour Party", "majority")


def _quotes(extract, text):
    return {c.quote: c.speaker for c in extract(text) if c.type == "quote"}


def test_round22_a_particle_does_not_cut_the_name(extract):
    # 1.
    text = ("Leaders react\n\nPresident Luiz Tavares da Silva Costa congratulated Ana Voss on her victory.\n"
            "\"Democracy is the voice of the people and it must always be respected,\" said Tavares.\n")
    assert "Luiz Tavares da Silva Costa" in _quotes(extract, text).values(), _quotes(extract, text)


def test_round22_a_conjunction_is_no_particle(extract):
    # must not fire (1): "and" joins two people, it is no particle of one name
    text = ("Leaders react\n\nAna Voss and Jon Hale met on Friday.\n"
            "\"We will keep going,\" said Hale.\n")
    assert "Jon Hale" in _quotes(extract, text).values(), _quotes(extract, text)


FRAGMENT = ("Ostria votes\n\n"
            "Harbour Party leader Jon Hale said the situation was \"fluid\".\n"
            "He said he \"stuck by\" his view that the party with the biggest mandate should have the right to govern "
            "first. \"It seems this morning that the River Party has more votes and more seats though not an absolute "
            "majority.\"\n")


def test_round22_a_cited_fragment_leaves_the_sentence_narration(extract):
    # 10.
    found = _quotes(extract, FRAGMENT)
    speaker = next((s for q, s in found.items() if q.startswith("It seems this morning")), "missing")
    assert speaker == "Jon Hale", found


def test_round22_a_full_quote_before_is_no_narration(extract):
    # must not fire (10): a sentence quoting a whole statement is not the narration the next quote belongs to
    text = ("Ostria votes\n\n"
            "Ana Voss spoke first. Jon Hale said: \"The River Party has lost the argument and it knows it.\" \"We will "
            "appeal against every result in every district of the country,\" added Ana Voss.\n")
    found = _quotes(extract, text)
    speaker = next((s for q, s in found.items() if q.startswith("We will appeal")), "missing")
    assert speaker == "Ana Voss", found


@pytest.mark.parametrize("text, row, present", [
    # 11.
    ("Prime Minister Marco Bellini quit power on Saturday.", ("resign", "Marco Bellini"), True),
    ("Prime Minister Marco Bellini lost a confidence vote on Friday. The billionaire tycoon resigned on Saturday.",
     ("resign", "Marco Bellini"), True),
    # must not fire (11): "quit" with an object that is no office; a common-noun subject that describes no one
    ("Prime Minister Marco Bellini quit smoking on Saturday.", ("resign", "Marco Bellini"), False),
    ("Prime Minister Marco Bellini lost a confidence vote on Friday. Two ministers resigned on Saturday.",
     ("resign", "Marco Bellini"), False),
])
def test_round22_events(extract, text, row, present):
    assert_event(extract, text, row, present)


# From UNSEEN-39's misses and its two error findings (studied after UNSEEN-38; UNSEEN-40 stays unread)
#
# 12. "The X won 73 seats, followed by the Taqaddum bloc of Speaker Ana Voss with 37 seats": after "followed by",
#     "trailed by", "ahead of" or "behind", the "with N" that closes the phrase is the count of the party it opens with.
# 13. "Yingluck's Harbour Party": one proper noun's possessive before a party name of two words or more is no part of
#     the name (not "People's Action Party": a group word).
# 14. "won a clear majority of parliament's 500 seats": a chamber's possessive before the number makes it the
#     chamber's size whatever party the sentence names.
# 15. "A total of 137 directly elected seats is needed for a majority": "directly elected" between number and seats.
# 16. "no outright winner", "No single party will be able to get the 61 seats needed": the largest party's shortfall
#     (not "no clear winner", which may say the vote was close).
# 17. "the Azem Alliance of Iraqi millionaire Khamis Khanjar won 12 seats": a name that ran on into "of" and an
#     adjective ends before "of", and a PERSON right after a describing noun is a person, never a party.
# 18. "the X held 247 seats and the Y had 32, totaling 279 seats": the total is theirs together, not the Y's.
# 19. "surpassing the media's pre-election projection of a 50-seat loss": a forecast change is no change.
# 20. "Jon Hale on Wednesday hailed ..., saying that "...": a day is never a speaker.
# 21. "The X and the Y won 50 seats": a coordinated subject with one count holds it together ("each" keeps one per party).
# 22. "hailed the victory of X" congratulates; "an audience with the King" is a meeting.
# 23. "his preferred three-party coalition on course for a slim majority": a group of several parties owns it, no party.

SEAT_ROWS_39 = [
    # 12.
    ("The Sadrist Movement won 73 seats, followed by the Taqaddum (progress) bloc of Parliament Speaker Ana Voss with 37 seats.",
     [("count", "Sadrist Movement", 73), ("count", "Taqaddum", 37)], [("count", "Sadrist Movement", 37)]),
    # must not fire (12): no "followed by" phrase, the subject's "with"
    ("The Harbour Party, led by Ana Voss, finished first with 37 seats.", [("count", "Harbour Party", 37)], []),
    # 13.
    ("Yingluck's Harbour Party won a projected 261 seats.", [("count", "Harbour Party", 261, "projected")], []),
    # must not fire (13): a group word's possessive is part of the name
    ("The People's Action Party won 83 seats.", [("count", "People's Action Party", 83)], [("count", "Action Party", 83)]),
    # 14.
    ("The Harbour Party won a clear majority of parliament's 500 seats.", [("size", 500)], [("count", "Harbour Party", 500)]),
    # must not fire (14): a party's possessive is its count
    ("The Harbour Party's 40 seats make it the largest party.", [("count", "Harbour Party", 40)], [("size", 40)]),
    # 17.
    ("According to the results, the Harbour Alliance of Iraqi millionaire Khamis Khanjar won 12 seats, and the Coast Union "
     "got 16 seats.", [("count", "Harbour Alliance", 12)], [("count", "Khamis Khanjar", 12), ("count", "Harbour Alliance of Iraqi", 12)]),
    # must not fire (17): "of" and a proper noun stay in the name
    ("The Party of Regions won 185 seats.", [("count", "Party of Regions", 185)], []),
    # 18.
    ("Prior to the election, the Harbour Party held 247 seats and the River Party had 32, totaling 279 seats.",
     [("count", "Harbour Party", 247), ("count", "River Party", 32), ("count", "Harbour Party and River Party", 279)],
     [("count", "River Party", 279)]),
    # 19.
    ("The Harbour Party experienced a loss of 56 seats, surpassing the media's pre-election projection of a 50-seat loss.",
     [("change", "Harbour Party", -56)], [("change", "Harbour Party", -50)]),
    # must not fire (19): a change stated as fact
    ("The Harbour Party suffered a 50-seat loss.", [("change", "Harbour Party", -50)], []),
    # 21.
    ("The Harbour Party and the River Party won 50 seats.", [("count", "Harbour Party and River Party", 50)],
     [("count", "Harbour Party", 50)]),
    # must not fire (21): "each"
    ("The Harbour Party and the River Party won 50 seats each.", [("count", "Harbour Party", 50), ("count", "River Party", 50)], []),
]


@pytest.mark.parametrize("text, want, not_want", SEAT_ROWS_39)
def test_round22_seat_rows_39(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want, exact_party=True)


def test_round22_directly_elected_seats_needed(extract):
    # 15.
    found = [c.seats for c in extract(OPEN + "A total of 137 directly elected seats is needed for a majority.")
             if c.type == "majority_threshold"]
    assert found == [137], found


@pytest.mark.parametrize("text, status_wanted", [
    # 16.
    ("The Harbour Party won 47 seats and the River Party 46. The results show no outright winner.", True),
    ("The Harbour Party won 47 seats and the River Party 46. No single party will be able to get the 61 seats needed to "
     "rule outright.", True),
    # must not fire (16): "no clear winner" of a close vote
    ("The Harbour Party won 47 seats and the River Party 46. With no clear winner, talks will begin.", False),
])
def test_round22_no_outright_winner(extract, text, status_wanted):
    found = [s for s in statuses(extract, OPEN + text) if s[1] == "short_of_majority" and s[0] == "Harbour Party"]
    assert bool(found) == status_wanted, statuses(extract, OPEN + text)


def test_round22_a_day_is_no_speaker(extract):
    # 20.
    text = ("Ostria votes\n\nOutgoing president Jon Hale on Wednesday hailed the victory of his party's candidate Ana Voss, "
            "saying that \"the people have spoken\", hours after the announcement.\n")
    assert "Jon Hale" in _quotes(extract, text).values(), _quotes(extract, text)


@pytest.mark.parametrize("text, row, present", [
    # 22.
    ("President Ana Voss on Wednesday hailed the victory of her party's candidate Jon Hale.", ("congratulate", "Ana Voss"), True),
    ("Jon Hale spoke to reporters after having an audience with King Tomas Brandt at the palace.", ("meet", "Jon Hale"), True),
    # must not fire (22)
    ("President Ana Voss on Wednesday hailed the decision of the court.", ("congratulate", "Ana Voss"), False),
    ("Jon Hale addressed an audience of 500 supporters at the palace.", ("meet", "Jon Hale"), False),
])
def test_round22_events_39(extract, text, row, present):
    assert_event(extract, text, row, present)


@pytest.mark.parametrize("text, party", [
    # 23.
    ("The Harbour Party leader, Jon Hale, spoke on Monday. Hale's three-party coalition is on course for a slim majority.", None),
    # must not fire (23): a leader's alliance is the leader's party
    ("The Harbour Party leader, Jon Hale, spoke on Monday. Hale's alliance is on course for a slim majority.", "Harbour Party"),
])
def test_round22_several_parties_own_the_majority(extract, text, party):
    found = [s for s in statuses(extract, OPEN + text) if s[1] == "majority"]
    assert found and found[0][0] == party, found


# From the error findings of UNSEEN-41 and UNSEEN-42 (read after their extraction figures were taken; their misses stay
# unread, and UNSEEN-40 stays wholly unread)
#
# 24. "The X has held power since 2015. In that year's election, the X lost two seats but still managed to win a
#     majority, claiming 18 seats": an earlier election named by "that (year's) election"; a frame that opens the
#     sentence before its first comma holds for all its clauses (the count is previous, the majority not this one's).
# 25. "as of 2.45am, PH and its allies had crossed the 112 seats required": the party before the phrase with "and its
#     allies" is the bloc ("X and allies"), not the party alone.

def test_round22_that_years_election_is_an_earlier_one(extract):
    # 24.
    text = OPEN + ("The Harbour Party has held power since 2015. In that year's election, the Harbour Party lost two seats "
                   "but still managed to win a majority, claiming 18 seats.")
    assert_rows(extract(text), [("count", "Harbour Party", 18, "previous")], [("count", "Harbour Party", 18, "result")])
    assert not [s for s in statuses(extract, text) if s[1] == "majority"], statuses(extract, text)


def test_round22_a_fronted_frame_of_this_election_is_no_earlier_one(extract):
    # must not fire (24): a fronted time phrase of this election
    text = OPEN + "In this year's election, the Harbour Party lost two seats but still managed to win a majority, claiming 18 seats."
    assert_rows(extract(text), [("count", "Harbour Party", 18, "result")], [])


def test_round22_the_party_and_its_allies_before_the_threshold(extract):
    # 25.
    text = ("Ostria votes\n\nThe opposition Harbour Alliance (HA) won the general election.\n"
            "The official result confirmed that as of 2.45am, HA and its allies had crossed the 112 seats required to "
            "govern in the 222-seat Parliament.\nHA won 109 seats.\n")
    found = statuses(extract, text)
    assert any(p == "Harbour Alliance and allies" and s == "majority" for p, s, _ in found), found
    assert not any(p == "Harbour Alliance" and s == "majority" for p, s, _ in found), found
