"""Stage 5, fiction names: a definite description the narration sets beside a character's name, in apposition.

A novel introduces a character by name and office or manner once
(``Mr. Orrin Vey, the harbourmaster, came down the quay``, ``the
harbourmaster, Mr. Vey, came ...``) and then tags the quotes with the
description alone (``said the harbourmaster``).  The description has no
gender, or the cast would name it by its last-named holder, and no title the
cast knows; the apposition says who it is.  :class:`Appositions` reads the
text once for every ``Name, the <words>,`` and ``the <words>, Name,``
outside quotes, and names a description when every such apposition of it
names one and the same character the cast holds.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from quoteattr.lang import Lexicon
from quoteattr.resolve.cast import CastRegistry

#: One capitalised word, a title's period included.  Possessive: a word read
#: back letter by letter made a long run of capitals quadratic.
_WORD = r"\p{Lu}[\p{L}'\u2019.-]*+"
#: A name of up to four such words that starts a word (``Mr. Orrin Vey``): a
#: start inside a word would try the run again from each of its capitals.
_NAME = r"(?<![\p{L}'\u2019.-])(?P<name>" + _WORD + r"(?:[ \t]++" + _WORD + r"){0,3})"
#: The description's words after its article: up to six, as many as run to the punctuation.
_DESCRIPTION = r"(?P<description>[\p{L}\p{N}'\u2019-]++(?:\s++[\p{L}\p{N}'\u2019-]++){0,5})"
#: What closes an apposition: a comma or the end of a clause.
_CLOSE = r"(?=\s*+[,;:.!?)])"


@functools.lru_cache(maxsize=16)
def _patterns(lexicon: Lexicon) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The list that goes on after an apposition (``Ada, the cook, and Tom``: no
    apposition then), the description after the name (``Vey, the harbourmaster,``)
    and before it (``the harbourmaster, Vey,``), with the lexicon's conjunctions and
    articles; an article opens a sentence too (``The harbourmaster, Vey, ...``)."""
    conjunctions = "|".join(regex.escape(c) for c in sorted(lexicon.list_conjunctions))
    articles = sorted(lexicon.definite_articles)
    after = "|".join(regex.escape(a) for a in articles)
    before = "|".join(regex.escape(f) for a in articles for f in (a[:1].upper() + a[1:], a))
    return (
        regex.compile(r"\s*,\s*(?:" + conjunctions + r")\b"),
        regex.compile(_NAME + r",\s++(?:" + after + r")\s++" + _DESCRIPTION + _CLOSE),
        regex.compile(r"(?<!\p{L})(?:" + before + r")\s++" + _DESCRIPTION + r",\s++" + _NAME + _CLOSE),
    )


#: Punctuation around the word before a match (``(Beside the ...``).
_AROUND = "\"'\u2018\u2019\u201c\u201d([{,;:.!?-"


class Appositions:
    """The character a definite description of one text stands for, by the appositions the narration writes.

    An apposition inside a quote (``"Tom, the cook, is late"``) is no
    evidence; the *cast* says where the quotes are.
    """

    def __init__(self, text: str, cast: CastRegistry, lexicon: Lexicon) -> None:
        self._text = text
        self._cast = cast
        # "Beside the doctor, Ann Lee was ...": the description is the object of a fronted phrase.
        self._prepositions = lexicon.prepositions | lexicon.place_prepositions | lexicon.fronting_prepositions
        self._list, self._after, self._before = _patterns(lexicon)
        self._table: dict[tuple[str, ...], list[tuple[int, str]]] | None = None

    def named(self, words: Sequence[str]) -> str | None:
        """The one character the description *words* (lowercase, its article left out) is set beside, or None.

        None when no apposition names a character the cast holds, or when two
        appositions name two characters (``the doctor`` of two chapters).
        """
        names = {name for _, name in self.places(words)}
        return next(iter(names)) if len(names) == 1 else None

    def places(self, words: Sequence[str]) -> list[tuple[int, str]]:
        """Where the narration sets a cast character beside the description *words* (as for :meth:`named`), and who, by position.

        Each is where the description may pass to a new holder: ``the
        inspector`` of the second call is not the one of the first.
        """
        if self._table is None:
            self._table = self._read()
        return self._table.get(tuple(words), [])

    def _read(self) -> dict[tuple[str, ...], list[tuple[int, str]]]:
        """Description (lowercase words) -> (position, character) of the text's appositions of it, in one pass each way."""
        table: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        for pattern in (self._after, self._before):
            for match in pattern.finditer(self._text):
                if self._cast.inside_quote(match.start()) or self._list.match(self._text, match.end()):
                    continue
                if pattern is self._before and self._after_preposition(match.start()):
                    continue
                found = self._character(match.group("name"))
                if found is not None:
                    table.setdefault(tuple(match.group("description").lower().split()), []).append((match.start(), found))
        for places in table.values():
            places.sort()
        return table

    def _after_preposition(self, position: int) -> bool:
        """True when the word just before *position* is a preposition (``Unlike the doctor, Ann ...``)."""
        words = self._text[max(0, position - 40) : position].split()
        return bool(words) and words[-1].strip(_AROUND).lower() in self._prepositions

    def _character(self, written: str) -> str | None:
        """The cast character a capitalised run names: the whole run, else its end (``Then Vey``: ``Vey``)."""
        words = written.split()
        for k in range(len(words)):
            found = self._cast.canonical(" ".join(words[k:]))
            if found is not None:
                return found
        return None
