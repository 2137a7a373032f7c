"""Stage 4, status: when a count holds (result / projected / previous / other).

``status_of`` (below) reads the cues right around the number ("up from", "had N when", "leading in",
"down to"); this module holds the cues that frame a whole clause (lower-case words before the number, cut at
the last clause break by the caller):

- ``past_election_frame``: the clause is about an earlier election: "In the last elections, 14 months ago,
  the X won 80 seats", "At the previous vote X took 40", "Four years ago the party won 52" -> previous;
- ``partial_count``: the figures are from a count still running: "with 99% of the votes counted", "on
  preliminary results", "with most ballots counted", "according to partial results" -> a result stated as fact
  (the rule keeps the cue), projected only for a count's first returns (``early_count``: "Early results gave");
- ``earlier_year``: "had won 52 seats in the 2019 election", "In 2019, it won 52": a year earlier than the
  latest year the article names frames an earlier election -> previous;
- ``combination_hypothesis``: "would / could have N" is a hypothetical total ("other") only when it is about a
  combination that does not exist yet ("X and Y together would have 62", "a coalition of ... could reach 80");
  otherwise "X would hold 267 seats" reports a projection.

``status_of`` is the stage's decision for one number, cue by cue in order (a cue's name goes into the
claim's ``rule``); after every number, ``carry_projection`` makes a bare parenthesised list projected when it
continues a sentence of projections, and ``previous_by_conflict`` makes a year-framed result that contradicts
the party's unframed result an earlier election's ("In the 2020 election, the X won 61" beside "the X won 51").
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span

from ...doctext import doc_text, span_text
from .context import MOVE_TO, RAISE_VERBS, Num, _Ctx, _rx, lower_words, raised_possessive, raised_to_number

_PAST_FRAME = re.compile(
    r"(?:^|[,;] |\b(?:in|at|during) )(?:the )?(?:last|previous|prior|past|outgoing|preceding) (?:general |federal |national |legislative |parliamentary |state )?"
    r"(?:election|elections|vote|poll|polls|ballot|contest|parliament|legislature|assembly)\b"
    r"|\b(?:\w+|\d+) (?:years?|months?) (?:ago|earlier)\b"
    # ("Last time around the X won 69 seats", "last time, it took 40")
    r"|(?:^|[,;] )last time(?: (?:around|round|out))?\b"
    # ("In that year's election, the X won 18 seats": the election of a year named before)
    r"|\b(?:in|at) that (?:year ?['’]s )?(?:general |federal |state |provincial )?(?:election|elections|vote|poll|polls)\b"
)
_NOW = re.compile(r"\b(?:now|this time|this year|after (?:the|this|sunday|saturday))\b")

_PARTIAL = re.compile(
    r"\b(?:with|after|once) (?:\w+ ){0,2}(?:\d+(?:\.\d+)? ?(?:%|percent|per cent)|most|half|two-thirds|the bulk) (?:of )?(?:the )?"
    r"(?:\w+ )?(?:votes?|ballots?|precincts|polling stations|stations|results|districts|constituencies)? ?(?:counted|tallied|reporting|in|declared)\b"
    r"|\b(?:preliminary|provisional|partial|early|incomplete|unofficial) (?:results?|counts?|figures|tallies|tally|returns|data)\b"
    r"|\b(?:a|an|the) (?:provisional|preliminary) (?:\d+|[a-z]+(?:-[a-z]+)?) (?:of|seats)\b"
    # ("At that stage, X had won 58 seats": a count at an earlier moment of the night)
    r"|\b(?:at that (?:stage|point)|by then|by that (?:time|stage|point))\b"
    r"|\b(?:has|have|had) so far\b|\bso far (?:won|taken|secured|claimed)\b|\b(?:seats?|mps|\d+) so far\b|\bcounting (?:continues|continued|continuing|is continuing|was continuing|still under way)\b"
)
# the first returns of a count, which report where it is heading rather than a count stated as fact
_EARLY = re.compile(r"\b(?:early|initial|first|incomplete) (?:results?|counts?|figures|tallies|tally|returns)\b"
                    r"|\bcounting (?:continues|continued|continuing|is continuing|was continuing|still under way)\b")

# ("if" only with a joining in its clause: "If the X and the Y join forces, they would have 40" is a combination,
# "If she loses, the X would have only one seat" a projection of one party's count)
_COMBINATION = re.compile(r"\b(?:together|combined|between them|if (?:[\w'’-]+ ){0,10}?(?:join|joined|joins|team|teamed|ally|allied|"
                          r"unite|united|merge|merged|combine|band|banded|partner|partnered|with)|with the support of|in coalition|"
                          r"coalition of|pact|alliance of|deal)\b")


# (the "that" may be left out: "Mahama claimed they have 140 seats", a claim verb then the clause's subject pronoun)
_CLAIMED_THAT = re.compile(r"\b(?:claimed|claims|claiming|insisted|insists|insisting|alleged|alleges|asserted|asserts|contended|"
                          r"contends)(?: (?:on|late on|early on) \w+)?(?:(?: \w+)?,? that\b| (?:they|it|he|she|we|his party|her party|"
                          r"their party|the party) (?:have|has|had|won|hold|held|got|secured|would have)\b)")


# the opening adverbial of a sentence, up to its comma ("In that year's election,", "Last time around,")
_FRONTED_FRAME = re.compile(r"^\s*[^,;]{3,60}?,")


def past_election_frame(clause_before: str) -> bool:
    """The clause before the number speaks of an earlier election (and not of "now")."""
    return bool(_PAST_FRAME.search(clause_before)) and not _NOW.search(clause_before)


def partial_count(sentence_before: str) -> bool:
    """The sentence reports a partial or preliminary count."""
    return bool(_PARTIAL.search(sentence_before))


def early_count(sentence: str) -> bool:
    """The sentence reports the first returns of a count ("Early results gave the X 175 seats", "according to the
    early tallies", "as counting continues")."""
    return bool(_EARLY.search(sentence))


def combination_hypothesis(sentence: str) -> bool:
    """A "would / could have N" sentence about a combination of parties (a hypothetical total)."""
    return bool(_COMBINATION.search(sentence))


_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_YEAR_AFTER = re.compile(r"^(?:seats? |mps |deputies |members )?(?:it |they )?(?:had |won |held |got )?(?:in|at) (?:the )?((?:19|20)\d\d)\b")
# ("The 2018 election saw the X and the Y winning 29 seats each": an election named by its year as the subject)
_YEAR_OPENING = re.compile(r"^(?:(?:in|at the|back in) ((?:19|20)\d\d)\b"
                           r"|the ((?:19|20)\d\d) (?:[\w-]+ ){0,2}?(?:election|elections|polls?|vote|ballot) (?:saw|produced|gave|delivered|returned|left)\b)")
# "In the 2020 legislative election, the X won 61", "The X won 38 seats in 2020, of which 22 ...": a year
# phrase earlier in the sentence than the number
# (not the year a party was born: "a right-wing party founded in 2019, ... won 48 seats")
_YEAR_BEFORE = re.compile(r"(?<!founded )(?<!formed )(?<!created )(?<!established )(?<!launched )(?<!born )"
                          r"\b(?:in|at|during) (?:the )?((?:19|20)\d\d)(?: (?:\w+ )?(?:election|elections|vote|polls?|ballot))?\b")
_CLOSED_ASIDE = re.compile(r", (?:which|who|that) [^,;]*? , ")
_ELECTION_OF_YEAR = re.compile(r"\b(?:in|at|during) the (?:19|20)\d\d (?:[\w-]+ ){0,3}?(?:election|elections|polls?|vote|ballot)\b")
_NOW_BETWEEN = re.compile(r"\b(?:now|this time|this year|while|but|whereas)\b")
# projection cues that hold wherever they stand in the sentence ("..., according to an exit poll")
# ("will provisionally receive 57 seats" projects; a provisional count stated as fact, "a provisional 85 of the 217
# seats", "Provisional Results", is a result of a count still running: ``partial_count``)
_PROJECTED_ANYWHERE = re.compile(r"\b(?:exit polls?|projections?|provisionally|reportedly|according to (?:an? |the )?(?:\w+ )?(?:poll|forecast|projection|estimate)s?)\b")


def year_counts(text: str) -> dict[int, int]:
    """How often the text names each year (1950-2099)."""
    out: dict[int, int] = {}
    for y in _YEAR.findall(text):
        out[int(y)] = out.get(int(y), 0) + 1
    return out


def matched_year(m: re.Match) -> int:
    """The year a year pattern matched (the one group of the alternative that matched)."""
    return int(next(g for g in m.groups() if g))


def earlier_year(sentence_before: str, after: str, years: dict[int, int], lede: bool = False,
                 lede_years: dict[int, int] | None = None) -> bool:
    """The number is framed by a year ("in 2019" right after it, or a clause opening "In 2019,") that is
    earlier than the latest year the article names, or that the article names only there: reporters give
    the year of an earlier election, and rarely name the year of the one they report next to a count, except in
    the headline and the lede (``lede``), where the latest year names the election reported."""
    m = _YEAR_AFTER.match(after) or _YEAR_OPENING.match(sentence_before)
    if not m:
        m = next((x for x in _YEAR_BEFORE.finditer(sentence_before) if not _NOW_BETWEEN.search(sentence_before[x.end():])), None)
    if not m:
        return False
    year = matched_year(m)
    if lede and year >= max(years, default=year):
        return False  # "The VVD and D66 won the 2021 elections, getting 36 and 24 seats": the headline or lede names the election it reports
    if lede_years is not None and not lede and not lede_years and _ELECTION_OF_YEAR.search(sentence_before):
        # "In the 2017 Punjab Assembly polls, Congress won 77 seats" in an article whose headline and lede date no
        # election: the dated election is an earlier one (the one reported goes undated)
        return True
    return year < max(years, default=year) or years.get(year, 0) <= 1


def projected_anywhere(sentence: str) -> bool:
    """An exit poll, a projection, "provisionally", "reportedly", "according to a poll" anywhere in the sentence."""
    return bool(_PROJECTED_ANYWHERE.search(sentence))


_FROM_CUES = [(cue, re.compile(rf"\b{cue}\b")) for cue in (
    "up from", "down from", "compared with", "compared to", "in comparison to", "in comparison with", "from their",
    "from its", "from the", "from")]
# "the outgoing chamber", "the last parliament": a previous chamber frames the counts of its own clause, or of
# the whole sentence when it opens it ("In the outgoing chamber, the X held 158 seats and the Y 40"); not the
# next clauses of a list ("X won 22, up from the 18 it held in the last parliament; Y, six; Z, three")
# (or what a party took into the election: "Labor went into the election holding 14 seats", "going into the vote with 40")
_OUTGOING = re.compile(r"\b(?:outgoing|previous|last|former|dissolved|old) (?:chamber|assembly|house|parliament|legislature|diet|council|senate)\b"
                       r"|\b(?:went|going|heading|headed|goes|go) into (?:the|this|these|sunday's|saturday's) (?:\w+ )?(?:election|elections|vote|poll|polls) (?:holding|with)\b")
_OUTGOING_OPENING = re.compile(r"^(?:in|at|during|under|before) (?:the )?(?:outgoing|previous|last|former|dissolved|old) "
                               r"(?:chamber|assembly|house|parliament|legislature|diet|council|senate)\b"
                               # "At dissolution, the X held 46 seats", "At the dissolution of the legislature, ...":
                               # the standings the chamber ended its term with
                               r"|^(?:at|before|on) (?:the )?dissolution\b"
                               # "In the current Saeima, Harmony also has 24 MPs": the sitting chamber, before the
                               # elected one meets (not "in the current count")
                               r"|^in the (?:current|sitting|existing|present) (?!count|tally|tallies|results?|projections?|forecasts?|polls?|race|round|campaign|election)"
                               r"[\w-]+(?: [\w-]+)? ,")
# "went into the election with 70 seats and finished with just 10": a second verb of the clause, of finishing or
# winning, reports this election's count
_THEN_FINISHED = re.compile(r"\b(?:and|but) (?:\w+ ){0,2}?(?:finished|ended|emerged|came away|won|took|secured|captured)\b")
# "in 2019 it had 79 seats", "in 2015 they held 12": a year, then the party's possession then
_YEAR_HAD = re.compile(r"\bin (?:19|20)\d\d,? (?:it|they|he|she|the party) (?:had|held)(?: only| just)?\s*$")
# "which previously held 12", "had formerly won 30": the count is the party's earlier one
_PREVIOUSLY = re.compile(r"\b(?:previously|formerly)(?: \w+)? (?:had|held|won|controlled|occupied)(?: only| just)?\s*$")
# projection cues that are also adjectives: "its likely coalition partners won 11 seats" (the partners are
# likely, the count is not), unlike "is likely to win 11", "likely 11 seats", "its likely seat tally of 11"
_ATTRIBUTIVE_CUES = frozenset(("likely", "expected", "anticipated", "leading"))
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "this", "that"))
_TALLY_WORDS = frozenset(("majority", "tally", "total", "count", "result", "results", "share", "outcome", "haul", "number"))


