"""Stage 5, the person last in narration, read from its pronouns as well as its names.

When the turns of a conversation leave a speaker to the person last named in
narration, the narration's own pronouns may point past that name:

* a novel told in the first person never names its narrator in narration,
  yet the narrator takes part in most of its conversations (``Ned was in my
  room. I sat down. / "See Hal?" / "Yes."``): the narrator's ``I``, said
  after every name, makes the narrator that person;
* a ``he`` or ``she`` after every name, of the other gender than the person
  last named (``Ann came in. He looked up.``), is someone else: the one it
  resolves to, often the character the scene follows.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Collection

import regex

from quoteattr.lang import Lexicon
from quoteattr.resolve.cast import CastRegistry
from quoteattr.resolve.gender import subject_pronoun_genders
from quoteattr.text.chars import APOSTROPHES

#: The narrator is read in narration only when this many quotes are tagged with their pronoun (``I said``):
#: a third-person novel has a character say "I said" now and then.
MIN_NARRATOR_TAGS = 3
#: How far back (in characters) a pronoun in narration counts.
PRONOUN_REACH = 2000


class PronounTrail:
    """Where the narration of one text says one of *pronouns* (as written, case kept), found on first use."""

    def __init__(self, text: str, pronouns: Collection[str], inside_quote: Callable[[int], bool]) -> None:
        self.text = text
        words = "|".join(regex.escape(p) for p in sorted(pronouns))
        self._pattern = regex.compile(r"\b(?:" + words + r")\b") if pronouns else None
        self._inside_quote = inside_quote
        self._said: list[tuple[int, str]] | None = None

    def latest(self, position: int) -> tuple[int, str] | None:
        """The last of the pronouns in narration within :data:`PRONOUN_REACH` before *position*, with its offset."""
        if self._said is None:
            found = [] if self._pattern is None else self._pattern.finditer(self.text)
            self._said = [(m.start(), m.group()) for m in found if not self._inside_quote(m.start())]
        k = bisect.bisect_left(self._said, (position, "")) - 1
        if k >= 0 and position - self._said[k][0] <= PRONOUN_REACH:
            return self._said[k]
        return None


class LastInNarration:
    """The person last in the narration of *text*, by its names and pronouns.

    *narrator* are the ways a first-person narrator speaks of themselves
    (``I``) and *narrates* whether the text has one (see :data:`MIN_NARRATOR_TAGS`).
    """

    def __init__(self, text: str, cast: CastRegistry, lexicon: Lexicon, narrator: frozenset[str], narrates: bool) -> None:
        self.cast = cast
        self.narrator = narrator
        self._first = PronounTrail(text, narrator if narrates else (), cast.inside_quote)
        #: he/she and their gender, in both cases (a sentence may open with them).
        self._genders = {
            form: gender for w, gender in subject_pronoun_genders(lexicon).items() for form in (w, w.capitalize())
        }
        self._third = PronounTrail(text, self._genders, cast.inside_quote)

    def person(self, position: int, persons: frozenset[str], exclude: frozenset[str]) -> str | None:
        """The person last in narration before *position*, not in *exclude*: one of *persons* first (see the module)."""
        cast = self.cast
        said = self._first.latest(position) if not exclude & self.narrator else None
        if said is not None and not cast.named_between(said[0], position):
            return said[1]
        who = cast.recent_person(position, persons, exclude)
        said = self._third.latest(position)
        if said is None or cast.named_between(said[0], position):
            return who
        gender = self._genders[said[1]]
        if who is not None and cast.gender(who) in ("", gender):
            return who
        other = cast.resolve_pronoun(said[0], gender, persons)
        return other if other is not None and other not in exclude else who


@functools.lru_cache(maxsize=16)
def introduction_re(lexicon: Lexicon) -> regex.Pattern[str]:
    """A narrator's own name after a self-introduction (``My name is Tom Reed``, ``call me Tom``)."""
    phrases = "|".join(
        r"\s+".join(regex.escape(w) for w in phrase.split())
        for phrase in sorted(lexicon.self_introductions, key=lambda p: (-len(p), p))
    )
    name_word = r"\p{Lu}[\p{L}" + APOSTROPHES + r"-]*"
    return regex.compile(r"\b(?i:" + phrases + r")\s+(?P<name>" + name_word + r"(?:[ \t]+" + name_word + r")?)")
