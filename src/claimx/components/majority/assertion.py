"""Stage 2, assertion: does a phrase state a status of this election? Conditions, goals, speculation,
questions, opinion polls, majorities that are not a chamber's are dropped; negation is read here too."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from ...doctext import span_text
from ...numbers import parse_number
from ..seats import status
from .parse import OBJECTS, OWN_CLAUSE, SUBJECTS, clause_chain, kids, subtree

if TYPE_CHECKING:
    from .article import Article


_PLURAL_GOVERNMENTS = frozenset(("governments", "administrations", "cabinets", "parliaments", "assemblies"))


def _generic_plural(span: Span, subj: Token | None) -> bool:
    """A status phrase in the plural with no determiner or possessive speaks of several governments, not of one
    party's status in this election: "Queensland has had minority governments before", "Labor has formed minority
    governments twice" (a government noun in the plural, whoever the subject); "majorities" only when the clause has
    no party for subject ("there have been hung parliaments"; "the Republicans retain majorities in the House and
    Senate" is a status in each chamber)."""
    head = span[-1]
    if span.end < len(span.doc) and span.doc[span.end].lower_ in _PLURAL_GOVERNMENTS:
        head = span.doc[span.end]  # ("formed minority" + "governments": the pattern stops at the status word)
    if head.tag_ not in ("NNS", "NNPS") or any(c.dep_ in ("det", "poss", "nmod:poss") for c in head.children):
        return False
    if any(t.lower_ in ("its", "their", "the", "his", "her") for t in span):
        return False
    if head.lower_ in _PLURAL_GOVERNMENTS:
        return True
    return subj is None or span.start <= subj.i < span.end or subj.ent_type_ in ("GPE", "LOC") \
        or subj.lower_ in ("there", "we", "you", "voters", "people", "countries", "states", "provinces")


# the determiners of a party that is any party ("one party", "any party", "a single party")
_ANY_ONE = frozenset(("one", "any", "a", "an", "single", "either", "every", "each"))


def _any_party(t: Token | None) -> bool:
    """"one party", "any party", "a single party": a party that stands for any of them (its own subject, or the
    noun a participle modifies: "to prevent one party winning a majority")."""
    return t is not None and t.lower_ == "party" and any(c.lower_ in _ANY_ONE and c.i < t.i for c in kids(t)) \
        and not any(c.lower_ in ("no", "neither") for c in kids(t))  # ("no single party": no party, read as such)


def unasserted(w: dict[str, frozenset[str]], art: "Article", span: Span, p: dict[str, Any], root: Token, verb: Token | None,
               subj: Token | None, no_party: bool) -> str | None:
    """Why the phrase does not assert a status of this election (None when it does). "No party can reach
    a majority" is asserted: only conditions and questions are dropped there."""
    doc = span.doc
    sent = span.sent
    if span_text(sent).rstrip().rstrip("\"'\u201d\u2019").endswith("?"):
        return "question"
    chain = clause_chain(root)
    for t in chain:
        if any(c.dep_ == "mark" and c.lower_ in w["condition_marks"] for c in kids(t)):
            return "condition"  # "if no party wins a majority", "whether Labour can win a majority"
        for c in kids(t):  # "If it wins ten more seats, it would have a majority": a condition on the clause
            if c.dep_ == "advcl" and condition(c, w) == "if" and not data_condition(c, w) and \
                    (c.i < t.i or any(a.dep_.startswith("aux") and a.lower_ in ("would", "could", "might") for a in kids(t))):
                # (after the clause only under "would": "it would have a majority if two seats are annulled";
                # "If the exit poll is confirmed, X will fall short" is a projection, kept)
                return "condition"
    for t in (span.root, *span.root.ancestors):
        if (t.tag_ == "VBG" or t.pos_ == "NOUN") and any(
                c.dep_ == "advcl" and c.i >= span.end and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in kids(c))
                for c in kids(t)):
            # "keeping the door ajar for a Labor minority government if the numbers allow": a status that a
            # participle's or a noun's "if" clause after it makes a condition of ("X will govern with a majority if
            # the count confirms it" stays a projection)
            return "condition"
    if _generic_plural(span, subj):
        return "generic"  # "Queensland has had minority governments before": a kind of government, nobody's status
    if _any_party(subj) or root.dep_ == "acl" and _any_party(root.head):
        return "generic"  # "a system designed to prevent one party winning a majority": any party, nobody's status
    if "the last time" in span_text(sent).lower():
        return "previous"  # "the last time no party had a majority was in 2004"
    if earlier_election(art, span):
        return "previous"  # "In 2017, the X had obtained an absolute majority", "the last election, when no party won"
    if any(t.lower_ in ("years", "decades", "months", "terms") for t in doc[max(sent.start, span.start - 3) : span.start]) and \
            span.start > 0 and doc[span.start - 1].lower_ == "of":
        return "previous"  # "after five years of minority government": a past period
    if before_this_election(span):
        return "previous"  # "a majority in the outgoing assembly", "has governed with a majority since 2010"
    if any(t.lower_ in ("previous", "former", "outgoing", "old") for t in span) or \
            span.start > 0 and doc[span.start - 1].lower_ in ("previous", "former", "outgoing"):
        return "previous"  # "down from the DPP's previous 68-seat majority": the majority before this election
    if poll_expectation(sent, w):
        return "poll"  # "polls suggested the X would win a majority": an expectation before the count
    if expected_by_someone(root, w):
        return "expectation"  # "many analysts expected a hung parliament": what was expected, not what happened
    if no_party:
        # (a statement of no party's majority that is feared or wanted: "the X fears a hung parliament")
        return None if p.get("need_ok") else goal_above(chain, w)
    if lacking_adjunct(span, root, verb):
        # "Without a Senate majority the party will need to negotiate": what the party lacks now; the need or the
        # modal of the clause is about what follows from it
        return None
    if hoped_for(span, w):
        return "goal"  # "Voss hopes his victory will give him a majority" (whatever the parser hangs the hope on)
    if _CAPACITY.search(span.doc[max(sent.start, span.start - 6) : span.start].text.lower()):
        return "goal"  # "cast doubt on the X's ability to form a majority government": a capacity weighed, not a result
    for v in {t for t in (verb, root) if t is not None and t.tag_ == "VBN"}:
        # "the X, which had held a majority since 2016", "(they took 40% and) have not held a majority government
        # since 1999": a state over the years before this election (not "has won a majority for the first time
        # since 1999"); the phrase's own verb may be a conjunct of the clause's
        if any(c.lower_ == "since" for c in subtree(v)) and (
                any(c.lower_ == "had" and c.dep_.startswith("aux") for c in kids(v))
                or v.lemma_.lower() in ("hold", "have", "enjoy", "control", "command")
                and any(c.lower_ in ("has", "have") and c.dep_.startswith("aux") for c in kids(v))
                and not any(c.lower_ == "first" for c in subtree(v))):
            return "previous"
    core = verb is not None and (root.i == verb.i or root.head.i == verb.i and root.dep_ in OBJECTS + ("xcomp", "obl"))
    if core and not p.get("modal_ok") and any(c.dep_.startswith("aux") and c.lower_ in w["hypothetical_aux"] for c in kids(verb)) \
            and not inability(verb, w) and not (p.get("ability_ok") and ability(verb, w)):
        # (what the seats allow is a fact: "the X can now govern alone"; "could govern alone" stays speculation)
        # (the modal of "must seek partners" is the statement itself: the pattern says so with ``modal_ok``)
        return "speculation"  # "could win a majority", "might lose its majority"
    if core and any(c.dep_.startswith("aux") and c.lower_ in ("would", "'d") for c in kids(verb)) and \
            _COMBINATION.search(doc[sent.start : span.start].text.lower()):
        return "combination"  # "Together with the Y, the X would have a majority": a sum of parties, supposed
    if core and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in w["prediction_verbs"] | {"say"} and \
            any(c.dep_.startswith("aux") and (c.lower_ in ("would", "'d") or c.lower_ in ("will", "'ll") and verb.head.lemma_.lower() != "say")
                for c in kids(verb)) and \
            not any(t.lower_ in w["count_nouns"] or t.lower_ in ("projected", "exit") for t in sent):
        return "prediction"  # "Rajapaksa said that their party would garner a two-thirds majority": a forecast
    t = root
    while not p.get("need_ok") and t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
        t = t.head
        if any(c.dep_.startswith("aux") and c.lower_ in w["hypothetical_aux"] for c in kids(t)) and not inability(t, w):
            return "speculation"  # "could lose fifty deputies and still govern alone"
    if not p.get("need_ok"):
        why = goal_above(chain, w)
        if why:
            return why
        if span.start > sent.start and doc[span.start - 1].lower_ == "to" and \
                _OBLIGATION.search(doc[sent.start : span.start - 1].text.lower()):
            # an infinitive of purpose under an obligation: "The party will have to cobble together support from
            # independents to reach the halfway mark", "it must find partners to secure a majority" (what it
            # still has to do, whatever the parser attaches the infinitive to)
            return "goal"
        if span.start > sent.start and doc[span.start - 1].lower_ == "to" and \
                [t.lower_ for t in doc[sent.start : span.start - 1]] in ([], ["in", "order"]):
            # a fronted infinitive of purpose: "To govern alone, a party must control 76 seats", "In order to win
            # a majority, ..." (what it takes, nobody's status)
            return "goal"
        if span.start - 3 >= sent.start and [t.lower_ for t in doc[span.start - 3 : span.start]] in (["in", "order", "to"], ["so", "as", "to"]):
            # an infinitive of purpose anywhere in the sentence: "which parties the X will form a coalition with in
            # order to achieve a majority" (what it seeks, not what it has)
            return "goal"
        if verb is not None and verb.lower_ in w["need_words"] and not in_fact_clause(root, verb, w):
            return "goal"
        for t in span:
            if t.lower_ in ("majority", "minority", "supermajority") and t.head.lower_ in w["goal_nouns"] and t.head.i < t.i \
                    and denied_goal(span, w) is None:
                return "goal"  # "its bid for a majority", "hopes of a majority"
        before = doc[max(sent.start, span.start - 2) : span.start]
        if any(t.lower_ in w["goal_nouns"] and t.pos_ == "NOUN" for t in before) and any(t.lower_ in ("for", "of", "to", "at") for t in before) \
                and denied_goal(span, w) is None:
            return "goal"
    if not p.get("generic_ok") and subj is not None and generic(subj, w):
        return "generic"  # "a government needs the support of 76 deputies"
    if not p.get("generic_ok") and any(doc[k].lower_ == "or" and doc[k - 1].lower_ in w["generic_heads"] and doc[k + 1].lower_ in w["generic_heads"]
                                       for k in range(max(sent.start + 1, span.start - 4), span.start - 1)):
        return "generic"  # "the leader of the party or coalition winning the majority of seats": whichever wins it
    if subj is not None and subj.lower_ in w["not_party_subjects"] and p.get("whose") not in ("possessor", "object"):
        # (not "The vote ended the X's majority": the possessor owns the majority, whatever the subject)
        return "not-a-party"  # "the bill passed with a two-thirds majority": a vote, not a chamber's make-up
    return None


