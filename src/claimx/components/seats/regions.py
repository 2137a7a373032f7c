"""Stage 5, regional counts: a count tied to a place inside the country.

"took all 14 seats in Eastmarch", "12 of the 20 seats in the province of Dunmoor": a count followed by "in"
and a sub-national place (a GPE that is not the article's country, i.e. not the place the article names
most, or a place after state / province / region) is that region's figure, not the party's national result.
The gold convention keeps such counts as results; the extractor gives them the place as their body so the
checks never compare them with the national figures. "won 40 seats in the election", "in parliament",
"in Congress" name no place and keep the national body. "swept Eastmarch's 12 seats": the place as a
possessive before the number.
"""

from __future__ import annotations

from collections import Counter

_REGION_WORDS = {"state", "province", "region", "county", "district", "territory", "prefecture", "canton", "atoll", "island",
                 "islands", "municipality", "department", "governorate", "oblast"}


def country_of(doc) -> str | None:
    """The GPE the article names most: its country (or the region when the article is about one)."""
    counts = Counter(e.text for e in doc.ents if e.label_ in ("GPE", "LOC"))
    return counts.most_common(1)[0][0] if counts else None


def regional_place(doc, i: int, end: int, country: str | None) -> str | None:
    """The place when tokens from ``i`` (right after the seat noun, before ``end``) read "in <place>" (or "on the
    island of <place>": "has won 15 seats on the island of Savai'i")."""
    if i >= end or doc[i].lower_ not in ("in", "on"):
        return None
    j = i + 1
    if j < end and doc[j].lower_ == "the":
        j += 1
    if doc[i].lower_ == "on":
        if not (j + 1 < end and doc[j].lower_ in ("island", "islands") and doc[j + 1].lower_ == "of"):
            return None  # "on Sunday", "on the list": "on" names a place only as an island's
        return _span_text(doc, j + 2, end) or _title_run_apostrophe(doc, j + 2, end) or None
    # "in the state of X", "in X state"
    if j + 1 < end and doc[j].lower_ in _REGION_WORDS and doc[j + 1].lower_ == "of":
        j += 2
        return _span_text(doc, j, end) or _title_run(doc, j, end) or None
    if j >= end:
        return None
    tok = doc[j]
    if tok.ent_type_ in ("GPE", "LOC"):
        name = _span_text(doc, j, end)
        if name and name != country:
            return name
    return None


def _span_text(doc, j: int, end: int) -> str:
    if j >= end or not doc[j].ent_type_:
        return ""
    k = j
    while k + 1 < end and doc[k + 1].ent_iob_ == "I":
        k += 1
    return doc[j : k + 1].text


_APOSTROPHES = ("'", "\u2019", "\u02bb")


def _title_run_apostrophe(doc, j: int, end: int) -> str:
    """A capitalised island name, its glued apostrophes and glottal marks kept ("Savai’i")."""
    k = j
    while k < end:
        t = doc[k]
        glued = k > j and not doc[k - 1].whitespace_
        word = all(ch.isalpha() or ch in _APOSTROPHES for ch in t.text) and t.text[:1].isalpha()
        if word and t.text[:1].isupper() or glued and (t.text in _APOSTROPHES or doc[k - 1].text in _APOSTROPHES and word):
            k += 1
            continue
        break
    return doc[j:k].text if k > j else ""


def _title_run(doc, j: int, end: int) -> str:
    """A capitalised name the tagger did not mark ("the province of Dunmoor")."""
    k = j
    while k < end and doc[k].is_title and doc[k].is_alpha:
        k += 1
    return doc[j:k].text if k > j else ""


def fronted_place(doc, sent_start: int, num_start: int, country: str | None) -> str | None:
    """The place of a sentence that opens with it, "In Addu atoll, out of the 6 parliamentary seats, DRP secured 2":
    "In" (+ "the"), a place the tagger marks (not the article's country) or a capitalised name before a region word,
    then a comma, all before the number; its counts are the place's."""
    j = sent_start
    if j >= num_start or doc[j].lower_ != "in":
        return None
    j += 1 + (1 if j + 1 < num_start and doc[j + 1].lower_ == "the" else 0)
    k = j
    while k < num_start and doc[k].is_title and doc[k].is_alpha:
        k += 1
    if k == j:
        return None
    region_word = k < num_start and doc[k].lower_ in _REGION_WORDS
    end = k + 1 if region_word else k
    if end >= num_start or doc[end].text != ",":
        return None
    name = doc[j:end].text
    if not region_word and not all(t.ent_type_ in ("GPE", "LOC") for t in doc[j:k]):
        return None
    return name if doc[j:k].text != country else None


def regional_possessive(doc, start: int, lo: int, country: str | None) -> str | None:
    """The place when the words before the number (from ``start`` back to ``lo``) read "<place>'s [all] N":
    "swept Eastmarch's 12 seats"."""
    i = start - 1
    while i >= lo and doc[i].lower_ in ("all", "the", "of"):
        i -= 1
    if i - 1 < lo or doc[i].text not in ("'s", "’s"):
        return None
    tok = doc[i - 1]
    if tok.ent_type_ not in ("GPE", "LOC"):
        return None
    k = i - 1
    while k - 1 >= lo and doc[k].ent_iob_ == "I":
        k -= 1
    name = doc[k:i].text
    return name if name != country else None


# "Here is a breakdown of the seats by province:", "Results by region": a line announcing counts by place
_BY_PLACE = {"province", "provinces", "region", "regions", "state", "states", "county", "counties", "district", "districts",
             "constituency", "constituencies", "governorate", "governorates", "territory", "territories", "department", "departments"}


def table_regions(doc) -> dict[int, str]:
    """{line start offset: place} for the rows of a table of counts by place: after a line that announces counts
    "by province" (region, state, ...), each short line of capitalised words with no figure ("Midlands", "Harare
    Province") heads the rows below it ("Zanu PF – 22"), which are that place's counts, up to the next heading."""
    text = doc.text
    lines, pos = [], 0
    for ln in text.split("\n"):
        lines.append((pos, ln.strip()))
        pos += len(ln) + 1
    out: dict[int, str] = {}
    place = None
    announced = False
    for start, ln in lines:
        if not ln:
            continue
        words = ln.rstrip(":").split()
        low = [w.lower().strip(":.,") for w in words]
        if any(low[k] == "by" and k + 1 < len(low) and low[k + 1] in _BY_PLACE for k in range(len(low))):
            announced, place = True, None
            continue
        if not announced:
            continue
        if 1 <= len(words) <= 4 and not any(ch.isdigit() for ch in ln) and all(w[:1].isupper() for w in words) \
                and not ln.endswith((".", "?", "!")):
            place = ln.rstrip(":")
            continue
        if place is not None and any(ch.isdigit() for ch in ln) and len(words) <= 8:
            out[start] = place  # a row of the place's table
        elif len(words) > 8:
            place, announced = None, False  # prose again: the table has ended
    return out