def attributive_cue(doc: Doc, i: int, seat_nouns: frozenset[str]) -> bool:
    """Token ``i`` is a projection adjective before the noun it describes ("likely coalition partners", "the leading
    party": a rank, not a lead in a running count), not one before a count or a tally ("likely 11 seats", "its
    expected seat tally")."""
    if doc[i].lower_ not in _ATTRIBUTIVE_CUES or i + 1 >= len(doc):
        return False
    if doc[i].lower_ == "leading" and not (i > 0 and doc[i - 1].lower_ in _DETERMINERS):
        return False  # "emerged as the leading party" ranks it; "leading Labour in 40 seats" is a lead in a count
    nxt = doc[i + 1]
    if nxt.pos_ == "ADJ" and i + 2 < len(doc):
        nxt = doc[i + 2]
    return nxt.pos_ in ("NOUN", "PROPN") and nxt.lower_ not in seat_nouns and nxt.lower_ not in _TALLY_WORDS
# "leading the lower chamber with 32", "is still leading with 22 seats": first by its count (a rank, not a lead in a
# running count: "leading in 120 seats")
_LEADING_WITH = re.compile(r"(?:leading|leads|lead|led)(?: (?!in\b)[\w'’-]+){0,4}? with\b")
_TO_WITH = re.compile(r"\b(?:to|with)\b")


