"""Party names: one canonical name per party, within an article and across articles.

- :func:`canonical_party` maps a mention ("the Liberals", "Carney's Liberals", "Liberal Party of Canada",
  "NDP", "the BJP-led NDA", "non-party deputy") to a canonical name ("Liberal Party", "New Democratic Party",
  "National Democratic Alliance", "Independent") using the lexicon in ``data/entities/parties.jsonl``;
  a party the lexicon does not know keeps its cleaned written name ("the Foo Bar (FB) Party" -> "Foo Bar Party").
- :func:`same_party` says whether two names denote the same party (used by the evaluator and the checks):
  same canonical name, same normalised key (accents, case, "the", "party", possessives, plural, a leading
  nationality or region dropped), an abbreviation equal to the other's initials, or the same member set for
  combinations ("NDP-Green alliance" ~ "NDP and Green Party (combined)").
- :class:`ArticleParties` is the per-article resolver: abbreviations the article defines ("Foo Bar Party
  (FBP)") map to the full name, and the article's countries choose between homonyms ("Congress").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from .lexicon import Lexicon, PartyEntry, load_lexicon

PARTY_HEADS = (
    "Party", "Alliance", "Front", "Congress", "Union", "Bloc", "Movement", "League", "Coalition", "Federation",
    "Fighters", "Democrats", "Forum", "Rally", "Convention", "Assembly", "Partei", "Parti", "Partido", "Partito",
    "List", "Partij", "Párt", "Partiet", "Strana", "Stranka", "Partija", "Partia", "Partidul", "Partai",
)
# collective nouns whose possessive begins a party's name rather than naming its leader ("People's National
# Congress", "Citizen's Movement")
NAME_POSSESSORS = frozenset({"people", "peoples", "citizen", "citizens", "worker", "workers", "farmer", "farmers",
                             "peasant", "peasants", "women", "patriot", "patriots", "youth", "labourer",
                             "toiler", "toilers"})
PSEUDO_WORDS = {
    "independent": "Independent", "independents": "Independent", "non-party": "Independent",
    "nonpartisan": "Independent", "non-partisan": "Independent", "unaffiliated": "Independent",
    "crossbench": "Independent", "crossbenchers": "Independent", "non-attached": "Independent",
    "others": "Others", "other": "Others",
}
# words in front of a party name that are description, not name ("the far-right AfD", "the ruling ANC")
_DESCRIPTORS = re.compile(
    r"^(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|his|her|main|ruling|governing|incumbent|opposition|official|conservative|"
    r"liberal|progressive|centre-left|center-left|centre-right|center-right|left-wing|right-wing|far-right|"
    r"far-left|hard-right|hard-left|populist|nationalist|green|left|right|centrist|junior|senior|"
    r"coalition|potential|new|old|once-dominant|dominant|former|smaller|minor|major|big|biggest|largest|"
    r"second-largest|third-largest|tiny|upstart|anti-immigration|anti-immigrant|pro-business|separatist|"
    r"sovereigntist|federalist|traditional|main opposition|country's|nation's|state's|province's|"
    r"[Ii]slamist|secular|moderate|hardline|hard-line|ultranationalist|ultra-nationalist|reformist)\s+)+",
)
# a preposition the NER took into the name: "Besides the Progress Party", "Unlike the Centre Party"
_LEADING_PREPOSITION = re.compile(
    r"^(?:[Bb]esides|[Bb]eside|[Uu]nlike|[Ll]ike|[Ii]ncluding|[Aa]longside|[Aa]gainst|[Bb]ehind|[Aa]head of|[Tt]han|[Ww]ith|[Ff]rom)\s+(?=the\s)"
)
_POSSESSOR = re.compile(r"^(?:[A-Z][\w.\-\u00C0-\u024F]*\s+){0,2}[A-Z][\w.\-\u00C0-\u024F]*['\u2019\u02bc]s\s+(?=\S)")
_PAREN = re.compile(r"\s*\(([^()]*)\)\s*")
_COMBO_SPLIT = re.compile(r"\s*(?:/|&|\band\b|\s[-\u2013\u2014]\s|(?<=\w)[-\u2013](?=[A-Z]))\s*")
_COMBO_WORDS = re.compile(r"\s*\b(?:alliance|coalition|combined|bloc|pact|partnership|grouping|together)\b\s*", re.I)
_LED = re.compile(r"^(?P<lead>.+?)\s*(?:\((?P<abbr>[^)]*)\))?\s*[-\u2013]\s*led\s+(?P<rest>.+)$", re.IGNORECASE)
# a party with its unnamed partners: "X and allies", "X and its allies", "X-led alliance", "the X-led opposition
# coalition", "alliance led by X" (the group nouns reporters use for a party's bloc)
_GROUP_NOUN = r"(?:alliance|coalition|bloc|front|camp|grouping|pact|ticket)"
_AND_ALLIES = re.compile(r"^(?P<lead>.+?)\s+and\s+(?:(?:its|their)\s+(?:[a-z\-]+\s+)?)?(?:allies|partners)$", re.IGNORECASE)
_LED_GROUP = re.compile(r"^(?P<rest>(?:[\w\-]+\s+){0,2}" + _GROUP_NOUN + r")$", re.IGNORECASE)
_GROUP_LED_BY = re.compile(r"^(?:(?:the|an?)\s+)?(?:[\w\-]+\s+){0,2}" + _GROUP_NOUN + r"\s+(?:led|headed)\s+by\s+(?P<lead>.+)$", re.IGNORECASE)
# a quote mark that closes a quoted word inside a name ("the ‘Sairoon’ Coalition" -> "Sairoon Coalition"); not
# the plural possessive of "Workers' Party" (after an s), nor the apostrophe inside "Ra'am" (a letter follows)
_CLOSING_QUOTE = re.compile(r"(?<=[^\Ws])['\u2019\u201d\"](?=\s|$)")
_OPENING_QUOTE = re.compile(r"(?:(?<=\s)|^)['\u2018\u201c\"](?=\w)")


_HEAD_OF_PLACE = re.compile(r"\b(" + "|".join(PARTY_HEADS) + r") of [A-Z][\w\u00C0-\u024F\-]+$")


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, list[PartyEntry]], dict[str, list[PartyEntry]], frozenset[str], dict[str, PartyEntry]]:
    lex: Lexicon = load_lexicon()
    exact = lex.party_forms()
    folded: dict[str, list[PartyEntry]] = {}
    for form, entries in exact.items():
        for e in entries:
            lst = folded.setdefault(_fold(form), [])
            if e not in lst:
                lst.append(e)
    nat_words = set()
    for n in lex.nationalities:
        for f in (n.name, *n.aliases):
            nat_words.add(_fold(f))
    for p in lex.places:
        for f in (p.name, *p.aliases):
            nat_words.add(_fold(f))
    return exact, folded, frozenset(nat_words), lex.party_by_name()


def _fold(s: str) -> str:
    s = _strip_accents(s).lower().replace("\u2019", "'").replace("\u02bc", "'")
    s = re.sub(r"[\u2010-\u2015]", "-", s)
    return " ".join(s.replace(" / ", "/").split())


# nouns that name a group of parties by a description, not by a name of its own
_GROUP_NOUNS = frozenset(("camp", "bloc", "parties", "coalition", "alliance", "opposition", "side", "forces"))


@lru_cache(maxsize=8192)  # a pure function of the text (the lexicon is fixed); mentions recur
def clean_party_text(text: str) -> tuple[str, str | None]:
    """Drop articles, descriptors, a possessor ("Carney's") and a parenthesised abbreviation.

    Returns (name, abbreviation or None): "the far-right Alternative for Germany (AfD)" ->
    ("Alternative for Germany", "AfD"); "the uMkhonto weSizwe (MK) Party" -> ("uMkhonto weSizwe Party", "MK").
    """
    t = " ".join(text.replace("\u2019", "'").replace("\u02bc", "'").split())
    t = _LEADING_PREPOSITION.sub("", t)
    abbr = None
    m = _PAREN.search(t)
    if m:
        inner = m.group(1).strip()
        if inner and len(inner) <= 12 and " " not in inner:
            abbr = inner
        t = (t[: m.start()] + " " + t[m.end() :]).strip()
    stripped = _POSSESSOR.sub("", t)
    # "People's Alliance" is a name, "Carney's Liberals" a possessor; so is a collective noun's possessive
    # ("People's National Congress", "Workers' Party" is plural and never matched here)
    if stripped not in PARTY_HEADS and t.split("'")[0].lower() not in NAME_POSSESSORS:
        t = stripped
    if not _exact_lookup(t):
        bare = _DESCRIPTORS.sub("", t)
        # ("the conservative camp", "progressive parties": the descriptor is the group's whole name, kept)
        t = bare if bare.strip(" ,.;:-").lower() not in _GROUP_NOUNS else t
    t = re.sub(r"['’]s$", "", t).strip(" ,.;:-")
    return t, abbr


def _exact_lookup(t: str) -> list[PartyEntry]:
    exact, folded, _, _ = _indexes()
    if " " not in t and t.islower():
        # a common noun written in lower case ("the party's coalition", "labour") is no party's one-word name
        # ("Coalition", "Labour"): only its exact form names one
        return exact.get(t) or []
    return exact.get(t) or folded.get(_fold(t)) or []


def _choose(entries: list[PartyEntry], countries: Iterable[str] | None, form: str = "") -> PartyEntry | None:
    """The entry a written form names in an article about ``countries`` (most mentioned first).

    The entry of the article's most mentioned country. When none of the entries is of the article's countries,
    an entry for which the form is an ambiguous alias ("Greens", "Social Democrats", "People's Alliance") is not
    chosen, and, when the article's countries are known, neither is one the form names by a mere alias ("Labor"
    in British news): another country's party needs evidence, so the mention keeps its written name. Its full
    name still names it, and its abbreviation where its country is among the article's ("Germany's CDU"). With no country evidence at all: the only party the
    form names, else the lexicon's first entry the form names unambiguously; a world party (``strict``) never
    by a mere alias ("Democratic Coalition" in news of an invented country keeps its written name).
    """
    order = list(countries or ())
    if not order and form and len(entries) > 1:
        # a plural nickname derived for a country's party ("Socialists" for Spain's PSOE) names it only with its
        # country's evidence: without any, the entries that take the form themselves decide
        own = [e for e in entries if _fold(form) not in {_fold(n) for n in e.nicknames}]
        entries = own or entries

    def rank(e: PartyEntry) -> int:
        return min((order.index(c) for c in e.country if c in order), default=len(order) + 1)

    best = min(entries, key=rank)
    if rank(best) <= len(order) or not form or (not order and len(entries) == 1 and not best.strict):
        return best
    folded = _fold(form)
    plain = [e for e in entries if not e.country or folded not in {_fold(a) for a in e.ambiguous}]
    # a world party (strict) is named without its country's evidence only by its own name or abbreviation; in an
    # article about other countries only by its own name: a short abbreviation is another party's elsewhere ("GANA"
    # in Salvadoran news is not Guatemala's party)
    plain = [e for e in plain if not (order or e.strict) or not e.country
             or folded in {_fold(f) for f in ((e.name,) if order else (e.name, *e.abbr))}]
    return plain[0] if plain else None


def lookup_party(text: str, countries: Iterable[str] | None = None) -> PartyEntry | None:
    """The lexicon entry a mention names (after cleaning), or None."""
    return _lookup_party(text, tuple(countries) if countries else ())


@lru_cache(maxsize=8192)  # the same mentions recur in every article of a corpus; the lexicon is fixed
def _lookup_party(text: str, countries: tuple[str, ...]) -> PartyEntry | None:
    name, abbr = clean_party_text(text)
    for cand in (name, abbr, re.sub(r"\s+(?:Party|party)$", "", name), _singular_variants(name)):
        if not cand:
            continue
        entries = _exact_lookup(cand)
        if entries:
            return _choose(entries, countries, cand)
    return _misspelt(name, countries[0]) if countries else None


def one_slip(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one typing slip: one letter swapped with its neighbour, replaced, added or left out."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@lru_cache(maxsize=64)
def _country_forms(country: str) -> tuple[tuple[str, PartyEntry], ...]:
    exact = _indexes()[0]
    return tuple((_fold(form), e) for form, entries in exact.items() for e in entries if country in e.country and len(form) >= 8)


def _misspelt(name: str, country: str) -> PartyEntry | None:
    """"Plaid Cyrmu" in Welsh news: a name of eight letters or more, one typing slip away from exactly one party
    of the article's main country, with the same first letter in every word (a slip, not another name)."""
    folded = _fold(name)
    if len(folded) < 8:
        return None
    words = folded.split()
    hits = {e.name: e for form, e in _country_forms(country) if one_slip(folded, form)
            and [w[0] for w in form.split()] == [w[0] for w in words]}
    return next(iter(hits.values())) if len(hits) == 1 else None


