"""Stage: mentions. Name tokens, name runs (hyphenated and multi-part names, particles), the nearest
name to the left of a trigger, the subject elided after 'and' / 'but'."""

from __future__ import annotations

import json
import re
from collections.abc import Container, Iterator
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.attrs import IS_STOP, POS, SENT_START
from spacy.tokens import Span, Token
from ...doctext import doc_text, token_words
from ...mentions import _HYPHEN_NAMES, _HYPHENS
from .data import MENTION_LABELS, _ADV_SKIP, _AUX_ADV, _FIRST_PERSON, _MONTHS, _NAME_PARTICLES, _PROPN, _is_party

# verbs whose object is the subject of the infinitive after it ("prompting him to announce", "forced her to resign")
@lru_cache(maxsize=1)
def _anaphors() -> tuple[re.Pattern, ...]:
    """The person descriptions of data/quotes/titles.json ("the 73-year-old", "the billionaire tycoon")."""
    path = Path(__file__).resolve().parents[2] / "data" / "quotes" / "titles.json"
    return tuple(re.compile(p) for p in json.loads(path.read_text(encoding="utf-8")).get("person_anaphors", []))


def _person_anaphor(words: str) -> bool:
    return any(p.match(words) for p in _anaphors())


_CAUSATIVES = frozenset(("prompting", "prompted", "prompt", "prompts", "forcing", "forced", "force", "forces", "leading", "led",
                         "causing", "caused", "pushing", "pushed", "compelling", "compelled", "obliging", "obliged"))


# words that open a subordinate clause ("minutes after X conceded and resigned")
# "this week", "last night", "earlier this month": a time adverbial between a subject and its verb
_TIME_NOUNS = frozenset(("week", "month", "year", "morning", "afternoon", "evening", "night", "weekend"))
_TIME_DETS = frozenset(("this", "last", "next", "that"))
# the dashes that set off an aside ("the X—which includes the Y—won")
_ASIDE_DASHES = frozenset(("—", "–", "--"))
_ASIDE_OPENERS = frozenset(("which", "who", "whose", "including", "in", "once", "now", "formerly", "led", "backed", "headed",
                            "founded", "itself", "a", "an"))
# "his decision to resign", "her plan to step down": nouns of intending an act, whose possessor acts
_INTENT_NOUNS = frozenset(("decision", "intention", "plan", "plans", "bid", "choice", "wish", "readiness", "willingness"))
_SUBORDINATORS = frozenset(("after", "before", "when", "while", "because", "since", "until", "once", "as"))