def expected_by_someone(root: Token, w: dict[str, frozenset[str]]) -> bool:
    """The phrase is the object of a verb of expecting ("expected", "predicted", "forecast") whose subject is not
    a count ("Analysts expected a hung parliament", "Lume predicted a majority"); "exit polls predicted a hung
    parliament" and "the X is expected to win a majority" are projections, kept."""
    head = root.head
    if root.dep_ not in OBJECTS or head.i == root.i or head.lemma_.lower() not in w["expecting_verbs"]:
        return False
    end = max(t.i for t in subtree(root)) + 1
    if end < len(root.doc) and root.doc[end].lower_ in ("will", "would", "is", "was", "has", "had", "could", "may", "might", "can"):
        # "Analysts predicted the Liberal minority will be short-lived": a finite verb follows, so the phrase is the
        # subject of what is predicted (a state that already holds), not the thing predicted (the parser often hangs
        # it off the verb of expecting as its object)
        return False
    subj = next((c for c in kids(head) if c.dep_ in SUBJECTS), None)
    if subj is None:
        return False
    words = {t.lower_ for t in subtree(subj)}
    return not words & (w["count_nouns"] | {"exit", "projection", "projections", "projected"})


def denied_goal(span: Span, w: dict[str, frozenset[str]]) -> Token | None:
    """ "X has no chance of winning a majority", "with no hope of a majority", "no path to a majority": a goal noun
    denied by "no" just before the phrase says the party will not get there (a shortfall, asserted)."""
    doc = span.doc
    for t in doc[max(span.sent.start, span.start - 4) : span.start]:
        if t.lower_ in w["goal_nouns"] and t.pos_ == "NOUN" and (
                any(c.dep_ == "det" and c.lower_ == "no" for c in t.children) or t.i > 0 and doc[t.i - 1].lower_ == "no"):
            return t
    return None


