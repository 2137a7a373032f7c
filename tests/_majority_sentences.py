"""What the majority tests share: the invented country's opening sentence and how a test reads the majority
statements claimx finds in a text (test_majority.py, test_majority_general.py)."""

from __future__ import annotations

from claimx.parties import same_party

PLACE = "Ostrelia voted on Sunday for its 120-seat assembly. "


def statuses(extract, text):
    """(party, status, short_by) of every majority_status claim in ``text``."""
    return [(c.party, c.status, c.short_by) for c in extract(text) if c.type == "majority_status"]


def has(extract, text, party, status, short_by=None):
    """Assert ``text`` yields ``status`` for ``party`` (None: a status about no party), with ``short_by`` if given."""
    found = statuses(extract, text)
    ok = any(s == status and (same_party(p, party) if party else p is None) and (short_by is None or sb == short_by)
             for p, s, sb in found)
    assert ok, found
