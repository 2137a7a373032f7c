"""claimx_majority: majority-status statements (claim type ``majority_status``).

A party's majority, minority, shortfall or supermajority, in the ways election reporting says it ("won an
outright majority", "its majority grew", "a hung parliament", "no party won outright", "fell short of the 116
needed", "four seats short of a majority", "passed the halfway mark", "lost its majority", "a minority
administration", "a two-thirds majority"), with the party it is about. Runs after ``claimx_seats`` and reads
what the earlier components left: party entities (``Span._.claimx_party``) and the seat-count drafts in
``Doc._.claimx_drafts`` (their parties, positions and seat figures).

Four stages per article, each a function below:

1. **phrases** (``data/majority/patterns.jsonl``, token Matcher patterns; ``@name`` in a pattern is a word list
   of ``words.json``): every phrase that can state a status, with the status it states when asserted;
2. **assertion**: drop what is not a statement of fact about this election: conditions and rules ("a party
   needs 326 seats to form a majority", "if no party wins a majority"), goals ("hopes to win a majority", "its
   bid for a majority"), speculation ("could win a majority"), questions, "a majority of voters" and other
   majorities that are not a chamber's. Projections stay ("is projected to win a majority", "headed for a
   minority government"): the gold conventions count projected statuses. A negation flips the status ("did
   not win a majority", "failed to secure a majority": short_of_majority; "has not lost its majority":
   majority); a negated minority or supermajority says nothing about a majority and is dropped;
3. **whose**: the party, from the parse: the possessor ("the ANC's majority", "its majority" -> the subject of
   the clause or the party just mentioned), the subject of the clause (walking up through "to"-clauses and
   conjuncts; "it" / "they" / "which" / "the party" -> the party mentioned just before; "the X-led coalition"
   is that coalition, named as written), the object of "gave X a majority", the party of a seat count before the
   phrase (", a comfortable majority"), else the nearest party before it in the sentence, after it in the
   clause, or in the sentence before; a shortfall or minority with none of these goes to the leading party
   (the most seats in the article's result and projected counts). "No party" / "none of the parties" / "a hung
   parliament" names no party: the party is null, as the claim schema says (the gold files give such a statement
   to the leading party; measured on the unstudied fold, guessing the leader there lost more than it gained).
   Never a name that is not a party: a person's status has a null party, a candidate's majority is dropped;
4. **emit**: one claim per sentence, party and status; ``rule`` is ``majority/<pattern>`` plus the decisions
   (``/negated``, ``/projected``, ``+party:<how>``), ``short_by`` the N of "N seats short".
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .. import extensions  # noqa: F401  (registers Doc._/Span._ attributes)
from ..anchors import SentenceMatcher
from ..batched import BatchedPipe
from ..extensions import add_draft
from ..numbers import parse_number
from ..parties import PARTY_HEADS, canonical_party, looks_like_party

DATA = Path(__file__).resolve().parent.parent / "data" / "majority"
SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj")
POSSESSORS = ("nmod:poss", "poss")
OBJECTS = ("obj", "iobj", "dobj", "dative")
CLAUSE_UP = ("xcomp", "conj", "advcl", "ccomp", "acl", "acl:relcl", "relcl", "parataxis", "amod")
NOT_PARTY_ENTS = ("GPE", "LOC", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL", "QUANTITY", "FAC", "EVENT")
PARTY_SUBJECT_ROUTES = ("subject", "subject=previous", "possessor", "its=subject", "in-phrase", "noun-phrase", "count", "head")
OWN_CLAUSE = ("conj", "advcl", "parataxis", "acl", "acl:relcl", "relcl", "ccomp")
GOVERNING = ("ruling", "governing", "incumbent")
SPEECH = {"said", "says", "say", "told", "added", "stated", "argued", "noted", "wrote"}


@dataclass
class Mention:
    """A party named in the text: tokens [start, end), its normalised name and the words as written."""

    start: int
    end: int
    name: str
    text: str


# ---------------------------------------------------------------------------- data


def load_words(folder: Path = DATA) -> dict[str, list[str]]:
    raw = json.loads((folder / "words.json").read_text(encoding="utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def load_patterns(folder: Path, words: dict[str, list[str]]) -> list[dict[str, Any]]:
    """The phrase patterns with every ``"@name"`` replaced by the word list ``name``."""

    def expand(value: Any) -> Any:
        if isinstance(value, str) and value.startswith("@"):
            return words[value[1:]]
        if isinstance(value, dict):
            return {k: expand(v) for k, v in value.items()}
        if isinstance(value, list):
            return [expand(v) for v in value]
        return value

    out = []
    for line in (folder / "patterns.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            p = json.loads(line)
            p["pattern"] = expand(p["pattern"])
            out.append(p)
    return out


# ---------------------------------------------------------------------------- the component


class MajorityComponent(BatchedPipe):
    def __init__(self, nlp: Language, name: str, data_dir: str | None = None):
        self.name = name
        self.nlp = nlp
        self.data_dir = Path(data_dir) if data_dir else DATA
        self.words = load_words(self.data_dir)
        self.w = {k: frozenset(v) for k, v in self.words.items()}
        self.patterns = {p["id"]: p for p in load_patterns(self.data_dir, self.words)}
        # a Matcher run only over the sentences with a word a pattern needs ("majority", "short", "hung"...)
        self.matcher = SentenceMatcher(nlp.vocab)
        # without a tagger the same patterns without their TAG / POS tests (a pipeline of rules only)
        self.untagged = SentenceMatcher(nlp.vocab)
        for pid, p in self.patterns.items():
            self.matcher.add(pid, p["pattern"])
            self.untagged.add(pid, _without_tags(p["pattern"]))

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        spans = self.phrases(doc)
        if not spans:
            return doc  # (most articles: nothing more to read)
        art = _Article(doc, self.w)
        found: list[tuple[int, dict[str, Any]]] = []
        for span in spans:
            draft = self.statement(art, span)
            if draft is not None:
                found.append((art.sent_index(span.start), draft))
        named = {(k, d["status"]) for k, d in found if not _by_default(d)}
        seen: set[tuple[int, str | None, str]] = set()
        for k, d in found:
            if _by_default(d) and (k, d["status"]) in named:
                continue  # "Hung parliament as the X falls short": the sentence says whose shortfall
            if (k, d["party"], d["status"]) in seen:
                continue  # one statement per sentence, party and status
            seen.add((k, d["party"], d["status"]))
            add_draft(doc, d)
        return doc

    # ---- saving with the pipeline (nlp.to_disk): the two data files, read back by from_disk
    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for f in ("patterns.jsonl", "words.json"):
            shutil.copyfile(self.data_dir / f, path / f)

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> "MajorityComponent":
        path = Path(path)
        if (path / "patterns.jsonl").is_file():
            self.__init__(self.nlp, self.name, str(path))  # type: ignore[misc]
        return self

    # ---- stage 1: phrases
    def phrases(self, doc: Doc) -> list[Span]:
        strings = doc.vocab.strings
        tagged = doc.has_annotation("TAG") and doc.has_annotation("POS")
        spans = [Span(doc, s, e, label=strings[mid]) for mid, s, e in (self.matcher if tagged else self.untagged)(doc)]
        return sorted(filter_spans(spans), key=lambda sp: sp.start)

    def statement(self, art: "_Article", span: Span) -> dict[str, Any] | None:
        p = self.patterns[span.label_]
        doc = art.doc
        w = self.w
        if _not_a_chamber_majority(doc, span, p, w):
            return None
        nxt = doc[span.end].lower_ if span.end < len(doc) else ""
        if nxt in p.get("not_followed_by", ()):
            return None
        if set(p.get("not_preceded_by", ())) & {t.lower_ for t in doc[max(span.sent.start, span.start - 4) : span.start]}:
            return None  # "came close to a two-thirds majority", "fell short of a supermajority"
        if span.start > 0 and doc[span.start - 1].lower_ in p.get("not_right_after", ()):
            return None  # "voted with the majority of senators"
        status = p["status"]
        decisions: list[str] = []
        root = _anchor(span)
        verb = _clause_verb(root)
        subj = _object_controller(root, verb) or (_subject(verb, w) if verb is not None else None)
        no_party = p.get("whose") == "none" or _is_no_party(subj, w) or _no_party_before(span, w)
        # ---- stage 2: assertion
        if self.unasserted(art, span, p, root, verb, subj, no_party):
            return None
        negated = no_party and p.get("whose") != "none" or (verb is not None and _negated(root, verb, span, w))
        if negated and p.get("negated_drop"):
            return None  # "no longer needs partners": says it has a majority, but not that it won one
        if any(t.lower_ in w["supermajority_words"] for t in span):
            if status == "short_of_majority":
                return None  # "close to a two-thirds majority": it may well have a majority
            if status == "majority":
                status = "supermajority"  # "won a two-thirds majority"
        if negated and p.get("negatable", True):
            flipped = {"majority": "short_of_majority", "short_of_majority": "majority"}.get(status)
            if flipped is None:
                return None  # "did not win a two-thirds majority": nothing about a majority
            if status == "short_of_majority" and no_party:
                flipped = status  # "no party came close to a majority": still nobody's majority
            if flipped != status:
                status = flipped
                decisions.append("negated")
        # ---- stage 3: whose
        if no_party:
            who, how = None, "none"  # the text names no party (the schema's null party)
        else:
            who, how = self.whose(art, span, p, root, verb, subj)
            if how == "not-a-party":
                return None
            if p.get("party_subject") and subj is not None and how not in PARTY_SUBJECT_ROUTES:
                return None  # "Counting passed the halfway mark", "The premier needs the support of Ottawa"
            if who is None and status in ("short_of_majority", "minority") and how != "person":
                who, how = art.leader(), "leader"
                if who is None:
                    how = "none"
        short_by = None
        if p.get("short_by") and not _under_even_if(root, w):
            # (not "Even if it won every seat left, it would have 52, nine fewer than needed": a shortfall that
            # holds in any case, but counted from a figure it does not have)
            short_by = _first_number(span)
            if short_by is None:
                return None
        rule = "/".join(["majority", p["id"], *decisions]) + f"+party:{how}"
        draft: dict[str, Any] = {
            "type": "majority_status",
            "start": span.start_char,
            "end": span.end_char,
            "rule": rule,
            "confidence": 0.75 if who else 0.6,
            "party": who.name if who else None,
            "party_text": who.text if who else None,
            "status": status,
        }
        if short_by is not None:
            draft["short_by"] = short_by
        return draft

    # ---- stage 2: is it asserted?
    def unasserted(self, art: "_Article", span: Span, p: dict[str, Any], root: Token, verb: Token | None,
                   subj: Token | None, no_party: bool) -> str | None:
        """Why the phrase does not assert a status of this election (None when it does). "No party can reach
        a majority" is asserted: only conditions and questions are dropped there."""
        w = self.w
        doc = span.doc
        sent = span.sent
        if sent.text.rstrip().rstrip("\"'\u201d\u2019").endswith("?"):
            return "question"
        chain = _clause_chain(root)
        for t in chain:
            if any(c.dep_ == "mark" and c.lower_ in w["condition_marks"] for c in _kids(t)):
                return "condition"  # "if no party wins a majority", "whether Labour can win a majority"
            for c in _kids(t):  # "If it wins ten more seats, it would have a majority": a condition on the clause
                if c.dep_ == "advcl" and c.i < t.i and _condition(c, w) == "if":
                    return "condition"
        if "the last time" in sent.text.lower():
            return "previous"  # "the last time no party had a majority was in 2004"
        if _poll_expectation(sent, w):
            return "poll"  # "polls suggested the X would win a majority": an expectation before the count
        if no_party:
            return None
        if verb is not None and verb.tag_ == "VBN" and any(c.lower_ == "had" and c.dep_.startswith("aux") for c in _kids(verb)) \
                and any(c.lower_ == "since" for t in _subtree(verb) for c in [t]):
            return "previous"  # "the X, which had held a majority since 2016": a status before this election
        core = verb is not None and (root.i == verb.i or root.head.i == verb.i and root.dep_ in OBJECTS + ("xcomp", "obl"))
        if core and any(c.dep_.startswith("aux") and c.lower_ in w["hypothetical_aux"] for c in _kids(verb)):
            return "speculation"  # "could win a majority", "might lose its majority"
        t = root
        while not p.get("need_ok") and t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
            t = t.head
            if any(c.dep_.startswith("aux") and c.lower_ in w["hypothetical_aux"] for c in _kids(t)):
                return "speculation"  # "could lose fifty deputies and still govern alone"
        if not p.get("need_ok"):
            for below, t in zip(chain, chain[1:4]):
                if below.dep_ in ("conj", "parataxis", "appos", "list"):
                    break  # "the people want change, AD first but without a majority": another clause
                if t.lemma_.lower() in w["goal_verbs"] or t.lower_ in w["need_words"]:
                    return "goal"  # "hopes to win a majority", "needs 76 seats to form a majority"
                if t.lower_ in w["refusal_verbs"] or t.lemma_ == "rule" and any(c.lower_ == "out" for c in _kids(t)):
                    return "refused"  # "ruled out forming a minority government"
            if verb is not None and verb.lower_ in w["need_words"]:
                return "goal"
            for t in span:
                if t.lower_ in ("majority", "minority", "supermajority") and t.head.lower_ in w["goal_nouns"] and t.head.i < t.i:
                    return "goal"  # "its bid for a majority", "hopes of a majority"
            before = doc[max(sent.start, span.start - 2) : span.start]
            if any(t.lower_ in w["goal_nouns"] and t.pos_ == "NOUN" for t in before) and any(t.lower_ in ("for", "of", "to", "at") for t in before):
                return "goal"
        if not p.get("generic_ok") and subj is not None and _generic(subj, w):
            return "generic"  # "a government needs the support of 76 deputies"
        if subj is not None and subj.lower_ in w["not_party_subjects"]:
            return "not-a-party"  # "the bill passed with a two-thirds majority": a vote, not a chamber's make-up
        return None

    # ---- stage 3: whose status
    def whose(self, art: "_Article", span: Span, p: dict[str, Any], root: Token, verb: Token | None,
              subj: Token | None) -> tuple[Mention | None, str]:
        w = self.w
        how = p.get("whose", "parse")
        if how == "count":  # "The X won 99 seats, a comfortable majority"
            c = art.count_before(span)
            if c is not None:
                return c, "count"
        if how == "possessor" or how == "parse":
            maj = next((t for t in span if t.lower_.startswith("majorit")), None)
            if maj is not None:
                poss = next((c for c in _kids(maj) if c.dep_ in POSSESSORS), None)
                if poss is not None:
                    m = art.subject_party(poss)
                    if m is not None:
                        return m, "possessor"
                    if poss.lower_ in ("its", "their"):
                        m = art.subject_party(subj) if subj is not None else None
                        if m is not None:
                            return m, "its=subject"
                        owner = next((c for c in _kids(subj) if c.dep_ in POSSESSORS), None) if subj is not None else None
                        m = art.subject_party(owner) if owner is not None else None
                        if m is not None:
                            return m, "its=subject-owner"  # "the X's share fell, ending its majority"
                        m = art.government() if subj is not None and _is_government(subj) else None
                        if m is not None:
                            return m, "its=government"  # "the government lost its majority"
                        m = art.antecedent(span.start)
                        return m, "its=previous"
                    if _is_party_noun_phrase(poss, w):  # "losing the party's majority"
                        return art.antecedent(poss.i), "possessor=previous"
                    if poss.lower_ in ("his", "her", "my", "your") or poss.ent_type_ == "PERSON":
                        return None, "not-a-party"  # a candidate's majority: votes in a constituency
        head = span.root
        if how == "parse" and head.pos_ in ("NOUN", "PROPN") and not head.lower_.startswith("majorit"):
            poss = next((c for c in _kids(head) if c.dep_ in POSSESSORS), None)
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
            for c in _kids(noun):
                if c.dep_ in ("compound", "amod") or c.dep_ == "nmod" and any(g.lower_ == "for" for g in _kids(c)):
                    m = art.mention_of(c)
                    if m is not None:
                        return m, "noun-phrase"  # "a Liberal minority government", "a majority for Labour"
        if how == "parse" and head.head.i != head.i and head.head.i in art.at and head.dep_ in ("nmod", "obl", "acl", "amod"):
            return art.at[head.head.i], "head"  # "with Democrats in the majority"
        if how == "parse":  # a misparse the parser often makes: "puts [the X short] of a majority" as one phrase
            for c in _kids(head):
                if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < span.start:
                    m = art.subject_party(c)
                    if m is not None:
                        return m, "compound"
        if how == "object":
            for t in span:
                if t.dep_ in OBJECTS and t.head.lower_ in w["give_verbs"] | w["deprive_verbs"] and not t.lower_.startswith("majorit"):
                    m = art.subject_party(t)
                    if m is not None:
                        return m, "object"
                    if t.lower_ in ("it", "them"):  # "the result gives it a majority"
                        m = art.count_before(span) or art.antecedent(span.start)
                        if m is not None:
                            return m, "object=previous"
            c = art.count_before(span)  # "won 70 seats, handing Premier X an outright majority"
            if c is not None:
                return c, "count"
        if subj is not None:
            m = art.subject_party(subj)
            if m is not None:
                return m, "subject"
            if _is_government(subj):
                m = art.government()
                if m is not None:
                    return m, "subject=government"  # "the government lost its majority": the ruling party
            if subj.lower_ in w["pronoun_subjects"] or _is_party_noun_phrase(subj, w):
                m = art.count_before(span) or art.antecedent(span.start)
                if m is not None:
                    return m, "subject=previous"
        c = art.count_before(span)
        if c is not None:
            return c, "count"
        m = art.party_left(span.start)
        if m is not None:
            return m, "left"
        if subj is not None and (subj.lower_ in ("he", "she", "i") or subj.pos_ == "PROPN" and (art.is_person(subj) or subj.ent_type_ in ("PERSON", "ORG", "GPE"))):
            # (before a party to the right: "X is likely to become prime minister in a minority government
            # supported by the Y" is not the Y's minority)
            return None, "person"
        m = art.party_right(span)
        if m is not None:
            return m, "right"
        if subj is not None and (subj.lower_ in ("he", "she", "i") or subj.pos_ == "PROPN" and (art.is_person(subj) or subj.ent_type_ in ("PERSON", "ORG", "GPE"))):
            return None, "person"  # "X is set to control the Senate": a leader's majority, party not named
        m = art.previous_sentence_party(span.start)
        if m is not None:
            return m, "previous"
        return None, "none"


