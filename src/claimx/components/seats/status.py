"""Stage 4, status: when a count holds (result / projected / previous / other).

``component._status`` reads the cues right around the number ("up from", "had N when", "leading in",
"down to"); this module holds the cues that frame a whole clause (lower-case words before the number, cut at
the last clause break by the caller):

- ``past_election_frame``: the clause is about an earlier election: "In the last elections, 14 months ago,
  the X won 80 seats", "At the previous vote X took 40", "Four years ago the party won 52" -> previous;
- ``partial_count``: the figures are from a count still running: "with 99% of the votes counted", "on
  preliminary results", "with most ballots counted", "according to partial results" -> projected;
- ``combination_hypothesis``: "would / could have N" is a hypothetical total ("other") only when it is about a
  combination that does not exist yet ("X and Y together would have 62", "a coalition of ... could reach 80");
  otherwise "X would hold 267 seats" reports a projection.
"""

from __future__ import annotations

import re

_PAST_FRAME = re.compile(
    r"(?:^|[,;] |\b(?:in|at|during) )(?:the )?(?:last|previous|prior|past|outgoing|preceding) (?:general |federal |national |legislative |parliamentary |state )?"
    r"(?:election|elections|vote|poll|polls|ballot|contest|parliament|legislature|assembly)\b"
    r"|\b(?:\w+|\d+) (?:years?|months?) (?:ago|earlier)\b"
)
_NOW = re.compile(r"\b(?:now|this time|this year|after (?:the|this|sunday|saturday))\b")

_PARTIAL = re.compile(
    r"\b(?:with|after|once) (?:\w+ ){0,2}(?:\d+(?:\.\d+)? ?(?:%|percent|per cent)|most|half|two-thirds|the bulk) (?:of )?(?:the )?"
    r"(?:\w+ )?(?:votes?|ballots?|precincts|polling stations|stations|results|districts|constituencies)? ?(?:counted|tallied|reporting|in|declared)\b"
    r"|\b(?:preliminary|provisional|partial|early|incomplete|unofficial) (?:results?|counts?|figures|tallies|tally|returns|data)\b"
)

_COMBINATION = re.compile(r"\b(?:together|combined|between them|if|with the support of|in coalition|coalition of|pact|alliance of|deal)\b")


def past_election_frame(clause_before: str) -> bool:
    """The clause before the number speaks of an earlier election (and not of "now")."""
    return bool(_PAST_FRAME.search(clause_before)) and not _NOW.search(clause_before)


def partial_count(sentence_before: str) -> bool:
    """The sentence reports a partial or preliminary count."""
    return bool(_PARTIAL.search(sentence_before))


def combination_hypothesis(sentence: str) -> bool:
    """A "would / could have N" sentence about a combination of parties (a hypothetical total)."""
    return bool(_COMBINATION.search(sentence))
