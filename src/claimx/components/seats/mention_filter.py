"""Party mentions that are not parties.

Election reporting capitalises many names around the numbers: the body that counts the votes ("the
Independent Electoral Commission"), an official by title ("Chief Electoral Officer"), a broadcaster or a
pollster that projects the result ("Sky", "Ipsos"), and dates ("Nov. 4", "Sept."). Taken for parties,
they receive seat counts, and the consistency checks then raise false errors. The word lists are data
(``data/seats/not_parties.json``); this module only says which mention text is not a party.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "seats" / "not_parties.json"


@lru_cache(maxsize=4)
def _lists(path: str = str(DATA)) -> dict[str, frozenset[str]]:
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    return {k: frozenset(w.lower() for w in v) for k, v in raw.items() if isinstance(v, list)}


def _words(text: str) -> list[str]:
    text = re.sub(r"\([^)]*\)", " ", text)  # "Election Commission (EC)": the defined abbreviation is no word of it
    return [w.strip(".,'’()").lower() for w in text.replace("’s", "").replace("'s", "").split()]


def is_date_word(word: str) -> bool:
    """A month or weekday, written out or abbreviated, with or without its dot ("Nov.", "Sept", "Tues.")."""
    w = word.strip(".").lower()
    lists = _lists()
    return w in lists["months"] or w in lists["weekdays"]


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Places and nationalities of the lexicon, lower case ("welsh", "kerala", "scottish")."""
    from ...lexicon import load_lexicon

    lex = load_lexicon()
    return frozenset(f.lower() for group in (lex.places, lex.nationalities) for p in group for f in (p.name, *p.aliases))


def _is_place_word(word: str) -> bool:
    return word in _place_words()


@lru_cache(maxsize=8192)  # an article names the same parties again and again; the word lists are fixed
def not_a_party(text: str) -> str | None:
    """Why the mention ``text`` is not a party ("date", "institution", "news-organisation"), else None."""
    lists = _lists()
    words = [w for w in _words(text) if w]
    if words and words[0] == "the":
        words = words[1:]
    if not words:
        return None
    if len(words) == 1 and is_date_word(words[0]):
        return "date"
    if len(words) == 1 and words[0] in lists.get("number_words", ()):
        return "number"  # "Social Democrats: Six seats, down from seven": the capitalised count opens the line
    if len(words) == 1 and words[0] in lists.get("pronouns", ()):
        return "pronoun"  # "Our list will have over 125 seats": a capitalised possessive opening a quotation
    if len(words) == 1 and words[0] in lists.get("member_nouns", ()):
        return "member-noun"  # "supported by 54 Members from 102 seats": a capitalised noun for the people counted
    if len(words) == 1 and words[0] in lists.get("function_words", ()):
        return "function-word"  # "in Tokyo's No. 18 district", "To get up to 30 seats ...": a capitalised word, no name
    if words[-1] in lists.get("election_nouns", ()):
        return "election"  # "Sunday's Parliamentary Elections saw the ruling X sweep ...": the election, not a party
    if len(words) == 1 and words[0] in lists.get("table_words", ()):
        return "table-word"  # "ANO 78 Up 31": a column of the results table
    if len(words) == 1 and words[0] in lists.get("election_adjectives", ()):
        return "adjective"  # "the 2021 Parliamentary election"
    if len(words) == 2 and is_date_word(words[-1]) and len(words[-1]) > 3:
        return "date"  # "Starting December", "Last Monday": a capitalised sentence opener and a date
    if " ".join(words) in lists.get("named_non_parties", ()):
        return "named-non-party"
    if " ".join(words) in lists["news_organisations"]:
        return "news-organisation"
    if " ".join(words) in lists["chamber_words"]:
        return "chamber"
    if "of" in words[1:] and " ".join(words[: words.index("of")]) in lists["chamber_words"] and words[-1][:1].isalpha() \
            and len(words) - words.index("of") <= 3 and words.index("of") >= 2:
        return "chamber"  # "the National Assembly of Zambia": a chamber's name with its country
    if len(words) == 2 and words[1] in lists["chamber_words"] and _is_place_word(words[0]):
        return "chamber"  # "Labour misses out on Welsh Assembly majority", "the Kerala Assembly": a place's chamber
    if words[-1] in lists["institution_heads"] or any(w in lists["institution_words"] for w in words):
        return "institution"
    return None