# ---------------------------------------------------------------------------- the article's parties


class _Article:
    """The article's party mentions, seat counts and sentences, read once per Doc."""

    def __init__(self, doc: Doc, w: dict[str, frozenset[str]]):
        self.doc = doc
        self.w = w
        self.counts = [d for d in (doc._.claimx_drafts or []) if d.get("type") == "seat_count" and d.get("party")]
        # words the article uses as people's names: the words of full names ("William Ruto" -> a later "Ruto"),
        # names after a title ("Mr Ruto", "President Ruto") and the subjects of speech verbs ("Ruto said").
        # A lone name the NER calls PERSON is not enough (it often says so of parties: "Fidesz").
        self.person_words = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
        self.person_words |= {t.text for t in doc if t.pos_ == "PROPN" and (_after_title(t) or t.dep_ in SUBJECTS and t.head.lower_ in SPEECH)}
        self.mentions = self._mentions()
        self.at: dict[int, Mention] = {i: m for m in self.mentions for i in range(m.start, m.end)}
        self._add_named_subjects()

    def sent_index(self, i: int) -> int:
        """The first token of token ``i``'s sentence (a key for the sentence)."""
        return self.doc[i].sent.start

    def _mentions(self) -> list[Mention]:
        doc = self.doc
        found: dict[int, Mention] = {}
        bodies = {i for e in doc.ents if e._.claimx_body for i in range(e.start, e.end)}
        for e in doc.ents:
            if e._.claimx_body or all(t.lower_ in self.w["common_name_words"] for t in e):
                continue  # a chamber; "Ruling Bloc" in a title-case headline
            name = e._.claimx_party
            if not name and e.label_ == "ORG" and looks_like_party(e.text) and \
                    not all(t.lower_ in self.w["common_name_words"] for t in e):  # not "Ruling Bloc" in a headline
                name = canonical_party(e.text)
            if name:
                found[e.start] = Mention(e.start, e.end, name, e.text)
        # parties the seat stage found (names no entity covers: "Iron Guild", "Salt and Iron"): the written
        # name nearest before the end of the count's evidence
        text = doc.text
        for d in self.counts:
            pt = d.get("party_text")
            if not pt:
                continue
            lo = max(0, d["start"] - 300)
            at = text.rfind(pt, lo, d["end"] + len(pt))
            if at < 0:
                continue
            sp = doc.char_span(at, at + len(pt), alignment_mode="expand")
            if sp is None or all(t.lower_ in self.w["common_name_words"] for t in sp) or not bodies.isdisjoint(range(sp.start, sp.end)) or any(i in found or any(m.start <= i < m.end for m in found.values()) for i in range(sp.start, sp.end)):
                continue
            found[sp.start] = Mention(sp.start, sp.end, d["party"], pt)
        return sorted(found.values(), key=lambda m: m.start)

    def _add_named_subjects(self) -> None:
        """Proper names that win, take, hold or lose seats or majorities ("The Iron Guild won 40 seats") are
        party mentions too, for the pronouns and the sentences after them."""
        verbs = self.w["win_verbs"] | self.w["lose_verbs"] | self.w["fall_verbs"] | self.w["need_words"]
        added = []
        for t in self.doc:
            if t.dep_ in SUBJECTS and t.head.lower_ in verbs and t.i not in self.at:
                m = self.proper_name(t, lenient=True)
                if m is not None and not any(i in self.at for i in range(m.start, m.end)):
                    added.append(m)
        if added:
            self.mentions = sorted(self.mentions + added, key=lambda m: m.start)
            self.at = {i: m for m in self.mentions for i in range(m.start, m.end)}

    def mention_of(self, tok: Token) -> Mention | None:
        """The party a token names: the mention it is in, else one in its own phrase ("the BJP-led coalition"
        is that coalition, named as written)."""
        m = self.at.get(tok.i)
        if m is not None:
            return m
        inside = [self.at[t.i] for t in _subtree(tok) if t.i in self.at and t.dep_ not in ("nmod", "appos") and t.head.dep_ not in ("nmod", "appos")]
        if not inside:
            return None
        if tok.lower_ in self.w["group_heads"]:
            # "the BJP-led coalition", "the LDP-Komeito coalition": that coalition, named as written
            words = [t for t in _subtree(tok) if t.i <= tok.i and t.dep_ not in ("det", "nmod:poss", "poss", "case")]
            words = [t for t in words if t.i >= min(m.start for m in inside)]
            if words:
                text = self.doc[words[0].i : tok.i + 1].text
                led = any(t.lower_ in ("led", "backed") or t.lower_.endswith(("-led", "-backed")) for t in words)
                name = text if led else canonical_party(text, self.doc._.claimx_countries or None)
                return Mention(words[0].i, tok.i + 1, name, text)  # (a led coalition is not its leader's party)
            return None
        return inside[0] if len({m.name for m in inside}) == 1 else None

    def subject_party(self, subj: Token) -> Mention | None:
        """The party a subject (or possessor) names: a known mention, else a proper name that is not a
        person, place or chamber ("The Iron Guild won a majority": a party the lexicon does not know)."""
        if subj.lower_ in ("which", "that", "who") and subj.head.dep_ in ("acl:relcl", "relcl"):
            subj = subj.head.head  # "the ANC, which lost its majority"
        m = self.mention_of(subj) or self.proper_name(subj)
        if m is None:
            return None
        # "X and (its partner) Y lost their majority": the two together, named as written
        others = [self.mention_of(c) or self.proper_name(c) for c in _kids(subj) if c.dep_ == "conj"]
        others = [o for o in others if o is not None and o.name != m.name]
        if others:
            text = " and ".join([m.text] + [o.text for o in others])
            return Mention(m.start, max(o.end for o in others), text, text)
        return m

    def is_person(self, tok: Token) -> bool:
        return tok.text in self.person_words or _after_title(tok)

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
        for c in _lefts(tok):
            if c.dep_ in ("compound", "flat", "amod") and c.text[:1].isupper() and c.ent_type_ not in NOT_PARTY_ENTS:
                words.extend(_subtree(c))
        for c in _rights(tok):
            if c.dep_ in ("flat", "compound"):
                words.extend(_subtree(c))
            elif c.dep_ == "nmod" and any(g.lower_ == "of" and g.dep_ == "case" for g in _kids(c)) and c.text[:1].isupper() \
                    and all(t.text[:1].isupper() or t.lower_ in ("of", "the", "and") for t in _subtree(c)):
                words.extend(_subtree(c))  # "the Civic Platform of Tellaria"
        lo, hi = min(t.i for t in words), max(t.i for t in words) + 1
        while lo < tok.i and self.doc[lo].lower_ in ("the", "'s", "\u2019s"):
            lo += 1
        text = self.doc[lo:hi].text
        if all(t.lower_ in self.w["common_name_words"] for t in self.doc[lo:hi]):
            return None  # "Ruling Bloc" in a title-case headline
        if hi - lo == 1 and tok.is_sent_start and not tok.ent_type_:
            return None  # "Counting passed the halfway mark": a capitalised first word, not a name
        words_here = self.doc[lo:hi]
        party_like = any(t.is_upper and len(t) > 1 or t.text in PARTY_HEADS for t in words_here)
        if self.is_person(tok) or hi - lo > 1 and not party_like and any(t.ent_type_ == "PERSON" for t in words_here):
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
        between = [m for m in self.mentions if self.doc[m.start].idx >= best["end"] and m.end <= span.start]
        if between:
            return None
        return Mention(span.start, span.end, best["party"], best.get("party_text") or best["party"])

    def party_left(self, i: int) -> Mention | None:
        s = self.doc[i].sent
        left = [m for m in self.mentions if s.start <= m.start and m.end <= i]
        return left[-1] if left else None

    def party_right(self, span: Span, limit: int = 10) -> Mention | None:
        s = span.sent
        doc = self.doc
        stop = min(s.end, span.end + limit)
        for t in doc[span.end : stop]:
            if t.lower_ in (";", "but", "while", "whereas") or t.lower_ in SPEECH:
                stop = t.i
                break
        right = [m for m in self.mentions if span.end <= m.start and m.end <= stop]
        return right[0] if right else None

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

    def government(self) -> Mention | None:
        """The party the article calls ruling, governing or incumbent ("the ruling Iron Guild")."""
        for m in self.mentions:
            before = self.doc[max(0, m.start - 2) : m.start]
            if any(t.lower_ in GOVERNING for t in before) or any(c.lower_ in GOVERNING for t in self.doc[m.start : m.end] for c in _kids(t)):
                return m
        return None

    def leader(self) -> Mention | None:
        """The party with the most seats in the article's result and projected counts."""
        cands = [d for d in self.counts if d.get("status") in ("result", "projected") and " and " not in d["party"]]
        if not cands:
            return None
        best = max(cands, key=lambda d: d["seats"])
        return Mention(0, 0, best["party"], best.get("party_text") or best["party"])


