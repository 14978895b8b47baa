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
  initial), when two or more name words remain; before one word too
  (``Mr. Finch`` is ``Finch``, as other documents write him), except a
  title that stands before given names (``Sir Walter``, ``Aunt Juley``:
  :attr:`~quoteattr.lang.Lexicon.given_name_titles`) and a woman's that may
  name a wife or a daughter (``Mrs.``, ``Miss``);
* a capitalised common word a mention cut carried before the name comes off
  (``Said Finch`` from ``Said Finch:``, ``State Ada Roe`` from ``Secretary
  of State Ada Roe``, ``Rival Ada Roe``): cue verbs, person roles,
  organisation and place nouns, openers and function words of the lexicon,
  never a month (``June`` is a given name too); a label ending in an
  organisation or place noun (``State Department``) is a body's and stays
  whole, and so does one that would keep a single word that is no surname
  the document writes (``Citizens United``) or has a preposition before it
  (``Coalition Against Finch``);
* a lone surname takes the one full name the document writes that ends with
  it (titles and cut words dropped; a name that ends with another such name
  is a longer cut of it; middle initials do not count, :func:`name_key`),
  never one of the other gender (a title's, or what resolution counted)
  nor one that starts with another speaker's one-word label (``Oren`` of
  ``Oren Quill`` speaks apart): when resolution gave it to that person; a
  bare one (``Finch``) when it is written at least twice; a titled one
  (``Mr. Finch``), a bare one the document writes under such a title, or
  one whose full name is another speaker's label, even when written once,
  the news pattern of a full name at the first
  mention and the titled surname after, unless the surname is also
  written under a woman's or another gender's title (``Mrs. Finch``,
  ``Ms. Finch``: a family is about, and the one full name may be a son's),
  the full name has more than two name words (initials aside: a headline)
  or its first word reads as an adverb (``Quietly Finch``).  A full name
  written under the label's own title (``Miss Hale``, ``Miss Ada Hale``)
  is taken whatever else is written; a title that keeps its place takes no
  other;
* a title a married woman may write before her husband's name (``Mrs.``,
  :attr:`~quoteattr.lang.Lexicon.married_titles`) stays with the words after
  it, and a full name under it is given to no surname: older prose calls
  Tobias Hale's wife ``Mrs. Tobias Hale``;
