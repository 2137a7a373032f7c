"""claimx_majority: majority-status statements (claim type ``majority_status``).

A party's majority, minority, shortfall or supermajority, in the ways election reporting says it ("won an
outright majority", "its majority grew", "a hung parliament", "no party won outright", "fell short of the 116
needed", "four seats short of a majority", "passed the halfway mark", "lost its majority", "a minority
administration", "a two-thirds majority"), with the party it is about. Runs after ``claimx_seats`` and reads
what the earlier components left: party entities (``Span._.claimx_party``) and the seat-count drafts in
``Doc._.claimx_drafts`` (their parties, positions and seat figures).

Four stages per article, each a module of this package (``data``: the patterns and word lists; ``parse``:
reading the tree; ``article``: the article's parties):

1. **phrases** (``component``) (``data/majority/patterns.jsonl``, token Matcher patterns; ``@name`` in a pattern is a word list
   of ``words.json``): every phrase that can state a status, with the status it states when asserted;
2. **assertion** (``assertion``): drop what is not a statement of fact about this election: conditions and rules ("a party
   needs 326 seats to form a majority", "if no party wins a majority"), goals ("hopes to win a majority", "its
   bid for a majority"), speculation ("could win a majority"), questions, "a majority of voters" and other
   majorities that are not a chamber's, statements framed by an earlier election ("In 2017, the X had obtained
   an absolute majority", "the last election, when no party won"), sums of parties supposed ("Together with the
   Y, the X would have a majority"), past periods ("after five years of minority government"). Projections stay ("is projected to win a majority", "headed for a
   minority government"): the gold conventions count projected statuses. A negation flips the status ("did
   not win a majority", "failed to secure a majority": short_of_majority; "has not lost its majority":
   majority); a negated minority or supermajority says nothing about a majority and is dropped;
3. **whose** (``whose``): the party, from the parse: the possessor ("the ANC's majority", "its majority" -> the subject of
   the clause or the party just mentioned), the subject of the clause (walking up through "to"-clauses and
   conjuncts; "it" / "they" / "which" / "the party" -> the party mentioned just before; "the X-led coalition"
   is that coalition, named as written), the object of "gave X a majority", the party of a seat count before the
   phrase (", a comfortable majority"), else the nearest party before it in the sentence, after it in the
   clause, or in the sentence before; a shortfall or minority with none of these goes to the largest party.
   "No party" / "none of the parties" / "a hung parliament" is, by convention, the largest party's shortfall
   (``+party:largest``): the gold files record it so, and it is what a fact-checker tests (if the largest party
   has no majority, nobody has). The largest is the party with the most seats among the counts of the
   statement's own sentence when it gives two or more, else among each party's first result count (else first
   projected count) in the article; with no counts the party is null, as the claim schema allows.
   A leader's majority in the chamber ("lost her absolute majority", "Blair's thumping majority", "the Macron
   coalition") is the party the article says the person leads, else null; "handing X its majority" is X's; "the
   coalition of X and Y" is both; a party described rather than named ("the conservative party") is the party
   the article described so, else null; the largest party stands in only when the sentence names no one, and
   not on a tie. Blocs and sums: a plural subject ("the two parties", "the right-wing parties") is the parties just
   counted, together; "a majority with its allies, X and Y" is the three; a bloc described just before the verb
   ("the “red bloc” would fall short") is that bloc; ", like Y," gives Y the same status; "N seats, which was
   short" is the count's party. Never a name that is not a party: a person's status has a null party, a candidate's majority
   (a margin in votes) is dropped;
4. **emit** (``component``): one claim per sentence, party and status; ``rule`` is ``majority/<pattern>`` plus the decisions
   (``/negated``, ``/projected``, ``+party:<how>``), ``short_by`` the N of "N seats short".
"""

from __future__ import annotations

from .component import MajorityComponent, make_majority
from .data import DATA, load_patterns, load_words

__all__ = ["DATA", "MajorityComponent", "load_patterns", "load_words", "make_majority"]
