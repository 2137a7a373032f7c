"""Round 14 (issue 12): constructions found in the misses of a spent held-out set (UNSEEN-11, studied this round),
each with invented sentences (fictional country, parties and people) and the sentences beside it where it must not
fire.

Seats
1. "will have 48 seats, with the remaining 22 seats given to the two opposition forces": a cue of undecided seats
   ("remaining", "in doubt") counts only in the number's own clause, not in the next number's phrase after a comma;
   seats "given to", "shared among", "allocated to" whoever the phrase names are never the clause subject's.
2. "The X won 40 seats. The Y will control 14 of them": a verb of winning, then "N of them" standing for seats named
   just before, is the subject's count ("Three of them are women" is none).
3. Chamber forms: "the parliament is made up of 65 parliamentarians", "... but it was increased to 69 MPs" (the
   chamber named earlier in the sentence), "The number of seats was increased to 71 MPs", "to distribute the 107
   seats in the new parliament", "75 seats out of the 193 up for grabs".
4. "has seen its 21 seats in the 100-member Saeima reduced to 11", "its current 16 mandates cut to 13": a party's own
   count moved "to" another number is its previous count, the other its new one.
5. "The New Democrats will form the official opposition with 39 seats": the role a party takes ("form / become
   the official opposition") is no group owning the seats; the subject is.
6. "retaining their single seat", "its lone seat": a possessive one-seat phrase is a count of one.
7. "Kurdish parties have won 61 seats": parties named by a community they share (a nationality, a religious or
   ethnic group: data/seats/cues.json ``community_modifiers`` and the lexicon's nationalities) own a count as a
   group; the group's words never take in the conjunction before them ("while Kurdish parties took 61").
8. "Projections indicated they'll hold 13 to 15 seats": "it" / "they" subject of a reported clause, no party named
   before it in the sentence, stands for the party of the sentence before.
9. "Voss's Harbour Party" beside the article's "Scottish Harbour Party": a short name that ends exactly one full name
   of the article, the words before it a place or a nationality, is that party (never "Social Democratic Party"
   for "Democratic Party").
10. "Plaid Cyrmu" in news about the UK: a name one typing slip from exactly one party of the article's country is
    that party ("Greene Party" is no slip of any).

11. "His party has increased the number of its seats from 54 in 2018 to 73 this time": in a sentence about "his
    party", the figures its tally moved between are the party's of the sentence before; "from N in YEAR to M" makes
    M the new figure (the year is N's).
12. "going from 19 MPs down to eight": the figure a count moved to is the party's whose count it moved from.
13. "followed by the Green Front and Civic Union with five seats each": a mention joining two names with "and",
    followed by "each", is each name's count (a known alliance's name keeps its "and").
14. "lost five seats, bringing them to eleven", "gaining eight seats and bringing them to sixty-one": the count a
    change brought the party to is the party's.
15. "The Lega, also affiliated with the X, kept their one seat": a participle aside ("affiliated with", "led by")
    after the subject is skipped like an appositive.
16. "Ensemble à Gauche": French connectors "à", "au", "aux" join a party's name.
17. "the X 68, the Y five, the Z and the W two each and the V and the U one each": in a list, "each" covers the
    names since the list's previous count only.
18. "The Greens cut the X's long-held symbolic majority to a single seat": a majority cut to (or by) a number
    gives a margin, nobody's count.
19. "– The Guardian" ending a headline, "Reuters": a news organisation is never a party (data/seats/not_parties.json).

20. "Moqtada al-Sadr's party is the biggest winner. His party ...": a party named only by its leader keeps the
    leader's whole name in its name, never "party" alone.
21. "The opposition and its allies won 24 seats", "The opposition won 45 seats": the opposition as the subject of a
    verb of winning (or with its allies) owns the count as a group; "The opposition had hoped for more" names none.22. "In Addu atoll, out of the 6 parliamentary seats, the X secured 2 seats": a sentence opening with a place that is
    not the article's country (a place the tagger marks, or a name before a region word: atoll, district, ...) gives
    that place's counts, kept apart from the national ones ("In Ostria, ..." in news of Ostria stays national).
23. "X won 56 seats, while its partner Y won 24. Together, they totalled 80 seats": "together ... they" counts the
    two parties of the sentence before together.
24. "the 140-member Assembly" in news of a country whose lower house is no assembly (India's Lok Sabha): the
    article speaks of a state's assembly, so no chamber is taken for the national one.

Majority statements
20. "None of the competing political blocs appeared on track to win a majority": "none of the <group>" denies the
    majority, also when the parser makes "None" the head of the sentence.
21. "TMC scores majority", "scored a majority in the assembly": "score" is a verb of winning.
22. "No single party emerged with enough seats to govern": "enough seats to govern" ending its clause is a
    majority (here denied); "needs enough seats to govern" is a goal.
23. "They have not held a majority government since 1999" (also as the conjunct of another verb): a state over the
    years before this election (no status now); "has won a majority for the first time since 1999" stays.
24. "keeping the door ajar for a Labor minority government if the numbers allow": a participle's or a noun's "if"
    clause after the phrase makes it a condition ("X will govern with a majority if the count confirms it" stays a
    projected statement).
25. "X re-elected to majority", "was returned to a majority government": being elected to a majority is one.
26. "it is clear that that hasn't been enough to secure a majority of seats for Labor", "the X is unlikely to have a
    majority": what is not enough for a majority, or makes it unlikely, denies it.
27. "cast doubt on the X's ability to form a majority government": a capacity weighed, no statement.
28. "the ruling party does not hold an excessive majority": a negated size of a majority (data/majority/words.json
    ``degree_modifiers``) says nothing; "does not hold an outright majority" stays a shortfall.
29. Thresholds: "To form a government, a party or coalition needs 145 seats" (the goal fronted), "Control of the
    chamber requires 51 seats", "fell short of the 145 seats required." and "well above the 76 seats required" (a
    requirement named by nothing else: the majority's; "short of the 12 seats required for official party status"
    is neither a threshold, a count nor a majority statement, data/majority/words.json ``other_goals``), "more than
    the 76 needed" ("more than the" compares with a figure, it is no hedge of the number).
30. "gained control of the assembly", "has taken control of the Senate", "flipped the chamber": control of a
    chamber won is a majority ("flipped the seat of Northgate" is not).
31. "The X won 12 seats, with 13 required for a majority": the party's count in the sentence set against the number
    needed gives its status (none when the sentence gives the party no count).
32. "68 seats out of the 99 seats that the Left Democratic Front won" (the whole is that party's count), "In Addu
    atoll, out of the 6 parliamentary seats" (the whole is the fronted place's, no chamber), "The number of Assembly
    seats has been reduced from 108 to 90" (a subject that counts the seats, the new size without a seat noun).
33. "Free Patriotic Movement (Hezbollah ally): 17 seats": a bracketed description between a row's name and its colon
    is skipped like an abbreviation; the party named inside it owns nothing.
34. "the half-way mark of 144 seats": the hyphenated "half-way" is "halfway".
35. "In order to achieve parliamentary majority X needs to cooperate with Y" (a shortfall; "will need to work with its
    staff" is none), "the first force ... but without being a majority", "won without winning a majority" (no
    negation flips the "without" of the phrase itself).
36. "Any party with 24 seats can form the government", "a coalition with at least 75 seats in order to command a
    majority": the seats any party would need are the threshold, nobody's count.
37. "Linked to March 8 alliance (Hezbollah allies): 9 seats": a row whose name is no party, with a description in
    brackets, has no owner (never the party inside the brackets); "(CC-DB)", an abbreviation, keeps its row's name.
38. "the incumbent party with 45 former MPs": members called former, outgoing or sitting are a previous count.
39. "independents trail the DPP at 71 seats": the count after "at" / "with" is the trailing subject's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _majority_sentences import PLACE, has, statuses  # noqa: E402
from _seat_rows import OPEN, assert_rows  # noqa: E402

from claimx.parties import lookup_party, one_slip  # noqa: E402


@pytest.mark.parametrize("text, want, not_want", [
    # 1. an undecided cue in the next number's phrase; seats handed to others
    ("The Unity Front will have 48 seats, with the remaining 22 seats given to the two opposition forces.",
     [("count", "Unity Front", 48, "result")], [("count", None, 22)]),
    ("The Unity Front won 48 seats, with the remaining 22 seats shared among three smaller parties.",
     [("count", "Unity Front", 48, "result")], [("count", None, 22)]),
    ("The Unity Front won 48 seats, with the remaining 22 seats given to the Green Front.",
     [("count", "Unity Front", 48, "result"), ("count", "Green Front", 22, "result")], [("count", "Unity Front", 22)]),
    # must not fire: undecided seats in their own clause stay nobody's
    ("The Harbour Party won 48 seats; 12 seats remain undecided.", [("count", "Harbour Party", 48, "result")],
     [("count", None, 12)]),
    # 2. "N of them"
    ("The Harbour Party won 40 seats. The Unity Front will control 14 of them.",
     [("count", "Harbour Party", 40, "result"), ("count", "Unity Front", 14, "result")], []),
    # must not fire: people counted among "them"
    ("The Harbour Party won 40 seats. Three of them are women.", [("count", "Harbour Party", 40)], [("count", None, 3)]),
    # 4. a party's count moved to another
    ("The Unity Front has seen its 30 seats in the 90-member assembly reduced to 19.",
     [("count", "Unity Front", 30, "previous"), ("count", "Unity Front", 19, "result"), ("size", 90)],
     [("count", "Unity Front", 30, "result")]),
    ("The conservative Harbour Party has achieved a more stable result with its current 16 mandates cut to 13.",
     [("count", "Harbour Party", 16, "previous"), ("count", "Harbour Party", 13, "result")], []),
    # must not fire: a count with "its" and no move
    ("The Harbour Party took its 30 seats in the new assembly.", [("count", "Harbour Party", 30, "result")],
     [("count", None, 30, "previous")]),
    # 5. a role taken is no owner
    ("The Harbour Party won 40 seats. The Labour Party, led by Ana Ruiz, will form the official opposition with 31 "
     "seats, up 12 seats since the last election.",
     [("count", "Labour Party", 31, "result"), ("change", "Labour Party", 12)],
     [("count", "official opposition", 31), ("change", "official opposition", 12)]),
    # 6. one seat, possessed
    ("The Liberal Democrats were the only other party to be represented, retaining their single seat.",
     [("count", "Liberal Democrats", 1, "result")], []),
    ("The Green Front kept its lone seat.", [("count", "Green Front", 1, "result")], []),
    # must not fire: a single seat denied
    ("The Green Front failed to win a single seat.", [], [("count", None, 1)]),
    # 8. a reported pronoun subject
    ("The Harbour Party has 12 seats. Projections indicated it will hold 13 to 15 seats.",
     [("count", "Harbour Party", 12, "result"), ("count", "Harbour Party", 13, "projected")], []),
    # must not fire: a party named in the reported clause owns its count
    ("The Harbour Party has 12 seats. Projections indicated the Green Front will hold 13 seats.",
     [("count", "Green Front", 13, "projected")], [("count", "Harbour Party", 13)]),
    # 3. chamber forms
    ("Constitutionally, the parliament is made up of 65 parliamentarians.", [("size", 65)], [("count", None, 65)]),
    ("The parliament is made up of 65 parliamentarians but it was increased to 69 MPs in the last legislature.",
     [("size", 65), ("size", 69)], [("count", None, 69)]),
    ("The number of seats was increased to 71 MPs last November.", [("size", 71)], []),
    ("The commission used a complex formula to distribute the 107 seats in the new parliament.", [("size", 107)], []),
    ("The Central Election Commission (CEC) announced the results. The CEC used a complex formula to distribute the 107 "
     "seats in the new parliament.", [("size", 107)], [("count", None, 107)]),
    ("The Harbour Party won 75 seats out of the 193 up for grabs.",
     [("count", "Harbour Party", 75, "result"), ("size", 193)], []),
    # must not fire: a count verb's object, a party's seats in the chamber, something else increased
    ("The Harbour Party won the 12 seats in the assembly's capital region.", [("count", "Harbour Party", 12)], [("size", 12)]),
    ("The Harbour Party's 40 seats in the parliament make it the largest party.", [("count", "Harbour Party", 40)], [("size", 40)]),
    ("The Harbour Party's vote was increased to 40 percent.", [], [("size", 40), ("count", None, 40)]),
    # 32. the whole a party won, the seats of a fronted place, a counted subject resized
    ("Kerala voted. The CPI-M won 68 seats out of the 99 seats that the Left Democratic Front won.",
     [("count", "Left Democratic Front", 99, "result")], [("size", 99)]),
    ("The Maldives voted. In Addu atoll, out of the 6 parliamentary seats, the Harbour Party secured 2 seats.",
     [("count", "Harbour Party", 2, "result")], [("size", 6)]),
    ("The number of Assembly seats has been reduced from 108 to 90.", [("size", 90)], [("count", None, 90)]),
    # 38. former members
    ("The DPT, which was the incumbent party with 45 former MPs, managed to retain only 15 seats.",
     [("count", None, 45, "previous"), ("count", None, 15, "result")], [("count", None, 45, "result")]),
    # 39. the trailing subject
    ("The Harbour Party has secured 77 seats, while independents trail the Harbour Party at 71 seats.",
     [("count", "Harbour Party", 77, "result"), ("count", "Independent", 71, "result")], [("count", "Harbour Party", 71)]),
])
def test_round14_seat_rows(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)


@pytest.mark.parametrize("text, want, not_want", [
    # 11. "his party", from N in YEAR to M
    ("The Harbour Party is the biggest winner. His party has increased the number of its seats from 54 in 2018 to 73 "
     "this time in the 329-member parliament.",
     [("count", "Harbour Party", 54, "previous"), ("count", "Harbour Party", 73, "result"), ("size", 329)],
     [("count", None, 2018)]),
    # 12. from N down to M
    ("The centre-right Green Front seems to have performed the worst going from 19 MPs down to eight.",
     [("count", "Green Front", 19, "previous"), ("count", "Green Front", 8, "result")], []),
    # must not fire: a range stays one count
    ("The Green Front is projected to win 19 to 24 seats.", [("count", "Green Front", 19, "projected")],
     [("count", None, 19, "previous")]),
    # 13. "X and Y ... each"
    ("The Harbour Party won 40 seats, followed by the Green Front and Civic Union with five seats each.",
     [("count", "Harbour Party", 40), ("count", "Green Front", 5), ("count", "Civic Union", 5)],
     [("count", "Green Front and Civic Union", 5)]),
    ("The Harbour Party won 40 seats, with Green Front and Civic Union winning two seats each.",
     [("count", "Green Front", 2), ("count", "Civic Union", 2)], [("count", "Harbour Party", 2)]),
    # 14. bringing them to N
    ("The Green Front lost five seats, bringing them to eleven, and the Middle Party gained two seats, bringing them to thirty.",
     [("count", "Green Front", 11, "result"), ("count", "Middle Party", 30, "result"), ("change", "Green Front", -5)], []),
    ("The Harbour Party was the biggest winner, gaining eight seats and bringing them to sixty-one.",
     [("count", "Harbour Party", 61, "result"), ("change", "Harbour Party", 8)], []),
    # 15. a participle aside
    ("The Lega, also affiliated with the Harbour Party, kept their one seat.", [("count", "League", 1)],
     [("count", "Harbour Party", 1)]),
    # 16. French connectors
    ("The Party of Labour (PdA) and Ensemble à Gauche lost their one seat each.",
     [("change", "Ensemble à Gauche", -1)], [("change", "Gauche", -1), ("change", "Ensemble", -1)]),
    # 17. "each" in a list
    ("The front won 99 seats in the assembly. The front's final tally was the Harbour Party 68, the Civic Union 17, "
     "the Meadow Congress five, the Janata Front and the Valley Party two each and the Lake Union, the Hill League and "
     "the River Front one each.",
     [("count", "Harbour Party", 68), ("count", "Meadow Congress", 5), ("count", "Janata Front", 2), ("count", "Valley Party", 2),
      ("count", "Lake Union", 1), ("count", "Hill League", 1), ("count", "River Front", 1)],
     [("count", "Harbour Party", 2), ("count", "Civic Union", 1), ("count", "Meadow Congress", 2), ("count", "Janata Front", 1)]),
    # 21. the opposition as a group
    ("The opposition and its allies won 24 seats.", [("count", "opposition and allies", 24, "result")], []),
    ("The opposition won 45 seats, the commission said.", [("count", "opposition", 45, "result")], []),
    # 20. a party named by its leader only
    ("In Iraq, Shi'ite Muslim cleric Moqtada al-Sadr's party is the biggest winner. His party has increased the number "
     "of its seats from 54 in 2018 to 73 this time.",
     [("count", "Moqtada al-Sadr's party", 54, "previous"), ("count", "Moqtada al-Sadr's party", 73, "result")],
     [("count", "party", 54), ("count", "party", 73)]),
    # 18. a majority's margin
    ("The Greens cut the Harbour Party's long-held symbolic majority to a single seat.", [], [("count", None, 1)]),
    # 7. a community's parties
    ("Kurdish parties have won 61 seats.", [("count", "kurdish parties", 61, "result")], []),
    ("Sunni parties won 40 seats, while Kurdish parties took 61.",
     [("count", "sunni parties", 40, "result"), ("count", "kurdish parties", 61, "result")],
     [("count", "while kurdish parties", 61)]),
    # must not fire: parties that share no community
    ("Several smaller parties won seats.", [], [("count", None, 0)]),
    # 9. a short name that ends the article's full name after a place
    ("The former opposition leader Matthew Voss's Harbour Party is first runner-up with 11 MPs. The final results "
     "were: Scottish Harbour Party 11, Green Front 15.",
     [("count", "Scottish Harbour Party", 11, "result"), ("count", "Green Front", 15, "result")],
     [("count", "Harbour Party", 11)]),
    # must not fire: the words before are no place ("Social" Democratic Party is another party)
    ("The Democratic Party won 11 seats while the Social Democratic Party won 9.",
     [("count", "Democratic Party", 11, "result"), ("count", "Social Democratic Party", 9, "result")],
     [("count", "Social Democratic Party", 11)]),
])
def test_round14_owners_named_exactly(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want, exact_party=True)


@pytest.mark.parametrize("text, party, status", [
    # 20. "none of the blocs"
    (PLACE + "None of the competing political blocs appeared on track to win a majority in parliament.", None, "short_of_majority"),
    (PLACE + "None of the parties won a majority.", None, "short_of_majority"),
    # 21. "score"
    (PLACE + "The Unity Front scored a majority in the assembly, winning 68 of the 120 seats.", "Unity Front", "majority"),
    ("Unity Front scores majority in Ostrian assembly\n\nThe Unity Front won 68 of the 120 seats on Sunday.", "Unity Front", "majority"),
    # 22. "enough seats to govern"
    (PLACE + "No single party emerged from the election with enough seats to govern.", None, "short_of_majority"),
    (PLACE + "The Harbour Party won enough seats to govern, the commission said.", "Harbour Party", "majority"),
    (PLACE + "The Harbour Party does not have enough seats to govern.", "Harbour Party", "short_of_majority"),
    # 25. elected to a majority
    ("Harbour Party re-elected to majority in Ostrelia\n\nThe Harbour Party won 36 of the 57 seats.", "Harbour Party", "majority"),
    (PLACE + "The Harbour Party was returned to a majority government.", "Harbour Party", "majority"),
    # 26. not enough, unlikely
    (PLACE + "It is clear that that hasn't been enough to secure a majority of seats for the Harbour Party.", "Harbour Party", "short_of_majority"),
    (PLACE + "The Harbour Party is unlikely to have a majority.", "Harbour Party", "short_of_majority"),
    # 28. an outright majority denied stays a shortfall
    (PLACE + "The Harbour Party does not hold an outright majority.", "Harbour Party", "short_of_majority"),
    # 24. a projected statement with its condition stays
    (PLACE + "The Harbour Party will govern with a majority if the final count confirms the projection.", "Harbour Party", "majority"),
    # 23. a majority won for the first time since a year stays
    (PLACE + "The Harbour Party has won a majority for the first time since 1999.", "Harbour Party", "majority"),
    # 35. cooperation needed, without being a majority
    (PLACE + "In order to achieve parliamentary majority the Harbour Party needs to cooperate with the Greens.", "Harbour Party", "short_of_majority"),
    (PLACE + "The Harbour Party will remain the first force in the assembly but without being a majority.", "Harbour Party", "short_of_majority"),
    (PLACE + "The Harbour Party won without winning a majority.", "Harbour Party", "short_of_majority"),
])
def test_round14_majority_fires(extract, text, party, status):
    has(extract, text, party, status)
    opposite = {"majority": "short_of_majority", "short_of_majority": "majority"}.get(status)
    assert opposite not in {s for _, s, _ in statuses(extract, text)}  # (never both: "won without winning a majority")


@pytest.mark.parametrize("text, threshold", [
    # 29. thresholds
    ("The assembly has 288 seats. To form a government, a party or coalition needs 145 seats.", 145),
    ("The assembly has 100 seats. Control of the chamber requires 51 seats.", 51),
    ("The assembly has 288 seats. The Harbour Party fell short of the 145 seats required.", 145),
    ("The assembly has 150 seats. The Harbour Party won 80 seats, well above the 76 seats required.", 76),
    ("The assembly has 150 seats. The Harbour Party won 80 seats, more than the 76 needed.", 76),
    # 36. any party with N seats
    ("The assembly has 47 seats. Any party with 24 seats can form the government as it is more than half of the 47 member National Assembly.", 24),
    ("The assembly has 150 seats. Parties will need to form a coalition with at least 75 seats in order to command a majority.", 75),
])
def test_round14_thresholds(extract, text, threshold):
    claims = extract(OPEN + text)
    assert threshold in {c.seats for c in claims if c.type == "majority_threshold"}, claims
    assert threshold not in {c.seats for c in claims if c.type == "seat_count"}, claims


def test_misspelt_party_of_the_article_country():
    # 10. one typing slip from one party of the article's country
    assert lookup_party("Plaid Cyrmu", ["GB"]).name == "Plaid Cymru"
    assert lookup_party("Liberal Demcrats", ["GB"]).name == "Liberal Democrats"
    # must not fire: no party one slip away, no country to look in, a short name
    assert lookup_party("Greene Party", ["GB"]) is None
    assert lookup_party("Plaid Cyrmu") is None
    assert lookup_party("Lab", ["GB"]) is None or lookup_party("Lab", ["GB"]).name != "Plaid Cymru"


def test_misspelt_party_in_an_article(extract):
    text = ("Wales voted on Thursday. Labour and Plaid Cyrmu both gained one seat on their 2016 result, while the "
            "Tories gained five seats.")
    changes = {(c.party, c.delta) for c in extract(text) if c.type == "seat_change"}
    assert ("Plaid Cymru", 1) in changes and ("Labour Party", 1) in changes, changes


@pytest.mark.parametrize("a, b, same", [
    ("cyrmu", "cymru", True),      # neighbours swapped
    ("centre", "center", True),    # (the same swap)
    ("pracharat", "pracharath", True),  # one letter added
    ("labour", "labor", True),
    ("labour", "liberal", False),
    ("green", "green", False),     # no slip at all
    ("abcd", "dcba", False),
])
def test_one_slip(a, b, same):
    assert one_slip(a, b) is same


@pytest.mark.parametrize("text", [
    # 20. none of the blocs never makes a majority
    PLACE + "None of the competing political blocs appeared on track to win a majority in parliament.",
    # 22. a goal
    PLACE + "The Harbour Party needs enough seats to govern.",
    # 23. the years before this election
    PLACE + "The Harbour Party has not held a majority government in Ostrelia since 1999.",
    PLACE + "The Harbour Party has held a majority since 2010.",
    PLACE + "They took 40% of the popular vote and have not held a majority government in Ostrelia since 1999.",
    # 27. a capacity weighed
    PLACE + "The Premier cast doubt on the Harbour Party's ability to form a majority government.",
    # 28. a size denied
    PLACE + "A multi-party parliament has been formed, where the ruling party does not hold an excessive majority.",
    # 25. elected with a majority of votes is no chamber's
    PLACE + "Ana Voss was elected to parliament with a majority of 4,000 votes.",
    # 35. staff are no partners
    PLACE + "The Harbour Party will need to work with its staff.",
    # 24. a condition after a participle's phrase
    PLACE + "Labor leader Rebecca White has not conceded, keeping the door ajar for a Labor minority government if the numbers allow.",
])
def test_round14_majority_silent(extract, text):
    found = statuses(extract, text)
    assert not any(s in ("majority", "minority") for _, s, _ in found) if "None of" in text else not found, found


def test_a_news_organisation_is_never_a_party(extract):
    # 19. the site's name ending a headline, a wire agency
    text = ("Opposition secures supermajority – The Guardian\n\nThe opposition won a two-thirds majority. Results "
            "confirmed the last races went the opposition's way, giving them 112 out of 167 seats. Reuters said "
            "turnout was 74 percent.")
    owners = {c.party for c in extract(text) if c.type == "seat_count"}
    assert not owners & {"Guardian", "The Guardian", "Reuters"}, owners


@pytest.mark.parametrize("text, want, not_want", [
    # 22. a fronted place
    ("The Dhivehi Qaumee Party won 2 seats nationally. In Addu atoll, out of the 6 parliamentary seats, the Harbour "
     "Party secured 2 seats and the Dhivehi Qaumee Party (DQP) one seat.",
     [("Dhivehi Qaumee Party", 2, None), ("Dhivehi Qaumee Party", 1, "Addu atoll"), ("Harbour Party", 2, "Addu atoll")],
     [("Dhivehi Qaumee Party", 1, None)]),
    # must not fire: the article's own country
    ("Ostria voted again. In Ostria, the Harbour Party won 40 seats.", [("Harbour Party", 40, None)], []),
    # 23. together they
    ("The opposition coalition Yewwi Askan Wi won 56 seats, while its partner Wallu Senegal won 24. Together, they "
     "totalled 80 seats in this election.",
     [("Yewwi Askan Wi", 56, None), ("Wallu Senegal", 24, None), ("Yewwi Askan Wi and Wallu Senegal", 80, None)],
     [("Yewwi Askan Wi", 80, None)]),
])
def test_round14_places_and_sums(extract, text, want, not_want):
    rows = {(c.party, c.seats, c.body) for c in extract(OPEN + text) if c.type == "seat_count"}
    for w in want:
        assert w in rows, (w, rows)
    for w in not_want:
        assert w not in rows, (w, rows)


def test_a_state_assembly_is_not_the_national_chamber(extract):
    # 24. India's lower house is the Lok Sabha; "the 140-member Assembly" is a state's
    sizes = {(c.seats, c.body) for c in extract("India: Kerala votes. The LDF won 99 seats in the 140-member Assembly.")
             if c.type == "chamber_size"}
    assert (140, "Lok Sabha") not in sizes and any(n == 140 for n, _ in sizes), sizes


def test_a_requirement_of_another_kind_is_nothing(extract):
    claims = extract(OPEN + "The Harbour Party won 40 seats, short of the 12 seats required for official party status.")
    assert not [c for c in claims if c.type in ("majority_threshold", "majority_status")], claims
    assert {c.seats for c in claims if c.type == "seat_count"} == {40}, claims


@pytest.mark.parametrize("text, status", [
    # 30. control of a chamber
    (PLACE + "The Harbour Party gained control of the assembly.", "majority"),
    (PLACE + "The Harbour Party has taken control of the Senate.", "majority"),
    (PLACE + "The Harbour Party flipped the chamber.", "majority"),
    (PLACE + "The Harbour Party flipped the seat of Northgate.", None),
    # 31. a count set against the number needed
    (PLACE + "The Harbour Party won 12 seats, with 13 required for a majority.", "short_of_majority"),
    (PLACE + "The Harbour Party won 14 seats, with 13 required for a majority.", "majority"),
    (PLACE + "The commission counted the votes, with 13 required for a majority.", None),
])
def test_round14_control_and_counts_against_needed(extract, text, status):
    found = statuses(extract, text)
    if status is None:
        assert not found, found
    else:
        has(extract, text, "Harbour Party", status)


LEBANON_ROWS = """Lebanon results

