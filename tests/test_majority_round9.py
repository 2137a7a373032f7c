"""Majority statements, round 9 (issue 12, item 5): constructions of election reporting that the earlier
rounds left out, each with invented sentences (fictional country, parties and people) and the sentences next to
it where it must not fire.

- an earlier election named after the phrase: "won a majority in 2015", "at the previous election", "four years
  ago"; not the year of a relative clause before the phrase ("The X, which won a majority in 2015, lost it");
- a shortfall said elliptically ("won the most seats but not a majority", "missed out on a majority") or as a
  distance from what was needed ("six fewer than needed for a majority", "fewer seats than it needed to govern
  alone", "needs six more seats to govern alone", "below the threshold of 61 seats needed to ...");
- a mark passed with its number after it: "crossed the threshold of 61 seats needed to govern" (words of governing
  follow, or the number is half the chamber the article states);
- "a super-majority", "a super majority"; "led the X to a majority" (the party led is the one);
- what the seats allow: "can govern alone" (a present "can": "could govern alone" stays speculation), "govern
  without partners";
- what only a supermajority allows: "enough to amend the constitution";
- "reduced the X to a minority"; the seats to govern lacking: "lacks the numbers to govern alone", "does not have
  enough seats to govern alone" (a shortfall, where "govern alone" alone reads as a majority);
- a majority of people rather than of the chamber: "a majority of women among its lawmakers", "the country's
  majority ethnic group";
- the majority just reported as the subject of the next clause: "The comfortable majority will allow ...", "The
  “safe majority,” as X put it, would ..." (a word of size before "majority", ``majority_size_words``; the party of
  the count or mention before it);
- a headline whose words before the phrase name the government ("Ruling Bloc Keeps Supermajority"): the party the
  article calls ruling ("the ruling alliance, the X," too); a title-case headline's verb after a party head noun
  ("Bloc Keeps") and a possessor ("Ostrelia’s Ruling Coalition") are no part of a name;
- the chamber before this election named in the phrase's own clause ("a majority in the outgoing parliament", "at
  dissolution") or a period that began before it right after the phrase ("since 2010", "for a decade"); not a
  frame in a relative clause ("The X, which held 50 seats in the outgoing assembly, won a majority");
- an expectation: the phrase as the object of "expected / predicted" whose subject is not a count ("analysts
  expected a hung parliament"; "exit polls predicted a hung parliament" stays, a projection);
- "failed to secure the 61 seats needed." (the N seats needed closing the sentence);
- whose: "the ruling X" / "the opposition X" is a party even where the NER calls the name a person; "the coalition
  of X and Y" names both where the article names them only there; "Together with the Y, the X has a majority"
  and "together they have a majority" are the parties summed ("would" with them stays a supposition);
- a fronted circumstance under a verb of seeking is what is, the reason for the goal: "Short of a majority, the X
  will seek a partner" (a fronted purpose, "To secure a majority, ...", stays a goal);
- "came within six seats of a majority" (short, by six);
- a status hoped for, feared, risked or warned of ("likely to try to lead a minority government" stays: the
  corpus gold counts it, corpus/011); is no statement: "risks losing its majority", "warned of a hung
  parliament" (also of no party's majority);
"""

from __future__ import annotations

import pytest

from _majority_sentences import PLACE, has, statuses

NEAR = PLACE + "The Iron Guild won 55 seats and the Marsh Party 40. "
OVER = PLACE + "The Iron Guild won 65 seats and the Marsh Party 40. "