def _singular_variants(name: str) -> str | None:
    if name.endswith("s") and not name.endswith("ss"):
        return name[:-1]
    return None


def _combo_members(name: str, countries: Iterable[str] | None) -> list[str] | None:
    """["New Democratic Party", "Green Party"] for "NDP-Green alliance"; None when not a combination."""
    core = _COMBO_WORDS.sub(" ", name).strip()
    parts = [p for p in _COMBO_SPLIT.split(core) if p and p.strip()]
    if len(parts) < 2:
        return None
    out = []
    for p in parts:
        e = lookup_party(p, countries)
        if e is None:
            e = lookup_party(p + " Party", countries)
        if e is None:
            return None
        out.append(e.name)
    return out


def canonical_party(name: str, countries: Iterable[str] | None = None) -> str:
    """Canonical name of a party mention (the lexicon's name, else the cleaned mention)."""
    if not name:
        return name
    return _canonical_party(name, tuple(countries) if countries else ())


@lru_cache(maxsize=8192)
def _canonical_party(name: str, countries: tuple[str, ...]) -> str:
    raw = _OPENING_QUOTE.sub("", _CLOSING_QUOTE.sub("", " ".join(name.split())))
    low = raw.lower().strip()
    low_clean = re.sub(r"^(?:the|an?)\s+", "", low)
    for w in (low_clean, low_clean.split(" ")[0] if low_clean.startswith(("non-party", "non-partisan")) else ""):
        if w in PSEUDO_WORDS:
            return PSEUDO_WORDS[w]
    m = _LED.match(raw)
    # "the BJP-led opposition coalition", "BJP and its allies", "an alliance led by the BJP": the party's bloc
    # (a group noun in lower case after "-led"; "the BJP-led NDA" names its bloc itself)
    lead = m.group("lead") if m and _LED_GROUP.match(m.group("rest")) and m.group("rest").islower() else None
    if m and lead is None and lookup_party(m.group("rest"), countries) is not None:
        return canonical_party(m.group("rest"), countries)
    for rx in (_AND_ALLIES, _GROUP_LED_BY):
        mm = rx.match(clean_party_text(raw)[0]) if lead is None else None
        lead = mm.group("lead") if mm else lead
    if lead:
        return party_with_allies(canonical_party(lead, countries), countries)
    entry = lookup_party(raw, countries)
    if entry is not None:
        return entry.name
    cleaned, _abbr = clean_party_text(raw)
    # "PTB/PVDA", "SP/PS": one party's names in two languages, joined by a slash (each part a form of the same
    # lexicon party; parts naming different parties are a combination, below)
    parts = [p.strip() for p in cleaned.split("/")]
    if len(parts) >= 2 and all(parts):
        entries = {lookup_party(p, countries) for p in parts} - {None}
        if len(entries) == 1:
            entry = next(iter(entries))
            forms = {entry.name, *entry.aliases, *entry.abbr}
            if all(p in forms or lookup_party(p, countries) == entry for p in parts):
                return entry.name
    members = _combo_members(cleaned, countries)
    if members:
        known = alliance_of(members)  # "the LDP-Komeito coalition": the alliance the lexicon lists with these members
        return known.name if known is not None else "/".join(members) + " alliance"
    return cleaned or raw


