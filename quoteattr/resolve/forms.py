"""Stage 5, name forms of the fiction cast: a form's words, and indexes over them.

:class:`quoteattr.resolve.cast.CastRegistry` reads every capitalised run of a
novel as a :class:`Form` and clusters the forms into characters; the helpers
here index forms by pairs of their words (the text's word counts are
:func:`quoteattr.text.tokens.count_words`).
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable
from typing import NamedTuple


class Form(NamedTuple):
    """A surface form of a character name: optional title and name words."""

    title: str
    words: tuple[str, ...]

    @property
    def text(self) -> str:
        """The form as the novel writes it (``Mr. Hollis``)."""
        return " ".join(((self.title,) if self.title else ()) + self.words)


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
