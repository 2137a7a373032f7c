"""Reading the parse around a phrase: the clause it is in, its verb, its subject, the object that controls a
"to"-clause. Every tree access goes through ``kids`` / ``subtree`` / ``lefts`` / ``rights``."""

from __future__ import annotations

from spacy.tokens import Span, Token

SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj")
POSSESSORS = ("nmod:poss", "poss")
OBJECTS = ("obj", "iobj", "dobj", "dative")
CLAUSE_UP = ("xcomp", "conj", "advcl", "ccomp", "acl", "acl:relcl", "relcl", "parataxis", "amod")
OWN_CLAUSE = ("conj", "advcl", "parataxis", "acl", "acl:relcl", "relcl", "ccomp")

# ---------------------------------------------------------------------------- parse helpers



# The parse is read only where there is one: spaCy's tree attributes (children, subtree, lefts, rights) are not
# safe on a Doc that no parser annotated (a blank pipeline with a sentencizer), where every token is its own
# root for claimx. ``Token.has_dep()`` is False exactly there.
def kids(t: Token):
    return t.children if t.has_dep() else iter(())


def subtree(t: Token):
    return t.subtree if t.has_dep() else iter((t,))


def lefts(t: Token):
    return t.lefts if t.has_dep() else iter(())


def rights(t: Token):
    return t.rights if t.has_dep() else iter(())

TITLE_WORDS = frozenset(("mr", "mrs", "ms", "dr", "president", "minister", "premier", "leader", "chancellor"))


def after_title(tok: Token) -> bool:
    """The token follows a title word ("Mr Voss", "President Voss")."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.lower_.rstrip(".") in TITLE_WORDS


def anchor(span: Span) -> Token:
    """The phrase's head in the parse (the verb of "won a majority", "short" of "short of a majority")."""
    return span.root


def clause_chain(tok: Token) -> list[Token]:
    """The token and the heads above it, up to the root of the sentence."""
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < 8:
        chain.append(chain[-1].head)
    return chain


def clause_verb(tok: Token) -> Token | None:
    """The verb (or predicate) whose clause holds the phrase: the first token up the chain with a subject,
    walking through "to"-clauses, conjuncts and modifiers ("was on course to fall short", "won 80 seats,
    giving it a majority")."""
    t = tok
    for _ in range(6):
        if any(c.dep_ in SUBJECTS for c in kids(t)):
            return t
        if t.head.i == t.i:
            return t if t.pos_ in ("VERB", "AUX") else None
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in CLAUSE_UP:
            return t
        if misparsed_finite_modifier(t):
            return t  # "... and the alliance crossed the majority mark": the verb of its own clause (``subject_of``)
        t = t.head
    return None


def misparsed_finite_modifier(verb: Token) -> bool:
    """A finite verb the parser hung off the noun right before it as a modifier ("... while Y won 6 seats and the
    alliance crossed the majority mark": "crossed" an ``acl`` of "alliance"); the noun is its subject."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.i == verb.head.i + 1 \
        and verb.head.lower_ in _GROUP_SUBJECT_NOUNS and any(c.dep_ == "det" for c in verb.head.children)


_GROUP_SUBJECT_NOUNS = frozenset(("alliance", "coalition", "bloc", "party", "government", "front", "opposition"))


def object_controller(root: Token, verb: Token | None) -> Token | None:
    """The object that is the subject of a "to"-clause or a small clause: "leaving the X to govern as a
    minority", "the result left the X short of a majority", "forcing the X to seek partners"."""
    t = root
    for _ in range(4):
        if verb is not None and t.i == verb.i or t.head.i == t.i:
            return None
        if t.dep_ in ("xcomp", "advcl") and any(c.dep_ in SUBJECTS for c in kids(t)):
            return None
        if t.dep_ == "xcomp":
            obj = next((c for c in kids(t.head) if c.dep_ in OBJECTS and c.i < t.i), None)
            if obj is not None:
                return obj
        if t.dep_ == "ccomp" and t.head.i != t.i:
            # "meaning the X is set to form a majority government": a finite clause whose subject the parser made
            # the object of the verb before it (the object ends right where the clause's "is" / "will" begins)
            aux = [c.i for c in kids(t) if c.dep_ in ("cop", "aux", "aux:pass") and c.i < t.i]
            obj = next((c for c in kids(t.head) if c.dep_ in OBJECTS and c.i < t.i), None)
            if aux and obj is not None and max(x.i for x in subtree(obj)) + 1 == min(aux):
                return obj
        t = t.head
    return None


def subject_of(verb: Token, w: dict[str, frozenset[str]]) -> Token | None:
    subj = next((c for c in kids(verb) if c.dep_ in SUBJECTS), None)
    if subj is None and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        subj = next((c for c in kids(verb.head) if c.dep_ in SUBJECTS), None)  # "X won 50 seats and fell short"
    if subj is None and verb.dep_ == "acl" and verb.head.dep_ in ("obj", "dobj") and verb.head.head.i != verb.head.i:
        # "X has no chance of winning a majority", "X has the numbers to form a majority": the gerund or infinitive
        # completes the object noun of a verb, and that verb's subject is the one who would win
        subj = next((c for c in kids(verb.head.head) if c.dep_ in SUBJECTS), None)
    if subj is None and misparsed_finite_modifier(verb):
        subj = verb.head  # "... and the alliance crossed the majority mark": the noun the parser hung the verb off
    return subj
