"""Round 16 of events: general constructions, each with invented sentences and the sentences beside it where the
construction must not fire:

1. "X led the Y Party to (a thrilling) victory": the party led wins (the leader keeps the win the code gave him).
2. "The Z party has topped the elections / the poll": a win.
3. "The left suffered a historic defeat", "Labour suffered a heavy defeat": the subject lost -- a party, or an
   ideological bloc written in lower case ("the left", "the far right"; lexicon bloc_words), whose name is the
   phrase as written without its article ("left"), not the German Left Party; a government is no party
   ("the government suffered a defeat" names nobody).
4. "X was unsuccessful in winning the seat": a loss (as "failed to win the seat" is); "did not win" is no win.
5. "the Serb party called Srpska List", "a movement called Dawn": 'called' naming a group is no phone call.
6. "Islamists win big", "Farmers win subsidy fight": a one-word plural of a group (no party the lexicon knows, no
   person) does not win; "Greens win", "Labour wins" do (a headline's closing line break is no object of the
   verb: "Labour wins" gave no win before).
7. "a win for Mother Ostria", "a victory for democracy": a win 'for' a place (or a personified place) or an
   abstraction is no event; "a victory for the Harbour Party" is one.
8. "The National Assembly will be sworn in": a chamber sworn in forms no government; a person sworn in as prime
   minister does.
9. "Among the independents returned were A in X, B, who shifted to ..., and C", "D was also voted back in Z",
   "The ministers - A, B and C - retained their (respective) seats": each named candidate won (was re-elected);
   a party that "retained their seats" won nothing (a count).
10. "..., the country's election commission announced on Wednesday": the commission announced (the one the article
    names, else nobody), not the name before the comma.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _event_rows import assert_event, event_claims, event_rows as _events  # noqa: E402


def _rules(extract, text):
    return [(c.kind, c.actor, c.rule) for c in event_claims(extract, text)]


@pytest.mark.parametrize("text, row, present", [
    # 1. the party led to victory wins (the leader's win stays)
    ("Ana Voss led the Harbour Party to a thrilling victory on Sunday.", ("win", "Harbour Party"), True),
    ("Ana Voss led the Harbour Party to a thrilling victory on Sunday.", ("win", "Ana Voss"), True),
    ("Karl Brandt led the Unity Party to victory in the general election.", ("win", "Unity Party"), True),
    ("Ana Voss led the Greens to a landslide win.", ("win", "Green Party"), True),
    # 2. topped the elections / the poll
    ("The Harbour Party has topped the elections with 34 percent.", ("win", "Harbour Party"), True),
    ("The Unity Party topped the poll in Northfield.", ("win", "Unity Party"), True),
    # 3. a defeat suffered by a party or a bloc
    ("The left suffered a historic defeat.", ("lose", "left"), True),
    ("The far right suffered a crushing defeat on Sunday.", ("lose", "far right"), True),
    ("Labour suffered a heavy defeat in the north.", ("lose", "Labour Party"), True),
    ("In Northfield, the centre-right won.", ("win", "centre-right"), True),
    ("The Left suffered a historic defeat.", ("lose", "Left Party"), True),
    ("The Unity Party suffered a crushing defeat on Sunday.", ("lose", "Unity Party"), True),
    # 4. unsuccessful in winning the seat
    ("Ana Voss was unsuccessful in winning the seat.", ("lose", "Ana Voss"), True),
    ("Karl Brandt failed to win the seat of Northfield.", ("lose", "Karl Brandt"), True),
    # 5. (must not change) a phone call
    ("Smith called Jones on Monday.", ("call", "Smith"), True),
    ("Karl Brandt called Ana Voss on Monday.", ("call", "Karl Brandt"), True),
    # 6. (must not change) party names in the lexicon win
    ("Greens win", ("win", "Green Party"), True),
    ("Labour wins", ("win", "Labour Party"), True),
    ("The Harbour Party wins", ("win", "Harbour Party"), True),
    ("The Socialists won the election.", ("win", "Socialist Party"), True),
    # 7. (must not change) a win for a party or a person
    ("The result was a victory for the Harbour Party.", ("win", "Harbour Party"), True),
    ("It was a win for Ana Voss.", ("win", "Ana Voss"), True),
    # 8. (must not change) a person sworn in
    ("Ana Voss was sworn in as prime minister on Monday.", ("form_government", "Ana Voss"), True),
    # 9. returned / voted back in / retained their seats
    ("Among the independents returned were Ana Voss in Northfield, Karl Brandt, who shifted to the seat of Southgate, "
     "and Jan Ek.", ("win", "Ana Voss"), True),
    ("Among the independents returned were Ana Voss in Northfield, Karl Brandt, who shifted to the seat of Southgate, "
     "and Jan Ek.", ("win", "Karl Brandt"), True),
    ("Among the independents returned were Ana Voss in Northfield, Karl Brandt, who shifted to the seat of Southgate, "
     "and Jan Ek.", ("win", "Jan Ek"), True),
    ("Those re-elected were Ana Voss and Karl Brandt.", ("win", "Karl Brandt"), True),
    ("Among those returned to parliament were Ana Voss (Greens) and Jan Ek of the Harbour Party.",
     ("win", "Jan Ek"), True),
    ("Tomas Berg was also voted back in Eastbury.", ("win", "Tomas Berg"), True),
    ("The ministers - Ana Voss, Karl Brandt and Jan Ek - retained their respective seats.", ("win", "Ana Voss"), True),
    ("The ministers - Ana Voss, Karl Brandt and Jan Ek - retained their respective seats.",
     ("win", "Karl Brandt"), True),
    ("The ministers - Ana Voss, Karl Brandt and Jan Ek - retained their respective seats.", ("win", "Jan Ek"), True),
    # 10. the commission after the comma announces
    ("The Independent Election Commission counted the ballots. The Harbour Party won 40 of the 120 seats in the House "
     "of Representatives, the country's election commission announced on Wednesday.",
     ("announce", "Independent Election Commission"), True),
    ("The Harbour Party won 40 seats, the Independent Election Commission announced on Wednesday.",
     ("announce", "Independent Election Commission"), True),
    ("Ana Voss won the seat, Karl Brandt announced on Wednesday.", ("announce", "Karl Brandt"), True),
    # ---- must not fire
    # 3. a government is no party; 'Left' the bloc is not the German Left Party
    ("The government suffered a heavy defeat in parliament.", ("lose", "government"), False),
    ("The left suffered a historic defeat.", ("lose", "Left Party"), False),
    ("The left bank suffered a defeat.", ("lose", "left bank"), False),
    # 4. no win when the attempt failed
    ("Ana Voss was unsuccessful in winning the seat.", ("win", "Ana Voss"), False),
    ("Karl Brandt did not win the seat.", ("win", "Karl Brandt"), False),
    # 5. 'called' naming a group
    ("The Serb party called Srpska List won ten seats.", ("call", "Serb party"), False),
    ("The Serb party called Srpska List won ten seats.", ("call", "Srpska List"), False),
    ("A movement called Dawn won two seats.", ("call", "Dawn"), False),
    # 6. a headline's plural group noun
    ("Islamists win big", ("win", "Islamists"), False),
    ("Farmers win subsidy fight", ("win", "Farmers"), False),
    ("Nationalists won the election.", ("win", "Nationalists"), False),
    # 7. a win for a place or an abstraction
    ("The result was a win for Mother Ostria.", ("win", "Mother Ostria"), False),
    ("The result was a victory for Ostria.", ("win", "Ostria"), False),
    # 8. a chamber sworn in
    ("The National Assembly will be sworn in this week.", ("form_government", "National Assembly"), False),
    ("The new parliament was sworn in on Monday.", ("form_government", "parliament"), False),
    # 10. not the chamber before the comma
    ("The Harbour Party won 40 of the 120 seats in the House of Representatives, the country's election commission "
     "announced on Wednesday.", ("announce", "House of Representatives"), False),
    ("The Harbour Party won 40 seats, the election commission announced on Wednesday.",
     ("announce", "Harbour Party"), False),
])
def test_round16_events(extract, text, row, present):
    assert_event(extract, text, row, present)


@pytest.mark.parametrize("text, kind", [
    ("A movement called Dawn won two seats.", "call"),
    ("The Serb party called Srpska List won ten seats.", "call"),
    ("The result was a victory for democracy.", "win"),
    ("Karl Brandt did not win the seat.", "win"),
    ("The Greens were unsuccessful in winning a majority.", "win"),
    ("The Greens were unsuccessful in winning a majority.", "lose"),
    ("The National Assembly will be sworn in this week.", "form_government"),
    ("Islamists win big", "win"),
    # 9. returned without election
    ("The ballots were returned to the commission.", "win"),
    ("He returned to Paris.", "win"),
    ("Karl Brandt returned to Paris after the vote.", "win"),
    ("The forms returned were incomplete.", "win"),
    ("Tomas Berg was not voted back.", "win"),
    ("The ministers - Ana Voss and Karl Brandt - retained their portfolios.", "win"),
    ("The Greens retained their seats.", "win"),
])
def test_round16_silent(extract, text, kind):
    assert not [e for e in _events(extract, text) if e[0] == kind], _events(extract, text)


@pytest.mark.parametrize("text, kind, actor, part", [
    ("Ana Voss led the Harbour Party to a thrilling victory on Sunday.", "win", "Harbour Party", "actor:led-party"),
    ("The left suffered a historic defeat.", "lose", "left", "actor:bloc-subject/"),
    ("Ana Voss was unsuccessful in winning the seat.", "lose", "Ana Voss", "trigger:unsuccessful-in"),
    ("Among the independents returned were Ana Voss in Northfield and Jan Ek.", "win", "Jan Ek", "trigger:returned-were"),
    ("Tomas Berg was also voted back in Eastbury.", "win", "Tomas Berg", "trigger:voted-back"),
    ("The ministers - Ana Voss, Karl Brandt and Jan Ek - retained their respective seats.", "win", "Karl Brandt",
     "trigger:held-seats"),
    ("The Independent Election Commission counted the ballots. The Harbour Party won 40 seats, the country's election "
     "commission announced on Wednesday.", "announce", "Independent Election Commission", "/comma-subject/"),
])
def test_round16_rules(extract, text, kind, actor, part):
    rules = [r for k, a, r in _rules(extract, text) if k == kind and a == actor]
    assert rules and any(part in r for r in rules), _rules(extract, text)