@pytest.mark.parametrize(
    "text,party,status",
    [
        # this election's status next to an earlier one's
        (NEAR + "The Iron Guild, which won a majority in 2015, lost its majority.", "Iron Guild", "short_of_majority"),
        # a shortfall said elliptically, or as a distance from what was needed
        (NEAR + "The Iron Guild won the most seats but not a majority.", "Iron Guild", "short_of_majority"),
        (NEAR + "The Iron Guild topped the poll but not with an outright majority.", "Iron Guild", "short_of_majority"),
        (NEAR + "The Iron Guild missed out on a majority.", "Iron Guild", "short_of_majority"),
        (NEAR + "The Iron Guild took 55 seats, six fewer than needed for a majority.", "Iron Guild", "short_of_majority"),
        (NEAR + "The Iron Guild won fewer seats than it needed to govern alone.", "Iron Guild", "short_of_majority"),
        (NEAR + "The Iron Guild needs six more seats to govern alone.", "Iron Guild", "short_of_majority"),
        (NEAR + "The Iron Guild stayed below the threshold of 61 seats needed to form a government.", "Iron Guild", "short_of_majority"),
        # a mark passed, named with its number after it
        (OVER + "The Iron Guild comfortably crossed the threshold of 61 seats needed to govern alone.", "Iron Guild", "majority"),
        (OVER + "The Iron Guild passed the mark of 61 seats.", "Iron Guild", "majority"),
        # a supermajority written with a hyphen or as two words
        (PLACE + "The Iron Guild won a super-majority, enough to change the constitution.", "Iron Guild", "supermajority"),
        (PLACE + "The Iron Guild won a super majority.", "Iron Guild", "supermajority"),
        # what only a supermajority allows
        (PLACE + "The Iron Guild won 85 seats, enough to amend the constitution on its own.", "Iron Guild", "supermajority"),
        (PLACE + "The Iron Guild won 80 seats, enough to change the constitution without needing opposition support.", "Iron Guild", "supermajority"),
        # the party led to a majority
        (OVER + "Ada Lume led the Iron Guild to a majority.", "Iron Guild", "majority"),
        (OVER + "Ada Lume steered the Iron Guild to a comfortable majority.", "Iron Guild", "majority"),
        (NEAR + "Voters reduced the Iron Guild to a minority.", "Iron Guild", "minority"),
        # what the seats allow: a present "can", "without partners"
        (OVER + "The Iron Guild can govern alone.", "Iron Guild", "majority"),
        (OVER + "The Iron Guild will be able to govern without coalition partners.", "Iron Guild", "majority"),
        (NEAR + "The Iron Guild cannot govern without partners.", "Iron Guild", "short_of_majority"),
        # the seats to govern are lacking: a shortfall, not a majority
        (NEAR + "The Iron Guild lacks the numbers to govern alone.", "Iron Guild", "short_of_majority"),
        (NEAR + "The Iron Guild does not have enough seats to govern alone.", "Iron Guild", "short_of_majority"),
        # a person's majority where the article names no party of hers: no party (not the party named before)
        (OVER + "Ada Lume won a majority.", None, "majority"),
        # the majority just reported, named as the subject of the next clause: the party of the count before it
        (OVER + "The comfortable majority will allow Ada Lume to pass her reforms.", "Iron Guild", "majority"),
        (OVER + "The “safe majority,” as Lume put it, would allow her to pass reforms.", "Iron Guild", "majority"),
        (OVER + "The comfortable majority will allow the Marsh Party to sit in opposition.", "Iron Guild", "majority"),
        # a headline the parser cannot read: "Ruling Bloc" before the phrase is the government the article names
        ("Ostrelia’s Ruling Bloc Keeps Supermajority in Assembly\nThe ruling alliance, the Iron Guild, won 85 of the 120 seats.",
         "Iron Guild", "supermajority"),
        ("Ruling Coalition Secures Supermajority\nThe ruling Iron Guild won 85 of the 120 seats.",
         "Iron Guild", "supermajority"),
        # a frame of the old chamber in another clause than the phrase's
        (PLACE + "The Iron Guild, which held 50 seats in the outgoing assembly, won a majority.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild won a majority, up from 50 seats in the outgoing assembly.", "Iron Guild", "majority"),
        # an expectation of the count is a projection
        (NEAR + "Exit polls predicted a hung parliament.", "Iron Guild", "short_of_majority"),
        (OVER + "The Iron Guild is expected to win a majority.", "Iron Guild", "majority"),
        # "the N seats needed" at the end of the sentence
        (NEAR + "The Iron Guild failed to secure the 61 seats needed.", "Iron Guild", "short_of_majority"),
        (OVER + "The Iron Guild secured the 61 seats needed.", "Iron Guild", "majority"),
        # whose: "the ruling X" is a party whatever the NER says; "the coalition of X and Y" names both even when the
        # article names them only there; parties summed by "together"
        (PLACE + "The opposition Marsh Party won 40 seats, and the ruling Iron Guild kept its majority.", "Iron Guild", "majority"),
        (PLACE + "The ruling coalition of the Iron Guild and the Marsh Party lost its majority.", "Iron Guild and Marsh Party", "short_of_majority"),
        (PLACE + "The Iron Guild won 55 seats. Together with the Marsh Party, it has a majority.", "Iron Guild and Marsh Party", "majority"),
        (PLACE + "The Iron Guild won 55 seats and the Marsh Party 10; together they have a majority.", "Iron Guild and Marsh Party", "majority"),
        # a fronted circumstance is the reason for a goal, not the goal
        (NEAR + "Short of a majority, the Iron Guild will seek a partner.", "Iron Guild", "short_of_majority"),
        (NEAR + "Lacking a majority, the Iron Guild wants a partner.", "Iron Guild", "short_of_majority"),
        # a distance from a majority: "came within six seats of a majority"
        (NEAR + "The Iron Guild came within six seats of a majority.", "Iron Guild", "short_of_majority"),
        # the headline names the election it reports
        ("Iron Guild wins majority in 2026 vote\n" + OVER, "Iron Guild", "majority"),
    ],
)
def test_round9_fires(extract, text, party, status):
    has(extract, text, party, status)


