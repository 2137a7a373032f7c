"""How reporters state seat figures, on invented sentences (fictional parties in a fictional Ostria): each
construction with the claims it must give and, beside it, the sentences where it must not fire.

A row: (text, claims that must be among the article's seat claims, claims that must not be). A claim is
("count", party, seats, status), ("change", party, delta) or ("size", seats); a status of None matches any.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _seat_rows import OPEN, assert_rows  # noqa: E402


CASES = [
    # ---- a gain verb that reports a tally, not a change
    ("The Harbour Party gained 31 seats out of 120, while the Iron Guild gained 40, according to an exit poll.",
     [("count", "Harbour Party", 31, "projected"), ("size", 120), ("count", "Iron Guild", 40, "projected")],
     [("change", None, 31), ("count", None, 120)]),
    # (a count so far, stated as fact, is a result: the rule keeps the "partial-count" cue for the checks)
    ("The Harbour Party has so far picked up 73 seats in the 150-seat Assembly.",
     [("count", "Harbour Party", 73, "result")], [("change", None, 73)]),
    ("According to the final results, the Harbour Party gained 68 seats, followed by the Iron Guild with 40 seats.",
     [("count", "Harbour Party", 68, None)], [("change", None, 68)]),
    # must not: a plain gain, and a gain in a sentence that compares
    ("The Harbour Party gained 12 seats, while the Iron Guild lost 9.",
     [("change", "Harbour Party", 12), ("change", "Iron Guild", -9)], [("count", None, 12)]),
    ("According to the final results, the Harbour Party gained 12 seats compared with 2019.",
     [("change", "Harbour Party", 12)], [("count", None, 12)]),
    # ---- phrasal verbs of taking: "scooped up N seats" is the count, "up N seats" alone a change
    ("A resurgent Valley Front scooped up 32 seats in the 150-seat Assembly.",
     [("count", "Valley Front", 32, "result")], [("change", None, 32)]),
    ("The Valley Front won 40 seats, up 12 seats on 2019, in the 150-seat Assembly.",
     [("count", "Valley Front", 40, None)], [("count", None, 12)]),
    # ---- "N seats to X's M": the first count is the subject's
    ("On current estimates, the Harbour Party is securing 74 seats to the Iron Guild's 66 in the 151-seat Assembly.",
     [("count", "Harbour Party", 74, None), ("count", "Iron Guild", 66, None)], [("count", "Iron Guild", 74)]),
    ("In the 151-seat Assembly, 74 seats went to the Iron Guild.", [("count", "Iron Guild", 74, None)], []),
    # ---- distances: "N seats ahead of"
    ("The Harbour Party won 60 seats in the 150-seat Assembly and finished 10 seats ahead of the Iron Guild.",
     [("count", "Harbour Party", 60, "result")], [("count", None, 10)]),
    ("The Valley Front is one seat ahead of the Iron Guild with 29 seats in the 150-seat Assembly.",
     [], [("count", None, 1)]),
    # ---- "out of a total N", seats contested
    ("The Harbour Party came out on top, garnering 83 out of a total 93 seats.",
     [("count", "Harbour Party", 83, "result"), ("size", 93)], [("count", None, 93)]),
    ("The Iron Guild won 10 seats out of 21 seats they contested in the 93-seat Assembly.",
     [("count", "Iron Guild", 10, "result")], [("size", 21), ("count", None, 21)]),
    ("Out of a total 21 seats contested, the Iron Guild won 10 seats.",
     [("count", "Iron Guild", 10, None)], [("size", 21), ("count", None, 21)]),
    # must not: a chamber "of the N seats" stays the chamber
    ("The Harbour Party won 83 of the 93 seats.", [("count", "Harbour Party", 83, None), ("size", 93)], []),
    # ---- "whose party has N seats": a party named by its leader, never the chamber
    ("Iron Guild leader Ana Voss, whose party has 47 seats, met the president. The 150-seat Assembly meets on Monday.",
     [("count", "Iron Guild", 47, None), ("size", 150)], [("size", 47)]),
    ("Tomas Reyes, whose party has 47 seats, met the president. The 150-seat Assembly meets on Monday.",
     [("size", 150)], [("size", 47)]),
    ("The Assembly has 150 seats.", [("size", 150)], []),
    # ---- "goes up to N" is a movement, "up to N" alone a bound
    ("The Harbour Party will now have 56 seats, and the Iron Guild goes up to 46 seats.",
     [("count", "Iron Guild", 46, "result")], []),
    ("The Iron Guild could win up to 46 seats, a poll said.", [], []),
    # ---- earlier counts: "compared with N on election night", "from N on election night to M"
    ("The Harbour Party won 56 seats, compared with 58 on election night.",
     [("count", "Harbour Party", 56, "result"), ("count", "Harbour Party", 58, "previous")], []),
    ("The Harbour Party has lost two seats, dropping from 58 on election night to 56.",
     [("change", "Harbour Party", -2), ("count", "Harbour Party", 58, "previous"), ("count", "Harbour Party", 56, "result")], []),
    ("The Harbour Party entered the campaign with 177 seats and won 150 in the 338-seat Assembly.",
     [("count", "Harbour Party", 177, "previous"), ("count", "Harbour Party", 150, "result")], [("count", None, 177, "result")]),
    # must not: a result "on Sunday" after a count verb is no earlier count
    ("The Harbour Party won 56 seats in the 150-seat Assembly on Sunday.", [("count", "Harbour Party", 56, "result")],
     [("count", None, 56, "previous")]),
    # ---- what a loss leaves: "leaving them with N", "lost all but N"
    ("The Iron Guild lost 90 seats, leaving them with 258, in the 650-seat Assembly.",
     [("change", "Iron Guild", -90), ("count", "Iron Guild", 258, "result")], []),
    ("The Harbour Party lost all but one of its seats in the north.", [("count", "Harbour Party", 1, None)],
     [("change", None, -1)]),
    ("The Harbour Party won all but two of the seats in the north.", [], [("count", None, 2)]),
    # ---- "were down five on 57": the change and the count it stands on
    ("The Valley Front were down five on 57, and the Marsh Party were up one on 2019 with three seats.",
     [("change", "Valley Front", -5), ("count", "Valley Front", 57, None), ("change", "Marsh Party", 1)], []),
    # ---- bare changes: "lost two in the final results", "each picked up one"
    ("The Harbour Party has lost two in the final results, and the Valley Front and the Iron Guild each picked up one.",
     [("change", "Harbour Party", -2), ("change", "Valley Front", 1), ("change", "Iron Guild", 1)],
     [("count", None, 1), ("count", None, 2), ("change", "Harbour Party", 1)]),
    # ---- fronted and rank counts: "With N, X has ...", "ranked third with N", "with N elected"
    ("With 50, the Harbour Party has the most seats in the 158-seat Assembly.", [("count", "Harbour Party", 50, "result")], []),
    ("With 50 per cent counted, the Harbour Party leads in the 158-seat Assembly.", [], [("count", None, 50)]),
    ("The Valley Front, ranked third with 9, trails the Iron Guild in the 120-seat Assembly.",
     [("count", "Valley Front", 9, "result")], []),
    ("The Valley Front had its best result in years, with 44 elected over the weekend in the 158-seat Assembly.",
     [("count", "Valley Front", 44, "result")], []),
    # ---- counts still running, majorities that are no counts, a chamber named by its members
    ("The Harbour Party has won 290 seats so far in the 650-seat Assembly.", [("count", "Harbour Party", 290, "result")], []),
    ("Neither the Harbour Party nor the Iron Guild can get a majority of 61 in the 120-seat Assembly.", [("size", 120)],
     [("count", None, 61)]),
    ("The 230 deputies of the Ostrian Assembly will be distributed. The Harbour Party won 117 deputies.",
     [("size", 230), ("count", "Harbour Party", 117, "result")], [("count", None, 230)]),
    # ---- another party's tally a count is compared with is not its owner
    ("The Iron Guild fell short of the Harbour Party's tally, taking just 121 seats.",
     [("count", "Iron Guild", 121, None)], [("count", "Harbour Party", 121)]),
    ("The Harbour Party's candidates took 40 seats.", [("count", "Harbour Party", 40, None)], []),
    # ---- gains that share a whole: every gain of the sentence is a count
    ("The Harbour Party gained 54 seats out of 120, while the Iron Guild gained 59.",
     [("count", "Harbour Party", 54, None), ("count", "Iron Guild", 59, None), ("size", 120)],
     [("change", None, 59), ("change", None, 54)]),
    # ---- "in 2019 it had N": the party's earlier count
    ("Harbour Party (HP): 76 deputies, in 2019 it had 79 seats in the 230-seat Assembly.",
     [("count", "Harbour Party", 76, "result"), ("count", "Harbour Party", 79, "previous")], [("count", None, 79, "result")]),
    # ---- "one of the <people>" is no share of seats
    ("Iron Guild (IG): 5 deputies. One of the major victims had 19 deputies.",
     [("count", "Iron Guild", 5, None)], [("count", None, 1)]),
    # ---- "lost four seats to 15": the change and the count it brought
    ("The Harbour Party won 40 seats. The Iron Guild, which lost four seats to 15, came third.",
     [("change", "Iron Guild", -4), ("count", "Iron Guild", 15, "result")], []),
    ("The Harbour Party won 40 seats, while the Iron Guild lost four seats to the Harbour Party.",
     [("change", "Iron Guild", -4)], [("count", None, 4)]),
    # ---- requirements and figures denied are no counts
    ("To form government, a party or coalition (here the Harbour Party and the Iron Guild) must get 76 seats in the Assembly.",
     [], [("count", None, 76)]),
    ("The Harbour Party won 20 seats. The Iron Guild must win at least 10 seats in the north.",
     [("count", "Harbour Party", 20, None)], [("count", None, 10)]),
    ("It's impossible for the Iron Guild to win 76 with the numbers they have in the 151-seat Assembly.", [], [("count", None, 76)]),
    ("The Harbour Party has won 290 seats so far but can not now reach the 326 needed to win an overall majority.",
     [("count", "Harbour Party", 290, "result")], [("count", None, 326)]),
    # ---- "each" after a count of another party's: the earlier party keeps its own
    ("The Iron Guild has won 68 seats so far and the Valley Front, the Marsh Party and the Green Alliance have all taken one seat each.",
     [("count", "Iron Guild", 68, None), ("count", "Valley Front", 1, None), ("count", "Marsh Party", 1, None)],
     [("count", "Iron Guild", 1)]),
    # ---- a party right of a count in another clause is not its owner; a fronted count's is
    ("According to the broadcaster, the governing party won around 158 of the 338 seats, leaving the Iron Guild with around 119 seats.",
     [("count", "Iron Guild", 119, None), ("size", 338)], [("count", "Iron Guild", 158)]),
    ("The party won 48 seats, while the opposition party, the Valley Front, won 39.",
     [("count", "Valley Front", 39, None)], [("count", "Valley Front", 48)]),
    ("With 83 seats out of 93, the ruling Harbour Party retained its supermajority.",
     [("count", "Harbour Party", 83, "result"), ("size", 93)], []),
    # ---- "X is up two": a change; "were down to two", "was up to 40 seats": the new count
    ("The Harbour Party is up 10 seats, the Valley Front is up two, and the Iron Guild is down three.",
     [("change", "Harbour Party", 10), ("change", "Valley Front", 2), ("change", "Iron Guild", -3)],
     [("count", None, 2), ("count", None, 3)]),
    ("The Greens were down to two in the 120-seat Assembly, and the Iron Guild was up to 40 seats.",
     [("count", "Greens", 2, "result"), ("count", "Iron Guild", 40, "result")], [("change", None, -2), ("change", None, 40)]),
    # ---- "won N seats from X": seats taken from another party, a gain
    ("The Valley Front won 10 seats so far from the Harbour Party in the 646-seat Assembly.",
     [("change", "Valley Front", 10)], [("count", None, 10), ("change", "Harbour Party", 10)]),
    ("The Valley Front won 10 seats in the 646-seat Assembly.", [("count", "Valley Front", 10, "result")], [("change", None, 10)]),
    ("The Valley Front has also made big inroads on Harbour Party majorities and won 10 seats so far from the Harbour Party.",
     [("change", "Valley Front", 10)], [("change", "Harbour Party", 10)]),
    # ---- "all N seats filled": the chamber, not the party named after it
    ("The Assembly is complete as all 174 seats filled with the Harbour Party leading with most seats.",
     [("size", 174)], [("count", None, 174)]),
    # ---- "X or Y, who each gained N": only the parties the relative clause is about
    ("The Harbour Party and the Iron Guild can negotiate with the Valley Front or the Marsh Party, who each gained 11 seats.",
     [("change", "Valley Front", 11), ("change", "Marsh Party", 11)], [("change", "Harbour Party", 11), ("change", "Iron Guild", 11)]),
    ("The Harbour Party, the Iron Guild and the Valley Front won 7 seats each.",
     [("count", "Harbour Party", 7, None), ("count", "Iron Guild", 7, None), ("count", "Valley Front", 7, None)], []),
    # ---- a fronted count of two parties is their combination's
    ("With a combined 86 seats, the Harbour Party and the Iron Guild will likely form the next government.",
     [("count", "Harbour Party and Iron Guild", 86, None)], [("count", "Harbour Party", 86), ("count", "Iron Guild", 86)]),
    # ---- a party inside a ", which ... ," aside is not the subject's
    ("The results show that the alliance, which contested under the Harbour Party banner, officially gained 113 seats.",
     [], [("count", "Harbour Party", 113), ("change", "Harbour Party", 113)]),
    ("The Iron Guild, which campaigned on housing, won 40 seats in the 120-seat Assembly.",
     [("count", "Iron Guild", 40, "result")], []),
    # ---- projections by a phrase of heading: "is on course for 40", "is set to have 63 after recounts"
    ("The Harbour Party is set to have 63 seats after recounts, and the Iron Guild is on course for 40.",
     [("count", "Harbour Party", 63, "projected"), ("count", "Iron Guild", 40, "projected")], []),
    ("Ostria elects 120 seats. The Harbour Party is set to have 63 after recounts.", [("count", "Harbour Party", 63, "projected")], []),
    ("The Harbour Party won 63 seats. Its leader spoke at 2 after midnight.", [("count", "Harbour Party", 63, "result")],
     [("count", None, 2)]),
    # ---- the reporter's forms that already held, kept: verbs of winning, lists, respectively, apiece, "lost N of its M"
    ("The Harbour Party clinched 61 seats, the Iron Guild bagged 40 and the Valley Front captured 12 lawmakers.",
     [("count", "Harbour Party", 61, "result"), ("count", "Iron Guild", 40, "result"), ("count", "Valley Front", 12, "result")], []),
    ("The Iron Guild was reduced to 12 seats, while the Valley Front rose to 30.",
     [("count", "Iron Guild", 12, "result"), ("count", "Valley Front", 30, "result")], [("change", None, 30)]),
    ("The Iron Guild lost 20 of its 52 seats.", [("change", "Iron Guild", -20), ("count", "Iron Guild", 52, "previous")], []),
    ("Ostria elects 120 seats. The final tally: Harbour Party 61, Iron Guild 40, Valley Front 12.",
     [("count", "Harbour Party", 61, None), ("count", "Iron Guild", 40, None), ("count", "Valley Front", 12, None)], []),
    ("The Harbour Party and the Iron Guild won 12 seats apiece.",
     [("count", "Harbour Party", 12, None), ("count", "Iron Guild", 12, None)], []),
    # ---- a run of changes shares its verb; "respectively" pairs them; "seven and three" are two numbers
    ("The three largest parties, the Harbour Party, the Iron Guild and the Valley Front, gained ten, seven and three seats respectively.",
     [("change", "Harbour Party", 10), ("change", "Iron Guild", 7), ("change", "Valley Front", 3)], [("change", None, 10 + 7), ("count", None, 10)]),
    ("The Harbour Party and the Iron Guild won eleven and seven seats respectively, and the Marsh Party won one hundred and three.",
     [("count", "Harbour Party", 11, None), ("count", "Iron Guild", 7, None), ("count", "Marsh Party", 103, None)], []),
    ("The Iron Guild is dropping six senators and 24 deputies, while the Harbour Party keeps all its members while gaining one more.",
     [("change", "Iron Guild", -6), ("change", "Iron Guild", -24), ("change", "Harbour Party", 1)], []),
    ("The Harbour Party now has 48 seats in the 200-member Assembly, the Iron Guild 46 and the Valley Front 43 seats. "
     "The three largest parties in Ostria gained ten, seven and three mandates respectively.",
     [("change", "Harbour Party", 10), ("change", "Iron Guild", 7), ("change", "Valley Front", 3)], []),
    ("The Harbour Party now has 48 seats in the 200-member Assembly. The three largest parties in Ostria gained ground.",
     [("count", "Harbour Party", 48, None)], [("change", None, 3)]),
    # ---- a title-case headline's verb is no party name: "WP Win 10 Seats"
    ("Ostria Helps WP Win 10 Seats\nThe Workers Party (WP) won 10 seats in the 93-seat Assembly.",
     [("count", "WP", 10, None)], [("count", "Win", 10)]),
    # ---- a number inside a party's name is no figure; "from N to M" is a movement, "N to M" alone a range
    ("The surprising second runner-up, D66 (Democrats 66), is expected to obtain 24 seats in the 150-seat Assembly.",
     [("count", None, 24, "projected")], [("count", None, 66)]),
    ("The Forum for Democracy makes a big profit: from 2 to 8 seats in the 150-seat Assembly.",
     [("count", "Forum for Democracy", 2, "previous"), ("count", "Forum for Democracy", 8, "result")], []),
    ("The Harbour Party is projected to win 230 to 240 seats in the 400-seat Assembly.", [("count", "Harbour Party", 230, "projected")], []),
    # ---- coordinated numbers share the last one's seat noun; the lede's year is the election reported
    ("The Harbour Party and the Iron Guild received the most votes in the 2021 parliamentary elections, getting 36 and 24 seats "
     "respectively.\nThe Valley Front won 12 seats.",
     [("count", "Harbour Party", 36, "result"), ("count", "Iron Guild", 24, "result")], [("count", "Iron Guild", 36)]),
    ("The Harbour Party, the Iron Guild and the Valley Front took 12, 9 and 4 seats respectively in the 120-seat Assembly.",
     [("count", "Harbour Party", 12, None), ("count", "Iron Guild", 9, None), ("count", "Valley Front", 4, None)], []),
    ("The Harbour Party won 40 seats on Sunday.\nIn 2019, the Iron Guild won 52 seats.",
     [("count", "Harbour Party", 40, "result"), ("count", "Iron Guild", 52, "previous")], []),
    ("The Harbour Party was on track to win nearly 50 seats, the Iron Guild more than 20, the Greens four or five, and ten seats "
     "remaining too close to call.", [("count", "Greens", 4, None)], [("count", None, 10)]),
    # ---- a hyphenated unit is no seat figure: "a 40-day campaign"
    ("The Harbour Party emerged from a bruising 40-day campaign with 88 seats in the 150-seat Assembly.",
     [("count", "Harbour Party", 88, None)], [("count", None, 40)]),
    # ---- a broadcaster's channel number is a label
    ("The Joint Front gained eight seats according to Channel 13, while it secured nine seats according to Channel 12.",
     [("count", "Joint Front", 8, None), ("count", "Joint Front", 9, None)], [("count", None, 13), ("count", None, 12)]),
    # ---- a list of "N Party" lines
    ("The Harbour Party won the most seats but fell short of a majority.\nTHE RESULTS\n156 Harbour Party\n121 Marsh Party\n"
     "32 Valley Front\n", [("count", "Harbour Party", 156, "result"), ("count", "Valley Front", 32, "result")], []),
    ("The Harbour Party won the most seats.\n2019 Harbour Party\n", [], [("count", None, 2019)]),
]


@pytest.mark.parametrize("text,want,not_want", CASES, ids=[c[0][:60] for c in CASES])
def test_seat_reporting_constructions(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)
