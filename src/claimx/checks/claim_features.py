"""General features of one claim, for the confidence model (:mod:`claimx.checks.calibration`).

The features describe *how* a claim was read, never which article it came from or whether the article's
other numbers agree with it:

- ``type=seat_count``: the claim type;
- ``tok=seats:previous``: each word of the construction's name ("count", "left", "elliptical",
  "previous", "sentence", "of", "total" ...), shared by the families that use it, so that a rule added
  after the last calibration still gets the weight of what it shares with the measured ones ("previous"
  + "sentence": the party was found in an earlier sentence);
- ``tail=status``, ``tail=party:subject``: the decisions appended to the rule (a status cue, an owner, a
  negation, where a majority's party was found);
- ``party=known|named|unknown|none``: whether the party lexicon knows the claim's party; ``named``: it does not,
  but the name is shaped like a party's own name ("Center Party", not "X and allies");
- ``status=previous``, ``hedged``: the count's status and whether it is approximate;
- ``noun=adjacent|sentence|none``: a seat noun ("seats", "MPs", "ridings" ... data/seats/cues.json) right
  after the number ("62 seats", "a 120-seat"), elsewhere in the sentence, or nowhere;
- ``num=word``: the number is written in words ("sixty");
- ``pdist=near|mid|far|outside``: how many words lie between the number and the party as written (its
  mention nearest the number; a parenthesis such as an abbreviation counts for nothing, nor do a verb phrase's
  function words: "took a total of 50 seats" is near), or the party is not in the claim's sentence at all;
- ``numbers=many``: the sentence holds four numbers or more (tables, lists, "respectively").

There is deliberately no feature per construction (a "family" such as "seats/count-left"): most families
are seen a few times on the annotated articles, and a weight per family learns those few outcomes by heart.
Without it the model's top band held better on the fold it was not fitted on (fitted on fold A, measured on
fold B and the reverse: 0.943 / 0.915 for the checked claim types, against 0.920 / 0.916 with it), with
188 features instead of 281. A construction's weight is the sum of its words' and decisions' weights.

Features that depend on the article's other numbers (do the counts add up to the chamber? is the count
stated twice?) are deliberately left out: a real contradiction breaks exactly that agreement, so such a
feature would take the confidence away from the claims of every article that contradicts itself and the
gate could never say "error" about it.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

CUES = Path(__file__).resolve().parent.parent / "data" / "seats" / "cues.json"
WORDS = Path(__file__).resolve().parent.parent / "data" / "calibration" / "features.json"
PARTY_TYPES = ("seat_count", "seat_change", "majority_status")
NUMBER_TYPES = ("seat_count", "seat_change", "chamber_size", "majority_threshold", "majority_status")
_WORD = re.compile(r"[\w’'.-]+|[^\w\s]")
_DIGITS = re.compile(r"\d[\d,]*")


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str]]:
    data = json.loads(CUES.read_text(encoding="utf-8"))
    nouns = frozenset(w.lower() for w in (*data["seat_nouns"], *data.get("seat_nouns_weak", [])))
    adjectives = frozenset(w.lower() for w in data.get("seat_adjectives", []))
    return nouns, adjectives


@lru_cache(maxsize=1)
def _feature_words() -> tuple[frozenset[str], frozenset[str]]:
    """(gap fillers, party nouns) of data/calibration/features.json."""
    data = json.loads(WORDS.read_text(encoding="utf-8"))
    return frozenset(data["gap_fillers"]), frozenset(data["party_nouns"])


@lru_cache(maxsize=1)
def _word_values() -> dict[str, int]:
    """'twelve' -> 12 (units, tens and specials of data/seats/numbers.json)."""
    from ..numbers import number_words

    nw = number_words()
    return {**nw.units, **nw.tens, **nw.specials}


def parse_rule(rule: str) -> tuple[str, str, list[str]]:
    """'majority/win-majority/negated+party:none' -> ('majority', 'win-majority', ['negated', 'party:none'])."""
    main, *extras = rule.split("+")
    stages = main.split("/")
    component = stages[0]
    construction = stages[1] if len(stages) > 1 else ""
    return component, construction, [*stages[2:], *extras]


def _tail_features(tail: list[str]) -> list[str]:
    out = []
    for stage in tail:
        key, _, value = stage.partition(":")
        out.append(f"tail={key}")
        if key in ("party", "speaker") and value:
            out.append(f"tail={key}:{value.split('=')[0]}")
    return out


def _number_of(claim: Any) -> int | None:
    for name in ("seats", "short_by", "delta"):
        v = getattr(claim, name, None)
        if isinstance(v, int):
            return abs(v)
    return None


def _locate_number(sentence: str, evidence: str, value: int) -> tuple[int, int, bool] | None:
    """(start, end, in words) of the claim's number in its sentence: in the evidence first, else anywhere."""
    base = sentence.find(evidence) if evidence else -1
    digit_forms = {str(value), f"{value:,}"}
    values = _word_values()
    words = [w for w, v in values.items() if v == value]
    # a compound number word: "sixty-two", "sixty two" (tens and units)
    if 20 < value < 100 and value % 10:
        tens = [w for w, v in values.items() if v == value - value % 10]
        units = [w for w, v in values.items() if v == value % 10]
        words += [f"{t}{sep}{u}" for t in tens for u in units for sep in ("-", " ")]
    pattern = re.compile(
        r"(?<![\w.,])(?:" + "|".join(re.escape(f) for f in sorted(digit_forms, key=len, reverse=True)) + r")(?![\d])"
        + ("|" + "|".join(r"(?<!\w)" + re.escape(w) + r"(?!\w)" for w in words) if words else ""),
        re.I,
    )
    for lo, hi in ((base, base + len(evidence)) if base >= 0 else (0, 0), (0, len(sentence))):
        if hi <= lo:
            continue
        m = pattern.search(sentence, lo, hi)
        if m:
            return m.start(), m.end(), not m.group(0)[0].isdigit()
    return None


