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

``party_for`` is the stage's decision for one number: the construction's own party ("N to the X", "X: N",
"X (N seats)", "X's N"), else the subject of the number's verb in the parse (``_Ctx.owner``; a bloc when the
subject has ", with Y and Z," allies, ``with_allies``), else the party before an appositive
(``appositive_head``), the nearest party to the left in the line, to the right, or the previous sentence's
party for "it", "they", "the party" (``starts_with_pronoun``, ``pronoun_object``).
"""

from __future__ import annotations

from functools import lru_cache

import re
from collections.abc import Callable, Sequence
from typing import Any

from spacy.attrs import LIKE_NUM
from spacy.tokens import Doc, Span

from ...doctext import doc_text, span_text, token_words
from ...parties import PARTY_HEADS, canonical_party, lookup_party, party_with_allies
from .context import DASHES, MOVE_TO, RAISE_VERBS, TALLY_NOUNS, Num, PartyRef, _Ctx, _rx, _table, count_draft, lower_words, raised_possessive

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
                            titles: set[str] | frozenset[str] = frozenset(),
                            groups: set[str] | frozenset[str] = frozenset()) -> list[tuple[Any, int]]:
    """[(mention, new start)] for mentions that begin with a person's possessive ("Ana Voss's Iron Guild",
    "President Voss's Iron Guild Party"): the person (a PERSON entity, a word of the article's people, or a name
    after a title, ``titles``) is no part of the party's name. A name of two or more proper nouns before the
    possessive, followed by a name ending in a party noun ("Ivo Brandt's Harbour Party"), is a person's too, even
    when no tagger says so; not a group the party is named for ("People's Party", "Workers' Party", ``groups``)."""
    trims = []
    for r in refs:
        for k in range(r.start + 1, r.end - 1):
            if doc[k].text in POSSESSIVE and (doc[k - 1].ent_type_ == "PERSON" or doc[k - 1].text in people
                                              or doc[r.start].lower_.rstrip(".") in titles
                                              or r.start > 0 and doc[r.start - 1].lower_.rstrip(".") in titles
                                              or _named_owner(doc, r.start, k, r.end, groups)):
                trims.append((r, k + 1))
                break
    return trims


def _named_owner(doc: Doc, s: int, k: int, e: int, groups: set[str] | frozenset[str]) -> bool:
    """ "Ivo Brandt's Harbour Party": two or more capitalised words (one a proper noun, none a group word) before the
    possessive at ``k``, and after it two or more words ending in a party noun."""
    owner, tail = doc[s:k], doc[k + 1 : e]
    # (one person's name will do when two or more capitalised words follow it: "Yingluck's Harbour Party", not
    # "People's Action Party", whose owner is a group word, nor "Bangladesh's Awami League", a place: ``groups``
    # holds the places too)
    return (len(owner) >= 2 or len(owner) == 1 and len(tail) >= 2 and owner[0].pos_ == "PROPN"
            and owner[0].ent_type_ not in ("GPE", "LOC", "NORP")) \
        and len(tail) >= 2 and tail[-1].text in PARTY_HEADS \
        and all(t.is_title and t.lower_ not in groups for t in owner) and any(t.pos_ == "PROPN" for t in owner)


def leaders(doc: Doc, refs: Sequence[Any]) -> dict[str, str]:
    """surname -> party name, from the constructions of the module docstring."""
    out: dict[str, str] = {}
    n = len(doc)
    text, lower = token_words(doc)
    for r in refs:
        if getattr(r, "weak", False) and r.end - r.start < 2:
            continue
        # "Voss's Iron Guild", "Theresa May's Conservative Party" (the NER may miss the person: any capitalised
        # word before the possessive that is not a party itself)
        # ("John Key's centre-right National Party", "Voss's ruling Iron Guild": lower-case descriptions between)
        pos = r.start
        while pos - 1 > 0 and pos > r.start - 6 and (text[pos - 1] in ("-", "\u2010", "\u2011") or doc[pos - 1].is_lower and doc[pos - 1].is_alpha
                                                    and doc[pos - 1].pos_ in ("ADJ", "VERB", "NOUN")
                                                    and lower[pos - 1] not in ("party", "the", "and", "of")):
            pos -= 1
        if pos < r.start and pos >= 2 and text[pos - 1] in POSSESSIVE:
            ps = _person_start(doc, pos - 1)
            if ps is not None:
                out.setdefault(surname(doc, ps, pos - 1), r.name)
        if r.start >= 2 and text[r.start - 1] in POSSESSIVE:
            ps = _person_start(doc, r.start - 1)
            if ps is not None:
                out[surname(doc, ps, r.start - 1)] = r.name
            elif doc[r.start - 2].is_title and doc[r.start - 2].is_alpha and not any(q.start <= r.start - 2 < q.end for q in refs):
                out[lower[r.start - 2]] = r.name
        # "the Iron Guild, led by Ana Voss"
        j = r.end + (1 if r.end < n and text[r.end] == "," else 0)
        if j + 2 < n and lower[j] in LED and lower[j + 1] == "by":
            pe = _person_end(doc, j + 2)
            if pe is not None:
                out[surname(doc, j + 2, pe)] = r.name
        # "Iron Guild leader Ana Voss", "the Iron Guild's leader, Ana Voss"
        j = r.end + (1 if r.end < n and text[r.end] in POSSESSIVE else 0)
        if j < n and lower[j] in LEADER_NOUNS:
            k = j + 1 + (1 if j + 1 < n and text[j + 1] == "," else 0)
            if k < n and lower[k] == "and" and k + 1 < n and lower[k + 1] in _FORMER:
                # "Awami League President and former prime minister Sheikh Hasina": a second title before the name
                k += 2
                while k < min(n, j + 8) and (lower[k] in _TITLE_FILLERS or text[k] in ("-", "\u2010")):
                    k += 1
            pe = _person_end(doc, k)
            if pe is not None:
                out[surname(doc, k, pe)] = r.name
        # "Ana Voss of the Iron Guild", "Unity Party candidate Ana Voss": the party a person stands for
        k = r.start - (2 if r.start >= 2 and lower[r.start - 1] == "the" else 1)
        if k >= 1 and lower[k] == "of":
            ps = _person_start(doc, k)
            if ps is not None:
                out.setdefault(surname(doc, ps, k), r.name)
        if r.end + 1 < n and lower[r.end] in _STANDS_FOR_NOUNS:
            pe = _person_end(doc, r.end + 1)
            if pe is not None:
                out.setdefault(surname(doc, r.end + 1, pe), r.name)
        # "Ana Voss is the Iron Guild's candidate for prime minister": a copula, then the party's person noun
        if r.end + 1 < n and text[r.end] in POSSESSIVE and (lower[r.end + 1] in LEADER_NOUNS or lower[r.end + 1] in _STANDS_FOR_NOUNS) \
                and r.start >= 3 and lower[r.start - 1] == "the" and lower[r.start - 2] in ("is", "was", "became", "becomes", "remains"):
            ps = _person_start(doc, r.start - 2)
            if ps is not None:
                out.setdefault(surname(doc, ps, r.start - 2), r.name)
        # "Ana Voss, leader of the Iron Guild"
        k = r.start - 1
        while k >= 0 and lower[k] in ("the", "of"):
            k -= 1
        if k >= 2 and lower[k] in LEADER_NOUNS and lower[k + 1] in ("of", "the") and text[k - 1] == ",":
            ps = _person_start(doc, k - 1)
            if ps is not None:
                out[surname(doc, ps, k - 1)] = r.name
        # "Ana Voss, the Iron Guild leader"
        if r.end < n and lower[r.end] in LEADER_NOUNS and r.start >= 2 and lower[r.start - 1] == "the" \
                and text[r.start - 2] == ",":
            ps = _person_start(doc, r.start - 2)
            if ps is not None:
                out[surname(doc, ps, r.start - 2)] = r.name
        # "Ana Voss leads the Iron Guild", "Ana Voss, who heads the Iron Guild": the party a person leads (the verb
        # right before the party, its subject the person before the verb or the "who" that stands for them)
        k = r.start - (2 if r.start >= 2 and lower[r.start - 1] == "the" else 1)
        if k >= 1 and lower[k] in _LEADS:
            # (the person ends before the comma that opens "who": "Ana Voss, who heads the Iron Guild")
            p_end = k - 2 if lower[k - 1] == "who" and k >= 2 and text[k - 2] == "," else k
            ps = _person_start(doc, p_end) if p_end >= 1 else None
            if ps is not None:
                out[surname(doc, ps, p_end)] = r.name
        # "Ana Voss expressed pride after leading her Iron Guild to victory": a person leading "his" / "her" party
        # is its leader; the person is the subject named before the participle in the sentence
        if k >= 1 and lower[k] in ("his", "her") and lower[k - 1] in ("leading", "led", "leads"):
            sent = doc[k].sent
            names = [t for t in doc[sent.start : k - 1] if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"]
            if names:
                first = names[-1].i
                last = first
                while last + 1 < k - 1 and doc[last + 1].ent_type_ == "PERSON" and doc[last + 1].ent_iob_ == "I":
                    last += 1
                out[surname(doc, first, last + 1)] = r.name
        # "Likud, the party of Benjamin Netanyahu,", "the New Unity party of Prime Minister Ana Voss": the party
        # (a title may stand before the person)
        j = r.end + (1 if r.end < n and text[r.end] == "," else 0)
        j += 1 if j < n and lower[j] == "the" else 0
        if j + 1 < n and lower[j] in _PARTY_OF_NOUNS and lower[j + 1] == "of":
            k = j + 2
            while k < min(n, j + 6) and doc[k].ent_type_ != "PERSON" and (doc[k].is_title or lower[k] in ("former", "the")):
                k += 1
            if k < n and doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B":
                pe = _person_end(doc, k)
                if pe is not None:
                    out[surname(doc, k, pe)] = r.name
    return out


_LEADS = ("leads", "heads", "chairs", "led", "headed")
_FORMER = ("former", "ex", "current", "incumbent", "outgoing")
# the words of an office between a leader noun's "and former" and the name ("and former prime minister Ana Voss")
_TITLE_FILLERS = frozenset(("prime", "minister", "president", "premier", "chief", "deputy", "vice", "foreign", "finance",
                            "opposition", "leader", "speaker", "governor", "mayor", "chancellor", "ex"))
# nouns of a person standing for a party, between the party and the name ("Unity Party candidate Ana Voss")
_STANDS_FOR_NOUNS = ("candidate", "nominee", "lawmaker", "legislator", "mp", "deputy", "senator", "member")
_PARTY_OF_NOUNS = ("party", "movement", "alliance", "coalition", "bloc", "list")


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
        # "Voss's party", "Voss's centre-left party", "Voss's ruling alliance": lower-case modifiers (a stance, a
        # hyphenated compound) may stand between the possessive and the group noun
        if i + 2 < n and doc[i + 1].text in POSSESSIVE:
            g = i + 2
            while g < min(n, i + 6) and doc[g].lower_ not in GROUP_NOUNS \
                    and (doc[g].is_lower and doc[g].is_alpha or doc[g].text in ("-", "\u2011") and g > i + 2):
                g += 1
            if g < n and doc[g].lower_ in GROUP_NOUNS:
                s = _person_start(doc, i + 1) or i
                out.append(make(s, g + 1, leader_of[key], doc[s : g + 1].text))
                continue
        # "the Voss-led alliance" (one token "Voss-led" is split by the tokenizer into Voss, -, led)
        if i + 3 < n and doc[i + 1].text in ("-", "\u2011") and doc[i + 2].lower_ in LED and doc[i + 3].lower_ in GROUP_NOUNS:
            out.append(make(i, i + 4, leader_of[key], doc[i : i + 4].text))
        # ("the Voss led party": the same without the hyphen)
        elif i + 2 < n and doc[i + 1].lower_ in LED and doc[i + 2].lower_ in GROUP_NOUNS:
            out.append(make(i, i + 3, leader_of[key], doc[i : i + 3].text))
    return out


# the words right before a bare count of its own ("has won 68 and ...")
_COUNT_BEFORE = frozenset(("won", "took", "taken", "secured", "got", "has", "have", "had", "with", "claimed", "captured"))


def _same_clause(doc: Doc, s: int, e: int) -> bool:
    """No punctuation between ``s`` and ``e`` except commas that open a participle clause ("..., ending up with")."""
    return all(not doc[x].is_punct or doc[x].text == "," and x + 1 < e and doc[x + 1].tag_ == "VBG" for x in range(s, e))


def each_parties(doc: Doc, refs: Sequence[Any], sent_start: int, num_start: int, num_end: int,
                 seat_nouns: frozenset[str] = frozenset(), zero: bool = False) -> list[Any]:
    """ "X obtained 23% against 22% for Y, with 58 seats each", "X and Y each had 37 TDs elected": the distinct
    parties of the sentence before the number when "each" / "apiece" follows the number or its seat noun, or
    "each" / "both" stands just before its verb; [] otherwise. Parties before an earlier count of the sentence
    are that count's ("X took 12 seats, Y and Z took six each": six for Y and Z only)."""
    j = num_end
    while j < len(doc) and j < num_end + 3 and doc[j].lower_ not in ("each", "apiece"):
        if doc[j].is_punct or doc[j].like_num:
            break  # (not "X five and two each by Y and Z": that "each" is the next number's)
        j += 1
    after = j < len(doc) and doc[j].lower_ in ("each", "apiece")
    # "X and Y each got five seats", "X and Y both won 37": "each" / "both" just before the verb
    # (not "Y and Z took six each, and 21 went to ...": a comma between ends the coordination)
    before = any(doc[k].lower_ in ("each", "both") and not any(doc[x].is_punct for x in range(k + 1, num_start))
                 for k in range(max(sent_start, num_start - 3), num_start))
    # "X and Y each ended up with 3 seats", "X and Y each got one seat less than forecast, ending up with 3":
    # "each" / "both" right after the coordinated subject, further from the number, with no mark between but
    # the comma of a participle clause of the same subject
    before = before or any(doc[k].lower_ in ("each", "both") and any(r.end == k for r in refs) and _same_clause(doc, k + 1, num_start)
                           for k in range(max(sent_start, num_start - 20), num_start))
    if not (after or before) and zero:
        return _coordinated_before(doc, refs, sent_start, num_start)
    if not (after or before):
        return []
    lo = sent_start
    rel = next((k for k in range(max(sent_start, num_start - 4), num_start) if doc[k].lower_ in ("each", "both")
                and k - 1 >= sent_start and doc[k - 1].lower_ in ("who", "which", "that")), None)
    if rel is not None:
        # "negotiating with the X or Y, who each gained 11 seats": the coordination the relative clause is about,
        # from the last comma before it that opens no "X, Y and Z" list item, or the verb or preposition before it
        k = rel - 2 - (1 if doc[rel - 2].text == "," else 0)
        while k > sent_start and not (doc[k].text == "," and not any(r.start == k + 1 or r.start == k + 2 for r in refs)) \
                and not (doc[k].pos_ in ("VERB", "AUX", "ADP") and doc[k].lower_ not in ("of", "for") and not any(r.start <= k < r.end for r in refs)):
            k -= 1
        sent_start = lo = k
    for k in range(sent_start, num_start - 1):
        if doc[k].like_num and doc[k + 1].lower_ in seat_nouns and not (k + 2 < num_start and doc[k + 2].lower_ in ("less", "more", "fewer")):
            lo = k + 2  # "... took 12 seats, ...": the parties before it have their own count (not "one seat less", a change)
        elif doc[k].like_num and doc[k + 1].text == ")":
            lo = k + 2  # "trailed by the Y (nine), the Z (four) and, the V and the W winning two seats each": Y and Z have theirs
        elif doc[k].like_num and doc[k + 1].lower_ in ("and", ",", ";") and doc[k - 1].lower_ in _COUNT_BEFORE:
            lo = k + 1  # "X has won 68 and Y, Z and W have all taken one seat each": X has its own count
        elif doc[k].like_num and (doc[k + 1].lower_ in ("each", "apiece") or doc[k + 1].text in (",", ";") and any(r.end == k for r in refs)):
            # "the X 68, the Y five, the Z and the W two each and the V and the U one each": a list's earlier items
            # ("X 68", "Z and W two each") have their own counts
            lo = k + 2 if doc[k + 1].lower_ in ("each", "apiece") else k + 1
    seen: dict[str, Any] = {}
    for r in refs:
        if lo <= r.start and r.end <= num_start:
            for part in joined_parts(doc, r):
                seen.setdefault(part.name, part)
    return list(seen.values()) if len(seen) >= 2 else []


