"""Stage 2, what a number counts: seat changes in the forms the older change constructions miss.

``change_before_after(before, after)`` takes the lower-case words of the number's clause before it and the
words after the number (and its seat noun) and returns (sign, construction) or None:

- "increased its tally by nine seats", "fell by 15", "went up by nine", "saw its count drop by 15": a
  movement verb, then "by" right before the number;
- "the vote cost the X 15 seats", "has lost her party about 20 seats": a loss inflicted on an object;
- "lost 15 of its 55 seats": the first number of "lost N of its M" (M is the previous count);
- "X's losses amounted to 15 seats", "its gains totalled nine": a change noun as the subject;
- "won nine more seats than last time / than in 2019": a comparison with an earlier election (a
  comparison with another party, "nine more seats than the Y", is no change).

``change_of`` is the stage's decision for one number (the forms above, "a gain of N", "(down 6)",
"N more than last time", "lost / gained N seats", "is up two", "were down five on 57", "won 10 seats from X",
"lost two in the final count", a run "gained ten, seven and three"), ``hypothetical_change`` drops "could lose N
and still govern", and ``up_from_previous`` reads a bare "up / down from N" after a count as that party's previous
count. A gain verb reports a tally, not a change, when its seats are a share of a whole ("gained 31 seats out of
120"), the count is running ("has so far picked up 73") or the sentence frames a tally with no word of comparison
("according to the final results, X gained 268 seats, followed by ..."): ``gain_as_count``; "scooped up 32
seats" is a verb of taking, not "up 32 seats".
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span

from ...doctext import doc_text
from .lists import THE_N_PARTIES
from .context import Num, PartyRef, _Ctx, _rx, _table, count_draft, emit, lower_words, rule_with_status
from .owners import appositive_head, both_previous, in_aside, starts_with_pronoun
from .status import lead_before, status_of

_UP = r"(?:increased|increases|increase|increasing|rose|rise|rises|rising|risen|grew|grow|grows|growing|climbed|climb|climbs|jumped|jump|jumps|improved|improve|improves|improving|went up|goes up|go up|gone up|up)"
_DOWN = r"(?:fell|fall|falls|falling|fallen|dropped|drop|drops|dropping|declined|decline|declines|decreased|decrease|decreases|shrank|shrink|shrinks|slipped|slip|slips|slumped|slump|reduced|cut|went down|goes down|go down|gone down|down)"
# a hedge between the verb and its number: "rose by about 12", "lost nearly 20"
_HEDGE = r"(?: (?:about|around|some|nearly|almost|roughly|just|only|at least|more than))?"
_HEDGE_PLAIN = r"(?: (?:about|around|some|nearly|almost|roughly|just|only))?"
_BY_UP = re.compile(rf"\b{_UP}\b(?: [\w'’]+){{0,4}}? by{_HEDGE}\s*$")
_BY_DOWN = re.compile(rf"\b{_DOWN}\b(?: [\w'’]+){{0,4}}? by{_HEDGE}\s*$")
# "cost the Marsh Party 15 seats", "cost it 15 seats", "lost her party 20 seats", "lost the alliance 20 seats"
# "increased its AMs from the 2007 election by four", "increase their number of Assembly Members by two": a verb of
# rising or falling, the party's own seats or tally as its object (read up to seven words), then "by N"
_BY_OBJECT = re.compile(rf"\b({_UP}|{_DOWN})\b (?:its|their) ((?:[\w'’-]+ ){{1,7}}?)by{_HEDGE}\s*$")
_COST = re.compile(r"(?:\b(?:cost|costs|costing) (?:the |its |their |his |her )?(?:[\w'’]+ ){0,3}?[\w'’]+"
                   r"|\b(?:lost|lose|loses|losing) (?:the|its|their|his|her) (?:party|alliance|coalition|bloc|front))"
                   r"(?: (?:about|around|some|nearly|almost|roughly|at least|more than))?\s*$")
# ("lost one of seven seats it had won": the whole without a determiner, a number word or figure then a seat noun)
_LOST_OF = re.compile(r"^(?:seats? )?of (?:its |their |the |(?=(?:\d+|[a-z]+) (?:seats|mps|members|deputies)\b))")
_LOSS_SUBJECT = re.compile(r"\b(?:losses|loss|gains|gain|net gain|net loss)(?: \w+)? (?:amounted to|amount to|totalled|totaled|total|totals|came to|reached|were|was|stood at)(?: (?:about|around|some|nearly|almost))?\s*$")
# "nine more seats than last time", "nearly 30 constituency seats fewer than the 218 in 2017" (its own earlier
# count named, then when: a comparison with itself, not with another party)
# (any word for the seats' holders stands for seats here: "five more MPs", "two fewer deputies than before")
_HOLDERS = r"(?:seats?|mps|deputies|members|lawmakers|legislators|representatives|mandates|councillors)"
_MORE_THAN_BEFORE = re.compile(r"^(?:(?:constituency|district|list|regional|pr|party-list) )?(?:seats? )?(more|fewer|less)(?: " + _HOLDERS + r")? than "
                               r"(?:(?:(?:it|they) (?:won|had|got|held|did) |the [\d,]+ (?:(?:seats?|it (?:won|had|got|held)) )?)?(?:last time|in (?:19|20)\d\d|in the (?:last|previous|prior|past)|at the (?:last|previous)|before|previously|(?:four|five|three|two) years ago)"
                               # "five more seats than the one seat it had obtained in 2018": the party's own earlier
                               # count, named by a clause whose subject is the party ("it", "they"), whatever the time
                               r"|(?:the )?[\w,-]+ (?:seats? )?(?:that )?(?:it|they) (?:had )?(?:won|had|got|held|obtained|secured|took|taken|claimed))")


# the words that introduce the party a figure is compared with: "the same number as the", "more than", "behind"
_COMPARED_WITH = re.compile(r"\b(?:as|than|behind|ahead of)(?: the)?\s*$")


def _right_owner(ctx: _Ctx, end: int, sent: Span) -> PartyRef | None:
    """The party after the change, unless it is the one the figure is compared with ("a loss of four, which gave
    them the same number as the Y")."""
    right = ctx.party_right(end, sent)
    if right is not None and _COMPARED_WITH.search(lower_words(ctx.doc, end, right.start)):
        return None
    return right


def _opening_participle_of_its(sent: Span, num: Num) -> bool:
    """The number stands in a participle clause opening the sentence ("Despite losing two of them, ...") whose main
    clause's subject is "its" / "their" something: the clause's subject, the party, is the one named before."""
    words = [t for t in sent[:3] if not t.is_punct]
    opening = next((t for t in words[:2] if t.tag_ == "VBG"), None)
    if opening is None or opening.i > num.start:
        return False
    comma = next((t.i for t in sent if t.text == "," and t.i > num.start), None)
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and (comma is None or c.i > comma)), None)
    return subj is not None and any(c.lower_ in ("its", "their") for c in subj.children)


