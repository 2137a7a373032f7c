"""Stage: modality. 'asserted', 'planned' (will / agreed to / is being arranged), 'other' (could / projected
to / called for) or 'negated' (did not / refused to / No party) from the cue words of the trigger's clause."""

from __future__ import annotations

from itertools import islice

from ...mentions import _HYPHENS


def modality(comp, ctx, trig, span, head, seg) -> str:
    doc = ctx.doc
    lex = comp.lex
    if ctx.parsed and denied(ctx, head, lex):
        return "negated"
    words = ctx.left_clause_words(span, seg)
    neg = lex.get("negation_before", set())
    keep = lex.get("not_negation_after", set())
    # "has not only won": no negation, nor a doubt (the pair is left out of the cue words)
    words = [w for k, w in enumerate(words) if not (w in neg and k + 1 < len(words) and words[k + 1] in keep)]
    for w in words:
        if w in neg:
            return "negated"
    for a, b in zip(words, words[1:]):
        if (a, b) in comp.negation_bigrams:
            return "negated"  # "Rather than resign, X ...", "instead of forming a coalition"
        if (a, b) in comp.other_bigrams:
            return "other"
    if any(w in lex["other_before"] for w in words):
        return "other"
    if ctx.lower[seg.start] in ("if", "unless") and span.start > seg.start:
        return "other"  # "If elected, X would form a coalition": the whole sentence is a condition
    if any(w in lex["planned_before"] for w in words):
        return "planned"
    if headline_infinitive(ctx, span, seg):
        return "planned"
    if trig.kind == "meet" and trig.roles != "noun" and span.start > seg.start and ctx.lower[span.start - 1] == "to":
        return "planned"  # "X called Y to meet in Osaka", "flew in to meet Y": a meeting is the purpose, not yet held
    if trig.roles == "noun" or head.pos_ in ("NOUN", "PROPN"):
        # "a meeting is being arranged", "talks were scheduled"
        for t in doc[span.end: min(seg.end, span.end + 5)]:
            if t.is_punct:
                break
            if t.lower_ in lex["planned_after"]:
                return "planned"
    if ctx.parsed:
        child = head
        for anc in islice(head.ancestors, 4):
            if child.dep_ in ("relcl", "acl:relcl"):
                break  # "X, who met Y earlier, is scheduled to speak": a relative clause keeps its own tense
            if anc.lower_ in lex["planned_after"] and anc.i > head.i:
                return "planned"
            child = anc
    return "asserted"


def denied(ctx, head, lex) -> bool:
    """'X denied that he would resign', 'X dismissed reports that she had met Y': the event is the content of a
    denial (a clause or a noun the denial verb governs, up to three steps up the parse), not something that
    happened. Only a clause counts (not "the accusations by X were denied": they were made); a coordinated or
    relative clause has its own assertion ('X denied the charges and resigned')."""
    words = lex.get("denial_verbs", set())
    if head.pos_ not in ("VERB", "AUX") or head.dep_ not in ("ccomp", "acl", "xcomp", "acl:relcl") \
            or head.dep_ == "acl:relcl" and not any(c.lower_ == "that" and c.dep_ == "mark" for c in head.children):
        return False  # ("the accusations by X were denied": the accusations were made; only a denied clause counts)
    child = head
    for anc in islice(head.ancestors, 3):
        if child is not head and child.dep_ in ("conj", "relcl", "acl:relcl", "parataxis", "advcl"):
            return False
        if anc.lower_ in words and anc.pos_ in ("VERB", "AUX"):
            return True
        child = anc
    return False


def headline_infinitive(ctx, span, seg) -> bool:
    """'Jane Roe to resign after defeat', 'Unity Party to form government': a name that opens the segment,
    then 'to' and the trigger, with no verb of its own, is the news-writing future ('is to resign')."""
    i = span.start - 1
    if i - 1 < seg.start or ctx.lower[i] != "to":
        return False
    if ctx.name_at(i - 1):
        run = ctx._run(ctx.doc[i - 1])
        first = seg.start + (1 if ctx.lower[seg.start] == "the" else 0)
        if run.end == i and run.start <= first:
            return True
    # "Ada Mensah-led coalition to form government": a short subject phrase with no verb of its own
    return ctx.tagged and ctx.lower[i - 1] in ctx.lex["org_heads"] and i - seg.start <= 6 \
        and not any(t.pos_ in ("VERB", "AUX") and ctx.texts[t.i - 1] not in _HYPHENS for t in ctx.doc[seg.start: i - 1])
