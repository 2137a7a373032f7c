"""Stage 1, candidates: numbers that cannot be a seat figure, whatever follows them.

The number Matcher (``data/seats/numbers.jsonl``) finds every number election talk could make a seat figure:
digits, number words, "a single", hedged ranges. Two kinds of number never are one, and are dropped here
before any construction reads them:

- a number word that is part of a name: capitalised in mid-sentence right after or before another
  capitalised word ("an exit poll by Channel Nine", "the Seven Network");
- a label: a number after a capitalised label noun ("District 9", "Ward 12", "Proposition 5"; the nouns are
  ``label_nouns_before`` in ``data/seats/cues.json``);
- the day of a date: after a month, written out or abbreviated ("on Nov. 4", "Sept 30"), or before one
  ("4 November"); the month word must not end a longer name ("the League of the First of June 22").

Each function returns the decision's name (used in the ``rule`` of what is dropped in debugging) or None.

``NumberReader`` reads the numbers themselves (values, hedges, ranges); ``excluded`` drops a number before a
unit, a month, a currency sign, "aged", "since", or with a colon or a full stop in it ("7:30", "2.5").
"""

from __future__ import annotations

import re

from typing import Any

from spacy.tokens import Doc, Token, Span

from ...anchors import filter_matches
from ...numbers import number_words
from .context import _COUNT_NOUNS, DASHES, Num, _Ctx, _is_year, _number_value, _table
from .mention_filter import is_date_word


def number_word_in_name(doc: Doc, start: int, end: int) -> str | None:
    """ "Channel Nine", "Nine Network": a capitalised number word joined to another capitalised word."""
    first = doc[start]
    if first.text[:1].isdigit() or not first.is_title or first.is_sent_start:
        return None
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and before.is_title and not before.is_sent_start and before.is_alpha:
        return "number-word-in-name"
    if after is not None and after.is_title and after.is_alpha and not after.is_sent_start:
        return "number-word-in-name"
    return None


def date_day(doc: Doc, start: int, end: int, in_long_name: bool = False) -> str | None:
    """The day of a date: "Nov. 4", "on September 30", "4 November". ``in_long_name``: the month word before
    the number ends a multiword name ("the League of the First of June 22"), so it is no date."""
    if not doc[start].text[:1].isdigit():
        return None
    prev = doc[start - 1].text if start > 0 else ""  # "Nov." is one token
    if prev and prev[:1].isupper() and is_date_word(prev) and not in_long_name:
        return "date-day"
    if end < len(doc) and doc[end].text[:1].isupper() and is_date_word(doc[end].text) and doc[end].text.rstrip(".").lower() not in ("may", "mar"):
        return "date-day"
    return None


def label_number(doc: Doc, start: int, label_nouns: frozenset[str]) -> str | None:
    """ "District 9", "Ward 12": a capitalised label noun right before the number."""
    if start == 0:
        return None
    prev = doc[start - 1]
    if prev.text[:1].isupper() and prev.lower_ in label_nouns:
        return "label-number"
    return None


def any_without_negated_count_verb(doc: Doc, start: int, verbs: frozenset[str], negators: frozenset[str]) -> str | None:
    """ "any seat" is a count of zero only as the object of a negated count verb ("failed to win any seat", "did not
    secure any seats", "without winning any seat"), not "any seat it contests" or "the first to win any seat"."""
    if doc[start].lower_ != "any":
        return None
    verb = start - 1
    if verb < 0 or doc[verb].lower_ not in verbs and doc[verb].lemma_.lower() not in verbs:
        return "any-without-count-verb"
    # the negation: within the three words before the verb ("failed to win", "did not win", "without winning")
    before = [doc[k].lower_ for k in range(max(doc[start].sent.start, verb - 3), verb)]
    return None if negators.intersection(before) else "any-without-negation"


def negated_single(doc: Doc, start: int, end: int, verbs: frozenset[str], negators: frozenset[str]) -> str | None:
    """ "failed to win a single seat", "did not take a single seat", "not a single seat": "a single" under a negation
    says none, never a count of one ("won a single seat" stays one)."""
    if not any(doc[k].lower_ == "single" for k in range(start, end)):
        return None
    k = start - 1 if doc[start].lower_ == "single" else start  # (the "a" of "a single")
    while k > start - 3 and k > 0 and doc[k].lower_ in ("a", "single"):
        k -= 1
    before = [doc[j].lower_ for j in range(max(doc[start].sent.start, k - 3), k + 1)]
    if before and before[-1] in ("not", "n't", "n’t", "no"):
        return "negated-single"  # "not a single seat"
    if doc[k].lower_ in verbs or doc[k].lemma_.lower() in verbs:
        return "negated-single" if negators.intersection(before[:-1]) else None
    return None


