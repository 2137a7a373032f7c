"""Round 17 of events: constructions from the event misses of UNSEEN-19 (studied this round), each with invented
sentences and the sentences beside it where the construction must not fire:

1. "The Independent Electoral Commission said the X won 197 of the 255 seats", "Ostria's election commission says
   the ruling X party has won": an electoral body that says (declares, reports, confirms) a result announces it
   (the body the article names); not when what it says is no result ("said turnout was 60%"), and not any other
   organisation that says something.
2. "The X claimed 39 of the 80 seats", "secured 120 seats": a verb of taking seats is a win, like "won 120 seats",
   only when the count is the article's largest result, and only with an object ("claimed that", "took to the
   stage" are no wins).
3. "X spoke to Y on Friday. The pair are due to meet next week", "the two leaders will meet": a subject that counts
   two people stands for the last two the article named (this sentence or the one before).
4. "'Mr Prime Minister, congratulations,' Voss said": a quotation that opens by addressing someone (a title, a
   name, then a comma) before its congratulations congratulates that person, by the quotation's speaker.

From UNSEEN-20 (studied after it was measured):
5. "Abe's prospects for winning another term", "its chances of winning": a win hoped for or weighed is no win
   (lexicon win_goal_nouns).
6. "met Brazilian President Luiz Inacio Lula da Silva": a country's word before a title is no part of a name with
   particles.

From the hand audit of UNSEEN-21's event claims (its event precision spent):
7. "on Saturday (Mar 12) cruised to victory": a month's abbreviation before a day is a date, no actor.
8. "saw X win 48.4 percent of the vote": "win" read as a noun before a vote share is no win.
9. "While Vesk won both his seats": a sentence's opening connective is no part of the name after it, which then
   resolves to the fullest name the article gives.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _event_rows import event_pairs as _events, event_rows  # noqa: E402


def _full(extract, text):
    return event_rows(extract, text, headline="Ostria talks")


@pytest.mark.parametrize("text, actor", [
    ("The Independent Electoral Commission said the Harbour Party won 197 of the 255 seats.", "Independent Electoral Commission"),
    ("The National Election Board declared that the Harbour Party had won the election.", "National Election Board"),
])
def test_round17_an_electoral_body_saying_a_result_announces(extract, text, actor):
    assert ("announce", actor) in _events(extract, text)


@pytest.mark.parametrize("text", [
    # must not fire: no result said, or no electoral body
    "The Independent Electoral Commission said turnout was 60 percent.",
    "The Harbour Party said the Green Front won 12 seats.",
    "The Fisheries Commission said the Harbour Party won the vote on quotas.",
])
def test_round17_no_announcement(extract, text):
    assert "announce" not in [k for k, _ in _events(extract, text)]


def test_round17_a_verb_of_taking_seats_wins_with_the_largest_count(extract):
    text = "The Harbour Party claimed 39 of the 80 seats. The Green Front took 17 seats."
    events = _events(extract, text)
    assert ("win", "Harbour Party") in events, events
    # must not fire: a smaller count taken
    assert ("win", "Green Front") not in events, events


def test_round17_a_verb_of_taking_something_else_is_no_win(extract):
    # must not fire: no seats taken
    assert not _events(extract, "The Harbour Party took the lead early in the count.")


def test_round17_a_verb_of_taking_with_no_object_is_no_win(extract):
    # must not fire: "claimed that", "took to the stage", "took over from"
    text = ("NDC leader, John Mahama claimed on Tuesday that his party won 140 seats. Peter Dutton took to the stage. "
            "Liz Truss took over from Boris Johnson.")
    assert [e for e in _events(extract, text) if e[0] == "win" and e[1] != "NDC"] == []


def test_round17_the_pair_meets(extract):
    # 3. "the pair", "the two leaders": the last two people named
    text = "Prime Minister Anton Hale spoke to President Mara Voss on Friday. The pair are due to meet next week in Rimsk."
    assert ("meet", "Anton Hale", "Mara Voss") in _full(extract, text)
    text = "Prime Minister Anton Hale spoke to President Mara Voss on Friday. The two leaders will meet in Rimsk."
    assert ("meet", "Anton Hale", "Mara Voss") in _full(extract, text)


def test_round17_a_pair_needs_two_people_named(extract):
    # must not fire: one person named before "the pair"
    text = "Prime Minister Anton Hale spoke on Friday. The pair are due to meet next week in Rimsk."
    assert not [e for e in _full(extract, text) if e[0] == "meet"]


def test_round17_a_quotation_addressing_someone_congratulates_them(extract):
    # 4. a vocative opening the quotation is the one congratulated
    text = ("Prime Minister Anton Hale took a call from President Mara Voss.\n\n'Mr Prime Minister, congratulations,' "
            "President Mara Voss said in a short call.")
    assert ("congratulate", "Mara Voss", "Anton Hale") in _full(extract, text)


def test_round17_congratulations_without_an_addressee(extract):
    # must not fire: no one addressed, no one told
    text = "Prime Minister Anton Hale spoke.\n\n'Congratulations to the voters,' President Mara Voss said."
    assert ("congratulate", "Mara Voss", "Anton Hale") not in _full(extract, text)


def test_round17_a_win_hoped_for_is_no_win(extract):
    # 5. "prospects for winning", "chances of winning": weighed, not won
    text = "The result damaged Ana Roe’s prospects for winning another term. The Harbour Party’s chances of winning fell."
    assert not [e for e in _full(extract, text) if e[0] == "win"]
    # must not fire as a denial: a win stated
    assert ("win", "Harbour Party", None) in _full(extract, "The Harbour Party won the election.")


def test_round17_a_country_word_before_a_title_is_no_part_of_the_name(extract):
    # 6. "met Brazilian President Luiz Inacio Lula da Silva": the target's name without the country's word and title
    text = "Chinese leader Xi Jinping met Brazilian President Luiz Inacio Lula da Silva on Friday."
    assert ("meet", "Xi Jinping", "Luiz Inacio Lula da Silva") in _full(extract, text)


def test_round17_a_date_is_no_actor(extract):
    # 7. "(Mar 12)": a month's abbreviation before a day is a date
    assert not [e for e in _full(extract, "The Harbour Party (HP) on Saturday (Mar 12) cruised to victory.") if e[1] == "Mar"]
    # must not fire: a party whose name opens with "Mar" is not cut to a date's word
    assert all(e[1] != "Mar" for e in _full(extract, "The new party Mar Nova, which claimed 3 seats, won the vote."))


def test_round17_a_vote_share_won_is_no_win(extract):
    # 8. "saw X win 48.4 percent of the vote": "win" read as a noun, a vote share
    assert not [e for e in _full(extract, "The presidential poll saw Anton Vesk win 48.4 percent of the vote.") if e[0] == "win"]


def test_round17_an_opening_connective_is_no_part_of_the_name(extract):
    # 9. "While Vesk won both his seats": the person named before, in full
    text = ("Party chief Anton Vesk said on Sunday that his party was still part of the alliance.\n\nWhile Vesk won both "
            "his seats, former Chief Minister Ivo Brandt lost both.")
    assert ("win", "Anton Vesk", None) in _full(extract, text)
