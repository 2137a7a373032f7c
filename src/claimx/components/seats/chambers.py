"""Stage 2, what a number counts: chambers and thresholds in the forms the older constructions miss.

Each function takes the lower-case words of the number's sentence before it (``before``; the caller cuts
them at the sentence start) and says whether the construction holds:

- ``elects_n``: "to elect 500 deputies", "voters choose all 150 members", "4,000 candidates are vying for
  150 seats", "voting takes place in 543 constituencies": the number of seats being filled is the chamber (only when no party is the subject: "the X
  elected 40 deputies" is a count, which the caller checks);
- ``body_possessive``: "Parliament's 150 seats", "the assembly's 120 members";
- ``generic_must_win``: "to govern alone, a party must win at least 76 seats" (a rule, not a party's count);
- ``absolute_majority_of``: "commands an absolute majority of 180 members" (the majority as a size), but not
  "won an absolute majority of 180 seats" (a party's count).

Thresholds in the forms reporters use beyond "N needed for a majority" (the caller has the words after the
number, or after its seat noun, as ``after``):

- ``needed_bare``: "In order to form a government, 28 seats are needed." (the goal before, nothing after);
- ``of_total_needed``: "289 of the 577 seats are needed": N is the threshold, M the chamber;
- ``mark_after``: "the 289 threshold for an absolute majority", "the 272 mark" in a sentence about a majority;
- ``majority_in_brackets``: "far from the absolute majority (289 seats)";
- ``govern_if_at_least``: "A party can form a government if it wins 28 seats or more".

``of_total`` finds the count M when a number is the N of "M of the N seats"; ``sub_chamber`` tells
"3 of the 10 seats in the capital region" (a part of the chamber) from a chamber.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ...doctext import doc_text
from .context import Num, _Ctx, _table, lower_words

_ELECT = re.compile(r"\b(?:elect|elects|electing|choose|chooses|choosing|chose|fill|fills|filling|renew|renews|renewing|"
                    # ("Voters elected 217 members of the assembly": the voters filled the chamber; "X elected 99
                    # deputies" is a party's count)
                    r"(?:voters|electors|citizens|the electorate) (?:have |had |will )?(?:elected|picked)|"
                    r"(?:vying|competing|competed|vie|vied|compete|running|run|ran|contesting|battling|battled|fought) for|"
                    r"contesting|contest|contests|contested|fighting for|at stake in|"
                    r"(?:vote|votes|voted|voting|polls?|elections?) (?:\w+ ){0,3}?for|"
                    r"(?:takes|took|take) place in|(?:held|polling|voting|polls|elections?) in)"
                    r"(?: (?:all|all of the|all the|the))?\s*$")
_BODY_POSS = re.compile(r"\b(?:parliament|assembly|house|senate|chamber|legislature|congress|diet|council|commons) ['’]s?\s*$")
_MUST = re.compile(r"\b(?:a|any|each|every) (?:party|coalition|alliance|bloc|candidate|government)s? (?:\w+ ){0,2}"
                   r"(?:must|has to|would have to|will have to|needs to|need to|should|would need to|will need to) (?:win|secure|get|hold|control|have|gain)"
                   r"(?: (?:at least|a minimum of|more than|over))?\s*$")
_GOAL = re.compile(r"\b(?:majority|alone|govern|government|power|control)\b")
_ABS_MAJ = re.compile(r"\b(?:an?|the) (?:absolute|outright|simple|overall|clear|two-thirds|two - thirds|three-fifths|qualified|constitutional) majority of\s*$")
_COUNT_VERB = re.compile(r"\b(?:won|win|wins|winning|secured|secures|took|takes|gained|captured|has|had|holds|held|with|by|"
                         r"maintains|maintained|retains|retained|keeps|kept)\b")


_GOVERN_GOAL = re.compile(r"\b(?:majority|govern|governing|government|power|rule|control)\b")
_NEEDED = re.compile(r"^(?:(?:are|is|were|was|will be|would be) )?(?:needed|required|necessary)(?: (?:for|to) \w+)?\s*(?:$|[.,;:)])")
_OF_TOTAL_NEEDED = re.compile(r"^of (?:the|all|all the|its) ([\d,]+) (?:\w+ )?(?:seats|members|mps|deputies|lawmakers|legislators|senators)"
                              r"(?: (?:in|of) (?:the )?[\w ]{1,30}?)? (?:are|is|were|will be|would be) (?:needed|required|necessary)\b")
_MARK_AFTER = re.compile(r"^(?:seat |member )?(?:majority )?(?:threshold|mark)\b")
# ("would not reach the necessary absolute majority (176 seats)": up to two words before "majority")
_MAJ_BRACKETS = re.compile(r"\b(?:the|an?) (?:(?:absolute|simple|outright|overall|working|clear|bare|governing|parliamentary|necessary|"
                           r"required|needed) ){0,2}majority \($")
_IF_WIN = re.compile(r"\b(?:a|any) (?:party|coalition|bloc|alliance|group)s? (?:\w+ ){0,2}(?:can|could|will|would|may) "
                     r"(?:form|govern|rule|lead)\b[^.;]{0,40}? if (?:it|they|a party) (?:wins?|gets?|secures?|obtains?|has|have|holds?|controls?)"
                     r"(?: at least)?\s*$")
_OR_MORE = re.compile(r"^(?:(?:seats?|members|mps|deputies) )?or more\b|^or more (?:seats|members|mps|deputies)\b")


def needed_bare(after: str, sentence_before: str) -> bool:
    """ "In order to be able to form government 28 seats are needed.": the number and its seat noun are needed,
    nothing follows, and the sentence names the goal before (form a government, govern, a majority)."""
    return bool(_NEEDED.match(after)) and bool(_GOVERN_GOAL.search(sentence_before))


def of_total_needed(after: str) -> int | None:
    """ "289 of the 577 seats are needed (for an absolute majority)": the chamber's size M, else None."""
    m = _OF_TOTAL_NEEDED.match(after)
    return int(m.group(1).replace(",", "")) if m else None


