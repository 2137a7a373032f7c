"""Stage 3 (owners), the article's party mentions: every span a seat figure can belong to.

Read once per doc, before any number: the NER's and the lexicon's parties, pseudo-parties ("independents"),
capitalised names found by shape (``data/seats/party_shapes.jsonl``), full names built from capitalised runs
with their defined abbreviations and short forms (the article's registry, ``_registry``), head references ("the
Front" for the article's only "National Front"), names made parties by their construction ("Harvest won 28
seats"), leaders' parties ("Voss's party", "the Voss-led alliance") and named combinations ("X and its allies",
"the X and the Y together", "the coalition of X and Y", "the X-Y alliance"); minus names that are never
parties (``mention_filter``), places ("voters in Marevia") and the article's people (``_person_words``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import numpy
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ...lexicon import load_lexicon
from ...parties import PARTY_HEADS, PSEUDO_WORDS, canonical_party, lookup_party, members_of_named_bloc, party_with_allies
from . import owners
from .context import DASHES, Cues, PartyRef, _label_ids, _rx, _table, lower_words, short_name
from .mention_filter import not_a_party


def _counted_together(after: str) -> bool:
    """The words after "X and Y" count the two together: "X and Y, which between them have 21 seats", "X and Y
    jointly hold 40", "X and Y won a combined 21 seats", "finished with a combined tally of 98" (not a sentence that
    goes on to other things first: "X and Y won 40 and 12 seats")."""
    return bool(_rx(r"^(?:, (?:which|who) )?(?:between them|jointly)\b"
                    r"|^(?:\w+ ){0,3}(?:a|their) combined (?:total |tally |\d|[a-z]+(?:-[a-z]+)? seats)").match(after))


# offices a person holds beside leading a party ("Premier and PC Party Leader X")
_OFFICE_WORDS = frozenset(("premier", "president", "chancellor", "governor", "mayor", "minister", "senator", "speaker"))
# the nouns a lower-case "independent" / "unaffiliated" may describe and still be the independents' bloc
_INDEPENDENT_HEADS = frozenset(("candidate", "candidates", "member", "members", "mp", "mps", "deputy", "deputies",
                                "lawmaker", "lawmakers", "legislator", "legislators", "senator", "senators",
                                "councillor", "councillors", "councilor", "councilors", "nominee", "nominees"))


def _describes_other_noun(doc: Doc, cues: Cues, s: int, e: int) -> bool:
    """A lower-case "independent" that is an adjective of some other noun is no pseudo-party: "lists allocated to
    parties and independent groups", "an independent commission", "independent observers" (but "independent
    candidates won 6 seats", "two independent MPs", "independents" and "Independent" stay)."""
    if e - s != 1 or e >= len(doc) or not doc[s].is_lower or doc[s].lower_ not in ("independent", "unaffiliated", "non-partisan", "nonpartisan"):
        return False
    nxt = doc[e]
    if not nxt.is_alpha or nxt.pos_ not in ("NOUN", "PROPN"):
        return False
    return nxt.lower_ not in _INDEPENDENT_HEADS and nxt.lower_ not in cues["seat_nouns"]


# lower-case prefixes joined by a hyphen to a capitalised word that describes a party ("pro-Russian",
# "ultra-Orthodox", "far-Right"): the described word is no part of the party's name
def _through_head_word(doc: Doc, refs: list[PartyRef], countries: list[str]) -> None:
    """ "Seree Ruam Thai Party: 1": a name found by its shape that stops before a capitalised word (a nationality the
    tagger set apart) and a party's head word goes on through them: the head word ends the name."""
    starts = {r.start for r in refs}
    tb = _table(doc)
    for k, r in enumerate(refs):
        e = r.end
        if not r.weak or e + 1 >= len(doc) or e in starts or e + 1 in starts:
            continue
        if doc[e].text[:1].isupper() and doc[e].is_alpha and doc[e + 1].text in PARTY_HEADS and doc[e].text not in PARTY_HEADS \
                and tb.ends[e - 1] < tb.starts[e] and "\n" not in doc[e - 1].whitespace_:
            text = tb.span_text(r.start, e + 2)
            entry = lookup_party(text, countries)
            refs[k] = PartyRef(r.start, e + 2, entry.name if entry is not None else canonical_party(text, countries), text, weak=r.weak)


def _without_people_of(doc: Doc, r: PartyRef, cues: Cues, countries: list[str]) -> PartyRef:
    """ "Candidates of the Ubuntu Congress won 70 seats", "Members of the X": the people of a party that a name run
    opens with are no part of its name (a party named "Party of the Regions" keeps its name)."""
    if r.end - r.start < 4 or doc[r.start + 1].lower_ != "of" or not (
            doc[r.start].lower_ in _PEOPLE_OF or doc[r.start].lower_ in cues["seat_nouns"]):
        return r
    s = r.start + 2 + (1 if doc[r.start + 2].lower_ == "the" else 0)
    if s >= r.end:
        return r
    text = _table(doc).span_text(s, r.end)
    entry = lookup_party(text, countries)
    return PartyRef(s, r.end, entry.name if entry is not None else canonical_party(text, countries), text, weak=r.weak)


# the people of a party who may open an entity the tagger ran into its name ("Candidates of the X")
_PEOPLE_OF = frozenset(("candidates", "members", "supporters", "activists", "leaders", "representatives", "nominees"))
_STANCE_PREFIXES = frozenset(("pro", "anti", "ultra", "far", "hard", "extreme"))