# ---------------------------------------------------------------------------- parse helpers



# The parse is read only where there is one: spaCy's tree attributes (children, subtree, lefts, rights) are not
# safe on a Doc that no parser annotated (a blank pipeline with a sentencizer), where every token is its own
# root for claimx. ``Token.has_dep()`` is False exactly there.
def _kids(t: Token):
    return t.children if t.has_dep() else iter(())


def _subtree(t: Token):
    return t.subtree if t.has_dep() else iter((t,))


def _lefts(t: Token):
    return t.lefts if t.has_dep() else iter(())


def _rights(t: Token):
    return t.rights if t.has_dep() else iter(())

def _after_title(tok: Token) -> bool:
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.lower_.rstrip(".") in ("mr", "mrs", "ms", "dr", "president", "minister", "premier", "leader", "chancellor")


def _under_even_if(root: Token, w: dict[str, frozenset[str]]) -> bool:
    return any(c.dep_ == "advcl" and _condition(c, w) == "even if" for t in _clause_chain(root) for c in _kids(t))


def _poll_expectation(sent: Span, w: dict[str, frozenset[str]]) -> bool:
    """Opinion polls and forecasts ("polls suggested", "surveys had predicted"), not exit polls or projections
    of the count ("exit polls suggest", "is projected to win")."""
    for t in sent:
        if t.lower_ in w["poll_nouns"] and (t.i == 0 or t.doc[t.i - 1].lower_ not in ("exit", "election-night")):
            # the polls say something ("polls suggested", "polls had the X on course"), not "the polls closed"
            if t.dep_ in SUBJECTS and t.head.lower_ in w["expectation_verbs"] or \
                    any(u.lower_ in w["expectation_verbs"] for u in t.doc[t.i + 1 : min(t.i + 4, sent.end)]):
                return True
    return False


