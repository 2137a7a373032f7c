"""A passive announcement names its announcer after "by": "The results were announced by the Electoral
Commission" is the commission's announcement; with no agent ("The results were announced on Tuesday") there is
nobody to name and no event."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _events import actors_of  # noqa: E402

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
