"""Stage 5, speaker identities: one id per person within a document, and the gender the text gives.

The binding stage ties each quote to a *mention* (``Mayor Ruth Okafor``,
``Okafor``, ``she``, ``the mayor``) and resolution names it (``Ruth Okafor``).
Counting sources needs one step more: every quote of the same person must
carry the same id.  This is the last step of
:func:`quoteattr.attribute_quotes`, which hands it what resolution learnt of
the document's people (the news names or the fiction cast, as
:class:`NameEvidence`); :func:`assign_entities` runs the same step on quotes
from elsewhere, from what each :class:`~quoteattr.model.Speaker` holds.

Grouping:

* a speaker resolved to a name (any mention kind whose ``name`` is not just
  its own words) is the person of that name; resolution already gave every
  form of it one name (``Okafor``, ``Ms. Okafor`` and ``she`` are ``Ruth
  Okafor``; in a dialogue document ``Hollis`` and the ``he`` that refers to
  him are the cast's ``Mr. Hollis``); a lone word left (``Okafor``) joins the
  one speaker whose full name (a speaker's, or one the text writes:
  :meth:`NameEvidence.written_names`) ends or starts with it, or the one
  written most often (``Dr. Voss`` far more than ``Mr. Voss``), the gender
  counted for the word choosing between ``Mr. Hale`` and ``Mrs. Hale`` (see
  :func:`_links`); a link never renames a speaker, it only shares the entity.
  A titled surname (``Mr. Hale``) joins the one speaker whose fuller written
  name ends with it (``Tobias Hale``, ``Mr. Tobias Hale``) when that person
  is known to be of the title's gender, and only when the family is one
  person in the text: two men of it written in full (father and son), or
  ``Mrs. Hale`` beside ``Miss Hale`` (mother and daughter), link nobody.
  A first name that is a usual short form (``Theo``,
  :attr:`~quoteattr.lang.Lexicon.nicknames`) joins the one speaker called by
  a full form of it (``Sir Theodore``, ``Theodore Pryce``);
* a third-person pronoun left unresolved (``he``) names nobody: each such
  mention is an identity of its own, never merged with a named person; an
  unresolved ``I`` is the narrator (or the writer), one identity per
  document, and so is a turn that dialogue rules gave to ``I``;
* an indefinite description (``a spokesman``) introduces someone new at each
  mention; a definite one (``the spokesman``) or a group (``officials``)
  joins the latest identity with the same words, and so does a mention that
  resolution named after a definite description (``he``, named ``the stranger``).
  A definite description whose last capitalised words are a speaker's name,
  not after a preposition (``the poet Varn``, ``the exasperated Varn``), is
  that speaker.

Gender is evidence counted in :class:`~quoteattr.resolve.gender.Votes` and
read by the one rule of :func:`~quoteattr.resolve.gender.gender_of`:

* each distinct mention bound to the identity's quotes that states a gender
  in its own words, a pronoun (``he``), a gendered title (``Mrs.``) or noun
  (``the congresswoman``, ``her father``), weighs
  :data:`~quoteattr.resolve.gender.MENTION_VOTE`: the binding says that this
  mention is the speaker;
* what resolution counted for the identity's name over the whole document
  (titles on its occurrences, pronouns that follow them in narration), when
  the engine passes it.  Those occurrences include the bound mention's own:
  its title counts twice, which only strengthens the surest evidence there is.

Groups get none.  First names are never used: nothing in a name's spelling
says who a person is.  The words (pronouns, titles, nouns, articles) come from
the :class:`~quoteattr.lang.Lexicon` (English by default).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Protocol

import attrs

from quoteattr.lang import Lexicon
from quoteattr.model import Quote, Speaker
from quoteattr.resolve.gender import MENTION_VOTE, Votes, gender_of
from quoteattr.text.chars import APOSTROPHE, RIGHT_SINGLE

__all__ = ["Mentioned", "NameEvidence", "assign_entities", "entities_of", "entity_label", "identify", "mention_gender"]

#: Lexicon gender codes to the values of :attr:`Speaker.gender`.
_GENDER_NAMES = {"m": "male", "f": "female"}

#: A longer run of capitalised words is a headline or the title of a work, not
#: a name (news resolution's bar).
_MAX_NAME_WORDS = 4

#: Of several persons a short name may stand for, the one written at least
#: this share of the times is it (the fiction cast's share for joining forms).
_DOMINANCE = 0.6

class Mentioned(Protocol):
    """What grouping reads of a speaker (a :class:`~quoteattr.model.Speaker` has it all)."""

    @property
    def name(self) -> str:
        """The name resolution gave the mention."""
        ...

    @property
    def start(self) -> int:
        """Where the mention starts."""
        ...

    @property
    def end(self) -> int:
        """Where the mention ends."""
        ...

    @property
    def text(self) -> str:
        """The mention's own words."""
        ...

    @property
    def kind(self) -> str:
        """``name``, ``pronoun``, ``description`` or ``group``."""
        ...


