"""Stage: roles by the dependency parse (UD and ClearNLP labels): subject, object, passive agent,
prepositional arguments, the object words a trigger needs."""

from __future__ import annotations

from itertools import islice
from spacy.tokens import Span, Token
from ...mentions import _HYPHENS
from .data import CLIMB_VERB, NOUN_TO_VERB, OBJ, PASS_SUBJ, POSS, PREP_ARGS, RELCL, SUBJ, Trigger, WH, _demonyms, _is_party, _with_joined


# words that name one member of a group subject ("leaders, including X, ...")
_NAMED_AMONG = frozenset(("including", "notably", "among", "especially"))


# the subordinators of a subjectless gerund clause ("after defeating Y", "since losing", "by winning")
_GERUND_MARKS = frozenset(("after", "before", "since", "while", "by", "upon", "on", "despite", "without", "when"))


class DepRolesMixin:
    """Methods of _DocContext: roles by the parse (see the module docstring)."""

    def _prep_args(self, t: Token) -> dict[str, Token]:
        """{'with': noun, 'to': noun, ...} for both UD (obl/nmod + case) and ClearNLP (prep -> pobj)."""
        out: dict[str, Token] = {}
        for c in t.children:
            if c.dep_ == "prep":
                for g in c.children:
                    if g.dep_ in ("pobj", "pcomp"):
                        out.setdefault(c.lower_, g)
            elif c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        out.setdefault("by", g)
            elif c.dep_ in PREP_ARGS or c.dep_.startswith("obl") or c.dep_.startswith("nmod"):
                if c.dep_ in POSS:
                    continue
                case = [g for g in c.children if g.dep_ == "case" and g.pos_ == "ADP" or g.dep_ == "case" and g.lower_ in ("to", "with", "by", "from", "on", "over", "against")]
                if case:
                    out.setdefault(case[0].lower_, c)
        return out

    @staticmethod
    def _named_in_apposition(t: Token | None) -> Token | None:
        """ "announced by the electoral commission's head, Ivo Kask": a common noun with a name in apposition
        after it stands for that name (the person, not the office)."""
        if t is None or t.pos_ != "NOUN":
            return t
        named = next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > t.i), None)
        return named if named is not None else t

    def _child(self, t: Token, deps: set[str]) -> Token | None:
        for c in t.children:
            if c.dep_ in deps:
                return c
        return None

    def clause_subject(self, t: Token) -> Span | None:
        """The named person subject of the clause that holds token t (a verb among its first 4 ancestors), or
        None ('Jane Roe praised voters and attributed her victory to them' -> Jane Roe)."""
        if self.parsed:
            for g in islice(t.ancestors, 4):
                if g.pos_ not in ("VERB", "AUX"):
                    continue
                subj, _ = self._subject(g)
                if subj is None:
                    continue
                m = self._mention_ok(self.mention_at(subj))
                if m is not None and m.root.lower_ in self.lex["person_pronouns"]:
                    return m
                if m is not None and self._person_entity(m):
                    return m
                break
        # a weak parse: the person named at the head of the sentence ("Premier Jane Roe has promised ... and
        # attributed her victory to ...")
        seg = self.segment(t)
        for i in range(seg.start, min(seg.start + 4, t.i)):
            e = self._ent_of.get(i)
            if e is not None and e.label_ in ("PERSON", "PER") and e.end <= t.i:
                return e
        return None

    def nonfinite_controller(self, head: Token) -> Token | None:
        """The subject of the clause a subjectless adverbial infinitive or passive participle hangs on: 'X met
        with Y to step down' (X steps down), 'X wrote to Y since being elected' (X was elected). Only an adverbial
        clause (advcl): in 'X asked Y to step down' the infinitive is the verb's complement and Y steps down."""
        if not self.parsed or head.dep_ != "advcl" or head.head is head or head.head.pos_ not in ("VERB", "AUX"):
            return None
        kids = list(head.children)
        if any(c.dep_ in SUBJ or c.dep_ in PASS_SUBJ for c in kids):
            return None
        infinitive = head.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ in ("mark", "aux") for c in kids)
        passive = head.tag_ == "VBN" and any(c.lower_ in ("being", "having") and c.dep_.startswith("aux") for c in kids)
        # "X will represent the riding after defeating Y", "X resigned after losing his seat": a gerund after a
        # subordinator is its clause's subject's act
        gerund = head.tag_ == "VBG" and any(c.dep_ == "mark" and c.lower_ in _GERUND_MARKS for c in kids)
        if not (infinitive or passive or gerund):
            return None
        return self._child(head.head, SUBJ)

    def addressee(self, t: Token) -> Span | None:
        """'Roe told Ada Soto that her win was deserved': the named person a verb of telling addresses (its
        object or dative) when token t lies in that verb's clausal complement -- the one a possessive pronoun
        there is about; None without a parse, an object that is no named person, or t outside the complement."""
        if not self.parsed:
            return None
        teller = None
        for g in islice(t.ancestors, 4):
            # (the complement's head is its verb, or the noun of a copular clause: "that her win was the result")
            if g.dep_ == "ccomp" and g.head.pos_ == "VERB":
                teller = g.head
                break
            if g.pos_ in ("VERB", "AUX"):
                return None
        if teller is None:
            return None
        obj = next((c for c in teller.children if c.dep_ in ("dobj", "dative", "iobj", "obj")), None)
        if obj is None or obj.i > t.i:
            return None
        m = self._mention_ok(self.mention_at(obj))
        return m if m is not None and self._person_entity(m) else None

    def person_named(self, m: Span) -> bool:
        """A PERSON entity, or a name after a person title ('President Ana Soto')."""
        labels = {self._ent_of[t.i].label_ for t in m if t.i in self._ent_of}
        if "PERSON" in labels and labels - {"NORP"} <= {"PERSON", "PER"} and m[0].i in self._ent_of \
                and self._ent_of[m[0].i].label_ == "NORP":
            labels = labels - {"NORP"}  # "Chilean President Ana Ruiz": a nationality before the title and the name
        if labels and labels <= {"PERSON", "PER"}:
            return True
        if labels:
            return False  # (not "Kenya Kwanza": a place word in it)
        if m.start > 0 and self.lower[m.start - 1] in self.lex["title_nouns"] and self.personish(m):
            return True
        # no entity: a two- or three-word capitalised name with no organisation word ("Tomas Reyes")
        words = [t for t in m if not t.is_punct]
        return 2 <= len(words) <= 3 and all(self.name_at(t.i) and t.lower_ not in self.lex["org_heads"] for t in words)

    def own_org_subject(self, head: Token, actor: Span) -> Span | None:
        """The verb's parse subject when it is an organisation named by a lower-case common noun ("the electoral
        commission", "the ministry") standing after the actor found by word order ("X said after the electoral commission
        announced ..."): the subject's noun phrase; None otherwise."""
        if not self.parsed or head.pos_ not in ("VERB", "AUX"):
            return None
        subj = self._child(head, SUBJ)
        if subj is None or subj.pos_ != "NOUN" or not subj.is_lower or subj.lower_ not in self.lex["org_heads"]:
            return None
        if actor.end > subj.left_edge.i:
            return None
        if subj.left_edge.i == actor.end + 1 and self.doc[actor.end].text == ",":
            return None  # "Fidesz, the conservative Hungarian party, has won": an apposition describing the actor
        return self.doc[subj.left_edge.i : subj.i + 1]

    def common_noun_subject(self, head: Token, actor: Span) -> bool:
        """Whether the parse gives the trigger verb a plain common-noun subject ('women', 'critics') outside the
        actor found by word order: then the name found is not the one acting. Titles ('the minister'),
        organisations ('the party') and person words stand for a named actor and do not count."""
        if not self.parsed or head.pos_ not in ("VERB", "AUX"):
            return False
        # the verb's own subject, or its controller's ("women came forward to accuse him"); not a relative
        # pronoun's antecedent ("X, one of the women who accused Y": the one-of rule names X)
        subj = self._child(head, SUBJ)
        if subj is None and head.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in head.children):
            subj = self._child(head.head, SUBJ)
        if subj is None or subj.lower_ in WH or actor.start <= subj.i < actor.end:
            return False
        if subj.left_edge.i <= actor.start and actor.end - 1 <= subj.right_edge.i \
                and any(self.doc[k].lower_ in _NAMED_AMONG or self.doc[k].lower_ == "such"
                        and self.doc[k + 1].lower_ == "as" for k in range(subj.i + 1, actor.start)):
            return False  # "European leaders, including German Chancellor Olaf Stein, congratulated X": a named one acts
        if subj.left_edge.i <= actor.start and actor.end - 1 <= subj.right_edge.i \
                and not any(self.doc[k].pos_ == "ADP" for k in range(subj.i + 1, actor.start)):
            # "Two former ministers – Ada Soto and Tomas Reyes – lost their seats": the names in apposition (not
            # "Critics in the Unity Party accused ...": a name inside a prepositional phrase of the subject)
            return False
        low = subj.lower_
        plural = "Plur" in subj.morph.get("Number") or subj.tag_ == "NNS"
        lower_word = subj.is_lower or (self._line_start(subj) and subj.text[1:].islower())
        return subj.pos_ == "NOUN" and plural and lower_word and low not in self.lex["title_nouns"] \
            and low not in self.lex["org_heads"] and low not in self.lex["person_titles"] \
            and low not in self.lex.get("generic_actor_words", ()) and not self.name_at(subj.i)

    def modifies_subject(self, head: Token, actor: Span) -> bool:
        """Whether the name found only modifies the verb's common-noun subject, the group that acts: its possessor
        or noun modifier before it ("Ana Soto's ruling coalition won", "Soto opponents win election") or a name
        inside a participle or prepositional phrase after it ("the opposition headed by Tomas Reyes won",
        "Opposition to the prime minister wins"). A party ("Soto's party won": the name module reads the leader's
        party) and person words ("the party's leader, Ana Soto, won") stand for the name and do not count."""
        if not self.parsed or head.pos_ not in ("VERB", "AUX"):
            return False
        if self._possessed_group_before(head, actor):
            return True
        subj = self._child(head, SUBJ)
        if subj is None or actor.start <= subj.i < actor.end or subj.pos_ != "NOUN" or not subj.text[1:].islower():
            return False
        if not (subj.is_lower or self._line_start(subj)) or self.name_at(subj.i):
            return False
        low = subj.lower_
        if low in self.lex["title_nouns"] or low in self.lex["person_titles"] or low in ("party", "parties") \
                or low in self.lex["person_pronouns"]:
            return False
        if actor.end <= subj.i:
            # a modifier before the head: possessor ("Soto's"), or a name read as a noun modifier ("Soto opponents")
            between = [self.doc[k] for k in range(actor.end, subj.i)]
            return subj.left_edge.i <= actor.start and all(
                t.lower_ in ("'s", "\u2019s", "'", "\u2019") or t.is_lower and t.pos_ in ("ADJ", "VERB", "NOUN") for t in between)
        # after the head, before the verb: a name inside a participle or prepositional phrase
        if not subj.i < actor.start < head.i:
            return False
        inner = [t for t in self.doc[subj.i + 1: actor.start]]
        if any(t.lower_ in _NAMED_AMONG for t in inner) or any(a.lower_ == "such" and b.lower_ == "as" for a, b in zip(inner, inner[1:])):
            return False  # "European leaders, including Chancellor Olaf Stein, congratulated X": one of the group, named, acts
        if inner and inner[0].text == "," and len(inner) > 1 and (inner[1].pos_ == "ADP" or inner[1].tag_ in ("VBN", "VBG")):
            # "the opposition, headed by Tomas Reyes, won", "the alliance, led by X, won": a participle phrase set
            # off by commas still only describes the group (an apposition, "the party's leader, Ana Soto, won",
            # opens with the name itself)
            return True
        return any(t.pos_ == "ADP" or t.tag_ in ("VBN", "VBG") for t in inner) and not any(t.text == "," for t in inner)

    def _possessed_group_before(self, head: Token, actor: Span) -> bool:
        """Word order alone: the name, then "'s" and one to three lower-case words that end right before the verb
        ("Prime Minister Ana Soto's ruling coalition won", where the parser may read "ruling" as the verb): the
        possessor of the subject, when it is a person. A person word ("Soto's spokesman said") or a pronoun is no such group; "Soto's party"
        is one (the component then looks for the party the article ties to Soto)."""
        k = actor.end
        if k >= head.i or self.lower[k] not in ("'s", "\u2019s") or self.is_place(actor) \
                or _is_party(self.name(actor) or actor.text) \
                or any(self._ent_of[t.i].label_ in ("GPE", "LOC", "NORP") for t in actor if t.i in self._ent_of):
            return False  # (a place's or party's group: "Valdoria's new government" is the one the names stage finds)
        words = self.doc[k + 1: head.i]
        while len(words) and words[-1].pos_ in ("AUX", "ADV"):
            words = words[:-1]  # "Soto's coalition has won"
        if not 1 <= len(words) <= 3 or not all(t.is_lower and t.is_alpha for t in words):
            return False
        last = words[-1].lower_
        if (last in self.lex["title_nouns"] and last not in ("party", "coalition", "alliance", "government")) \
                or last in self.lex["person_titles"] or last in self.lex["person_pronouns"]:
            return False
        if words[-1].pos_ not in ("NOUN", "VERB") and words[-1].tag_ != "NN":
            return False
        self.notes.append("possessed-group")
        return True

    def is_adjective(self, m: Span | None) -> bool:
        """A one-word capitalised adjective ('the Democratic win') that the party lexicon does not know."""
        if m is None:
            return False
        words = [t for t in m if t.lower_ not in ("the", "a", "an")]
        if m.end + 1 < len(self.doc) and self.texts[m.end] in _HYPHENS \
                and self.lower[m.end + 1] in self.lex.get("name_suffix_deny", ()):
            return False  # "Netanyahu-led": a name the tagger read as an adjective
        return len(words) == 1 and words[0].pos_ == "ADJ" and not _is_party(words[0].text)

    def is_demonym(self, m: Span | None) -> bool:
        """A one-word mention that is a nationality or group adjective ('American', 'Victorian'; NORP) and no party."""
        t = _single_word(m)
        if t is None:
            return False
        e = self._ent_of.get(t.i)
        if t.lower_ not in _demonyms() and not (e is not None and e.label_ == "NORP" and len(e) == 1):
            return False
        return not _is_party(t.text)

    def is_group_plural(self, m: Span | None) -> bool:
        """A one-word plural naming a kind of people, not a party the lexicon knows nor a person or organisation
        entity: a headline's capitalised common noun ("Farmers win subsidy fight") or a demonym / ideology plural
        ("Islamists win big", "Nationalists won"). "Greens", "Socialists", "Democrats" are parties and do not count."""
        t = _single_word(m)
        if t is None:
            return False
        if t.tag_ not in ("NNS", "NNPS") or not t.lower_.endswith("s") or not t.is_alpha or _is_party(t.text):
            return False
        e = self._ent_of.get(t.i)
        return e is None or e.label_ not in ("PERSON", "PER", "ORG")

    def _person_entity(self, m: Span) -> bool:
        """A mention that holds a PERSON entity, or names that are no place / group adjective ('Victorian')."""
        labels = {self._ent_of[t.i].label_ for t in m if t.i in self._ent_of}
        if labels & {"PERSON", "PER"}:
            return True
        return not labels and self.personish(m) and not self.is_place(m)

    def _subject(self, v: Token, depth: int = 0) -> tuple[Token | None, bool]:
        """Subject of verb v (climbing control/relative/coordination); (token, is_passive_subject)."""
        s = self._child(v, SUBJ)
        if s is not None:
            if s.lower_ in WH and v.dep_ in RELCL:
                return v.head, False
            return s, False
        sp = self._child(v, PASS_SUBJ)
        if sp is not None:
            if sp.lower_ in WH and v.dep_ in RELCL:
                return v.head, True
            return sp, True
        if depth < 3:
            infinitive = any(c.lower_ == "to" and c.dep_ in ("mark", "aux") for c in v.children)
            if v.dep_ in RELCL and v.head.pos_ in ("NOUN", "PROPN", "PRON") and not infinitive:
                return v.head, False
            if v.dep_ in CLIMB_VERB and v.head is not v:
                s2, _ = self._subject(v.head, depth + 1)
                return s2, False
        return None, False

    def dep_roles(self, trig: Trigger, head: Token):
        """(actor, target, passive) from the parse."""
        actor_t, target_t, passive = self.dep_role_tokens(trig, head)
        return self.dep_actor(trig, actor_t), self.dep_target(trig, target_t), passive

    def dep_role_tokens(self, trig: Trigger, head: Token) -> tuple[Token | None, Token | None, bool]:
        """(actor token, target token, passive) from the parse (``dep_actor`` / ``dep_target`` make the mentions)."""
        actor_t = target_t = None
        passive = False
        t = head
        is_noun = trig.roles == "noun" or (t.pos_ in ("NOUN", "PROPN") and trig.roles not in ("elect", "declared"))
        preps = self._prep_args(t)
        if is_noun:
            poss = self._child(t, POSS)
            actor_t = poss or preps.get("by")
            target_t = preps.get("with") or preps.get("to") or preps.get("over") or preps.get("against")
            if trig.kind == "win":
                target_t = preps.get("over")
                if actor_t is None:
                    actor_t = preps.get("for")
            # climb to the governing verb
            g = t
            steps = 0
            while actor_t is None and steps < 3 and g.dep_ in NOUN_TO_VERB and g.head is not g:
                g = g.head
                steps += 1
                if g.pos_ in ("VERB", "AUX") or g.dep_ == "ROOT":
                    gp = self._prep_args(g)
                    if g.lower_ in self.lex["receive_verbs"]:
                        actor_t = gp.get("from")
                        subj, _ = self._subject(g)
                        target_t = target_t or subj
                    else:
                        subj, _ = self._subject(g)
                        actor_t = subj or gp.get("by")
                        if target_t is None:
                            target_t = gp.get("with") or gp.get("to")
                    break
        else:
            subj, subj_passive = self._subject(t)
            own_pass = self._child(t, PASS_SUBJ) is not None or any(c.dep_ in ("auxpass", "aux:pass") for c in t.children)
            obj = self._child(t, OBJ)
            if own_pass:
                passive = True
                agent = self._named_in_apposition(preps.get("by"))
                if trig.roles == "svo":
                    actor_t, target_t = agent, subj
                elif trig.kind == "announce":
                    # "Official results are yet to be announced", "The results were announced by the commission": the
                    # passive subject is what is announced; who announces is the agent, if any
                    actor_t = agent
                else:
                    actor_t = subj
            else:
                if trig.roles in ("elect", "declared"):
                    actor_t = obj or subj
                else:
                    actor_t = subj
                    if trig.roles == "svo":
                        target_t = obj or preps.get("with") or preps.get("to")
                        if target_t is None and trig.kind == "call":
                            target_t = None
                        # "called Trump's actions a betrayal": the owner of a common-noun object
                        if target_t is not None and not self.is_name_token(target_t) and trig.kind == "accuse":
                            p = self._child(target_t, POSS)
                            if p is not None:
                                target_t = p
            if target_t is None and trig.kind in ("concede", "congratulate"):
                # "Dutton called Albanese to concede": the governing verb's object
                g = t.head if t.dep_ in ("xcomp", "advcl") else None
                if g is not None:
                    go = self._child(g, OBJ)
                    if go is not None and self.is_name_token(go):
                        target_t = go
                if trig.kind == "concede" and target_t is None:
                    target_t = preps.get("to")
        return actor_t, target_t, passive

    def dep_actor(self, trig: Trigger, actor_t: Token | None) -> Span | None:
        """The actor mention of the parse's actor token (``dep_role_tokens``), or None."""
        actor = self._mention_ok(self.mention_at(actor_t)) if actor_t is not None else None
        if actor is not None and actor.root.pos_ == "NOUN" and actor.root.is_lower and trig.kind != "announce" \
                and ("Plur" in actor.root.morph.get("Number") or actor.root.tag_ == "NNS") \
                and actor.root.lower_ not in self.lex["org_heads"]:
            return None  # "several former Cabinet ministers lost their seats": a plural common noun names nobody
        if actor is not None and actor.root.pos_ in ("NOUN",) and not self.personish(actor) and trig.kind != "announce":
            # "the results", "the statement" are not actors of these kinds
            if not any(t.lower_ in self.lex["title_nouns"] for t in actor):
                actor = None
        return actor

    def dep_target(self, trig: Trigger, target_t: Token | None) -> Span | None:
        """The target mention of the parse's target token (``dep_role_tokens``), or None."""
        target = self._mention_ok(self.mention_at(target_t)) if target_t is not None else None
        if target is not None and not self.personish(target) and trig.kind not in ("accuse",):
            target = None
        return target

    def object_head_words(self, head: Token, span: Span, seg: Span) -> set[str]:
        """Words of the trigger's object up to its head ('about 13 per cent (of the vote)'), without the
        clauses that hang on it; the next 5 words when there is no parse."""
        if self.parsed and head.pos_ in ("VERB", "AUX"):
            obj = self._child(head, OBJ)
            if obj is None:
                return set()
            return {t.lower_ for t in obj.subtree if t.i <= obj.i or t.head.i == obj.i and t.lower_ in ("per", "cent")}
        return {t.lower_ for t in self.doc[span.end: min(seg.end, span.end + 5)]}

    def object_words(self, head: Token, span: Span, seg: Span) -> tuple[set[str], bool] | None:
        """Words of the trigger's object ('his seat' -> {'his','seat'}); None when there is none."""
        doc = self.doc
        if self.parsed and head.pos_ in ("VERB", "AUX"):
            obj = self._child(head, OBJ)
            if obj is not None and obj.is_space:
                obj = None  # (a headline's closing line break the parser took for the object: "Labour wins")
            if obj is not None and obj.lower_ in ("which", "that") and head.dep_ in ("relcl", "acl:relcl") \
                    and obj.i == min(t.i for t in head.subtree if not t.is_punct) and head.head.i < obj.i:
                # "the first-round election, which he won": the relative pronoun stands for the noun the clause
                # hangs on, so that noun is what was won
                obj = head.head
            if obj is not None and not any(self._is_time(t) for t in obj.subtree):
                sub = list(obj.subtree)[:8]
                # (a number counts only before the object's head: "lost seats compared with 2027" is no count; the
                # head of "a total of 120 seats" is "total", so up to the seat noun after it)
                seat_i = next((t.i for t in sub if t.lower_ in self.lex["seat_nouns"]), obj.i)
                last = max(obj.i, seat_i) if seat_i - obj.i <= 4 else obj.i
                return _with_joined({t.lower_ for t in sub}, sub), any(t.like_num and t.lower_ not in ("one",)
                                                                        for t in sub[:6] if t.i <= last)
        # linear: the next few tokens up to punctuation / preposition
        toks = []
        start = span.end
        while start < seg.end and start - span.end < 2 and doc[start].pos_ == "ADV" and doc[start].is_lower:
            start += 1  # "won easily from Northfield": an adverb is no object
        for t in doc[start: min(seg.end, start + 5)]:
            if not toks and (self._is_time(t) or t.lower_ in ("late", "early", "last", "this", "yesterday", "today", "tonight")):
                return None  # "conceded on Friday", "resigned last week": no object
            if t.text in _HYPHENS and toks and not toks[-1].whitespace_ and not t.whitespace_:
                toks.append(t)  # "re-election": a word the tokenizer split
                continue
            if t.is_punct or t.is_space or t.lower_ in ("in", "on", "by", "at", "after", "with", "for", "to", "and", "as", "since", "over", "from"):
                break
            toks.append(t)
        if not toks:
            return None
        head_k = next((k for k, t in enumerate(toks) if t.lower_ in self.lex["seat_nouns"]), len(toks) - 1)
        return _with_joined({t.lower_ for t in toks}, toks), any(t.like_num for t in toks[:min(3, head_k + 1)])

    # -- clause window for modality ---------------------------------------


def _single_word(m: Span | None) -> Token | None:
    """The one word of a mention, its article aside ("the Islamists" -> "Islamists"); None for longer mentions."""
    if m is None:
        return None
    words = [t for t in m if t.lower_ not in ("the", "a", "an")]
    return words[0] if len(words) == 1 else None
