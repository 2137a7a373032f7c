"""claimx_entities: a rule layer over any pipeline's NER (place it after "ner").

Data (``data/entities/*.jsonl``, documented in data/README.md, read by :mod:`claimx.lexicon`):
countries and places -> GPE, nationalities -> NORP, parties and alliances -> ORG with
``Span._.claimx_party`` (canonical name), legislatures -> ORG with ``Span._.claimx_body``,
titles -> ``doc.spans["claimx_titles"]`` (never part of a PERSON: "U.S. President Donald Trump" as one
PERSON is trimmed to "Donald Trump"). Parties the lexicon does not know are found by their shape
(``patterns.jsonl``: capitalised words + Party/Alliance/Front/...), and abbreviations the article defines
("Foo Party (FP)") tag later "FP" mentions. Where a rule span overlaps a statistical entity, the rule
wins, except that an ORG that strictly contains a place or nationality ("Canadian Broadcasting
Corporation") is kept. Ambiguous aliases ("Congress", "National", "Liberal") count only when the
article mentions one of the party's countries. ``Doc._.claimx_countries`` lists the article's countries.
"""

from __future__ import annotations

import re

import json
import shutil
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import extensions  # noqa: F401
from ..anchors import SentenceMatcher, filter_matches
from ..batched import BatchedPipe
from ..doctext import doc_text, token_words
from ..lexflags import compile_patterns
from ..lexicon import ENTITY_DATA, FILES, PARTY_DIR, Lexicon, load_lexicon, party_files, read_lexicon
from ..parties import ArticleParties, clean_party_text, lookup_party, same_party
from .seats.mention_filter import not_a_party

PATTERN_FILE = "patterns.jsonl"
# files beside the lexicon's that ``read_lexicon`` reads when they are there
LEXICON_EXTRAS = ("nicknames.json",)
TITLE_SPANS = "claimx_titles"


