"""Stage 2, what a number counts (``classify``, below), and the numbers that count a distance, not anyone's seats.

Reporters measure how far a party is from a goal or from another party in seats: "four seats short of a
majority", "short by 12 seats", "fell 3 shy of", "six seats behind", "12 seats ahead of", "a lead of 20
seats", "a margin of five", "beat X by 30 seats", "N seats away from". These numbers follow a seat noun
like counts do, so without this stage they become a party's seat count (and the consistency checks then
see a party with four seats). The majority-status component reads "N short" on its own.

``distance(before, after)`` takes the lower-case words before the number (within its clause) and after it
(after its seat noun, if any) and returns the construction's name, or None.

``classify`` is the stage's decision for one number, in order: a candidate it drops (``candidates``), a
party noun right after it ("the 35 National MPs"), undecided seats, years, distances and seats a party runs
for (nothing), a chamber compound ("the 343-member House"), a threshold ("majority mark of N", "needs N for a
majority"), a chamber ("a parliament of N", "M of the N seats", "a total of N seats", "to elect N deputies"),
a change (``changes``), then a count with a seat noun or, after seat talk, an elliptical count ("X took 14"),
whose party ``owners.party_for`` decides and whose status ``status.status_of`` decides.

Reporting forms read here before the general ones: a number inside a party's name ("D66 (Democrats 66)") is
nothing; "10 seats out of 21 seats they contested" (seats run for) is nothing; "Ana Voss, whose party has 47
seats" is the seats of the party the article names her leader of (never the chamber); "all 174 seats filled" and
"the 230 deputies of the hemicycle" are the chamber; "lost all but one of its seats" and "lost four seats to 15"
give the count the loss left; "must get 76 seats" is a requirement (a threshold when the sentence says what for),
"impossible for X to win 76" and "a majority of 61" nobody's count; a list of "156 Liberals" lines is a list.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span

from . import breakdowns, regions, candidates, chambers
from .candidates import excluded
from .changes import change_of, goal_change, hypothetical_change, taken_from
from .chambers import of_total, sub_chamber
from .context import DASHES, Num, PartyRef, _Ctx, _is_year, _rx, _table, count_draft, emit, lower_words, raised_possessive, rule_with_status
from .mentions import _lexicon_places
from .owners import appositive_head, each_right_parties, gapped_remnant, leader_pronoun_party, party_for, possessive_antecedent
from .rows import list_row, row_change_after
from .status import lead_before, status_of

# after the number (and its seat noun): "4 (seats) short", "3 shy of", "6 behind", "10 away from", "12 clear of",
# "two seats separate the X from the Y"
# ("finished 10 seats ahead of the Greens", "one seat ahead of Y": a distance too; a count followed by ", ahead of
# Y" keeps its comma and is not matched)
_AFTER = re.compile(r"^(?:(?:seats?|mps|deputies|members) )?(?:short|shy|behind|ahead of|adrift|away from|clear of|separate|separates|separated|"
                    r"off (?:a|an|the) (?:\w+ )?majority)\b")
# the seats a phrase describes ("reserved for voters living abroad", "set aside for minorities") and then says are
# still open: "Two seats reserved for voters abroad remain to be filled", "... have yet to be declared"
_RESERVED_UNDECIDED = re.compile(r"^(?:reserved|set aside|allocated|earmarked|allotted) for (?:[\w'’-]+ ){1,6}?"
                                 r"(?:remain|remains|are still|are yet|have yet|has yet|still have|are to be|will be filled)\b")
# the label of a results box's total row, from the line's start to the number: "Total seats: 24", "Number of seats: 150",
# "Seats in parliament: 101" (not a bare "Seats: 24", which in a party's block of rows is the party's)
_TOTAL_ROW = re.compile(r"^(?:(?:total (?:number of )?|number of )(?:seats|mps|members|deputies)"
                        r"|(?:seats|mps|members|deputies) (?:in|of) (?:the )?[\w'’ -]{1,30}?)\s*:\s*$")
# a count verb right before the number: "won 40 seats ahead of the X" is a count, "finished 10 seats ahead of" a distance
_COUNT_VERB_END = re.compile(r"\b(?:won|wins|win|took|takes|secured|secures|captured|got|gets|has|had|holds|held|with|on)(?: (?:just|only|about|around|some))?\s*$")
# before the number: "short by", "short of a majority by", "lacks two seats (for a majority)", "a lead of", "a margin of", "beat X by", "by a margin of",
# "a comfortable majority of 20" (a described majority of N is the winner's margin over the rest), "its majority
# was reduced to four seats", "the lead grew by 12", "its majority was cut from 40 seats to 12" (a majority or lead that
# changes is a margin too)
_BEFORE = re.compile(r"(?:\bshort(?: of (?:a|an|the) [\w ]{0,30}?)? by|\bshy by|\b(?:lacks|lacked|lacking|lack)|\b(?:lead|margin|gap|edge|advantage|deficit) of|"
                     r"\bmajority of just|\b(?:comfortable|slim|slender|narrow|working|thin|wafer-thin|razor-thin|big|large|huge|"
                     r"healthy|reduced|increased|commanding|handsome|solid) majority of|\bby a (?:margin|majority) of|\b(?:beat|beats|beating|trailed|trails|trailing|led|leads|"
                     r"leading|outpolled|edged)(?: [\w'’]+){0,4} by|"
                     r"\b(?:majority|lead|margin)(?: (?:was|has been|had been|is|will be))? (?:reduced|cut|slashed|trimmed|"
                     r"increased|boosted|extended|widened|narrowed|grew|grows|rose|fell|shrank|dropped|slipped) (?:to|by|from|from [\w,]+(?: seats?)? to))"
                     r"(?: (?:just|only|some|about|around|nearly|almost|at least))?\s*$")


def distance(before: str, after: str) -> str | None:
    """ "four seats short", "short by 12 seats", "a lead of 20 seats": the name of the distance construction."""
    m = _AFTER.match(after)
    if m and not (m.group(0).endswith("ahead of") and _COUNT_VERB_END.search(before)):
        return "distance-after"  # (not "won 40 seats ahead of the X's 30": a count, then whom it beat)
    if _BEFORE.search(before):
        return "distance-before"
    return None


# "61 seats (+9)", "40 (-15)", "3 (−2 on 2019)": a signed number in brackets right after a count is that
# party's change (the unsigned "(up 7)" / "(down 4)" forms are read by the change constructions); the count's
# chamber may stand between them, a capitalised name after "in (the)": "15 seats in the National Council (+5)"
_SIGNED = re.compile(r"^(?:\s+in\s+(?:the\s+)?(?:[A-Z][\w'’]*\s*){1,4}?)?\s*\(\s*([+\-−–])\s*(\d{1,3})\b[^()\n]{0,24}\)")


def signed_change_after(text_after_count: str) -> tuple[int, int] | None:
    """(delta, characters it spans) for a bracketed signed change that opens ``text_after_count``, else None."""
    m = _SIGNED.match(text_after_count)
    if not m:
        return None
    sign = 1 if m.group(1) == "+" else -1
    return sign * int(m.group(2)), m.end()


# "the Iron Guild is contesting 150 seats", "fielded candidates in 120 constituencies": seats a party runs for,
# not seats it holds
_RUNS_FOR = re.compile(r"\b(?:contesting|contests|contest|contested|fielding|fielded|fields|field|running|ran|runs|standing|stood)"
                       r"(?: (?:candidates|nominees|people))?(?: (?:in|for))?(?: (?:all|all of the|the|about|some|nearly|over|more than))?\s*$")


# after a count's seat noun: "(seats) they contested", "seats contested": the seats a party ran for
_CONTESTED_AFTER = re.compile(r"^(?:(?:it|they|the party|he|she) (?:had )?)?(?:contested|ran (?:for|in)|stood (?:for|in)|fielded candidates (?:for|in))\b")
# after "all N seats": "filled", "have been declared", "up for grabs": the chamber's seats
_FILLED_AFTER = re.compile(r"^(?:in (?:the )?[\w'’]+ )?(?:(?:are|were|have|had|has|now|been|being) )*(?:filled|declared|decided|counted|called|allocated|up for grabs|at stake|contested|up for election)\b")
# "whose party has 47 seats", "his party won 30": a person's party, named by the person
_LEADER_PARTY_HAS = re.compile(r"\b(?:whose|his|her) (?:party|alliance|coalition|bloc|camp) (?:now |currently |still )?(?:has|had|holds|held|won|took|secured)(?: only| just)?\s*$")


# after a seat noun: "(deputies) of the (Portuguese) hemicycle", "(members) of the Knesset": the body they sit in
# a chamber's noun, generic or a chamber's own name
_CHAMBER_WORD = (r"(?:house|parliament|legislature|assembly|chamber|senate|congress|diet|hemicycle|bundestag|knesset|dail|dáil|"
                 r"sejm|duma|riksdag|storting|eduskunta|folketing|cortes)")
_OF_CHAMBER = re.compile(rf"^of (?:the |its |their )?(?:[\w'’]+ ){{0,2}}?{_CHAMBER_WORD}\b")
# "short of the 145 seats required", "well above the 76 seats needed": a count set against a requirement
_SHORT_OR_PAST_THE = re.compile(r"\b(?:short of|shy of|above|below|over|under|beyond|past|more than|fewer than|less than) the\s*$")
# "cut the X's majority to a single seat", "reduced its majority to three": the margin a majority shrank or grew to
_MAJORITY_CUT_TO = re.compile(r"\bmajority (?:\w+ ){0,2}?(?:to|by)(?: a| just| only)?\s*$")
# "the 107 seats in the new parliament": the seats of a chamber (a word or two may describe it)
_IN_CHAMBER = re.compile(rf"^in (?:the |its |their )?(?:new |next |incoming |outgoing |[\w'’]+ ){{0,2}}?{_CHAMBER_WORD}\b(?! of\b)")
# "lost four seats to 15", "gained three MPs to 40": a change, then the count it brought the party to
_CHANGE_TO = re.compile(r"\b(?:lost|losing|lose|loses|shed|sheds|shedding|dropped|dropping|drops|gained|gaining|gains|added|adding|adds|"
                        r"picked up|picking up) [\w-]+(?: (?:seats?|mps|deputies|members|mandates|parliamentarians|lawmakers))? to\s*$")
# the names of the majority threshold: "the magic number", "the majority mark", "the halfway point", "the number needed
# to govern"
_THE_MARK = (r"(?:the|a) (?:magic (?:number|figure|mark)|majority (?:mark|threshold|line|figure)|half(?:-| )?way (?:mark|point)"
             r"|(?:number|figure|tally) (?:needed|required) (?:for|to (?:win|form|govern|hold|secure|command)))\b")
# "Forty-seven is the magic number for a majority", "61 seats is the majority mark", "76 is the number needed to govern"
_N_IS_THE_MARK = re.compile(r"^(?:seats? )?(?:is|was|will be|would be|remains) " + _THE_MARK)
# "won 76 seats – the magic number needed to form government": the same names in apposition after a count (not "In a
# chamber of 150, the magic number is 76": a predicate about another number)
_DASH_THE_MARK = re.compile(r"^(?:-|–|—|,) " + _THE_MARK + r"(?! (?:is|was|will be|would be|stands|remains)\b)")
# "crossed the 113-seat mark", "fell short of the 61-seat mark": a line a party's count is set against
_CROSSED_THE = re.compile(r"\b(?:cross|crosses|crossed|crossing|pass|passes|passed|passing|surpass|surpassed|surpassing|breach|"
                          r"breached|clear|cleared|reach|reaches|reached|reaching|hit|hits|past|beyond|over|below|under|short of|"
                          r"shy of)(?: the)?\s*$")
# "increased its seat tally by eight to 28", "cut their number of MPs by four to 12": the count a change by N brought it to
# (intransitive: "its seats rose by 28 to 52", "the X's tally shot up by 28 to 52", "fell by five to 20")
_BY_N_TO = re.compile(r"\b(?:increased|increasing|increases|raised|raising|boosted|boosting|grew|lifted|cut|cutting|reduced|reducing|"
                      r"decreased|lowered|shrank|rise|rises|rose|risen|jump|jumps|jumped|climb|climbs|climbed|shoot up|shoots up|shot up|"
                      r"go up|goes up|went up|go down|goes down|went down|fall|falls|fell|drop|drops|dropped|slip|slips|slipped|"
                      r"slump|slumps|slumped|plunge|plunges|plunged|plummet|plummets|plummeted|tumble|tumbles|tumbled)\b[^,;]{0,40}? by [\w-]+(?: (?:seats?|mps|deputies|members))? to\s*$")
# "lost all but one of its seats", "shed all but two of their MPs": what a loss leaves
_ALL_BUT = re.compile(r"\b(?:lost|lose|loses|losing|shed|sheds|shedding|surrendered|ceded) all but\s*$")
# "the distribution of the 240 seats", "the allocation of all 101 seats", "how the 150 seats are shared out": the
# seats a result shares out among the parties (the chamber), not any one party's
_SHARED_OUT = re.compile(r"\b(?:distribution|allocation|division|breakdown|share-out|apportionment|split) of(?: all)?(?: the)?$")


# "will need the support of the Greens to reach 61", "would require two partners to get to 76": a requirement
# with the help it needs between the verb and the goal
_NEED_HELP_TO_REACH = re.compile(r"\b(?:needs?|needed|requires?|required)\b(?: [\w'’]+){1,8} to (?:reach|get to|get|win|secure|have|hold|control|cross|pass|command)"
                                 r"(?: (?:at least|a minimum of|the))?\s*$")
# "must get 76 seats", "has to win at least 76": a requirement, not a result
_MUST_GET = re.compile(r"\b(?:must|has to|have to|had to) (?:get|win|secure|reach|hold|have|capture|take)(?: at least| a minimum of)?\s*$")
# "impossible for the X to win 76", "cannot now reach the 326", "unable to get 76": a figure denied
_CANNOT_GET = re.compile(r"\b(?:impossible|unable|cannot|can['’]t|ca n['’]t|can not|could not|couldn['’]t|could n['’]t|no (?:longer|way)(?: \w+)?)(?!\w)(?: [\w'’]+){0,6}? "
                         r"(?:win|get|reach|secure|hold|muster)(?: the| a| at least)?\s*$")


def runs_for(before: str) -> str | None:
    """ "contesting 150 seats", "fielded candidates in 120 constituencies": the seats a party runs for."""
    return "runs-for" if _RUNS_FOR.search(before) else None


def seat_noun_after(ctx: _Ctx, num: Num, sent: Span) -> int | None:
    """Index of the seat noun that follows the number ("168 seats", "86 House seats", "90 ridings"), else None."""
    doc, c = ctx.doc, ctx.c
    lower = _table(doc).lower
    j = num.end
    steps = 0
    while j < sent.end and steps <= 3:
        w = lower[j]
        if w in c["seat_nouns"]:
            return j
        if w in c["seat_nouns_one"] and steps == 0 and _one_member(ctx, num, sent, j):
            return j  # "will have one MP"
        if j + 2 < sent.end and lower[j + 1] == "-" and f"{w}-{lower[j + 2]}" in c["seat_categories"]:
            w = f"{w}-{lower[j + 2]}"  # "17 party-list seats": a hyphenated category, three tokens
            j += 2
        if w in c["seat_categories"] and (j + 1 >= sent.end or lower[j + 1] in (",", ")", ";", ".")) \
                and ctx.sent_of[sent.start] in ctx.seat_sentences():
            # "61 seats (44 constituency, 17 party-list)": a category word standing for its seats, after seat talk
            return j
        if w in c["seat_nouns_weak"]:
            nxt = lower_words(doc, j + 1, j + 3)
            if nxt.startswith("of parliament") or nxt.startswith("of the house") or nxt.startswith("of the assembly") or \
                    _rx(r"^(?:of|to|in) (?:the )?(?:\w+ )?(?:parliament|house|assembly|senate|chamber|legislature|congress)\b").match(lower_words(doc, j + 1, j + 5)):
                return j  # "members of parliament", "will send 40 members to parliament", "40 members in the house"
            if lower[j + 1] in ("of", "to", "in") and chamber_named_at(ctx, j + 2, sent):
                return j  # "twenty-five members of the Diet", "members of the Knesset": a chamber the lexicon knows
            # "with 62 members", "has 40 members", "24 senators were elected": a party's members of the chamber
            # (never a membership in the thousands)
            prev = lower[num.qstart - 1] if num.qstart > sent.start else ""
            if num.value < 1000 and (prev in c["possession_before_weak_noun"] or (
                    num.qstart == sent.start and _rx(r"^(?:were|was|have been|had been|are) (?:elected|returned|voted in)\b").match(lower_words(doc, j + 1, j + 4)))):
                return j
            if num.value < 1000 and _won_weak_units(ctx, num, sent):
                return j  # "won 134 of the 250 wards", "has won from nine wards": units a party wins are its seats
            return None
        if w in ("contested", "available") and (num.qstart == sent.start or lower[num.qstart - 1] != "the"):
            return None  # ("of the 452 contested seats": the whole; not "Results of 107 contested constituencies")
        if w in c["seat_adjectives"] or w in c["seat_categories"] or (j + 1 < sent.end and steps < 2 and doc[j].is_alpha and (
                doc[j].pos_ == "ADJ" and doc[j].is_lower or doc[j].ent_type_ in ("GPE", "LOC")
                or doc[j].pos_ == "PROPN" and not (j in ctx.party_at and not ctx.party_at[j].weak) and w not in c["party_name_words"])):
            j += 1  # "86 House seats", "one inner Harbour seat" (not "35 National MPs": a party's name)
            steps += 1
            continue
        # a body name between ("86 Lok Sabha seats")
        if doc[j].ent_type_ == "ORG" and any(_table(doc).body(e) for e in _table(doc).ents_in(j, j + 1)) :
            j += 1
            steps += 1
            continue
        return None
    return None


_BRACKETED = re.compile(r"\( [^()]* \) ?")


def chamber_named_at(ctx: _Ctx, i: int, sent: Span) -> bool:
    """A chamber the lexicon knows is named from token ``i`` on (after an optional "the"): "the House of
    Representatives", "the Diet"."""
    tb = _table(ctx.doc)
    k = i + 1 if i < sent.end and tb.lower[i] == "the" else i
    ents = tb.ents_in(k, sent.end)
    return bool(ents) and ents[0].start == k and bool(tb.body(ents[0]))


