"""Stage 5, fiction names: a definite description the narration sets beside a character's name, in apposition.

A novel introduces a character by name and office or manner once
(``Mr. Orrin Vey, the harbourmaster, came down the quay``, ``the
harbourmaster, Mr. Vey, came ...``) and then tags the quotes with the
description alone (``said the harbourmaster``).  The description has no
gender, or the cast would name it by its last-named holder, and no title the
cast knows; the apposition says who it is.  :class:`Appositions` reads the
text for the description's words between commas next to a name the cast
holds, outside quotes, and names the description when every such
apposition names one and the same character.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from quoteattr.resolve.cast import CastRegistry

#: Descriptions one document may look up (each reads the whole text): a
#: bound keeps a text of ever new descriptions linear.
_MAX_LOOKUPS = 32
#: A name of up to four capitalised words, a title with its period included (``Mr. Orrin Vey``).
_NAME = r"(\p{Lu}[\p{L}'\u2019.-]*(?:[ \t]+\p{Lu}[\p{L}'\u2019.-]*){0,3})"
#: What closes an apposition: a comma or the end of a clause.
_CLOSE = r"(?=\s*[,;:.!?)])"
#: A list goes on after the apposition (``Ada, the cook, and Tom``): no apposition then.
_LIST_RE = regex.compile(r"\s*,\s*(?:and|or|nor)\b")


class Appositions:
    """The character a definite description of one text stands for, by the appositions the narration writes.

    *quoted* are the text's quotes as ``(open, close)`` offsets, in order: an
    apposition inside a quote (``"Tom, the boat is late"``) is no evidence.
    """

    def __init__(self, text: str, quoted: Sequence[tuple[int, int]], cast: CastRegistry) -> None:
        self._text = text
        self._opens = [start for start, _ in quoted]
        self._closes = [end for _, end in quoted]
        self._cast = cast
        self._found: dict[tuple[str, ...], str | None] = {}

    def named(self, words: Sequence[str]) -> str | None:
        """The one character the description *words* (lowercase, its article left out) is set beside, or None.

        None when no apposition names a character the cast holds, or when two
        appositions name two characters (``the doctor`` of two chapters).
        """
        key = tuple(words)
        if key in self._found:
            return self._found[key]
        if len(self._found) >= _MAX_LOOKUPS or not key:
            return None
        phrase = r"\s+".join(regex.escape(w) for w in key)
        # The description after the name (``Vey, the harbourmaster,``) and before it (``the harbourmaster, Vey,``).
        after = regex.compile(_NAME + r",\s+the\s+(?i:" + phrase + r")" + _CLOSE)
        before = regex.compile(r"(?<!\p{L})[Tt]he\s+(?i:" + phrase + r"),\s+" + _NAME + _CLOSE)
        names: set[str] = set()
        for pattern in (after, before):
            for match in pattern.finditer(self._text):
                if self._in_quote(match.start()) or _LIST_RE.match(self._text, match.end()):
                    continue
                found = self._character(match.group(1))
                if found is not None:
                    names.add(found)
        result = next(iter(names)) if len(names) == 1 else None
        self._found[key] = result
        return result

    def _in_quote(self, position: int) -> bool:
        """True when *position* lies inside one of the text's quotes."""
        i = bisect.bisect_right(self._opens, position) - 1
        return i >= 0 and position < self._closes[i]

    def _character(self, written: str) -> str | None:
        """The cast character a capitalised run names: the whole run, else its end (``Then Vey``: ``Vey``)."""
        words = written.split()
        for k in range(len(words)):
            found = self._cast.canonical(" ".join(words[k:]))
            if found is not None:
                return found
        return None
