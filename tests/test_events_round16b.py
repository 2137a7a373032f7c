"""Round 16b of events: general constructions, each with invented sentences and the sentences beside it where the
construction must not fire:

1. "<person>'s <Party name> won" (the surname alone too: "Brandt's Unity Party won"), "the PM's party wins": the party
   wins, not the person; for "the PM's party" with no name, the party the article says the PM leads ("the Harbour
   Party of Prime Minister Anna Voss", "Anna Voss, who leads the Harbour Party"), else nobody.
2. A chamber ("Punjab Assembly", the entity layer's chamber names) or a place never wins or loses: "AAP on Punjab Win",
   "a historic win in Punjab Assembly polls by winning a majority" (the party keeps its win).
3. "the country's electoral court announced the results": the electoral body the article names (the one whose head
   noun is the same when it names several bodies); unnamed, nobody -- as "the election commission announced" (the
   existing convention of tests/test_events_stages.py and tests/test_events_round13.py item 8).
4. "The news agency confirmed the resignation", "X accepted the resignation": the resigner is the person who resigned
   in the article, never the subject of the verb reporting or accepting it; a resignation noun with no verb of its
   own ("Rahimi's resignation was confirmed") repeats a resign event of the same person found earlier in the article
   and makes no second one.
5. "In a phone call, X congratulated Y", "During a telephone call on Tuesday, X told Y ...": a fronted call phrase
   makes a call by the clause's subject to its object.
6. "X, during a meeting with Y, said", "At a meeting with Y, X said", "X congratulated Y during a meeting": a meeting
   in a circumstantial phrase (during / at / in) is the setting, no meet event; "X met Y", "X held a meeting with Y",
   "X held talks with Y" stay.
7. "won around 25.3 million votes", "won 1.2 million votes": a number of votes won is no election won (as "won 40
   percent of the vote" is not); "won the election", "won the seat with 12,000 votes" and "won 11,420 votes to 9,870 for Y" (a contest) stay; seat counts keep their
   convention (a count, a win only when it is the article's largest result).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _event_rows import (  # noqa: E402
    assert_event, event_claims as _claims, event_pairs as _pairs, event_rows as _events)


PM_HEADLINE = "H: Ostrian PM’s party wins legislative election in a landslide\n\n"


@pytest.mark.parametrize("text, row, present", [
    # 1. the possessed party wins
    ("Karl Brandt voted. Brandt's Unity Party won the election.", ("win", "Unity Party"), True),
    ("Anna Voss voted in Northfield. Voss's Harbour Party won the election.", ("win", "Harbour Party"), True),
    ("Prime Minister Anna Voss’s Harbour Party won a landslide victory on Sunday.", ("win", "Harbour Party"), True),
    (PM_HEADLINE + "Prime Minister Anna Voss’s Harbour Party won a landslide victory on Sunday.",
     ("win", "Harbour Party"), True),
    (PM_HEADLINE + "The Harbour Party of Prime Minister Anna Voss took 40 percent.", ("win", "Harbour Party"), True),
    (PM_HEADLINE + "Prime Minister Anna Voss, who leads the Harbour Party, voted in Northfield.",
     ("win", "Harbour Party"), True),
    # 2. the party keeps its win; parties named like chambers are parties
    ("H: AAP on Punjab Win\n\nThe AAP registered a historic win in Punjab Assembly polls by winning a three-fourths "
     "majority.", ("win", "Aam Aadmi Party"), True),
    ("The National Democratic Congress won the election.", ("win", "National Democratic Congress"), True),
    ("The Meadow Congress lost the election.", ("lose", "Meadow Congress"), True),
    # 3. the electoral body the article names
    ("The Electoral Court (TSE) oversees the vote. The country’s electoral court announced the final results of the "
     "vote count on Monday.", ("announce", "Electoral Court (TSE)"), True),
    ("The Electoral Court counts the votes and the National Election Commission registers the candidates. The country’s "
     "electoral court announced the final results on Monday.", ("announce", "Electoral Court"), True),
    ("The National Election Commission registers the candidates and the Electoral Court counts the votes. The "
     "election commission announced the final results on Monday.", ("announce", "National Election Commission"), True),
    ("The Supreme Court heard the case. The country's supreme court announced the final results on Monday.",
     ("announce", "Supreme Court"), True),
    # 4. the resigner, not the one reporting the resignation
    ("Foreign Minister Ali Rahimi announced his resignation on Monday. The state-run IRNA news agency confirmed the "
     "resignation.", ("resign", "Ali Rahimi"), True),
    ("The news agency reported the resignation of Ali Rahimi.", ("resign", "Ali Rahimi"), True),
    ("Ali Rahimi submitted his resignation on Monday.", ("resign", "Ali Rahimi"), True),
    ("Ana Voss announced her resignation. Karl Brandt announced his resignation on Tuesday.",
     ("resign", "Ana Voss"), True),
    ("Ana Voss announced her resignation. Karl Brandt announced his resignation on Tuesday.",
     ("resign", "Karl Brandt"), True),
    # 6. meetings that are events
    ("Smith met Jones in Abuja on Saturday.", ("meet", "Smith"), True),
    ("Smith held a meeting with Jones.", ("meet", "Smith"), True),
    ("Karl Brandt had a meeting with Ana Voss.", ("meet", "Karl Brandt"), True),
    ("Karl Brandt held talks with Ana Voss.", ("meet", "Karl Brandt"), True),
    ("Tomas Reyes met Ada Mensah at the summit on Friday.", ("meet", "Tomas Reyes"), True),
    ("Karl Brandt congratulated Ana Voss during a meeting in Abuja.", ("congratulate", "Karl Brandt"), True),
    # (a hyphenated 'in-' opens no setting phrase)
    ("Karl Brandt called Ana Voss. An in-person meeting is being arranged.", ("meet", "Karl Brandt"), True),
    ("An in-person meeting between Karl Brandt and Ana Voss is being arranged.", ("meet", "Karl Brandt"), True),
    # 7. elections won
    ("The Harbour Party won the election.", ("win", "Harbour Party"), True),
    ("Ana Voss won the seat with 12,000 votes.", ("win", "Ana Voss"), True),
    # (votes set against an opponent's: a contest won)
    ("Ana Voss won 11,420 votes to 9,870 for the Harbour Party’s Ivo Brandt.", ("win", "Ana Voss"), True),
    ("The Harbour Party won the most votes.", ("win", "Harbour Party"), True),
    # 5. a fronted call phrase: the clause's subject called its object
    ("In a phone call, Obama congratulated Erdogan on his victory.", ("call", "Obama", "Erdogan"), True),
    ("During a telephone call on Tuesday, Smith told Jones the talks would continue.",
     ("call", "Smith", "Jones"), True),
    ("In a phone call on Monday, Karl Brandt congratulated Ana Voss.", ("call", "Karl Brandt", "Ana Voss"), True),
    ("In a phone call with Ana Voss, Karl Brandt said the vote was fair.", ("call", "Karl Brandt", "Ana Voss"), True),
    ("During a telephone call, Prime Minister Karl Brandt invited Ana Voss to visit.",
     ("call", "Karl Brandt", "Ana Voss"), True),
    ("In a phone call, Karl Brandt said the vote was fair.", ("call", "Karl Brandt", None), True),
    # (must not change) a call after the clause borrows its participants
    ("Karl Brandt congratulated Ana Voss in a phone call.", ("call", "Karl Brandt", "Ana Voss"), True),
    ("In a phone call, Obama congratulated Erdogan on his victory.", ("congratulate", "Obama", "Erdogan"), True),
    # ---- must not fire
    # 1. not the person whose party it is
    ("Karl Brandt voted. Brandt's Unity Party won the election.", ("win", "Karl Brandt"), False),
    ("Anna Voss voted in Northfield. Voss's Harbour Party won the election.", ("win", "Anna Voss"), False),
    ("Prime Minister Anna Voss’s Harbour Party won a landslide victory on Sunday.", ("win", "Anna Voss"), False),
    # 2. a chamber or a place
    ("H: AAP on Punjab Win\n\nThe AAP registered a historic win in Punjab Assembly polls by winning a three-fourths "
     "majority.", ("win", "Punjab Assembly"), False),
    ("The Harbour Party registered a historic win in Northfield Assembly polls by winning a three-fourths majority.",
     ("win", "Northfield Assembly"), False),
    ("The Northfield Assembly lost its majority.", ("lose", "Northfield Assembly"), False),
    ("Ostria lost the vote.", ("lose", "Ostria"), False),
    # 4. the agency or the president accepting it did not resign
    ("Foreign Minister Ali Rahimi announced his resignation on Monday. The state-run IRNA news agency confirmed the "
     "resignation.", ("resign", "IRNA"), False),
    ("Foreign Minister Ali Rahimi resigned on Monday. President Karl Brandt accepted the resignation on Tuesday.",
     ("resign", "Karl Brandt"), False),
    # 5. a statement is no call; the object of the clause is no caller
    ("In a statement, Karl Brandt congratulated Ana Voss.", ("call", "Karl Brandt"), False),
    ("In a phone call, the president congratulated Ana Voss.", ("call", "Ana Voss"), False),
    ("In a phone call, Karl Brandt said Ana Voss had won.", ("call", "Karl Brandt", "Ana Voss"), False),
])
def test_round16b_events(extract, text, row, present):
    assert_event(extract, text, row, present)


@pytest.mark.parametrize("text, kind", [
    # 1. a PM's party the article ties to no party
    (PM_HEADLINE + "Prime Minister Anna Voss voted in Northfield.", "win"),
    ("The prime minister's party won the election.", "win"),
    # 3. no body named: nobody, the court as the commission
    ("The country’s electoral court announced the final results of the vote count on Monday.", "announce"),
    ("The country's election commission announced the final results of the vote count on Monday.", "announce"),
    # 4. a resignation nobody in the article is said to have made
    ("The state-run IRNA news agency confirmed the resignation.", "resign"),
    # 5. no call
    ("In a statement, Karl Brandt congratulated Ana Voss.", "call"),
    # 6. a meeting as the setting of what is said or done
    ("Mahmood Yakubu, in his remarks during a meeting with Resident Electoral Commissioners in Abuja on Saturday, said "
     "eight parties produced lawmakers.", "meet"),
    ("At a meeting with party officials, Tomas Berg said the vote was fair.", "meet"),
    ("Karl Brandt spoke at a meeting with Ana Voss on Monday.", "meet"),
    ("Karl Brandt congratulated Ana Voss during a meeting in Abuja.", "meet"),
    ("During talks with Ana Voss, Karl Brandt said the vote was fair.", "meet"),
    ("At an in-person meeting with Ana Voss, Karl Brandt said the vote was fair.", "meet"),
    # 7. votes won
    ("The PDI-P, which won around 25.3 million votes, will receive 110 seats.", "win"),
    ("The Harbour Party won 1.2 million votes.", "win"),
    ("The Harbour Party won 2,345 votes in Northfield.", "win"),
    ("The Harbour Party won over 30,000 votes.", "win"),
    ("The Greens won 40 percent of the vote.", "win"),
    ("The Harbour Party won 40 seats.", "win"),
])
def test_round16b_silent(extract, text, kind):
    assert not [e for e in _events(extract, text) if e[0] == kind], _events(extract, text)


@pytest.mark.parametrize("text, kind, n", [
    # 4. one resignation, one event: later mentions of the noun repeat it
    ("Ali Rahimi resigned on Monday. President Karl Brandt accepted Rahimi's resignation on Tuesday. Rahimi's "
     "resignation was confirmed by his office.", "resign", 1),
    ("Foreign Minister Ali Rahimi announced his resignation on Monday. The state-run IRNA news agency confirmed the "
     "resignation.", "resign", 1),
    # (must not change) two people resign
    ("Ana Voss announced her resignation. Karl Brandt announced his resignation on Tuesday.", "resign", 2),
])
def test_round16b_counts(extract, text, kind, n):
    found = [e for e in _events(extract, text) if e[0] == kind]
    assert len(found) == n, found


@pytest.mark.parametrize("text, kind, actor, part", [
    ("Karl Brandt voted. Brandt's Unity Party won the election.", "win", "Unity Party", "/possessed-party/"),
    (PM_HEADLINE + "The Harbour Party of Prime Minister Anna Voss took 40 percent.", "win", "Harbour Party",
     "/led-party/"),
    ("In a phone call, Obama congratulated Erdogan on his victory.", "call", "Obama", "/fronted-call/"),
])
def test_round16b_rules(extract, text, kind, actor, part):
    rules = [(c.kind, c.actor, c.rule) for c in _claims(extract, text)]
    assert any(k == kind and a == actor and part in r for k, a, r in rules), rules


# 8 (main session). "X (ABBR), known as the Y, has won": an alias after a comma stands for the name before it
@pytest.mark.parametrize("text, want, not_want", [
    ("The National Republican Association (ANR), known as the Colorado Party, has won a large majority on Monday.",
     ("win", "National Republican Association (ANR)"), ("win", "Colorado Party")),
    ("The Green Front, known as the Leaf Party, has won a large majority.", ("win", "Green Front"), ("win", "Leaf Party")),
    # must not fire: the alias's own clause
    ("The Leaf Party has won a large majority.", ("win", "Leaf Party"), ("win", "Green Front")),
])
def test_an_alias_stands_for_the_name_before_it(extract, text, want, not_want):
    pairs = _pairs(extract, text)
    assert want in pairs and not_want not in pairs, pairs
