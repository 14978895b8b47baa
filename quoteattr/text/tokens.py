"""Stage 1: offset-keeping word tokens for the windows the binding stage reads.

Tokens are plain ``(start, end, text)`` tuples: the binding stage creates
many of them in short windows around quotes, and tuples are the cheapest
record Python has.  Abbreviations and initials keep their period
(``Sen.``, ``J.``, ``U.S.``) so that titles can be recognised.
"""

from __future__ import annotations

import bisect
import operator
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


_START = operator.itemgetter(0)

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
#: ``\S`` match exactly what the classes below do.  Each repeated group's first
#: part is written out before it (``x(?:x){1,19}`` for ``(?:x){2,20}``, ``(?:x(?:x){0,18})?``
#: for ``(?:x){0,19}``): the same matches, but a word with no period or joiner after
#: its first letters fails on one character, not in the engine's repeat
#: machinery, and plain windows tokenize about a fifth faster.
_PLAIN_TOKEN_RE = re.compile(
    r"[A-Za-z]\.(?:[A-Za-z]\.){1," + str(WORD_PARTS - 1) + r"}"
    + r"|[A-Za-z0-9]+(?:" + _WORD_JOINERS + r"[A-Za-z0-9]+(?:" + _WORD_JOINERS + r"[A-Za-z0-9]+){0," + str(WORD_PARTS - 2) + r"})?"
    + r"|\S"
)

#: :data:`_PLAIN_TOKEN_RE` and the space after it.  In a plain window every
#: character it skips is a space (``\S`` is one of its branches), and no
#: token opens with one, so ``findall`` gives each token once, in order, each
#: match starting where the last ended.  The space follows the word: a space
#: run before a word would fail at a window's end and be rescanned from each
#: of its characters (quadratic), a run after one always matches.
_SPACED_PLAIN_TOKEN_RE = re.compile(r"(" + _PLAIN_TOKEN_RE.pattern + r")(\s*)")
#: The space that opens a window, before its first word.
_SPACE_RUN_RE = re.compile(r"\s*")

#: A character that makes a window need :data:`_TOKEN_RE`: anything outside
#: printable ASCII, tab, line breaks and the typographic quotes and dashes of
#: news text (control characters too, as the two engines disagree on whether
#: U+001C-U+001F are spaces).  Searched by the standard library engine, about
#: four times faster than ``regex`` for one class; the two read this class
#: alike for every code point (``tests/test_tokens.py`` checks).
_NOT_PLAIN_RE = re.compile(
    r"[^\t\n\r\x20-\x7e" + "".join(sorted(ALL_QUOTE_CHARS | DASHES | SENTENCE_TERMINALS)) + r"]"
)


#: What a period can follow with no word before it that might take it: a
#: period (a word ending in one takes no other) or a common space (no word
#: ends in one).  A set test is cheaper than ``str.isspace``; after a rarer
#: space the period just goes through the search.
_NO_WORD_END = frozenset(". \t\n\r\f\v\u00a0")

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
    letter (an initial).  A window reaching outside the text is cut to it, as a
    slice is; an empty or inverted one has no tokens.

    >>> [t.text for t in tokenize("Sen. J. Smith didn't say.")]
    ['Sen.', 'J.', 'Smith', "didn't", 'say', '.']
    """
    # A window reaching past either end of the text is cut to it (a negative
    # start would count the period search from the end); an empty one has no
    # tokens.  Compared, not min()/max(): this runs for every window.
    if start < 0:
        start = 0
    if end is None or end > len(text):
        end = len(text)
    if start >= end:
        return []
    if abbreviations is None:
        abbreviations = Lexicon.english().abbreviations
    # Every narration word near a quote, and every word of a sentence with a
    # report cue, is a token: one comprehension builds them (tuple.__new__
    # skips the NamedTuple constructor's Python frame), and only the words
    # before a period are looked at again, for an abbreviation or an initial.
    new = tuple.__new__
    tokens: list[Token]
    if _NOT_PLAIN_RE.search(text, start, end):
        tokens = [new(Token, (m.start(), m.end(), m.group())) for m in _TOKEN_RE.finditer(text, start, end)]
    else:
        # Each word and the space after it, as strings: the offsets are
        # summed from their lengths, with no method call per match.
        tokens = []
        append = tokens.append
        pos = _SPACE_RUN_RE.match(text, start, end).end()  # type: ignore[union-attr]  # (always matches)
        for word, space in _SPACED_PLAIN_TOKEN_RE.findall(text, start, end):
            e = pos + len(word)
            append(new(Token, (pos, e, word)))
            pos = e + len(space)
    dot = text.find(".", start + 1, end)
    return tokens if dot < 0 else _join_periods(text, tokens, dot, end, abbreviations)


def _join_periods(text: str, tokens: list[Token], dot: int, end: int, abbreviations: Mapping[str, str]) -> list[Token]:
    """*tokens* with each abbreviation or initial joined to the period after
    it, from the window's first period, at *dot*, to its *end*."""
    new = tuple.__new__
    absorbed: list[int] = []
    while dot >= 0:
        # A period right after a word is a token of its own (no pattern starts a
        # word with one); the word takes it when it is an abbreviation or an initial.
        # No word ends in a space, and one that ends in a period takes no other:
        # the search is skipped for a dot after either, as each search made a
        # window dense with periods ('...', '. . .') twice as slow to tokenize.
        if text[dot - 1] not in _NO_WORD_END:
            k = bisect.bisect_left(tokens, dot, key=_START)
            if 0 < k < len(tokens) and tokens[k][0] == dot and tokens[k - 1][1] == dot:
                s, e, word = tokens[k - 1]
                if word[-1] != "." and (
                    word.lower() in abbreviations or (len(word) == 1 and word.isupper() and _initial_before(text, e + 1))
                ):
                    tokens[k - 1] = new(Token, (s, e + 1, word + "."))
                    absorbed.append(k)
        dot = text.find(".", dot + 1, end)
    if absorbed:
        drop = set(absorbed)
        tokens = [t for i, t in enumerate(tokens) if i not in drop]
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