class NameEvidence(Protocol):
    """What name resolution counted of a document's people: the gender evidence for a name.

    :class:`~quoteattr.resolve.news.EntityRegistry` (news names) and
    :class:`~quoteattr.resolve.cast.CastRegistry` (a novel's characters) provide it.
    """

    def votes(self, name: str) -> Votes | None:
        """The gender votes counted for the person resolution calls *name* (None when unknown)."""
        ...

    def written_names(self) -> dict[str, tuple[str, int]]:
        """Every name the text writes, as written: the name resolution gives its person, and how often."""
        ...


@attrs.define
class _Identity:
    """One person (or group) of a document while quotes are grouped."""

    number: int
    label: str
    group: bool
    #: What the mentions bound to its quotes say (None until one says something).
    votes: Votes | None = None
    #: The names resolution gave its mentions, for the votes it counted for them.
    names: list[str] | None = None

    def gender(self, evidence: NameEvidence | None) -> str | None:
        """The gender the evidence gives, or ``None`` (no evidence, mixed evidence, or a group)."""
        if self.group:
            return None
        votes = Votes()
        if self.votes is not None:
            votes.merge(self.votes)
        if evidence is not None and self.names:
            for name in self.names:
                counted = evidence.votes(name)
                if counted is not None:
                    votes.merge(counted)
        return _GENDER_NAMES.get(gender_of(votes))


def entity_label(entity: str) -> str:
    """The label part of an entity id: the canonical name, without its ``#n``.

    >>> entity_label("Ruth Okafor#1")
    'Ruth Okafor'
    """
    label, sep, number = entity.rpartition("#")
    return label if sep and number.isdigit() else entity


def assign_entities(quotes: Sequence[Quote], lexicon: Lexicon | None = None) -> list[Quote]:
    """Give every speaker of one document's quotes an entity id and a gender, from the speakers alone.

    :func:`quoteattr.attribute_quotes` already fills both (with what
    resolution learnt of the whole document): on its quotes this returns them
    unchanged.  Use it for quotes built or edited by hand.

    Args:
        quotes: the quotes of ONE document (ids are numbered per document).
        lexicon: the words read for articles and gender evidence (pass the
            ``Config.lexicon`` the quotes were found with; English by default).

    Returns:
        The same quotes in the same order.  When every speaker already has an
        ``entity``, they are returned as they are.  Otherwise every speaker's
        ``entity`` and ``gender`` are computed again (see :func:`identify`),
        from the speakers' names and mention words only; nothing else changes,
        and quotes without a speaker are returned unchanged.

    >>> from quoteattr import Speaker
    >>> she = Speaker("Ana Ruiz", 30, 33, "she", "pronoun")
    >>> quotes = [Quote(0, 3, "Yes", speaker=Speaker("Ruiz", 10, 14, "Ruiz")), Quote(20, 22, "No", speaker=she)]
    >>> [(q.speaker.entity, q.speaker.gender) for q in assign_entities(quotes)]
    [('Ana Ruiz#1', 'female'), ('Ana Ruiz#1', 'female')]
    """
    if all(q.speaker is None or q.speaker.entity is not None for q in quotes):
        return list(quotes)
    speakers = identify([q.speaker for q in quotes], lexicon or Lexicon.english())
    return [
        q if speaker is None else attrs.evolve(q, speaker=speaker)
        for q, speaker in zip(quotes, speakers)  # noqa: B905 - one speaker per quote
    ]


