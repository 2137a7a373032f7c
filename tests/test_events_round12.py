"""Round 12 of event names: a person named with a title before a possessive ("Prime Minister Anna Voss's Harbour
Party") is a person of the article, so a surname elsewhere ("PM Voss wins 3rd term") resolves to the full name;
a title alone before the possessive ("the Prime Minister's Office") stays one organisation."""

import pytest


@pytest.mark.parametrize("text, kind, actor", [
    ("Ostrian PM Voss wins 3rd term, parliamentary majority\nPrime Minister Anna Voss’s Harbour Party secured an "
     "absolute majority in Parliament on Wednesday.\n", "win", "Anna Voss"),
    ("Ostrian PM Voss wins 3rd term\nPrime Minister Anna Voss's Harbour Party secured a majority on Wednesday.\n", "win", "Anna Voss"),
])
def test_titled_person_before_a_possessive_names_the_actor(extract, text, kind, actor):
    actors = [c.actor for c in extract(text) if c.type == "event" and c.kind == kind]
    assert actor in actors, actors


def test_title_alone_before_a_possessive_stays_an_organisation(extract):
    text = "Ostria votes\nThe Prime Minister's Office announced on Monday that the election would be held in May.\n"
    actors = [c.actor for c in extract(text) if c.type == "event" and c.kind == "announce"]
    assert actors and all("Office" in (a or "") for a in actors), actors
