"""claimx_majority: majority-status statements on invented sentences (fictional parties and places where the
construction does not need a known party; known parties where the lexicon is part of the point).

Each construction has sentences where it must fire and sentences where it must NOT: hypotheticals, goals,
conditions, rules about any party, majorities that are not a chamber's, persons."""

from __future__ import annotations

import pytest

from claimx.parties import same_party

from _majority_sentences import PLACE, has, statuses  # noqa: E402


# ---------------------------------------------------------------- each construction fires, with its party
@pytest.mark.parametrize(
    "text,party,status",
    [
        # a majority: won / secured / holds / kept, with any modifiers
        (PLACE + "The Iron Guild won a comfortable majority.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild secured a narrow 20-seat majority in the assembly.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild won 70 seats. It now holds a majority in the assembly.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild was returned with a reduced majority.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild won a majority of the seats.", "Iron Guild", "majority"),
        # "its majority grew": the possessor, "its" -> the subject / the party before
        (PLACE + "The Iron Guild won 70 seats, and its majority grew.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild's majority grew to 20 seats.", "Iron Guild", "majority"),
        # a majority government, named or not
        (PLACE + "The Iron Guild will form a majority government.", "Iron Guild", "majority"),
        ("Britons voted. The exit poll points to a majority Labour government.", "Labour Party", "majority"),
        # passing the halfway point / the majority mark
        (PLACE + "The Iron Guild passed the halfway mark of 61 seats late on Sunday.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild crossed the majority threshold shortly after midnight.", "Iron Guild", "majority"),
        # ", a clear majority" after a count: the count's party
        (PLACE + "The Iron Guild won 64 of the 120 seats, a clear majority.", "Iron Guild", "majority"),
        # gave X a majority
        (PLACE + "Voters gave the Iron Guild an outright majority.", "Iron Guild", "majority"),
        # projections are statements too (the gold convention); "the polls have closed" is no opinion poll
        ("Britons voted. The polls have closed, and the exit poll showed the Conservatives eight short of a majority.",
         "Conservative Party", "short_of_majority"),
        (PLACE + "The Iron Guild is on course for a majority, exit polls suggest.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild won 64 seats, enough to govern on its own.", "Iron Guild", "majority"),
        # control of a chamber
        ("Americans voted. Republicans won control of the House of Representatives.", "Republican Party", "majority"),
        # short of a majority
        (PLACE + "The Iron Guild won 55 seats but fell short of the 61 needed for a majority.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild won 55 seats. It fell short of the 61 seats needed to govern alone.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild lost its majority after 12 years in power.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild's majority was wiped out.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild's share fell to 40%, ending its 30-year majority.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild did not win an outright majority.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild failed to secure a majority and will seek partners.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild came first but without a majority.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild won 55 seats and will have to form a coalition.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild remains below the majority threshold.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild won 40 seats. The party will not be able to govern alone.", "Iron Guild", "short_of_majority"),
        ("Britons voted. The Conservatives, who lost their majority, will need the support of smaller parties.",
         "Conservative Party", "short_of_majority"),
        # "X of Y" names; "the narrowest possible majority" after a count
        # (the party is named without the country it is "of": the entity layer's canonical name)
        (PLACE + "The Civic Platform of Ostrelia came first, but it fell short of the 61 seats needed for a majority.",
         "Civic Platform", "short_of_majority"),
        (PLACE + "Before the vote the Iron Guild held 61 of the 120 seats, the narrowest possible majority.", "Iron Guild", "majority"),
        # a negation in the other conjunct does not flip it
        (PLACE + "The Iron Guild won 50 seats. Its leader said she would not resign and would lead a minority government.",
         None, "minority"),
        (PLACE + "The Iron Guild won 66 seats, more than the 61 needed to govern alone.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild won 66 seats, enough for a majority.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild won 55 seats, not enough for a majority.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild won 55 seats, well short of the 61 mark.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild will rely on the support of independents.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild stormed to a majority.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild failed to reach the 61-seat mark.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild won 64 of the 120 seats - a majority.", "Iron Guild", "majority"),
        ("Canadians voted. The Liberals' minority government survived.", "Liberal Party", "minority"),
        # "the government" / "the ruling party": the party the article calls ruling
        (PLACE + "The ruling Iron Guild won 50 seats and the Marsh Party 55. The government lost its majority.",
         "Iron Guild", "short_of_majority"),
        # a plurality: the most seats, not a majority
        (PLACE + "The Iron Guild won a plurality of the seats.", "Iron Guild", "short_of_majority"),
        # the object is the subject of the clause after it; the party deprived of its majority
        (PLACE + "The Marsh Party said it would not join a coalition, leaving the Iron Guild to govern as a minority.",
         "Iron Guild", "minority"),
        (PLACE + "A new projection puts the Iron Guild short of a majority.", "Iron Guild", "short_of_majority"),
        (PLACE + "The result deprived the Iron Guild of the majority it had held for two decades.", "Iron Guild", "short_of_majority"),
        # a coalition named by its parties
        ("Japanese voted. The LDP-Komeito coalition lost its majority in the lower house.", "LDP/Komeito alliance", "short_of_majority"),
        ("Indians voted. The BJP-led coalition crossed the majority mark of 272 seats.", "BJP-led coalition", "majority"),
        # constructions added after studying the second fold (invented sentences)
        (PLACE + "The Iron Guild will govern in majority with at least 61 seats.", "Iron Guild", "majority"),
        ("Britons voted. With Labour in the majority, the Commons will pass the budget.", "Labour Party", "majority"),
        ("Americans voted. Democrats win control, ending two years of divided government.", "Democratic Party", "majority"),
        (PLACE + "The Iron Guild won 55 seats. The party fell short of the seats needed to govern alone.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild will fall short of getting the 61 seats needed to form a majority.", "Iron Guild", "short_of_majority"),
        (PLACE + "The IGP will be the first minority in the upper house.", "IGP", "minority"),
        (PLACE + "Iron Guild secures majority government.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild won 70 seats, giving the Iron Guild a majority of 19.", "Iron Guild", "majority"),
        # an all-capital dateline is no party
        ("HARBOURTON, Ostrelia \u2014 The Iron Guild won an outright majority on Sunday.", "Iron Guild", "majority"),
        # two parties as the subject: the two together
        (PLACE + "The Iron Guild and the Marsh Party together won a majority.", "Iron Guild and Marsh Party", "majority"),
        # minority
        (PLACE + "The Iron Guild will form a minority government.", "Iron Guild", "minority"),
        (PLACE + "The Iron Guild is expected to govern as a minority after winning 55 seats.", "Iron Guild", "minority"),
        ("Canadians voted. Voters returned a minority Liberal government.", "Liberal Party", "minority"),
        ("Britons voted. Labour won a majority of 174, the largest since 1997.", "Labour Party", "majority"),
        ("Britons voted. The exit poll pointed to a huge Labour majority.", "Labour Party", "majority"),
        (PLACE + "The Iron Guild came close to a majority.", "Iron Guild", "short_of_majority"),
        # supermajority
        (PLACE + "The Iron Guild won a two-thirds majority.", "Iron Guild", "supermajority"),
        (PLACE + "The Iron Guild won two-thirds of the seats.", "Iron Guild", "supermajority"),
        (PLACE + "The ruling Iron Guild secured a supermajority.", "Iron Guild", "supermajority"),
        ("Hungarians voted. Fidesz retained its two-thirds majority in parliament.", "Fidesz", "supermajority"),
    ],
)
def test_construction_fires_with_its_party(extract, text, party, status):
    if party is None:  # the party is not named in the text ("she"): any party, or none
        assert status in [s for _, s, _ in statuses(extract, text)]
    else:
        has(extract, text, party, status)