def identify(
    speakers: Sequence[Speaker | None], lexicon: Lexicon, evidence: NameEvidence | None = None
) -> list[Speaker | None]:
    """The speakers of one document's quotes with ``entity`` and ``gender`` set (see the module docstring).

    Args:
        speakers: the speaker of each quote of ONE document, in document
            order (``None`` for a quote without one).
        lexicon: the words read for articles, pronouns and gender evidence.
        evidence: what resolution counted of the document's names (the
            engine passes its registry); ``None`` reads the mentions alone.

    Returns:
        One entry per entry of *speakers*: ``None`` stays ``None``; a speaker
        comes back with ``entity`` set to ``"<label>#<n>"`` (``n`` counts the
        document's speakers from 1 in order of their first quote) and
        ``gender`` to ``"female"``, ``"male"`` or ``None``, any value already
        set replaced.  One speaker object shared by several quotes stays shared.

    >>> from quoteattr import attribute_quotes
    >>> text = 'Mrs. Ana Ruiz arrived. "Yes," Ruiz said. "No," she said. "Why?" he asked.'
    >>> [(s.entity, s.gender) for s in identify([q.speaker for q in attribute_quotes(text)], Lexicon.english())]
    [('Ana Ruiz#1', 'female'), ('Ana Ruiz#1', 'female'), ('he#2', 'male')]
    """
    found = entities_of(speakers, lexicon, evidence)
    result: list[Speaker | None] = []
    last: tuple[Speaker | None, Speaker | None] = (None, None)
    for speaker, pair in zip(speakers, found):  # noqa: B905 - one entry per speaker
        if speaker is None or pair is None:
            result.append(None)
            continue
        if speaker is not last[0]:
            # A speaker repeated in a row (a split quote, a speech over paragraphs) stays one object.
            last = (speaker, attrs.evolve(speaker, entity=pair[0], gender=pair[1]))
        result.append(last[1])
    return result


def entities_of(
    speakers: Sequence[Mentioned | None], lexicon: Lexicon, evidence: NameEvidence | None = None
) -> list[tuple[str, str | None] | None]:
    """The ``(entity, gender)`` of each speaker of one document (``None`` for a quote without one).

    The step itself, on anything that has a speaker's ``name``, ``start``,
    ``end``, ``text`` and ``kind``; :func:`identify` puts its result on
    :class:`~quoteattr.model.Speaker` objects.  Speakers of one identity share
    one tuple.
    """
    # What each mention says of its gender, read once for the names and the identities.
    said_of = [mention_gender(s, lexicon) if s is not None else "" for s in speakers]
    names = _Names(speakers, said_of, lexicon, evidence)
    links = _links(names)
    identities: list[_Identity] = []
    by_key: dict[tuple[str, str], _Identity] = {}
    # Each gendered mention votes once, however many quotes it is bound to (a split quote).
    counted: set[tuple[int, int, int]] = set()
    chosen: list[_Identity | None] = []
    for speaker, said in zip(speakers, said_of):  # noqa: B905 - one entry per speaker
        if speaker is None:
            chosen.append(None)
            continue
        key, label, described = _identity_key(speaker, links, lexicon, names.names)
        identity = by_key.get(key)
        if identity is None:
            identity = _Identity(len(identities) + 1, label, group=speaker.kind == "group")
            identities.append(identity)
            by_key[key] = identity
            if described is not None:
                # ``the spokesman`` after ``a spokesman`` is that person: a
                # definite mention finds the latest one described in its words.
                by_key[described] = identity
        chosen.append(identity)
        if said and (identity.number, speaker.start, speaker.end) not in counted:
            counted.add((identity.number, speaker.start, speaker.end))
            if identity.votes is None:
                identity.votes = Votes()
            identity.votes.add(said, MENTION_VOTE)
        if evidence is not None and _is_resolved(speaker):
            if identity.names is None:
                identity.names = [speaker.name]
            elif speaker.name not in identity.names:
                identity.names.append(speaker.name)
    # Each identity's gender once, over all of its mentions.
    pairs = [(f"{identity.label}#{identity.number}", identity.gender(evidence)) for identity in identities]
    return [pairs[identity.number - 1] if identity is not None else None for identity in chosen]