def candidacy_count(doc: Doc, start: int, verbs: frozenset[str], nouns: frozenset[str]) -> bool:
    """A number of a party's people counts candidates, not seats: its clause's verb is one of running ("42
    independents competed", "30 Greens stood") or it is an aside of a candidates noun ("447 candidates, including 56
    independents"; "900 candidates, along with 42 independents"). Not "11 independents were elected"."""
    tok = doc[start]
    for _ in range(8):  # up the parse to the clause's verb, through the nouns and prepositions on the way
        head = tok.head
        if head is tok:
            break
        if head.lower_ in nouns:
            return True
        if head.pos_ in ("VERB", "AUX"):
            return head.lower_ in verbs or head.lemma_.lower() in verbs
        tok = head
    return False


def contested_count(doc: Doc, start: int, verbs: frozenset[str]) -> bool:
    """Seats run for are no count of seats won: "the party's candidates ran for 90 seats", "the X contested 90
    seats", "fielded candidates in 70 seats" (the clause's verb, as a lemma, is one of running for seats). Not
    "won 12 of the 89 seats it ran for" (the number's own verb is "won")."""
    verb = clause_verb(doc, start)
    return verb is not None and verb.lemma_.lower() in verbs


def clause_verb(doc: Doc, i: int) -> Token | None:
    """The verb of the clause token ``i`` stands in: up the parse through nouns and prepositions."""
    tok = doc[i]
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.i != i:
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def none_without_count_verb(doc: Doc, start: int, verbs: frozenset[str]) -> str | None:
    """ "none" is a count of zero only as the object of a count verb ("won none", "previously held none"), not
    "none of the parties", "none other than", "none too soon"."""
    if doc[start].lower_ != "none":
        return None
    return None if start > 0 and doc[start - 1].lower_ in verbs else "none-without-count-verb"


# "the necessary parliamentary majority of 61 votes": a majority required of the chamber's members, counted in
# their votes (a qualifier of need before "majority of", never a vote count in the thousands)
_NEEDED_MAJORITY_OF = re.compile(r"\b(?:necessary|required|requisite|needed) (?:\w+ )?majority of$")


def _needed_majority_votes(lower: list[str], num: Num, sent: Span, nxt: int) -> bool:
    if lower[nxt] != "votes" or num.value >= 1000:
        return False
    return bool(_NEEDED_MAJORITY_OF.search(" ".join(lower[max(sent.start, num.qstart - 5) : num.qstart])))


# nouns a number is hyphen-joined to when it counts something other than seats ("nine-party", "27-nation")
_JOINED_COUNTS = frozenset(("party", "nation", "country", "state", "member-state"))


def excluded(ctx: _Ctx, num: Num, sent: Span) -> bool:
    c = ctx.c
    tb = _table(ctx.doc)
    text, lower, n = tb.text, tb.lower, len(tb.text)
    nxt = num.end if num.end < n else None  # token indices
    if nxt is not None and text[nxt] in DASHES and num.end + 1 < n:
        nxt = num.end + 1  # "two-thirds", "20-year": the word the hyphen joins the number to
    prev = num.qstart - 1 if num.qstart > sent.start else None
    if nxt is not None and (lower[nxt] in c["not_seat_units"] or text[nxt].startswith("%")) and not _needed_majority_votes(lower, num, sent, nxt):
        return True
    if nxt is not None and lower[nxt] in c["months"]:
        return True
    if nxt is not None and nxt == num.end + 1 and lower[nxt] in _JOINED_COUNTS:
        return True  # "the nine-party opposition bloc", "a 27-nation bloc": parties or countries counted, not seats
    if prev is not None and (lower[prev] in c["months"] and prev not in ctx.party_at or text[prev] in ("$", "£", "€", "¥", "#", "No.")):
        return True
    if prev is not None and lower[prev] in ("rs", "rs.", "us$", "c$", "a$", "aged", "age", "since", "number", "no."):
        return True
    if ":" in text[num.start] or text[num.start].count(".") > 0:
        return True
    if names_a_district(ctx, num, sent):
        return True
    return False