def party_mentions(doc: Doc, cues: Cues, pseudo: PhraseMatcher, found: dict[str, list[tuple[int, int, int]]]) -> list[PartyRef]:
    refs: list[PartyRef] = []
    countries = doc._.claimx_countries or []
    tb = _table(doc)
    for ent in tb.ents:
        name = tb.party(ent)
        if name:
            s = ent.start
            if ent[0].lower_ in cues["seat_nouns"] or ent[0].is_lower:
                # NER run-ons: "MPs and the Coast Party" -> "Coast Party"
                cut = [t.i for t in ent if t.lower_ in ("and", "the", "while", "with")]
                s = cut[-1] + 1 if cut and cut[-1] + 1 < ent.end else s
            elif ent[0].lower_ in cues["party_descriptors"] and len(ent) >= 3:
                s = ent.start + 1  # "Caretaker Samoa United Party": the party's role, then its name
            elif len(ent) >= 3 and ent.start >= 2 and tb.text[ent.start - 1] in ("-", "\u2010", "\u2011") \
                    and tb.lower[ent.start - 2] in _STANCE_PREFIXES:
                # "the pro-Russian Patriotic Bloc", "the ultra-Orthodox Shas Party": the stance or description ends
                # at the name's first word
                s = ent.start + 1
            elif len(ent) >= 5 and ent[0].lower_ in _STANCE_PREFIXES and ent[1].text in ("-", "\u2010", "\u2011"):
                s = ent.start + 3  # (the same stance inside the entity)
            if s != ent.start:
                refs.append(PartyRef(s, ent.end, canonical_party(tb.span_text(s, ent.end), countries), tb.span_text(s, ent.end)))
            else:
                refs.append(PartyRef(ent.start, ent.end, name, tb.span_text(ent.start, ent.end)))
    taken = {i for r in refs for i in range(r.start, r.end)}
    for _, s, e in pseudo(doc):
        if not taken.isdisjoint(range(s, e)):
            continue
        text = tb.span_text(s, e)
        if _describes_other_noun(doc, cues, s, e):
            continue
        if text.lower() in cues["camp_nouns"]:
            if text.islower():  # "78 conservatives": the camp as written ("Conservatives" is left to the lexicon)
                refs.append(PartyRef(s, e, text.capitalize(), text))
            continue
        refs.append(PartyRef(s, e, PSEUDO_WORDS.get(text.lower().split()[0], canonical_party(text, countries)), text))
    taken = {i for r in refs for i in range(r.start, r.end)}
    people = _person_words(doc, cues)
    refs.extend(_weak_parties(doc, cues, taken, found["weak"], people))
    refs = _registry(doc, cues, refs, countries, found["runs"], people)
    refs.extend(_head_references(doc, cues, refs))
    refs.extend(_appositive_descriptions(doc, cues, refs))
    quoted: set[str] = set()  # names defined in quotation marks after a party noun ('the party "Dawn"')
    refs.extend(_named_by_party_noun(doc, cues, refs, people, countries, quoted))
    # stage 3 (owners): names made parties by the construction around them ("Harvest won 28 seats")
    taken = {i for r in refs for i in range(r.start, r.end)}
    for s, e, how in owners.shaped_party_names(doc, taken, people, cues["count_verbs"], cues["seat_nouns"], tb.lower):
        if how == "row-colon":  # the row's whole name replaces the shorter names found inside it
            refs = [r for r in refs if not (s <= r.start and r.end <= e)]
        text = tb.span_text(s, e)
        entry = lookup_party(text, countries)
        refs.append(PartyRef(s, e, entry.name if entry is not None else canonical_party(text, countries), text, weak=True))
    refs = [_leader_of_party(doc, r, people, countries) for r in refs]
    refs = [_without_people_of(doc, r, cues, countries) for r in refs]
    _through_head_word(doc, refs, countries)
    refs = _drop_places(doc, refs)
    refs = _drop_institution_abbreviations(doc, refs)
    refs = _joined_abbreviations(doc, refs, countries)
    _trailing_adjective_of(doc, refs, countries)
    # stage 3 (owners): "Ana Voss's Iron Guild" is the Iron Guild; "Voss's party", "the Voss-led alliance" name it
    # (a surname the article gives elsewhere as a full PERSON name counts: "Anna Berg ... Berg's Civic Union")
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2}
    swallowed: set[int] = set()  # weak mentions that were a person's first names
    for r, s in owners.possessive_person_trims(doc, refs, people | surnames, cues["person_cues_before"],
                                               frozenset(cues["group_possessors"]) | _lower_place_names()):
        text = tb.span_text(s, r.end)
        if text.lower() in _BARE_PARTY_NOUNS:
            # "Moqtada al-Sadr's party": a party named only by its leader keeps the leader (the person's whole
            # name) in its name
            titled = {i for a, b in tb.titles for i in range(a, b)}
            start = r.start
            while start > 0 and start - 1 not in titled and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and not doc[start - 1].is_sent_start and not any(q.start <= start - 1 < q.end and not q.weak for q in refs if q is not r):
                start -= 1  # (the person's first names before the ref's start: "Moqtada" of "Moqtada al-Sadr")
            swallowed.update(id(q) for q in refs if q is not r and start <= q.start and q.end <= r.start)
            r.name = tb.span_text(start, r.end).replace("\u2019", "'")
            continue
        entry = lookup_party(text, countries)
        r.start, r.text, r.name = s, text, entry.name if entry is not None else canonical_party(text, countries)
    refs = [r for r in refs if id(r) not in swallowed]
    refs.extend(_bare_heads(doc, refs, people))
    _place_prefixed_names(refs)
    _regional_names(doc, refs)
    _fuller_article_names(refs)
    _names_without_head(refs)
    refs.extend(_family_plurals(doc, refs, cues.raw.get("family_plurals", {})))
    leader_of = owners.leaders(doc, refs)
    if leader_of:
        taken = {i for r in refs for i in range(r.start, r.end)}
        refs.extend(owners.leader_mentions(doc, leader_of, taken, lambda s, e, name, text: PartyRef(s, e, name, text), tb.lower))
    _owned_by_unknown_leader(doc, refs, leader_of)
    refs.extend(_person_groups(doc, refs))
    refs.extend(_former_and_latter(doc, refs))
    refs.sort(key=lambda r: r.start)
    # combinations: "NDP-Green alliance", "Liberal / National Party Coalition" (when not in the lexicon)
    merged: list[PartyRef] = []
    i = 0
    while i < len(refs):
        r = refs[i]
        gap = _named_partner_gap(tb.lower, r.end)
        if i + 1 < len(refs) and gap and refs[i + 1].start == r.end + gap:
            # "the ruling SP and its ally Congress punctured with just 55 seats", "the DP and its satellite Platform
            # Party are forecast to secure 180": the two together, named as written
            n = refs[i + 1]
            text = f"{short_name(r.text)} and {short_name(n.text)}"
            merged.append(PartyRef(r.start, n.end, text, tb.span_text(r.start, n.end)))
            i += 2
            continue
        if tb.lower[r.end : r.end + 1] == ["and"] and (tb.lower[r.end + 1 : r.end + 2] == ["allies"] or (
                tb.lower[r.end + 1 : r.end + 2] in (["its"], ["their"]) and tb.lower[r.end + 2 : r.end + 3] and tb.lower[r.end + 2] in _PARTNER_NOUNS)):
            # "Morena and its allies secured 364 seats", "the X and its affiliate won 103": the party with its
            # partners (named with the partner noun as written, "allies" for allies and partners)
            k = r.end + (2 if tb.lower[r.end + 1] == "allies" else 3)
            noun = tb.lower[k - 1]
            name = party_with_allies(r.name, countries) if noun in ("allies", "partners") else f"{r.name} and {noun}"
            merged.append(PartyRef(r.start, k, name, tb.span_text(r.start, k)))
            i += 1
            continue
        bloc = _bloc_of(doc, tb, r, countries)
        if bloc is not None:
            # "an alliance led by the X", "the X-led coalition", "X, along with its allies,": the party's bloc
            merged.append(bloc)
            i += 1
            continue
        if i + 1 < len(refs):
            n, skip = refs[i + 1], 0
            if n.start == r.end + 1 and tb.text[r.end] == "(" and n.end < len(doc) and tb.text[n.end] == ")" and i + 2 < len(refs):
                n, skip = refs[i + 2], 1  # "the coalition of the X (XP) and the Y": the X's abbreviation in between
            between = _BRACKETED.sub("", tb.span_text(r.end, n.start).strip()).strip()
            after = tb.lower[n.end] if n.end < len(doc) else ""
            if between.lower() in ("and", "and the", "&") and (
                after in ("together", "combined") or _counted_together(lower_words(doc, n.end, min(n.end + 8, len(doc))))
                or _rx(r"\b(?:deal|pact|coalition|alliance|agreement|partnership|merger|union|bloc) between(?: the)?$").search(lower_words(doc, r.start - 3, r.start))
            ):
                # "the X and the Y together would have 99", "a deal between X and Y": the combination, named as written
                # (a combination noun before "between": not "the standoff between X and Y", two parties)
                text = f"{short_name(r.text)} and {short_name(n.text)}"
                merged.append(PartyRef(r.start, n.end + (1 if after in ("together", "combined") else 0), text, tb.span_text(r.start, n.end)))
                i += 2 + skip
                continue
            head = r.start - (2 if r.start >= 2 and tb.lower[r.start - 1] == "the" else 1)
            if between.lower() in ("and", "and the", "&") and head >= 1 and tb.lower[head] == "of" and \
                    tb.lower[head - 1] in ("coalition", "alliance", "bloc", "pact", "partnership", "union", "front", "grouping"):
                # "the ruling coalition of the X and the Y won 215 seats": the combination, from its head noun on
                text = f"{short_name(r.text)} and {short_name(n.text)}"
                merged.append(PartyRef(head - 1, n.end, text, tb.span_text(r.start, n.end)))
                i += 2 + skip
                continue
            if between in ("-", "/", "–", "and", "&") and after in ("alliance", "coalition", "bloc", "combined", "together", "pact"):
                text = tb.span_text(r.start, n.end + 1)
                merged.append(PartyRef(r.start, n.end + 1, canonical_party(text, countries), text))
                i += 2 + skip
                continue
        merged.append(r)
        i += 1
    merged = _hyphen_joined(doc, merged, countries)
    merged = direction_blocs(doc, cues, merged)
    groups = collectives(doc, cues, merged)
    # ("Kurdish parties": the group replaces a bare "Kurdish" taken as a name inside it)
    merged = sorted([r for r in merged if not any(g.start <= r.start and r.end <= g.end for g in groups)] + groups, key=lambda r: r.start)
    # names that are never parties (a date, an election commission, an official, a broadcaster), unless the
    # lexicon knows the name as a party
    def two_people(r: PartyRef) -> bool:  # "Brendan Hale and Niamh Roe": two full PERSON names joined by "and"
        if not r.weak:
            return False  # (tested first: most mentions are not weak, and their tokens need not be read)
        sides = r.text.split(" and ")
        parts = [t for t in doc[r.start : r.end] if t.lower_ != "and"]
        return len(sides) == 2 and all(len(x.split()) >= 2 for x in sides) and all(t.ent_type_ == "PERSON" for t in parts)

    # a party name modifying an emblem noun ("using the Iron Guild logo", "under the X banner") names no owner
    def emblem(r: PartyRef) -> bool:
        return r.end < len(doc) and tb.lower[r.end] in cues["emblem_nouns"] and r.start > 0 and tb.lower[r.start - 1] in ("the", "its", "their")

    # "on Tuesday the RP won 56 seats": a weekday the NER left untagged, then "the", is no part of the name after it
    def without_weekday(r: PartyRef) -> PartyRef:
        if r.end - r.start <= 2 or tb.lower[r.start] not in _WEEKDAYS or tb.lower[r.start + 1] != "the":
            return r
        text = tb.span_text(r.start + 2, r.end)
        entry = lookup_party(text, countries)
        return PartyRef(r.start + 2, r.end, entry.name if entry is not None else canonical_party(text, countries), text, r.weak, r.collective)

    # "Newcomer Partii Naleraq took three seats": a description opening the sentence, capitalised there, is no part of
    # the name the tagger ran it into (``party_descriptors``)
    def without_descriptor(r: PartyRef) -> PartyRef:
        if r.end - r.start < 3 or tb.lower[r.start] not in cues["party_descriptors"] or lookup_party(r.text, countries) is not None \
                or not (doc[r.start].is_lower or _opens_sentence(doc, r.start)):
            return r  # ("The Former Yugoslav Party": capitalised inside the sentence, a word of the name)
        text = tb.span_text(r.start + 1, r.end)
        entry = lookup_party(text, countries)
        return PartyRef(r.start + 1, r.end, entry.name if entry is not None else canonical_party(text, countries), text, r.weak, r.collective)

    # "Defeated Premier and PC Party Leader Jim Prentice": an office and "and" before the party's name are the
    # person's titles, not words of the name the tagger ran them into
    def without_office(r: PartyRef) -> PartyRef:
        if r.end - r.start < 3 or tb.lower[r.start] not in _OFFICE_WORDS or tb.lower[r.start + 1] != "and" \
                or lookup_party(r.text, countries) is not None:
            return r
        text = tb.span_text(r.start + 2, r.end)
        entry = lookup_party(text, countries)
        return PartyRef(r.start + 2, r.end, entry.name if entry is not None else canonical_party(text, countries), text, r.weak, r.collective)

    merged = [without_office(without_descriptor(without_weekday(r))) for r in merged]
    _ballot_letters(doc, merged)

    # "an NPP-leaning member", "a Labour-backed independent": someone close to the party, not the party
    def leaning(r: PartyRef) -> bool:
        return r.end + 1 < len(doc) and tb.text[r.end] in ("-", "\u2011") and tb.lower[r.end + 1] in _LEANING_WORDS

    merged = [r for r in merged if not leaning(r)]

    # "its worst performance since Independence", "in power until Liberation": one capitalised word after "since" /
    # "until", ending its phrase, is a time (a national event), not a party the lexicon does not know
    def time_after(r: PartyRef) -> bool:
        return r.end - r.start == 1 and r.start > 0 and tb.lower[r.start - 1] in ("since", "until", "till") \
            and (r.end >= len(doc) or doc[r.end].is_punct) and lookup_party(r.text, countries) is None

    # "Q24N – The Unity Party of President ... would obtain": a credit opening a paragraph, a dash, then the
    # sentence (a dateline or an agency's name), is no party; "Unity Front – 22", a results row, still is one
    def credit_line(r: PartyRef) -> bool:
        return r.end - r.start == 1 and (r.start == 0 or "\n" in doc[r.start - 1].text or "\n" in doc[r.start - 1].whitespace_) \
            and r.end + 1 < len(doc) and tb.text[r.end] in DASHES and doc[r.end + 1].is_title and not doc[r.end + 1].like_num \
            and lookup_party(r.text, countries) is None

    def dateline_credit(r: PartyRef) -> bool:
        # "Tokyo, July 2 (Jiji Press)—Tomin First won": the agency in brackets of a dateline, closed by a dash
        # (not a party's abbreviation after its name: "The Harbour Party (HP) – the ruling party – won")
        return r.start >= 1 and tb.text[r.start - 1] == "(" and r.end + 1 < len(doc) and tb.text[r.end] == ")" \
            and tb.text[r.end + 1] in DASHES and lookup_party(r.text, countries) is None \
            and not any(q.end == r.start - 1 for q in merged)

    merged = [r for r in merged if not time_after(r) and not credit_line(r) and not dateline_credit(r)]
    _aliased_names(doc, merged)
    # (an abbreviation is judged by the name it stands for: "ECI" is the Election Commission of India)
    return [r for r in merged if (not_a_party(r.text) is None or lookup_party(r.text, countries) is not None or r.text in quoted)
            and (r.name == r.text or not_a_party(r.name) is None or lookup_party(r.name, countries) is not None)
            and not two_people(r) and not emblem(r)]

# words of party names ("Democratic", "People's", "Voice"): two of them before "of" are a party's name, not a person's
_PARTY_NAME_WORDS = frozenset(("democratic", "national", "people's", "peoples", "popular", "social", "socialist", "liberal",
                               "conservative", "progressive", "united", "unity", "new", "green", "labour", "labor", "workers",
                               "workers'", "christian", "republican", "free", "civic", "citizens", "citizens'", "voice", "movement",
                               "force", "forces", "patriotic", "independent", "reform", "renewal", "justice", "freedom", "action",
                               "alliance", "union", "front", "party", "bloc", "coalition", "league", "congress", "rally", "list"))


def _leader_of_party(doc: Doc, r: PartyRef, people: set[str], countries: list[str]) -> PartyRef:
    """"Ian Khama of Botswana Patriotic Front has 6 seats" (one name the tagger made of the leader and the party): a
    person's name (one to three capitalised words the tagger calls a person, or the article's people words), "of",
    then a name ending in a party's head noun, is that party."""
    k = next((j for j in range(r.start + 1, min(r.end - 1, r.start + 4)) if doc[j].lower_ == "of"), None)
    if k is None or doc[r.end - 1].text not in PARTY_HEADS:
        return r
    before = range(r.start, k)
    person = all(doc[j].is_title and (doc[j].ent_type_ == "PERSON" or doc[j].text in people) for j in before)
    # (or a first name and a surname: two capitalised words, neither a party's word, as the tagger often folds the
    # leader into the party's ORG)
    named = k - r.start == 2 and all(doc[j].is_title and doc[j].text not in PARTY_HEADS
                                     and doc[j].lower_ not in _PARTY_NAME_WORDS for j in before)
    if not (person or named):
        return r
    s = k + 1 + (1 if doc[k + 1].lower_ == "the" else 0)
    if r.end - s < 2:
        return r
    text = _table(doc).span_text(s, r.end)
    entry = lookup_party(text, countries)
    return PartyRef(s, r.end, entry.name if entry is not None else canonical_party(text, countries), text, r.weak, r.collective)


def _ballot_letters(doc: Doc, refs: list[PartyRef]) -> None:
    """"the Social Liberals, also known as the Radical Left (B)", "the Red-Green Alliance (Ø)": a list letter in
    brackets right after a party's name (one or two letters, as ballots and results tables in several countries name
    parties) is that party, there and wherever the article writes it again."""
    letters: dict[str, PartyRef] = {}
    by_end = {r.end: r for r in refs}
    for r in refs:
        text = r.text
        if r.end - r.start == 1 and len(text) <= 2 and text.isalpha() and text.isupper() and 0 < r.start and r.end < len(doc) \
                and doc[r.start - 1].text == "(" and doc[r.end].text == ")" and r.start - 1 in by_end:
            letters[text] = by_end[r.start - 1]
    if not letters:
        return
    for r in refs:
        owner = letters.get(r.text) if r.end - r.start == 1 else None
        if owner is not None and owner is not r:
            r.name, r.weak = owner.name, False


_LEANING_WORDS = frozenset(("leaning", "aligned", "backed", "allied", "affiliated", "friendly", "inclined", "sympathetic",
                            "supported", "sponsored"))


# a party noun alone, no name of a party
_BARE_PARTY_NOUNS = frozenset(("party", "alliance", "coalition", "bloc", "movement", "front", "list", "camp"))


def _owned_by_unknown_leader(doc: Doc, refs: list[PartyRef], leader_of: dict[str, str]) -> None:
    """ "Oscar Temaru's party won 19 seats": a name found only by its shape, followed by a possessive and a bare
    party noun, is the party's leader, not the party; when the article names no party for that leader, the party
    is the one the article's own words designate, "Oscar Temaru's party" (widened in place)."""
    tb = _table(doc)
    n = len(doc)
    for r in refs:
        if not r.weak or r.end + 1 >= n or tb.text[r.end] not in owners.POSSESSIVE or tb.lower[r.end + 1] not in _BARE_PARTY_NOUNS:
            continue
        if tb.lower[r.end - 1].rstrip(".") in leader_of or any(q is not r and q.start <= r.end + 1 < q.end for q in refs):
            continue  # a known leader's party ("Voss's party"), or a mention there already
        r.text = tb.span_text(r.start, r.end + 2)
        r.name = f"{tb.span_text(r.start, r.end)}'s {tb.lower[r.end + 1]}"
        r.end += 2
