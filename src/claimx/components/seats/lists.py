"""Lists: seat figures that only make sense together.

- ``fractions``: "Iron Guild: 32/72", "the Guild — 32/72 seats": a party's count and the chamber's size in one
  fraction right after the party (through a colon or a dash); a list's chamber can be its heading line
  ("The Senate", ``heading_body``);
- ``respectively``: "X and Y won 12 and 9 seats, respectively": the counts of the sentence re-paired with its
  parties in order (a run of two unknown names joined by "and" is split).
"""

from __future__ import annotations

import re
from typing import Any

from ...doctext import doc_text, span_text
from ...parties import PARTY_HEADS, canonical_party
from . import chambers
from .context import DASHES, Num, PartyRef, _Ctx, _table, count_draft, emit, rule_with_status
from .status import status_of


def fractions(ctx: _Ctx) -> list[dict[str, Any]]:
    """ "Iron Guild: 32/72", "the Guild — 32/72 seats": a party's count and the chamber's size in one fraction
    token right after the party (through a colon or a dash)."""
    doc = ctx.doc
    tb = _table(doc)
    out: list[dict[str, Any]] = []
    for i, w in enumerate(tb.text):
        if "/" not in w:
            continue
        frac = chambers.seat_fraction(w)
        if frac is None or ctx.sent_of[i] is None:
            continue
        sent = ctx.sents[ctx.sent_of[i]]
        j = i - 1
        while j >= sent.start and (tb.text[j] in (":", "=") or tb.text[j] in DASHES):
            j -= 1
        party = ctx.party_at.get(j)
        if party is None or j == i - 1:
            continue  # only "X: 32/72", "X — 32/72" (not "on 12/10", a date)
        num = Num(i, i + 1, frac[0], i)
        status, cue = status_of(ctx, num, sent, None)
        body = ctx.body_in(sent) or heading_body(ctx, ctx.sent_of[i]) or ctx.main_body
        out.append(count_draft(ctx, num, party, party.start, i + 1, rule_with_status("count-fraction", cue), status, body, 0.8))
        out.append(emit(ctx, "chamber_size", i, i + 1, "chamber-fraction", 0.8, body=body, seats=frac[1]))
    return out


def heading_body(ctx: _Ctx, k: int, lines: int = 6) -> str | None:
    """The chamber a list belongs to: "The Senate" / "Lower House" as a short heading line a few lines above."""
    for j in range(k - 1, max(-1, k - 1 - lines), -1):
        sent = ctx.sents[j]
        if len(sent) <= 6:
            b = ctx.body_in(sent)
            if b:
                return b
            words = {t.lower_ for t in sent}
            if "senate" in words or "upper" in words:
                return "Senate"
            if words & {"lower", "deputies", "commons", "representatives"}:
                return ctx.main_body if ctx.main_body and ctx.main_body != "Senate" else "Lower House"
    return None


_COORDINATED = re.compile(r"^(?: ?(?:seats?|mps|deputies|members|mandates))?\s*(?:,|and|, and|&)\s*$")


# "the three largest parties", "the two main parties", "both parties": the parties a "respectively" is about,
# named in the sentence before
# ("both of them", "the two" standing alone: "Both of them are likely to get 40 and 35 seats, respectively")
THE_N_PARTIES = re.compile(r"\bthe (?:two|three|four|five|\d) (?:largest |biggest |main |leading |top |major )?(?:parties|blocs|alliances)\b"
                           r"|^(?:both of them|both parties|the two)\b")


