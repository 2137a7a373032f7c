"""Convert the open treebanks / NER corpora in the shared data folder to spaCy DocBins.

Every reader works on plain text lines so that it can be unit-tested on tiny
inline samples (see tests/test_training_convert.py).  Nothing here copies the
data into the repository: the DocBins are written to a scratch directory.

Label scheme of the NER corpora: PERSON, ORG, LOC (everything else is O).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

NER_LABELS = ("PERSON", "ORG", "LOC")

# (start, end, label) token offsets, end exclusive
Span3 = Tuple[int, int, str]


# ---------------------------------------------------------------------------
# generic helpers
# ---------------------------------------------------------------------------

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "N'T",
                    "'re", "'ve", "'ll", "'d", "'m", "...", "''", "’s", "'"}
_NO_SPACE_AFTER = {"(", "[", "{", "``", "$", "#"}


def heuristic_spaces(words: Sequence[str]) -> List[bool]:
    """Guess SpaceAfter for pre-tokenised text without offsets (Wikipedia NER sets).

    Produces natural-looking text ("Paris, France (2001).") so that spaCy's
    tokenizer re-tokenises it close to the gold tokens.  Straight double quotes
    alternate between opening and closing.
    """
    n = len(words)
    spaces = [True] * n
    quote_open = False
    for i, w in enumerate(words):
        if w == '"':
            if not quote_open:
                # opening quote: no space after it
                spaces[i] = False
            elif i > 0:
                spaces[i - 1] = False
            quote_open = not quote_open
            continue
        if w in _NO_SPACE_AFTER:
            spaces[i] = False
        if i > 0 and (w in _NO_SPACE_BEFORE or w.startswith("'") and w.lower() in _NO_SPACE_BEFORE):
            spaces[i - 1] = False
    if n:
        spaces[-1] = True
    return spaces


def spaces_from_text(words: Sequence[str], text: Optional[str]) -> List[bool]:
    """Recover SpaceAfter by aligning words to the original sentence text.

    Falls back to the heuristic for the remainder when a word cannot be found
    at the current position (e.g. normalised forms in the treebank).
    """
    if not text:
        return heuristic_spaces(words)
    spaces: List[bool] = []
    pos = 0
    for i, w in enumerate(words):
        j = pos
        while j < len(text) and text[j].isspace():
            j += 1
        if text.startswith(w, j):
            end = j + len(w)
            if spaces:
                # whitespace between previous word and this one?
                spaces[-1] = j > pos
            spaces.append(True)
            pos = end
        else:
            rest = heuristic_spaces(words[i:])
            if spaces:
                spaces[-1] = j > pos or spaces[-1]
            spaces.extend(rest)
            return spaces
    if spaces:
        spaces[-1] = True
    return spaces


def spans_to_iob(n: int, spans: Iterable[Span3]) -> List[str]:
    tags = ["O"] * n
    for start, end, label in spans:
        if any(t != "O" for t in tags[start:end]):
            continue  # overlapping: first come (caller sorts) wins
        tags[start] = "B-" + label
        for k in range(start + 1, end):
            tags[k] = "I-" + label
    return tags


def iob2_to_spans(tags: Sequence[str], label_map: Dict[str, Optional[str]]) -> List[Span3]:
    """IOB2 (B- starts, I- continues; a stray I- also starts) -> mapped spans.

    Labels mapped to None (or missing from label_map) become O.  ``B-O`` and
    ``I-O`` are treated as O.
    """
    spans: List[Span3] = []
    cur: Optional[List] = None
    for i, tag in enumerate(list(tags) + ["O"]):
        tag = tag.strip()
        if tag in ("", "O", "_", "-") or tag[2:] == "O" or "-" not in tag:
            prefix, raw = "O", None
        else:
            prefix, raw = tag.split("-", 1)
        if cur is not None and not (prefix == "I" and raw == cur[2]):
            if cur[3] is not None:
                spans.append((cur[0], i, cur[3]))
            cur = None
        if prefix in ("B", "I") and cur is None:
            cur = [i, None, raw, label_map.get(raw)]
    return spans


def iob1_to_spans(tags: Sequence[str], label_map: Dict[str, Optional[str]]) -> List[Span3]:
    """IOB1 (CoNLL-2003 style): I-X starts an entity unless the previous tag has
    type X; B-X only separates two adjacent entities of the same type."""
    spans: List[Span3] = []
    cur: Optional[List] = None
    for i, tag in enumerate(list(tags) + ["O"]):
        tag = tag.strip()
        if tag in ("", "O") or "-" not in tag:
            prefix, raw = "O", None
        else:
            prefix, raw = tag.split("-", 1)
        continues = cur is not None and prefix == "I" and raw == cur[1]
        if cur is not None and not continues:
            if cur[2] is not None:
                spans.append((cur[0], i, cur[2]))
            cur = None
        if prefix in ("B", "I") and cur is None:
            cur = [i, raw, label_map.get(raw)]
    return spans


def make_ner_doc(vocab: Vocab, words: Sequence[str], spaces: Sequence[bool],
                 spans: Iterable[Span3], sent_starts: Optional[Sequence[int]] = None) -> Doc:
    spans = sorted(spans, key=lambda s: (s[0], -(s[1] - s[0])))
    tags = spans_to_iob(len(words), spans)
    starts = None
    if sent_starts is not None:
        starts_set = set(sent_starts)
        starts = [i in starts_set for i in range(len(words))]
    return Doc(vocab, words=list(words), spaces=list(spaces), ents=tags, sent_starts=starts)


def _concat_sentences(vocab: Vocab, sents: Sequence[Tuple[List[str], List[bool], List[Span3]]]) -> Doc:
    words: List[str] = []
    spaces: List[bool] = []
    spans: List[Span3] = []
    starts: List[int] = []
    for w, s, sp in sents:
        off = len(words)
        starts.append(off)
        words.extend(w)
        s = list(s)
        if s:
            s[-1] = True
        spaces.extend(s)
        spans.extend((a + off, b + off, l) for a, b, l in sp)
    return make_ner_doc(vocab, words, spaces, spans, sent_starts=starts)


def group(items: Sequence, n: int) -> Iterator[Sequence]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


# ---------------------------------------------------------------------------
# CoNLL-U
# ---------------------------------------------------------------------------

@dataclass
class ConlluSentence:
    sent_id: str = ""
    newdoc: Optional[str] = None
    text: Optional[str] = None
    words: List[str] = field(default_factory=list)
    spaces: List[bool] = field(default_factory=list)
    lemmas: List[str] = field(default_factory=list)
    upos: List[str] = field(default_factory=list)
    xpos: List[str] = field(default_factory=list)
    feats: List[str] = field(default_factory=list)
    heads: List[int] = field(default_factory=list)  # 0-based absolute, root -> itself
    deps: List[str] = field(default_factory=list)
    misc: List[str] = field(default_factory=list)


def read_conllu(lines: Iterable[str]) -> Iterator[ConlluSentence]:
    """Parse CoNLL-U.  Multiword-token ranges: the syntactic words are kept as
    tokens (no space between them); the range's SpaceAfter applies to its last
    word.  Empty nodes (``8.1``) are skipped."""
    sent = ConlluSentence()
    mwt_end = -1
    mwt_space = True

    def finish(s: ConlluSentence) -> ConlluSentence:
        if s.spaces:
            s.spaces[-1] = True
        return s

    for raw in lines:
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip():
            if sent.words:
                yield finish(sent)
            sent = ConlluSentence()
            mwt_end = -1
            continue
        if line.startswith("#"):
            m = re.match(r"#\s*([\w.]+)\s*=\s*(.*)$", line)
            if m:
                key, val = m.group(1), m.group(2).strip()
                if key == "sent_id":
                    sent.sent_id = val
                elif key == "newdoc id":
                    sent.newdoc = val
                elif key == "text":
                    sent.text = val
            elif line.startswith("# newdoc"):
                sent.newdoc = line.split("=", 1)[-1].strip() if "=" in line else "newdoc"
            continue
        parts = line.split("\t")
        if len(parts) != 10:
            continue
        id_, form, lemma, upos, xpos, feats, head, dep, _deps, misc = parts
        if "." in id_:
            continue
        if "-" in id_:
            a, b = id_.split("-")
            mwt_end = int(b)
            mwt_space = "SpaceAfter=No" not in misc
            continue
        idx = int(id_)
        if idx <= mwt_end:
            space = mwt_space if idx == mwt_end else False
        else:
            space = "SpaceAfter=No" not in misc.split("|")
        sent.words.append(form)
        sent.spaces.append(space)
        sent.lemmas.append(lemma)
        sent.upos.append("" if upos == "_" else upos)
        sent.xpos.append(upos if xpos == "_" else xpos)
        sent.feats.append("" if feats == "_" else feats)
        sent.heads.append(int(head) - 1 if head not in ("0", "_") else idx - 1)
        sent.deps.append("ROOT" if dep == "root" else dep)
        sent.misc.append(misc)
    if sent.words:
        yield finish(sent)


def conllu_doc(vocab: Vocab, sents: Sequence[ConlluSentence], with_ents: Optional[Sequence[List[Span3]]] = None) -> Doc:
    words, spaces, lemmas, upos, xpos, feats, heads, deps, starts = [], [], [], [], [], [], [], [], []
    for s in sents:
        off = len(words)
        words.extend(s.words)
        sp = list(s.spaces)
        sp[-1] = True
        spaces.extend(sp)
        lemmas.extend(s.lemmas)
        upos.extend(s.upos)
        xpos.extend(s.xpos)
        feats.extend(s.feats)
        heads.extend(h + off for h in s.heads)
        deps.extend(s.deps)
        starts.extend([True] + [False] * (len(s.words) - 1))
    ents = None
    if with_ents is not None:
        spans: List[Span3] = []
        off = 0
        for s, sp in zip(sents, with_ents):
            spans.extend((a + off, b + off, l) for a, b, l in sp)
            off += len(s.words)
        ents = spans_to_iob(len(words), sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]))))
    return Doc(vocab, words=words, spaces=spaces, lemmas=lemmas, pos=upos, tags=xpos, morphs=feats,
               heads=heads, deps=deps, sent_starts=starts, ents=ents)


def group_by_document(sents: Sequence, n_sents: int) -> Iterator[Sequence]:
    """Group consecutive sentences into chunks of <= n_sents, never crossing a
    ``# newdoc`` boundary."""
    chunk: List = []
    for s in sents:
        if chunk and (getattr(s, "newdoc", None) is not None or len(chunk) >= n_sents):
            yield chunk
            chunk = []
        chunk.append(s)
    if chunk:
        yield chunk