* a label one word gave (a surname's full name, a title dropped) that would
  equal another identity's goes back to the surname, else to its own words:
  two identities the grouping kept apart stay two rows.  Two labels of the
  same full name (``Sen. Ada Roe`` and ``Ada Roe``) are one name and stay
  equal, and so may a label cut from common words only (``Said Finch``
  beside the speaker ``Arlo Finch``: the grouping kept it apart for its
  junk word).

Only the label changes: ``speaker.name`` (what the mention was resolved to)
stays as resolution gave it.  The titles and words are lexicon data
(:attr:`~quoteattr.lang.Lexicon.titles` and the lists named above).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import attrs

from quoteattr.aliases import NameEvidence
from quoteattr.lang import Lexicon
from quoteattr.names import Names
from quoteattr.resolve.gender import gender_of

__all__ = ["canonical_labels", "name_key"]

#: A full name written this often is one the text gives someone, whatever its length.
_ONCE_MORE = 2

#: A capitalised word this long or longer that ends like an adverb (``Quietly``)
#: is no first name; shorter ones may be (``Emily``, ``Holly``).
_ADVERB_LENGTH = 6

#: The apostrophes that end a plural possessive (``the Rangers' Ada Roe``).
_PLURAL_POSSESSIVE = ("'", "\u2019")

#: The gender letters of identity genders (:mod:`quoteattr.gender`) and title genders.
_GENDER_LETTER = {"male": "m", "female": "f"}


@functools.lru_cache(maxsize=16)
def _reader(lexicon: Lexicon) -> tuple[Names, frozenset[str], frozenset[str]]:
    """The name reader of *lexicon* (built once: it compiles patterns), its forms of address of fiction, all its titles.

    Titles come casefolded without their period, one word each.
    """
    fiction = frozenset(t.casefold().rstrip(".") for t in lexicon.fiction_titles if " " not in t)
    return Names(lexicon), fiction, fiction | {t.casefold().rstrip(".") for t in lexicon.titles if " " not in t}


@functools.lru_cache(maxsize=16)
def _common_words(lexicon: Lexicon) -> frozenset[str]:
    """Lowercase words that are no first word of a person's name: a capitalised one before a name was cut with it.

    A mention cut from a sentence can carry the word before the name (``Said
    Ellis`` from ``Said Ellis:``, ``State Ada Roe`` from ``Secretary of State
    Ada Roe``, ``Then Roe``).  Cue verbs, speech and role nouns, organisation
    and place nouns, openers and function words are read from the lexicon;
    months are not, nor the months that are given names too (``June``).
    """
    words: set[str] = set(lexicon.cue_verbs) | set(lexicon.roles)
    for group in (
        lexicon.organisation_nouns,
        lexicon.place_nouns,
        lexicon.function_words,
        lexicon.prepositions,
        lexicon.determiners,
        lexicon.adverbial_openers,
        lexicon.time_words,
        lexicon.aged_modifiers,
        lexicon.vocative_openers,
        lexicon.interjections,
    ):
        words |= group
    words |= {w.lower() for w in lexicon.sentence_openers}
    return frozenset(w for w in words if " " not in w) - lexicon.name_months


def _untitled(words: Sequence[str], lexicon: Lexicon) -> tuple[list[str], frozenset[str]]:
    """The name words after titles and sentence-opening words (``Sen. Ann Lee`` -> ``Ann Lee``), and the titles dropped.

    Forms of address of fiction (``Cousin``, ``Sir``) go too, one name word
    always left: ``Cousin Ada`` is ``Ada``, not a full name ending in ``Ada``.
    The titles come back casefolded without their period.  A one-letter
    title (``M.``) before two name words is an initial, and stays.
    """
    names, fiction, _ = _reader(lexicon)
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


def _name_words(words: list[str], lexicon: Lexicon) -> list[str]:
    """*words* (titles already dropped) without the common words a mention cut carried before the name.

    A label that ends in an organisation or place noun (``State Department``)
    is a body's name and stays whole; so does one in capitals (a headline).
    One word is always left.
    """
    common = _common_words(lexicon)
    if len(words) < 2 or words[0].lower().rstrip(".,:") not in common:
        return words  # most names: nothing to cut, nothing more to read
    last = words[-1].lower()
    if last in lexicon.organisation_nouns or last in lexicon.place_nouns or any(w.isupper() and len(w) > 1 for w in words):
        return words
    start = 0
    while start < len(words) - 1 and words[start].lower().rstrip(".,:") in common:
        start += 1
    return words[start:]


def name_key(name: str) -> str:
    """A name casefolded with its middle initials left out: ``Orla K. Fenwick`` and ``Orla Fenwick`` read alike.

    >>> name_key("Ada J. Roe"), name_key("Ada Roe"), name_key("J. Ada Roe")
    ('ada roe', 'ada roe', 'j. ada roe')
    """
    key = name.casefold()
    if key.count(" ") < 2:
        return key
    words = key.split()
    middle = [w for w in words[1:-1] if not (len(w.rstrip(".")) == 1 and w[0].isalpha())]
    return " ".join(words[:1] + middle + words[-1:])


def canonical_labels(
    labels: Sequence[str | None],
    lexicon: Lexicon,
    evidence: NameEvidence | None = None,
    genders: Sequence[str | None] | None = None,
) -> list[str | None]:
    """The canonical label of each identity of one document (see the module docstring).

    Args:
        labels: each identity's label, ``None`` for one that is not a named
            person (a pronoun, a description, a group): those stay as they are.
        lexicon: the titles and common words read.
        evidence: the names the text writes and the gender counted for each
            (``None``: only the labels themselves are read as written names).
        genders: each identity's gender (``"female"``, ``"male"`` or
            ``None``), one per label; a surname never takes a full name of
            the other gender (``None``: no identity's gender is known).

    Returns:
        One entry per entry of *labels*, ``None`` where it was ``None``.

    >>> canonical_labels(["Mr. Arlo Finch", "Kowal", None], Lexicon.english())
    ['Arlo Finch', 'Kowal', None]
    >>> canonical_labels(["Sen. Ann Lee", "Mr. Kowal", "Tobias Hale", "Mrs. Hale"], Lexicon.english())
    ['Ann Lee', 'Kowal', 'Tobias Hale', 'Mrs. Hale']
    """
    written = {label: (label, 1) for label in labels if label is not None}
    if evidence is not None:
        written.update(evidence.written_names())
    names = _full_names(written, lexicon, evidence)
    for label in labels:
        if label is not None and " " in label:
            spoken = names.by_last.get(label.split()[-1].casefold(), {}).get(name_key(label))
            if spoken is not None:
                spoken.spoken = True
    # Speakers called by one word: a full name that starts with one (``Oren`` of
    # ``Oren Quill``) is that speaker's, whom the grouping kept apart.
    single = frozenset(label.casefold() for label in labels if label is not None and " " not in label)
    proposed: list[str | None] = []
    fallback: list[str | None] = []
    for k, label in enumerate(labels):
        if label is None:
            proposed.append(None)
            fallback.append(None)
            continue
        gender = _GENDER_LETTER.get(genders[k] or "", "") if genders is not None else ""
        plain, full, cut = _canonical(label, lexicon, names, gender, single)
        proposed.append(full or plain)
        fallback.append(None if cut or (full is None and " " in plain) else plain)
    return _without_collisions(labels, proposed, fallback)


def _married(titles: frozenset[str], lexicon: Lexicon) -> bool:
    """True when one of the dropped *titles* (casefolded, no period) may stand before a husband's name (``Mrs.``)."""
    return any(t in lexicon.married_titles or t + "." in lexicon.married_titles for t in titles)


def _unmarried(titles: frozenset[str], lexicon: Lexicon) -> bool:
    """True when one of the dropped *titles* is an unmarried woman's (``Miss``): a family's daughter, kept."""
    return any(t in lexicon.unmarried_titles or t + "." in lexicon.unmarried_titles for t in titles)


@functools.lru_cache(maxsize=16)
def _kept_titles(lexicon: Lexicon) -> frozenset[str]:
    """The titles a one-word label keeps (``mrs``, ``miss``, ``sir``), casefolded without their period."""
    return frozenset(
        t.rstrip(".") for t in lexicon.married_titles | lexicon.unmarried_titles | lexicon.given_name_titles
    )


def _surname_titles(titles: Iterable[str], lexicon: Lexicon) -> set[str]:
    """The *titles* (casefolded, no period) that say the word after them is a family name: ``mr``, ``sen``, not ``sir``."""
    kept = _kept_titles(lexicon)
    return {t for t in titles if t not in kept and t in _reader(lexicon)[2]}


def _title_genders(titles: Iterable[str], lexicon: Lexicon) -> set[str]:
    """The genders (``m``, ``f``) the *titles* (casefolded, no period) say."""
    return {g for t in titles if (g := lexicon.title_genders.get(t) or lexicon.title_genders.get(t + ".", ""))}


def _title_gender(titles: Iterable[str], lexicon: Lexicon) -> str:
    """``m`` or ``f`` when the *titles* say one gender, else ""."""
    said = _title_genders(titles, lexicon)
    return next(iter(said)) if len(said) == 1 else ""


@attrs.define
class _Full:
    """A full name the document writes: its words, the person resolution calls it, how often, under which titles."""

    words: str
    person: str
    count: int = 0
    titles: set[str] = attrs.field(factory=set)
    #: True when it is a speaker's label too: a name in a speaker's place is a person's, written once or not.
    spoken: bool = False


@attrs.define
class _Written:
    """The names one document writes, as labels read them."""

    #: Names of two or more words once titles and cut words are dropped, by last word, then by :func:`name_key`.
    by_last: dict[str, dict[str, _Full]] = attrs.field(factory=dict)
    #: The titles each word is written under alone (``Mrs. Hale``: ``hale`` -> ``mrs``), casefolded.
    titled: dict[str, set[str]] = attrs.field(factory=dict)
    #: What resolution counted of the names (``None``: the labels alone).
    evidence: NameEvidence | None = None

    def gender(self, full: _Full, lexicon: Lexicon) -> str:
        """``m``, ``f`` or "": what the full name's titles, else resolution's evidence for its person, say."""
        said = _title_gender(full.titles, lexicon)
        if not said and self.evidence is not None:
            said = gender_of(self.evidence.votes(full.person))
        return said


def _full_names(written: dict[str, tuple[str, int]], lexicon: Lexicon, evidence: NameEvidence | None) -> _Written:
    """What *written* holds for labels: the full names by last word, and the titles written before one word."""
    names = _Written(evidence=evidence)
    by_last = names.by_last
    for text, (person, count) in written.items():
        words, titles = _untitled(text.split(), lexicon)
        if len(words) == 1 and titles:
            names.titled.setdefault(words[0].casefold(), set()).update(titles)
        if _married(titles, lexicon):
            continue
        words = _name_words(words, lexicon)
        if len(words) >= 2:
            full = " ".join(words)
            known = by_last.setdefault(words[-1].casefold(), {})
            entry = known.setdefault(name_key(full), _Full(full, person))
            entry.count += count
            entry.titles |= titles
    return names


def _canonical(
    label: str, lexicon: Lexicon, names: _Written, gender: str, single: frozenset[str]
) -> tuple[str, str | None, bool]:
    """The canonical form of one person's *label* without a full name, the full name it takes (or ``None``), and cut.

    Cut is True when only common words a mention cut carried came off
    (``Said Finch``, ``Then Finch``), no title: the grouping kept such a
    label apart for its junk, so its full name may equal another's label.

    *gender* is the identity's (``m``, ``f`` or ""); *single*, the
    identities' one-word labels (casefolded): no full name that starts with
    another's is taken (the set is shared, not copied per label: a dialogue
    has thousands).
    """
    written = label.split()
    if len(written) >= 3 and _is_preposition(written[-2], lexicon):
        return label, None, False  # ``Coalition Against Finch``: a body named after the person it opposes
    words, titles = _untitled(written, lexicon)
    if _married(titles, lexicon) or not words:
        return label, None, False  # ``Mrs. Tobias Hale`` may be his wife: the title stays, and so does the name under it
    named = _name_words(words, lexicon)
    if len(named) == 1 < len(words) and not _known_surname(words, names, lexicon):
        named = words  # ``Citizens United``, ``Coalition Against Finch``: a body's name, not a cut
    if len(named) >= 2:
        return " ".join(named), None, False
    surname = _surname_titles(titles, lexicon)
    # ``Mr. Finch`` is ``Finch``, ``Said Finch`` and ``Then Finch`` too; ``Miss
    # Hale`` (a daughter) and ``Sir Walter`` (no family name) keep their title.
    dropped = surname or len(named) < len(words) or (label[:1].isupper() and titles and titles <= _common_words(lexicon))
    plain = named[0] if dropped else label
    cut = plain != label and not surname and not titles & _reader(lexicon)[2]
    full = _the_full_name(named[0], names.by_last)
    if full is None:
        return plain, None, cut
    wanted = _title_gender(titles, lexicon) or gender
    if wanted and wanted != (names.gender(full, lexicon) or wanted):
        return plain, None, cut  # ``Mr. Hale`` is not the ``Ada Hale`` the text calls she
    if titles and titles <= full.titles:
        return plain, full.words, cut  # ``Miss Hale`` and ``Miss Ada Hale``: the same title says the same person
    if plain == label and titles:
        return plain, None, cut  # ``Miss Hale`` takes ``Ada Hale`` only from ``Miss Ada Hale``
    first = full.words.split()[0].casefold()
    if first != label.casefold() and first in single:
        return plain, None, cut
    if full.person == label or (full.count >= _ONCE_MORE and not surname):
        return plain, full.words, cut
    return plain, (full.words if _first_mention(named[0], full, surname, names, lexicon) else None), cut


def _known_surname(words: list[str], names: _Written, lexicon: Lexicon) -> bool:
    """True when the last of *words* is a person's surname the document writes, and no preposition is before it.

    ``Said Finch`` is ``Finch`` when ``Arlo Finch`` or ``Mr. Finch`` is written.
    """
    last = words[-1].casefold()
    if last not in names.by_last and not _surname_titles(names.titled.get(last, set()), lexicon):
        return False
    return not any(_is_preposition(w, lexicon) for w in words[1:-1])


def _is_preposition(word: str, lexicon: Lexicon) -> bool:
    """True for a preposition of the lexicon (``of``, ``against``), in any case."""
    lower = word.lower()
    return lower in lexicon.prepositions or lower in lexicon.fronting_prepositions


def _first_mention(word: str, full: _Full, surname: set[str], names: _Written, lexicon: Lexicon) -> bool:
    """True when *full*, written once, is the full name at the first mention of the person labelled by *word*.

    The news pattern: ``Arlo Finch`` once, ``Mr. Finch`` after.  The word
    must be a surname a title marks (the label's own *surname* titles, or
    one the text writes it under), or the full name a speaker's label (a
    speaker's place says it is a person's name), the full name two name words (initials
    and particles aside: a longer run written once is likelier a headline),
    its first word no adverb (``Quietly Finch``), and no family about: the
    surname is not written under a woman's title nor under titles of two
    genders (``Mrs. Finch``, ``Ms. Finch``: the one full name may be a son's).
    """
    family = names.titled.get(word.casefold(), set())
    if not (surname or full.spoken or _surname_titles(family, lexicon)):
        return False
    first, *rest = full.words.split()
    kept = [w for w in rest if len(w.rstrip(".")) > 1 and w not in lexicon.name_particles]
    if len(kept) != 1 or (len(first) >= _ADVERB_LENGTH and first.lower().endswith(lexicon.endings_of("adverb"))):
        return False
    frozen = frozenset(family)
    return not (_married(frozen, lexicon) or _unmarried(frozen, lexicon) or len(_title_genders(family, lexicon)) > 1)


def _the_full_name(word: str, by_last: dict[str, dict[str, _Full]]) -> _Full | None:
    """The one full name the document writes that ends with *word*, or ``None`` (none, or several)."""
    known = by_last.get(word.casefold(), {})
    # ``Ivo Roe`` is the fuller name, not the ``Staff Ivo Roe`` of a
    # ``Chief of Staff Ivo Roe`` cut at ``of``: a name that ends with another is that one.
    fuller = [f for f in known.values() if not any(f is not g and f.words.endswith(" " + g.words) for g in known.values())]
    return fuller[0] if len(fuller) == 1 else None


def _without_collisions(
    labels: Sequence[str | None], proposed: Sequence[str | None], fallback: Sequence[str | None]
) -> list[str | None]:
    """*proposed*, with every label one word gave (a surname's full name, a title dropped) kept apart from the others.

    Two identities the grouping kept apart stay two rows: such a label that
    equals another identity's goes back to its *fallback* (the surname with
    its title dropped), else to its own words.  A label of two or more name
    words that equals another is the same name, and stays; so does one whose
    *fallback* is ``None`` (cut from common words only).
    """
    result = list(proposed)
    changed = True
    while changed:
        changed = False
        seen: dict[str, int] = {}
        for label in result:
            if label is not None:
                seen[name_key(label)] = seen.get(name_key(label), 0) + 1
        for i, (own, label) in enumerate(zip(labels, result)):  # noqa: B905 - one entry per identity
            if label is None or label == own or seen[name_key(label)] < 2 or fallback[i] is None:
                continue
            result[i] = fallback[i] if label != fallback[i] else own
            changed = True
    return result
