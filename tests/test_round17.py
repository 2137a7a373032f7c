"""Round 17 (issue 12): constructions found in the misses of UNSEEN-19 (studied this round; UNSEEN-20 is the set
nobody reads), each with invented sentences and the sentences beside them where the construction must not fire.

Reading
1. "won 28 of the 32Senate seats", "won oneSenate seat", "while thePRD won one": text copied from web pages loses the
   space where a line or a link ended; a capitalised word glued after a number word or a short function word, or a
   chamber's noun glued after a figure, is split from it ("iPhone", "YouTube", "OneDrive", "50Plus" stay whole).

Whose count
2. "Oscar Temaru's party won 19 seats": a name that owns a party is a person (its leader), never the party itself;
   when the article names no party for that leader, the party is the one its words designate, "Oscar Temaru's party".
3. "Ana Voss leads the Iron Guild. ... Voss's party won 19 seats": a person who leads / heads a party is its leader.

Status
4. "At dissolution, the X held 46 seats": the standings the chamber ended its term with are previous.

Changes
5. "The X will get 150 seats. That is 25 fewer seats than in the previous legislature": a demonstrative subject
   stands for the count of the sentence before, and so for its party.

Chambers and nobody's seats
6. "officials said that of the 290 seats in parliament 226 have been filled": a clause opening with "of the N seats"
   shares out the chamber, as a sentence opening with it does.
7. "candidates moved to a second round for the remaining 64 seats": the seats still to be decided are nobody's; a
   source that "reports" is no party.

Majority
8. "retains (its) absolute control of Congress": an adjective of completeness and a possessive before "control".
9. "are a long way from an overall majority": as "far from a majority", short of it.

Party names
10. "Anna Berg's party Kavik remains the largest", "the ruling party Vamos will have 39": a name in apposition after a
    party noun that follows a possessive or a participle is the party (as after an adjective: "the new party Mar Nova").
11. "The party of presidential candidate Edmond Mulet will have 18 legislators": "the party of <person>" names a party
    of its own, no anaphor of the sentence before's party.

Asides and comparisons
12. "the X, which includes the A (a), the B (b) and the C (c), dominates ... with 49": a relative aside may list
    members at length; the count is the aside's head's.
13. "The minor opposition party (PDV), which formed part of the Y bloc, won one Senate seat": a party noun with an
    abbreviation in brackets names the party (no anaphor of the sentence before), and owns the count past its aside.
14. "..., which represented a loss of four and gave them the same number as the Y": the party a figure is compared
    with owns no change; "they" in the clause stands for the party of the sentence before.
15. "the party or coalition winning the majority" is whichever wins; "both factions" when the article named none:
    no party's majority status.

More counts
16. "83 reformists, 78 conservatives and 60 independents have won their seats": a lower-case plural for a political
    camp counts the camp's seats ("Conservatives" with a capital stays the party).
17. "won 46 deputies as well as 2 senators": an upper chamber's count joined by "as well as" (as by "and").
18. "losing two of them": a change verb's bare number before "of them", when seats were named just before; the
    party is the clause's, or, when the main clause's subject is "its ...", the sentence before's.
19. "In the old parliament the X held 58 seats": "old" as "outgoing" or "previous".
20. "Ostria's ruling X retains absolute control", "managed to retain its absolute control": control with an adjective
    of completeness and no chamber named.
21. "At dissolution, the Sask. Party held 46 seats": an abbreviation with a full stop (data/entities/abbreviations.json)
    is one token and ends no sentence.
22. "It is unclear whether 40 seats will be enough", "Analysts say they expect 40 seats": an expletive "it" and a
    "they" that are the people reporting stand for no party.

From UNSEEN-20's misses (studied after it was measured; UNSEEN-21 is then the set nobody reads)
23. "The Yukon Liberals pulled off a win ... The Liberals jumped from one seat to 11": a party the article first names
    after a region (a place, not a country) is that region's party, and so are its later short mentions.
24. "the National Salvation Front of Issa Tchiroma obtained 3 seats": a party's name, "of", then a person's name (the
    tagger's person, or a place no lexicon knows) ends before "of" ("Democratic Party of Japan" stays whole).
25. '"Out of 100 seats that were to be contested, the X got 77"', "At stake, the 109 seats of deputies in the
    Assembly": the chamber, fronted (after an opening quotation mark too; verbless after "At stake,").
26. "the X gained 7, the Y gained 1 and there will be 2 independents": a bare change before "and" when the seat noun
    was given earlier in the sentence.
27. "With over 68 per cent, the RPF coalition, which includes ..., will get 37 seats while Y and Z ...": a name
    before a lower-case group noun heads its relative aside; a fronted "with" phrase makes the clause after "while"
    no other clause only when it holds the count itself.
28. "leading a minority government over the last two years": a duration of the past near a majority statement makes
    a contradiction with this result's count a doubt of another time (data/checks/doubts.json), a warning.

From UNSEEN-21's misses (studied after it was measured; UNSEEN-22 is then the set nobody reads)
29. "18 of the Caribbean nation's 21 legislative seats": a described possessor before the whole; "eight opposition
    seats": "opposition" among the seats' adjectives.
30. "Of the ten seats held by the X prior to the election": the party's seats (previous when the phrase says so), not
    the chamber.
31. "backed the Progressive Conservatives. The Tories won 22": a nickname the lexicon reads as a party the article
    never writes is the article's one party whose written name holds that name's words and more.
32. "form a Government with nine MPs with the Y winning eight": "with" and a party before a participle open an
    absolute clause of its own; the count before it is not that party's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _majority_sentences import has  # noqa: E402
from _seat_rows import OPEN, assert_rows  # noqa: E402


@pytest.mark.parametrize("text, words", [
    ("The PLD won 28 of the 32Senate seats.", ["32", "Senate"]),
    ("The BIS won oneSenate seat.", ["one", "Senate"]),
    ("Meanwhile thePRD won one mayoral post.", ["the", "PRD"]),
])
def test_round17_glued_words_are_split(nlp, text, words):
    tokens = [t.text for t in nlp.make_doc(text)]
    assert all(w in tokens for w in words), tokens


@pytest.mark.parametrize("word", ["iPhone", "YouTube", "eBay", "OneDrive", "TheStreet", "G7", "1990s", "McDonald", "50Plus"])
def test_round17_names_with_inner_capitals_stay_whole(nlp, word):
    # must not fire: the left part is no figure, number word or function word on its own
    assert [t.text for t in nlp.make_doc(f"They used {word} daily.")][2] == word


@pytest.mark.parametrize("text, want, not_want", [
    # 1. glued words
    ("The Harbour Party won 28 of the 32Senate seats.", [("count", "Harbour Party", 28, "result"), ("size", 32)], []),
    ("The Green Front won oneSenate seat.", [("count", "Green Front", 1, "result")], []),
    # 3. a person who leads a party
    ("Anna Hill leads the Harbour Party. Hill’s party won 19 seats.", [("count", "Harbour Party", 19, "result")], []),
    ("Anna Hill led the Harbour Party in the campaign. The Green Front won 3 seats. Hill’s party won 19 seats.",
     [("count", "Harbour Party", 19, "result"), ("count", "Green Front", 3, "result")], [("count", "Green Front", 19)]),
    # must not fire: voters who "led" a party to victory lead nothing
    ("Voters in Rimsk led the Harbour Party to victory. Hill’s party won 19 seats.", [], [("count", "Harbour Party", 19)]),
    # 4. at dissolution
    ("At dissolution, the Harbour Party held 46 seats.", [("count", "Harbour Party", 46, "previous")], []),
    ("At the dissolution of the legislature, the Harbour Party held 46 seats and the Green Front 12.",
     [("count", "Harbour Party", 46, "previous"), ("count", "Green Front", 12, "previous")], []),
    # must not fire: a dissolution that is no frame of the sentence
    ("The Harbour Party won 46 seats after the dissolution of the old party.", [("count", "Harbour Party", 46, "result")], []),
    # 5. a demonstrative subject
    ("The Harbour Party will get 150 seats. That is 25 fewer seats than in the previous legislature.",
     [("count", "Harbour Party", 150, "result"), ("change", "Harbour Party", -25)], []),
    ("The Harbour Party won 150 seats. This represents 12 more seats than it won in 2019.",
     [("change", "Harbour Party", 12)], []),
    # must not fire: a comparison with another party
    ("The Harbour Party won 150 seats. That is 25 more seats than the Green Front.", [], [("change", None, 25)]),
    # 6. "of the N seats" opening a clause
    ("Officials said that of the 290 seats in parliament 226 have been filled.", [("size", 290)], []),
    ("The Harbour Party won 20 seats, and of the 80 seats in parliament the Green Front won 30.",
     [("size", 80), ("count", "Green Front", 30, "result")], []),
    # must not fire: "of the N seats" after a verb of winning is the party's share
    ("The Harbour Party won 20 of the 80 seats it contested.", [], [("size", 80)]),
    # 7. the remaining seats, and a source that reports
    ("The agency ISNA reports that 128 candidates have moved to a second round for the remaining 64 seats.", [],
     [("count", None, 64)]),
    # must not fire: remaining seats a party took are its count
    ("The Harbour Party won 30 seats, and the Green Front took the remaining 20 seats.",
     [("count", "Green Front", 20, "result")], []),
])
def test_round17_seat_rows(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)


@pytest.mark.parametrize("text, person", [
    # 2. a name that owns a party is a person
    ("The Tavo won the vote. Oscar Temaru’s party won 19 seats.", "Oscar Temaru"),
])
def test_round17_the_owner_of_a_party_is_no_party(extract, text, person):
    parties = {c.party for c in extract(OPEN + text) if c.type == "seat_count"}
    assert person not in parties and parties == {f"{person}'s party"}, parties


@pytest.mark.parametrize("text, status", [
    # 8. control with an adjective of completeness
    ("The Harbour Party retains absolute control of Congress.", "majority"),
    ("The ruling Harbour Party managed to retain its absolute control of the legislature.", "majority"),
    # 9. a long way from a majority
    ("The Harbour Party is a long way from an overall majority.", "short_of_majority"),
    ("The Harbour Party remains a long way away from a majority.", "short_of_majority"),
    # 20. control with an adjective and no chamber named
    ("Ostria’s ruling Harbour Party retains absolute control.", "majority"),
    ("The Harbour Party managed to retain its absolute control.", "majority"),
])
def test_round17_majority(extract, text, status):
    has(extract, OPEN + text, "Harbour Party", status)


@pytest.mark.parametrize("text", [
    # must not fire: control of something that is no chamber, a long way from anything but a majority
    "The Harbour Party retains absolute control of the city's water company.",
    "The Harbour Party is a long way from the capital.",
    "The Harbour Party retains control over the budget.",
])
def test_round17_majority_must_not_fire(extract, text):
    assert not [c for c in extract(OPEN + text) if c.type == "majority_status"]


@pytest.mark.parametrize("text, want, not_want", [
    # 10. a party named in apposition after a possessive or a participle ("the ruling party Vamos")
    ("Anna Berg’s party Kavik remains the largest party. Kavik received 27% of the votes. The party receives 9 mandates.",
     [("count", "Kavik", 9, "result")], []),
    ("The ruling party Vamos will have 39 out of 160 lawmakers, followed by the Green Front with 28 legislators.",
     [("count", "Vamos", 39, "result"), ("count", "Green Front", 28, "result")], []),
    # 11. "the party of <person>" is no anaphor of the sentence before
    ("The Green Front will have 22 legislators. The party of presidential candidate Edmond Mulet will have 18 "
     "legislators, while 13 political parties will have between one and nine legislators.",
     [("count", "Green Front", 22, "result")], [("count", "Green Front", 18), ("count", "Green Front", 1)]),
    # must not fire: "The party" alone still stands for the party of the sentence before
    ("The Green Front got 5.9% of the votes. The party received 2 mandates.", [("count", "Green Front", 2, "result")], []),
])
def test_round17_party_names(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)


@pytest.mark.parametrize("text, want, not_want", [
    # 12. a relative aside listing members at length
    ("For its part, the Harbour Coalition, which includes the Red Party (RP), the Blue Party (BP) and the Independent "
     "Party (IP), dominates the Chamber of Deputies with 49 representatives.", [("count", "Harbour Coalition", 49, "result")],
     [("count", "Independent Party", 49)]),
    # 13. a party noun with its abbreviation in brackets names the party; the aside after it owns nothing
    ("The Harbour Party won 40 seats. The minor opposition party (PDV), which formed part of the Green bloc, won one "
     "Senate seat and 14 deputies.", [("count", "PDV", 1, "result"), ("count", "PDV", 14, "result")],
     [("count", "Harbour Party", 14), ("count", "Green bloc", 14)]),
    # must not fire: "The party" without a name still stands for the party of the sentence before
    ("The Harbour Party won 40 seats. The party, which formed part of the Green bloc, won 14 deputies.",
     [("count", "Harbour Party", 14, "result")], []),
    # 14. a change compared with another party belongs to the party of the clause
    ("The Harbour Party won 31 seats. But the 35 percent of votes they won secured only 27 seats, which represented a "
     "loss of four and gave them the same number as the Green Front.", [("change", "Harbour Party", -4)],
     [("change", "Green Front", -4)]),
])
def test_round17_asides_and_comparisons(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)


@pytest.mark.parametrize("text", [
    # 15. whichever party wins, and a plural of groups nobody named: no party's status
    "The post goes to the leader of the political party or coalition winning the majority of seats.",
    "An alliance of liberal parties has emerged ahead of its rivals in elections to Ostria’s General National Congress "
    "- but both factions are a long way from an overall majority.",
])
def test_round17_no_named_party_for_the_majority(extract, text):
    parties = {c.party for c in extract(OPEN + text) if c.type == "majority_status"}
    assert parties <= {None}, parties


@pytest.mark.parametrize("text, want, not_want", [
    # 16. camps counted by a lower-case plural
    ("The final count reveals 83 reformists, 78 conservatives and 60 independents have won their seats in parliament.",
     [("count", "Reformists", 83, "result"), ("count", "Conservatives", 78, "result"), ("count", "Independent", 60, "result")], []),
    # must not fire: a capitalised "Conservatives" is the party, and a camp without a count is nothing
    ("The Conservatives won 300 seats.", [("count", "Conservative Party", 300, "result")], []),
    ("The ruling conservatives say 12 ministers will keep their posts.", [], [("count", "Conservatives", 12)]),
    # 17. an upper chamber's count joined by "as well as"
    ("The Green Front won 46 deputies as well as 2 senators.", [("count", "Green Front", 46, "result"),
                                                                ("count", "Green Front", 2, "result")], []),
    ("The Green Front won 46 deputies, as well as 2 senators and 29 mayors.", [("count", "Green Front", 2, "result")],
     [("count", None, 29)]),
    # 18. "of them": seats named just before
    ("The Harbour Party won 46 seats, losing two of them to the Greens.", [("change", "Harbour Party", -2)], []),
    ("At dissolution, the Harbour Party held 46 seats. Despite losing two of them, its popular support grew.",
     [("count", "Harbour Party", 46, "previous"), ("change", "Harbour Party", -2)], []),
    # must not fire: "of them" for people, and another party as the clause's subject
    ("The Harbour Party named 46 candidates, losing two of them to the courts.", [], [("change", None, -2)]),
    ("The Harbour Party won 46 seats. Despite losing two of them, the Green Front grew.", [],
     [("change", "Harbour Party", -2)]),
    # 19. the old parliament
    ("In the old parliament the Harbour Party held 58 seats.", [("count", "Harbour Party", 58, "previous")], []),
])
def test_round17_camps_chambers_and_of_them(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)


@pytest.mark.parametrize("text, want, not_want", [
    # 21. an abbreviation with a full stop inside a party's name ends no sentence
    ("Voters in Saskatchewan went to the polls. At dissolution, the Sask. Party held 46 seats.",
     [("count", "Saskatchewan Party", 46, "previous")], []),
    # 22. an expletive "it", and "they" who are the people reporting, stand for no party
    ("The Harbour Party won 31 seats. It is unclear whether 40 seats will be enough.", [], [("count", None, 40)]),
    ("The Harbour Party won 31 seats. Analysts say they expect 40 seats for the coalition.", [], [("count", "Harbour Party", 40)]),
    # must not fire: "it" that is the party, and a projection that reports "they"
    ("The Harbour Party won 31 seats. It will have 12 senators.", [("count", "Harbour Party", 12)], []),
    ("The Harbour Party won 31 seats in 2019. Projections indicate they will hold 40 seats.",
     [("count", "Harbour Party", 40, "projected")], []),
])
def test_round17_abbreviations_and_pronouns(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)


def test_round17_a_party_first_named_with_its_region(extract):
    # 23. "The Yukon Liberals ... The Liberals": the region's party throughout
    claims = extract(OPEN + "The Yukon Liberals pulled off an impressive win, vaulting to a majority government from "
                     "a single seat. The Liberals jumped from one seat to 11.")
    parties = {c.party for c in claims if c.type in ("seat_count", "majority_status")}
    assert parties == {"Yukon Liberal Party"}, parties


def test_round17_a_party_first_named_without_a_region_keeps_its_name(extract):
    # must not fire: the party was named first without the region, and a person before a party is no region
    claims = extract(OPEN + "The Liberals won 150 seats. In the west, voters backed the Liberals, and the Trudeau "
                     "Liberals won 20 seats in Quebec.")
    parties = {c.party for c in claims if c.type == "seat_count"}
    assert parties == {"Liberal Party"}, parties


@pytest.mark.parametrize("text, want, not_want", [
    # 24. "<party> of <person>": the leader is no part of the name
    ("The ruling party won 152 seats, the National Salvation Front of Issa Tchiroma obtained 3 seats.",
     [("count", "National Salvation Front", 3, "result")], []),
    # must not fire: a country, or words that are no person, stay in the name
    ("The Democratic Party of Japan won 40 seats and the Party of Democratic Forces won 2 seats.",
     [("count", "Democratic Party of Japan", 40, "result"), ("count", "Party of Democratic Forces", 2, "result")], []),
    # 25. "Out of N seats" opening a sentence or a quotation, and "At stake, the N seats": the chamber
    ("\"Out of 100 seats that were to be contested, the Harbour Party got 77 seats,\" said Ana Roe.",
     [("size", 100), ("count", "Harbour Party", 77, "result")], [("count", None, 100)]),
    ("At stake, the 109 seats of deputies in the Assembly.", [("size", 109)], []),
    # must not fire: "out of the seats they contested" is the party's candidacies
    ("The Harbour Party won 10 seats out of 21 seats they contested.", [], [("size", 21)]),
    # 26. a list of changes whose seat noun was given once
    ("The Liberals lost 7 seats, the Green Front gained 7, the Blue League gained 1 and there will be 2 independents.",
     [("change", "Blue League", 1), ("change", "Green Front", 7)], [("count", "Blue League", 1)]),
    # must not fire: "gained 1 and" with no seats in the sentence
    ("The Blue League gained 1 and the index fell.", [], [("change", None, 1)]),
    # 27. a name before a lower-case group noun heads a relative aside; a fronted "with" phrase that does not hold
    # the count does not make a party after "while" the count's
    ("With over 68 per cent, the RPF coalition, which includes the PSR and the UDPR, will get 37 seats while the Green "
     "Front and the Blue League will get five seats each.", [("count", "RPF", 37, "result")],
     [("count", "Green Front and Blue League", 37)]),
])
def test_round17_names_and_fronted_phrases(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want)


@pytest.mark.parametrize("text, party", [
    # must not fire (23): a person's first name, a nationality before a party are no region
    ("ABC election analyst Antony Green said the Greens would win about 4 seats.", "Green Party"),
    ("The Bosniak Party of Democratic Action won 26 seats.", "Bosniak Party of Democratic Action"),
])
def test_round17_no_region_before_the_party(extract, text, party):
    parties = {c.party for c in extract(OPEN + text) if c.type == "seat_count"}
    assert parties == {party}, parties


def test_round17_a_minority_of_the_years_before_is_no_error(extract, trusted_rules):
    # 28. a minority stated for the years before ("over the last two years") against this result's count: a doubt of
    # another time, reported as a warning, never the article's error
    import claimx

    claims = extract(OPEN + "The Harbour Party won 27 of the 49 seats, two more than the 25 needed for a majority.\n\n"
                     "The Harbour Party won a majority government because voters liked its record leading a minority "
                     "government over the last two years.")
    found = [f for f in claimx.check(claims).findings if f.rule == "CX003"]
    assert found and all(f.severity == "warning" and "another time" in f.message for f in found), found
    # must not fire as a doubt: a minority stated now against the same count stays an error
    claims = extract(OPEN + "The Harbour Party won 27 of the 49 seats, two more than the 25 needed for a majority.\n\n"
                     "The Harbour Party now leads a minority government.")
    assert any(f.rule == "CX003" and f.severity == "error" for f in claimx.check(claims).findings)

@pytest.mark.parametrize("text, want, not_want", [
    # 29. "of the Caribbean nation's 21 legislative seats": a described possessor before the whole; "eight opposition
    # seats": an adjective of the seats
    ("The Harbour Party won, winning 18 of the Caribbean nation’s 21 legislative seats.",
     [("size", 21), ("count", "Harbour Party", 18, "result")], [("count", None, 21)]),
    ("The Green Front secures eight opposition seats.", [("count", "Green Front", 8, "result")], []),
    # 30. "Of the ten seats held by X prior to the election": the party's seats before the vote, not the chamber
    ("Of the ten seats held by the Green Front prior to the election, the party was only able to defend one.",
     [("count", "Green Front", 10, "previous")], [("size", 10)]),
    # must not fire: the fronted whole with no holder is the chamber
    ("Of the 80 seats in parliament, the Green Front won 40.", [("size", 80)], []),
    # 31. a nickname of a party the article names in full
    ("Voters backed the Progressive Conservatives. The Tories won 22 of the 27 seats in the legislature.",
     [("count", "Progressive Conservative Party", 22, "result")], [("count", "Conservative Party", 22)]),
    # must not fire: the article writes the nickname's party itself
    ("The Conservatives won 300 seats. The Tories will govern with 300 seats.", [("count", "Conservative Party", 300)], []),
    # 32. "with the Y winning eight": an absolute clause owns its own count, not the one before it
    ("The Harbour Alliance won the vote. They will be able to form a Government with nine MPs with the Green Front "
     "winning eight Opposition seats.", [("count", "Harbour Alliance", 9, "result"), ("count", "Green Front", 8, "result")],
     [("count", "Green Front", 9)]),
])
def test_round17_possessors_holders_and_nicknames(extract, text, want, not_want):
    assert_rows(extract(OPEN + text), want, not_want, exact_party=True)