def _condition(clause: Token, w: dict[str, frozenset[str]]) -> str | None:
    """"if" when ``clause`` is a condition ("if it wins ten more seats"), "even if" for a concession ("even if
    it won every seat left, ..."), else None."""
    mark = next((c for c in _kids(clause) if c.dep_ == "mark" and c.lower_ in w["condition_marks"]), None)
    if mark is None:
        return None
    if any(c.lower_ == "even" for c in list(_kids(mark)) + list(_kids(clause))) or (mark.i > 0 and mark.doc[mark.i - 1].lower_ == "even"):
        return "even if"
    return "if"


def _by_default(draft: dict[str, Any]) -> bool:
    """A claim whose party is the article's leader or none, not read off its sentence."""
    return draft["rule"].endswith(("+party:leader", "+party:none", "+party:person"))


def _anchor(span: Span) -> Token:
    """The phrase's head in the parse (the verb of "won a majority", "short" of "short of a majority")."""
    return span.root


def _clause_chain(tok: Token) -> list[Token]:
    """The token and the heads above it, up to the root of the sentence."""
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < 8:
        chain.append(chain[-1].head)
    return chain


def _clause_verb(tok: Token) -> Token | None:
    """The verb (or predicate) whose clause holds the phrase: the first token up the chain with a subject,
    walking through "to"-clauses, conjuncts and modifiers ("was on course to fall short", "won 80 seats,
    giving it a majority")."""
    t = tok
    for _ in range(6):
        if any(c.dep_ in SUBJECTS for c in _kids(t)):
            return t
        if t.head.i == t.i:
            return t if t.pos_ in ("VERB", "AUX") else None
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in CLAUSE_UP:
            return t
        t = t.head
    return None


