"""Offset-keeping word tokens for the windows the binding stage reads.

Tokens are plain ``(start, end, text)`` tuples: the binding stage creates
many of them in short windows around quotes, and tuples are the cheapest
record Python has.  Abbreviations and initials keep their period
(``Sen.``, ``J.``, ``U.S.``) so that titles can be recognised.
"""

from __future__ import annotations

from functools import partial
from typing import NamedTuple

import regex

from quoteattr.lexicon import ABBREVIATIONS


class Token(NamedTuple):
    """A word or punctuation character: ``source[start:end] == text``."""

    start: int
    end: int
    text: str


#: One pass, three kinds: dotted abbreviations (U.S., e.g.), words with inner
#: apostrophes or hyphens (don't, O'Brien, al-Assad, R-Texas), and any other
#: single non-space character.  No nested quantifiers, so matching is linear.
_TOKEN_RE = regex.compile(
    r"""
    (?:\p{L}\.){2,}
    | [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*
    | \S
    """,
    regex.VERBOSE,
)


_new_token = partial(tuple.__new__, Token)
# The match type's own methods, called from map() without a Python frame.
_Match = type(_TOKEN_RE.match("a"))
_match_start = _Match.start
_match_end = _Match.end
_match_text = _Match.group


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokenize ``text[start:end]``.

    A word keeps a following period when it is a known abbreviation or a
    single capital letter (an initial).

    >>> [t.text for t in tokenize("Sen. J. Smith didn't say.")]
    ['Sen.', 'J.', 'Smith', "didn't", 'say', '.']
    """
    if end is None:
        end = len(text)
    # Tokens are built without a Python-level loop per token (map over the
    # matches); only the periods are visited, to glue abbreviations back.
    matches = list(_TOKEN_RE.finditer(text, start, end))
    words = list(map(_match_text, matches))
    starts = list(map(_match_start, matches))
    ends = list(map(_match_end, matches))
    if "." in words:
        _glue_periods(words, starts, ends)
    return list(map(_new_token, zip(starts, ends, words, strict=True)))


def _glue_periods(words: list[str], starts: list[int], ends: list[int]) -> None:
    """Join a period to the word it touches when that word is an abbreviation or an initial.

    Works in place on the three parallel lists; the joined period tokens are removed.
    """
    glued: list[int] = []
    i = words.index(".")
    while True:
        j = i - 1
        if j >= 0 and ends[j] == starts[i] and (not glued or glued[-1] != j):
            word = words[j]
            if word[-1] != "." and (word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())):
                words[j] = word + "."
                ends[j] += 1
                glued.append(i)
        try:
            i = words.index(".", i + 1)
        except ValueError:
            break
    for i in reversed(glued):
        del words[i], starts[i], ends[i]