def joined_parts(doc: Doc, r: Any) -> list[Any]:
    """The parties of one mention that joins names with "and" ("the Green Front and Civic Union with five seats
    each", read as one run of capitalised words): each name on its own, when the whole is no party the lexicon
    knows (an alliance's name keeps its "and"); else the mention itself."""
    if " and " not in r.text or lookup_party(r.text) is not None:
        return [r]
    cuts = [k for k in range(r.start + 1, r.end - 1) if doc[k].lower_ == "and"]
    bounds = [r.start, *cuts, r.end]
    parts = []
    for a, b in zip(bounds, bounds[1:]):
        a += 1 if doc[a].lower_ == "and" else 0
        a += 1 if doc[a].lower_ == "the" else 0
        if a >= b or not doc[a].is_title:
            return [r]
        text = doc[a:b].text
        parts.append(type(r)(a, b, canonical_party(text), text))
    return parts


def _coordinated_before(doc: Doc, refs: Sequence[Any], sent_start: int, num_start: int) -> list[Any]:
    """A zero count of a coordinated subject is each one's: "X and Y failed to win any seat", "X and Y won no
    seats". The parties joined by "and" / "," / "the" only, the last of them the last party before the number; not
    "X won the vote while Y won no seats" (X is no conjunct of Y)."""
    before = [r for r in refs if sent_start <= r.start and r.end <= num_start]
    if len(before) < 2:
        return []
    chain = [before[-1]]
    for r in reversed(before[:-1]):
        gap = [doc[k].lower_ for k in range(r.end, chain[-1].start)]
        if gap == ["("] and chain[-1].name == r.name:  # "X (XP)": the party's own abbreviation
            chain.append(r)
            continue
        if not gap or not set(gap) <= {",", "and", "the", "both"} or "and" not in gap and "," not in gap:
            break
        chain.append(r)
    names = {r.name: r for r in reversed(chain)}
    return list(names.values()) if len(names) >= 2 else []


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


def _row_name_before(doc: Doc, e: int, limit: int = 5) -> int | None:
    """Start of a name that fills its line up to token ``e`` (a colon): capitalised words, "of" / "for" / "the"
    inside; None when the line holds anything else before ``e``."""
    s = e
    while s > 0 and e - s < limit and "\n" not in doc[s - 1].text:
        prev = doc[s - 1]
        if not (prev.text[:1].isupper() and prev.is_alpha or prev.lower_ in ("of", "for", "the") and s < e):
            return None
        s -= 1
    if s == e or (s > 0 and "\n" not in doc[s - 1].text and not doc[s - 1].is_space):
        return None
    return s if doc[s].text[:1].isupper() else None