def _object_controller(root: Token, verb: Token | None) -> Token | None:
    """The object that is the subject of a "to"-clause or a small clause: "leaving the X to govern as a
    minority", "the result left the X short of a majority", "forcing the X to seek partners"."""
    t = root
    for _ in range(4):
        if verb is not None and t.i == verb.i or t.head.i == t.i:
            return None
        if t.dep_ in ("xcomp", "advcl") and any(c.dep_ in SUBJECTS for c in _kids(t)):
            return None
        if t.dep_ == "xcomp":
            obj = next((c for c in _kids(t.head) if c.dep_ in OBJECTS and c.i < t.i), None)
            if obj is not None:
                return obj
        t = t.head
    return None


def _subject(verb: Token, w: dict[str, frozenset[str]]) -> Token | None:
    subj = next((c for c in _kids(verb) if c.dep_ in SUBJECTS), None)
    if subj is None and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        subj = next((c for c in _kids(verb.head) if c.dep_ in SUBJECTS), None)  # "X won 50 seats and fell short"
    return subj


def _is_no_party(subj: Token | None, w: dict[str, frozenset[str]]) -> bool:
    """"No party", "none of the parties", "neither bloc", "no UK political party"."""
    if subj is None:
        return False
    if subj.lower_ in w["no_party_subjects"]:
        return True
    # "no party", "neither bloc", "neither the X nor the Y"
    return any(c.dep_ in ("det", "cc:preconj", "preconj", "cc") and c.lower_ in ("no", "neither") for c in _kids(subj))