def _norm(words: str) -> str:
    """Casefolded words, periods dropped, single spaces: ``Mr.  Smith`` -> ``mr smith``."""
    return " ".join(words.casefold().replace(".", " ").split())


def _is_resolved(speaker: Mentioned) -> bool:
    """True when resolution gave the mention a name other than its own words."""
    return speaker.kind == "name" or _norm(speaker.name) != _norm(speaker.text)


@functools.lru_cache(maxsize=16)
def _title_words(lexicon: Lexicon) -> frozenset[str]:
    """First words that are titles or forms of address (``mr``, ``lady``), without their period.

    Once per lexicon: built per document it cost about 1% of a news run.
    """
    return frozenset(t.casefold().rstrip(".") for t in lexicon.titles | lexicon.fiction_titles if " " not in t)


class _Names:
    """The names of one document's speakers, what resolution counted of them, and the names the text writes."""

    def __init__(
        self,
        speakers: Sequence[Mentioned | None],
        said_of: Sequence[str],
        lexicon: Lexicon,
        evidence: NameEvidence | None,
    ) -> None:
        """Read *speakers* and what each says of its gender (*said_of*, from :func:`mention_gender`)."""
        self._lexicon = lexicon
        self._evidence = evidence
        #: Each resolved speaker name, normalised, as resolution wrote it.
        self.names: dict[str, str] = {}
        #: What each name's mentions say of its gender (each distinct mention once).
        self._said: dict[str, Votes] = {}
        seen: set[tuple[str, int, int]] = set()
        for s, said in zip(speakers, said_of):  # noqa: B905 - one entry per speaker
            if s is None or not _is_resolved(s):
                continue
            key = _norm(s.name)
            self.names.setdefault(key, s.name)
            if said and (key, s.start, s.end) not in seen:
                seen.add((key, s.start, s.end))
                self._said.setdefault(key, Votes()).add(said, MENTION_VOTE)
        self._titles = _title_words(lexicon)
        #: Short forms of given names, to the full names they shorten.
        self.nicknames = lexicon.nicknames

    def title_gender(self, word: str) -> str:
        """``m``, ``f`` or "" for a normalised first word that is a gendered title (``mrs``)."""
        genders = self._lexicon.title_genders
        return genders.get(word, "") or genders.get(word + ".", "")

    def is_title(self, word: str) -> bool:
        """True for a normalised word that is a title or a form of address."""
        return word in self._titles

    def gender(self, name: str) -> str:
        """``m``, ``f`` or "": the mentions bound under *name*, its title, and what resolution counted for it."""
        key = _norm(name)
        votes = Votes()
        said = self._said.get(key)
        if said is not None:
            votes.merge(said)
        title = self.title_gender(key.split()[0]) if " " in key else ""
        if title:
            votes.add(title, MENTION_VOTE)
        counted = self._evidence.votes(name) if self._evidence is not None else None
        if counted is not None:
            votes.merge(counted)
        return gender_of(votes)

    def written(self) -> dict[str, tuple[str, int]]:
        """Names of two or more words, normalised: the person resolution calls each, and how often it is written.

        The speakers' own names count once; the names resolution counted in
        the text (:meth:`NameEvidence.written_names`) add the rest.
        """
        found = {key: (name, 1) for key, name in self.names.items() if " " in key}
        if self._evidence is not None:
            for text, (name, count) in self._evidence.written_names().items():
                key = _norm(text)
                if " " in key and len(key.split()) <= _MAX_NAME_WORDS:
                    # A speaker's own name stays its person's (the cast may call
                    # ``Mike Pence`` by its usual ``Pence``: they are then one).
                    found[key] = (self.names.get(key, name), max(count, found.get(key, ("", 0))[1]))
        return found