@pytest.mark.parametrize(
    "text,party,short_by",
    [
        (PLACE + "The Iron Guild won 55 seats, six short of a majority.", "Iron Guild", 6),
        (PLACE + "The Iron Guild won 58 seats. The party was three seats short.", "Iron Guild", 3),
        (PLACE + "The Iron Guild fell short by four seats.", "Iron Guild", 4),
        (PLACE + "The Iron Guild is now two seats away from a majority.", "Iron Guild", 2),
        (PLACE + "The Iron Guild won 52 seats, nine fewer than the 61 needed to govern alone.", "Iron Guild", 9),
    ],
)
def test_n_short_keeps_the_distance(extract, text, party, short_by):
    # the checks (CX005) add short_by to the party's count and compare with the threshold
    has(extract, text, party, "short_of_majority", short_by)


# ---------------------------------------------------------------- no party: the text names none
# The convention (the gold files' and a fact-checker's): "no party won a majority" is the largest party's
# shortfall (if the largest has no majority, nobody has); with no seat counts in the article the party is null.
@pytest.mark.parametrize(
    "text,largest",
    [
        (PLACE + "No party won a majority. The Iron Guild won 55 seats and the Marsh Party 40.", "Iron Guild"),
        (PLACE + "The Iron Guild won 55 seats and the Marsh Party 40, leaving the assembly hung.", "Iron Guild"),
        (PLACE + "The Iron Guild won 55 seats, while the Marsh Party won 40. Neither party has a majority.", "Iron Guild"),
        (PLACE + "The Marsh Party won 40 seats and the Iron Guild 55. The result is a hung parliament.", "Iron Guild"),
        # the counts of the statement's own sentence come first (later figures may be older ones)
        (PLACE + "The Marsh Party had 62 seats before the vote. No party won a majority: the Marsh Party won 51 "
         "seats and the Iron Guild 52.", "Iron Guild"),
        # each party's first result is its result: "from 62 to 51" later on does not make 62 the largest
        (PLACE + "The Iron Guild won 52 seats and the Marsh Party 51. No party has a majority. The Marsh Party "
         "dropped from 62 to 51 seats.", "Iron Guild"),
        (PLACE + "The Iron Guild won 55 seats and the Marsh Party 40. Voters have left no party with an overall majority.",
         "Iron Guild"),
    ],
)
def test_no_party_is_the_largest_partys_shortfall(extract, text, largest):
    found = statuses(extract, text)
    assert any(s == "short_of_majority" and same_party(p, largest) for p, s, _ in found if p), found
    assert not [f for f in found if f[1] == "majority"], found