def _no_party_before(span: Span, w: dict[str, frozenset[str]]) -> bool:
    """"left no party with an overall majority", "gave no single bloc a majority": "no (single) party" just
    before the phrase, in its clause."""
    doc = span.doc
    before = [t.lower_ for t in doc[max(span.sent.start, span.start - 4) : span.start]]
    for k, word in enumerate(before):
        if word in ("no", "neither") and any(b in w["party_nouns"] or b in ("one", "side", "single") for b in before[k + 1 : k + 3]):
            return True
    return False


def _is_government(subj: Token) -> bool:
    """The government itself: "the government", "the ruling party", "the governing coalition"."""
    if subj.lower_ == "government" and not any(c.dep_ in ("compound", "amod", "nmod:poss", "poss") for c in _kids(subj)):
        return True
    return subj.lower_ in ("party", "coalition", "alliance", "bloc") and any(c.lower_ in GOVERNING for c in _kids(subj))


def _generic(subj: Token, w: dict[str, frozenset[str]]) -> bool:
    if subj.lower_ not in w["generic_heads"]:
        return False
    return any(c.dep_.startswith(("det", "compound")) and c.lower_ in w["generic_dets"] for c in _kids(subj)) or subj.lower_ in ("parties", "governments")


def _is_party_noun_phrase(subj: Token, w: dict[str, frozenset[str]]) -> bool:
    """"the party", "the ruling alliance", "the coalition": a party named by its head noun."""
    return subj.lower_ in w["party_nouns"] and any(
        c.dep_ in ("det", "nmod:poss", "poss") and c.lower_ in ("the", "this", "his", "her", "their", "its", "our") for c in _kids(subj))