def its_count_moved(ctx: _Ctx, num: Num, sent: Span, seat_noun: int | None) -> bool:
    """"has seen its 21 seats in the 100-member Saeima reduced to 11", "its current 16 mandates cut to 13": a
    party's own count ("its" / "their", perhaps "current") followed in its clause by a verb of moving "to" another
    number; the count is the one the party had before."""
    doc = ctx.doc
    k = num.qstart - 1
    if k >= sent.start and doc[k].lower_ in ("current", "previous", "outgoing", "former"):
        k -= 1
    if seat_noun is None or k < sent.start or doc[k].lower_ not in ("its", "their"):
        return False
    if k - 1 >= sent.start and doc[k - 1].lower_ in RAISE_VERBS and raised_to_number(doc, seat_noun + 1, sent) is not None:
        return True  # "raised its 11 seats before the election to 54": the verb first, then the figure it reached
    for j in range(seat_noun + 1, min(seat_noun + 9, sent.end - 2)):
        if doc[j].text in (",", ";") or doc[j].pos_ in ("VERB", "AUX") and doc[j].lower_ not in MOVE_TO:
            return False
        if doc[j].lower_ in MOVE_TO and doc[j + 1].lower_ == "to" and doc[j + 2].like_num:
            return True
    return False


# ", who had", ", which held", ", which previously had" right before the number
_PAST_HOLDING_ASIDE = re.compile(r", (?:who|which) (?:previously |formerly )?(?:had|held)(?: only| just| some)?\s*$")


_LEAD_BEFORE = re.compile(r"\b(?:led|leading|leads|lead) (?:in|for|on)(?: another| a further| an additional)?"
                          r"(?: about| around| some| nearly)?\s*$"
                          r"|\b(?:set|heading|headed|on course) for(?: a| an)?\s*$")