def goal_above(chain: list[Token], w: dict[str, frozenset[str]]) -> str | None:
    """A verb of wanting, needing, fearing or refusing above the phrase in its clause: "hopes to win a majority",
    "needs 76 seats to form a majority", "risks losing its majority", "warned of a hung parliament" ("goal"),
    "ruled out forming a minority government" ("refused"); None when there is none."""
    for below, t in zip(chain, chain[1:4]):
        if below.dep_ in ("conj", "parataxis", "appos", "list"):
            break  # "the people want change, AD first but without a majority": another clause
        if below.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in ("to", "order") for c in kids(below)):
            # "By obtaining only a relative majority, the X must seek allies", "Green called the seat for
            # Labor, guaranteeing an ALP majority": a means or a consequence, not the goal (a purpose is "to")
            break
        if fronted_circumstance(below, t):
            break  # "Short of a majority, the X will seek a partner": the reason for the goal, not the goal
        if t.lemma_.lower() == "call" and below.dep_ in OBJECTS:
            break  # "the broadcaster called an X majority government": a projection declared, where "called
            # for a majority" and "called on voters to give it a majority" are appeals (goals)
        if t.lemma_.lower() in w["goal_verbs"] or t.lower_ in w["need_words"]:
            return "goal"  # "hopes to win a majority", "needs 76 seats to form a majority"
        if t.lower_ in w["refusal_verbs"] or t.lemma_ == "rule" and any(c.lower_ == "out" for c in kids(t)):
            return "refused"  # "ruled out forming a minority government"
    return None


def fronted_circumstance(below: Token, verb: Token) -> bool:
    """``below`` opens the sentence before ``verb``'s subject, set off by a comma, and is no purpose ("to ..."):
    "Short of a majority, the X will seek a partner", "Without a majority, it must find allies"."""
    words = list(subtree(below))
    last = max(t.i for t in words if not t.is_punct)
    doc = below.doc
    if below.i > verb.i or last + 1 >= len(doc) or doc[last + 1].text != ",":
        return False
    if any(t.lower_ in ("to", "order") and t.dep_ == "mark" for t in words):
        return False  # "To win a majority, the X needs 61 seats": a purpose
    subj = next((c for c in kids(verb) if c.dep_ in SUBJECTS), None)
    return subj is not None and subj.i > last


def in_fact_clause(root: Token, verb: Token, w: dict[str, frozenset[str]]) -> bool:
    """The phrase stands in an adverbial clause of time or cause under the verb ("she will need partners after
    winning the election but falling short of a majority"): what happened, not what is needed."""
    t = root
    for _ in range(8):
        if t.i == verb.i or t.head.i == t.i:
            return False
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in w["fact_marks"] for c in kids(t)):
            return True
        t = t.head
    return False