def _negated(root: Token, verb: Token, span: Span, w: dict[str, frozenset[str]]) -> bool:
    """"did not win", "never had", "despite not having obtained", "no longer needs", "failed to secure" (the
    verb is the complement of a failing verb): a negation on the phrase's head or the verbs up to its clause."""
    chain = [root]
    while chain[-1].i != verb.i and chain[-1].head.i != chain[-1].i and len(chain) < 6 and chain[-1].dep_ not in OWN_CLAUSE:
        chain.append(chain[-1].head)  # (not into another clause: "she would not resign and would lead a minority
        # government", "it would not join a coalition, leaving the X to govern as a minority")
    for t in chain:
        kids = list(_kids(t))
        kids += [g for c in kids if c.dep_.startswith("aux") for g in _kids(c)]  # "not" under "having"
        if any(c.lower_ in w["negators"] and c.dep_ in ("advmod", "neg") and c.i < span.end for c in kids):
            return True
        if t.pos_ == "VERB" and any(c.lower_ == "without" and c.dep_ in ("mark", "case") for c in kids):
            return True  # "without needing opposition support"
        if any(c.lower_ == "longer" and any(g.lower_ == "no" for g in _kids(c)) for c in kids):
            return True  # "no longer needs"
        if t.dep_ == "xcomp" and t.head.lower_ in w["failing_verbs"]:
            return True
    return any(t.lower_ in ("not", "n't", "never") for t in span)