# "The X led for 49 seats, the Y for 37 and independents 2": the gapped items after a first clause's "led for N"
_GAPPED_LEAD = re.compile(r"\b(?:led|leading|leads|lead) (?:for|in) (?:about |some |around |nearly )?[\w-]+ "
                          r"(?:seats?|constituencies|districts|ridings|races)\b[^.;]*(?:,|\band\b)[^.;,]*$")


# "34 seats to the People's National Party's 29": the second figure of a score, after "to" and a possessive party
_SCORE_SECOND = re.compile(r"\bto (?:the )?(?:[\w.'\u2019-]+ ){0,7}[\w.-]* ?(?:'s|\u2019s)\s*$")


def lead_before(before: str) -> bool:
    """ "is leading in 22 more seats", "led for 36 others", "leads in another 19": the words before a number are a
    lead in a count still running (what follows the number -- "more", "others" -- is more seats, not a change
    nor a party)."""
    return _LEAD_BEFORE.search(before) is not None and not before.rstrip().endswith(("set for", "heading for", "headed for", "on course for", "set for a", "set for an"))


def _verbless_item(doc: Doc, num: Num, sent: Span) -> bool:
    """The number ends a gapped list item: no verb between the last comma or "and" before it and the number."""
    k = num.qstart - 1
    while k > sent.start and doc[k].text != "," and doc[k].lower_ != "and":
        if doc[k].pos_ in ("VERB", "AUX"):
            return False
        k -= 1
    return k > sent.start


def _aside_closes(doc: Doc, num: Num, sent: Span) -> bool:
    """The relative aside holding the number closes with a comma within a few words after it, and a verb follows."""
    for k in range(num.end, min(num.end + 7, sent.end - 1)):
        if doc[k].text == ",":
            return any(t.pos_ in ("VERB", "AUX") for t in doc[k + 1 : min(k + 4, sent.end)])
        if doc[k].text in (";", ":", ".") or doc[k].pos_ in ("VERB", "AUX"):
            return False
    return False


