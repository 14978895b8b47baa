"""Stage 5, speaker identities: one id per person within a document, and the gender the text gives.

The binding stage ties each quote to a *mention* (``Mayor Ruth Okafor``,
``Okafor``, ``she``, ``the mayor``) and resolution names it (``Ruth Okafor``).
Counting sources needs one step more: every quote of the same person must
carry the same id.  :func:`assign_entities` groups one document's quotes from
what each :class:`~quoteattr.model.Speaker` already holds, without reading the
text again:

* a speaker resolved to a name (any mention kind whose ``name`` is not just
  its own words) is the person of that name; a lone word (``Okafor``) joins
  the one full name of the document's speakers that ends or starts with it;
* a pronoun left unresolved (``name == "he"``) names nobody: each such
  mention is an identity of its own, never merged with a named person;
* an indefinite description (``a spokesman``) introduces someone new at each
  mention; a definite one (``the spokesman``) or a group (``officials``)
  joins the latest identity with the same words.

Gender is read from the same mentions only: a pronoun (``he``), a gendered
title (``Mrs.``) or noun (``the congresswoman``, ``her father``).  Each
distinct mention is one vote; a gender needs twice the votes of the other.
Groups get none.  First names are never used: nothing in a name's spelling
says who a person is.  The words (pronouns, titles, nouns, articles) come from
the :class:`~quoteattr.lang.Lexicon` (English by default).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr.lang import Lexicon
from quoteattr.model import Quote, Speaker
from quoteattr.text.chars import APOSTROPHE, RIGHT_SINGLE

__all__ = ["assign_entities", "entity_label", "mention_gender"]

#: Lexicon gender codes to the values of :attr:`Speaker.gender`.
_GENDER_NAMES = {"m": "male", "f": "female"}


@attrs.define
class _Identity:
    """One person (or group) of a document while quotes are grouped."""

    number: int
    label: str
    group: bool
    # (start, end) of each distinct mention, so a split quote votes once.
    mentions: dict[tuple[int, int], Speaker] = attrs.field(factory=dict)

    def gender(self, lexicon: Lexicon) -> str | None:
        """The gender the mentions give, or ``None`` (no evidence, mixed evidence, or a group)."""
        if self.group:
            return None
        votes = {"m": 0, "f": 0}
        for speaker in self.mentions.values():
            evidence = mention_gender(speaker, lexicon)
            if evidence:
                votes[evidence] += 1
        male, female = votes["m"], votes["f"]
        if male >= 2 * female and male > 0:
            return _GENDER_NAMES["m"]
        if female >= 2 * male and female > 0:
            return _GENDER_NAMES["f"]
        return None


def entity_label(entity: str) -> str:
    """The label part of an entity id: the canonical name, without its ``#n``.

    >>> entity_label("Ruth Okafor#1")
    'Ruth Okafor'
    """
    label, sep, number = entity.rpartition("#")
    return label if sep and number.isdigit() else entity


def assign_entities(quotes: Sequence[Quote], lexicon: Lexicon | None = None) -> list[Quote]:
    """Give every speaker of one document's quotes an entity id and a gender.

    Args:
        quotes: the quotes of ONE document (ids are numbered per document), as
            :func:`quoteattr.attribute_quotes` returns them.
        lexicon: the words read for articles and gender evidence (pass the
            ``Config.lexicon`` the quotes were found with; English by default).

    Returns:
        The same quotes in the same order, each speaker with ``entity`` set to
        ``"<label>#<n>"`` (``n`` counts the document's speakers from 1 in order
        of their first quote) and ``gender`` to ``"female"``, ``"male"`` or
        ``None``.  Any ``entity``/``gender`` already set is recomputed; nothing
        else changes.  Quotes without a speaker are returned unchanged.

    >>> from quoteattr import attribute_quotes
    >>> text = 'Mrs. Ana Ruiz arrived. "Yes," Ruiz said. "No," she said. "Why?" he asked.'
    >>> [(q.speaker.entity, q.speaker.gender) for q in assign_entities(attribute_quotes(text))]
    [('Ana Ruiz#1', 'female'), ('Ana Ruiz#1', 'female'), ('he#2', 'male')]
    """
    lexicon = lexicon or Lexicon.english()
    full_names = _full_names(quotes)
    identities: list[_Identity] = []
    by_key: dict[tuple[str, str], _Identity] = {}
    chosen: list[_Identity | None] = []
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None:
            chosen.append(None)
            continue
        key, label, described = _identity_key(speaker, full_names, lexicon)
        identity = by_key.get(key)
        if identity is None:
            identity = _Identity(len(identities) + 1, label, group=speaker.kind == "group")
            identities.append(identity)
            by_key[key] = identity
            if described is not None:
                # ``the spokesman`` after ``a spokesman`` is that person: a
                # definite mention finds the latest one described in its words.
                by_key[described] = identity
        identity.mentions[(speaker.start, speaker.end)] = speaker
        chosen.append(identity)
    # Each identity's gender once: its votes are over all of its mentions.
    genders = [identity.gender(lexicon) for identity in identities]
    result: list[Quote] = []
    for quote, identity in zip(quotes, chosen):  # noqa: B905 - one entry per quote
        if identity is None or quote.speaker is None:
            result.append(quote)
            continue
        speaker = attrs.evolve(
            quote.speaker, entity=f"{identity.label}#{identity.number}", gender=genders[identity.number - 1]
        )
        result.append(attrs.evolve(quote, speaker=speaker))
    return result


def _norm(words: str) -> str:
    """Casefolded words, periods dropped, single spaces: ``Mr.  Smith`` -> ``mr smith``."""
    return " ".join(words.casefold().replace(".", " ").split())


def _is_resolved(speaker: Speaker) -> bool:
    """True when resolution gave the mention a name other than its own words."""
    return speaker.kind == "name" or _norm(speaker.name) != _norm(speaker.text)


def _full_names(quotes: Sequence[Quote]) -> dict[str, str]:
    """Lone words to the one resolved name of several words that ends (else starts) with them.

    A word shared by two full names (``Smith`` of ``Ana Smith`` and ``Ben
    Smith``) maps to nobody: which one is meant cannot be told from the quotes.
    """
    names = {
        _norm(q.speaker.name): q.speaker.name
        for q in quotes
        if q.speaker is not None and _is_resolved(q.speaker) and len(_norm(q.speaker.name).split()) >= 2
    }
    candidates: dict[str, set[str]] = {}
    for position in (-1, 0):  # last words first: a surname is the usual short form
        found: dict[str, set[str]] = {}
        for key in names:
            found.setdefault(key.split()[position], set()).add(key)
        for word, keys in found.items():
            candidates.setdefault(word, keys)
    return {word: names[next(iter(keys))] for word, keys in candidates.items() if len(keys) == 1}


def _identity_key(
    speaker: Speaker, full_names: dict[str, str], lexicon: Lexicon
) -> tuple[tuple[str, str], str, tuple[str, str] | None]:
    """The key of the identity *speaker* belongs to, its label, and its descriptive key.

    Equal keys are one identity.  The descriptive key (kind and words without
    their article) is set for an indefinite description, whose own key is its
    span: a later definite mention in the same words joins it.
    """
    if _is_resolved(speaker):
        name = full_names.get(_norm(speaker.name), speaker.name)
        return ("person", _norm(name)), name, None
    span_key = ("mention", f"{speaker.start}:{speaker.end}")
    if speaker.kind == "pronoun":
        return span_key, speaker.text.lower(), None
    words = speaker.text.split()
    first = words[0].lower() if words else ""
    if first in lexicon.indefinite_articles or first in lexicon.definite_articles:
        label = " ".join([first, *words[1:]])
        described = (speaker.kind, _norm(" ".join(words[1:])))
    else:
        label = speaker.text
        described = (speaker.kind, _norm(speaker.text))
    if speaker.kind == "description" and first in lexicon.indefinite_articles:
        return span_key, label, described
    return described, label, None


def mention_gender(speaker: Speaker, lexicon: Lexicon | None = None) -> str:
    """``m``, ``f`` or "" for the gender one mention states in its own words.

    A pronoun (``she``), a gendered title before a name (``Mrs. Ana Ruiz``) or
    the head noun of a description (``her father``, ``the congresswoman``),
    as *lexicon* (English by default) lists them.

    >>> mention_gender(Speaker("the congresswoman", 0, 17, "the congresswoman", "description"))
    'f'
    """
    lexicon = lexicon or Lexicon.english()
    words = [w.strip(".,").lower() for w in speaker.text.replace(RIGHT_SINGLE, APOSTROPHE).split()]
    if not words:
        return ""
    if speaker.kind == "pronoun":
        pronoun = lexicon.pronouns.get(words[0])
        return pronoun.gender if pronoun is not None and pronoun.gender in _GENDER_NAMES else ""
    title = lexicon.title_genders.get(speaker.text.split()[0].lower(), "")
    if speaker.kind == "name":
        return title
    head = words[-1]
    for ending in lexicon.possessive_endings:
        head = head.removesuffix(ending)
    return lexicon.gender_nouns.get(head) or _role_gender(head, lexicon) or title


def _role_gender(noun: str, lexicon: Lexicon) -> str:
    """The gender a person-role noun spells out: ``spokeswoman`` f, ``chairman`` m (the longest ending wins)."""
    if lexicon.roles.get(noun) != "person":
        return ""
    endings = [ending for ending in lexicon.gender_endings if noun.endswith(ending)]
    return lexicon.gender_endings[max(endings, key=len)] if endings else ""
