"""Stage 3, whose seats: constructions that name a party through its leader, and counts shared out.

Reporters often name a party by its leader: "Mr. Voss's party went to 99", "the Lume-led alliance took 40",
"Voss's Iron Guild won 61 seats". The article says somewhere which party each leader leads, in one of a few
constructions, and this module reads them into a leader -> party map:

- "Voss's Iron Guild" (a person's possessive before a party mention; the person is then cut off the mention),
- "the Iron Guild, led by Ana Voss" / "the Iron Guild, headed by Ana Voss",
- "Iron Guild leader Ana Voss" / "the Iron Guild's leader, Ana Voss",
- "Ana Voss, leader of the Iron Guild" / "Ana Voss, the Iron Guild leader".

It then adds a party mention for "Voss's party / alliance / coalition" and "the Voss-led party / alliance"
when the leader is in the map. A leader's surname is the key (the last word of the person's name).

``each_parties`` reads "X and Y ..., with 58 seats each": the count belongs to every party of the sentence
before the number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Doc

POSSESSIVE = ("'s", "’s", "'", "’")
LED = ("led", "headed", "chaired", "fronted")
LEADER_NOUNS = ("leader", "chief", "chairman", "chairwoman", "chair", "head", "president", "founder")
GROUP_NOUNS = ("party", "alliance", "coalition", "bloc", "front", "movement", "list", "camp", "grouping", "ticket")


def _person_end(doc: Doc, i: int) -> int | None:
    """The end of the PERSON entity (or title-case name of 1-3 words) starting at token ``i``."""
    if i >= len(doc):
        return None
    t = doc[i]
    if t.ent_type_ == "PERSON" and t.ent_iob_ == "B":
        j = i
        while j < len(doc) and doc[j].ent_type_ == "PERSON" and (j == i or doc[j].ent_iob_ == "I"):
            j += 1
        return j
    return None


def _person_start(doc: Doc, e: int) -> int | None:
    """The start of the PERSON entity ending at token ``e`` (exclusive)."""
    if e <= 0 or doc[e - 1].ent_type_ != "PERSON":
        return None
    s = e - 1
    while s > 0 and doc[s].ent_iob_ == "I":
        s -= 1
    return s


def surname(doc: Doc, s: int, e: int) -> str:
    """The key of a person's name: its last word ("Ana Voss" -> "voss")."""
    return doc[e - 1].text.lower().rstrip(".")


def possessive_person_trims(doc: Doc, refs: Sequence[Any], people: set[str] | frozenset[str] = frozenset(),
                            titles: set[str] | frozenset[str] = frozenset()) -> list[tuple[Any, int]]:
    """[(mention, new start)] for mentions that begin with a person's possessive ("Ana Voss's Iron Guild",
    "President Voss's Iron Guild Party"): the person (a PERSON entity, a word of the article's people, or a name
    after a title, ``titles``) is no part of the party's name."""
    trims = []
    for r in refs:
        for k in range(r.start + 1, r.end - 1):
            if doc[k].text in POSSESSIVE and (doc[k - 1].ent_type_ == "PERSON" or doc[k - 1].text in people
                                              or doc[r.start].lower_.rstrip(".") in titles
                                              or r.start > 0 and doc[r.start - 1].lower_.rstrip(".") in titles):
                trims.append((r, k + 1))
                break
    return trims


