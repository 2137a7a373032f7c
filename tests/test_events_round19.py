"""Round 19 (issue 13): event constructions found in the misses of UNSEEN-24 (studied this round), with invented
sentences where they fire and where they must not.

1. '"Congratulations @AntonVesk on your victory," Kask said', '"CONGRATULATIONS PRESIDENT VESK!" Lind wrote', '"I
   congratulate @realAntonVesk"': a quoted message (often a social-media post) addresses its congratulation by a
   handle or by a surname in capitals; the person the article names whose surname (four letters or more) the handle
   contains or the capitals spell is the one congratulated, by the quotation's speaker. A handle no person of the
   article matches, or a surname two people share, names nobody; a title's last word ("Serbian President") is no
   surname.
2. "Ana Lind conceded that she would not win the election", "conceded that her party had lost.", "acknowledged that
   the X had lost the election": a that-clause saying the subject's side lost (the contest named, or the clause ending
   there) or will not win the contest is a concession (triggers.jsonl concede/that-lost); "conceded that the economy
   was weak", "conceded that her party had lost ground", "admitted that she had not won the argument" are not.
3. "has been accused by the Opposition of being too old": an agent phrase after "by" ends before the preposition it
   runs into ("Opposition", not "Opposition of").
4. (quotes) '"...," the Opposition said in a statement. "...," it said.': "Opposition" heads an organisation's name
   (data/quotes/speech.json org_heads), so "it" after it is that organisation, resolved to the fullest form the
   article gives ("the Ostrian Opposition").
5. (quotes) '"...," police said.', '"...," the opposition said.': an organisation a lower-case noun names (data/quotes/
   speech.json org_nouns), the first time the article speaks of one, is that organisation as described, never the last
   other organisation that spoke; 'the Kremlin said in a statement. "...," the statement said': a statement is the
   last one issued, by whoever issued it last (the issuer the article tied to a statement, or an organisation that spoke
   after it). Not "a spokesman said" (speaks for the organisation that just spoke), nor "the council" after "the Harlow
   district council" (it points back).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _event_rows import assert_event, event_rows  # noqa: E402
from _quote_rows import assert_speaker  # noqa: E402

WON = "Anton Vesk won the presidential election on Tuesday.\n"


@pytest.mark.parametrize("text, row, present", [
    (WON + "“Congratulations @AntonVesk on your victory. Together, we face the challenges ahead,” Serbian President "
     "Ivo Kask said.", ("congratulate", "Ivo Kask", "Anton Vesk"), True),
    (WON + "“CONGRATULATIONS PRESIDENT VESK! CONGRATULATIONS AMERICA!” Dutch leader Ana Lind wrote.",
     ("congratulate", "Ana Lind", "Anton Vesk"), True),
    (WON + "“Congratulations, Mr. President @AntonVesk! You made it happen!” Polish President Jan Duda said.",
     ("congratulate", "Jan Duda", "Anton Vesk"), True),
    (WON + "“I congratulate @realAntonVesk on his electoral success,” Austrian Chancellor Karl Brandt said.",
     ("congratulate", "Karl Brandt", "Anton Vesk"), True),
    # must not fire: a handle no person of the article matches; the speaker's own title
    (WON + "“Congratulations @WhiteHouse on a great night,” Serbian President Ivo Kask said.",
     ("congratulate", "Ivo Kask", "Anton Vesk"), False),
    (WON + "“CONGRATULATIONS PRESIDENT! CONGRATULATIONS AMERICA!” Serbian President Ivo Kask wrote.",
     ("congratulate", "Ivo Kask", "Ivo Kask"), False),
])
def test_round19_congratulations_by_handle(extract, text, row, present):
    assert_event(extract, text, row, present)


def test_round19_a_surname_two_people_share_names_nobody(extract):
    # must not fire: two Vesks, a post to "@Vesk2024": no target
    text = ("Anton Vesk won the presidential election on Tuesday, beating his cousin Mara Vesk.\n"
            "“Congratulations @Vesk2024 on your victory,” Serbian President Ivo Kask said.")
    rows = [r for r in event_rows(extract, text) if r[0] == "congratulate"]
    assert not any(r[2] in ("Anton Vesk", "Mara Vesk") for r in rows), rows


@pytest.mark.parametrize("text, row, present", [
    ("Liberal leader Ana Lind conceded that she would not win the election.", ("concede", "Ana Lind"), True),
    ("Liberal leader Ana Lind conceded that her party had lost.", ("concede", "Ana Lind"), True),
    ("Ana Lind conceded that she wouldn\u2019t win the election earlier in the week.", ("concede", "Ana Lind"), True),
    ("Ana Lind acknowledged that the Harbour Party had lost the election.", ("concede", "Ana Lind"), True),
    # must not fire: an admission of something else
    ("Finance Minister Ana Lind conceded that the economy was weak.", ("concede", "Ana Lind"), False),
    ("Ana Lind conceded that her party had lost ground in the cities.", ("concede", "Ana Lind"), False),
    ("Ana Lind admitted that she had not won the argument.", ("concede", "Ana Lind"), False),
    ("Ana Lind conceded that she had lost the argument.", ("concede", "Ana Lind"), False),
])
def test_round19_a_concession_in_a_that_clause(extract, text, row, present):
    assert_event(extract, text, row, present)


def test_round19_a_by_agent_ends_before_its_preposition(extract):
    text = "Prime Minister Ivo Kask has been accused by the Opposition of being too old to run the country."
    rows = [r for r in event_rows(extract, text) if r[0] == "accuse"]
    assert ("accuse", "Opposition", "Ivo Kask") in rows, rows


def test_round19_it_after_the_opposition_is_the_opposition(extract):
    text = ("Opposition demands vote\nThe Ostrian Opposition has called for a vote of no confidence in Prime Minister Ivo Kask.\n"
            "\"Kask holds on to power while protecting his minority government,\" the Opposition said in a statement.\n"
            "\"In the national interest the Opposition stands ready to form a new government,\" it said.")
    assert_speaker(extract, text, "In the na", "Ostrian Opposition")


ORGS = ("Ostria votes\nThe Harbour Party won the election in Ostria on Sunday.\n"
        "\"The vote was free and fair,\" the Ministry of Foreign Affairs said in a statement.\n")


@pytest.mark.parametrize("text, quote, speaker", [
    (ORGS + "\"Counting went smoothly,\" police said.", "Counting ", "police"),
    (ORGS + "\"We accept the verdict of the people,\" the opposition said.", "We accept", "opposition"),
    (ORGS + "\"We are ready to work with the new government,\" the Kremlin said in a statement. "
            "\"Relations will improve,\" the statement said.", "Relations", "Kremlin"),
    # must not fire: "a spokesman" speaks for the organisation that just spoke; the ministry's statement stays the ministry's
    (ORGS + "\"Counting went smoothly,\" a spokesman said.", "Counting ", "Ministry of Foreign Affairs"),
    (ORGS + "\"We thank all observers,\" the statement said.", "We thank ", "Ministry of Foreign Affairs"),
])
def test_round19_organisations_described_in_lower_case(extract, text, quote, speaker):
    assert_speaker(extract, text, quote, speaker)