def names_a_district(ctx: _Ctx, num: Num, sent: Span) -> bool:
    """ "the VIP won Districts One, Four and Five", "X won district three with 459 votes", "Ward 12": a number
    right after a district noun (``identifier_nouns``), or after such a number in a list, names the district and
    counts nothing; not when a seat noun follows it ("... Nine and one At Large Seat": one seat)."""
    doc, tb = ctx.doc, _table(ctx.doc)
    if any(tb.lower[k] in ctx.c["seat_nouns"] or tb.lower[k] in ctx.c["seat_nouns_one"]
           for k in range(num.end, min(num.end + 3, sent.end))):
        return False
    j = num.start - 1
    # walk back over the list's earlier numbers: "Districts One, Four, Five, Seven and Nine"
    while j - 1 >= sent.start and tb.lower[j] in (",", "and", "&") and doc[j - 1].like_num:
        j -= 2
    return j >= sent.start and tb.lower[j] in ctx.c["identifier_nouns"]



# verbs of movement before "up to N": the party's count moved up to N ("goes up to 46 seats"), N is no bound
_MOVERS_UP = frozenset(("goes", "go", "went", "gone", "going", "moves", "moved", "moving", "move", "climbs", "climbed",
                        "jumps", "jumped", "rises", "rose", "risen", "shot", "shoots", "edged", "edges", "creeps", "crept",
                        "is", "was", "are", "were"))  # "the X was up to 40 seats" (not "could win up to 40")


_SCALES = frozenset(("hundred", "thousand", "million", "billion"))