def _pronoun_subject_before(doc: Doc, sent: Span, num: Num) -> bool:
    """ "it" / "they" is a subject in the sentence before the number: a clause about the party of the sentence
    before ("While it finished with 30 seats fewer ...")."""
    return any(t.lower_ in ("it", "they") and t.dep_ in ("nsubj", "nsubj:pass") for t in doc[sent.start : num.qstart])
# "That is", "This represents", "It means": a sentence whose subject is the previous sentence's figure
_DEMONSTRATIVE_OPENING = re.compile(r"^(?:that|this|it) (?:is|was|represents|represented|means|meant|amounts to|marks)\b")
_SIGN_WORD = re.compile(r"\b(minus|plus)\s*$")
_VERB_SINCE_NEG = re.compile(rf"\b(?:lost|losing|lose|loses|shed|shedding|dropped|dropping){_HEDGE_PLAIN}\s*$")
_VERB_SINCE_POS = re.compile(rf"\b(?:gained|gaining|gain|gains|added|adding){_HEDGE_PLAIN}\s*$")
_SINCE = re.compile(r"^(?:seats? |mandates? )?(?:since|compared (?:with|to)|on (?:its|their|the) (?:last|previous|20\d\d))\b")


def change_before_after(before: str, after: str, lost_verb_before: bool = False) -> tuple[int, str] | None:
    """(+1 / -1, construction) when the number is a seat change by one of the constructions above, or
    "minus seven seats" / "plus three", or "losing eight since 2019" (a change verb and a time reference)."""
    m = _SIGN_WORD.search(before)
    if m:
        return (-1 if m.group(1) == "minus" else 1), "change-sign-word"
    if _SINCE.match(after) and _VERB_SINCE_NEG.search(before):
        return -1, "change-since"
    if _SINCE.match(after) and _VERB_SINCE_POS.search(before):
        return 1, "change-since"
    if _BY_UP.search(before):
        return 1, "change-by"
    if _BY_DOWN.search(before):
        return -1, "change-by"
    if _LOSS_SUBJECT.search(before):
        return (-1 if "loss" in _LOSS_SUBJECT.search(before).group(0) else 1), "change-noun-subject"
    m = _MORE_THAN_BEFORE.match(after)
    if m:
        return (1 if m.group(1) == "more" else -1), "change-more-than-before"
    if lost_verb_before and _LOST_OF.match(after):
        return -1, "change-lost-of"
    if lost_verb_before and _LOST_TO.match(after):
        return -1, "change-lost-to"
    return None


# "it lost one to the Greens", "lost two seats to Labour": the seats a party lost to another, its change (the
# other's gain, not the other's count)
_LOST_TO = re.compile(r"^(?:seats? |mandates? )?to (?:the |a |an )?(?!be\b|have\b|fall\b|leave\b|\d)[a-z]")


def _than_party(ctx: _Ctx, k: int, sent: Span) -> bool:
    """The phrase after "more than" at token ``k`` names a party ("one more than the X", "five more than the
    pro-independence X"): its determiner and modifiers (hyphenated ones too) may stand before the party's name;
    a comma, a preposition ("than in 2021") or a verb ends the phrase."""
    tb = _table(ctx.doc)
    for i in range(k, min(k + 6, sent.end)):
        if i in ctx.party_at:
            return True
        w = tb.lower[i]
        if w in ("in", "at", "on", "last", "before", "previously", ",", ";", "(") or ctx.doc[i].pos_ in ("VERB", "AUX", "NUM"):
            return False
    return False


def inflicted_loss(before: str) -> bool:
    """ "cost the X 15 seats", "lost her party about 20 seats": a loss whose object names the party."""
    return bool(_COST.search(before))


_COMPARATIVES = frozenset(("more", "fewer", "less"))


def _distance_to_need(ctx: _Ctx, start: int, sent: Span) -> bool:
    """The compared figure is a requirement, not the party's earlier count: "nine fewer than the 61 needed",
    "two more than required", "five fewer than a majority requires"."""
    words = lower_words(ctx.doc, start, min(start + 5, sent.end)).split()
    return any(w in ctx.c["need_words"] or w in ("necessary", "majority", "threshold") for w in words)