def status_of(ctx: _Ctx, num: Num, sent: Span, seat_noun: int | None) -> tuple[str, str | None]:
    """(status, cue rule suffix): previous / projected / result."""
    doc, c = ctx.doc, ctx.c
    line_start = ctx.line_start(num.qstart, sent)
    lo = max(line_start, num.qstart - 7)
    before = lower_words(doc, lo, num.qstart)
    after_end = (seat_noun + 1) if seat_noun is not None else num.end
    after = lower_words(doc, after_end, min(after_end + 6, sent.end))
    if after.startswith("up for ") and _rx(r"^up for (?:renovation|renewal|election|re-election|reelection|grabs)\b").search(after):
        return "other", "up-for-renewal"  # "UxP had nine seats up for renovation": the seats it defended, not won
    if _rx(r"\bfrom [\w,]+ (?:seats? |mps |deputies )?in (?:19|20)\d\d to\s*$").search(before):
        return "result", None  # "from 54 in 2018 to 73": the figure it moved to (the year is the earlier figure's)
    if _rx(r"^(?:former|outgoing|sitting|previous|incumbent) (?:\w+ )?(?:mps|deputies|members|lawmakers|legislators|mlas|senators|seats)\b").match(
            lower_words(doc, num.end, min(num.end + 3, sent.end))):
        return "previous", "previous-former-members"  # "the incumbent party with 45 former MPs": the members it had
    if _SCORE_SECOND.search(before) and not getattr(ctx, "_in_score", False):
        # "The JLP previously held 34 seats to the PNP's 29": the second figure of a score has the first one's time
        first = [n for n in ctx.nums if sent.start <= n.start and n.end <= num.qstart and num.qstart - n.end <= 9]
        if first:
            ctx._in_score = True
            try:
                k = first[-1].end + (1 if first[-1].end < sent.end and doc[first[-1].end].lower_ in c["seat_nouns"] else 0)
                st = status_of(ctx, first[-1], sent, k - 1 if k > first[-1].end else None)
            finally:
                ctx._in_score = False
            if st[0] == "previous":
                return st
    if before.endswith(("instead of", "rather than")):
        return "other", "instead-of"  # "ending up with 3 instead of 4": the figure replaced, neither result nor earlier count
    if _CLAIMED_THAT.search(lower_words(doc, max(sent.start, line_start), num.qstart)):
        # "the leader claimed on Tuesday that his party won 140 seats": a figure someone claims, reported as theirs
        # (the article's own count is elsewhere): neither the result nor a projection
        return "other", "claimed"
    if _rx(r"\b(?:down|up|fell|falls|dropped|drops|slipped|slips|rose|rises|climbed|climbs|reduced|cut|jumped|increased|decreased|shrank|grew|went|goes|moved|improved|surged|plunged|tumbled|slumped) to\s*$").search(before):
        return "result", None  # "are down to 61", "were reduced to 26": the new figure
    if raised_possessive(doc, num, sent, c["seat_nouns"]) is not None:
        return "result", "raised-to"  # "raised its 11 seats before the election to 54": the new figure
    sent_before = sent_before0 = lower_words(doc, max(sent.start, line_start), num.qstart)
    if ", wh" in sent_before and _PAST_HOLDING_ASIDE.search(sent_before) and _aside_closes(doc, num, sent):
        # "PSOE, who had 85 seats in Congress, have made a significant advance": a past holding in a relative aside
        # of the subject is the count it had before the clause's news
        return "previous", "previous-had-aside"
    # a closed relative aside speaks of its own time: "The X, which held 62 seats before the vote, won 40" (40 is
    # the result; the aside's 62 is read on its own, with the aside as its text)
    sent_before0 = _CLOSED_ASIDE.sub(" ", sent_before0)
    # (a substring test first: the text before the number can be a long line, each regex search walks it)
    if ("before the " in sent_before0 or "prior to the " in sent_before0 or "ahead of the " in sent_before0) and _rx(
            r"\b(?:before|prior to|ahead of) the (?:vote|election|by-election|poll|polls|ballot|count)\b").search(sent_before0) \
            and not _rx(r"\b(?:now|after)\b").search(sent_before0):
        # "Before the vote the URP held 33 of the 65 seats", "Prior to the election, the ruling camp held 28"
        return "previous", "previous-before-the-vote"
    if sent_before0.startswith("when ") and _rx(r"^when (?:[\w.'’-]+ ){1,4}(?:called|triggered|announced|set) (?:the|an|a) (?:\w+ )?(?:election|vote|poll|ballot)\b"
                                                 r"|^when (?:the )?(?:assembly|parliament|house|legislature|chamber) (?:was|were) dissolved\b").search(sent_before0) \
            and _rx(r"\b(?:had|held|controlled)\s*$").search(sent_before0):
        # "When Doe called the election in late August, the PCs had 20 seats": the count when the campaign began
        return "previous", "previous-when-called"
    going_into = (" into " in sent_before0 or "enter" in sent_before0) and _rx(
        # ("He took his party into the election with 70 seats": a leader taking the party in)
        r"\b(?:(?:goes|go|went|going|heads|headed|heading|entered|enters|entering"
        r"|(?:took|takes|taking|led|leads|leading) (?:his|her|their|its|the) (?:party|alliance|coalition|bloc)) into (?:\w+ ){0,4}?with"
        r"|(?:entered|enters|entering) (?:the |this )?(?:\w+ ){0,2}?(?:campaign|election|race|vote|polls?|contest) with)\b").search(sent_before0)
    # "The Liberals started the campaign with a mere 37 seats": the count the party began the race with
    going_into = going_into or " with" in sent_before0 and _rx(
        r"\b(?:started|starts|start|starting|began|begins|begin|entered|enters) (?:the|this|its|their) "
        r"(?:election campaign|campaign|race|contest) with\b").search(sent_before0)
    if going_into and c["count_verbs"].isdisjoint(sent_before0[going_into.end() :].split()) \
            and not _THEN_FINISHED.search(sent_before0[going_into.end() :]):
        # "X goes into the vote with 76 seats, Y with 59"; not "X, which went into the vote with three seats, won
        # none": a count verb of its own governs the number
        return "previous", "previous-going-into"
    if _rx(r"\bwhen (?:it|they|the party) (?:had|held|won|took|got|finished|ended|secured)\b").search(before) and _rx(r"\b(?:19|20)\d\d\b|\b(?:last|previous)\b").search(sent_before0):
        return "previous", "previous-when"  # "in 2019, when it finished with 114"
    if its_count_moved(ctx, num, sent, seat_noun):
        return "previous", "previous-its-moved"  # "has seen its 21 seats reduced to 11": the count before the move
    if _rx(r"\b(?:would|could|might) (?:\w+ )?(?:have|reach|get|hold|total|command|control|muster|be on)\s*$").search(before):
        if combination_hypothesis(lower_words(doc, sent.start, sent.end)):
            return "other", "hypothetical"  # "X and Y together would have 99": a hypothetical total
        return "projected", "would-have"  # "According to the broadcaster, X would hold 267 seats"
    if "from" in before or "compar" in before:  # every cue below has one of these words
        for cue, rx in _FROM_CUES:  # ("in comparison to" has "compared"'s test)
            rest = before.split(cue)[-1]
            # "up from 45", "compared with their 2019 tally of": the cue governs the number; not "compared to the
            # X which has 40": a comparison with another party's count (a clause of its own)
            k = num.end + (1 if num.end < sent.end and ctx.doc[num.end].lower_ in c["seat_nouns"] else 0)
            # "compared to 23 of the X", "with 40 seats for the (second-place) X": another party's
            of_party = cue.startswith(("compared", "in comparison")) and k + 1 < sent.end and ctx.doc[k].lower_ in ("of", "for") and any(
                j in ctx.party_at for j in range(k + 1, min(k + 6, sent.end)))
            # "compared to the Liberals' 17 and the NDP's six": another party's count, named by its possessive
            of_party = of_party or cue.startswith(("compared", "in comparison")) and num.qstart - 2 >= sent.start and \
                ctx.doc[num.qstart - 1].text in ("'s", "’s", "'", "’") and num.qstart - 2 in ctx.party_at
            # ("has won from nine wards": the places a party won in, no earlier count)
            won_from = cue == "from" and _rx(r"\b(?:won|wins|win|bagged|secured)\s+from\s*$").search(before)
            if rx.search(before) and not of_party and not won_from and not _TO_WITH.search(rest) and not _rx(r"\b(?:which|who|that|has|have|had|holds|won|with)\b").search(rest):
                return "previous", "previous-from"
    if _rx(r"\b(?:had|held|won|has|hold|holds)\b\s*$").search(before) or _rx(r"\b(?:had|held)\b(?: only| just)?\s*$").search(before):
        if _rx(r"^(?:when|before|previously|in the last|in the previous|at the last|at the previous|at dissolution|going into|heading into|at the start|in the outgoing|last time|(?:\w+|\d+) years? ago)").match(after) or (
                _rx(r"\b(?:had|held)\b(?: only| just)?\s*$").search(before) and _rx(r"^in (?:19|20)\d\d\b").match(after)):
            return "previous", "previous-had"
    if _rx(r"^(?:(?:seats? )?(?:it|they|the party) (?:currently |previously )?(?:had|held|won|holds)|(?:seats? )?(?:in|at) the (?:last|previous) (?:election|parliament|vote|poll)|(?:seats? )?after the (?:last|previous) (?:election|vote|poll)\b(?! campaign| debate)|last time|previously)").match(after):
        return "previous", "previous-after"
    if _rx(r"\b(?:previous|last|outgoing|prior|20\d\d|19\d\d) (?:result|results|tally|total|count|haul|election|parliament)s?(?: of)?\s*$").search(before):
        return "previous", "previous-result"
    if _YEAR_HAD.search(before):
        return "previous", "previous-year-had"  # "PSD: 76 deputies, in 2019 it had 79 seats"
    if _PREVIOUSLY.search(before):
        return "previous", "previous-previously"  # "the X, which previously held 12, won 20"
    # a frame or a projection cue counts in the number's own clause only: "is projected to secure 60 seats but
    # now has 55"
    # (a closed relative aside is left out: "The X, which had 45 seats in the outgoing parliament, won only 30")
    clause = _rx(r"(?:\bbut\b|\bwhile\b|\bwhereas\b|;)").split(sent_before0)[-1]
    # "X is set to form the next government after securing 80 seats": the cue is about what comes next, the
    # count of the "after ...ing" clause is already won
    clause_own = _rx(r"\b(?:after|having) (?=\w+ing\b|won\b|secured\b|taken\b)").split(clause)[-1]
    frame = _OUTGOING.search(clause) or _OUTGOING_OPENING.match(sent_before)
    if frame and not _NOW_BETWEEN.search((clause if frame.re is _OUTGOING else sent_before)[frame.end() :]) \
            and not _THEN_FINISHED.search((clause if frame.re is _OUTGOING else sent_before)[frame.end() :]):
        return "previous", "previous-outgoing"  # "In the outgoing chamber the X held 158 seats"
    if _rx(r"\( ?(?:19|20)\d\d ?:?\s*$").search(before):
        return "previous", "previous-bracket-year"  # "61 seats (2019: 52)"
    if past_election_frame(clause):
        return "previous", "previous-frame"  # "In the last elections, 14 months ago, the X won 80 seats"
    fronted = _FRONTED_FRAME.match(sent_before0)
    if fronted and _PAST_FRAME.search(fronted.group(0)) and not _NOW.search(sent_before0):
        # "In that year's election, the X lost two seats but still won a majority, claiming 18 seats": a frame set
        # before the sentence's first comma holds for all its clauses
        return "previous", "previous-frame"
    # (the lede names the reported election by its year, unless the rest of its sentence sets "this time" or "now"
    # against that year: "The X, which won 68 seats in 2019, took 80 this time")
    in_lede = ctx.sent_of[sent.start] <= 1 and not _rx(r"\b(?:this time|now|this year|this election)\b").search(
        lower_words(doc, after_end, sent.end))
    if earlier_year(sent_before0, after, ctx.years, lede=in_lede, lede_years=ctx.lede_years):
        return "previous", "previous-year"  # "had won 52 seats in the 2019 election", "In 2019, it won 52"
    # "ahead of the Y" ranks two parties ("won 41 seats, ahead of the Y with 20"); only a party "ahead" on its
    # own, "ahead in 41 seats", leads a count not yet final
    # "the X leading the lower chamber with 32 of 182 seats", "Pangu is leading with 22 seats": "leading ... with N"
    # ranks the party first by its count; "leading in 120 seats" is a lead in a count still running
    # "The X led in 31 seats", "the Y for 22" (a gapped "led for"), "set for an 88-seat landslide": a lead or a course
    # in a count still running, right before the number (not "the party she led in 2019", "set for June")
    if _LEAD_BEFORE.search(before) or _GAPPED_LEAD.search(sent_words := lower_words(doc, max(sent.start, line_start), num.qstart)) \
            and _verbless_item(doc, num, sent):
        return "projected", "projected-lead"
    hits = [m.group(0) for m in c.any_word("projected_cues").finditer(clause_own)
            if not (m.group(0) == "ahead" and clause_own.startswith(" of ", m.end()))
            and not (m.group(0) in ("leading", "leads", "lead", "led") and _LEADING_WITH.match(clause_own, m.start()))
            and not (m.group(0) == "could" and (_COULD_ONLY.match(clause_own, m.end()) or len(clause_own[m.end():].split()) <= 2
                                                and ((num.qualifier or "") in ("only", "just", "a mere", "merely")
                                                     or doc[num.qstart].lower_ in ("only", "just", "merely")
                                                     or num.qstart > 0 and doc[num.qstart - 1].lower_ in ("only", "just", "merely"))))]
    if hits and not (set(hits) <= _ATTRIBUTIVE_CUES and all(
            attributive_cue(doc, i, c["seat_nouns"]) for i in range(max(sent.start, line_start), num.qstart) if doc[i].lower_ in _ATTRIBUTIVE_CUES)):
        return "projected", "projected"
    if projected_anywhere(lower_words(doc, max(sent.start, line_start), sent.end)):
        return "projected", "projected-sentence"  # "..., according to an exit poll", "will provisionally receive 57"
    whole = lower_words(doc, max(sent.start, line_start), sent.end)
    if partial_count(whole):
        # a count still running: its first returns are a projection ("Early results gave the X 175 seats"); a count
        # stated as fact from preliminary, partial or unofficial figures is a result ("With 99% of the votes
        # counted, X won 86 seats", "according to preliminary results": the dev gold's convention, nz2020's notes:
        # "Election-night preliminary results are annotated status=result"); the rule names the cue either way, so
        # the checks still know the count was not final
        if early_count(whole):
            return "projected", "early-count"
        if _FUTURE_COUNT.search(clause_own):
            # "Preliminary results suggest the X will win 48 seats": what a running count points to, not yet won
            return "projected", "partial-count-future"
        return "result", "partial-count"
    if num.qualifier and num.qualifier.startswith("hovering"):
        return "projected", "projected"
    return "result", None