@pytest.mark.parametrize(
    "text",
    [
        PLACE + "The result is a hung parliament.",
        PLACE + "None of the blocs commands an absolute majority of the 120 members.",
        PLACE + "No party came close to a majority.",
        PLACE + "Neither the Iron Guild nor the Marsh Party won a majority.",
        PLACE + "Voters have left no party with an overall majority.",
    ],
)
def test_no_party_without_counts_is_null(extract, text):
    found = statuses(extract, text)
    assert (None, "short_of_majority", None) in found, found
    assert not [f for f in found if f[1] == "majority"], found


def test_hung_headline_with_a_named_party_is_one_statement(extract):
    found = statuses(extract, "Hung parliament as Marsh Party falls short of majority\n\nOstrelia voted on Sunday.")
    assert found == [("Marsh Party", "short_of_majority", None)], found


# ---------------------------------------------------------------- where it must NOT fire
@pytest.mark.parametrize(
    "text",
    [
        # speculation, goals, conditions, rules, questions
        PLACE + "Polls suggested the Iron Guild could win a majority.",
        PLACE + "The Iron Guild hopes to win a majority.",
        PLACE + "The Iron Guild needs 61 seats to win a majority.",
        PLACE + "If the Iron Guild wins a majority, taxes will fall.",
        PLACE + "A party needs 61 seats to form a majority government.",
        PLACE + "A government needs the support of 61 deputies.",
        PLACE + "Can the Iron Guild win a majority?",
        PLACE + "The Iron Guild's bid for a majority began in March.",
        # majorities that are not a chamber's
        PLACE + "A majority of voters backed the Iron Guild, which won 52% of the vote.",
        PLACE + "In the referendum, the proposal won a majority of 52%.",
        PLACE + "The motion passed by 80 votes to 40, a majority of 40.",
        PLACE + "The Iron Guild's majority leader spoke first.",
        PLACE + "The Iron Guild lost a majority of its seats in the north.",
        PLACE + "The Iron Guild protects the rights of every ethnic minority.",
        PLACE + "The Iron Guild joined the cabinet as a minority partner.",
        PLACE + "The Iron Guild's results fell short of expectations.",
        # a person's margin in a constituency
        PLACE + "Ada Lume kept her seat, though her majority fell to 2,000 votes.",
        # a negated goal says nothing
        PLACE + "With 94 seats the Iron Guild no longer needs the support of other parties.",
        # an electoral threshold is not the majority mark; counting is not a party; nor is a premier's need
        PLACE + "The Greens fell short of the 5% threshold needed to enter parliament.",
        PLACE + "Counting passed the halfway mark at midnight.",
        PLACE + "Premier Ada Lume needs the support of the federal government for the plan.",
        PLACE + "The Iron Guild needs to strike a deal with its creditors.",
        PLACE + "The Iron Guild won a majority in the referendum on the constitution.",
        PLACE + "The Iron Guild has a majority-Muslim electorate in the north.",
        PLACE + "Whichever party wins a majority will govern.",
        PLACE + "The region relies on the support of tourism.",
        PLACE + "The Iron Guild, which had held a majority since 2016, lost 11 seats.",
        PLACE + "The last time no party had a majority was in 2004.",
        # (with "enough to change the constitution" it is a supermajority: tests/test_majority_round9.py)
        PLACE + "The Iron Guild won 80 seats, enough to pass its budget without needing opposition support.",
        PLACE + "The chiefs tend to vote with the elected majority of senators.",
        PLACE + "The Iron Guild ruled out forming a minority government.",
        PLACE + "The Iron Guild won the popular vote by a clear majority.",
        PLACE + "The Iron Guild has long had a majority among rural voters.",
        PLACE + "Senate Majority Leader Ada Lume said the Iron Guild would keep working.",
        PLACE + "The Iron Guild promised short-term relief for minority communities.",
        PLACE + "The Iron Guild won a plurality of the vote.",
        # opinion polls before the vote are expectations (exit polls and projections of the count are kept)
        "Britons voted. Polls had suggested that the Conservatives would win a comfortable majority.",
        PLACE + "Opinion polls gave the Iron Guild a clear majority before the vote.",
        "Ostrelia elects its parliament. Ostrelia's supermajority rule for amendments dates from 1950.",
        PLACE + "The Iron Guild won 70 seats. The budget bill passed with a two-thirds majority on Friday.",
        PLACE + "The Iron Guild came close to a two-thirds majority.",
        PLACE + "In theory the Iron Guild could lose ten deputies and still govern alone.",
        PLACE + "The Iron Guild's candidate won the seat with a majority of 4,000.",
        PLACE + "The Iron Guild won 58 seats, two short years after its founding.",
    ],
)
def test_does_not_fire(extract, text):
    assert statuses(extract, text) == []