def party_key(name: str) -> str:
    """A loose normalised key: accents, case, 'the', 'party', possessives, plural and a leading
    nationality / region word dropped ("Australian Labor Party" -> "labor", "Greens" -> "green")."""
    _, _, nat_words, _ = _indexes()
    t, _abbr = clean_party_text(name)
    # "Patriotic Front of Saldane" ~ "Patriotic Front": a party head word followed by "of" and one place-like name
    t = _HEAD_OF_PLACE.sub(r"\1", t)
    t = _fold(t)
    t = re.sub(r"\bof (?:the )?[\w ]+$", lambda m: "" if _fold(m.group(0)[3:].replace("the ", "")) in nat_words else m.group(0), t)
    words = [w for w in re.split(r"[\s]+", t) if w and w not in ("the", "party", "parti", "partei")]
    while len(words) > 1 and words[0] in nat_words:
        words = words[1:]
    words = [w[:-1] if (w.endswith("s") and not w.endswith("ss") and len(w) > 3) else w for w in words]
    return " ".join(words)


def _abbrs(name: str) -> set[str]:
    """Abbreviations a name carries: its parenthesised part, its lexicon abbreviations, its initials."""
    out: set[str] = set()
    t, abbr = clean_party_text(name)
    if abbr:
        out.add(_fold(abbr))
    e = lookup_party(name)
    if e is not None:
        out.update(_fold(a) for a in e.abbr)
        t = e.name
    words = [w for w in re.split(r"[\s\-/]+", _strip_accents(t)) if w and w[0].isupper()]
    if len(words) >= 2:
        out.add("".join(w[0] for w in words).lower())
    return out