class NumberReader:
    """The numbers of a doc, from the number Matcher's matches (``data/seats/numbers.jsonl``): each match's
    value ("a single" = 1), its hedge before ("more than 200", "an estimated 200") or after ("300-plus"), and
    ranges joined ("230 to 240", "between 230 and 240")."""

    def __init__(self, cues: Any, number_meta: dict[str, dict[str, Any]]):
        self.cues = cues
        self.number_meta = number_meta
        quals = sorted(number_words().qualifiers.items(), key=lambda kv: -len(kv[0].split()))
        self.qualifiers = [(k.split(), v) for k, v in quals]
        # the same hedges as a lookup: word tuple -> (priority in the list above, approximate?)
        self.qualifier_index = {tuple(words): (rank, approx) for rank, (words, approx) in reversed(list(enumerate(self.qualifiers)))}
        self.qualifier_lengths = sorted({len(w) for w, _ in self.qualifiers}, reverse=True)
        self.qualifier_ends = frozenset(w[-1] for w, _ in self.qualifiers)  # the last words of the hedges

    def read(self, doc: Doc, matches: list[tuple[int, int, int]]) -> list[Num]:
        strings = doc.vocab.strings
        tb = _table(doc)
        lower, text, n = tb.lower, tb.text, len(doc)
        post = self.cues.raw.get("post_hedges", {})
        out: list[Num] = []
        for mid, start, stop in filter_matches(matches):
            meta = self.number_meta.get(strings[mid], {})
            if "value" in meta:  # "the last seat" = 1 (the seat noun after the number), "won none" = 0 (all of it)
                num = Num(start, stop if meta.get("whole") else stop - 1, int(meta["value"]), start,
                          change_only=bool(meta.get("change_only")))
                out.append(num)
                continue
            if text[start] == "(":  # "(8)" tokenized as "(" + "8)"
                start += 1
            toks = [i for i in range(start, stop) if lower[i] not in _COUNT_NOUNS]
            while len(toks) > 1 and text[toks[-1]] in DASHES:
                toks.pop()  # "three-seat loss": the hyphen joins the number to its noun, it is not part of it
            while len(toks) > 1 and lower[toks[-1]] == "and":
                toks.pop()  # "the Y nine and the Z seven": "and" joins the list items, it is not part of the number
            # "seven and three": two numbers coordinated, not one ("one hundred and three" is one: a scale before "and")
            cut = next((k for k in range(1, len(toks) - 1) if lower[toks[k]] == "and" and lower[toks[k - 1]] not in _SCALES), None)
            second = None
            if cut is not None:
                tail = toks[cut + 1 :]
                tv = _number_value(" ".join(text[i] for i in tail).rstrip(")"))
                toks = toks[:cut]
                if tv is not None and not (isinstance(tv, float) and not tv.is_integer()):
                    second = Num(tail[0], tail[-1] + 1, int(tv), tail[0])
            v = _number_value(" ".join(text[i] for i in toks).rstrip(")"))
            if v is None or (isinstance(v, float) and not v.is_integer()):
                continue
            end = start + len(toks)
            num = Num(start, end, int(v), start)
            self.hedge(doc, num)
            if end < n and lower[end] in post:  # "400 paar", "300-plus"
                num.approximate, num.qualifier, num.end = True, post[lower[end]], end + 1
            out.append(num)
            if second is not None:
                if second.end < n and lower[second.end] in post:
                    second.approximate, second.qualifier, second.end = True, post[lower[second.end]], second.end + 1
                out.append(second)
        # ranges: "230 to 240", "230-240", "between 230 and 240"
        skip = set()
        for a, b in zip(out, out[1:]):
            if id(a) in skip:
                continue
            gap = max(b.start - a.end, 0)
            if gap == 1 and (lower[a.end] in ("to", "or") or text[a.end] in DASHES) and b.value > a.value:
                if b.end < n and lower[b.end] in ("-", "member", "seat") or _is_year(a.value):
                    continue
                window = lower[max(0, a.qstart - 5) : a.qstart]
                if lower[a.end] == "to" and "from" in window[max((k + 1 for k, w in enumerate(window) if w == ","), default=0) :]:
                    # "a big profit: from 2 to 8 seats", "from the pre-election 44 to 48": a count and the one it moved
                    # to; so in a relative clause after a comma, "X, which grew (from 12 to 14 seats)" ("from" after
                    # the window's last comma: a comma before it opens the clause, it does not make a range)
                    continue
                if lower[a.end] == "to" and a.qstart >= 1 and lower[a.qstart - 1] in ("by", "up", "down"):
                    continue  # "increased its seat tally by eight to 28", "was down two to 32": the change, then the count
                if lower[a.end] == "to" and a.qstart >= 2 and lower[a.qstart - 1] == "from" and lower[a.qstart - 2] in self.cues["from_to_movers"]:
                    continue  # "its seats went from 40 to 52": a count and the one it moved to, not a range
                a.upper, a.approximate, a.end = b.value, True, b.end
                skip.add(id(b))
            elif gap == 1 and lower[a.end] == "and" and a.qstart > 0 and lower[a.qstart - 1] == "between":
                a.upper, a.approximate, a.end, a.qstart = b.value, True, b.end, a.qstart - 1
                skip.add(id(b))
        return [num for num in out if id(num) not in skip]

    def hedge(self, doc: Doc, num: Num) -> None:
        """The hedge before a number ("more than 200", "an estimated 200", "about a dozen"): the first hedge of
        ``self.qualifiers`` (longest first) found right before the number, or one word ("a", "the", "just",
        ...) before it."""
        best = None  # (rank, gap, n, approx): a hedge's rank fixes its length, so the search order does not matter
        lowers = _table(doc).lower[max(0, num.start - 1 - self.qualifier_lengths[0]) : num.start] if self.qualifiers else []
        k = len(lowers)  # lowers[k - j] is doc[num.start - j].lower_
        for gap in (0, 1):
            if k - gap < 1 or lowers[k - gap - 1] not in self.qualifier_ends:
                continue  # no hedge ends with this word: no look-up per hedge length
            # (not "the": "more than the 76 needed" compares the count with a figure the article names)
            if gap and lowers[k - 1] not in ("a", "an", "just", "only", "some"):
                continue
            for n in self.qualifier_lengths:
                if num.start - gap - n < 0 or k - gap - n < 0:
                    continue
                hit = self.qualifier_index.get(tuple(lowers[k - gap - n : k - gap]))
                if hit is not None and (best is None or (hit[0], gap) < best[:2]):
                    best = (hit[0], gap, n, hit[1])
        if best is not None:
            rank, gap, n, approx = best
            words = self.qualifiers[rank][0]
            if words[:2] == ["up", "to"] and num.start - gap - n > 0 and _table(doc).lower[num.start - gap - n - 1] in _MOVERS_UP:
                return  # "Labour goes up to 46 seats", "rose up to 12": a movement to the new count, not a bound
            if approx:
                num.approximate, num.qualifier = True, " ".join(self.qualifiers[rank][0])
            num.qstart = num.start - gap - n