def test_rule_names_the_decisions(extract):
    claims = [c for c in extract(PLACE + "The Iron Guild did not win an outright majority.") if c.type == "majority_status"]
    assert claims and claims[0].rule.startswith("majority/win-majority/negated+party:")
    claims = [c for c in extract(PLACE + "The Iron Guild lost its majority.") if c.type == "majority_status"]
    assert claims and claims[0].rule == "majority/lose-majority+party:its=subject"


def test_only_claimx_majority_emits_majority_status(nlp):
    doc = nlp(PLACE + "The Iron Guild won 55 seats, six short of a majority.")
    rules = [d["rule"] for d in doc._.claimx_drafts if d["type"] == "majority_status"]
    assert rules and all(r.startswith("majority/") for r in rules)
    names = nlp.pipe_names
    assert names.index("claimx_seats") < names.index("claimx_majority")


def test_saved_and_loaded_with_its_data(nlp, tmp_path):
    comp = nlp.get_pipe("claimx_majority")
    comp.to_disk(tmp_path / "maj")
    assert (tmp_path / "maj" / "patterns.jsonl").read_text(encoding="utf-8") == (comp.data_dir / "patterns.jsonl").read_text(encoding="utf-8")
    from claimx.components.majority import MajorityComponent

    other = MajorityComponent(nlp, "claimx_majority").from_disk(tmp_path / "maj")
    assert set(other.patterns) == set(comp.patterns)