def conllu_to_syntax_docs(lines: Iterable[str], vocab: Vocab, n_sents: int = 10) -> List[Doc]:
    sents = list(read_conllu(lines))
    return [conllu_doc(vocab, chunk) for chunk in group_by_document(sents, n_sents)]


# ---------------------------------------------------------------------------
# GUM entity layer -> named PERSON / ORG / LOC
# ---------------------------------------------------------------------------

GUM_TYPE_MAP = {"person": "PERSON", "organization": "ORG", "place": "LOC"}

# Titles / honorifics are not part of PERSON names in the UNER / CoNLL guidelines ("Mr. [Comey]").
PERSON_TITLES = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "prof", "prof.", "professor", "sir", "dame",
    "lord", "lady", "president", "vice", "king", "queen", "prince", "princess", "senator", "sen.", "rep.",
    "representative", "gov.", "governor", "general", "gen.", "captain", "capt.", "col.", "colonel", "lt.",
    "sgt.", "pope", "rev.", "reverend", "father", "judge", "justice", "mayor", "minister", "chancellor",
    "emperor", "empress", "sheikh", "shaikh", "chairman", "ceo", "coach", "officer", "detective", "agent",
}


def strip_person_title(words: Sequence[str], start: int, end: int) -> int:
    """New start of a PERSON span after dropping leading titles ("Mr. Smith" -> "Smith")."""
    while end - start > 1 and words[start].lower() in PERSON_TITLES:
        start += 1
    return start