# a future verb before a count of a running count: "suggest the X will win 48", "is set to take 60"
_FUTURE_COUNT = re.compile(r"\b(?:will|would|shall|'ll|’ll)\b(?: \w+)? (?:win|take|get|secure|hold|have|receive|gain|obtain|capture|end up)\b")

# "could win only 15 seats", "could only manage three": what a party managed, not a projection
_COULD_ONLY = re.compile(r"\s+(?:only\b|just\b|(?:manage to )?\w+ (?:only|just|a mere)\b|manage only\b)")


def carry_previous(ctx: _Ctx, num_char: dict[int, int], counts: list[dict[str, Any]]) -> None:
    """An earlier parliament's counts listed on: "Labor went into the election holding 14 seats, the CLP seven and
    independents held four" (each count after a framed previous one in its sentence, with no cue of its own), and "At
    the dissolution of the previous legislature, the X held 34 seats. The Liberals held 14 seats, the NDP had six"
    (a sentence of past-tense holdings right after, in the same paragraph, a sentence whose counts were all framed
    as previous). Not after "now", "this time", "this year"."""
    doc = ctx.doc
    text = doc_text(doc)
    by_sent: dict[int, list[dict[str, Any]]] = {}
    for d in counts:
        by_sent.setdefault(ctx.sent_of[doc.char_span(num_char[id(d)], num_char[id(d)] + 1, alignment_mode="expand").start], []).append(d)
    framed = ("previous-outgoing", "previous-frame", "previous-year", "previous-before")

    def own_cue(d: dict[str, Any]) -> bool:
        return "/status:" in d["rule"]

    def carry(d: dict[str, Any], how: str) -> None:
        d["status"] = "previous"
        d["rule"] += f"/status:previous-{how}"

    for k in sorted(by_sent):
        items = sorted(by_sent[k], key=lambda d: num_char[id(d)])
        first = items[0]
        if first["status"] == "previous" and any(f in first["rule"] for f in framed + ("previous-went-into",)):
            sent_end = ctx.sents[k].end_char
            for d in items[1:]:
                # (the words after the first count to the sentence's end: "which won 68 in 2019, took 80 this time")
                between = text[num_char[id(first)] : sent_end].lower()
                if d["status"] == "result" and not own_cue(d) and not _rx(r"\b(?:now|this time|this year|today)\b").search(between):
                    carry(d, "listed")
        prev = by_sent.get(k - 1)
        if not prev or not all(d["status"] == "previous" and any(f in d["rule"] for f in framed) for d in prev):
            continue
        gap = text[ctx.sents[k - 1].end_char - 1 : ctx.sents[k].start_char]
        if "\n" in gap or not ctx.sents[k - 1].text.lower().startswith(("at ", "in ", "before ", "prior ", "going into", "heading into")):
            continue  # another paragraph, or a frame that was no opening of its sentence
        words = set(lower_words(doc, ctx.sents[k].start, ctx.sents[k].end).split())
        if words & {"won", "wins", "win", "now", "secured", "took", "gained", "lost"} or not words & set(ctx.c["previous_verbs"]):
            continue  # the sentence reports the result, or holds no past holding
        for d in items:
            if d["status"] == "result" and not own_cue(d):
                carry(d, "paragraph-frame")


