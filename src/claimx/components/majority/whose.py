"""Stage 3, whose: the party a status phrase is about, read from the parse and the article's parties."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from .article import GOVERNING, Article, Mention
from .parse import OBJECTS, POSSESSORS, SUBJECTS, kids

# plural subjects that sum the parties just named ("the two parties", "the right-wing parties", "both allies")
GROUP_HEADS = ("alliance", "coalition", "bloc")
PLURAL_GROUPS = ("parties", "allies", "partners", "factions", "blocs", "camps", "alliances", "coalitions")

PARTY_SUBJECT_ROUTES = ("subject", "government-before", "subject=parties", "subject+second", "subject=previous+conj", "subject=described", "subject=previous", "subject=named-group", "possessor", "its=subject", "in-phrase", "noun-phrase", "count", "head", "leader-of", "bloc-before")


_GROUP_NOUNS = frozenset(("coalition", "alliance", "bloc", "government", "grouping", "combination", "partnership"))
_HOW_MANY = frozenset(("two", "three", "four", "five", "six", "seven", "multi", "2", "3", "4", "5", "6", "7"))


def several_parties_before(span: Span) -> bool:
    """A group of several parties stands right before the phrase ("his preferred three-party coalition on course for
    a slim majority", "a four-party alliance that holds a majority"): its majority is the group's, no one party's,
    however the leader or the clause's subject is tied to a party."""
    doc = span.doc
    lo = max(span.sent.start, span.start - 8)
    for k in range(span.start - 1, lo + 2, -1):
        if doc[k].is_punct and doc[k].text not in ("-", "\u2011", "\u2013"):
            return False
        if doc[k].lower_ in _GROUP_NOUNS and doc[k - 1].lower_ in ("party", "parties") \
                and doc[k - 2].text in ("-", "\u2011") and doc[k - 3].lower_ in _HOW_MANY:
            return True
    return False


def whose(w: dict[str, frozenset[str]], art: Article, span: Span, p: dict[str, Any], root: Token, verb: Token | None,
          subj: Token | None) -> tuple[Mention | None, str]:
    how = p.get("whose", "parse")
    if several_parties_before(span):
        return None, "several-parties"  # "his preferred three-party coalition on course for a slim majority"
    if p.get("as_subject"):
        # "The comfortable majority will allow ...": the majority just reported, so the party of the count or mention
        # before it (in its sentence, else the sentence before), never a party named later in the clause
        m = art.count_before(span) or art.party_left(span.start)
        if m is not None:
            return m, "left"
        m = art.previous_sentence_party(span.start)
        return (m, "previous") if m is not None else (None, "none")
    if how == "count":  # "The X won 99 seats, a comfortable majority"
        c = art.count_before(span)
        if c is not None:
            return c, "count"
    if how == "possessor" or how == "parse":
        maj = next((t for t in span if t.lower_.startswith("majorit")), None)
        if maj is not None:
            poss = next((c for c in kids(maj) if c.dep_ in POSSESSORS), None)
            if poss is not None:
                m = art.subject_party(poss)
                if m is not None:
                    return m, "possessor"
                if poss.lower_ in ("its", "their"):
                    m = recipient(art, maj, w)
                    if m is not None:
                        return m, "its=recipient"  # "handing the Conservatives their long-coveted majority"
                    m = art.subject_party(subj) if subj is not None else None
                    if m is not None:
                        return m, "its=subject"
                    owner = next((c for c in kids(subj) if c.dep_ in POSSESSORS), None) if subj is not None else None
                    m = art.subject_party(owner) if owner is not None else None
                    if m is not None:
                        return m, "its=subject-owner"  # "the X's share fell, ending its majority"
                    if subj is not None and (led := person_led(art, subj, w)) is not None:
                        return led  # "Macron's alliance got the most seats but lost its majority"
                    m = art.government() if subj is not None and is_government(subj) else None
                    if m is not None:
                        return m, "its=government"  # "the government lost its majority"
                    m = art.antecedent(span.start)
                    return m, "its=previous"
                if is_party_noun_phrase(poss, w):  # "losing the party's majority"
                    m = art.leader_before(poss.i)
                    if m is not None:
                        return m, "possessor=leader"  # "May's gamble lost her party 20 seats and the party's majority"
                    return art.antecedent(poss.i), "possessor=previous"
                if poss.lower_ in ("his", "her", "my", "your") or poss.ent_type_ == "PERSON" or art.is_person(poss) or person_name(poss):
                    if not leader_majority(art, span, maj, poss, w):
                        return None, "not-a-party"  # a candidate's majority: votes in a constituency
                    # "Macron ... losing his absolute majority in the National Assembly", "Blair's thumping
                    # majority": a leader's majority in the chamber is the party's (the one the article says
                    # the person leads), else no party named
                    person = poss if poss.lower_ not in ("his", "her", "my", "your") else subj
                    m = art.person_party(person) if person is not None and person.text[:1].isupper() else None
                    return (m, "leader-of") if m is not None else (None, "person")
    head = span.root
    if how == "parse" and head.pos_ in ("NOUN", "PROPN") and not head.lower_.startswith("majorit"):
        poss = next((c for c in kids(head) if c.dep_ in POSSESSORS), None)
        m = art.subject_party(poss) if poss is not None else None
        if m is not None:
            return m, "possessor"  # "the Liberals' minority government"
    noun = next((t for t in span if t.lower_.startswith(("majorit", "minorit", "supermajorit"))), None)
    if p.get("needs_party_inside"):  # "a huge Labour majority": the party named in the phrase, or none
        inside = [art.at[t.i] for t in span if t.i in art.at]
        return (inside[0], "in-phrase") if inside else (None, "not-a-party")
    inside = [art.at[t.i] for t in span if t.i in art.at and (noun is None or t.i > noun.i)]
    if inside and how == "parse":
        return inside[0], "in-phrase"  # "a majority Labour government", "a minority Liberal government"
    if noun is not None and how == "parse":
        for c in kids(noun):
            if c.dep_ in ("compound", "amod") or c.dep_ == "nmod" and any(g.lower_ == "for" for g in kids(c)):
                m = art.mention_of(c)
                if m is not None:
                    return m, "noun-phrase"  # "a Liberal minority government", "a majority for Labour"
    if how == "parse":
        # "projecting a majority government for the X", "delivered a majority for the X": the party the majority is
        # for, whoever the subject is (a broadcaster's projection, the voters)
        holders = [c for t in ((head, verb) if verb is not None else (head,)) for c in kids(t)
                   if c.dep_ in ("nmod", "obl") and c.i > span.start and any(g.dep_ == "case" and g.lower_ == "for" for g in kids(c))]
        for c in holders:
            m = art.mention_of(c)
            if m is not None:
                return m, "for-party"
    if how == "parse" and head.head.i != head.i and head.head.i in art.at and head.dep_ in ("nmod", "obl", "acl", "amod"):
        return art.at[head.head.i], "head"  # "with Democrats in the majority"
    if how == "parse":  # a misparse the parser often makes: "puts [the X short] of a majority" as one phrase
        for c in kids(head):
            if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < span.start:
                m = art.subject_party(c)
                if m is not None:
                    return m, "compound"
    if how == "object":
        for t in span:
            if t.dep_ in OBJECTS and t.head.lower_ in w["give_verbs"] | w["deprive_verbs"] | w["bring_verbs"] and not t.lower_.startswith("majorit"):
                # (the one given, denied or led to a majority: "gave the X a majority", "led the X to a majority")
                m = art.subject_party(t)
                if m is not None:
                    return m, "object"
                if t.lower_ in ("him", "her"):
                    return None, "person"  # "stripping him of his majority": a leader, whose party is not said here
                if t.lower_ in ("it", "them"):  # "the result gives it a majority"
                    # "the X's victory gave it a majority": the owner of the subject, else the party before
                    owner = next((c for s_ in kids(t.head) if s_.dep_ in SUBJECTS for c in kids(s_) if c.dep_ in POSSESSORS), None)
                    m = art.subject_party(owner) if owner is not None else None
                    if m is not None:
                        return m, "object=subject-owner"
                    m = art.count_before(span) or art.antecedent(span.start)
                    if m is not None:
                        return m, "object=previous"
        c = art.count_before(span)  # "won 70 seats, handing Premier X an outright majority"
        if c is not None:
            return c, "count"
    if subj is not None:
        if subj.lower_ in ("which", "that") and subj.head.dep_ in ("acl:relcl", "relcl") and subj.head.head.lower_ in w["seat_nouns"]:
            c = art.count_before(span)  # "The X won 41 seats, which was short of a majority": the count's party
            if c is not None:
                return c, "count"
        m = art.subject_party(subj)
        if m is not None:
            # a second subject where the parser split "the X and its partner Y" into two: both
            second = [o for c in kids(subj.head) if c.dep_ in SUBJECTS and c.i > subj.i and joined_by_and(subj, c)
                      and (o := art.subject_party(c)) is not None and o.name not in m.name]
            if second and m.name in second[0].name:
                return second[0], "subject+second"  # (the second already names both: "the party and partner Y")
            if second:
                text = f"{m.name} and {second[0].name}"
                return Mention(m.start, second[0].end, text, text), "subject+second"
            # "Labour and four smaller, left-leaning parties won 88 seats, above the 85 needed": the party and
            # partners the sentence does not name, together (the seat stage names the count's owner so)
            unnamed = next((c for c in kids(subj.head) if c.dep_ in SUBJECTS and c.i > subj.i and c.lower_ in _UNNAMED_PARTNERS
                            and _and_then_modifiers(subj, c) and not any(o in art.at for o in range(subj.i + 1, c.i))), None)
            if unnamed is None and subj.lower_ in _UNNAMED_PARTNERS and m.end <= subj.i and _and_then_modifiers(art.doc[m.end - 1], subj):
                unnamed = subj  # (the parse made the plural the subject, the party its modifier)
            if unnamed is not None:
                from ...parties import party_with_allies

                name = party_with_allies(m.name, art.doc._.claimx_countries or [])
                return Mention(m.start, unnamed.i + 1, name, name), "subject+unnamed-partners"
            return m, "subject"
        if (led := person_led(art, subj, w)) is not None:
            return led  # "Macron coalition loses majority": the person's party, else no party
        if subj.lower_ in PLURAL_GROUPS and any(c.dep_ in POSSESSORS and c.lower_ in ("his", "her") for c in kids(subj)):
            return None, "allies-of-person"  # "Frederiksen and her supporting parties": a bloc the text does not name
        if subj.lower_ in PLURAL_GROUPS and any(c.lower_ in w["not_all_parties"] for c in kids(subj)):
            return None, "not-a-party"  # "the smaller parties fell short": some parties, no one's status
        if subj.lower_ in PLURAL_GROUPS and not any(c.lower_ in w["not_all_parties"] or c.dep_ in POSSESSORS for c in kids(subj)):
            # "the two parties were 7 seats short", "the right-wing parties fell short": the parties just named,
            # together (never one of them alone); null when the article has not just named two
            return art.parties_before(subj), "subject=parties"
        if is_government(subj):
            m = art.government()
            if m is not None:
                return m, "subject=government"  # "the government lost its majority": the ruling party
        if is_party_noun_phrase(subj, w) and described(subj):
            # "the conservative party", "the main opposition party": a description, not the party just named
            m = art.described_as(subj)
            return (m, "subject=described") if m is not None else (None, "described")
        if subj.lower_ in ("they", "both") and verb is not None and any(c.lower_ in ("together", "jointly", "combined") for c in kids(verb)):
            m = art.parties_before(subj)
            if m is not None:
                return m, "subject=parties"  # "the X won 55 seats and the Y 10; together they have a majority"
        if subj.lower_ in GROUP_HEADS and is_party_noun_phrase(subj, w) and (g := art.group_named_before(subj)) is not None:
            # "The alliance of X and Y ... X won 42 seats while Y won 6 and the alliance crossed the majority mark":
            # the alliance the article named, not the party whose count came last
            return g, "subject=named-group"
        if subj.lower_ in w["pronoun_subjects"] or is_party_noun_phrase(subj, w):
            m = art.count_before(span) or art.antecedent(span.start)
            if m is not None:
                # (its conjuncts, or a second subject where the parser split "the party and partner X")
                others = [c for c in kids(subj) if c.dep_ == "conj"] + [c for c in kids(subj.head) if c.dep_ in SUBJECTS and c.i > subj.i]
                conj = [o for c in others if (o := art.mention_of(c) or art.proper_name(c)) is not None and o.name != m.name]
                if conj:  # "the party and junior coalition partner Komeito": both
                    text = " and ".join([m.name] + [o.name for o in conj])
                    return Mention(m.start, m.end, text, text), "subject=previous+conj"
                return m, "subject=previous"
    c = art.count_before(span)
    if c is not None:
        return c, "count"
    m = art.party_left(span.start)
    if m is not None and _with_partner(art, m):
        # "X held coalition talks with the small Y and agreed to form a parliamentary majority": the majority is
        # formed together, not the partner's: the subject's party and the partner, else nobody named
        own = art.person_party(subj) if subj is not None and subj.pos_ == "PROPN" else None
        if own is not None and own.name != m.name:
            text = f"{own.name} and {m.name}"
            return Mention(m.start, m.end, text, text), "left=with-partner"
        return None, "with-partner"
    if m is not None:
        return m, "left"
    if subj is not None and (subj.lower_ in ("he", "she", "i") or subj.pos_ == "PROPN" and (art.is_person(subj) or subj.ent_type_ in ("PERSON", "ORG", "GPE")
                                                                                       or person_name(subj))):
        # (before a party to the right: "X is likely to become prime minister in a minority government
        # supported by the Y" is not the Y's minority)
        # "Voss is set to control the Senate", "Voss will lead a minority government": the party the article
        # says Voss leads, else no party
        m = art.person_party(subj)
        return (m, "leader-of") if m is not None else (None, "person")
    if subj is None:
        # no subject in the parse, but a person named before the phrase in its sentence ("Since the start of the
        # campaign, Harper, who ..., finally has a full majority"): that person's, not the party of another sentence
        # (the subject a relative clause cut off from its verb: "X, who ..., verb")
        doc = art.doc
        person = next((t for t in reversed(doc[span.sent.start : span.start]) if t.pos_ == "PROPN" and art.is_person(t)
                       and t.i + 2 < len(doc) and doc[t.i + 1].text == "," and doc[t.i + 2].lower_ in ("who", "whose")), None)
        if person is not None:
            m = art.person_party(person)
            return (m, "leader-of") if m is not None else (None, "person")
    if (bloc := art.bloc_before(span)) is not None:
        return bloc, "bloc-before"  # "the left-wing “red bloc” would fall short of a majority" (no subject parsed)
    if governing_words_before(art, span):
        m = art.government()
        if m is not None:
            # "Ruling Bloc Confirms Supermajority in House": a headline the parser cannot read, whose words before the
            # phrase name the government ("ruling bloc", "governing coalition") and no party
            return m, "government-before"
    m = art.party_right(span)
    if m is not None:
        return m, "right"
    m = art.previous_sentence_party(span.start)
    if m is not None:
        return m, "previous"
    return None, "none"


def recipient(art: Article, maj: Token, w: dict[str, frozenset[str]]) -> Mention | None:
    """The party a majority is given to: "handing the Conservatives their majority", "gave the X its first
    majority" (the other object of a giving verb)."""
    head = maj.head
    if maj.dep_ not in OBJECTS or head.lower_ not in w["give_verbs"]:
        return None
    for c in kids(head):
        if c.dep_ in OBJECTS and c.i < maj.i and c.i != maj.i:
            m = art.subject_party(c)
            if m is not None:
                return m
    return None


def leader_majority(art: Article, span: Span, maj: Token, poss: Token, w: dict[str, frozenset[str]]) -> bool:
    """A person's majority that is a chamber's: a leader's ("his absolute majority in the National Assembly",
    "Blair's thumping majority" when the article names Blair's party or calls him a leader), not a
    candidate's margin in a constituency ("her majority fell to 2,000 votes", "his majority of 4,000")."""
    doc = maj.doc
    rest = doc[maj.i + 1 : min(maj.sent.end, maj.i + 8)]
    if any(t.like_num and "," in t.text or t.lower_ in ("votes", "vote", "ballots", "constituency", "seat") for t in rest):
        return False
    if any(t.lower_ in w["chamber_majority_words"] for t in span):
        return True  # "his absolute / overall / parliamentary majority"
    if rest and rest[0].lower_ in ("in", "at") and any(t.lower_ in w["chamber_nouns"] or t.lower_ in ("yuan", "dail", "knesset", "sejm", "bundestag", "duma") for t in rest[1:5]):
        return True  # "her majority in parliament"
    person = poss if poss.pos_ == "PROPN" else None
    return person is not None and art.person_party(person) is not None


_UNNAMED_PARTNERS = frozenset(("parties", "allies", "partners"))


def _and_then_modifiers(a: Token, b: Token) -> bool:
    """ "A and four smaller, left-leaning B": "and" right after A, then only modifiers of B (commas between them)."""
    between = a.doc[a.i + 1 : b.i]
    return len(between) >= 1 and between[0].lower_ == "and" and all(
        t.pos_ not in ("NOUN", "PROPN", "PRON", "CCONJ", "AUX") for t in between[1:])


def joined_by_and(a: Token, b: Token) -> bool:
    """ "A and (its partner) B", with no dash, bracket or comma between (not "the Left Alliance - the X and the Y")."""
    between = [t.text for t in a.doc[a.i + 1 : b.i]]
    return "and" in between and not set(between) & {"-", "\u2014", "\u2013", "(", ",", ":"}


def person_led(art: Article, subj: Token, w: dict[str, frozenset[str]]) -> tuple[Mention | None, str] | None:
    """A group named by its leader: "Macron's alliance", "the Macron coalition", "Abe's ruling coalition": the
    party the article says the person leads, else no party (never the party named next)."""
    if subj.lower_ not in w["group_heads"] | w["party_nouns"] | {"camp", "bloc", "party"}:
        return None
    for c in kids(subj):
        if c.dep_ in POSSESSORS + ("compound",) and c.pos_ in ("PROPN", "NOUN") and (art.is_person(c) or c.ent_type_ == "PERSON"):
            m = art.person_party(c)
            return (m, "leader-of") if m is not None else (None, "person")
    return None


def person_name(subj: Token) -> bool:
    """A name the tagger calls a person on another of its words: "Ada Lume" with PERSON on "Lume" only (the words
    of a flat name)."""
    return any(c.dep_ in ("flat", "flat:name") and c.ent_type_ == "PERSON" for c in kids(subj)) or \
        subj.dep_ in ("flat", "flat:name") and subj.head.ent_type_ == "PERSON"


def governing_words_before(art: Article, span: Span) -> bool:
    """ "ruling / governing / incumbent" + a party noun ("bloc", "party", "coalition") before the phrase in its
    sentence, with no party mention in between."""
    doc = span.doc
    before = doc[span.sent.start : span.start]
    for t in before:
        if t.lower_ in GOVERNING and t.i + 1 < span.start and doc[t.i + 1].lower_ in art.w["party_nouns"] | {"bloc", "camp"}:
            # (a mention of common words only, "Ruling Coalition" as the tagger's name in a headline, names no party)
            return not any(i in art.at and not art.common_words_only(art.at[i]) for i in range(t.i, span.start))
    return False


def described(subj: Token) -> bool:
    """"the conservative party", "the main opposition party" (an adjective or noun that describes it), not "the
    party" or "the ruling party" (which the article's ruling party resolves)."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ not in GOVERNING and c.is_lower for c in kids(subj))


def is_government(subj: Token) -> bool:
    """The government itself: "the government", "the ruling party", "the governing coalition"."""
    if subj.lower_ == "government" and not any(c.dep_ in ("compound", "amod", "nmod:poss", "poss") for c in kids(subj)):
        return True
    return subj.lower_ in ("party", "coalition", "alliance", "bloc") and any(c.lower_ in GOVERNING for c in kids(subj))


def is_party_noun_phrase(subj: Token, w: dict[str, frozenset[str]]) -> bool:
    """"the party", "the ruling alliance", "the coalition": a party named by its head noun."""
    return subj.lower_ in w["party_nouns"] and any(
        c.dep_ in ("det", "nmod:poss", "poss") and c.lower_ in ("the", "this", "his", "her", "their", "its", "our") for c in kids(subj))


def _with_partner(art: Any, m: Any) -> bool:
    """The party mention ``m`` is the object of "with" ("talks with the Y", "a deal with the Y")."""
    doc = art.doc
    for k in range(m.start - 1, max(-1, m.start - 6), -1):
        t = doc[k]
        if t.lower_ == "with":
            return True
        # (the words of the partner's phrase: "with the small Party of Independent Greeks")
        if not (t.pos_ in ("DET", "ADJ", "PROPN", "NOUN") or t.lower_ == "of") or t.is_punct:
            return False
    return False