# "won 10 seats from Labour", "took three seats from the X": the seats a party took from another
_WIN_FROM_VERBS = frozenset(("won", "wins", "win", "winning", "took", "takes", "take", "taking", "captured", "seized", "snatched", "grabbed"))


_PICK_VERBS = frozenset(("picked", "picks", "pick", "picking"))
_FLIP_VERBS = frozenset(("flipped", "flips", "flip", "flipping", "gained", "gains", "gain", "gaining"))


def taken_from(ctx: _Ctx, num: Num, sent: Span, noun: int) -> PartyRef | None:
    """The party that held the seats a verb of taking took: "captured 50 seats held by Labour", "picked up 2
    Conservative seats", "flipped three Republican seats".  Those seats are the taker's gain (a change), not the
    holder's count nor the taker's tally.  Returns the holder, or None."""
    tb = _table(ctx.doc)
    prev = tb.lower[num.qstart - 1] if num.qstart > sent.start else ""
    if prev == "up" and num.qstart - 2 >= sent.start and tb.lower[num.qstart - 2] in _PICK_VERBS:
        prev = "picked"
    if prev not in _WIN_FROM_VERBS and prev not in _FLIP_VERBS and prev != "picked":
        return None
    p = ctx.party_at.get(num.end)
    if p is not None and p.end == noun and p.end - p.start <= 2:
        return p  # "2 Conservative seats": the party word before the seat noun names who held them
    if _rx(r"^(?:(?:previously|formerly|once|then) )?held by\b").match(lower_words(ctx.doc, noun + 1, min(noun + 4, sent.end))):
        return ctx.party_right(noun + 1, sent, limit=5)
    return None


def against_estimate(ctx: _Ctx, num: Num, sent: Span) -> bool:
    """ "The PVV stands at 37, up one from the previous forecast", "each got one seat less than in the first
    projection": the comparison right after the number (a comparison word, then an earlier forecast, projection,
    exit poll or count) makes it a revision between two estimates of this election, not a seat change."""
    words = lower_words(ctx.doc, num.end, min(num.end + 9, sent.end))
    m = _AGAINST_EARLIER.match(words)
    return bool(m) and ctx.c.any_word("forecast_nouns").match(m.group(1)) is not None


# the comparison after a change's number ("(seat) less than in the first ...", "from the previous ...",
# "compared to the earlier ..."), with an ordinal or "previous"-like word: group 1 is the word after it
_AGAINST_EARLIER = re.compile(r"^(?:seats? |mps? |deputies |mandates? )?(?:more |fewer |less )?(?:than |from |compared (?:to|with) |on |over )(?:in |at )?"
                              r"(?:the |its |their |an? )?(?:previous|first|initial|earlier|last|latest|prior|preliminary|original|initially reported) "
                              r"((?:exit )?\w+)")


def bare_change_next(ctx: _Ctx, num: Num, sent: Span) -> bool:
    """ "National has lost two in the final results", "Labour and the Greens each picked up one", "losing two of them":
    a change verb's bare number (its seat noun left out) followed by a place, a time, "each" or "of them" (seats named
    just before); the verb must stand right before it."""
    tb = _table(ctx.doc)
    if num.end >= sent.end or num.qstart <= sent.start:
        return False
    prev = tb.lower[num.qstart - 1]
    verb = prev in ctx.c["change_neg"] or prev in ctx.c["change_pos"] or prev == "up" and num.qstart - 2 >= sent.start and tb.lower[num.qstart - 2] in ("picked", "picks", "pick")
    if verb and num.end + 1 < sent.end and tb.lower[num.end : num.end + 2] == ["of", "them"]:
        # "The X held 46 seats. Despite losing two of them, ...": "them" stands for seats named in this sentence or
        # the one before
        k = ctx.sent_of[sent.start]
        lo = ctx.sents[k - 1].start if k > 0 else sent.start
        return any(w in ctx.c["seat_nouns"] for w in tb.lower[lo : num.qstart])
    if verb and tb.lower[num.end] in ("and", "but", "while", "whereas"):
        # "The Liberals lost 7 seats, the PCs gained 7, the NDP gained 1 and there will be 2 independents": a list of
        # changes whose seat noun was given once, earlier in the sentence
        return any(w in ctx.c["seat_nouns"] for w in tb.lower[sent.start : num.qstart])
    return verb and tb.lower[num.end] in ("in", "at", "on", "across", "each", "apiece", "since", "compared", "more", "extra", "additional", "net")


def _change_by_object(ctx: _Ctx, num: Num, sent: Span) -> tuple[int, str] | None:
    """(+1 / -1, "change-by-object") for "increased its AMs from the 2007 election by four", "increase their number
    of Assembly Members by two", "cut its tally by 12": the object between the verb and "by" is the party's own
    seats, members or tally (not "increased its share of the vote by four": a share is no seat figure)."""
    m = _BY_OBJECT.search(lower_words(ctx.doc, max(sent.start, num.qstart - 12), num.qstart))
    if m is None:
        return None
    words = m.group(2).split()
    if "share" in words or "percent" in words or not any(
            w in ctx.c["seat_nouns"] or w in ("number", "tally", "total", "count", "members", "representation") for w in words):
        return None
    return (1 if re.fullmatch(_UP, m.group(1)) else -1), "change-by-object"