_DETERMINERS = {"the", "a", "an"}


@dataclass
class GumMention:
    start: int
    end: int  # exclusive
    etype: str
    identity: str


def _parse_entity_field(value: str) -> List[Tuple[str, str, Optional[List[str]]]]:
    """Parse one ``Entity=`` value into events: ('open', id, fields),
    ('close', id, None) and ('single', id, fields) in string order."""
    events = []
    i = 0
    n = len(value)
    while i < n:
        c = value[i]
        if c == "(":
            j = i + 1
            while j < n and value[j] not in "()":
                j += 1
            body = value[i + 1:j]
            fields = body.split("-", 7)
            eid = re.sub(r"\[.*?\]", "", fields[0])
            if j < n and value[j] == ")":
                events.append(("single", eid, fields))
                i = j + 1
            else:
                events.append(("open", eid, fields))
                i = j
        elif c.isalnum():
            j = i
            while j < n and value[j] != ")" and value[j] != "(":
                j += 1
            if j < n and value[j] == ")":
                eid = re.sub(r"\[.*?\]", "", value[i:j])
                events.append(("close", eid, None))
                i = j + 1
            else:
                i = j
        else:
            i += 1
    return events


def gum_mentions(sent: ConlluSentence) -> List[GumMention]:
    """All entity mentions of one sentence (GUM mentions never cross sentences
    in the dep/ files; unclosed ones are dropped)."""
    open_: Dict[str, List[Tuple[int, List[str]]]] = {}
    out: List[GumMention] = []

    def mk(start: int, end: int, fields: List[str]) -> GumMention:
        etype = fields[1] if len(fields) > 1 else ""
        identity = fields[7] if len(fields) > 7 else ""
        return GumMention(start, end, etype, identity)

    for i, misc in enumerate(sent.misc):
        for item in misc.split("|"):
            if not item.startswith("Entity="):
                continue
            for kind, eid, fields in _parse_entity_field(item[len("Entity="):]):
                if kind == "single":
                    out.append(mk(i, i + 1, fields))
                elif kind == "open":
                    open_.setdefault(eid, []).append((i, fields))
                elif kind == "close" and open_.get(eid):
                    start, f = open_[eid].pop()
                    out.append(mk(start, i + 1, f))
    return out