def ability(verb: Token, w: dict[str, frozenset[str]]) -> bool:
    """The verb's only modal is a present "can": "the X can govern alone", "can now rule without partners"."""
    aux = [c for c in kids(verb) if c.dep_.startswith("aux") and c.lower_ in w["hypothetical_aux"]]
    return bool(aux) and all(c.lower_ in ("can", "ca") for c in aux)


def inability(verb: Token, w: dict[str, frozenset[str]]) -> bool:
    """A negated "can" / "could": "cannot govern alone", "could not win a majority", "can't reach a majority even
    with its allies" state what the seats do not allow (the negation stage reads the shortfall), where "could win"
    and "might not win" are speculation."""
    aux = [c for c in kids(verb) if c.dep_.startswith("aux")]
    if not any(c.lower_ in w["ability_aux"] for c in aux):
        return False
    return any(c.lower_ in w["negators"] and c.dep_ in ("advmod", "neg") for c in kids(verb))


# an obligation: "will have to", "has to", "must", "needs to" (the modal of what is still to be done)
_OBLIGATION = re.compile(r"\b(?:have to|has to|had to|must|needs? to|is forced to|are forced to|will be forced to)\b")
# "together with", "combined with", "with the support of": a sum of parties ("Together with the Y, the X would
# have a majority"); conditions ("even if it won every seat") are read as conditions, not here
_COMBINATION = re.compile(r"\b(?:together with|combined with|between them|with the support of|with the backing of|in coalition with|"
                          r"along with|joined by|plus)\b")


# "previously holding a", "had formerly won an": an adverb of an earlier time right before the phrase's verb
_PREVIOUSLY_BEFORE = re.compile(r"\b(?:previously|formerly|once)(?: (?:had|held|won|holding|having|enjoyed|enjoying|commanded|commanding|controlled|controlling))?(?: (?:an?|the|its|their))?\s*$")


def earlier_election(art: "Article", span: Span) -> bool:
    """The words before the phrase in its sentence frame an earlier election: "In 2017, the X had obtained an
    absolute majority" (a year before the latest the article names), "the last election six months ago, when no
    party won a majority", "Four years ago the X won a majority" (the seat stage's status cues)."""
    doc = span.doc
    before = doc[span.sent.start : span.start].text.lower()
    base = doc[span.sent.start].idx
    if status.past_election_frame(before) and any(not in_closed_clause(doc, base + m.end() - 1, span) for m in status._PAST_FRAME.finditer(before)):
        return True  # (not a frame of a relative clause: "The X, which held 50 seats in the outgoing assembly, won a majority")
    if earlier_election_after(art, span):
        return True
    if _PREVIOUSLY_BEFORE.search(before):
        return True  # "Although previously holding a majority in the capital, ...": a majority it no longer has
    m = status._YEAR_OPENING.match(before) or next(
        (x for x in status._YEAR_BEFORE.finditer(before) if not status._NOW_BETWEEN.search(before[x.end():])
         and not in_closed_clause(doc, base + x.start(1), span)), None)
    if m is None or re.search(r"\b(?:since|first time|until|before)\b", before[max(0, m.start() - 60) : m.start()]):
        return False  # ("for the first time since the return of democracy in 2014, the X failed to win a majority")
    year = status.matched_year(m)
    # (a year the article names only there, with a past perfect, frames an earlier election too: "In 2017, the X
    # had obtained an absolute majority" in a story that does not name its own year)
    pluperfect = any(t.lower_ == "had" and t.dep_.startswith("aux") for t in doc[span.sent.start : span.end])
    return year < max(art.years(), default=0) or art.years().get(year, 0) <= 1 and pluperfect


def in_clause_of(doc: Doc, char: int, span: Span) -> bool:
    """The word at ``char`` belongs to the phrase's own clause (the subtree of the first clause head above the
    phrase), not to a clause the phrase is not in: "In the outgoing chamber the X held 158 seats, which means it
    has lost its majority" (the frame is the main clause's, the phrase a relative clause's)."""
    t = doc.char_span(char, char + 1, alignment_mode="expand")  # (the token at ``char``)
    if t is None:
        return False
    top = span.root
    for _ in range(10):
        if top.dep_ in OWN_CLAUSE or top.head.i == top.i:
            break
        top = top.head
    return any(u.i == t.root.i for u in subtree(top))


def in_closed_clause(doc: Doc, char: int, span: Span) -> bool:
    """The word at ``char`` stands in a relative clause or apposition that the phrase is not part of: the year of
    "The X, which won a majority in 2015, lost its majority" frames the relative clause, not the main verb."""
    t = doc.char_span(char, char + 1, alignment_mode="expand")  # (the token at ``char``)
    if t is None:
        return False
    t = t.root
    for _ in range(8):
        if t.dep_ in ("relcl", "acl:relcl", "appos", "parataxis") and not (
                min(u.i for u in subtree(t)) <= span.start and span.end - 1 <= max(u.i for u in subtree(t))):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


