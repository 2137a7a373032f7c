"""claimx's measuring instrument: extracted claims scored against gold annotations.

``claimx eval --gold DIR (--texts DIR | --claims FILE) [--format text|json]`` calls
:func:`evaluate_dir` and :func:`render_eval`.  The gold format is the one of
``shared/eval/README.md`` (one JSON file per article, naming its ``doc``).

Pairing documents
    A record's ``doc`` is paired with a gold file by *file name* (basename), so gold in
    ``corpus/gold/`` and texts in ``corpus/`` (or ``dev/gold`` and ``dev/texts``) pair up.
    Records of documents without a gold file are ignored (listed in ``docs_without_gold``);
    a gold file whose document produced no record is scored as all misses (listed in
    ``docs_without_records``).

Matching (per document, per claim type)
    Every (gold, extracted) pair that is *compatible* (rules below) gets a score; pairs are
    taken greedily, best score first, each gold entry and each extracted claim at most once
    (one-to-one).  The score prefers pairs that also agree on the secondary attributes and
    whose evidence overlaps, so accuracies are measured on the most plausible pairing.

    ========================  ==========================================================
    seat_count                same party (see below) and same ``seats``.  A range
                              "230 to 240" is annotated as two approximate entries (230
                              and 240) and extracted as one claim (``seats`` 230,
                              ``upper`` 240), scored as its two bounds.  ``approximate``
                              and ``status`` are scored separately as accuracies on
                              matched pairs.
    seat_change               same party and same signed ``delta``.
    chamber_size              same ``seats``; ``body`` is scored as an accuracy.
    majority_threshold        same ``seats``; ``body`` is scored as an accuracy.
    majority_status           same ``status`` and same party; a null party on either side
                              ("no party won a majority") is a wildcard, so it matches a
                              gold entry of the same status whatever its party.  Whether
                              the party was resolved is reported as ``majority_party``.
    quote                     word overlap >= 0.8: both texts are lower-cased, " ... "
                              joins and punctuation are removed, split on white space;
                              overlap = |shorter ∩ longer| / |shorter| on the sets of
                              words (the shorter = the one with fewer distinct words).
                              ``quote_span`` reports how many matched quotes also cover
                              >= 80% of the *longer* one (catches truncated quotes).
                              ``speaker`` accuracy: the names match after normalisation
                              (below); a surname alone is wrong when gold has the full name.
    event                     same ``kind`` and same actor (person/organisation names
                              normalised as speakers; party actors by party rules; a null
                              actor on either side is a wildcard).  Gold events are not
                              exhaustive, so event precision is a lower bound.
    ========================  ==========================================================

    A wrong number is therefore both a *miss* (the gold claim was not found) and a *false
    hit* (the extracted claim is in no gold entry); the renderer points from the miss to the
    unmatched extraction on the same line.

Party names
    ``claimx.parties.same_party`` is used when that module exists; independently of it two
    names are the same party when their alias sets intersect.  A name's aliases are its
    normalised form and each parenthesised part ("Christian Democratic Union (CDU)" ->
    {"christian democratic union", "cdu"}).  Normalising: accents stripped, lower-case,
    possessives dropped ("Labour's" -> "labour", "Carney's Liberals" -> "liberal"), "the"
    and "party" dropped, "Party of <country>" dropped, plural s dropped ("Greens" ->
    "green").  Also: the initials of a full name match an abbreviation given on the other
    side ("Scottish National Party" ~ "SNP"), a name equal to the other without a
    leading nationality ("Labor" ~ "Australian Labor Party"), and two spellings of one name
    of eight letters or more one typing slip apart ("Democratic Center" ~ "Democratic
    Centre", "Palang Pracharat" ~ "Palang Pracharath"); a name with its first parenthesised
    part joined is an alias too ("Kerala Congress (Mani)" ~ "Kerala Congress-Mani").  Two descriptions of a group of
    parties match when they end with the same group noun (bloc, camp, coalition, alliance,
    parties, opposition, independents) and the words of one are among the other's ("left
    bloc" ~ "Left-wing bloc (red bloc)"; not "left bloc" / "right bloc").

Speaker and actor names
    Accents, case, punctuation and a leading "the" are ignored; a leading title ("Prime
    Minister", "President", "Dr" ...) is dropped when a name of at least two words remains;
    parenthesised abbreviations are aliases ("Korean Central News Agency (KCNA)" matches
    "KCNA" or the full name); a leading nationality word may be missing on one side.

Precision = matched / found, recall = matched / gold, F1 their harmonic mean; undefined
values (nothing found, nothing in gold) are ``null`` and shown as "-".  ``overall`` is the
micro average over all claim types.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .claims import CLAIM_TYPES, MajorityKind, SeatStatus, SpeakerKind

# --------------------------------------------------------------------------- gold format


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldSeatCount(_Strict):
    party: str
    seats: int = Field(ge=0)
    approximate: bool = False
    status: SeatStatus = "result"
    evidence: str


class GoldSeatChange(_Strict):
    party: str
    delta: int
    approximate: bool = False
    evidence: str


class GoldChamberSize(_Strict):
    body: str | None = None
    seats: int = Field(gt=0)
    evidence: str


class GoldThreshold(_Strict):
    body: str | None = None
    seats: int = Field(gt=0)
    evidence: str


class GoldMajorityStatus(_Strict):
    party: str | None = None
    status: MajorityKind
    evidence: str


class GoldQuote(_Strict):
    speaker: str | None = None
    speaker_kind: SpeakerKind = "unknown"
    text: str
    evidence: str


EventKindStr = Literal[
    "congratulate", "call", "meet", "win", "lose", "concede", "resign", "accuse", "form_government", "announce"
]


class GoldEvent(_Strict):
    kind: EventKindStr
    actor: str | None = None
    target: str | None = None
    when: str | None = None
    modality: Literal["asserted", "planned", "other"] | None = Field(
        None, description="Optional extension of the format; scored as an accuracy when given."
    )
    evidence: str


class GoldElection(BaseModel):
    model_config = ConfigDict(extra="allow")
    country: str | None = None
    body: str | None = None
    year: int | None = None


class GoldFile(_Strict):
    """One gold file (format: shared/eval/README.md)."""

    doc: str
    source: str | None = None
    license_note: str | None = None
    election: GoldElection | None = None
    seat_counts: list[GoldSeatCount] = []
    seat_changes: list[GoldSeatChange] = []
    chamber_sizes: list[GoldChamberSize] = []
    majority_thresholds: list[GoldThreshold] = []
    majority_status: list[GoldMajorityStatus] = []
    quotes: list[GoldQuote] = []
    events: list[GoldEvent] = []
    notes: str | None = None

    def by_type(self) -> dict[str, list[Any]]:
        return {
            "seat_count": list(self.seat_counts),
            "seat_change": list(self.seat_changes),
            "chamber_size": list(self.chamber_sizes),
            "majority_threshold": list(self.majority_thresholds),
            "majority_status": list(self.majority_status),
            "quote": list(self.quotes),
            "event": list(self.events),
        }


class GoldError(ValueError):
    """A gold file that cannot be read or does not follow the format."""


def load_gold_file(path: str | Path) -> GoldFile:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise GoldError(f"{p}: cannot read: {err}") from None
    except json.JSONDecodeError as err:
        raise GoldError(f"{p}:{err.lineno}: not JSON: {err.msg}") from None
    try:
        return GoldFile.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        loc = ".".join(str(x) for x in first["loc"])
        raise GoldError(f"{p}: not a gold file: {loc}: {first['msg']}") from None


def load_gold_dir(gold_dir: str | Path) -> dict[str, GoldFile]:
    """Gold files of a folder, keyed by the basename of the document they name."""
    out: dict[str, GoldFile] = {}
    for f in sorted(Path(gold_dir).glob("*.json")):
        g = load_gold_file(f)
        key = doc_key(g.doc)
        if key in out:
            raise GoldError(f"{f}: a second gold file for {g.doc}")
        out[key] = g
    return out


def doc_key(doc: str) -> str:
    return PurePosixPath(doc.replace("\\", "/")).name


# --------------------------------------------------------------------------- normalisation

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_PAREN = re.compile(r"\(([^()]*)\)")
_NON_WORD = re.compile(r"[^\w\s']+")
_SPACES = re.compile(r"\s+")
_PARTY_OF = re.compile(r"\bparty of( the)? [\w ]+$")
_DROP_PARTY_WORDS = {"the", "party"}
_TITLES = (
    ("prime", "minister"),
    ("deputy", "prime", "minister"),
    ("foreign", "minister"),
    ("president",),
    ("vice", "president"),
    ("chancellor",),
    ("premier",),
    ("minister",),
    ("senator",),
    ("sen",),
    ("rep",),
    ("governor",),
    ("mayor",),
    ("mr",),
    ("mrs",),
    ("ms",),
    ("dr",),
    ("prof",),
    ("professor",),
    ("sir",),
    ("dame",),
    ("leader",),
    ("incoming",),
    ("outgoing",),
    ("former",),
)
# Leading nationality words that may be missing on one side without changing who is meant
# ("Australian Labor Party" ~ "Labor", "Canadian Prime Minister's Office" ~ "Prime Minister's Office").
NATIONALITIES = frozenset(
    """
    afghan albanian algerian american argentine argentinian armenian australian austrian azerbaijani
    bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese cambodian cameroonian
    canadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian
    english estonian ethiopian european fijian filipino finnish french georgian german ghanaian greek
    guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian
    ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kurdish kuwaiti kyrgyz latvian lebanese
    libyan lithuanian luxembourgish macedonian malagasy malawian malaysian maltese mexican moldovan mongolian
    montenegrin moroccan mozambican namibian nepali nigerian nigerien norwegian pakistani palestinian panamanian
    paraguayan peruvian polish portuguese qatari romanian russian rwandan saudi scottish senegalese serbian
    singaporean slovak slovenian somali spanish sudanese swedish swiss syrian taiwanese tanzanian thai tunisian
    turkish ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
    african asian arab quebec quebecois us uk eu un
    """.split()
)

def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _basic(s: str) -> str:
    s = strip_accents(s).translate(_QUOTES).casefold()
    s = s.replace("&", " and ").replace("/", " ").replace("-", " ")
    s = _NON_WORD.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


def _plural(tok: str) -> str:
    if len(tok) > 3 and tok.endswith("s") and not tok.endswith(("ss", "us", "is")):
        return tok[:-1]
    return tok


def _party_form(s: str) -> str:
    """Normalised form of one party name (no parentheses)."""
    s = _basic(s)
    s = _PARTY_OF.sub("party", s)
    toks = s.split()
    # "Carney's Liberals": a leading possessor is not part of the name (but "People's Party" keeps it).
    if len(toks) >= 2 and toks[0].endswith(("'s", "'")) and any(t not in _DROP_PARTY_WORDS for t in toks[1:]):
        toks = toks[1:]
    out: list[str] = []
    for t in toks:
        t = t.removesuffix("'s").replace("'", "")
        if t and t not in _DROP_PARTY_WORDS:
            out.append(_plural(t))
    return " ".join(out)


def _initials(s: str) -> str:
    toks = [t for t in _basic(s).replace("'", "").split() if t not in {"the", "of", "for", "and", "de", "du", "la", "le"}]
    return "".join(t[0] for t in toks) if len(toks) >= 2 else ""


def _aliases(name: str, form: Callable[[str], str]) -> tuple[set[str], set[str]]:
    """(aliases, initials): normalised forms of the name and of its parenthesised parts."""
    inner = [m.group(1) for m in _PAREN.finditer(name)]
    outer = _PAREN.sub(" ", name)
    # ("Kerala Congress (Mani)" is also written "Kerala Congress-Mani": the name with its qualifier joined)
    aliases = {a for a in (form(outer), *(form(x) for x in inner), *(form(f"{outer} {x}") for x in inner[:1])) if a}
    initials = {i for i in (_initials(outer),) if i}
    return aliases, initials


def _short_forms(aliases: set[str]) -> set[str]:
    return {a.replace(" ", "") for a in aliases if " " not in a and len(a) <= 8}


def _is_nationality(tok: str) -> bool:
    return tok in NATIONALITIES


def _prefix_ok(short: str, long: str) -> bool:
    """``long`` is ``short`` with nationality words in front ("australian labor" ~ "labor")."""
    s, l = short.split(), long.split()
    if not s or len(l) <= len(s) or l[-len(s):] != s:
        return False
    return all(_is_nationality(t) for t in l[: len(l) - len(s)])


def _alias_match(a: str, b: str, form: Callable[[str], str]) -> bool:
    al, ai = _aliases(a, form)
    bl, bi = _aliases(b, form)
    if al & bl:
        return True
    if ai & _short_forms(bl) or bi & _short_forms(al):
        return True
    for x in al:
        for y in bl:
            if _prefix_ok(x, y) or _prefix_ok(y, x):
                return True
    return False


# the head nouns of a group of parties named by description ("the left bloc", "three opposition parties", "the
# progressive camp"), and the words such a description may add or leave out without naming another group
_GROUP_HEADS = frozenset(("bloc", "camp", "coalition", "alliance", "parties", "opposition", "independents"))
_GROUP_FILLERS = frozenset(("the", "a", "an", "wing", "combined", "together", "its", "their", "all", "and", "of"))
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve".split())


def _group_words(name: str) -> tuple[str, frozenset[str]] | None:
    """(head, content words) of a described group of parties, each parenthesised part apart; None when the name is
    no group description (it does not end with a group head noun)."""
    toks = [t for t in _basic(_PAREN.sub(" ", name)).split() if t not in _GROUP_FILLERS and not t.isdigit() and t not in _NUMBER_WORDS]
    if not toks or toks[-1] not in _GROUP_HEADS:
        return None
    return toks[-1], frozenset(toks[:-1])


def _same_group(a: str, b: str) -> bool:
    """Two descriptions of one group of parties: the same head noun ("bloc"), and the words of one among the words of
    the other or of its parenthesised description ("left bloc" ~ "Left-wing bloc (red bloc)", "three opposition
    parties" ~ "Opposition parties (UDC, BPF, BCP) (combined)"); never two groups told apart by a word ("left bloc"
    / "right bloc")."""
    forms_a = [a, *(m.group(1) for m in _PAREN.finditer(a))]
    forms_b = [b, *(m.group(1) for m in _PAREN.finditer(b))]
    for x in forms_a:
        gx = _group_words(x)
        for y in forms_b:
            gy = _group_words(y)
            if gx and gy and gx[0] == gy[0] and gx[1] and gy[1] and (gx[1] <= gy[1] or gy[1] <= gx[1]):
                return True
    return False


def _spelling_variants(a: str, b: str) -> bool:
    """Two spellings of one party name: normalised forms of eight letters or more one slip apart."""
    from .parties import one_slip

    al, _ = _aliases(a, _party_form)
    bl, _ = _aliases(b, _party_form)
    return any(min(len(x), len(y)) >= 8 and one_slip(x, y) for x in al for y in bl)


def _external_same_party() -> Callable[[str, str], bool] | None:
    try:
        from . import parties  # type: ignore[attr-defined]
    except ImportError:
        return None
    fn = getattr(parties, "same_party", None)
    return fn if callable(fn) else None


_EXTERNAL = _external_same_party()


# the gold's label of a category of a party's seats: "ZANU PF – constituency seats", "DPP – single-member districts"
# (the party is the part before the dash; claimx keeps the category in the count's body)
_SEAT_CATEGORY_LABEL = re.compile(r"\s+[–—-]\s+[^–—]*\b(?:seats?|districts?|constituenc(?:y|ies)|list|members|representation)\b[^–—]*$",
                                  re.IGNORECASE)


def same_party(a: str | None, b: str | None) -> bool:
    """Whether two party names mean the same party (see the module docstring)."""
    if not a or not b:
        return False
    a, b = _SEAT_CATEGORY_LABEL.sub("", a), _SEAT_CATEGORY_LABEL.sub("", b)
    if _alias_match(a, b, _party_form) or _spelling_variants(a, b) or _same_group(a, b):
        return True
    if _EXTERNAL is not None:
        try:
            return bool(_EXTERNAL(a, b))
        except Exception:  # noqa: BLE001 - a helper's failure must not stop the measurement
            return False
    return False


def _name_form(s: str) -> str:
    toks = [t.replace("'", "") if not t.endswith("'s") else t for t in _basic(s).split()]
    toks = [t for t in toks if t]
    if toks and toks[0] == "the":
        toks = toks[1:]
    changed = True
    while changed:
        changed = False
        for title in _TITLES:
            n = len(title)
            if tuple(toks[:n]) == title and len(toks) - n >= 2:
                toks = toks[n:]
                changed = True
                break
    return " ".join(toks)


def same_name(a: str | None, b: str | None) -> bool:
    """Whether two person or organisation names are the same (see the module docstring)."""
    if not a or not b:
        return False
    return _alias_match(a, b, _name_form)


def same_actor(a: str | None, b: str | None) -> bool:
    return same_name(a, b) or same_party(a, b)


def same_body(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    x, y = _name_form(a), _name_form(b)
    if x == y:
        return True
    xs, ys = f" {x} ", f" {y} "
    return xs in ys or ys in xs or _alias_match(a, b, _name_form)


_JOIN = re.compile(r"\s*(\.\.\.|…)\s*")


def quote_words(s: str) -> set[str]:
    s = _JOIN.sub(" ", strip_accents(s).translate(_QUOTES).casefold())
    s = re.sub(r"[^\w\s]+", " ", s)
    return set(s.split())


def quote_overlap(a: str, b: str) -> tuple[float, float]:
    """(overlap of the shorter against the longer, overlap against the longer)."""
    wa, wb = quote_words(a), quote_words(b)
    if not wa or not wb:
        return 0.0, 0.0
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    common = len(short & long_)
    return common / len(short), common / len(long_)


QUOTE_MIN_OVERLAP = 0.8


# --------------------------------------------------------------------------- result model


class TypeScore(BaseModel):
    gold: int = 0
    found: int = 0
    matched: int = 0
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None

    def finish(self) -> "TypeScore":
        self.precision = self.matched / self.found if self.found else None
        self.recall = self.matched / self.gold if self.gold else None
        p, r = self.precision, self.recall
        if p is None and r is None:
            self.f1 = None
        else:
            p, r = p or 0.0, r or 0.0
            self.f1 = 2 * p * r / (p + r) if p + r else 0.0
        return self


class Accuracy(BaseModel):
    correct: int = 0
    total: int = 0
    value: float | None = None

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def finish(self) -> "Accuracy":
        self.value = self.correct / self.total if self.total else None
        return self


class Item(BaseModel):
    """A miss (gold not found), a false hit (extracted, not in gold) or a wrong attribute."""

    doc: str
    type: str
    line: int | None = None
    evidence: str
    text: str | None = Field(None, description="The sentence (false hits) or the line (misses).")
    summary: str = Field(description="The claim's content in a few words.")
    rule: str | None = None
    near: str | None = Field(None, description="For a miss: an unmatched extraction on the same line.")


class AttributeMismatch(BaseModel):
    doc: str
    type: str
    line: int | None = None
    field: str
    gold: Any = None
    found: Any = None
    evidence: str


class ConfidenceBand(BaseModel):
    """Precision of the claims whose (calibrated) confidence falls in one band."""

    band: str
    found: int = 0
    right: int = Field(0, description="Matched to a gold claim, with the right attributes.")
    precision: float | None = None


class RuleOutcome(BaseModel):
    """One extracted claim of a gold document: its features, confidences and whether it was right."""

    doc: str = ""
    type: str = ""
    family: str
    features: list[str] = []
    stated: float
    calibrated: float
    right: bool
    claim_id: str = Field("", description="The extracted claim's id (to follow it into the checks' findings).")


class EvalResult(BaseModel):
    gold_dir: str
    documents: int = Field(0, description="Gold documents scored.")
    docs_without_records: list[str] = []
    docs_without_gold: list[str] = []
    per_type: dict[str, TypeScore]
    overall: TypeScore
    accuracies: dict[str, Accuracy]
    misses: list[Item] = []
    false_hits: list[Item] = []
    attribute_errors: list[AttributeMismatch] = []
    confidence_bands: list[ConfidenceBand] = []
    stated_bands: list[ConfidenceBand] = []
    checked_bands: list[ConfidenceBand] = Field(
        [], description="Calibrated bands of the claim types the checks rest on (seats, chamber, threshold, majority).")
    outcomes: list[RuleOutcome] = []
    causes: dict[str, dict[str, int]] = Field(
        {}, description="Misses, false hits and wrong speakers counted by the stage they point at (`_miss_cause`, "
                        "`_false_hit_cause`, `_speaker_cause`): '<type> miss' / '<type> false hit' / 'speaker' -> "
                        "cause -> count.")


def _bands(outcomes: list[RuleOutcome], calibrated: bool, checked_only: bool = False) -> list[ConfidenceBand]:
    from .checks.calibration import BANDS, CHECKED_TYPES, band_of

    out = {label: ConfidenceBand(band=label) for label, _, _ in BANDS}
    for o in outcomes:
        if checked_only and o.type not in CHECKED_TYPES:
            continue
        b = out[band_of(o.calibrated if calibrated else o.stated)]
        b.found += 1
        b.right += int(o.right)
    for b in out.values():
        b.precision = b.right / b.found if b.found else None
    return list(out.values())


ACCURACY_NAMES = (
    "approximate",
    "status",
    "speaker",
    "quote_span",
    "chamber_body",
    "threshold_body",
    "majority_party",
    "event_target",
    "event_modality",
)

# --------------------------------------------------------------------------- matching


def _ev_overlap(gold_ev: str, rec: Any) -> float:
    g = quote_words(gold_ev)
    if not g:
        return 0.0
    r = quote_words(getattr(rec, "evidence", "") or "")
    return len(g & r) / len(g)


def _compatible(type_: str, g: Any, r: Any) -> float | None:
    """A score (higher is better) when gold ``g`` and record ``r`` may be paired, else None."""
    ev = _ev_overlap(g.evidence, r)
    if type_ == "seat_count":
        if g.seats != r.seats or not same_party(g.party, r.party):
            return None
        return 1 + (g.status == r.status) + (g.approximate == r.approximate) + ev
    if type_ == "seat_change":
        if g.delta != r.delta or not same_party(g.party, r.party):
            return None
        return 1 + (g.approximate == r.approximate) + ev
    if type_ in ("chamber_size", "majority_threshold"):
        if g.seats != r.seats:
            return None
        return 1 + same_body(g.body, r.body) + ev
    if type_ == "majority_status":
        if g.status != r.status:
            return None
        if g.party is None or r.party is None:
            return 1 + ev
        if not same_party(g.party, r.party):
            return None
        return 2 + ev
    if type_ == "quote":
        ov, cover = quote_overlap(g.text, r.quote)
        if ov < QUOTE_MIN_OVERLAP:
            return None
        return ov + cover + same_name(g.speaker, r.speaker) + 0.1 * ev
    if type_ == "event":
        if g.kind != r.kind:
            return None
        if g.actor is None or r.actor is None:
            return 1 + ev + 0.5 * same_actor(g.target, r.target)
        if not same_actor(g.actor, r.actor):
            return None
        return 2 + ev + 0.5 * same_actor(g.target, r.target)
    raise ValueError(type_)


def _range_bounds(found: list[Any]) -> list[Any]:
    """A count given as a range ("13 to 15 seats": ``seats`` 13, ``upper`` 15) is scored as its two bounds, as the
    gold writes a range: two approximate entries."""
    out = list(found)
    for r in found:
        if getattr(r, "type", None) == "seat_count" and getattr(r, "upper", None) is not None:
            out.append(r.model_copy(update={"seats": r.upper, "upper": None}))
    return out


def match(type_: str, gold: list[Any], found: list[Any]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: (gold index, found index) pairs, best-scoring pairs first."""
    cands: list[tuple[float, int, int]] = []
    for i, g in enumerate(gold):
        for j, r in enumerate(found):
            s = _compatible(type_, g, r)
            if s is not None:
                cands.append((-s, i, j))
    cands.sort()
    used_g: set[int] = set()
    used_f: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in cands:
        if i in used_g or j in used_f:
            continue
        used_g.add(i)
        used_f.add(j)
        pairs.append((i, j))
    return sorted(pairs)


