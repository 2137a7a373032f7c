"""Round 20 (issue 13): event constructions found in the misses of UNSEEN-25 (studied this round), with invented
sentences where they fire and where they must not.

1. "Jon Kell was beaten by Ana Voss", "He was defeated in Saturday's election by President Ana Voss": a passive defeat
   with its agent says both that the agent won over the subject and that the subject lost to the agent (two events,
   as a careful reader lists them); without an agent ("He was defeated") only the loss is said. A short adverbial
   phrase ("in Saturday's election", "at the polls") may stand between the participle and "by".
2. "Ana Voss and Piet Marr congratulated Jon Kell": coordinated subjects at the start of a paragraph both act; the
   paragraph's line break before the first one is not a preposition (the whitespace token's tag is no "ADP"), so the
   first name is not taken for the object of one.
3. "acknowledged the victory of the Harbour Party and congratulated its leader Ana Voss": a title noun after an owner
   names the owner's person only inside one noun phrase ("the Harbour Party leader Ana Voss"); a coordinator or a verb
   between them starts another clause, so the victory is the party's.
4. "Jon Kell acknowledged the victory of the Harbour Party", "accepted Ana Voss's victory": granting another's victory
   is a concession (triggers.jsonl concede/accept-victory); not "acknowledged the victory of his party", nor "his own
   victory".
5. (quotes) 'Mr Kell said that Ostrians had chosen stability. "Our state is stronger," he said.': a people's plural name
   ("Ostrians" beside "Ostria", "Americans" from the nationality lexicon) is no person, so "he" is not it, even where
   the tagger calls it a PERSON.
6. (quotes) 'Jon Kell said "the X has no mandate" and argued that "the people deserve better"': a speech verb
   coordinated right after a quotation shares that quotation's speaker (the parser often hangs it inside the quote).
7. (quotes) 'a Harbour leadership election will conclude "within the next week"': a thing named after a party ("a
   ... election", determiner first, a common noun head that is no organisation, role or people noun) cannot speak; the
   reporting clause's subject does ("She told the public that ...").
8. "Mr Kell congratulated the Labor leader Ana Voss and the Greens leader, Piet Marr": each of two coordinated targets
   of a congratulation, call or accusation is congratulated (an owner's title names its person); not a place, not the
   actor himself.
9. "The X charged the government with "wasting" time", "The X alleged widespread fraud": accusations
   (triggers.jsonl accuse/charged-with, accuse/alleged-fraud); not "was charged with fraud" (a prosecution), not "the
   court dismissed claims of fraud".
10. "sending Facebook or Twitter messages ... parties that seemed to lose": a social platform is no actor.
11. (quotes) 'said she was "humbled" by the result. The premier added: "We will govern for everyone."': a sentence that
   ends between two quotations, the next one introducing its own, makes two quotes, not one split quote ('"We won," Voss
   said. "Now we govern."' stays one).
12. (quotes) 'Ana Voss and Jon Kell met on Monday. "We agreed to work together," she said.': where the article says
   nothing of a person's gender, a given name of one gender (data/quotes/given_names.json; names used for both left
   out) lets "she" / "he" skip a person of the other gender.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _event_rows import assert_event  # noqa: E402
from _quote_rows import quote_speakers  # noqa: E402


PASSIVE_DEFEAT_WITH_ITS_AGENT = [
    ("Jon Kell was beaten by Ana Voss in the runoff on Sunday.", ("win", "Ana Voss", "Jon Kell"), True),
    ("Jon Kell was beaten by Ana Voss in the runoff on Sunday.", ("lose", "Jon Kell", "Ana Voss"), True),
    ("Former general Jon Kell said he would challenge the result. He was defeated in Saturday's election by President "
     "Ana Voss.", ("win", "Ana Voss", "Jon Kell"), True),
    ("Former general Jon Kell said he would challenge the result. He was defeated in Saturday's election by President "
     "Ana Voss.", ("lose", "Jon Kell", "Ana Voss"), True),
    ("Jon Kell was narrowly defeated at the polls by Ana Voss.", ("win", "Ana Voss", "Jon Kell"), True),
    # must not fire: no agent, no winner; an agent phrase past punctuation is another clause's
    ("Jon Kell was defeated in Saturday's election.", ("lose", "Jon Kell"), True),
    ("Jon Kell was defeated in Saturday's election.", ("win", "Jon Kell"), False),
    ("Jon Kell was defeated in the north, followed by Ana Voss.", ("win", "Ana Voss"), False),
]


PARAGRAPH_INITIAL_COORDINATED_ACTORS = [
    ("Ana Voss and Piet Marr congratulated Jon Kell on Sunday.", ("congratulate", "Ana Voss", "Jon Kell"), True),
    ("Ana Voss and Piet Marr congratulated Jon Kell on Sunday.", ("congratulate", "Piet Marr", "Jon Kell"), True),
    # (a headline after which the tagger reads the line break as a preposition)
    ("H:Election results\n\nAna Voss and Piet Marr congratulated Jon Kell on Sunday.", ("congratulate", "Ana Voss", "Jon Kell"), True),
    # must not fire: a name after a real preposition is not a subject
    ("On behalf of Ana Voss and Piet Marr, the envoy congratulated Jon Kell.", ("congratulate", "Ana Voss", "Jon Kell"), False),
]


GRANTING_ANOTHER_VICTORY = [
    ("Prime Minister Jon Kell today acknowledged the victory of the Harbour Party and congratulated its leader Ana Voss.",
     ("win", "Harbour Party"), True),
    ("Prime Minister Jon Kell today acknowledged the victory of the Harbour Party and congratulated its leader Ana Voss.",
     ("win", "Ana Voss"), False),
    ("Prime Minister Jon Kell today acknowledged the victory of the Harbour Party and congratulated its leader Ana Voss.",
     ("concede", "Jon Kell"), True),
    ("Jon Kell accepted Ana Voss's victory on Sunday.", ("concede", "Jon Kell"), True),
    # must not fire: one's own side's victory
    ("Jon Kell acknowledged the victory of his party and thanked voters.", ("concede", "Jon Kell"), False),
    ("Jon Kell acknowledged his own victory with a smile.", ("concede", "Jon Kell"), False),
]


@pytest.mark.parametrize("text, quote, speaker", [
    # 5. a people's plural name
    ("Kell holds on\nCelebrating, Mr Jon Kell said in Ostria that Ostrians had opted for stability. \u201cOur state is stronger,\u201d "
     "he said.", "Our state", "Jon Kell"),
    # 6. a coordinated speech verb after a quotation
    ("Ana Voss resigns\nCommenting on the resignation, Jon Kell said \u201cthe Harbour Party has shown it no longer has a mandate "
     "to govern\u201d and argued that \u201cthe people deserve so much better than this chaos\u201d.", "the peopl", "Jon Kell"),
    # 7. a thing named after a party cannot speak
    ("Ana Voss resigns\nShe told the public that she had met the committee chairman and that a Harbour leadership election will "
     "conclude \u201cwithin the next week\u201d to pick her successor.", "within th", "Ana Voss"),
])
def test_round20_speakers(extract, text, quote, speaker):
    found = quote_speakers(extract, text)
    assert found.get(quote) == speaker, found


def test_round20_a_source_still_speaks(extract):
    # must not fire (7): "a senior party source" is a speaker noun
    text = ("May holds on\nLabour leader Jon Kell has urged Mrs Ana Voss to resign, and a senior Tory source has told the BBC it is "
            "\u201c50/50\u201d whether she will remain as their leader.")
    found = quote_speakers(extract, text)
    assert found.get("50/50") not in ("Jon Kell", None), found


COORDINATED_TARGETS = [
    ("Mr Jon Kell congratulated the Labor leader Ana Voss and the Greens leader, Piet Marr.", ("congratulate", "Jon Kell", "Piet Marr"), True),
    ("Mr Jon Kell congratulated the Labor leader Ana Voss and the Greens leader, Piet Marr.", ("congratulate", "Jon Kell", "Ana Voss"), True),
    # must not fire: the second conjunct is a place
    ("Jon Kell congratulated Ana Voss and France on the result.", ("congratulate", "Jon Kell", "France"), False),
]


ACCUSATIONS = [
    ("The Harbour Party charged the government with \u201cwasting\u201d precious time of Parliament.", ("accuse", "Harbour Party"), True),
    ("The Harbour Party alleged widespread fraud and demanded a recount.", ("accuse", "Harbour Party"), True),
    # must not fire: a prosecution, a dismissal
    ("Jon Kell was charged with fraud in 2019.", ("accuse", "Jon Kell"), False),
    ("The Electoral Court dismissed claims of fraud.", ("accuse", "Electoral Court"), False),
]


def test_round20_a_platform_is_no_actor(extract):
    # 10. "lose" with a social platform before it ("... on Twitter, lose"): a platform acts in no event
    rows = [r for r in __import__("_event_rows").event_rows(
        extract, "Readers keep sending us Facebook or Twitter messages, confused as to how parties that seemed to lose the "
                 "election could end up in government.") if r[1] in ("Twitter", "Facebook")]
    assert not rows, rows


def test_round20_two_sentences_two_quotes(extract):
    # 11.
    text = 'Voss wins\nThe prime minister, Ana Voss, said she was "humbled" by the result. The premier added: "We will govern for everyone."\n'
    assert sorted(c.quote for c in extract(text) if c.type == "quote") == ["We will govern for everyone.", "humbled"]
    # must not fire: an attribution between two sentences of one quotation
    text = 'Voss wins\n"We won," Ana Voss said. "Now we govern."\n'
    assert [c.quote for c in extract(text) if c.type == "quote"] == ["We won, ... Now we govern."]


@pytest.mark.parametrize("text, speaker", [
    ('Voss wins\nAna Voss and Jon Kell met on Monday.\n"We agreed to work together," she said.\n', "Ana Voss"),
    ('Voss wins\nAna Voss and Jon Kell met on Monday.\n"We agreed to work together," he said.\n', "Jon Kell"),
    # must not fire: the article's own word wins over the name ("Mr" before a name of the list's other gender)
    ('Voss wins\nAna Voss and Ms Jon Kell met on Monday.\n"We agreed to work together," she said.\n', "Jon Kell"),
])
def test_round20_given_name_gender(extract, text, speaker):
    # 12.
    assert [c.speaker for c in extract(text) if c.type == "quote"] == [speaker]


# the event-row tables above, one test over all of them
EVENT_TABLES = {
    "passive_defeat_with_its_agent": PASSIVE_DEFEAT_WITH_ITS_AGENT,
    "paragraph_initial_coordinated_actors": PARAGRAPH_INITIAL_COORDINATED_ACTORS,
    "granting_another_victory": GRANTING_ANOTHER_VICTORY,
    "coordinated_targets": COORDINATED_TARGETS,
    "accusations": ACCUSATIONS,
}


@pytest.mark.parametrize("text, row, present", [
    pytest.param(text, row, present, id=f"{name}-{k}")
    for name, rows in EVENT_TABLES.items() for k, (text, row, present) in enumerate(rows)
])
def test_round20_event_rows(extract, text, row, present):
    assert_event(extract, text, row, present)