def change_of(ctx: _Ctx, num: Num, sent: Span, noun: int | None, before: str, after: str) -> dict[str, Any] | None:
    doc, c = ctx.doc, ctx.c
    tb = _table(doc)
    if against_estimate(ctx, num, sent):
        return None  # "up one from the previous forecast": a revised estimate, not a change against the last election
    prev = tb.lower[num.qstart - 1] if num.qstart > sent.start else ""
    prev2 = lower_words(doc, max(sent.start, num.qstart - 2), num.qstart)
    delta = None
    rule = None
    end = (noun + 1) if noun is not None else num.end
    # the change forms of the ``changes`` stage: "fell by 15", "cost the X 15 seats", "lost 15 of its 55 seats",
    # "its losses amounted to 15", "nine more seats than last time"
    hit = change_before_after(before, lower_words(doc, num.end, min(num.end + 10, sent.end)), prev in ("lost", "lose", "loses", "losing", "shed", "shedding"))
    if hit is None:
        hit = _change_by_object(ctx, num, sent)
    if hit is None and noun is not None and inflicted_loss(before):
        hit = (-1, "change-inflicted")
    if hit is None and noun is not None and prev in _WIN_FROM_VERBS:
        k = noun + 1 + (2 if lower_words(doc, noun + 1, noun + 3) == "so far" else 0)
        k += 1 if k < sent.end and tb.lower[k] == "from" else -10_000
        k += 1 if 0 <= k < sent.end and tb.lower[k] == "the" else 0
        if 0 <= k < sent.end and k in ctx.party_at:
            hit = (1, "change-won-from")  # "won 10 seats (so far) from Labour": seats taken from another party
    holder = taken_from(ctx, num, sent, noun) if hit is None and noun is not None else None
    if holder is not None:
        hit = (1, "change-taken-from")  # "captured 50 seats held by Labour", "picked up 2 Conservative seats"
    if hit is not None:
        if hit[1] in ("change-won-from", "change-taken-from"):  # the subject, by the parse first: not "X made inroads on Labour seats and won 10 seats from Labour"
            owner = ctx.owner(num)
            loser = holder or ctx.party_right(end, sent, limit=6)
            left = [r for r in ctx.parties if sent.start <= r.start and r.end <= num.qstart and (loser is None or r.name != loser.name)]
            party = owner if owner is not None and owner.start < num.qstart and (loser is None or owner.name != loser.name) else (left[-1] if left else None)
        else:
            party = appositive_head(ctx, ctx.party_left(num.qstart, sent), num, sent) or ctx.owner(num) or _right_owner(ctx, end, sent)
        if party is not None and in_aside(ctx, party, num, sent):
            return None  # "the alliance, which contested under the X banner, gained 113 seats": the X is not the subject
        if party is None and _rx(r"\b(?:her|his|their|its) (?:party|alliance|coalition)\b").search(before):
            # "Mrs Voss's gamble has lost her party about 20 seats": the party of a leader named in the sentence,
            # else the party named before
            leader = next((ctx.leader_of[w.rstrip(".")] for w in tb.lower[sent.start : num.qstart] if w.rstrip(".") in ctx.leader_of), None)
            party = PartyRef(num.qstart, num.qstart, leader, leader) if leader else ctx.previous_party(sent)
        if party is None and starts_with_pronoun(sent):
            party = ctx.previous_party(sent)
        if party is None and _DEMONSTRATIVE_OPENING.match(lower_words(doc, sent.start, min(sent.start + 4, sent.end))):
            # "The X will get 150 seats. That is 25 fewer seats than in the previous legislature": the demonstrative
            # stands for the count of the sentence before, and so for its party
            party = ctx.previous_party(sent)
        if party is None and _pronoun_subject_before(doc, sent, num):
            # "While it finished with 30 seats fewer than the 218 in 2017, ...": the pronoun subject of a clause
            # that opens with a conjunction is the party of the sentence before
            party = ctx.previous_party(sent)
        if party is None:
            return None
        if hit[1] == "change-lost-of":  # "lost 15 of its 55 seats": 55 is the party's previous count
            total = next((n for n in ctx.nums if num.end < n.start <= num.end + 4), None)
            if total is not None:
                ctx.consumed.add(total.start)
                t_end = total.end + (1 if total.end < sent.end and tb.lower[total.end] in c["seat_nouns"] else 0)
                ctx.extra.append(count_draft(ctx, total, party, total.qstart, t_end, "count-lost-of-its/status:previous", "previous", ctx.body_in(sent) or ctx.main_body, 0.75))
            elif "all" in tb.lower[max(sent.start, num.qstart - 1) : num.start]:
                # "the Greens lost all six of their seats": the seats lost are all it had, its previous count
                ctx.extra.append(count_draft(ctx, num, party, num.qstart, end, "count-lost-all-of-its/status:previous", "previous", ctx.body_in(sent) or ctx.main_body, 0.75))
        return emit(ctx, "seat_change", max(sent.start, num.qstart - 1), end, hit[1], 0.8, party=party.name, party_text=party.text,
                     delta=hit[0] * num.value, approximate=num.approximate, qualifier=num.qualifier)
    coordinated = coordinated_change(ctx, num, sent, noun)
    if coordinated is not None:
        return coordinated
    m = None
    if not _COMPARATIVES.isdisjoint(tb.lower[num.end : num.end + 2]):  # the pattern's "more" is one of the next two words
        m = _rx(r"^(?:seats? )?(more|fewer|less)(?: " + _HOLDERS + r")? than\b").match(lower_words(doc, num.end, num.end + 4))
    # "Four years later, the Conservatives have 67 fewer seats": a comparative with no "than" compares with the
    # party's own earlier count (not "needs 12 more seats", "12 more seats to win", "12 more than the X")
    bare = None
    if m is None and not _COMPARATIVES.isdisjoint(tb.lower[num.end : num.end + 1]):
        bare = _rx(r"^(more|fewer|less) " + _HOLDERS +
                   r"(?: (?!to\b|for\b|than\b|needed\b|short\b|in order\b)[\w'’]+| ?[,.;]|$)").match(
            lower_words(doc, num.end, min(num.end + 3, sent.end)))
        if bare and (_rx(r"\b(?:needs?|needed|needing|requires?|required|must|another|would|could|win|wins|winning)\b").search(before)
                     or lead_before(before)):
            bare = None  # ("is leading in 22 more seats": a lead in more seats, no change)
    paren = num.qstart - 2 >= sent.start and tb.text[num.qstart - 2] == "("
    noun_of = before.rstrip().endswith("of")  # each "a gain of" pattern below ends with "of"
    if noun_of and c.noun_of("change_nouns_pos").search(before):
        delta, rule = num.value, "change-noun"  # "made a gain of seven", "a gain of twelve that..."
    elif noun_of and c.noun_of("change_nouns_neg").search(before):
        delta, rule = -num.value, "change-noun"
    elif prev in ("up", "down") and noun is None and _UP_DOWN_ON.match(lower_words(doc, num.end, min(num.end + 3, sent.end))) \
            and num.qstart - 2 >= sent.start and tb.lower[num.qstart - 2] in ("were", "was", "is", "are", "been", "finished", "ended", "came", "is"):
        delta, rule = (num.value if prev == "up" else -num.value), "change-up-down-on"  # "were down five on 57": -5, the count 57
    elif prev in ("up", "down") and noun is None and num.qstart - 2 >= sent.start and tb.lower[num.qstart - 2] in ("is", "are", "was", "were", "be", "been") \
            and not (_rx(r"^(?:seats? )?(?:to|from)\b(?! (?:the )?(?:last|previous)\b| (?:\w+ ){0,2}years? ago\b| (?:19|20)\d\d\b)").match(
                lower_words(doc, num.end, min(num.end + 5, sent.end)))
                     # ("was down two to 32": the change, then the count it brought the party to)
                     and not (num.end + 1 < sent.end and tb.lower[num.end] == "to" and any(n.qstart == num.end + 1 for n in ctx.nums))):
        delta, rule = (num.value if prev == "up" else -num.value), "change-is-up-down"  # "Sinn Féin is up two, and Fine Gael is up three"
    elif prev in ("up", "down") and noun is None and (paren or num.qstart - 2 >= sent.start and tb.text[num.qstart - 2] == ","):
        delta, rule = (num.value if prev == "up" else -num.value), "change-paren-up-down"  # "58 seats (down 6)", "four MPs, up one"
    elif prev == "(" and noun is None and num.end + 1 < sent.end and tb.lower[num.end] in ("up", "down") and tb.text[num.end + 1] == ")":
        # "with 12 seats (one up)": the change written before its direction, in brackets
        delta, rule, end = (num.value if tb.lower[num.end] == "up" else -num.value), "change-paren-n-up-down", num.end + 2
    elif prev in ("up", "down") and noun is None and _rx(r"^from (?:the |its |their )?(?:[\d,]+|[a-z]+(?:-[a-z]+)?)\b").match(
            lower_words(doc, num.end, min(num.end + 4, sent.end))) and tb.lower[num.qstart - 2] not in ("went", "go", "goes", "gone", "rose", "fell"):
        # "kept its seat totals down 3 from the 20 they held": a change from an earlier count named after it (not
        # "went up from 3 to 9", a count moving between two figures)
        delta, rule = (num.value if prev == "up" else -num.value), "change-up-down-from"
    elif (n_up := _N_UP_DOWN_ON.match(lower_words(doc, num.end, min(num.end + 6, sent.end)))) and (noun is None or noun == num.end) \
            and (prev in (",", "(", "is", "are", "was", "were") or tb.text[num.qstart - 1] in (",", "(")
                 or prev in _FINISH_VERBS or num.qstart > sent.start and ctx.doc[num.qstart - 1].pos_ == "VERB"):
        # "won 89 seats, 21 up on April", "the Greens are four seats down on the last election": the change, written
        # after its number, against an earlier result
        delta = num.value if n_up.group(1) == "up" else -num.value
        rule, end = "change-n-up-down-on", num.end + len(n_up.group(0).split())
    elif m and _than_party(ctx, num.end + len(m.group(0).split()), sent):
        return None  # "37 seats, one more than the X": a comparison with another party, not a change
    elif m and _distance_to_need(ctx, num.end + len(m.group(0).split()), sent):
        return None  # "nine fewer than the 61 needed": a distance to a threshold, not a change
    elif m and not _rx(r"\b(?:won|got|win|secured)\s*$").search(before) or m and noun is None:
        delta = num.value if m.group(1) == "more" else -num.value
        rule, end = "change-more-than", num.end + len(m.group(0).split())
    elif bare:
        delta = num.value if bare.group(1) == "more" else -num.value
        rule, end = "change-more-fewer", num.end + 2
    elif noun is not None or (num.end < len(doc) and (doc[num.end].is_punct or "\n" in doc[num.end].text)) or bare_change_next(ctx, num, sent):
        if prev in c["change_neg"] or prev2.endswith("gave up") or _rx(r"\b(?:lost|lose|shed|losing)(?: a further| another| an additional)?\s*$").search(before):
            # "dropped 59." with no noun after seat talk: a change, when a change or an earlier count of the same
            # kind comes before it in the sentence ("have 67 fewer seats while the NDP have dropped 59"); alone,
            # a bare "dropped N" stays unread as a change
            if prev in ("dropped", "drop", "drops") and noun is None and not _rx(
                    r"\b(?:fewer|more|less|lost|gained|dropped|shed|picked up|down|up)\b").search(before):
                return None
            delta, rule = -num.value, "change-verb"
        elif prev in c["change_pos"] or _rx(r"\b(?:picked up|picks up|pick up|won an additional|won another|gained a further|added another|adds another)\s*$").search(before):
            if prev in ("gains", "gained", "gain") and ctx.sent_of[num.start] == 0:
                # headlines: "X gains 159 seats" is a count, unless the article gives X another result and never
                # this one ("Progressive Party gains five seats" ... "gaining 13 seats": a change; see component)
                ctx.headline_gains.add(num.start)
                return None
            if gain_as_count(ctx, num, sent, before):
                return None  # "gained 31 seats out of 120", "has so far picked up 73 seats": a tally, not a change
            delta, rule = num.value, "change-verb"
        elif noun_of and _rx(r"\b(?:a|an|its|their|the|net) (?:gain|increase|rise|jump|pickup)s? of\s*$").search(before):
            delta, rule = num.value, "change-noun"
        elif noun_of and _rx(r"\b(?:a|an|its|their|the|net) (?:loss|drop|decline|fall|decrease|reduction|slump)s? of\s*$").search(before):
            delta, rule = -num.value, "change-noun"
        elif prev in ("up", "down") and noun is not None and not _rx(r"^(?:from|to)\b").match(lower_words(doc, num.qstart - 2, num.qstart - 1)):
            if prev == "up" and num.qstart - 2 >= sent.start and tb.lower[num.qstart - 2] in _TAKE_UP_VERBS:
                return None  # "scooped up 32 seats", "racked up 40 seats": a phrasal verb of taking, the count
            delta, rule = (num.value if prev == "up" else -num.value), "change-up-down"
        elif prev in ("+", "-", "−") and noun is None:
            return None
    if delta is None:
        return None
    party = None
    if rule == "change-noun" and _rx(r"^(?:for|to|by) ").match(lower_words(doc, end, end + 1) + " "):
        party = ctx.party_right(end, sent, limit=5)  # "a drop of nine for the X"
    # ("the EDU, affiliated with the SVP, gained one seat": the party before an appositive aside, not one inside it)
    party = party or appositive_head(ctx, ctx.party_left(num.qstart, sent), num, sent) or _right_owner(ctx, end, sent)
    if party is None and starts_with_pronoun(sent) or party is None and respectively_of_named(ctx, sent):
        party = ctx.previous_party(sent)  # (for "respectively", a first pairing: lists.respectively re-pairs them)
    if party is None and (_pronoun_subject_before(doc, sent, num) or _opening_participle_of_its(sent, num)):
        # "the 35 percent they won was enough for 27 seats, a loss of four", "Despite losing two of them, its
        # support grew": the party of the sentence before
        party = ctx.previous_party(sent)
    owner = ""
    if party is None and both_previous(ctx, sent):  # "Both gained three seats": the component adds the second
        party, owner = both_previous(ctx, sent)[0], "/owner:both-previous"
    if party is None:
        return None
    start = num.qstart - 1 if rule == "change-verb" else max(sent.start, num.qstart - 4) if rule == "change-noun" else num.qstart - 1 if rule == "change-paren-up-down" else num.qstart
    if rule == "change-paren-up-down" and end < len(doc) and doc[end].text.startswith(")"):
        end += 1
    return emit(ctx, "seat_change", start, end, rule + owner, 0.8, party=party.name, party_text=party.text, delta=delta,
                 approximate=num.approximate, qualifier=num.qualifier)


