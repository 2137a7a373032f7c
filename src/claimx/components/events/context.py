"""Per-Doc context of the events component: segments (sentences cut at line breaks), entities, caches;
the stage mixins add mentions, roles, names and time."""

from __future__ import annotations

import bisect
from typing import Any
import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token
from ...doctext import span_text, token_words
from .data import _AUX_ADV as _ADV_AUX, _DET_ADJ, _FINAL_PUNCT
from .linear import LinearRolesMixin
from .mentions import MentionsMixin
from .names import NamesMixin
from .parse import DepRolesMixin
from .when import TimeMixin


class _DocContext(MentionsMixin, LinearRolesMixin, NamesMixin, DepRolesMixin, TimeMixin):
    """Per-Doc helpers: segments, mentions, dependency roles, name resolution, time expressions."""

    def __init__(self, doc: Doc, comp: "EventsComponent"):
        self.doc = doc
        self.comp = comp
        self.lex = comp.lex
        self.parsed = doc.has_annotation("DEP")
        self.tagged = doc.has_annotation("POS") or doc.has_annotation("TAG")
        self._resolver = None
        self._cache: dict[tuple[int, int], str | None] = {}
        self._when = None
        self._ent_of: dict[int, Span] = {}
        self._ents = doc.ents
        for e in self._ents:
            for i in range(e.start, e.end):
                self._ent_of[i] = e
        self._trigger_tokens: set[int] = set()
        # Token.text / Token.lower_ of every token, read once per Doc: the rules look at words around each
        # trigger many times, and doc[i] makes a Token object each time
        self.texts, self.lower = token_words(doc)
        self._seg_starts: list[int] | None = None
        self._seg_spans: dict[int, Span] = {}
        self._sent_starts: list[int] | None = None
        self._sents_hooked: bool | None = None  # same_sentence must ask Span.sent (found on first use)
        self.found: list[dict[str, Any]] = []
        self._unnamed_conjunct: int | None = None  # (elided_subject: a coordinated verb whose clause names no subject)
        self._titlecase: dict[int, bool] = {}
        self._known: set[str] | None = None
        self._body_caps: set[str] | None = None
        self._head_end: int | None = None
        self._surnames: set[str] | None = None
        self._electoral_bodies: list[str] | None = None
        self._chambers: set[str] | None = None
        self._name_tokens: dict[int, bool] = {}
        self._runs: dict[int, Span] = {}
        self.extra_actors: dict[int, list[Span]] = {}  # per trigger start: further actors a role stage listed
        self.actor_source = "word-order"  # the stage that found the actor of the event being read
        self.notes: list[str] = []  # decisions of the event being read (named in its rule)

    # -- adjunct nominal triggers -------------------------------------------
    def is_adjunct(self, span: Span, seg: Span) -> bool:
        """'... in a phone call', '... during talks': the trigger noun is an adjunct of the clause's verb."""
        doc = self.doc
        k = span.start - 1
        while k >= seg.start and span.start - k <= 4 and self.lower[k] in _DET_ADJ and self.lower[k] not in ("in", "to"):
            k -= 1
        return k >= seg.start and self.lower[k] in self.lex.get("adjunct_preps", ())

    def fronted_adjunct(self, span: Span, seg: Span) -> bool:
        """The adjunct phrase of the trigger noun opens its sentence ('In a phone call, ...', 'During a telephone call
        on Tuesday, ...')."""
        k = span.start - 1
        while k >= seg.start and span.start - k <= 4 and self.lower[k] in _DET_ADJ and self.lower[k] not in ("in", "to"):
            k -= 1
        return k == seg.start and self.lower[k] in self.lex.get("adjunct_preps", ())

    def fronted_adjunct_roles(self, span: Span, seg: Span, trig) -> tuple[Span | None, Span | None]:
        """(subject, object) of the main clause after a fronted adjunct phrase ('In a phone call, Obama congratulated
        Erdogan', 'During a telephone call on Tuesday, Smith told Jones ...'): the name right after the phrase's
        closing comma (after a determiner and titles) and the person named right after its verb (none after a verb of
        saying: 'X said Y had won' names what was said, not whom X spoke to)."""
        doc, lower = self.doc, self.lower
        c = next((i for i in range(span.end, min(seg.end, span.end + 10)) if self.texts[i] == ","), None)
        if c is None:
            return None, None
        j = c + 1
        while j < seg.end and j - c <= 4 and (lower[j] in ("the", "a", "an") or lower[j] in self.lex["title_nouns"]
                                               or lower[j] in self.lex["person_titles"]
                                               or lower[j] in ("prime", "foreign", "vice", "deputy")):
            j += 1
        if j >= seg.end or not self.name_at(j) or self._is_time(doc[j]):
            return None, None  # ("In a phone call, the president congratulated Y": no name for the caller)
        subj = self.unparen(self._run(doc[j]))
        if self.is_place(subj):
            return None, None
        v = subj.end
        while v < seg.end and v - subj.end < 3 and (lower[v] in _ADV_AUX or doc[v].pos_ in ("ADV", "AUX")):
            v += 1
        if v >= seg.end or doc[v].pos_ != "VERB":
            return None, None
        if lower[v] in self.lex["speech_verbs"]:
            return subj, None
        return subj, self.right_mention(doc[v: v + 1], seg, trig)

    def borrow(self, seg: Span, before: int) -> tuple[str, str | None] | None:
        """(actor, target) of the interaction event found earlier in the same segment, else None."""
        for ev in reversed(self.found):
            if ev["_sent"] == seg.start and ev["_head"] < before and ev["actor"] \
                    and ev["kind"] in ("congratulate", "call", "meet", "accuse"):
                if self._other_name_between(ev, before):
                    return None  # "While X offered congratulations, Y wished success in a phone call": Y's call
                return ev["actor"], ev["target"]
        return None

    def _other_name_between(self, ev: dict[str, Any], before: int) -> bool:
        """A person's name other than the event's actor and target between the event's trigger and token before."""
        for run in self.name_runs(ev["_head"] + 1, before, skip=self._trigger_tokens):
            name = self.name(run)
            if name and name not in (ev["actor"], ev["target"]) and self._person_entity(run):
                return True
        return False

    def after_preposition(self, m: Span) -> bool:
        """The mention stands after a preposition ('the riding of Papineau and his party won': no subject)."""
        k = m.start - 1
        while k >= 0 and self.lower[k] in ("the", "a", "an"):
            k -= 1
        # (a paragraph's line break is no preposition, whatever tag the tagger gave the whitespace)
        return k >= 0 and not self.doc[k].is_space and self.doc[k].pos_ == "ADP" and self.lower[k] not in ("'s", "’s")

    def is_place(self, m: Span | None) -> bool:
        """True when the mention is only a place name (GPE / LOC entity)."""
        if m is None:
            return False
        labels = {self._ent_of[t.i].label_ for t in m if t.i in self._ent_of}
        return bool(labels) and labels <= {"GPE"} and all(t.i in self._ent_of or t.is_punct for t in m)

    def place_entity(self, m: Span) -> bool:
        """The mention is tagged only as a place (GPE / LOC) and ends in a place name -- a country or place of
        claimx's entity data, or a word the article tags alone as a place ('Mother Ostria' after 'Ostria votes';
        the tagger's LOC on a person's name, 'Ada Mensah', does not count) -- and is no party the lexicon knows."""
        from ...mentions import _known_places
        from .data import _is_party
        labels = {self._ent_of[t.i].label_ for t in m if t.i in self._ent_of}
        if not labels or not labels <= {"GPE", "LOC"} or _is_party(m.text):
            return False
        last = m[-1].text
        return last.lower() in _known_places() or any(
            len(e) == 1 and e.label_ in ("GPE", "LOC") and e.text == last and e.start != m[-1].i for e in self._ents)

    def is_chamber(self, m: Span | None, name: str | None) -> bool:
        """The mention is a chamber the entity layer names ("Punjab Assembly", "House of Representatives": an entity
        with a chamber body and no party), or its name is one of the article's chamber names (the headline's "Punjab"
        the resolver ties to "Punjab Assembly"). A party named like a chamber ("National Democratic Congress") is no
        chamber: the entity layer gives it a party."""
        if self._chambers is None:
            chambers: set[str] = set()
            for e in self._ents:
                underscore = e._  # (each ``e._`` makes an Underscore object: read once)
                body, party = underscore.claimx_body, underscore.claimx_party
                if body and not party:
                    chambers.update((body, span_text(e)))
            self._chambers = chambers
        if name and name in self._chambers:
            return True
        if m is None:
            return False
        ents = {id(self._ent_of[t.i]): self._ent_of[t.i] for t in m if t.i in self._ent_of}
        return any(e._.claimx_body and not e._.claimx_party for e in ents.values())

    # -- segments: sentences cut at line breaks ---------------------------
    def same_sentence(self, a: Span, b: Span) -> bool:
        """``a.sent == b.sent`` (the sentences of their first tokens), by bisection over the Doc's sentence starts
        (``Span.sent`` walks the tokens to both sentence edges and makes two Spans)."""
        doc = self.doc
        if self._sents_hooked is None:  # (has_annotation reads every token: asked once per Doc)
            self._sents_hooked = "sent" in doc.user_span_hooks or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START")
        if self._sents_hooked:
            return a.sent == b.sent
        if self._sent_starts is None:  # (tokens before the first start share a sentence: 0 need not be one)
            self._sent_starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
        starts = self._sent_starts
        return bisect.bisect_right(starts, a.start) == bisect.bisect_right(starts, b.start)

    def segment(self, tok: Token) -> Span:
        """The sentence of tok, cut at line breaks; found from punctuation, not from the parser
        (a weak parser's sentence breaks would cut subjects off their verbs)."""
        if self._seg_starts is None:
            self._seg_starts = sorted(set(self._segment_starts()))
        k = bisect.bisect_right(self._seg_starts, tok.i) - 1
        start = self._seg_starts[k]
        seg = self._seg_spans.get(start)
        if seg is None:  # one Span per segment (a trigger asks for its segment several times)
            seg = self._seg_spans[start] = self.doc[start: self._seg_starts[k + 1]]
        return seg

    def _segment_starts(self) -> list[int]:
        """Token indices that start a segment: after a token that has or is followed by a line break,
        before a line-break space token, and after '.', '!', '?' followed by a capital, a quote or a
        digit. One pass over the Doc's word list (token_words), without building the text or making
        Tokens except after final punctuation: a line break is always inside a whitespace token (spaCy's
        tokenizer splits the text at every change between whitespace and other characters, and a token's
        trailing whitespace is one space)."""
        doc = self.doc
        texts = self.texts
        n = len(texts)
        starts = [0]
        if n >= 2:
            for k, w in enumerate(texts):
                if w in _FINAL_PUNCT:
                    if k <= n - 2 and (texts[k + 1][:1].isupper() or doc[k + 1].is_quote or doc[k + 1].is_digit):
                        starts.append(k + 1)
                elif "\n" in w:
                    if k >= 1:
                        starts.append(k)
                    if k <= n - 2:
                        starts.append(k + 1)
        starts.append(n)
        return starts

    # -- mentions ---------------------------------------------------------
