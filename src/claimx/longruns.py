"""Tokenizing whitespace-free runs in linear time.

spaCy's tokenizer takes each whitespace-free string and strips its prefixes and suffixes one at a time, each
found by a regular expression over what is left: a "word" made of thousands of punctuation marks (a run of
quote marks, brackets or dashes with no space, as in a damaged or hostile file) costs the square of its length
(12,000 characters of ``"“‘``: ~15 s in the tokenizer alone). No word of news text is that long, so
:class:`LongRunTokenizer` cuts every whitespace-free run longer than ``MAX_RUN`` characters into slices of
``MAX_RUN`` and tokenizes each slice on its own (a token boundary, without a space, at each cut). Text without
such a run goes to spaCy's tokenizer unchanged, so normal articles get exactly the tokens they got before.
The Doc's text is always the input text, character for character, but for one thing: a lone carriage return.

Old Mac tools end lines with a lone CR (``\r``), a character the trained pipeline never saw and claimx's
components do not read as a line break (they look for ``\n``): a CR-only file was parsed into other sentences
and lost claims its LF twin has. The tokenizer reads each lone CR as a LF (same length, so every offset is
unchanged; CRLF is left as it is) and keeps the text it was given in ``doc.user_data[SOURCE_TEXT]``;
:func:`claimx.doctext.source_text` gives it back, and the claim builder takes evidence and sentences from it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

MAX_RUN = 500  # characters; long URLs (~100-300) stay whole
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))
_LONE_CR = re.compile(r"\r(?!\n)")
SOURCE_TEXT = "claimx_source_text"  # doc.user_data key: the text given, when a lone CR was read as a LF

# A run of quote marks with no space ("“‘"“‘...) is one token per mark: 3,000 marks are 3,000 tokens through the
# network, ~4x the tokens of news text of the same size, and each costs more (the parser ~10x normal text
# per character). No news text has more than a few quote marks in a row (a closing ’” or ”’), so a run of more
# than MARK_RUN marks is cut into tokens of MARK_RUN marks; claimx_quotes reads quote marks in the text, by
# character, not by token, and the Doc's text is unchanged.
MARK_RUN = 16
_MARKS = "\"'`\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a"
_MARK_RUN = re.compile("[%s]{%d,}" % (_MARKS, MARK_RUN + 1))


class LongRunTokenizer:
    """Wraps a spaCy tokenizer (``nlp.tokenizer = LongRunTokenizer(nlp.tokenizer)``); everything else (memory
    zones, serialisation, special cases) is the wrapped tokenizer's."""

    def __init__(self, inner):
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        if "\r" in text:
            read = _LONE_CR.sub("\n", text)
            if read != text:
                doc = self._tokenize(read)
                doc.user_data[SOURCE_TEXT] = text
                return doc
        return self._tokenize(text)

    def _tokenize(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None and _MARK_RUN.search(text) is None:
            return self.inner(text)
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for m in _LONG_RUN.finditer(text):
            self._add(words, spaces, text[pos : m.start()])
            for a in range(m.start(), m.end(), MAX_RUN):
                self._add(words, spaces, text[a : min(a + MAX_RUN, m.end())])
            pos = m.end()
        self._add(words, spaces, text[pos:])
        return Doc(self.inner.vocab, words=words, spaces=spaces)

    def _add(self, words: list[str], spaces: list[bool], part: str) -> None:
        """Tokens of ``part``: runs of more than MARK_RUN quote marks cut into tokens of MARK_RUN marks (a single
        space after a run is its last token's), the rest by the wrapped tokenizer."""
        pos = 0
        for m in _MARK_RUN.finditer(part):
            self._add_plain(words, spaces, part[pos : m.start()])
            for a in range(m.start(), m.end(), MARK_RUN):
                words.append(part[a : min(a + MARK_RUN, m.end())])
                spaces.append(False)
            pos = m.end()
            if part.startswith(" ", pos):
                spaces[-1] = True
                pos += 1
        self._add_plain(words, spaces, part[pos:])

    def _add_plain(self, words: list[str], spaces: list[bool], part: str) -> None:
        if part:
            for t in self.inner(part):
                words.append(t.text)
                spaces.append(bool(t.whitespace_))

    def __getattr__(self, name: str):
        if name == "inner":  # (not set yet: unpickling)
            raise AttributeError(name)
        return getattr(self.inner, name)


def guard_tokenizer(nlp) -> None:
    """Give ``nlp`` a :class:`LongRunTokenizer` (once)."""
    if not isinstance(nlp.tokenizer, LongRunTokenizer):
        nlp.tokenizer = LongRunTokenizer(nlp.tokenizer)


# A closing curly double mark typed against the next word ('"... has failed”said Doe', '”he declared'): spaCy's
# infixes do not split there, so the attribution verb would be glued to the quote's last word. Only a closing mark
# (U+201D) after a word or a sentence mark and before a letter is split; straight marks are ambiguous and stay.
_GLUED_CLOSE = "(?<=[\\w.,!?\u2026])\u201d(?=[A-Za-z])"


# Text copied from web pages loses the space where a line or a link ended: "won 28 of the 32Senate seats", "won
# oneSenate seat", "while thePRD won". A capitalised word glued after a whole token that is a number word or a short
# function word, or a chamber's or seat's noun glued after a figure, is split from it (an empty infix). Words that start lower and continue capitalised
# ("iPhone", "eBay", "YouTube") are left alone: their left part is none of these words; so are names that start with
# a capitalised one ("OneDrive", "TheStreet").
_GLUED_LEFT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                     "the", "and", "of", "in", "for", "with", "to", "by", "from", "but", "while")
# (after a figure only a chamber's or a seat's noun: "50Plus", "5Star" are names)
_GLUED_AFTER_FIGURE = ("Senate", "House", "Assembly", "Parliament", "Congress", "Chamber", "Council", "Seats", "Deputies",
                       "Members", "Senators", "Representatives")