class MentionsMixin:
    """Methods of _DocContext: finding mentions (see the module docstring)."""

    def is_name_token(self, t: Token) -> bool:
        """A token that is (part of) a name; kept per token (the mention searches ask about the same tokens many
        times)."""
        known = self._name_tokens.get(t.i)
        if known is None:
            known = self._name_tokens[t.i] = self._is_name_token(t)
        return known

    def name_at(self, i: int) -> bool:
        """``is_name_token(doc[i])``, without making the Token when the answer is already known."""
        known = self._name_tokens.get(i)
        if known is None:
            known = self._name_tokens[i] = self._is_name_token(self.doc[i])
        return known

    def _is_name_token(self, t: Token) -> bool:
        if t.i in self._ent_of and self._ent_of[t.i].label_ in MENTION_LABELS:
            return True
        if t.text[:1].isupper() and t.idx < self._headline_end() and self._titlecase_line(t) \
                and t.text not in self.body_capitals():
            # "Ada Roe Bows to Pressure, Resigns": in a headline that capitalises every word, a word is a name only
            # when an entity or written with its capital in the body, where the text does not capitalise every word
            return False
        if t.pos_ == "PROPN" and t.text[:1].isupper():
            return True
        if not self.tagged and t.is_title and not t.is_sent_start and not t.is_stop:
            return True
        if t.text[:1].isupper() and t.text in self.known_names():
            return True  # "Hale called Munro": a sentence-initial word the article uses as a name elsewhere
        if self.tagged and t.pos_ in ("ADJ", "NOUN") and t.text[:1].isupper() and t.i > 0 and not t.is_stop \
                and not self._line_start(t) and t.lower_ not in self.lex["title_nouns"] and t.lower_ not in _MONTHS \
                and t.lower_ not in self.lex["time_heads"] and not self._titlecase_line(t):
            return True  # "Dunmere city council", "Green Left leaders": a capitalised word mid-sentence
        return False

    def known_names(self) -> set[str]:
        """Words of PERSON / ORG entities and of mid-sentence proper nouns in this Doc."""
        if self._known is None:
            known: set[str] = set()
            texts, lowers = token_words(self.doc)  # strings read once per Doc (no Token objects)
            pos, stop, sent_start = self.doc.to_array([POS, IS_STOP, SENT_START]).T
            stops = stop.tolist()
            for e in self._ents:
                if e.label_ in ("PERSON", "PER", "ORG"):
                    for i in range(e.start, e.end):
                        text = texts[i]
                        if text[:1].isupper() and not stops[i]:
                            known.add(text)
            # proper nouns that are not the first token, no stop word, not at a sentence start and not a
            # title noun, month or time word; kept when capitalised
            not_names = self.comp._not_names
            cand = (pos == _PROPN) & (stop == 0) & (sent_start != 1)
            cand[:1] = False  # not the first token
            for i in numpy.flatnonzero(cand).tolist():
                text = texts[i]
                if text[:1].isupper() and lowers[i] not in not_names:
                    known.add(text)
            self._known = known
        return self._known

    def _headline_end(self) -> int:
        """The end of the first line (the headline) when a body follows it; 0 for a one-line text."""
        if self._head_end is None:
            text = doc_text(self.doc)
            end = text.find("\n")
            self._head_end = end if 0 < end < len(text.rstrip()) else 0
        return self._head_end

    def body_capitals(self) -> set[str]:
        """Words written with a capital inside a sentence (not its first word) of a segment that is no title-case
        line: the words this text writes as names."""
        if self._body_caps is None:
            caps: set[str] = set()
            texts = self.texts
            for i in range(1, len(texts)):
                w = texts[i]
                if w[:1].isupper() and not self._line_start(self.doc[i]) and not self._titlecase_line(self.doc[i]):
                    caps.add(w)
            self._body_caps = caps
        return self._body_caps

    def _line_start(self, t: Token) -> bool:
        doc = self.doc
        p = doc[t.i - 1]
        return p.is_space or "\n" in p.whitespace_ or p.text in (".", "!", "?", ":", "—", "-", "–") or p.is_quote

    def _titlecase_line(self, t: Token) -> bool:
        """True inside a headline-style segment (most words capitalised)."""
        seg = self.segment(t)
        key = seg.start
        if key not in self._titlecase:
            words = [w for w in seg if w.is_alpha]
            caps = sum(1 for w in words if w.text[:1].isupper())
            self._titlecase[key] = len(words) >= 4 and caps / len(words) >= 0.6
        return self._titlecase[key]

    def mention_at(self, t: Token) -> Span | None:
        """The name / noun phrase whose head is t."""
        doc = self.doc
        if t.i in self._ent_of and self._ent_of[t.i].label_ in MENTION_LABELS:
            return self._ent_of[t.i]
        if t.lower_ in self.lex["person_pronouns"]:
            return doc[t.i: t.i + 1]
        if self.parsed:
            lo = hi = t.i
            for c in t.children:
                if c.dep_ in ("compound", "flat", "flat:name", "amod", "nn", "det") and c.i < t.i:
                    lo = min(lo, c.left_edge.i if c.dep_ != "det" else c.i)
                if c.dep_ in ("flat", "flat:name", "compound") and c.i > t.i:
                    hi = max(hi, c.right_edge.i)
            # extend over a name that the parser split
            while hi + 1 < len(doc) and self.name_at(hi + 1) and self.texts[hi][:1].isupper():
                hi += 1
            hi = self.hyphen_end(hi)
            return doc[lo: hi + 1]
        return self._run(t)

    def name_runs(self, start: int, end: int, skip: Container[int] = ()) -> Iterator[Span]:
        """The name runs (no times of day or dates) that start in tokens [start, end), left to right, each once:
        the walk goes on after a run's last word. A token in ``skip`` starts none (a trigger word)."""
        i = start
        while i < end:
            if i not in skip and self.name_at(i) and not self._is_time(self.doc[i]):
                run = self._run(self.doc[i])
                yield run
                i = max(run.end, i + 1)
                continue
            i += 1

    def _run(self, t: Token) -> Span:
        """The name run around t (one Span per token, kept: the trigger tokens are fixed before the events)."""
        run = self._runs.get(t.i)
        if run is None:
            run = self._runs[t.i] = self._find_run(t)
        return run

    def unparen(self, m: Span) -> Span:
        """'Jane Roe (SDP)' -> Jane Roe, 'Unity Alliance (UA)' -> Unity Alliance: a name in parentheses right after
        another name stands beside it (a party label or an abbreviation); the name before is the fuller one."""
        if m.start >= 2 and m.end < len(self.doc) and self.texts[m.start - 1] == "(" and self.texts[m.end] == ")" \
                and self.name_at(m.start - 2):
            self.notes.append("unparen")
            return self.spelled_whole(self._run(self.doc[m.start - 2]), m.text)
        return m

    def spelled_whole(self, m: Span, abbr: str) -> Span:
        """'the Action and Solidarity (PAS) party': a name before 'and' / 'of' / 'for' joins the name when the
        abbreviation after it spells the initials of both (in order; it may add letters, 'P' for 'Party'), so the
        party is one name, not two ('Karl Brandt and Ana Voss (KB)' stays two)."""
        letters = [c for c in abbr if c.isupper()]
        if not letters or len(letters) != len(abbr.replace(".", "").replace("-", "")) or m.start < 2:
            return m
        lo = m.start
        while lo >= 2 and self.lower[lo - 1] in ("and", "of", "for", "&") and self.name_at(lo - 2) \
                and not self._is_time(self.doc[lo - 2]):
            cand = self.doc[self._run(self.doc[lo - 2]).start: m.end]
            initials = [t.text[0] for t in cand if t.text[:1].isupper()]
            it = iter(letters)
            if len(initials) >= 2 and all(any(c == x for x in it) for c in initials) and len(letters) <= len(initials) + 2:
                self.notes.append("spelled-whole")
                return cand
            lo = cand.start
        return m

    def _run_word(self, i: int) -> bool:
        w = self.texts[i]
        if w in _HYPHENS:  # "Wai-ming": a hyphen written without spaces joins name parts
            return i > 0 and not self.doc[i - 1].whitespace_ and not self.doc[i].whitespace_
        if w.islower() and self.doc[i].is_stop and w not in _NAME_PARTICLES:
            return False  # "Ada Mensah on Sunday" tagged as one entity: "on" ends the name
        if w.islower() and w.isalpha() and len(w) > 4 and w.endswith("ly") and w not in _NAME_PARTICLES:
            return False  # "a call from Ada Mensah shortly before ...": an adverb tagged with the name ends it
        return not (w[:1].isdigit() or w in ("–", "—", ",", ";", ":", "(", ")", "|"))

    def _find_run(self, t: Token) -> Span:
        doc = self.doc
        lo = hi = t.i
        # a name holds no number and no dash ("Aug 17 – The Alliance" tagged as one entity is not one name)
        while True:
            while lo - 1 >= 0 and self.name_at(lo - 1) and (lo - 1) not in self._trigger_tokens and self._run_word(lo - 1) \
                    and "\n" not in doc[lo - 1].whitespace_:  # (a name does not run over a line break)
                lo -= 1
            # "Ursula von der Leyen", "Lula da Silva": lower-case particles between capitalised name words
            k = lo - 1
            while k >= 0 and lo - k <= 2 and self.lower[k] in _NAME_PARTICLES and self.texts[k].islower():
                k -= 1
            if k < lo - 1 and k >= 0 and self.name_at(k) and self.texts[k][:1].isupper() and k not in self._trigger_tokens:
                lo = k
                continue
            if self._capital_hyphen(lo - 1, lo - 2):
                lo -= 2  # "Jean-Pierre Dubois": a hyphen without spaces after a capitalised name part
                continue
            break
        while True:
            # ("Barack Obama Friday called ...": a day name after a name is the time, no part of it)
            while hi + 1 < len(doc) and self.name_at(hi + 1) and (hi + 1) not in self._trigger_tokens \
                    and self._run_word(hi + 1) and not (hi + 1 > t.i and self._is_time(doc[hi + 1])) \
                    and "\n" not in doc[hi].whitespace_:
                hi += 1
            if self._capital_hyphen(hi + 1, hi + 2):
                hi += 2  # "Ana Soto-Reyes"
                continue
            break
        hi = self.hyphen_end(hi)
        if hi + 1 < len(doc) and self.lower[hi + 1] in self.lex["org_heads"] and (hi + 1) not in self._trigger_tokens:
            hi += 1  # "the New Zealand government"
        while lo < hi and doc[lo].is_stop and (doc[lo].i not in self._ent_of or self.lower[lo] not in ("the",)):
            lo += 1  # "Although Carney", "Meanwhile Smith", "If Carney" (even when tagged with the name)
        ent = self._ent_of.get(t.i)
        if ent is not None and ent._.claimx_party and ent.start <= lo and hi + 1 <= ent.end and len(ent) > hi + 1 - lo:
            # "the Party of Action and Solidarity", "Movement of Society for Peace": a party's name the entity layer
            # knows whole, its lower-case words ("and", "for") included
            return ent[1:] if ent[0].lower_ == "the" else ent
        return doc[lo: hi + 1]

    def _capital_hyphen(self, h: int, k: int) -> bool:
        """Token h is a hyphen written without spaces and token k, on its other side, a capitalised name part."""
        if not (1 <= h < len(self.texts) - 1 and 0 <= k < len(self.texts)) or self.texts[h] not in _HYPHENS:
            return False
        return not self.doc[h - 1].whitespace_ and not self.doc[h].whitespace_ and self.texts[k][:1].isupper() \
            and self.texts[k].isalpha() and self.name_at(k) and k not in self._trigger_tokens

    def quote_speaker(self, t: Token) -> str | None:
        """The person claimx_quotes found as the speaker of the quotation that holds token t ('"I met X," Roe
        said' -> Roe), or None."""
        doc = self.doc
        for d in doc._.claimx_drafts or ():
            if d.get("type") != "quote" or d.get("speaker_kind") != "person" or not d.get("speaker"):
                continue
            if not d["start"] <= t.idx < d["end"]:
                continue
            text = doc_text(doc)[d["start"]: d["end"]]
            first = (d.get("quote") or "").split(" ... ")[0][:40]
            k = text.find(first) if first else -1
            if k >= 0 and d["start"] + k <= t.idx < d["start"] + k + len(d.get("quote") or ""):
                return d["speaker"]
        return None

    def hyphen_end(self, hi: int) -> int:
        """'Lee Wai-ming', 'Kim Jong-un': when the capitalised token hi is followed, without spaces, by a hyphen
        and a short lower-case name part, the index of that part (the name goes on), else hi. The same rule and
        word list as claimx.mentions (data/quotes/hyphen_names.json)."""
        doc = self.doc
        if hi + 2 >= len(doc) or not self.texts[hi][:1].isupper() or self.texts[hi + 1] not in _HYPHENS:
            return hi
        if doc[hi].whitespace_ or doc[hi + 1].whitespace_:
            return hi
        tail = self.texts[hi + 2]
        if tail.isalpha() and tail.islower() and len(tail) <= _HYPHEN_NAMES["max_tail_letters"] \
                and tail not in _HYPHEN_NAMES["not_name_tails"] and tail not in self.lex.get("name_suffix_deny", ()):
            return hi + 2
        return hi

    def personish(self, m: Span | None) -> bool:
        if m is None:
            return False
        root = m.root
        if any(self.is_name_token(t) for t in m):
            return True
        if root.lower_ in self.lex["person_pronouns"] or root.lower_ in self.lex["title_nouns"]:
            return True
        return False

    def is_electoral_body(self, m: Span | None) -> bool:
        """ "The Independent Electoral Commission", "Ostria's election commission": an election word and a body noun
        (lexicon electoral_body_nouns) at the mention's end."""
        if m is None:
            return False
        words = [t.lower_ for t in m if not t.is_punct]
        return bool(words) and words[-1] in self.lex.get("electoral_body_nouns", set()) \
            and any(w in ("electoral", "election", "elections") for w in words)

    def _mention_ok(self, m: Span | None) -> Span | None:
        if m is None:
            return None
        if any(t.like_num for t in m) and not any(self.is_name_token(t) for t in m):
            return None
        if len(m) == 1 and m[0].lower_ in self.lex["person_pronouns"]:
            return m  # "his victory", "he resigned": the name module resolves the pronoun
        if all(self._is_time(t) or t.is_punct or t.is_stop for t in m):
            return None
        return m

    def left_mention(self, span: Span, seg: Span, trig=None, start: int | None = None) -> Span | None:
        """Nearest name (or personal pronoun) ending before token ``start`` (default: the trigger) in
        the same segment, at most 14 tokens back; names after 'of', 'by', 'from', 'under' are skipped
        ('the CDU led by Merz won', 'Sunak of the Conservative Party conceded')."""
        doc = self.doc
        i = (span.start if start is None else start) - 1
        stop = max(seg.start, i - 14)
        it_subject = False
        it_direct: int | None = None
        while i > seg.start and (self.lower[i] in _AUX_ADV or self.lower[i] in ("both", "all", "each")):
            i -= 1  # "X, in government, has won": the comma before the auxiliary; "X and Y, ..., both lost"
        if start is None and span.start - 3 >= seg.start and self.lower[span.start - 1] == "to" \
                and self.lower[span.start - 2] in _INTENT_NOUNS and self.lower[span.start - 3] in ("his", "her", "their"):
            # "the party had influenced his decision to step down": the possessor of the decision acts
            self.notes.append("intent-possessor")
            return doc[span.start - 3 : span.start - 2]
        if start is None and i - 1 > seg.start and self.lower[i] in _TIME_NOUNS and self.lower[i - 1] in _TIME_DETS:
            i -= 2  # "The Labour Party has this week signed": the subject is before the time adverbial
            while i > seg.start and self.lower[i] in _AUX_ADV:
                i -= 1
        if start is None and i >= seg.start and doc[i].is_lower:
            # "The billionaire tycoon resigned", "the veteran conceded": a description that points back to a person
            # like "he" (data/quotes/titles.json person_anaphors; the name module resolves it)
            j = next((k for k in range(i - 1, max(seg.start, i - 4) - 1, -1) if self.lower[k] == "the"), None)
            if j is not None and all(self.lower[k].replace("-", "").isalpha() for k in range(j + 1, i + 1)) \
                    and _person_anaphor(" ".join(self.lower[j : i + 1])):
                self.notes.append("description")
                return doc[j : i + 1]
        if start is None and i >= seg.start and doc[i].is_lower and self.lower[i] in self.lex.get("electoral_body_nouns", ()):
            # "the independent electoral commission said on Friday", "the election committee confirmed": a body
            # that counts the votes, named in lower case (its words: "electoral" / "election" and the body noun)
            j = i - 1
            while j >= seg.start and i - j <= 4 and doc[j].is_lower and doc[j].is_alpha and self.lower[j] not in ("the", "a", "an", "of"):
                j -= 1
            if j >= seg.start and self.lower[j] == "the" and self.is_electoral_body(doc[j + 1 : i + 1]):
                self.notes.append("electoral-body")
                return doc[j + 1 : i + 1]
        if start is None and self.tagged and span[0].pos_ in ("VERB", "AUX") and i >= seg.start \
                and doc[i].pos_ == "NOUN" and doc[i].is_lower and self.lower[i] not in self.lex["title_nouns"] \
                and self.lower[i] not in self.lex["org_heads"] and self.lower[i] not in self.lex["person_titles"] \
                and not self._is_time(doc[i]) and i not in self._trigger_tokens \
                and not (i > 0 and self.texts[i - 1] in _HYPHENS):  # (not "Yuet-ngor": a name part)
            return None  # "two independent legislators won seats": a common-noun subject names nobody
        if start is None and i - 4 >= seg.start and self.lower[i] == "old" and self.texts[i - 1] in _HYPHENS \
                and self.lower[i - 2] in ("year", "years") and self.texts[i - 3] in _HYPHENS \
                and self.lower[i - 5 if i - 5 >= seg.start else i - 4] == "the":
            # "The 73-year-old met X": a description that points back to a person, as "he" does (the name
            # module resolves it to the person the article last made a subject)
            self.notes.append("age-description")
            return doc[i - 5: i + 1]
        if start is None and i > seg.start and self.texts[i] in _ASIDE_DASHES:
            # "The Koike camp—which also includes the X, a partner to the Y—won": an aside between dashes; the subject
            # is before it
            k = i - 1
            while k > max(seg.start, i - 30) and self.texts[k] not in _ASIDE_DASHES:
                k -= 1
            if k > seg.start and self.texts[k] in _ASIDE_DASHES and k + 1 < i and self.lower[k + 1] in _ASIDE_OPENERS:
                # (not "Two former ministers – Karl Dansen and Ada Mensah – lost": names in apposition act)
                self.notes.append("dash-aside")
                i = k - 1
                stop = max(seg.start, i - 14)
        if i > seg.start and self.texts[i] == ",":
            # "Tom Reed, who lost his seat, conceded": skip the relative clause to its antecedent
            k = i - 1
            while k > max(seg.start, i - 16) and self.texts[k] != ",":
                k -= 1
            if k > seg.start and self.texts[k] == "," and self.lower[k + 1] in ("who", "which"):
                m = self.antecedent(doc[k + 1: k + 2])
                if m is not None:
                    return m
            if k > seg.start and self.texts[k] == "," and (self.lower[k + 1] in ("the", "a", "an")
                                                            or self.lower[k + 1] in self.lex["person_titles"]) \
                    and self.name_at(k - 1) and not self._is_time(doc[k - 1]) and (k - 1) not in self._trigger_tokens:
                # "Ada Mensah, the Unity Party leader, claimed victory": the name before the apposition acts
                m = self._run(doc[k - 1])
                p = m.start - 1 if m.start > seg.start and self.lower[m.start - 1] == "the" else m.start
                if (p == seg.start or self.lower[p - 1] == "and" and p - 2 >= seg.start and self.name_at(p - 2)
                        or self.lower[p - 1] in ("that", "--", "—")) \
                        and self.texts[m.start][:1].isupper() and not self.is_place(m):
                    # (only a subject that opens the sentence, or the second of two: not "In Lakeland, the ...")
                    self.notes.append("apposition-subject")
                    return m
            if k > seg.start and self.texts[k] == "," and self.lower[k + 1] in self.lex.get("parenthetical_openers", ()):
                # "the Alliance, in government since 2024, has won", "the leader, after losing to Y, conceded":
                # an inserted phrase between the subject and its verb names no actor
                self.notes.append("skip-insert")
                i = k - 1
                stop = max(seg.start, i - 14)
            else:
                i = (span.start if start is None else start) - 1
        while i >= stop:
            low = self.lower[i]
            if self.texts[i] in (";", ":") or self.doc[i].is_quote:
                return None
            if self.name_at(i) and not self._is_time(doc[i]) and i not in self._trigger_tokens:
                m = self.unparen(self._run(doc[i]))
                if it_subject and (self.person_named(m) or not self.name(m) or not _is_party(self.name(m))):
                    i = m.start - 1
                    continue  # ("it" is no person)
                head = self._apposed_head(m, seg, span.start if start is None else start)
                if head is not None:
                    return head
                m = self._possessive_role(m, span.start if start is None else start)
                m = self._party_role(m, span.start if start is None else start)
                j = m.start - 1
                while j >= seg.start and self.lower[j] in ("the", "a", "an"):
                    j -= 1
                if j >= seg.start and self.lower[j] == "with" and start is None and m.end == span.start \
                        and self.tagged and span[0].tag_ == "VBG":
                    # "X won by a wide margin, with Y losing in her own district": an absolute clause; the name
                    # right before its -ing verb is that verb's subject
                    self.notes.append("with-absolute")
                    return m
                if j >= seg.start and self.lower[j] == "of" and j - 1 >= seg.start and self.lower[j - 1] in self.lex["person_titles"] \
                        and len(m) >= 2 and all(self.lower[x] in _AUX_ADV for x in range(m.end, span.start if start is None else start)):
                    # "US Secretary of State John Kerry congratulated": the title's "of" phrase ("of State") runs into
                    # the name; the person the tagger marks in the run is the subject
                    first = next((t.i for t in m if t.ent_type_ == "PERSON"), None)
                    if first is not None and first > m.start:
                        self.notes.append("title-of-name")
                        return doc[first : m.end]
                if j >= seg.start and self.lower[j] in ("of", "by", "from", "under", "than", "with"):
                    # (a name after "with" is a partner, never the subject: "X started talks with Y, then met Z")
                    i = j - 1
                    continue
                if j >= seg.start and self.lower[j] in ("to", "on", "via") and start is None and span.start > seg.start \
                        and self.lower[span.start - 1] == "to":
                    # "took to Twitter to congratulate X", "went on Radio Y to congratulate X": before an infinitive
                    # trigger, the object of a preposition is where the subject acted, not the actor ("sent
                    # congratulations to X for securing a win": X, after a noun, still wins)
                    i = j - 1
                    continue
                h = j
                while h > seg.start and m.start - h <= 4 and self.texts[h].islower() \
                        and (self.doc[h].pos_ in ("ADJ", "NOUN") or self.lower[h] in ("the", "a", "an")):
                    h -= 1
                if h < j and self.lower[h] == "of" and h - 1 >= seg.start and self.lower[h - 1] in self.lex["person_titles"]:
                    # "the leader of the main opposition Unity Party conceded": the (unnamed) leader acts, not the party
                    self.notes.append("title-of")
                    lo = h - 2 if h - 2 >= seg.start and self.lower[h - 2] == "the" else h - 1
                    return doc[lo: m.end]
                lim = span.start if start is None else start
                if j >= seg.start and self.lower[j] == "as" and (self.lower[m.end - 1] in self.lex["person_titles"]
                                                                  or (m.end < lim and self.lower[m.end] in self.lex["person_titles"])):
                    # "whether he stays on as Liberal leader, after losing": a role after 'as' is no subject
                    i = j - 1
                    continue
                return m
            if low in self.lex["person_pronouns"] and low not in ("him", "them", "her", "his", "their"):
                return doc[i: i + 1]
            if low in ("him", "her", "them") and i + 1 < len(doc) and self.lower[i + 1] == "to" and i - 1 >= seg.start \
                    and self.lower[i - 1] in _CAUSATIVES:
                # "lost his seat, prompting him to announce his resignation": the object of a verb of causing is the
                # subject of the infinitive after it
                self.notes.append("causative-object")
                return doc[i: i + 1]
            if low == "it" and i + 1 < len(doc) and not doc[i + 1].is_punct:
                # "the Party ... it has lost its majority": an organisation pronoun; the actor is an organisation
                # named before it in the sentence, never a person ("Leader X spoke of ... the vote it won")
                it_subject = True
                if i == seg.start and start is None:
                    # "The Front won 15 seats. It has lost its majority": opening the sentence, with no party before
                    # it here, the pronoun is the subject (the name module ties it to the party named before)
                    self.notes.append("it-subject")
                    return doc[i: i + 1]
                if start is None and it_direct is None and all(self.lower[x] in _AUX_ADV for x in range(i + 1, span.start)) \
                        and not (i - 1 >= seg.start and (self.lower[i - 1] in self.lex.get("vote_count_nouns", ())
                                                         or self.lower[i - 1] in self.lex.get("vote_share_words", ()))):
                    # (not "the 18% of the vote it won last time": a relative clause on the votes, no election won)
                    it_direct = i  # ("... the first time that it has lost its majority": the verb's own subject)
            if low in _FIRST_PERSON and self.texts[i] != "US":
                # "I met X" inside a quotation: the speaker ("we": nobody this module can name)
                return doc[i: i + 1]
            if low in self.lex["org_heads"] and i >= 3 and self.lower[i - 1] in self.lex.get("name_suffix_deny", ()) \
                    and self.texts[i - 2] in _HYPHENS and self.texts[i - 3][:1].isupper():
                # "the Ada Mensah-led coalition won": the named leader stands for it
                self.notes.append("led-by")
                return self._run(doc[i - 3])
            if self.org_np(i) is not None:
                return self.org_np(i)
            if low in ("who",):
                return self.antecedent(doc[i: i + 1])
            i -= 1
        if it_direct is not None:
            self.notes.append("it-subject")
            return doc[it_direct : it_direct + 1]
        return None

    def _apposed_head(self, m: Span, seg: Span, limit: int) -> Span | None:
        """'Ada Soto, head of the Unity Party, announced plans to step down': a name inside a comma-bounded
        apposition (opening with a determiner or a person title) that follows a person's name describes that
        person, who acts; None when m is no such apposition's name."""
        if m.end >= limit or self.texts[m.end] != ",":
            return None
        c = m.start - 1
        while c > seg.start and m.start - c <= 6 and self.texts[c] != ",":
            c -= 1
        if c <= seg.start or self.texts[c] != "," or c + 1 >= m.start \
                or not (self.lower[c + 1] in ("the", "a", "an") or self.lower[c + 1] in self.lex["person_titles"]) \
                or not self.name_at(c - 1) or self._is_time(self.doc[c - 1]):
            return None
        head = self._run(self.doc[c - 1])
        if not self._person_entity(head):
            return None
        self.notes.append("apposed-head")
        return head

    def _party_role(self, m: Span, limit: int) -> Span:
        """'the Liberal leader' (ending before token ``limit``) instead of 'Liberal': a name followed by a person
        title and no name stands for the person with that role, whom the name module finds in the article."""
        k = m.end
        if k >= limit or self.lower[k] not in self.lex["person_titles"] or (k + 1 < limit and self.name_at(k + 1)):
            return m
        lo = m.start - 1 if m.start > 0 and self.lower[m.start - 1] == "the" else m.start
        role = self.doc[lo: k + 1]
        name = self.name(role)
        if name and name != self.name(m) and not _is_party(name) and self._role_names(role, name):
            self.notes.append("party-role")
            return role
        if not name or not _is_party(name):
            # "Labor leader concedes defeat" with no leader named beside the role anywhere: a person acts, not the
            # party, and the article does not say who (the resolver's last "leader" may lead another party)
            self.notes.append("party-role-unnamed")
            self._cache[(role.start, role.end)] = None
            return role
        return m

    def _role_names(self, role: Span, name: str) -> bool:
        """Whether the article writes the role words next to the person's name ('Liberal leader Jane Roe',
        'Jane Roe, the Liberal leader'): the name module's role lookup may pick another party's leader."""
        words = [t.lower_ for t in role if t.lower_ != "the"]
        last = name.split()[-1].lower()
        low = self.lower
        n = len(words)
        for i in range(len(low) - n + 1):
            if low[i: i + n] == words and i != role.start + (len(role) - n):
                near = low[max(0, i - 6): i] + low[i + n: i + n + 4]
                if last in near:
                    return True
        return False

    def _possessive_role(self, m: Span, limit: int) -> Span:
        """'Estmark's finance minister' (ending before token ``limit``) instead of 'Estmark': the resolver
        turns the role into the person the article gave it."""
        doc = self.doc
        if m.end < limit and self.lower[m.end] in ("'s", "’s"):
            j = m.end + 1
            while j < limit and j - m.end <= 4 and doc[j].is_alpha and not self.name_at(j) \
                    and self.lower[j] not in self.lex["title_nouns"]:
                j += 1
            if j < limit and self.lower[j] in self.lex["title_nouns"] and self.lower[j] not in self.lex["org_heads"]:
                return doc[m.start: j + 1]
            k = m.end + 1
            while k < limit and k - m.end <= 3 and doc[k].is_lower and doc[k].is_alpha:
                k += 1
            role = doc[m.start: k]
            if self.electoral_body(role) is not None:
                return role  # "Estmark's electoral authority": the body the article names
        return m

    def electoral_body(self, m: Span) -> str | None:
        """'the electoral authority', "Estmark's election commission" -> the electoral body the article names
        ('National Electoral Council'): a capitalised run holding 'Electoral' or 'Election' and ending in a body
        noun (lexicon electoral_body_nouns); None when the mention is no such role or the article names none or
        several."""
        words = [t.lower_ for t in m]
        bodies = self.lex.get("electoral_body_nouns", set())
        if not any(w in ("electoral", "election", "elections") for w in words) or words[-1] not in bodies \
                or m[-1].text[:1].isupper():
            return None
        if self._electoral_bodies is None:
            found: dict[str, None] = {}
            texts = self.texts
            for k, w in enumerate(texts):
                if w in ("Electoral", "Election", "Elections"):
                    lo, hi = k, k
                    while lo - 1 >= 0 and texts[lo - 1][:1].isupper() and texts[lo - 1].isalpha() \
                            and not self.doc[lo - 1].is_stop:
                        lo -= 1
                    while hi + 1 < len(texts) and texts[hi + 1][:1].isupper() and texts[hi + 1].isalpha():
                        hi += 1
                    if self.lower[hi] in bodies and hi > k - 1:
                        found[" ".join(texts[lo: hi + 1])] = None
            self._electoral_bodies = list(found)
        return self._electoral_bodies[0] if len(self._electoral_bodies) == 1 else None

    def elided_subject(self, span: Span, seg: Span) -> Span | None:
        """'X congratulated Y ..., but accused Z': a verb after 'and' / 'but' with no subject of its own
        shares the subject of the clause before (the name right before that clause's first verb)."""
        doc = self.doc
        i = span.start - 1
        while i > seg.start and span.start - i <= 4 and (self.lower[i] in _ADV_SKIP
                                                          or (self.tagged and doc[i].pos_ in ("ADV", "AUX"))):
            i -= 1
        headline_comma = self.texts[i] == "," and span[0].lower_.endswith("s") and span[0].pos_ != "PROPN" \
            and i == span.start - 1 and not self.texts[seg.end - 1] in (".", "!", "?")
        # ("X calls up Y, concedes defeat": a headline joins its verbs with a comma)
        if i <= seg.start or (self.lower[i] not in ("and", "but", "then", "or") and not headline_comma):
            return None
        conj = i
        first = span[0].head if self.parsed and span[0].dep_ == "conj" else None
        if first is not None and first.i < conj and first.pos_ in ("VERB", "AUX") and first.i >= seg.start \
                and self.lower[first.i - 1] not in ("'s", "’s", "the", "a", "an"):
            # "minutes after X conceded defeat and resigned": the verb it is coordinated with (the parse), whose
            # subject may sit in a subordinate clause, not the sentence's first subject
            m = self.left_mention(doc[first.i: first.i + 1], seg)
            if m is not None and first.i - m.end <= 2:
                self.notes.append("conjunct-verb")
                return m
        # "... minutes after X conceded defeat and resigned": a verb after 'and' inside a subordinate clause shares
        # that clause's subject, so the search starts after the last subordinator before 'and'
        sub = next((k for k in range(conj - 1, seg.start, -1) if self.lower[k] in _SUBORDINATORS), seg.start)
        for v in list(range(sub, conj)) + (list(range(seg.start, sub)) if sub > seg.start else []):
            t = doc[v]
            verbish = v in self._trigger_tokens or t.pos_ == "VERB" or (t.lower_.endswith("ed") and t.pos_ != "PROPN"
                                                                       and (t.pos_ != "NOUN" or not self.tagged)) \
                or (headline_comma and t.is_lower and t.lower_.endswith("s") and v > seg.start)
            if not verbish:
                continue
            if v > seg.start and self.lower[v - 1] in ("'s", "’s", "the", "a", "an") and v not in self._trigger_tokens:
                continue  # "X's ruling Unity Party defied ... and held": a participle before a noun is no verb
            m = self.left_mention(doc[v: v + 1], seg)
            if m is not None and v - m.end <= 2:
                return m
        self._unnamed_conjunct = span.start  # (a coordinated verb whose clause names no subject: see linear_roles)
        return None