def gum_named_spans(sent: ConlluSentence) -> List[Span3]:
    """Outermost non-overlapping *named* person/organization/place mentions,
    leading determiner dropped."""
    cands: List[Span3] = []
    for m in gum_mentions(sent):
        label = GUM_TYPE_MAP.get(m.etype)
        if label is None:
            continue
        start, end = m.start, m.end
        if end - start > 1 and sent.words[start].lower() in _DETERMINERS:
            start += 1
        named = bool(m.identity.strip()) or (
            sent.upos[start] == "PROPN" and sent.upos[end - 1] == "PROPN")
        if not named:
            continue
        # a linked mention must still look like a name (e.g. not "he", "the city")
        if not any(sent.upos[k] == "PROPN" for k in range(start, end)):
            continue
        # trailing possessive "'s" is not part of the name
        while end - start > 1 and sent.xpos[end - 1] == "POS":
            end -= 1
        if label == "PERSON":
            start = strip_person_title(sent.words, start, end)
        cands.append((start, end, label))
    # outermost first
    cands.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    chosen: List[Span3] = []
    for s in cands:
        if all(s[1] <= c[0] or s[0] >= c[1] for c in chosen):
            chosen.append(s)
    return sorted(chosen)


def gum_to_ner_docs(lines: Iterable[str], vocab: Vocab, n_sents: int = 10) -> List[Doc]:
    sents = list(read_conllu(lines))
    docs = []
    for chunk in group_by_document(sents, n_sents):
        items = [(s.words, s.spaces, gum_named_spans(s)) for s in chunk]
        docs.append(_concat_sentences(vocab, items))
    return docs


# ---------------------------------------------------------------------------
# UNER (IOB2 with CoNLL-U-like comments)
# ---------------------------------------------------------------------------

UNER_MAP: Dict[str, Optional[str]] = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "OTH": None}


@dataclass
class IobSentence:
    sent_id: str
    newdoc: Optional[str]
    text: Optional[str]
    words: List[str]
    tags: List[str]


def read_uner(lines: Iterable[str]) -> Iterator[IobSentence]:
    sid, newdoc, text = "", None, None
    words: List[str] = []
    tags: List[str] = []
    for raw in list(lines) + [""]:
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip():
            if words:
                yield IobSentence(sid, newdoc, text, words, tags)
            sid, newdoc, text, words, tags = "", None, None, [], []
            continue
        if line.startswith("#"):
            m = re.match(r"#\s*([\w. ]+?)\s*=\s*(.*)$", line)
            if m:
                key, val = m.group(1), m.group(2).strip()
                if key == "sent_id":
                    sid = val
                elif key == "newdoc id":
                    newdoc = val
                elif key == "text":
                    text = val
            continue
        parts = line.split("\t")
        if len(parts) < 3 or "-" in parts[0] or "." in parts[0]:
            continue
        words.append(parts[1])
        tags.append(parts[2])