def same_party(a: str | None, b: str | None) -> bool:
    """True when the two names denote the same party (or the same combination of parties)."""
    if not a or not b:
        return False
    ca, cb = canonical_party(a), canonical_party(b)
    if ca == cb:
        return True
    ka, kb = party_key(ca), party_key(cb)
    if ka and ka == kb:
        return True
    if party_key(a) == party_key(b):
        return True
    ma, mb = _members_of(ca), _members_of(cb)
    if ma and mb:
        return ma == mb
    by_name = _indexes()[3]
    if (ma and ca not in by_name) or (mb and cb not in by_name):
        return False  # a combination of parties is not one of its members (a lexicon alliance's forms are compared below)
    fa, fb = _fold(clean_party_text(a)[0]), _fold(clean_party_text(b)[0])
    if fa in _abbrs(b) or fb in _abbrs(a):
        return True
    # "Warisan" ~ "Sabah Heritage Party", "Social Democrats (Sweden)" ~ "Swedish Social Democratic Party": both
    # are written forms of one lexicon party (the evaluator compares names within one article, where a form names
    # one party; "Social Democrats" is a form of several countries' parties and matches each of them)
    if not _form_entries(a).isdisjoint(_form_entries(b)):
        return True
    # "Kenya Kwanza" ~ "Kenya Kwanza Alliance": a name of two or more words and the same name with a generic
    # organisation word after it
    ta, tb = _without_generic_tail(fa), _without_generic_tail(fb)
    if ta == tb and len(ta.split()) >= 2:
        return True
    # "Taqaddum coalition" ~ "Taqaddum", "Alternative bloc" ~ "Alternative (Moldova)": a one-word name written
    # capitalised and the same name with a group noun after it; never a description ("left bloc" is no "Left")
    return _named_group_of(a, b) or _named_group_of(b, a)


