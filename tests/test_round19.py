"""Round 19 (issue 12): constructions found in the misses of UNSEEN-24 (measured by its numbers before and after round
18's work, then studied; UNSEEN-25 is the set nobody reads), each with invented sentences and the sentences beside
them where the construction must not fire.

Whose count
1. '"To actually take 30 seats is remarkable," he said': the first word of a sentence after an opening quotation mark
   or bracket has the sentence's capital, not a name's; alone it is never a party found by its shape.
2. "Lithuania's Central Electoral Commission (VRK) ... Unofficial data from the VRK show that a total of 77 seats":
   an abbreviation the article defines for an institution (data/seats/not_parties.json) is no party, as a
   name found by its shape.
3. "the 7 seats of the Greens": a seat noun's "of" names the holder when a party the lexicon or the NER knows follows
   at once ("of the 120", "of the vote", "of the Northern region" name none).
4. "nabbed", "swept", "holding", "captures", "earned" ...: the inflections of the verbs a party wins or holds seats
   with (data/seats/cues.json count_verbs) own their elliptical count ("the Green Front, holding 40").

4b. "8 seats for the Farmers' League and the Civic Movement each": "each" after the parties a count goes "for" / "to"
   gives every one of them the count ("8 seats to the X and the Y" without "each" stays one count).

What a number counts
5. "Seven seats are in the balance": seats still in the balance are nobody's yet (data/seats/cues.json
   undecided_after).
6. "they gained 80 in total", "gained 80 seats in all": a gain totalled is the party's tally, not a change.

6c. "did not win a single seat", "Not a single seat went to the X": "a single" under a negation is a count of zero (as
   "failed to win any seat"), no longer a number dropped; "won a single seat" stays one.
6b. "the Senate, which as of next March will have 50 members": a time adverbial between "which" and the verb still
   makes the chamber the subject of its size.

Majority
7. "crossed the half-way mark": "half-way" is one token (data/entities/abbreviations.json whole_words), so it reads
   as "halfway" in the majority patterns and the threshold rules.
8. "crossed the halfway mark of 61 seats", "fell short of the magic number of 61": a mark named a majority's
   ("halfway", "majority", "magic") is the majority's, whatever follows it; a bare "the mark of 61 seats" still needs
   words of governing or half the chamber.
9. "Y bagged 56 seats crossing the half-way mark of 144 seats": a party whose own count in the sentence is below the
   mark it "crossed" did not cross it alone: the majority statement stays, with no party.

Everywhere
11. "didn’t win a majority", "couldn’t reach", "didn’t win any seats", "wouldn’t win the election": the word lists of
   every component (seats cues, majority words and patterns, event triggers and lexicon) name each word written with a
   straight apostrophe also with the typographic one (claimx.lexicon.with_curly_apostrophes); before, a curly
   negation was no negation, and "didn’t win a majority" was read as a majority.

Built and dropped: "the ruling coalition won 82 seats" owned by the description itself cost fold B four right counts
(gold resolves "the ruling coalition" to the coalition the article names elsewhere: "Unión por la Patria", "Morena and
allies"); test_round19_a_described_coalition_is_not_its_own_owner keeps that.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _majority_sentences import has, statuses  # noqa: E402
from _seat_rows import OPEN, assert_rows  # noqa: E402


@pytest.mark.parametrize("text, want, not_want", [
    # 1. a quoted sentence's first word
    ("The Harbour Party won 30 seats.\n\n\u201cTo actually take 30 seats is quite a remarkable achievement,\u201d he said.",
     [("count", "Harbour Party", 30)], [("count", "To", 30)]),
    ("The Harbour Party won 30 seats. (Only 12 seats went to the Green Front.)", [("count", "Green Front", 12)], [("count", "Only", 12)]),
    # must not fire: a name inside a quotation is still a name
    ("\u201cHarbour Union took 30 seats,\u201d he said.", [("count", "Harbour Union", 30)], []),
    # 2. an institution's abbreviation
    ("The Central Electoral Commission (CEC) said the Harbour Party won 40 seats. According to the CEC, a total of 77 "
     "seats were filled in the first round.", [("count", "Harbour Party", 40)], [("count", None, 77)]),
    # must not fire: a party's abbreviation stays the party
    ("The National Reform Party (NRP) won 40 seats. The NRP's rival, the Unity Movement, took 30.",
     [("count", "National Reform Party", 40), ("count", "Unity Movement", 30)], []),
    # 3. "N seats of the X"
    ("The Liberals won 40 seats, and the balance of power rests with the 7 seats of the Greens.",
     [("count", "Liberal", 40), ("count", "Green", 7)], [("count", "Liberal", 7)]),
    # must not fire: "of" a chamber, a region, the remaining total
    ("The Liberals won 20 seats of the 120 in the assembly.", [("count", "Liberal", 20)], [("count", "Liberal", 120)]),
    ("The Liberals keep all 20 seats of the Northern region.", [("count", "Liberal", 20)], [("count", "Northern", 20)]),
    # 4. inflections of the count verbs
    ("The Harbour Party won 82 seats, while the Green Front nabbed 80 in total.", [("count", "Green Front", 80)], []),
    ("The Harbour Party won 82 seats, while the Green Front, holding 40, lost ground.", [("count", "Green Front", 40)], []),
    # 4b. "each" after the parties
    ("The count gave 20 seats for the Harbour Party, 8 seats for the Farmers' League and the Civic Movement each, and 6 "
     "seats for the Greens.", [("count", "Farmers' League", 8), ("count", "Civic Movement", 8), ("count", "Green", 6)], []),
    # must not fire: no "each"
    ("The count gave 8 seats to the Harbour Party and the Greens.", [], [("count", "Green", 8)]),
    # 6b. "which as of next March will have"
    ("Voters also elected new members of the Senate, which as of next March will have 50 members.", [("size", 50)], []),
    # must not fire: a party's relative clause is a count, not a chamber
    ("The Harbour Party, which from March will have 40 seats, celebrated.", [("count", "Harbour Party", 40)], [("size", 40)]),
    # 5. seats in the balance
    ("Labor has won 40 seats. Seven seats are in the balance, including the premier's own.", [("count", "Labor", 40)],
     [("count", None, 7)]),
    ("Labor has won 40 seats, while seven seats still hang in the balance.", [("count", "Labor", 40)], [("count", None, 7)]),
    # must not fire: a party's seats that decide the balance of power are its own
    ("The Greens won seven seats and hold the balance of power.", [("count", "Green", 7)], []),
    # 6c. a negated "a single"
    ("The Greens won 12 seats. The Liberals did not win a single seat.", [("count", "Liberal", 0)], [("count", "Liberal", 1)]),
    ("Not a single seat went to the Liberals.", [("count", "Liberal", 0)], [("count", "Liberal", 1)]),
    # must not fire: an affirmed single seat is one
    ("The Liberals won a single seat.", [("count", "Liberal", 1)], [("count", "Liberal", 0)]),
    # 6. a gain totalled
    ("In Sunday's election, the Green Front gained 80 seats in total.", [("count", "Green Front", 80)], [("change", "Green Front", 80)]),
    # must not fire: a gain with its total given apart
    ("The Green Front gained 12 seats, taking its total to 40.", [("change", "Green Front", 12), ("count", "Green Front", 40)],
     [("count", "Green Front", 12)]),
])
def test_round19_seat_rows(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)


def test_round19_half_way_is_one_word(extract):
    # 7. "half-way": the majority pattern and the threshold read it
    text = OPEN + "Labour won 65 seats, crossing the half-way mark of 61 seats."
    has(extract, text, "Labour", "majority")
    claims = extract(text)
    assert_rows(claims, [("count", "Labour", 65)], [])
    assert [(c.seats, c.evidence[:8]) for c in claims if c.type == "majority_threshold"] == [(61, "the half")]


def test_round19_a_count_below_the_mark_crossed_names_no_party(extract):
    # 9. 56 seats do not cross a mark of 144
    text = OPEN + "The Rally Party won 105 seats while its ally, the Green Party, bagged 56 seats, crossing the half-way mark of 144 seats."
    found = statuses(extract, text)
    assert ("majority" in {s for _, s, _ in found}) and not any(p and s == "majority" for p, s, _ in found), found


def test_round19_a_described_coalition_is_not_its_own_owner(extract):
    # must not fire: the article names its governing coalition; "the ruling coalition" is that one, not a new owner
    text = OPEN + ("The Harbour Union governs with its allies. The ruling coalition managed to keep 104 of the 118 seats it "
                   "currently holds.")
    found = [c for c in extract(text) if c.type == "seat_count"]
    assert not any((c.party or "").lower() == "ruling coalition" for c in found), found


def test_round19_curly_negated_any_seats_is_zero(extract):
    assert_rows(extract(OPEN + "The Greens didn\u2019t win any seats."), [("count", "Green", 0)], [])


def test_curly_apostrophe_lists():
    from claimx.lexicon import with_curly_apostrophes

    assert with_curly_apostrophes(["n't", "not"]) == ["n't", "not", "n\u2019t"]
    assert with_curly_apostrophes({"IN": ["can't"]}) == {"IN": ["can't", "can\u2019t"]}
    assert with_curly_apostrophes(["won"]) == ["won"]


@pytest.mark.parametrize("text, party, status", [
    # 8. a mark named a majority's
    ("Labour has crossed the halfway mark of 61 seats.", "Labour", "majority"),
    ("Labour passed the majority mark of 61 seats.", "Labour", "majority"),
    ("The Green Party fell short of the magic number of 61.", "Green Party", "short_of_majority"),
    # 9. must not fire: a count above the mark crossed keeps its party
    ("The Rally Party won 150 seats, crossing the halfway mark of 144 seats.", "Rally Party", "majority"),
    # 11. curly negations, and the same sentence with no negation
    ("The Harbour Party didn\u2019t win a majority.", "Harbour Party", "short_of_majority"),
    ("The Harbour Party won 40 seats but couldn\u2019t reach a majority of 61.", "Harbour Party", "short_of_majority"),
    ("The Harbour Party did win a majority.", "Harbour Party", "majority"),
])
def test_round19_majority_statuses(extract, text, party, status):
    has(extract, OPEN + text, party, status)


@pytest.mark.parametrize("text", [
    # 8. must not fire: "the mark of 61 seats" in a 200-seat chamber is no majority's mark
    "Labour passed the mark of 61 seats in the 200-seat chamber.",
    # 11. a curly negation never reads as a majority
    "The Harbour Party didn\u2019t win a majority.",
])
def test_round19_no_majority(extract, text):
    found = statuses(extract, OPEN + text)
    assert not any(s == "majority" for _, s, _ in found), found