def _one_member(ctx: _Ctx, num: Num, sent: Span, j: int) -> bool:
    """ "The X will have one MP", "its ally ... won one deputy": a member noun in the singular right after "one" (or
    "a single") is a count of one seat when a count verb (or "with") stands in the two words before the number and
    the noun ends its phrase (not "One MP resigned", "one MP per 10,000 voters", "one deputy leader"), or when
    the number and the noun are all a bracket after a name holds ("the New Democracy Party (1 MP)")."""
    tb = _table(ctx.doc)
    if num.value != 1 or num.upper is not None:
        return False
    before = tb.lower[max(sent.start, num.qstart - 2) : num.qstart]
    # "the New Democracy Party (1 MP)", "Union for Change (ONE, 1 MP)": a bracket after a name holding only the count
    bracketed = j + 1 < sent.end and tb.text[j + 1].startswith(")") and "(" in tb.text[max(sent.start, num.qstart - 3) : num.qstart]
    if bracketed:
        return True
    if not any(w in ctx.c["count_verbs"] or w == "with" for w in before):
        return False
    return j + 1 >= sent.end or tb.text[j + 1] in (".", ",", ";", ")", ":") or tb.lower[j + 1] in ("and", "in", "while", "but")


_CHAMBER_ADJECTIVES = frozenset(("lower", "upper", "new", "national", "federal", "state", "provincial", "unicameral"))

_QUOTE_MARKS = frozenset(("“", "”", '"', "‘", "’", "'", "«", "»"))


def clause_body(ctx: _Ctx, noun: int, sent: Span) -> str | None:
    """The chamber a clause names after its seat noun, else the last one named before it in the sentence: "in the
    Senate, 98 out of 109 seats have been declared while 325 out of 360 seats have been declared for the House"
    (109 the Senate's, 360 the House's)."""
    tb = _table(ctx.doc)
    stop = next((j for j in range(noun + 1, sent.end) if tb.lower[j] in ("while", "whereas", ";", "but")), sent.end)
    after = [tb.body(e) for e in tb.ents_in(noun + 1, stop) if tb.body(e)]
    if after:
        return after[0]
    before = [tb.body(e) for e in tb.ents_in(sent.start, noun) if tb.body(e)]
    return before[-1] if before else None


def capitalised_chamber(doc: Doc, words: list, chamber_nouns: frozenset) -> str | None:
    """A chamber named only by its capitalised common noun right after the size, "the 120-seat Assembly", "the
    new 55-member Senate", when no fuller name is known (not "the 120-seat assembly": a description, not a name)."""
    if words and words[0].lower_ in chamber_nouns and words[0].text[:1].isupper():
        return words[0].text
    return None


def dropped_at_candidates(ctx: _Ctx, num: Num, sent: Span) -> bool:
    """Stage 1 (candidates): a number that is no seat figure whatever follows it (a unit, a date's day, a label,
    a number word inside a name or a party's name, "none" / "any" without their count verb)."""
    doc, c = ctx.doc, ctx.c
    if excluded(ctx, num, sent):
        return True
    if num.start in ctx.party_at and ctx.party_at[num.start].start < num.start:
        return True  # "D66 (Democrats 66)", "Party 2000": the number is part of a party's name
    long_name = num.qstart - 1 in ctx.party_at and ctx.party_at[num.qstart - 1].end - ctx.party_at[num.qstart - 1].start > 1
    if num.value == 1 and candidates.negated_single(doc, num.qstart, num.end, c["zero_count_verbs"], c["zero_negators"]):
        # "failed to win a single seat", "did not take a single seat": none, a count of zero (as "failed to win any
        # seat"), never a count of one
        num.value = 0
    return bool(candidates.number_word_in_name(doc, num.start, num.end) or candidates.date_day(doc, num.start, num.end, long_name)
                or candidates.label_number(doc, num.qstart, c["label_nouns_before"]) and not long_name
                or candidates.none_without_count_verb(doc, num.start, c["zero_count_verbs"])
                or candidates.any_without_negated_count_verb(doc, num.start, c["zero_count_verbs"], c["zero_negators"]))


def bar_list_without_party(ctx: _Ctx, num: Num, sent: Span) -> bool:
    """The number stands in a line of items separated by bars ("Arsenal – 2 | Chelsea – 1") and no name of the line is
    a party the lexicon or the tagger knows (only names found by their shape, or none): a score, no results row."""
    tb = _table(ctx.doc)
    lo, hi = ctx.line_start(num.qstart, sent), ctx.line_end(num.start, sent)
    if "|" not in tb.text[lo:hi]:
        return False
    return not any(lo <= p.start < hi and not p.weak for p in ctx.parties)


def seats_named_before(ctx: _Ctx, num: Num, sent: Span) -> bool:
    """A seat noun in the sentence before the number or in the sentence before that one ("them" may stand for it)."""
    k = ctx.sent_of[sent.start]
    lo = ctx.sents[k - 1].start if k > 0 else sent.start
    seat_nouns = ctx.c["seat_nouns"]
    return any(w in seat_nouns for w in _table(ctx.doc).lower[lo : num.qstart])


# verbs whose object is the people beaten ("defeated two dozen Democrats"), never the seats a party holds
_DEFEAT_VERBS = frozenset(("defeated", "defeats", "defeat", "defeating", "beat", "beats", "beating", "ousted", "ousts", "ousting",
                           "unseated", "unseats", "unseating", "toppled", "topples", "toppling", "routed", "trounced"))


