"""Stage 5, name forms of the fiction cast: a form's words, and word counts and indexes over them.

:class:`quoteattr.resolve.cast.CastRegistry` reads every capitalised run of a
novel as a :class:`Form` and clusters the forms into characters; the helpers
here count the words of the text and index forms by pairs of their words.
"""

from __future__ import annotations

import itertools
import sys
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

import regex

from quoteattr.text.chars import APOSTROPHES

_WORD_RE = regex.compile(r"\p{L}[\p{L}\p{M}" + APOSTROPHES + r"]*")


class Form(NamedTuple):
    """A surface form of a character name: optional title and name words."""

    title: str
    words: tuple[str, ...]

    @property
    def text(self) -> str:
        """The form as the novel writes it (``Mr. Hollis``)."""
        return " ".join(((self.title,) if self.title else ()) + self.words)


#: Words are counted this many characters at a time (see count_words).
_WORD_COUNT_CHUNK = 1 << 16


def count_words(text: str) -> Counter[str]:
    """How often each word of *text* occurs.

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
        counts.update(_WORD_RE.findall(text, pos, end))
        pos = end
    return counts


#: Forms of up to this many words are indexed by every pair of their words.
_PAIR_INDEX_WORDS = 6


def pair_index(forms: Iterable[Form]) -> tuple[dict[tuple[str, str], list[Form]], dict[str, list[Form]]]:
    """Every pair of lowercase words -> the forms holding both, and word -> the forms too long to pair.

    Lists are in the order of *forms*; a form is in a list once.
    """
    by_pair: dict[tuple[str, str], list[Form]] = {}
    long_by_word: dict[str, list[Form]] = {}
    for form in forms:
        words = sorted({sys.intern(w.lower()) for w in form.words})
        if len(words) > _PAIR_INDEX_WORDS:
            for w in words:
                long_by_word.setdefault(w, []).append(form)
            continue
        for pair in itertools.combinations(words, 2):
            by_pair.setdefault(pair, []).append(form)
    return by_pair, long_by_word
