"""Stage 5, a first-person narrator in narration: the ``I`` of the narration is a person there too.

A novel told in the first person never names its narrator in narration, yet
the narrator takes part in most of its conversations: ``Bill was in my
room. I sat down. / "See Mike?" / "Yes."``.  When the turns leave a speaker
to the person last named in narration, the narrator's own ``I``, said after
every name, makes the narrator that person.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection

import regex

#: The narrator is read in narration only when this many quotes are tagged with their pronoun (``I said``):
#: a third-person novel has a character say "I said" now and then.
MIN_NARRATOR_TAGS = 3
#: How far back (in characters) the narrator's ``I`` in narration counts.
NARRATOR_REACH = 2000


class NarratorTrail:
    """Where the narration of one text says the narrator's pronoun (``I``), found on first use.

    *pronouns* are the first-person singular subject pronouns as written
    (``I``); *inside_quote* tells quoted text from narration.
    """

    def __init__(self, text: str, pronouns: Collection[str], inside_quote: Callable[[int], bool]) -> None:
        self.text = text
        self._pattern = regex.compile(r"\b(?:" + "|".join(regex.escape(p) for p in sorted(pronouns)) + r")\b") if pronouns else None
        self._inside_quote = inside_quote
        self._said: list[tuple[int, str]] | None = None

    def latest(self, position: int) -> tuple[int, str] | None:
        """The last narration pronoun of the narrator within :data:`NARRATOR_REACH` before *position*, with its offset."""
        if self._said is None:
            pattern = self._pattern
            found = [] if pattern is None else pattern.finditer(self.text)
            self._said = [(m.start(), m.group()) for m in found if not self._inside_quote(m.start())]
        k = bisect.bisect_left(self._said, (position, "")) - 1
        if k >= 0 and position - self._said[k][0] <= NARRATOR_REACH:
            return self._said[k]
        return None