class EntitiesComponent(BatchedPipe):
    def __init__(self, nlp: Language, name: str, data_dir: str | None = None, overwrite: bool = True):
        self.name = name
        self.nlp = nlp
        self.overwrite = overwrite
        self.data_dir = Path(data_dir) if data_dir else ENTITY_DATA
        self._build(read_lexicon(self.data_dir), _read_patterns(self.data_dir / PATTERN_FILE))

    # ------------------------------------------------------------------ setup
    def _build(self, lex: Lexicon, patterns: list[dict[str, Any]]) -> None:
        self.lex = lex
        self.patterns = patterns
        vocab = self.nlp.vocab
        self.phrases = PhraseMatcher(vocab, attr="ORTH")
        # a party's name of two words or more written in capitals ("SINN FÉIN has become the largest party", "PLAID
        # CYMRU took 4"): matched case-blind, kept only where every word is in capitals
        self.caps_phrases = PhraseMatcher(vocab, attr="LOWER")
        self.titles = PhraseMatcher(vocab, attr="LOWER")
        self.shapes = SentenceMatcher(vocab)  # "Party", "Alliance", "Front"...: only the sentences with such a word
        self.payload: dict[int, tuple[str, str, Any]] = {}  # match id -> (label, kind, value)
        tok = self.nlp.make_doc

        def add(key: str, label: str, kind: str, value: Any, forms: list[str], matcher: PhraseMatcher) -> None:
            # names are written with a straight or a typographic apostrophe ("All People's Congress",
            # "All People’s Congress"); the lexicon spells them straight
            forms = [f for f in dict.fromkeys(forms) if f]
            forms += [f.replace("'", "\u2019") for f in forms if "'" in f]
            if not forms:
                return
            matcher.add(key, [tok(f) for f in forms])
            self.payload[vocab.strings[key]] = (label, kind, value)

        for i, p in enumerate(lex.parties):
            if p.kind == "pseudo":
                continue
            amb = set(p.ambiguous)
            forms = [f for f in p.forms() if f not in amb]
            forms += [f"the {f}" for f in ()]  # articles are not part of the name
            add(f"claimx_party_{i}", "ORG", "party", p, forms, self.phrases)
            add(f"claimx_party_{i}", "ORG", "party", p, [f for f in forms if " " in f], self.caps_phrases)
            add(f"claimx_party_amb_{i}", "ORG", "party_ambiguous", p, sorted(amb), self.phrases)
        for i, pl in enumerate(lex.places):
            add(f"claimx_place_{i}", "GPE", "place", pl, [pl.name, *pl.aliases], self.phrases)
        for i, n in enumerate(lex.nationalities):
            add(f"claimx_nat_{i}", "NORP", "nationality", n, [n.name, *n.aliases], self.phrases)
        for i, leg in enumerate(lex.legislatures):
            add(f"claimx_body_{i}", "ORG", "legislature", leg, [leg.name, *leg.aliases], self.phrases)
        for i, t in enumerate(lex.titles):
            add(f"claimx_title_{i}", "TITLE", t.kind, t, [t.name, *t.aliases], self.titles)
        for p, flagged in zip(patterns, compile_patterns(vocab, [p["pattern"] for p in patterns])):
            self.shapes.add(p["id"], flagged, p["pattern"])
            self.payload[vocab.strings[p["id"]]] = (p.get("label", "ORG"), "party_shape", None)

    # ------------------------------------------------------------------ running
    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        rule: list[tuple[Span, str, Any]] = []
        ambiguous: list[tuple[Span, Any]] = []
        countries: Counter[str] = Counter()
        place_countries: set[str] = set()
        party_forms = self.lex.party_forms()
        phrase_matches = self.phrases(doc)
        if any(t.is_upper and len(t) > 1 for t in doc):
            phrase_matches = list(phrase_matches) + [
                (mid, s, e) for mid, s, e in self.caps_phrases(doc)
                if all(t.is_upper or not t.is_alpha for t in doc[s:e]) and not any(m[1] == s and m[2] == e for m in phrase_matches)]
        # the forms that are also an ambiguous party's name ("Congress": India's party and the US legislature)
        ambiguous_at = {(s, e) for mid, s, e in phrase_matches if self.payload[mid][1] == "party_ambiguous"}
        people: set[str] | None = None  # the two first words of the tagger's PERSON names (made on first need)
        for mid, s, e in phrase_matches:
            label, kind, value = self.payload[mid]
            if kind == "legislature" and e - s == 1 and e < len(doc) and doc[e].is_title and doc[e].is_alpha:
                if people is None:
                    people = {" ".join(t.text for t in ent[:2]) for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2}
                if doc[e].ent_type_ == "PERSON" and doc[s].ent_type_ == "PERSON" or f"{doc[s].text} {doc[e].text}" in people:
                    # "Duma Boko of the UDC": a person's first name that a legislature also has, no chamber (the tagger
                    # may see the person in one sentence only)
                    continue
            span = Span(doc, s, e, label=label)
            if kind == "party_ambiguous":
                ambiguous.append((span, value))
                continue
            rule.append((span, kind, value))
            if kind in ("place", "nationality") and value.code:
                countries[value.code] += 1
                place_countries.add(value.code)
            elif kind == "legislature" and len(value.country) == 1 and (s, e) not in ambiguous_at:
                # (not a form a party of another country shares: "The Congress crossed the 113-seat mark" in an
                # article about Karnataka is no evidence of the United States)
                countries[value.country[0]] += 1
            elif kind == "party" and len(value.country) == 1 and len(party_forms.get(span.text, ())) <= 1:
                # a party's name is evidence of its country when no other country's party is written so
                # ("Social Democratic Party" is Germany's and, as an ambiguous alias, Croatia's)
                countries[value.country[0]] += 1
        order = [c for c, _ in countries.most_common()]
        doc._.claimx_countries = order
        for span, value in ambiguous:
            if set(value.country) & set(order):
                rule.append((span, "party", value))
        # homonyms (a party alias that is also a legislature): the article's countries decide
        rule = _resolve_homonyms(rule, order)
        taken = {i for sp, _, _ in rule for i in range(sp.start, sp.end)}
        title_spans = filter_spans([Span(doc, s, e, label="TITLE") for _, s, e in self.titles(doc)])
        title_tokens = {i for sp in title_spans for i in range(sp.start, sp.end)}
        for mid, s, e in filter_matches([m for m in self.shapes(doc) if not _name_goes_on(doc, m[2], strings[m[0]])]):
            kind = "body_shape" if strings[mid].startswith("body") else "party_shape"
            while e - s > 1 and doc[e - 1].lower_ in ("and", "or", "&"):
                e -= 1  # "the Union for Renewal and its leader": the coordinator is no part of the name
            sp = Span(doc, s, e, label="ORG")
            owned = _owner_and_party(doc, sp, title_tokens) if kind == "party_shape" else None
            if owned is not None:
                sp = owned[1]  # "Prime Minister Anna Voss's Harbour Party": the party after the titled owner
            inside = [r for r, _, _ in rule if sp.start <= r.start and r.end <= sp.end]
            if any(
                r.label_ == "ORG" and r.end == sp.end and r.start > sp.start and doc[r.start - 1].text in ("'s", "’s")
                for r in inside
            ):
                # "Carney's Liberal Party": an owner's possessive before a known party is not part of its name
                continue
            if kind == "party_shape" and not_a_party(sp.text) is not None:
                continue  # "the European Union", "the Election Commission": a party's shape, not a party
            if kind == "party_shape" and len(sp) >= 2 and sp[-1].text in ("Democrats", "Republicans", "Congress") \
                    and sp[-2].lower_ in _CHAMBER_MEMBERS:
                continue  # "Senate Democrats", "House Democrats": a party's members in a chamber, not a party's name
            if not any(i in taken for i in range(sp.start, sp.end)):
                rule.append((sp, kind, None))
            elif kind == "party_shape" and inside and all(
                len(r) < len(sp) and (r.label_ == "ORG" or r.label_ in ("NORP", "GPE") and r.end < sp.end - 1) for r in inside
            ) and not any(
                r.start < sp.start < r.end or r.start < sp.end < r.end for r, _, _ in rule
            ):
                # "Labour Front" is not "Labour", "Serbian Progressive Party" is not "Serbian": the longer name wins
                rule = [it for it in rule if not (sp.start <= it[0].start and it[0].end <= sp.end)]
                rule.append((sp, kind, None))

        doc.spans[TITLE_SPANS] = title_spans
        place_tokens = {i for sp, k, _ in rule if k in ("place", "nationality") for i in range(sp.start, sp.end)}

        # statistical entities: trim titles off PERSON names, then let rules win overlaps
        model_ents: list[Span] = []
        for ent in doc.ents:
            if ent.label_ == "ORG":
                owned = _owner_and_party(doc, ent, title_tokens)
                if owned is not None:
                    # "Prime Minister Anna Voss's Harbour Party": a person (titles cut off), then the party
                    person, ent = owned
                    person = _trim_person(doc, person, title_tokens | place_tokens)
                    if person is not None:
                        model_ents.append(person)
            if ent.label_ == "PERSON":
                ent = _trim_person(doc, ent, title_tokens | place_tokens)
                if ent is None:
                    continue
            model_ents.append(ent)
        rule_spans = _filter_rule_spans([sp for sp, _, _ in rule])
        kept: list[Span] = []
        for ent in model_ents:
            overl = [r for r in rule_spans if r.start < ent.end and ent.start < r.end]
            if not overl:
                kept.append(ent)
            elif ent.label_ == "ORG" and all(
                r.label_ in ("GPE", "NORP") and ent.start <= r.start and r.end <= ent.end and len(r) < len(ent)
                for r in overl
            ):
                kept.append(ent)
        kept_tokens = {i for k in kept for i in range(k.start, k.end)}
        final_rules = [r for r in rule_spans if not any(i in kept_tokens for i in range(r.start, r.end))]
        doc.ents = sorted(filter_spans(kept + final_rules), key=lambda s: s.start)
        _surnames_are_people(doc, {(r.start, r.end) for r in final_rules})
        self._chamber_by_rank(doc, order)

        # attributes: canonical party / body names
        meta = {(sp.start, sp.end): (k, v) for sp, k, v in rule}
        parties = ArticleParties(order)
        ents = list(doc.ents)
        branches: dict[str, set[str]] = {}  # a lexicon party -> the regional branches of it the article names
        branch_words: dict[str, int] = {}  # a lexicon party -> the longest of its names written in a branch's name
        written_len: dict[str, int] = {}  # a lexicon party -> the longest of its names written alone
        for idx, ent in enumerate(ents):
            kind, value = meta.get((ent.start, ent.end), (None, None))
            if kind == "legislature":
                ent._.claimx_body = value.name
            elif kind == "party":
                ent._.claimx_party = value.name
                if _foreign_alias(ent.text, value, place_countries, set(order)):
                    # "National Front" in an article about another country is not France's party
                    ent._.claimx_party = clean_party_text(ent.text)[0] or ent.text
                branch = _regional_branch(doc, ents, idx)
                if branch is not None:
                    # "the Ontario Liberals", "Texas Democrats": a province's or state's branch, not the national party
                    # (whose counts in another chamber the checks would otherwise set against these)
                    ent._.claimx_party = branch
                    branches.setdefault(value.name, set()).add(branch)
                    branch_words[value.name] = max(branch_words.get(value.name, 0), len(ent.text))
                else:
                    written_len[value.name] = max(written_len.get(value.name, 0), len(clean_party_text(ent.text)[0] or ent.text))
            elif kind == "body_shape":
                ent._.claimx_body = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
                continue
            elif kind == "party_shape" or (ent.label_ in ("ORG", "PERSON", "LOC") and _ends_with_party_head(ent)):
                if ent.label_ != "ORG":
                    ent = Span(doc, ent.start, ent.end, label="ORG")
                    ents[idx] = ent
                    doc.ents = ents
                ent._.claimx_party = parties.canonical(ent.text)
            else:
                continue
            # an abbreviation defined right after the name: "Foo Party (FP)"
            nxt = ent.end
            # (or with an aside after it in the brackets: "the Party for Democracy (PPD, with 7)")
            if nxt + 2 < len(doc) and doc[nxt].text == "(" and (doc[nxt + 2].text.startswith(")") or doc[nxt + 2].text == ",") \
                    and _is_abbreviation(doc[nxt + 1].text):
                if ent._.claimx_party:
                    parties.define(ent.text, doc[nxt + 1].text)
                    parties.defined[doc[nxt + 1].text] = ent._.claimx_party
            elif ent._.claimx_party:
                abbr = _defined_after(doc, ent.end) or _abbreviation_before(doc, ent)
                if abbr and abbr not in parties.defined:
                    parties.defined[abbr] = ent._.claimx_party
        # "NSW Labor are unable to form a majority ... Labor won 45 seats": an article that names one regional
        # branch of a party means that branch by the party's other names too, unless it writes the party out more
        # fully elsewhere ("Tasmania Libs" beside "the Liberal Party": the article's fullest name stays)
        for ent in doc.ents if branches else ():
            party = ent._.claimx_party
            named = branches.get(party)
            if named is not None and len(named) == 1 and written_len.get(party, 0) <= branch_words[party]:
                ent._.claimx_party = next(iter(named))
        if parties.defined:
            self._tag_defined(doc, parties)
        doc._.claimx_party_abbrs = unspoken_abbreviations(doc, parties.defined) or None
        return doc

    def _chamber_by_rank(self, doc: Doc, order: list[str]) -> None:
        """"the Lower House", "the upper house": the article's country's only lower (upper) chamber, when the
        lexicon knows exactly one ("Things look different in the Lower House" in Argentine news: the Chamber of
        Deputies). Without a country, or with several chambers of that kind, the words stay a generic body."""
        if not order:
            return
        low = doc_text(doc).lower()
        if "lower house" not in low and "upper house" not in low:
            return  # (one substring test: most articles name no chamber by rank)
        spans = []
        lower = token_words(doc)[1]
        for i in range(len(doc) - 1):
            kind = lower[i]
            if kind in ("lower", "upper") and lower[i + 1] == "house":
                chambers = [leg for leg in self.lex.legislatures if leg.kind == kind and order[0] in leg.country]
                if len(chambers) == 1:
                    spans.append((Span(doc, i, i + 2, label="ORG"), chambers[0].name))
        if spans:
            # the statistical NER's own "the Upper House" (no party, no body) gives way
            ents = [e for e in doc.ents if e._.claimx_party or e._.claimx_body
                    or not any(s.start < e.end and e.start < s.end for s, _ in spans)]
            doc.ents = sorted(filter_spans(ents + [s for s, _ in spans]), key=lambda s: s.start)
            for sp, name in spans:
                sp._.claimx_body = name

    def _tag_defined(self, doc: Doc, parties: ArticleParties) -> None:
        """Tag later mentions of abbreviations the article defined (not already entities)."""
        occupied = {i for e in doc.ents for i in range(e.start, e.end)}
        defined = parties.defined
        new = [Span(doc, i, i + 1, label="ORG") for i, w in enumerate(token_words(doc)[0]) if w in defined and i not in occupied]
        if new:
            doc.ents = sorted(filter_spans(list(doc.ents) + new), key=lambda s: s.start)
            for sp in new:
                sp._.claimx_party = parties.defined[sp.text]
        # defined abbreviations override lexicon homonyms, and name the NER's own ORG for them, inside this article
        ents = list(doc.ents)
        relabel = False
        for k, ent in enumerate(ents):
            if ent.text in parties.defined:
                if ent.label_ != "ORG":
                    ents[k] = Span(doc, ent.start, ent.end, label="ORG")
                    relabel = True
        if relabel:
            doc.ents = ents
        for ent in doc.ents:
            if ent.text in parties.defined:
                ent._.claimx_party = parties.defined[ent.text]

    # ------------------------------------------------------------------ serialisation
    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for f in (*FILES, PATTERN_FILE):
            shutil.copyfile(self.data_dir / f, path / f)
        # (the nicknames the lexicon gives parties, "the Greens" for the German Alliance 90/The Greens: a pipeline
        # saved without them would name those parties differently once loaded)
        for f in LEXICON_EXTRAS:
            if (self.data_dir / f).is_file():
                shutil.copyfile(self.data_dir / f, path / f)
        extra = party_files(self.data_dir)[1:]
        if extra:
            (path / PARTY_DIR).mkdir(exist_ok=True)
            for f in extra:
                shutil.copyfile(f, path / PARTY_DIR / f.name)

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> "EntitiesComponent":
        path = Path(path)
        self.data_dir = path
        self._build(read_lexicon(path), _read_patterns(path / PATTERN_FILE))
        return self


