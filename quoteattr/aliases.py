"""Stage 5, name aliases: which speaker names of one document are one person.

:mod:`quoteattr.identity` gives every quote of one person one entity.
Resolution already gave most forms of a name one name; this module finds
the speaker names left that the text shows to be another speaker's
(:func:`alias_links`): a lone surname or first name and the full name that
ends or starts with it, a titled surname and the one fuller name of its
gender (else the bare surname; ``Miss`` also the speaker called by the
first name of the one full name written with the surname), a titled first
name and the full name written with both, the speakers that stand for one
written full name no quote names, a usual short form of a given name and
its full form (not when both are written with one surname again and again).  A link
never renames a speaker: it only shares the entity.  The rules, and what
was measured for them, are in ``docs/resolution.md`` (one id per person).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Protocol

from quoteattr.lang import Lexicon
from quoteattr.names import norm
from quoteattr.nicknames import name_core as _core
from quoteattr.nicknames import nickname_links
from quoteattr.resolve.gender import MENTION_VOTE, Votes, gender_of
from quoteattr.resolve.news import MAX_NAME_WORDS  # the same bar as news resolution's

__all__ = ["MAX_NAME_WORDS", "Mentioned", "NameEvidence", "SpeakerNames", "alias_links", "is_resolved", "norm"]


#: Of several persons a short name may stand for, the one written at least
#: this share of the times is it (the fiction cast's share for joining forms).
_DOMINANCE = 0.6

#: Written full names by a word and its place: (-1, surname), (0, first word), (1, first name after a title).
_ByWord = dict[tuple[int, str], list[str]]


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


def is_resolved(speaker: Mentioned) -> bool:
    """True when resolution gave the mention a name other than its own words."""
    return speaker.kind == "name" or norm(speaker.name) != norm(speaker.text)


@functools.lru_cache(maxsize=16)
def _title_words(lexicon: Lexicon) -> frozenset[str]:
    """First words that are titles or forms of address (``mr``, ``lady``), without their period.

    Once per lexicon: built per document it cost about 1% of a news run.
    """
    return frozenset(t.casefold().rstrip(".") for t in lexicon.titles | lexicon.fiction_titles if " " not in t)


class SpeakerNames:
    """The names of one document's speakers, what resolution counted of them, and the names the text writes."""

    def __init__(
        self,
        speakers: Sequence[Mentioned | None],
        said_of: Sequence[str],
        lexicon: Lexicon,
        evidence: NameEvidence | None,
    ) -> None:
        """Read *speakers* and what each says of its gender (*said_of*, from :func:`~quoteattr.identity.mention_gender`)."""
        self._lexicon = lexicon
        self._evidence = evidence
        self._speakers = speakers
        self._by_mention: dict[str, str] | None = None  # see by_mention
        #: Each resolved speaker name, normalised, as resolution wrote it.
        self.names: dict[str, str] = {}
        #: How many quotes each name speaks (a name shared by several speakers is labelled by the most heard).
        self.quotes: dict[str, int] = {}
        #: What each name's mentions say of its gender (each distinct mention once).
        self._said: dict[str, Votes] = {}
        seen: set[tuple[str, int, int]] = set()
        for s, said in zip(speakers, said_of):  # noqa: B905 - one entry per speaker
            if s is None or not is_resolved(s):
                continue
            key = norm(s.name)
            self.names.setdefault(key, s.name)
            self.quotes[key] = self.quotes.get(key, 0) + 1
            if said and (key, s.start, s.end) not in seen:
                seen.add((key, s.start, s.end))
                self._said.setdefault(key, Votes()).add(said, MENTION_VOTE)
        self._titles = _title_words(lexicon)
        #: The names the text writes (:meth:`written`, read on first need).
        self._written: dict[str, tuple[str, int]] | None = None
        #: Title forms to the persons whose speaker names start with one (built on first need).
        self._holders: dict[str, set[str]] | None = None
        #: Short forms of given names, to the full names they shorten.
        self.nicknames = lexicon.nicknames
        #: Articles, normalised: a written name that starts with one is a description.
        self.articles = lexicon.definite_articles | lexicon.indefinite_articles
        #: Titles of an unmarried woman, normalised (``miss``, ``mlle``).
        self.unmarried_titles = frozenset(t.casefold().rstrip(".") for t in lexicon.unmarried_titles)

    def by_mention(self) -> dict[str, str]:
        """:attr:`names`, and each speaker's own name words (normalised) to the one name resolution gave them.

        ``the weary Varn`` finds the speaker ``Mr. Varn`` whose quotes are bound
        to ``Varn``.  Words bound under two names are left out.
        """
        if self._by_mention is None:
            found: dict[str, set[str]] = {}
            for s in self._speakers:
                if s is not None and s.kind == "name" and s.text:
                    found.setdefault(norm(s.text), set()).add(s.name)
            own = {key: next(iter(held)) for key, held in found.items() if len(held) == 1}
            self._by_mention = {**own, **self.names}
        return self._by_mention

    def title_form(self, word: str) -> str:
        """The English title a normalised title word is a form of (``madame`` -> ``mrs``), else the word."""
        forms = self._lexicon.title_forms
        form = forms.get(word) or forms.get(word + ".")
        return form.rstrip(".") if form else word

    def title_holder(self, word: str, links: dict[str, str]) -> str:
        """The one person among the speakers called by the title *word* before a name, or "".

        ``the Doctor`` is ``Doctor Voss`` when no other speaker is called
        ``Dr.`` anything: forms of one title (:meth:`title_form`) count as one,
        and names linked to one person (*links*) are that person.
        """
        form = self.title_form(word)
        if self._holders is None:
            self._holders = {}
            for key, name in self.names.items():
                words = key.split()
                if len(words) > 1 and self.is_title(words[0]):
                    self._holders.setdefault(self.title_form(words[0]), set()).add(links.get(key, name))
        held = self._holders.get(form, set())
        return next(iter(held)) if len(held) == 1 else ""

    def title_gender(self, word: str) -> str:
        """``m``, ``f`` or "" for a normalised first word that is a gendered title (``mrs``)."""
        genders = self._lexicon.title_genders
        return genders.get(word, "") or genders.get(word + ".", "")

    def is_title(self, word: str) -> bool:
        """True for a normalised word that is a title or a form of address."""
        return word in self._titles

    def gender(self, name: str) -> str:
        """``m``, ``f`` or "": the mentions bound under *name*, its title, and what resolution counted for it."""
        key = norm(name)
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
        the text (:meth:`NameEvidence.written_names`) add the rest.  Read
        once per document (the alias rules ask for it more than once).
        """
        if self._written is not None:
            return self._written
        found = {key: (name, 1) for key, name in self.names.items() if " " in key}
        if self._evidence is not None:
            for text, (name, count) in self._evidence.written_names().items():
                key = norm(text)
                if " " in key and len(key.split()) <= MAX_NAME_WORDS:
                    # A speaker's own name stays its person's (the cast may call
                    # ``Ana Pires`` by its usual ``Pires``: they are then one).
                    found[key] = (self.names.get(key, name), max(count, found.get(key, ("", 0))[1]))
        self._written = found
        return found


def alias_links(names: SpeakerNames) -> dict[str, str]:
    """The speaker names (normalised) that are another name's person: ``{"okafor": "Ruth Okafor"}``.

    A lone word joins the one person whose written full name ends (else
    starts) with it (see :func:`_lone_link`); a titled surname (``Miss
    Hale``) joins the one person whose written name is longer and ends with
    it (see :func:`_titled_link`).  A link to oneself is none; links are
    followed to their end.
    """
    # Only a lone word or a titled surname links through the written names:
    # most news speakers have neither, and reading the names costs.
    short = [
        key for key in names.names if " " not in key or (key.count(" ") == 1 and names.is_title(key.split()[0]))
    ]
    links: dict[str, str] = {}
    # Speakers that stand for a person the text writes but no quote names
    # (``Mrs. Ada`` and ``Mrs. Hale`` for ``Mrs. Ada Hale``): normalised person -> speaker keys.
    unspoken: dict[str, list[str]] = {}
    if short:
        written = names.written()
        articles = names.articles
        by_word: dict[tuple[int, str], list[str]] = {}
        for key in written:
            words = key.split()
            if words[0] in articles:
                continue  # ``the shocked Ada`` is a description: ``Ada`` is not a form of it
            by_word.setdefault((-1, words[-1]), []).append(key)
            if not names.is_title(words[0]):
                by_word.setdefault((0, words[0]), []).append(key)
            core = _core(key, names)
            if len(core) > 1:
                # A first name after a title or none: ``Mrs. Ada`` finds ``Mrs. Ada Hale``.
                by_word.setdefault((1, core[0]), []).append(key)
        # Lone words first: ``Hale`` linked to ``Dr. Hale`` keeps ``Dr. Hale`` from linking back.
        for key in sorted(short, key=lambda k: " " in k):
            if " " not in key:
                target = _lone_link(key, names, written, by_word)
            else:
                target = _titled_link(key, names, written, by_word)
            if target is None or norm(target) == key:
                continue
            if norm(target) in names.names:
                if norm(links.get(norm(target), "")) != key:  # ``Hale`` is ``Dr. Hale`` and back: one link
                    links[key] = target
            else:
                unspoken.setdefault(norm(target), []).append(key)
        _surname_of_first_name(names, written, by_word, links, unspoken)
        _unspoken_links(names, written, unspoken, links)
    nickname_links(names, links)
    for key in links:
        seen = {key}
        while norm(links[key]) in links and norm(links[key]) not in seen:
            seen.add(norm(links[key]))
            links[key] = links[norm(links[key])]
    return links


def _surname_of_first_name(
    names: SpeakerNames,
    written: dict[str, tuple[str, int]],
    by_word: dict[tuple[int, str], list[str]],
    links: dict[str, str],
    unspoken: dict[str, list[str]],
) -> None:
    """Add a speaker called by a bare surname to the written full name a first-name speaker stands for.

    ``Orrin`` stands for the written ``Orrin Vesk`` that no quote names,
    and ``Vesk``, a speaker of his own, is the only other part of it:
    when ``Orrin Vesk`` is the one first-named man the text writes with
    that surname, and the two speakers are known to be of one gender, they
    are one person.  A surname that ends the full name of another of its
    gender (a father, a brother) stays apart.
    """
    for person, keys in list(unspoken.items()):
        firsts = [k for k in keys if " " not in k and person.split()[0] == k]
        words = person.split()
        if not firsts or len(words) != 2 or words[1] in links or words[1] not in names.names:
            continue
        gender = names.gender(names.names[firsts[0]])
        if not gender or names.gender(names.names[words[1]]) != gender:
            continue
        family = {
            written[k][0] for k in by_word.get((-1, words[1]), ()) if len(_core(k, names)) > 1
        }
        if any(norm(p) != person and names.gender(p) in ("", gender) for p in family):
            continue  # another of the family who may be the one called by the surname
        keys.append(words[1])


def _unspoken_links(
    names: SpeakerNames, written: dict[str, tuple[str, int]], unspoken: dict[str, list[str]], links: dict[str, str]
) -> None:
    """Link the speakers that stand for one written person no quote names: the most heard is the label.

    One speaker alone keeps its own entity: a name the text writes links
    two speakers, it never renames one.  Speakers known to be of two
    genders are not one person, and a full name written once (``Ada
    Hale`` may be a list, ``Ada, Hale``) links only speakers known to be
    of one gender, or the two speakers called by its two words (``Ada``
    and ``Hale``).
    """
    times: dict[str, int] | None = None  # counted only for a person two speakers stand for (rare)
    for person, keys in unspoken.items():
        keys = [k for k in dict.fromkeys(keys) if k not in links]
        if len(keys) < 2:
            continue
        if times is None:
            times = {}
            for written_name, count in written.values():
                times[norm(written_name)] = times.get(norm(written_name), 0) + count
        genders = {names.gender(names.names[k]) for k in keys}
        # A first name and a surname that are the two words of the one full
        # name written (``Ada`` and ``Hale``) are its parts, not a list.
        parts = len(keys) == 2 and sorted(keys) == sorted(person.split())
        if len(genders - {""}) > 1 or (times.get(person, 0) < 2 and not parts and (len(genders) > 1 or "" in genders)):
            continue
        label = max(keys, key=lambda k: names.quotes.get(k, 0))
        for key in keys:
            if key != label:
                links[key] = names.names[label]


def _one_person(
    keys: Sequence[str], gender: str, names: SpeakerNames, written: dict[str, tuple[str, int]], titled: bool = False
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
    word: str, names: SpeakerNames, written: dict[str, tuple[str, int]], by_word: dict[tuple[int, str], list[str]]
) -> str | None:
    """The one speaker a lone word stands for, or None (see :func:`alias_links`).

    The last words are read first, a surname being the usual short form;
    when full names end with the word, first names are not read, unless
    the only such names are of the other gender (``Aunt Wren`` for a
    ``Wren`` said of a man).  The person found must be a speaker:
    a name the text writes only links two speakers, it never renames one.
    A title before the word alone (``Cousin Ada``) that no quote names is
    the word itself, no fuller name: first names are read then too.
    """
    gender = names.gender(names.names[word])
    found: str | None = None
    for position in (-1, 0):
        keys = [k for k in by_word.get((position, word), ()) if k != word]
        if any(len(_core(k, names)) > 1 for k in keys):
            # A title that says no gender (``Governor Hale``) names nobody
            # more precisely than a full name does: it is one only without one.
            keys = [k for k in keys if len(_core(k, names)) > 1 or names.title_gender(k.split()[0])]
        if not keys:
            continue
        person = _one_person(keys, gender, names, written)
        title = names.title_gender(norm(person).split()[0]) if " " in person else ""
        if gender and title and title != gender:
            continue  # "Hale", said of a man, is not the one Mrs. Hale
        if position == -1 and norm(person) not in names.names and all(len(_core(k, names)) == 1 for k in keys):
            found = person or None  # ``Cousin Ada``: kept only if no full name starts with the word
            continue
        return person or found
    return found


def _titled_link(
    key: str, names: SpeakerNames, written: dict[str, tuple[str, int]], by_word: dict[tuple[int, str], list[str]]
) -> str | None:
    """The speaker a title and a surname (``Miss Hale``) stand for: the one fuller name ending with it, or None.

    Candidates are the names with a first name written before the surname
    (``Ada Hale``, ``Miss Ada Hale``), without a title or with the same
    one; the one known to be of the title's gender must be written at
    least :data:`_DOMINANCE` of the times among those not of the other
    gender (see :func:`_one_person`).  A family of the title's gender is
    no one person: when the text also writes the surname under another
    title of that gender (``Mrs. Hale`` and ``Miss Hale``), mother and
    daughter are both about, and only an unmarried woman's title
    (:attr:`~quoteattr.lang.Lexicon.unmarried_titles`) links: the woman a
    text calls by her first name is by convention the daughter.  Forms
    of one title are one (``Madame Hale`` is ``Mrs. Hale``).  An unmarried
    woman's title whose one fuller name is of no known gender joins the
    speaker called by its first name, a woman, and so does a man's title
    (``Mr. Hale``, the speaker ``Tobias``; :func:`_first_name_speaker`).  When the one
    person found is no speaker, or no fuller name ends with the surname,
    the speaker called by the bare surname is taken if there is one
    (:func:`_bare_surname`); else the person no quote names is returned,
    for :func:`_unspoken_links`.  Without a fuller name, a title before a
    first name is read too (:func:`_titled_first_name`).
    """
    title, surname = key.split()
    form = names.title_form(title)  # ``Madame Hale`` is ``Mrs. Hale``
    gender = names.title_gender(title) or names.gender(names.names[key])
    if gender and title not in names.unmarried_titles:
        for other in by_word.get((-1, surname), ()):
            words = other.split()
            if len(words) == 2 and form != names.title_form(words[0]) and names.title_gender(words[0]) == gender:
                return None  # Mrs. Hale beside Miss Hale: the first-named woman is the daughter
    keys = []
    for other in by_word.get((-1, surname), ()):
        words = other.split()
        if len(_core(other, names)) < 2:
            continue
        if len(words) > len(_core(other, names)) and names.title_form(words[0]) != form:
            continue  # another title: another office, or another of the family
        keys.append(other)
    if not keys:
        return _titled_first_name(key, gender, names, written, by_word) or _bare_surname(key, gender, names, written)
    found = _titled_person(key, keys, gender, names, written)
    if found is None and gender and (title in names.unmarried_titles or names.title_gender(title) == "m"):
        # Not a married woman's title: ``Mrs. Hale`` beside ``Ada`` may be her mother.
        found = _first_name_speaker(keys, gender, names, written, by_word) or None
    if found is None and len({written[other][0] for other in keys}) > 1:
        return None  # several of the family: the bare surname may be any of them
    if found is None or norm(found) not in names.names:
        # A fuller name no quote names (``Ada Hale``, or a stray ``Later Hale``)
        # is a person the speakers may share; a speaker called by the bare surname is one.
        return _bare_surname(key, gender, names, written) or found
    return found


def _titled_person(
    key: str, keys: list[str], gender: str, names: SpeakerNames, written: dict[str, tuple[str, int]]
) -> str | None:
    """The one person of the written fuller names *keys* a titled name stands for, or None."""
    # ``Tobias Hale`` and ``Mr. Tobias Hale`` are one man though the cast
    # keeps the rare titled form apart: each full name stands for the
    # person of its most written form, a speaker first.
    best: dict[tuple[str, ...], tuple[bool, int, str]] = {}
    for other in keys:
        person, count = written[other]
        rank = (norm(person) in names.names, count, person)
        core = tuple(_core(other, names))
        if core not in best or rank > best[core]:
            best[core] = rank
    as_one = {other: (best[tuple(_core(other, names))][2], written[other][1]) for other in keys}
    return _one_person(keys, gender, names, as_one, titled=True) or None


def _first_name_speaker(
    keys: Sequence[str], gender: str, names: SpeakerNames, written: dict[str, tuple[str, int]], by_word: _ByWord
) -> str:
    """The speaker called by the first name of the one written full name a title stands for, or "".

    ``Miss Hale`` beside a written ``Ada Hale`` of no known gender is the
    speaker ``Ada`` when that speaker is known to be a woman: the woman a
    text calls by her first name is, by convention, the one called ``Miss``
    (the daughter; a mother is ``Mrs.``, never read here).  A man's title
    alike: ``Mr. Hale`` is the speaker ``Tobias`` known to be a man, the
    narration's first name for the ``Mr. Hale`` of the dialogue (a father
    whose full name is written too makes two full names: no one).  The full name must be the one
    written with that surname (several first-named persons may be sisters),
    and the first name no other written full name's (``Ada Marsh`` too:
    the speaker ``Ada`` may be her).
    """
    persons = {written[k][0] for k in keys}
    firsts = {_core(k, names)[0] for k in keys}
    if len(persons) != 1 or len(firsts) != 1:
        return ""
    first = firsts.pop()
    if first not in names.names or names.gender(names.names[first]) != gender:
        return ""
    if {written[k][0] for k in (*by_word.get((0, first), ()), *by_word.get((1, first), ()))} != persons:
        return ""
    return names.names[first]


def _titled_first_name(
    key: str, gender: str, names: SpeakerNames, written: dict[str, tuple[str, int]], by_word: dict[tuple[int, str], list[str]]
) -> str | None:
    """The person a title and a first name (``Mrs. Ada``, ``Lord Tobias``) stand for, or None.

    Read when no fuller name ends with the word: the one person of the
    title's gender whose written full name starts with it, under the same
    title or none (``Mrs. Ada Hale``, ``Ada Hale``); see :func:`_one_person`.
    """
    title, first = key.split()
    keys = [
        other
        for other in by_word.get((1, first), ())
        if names.title_form(other.split()[0]) == names.title_form(title) or not names.is_title(other.split()[0])
    ]
    if not keys:
        return None
    return _one_person(keys, gender, names, written, titled=True) or None


def _bare_surname(key: str, gender: str, names: SpeakerNames, written: dict[str, tuple[str, int]]) -> str | None:
    """The speaker called by the bare surname of a titled name no fuller name ends with, or None.

    ``Dr. Voss`` is the ``Voss`` who speaks when nothing says the two are
    of two genders: the title (or what was counted for the titled name)
    and what was counted for the surname must not disagree, and the name
    written under a title of another gender (``Mrs. Voss`` beside ``Mr.
    Voss``, or any gendered title beside ``Dr. Voss``) makes the bare
    surname anyone's of the family.
    """
    title, surname = key.split()
    if surname not in names.names:
        return None
    other = names.gender(names.names[surname])
    if gender and other and gender != other:
        return None
    form = names.title_form(title)
    for known in (names.names, written):
        for name in known:
            words = name.split()
            if len(words) == 2 and words[1] == surname and names.title_form(words[0]) != form:
                said = names.title_gender(words[0])
                if said and said != gender:
                    return None  # ``Mrs. Hale`` is about too: the bare surname may be hers
    return names.names[surname]