@pytest.mark.parametrize(
    "text",
    [
        # an earlier election named after the phrase
        NEAR + "The Iron Guild won a majority in 2015.",
        NEAR + "The Iron Guild had won a majority at the previous election.",
        NEAR + "The Iron Guild, which won a majority four years ago, lost 20 seats.",
        NEAR + "The Iron Guild won an outright majority in the assembly in 2015.",
        # a year before the latest the article names, opening the sentence
        "Ostrelia voted in 2026 for its 120-seat assembly. " + "In 2019, the Iron Guild lost its majority.",
        # a distance from what another goal needs
        NEAR + "The Marsh Party won 40 seats, six fewer than needed to enter the cabinet with a 5% threshold.",
        NEAR + "The Marsh Party got fewer votes than it needed for the runoff.",
        # a mark that is not half the chamber, nothing of governing after it
        NEAR + "The Marsh Party passed the mark of 40 seats.",
        # led to something else, or speculation
        OVER + "Ada Lume led the Iron Guild to victory.",
        NEAR + "The Iron Guild could govern alone.",
        NEAR + "The Iron Guild might govern without partners.",
        # a majority of people, not of the chamber
        OVER + "The Iron Guild has a majority of women among its lawmakers.",
        OVER + "Ostrelia's majority ethnic group backed the Iron Guild.",
        # a majority as a subject that is not the result: people voting, a need, a hope
        OVER + "The slim majority voted for the budget.",
        OVER + "The absolute majority needed is 61 seats.",
        OVER + "The Iron Guild hopes the clear majority will last.",
        # the chamber before this election, a period that began before it
        NEAR + "The Iron Guild had a majority of eight in the outgoing parliament.",
        NEAR + "The Iron Guild held a majority at dissolution.",
        OVER + "The Iron Guild has governed with a majority since 2010.",
        OVER + "The Iron Guild governed with a majority for a decade before losing it in 2021.",
        # what someone expected, not what happened
        NEAR + "Many analysts expected a hung parliament.",
        OVER + "Lume predicted a comfortable majority.",
        # a status hoped for (a fronted purpose too)
        NEAR + "To secure a majority, the Iron Guild will seek a partner.",
        NEAR + "To govern alone, a party must control 61 of the assembly's seats.",
        NEAR + "In order to win a majority, the Iron Guild needs 61 seats.",
        NEAR + "Hoping for a majority, the Iron Guild campaigned hard.",
        NEAR + "The Iron Guild hopes to come within six seats of a majority.",
        # a status feared, risked or warned of
        NEAR + "The Iron Guild risks losing its majority.",
        NEAR + "Ada Lume warned of a hung parliament.",
        NEAR + "The Iron Guild warned voters against a hung parliament.",
    ],
)
def test_round9_does_not_fire(extract, text):
    assert statuses(extract, text) == []


def test_together_with_would_stays_a_supposition(extract):
    # a sum of parties supposed, not stated: no status
    text = PLACE + "The Iron Guild won 55 seats. Together with the Marsh Party, it would have a majority."
    assert statuses(extract, text) == []