_BRACKETED = re.compile(r"^\([^()]{1,12}\)\s*(?=and\b|&)")
_BLOC_NOUNS = frozenset(("alliance", "coalition", "bloc", "front", "camp", "grouping", "pact"))
_LED_WORDS = frozenset(("led", "headed"))


def _named_partner_gap(lower, k: int) -> int:
    """How many words "and its ally", "and their satellite", "and its sister party" take after token ``k`` (0: none)."""
    if lower[k : k + 1] != ["and"] or lower[k + 1 : k + 2] not in (["its"], ["their"]):
        return 0
    # (a partner's modifiers may come first: "and its ruling coalition partner Y", "and its junior partner Y")
    j = k + 2
    while j < k + 5 and j < len(lower) and lower[j] in _PARTNER_MODIFIERS:
        j += 1
    noun = lower[j : j + 1]
    if noun and noun[0] in ("ally", "partner", "satellite"):
        return j + 1 - k
    if lower[j : j + 2] in (["sister", "party"], ["satellite", "party"], ["partner", "party"]):
        return j + 2 - k
    return 0


_PARTNER_MODIFIERS = frozenset(("ruling", "governing", "coalition", "junior", "senior", "longtime", "long-time", "traditional",
                                "smaller", "main", "key", "electoral"))


def _bloc_of(doc: Doc, tb, r: PartyRef, countries: list[str]) -> PartyRef | None:
    """A party named as the leader of its bloc, the bloc's mention (named by ``party_with_allies``: the lexicon's
    alliance the party leads, else "X and allies"):

    - "an alliance led by the X", "the ruling coalition headed by the X": the group noun (one or two words before
      it: "a four-party alliance"), "led by" / "headed by", the party;
    - "the X-led alliance", "the X-led opposition coalition": the party glued to "-led" and a group noun;
    - "X, along with its allies,", "X together with its allies": the party and its unnamed partners.
    Not "the X, which led the alliance" (no group noun right before "led by"), nor "the Voss-led alliance" (a
    leader, read by ``owners.leader_mentions``)."""
    lower, n = tb.lower, len(doc)
    s = r.start - (1 if r.start >= 1 and lower[r.start - 1] == "the" else 0)
    if s >= 3 and lower[s - 1] == "by" and lower[s - 2] in _LED_WORDS and lower[s - 3] in _BLOC_NOUNS:
        h = s - 3
        while h >= 1 and h > s - 6 and (doc[h - 1].is_lower and doc[h - 1].is_alpha or tb.text[h - 1] in DASHES) \
                and lower[h - 1] not in ("the", "a", "an", "and", "of", "by", "with", "to", "in", "for"):
            h -= 1  # "a new four-party alliance led by": its modifiers
        if h == s - 3 and h >= 1 and doc[h - 1].is_title and not doc[h - 1].is_sent_start:
            # "the Rivers of Justice coalition led by the SDP": a bloc with a name of its own is named by it, not
            # by the party leading it (its name: the capitalised run before the group noun, with its connectors)
            b = h - 1
            while b >= 1 and h - b < 6 and (doc[b - 1].is_title or lower[b - 1] in ("of", "for", "and") and doc[b - 2].is_title):
                b -= 1
            name = f"{tb.span_text(b, h)} {lower[h]}"
            return PartyRef(b, r.end, name, tb.span_text(b, r.end))
        return PartyRef(h, r.end, party_with_allies(r.name, countries), tb.span_text(h, r.end))
    k = r.end
    if k + 2 < n and tb.text[k] in ("-", "\u2013", "\u2011") and lower[k + 1] in _LED_WORDS:
        e = k + 2 + (1 if k + 3 < n and lower[k + 3] in _BLOC_NOUNS and doc[k + 2].is_lower else 0)
        if lower[e] in _BLOC_NOUNS:
            return PartyRef(r.start, e + 1, party_with_allies(r.name, countries), tb.span_text(r.start, e + 1))
    k += 1 if k < n and tb.text[k] == "," else 0
    if k + 2 < n and lower[k] == "plus" and lower[k + 1] in ("its", "their") and lower[k + 2] in ("allies", "partners") \
            and not (k + 4 < n and tb.text[k + 3] == "," and (lower[k + 4] == "the" or doc[k + 4].is_title)):
        # "X plus its allies won 260 seats": the party and its unnamed partners
        e = k + 3 + (1 if k + 3 < n and tb.text[k + 3] == "," else 0)
        return PartyRef(r.start, e, party_with_allies(r.name, countries), tb.span_text(r.start, k + 3))
    if k + 3 < n and lower[k] in ("along", "together") and lower[k + 1] == "with" and lower[k + 2] in ("its", "their") \
            and lower[k + 3] in ("allies", "partners") and not (k + 4 < n and (lower[k + 4] == "the" or doc[k + 4].is_title)):
        # (not "X, together with its allies the Y and the Z,": the allies named, read by ``owners.with_allies``)
        e = k + 4 + (1 if k + 4 < n and tb.text[k + 4] == "," else 0)
        return PartyRef(r.start, e, party_with_allies(r.name, countries), tb.span_text(r.start, k + 4))
    return None


# what a party's own partners are called in "X and its allies" (a satellite party, an affiliate list)
_PARTNER_NOUNS = frozenset(("allies", "partners", "affiliate", "affiliates", "satellite", "satellites"))
_QUOTES = frozenset(('"', "\u201c", "\u201d", "'", "\u2018", "\u2019"))


def direction_blocs(doc: Doc, cues: Cues, refs: list[PartyRef]) -> list[PartyRef]:
    """A political-direction compound ("center-right", "centre-left"):

    - glued to it by a hyphen, a party word ("Center" of "Center-right") is no party name: the mention is dropped;
    - after "the" and used as a noun (not before a noun, a name or an adjective: "the centre-right Iron Guild",
      "the center-right coalition"), it names a bloc that owns seats as a whole ("the center-right won 235 seats",
      "the centre-left will have 79"), named as written in lower case."""
    tb = _table(doc)
    lower, text, n = tb.lower, tb.text, len(doc)
    prefixes, sides = cues["direction_bloc_prefixes"], cues["direction_bloc_sides"]

    def compound_at(i: int) -> bool:  # "center", "-", "right" with no spaces between
        return i + 2 < n and lower[i] in prefixes and text[i + 1] in ("-", "\u2011") and lower[i + 2] in sides \
            and not doc[i].whitespace_ and not doc[i + 1].whitespace_

    kept = [r for r in refs if not (r.end - r.start == 1 and compound_at(r.start))]
    taken = {i for r in kept for i in range(r.start, r.end)}
    for i in range(1, n - 2):
        if lower[i - 1] != "the" or not compound_at(i) or not taken.isdisjoint(range(i, i + 3)):
            continue
        after = doc[i + 3] if i + 3 < n else None
        if after is not None and (after.pos_ in ("NOUN", "PROPN", "ADJ") or text[i + 3] in ("-", "\u2011") or after.is_title and after.is_alpha):
            continue  # "the center-right coalition", "the centre-right Iron Guild", "the centre-right-led ..."
        kept.append(PartyRef(i, i + 3, tb.span_text(i, i + 3).lower(), tb.span_text(i, i + 3), collective=True))
    return sorted(kept, key=lambda r: r.start)


def _role_taken(head: Token) -> bool:
    """The group noun names a role a party takes ("will form the official opposition", "became the main
    opposition", "sits as the opposition"), not a group owning seats of its own."""
    if head.dep_ in ("obj", "dobj", "attr", "xcomp") and head.head.lemma_.lower() in ("form", "become", "remain", "be"):
        return True
    return any(c.dep_ == "case" and c.lower_ == "as" for c in head.children)


@lru_cache(maxsize=1)
def _nationality_words() -> frozenset[str]:
    lex = load_lexicon()
    return frozenset(f.lower() for n in lex.nationalities for f in (n.name, *n.aliases))


_GOVERNING_ROLES = frozenset(("ruling", "governing", "incumbent"))


def collectives(doc: Doc, cues: Cues, refs: list[PartyRef]) -> list[PartyRef]:
    """Groups of parties named by a common noun, which own seats as a whole ("the red bloc secured 87 seats",
    "the ruling camp held 128 seats and the main opposition 112", "the five left-wing opposition parties were
    projected to win 100"): without a mention of their own, the count goes to the nearest party name instead
    (a member of the bloc, a party of another clause).

    - a singular head of ``collective_heads`` (bloc, camp, opposition) used as a noun, with the one word that
      names it before it ("red bloc", "ruling camp", "main opposition"; quotes skipped: the "blue bloc"), or
      "the opposition" alone; "bloc parties" is the bloc. Not a modifier ("the opposition Iron Guild",
      "opposition leader", ``collective_next_not``), not a party's own camp ("the Iron Guild camp");
    - a plural head of ``collective_plural_heads`` after a word of ``collective_plural_modifiers``, with the
      number and words before it ("the five left-wing opposition parties", "two opposition alliances").
    Named as written, lower case, without determiners; a bare "bloc" or "camp" refers back and is left alone.
    """
    tb = _table(doc)
    lower, text = tb.lower, tb.text
    heads, plural = cues["collective_heads"], cues["collective_plural_heads"]
    taken = {i for r in refs for i in range(r.start, r.end)}
    dets, next_not = cues["collective_determiners"], cues["collective_next_not"]
    roles = cues["collective_role_modifiers"]
    n = len(doc)
    out: list[PartyRef] = []
    # "pro-democracy candidates", "the pro-independence parties", "anti-government parties": a stance compound
    # ("pro-" / "anti-" and what the group is for or against) names a camp, of parties or of candidates
    def stance_before(i: int) -> bool:
        return i >= 3 and text[i - 2] in ("-", "\u2011") and lower[i - 3] in ("pro", "anti") \
            and not doc[i - 3].whitespace_ and not doc[i - 2].whitespace_

    for i in tb.where(heads | plural | {"candidates", "party"}):
        if lower[i] == "candidates" and not stance_before(i):
            continue
        # "the ruling party controlled 82 of 84 seats": the party a governing role names (the one the article
        # introduced with it, else the role itself), never the nearest other party
        if lower[i] == "party" and not (i >= 2 and lower[i - 1] in _GOVERNING_ROLES and lower[i - 2] == "the"):
            continue  # (not "Labour, once a ruling party, got 4 seats": an indefinite role describes the party before)
        if i in taken or any(r.start <= i < r.end for r in out):
            continue
        w = lower[i]
        j = i + 1
        while j < n and text[j] in _QUOTES:
            j += 1
        nxt = lower[j] if j < n else ""
        if w in heads or w == "party":
            end = i + 1
            if _role_taken(doc[i]):
                continue  # "the New Democrats will form the official opposition with 39 seats": a role, not a group
            if w in ("bloc", "camp") and nxt in ("parties", "party"):
                end = j + 1  # "the left-wing red bloc parties": the bloc
            elif nxt in next_not or j in taken or j < n and doc[j].is_title and not doc[j].is_sent_start \
                    or j < n and doc[j].pos_ in ("NOUN", "PROPN") and nxt not in ("'s", "’s"):
                continue  # "opposition leader", "the opposition Iron Guild": a modifier
            k = i - 1
            while k >= 0 and text[k] in _QUOTES:
                k -= 1
            if k < 0 or k in taken or text[k].isspace() or k - 1 in taken:
                continue  # "the Iron Guild camp", "a Harbour Official Opposition": the party's own label
            if lower[k] in dets:
                # "the opposition's 309 seats": a possessor owns the tally; so does the subject of a verb of
                # winning ("The opposition and its allies won 24 seats"); a bare "the opposition", "the bloc", "its
                # camp" otherwise refers back to a group named before, and is left alone
                subject_of_count = doc[i].dep_ in ("nsubj", "nsubjpass") and doc[i].head.lower_ in cues["count_verbs"] \
                    or nxt == "and" and j + 2 < n and lower[j + 1] in ("its", "their") and lower[j + 2] in ("allies", "partners")
                if w != "opposition" or lower[k] != "the" or not (nxt in ("'s", "’s") or subject_of_count):
                    continue
                # "the opposition Labour Party came second. The opposition got 40 seats": the one party the article
                # introduced as the opposition is meant
                introduced = {r.name for r in refs if not r.weak and r.start >= 1 and "opposition" in lower[max(0, r.start - 2) : r.start]}
                if len(introduced) == 1:
                    out.append(PartyRef(i, i + 1, introduced.pop(), text[i]))
                    continue
                start, name = i, w
            elif doc[k].is_alpha and doc[k].pos_ in ("ADJ", "NOUN", "VERB", "PROPN") and not doc[k].like_num:
                start = k
                if k >= 2 and text[k - 1] in DASHES and doc[k - 2].is_alpha and doc[k - 2].is_lower:
                    start = k - 2  # "left-wing opposition"
                if doc[start].is_title and doc[start].ent_type_ not in ("PERSON", "") or doc[start].pos_ == "PROPN" and doc[start].ent_type_ != "PERSON":
                    continue  # "the Labour camp": a party's or a place's camp
                name = (tb.span_text(start, k + 1) + " " + w).lower()
                if lower[k] in roles:
                    # a role ("the ruling camp", "the main opposition", "the current opposition bloc") names the
                    # party the article introduced with it ("the ruling Iron Guild", "the main opposition
                    # Harbour Party"), else a camp stands for itself and an opposition or a bloc is left alone
                    defined = _role_defined(doc, refs, lower, k, w, roles)
                    if defined is not None:
                        out.append(PartyRef(start, end, defined.name, tb.span_text(start, end)))
                        continue
                    if w not in ("camp", "party"):
                        continue
            else:
                continue
        else:
            # "the five opposition parties", "Kurdish parties", "Sunni parties": a role or a community the parties
            # share (the NER's nationality, religious or political group)
            community = i > 0 and (lower[i - 1] in cues["community_modifiers"] or lower[i - 1] in _nationality_words()
                                   or doc[i - 1].ent_type_ == "NORP" and doc[i - 1].pos_ == "ADJ") or stance_before(i)
            if i == 0 or i - 1 in taken and not community or not (lower[i - 1] in cues["collective_plural_modifiers"] or community):
                continue
            start = i - 1
            # (the words describing the group: "the five left-wing opposition parties"; not a conjunction before
            # them, "while Kurdish parties took 61")
            while start - 1 >= 0 and start - 1 not in taken and start - 1 > i - 7 and (
                    lower[start - 1] not in dets and (doc[start - 1].is_alpha and doc[start - 1].is_lower
                                                      and doc[start - 1].pos_ in ("ADJ", "NOUN", "NUM", "VERB")
                                                      or doc[start - 1].like_num or text[start - 1] in DASHES)):
                start -= 1
            while start < i and text[start] in DASHES:
                start += 1
            if stance_before(i) and start > i - 3:
                start = i - 3  # ("Pro-democracy candidates" opening the sentence: the stance whole)
            end = i + 1
            name = tb.span_text(start, end).lower()
        name = " ".join(x for x in name.split() if x not in _QUOTES).replace(" - ", "-")
        out.append(PartyRef(start, end, name, tb.span_text(start, end), collective=True))
    return out