def carry_projection(ctx: _Ctx, num_char: dict[int, int], counts: list[dict[str, Any]]) -> None:
    """ "... the X (leading in 169 seats) ... The Y (22 seats) and the Z (eight seats) could ...": a bare
    parenthesised list that continues, in the same paragraph, a sentence of projected counts is projected too."""
    doc = ctx.doc
    by_sent: dict[int, list[dict[str, Any]]] = {}
    for d in counts:
        by_sent.setdefault(ctx.sent_of[doc.char_span(num_char[id(d)], num_char[id(d)] + 1, alignment_mode="expand").start], []).append(d)
    for k in sorted(by_sent):
        prev = by_sent.get(k - 1)
        if not prev or not all(d["status"] == "projected" for d in prev):
            continue  # the list continues a sentence of projections only
        def paren(d: dict[str, Any]) -> bool:
            return doc_text(doc)[: num_char[id(d)]].rstrip().endswith("(")

        if any(d["status"] == "result" and not paren(d) for d in by_sent[k]):
            continue  # the sentence states results of its own ("independents took four seats")
        gap = doc_text(doc)[ctx.sents[k - 1].end_char - 1 : ctx.sents[k].start_char]
        if "\n" in gap:
            continue  # another paragraph
        for d in by_sent[k]:
            if d["status"] == "result" and paren(d):
                d["status"] = "projected"
                d["rule"] += "-carried"


# "in 2020", "in the 2020 legislative election", "at the 2019 vote": a year that frames a sentence's counts
_IN_YEAR = re.compile(r"\b(?:in|at|during) (?:the )?((?:19|20)\d\d)\b")