def _links(names: _Names) -> dict[str, str]:
    """The speaker names (normalised) that are another name's person: ``{"okafor": "Ruth Okafor"}``.

    A lone word joins the one person whose written full name ends (else
    starts) with it (see :func:`_lone_link`); a titled surname (``Miss
    Hale``) joins the one person whose written name is longer and ends with
    it (see :func:`_titled_link`).  A link to oneself is none; links are
    followed to their end.
    """
    keys = list(names.names)
    if not keys:
        return {}
    written = names.written()
    by_word: dict[tuple[int, str], list[str]] = {}
    for key in written:
        words = key.split()
        by_word.setdefault((-1, words[-1]), []).append(key)
        if not names.is_title(words[0]):
            by_word.setdefault((0, words[0]), []).append(key)
    links: dict[str, str] = {}
    for key in keys:
        words = key.split()
        if len(words) == 1:
            target = _lone_link(key, names, written, by_word)
        elif len(words) == 2 and names.is_title(words[0]):
            target = _titled_link(key, names, written, by_word)
        else:
            continue
        if target is None or _norm(target) == key:
            continue
        if _norm(target) in names.names:
            links[key] = target
    _nickname_links(names, links)
    for key in links:
        seen = {key}
        while _norm(links[key]) in links and _norm(links[key]) not in seen:
            seen.add(_norm(links[key]))
            links[key] = links[_norm(links[key])]
    return links


def _nickname_links(names: _Names, links: dict[str, str]) -> None:
    """Add to *links* the speakers called by a short form of a given name (``Harry``, ``Jim Vane``).

    A speaker whose first name (after any title) is a short form listed in
    :attr:`~quoteattr.lang.Lexicon.nicknames` joins the one person among
    the speakers called by a full form it shortens, with the same surname
    or none (``Harry`` is ``Lord Henry``, ``Jim Vane`` is ``James Vane``),
    not of the other gender; a lone full first name joins the one short
    form with a surname (``Michael`` is ``Mike Reed``).  Two short forms
    (``Lizzy``, ``Eliza``) are never linked to each other: each joins the
    full form.  A speaker already linked keeps its link.
    """
    nicknames = names.nicknames
    firsts: dict[str, list[str]] = {}
    for key in names.names:
        core = _core(key, names)
        if len(core) <= 2:
            for full in nicknames.get(core[0], (core[0],)):
                firsts.setdefault(full, []).append(key)
    for key, name in names.names.items():
        if key in links:
            continue
        core = _core(key, names)
        if len(core) > 2:
            continue
        first, surname = core[0], core[1:]
        short = first in nicknames
        people: set[str] = set()
        for full in nicknames.get(first, (first,)):
            for other in firsts.get(full, ()):
                other_core = _core(other, names)
                if other_core[0] == first or (other_core[0] in nicknames) == short:
                    continue  # one first name, or two short forms, or two full ones
                if surname and other_core[1:] and surname != other_core[1:]:
                    continue  # another family
                if len(surname) > len(other_core) - 1 or (len(surname) == len(other_core) - 1 and not short):
                    continue  # the link goes to the fuller name, or from the short form to the full one
                people.add(links.get(other, names.names[other]))
        gender = names.gender(name)
        if gender:
            people = {p for p in people if names.gender(p) in ("", gender)}
        if len(people) == 1 and _norm(next(iter(people))) != key:
            links[key] = next(iter(people))


def _core(key: str, names: _Names) -> list[str]:
    """The words of a normalised name after its title (``mr tom reed`` -> ``tom reed``)."""
    words = key.split()
    return words[1:] if len(words) > 1 and names.is_title(words[0]) else words