def mark_after(after: str, sentence: str) -> bool:
    """ "the 289 threshold for the absolute majority", "the 272 mark", "the 61-seat majority mark" in a
    sentence about a majority or governing (not "the 5 per cent threshold" for entering parliament)."""
    return bool(_MARK_AFTER.match(after)) and bool(_GOVERN_GOAL.search(sentence)) and not re.search(r"\b(?:percent|per cent|enter)\b|%", sentence)


def majority_in_brackets(before: str) -> bool:
    """ "far from the absolute majority (289 seats)": the majority's size in brackets."""
    return bool(_MAJ_BRACKETS.search(before))


def govern_if_at_least(before: str, after: str) -> bool:
    """ "A party can form a government if it wins 28 seats or more": a rule for any party."""
    return bool(_IF_WIN.search(before)) and bool(_OR_MORE.match(after))


# a partial vote fills only some of the chamber's seats: "supplementary elections will be held in 46 constituencies",
# "by-elections in 12 seats", "a re-run in two constituencies"
_PARTIAL_VOTE = re.compile(r"\b(?:supplementary|by-?\s?-?\s?elections?|by-?polls?|re-?\s?-?\s?runs?|repeat|rerun|postponed|remaining|outstanding|fresh)\b")


# "Voters elected all 120 deputies": a past election verb fills the chamber when "all" (read as the number's
# qualifier, so not in ``before``) says every seat; "the party elected 40 deputies" is its count
_ELECTED_ALL = re.compile(r"\b(?:elected|chose|filled|returned)\s*$")


def elects_n(before: str, all_seats: bool = False) -> bool:
    """The words before a number fill the chamber's seats ("to elect 500 deputies", "vying for 150 seats";
    with ``all_seats``, "elected all 120 members")."""
    return bool(_ELECT.search(before) or all_seats and _ELECTED_ALL.search(before)) and not _PARTIAL_VOTE.search(before)


def body_possessive(before: str) -> bool:
    return bool(_BODY_POSS.search(before))


def generic_must_win(before: str, sentence: str) -> bool:
    return bool(_MUST.search(before)) and bool(_GOAL.search(sentence))


def absolute_majority_of(before: str, party_named: bool = True) -> bool:
    """ "the absolute majority of 289 seats": the threshold, unless a count verb of the clause gives it to a party
    ("X won an absolute majority of 70 seats"). "with" counts only after a party: "Voters elect 135 deputies, with an
    absolute majority of 68 seats" (no party named before the number) gives the threshold."""
    m = _ABS_MAJ.search(before)
    # (the count verb of the clause, not one before "(", "short of" or "than": "won 245 seats (44 seats short of the
    # absolute majority of 289 seats)" names the majority's size)
    clause = re.split(r",|\(|\bshort of\b|\bthan\b|\bfrom\b|\bbelow\b|\babove\b", before[: m.start()])[-1] if m else ""
    verbs = _COUNT_VERB.findall(clause)
    return bool(m) and not (verbs and (party_named or any(v != "with" for v in verbs)))