_PAREN = re.compile(r"\([^()]*\)")


def _words_between(sentence: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    """Words between two spans; a parenthesis counts for nothing ("The Harbour Party (HP) now has 48 seats": the
    abbreviation or translation in brackets belongs to the name it follows, it does not set the number apart), nor
    do the function words of a verb phrase ("took a total of 50 seats", "came second with 87 seats": data/
    calibration/features.json gap_fillers), a comma closing an appositive ("the Harbour Party (HP), came second")
    or a possessive's apostrophe: what is counted is the words that say something between party and number."""
    lo, hi = (a[1], b[0]) if a[0] <= b[0] else (b[1], a[0])
    if hi <= lo:
        return 0
    fillers, _ = _feature_words()
    return sum(1 for w in _WORD.findall(_PAREN.sub(" ", sentence[lo:hi]))
               if w.lower() not in fillers and w not in (",", "'", "’"))


def named_like_party(name: str) -> bool:
    """Whether a name the party lexicon does not know reads as a party's own name: capitalised words ending in a
    party noun ("Center Party", "Swedish People's Party", "Kurdish Green Left Party"; "of", "for", "the" and a
    trailing parenthesis allowed), not a coordination ("X and allies", "A & B") that may be several parties."""
    bare = _PAREN.sub(" ", name).split()
    _, nouns = _feature_words()
    if not bare or "and" in bare or "&" in bare:
        return False
    return bare[-1].lower() in nouns and all(w[0].isupper() or w in ("of", "for", "the") for w in bare)


def _party_gap(sentence: str, written: str, number: tuple[int, int]) -> int | None:
    """Words between the number and the party's mention nearest to it (a party may be named twice in a sentence:
    "Labour, which lost in 2019, ... Labour won 62 seats"); None when the sentence does not name it."""
    gaps = []
    at = sentence.find(written)
    while at >= 0:
        gaps.append(_words_between(sentence, (at, at + len(written)), number))
        at = sentence.find(written, at + 1)
    return min(gaps) if gaps else None


def _noun_feature(sentence: str, end: int) -> str:
    nouns, adjectives = _cues()
    # a word token may carry the sentence's full stop ("... and 47 seats."): the noun is "seats"
    after = [w.lower().rstrip(".") for w in _WORD.findall(sentence[end:end + 60])]
    # "62 seats", "62 parliamentary seats", "a 120-seat chamber", "62 of the seats"
    for i, w in enumerate(after[:4]):
        w = w.lstrip("-")
        if w in nouns:
            return "adjacent"
        if w not in adjectives and w not in ("-", "–"):
            break
    low = {w.lower().rstrip(".") for w in _WORD.findall(sentence)}
    return "sentence" if low & nouns else "none"


def features(claim: Any, known_party: Any = None) -> list[str]:
    """The claim's features (strings; a linear model weighs each one). ``known_party(name) -> bool``."""
    t = claim.type
    component, construction, tail = parse_rule(claim.rule or "")
    out = [f"type={t}"]
    out += [f"tok={component}:{w}" for w in dict.fromkeys(construction.split("-")) if w]
    out += _tail_features(tail)
    party = getattr(claim, "party", None)
    if t in PARTY_TYPES:
        if not party:
            out.append("party=none")
        else:
            # a name the lexicon does not know is a weaker sign when it is shaped like a party's own name
            out.append("party=known" if known_party is not None and known_party(party)
                       else "party=named" if named_like_party(party) else "party=unknown")
    status = getattr(claim, "status", None)
    if isinstance(status, str) and t in ("seat_count", "majority_status"):
        out.append(f"status={status}")
    if getattr(claim, "approximate", False):
        out.append("hedged")
    if t not in NUMBER_TYPES:
        return out
    sentence = claim.text or ""
    if len(_DIGITS.findall(sentence)) >= 4:
        out.append("numbers=many")
    value = _number_of(claim)
    at = _locate_number(sentence, claim.evidence or "", value) if value is not None else None
    if at is None:
        out.append("number=unplaced")
        return out
    start, end, in_words = at
    if in_words:
        out.append("num=word")
    if t != "majority_status" or getattr(claim, "short_by", None) is not None:
        out.append(f"noun={_noun_feature(sentence, end)}")
    written = getattr(claim, "party_text", None) or party
    if t in PARTY_TYPES and written:
        gap = _party_gap(sentence, written, (start, end))
        if gap is None:
            out.append("pdist=outside")
        else:
            out.append("pdist=" + ("near" if gap <= 3 else "mid" if gap <= 10 else "far"))
    return out