def _subject_names(ctx: _Ctx, sent: Any, first_char: int) -> list[PartyRef]:
    """The names of a coordinated subject opening the sentence ("The A B and C D have ..."): runs of capitalised
    words joined by commas or "and", up to the first verb before ``first_char``; [] when a run holds a lower-case
    word or the subject is not such a coordination."""
    doc = ctx.doc
    k = sent.start + (1 if doc[sent.start].lower_ == "the" else 0)
    verb = next((t.i for t in doc[k:sent.end] if t.idx < first_char and t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb - k < 3:
        return []
    out: list[PartyRef] = []
    run: list[int] = []
    for i in list(range(k, verb)) + [verb]:
        w = doc[i]
        if i == verb or w.text == "," or w.lower_ in ("and", "&"):
            if not run:
                return []
            text = doc[run[0] : run[-1] + 1].text
            known = next((p for p in ctx.parties if p.start <= run[0] < p.end), None)
            out.append(known if known is not None and known.end - 1 == run[-1] else PartyRef(run[0], run[-1] + 1, canonical_party(text), text))
            run = []
            continue
        if w.lower_ == "the" and not run:
            continue
        if not (w.is_title or w.is_upper) or len(run) >= 5:
            return []
        run.append(i)
    return out if len(out) >= 2 else []


def _split_run(p: PartyRef) -> list[PartyRef]:
    """A mention whose text is two names joined by "and", the first ending in a party's head word (``_split_names``
    splits only there), as its parts; the mention itself otherwise."""
    if " and " not in p.text:
        return [p]
    parts = _split_names(p.text)
    if len(parts) < 2 or not any(w.split()[-1:] and w.split()[-1] in PARTY_HEADS for w in parts[:-1]):
        return [p]
    return [PartyRef(p.start, p.end, canonical_party(w.strip()), w.strip()) for w in parts]


def _split_names(run: str) -> list[str]:
    """ "Farmers and Workers Party and Green Party" -> the two names: a run of names joined by "and" splits only
    after a party's head word (Party, Front, Union ...), so a name with "and" inside stays whole; a run with no
    head word before an "and" splits at every "and" ("Shas and United Torah Judaism")."""
    parts = run.split(" and ")
    if len(parts) < 2:
        return parts
    if not any(p.split()[-1:] and p.split()[-1] in PARTY_HEADS for p in parts[:-1]):
        return parts
    out, cur = [], parts[0]
    for p in parts[1:]:
        if cur.split()[-1:] and cur.split()[-1] in PARTY_HEADS:
            out.append(cur)
            cur = p
        else:
            cur = f"{cur} and {p}"
    return out + [cur]


def respectively(ctx: _Ctx, num_char: dict[int, int], counts: list[dict[str, Any]]) -> None:
    """ "X and Y won 12 and 9 seats, respectively", "X, Y and Z gained ten, seven and three seats respectively": re-pair
    parties and numbers (counts, or changes) in order."""
    doc = ctx.doc
    text = doc_text(doc)
    if "respectively" not in text.lower():
        return
    for sent in ctx.sents:
        if "respectively" not in span_text(sent).lower():
            continue
        resp = sent.start_char + span_text(sent).lower().index("respectively")
        in_sent = sorted((d for d in counts if sent.start_char <= num_char[id(d)] < resp), key=lambda d: num_char[id(d)])
        # the numbers "respectively" pairs are the coordinated run that ends before it ("55 and 30 seats", "12, 9
        # and 4"), not an earlier count of the sentence ("X will get 163 seats while Y and Z will receive 55 and 30")
        k = len(in_sent) - 1
        while k > 0 and _COORDINATED.match(text[in_sent[k - 1]["end"] : num_char[id(in_sent[k])]].lower()):
            k -= 1
        in_sent = in_sent[k:]
        first = min((num_char[id(d)] for d in in_sent), default=resp)
        if len(in_sent) < 2:
            # "X and Y won respectively 51 and 21 seats", "while X and Y respectively 51 and 21": the coordinated
            # run of numbers that "respectively" opens, paired with the parties before the word
            after = sorted((d for d in counts if resp < num_char[id(d)] < sent.end_char), key=lambda d: num_char[id(d)])
            if not after or text[resp + len("respectively") : num_char[id(after[0])]].strip():
                continue
            k = 1
            while k < len(after) and _COORDINATED.match(text[after[k - 1]["end"] : num_char[id(after[k])]].lower()):
                k += 1
            in_sent, first = after[:k], resp
            if len(in_sent) < 2:
                continue
        ps = []
        for p in ctx.parties:
            if sent.start <= p.start and doc[p.start].idx < first and p.name not in [q.name for q in ps]:
                ps.append(p)
        in_sent.sort(key=lambda d: num_char[id(d)])
        # "The X partners -- the Y Party and Z Party -- have won five and three seats respectively": a run the tagger
        # joined that holds two names, each ending in a party's head word, is those two parties
        ps = [q for p in ps for q in _split_run(p)]
        if len(ps) < len(in_sent):  # "Shas and United Torah Judaism won 11 and seven seats, respectively": one
            split: list[PartyRef] = []  # unknown run holds both names; split it at its "and"
            for p in ps:
                words = _split_names(p.text)
                split.extend(PartyRef(p.start, p.end, w.strip(), w.strip()) for w in words) if len(words) > 1 else split.append(p)
            ps = split
        if len(ps) < len(in_sent):
            # "The Lokatantrik Samajwadi and Rastriya Janamorcha have bagged two and one seats respectively": the
            # coordinated subject's capitalised names, whether the article knows them as parties or not
            named = _subject_names(ctx, sent, first)
            if len(named) == len(in_sent):
                ps = named
        if not ps and THE_N_PARTIES.search(span_text(sent).lower()) and ctx.sent_of[sent.start]:
            # "The three largest parties gained ten, seven and three mandates respectively": the parties the
            # sentence before named, in its order
            prev = ctx.sents[ctx.sent_of[sent.start] - 1]
            for p in ctx.parties:
                if prev.start <= p.start < prev.end and p.name not in [q.name for q in ps]:
                    ps.append(p)
            ps = ps[: len(in_sent)]
        if len(ps) >= len(in_sent):
            for d, p in zip(in_sent, ps[-len(in_sent):]):
                d["party"], d["party_text"] = p.name, p.text
                d["rule"] = "seats/change-respectively" if d["type"] == "seat_change" else "seats/count-respectively"


def parallel_body(ctx: _Ctx, num_char: dict[int, int], counts: list[dict[str, Any]]) -> None:
    """ "24 senators were elected for X compared to 23 of Y": an elliptical count (a bare number, its seat noun
    left out) counts what the sentence's earlier count counts, so it takes that count's chamber when the seat
    noun there named a chamber of its own (senators -> Senate) other than the article's main one."""
    for sent in ctx.sents:
        in_sent = sorted((d for d in counts if sent.start_char <= num_char[id(d)] < sent.end_char),
                         key=lambda d: num_char[id(d)])
        for k, d in enumerate(in_sent):
            if "elliptical" not in d["rule"] or "parallel-chamber" in d["rule"] or d.get("body") != ctx.main_body:
                continue  # (not "... and 44 in the Senate": that count names its chamber)
            earlier = [e for e in in_sent[:k] if "elliptical" not in e["rule"]]
            if earlier and earlier[-1].get("body") and earlier[-1]["body"] != ctx.main_body and "/region" not in earlier[-1]["rule"]:
                d["body"] = earlier[-1]["body"]
                d["rule"] += "/body:parallel"


def carried_body(ctx: _Ctx, num_char: dict[int, int], counts: list[dict[str, Any]]) -> None:
    """ "APC won a majority in the Senate with 57 seats while the PDP got 29. // While LP has six seats, NNPP and SDP
    have two each": a run of count sentences goes on about the chamber the run opened with. A sentence that names no
    chamber and follows right after one whose counts are in a chamber it names (not the article's main one) takes
    that chamber for its counts, and passes it on to the next such sentence. A sentence naming a chamber, or one
    with no counts, ends the run."""
    by_sent: dict[int, list[dict[str, Any]]] = {}
    for d in counts:
        span = ctx.doc.char_span(num_char[id(d)], num_char[id(d)] + 1, alignment_mode="expand")
        k = ctx.sent_of[span.start] if span is not None else None
        if k is not None:
            by_sent.setdefault(k, []).append(d)
    carried: str | None = None
    last = -2
    for k in sorted(by_sent):
        named = ctx.body_in(ctx.sents[k])
        if named:
            carried = named if named != ctx.main_body and all(d.get("body") == named for d in by_sent[k]) else None
        elif carried and k == last + 1:
            for d in by_sent[k]:
                if d.get("body") == ctx.main_body and "/region" not in d["rule"]:
                    d["body"] = carried
                    d["rule"] += "/body:carried"
        else:
            carried = None
        last = k


# the words that may join the parties of a coordinated subject ("X and Y", "X, Y and the Z", "— X and Y —")
_SUBJECT_JOINERS = {",", "and", "the", "&"} | set(DASHES)
_SEAT_NOUN_AFTER = re.compile(r"^[\w.,-]*\s+(?:new\s+|more\s+)?(?:seats?|mps|deputies|members|mandates|lawmakers|legislators)\b",
                              re.IGNORECASE)


def coordinated_pairs(ctx: _Ctx, num_char: dict[int, int], counts: list[dict[str, Any]]) -> None:
    """ "The X and the Y have won 45 and 30 seats", "Its partners — the X and the Y — won 12 and 7 seats": a
    coordinated subject of exactly as many parties as the coordinated run of seat numbers of its verb pairs them
    in order, as "respectively" would (the word is often left out). Nothing is re-paired when the sentence says
    "respectively" (``respectively`` reads it), when the run is not followed by a seat noun, or when the parties
    before the numbers are not one coordination of the same length ("X won 40, and Y and Z 12 and 9": the
    subject is X)."""
    doc = ctx.doc
    text = doc_text(doc)
    tb = _table(doc)
    for sent in ctx.sents:
        if "respectively" in span_text(sent).lower():
            continue
        in_sent = sorted((d for d in counts if sent.start_char <= num_char[id(d)] < sent.end_char), key=lambda d: num_char[id(d)])
        if len(in_sent) < 2:
            continue
        k = 0
        while k < len(in_sent):  # each coordinated run of numbers ("45 and 30", "12, 9 and 4")
            m = k + 1
            while m < len(in_sent) and _COORDINATED.match(text[in_sent[m - 1]["end"] : num_char[id(in_sent[m])]].lower()):
                m += 1
            run, k = in_sent[k:m], m
            if len(run) < 2 or not _SEAT_NOUN_AFTER.match(text[num_char[id(run[-1])] : num_char[id(run[-1])] + 40]):
                continue
            first = num_char[id(run[0])]
            before = sorted((p for p in ctx.parties if sent.start <= p.start and doc[p.start].idx < first), key=lambda p: p.start)
            if len(before) < len(run):
                continue
            chain = before[-len(run):]
            # the parties are joined by "and", commas or "the" only, and nothing but the verb phrase separates the
            # last one from the numbers (no number, no clause break)
            if any(any(w not in _SUBJECT_JOINERS for w in tb.lower[a.end : b.start]) for a, b in zip(chain, chain[1:])):
                continue
            if len(before) > len(run) and all(w in _SUBJECT_JOINERS for w in tb.lower[before[-len(run) - 1].end : chain[0].start]):
                continue  # a longer coordination than the run: which parties the numbers count is unclear
            gap = [i for i in range(chain[-1].end, len(doc)) if doc[i].idx < first]
            if len(gap) > 8 or any(tb.text[i] in (";", ":") or doc[i].like_num for i in gap) or len({p.name for p in chain}) < len(chain):
                continue
            for d, p in zip(run, chain):
                d["party"], d["party_text"] = p.name, p.text
                d["rule"] = re.sub(r"^seats/[^/]+", "seats/count-coordinated-pairs", d["rule"])
