"""Stage 4, status: when a count holds (result / projected / previous / other).

``component._status`` reads the cues right around the number ("up from", "had N when", "leading in",
"down to"); this module holds the cues that frame a whole clause (lower-case words before the number, cut at
the last clause break by the caller):

- ``past_election_frame``: the clause is about an earlier election: "In the last elections, 14 months ago,
  the X won 80 seats", "At the previous vote X took 40", "Four years ago the party won 52" -> previous;
- ``partial_count``: the figures are from a count still running: "with 99% of the votes counted", "on
  preliminary results", "with most ballots counted", "according to partial results" -> projected;
- ``earlier_year``: "had won 52 seats in the 2019 election", "In 2019, it won 52": a year earlier than the
  latest year the article names frames an earlier election -> previous;
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
    r"|\b(?:has|have|had) so far\b|\bso far (?:won|taken|secured|claimed)\b|\bcounting (?:continues|continuing|is continuing|still under way)\b"
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


_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_YEAR_AFTER = re.compile(r"^(?:seats? |mps |deputies |members )?(?:it |they )?(?:had |won |held |got )?(?:in|at) (?:the )?((?:19|20)\d\d)\b")
_YEAR_OPENING = re.compile(r"^(?:in|at the|back in) ((?:19|20)\d\d)\b")
# "In the 2020 legislative election, the X won 61", "The X won 38 seats in 2020, of which 22 ...": a year
# phrase earlier in the sentence than the number
_YEAR_BEFORE = re.compile(r"\b(?:in|at|during) (?:the )?((?:19|20)\d\d)(?: (?:\w+ )?(?:election|elections|vote|polls?|ballot))?\b")
_NOW_BETWEEN = re.compile(r"\b(?:now|this time|this year|while|but|whereas)\b")
# projection cues that hold wherever they stand in the sentence ("..., according to an exit poll")
_PROJECTED_ANYWHERE = re.compile(r"\b(?:exit polls?|projections?|provisional(?:ly)?|reportedly|according to (?:an? |the )?(?:\w+ )?(?:poll|forecast|projection|estimate)s?)\b")


def year_counts(text: str) -> dict[int, int]:
    """How often the text names each year (1950-2099)."""
    out: dict[int, int] = {}
    for y in _YEAR.findall(text):
        out[int(y)] = out.get(int(y), 0) + 1
    return out


def earlier_year(sentence_before: str, after: str, years: dict[int, int]) -> bool:
    """The number is framed by a year ("in 2019" right after it, or a clause opening "In 2019,") that is
    earlier than the latest year the article names, or that the article names only there: reporters give
    the year of an earlier election, and rarely name the year of the one they report next to a count."""
    m = _YEAR_AFTER.match(after) or _YEAR_OPENING.match(sentence_before)
    if not m:
        m = next((x for x in _YEAR_BEFORE.finditer(sentence_before) if not _NOW_BETWEEN.search(sentence_before[x.end():])), None)
    if not m:
        return False
    year = int(m.group(1))
    return year < max(years, default=year) or years.get(year, 0) <= 1


def projected_anywhere(sentence: str) -> bool:
    """An exit poll, a projection, "provisionally", "reportedly", "according to a poll" anywhere in the sentence."""
    return bool(_PROJECTED_ANYWHERE.search(sentence))
