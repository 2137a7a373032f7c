"""Stage: modality. 'asserted', 'planned' (will / agreed to / is being arranged), 'other' (could / projected
to / called for) or 'negated' (did not / refused to / No party) from the cue words of the trigger's clause."""

from __future__ import annotations

from itertools import islice

from ...mentions import _HYPHENS


# a near miss right before the trigger: what it names did not happen
_NEAR_MISS = frozenset((("short", "of"), ("close", "to"), ("shy", "of")))



# verbs of offering or threatening an act: "offered to resign" has not resigned yet
_OFFER_VERBS = frozenset(("offered", "offers", "offer", "offering", "volunteered", "threatened", "threatens", "threaten", "threatening"))

# nouns of asking for an act: "calls to resign", "pressure on him to step down"
_DEMAND_NOUNS = frozenset(("calls", "call", "demands", "demand", "pressure", "pleas", "plea", "appeals", "appeal", "ultimatum",
                           "petition", "campaign", "motion"))

def modality(comp, ctx, trig, span, head, seg) -> str:
    doc = ctx.doc
    lex = comp.lex
    if ctx.parsed and denied(ctx, head, lex):
        return "negated"
    if ctx.parsed and conditional(head, lex):
        return "other"
    if ctx.parsed and demanded(ctx, head, lex):
        return "other"
    if ctx.parsed and trig.roles == "noun" and hypothetical_subject(head, lex):
        return "other"
    if span.start - 2 >= seg.start and (ctx.lower[span.start - 2], ctx.lower[span.start - 1]) in _NEAR_MISS:
        return "negated"  # "fell just short of winning a two-thirds majority", "came close to winning": no win
    words = ctx.left_clause_words(span, seg)
    neg = lex.get("negation_before", set())
    keep = lex.get("not_negation_after", set())
    # "has not only won": no negation, nor a doubt (the pair is left out of the cue words)
    words = [w for k, w in enumerate(words) if not (w in neg and k + 1 < len(words) and words[k + 1] in keep)]
    if len(words) > 1 and words[0] in lex.get("factive_openers", ()) and words[1] in lex.get("definite_determiners", ()):
        # "Considering the margin of her win, ...": a participle opening the clause as a preposition ("given")
        # takes a noun phrase whose event is a fact; only "X is considering ..." (a verb with a subject) is a doubt
        words = words[1:]
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
    if trig.kind == "congratulate" and performative(ctx, span, seg, lex):
        return "asserted"  # '"I would like to congratulate X," he said': saying it congratulates
    if any(w in lex["planned_before"] for w in words):
        return "planned"
    if span.start - 2 >= seg.start and ctx.lower[span.start - 1] == "to" and (
            ctx.lower[span.start - 2] in _DEMAND_NOUNS
            or span.start - 4 >= seg.start and ctx.lower[span.start - 4] in _DEMAND_NOUNS and ctx.lower[span.start - 3] in ("on", "for")):
        return "other"  # "ignored calls to resign", "pressure on X to step down": what others ask for, not done
    if span.start - 2 >= seg.start and ctx.lower[span.start - 1] == "to" and ctx.lower[span.start - 2] in _OFFER_VERBS:
        return "planned"  # "Fico offered to resign", "threatened to resign": an offer, not yet done ("offered his
        # congratulations" does congratulate)
    if headline_infinitive(ctx, span, seg):
        return "planned"
    if for_subject_infinitive(ctx, span, seg):
        return "planned"  # "paving the way for X to form the next government": not yet formed
    if trig.kind == "meet" and trig.roles != "noun" and span.start > seg.start and ctx.lower[span.start - 1] == "to":
        return "planned"  # "X called Y to meet in Osaka", "flew in to meet Y": a meeting is the purpose, not yet held
    if trig.roles == "noun" or head.pos_ in ("NOUN", "PROPN"):
        # "a meeting is being arranged", "talks were scheduled"
        for t in doc[span.end: min(seg.end, span.end + 5)]:
            if t.is_punct:
                break
            if t.lower_ in lex["planned_after"]:
                return "planned"
    if ctx.parsed and future_chain(head):
        return "planned"  # "I will shortly be seeing the King to offer my resignation": a future beyond the word window
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