_FRACTION = re.compile(r"^(\d{1,4})/(\d{1,4})$")


def seat_fraction(token_text: str) -> tuple[int, int] | None:
    """ "Iron Guild: 32/72": a party's seats out of the chamber's, written as one fraction token; (32, 72) when
    the part is at most the whole (not a date such as "12/10" read the other way: the caller wants a party
    before it)."""
    m = _FRACTION.match(token_text)
    if not m:
        return None
    n, total = int(m.group(1)), int(m.group(2))
    return (n, total) if 0 <= n <= total and total >= 5 else None


# the words of a chamber's name, and the phrases of a chamber resized, that the patterns below share
_CHAMBER_NAMES = "legislature|parliament|assembly|house|senate|chamber|congress"
_CHAMBER = f"(?:{_CHAMBER_NAMES})"
_RESIZED = r"(?:was|has been|had been|will be|is being) (?:reduced|cut|expanded|enlarged|increased|decreased|raised)(?: from [\w,]+)? to"

# "Taiwan's Legislature had 225 seats", "the Legislative Yuan was reduced to 113 seats", "the assembly was expanded
# from 25 to 35 seats", "the chamber will have 150 seats": a chamber noun as the subject of a verb of having or
# resizing
# ("the National Assembly of Zambia has 156 seats": the chamber's name with its country; "the lower chamber of the
# Kazakh Parliament consisting of 107 deputies")
_CHAMBER_SUBJECT = re.compile(rf"\b(?:{_CHAMBER_NAMES}|body|diet|yuan|council|bundestag|knesset|sejm|riksdag|duma"
                              r"|(?:the|total) number of (?:[\w-]+ )?(?:seats|members|mps|deputies))"
                              r"(?: of (?:the )?[a-z][\w-]*(?: [a-z][\w-]*)?)?"
                              # ("the Parliament is unicameral and has 128 members": a predicate adjective between)
                              # ("the Senate, which as of next March will have 50 members": a time adverbial after "which")
                              r"(?: , (?:which|that)(?: (?:as of|from|after|in|by|since) (?:next |last |this )?[a-z0-9]+(?: [0-9]+)?)?"
                              r"| (?:is|was) [a-z]+ and)? (?:now |then |still )?(?:has|had|have|will have|would have|"
                              rf"{_RESIZED}|grew to|shrank to|is made up of|was made up of|comprised|comprises"
                              r"|(?:is |was )?(?:consisting|consists|composed|comprising) of)\s*$")


# after the N of "M seats out of the N ...": words that make N the whole at stake
_WHOLE_AFTER = re.compile(r"^(?:up for grabs|at stake|available|on offer|being contested|contested)\b")


# "the parliament is made up of 65 members but it was increased to 69 MPs": "it" resized, the chamber named
# earlier in the sentence (no full stop or semicolon between)
_IT_RESIZED = re.compile(rf"\b{_CHAMBER}\b[^.;]*\bit {_RESIZED}\s*$")


def chamber_subject(before: str, sentence_before: str = "") -> bool:
    """ "Taiwan's Legislature had 225 seats", "the legislature, which has 150 members,", "the number of seats was
    increased to 71", "... but it was increased to 69 MPs" (``sentence_before``: the sentence up to the number):
    the chamber's own size."""
    return bool(_CHAMBER_SUBJECT.search(before) or sentence_before and _IT_RESIZED.search(sentence_before))


def _in_chamber_after(ctx: _Ctx, num: Num, sent: Span) -> bool:
    """ "won 99 seats out of 167 in the National Assembly": N is followed by the chamber it is the whole of ("in" and
    a chamber the article names, or a chamber noun)."""
    doc = ctx.doc
    k = num.end
    if k + 1 >= sent.end or doc[k].lower_ != "in":
        return False
    k += 1 + (1 if doc[k + 1].lower_ == "the" else 0)
    if k >= sent.end:
        return False
    tb = _table(doc)
    ents = tb.ents_in(k, sent.end)
    return bool(ents) and ents[0].start == k and bool(tb.body(ents[0])) or tb.lower[k] in ctx.c["chamber_nouns"]