def classify(ctx: _Ctx, num: Num, nums: list[Num]) -> list[dict[str, Any]]:
    doc, c = ctx.doc, ctx.c
    sent = ctx.sents[ctx.sent_of[num.start]]
    if dropped_at_candidates(ctx, num, sent):
        return []
    out: list[dict[str, Any]] = []
    noun = seat_noun_after(ctx, num, sent)
    tb = _table(doc)
    shared = False
    if noun is None and not _is_year(num.value):
        noun = shared_seat_noun(ctx, num, nums, sent)  # "getting 36 and 24 seats": 36 seats too
        shared = noun is not None
    # (a token's ``whitespace_`` is one space or none: line breaks are whitespace tokens of their own)
    line_end = num.end >= sent.end or tb.space_list[num.end]
    if tb.text[num.end - 1].endswith(")") and tb.text[num.end - 1] != ")":
        line_end = True  # "(8)" closes its own parenthesis: nothing follows the number in the construction
    if not line_end and tb.text[num.end] == "|":
        # "LAB – 40 | CON – 12 | LD – 0": a bar separates the items of a results line as a line break would (the
        # tagger does not call "|" punctuation); a bar list that names no known party is no party's results
        # ("Arsenal – 2 | Chelsea – 1")
        line_end = True
    if bar_list_without_party(ctx, num, sent):
        return []
    nxt1 = doc[num.end] if not line_end else None  # a list line ends with its number: "Green Left — 19"
    nxt2 = doc[num.end + 1] if nxt1 is not None and num.end + 1 < len(doc) else None
    before = lower_words(doc, max(sent.start, num.qstart - 6), num.qstart)
    body = ctx.body_in(sent) or ctx.body_in_paragraph(sent) or ctx.main_body
    tail = noun if noun is not None else num.end - 1
    after = lower_words(doc, tail + 1, min(tail + 9, sent.end))

    # "72 pro-independence MSPs", "45 anti-austerity deputies": seats counted by the camp they stand for
    camp = camp_count(ctx, num, sent)
    if camp is not None:
        return [camp]

    # "The X won 76 seats – the magic number needed to form government": the count, and in apposition after it
    # (a dash or a comma) what the number also is, the threshold
    if noun is not None and _DASH_THE_MARK.match(lower_words(doc, tail + 1, min(tail + 10, sent.end))):
        ctx.extra.append(emit(ctx, "majority_threshold", num.qstart, min(sent.end, tail + 6), "threshold-apposition-mark", 0.75,
                              body=body, seats=num.value))

    # "with a reduced seat count of 31", "the X's seat total of 31": the tally a seat noun names
    tally = _seat_tally_of(ctx, num, sent, body)
    if tally is not None:
        return [tally]

    # "Republicans hold a 58-52 majority in the State House", "a 65-55 advantage over the Y": a score of seats
    scored = score_counts(ctx, num, nums, sent, body)
    if scored is not None:
        return scored

    # "Green Party: 40 (31-9)", "Democrat Party 25 (22-3)": two figures joined by a dash in brackets right after a
    # row's count split that count (constituency and list seats), which the row's count already holds: no count
    # of their own, never the party's earlier count
    if split_in_brackets(ctx, num):
        return bracketed_parts(ctx, num, sent, body)

    # "VVD 33 (41)": in a row of a results list, a bare figure in brackets after the row's count is the party's
    # count at the last election (a signed one, "(+8)", is a change: read with the count)
    row_prev = previous_in_row(ctx, num, sent)
    if row_prev is not None:
        return [count_draft(ctx, num, row_prev, row_prev.start, num.end + 1, "elliptical-row-bracket/status:previous",
                            "previous", body, 0.75)]

    # "at least four Greens", "the 35 National MPs": a party mention right after the number, in the plural or
    # followed by a seat noun, names whose seats they are
    p_after = ctx.party_at.get(num.end)
    # "two independent legislators won seats", "11 independent candidates also won seats": a pseudo-party adjective
    # between the number and its people noun (a seat noun, or a candidates noun whose clause's verb is one of winning)
    if p_after is not None and p_after.start == num.end and p_after.end == num.end + 1 and p_after.end < sent.end \
            and tb.lower[p_after.start] in c["pseudo_parties"] and seat_talk(ctx, sent):
        k = p_after.end
        verb = candidates.clause_verb(doc, k)
        won = verb is not None and verb.lemma_.lower() in c["elected_verbs"]
        # ("13 independent members of parliament": members of the chamber are seats)
        members_of = tb.lower[k] in ("members", "member") and _rx(r"^of (?:the )?(?:parliament|assembly|house|legislature|chamber)\b").match(
            lower_words(doc, k + 1, min(k + 4, sent.end))) is not None
        if (tb.lower[k] in c["seat_nouns"] or members_of or tb.lower[k] in c["candidate_nouns"] and won) \
                and not candidates.candidacy_count(doc, num.start, c["candidacy_verbs"], frozenset()):
            status, cue = status_of(ctx, num, sent, k)
            return [count_draft(ctx, num, p_after, num.qstart, k + 1, rule_with_status("count-pseudo-people", cue), status, body, 0.75)]
    if noun is None and p_after is not None and p_after.start == num.end and not p_after.weak and seat_talk(ctx, sent) \
            and not candidates.candidacy_count(doc, num.start, c["candidacy_verbs"], c["candidate_nouns"]):
        k = p_after.end
        plural = tb.text[k - 1].endswith("s") and not tb.text[k - 1].endswith("ss")
        if tb.lower[k - 1] in c["collective_plural_heads"]:
            return []  # "each of the two smaller parties", "three other parties won seats": a count of parties
        if num.qstart > sent.start and tb.lower[num.qstart - 1] in _DEFEAT_VERBS:
            return []  # "Republicans defeated more than two dozen Democrats": the people defeated, no seats held
        if k < sent.end and tb.lower[k] in c["seat_nouns"]:
            taken = change_of(ctx, num, sent, k, before, after) if taken_from(ctx, num, sent, k) is not None else None
            if taken is not None:
                return [taken]  # "picked up 2 Conservative seats": seats taken from the party named, the taker's gain
        if tb.lower[k - 1] in ("others", "more") and lead_before(lower_words(doc, max(sent.start, num.qstart - 5), num.qstart)):
            p_after = None  # "has won 50 seats and is leading on 14 others": more seats of the clause's subject
        elif k < sent.end and tb.lower[k] in c["seat_nouns"] or plural and (k >= sent.end or tb.text[k] in (",", ".", ";", ")") or tb.lower[k] in ("and", "or", "in", "will", "were", "are", "who", "won", "took", "have", "had", "secured", "got")):
            end = k + 1 if k < sent.end and tb.lower[k] in c["seat_nouns"] else k
            status, cue = status_of(ctx, num, sent, None)
            return [count_draft(ctx, num, p_after, num.qstart, end, rule_with_status("count-party-noun", cue), status, body, 0.75)]
        if p_after is not None and (k >= sent.end or tb.text[k] in (",", ".", ";", ")") or tb.lower[k] == "and" or "\n" in tb.text[k]) \
                and number_party_list(ctx, num, sent):
            status, cue = status_of(ctx, num, sent, None)
            return [count_draft(ctx, num, p_after, num.qstart, k, rule_with_status("count-number-party-list", cue), status, body, 0.75)]

    # "The 46 is made up of 22 from the X, five from the Y and one each from the Z, the W and the V": a bloc's
    # members counted by the party they come from
    member_counts = composition_counts(ctx, num, sent)
    if member_counts is not None:
        return member_counts

    # undecided / counted seats are nobody's ("12 seats remain undecided"; the cue is in the number's own clause:
    # not "will have 48 seats, with the remaining 22 given to ...", where "remaining" begins the next number's phrase)
    if noun is not None and _RESERVED_UNDECIDED.match(after):
        return []  # "Two seats reserved for voters living abroad remain to be filled": seats still open, nobody's
    if noun is not None and c.starts_near("undecided_after", re.split(r"[,;]", after, maxsplit=1)[0], 12):
        # "98 out of 109 seats have been declared": the seats declared are a part, the whole they are counted
        # out of is the chamber (not "3 of the 10 seats in the capital region", a part of it)
        # (a finite verb follows: "the 325 seats declared", a participle on the whole, makes it the declared part)
        part = of_total(ctx, num, nums, sent, noun)
        if part is not None and not sub_chamber(ctx, noun, sent) and part.value < num.value and \
                _rx(r"^(?:have|has|had|are|were|is|was)\b").match(after):
            return [emit(ctx, "chamber_size", part.qstart, noun + 1, "chamber-of-total-declared", 0.75,
                         body=clause_body(ctx, noun, sent) or body, seats=num.value)]
        return []
    if before.endswith(c.words_tuple("counting_before")):
        return []
    if before.endswith("majority of") and majority_margin(ctx, num):
        return []  # "a majority of one seat", "its majority of two seats": the margin over half the chamber, no count
    if _MAJORITY_CUT_TO.search(lower_words(doc, max(sent.start, num.qstart - 8), num.qstart)):
        return []  # "cutting the unionists' long-held majority to a single seat": a margin, nobody's count
    if _is_year(num.value) and noun is None:
        return []
    if score_second(ctx, num, nums):
        return []  # "X won 33 to 27": the 27 is the other side's, whose name the score leaves out
    # stage 2 (kinds): "four seats short", "short by 12 seats", "a lead of 20 seats" measure a distance
    if distance(lower_words(doc, max(sent.start, num.qstart - 8), num.qstart), lower_words(doc, num.end, min(num.end + 6, sent.end))):
        return []
    if noun is not None and before.endswith("the") and _OF_CHAMBER.match(after) and not before.endswith(("of the", "to the", "for the")):
        # "the 230 deputies of the Portuguese hemicycle", "the 120 members of the Knesset": the chamber's seats
        return [emit(ctx, "chamber_size", num.qstart - 1, noun + 1, "chamber-n-of-body", 0.75, body=body, seats=num.value)]
    # ("vying for the 150 seats in the assembly", "parties for the 547 seats in the House": the seats contested)
    if noun is not None and tb.lower[noun] in ("seats", "members") and before.endswith(("the", "all")) and (
            _IN_CHAMBER.match(after) or after.startswith("in ") and chamber_named_at(ctx, noun + 2, sent)) \
            and not before.endswith(("of the", "to the")) and before.rsplit(" ", 2)[-2:-1] != ["won"] \
            and not set(before.split()[-2:-1]) & c["count_verbs"]:
        # "to distribute the 107 seats in the new parliament", "all 120 seats in the assembly were contested": the
        # chamber's seats (not "won the 12 seats in the assembly's capital region", a count verb's object)
        return [emit(ctx, "chamber_size", num.qstart - 1, noun + 1, "chamber-n-in-body", 0.75, body=body, seats=num.value)]
    if before.endswith("all but") and not _ALL_BUT.search(before):
        return []  # "won all but two of the seats": the seats it did not win, nobody's stated count
    if (_CHANGE_TO.search(before) or _BY_N_TO.search(lower_words(doc, max(sent.start, num.qstart - 12), num.qstart))) \
            and (noun is not None or nxt1 is None or nxt1.is_punct):
        # "the X, which lost four seats to 15", "gained three to 40": the count the change brought it to
        party = ctx.party_left(num.qstart, sent)
        if party is None:
            return []
        status, cue = status_of(ctx, num, sent, noun)
        return [count_draft(ctx, num, party, num.qstart, (noun if noun is not None else num.end - 1) + 1, rule_with_status("count-change-to", cue), status, body, 0.75)]
    if _ALL_BUT.search(before):
        # "Labour lost all but one of its seats in Scotland": the seats it kept
        party = ctx.party_left(num.qstart, sent)
        if party is None:
            return []
        status, cue = status_of(ctx, num, sent, noun)
        return [count_draft(ctx, num, party, num.qstart - 2, (noun if noun is not None else num.end - 1) + 1, rule_with_status("count-all-but", cue), status, body, 0.7)]
    if runs_for(before) and ctx.party_left(num.qstart, sent) is not None:
        return []  # "the X is contesting 150 seats": seats it runs for (without a party: the chamber, below)
    if noun is not None and (before.endswith("all") or tb.lower[num.qstart] == "all") and _FILLED_AFTER.match(
            _BRACKETED.sub("", lower_words(doc, tail + 1, min(tail + 16, sent.end)))):
        # "all 174 seats filled", "all 150 seats were declared": the chamber, whoever is named after it (a bracketed
        # aside between: "All 33 seats in the Løgting (the Faroese parliament) were contested")
        return [emit(ctx, "chamber_size", num.qstart - 1, noun + 1, "chamber-all-filled", 0.8, body=body, seats=num.value)]
    if noun is not None and _SHARED_OUT.search(before):
        # "the following distribution of the 240 seats in the Parliament", "the allocation of all 101 seats": the
        # seats shared out are the whole chamber's
        return [emit(ctx, "chamber_size", num.qstart, noun + 1, "chamber-distribution-of", 0.75, body=body, seats=num.value)]
    # ("Out of 100 seats that were to be contested, the X got 77": "out of", with or without "the")
    fronted_of = num.start - 2 >= sent.start and (tb.lower[num.start - 1] == "the" and tb.lower[num.start - 2] == "of"
                                                   or tb.lower[num.start - 2] == "out" and tb.lower[num.start - 1] == "of")
    if noun is not None and fronted_of and _HELD_BY.match(after):
        # "Of the ten seats held by the X prior to the election, the party was only able to defend one": the seats a
        # party held (before the vote, when the sentence says so), not the chamber
        holder = ctx.party_right(noun + 1, sent, limit=5)
        if holder is None:
            return []
        held = lower_words(doc, noun + 1, min(noun + 16, sent.end)).split(",")[0]
        status = "previous" if _rx(r"\b(?:prior to|before|going into|ahead of) the (?:election|vote|poll|polls)\b|\bpreviously\b").search(held) else "result"
        return [count_draft(ctx, num, holder, num.qstart, holder.end, f"count-fronted-held-by/status:{status}", status, body, 0.75)]
    if noun is not None and fronted_of \
            and (ctx.line_start(num.start - 2, sent) == num.start - 2 or tb.lower[num.start - 3] in _CLAUSE_OPENERS
                 or tb.text[num.start - 3] in _OPENING_MARKS and ctx.line_start(num.start - 3, sent) == num.start - 3) \
            and tb.lower[noun] in ("seats", "members", "constituencies") \
            and not _CONTESTED_AFTER.match(after) and not c.starts_near("undecided_after", after, 12) \
            and not _rx(r"^(?:\w+ )?(?:declared|counted|announced|decided|called|so far)\b").match(after):
        # "Of the 80 seats in parliament, the X won 40", "officials said that of the 290 seats in parliament 226 have
        # been filled": the whole a fronted "of the" (opening the sentence or a clause) shares out is the chamber (not
        # "Of the 80 seats it contested", "Of the 80 seats declared so far": a party's candidacies, a part counted)
        return [emit(ctx, "chamber_size", num.start - 2, noun + 1, "chamber-fronted-of", 0.8, body=body, seats=num.value)]
    if noun is not None and _CONTESTED_AFTER.match(after):
        return []  # "10 seats out of 21 seats they contested", "Out of a total 21 seats contested, ...": seats run for
    if _LEADER_PARTY_HAS.search(before):
        # "Gordon Voss, whose party has 47 seats": the seats of the party of the person named before (a chamber
        # never "has" seats through a person's party); a person the article names as no party's leader: nothing
        party = next((ctx.leader_of[w.rstrip(".")] for w in tb.lower[sent.start : num.qstart] if w.rstrip(".") in ctx.leader_of), None)
        if party is None and not before.rstrip().split(" ")[-3:][0:1] == ["whose"]:
            # "Ana Ruiz leads the X. She spoke after her party won 123 seats": "his" / "her" stands for the nearest
            # leader named in the sentences before (``owners.leader_pronoun_party``)
            ref = leader_pronoun_party(ctx, num, sent)
            party = ref.name if ref is not None else None
        if party is None or noun is None:
            return []
        status, cue = status_of(ctx, num, sent, noun)
        ref = PartyRef(num.qstart, num.qstart, party, party)
        return [count_draft(ctx, num, ref, num.qstart, noun + 1, rule_with_status("count-leader-party", cue), status, body, 0.75)]

    # ---- chamber size: "(175 total seats)": a bracketed total of seats, a results box's heading
    if nxt1 is not None and nxt2 is not None and nxt1.lower_ == "total" and nxt2.lower_ in ("seats", "mandates", "members") \
            and num.qstart > sent.start and tb.text[num.qstart - 1] == "(" and num.end + 2 < len(doc) and tb.text[num.end + 2] == ")":
        return [emit(ctx, "chamber_size", num.qstart, num.end + 2, "chamber-bracketed-total", 0.75, body=body, seats=num.value)]
    # ---- chamber size: "the 343-member House", "the 650-seat parliament"
    if nxt1 is not None and nxt1.text in DASHES and nxt2 is not None and nxt2.lower_ in ("member", "seat", "strong", "seats", "members"):
        rest = [t for t in doc[num.end + 2 : min(num.end + 6, sent.end)]]
        body_ent = next((e for e in _table(doc).ents_in(num.end + 2, min(num.end + 7, sent.end)) if _table(doc).body(e)), None)
        rest_words = {t.lower_ for t in rest}
        if rest and rest[0].lower_ in c["change_nouns_neg"] | c["change_nouns_pos"] | {"swing", "lead", "deficit", "advantage", "margin"}:
            delta = -num.value if rest[0].lower_ in c["change_nouns_neg"] else num.value
            if rest[0].lower_ in c["change_nouns_neg"] | c["change_nouns_pos"] and not goal_change(before):
                # (not "the media's projection of a 50-seat loss": a forecast change)
                p = ctx.party_left(num.qstart, sent) or ctx.party_right(num.end, sent)
                if p is not None:
                    out.append(emit(ctx, "seat_change", num.qstart, num.end + 3, "change-compound", 0.8, party=p.name,
                                     party_text=p.text, delta=delta, approximate=num.approximate, qualifier=num.qualifier))
            return out
        if len(rest) > 1 and rest[0].lower_ in ("halfway", "half-way") and rest[1].lower_ in ("mark", "point", "line") and \
                _rx(r"\b(?:majority|govern|governing|government|power|rule|control)\b").search(lower_words(doc, sent.start, sent.end)):
            # "17 seats short of the 132-seat halfway mark that it needs to form a government": the majority line
            return [emit(ctx, "majority_threshold", num.qstart, num.end + 4, "threshold-compound-halfway", 0.8, body=body, seats=num.value)]
        if rest and rest[0].lower_ in ("mark", "threshold") and chambers.mark_after(lower_words(doc, num.end + 2, num.end + 4), lower_words(doc, sent.start, sent.end)):
            # "the 326-seat mark", "the 61-seat threshold" in a sentence about a majority or governing
            return [emit(ctx, "majority_threshold", num.qstart, num.end + 3, "threshold-compound", 0.8, body=body, seats=num.value)]
        if rest and rest[0].lower_ in ("mark", "threshold", "line", "barrier", "hurdle"):
            if _CROSSED_THE.search(before):
                # "The X crossed the 113-seat mark in the Assembly elections": the line a party crosses to a majority
                return [emit(ctx, "majority_threshold", num.qstart, num.end + 3, "threshold-compound-crossed", 0.75, body=body, seats=num.value)]
            return []  # a seat mark is never the chamber's size, whatever chamber the sentence names after it
        if rest and rest[0].lower_ == "majority" or "majority" in [t.lower_ for t in rest[:2]]:
            if rest and any(t.lower_ in ("mark", "threshold", "line", "target") for t in rest[:3]):
                return [emit(ctx, "majority_threshold", num.qstart, num.end + 4, "threshold-compound", 0.8, body=body, seats=num.value)]
            # "the minimum 151-seat simple majority needed to govern", "the 76-seat majority required": a requirement
            # (not "won a 14-seat majority", the winner's margin)
            if _rx(r"\b(?:minimum|required|requisite|necessary|needed)(?: \w+)?\s*$").search(before) or \
                    _rx(r"^(?:\w+ ){0,2}(?:needed|required|necessary)\b").match(lower_words(doc, num.end + 2, num.end + 6)):
                return [emit(ctx, "majority_threshold", num.qstart, num.end + 4, "threshold-compound-needed", 0.8, body=body, seats=num.value)]
            return []
        if rest and rest[0].lower_ in ("landslide", "victory", "win", "sweep") and tb.lower[num.qstart - 1] in ("a", "an"):
            # "The X is set for an 88-seat landslide", "won a 90-seat victory": the subject's count
            p = ctx.party_left(num.qstart, sent)
            if p is not None and ctx._is_subject(p):
                status, cue = status_of(ctx, num, sent, None)
                return [count_draft(ctx, num, p, num.qstart, num.end + 3, rule_with_status("count-compound-victory", cue), status, body, 0.7)]
            return []
        if rest and rest[0].lower_ in c["tally_nouns"] and body_ent is None:
            # "the Harbour Party's 40-seat haul", "Labour's 12-member caucus": the possessor party's count
            p = ctx.party_left(num.qstart, sent)
            if p is not None and p.end == num.qstart - 1 and tb.lower[p.end] in ("'s", "’s", "'", "’"):
                status, cue = status_of(ctx, num, sent, None)
                return [count_draft(ctx, num, p, p.start, num.end + 3, rule_with_status("count-compound-tally", cue), status, body, 0.75)]
            return []
        if body_ent is not None or rest_words & c["chamber_nouns"]:
            b = _table(doc).body(body_ent) if body_ent is not None else body or capitalised_chamber(doc, rest, c["chamber_nouns"])
            if b == "Parliament" and ctx.main_body:
                b = ctx.main_body
            end = body_ent.end if body_ent is not None else num.end + 3
            return [emit(ctx, "chamber_size", num.qstart, end, "chamber-compound", 0.9, body=b, seats=num.value)]
        return []

    # ---- "the new 55 seat Parliament": the compound written without its hyphen (a singular "seat" or "member"
    # after a number above one, then the chamber's name, is the chamber's size, not seats someone holds)
    unit = num.end
    # ("the 275 members Parliament", "Ghana's 275 seats Parliament": the plural, after "the" or a possessive, with
    # the chamber's capitalised name right after it)
    plural_unit = unit + 1 < sent.end and tb.lower[unit] in ("seats", "members") and doc[unit + 1].text[:1].isupper() \
        and num.qstart > sent.start and tb.lower[num.qstart - 1] in ("the", "'s", "’s")
    if unit + 1 < sent.end and (tb.lower[unit] in ("seat", "member") or plural_unit) and num.value > 1 and not line_end:
        body_ent = next((e for e in _table(doc).ents_in(unit + 1, min(unit + 5, sent.end)) if e.start == unit + 1 and _table(doc).body(e)), None)
        # ("the 150 seat lower house": an adjective of the chamber between)
        chamber_at = unit + 2 if unit + 2 < sent.end and tb.lower[unit + 1] in _CHAMBER_ADJECTIVES else unit + 1
        if body_ent is not None or tb.lower[chamber_at] in c["chamber_nouns"]:
            b = _table(doc).body(body_ent) if body_ent is not None else body
            if b == "Parliament" and ctx.main_body:
                b = ctx.main_body
            return [emit(ctx, "chamber_size", num.qstart, body_ent.end if body_ent is not None else chamber_at + 1, "chamber-compound-unhyphenated", 0.8, body=b, seats=num.value)]

    # ---- thresholds
    # "would need 21 more to reach a majority", "needs another 21 seats for a majority": the distance still to
    # go, not the threshold itself (nor the party's seats)
    if _rx(r"\b(?:needs?|needed|requires?|required)\b").search(before) and (
            _rx(r"\b(?:another|an additional|a further)\s*$").search(before)
            or _rx(r"^(?:seats? |members? |mps? |deputies )?(?:more|additional|further|extra)\b").match(after)
            or _rx(r"^(?:more|additional|further|extra)\b").match(lower_words(doc, num.end, num.end + 1))):  # "six more seats"
        return []
    # (a named majority in quotation marks: "the “stable majority” level of 244 seats", "reached the “absolute stable
    # majority” of 261 seats": the quotation marks left out, the name is read as written)
    window = lower_words(doc, max(sent.start, num.qstart - 10), num.qstart).split()
    before_nq = " ".join(w for w in window if w not in _QUOTE_MARKS)
    quoted = len(window) - len(before_nq.split()) >= 2  # (a name in quotation marks: both marks in the window)
    if _rx(r"\b(?:the|a) (?:\w+ ){0,2}majority (?:level|mark|threshold|line) of\s*$").search(before_nq) and (noun is not None or nxt1 is None or nxt1.is_punct):
        return [emit(ctx, "majority_threshold", max(sent.start, num.qstart - 5), tail + 1, "threshold-named-majority-level", 0.75, body=body, seats=num.value)]
    if _rx(r"\b(?:surpass|surpassed|pass|passed|cross|crossed|exceed|exceeded|reach|reached|reaches|above|past) (?:the|a|an) (?:\w+ ){1,2}majority of\s*$").search(before_nq) \
            and quoted and (noun is not None or nxt1 is None or nxt1.is_punct):
        return [emit(ctx, "majority_threshold", max(sent.start, num.qstart - 6), tail + 1, "threshold-pass-named-majority-of", 0.75, body=body, seats=num.value)]
    # "less than the 233 majority in the 465-seat house", "short of the 61 majority mark": the number names the
    # majority itself (never "a 73 majority" or "its 20 majority": a margin)
    # (a qualifier read with the number, "less than the 233", stands before its "the")
    if tb.lower[num.start - 1] == "the" and nxt1 is not None and nxt1.lower_ == "majority" and (
            _rx(r"^majority (?:mark|threshold|line|figure|needed|required)\b").match(lower_words(doc, num.end, min(num.end + 2, sent.end)))
            or half_of_chamber(ctx, num, nums, sent) or _half_of_chamber_after(ctx, num, nums, sent)):
        return [emit(ctx, "majority_threshold", num.start - 1, num.end + 1, "threshold-the-n-majority", 0.8, body=body, seats=num.value)]
    if _rx(r"\b(?:majority (?:mark|threshold|line|figure)|magic (?:number|figure|mark)|half(?: ?- ?)?way (?:mark|point)|majority (?:requires|is|needs)|threshold)(?: (?:of|is|at|stands at|set at|is set at|is fixed at|lies at))?\s*$").search(before):
        return [emit(ctx, "majority_threshold", max(sent.start, num.qstart - 4), tail + 1, "threshold-mark", 0.85, body=body, seats=num.value)]
    if _MARK_OF_THE_CHAMBER_IS.search(lower_words(doc, max(sent.start, num.qstart - 14), num.qstart)):
        # "The halfway mark in the 150-seat chamber is 76": the mark, a phrase naming the chamber, then the number
        return [emit(ctx, "majority_threshold", max(sent.start, num.qstart - 4), tail + 1, "threshold-mark-of-chamber", 0.8, body=body, seats=num.value)]
    if tb.lower[num.qstart - 1] == "the" and _rx(r"\b(?:short|shy) of the\s*$").search(before) \
            and _rx(r"^(?:seats? )?(?:it|they|the party|the coalition) (?:needed|needs|need|required|requires)\b").match(after):
        # "fell four seats short of the 76 it needed": the figure the party needed, the threshold
        return [emit(ctx, "majority_threshold", num.qstart, tail + 3, "threshold-the-n-it-needed", 0.8, body=body, seats=num.value)]
    if _N_IS_THE_MARK.match(lower_words(doc, num.end, min(num.end + 9, sent.end))) and (noun is None or noun == num.end):
        # "Forty-seven is the magic number for a majority", "61 seats is the majority mark": the number, then what it is
        return [emit(ctx, "majority_threshold", num.qstart, min(sent.end, num.end + 6), "threshold-n-is-the-mark", 0.8, body=body, seats=num.value)]
    wide = max(sent.start, num.qstart - 12)
    # (the pattern's "majority" is a word of its own: no string is built for the many numbers without one)
    if "majority" in tb.lower[wide : num.qstart] and _rx(r"(?:^|\b(?:a|an|the) )(?:simple |absolute |outright |overall |working |clear |bare |governing )?majority (?:(?:in|of) (?:the|a|an|this|that) [^.;:]{0,40}? )?(?:requires|required|needs|is|means|would be|stands at|takes|is set at|is fixed at|lies at|is pegged at)(?: at least| a minimum of)?\s*$").search(lower_words(doc, wide, num.qstart)) \
            and (noun is not None or nxt1 is None or nxt1.is_punct or nxt1.lower_ in ("seats", "of", "members")):
        return [emit(ctx, "majority_threshold", max(sent.start, num.qstart - 8), tail + 1, "threshold-majority-is", 0.8, body=body, seats=num.value)]
    sent_words = lower_words(doc, sent.start, num.qstart)
    if chambers.generic_must_win(sent_words, lower_words(doc, sent.start, sent.end)):  # "a party must win at least 76 seats"
        return [emit(ctx, "majority_threshold", max(sent.start, num.qstart - 5), tail + 1, "threshold-must-win", 0.8, body=body, seats=num.value)]
    if _rx(r"\b(?:surpass|surpasses|surpassed|pass|passes|passed|cross|crosses|crossed|exceed|exceeds|exceeded|top|tops|topped|clear|clears|cleared|reach|reaches|reached|reaching|above|past|beyond) "
           r"(?:the|a|an) (?:\w+ )?majority (?:mark )?of\s*$").search(before) and (noun is not None or nxt1 is None or nxt1.is_punct):
        # "their combined seats will surpass a parliamentary majority of 233": the majority as a size
        return [emit(ctx, "majority_threshold", max(sent.start, num.qstart - 4), tail + 1, "threshold-pass-majority-of", 0.75, body=body, seats=num.value)]
    # (or a requirement stated with a modal: "a government which must hold at least a majority of 163 seats")
    if (_rx(r"\b(?:the|a) (?:necessary|required|requisite|needed) (?:\w+ )?majority of\s*$").search(before) or _rx(
            r"\b(?:must|needs? to|has to|have to|(?:be|is|are|was|were) able to|in order to|(?:coalition|government|partners|allies|support|enough) to) "
            r"(?:hold|have|command|secure|win|control|reach|form) (?:at least )?(?:a|an) (?:\w+ )?majority of\s*$").search(
            lower_words(doc, max(sent.start, num.qstart - 10), num.qstart))) and (
            noun is not None or nxt1 is None or nxt1.is_punct or nxt1.lower_ in ("votes", "members", "mps", "deputies", "lawmakers")):
        # "the necessary parliamentary majority of 61 votes", "the required majority of 76": the threshold
        return [emit(ctx, "majority_threshold", max(sent.start, num.qstart - 5), tail + 1, "threshold-necessary-majority-of", 0.75, body=body, seats=num.value)]
    if chambers.absolute_majority_of(sent_words, ctx.party_left(num.qstart, sent) is not None) and (noun is not None or nxt1 is None or nxt1.is_punct):
        return [emit(ctx, "majority_threshold", max(sent.start, num.qstart - 4), tail + 1, "threshold-absolute-majority-of", 0.75, body=body, seats=num.value)]
    if _MUST_GET.search(before):
        # "To form government, a party (...) must get 76 seats": a requirement; a threshold when the sentence names
        # what it is for, else nobody's count
        if _rx(r"\b(?:majority|govern|government|power)\b").search(lower_words(doc, sent.start, sent.end)):
            return [emit(ctx, "majority_threshold", max(sent.start, num.qstart - 3), tail + 1, "threshold-must-get", 0.75, body=body, seats=num.value)]
        return []
    if _rx(r"\b(?:plus|\+)\s*$").search(before) and _rx(r"^(?:\w+ )?(?:(?:is|are|was|were) )?(?:needed|required|necessary)\b").match(after):
        return out  # "half of the 150 seats plus one are needed": a term of the sum, not the number needed
        # (a count added to another, "41 seats plus 3 list seats", goes on to be read as a count)
    # "needs 41", "required to win 41", "it takes 41 seats to govern" (the impersonal "it takes": not "X took 41")
    need_before = _rx(r"\b(?:needs?|needed|requires?|required|it (?:takes|took|will take|would take))\b(?: (?:only|just))?(?: to (?:win|get|secure|have|reach|hold|control|bag))?(?: (?:at least|a minimum of|a total of))?\s*$").search(before)
    # ("a party needs 126 to win": winning the chamber outright, when nothing the party wins follows)
    goal_after = _rx(r"\b(?:majority|power|govern|government|form|control)\b|^(?:seats |wards )?to win\b(?!\s+(?:\w+ )?(?:seats?|wards?|votes?|\d))").search(after)
    support_of = _rx(r"\b(?:needs?|needed|requires?|required|must (?:have|win|secure)) (?:the )?(?:support|backing|votes|confidence) of(?: at least)?\s*$").search(before)
    if support_of and noun is not None:  # "a government needs the support of 76 deputies"
        return [emit(ctx, "majority_threshold", max(sent.start, num.qstart - 5), noun + 1, "threshold-support-of", 0.8, body=body, seats=num.value)]
    if support_of and nxt1 is not None and nxt1.lower_ == "of":  # "the backing of at least 76 of the 150 members"
        total = next((n for n in nums if num.end < n.start <= num.end + 3), None)
        if total is not None and total.end < sent.end and (doc[total.end].lower_ in c["seat_nouns"] | c["seat_nouns_weak"]):
            ctx.consumed.add(total.start)
            return [emit(ctx, "majority_threshold", max(sent.start, num.qstart - 5), num.end, "threshold-support-of", 0.8, body=body, seats=num.value),
                    emit(ctx, "chamber_size", num.qstart, total.end + 1, "chamber-of-total", 0.8, body=body, seats=total.value)]
    # (or the goal fronted: "To form a government, a party or coalition needs 145 seats")
    goal_before = _rx(r"^(?:in order )?to (?:form|govern|rule|control|win|secure|have|hold)\b|\bfor (?:a|an|the) (?:\w+ )?majority\b"
                      r"|^(?:control|a majority|the majority) (?:of|in) the (?:chamber|house|assembly|parliament|senate|legislature)\b").search(sent_words)
    if need_before and (goal_after or goal_before or "majority" in tb.lower[max(sent.start, num.qstart - 8) : num.qstart]):  # "a majority, which would need 57"
        return [emit(ctx, "majority_threshold", max(sent.start, num.qstart - 5), tail + 1, "threshold-needs", 0.85, body=body, seats=num.value)]
    if not need_before and _NEED_HELP_TO_REACH.search(sent_words):
        # "X will need the support of Y to reach 61 seats": the figure the party must reach, a threshold when the
        # sentence says what for, and never the count of the party whose help is needed
        if _rx(r"\b(?:majority|govern|government|power)\b").search(lower_words(doc, sent.start, sent.end)):
            return [emit(ctx, "majority_threshold", max(sent.start, num.qstart - 3), tail + 1, "threshold-need-help-to-reach", 0.75, body=body, seats=num.value)]
        return []
    # "any party with 24 seats can form the government", "a coalition with at least 75 seats in order to command a
    # majority": the seats any party would need (no party's count)
    if noun is not None and _rx(r"\b(?:any|a|every) (?:party|coalition|group|alliance|bloc|list) (?:with|holding|winning|that wins)(?: at least| a minimum of)?\s*$"
                                r"|\bcoalition with(?: at least| a minimum of)?\s*$").search(before) and \
            _rx(r"^(?:can|could|would|will|may|in order to|to) (?:\w+ )?(?:form|govern|rule|command|have|secure|hold|win|control)\b").match(
                lower_words(doc, noun + 1, min(noun + 6, sent.end))):
        return [emit(ctx, "majority_threshold", max(sent.start, num.qstart - 4), noun + 1, "threshold-any-party-with", 0.75, body=body, seats=num.value)]
    if _rx(r"^(?:(?:votes|members|deputies|mps|lawmakers) )?(?:(?:are|is|were) )?(?:needed|required|necessary) (?:for|to) (?:(?:have|hold|secure|obtain|command|get|reach|gain|achieve|establish|win|claim|keep|retain|form|control|lead|give|build|muster|deliver) )?"
           r"(?:an? |the )?(?:\w+ )?(?:majority|form|govern|control|win|power|rule)").match(after):
        # "172 needed for a majority", "289 required to have a straight majority", "31 needed to hold power"
        return [emit(ctx, "majority_threshold", num.qstart, tail + 4, "threshold-needed", 0.85, body=body, seats=num.value)]
    if noun is not None and _SHORT_OR_PAST_THE.search(before) and \
            _rx(r"^(?:needed|required|necessary)\b").match(lower_words(doc, noun + 1, min(noun + 2, sent.end))) and \
            not _rx(r"^(?:needed|required|necessary)(?: to (?:govern|rule))?\s*(?:[.;,]|$)").match(lower_words(doc, noun + 1, min(noun + 4, sent.end))):
        return []  # "short of the 12 seats required for official party status": a requirement of another kind, nobody's count
    if noun is not None and _SHORT_OR_PAST_THE.search(before) and \
            _rx(r"^(?:needed|required|necessary)(?: to (?:govern|rule))?\s*(?:[.;,]|$)").match(lower_words(doc, noun + 1, min(noun + 4, sent.end))):
        # "The X fell short of the 145 seats required.", "well above the 76 seats required": the number a majority
        # takes (nothing else named after it)
        return [emit(ctx, "majority_threshold", num.qstart, noun + 2, "threshold-short-of-required", 0.75, body=body, seats=num.value)]
    sent_before = sent_words  # (the words of the sentence before the number, read once above)
    if noun is not None and chambers.needed_bare(after, sent_before) or noun is None and chambers.needed_bare(after, "majority") and \
            _rx(r"\b(?:short of|shy of|below|under|than|above|past|beyond|over|reach|reaching|reached|hit|cross|crossed|surpass|surpassed) the\s*$").search(before):
        # (or "fell six seats short of the 61 needed.": the number needed, with the distance before it)
        # "In order to be able to form government, 28 seats are needed."
        return [emit(ctx, "majority_threshold", num.qstart, tail + 3, "threshold-needed-bare", 0.8, body=body, seats=num.value)]
    if noun is None and nxt1 is not None and nxt1.lower_ == "of":
        total = chambers.of_total_needed(after)
        if total is not None and _rx(r"\b(?:majority|govern|government|power)\b").search(lower_words(doc, sent.start, sent.end)):
            # "For an absolute majority, 289 of the 577 seats are needed": the threshold and the chamber
            tot = next((n for n in nums if num.end < n.start <= num.end + 4 and n.value == total), None)
            out = [emit(ctx, "majority_threshold", num.qstart, num.end, "threshold-of-total-needed", 0.8, body=body, seats=num.value)]
            if tot is not None:
                ctx.consumed.add(tot.start)
                out.append(emit(ctx, "chamber_size", num.qstart, tot.end + 1, "chamber-of-total", 0.8, body=body, seats=total))
            return out
    if before.endswith(("the", "a")) and (noun is None and nxt1 is not None and nxt1.lower_ in ("threshold", "mark") or noun is not None and tb.lower[noun] in ("seat", "member")) \
            and chambers.mark_after(after if noun is None else lower_words(doc, noun + 1, noun + 4), lower_words(doc, sent.start, sent.end)):
        # "far short of the 289 threshold for the absolute majority", "passed the 272 mark"
        return [emit(ctx, "majority_threshold", num.qstart, tail + 2, "threshold-n-mark", 0.8, body=body, seats=num.value)]
    if noun is not None and num.qstart > sent.start and tb.text[num.qstart - 1] == "(" and \
            chambers.majority_in_brackets(lower_words(doc, max(sent.start, num.qstart - 8), num.qstart)):
        # "far from the absolute majority (289 seats)"
        return [emit(ctx, "majority_threshold", num.qstart, noun + 1, "threshold-in-brackets", 0.75, body=body, seats=num.value)]
    if " if " in sent_before and chambers.govern_if_at_least(sent_before, lower_words(doc, num.end, min(num.end + 4, sent.end))):
        # "A party can form the government if it wins 28 seats or more"
        return [emit(ctx, "majority_threshold", num.qstart, (noun if noun is not None else num.end - 1) + 1, "threshold-govern-if", 0.8, body=body, seats=num.value)]
    if _rx(r"^(?:for|to have|to get) (?:an? )?(?:outright |absolute |clear |working |simple )?majority").match(after) and noun is not None or _rx(r"^for (?:an? )?(?:outright |absolute |clear |working |simple )?majority").match(after):
        return [emit(ctx, "majority_threshold", num.qstart, tail + 3, "threshold-for-majority", 0.8, body=body, seats=num.value)]
    if _rx(r"^(?:it|they|the party|(?:its|his|her|their) party) (?:needed|needs|required)").match(after) and noun is not None \
            and not _rx(r"^(?:\w+ ){1,2}(?:needed|needs|required) (?:about |around |roughly |some |at least |just |only )?(?:[\d.,]+ ?(?:%|per ?cent|percent)|[\d.,]+ (?:of the )?(?:votes|ballots))").match(after):
        # (not "to obtain one seat it needs about 0.25% of the vote": what the seat costs, in votes)
        out.append(emit(ctx, "majority_threshold", num.qstart, tail + 3, "threshold-it-needed", 0.7, body=body, seats=num.value))
    elif noun is not None and _rx(r"\b(?:short|shy) of(?: the)?\s*$").search(before) and half_of_chamber(ctx, num, nums, sent):
        # "won 42 seats in the 150-member House, falling short of 75 seats": a number of seats the party fell short
        # of that is half the chamber the sentence names is its majority (a number the text states, even where
        # the arithmetic of a majority would be 76)
        return [emit(ctx, "majority_threshold", num.qstart, noun + 1, "threshold-short-of-half", 0.75, body=body, seats=num.value)]
    elif noun is None and (before + " " + lower_words(doc, num.qstart, num.start)).rstrip().endswith("the") and _rx(r"^(?:that |which )?(?:it|they|the party|(?:its|his|her|their) (?:party|coalition|alliance|bloc)) "
                                                        r"(?:needed|needs|need|required|requires|require|would need) (?:for|to (?:win|have|hold|secure|get|form|command)) "
                                                        r"(?:an? |the )?(?:\w+ )?(?:majority|government)\b").match(after):
        # "far beyond the 272 they needed for a majority", "short of the 61 it needs to form a government": the
        # number named with its purpose, without a seat noun
        return [emit(ctx, "majority_threshold", num.qstart, min(sent.end, num.end + 5), "threshold-it-needed-for", 0.75, body=body, seats=num.value)]

    # ---- "in a chamber of 150", "a parliament of 400 seats", "the new Chamber of Deputies of 400 seats" (a chamber's
    # name, then "of" and the size)
    named_of = num.qstart >= 2 and tb.lower[num.qstart - 1] == "of" and any(
        e.end == num.qstart - 1 and _table(doc).body(e) for e in _table(doc).ents_in(max(sent.start, num.qstart - 8), num.qstart - 1))
    if (named_of or _rx(r"\b(?:a|the|an) (?:\w+ )?(?:chamber|house|parliament|assembly|legislature|diet|senate|council) of\s*$").search(before)) and (
        noun is not None and tb.lower[noun] in ("seats", "members", "deputies", "mps", "lawmakers", "legislators", "senators")
        or not named_of and (noun is not None or nxt1 is None or nxt1.is_punct)
    ):
        return [emit(ctx, "chamber_size", max(sent.start, num.qstart - 3), (noun if noun is not None else num.end - 1) + 1,
                      "chamber-of-n", 0.8, body=body, seats=num.value)]

    # ---- "Ghana has 275 seats in parliament": a country (or place) that "has" N seats has a chamber of N
    if noun is not None and tb.lower[noun] in ("seats", "members", "mps", "lawmakers") and num.qstart - 2 >= sent.start \
            and tb.lower[num.qstart - 1] in ("has", "have", "had") and (
                doc[num.qstart - 2].ent_type_ == "GPE" or doc[num.qstart - 2].text in _lexicon_places()) \
            and num.qstart - 2 not in ctx.party_at:
        return [emit(ctx, "chamber_size", num.qstart - 2, noun + 1, "chamber-place-has", 0.75, body=body, seats=num.value)]

    if _CANNOT_GET.search(lower_words(doc, max(sent.start, num.qstart - 12), num.qstart)):
        return out  # "it is impossible for the X to win 76", "X cannot reach 76": a figure the party will not have
    if noun is None and before.endswith("majority of"):
        return out  # "can get a majority of 61", "won with a majority of 80": a threshold or a margin, nobody's count

    # ---- changes
    if hypothetical_change(ctx, num, before) or goal_change(before):
        return []  # "could lose fifty deputies and still govern", "needed a net gain of 23 seats"
    change = change_of(ctx, num, sent, None if shared else noun, before, after)  # (a shared noun stays with its number)
    if change is not None:
        out.append(change)
        return out
    if _rx(r"^(?:seats? )?(?:more|fewer|less)(?: seats?)? than\b").match(lower_words(doc, num.end, min(num.end + 4, sent.end))):
        return out  # "one more than the X": the difference between two parties, nobody's count

    # ---- "M (seats) of (the) (X's) N seats": N is the chamber, M a count
    of_prev = of_total(ctx, num, nums, sent, noun)
    if of_prev is not None and noun is not None and (sub_chamber(ctx, noun, sent) or breakdowns.seat_category(
            doc, num.end, noun, frozenset(c["seat_categories"]))  # (a category word before the seat noun)
            or breakdowns.allotted_to(lower_words(doc, noun + 1, min(noun + 9, sent.end)))):  # ("seats allocated to the islands")
        return out  # "3 of the 10 seats in the capital region", "seven of the 10 youth seats": a part of the chamber
    own = _rx(r"^(?:it|they|the party) (?:currently |now |previously |still )?(?:holds|held|had|has|have|won)\b")
    if of_prev is not None and noun is not None and own.match(lower_words(doc, noun + 1, min(noun + 5, sent.end))):
        of_prev = None  # "kept 104 of the 118 seats it currently holds": 118 is the party's own count, not the chamber
    if of_prev is not None and noun is not None and _rx(r"^(?:that|which) ").match(lower_words(doc, noun + 1, min(noun + 3, sent.end))):
        # "68 seats out of the 99 seats that the Left Democratic Front won": the whole is a party's tally
        owner = ctx.party_right(noun + 1, sent, limit=8)
        if owner is not None and any(tb.lower[k] in c["count_verbs"] for k in range(owner.end, min(owner.end + 3, sent.end))):
            status, cue = status_of(ctx, num, sent, noun)
            return out + [count_draft(ctx, num, owner, num.qstart, owner.end + 1, rule_with_status("count-whole-that-party-won", cue), status, body, 0.75)]
    if of_prev is not None and not hasattr(ctx, "_country"):
        ctx._country = regions.country_of(doc)
    if of_prev is not None and regions.fronted_place(doc, sent.start, of_prev.qstart, ctx._country):
        return out  # "In Addu atoll, out of the 6 parliamentary seats, ...": the place's seats, not the chamber
    if of_prev is not None and noun is not None and _THAT_THEY_CONTESTED.match(lower_words(doc, noun + 1, min(noun + 6, sent.end))):
        return out  # "won 16 out of the 28 seats that they contested": the seats the party ran for, not the chamber
    if of_prev is not None:
        out.append(emit(ctx, "chamber_size", of_prev.qstart, (noun if noun is not None else num.end - 1) + 1, "chamber-of-total", 0.85,
                        body=(clause_body(ctx, noun, sent) if noun is not None else None) or body, seats=num.value))
        return out
    # ("a total of" is read as the number's qualifier, so it is not in ``before``; "the total 543 seats in
    # parliament" is the chamber too). Not after a count verb: "the party won a total of 249 seats" is its count.
    # ("of the total 580 seats": "total" after a determiner is the noun's adjective, no count verb)
    won = before.rsplit(" ", 1)[-1] in ctx.c["count_verbs"] and not before.endswith(("the total", "a total"))
    # ("There are 125 new MPs": members of a kind, a part of the chamber)
    won = won or noun is not None and any(tb.lower[k] in _MEMBER_KINDS for k in range(num.end, noun))
    if noun is not None and not won and ("total of" in lower_words(doc, num.qstart, num.start) or _rx(r"\b(?:a total of|total of|the total|there are(?: now| currently| still)?|there were|all|all of the|comprises|consists of|has|of its)\s*$").search(before)) and not ctx.party_left(num.qstart, sent) \
            and breakdowns.phase_of(lower_words(doc, sent.start, sent.end)) is None:  # (not "105 seats were determined during the third round")
        return [emit(ctx, "chamber_size", max(sent.start, num.qstart - 4), noun + 1, "chamber-total", 0.8, body=body, seats=num.value)]
    if noun is not None and _rx(r"^(?:are|were) (?:up for grabs|at stake|contested|up for election)|^(?:up for grabs|at stake)").match(after):
        return [emit(ctx, "chamber_size", num.qstart, noun + 1, "chamber-contested", 0.8, body=body, seats=num.value)]
    # the same fronted, subject after the verb: "At stake in the election were 57 seats", "Up for grabs are 90 seats"
    # ("At stake, the 109 seats of deputies in the Assembly": verbless, a comma and "the")
    if noun is not None and _rx(r"^(?:(?:and|but|so) )?(?:at stake|up for grabs|up for election)(?: (?:in|at|on)(?: [\w'’-]+){1,5}?)?(?:(?: ,)? (?:are|were|is|was)(?: a total of| all)?| , the)\s*$").match(
            lower_words(doc, sent.start, num.qstart)) and not sub_chamber(ctx, noun, sent):
        # (not "Up for grabs were 289 seats in single-seat districts and 176 ...": a part of the chamber)
        return [emit(ctx, "chamber_size", sent.start, noun + 1, "chamber-contested-fronted", 0.8, body=body, seats=num.value)]

    # ---- a results box's total row: "Total seats: 24 (previously 24)", "Seats in parliament: 101", "Total: 150 seats"
    row = lower_words(doc, ctx.line_start(num.qstart, sent), num.qstart)
    if _TOTAL_ROW.match(row) or noun is not None and _rx(r"^total\s*:\s*$").match(row):
        end = noun + 1 if noun is not None else num.end
        return [emit(ctx, "chamber_size", ctx.line_start(num.qstart, sent), end, "chamber-total-row", 0.8, body=body, seats=num.value)]

    # ---- "Taiwan's Legislature had 225 seats", "the Legislative Yuan was reduced to 113 seats"
    # (not a party whose name ends in a chamber word: "The National Democratic Congress has 134 seats")
    subject_party = ctx.party_left(num.qstart, sent)
    # (no seat noun after the number when the subject counts the seats: "The number of Assembly seats has been
    # reduced from 108 to 90")
    counted_subject = noun is None and (nxt1 is None or nxt1.is_punct) and \
        _rx(r"\bnumber of (?:[\w-]+ )?(?:seats|members|mps|deputies)\b").search(lower_words(doc, sent.start, num.qstart))
    if (noun is not None or counted_subject) and chambers.chamber_subject(
            lower_words(doc, max(sent.start, num.qstart - (14 if counted_subject else 12)), num.qstart),
            lower_words(doc, sent.start, num.qstart)) and not (
            subject_party is not None and subject_party.end >= num.qstart - 4 and not subject_party.weak):
        end = noun + 1 if noun is not None else num.end
        return [emit(ctx, "chamber_size", max(sent.start, num.qstart - 3), end, "chamber-subject", 0.8, body=body, seats=num.value)]

    # ---- "to elect 500 deputies", "vying for 150 seats", "Parliament's 150 seats": the seats being filled
    # (not "X elects only two deputies": a restricting "only" / "just" makes the number a party's small tally)
    # (a chamber's possessive right before the number holds whatever party the sentence names: "won a clear
    # majority of parliament's 500 seats")
    if noun is not None and not _rx(r"\b(?:only|just|merely|mere)\s*$").search(
            lower_words(doc, max(sent.start, num.qstart - 2), num.start)) and (
            not ctx.party_left(num.qstart, sent)
            and chambers.elects_n(lower_words(doc, sent.start, num.qstart), all_seats=tb.lower[num.qstart] == "all")
            or chambers.body_possessive(lower_words(doc, sent.start, num.qstart))):
        return [emit(ctx, "chamber_size", max(sent.start, num.qstart - 3), noun + 1, "chamber-elects-n", 0.75, body=body, seats=num.value)]

    # ---- "Of the 150 seats, the X won 61": a sentence opening with the whole of the seats
    if noun is not None and _rx(r"^(?:of|out of|among) (?:the|all(?: the)?)\s*$").match(lower_words(doc, sent.start, num.qstart)) \
            and noun + 1 < sent.end and tb.text[noun + 1] == ",":
        return [emit(ctx, "chamber_size", sent.start, noun + 1, "chamber-of-the-n-opening", 0.8, body=body, seats=num.value)]

    # ---- "won more than half of the 150 seats", "a two-thirds majority of the 300 seats": a share of a whole,
    # the whole is the chamber and nobody's count (a part of it, "half of the 12 seats in the capital", is neither)
    if noun is not None and _FRACTION_OF.search(before):
        if sub_chamber(ctx, noun, sent):
            return out
        return out + [emit(ctx, "chamber_size", max(sent.start, num.qstart - 3), noun + 1, "chamber-fraction-of", 0.75, body=body, seats=num.value)]

    # ---- "five seats each went to the X and the Y", "two each by the X and the Z": the count of every party named
    k_each = (noun + 1) if noun is not None else num.end
    each = each_right_parties(ctx, num, sent, noun) if k_each < sent.end and tb.lower[k_each] in ("each", "for", "to") and (
        noun is not None or seat_talk(ctx, sent)) else []
    if each:
        status, cue = status_of(ctx, num, sent, noun)
        return out + [count_draft(ctx, num, p, num.qstart, p.end, rule_with_status("count-each-to", cue), status, body, 0.8)
                      for p in each]

    # ---- counts with a seat noun
    if noun is not None:
        party, how = party_for(ctx, num, sent, noun)
        if party is None:
            return out
        status, cue = status_of(ctx, num, sent, noun)
        if tb.lower[noun] in ("senators", "senator"):
            body = "Senate"  # "24 senators were elected under X": the upper house, whatever the article's main body
        end = num.end if shared else noun + 1  # (a shared noun stays with its own number: "36 and 24 seats")
        one = "/one-member" if tb.lower[noun] in c["seat_nouns_one"] else ""  # "will have one MP"
        return out + [count_draft(ctx, num, party, num.qstart, end, rule_with_status(f"count-{how}{one}", cue), status, body, 0.9 if how != "previous-sentence" else 0.7)]

    # ---- elliptical counts (no seat noun): only after seat talk, and never in the thousands
    if num.value >= 1000 or not seat_talk(ctx, sent):
        return out  # "11,420 votes to 9,870 for the URP's candidate": a vote count, not seats
    of_party = ctx.party_at.get(num.end + 1) or (ctx.party_at.get(num.end + 2) if num.end + 1 < len(doc) and tb.lower[num.end + 1] == "the" else None)
    if nxt1 is not None and nxt1.lower_ == "of" and of_party is not None and of_party.start <= num.end + 2 and _rx(r"\b(?:compared|against|versus|to)\b").search(before):
        status, cue = status_of(ctx, num, sent, None)  # "24 senators ... compared to 23 of the X": the X's count
        return out + [count_draft(ctx, num, of_party, num.qstart, of_party.end, rule_with_status("elliptical-of-party", cue), status, body, 0.75)]
    if of_total(ctx, num, nums, sent, None, bare=True) is not None:
        return out  # "the X won 27 of the 80": the 80 is the whole the 27 is part of, nobody's count
    total = None
    if nxt1 is not None and nxt1.lower_ in ("of", "out"):  # the next number, by place: "M of (the) N"
        k = ctx.num_index(num)
        total = next((n for n in nums[k + 1 : k + 3] if num.end < n.start <= num.end + 5), None) if k >= 0 else None
    if nxt1 is not None and nxt1.lower_ in ("of", "out") and total is not None and any(
            t.pos_ in ("VERB", "AUX") for t in doc[num.end : total.start]):
        return out  # "One of the major victims had 19 deputies": "one" of people, not of the seats
    if nxt1 is not None and nxt1.lower_ in ("of", "out") and total is not None:
        after_total = next((k + 1 for k in range(total.end, min(total.end + 3, sent.end)) if tb.lower[k] in c["seat_nouns"]), total.end)
        if _rx(r"^(?:now |so far |already )?(?:filled|declared|called|counted|decided)\b").match(
                lower_words(doc, after_total, min(after_total + 3, sent.end))):
            # "with 98 out of 158 Dáil seats now filled": the seats decided so far, nobody's count (the whole is the
            # chamber)
            return out + [emit(ctx, "chamber_size", num.qstart, after_total, "chamber-of-total-declared", 0.75, body=body, seats=total.value)]
        needs = _rx(r"\b(?:requires?|required|needs?|needed|it takes)(?: (?:at least|a minimum of))?\s*$").search(before)
        party, how = party_for(ctx, num, sent, None) if not needs else (None, "")
        if party is not None:
            status, cue = status_of(ctx, num, sent, None)
            # (the whole's seat noun and its category end the evidence: "14 of the 15 list seats" is a category's count)
            noun_end = next((k + 1 for k in range(total.end, min(total.end + 3, sent.end)) if tb.lower[k] in c["seat_nouns"]), num.end)
            rule = rule_with_status(f"count-of-total-{how}", cue)
            level = next((tb.lower[k] for k in range(total.end, noun_end) if tb.lower[k] in _SUBNATIONAL_SEATS), None)
            if level is not None:
                # "by securing 14 of the 15 state seats": a state (provincial) assembly's count, never the national one
                body, rule = f"{level} assembly", f"{rule}/region"
            return out + [count_draft(ctx, num, party, num.qstart, noun_end, rule, status, body, 0.85)]
        if needs and _rx(r"\b(?:majority|control|govern|power)\b").search(lower_words(doc, sent.start, sent.end)):
            # "Control of the council requires 13 of the 25 seats": what control needs, the threshold ("The X needs
            # 13 of the 25 seats" is no count of the X's either)
            return out + [emit(ctx, "majority_threshold", max(sent.start, num.qstart - 2), num.end, "threshold-requires-n-of", 0.75, body=body, seats=num.value)]
        return out
    # ("with two going to independents": the participle too)
    went_to = nxt1 is not None and nxt2 is not None and nxt1.lower_ in ("went", "go", "goes", "going", "will", "were", "are", "was", "fell") and _rx(r"^(?:\w+ )?(?:go |went |going |taken |won |claimed )?(?:to|for|by) ").match(lower_words(doc, num.end, num.end + 4) + " ")
    # a word after the number ends the construction, except the words of elliptical_next and, after a previous
    # count, those of elliptical_next_previous (the status is read only when it decides)
    # "went to 99 from 77 deputies", "increased to 68 from 56": the new count, then its previous one
    to_from = nxt1 is not None and nxt1.lower_ == "from" and any(n.start in (num.end + 1, num.end + 2) for n in nums)
    # "Fianna Fáil ..., with 44 elected over the weekend": the count of candidates elected
    with_elected = nxt1 is not None and nxt1.lower_ == "elected" and before.endswith("with")
    # "against the 34 won by the IFP", "the 17 secured by the NNP": a passive participle and its agent own the count
    if nxt1 is not None and nxt2 is not None and nxt1.lower_ in _PASSIVE_COUNT and nxt2.lower_ == "by" and seat_talk(ctx, sent):
        agent = ctx.party_right(num.end + 2, sent, limit=5)
        if agent is not None and agent.start <= num.end + 3 and not agent.weak:
            status, cue = status_of(ctx, num, sent, None)
            return out + [count_draft(ctx, num, agent, num.qstart, agent.end, rule_with_status("elliptical-passive-by", cue), status, body, 0.75)]
    # "ANO 78 Up 31": a row's count, then its change column
    # ("Unity Front | 88 | +12", "Labour 20 +3": a signed figure in the next column)
    row_change = row_change_after(ctx, num.end) if nxt1 is not None and (
        nxt1.lower_ in ("up", "down") or nxt1.text in ("|", "+") or nxt1.text[:1] in ("+", "-", "\u2212", "\u2013") and nxt1.text[1:].isdigit()) else None
    # "84 seats in the Chamber of Deputies and 44 in the Senate": the elliptical count names its own chamber
    in_body = chamber_after_in(ctx, num, sent) if nxt1 is not None and nxt1.lower_ == "in" else None
    if in_body is not None:
        body = in_body
    # "The X won 40 seats. The Y will control 14 of them": a verb of winning, then "N of them", the seats named
    # in this sentence or the one before
    of_them = nxt1 is not None and nxt2 is not None and nxt1.lower_ == "of" and nxt2.lower_ == "them" \
        and num.qstart > sent.start and tb.lower[num.qstart - 1] in c["count_verbs"] and seats_named_before(ctx, num, sent)
    # "a defeat that cut its seat count to 57 compared with 230": the figure a party's own tally moved to, whatever follows
    raised = raised_possessive(doc, num, sent, c["seat_nouns"]) is not None
    other_next = nxt1 is not None and not went_to and not to_from and not with_elected and row_change is None \
        and in_body is None and not of_them and not raised and not (nxt1.is_punct or nxt1.lower_ in c["elliptical_next"])
    if other_next and nxt1.lower_ not in c["elliptical_next_previous"]:
        return out
    status, cue = status_of(ctx, num, sent, None)
    if other_next and status != "previous":
        return out
    party, how = party_for(ctx, num, sent, None, elliptical=True, previous=status == "previous")
    if party is not None and how in ("dep-subject", "verb"):
        # "X will take 40 seats and the opposition bloc only about 11": the gapped clause's own subject
        group, gapped = gapped_remnant(ctx, num, sent)
        if gapped and group is None:
            return out
        if group is not None:
            party, how = group, "gapped-remnant"
    if party is None and with_elected:
        party, how = ctx.party_left(num.qstart, sent), "with-elected"
    if party is None and num.qstart > sent.start and (tb.lower[num.qstart - 1] in c["count_verbs"] or finished_with(tb.lower, num, sent)) \
            and (nxt1 is None or nxt1.is_punct):
        # "The Greens returned six MSPs in 2016, but are now predicted to return nine": a bare number as the object
        # of a verb of winning, ending its clause, counts what the sentence's earlier count counted, for its party
        earlier = [n for n in nums if sent.start <= n.start < num.start and n.end < sent.end and tb.lower[n.end] in c["seat_nouns"]]
        if earlier and subjectless_second_clause(ctx, earlier[-1].end, num.qstart):
            party, how = party_for(ctx, earlier[-1], sent, earlier[-1].end)
            how = "parallel-verb" if party is not None else how
    if party is None and _rx(r"\bfrom [\w,]+(?: [a-z]+)? (?:down |up |back )?to\s*$").search(lower_words(doc, max(sent.start, num.qstart - 6), num.qstart)):
        # "New Unity seems to have performed the worst going from 19 MPs down to eight": the figure a count moved
        # to is the party's whose count it moved from
        earlier = [n for n in nums if sent.start <= n.start < num.start and num.qstart - n.end <= 4]
        if earlier:
            party, how = party_for(ctx, earlier[-1], sent, earlier[-1].end if tb.lower[earlier[-1].end] in c["seat_nouns"] else None)
            how = "from-to" if party is not None else how
    if party is None and _rx(r"\b(?:up|down) [\w-]+(?: seats?)? to\s*$").search(lower_words(doc, max(sent.start, num.qstart - 5), num.qstart)):
        # "the main opposition Labour Party was down two to 32": after the change, the count it moved to (the
        # party of the change)
        earlier = [n for n in nums if sent.start <= n.start < num.start and num.qstart - n.end <= 3]
        if earlier:
            party, how = party_for(ctx, earlier[-1], sent, earlier[-1].end if tb.lower[earlier[-1].end] in c["seat_nouns"] else None)
            if party is None:
                party = appositive_head(ctx, ctx.party_left(earlier[-1].qstart, sent), earlier[-1], sent)
            how = "change-to" if party is not None else how
    if party is None and num.qstart - 1 > sent.start and tb.lower[num.qstart - 1] == "from":
        # "The X's share dropped to 230 seats from 249": the figure a count moved from is the party's whose count
        # moved (the count right before "from", with its seat noun)
        earlier = [n for n in nums if sent.start <= n.start and n.end <= num.qstart - 1 and num.qstart - 1 - n.end <= 1]
        if earlier:
            e = earlier[-1]
            party, how = party_for(ctx, e, sent, e.end if tb.lower[e.end] in c["seat_nouns"] else None)
            how = "to-from" if party is not None else how
    if party is None and in_body is not None:
        # "X won 84 seats in the Chamber and 44 in the Senate": the party of the sentence's count before it
        tb_ = _table(doc)
        earlier = [n for n in nums if sent.start <= n.start < num.start and n.end < sent.end and tb_.lower[n.end] in c["seat_nouns"]]
        if earlier:
            party, how = party_for(ctx, earlier[-1], sent, earlier[-1].end)
            how = "parallel-chamber" if party is not None else how
    if party is None:
        return out
    if before.endswith("including") and _people_category_before(ctx, num, nums, sent):
        return out  # "Four women have made it to the new Parliament, including two for FAST": two of the women
    end = num.end
    if nxt1 is not None and nxt1.lower_ in ("to", "for") and how == "to-party":
        end = party.end
    if row_change is not None:
        delta, k = row_change
        ctx.consumed.add(k)  # (the change's figure is read here, never as a count of its own)
        out.append(emit(ctx, "seat_change", num.end, k + 1, "change-row-column", 0.8, party=party.name, party_text=party.text,
                        delta=delta, approximate=False, qualifier=None))
    return out + [count_draft(ctx, num, party, min(num.qstart, party.start) if how in ("dash", "colon", "verb") else num.qstart, max(end, num.end), rule_with_status(f"elliptical-{how}", cue), status, body, 0.75)]


