"""Stage 4b: resolve a bound mention to the fullest name the document gives.

The registry is built from one regex pass over runs of capitalised words and
one pass over third-person pronouns:

* every run, titles dropped, is a name occurrence; runs of two or more words
  are full names, indexed by their last and first word, so ``Sheinbaum`` and
  ``President Sheinbaum`` resolve to ``Claudia Sheinbaum``;
* gender is learnt from the document itself: a title (``Mr.``, ``Mrs.``) or
  the pronouns (``he``, ``her``) that follow a name vote for it;
* a pronoun resolves to the most recent person occurrence of compatible gender.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

from quoteattr.lexicon import ABBREVIATIONS, FUNCTION_WORDS, HONORIFICS, ROLES, TITLES
from quoteattr.mentions import _FEMALE_TITLES, _MALE_TITLES, CALENDAR_WORDS, Mention

_TITLE_ABBREVIATIONS = sorted(
    (a for a, kind in ABBREVIATIONS.items() if kind == "title"), key=len, reverse=True
)

#: A run of capitalised words, allowing abbreviated titles and initials with
#: their period, particles between words and one line break (hard-wrapped
#: novels).  Every repetition consumes a separator and a word, so the pass is linear.
_NAME_RUN_RE = regex.compile(
    r"""
    (?<![\p{L}\p{N}'’])
    (?P<w>(?i:(?:""" + "|".join(regex.escape(a) for a in _TITLE_ABBREVIATIONS) + r""")\.)
       |\p{Lu}\.
       |\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*)
    (?:
      (?:[ \t]+|[ \t]*\r?\n[ \t]*)
      (?:(?:de|da|di|del|van|von|der|den|bin|ibn|al|la|le|du|dos|ter|ten)[ \t]+)?
      (?:(?i:(?:""" + "|".join(regex.escape(a) for a in _TITLE_ABBREVIATIONS) + r""")\.)
         |\p{Lu}\.
         |\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*)
    )*
    """,
    regex.VERBOSE,
)

_PRONOUN_RE = regex.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", regex.IGNORECASE)
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})

#: Longer capitalised runs are headlines or titles of works, not names.
_MAX_NAME_WORDS = 4

#: How far back (in characters) a pronoun looks for its antecedent.
_PRONOUN_REACH = 3000
#: How far after a name a pronoun still votes for its gender.
_GENDER_REACH = 250


class _Occurrence(NamedTuple):
    """A name occurrence: where it is and the full name it belongs to."""

    start: int
    canonical: str


def _split_name(words: list[str]) -> tuple[list[str], str, str]:
    """Drop function words and titles from a capitalised run.

    Returns the name words, the honorific kept (or "") and the gender the titles imply.
    """
    while words and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in CALENDAR_WORDS):
        words = words[1:]
    honorific = ""
    gender = ""
    # The name starts after the last title (Mexican President Claudia Sheinbaum).
    i = 0
    k = 0
    while k < len(words) - 1:
        matched = 0
        for n in (3, 2, 1):
            if k + n < len(words) and " ".join(words[k : k + n]).lower() in TITLES:
                matched = n
                break
        if not matched:
            k += 1
            continue
        title = " ".join(words[k : k + matched]).lower()
        if title in HONORIFICS:
            honorific = words[k]
        if title in _MALE_TITLES:
            gender = "m"
        elif title in _FEMALE_TITLES:
            gender = "f"
        k += matched
        i = k
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words[i:]]
    return words, honorific, gender


class EntityRegistry:
    """Names and genders of the people a document mentions.

    >>> reg = EntityRegistry("Mexican President Claudia Sheinbaum spoke. Sheinbaum said no.")
    >>> reg.full_name_for("Sheinbaum", 45)
    'Claudia Sheinbaum'
    """

    def __init__(self, text: str) -> None:
        self._by_last: dict[str, list[tuple[int, str]]] = {}
        self._by_first: dict[str, list[tuple[int, str]]] = {}
        self._gender_votes: dict[str, list[int]] = {}
        occurrences: list[_Occurrence] = []
        singles: list[tuple[int, str, str, str]] = []
        for m in _NAME_RUN_RE.finditer(text):
            words, honorific, gender = _split_name(m.group().split())
            if not words:
                continue
            if len(words) > _MAX_NAME_WORDS:
                continue  # a headline in title case, not a name
            if len(words) >= 2:
                full = " ".join(words)
                self._by_last.setdefault(words[-1].lower(), []).append((m.start(), full))
                self._by_first.setdefault(words[0].lower(), []).append((m.start(), full))
                occurrences.append(_Occurrence(m.start(), full))
                if gender:
                    self._vote(full, gender)
            else:
                singles.append((m.start(), words[0], honorific, gender))
        for start, word, honorific, gender in singles:
            lower = word.lower()
            if lower in ROLES or lower in FUNCTION_WORDS:
                continue
            if honorific:
                canonical = self.full_name_for(word, start, honorific) or f"{honorific} {word}"
            else:
                canonical = self.full_name_for(word, start) or ""
            if canonical:
                occurrences.append(_Occurrence(start, canonical))
                if gender:
                    self._vote(canonical, gender)
        occurrences.sort()
        self._occurrences = occurrences
        self._starts = [o.start for o in occurrences]
        for m in _PRONOUN_RE.finditer(text):
            k = bisect.bisect_right(self._starts, m.start()) - 1
            if k >= 0 and m.start() - self._starts[k] <= _GENDER_REACH:
                self._vote(occurrences[k].canonical, "f" if m.group().lower() in _FEMALE_PRONOUNS else "m")

    def _vote(self, canonical: str, gender: str) -> None:
        """Count one piece of evidence that *canonical* has *gender*."""
        votes = self._gender_votes.setdefault(canonical, [0, 0])
        votes[0 if gender == "m" else 1] += 1

    def gender_of(self, canonical: str) -> str:
        """``m``, ``f`` or "" (unknown or mixed evidence) for a canonical name."""
        votes = self._gender_votes.get(canonical)
        if not votes:
            return ""
        male, female = votes
        if male >= 2 * female and male > 0:
            return "m"
        if female >= 2 * male and female > 0:
            return "f"
        return ""

    def knows(self, word: str) -> bool:
        """True when *word* is the first or last word of a full name in the document.

        >>> EntityRegistry("Jane Roe spoke.").knows("Roe")
        True
        """
        lower = word.lower()
        return lower in self._by_last or lower in self._by_first

    def full_name_for(self, word: str, position: int, honorific: str = "") -> str | None:
        """The full name whose last (else first) word is *word*, nearest before *position*.

        With an honorific, only a full name whose gender does not contradict it is taken.
        """
        wanted = ""
        if honorific:
            lower = honorific.lower()
            wanted = "m" if lower in _MALE_TITLES else "f" if lower in _FEMALE_TITLES else ""
        for table in (self._by_last, self._by_first):
            entries = table.get(word.lower())
            if not entries:
                continue
            best: str | None = None
            for start, full in entries:
                if wanted and self.gender_of(full) not in ("", wanted):
                    continue
                if start <= position or best is None:
                    best = full
                if start > position:
                    break
            if best is not None:
                return best
        return None

    def resolve(self, mention: Mention, conservative: bool = False) -> str:
        """The canonical name for a name mention (its own name when nothing better is known).

        ``conservative`` keeps an honorific with a bare surname (``Mrs. Moore``)
        instead of resolving it, as fiction needs where families share surnames.
        """
        words = mention.name.split()
        if mention.honorific and len(words) == 2:
            if conservative:
                return mention.name
            return self.full_name_for(words[1], mention.start, mention.honorific) or mention.name
        if len(words) == 1:
            return self.full_name_for(words[0], mention.start) or mention.name
        return mention.name

    def resolve_pronoun(self, mention: Mention, exclude: str = "") -> str | None:
        """The most recent person before *mention* whose gender fits the pronoun.

        Occurrences whose gender is unknown fit any pronoun.  ``exclude`` skips
        one canonical name (the addressee in a dialogue turn).
        """
        k = bisect.bisect_left(self._starts, mention.start) - 1
        limit = mention.start - _PRONOUN_REACH
        while k >= 0 and self._starts[k] >= limit:
            canonical = self._occurrences[k].canonical
            if canonical != exclude:
                gender = self.gender_of(canonical)
                if not mention.gender or not gender or gender == mention.gender:
                    return canonical
            k -= 1
        return None