def _one_person(
    keys: Sequence[str], gender: str, names: _Names, written: dict[str, tuple[str, int]], titled: bool = False
) -> str:
    """The person the written names *keys* stand for: the one, or the one most of them are; else "".

    Persons of another gender than *gender* (``m``, ``f`` or "") are left
    out.  Of several, one that is written at least :data:`_DOMINANCE` of
    the times is taken: ``Dr. Voss`` seventeen times and ``Mr. Voss`` twice
    are, at a word's mention, the doctor.  For a *titled* name
    (``Mr. Hale``), the one must moreover be known to be of the title's
    gender: ``Mr. Hale`` is not the ``Ada Hale`` of unknown gender; and
    without a gender, several people are no one (father or son).
    """
    counts: dict[str, int] = {}
    for key in keys:
        person, count = written[key]
        counts[person] = counts.get(person, 0) + count
    if gender and (titled or len(counts) > 1):
        # Pronoun votes are noisy: against one candidate only a title counts.
        counts = {p: n for p, n in counts.items() if names.gender(p) in ("", gender)}
    if titled:
        # Those of unknown gender may be of the family all the same: they count against the one.
        known = [p for p in counts if names.gender(p) == gender] if gender else list(counts)
        share = _DOMINANCE if gender else 1.0
        if len(known) != 1 or counts[known[0]] < share * sum(counts.values()):
            return ""
        return known[0]
    if len(counts) == 1:
        return next(iter(counts))
    if not counts:
        return ""
    person = max(counts, key=counts.__getitem__)
    return person if counts[person] >= _DOMINANCE * sum(counts.values()) else ""


def _lone_link(
    word: str, names: _Names, written: dict[str, tuple[str, int]], by_word: dict[tuple[int, str], list[str]]
) -> str | None:
    """The one speaker a lone word stands for, or None (see :func:`_links`).

    The last words are read first, a surname being the usual short form;
    when full names end with the word, first names are not read, unless
    the only such names are of the other gender (``Aunt Wren`` for a
    ``Wren`` said of a man).  The person found must be a speaker:
    a name the text writes only links two speakers, it never renames one.
    """
    gender = names.gender(names.names[word])
    for position in (-1, 0):
        keys = [k for k in by_word.get((position, word), ()) if k != word]
        if any(len(_core(k, names)) > 1 for k in keys):
            # A title that says no gender (``Governor Hale``) names nobody
            # more precisely than a full name does: it is one only without one.
            keys = [k for k in keys if len(_core(k, names)) > 1 or names.title_gender(k.split()[0])]
        if not keys:
            continue
        person = _one_person(keys, gender, names, written)
        title = names.title_gender(_norm(person).split()[0]) if " " in person else ""
        if gender and title and title != gender:
            continue  # "Hale", said of a man, is not the one Mrs. Hale
        return person or None
    return None


def _titled_link(
    key: str, names: _Names, written: dict[str, tuple[str, int]], by_word: dict[tuple[int, str], list[str]]
) -> str | None:
    """The speaker a title and a surname (``Miss Hale``) stand for: the one fuller name ending with it, or None.

    Candidates are the names with a first name written before the surname
    (``Ada Hale``, ``Miss Ada Hale``), without a title or with the same
    one; the one known to be of the title's gender must be written at
    least :data:`_DOMINANCE` of the times among those not of the other
    gender (see :func:`_one_person`).  A family of the title's gender is
    no one person: when the text also writes the surname under another
    title of that gender (``Mrs. Hale`` and ``Miss Hale``), mother and
    daughter are both about, and the title links nobody.  The person found
    must be a speaker.
    """
    title, surname = key.split()
    gender = names.title_gender(title) or names.gender(names.names[key])
    if gender:
        for other in by_word.get((-1, surname), ()):
            words = other.split()
            if len(words) == 2 and words[0] != title and names.title_gender(words[0]) == gender:
                return None
    keys = []
    for other in by_word.get((-1, surname), ()):
        words = other.split()
        if len(_core(other, names)) < 2:
            continue
        if len(words) > len(_core(other, names)) and words[0] != title:
            continue  # another title: another office, or another of the family
        keys.append(other)
    if not keys:
        return None
    # ``Tobias Hale`` and ``Mr. Tobias Hale`` are one man though the cast
    # keeps the rare titled form apart: each full name stands for the
    # person of its most written form, a speaker first.
    best: dict[tuple[str, ...], tuple[bool, int, str]] = {}
    for other in keys:
        person, count = written[other]
        rank = (_norm(person) in names.names, count, person)
        core = tuple(_core(other, names))
        if core not in best or rank > best[core]:
            best[core] = rank
    as_one = {other: (best[tuple(_core(other, names))][2], written[other][1]) for other in keys}
    return _one_person(keys, gender, names, as_one, titled=True) or None


