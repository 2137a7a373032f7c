"""Majority statements in phrasing families that unseen election news uses and the dev articles did not
(invented sentences, fictional parties and people). Each family is written the ways several reporters would
put it, with the sentences next to it where it must not fire.

- inability is a fact, not speculation: "cannot govern alone", "could not win a majority", "can't reach a
  majority even with its allies" (a shortfall); "could win", "might not win" stay speculation;
- a margin above the mark: "four more than the halfway mark", "four above the majority mark", "four more than the
  number required for a simple majority", "more than needed for a majority", "sailed past magic mark";
- a chamber majority as the winning margin: "won the election by a one-seat majority", "was re-elected by a
  narrow majority" (not a bill's, a speaker's or a candidate's margin in one seat);
- the recipient of a majority named with its abbreviation or as "the X-led Y": "gave the Lume-led Iron Guild (IG)
  a majority";
- a minority government with a word between: "a minority coalition government", "a minority ruling government";
- seats that "do not add up to a majority";
- "six short of the required 61 for a majority", "six short of the needed 61";
- a party that "must seek" or "was forced to look for" partners;
- a projection "called" ("the broadcaster called an X majority government"), not an appeal ("called for a
  majority government", "called on voters to give X a majority").
"""

from __future__ import annotations

import pytest

from _majority_sentences import PLACE, has, statuses

NEAR = PLACE + "The Iron Guild won 55 seats and the Marsh Party 40. "
OVER = PLACE + "The Iron Guild won 65 seats and the Marsh Party 40. "


@pytest.mark.parametrize(
    "text,party,status",
    [
        # inability: a negated "can" / "could" states the shortfall
        (NEAR + "The Iron Guild cannot govern alone.", "Iron Guild", "short_of_majority"),
        (NEAR + "Even with the support of its usual allies, the Iron Guild cannot reach a majority in the assembly.", "Iron Guild", "short_of_majority"),
        (NEAR + "The Iron Guild could not win a majority.", "Iron Guild", "short_of_majority"),
        (NEAR + "The Iron Guild couldn't secure an outright majority.", "Iron Guild", "short_of_majority"),
        (NEAR + "The Iron Guild can't rule alone.", "Iron Guild", "short_of_majority"),
        # a margin above the mark
        (PLACE + "The Iron Guild won 65 seats, four more than the halfway mark.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild won 65 seats, four above the majority mark.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild won 65 seats, four more than the number required for a simple majority.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild captured 65 seats, four more than needed for a majority.", "Iron Guild", "majority"),
        (OVER + "The Iron Guild sailed past magic mark of 61 seats.", "Iron Guild", "majority"),
        # the winning margin is a chamber majority
        (OVER + "The Iron Guild won the election by a one-seat majority.", "Iron Guild", "majority"),
        (OVER + "The Iron Guild emerged as the winner by a slender majority.", "Iron Guild", "majority"),
        (OVER + "The Iron Guild was re-elected by a narrow majority.", "Iron Guild", "majority"),
        (OVER + "The Iron Guild won by a comfortable majority.", "Iron Guild", "majority"),
        (OVER + "The Iron Guild was returned to power by a majority of four seats.", "Iron Guild", "majority"),
        # the recipient named with its abbreviation, or as led by someone
        (OVER + "The result gave the Lume-led Iron Guild (IG) a majority with 65 seats.", "Iron Guild", "majority"),
        (OVER + "Voters handed the Iron Guild (IG) a clear majority.", "Iron Guild", "majority"),
        # a margin written as the score of the two sides ("a narrow 63-57 majority")
        (OVER + "The recount confirmed the seat for the Iron Guild, giving it an overall narrow 63-57 majority.", "Iron Guild", "majority"),
        # a minority government with a word between
        (NEAR + "The Iron Guild will form a minority coalition government.", "Iron Guild", "minority"),
        (NEAR + "The Iron Guild is set to lead a minority ruling government.", "Iron Guild", "minority"),
        # seats that do not add up
        (NEAR + "The seats of the Iron Guild and its allies combined do not add up to a majority.", "Iron Guild", "short_of_majority"),
        (NEAR + "The Iron Guild's 55 seats do not add up to a majority.", "Iron Guild", "short_of_majority"),
        # a shortfall from the figure needed, the adjective before the number
        (PLACE + "The Iron Guild has 55 seats – six short of the required 61 for majority.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild won 55 seats, six short of the needed 61.", "Iron Guild", "short_of_majority"),
        # partners it must look for
        (NEAR + "The Iron Guild must now seek a coalition partner.", "Iron Guild", "short_of_majority"),
        (NEAR + "The Iron Guild was forced to look for allies.", "Iron Guild", "short_of_majority"),
        # a time clause under a verb of need states what happened
        (NEAR + "The Iron Guild will need the support of smaller parties after winning the election but falling short of a majority.",
         "Iron Guild", "short_of_majority"),
        # a projection that is called (the result declared), not an appeal
        (OVER + "The national broadcaster called an Iron Guild majority government on Sunday night.", "Iron Guild", "majority"),
        (OVER + "Broadcasters called a majority for the Iron Guild shortly after midnight.", "Iron Guild", "majority"),
    ],
)
def test_family_fires(extract, text, party, status):
    has(extract, text, party, status)


@pytest.mark.parametrize(
    "text",
    [
        # speculation stays speculation
        NEAR + "The Iron Guild could win a majority.",
        NEAR + "The Iron Guild might not win a majority.",
        # margins that are not a chamber majority's
        OVER + "The budget passed by a large majority.",
        OVER + "Ada Lume won her seat by a majority of 4,000 votes.",
        OVER + "Ada Lume was elected speaker by a large majority.",
        OVER + "The Iron Guild won the Northgate seat by a narrow majority.",
        # a distance above another figure
        OVER + "The Marsh Party won 40 seats, ten more than the number it won in 2019.",
        # not a majority in the assembly
        OVER + "Minority rights groups welcomed the result.",
        OVER + "A majority of voters backed the Iron Guild.",
        OVER + "The majority leader said the Iron Guild would act.",
        # an appeal, not a call of the count
        NEAR + "Ada Lume called for a majority government.",
        NEAR + "Ada Lume called on voters to give the Iron Guild a majority.",
        # what is needed stays a goal
        NEAR + "The Iron Guild will need a majority after the vote to pass its budget.",
        # a landslide is a victory, not a chamber majority (the gold conventions do not count it)
        OVER + "The Iron Guild won in a landslide.",
    ],
)
def test_family_does_not_fire(extract, text):
    assert statuses(extract, text) == []
