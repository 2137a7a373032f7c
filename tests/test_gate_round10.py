"""Gate round 10: injected contradictions caught (issue 16), with invented articles.

Each row is one invented article, the rule looked at and the severity its findings must have: "error" (a real
contradiction the gate must fail on), "warning" (a doubt the rule must still report) or None (the rule must stay
quiet: the article agrees with itself). The rule-logic rows (CASES) run with every claim trusted (``trusted_rules``:
CLAIMX_CALIBRATION=trust), so that the rules decide, not the confidence model; the SHIPPED rows with the shipped model.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import claimx
from claimx.checks.calibration import features

sys.path.insert(0, str(Path(__file__).parent))
from _claimx_builders import seat  # noqa: E402

HEAD = "Ostria votes\n"

# an article about two chambers: the party's change in each is given by a member noun ("six senators", "20 deputies")
# or by a previous count in the change's own sentence ("losing six of the 36 seats it held")
TWO_CHAMBERS = (
    "The Harbour Party is dropping six senators and 20 deputies. "
    "In the Senate, the Harbour Party will have 30 of the 70 seats from December. "
    "In the Chamber of Deputies, the Harbour Party will have 95 of the 250 seats. "
    "The Harbour Party was the biggest loser in the Senate, losing six of the 36 seats it held. "
    "In the Chamber of Deputies, the Harbour Party fell from 115 seats to 95."
)

CASES = [
    # 1. A change names its chamber (CX008): by the member noun nearest its number, or by the previous count in its
    # own sentence; it is then tested against that chamber's result and previous count
    ("two chambers agree", "CX008", TWO_CHAMBERS, None),
    ("senators' change wrong", "CX008", TWO_CHAMBERS.replace("six senators", "eight senators"), "error"),
    ("deputies' change wrong", "CX008", TWO_CHAMBERS.replace("20 deputies", "25 deputies"), "error"),
    ("previous count in the change's sentence wrong", "CX008", TWO_CHAMBERS.replace("of the 36", "of the 38"), "error"),
    # must stay a doubt: a change that names no chamber in an article about two
    ("change naming no chamber", "CX008",
     TWO_CHAMBERS.replace("is dropping six senators and 20 deputies", "lost eight seats"), "warning"),
]

# 2. With the shipped confidence model: a results list written as news writes it ("took a total of 64 seats", "came
# second with 44 seats"), its size confirmed by the threshold of another sentence, is read in the top band, so a
# number changed to break the sum is an error; the unchanged article stays quiet
RESULTS = (
    "The Harbour Party took a total of 64 seats in the 120-seat Assembly of Ostria. "
    "The Meadow Party came second with 44 seats, followed by the Granite Union with 12 seats. "
    "A majority in the Assembly needs 61 seats."
)
SHIPPED = [
    ("results add up", "CX001", RESULTS, None),
    ("a list item raised past the chamber", "CX001", RESULTS.replace("with 12 seats", "with 20 seats"), "error"),
    ("the winner raised past the chamber", "CX001", RESULTS.replace("a total of 64", "a total of 70"), "error"),
]


@pytest.mark.parametrize("name, rule, body, expected, trusted",
                         [(*c, True) for c in CASES] + [(*c, False) for c in SHIPPED],
                         ids=[c[0] for c in CASES + SHIPPED])
def test_gate_round10(extract, request, name, rule, body, expected, trusted):
    if trusted:  # the rules' logic alone: every claim in the top band
        request.getfixturevalue("trusted_rules")
    report = claimx.check(list(extract(HEAD + body)))
    found = {f.severity for f in report.findings if f.rule == rule and f.severity != "info"}
    if expected is None:
        assert not found, [f.message for f in report.findings if f.rule == rule]
    else:
        assert found == {expected}, [(f.severity, f.message) for f in report.findings if f.rule == rule]


# 3. The confidence model's features read the claim as a reader would (claimx.checks.claim_features):
# (sentence, party, seats, evidence, a feature the claim must have, a feature it must not have)
FEATURES = [
    # a verb phrase's function words do not set the number apart from its party
    ("The Harbour Party took a total of 50 seats, up from 33.", "Harbour Party", 50, "50 seats", "pdist=near", None),
    ("The Harbour Party (HP), came second with 87 seats.", "Harbour Party", 87, "87 seats", "pdist=near", None),
    # must stay apart: words that say something stand between them
    ("The Harbour Party, said the paper on Monday, now has 48 seats.", "Harbour Party", 48, "48 seats", "pdist=mid",
     "pdist=near"),
    # a seat noun that ends the sentence is next to its number
    ("The Harbour Party trailed at 17.8 percent and 47 seats.", "Harbour Party", 47, "47 seats", "noun=adjacent",
     "noun=none"),
    # a compound number word is found where it is written
    ("Then came sixty-two more for the Harbour Party.", "Harbour Party", 62, "sixty-two", "num=word", "number=unplaced"),
    # an unknown name shaped like a party's own name, and one that is not (a coordination may be several parties)
    ("The Veltan Centre Party landed 23 seats.", "Veltan Centre Party", 23, "23 seats", "party=named", None),
    ("The Veltan Workers and allies landed 23 seats.", "Veltan Workers and allies", 23, "23 seats", "party=unknown",
     "party=named"),
]


@pytest.mark.parametrize("text, party, seats, evidence, present, absent", FEATURES, ids=[f[4] for f in FEATURES])
def test_confidence_features(text, party, seats, evidence, present, absent):
    feats = features(seat("a.txt", party, seats, text=text, evidence=evidence))
    assert present in feats, feats
    assert absent is None or absent not in feats, feats