def _identity_key(
    speaker: Mentioned, links: dict[str, str], lexicon: Lexicon, named: dict[str, str] | None = None
) -> tuple[tuple[str, str], str, tuple[str, str] | None]:
    """The key of the identity *speaker* belongs to, its label, and its descriptive key.

    Equal keys are one identity.  The descriptive key (kind and words without
    their article) is set for an indefinite description, whose own key is its
    span: a later definite mention in the same words joins it.  A
    definite description that ends with the name of a speaker (*named*,
    normalised names to names) is that speaker: ``the poet Varn``.
    """
    if _is_resolved(speaker):
        if _is_first_person(speaker.name, lexicon):
            # A turn given to the narrator (turn-taking names it ``I``, with
            # no mention of its own) is the narrator of the ``I said`` tags.
            return ("narrator", ""), speaker.name, None
        name = links.get(_norm(speaker.name), speaker.name)
        words = name.split()
        if len(words) > 1 and words[0].lower() in lexicon.definite_articles:
            # Named after a definite description (``the concussion`` is ``the
            # Voice``): the person that description's own mentions are.
            kind = "group" if speaker.kind == "group" else "description"
            return (kind, _norm(" ".join(words[1:]))), name, None
        return ("person", _norm(name)), name, None
    span_key = ("mention", f"{speaker.start}:{speaker.end}")
    if speaker.kind == "pronoun":
        if _is_first_person(speaker.text, lexicon):
            # "I said" in narration is always the one who narrates (or writes).
            return ("narrator", ""), speaker.text, None
        return span_key, speaker.text.lower(), None
    words = speaker.text.split()
    first = words[0].lower() if words else ""
    if first in lexicon.indefinite_articles or first in lexicon.definite_articles:
        label = " ".join([first, *words[1:]])
        described = (speaker.kind, _norm(" ".join(words[1:])))
    else:
        label = speaker.text
        described = (speaker.kind, _norm(speaker.text))
    if speaker.kind == "description" and named and first in lexicon.definite_articles:
        person = _name_at_end(words, named, lexicon)
        if person:
            name = links.get(_norm(person), person)
            return ("person", _norm(name)), name, None
    if speaker.kind == "description" and first in lexicon.indefinite_articles:
        return span_key, label, described
    return described, label, None


def _name_at_end(words: Sequence[str], named: dict[str, str], lexicon: Lexicon) -> str:
    """The speaker's name that the capitalised last words of a definite description are (``the late Varn``), or "".

    The longest such name of up to :data:`_MAX_NAME_WORDS` words is taken;
    the first word of the description is never part of it (``The Colonel``
    is a description of its own), and a name after a preposition is
    someone else (``the reporter for the Gazette``, ``the friend of Varn``).
    """
    for size in range(min(_MAX_NAME_WORDS, len(words) - 2), 0, -1):
        tail = words[-size:]
        if not all(w[:1].isupper() for w in tail):
            continue
        before = len(words) - size - 1
        while before > 0 and words[before].lower() in lexicon.determiners:
            before -= 1  # "at the Gazette": the preposition is before the article
        if words[before].lower() in lexicon.prepositions:
            continue
        found = named.get(_norm(" ".join(tail)))
        if found:
            return found
    return ""


def _is_first_person(words: str, lexicon: Lexicon) -> bool:
    """True for ``I`` (a first-person singular pronoun of *lexicon*), in any case."""
    pronoun = lexicon.pronouns.get(words.lower())
    return pronoun is not None and pronoun.person == 1 and pronoun.number == "sg"


def mention_gender(speaker: Mentioned, lexicon: Lexicon | None = None) -> str:
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
