"""Stage: names. A mention turned into the fullest name the article gives (claimx.mentions resolver,
appositions, antecedents of 'who', conjuncts, party canonical names)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token
from ...mentions import _HYPHENS, MentionResolver, _place_codes
from ...parties import lookup_party

# social platforms and media a politician speaks on; never the actor of an event (data/seats/not_parties.json names them too)
_PLATFORMS = frozenset(("facebook", "twitter", "instagram", "youtube", "tiktok", "whatsapp", "telegram", "linkedin", "weibo",
                        "wechat", "x (formerly twitter)",
                        # and the media a politician speaks through ("a live speech on state TV claiming victory")
                        "tv", "television", "radio", "state tv", "state television", "state radio", "national television"))
from .data import WH, _FIRST_PERSON, _GOVT_WORDS, _MONTHS, _NAME_PARTICLES, _canonical_party, _is_party, _plain_words


# prepositions that open a scene-setting phrase before a list of subjects
_SCENE_PREPS = frozenset(("in", "at", "on", "from", "across", "for", "after", "before", "since", "during", "under", "with"))


# small words inside the full name of a party or body
_NAME_JOINERS = frozenset(("for", "of", "the", "and", "por", "la", "el", "de", "del", "da", "do", "des", "du", "y", "e", "für", "und"))


# words of a party's standing that a title-case headline capitalises before its name
_STANDING_WORDS = frozenset(("ruling", "governing", "incumbent"))


class NamesMixin:
    """Methods of _DocContext: names (see the module docstring)."""

    def org_np(self, i: int) -> Span | None:
        """'the council', 'the government' (an organisation head noun after 'the') as a mention."""
        if i > 0 and self.lower[i] in self.lex["org_heads"] and self.lower[i - 1] == "the" and i not in self._trigger_tokens \
                and not self.texts[i][:1].isupper():
            return self.doc[i - 1: i + 1]
        return None

    def party_in_sentence(self, m: Span) -> str | None:
        """'While the Unity Party held onto power, the party has lost its majority': the first party the sentence
        names before 'the party' (its subject, as a rule), else None (then the last '<Name> party' written before)."""
        seg = self.segment(m[0])
        for run in self.name_runs(seg.start, m.start):
            name = self.name(run) if run.end <= m.start else None
            if name and lookup_party(name) is not None:
                self.notes.append("party-of-sentence")
                return name
        return None

    def org_named_before(self, m: Span) -> str | None:
        """'the council' -> 'Dunmere city council': the nearest earlier '<Name> [lower words] <head>'."""
        doc = self.doc
        head = m[-1].lower_
        for i in range(m.start - 1, 0, -1):
            if self.lower[i] != head:
                continue
            j = i - 1
            while j >= 0 and i - j <= 2 and doc[j].is_lower and doc[j].is_alpha and not doc[j].is_stop:
                j -= 1
            if j >= 0 and self.texts[j][:1].isupper() and doc[j].is_alpha and not doc[j].is_stop:
                lo = j
                while lo - 1 >= 0 and self.texts[lo - 1][:1].isupper() and doc[lo - 1].is_alpha and not doc[lo - 1].is_stop \
                        and not self._line_start(doc[lo]):
                    lo -= 1
                name = doc[lo: i + 1].text
                return name if not name.isupper() else None
        return None

    def antecedent(self, m: Span | None) -> Span | None:
        """'who' / 'which' / 'that' -> the name just before it ('Carney, who won ...')."""
        if m is None or m.root.lower_ not in WH:
            return m
        doc = self.doc
        i = m.start - 1
        if i >= 0 and self.texts[i] == ",":
            i -= 1
        if i >= 0 and self.name_at(i):
            return self.apposition(self._run(doc[i]))
        # "Jane Roe, one of the lawmakers who accused X": the name the "one of the ..." phrase describes
        k = i
        while k >= 0 and i - k <= 4 and self.lower[k] not in ("one", ","):
            k -= 1
        if k >= 2 and self.lower[k] == "one" and self.lower[k + 1] == "of" and self.texts[k - 1] == "," \
                and self.name_at(k - 2):
            self.notes.append("one-of")
            return self._run(doc[k - 2])
        return None

    def apposition(self, m: Span) -> Span:
        """'Jane Roe, the Liberal who ...' -> Jane Roe: a party or title noun phrase in apposition to a
        person's name stands for that person."""
        doc = self.doc
        if any(self._ent_of.get(t.i) is not None and self._ent_of[t.i].label_ in ("PERSON", "PER") for t in m):
            return m
        j = m.start - 1
        if j < 0 or self.lower[j] not in self.lex.get("apposition_skip", ("the", "a", "an")):
            return m
        j -= 1
        seen_comma = False
        while j >= 0 and (self.texts[j] == "," or doc[j].is_quote):
            seen_comma = seen_comma or self.texts[j] == ","
            j -= 1
        if not seen_comma or j < 0:
            return m
        e = self._ent_of.get(j)
        if e is not None and e.label_ in ("PERSON", "PER"):
            return e
        return m

    def _is_time(self, t: Token) -> bool:
        low = t.lower_
        if low in _MONTHS and self.month_is_surname(t):
            return False
        return low in self.lex["time_heads"] or low in _MONTHS

    def _not_regional_branch(self, m: Span, out: str) -> str:
        """'quit the Labour party' in an article that also names 'Welsh Labour': a party mention the
        resolver lengthened by a nationality or regional word ('Welsh', 'Bavarian') the mention does
        not write is the party itself, not its regional branch, when the lexicon knows the mention as a party."""
        words = out.split()
        own = {t.lower_ for t in m}
        if len(words) < 2 or words[0].lower() in own or words[0].lower() not in _demonyms() \
                or not all(w.lower() in own for w in words[1:] if w.lower() != "party"):
            return out
        entry = lookup_party(" ".join(t.text for t in m if t.lower_ != "the"))
        if entry is None or entry.name == out:
            return out
        self.notes.append("not-regional-branch")
        return entry.name

    def month_is_surname(self, t: Token) -> bool:
        """'May announced ...' in an article about Theresa May: a month word that is the last word of a person
        the article names, with no day number beside it ('May 3', '3 May'), is that person."""
        if self._surnames is None:
            # a month word written right after a capitalised given name ("Theresa May"; not "In May", "Sunday May")
            texts, lower = self.texts, self.lower
            self._surnames = {texts[k] for k in range(1, len(texts)) if lower[k] in _MONTHS and texts[k].istitle()
                              and texts[k - 1].istitle() and texts[k - 1].isalpha() and not self.doc[k - 1].is_stop
                              and lower[k - 1] not in _MONTHS and lower[k - 1] not in self.lex["time_heads"]
                              and lower[k - 1] not in self.lex["title_nouns"]
                              and not (k + 1 < len(texts) and self.doc[k + 1].like_num)}
            # a month word that is the subject of a verb of speech ("May said", "June told reporters") is a person the
            # article names by surname only (a month says nothing); not "in May said ..." after a preposition
            speech = set(self.lex["speech_verbs"]) | set(self.lex.get("tell_verbs", ()))
            self._surnames |= {texts[k] for k in range(len(texts) - 1) if lower[k] in _MONTHS and texts[k].istitle()
                               and lower[k + 1] in speech and not (k > 0 and (self.doc[k - 1].like_num
                                                                            or self.doc[k - 1].pos_ == "ADP"))}
        if t.text not in self._surnames:
            return False
        near = [self.doc[k] for k in (t.i - 1, t.i + 1) if 0 <= k < len(self.doc)]
        return not any(n.like_num for n in near)

    def is_passive_linear(self, span: Span) -> bool:
        doc = self.doc
        if self.lower[span.end - 1] == "by" and self.lower[span.start].endswith("ed") and span.start > 0 \
                and self.lower[span.start - 1] in self.lex.get("result_nouns", ()):
            # "according to results released Thursday by the Vote Commission": a participle with its agent
            return True
        if span.end < len(doc) and self.lower[span.end] == "by" and self.lower[span.start].endswith("ed") \
                and span.start > 0 and (not self.name_at(span.start - 1) or self.lower[span.start - 1] in self.lex.get("result_nouns", ())) \
                and (doc[span.start - 1].pos_ in ("ADV", "NOUN") or self.lower[span.start - 1] in self.lex.get("result_nouns", ())):
            # "saw Labour categorically defeated by the Tories", "provisional results announced by the Elections
            # Commission": a participle with its agent
            return True
        k = span.start - 1
        if k > 0 and doc[k].pos_ == "ADV" and self.lower[k] in ("also", "narrowly", "soundly", "heavily", "easily", "roundly", "comfortably", "decisively", "duly", "finally", "eventually", "reportedly"):
            k -= 1  # "was also defeated", "were narrowly beaten": an adverb between the auxiliary and the participle
        return k >= 0 and self.lower[k] in ("was", "were", "is", "are", "been", "be", "being", "got")

    def conjunct(self, m: Span) -> tuple[Span, Span] | None:
        """'Carney and Trump <trigger>' -> (Carney, Trump) when m is one of the two conjuncts."""
        doc = self.doc
        # word order first: "Office, Carney and Trump" is coordinated oddly by some parsers
        if m.start >= 2 and self.lower[m.start - 1] == "and" and self.name_at(m.start - 2) \
                and not self._is_time(doc[m.start - 2]) and not (len(m) == 1 and m[0].pos_ == "PRON"):
            # (not "the bid ended Tuesday and he resigned": a day, and a pronoun opening a new clause)
            return self._run(doc[m.start - 2]), m
        if m.end + 1 < len(doc) and self.lower[m.end] == "and" and self.name_at(m.end + 1):
            return m, self._run(doc[m.end + 1])
        # "the Unity Party and the Harbour Party": an article before the second conjunct
        if m.start >= 3 and self.lower[m.start - 1] == "the" and self.lower[m.start - 2] == "and" \
                and self.name_at(m.start - 3) and not self._is_time(doc[m.start - 3]):
            return self._run(doc[m.start - 3]), m
        if m.end + 2 < len(doc) and self.lower[m.end] == "and" and self.lower[m.end + 1] == "the" \
                and self.name_at(m.end + 2) and not self._is_time(doc[m.end + 2]):
            return m, self._run(doc[m.end + 2])
        # "Ada Mensah and opposition leader Tomas Reyes", "X and his rival Y": a role in lower case before a conjunct
        roles = set(self.lex["title_nouns"]) | set(self.lex["person_titles"]) | set(self.lex.get("conjunct_role_words", ()))
        k = m.start - 1
        while k >= 0 and m.start - k <= 3 and self.lower[k] in roles and self.texts[k].islower():
            k -= 1
        if k < m.start - 1 and k >= 1 and self.lower[k] == "and" and self.name_at(k - 1) and not self._is_time(doc[k - 1]) \
                and self._holder_ok(m):
            return self._run(doc[k - 1]), m
        if m.end < len(doc) and self.lower[m.end] == "and":
            k = m.end + 1
            while k < len(doc) and k - m.end <= 3 and self.lower[k] in roles and self.texts[k].islower():
                k += 1
            if k > m.end + 1 and k < len(doc) and self.name_at(k) and not self._is_time(doc[k]):
                other = self._run(doc[k])
                if self._holder_ok(other):
                    return m, other
        if self.parsed:
            for c in m.root.children:
                if c.dep_ == "conj":
                    return m, self.mention_at(c)
            if m.root.dep_ == "conj" and m.root.head.i < m.root.i:
                return self.mention_at(m.root.head), m
        return None

    def earlier_conjuncts(self, m: Span) -> list[Span]:
        """'The Unity Party, the Greens and the Liberals signed ...' with m = 'Liberals' -> [Greens, Unity Party]:
        the names listed before m in a coordination that ends in 'and' right before m (word order; none when
        the list has fewer than three names: conjunct() handles pairs). Places and times are not listed."""
        out: list[Span] = []
        k = m.start - 1
        if k >= 0 and self.lower[k] == "the":
            k -= 1
        if k < 1 or self.lower[k] != "and":
            return []
        k -= 1
        if self.texts[k] == ",":  # the serial comma
            k -= 1
        while k >= 0 and len(out) < 5:
            if not self.name_at(k) or self._is_time(self.doc[k]):
                break
            run = self._run(self.doc[k])
            p = run.start - 1
            if p >= 0 and self.lower[p] == "the":
                p -= 1
            if self.is_place(run) or (p >= 0 and self.lower[p] in _SCENE_PREPS):
                break  # "In Lakeland, X and Y won": a scene-setting phrase, not a conjunct
            out.append(run)
            k = run.start - 1
            if k >= 0 and self.lower[k] == "the":
                k -= 1
            if k < 1 or self.texts[k] != ",":
                break
            k -= 1
            if k >= 2 and self.texts[k] == ")" and self.texts[k - 2] == "(":
                k -= 3  # "Social Democrats (SPD), Greens and ...": over the abbreviation
        return out if len(out) >= 2 else []

    # -- names ------------------------------------------------------------
    def resolver(self):
        """The doc's mention resolver: the analysis claimx_quotes built for this doc, with its own (empty)
        list of speakers (``MentionResolver.for_doc``)."""
        if self._resolver is None:
            self._resolver = MentionResolver.for_doc(self.doc)
        return self._resolver

    def resolves_person(self, m: Span | None) -> bool:
        """The mention is a person by the article's own account: "him" / "her", or a name the mention resolver
        files as a person (a PERSON entity, a title, a pronoun that refers back to it) -- not a news agency, a
        broadcaster or a commission that is spoken to ("spoke to Reuters")."""
        if m is None:
            return False
        if len(m) == 1 and m[0].lower_ in ("him", "her"):
            return True
        res = self.resolver()
        try:
            out, kind = res.resolve(m) if res else (None, "unknown")
        except Exception:  # noqa: BLE001 - a resolver bug must not lose the event
            return False
        return out is not None and kind == "person"

    def name(self, m: Span | None) -> str | None:
        """Fullest name for a mention (None when it cannot be tied to a name)."""
        if m is None:
            return None
        key = (m.start, m.end)
        if key in self._cache:
            return self._cache[key]
        if len(m) == 1 and m[0].lower_ in _FIRST_PERSON:
            out = self.quote_speaker(m[0]) if m[0].lower_ in ("i", "my", "me") else None
            if out and self._title_only(out):
                out = None  # a speaker the quotes stage could only name by a title ("the outgoing British PM")
            self._cache[key] = out
            if out is not None:
                self.notes.append("quote-speaker")
            return out
        out: str | None = None
        out_kind = "unknown"
        res = self.resolver()
        if res:
            try:
                out, out_kind = res.resolve(m)
            except Exception:  # noqa: BLE001 - a resolver bug must not lose the event
                out = None
        if out and out_kind == "organization":
            out = self._not_regional_branch(m, out)
        if out_kind != "organization":
            possessed = self.possessed_party(m)
            if possessed is not None:
                # "Brandt's Unity Party won": the possessed party is the head of the phrase, not its possessor (the
                # resolver ties the surname to the person)
                out, out_kind = possessed, "organization"
                self.notes.append("possessed-party")
        not_name = ""
        if out and out_kind == "person" and not self._role_tied(m, out):
            self.notes.append("role-untied")
            out = None  # "Japan's opposition leader resigns": the resolver's last "leader" may lead another party
        if out is not None and len(m) == 1 and m[0].lower_ in ("he", "she", "his", "her", "him"):
            # a third-person pronoun inside a quotation is not its speaker ('"the victory he won", Roe said')
            speaker = self.quote_speaker(m[0])
            if speaker is not None and speaker == out:
                not_name = speaker
                out = None
                self.notes.append("not-speaker")
        if out is None and len(m) == 1 and m[0].lower_ in ("he", "she", "his", "her"):
            # a pronoun the resolver could not tie: the nearest person named before it (this or the previous sentence)
            seg = self.segment(m[0])
            self._cache[key] = None
            out = self.other_person(m, seg, not_name, person_only=True)
        if len(m) == 2 and m[0].lower_ == "the" and m[1].lower_ == "party":
            out = self.party_in_sentence(m) or out  # (before the last "... Party" the article wrote anywhere)
        if out is None and len(m) == 2 and m[0].lower_ == "the" and m[1].lower_ in self.lex["org_heads"]:
            out = self.org_named_before(m)
        body = self.electoral_body(m)
        if body is not None:
            out, out_kind = body, "organization"
            self.notes.append("electoral-body")
        ent = self._ent_of.get(m.start)
        if out and out_kind != "person" and ent is not None and ent.start == m.start and ent.end == m.end and ent.label_ in ("ORG", "NORP") \
                and not set(_plain_words(m.text)) <= set(_plain_words(out)):
            out = " ".join(m.text.replace("’", "'").removesuffix("'s").split()).removeprefix("the ").removeprefix("The ")
            # "Québec solidaire" is neither "Québec" nor another party named after Québec
        if out is None and not res and any(self.is_name_token(t) for t in m):
            out = " ".join(t.text for t in m if not (t.is_punct and t.text not in (".", "&"))).strip() or None
        if out and any(t.is_lower and t.lower_ in _NAME_PARTICLES for t in m) and out_kind == "person":
            # "Ursula von der Leyen": the name module may keep only the part after the particles
            words = [t for t in m if not t.is_punct]
            # (a country's word before the title goes too: "Brazilian President Luiz Inacio Lula da Silva")
            while words and (words[0].lower_ in self.lex["title_nouns"] or words[0].lower_ in self.lex["person_titles"]
                             or words[0].lower_ in ("the", "mr", "mrs", "ms", "dr")
                             or words[0].lower_ in _demonyms() and len(words) > 1 and words[1].lower_ in self.lex["title_nouns"]):
                words = words[1:]
            full = " ".join(t.text for t in words)
            if words and out.split()[-1] == words[-1].text and len(full) > len(out):
                out = full
        hyphens = [t.i for t in m if t.text in _HYPHENS and 0 < t.i - m.start < len(m) - 1]
        if out and out_kind == "person" and hyphens and all(self.texts[h + 1][:1].isupper() for h in hyphens):
            # "Jean-Pierre Dubois", "Ana Soto-Reyes": the name module may keep only a part of a hyphenated name
            k = m.start
            while k < m.end and (self.lower[k] in self.lex["title_nouns"] or self.lower[k] in self.lex["person_titles"]
                                 or self.lower[k] in ("the", "mr", "mrs", "ms", "dr")):
                k += 1
            full = self.doc[k: m.end].text
            if k < m.end and full.endswith(out.split()[-1]) and len(full) > len(out):
                out = full
        if out:
            words = out.split()
            while len(words) > 1 and self.doc.vocab[words[0].lower()].is_stop and words[0].lower() not in _NAME_PARTICLES \
                    and words[0].lower() != "the":
                words = words[1:]  # "If Ada Mensah wins": a sentence-initial conjunction is no part of the name
            while len(words) > 2 and words[0].lower() in _STANDING_WORDS and out_kind != "person":
                words = words[1:]  # "Ruling Reform Party wins": a headline's capital on the party's standing, no part of its name
            if len(words) >= 3 and out_kind == "person" and lookup_party(words[0]) is not None \
                    and lookup_party(" ".join(words)) is None:
                words = words[1:]  # "Conservative Ana Soto declared winner": the party label is no part of her name
            while len(words) > 1 and (words[-1].lower() in self.lex["time_heads"]
                                      or words[-1].islower() and len(words[-1]) > 4 and words[-1].endswith("ly")):
                words = words[:-1]  # "Ada Mensah Friday called ...", "from Ada Mensah shortly before": an entity
                # that ran on over the day name or an adverb
            own = {t.text for t in m}
            while len(words) > 1 and words[0] not in own and words[0].lower().endswith("ing") \
                    and words[0] in self._trigger_words():
                words = words[1:]  # "Congratulating Ada Soto on her win, ...": the entity took the verb in
            while len(words) > 1 and words[-1] not in own and words[-1].isupper() and len(words[-1]) > 3 \
                    and words[-1] in self._trigger_words():
                words = words[:-1]  # "Unity CONCEDES defeat": a headline's capitals joined the verb to the name
            if len(words) > 1 and m[0].idx < self._headline_end() and self._titlecase_line(m[0]):
                body = self.body_capitals()
                while len(words) > 1 and words[-1] not in body and words[0] in body:
                    words = words[:-1]  # "Roe Cedes to Pressure": a title-case headline's verb joined to the name
            out = " ".join(words)
        if out and len(out.split()) >= 2 and out.isupper():
            out = None  # "MEXICO CITY –": a dateline in capitals is no actor
        if out and out.isupper() and self._dateline(m):
            out = None  # "SEOUL, Kyodo -", "VESK (Reuters) -": a one-word dateline opening the paragraph
        if out and not any(c.isupper() for c in out):
            out = None  # "the party", "his government": a common noun phrase names nobody
        if out and out.lower() in _PLATFORMS:
            out = None  # "on Twitter", "Facebook live", "on state TV": a platform or a medium, nobody who acts
        if out and m[-1].lower_ == out.split()[-1].lower() and self._title_only(out):
            out = None  # "Labor leader", "the Unity Party candidate": a role the article ties to no name
        if out and out_kind != "person" and len(m) >= 2 and m[-1].lower_ in self.lex["person_titles"] \
                and m[-1].text.islower():
            out = None  # "the CDP leader": a person, not the party the resolver found inside the role
        if out:
            # ("Trudeau accuses India": a country's name is the country, not a party with that name in capitals)
            countries = tuple(self.doc._.claimx_countries or ())
            party = _canonical_party(out, countries) if not _is_country_name(out) else None
            words = out.split()
            if (not party or party == out) and len(words) >= 2 and words[-1].lower().rstrip(".") in _GOVT_WORDS:
                # "the Liberal government", "Labour Govt": the party that governs
                p2 = _canonical_party(" ".join(words[:-1]), countries)
                if p2 and p2 != " ".join(words[:-1]):
                    party = p2
            if (not party or party == out) and len(words) >= 2:
                party = self._led_party(words) or party
            if party:
                out = party
        if out and " " not in out and out[:1].isupper() and out[1:].islower() and res and lookup_party(out) is None:
            full = [" ".join(w for w in p.split() if w.lower() not in self.lex["time_heads"]) for p in res.persons]
            full = [p for p in full if " " in p and p.split()[-1] == out]
            if len(set(full)) == 1:
                out = full[0]  # "Obama calls up ..." in a headline, "Barack Obama" in the body: the one person
                self.notes.append("surname")
        if out and " " not in out and sum(c.isupper() for c in out) >= 2:
            full = self.defined_abbreviation(out)
            if full:
                out = full
                self.notes.append("abbreviation")
        self._cache[key] = out
        return out

    def possessed_party(self, m: Span) -> str | None:
        """'Brandt's Unity Party', "Prime Minister Anna Voss's Harbour Party": a name run of a possessor, "'s", then a
        party's name (capitalised words the party lexicon knows or shaped like a party's) names that party; None for
        any other run (and for a party whose own name holds the possessive: "People's National Congress")."""
        if len(m) < 3 or lookup_party(m.text) is not None:
            return None
        p = next((t.i for t in m if t.lower_ in ("'s", "\u2019s") and m.start < t.i < m.end - 1), None)
        if p is None:
            return None
        owned = self.doc[p + 1: m.end]
        if not all(t.text[:1].isupper() or t.lower_ in _NAME_JOINERS for t in owned) or not owned[0].text[:1].isupper():
            return None
        name = " ".join(t.text for t in owned)
        if lookup_party(name) is None and not _is_party(name):
            return None
        return _canonical_party(name) or name

    def _role_tied(self, m: Span, name: str) -> bool:
        """Whether a role mention ('the opposition leader', 'Estmark's prime minister') that names no person is
        tied to ``name`` by the article: its role words (no determiners, possessors or places) stand right before
        or after one of the name's mentions. Mentions that hold a name, pronouns and plain titles pass."""
        if any(t.i in self._ent_of and self._ent_of[t.i].label_ in ("PERSON", "PER") for t in m) \
                or any(t.text[:1].isupper() and (t.pos_ == "PROPN" or not self.tagged)
                       and t.lower_ not in self.lex["title_nouns"] and t.lower_ not in self.lex["person_titles"]
                       and not (t.i in self._ent_of and self._ent_of[t.i].label_ in ("GPE", "LOC", "NORP"))
                       and t.lower_ not in ("prime", "minister", "president") for t in m):
            return True
        titles = self.lex["person_titles"]
        if not any(t.lower_ in titles for t in m):
            return True
        span = m
        if m.end + 1 < len(self.doc) and self.lower[m.end] == "of":
            # "the leader of Estmark's largest opposition party": the role goes on after "of"
            k = m.end + 1
            while k < len(self.doc) and k - m.end <= 6 and (self.doc[k].pos_ in ("DET", "ADJ", "PROPN", "NOUN")
                                                             or self.lower[k] in ("'s", "’s")):
                k += 1
            span = self.doc[m.start: k]
        words = [t.lower_ for t in span if t.is_alpha and t.lower_ not in ("the", "a", "an", "of", "his", "her", "its", "their")
                 and not (t.i in self._ent_of and self._ent_of[t.i].label_ in ("GPE", "LOC", "NORP"))]
        if len(words) <= 1 or all(w in titles or w in ("prime",) for w in words):
            return True  # "the leader", "the prime minister": the resolver's own role lookup decides
        last = name.split()[-1]
        low = self.lower
        for i, w in enumerate(self.texts):
            if w != last or m.start <= i < m.end:
                continue
            near = set(low[max(0, i - 7): i + 5])
            if all(x in near for x in words):
                return True
        return False

    def _dateline(self, m: Span) -> bool:
        """A place in capitals that opens its paragraph, then (after an agency name in commas or brackets) a dash:
        'SEOUL, Kyodo - ...', 'VESK (Reuters) - ...'. A party's acronym opening a sentence has no dash after it."""
        if m.start > 0 and not self._line_start(m[0]):
            return False
        for k in range(m.end, min(len(self.doc), m.end + 6)):
            t = self.texts[k]
            if t in _HYPHENS or t in ("\u2014", "\u2013", "--"):
                return True
            if not (t in (",", "(", ")") or self.doc[k].text[:1].isupper()):
                return False
        return False

    def _title_only(self, name: str) -> bool:
        """'Labor leader', 'British PM': words before a person title, with no name of a person."""
        words = name.split()
        return len(words) >= 2 and words[-1].lower() in self.lex["person_titles"] and not _canonical_party(name) == words[-1]

    def _trigger_words(self) -> set[str]:
        """The words of this Doc's trigger matches (no part of a name)."""
        return {self.texts[i] for i in self._trigger_tokens}

    def _led_party(self, words: list[str]) -> str | None:
        """'Justin Trudeau Liberals', "Trudeau's Liberals": a person the article names, then a party's name, is that
        party (the leader's name says which one); None when the words are no such pair."""
        res = self.resolver()
        persons = res.persons if res else []
        for k in range(len(words) - 1, 0, -1):
            suffix = " ".join(words[k:])
            if lookup_party(suffix) is None:
                continue
            last = words[k - 1].replace("’", "'").removesuffix("'s").removesuffix("'")
            if words[0][:1].isupper() and any(p.split()[-1] == last for p in persons if " " in p):
                self.notes.append("led-party")
                return _canonical_party(suffix)
        return None

    def party_led_by(self, person: Span) -> Span | None:
        """The party the article ties to a person, for a group the person only describes ("Ana Soto's ruling
        coalition won", "the opposition, headed by Ana Soto, won": the group is her party). A mention of the
        person's surname with a party's name beside it, joined only by person titles, "'s", "of", "the", commas
        or a "led by": "Unity Party leader Ana Soto", "Ana Soto's Unity Party", "Ana Soto, leader of the Unity
        Party", "the Unity Party, led by Ana Soto". The nearest such pairing in the article; None when it has none
        (a group the article names no party for is not guessed)."""
        full = self.name(person)
        if not full or _is_party(full):
            return None
        last = full.split()[-1]
        # ("the Harbour Party of Prime Minister Ana Soto", "Ana Soto, who leads the Harbour Party")
        glue = set(self.lex["person_titles"]) | {"'s", "\u2019s", "of", "the", ",", "led", "leads", "by", "headed", "heads",
                                                "deputy", "prime", "who"}
        best: tuple[int, Span] | None = None
        for i, w in enumerate(self.texts):
            if w != last:
                continue
            for step in (-1, 1):
                k = i + step
                # (the person's own name words, "Ana" before "Soto", are skipped)
                while 0 <= k < len(self.doc) and abs(k - i) <= 3 and self.name_at(k) and self.texts[k] in full.split():
                    k += step
                gap = 0
                while 0 <= k < len(self.doc) and gap <= 4 and self.lower[k] in glue:
                    k += step
                    gap += 1
                if step == 1 and 0 <= k < len(self.doc) - 1 and not self.name_at(k) and self.name_at(k + 1) \
                        and self.texts[k][:1].isupper():
                    k += 1  # "leader of the Green Union": a capitalised adjective the name run starts after
                if not (0 <= k < len(self.doc)) or not self.name_at(k) or self._is_time(self.doc[k]):
                    continue
                run = self.unparen(self._run(self.doc[k]))
                if run.start > 0 and self.texts[run.start - 1][:1].isupper() and run.start - 1 != i \
                        and self.lower[run.start - 1] not in glue:
                    run = self.doc[run.start - 1: run.end]  # ("Green Union": an adjective the run left out)
                nm = self.name(run)
                if nm and nm.lower().startswith("the "):
                    nm = nm[4:]
                if nm and _is_party(nm) and nm != full:
                    d = abs(k - person.start)
                    if best is None or d < best[0]:
                        best = (d, run)
        return best[1] if best else None

    def defined_abbreviation(self, abbr: str) -> str | None:
        """'Union for the Homeland (UxP)' written anywhere in the article -> 'Union for the Homeland' for 'UxP':
        the name written right before the abbreviation in parentheses (the article's own definition)."""
        texts = self.texts
        for k in range(2, len(texts) - 1):
            if texts[k] == abbr and texts[k - 1] == "(" and texts[k + 1] == ")" and texts[k - 2][:1].isupper():
                # capitalised words and the small words between them ("Union for the Homeland", "Juntos por el
                # Cambio"), at most 8 back
                j = k - 2
                while j - 1 >= 0 and k - j < 9 and "\n" not in self.doc[j - 1].whitespace_ and (
                        (texts[j - 1][:1].isupper() and texts[j - 1].isalpha())
                        or (self.lower[j - 1] in _NAME_JOINERS and j - 2 >= 0
                            and not (self.lower[j - 1] == "and" and sum(c.isupper() for c in texts[j - 2]) >= 2)
                            and (texts[j - 2][:1].isupper() or (
                            self.lower[j - 2] in _NAME_JOINERS and j - 3 >= 0 and texts[j - 3][:1].isupper())))):
                    j -= 1
                words = texts[j: k - 1]
                while words and (not words[0][:1].isupper() or self.doc.vocab[words[0].lower()].is_stop
                                 or words[0].lower() in self.lex["time_heads"] or words[0].lower() in _MONTHS):
                    words = words[1:]  # "On Sunday Frente ...": a sentence's opening words are no part of it
                if len(words) >= 2:
                    return " ".join(words)
        return None

    # -- dependency roles -------------------------------------------------


def _is_country_name(name: str) -> bool:
    """A name the entity data lists as a country or nationality word, written as a name ("India", not "INDIA")."""
    return not name.isupper() and name.lower() in _place_codes()


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Nationality and regional words of the entity lexicon (lower case): 'british', 'scottish', 'welsh' ..."""
    from ...lexicon import load_lexicon

    return frozenset(w.lower() for n in load_lexicon().nationalities for w in (n.name, *n.aliases))