# verbs a party ends its count "with" ("finished with just 10", "ended up with 12", "emerged with 40")
_FINISH_WITH = frozenset(("finished", "finishes", "finish", "finishing", "ended", "ends", "ending", "emerged", "emerges", "up"))


def finished_with(lower: list[str], num: Num, sent: Span) -> bool:
    """ "... took his party into the election with 70 seats and finished with just 10": "with" after a verb of finishing
    is a verb of winning for the count after it."""
    return num.qstart - 2 >= sent.start and lower[num.qstart - 1] == "with" and lower[num.qstart - 2] in _FINISH_WITH


# "the ten seats held by the X", "the 30 seats won by the Y": a party's seats, named after them
_HELD_BY = re.compile(r"^(?:(?:that|which) (?:were |had been |was )?)?(?:held|won|controlled|occupied) by\b")

# opening quotation marks ('"Out of 100 seats ...," said X': the quotation opens the clause)
_OPENING_MARKS = frozenset(('"', "\u201c", "'", "\u2018", "\u00ab"))

# words after which a new clause opens ("officials said that of the 290 seats ...")
_CLAUSE_OPENERS = frozenset(("that", ",", ";", "and", "but", "while", "whereas"))

# participles of winning that take the winner as an agent ("the 34 won by the X")
_PASSIVE_COUNT = frozenset(("won", "secured", "taken", "captured", "claimed", "gained", "held", "bagged", "garnered", "retained"))