# --------------------------------------------------------------------------- causes
#
# A miss or a false hit is counted by the stage it points at, so that a set measured by its numbers only still
# says where to work: "whose" (the number was found, given to another party), "how-many" (the party was found
# with another number), "what-it-counts" (the number was found as another kind of seat claim on the same line),
# "not-found" (nothing of the kind on the line). For names: "name-form" (found a shorter or longer form of the
# gold's name: they share a word), "gold-name-not-in-text" (the same, but the gold's fuller name is not written in
# the article: the gold completed it from outside knowledge), "no-speaker", "other-speaker".

_NUMBER = {"seat_count": "seats", "seat_change": "delta", "chamber_size": "seats", "majority_threshold": "seats"}
_SEAT_TYPES = ("seat_count", "seat_change", "chamber_size", "majority_threshold")


def _shares_word(a: str | None, b: str | None) -> bool:
    return bool(a and b and set(_name_form(a).split()) & set(_name_form(b).split()))


def _written_in(name: str, text: str | None) -> bool:
    return bool(text) and _name_form(name) in _name_form(text)


def _miss_cause(type_: str, g: Any, line: int | None, unmatched: list[Any], doc_records: list[Any],
                text: str | None) -> str:
    on_line = [r for r in unmatched if line is not None and r.line == line]
    if type_ in _NUMBER:
        n = getattr(g, _NUMBER[type_])
        if type_ in ("seat_count", "seat_change"):
            if any(getattr(r, _NUMBER[type_]) == n for r in on_line):
                return "whose"
            if any(same_party(g.party, r.party) for r in on_line):
                return "how-many"
        elif on_line:
            return "how-many"
        other = [r for r in doc_records if r.type in _SEAT_TYPES and r.type != type_ and r.line == line
                 and getattr(r, _NUMBER[r.type]) in (n, -n)]
        return "what-it-counts" if other else "not-found"
    if type_ == "majority_status":
        if any(r.status == g.status for r in on_line):
            return "whose"
        if any(g.party is None or r.party is None or same_party(g.party, r.party) for r in on_line):
            return "which-status"
        return "not-found"
    if type_ == "event":
        same_kind = [r for r in on_line if r.kind == g.kind]
        if same_kind:
            if g.actor and any(_shares_word(g.actor, r.actor) for r in same_kind):
                return "actor-name-form" if _written_in(g.actor, text) else "gold-name-not-in-text"
            return "actor"
        if any(g.actor and r.actor and same_actor(g.actor, r.actor) for r in on_line):
            return "kind"
        return "not-found"
    return "not-found"