def leaders(doc: Doc, refs: Sequence[Any]) -> dict[str, str]:
    """surname -> party name, from the constructions of the module docstring."""
    out: dict[str, str] = {}
    n = len(doc)
    for r in refs:
        if getattr(r, "weak", False) and r.end - r.start < 2:
            continue
        # "Voss's Iron Guild", "Theresa May's Conservative Party" (the NER may miss the person: any capitalised
        # word before the possessive that is not a party itself)
        if r.start >= 2 and doc[r.start - 1].text in POSSESSIVE:
            ps = _person_start(doc, r.start - 1)
            if ps is not None:
                out[surname(doc, ps, r.start - 1)] = r.name
            elif doc[r.start - 2].is_title and doc[r.start - 2].is_alpha and not any(q.start <= r.start - 2 < q.end for q in refs):
                out[doc[r.start - 2].lower_] = r.name
        # "the Iron Guild, led by Ana Voss"
        j = r.end + (1 if r.end < n and doc[r.end].text == "," else 0)
        if j + 2 < n and doc[j].lower_ in LED and doc[j + 1].lower_ == "by":
            pe = _person_end(doc, j + 2)
            if pe is not None:
                out[surname(doc, j + 2, pe)] = r.name
        # "Iron Guild leader Ana Voss", "the Iron Guild's leader, Ana Voss"
        j = r.end + (1 if r.end < n and doc[r.end].text in POSSESSIVE else 0)
        if j < n and doc[j].lower_ in LEADER_NOUNS:
            k = j + 1 + (1 if j + 1 < n and doc[j + 1].text == "," else 0)
            pe = _person_end(doc, k)
            if pe is not None:
                out[surname(doc, k, pe)] = r.name
        # "Ana Voss, leader of the Iron Guild"
        k = r.start - 1
        while k >= 0 and doc[k].lower_ in ("the", "of"):
            k -= 1
        if k >= 2 and doc[k].lower_ in LEADER_NOUNS and doc[k + 1].lower_ in ("of", "the") and doc[k - 1].text == ",":
            ps = _person_start(doc, k - 1)
            if ps is not None:
                out[surname(doc, ps, k - 1)] = r.name
        # "Ana Voss, the Iron Guild leader"
        if r.end < n and doc[r.end].lower_ in LEADER_NOUNS and r.start >= 2 and doc[r.start - 1].lower_ == "the" \
                and doc[r.start - 2].text == ",":
            ps = _person_start(doc, r.start - 2)
            if ps is not None:
                out[surname(doc, ps, r.start - 2)] = r.name
    return out


def leader_mentions(doc: Doc, leader_of: dict[str, str], taken: set[int],
                    make: Callable[[int, int, str, str], Any], lower: Sequence[str] | None = None) -> list[Any]:
    """Mentions "Voss's party", "Mr. Voss's alliance", "the Voss-led coalition" of a party in ``leader_of``
    (``lower``: the doc's lower-case token strings, when the caller has them, to skip other tokens cheaply)."""
    out = []
    n = len(doc)
    lower = lower if lower is not None else [t.lower_ for t in doc]
    for i in (k for k, w in enumerate(lower) if w.rstrip(".") in leader_of):
        if i in taken:
            continue
        key = lower[i].rstrip(".")
        # "Voss's party"
        if i + 2 < n and doc[i + 1].text in POSSESSIVE and doc[i + 2].lower_ in GROUP_NOUNS:
            s = _person_start(doc, i + 1) or i
            out.append(make(s, i + 3, leader_of[key], doc[s : i + 3].text))
            continue
        # "the Voss-led alliance" (one token "Voss-led" is split by the tokenizer into Voss, -, led)
        if i + 3 < n and doc[i + 1].text in ("-", "\u2011") and doc[i + 2].lower_ in LED and doc[i + 3].lower_ in GROUP_NOUNS:
            out.append(make(i, i + 4, leader_of[key], doc[i : i + 4].text))
    return out


def each_parties(doc: Doc, refs: Sequence[Any], sent_start: int, num_start: int, num_end: int) -> list[Any]:
    """ "X obtained 23% against 22% for Y, with 58 seats each", "X and Y each had 37 TDs elected": the distinct
    parties of the sentence before the number when "each" / "apiece" follows the number or its seat noun, or
    "each" / "both" stands just before its verb; [] otherwise."""
    j = num_end
    while j < len(doc) and j < num_end + 3 and doc[j].lower_ not in ("each", "apiece"):
        if doc[j].is_punct:
            break
        j += 1
    after = j < len(doc) and doc[j].lower_ in ("each", "apiece")
    # "X and Y each got five seats", "X and Y both won 37": "each" / "both" just before the verb
    before = any(doc[k].lower_ in ("each", "both") for k in range(max(sent_start, num_start - 3), num_start))
    if not (after or before):
        return []
    seen: dict[str, Any] = {}
    for r in refs:
        if sent_start <= r.start and r.end <= num_start and r.name not in seen:
            seen[r.name] = r
    return list(seen.values()) if len(seen) >= 2 else []


