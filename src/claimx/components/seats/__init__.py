"""claimx_seats: seat counts, seat changes, chamber sizes and majority thresholds, in stages.

A number becomes a claim through four decisions; each has its module, and a claim's ``rule`` names the
decisions that made it (``seats/<construction>`` plus ``/<stage>:<decision>`` for the stage modules below):

- ``candidates``: which numbers election talk could make a seat figure (digits, number words, "a single"),
  and which it cannot: a number word inside a name ("Channel Nine"), a date's day ("Nov. 4").
- ``kinds``: what a candidate counts: a party's seats, a chamber, a threshold, a change, or nothing
  (distances such as "four seats short", "short by 12 seats", margins and leads).
- ``owners``: whose seats they are (subject of the verb, "X: N", "N for X", "N seats each" after a
  coordination, "elected under X" ...).
- ``status``: result / projected / previous / other, and the hedge.

``mentions`` finds the article's party mentions once per doc; ``mention_filter`` keeps names that are not
parties (a month abbreviation, an election commission, an official's title, a broadcaster) out of them.
``changes`` and ``chambers`` hold the change and chamber constructions ``kinds.classify`` asks for; ``lists``
re-reads lists after every number ("X: 32/72", "12 and 9 seats, respectively"); ``regions`` keeps a region's
figures apart from the national ones. ``context`` holds what every stage reads (the doc's token table, the
repaired sentences, ``Num``, ``PartyRef``, ``_Ctx``, the draft builders). ``component`` is the spaCy component
that runs the stages (its docstring gives the flow). ``model_features`` and ``count_model`` are the trained
seat-figure classifier (off by default: the ``count_model`` flag of claimx_seats, ``CLAIMX_SEATS_MODEL``), which
can fill a rules' gap with a count whose rule names it ("seats/model-count(p=0.93)/owner:subject").
"""

from .changes import _COMPARATIVES  # noqa: F401  (the names tests and the pipeline use)
from .component import SeatsComponent, make_seats  # noqa: F401
from .context import DATA, Num, _Ctx, _rx, _sentences, _Table, _table, load_cues  # noqa: F401
