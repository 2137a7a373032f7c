"""The article's parties: the party mentions (entities, the seat stage's parties, proper names that win or
lose seats), the seat counts, and the ways a token is resolved to a party (its mention, a proper name, the
party before a pronoun, the ruling party, the largest party)."""

from __future__ import annotations

from functools import lru_cache

import bisect
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from ...doctext import doc_text, token_parse, token_words
from ...lexicon import possessive_name_words
from ...parties import PARTY_HEADS, canonical_party, looks_like_party, members_of_named_bloc
from ..seats import owners, status
from ..seats.mention_filter import not_a_party
from . import leaders
from .parse import SUBJECTS, TITLE_WORDS, after_title, kids, lefts, rights, subtree

NOT_PARTY_ENTS = ("GPE", "LOC", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL", "QUANTITY", "FAC", "EVENT")
GOVERNING = ("ruling", "governing", "incumbent")
ALLY_WORDS = ("ally", "allies", "partner", "partners", "its", "their", "junior", "coalition")
QUOTES = ("\"", "'", "\u201c", "\u201d", "\u2018", "\u2019")
BLOC_HEADS = ("bloc", "camp", "alliance", "coalition", "front")
NUMBER_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
SPEECH = {"said", "says", "say", "told", "added", "stated", "argued", "noted", "wrote"}


@dataclass
class Mention:
    """A party named in the text: tokens [start, end), its normalised name and the words as written."""

    start: int
    end: int
    name: str
    text: str


class Article:
    """The article's party mentions, seat counts and sentences, read once per Doc."""

    def __init__(self, doc: Doc, w: dict[str, frozenset[str]]):
        self.doc = doc
        self.w = w
        self.counts = [d for d in (doc._.claimx_drafts or []) if d.get("type") == "seat_count" and d.get("party")]
        # words the article uses as people's names: the words of full names ("William Ruto" -> a later "Ruto"),
        # names after a title ("Mr Ruto", "President Ruto") and the subjects of speech verbs ("Ruto said").
        # A lone name the NER calls PERSON is not enough (it often says so of parties: "Fidesz").
        # Nor a name shaped like a party ("Zanu PF": an abbreviation or a party head word in it).
        ents = doc.ents  # (read once: each ``doc.ents`` makes a Span per entity)
        self.person_words = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 and not _party_shaped(e) for t in e}
        texts, lower = token_words(doc)
        pos, dep, head = token_parse(doc)
        self.person_words |= {texts[i] for i, p in enumerate(pos) if p == "PROPN" and (
            i > 0 and lower[i - 1].rstrip(".") in TITLE_WORDS or dep[i] in SUBJECTS and lower[head[i]] in SPEECH)}
        self.mentions = self._mentions(ents)
        self.at: dict[int, Mention] = {i: m for m in self.mentions for i in range(m.start, m.end)}
        self._add_named_subjects()
        self._add_other_occurrences()
        # the article's leaders: surname -> party ("Iron Guild leader Ana Voss", "Voss's Iron Guild", "the Iron
        # Guild, led by Prime Minister Ana Voss", "Ana Voss (Iron Guild)"), and "Voss's party" as a mention
        self.leader_of = leaders.leader_map(doc, self.mentions)
        if self.leader_of:
            taken = set(self.at)
            extra = owners.leader_mentions(doc, self.leader_of, taken, lambda s, e, name, text: Mention(s, e, name, text),
                                               token_words(doc)[1])
            if extra:
                self.mentions = sorted(self.mentions + extra, key=lambda m: m.start)
                self.at = {i: m for m in self.mentions for i in range(m.start, m.end)}

    def years(self) -> dict[int, int]:
        """How often the article names each year (read once, when a phrase needs it)."""
        if not hasattr(self, "_years"):
            self._years = status.year_counts(doc_text(self.doc))
        return self._years

    def sent_number(self, i: int) -> int:
        """The ordinal of token ``i``'s sentence in the article (0: the headline)."""
        if not hasattr(self, "_sent_starts"):
            self._sent_starts = [s.start for s in self.doc.sents]
        return bisect.bisect_right(self._sent_starts, i) - 1

    def sent_index(self, i: int) -> int:
        """The first token of token ``i``'s sentence (a key for the sentence)."""
        return self.doc[i].sent.start

    def _mentions(self, ents: tuple[Span, ...]) -> list[Mention]:
        doc = self.doc
        lower = token_words(doc)[1]
        text = doc_text(doc)
        common = self.w["common_name_words"]
        found: dict[int, Mention] = {}
        # each entity's words and claimx attributes, read once (a ``span._`` access makes an Underscore object,
        # a Span's tokens a Token object each)
        read = [(e, _party_and_body(e._)) for e in ents]
        bodies = {i for e, (_, body) in read if body for i in range(e.start, e.end)}
        known = {text[e.start_char : e.end_char].lower().removeprefix("the ") for e in ents if e.label_ == "ORG"} | \
            {(d.get("party_text") or "").lower() for d in self.counts}
        for e, (party, body) in read:
            words = lower[e.start : e.end]
            if body or all(w in common for w in _after_possessive(words, possessive_name_words())):
                continue  # a chamber; "Ruling Bloc" / "Mexico's Ruling Bloc" in a title-case headline
            name = party
            written = text[e.start_char : e.end_char]
            if len(words) >= 3 and words[0] in _descriptors() and e.label_ == "ORG":
                # "Ruling Unity Front wins two-thirds majority": a description a title-case headline capitalised is no
                # word of the party's name (the seat stage's ``party_descriptors``)
                written = text[doc[e.start + 1].idx : e.end_char]
                name = canonical_party(written, doc._.claimx_countries or None)
            if not name and e.label_ == "ORG" and looks_like_party(written) and not_a_party(written) is None and \
                    not all(w in common for w in words):  # not "Ruling Bloc" in a headline, not "Welsh Assembly"
                name = canonical_party(written)
            if name:
                # ("Alliance of National Conference and Congress": the members together, as the seat stage names it)
                name = members_of_named_bloc(written, known) or name
                found[e.start] = Mention(e.start, e.end, name, written)
        # parties the seat stage found (names no entity covers: "Iron Guild", "Salt and Iron"): the written
        # name nearest before the end of the count's evidence
        for d in self.counts:
            pt = d.get("party_text")
            if not pt:
                continue
            lo = max(0, d["start"] - 300)
            at = text.rfind(pt, lo, d["end"] + len(pt))
            if at < 0:
                continue
            sp = doc.char_span(at, at + len(pt), alignment_mode="expand")
            if sp is None or all(w in common for w in lower[sp.start : sp.end]) or not bodies.isdisjoint(range(sp.start, sp.end)) or any(i in found or any(m.start <= i < m.end for m in found.values()) for i in range(sp.start, sp.end)):
                continue
            found[sp.start] = Mention(sp.start, sp.end, d["party"], pt)
        # a party the seat stage names by its region ("Yukon Liberal Party" for the article's "Yukon Liberals" and its
        # later "Liberals"): the same name here
        regional = {}
        for d in self.counts:
            head, _, rest = (d.get("party") or "").partition(" ")
            written = d.get("party_text") or ""
            # (the region was put before the party's own name: the written words are not the name itself, as
            # "New Democratic Party" is)
            if head[:1].isupper() and rest and written.startswith(head + " ") and canonical_party(written) != d["party"] \
                    and canonical_party(written[len(head) + 1 :]) == rest:
                regional.setdefault(rest, set()).add(d["party"])
        for k, m in list(found.items()):
            names = regional.get(m.name)
            if names and len(names) == 1:
                found[k] = Mention(m.start, m.end, next(iter(names)), m.text)
        return sorted(found.values(), key=lambda m: m.start)

    def _add_named_subjects(self) -> None:
        """Proper names that win, take, hold or lose seats or majorities ("The Iron Guild won 40 seats") are
        party mentions too, for the pronouns and the sentences after them."""
        verbs = self.w["win_verbs"] | self.w["lose_verbs"] | self.w["fall_verbs"] | self.w["need_words"]
        added = []
        lower = token_words(self.doc)[1]
        _pos, dep, head = token_parse(self.doc)
        for i, d in enumerate(dep):
            if d in SUBJECTS and lower[head[i]] in verbs and i not in self.at:
                m = self.proper_name(self.doc[i], lenient=True)
                if m is not None and not any(i in self.at for i in range(m.start, m.end)):
                    added.append(m)
        if added:
            self.mentions = sorted(self.mentions + added, key=lambda m: m.start)
            self.at = {i: m for m in self.mentions for i in range(m.start, m.end)}

    def _add_other_occurrences(self) -> None:
        """A name the article uses for a party is that party wherever it is written with capitals ("ZANU PF
        won 176 seats ... giving Zanu PF a majority"), though the NER missed it there."""
        doc = self.doc
        texts, lower = token_words(doc)
        named = {m.text.lower(): m for m in self.mentions if m.end > m.start}
        shorts = {sh: m.name for m in self.mentions if (sh := leaders.short_name(m.name))}
        # where each name's first word stands: one pass over the tokens, for those first words only
        where_lower = _positions(lower, {lower[m.start] for m in named.values()})
        where_text = _positions(texts, {short.split()[0] for short in shorts})
        added: list[Mention] = []
        for m in named.values():
            words = lower[m.start : m.end]
            k = len(words)
            for i in where_lower.get(words[0], ()):
                if i + k > len(doc) or lower[i : i + k] != words or any(j in self.at for j in range(i, i + k)):
                    continue
                if doc[i].text[:1].isupper() and not any(a.start < i + k and i < a.end for a in added):
                    added.append(Mention(i, i + k, m.name, doc[i : i + k].text))
        # the party's name without its head word, used as a modifier: "the new Democratic majority" (Democratic
        # Party), "a Guild majority" (Guild Party); not inside a longer name ("Free Democratic")
        taken = set(self.at) | {j for a in added for j in range(a.start, a.end)}
        for short, name in shorts.items():
            words = short.split()
            k = len(words)
            for i in where_text.get(words[0], ()):
                if not 1 <= i < len(doc) - k or texts[i : i + k] != words or any(j in taken for j in range(i, i + k)):
                    continue
                nxt, prev = doc[i + k], doc[i - 1]
                if nxt.is_lower and nxt.is_alpha and not doc[i].is_sent_start and not (prev.text[:1].isupper() and prev.is_alpha):
                    # (not first in a sentence: "Left without a majority, ..." is no Left Party)
                    added.append(Mention(i, i + k, name, doc[i : i + k].text))
                    taken.update(range(i, i + k))
        if added:
            self.mentions = sorted(self.mentions + added, key=lambda m: m.start)
            self.at = {i: m for m in self.mentions for i in range(m.start, m.end)}

    def person_party(self, tok: Token) -> Mention | None:
        """The party of the person a token names, when the article says which party they lead."""
        name = self.leader_of.get(leaders.person_key(tok))
        return Mention(tok.i, tok.i + 1, name, name) if name else None

    def leader_before(self, i: int) -> Mention | None:
        """ "the party" after a leader named earlier in the sentence, with no party named in between ("Voss's
        gamble cost her party 20 seats and the party's majority"): the party that leader leads."""
        s = self.doc[i].sent
        for t in reversed(self.doc[s.start : i]):
            if t.i in self.at:
                return None
            if t.pos_ == "PROPN" and (m := self.person_party(t)) is not None:
                return m
        return None

    def mention_of(self, tok: Token) -> Mention | None:
        """The party a token names: the mention it is in, else one in its own phrase ("the BJP-led coalition"
        is that coalition, named as written)."""
        m = self.at.get(tok.i)
        if m is not None:
            return m
        if tok.lower_ in self.w["group_heads"]:
            # "the coalition of the LDP and Komeito": its members, together
            of = [c for c in kids(tok) if c.dep_ == "nmod" and any(g.lower_ == "of" for g in kids(c))]
            members = [self.at[t.i] for c in of for t in subtree(c) if t.i in self.at]
            if len({m.name for m in members}) < 2:
                # (members the article names only here: the heads of "of X and Y" read as names)
                heads = [h for c in of for h in [c, *(g for g in kids(c) if g.dep_ == "conj")]]
                found = [self.at.get(h.i) or self.proper_name(h, lenient=True) for h in heads]
                if all(f is not None for f in found):
                    members = sorted(found, key=lambda m: m.start)
            names = list(dict.fromkeys(m.name for m in members))
            if len(names) >= 2:
                text = " and ".join(names)
                return Mention(members[0].start, members[-1].end, text, text)
        inside = [self.at[t.i] for t in subtree(tok) if t.i in self.at and t.dep_ not in ("nmod", "appos") and t.head.dep_ not in ("nmod", "appos")]
        if not inside:
            return None
        if tok.lower_ in self.w["group_heads"]:
            owner = [self.at[c.i] for c in kids(tok) if c.dep_ in ("nmod:poss", "poss") and c.i in self.at]
            if len(owner) == 1:
                return owner[0]  # "the Harbour Party's coalition commands a majority": the party's (as the seat stage reads it)
            # "the BJP-led coalition", "the LDP-Komeito coalition": that coalition, named as written
            words = [t for t in subtree(tok) if t.i <= tok.i and t.dep_ not in ("det", "nmod:poss", "poss", "case")]
            words = [t for t in words if t.i >= min(m.start for m in inside)]
            if words:
                text = self.doc[words[0].i : tok.i + 1].text
                led = any(t.lower_ in ("led", "backed") or t.lower_.endswith(("-led", "-backed")) for t in words)
                name = text if led else canonical_party(text, self.doc._.claimx_countries or None)
                if not led and len(inside) == 1 and inside[0].start == words[0].i and inside[0].end == tok.i and \
                        not self.doc[words[0].i : tok.i].text.endswith("-"):
                    return inside[0]  # "the Ensemble coalition": the party's own name before the head noun
                return Mention(words[0].i, tok.i + 1, name, text)  # (a led coalition is not its leader's party)
            return None
        return inside[0] if len({m.name for m in inside}) == 1 else None

    def subject_party(self, subj: Token) -> Mention | None:
        """The party a subject (or possessor) names: a known mention, else a proper name that is not a
        person, place or chamber ("The Iron Guild won a majority": a party the lexicon does not know)."""
        if subj.lower_ in ("which", "that", "who") and subj.head.dep_ in ("acl:relcl", "relcl"):
            subj = subj.head.head  # "the ANC, which lost its majority"
        if _in_opening_credit(subj):
            return None  # "(Lanka News) The X secured a majority": the credit in brackets is no subject
        m = self.mention_of(subj) or self.proper_name(subj)
        if m is None and subj.lower_ in self.w["party_nouns"]:
            # "the ruling party, Morena, ...": the party named in apposition
            m = next((x for c in kids(subj) if c.dep_ == "appos" and (x := self.mention_of(c) or self.proper_name(c))), None)
        if m is None and subj.lower_ in self.w["party_nouns"]:
            # "The governing coalition of the X and the Y lost its majority": the parties the group is "of", together
            members = self.members_of_group(subj)
            if members is not None:
                return members
        if m is None:
            m = self.capitalised_head(subj)
        if m is None:
            return None
        # "X and (its partner) Y lost their majority": the two together, named as written
        others = [self.mention_of(c) or self.proper_name(c) for c in kids(subj) if c.dep_ == "conj"]
        others = [o for o in others if o is not None and o.name != m.name]
        if others:
            text = " and ".join([m.text] + [o.text for o in others])
            return Mention(m.start, max(o.end for o in others), text, text)
        return self.with_allies(m)

    def members_of_group(self, head: Token) -> Mention | None:
        """The parties a group noun is "of" ("the coalition of the X and the Y"), two or more, named together as
        written; None otherwise."""
        of = next((c for c in kids(head) if c.dep_ in ("nmod", "prep", "pobj")
                   and any(g.lower_ == "of" and g.dep_ == "case" for g in kids(c))), None)
        if of is None:
            return None
        first = self.mention_of(of) or self.proper_name(of)
        if first is None:
            return None
        # (the parser may hang the second party on the group noun: "coalition of the X and the Y")
        conj = [c for c in kids(of) if c.dep_ == "conj"] + [c for c in kids(head) if c.dep_ == "conj" and c.i > of.i]
        members = [first]
        for c in conj:
            x = self.mention_of(c) or self.proper_name(c)
            if x is not None and all(x.name != y.name and x.name not in y.name for y in members):
                members.append(x)
        if len(members) < 2:
            # (one mention that already names the group's parties together: "the alliance of X and Y" as the seat
            # stage named it)
            return first if " and " in first.name else None
        text = " and ".join(m.text for m in members)
        return Mention(members[0].start, max(m.end for m in members), text, text)

    def capitalised_head(self, subj: Token) -> Mention | None:
        """A party's head noun written with a capital as its short name: "the Coalition" after "the
        Liberal-National Coalition", "the Alliance" after "the Northern People's Alliance" (the last party named
        before it whose name ends with that noun; not "the coalition", a common noun, nor a sentence's first word)."""
        if subj.lower_ not in self.w["party_nouns"] or subj.lower_ in ("party", "government") or not subj.text[:1].isupper() \
                or subj.i == subj.sent.start or not any(c.lower_ == "the" and c.dep_ == "det" for c in kids(subj)) \
                or any(c.dep_ in ("compound", "amod", "nmod:poss", "flat") for c in kids(subj)):
            return None
        named = [m for m in self.mentions if m.end <= subj.i and self.doc[m.end - 1].lower_ == subj.lower_ and m.end - m.start > 1]
        return named[-1] if named else None

    def with_allies(self, m: Mention) -> Mention:
        """A party named with its allies: "X, along with its allies," / "X and its allies" (the bloc, named as
        the seat stage names it, "X and allies"); "X, and ally Y" / "X and its partner Y" (the two together)."""
        doc = self.doc
        j = m.end + (1 if m.end < len(doc) and doc[m.end].text == "," else 0)
        words = [t.lower_ for t in doc[j : j + 4]]
        if words[:3] in (["along", "with", "its"], ["together", "with", "its"], ["along", "with", "their"]) and words[3:4] == ["allies"] \
                or words[:2] in (["and", "its"], ["and", "their"]) and words[2:3] == ["allies"]:
            return Mention(m.start, m.end, f"{m.name} and allies", doc[m.start : m.end].text)
        # "X, and (its) ally Y won": the mention before this one, joined by "and" + ally words
        k = m.start - 1
        while k >= 0 and doc[k].lower_ in ALLY_WORDS:
            k -= 1
        if k < m.start - 1 and k >= 1 and doc[k].lower_ == "and":
            k -= 1 if doc[k - 1].text != "," else 2
            prev = self.at.get(k)
            if prev is None and k >= 1 and doc[k].lower_ in self.w["party_nouns"] and doc[k - 1].lower_ in ("the", "this"):
                prev = self.antecedent(k - 1)  # "the party and junior coalition partner Komeito": the party before
            if prev is not None and prev.name != m.name:
                text = f"{prev.text} and {m.text}"
                return Mention(prev.start, m.end, text, text)
        return m

    def allies_after(self, span: Span, m: Mention) -> Mention | None:
        """A status won together with allies named after the phrase: "expected to win a majority with its
        preferred allies, the X and the Y" (the party and those allies, together), "with its allies" without
        names (the party "and allies"). None when no "with its/their ... allies/partners" follows."""
        doc = self.doc
        stop = min(span.sent.end, span.end + 4)
        k = span.end
        if k >= stop or doc[k].lower_ != "with":
            return None
        k += 1
        if k >= stop or doc[k].lower_ not in ("its", "their", "his", "her"):
            return None
        while k + 1 < span.sent.end and doc[k + 1].lower_ not in ("allies", "partners") and doc[k + 1].is_lower and doc[k + 1].is_alpha and k < span.end + 4:
            k += 1  # "its preferred / traditional / left-wing allies"
        if k + 1 >= span.sent.end or doc[k + 1].lower_ not in ("allies", "partners"):
            return None
        k += 2
        if k < span.sent.end and doc[k].text in (",", ":", "\u2014", "\u2013", "("):
            k += 1
        named: list[Mention] = []
        while k < span.sent.end:
            if k in self.at and self.at[k].start == k:
                named.append(self.at[k])
                k = self.at[k].end
            elif doc[k].lower_ in ("the", "and", ",") and named or doc[k].lower_ == "the" and not named:
                k += 1
            elif doc[k].text[:1].isupper() and doc[k].is_alpha:
                j = k  # a name the entity layer missed ("the Socialist Left"): its capitalised words
                while j + 1 < span.sent.end and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha and j + 1 not in self.at:
                    j += 1
                run = doc[k : j + 1]
                if any(t.ent_type_ in NOT_PARTY_ENTS or self.is_person(t) for t in run) or \
                        all(t.lower_ in self.w["common_name_words"] for t in run):
                    break
                named.append(Mention(k, j + 1, canonical_party(run.text, doc._.claimx_countries or None), run.text))
                k = j + 1
            else:
                break
        named = [o for o in named if o.name != m.name]
        if not named:
            return Mention(m.start, m.end, f"{m.name} and allies", m.text)
        names = [m.name] + list(dict.fromkeys(o.name for o in named))
        text = names[0] + " and " + names[1] if len(names) == 2 else ", ".join(names[:-1]) + " and " + names[-1]
        return Mention(m.start, named[-1].end, text, text)

    def together_with(self, span: Span, m: Mention) -> Mention | None:
        """A partner summed with the party before the phrase, in its sentence: "Together with the Y, the X has a
        majority", "Combined with its ally the Y, ..." (the two together; "would" with these words is a supposition,
        dropped at the assertion stage). None when there is none."""
        doc = self.doc
        for t in doc[span.sent.start : span.start]:
            if t.lower_ in ("together", "combined", "along") and t.i + 1 < span.start and doc[t.i + 1].lower_ == "with":
                k = t.i + 2
                while k < span.start and (doc[k].lower_ in ALLY_WORDS or doc[k].lower_ in ("its", "their", "the", "junior", "coalition")):
                    k += 1
                o = self.at.get(k)
                if o is not None and o.start == k and o.name != m.name and o.name not in m.name:
                    text = f"{m.name} and {o.name}"
                    return Mention(min(m.start, o.start), max(m.end, o.end), text, text)
        return None

    def bloc_before(self, span: Span) -> Mention | None:
        """A bloc named by a description just before the phrase's verb, where the parse found no subject: "the
        left-wing “red bloc” would fall short of a majority", "the blue bloc falling short": the bloc, named by
        its quoted words or the one word before its head noun ("red bloc", "opposition alliance")."""
        doc = self.doc
        k = span.start - 1
        while k > span.sent.start and k > span.start - 5 and (doc[k].pos_ in ("AUX", "VERB", "ADV", "PART") or doc[k].text in QUOTES):
            k -= 1
        if doc[k].lower_ not in BLOC_HEADS or k in self.at or k < span.sent.start + 1 or doc[k].pos_ not in ("NOUN", "PROPN"):
            return None
        j = k - 1
        if doc[j].text in QUOTES:
            return None
        words = [doc[j]] if doc[j].is_alpha and doc[j].lower_ not in GOVERNING and doc[j].lower_ not in ("the", "a", "an", "its", "their", "no", "each", "either", "neither", "every", "other", "or", "and", "nor") else []
        if not words or words[0].text[:1].isupper() or j in self.at:
            # (a named bloc is a party mention; "the bloc" alone is the one just named; "the party or coalition
            # winning the majority" is whichever wins, no bloc)
            return None
        text = f"{words[0].text} {doc[k].text}"
        return Mention(j, k + 1, text, text)

    def parties_before(self, subj: Token) -> Mention | None:
        """The parties a plural subject sums ("the two parties", "both parties", "the right-wing parties"): the
        parties named in this sentence before it and the two sentences before: the last N distinct ones when a
        number (or "both") says how many, else those whose seats were just counted (else those named as
        subjects); None unless two or more, named as written and joined with "and"."""
        doc = self.doc
        n = next((NUMBER_WORDS.get(c.lower_) for c in kids(subj) if c.lower_ in NUMBER_WORDS), None)
        lo = doc[subj.i].sent.start
        for _ in (1, 2):
            if lo > 0:
                lo = doc[lo - 1].sent.start
        before = [m for m in self.mentions if lo <= m.start and m.end <= subj.i and not subj.i <= m.start]
        if n is None:
            # without a number: the parties whose seats were just counted, else those just named as subjects
            counted = {d["party"] for d in self.counts if doc[lo].idx <= d["start"] < subj.idx}
            counted_here = [m for m in before if m.name in counted]
            before = counted_here if len({m.name for m in counted_here}) >= 2 else [m for m in before if self._is_subject(m)]
        names: dict[str, Mention] = {}
        for m in before:
            names.pop(m.name, None)
            names[m.name] = m  # (the last time each party is named, in order)
        group = list(names.values())
        if n is not None:
            group = group[-n:] if len(group) >= n else []
        if len(group) < 2:
            return None
        text = " and ".join(doc[m.start : m.end].text for m in group)
        return Mention(group[0].start, group[-1].end, text, text)

    def group_named_before(self, subj: Token) -> Mention | None:
        """The group a bare "the alliance" / "the coalition" / "the bloc" stands for: the last mention before it in
        this sentence or the three before that names a group of that kind: written with the head noun ("the
        Alliance for Change", "the alliance of X and Y") or joining two names ("X and Y"); None if there is none."""
        doc = self.doc
        lo = doc[subj.i].sent.start
        for _ in range(3):
            if lo > 0:
                lo = doc[lo - 1].sent.start
        head = subj.lower_
        for m in reversed([m for m in self.mentions if lo <= m.start and m.end <= subj.i]):
            written = doc[max(0, m.start - 2) : m.end].text.lower()
            if head in written or " and " in m.text or " & " in m.text:
                return m
        return None

    def joined_before(self, m: Mention) -> Mention:
        """ "X (ABBR) and Y" right before: the two together (the members of "the coalition of X and Y")."""
        doc = self.doc
        k = m.start - 1
        if k >= 1 and doc[k].lower_ == "the":
            k -= 1  # "the Iron Guild and the Marsh Party"
        if k < 1 or doc[k].lower_ != "and":
            return m
        k -= 1
        if doc[k].text == ")":  # "Liberal Democratic Party (LDP) and Komeito"
            while k > 0 and doc[k].text != "(":
                k -= 1
            k -= 1
        prev = self.at.get(k)
        if prev is None or prev.name == m.name:
            return m
        text = f"{prev.name} and {m.name}"
        return Mention(prev.start, m.end, text, text)

    def is_person(self, tok: Token) -> bool:
        return tok.text in self.person_words or after_title(tok)

    def proper_name(self, tok: Token, lenient: bool = False) -> Mention | None:
        """A proper name that may be a party: an organisation or group entity, or a name of two words or
        more, or an abbreviation, that the NER does not call a person or a place ("Ruto": a person)."""
        # an abbreviation, whatever its tag ("UxP", "KMT"); not an all-capital dateline ("VELLHAVEN, Estmark —")
        abbreviation = tok.is_upper and 1 < len(tok) <= 5 and tok.is_alpha
        if tok.pos_ != "PROPN" and not abbreviation or tok.ent_type_ in NOT_PARTY_ENTS or not tok.text[:1].isupper():
            return None
        if any(e._.claimx_body for e in self.doc.ents if e.start <= tok.i < e.end):
            return None  # "Parliament", "the National Assembly"
        words = [tok]
        for c in lefts(tok):
            if c.dep_ in ("compound", "flat", "amod") and c.text[:1].isupper() and c.ent_type_ not in NOT_PARTY_ENTS:
                words.extend(subtree(c))
        for c in rights(tok):
            if c.dep_ in ("flat", "compound"):
                words.extend(subtree(c))
            elif c.dep_ == "nmod" and any(g.lower_ == "of" and g.dep_ == "case" for g in kids(c)) and c.text[:1].isupper() \
                    and all(t.text[:1].isupper() or t.lower_ in ("of", "the", "and") for t in subtree(c)):
                words.extend(subtree(c))  # "the Civic Platform of Tellaria"
        lo, hi = min(t.i for t in words), max(t.i for t in words) + 1
        while lo < tok.i and self.doc[lo].lower_ in ("the", "'s", "\u2019s"):
            lo += 1
        poss = [t.i for t in self.doc[lo:tok.i] if t.lower_ in ("'s", "\u2019s")]
        if poss:
            lo = poss[-1] + 1  # "Ostrelia’s Ruling Coalition": a possessor is not part of the name
        if hi - lo >= 2 and self.doc[hi - 2].text in PARTY_HEADS and headline_verb(self.doc[hi - 1]):
            hi -= 1  # "Ruling Bloc Keeps Supermajority": in a title-case headline, the verb after the party's head noun
        text = self.doc[lo:hi].text
        if all(t.lower_ in self.w["common_name_words"] for t in self.doc[lo:hi]):
            return None  # "Ruling Bloc" in a title-case headline
        if _TITLES and text.lower().removeprefix("acting ").removeprefix("former ") in _TITLES:
            return None  # "acting Prime Minister wins": a title, not a party
        if hi - lo == 1 and tok.is_sent_start and not tok.ent_type_:
            return None  # "Counting passed the halfway mark": a capitalised first word, not a name
        words_here = self.doc[lo:hi]
        # "the ruling Iron Guild", "the opposition Marsh Front": a party, whatever the NER says
        ruling = lo > 0 and self.doc[lo - 1].lower_ in GOVERNING + ("opposition",) and tok.i > 0 and self.doc[tok.i - 1].text[:1].isupper()
        party_like = ruling or any(t.is_upper and len(t) > 1 or t.text in PARTY_HEADS for t in words_here)
        if not ruling and self.is_person(tok) or hi - lo > 1 and not party_like and any(t.ent_type_ == "PERSON" for t in words_here):
            return None  # "Ruto" after "William Ruto", "Mr Ruto"; "Mark Carney" (but "Zanu PF" is a party)
        if hi - lo == 1 and not lenient and tok.ent_type_ not in ("ORG", "NORP") and not (tok.is_upper and len(tok) > 1):
            return None  # one unknown word ("Marevia's supermajority") is a party only as the subject of seat talk
        return Mention(lo, hi, canonical_party(text, self.doc._.claimx_countries or None), text)

    def count_before(self, span: Span) -> Mention | None:
        """The party of the last seat count before the phrase in its sentence (results and projections)."""
        sent = span.sent
        best = None
        for d in self.counts:
            if sent.start_char <= d["start"] < span.start_char and d.get("status") in ("result", "projected", "other"):
                best = d
        if best is None:
            return None
        # another party named between the count and the phrase takes over ("X won 50 and Y 40, a majority"?)
        between = [m for m in self.mentions if self.doc[m.start].idx >= best["end"] and m.end <= span.start
                   and not (m.start >= 2 and self.doc[m.start - 1].lower_ in ("like", "the") and "like" in (self.doc[m.start - 1].lower_, self.doc[m.start - 2].lower_))]
        # (not a party compared in passing: "won 41 seats, which, like the Y, was short of a majority")
        if between:
            return None
        return Mention(span.start, span.end, best["party"], best.get("party_text") or best["party"])

    def party_left(self, i: int) -> Mention | None:
        s = self.doc[i].sent
        left = [m for m in self.mentions if s.start <= m.start and m.end <= i]
        return self.joined_before(left[-1]) if left else None

    def party_right(self, span: Span, limit: int = 10) -> Mention | None:
        s = span.sent
        doc = self.doc
        stop = min(s.end, span.end + limit)
        for t in doc[span.end : stop]:
            if t.lower_ in (";", "but", "while", "whereas", "as", "amid", "after", "despite", "since", "when") or \
                    t.lower_ in SPEECH or t.lower_ in self.w["supporter_cues"]:
                # (not into a clause of its own: "Harper wins majority as NDP surges")
                stop = t.i  # (a party after "relying on", "supported by", "backed by" is the supporter, not the owner)
                break
        right = [m for m in self.mentions if span.end <= m.start and m.end <= stop]
        return right[0] if right else None

    def described_as(self, subj: Token) -> Mention | None:
        """The party the article described with the same words before ("the conservative Saenuri Party" for a
        later "the conservative party"): the last mention with one of the description's words just before it."""
        words = {c.lower_ for c in kids(subj) if c.dep_ in ("amod", "compound")}
        group = subj.lower_ != "party"
        for m in reversed([m for m in self.mentions if m.end <= subj.i]):
            if group and subj.lower_ not in m.text.lower():
                continue  # ("the center-right coalition" is not "the center-right Liberal Democratic Party")
            if words & {t.lower_ for t in self.doc[max(0, m.start - 3) : m.start]}:
                return m
        return None

    def antecedent(self, i: int) -> Mention | None:
        """The party a pronoun at token ``i`` refers to: the last party before it in the sentence that is the
        subject of a clause ("The PP won 136 seats, but even with the support of Vox it would fall short": the
        PP), else the subject party of the sentences before, else the nearest party before it."""
        s = self.doc[i].sent
        left = [m for m in self.mentions if s.start <= m.start and m.end <= i]
        subjects = [m for m in left if self._is_subject(m)]
        if subjects:
            return subjects[-1]
        return self.previous_sentence_party(i) or (left[-1] if left else None)

    def _is_subject(self, m: Mention) -> bool:
        return any(self.doc[j].dep_ in SUBJECTS for j in range(m.start, m.end))

    def previous_sentence_party(self, i: int) -> Mention | None:
        s = self.doc[i].sent
        for _ in (1, 2):
            if s.start == 0:
                return None
            s = self.doc[s.start - 1].sent
            inside = [m for m in self.mentions if s.start <= m.start < s.end]
            if inside:
                subj = [m for m in inside if self._is_subject(m)]
                return (subj or inside)[0]
        return None

    def common_words_only(self, m: Mention) -> bool:
        """A mention made of common words only ("Ruling Coalition" in a title-case headline)."""
        return all(t.lower_ in self.w["common_name_words"] for t in self.doc[m.start : m.end])

    def government(self) -> Mention | None:
        """The party the article calls ruling, governing or incumbent ("the ruling Iron Guild")."""
        for m in self.mentions:
            if self.common_words_only(m):
                continue
            before = self.doc[max(0, m.start - 2) : m.start]
            if any(t.lower_ in GOVERNING for t in before) or any(c.lower_ in GOVERNING for t in self.doc[m.start : m.end] for c in kids(t)):
                return self.with_allies(m)
            # "the ruling party, X," / "the governing coalition, X,": X in apposition
            before = [t.lower_ for t in self.doc[max(0, m.start - 5) : m.start]]
            if before and before[-1] == "the":
                before = before[:-1]  # ("the ruling alliance, the X,")
            if len(before) >= 3 and before[-1] == "," and before[-2] in self.w["party_nouns"] and before[-3] in GOVERNING:
                return self.with_allies(m)
        return None

    def largest(self, near: Span | None = None) -> Mention | None:
        """The party with the most seats: among the counts stated in the sentence ``near`` when it gives two or
        more ("No party won a majority: the X won 51 seats, the Y 52"), else among each party's first result
        count in each chamber (else its first projected count): the lead states the result, later figures are
        often older ones. One party or alliance named as one; not a sum written "X and Y"."""
        counts = [d for d in self.counts if " and " not in d["party"]]
        if near is not None:
            here = [d for d in counts if near.start_char <= d["start"] < near.end_char and d.get("status") in ("result", "projected")]
            if len({d["party"] for d in here}) >= 2:
                return self.count_party(top) if (top := unique_max(here)) is not None else None
        for status in ("result", "projected"):
            # (the first count of each party in each chamber: "X won 23 Senate seats ... X has 162 members in the
            # National Assembly" gives X both)
            first: dict[tuple[str, str | None], dict] = {}
            for d in sorted(counts, key=lambda d: d["start"]):
                if d.get("status") == status:
                    first.setdefault((d["party"], d.get("body")), d)
            if first:
                if self._too_few_counted(first.values()):
                    return None
                top = unique_max(list(first.values()))
                return self.count_party(top) if top is not None else None
        return None

    def _too_few_counted(self, counts) -> bool:
        """The counts hold less than a third of the chamber the article sizes, or of the chamber its majority threshold
        implies ("... increased its seat count to three" in a 13-seat house whose other results the article gives
        only as districts won): the largest of them need not be the largest party."""
        drafts = self.doc._.claimx_drafts or []
        sizes = [d["seats"] for d in drafts if d.get("type") == "chamber_size" and isinstance(d.get("seats"), int)]
        # (a stated threshold T gives a chamber of about 2T - 1: "the seven seats needed for a majority")
        sizes += [2 * d["seats"] - 1 for d in drafts if d.get("type") == "majority_threshold" and isinstance(d.get("seats"), int)]
        if not sizes:
            return False
        return 3 * sum(d["seats"] for d in counts if isinstance(d.get("seats"), int)) < max(sizes)

    def count_party(self, d: dict) -> Mention:
        """The party of a seat count, by the name of the party mention its words are in (the entity layer's
        canonical name: "Azimio" -> the coalition's full name), else as the seat stage named it."""
        pt = d.get("party_text")
        if pt:
            at = doc_text(self.doc).rfind(pt, max(0, d["start"] - 300), d["end"] + len(pt))
            sp = self.doc.char_span(at, at + len(pt), alignment_mode="expand") if at >= 0 else None
            inside = [self.at[t.i] for t in sp if t.i in self.at] if sp is not None else []
            if inside and len({m.name for m in inside}) == 1:
                return inside[0]
        return Mention(0, 0, d["party"], pt or d["party"])