def _framing_year(ctx: _Ctx, k: int) -> int | None:
    """The year an "in 2020" phrase of sentence ``k`` names; when sentence ``k`` names no year at all, the one
    of the sentence before it in the same paragraph ("The last time ... was in 2004, when ... . The X won 89
    seats, the Y 79")."""
    for j in (k, k - 1):
        if j < 0:
            return None
        if j < k and "\n" in doc_text(ctx.doc)[ctx.sents[j].end_char : ctx.sents[k].start_char]:
            return None  # the sentence before is another paragraph's: its year frames nothing here
        text = span_text(ctx.sents[j])
        m = _IN_YEAR.search(text.lower())
        if m:
            return int(m.group(1))
        if _YEAR.search(text) or "\n" in doc_text(ctx.doc)[ctx.sents[j].start_char : ctx.sents[k].start_char]:
            return None
    return None


def previous_by_conflict(ctx: _Ctx, num_char: dict[int, int], counts: list[dict[str, Any]]) -> None:
    """A party with two different result counts, one in a sentence framed by a year ("In the 2020 election, the
    X won 61 seats", "The X won 38 seats in 2020") and one in a sentence that names no year: the framed one is
    an earlier election's, and so are the other result counts of its sentence ("The X won 89 seats, the Y 79"
    after "... was in 2004, when ..."). Reporters rarely name the year of the election they report next to its
    counts; a year the article's opening names ("In the 2024 election, ...") is never taken for an earlier one."""
    doc = ctx.doc
    sent_k: dict[int, int] = {}
    for d in counts:
        k = ctx.sent_of[doc.char_span(num_char[id(d)], num_char[id(d)] + 1, alignment_mode="expand").start]
        if k is not None:
            sent_k[id(d)] = k
    opening = {int(m.group(1)) for s in ctx.sents[:2] for m in _IN_YEAR.finditer(s.text.lower())}  # headline, lede
    results = [d for d in counts if d["status"] == "result" and id(d) in sent_k and not d["rule"].endswith("/region")]
    year_of = {id(d): _framing_year(ctx, sent_k[id(d)]) for d in results}
    by_party: dict[str, list[dict[str, Any]]] = {}
    for d in results:
        by_party.setdefault(d["party"], []).append(d)
    earlier: set[int] = set()
    for ds in by_party.values():
        framed = [d for d in ds if year_of[id(d)] is not None and year_of[id(d)] not in opening]
        plain = [d for d in ds if year_of[id(d)] is None]
        if framed and plain and {d["seats"] for d in framed}.isdisjoint(d["seats"] for d in plain):
            earlier.update(sent_k[id(d)] for d in framed)
    for d in results:
        if sent_k[id(d)] in earlier and year_of[id(d)] is not None:
            d["status"] = "previous"
            d["rule"] += "/status:previous-year-other-count"
    # a modal in a sentence about the earlier election is the past's ("In the 2017 polls, X won 77 seats whereas Y
    # could win only 15"): not a projection of this one
    for d in counts:
        if d["status"] == "projected" and sent_k.get(id(d)) in earlier and d["rule"].endswith("/status:projected"):
            d["status"] = "previous"
            d["rule"] += "/status:previous-year-other-count"


# a heading line inside a results list names a source or a group, not a party: "Alpha Research", "Exit poll 2"
_HEADING_MAX_TOKENS = 6


def list_frame(ctx: _Ctx, k: int) -> tuple[str, str] | None:
    """The status the introduction of the results list holding row sentence ``k`` gives its rows: "Exit polls show
    the following distribution of the seats:" -> projected; "In the outgoing parliament the seats were held as
    follows:" -> previous. The introduction is the prose sentence ending in a colon before the list, over the
    list's rows and its short heading lines ("Alpha Research", "Trend Research Center": several polls' lists one
    after the other); None when no such sentence introduces the list or it frames nothing."""
    from .rows import list_row

    doc = ctx.doc
    j = k - 1
    while j >= 0:
        s = ctx.sents[j]
        words = [t for t in s if not t.is_space]
        own_line = ctx.line_start(s.start, s) == s.start
        if not words or list_row(ctx, j) or own_line and len(words) <= _HEADING_MAX_TOKENS and not any(t.like_num for t in words) \
                and words[-1].text != ":":
            j -= 1
            continue
        break
    if j < 0 or words[-1].text != ":":
        return None
    intro = lower_words(doc, s.start, s.end)
    if _OUTGOING.search(intro) or past_election_frame(intro):
        return "previous", "previous-list-frame"
    if projected_anywhere(intro) or ctx.c.any_word("projected_cues").search(intro) or early_count(intro):
        return "projected", "projected-list-frame"
    return None


def carry_list_frame(ctx: _Ctx, num_char: dict[int, int], counts: list[dict[str, Any]]) -> None:
    """The rows of a results list ("GERB-UDF 69 MPs") hold the status its introduction gives them (``list_frame``)
    unless a row states a status of its own ("VVD 33 (41)": the bracket is the previous count)."""
    from .rows import list_row

    doc = ctx.doc
    frames: dict[int, tuple[str, str] | None] = {}
    for d in counts:
        if d["status"] != "result" or "/status:" in d["rule"]:
            continue
        k = ctx.sent_of[doc.char_span(num_char[id(d)], num_char[id(d)] + 1, alignment_mode="expand").start]
        if k is None or not list_row(ctx, k):
            continue
        if k not in frames:
            frames[k] = list_frame(ctx, k)
        if frames[k] is not None:
            d["status"] = frames[k][0]
            d["rule"] += f"/status:{frames[k][1]}"