def _role_defined(doc: Doc, refs: list[PartyRef], lower: list[str], k: int, head: str, roles: frozenset[str]) -> PartyRef | None:
    """The party an earlier phrase introduced with the role word ``lower[k]`` (and the head, for "opposition"):
    "the main opposition Harbour Party ... the main opposition 112", "the ruling Iron Guild ... the ruling camp".
    Only mentions before token ``k`` are read (an article-local definition)."""
    role = lower[k]
    for r in refs:
        if r.start >= k:
            break
        if r.start >= 2 and lower[r.start - 1] == head and lower[r.start - 2] == role \
                or r.start >= 1 and lower[r.start - 1] == role and head != "opposition":
            # "the main opposition Harbour Party" for "the main opposition", "the ruling Iron Guild" for "the
            # ruling camp"; the party itself when the mention went on to its partners ("X and its affiliate")
            base, _, partner = r.name.rpartition(" and ")
            return PartyRef(r.start, r.end, base, r.text) if base and partner in _PARTNER_NOUNS else r
    return None


_HYPHENS = ("-", "\u2010", "\u2011", "\u2013")


def _hyphen_joined(doc: Doc, refs: list[PartyRef], countries: list[str]) -> list[PartyRef]:
    """Joint lists written as names glued by a bare hyphen ("Solidarity-People Before Profit", "Hadash-Ta'al",
    "Labour-Green") are one party mention, named as written: a capitalised word (or another mention) right
    before a mention, with a hyphen and no spaces between. When the mention is a run "A and B" the lexicon does
    not know, the glued word joins A only: "Hadash-Ta'al and United Arab List" is two parties. Not
    "pro-Labour", "ex-Green" (lowercase), nor "the Labour - Green divide" (spaces)."""
    tb = _table(doc)
    text, lower, space = tb.text, tb.lower, tb.space_list
    out: list[PartyRef] = []
    for r in refs:
        s = r.start
        glued = s >= 2 and text[s - 1] in _HYPHENS and doc[s - 2].whitespace_ == "" and doc[s - 1].whitespace_ == "" \
            and text[s - 2][:1].isupper() and text[s - 2].replace("'", "").replace("\u2019", "").isalpha() and not space[s - 2]
        if not glued:
            out.append(r)
            continue
        start = s - 2
        if out and out[-1].end == s - 1:  # "Labour-Green": two mentions glued
            start = out.pop().start
        end, rest = r.end, None
        ands = [k for k in range(r.start, r.end) if lower[k] == "and"]
        if ands and lookup_party(r.text, countries) is None:  # "Hadash-Ta'al and United Arab List"
            end = ands[0]
            b = end + 1 + (1 if end + 1 < r.end and lower[end + 1] == "the" else 0)
            if b < r.end:
                rest_text = tb.span_text(b, r.end)
                entry = lookup_party(rest_text, countries)
                rest = PartyRef(b, r.end, entry.name if entry is not None else canonical_party(rest_text, countries), rest_text, weak=r.weak)
        joint = tb.span_text(start, end)
        entry = lookup_party(joint, countries)
        out.append(PartyRef(start, end, entry.name if entry is not None else joint.replace("\u2019", "'"), joint, weak=r.weak))
        if rest is not None:
            out.append(rest)
    return out


_PERSON_ID = _label_ids("PERSON")

# the determiners before "the X coalition"-shaped names: "the Ivo and Mira coalition", "his Ivo and Mira coalition"
_GROUP_DETERMINERS = frozenset(("the", "his", "her", "its", "their"))


def tb_title_tokens(tb) -> set[int]:
    """The tokens of the doc's titles ("Prime Minister"): never part of a party's name."""
    return {i for s, e in tb.titles for i in range(s, e)}


# lowercase words a name's initials skip ("Partido dos Trabalhadores" is PT)
_SPELL_SKIP = frozenset(("of", "for", "the", "and", "de", "del", "della", "la", "le", "les", "du", "des", "di", "da", "do",
                         "dos", "das", "et", "y", "e", "i", "pour", "per", "por", "para", "van", "von", "der", "den", "al", "el"))


def _spelled_name_start(text: list[str], lower: list[str], bracket: int, abbr: str) -> int | None:
    """Start of the words right before ``bracket`` whose initials spell ``abbr`` ("Rassemblement national
    démocratique (RND)"), skipping lowercase joiners; the first word capitalised, two words or more and at least
    one of them lowercase (an all-capitalised name is the party-run pattern's), else None."""
    letters = abbr.upper()
    k, j = bracket - 1, len(letters) - 1
    while k >= 0 and j >= 0:
        w = text[k]
        if not w.isalpha():
            return None
        if lower[k] in _SPELL_SKIP and w.islower():
            k -= 1
            continue
        if w[0].upper() != letters[j]:
            return None
        j -= 1
        k -= 1
    s = k + 1
    if j >= 0 or bracket - s < 2 or not text[s][:1].isupper() or not any(text[i].islower() for i in range(s, bracket)):
        return None
    return s