def _uner_spaces(s: IobSentence, spaces_lookup: Optional[Dict[str, Tuple[List[str], List[bool]]]]) -> List[bool]:
    if spaces_lookup is not None and s.sent_id in spaces_lookup:
        words, spaces = spaces_lookup[s.sent_id]
        if words == s.words:
            return list(spaces)
    return spaces_from_text(s.words, s.text)


def uner_sentence_items(sents: Sequence[IobSentence], spaces_lookup=None):
    return [(s.words, _uner_spaces(s, spaces_lookup), iob2_to_spans(s.tags, UNER_MAP)) for s in sents]


def conllu_spaces_lookup(lines: Iterable[str]) -> Dict[str, Tuple[List[str], List[bool]]]:
    """sent_id -> (words, SpaceAfter) from a CoNLL-U file (UNER EWT is aligned
    1:1 with UD EWT words; the prerelease train file's ``# text`` lines are
    space-joined words, so the treebank is the only source of real spacing)."""
    return {s.sent_id: (s.words, s.spaces) for s in read_conllu(lines)}


def uner_to_docs(lines: Iterable[str], vocab: Vocab, n_sents: int = 10,
                 keep: Optional[Callable[[IobSentence], bool]] = None,
                 spaces_lookup: Optional[Dict[str, Tuple[List[str], List[bool]]]] = None) -> List[Doc]:
    sents = [s for s in read_uner(lines) if keep is None or keep(s)]
    return [_concat_sentences(vocab, uner_sentence_items(chunk, spaces_lookup))
            for chunk in group_by_document(sents, n_sents)]


# ---------------------------------------------------------------------------
# CrossNER (token<TAB>BIO), WikiGold (token TAG, IOB1)
# ---------------------------------------------------------------------------

CROSSNER_MAP: Dict[str, Optional[str]] = {
    "politician": "PERSON", "person": "PERSON",
    "politicalparty": "ORG", "organisation": "ORG", "organization": "ORG",
    "country": "LOC", "location": "LOC",
    "election": None, "event": None, "misc": None,
}
CONLL_MAP: Dict[str, Optional[str]] = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": None}


def read_columns(lines: Iterable[str], sep: Optional[str] = None) -> Iterator[Tuple[List[str], List[str]]]:
    words: List[str] = []
    tags: List[str] = []
    for raw in list(lines) + [""]:
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip() or line.startswith("-DOCSTART-"):
            if words:
                yield words, tags
            words, tags = [], []
            continue
        parts = line.split(sep) if sep else line.split()
        if len(parts) < 2:
            continue
        words.append(parts[0])
        tags.append(parts[-1])


def crossner_to_docs(lines: Iterable[str], vocab: Vocab, n_sents: int = 1) -> List[Doc]:
    items = [(w, heuristic_spaces(w), iob2_to_spans(t, CROSSNER_MAP)) for w, t in read_columns(lines, "\t")]
    return [_concat_sentences(vocab, chunk) for chunk in group(items, n_sents)]


def wikigold_to_docs(lines: Iterable[str], vocab: Vocab, n_sents: int = 10) -> List[Doc]:
    items = [(w, heuristic_spaces(w), iob1_to_spans(t, CONLL_MAP)) for w, t in read_columns(lines)]
    return [_concat_sentences(vocab, chunk) for chunk in group(items, n_sents)]


# ---------------------------------------------------------------------------
# Re-DocRED
# ---------------------------------------------------------------------------

REDOCRED_MAP: Dict[str, Optional[str]] = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC",
                                          "TIME": None, "NUM": None, "MISC": None}
