"""Majority statements, round 9 (issue 12, item 5): constructions of election reporting that the earlier
rounds left out, each with invented sentences (fictional country, parties and people) and the sentences next to
it where it must not fire.

- an earlier election named after the phrase: "won a majority in 2015", "at the previous election", "four years
  ago"; not the year of a relative clause before the phrase ("The X, which won a majority in 2015, lost it");
- a status feared, risked or warned of is no statement: "risks losing its majority", "warned of a hung
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
        # a status feared, risked or warned of
        NEAR + "The Iron Guild risks losing its majority.",
        NEAR + "Ada Lume warned of a hung parliament.",
        NEAR + "The Iron Guild warned voters against a hung parliament.",
    ],
)
def test_round9_does_not_fire(extract, text):
    assert statuses(extract, text) == []
