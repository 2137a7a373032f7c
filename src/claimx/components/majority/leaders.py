"""Whose majority when the sentence names a person: the party the article says that person leads.

Reporters give a leader's status as the party's: "Voss is set to control the Senate", "Ana Voss will lead a
minority government". The article says somewhere which party the person leads; the seat stage's
``owners.leaders`` reads the common constructions ("Voss's Iron Guild", "the Iron Guild, led by Ana Voss", "Iron
Guild leader Ana Voss", "Ana Voss, leader of the Iron Guild"); this module adds three more:

- a title between "led by" and the name: "the Iron Guild, led by Prime Minister Ana Voss";
- the party's short name (without its head word "Party", "Alliance"...) before "leader": "Guild leader Ana
  Voss" for the "Guild Party", "Moderate leader Ana Voss" for the "Moderate Party";
- the party in brackets after the name: "Ana Voss (Iron Guild)".

A person is keyed by the last word of their name ("Ana Voss" -> "voss"), as in ``owners``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Token

from ...doctext import token_words
from ...parties import PARTY_HEADS
from ..seats import owners

TITLE_WORDS_MAX = 3  # "Prime Minister", "Deputy Prime Minister": capitalised words before the name


def _person_after(doc: Doc, k: int) -> int | None:
    """The end of a PERSON name starting at ``k`` or after up to three capitalised title words."""
    for j in range(k, min(len(doc), k + TITLE_WORDS_MAX + 1)):
        t = doc[j]
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "B":
            e = j + 1
            while e < len(doc) and doc[e].ent_iob_ == "I" and doc[e].ent_type_ == "PERSON":
                e += 1
            return e
        if not (t.is_title and t.is_alpha or t.text == "."):
            return None
    return None


def short_name(name: str) -> str | None:
    """ "Moderate Party" -> "Moderate", "Iron Guild Alliance" -> "Iron Guild"; None when nothing is left."""
    words = [w for w in name.split() if w not in PARTY_HEADS]
    return " ".join(words) if words and len(words) < len(name.split()) else None


def leader_map(doc: Doc, mentions: Sequence[Any]) -> dict[str, str]:
    """surname -> party name, from ``owners.leaders`` and the constructions of this module's docstring."""
    out = owners.leaders(doc, mentions)
    n = len(doc)
    for m in mentions:
        j = m.end + (1 if m.end < n and doc[m.end].text == "," else 0)
        if j + 2 < n and doc[j].lower_ in owners.LED and doc[j + 1].lower_ == "by":
            e = _person_after(doc, j + 2)
            if e is not None:
                out.setdefault(doc[e - 1].lower_.rstrip("."), m.name)
        if m.end + 1 < n and doc[m.end].text == "(":
            continue
        if m.start >= 1 and doc[m.start - 1].text == "(" and m.end < n and doc[m.end].text == ")":
            e = m.start - 1  # "Ana Voss (Iron Guild)"
            if e >= 1 and doc[e - 1].ent_type_ == "PERSON":
                out.setdefault(doc[e - 1].lower_.rstrip("."), m.name)
    shorts = {s: m.name for m in mentions if (s := short_name(m.name))}
    texts = token_words(doc)[0] if shorts else []
    for s, name in shorts.items():
        words = s.split()
        k = len(words)
        for i in (i for i, w in enumerate(texts) if w == words[0]):
            if i < n - k and texts[i : i + k] == words and doc[i + k].lower_ in owners.LEADER_NOUNS:
                e = _person_after(doc, i + k + 1)
                if e is not None:
                    out.setdefault(doc[e - 1].lower_.rstrip("."), name)
    return out


def person_key(tok: Token) -> str:
    """The key of the person a token names: the last word of the PERSON name it is in, else the word."""
    doc = tok.doc
    if tok.ent_type_ == "PERSON":
        e = tok.i + 1
        while e < len(doc) and doc[e].ent_iob_ == "I" and doc[e].ent_type_ == "PERSON":
            e += 1
        return doc[e - 1].lower_.rstrip(".")
    return tok.lower_.rstrip(".")
