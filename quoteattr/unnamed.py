"""Stage 5, unnamed speakers named later: which unresolved ``he``/``she`` is a named speaker's identity.

Resolution leaves a ``he`` unnamed when no one of its gender is named
before it, and :mod:`quoteattr.identity` then keeps it apart as an unnamed
person.  Two patterns of the turns say who it is all the same
(:func:`unnamed_joins`); a join only shares the entity, the speaker's
``name`` stays the pronoun's own words:

* **named after** (cataphora): a chapter or an excerpt opens in the middle
  of a scene (``"Late again," he said.``) and names the man a few lines on
  (``"Not by much," said Orrin Vesk.``).  An unnamed ``he`` before any
  speaker of its gender is named is the first speaker of that gender named
  after it, at most :data:`NAMED_REACH` characters after its last quote;
* **named on both sides**: an unnamed ``she`` between two quotes of the same
  named woman, no other woman named between (``said Ada Hale`` ... ``she
  said`` ... ``said Ada Hale``), is that woman, within the same reach.

Besides the pronouns, a description that states a gender and points to one
known person (a definite article or a possessive: ``the old woman``,
``his wife``) takes part; an indefinite or demonstrative one (``a
stranger``, ``this gentleman``) introduces someone and never does.  A
speaker whose name the unnamed person's own quotes contain (``"Late
again, Vesk?" he said``) is the one addressed, and is never joined.
Measured on the PDNC excerpts (tuned on the even ones, checked on the odd):
see ``docs/resolution.md`` (one id per person).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
import regex

from quoteattr.aliases import Mentioned, is_resolved
from quoteattr.lang import Lexicon

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
    #: The identity number of the speaker of its gender last named before it (None: none yet).
    before: int | None
    #: The quotes bound to it, read for the names they address.
    quoted: list[str]


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
    pending: dict[str, list[_Pending]] = {}
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
            # An identity that a resolved mention names is named: never joined itself.
            named.add(number)
            if speaker.name not in genders:
                genders[speaker.name] = gender_of(speaker.name)
            # The name's gender and the mention's own (a ``she`` bound to the
            # name) may differ: the speaker counts as named for both, as the
            # unnamed chains of :mod:`quoteattr.identity` end for both.
            for gender in {said, genders[speaker.name]} - {""}:
                for waiting in pending.pop(gender, []):
                    decided.add(waiting.number)
                    if waiting.number not in named and _joins(waiting, speaker, number, lexicon):
                        joins[waiting.number] = number
                last_named[gender] = number
            continue
        gender = _unnamed_gender(speaker, said, lexicon)
        if not gender or number in decided or number in named:
            continue
        waiting_list = pending.setdefault(gender, [])
        found = next((w for w in waiting_list if w.number == number), None)
        if found is None:
            waiting_list.append(_Pending(number, speaker.end, last_named.get(gender), [text]))
        else:
            found.end = max(found.end, speaker.end)
            found.quoted.append(text)
    return joins


def _joins(waiting: _Pending, speaker: Mentioned, number: int, lexicon: Lexicon) -> bool:
    """True when the named *speaker* (identity *number*) is the unnamed person *waiting*."""
    if speaker.start - waiting.end > NAMED_REACH:
        return False
    if waiting.before is not None and waiting.before != number:
        return False  # between two people of its gender: the turns do not say which
    return not _addressed(speaker, waiting.quoted, lexicon)


def _addressed(speaker: Mentioned, quoted: Sequence[str], lexicon: Lexicon) -> bool:
    """True when one of *quoted* writes *speaker*'s name: the name itself, its mention's words, or its first name.

    ``"Late again, Vesk?" he said`` addresses Vesk: the ``he`` is not him.
    A bare surname of a titled name is not read (``Mr. Hale`` in the quotes
    of a ``she`` before ``Mrs. Hale`` speaks is her husband).
    """
    if not any(quoted):
        return False
    forms = {speaker.name}
    if speaker.kind == "name":
        forms.add(speaker.text)
    words = speaker.name.split()
    first = words[0].lower().rstrip(".") if words else ""
    if len(words) > 1 and first not in lexicon.titles and f"{first}." not in lexicon.titles:
        forms.add(words[0])
    forms = {f for f in forms if f[:1].isupper() and f.lower() not in lexicon.pronouns}
    if not forms:
        return False
    pattern = regex.compile(
        r"(?<!\w)(?:" + "|".join(r"\s+".join(regex.escape(w) for w in f.split()) for f in sorted(forms)) + r")(?!\w)"
    )
    return any(pattern.search(text) for text in quoted)


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


def _is_first_person(words: str, lexicon: Lexicon) -> bool:
    """True for ``I`` (the narrator, one identity of its own)."""
    pronoun = lexicon.pronouns.get(words.lower())
    return pronoun is not None and pronoun.person == 1 and pronoun.number == "sg"
