"""Severity from evidence, round 9: findings that rest on an extraction doubt (a group as owner, another chamber,
another time, a majority joined to another party) are warnings; real contradictions stay errors.

Every article here is invented (invented countries, parties and numbers). The end-to-end cases run with every
claim trusted (``trusted_rules``: CLAIMX_CALIBRATION=trust), so that only the evidence rules of
``claimx.checks.doubts`` decide, not the confidence model.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import claimx
from claimx.checks import doubts

HEAD = "Ostria votes\n"


def _findings(extract, body: str, rule: str | None = None):
    report = claimx.check(extract(HEAD + body))
    return [f for f in report.findings if f.severity != "info" and (rule is None or f.rule == rule)]


def _severities(extract, body: str, rule: str) -> set[str]:
    return {f.severity for f in _findings(extract, body, rule)}


# ------------------------------------------------------------------ end to end: doubts are warnings


@pytest.mark.parametrize("body", [
    # a majority with a partner's support: the majority is the two parties' together
    "The Sarvat Party won 58 of the 120 seats in the National Chamber. "
    "With the support of the Kaval Bloc's 12 seats, the Sarvat Party secured a majority.",
    # another party gives it the majority
    "The Sarvat Party won 50 of the 120 seats in the National Chamber. The Kaval Bloc won 40. "
    "The Rivo Union gave the Sarvat Party a majority.",
    # a majority government formed with another party
    "The Sarvat Party won 50 of the 120 seats in the National Chamber. The Kaval Bloc won 40. "
    "The Sarvat Party will form a majority government with the Rivo Union.",
])
def test_majority_joined_to_another_party_is_a_doubt(extract, trusted_rules, body):
    found = _findings(extract, body, "CX003")
    assert found, "the check still reports it"
    assert all(f.severity == "warning" and "extraction doubt" in f.message for f in found), found


# (rule, words the warning must give as its reason, article): each finding is a warning that says why
WARNED = [
    # "Independents fell short": the reading gives the status to the party of the sentence before
    ("CX003", "Independents",
     "The Sarvat Party won 70 of the 120 seats in the National Chamber. Independents fell short of a majority."),
    # the status's party comes from the sentence before, its own sentence speaks of a collective
    ("CX003", "another sentence",
     "The Sarvat Party won 55 of the 120 seats in the National Chamber. The result gives the governing coalition a "
     "majority."),
    ("CX003", "another sentence",
     "The Sarvat Party won 55 of the 120 seats in the National Chamber. The Kaval Party won 40 seats. The ruling "
     "alliance retained its majority."),
    # a count of an earlier election named by its year
    ("CX002", "extraction doubt",
     "The Sarvat Party won 64 of the 120 seats in the National Chamber in the 2024 election. After the 2019 "
     "election the Sarvat Party held 47 seats."),
    # combined counts: "Combined, X and Y ..." ("X, Y and Z won 55 seats together" is now read as their joint count:
    # test_a_coordinated_subject_holds_its_count_together below)
    ("CX001", "together",
     "The Sarvat Party won 60 of the 120 seats in the National Chamber. The Kaval Party won 40 seats. Combined, "
     "the Kaval Party and the Rivo Union hold 52 seats."),
    # a change is measured from the last election; the count at dissolution moved since (by-elections, defections)
    ("CX008", "outgoing parliament",
     "The Sarvat Party won 70 of the 120 seats in the National Chamber, a gain of 12 seats. The Sarvat Party had 60 "
     "seats at dissolution."),
    ("CX008", "outgoing parliament",
     "The Sarvat Party won 70 of the 120 seats in the National Chamber, a gain of 12 seats on the last election. "
     "The Sarvat Party went into the vote with 60 seats."),
    ("CX002", "another time",
     # (a previous-time phrase the extractor does not read as one: "Until now")
     "The Sarvat Party won 70 seats in the 120-seat National Chamber. Until now, the Sarvat Party held 58 "
     "seats. The Kaval Bloc won 40 seats."),
    # an upper chamber's count in an article about the lower one; a state assembly's count
    ("CX002", "another chamber",
     "In the upper house, the Sarvat Party won 40 of the 60 seats. In the 120-seat National Chamber, the Sarvat "
     "Party won 55 seats, short of a majority, and the Kaval Party won 45."),
    ("CX002", "another chamber",
     "The Sarvat Party won 70 seats in the 120-member National Chamber. In the state assembly of Eastmarch, the "
     "Sarvat Party won 30 seats. The Kaval Party won 45 seats in the National Chamber."),
]


@pytest.mark.parametrize("rule, reason, body", WARNED)
def test_a_doubtful_finding_is_a_warning_saying_why(extract, trusted_rules, rule, reason, body):
    found = _findings(extract, body, rule)
    assert found and all(f.severity == "warning" and reason in f.message for f in found), found


def test_chamber_size_of_a_named_earlier_year_is_not_contradicted_by_the_reference(extract, trusted_rules):
    # the built-in reference knows Taiwan's Legislative Yuan only from 2008: a size stated for 1998 is not its error
    text = ("The Kuomintang won 52 of the 113 seats in Taiwan's Legislative Yuan. The last time no party won a "
            "majority was in 1998, when the Legislative Yuan had 225 seats.")
    found = [f for f in claimx.check(extract("Taiwan votes\n" + text)).findings if f.rule == "CX020"]
    assert found and all(f.severity == "warning" and "1998" in f.message for f in found), found


# ------------------------------------------------------------------ end to end: real contradictions stay errors


@pytest.mark.parametrize("body, rule", [
    # a majority claimed with too few seats in its own sentence
    ("The Sarvat Party won 50 of the 120 seats in the National Chamber, a majority.", "CX003"),
    # another party in the sentence, compared, not joined: the statement gives its owner's count itself
    ("The Sarvat Party won a majority with 50 of the 120 seats in the National Chamber, while the Kaval Party "
     "took 40.", "CX003"),
    # short of a majority with more than enough, another party named after "while"
    ("The Sarvat Party won 65 of the 120 seats in the National Chamber but fell short of a majority, while the "
     "Kaval Party took 40.", "CX003"),
    # residual groups of a results list add up against the chamber: 70 + 40 + 20 > 120
    ("The Sarvat Party won 70 of the 120 seats in the National Chamber. The Kaval Party won 40 seats. "
     "Others won 20 seats.", "CX001"),
    ("The Sarvat Party won 62 of the 120 seats in the National Chamber. The Kaval Party took 40 seats. "
     "Independents won 30 seats.", "CX001"),
    # the article's own election named by its year is no other time
    ("The Sarvat Party won 64 of the 120 seats in the National Chamber in the 2024 election. Final figures gave "
     "the Sarvat Party 66 seats in the 2024 election.", "CX002"),
    # a combining word without another party: 'a total of'
    ("The Sarvat Party won 70 of the 120 seats in the National Chamber. The Sarvat Party won 75 seats altogether, "
     "the final count showed.", "CX002"),
    # a change against the last election's count: 70 - 60 is not 12
    ("The Sarvat Party won 70 of the 120 seats in the National Chamber, a gain of 12 seats. In the last election "
     "the Sarvat Party won 60 seats.", "CX008"),
    # a previous-time phrase that belongs to the previous count (58), not to the results 70 and 75
    ("The Sarvat Party won 70 seats in the 120-seat National Chamber, up from 58 in the outgoing parliament. "
     "Final figures gave the Sarvat Party 75 seats.", "CX002"),
])
def test_real_contradictions_stay_errors(extract, trusted_rules, body, rule):
    assert _severities(extract, body, rule) == {"error"}, _findings(extract, body)


def test_clean_articles_raise_nothing(extract, trusted_rules):
    for body in (
        "The Sarvat Party won 70 of the 120 seats in the National Chamber. The Kaval Party won 40 seats. "
        "In the Senate, the Kaval Party won 45 seats.",
        "The Kaval Party won 40 seats, while the Sarvat Party won 70 of the 120 seats in the National Chamber. "
        "The opposition fell short of a majority.",
    ):
        assert not [f for f in _findings(extract, body) if f.severity == "error"], body


# ------------------------------------------------------------------ the doubts one by one


def _claim(type_, text, evidence, **kw):
    base = dict(type=type_, text=text, evidence=evidence, line=3, doc="a.txt", rule="seats/count-left", id="c1",
                party=None, party_text=None, status="result", seats=None, body=None)
    base.update(kw)
    return SimpleNamespace(**base)


@pytest.mark.parametrize("name, summed, doubtful", [
    ("Independents", False, True), ("Independents", True, False),  # a results list's residual group adds up
    ("Others", True, False), ("the opposition", True, True),  # the opposition overlaps the parties
    ("opposition parties", False, True), ("Sarvat Party", False, False),
    ("Independent Ostrian Party", False, False),  # a party whose name starts with a group word
])
def test_group_owner(name, summed, doubtful):
    c = _claim("seat_count", f"{name} won 12 seats.", "12 seats", party=name, party_text=name, seats=12)
    assert (doubts.group_owner(c, summed) is not None) == doubtful


@pytest.mark.parametrize("text, evidence, label, doubtful", [
    ("The Kaval Party also holds 45 of the Senate's 60 seats.", "45", "National Chamber", True),
    ("The Kaval Party won 12 seats in the state assembly.", "12 seats", "National Chamber", True),
    ("The Kaval Party won 12 seats in the state assembly.", "12 seats", "State Assembly of Eastmarch", False),
    ("The Kaval Party won 45 seats in the Senate.", "45 seats", "Senate", False),
    ("The Kaval Party won 80 seats in the lower house.", "80 seats", "Senate", True),
    # the nearest chamber term decides: 80 is the lower house's, the Senate is another clause's
    ("The Kaval Party won 80 seats in the lower house, and it also controls the Senate.", "80 seats",
     "Chamber of Deputies", False),
    ("The Kaval Party won 80 seats.", "80 seats", None, False),
    # a national term nearer than the state one: "all 14 parliamentary seats ..., and 9 of the 15 state seats"
    ("The Kaval Party took all 14 parliamentary seats in Eastmarch, besides winning 9 of the 15 state seats.", "14",
     "National Chamber", False),
])
def test_other_chamber(text, evidence, label, doubtful):
    c = _claim("seat_count", text, evidence, party="Kaval Party", seats=int(evidence.split()[0]))
    assert (doubts.other_chamber(c, label) is not None) == doubtful


@pytest.mark.parametrize("text, evidence, seats, doubtful", [
    ("At dissolution, the Sarvat Party held 58 seats.", "58 seats", 58, True),
    ("The Sarvat Party held 58 seats at dissolution.", "58 seats", 58, True),
    ("The Sarvat Party had 66 seats in the previous parliament.", "66 seats", 66, True),
    # the phrase belongs to the nearer number
    ("The Sarvat Party won 70 seats, up from 58 in the outgoing parliament.", "70 seats", 70, False),
    ("The Sarvat Party, which held 58 seats before the election, won 70.", "70", 70, False),
    ("The Sarvat Party won 70 seats.", "70 seats", 70, False),
])
def test_previous_context_of_a_count(text, evidence, seats, doubtful):
    c = _claim("seat_count", text, evidence, party="Sarvat Party", seats=seats)
    assert (doubts.previous_context(c) is not None) == doubtful


def test_previous_context_of_a_majority_statement():
    ms = _claim("majority_status", "The Sarvat Party, which had a majority at dissolution, won only 50 seats.",
                "had a majority", status="majority", party="Sarvat Party", party_text="Sarvat Party")
    assert doubts.previous_context(ms) is not None
    ms = _claim("majority_status", "The Sarvat Party won a majority, up from 58 seats at dissolution.",
                "won a majority", status="majority", party="Sarvat Party", party_text="Sarvat Party")
    assert doubts.previous_context(ms) is None  # the phrase is 58's


def _ms(text, evidence, party="Sarvat Party", rule="majority/win-majority+party:subject"):
    return _claim("majority_status", text, evidence, status="majority", party=party, party_text=party, rule=rule,
                  id="m1")


@pytest.mark.parametrize("text, count_here, doubtful", [
    ("Backed by the Rivo Union, the Sarvat Party secured a majority.", False, True),
    ("The Sarvat Party and its partner the Rivo Union together command a majority.", False, True),
    ("The Rivo Union's votes give the Sarvat Party a majority.", False, True),
    ("The Sarvat Party won a majority, while the Rivo Union came second.", False, True),  # no count of its own
    ("The Sarvat Party won a majority with 70 seats, while the Rivo Union came second.", True, False),
    ("The Sarvat Party won a majority.", False, False),  # no other party
    ("The Sarvat Party won a majority in the National Assembly.", False, False),  # a chamber is no party
])
def test_majority_owner(text, count_here, doubtful):
    ms = _ms(text, "a majority")
    count = SimpleNamespace(text=text if count_here else "another sentence", line=3, type="seat_count")
    assert (doubts.majority_owner_doubt(ms, count, [ms]) is not None) == doubtful


def test_a_shortfall_looking_to_partners_stays_its_owners():
    # if the two together fall short, so does the owner alone: the partner named is no doubt
    ms = _ms("A coalition will still be needed, with the Sarvat Party looking to its allies the Rivo Union.",
             "A coalition will still be needed")
    ms.status = "short_of_majority"
    assert doubts.majority_owner_doubt(ms, None, [ms]) is None


def test_no_party_statements_are_not_owner_doubts():
    # "no party won a majority" (read as the largest party's) speaks of every party: others in it are no doubt
    ms = _ms("No party won a majority, with the Rivo Union second behind the Sarvat Party.", "won a majority",
             rule="majority/win-majority/negated+party:largest")
    assert doubts.majority_owner_doubt(ms, None, [ms]) is None


def test_outgoing_base_only_when_the_change_does_not_give_it():
    change = _claim("seat_change", "The Sarvat Party won 70 seats, up 12 from the 60 it held at dissolution.", "up 12",
                    party="Sarvat Party")
    before = _claim("seat_count", change.text, "60", party="Sarvat Party", seats=60, status="previous")
    assert doubts.outgoing_base(change, before) is None  # the change states its base itself
    before = _claim("seat_count", "It held 60 seats at dissolution.", "60 seats", party="Sarvat Party", seats=60,
                    status="previous", line=4)
    assert doubts.outgoing_base(change, before) is not None


def test_a_result_equal_to_the_previous_count_is_a_doubt():
    now = _claim("seat_count", "The Sarvat Party won 70 seats.", "70 seats", party="Sarvat Party", seats=70)
    misread = _claim("seat_count", "The Sarvat Party held 58 seats.", "58 seats", party="Sarvat Party", seats=58,
                     line=5)
    before = _claim("seat_count", "It won 70 seats, up from 58.", "58", party="Sarvat Party", seats=58,
                    status="previous", line=4)
    assert doubts.previous_value([now, misread], [now, misread, before]) is not None
    other = _claim("seat_count", "It won 70, up from 61.", "61", party="Sarvat Party", seats=61, status="previous")
    assert doubts.previous_value([now, misread], [now, misread, other]) is None


def test_a_coordinated_subject_holds_its_count_together(extract, trusted_rules):
    # (round 22: the count of "X, Y and Z ... together" is theirs jointly, so no party is given two results)
    body = ("The Sarvat Party won 60 of the 120 seats in the National Chamber. The Kaval Party won 40 seats. The Kaval "
            "Party, the Rivo Union and the Green Front won 55 seats together.")
    counts = {(c.party, c.seats) for c in extract(body) if c.type == "seat_count"}
    assert ("Kaval Party and Rivo Union and Green Front", 55) in counts and ("Kaval Party", 55) not in counts, counts
    assert not _findings(extract, body, "CX002")
