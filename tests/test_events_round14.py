"""Round 14 of events (the event misses of a spent held-out set), each with invented sentences and the sentences
beside it where the construction must not fire:

1. "Tomas Berg was also defeated in his Northgate electorate": a passive with an adverb between the auxiliary and
   the participle ("was also defeated", "were narrowly beaten") is still a passive: Berg lost.
2. "provisional results announced by the Elections Commission", "Final results were released by the Ostrian
   Electoral Office": a participle after a common noun, with its agent, is a passive whose agent announces;
   "released by" / "published by" announce (not "released a video").
3. "acknowledged Labor's defeat", "recognising defeat": acknowledging or recognising a defeat (one's own or one's
   party's) is a concession.
4. "Mr Ek did, however, hold onto his Assembly seat", "held on to her seat": holding one's seat is a win.
5. "The Party of Action and Solidarity won the election": a party's name that the entity layer knows whole keeps its
   lower-case words ("and", "for") in the actor ("Karl Brandt and Anna Voss met" stays two people).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _event_rows import event_pairs as _events  # noqa: E402


@pytest.mark.parametrize("text, want, not_want", [
    # 1. a passive with an adverb
    ("Former prime minister Tomas Berg was also defeated in his Northgate electorate.",
     ("lose", "Tomas Berg"), ("win", "Tomas Berg")),
    # must not change: the active verb
    ("Former prime minister Tomas Berg defeated Ana Ruiz in Northgate.", ("win", "Tomas Berg"), ("lose", "Tomas Berg")),
    # 2. passive announcements
    ("The Harbour Party won 40 seats, according to provisional results announced by the Elections Commission on Tuesday night.",
     ("announce", "Elections Commission"), ("announce", "provisional results")),
    ("Final results were released by the Ostrian Electoral Office this evening.", ("announce", "Ostrian Electoral Office"), None),
    # 3. a defeat acknowledged
    ("Outgoing Premier Anna Voss acknowledged Labor's defeat on Saturday.", ("concede", "Anna Voss"), None),
    ("Even while recognising defeat in the parliament, President Karl Brandt blamed the loss on his rivals.",
     ("concede", "Karl Brandt"), None),
    # 4. a seat held
    ("Jan Ek lost his ministry. Mr Ek did, however, hold onto his Assembly seat.", ("win", "Jan Ek"), None),
    ("Civic leader Ana Ruiz held on to her seat.", ("win", "Ana Ruiz"), None),
    # 5. a party's whole name
    ("The Party of Action and Solidarity won the election on Sunday.", ("win", "Party of Action and Solidarity"), ("win", "Solidarity")),
    ("Karl Brandt and Anna Voss met on Monday.", ("meet", "Karl Brandt"), None),
])
def test_round14_events(extract, text, want, not_want):
    found = _events(extract, text)
    assert want in found, found
    if not_want is not None:
        assert not_want not in found, found


@pytest.mark.parametrize("text, kind", [
    # must not fire: a video released, a result acknowledged, a seat not held
    ("The Harbour Party released a video on Sunday.", "announce"),
    ("Anna Voss acknowledged the result on Saturday.", "concede"),
    ("Jan Ek failed to hold onto his seat.", "win"),
])
def test_round14_events_silent(extract, text, kind):
    assert not [e for e in _events(extract, text) if e[0] == kind], _events(extract, text)