def test_runs_on_a_pipeline_without_tagger_or_parser():
    # rules only (spacy.blank + sentencizer): the patterns without their TAG / POS tests, no parse
    import spacy

    import claimx.components  # noqa: F401
    from claimx.pipeline import add_claimx_components

    nlp = add_claimx_components(spacy.blank("en"))
    doc = nlp("Ostrelia voted. The Iron Guild won 60 seats, six short of a majority. No party won a majority.")
    found = [(d["party"], d["status"], d.get("short_by")) for d in doc._.claimx_drafts if d["type"] == "majority_status"]
    assert ("Iron Guild", "short_of_majority", 6) in found
    assert (None, "short_of_majority", None) in found or ("Iron Guild", "short_of_majority", None) in found


# ---------------------------------------------------------------- whose: leaders, allies, names written again
@pytest.mark.parametrize(
    "text,party,status",
    [
        # a person's status is the party the article says the person leads
        (PLACE + "The Guild Party won 50 seats. Guild leader Ana Voss is likely to become prime minister in a minority "
         "government supported by the Marsh Party.", "Guild Party", "minority"),
        (PLACE + "The Iron Guild, led by Prime Minister Ana Voss, won 50 seats. Voss will lead a minority government.",
         "Iron Guild", "minority"),
        (PLACE + "The Iron Guild won 70 seats. Prime Minister Ana Voss (Iron Guild) won re-election. Voss is set to "
         "control the assembly after winning a majority of the seats.", "Iron Guild", "majority"),
        # "X, and ally Y" / "X and its allies" / "the ruling party, X, along with its allies"
        (PLACE + "The Iron Guild won 40 seats and the Marsh Party 30. In 2018, the Iron Guild, and ally Marsh Party won "
         "the parliamentary majority.", "Iron Guild and Marsh Party", "majority"),
        ("Hungarians voted. Fidesz won 135 seats. Fidesz and its allies will keep a two-thirds majority.",
         "Fidesz and allies", "supermajority"),
        ("Hungarians voted. The electoral court said that the ruling party, Fidesz, along with its allies, will "
         "maintain a two-thirds supermajority in parliament.", "Fidesz and allies", "supermajority"),
        # "the party" after its leader in the sentence: the leader's party, not the party mentioned before
        (PLACE + "The Iron Guild, led by Ana Voss, won 55 seats and the Marsh Party 50. Voss's gamble has cost her "
         "party 10 seats, losing the party's majority.", "Iron Guild", "short_of_majority"),
        (PLACE + "The Iron Guild, led by Ana Voss, won 55 seats and the Marsh Party 50. The Marsh Party gained ten "
         "seats, and Voss lost the party's majority.", "Iron Guild", "short_of_majority"),
        # the party's name without its head word as a modifier: "a Guild majority"
        (PLACE + "The Guild Party won 70 seats, ensuring a Guild majority.", "Guild Party", "majority"),
        ("Americans voted. Democrats won 219 seats. The speaker said the new Democratic majority would take up health "
         "care first.", "Democratic Party", "majority"),
        # a party name the NER took for a person is that party wherever the article writes it
        ("Tarn PF wins 20-seat majority\nTARN PF won 70 seats and the Marsh Party 50 in the 120-seat assembly.",
         "Tarn PF", "majority"),
    ],
)
def test_whose_through_leaders_allies_and_names(extract, text, party, status):
    has(extract, text, party, status)