def _named_group_of(group: str, other: str) -> bool:
    words = clean_party_text(group)[0].split()
    if len(words) != 2 or words[1].lower() not in _GROUP_TAIL_NOUNS or not words[0][:1].isupper() or _DESCRIPTORS.match(words[0].lower() + " "):
        return False
    name = words[0]
    if not _form_entries(name).isdisjoint(_form_entries(other)):
        return True  # a form of the lexicon party the other name is
    # otherwise the word must be a name of its own, no word parties' names are made of ("Democratic Alliance" is no
    # "Democratic")
    # ("Alternative bloc" ~ "Alternative (Moldova)": a common word qualified by its country is a party's name)
    return _fold(clean_party_text(other)[0]) == _fold(name) and (_fold(name) not in _party_name_words() or "(" in other)


_GROUP_TAIL_NOUNS = frozenset(("coalition", "alliance", "bloc", "list", "party"))


@lru_cache(maxsize=1)
def _party_name_words() -> frozenset[str]:
    """The common words of parties' names (data/seats/cues.json ``party_name_words``: democratic, liberal, ...)."""
    import json
    from importlib import resources

    cues = json.loads(resources.files("claimx").joinpath("data/seats/cues.json").read_text(encoding="utf-8"))
    return frozenset(w.lower() for w in cues.get("party_name_words", ()))


def _form_entries(name: str) -> frozenset[str]:
    """Names of the lexicon parties of which ``name`` (as written, else cleaned) is a form."""
    written = " ".join(name.split())
    raw = re.sub(r"^(?:[Tt]he)\s+", "", written)
    cleaned, inner = clean_party_text(raw)
    # a form that keeps its article ("The Alliance (M, C, L, KD)" ~ the lexicon's "The Alliance"), bracket dropped
    # (a lexicon name written whole first: "The River (Greece)", a name with its article and its country in brackets)
    entries = _exact_lookup(written) or _exact_lookup(raw) or _exact_lookup(cleaned) or _exact_lookup(_PAREN.sub(" ", written).strip())
    if inner:  # "Center Party (Keskusta)": the bracketed native name or abbreviation is a form too
        entries = [*entries, *_exact_lookup(inner)]
    return frozenset(e.name for e in entries if e.kind != "pseudo")