# the chamber before this election, in the phrase's clause: "a majority in the outgoing assembly", "at
# dissolution". (Not "before the vote, the X held 33 of the 65 seats, the narrowest possible majority": the gold
# conventions record a status the story states of the time just before, as corpus/holdout h07 does.)
_BEFORE_ELECTION = re.compile(
    r"\b(?:(?:in|of) the (?:outgoing|previous|last|old|dissolved) (?:\w+ )?(?:parliament|assembly|legislature|house|chamber|senate|congress)"
    r"|at (?:the )?dissolution|before dissolution)\b")
# a period that began before this election, right after the phrase: "since 2010", "for a decade", "for 12 years"
_PERIOD_AFTER = re.compile(r"^(?:in (?:the )?(?:\w+ )?(?:parliament|assembly|legislature|house|chamber|senate|congress) )?(?:since (?:(?:19|20)\d\d|the \w+ election)|for (?:a|the past|the last|\w+) (?:decade|decades|years|terms))\b")


def before_this_election(span: Span) -> bool:
    """A status of the time before this election: the chamber before it named in the phrase's clause (not in a
    clause the phrase is not in: "The X, which held 40 seats in the outgoing assembly, won a majority" and "In the
    outgoing chamber the X held 158 seats, which means it has lost its majority" are this election's), or a period that began earlier right after it ("has governed with a majority since 2010", "held a
    majority for a decade"), unless the clause says "now" or "this time"."""
    doc = span.doc
    sent = span.sent
    # the words before the phrase, and after it up to the next comma ("won a majority, up from 50 seats in the
    # outgoing assembly" compares with the time before; it does not frame the majority)
    end = next((t.i for t in doc[span.end : sent.end] if t.text in (",", ";", ":", "\u2014", "\u2013")), sent.end)
    text = doc[sent.start : end].text.lower()
    if re.search(r"\b(?:now|this time|again)\b", text):
        return False
    for m in _BEFORE_ELECTION.finditer(text):
        if in_clause_of(doc, sent.start_char + m.start(), span) and not in_closed_clause(doc, sent.start_char + m.start(), span):
            return True
    after = doc[span.end : sent.end].text.lower()
    return bool(_PERIOD_AFTER.match(after))


# an adverbial of an earlier election right after the phrase: "won a majority in 2015", "at the 2019 election",
# "at the previous election", "four years ago"
_YEAR_RIGHT_AFTER = re.compile(r"^(?:(?:in|at|during) (?:the )?((?:19|20)\d\d)\b|back in ((?:19|20)\d\d)\b)")
_PAST_RIGHT_AFTER = re.compile(
    r"^(?:(?:in|at|during) (?:the )?(?:last|previous|prior|preceding|\w+ previous) (?:\w+ )?(?:election|elections|vote|poll|polls|ballot)\b"
    r"|(?:\w+|\d+) (?:years?|months?|decades?) (?:ago|earlier)\b)"
)


def earlier_election_after(art: "Article", span: Span) -> bool:
    """A phrase followed by the time of an earlier election (a prepositional phrase of time on the same verb):
    "the X won a majority in 2015" (a year earlier than the latest the article names, or named only there and
    not in the headline or lede), "had won a majority at the previous election", "which won a majority four years
    ago". Not a year that starts another clause ("won a majority, up from 2015")."""
    doc = span.doc
    after = doc[span.end : span.sent.end].text.lower()
    after = re.sub(r"^(?:of \d+ seats?|in (?:the )?(?:\w+ )?(?:parliament|assembly|legislature|house|chamber|senate|congress)) ", "", after)
    if _PAST_RIGHT_AFTER.match(after) and not re.search(r"\b(?:now|this time)\b", after[:40]):
        return True
    m = _YEAR_RIGHT_AFTER.match(after)
    if m is None:
        return False
    year = int(m.group(1) or m.group(2))
    years = art.years()
    lede = art.sent_number(span.start) <= 1
    if lede and year >= max(years, default=year):
        return False  # "The X wins a majority in the 2026 election": the headline or lede names the election it reports
    return year < max(years, default=year) or years.get(year, 0) <= 1


def under_even_if(root: Token, w: dict[str, frozenset[str]]) -> bool:
    return any(c.dep_ == "advcl" and condition(c, w) == "even if" for t in clause_chain(root) for c in kids(t))


def poll_expectation(sent: Span, w: dict[str, frozenset[str]]) -> bool:
    """Opinion polls and forecasts ("polls suggested", "surveys had predicted"), not exit polls or projections
    of the count ("exit polls suggest", "is projected to win")."""
    if any(t.lower_ in ("projection", "projections", "exit") or t.lower_ in w["count_nouns"] and t.i > sent.start
           and t.doc[t.i - 1].lower_ in ("poll", "polls") for t in sent):
        return False  # (nor "poll results showed": the count)  # "the first projections by four pollsters showed a hung parliament": the count, projected
    for t in sent:
        if t.lower_ in w["poll_nouns"] and (t.i == 0 or t.doc[t.i - 1].lower_ not in ("exit", "election-night")):
            # the polls say something ("polls suggested", "polls had the X on course"), not "the polls closed"
            if t.dep_ in SUBJECTS and t.head.lower_ in w["expectation_verbs"] or \
                    any(u.lower_ in w["expectation_verbs"] for u in t.doc[t.i + 1 : min(t.i + 4, sent.end)]):
                return True
    return False