The results were as follows:
Free Patriotic Movement (Hezbollah ally): 17 seats
Amal (Hezbollah ally): 14 seats
Lebanese Forces: 19 seats
"""


def test_a_bracketed_description_after_a_rows_name(extract):
    # 33. "X (Y ally): N seats": the row's name owns the count, never the party named in the brackets
    rows = {(c.party, c.seats) for c in extract(LEBANON_ROWS) if c.type == "seat_count"}
    assert ("Free Patriotic Movement", 17) in rows and ("Lebanese Forces", 19) in rows, rows
    assert not any(p == "Hezbollah" for p, _ in rows), rows


def test_the_hyphenated_half_way_mark(extract):
    # 34. "crossing the half-way mark of 144 seats"
    claims = extract(OPEN + "The alliance secured 161 seats in the 288-member assembly, crossing the half-way mark of 144 seats.")
    assert 144 in {c.seats for c in claims if c.type == "majority_threshold"}, claims


ROWS_37 = """Lebanon results

The results were as follows:
Free Patriotic Movement (Hezbollah ally): 17 seats
Linked to March 8 alliance (Hezbollah allies): 9 seats
Continue the Change - Democratic Bulgaria (CC-DB): 71 seats
"""


def test_a_description_row_without_a_party(extract):
    # 37.
    rows = {(c.party, c.seats) for c in extract(ROWS_37) if c.type == "seat_count"}
    assert ("Free Patriotic Movement", 17) in rows and not any(s == 9 for _, s in rows), rows
    assert any(s == 71 and p != "Democratic Bulgaria" for p, s in rows), rows


