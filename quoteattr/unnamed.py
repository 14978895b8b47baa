"""Stage 5, unnamed speakers named later: which unresolved ``he``/``she`` is a named speaker's identity.

Resolution leaves a ``he`` unnamed when no one of its gender is named
before it, and :mod:`quoteattr.identity` then keeps it apart as an unnamed
person.  Two patterns of the turns say who it is all the same
(:func:`unnamed_joins`); a join only shares the entity, the speaker's
``name`` stays the pronoun's own words:

* **named after** (cataphora): a chapter or an excerpt opens in the middle
  of a scene (``"Late again," he said, and hung up his coat.``) and names
  the man a few lines on, after narration (``Orrin Vesk sat down by the
  stove. "The road was flooded," said Orrin Vesk.``).  An unnamed ``he`` before any
  speaker of its gender is named is the first speaker of that gender named
  after it, at most :data:`NAMED_REACH` characters after its last quote;
* **named on both sides**: an unnamed ``she`` between two quotes of the same
  named woman, no other woman named between (``said Ada Hale`` ... ``she
  said`` ... ``said Ada Hale``), is that woman, within the same reach.

Besides the pronouns, a description that states a gender and points to one
known person (a definite article or a possessive: ``the old woman``,
``his wife``) takes part; an indefinite or demonstrative one (``a
stranger``, ``this gentleman``) introduces someone and never does; a
description whose possessive has its own gender (``his father``) is not
joined to the speaker of the very next turn, most likely the one the
possessive means.  A speaker whose name the unnamed person's own quotes
contain (``"Late again, Vesk?" he said``, a bare surname included), or
whom they call by a noun of the gender (``"Is that you, mother?" she
called``), is the one addressed, and is never joined.
Measured on the PDNC excerpts (tuned on the even ones, checked on the odd):
see ``docs/resolution.md`` (one id per person).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import attrs
import regex

from quoteattr.aliases import Mentioned, is_resolved
from quoteattr.lang import Lexicon
from quoteattr.lang.lexicon import WordTable

__all__ = ["NAMED_REACH", "unnamed_joins"]

#: An unnamed speaker is the person named after it only this many characters
#: after its last quote at most (about half a page: the same scene).  Chosen
#: on the even PDNC excerpts: 1000 joined fewer, 2000 and 4000 the same,
#: no limit joined people pages apart.
NAMED_REACH = 2000


@attrs.define
class _Pending:
    """An unnamed identity waiting for the next speaker of its gender to be named."""

    number: int
    end: int
    #: The index of its last quote.
    last: int
    #: The identity number of the speaker of its gender last named before it (None: none yet).
    before: int | None
    #: The quotes bound to it, read for the names they address.
    quoted: list[str]
    #: A description whose possessive has its own gender (``his father``): a relative of someone of that gender.
    relative: bool = False


def unnamed_joins(
    speakers: Sequence[Mentioned | None],
    said_of: Sequence[str],
    numbers: Sequence[int | None],
    gender_of: Callable[[str], str],
    lexicon: Lexicon,
    quoted: Sequence[str] | None = None,
) -> dict[int, int]:
    """The unnamed identities that are a named speaker's: ``{unnamed identity number: named identity number}``.

    Args:
        speakers: each quote's speaker in document order (``None``: none).
        said_of: the gender each mention states in its own words (``m``,
            ``f`` or "", :func:`~quoteattr.identity.mention_gender`).
        numbers: the identity number each speaker was given (``None``: none).
        gender_of: the gender (``m``, ``f`` or "") the document gives a resolved name.
        lexicon: the words read for articles and possessives.
        quoted: each quote's text, read for the names it addresses (``None``: not read).

    See the module docstring for the two patterns.
    """
    joins: dict[int, int] = {}
    pending: dict[str, dict[int, _Pending]] = {}  # by gender, then by identity number
    last_named: dict[str, int] = {}
    decided: set[int] = set()  # unnamed identities already joined or left alone
    named: set[int] = set()
    genders: dict[str, str] = {}
    for k, (speaker, said, number) in enumerate(zip(speakers, said_of, numbers)):  # noqa: B905 - one each
        if speaker is None or number is None:
            continue
        text = quoted[k] if quoted is not None else ""
        if is_resolved(speaker):
            if speaker.kind == "group" or _is_first_person(speaker.name, lexicon):
                continue
            named.add(number)  # an identity that a resolved mention names is never joined itself
            if speaker.name not in genders:
                genders[speaker.name] = gender_of(speaker.name)
            # The name's gender and the mention's own (a ``she`` bound to the
            # name) may differ: the speaker counts as named for both, as the
            # unnamed chains of :mod:`quoteattr.identity` end for both.
            for gender in {said, genders[speaker.name]} - {""}:
                for waiting in pending.pop(gender, {}).values():
                    decided.add(waiting.number)
                    if waiting.number not in named and _joins(waiting, speaker, number, k, gender, lexicon):
                        joins[waiting.number] = number
                last_named[gender] = number
            continue
        gender = _unnamed_gender(speaker, said, lexicon)
        if not gender or number in decided or number in named:
            continue
        by_number = pending.setdefault(gender, {})
        found = by_number.get(number)
        if found is None:
            relative = _is_relative(speaker, said, lexicon)
            by_number[number] = _Pending(number, speaker.end, k, last_named.get(gender), [text], relative)
        else:
            _wait_again(found, speaker, k, text)
    return joins


def _wait_again(waiting: _Pending, speaker: Mentioned, index: int, text: str) -> None:
    """Add another quote (*index*, *text*) of *speaker* to the unnamed person *waiting*."""
    waiting.end = max(waiting.end, speaker.end)
    waiting.last = index
    waiting.quoted.append(text)


def _joins(waiting: _Pending, speaker: Mentioned, number: int, index: int, gender: str, lexicon: Lexicon) -> bool:
    """True when the named *speaker* (identity *number*, of quote *index*) is the unnamed person *waiting* of *gender*."""
    if speaker.start - waiting.end > NAMED_REACH:
        return False
    if waiting.before is not None and waiting.before != number:
        return False  # between two people of its gender: the turns do not say which
    if waiting.relative and index == waiting.last + 1:
        # "..., said his father. / ..., said Tom Hale.": the one who answers a relative
        # described through him is most likely the one "his" means, not the relative.
        return False
    return not _addressed(speaker, waiting.quoted, lexicon) and not _kin_vocative(waiting.quoted, gender, lexicon)


def _addressed(speaker: Mentioned, quoted: Sequence[str], lexicon: Lexicon) -> bool:
    """True when one of *quoted* writes *speaker*'s name: the name itself, its mention's words, its first name, or its surname.

    ``"Late again, Vesk?" he said`` addresses Vesk: the ``he`` is not him.
    A surname after a title is not read (``Mr. Hale`` in the quotes of a
    ``she`` before ``Mrs. Hale`` speaks is her husband).
    """
    if not any(quoted):
        return False
    forms = {speaker.name}
    if speaker.kind == "name":
        forms.add(speaker.text)
    words = speaker.name.split()
    first = words[0].lower().rstrip(".") if words else ""
    if len(words) > 1 and not _is_title(first, lexicon):
        forms.add(words[0])
    forms = {f for f in forms if f[:1].isupper() and f.lower() not in lexicon.pronouns}
    if forms:
        pattern = regex.compile(
            r"(?<!\w)(?:" + "|".join(r"\s+".join(regex.escape(w) for w in f.split()) for f in sorted(forms)) + r")(?!\w)"
        )
        if any(pattern.search(text) for text in quoted):
            return True
    return len(words) > 1 and _bare_surname(words[-1], quoted, lexicon)


def _is_title(word: str, lexicon: Lexicon) -> bool:
    """True for a title (``mr``, ``mrs.``, ``lady``), lowercase, with or without its period."""
    word = word.rstrip(".")
    return word in lexicon.titles or f"{word}." in lexicon.titles


def _bare_surname(surname: str, quoted: Sequence[str], lexicon: Lexicon) -> bool:
    """True when one of *quoted* writes *surname* with no title before it (``"Late again, Vesk?"``).

    A surname after a title (``Mr. Hale`` in the quotes of a ``she`` before
    ``Mrs. Hale`` speaks) is read as someone else of the family, not read here.
    """
    if not surname[:1].isupper() or surname.lower() in lexicon.pronouns or _is_title(surname.lower(), lexicon):
        return False
    pattern = regex.compile(r"(?:(\w+)\.?\s+)?(?<!\w)" + regex.escape(surname) + r"(?!\w)")
    for text in quoted:
        for match in pattern.finditer(text):
            before = match.group(1)
            if before is None or not _is_title(before.lower(), lexicon):
                return True
    return False


def _kin_vocative(quoted: Sequence[str], gender: str, lexicon: Lexicon) -> bool:
    """True when one of *quoted* calls someone of *gender* by a noun of that gender (``"Is that you, mother?"``).

    The one addressed is of the gender of the person named next, and likely
    that person: the unnamed speaker is someone else.
    """
    if not any(quoted):
        return False
    pattern = _vocative_pattern(lexicon.gender_nouns, gender)
    return pattern is not None and any(pattern.search(text) for text in quoted)


@functools.lru_cache(maxsize=8)
def _vocative_pattern(gender_nouns: WordTable[str], gender: str) -> regex.Pattern[str] | None:
    """A noun of *gender* said to someone: after the quote's start or a comma, before a mark or the end."""
    nouns = sorted(noun for noun, noun_gender in gender_nouns.items() if noun_gender == gender and " " not in noun)
    if not nouns:
        return None
    return regex.compile(
        r"(?:^|[,;]\s*)(?:(?:my|dear|poor)\s+)?(?:" + "|".join(regex.escape(n) for n in nouns) + r")(?=\s*(?:[,.?!;]|$))",
        regex.IGNORECASE,
    )