def data_condition(clause: Token, w: dict[str, frozenset[str]]) -> bool:
    """ "if the exit poll is confirmed", "if the count holds", "if these results stand": a condition on the figures
    themselves, which makes the statement a projection of them rather than a hypothetical."""
    if clause.lower_ not in w["confirming_verbs"]:
        return False
    return any(c.dep_ in SUBJECTS and c.lower_ in w["count_nouns"] for c in kids(clause))


def condition(clause: Token, w: dict[str, frozenset[str]]) -> str | None:
    """"if" when ``clause`` is a condition ("if it wins ten more seats"), "even if" for a concession ("even if
    it won every seat left, ..."), else None."""
    mark = next((c for c in kids(clause) if c.dep_ == "mark" and c.lower_ in w["condition_marks"]), None)
    if mark is None:
        return None
    if any(c.lower_ == "even" for c in list(kids(mark)) + list(kids(clause))) or (mark.i > 0 and mark.doc[mark.i - 1].lower_ == "even"):
        return "even if"
    return "if"


def is_no_party(subj: Token | None, w: dict[str, frozenset[str]]) -> bool:
    """"No party", "none of the parties", "neither bloc", "no UK political party"."""
    if subj is None:
        return False
    if subj.lower_ in w["no_party_subjects"]:
        return True
    if subj.dep_ == "conj" and subj.head.i != subj.i and any(
            c.dep_ in ("det", "cc:preconj", "preconj") and c.lower_ in ("no", "neither") for c in kids(subj.head)):
        return True  # "no single bloc or party"
    if subj.dep_ in ("nmod", "pobj") and subj.head.lower_ in ("none", "neither"):
        return True  # "none of the blocs" parsed with "none" as the head and the group noun below it
    # "no party", "neither bloc", "neither the X nor the Y"
    return any(c.dep_ in ("det", "cc:preconj", "preconj", "cc") and c.lower_ in ("no", "neither") for c in kids(subj))


_GROUP_WORDS = frozenset(("bloc", "blocs", "side", "sides", "one", "parties", "camp", "camps", "group", "groups", "coalition",
                          "coalitions", "alliance", "alliances"))


def no_party_before(span: Span, w: dict[str, frozenset[str]]) -> bool:
    """"left no party with an overall majority", "gave no single bloc a majority": "no (single) party" just
    before the phrase, in its clause; or the phrase modifies a "no party" noun phrase: "showed no single bloc or
    party with the support to win a majority"."""
    doc = span.doc
    t = span.root
    for _ in range(5):
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in OBJECTS and c.i < span.start and is_no_party(c, w)
                                            and (c.lower_ in w["party_nouns"] | _GROUP_WORDS or c.ent_type_ in ("ORG", "NORP"))
                                            for c in kids(t)):
            # "showed no single bloc or party with the support to win a majority" (not "X has no chance of winning a
            # majority": the "no" there denies the chance, the party is X)
            return True
        if t.head.i == t.i or any(c.dep_ in SUBJECTS for c in kids(t)) and t.pos_ in ("VERB", "AUX"):
            break  # (a clause with its own subject: "no party expected that the X would win a majority")
        t = t.head
        if t.lower_ in w["party_nouns"] | _GROUP_WORDS and is_no_party(t, w):
            return True
    before = [t.lower_ for t in doc[max(span.sent.start, span.start - 4) : span.start]]
    for k, word in enumerate(before):
        if word in ("no", "neither") and any(b in w["party_nouns"] or b in ("one", "side", "single") for b in before[k + 1 : k + 3]):
            return True
    # "no single bloc or party with the support to win a majority" (however it is parsed): a "no party" noun
    # phrase up to ten words before, with no verb of its own and no clause break in between
    window = doc[max(span.sent.start, span.start - 10) : span.start]
    for k, t in enumerate(window):
        if t.lower_ in ("no", "neither") and any(u.lower_ in w["party_nouns"] | {"bloc", "side", "camp", "parties"} for u in window[k + 1 : k + 4]):
            between = window[k + 1 :]
            if not any(u.tag_ in ("VBD", "VBZ", "VBP", "MD") or u.lower_ in (",", ";", "but", "while", "and") and u.i > t.i + 3 for u in between):
                return True
    return False


def generic(subj: Token, w: dict[str, frozenset[str]]) -> bool:
    if subj.lower_ not in w["generic_heads"]:
        return False
    first = min((t.i for t in subtree(subj)), default=subj.i)
    if first > 0 and subj.doc[first - 1].text in (",", ")", "(", "\u2014", "\u2013"):
        return False  # "Together (Ensemble), a coalition of centrist parties, lost the majority": a name's apposition
    if subj.lower_ == "parties" and any(c.lower_ in ("the", "both", "these") for c in kids(subj)) and \
            any(c.dep_ in ("amod", "nummod", "compound") or c.lower_ == "both" for c in kids(subj)):
        return False  # "the two parties", "the right-wing parties": the parties just named (``whose``)
    if subj.lower_ == "parties" and any(c.dep_ in ("nmod:poss", "poss") for c in kids(subj)):
        return False  # "Frederiksen and her supporting parties": someone's allies, not any party
    # "Labour and four smaller, left-leaning parties won 88 seats": a named party's partners (however parsed: the
    # name and "and" right before the plural, within five words)
    before = subj.doc[max(subj.sent.start, subj.i - 8) : subj.i]
    if subj.lower_ == "parties" and any(
            t.lower_ == "and" and k > 0 and before[k - 1].text[:1].isupper() and before[k - 1].pos_ == "PROPN"
            and not any(u.pos_ in ("NOUN", "PROPN", "VERB") and u.lower_ not in ("left", "right", "leaning") for u in before[k + 1 :]
                        if not u.is_punct and not u.like_num and u.pos_ != "ADJ")
            for k, t in enumerate(before)):
        return False
    return any(c.dep_.startswith(("det", "compound")) and c.lower_ in w["generic_dets"] for c in kids(subj)) or subj.lower_ in ("parties", "governments")


