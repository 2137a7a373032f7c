"""The spaCy component: stage 1 (phrases) and the statement each phrase makes, through the stages of
``assertion`` and ``whose``; emits one draft per sentence, party and status."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ... import extensions  # noqa: F401  (registers Doc._/Span._ attributes)
from ...anchors import SentenceMatcher
from ...batched import BatchedPipe
from ...extensions import add_draft
from ...numbers import parse_number
from .article import Article, Mention
from .assertion import is_no_party, negated, no_party_before, not_a_chamber_majority, unasserted, under_even_if
from .data import DATA, load_patterns, load_words, without_tags
from .parse import OBJECTS, anchor, clause_verb, kids, object_controller, subject_of, subtree
from .whose import PARTY_SUBJECT_ROUTES, whose

# prefixes a hyphen joins to a verb, which stays a verb ("re-elected", "co-governs")
_VERB_PREFIXES = frozenset(("re", "co", "pre", "un", "non", "out", "over", "under", "mis"))


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
            self.untagged.add(pid, without_tags(p["pattern"]))

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        spans = self.phrases(doc)
        if not spans:
            return doc  # (most articles: nothing more to read)
        art = Article(doc, self.w)
        found: list[tuple[int, dict[str, Any]]] = []
        for span in spans:
            draft = self.statement(art, span)
            if draft is not None:
                found.append((art.sent_index(span.start), draft))
                other = likewise(art, span)
                if other is not None and draft["party"] and other.name != draft["party"]:
                    # "Pheu Thai won 141 seats, which, like Move Forward, was short of a clear majority": the
                    # party compared with shares the status
                    found.append((art.sent_index(span.start), {**draft, "party": other.name, "party_text": other.text,
                                                                "rule": draft["rule"].split("+party:")[0] + "+party:likewise"}))
        named = {(k, d["status"]) for k, d in found if not by_default(d)}
        seen: set[tuple[int, str | None, str]] = set()
        for k, d in found:
            if by_default(d) and (k, d["status"]) in named:
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

    def statement(self, art: Article, span: Span) -> dict[str, Any] | None:
        p = self.patterns[span.label_]
        doc = art.doc
        w = self.w
        following = " ".join(t.lower_ for t in doc[span.end : min(span.sent.end, span.end + 6)])
        if any(g in following for g in w["other_goals"]):
            return None  # "short of the 12 seats required for official party status": a threshold of another right
        if not_a_chamber_majority(doc, span, p, w):
            return None
        nxt = doc[span.end].lower_ if span.end < len(doc) else ""
        if nxt in p.get("not_followed_by", ()):
            return None
        if set(p.get("not_preceded_by", ())) & {t.lower_ for t in doc[max(span.sent.start, span.start - 4) : span.start]}:
            return None  # "came close to a two-thirds majority", "fell short of a supermajority"
        if p.get("majority_before") and not any(t.lower_.startswith("majorit") for t in doc[span.sent.start : span.start]):
            return None  # "yet to achieve that" with no majority before it in the sentence: "that" is something else
        if span.start > 0 and doc[span.start - 1].lower_ in p.get("not_right_after", ()):
            return None  # "voted with the majority of senators"
        if span.start > 1 and doc[span.start - 1].text in ("-", "\u2010", "\u2011") and not doc[span.start - 2].whitespace_ \
                and doc[span.start - 2].is_alpha and doc[span.start - 2].lower_ not in _VERB_PREFIXES:
            return None  # "the unionists' long-held majority", "a hard-won majority": the verb is half of an adjective
            # (not "re-elected", "co-won": a prefix of the verb itself)
        if p.get("head_lemmas") and not margin_of_a_win(span, w[p["head_lemmas"]], w):
            return None  # "the budget passed by a large majority", "won the Northgate seat by a narrow majority"
        status = p["status"]
        decisions: list[str] = []
        root = anchor(span)
        verb = clause_verb(root)
        subj = object_controller(root, verb) or (subject_of(verb, w) if verb is not None else None)
        if p.get("as_subject"):
            subj = None  # (the majority is the subject: whose it is comes from the parties before it)
        no_party = p.get("whose") == "none" or is_no_party(subj, w) or no_party_before(span, w)
        # ---- stage 2: assertion
        if unasserted(self.w, art, span, p, root, verb, subj, no_party):
            return None
        if p.get("half_of_chamber") and not half_of_chamber(doc, span):
            return None  # "fell short of 40 seats" when 40 is not half the chamber: a target, not a majority
        if p.get("as_subject") and not majority_as_subject(span):
            return None  # "the comfortable majority" as anything but the subject of its clause
        if p.get("mark_or_half") and not (mark_for_majority(doc, span, w) or half_of_chamber(doc, span)):
            return None  # "crossed the threshold of 61 seats needed to govern", "the mark of 61 seats" in a 120-seat chamber
        if p.get("goal_after_mark") and not mark_for_majority(doc, span, w):
            return None  # "far from the 5% threshold needed to enter parliament": an electoral threshold
        if p.get("whose") in ("possessor", "count") or p["id"].startswith(("poss-", "named-", "apposition")):
            # a majority named as a thing ("Labor's crushing majority", "a huge Labour majority"): a negation
            # of a verb above it denies that verb, not the majority ("failed to dent Labor's majority"); only
            # the verb whose object it is negates it ("does not have Labor's majority")
            maj = next((t for t in span if t.lower_.startswith("majorit")), span.root)
            is_negated = no_party and p.get("whose") != "none" or any(
                c.dep_ in ("advmod", "neg") and c.lower_ in w["negators"] for c in kids(maj.head)) and maj.dep_ in OBJECTS
        else:
            is_negated = no_party and p.get("whose") != "none" or (verb is not None and negated(root, verb, span, w))
        if is_negated and p.get("negated_drop"):
            return None  # "no longer needs partners": says it has a majority, but not that it won one
        if status == "majority" and not is_negated and defines_the_threshold(doc, span) and art.party_left(span.start) is None:
            return None  # "Voters elect 135 deputies, with an absolute majority of 68 seats": the majority defined
        after = doc[span.end : min(span.sent.end, span.end + 5)]
        if p.get("threshold_phrase") and any(t.lower_ in w["constitution_words"] for t in after):
            # "more than the 334 needed for constitutional amendments", "short of the 80 required to amend the
            # constitution": the threshold named is a supermajority's
            decisions.append("constitutional")
            if status == "short_of_majority":
                return None  # short of a two-thirds majority: it may well have a majority
            status = "supermajority"
        if status == "majority" and any(t.lower_ in w["plurality_modifiers"] for t in span):
            status = "short_of_majority"  # "only a relative majority": the most seats, not a majority
            decisions.append("relative")
        if is_super(span, w):
            if status == "short_of_majority":
                return None  # "close to a two-thirds majority": it may well have a majority
            if status == "majority":
                status = "supermajority"  # "won a two-thirds majority"
        if status == "supermajority" and any(t.lower_ in w["nearly_words"] for t in span) and \
                any(t.lower_ in ("thirds", "fifths", "quarters", "third", "fifth", "quarter") for t in span):
            # "captured nearly two-thirds of the parliament": less than two-thirds, but far more than half
            status = "majority"
            decisions.append("nearly")
        if is_negated and p.get("negatable", True):
            flipped = {"majority": "short_of_majority", "short_of_majority": "majority"}.get(status)
            if flipped is None:
                return None  # "did not win a two-thirds majority": nothing about a majority
            if status == "majority" and any(t.lower_ in w["degree_modifiers"] for t in span):
                return None  # "does not hold an excessive majority": the degree is denied, not the majority
            if status == "short_of_majority" and no_party:
                flipped = status  # "no party came close to a majority": still nobody's majority
            if flipped != status:
                status = flipped
                decisions.append("negated")
        # ---- stage 3: whose
        if no_party:
            # "No party won a majority", "a hung parliament": the convention of the gold files, and what a
            # fact-checker tests: the largest party (the most seats in the article's counts) is the one short of
            # a majority (if it is not, nobody is); null when the article gives no counts
            who = art.largest(span.sent) if status == "short_of_majority" else None
            how = "largest" if who is not None else "none"
        else:
            who, how = whose(self.w, art, span, p, root, verb, subj)
            if how == "not-a-party":
                return None
            if how == "person" and p["id"] in ("win-outright", "win-election-outright"):
                return None  # "the first president to win outright in the first round": a candidate's vote, not seats
            if p.get("party_subject") and subj is not None and how not in PARTY_SUBJECT_ROUTES:
                return None  # "Counting passed the halfway mark", "The premier needs the support of Ottawa"
            if who is None and status in ("short_of_majority", "minority") and how == "none":
                # (only when the sentence names no one: "the conservative ruling party's majority" or "Macron's
                # coalition" unresolved stay without a party rather than become the largest party)
                who, how = art.largest(span.sent), "largest"
                if who is None:
                    how = "none"
        camp = camp_of(span)
        if camp is not None and status in ("majority", "supermajority"):
            who, how = camp, "camp"  # "a stronger pro-independence majority": the camp's, not the nearest party's
        if who is not None and how == "left" and status in ("majority", "supermajority") \
                and (bloc := art.with_allies(who)).name != who.name:
            # "PH and its allies had crossed the 112 seats required": a majority of the bloc is none of the party
            # alone (a bloc's shortfall is the party's too, so a shortfall keeps the party)
            who, how = bloc, "left+allies"
        if who is not None and status in ("majority", "supermajority") and (together := art.allies_after(span, who)) is not None:
            who = together  # "win a majority with its allies, the X and the Y": the three together
            how += "+allies"
        elif who is not None and status in ("majority", "supermajority") and (together := art.together_with(span, who)) is not None:
            who = together  # "Together with the Y, the X has a majority": the two together
            how += "+together"
        if p.get("compare"):
            # "The X won 12 seats, with 13 required for a majority": the party's count in the sentence set against
            # the number needed (no count of its own there: nothing said)
            needed = first_number(span)
            own = [d["seats"] for d in art.counts if who is not None and d["party"] == who.name
                   and span.sent.start_char <= d["start"] < span.start_char and d.get("status") in ("result", "projected")]
            if needed is None or not own:
                return None
            status = "short_of_majority" if own[-1] < needed else "majority"
            decisions.append("compared")
        elif who is not None and status == "majority" and any(t.lower_ in w["mark_nouns"] for t in span):
            # "ally Y bagged 56 seats crossing the half-way mark of 144 seats": a party whose own count in the
            # sentence is below the mark it "crossed" did not cross it alone; the statement stays, nobody's
            mark = first_number(span)
            if mark is None and span.end + 1 < span.sent.end and doc[span.end].lower_ == "of" and doc[span.end + 1].like_num:
                mark = first_number(doc[span.end + 1 : span.end + 2])  # "crossing the half-way mark | of 144 seats"
            own = [d["seats"] for d in art.counts if d["party"] == who.name
                   and span.sent.start_char <= d["start"] < span.start_char and d.get("status") in ("result", "projected")]
            if mark is not None and own and own[-1] < mark:
                who, how = None, how + "+below-mark"
        short_by = None
        if p.get("short_by") and not under_even_if(root, w):
            # (not "Even if it won every seat left, it would have 52, nine fewer than needed": a shortfall that
            # holds in any case, but counted from a figure it does not have)
            short_by = first_number(span)
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



def defines_the_threshold(doc: Doc, span: Span) -> bool:
    """The majority phrase, brought in by "with" or the subject of its clause, is followed by the number the seat
    stage read as the majority threshold ("..., with an absolute majority of 68 seats", "the absolute majority is
    68"): the phrase names how many seats a majority takes ("Their seats will surpass a majority of 61" asserts one)."""
    maj = next((t for t in span if t.lower_.startswith("majorit")), span.root)
    if not (span[0].lower_ == "with" or maj.dep_.startswith("nsubj")):
        return False
    k = span.end + (1 if span.end < len(doc) and doc[span.end].lower_ in ("of", "is", "at") else 0)
    if k >= len(doc) or not doc[k].like_num:
        return False
    c = doc[k].idx
    return any(d["type"] == "majority_threshold" and d["start"] <= c < d["end"] for d in (doc._.claimx_drafts or []))

def camp_of(span: Span) -> Mention | None:
    """ "a pro-independence majority", "an anti-austerity majority", "a pro-European majority": a majority named by
    the camp it stands for is the camp's parties' together ("Pro-independence parties"), never one party's."""
    doc = span.doc
    maj = next((t for t in span if t.lower_.startswith("majorit")), None)
    if maj is None:
        return None
    for t in doc[span.start : maj.i - 2]:
        if t.lower_ in ("pro", "anti") and doc[t.i + 1].text in ("-", "\u2010", "\u2011") and doc[t.i + 2].is_alpha:
            last = doc[maj.i - 1]  # ("pro-independence", "pro-European": the camp's words up to the majority)
            words = doc[t.i : last.i + 1].text
            return Mention(t.i, last.i + 1, f"{words[0].upper()}{words[1:]} parties", words)
    return None


def margin_of_a_win(span: Span, heads: frozenset[str], w: dict[str, frozenset[str]]) -> bool:
    """ "won the election by a one-seat majority", "was re-elected by a narrow majority", "emerged as the winner
    by a slender majority": a majority that is the margin of a win (the word "by ..." attaches to is a word of
    winning, ``by_majority_heads``), not a bill's ("passed by a large majority"), a speaker's ("elected speaker by
    a large majority"), a candidate's in one seat ("won the Northgate seat by a narrow majority") or a vote's ("won
    the popular vote by a clear majority")."""
    t = span[-1]
    for _ in range(3):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in heads or t.lower_ in heads or \
                t.lemma_.lower() == "elect" and t.i >= 2 and t.doc[t.i - 2].lower_ == "re":
            break  # ("re-elected", split by the tokenizer into "re", "-", "elected")
    else:
        return False
    verb = t.head if t.pos_ == "NOUN" and t.head.pos_ in ("VERB", "AUX") else t  # ("emerged as the winner by ...")
    # (the thing won is a seat or a vote: "won the Northgate seat by", "won the popular vote by a clear majority")
    return not any(u.lower_ in w["not_a_chamber_win"] and u.i < span.start for u in subtree(verb))


def majority_as_subject(span: Span) -> bool:
    """ "The comfortable majority will allow X to ...", "The “safe majority,” as X put it, would ...": a majority
    named as the subject of a clause (the result just reported), not followed by "of" or a need ("the majority
    needed is 61") and not a clause of its own verb of voting ("the slim majority voted for the bill": people)."""
    maj = span[-1]
    doc = span.doc
    if not maj.dep_.startswith("nsubj") or maj.head.i == maj.i:
        return False
    nxt = doc[maj.i + 1].lower_ if maj.i + 1 < len(doc) else ""
    if nxt in ("of", "needed", "required", "necessary", "leader", "whip"):
        return False
    verb = maj.head
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in kids(verb)) and verb.head.i != verb.i:
        verb = verb.head  # (a parse that hangs the subject on the aside: "The “safe majority,” as X put it, would allow")
    return verb.lemma_.lower() not in ("vote", "back", "support", "oppose", "reject", "approve", "say", "believe", "want", "think", "need", "require", "be")