_DEMONYMS = {
    "american", "british", "french", "dutch", "swiss", "greek", "thai", "israeli", "iraqi", "pakistani",
    "saudi", "kuwaiti", "bangladeshi", "somali", "nepali", "yemeni", "omani", "qatari", "emirati", "czech",
    "slovak", "welsh", "german", "filipino", "arab", "basque", "catalan", "breton", "cypriot", "afghan",
    "moroccan", "mexican", "african", "tibetan", "roman", "latin", "norman", "soviet", "argentine",
    "cuban", "jamaican", "kenyan", "ugandan", "sudanese", "chilean", "venezuelan", "korean", "european",
    "puerto", "dominican", "costa", "sri", "lankan", "hindu", "muslim", "christian", "jewish", "sikh",
    "irish", "scots", "scottish", "english", "spanish", "danish", "swedish", "polish", "turkish",
    "finnish", "kurdish", "cornish", "flemish", "frisian", "uzbek", "kazakh", "tajik", "turkmen",
    "kyrgyz", "mongol", "inuit", "maori", "zulu", "bosniak", "croat", "serb", "slovene", "macedonian",
    "anglo", "franco", "sino", "indo", "austro", "italo", "soviet-era", "hawaiian", "texan", "bavarian",
    "prussian", "ottoman", "byzantine", "mughal", "aztec", "maya", "mayan", "inca", "incan", "viking",
    "pacific", "atlantic", "arctic", "antarctic", "nordic", "baltic", "balkan", "celtic", "gaelic",
}
_NOT_DEMONYMS = {"caribbean", "mediterranean", "vatican", "iran", "japan", "sudan", "oman", "taiwan",
                 "jordan", "bhutan", "michigan", "milan", "munich", "zurich", "delhi", "mali", "malawi",
                 "haiti", "brunei", "helsinki", "nairobi", "mississippi", "hawaii", "fiji", "burundi",
                 "tbilisi", "riyadh", "dubai", "brasilia"}
_DEMONYM_SUFFIXES = ("ian", "ean", "ican", "ese", "ish", "iot")


def is_demonym(word: str) -> bool:
    """Heuristic: nationality / demonym adjective (Re-DocRED labels these LOC)."""
    w = word.lower()
    if not word[:1].isupper() or w in _NOT_DEMONYMS or w.endswith("stan"):
        return False
    if w in _DEMONYMS:
        return True
    if w.endswith(_DEMONYM_SUFFIXES) and len(w) > 4:
        return True
    if w.endswith("ans") and w[:-1].endswith(_DEMONYM_SUFFIXES):  # plural "Americans" -> people, O
        return True
    return False


def redocred_spans(doc_json: dict) -> List[List[Span3]]:
    per_sent: List[List[Span3]] = [[] for _ in doc_json["sents"]]
    for entity in doc_json["vertexSet"]:
        for m in entity:
            label = REDOCRED_MAP.get(m.get("type", ""))
            if label is None:
                continue
            sid = m["sent_id"]
            start, end = m["pos"]
            words = doc_json["sents"][sid][start:end]
            if label == "LOC" and len(words) == 1 and is_demonym(words[0]):
                continue
            if end - start > 1 and words[0].lower() == "the":
                start += 1
            if label == "PERSON":
                start = strip_person_title(doc_json["sents"][sid], start, end)
            per_sent[sid].append((start, end, label))
    out = []
    for spans in per_sent:
        spans = sorted(set(spans), key=lambda s: (-(s[1] - s[0]), s[0]))
        chosen: List[Span3] = []
        for s in spans:
            if all(s[1] <= c[0] or s[0] >= c[1] for c in chosen):
                chosen.append(s)
        out.append(sorted(chosen))
    return out


def redocred_to_docs(data: Sequence[dict], vocab: Vocab) -> List[Doc]:
    docs = []
    for d in data:
        spans = redocred_spans(d)
        items = [(s, heuristic_spaces(s), sp) for s, sp in zip(d["sents"], spans)]
        docs.append(_concat_sentences(vocab, items))
    return docs


# ---------------------------------------------------------------------------
# corpus building
# ---------------------------------------------------------------------------

