"""Builders for synthetic claim records (used by the checks and formats tests; no spaCy needed)."""

from __future__ import annotations

import itertools

from claimx.claims import (
    ChamberSize,
    DocumentRecord,
    MajorityStatus,
    MajorityThreshold,
    Quote,
    SeatCount,
)

_ids = itertools.count(1)


def _base(doc: str, line: int, text: str, evidence: str | None = None, start: int | None = None) -> dict:
    n = next(_ids)
    ev = evidence or text
    s = start if start is not None else line * 100
    return {
        "id": f"cx-test{n:06d}",
        "doc": doc,
        "text": text,
        "span": {"start": s, "end": s + len(ev)},
        "evidence": ev,
        "line": line,
        "rule": "test/synthetic",
        "confidence": 0.9,
    }


def seat(doc, party, seats, line=1, *, approx=False, qualifier=None, status="result", body=None, upper=None,
         rank=None, text=None, **kw):
    text = text or f"The {party} won {qualifier + ' ' if qualifier else ''}{seats} seats."
    return SeatCount(**_base(doc, line, text, **kw), party=party, seats=seats, approximate=approx or bool(qualifier),
                     qualifier=qualifier, status=status, body=body, upper=upper, rank=rank)


def size(doc, seats, line=1, body="House of Commons", text=None, **kw):
    text = text or f"There are {seats} seats in the {body}."
    return ChamberSize(**_base(doc, line, text, **kw), body=body, seats=seats)


def threshold(doc, seats, line=1, body="House of Commons", text=None, **kw):
    text = text or f"A party needs {seats} seats for a majority in the {body}."
    return MajorityThreshold(**_base(doc, line, text, **kw), body=body, seats=seats)


def status(doc, party, kind, line=1, short_by=None, text=None, **kw):
    text = text or (f"The {party} fell short of a majority." if kind != "majority" else f"The {party} won a majority.")
    return MajorityStatus(**_base(doc, line, text, **kw), party=party, status=kind, short_by=short_by)


def quote(doc, words, speaker, line=1, **kw):
    return Quote(**_base(doc, line, f'"{words}," {speaker} said.', **kw), quote=words, speaker=speaker,
                 speaker_kind="person", cue=f"{speaker} said")


def document(doc, status_="ok", reason=None, claims=0, words=100):
    return DocumentRecord(doc=doc, status=status_, reason=reason, claims=claims, words=words, chars=words * 6)


def commons_article(doc="ca.txt", liberal=168):
    """A Canadian election story (our own wording) mirroring the seed's shape."""
    t1 = (f"Prime Minister Ana Ruiz's Liberals took roughly {liberal} seats in Canada's newly enlarged 343-member "
          "House of Commons, short of a clear majority.")
    t2 = "The Conservatives came second with about 143 seats, the Bloc Québécois fell to 23 seats and the NDP kept only 7."
    return [
        document(doc, claims=7),
        seat(doc, "Liberal Party", liberal, 4, qualifier="roughly", text=t1, body="House of Commons"),
        size(doc, 343, 4, text=t1),
        status(doc, "Liberal Party", "short_of_majority", 4, text=t1),
        seat(doc, "Conservative Party", 143, 5, qualifier="about", text=t2, rank=2),
        seat(doc, "Bloc Québécois", 23, 5, text=t2),
        seat(doc, "New Democratic Party", 7, 5, text=t2),
        quote(doc, "We will govern for everyone", "Ana Ruiz", 6),
    ]