def _party_detail(party: str | None, line_text: str | None, doc_records: list[Any]) -> str:
    """Where a missed party claim's party stands, so "whose" and "not-found" split by the stage to fix: the
    lexicon does not know the party ("party unknown"), no claim of the article names it ("party never found"),
    the line does not write it (its owner comes from context: "its", "the party", the clause before: "party from
    context"), or the line names it ("party on the line")."""
    if not party:
        return "no party"
    from .parties import lookup_party

    entry = lookup_party(party)
    if not any(same_party(party, getattr(r, "party", None)) for r in doc_records):
        return "party never found" if entry is not None else "party unknown, never found"
    forms = entry.forms() if entry is not None else (party,)
    low = (line_text or "").casefold()
    if any(f and re.search(r"(?<!\w)" + re.escape(f.casefold()) + r"(?!\w)", low) for f in forms):
        return "party on the line"
    return "party from context"


def _false_hit_cause(type_: str, r: Any, unmatched_gold: list[Any]) -> str:
    if type_ in ("seat_count", "seat_change"):
        n = getattr(r, _NUMBER[type_])
        if any(getattr(g, _NUMBER[type_]) == n for g in unmatched_gold):
            return "whose"
        if any(same_party(g.party, r.party) for g in unmatched_gold):
            return "how-many"
    if type_ == "event":
        return "not-in-gold (gold events are not exhaustive)"
    return "not-in-gold"


