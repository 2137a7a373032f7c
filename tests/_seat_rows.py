"""The row format of the seat construction tables (test_seat_reporting_constructions.py,
test_seat_owners_collective.py): (text, claims that must be among the article's seat claims, claims that must not
be). A claim is ("count", party, seats, status), ("change", party, delta) or ("size", seats); a party or status of
None matches any."""

from __future__ import annotations

from claimx.parties import same_party

OPEN = "Ostria voted on Sunday. "  # the first sentence of an article is its headline


def seat_rows(claims) -> list[tuple]:
    out = []
    for c in claims:
        if c.type == "seat_count":
            out.append(("count", c.party, c.seats, c.status))
        elif c.type == "seat_change":
            out.append(("change", c.party, c.delta))
        elif c.type == "chamber_size":
            out.append(("size", c.seats))
    return out


def _same(found: str | None, want: str, exact: bool) -> bool:
    if exact:  # the owner named exactly (case aside): "ruling camp" is not "main opposition"
        return (found or "").lower() == want.lower()
    return same_party(found, want)


def matches(found: tuple, want: tuple, exact_party: bool = False) -> bool:
    if want[0] != found[0]:
        return False
    if want[0] == "size":
        return found[1] == want[1]
    if want[1] is not None and not _same(found[1], want[1], exact_party):
        return False
    if want[0] == "change":
        return found[2] == want[2]
    return found[2] == want[2] and (len(want) < 4 or want[3] is None or found[3] == want[3])


def assert_rows(claims, want, not_want, exact_party: bool = False) -> None:
    """Every ``want`` row among the seat claims, no ``not_want`` row."""
    found = seat_rows(claims)
    for w in want:
        assert any(matches(f, w, exact_party) for f in found), (w, found)
    for w in not_want:
        assert not any(matches(f, w, exact_party) for f in found), (w, found)