def of_total(ctx: _Ctx, num: Num, nums: list[Num], sent: Span, noun: int | None, bare: bool = False) -> Num | None:
    """The count M when ``num`` is the N of "M (seats) (out) of (the) (X's) N seats", "M out of a total N seats";
    N without its seat noun only when M has one and nothing follows N in its clause ("won 31 seats out of 120,").
    With ``bare``, any "M of (the) N" ("won 27 of the 80"): N is the whole M is a part of, whatever follows."""
    doc = ctx.doc
    # (N may also be followed by what says it is the whole: "75 seats out of the 193 up for grabs")
    if noun is None and not bare and not (num.end >= sent.end or doc[num.end].is_punct and doc[num.end].text not in ("-", "–", "—", "(")
                                          or _WHOLE_AFTER.match(lower_words(doc, num.end, min(num.end + 3, sent.end)))
                                          or _in_chamber_after(ctx, num, sent)):
        return None
    j = num.qstart - 1
    # skip "the", a possessive ("Quebec's", "the province's"), "all", "a total"
    while j > sent.start:
        if doc[j].lower_ in ("'s", "’s") and j - 1 > sent.start and j > num.qstart - 3:
            j -= 2  # the possessor, whatever it is: "of the province's 87 ridings"
            # (described: "18 of the Caribbean nation's 21 legislative seats", "of the island nation's 21")
            while j > sent.start and j > num.qstart - 6 and doc[j].pos_ in ("ADJ", "PROPN", "NOUN") and doc[j].lower_ not in ("of", "the"):
                j -= 1
        elif doc[j].lower_ == "total" and doc[j - 1].lower_ in ("a", "the"):
            j -= 2  # "83 out of a total 93 seats", "37 MPs out of the total 63"
        elif doc[j].lower_ in ("the", "all", "its", "their") or doc[j].ent_type_ in ("GPE", "ORG", "NORP") and j > num.qstart - 4:
            j -= 1
        else:
            break
    if j <= sent.start or doc[j].lower_ != "of":
        return None
    k = j - 1
    if doc[k].lower_ == "out":
        k -= 1
    had_noun = False
    while k > sent.start and doc[k].lower_ in ctx.c["seat_nouns"] | {"house", "parliamentary"}:
        k -= 1
        had_noun = True
    if noun is None and not had_noun and not bare:
        return None
    for n in nums:
        if n.end - 1 == k:
            return n
    return None


def sub_chamber(ctx: _Ctx, noun: int, sent: Span) -> bool:
    """ "seats in the capital region", "seats in Harbour Province": the seats of a part of the country."""
    doc = ctx.doc
    j = noun + 1
    if j >= sent.end or doc[j].lower_ not in ("in", "from", "across"):
        return False
    words = lower_words(doc, j + 1, min(j + 5, sent.end)).split()
    if words and words[0] == "the":
        words = words[1:]
    # (not "the 88 seats in the state parliament": a chamber noun names the chamber itself)
    return any(w in ctx.c["sub_chamber_after"] for w in words[:4]) and not any(w in ctx.c["chamber_nouns"] for w in words[:4])


# the nouns of single-member districts: in a mixed system "won 20 out of 26 constituencies" counts the district
# seats only, a part of the chamber
_DISTRICT_NOUNS = re.compile(r"\b(?:constituenc(?:y|ies)|districts?|ridings?|electorates?|wards?|divisions?)\b")


def drop_subset_totals(ctx: _Ctx, drafts: list[dict]) -> None:
    """The M of "N of M" is a part of the chamber, not the chamber, when the article states the chamber's size
    another way and that size is larger, and either the two are in one sentence ("won 35 out of 44 constituencies,
    bringing its total to 41 seats out of the 60-member assembly") or M counts districts ("20 out of 26
    constituencies" beside "the 35-member body"): the district seats of a mixed system."""
    stated = [d for d in drafts if d["type"] == "chamber_size" and not d["rule"].endswith("chamber-of-total")]
    if not stated:
        return
    text = doc_text(ctx.doc)

    def sentence_at(char: int) -> int | None:
        span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
        return ctx.sent_of[span.start] if span is not None else None

    for d in [d for d in drafts if d["type"] == "chamber_size" and d["rule"].endswith("chamber-of-total")]:
        for s in stated:
            if s["seats"] <= d["seats"] or (s.get("body") and d.get("body") and s["body"] != d["body"]):
                continue
            same_sent = sentence_at(s["start"]) == sentence_at(d["start"])
            if same_sent or _DISTRICT_NOUNS.search(text[d["start"] : d["end"]].lower()):
                drafts.remove(d)
                break
