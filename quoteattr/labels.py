"""Stage 5, the label of a speaker identity: the fullest name the document writes for the person.

:mod:`quoteattr.identity` groups a document's quotes by person; the label is
the name part of ``speaker.entity`` (``Arlo Finch#2``), which tables and the
speakers command group documents by.  Resolution names a speaker in the words
it found (news names drop titles, a novel's cast keeps its usual form, ``Mr.
Hollis``), so one person could be ``Mr. Arlo Finch`` in one document and
``Arlo Finch`` in the next.  The label is made canonical here:

* address titles and offices before the name are dropped, as name reading
  drops them (:meth:`~quoteattr.names.Names.split_titles`: ``Mr.``, ``Sen.``,
  ``Chilean President``; a one-letter ``M.`` before two words is an
  initial), when two or more name words remain;
* a lone surname takes the one full name the document writes that ends with
  it (titles dropped; a name that ends with another such name is a longer
  cut of it): a titled one (``Mr. Finch``) only when that full name is
  written under the same title too (``Mr. Arlo Finch``); a bare one
  (``Finch``) when the full name is written at least twice, or resolution
  gave it to that person;
* a title a married woman may write before her husband's name (``Mrs.``,
  :attr:`~quoteattr.lang.Lexicon.married_titles`) stays with the words after
  it, and a full name under it is given to no surname: older prose calls
  Tobias Hale's wife ``Mrs. Tobias Hale``;
* a label that would equal another identity's keeps its own words: two
  identities the grouping kept apart stay two rows.

Only the label changes: ``speaker.name`` (what the mention was resolved to)
stays as resolution gave it.  The titles are lexicon data
(:attr:`~quoteattr.lang.Lexicon.titles`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from quoteattr.aliases import NameEvidence
from quoteattr.lang import Lexicon
from quoteattr.names import Names

__all__ = ["canonical_labels"]

#: A full name written this often is one the text gives someone; written once,
#: it is taken only when resolution gave it to the person labelled.
_ONCE_MORE = 2

#: The apostrophes that end a plural possessive (``the Rangers' Ada Roe``).
_PLURAL_POSSESSIVE = ("'", "\u2019")


@functools.lru_cache(maxsize=16)
def _reader(lexicon: Lexicon) -> tuple[Names, frozenset[str]]:
    """The name reader of *lexicon* (built once: it compiles patterns) and its forms of address of fiction."""
    return Names(lexicon), frozenset(t.casefold().rstrip(".") for t in lexicon.fiction_titles if " " not in t)


def _untitled(words: Sequence[str], lexicon: Lexicon) -> tuple[list[str], frozenset[str]]:
    """The name words after titles and sentence-opening words (``Sen. Ann Lee`` -> ``Ann Lee``), and the titles dropped.

    Forms of address of fiction (``Cousin``, ``Sir``) go too, one name word
    always left: ``Cousin Ada`` is ``Ada``, not a full name ending in ``Ada``.
    The titles come back casefolded without their period.  A one-letter
    title (``M.``) before two name words is an initial, and stays.
    """
    names, fiction = _reader(lexicon)
    skip, rest, _, _ = names.read_name(list(words), [w.lower() for w in words])
    dropped = [w.casefold().rstrip(".") for w in words[:skip]]
    if len(rest) >= 2 and dropped and len(dropped[-1]) == 1:
        return list(words), frozenset()
    owners = [k for k, word in enumerate(rest[:-1]) if names.is_possessive(word) or word.endswith(_PLURAL_POSSESSIVE)]
    if owners:
        rest = rest[owners[-1] + 1 :]  # ``the Gazette's Ada Roe``: the name is what the possessive owns
    while len(rest) > 1 and len(rest[0].rstrip(".")) > 1 and rest[0].casefold().rstrip(".") in fiction:
        dropped.append(rest[0].casefold().rstrip("."))
        rest = rest[1:]
    while len(rest) > 1 and (lexicon.roles.get(rest[0].lower()) == "person" or rest[0].lower() in lexicon.determiners):
        rest = rest[1:]  # a person's role before the name (``Spokeswoman Ada Roe``), not a group's (``Government``)
    return rest, frozenset(dropped)


def canonical_labels(
    labels: Sequence[str | None], lexicon: Lexicon, evidence: NameEvidence | None = None
) -> list[str | None]:
    """The canonical label of each identity of one document (see the module docstring).

    Args:
        labels: each identity's label, ``None`` for one that is not a named
            person (a pronoun, a description, a group): those stay as they are.
        lexicon: the titles read.
        evidence: the names the text writes and the gender counted for each
            (``None``: only the labels themselves are read as written names).

    Returns:
        One entry per entry of *labels*, ``None`` where it was ``None``.

    >>> canonical_labels(["Mr. Arlo Finch", "Kowal", None], Lexicon.english())
    ['Arlo Finch', 'Kowal', None]
    >>> canonical_labels(["Sen. Ann Lee", "Lee", "Tobias Hale"], Lexicon.english())
    ['Ann Lee', 'Lee', 'Tobias Hale']
    """
    untitled = {label: _untitled(label.split(), lexicon) for label in labels if label is not None}
    # Only a lone surname looks for a full name: the document's names are read
    # (each through the name reader) only when a label is one.
    lone = {words[0].casefold() for words, titles in untitled.values() if len(words) == 1 and not _married(titles, lexicon)}
    by_last: dict[str, dict[str, _Full]] = {}
    if lone:
        written = {label: (label, 1) for label in untitled}
        if evidence is not None:
            written.update(evidence.written_names())
        by_last = _full_names(written, lexicon, lone, untitled)
    proposed = [None if label is None else _canonical(label, untitled[label], lexicon, by_last) for label in labels]
    return _without_collisions(labels, proposed)


def _married(titles: frozenset[str], lexicon: Lexicon) -> bool:
    """True when one of the dropped *titles* (casefolded, no period) may stand before a husband's name (``Mrs.``)."""
    return any(t in lexicon.married_titles or t + "." in lexicon.married_titles for t in titles)