def _name_goes_on(doc: Doc, end: int, pattern_id: str) -> bool:
    """"Kesteria's Union for Renewal": a shape ending in a head word that "for" + a name continues is no name
    of its own (the head-first shape "Union for Renewal" is)."""
    return pattern_id in ("party-shape", "party-shape-initial") and end + 1 < len(doc) and doc[end].lower_ == "for" \
        and (doc[end + 1].is_title or doc[end + 1].lower_ == "the")


def _read_patterns(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _filter_rule_spans(spans: list[Span]) -> list[Span]:
    """filter_spans, but a leading "the" does not make a span longer: "the Bloc" + "Québécois" is "Bloc Québécois"."""
    def size(sp: Span) -> int:
        return len(sp) - (1 if sp[0].lower_ == "the" else 0)

    out: list[Span] = []
    seen: set[int] = set()
    for sp in sorted(spans, key=lambda sp: (-size(sp), -len(sp), sp.start)):
        if not any(i in seen for i in range(sp.start, sp.end)):
            out.append(sp)
            seen.update(range(sp.start, sp.end))
    return sorted(out, key=lambda sp: sp.start)


def _foreign_alias(text: str, entry: Any, place_countries: set[str], evidence: set[str] = frozenset()) -> bool:
    """True when a mention matched one of a party's aliases (not its name or abbreviation) and the
    article names none of the party's countries: a homonymous party of some other country."""
    if not entry.country or set(entry.country) & place_countries:
        return False
    name = re.sub(r"^the\s+", "", clean_party_text(text)[0].lower())
    if name == entry.name.lower() or name in {a.lower() for a in entry.abbr}:
        return False
    # "Labor" in British news, "National Front" in Malaysian news: an alias of a party of countries the
    # article does not name (when it names places at all)
    return len(name.split()) >= 2 or (bool(place_countries) and not set(entry.country) & evidence)


# "..., known as the FJP", "also called MUD", "known by its Spanish acronym MUD", "abbreviated as FJP": a name
# the article gives the party right after its full name
_KNOWN_AS = (
    ("known", "as"), ("also", "known", "as"), ("called",), ("also", "called"), ("abbreviated", "as"), ("abbreviated",),
    ("or",), ("dubbed",),
)
_ACRONYM_NOUNS = ("acronym", "initials", "abbreviation")


# lower-case words a name may hold between its capitalised words ("Movement for Social Justice",
# "Party of the Democratic Left")
_NAME_GLUE = ("'s", "’s", "'", "’", "-", "–")
_NAME_JOINERS = frozenset({"of", "for", "the", "and", "de", "del", "la", "le", "du", "des", "di", "da", "do", "van", "von", "&"})


def name_before_bracket(doc: Doc, bracket: int) -> str | None:
    """The capitalised name written right before a bracket ("the Party of Ostrian Renewal (" -> "Party of Ostrian
    Renewal"): a run of capitalised words and joiners in the bracket's sentence, starting with a capitalised word,
    of at least two words; a possessive or a hyphen may join its words ("People's National Congress")."""
    if bracket == 0 or doc[bracket - 1].ent_type_ == "PERSON":
        return None  # "Maria Lopez (PRO)": the bracket gives a person's party, not an abbreviation
    start = bracket
    while start > 0:
        tok = doc[start - 1]
        word = tok.is_alpha and (tok.is_title or tok.is_upper or tok.lower_ in _NAME_JOINERS)
        glue = tok.text in _NAME_GLUE and start < bracket and start >= 2 and doc[start - 2].is_title
        if not (word or glue):
            break
        start -= 1
        if tok.is_sent_start:
            break
    # the name starts at a capitalised word: "the", "of" ... before it belong to the sentence
    while start < bracket and (doc[start].lower_ in _NAME_JOINERS or doc[start].text in _NAME_GLUE):
        start += 1
    words = [t for t in doc[start:bracket] if t.is_alpha]
    return doc[start:bracket].text if len(words) >= 2 else None


def unspoken_abbreviations(doc: Doc, defined: dict[str, str]) -> dict[str, str]:
    """{name: abbreviation} for the abbreviations an article defines that the name does not give itself.

    "the Party of Ostrian Renewal (PRO)" (initials P-O-R) and a native-language acronym after an English name
    define an abbreviation nobody could rebuild from the name; a claim about that party names it "Party of Ostrian
    Renewal (PRO)", so a reader -- and an article that writes only "PRO" -- still knows it. "Liberal Democratic
    Party (LDP)" gives its initials (or the lexicon knows the abbreviation) and stays as it is. Names come from the
    entities' own definitions (``defined``: abbreviation -> canonical party) and from any capitalised name written
    right before a bracketed abbreviation (the party may be recognised as one only later, by the seats stages).
    The first abbreviation given for a name wins."""
    pairs = [(canon, abbr) for abbr, canon in defined.items()]
    words = token_words(doc)[0]
    for i in range(1, len(doc) - 2):
        if words[i] == "(" and words[i + 2] == ")" and _is_abbreviation(words[i + 1]):
            name = name_before_bracket(doc, i)
            if name:
                pairs.append((name, words[i + 1]))
    out: dict[str, str] = {}
    for name, abbr in pairs:
        if name and name not in out and abbr != name and not same_party(name, abbr):
            out[name] = abbr
    return out


def _defined_after(doc: Doc, end: int) -> str | None:
    """The abbreviation a "known as" / "by its acronym" clause right after a party name defines, else None."""
    i = end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    words = [doc[k].lower_ for k in range(i, min(i + 6, len(doc)))]
    for cue in _KNOWN_AS:
        if tuple(words[: len(cue)]) == cue:
            k = i + len(cue)
            break
    else:
        if words[:1] == ["known"] and words[1:2] == ["by"] and any(w in _ACRONYM_NOUNS for w in words[2:6]):
            k = next(i + j + 1 for j, w in enumerate(words) if w in _ACRONYM_NOUNS)
        else:
            return None
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    if k < len(doc) and _is_abbreviation(doc[k].text) and (k + 1 >= len(doc) or not doc[k + 1].is_title):
        return doc[k].text
    return None


def _abbreviation_before(doc: Doc, ent: Span) -> str | None:
    """"FJP (Freedom and Justice Party)": the abbreviation written first, the full name in brackets after it."""
    s = ent.start
    if s >= 2 and ent.end < len(doc) and doc[s - 1].text == "(" and doc[ent.end].text.startswith(")"):
        cand = doc[s - 2].text
        if _is_abbreviation(cand) and len(ent) >= 2:
            return cand
    return None


def _is_abbreviation(text: str) -> bool:
    """"NDP", "CDU/CSU", "UfR", "PdL": an initial capital and at least two capitals in a short word."""
    return bool(re.fullmatch(r"[A-Z][A-Za-z&+/\-]{1,9}", text)) and sum(ch.isupper() for ch in text) >= 2


def _regional_branch(doc: Doc, ents: list[Span], idx: int) -> str | None:
    """The name of a party's regional branch when a place that is no country stands right before the party's
    name ("Ontario Liberals" -> "Ontario Liberals"; the lexicon's name when it knows the branch: "Alberta NDP" ->
    "Alberta New Democratic Party"); None for a country ("Canada Liberals"), a possessive ("Ontario's
    Liberals") or no place."""
    if idx == 0:
        return None
    place, ent = ents[idx - 1], ents[idx]
    if place.label_ != "GPE" or place.end != ent.start or _is_country(place.text):
        return None
    written = f"{place.text} {clean_party_text(ent.text)[0] or ent.text}"
    entry = lookup_party(written)
    return entry.name if entry is not None else written


@lru_cache(maxsize=4096)
def _is_country(text: str) -> bool:
    low = text.lower().removeprefix("the ")
    return any(low == a.lower().removeprefix("the ") for p in load_lexicon().places if p.kind == "country" for a in (p.name, *p.aliases))


def _owner_and_party(doc: Doc, ent: Span, title_tokens: set[int]) -> tuple[Span, Span] | None:
    """An NER organisation that is a titled person's possessive and a party ("Prime Minister Anna Voss's Harbour
    Party", "Incumbent Prime Minister Jonas Store's Labour Party"): (PERSON span, ORG span), else None. The owner
    must open with a title and hold a name after it; "the People's Party", "Farmers' Union" stay whole."""
    k = next((i for i in range(ent.start + 2, ent.end - 1) if doc[i].text in ("'s", "’s")), None)
    if k is None or not any(i in title_tokens for i in range(ent.start, k)):
        return None
    name = [i for i in range(ent.start, k) if i not in title_tokens]
    party = Span(doc, k + 1, ent.end, label="ORG")
    if not name or not all(doc[i].text[:1].isupper() for i in name) or not _ends_with_party_head(party):
        return None
    return Span(doc, name[0], k, label="PERSON"), party


def _ends_with_party_head(ent: Span) -> bool:
    """An NER name ending in a party head word ("Rivermark Justice Party", "Joint List", "Magyar Szocialista Párt")."""
    return len(ent) >= 2 and ent[-1].text in _NER_PARTY_HEADS and not_a_party(ent.text) is None


_CHAMBER_MEMBERS = frozenset(("house", "senate", "congressional", "state", "assembly", "council", "party"))
_NER_PARTY_HEADS = frozenset(
    ("Party", "Alliance", "Front", "Bloc", "Movement", "Coalition", "Union", "League", "List", "Partei", "Párt", "Partiet",
     "Strana", "Stranka", "Partija", "Partij")
)


def _resolve_homonyms(rule: list[tuple[Span, str, Any]], order: list[str]) -> list[tuple[Span, str, Any]]:
    by_span: dict[tuple[int, int], list[tuple[Span, str, Any]]] = {}
    for item in rule:
        by_span.setdefault((item[0].start, item[0].end), []).append(item)
    out = []
    for items in by_span.values():
        if len(items) == 1:
            out.append(items[0])
            continue

        def score(it: tuple[Span, str, Any]) -> int:
            v = it[2]
            cs = getattr(v, "country", None)
            cs = (v.code,) if isinstance(getattr(v, "code", None), str) and v.code else (cs or ())
            ranks = [order.index(c) for c in cs if c in order]
            return min(ranks) if ranks else len(order) + (0 if it[1] == "legislature" else 1)

        best = min(items, key=score)
        span, kind, value = best
        if kind == "party" and span.label_ != "ORG":
            span = Span(span.doc, span.start, span.end, label="ORG")
        out.append((span, kind, value))
    return out


def _surnames_are_people(doc: Doc, rule_offsets: set[tuple[int, int]]) -> None:
    """A non-PERSON entity (not from the rules) whose text ends a PERSON name of the article is that person."""
    ents = list(doc.ents)
    names = {e.text for e in ents if e.label_ == "PERSON" and len(e) >= 2}
    tails = {n.split()[-1] for n in names}
    changed = False
    for i, e in enumerate(ents):
        if e.label_ in ("LOC", "GPE", "ORG", "NORP") and (e.start, e.end) not in rule_offsets:
            if e.text in tails and len(e) == 1:
                ents[i] = Span(doc, e.start, e.end, label="PERSON")
                changed = True
    if changed:
        doc.ents = ents


def _trim_person(doc: Doc, ent: Span, strip: set[int]) -> Span | None:
    """Cut title / modifier / place tokens off a PERSON ("U.S. President Donald Trump" -> "Donald Trump")."""
    inner = [i for i in range(ent.start, ent.end - 1) if i in strip]
    start = max(inner) + 1 if inner else ent.start
    while start < ent.end and (start in strip or doc[start].text in (".", "-", "'s", "’s")):
        start += 1
    end = ent.end
    while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    if end <= start:
        return None
    if start == ent.start and end == ent.end:
        return ent
    return Span(doc, start, end, label=ent.label_)


@Language.factory(
    "claimx_entities",
    default_config={"data_dir": None, "overwrite": True},
)
def make_entities(nlp: Language, name: str, data_dir: str | None, overwrite: bool) -> EntitiesComponent:
    return EntitiesComponent(nlp, name, data_dir, overwrite)