# "scooped up 32 seats", "snapped up 12": "up" is the particle of a verb of taking, not "up 32 seats" (a change)
_TAKE_UP_VERBS = frozenset(("scooped", "scoops", "scoop", "scooping", "snapped", "snaps", "snap", "snapping", "racked", "racks",
                            "racking", "mopped", "mops", "swept", "sweeps", "hoovered", "gobbled", "chalked", "notched", "wrapped",
                            "sewn", "sewed", "locked", "tied", "ended", "ends", "wound", "winds"))
# "were down five on 57", "up one on 2019 with three": the change, then "on" and the count (or the year) it is read against
_UP_DOWN_ON = re.compile(r"^(?:seats? )?on (?:\d|[a-z]+ )")
# "National finishes one seat up on 2011", "ended two down on the last election": a verb of ending the count
_FINISH_VERBS = frozenset(("finishes", "finished", "finish", "ends", "ended", "end", "emerged", "emerges", "stands", "stood", "comes", "came"))
# "21 up on April", "four seats down on the last election", "three up on 2019"
_N_UP_DOWN_ON = re.compile(r"^(?:seats? )?(up|down) on (?:the )?(?:last|previous|(?:19|20)\d\d|january|february|march|april|may|"
                           r"june|july|august|september|october|november|december|\d{4})\b")