_GENERIC_TAILS = ("alliance", "coalition", "movement", "federation", "bloc", "front", "union", "list")


def _without_generic_tail(key: str) -> str:
    words = [w for w in key.split() if w != "the"]
    while len(words) > 2 and words[-1] in _GENERIC_TAILS:
        words = words[:-1]
    return " ".join(words)


def _members_of(canonical: str) -> frozenset[str] | None:
    _, _, _, by_name = _indexes()
    e = by_name.get(canonical)
    if e is not None and e.members:
        return frozenset(e.members)
    if canonical.endswith(" alliance") and "/" in canonical:
        return frozenset(canonical[: -len(" alliance")].split("/"))
    members = _combo_members(clean_party_text(canonical)[0], None)
    return frozenset(members) if members else None


@lru_cache(maxsize=1)
def _alliances() -> tuple[dict[frozenset[str], PartyEntry], dict[str, list[PartyEntry]]]:
    """The lexicon's alliances that list their members: by member set, and by leading (first) member."""
    by_members: dict[frozenset[str], PartyEntry] = {}
    by_leader: dict[str, list[PartyEntry]] = {}
    for e in load_lexicon().parties:
        if e.members:
            by_members.setdefault(frozenset(e.members), e)
            by_leader.setdefault(e.members[0], []).append(e)
    return by_members, by_leader


def alliance_of(members: Iterable[str]) -> PartyEntry | None:
    """The lexicon alliance made of exactly these (canonical) member parties ("LDP" + "Komeito")."""
    return _alliances()[0].get(frozenset(members))


def alliance_led_by(party: str, countries: Iterable[str] | None = None) -> PartyEntry | None:
    """The one alliance the lexicon lists with ``party`` (canonical) as its leading member, else None (no such
    alliance, or several: a party that led different blocs is not guessed)."""
    entries = _alliances()[1].get(party, [])
    order = set(countries or ())
    if order:  # only an alliance of the article's countries ("Labour and its allies" in British news is no bloc abroad)
        entries = [e for e in entries if order & set(e.country)]
    return entries[0] if len(entries) == 1 else None


def party_with_allies(party: str, countries: Iterable[str] | None = None) -> str:
    """The name of a party's bloc written as the party and its unnamed partners ("X and its allies", "the X-led
    alliance", "an alliance led by X"): the lexicon's alliance that X leads, else "X and allies"."""
    e = alliance_led_by(party, countries)
    return e.name if e is not None else f"{party} and allies"


_BLOC_OF = re.compile(r"^(?:[Tt]he )?(?:Alliance|alliance|Coalition|coalition|Bloc|bloc|Front|front|Pact|pact) of (.+ and .+)$")


def members_of_named_bloc(written: str, known: Iterable[str], countries: Iterable[str] | None = None) -> str | None:
    """ "Alliance of National Conference and Congress": a bloc noun, "of", then names joined with "and", each a party
    the article names elsewhere (``known``, lower case) or the lexicon knows, is the combination of its members
    ("National Conference and Congress", the form ``same_party`` compares by members); None for any other name
    ("Alliance of Liberals and Democrats for Europe" keeps its own unless both halves are parties)."""
    m = _BLOC_OF.match(written.strip())
    if m is None:
        return None
    members = m.group(1).replace("’", "'")
    parts = [p.strip() for p in members.split(" and ")]
    known = set(known)
    if len(parts) < 2 or not all(p and (p.lower() in known or lookup_party(p, countries) is not None) for p in parts):
        return None
    return members


def looks_like_party(text: str) -> bool:
    """A capitalised name ending in a party head word ("uMkhonto weSizwe Party", "Reform Front")."""
    words = text.split()
    return len(words) >= 2 and words[-1] in PARTY_HEADS and any(c.isupper() for c in words[0])


class ArticleParties:
    """Per-article party resolution: abbreviations the article defines, its countries for homonyms."""

    def __init__(self, countries: Iterable[str] = ()):
        self.countries = list(countries)
        self.defined: dict[str, str] = {}  # abbreviation (as written) -> canonical name

    def define(self, full: str, abbr: str) -> str:
        canon = self.canonical(full)
        self.defined[abbr] = canon
        return canon

    def canonical(self, mention: str) -> str:
        t = mention.strip()
        cleaned, _ = clean_party_text(t)
        if cleaned in self.defined:
            return self.defined[cleaned]
        return canonical_party(t, self.countries)