def _name_run_ending(doc: Doc, e: int, limit: int = 5) -> int | None:
    """Start of the run of capitalised words ending at token ``e`` - 1 (connectors "of", "the", "for" allowed
    inside), None when token ``e`` - 1 is not capitalised."""
    if e <= 0 or not doc[e - 1].text[:1].isupper() or not doc[e - 1].is_alpha:
        return None
    s = e - 1
    while s > 0 and e - s < limit:
        prev = doc[s - 1]
        if prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start:
            s -= 1
        elif prev.lower_ in ("of", "for") and s - 2 >= 0 and doc[s - 2].text[:1].isupper():
            s -= 2
        else:
            break
    if doc[s].is_sent_start and e - s == 1 and doc[s].is_stop:
        return None
    return s


def shaped_party_names(doc: Doc, taken: set[int], people: set[str], count_verbs: frozenset[str],
                       seat_nouns: frozenset[str], lower: Sequence[str] | None = None) -> list[tuple[int, int, str]]:
    """Names the lexicon, the NER and the name shapes missed, made parties by the construction around them
    (each returned as (start, end, construction)):

    - "Harvest won 28 seats", "the left-wing Zorvanta took 18 seats": a capitalised name as the subject of a
      count verb whose object is a number with a seat noun;
    - "Zorvanta (18 seats)", "Zorvanta (18)": a capitalised name with a bracketed count;
    - "Zorvanta, the far-right party, ...": a name with a party appositive.
    A word of the article's people ("Voss won her seat") is never one."""
    out: list[tuple[int, int, str]] = []
    n = len(doc)

    def ok(s: int, e: int) -> bool:
        if any(i in taken for i in range(s, e)) or any(doc[i].text in people for i in range(s, e)):
            return False
        if any(doc[i].ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL") for i in range(s, e)):
            return False
        # a lone capitalised word opening a sentence is a name only if tagged as one ("Zorvanta won", not "Together",
    # "Voting takes place")
        return not (e - s == 1 and doc[s].is_sent_start and doc[s].pos_ != "PROPN")

    lower = lower if lower is not None else [t.lower_ for t in doc]
    anchors = [i for i in range(1, n - 2) if lower[i] in count_verbs or lower[i] in ("(", ",")]  # where a construction can start
    for i in anchors:
        t = doc[i]
        # "Harvest won 28 seats"
        if t.lower_ in count_verbs and doc[i - 1].text[:1].isupper():
            j = i + 1
            while j < n and j <= i + 3 and not doc[j].like_num:
                j += 1
            if j + 1 < n and doc[j].like_num and doc[j + 1].lower_ in seat_nouns:
                s = _name_run_ending(doc, i)
                if s is not None and ok(s, i):
                    out.append((s, i, "subject-name"))
        # "Zorvanta (18 seats)", "Zorvanta (18)"
        if t.text == "(" and doc[i + 1].like_num and (doc[i + 2].text.startswith(")") or doc[i + 2].lower_ in seat_nouns):
            s = _name_run_ending(doc, i)
            if s is not None and ok(s, i):
                out.append((s, i, "bracket-count"))
        # "Zorvanta, the far-right party,"
        if t.text == "," and doc[i + 1].lower_ == "the":
            k = i + 2
            while k < n and k < i + 7 and doc[k].lower_ not in GROUP_NOUNS and (not doc[k].is_punct or doc[k].text in ("-", "\u2011")):
                k += 1
            if k < n and doc[k].lower_ in GROUP_NOUNS and k + 1 < n and doc[k + 1].text in (",", ")"):
                s = _name_run_ending(doc, i)
                if s is not None and ok(s, i):
                    out.append((s, i, "party-appositive"))
    return out


def conj_subject(doc: Doc, i: int, party_at: dict[int, Any], count_verbs: frozenset[str]) -> Any | None:
    """ "X is projected to secure 60 seats but presently has 55": the number ``i`` is the object of a count verb
    coordinated with an earlier verb; the earlier verb's subject is the subject of both."""
    verb = doc[i].head
    if verb.lower_ not in count_verbs or verb.dep_ != "conj":
        return None
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return None  # the second verb has a subject of its own ("... but the Greens have 12")
    for c in verb.head.children:
        if c.dep_.startswith("nsubj") and c.i in party_at:
            return party_at[c.i]
    return None