def _registry(doc: Doc, cues: Cues, refs: list[PartyRef], countries: list[str], runs: list[tuple[int, int, int]],
              people: set[str]) -> list[PartyRef]:
    """Full party names and the article's registry of their forms.

    A party mention is the maximal run of capitalised words joined by lowercase connectors ("Greens of the
    Coast", "Harbour and Hearth", "Movement of the Ninth of May", "People's Front for X") found by the
    ``party-run`` Matcher pattern; Python then trims each run (leading function words, trailing connectors),
    cuts it at persons, titles, legislatures and line breaks, and splits "A and (the) B" when either side is
    a party on its own (an abbreviation, a known party). A run replaces the shorter mentions inside it when it
    extends a party mention, is defined with an abbreviation ("Foo of Bar (FB)") or joins words with a
    connector. The registry then maps the defined abbreviation ("DAN") and short forms that begin the full
    name ("Democratic Alliance" for "Democratic Alliance of X") to the full name."""
    c = cues
    conn = c["run_connectors"]
    lead = c["run_strip_leading"]
    tb = _table(doc)
    blocked: set[int] = set()
    for s, e in tb.titles:
        blocked.update(range(s, e))
    for e in tb.ents:
        if tb.body(e) or (e.label_ in ("PERSON", "DATE", "TIME", "MONEY") and any(w in people for w in tb.text[e.start : e.end])):
            blocked.update(range(e.start, e.end))
        elif e.label_ == "PERSON" and len(e) >= 2 and e.start > 0 and tb.lower[e.start - 1] in ("'s", "\u2019s"):
            # "Al Jazeera's Anita Stone", "Labour's Ana Vale": a person named after a possessive is the possessor's
            # reporter or member, never a word of a party's name
            blocked.update(range(e.start, e.end))
    # a word of the article's people is blocked too: tested where needed (``text[i] in people``), not collected
    strong_spans = {(r.start, r.end) for r in refs if not r.weak}
    text, lower, upper = tb.text, tb.lower, tb.upper

    def is_unit(s: int, e: int) -> bool:  # a party on its own: "CPT", "UxP", a known party
        if e - s == 1 and len(text[s]) >= 2 and (upper[s] or len(text[s]) <= 5 and text[s].isalpha() and sum(ch.isupper() for ch in text[s]) >= 2):
            return True
        return (s, e) in strong_spans

    def spells_tail(b: int, e: int) -> bool:
        """ "the Democrats and Adhaalath Party (AP)": the acronym defined after the run spells the initials of the
        last conjunct alone, so the run is two names, not one."""
        if not (e + 2 < len(doc) and text[e] == "(" and text[e + 2].startswith(")")):
            return False
        a = text[e + 1]
        tail = "".join(text[i][0] for i in range(b, e) if text[i][:1].isupper()).upper()
        return a.isalpha() and a.isupper() and len(a) >= 2 and a == tail

    split_names: set[tuple[int, int]] = set()
    pieces: list[tuple[int, int, bool]] = []
    for _, s, e in runs:
        cur = s
        # a name between a determiner and a group noun is one name, even of people's names or with a capitalised
        # connector first: "the Ivo and Mira coalition", "the For the Future of Ostria coalition"
        group = e < len(doc) and lower[e] in c["party_nouns_after"] and (lower[s] == "the" or s > 0 and lower[s - 1] in _GROUP_DETERMINERS)
        # cut at blocked tokens (a run never crosses a line break: line breaks are whitespace tokens, which the
        # pattern does not take, and a token's ``whitespace_`` is one space at most)
        for i in range(s, e):
            if (i in blocked or text[i] in people) and not (group and i not in tb_title_tokens(tb)):
                if i > cur:
                    pieces.append((cur, i, group))
                cur = i + 1
            elif i == e - 1:
                pieces.append((cur, i + 1, group))
                cur = i + 1
    # "the Rassemblement national démocratique (RND)", "Partido dos Trabalhadores (PT)": a name written with its
    # inner words in lowercase (as many languages write names) is given by the bracketed abbreviation its words'
    # initials spell
    spelled: set[tuple[int, int]] = set()
    for b in range(1, len(doc) - 2):
        if text[b] == "(" and text[b + 2].startswith(")") and upper[b + 1] and text[b + 1].isalpha():
            s = _spelled_name_start(text, lower, b, text[b + 1])
            if s is not None and not any(i in blocked or text[i] in people for i in range(s, b)):
                pieces.append((s, b, False))
                spelled.add((s, b))
    segs: list[tuple[int, int, bool]] = []
    strong_starts = {s for s, _ in strong_spans}
    for s, e, group in pieces:
        while s < e and (lower[s] in lead or lower[s] in conn):
            if s in strong_starts:
                break  # "All People's Congress", "Our Party": a known name that opens with a function word
            if group and lower[s] != "the" and text[s][:1].isupper() and not doc[s].is_sent_start:
                break  # "the For the Future of Ostria coalition": a capitalised connector opens the name
            s += 1
        while e > s and lower[e - 1] in conn:
            e -= 1
        if e - s < 1:
            continue
        # split "A and (the) B" when either side stands alone as a party
        k = s
        start = s
        while k < e:
            if lower[k] == "and":
                b = k + 1 + (1 if k + 1 < e and lower[k + 1] == "the" else 0)
                nxt_and = next((j for j in range(b, e) if lower[j] == "and"), e)
                tail_named = nxt_and == e and spells_tail(b, e)
                if is_unit(start, k) or is_unit(b, nxt_and) or lower[b - 1] == "the" or tail_named:
                    segs.append((start, k, group))
                    if tail_named:
                        split_names.add((start, k))  # the conjunct before is a name of its own
                    start = b
                    k = b
                    continue
            k += 1
        segs.append((start, e, group))
    out_new: list[PartyRef] = []
    name_words, person_or_place = c["party_name_words"], _label_ids("PERSON", "LOC", "GPE", "")
    maybe: list[tuple[int, int]] = []
    defined: dict[str, tuple[str, str]] = {}
    places = _place_names()
    for s, e, group in segs:
        while e > s and lower[e - 1] in conn:
            e -= 1
        while s < e and lower[s] in conn and not (group and text[s][:1].isupper() and not doc[s].is_sent_start):
            s += 1
        # "the National Salvation Front of Issa Tchiroma obtained 3 seats": a party's name, "of", then a person's
        # name (two or three words the tagger calls a person or a place no lexicon knows) is the party of its
        # leader; the name ends before "of" ("Democratic Party of Japan" keeps its country)
        k = next((j for j in range(s + 1, e - 2) if lower[j] == "of" and text[j - 1] in PARTY_HEADS), None)
        if k is not None and 2 <= e - k - 1 <= 3 and all(tb.title[j] and text[j].isalpha() for j in range(k + 1, e)) \
                and all(doc[j].ent_type_ in ("PERSON", "LOC", "GPE") for j in range(k + 1, e)) \
                and tb.span_text(k + 1, e) not in places:
            e = k
        # "Ian Khama of Botswana Patriotic Front has 6 seats", "Jon Kell of the Harbour Union won 28": a person's name
        # (one to three words the tagger calls a person, or the article's people words), "of", then a party's name is
        # that party (the person leads it)
        k = next((j for j in range(s + 1, min(e - 1, s + 4)) if lower[j] == "of"), None)
        if k is not None and text[e - 1] in PARTY_HEADS and all(tb.title[j] and (doc[j].ent_type_ == "PERSON" or text[j] in people)
                                                                for j in range(s, k)):
            s = k + 1 + (1 if lower[k + 1] == "the" else 0)
        if e - s < 2 and ((s, e) not in split_names or not text[s][:1].isupper()):
            continue  # one word: a name the NER or the lexicon already has, or none
        caps = [i for i in range(s, e) if text[i][:1].isupper()]  # token indices
        has_conn = any(w in conn for w in lower[s:e])
        abbr = None
        if e + 2 < len(doc) and text[e] == "(" and text[e + 2].startswith(")"):  # ")" or "):"
            a = text[e + 1]
            initials = "".join(text[i][0] for i in caps).upper()
            if a.isalpha() and sum(ch.isupper() for ch in a) >= 2 and a.upper()[0] == initials[:1] and abs(len(a) - len(initials)) <= 1 \
                    or (s, e) in spelled:
                abbr = a
        inner = [r for r in refs if s <= r.start and r.end <= e]
        named = any(lower[i] in name_words for i in caps) and any(tb.ent_ids[i] in person_or_place for i in caps)
        # "the Velka Plus coalition": a run between a determiner and a group noun is a name (not a person's alone)
        group_name = group and e < len(doc) and lower[e] in c["party_nouns_after"] and not all(tb.ent_ids[i] in _PERSON_ID for i in range(s, e))
        if not (abbr or has_conn or named and not inner or (s, e) in split_names or group_name):
            continue  # "Carrick First": a name the NER took for a person or a place
        after = lower[e] if e < len(doc) else ""
        if tb.ent_ids[caps[0]] in _label_ids("GPE", "LOC") and not (abbr or inner) and after not in c["party_nouns_after"]:
            maybe.append((s, e))
            continue  # "Norvance and Tellaria": places, unless named a party (here or in another mention)
        if s > 0 and lower[s - 1] in c["place_prepositions"] and not abbr:
            continue
        words = set(lower[s:e])
        if words & c["seat_nouns"] or lower[s] in c["months"] or all(upper[i] for i in caps) and not abbr:
            continue
        name_text = tb.span_text(s, e)
        weak = not (abbr or any(not r.weak for r in inner) or (e < len(doc) and lower[e] in c["party_nouns_after"]))
        entry = lookup_party(name_text, countries)  # the lexicon's name, else the run as written
        name = entry.name if entry is not None else name_text.replace("’", "'")
        if entry is None:
            known = {r.text.lower().removeprefix("the ") for r in refs} | {r.name.lower() for r in refs}
            name = members_of_named_bloc(name_text, known, countries) or name
        out_new.append(PartyRef(s, e, name, name_text, weak=weak))
        if abbr:
            defined[abbr] = (name, name_text)
    taken_new = {i for r in out_new for i in range(r.start, r.end)} | {i for r in refs for i in range(r.start, r.end)}
    for ent in tb.ents:  # "Open Road won 41 seats": a multiword name the NER took for a place or a person, subject of a count verb
        # (its inner words may be a name's lower-case connectors: "the Movimiento de Unidad Popular won 12")
        if ent.label_ in ("LOC", "GPE", "PERSON") and len(ent) >= 2 and tb.title[ent.start] and tb.title[ent.end - 1] \
                and all(tb.title[i] or lower[i] in conn for i in range(ent.start + 1, ent.end - 1)) and ent.end < len(doc) \
                and not any(i in taken_new or i in blocked or text[i] in people for i in range(ent.start, ent.end)) and not tb.body(ent):
            k = ent.end + (1 if lower[ent.end] in ("has", "have", "had") else 0)
            if k < len(doc) and lower[k] in c["count_verbs"] and lower[k] not in ("go", "goes", "end", "get", "gets") \
                    and not (lower[k] in owners.LED and k + 1 < len(doc) and lower[k + 1] in owners.GROUP_NOUNS):
                # (not "the Emmerson Mnangagwa led party": a leader's name before "led" and a party noun)
                ent_text = tb.span_text(ent.start, ent.end)
                out_new.append(PartyRef(ent.start, ent.end, ent_text, ent_text, weak=True))
    named_texts = {r.text for r in out_new}
    taken_spans = {(r.start, r.end) for r in out_new}
    for s, e in maybe:
        if tb.span_text(s, e) in named_texts and (s, e) not in taken_spans:
            out_new.append(PartyRef(s, e, tb.span_text(s, e).replace("\u2019", "'"), tb.span_text(s, e), weak=True))
    # a run inside a known mention is a piece of that name ("Future of Montenegro" of "For the Future of Montenegro",
    # "the Union of Right" of "the Union of Right-Wing Parties": runs do not cross hyphens), not a name; a mention
    # that coordinates names ("the Democrats and Adhaalath Party") is split by its runs
    out_new = [n for n in out_new if not any(
        not r.weak and r.start <= n.start and n.end <= r.end and (r.start, r.end) != (n.start, n.end)
        and not any(lower[i] in ("and", "&") for i in range(r.start, r.end)) for r in refs)]
    if not out_new:
        return refs
    cover = {i for r in out_new for i in range(r.start, r.end)}
    kept = [r for r in refs if cover.isdisjoint(range(r.start, r.end))]
    refs = kept + out_new
    # the registry: abbreviations and short forms of the article's full names
    fulls = {r.name: r.text for r in out_new if r.end - r.start >= 3}
    fulls.update({n: t for n, t in defined.values()})
    for r in refs:
        t = r.text[4:] if r.text.lower().startswith("the ") else r.text
        if t in defined:
            r.name, r.weak = defined[t][0], False
            continue
        # (not a coordination that opens with it: "the alliance of National Conference and Congress ... The National
        # Conference won 42 seats" names the one party, not the alliance)
        longer = {n for n, ft in fulls.items() if len(ft) > len(t) and (ft.startswith(t + " ") or ft.replace("’", "'").startswith(t.replace("’", "'") + " "))
                  and not ft[len(t):].lstrip().startswith(("and ", "& "))}
        if len(longer) == 1 and r.end - r.start >= 2 and any(ch.isupper() for ch in t):
            r.name = next(iter(longer))
            r.weak = r.weak and r.name not in {n for n, _ in defined.values()}
    return sorted(refs, key=lambda r: r.start)


def _names_without_head(refs: list[PartyRef]) -> None:
    """"the Progress Party of X ... Progress secured 48 seats": one capitalised word that is one of the article's
    party names without its head noun ("Party", "Alliance", ...) is that party, when exactly one party is so named."""
    headed: dict[str, set[str]] = {}
    for r in refs:
        words = (r.text[4:] if r.text.lower().startswith("the ") else r.text).split()
        if len(words) == 2 and words[1] in PARTY_HEADS:
            headed.setdefault(words[0], set()).add(r.name)
    for r in refs:
        t = r.text[4:] if r.text.lower().startswith("the ") else r.text
        named = headed.get(t, set())
        if r.end - r.start == 1 and t[:1].isupper() and len(named) == 1 and r.name == t:
            r.name = next(iter(named))


def _family_plurals(doc: Doc, refs: list[PartyRef], families: dict[str, str]) -> list[PartyRef]:
    """"The Socialist Party (PS) won ... The socialists obtained 117 seats", "Costa's socialists": a lower-case plural
    naming a political family (data: cues.json family_plurals), after "the" or a possessive, is the article's one
    party whose name holds the family's stem; nothing when no party, or several, of the article do."""
    if not families:
        return []
    covered = {i for r in refs for i in range(r.start, r.end)}
    names = {r.name for r in refs if not r.weak}
    out: list[PartyRef] = []
    for t in doc:
        if not t.is_lower or t.i in covered:
            continue
        two = f"{doc[t.i - 1].lower_} {t.lower_}" if t.i > 0 and doc[t.i - 1].is_lower else ""
        start, stem = (t.i - 1, families[two]) if two in families and t.i - 1 not in covered else (t.i, families.get(t.lower_))
        if stem is None:
            continue
        before = doc[start - 1] if start > 0 else None
        if before is None or not (before.lower_ == "the" or before.text in ("'s", "\u2019s") or before.lower_ in ("its", "their")):
            continue
        pattern = re.compile(r"(?<![\w-])" + re.escape(stem) + r"(?:s|ic|ist)?\b", re.IGNORECASE)
        owners = {n for n in names if pattern.search(n)}
        if len(owners) == 1:
            out.append(PartyRef(start, t.i + 1, owners.pop(), doc[start : t.i + 1].text))
    return out


_JOINED_ABBR = re.compile(r"[A-Z][A-Za-z]*(?:[/+][A-Z][A-Za-z]*)+")


def _joined_abbreviations(doc: Doc, refs: list[PartyRef], countries: list[str]) -> list[PartyRef]:
    """"the PPP/C secured 33 seats", "APNU+AFC took 31", "PTB/PVDA: 12 seats": abbreviations joined by a slash or a
    plus sign with no space are one name (a party's names in two languages, or a joint list), not its last part.
    The joined name is a party when the lexicon knows it, when its parts are capitals and one of them is already a
    party mention of the article, or when "+" joins abbreviations of two capitals or more (a joint list: "APNU+AFC").
    Not "BBC/Sky/ITV" (a word that is no abbreviation)."""
    tb = _table(doc)
    words, out, n = tb.text, list(refs), len(doc)
    # only a token holding a "/" or "+", or one followed by such a token, can start a joined name
    joiner = [("/" in w or "+" in w) for w in words]
    glued = [tb.ends[k] == tb.starts[k + 1] for k in range(n - 1)] + [False]  # no space after token k
    done = 0  # tokens before this one belong to a joined stretch already read
    for i in range(n):
        if i < done or not (joiner[i] or i + 1 < n and words[i + 1] in ("/", "+")):
            continue
        e = i + 1
        while e + 1 < n and words[e] in ("/", "+") and glued[e - 1] and glued[e] \
                and words[e + 1][:1].isupper() and words[e + 1].isalpha():
            e += 2
        done = e
        text = tb.span_text(i, e)
        if not words[i][:1].isupper() or not _JOINED_ABBR.fullmatch(text):
            continue
        parts = re.split(r"[/+]", text)
        inside = [r for r in out if i <= r.start and r.end <= e]
        over = [r for r in out if r.start < e and r.end > i and r not in inside]
        known = lookup_party(text, countries) is not None
        # (a joint list is written with "+": "APNU+AFC"; a slash joins capitals only: "PPP/C", not "BBC/Sky/ITV")
        acronyms = "+" in text and all(sum(ch.isupper() for ch in p) >= 2 for p in parts)
        capitals = all(p.isupper() for p in parts)
        if not over and not any(r.start == i and r.end == e for r in inside) and (known or inside and capitals or acronyms) \
                and any(sum(ch.isupper() for ch in p) >= 2 for p in parts):
            out = [r for r in out if r not in inside]
            out.append(PartyRef(i, e, canonical_party(text, countries), text, weak=not (known or inside)))
    return sorted(out, key=lambda r: r.start)


