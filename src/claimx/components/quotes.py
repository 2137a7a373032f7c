"""claimx_quotes: direct quotes and their speakers.

Finds quotations (straight ``"``, curly \u201c \u201d, \u00ab \u00bb, and single \u2018 \u2019 / ``'``
only when a speech cue attributes them), follows them across paragraphs (a
paragraph that opens with a quotation mark continues an unclosed quote), joins a
quote split by its attribution (``"A," she said, "B."`` -> ``A, ... B.``), and
attributes each to a speaker:

========================  ====================================================
rule                      pattern
========================  ====================================================
quotes/after-said-np      ``"...," said Carney`` / ``"...," added the agency``
quotes/after-np-said      ``"...," Carney said`` / ``"...," the statement outlined``
quotes/before-np-said     ``Carney said: "..."`` / ``He told reporters, "..."``
quotes/according-to       ``according to X, "..."`` / ``"...", according to X``
quotes/colon              ``Carney: "..."`` (headlines, transcripts)
quotes/dash               ``"..." \u2014 Carney``
quotes/after-np-apposition  ``"...," Ana Ruiz, a lawmaker from the X party.``
                          (no verb: a name and its description)
quotes/embedded           a partial quote inside reported speech:
                          ``Trump told reporters the meeting was "great"``
quotes/colon-paragraph    ``Carney told the crowd:`` ending the paragraph before
quotes/continuation       a quote paragraph with no attribution continues the
                          previous quote's speaker
quotes/continuation-adjacent  a quote right after another one (nothing but
                          punctuation between) continues its speaker
quotes/context-subject    a first-person quote after a sentence (same or
                          previous paragraph) about a named person
quotes/headline-repeat    a headline / standfirst quote with no attribution
                          whose words a body quote repeats: that speaker
quotes/unattributed       a full-sentence quote with no speaker found
                          (speaker null, kind unknown)
========================  ====================================================

The rule goes on with the constructions met (``/split``: one quote cut by its
attribution; ``/paragraphs``: run over paragraphs that each open with a mark;
``/single-marks``: an article that quotes with single marks; ``/described-as``:
``Doe described it as "a farce"``) and ends with how the speaker was found:
``/speaker:name|pronoun|role|document|organization-noun|previous-quote|
sentence-before|clause-subject|unnamed-source|unknown``, e.g.
``quotes/colon-paragraph/paragraphs/speaker:name``.

Marks: straight, curly, low (\u201e \u201a), guillemets either way round; a straight
mark may close with a curly one; a wrong-way or stray curly mark closes a
quote; a closing mark with no opening one quotes from its paragraph's start;
two single marks typed for a double one (``''``, curly pairs, grave accents);
a quotation with a same-mark quotation inside runs to its paragraph's last
mark; an unclosed quote runs over paragraphs with no mark at all when a later
paragraph closes it with nothing after the mark (a statement).

Scare quotes and quoted titles (a quoted term with no speech cue in its
sentence) are not quotes.  Speakers are resolved with
:class:`claimx.mentions.MentionResolver` (fullest name, titles stripped,
pronouns and role nouns resolved, organisations through the documents they
issue).  The word lists are data: ``claimx/data/quotes/*.json``.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..batched import BatchedPipe
from ..extensions import add_draft
from ..mentions import MentionResolver, QuoteLexicon, _known_places, doc_text, load_lexicon

# opening mark -> closing mark: English, French/Spanish guillemets, German/Polish low marks, single and
# single guillemets; reversed guillemets (\u00bbtext\u00ab, German and Scandinavian style) are the last entry
OPEN_CLOSE = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c", "\u2018": "\u2019", "\u201a": "\u2019",
              "\u2039": "\u203a", "\u00bb": "\u00ab"}
# a second closing mark some styles use ("\u201eTak\u201d": Polish, Romanian, Hungarian)
ALT_CLOSE = {"\u201c": '"', "\u201e": "\u201d", "\u201a": "\u2018"}
SINGLE_OPENERS = {"\u2018", "'", "\u201a", "\u2039"}
_OPENER_CHARS = re.compile("[\u201c\u00ab\u201e\"\u2018'\u201a\u2039\u00bb]")
_TERMINAL = re.compile(r"[.!?](?:[\"\u201d\u2019']?)\s+(?=[\"\u201c\u2018'(\[]?[A-Z0-9])")
_ABBREV = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Col|Capt|Sgt|St|Jr|Sr|Inc|Ltd|Co|No|vs|U\.S|U\.K|a\.m|p\.m)\.)$")

STOP_LEFT = {",", ";", ":", "(", ")", "[", "]", "\u2014", "\u2013", "--", "\"", "\u201c", "\u201d", "\u00ab", "\u00bb", "\u2018", "\u2019"}
CLAUSE_WORDS = {"that", "and", "but", "as", "when", "while", "because", "after", "before", "since", "if", "though",
                "although", "where", "which", "who", "whom", "so", "then", "than", "or", "nor", "yet", "once", "until"}
# ", who takes office in March,", ", which she leads,": a relative clause set off by commas
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|whose|which)\b[^,\"\u201c\u201d]*,")
# "after the results", "since his election": a time preposition before a noun phrase, no clause
_TIME_PREPS = frozenset(("after", "before", "since", "until"))
_NP_START = frozenset(("the", "a", "an", "his", "her", "their", "its", "last", "this", "that"))


def _clause_word_in(words: list[str]) -> bool:
    """A word that opens a clause among ``words`` (lower case, stripped) -- not a time preposition before a noun
    phrase ("said in a call after the results")."""
    return any(w in CLAUSE_WORDS and not (w in _TIME_PREPS and i + 1 < len(words) and words[i + 1] in _NP_START)
               for i, w in enumerate(words))


# words dropped from the start of a noun phrase ("and Jane Doe", "but officials")
_NP_LEAD_WORDS = frozenset({"and", "but", "then", "so", "also", "what"} | CLAUSE_WORDS)
ADVERB_GAP = {"also", "later", "then", "again", "previously", "earlier", "once", "further", "repeatedly", "simply",
              "recently", "reportedly", "quickly", "has", "had", "have", "was", "is", "were", "would", "will", "had",
              "could", "did", "does", "do", "subsequently", "separately", "publicly", "privately", "famously",
              "bluntly", "flatly", "firmly", "then", "now", "not", "never", "once", "clearly", "proudly", "simply",
              "explicitly", "emphatically"}
NP_STOP_RIGHT = {"in", "on", "at", "during", "after", "before", "when", "while", "as", "to", "that", "who", "which",
                 "on", "about", "with", "into", "from", "last", "this", "yesterday", "today", "tomorrow", "on",
                 "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later",
                 "and", "but", "adding", "saying", "noting", "according", "told", "said", "in"}


_INTRODUCES_NEXT = re.compile("[,:]\\s*[\"\u201c\u00ab\u2018]")
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_TIME_LINKS = frozenset({"after", "before", "as", "when", "while", "since", "until", "once"})
_NOT_IN_NP = frozenset({"case", "punct", "mark", "cc", "fixed", "prep", "advmod"})  # left dependents outside a noun phrase
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"})
# the personal pronouns that can be a clause's subject, never modified within their own phrase
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we", "i", "it"))
_AUX_WORDS = frozenset({"was", "is", "were", "are", "has", "had", "have", "will", "would", "could", "can", "did",
                        "does", "may", "might", "should", "must", "remains", "remained", "seemed", "appeared"})


def _forms(lemmas: frozenset[str]) -> frozenset[str]:
    """Inflected forms of speech verbs, so that a pipeline without a lemmatizer still finds them."""
    irregular = {
        "say": ["said", "says", "saying"], "tell": ["told", "tells", "telling"], "write": ["wrote", "writes", "writing", "written"],
        "speak": ["spoke", "speaks", "speaking", "spoken"], "put": ["puts", "putting"], "read": ["reads", "reading"],
        "think": ["thought", "thinks", "thinking"], "feel": ["felt", "feels", "feeling"], "give": ["gave", "gives", "giving", "given"],
        "begin": ["began", "begins", "beginning", "begun"], "cry": ["cried", "cries", "crying"],
        "go": ["went", "goes", "going", "gone"], "hit": ["hits", "hitting"], "cut": ["cuts", "cutting"],
        "break": ["broke", "breaks", "breaking", "broken"], "swear": ["swore", "swears", "swearing", "sworn"], "spell": ["spelled", "spelt", "spells", "spelling"],
    }
    out: set[str] = set()
    for lem in lemmas:
        out.add(lem)
        if lem in irregular:
            out.update(irregular[lem])
            continue
        if lem.endswith("e"):
            out.update({lem + "s", lem + "d", lem[:-1] + "ing"})
        elif lem.endswith("y") and lem[-2:-1] not in "aeiou":
            out.update({lem[:-1] + "ies", lem[:-1] + "ied", lem + "ing"})
        else:
            out.update({lem + "s", lem + "ed", lem + "ing"})
            if re.search(r"[^aeiou][aeiou][bdgmnprt]$", lem) and len(lem) <= 4:
                out.update({lem + lem[-1] + "ed", lem + lem[-1] + "ing"})
        if lem == "emphasise":
            out.add("emphasised")
    return frozenset(out)


# A quote's sentence reaches at most this many characters before its opening mark and after its closing mark
# (news sentences run to a few hundred: the longest stretch beside a quote in the dev articles is ~250).
# A longer "sentence" is no prose (a run of quote marks, a flattened table): without the bound, every quote of
# such a run would walk the whole run's tokens, and the cost would grow with the square of its length.
MAX_SENTENCE_SIDE = 600
# A quote's sentence holds at most this many quotes (its own included) for reported speech read across them
# ('Doe called the plan "bold" and "overdue", adding ...'; the most beside one quote in the dev articles and the
# seed corpus is 4). More is no prose (a run of quote marks): such a quote is read against its neighbouring
# quotes only, so the cost per quote stays bounded however dense the run (it was the number of quotes
# within MAX_SENTENCE_SIDE characters: 200 x '"“‘' cost 10x a normal article of the same size).
MAX_SENTENCE_QUOTES = 16
_DOUBLE_MARKS = re.compile('[\u201c\u201d"\u00ab\u00bb\u201e]')
_SINGLE_OPENING = re.compile("(?:^|[\\s(\\[\u2014\u2013-])[\u2018'][A-Za-z]", re.MULTILINE)


def _single_quote_style(text: str) -> bool:
    """British house style: the article quotes with single marks ("He said: \u2018We will win.\u2019") and has no
    double marks at all.  Then single marks are its quotation marks (they may run over paragraphs, need no strong
    speech verb) instead of the marks of a headline's or a term's quote."""
    return _DOUBLE_MARKS.search(text) is None and len(_SINGLE_OPENING.findall(text)) >= 2


def _bracketed(toks: list[Token]) -> int:
    """How many of ``toks`` are a bracketed aside, brackets included ("Ivo Brandt [ who faces a vote ] said")."""
    n, depth = 0, 0
    for t in toks:
        if t.text in ("[", "("):
            depth += 1
        if depth:
            n += 1
        if t.text in ("]", ")") and depth:
            depth -= 1
    return n


def _before_aside(left: list[Token]) -> list[Token]:
    """The words before the speech verb without the aside that closes them: a bracketed one ("Ivo Brandt [ who faces
    a vote ] said") or a relative clause between commas ("Brandt, who faces a vote that could oust him, said")."""
    if left and left[-1].text in ("]", ")"):
        opener = "[" if left[-1].text == "]" else "("
        j = next((j for j in range(len(left) - 2, -1, -1) if left[j].text == opener), None)
        if j is not None and j > 0:
            return left[:j]
    if left and left[-1].text == ",":
        j = next((j for j in range(len(left) - 2, -1, -1) if left[j].text == ","), None)
        if j is not None and j > 0 and j + 1 < len(left) and left[j + 1].lower_ in ("who", "whose", "which"):
            return left[:j]
    return left


_TIME_WORDS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
                         "tonight", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year"))
_TIME_LEADS = frozenset(("on", "in", "at", "late", "early", "last", "this", "that", "earlier", "later", "during"))


def _without_time_tail(left: list[Token]) -> list[Token]:
    """The words before the speech verb without a time phrase that ends them ("a readout from the White House on
    Thursday said": the readout said, not "Thursday")."""
    k = len(left)
    while k > 0 and left[k - 1].lower_ in _TIME_WORDS:
        k -= 1
    if k == len(left):
        return left
    while k > 0 and left[k - 1].lower_ in _TIME_LEADS:
        k -= 1
    return left[:k] if 0 < k < len(left) and left[k].lower_ in _TIME_LEADS else left


# the marks of a dash-delimited aside ("X - whose party lost six seats - said")
_ASIDE_DASHES = frozenset(("-", "\u2013", "\u2014", "--"))

# verbs that carry a speech on: their subject, when the article names no one by it, is the previous quote's speaker
_GOING_ON_VERBS = frozenset(("continue", "add", "go"))


@dataclass
class Segment:
    """One run of quoted words between an opening and a closing mark (possibly across paragraphs)."""

    open: int  # char offset of the opening mark
    close: int  # char offset just after the closing mark (or the paragraph end when unclosed)
    inner: list[tuple[int, int]]  # inner text ranges (one per paragraph)
    single: bool = False
    closed: bool = True
    para: int = 0  # index of the paragraph it starts in
    parts: list["Segment"] = field(default_factory=list)

    def words(self, text: str) -> str:
        return " ".join(text[a:b].strip() for a, b in self.inner if text[a:b].strip())


@dataclass
class Attribution:
    rule: str
    start: int
    end: int
    subject: Span | Token | None
    verb: Token | None
    confidence: float
    adjacent: bool = True


# a quotation mark left in a narrated sentence once its quoted fragments are out (an apostrophe between letters is
# none: "party’s")
_STRAY_MARK = re.compile(r"[\"\u201c\u201d\u2018]|(?<!\w)\u2019|\u2019(?!\w)")


# days and months: the head of a time phrase, never a speaker
_TIME_WORDS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight",
                         "yesterday", "january", "february", "march", "april", "june", "july", "august", "september",
                         "october", "november", "december", "morning", "evening", "afternoon", "night", "week", "weekend"))


