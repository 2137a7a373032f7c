"""A passive announcement names its announcer after "by": "The results were announced by the Electoral
Commission" is the commission's announcement; with no agent ("The results were announced on Tuesday") there is
nobody to name and no event."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _events import actors_of, of_kind  # noqa: E402

OPEN = "Ostria voted on Sunday.\n"


@pytest.mark.parametrize("text,actor", [
    ("The results were announced by the Electoral Commission on Tuesday.", "Electoral Commission"),
    ("The new cabinet was announced by Prime Minister Ivo Brandt on Friday.", "Ivo Brandt"),
    ("The Electoral Commission announced the final results on Tuesday.", "Electoral Commission"),
])
def test_announcer_of_a_passive_is_the_agent(extract, text, actor):
    assert actor in actors_of(extract, OPEN + text, "announce")


@pytest.mark.parametrize("text", [
    "The results were announced on Tuesday.",
    "A new date will be announced later.",
])
def test_passive_without_agent_names_nobody(extract, text):
    assert actors_of(extract, OPEN + text, "announce") == []


# Coordinated congratulators and accusers: "X and Y congratulated Z", "was congratulated by X and Y",
# "congratulations poured in from X and Y" are each one's congratulation; a coordinated object ("congratulated Z
# and W") adds no actor.
@pytest.mark.parametrize("text,kind,actors", [
    ("Ana Lindqvist and Pia Holm congratulated Ivo Brandt on his win.", "congratulate", {"Ana Lindqvist", "Pia Holm"}),
    ("Ivo Brandt was congratulated by Ana Lindqvist and Pia Holm.", "congratulate", {"Ana Lindqvist", "Pia Holm"}),
    ("Congratulations poured in from Ana Lindqvist and Pia Holm.", "congratulate", {"Ana Lindqvist", "Pia Holm"}),
    ("Mara Voss and Pia Holm accused Ivo Brandt of lying.", "accuse", {"Mara Voss", "Pia Holm"}),
])
def test_coordinated_actors_each_act(extract, text, kind, actors):
    assert set(actors_of(extract, OPEN + text, kind)) == actors


@pytest.mark.parametrize("text,kind,actor", [
    ("Ana Lindqvist congratulated Ivo Brandt and Pia Holm.", "congratulate", "Ana Lindqvist"),
    ("Ivo Brandt accused Mara Voss and Pia Holm of lying.", "accuse", "Ivo Brandt"),
])
def test_coordinated_objects_add_no_actor(extract, text, kind, actor):
    # (each coordinated object is its own event's target: test_events_round20 item 8; the actor stays the one)
    assert set(actors_of(extract, OPEN + text, kind)) == {actor}


# A quotation that opens with "Congratulations to X" is its speaker's congratulation of X; not a congratulation
# outside quotation marks with nobody named, nor one to a group no name stands for.
@pytest.mark.parametrize("text,pairs", [
    ('"Congratulations to Ivo Brandt on a remarkable victory," Ana Lindqvist wrote on X.', [("Ana Lindqvist", "Ivo Brandt")]),
    ('Ana Lindqvist wrote: "Congratulations to Ivo Brandt on a remarkable victory."', [("Ana Lindqvist", "Ivo Brandt")]),
    ("Congratulations to Ivo Brandt poured in.", []),
])
def test_quotation_opening_with_congratulations(extract, text, pairs):
    assert of_kind(extract, OPEN + text, "congratulate") == pairs