# a gain verb's number is the party's tally, not a change, when the seats are a share of a total ("gained 31 seats
# out of 120", "picked up 27 of the 60 seats"), the count is still running ("has so far picked up 73 seats") or the
# sentence reports a tally ("according to the final results, X gained 268 seats, followed by Y 169") with no
# word of comparison ("from", "since", "compared", "more", "lost", ...)
# "gaining 13 seats in parliament (five more than four years ago)", "picked up 20 seats, up six": the gain verb
# gives the tally when an aside right after it gives the change, or the previous tally ("gain 15 seats, up from the
# three it had")
_CHANGE_ASIDE_AFTER = re.compile(r"^(?:seats? |mandates? |mps |deputies |members )(?:in (?:the )?\w+ )?[(,;–—-] ?(?:"
                                 r"(?:[\w-]+ )(?:seats? )?(?:more|fewer|less) than\b|(?:up|down) from\b|(?:up|down) (?:by )?[\w-]+(?: seats?)?\s*(?:[),;]|$|from\b|on\b))")
# (or the chamber they are a share of, with its size: "gaining 62 seats in the 150-seat parliament")
_SHARE_AFTER = re.compile(r"^(?:seats? |mandates? |mps |deputies |members )?(?:(?:out )?of (?:the |a total of |a total |all )?(?:\d|[a-z]+ "
                          r"(?:seats?|mandates?|members))|in the (?:new )?\d+ ?-? ?(?:seat|member|strong)\b)")