def unique_max(counts: list[dict]) -> dict | None:
    """The count with the most seats, or None on a tie between two parties ("both finished with 26 seats"):
    then no party is the largest."""
    best = max(counts, key=lambda d: d["seats"])
    if any(d["seats"] == best["seats"] and d["party"] != best["party"] for d in counts):
        return None
    return best


def headline_verb(t: Token) -> bool:
    """A capitalised word ending in "s" in a title-case sentence ("Keeps", "Wins", "Secures"): the verb of a
    headline, which the tagger reads as part of a name."""
    words = [u for u in t.sent if u.is_alpha]
    title_case = len(words) >= 3 and sum(u.text[:1].isupper() for u in words) >= 0.7 * len(words)
    return title_case and t.is_title and t.text.endswith("s") and not t.text.endswith(("ss", "us", "is")) and len(t) > 3


def _title_names() -> frozenset[str]:
    from ...lexicon import load_lexicon

    return frozenset(n.lower() for t in load_lexicon().titles for n in (t.name, *t.aliases))


_TITLES = _title_names()


def _party_shaped(ent: Span) -> bool:
    """A name the NER calls a person that is shaped like a party: an abbreviation or a party head word in it."""
    return any(t.is_upper and len(t) > 1 and t.is_alpha or t.text in PARTY_HEADS for t in ent)


