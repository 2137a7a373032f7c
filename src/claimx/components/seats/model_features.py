"""Features of one candidate number, for the trained seat-figure classifier (``count_model``).

The classifier reads the numbers the candidates stage keeps (``kinds.dropped_at_candidates`` is false) and
predicts what each counts: ``seat_count``, ``seat_change``, ``chamber_size``, ``majority_threshold`` or
``none``. Its features are general properties of the number and its sentence, never an article's names:

- the number itself: digits or a word, its magnitude (0, 1, 2-9, 10-99, 100-999, 1000+, a year), a hedge,
  a range;
- the words around it: the lower-case words right before and after (positions -3..+3, digits written as
  ``#``) and the words of a wider window on each side as a bag;
- the parse: the number's dependency label, its head's lemma and part of speech, the lemma of its
  clause's verb;
- seat talk: a seat noun right after the number (``kinds.seat_noun_after``), in the sentence, or near
  (``kinds.seat_talk``);
- owners: a party mention right after the number, to its left on the line (``_Ctx.party_left``), to its
  right, in the sentence, or nowhere;
- punctuation around it: inside parentheses, after a colon or a dash, a "respectively" in the sentence,
  the number ending its line, opening its sentence; how many numbers the sentence holds.

``features`` returns a sorted list of strings; the same doc gives the same list every time.
"""

from __future__ import annotations

from spacy.tokens import Span

from .context import DASHES, Num, _Ctx, _is_year, _table

# how many words on each side are read by position, and how many more as a bag
NEAR = 3
WIDE = 8


def magnitude(value: int) -> str:
    if _is_year(value):
        return "year"
    for top, name in ((0, "0"), (1, "1"), (9, "2-9"), (99, "10-99"), (999, "100-999")):
        if value <= top:
            return name
    return "1000+"


def _word(text: str) -> str:
    """A word as a feature: lower case, digits as "#" ("2019" -> "####", "12-seat" -> "##-seat")."""
    return "".join("#" if ch.isdigit() else ch for ch in text.lower())


def features(ctx: _Ctx, num: Num, sent: Span) -> list[str]:
    from .kinds import seat_noun_after, seat_talk  # (kinds imports this module's users)
    from .candidates import clause_verb

    doc, c = ctx.doc, ctx.c
    tb = _table(doc)
    out = {"bias", f"val={magnitude(num.value)}", "form=digit" if tb.text[num.start][:1].isdigit() else "form=word"}
    if num.approximate:
        out.add("hedged")
    if num.upper is not None:
        out.add("range")
    # the words by position, then the wider window as a bag (a line break is a word of its own: "<nl>")
    def word(i: int) -> str:
        if i < sent.start or i >= sent.end:
            return "<s>"
        return "<nl>" if "\n" in tb.text[i] else _word(tb.text[i])
    for k in range(1, NEAR + 1):
        out.add(f"w-{k}={word(num.qstart - k)}")
        out.add(f"w+{k}={word(num.end + k - 1)}")
    for i in range(max(sent.start, num.qstart - WIDE), num.qstart):
        out.add(f"L:{word(i)}")
    for i in range(num.end, min(sent.end, num.end + WIDE)):
        out.add(f"R:{word(i)}")
    # the parse
    if doc.has_annotation("DEP"):
        tok = doc[num.end - 1] if num.end - 1 >= num.start else doc[num.start]
        out.add(f"dep={tok.dep_}")
        out.add(f"head={tok.head.lemma_.lower()}")
        out.add(f"headpos={tok.head.pos_}")
        verb = clause_verb(doc, num.start)
        out.add(f"verb={verb.lemma_.lower() if verb is not None else '-'}")
    # seat talk
    noun = seat_noun_after(ctx, num, sent)
    if noun is not None:
        out.add("noun=after")
    elif any(tb.lower[i] in c["seat_nouns"] for i in range(sent.start, sent.end)):
        out.add("noun=sentence")
    else:
        out.add("noun=none")
    if seat_talk(ctx, sent):
        out.add("seat-talk")
    # owners
    after = ctx.party_at.get(num.end)
    if after is not None and after.start == num.end:
        out.add("party=right-after")
    left = ctx.party_left(num.qstart, sent)
    if left is not None:
        out.add("party=left-near" if num.qstart - left.end <= 6 else "party=left-far")
    if ctx.party_right(num.end, sent, limit=8) is not None:
        out.add("party=right")
    in_sent = [p for p in ctx.parties if sent.start <= p.start < sent.end]
    out.add("party=sentence" if in_sent else "party=none")
    # punctuation and place
    before = tb.text[sent.start : num.qstart]
    if before.count("(") > before.count(")"):
        out.add("in-parens")
    if ":" in before:
        out.add("colon-before")
    if num.qstart > sent.start and tb.text[num.qstart - 1] in DASHES:
        out.add("dash-before")
    if "respectively" in tb.lower[sent.start : sent.end]:
        out.add("respectively")
    if num.end >= sent.end or "\n" in tb.text[num.end]:
        out.add("line-end")
    if num.qstart == sent.start:
        out.add("sent-start")
    n = sum(1 for m in (ctx.nums or ()) if sent.start <= m.start < sent.end)
    out.add(f"nums={min(n, 4)}")
    return sorted(out)
