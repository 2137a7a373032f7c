"""Stage: modality. 'asserted', 'planned' (will / agreed to / is being arranged), 'other' (could / projected
to / called for) or 'negated' (did not / refused to / No party) from the cue words of the trigger's clause."""

from __future__ import annotations

from itertools import islice


def modality(comp, ctx, trig, span, head, seg) -> str:
    doc = ctx.doc
    lex = comp.lex
    words = ctx.left_clause_words(span, seg)
    neg = lex.get("negation_before", set())
    keep = lex.get("not_negation_after", set())
    for k, w in enumerate(words):
        if w in neg and not (k + 1 < len(words) and words[k + 1] in keep):  # "not only won" is no negation
            return "negated"
    for a, b in zip(words, words[1:]):
        if (a, b) in comp.other_bigrams:
            return "other"
    if any(w in lex["other_before"] for w in words):
        return "other"
    if any(w in lex["planned_before"] for w in words):
        return "planned"
    if trig.roles == "noun" or head.pos_ in ("NOUN", "PROPN"):
        # "a meeting is being arranged", "talks were scheduled"
        for t in doc[span.end: min(seg.end, span.end + 5)]:
            if t.is_punct:
                break
            if t.lower_ in lex["planned_after"]:
                return "planned"
    if ctx.parsed:
        for anc in islice(head.ancestors, 4):
            if anc.lower_ in lex["planned_after"] and anc.i > head.i:
                return "planned"
    return "asserted"