def _quotes_more_than_fragments(sentence: str) -> bool:
    """Whether a narrated sentence quotes speech: a stretch in quotation marks of more than four words, or a mark
    left open. 'He said he "stuck by" his view that ...' only cites a fragment: it is still narration about a
    speaker."""
    rest = sentence
    for m in re.finditer(r"[\"\u201c\u2018]([^\"\u201c\u201d\u2018\u2019]*)[\"\u201d\u2019](?!\w)", sentence):
        if len(m.group(1).split()) > 4:
            return True
        rest = rest.replace(m.group(0), " ", 1)
    return bool(_STRAY_MARK.search(rest))


class QuotesComponent(BatchedPipe):
    """spaCy component: emits ``quote`` drafts (see the module docstring for the rules)."""

    def __init__(self, nlp: Language, name: str, min_unattributed_words: int = 6):
        self.name = name
        self.min_unattributed_words = min_unattributed_words
        self.lex: QuoteLexicon = load_lexicon()
        self.verb_forms = _forms(self.lex.verbs)
        self.strong_forms = _forms(self.lex.strong_verbs)
        self.naming_forms = _forms(self.lex.naming_verbs)  # (the forms of each verb: _forms works verb by verb)
        lex = self.lex
        self.pronouns = lex.person_pronouns | lex.org_pronouns | lex.plural_pronouns | lex.first_person
        # "he pointed out", "she went on": every form of the verb with its particle
        self.phrasal_pairs = frozenset((form, particle) for verb, particle in lex.phrasal_verbs for form in _forms(frozenset({verb})))
        self.describing_forms = _forms(lex.describing_verbs)

    # -- spaCy serialisation (the lexicon ships with the package; the settings are saved) --
    def to_disk(self, path, exclude=()):  # noqa: ANN001
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "cfg.json").write_text(json.dumps({"min_unattributed_words": self.min_unattributed_words}))

    def from_disk(self, path, exclude=()):  # noqa: ANN001
        cfg = Path(path) / "cfg.json"
        if cfg.is_file():
            self.min_unattributed_words = json.loads(cfg.read_text()).get("min_unattributed_words", self.min_unattributed_words)
        return self

    # -- main ---------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._process(doc)
        finally:
            # per-call state: the component must not keep the last Doc (or its Tokens) alive
            self._doc, self._tok_starts, self._sent_before, self._sent_after = None, [], [], []
            self._seg_opens, self._seg_closes = [], []
            self._words, self._word_starts, self._word_at = [], [], []

    def _process(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if _OTHER_MARKS_RE.search(text):
            # (one character for one: every offset still points the same)
            text = _OTHER_MARKS_RE.sub(lambda m: m.group().translate(_OTHER_MARKS), text)
        if not any(c in text for c in "\"\u201c\u201d\u00ab\u00bb\u201e\u2018'\u2039"):
            return doc
        if _PAIRED_SINGLES.search(text):
            text = _double_apostrophes(text)
        self._doc = doc
        self._described_at = None  # person nouns -> their token indexes, made on first use (_introduced_as)
        self._single_style = _single_quote_style(text)
        paras = self._paragraphs(text)
        segments = self._segments(text, paras)
        if not segments:
            return doc
        resolver = MentionResolver.for_doc(doc, self.lex)
        resolver.set_quoted([(s.open, s.close) for s in segments])
        self._tok_starts = resolver.token_starts
        # the Doc's tokens that are not white space (nor a doubled single mark), found from the token strings:
        # the tokens of a stretch of text are a slice of them, each Token object made once, when first asked for
        # (see _word_tokens)
        texts = resolver._texts
        space = resolver._is_space
        self._word_at = [i for i, w in enumerate(texts) if not space[i] and w not in _PAIRED_SINGLE_TOKENS]
        self._word_starts = [self._tok_starts[i] for i in self._word_at]
        self._words = [None] * len(self._word_at)
        self._seg_opens = [s.open for s in segments]  # segments are disjoint and in text order
        self._seg_closes = [s.close for s in segments]
        attrs = {id(seg): self._attribute(text, seg, segments, paras, k) for k, seg in enumerate(segments)}
        groups = self._group(text, segments, attrs)
        prev_para_speaker: tuple[int, str | None, str] | None = None
        prev_quote: tuple[int, str | None, str] | None = None  # (end, speaker, kind) of the quote just emitted
        headline_short: list[tuple[Segment, Segment, str]] = []  # short unattributed quotes of the headline / standfirst
        for group in groups:
            first, last = group[0], group[-1]
            words = " ... ".join(s.words(text) for s in group)
            if not words.strip():
                continue
            attr = None
            for seg in group:
                attr = attrs[id(seg)]
                if attr is not None:
                    break
            single = all(s.single for s in group)
            n_words = len(words.split())
            speaker, kind = None, "unknown"
            rule, conf = "quotes/unattributed", 0.5
            cue = None
            going_on = False  # the speaker is the previous quote's, by a verb of going on
            if attr is not None:
                if attr.subject is not None:
                    speaker, kind = resolver.resolve(attr.subject, prefer_speaker=False)
                    subj = attr.subject
                    if kind == "person" and speaker and _named_inside(speaker, words) and _is_pronoun(subj, self.pronouns):
                        # '"I have spoken to ... Anthony Albanese, and I've congratulated him," he told ...': the
                        # quotation names that person in the third person, so "he" is someone else
                        speaker, kind = resolver.resolve(subj, prefer_speaker=False, exclude=frozenset({speaker}))
                    if self._unnamed_source(attr) is not None:
                        speaker, kind = None, "unknown"  # "a senior Tory source": described, not named
                    org = self._org_antecedent(text, first, paras, subj)
                    if org is not None:
                        # 'The electoral commission said ... "...," it said.': "it" is the organisation the
                        # sentence before is about, even in lower case
                        hit = resolver.resolve(org, prefer_speaker=False)
                        if hit[0]:
                            speaker, kind = hit
                    # a tagger may run a verb into the noun phrase ("the finance minister resigns"): drop trailing words
                    while speaker is None and isinstance(subj, Span) and len(subj) > 1 and subj[-1].is_lower \
                            and subj[-1].lower_ not in self.lex.unnamed_sources and subj[-1].lower_ not in self.lex.role_titles:
                        subj = subj[:-1]
                        speaker, kind = resolver.resolve(subj, prefer_speaker=False)
                # "the statement said": the issuer the sentence before names comes before any organisation the
                # resolver would take for a bare document noun
                issuer = self._statement_issuer(text, first, paras, attr, resolver)
                if issuer is not None:
                    speaker, kind = issuer
                if speaker is None and prev_quote is not None and prev_quote[1] and attr.verb is not None \
                        and attr.verb.lemma_.lower() in _GOING_ON_VERBS and self._unnamed_source(attr) is None:
                    # "The former prime minister, who led ..., continued: “...”": a description the article gives no
                    # one, with a verb of going on, is the speaker of the quotation before
                    speaker, kind = prev_quote[1], prev_quote[2]
                    going_on = True
                if speaker is None:
                    speaker, kind = None, "unknown"
                rule, conf = attr.rule, attr.confidence
                cue = " ".join(text[attr.start : attr.end].split()).strip(" ,:;") or None
            else:
                if single:
                    continue
                # continuation of the previous quote's speaker: a quote that opens its paragraph
                opens_para = self._opens_paragraph(text, first, paras) and self._ends_paragraph(text, last, paras)
                # ('"I have conveyed my best wishes to Y." Jonathan's admission of defeat came ...': a quote that opens
                # the paragraph right after a quoted speaker's, narration after it naming no other speaker)
                opens_next = self._opens_paragraph(text, first, paras) and prev_para_speaker is not None \
                    and first.para - prev_para_speaker[0] == 1 and text[first.open] in ("\"", "\u201c") \
                    and self._next_person_is(doc, last.close, paras[last.para][1], prev_para_speaker[1], resolver)
                ctx = None if single else self._context_subject(text, first, paras, words, resolver)
                if prev_quote is not None and prev_quote[1] and not text[prev_quote[0] : first.open].strip(" .,;\u2014\u2013-"):
                    # '‘We won.’ ‘We will govern.’': a quote right after another (nothing between) goes on
                    speaker, kind = prev_quote[1], prev_quote[2]
                    rule, conf = "quotes/continuation-adjacent", 0.7
                elif (opens_para or opens_next and ctx is None) and prev_para_speaker is not None and (first.para - prev_para_speaker[0] == 1 or (
                        first.para - prev_para_speaker[0] == 2 and ctx is None)):
                    # (a paragraph about someone else in between: that person's, by the context rule below)
                    speaker, kind = prev_para_speaker[1], prev_para_speaker[2]
                    rule, conf = "quotes/continuation", 0.7
                elif ctx is not None:
                    speaker, kind = ctx
                    rule, conf = "quotes/context-subject", 0.6
                elif not self._looks_like_speech(words, first, text, paras):
                    if first.para <= 1 and len(group) == 1 and not self._is_term(text, first, words, None):
                        headline_short.append((first, last, words))  # kept if the body quotes it with a speaker
                    continue
            # (a headline quotes with single marks: there any speech verb cues them, "PM vows ‘no surrender’")
            headline = first.para == 0 and len(paras) > 1
            if single and (attr is None or (attr.verb is None and attr.rule not in ("quotes/colon", "quotes/according-to"))
                           or (attr.verb is not None and not headline and not self._is_speech(attr.verb, strong=True)
                               and not self._described_as(text, first, attr))):
                # single quotation marks are speech only with a clear cue (a strong speech verb, or a describing
                # verb's "as": 'she described the years as ‘the most fulfilling of my life’'); otherwise a term
                continue
            if attr is not None and attr.rule == "quotes/embedded" and not self._embedded_ok(words, attr) \
                    and not self._described_as(text, first, attr):
                continue
            if len(group) == 1 and self._is_term(text, first, words, attr):
                continue
            if len(group) == 1 and speaker is None and n_words < 4 and self._described_as(text, first, attr):
                continue  # "described as "x"" with no speaker the article names: a label, not a quote
            if kind == "unknown":
                speaker = self._unnamed_source(attr) or self._introduced_as(attr)
            full_rule = self._rule_name(text, rule, group, attr, speaker, kind, paras)
            if going_on:
                full_rule = full_rule.rsplit("/speaker:", 1)[0] + "/speaker:previous-quote-going-on"
            start, end = first.open, last.close
            if attr is not None and attr.adjacent:
                start, end = min(start, attr.start), max(end, attr.end)
            for p_start, p_end, p_words in self._paragraph_parts(text, group, words, start, end):
                # one claim per paragraph of a speech run over paragraphs (as a reader cites them)
                add_draft(doc, {
                    "type": "quote", "start": p_start, "end": p_end, "rule": full_rule, "confidence": conf,
                    "quote": p_words, "speaker": speaker, "speaker_kind": kind, "cue": cue,
                })
            prev_quote = (last.close, speaker, kind)
            if speaker:
                resolver.note_speaker(first.open, speaker, kind)  # type: ignore[arg-type]
                end_para = next((k for k, (pa, pb) in enumerate(paras) if pa <= last.close - 1 <= pb), last.para)
                prev_para_speaker = (end_para, speaker, kind)
            elif rule != "quotes/continuation":
                prev_para_speaker = None
        self._headline_repeats(doc, paras, headline_short)
        return doc

    @staticmethod
    def _headline_repeats(doc: Doc, paras: list[tuple[int, int]], short: list[tuple[Segment, Segment, str]]) -> None:
        """'"Monsieur Zen is fine".' as a headline or standfirst, and in the body 'he said: "Monsieur Zen is
        fine."': a quote of the first two paragraphs with no attribution of its own is the speaker's whose body
        quote repeats its words (at least 80% of them).  Unattributed headline quotes get that speaker; short ones
        (dropped as not speech-like) are kept when such a body quote exists."""
        drafts = [d for d in (doc._.claimx_drafts or []) if d.get("type") == "quote"]
        if not drafts or len(paras) < 3:
            return
        head_end = paras[1][1]
        said = [(set(_WORDS.findall(d["quote"].lower())), d) for d in drafts if d.get("speaker") and d["start"] > head_end]
        if not said:
            return

        def body_quote(words: str) -> dict | None:
            ws = set(_WORDS.findall(words.lower()))
            return next((d for bw, d in said if ws and len(ws & bw) >= 0.8 * len(ws)), None) if ws else None

        for d in drafts:
            if d.get("speaker") is None and d["start"] <= head_end and d["rule"].startswith("quotes/unattributed"):
                hit = body_quote(d["quote"])
                if hit is not None:
                    d["speaker"], d["speaker_kind"] = hit["speaker"], hit["speaker_kind"]
                    d["rule"], d["confidence"] = "quotes/headline-repeat/speaker:body-quote", 0.7
        for first, last, words in short:
            hit = body_quote(words)
            if hit is not None:
                add_draft(doc, {
                    "type": "quote", "start": first.open, "end": last.close, "rule": "quotes/headline-repeat/speaker:body-quote",
                    "confidence": 0.7, "quote": words, "speaker": hit["speaker"], "speaker_kind": hit["speaker_kind"], "cue": None,
                })

    @staticmethod
    def _paragraph_parts(text: str, group: list[Segment], words: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """(start, end, words) of each claim a quote group makes: one per paragraph when a single quotation runs
        over paragraphs (each paragraph opening with a mark), else the group as one claim."""
        seg = group[0]
        if len(group) > 1 or len(seg.inner) < 2:
            return [(start, end, words)]
        parts = []
        for k, (a, b) in enumerate(seg.inner):
            p_words = text[a:b].strip()
            if not p_words:
                continue
            p_start = start if k == 0 else max(a - 1, 0)
            p_end = end if k == len(seg.inner) - 1 else b
            parts.append((p_start, p_end, p_words))
        return parts or [(start, end, words)]

    # -- naming the decisions ---------------------------------------------------
    def _rule_name(self, text: str, rule: str, group: list[Segment], attr: Attribution | None, speaker: str | None,
                   kind: str, paras: list[tuple[int, int]]) -> str:
        """The claim's ``rule``: how the attribution was found, the constructions met, and how the speaker was
        resolved, e.g. ``quotes/colon-paragraph/paragraphs/speaker:pronoun``."""
        first = group[0]
        parts = [rule]
        if attr is not None and not attr.adjacent and attr.start < paras[first.para][0]:
            parts[0] = "quotes/colon-paragraph"  # 'Doe told the crowd:' ending the paragraph before
        if len(group) > 1:
            parts.append("split")  # '"A," she said, "b."'
        if any(len(seg.inner) > 1 for seg in group):
            parts.append("paragraphs")  # run over paragraphs that each open with a mark
        if self._single_style and text[first.open] in SINGLE_OPENERS:
            parts.append("single-marks")
        if self._described_as(text, first, attr):
            parts.append("described-as")
        parts.append("speaker:" + self._speaker_how(rule, attr, speaker, kind))
        return "/".join(parts)

    def _unnamed_source(self, attr: Attribution | None) -> str | None:
        """'a senior party source told the BBC it was "50/50"': a speaker the article describes but does not
        name keeps the description ("senior party source"; speaker_kind stays "unknown")."""
        subj = attr.subject if attr is not None else None
        if not isinstance(subj, Span) or len(subj) > 6 or subj[-1].lower_ not in self.lex.unnamed_sources:
            return None
        earlier = self._introduced_as(attr)
        if earlier:
            return earlier  # "the official" after "a senior administration official": the fuller description
        words = [t.text for t in subj if not t.is_punct]
        while words and words[0].lower() in ("a", "an", "the", "one", "some", "several", "two", "three", "many"):
            words = words[1:]
        if not words or any(w.lower() in self.pronouns for w in words):
            return None
        return " ".join(words)

    def _introduced_as(self, attr: Attribution | None) -> str | None:
        """'They spoke for an hour, according to a senior administration official. "...," the official said.':
        news introduces an unnamed speaker once with an indefinite description ("a senior administration
        official", "a party spokeswoman", "an aide to the governor") and then refers back with the bare definite
        noun ("the official", "the spokeswoman", "the aide").  The speaker is the description that introduced
        them: the last earlier "a/an ... NOUN" with the same noun, outside quotations, that adds words to it.
        None for anything but a bare "the NOUN" of a person noun, or when no such introduction precedes."""
        subj = attr.subject if attr is not None else None
        if not isinstance(subj, Span) or len(subj) != 2 or subj[0].lower_ != "the" or self._doc is None:
            return None
        head = subj[-1].lower_
        if head not in self.lex.unnamed_sources and head not in self.lex.role_titles:
            return None
        if self._described_at is None:  # one pass over the Doc, on the first bare definite speaker noun
            nouns = self.lex.unnamed_sources | self.lex.role_titles
            self._described_at = {}
            for t in self._doc:
                if t.lower_ in nouns:
                    self._described_at.setdefault(t.lower_, []).append(t.i)
        for i in reversed(self._described_at.get(head, [])):
            if i >= subj.start:
                continue
            t = self._doc[i]
            k = bisect.bisect_right(self._seg_opens, t.idx) - 1
            if k >= 0 and t.idx < self._seg_closes[k]:
                continue  # (a noun inside a quotation introduces no one)
            # the noun's own words: its left dependents but not a preposition ("according to") or punctuation
            lo = min((c.left_edge.i for c in t.lefts if c.dep_ not in _NOT_IN_NP), default=i)
            np = [w for w in self._doc[lo : i + 1] if not w.is_punct]
            if not np or np[0].lower_ not in ("a", "an"):
                continue  # ("the official" again: look further back for the introduction)
            desc = [w.text for w in np[1:]]
            return " ".join(desc) if len(desc) >= 2 else None
        return None

    def _speaker_how(self, rule: str, attr: Attribution | None, speaker: str | None, kind: str = "person") -> str:
        if not speaker:
            return "unknown"
        if kind == "unknown":
            return "unnamed-source"
        if rule.startswith("quotes/continuation"):
            return "previous-quote"
        if rule == "quotes/context-subject":
            return "sentence-before"
        subj = attr.subject if attr is not None else None
        if subj is None:
            return "name"
        toks = [subj] if isinstance(subj, Token) else list(subj)
        words = [t.lower_ for t in toks]
        if len(words) == 1 and words[0] in self.pronouns:
            return "pronoun"
        if any(w.endswith("-year-old") or w == "year" for w in words) or any(p.match(" ".join(words)) for p in self.lex.person_anaphors):
            return "description"  # "the 71-year-old veteran": points back like a pronoun
        if attr is not None and attr.verb is not None and self._doc is not None and subj is not None \
                and not any(t.i < attr.verb.i for t in toks) and attr.rule not in ("quotes/after-said-np",):
            return "clause-subject"  # ("..., adding that": the sentence's subject)
        if any(t.text[:1].isupper() and t.lower_ not in self.lex.titles and t.lower_ not in _DETERMINERS for t in toks) \
                and not self._is_role_np(toks):
            return "name"
        if kind == "organization" and any(w in self.lex.org_nouns for w in words):
            return "organization-noun"  # ("the PM house", "the office of the president": a role word naming an office)
        if self._is_role_np(toks) or any(w in self.lex.role_titles for w in words):
            return "role"
        if any(w in self.lex.doc_nouns for w in words):
            return "document"
        if any(w in self.lex.org_nouns for w in words):
            return "organization-noun"
        return "description"

    # -- finding quotation segments ------------------------------------------
    @staticmethod
    def _paragraphs(text: str) -> list[tuple[int, int]]:
        out = []
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                out.append((pos, pos + len(line)))
            pos += len(line) + 1
        return out

    def _segments(self, text: str, paras: list[tuple[int, int]]) -> list[Segment]:
        segs: list[Segment] = []
        carry: Segment | None = None  # an unclosed quote waiting for a continuing paragraph
        unmarked: list[tuple[int, int]] = []  # paragraphs with no mark at all after ``carry``'s (see below)
        for pi, (a, b) in enumerate(paras):
            line = text[a:b]
            i = 0
            n = len(line)
            lead = len(line) - len(line.lstrip())
            if carry is not None and unmarked and line[lead : lead + 1] in ("\u201c", '"', "\u00ab", "\u2018", "'"):
                # a paragraph of narration with no mark came between: the open quote ended with its own paragraph,
                # and this mark opens a new quote ('... to resign, Medvedev said in his statement. // Putin told his
                # ministers ... // "I want to thank you," he said.')
                carry, unmarked = None, []
            if carry is not None:
                if line[lead : lead + 2] in ('""', "\u201c\u201c"):
                    lead += 1  # a doubled opening mark (a typing slip) opens once
                if line[lead : lead + 1] in ("\u201c", '"', "\u00ab", "\u2018", "'"):
                    # continues the open quote: find its close in this paragraph
                    close_char = {"\u201c": "\u201d", '"': '"', "\u00ab": "\u00bb", "\u2018": "\u2019", "'": "'"}[line[lead]]
                    j = self._find_close(line, lead + 1, close_char, line[lead])
                    if j is None:
                        carry.inner.append((a + lead + 1, b))
                        carry.close = b
                        continue
                    carry.inner.append((a + lead + 1, a + j))
                    carry.close = a + j + 1
                    carry.closed = True
                    carry = None
                    i = j + 1
                else:
                    head = self._headless_quote(line, lead)
                    if head is None and not _ANY_MARK.search(line) and len(unmarked) < 10:
                        # 'X made the following statement:\n"The results ...\nI believe ...\n... open hearts."': a
                        # statement whose inner paragraphs open with no mark; they belong to the quote only if a
                        # later paragraph closes it with nothing after the mark
                        unmarked.append((a + lead, b))
                        continue
                    if head is not None and (not unmarked or not line[head + 1 :].strip(" .,;")):
                        # the open quote goes on in a paragraph that lost its opening mark, up to the closing one
                        carry.inner.extend(unmarked)
                        carry.inner.append((a + lead, a + head))
                        carry.close = a + head + 1
                        carry.closed = True
                        i = head + 1
                    carry = None
                unmarked = []
            elif pi > 0:
                head = self._headless_quote(line, lead)
                if head is not None:
                    # 'We will win,” she said.': the opening mark was lost; the quote runs from the paragraph start
                    segs.append(Segment(a + lead, a + head + 1, [(a + lead, a + head)], False, True, pi))
                    i = head + 1
            # per line, once: where its straight marks are (how many follow a mark, by bisection) and its last
            # closing guillemet -- not a count or a search of the rest of the line at every mark
            straight_at = [k for k, c in enumerate(line) if c == '"'] if '"' in line else []
            last_guillemet = line.rfind("\u00ab")
            while i < n:
                nxt = _OPENER_CHARS.search(line, i)  # only these characters can open a quote
                if nxt is None:
                    break
                i = nxt.start()
                ch = line[i]
                opener = None
                if ch in ("\u201c", "\u00ab", "\u201e"):
                    opener = ch
                elif ch == "\u00bb" and i + 1 < n and line[i + 1].isalpha() and last_guillemet > i:
                    opener = ch  # reversed guillemets: \u00bbWir schaffen das\u00ab
                elif ch == "\u2039" and i + 1 < n and line[i + 1].isalpha():
                    opener = ch
                elif ch == '"' and (self._can_open(line, i) or (len(straight_at) - bisect.bisect_left(straight_at, i)) % 2 == 0):
                    # not inside a quote: a straight mark opens one (even with odd spacing) when it has a partner
                    opener = ch
                elif ch in ("\u2018", "'", "\u201a") and self._can_open(line, i) and i + 1 < n and line[i + 1].isalpha():
                    opener = ch
                if opener is None:
                    i += 1
                    continue
                close_char = OPEN_CLOSE.get(opener, opener)
                if opener == '"':
                    close_char = '"'
                single = opener in SINGLE_OPENERS and not self._single_style
                j = self._find_close(line, i + 1, close_char, opener)
                if j is None and opener in ALT_CLOSE:
                    j = self._find_close(line, i + 1, ALT_CLOSE[opener], opener)
                if j is None and not single:
                    j = self._nested_close(line, i, close_char)
                if j is None:
                    if single:
                        i += 1
                        continue
                    seg = Segment(a + i, b, [(a + i + 1, b)], single, False, pi)
                    segs.append(seg)
                    # an unclosed quote goes on in the next paragraph when it reads as the start of a speech (it
                    # opens its paragraph, follows "said:" / a comma, or runs long), not when it is a stray
                    # mark before a few words ('spoke about the “new deal for the city.')
                    intro = line[:i].rstrip()
                    if not intro or intro.endswith((":", ",")) or len(line[i + 1 :].split()) >= 8:
                        carry = seg
                    break
                segs.append(Segment(a + i, a + j + 1, [(a + i + 1, a + j)], single, True, pi))
                i = j + 1
        return [s for s in segs if s.words(text)]

    @staticmethod
    def _nested_close(line: str, i: int, close_char: str) -> int | None:
        """'"I believe that saying "yes" to one group would be poor culture."': a quotation with a quotation inside
        it typed with the same marks.  The inner opening mark makes the closing search give up (it reads as a new
        quote); when the paragraph ends with a closing mark right after a sentence end and the inner marks pair
        up, the quotation runs to that last mark."""
        end = len(line.rstrip()) - 1
        if end <= i + 1 or line[end] != close_char or line[end - 1] not in ".!?,…":
            return None
        inner = line[i + 1 : end]
        if close_char == '"' and inner.count('"') % 2:
            return None
        return end

    @staticmethod
    def _headless_quote(line: str, lead: int) -> int | None:
        """A closing curly mark with no opening mark before it in its paragraph, followed by an attribution-like
        comma or dash ('We will win,” she said.'): the index of the mark, else None."""
        j = line.find("\u201d", lead)
        if j == -1 and line.count('"') == 1:
            # a straight mark alone in its paragraph, after a sentence's end and before its attribution
            # ('They do not reflect reality," said Doe'): it can only close
            j = line.find('"')
            if line[j + 1 : j + 2] not in (" ", ",", ""):
                return None
        if j <= lead or any(c in line[:j] for c in "\u201c\"\u00ab\u201e"):
            return None
        if line[j - 1] not in ",.!?\u2014\u2013-" or len(line[lead:j].split()) < 3:
            return None
        return j

    @staticmethod
    def _can_open(line: str, i: int) -> bool:
        prev = line[i - 1] if i > 0 else " "
        nxt = line[i + 1] if i + 1 < len(line) else " "
        return (prev.isspace() or prev in "([{\u2014\u2013-:/,;") and not nxt.isspace()

    @staticmethod
    def _find_close(line: str, start: int, close_char: str, opener: str) -> int | None:
        j = start
        stray = QuotesComponent._stray_opener(line, start, close_char, opener)
        if opener == '"':
            # mixed marks: '"We will win,” he said' closes with a curly mark
            curly = line.find("\u201d", start)
            straight = line.find('"', start)
            if curly != -1 and (straight == -1 or curly < straight):
                return curly
        while True:
            j = line.find(close_char, j)
            if stray is not None and (j == -1 or stray < j):
                return stray
            if j == -1:
                return None
            if close_char in ("\u2019", "'"):
                # an apostrophe inside a word ("don't", "Carney's") is not a closing mark
                nxt = line[j + 1] if j + 1 < len(line) else " "
                prv = line[j - 1] if j > 0 else " "
                if nxt.isalpha() or (prv == "s" and nxt.isalpha()):
                    j += 1
                    continue
                if prv.isspace():
                    j += 1
                    continue
            if close_char == '"' and opener == '"':
                prv = line[j - 1] if j > 0 else " "
                if prv.isspace() and j + 1 < len(line) and not line[j + 1].isspace() and line[j + 1] not in ".,;:!?)":
                    # looks like another opening mark; the quote is unclosed
                    return None
            return j

    @staticmethod
    def _stray_opener(line: str, start: int, close_char: str, opener: str) -> int | None:
        """An opening mark met before the closing one (curly marks only):
        - one that opens nothing (a space or punctuation after it: '\u2018a process of reflection \u2018.') is a
          wrongly typed closing mark: the quote closes there;
        - one that opens a new sentence ('... its ideas. \u2018I tell you ...'): the quote before was left
          unclosed; it ends at the space before the new mark (the index returned), and the caller's scan then
          finds the new opening mark."""
        if opener == close_char or opener == '"':
            return None
        k = start
        while True:
            k = line.find(opener, k)
            if k == -1:
                return None
            if k >= start + 3:
                break
            hit = _stray_at(line, k, start)  # (the look-back for a sentence end stops at ``start``)
            if hit is not None:
                return hit
            k += 1
        # further on the answer does not depend on ``start``: the line's stray marks are found once, not
        # walked again from every opening mark (a run of marks would cost the square of its length)
        marks, hits = _stray_marks(line, opener)
        m = bisect.bisect_left(marks, k)
        return hits[m] if m < len(marks) else None

    # -- grouping split quotes ------------------------------------------------
    def _group(self, text: str, segs: list[Segment], attrs: dict) -> list[list[Segment]]:
        """Join "A," she said, "B." (same paragraph, only an attribution between, and no attribution of B's own)."""
        groups: list[list[Segment]] = []
        for seg in segs:
            if groups:
                prev = groups[-1][-1]
                gap = text[prev.close : seg.open]
                own = attrs.get(id(seg))
                own_ok = own is None or (own.start >= prev.close and own.end <= seg.open + 1)
                if own_ok and prev.closed and seg.para == prev.para and "\n" not in gap and (
                        self._is_interrupting(text, prev, gap) or ((own is None or (own.verb is not None and own.verb.i == getattr(getattr(attrs.get(id(prev)), "verb", None), "i", -1)))
                         and self._attribution_gap(text, prev, seg, attrs.get(id(prev))))):
                    groups[-1].append(seg)
                    continue
            groups.append([seg])
        return groups

    def _attribution_gap(self, text: str, prev: Segment, seg: Segment, attr: "Attribution | None") -> bool:
        """'"A," Doe told supporters outside the party offices on Tuesday night, "b."' / '"A," said Doe, who leads
        the party. "B."': between the two quotes there is only the first one's attribution (however long), maybe
        followed by an appositive or relative clause; the second has no attribution of its own -> one quote."""
        if attr is None or attr.verb is None or not attr.adjacent or attr.start < prev.close or attr.end > seg.open:
            return False
        if text[prev.close : attr.start].strip(" ,\u2014\u2013-"):
            return False
        # '"Speaker!" Doe said the majority would take "action"': a reported clause after the verb, not its adjuncts
        for t in self._tokens_between(attr.verb.idx + len(attr.verb.text), seg.open):
            if t.lower_ in ("who", "whose", "which") or t.text in (".", ","):
                break  # (a relative clause about the speaker, or the attribution's end, is fine)
            if t.pos_ in ("VERB", "AUX") or (t.is_lower and t.lower_ in _AUX_WORDS):
                return False
        # (a relative clause about the speaker is no clause of the report: '"A," Doe, who takes office in March, said.')
        before_verb = _RELATIVE_ASIDE.sub(",", text[prev.close : attr.end])
        if _clause_word_in([w.strip(",.;:").lower() for w in before_verb.split()]):
            return False
        rest = text[attr.end : seg.open].strip()
        if not rest or rest in (",", ".", ":", ";"):
            return True
        if not rest.endswith((",", ".")):
            return False
        words = rest.strip(" ,.").split()
        if not words or len(words) > 15:
            return False
        low = [w.strip(",.;:").lower() for w in words]
        # the tail of the attribution ("... outside the party offices on Tuesday night,") or an appositive /
        # relative clause about the speaker (", who has led the party since 2019."), never a reported clause
        if rest.startswith(","):
            if low[0] not in ("who", "whose", "a", "an", "the", "which", "one", "speaking", "in", "on", "at"):
                return False
        elif _clause_word_in(low):
            return False
        return not any(w in self.verb_forms for w in low) and not any(c in rest for c in "\"\u201c\u201d")

    def _is_interrupting(self, text: str, prev: Segment, gap: str) -> bool:
        inner = text[prev.inner[-1][0] : prev.inner[-1][1]].rstrip()
        g = gap.strip()
        if not g or len(g.split()) > 9:
            return False
        # the gap is an attribution: [,] NP VERB [,|:] or [,] VERB NP [,]
        if not re.match(r"^[,\u2014\u2013-]?\s*[^\"\u201c\u201d]+[,:.\u2014\u2013-]$", g):
            return False
        toks = [w.strip(",.:;").lower() for w in g.split()]
        if not any(w in self.verb_forms for w in toks):
            return False
        # (a clause word after the verb may start the attribution's own adjunct: "she said after the count")
        verb_at = next(i for i, w in enumerate(toks) if w in self.verb_forms)
        if verb_at == 0 and toks[0].endswith("ing"):
            return False  # 'Voss said: "A," adding: "B."': a participle of its own introduces a second quote
        if any(w in CLAUSE_WORDS and not (i > verb_at and w in _TIME_LINKS) for i, w in enumerate(toks)):
            return False
        if sum(1 for w in toks if w in self.strong_forms) > 1:
            return False  # '"We agree," Roe said, while Doe added: "So do I."': two speakers, two quotes
        # '"...reforms." He added, "In a ...' -- a new sentence that introduces the next quote, not an interruption
        if inner.endswith((".", "!", "?")) and g[:1].isupper() and g.endswith((",", ":")):
            return False
        # 'she was "humbled" by the result. The premier added: "We ..."': the first sentence ends inside the gap, and
        # the next one introduces a quotation of its own
        if re.search(r"[.!?]\s+[A-Z]", g):
            return False
        # "A," she said, "b" / "A," she said. "B" -- a sentence cut by its attribution, or the attribution between sentences
        if g.endswith(",") or g.endswith(":") or g[-1] in "\u2014\u2013-":
            return True
        return g.endswith(".") and inner.endswith((",", "\u2014", "-", "...", "\u2026")) or (g.endswith(".") and inner.endswith((".", "!", "?")) and len(toks) <= 4)

    # -- attribution -----------------------------------------------------------
    def _tokens_between(self, a: int, b: int) -> list[Token]:
        """The tokens (not white space, not a doubled single mark standing for a double one) that start in ``text[a:b]``."""
        i = bisect.bisect_left(self._word_starts, a)
        return self._word_tokens(i, bisect.bisect_left(self._word_starts, b, i))

    def _word_tokens(self, lo: int, hi: int) -> list[Token]:
        """The words ``lo``..``hi - 1`` (of the Doc's words, see ``_process``) as Tokens, each made once per Doc."""
        words = self._words
        for k in range(lo, hi):
            if words[k] is None:
                words[k] = self._doc[self._word_at[k]]
        return words[lo:hi]

    def _tokens_outside(self, a: int, b: int, opens: list[int], closes: list[int], lo: int, hi: int,
                        idx: int) -> list[Token]:
        """:meth:`_tokens_between` ``a`` and ``b`` without the tokens inside quotes ``lo``..``hi - 1`` other than
        quote ``idx`` (segments are disjoint and in order: the tokens left are the slices between them)."""
        starts = self._word_starts
        pos = bisect.bisect_left(starts, a)
        end = bisect.bisect_left(starts, b, pos)
        out: list[Token] = []
        # only the quotes that overlap [a, b)
        for k in range(bisect.bisect_right(closes, a, lo, hi), bisect.bisect_left(opens, b, lo, hi)):
            if k == idx:
                continue
            cut = bisect.bisect_left(starts, opens[k], pos, end)
            out.extend(self._word_tokens(pos, cut))
            pos = max(pos, bisect.bisect_left(starts, closes[k], pos, end))
        out.extend(self._word_tokens(pos, end))
        return out

    def _is_speech(self, tok: Token, strong: bool = False) -> bool:
        forms = self.strong_forms if strong else self.verb_forms
        low = tok.lower_
        if not strong and tok.i + 1 < len(tok.doc) and (low, tok.doc[tok.i + 1].lower_) in self.phrasal_pairs:
            return True  # a phrasal speech verb: "he pointed out", "she went on", "as she put it"
        if low in ("read", "reads") and tok.i > 0 and tok.doc[tok.i - 1].lower_ in self.lex.doc_nouns:
            return True  # "the statement read:" (a document's words; "read" is no speech verb elsewhere)
        if low in ("read", "reads") and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("a", "the", "an") \
                and tok.doc[tok.i + 2].lower_ in self.lex.doc_nouns:
            return True  # '"...," read a statement from the party': inverted, the document after the verb
        if low in ("read", "reads") and any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in self.lex.doc_nouns and c.i < tok.i
                                            for c in tok.children):
            return True  # "A statement by the Interior Ministry read:": the document is the parse's subject
        if low in forms:
            base = low in self.lex.verbs or (low.endswith("s") and low[:-1] in self.lex.verbs)
            # a base form can be a noun ("his post", "a call"); inflected past forms are verbs
            if low in ("said", "told", "says", "added", "wrote"):
                return True
            if tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "\u2010", "\u2011"):
                return False  # "so-called", "self-described"
            if base and tok.i > 0 and tok.doc[tok.i - 1].text[:1].isupper() and tok.doc[tok.i - 1].pos_ in ("PROPN", "NOUN", "") and not tok.text[:1].isupper():
                return True  # "Duvent hails ...", "Minister warns ..." (headline present tense)
            if tok.text[:1].isupper():
                # "Post", "Warner": a capitalised word is a verb only as an opening participle ("Calling it ...")
                return tok.pos_ == "VERB" or low.endswith("ing")
            return not (base and tok.pos_ in ("NOUN", "PROPN", "ADJ", "DET"))
        lemma = tok.lemma_.lower() if tok.lemma_ else ""
        return bool(lemma) and lemma in (self.lex.strong_verbs if strong else self.lex.verbs) and tok.pos_ in ("VERB", "AUX", "")

    def _sentence_bounds(self, text: str, seg: Segment, paras: list[tuple[int, int]]) -> tuple[int, int]:
        """The sentence around a segment, by punctuation (outside quotes) within its paragraph."""
        pa, pb = paras[seg.para]
        if seg.close > pb:
            pb = next((b for a, b in paras if a <= seg.close <= b), pb)
            if seg.close > pb:
                pb = seg.close
        start = max(pa, seg.open - MAX_SENTENCE_SIDE)  # (see MAX_SENTENCE_SIDE)
        for m in _TERMINAL.finditer(text, start, min(seg.open + 3, len(text))):
            if m.end() <= seg.open and not _ABBREV.search(text[max(pa, m.start() - 5) : m.start() + 1]):
                start = m.end()
        end = pb = min(pb, seg.close + MAX_SENTENCE_SIDE)
        m = _TERMINAL.search(text, seg.close, pb)
        while m is not None and _ABBREV.search(text[max(seg.close, m.start() - 5) : m.start() + 1]):
            m = _TERMINAL.search(text, m.end(), pb)
        if m is not None:
            end = m.start() + 1
        return start, end

    def _attribute(self, text: str, seg: Segment, segs: list[Segment], paras: list[tuple[int, int]],
                   idx: int | None = None) -> Attribution | None:
        s_start, s_end = self._sentence_bounds(text, seg, paras)
        # limits: the neighbouring quotes
        if idx is None:
            idx = segs.index(seg)
        nxt_open = segs[idx + 1].open if idx + 1 < len(segs) else len(text)
        prv_close = segs[idx - 1].close if idx > 0 else 0
        # the sentence's tokens before and after the quote (made once: the tokens up to the neighbouring quotes,
        # ``_tokens_between(max(s_start, prv_close), seg.open)`` and ``(seg.close, min(s_end, nxt_open))``, are among them)
        sent_before = self._tokens_between(s_start, seg.open)
        sent_after = self._tokens_between(seg.close, s_end)
        before = self._tokens_between(max(s_start, prv_close), seg.open)
        after = self._tokens_between(seg.close, min(s_end, nxt_open))
        inner = text[seg.inner[-1][0] : seg.inner[-1][1]].rstrip()
        ends_clause = inner.endswith((",", ".", "!", "?", "\u2014", "-", "\u2026")) or text[seg.close : seg.close + 1] in (",", "")
        if not ends_clause and not any(not t.is_punct and not t.is_space for t in sent_before):
            # '"We have won" said Jane Doe.' / '"We have won"she said.': a quote that opens its sentence, typed without
            # the comma (or the space) before its attribution, is a whole clause all the same
            ends_clause = True

        # the whole sentence outside quotation marks (for reported speech with several partial quotes)
        # the other quotes in this sentence: segments are disjoint and in order, so they are a slice, found by
        # bisection, and a token is inside one when the last quote opening at or before it closes after it
        opens, closes = self._seg_opens, self._seg_closes
        if len(opens) != len(segs):
            opens, closes = [x.open for x in segs], [x.close for x in segs]
        lo = bisect.bisect_right(closes, s_start)
        hi = bisect.bisect_left(opens, s_end)
        if hi - lo > MAX_SENTENCE_QUOTES:  # (see MAX_SENTENCE_QUOTES) read against its neighbours only
            self._sent_before, self._sent_after = before, after
        elif any(k != idx for k in range(lo, hi)):
            self._sent_before = self._tokens_outside(s_start, seg.open, opens, closes, lo, hi, idx)
            self._sent_after = self._tokens_outside(seg.close, s_end, opens, closes, lo, hi, idx)
        else:
            self._sent_before, self._sent_after = sent_before, sent_after

        a = self._after(after, ends_clause, inner.endswith((",", "!", "?")))
        if a is not None and inner.endswith((".", "!", "?")) and a.rule == "quotes/after-np-said" \
                and _INTRODUCES_NEXT.match(text, a.end):
            a = None  # '..."major reforms." He added, "In a ...': the new sentence introduces the next quote
        if a is not None:
            if inner.endswith((".", "!", "?")) and a.rule == "quotes/after-np-said" and before:
                # 'Doe said: "We are ready." Critics called it ...': a quote that ends its sentence and has an
                # introduction before it belongs to that introduction, not to the next sentence's subject
                b = self._before(before, seg)
                if b is not None and b.rule in ("quotes/before-np-said", "quotes/colon"):
                    return b
            return a
        b = self._before(before, seg)
        if b is not None:
            return b
        if not before and seg.para > 0 and self._opens_paragraph(text, seg, paras):
            # 'She said:\n"We will ..."': the attribution ends the previous paragraph with a colon
            qa, qb = paras[seg.para - 1]
            if text[qa:qb].rstrip().endswith(":") and not any(qa <= x.open < qb for x in segs):
                start = qa
                for m in _TERMINAL.finditer(text, qa, qb):
                    if not _ABBREV.search(text[max(qa, m.start() - 5) : m.start() + 1]):
                        start = m.end()
                prev_toks = self._tokens_between(start, qb)
                self._sent_before = prev_toks
                b = self._before(prev_toks, seg)
                if b is not None and b.rule in ("quotes/before-np-said", "quotes/colon"):
                    b.adjacent = False
                    return b
        if len(self._sent_before) > len(before):
            return self._embedded(self._sent_before)
        if inner.endswith(",") and not after and seg.para + 1 < len(paras) and self._ends_paragraph(text, seg, paras):
            # '"... we face,"\nDoe said, flanked by ...': a quote ending its paragraph with a comma, its attribution
            # opening the next paragraph
            na, nb = paras[seg.para + 1]
            if not _OPENER_CHARS.match(text, na):
                m = _TERMINAL.search(text, na, nb)
                nxt = self._tokens_between(na, m.start() + 1 if m else nb)
                a = self._after(nxt, True, True)
                if a is not None and a.rule in ("quotes/after-np-said", "quotes/after-said-np"):
                    a.adjacent = False
                    return a
        return None

    def _after(self, toks: list[Token], ends_clause: bool, comma_close: bool = False) -> Attribution | None:
        """After the closing mark: ', said NP' / ', NP said' / ', according to NP' / ' \u2014 NP'."""
        if toks and toks[0].text == ":" and len(toks) > 1:
            # headline style: "\u201cQuote\u201d: Finance minister resigns" -> the subject after the colon
            np = self._leading_np(toks[1:])
            # a tagger may read the headline verb as a noun ("... finance minister resigns"): end at the role title
            if np and not self._is_role_np(np):
                for k in range(len(np) - 1, 0, -1):
                    if self._is_role_np(np[:k]):
                        np = np[:k]
                        break
            if np and self._speaker_like(np):
                return Attribution("quotes/colon", toks[0].idx, np[-1].idx + len(np[-1].text), self._span(np), None, 0.7)
            return None
        i = 0
        while i < len(toks) and toks[i].text in (",", "\u2014", "\u2013", "-", "--"):
            i += 1
        if i >= len(toks):
            return None
        dash = any(t.text in ("\u2014", "\u2013", "--") for t in toks[:i])
        rest = toks[i:]
        # according to NP
        if len(rest) >= 3 and rest[0].lower_ == "according" and rest[1].lower_ == "to":
            np = self._np_right(rest, 2)
            if np:
                return Attribution("quotes/according-to", rest[0].idx, np[-1].idx + len(np[-1].text), self._span(np), None, 0.85)
        if not ends_clause and not dash:
            return None
        # said NP
        # (any speech verb right after a quote closed by a comma: '"...," recalled the leader'; else a strong one)
        inverted_ok = comma_close and not rest[0].lower_.endswith("ing") and rest[0].is_lower
        # (a participle never inverts: '... hailed the results as a "victory," stating his party had won' is the
        # sentence subject's, and "his party" is what was stated)
        if self._is_speech(rest[0]) and rest[0].tag_ != "VBG" and (inverted_ok or rest[0].lower_ in self.strong_forms or rest[0].lemma_.lower() in self.lex.strong_verbs):
            np = self._np_right(rest, 1)
            if not np and len(rest) > 3 and rest[1].text == ",":
                # '"...", said, more specifically, Ana Ruiz': an adverbial aside between commas before the name
                close = next((k for k in range(2, min(len(rest), 7)) if rest[k].text == ","), None)
                if close is not None and all(t.pos_ in ("ADV", "ADJ", "ADP", "DET", "NOUN") and t.is_lower for t in rest[2:close]):
                    name = self._np_right(rest, close + 1)
                    np = name if name and self._is_name_np(name) else np
            if np:
                # '"...," said the party's leader, Jane Doe': the name in apposition to the role
                k2 = np[-1].i - rest[0].i + 1
                # ('"...," said one voter, Tomas Berg, 63': the name in apposition to an unnamed source's noun too)
                if (self._is_role_np(np) or np[-1].lower_ in self.lex.unnamed_sources) and k2 + 1 < len(rest) \
                        and rest[k2].text == "," and rest[k2].i == np[-1].i + 1:
                    name = self._np_right(rest, k2 + 1)
                    if name and self._is_name_np(name):
                        np = name
                elif not self._is_name_np(np):
                    # '"...," declared party Secretary General and parliament president Ivo Brandt', '"...," said
                    # HP president and member of the party's council, Ana Ruiz': offices joined by "and" (and an
                    # appositive comma), then the person's name ending the clause
                    name = self._name_ending_offices(rest, k2)
                    if name is not None:
                        np = name
                end = self._cue_end(rest, np[-1].i)
                return Attribution("quotes/after-said-np", rest[0].idx, end, self._span(np), rest[0], 0.9)
        # NP said
        commas = 0
        # ('"...," election board chairman Piet Vos was quoted as saying': "was quoted as" adds three words)
        quoted_as = any(rest[k].lower_ == "saying" and rest[k - 1].lower_ == "as" and (
            rest[k - 2].lower_ == "quoted" or any(rest[j].lower_ == "quoted" and rest[j + 1].lower_ == "by" for j in range(max(0, k - 8), k - 2)))
                        for k in range(2, min(len(rest), 16)))
        reach = 12 if quoted_as else 9
        # a long described subject ('"...," Doe's chief of staff and acting finance minister Ian Vale told
        # reporters'): words with no verb among them, ending in the name the speech verb has as its subject
        for k in range(reach, min(len(rest), 16)):
            t = rest[k]
            if t.text in (",", ";", ":", ".", "\"", "\u201c", "\u201d") or (t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"
                                                                       and not self._is_speech(t)):
                break
            if self._is_speech(t) and rest[k - 1].text[:1].isupper() and any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < t.i
                                                                           for c in t.children) \
                    and all(x.pos_ not in ("VERB", "AUX") or x.dep_ == "amod" or x.tag_ in ("VBG", "VBN") for x in rest[:k]):
                reach = k + 1
                break
        # (a bracketed aside or a relative clause between commas may stand between the name and the verb: look
        # further, "Brandt, who is facing a no-confidence vote that could see him ousted, said")
        for k in range(min(len(rest), 24)):
            t = rest[k]
            if k >= 16 + _bracketed(rest[:k]) and commas == 0:
                break
            if t.text == "," and commas == 0 and k > 0 and (rest[0].text[:1].isupper() or (
                    rest[0].lower_ in ("his", "her", "their", "the") and (any(x.text[:1].isupper() for x in rest[1:k])
                                                                         or self._is_role_np(rest[:k])))):
                # ('"...," the president's spokesman, Ali Hassan, told AFP': a role, then the name in apposition)
                # "Jane Doe, the agency's spokesperson, said"; "his brother and former premier Tom Doe, who is in
                # London, said" (a described name: a capitalised word before the comma)
                commas += 1
                continue
            if t.text == "," and commas == 1 and k + 1 < len(rest) and (self._is_speech(rest[k + 1]) or (
                    k + 2 < len(rest) and rest[k + 1].lower_ in ("has", "had", "have", "was", "is") and self._is_speech(rest[k + 2]))):
                continue  # ("Ola Berg, the party's spokesman, has told the BBC": an auxiliary before the verb)
            if t.text in (",", ";", ":", ".", "\"", "\u201c", "\u201d"):
                break
            if commas == 0 and k - sum(1 for x in rest[:k] if x.text in _HYPHENS) * 2 - _bracketed(rest[:k]) >= reach:
                break  # (a hyphenated word, "71-year-old", counts as one; a bracketed aside as none)
            if t.lower_ in self._QUOTING and k > 0:
                # '"...," presidential spokesman Garba Shehu quoted Buhari.': the one quoted (the verb's object, ending
                # the clause) said it, not the one quoting
                obj = self._np_right(rest, k + 1)
                after = k + 1 + len(obj) if obj else k + 1
                if obj and self._is_name_np(obj) and (after >= len(rest) or rest[after].text in (".", ",", ";")):
                    return Attribution("quotes/after-np-quoted", rest[0].idx, obj[-1].idx + len(obj[-1].text), self._span(obj), t, 0.8)
            if self._is_speech(t) and k > 0:
                if k + 1 < len(rest) and rest[k + 1].lower_ == "that":
                    break  # "She added that talks would ...": reported speech of its own, not this quote's attribution
                # '"...," the agency quoted Ivo Rask as saying': the one quoted speaks, not the one quoting
                quoted = self._quoted_as(rest, k) if t.lower_ == "saying" else None
                if quoted:
                    return Attribution("quotes/after-np-said", rest[0].idx, self._cue_end(rest, t.i), self._span(quoted), t, 0.85)
                kk = k
                # ("Doe was quoted by Kyodo News as saying": the source between "quoted by" and "as saying")
                by = next((j for j in range(k - 3, max(0, k - 9), -1) if rest[j].lower_ == "quoted" and rest[j + 1].lower_ == "by"), None) \
                    if t.lower_ == "saying" and k >= 4 and rest[k - 1].lower_ == "as" else None
                if by is not None:
                    kk = by + 2  # (then as below: the subject before "was quoted")
                if t.lower_ == "saying" and kk >= 3 and rest[kk - 1].lower_ in ("as", "by") and rest[kk - 2].lower_ == "quoted":
                    kk = kk - 2  # "Doe was quoted as saying": the subject before "was quoted"
                    while kk > 0 and rest[kk - 1].lower_ in ("was", "is", "been", "has", "had", "being"):
                        kk -= 1
                np = self._np_left(_without_time_tail(_before_aside(rest[:kk])))
                if np and any(x.lower_ in self.pronouns for x in np[1:]):
                    break  # '"...", a charge he denies': a relative clause about the quote, not its attribution
                if np and np[0].i > rest[0].i and self._doc[np[0].i - 1].lower_ in ("which", "that", "whom"):
                    break  # '"a farce", which Roe dismissed': the quote is what the clause is about, not Roe's words
                if np:
                    end = self._cue_end(rest, t.i)
                    return Attribution("quotes/after-np-said", rest[0].idx, end, self._span(np), t, 0.9)
                break
        if dash:
            np = self._np_right(rest, 0)
            if np and np[0].text[:1].isupper():
                return Attribution("quotes/dash", rest[0].idx, np[-1].idx + len(np[-1].text), self._span(np), None, 0.75)
        if comma_close:
            named = self._verbless_apposition(rest)
            if named is not None:
                return Attribution("quotes/after-np-apposition", rest[0].idx, named[-1].idx + len(named[-1].text),
                                   self._span(named), None, 0.7)
        return None

    @staticmethod
    def _verbless_apposition(rest: list[Token]) -> list[Token] | None:
        """'"We hope today marks a new spring," Massimo Donadi, a lawmaker from the opposition party.': a quotation
        closed by a comma, then a person's name and a description of them in apposition, and no verb to the end of the
        sentence (a caption's or a hurried writer's attribution): the name speaks."""
        j = 0
        while j < len(rest) and j < 4 and rest[j].ent_type_ == "PERSON" and rest[j].text[:1].isupper():
            j += 1
        if j < 2 or j + 2 >= len(rest) or rest[j].text != "," or rest[j + 1].lower_ not in ("a", "an", "the"):
            return None
        tail = rest[j + 1 :]
        if any(t.pos_ in ("VERB", "AUX") for t in tail if t.text not in (".",)) or tail[-1].text not in (".", "\n") and not tail[-1].is_space \
                and tail[-1].text[:1].isalpha():
            return None
        return rest[:j]

    def _cue_end(self, toks: list[Token], last_i: int) -> int:
        """End of the attribution words: through the verb's short complements ("in a statement", "told reporters")."""
        end_tok = self._doc[last_i]
        for t in toks:
            if t.i <= last_i:
                continue
            if t.text in (",", ".", ";", ":", "\"", "\u201c", "\u201d", "!", "?") or t.is_space:
                break
            end_tok = t
            if t.i - last_i > 6:
                break
        return end_tok.idx + len(end_tok.text)

    def _before(self, toks: list[Token], seg: Segment) -> Attribution | None:
        """Before the opening mark: 'NP said[,:]' / 'NP:' / 'according to NP,' / reported speech (embedded)."""
        if not toks:
            return None
        last = toks[-1]
        # colon: "NP:" or "NP said:"
        if last.text in (":", ","):
            core = toks[:-1]
            if core and self._is_speech(core[-1]):
                np = self._np_left(core[:-1]) or self._dep_subject(core[-1])
                if np is not None:
                    return Attribution("quotes/before-np-said", self._start_of(np, core[-1]), last.idx, self._span(np) if isinstance(np, list) else np, core[-1], 0.9)
                subj = self._clause_subject(core[-1], toks)
                if subj is not None:
                    return Attribution("quotes/before-np-said", core[-1].idx, last.idx, subj, core[-1], 0.8)
            # "NP told reporters:" / "he said in a statement:" -- speech verb a few words back ("Harris speaks from
            # Howard after loss to Trump:": up to nine)
            for k in range(len(core) - 1, max(len(core) - 10, -1), -1):
                t = core[k]
                if t.text in (",", ";", ":", ".") and k < len(core) - 1:
                    break
                if self._is_speech(t):
                    np = self._np_left(core[:k])
                    if np:
                        return Attribution("quotes/before-np-said", np[0].idx, last.idx, self._span(np), t, 0.85)
                    subj = self._clause_subject(t, toks)
                    if subj is not None:
                        return Attribution("quotes/before-np-said", t.idx, last.idx, subj, t, 0.8)
                    break
            if last.text == ":" and core and core[-1].lower_ in self.lex.speech_nouns and core[-1].is_lower:
                # "Party leader Jane Doe made the following statement:" / "the ministry issued this statement:": the
                # speech noun's words are the sentence subject's
                np = self._leading_np(core)
                if np and self._speaker_like(np):
                    return Attribution("quotes/before-np-said", np[0].idx, last.idx, self._span(np), None, 0.8)
            if last.text == ":" and core:
                np = self._np_left(core)
                np = self._colon_name_before_affiliation(core, np)
                if np and len(np) <= 5 and (np[0].i == core[0].i or all(t.text[:1].isupper() for t in np)):
                    return Attribution("quotes/colon", np[0].idx, last.idx + 1, self._span(np), None, 0.75)
            # according to NP, "..."
            for k in range(len(core) - 1):
                if core[k].lower_ == "according" and core[k + 1].lower_ == "to":
                    np = self._np_right(core, k + 2)
                    if np:
                        return Attribution("quotes/according-to", core[k].idx, np[-1].idx + len(np[-1].text), self._span(np), None, 0.8)
        words = self._with_the_words(toks)
        if words is not None:
            return words
        embedded = self._embedded(toks)
        if embedded is None:
            # 'According to Ruiz, the talks were "very constructive"': a sentence opened by "according to NP," is
            # NP's account, the quoted words in it theirs
            for k in range(len(toks) - 3):
                if toks[k].lower_ == "according" and toks[k + 1].lower_ == "to" and all(t.text not in (".", ";") for t in toks[k:]):
                    np = self._np_right(toks, k + 2)
                    if np and np[-1].i + 1 < len(self._doc) and self._doc[np[-1].i + 1].text == "," and self._speaker_like(np) \
                            and (self._is_name_np(np) or self._is_role_np(np)):
                        return Attribution("quotes/according-to", toks[k].idx, np[-1].idx + len(np[-1].text), self._span(np), None, 0.75,
                                           adjacent=False)
                    break
        return embedded

    def _with_the_words(self, toks: list[Token]) -> Attribution | None:
        """'She began her speech with the words "Bye Jens"', 'he ended in the words "never again"': the words a
        person opened, closed or answered with are theirs; the subject of the verb the phrase belongs to speaks."""
        if len(toks) < 4 or toks[-1].lower_ != "words" or toks[-2].lower_ not in ("the", "these", "those") \
                or toks[-3].lower_ not in ("with", "in"):
            return None
        verb = toks[-3].head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subj = self._clause_subject(verb, toks)
        if subj is None:
            return None
        return Attribution("quotes/with-the-words", subj.start_char, toks[-1].idx + len(toks[-1].text), subj, verb, 0.8, adjacent=False)

    _QUOTING = frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing"})

    def _name_ending_offices(self, rest: list[Token], k: int) -> list[Token] | None:
        """The PERSON name that ends a run of office words after an inverted speech verb (from ``rest[k]`` on): only
        nouns, adjectives, "and", "of", "the", possessives and one comma before it, no verb, the clause ending after it."""
        j = k
        commas = 0
        while j < len(rest) and j < k + 16:
            t = rest[j]
            if t.ent_type_ == "PERSON":
                e = j
                while e < len(rest) and rest[e].ent_type_ == "PERSON":
                    e += 1
                if e >= len(rest) or rest[e].text in (".", ",", ";"):
                    return rest[j:e]
                return None
            if t.text == ",":
                commas += 1
                if commas > 1:
                    return None
            elif t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" or t.text in (".", ";", ":") or t.lower_ in ("said", "says"):
                return None
            j += 1
        return None

    def _quoted_as(self, toks: list[Token], k: int) -> list[Token] | None:
        """'The agency quoted party leader Jane Doe as saying the vote was "a farce"': the person quoted (between
        "quoted" and "as") said it, not the one quoting; None when ``toks[k]`` is no such "as saying"."""
        if k < 3 or toks[k - 1].lower_ != "as":
            return None
        for j in range(k - 2, max(k - 10, 0) - 1, -1):
            if toks[j].lower_ in self._QUOTING:
                np = toks[j + 1 : k - 1]
                if np and np[0].lower_ == "by":
                    return None  # "Doe was quoted by Kyodo News as saying": the source, not the one quoted
                if np and self._speaker_like(np) and not any(t.text in (",", ";", ":") for t in np):
                    return np
                return None
        return None

    def _embedded(self, toks: list[Token]) -> Attribution | None:
        """A partial quote in reported speech: the nearest speech verb before it in the sentence, with its subject."""
        for k in range(len(toks) - 1, -1, -1):
            t = toks[k]
            quoted = self._quoted_as(toks, k) if self._is_speech(t) else None
            if quoted:
                return Attribution("quotes/embedded", quoted[0].idx, t.idx + len(t.text), self._span(quoted), t, 0.75, adjacent=False)
            judge = self._judging_subject(t) if t.lemma_.lower() in self.lex.judging_verbs else None
            if judge is not None:
                # '... was "rigged", a claim Roe rejected as "nonsense"': the judging clause's own named subject
                return Attribution("quotes/embedded", judge[0].idx, t.idx + len(t.text), judge, t, 0.7, adjacent=False)
            if self._is_speech(t) and not self._passive(toks, k):
                if k == 1 and toks[0].lower_ in ("and", "but"):
                    # 'X said "..." and argued that "..."': right after the quotation before it, the coordinated verb
                    # shares the speaker of that quotation's verb (the parser often hangs it inside the quotation)
                    earlier = self._before_previous_quote(toks[0])
                    if earlier is not None:
                        return earlier
                if k >= 2 and toks[k - 1].lower_ in ("who", "which"):
                    # "..., rivals, who said it was "x"": the relative pronoun's antecedent speaks
                    head = toks[: k - 1]
                    if head and head[-1].text == ",":
                        head = head[:-1]
                    np = self._np_left(head) if head else None
                    if not np:
                        return None
                    return Attribution("quotes/embedded", np[0].idx, t.idx + len(t.text), self._span(np), t, 0.7, adjacent=False)
                # ("Opposition parties on Sunday accused the government of "rigging"": the time phrase is no speaker)
                left = _without_time_tail(toks[:k])
                if left and left[-1].text in _ASIDE_DASHES:
                    # "Prime minister Ivo Brandt - whose party lost six seats - said that ...": the words before
                    # the aside's opening dash speak
                    opening = next((j for j in range(len(left) - 2, -1, -1) if left[j].text == left[-1].text), None)
                    if opening is not None and opening > 0:
                        left = left[:opening]
                if left and left[-1].text == ",":
                    # "The Fine Gael leader, who himself led a ticket of four Fine Gael candidates, said ...": a
                    # relative clause between the subject and the verb; its names are not the speaker
                    rel = next((j for j in range(len(left) - 2, 0, -1) if left[j].lower_ in ("who", "which")
                                and left[j - 1].text == ","), None)
                    if rel is not None and rel >= 2 and not any(w.text in (",", ";") for w in left[rel + 1 : -1]):
                        left = left[: rel - 1]
                np = self._np_left(left)
                if np and " ".join(t.lower_ for t in np) in _known_places():
                    # "The leader of the X in Ostria declared ... a "victory"": a place the data knows ends a
                    # modifier of the subject, which the parse gives (the tagger's GPE may be a person's name)
                    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
                    sub = [w for w in subj.subtree if w.i < t.i and not w.is_punct] if subj is not None else []
                    np = sub if sub and " ".join(t.lower_ for t in sub) not in _known_places() else None
                    if np is None:
                        return None
                if np and not self._speaker_like(np):
                    # "The main opposition candidate in the contested election said that he ...": the words
                    # before the verb end a modifier; the parse's subject of the verb speaks when it can
                    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
                    sub = [w for w in subj.subtree if w.i < t.i] if subj is not None else []
                    if sub and self._speaker_like([subj]):
                        np = [w for w in sub if not w.is_punct] or np
                    else:
                        continue  # "talks would continue ...": the subject cannot speak; look further back
                subj = self._span(np) if np else self._clause_subject(t, toks)
                if subj is None and t.tag_ == "VBG" and k > 0 and toks[k - 1].text == ",":
                    continue  # "X noted, commenting on the result, that "...": the finite verb before the aside speaks
                if subj is None:
                    return None
                start = np[0].idx if np else t.idx
                return Attribution("quotes/embedded", start, t.idx + len(t.text), subj, t, 0.75, adjacent=False)
        return None

    def _before_previous_quote(self, first: Token) -> Attribution | None:
        """The embedded attribution of the quotation that closes right before ``first`` in its sentence (None when
        no quotation closes there)."""
        doc = first.doc
        j = first.i - 1
        if j < 0 or not doc[j].is_quote:
            return None
        start = first.sent.start
        o = next((x for x in range(j - 1, start - 1, -1) if doc[x].is_quote), None)
        if o is None or o <= start:
            return None
        return self._embedded([doc[x] for x in range(start, o)])

    def _judging_subject(self, verb: Token) -> Span | None:
        """The name that is the parse's subject of a judging verb ("Roe" in "a claim Jane Roe rejected as"), with
        its flat name parts; None when the subject is no capitalised name (a pronoun or a common noun)."""
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i and c.text[:1].isupper() and c.pos_ == "PROPN":
                end = c.i + 1
                while end < verb.i and self._doc[end].dep_ in ("flat", "flat:name", "compound") and self._doc[end].head.i in (c.i, end - 1):
                    end += 1
                return self._doc[c.i : end]
        return None

    _PEOPLE_WORDS = ("officials", "people", "residents", "critics", "voters", "supporters", "protesters", "experts", "analysts",
                     "source", "sources", "insider", "insiders", "aide", "aides", "observers", "diplomats", "allies", "ally")

    def _speaker_like(self, np: list[Token]) -> bool:
        lex = self.lex
        head = np[-1] if np else None
        if head is not None and head.lower_ in _TIME_WORDS:
            return False  # "Jon Hale on Wednesday hailed ..., saying that ...": a day cannot speak
        if head is not None and head.is_lower and head.pos_ == "NOUN" and head.lower_ not in lex.org_nouns \
                and head.lower_ not in lex.role_titles and head.lower_ not in self._PEOPLE_WORDS and len(np) > 1 \
                and not any(t.ent_type_ == "PERSON" for t in np) and np[0].lower_ in ("a", "an", "the", "this", "that") \
                and any(t.text[:1].isupper() for t in np[1:-1]):
            return False  # "a Harbour leadership election will conclude": a thing named after a party cannot speak
        return any(
            t.text[:1].isupper() or t.lower_ in self.pronouns
            or t.lower_ in lex.org_nouns or t.lower_ in lex.role_titles or t.lower_ in self._PEOPLE_WORDS
            or _AGE_WORD.search(t.text) or t.lower_ == "old" and t.i >= 2 and t.doc[t.i - 2].lower_ in ("year", "years")
            for t in np
        )  # ("the 75-year-old accused ...": an age describes a person the article named)

    @staticmethod
    def _passive(toks: list[Token], k: int) -> bool:
        """'was told', 'has been asked': the subject is the addressee, not the speaker."""
        j = k - 1
        while j >= 0 and toks[j].lower_ in ("not", "never", "also", "reportedly", "repeatedly"):
            j -= 1
        return j >= 0 and toks[j].lower_ in ("been", "being", "was", "were", "is", "are", "be", "get", "got", "gets")

    def _start_of(self, np, verb: Token) -> int:  # noqa: ANN001
        if isinstance(np, list):
            return np[0].idx
        return min(np.start_char, verb.idx)

    def _embedded_ok(self, words: str, attr: Attribution) -> bool:
        # a quoted title / name with no verb in between is still excluded by the absence of a cue;
        # here: refuse single capitalised names ("the "Sarah Party" said") which are titles, not speech
        ws = words.split()
        alpha = [w for w in ws if w.isalpha()]
        if alpha and all(w[:1].isupper() for w in alpha) and len(ws) <= 5 and not words.rstrip().endswith((".", "!", "?", ",")):
            return False
        return True

    def _is_term(self, text: str, seg: Segment, words: str, attr: Attribution | None) -> bool:
        """Scare quotes and labels: 'a "vanity project"', 'the so-called "forest deal"', 'dubbed it the "traffic light" alliance'."""
        n = len(words.split())
        if self._described_as(text, seg, attr):
            return False  # 'Doe described the result as "a disaster"': her words, however short
        prev = text[max(0, seg.open - 20) : seg.open].split()
        before = prev[-1].lower().strip("\u2018\u2019'") if prev else ""
        if "so-called" in text[max(0, seg.open - 12) : seg.open].lower():
            return True
        # 'a report titled "A Nation Divided"', 'the slogan, "Strong and Steady",': a title or label
        cue_word = before.strip(",:")
        if cue_word in self.lex.title_cues and len(prev) > 1 and prev[-2].lower() in self.pronouns:
            cue_word = ""  # 'what she called "a campaign of lies"': a verb with its subject, not a title's label
        if (cue_word in self.lex.title_cues or (not cue_word and len(prev) > 1 and prev[-2].lower().strip(",:") in self.lex.title_cues)) \
                and n <= 8 and not words.rstrip().endswith((".", "!", "?")):
            return True
        short = n <= 3 and not words.rstrip().endswith((".", "!", "?"))
        if short and before in self.lex.term_determiners and (attr is None or attr.verb is None):
            return True
        if short and before in self.lex.term_determiners and self._modifies_next_noun(text, seg):
            return True  # 'claimed victory, with her "red bloc" coalition securing 89 seats': a name inside a noun phrase
        if attr is not None and attr.verb is not None and n < 4:
            lemma = (attr.verb.lemma_ or "").lower()
            low = attr.verb.lower_
            nxt = attr.verb.doc[attr.verb.i + 1].lower_ if attr.verb.i + 1 < len(attr.verb.doc) else ""
            # (but "called on/for": an appeal, not a label: 'called on supporters not to feel "bleak"')
            if (lemma in self.lex.naming_verbs or low in self.naming_forms) and nxt not in ("on", "for", "upon"):
                return True
        return False

    def _modifies_next_noun(self, text: str, seg: Segment) -> bool:
        """The quoted words stand before a lower-case common noun right after the closing mark, inside one noun
        phrase: 'her "red bloc" coalition', 'the "traffic light" alliance'."""
        m = re.match(r"\s+([a-z][a-z-]+)\b", text[seg.close : seg.close + 40])
        if m is None:
            return False
        span = self._doc.char_span(seg.close + m.start(1), seg.close + m.end(1))
        if span is None or len(span) != 1 or span[0].pos_ != "NOUN":
            return False
        # (a name is a noun phrase itself: 'a "historic" victory', 'the "circumstantial" loss' quote the speaker's
        # judging adjective, and stay quotes)
        a, b = seg.inner[-1]
        inside = self._doc.char_span(a, b, alignment_mode="contract")
        words = [t for t in inside if not t.is_punct] if inside is not None else []
        return bool(words) and words[-1].pos_ in ("NOUN", "PROPN")

    _AS_BEFORE = re.compile(r"\bas\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE)

    def _described_as(self, text: str, seg: Segment, attr: Attribution | None) -> bool:
        """'Doe described the vote as "a disgrace"' / 'which Doe described as a "landslide"': a describing verb
        (data: describing_verbs) whose "as" stands right before the quotation mark quotes its subject's words
        (unlike 'called it a "vanity project"', a label)."""
        if attr is None or attr.verb is None:
            return False
        verb = attr.verb
        if verb.lower_ not in self.describing_forms and (verb.lemma_ or "").lower() not in self.lex.describing_verbs:
            return False
        return self._AS_BEFORE.search(text, max(0, seg.open - 10), seg.open) is not None

    _FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'll|we|We|we're|We're|we've|We've|my|My|our|Our|me|us)\b")

    def _next_person_is(self, doc: Doc, start: int, end: int, speaker: str | None, resolver: MentionResolver) -> bool:
        """The first person the narration after a quotation names (characters ``start``-``end``) is ``speaker``, or
        it names none ('"..." Jonathan's admission of defeat came after he rang Buhari': Jonathan; '"We will fight
        on." Opposition leader Ana Ruiz rejected the results': Ruiz, someone else)."""
        for ent in doc.ents:
            if ent.start_char >= start and ent.end_char <= end and ent.label_ in ("PERSON", "PER"):
                name, kind = resolver.resolve(ent)
                return kind == "person" and name == speaker
        return True

    def _context_subject(self, text: str, seg: Segment, paras: list[tuple[int, int]], words: str,
                         resolver: MentionResolver) -> tuple[str, str] | None:
        """'Jane Doe was defiant. "We will keep fighting."': a first-person quote sentence that follows, in the
        same paragraph, a sentence about a named person (its subject) is that person's; any quote sentence is, after
        a sentence whose main verb is one of speech ('Jane Doe then spoke about her plans. "To Neve, ..."')."""
        # (a sentence of its own: its last mark inside the quotation, or right after it, 'It's that simple”.')
        ends_sentence = words.rstrip().endswith((".", "!", "?")) or text[seg.close : seg.close + 1] in (".", "!", "?")
        if not ends_sentence:
            return None
        toks = self._narration_before(text, seg, paras)
        if not toks:
            return None
        # (any quote sentence after 'The mum-of-one then spoke about her future.': the sentence before is speech)
        if not self._FIRST_PERSON.search(words) and not any(t.dep_ == "ROOT" and self._is_speech(t) for t in toks):
            return None
        np = self._leading_np(toks)
        if np:
            np = self._appositive_name(toks, np)
            name, kind = resolver.resolve(self._span(np), prefer_speaker=False)
            if kind == "person" and name:
                return name, kind
        # 'As she held back tears, Voss explained the reason why she has decided to resign. "I know ..."': after an
        # introductory clause, the subject of the sentence's main verb
        root = next((t for t in toks if t.dep_ == "ROOT"), None)
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
        if subj is None or not self._speaker_like([subj]):
            return None
        name, kind = resolver.resolve(self._doc[subj.left_edge.i : subj.i + 1], prefer_speaker=False)
        return (name, kind) if kind == "person" and name else None

    def _narration_before(self, text: str, seg: Segment, paras: list[tuple[int, int]]) -> list[Token] | None:
        """The tokens of the narrated sentence right before a quote: the one before it in its paragraph, or the
        last one of the paragraph before when the quote opens its paragraph; None when that sentence quotes."""
        pa, _pb = paras[seg.para]
        end = seg.open
        if not text[pa : seg.open].strip() and seg.para > 0:
            # 'Jane Doe addressed her supporters on Sunday.\n"We have waited years for this."': a quote paragraph
            # after a paragraph (the last sentence of that paragraph)
            pa, end = paras[seg.para - 1]
        before = text[pa:end]
        if not before.strip() or not before.rstrip().endswith((".", "!", "?", ":")):
            return None
        start = pa
        for m in _TERMINAL.finditer(text, pa, end):
            if m.end() < end - 1 and not _ABBREV.search(text[max(pa, m.start() - 5) : m.start() + 1]):
                start = m.end()
        if _quotes_more_than_fragments(text[start:end]):
            return None
        return self._tokens_between(start, end)

    def _statement_issuer(self, text: str, seg: Segment, paras: list[tuple[int, int]], attr: Attribution | None,
                          resolver: MentionResolver) -> tuple[str, str] | None:
        """'The Unity Party took first place, the party's press service said.\n"We won," the statement read.':
        a document ("the statement", "the release") that no sentence names the issuer of is the statement of the
        organisation whose reported speech the sentence right before gives (the subject of its speech verb)."""
        subj = attr.subject if attr is not None else None
        if not isinstance(subj, Span) or subj[-1].lower_ not in self.lex.doc_nouns or len(subj) > 3:
            return None
        for t in self._narration_before(text, seg, paras) or ():
            # "The UN Secretary General issued a cautious statement": the subject of a verb of issuing a document
            # is its issuer, a person or an organisation
            issues = t.lemma_.lower() in _ISSUING_VERBS and any(
                c.dep_ in ("obj", "dobj") and c.lemma_.lower() in self.lex.doc_nouns for c in t.children)
            if t.lower_ not in self.verb_forms and not issues:
                continue
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubj:pass") and c.i < t.i:
                    np = self._doc[c.left_edge.i : c.i + 1]
                    name, kind = resolver.resolve(np, prefer_speaker=False)
                    if name and (kind == "organization" or issues and kind == "person"):
                        return name, kind
                    if issues and name is None and c.text[:1].isupper() and c.lower_ in self.lex.role_titles:
                        # "The UN Secretary General issued a statement": an office the article names no holder of
                        return " ".join(t.text for t in np if t.lower_ != "the"), "person"
        return None

    def _org_antecedent(self, text: str, seg: Segment, paras: list[tuple[int, int]], subj) -> Span | None:  # noqa: ANN001
        """For the subject "it": the noun phrase that opens the sentence before the quote when it is an
        organisation described by a common noun ("the electoral commission", "the ministry"), else None."""
        tok = subj if isinstance(subj, Token) else (subj[0] if len(subj) == 1 else None)
        if tok is None or tok.lower_ not in self.lex.org_pronouns:
            return None
        pa, _pb = paras[seg.para]
        end = seg.open
        if not text[pa:end].strip() and seg.para > 0:
            pa, end = paras[seg.para - 1]
        start = pa
        for m in _TERMINAL.finditer(text, pa, end):
            if m.end() < end - 1 and not _ABBREV.search(text[max(pa, m.start() - 5) : m.start() + 1]):
                start = m.end()
        np = self._leading_np(self._tokens_between(start, end))
        if not np or np[-1].lower_ not in self.lex.org_nouns or np[-1].text[:1].isupper():
            return None
        return self._span(np)

    def _appositive_name(self, toks: list[Token], np: list[Token]) -> list[Token]:
        """"Doe's rival, President Ann Roe, conceded": a description followed by the name it stands for -> the
        name; any other noun phrase as it is."""
        if not np[-1].is_lower:
            return np
        k = next((i for i, t in enumerate(toks) if t.i == np[-1].i), None)
        if k is None or k + 2 >= len(toks) or toks[k + 1].text != ",":
            return np
        name: list[Token] = []
        for t in toks[k + 2 : k + 8]:
            if t.text == ",":
                break
            name.append(t)
        return name if name and self._is_name_np(name) else np

    def _looks_like_speech(self, words: str, seg: Segment, text: str, paras: list[tuple[int, int]]) -> bool:
        """An unattributed quote is kept only when it reads like speech: a sentence of several words."""
        ws = words.split()
        if len(ws) < self.min_unattributed_words:
            return False
        caps = sum(1 for w in ws if w[:1].isupper())
        if caps / len(ws) > 0.6:
            return False
        return True

    def _ends_paragraph(self, text: str, seg: Segment, paras: list[tuple[int, int]]) -> bool:
        b = next((pb for pa, pb in paras if pa <= seg.close <= pb), seg.close)
        return text[seg.close : b].strip(" .,;:!?\u2014\u2013-") == ""

    def _opens_paragraph(self, text: str, seg: Segment, paras: list[tuple[int, int]]) -> bool:
        a, _b = paras[seg.para]
        return text[a : seg.open].strip() == ""

    # -- noun phrases ---------------------------------------------------------
    def _span(self, toks: list[Token]) -> Span:
        return self._doc[toks[0].i : toks[-1].i + 1]

    def _np_left(self, toks: list[Token]) -> list[Token] | None:
        """The subject right before a verb: skip adverbs/auxiliaries, then take name-like tokens leftwards."""
        k = len(toks) - 1
        appositive = False
        # "Ola Berg, the party's spokesman, has told ...": the auxiliary before the verb, then the appositive's comma
        if k >= 3 and toks[k].pos_ == "AUX" and toks[k].lower_ in ("has", "had", "have", "was", "is") and toks[k - 1].text == ",":
            k -= 1
        if k >= 2 and toks[k].text == ",":
            appositive = True
            k -= 1
        while k >= 0 and (toks[k].lower_ in ADVERB_GAP or toks[k].pos_ in ("ADV", "AUX")) and not toks[k].text[:1].isupper():
            k -= 1
        # "he said in an interview" style gaps already skipped; now the NP
        out: list[Token] = []
        while k >= 0:
            t = toks[k]
            low = t.lower_
            if t.text in STOP_LEFT or t.is_space or low in CLAUSE_WORDS or (t.is_punct and t.text not in (".", "'s", "\u2019s", "-", "\u2019", "'")):
                break
            if self._is_speech(t) and t.lower_ in ("said", "says", "told"):
                break
            if low in ("on", "in", "at", "to", "with", "from", "into", "over", "after", "before", "about", "against", "by", "during", "under", "amid"):
                # "the Velo Embassy in Osk said", "Tomas Ek in Osk said": the speaker is the one placed, not the place
                if low in ("in", "at") and out and len(out) <= 3 and k > 0 and (
                        self._is_place_np(out) or (all(o.text[:1].isupper() for o in out) and out[-1].head.i == toks[k - 1].i)):
                    placed = self._np_left(toks[:k])
                    # (an organisation, a name, or people described in lower case: "voters in Osk said")
                    if placed and (placed[-1].text in self.lex.org_heads or self._is_name_np(placed)
                                   or (placed[-1].is_lower and self._speaker_like(placed))):
                        return placed
                break
            # a lower-case verb before the NP ends it ("the meeting was great" - handled by caller)
            if t.pos_ in ("VERB", "AUX") and not t.text[:1].isupper() and out \
                    and not (t.tag_ in ("VBG", "VBN", "JJ") and k > 0 and toks[k - 1].lower_ in _DETERMINERS):
                break  # (but "the ruling party", "the elected mayor": a participle as an adjective)
            if out and out[0].lower_ in ("the", "a", "an") and not t.is_punct and t.lower_ not in ("of", "'s", "\u2019s") \
                    and not t.text[:1].isupper():
                break  # "in a vote the opposition says was ...": a determiner opens the subject; a word before it is another phrase's
            out.insert(0, t)
            k -= 1
            if len(out) >= 8:
                break
        while out and (out[0].lower_ in _NP_LEAD_WORDS or (len(out) > 1 and out[0].lower_ in ADVERB_GAP and out[0].pos_ in ("ADV", ""))):
            out = out[1:]  # ("and Jane Doe", "Later he")
        if len(out) > 1 and out[-1].lower_ in _SUBJECT_PRONOUNS and out[-2].text != "-":
            # "Last night he added:", "On Monday she said": a subject pronoun takes no words before it in its own
            # phrase, so what comes before it is a time or place phrase of the clause
            out = out[-1:]
        if not out:
            return None
        # "Jane Doe, the agency's spokesperson, said": the name before the appositive
        if appositive:
            if k >= 1 and toks[k].text == "," and len(out) <= 8:
                name = self._np_left(toks[:k])
                # "The party leader, Jane Doe, said": the role comes first and the name is the appositive
                if name and (self._is_role_np(name) or name[-1].is_lower) and self._is_name_np(out):
                    return out  # (also "Doe's deputy, Ian Vale, said": the description names someone else)
                if name and any(t.text[:1].isupper() for t in name) and not _adverbs_only(name):
                    return name
                if name and self._is_role_np(name) and any(t.text[:1].isupper() for t in out):
                    return out
                if name is None and len(out) >= 2 and self._is_name_np(out) and toks[k - 1].text == ")":
                    # "The secretary of the Union Party (UP), Jane Doe, said": the description ends in a
                    # parenthesis the noun phrase walk stops at; the name in commas is the subject's
                    return out
            # "Jane Doe, speaking in Vesk, said" / "Jane Doe, who chairs the board, said": the name before the
            # comma that opens the inserted phrase
            j = k
            while j >= 1 and k - j < 10 and toks[j].text != "," and not self._is_speech(toks[j]) and toks[j].text not in STOP_LEFT:
                j -= 1
            if j >= 1 and j < k and toks[j].text == ",":
                inserted = toks[j + 1]
                # (also an inserted prepositional phrase: "Jane Doe, in all likelihood the next premier, told ...",
                # "Jane Doe, at a rally in Vesk, said")
                if inserted.is_lower and (inserted.lower_.endswith("ing") or inserted.lower_ in ("who", "whose", "a", "an", "the", "herself", "himself", "now", "then", "once")
                                          or inserted.lower_ in _INSERTED_PREPS):
                    name = self._np_left(toks[:j])
                    # (a role: "Earlier, the prime minister, in a tweet, congratulated ...")
                    if name and (any(t.text[:1].isupper() for t in name) and not _adverbs_only(name) or self._is_role_np(name)):
                        return name
            return None
        return self._trim_np(out)

    def _colon_name_before_affiliation(self, core: list[Token], np: list[Token] | None) -> list[Token] | None:
        """'Mara Toll, Green Party: "..."', 'Ivo Rask, Velo: "..."': a reaction line that opens with a person's name,
        then a comma and the affiliation (a party, a country, an office) before the colon.  The speaker is the name,
        not the affiliation ``np`` next to the colon; any other ``np`` as it is (also 'Harbour Party, Ivo Rask:',
        where the part before the comma is an organisation)."""
        if not np:
            return np
        words = [t for t in core if not t.is_space]
        k = next((j for j, t in enumerate(words) if t.i == np[0].i), None)
        if k is None or k < 3 or words[k - 1].text != ",":
            return np
        name = words[: k - 1]
        heads = self.lex.org_heads
        # (a name: capitalised words, none a function word -- "In Osk, Ivo Rask:" is a place phrase, then the name)
        if 2 <= len(name) <= 4 and self._is_name_np(name) and not any(t.text in heads or t.is_stop for t in name) \
                and name[0].i == words[0].i:
            return name
        return np

    @staticmethod
    def _is_place_np(np: list[Token]) -> bool:
        """Capitalised words the tagger calls a place, or a place the data knows ("Osk", "Norway")."""
        if not all(t.text[:1].isupper() for t in np):
            return False
        return all(t.ent_type_ in ("GPE", "LOC") for t in np) or " ".join(t.lower_ for t in np) in _known_places()

    def _is_role_np(self, np: list[Token]) -> bool:
        """'the TLF leader', 'the country's prime minister': a noun phrase whose head is a lower-case role title."""
        words = [t.lower_ for t in np]
        if not words or not np[-1].is_lower:
            return False
        return words[-1] in self.lex.role_titles or " ".join(words[-2:]) in self.lex.role_titles

    def _is_name_np(self, np: list[Token]) -> bool:
        """A personal name: capitalised words only (possibly after a title), not a role phrase."""
        words = [t for t in np if not t.is_punct]
        return bool(words) and all(t.text[:1].isupper() for t in words) and not self._is_role_np(np)

    def _trim_np(self, out: list[Token]) -> list[Token] | None:
        if not out:
            return None
        # a description that points back to a person ("the 61-year-old"), even without a tagger
        if any(p.match(self._span(out).text.lower()) for p in self.lex.person_anaphors):
            return out
        # must contain a noun-ish word or a pronoun
        if not any(t.text[:1].isupper() or t.lower_ in self.pronouns or t.pos_ in ("NOUN", "PROPN", "PRON") or t.lower_ in self.lex.org_nouns
                   or t.lower_ in self.lex.role_titles or t.lower_ in self.lex.unnamed_sources for t in out):
            return None
        # an object pronoun / reflexive is not a subject
        if len(out) == 1 and out[0].lower_ in ("him", "them", "me", "us", "it") and out[0].lower_ != "it":
            return None
        return out

    def _np_right(self, toks: list[Token], k: int) -> list[Token] | None:
        out: list[Token] = []
        while k < len(toks):
            t = toks[k]
            low = t.lower_
            if t.is_space or t.text in STOP_LEFT or t.text in (".", "!", "?") and not out:
                break
            if t.text in (".",) and out:
                break
            # "a statement from the electoral commission", "a spokesperson for X": the issuer belongs to the phrase
            issuer_link = low in ("from", "by") and out and out[-1].lower_ in self.lex.org_nouns
            # "the Minister of Trade and Industry", "the Department of Health and Social Care": an office's
            # department of two domains joined by "and" is one phrase
            office_and = low in ("and", "&") and out and any(o.lower_ in ("of", "for") for o in out) \
                and out[-1].text[:1].isupper() and k + 1 < len(toks) and toks[k + 1].lower_ in self.lex.office_domains
            # "Ambassador to Norway Jane Doe": a post in a country, the name after it
            post_to = low == "to" and out and out[-1].lower_ in self.lex.role_titles and k + 1 < len(toks) \
                and toks[k + 1].text[:1].isupper()
            if low in NP_STOP_RIGHT and not (low in ("for", "of") and out) and not issuer_link and not office_and \
                    and not post_to:
                break
            out.append(t)
            k += 1
            if len(out) >= 10:
                break
        while out and out[-1].text in (".", ",", "'s", "\u2019s"):
            out.pop()
        return out or None

    def _dep_subject(self, verb: Token) -> Span | None:
        if not self._doc.has_annotation("DEP"):
            return None
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return self._doc[c.left_edge.i : c.right_edge.i + 1] if c.right_edge.i - c.left_edge.i < 8 else self._doc[c.i : c.i + 1]
        return None

    def _clause_subject(self, verb: Token, toks: list[Token]) -> Span | None:
        """Subject of a speech verb that has none right before it: a conjoined verb ("..., but said"), a
        participle ("..., adding that", "Calling them ..., Moepya said") -> the sentence's own subject."""
        sent_before = getattr(self, "_sent_before", toks) or toks
        sent_after = getattr(self, "_sent_after", [])
        lead = [t for t in sent_before if t.i < verb.i]
        # sentence-initial participle: the subject comes after the quote ("Calling it "x", Jones said ...")
        if verb.lower_.endswith("ing") and not [t for t in lead if not t.is_punct and not t.is_space]:
            for k, t in enumerate(sent_after):
                if self._is_speech(t) and k > 0:
                    np = self._np_left(sent_after[:k])
                    if np:
                        return self._span(np)
            return None
        np = self._leading_np(lead)
        if np:
            return self._span(np)
        # 'On Sunday, Doe's deputy, Ian Vale, refused to repeat that it was "inevitable"': after an introductory
        # phrase and its comma, the subject (or the name in apposition to it)
        words = [t for t in lead if not t.is_space]
        # ('Conceding defeat, Jane Doe congratulated ... and asked her to "..."', 'Due to the party's poor result,
        # he ... condemned an "..."': a fronted participle clause or prepositional phrase, up to its comma)
        if words and (words[0].lower_ in _INTRO_WORDS or words[0].lower_ in _INTRO_LEADS or _opens_participle(words[0])):
            # (a fronted phrase of its own kind may be longer: "Due to the party's poor result in the vote,")
            reach = 9 if words[0].lower_ in _INTRO_WORDS else 15
            comma = next((k for k, t in enumerate(words[:reach]) if t.text == ","), None)
            if comma is not None:
                rest = words[comma + 1 :]
                np = self._leading_np(rest)
                if np:
                    np = self._appositive_name(rest, np)
                    if self._speaker_like(np):
                        return self._span(np)
        # 'Asked about the vote, the minister declared that the party had failed, stating: "..."': a participle
        # after a comma goes with the sentence's first speech verb, whose subject comes right before it (a parser
        # may hang the participle on the nearer verb of the reported clause, whose subject is someone else)
        if verb.lower_.endswith("ing"):
            for k, t in enumerate(lead):
                if t.i < verb.i and k > 0 and self._is_speech(t) and not t.lower_.endswith("ing"):
                    np = self._np_left(lead[:k])
                    if np and self._speaker_like(np):
                        return self._span(np)
                    break
        # '"...," said Jane Doe, adding that "..."': the inverted subject of the sentence's opening speech verb
        words = [t for t in lead if not t.is_punct and not t.is_space]
        if words and words[0].is_lower and self._is_speech(words[0]):
            k = lead.index(words[0])
            np = self._np_right(lead, k + 1)
            if np and self._speaker_like(np):
                return self._span(np)
        if self._doc.has_annotation("DEP"):
            v = verb
            for _ in range(3):
                s = self._dep_subject(v)
                # (a subject that cannot speak is the reported clause's: 'reiterated that "this victory belongs
                # to the people" and promised "..."' hangs "promised" on "belongs"; go up to the speech verb)
                if s is not None and s.text.lower() not in ("it", "there", "this", "that") and self._speaker_like(list(s)):
                    return s
                if v.head is v:
                    break
                v = v.head
        return None

    def _leading_np(self, toks: list[Token]) -> list[Token] | None:
        """The noun phrase that opens a sentence (its usual subject): name-like tokens up to the first comma or verb."""
        out: list[Token] = []
        # skip a dateline ("OTTAWA \u2014", "LONDON (Reuters) -")
        for j, t in enumerate(toks[:6]):
            if t.text in ("\u2014", "\u2013", "-", "--") and all(x.is_upper or x.is_punct or x.is_space for x in toks[:j]):
                toks = toks[j + 1 :]
                break
        else:
            # "Nairobi, (APP - Agency News - 22nd May, 2020 ) :Burundi's ...": a place and a parenthesised agency
            # credit, then a colon or dash
            if len(toks) > 3 and toks[0].text[:1].isupper() and any(t.text == "(" for t in toks[:4]):
                for j, t in enumerate(toks[:24]):
                    if t.text == ")" and j + 1 < len(toks) and toks[j + 1].text in (":", "\u2014", "\u2013", "-", "--"):
                        toks = toks[j + 2 :]
                        break
        first = next((t for t in toks if not t.is_space and not t.is_punct), None)
        if first is not None and (first.lower_ in _INTRO_LEADS or _opens_participle(first)
                                  or first.lower_ in _INTRO_WORDS and first.pos_ in ("ADV", "SCONJ", "CCONJ")):
            # ("However, Opposition Leader X was ...": a sentence adverb opening the sentence is no subject)
            # an introductory phrase ("According to X, ...", "In his speech, ...", "Due to the defeat, ...") or
            # participle clause ("Conceding defeat, Jane Doe ..."): no subject at the start
            return None
        for t in toks:
            if t.is_space or (not out and t.is_punct):
                continue
            if t.is_punct and t.text not in (".", "'s", "\u2019s", "-"):
                break
            # (an adjective or a participle modifying the noun is no verb: "An elated party leader Jane Doe ...")
            if t.pos_ in ("VERB", "AUX") and t.tag_ != "JJ" and t.dep_ != "amod" or self._is_speech(t) or t.lower_ in CLAUSE_WORDS:
                break
            if t.is_lower and t.lower_ in _AUX_WORDS:
                break  # no tagger: "Jane Doe was defiant"
            if out and t.is_lower and (t.pos_ == "ADV" or t.lower_ in ADVERB_GAP):
                break  # "He quickly took to social media to say ...": the adverb ends the subject
            if t.pos_ == "ADP" and not out:
                return None  # an introductory phrase ("In his speech, ..."): no subject at the start
            out.append(t)
            if len(out) > 7:
                return None
        return self._trim_np(out)


# two single marks typed for one double mark: two apostrophes (''We will win,'' the PM said), two curly single
# marks either way round, or two grave accents opening (``We will win,'' -- wire copy typed for typesetting) (‘‘We will win,’‘ / … dispatch’’)
# a quotation mark other than an apostrophe ("I’ll", "voters’"): double marks, guillemets, opening single marks
_WORDS = re.compile(r"\w+")
_INTRO_WORDS = frozenset({"on", "in", "at", "after", "before", "during", "earlier", "later", "meanwhile", "however",
                          "speaking", "asked", "addressing", "last", "this", "yesterday", "today"})
_INSERTED_PREPS = frozenset({"in", "at", "on", "as", "with", "from", "after", "during", "by"})
# words that open a fronted phrase before a sentence's subject ("Despite the defeat, she said ...")
_INTRO_LEADS = frozenset({"according", "in", "on", "at", "after", "before", "during", "as", "for", "with", "of", "by",
                          "from", "under", "when", "while", "if", "due", "despite", "following", "amid", "because",
                          "although", "though", "since", "unlike", "given", "upon", "without", "throughout", "ahead",
                          "owing", "thanks", "once"})


def _named_inside(name: str, words: str) -> bool:
    """The person's surname (two words or more in the name) stands in the quotation's words."""
    parts = name.split()
    return len(parts) >= 2 and re.search(rf"\b{re.escape(parts[-1])}\b", words) is not None


def _is_pronoun(subj, pronouns) -> bool:  # noqa: ANN001
    toks = [subj] if isinstance(subj, Token) else list(subj)
    return len(toks) == 1 and toks[0].lower_ in pronouns


# "the 75-year-old": an age that stands for a person
_AGE_WORD = re.compile(r"\d+-years?-old$")
# verbs whose subject is the issuer of the document they take as object ("issued a statement")
_ISSUING_VERBS = frozenset(("issue", "release", "publish", "put", "send", "post", "circulate"))


def _opens_participle(t: Token) -> bool:
    """A sentence-initial participle that opens a clause of its own ("Conceding defeat, ...", "Asked about it, ...")."""
    if not t.is_title:
        return False
    if t.tag_ in ("VBG", "VBN") and t.pos_ in ("VERB", "AUX"):
        return True
    # a tagger may read a capitalised "-ing" word as a noun ("Conceding defeat, ..."); a name ("Beijing, ...",
    # "Jo Manning said") is tagged as one or is followed by a capital or a comma, an opening participle by its object
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    return (t.lower_.endswith("ing") and len(t) > 5 and t.tag_ not in ("NNP", "NNPS") and t.pos_ != "PROPN"
            and nxt is not None and nxt.is_lower and nxt.is_alpha)


_ANY_MARK = re.compile("[\"\u201c\u201d\u00ab\u00bb\u201e\u2018]|(?<!\\w)['\u2019]")
# characters some typesetting uses for double quotation marks: the double prime (\u2033) and the fullwidth mark
# (\uff02) for a straight one, the reversed mark (\u201f) and the CJK double prime marks (\u301d \u301e) for curly ones
_OTHER_MARKS = str.maketrans({"\u2033": '"', "\uff02": '"', "\u201f": "\u201c", "\u301d": "\u201c", "\u301e": "\u201d"})
_OTHER_MARKS_RE = re.compile("(?<![0-9])[\u2033\uff02\u201f\u301d\u301e]")  # (not inches: '12\u2033 thick')
_PAIRED_SINGLES = re.compile("['‘’`]['‘’`]")
_PAIRED_SINGLE_TOKENS = frozenset(a + b for a in "'‘’" for b in "'‘’")
_DOUBLE_APOSTROPHE_OPEN = re.compile("(?:(?<=^)|(?<=[\\s(\\[—–,:]))(?:['‘’]['‘’]|``)(?=\\w)", re.MULTILINE)
_DOUBLE_APOSTROPHE_CLOSE = re.compile("(?<=[\\w.,!?…])['‘’]['‘’](?=[\\s,.;:!?)—–-]|$)", re.MULTILINE)


def _double_apostrophes(text: str) -> str:
    """Some house styles quote with two single marks (''We will win,'' the PM said; ‘‘...’’): the
    text the quotation marks are looked for in, with each such pair made one curly double mark beside a space
    (same length, so every offset still points at the same character of the Doc)."""
    text = _DOUBLE_APOSTROPHE_OPEN.sub(" \u201c", text)
    return _DOUBLE_APOSTROPHE_CLOSE.sub("\u201d ", text)


def _stray_at(line: str, k: int, start: int) -> int | None:
    """What the opening mark at ``k`` means for a quote opened before ``start`` (see ``_stray_opener``)."""
    nxt = line[k + 1] if k + 1 < len(line) else " "
    prv = line[k - 1] if k > 0 else " "
    if prv.isspace() and (nxt.isspace() or nxt in ".,;:!?"):
        return k  # typed the wrong way round: it closes
    if prv.isspace() and nxt.isalpha() and line[max(start, k - 3) : k].rstrip()[-1:] in (".", "!", "?"):
        return k - 1  # a new quoted sentence: the open one ended unclosed
    return None


@functools.lru_cache(maxsize=16)
def _stray_marks(line: str, opener: str) -> tuple[list[int], list[int]]:
    """The marks ``opener`` in ``line`` that are strays, and what each means (``_stray_at``), in order."""
    marks: list[int] = []
    hits: list[int] = []
    k = line.find(opener)
    while k != -1:
        hit = _stray_at(line, k, 0)
        if hit is not None:
            marks.append(k)
            hits.append(hit)
        k = line.find(opener, k + 1)
    return marks, hits


@Language.factory("claimx_quotes", default_config={"min_unattributed_words": 6})
def make_quotes(nlp: Language, name: str, min_unattributed_words: int) -> QuotesComponent:
    return QuotesComponent(nlp, name, min_unattributed_words)


def _adverbs_only(np: list[Token]) -> bool:
    """ "Earlier, the prime minister, in a tweet, congratulated ...": a sentence adverb before the subject's comma is
    capitalised at the sentence start, and no name."""
    return all(t.pos_ == "ADV" or t.lower_ in ADVERB_GAP for t in np if not t.is_punct)