def negated(root: Token, verb: Token, span: Span, w: dict[str, frozenset[str]]) -> bool:
    """"did not win", "never had", "despite not having obtained", "no longer needs", "failed to secure" (the
    verb is the complement of a failing verb): a negation on the phrase's head or the verbs up to its clause."""
    chain = [root]
    while chain[-1].i != verb.i and chain[-1].head.i != chain[-1].i and len(chain) < 6 and chain[-1].dep_ not in OWN_CLAUSE:
        chain.append(chain[-1].head)  # (not into another clause: "she would not resign and would lead a minority
        # government", "it would not join a coalition, leaving the X to govern as a minority")
    for t in chain:
        ks = list(kids(t))
        ks += [g for c in ks if c.dep_.startswith("aux") for g in kids(c)]  # "not" under "having"
        if any(c.lower_ in w["negators"] and c.dep_ in ("advmod", "neg") and c.i < span.end for c in ks):
            return True
        if t.pos_ == "VERB" and any(c.lower_ == "without" and c.dep_ in ("mark", "case") for c in ks):
            return True  # "without needing opposition support"
        if any(c.lower_ == "longer" and any(g.lower_ == "no" for g in kids(c)) for c in ks):
            return True  # "no longer needs"
        if t.dep_ == "xcomp" and t.head.lower_ in w["failing_verbs"]:
            return True
        # "missed out on securing an overall majority", "failed in winning a majority": the gerund a failing verb
        # governs through its preposition
        if t.dep_ == "advcl" and t.pos_ == "VERB" and t.head.lower_ in w["failing_verbs"] \
                and any(c.dep_ == "mark" and c.lower_ in ("on", "in", "at") for c in kids(t)):
            return True
    for t in chain:
        if t.dep_ not in ("advcl", "xcomp", "acl") or t.head.i == t.i:
            continue
        head = t.head
        # "that hasn't been enough to secure a majority": what is not enough for the majority denies it
        if head.lower_ in ("enough", "sufficient") and any(c.lower_ in w["negators"] and c.dep_ in ("advmod", "neg") for c in kids(head)):
            return True
        # "failed to win enough votes to secure an outright majority", "did not win enough seats to form a majority":
        # the purpose of a winning that failed or did not happen is not reached
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "to" for c in kids(t)) and head.pos_ == "VERB" and (
                head.dep_ == "xcomp" and head.head.lower_ in w["failing_verbs"]
                or any(c.lower_ in w["negators"] and c.dep_ in ("advmod", "neg") for c in kids(head))):
            return True
        # "the LNP is unlikely to have a majority": an unlikely majority is a shortfall foreseen
        if t.dep_ == "xcomp" and head.lower_ in ("unlikely", "impossible"):
            return True
        # "it is now not possible for them to reach the 326 seats needed": a negated possibility
        if head.lower_ in ("possible", "likely", "able") and any(
                c.lower_ in w["negators"] and c.dep_ in ("advmod", "neg") for c in kids(head)):
            return True
    if lacks_the_means(chain[-1], w):
        return True
    if denied_goal(span, w) is not None:
        return True  # "has no chance of winning a majority"
    return any(t.lower_ in ("not", "n't", "n’t", "never") for t in span)


def lacks_the_means(t: Token, w: dict[str, frozenset[str]]) -> bool:
    """An infinitive of what the seats allow, under seats that are lacking: "lacks the numbers to govern alone",
    "does not have enough seats to govern alone", "without the votes to rule on its own" (the noun is one of
    ``means_nouns`` or has "enough"; its verb is a lacking verb or negated, or "without" governs it)."""
    if t.dep_ not in ("acl", "advcl", "xcomp") or not any(c.dep_ == "mark" and c.lower_ == "to" for c in kids(t)) or t.head.i == t.i:
        return False
    h = t.head
    if h.pos_ in ("NOUN", "PROPN"):
        noun, verb = h, h.head
    else:
        noun, verb = next((c for c in kids(h) if c.dep_ in OBJECTS), None), h
    if noun is None or not (noun.lower_ in w["means_nouns"] or any(c.lower_ == "enough" for c in kids(noun))):
        return False
    if any(c.lower_ in ("no", "without") and c.dep_ in ("det", "case", "mark") for c in kids(noun)):
        return True  # "with no majority to govern", "without the numbers to govern alone"
    return verb.lemma_.lower() in w["lacking"] or verb.lower_ in w["lacking"] or \
        any(c.lower_ in w["negators"] and c.dep_ in ("advmod", "neg") for c in kids(verb))