def _after_possessive(words: list[str], name_words: frozenset[str] = frozenset()) -> list[str]:
    """The lowercase words of a name after a possessive in it ("mexico 's ruling bloc" -> "ruling bloc"); not a
    possessive that is part of the name ("cambodian people 's party": ``name_words`` before it)."""
    cut = max((k + 1 for k, w in enumerate(words) if w in ("'s", "\u2019s") and not (k and words[k - 1] in name_words)), default=0)
    return words[cut:] if cut < len(words) else words


@lru_cache(maxsize=1)
def _descriptors() -> frozenset[str]:
    from ..seats.context import load_cues

    return load_cues()["party_descriptors"]


def _party_and_body(underscore: Any) -> tuple[str | None, str | None]:
    """(``claimx_party``, ``claimx_body``) of one ``span._`` object (one Underscore for both reads)."""
    return underscore.claimx_party, underscore.claimx_body


def _positions(words: list[str], wanted: set[str]) -> dict[str, list[int]]:
    """word -> the token positions where it stands, for the ``wanted`` words (so a name is looked for only where
    its first word is)."""
    out: dict[str, list[int]] = {}
    if wanted:
        for i, w in enumerate(words):
            if w in wanted:
                out.setdefault(w, []).append(i)
    return out


def _in_opening_credit(t: Token) -> bool:
    """The token is inside brackets that open its sentence or line: a source credit ("(Lanka News) The X won ...",
    "(Reuters) -"), never the clause's subject."""
    sent = t.sent
    if sent[0].text != "(" and not (t.i > 0 and t.doc[sent.start].is_space):
        return False
    k = t.i - 1
    while k >= sent.start and t.doc[k].text != "(":
        if t.doc[k].text == ")":
            return False
        k -= 1
    return k >= sent.start and (k == sent.start or all(t.doc[j].is_space for j in range(sent.start, k)))
