"""Stage 5, short forms of given names: ``Theo`` and ``Sir Theodore`` are one speaker.

Part of the alias step of :mod:`quoteattr.aliases`, which calls
:func:`nickname_links` last: a speaker called by a usual short form of a
given name (:attr:`~quoteattr.lang.Lexicon.nicknames`) joins the one
speaker called by a full form of it, unless both forms are written with one
surname again and again (father and son).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from quoteattr.names import norm

__all__ = ["name_core", "nickname_links"]

#: A short and a full form of a given name with one surname each written this often are two (:func:`_both_written`).
_FAMILY_WRITTEN = 3


class SpeakerNames(Protocol):
    """What these links read of a document's speaker names (:class:`quoteattr.aliases.SpeakerNames` has it)."""

    @property
    def names(self) -> dict[str, str]:
        """Each resolved speaker name, normalised, as resolution wrote it."""
        ...

    @property
    def nicknames(self) -> Mapping[str, frozenset[str]]:
        """Short forms of given names, to the full names they shorten."""
        ...

    def is_title(self, word: str) -> bool:
        """True for a normalised word that is a title or a form of address."""
        ...

    def gender(self, name: str) -> str:
        """``m``, ``f`` or "" for a speaker name."""
        ...

    def written(self) -> dict[str, tuple[str, int]]:
        """Names of two or more words the text writes, normalised: their person and how often."""
        ...


def name_core(key: str, names: SpeakerNames) -> list[str]:
    """The words of a normalised name after its title (``mr tom reed`` -> ``tom reed``)."""
    words = key.split()
    return words[1:] if len(words) > 1 and names.is_title(words[0]) else words


def nickname_links(names: SpeakerNames, links: dict[str, str]) -> None:
    """Add to *links* the speakers called by a short form of a given name (``Bill``, ``Tom Reed``).

    A speaker whose first name (after any title) is a short form listed in
    :attr:`~quoteattr.lang.Lexicon.nicknames` joins the one person among
    the speakers called by a full form it shortens, with the same surname
    or none (``Bill`` is ``Lord William``, ``Tom Reed`` is ``Thomas Reed``),
    not of the other gender; a lone full first name joins the one short
    form with a surname (``Michael`` is ``Mike Reed``).  Two short forms
    (``Betsy``, ``Liz``) are never linked to each other: each joins the
    full form.  A speaker already linked keeps its link.
    """
    nicknames = names.nicknames
    cores = {key: name_core(key, names) for key in names.names}
    cores = {key: core for key, core in cores.items() if len(core) <= 2}
    if not any(core[0] in nicknames for core in cores.values()):
        return  # no short form among the speakers (most news articles)
    firsts: dict[str, list[str]] = {}
    for key, core in cores.items():
        for full in nicknames.get(core[0], (core[0],)):
            firsts.setdefault(full, []).append(key)
    for key, core in cores.items():
        if key in links:
            continue
        first, surname = core[0], core[1:]
        short = first in nicknames
        people: set[str] = set()
        for full in nicknames.get(first, (first,)):
            for other in firsts.get(full, ()):
                other_core = cores[other]
                if other_core[0] == first or (other_core[0] in nicknames) == short:
                    continue  # one first name, or two short forms, or two full ones
                if surname and other_core[1:] and surname != other_core[1:]:
                    continue  # another family
                if len(surname) > len(other_core) - 1 or (len(surname) == len(other_core) - 1 and not short):
                    continue  # the link goes to the fuller name, or from the short form to the full one
                if surname and surname == other_core[1:] and _both_written(key, other, names):
                    continue  # ``Tom Hale`` and ``Thomas Hale`` both written again and again: son and father
                people.add(links.get(other, names.names[other]))
        if not people:
            continue
        gender = names.gender(names.names[key])
        if gender:
            people = {p for p in people if names.gender(p) in ("", gender)}
        if len(people) == 1 and norm(next(iter(people))) != key:
            links[key] = next(iter(people))


def _both_written(key: str, other: str, names: SpeakerNames) -> bool:
    """True when the names *key* and *other* (normalised) are each written at least :data:`_FAMILY_WRITTEN` times.

    A writer who writes a short and a full form of one given name with one
    surname again and again names two of a family (a son named after his
    father goes by the short form); one person's other form is rare.
    """
    written = names.written()
    return all(written.get(name, ("", 0))[1] >= _FAMILY_WRITTEN for name in (key, other))