# "they gained 80 in total", "gained 80 seats in all": a gain totalled is the tally
_IN_TOTAL_AFTER = re.compile(r"^(?:seats? |mandates? |mps |deputies |members )?(?:in total|in all|altogether|overall)\b")
_GAIN_SHARE = re.compile(r"\b(?:gained|gains|gaining|picked up|picks up) [\w-]+ (?:seats? |mandates? )?out of (?:a total of |the )?\w+")
_TALLY_FRAME = re.compile(r"\b(?:according to|so far|exit polls?|final results?|official results?|preliminary results?|followed by|officially|"
                          r"results? (?:show|shows|showed|indicate|indicates|indicated|gave|give))\b")
_COMPARISON = re.compile(r"\b(?:from|since|compared|than|more|fewer|less|lost|lose|loses|losing|net|extra|additional|further|previous|last)\b")


def gain_as_count(ctx: _Ctx, num: Num, sent: Span, before: str) -> bool:
    """ "X gained 31 seats out of 120", "X has so far picked up 73 seats", "according to the results, X gained 268
    seats, followed by Y 169 seats": the gain verb reports the party's tally."""
    doc = ctx.doc
    after = lower_words(doc, num.end, min(num.end + 10, sent.end))
    if _SHARE_AFTER.match(after) or _CHANGE_ASIDE_AFTER.match(after) or _IN_TOTAL_AFTER.match(after):
        return True
    whole = lower_words(doc, sent.start, sent.end)
    if _GAIN_SHARE.search(whole):
        return True  # "X gained 54 seats out of 120, while Y gained 59": the sentence's gains are shares of a whole
    return bool(_TALLY_FRAME.search(whole)) and not _COMPARISON.search(whole)


# "needed a net gain of 23 seats to take the House", "needs to gain 12", "must pick up five seats": the change a
# party needs, not one it made
_GOAL = re.compile(r"\b(?:needs?|needed|needing|requires?|required|must|has to|have to|had to)(?: to)? "
                   r"(?:(?:a|an) (?:net )?(?:gain|pickup|pick-up|swing|increase) of|(?:gain|pick up|flip|add)(?: (?:at least|another|a further))?)\s*$")


def goal_change(before: str) -> bool:
    """The words before the number state a change a party needs ("needed a net gain of", "needs to gain"), or one
    that was forecast ("the pre-election projection of a 50-seat loss", "polls predicted a loss of 40 seats")."""
    return bool(_GOAL.search(before) or _FORECAST_CHANGE.search(before))


# a forecast's change: "projection of a", "forecast of a", "predicted a loss of", "expected a gain of"
_FORECAST_CHANGE = re.compile(r"\b(?:forecasts?|projections?|predictions?|estimates?|prognos[ie]s) of (?:a|an)(?: [\w-]+)?\s*$"
                              r"|\b(?:predicted|forecast|projected|expected) (?:a|an)(?: [\w-]+)? (?:loss|gain|drop|fall|rise) of\s*$")


def hypothetical_change(ctx: _Ctx, num: Num, before: str) -> bool:
    prev = _table(ctx.doc).lower[num.qstart - 1] if num.qstart > 0 else ""
    c = ctx.c
    return (prev in c["change_neg"] or prev in c["change_pos"]) and bool(_rx(r"\b(?:could|would|might|may|can)(?: \w+)? \w+\s*$").search(before))


def up_from_previous(ctx: _Ctx, num: Num, last: dict[str, Any], last_char: int) -> list[dict[str, Any]]:
    """ "With 94 MPs, up from 81, ...": a bare "up / down from N" right after a count is that party's
    previous count."""
    doc = ctx.doc
    sent = ctx.sents[ctx.sent_of[num.start]]
    if not (sent.start_char <= last_char < doc[num.start].idx) or num.qstart - 2 < sent.start:
        return []
    if lower_words(doc, num.qstart - 2, num.qstart) not in ("up from", "down from") or last["status"] == "previous":
        return []
    # (a time word may close it: "down from 29 previously", "up from 81 last time")
    k = num.end + (1 if num.end < sent.end and doc[num.end].lower_ in ("previously", "before", "earlier", "formerly") else
                   2 if num.end + 1 < sent.end and lower_words(doc, num.end, num.end + 2) == "last time" else 0)
    if k < sent.end and not doc[k].is_punct:
        return []
    ref = PartyRef(num.start, num.end, last["party"], last.get("party_text") or last["party"])
    return [count_draft(ctx, num, ref, num.qstart - 2, num.end, "elliptical-up-from", "previous", last.get("body"), 0.7)]



