"""The rule registry: stable ids, names, severities and descriptions (documented in docs/rules.md)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from ..report import Finding, RuleInfo


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    severity: str
    description: str

    def info(self) -> RuleInfo:
        return RuleInfo(id=self.id, name=self.name, severity=self.severity, description=self.description)


_RULES: tuple[Rule, ...] = (
    Rule("CX001", "seats-exceed-chamber", "error",
         "The seat results of one election in one article add up to more than the chamber size "
         "(stated in the article, else the reference size). Each party counted once; alliances not added "
         "to their members; result, projected and previous counts summed separately."),
    Rule("CX002", "conflicting-results", "error",
         "One party is given two different exact results for the same election in one article."),
    Rule("CX003", "majority-contradicts-seats", "error",
         "A majority status disagrees with the party's seats and the majority threshold "
         "(stated, else floor(size/2)+1 from the stated or reference size)."),
    Rule("CX004", "threshold-disagrees-with-size", "warning",
         "A stated majority threshold differs from floor(size/2)+1 by more than one seat."),
    Rule("CX005", "short-by-disagrees", "error",
         "'N short of a majority' disagrees with the party's count: seats + N != threshold."),
    Rule("CX006", "hedged-disagrees", "warning",
         "A hedged number ('about 143', 'more than 400') disagrees with an exact one for the same party "
         "beyond the tolerance max(3, 5%)."),
    Rule("CX007", "rank-disagrees", "warning",
         "A stated rank ('ended second') disagrees with the counts: at least that many parties have more seats."),
    Rule("CX008", "change-disagrees", "error",
         "A stated seat change ('gained 6') disagrees with the same party's exact result and previous count "
         "in the article ('14 seats, up from 10')."),
    Rule("CX010", "cross-article-conflict", "error",
         "Two articles about the same election give a party different exact results."),
    Rule("CX020", "contradicts-reference", "error",
         "A claim contradicts the built-in reference legislatures (chamber size at that time) "
         "or the user's facts file (known results)."),
    Rule("CX090", "seats-accounted", "info",
         "Seats accounted for per article and election: the sum of the parties' counts against the chamber size."),
    Rule("CX091", "input-error", "error",
         "An input file could not be processed (unreadable, binary, not UTF-8, empty)."),
    Rule("CX092", "low-coverage", "info",
         "An article where nothing was recognised, or whose seat claims could not be checked."),
)

RULES: dict[str, Rule] = {r.id: r for r in _RULES}


def all_rules() -> list[Rule]:
    return list(_RULES)


def make_finding(
    rule_id: str,
    message: str,
    claims: Iterable[Any] = (),
    *,
    doc: str | None = None,
    at: Any = None,
    docs: Iterable[str] = (),
    severity: str | None = None,
) -> Finding:
    """A finding for ``rule_id``; located at claim ``at`` (default: the first claim)."""
    rule = RULES[rule_id]
    claims = [c for c in claims if c is not None]
    anchor = at if at is not None else (claims[0] if claims else None)
    ids: list[str] = []
    for c in claims:
        if c.id not in ids:
            ids.append(c.id)
    return Finding(
        rule=rule.id,
        name=rule.name,
        severity=severity or rule.severity,
        doc=doc if doc is not None else (anchor.doc if anchor is not None else None),
        line=anchor.line if anchor is not None else None,
        start=anchor.span.start if anchor is not None else None,
        end=anchor.span.end if anchor is not None else None,
        message=message,
        claims=ids,
        docs=list(dict.fromkeys(docs)),
    )