def _lines(path: Path) -> List[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _save(docs: Sequence[Doc], path: Path, attrs: Optional[List[str]] = None) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = DocBin(store_user_data=False) if attrs is None else DocBin(attrs=attrs, store_user_data=False)
    for d in docs:
        db.add(d)
    db.to_disk(path)
    return len(docs)


def find_uner_train(data_dir: Path) -> Path:
    d = data_dir / "uner-english-ewt"
    released = d / "en_ewt-ud-train.iob2"
    if released.exists():
        return released
    cands = sorted(d.glob("en_ewt-ud-train*.iob2"))
    if not cands:
        raise FileNotFoundError(f"no UNER EWT train file in {d}")
    return cands[0]


def build_corpora(data_dir: Path, out_dir: Path, log: Callable[[str], None] = print) -> Dict[str, dict]:
    """Write all DocBins to out_dir; return a summary {name: {docs, tokens, ents}}."""
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    vocab = Vocab()
    summary: Dict[str, dict] = {}

    def record(name: str, docs: List[Doc]) -> None:
        _save(docs, out_dir / f"{name}.spacy")
        ents: Dict[str, int] = {}
        for d in docs:
            for e in d.ents:
                ents[e.label_] = ents.get(e.label_, 0) + 1
        summary[name] = {"docs": len(docs), "tokens": sum(len(d) for d in docs), "ents": ents}
        log(f"  {name}: {len(docs)} docs, {summary[name]['tokens']} tokens, ents {ents}")

    ewt = data_dir / "ud-english-ewt"
    gum = data_dir / "gum-permissive"
    # --- syntax
    syn = {}
    for split in ("train", "dev", "test"):
        syn[f"ewt_{split}"] = conllu_to_syntax_docs(_lines(ewt / f"en_ewt-ud-{split}.conllu"), vocab)
        syn[f"gum_{split}"] = conllu_to_syntax_docs(_lines(gum / f"gum-permissive-{split}.conllu"), vocab)
    record("syntax_train", syn["ewt_train"] + syn["gum_train"])
    record("syntax_dev", syn["ewt_dev"] + syn["gum_dev"])
    record("syntax_test_ewt", syn["ewt_test"])
    record("syntax_test_gum", syn["gum_test"])

    # --- NER
    uner = data_dir / "uner-english-ewt"
    look = {}
    for split in ("train", "dev", "test"):
        look.update(conllu_spaces_lookup(_lines(ewt / f"en_ewt-ud-{split}.conllu")))
    uner_train = uner_to_docs(_lines(find_uner_train(data_dir)), vocab, spaces_lookup=look)
    uner_dev = uner_to_docs(_lines(uner / "en_ewt-ud-dev.iob2"), vocab, spaces_lookup=look)
    uner_test = uner_to_docs(_lines(uner / "en_ewt-ud-test.iob2"), vocab, spaces_lookup=look)
    gum_ner = {s: gum_to_ner_docs(_lines(gum / f"gum-permissive-{s}.conllu"), vocab) for s in ("train", "dev", "test")}
    red = []
    for s in ("dev", "test"):
        red += redocred_to_docs(json.loads((data_dir / "re-docred" / f"{s}_revised.json").read_text("utf-8")), vocab)
    wg = wikigold_to_docs(_lines(data_dir / "wikigold" / "wikigold.conll.txt"), vocab)
    cp = data_dir / "crossner-politics"
    cn_train = crossner_to_docs(_lines(cp / "train.txt"), vocab, n_sents=5)
    cn_dev = crossner_to_docs(_lines(cp / "dev.txt"), vocab, n_sents=5)
    cn_test = crossner_to_docs(_lines(cp / "test.txt"), vocab, n_sents=1)
    pud_lines = _lines(data_dir / "uner-english-pud" / "en_pud-ud-test.iob2")
    pud_all = uner_to_docs(pud_lines, vocab, n_sents=1)
    pud_news = uner_to_docs(pud_lines, vocab, n_sents=1, keep=lambda s: s.sent_id.startswith("n"))

    # CrossNER politics train+dev is small but in-domain for political text: used twice (upsampled)
    record("ner_train", uner_train + gum_ner["train"] + red + wg + (cn_train + cn_dev) * 2)
    record("ner_dev", uner_dev + gum_ner["dev"])
    record("ner_test_crossner_politics", cn_test)
    record("ner_test_uner_pud_news", pud_news)
    record("ner_test_uner_pud_all", pud_all)
    record("ner_test_uner_ewt", uner_test)
    # sub-corpora kept separately for inspection
    record("ner_part_uner_ewt_train", uner_train)
    record("ner_part_gum", gum_ner["train"])
    record("ner_part_redocred", red)
    record("ner_part_wikigold", wg)
    record("ner_part_crossner_train_dev", cn_train + cn_dev)
    (out_dir / "summary.json").write_text(json.dumps(summary, indent=2))
    return summary