# "dropping from 62 to 51", "went from 12 seats to 20": the text between the previous count N and the number M
# ("from 58 on election night to 56", "from 40 in 2019 to 52": a time phrase may follow N)
_FROM_TO = re.compile(r"^[\w,]+(?: (?:seats?|mps|deputies|members|ridings|constituencies))?(?: (?:on|in|at|after) [\w' ]{1,30}?)? to $")


_FROM_BEFORE = re.compile(r"\bfrom (?:(?:the|its|their) )?(?:[\w-]+ )?$")


def from_n_to_m(ctx: _Ctx, num: Num, last: dict[str, Any], last_char: int) -> list[dict[str, Any]]:
    """ "The X fell from 62 to 51", "dropping from 62 to 51 and losing ...": "from N to M" gives both counts; when
    N was read as the party's previous count (``status_of``: previous-from), M is the same party's new count."""
    doc = ctx.doc
    text = doc_text(doc)
    sent = ctx.sents[ctx.sent_of[num.start]]
    if last["status"] != "previous" or not (sent.start_char <= last_char < doc[num.start].idx):
        return []
    # ("from 62 to 51", "from the pre-election 44 to 37": an article and a modifier may stand between)
    if not _FROM_BEFORE.search(text[max(0, last_char - 40) : last_char].lower()) or not _FROM_TO.match(text[last_char : doc[num.qstart].idx].lower()):
        return []
    end = num.end + 1 if num.end < sent.end and doc[num.end].lower_ in ctx.c["seat_nouns"] else num.end
    status, cue = status_of(ctx, num, sent, end - 1 if end > num.end else None)
    ref = PartyRef(num.start, num.end, last["party"], last.get("party_text") or last["party"])
    return [count_draft(ctx, num, ref, num.qstart, end, rule_with_status("count-from-to", cue), status, last.get("body"), 0.7)]


def respectively_of_named(ctx: _Ctx, sent: Span) -> bool:
    """ "The three largest parties gained ten, seven and three mandates respectively": a "respectively" about
    parties the sentence does not name (``lists.respectively`` takes them from the sentence before)."""
    words = lower_words(ctx.doc, sent.start, sent.end)
    return "respectively" in words and bool(THE_N_PARTIES.search(words))


def _number_run_verb(ctx: _Ctx, num: Num, sent: Span) -> tuple[int, PartyRef | None] | None:
    """(sign, party) when ``num`` is a later item of a run of bare numbers ("ten, seven and three") whose first
    number follows a change verb ("gained ten, seven and three mandates"); None otherwise."""
    tb = _table(ctx.doc)
    cur = num
    seen = 0
    while True:
        k = cur.qstart - 1
        if k <= sent.start or tb.lower[k] not in (",", "and"):
            break
        k -= 1 if tb.lower[k] == "and" and tb.lower[k - 1] == "," else 0
        prev = ctx.num_ending_at(k)
        if prev is None:
            break
        cur, seen = prev, seen + 1
    if not seen or cur.qstart <= sent.start:
        return None
    verb = tb.lower[cur.qstart - 1]
    sign = -1 if verb in ctx.c["change_neg"] else 1 if verb in ctx.c["change_pos"] else 0
    if not sign:
        return None
    return sign, ctx.party_left(cur.qstart, sent)


def coordinated_change(ctx: _Ctx, num: Num, sent: Span, noun: int | None) -> dict[str, Any] | None:
    """ "X is dropping six senators and 24 deputies", "lost 6 seats and 2 senators": a number with its seat noun
    coordinated by "and" with the object of a change verb shares the verb (and its party). Not "lost 6 seats and
    won 4" (a verb of its own), nor "lost 6 seats, and 40 remain" (no seat noun)."""
    tb = _table(ctx.doc)
    k = num.qstart - 1
    run = _number_run_verb(ctx, num, sent)
    if run is not None:  # "gained ten, seven and three mandates (respectively)": each number of the run is a change
        sign, party = run
        if party is None and respectively_of_named(ctx, sent):
            party = ctx.previous_party(sent)
        if party is None:
            return None
        end = noun + 1 if noun is not None else num.end
        return emit(ctx, "seat_change", num.qstart, end, "change-verb-run", 0.75, party=party.name,
                    party_text=party.text, delta=sign * num.value, approximate=num.approximate, qualifier=num.qualifier)
    if noun is None or k <= sent.start or tb.lower[k] != "and":
        return None
    first = next((n for n in ctx.nums if n.end in (k, k - 1) and n.qstart > sent.start), None)
    if first is None or (first.end == k - 1 and tb.lower[first.end] not in ctx.c["seat_nouns"] | ctx.c["seat_nouns_weak"]):
        return None
    verb = tb.lower[first.qstart - 1]
    sign = -1 if verb in ctx.c["change_neg"] else 1 if verb in ctx.c["change_pos"] else 0
    party = ctx.party_left(first.qstart, sent) if sign else None
    if party is None:
        return None
    return emit(ctx, "seat_change", num.qstart, noun + 1, "change-verb-coordinated", 0.75, party=party.name,
                party_text=party.text, delta=sign * num.value, approximate=num.approximate, qualifier=num.qualifier)