def half_of_chamber(doc: Doc, span: Span) -> bool:
    """The number of "short of 75 seats" is half (or half and one) of a chamber size the article states ("the
    150-member House"): the majority, in the text's own figure."""
    n = first_number(span)
    sizes = [d["seats"] for d in (doc._.claimx_drafts or []) if d.get("type") == "chamber_size" and d.get("seats")]
    return n is not None and any(m // 2 <= n <= m // 2 + 1 for m in sizes if m >= 10)


def likewise(art: Article, span: Span):
    """A party in a parenthetical comparison just before the phrase: ", like the X," / ", as with the X,"
    (which, like Move Forward, was short of a majority); None when there is none or it is not a party."""
    doc = art.doc
    window = doc[max(span.sent.start, span.start - 10) : span.start]
    for t in window:
        if t.lower_ == "like" and t.i > 0 and doc[t.i - 1].text == ",":
            k = t.i + 1 + (1 if t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "the" else 0)
            m = art.at.get(k)
            if m is not None and m.start == k and m.end < len(doc) and doc[m.end].text == "," and m.end < span.start:
                return m
            if m is None and k < span.start and doc[k].text[:1].isupper():
                j = k  # a name the entity layer missed: its capitalised words up to the closing comma
                while j + 1 < span.start and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha:
                    j += 1
                run = doc[k : j + 1]
                if j + 1 < span.start and doc[j + 1].text == "," and not any(u.ent_type_ in ("PERSON", "GPE", "LOC", "DATE") or art.is_person(u) for u in run):
                    m2 = art.proper_name(doc[j], lenient=True)
                    if m2 is not None and m2.start >= k:
                        return m2
    return None


def is_super(span: Span, w: dict[str, frozenset[str]]) -> bool:
    """A two-thirds (three-fifths...) or constitutional majority: "two-thirds", "two-third", "supermajority"; not
    "a third straight majority" (a third term)."""
    for t in span:
        if t.lower_ in w["supermajority_words"]:
            return True
        if t.lower_ in ("third", "fifth", "quarter") and t.i >= span.start + 1:
            prev = span.doc[t.i - 1]
            if prev.text in ("-", "\u2010", "\u2011") and t.i >= 2:
                prev = span.doc[t.i - 2]
            if prev.lower_ in ("two", "three", "four"):
                return True  # "a two-third majority"
    return False


def mark_for_majority(doc: Doc, span: Span, w: dict[str, frozenset[str]]) -> bool:
    """A threshold or mark that is a majority's: the phrase ends in "majority", or words of governing follow
    ("far from the threshold it needed to form a government"), without a percentage (an electoral threshold)."""
    if span[-1].lower_.startswith("majorit"):
        return True
    if any(t.lower_ in w["majority_marks"] for t in span):
        return True  # "crossed the halfway mark of 61 seats", "the majority mark of 61": the mark says whose it is
    after = doc[span.end : min(span.sent.end, span.end + 8)]
    if any(t.text == "%" or t.lower_ in ("percent", "per", "enter", "entry") for t in list(span) + list(after)):
        return False
    return any(t.lower_ in ("majority", "govern", "government", "form", "rule", "power", "control") for t in after)


def by_default(draft: dict[str, Any]) -> bool:
    """A claim whose party is the article's largest party or none, not read off its sentence."""
    return draft["rule"].endswith(("+party:largest", "+party:none", "+party:person"))


def first_number(span: Span) -> int | None:
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
