"""Helpers for the event tests: the event claims of a text, their (kind, actor, target), and (actor, target), actors
or modality per kind."""

from __future__ import annotations


def events(extract, text):
    return [c for c in extract(text) if c.type == "event"]


def triples(extract, text):
    """(kind, actor, target) of every event claim of ``text``."""
    return [(e.kind, e.actor, e.target) for e in events(extract, text)]


def of_kind(extract, text, kind):
    return [(e.actor, e.target) for e in events(extract, text) if e.kind == kind]


def actors_of(extract, text, kind):
    return [actor for actor, _ in of_kind(extract, text, kind)]


def modality_of(extract, text, kind):
    return [e.modality for e in events(extract, text) if e.kind == kind]


def assert_no_event(found, kind, actor=None):
    """No event of ``kind`` (by ``actor``, when given) among ``found``: tuples that start with (kind, actor, ...), as
    ``triples`` gives them."""
    hits = [e for e in found if e[0] == kind and (actor is None or e[1] == actor)]
    assert not hits, found