def not_a_chamber_majority(doc: Doc, span: Span, p: dict[str, Any], w: dict[str, frozenset[str]]) -> bool:
    """"a majority of voters", "a majority of 52%", "majority leader": majorities that are not a chamber's."""
    last = span[-1]
    if last.lower_ not in ("majority", "minority", "majorities", "supermajority", "plurality"):
        return False
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is None:
        return False
    if nxt.lower_ in w["not_status_after"] or nxt.text in ("-", "\u2010", "\u2011") or \
            nxt.lower_ == "of" and last.i + 2 < len(doc) and doc[last.i + 2].lower_ in w["not_status_after"]:
        return True  # "majority leader", "majority-owned", "a majority-Muslim country"
    if nxt.lower_ in ("who", "whom") or last.i >= 1 and doc[last.i - 1].ent_type_ == "NORP" and doc[last.i - 1].lower_ not in w["seat_nouns"]:
        # "the country's Tamil majority who hope he can bring peace", "its Sinhalese majority": a majority of people
        # (who hope, an ethnic or religious group), not of seats
        return True
    if nxt.lower_ in ("with", "by") and last.i + 3 < len(doc) and doc[last.i + 2].like_num and \
            doc[last.i + 3].lower_ in ("votes", "ballots", "vote"):
        return True  # "crossed the absolute majority with 9,359 votes": a candidate's majority of the votes in a seat
    if nxt.lower_ in ("in", "at", "of") and any(t.lower_ in w["not_chamber_after"] for t in doc[last.i + 2 : min(len(doc), last.i + 5)]):
        return True  # "won a majority in the referendum", "a majority in the presidential vote"
    if nxt.lower_ == "of":
        # "a majority of the seats", "a majority of the 465-seat lower house", "an absolute majority of 180
        # members", "a Commons majority of 167" (a margin in seats): a chamber's majority, whatever the phrase;
        # "a majority of its seats" (a share of the party's own), "of voters", "of 52%", "of 4,000" are not
        rest = doc[last.i + 2 : min(len(doc), last.i + 6)]
        if not rest or rest[0].lower_ in ("its", "their", "his", "her"):
            return True
        if rest[0].like_num:
            # "a majority of 174" (seats: a small number, no votes in the sentence) or "of 4,000" (votes)
            v = parse_number(rest[0].text)
            after = rest[1].lower_ if len(rest) > 1 else ""
            voting = any(t.lower_ in ("votes", "vote", "voted", "ballots") for t in span.sent)
            # "a majority of 108 out of 200 seats", "a majority of 108 of the 200 seats": the seats say it is the
            # chamber's, whatever else the sentence counts ("after counting 99 percent of the votes")
            seats_after = doc[last.i + 3 : min(span.sent.end, last.i + 9)]
            if v is not None and v < 1000 and "," not in rest[0].text and after not in ("%", "percent", "per", "votes") and \
                    any(t.lower_ in w["seat_nouns"] for t in seats_after) and not any(t.lower_ in ("votes", "vote", "%", "percent", "per") for t in seats_after):
                return False
            if v is not None and v < 1000 and "," not in rest[0].text and after not in ("%", "percent", "per", "votes") and not voting:
                return False
            return True
        if rest[0].pos_ == "NOUN" and not any(t.lower_ in w["seat_nouns"] or t.lower_ in w["chamber_nouns"] for t in rest[:2]):
            return True  # "a majority of women among its lawmakers": a share of people, not of the chamber
        if any(t.lower_ in w["seat_nouns"] or t.lower_ in w["chamber_nouns"] for t in rest):
            return False
        return True  # "a majority of voters", "a minority of voters"
    return False


def lacking_adjunct(span: Span, root: Token, verb: Token | None) -> bool:
    """ "Without a Senate majority the party will need to negotiate with other groups", "without a majority, it must
    find allies": a "without" phrase attached to its clause's verb ahead of the verb's subject states what the party
    lacks. Not a "without" phrase after the verb ("could govern without a majority": how it might govern)."""
    if span[0].lower_ != "without" or verb is None or root.head.i != verb.i or root.dep_ not in ("obl", "nmod", "advcl", "advmod"):
        return False
    subj = next((c for c in kids(verb) if c.dep_ in SUBJECTS), None)
    return subj is not None and span.end <= subj.i


# verbs of hoping: what their clause says is wished for, not the case
_HOPING = frozenset(("hope", "wish", "want", "pray", "dream"))


# a capacity a majority is weighed as ("cast doubt on the X's ability to form a majority government"), right before
# the phrase (a chance denied is a statement: "has no chance of winning a majority")
_CAPACITY = re.compile(r"\b(?:ability|capacity) (?:to|of|for)(?: \w+)?\s*$")


def hoped_for(span: Span, w: dict[str, frozenset[str]]) -> bool:
    """ "Mr Voss hopes his victory will give him a majority government", "they want the vote to hand them a
    majority": a verb of hoping earlier in the sentence with a "will" / "would" / "to" between it and the phrase,
    read linearly (a long sentence's parse often hangs the hope elsewhere)."""
    doc = span.doc
    sent = span.sent
    for t in doc[sent.start : span.start]:
        if t.pos_ == "VERB" and t.lemma_.lower() in _HOPING:
            between = [u.lower_ for u in doc[t.i + 1 : span.start]]
            if any(x in ("will", "would", "to", "'ll", "could") for x in between) and not any(x in (";", "but", "while") for x in between):
                return True
    return False