def _speaker_cause(gold: str, found: str | None, text: str | None) -> str:
    if not found:
        return "no-speaker"
    if _shares_word(gold, found):
        return "name-form" if _written_in(gold, text) else "gold-name-not-in-text"
    return "other-speaker"


# --------------------------------------------------------------------------- summaries


def _gold_summary(type_: str, g: Any) -> str:
    if type_ == "seat_count":
        return f"{g.party}: {g.seats}{' (approx.)' if g.approximate else ''}, {g.status}"
    if type_ == "seat_change":
        return f"{g.party}: {g.delta:+d}{' (approx.)' if g.approximate else ''}"
    if type_ in ("chamber_size", "majority_threshold"):
        return f"{g.body or '(unnamed body)'}: {g.seats}"
    if type_ == "majority_status":
        return f"{g.party or '(no party)'}: {g.status}"
    if type_ == "quote":
        return f"{g.speaker or '(unknown)'}: \u201c{_clip(g.text)}\u201d"
    if type_ == "event":
        return f"{g.kind}: {g.actor or '?'} -> {g.target or '-'}" + (f" ({g.when})" if g.when else "")
    return type_


def _rec_summary(r: Any) -> str:
    t = r.type
    if t == "seat_count":
        rng = f"-{r.upper}" if r.upper is not None else ""
        return f"{r.party}: {r.seats}{rng}{' (approx.)' if r.approximate else ''}, {r.status}"
    if t == "seat_change":
        return f"{r.party}: {r.delta:+d}{' (approx.)' if r.approximate else ''}"
    if t in ("chamber_size", "majority_threshold"):
        return f"{r.body or '(unnamed body)'}: {r.seats}"
    if t == "majority_status":
        return f"{r.party or '(no party)'}: {r.status}"
    if t == "quote":
        return f"{r.speaker or '(unknown)'}: \u201c{_clip(r.quote)}\u201d"
    if t == "event":
        return f"{r.kind}: {r.actor or '?'} -> {r.target or '-'}" + (f" ({r.when})" if r.when else "")
    return t