def _unnamed_gender(speaker: Mentioned, said: str, lexicon: Lexicon) -> str:
    """``m`` or ``f`` for an unresolved ``he``/``she``, or a definite or possessive description of a gender; else ""."""
    if not said or is_resolved(speaker):
        return ""
    words = speaker.text.split()
    if not words:
        return ""
    first = words[0].lower()
    if speaker.kind == "pronoun":
        pronoun = lexicon.pronouns.get(first)
        return said if pronoun is not None and pronoun.person == 3 and pronoun.number == "sg" else ""
    pointing = first in lexicon.definite_articles or first in lexicon.possessive_determiners
    return said if speaker.kind == "description" and len(words) > 1 and pointing else ""


def _is_relative(speaker: Mentioned, said: str, lexicon: Lexicon) -> bool:
    """True for a description whose possessive has the gender the description states (``his father``, ``her aunt``)."""
    words = speaker.text.split()
    return speaker.kind == "description" and bool(words) and lexicon.possessive_determiners.get(words[0].lower()) == said


def _is_first_person(words: str, lexicon: Lexicon) -> bool:
    """True for ``I`` (the narrator, one identity of its own)."""
    pronoun = lexicon.pronouns.get(words.lower())
    return pronoun is not None and pronoun.person == 1 and pronoun.number == "sg"