def _trailing_adjective_of(doc: Doc, refs: list[PartyRef], countries: list[str]) -> None:
    """"the Azem Alliance of Iraqi millionaire Khamis Khanjar": a name the tagger ran on into "of" and an adjective
    that describes the next, lower-case noun (a nationality, a trade) ends before "of" ("the Party of Regions won"
    keeps its name: "Regions" is no adjective)."""
    tb = _table(doc)
    n = len(doc)
    for r in refs:
        e = r.end
        if e - r.start >= 3 and e < n and tb.lower[e - 2] == "of" and doc[e - 1].tag_ == "JJ" \
                and doc[e].is_lower and doc[e].is_alpha:
            text = tb.span_text(r.start, e - 2)
            entry = lookup_party(text, countries)
            r.end, r.text, r.name = e - 2, text, entry.name if entry is not None else canonical_party(text, countries)


# "the Tamil National Alliance (TNA) alias ITAK", "the Colorado Party, also known as the ANR", "Al-Sadr's coalition,
# called Saairun,": a second name given to the party just named
_ALIAS_GAP = re.compile(r"^\s*\)?\s*(?:\([^()]{1,12}\)\s*)?,?\s*(?:(?:also|better|popularly|widely|commonly|officially) )?"
                        r"(?:known as|called|named|alias|aka|a\.k\.a\.)(?:\s+the)?\s*$", re.IGNORECASE)


def _aliased_names(doc: Doc, refs: list[PartyRef]) -> None:
    """A party and the other name the article gives it right after ("X (XP) alias Y", "X, also known as Y", "the
    Sadr coalition, called Saairun,") are one party: the alias is read as the name before it -- unless that name is
    only a description ("Al-Sadr's coalition", a collective), which then takes the proper name after it.
    ``refs`` (sorted) is changed in place."""
    tb = _table(doc)
    for a, b in zip(refs, refs[1:]):
        if b.start <= a.end or b.start - a.end > 8 or not _ALIAS_GAP.match(tb.span_text(a.end, b.start)):
            continue
        words = a.text.replace("\u2019", "'").split()
        described = a.collective or (len(words) >= 2 and words[-1].islower() and words[-2].endswith("'s"))
        if described:
            a.name = b.name  # "Al-Sadr's coalition, called Saairun": the coalition is Saairun
        else:
            b.name, b.text = a.name, a.text  # "the TNA alias ITAK": the alias stands for the TNA


def _former_and_latter(doc: Doc, refs: list[PartyRef]) -> list[PartyRef]:
    """"The BJP edged past the JD(U), with the latter winning only 43 seats": "the latter" / "the former" standing
    alone (a verb, a comma or the end after it, not "the former prime minister") is the last / the one before the
    last of the two parties named before it in its sentence, or in the sentence before when its own names fewer."""
    tb = _table(doc)
    out = []
    for i in range(1, len(doc) - 1):
        if tb.lower[i] not in ("latter", "former") or tb.lower[i - 1] != "the":
            continue
        nxt = doc[i + 1]
        if not (nxt.is_punct or nxt.pos_ in ("VERB", "AUX") or nxt.tag_ in ("VBG", "VBD", "VBZ", "VBP", "MD")):
            continue
        if i >= 2 and tb.lower[i - 2] in ("regarding", "concerning", "about", "for", "of", "on", "to", "from", "by", "than"):
            continue  # "Regarding the former, 12 seats correspond to the X": a topic, no owner ("with the latter winning" is one)
        sent = doc[i].sent
        before = [r for r in sorted(refs, key=lambda r: r.start) if sent.start <= r.start and r.end <= i - 1 and not r.collective]
        if len({r.name for r in before}) < 2 and sent.start > 0:
            prev = doc[sent.start - 1].sent
            before = [r for r in sorted(refs, key=lambda r: r.start) if prev.start <= r.start and r.end <= i - 1 and not r.collective]
        names: list[PartyRef] = []
        for r in before:
            names = [q for q in names if q.name != r.name] + [r]
        if len(names) < 2:
            continue
        r = names[-1] if tb.lower[i] == "latter" else names[-2]
        out.append(PartyRef(i - 1, i + 1, r.name, tb.span_text(i - 1, i + 1)))
    return out


_PERSON_GROUP_NOUNS = frozenset(("coalition", "alliance", "bloc", "camp"))


def _person_groups(doc: Doc, refs: list[PartyRef]) -> list[PartyRef]:
    """"Reinfeldt's four-party coalition won 172 seats", "Kessler's centre-right bloc": a person's possessive, then
    lower-case modifiers and a group noun, names the group by its leader ("Reinfeldt's four-party coalition") when the
    article names no party there (a leader the article ties to a party is read as that party before this)."""
    tb = _table(doc)
    taken = {i for r in refs for i in range(r.start, r.end)}
    out = []
    for ent in tb.ents:
        k = ent.end
        if ent.label_ != "PERSON" or k + 1 >= len(doc) or tb.text[k] not in owners.POSSESSIVE or any(i in taken for i in range(ent.start, k)):
            continue
        if any(tb.text[c] == "," and c - 1 in taken for c in range(max(1, ent.start - 4), ent.start)):
            continue  # "Ensemble, President Emmanuel Macron's centrist coalition, has ...": an apposition to the party
        j = k + 1
        while j < len(doc) and j - k <= 5 and tb.lower[j] not in _PERSON_GROUP_NOUNS and (
                tb.text[j].islower() or tb.text[j] in ("-", "\u2010", "\u2011")):
            j += 1
        if j >= len(doc) or tb.lower[j] not in _PERSON_GROUP_NOUNS or any(i in taken for i in range(k, j + 1)):
            continue
        text = tb.span_text(ent.end - 1, j + 1)
        out.append(PartyRef(ent.end - 1, j + 1, text.replace("\u2019", "'"), text))
    return out


def _bare_heads(doc: Doc, refs: list[PartyRef], people: set[str]) -> list[PartyRef]:
    """"Candidates were nominated by the Zentara Party ... Overall, Zentara will get 62 seats": the one capitalised
    word that opens a two-word party name of the article ("X Party", "X Alliance") names that party again when it
    stands alone as a noun, however the tagger labelled it (a word it does not know is often called a person).
    Not a word the article treats as a person, a place, a word that opens a longer name ("Zentara Youth"), nor one
    that names more than one of the article's parties."""
    tb = _table(doc)
    heads: dict[str, set[str]] = {}
    for r in refs:
        words = (r.text[4:] if r.text.lower().startswith("the ") else r.text).split()
        if len(words) == 2 and words[1] in PARTY_HEADS and words[0].istitle() and words[0].isalpha():
            heads.setdefault(words[0], set()).add(r.name)
    if not heads:
        return []
    taken = {i for r in refs for i in range(r.start, r.end)}
    out = []
    for i in (k for k, w in enumerate(tb.text) if w in heads):
        t = doc[i]
        named = heads[t.text]
        if len(named) != 1 or t.i in taken or t.text in people or t.text.lower() in people \
                or t.pos_ != "PROPN" and t.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass") \
                or t.dep_ in ("compound", "amod") or _is_place_name(t.text):
            # (a subject the tagger calls a common noun too: "Progress was set to receive 30 seats")
            continue
        if t.i + 1 < len(doc) and (tb.title[t.i + 1] or tb.upper[t.i + 1]):
            continue
        out.append(PartyRef(t.i, t.i + 1, next(iter(named)), t.text))
    return out


def _place_prefixed_names(refs: list[PartyRef]) -> None:
    """"Wale's Democratic Party" for the article's "Solomon Islands Democratic Party": a short name (as written, two
    words or more) that ends exactly one full name of the article, the words before it a place or a nationality
    (never "Social Democratic Party", another party), is that party."""
    for r in refs:
        if r.end - r.start < 2 or r.collective or r.name != r.text.removeprefix("the ").removeprefix("The "):
            continue
        placed = {f.name for f in refs if f.end - f.start >= 3 and f.name.endswith(" " + r.name)
                  and _place_prefix(f.name[: -len(r.name)].strip())}
        if len(placed) == 1:
            r.name = next(iter(placed))


def _fuller_article_names(refs: list[PartyRef]) -> None:
    """ "The Tories won 22 of the 27 seats" in an article that writes "the Progressive Conservatives": a nickname the
    lexicon reads as a party whose name the article never writes ("Conservative Party") is the one party of the
    article whose written name holds that name's words and more ("Progressive Conservatives")."""
    for r in refs:
        if r.weak or r.collective:
            continue
        core = _words_of(r.name) - _GENERIC_NAME_WORDS
        if not core or core <= _words_of(r.text):
            continue  # the name as written ("the Conservatives"), not a nickname
        if any(q.name == r.name and core <= _words_of(q.text) for q in refs):
            continue  # the article writes that name too
        # (not a combination that holds the party and another: "the Liberal Democratic Party-Komeito bloc" is not the
        # LDP; its name has a member lexicon entry of its own, or ends in a group word after a hyphenated partner)
        fuller = {q.name for q in refs if q.name != r.name and not q.weak and core < _words_of(q.text)
                  and not _combination_text(q.text)}
        if len(fuller) == 1:
            r.name = next(iter(fuller))


_GENERIC_NAME_WORDS = frozenset(("party", "the", "of"))
_GROUP_TAILS = frozenset(("bloc", "coalition", "alliance", "camp", "front", "union", "pact"))


def _combination_text(text: str) -> bool:
    """ "Liberal Democratic Party-Komeito bloc", "Labour-Green coalition", "the X and Y alliance": a written name that
    joins parties (a hyphen or "and" before a group word ending it)."""
    words = text.replace("\u2013", "-").split()
    return len(words) >= 2 and words[-1].lower() in _GROUP_TAILS and ("-" in " ".join(words[:-1]) or "and" in words[:-1])


def _words_of(name: str) -> set[str]:
    return {w.lower().rstrip("s") for w in name.replace("-", " ").split()}


def _regional_names(doc: Doc, refs: list[PartyRef]) -> None:
    """ "The Yukon Liberals pulled off an impressive win ... The Liberals jumped from one seat to 11": a party the
    article first names after a region (a place the tagger marks, no country: a province, a state, a territory) is
    that region's party, and so are its later short mentions ("Yukon Liberal Party" throughout). A party first
    named without the region ("the Liberals ... in Quebec the Liberals won 30") keeps its name."""
    tb = _table(doc)
    first: dict[str, PartyRef] = {}
    for r in sorted(refs, key=lambda q: q.start):
        if not r.weak and not r.collective:
            first.setdefault(r.name, r)
    countries, places = _country_names(), _region_names()
    weak_at = {q.start: q for q in refs if q.weak and q.end - q.start == 1}
    for name, r in first.items():
        k = r.start - 1
        if k < 0:
            continue
        place = tb.text[k]
        # the region: a place the tagger marks or the lexicon knows, or a capitalised word found only by its shape
        # right after "the" or opening the sentence (never a person: "the Trudeau Liberals", "analyst Antony Green";
        # nor a nationality: "the Bosniak Party of Democratic Action")
        opens = k == 0 or doc[k].is_sent_start or tb.lower[k - 1] == "the"
        regional_word = doc[k].ent_type_ in ("GPE", "LOC") or place in places or k in weak_at and doc[k].ent_type_ == "" and opens
        if doc[k].ent_type_ in ("PERSON", "NORP") or place.lower() in _nationality_words():
            continue
        if not regional_word or place in countries or not place.isalpha() or not place[:1].isupper() or name.startswith(place):
            continue
        regional = f"{place} {name}"
        for q in refs:
            if q.name == name:
                q.name = regional
        r.start, r.text = k, tb.span_text(k, r.end)
        refs[:] = [q for q in refs if q is not weak_at.get(k)]


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    lex = load_lexicon()
    return frozenset(f for p in lex.places if p.kind != "country" for f in (p.name, *p.aliases))


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    lex = load_lexicon()
    return frozenset(f for p in lex.places if p.kind == "country" for f in (p.name, *p.aliases))


