"""Stage: roles by word order. Actor and target of a trigger from the words around it (subject before the
verb, object after it, 'X's victory', 'congratulations from X', passive 'by X')."""

from __future__ import annotations

from spacy.tokens import Span, Token
from ...mentions import _HYPHENS
from .data import SYMMETRIC, Trigger, _AUX_ADV, _DET_ADJ, _PERSON_ADJ, _POSS_PRON, _STOP_NP, _is_party


class LinearRolesMixin:
    """Methods of _DocContext: roles by word order (see the module docstring)."""

    def linear_roles(self, trig: Trigger, span: Span, head: Token, seg: Span):
        """(actor, target, passive) from word order alone."""
        doc = self.doc
        lex = self.lex
        kind = trig.kind
        actor = target = None
        passive = False
        if trig.roles == "noun":
            # "received congratulations from X": X is the actor, the receiver the target
            j = span.start - 1
            while j >= seg.start and span.start - j <= 4 and self.lower[j] in _DET_ADJ:
                j -= 1
            if j >= seg.start and self.lower[j] in lex["receive_verbs"]:
                return self.from_mention(span, seg), self.left_mention(span, seg, start=j), False
            # "congratulated X on his win", "congratulations to X for securing a win": X won
            if kind in ("win", "lose", "concede", "resign"):
                credited = self.credited(span, seg)
                if credited is not None:
                    return credited, None, False
            if kind in ("win", "lose", "resign") and self.lower[span.end - 1] == "of" and span.end < seg.end:
                # "in the rout of the Harbour Alliance", "after the defeat of the X": the trigger names its own
                # subject after "of", whatever stands before it
                m = self.right_mention(self.doc[span.end - 1: span.end], seg, trig) or self.role_apposition(span.end, seg)
                if m is not None and self.personish(m) and m.root.lower_ not in self.lex["person_pronouns"] and not self.place_entity(m):
                    self.notes.append("of-noun")
                    return m, None, False
            # "Labour's victory", "the CDU victory", "his congratulations"
            k = span.start - 1
            gap = 0
            if k - 1 >= seg.start and self.lower[k] == "of" and self.lower[k - 1] in lex.get("of_carrier_nouns", ()):
                # "sent a message of congratulations to X": the words that carry the congratulations, then the verb
                k -= 2
            while k >= seg.start and gap < 4 and self.lower[k] not in _POSS_PRON and self.lower[k] != "my" and (self.lower[k] in _DET_ADJ or self.lower[k] in ("'s", "’s", "'")
                                                   or (self.tagged and doc[k].pos_ in ("ADJ", "NOUN", "NUM") and not self.name_at(k))
                                                   or self._in_hyphenated(k)):
                # (a hyphenated modifier, "face-to-face talks", is one word: its parts do not count)
                gap += 0 if self._in_hyphenated(k) and not self.texts[k - 1] in _HYPHENS else 1
                k -= 1
            if kind in SYMMETRIC and k - 1 >= seg.start and self.lower[k] == "their" and self.lower[k - 1] in lex["support_verbs"]:
                # "X and Y held their first talks": the plural possessive is the support verb's (paired) subject
                self.notes.append("their-support")
                k -= 1
            if k >= seg.start and self.lower[k] in _POSS_PRON and k + 2 < span.start \
                    and self.lower[k + 1] in lex["org_heads"] and self.lower[k + 2] in ("'s", "’s"):
                # "following his party's defeat": the party's (the name module reads "his party"), not his
                self.notes.append("poss-org")
                actor = doc[k: k + 2]
            elif k >= seg.start and ((self.name_at(k) and not self._is_time(doc[k])) or self.lower[k] in ("his", "her", "their", "its")
                                     or self.lower[k] == "my" and self.quote_speaker(doc[k]) is not None) \
                    and k not in self._trigger_tokens:  # ("Tuesday's victory": a day wins nothing)
                actor = doc[k: k + 1] if not self.name_at(k) else self.unparen(self._run(doc[k]))
            elif k >= seg.start and self.lower[k] in lex["support_verbs"]:
                adjunct = self.participle_adjunct(doc[k: k + 1], seg)
                # (", after winning an election victory": the main clause's subject, not the name before the comma)
                actor = adjunct[0] if adjunct is not None else self.left_mention(span, seg, start=k)
            elif kind in ("win", "lose") and k >= seg.start and self.lower[k] in lex.get("after_win_preps", ()):
                # "X returned to office after a landslide victory": the clause's subject won; "X to resign after
                # humiliating defeat": X lost
                actor = self.left_mention(span, seg, start=k)
                if actor is not None and kind == "lose" and (actor.start - seg.start > 3 or k - actor.end > 4):
                    # only a subject close before its verb lost ("X to resign after defeat", "X quit after the
                    # loss"), not one with an object between ("X received a call from Y after the defeat")
                    actor = None
                if actor is not None:
                    self.notes.append("after-subject")
            if actor is None and kind in ("win", "lose") and span.end + 1 < seg.end:
                # "the victory he has scored", "the defeat the party suffered": the relative clause's subject
                j = span.end
                if self.lower[j] in ("that", "which"):
                    j += 1
                if self.lower[j] == "the" and j + 1 < seg.end and self.name_at(j + 1):
                    j += 1
                m = None
                if self.lower[j] in lex["person_pronouns"]:
                    m = doc[j: j + 1]
                elif self.name_at(j):
                    m = self._run(doc[j])
                if m is not None:
                    v = m.end
                    second = None
                    if v + 1 < seg.end and self.lower[v] == "and":
                        # "the painful defeat that he and Ana Voss suffered": both subjects
                        k = v + 1
                        while k < seg.end and k - v <= 2 and self.lower[k] in ("mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms."):
                            k += 1
                        if self.lower[k] in lex["person_pronouns"]:
                            second = doc[k: k + 1]
                        elif self.name_at(k) and not self._is_time(doc[k]):
                            second = self._run(doc[k])
                        if second is not None:
                            v = second.end
                    while v < seg.end and v - m.end < 2 + (len(second) + 1 if second is not None else 0) and self.lower[v] in _AUX_ADV:
                        v += 1
                    if v < seg.end and self.lower[v] in lex["support_verbs"]:
                        actor = m
                        self.notes.append("relative-subject")
                        if second is not None:
                            self.extra_actors[span.start] = [second]
            if actor is None and kind in ("win", "lose", "resign"):
                # "the unexpected defeat of the finance minister, Ana Soto", "a victory for the Unity Party"
                j = span.end - 1 if self.lower[span.end - 1] == "of" else span.end
                if j < seg.end and self.lower[j] in ("of", "for"):
                    m = self.right_mention(self.doc[j: j + 1], seg, trig) or self.role_apposition(j + 1, seg)
                    if m is not None and self.personish(m) and m.root.lower_ not in self.lex["person_pronouns"]:
                        if self.lower[j] == "for" and self.place_entity(m):
                            # "a win for Mother Ostria", "a victory for Ostria": a country (or its personification)
                            # is the cause the win serves, no party or candidate that won
                            return None, None, False
                        self.notes.append(self.lower[j] + "-noun")
                        return m, None, False
            if actor is None and kind in SYMMETRIC and span.end < seg.end and self.lower[span.end] == "between":
                # "a meeting between X and Y": the two participants
                first = self.right_mention(span, seg, trig)
                pair = self.conjunct(first) if first is not None else None
                if pair is not None and pair[0] is not None and pair[1] is not None:
                    self.notes.append("between")
                    return pair[0], pair[1], False
            if actor is None and kind in ("accuse", "call") and span.end <= seg.end:
                # "accusations by X against Y", "a call from X": X acts
                actor = self._prep_np(doc[span.start: span.end - 1], seg, ("by", "from"))
                if actor is not None:
                    self.notes.append("by-from")
                tgt = self._prep_np(span, seg, ("against",)) if kind == "accuse" else None
                if tgt is not None:
                    target = tgt
            if actor is None and kind == "congratulate":
                # "congratulations poured in from X", "congratulations from X": X congratulates
                actor = self.from_mention(span, seg)
                if actor is not None:
                    self.notes.append("from")
            if kind == "win":
                if span.end < seg.end and self.lower[span.end] == "over":
                    target = self.right_mention(span, seg, trig)
            elif kind in SYMMETRIC or kind in ("congratulate", "accuse"):
                if span.end < seg.end and (self.lower[span.end] in ("with", "to", "from", "against", "between")
                                           or kind == "congratulate" and self.lower[span.end] == "for"):
                    # ("led the congratulations for X": X is congratulated)
                    after = doc[span.start: span.end + 1] if self.lower[span.end] == "for" else span
                    target = self.right_mention(after, seg, trig)
            return actor, target, False
        if kind in ("win", "lose", "resign", "concede"):
            owner = self.nominal_owner(span, seg)
            if owner is not None:
                return owner, None, False
        invited = self.invited_subject(span, seg)
        if invited is not None:
            return invited[0], None, False
        passive = self.is_passive_linear(span)
        # "X called Y to concede / to congratulate him": the caller acts, Y is the target
        if not passive and trig.roles in ("sv", "svo") and span.start - 1 > seg.start and self.lower[span.start - 1] == "to":
            y = self.relative_antecedent(span.start - 1, seg) or self.left_mention(span, seg)
            if y is not None:
                v = y.start - 1
                described = 0  # "calling his opponent Ana Vale to congratulate her": a possessive and a common noun
                while v > seg.start and (self.lower[v] in lex["title_nouns"] or self.name_at(v)
                                         or self.lower[v] in ("the", "prime", "opposition", "up")
                                         or (described < 3 and (self.lower[v] in _POSS_PRON or self.tagged
                                                                and doc[v].is_lower and doc[v].pos_ in ("NOUN", "ADJ")))):
                    described += 0 if self.lower[v] in lex["title_nouns"] or self.name_at(v) else 1
                    v -= 1
                if v >= seg.start and self.lower[v] in lex["call_verbs"]:
                    caller = self.left_mention(span, seg, start=v) or self.fronted_clause_subject(seg, v)
                    return caller, y, False
                if v >= seg.start and self.lower[v] == "with" and kind in ("congratulate", "concede"):
                    # "X held a phone conversation with Y, who resigned ..., to congratulate her": the one who held
                    # the call / talks (a call or meeting trigger just before 'with') acts, Y is the target
                    noun = next((k for k in range(v - 1, max(seg.start, v - 4) - 1, -1) if k in self._trigger_tokens
                                 and self.lower[k] in lex.get("talk_nouns", ())), None)
                    if noun is not None:
                        caller = self.left_mention(span, seg, start=noun) or self.fronted_clause_subject(seg, noun)
                        if caller is not None:
                            self.notes.append("talks-holder")
                            return caller, y, False
                if kind in ("win", "lose"):
                    beaten = self.surpassed_by(y, seg)
                    if beaten is not None:
                        self.notes.append("surpass-subject")
                        return beaten, None, False
        if trig.roles == "elect":
            if passive:
                return self.left_mention(span, seg), None, True
            return self.right_mention(span, seg, trig), None, False
        if trig.roles == "lead":
            # "In a statement, the party's secretary Jane Roe said ...": the speaker of the clause it leads
            # ("Unity Party (UP) Secretary General Jane Roe stated": the name right before the speech verb)
            i = span.end
            limit = min(seg.end, span.end + 16)
            while i < limit:
                if self.texts[i] in (";", ":") or doc[i].is_quote:
                    break
                if not (self.name_at(i) and not self._is_time(doc[i])):
                    i += 1
                    continue
                m = self._run(doc[i])
                v = m.end
                while v < seg.end and v - m.end < 2 and (self.lower[v] in _AUX_ADV or self.texts[v] in (")", ",")):
                    v += 1
                if v < seg.end and self.lower[v] in lex["speech_verbs"]:
                    self.notes.append("statement-speaker")
                    return m, None, False
                i = max(m.end, i + 1)
            return None, None, False
        if trig.roles == "recipient":
            # "The snap poll lost her party about 20 seats", "The scandal cost the Unity Party its majority": a verb of
            # losing with two objects; the first (the one who no longer has the seats) lost, not the subject
            k = head.i + 1
            if k < span.end and self.lower[k] == "the":
                k += 1
            if k + 1 < span.end and self.lower[k] in _POSS_PRON and self.lower[k + 1] in lex["org_heads"]:
                self.notes.append("recipient")
                # "Ana Soto's snap poll cost her party 20 seats": the pronoun is bound by the person the clause's
                # subject names (its possessor or itself), whose party the article names; else the resolver's
                first = next((i for i in range(seg.start, head.i) if self.name_at(i) and not self._is_time(doc[i])), None)
                if first is not None and self.lower[k] != "its":
                    person = self._run(doc[first])
                    if self.personish(person):
                        self.notes.append("bound-pronoun")
                        return self.party_led_by(person), None, False
                return doc[k: k + 2], None, False
            if k < span.end and self.name_at(k) and not self._is_time(doc[k]):
                self.notes.append("recipient")
                return self.unparen(self._run(doc[k])), None, False
            return None, None, False
        if trig.roles == "listed":
            # "Among the independents returned were A in X, B, who shifted to the seat of Y, and C", "Those re-elected
            # were A and B": the (re-)elected are the people listed after the copula, each a winner
            names = self.listed_people(span.end, seg)
            if not names:
                return None, None, False
            self.notes.append("listed")
            self.extra_actors[span.start] = names[1:]
            return names[0], None, False
        if trig.roles == "including-of":
            # "The Harbour Party lost most of its seats in Eastmark, including those of its leader, Ana Soto, and
            # its treasurer, Ivo Brandt": the seats lost before are named by their holders, who each lost one
            return self.seat_holders(span, seg), None, False
        if trig.roles == "called-for":
            # "the race was called for Ana Soto": the name after 'for' won (a person or a party, not a date)
            m = self.right_mention(span, seg, trig)
            if m is not None and m.end + 1 < seg.end and self.lower[m.end] in ("'s", "’s", "'", "’") \
                    and self.name_at(m.end + 1):
                m = self._run(self.doc[m.end + 1])  # "called for the Greens' Ana Soto": the candidate
            if m is not None and not self._is_time(m[0]):
                return m, None, False
            return None, None, False
        if trig.roles == "declared":
            # "X was declared the winner": X; "the commission declared X (as) the winner": the name after the verb
            if passive:
                self.notes.append("declared-passive")
                return self.left_mention(span, seg), None, False
            k = head.i + 1
            if k + 1 < span.end and self.lower[k] == "the" and self.name_at(k + 1):
                k += 1  # "declared the Unity Party the winner"
            if k < span.end and self.name_at(k):
                self.notes.append("declared-object")
                m = self.unparen(self._run(doc[k]))
                poss = next((t.i for t in doc[m.start: span.end] if t.lower_ in ("'s", "’s")), None)
                if poss is not None and poss > m.start and poss + 1 < span.end and doc[poss + 1].is_lower:
                    m = doc[m.start: poss]
                    # "declared Ana Soto's party the winner": the party the article ties to her, else no one named
                    self.notes.append("declared-group")
                    return self.party_led_by(m), None, False
                return m, None, False
            if span.start > seg.start and self.name_at(span.start - 1) and not self._is_time(doc[span.start - 1]):
                # "Conservative Ana Soto declared winner in Northfield": a headline's passive without "was"
                self.notes.append("declared-headline")
                return self._run(doc[span.start - 1]), None, False
            return None, None, False
        if trig.roles == "svo":
            if passive:
                by = self.by_mention(span, seg)
                return by, self.left_mention(span, seg), True
            # the object follows the verb, inside a long trigger ("called X's actions a betrayal")
            after = doc[head.i: head.i + 1] if len(span) > 2 else span
            if len(span) > 2 and head.i + 1 < span.end and self.lower[head.i + 1] in ("with", "to"):
                after = doc[head.i: head.i + 2]
            adjunct = self.participle_adjunct(span, seg)
            if adjunct is not None:
                actor = adjunct[0]
            elif self.opens_participle_clause(span, seg):
                actor = self.fronted_clause_subject(seg, span.start)  # "Warmly congratulating Y, X said ..."
            else:
                actor = self.object_participle_subject(span, seg) or self.comma_participle_subject(span, seg) \
                    or self.elided_subject(span, seg) \
                    or self.left_mention(span, seg) \
                    or self.fronted_clause_subject(seg, span.start)  # "Having phoned Y to concede, X ..."
            target = self.right_mention(after, seg, trig)
            if target is None and kind in SYMMETRIC and after.end < span.end:
                # "spoke by phone (on Friday) with Y", "talked over the phone to Y": the partner follows the
                # whole trigger, not its verb
                target = self.right_mention(span, seg, trig)
                if target is not None:
                    self.notes.append("partner-after")
            return actor, target, False
        # sv
        if kind == "announce" and self.lower[span.end - 1] == "by":
            passive = True  # "released by X", "published Thursday by X": the agent announces, not a name before
        if passive and kind == "announce":
            self.notes.append("passive")
            by = self.by_mention(span, seg)
            if by is not None and (self._is_time(by[0]) or by[0].like_num):
                by = None  # "will be published by October 15": a date, no agent
            if by is not None and by.end + 1 < seg.end and self.texts[by.end] == "," and self.name_at(by.end + 1) \
                    and not any(self.name_at(k) for k in range(by.start, by.end)):
                # "announced by the electoral commission's head, Ivo Kask": the name in apposition to an office
                by = self._run(self.doc[by.end + 1])
            return by, None, False  # "as it is announced that ...": by whom, if said
        if passive and kind == "win":
            # "the seat was won by X": X won (the subject is the thing won)
            by = self.by_mention(span, seg)
            if by is not None:
                self.notes.append("won-by")
                return by, None, False
            return None, None, False
        adjunct = self.participle_adjunct(span, seg)
        if adjunct is not None:
            actor = adjunct[0]  # "X took 14 seats, besides forming the government": X (or nobody)
        else:
            actor = self.elided_subject(span, seg)
            if actor is None:
                # "Ana Voss, who led the party in its previous terms, is expected to be sworn in": the name the 'who'
                # clause before the verb describes, not the last name inside that clause
                k = span.start - 1
                while k > seg.start and (self.lower[k] in _AUX_ADV or self.lower[k] in lex.get("raising_words", ())):
                    k -= 1
                actor = self.relative_antecedent(k + 1, seg) if k < span.start - 1 or self.texts[k] == "," else None
            if actor is None and span.start - 2 > seg.start and self.lower[span.start - 1] == "who" and self.texts[span.start - 2] == "," \
                    and self.name_at(span.start - 3):
                # "Jan Kowal, leader of the X, who stood down ...": the "who" clause's own verb; its subject is the
                # person the clause describes
                actor = self._who_person(self._run(self.doc[span.start - 3]), seg)
            if actor is None:
                actor = self.left_mention(span, seg)
                if actor is not None and self._unnamed_conjunct == span.start \
                        and self.after_preposition(actor):
                    # "the party won 68 seats in the Grand Chural and secured a majority": the coordinated verb's subject
                    # is the first clause's (unnamed), not the name inside its prepositional phrase
                    self.notes.append("unnamed-conjunct")
                    actor = None
                else:
                    actor = actor or self.fronted_clause_subject(seg, span.start)
        if span.end < seg.end and (self.lower[span.end] in ("to", "over") and kind in ("concede", "lose")
                                   or self.lower[span.end] == "over" and kind == "win"):
            # "lost to Y", "conceded to Y", "secured a landslide victory over Y"
            target = self.right_mention(span, seg, trig)
        elif kind in ("lose", "concede"):
            # "lost the runoff to Y", "lost his seat to Y", "conceded defeat to Y": the winner after the object
            for j in range(span.end + 1, min(seg.end, span.end + 5)):
                if self.lower[j] in ("to",) and j + 1 < seg.end:
                    target = self.right_mention(doc[j: j + 1], seg, trig)
                    break
                if doc[j].is_punct or self.lower[j] in ("in", "on", "after", "and", "but", "by", "with"):
                    break
        return actor, target, passive

    def comma_subject(self, span: Span, seg: Span) -> Span | None:
        """'X won 40 seats in the House of Representatives, the country's election commission announced on
        Wednesday': a verb whose clause opens at a comma and whose subject, right before it, is an organisation named
        by a lower-case common noun phrase (determiner, possessor, modifiers, then an organisation or electoral body
        noun): that phrase, not the last name of the clause before the comma. None otherwise."""
        k = span.start - 1
        while k > seg.start and self.lower[k] in _AUX_ADV:
            k -= 1
        heads = self.lex["org_heads"] | self.lex.get("electoral_body_nouns", set())
        if k <= seg.start or self.lower[k] not in heads or not self.texts[k].islower():
            return None
        c = k - 1
        while c > seg.start and k - c <= 6 and self.texts[c] != "," and (
                self.texts[c].islower() or self.lower[c] in ("'s", "’s")) and not self.doc[c].pos_ in ("VERB", "AUX", "ADP"):
            c -= 1
        if self.texts[c] != "," or c == k - 1:
            return None
        self.notes.append("comma-subject")
        return self.doc[c + 1: k + 1]

    def listed_people(self, i: int, seg: Span) -> list[Span]:
        """The people named in a list from token i to the end of the sentence ('A in X, B, who shifted to the seat
        of Y, and C (Greens)'): the names that are persons, leaving out a name after a preposition (a place, a
        seat), a non-restrictive 'who' / 'which' clause up to its closing comma and words in parentheses."""
        doc = self.doc
        out: list[Span] = []
        after_prep = False
        depth = 0
        while i < seg.end:
            w = self.lower[i]
            if self.texts[i] == "(":
                depth += 1
            elif self.texts[i] == ")":
                depth = max(0, depth - 1)
            elif depth:
                pass
            elif self.texts[i] == "," and i + 1 < seg.end and self.lower[i + 1] in ("who", "which"):
                i += 2
                while i < seg.end and self.texts[i] not in (",", ";"):
                    i += 1  # (the relative clause, up to its closing comma)
                continue
            elif self.texts[i] in (";", ":"):
                break
            elif doc[i].pos_ == "ADP" or w in ("in", "of", "for", "from", "at", "to"):
                after_prep = True
            elif self.name_at(i) and not self._is_time(doc[i]):
                run = self._run(doc[i])
                if not after_prep and self._person_entity(run):
                    out.append(run)
                after_prep = False
                i = max(run.end, i + 1)
                continue
            elif self.texts[i] == "," or w in ("and", "as", "well"):
                after_prep = False
            i += 1
        return out

    def relative_antecedent(self, i: int, seg: Span) -> Span | None:
        """'... with Ana Voss, who resigned from the post of prime minister earlier in the day, to congratulate her':
        a non-restrictive 'who' clause closed by the comma before token i: the name it describes (None when i does
        not follow such a clause)."""
        if i - 1 <= seg.start or self.texts[i - 1] != ",":
            return None
        for w in range(i - 2, max(seg.start + 1, i - 25), -1):
            if self.texts[w] in (",", ";", ":") or self.doc[w].is_quote:
                n = w - 1
                if self.texts[n] == ")":  # "Unidas Podemos (United we Can), who ...": the name before the brackets
                    while n > seg.start and self.texts[n] != "(":
                        n -= 1
                    n -= 1
                if self.texts[w] == "," and self.lower[w + 1] == "who" and n >= seg.start and self.name_at(n) \
                        and not self._is_time(self.doc[n]):
                    self.notes.append("relative-antecedent")
                    return self._who_person(self._run(self.doc[n]), seg)
                return None
        return None

    def _who_person(self, run: Span, seg: Span) -> Span:
        """The person a "who" clause describes: the name before "who", or, when that name is no person ("Jan Kowal,
        leader of the Harbour Party, who stood down ..."), the person whose apposition ends with it (a comma, then
        lower-case role words and "of" up to the name)."""
        if self._person_entity(run):
            return run
        # (back over the apposition's lower-case words, hyphens and inner commas: "leader of the left-wing,
        # anti-austerity X")
        k, of = run.start - 1, False
        while k > seg.start and k > run.start - 12 and (self.texts[k].islower() or self.texts[k] in ("-", ",")):
            of = of or self.lower[k] == "of"
            if self.texts[k] == "," and of and self.name_at(k - 1):
                person = self._run(self.doc[k - 1])
                if self._person_entity(person):
                    self.notes.append("apposition-head")
                    return person
            k -= 1
        return run

    def role_apposition(self, i: int, seg: Span) -> Span | None:
        """'(the defeat of) the shadow finance minister, Ana Soto': lower-case role words holding a title noun,
        a comma, then a name (at most 6 words from token i) -> the name; else None."""
        k = i
        titled = False
        while k < min(seg.end, i + 6) and self.texts[k] != ",":
            if not self.texts[k].islower():
                return None
            titled = titled or self.lower[k] in self.lex["title_nouns"]
            k += 1
        if titled and k + 1 < seg.end and self.texts[k] == "," and self.name_at(k + 1):
            return self._run(self.doc[k + 1])
        return None

    def surpassed_by(self, y: Span, seg: Span) -> Span | None:
        """'X edged out Y and Z to win', 'X beat Y to win the seat': when the name(s) before 'to <win>' are the
        object of a verb of beating (lexicon surpass_verbs), the subject of that verb, else None."""
        k = y.start - 1
        while k > seg.start and (self.lower[k] in ("the", "and", ",") or (self.name_at(k) and not self._is_time(self.doc[k]))):
            k -= 1  # over the coordinated objects ("Y and Z")
        if k <= seg.start or self.lower[k] not in self.lex.get("surpass_verbs", ()):
            return None
        while k > seg.start and self.lower[k] in ("out", "off", "past"):
            k -= 1  # the particle of "edged out", "held off", "pushed past"
        return self.left_mention(self.doc[k: k + 1], seg)

    def participle_adjunct(self, span: Span, seg: Span) -> tuple[Span | None] | None:
        """'X took all 14 seats in Northshire, besides forming the state government': an -ing trigger after a
        comma and a subordinator (lexicon participle_subordinators) belongs to the main clause, whose subject
        acts, not the nearest name (a place, an object). (subject,) from the parse, (None,) when the parse gives
        none, None when the trigger is no such adjunct."""
        i = span.start - 1
        c = i - 1
        while c > seg.start and i - c <= 2 and self.doc[c].pos_ == "ADV" and self.texts[c].islower():
            c -= 1  # ", shortly after securing his seat"
        if not self.lower[span.start].endswith("ing") or c < seg.start or self.texts[c] != "," \
                or self.lower[i] not in self.lex.get("participle_subordinators", ()):
            return None
        self.notes.append("participle-adjunct")
        if self.parsed:
            g = span[0]
            for _ in range(4):  # up to the main clause's verb
                if g.head is g:
                    break
                g = g.head
                if g.pos_ in ("VERB", "AUX") and g.i < i:
                    subj, _passive = self._subject(g)
                    if subj is not None:
                        return (self._mention_ok(self.mention_at(subj)),)
        # no subject on the parse: the name that opens the sentence, when it is the main clause's subject (a comma,
        # an apposition or an inserted phrase may follow it: "X, in its first contest, did well ...")
        k = seg.start + (1 if self.lower[seg.start] == "the" else 0)
        if k < c and self.name_at(k) and not self._is_time(self.doc[k]):
            run = self.unparen(self._run(self.doc[k]))
            if run.end < c and not self.is_place(run) and (self.texts[run.end] == "," or self.doc[run.end].pos_ in ("VERB", "AUX")):
                self.notes.append("opening-subject")
                return (run,)
        return (None,)

    def opens_participle_clause(self, span: Span, seg: Span) -> bool:
        """The trigger is an -ing participle that opens its sentence, alone or after adverbs ('Warmly
        congratulating Y, X said ...'): its subject is the main clause's, after the comma."""
        k = seg.start
        while k < span.start and (self.doc[k].pos_ == "ADV" or self.lower[k].endswith("ly")):
            k += 1
        return k == span.start and self.lower[span.start].endswith("ing") and self.texts[span.start - 1:span.start] != ["("]

    def fronted_clause_subject(self, seg: Span, before: int) -> Span | None:
        """'Having phoned Y to concede, X told supporters ...': the subject of the main clause after a fronted
        participle clause ('Having ...', 'After phoning ...', 'Warmly congratulating ...') that holds token
        ``before``."""
        first = self.lower[seg.start]
        k = seg.start
        while k < before and (self.doc[k].pos_ == "ADV" or self.lower[k].endswith("ly")):
            k += 1
        opens = first in ("having", "after", "before") or (k == before and self.lower[before].endswith("ing"))
        if not opens or before - seg.start > 4:
            return None
        for k in range(before, min(seg.end - 1, before + 20)):
            if self.texts[k] == ",":
                j = k + 1
                while j < seg.end and j - k <= 4 and (self.lower[j] in ("the", "a", "an")
                                                      or self.lower[j] in self.lex["title_nouns"]
                                                      or (self.texts[j].islower() and self.doc[j].pos_ == "ADJ")):
                    j += 1
                if j < seg.end and self.name_at(j):
                    run = self._run(self.doc[j])
                    if self.is_place(run) or (run.end < seg.end and self.texts[run.end] == ","):
                        continue  # "After winning his seat in Richmond, Northshire, the PM said": a place, go on
                    self.notes.append("fronted-clause")
                    return self._titled_apposition(run, seg)
                return None
        return None

    def invited_subject(self, span: Span, seg: Span) -> tuple[Span | None] | None:
        """'he accepted the Queen's invitation to form a government': after '<owner>'s <invitation noun> to' the
        owner invites and the clause's subject (before the owner) acts; (subject,) or (None,), None when the
        trigger is no such infinitive."""
        j = span.start - 1
        if j - 2 <= seg.start or self.lower[j] != "to" or self.lower[j - 1] not in self.lex.get("invitation_nouns", ()):
            return None
        k = j - 2
        if self.lower[k] not in ("'s", "’s") or not self.name_at(k - 1):
            return None
        owner = self._run(self.doc[k - 1])
        self.notes.append("invited")
        return (self.left_mention(span, seg, start=owner.start),)

    def nominal_owner(self, span: Span, seg: Span) -> Span | None:
        """'hailed the Unity Party's "miracle" return to government': a verbal trigger used as a noun after a
        possessive ('s, then at most three modifier words or quotation marks) belongs to the possessor, not to the
        clause's subject."""
        if not self.tagged or span[0].pos_ != "NOUN":
            return None  # ("Estmark's finance minister resigns": a verb has a subject, no possessor)
        k = span.start - 1
        while k > seg.start and span.start - k <= 3 and (self.doc[k].is_quote or self.texts[k].islower()
                                                         and self.doc[k].pos_ in ("ADJ", "NOUN")
                                                         and self.lower[k] not in self.lex["title_nouns"]):
            k -= 1
        if k - 1 < seg.start or self.lower[k] not in ("'s", "’s") or not self.name_at(k - 1) \
                or self._is_time(self.doc[k - 1]):
            return None
        self.notes.append("possessor")
        return self._run(self.doc[k - 1])

    def credited(self, span: Span, seg: Span) -> Span | None:
        """X in '<congratulate / praise / thank> X on|for <...> <trigger>' (X is the winner), unless a possessor
        stands before the trigger ('congratulated X on the Unity Party's victory': the party won)."""
        doc = self.doc
        i = span.start - 1
        while i > seg.start and span.start - i <= 5:
            if self.lower[i] in ("'s", "’s"):
                return None
            if self.lower[i] in ("on", "for"):
                m = self.left_mention(span, seg, start=i)
                if m is not None and m.end == i:
                    v = m.start - 1
                    while v >= seg.start and m.start - v <= 5:  # "congratulated his Democratic rival X for"
                        if self.lower[v] in self.lex["credit_words"]:
                            return m
                        v -= 1
                return None
            if doc[i].is_punct and not doc[i].is_quote:  # ('for his "historic victory"')
                return None
            i -= 1
        return None

    def from_mention(self, span: Span, seg: Span) -> Span | None:
        """The noun phrase after 'from' right after span ('congratulations from the incumbent')."""
        return self._prep_np(span, seg, ("from",))

    def by_mention(self, span: Span, seg: Span) -> Span | None:
        by = self._prep_np(span, seg, ("by",))
        if by is None and span.end < seg.end and self.lower[span.end] in ("in", "at", "during", "on"):
            # "was defeated in Saturday's election by X": a short adverbial phrase between the participle and its agent
            k = next((k for k in range(span.end + 1, min(seg.end, span.end + 6)) if self.lower[k] == "by"), None)
            if k is not None and not any(self.doc[j].is_punct and self.texts[j] not in ("'s", "’s") for j in range(span.end, k)):
                by = self._prep_np(self.doc[k - 1 : k], seg, ("by",))
        return by

    def _prep_np(self, span: Span, seg: Span, preps: tuple[str, ...]) -> Span | None:
        doc = self.doc
        i = span.end
        if len(span) > 1 and self.lower[span.end - 1] in preps:
            i = span.end - 1  # the trigger pattern ends with the preposition ("a call from")
        while i < seg.end and i - span.end < 3 and self.lower[i] not in preps:
            if doc[i].is_punct:
                return None
            i += 1
        if i >= seg.end or self.lower[i] not in preps:
            return None
        j = i + 1
        # (the phrase ends before a verb: "released by the Kremlin showed the two leaders")
        while j < seg.end and j - i <= 5 and not doc[j].is_punct and self.lower[j] not in _STOP_NP \
                and not (j > i + 1 and doc[j].pos_ in ("VERB", "AUX") and doc[j].dep_ != "amod"):
            j += 1
        while j > i + 2 and self.lower[j - 1] in ("of", "and", "for", "to", "in", "on", "with"):
            j -= 1  # "accused by the Opposition of being too old": the phrase ends before the preposition it runs into
        return doc[i + 1: j] if j > i + 1 else None

    def right_mention(self, span: Span, seg: Span, trig) -> Span | None:
        """The name right after the trigger: directly, or after a determiner / title words / one
        of the linking prepositions ('with', 'to', 'from', 'over', 'against')."""
        doc = self.doc
        i = span.end
        stop = min(seg.end, span.end + 6)
        skip = {"the", "a", "an", "his", "her", "their", "its", "former", "outgoing", "incumbent", "then", "new",
                "with", "to", "from", "over", "against", "between", "'s", "’s", "fellow", "rival", "opposition",
                "-", "designate", "elect", "general"}  # ("prime minister-designate", "secretary-general")
        while i < stop:
            t = doc[i]
            if trig is not None and trig.kind in SYMMETRIC and self._is_time(t) and i - span.end < 3:
                i += 1  # "spoke by phone Friday with Y", "met on Monday with Y": the day comes before the partner
                continue
            if t.text[:1].isupper() and not self.is_name_token(t):
                ap = self._titled_apposition(doc[i: i + 1], seg)
                if ap.start != i:
                    return ap  # "the Regionalists' leader, Ana Serrat"
            if self.is_name_token(t) and not self._is_time(t):
                run = self._run(t)
                if len(run) == 1 and t.pos_ == "ADJ" and run.end < stop and self.lower[run.end] in self.lex["title_nouns"]:
                    i = run.end  # "his Democratic rival Ana Soto": a party adjective before a title
                    continue
                if len(run) == 1 and self.is_demonym(run) and run.end < stop and self.texts[run.end].islower():
                    i = run.end  # "called up Estmarkian prime minister-designate Ana Soto": a nationality word
                    continue
                if run.end + 1 < seg.end and self.lower[run.end] in ("'s", "’s") \
                        and self.lower[run.end + 1] in self.lex["org_heads"] and self._holder_ok(run):
                    # "beat Tomas Reyes's party": the party the article ties to him (else no target is guessed)
                    return self.party_led_by(run)
                if run.end + 1 < stop + 2 and run.end + 1 < seg.end and self.lower[run.end] in ("'s", "’s") \
                        and self.name_at(run.end + 1) and not self._is_time(doc[run.end + 1]):
                    nxt = self._run(doc[run.end + 1])
                    if _is_party(self.name(run) or "") and self._holder_ok(nxt):
                        return nxt  # "beat the Unity Party's Ada Mensah": the party's candidate, not the party
                run = self._titled_apposition(run, seg)
                # "congratulated the Unity Party leader on ...": the (named or unnamed) leader, not the party
                return self._party_role(run, seg.end) if run.end < seg.end and self.texts[run.end].islower() else run
            if t.lower_ == "her" and i + 1 < stop and (self.lower[i + 1] in self.lex["title_nouns"] or self.lower[i + 1] in skip
                                                        or self.lower[i + 1] in _PERSON_ADJ):
                i += 1  # "congratulated her rival Ana Soto": a possessive before a title, not the object
                continue
            if t.lower_ in ("him", "her", "them"):
                return doc[i: i + 1]
            if t.lower_ == "of" and i > span.end and self.lower[i - 1] in self.lex["title_nouns"]:
                # "meet the leader of the Islands Party, Agnes Thorvald": the name after the role's organisation
                k = i + 1
                while k < min(seg.end, i + 7) and self.texts[k] != "," and not self.doc[k].is_punct:
                    k += 1
                if k + 1 < seg.end and self.texts[k] == "," and self.name_at(k + 1) and not self._is_time(doc[k + 1]):
                    run = self._run(doc[k + 1])
                    if self._person_entity(run):
                        return run
                return None
            if t.text == "," and i > span.end and self.lower[i - 1] in self.lex["title_nouns"] and i + 1 < seg.end \
                    and self.name_at(i + 1) and not self._is_time(doc[i + 1]):
                return self._run(doc[i + 1])  # ("to his main challenger, Ana Soto")
            if self.org_np(i) is not None and not (i + 1 < stop and self.name_at(i + 1)):
                return self.org_np(i)
            partners = self.lex.get("partner_words", ())
            if t.lower_ in ("my", "our") and i + 1 < stop and self.lower[i + 1] in partners:
                i += 1  # "congratulate my brother Ana Voss"
                continue
            if t.lower_ == "and" and i > span.end and i + 1 < stop \
                    and (self.lower[i - 1] in partners or self.lower[i - 1] in self.lex["title_nouns"]) \
                    and (self.lower[i + 1] in partners or self.lower[i + 1] in self.lex["title_nouns"]):
                i += 1  # "congratulated his successor and longtime rival Ana Voss": two words for one person
                continue
            if t.lower_ in partners and i > span.end and self.lower[i - 1] in ("his", "her", "their", "my", "our", "its", "and"):
                i += 1  # "congratulated his successor Ana Voss"
                if i < stop and self.texts[i] in ("...", "…"):
                    i += 1  # "congratulate my brother... Ana Voss"
                continue
            if t.lower_ in skip or t.lower_ in self.lex["title_nouns"] or t.lower_ in _PERSON_ADJ \
                    or (self.tagged and t.pos_ == "ADJ" and i - span.end < 3):
                i += 1
                continue
            return None
        return None

    def _titled_apposition(self, m: Span, seg: Span) -> Span:
        """"the Farmers' Party leader, Jon Aas," -> Jon Aas: an owner + title noun with the person's name
        in apposition names that person."""
        doc = self.doc
        j = m.end
        if j < seg.end and self.lower[j] in ("'", "'s", "’", "’s"):
            j += 1
        k = j
        while k < seg.end and k - j < 3 and doc[k].is_lower and self.lower[k] not in self.lex["title_nouns"]:
            if self.lower[k] in ("and", "or", "but") or self.tagged and doc[k].pos_ in ("VERB", "AUX"):
                return m  # "the victory of the X and congratulated its leader Y": another clause, not the X's title
            k += 1
        if k + 2 < seg.end and self.lower[k] in self.lex["title_nouns"] and self.texts[k + 1] == "," \
                and self.name_at(k + 2):
            return self._run(doc[k + 2])
        # "LDP secretary-general Akira Amari", "the Unity Party leader Jon Aas": the owner's title, then the name
        if k < seg.end and self.lower[k] in self.lex["title_nouns"] and self.lower[k] not in self.lex["org_heads"]:
            k += 1
            while k + 1 < seg.end and self.texts[k] in _HYPHENS and not doc[k - 1].whitespace_ and doc[k + 1].is_lower:
                k += 2  # ("secretary-general", "minister-designate")
            if k < seg.end and self.name_at(k) and not self._is_time(doc[k]):
                self.notes.append("titled-name")
                return self._run(doc[k])
        return m

    def seat_holders(self, span: Span, seg: Span) -> Span | None:
        """The persons named after 'including those of' / 'including the seats of' when the clause before lost seats
        (a verb of losing, then a seat noun, before the trigger in its sentence); the first is returned, the others
        are kept for the claim's conjuncts. Party names, places and institutions between them are passed over."""
        lex, lower, doc = self.lex, self.lower, self.doc
        verb = next((i for i in range(seg.start, span.start) if lower[i] in lex.get("seat_loss_verbs", ())), None)
        if verb is None or not any(lower[i] in lex["seat_nouns"] for i in range(verb + 1, span.start)) \
                and lower[span.start + 1] not in lex["seat_nouns"]:
            return None  # ("won 40 seats, including those of ...": no loss; "including those of the north")
        holders: list[Span] = []
        i = span.end
        while i < seg.end and lower[i] not in (";", ".") and not (doc[i].is_quote):
            if self.name_at(i) and not self._is_time(doc[i]):
                m = self._run(doc[i])
                n = self.name(m)
                if n and not _is_party(n) and not self.comp.is_institution(n) and not self.is_place(m) \
                        and self._person_entity(m):
                    holders.append(m)
                i = max(m.end, i + 1)
                continue
            i += 1
        if not holders:
            return None
        self.extra_actors[span.start] = holders[1:]
        return holders[0]

    def role_holder(self, span: Span, seg: Span) -> Span | None:
        """'when the chairman of the Vesk election board announced the results': a subject that is a role of an
        organisation ('the <role noun> of ...', right before the verb) stands for the person the article names with
        the same words in apposition, before or after ('Ivo Brandt, the chairman of the Vesk election board',
        'the chairman of the ..., Ivo Brandt'). None when the article names no one so."""
        doc, lower, texts = self.doc, self.lower, self.texts
        roles = self.lex.get("role_nouns", ())
        e = span.start
        while e > seg.start and lower[e - 1] in _AUX_ADV:
            e -= 1
        r = next((r for r in range(e - 3, max(seg.start, e - 10) - 1, -1)
                  if lower[r] in roles and lower[r + 1] == "of" and r > seg.start and lower[r - 1] == "the"), None)
        if r is None or any(texts[i] in (",", ";", ":") or doc[i].is_quote for i in range(r, e)):
            return None
        phrase = list(lower[r:e])
        n = len(phrase)
        for i in range(len(doc) - n + 1):
            if i == r or list(lower[i:i + n]) != phrase:
                continue
            j = i - 1 if i > 0 and lower[i - 1] == "the" else i
            if j >= 2 and texts[j - 1] == "," and self.name_at(j - 2):
                m = self._run(doc[j - 2])  # "Ivo Brandt, the head of ..."
                if self._holder_ok(m):
                    return m
            k = i + n
            if k < len(doc) and texts[k] == ",":
                k += 1
            if k < len(doc) and self.name_at(k) and not self._is_time(doc[k]):
                m = self._run(doc[k])  # "the head of ..., Ivo Brandt"
                if self._holder_ok(m):
                    return m
        return None

    def _holder_ok(self, m: Span) -> bool:
        """A named person: no party, institution or place."""
        n = self.name(m)
        return bool(n) and not _is_party(n) and not self.comp.is_institution(n) and not self.is_place(m)

    def _in_hyphenated(self, k: int) -> bool:
        """Token k is a hyphen written without spaces, or a lower-case word joined to one ('face-to-face')."""
        doc, texts = self.doc, self.texts
        if texts[k] in _HYPHENS:
            return k > 0 and not doc[k - 1].whitespace_ and not doc[k].whitespace_
        return texts[k].islower() and ((k + 1 < len(doc) and texts[k + 1] in _HYPHENS and not doc[k].whitespace_)
                                       or (k > 0 and texts[k - 1] in _HYPHENS and not doc[k - 1].whitespace_))

    def comma_participle_subject(self, span: Span, seg: Span) -> Span | None:
        """'X hit out at Y, accusing him of lying', 'After the vote, X met Y, congratulating her': a present
        participle after a comma, at the end of a clause, shares the clause's subject -- the first name in the
        sentence that a verb follows -- not the object named just before the comma."""
        doc = self.doc
        i = span.start - 1
        if i - 1 > seg.start and doc[i].is_quote and self.texts[i - 1] == ",":
            i -= 1  # 'pledged to fight "for democracy," accusing X of ...': the comma inside the closing quote
        if not self.tagged or span[0].pos_ != "VERB" or not self.lower[span.start].endswith("ing") \
                or i <= seg.start or self.texts[i] != ",":
            return None
        for run in self.name_runs(seg.start, i):
            v = run.end
            while v < i and doc[v].pos_ == "ADV":
                v += 1
            if v < i and doc[v].pos_ in ("VERB", "AUX") and v not in range(span.start, span.end):
                near = self.left_mention(span, seg)
                if near is not None and near.start == run.start or self.is_place(run):
                    return None  # (the nearest name is the subject already, or a place opens the sentence)
                # (no name reachable to the left -- a quotation between -- : the clause's subject)
                self.notes.append("comma-participle")
                return run
        return None

    def object_participle_subject(self, span: Span, seg: Span) -> Span | None:
        """'X wrote to Y congratulating her', 'X sent Y a telegram congratulating her', 'X sent a message
        congratulating Y': a present participle right after the object of another verb (no comma between) shares
        that verb's subject; the name before it is the object, not the actor. None for any other trigger."""
        doc, lower = self.doc, self.lower
        if not self.tagged or not lower[span.start].endswith("ing") or span[0].pos_ != "VERB" or span.start - 1 <= seg.start \
                or self.texts[span.start - 1] == ",":
            return None
        skip = {"the", "a", "an", "to", "with", "his", "her", "their", "its", "on", "in", "at", "by", "late", "early"}
        k = span.start - 1
        while k > seg.start and span.start - k <= 7:
            t = doc[k]
            if t.pos_ in ("VERB", "AUX") and not self.name_at(k):
                break  # (another event's verb too: "X called Y congratulating her")
            if not (self.name_at(k) or self._is_time(t) or t.lower_ in skip or t.lower_ in self.lex["title_nouns"]
                    or t.lower_ in self.lex["person_titles"] or (t.is_lower and t.pos_ in ("NOUN", "ADJ"))):
                return None
            k -= 1
        else:
            return None
        if k >= span.start - 1 or doc[k].pos_ == "AUX":
            return None  # ("were congratulating Y": the trigger's own auxiliary)
        subject = self.left_mention(doc[k: k + 1], seg)
        if subject is not None:
            self.notes.append("object-participle")
        return subject

    def quote_addressee(self, open_i: int) -> Span | None:
        """The person a quotation is said to: 'told Y' / 'said to Y' / 'wrote to Y' in the attribution after its
        closing mark ('"...," Roe told Ada Soto') or before its opening one after a colon ('Roe told Ada Soto: "..."').
        None when the attribution addresses no named person ('told reporters', 'said')."""
        doc, lower, lex = self.doc, self.lower, self.lex
        tell, say = lex.get("tell_verbs", ()), lex.get("say_to_verbs", ())
        skip = set(lex["person_titles"]) | set(lex["title_nouns"]) | {"the"}

        def addressed(v: int, limit: int) -> Span | None:
            k = v + 1
            if lower[v] in say:
                if k >= limit or lower[k] != "to":
                    return None
                k += 1
            elif lower[v] not in tell:
                return None
            while k < limit and lower[k] in skip:
                k += 1
            if k < limit and self.name_at(k) and not self._is_time(doc[k]):
                m = self._run(doc[k])
                return m if self.personish(m) and not self.is_place(m) else None
            return None

        close = next((i for i in range(open_i + 2, min(len(doc), open_i + 80)) if doc[i].is_quote), None)
        if close is not None:
            limit = next((i for i in range(close + 1, min(len(doc), close + 10)) if doc[i].is_quote
                          or lower[i] in (".", ";", "!", "?")), min(len(doc), close + 10))
            for v in range(close + 1, limit):
                m = addressed(v, limit)
                if m is not None:
                    return m
        if open_i > 0 and lower[open_i - 1] == ":":
            for v in range(max(0, open_i - 10), open_i - 1):
                m = addressed(v, open_i - 1)
                if m is not None:
                    return m
        return None

    def other_person(self, span: Span, seg: Span, not_name: str | frozenset[str], person_only: bool = False) -> str | None:
        """The nearest name before the trigger (this segment, then the previous one) that is not ``not_name``.
        ``person_only``: for "he", "she", "him", "her", which never stand for a party or an institution ("The
        Unity Party thanked Parliament. He resigned": no one the article names)."""
        doc = self.doc
        lo = self.segment(doc[seg.start - 1]).start if seg.start > 0 else seg.start
        i = span.start - 1
        while i >= lo:
            t = doc[i]
            if self.is_name_token(t) and not self._is_time(t) and i not in self._trigger_tokens:
                m = self._run(t)
                n = self.name(m)
                if isinstance(not_name, frozenset):
                    # (a set: the names to pass over, and never an institution -- "told Parliament")
                    if n and n not in not_name and self.personish(m) and not self.is_place(m) \
                            and not self.comp.is_institution(n) and not (person_only and _is_party(n)):
                        return n
                elif n and n != not_name and self.personish(m) and not self.is_place(m) \
                        and not (person_only and (_is_party(n) or self.comp.is_institution(n))):
                    return n
                i = m.start - 1
                continue
            i -= 1
        return None