def _clip(s: str, n: int = 70) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "\u2026"


# --------------------------------------------------------------------------- evaluation


def _find_text(gold_dir: Path, doc: str, texts_dir: Path | None) -> str | None:
    name = doc_key(doc)
    candidates = []
    if texts_dir is not None:
        candidates += [texts_dir / doc, texts_dir / name]
    candidates += [gold_dir.parent / doc, gold_dir.parent / name, gold_dir.parent / "texts" / name, gold_dir / name]
    for c in candidates:
        if c.is_file():
            try:
                return c.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                return None
    return None


def _line_of(text: str | None, line: int | None) -> str | None:
    if not text or line is None:
        return None
    lines = text.split("\n")
    return lines[line - 1] if 0 < line <= len(lines) else None


def _locate(text: str | None, evidence: str) -> tuple[int | None, str | None]:
    if not text:
        return None, None
    i = text.find(evidence)
    if i < 0:
        i = text.casefold().find(evidence.casefold())
    if i < 0:
        return None, None
    line = text.count("\n", 0, i) + 1
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return line, _clip(text[start : end if end >= 0 else len(text)], 240)


def evaluate(
    gold: dict[str, GoldFile],
    records: Iterable[Any],
    *,
    gold_dir: str | Path = ".",
    texts_dir: str | Path | None = None,
) -> EvalResult:
    """Score ``records`` (claims and document records) against ``gold`` (keyed by doc basename)."""
    gdir = Path(gold_dir)
    tdir = Path(texts_dir) if texts_dir is not None else None
    by_doc: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    seen_docs: set[str] = set()
    other_docs: set[str] = set()
    for r in records:
        key = doc_key(r.doc)
        if key not in gold:
            other_docs.add(r.doc)
            continue
        seen_docs.add(key)
        if r.type in CLAIM_TYPES:
            by_doc[key][r.type].append(r)

    per_type = {t: TypeScore() for t in CLAIM_TYPES}
    acc = {n: Accuracy() for n in ACCURACY_NAMES}
    misses: list[Item] = []
    false_hits: list[Item] = []
    attr_errors: list[AttributeMismatch] = []
    outcomes: list[RuleOutcome] = []
    wrong: set[int] = set()  # id() of matched claims with a wrong attribute
    causes: dict[str, Counter[str]] = defaultdict(Counter)
    from .checks.calibration import calibrated, family, features

    for key in sorted(gold):
        g_file = gold[key]
        text = _find_text(gdir, g_file.doc, tdir)
        g_by_type = g_file.by_type()
        for t in CLAIM_TYPES:
            gl = g_by_type[t]
            fl = sorted(_range_bounds(by_doc[key][t]), key=lambda r: (r.span.start, r.span.end))
            pairs = match(t, gl, fl)
            score = per_type[t]
            score.gold += len(gl)
            score.found += len(fl)
            score.matched += len(pairs)
            mg = {i for i, _ in pairs}
            mf = {j for _, j in pairs}

            def attr(field: str, name: str, gv: Any, fv: Any, ok: bool, g: Any, r: Any) -> None:
                acc[name].add(ok)
                if not ok:
                    wrong.add(id(r))
                    attr_errors.append(
                        AttributeMismatch(doc=g_file.doc, type=t, line=r.line, field=field, gold=gv, found=fv,
                                        evidence=r.evidence)
                    )

            for i, j in pairs:
                g, r = gl[i], fl[j]
                if t in ("seat_count", "seat_change"):
                    attr("approximate", "approximate", g.approximate, r.approximate, g.approximate == r.approximate, g, r)
                if t == "seat_count":
                    attr("status", "status", g.status, r.status, g.status == r.status, g, r)
                elif t == "chamber_size" and g.body:
                    attr("body", "chamber_body", g.body, r.body, same_body(g.body, r.body), g, r)
                elif t == "majority_threshold" and g.body:
                    attr("body", "threshold_body", g.body, r.body, same_body(g.body, r.body), g, r)
                elif t == "majority_status" and g.party:
                    attr("party", "majority_party", g.party, r.party, same_party(g.party, r.party), g, r)
                elif t == "quote":
                    _, cover = quote_overlap(g.text, r.quote)
                    attr("quote", "quote_span", _clip(g.text), _clip(r.quote), cover >= QUOTE_MIN_OVERLAP, g, r)
                    if g.speaker:
                        ok = same_name(g.speaker, r.speaker)
                        attr("speaker", "speaker", g.speaker, r.speaker, ok, g, r)
                        if not ok:
                            causes["speaker"][_speaker_cause(g.speaker, r.speaker, text)] += 1
                elif t == "event":
                    if g.target:
                        attr("target", "event_target", g.target, r.target, same_actor(g.target, r.target), g, r)
                    if g.modality:
                        attr("modality", "event_modality", g.modality, r.modality, g.modality == r.modality, g, r)

            for j, r in enumerate(fl):
                outcomes.append(RuleOutcome(doc=g_file.doc, type=t, family=family(r), features=features(r),
                                            stated=r.confidence, calibrated=calibrated(r),
                                            right=j in mf and id(r) not in wrong, claim_id=r.id))
            unmatched_f = [fl[j] for j in range(len(fl)) if j not in mf]
            unmatched_g = [gl[i] for i in range(len(gl)) if i not in mg]
            for j, r in enumerate(fl):
                if j not in mf:
                    fcause = _false_hit_cause(t, r, unmatched_g)
                    causes[f"{t} false hit"][fcause] += 1
                    if t in ("seat_count", "seat_change", "majority_status") and r.party:
                        from .parties import lookup_party

                        named_in_gold = any(same_party(r.party, getattr(g, "party", None)) for g in gl)
                        known = lookup_party(r.party) is not None
                        causes[f"{t} false hit, {fcause}"][
                            ("a party of the gold" if named_in_gold else "a party the gold never names")
                            + (", in the lexicon" if known else ", not in the lexicon")] += 1
                    false_hits.append(
                        Item(doc=r.doc, type=t, line=r.line, evidence=r.evidence, text=_clip(r.text, 240),
                             summary=_rec_summary(r), rule=r.rule)
                    )
            for i, g in enumerate(gl):
                if i in mg:
                    continue
                line, line_text = _locate(text, g.evidence)
                near = [r for r in unmatched_f if line is not None and r.line == line]
                doc_records = [r for ty in _SEAT_TYPES for r in by_doc[key][ty]]
                cause = _miss_cause(t, g, line, unmatched_f, doc_records, text)
                causes[f"{t} miss"][cause] += 1
                if t in ("seat_count", "seat_change", "majority_status") and cause in ("whose", "not-found"):
                    party_records = [r for ty in ("seat_count", "seat_change", "majority_status")
                                     for r in by_doc[key][ty]]
                    full_line = _line_of(text, line)
                    causes[f"{t} miss, {cause}"][_party_detail(g.party, full_line, party_records)] += 1
                misses.append(
                    Item(doc=g_file.doc, type=t, line=line, evidence=g.evidence, text=line_text,
                         summary=_gold_summary(t, g),
                         near="; ".join(f"found {_rec_summary(r)} [{r.rule}]" for r in near) or None)
                )

    overall = TypeScore()
    for s in per_type.values():
        s.finish()
        overall.gold += s.gold
        overall.found += s.found
        overall.matched += s.matched
    overall.finish()
    for a in acc.values():
        a.finish()
    return EvalResult(
        gold_dir=str(gold_dir),
        documents=len(gold),
        docs_without_records=sorted(gold[k].doc for k in gold if k not in seen_docs),
        docs_without_gold=sorted(other_docs),
        per_type=per_type,
        overall=overall,
        accuracies=acc,
        misses=misses,
        false_hits=false_hits,
        attribute_errors=attr_errors,
        confidence_bands=_bands(outcomes, calibrated=True),
        stated_bands=_bands(outcomes, calibrated=False),
        checked_bands=_bands(outcomes, calibrated=True, checked_only=True),
        outcomes=outcomes,
        causes={k: dict(v.most_common()) for k, v in sorted(causes.items())},
    )