@attrs.define
class _Full:
    """A full name the document writes: its words, the person resolution calls it, how often, under which titles."""

    words: str
    person: str
    count: int = 0
    titles: set[str] = attrs.field(factory=set)


def _full_names(
    written: dict[str, tuple[str, int]],
    lexicon: Lexicon,
    last: set[str],
    untitled: dict[str, tuple[list[str], frozenset[str]]],
) -> dict[str, dict[str, _Full]]:
    """Names of two or more words once titles are dropped, by last word (casefolded), then by the name casefolded.

    Only the names that may end with a word of *last* (casefolded) are read:
    the last name word is one of the name's own words, so a name that holds
    none of them is no one's full name.  *untitled* holds names already read.
    """
    by_last: dict[str, dict[str, _Full]] = {}
    for text, (person, count) in written.items():
        folded = text.casefold()
        if not any(word in folded for word in last):
            continue
        words, titles = untitled[text] if text in untitled else _untitled(text.split(), lexicon)
        if len(words) >= 2 and not _married(titles, lexicon):
            full = " ".join(words)
            known = by_last.setdefault(words[-1].casefold(), {})
            entry = known.setdefault(full.casefold(), _Full(full, person))
            entry.count += count
            entry.titles |= titles
    return by_last


def _canonical(
    label: str, untitled: tuple[list[str], frozenset[str]], lexicon: Lexicon, by_last: dict[str, dict[str, _Full]]
) -> str:
    """The canonical form of one person's *label* (before collisions are checked), *untitled* its :func:`_untitled`."""
    words, titles = untitled
    if _married(titles, lexicon):
        return label  # ``Mrs. Tobias Hale`` may be his wife: the title stays, and so does the name under it
    if len(words) >= 2:
        return " ".join(words)
    if len(words) != 1:
        return label
    known = by_last.get(words[0].casefold(), {})
    # ``Denis Roe`` is the fuller name, not the ``Staff Denis Roe`` of a
    # ``Chief of Staff Denis Roe`` cut at ``of``: a name that ends with another is that one.
    fuller = [f for f in known.values() if not any(f is not g and f.words.endswith(" " + g.words) for g in known.values())]
    if len(fuller) != 1:
        return label
    full = fuller[0]
    if titles:
        # ``Dr. Hale`` takes ``Ada Hale`` only from ``Dr. Ada Hale``: the
        # same title on the full name says it is her, not a son or a sister.
        return full.words if titles <= full.titles else label
    if full.count < _ONCE_MORE and full.person != label:
        # A capitalised pair written once (a sentence opener before the
        # surname) is no name to rename a person by, unless resolution gave
        # it to the very person the label names.
        return label
    return full.words


def _without_collisions(labels: Sequence[str | None], proposed: Sequence[str | None]) -> list[str | None]:
    """*proposed*, with every changed label that equals another identity's label turned back to its own."""
    result = list(proposed)
    changed = True
    while changed:
        changed = False
        seen: dict[str, int] = {}
        for label in result:
            if label is not None:
                seen[label.casefold()] = seen.get(label.casefold(), 0) + 1
        for i, (own, label) in enumerate(zip(labels, result)):  # noqa: B905 - one entry per identity
            if label is not None and label != own and seen[label.casefold()] > 1:
                result[i] = own
                changed = True
    return result