@pytest.mark.parametrize(
    "text",
    [
        # a person whose party the article does not give: no party (never a party named elsewhere in the sentence)
        PLACE + "Ana Voss is likely to become prime minister in a minority government supported by the Marsh Party.",
        PLACE + "Ana Voss will lead a minority government.",
        # the party a minority relies on is its supporter, not its owner
        PLACE + "The Marsh Party won 20 seats. Ana Voss is expected to stay on as premier of a minority government, relying "
        "on the Marsh Party on budget votes.",
    ],
)
def test_a_person_without_a_party_gives_no_party(extract, text):
    found = statuses(extract, text)
    assert found and all(p is None for p, _, _ in found), found


# ---------------------------------------------------------------- conditions on the figures; constitutional thresholds
@pytest.mark.parametrize(
    "text,party,status",
    [
        # a condition on the figures themselves is a projection of them, not a hypothetical
        (PLACE + "If the exit poll is confirmed, the Iron Guild will fall short of getting the 61 seats needed to form "
         "a majority.", "Iron Guild", "short_of_majority"),
        (PLACE + "If the count holds, the Iron Guild will win a majority.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild will have a majority if these results stand.", "Iron Guild", "majority"),
        # the threshold of constitutional change is a supermajority's
        (PLACE + "The Iron Guild secured 84 seats, exceeding the 80 votes required for constitutional amendments.",
         "Iron Guild", "supermajority"),
        (PLACE + "The Iron Guild won 84 seats, more than the 80 needed to amend the constitution.", "Iron Guild", "supermajority"),
        (PLACE + "The Iron Guild won 70 seats, more than the 61 needed to govern alone.", "Iron Guild", "majority"),
        # the constructions of majority talk, one sentence each
        (PLACE + "The Iron Guild secured a supermajority of 82 seats.", "Iron Guild", "supermajority"),
        (PLACE + "The Iron Guild won 66 seats, clearing the 61-seat threshold for a majority.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild won 66 seats, passing the 61 seats needed to form a majority.", "Iron Guild", "majority"),
        # "X's victory gave it a majority": the owner of the subject
        (PLACE + "The Iron Guild's landslide gave it a majority of 40.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild's victory gave it a majority in the assembly.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild won a majority of 64 seats.", "Iron Guild", "majority"),
        (PLACE + "The Iron Guild will lead a minority administration.", "Iron Guild", "minority"),
    ],
)
def test_figures_conditions_and_constitutional_thresholds(extract, text, party, status):
    has(extract, text, party, status)


@pytest.mark.parametrize(
    "text",
    [
        # hypotheticals, whichever side the condition is on
        PLACE + "The Iron Guild would have a majority if the courts annul two seats.",
        PLACE + "If the Iron Guild wins two more seats, it will have a majority.",
        PLACE + "If the Iron Guild is confirmed as the largest party, it will form a minority government.",
        PLACE + "The Iron Guild would need a majority to pass the budget alone.",
        # majorities that are not a party's hold on the chamber
        PLACE + "The Iron Guild won 40 seats. The majority of the seats counted so far went to the Iron Guild.",
        PLACE + "The bill needs a majority vote in parliament.",
        PLACE + "The budget bill won more than the 61 votes needed to pass.",
        # a milestone or an electoral threshold is not the majority mark; a goal is not a status
        PLACE + "The Iron Guild passed the 100-seat mark for the first time.",
        PLACE + "The Greens cleared the 5% threshold needed to enter the assembly.",
        PLACE + "The Iron Guild needs to pass the 61 seats needed to form a majority.",
        PLACE + "The supermajority of voters backed the reform.",
        PLACE + "Ana Voss's victory gave her a majority of 4,000 votes.",
        # a short name inside a longer one is not the party ("Free Democratic" is not the Social Democrats')
        "Germans voted. The Social Democratic Party won 206 seats. The Free Democratic majority in the state is gone.",
        # short of a constitutional threshold says nothing about a majority
        PLACE + "The Iron Guild won 75 seats, short of the 80 required to amend the constitution.",
        PLACE + "The Iron Guild won 56 seats. The party could have lost its majority.",
    ],
)
def test_hypotheticals_and_other_majorities_do_not_fire(extract, text):
    assert statuses(extract, text) == []
