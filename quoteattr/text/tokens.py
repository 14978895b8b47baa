"""Stage 1: offset-keeping word tokens for the windows the binding stage reads.

Tokens are plain ``(start, end, text)`` tuples: the binding stage creates
many of them in short windows around quotes, and tuples are the cheapest
record Python has.  Abbreviations and initials keep their period
(``Sen.``, ``J.``, ``U.S.``) so that titles can be recognised.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import NamedTuple

import regex

from quoteattr.lang import Lexicon
from quoteattr.text.chars import ALL_QUOTE_CHARS, APOSTROPHES, DASHES, SENTENCE_TERMINALS


class Token(NamedTuple):
    """A word or punctuation character: ``source[start:end] == text``."""

    start: int
    end: int
    text: str


#: What joins the parts of one word: an apostrophe or a hyphen (don't, Roe’s, al-Assad).
_WORD_JOINERS = r"[" + APOSTROPHES + r"\-]"

#: The most parts one token joins (dotted letters, or parts joined by
#: apostrophes and hyphens); a longer chain is read as several tokens.  The
#: regex engines keep about a hundred bytes per repetition of a group while
#: they match, so an unbounded chain (``A-A-A-...``) held memory in
#: proportion to its length.
WORD_PARTS = 20

#: One pass, three kinds: dotted abbreviations (U.S., e.g.), words with inner
#: apostrophes or hyphens (don't, O'Brien, al-Assad, R-Texas), and any other
#: single non-space character.  No nested quantifiers, so matching is linear.
_TOKEN_RE = regex.compile(
    r"(?:\p{L}\.){2," + str(WORD_PARTS) + "}"
    + r" | [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:" + _WORD_JOINERS + r"[\p{L}\p{M}\p{N}]+){0," + str(WORD_PARTS - 1) + "}"
    + r" | \S",
    regex.VERBOSE,
)

#: The same pattern for a plain window (no match of :data:`_NOT_PLAIN_RE`),
#: whose only letters and digits are ASCII: the standard library engine runs
#: it about 1.5 times faster, and on such a window ``\p{L}``, ``\p{N}`` and
#: ``\S`` match exactly what the classes below do.
_PLAIN_TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2," + str(WORD_PARTS) + r"}|[A-Za-z0-9]+(?:" + _WORD_JOINERS + r"[A-Za-z0-9]+){0," + str(WORD_PARTS - 1) + r"}|\S"
)

#: A character that makes a window need :data:`_TOKEN_RE`: anything outside
#: printable ASCII, tab, line breaks and the typographic quotes and dashes of
#: news text (control characters too, as the two engines disagree on whether
#: U+001C-U+001F are spaces).  Searched by the standard library engine, about
#: four times faster than ``regex`` for one class; the two read this class
#: alike for every code point (``tests/test_tokens.py`` checks).
_NOT_PLAIN_RE = re.compile(
    r"[^\t\n\r\x20-\x7e" + "".join(sorted(ALL_QUOTE_CHARS | DASHES | SENTENCE_TERMINALS)) + r"]"
)


#: The first non-space character after a position.
_NEXT_CHARACTER_RE = re.compile(r"\s*(\S)")


def _initial_before(text: str, after_period: int) -> bool:
    """True when a capital letter and period end before a capitalised word (``J. Smith``).

    Otherwise the letter is a word of its own that ends a sentence: the
    pronoun in ``said I. "Then ..."``, the ``B`` of ``plan B.``.
    """
    m = _NEXT_CHARACTER_RE.match(text, after_period)
    return m is not None and m.group(1).isupper()


def tokenize(
    text: str, start: int = 0, end: int | None = None, abbreviations: Mapping[str, str] | None = None
) -> list[Token]:
    """Tokenize ``text[start:end]``.

    A word keeps a following period when it is a known abbreviation (of
    *abbreviations*, the English lexicon's by default) or a single capital
    letter (an initial).

    >>> [t.text for t in tokenize("Sen. J. Smith didn't say.")]
    ['Sen.', 'J.', 'Smith', "didn't", 'say', '.']
    """
    if end is None:
        end = len(text)
    if abbreviations is None:
        abbreviations = Lexicon.english().abbreviations
    # This loop runs for every narration word near a quote: it builds the
    # tuples directly (tuple.__new__ skips the NamedTuple constructor's Python frame)
    # and only looks at the lexicon when a period follows a word.
    new = tuple.__new__
    tokens: list[Token] = []
    append = tokens.append
    skip_period_at = -1
    pattern = _TOKEN_RE if _NOT_PLAIN_RE.search(text, start, end) else _PLAIN_TOKEN_RE
    for m in pattern.finditer(text, start, end):
        s, e = m.span()
        word = m.group()
        if e < end and text[e] == ".":
            if s == skip_period_at:
                continue
            if word[-1] != "." and (word.lower() in abbreviations or (len(word) == 1 and word.isupper() and _initial_before(text, e + 1))):
                e += 1
                word += "."
                skip_period_at = e - 1
        elif s == skip_period_at:
            continue
        append(new(Token, (s, e, word)))
    return tokens


#: A word for :func:`count_words`: letters, marks and apostrophes.
_COUNTED_WORD_RE = regex.compile(r"\p{L}[\p{L}\p{M}" + APOSTROPHES + r"]*")
#: Words are counted this many characters at a time (see count_words).
_WORD_COUNT_CHUNK = 1 << 16


def count_words(text: str) -> Counter[str]:
    """How often each word of *text* occurs, as written.

    The text is read in chunks cut at a space, which no word spans: a list of
    every word of a novel at once would more than double the peak memory.

    >>> count_words("the cat and the hat")["the"]
    2
    """
    counts: Counter[str] = Counter()
    pos = 0
    while pos < len(text):
        end = text.find(" ", pos + _WORD_COUNT_CHUNK)
        if end < 0:
            end = len(text)
        counts.update(_COUNTED_WORD_RE.findall(text, pos, end))
        pos = end
    return counts