_GLUED_WORD = ("(?:(?<=^[0-9])|(?<=^[0-9]{2})|(?<=^[0-9]{3}))(?=(?:" + "|".join(_GLUED_AFTER_FIGURE) + ")(?![a-z]))|(?:"
               + "|".join(f"(?<=^{w})" for w in _GLUED_LEFT_WORDS) + ")(?=[A-Z][A-Za-z])")
# A dash typed without spaces between a word and a figure ("had 156 seats–14 short of the 170 needed", "seats—a record" is
# split already): an en or em dash, or a non-breaking hyphen (U+2011, which spaCy's hyphen infix does not know, so
# "120‑seat" stayed one token), is split from the letters and figures on either side, as "-" is. A range of two
# figures ("2019–2023") stays one token.
# (and a plain-text dash typed as two hyphens: "44 seats--two more than in 2011")
_GLUED_DASH = "(?<=[A-Za-z])[–—](?=[0-9])|(?<=[0-9])[–—](?=[A-Za-z])|(?<=[0-9A-Za-z])‑(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])--(?=[0-9A-Za-z])"
# "Tokyo, July 2 (Jiji Press)—Tomin First no Kai won": a closing bracket and a dash glued to the next word
_GLUED_DASH += "|(?<=[A-Za-z.])\\)(?=[–—][A-Za-z])|(?<=\\))[–—](?=[A-Za-z])"
# "It won 44 seats --two more than in 2011 --": two hyphens glued to the word after them open an aside
_GLUED_DASH_PREFIX = "^--(?=[0-9A-Za-z])"
_GLUED_INFIXES = (_GLUED_CLOSE, _GLUED_WORD, _GLUED_DASH)


def split_glued_quotes(nlp) -> None:
    """Add the glued closing mark and the glued words to ``nlp``'s tokenizer infixes (once; before
    :func:`guard_tokenizer`)."""
    tok = nlp.tokenizer.inner if isinstance(nlp.tokenizer, LongRunTokenizer) else nlp.tokenizer
    finder = getattr(tok, "infix_finditer", None)
    old = getattr(finder, "__self__", None)
    pattern = getattr(old, "pattern", None)
    missing = [p for p in _GLUED_INFIXES if pattern is None or p not in pattern]
    if missing:
        tok.infix_finditer = re.compile("|".join(([pattern] if pattern else []) + missing)).finditer
    prefix = getattr(tok, "prefix_search", None)
    prefix_pattern = getattr(getattr(prefix, "__self__", None), "pattern", None)
    if prefix is not None and (prefix_pattern is None or _GLUED_DASH_PREFIX not in prefix_pattern):
        # (first, so that "--" is taken whole before the one-hyphen prefix)
        tok.prefix_search = re.compile("|".join([_GLUED_DASH_PREFIX] + ([prefix_pattern] if prefix_pattern else []))).search