def evaluate_dir(
    gold_dir: str | Path, records: Iterable[Any], texts_dir: str | Path | None = None, only: Iterable[str] | None = None
) -> EvalResult:
    """Load every ``gold_dir/*.json`` (or only those of the documents named in ``only``) and score ``records``
    against them."""
    gold = load_gold_dir(gold_dir)
    if only is not None:
        keep = {doc_key(d) for d in only}
        gold = {k: g for k, g in gold.items() if k in keep}
    return evaluate(gold, records, gold_dir=gold_dir, texts_dir=texts_dir)


def fold_documents(folds_file: str | Path, fold: str) -> list[str]:
    """The document names (``<id>.txt``) of one fold of a ``folds.json`` (``{"A": [ids], "B": [ids]}``), so that
    one fold can be studied and the other measured as held out."""
    import json

    try:
        folds = json.loads(Path(folds_file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise GoldError(f"{folds_file}: cannot read the folds ({err})") from None
    if not isinstance(folds, dict) or fold not in folds or not isinstance(folds[fold], list):
        names = ", ".join(sorted(folds)) if isinstance(folds, dict) else "none"
        raise GoldError(f"{folds_file}: no fold {fold!r} (folds: {names})")
    return [i if i.endswith(".txt") else f"{i}.txt" for i in folds[fold]]


# --------------------------------------------------------------------------- rendering


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def render_table(result: EvalResult) -> str:
    """The per-type table alone (for READMEs and reports)."""
    head = f"{'type':<20}{'gold':>6}{'found':>7}{'matched':>9}{'P':>8}{'R':>8}{'F1':>8}"
    rows = [head, "-" * len(head)]
    for t, s in [*result.per_type.items(), ("overall (micro)", result.overall)]:
        if t == "overall (micro)":
            rows.append("-" * len(head))
        rows.append(f"{t:<20}{s.gold:>6}{s.found:>7}{s.matched:>9}{_f(s.precision):>8}{_f(s.recall):>8}{_f(s.f1):>8}")
    return "\n".join(rows)


def render_text(result: EvalResult) -> str:
    out = [f"claimx eval: {result.documents} gold document(s) in {result.gold_dir}", "", render_table(result), ""]
    out.append("accuracy on matched claims")
    for name, a in result.accuracies.items():
        if a.total:
            out.append(f"  {name:<16}{_f(a.value):>7}  ({a.correct}/{a.total})")
    if result.confidence_bands:
        out += ["", "precision per confidence band (calibrated: the model in data/calibration/confidence.json, in-sample"
                " on the articles it was fitted on (shipped: the 41 dev articles; `claimx calibrate` prints the"
                " cross-fitted figure); stated: the rules' own confidence; checked types: seat, chamber, threshold"
                " and majority claims alone)"]
        checked = result.checked_bands or [ConfidenceBand(band=b.band) for b in result.confidence_bands]
        for cb, sb, kb in zip(result.confidence_bands, result.stated_bands, checked):
            out.append(f"  {cb.band:<9}{_f(cb.precision):>7}  ({cb.right}/{cb.found})    stated: {_f(sb.precision):>6}"
                       f"  ({sb.right}/{sb.found})    checked types: {_f(kb.precision):>6}  ({kb.right}/{kb.found})")
    if result.causes:
        out += ["", "where the errors come from (counts by cause, docs/evaluation.md \"Causes\")"]
        for what, counts in result.causes.items():
            # "seat_count miss, whose" is the finer split of the "whose" misses above it
            label = f"    {what.split(', ', 1)[1]}:" if ", " in what else f"  {what}"
            out.append(f"{label:<36}" + ", ".join(f"{c} {n}" for c, n in counts.items()))
    if result.docs_without_records:
        out += ["", "gold documents with no extracted record: " + ", ".join(result.docs_without_records)]
    if result.docs_without_gold:
        out += ["", f"ignored (no gold file): {len(result.docs_without_gold)} document(s)"]

    def items(title: str, lst: list[Item]) -> None:
        out.extend(["", f"{title} ({len(lst)})"])
        for it in lst:
            loc = f"{it.doc}:{it.line}" if it.line else f"{it.doc}"
            out.append(f"  {loc}  [{it.type}] {it.summary}")
            out.append(f"      evidence: {it.evidence!r}" + (f"  rule: {it.rule}" if it.rule else ""))
            if it.near:
                out.append(f"      near: {it.near}")

    items("misses: gold not found", result.misses)
    items("false hits: extracted, not in gold", result.false_hits)
    if result.attribute_errors:
        out.extend(["", f"wrong attributes on matched claims ({len(result.attribute_errors)})"])
        for e in result.attribute_errors:
            loc = f"{e.doc}:{e.line}" if e.line else e.doc
            out.append(f"  {loc}  [{e.type}] {e.field}: gold {e.gold!r}, found {e.found!r}  ({e.evidence!r})")
    return "\n".join(out) + "\n"


def render_eval(result: EvalResult, fmt: str = "text") -> str:
    if fmt == "json":
        return result.model_dump_json(indent=2) + "\n"
    if fmt == "text":
        return render_text(result)
    raise ValueError(f"unknown format {fmt!r}: text or json")