def conditional(head, lex) -> bool:
    """Condition clause: '"If it proves true that X has won outright, ...', 'And if X loses, ...': the
    event sits in a clause introduced by 'if' / 'unless' (the mark of the trigger's clause or of a clause it is
    the content of, up to three steps up the parse), so it is supposed, not reported. The clause's position
    does not matter (after a quotation mark or 'And', or after the main clause: 'X will resign if Y wins').
    A relative clause keeps its own assertion ('If the party, which won in 2019, loses ...'); the main clause
    that governs a condition is not itself conditional ('X would resign if Y won': only 'won' is)."""
    marks = lex.get("condition_marks", ())
    node = head
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
            return True
        if node.dep_ in ("relcl", "acl:relcl", "parataxis") or node.head is node:
            return False
        node = node.head
    return False


def demanded(ctx, head, lex) -> bool:
    """'X demanded that Y resign', 'urged that the party concede': a bare verb (subjunctive, no tense of its own) in
    the clause a verb of demanding governs is what is asked for, not what happened ('X insisted that Y had won'
    keeps its tense and stays asserted)."""
    w = head.lower_
    bare = head.tag_ == "VB" or not (w.endswith(("ed", "s", "ing")) or w in ("won", "met", "lost", "beat", "quit"))
    # (the tagger may read a bare "resign" after a name as a noun: the word's form decides)
    if not bare:
        return False
    # by word order: "<demand verb> that <subject of at most five words> <bare verb>" (the parse may miss it)
    k = head.i - 1
    while k > 0 and head.i - k <= 6 and ctx.lower[k] != "that" and not ctx.doc[k].is_punct:
        k -= 1
    if k > 0 and ctx.lower[k] == "that" and k < head.i - 1 and ctx.lower[k - 1] in lex.get("demand_verbs", ()):
        return True
    if head.dep_ not in ("ccomp", "xcomp") or any(c.dep_ in ("aux", "mark") and c.lower_ == "to" for c in head.children):
        return False
    if any(c.dep_ == "aux" for c in head.children):
        return False  # ("urged that Y should resign" is read by the modal)
    gov = head.head
    return gov.lower_ in lex.get("demand_verbs", ()) and gov.pos_ in ("VERB", "AUX")


def for_subject_infinitive(ctx, span, seg) -> bool:
    """'... for Ana Soto to form a government', 'the path for the Unity Party to take power': an infinitive whose
    subject 'for' introduces states a purpose or a possibility, not something done."""
    i = span.start - 1
    if i - 1 <= seg.start or ctx.lower[i] != "to" or not ctx.name_at(i - 1):
        return False
    run = ctx._run(ctx.doc[i - 1])
    k = run.start - 1
    if k >= seg.start and ctx.lower[k] == "the":
        k -= 1
    return run.end == i and k >= seg.start and ctx.lower[k] == "for"


def hypothetical_subject(head, lex) -> bool:
    """'a victory for X would be a setback', 'X's defeat could trigger a crisis': a nominal event that is the
    subject of a clause with a modal of possibility (would / could / might / may) is supposed, not reported."""
    if head.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass"):
        return False
    verb = head.head
    return any(c.dep_ == "aux" and c.lower_ in lex.get("hypothetical_modals", ()) for c in verb.children)


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


def future_chain(head) -> bool:
    """The trigger is reached from a verb with "will" / "shall" through objects and infinitive or purpose clauses
    only (at most four steps): "I will shortly be seeing His Majesty the King to offer my resignation"."""
    t = head
    for _ in range(4):
        # clauses pass the future on only as infinitives ("to offer my resignation", also hung on the object: "seeing
        # the King to offer ..."); a participle clause states a fact ("Considering the victory X scored, the party
        # will ...")
        infinitive = any(c.dep_ in ("mark", "aux") and c.lower_ == "to" for c in t.children)
        link = t.dep_ in ("obj", "dobj") or t.dep_ in ("xcomp", "advcl", "acl") and infinitive
        if not link or t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX") and any(c.dep_.startswith("aux") and c.lower_ in ("will", "'ll", "’ll", "shall") for c in t.children):
            return True
    return False


def performative(ctx, span, seg, lex) -> bool:
    """'I would like to congratulate X', 'we want to congratulate', 'I wish to congratulate': a first person's wish
    to congratulate, said, is the congratulation (lexicon performative_wishes: the words between the pronoun and
    'to', right before the trigger)."""
    low = ctx.lower
    k = span.start - 1
    if k <= seg.start or low[k] != "to":
        return False
    j = k - 1
    wish: list[str] = []
    while j >= seg.start and k - j <= 4 and low[j] not in ("i", "we"):
        wish.insert(0, low[j])
        j -= 1
    if j < seg.start or low[j] not in ("i", "we"):
        return False
    wish = [w for w in wish if w not in ("therefore", "also", "just", "first", "again", "too", "really", "sincerely")]
    return " ".join(wish) in lex.get("performative_wishes", ())