def _not_a_chamber_majority(doc: Doc, span: Span, p: dict[str, Any], w: dict[str, frozenset[str]]) -> bool:
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
    if nxt.lower_ in ("in", "at", "of") and any(t.lower_ in w["not_chamber_after"] for t in doc[last.i + 2 : min(len(doc), last.i + 5)]):
        return True  # "won a majority in the referendum", "a majority in the presidential vote"
    if nxt.lower_ == "of":
        if not p.get("of_seats"):
            return True  # "lost a majority of its seats", "a minority of voters"
        rest = doc[last.i + 2 : min(len(doc), last.i + 6)]
        if rest and rest[0].like_num:
            # "a majority of 174" (seats: a small number, no votes in the sentence) or "of 4,000" (votes)
            v = parse_number(rest[0].text)
            after = rest[1].lower_ if len(rest) > 1 else ""
            voting = any(t.lower_ in ("votes", "vote", "voted", "ballots") for t in span.sent)
            if v is not None and v < 1000 and "," not in rest[0].text and after not in ("%", "percent", "per", "votes") and not voting:
                return False
            return True
        if any(t.lower_ in w["seat_nouns"] for t in rest):
            return False  # "a majority of the seats", "an absolute majority of 180 members", "of House seats"
        for t in rest:
            if t.pos_ in ("NOUN", "PROPN") or t.text == "%":
                return True  # "a majority of voters", "a majority of 52%"
        return True
    return False


def _without_tags(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for spec in pattern:
        spec = {k: v for k, v in spec.items() if k not in ("TAG", "POS")}
        if set(spec) <= {"OP"}:
            spec["IS_PUNCT"] = False
        out.append(spec)
    return out


def _first_number(span: Span) -> int | None:
    toks = []
    for t in span:
        if t.like_num or (toks and t.text == "-"):
            toks.append(t.text)
        elif toks:
            break
    if not toks:
        return None
    v = parse_number("".join(toks) if "-" in toks else " ".join(toks))
    return int(v) if v is not None else None


@Language.factory("claimx_majority", default_config={"data_dir": None})
def make_majority(nlp: Language, name: str, data_dir: str | None) -> MajorityComponent:
    return MajorityComponent(nlp, name, data_dir)