_MONTHS = frozenset(("january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                     "sept", "oct", "nov", "dec"))
# labels that rule a list item out (GPE / LOC are decided by the list: see _list_item_names)
_NOT_LIST_NAMES = frozenset(("PERSON", "FAC", "DATE", "TIME", "NORP", "EVENT", "LAW"))


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    from ...lexicon import load_lexicon

    return frozenset(f for p in load_lexicon().places for f in (p.name, *p.aliases))


def _list_item_names(doc: Doc, lower: Sequence[str], seat_nouns: frozenset[str]) -> list[tuple[int, int]]:
    """ "X won 28 seats, Maltek 27, Dar Hadash 15 and Ravim 11": each later list item is a capitalised name
    directly followed by a bare number that closes the item (a comma, "and", "while", the sentence's end or a seat
    noun follows), after a separator ("," / "and" / ", and") whose item before it ended in a number, in a sentence
    that has already counted seats (a number with a seat noun before the item). Not "in Ontario, Quebec 8" (places
    are left to the regional breakdowns), not "on May 5, June 9" (dates)."""
    out: list[tuple[int, int]] = []
    places = _place_words()
    # a doc nobody split into sentences (no parser, no sentencizer) is one sentence
    sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    like_num = doc.to_array(LIKE_NUM).tolist() if len(doc) else []
    for sent in sents:
        counted = False  # a "N seats" earlier in the sentence
        items: list[tuple[int, int]] = []
        place_items = False  # "Paris 12 and Lyon 9": a breakdown by place, not by party
        for k in (i for i in range(sent.start, sent.end) if like_num[i]):  # (the steps below act on numbers only)
            t = doc[k]
            if t.like_num and k + 1 < sent.end and lower[k + 1] in seat_nouns:
                counted = True
            if not t.like_num or not t.text[:1].isdigit() and t.pos_ != "NUM":
                continue
            s = _name_run_ending(doc, k, limit=4)
            if s is not None and doc[s:k].text in places:
                place_items = True
                continue
            if not counted:
                continue
            closes = k + 1 >= sent.end or doc[k + 1].is_punct and doc[k + 1].text in (",", ".", ";", ")") or \
                lower[k + 1] in ("and", "while", "whereas", "with") or lower[k + 1] in seat_nouns
            if not closes or s is None or s <= sent.start + 1:
                continue
            sep = s - 1
            if lower[sep] == "the":
                sep -= 1
            if lower[sep] == "and" and doc[sep - 1].text == ",":
                sep -= 1
            if not (lower[sep] in (",", "and") and sep - 1 >= sent.start):
                continue
            before = sep - 1
            if lower[before] in seat_nouns:
                before -= 1
            if not doc[before].like_num:
                continue  # the item before the separator did not end in a number: no parallel list
            if any(doc[i].ent_type_ in _NOT_LIST_NAMES or lower[i] in _MONTHS for i in range(s, k)):
                continue
            items.append((s, k))
        # a list that also counts a known place ("Paris 12 and Lyon 9") is a breakdown by place: its other names
        # are places too; elsewhere the tagger's GPE / LOC on an unknown name is a guess ("Ravim 11")
        if not place_items:
            out.extend(items)
    return out


def _bar_list_names(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """ "LAB – 40 | CON – 12 | LD – 0": a line of two or more items separated by bars, each a capitalised name, a dash
    and a number, one of whose names is a party the lexicon or the tagger knows (``taken``): the line is a results
    headline, and its other names are parties too (abbreviations the lexicon does not list). A line whose names
    are none known ("Arsenal – 2 | Chelsea – 1") gives nothing."""
    text = doc_text(doc)
    if "|" not in text:
        return []
    out: list[tuple[int, int]] = []
    line: list[int] = []
    lines: list[list[int]] = []
    for t in doc:
        if "\n" in t.text:
            lines.append(line)
            line = []
            continue
        line.append(t.i)
        if "\n" in t.whitespace_:
            lines.append(line)
            line = []
    lines.append(line)
    for toks in lines:
        toks = [i for i in toks if not doc[i].is_space]
        if not any(doc[i].text == "|" for i in toks):
            continue
        items: list[list[int]] = [[]]
        for i in toks:
            if doc[i].text == "|":
                items.append([])
            else:
                items[-1].append(i)
        names = []
        for item in items:
            # name tokens, a dash, a number ("LD – 0", "Liberal Democrats - 0")
            if len(item) < 3 or not doc[item[-1]].like_num or doc[item[-2]].text not in DASHES:
                names = []
                break
            name = item[:-2]
            if len(name) > 4 or not all(doc[i].text[:1].isupper() and doc[i].is_alpha for i in name):
                names = []
                break
            names.append((name[0], name[-1] + 1))
        if len(names) >= 2 and any(all(i in taken for i in range(s, e)) for s, e in names):
            out.extend((s, e) for s, e in names if not all(i in taken for i in range(s, e)))
    return out


def shaped_party_names(doc: Doc, taken: set[int], people: set[str], count_verbs: frozenset[str],
                       seat_nouns: frozenset[str], lower: Sequence[str] | None = None) -> list[tuple[int, int, str]]:
    """Names the lexicon, the NER and the name shapes missed, made parties by the construction around them
    (each returned as (start, end, construction)):

    - "Harvest won 28 seats", "the left-wing Zorvanta took 18 seats": a capitalised name as the subject of a
      count verb whose object is a number with a seat noun;
    - "Zorvanta (18 seats)", "Zorvanta (18)": a capitalised name with a bracketed count;
    - "Zorvanta, the far-right party, ...": a name with a party appositive;
    - "Harvest won 28 seats, Maltek 27 and Ravim 11": a capitalised name with a bare number, as a later item of
      a list whose earlier item ends in a number (the list's parallel shape makes it a party like the first).
    A word of the article's people ("Voss won her seat") is never one, nor a place, a date or a month."""
    out: list[tuple[int, int, str]] = []
    n = len(doc)

    def ok(s: int, e: int, row: bool = False) -> bool:
        if row:  # (a row's name may hold a shorter name found inside it: "Pheu Thai Rumapalang" over "Pheu Thai")
            if all(i in taken for i in range(s, e)):
                return False  # a row's name is the party's whatever the NER made of it (foreign names pass for a person's)
            return not any(doc[i].ent_type_ in ("DATE", "TIME") or doc[i].lower_ in _MONTHS for i in range(s, e))
        if any(i in taken for i in range(s, e)) or any(doc[i].text in people for i in range(s, e)):
            return False
        if any(doc[i].ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL") for i in range(s, e)):
            return False
        # a lone capitalised word opening a sentence is a name only if tagged as one ("Zorvanta won", not "Together",
    # "Voting takes place")
        return not (e - s == 1 and doc[s].is_sent_start and doc[s].pos_ != "PROPN")

    lower = lower if lower is not None else [t.lower_ for t in doc]
    out.extend((s, e, "list-item") for s, e in _list_item_names(doc, lower, seat_nouns) if ok(s, e))
    out.extend((s, e, "bar-list-item") for s, e in _bar_list_names(doc, taken) if ok(s, e, row=True))
    anchors = [i for i in range(1, n - 2) if lower[i] in count_verbs or lower[i] in ("(", ",", ":")]  # where a construction can start
    for i in anchors:
        t = doc[i]
        # "Harvest won 28 seats"
        if t.lower_ in count_verbs and doc[i - 1].text[:1].isupper() and not (t.lower_ in LED and lower[i + 1] in GROUP_NOUNS):
            # (not "the Emmerson Mnangagwa led party has got 155 seats": the leader's name describes the party)
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
        # "Zorvanta Kla: 2 seats", "Seri Ruam: 1 party-list seat": a row of a results list, a capitalised name from
        # the line's start to a colon, then a count with its seat noun
        if t.text == ":" and doc[i + 1].like_num:
            s = _row_name_before(doc, i)
            k = i + 2
            while k < n and k < i + 6 and doc[k].lower_ not in seat_nouns and not doc[k].is_punct:
                k += 1
            if s is not None and k < n and doc[k].lower_ in seat_nouns and ok(s, i, row=True):
                out.append((s, i, "row-colon"))
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


def participle_subject(doc: Doc, i: int, party_at: dict[int, Any], count_verbs: frozenset[str]) -> Any | None:
    """ "X fell short of the 41 seats needed, winning 39", "Labour lost heavily, winning just 39": the number ``i``
    is the object of a count verb in a participle clause ("-ing", after a comma) that hangs off the main verb; the
    main verb's subject is the participle's subject too. Not a participle with a subject of its own ("..., the
    Greens winning 12"), nor one that opens the sentence (its subject is not yet named). The number may count a
    seat noun that is the object ("X won the vote in the Y region, taking seven of the 11 seats")."""
    verb = doc[i].head
    if verb.lower_ not in count_verbs and verb.head.i != verb.i and verb.head.lower_ in count_verbs and verb.i > i:
        verb = verb.head  # "taking 40 seats": the number modifies the noun the verb takes
    if verb.lower_ in count_verbs and verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.tag_ == "VBG" and verb.head.i < verb.i:
        verb = verb.head  # "..., romping home to win 38 seats": the participle the infinitive completes
    elif verb.lower_ not in count_verbs:
        return None
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.i < verb.head.i:
        return None
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    main = verb.head
    # ("X emerged as the biggest winner among Y, romping home to win 38 seats": the parser hangs the participle off the
    # noun before its comma; its subject is the clause's)
    while verb.dep_ == "acl" and main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head
    # ("the NDA edged past the Y to win the elections, winning 122 seats": the infinitive's subject is its head's)
    while (main.dep_ == "xcomp" or main.dep_ == "advcl" and main.tag_ == "VB") and main.head.i != main.i \
            and not any(c.dep_.startswith("nsubj") for c in main.children):
        main = main.head
    for c in main.children:
        # (not across a colon, a bar or a semicolon: "A New Day | A Better Way: The X ... won, winning 6 of the 11
        # seats", where the parse took a slogan's noun for the subject)
        if c.dep_.startswith("nsubj") and c.i in party_at and not any(doc[k].text in (":", "|", ";") for k in range(c.i, verb.i)):
            return party_at[c.i]
    return None


# a demonstrative standing for the result just reported, worth a number of seats: "this is good for 9 of 21 seats",
# "that translates into 40 seats", "this gives it 12 seats"
_THIS_IS_GOOD_FOR = re.compile(r"(?:^|, |; )(?:this|that) (?:is|was|will be|would be|should be) (?:good|enough|sufficient) for(?: (?:about|around|some|roughly|only|just))?\s*$"
                               r"|(?:^|, |; )(?:this|that) (?:translates|translated|converts|converted|equates|equated) (?:in)?to(?: (?:about|around|some|roughly|only|just))?\s*$")
_PARTY_NP = re.compile(r"^(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er) (?:[a-z][\w\-]* ){0,3}?(?:party|alliance|coalition|bloc|front|movement|group)\b")


_EXPLETIVE_IT = re.compile(r"^it (?:is|was|seems|seemed|appears|appeared|remains|remained) (?:still |now |not |also )?"
                           r"(?:unclear|clear|likely|unlikely|possible|impossible|certain|uncertain|expected|thought|believed|"
                           r"hard|difficult|known|unknown|too early|doubtful)\b")


_SEVERAL_PARTIES = re.compile(r"\b(?:two|three|four|five|six|multi|\d+)-party\b")


# the first words of a sentence-opening adverbial before the subject ("According to the commission, the party won 122")
_ADVERBIAL_OPENERS = frozenset(("in", "at", "four", "five", "three", "two", "last", "previously", "then", "before", "prior",
                                "ahead", "after"))
# openers after which only a pronoun or "the party" is read as the party just named ("According to the commission, the
# party won 122"), not a description ("According to final results, the opposition coalition won 60": a description the
# article never gave the party is no reference to it)
_ADVERBIAL_OPENERS_PRONOUN = frozenset(("according", "on", "by", "with", "as", "since", "during", "following", "under",
                                        "overall", "altogether", "meanwhile", "nationally", "nationwide"))


def starts_with_pronoun(sent: Span) -> bool:
    while len(sent) > 1 and (sent[0].is_punct or sent[0].is_space):  # "’ His party, which had 243 MPs ..."
        sent = sent[1:]
    # a leading adverbial does not change the subject: "In 2019, it won 52", "Four years ago, the party had 40",
    # "Prior to the election, the party held 128"
    # (the adverbial may be long: "In the 2022 early legislative elections, the party elected 12 deputies")
    k = next((t.i - sent.start + 1 for t in sent[:10] if t.text == ","), 0) if sent[:1].text.lower() in _ADVERBIAL_OPENERS else 0
    pronoun_only = False
    if not k and sent[:1].text.lower() in _ADVERBIAL_OPENERS_PRONOUN:
        k = next((t.i - sent.start + 1 for t in sent[:10] if t.text == ","), 0)
        pronoun_only = bool(k)
    if k:
        sent = sent[k:]
    elif len(sent) > 2 and sent[1].text == "," and sent[0].pos_ in ("ADV", "CCONJ", "SCONJ"):
        sent = sent[2:]  # "Therefore, it will have 32 seats", "However, the party ..."
    words = [t.lower_ for t in sent[:3]]
    opening = " ".join(t.text for t in sent[:9]).replace(" - ", "-")
    m = _PARTY_NP.match(opening) if not pronoun_only else None
    # (nor "The first party to reach 61 seats forms the government": an infinitive after it makes it generic)
    if m and _SEVERAL_PARTIES.search(m.group(0)):
        return False  # "The current three-party coalition government keeps ...": several parties, not the one before
    # (nor "The minor opposition party (PRSC), which ...": the bracketed abbreviation names the party)
    if m and not opening[m.end() :].startswith((" of ", " to ", " (")):
        # "The centre-right party gained ...": lowercase words only, not "The Harbour Party"; not "The alliance
        # of pirates and mayors won 37 seats", a group that names itself (no antecedent in the sentence before)
        return True
    # (not "The party of presidential candidate Ana Voss will have 18 legislators": a party named by its leader)
    if _EXPLETIVE_IT.match(" ".join(t.lower_ for t in sent[:8])):
        return False  # "It is unclear whether 40 seats will be enough": an expletive "it" stands for no party
    return bool(words) and (words[0] in ("it", "they") or words[:2] == ["the", "party"] and words[2:3] != ["of"]
                            or words[0] in ("its", "his", "her", "their") and words[1:2] == ["party"])  # "Her party had 28 seats"


# "... the number of its seats from", "... from 54 in 2018 to": a tally's figure after "from" or "to"
_FROM_TO_FIGURE = re.compile(r"\b(?:its|their) (?:[\w-]+ ){0,3}(?:seats?|tally|total|number|count|mps|deputies|members)\b.*\b(?:from|to)$")


_TRAIL_VERBS = frozenset(("trail", "trails", "trailed", "trailing", "follow", "follows", "followed", "following"))


def trailing_subject(ctx: _Ctx, num: Num, sent: Span) -> PartyRef | None:
    """"independents trail the DPP at 71 seats", "the Greens follow Labour with 20": the count after "at" / "with"
    belongs to the subject of the trailing verb, not to the party trailed; None otherwise."""
    doc = ctx.doc
    k = num.qstart - 1
    if k <= sent.start or doc[k].lower_ not in ("at", "with", "on"):
        return None
    trailed = ctx.party_at.get(k - 1)
    if trailed is None:
        return None
    v = trailed.start - 1
    v -= 1 if v > sent.start and doc[v].lower_ == "the" else 0
    if v <= sent.start or doc[v].lower_ not in _TRAIL_VERBS:
        return None
    subject = ctx.party_left(v, sent)
    return subject if subject is not None and subject.end >= v - 2 else None


def together_previous(ctx: _Ctx, num: Num, sent: Span) -> PartyRef | None:
    """"X won 56 seats, while its partner Y won 24. Together, they totalled 80 seats": "together" / "combined" /
    "between them" and "they", no party named before the number, count the two distinct parties of the sentence
    before together (named "X and Y"); None otherwise."""
    doc = ctx.doc
    words = lower_words(doc, sent.start, num.qstart)
    if not _rx(r"^(?:together|combined|between them|jointly)\b[^.]*\bthey\b").match(words) or ctx.party_left(num.qstart, sent):
        return None
    k = ctx.sent_of[sent.start]
    if k == 0:
        return None
    prev = ctx.sents[k - 1]
    names: dict[str, PartyRef] = {}
    for p in ctx.parties:
        if prev.start <= p.start < prev.end and not p.weak:
            names.setdefault(p.name, p)
    if len(names) != 2:
        return None
    a, b = names.values()
    return PartyRef(a.start, b.end, f"{a.name} and {b.name}", f"{a.text} and {b.text}")


def coordinated_subject(ctx: _Ctx, p: PartyRef, num: Num, sent: Span) -> PartyRef | None:
    """"The X and the Y won 50 seats", "X, Y and Z had 43 seats in 2013": a subject of two or more coordinated
    parties with one count and no "each" / "respectively" (read before) holds that count together (named "X and Y"),
    not its first party."""
    tb = _table(ctx.doc)
    starts = {r.start: r for r in ctx.parties if r.start >= p.start and r.end <= num.qstart and not r.weak}
    members, k = [p], p.end
    while k < num.qstart:
        if tb.lower[k] in (",", "and", "&", "the"):
            k += 1
            continue
        r = starts.get(k)
        if r is None:
            break
        members.append(r)
        k = r.end
    names = list(dict.fromkeys(r.name for r in members))
    if len(names) < 2 or tb.lower[k - 1] in (",", "and") or not any(tb.lower[j] == "and" or tb.lower[j] == "&" for j in range(p.end, k)):
        return None
    # (the coordination is the clause's subject: its verb follows it, no other party before the number)
    if any(r.start >= k for r in ctx.parties if r.end <= num.qstart and r.start > p.start) or tb.text[k] == ",":
        return None
    return PartyRef(p.start, members[-1].end, " and ".join(names), tb.span_text(p.start, members[-1].end))


def with_phrase_holder(ctx: _Ctx, p: PartyRef, num: Num, sent: Span) -> PartyRef | None:
    """"The X won 73 seats, followed by the Taqaddum bloc of Speaker Ana Voss with 37 seats": after "followed by",
    "trailed by", "ahead of" or "behind", the "with N" that ends the phrase gives the number to the party the phrase
    opens with (a person or a description may follow it), not to the clause's subject (the parse often hangs "with"
    on the main verb)."""
    doc = ctx.doc
    tb = _table(doc)
    k = num.qstart - 1
    if k <= p.end or tb.lower[k] != "with":
        return None
    cue = next((j for j in range(k - 1, max(p.end, k - 16), -1)
                if (tb.lower[j] == "by" and tb.lower[j - 1] in ("followed", "trailed", "chased"))
                or tb.lower[j] in ("behind",) or (tb.lower[j] == "of" and tb.lower[j - 1] == "ahead")), None)
    if cue is None or any(doc[j].like_num for j in range(cue, k)):
        return None
    first = next((r for r in sorted(ctx.parties, key=lambda r: r.start) if cue < r.start and r.end <= k and not r.weak), None)
    return first if first is not None and first.name != p.name else None


# ", totaling 279 seats", ", for a total of 80", ", making 215 in all": the sum of the counts before it
_TOTALLING = re.compile(r"(?:^|, )(?:totall?ing|totall?ed|making|giving them|for a (?:combined |joint )?total of|a (?:combined )?total of)\s*$")


def totalled_list(ctx: _Ctx, num: Num, sent: Span) -> PartyRef | None:
    """"the X held 247 seats and the Y had 32, totaling 279 seats": a total after the counts of two parties (each
    named before its own count in the sentence) is theirs together (named "X and Y"), never the last party's."""
    doc = ctx.doc
    if not _TOTALLING.search(lower_words(doc, max(sent.start, num.qstart - 6), num.qstart)):
        return None
    names: dict[str, PartyRef] = {}
    for p in ctx.parties:
        if sent.start <= p.start and p.end <= num.qstart and not p.weak:
            names.setdefault(p.name, p)
    figures = [t for t in doc[sent.start : num.qstart] if t.like_num and t.pos_ == "NUM"]
    if len(names) != 2 or len(figures) < 2:
        return None
    a, b = names.values()
    return PartyRef(a.start, b.end, f"{a.name} and {b.name}", f"{a.text} and {b.text}")


# plural subjects of a report that are things, not people ("Projections indicated they'll hold 13 seats")
_REPORTING_THINGS = frozenset(("projections", "polls", "results", "figures", "counts", "forecasts", "estimates", "surveys", "returns", "tallies"))


def reported_pronoun_subject(ctx: _Ctx, num: Num, sent: Span) -> bool:
    """"Projections indicated they'll hold 13 to 15 seats", "Polls show it will win 40": "it" / "they" subject of the
    clause that has the number, inside a report of what something shows, with no party named before it in the
    sentence (it stands for the party of the sentence before)."""
    doc = ctx.doc
    for k in range(max(sent.start, num.qstart - 4), num.qstart):
        t = doc[k]
        if t.lower_ in ("it", "they") and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ in ("ccomp", "xcomp", "conj") \
                and not any(r.end <= k for r in ctx.parties if r.start >= sent.start and r.end <= num.qstart):
            # (not "Analysts say they expect 40 seats": "they" are the plural people who say it)
            reporter = next((c for c in t.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) if t.head.dep_ == "ccomp" else None
            if t.lower_ == "they" and reporter is not None and reporter.tag_ == "NNS" and reporter.lower_ not in _REPORTING_THINGS:
                return False
            return True
    return False


def pronoun_object(ctx: _Ctx, num: Num, sent: Span) -> bool:
    before = lower_words(ctx.doc, max(sent.start, num.qstart - 4), num.qstart)
    if before.endswith((" to", " at", " on")):  # "It brought the party to 38 seats", "put them at 40"
        before = before.rsplit(" ", 1)[0]
    # ``before`` is a phrase of the list or ends with " " + one
    return (" " + before).endswith(ctx.c.words_tuple("pronoun_objects", prefix=" "))


_APPOSITIVE = re.compile(r"^\s*,\s*(?:a|an|the|which|who|whose|its|their"
                         r"|(?:also |long |closely )?(?:affiliated|allied|aligned|associated|linked|led|headed|backed) (?:with|by|to))\b"
                         r"[^;:]*,\s*(?:\w+\s+){0,2}?(?:\w+)\s*$")


# "lost five seats, bringing them to eleven", "bringing its total to 30": the count a change brought the party to
# "bringing the total number of Harbour Party MPs to 88": the party is named inside the total the number ends
# (the verbs that move a tally to a figure)
_BRINGING = r"(?:bringing|taking|leaving|putting|pushing|raising|lifting|boosting|increasing)"
_TOTAL_OF = re.compile(r"\b" + _BRINGING + r" the (?:overall |final )?(?:total|tally|number|count)(?: number)? of(?: the)?\s*$")
# "their coalition total to", "the combined tally of": a total of several parties together
_COMBINED_TOTAL = re.compile(r"\b(?:their|its|the) (?:coalition|combined|joint|alliance's|bloc's|overall coalition) "
                             r"(?:seat )?(?:total|tally|number|count|strength)(?: of| to| at| is| was| stood at)?\s*$")
# ("pushing its total number of seats to 220": the total's words, up to four)
_BRINGING_TO = re.compile(r"\b" + _BRINGING + r" (?:them|it|its|their|the party's)(?: [\w-]+){0,2}(?: of seats)? to\s*$")


def appositive_head(ctx: _Ctx, p: PartyRef | None, num: Num, sent: Span) -> PartyRef | None:
    """ "The X, a pact of the Y and the Z, controls 91 of the 160 seats": the party before an appositive, not the
    last party named inside it (used when no parse says who the subject is)."""
    if p is None:
        return p
    doc = ctx.doc
    lo = ctx.line_start(num.qstart, sent)
    tb = _table(doc)
    if p.end + 1 < num.qstart and tb.text[p.end] == "," and tb.lower[p.end + 1] in ("which", "who") \
            and "," not in tb.text[p.end + 2 : num.qstart]:
        return p  # "..., having bested the Y, which won 18 seats": the number is in the Y's own relative clause
    # (the subject opens its clause: the line's start, or a clause word "while", "but", ";" before the number)
    lo = max((k + 1 for k in range(lo, p.start) if tb.lower[k] in ("while", "whereas", "but", ";")), default=lo)
    for r in ctx.parties:
        if lo <= r.start and r.end <= p.start and r is not p:
            if _APPOSITIVE.match(doc[r.end : num.qstart].text) and "," not in doc[lo : r.start].text:
                return r
            if "," not in doc[lo : r.start].text and _long_predicate_after_appositive(ctx, r, p, num):
                return r
            break
    return p


def _long_predicate_after_appositive(ctx: _Ctx, head: PartyRef, p: PartyRef, num: Num) -> bool:
    """ "The X, a coalition formed by the Y and the Z, increased its tally from 30 to 34 seats": an appositive
    (", a/an ...") opened right after the subject party and closed by a comma before the number, with every
    other party inside it, and the predicate after it a single clause of at most ten words (no comma, no
    clause word, no party): the count is the subject's, however long the verb phrase."""
    tb = _table(ctx.doc)
    k = head.end
    if k < num.qstart and tb.text[k] == "(":  # "AD (Democratic Alliance), a coalition ...": past the bracketed name
        k = next((j + 1 for j in range(k, min(k + 8, num.qstart)) if tb.text[j] == ")"), k)
    # (or "The X, the Y's junior coalition partner, lost three seats, bringing the number down from 23 to 19": an
    # appositive naming the subject by its relation to another party, whose possessive owns nothing)
    poss_appositive = k + 2 == p.start and tb.lower[k + 1] == "the" and p.end < num.qstart and tb.lower[p.end] in ("'s", "\u2019s")
    if k + 1 >= num.qstart or tb.text[k] != "," or (tb.lower[k + 1] not in ("a", "an") and not poss_appositive):
        return False
    close = max((j for j in range(k + 1, num.qstart) if tb.text[j] == ","), default=None)
    if close is None or p.end > close:
        return False
    tail = tb.lower[close + 1 : num.qstart]
    if not tail or len(tail) > 10 or any(w in _CLAUSE_WORDS for w in tail):
        return False
    return not any(close < r.start < num.qstart for r in ctx.parties)


# words that open another clause: the predicate after an appositive must be the subject's own
_CLAUSE_WORDS = frozenset(("while", "whereas", "but", "and", "or", "which", "who", "that", "as", "when", "after", "before",
                           "although", "though", "because", "since", "if", ";", ":", "—", "–", "--"))


# "Shas, ranked third with 9", "came in second with 17", "finished a distant fourth with 12": a rank, then the count
_RANKED_WITH = re.compile(r"\b(?:came|comes|come|finished|finishes|ranked|ranks|placed|places|ended|ends|emerged)(?: in| up)? (?:a |an )?"
                          r"(?:distant |close |strong |solid |surprise )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|last)(?: place)?,? with(?: only| just)?\s*$")
# "is on course for 40", "was heading for 75", "on track for about 60": a projected count
_HEADED_FOR = re.compile(r"\b(?:on course|on track|on pace|heading|headed|bound|in line|set|poised) (?:for|to win|to take|to get|to have)(?: about| around| some| roughly| nearly)?\s*$")
# "..., leaving them with 258", "which left the party with just 7": the count a loss leaves a party
_LEAVING_WITH = re.compile(r"\b(?:leaving|leaves|left|leave) (?:it|them|the party|the \w+|its \w+|their \w+) with(?: only| just| a mere)?\s*$")


# "X is set to win 303 seats and, along with its allies, is leading in 348", "with its partners it has 120":
# the party with its unnamed partners between the party (or the clause's earlier count) and this count
# (opening the stretch, or after "and" / a comma: not "X, which broke with its allies, won 103"); fronted: "With its
# allies, X has 148 seats"
_WITH_ALLIES = re.compile(r"(?:^|, |\band )(?:along |together )?with (?:its|their) (?:[a-z\-]+ )?(?:allies|partners)\b")


def party_for(
    ctx: _Ctx, num: Num, sent: Span, noun: int | None, elliptical: bool = False, previous: bool = False
) -> tuple[PartyRef | None, str]:
    """The party a count belongs to and the construction that decided it (``_party_for``), the party's bloc when
    "(along) with its allies" stands between the party and the count, after any earlier count of the clause."""
    if _COMBINED_TOTAL.search(lower_words(ctx.doc, max(sent.start, num.qstart - 6), num.qstart)):
        return None, ""  # "Y had 32, bringing their coalition total to 279 seats": the coalition's total, no one party's
    p, how = _party_for(ctx, num, sent, noun, elliptical, previous)
    if p is None or p.end >= num.qstart or " and " in p.name or how.startswith("to-party"):
        return p, how
    tb = _table(ctx.doc)
    # "Nuevas Ideas + GANA will have 60 deputies": two parties joined by a plus sign, counted together
    if p.end + 1 < num.qstart and tb.text[p.end] == "+" and (q := ctx.party_at.get(p.end + 1)) is not None and q.start == p.end + 1:
        return PartyRef(p.start, q.end, f"{p.name} and {q.name}", tb.span_text(p.start, q.end)), how + "-plus"
    if p.start - 2 >= sent.start and tb.text[p.start - 1] == "+" and (q := ctx.party_at.get(p.start - 2)) is not None:
        return PartyRef(q.start, p.end, f"{q.name} and {p.name}", tb.span_text(q.start, p.end)), how + "-plus"
    lo = max((k + 1 for k in range(p.end, num.qstart) if ctx.doc[k].like_num), default=p.end)
    fronted = _WITH_ALLIES.match(lower_words(ctx.doc, sent.start, p.start)) is not None
    if fronted or _WITH_ALLIES.search(lower_words(ctx.doc, lo, num.qstart)):
        name = party_with_allies(p.name, ctx.doc._.claimx_countries or [])
        return PartyRef(p.start, p.end, name, tb.span_text(p.start, p.end)), how + "-with-its-allies"
    return p, how


def tb_lower(doc: Doc, i: int) -> str:
    return _table(doc).lower[i]


def the_n_parties_before(ctx: _Ctx, num: Num, sent: Span) -> PartyRef | None:
    """ "... convince the X, the Y and the Z to join her. The three parties are projected to win 24, 20 and 7
    seats, respectively": a "respectively" whose subject is "the N parties" (no party named before the number)
    pairs the parties the sentence before named; each number gets the first of them here, and
    ``lists.respectively`` re-pairs them in order."""
    from .lists import THE_N_PARTIES

    k = ctx.sent_of[sent.start]
    if not k or ctx.party_left(num.qstart, sent) is not None:
        return None
    text = span_text(sent).lower()
    if "respectively" not in text or not THE_N_PARTIES.search(text):
        return None
    prev = ctx.sents[k - 1]
    return next((p for p in sorted(ctx.parties, key=lambda r: r.start) if prev.start <= p.start < prev.end), None)


def party_before_aside(ctx: _Ctx, num: Num, sent: Span) -> PartyRef | None:
    """ "X won 40 seats, Y 30, and the Z, which ran for the first time, 12": a list item whose party and number a
    relative aside (", which / who ... ,") separates; the party before the aside owns the number."""
    tb = _table(ctx.doc)
    k = num.qstart - 1
    if k <= sent.start or tb.text[k] != ",":
        return None
    for o in range(k - 2, max(sent.start, k - 14), -1):
        if tb.text[o] in (",", ";", ":", "(", ")"):
            if tb.text[o] == "," and tb.lower[o + 1] in ("which", "who") and o - 1 in ctx.party_at:
                p = ctx.party_at[o - 1]
                # (an item of a list: a number ends the item before the party, or the party follows "and" / a comma)
                j = p.start - 1 - (1 if tb.lower[p.start - 1] == "the" else 0)
                if j > sent.start and (tb.lower[j] == "and" or tb.text[j] == ","):
                    return p
            return None
        if ctx.num_ending_at(o + 1) is not None:  # (a number of the aside: not an ordinal, "for the first time")
            return None
    return None


def parallel_for(ctx: _Ctx, num: Num, sent: Span) -> PartyRef | None:
    """ "The X led for 49 seats, the Y for 37 and independents 2": a gapped clause repeating the first clause's
    "for N" after its own party ("the Y for 37", after a comma or "and"): the number is that party's."""
    tb = _table(ctx.doc)
    j = num.qstart - 1
    if j - 1 < sent.start or tb.lower[j] != "for" or j - 1 not in ctx.party_at:
        return None
    p = ctx.party_at[j - 1]
    k = p.start - 1
    if k >= sent.start and tb.lower[k] == "the":
        k -= 1
    if k < sent.start or not (tb.text[k] == "," or tb.lower[k] == "and"):
        return None
    # the first clause's own "for N": a number after "for" earlier in the sentence
    if not any(n.start < k and n.qstart - 1 >= sent.start and tb.lower[n.qstart - 1] == "for" for n in ctx.nums if n.start >= sent.start):
        return None
    return p


def each_right_parties(ctx: _Ctx, num: Num, sent: Span, noun: int | None) -> list[PartyRef]:
    """ "five seats each went to the X and the Y", "two each by the X and the Z", "one each for X, Y and Z", "8 seats
    for the X and the Y each": the parties named after "each ... to / by / for" (or after "for / to" and followed by
    "each"), each of which has the count; [] when there are fewer than two."""
    tb = _table(ctx.doc)
    k = (noun + 1) if noun is not None else num.end
    trailing = False  # "8 seats for the X and the Y each": "each" after the parties it distributes to
    if k < sent.end and tb.lower[k] in ("for", "to"):
        m = _rx(r"^(?:for|to) ").match(tb.lower[k] + " ")
        trailing = True
    elif k >= sent.end or tb.lower[k] != "each":
        return []
    else:
        # ("four seats each won by junior allies HAM and VIP": a participle, and lower-case words describing the parties)
        m = _rx(r"^each (?:(?:went|go|goes|were won|was won|were taken|were claimed|were secured|going|won|taken|claimed|secured) )?(?:to|by|for) "
                r"(?:(?:junior|smaller|small|minor|its|their) (?:allies|partners|parties) )?").match(
            lower_words(ctx.doc, k, min(k + 8, sent.end)) + " ")
    if m is None:
        return []
    j = k + len(m.group(0).split())
    out: list[PartyRef] = []
    last = False  # the conjunct after "and" ends the list ("... by HAM and VIP, the NDA crossed ...")
    while j < sent.end:
        j += 1 if tb.lower[j] == "the" else 0
        p = ctx.party_at.get(j)
        if p is None or p.start != j:
            break
        out.append(p)
        if last:
            break
        j = p.end
        if j < sent.end and tb.text[j] == ",":
            j += 1
        if j < sent.end and tb.lower[j] == "and":
            j += 1
            last = True
        elif out and j < sent.end and tb.text[j - 1] != ",":
            break
    if trailing and not (out and out[-1].end < sent.end and tb.lower[out[-1].end] == "each"):
        return []
    return out if len(out) >= 2 else []


def _comma_pair_at(ctx: _Ctx, num: Num, sent: Span) -> PartyRef | None:
    """The party right before ", N" when the number ends its list item (a comma, a dash, a semicolon or the end
    follows it)."""
    tb = _table(ctx.doc)
    k = num.qstart - 1
    if k - 1 < sent.start or tb.text[k] != ",":
        return None
    p = ctx.party_at.get(k - 1)
    if p is None or p.end != k:
        return None
    after = tb.text[num.end] if num.end < sent.end else "."
    return p if after in (",", ";", ".", ")") or after in DASHES else None


def comma_pair_party(ctx: _Ctx, num: Num, sent: Span) -> PartyRef | None:
    """ "People's Party, 22, Union Party, 19": ``num``'s party when it and another number of the sentence are both
    items "party, number" (one "the Union Party, 19 of whose members ..." is no list)."""
    p = _comma_pair_at(ctx, num, sent)
    if p is None:
        return None
    others = [n for n in ctx.nums if n is not num and sent.start <= n.start < sent.end]
    return p if any(_comma_pair_at(ctx, n, sent) is not None for n in others) else None


# "went to a small opposition party, the Justice Party": a description of the party, then its name
_DESCRIBED_THEN_NAMED = re.compile(r"(?:[a-z]+ )?(?:to|for|by) (?:a|an) (?:[\w-]+ ){0,3}(?:party|alliance|coalition|group|bloc|movement) , (?:the )?")


def _party_for(
    ctx: _Ctx, num: Num, sent: Span, noun: int | None, elliptical: bool = False, previous: bool = False
) -> tuple[PartyRef | None, str]:
    doc = ctx.doc
    end = (noun + 1) if noun is not None else num.end
    after = lower_words(doc, end, min(end + 4, sent.end))
    # "N (seats) (will) go to the X", "N to the X", "N for X"
    # "N (seats) (will) go to the X", "N to the X", "N for X", "N senators were elected under X"
    of_holder = False
    m = _rx(r"^(?:(?:will|would|went|go|goes|going|have gone|had gone|were|was|are|fell) )?(?:go |went |going |won |taken |claimed )?(?:to|for|by) "
            r"|^(?:(?:will be |were |was |are |have been |had been )?(?P<handed>given|allocated|awarded|assigned|handed|shared|split|divided|distributed) )"
            r"(?:out )?(?:to|by|among|amongst|between) "
            r"|^(?:(?:were|was|are|have been|had been) )?(?:elected|returned) (?:under|on|for) ").match(after)
    if m is None and noun is not None:
        # "the 7 seats of the Greens": a seat noun's "of" names its holder when a party follows at once (the
        # party_right test below; "of the 120" and "of the vote" name none)
        m = _rx(r"^of (?P<handed>)?").match(after)
        of_holder = m is not None
    k = end + len(m.group(0).split()) if m else 0
    k += 1 if m and k < sent.end and doc[k].lower_ == "the" else 0
    # not "from 40 to 52", "176 seats to the 103 of the X": no party's (an ordinal is a modifier: "for the second-place X")
    # nor "won six seats to ensure a Labour-led coalition": an infinitive of purpose, not the seats' recipient
    infinitive = m is not None and m.group(0).endswith("to ") and k < sent.end and doc[k].tag_ == "VB"
    if m and not infinitive and not (k < sent.end and doc[k].like_num and doc[k].pos_ == "NUM"):
        p = ctx.party_right(end, sent, limit=8)
        if p is None and _DESCRIBED_THEN_NAMED.match(lower_words(doc, end, min(end + 9, sent.end)) + " "):
            p = ctx.party_right(end, sent, limit=11)  # ("went to a small opposition party, the Justice Party")
        # not "74 seats to Labor's 66": a possessive party with a number of its own is the other side of a score
        theirs = p is not None and p.end + 1 < sent.end and doc[p.end].text in POSSESSIVE and doc[p.end + 1].like_num
        # (the party's modifiers may stand between, hyphenated ones counted as one word: "18 for the second-place X")
        words_between = p is not None and sum(1 for i in range(end, p.start) if doc[i].text not in ("-", "\u2013", "\u2010")) <= 5
        # ("another six seats went to a small opposition party, the Justice Party": a description, then the name)
        words_between = words_between or p is not None and bool(_DESCRIBED_THEN_NAMED.fullmatch(lower_words(doc, end, p.start) + " "))
        # (after "of" only a name the lexicon or the NER knows: "all 20 seats of the Northern region" is a place's)
        if p is not None and words_between and not theirs and not (of_holder and p.weak):
            return p, "of-party" if of_holder else "to-party"
    if m and m.group("handed"):
        # "with the remaining 22 seats given to the two opposition forces", "shared among three smaller parties":
        # the seats went to whoever the phrase names (here no party), never to the clause's subject
        return None, "to-others"
    lo = ctx.line_start(num.qstart, sent)
    # "nearly unchanged from the 284 it held before", "the 40 they won in 2019": a relative clause whose subject
    # pronoun owns the number, which stands for the party of the sentence's subject (as "its" does)
    if num.end + 1 < sent.end and tb_lower(doc, num.end) in ("it", "they") and doc[num.end + 1].pos_ in ("VERB", "AUX") \
            and num.qstart > sent.start and tb_lower(doc, num.qstart - 1) in ("the", "those"):
        p = possessive_antecedent(ctx, sent, num.end)
        if p is not None:
            return p, "relative-pronoun"
    # "The three parties ... 14, 9 and 5, respectively", "X and Y together have 60", "X, Y and Z: 44 in all"
    for finder, how in ((the_n_parties_before, "the-n-parties"), (together_previous, "together-previous"),
                        (totalled_list, "total-of-listed")):
        p = finder(ctx, num, sent)
        if p is not None:
            return p, how
    if pronoun_object(ctx, num, sent) and not ctx.party_left(num.qstart, sent):
        p = ctx.previous_party(sent)  # "A projection gave the party 130 to 140 seats", "... gave it at least 240"
        if p is not None:
            return p, "pronoun-previous"
    # "it gained Northgate among its 19 seats", "the X kept its 30 seats": the party "its" stands for (the subject
    # named before it in the sentence, else the party of the sentence before), never a name between
    if num.qstart - 1 >= sent.start and _table(doc).lower[num.qstart - 1] in ("its", "their"):
        p = possessive_antecedent(ctx, sent, num.qstart - 1)
        if p is not None:
            return p, "its"
    # "seeing its number of deputies fall to 35 from 42", "their seat tally rose to 40": the count a party's tally
    # moved to is the party's ("its" as above)
    k = its_tally_to(ctx, num, sent)
    if k is not None:
        p = possessive_antecedent(ctx, sent, k)
        if p is not None:
            return p, "its-tally"
    # "the X's share dropped to 230 seats", "Harbour Party, 22, Civic Union, 19" (pairs after commas), "independents
    # trail the X at 71", "the Y for 22" (a gapped "for N"), "the Z, which ran for the first time, 12"
    for finder, how in ((possessor_tally_to, "possessor-tally"), (comma_pair_party, "comma-pair"),
                        (trailing_subject, "trail-subject"), (parallel_for, "parallel-for"),
                        (party_before_aside, "adjacent-aside")):
        p = finder(ctx, num, sent)
        if p is not None:
            return p, how
    tb = _table(doc)
    # "X: N", "X — N", "X (N seats)", "X N", "X's N", "X with N"
    j = num.qstart - 1
    while j >= lo and (tb.lower[j] in ctx.c["party_skip_before_number"]
                       or tb.text[j] in DASHES or j == num.qstart - 1 and doc[j].pos_ == "ADJ" and j not in ctx.party_at
                       or tb.text[j].isspace() and "\n" not in tb.text[j]):  # "Iron Guild<TAB>61": a table row
        j -= 1
    if j - 2 >= lo and tb.text[j] == ")" and tb.text[j - 2] == "(" and j - 3 in ctx.party_at:
        j -= 3  # "the Kuomintang (KMT) 52": the party's abbreviation between it and the number
    elif j - 2 >= lo and tb.text[j].startswith(")"):  # (the tokenizer may keep "):" as one token)
        # "Free Patriotic Movement (Hezbollah ally): 17 seats": a description in brackets (lower-case words in it,
        # not an abbreviation) after the row's name; the name before the brackets owns the count, never a party
        # named inside them ("Linked to March 8 alliance (Hezbollah allies): 9 seats": no party of its own, none)
        k = next((x for x in range(j - 1, max(lo, j - 8) - 1, -1) if tb.text[x] == "("), None)
        if k is not None and any(doc[x].is_alpha and doc[x].is_lower for x in range(k + 1, j)):
            if k - 1 not in ctx.party_at:
                return None, "bracket-description"
            j = k - 1
    if j >= lo and j in ctx.party_at:
        p = ctx.party_at[j]
        gap = lower_words(doc, p.end, num.qstart)
        how = "colon" if ":" in gap else "dash" if any(d in gap for d in DASHES) else "paren" if "(" in gap else "adjacent"
        return p, how
    p = ctx.owner(num)
    if p is not None and p.start < num.qstart:
        bloc = with_allies(ctx, p, num, sent) or with_unnamed_parties(ctx, p, num, sent)
        if bloc is not None:
            return bloc, "dep-subject-with-allies"
        held = with_phrase_holder(ctx, p, num, sent)
        if held is not None:
            return held, "with-holder"
        joint = coordinated_subject(ctx, p, num, sent)
        if joint is not None:
            return joint, "dep-subject-coordinated"
        nearer = ctx.party_left(num.qstart, sent)
        if nearer is not None and nearer.start > p.end and nearer.name != p.name \
                and tb.lower[nearer.end : num.qstart] in ([",", "with"], [",", "on"]) and num.end < sent.end and tb.text[num.end] == ",":
            # "the Centre Party, on 28 seats, and the Socialist Left, on 13, are divided": the aside's party, not
            # the clause's subject
            return nearer, "comma-" + tb.lower[num.qstart - 1]
        if nearer is not None and nearer.start > p.end and nearer.name != p.name and any(
            w in ctx.c["clause_breaks"] for w in tb.lower[p.end : nearer.start]
        ):
            return nearer, "left-clause"  # "X is expected to hold 15, while Y is on 35": the parse crossed the clause
        if in_member_aside(ctx, p, num, sent):
            # "the alliance, including the X and the Y, will hold 229 seats": a member, not the owner; the party the
            # aside is about when one stands before it ("the X, made up of the Y and the Z, won 40 seats")
            head = member_aside_head(ctx, p, num, sent)
            return (head, "dep-subject-aside-head") if head is not None else (None, "")
        return p, "dep-subject"
    if elliptical and noun is None:
        # "the Greens took 14", "the NDP managed to secure only 7", "the 27 it had"
        p = appositive_head(ctx, ctx.party_left(num.qstart, sent), num, sent)
        if p is not None and previous:
            return p, "previous"
        near = lower_words(doc, max(sent.start, num.qstart - 6), num.qstart)
        if p is not None and _LEAVING_WITH.search(near):
            return p, "leaving-with"  # "X lost 90 seats, leaving them with 258": what the party has left
        if p is not None and _RANKED_WITH.search(near):
            return p, "ranked-with"  # "Shas, ranked third with 9", "the Greens finished fourth with 12"
        if p is not None and _HEADED_FOR.search(near):
            return p, "headed-for"  # "the Iron Guild is on course for 40", "X was heading for 75"
        wider = lower_words(doc, max(sent.start, num.qstart - 8), num.qstart)
        if p is not None and _BRINGING_TO.search(wider) and not _rx(r"\b(?:coalition|combined|joint|alliance|bloc|together)\b").search(wider):
            # "X lost five seats, bringing them to eleven": the count the change left it with (not "Y had 32, bringing
            # their coalition total to 279": the total of the coalition, not Y's)
            return p, "bringing-to"
        if p is not None and _TOTAL_OF.search(lower_words(doc, max(sent.start, p.start - 7), p.start)):
            between = lower_words(doc, p.end, num.qstart).split()
            if between[-1:] == ["to"] and all(w in ctx.c["seat_nouns"] for w in between[:-1]):
                return p, "total-of-party-to"
        if p is None or _rx(r"^with\s*$").match(near):
            # "With 50, Fine Gael has the most seats": a count fronted before its party
            q = ctx.party_right(num.end, sent, limit=4)
            if q is not None and _rx(r"^with\s*$").match(lower_words(doc, sent.start, num.qstart)) and num.end < sent.end and doc[num.end].text == ",":
                return q, "fronted-with"
        gapped = gapped_item(ctx, p, num, sent) if p is not None else None
        if gapped is not None:
            return gapped, "gapped"
        if p is not None:
            between = [t for t in doc[p.end : num.qstart]]
            dashes = [k for k, t in enumerate(between) if t.text in DASHES]
            if len(dashes) >= 2:  # "X — 99 so far — was ahead in another 14": skip the aside
                between = between[: dashes[0]] + between[dashes[1] + 1 :]
            commas = [k for k, t in enumerate(between) if t.text == ","]
            if len(commas) >= 2 and commas[0] == 0 and between[1].lower_ in ("which", "who", "that", "whose", "a", "an", "the"):
                between = between[commas[1] + 1 :]  # "X, which went into the vote with three seats, won none": skip the aside
            verbs = {t.lower_ for t in between}
            if [t.lower_ for t in between] == [",", "with"]:
                return p, "comma-with"  # "the Y, with 40, will negotiate": an aside giving the party's count
            if [t.lower_ for t in between] == [",", "on"] and num.end < sent.end and doc[num.end].text == ",":
                return p, "comma-on"  # "the Centre Party, on 28 seats, and the Socialist Left, on 13, ..." (the same aside)
            if verbs & ctx.c["count_verbs"] and len(between) <= 8 and not any(t.lower_ in ("%", "percent", "votes") for t in between):
                return p, "verb"
            if _rx(r"^(?:it|they) (?:had|held|won)").match(lower_words(doc, num.end, num.end + 2)) or _rx(r"\bfrom (?:the|its|their)\s*$").search(lower_words(doc, num.qstart - 3, num.qstart)):
                return p, "previous"
        if doc.has_annotation("DEP"):
            p = conj_subject(doc, num.end - 1, ctx.party_at, ctx.c["count_verbs"])
            if p is not None:  # "X is projected to secure 60 seats but presently has 55"
                return p, "conj-subject"
            p = participle_subject(doc, num.end - 1, ctx.party_at, ctx.c["count_verbs"])
            if p is not None:  # "X fell short of the 41 needed, winning 39"
                return p, "participle-subject"
        if _rx(r"^(?:it|they) (?:had|held|won)").match(lower_words(doc, num.end, num.end + 2)) or (
            _rx(r"\b(?:it|they)(?: [\w']+){0,2}$").search(lower_words(doc, max(sent.start, num.qstart - 4), num.qstart))
            and (starts_with_pronoun(sent) or reported_pronoun_subject(ctx, num, sent))
        ) or starts_with_pronoun(sent) and not ctx.party_left(num.qstart, sent) and _FROM_TO_FIGURE.search(
                lower_words(doc, max(sent.start, num.qstart - 12), num.qstart)):
            # "His party has increased the number of its seats from 54 in 2018 to 73": the figures a tally moved
            # between, in a sentence about the party of the sentence before
            p = ctx.previous_party(sent)  # "The party ... when it finished with 114"
            if p is not None:
                return p, "previous-sentence"
        return None, ""
    if doc.has_annotation("DEP"):
        # "X won the vote in the British Overseas Territory, taking seven of the 11 seats", "X ended the Y's long
        # run, gaining 40 out of 72 seats": a participle clause's count is the main clause subject's, never the
        # name nearest before it
        p = participle_subject(doc, num.end - 1, ctx.party_at, ctx.c["count_verbs"])
        if p is not None:
            return p, "participle-subject"
    p = appositive_head(ctx, ctx.party_left(num.qstart, sent), num, sent)
    if p is not None and in_aside(ctx, p, num, sent):
        # "the alliance, which contested under the X banner, gained 113 seats": not the X's; "the X, with whom the Y
        # had a pact, is expected to win 10": the party the relative aside is about, right before its comma
        k = relative_aside_open(ctx, p, num, sent)
        # (the head may be an abbreviation in brackets: "the minor party (PRSC), which formed part of the X, won")
        # (or a name before its group noun: "the RPF coalition, which includes ..., will get 37 seats")
        k_head = k - 1 if k is not None and (ctx.doc[k - 1].text == ")" or ctx.doc[k - 1].text in GROUP_NOUNS) else k
        head = ctx.party_at.get(k_head - 1) if k_head is not None else None
        p = head if head is not None and head.end == k_head else None
    if p is not None and seats_subject_of_own_clause(ctx, p, num, noun):
        p = None  # "X won 120 seats after the 10 youth seats were declared": the seats are their clause's topic
    if p is not None:
        for r in ctx.parties:  # the party left of the number sits in a ", with the Y and the Z," aside of a bloc
            if sent.start <= r.start < p.start:
                bloc = with_allies(ctx, r, num, sent)
                if bloc is not None and bloc.end >= p.end:
                    return bloc, "left-with-allies"
        bloc = with_unnamed_parties(ctx, p, num, sent)
        if bloc is not None:
            return bloc, "left-with-allies"
        return p, "left"
    p = ctx.party_right(end, sent, limit=10)
    if p is not None and _rx(r"\bin(?: the| its| their)?\s*$").search(lower_words(doc, end, p.start)):
        p = None  # "won 68 of the 126 seats in the Grand Khural": the place the seats are in, never their owner
    if p is not None and not _other_clause(ctx, end, p, num, sent):
        tb = _table(doc)
        k = p.end + (1 if p.end < sent.end and tb.lower[p.end] == "and" else -10_000)
        k += 1 if 0 <= k < sent.end and tb.lower[k] == "the" else 0
        other = ctx.party_at.get(k) if k >= 0 else None
        if other is not None and other.start == k and other.name != p.name:
            # "With a combined 86 seats, X and Y will ...": the count of the two together
            return PartyRef(p.start, other.end, f"{p.name} and {other.name}", tb.span_text(p.start, other.end)), "right-combined"
        return p, "fronted-rank" if fronted_rank(ctx, num, sent) else "right"
    if _rx(r"^(?:, )?(?:[\w ]+, )?(?:the party|it|they)\b").match(lower_words(doc, end, min(end + 8, sent.end))):
        p = ctx.previous_party(sent)  # "With 94 MPs, up from 81, the party no longer needs..."
        if p is not None:
            return p, "previous-sentence"
    p = leader_pronoun_party(ctx, num, sent)
    if p is not None:
        return p, "leader-pronoun"
    p = leader_subject_party(ctx, num, sent) if noun is not None and ctx.doc[noun].lower_ in ctx.c["seat_nouns"] else None
    if p is not None:
        return p, "leader-subject"
    opening = lower_words(doc, ctx.line_start(num.qstart, sent), num.qstart)
    if _THIS_IS_GOOD_FOR.search(opening) and not ctx.party_left(num.qstart, sent):
        p = ctx.previous_party(sent)  # "X won 27.8 percent. ..., this is good for 9 of 21 seats": the result before
        if p is not None:
            return p, "this-previous"
    # ("The Emmerson Mnangagwa led party has got 155 seats": a party named by a leader the article ties to no party is
    # "the party" of the sentence before)
    if starts_with_pronoun(sent) or _rx(r"^(?:it|they|the party(?! of\b)|(?:its|his|her|their) party|the (?:[a-z][\w'-]* ){1,3}(?:led|headed) party)\b").match(opening) \
            and not _EXPLETIVE_IT.match(opening) \
            or reported_pronoun_subject(ctx, num, sent):
        p = ctx.previous_party(sent)
        if p is not None:
            return p, "previous-sentence"
    both = both_previous(ctx, sent)
    if both:  # "Both won three seats": the first of the two; the component adds the second
        return both[0], "both-previous"
    return None, ""


def in_aside(ctx: _Ctx, party: PartyRef, num: Num, sent: Span) -> bool:
    """The party stands inside a ", which / who ... ," aside that closes before the number."""
    tb = _table(ctx.doc)
    if party.end >= num.qstart:
        return False
    return relative_aside_open(ctx, party, num, sent) is not None or in_member_aside(ctx, party, num, sent)


# participles whose "by" phrase names who made or leads the thing before the aside
_BY_PARTICIPLES = frozenset(("led", "headed", "founded", "formed", "created", "established", "launched", "backed", "supported"))


# the first word of an aside that describes a party's ties to another ("also friendly to", "allied with", "close to")
_TIE_ASIDES = frozenset(("also", "allied", "friendly", "close", "loyal", "aligned", "affiliated", "linked", "itself"))


def relative_aside_open(ctx: _Ctx, party: PartyRef, num: Num, sent: Span) -> int | None:
    """The comma opening the ", which / who ... ," aside (or ", with whom / in which ... ,": a preposition before
    the relative word) that the party stands in and that closes before the number; None when there is none."""
    tb = _table(ctx.doc)
    if party.end >= num.qstart:
        return None
    n = len(tb.lower)
    # (the aside may list members at length: "the X, which includes the A (a), the B (b) and the C (c), dominates ...")
    # (a participle aside too: "A new party, led by former member of the X, Harry Quaderer, won 4 seats": the X is
    # no owner; the aside's head, when a party, is)
    opens = [k for k in range(max(sent.start, party.start - 30), party.start) if tb.text[k] == "," and k + 1 < n and (
        tb.lower[k + 1] in ("which", "who", "whose") or k + 2 < n and tb.lower[k + 2] in ("whom", "which") and ctx.doc[k + 1].pos_ == "ADP"
        or k + 2 < n and tb.lower[k + 1] in _BY_PARTICIPLES and tb.lower[k + 2] == "by"
        # "the small Y, also friendly to the X, took two seats", "the Y, allied with the X, won 3": an adjective aside
        # right after a party's name describes that party's ties
        or tb.lower[k + 1] in _TIE_ASIDES and any(r.end == k for r in ctx.parties))]
    # the aside closes between the party and the number (a comma that opens the party's own relative clause, "...
    # pushed out the Y, which has vanished: from 14 to zero", closes nothing)
    if opens and any(tb.text[k] == "," and tb.lower[k + 1] not in ("which", "who", "whose") for k in range(party.end, num.qstart)):
        return opens[-1]
    return None


def in_member_aside(ctx: _Ctx, party: PartyRef, num: Num, sent: Span) -> bool:
    """ "The ruling alliance -- including the X and the Y -- will hold 229 seats", "the bloc, including the X,
    won 88": the party is one of the members an aside lists (opened by a comma or a dash and "including", "such
    as", ...; closed by the same mark before the number), not the subject that owns the count."""
    return member_aside_open(ctx, party, num, sent) is not None


def member_aside_head(ctx: _Ctx, party: PartyRef, num: Num, sent: Span) -> PartyRef | None:
    """ "The X, made up of the Y and the Z, won 40 seats": the party the member aside is about, right before its
    opening mark; None when the aside follows no party ("the alliance, including the Y, ...")."""
    k = member_aside_open(ctx, party, num, sent)
    if k is None:
        return None
    return next((r for r in ctx.parties if r.end == k and r is not party), None)


def member_aside_open(ctx: _Ctx, party: PartyRef, num: Num, sent: Span) -> int | None:
    """The opening mark of the member aside the party stands in (see ``in_member_aside``), else None."""
    tb = _table(ctx.doc)
    openers = ctx.c.words_tuple("member_aside_openers", suffix=" ")

    def dash(j: int) -> bool:  # a dash standing alone ("alliance -- including"), not the hyphen of "far-right"
        return tb.text[j] in DASHES and (tb.text[j] != "-" or j > 0 and bool(ctx.doc[j - 1].whitespace_))

    for k in range(max(sent.start, party.start - 30), party.start):
        if tb.text[k] != "," and not dash(k):
            continue
        if not (lower_words(ctx.doc, k + 1, min(k + 4, party.start)) + " ").startswith(openers):
            continue  # (up to three words: "made up of")
        closes = (lambda j: tb.text[j] == ",") if tb.text[k] == "," else dash
        if any(closes(j) for j in range(party.end, num.qstart)):
            return k
    return None


def seats_subject_of_own_clause(ctx: _Ctx, p: PartyRef, num: Num, noun: int | None) -> bool:
    """The seats are the subject of a clause the party stands outside of: "X won 120 seats after the 40 list
    seats were declared along with the 10 youth seats", "X won 120, and the 10 youth seats were allocated on
    Monday". The clause reports what happened to a set of seats, not a party's holding, so the party to the left
    does not own them. Not "X won the 10 youth seats" (the party is the clause's subject)."""
    doc = ctx.doc
    count_verbs = ctx.c["count_verbs"]
    # a definite set of seats ("the 10 youth seats"), not the object of a count verb ("will win no seats")
    if not doc.has_annotation("DEP") or num.qstart == 0 or doc[num.qstart - 1].lower_ != "the" or (
            num.qstart >= 2 and doc[num.qstart - 2].lower_ in count_verbs):
        return False
    verb = doc[noun if noun is not None else num.end - 1]
    for _ in range(6):  # up from the seat noun to the verb of its clause ("seats" -> "declared")
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lower_ in count_verbs:
        return False  # (a verb that wins nothing: "were declared", "were allocated")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
    if not subjects or any(p.start <= s.i < p.end or s.i in ctx.party_at or s.i > verb.i for s in subjects):
        return False
    seat_subject = any(s.lower_ in ctx.c["seat_nouns"] or s.like_num for s in subjects)
    return seat_subject and p.end <= verb.left_edge.i


def _other_clause(ctx: _Ctx, end: int, p: PartyRef, num: Num, sent: Span) -> bool:
    """The party right of a count stands in another clause ("won 158 of the 338 seats, leaving the X with 119",
    "the party won 48 seats, while the opposition, X, won 39"): a comma or a clause word between them, unless
    the count was fronted ("With 83 seats out of 93, the X retained ...", "Of the 150 seats, 80 went to ...")."""
    tb = _table(ctx.doc)
    between = tb.lower[end : p.start]
    if "with" in between and p.end < sent.end and ctx.doc[p.end].tag_ == "VBG":
        return True  # "a Government with nine MPs with the GSD winning eight": an absolute clause of its own
    if not any(w in (",", ";", "while", "whereas", "but", "leaving", "ahead") for w in between):
        return False
    opening = re.split(r" [—–:] ", lower_words(ctx.doc, ctx.line_start(num.qstart, sent), num.qstart))[-1]  # after a dateline
    # (the count itself in the fronted phrase: not "With over 68 per cent, the X ... will get 37 seats while Y ...")
    fronted = _rx(r"^(?:with|of|out of|among|winning|having won|taking|securing)\b").match(opening) and " , " not in f" {opening} "
    return not fronted and not fronted_rank(ctx, num, sent)


_ORDINALS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last)"


def fronted_rank(ctx: _Ctx, num: Num, sent: Span) -> bool:
    """ "Fifth, with 6.8% and six seats, is the Green Party", "Third place, with 18 seats, went to the X": a rank
    fronted with the count ("with ..."), the party after the copula or verb is the rank's (and the count's)."""
    opening = lower_words(ctx.doc, ctx.line_start(num.qstart, sent), num.qstart)
    return bool(_rx(rf"^(?:in )?{_ORDINALS}(?: place| position)?(?: ,)? with\b").match(opening))


def with_allies(ctx: _Ctx, p: PartyRef, num: Num, sent: Span) -> PartyRef | None:
    """ "X, with the federation formed with the Y and the Z, won 80 seats", "X, together with its allies Y and Z,
    took 120": the count is the bloc's, named by its members."""
    tb = _table(ctx.doc)
    if p.end >= num.qstart or tb.text[p.end] != ",":
        return None
    lower = tb.lower
    j = p.end + 1
    if not (lower[j] in ("with", "plus") or lower[j] in ("together", "along") and lower[j + 1] == "with"):
        return None
    if lower[j + 1] in ("whom", "which"):
        return None  # "X, with whom the Y had a separate pact, is expected to win 10": a relative aside, no bloc
    start = j
    if lower[j] == "plus" and lower[j + 1] in ("its", "their") and lower[j + 2] in ("allies", "partners") and tb.text[j + 3] == ",":
        start = j + 4  # "X, plus its allies, the Y and the smaller Z, would be allotted 260 seats": the allies named after
    close = next((k for k in range(start, num.qstart) if tb.text[k] == ","), None)
    if close is None:
        return None
    allies = [r for r in ctx.parties if j < r.start and r.end <= close and r.name != p.name]
    if not allies:
        return None
    names = [p.name] + [r.name for r in allies if r.name not in (p.name,)]
    return PartyRef(p.start, close, " and ".join(dict.fromkeys(names)), tb.span_text(p.start, close))



# "X and four smaller, left-leaning parties", "X and two other parties", "X and its partners": partners not named
_AND_UNNAMED = re.compile(r"^and (?:its |their |the )?(?:[\w-]+(?: ,)? ){0,6}(?:parties|allies|partners)$")


def with_unnamed_parties(ctx: _Ctx, p: PartyRef, num: Num, sent: Span) -> PartyRef | None:
    """ "Labour and four smaller, left-leaning parties won 88 seats": the count is the bloc's, the party and
    partners the sentence does not name (never the party's alone)."""
    tb = _table(ctx.doc)
    k = p.end
    if k >= num.qstart or tb.lower[k] != "and":
        return None
    end = next((j for j in range(k + 1, min(num.qstart, k + 9)) if tb.lower[j] in ("parties", "allies", "partners")), None)
    if end is None or any(r.start > p.end and r.start <= end and any(ch.isupper() for ch in r.text) for r in ctx.parties):
        return None  # (a named partner: "X and the Y parties"; "other parties" is no name)
    if not _AND_UNNAMED.match(lower_words(ctx.doc, k, end + 1)):
        return None
    name = party_with_allies(p.name, ctx.doc._.claimx_countries or [])
    return PartyRef(p.start, end + 1, name, tb.span_text(p.start, end + 1))


def gapped_item(ctx: _Ctx, p: PartyRef, num: Num, sent: Span) -> PartyRef | None:
    """ "X won 22 seats; Y, six; Z (ZP), three", "X took 40 seats, the Y, 12": a list item whose verb is left out
    (gapping): a party (and its bracketed abbreviation), a comma, the number, the item opening a list slot
    (after a comma, a semicolon or "and") that follows a count verb earlier in the sentence (semicolons end
    sentences here: the list goes on through them). Not "In Ostria, 40 ..." (no list slot, no verb before)."""
    tb = _table(ctx.doc)
    comma = num.qstart - 1
    if comma < p.end or tb.text[comma] != ",":
        return None
    if tb.text[p.end] == ")" and p.start >= 2 and tb.text[p.start - 1] == "(" and p.start - 2 in ctx.party_at:
        p = ctx.party_at[p.start - 2]  # "the Harbour Front (HF), one": the abbreviation is the party's
    if comma - p.end == 3 and tb.text[p.end] == "(" and tb.text[comma - 1] == ")":
        pass  # "Parti Bangsa Malaysia (PBM), one": the party's abbreviation before the comma
    elif comma != p.end:
        return None
    lo = sent.start
    while lo > 0 and tb.text[lo - 1] == ";" and ctx.sent_of[lo - 1] is not None:
        lo = ctx.sents[ctx.sent_of[lo - 1]].start
    k = p.start - 1
    if k >= lo and tb.lower[k] == "the":
        k -= 1
    if k < lo or not (tb.text[k] in (",", ";") or tb.lower[k] == "and"):
        return None
    return p if any(w in ctx.c["count_verbs"] for w in tb.lower[lo:k]) else None


# words between a gapped item's subject and its number: "and the opposition bloc only about 11"
_REMNANT_HEDGES = frozenset(("only", "just", "about", "around", "roughly", "nearly", "almost", "some", "approximately",
                             "barely", "merely", "a", "mere", "another", "at", "least", "most", "up", "to"))
# heads of a gapped subject that name a group of parties: the remnant owns the count
_REMNANT_GROUP_HEADS = frozenset(("bloc", "alliance", "coalition", "camp", "front", "opposition", "parties", "grouping"))


def gapped_remnant(ctx: _Ctx, num: Num, sent: Span) -> tuple[PartyRef | None, bool]:
    """ "X will take about 40 seats and the opposition bloc only about 11", "X won 40 seats and the smaller parties
    12": in a gapped second clause the number's subject is the noun phrase right before it, not the first
    clause's subject. Returns (the group as a party, True) when that noun phrase names a group of parties
    ("the opposition bloc", "the nine-party alliance", "smaller parties"), (None, True) when it is some other
    noun phrase that is no party mention (the count is not the first subject's either), (None, False) when
    the number has no such remnant before it ("X won 40 seats and 12 in the Senate")."""
    doc, tb = ctx.doc, _table(ctx.doc)
    k = num.qstart - 1
    while k > sent.start and tb.lower[k] in _REMNANT_HEDGES:
        k -= 1
    end = k + 1
    words = 0
    while k > sent.start and words < 6 and k not in ctx.party_at and (
            doc[k].is_alpha and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ", "NUM", "PROPN", "VERB")
            or tb.text[k] in DASHES or doc[k].like_num and k + 1 < end and tb.text[k + 1] in DASHES):
        k -= 1
        words += 1
    if words == 0 or k in ctx.party_at or doc[end - 1].pos_ not in ("NOUN", "PROPN"):
        return None, False
    start = k + 1
    if tb.lower[k] in ("the", "its", "their", "his", "her"):
        k -= 1
    if k <= sent.start or not (tb.lower[k] in ("and", "while", "whereas", "but") or tb.text[k] in (",", ";")):
        return None, False
    if not any(tb.lower[j] in ctx.c["count_verbs"] for j in range(sent.start, k)):
        return None, False  # no verb of winning before: not a gapped clause ("Of the seats, the opposition bloc 11")
    if tb.lower[end - 1] in _REMNANT_GROUP_HEADS:
        text = tb.span_text(start, end)
        name = " ".join(w for w in text.lower().split() if not any(ch.isdigit() for ch in w))
        return PartyRef(start, end, name, text, collective=True), True
    return None, True


def both_previous(ctx: _Ctx, sent: Span) -> list[PartyRef]:
    """ "All parties lost seats except the X and the Y. Both gained three seats.": a sentence whose subject is
    "Both" ("Both parties", "The two parties", "Each party", "Each of them") names the last two parties of the sentence before it, in the same
    paragraph; [] otherwise (not "Both men ...", "Both leaders ...": a noun of their own)."""
    doc = ctx.doc
    k = ctx.sent_of[sent.start]
    words = [t for t in sent[:4] if not (t.is_punct or t.is_space)]
    if k is None or k == 0 or len(words) < 2:
        return []
    lows = [t.lower_ for t in words]
    if lows[0] == "both" and words[1].pos_ in ("VERB", "AUX"):
        pass
    elif lows[:2] in (["both", "parties"], ["both", "sides"]) or lows[:3] in (["the", "two", "parties"], ["both", "of", "them"]):
        pass
    elif lows[:2] in (["each", "party"], ["each", "side"]) or lows[:3] == ["each", "of", "them"]:
        pass  # "The X and the Y tied. Each party got 11 of the 31 seats": each of the two named before
    elif lows[:2] == ["the", "two"] and len(words) > 2 and words[2].pos_ in ("VERB", "AUX"):
        pass  # "The two are expected to win 40 and 35 seats, respectively"
    else:
        return []
    prev = ctx.sents[k - 1]
    if "\n" in doc_text(doc)[prev.start_char : sent.start_char]:
        return []  # another line (a line break ends the sentence before it and is part of its span)
    names: dict[str, PartyRef] = {}
    for p in ctx.parties:
        if prev.start <= p.start and p.end <= prev.end:
            names.pop(p.name, None)
            names[p.name] = p
    found = list(names.values())[-2:]
    return found if len(found) == 2 else []


def as_do_parties(ctx: _Ctx, num: Num, sent: Span) -> list[PartyRef]:
    """ "ChristenUnie-like X gets 3, as do the Y and the Z", "the X won 4 seats, as did the Y": the comparative
    ellipsis "as do/does/did" after a count repeats the count for each party it names (joined by "and" or commas)."""
    tb = _table(ctx.doc)
    k = num.end
    if k < sent.end and tb.lower[k] in ctx.c["seat_nouns"]:
        k += 1
    # "13 seats in parliament, as does the Y": a short place phrase of the count comes before the comma
    if k < sent.end and tb.lower[k] in ("in", "at"):
        k = next((j for j in range(k + 1, min(k + 5, sent.end - 1)) if tb.text[j] == ","
                  or tb.lower[j] == "as" and tb.lower[j + 1] in ("do", "does", "did")), k)
    if k < sent.end and tb.text[k] == ",":
        k += 1
    if not (k + 2 < sent.end and tb.lower[k] == "as" and tb.lower[k + 1] in ("do", "does", "did")):
        return []
    out: list[PartyRef] = []
    at = k + 2
    for p in sorted((r for r in ctx.parties if at <= r.start < sent.end), key=lambda r: r.start):
        if any(w not in ("and", ",", "the") for w in tb.lower[at : p.start]):
            break
        out.append(p)
        at = p.end
    return out


def second_chamber_count(ctx: _Ctx, num: Num, counts: list[dict[str, Any]], num_char: dict[int, int]) -> dict[str, Any] | None:
    """ "the X with 118 deputies and 66 senators", "X elects 45 deputies and 18 senators", "won 46 deputies, as well as
    2 senators": a count of an upper chamber's members joined by "and" (or "as well as") to the party's count in the other chamber just before it is the same
    party's, in that upper chamber (the chamber its member noun names: ``second_chamber_members``)."""
    tb = _table(ctx.doc)
    sent = ctx.sents[ctx.sent_of[num.start]]
    chambers = ctx.c.raw.get("second_chamber_members", {})
    noun = tb.lower[num.end] if num.end < sent.end else ""
    # the joiner: "and", "as well as" ("won 46 deputies as well as 2 senators"), either after a comma
    j = num.qstart - 1 if tb.lower[num.qstart - 1] == "and" else num.qstart - 3 if tb.lower[num.qstart - 3 : num.qstart] == ["as", "well", "as"] else None
    if j is not None and tb.text[j - 1] == ",":
        j -= 1
    if noun not in chambers or j is None or j - 2 < sent.start:
        return None
    if tb.lower[j - 1] not in ctx.c["seat_nouns"] or tb.lower[j - 1] == noun:
        return None
    first = ctx.num_ending_at(j - 1)
    if first is None or not counts or num_char.get(id(counts[-1])) != ctx.doc[first.start].idx:
        return None
    last = counts[-1]
    party = PartyRef(num.qstart, num.qstart, last["party"], last.get("party_text") or last["party"])
    return count_draft(ctx, num, party, num.qstart, num.end + 1, "count-second-chamber", last.get("status") or "result",
                       chambers[noun], 0.75)


# the clause before a count whose subject is "he" / "she" (opening the line or after a fronted adverbial's comma),
# with at most five words of verb phrase: "Based on provisional results, she will win 118 seats"
# "she will win 118", "after results showed his party had won 36 seats"
_PERSON_PRONOUN_SUBJECT = re.compile(r"(?:(?:^|, |[.!?] )(?:she|he)|\b(?:his|her) party)(?: [\w'’]+){0,5}$")


def leader_pronoun_party(ctx: _Ctx, num: Num, sent: Span) -> PartyRef | None:
    """ "Iron Guild leader Ana Voss claimed victory. Based on provisional results, she will win 118 seats": the
    count of a "he" / "she" subject (or of "his party" / "her party") is the party of the nearest leader named
    before it (``leaders``: "X leader Y", "Y's X", "X, led by Y"), in this sentence or the two before; no other
    capitalised person word between."""
    if not ctx.leader_of:
        return None
    doc = ctx.doc
    lo = ctx.line_start(num.qstart, sent)
    if not _PERSON_PRONOUN_SUBJECT.search(lower_words(doc, lo, num.qstart)):
        return None
    k = ctx.sent_of[sent.start]
    first = ctx.sents[max(0, k - 2)].start
    tb = _table(doc)
    for i in range(num.qstart - 1, first - 1, -1):
        w = tb.lower[i].rstrip(".")
        if w in ctx.leader_of:
            name = ctx.leader_of[w]
            return PartyRef(num.qstart, num.qstart, name, name)
        if doc[i].ent_type_ == "PERSON" and doc[i].is_title:
            return None  # another person named nearer: the pronoun may be theirs
    return None



# the clause before a count opening with a person's name (a first name may stand before the surname), with at most
# five words of verb phrase: "Voss won an estimated 126 seats", "Anna Voss will have 40 seats"
_NAMED_SUBJECT = re.compile(r"(?:^|, |[.!?] )([\w'’.-]+)((?: [\w'’]+){0,6})$")


def leader_subject_party(ctx: _Ctx, num: Num, sent: Span) -> PartyRef | None:
    """ "The Iron Guild, led by Ana Voss, won the vote. Voss won an estimated 126 seats": a count whose subject is a
    leader the article names (``leaders``) is the leader's party; not when the verb phrase names a party of its
    own ("Voss said the X won 40")."""
    if not ctx.leader_of:
        return None
    doc = ctx.doc
    lo = ctx.line_start(num.qstart, sent)
    m = _NAMED_SUBJECT.search(lower_words(doc, lo, num.qstart))
    if m is None:
        return None
    words = [m.group(1)] + m.group(2).split()
    if not any(w in ctx.c["count_verbs"] for w in words):
        return None  # (a verb that counts: not "Voss will need to woo at least one of the three leaders")
    # the surname first, or after a first name
    key = next((w.rstrip(".") for w in words[:2] if w.rstrip(".") in ctx.leader_of), None)
    if key is None or len(words) - words.index(key) - 1 > 5:
        return None
    if any(j in ctx.party_at for j in range(max(lo, num.qstart - len(words)), num.qstart)):
        return None
    name = ctx.leader_of[key]
    return PartyRef(num.qstart, num.qstart, name, name)


_TALLY_NOUNS = TALLY_NOUNS
_RAISE_VERBS = RAISE_VERBS


def its_tally_to(ctx: _Ctx, num: Num, sent: Span) -> int | None:
    """The index of "its" / "their" in "its number of deputies fall to N", "their seat tally rose to N", "has seen
    its 21 seats in the 100-member chamber reduced to N", "its current 16 mandates cut to N" before the number (a
    tally noun, or a count of seats, after the possessive; a verb of moving; then "to" right before the number);
    else None."""
    tb = _table(ctx.doc)
    k = raised_possessive(ctx.doc, num, sent, ctx.c["seat_nouns"])
    if k is not None and any(ctx.doc[j].like_num for j in range(k + 1, num.qstart - 1)):
        return k  # "raised its 11 seats before the election to 54": the party's own earlier count moved to N
    to = num.qstart - 1  # ("raising its strength to a total 283", "to a total of 283": the "to" before the total)
    if to - 3 >= sent.start and tb.lower[to] == "of" and tb.lower[to - 2 : to] in (["a", "total"], ["a", "tally"]):
        to -= 3
    elif to - 2 >= sent.start and tb.lower[to - 1 : to + 1] in (["a", "total"], ["a", "tally"]):
        to -= 2
    if to - 1 >= sent.start and tb.lower[to] == "to" and tb.lower[to - 1] in _TALLY_NOUNS:
        # "whose party boosted its seat count to 122", "raised their tally to 14", "raising its post-election
        # strength to a total 283": a verb that moves the tally it takes as its object
        k = next((k for k in range(to - 2, max(sent.start, to - 6) - 1, -1) if tb.lower[k] in ("its", "their")), None)
        if k is not None and k - 1 >= sent.start and tb.lower[k - 1] in _RAISE_VERBS:
            return k
    if num.qstart - 2 < sent.start or tb.lower[num.qstart - 1] != "to" or tb.lower[num.qstart - 2] not in MOVE_TO:
        return None
    for k in range(num.qstart - 3, max(sent.start, num.qstart - 12) - 1, -1):
        between = tb.lower[k + 1 : num.qstart - 2]
        if tb.lower[k] in ("its", "their") and (
                any(w in _TALLY_NOUNS for w in between)
                or any(ctx.doc[j].like_num and j + 1 < num.qstart and tb.lower[j + 1] in ctx.c["seat_nouns"] for j in range(k + 1, k + 3))):
            return k
    return None


def possessor_tally_to(ctx: _Ctx, num: Num, sent: Span) -> PartyRef | None:
    """ "The X's share dropped to 230 seats from 249", "the X's tally rose to 40": the figure a party's own tally
    (its possessor written out) moved to is that party's; the number must be a seat count (its seat noun after it)."""
    tb = _table(ctx.doc)
    j = num.qstart - 1
    if j - 2 < sent.start or tb.lower[j] != "to" or tb.lower[j - 1] not in MOVE_TO:
        return None
    k = j - 2
    while k > sent.start and tb.lower[k] in ("has", "had", "have", "was", "were", "been", "is"):
        k -= 1
    if tb.lower[k] not in _TALLY_NOUNS:
        return None
    # the number is a seat count: its seat noun after it, or a tally of seats ("seat tally", "representation")
    if not (num.end < sent.end and tb.lower[num.end] in ctx.c["seat_nouns"]
            or tb.lower[k] == "representation" or tb.lower[k - 1] == "seat"):
        return None
    while k - 1 > sent.start and ctx.doc[k - 1].pos_ == "ADJ":
        k -= 1  # ("the X's overall seat share")
    if tb.lower[k - 1] in ("seat",):
        k -= 1
    if tb.text[k - 1] not in POSSESSIVE or k - 2 not in ctx.party_at:
        return None
    return ctx.party_at[k - 2]


def possessive_antecedent(ctx: _Ctx, sent: Span, k: int) -> PartyRef | None:
    """The party the possessive "its" / "their" at token ``k`` stands for: the last subject named before it in the
    sentence, else the last party named before it, else the party of the sentence before (never a name after it).
    In a relative clause ("four more than Vox, which retains its 11 seats") it is the party the clause is about."""
    left = [r for r in ctx.parties if sent.start <= r.start and r.end <= k and not r.weak]
    verb = ctx.doc[k].head.head
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head  # "X, which lost half a percent and kept their 29 seats": the relative clause's first verb
    if verb.dep_ in ("relcl", "acl:relcl") and verb.head.i < k and any(
            c.dep_.startswith("nsubj") and c.lower_ in ("which", "that", "who") for c in verb.children):
        about = [r for r in left if r.start <= verb.head.i < r.end]
        if about:
            return about[-1]
    subj = [r for r in left if ctx._is_subject(r)]
    if not left and any(t.dep_ in ("nsubj", "nsubj:pass") and t.tag_ == "NNS" and t.i < k for t in ctx.doc[sent.start : k]):
        return None  # "The nobles have elected their nine MPs": the plural subject the sentence names, no party
    return subj[-1] if subj else (left[-1] if left else ctx.previous_party(sent))