# ("three-fifths" is three tokens, joined by spaces in the text read: "three - fifths")
_FRACTION_OF = re.compile(r"\b(?:half|(?:a|one|two|three|four)(?: ?- ?| )(?:thirds?|fifths?|quarters?|sevenths?)|"
                          r"(?:an? )?(?:absolute |simple |outright )?majority) of (?:the|all|all the)\s*$")


def _half_of_chamber_after(ctx: _Ctx, num: Num, nums: list[Num], sent: Span) -> bool:
    """``num`` is half (or half and one) of a chamber size stated after it in its sentence ("the 233 majority in the
    465-seat lower house"): a number followed by a dash and a member / seat noun."""
    doc = ctx.doc
    for n in nums:
        if n.start <= num.start or n.start >= sent.end:
            continue
        nxt = doc[n.end].text if n.end < len(doc) else ""
        nxt2 = doc[n.end + 1].lower_ if n.end + 1 < len(doc) else ""
        if n.value >= 10 and n.value // 2 <= num.value <= n.value // 2 + 1 and nxt in ("-", "\u2010", "\u2011") and nxt2 in ("member", "seat", "strong"):
            return True
    return False


def half_of_chamber(ctx: _Ctx, num: Num, nums: list[Num], sent: Span) -> bool:
    """``num`` is half (or half and one) of a chamber size stated before it in its sentence: "the 150-member
    House" or "of the 150 seats" (a number followed by a dash and a member / seat noun, or after "of the")."""
    doc = ctx.doc
    for n in nums:
        if n.start < sent.start or n.start >= num.start or n is num:
            continue
        m = n.value
        if not (m // 2 <= num.value <= m // 2 + 1) or m < 10:
            continue
        nxt = doc[n.end].text if n.end < len(doc) else ""
        nxt2 = doc[n.end + 1].lower_ if n.end + 1 < len(doc) else ""
        if nxt in ("-", "\u2010", "\u2011") and nxt2 in ("member", "seat", "strong") or lower_words(doc, max(sent.start, n.qstart - 3), n.qstart).endswith(("of the", "out of")):
            return True
    return False


def shared_seat_noun(ctx: _Ctx, num: Num, nums: list[Num], sent: Span) -> int | None:
    """ "won 36 and 24 seats", "took 12, 9 and 4 seats": a bare number coordinated with later numbers shares the
    seat noun of the last one (walked number by number: each next one right after "and", "or" or a comma)."""
    tb = _table(ctx.doc)
    cur = num
    k = ctx.num_index(num)
    for nxt in (nums[k + 1 : k + 6] if k >= 0 else []):
        gap = tb.lower[cur.end : nxt.qstart]
        if nxt.qstart >= sent.end or gap not in (["and"], [","], ["or"], [",", "and"]) or _is_year(nxt.value):
            return None
        found = seat_noun_after(ctx, nxt, sent)
        if found is not None:
            after = lower_words(ctx.doc, found + 1, min(found + 9, sent.end))
            if ctx.c.starts_near("undecided_after", after, 12) or _rx(r"^(?:remain|remaining|left|still|are|were|to be)\b").match(after):
                return None  # "the Greens four or five, and ten seats remaining too close to call": a clause of its own
            if _rx(r"^(?:(?:will|would|have|has|had) )?(?:went|go|goes|gone|fell|fall|falls) to\b").match(after):
                return None  # "the X one, and one seat went to an independent": the last number opens a clause of its own
            return found
        cur = nxt
    return None


# the words that make a chamber's seats a state's or province's ("the 15 state seats")
_SUBNATIONAL_SEATS = frozenset(("state", "provincial", "regional"))


def chamber_after_in(ctx: _Ctx, num: Num, sent: Span) -> str | None:
    """The chamber named right after "in (the)" following the number ("44 in the Senate"), else None; only after
    an earlier count of the sentence with a seat noun ("84 seats in the Chamber of Deputies and 44 in the
    Senate")."""
    tb = _table(ctx.doc)
    k = num.end + 1
    k += 1 if k < sent.end and tb.lower[k] == "the" else 0
    ent = next((e for e in tb.ents_in(k, min(k + 6, sent.end)) if e.start == k and tb.body(e)), None)
    if ent is None:
        return None
    earlier = [n for n in ctx.nums if sent.start <= n.start < num.start and n.end < sent.end and tb.lower[n.end] in ctx.c["seat_nouns"]]
    return tb.body(ent) if earlier else None


# the words a count verb and the number it governs may have between them ("won 134 of the 250", "won from nine")
_WON_GAP = frozenset(("the", "of", "out", "a", "total", "just", "only", "all", "from", "in", "over", "some", "about"))


class _NumAt:
    """The one-token number at ``i``, as ``_won_weak_units`` reads it."""

    def __init__(self, i: int):
        self.qstart = i


def _won_weak_units(ctx: _Ctx, num, sent: Span) -> bool:
    """A count verb governs the number across only determiners, "of" and other numbers: "The X has won 134 of
    the 250 wards", "won from nine wards" (a council's units a party wins stand for its seats); not "won the
    support of 40 members" (a noun between)."""
    doc, lower = ctx.doc, _table(ctx.doc).lower
    k = num.qstart - 1
    while k >= sent.start and k > num.qstart - 7 and (lower[k] in _WON_GAP or doc[k].like_num):
        k -= 1
    return k >= sent.start and k < num.qstart - 0 and lower[k] in ctx.c["count_verbs"] and doc[k].pos_ in ("VERB", "AUX")


def seat_talk(ctx: _Ctx, sent: Span) -> bool:
    """A seat noun in this sentence, the five before it or the next one (a headline elides "seats"). The rows of a
    results list ("VVD 33 (41)", "PVV 20 (15)", one per line) are one unit: every row is seat talk when the list's
    first row is, however long the list."""
    k = ctx.sent_of[sent.start]
    first = last = k
    if ctx.table_region(sent.start) is not None:
        return True  # a row of a table of counts by place (the table's headings break its rows into short runs)
    tb = _table(ctx.doc)
    pairs = sum(1 for j in range(sent.start + 1, sent.end - 1)
                if tb.text[j] == ":" and ctx.doc[j + 1].like_num and any(r.end == j for r in ctx.parties))
    if pairs >= 3:
        return True  # "Coalition: 72, Labour: 70, Independents: 4, Green: 1": a results line of party-colon-figure items
    if list_row(ctx, k):
        while first > 0 and list_row(ctx, first - 1):
            first -= 1
        while last + 1 < len(ctx.sents) and list_row(ctx, last + 1):
            last += 1
        if last - first >= 2 and ctx.seat_sentences():
            return True  # three rows or more, each a party and a whole number, in an article about seats
    window = range(max(0, first - 5), min(k + 2, len(ctx.sents))) if k > 0 else range(min(4, len(ctx.sents)))
    if not ctx.seat_sentences().isdisjoint(window):
        return True
    # "The X has won 134 of the 250 wards": a weak seat noun a count verb wins is seat talk too (read once per sentence)
    cache = ctx.__dict__.setdefault("_weak_unit_talk", {})
    if sent.start not in cache:
        cache[sent.start] = any(tb.lower[j] in ctx.c["seat_nouns_weak"] and ctx.doc[j - 1].like_num
                                and _won_weak_units(ctx, _NumAt(j - 1), sent) for j in range(sent.start + 1, sent.end))
    return cache[sent.start]


def _bracket_pairs(ctx: _Ctx, sent: Span) -> int:
    """How many "N (M)" or "N seats (M)" pairs the sentence holds (whole numbers, M bare in its brackets)."""
    tb = _table(ctx.doc)
    n = 0
    for j in range(sent.start + 1, sent.end - 2):
        if tb.text[j] == "(" and tb.text[j + 2] == ")" and tb.text[j + 1].isdigit() and (
                tb.text[j - 1].isdigit() or tb.lower[j - 1] in ctx.c["seat_nouns"] and j >= 2 and tb.text[j - 2].isdigit()):
            n += 1
    return n


def split_in_brackets(ctx: _Ctx, num: Num) -> bool:
    """ "40 (31-9)": ``num`` is the bracketed pair "31-9" (read as one range, or as its first figure before a dash and a
    second figure) right after another count."""
    tb = _table(ctx.doc)
    k = num.qstart
    if k < 2 or tb.text[k - 1] != "(" or ctx.num_ending_at(k - 1) is None:
        return False
    end = num.end
    if num.upper is None:
        if not (end + 2 < len(tb.text) and tb.text[end] in DASHES and ctx.doc[end + 1].like_num):
            return False
        end += 2
    return end < len(tb.text) and tb.text[end] == ")"


def bracketed_parts(ctx: _Ctx, num: Num, sent: Span, body: str | None) -> list[dict[str, Any]]:
    """ "Green Party: 40 (31-9)": when the two bracketed figures add up to the row's count, each is a part of the
    party's seats (two categories the row does not name: kept apart from its total as the first and the second
    bracketed part); otherwise nothing."""
    tb = _table(ctx.doc)
    count = ctx.num_ending_at(num.qstart - 1)
    if num.upper is not None:
        a, b, b_at = num.value, num.upper, None
    else:
        second = next((n for n in ctx.nums if n.qstart == num.end + 1), None)
        if second is None:
            return []
        a, b, b_at = num.value, second.value, second
    party = ctx.party_left(count.qstart, sent) if count is not None else None
    if party is None or count.qstart - party.end > 3 or a + b != count.value:
        return []
    status, cue = status_of(ctx, count, sent, None)
    out = [count_draft(ctx, Num(num.start, num.start + 1, a, num.qstart), party, num.qstart, num.start + 1,
                       rule_with_status("count-bracketed-part", cue), status, breakdowns.breakdown_body(body, "first bracketed"), 0.7)]
    if b_at is not None:
        ctx.consumed.add(b_at.start)
        b_num = b_at
    else:
        b_num = Num(num.end - 1, num.end, b, num.end - 1)
    out.append(count_draft(ctx, Num(b_num.start, b_num.end, b, b_num.qstart), party, b_num.qstart, b_num.end,
                           rule_with_status("count-bracketed-part", cue), status, breakdowns.breakdown_body(body, "second bracketed"), 0.7))
    return out


def previous_in_row(ctx: _Ctx, num: Num, sent: Span) -> PartyRef | None:
    """The party of a results row whose count ``num`` follows in brackets ("Green Front 12 (9)": 9), else None."""
    tb = _table(ctx.doc)
    k = num.qstart
    if k - 2 < sent.start or num.end >= len(tb.text) or tb.text[k - 1] != "(" or tb.text[num.end] != ")":
        return None
    count = ctx.num_ending_at(k - 1)
    noun = None
    if count is None and k - 2 >= sent.start and tb.lower[k - 2] in ctx.c["seat_nouns"]:
        noun = k - 2  # "will have 42 seats (45)"
        count = ctx.num_ending_at(k - 2)
    if count is None or count.start < sent.start:
        return None
    if not list_row(ctx, ctx.sent_of[sent.start]) or noun is not None:
        # "The CDU will have 42 seats (45), the AfD 40 (38), the SPD 10 (10)": in a sentence that lists two
        # counts or more each followed by a bare figure in brackets, the bracket holds the party's earlier count
        if _bracket_pairs(ctx, sent) < 2:
            return None
        party = ctx.party_left(count.qstart, sent)
        if party is None or count.qstart - party.end > 3:
            return None
        return party
    first = sent.start + 1 if tb.lower[sent.start] == "the" else sent.start
    party = ctx.party_at.get(first)
    if party is None or party.end != count.qstart and not all(tb.text[j] in (":", "-", "–", "—") or tb.text[j].isspace()
                                                           for j in range(party.end, count.qstart)):
        return None
    return party




def number_party_list(ctx: _Ctx, num: Num, sent: Span) -> bool:
    """ "The new senate consists of 33 X, 27 Y and 18 others", "61 Labour, 40 National": a list of numbers each
    right before a party's name, with nothing after the name but a comma, "and" or the end of the sentence;
    true when another number of the sentence is such an item too (one "In 2019 Labour ..." is no list)."""
    tb = _table(ctx.doc)
    if _line_item(ctx, num, sent):
        # "156 Liberals" alone on its line, under "THE RESULTS": an item of a list of such lines when the line
        # before or after is one too
        k = ctx.sent_of[sent.start]
        at = ctx.num_index(num)
        for j, other in ((k - 1, ctx.nums[at - 1] if at > 0 else None), (k + 1, ctx.nums[at + 1] if 0 <= at < len(ctx.nums) - 1 else None)):
            if 0 <= j < len(ctx.sents):
                other = other if other is not None and ctx.sents[j].start <= other.start < ctx.sents[j].end else None
                if other is not None and _line_item(ctx, other, ctx.sents[j], weak=True):
                    return True
    for n in ctx.nums:
        if n is num or not (sent.start <= n.start < sent.end):
            continue
        p = ctx.party_at.get(n.end)
        if p is None or p.start != n.end or p.weak or _is_year(n.value):
            continue
        if p.end >= sent.end or tb.text[p.end] in (",", ".", ";", ")") or tb.lower[p.end] == "and":
            return True
    return False


def _line_item(ctx: _Ctx, num: Num, sent: Span, weak: bool = False) -> bool:
    """The number opens its line and a party's name right after it ends the line ("156 Liberals"); ``weak``: a
    name of party shape only will do (the neighbour of a line whose name is a known party's)."""
    tb = _table(ctx.doc)
    p = ctx.party_at.get(num.end)
    if p is None or p.start != num.end or p.weak and not weak or _is_year(num.value) or num.qstart != ctx.line_start(num.qstart, sent):
        return False
    k = p.end
    while k < len(tb.text) and k < sent.end and tb.text[k] in (".", ";", ","):
        k += 1
    return k >= sent.end or k >= len(tb.text) or "\n" in tb.text[k]


def _people_category_before(ctx: _Ctx, num: Num, nums: list[Num], sent: Span) -> bool:
    """An earlier number of the sentence counts people of a category, not seats ("Four women", "three newcomers"): the
    noun after it is a plural common noun that is no seat noun and no party."""
    tb = _table(ctx.doc)
    earlier = [n for n in nums if sent.start <= n.start < num.start]
    if not earlier:
        return False
    k = earlier[-1].end
    return k < sent.end and ctx.doc[k].tag_ == "NNS" and tb.lower[k] not in ctx.c["seat_nouns"] and k not in ctx.party_at


# the words that make members a part of the chamber: "125 new MPs", "40 women MPs"
_MEMBER_KINDS = frozenset(("new", "newly", "first-time", "female", "women", "woman", "male", "young", "returning", "incumbent",
                           "re-elected", "independent", "opposition", "ruling"))
# "the 28 seats (that) they contested", "the 19 seats it fought": seats a party ran for
_THAT_THEY_CONTESTED = re.compile(r"^(?:that |which )?(?:it|they|the party|the alliance)(?: had)? (?:contested|fought|ran (?:in|for)|stood in|fielded candidates in)\b")


_SIZE_IN_TEXT = re.compile(r"\b(\d{2,4})[- ](?:seat|member|strong)\b|\b(?:out )?of (?:the |a total of |all )?(\d{2,4}) seats\b")


def majority_margin(ctx: _Ctx, num: Num) -> bool:
    """ "will give the X a majority of one seat, with 61 out of 121 seats": the figure after "majority of" is the margin
    over half the chamber when it is at most half of a chamber size the article states ("121-seat", "of 121 seats"),
    or, with no size stated, five or fewer (no chamber is that small); else it is the party's count ("a majority of
    61 seats")."""
    if not hasattr(ctx, "_sizes_in_text"):
        ctx._sizes_in_text = [int(a or b) for a, b in _SIZE_IN_TEXT.findall(_table(ctx.doc).doc_text.lower())]
    sizes = [n for n in ctx._sizes_in_text if n >= 10]
    return num.value * 2 <= max(sizes) if sizes else num.value <= 5


def score_second(ctx: _Ctx, num: Num, nums: list[Num]) -> bool:
    """ "Among the 60 senators X won 33 to 27", "beat Y 33 to 27": the second number of a score "N to M" (M not
    above N, else it is a range "230 to 240") is the other side's, not the subject's; "went from 40 to 52" and
    "fell from 62 to 51" are a count and its new value (``changes.from_n_to_m``)."""
    tb = _table(ctx.doc)
    k = num.qstart - 1
    if k < 1 or tb.lower[k] != "to":
        return False
    n = next((x for x in nums if x.end == k), None)
    # (the "from" may stand a word or two before N: "a drop from the pre-election 44 to 37")
    return n is not None and n.value >= num.value and "from" not in tb.lower[max(0, n.qstart - 5) : n.qstart]


_SEAT_TALLY_OF = re.compile(r"\b(?:seat|seats)\s+(?:count|tally|total|haul)\s+of(?: (?:just|only|a mere))?\s*$")


# "the halfway mark in the 150-seat chamber is", "the majority threshold for the new assembly stands at"
_MARK_OF_THE_CHAMBER_IS = re.compile(r"\b(?:majority (?:mark|threshold)|half(?: ?- ?)?way (?:mark|point)|magic number) (?:in|for|of) "
                                     r"(?:the|a|an|this) [^.;:]{1,40}? (?:is|stands at|lies at|is set at)\s*$")


def _seat_tally_of(ctx: _Ctx, num: Num, sent: Span, body: str | None) -> dict[str, Any] | None:
    """ "The X will form the opposition with a reduced seat count of 31", "The X's seat total of 31 is its lowest":
    a number after "seat count / tally / total / haul of" is a party's count: the possessor's, else the party of
    its clause before it."""
    tb = _table(ctx.doc)
    before = lower_words(ctx.doc, max(sent.start, num.qstart - 5), num.qstart)
    if not _SEAT_TALLY_OF.search(before):
        return None
    noun = num.qstart - 1
    while noun > sent.start and tb.lower[noun] not in ("seat", "seats"):
        noun -= 1
    owner = None
    if noun - 1 > sent.start and tb.text[noun - 1] in ("'s", "\u2019s", "'", "\u2019"):
        owner = ctx.party_left(noun - 1, sent)
        owner = owner if owner is not None and owner.end == noun - 1 else None
    # "Its final seat tally of 99 seats": the party "its" stands for (the subject before it, else the sentence before's)
    its = next((j for j in range(noun - 1, max(sent.start, noun - 4) - 1, -1) if tb.lower[j] in ("its", "their")), None)
    if owner is None and its is not None:
        owner = possessive_antecedent(ctx, sent, its)
    if owner is None:
        owner = ctx.party_left(noun, sent)
    if owner is None:
        return None
    status, cue = status_of(ctx, num, sent, None)
    return count_draft(ctx, num, owner, noun, num.end, rule_with_status("count-seat-tally-of", cue), status, body, 0.75)


_SCORE_NOUNS = frozenset(("majority", "edge", "advantage", "lead", "margin"))


def score_counts(ctx: _Ctx, num: Num, nums: list[Num], sent: Span, body: str | None) -> list[dict[str, Any]] | None:
    """ "The Republicans maintained a 22-16 edge in the State Senate", "hold a 58-52 majority", "a 65-55 advantage
    over the Y": a score "N-M" before a noun of being ahead gives the clause's party N seats and, when "over" names
    the other side, that party M (N not below M: the leader's figure comes first). Not a vote ("a 52-48 majority
    of votes") nor a score with no party before it."""
    tb = _table(ctx.doc)
    k = num.end
    if k + 2 >= sent.end or tb.text[k] not in ("-", "\u2013", "to"):
        return None
    second = next((x for x in nums if x.qstart == k + 1 and x.start == k + 1), None)
    if second is None or second.value > num.value or num.value > 700:
        return None
    j = second.end
    if j < sent.end and tb.lower[j] in ("seat", "-"):
        j += 1
    if j < sent.end and tb.lower[j] == "seat":
        j += 1
    if j < sent.end and tb.lower[j] in _SCORE_NOUNS and tb.lower[num.qstart - 1] in ("a", "an", "the", "its", "their"):
        pass
    else:
        return _won_by_score(ctx, num, second, sent, body)
    if _rx(r"^of (?:the )?(?:votes?|ballots?|voters)\b").match(lower_words(ctx.doc, j + 1, min(j + 4, sent.end))):
        return None
    lead = ctx.party_left(num.qstart, sent)
    if lead is None:
        return None
    status, cue = status_of(ctx, num, sent, None)
    out = [count_draft(ctx, num, lead, num.qstart, j + 1, rule_with_status("count-score", cue), status, body, 0.75)]
    ctx.consumed.add(second.start)
    if j + 1 < sent.end and tb.lower[j + 1] == "over":
        other = ctx.party_right(j + 1, sent, limit=4)
        if other is not None and other.name != lead.name:
            out.append(count_draft(ctx, second, other, second.qstart, other.end, rule_with_status("count-score-over", cue), status, body, 0.75))
    return out


_SCORE_WINS = re.compile(r"\b(?:won|wins|win|took|takes|taken|carried|carries|swept|sweeps|clinched) the (?:\w+ )?(?:election|elections|vote|poll|polls|race|contest)\s*$"
                         r"|\b(?P<beat>beat|beats|beaten|defeated|defeats|trounced|edged|routed)\s*$")


def _won_by_score(ctx: _Ctx, num: Num, second: Num, sent: Span, body: str | None) -> list[dict[str, Any]] | None:
    """ "the X had taken the election 23-18", "the X beat the Y 23-18": a score after a verb of winning the election
    (or of beating a party) gives the winner, its subject, the first figure; the beaten party named right before
    the score the second (the second figure of "took the election 23-18" names no party: it is nobody's here)."""
    tb = _table(ctx.doc)
    before = lower_words(ctx.doc, max(sent.start, num.qstart - 8), num.qstart)
    beaten = None
    if num.qstart - 1 in ctx.party_at:  # "beat the Y 23-18": the beaten party between the verb and the score
        beaten = ctx.party_at[num.qstart - 1]
        before = lower_words(ctx.doc, max(sent.start, beaten.start - 6), beaten.start).removesuffix(" the").removesuffix("the")
    m = _SCORE_WINS.search(before)
    if m is None or (beaten is None) == bool(m.group("beat")):
        return None
    first_word = beaten.start if beaten is not None else num.qstart
    lead = ctx.party_left(first_word, sent)
    if lead is None or (beaten is not None and lead.name == beaten.name):
        return None
    status, cue = status_of(ctx, num, sent, None)
    out = [count_draft(ctx, num, lead, num.qstart, second.end, rule_with_status("count-score-won", cue), status, body, 0.75)]
    ctx.consumed.add(second.start)
    if beaten is not None:
        out.append(count_draft(ctx, second, beaten, second.qstart, second.end, rule_with_status("count-score-beaten", cue), status, body, 0.75))
    return out


# "made up of", "comprising", "consists of": what follows lists the parts of a bloc or a total
_COMPOSED = re.compile(r"\b(?:made up of|comprising|comprises|comprise|consisting of|consists of|composed of|includes|including|drawn from)\b")


def composition_counts(ctx: _Ctx, num: Num, sent: Span) -> list[dict[str, Any]] | None:
    """ "The 46 is made up of 22 from the X, five from the Y and one each from the Z, the W and the V": in a sentence
    that lists the parts of a bloc or total, "N from (the) X" is X's count, and "N each from X, Y and Z" the count of
    each party listed; None when the number is no such part ("won 22 seats from the X": seats taken from a party
    are a change, and no listing word frames the sentence)."""
    tb = _table(ctx.doc)
    k = num.end
    each = k < sent.end and tb.lower[k] in ("each", "apiece")
    k += 1 if each else 0
    if k >= sent.end or tb.lower[k] != "from":
        return None
    k += 1
    first = ctx.party_at.get(k + 1 if k < sent.end and tb.lower[k] == "the" else k)
    if first is None or not _COMPOSED.search(lower_words(ctx.doc, sent.start, num.qstart)):
        return None
    parties = [first]
    j = first.end
    while each and j < sent.end:  # "one each from the Z, the W and the V"
        if tb.lower[j] not in (",", "and") or j + 1 >= sent.end:
            break
        j += 1
        if tb.lower[j] == "and" and j + 1 < sent.end:
            j += 1  # (", and the V")
        if tb.lower[j] == "the" and j + 1 < sent.end:
            j += 1
        nxt = ctx.party_at.get(j)
        if nxt is None or nxt.start < j - 1:  # (a name may take its "the" with it)
            break
        parties.append(nxt)
        j = nxt.end
    status, cue = status_of(ctx, num, sent, None)
    if cue == "previous-from":
        status, cue = "result", None  # (the "from" of the list's parts is no "up from" of an earlier count)
    body = ctx.body_in(sent) or ctx.body_in_paragraph(sent) or ctx.main_body
    rule = rule_with_status("count-from-party" + ("/owner:each" if each else ""), cue)
    drafts = [count_draft(ctx, num, p, num.qstart, p.end, rule, status, body, 0.75) for p in parties]
    for d in drafts:
        # the party's members within the bloc, not necessarily all its seats: a category of its own (the checks
        # never hold it against the party's total)
        d["body"] = f"{d.get('body') or 'chamber'} (a bloc's members)"
        d["rule"] += "/breakdown"
    return drafts


def camp_count(ctx: _Ctx, num: Num, sent: Span) -> dict[str, Any] | None:
    """ "72 pro-independence MSPs sit in the parliament", "the 45 anti-austerity deputies": a count whose seat noun is
    qualified by the camp its members stand for ("pro-" / "anti-" and a word) is the camp's parties' together, never
    a party's."""
    tb = _table(ctx.doc)
    k = num.end
    if k + 3 >= sent.end or tb.lower[k] not in ("pro", "anti") or tb.text[k + 1] not in DASHES or not tb.text[k + 2].isalpha() \
            or tb.lower[k + 3] not in ctx.c["seat_nouns"]:
        return None
    words = f"{tb.text[k].capitalize()}-{tb.lower[k + 2]}"
    ref = PartyRef(k, k + 3, f"{words} parties", ctx.doc[k : k + 3].text)
    status, cue = status_of(ctx, num, sent, k + 3)
    body = ctx.body_in(sent) or ctx.body_in_paragraph(sent) or ctx.main_body
    d = count_draft(ctx, num, ref, num.qstart, k + 4, rule_with_status("count-camp", cue), status, body, 0.75)
    # (the camp's members are counted in the parties' own counts: a category of its own, never summed with them)
    d["body"] = f"{d.get('body') or 'chamber'} (a camp's members)"
    d["rule"] += "/breakdown"
    return d


_AUX_OPENERS = frozenset(("is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may", "might", "should", "looks", "look", "seems", "seem"))


def subjectless_second_clause(ctx: _Ctx, lo: int, hi: int) -> bool:
    """Between tokens ``lo`` and ``hi`` a second clause of the same subject opens: "and" / "but" then straight its
    verb or auxiliary ("..., but are now predicted to return nine", "and is expected to take nine"); not a clause
    with a subject of its own ("with the coalition likely to secure more than 20", "the Y ... will get 67")."""
    tb = _table(ctx.doc)
    conj = [k for k in range(lo, hi) if tb.lower[k] in ("and", "but")]
    if not conj or any(k in ctx.party_at for k in range(lo, hi)):
        return False
    k = conj[-1] + 1
    while k < hi and tb.lower[k] in ("now", "still", "then", "also", "only"):
        k += 1
    return k < hi and (tb.lower[k] in _AUX_OPENERS or ctx.doc[k].pos_ == "VERB")