def _place_prefix(words: str) -> bool:
    """ "Solomon Islands", "Tasmanian", "Welsh": a place or a nationality before a party's short name."""
    return _is_place_name(words) or words.lower() in _nationality_words()

_NAME_BEFORE_NOUN_DENY = _label_ids("NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "EVENT", "FAC")


_OPENING_MARKS = frozenset(('"', "“", "‘", "«", "„", "'"))
_CLOSING_MARKS = frozenset(('"', "”", "’", "»", "“", "'"))


def _named_by_party_noun(doc: Doc, cues: Cues, refs: list[PartyRef], people: set[str], countries: list[str],
                         quoted: set[str] | None = None) -> list[PartyRef]:
    """A name the article itself calls a party: "the ruling Sarvat party", "the nationalist Kaval bloc" (a
    capitalised name of one to three words right before a lower-case party noun) names the party "Sarvat";
    every other mention of that exact name in the article is then the party too ("Sarvat won 58 of the 140
    seats", "a government led by Sarvat"), however the tagger labelled it (a one-word name it does not know is
    often called a person or a place). Not a name the article treats as a person ("Malik said"), a known
    place, a nationality or a date ("the Christmas party"), nor a name inside a longer mention."""
    tb = _table(doc)
    text, lower, n = tb.text, tb.lower, len(doc)
    nouns = cues["party_nouns_after"]
    taken = {i for r in refs for i in range(r.start, r.end)}
    names: dict[tuple[str, ...], str] = {}
    for k in range(1, n):
        if lower[k] not in nouns or not text[k].islower():
            continue
        s = k
        # (an abbreviation too: "the RPF coalition, which includes ...")
        while s > 0 and k - s < 3 and (tb.title[s - 1] or tb.upper[s - 1] and len(text[s - 1]) >= 2) and text[s - 1].isalpha() \
                and not doc[s - 1].is_sent_start:
            s -= 1
        # a mention already there may be the same name ("Sarvat", found by its shape): the definition still
        # holds, but not for a piece of a longer mention ("Unity and Progress party")
        if s == k or any(r.start < k and r.end > s and (r.start < s or r.end > k) for r in refs):
            continue
        for r in refs:
            if r.start == s and r.end == k:
                r.weak = False  # the name found by its shape already: the article calls it a party
        words = tuple(text[s:k])
        if words in names or _spoken_of_as_person(doc, cues, words):
            continue
        if any(tb.ent_ids[i] in _NAME_BEFORE_NOUN_DENY or lower[i] in cues["months"] or lower[i] in cues["weak_party_stop"]
               for i in range(s, k)) or _is_place_name(" ".join(words)):
            continue
        names[words] = canonical_party(" ".join(words), countries)
    # "the new left-wing party Mar Nova, which claimed 3 seats", "the ruling party Vamos will have 39", "Anna Berg's
    # party Kavik remains the largest": a
    # capitalised name of one to three words right after a lower-case party noun (the noun's apposition), then a
    # comma, a relative word or a verb
    for k in range(1, n - 1):
        if lower[k] not in nouns or not text[k].islower() or not (
                text[k - 1].islower() and (doc[k - 1].pos_ in ("ADJ", "DET", "NOUN") or doc[k - 1].tag_ in ("VBG", "VBN"))
                or text[k - 1] in owners.POSSESSIVE):
            continue
        e = k + 1
        while e < n and e - k <= 3 and tb.title[e] and text[e].isalpha():
            e += 1
        if e == k + 1 or e >= n or not (text[e] in (",", ")") or lower[e] in ("which", "who", "that") or doc[e].pos_ in ("VERB", "AUX")):
            continue
        words = tuple(text[k + 1 : e])
        if words in names or any(j in taken for j in range(k + 1, e)) or _spoken_of_as_person(doc, cues, words) \
                or any(tb.ent_ids[i] in _NAME_BEFORE_NOUN_DENY or lower[i] in cues["months"] or lower[i] in cues["weak_party_stop"]
                       for i in range(k + 1, e)) or _is_place_name(" ".join(words)) or any(w.lower() in people for w in words):
            continue
        names[words] = canonical_party(" ".join(words), countries)
    # "The minor opposition party (PRSC), which ...": an abbreviation in brackets right after a lower-case party noun
    # names that party
    for k in range(1, n - 3):
        if lower[k] not in nouns or not text[k].islower() or text[k + 1] != "(" or text[k + 3] != ")":
            continue
        abbr = text[k + 2]
        if not (2 <= len(abbr) <= 6 and abbr.isalpha() and abbr.isupper()) or k + 2 in taken or (abbr,) in names:
            continue
        names[(abbr,)] = canonical_party(abbr, countries)
    # 'the agrarian party "Soil"', 'the newly formed party “Dawn” of the mayor': a capitalised name of one to three
    # words in quotation marks right after a lower-case party noun (not a quotation: 'The party "will fight on"')
    for k in range(1, n - 3):
        if lower[k] not in nouns or not text[k].islower() or text[k + 1] not in _OPENING_MARKS:
            continue
        e = k + 2
        while e < n and e - k <= 4 and tb.title[e] and text[e].isalpha():
            e += 1
        if e == k + 2 or e >= n or text[e] not in _CLOSING_MARKS:
            continue
        words = tuple(text[k + 2 : e])
        if words in names or _spoken_of_as_person(doc, cues, words) or _is_place_name(" ".join(words)) \
                or any(w.lower() in people for w in words):
            continue
        same = [r for r in refs if r.start == k + 2 and r.end == e]
        if same or any(j in taken for j in range(k + 2, e)):
            for r in same:  # the name found by its shape already: the article calls it a party
                r.weak = False
                if quoted is not None:
                    quoted.add(r.text)
            continue
        names[words] = canonical_party(" ".join(words), countries)
        if quoted is not None:
            quoted.add(" ".join(words))  # (a name the article defines so is a party whatever else it names: "Dawn")
    if not names:
        return []
    out: list[PartyRef] = []
    for words, name in names.items():
        w = len(words)
        for i in range(n - w + 1):
            if tuple(text[i : i + w]) != words or any(j in taken for j in range(i, i + w)):
                continue
            # the whole name, not a piece of a longer capitalised run ("Sarvat" in "Sarvat Holdings Group")
            if i + w < n and tb.title[i + w] and text[i + w].isalpha() or i > 0 and tb.title[i - 1] and not doc[i].is_sent_start \
                    and text[i - 1].isalpha():
                continue
            out.append(PartyRef(i, i + w, name, " ".join(words)))
            taken.update(range(i, i + w))
    return out


def _spoken_of_as_person(doc: Doc, cues: Cues, words: tuple[str, ...]) -> bool:
    """The article writes the name as a person's somewhere: after a title or an honorific ("Mr Sarvat",
    "Prime Minister Sarvat") or with a speech verb ("Sarvat said", "said Sarvat")."""
    tb = _table(doc)
    text, lower, n, w = tb.text, tb.lower, len(doc), len(words)
    title_ends = {e for _, e in tb.titles}
    speech, before = cues["speech_verbs"], cues["person_cues_before"]
    for i in range(n - w + 1):
        if tuple(text[i : i + w]) != words:
            continue
        if i in title_ends or i > 0 and lower[i - 1].rstrip(".") in before:
            return True
        if i + w < n and (lower[i + w] in speech or tb.lemma(i + w) in speech):
            return True
        # the inversion after a quote ('..." said Sarvat', ', said Sarvat'), not a reported clause ("analysts
        # said Sarvat was the likeliest partner")
        if i > 1 and lower[i - 1] in speech and (text[i - 2] in (",", "\u201d", '"', "\u2019", "'") or doc[i - 2].is_quote):
            return True
    return False


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    from ...lexicon import load_lexicon

    lex = load_lexicon()
    return frozenset(f for p in lex.places for f in (p.name, *p.aliases)) | frozenset(
        f for x in lex.nationalities for f in (x.name, *x.aliases))


@lru_cache(maxsize=1)
def _lower_place_names() -> frozenset[str]:
    return frozenset(p.lower() for p in _place_names())


def _is_place_name(name: str) -> bool:
    return name in _place_names()


def _appositive_descriptions(doc: Doc, cues: Cues, refs: list[PartyRef]) -> list[PartyRef]:
    """ "The Harbour Alliance, the opposition coalition led by Ivo Brandt, won ... the opposition coalition won 60
    of the 62 seats": an appositive after a party ("X, the <role words> <group noun>") describes it, and the same
    description later in the article refers back to it. The description has a role word
    (``collective_role_modifiers``: opposition, ruling, governing, ...) and ends with a group noun
    (``party_nouns_after``); not a description two parties share, nor one followed by a name of its own ("the
    opposition coalition Harbour Alliance")."""
    tb = _table(doc)
    lower, text, n = tb.lower, tb.text, len(doc)
    roles, groups = cues["collective_role_modifiers"], cues["party_nouns_after"]

    def description(k: int) -> int | None:  # "the <1-3 lowercase words, one a role> <group noun>" from token k: its end
        if k >= n or lower[k] != "the":
            return None
        for e in range(k + 2, min(k + 5, n)):
            if lower[e] in groups and not text[e][:1].isupper():
                words = lower[k + 1 : e]
                if any(w in roles for w in words) and all(doc[j].is_alpha and doc[j].is_lower for j in range(k + 1, e)):
                    return e + 1
                return None
            if not (doc[e].is_alpha and doc[e].is_lower):
                return None
        return None

    defined: dict[tuple[str, ...], set[str]] = {}
    where: dict[tuple[str, ...], int] = {}
    for r in refs:
        if r.collective or r.end + 1 >= n or text[r.end] != ",":  # (a weak name too: the appositive makes it a party)
            continue
        e = description(r.end + 1)
        if e is not None:
            key = tuple(lower[r.end + 2 : e])
            defined.setdefault(key, set()).add(r.name)
            where[key] = min(where.get(key, e), e)
    if not defined:
        return []
    taken = {i for r in refs for i in range(r.start, r.end)}
    out: list[PartyRef] = []
    for i in tb.where(frozenset(["the"])):
        e = description(i)
        if e is None or any(j in taken for j in range(i, e)):
            continue
        key = tuple(lower[i + 1 : e])
        names = defined.get(key)
        if not names or len(names) != 1 or i < where[key] or e < n and text[e][:1].isupper():
            continue
        out.append(PartyRef(i + 1, e, next(iter(names)), tb.span_text(i + 1, e)))
    return out


def _head_references(doc: Doc, cues: Cues, refs: list[PartyRef]) -> list[PartyRef]:
    """ "the Front", "the ruling front", "the Alliance": a party named by its head word when exactly one
    party of the article ends with that word ("National Front", "People's Alliance")."""
    by_head: dict[str, set[str]] = {}
    initials: dict[str, set[str]] = {}
    tb = _table(doc)
    text, lower = tb.text, tb.lower
    for r in refs:
        if r.weak or r.end - r.start < 2:
            continue
        words = [text[i] for i in range(r.start, r.end) if tb.alpha[i]]
        if len(words) >= 2:
            initials.setdefault("".join(w[0] for w in words).lower(), set()).add(r.name)
        for h in (r.end - 1, r.start if lower[r.start + 1] in ("for", "of") else None):  # token indices
            if h is not None and text[h] in PARTY_HEADS and text[h] != "Party":
                by_head.setdefault(lower[h], set()).add(r.name)
    heads = {h: next(iter(names)) for h, names in by_head.items() if len(names) == 1}
    abbrs = {a: next(iter(names)) for a, names in initials.items() if len(names) == 1 and len(a) >= 2}
    for r in refs:  # a weak "Alliance" is the article's "Alliance for Valdoria"
        if r.weak and r.end - r.start == 1 and lower[r.start] in heads:
            r.name, r.weak = heads[lower[r.start]], False
    taken = {i for r in refs for i in range(r.start, r.end)}
    out = []
    for i in tb.where(abbrs) if abbrs else ():  # "UfR" for "Union for Renewal" when the article never spells it out
        text = tb.text[i]
        if i not in taken and len(text) >= 2 and text[0].isupper() and sum(ch.isupper() for ch in text) >= 2 and text.isalpha():
            out.append(PartyRef(i, i + 1, abbrs[tb.lower[i]], text))
    taken.update(r.start for r in out)
    if not heads:
        return out
    mods = cues["head_reference_modifiers"]
    for i in tb.where(heads):
        if i in taken or i == 0:
            continue
        tok = doc[i]
        if tok.i + 1 < len(doc) and (doc[tok.i + 1].is_title or doc[tok.i + 1].pos_ in ("NOUN", "PROPN")):
            continue  # part of another name, or a compound: "the front page", "the Front National"
        j = tok.i - 1
        while j > 0 and doc[j].lower_ in mods:
            j -= 1
        if doc[j].lower_ == "the" and (tok.is_title or j < tok.i - 1):  # "the Front", "the ruling front"
            out.append(PartyRef(j + 1 if j + 1 < tok.i else tok.i, tok.i + 1, heads[tok.lower_], doc[j + 1 : tok.i + 1].text))
    return out

_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


def _weak_parties(doc: Doc, cues: Cues, taken: set[int], weak_matches: list[tuple[int, int, int]],
                  people: set[str] | None = None) -> list[PartyRef]:
    """Capitalised names the lexicon and the NER do not know ("Harbour Party", "Green Left", "UfR"): used
    as parties only by the seat constructions (fallback mentions)."""
    c = cues
    tb = _table(doc)
    lower, texts, stop_not_title = tb.lower, tb.text, tb.stop_not_title
    blocked = set(taken)
    people = _person_words(doc, c) if people is None else people
    candidates: list[Span] = []
    for e in tb.ents:
        label = e.label_
        if label == "PERSON" and not any(i in taken for i in range(e.start, e.end)) and not any(w in people for w in texts[e.start : e.end]) \
                and any(w in c["party_name_words"] for w in lower[e.start : e.end]):
            # NER calls many unknown party names people ("Democratic Centre", "New Voice"): a PERSON
            # the article never treats as a person (no title, no "said", no "Mr") may be a party
            candidates.append(e)
        if tb.body(e) or label in ("PERSON", "GPE", "NORP", "DATE", "LOC", "TIME", "MONEY"):
            blocked.update(range(e.start, e.end))
    for s, e in tb.titles:
        blocked.update(range(s, e))
    out = []
    for e in candidates:
        s = e.start
        while s < e.end and (tb.stop[s] or lower[s] in c["weak_party_stop"]):
            s += 1
        if s < e.end and not (e.start > 0 and lower[e.start - 1] in c["place_prepositions"]):
            out.append(PartyRef(s, e.end, canonical_party(tb.span_text(s, e.end)), tb.span_text(s, e.end), weak=True))
            blocked.difference_update(range(e.start, e.end))
            blocked.update(range(s, e.end))
    taken_now = {i for r in out for i in range(r.start, r.end)}
    weak_stop, unit_nouns = c["weak_party_stop"], c["seat_nouns"] | c["chamber_nouns"]
    for s, e in _filter_pairs([(s, e) for _, s, e in weak_matches]):
        if taken_now and not taken_now.isdisjoint(range(s, e)):
            continue
        while s < e and (stop_not_title[s] or lower[s] in weak_stop or s in blocked):
            if e - s == 2 and lower[s] in _NAME_ADJECTIVES and s not in blocked and texts[s + 1][:1].isupper() \
                    and lower[s + 1] not in weak_stop:
                break  # "the National Meeting", "the National Crusade": the adjective opens a two-word name
            s += 1  # "The Third Way": "Third" is a stop word but part of the name
        while e > s and (texts[e - 1] in ("'", "’") or e - 1 in blocked or lower[e - 1] in weak_stop):
            e -= 1
        if e <= s or not blocked.isdisjoint(range(s, e)):
            continue
        words = lower[s:e]
        if words[0] in c["months"] or any(w in unit_nouns for w in words):
            continue
        text = tb.span_text(s, e)
        if e - s == 1 and (_opens_sentence(doc, s) and not tb.upper[s] or doc[s].pos_ == "ADP"):
            continue  # a capitalised first word ('"To actually take 30 seats is ...'); a preposition ('"Out of 100 seats')
        if tb.upper[s] and (len(texts[s]) > 5 or _dateline(doc, s, e)):
            continue  # datelines: "VELLHAVEN, Estmark —", "PORT SELBY, New Carrick —"
        if any(w in people for w in texts[s:e]):
            continue  # "Owen Hale", "Hale": a person of the article
        if s > 0 and lower[s - 1] in c["place_prepositions"] | {"of"} and not any(w in c["party_name_words"] for w in words):
            continue  # "the National Front of Saldane", "voters in Ostria": a place
        out.append(PartyRef(s, e, canonical_party(text, doc._.claimx_countries or []), text, weak=True))
    return sorted(out, key=lambda r: r.start)


def _opens_sentence(doc: Doc, i: int) -> bool:
    """The token is the sentence's first word, after any opening quotation marks or brackets: its capital is the
    sentence's, not a name's ('"To take 30 seats is remarkable," he said')."""
    j = i
    while j > 0 and not doc[j].is_sent_start and (doc[j - 1].is_quote or doc[j - 1].is_left_punct):
        j -= 1
    return doc[j].is_sent_start


def _drop_institution_abbreviations(doc: Doc, refs: list[PartyRef]) -> list[PartyRef]:
    """A name found only by its shape is no party when the article defines it as an institution's abbreviation:
    "Lithuania's Central Electoral Commission (VRK) ... Unofficial data from the VRK show ..." """
    from ..entities import name_before_bracket  # (the entities component's reading of "Name (ABBR)")

    weak = {r.text for r in refs if r.weak}
    if not weak:
        return refs
    tb = _table(doc)
    text = tb.text
    institutions = {text[i + 1] for i in range(1, len(text) - 2)
                    if text[i] == "(" and text[i + 2] == ")" and text[i + 1] in weak
                    and not_a_party(name_before_bracket(doc, i) or "") == "institution"}
    return [r for r in refs if not (r.weak and r.text in institutions)] if institutions else refs


_OF_IN = frozenset(("of", "in"))


@lru_cache(maxsize=1)
def _lexicon_places() -> frozenset[str]:
    """The countries and places of ``data/entities/countries.jsonl``, as written."""
    from ...lexicon import load_lexicon

    return frozenset(f for pl in load_lexicon().places for f in (pl.name, *pl.aliases))


def _drop_places(doc: Doc, refs: list[PartyRef]) -> list[PartyRef]:
    """A one-word name found only by its shape is a place, not a party, when the article also writes it after
    "of", "in" or "in the" ("Liberal Democrats of Marevia", "voters in Marevia", "lost their seat in the Valtura")."""
    weak = {r.text for r in refs if r.weak and r.end - r.start == 1}
    if not weak:
        return refs
    tb = _table(doc)
    n = len(tb.text)
    places = {tb.text[i + 1] for i in tb.where(_OF_IN) if i + 1 < n and tb.text[i + 1] in weak}
    # ("lost their seat in the Aargau": "in the" before a one-word name)
    places |= {tb.text[i + 2] for i in tb.where(("in",)) if i + 2 < n and tb.lower[i + 1] == "the" and tb.text[i + 2] in weak}
    # ("Ghana has 275 seats in parliament": a country or place the lexicon knows is no party the lexicon does not know)
    places |= {w for w in weak if w in _lexicon_places() and lookup_party(w) is None}
    return [r for r in refs if not (r.weak and r.end - r.start == 1 and r.text in places)] if places else refs


def _filter_pairs(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """:func:`spacy.util.filter_spans` on (start, end) pairs, without making a Span per match: longest
    first (then leftmost), dropping a pair whose first or last token is taken; in start order."""
    taken: set[int] = set()
    out = []
    for neg_len, s in sorted({(s - e, s) for s, e in pairs}):  # longest first, then leftmost
        e = s - neg_len
        if s not in taken and e - 1 not in taken:
            out.append((s, e))
            taken.update(range(s, e))
    return sorted(out)


@lru_cache(maxsize=8)
def _dotted(words: frozenset[str]) -> frozenset[str]:
    """The words with up to three full stops after them: the lowercase forms ``w`` with ``w.rstrip(".")`` in
    ``words`` ("mr", "mr.")."""
    return frozenset(w + "." * k for w in words for k in range(4))


def _person_words(doc: Doc, c: Cues) -> set[str]:
    """Words of the article's names that it treats as people: a PERSON (or a capitalised word) after a
    title or an honorific, or next to a speech verb ("Hale said", "said Varga", "Moric told")."""
    tb = _table(doc)
    titles = {e for _, e in tb.titles}
    title_starts = sorted({s for s, _ in tb.titles})
    cue_before, speech = c["person_cues_before"], c["speech_verbs"]
    out: set[str] = set()
    lower, text, n = tb.lower, tb.text, len(doc)

    def cued(s: int, e: int) -> bool:
        if s in titles or (s > 0 and lower[s - 1].rstrip(".") in cue_before):
            return True
        if s > 1 and f"{lower[s - 2]} {lower[s - 1]}" in c["person_cues_bigram"]:  # "led by Aiko Mori"
            return True
        if e < n and text[e] == "," and bisect.bisect_right(title_starts, e + 6) > bisect.bisect_right(title_starts, e):
            return True  # "Kenji Sato, the party's secretary general, said": a title starts in (e, e + 6]
        if e < n and (lower[e] in speech or tb.lemma(e) in speech):
            return True
        return s > 0 and lower[s - 1] in speech
    name_words = c["party_name_words"]

    def described_person(s: int, e: int) -> bool:
        # "the Azem Alliance of Iraqi millionaire Khamis Khanjar won 12 seats": a PERSON of two words or more right
        # after a lower-case common noun that describes them (a trade, a role), not a party or seat word
        # (not "the opposition Iron Guild": a party's role, whatever the tagger called the name)
        return e - s >= 2 and s > 0 and doc[s - 1].tag_ == "NN" and doc[s - 1].is_lower \
            and lower[s - 1] not in c["seat_nouns"] and lower[s - 1] not in name_words \
            and lower[s - 1] not in c["collective_role_modifiers"] and lower[s - 1] not in c["party_descriptors"] \
            and not any(text[i] in PARTY_HEADS for i in range(s, e))

    starts = set(titles) | {i + 1 for i in tb.where(_dotted(cue_before)) if i + 1 < n}
    for s in starts:  # "Prime Minister Anton Keller", "Mr Hale"
        j = s
        while j < n and j < s + 3 and tb.title[j] and tb.ent_ids[j] not in _label_ids("ORG", "GPE", "NORP"):
            out.add(text[j])
            j += 1
    person = get_string_id("PERSON")
    for e in tb.ents:
        if e.label == person and (cued(e.start, e.end) or described_person(e.start, e.end)):
            out.update(text[i] for i in range(e.start, e.end) if tb.title[i])
    # names the NER missed ("Hale said", "said Varga", "Kenji Sato, the party's ..."): each run of name-like
    # words, in pieces of at most three from its start
    edges = numpy.flatnonzero(numpy.diff(numpy.concatenate(([0], tb.name_like, [0])))).tolist()
    for a, b in zip(edges[::2], edges[1::2]):
        for i in range(a, b, 3):
            j = min(i + 3, b)
            if cued(i, j) and not any(w in name_words for w in lower[i:j]):
                out.update(text[i:j])
    # a given name and a surname, whatever the tagger's label ("His nearest rival, Geert Wilders and the PVV": the
    # NER called the name an organisation): two or three capitalised words, the first a given name of
    # data/quotes/given_names.json, none a word of party names
    given = _given_names()
    for i in (k for k, w in enumerate(text) if w in given and tb.title[k]):
        j = i + 1
        while j < n and j < i + 3 and tb.title[j] and tb.alpha[j] and lower[j] not in name_words:
            j += 1
        if j > i + 1 and not (j < n and tb.title[j]) and not any(w in name_words for w in lower[i:j]):
            out.update(text[i:j])
    return out


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """The given names of data/quotes/given_names.json (either gender)."""
    import json
    from pathlib import Path

    data = json.loads((Path(__file__).resolve().parents[2] / "data" / "quotes" / "given_names.json").read_text(encoding="utf-8"))
    return frozenset(w for key in ("male", "female") for w in data.get(key, []))


# adjectives the weak-name trimming drops ("National elections", "State media") that open a party's two-word name
_NAME_ADJECTIVES = frozenset(("national", "federal"))


def _dateline(doc: Doc, s: int, e: int) -> bool:
    """An all-capitals place opening a line and followed by a comma or a dash ("ORVIK, Tarsland —")."""
    while s > 0 and doc[s - 1].is_upper and doc[s - 1].is_alpha and "\n" not in doc[s - 1].whitespace_:
        s -= 1  # "PORT SELBY": back to the first word of the place
    j = s
    while j < len(doc) and doc[j].is_upper and doc[j].is_alpha:
        j += 1
    line_start = s == 0 or "\n" in doc[s - 1].whitespace_ or "\n" in doc[s - 1].text
    return line_start and j < len(doc) and (doc[j].text == "," or doc[j].text in DASHES)
