"""Stage 0, language data: every word list the stages read, as one frozen :class:`Lexicon`.

A lexicon is plain data.  Each field is one list read from the file of the
same name in a language folder (``quoteattr/lang/en/`` for English): a
``.txt`` file holds one word or phrase per line, a ``.tsv`` file one entry per
line with tab-separated columns; blank lines and ``#`` comments are skipped.
The folder is read once; lookups are then set and dict lookups.

A :class:`~quoteattr.Config` carries a lexicon (English by default) down to
every stage, so a user can add a word without touching the package:

>>> from quoteattr.lang import Lexicon
>>> mine = Lexicon.english().extend(cue_verbs={"harrumph": "manner"}, titles=["Archdeacon"])
>>> mine.cue_verbs["harrumphed"].lemma, "archdeacon" in mine.titles
('harrumph', True)
>>> "harrumphed" in Lexicon.english().cue_verbs
False
"""

from __future__ import annotations

import functools
import os
import types
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any, NamedTuple, NoReturn, TypeVar

import attrs

from quoteattr.lang.en import is_gerund as _english_is_gerund
from quoteattr.lang.en import regular_forms as _english_forms

_V = TypeVar("_V")


class WordTable(dict[str, _V]):
    """A word-keyed table that cannot change after it is made, hashable by content.

    Lookups are those of a plain ``dict``; every method that would change it
    raises ``TypeError`` (make a new lexicon with :meth:`Lexicon.extend`).

    >>> table = WordTable({"officials": "group"})
    >>> table["officials"], hash(table) == hash(WordTable({"officials": "group"}))
    ('group', True)
    """

    __slots__ = ("_hash",)

    def __hash__(self) -> int:  # type: ignore[override]
        try:
            return self._hash
        except AttributeError:
            self._hash: int = hash(frozenset(self.items()))
            return self._hash

    def _frozen(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("a lexicon table cannot change; make a new lexicon with Lexicon.extend()")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _frozen

    def __reduce__(self) -> tuple[Any, ...]:
        # The default reduction of a dict subclass refills it item by item.
        return (type(self), (dict(self),))


class CueVerb(NamedTuple):
    """A reporting-verb form: its lemma, its class and whether it is an ``-ing`` form."""

    lemma: str
    verb_class: str
    gerund: bool


class Pronoun(NamedTuple):
    """Grammatical features of a subject pronoun: person (1-3), number, gender."""

    person: int
    number: str
    gender: str


class GenderedPronoun(NamedTuple):
    """A third-person pronoun with a gender (``m``/``f``) and its form (``subject``, ``object``, ...)."""

    gender: str
    form: str


class ReportVerb(NamedTuple):
    """A verb form that reports speech in a clause (``report_verbs.tsv``).

    ``frame`` is ``clause``, ``listener``, ``question``, ``object`` or
    ``evidence``; ``particles`` are the words that join the cue after the verb
    (``called for``); ``gerund`` marks an -ing form and ``participle`` a form
    that can be a past participle (``reported``, ``told``); ``infinitive`` is
    true for a verb that reports an infinitive (``vowed to``).

    .. versionadded:: 0.2.0
    """

    lemma: str
    frame: str
    particles: frozenset[str]
    gerund: bool
    participle: bool
    infinitive: bool = False


#: The frames of a report verb (see ``docs/lexicons.md``); ``+to`` may follow one.
REPORT_FRAMES = ("clause", "listener", "question", "object", "evidence")
#: The classes of a cue in the evaluation of reported speech (``report_cue_classes.tsv``).
REPORT_CUE_CLASSES = ("speech_verb", "cognition_verb", "speech_noun", "pronoun")

#: The classes of a reporting verb (see ``docs/lexicons.md``).
CUE_VERB_CLASSES = ("speech", "transitive", "manner")
#: The class of ``according to``: its speaker always follows it.
ACCORDING = "according"

#: A row of a data file: its tab-separated columns.
_Rows = list[list[str]]


def _checked(rows: _Rows, allowed: tuple[str, ...], column: int, where: str) -> _Rows:
    """Raise ``ValueError`` for a row whose *column* holds a value outside *allowed*."""
    for row in rows:
        if allowed and (len(row) <= column or row[column] not in allowed):
            raise ValueError(f"{where}: {row!r} needs one of {', '.join(allowed)} in column {column + 1}")
    return rows


class Morphology(NamedTuple):
    """The two rules of a language's verbs a lexicon needs to list every cue form.

    ``inflect`` gives the regular forms of a verb listed without its forms;
    ``is_gerund`` tells an ``-ing`` form.  English by default.
    """

    inflect: Callable[[str], tuple[str, ...]] = _english_forms
    is_gerund: Callable[[str], bool] = _english_is_gerund


def _words(rows: _Rows, morphology: Morphology) -> frozenset[str]:
    return frozenset(row[0].lower() for row in rows)


def _cased_words(rows: _Rows, morphology: Morphology) -> frozenset[str]:
    return frozenset(row[0] for row in rows)


def _table(rows: _Rows, morphology: Morphology) -> WordTable[str]:
    return WordTable({row[0].lower(): row[1] for row in rows})


def _pronouns(rows: _Rows, morphology: Morphology) -> WordTable[Pronoun]:
    return WordTable({row[0]: Pronoun(int(row[1]), row[2], row[3]) for row in rows})


def _gendered_pronouns(rows: _Rows, morphology: Morphology) -> WordTable[GenderedPronoun]:
    return WordTable({row[0].lower(): GenderedPronoun(row[1], row[2]) for row in rows})


def _cue_phrases(rows: _Rows, morphology: Morphology) -> WordTable[str]:
    return WordTable({row[0]: row[1] if len(row) > 1 else "" for row in rows})


def _cue_verbs(rows: _Rows, morphology: Morphology) -> WordTable[CueVerb]:
    """Map every form of every verb row (lemma, class, optional forms) to its entry; the first row wins."""
    forms: dict[str, CueVerb] = {}
    for row in rows:
        lemma, verb_class = row[0], row[1]
        if len(row) > 2 and row[2].strip():
            # "\ " joins the words of a phrasal verb inside one form.
            explicit = [f.replace("\x00", " ") for f in row[2].replace("\\ ", "\x00").split()]
            all_forms: tuple[str, ...] = (lemma, *explicit)
        else:
            all_forms = morphology.inflect(lemma)
        for form in all_forms:
            forms.setdefault(form, CueVerb(lemma, verb_class, morphology.is_gerund(form)))
    return WordTable(forms)


def _report_verbs(rows: _Rows, morphology: Morphology) -> WordTable[ReportVerb]:
    """Map every form of every report verb row (lemma, frame[+to], particles, forms) to its entry."""
    table: dict[str, ReportVerb] = {}
    for row in rows:
        lemma, (frame, _, infinitive) = row[0], row[1].partition("+")
        if frame not in REPORT_FRAMES or infinitive not in ("", "to"):
            raise ValueError(
                f"report_verbs: {row!r} needs one of {', '.join(REPORT_FRAMES)} (+to) in column 2"
            )
        particles = frozenset(w for w in (row[2] if len(row) > 2 else "").split() if w != "-")
        forms = (row[3].split() if len(row) > 3 else []) or list(morphology.inflect(lemma))
        if lemma not in forms:
            forms.insert(0, lemma)
        for form in forms:
            participle = form != lemma and not form.endswith("s") and not morphology.is_gerund(form)
            entry = ReportVerb(
                lemma, frame, particles, morphology.is_gerund(form), participle, infinitive == "to"
            )
            table.setdefault(form, entry)
    return WordTable(table)


def _word_classes(rows: _Rows, morphology: Morphology) -> WordTable[frozenset[str]]:
    """Map every word to the set of classes its rows give it (a word may be in several)."""
    classes: dict[str, set[str]] = {}
    for row in rows:
        classes.setdefault(row[0].lower(), set()).add(row[1])
    return WordTable({word: frozenset(found) for word, found in classes.items()})


def _rows_by_word(rows: _Rows, morphology: Morphology) -> WordTable[tuple[tuple[str, ...], ...]]:
    """Map each first column to the columns after it, one tuple per row (a word may have several)."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for row in rows:
        table.setdefault(row[0].lower(), []).append(tuple(row[1:]))
    return WordTable({word: tuple(found) for word, found in table.items()})


class _Spec(NamedTuple):
    """How one field is read: its file suffix, the reader, and the values its second column may take."""

    suffix: str
    read: Callable[[_Rows, Morphology], Any]
    values: tuple[str, ...] = ()


_WORDS = _Spec(".txt", _words)
_CASED = _Spec(".txt", _cased_words)
_GENDERS = ("m", "f")


def _list(spec: _Spec) -> Any:
    """An attrs field read as *spec* says."""
    return attrs.field(metadata={"spec": spec})


@attrs.frozen(cache_hash=True, repr=False)
class Lexicon:
    """Every word list of one language, frozen; ``docs/lexicons.md`` describes each field.

    Make one with :meth:`english`, :meth:`from_directory` or :meth:`extend`.
    Word sets are ``frozenset`` (lowercase unless the list is case-sensitive);
    tables are :class:`WordTable` (a read-only ``dict``).  A lexicon is
    hashable, compares by content and pickles (batch workers receive it).

    .. versionadded:: 0.1.0
    """

    cue_verbs: WordTable[CueVerb] = _list(_Spec(".tsv", _cue_verbs, CUE_VERB_CLASSES))
    cue_phrases: WordTable[str] = _list(_Spec(".tsv", _cue_phrases))
    cue_nouns: frozenset[str] = _list(_WORDS)
    saying_verbs: frozenset[str] = _list(_WORDS)
    question_verbs: frozenset[str] = _list(_WORDS)
    titles: frozenset[str] = _list(_WORDS)
    honorifics: frozenset[str] = _list(_WORDS)
    pronouns: WordTable[Pronoun] = _list(_Spec(".tsv", _pronouns))
    roles: WordTable[str] = _list(_Spec(".tsv", _table, ("person", "group")))
    abbreviations: WordTable[str] = _list(_Spec(".tsv", _table, ("title", "other")))
    function_words: frozenset[str] = _list(_WORDS)
    title_genders: WordTable[str] = _list(_Spec(".tsv", _table, _GENDERS))
    fiction_titles: frozenset[str] = _list(_WORDS)
    lowercase_titles: frozenset[str] = _list(_WORDS)
    gender_nouns: WordTable[str] = _list(_Spec(".tsv", _table, _GENDERS))
    gender_endings: WordTable[str] = _list(_Spec(".tsv", _table, _GENDERS))
    kin_titles: WordTable[str] = _list(_Spec(".tsv", _table))
    address_titles: WordTable[str] = _list(_Spec(".tsv", _table))
    name_particles: frozenset[str] = _list(_WORDS)
    irregular_pasts: frozenset[str] = _list(_WORDS)
    short_pasts: frozenset[str] = _list(_WORDS)
    determiners: frozenset[str] = _list(_WORDS)
    name_suffixes: frozenset[str] = _list(_WORDS)
    calendar_words: WordTable[str] = _list(_Spec(".tsv", _table, ("weekday", "month", "abbreviation")))
    auxiliaries_adverbs: frozenset[str] = _list(_WORDS)
    time_phrase_ends: frozenset[str] = _list(_WORDS)
    time_phrase_words: frozenset[str] = _list(_WORDS)
    date_openers: frozenset[str] = _list(_WORDS)
    adverbial_openers: frozenset[str] = _list(_WORDS)
    time_words: frozenset[str] = _list(_WORDS)
    predicate_starters: frozenset[str] = _list(_WORDS)
    inverted_subject_stops: frozenset[str] = _list(_WORDS)
    phrase_prepositions: frozenset[str] = _list(_WORDS)
    cue_only_pronouns: frozenset[str] = _list(_WORDS)
    relative_pronouns: WordTable[str] = _list(_Spec(".tsv", _table, ("person", "thing", "either")))
    clitics: frozenset[str] = _list(_WORDS)
    prepositions: frozenset[str] = _list(_WORDS)
    place_prepositions: frozenset[str] = _list(_WORDS)
    fronting_prepositions: frozenset[str] = _list(_WORDS)
    place_nouns: frozenset[str] = _list(_WORDS)
    organisation_nouns: frozenset[str] = _list(_WORDS)
    non_heads: frozenset[str] = _list(_WORDS)
    predicate_links: frozenset[str] = _list(_WORDS)
    clause_conjunctions: frozenset[str] = _list(_WORDS)
    absolute_openers: frozenset[str] = _list(_WORDS)
    subordinators: frozenset[str] = _list(_WORDS)
    note_labels: frozenset[str] = _list(_WORDS)
    leading_elisions: frozenset[str] = _list(_WORDS)
    trailing_elisions: frozenset[str] = _list(_WORDS)
    sentence_openers: frozenset[str] = _list(_CASED)
    aspect_verbs: frozenset[str] = _list(_WORDS)
    verb_subjects: frozenset[str] = _list(_WORDS)
    base_form_subjects: frozenset[str] = _list(_WORDS)
    noun_followers: frozenset[str] = _list(_WORDS)
    request_followers: frozenset[str] = _list(_WORDS)
    definite_articles: frozenset[str] = _list(_WORDS)
    indefinite_articles: frozenset[str] = _list(_WORDS)
    demonstratives: frozenset[str] = _list(_WORDS)
    possessive_determiners: WordTable[str] = _list(_Spec(".tsv", _table, ("m", "f", "any")))
    other_participant: frozenset[str] = _list(_WORDS)
    party_nouns: frozenset[str] = _list(_WORDS)
    owner_nouns: frozenset[str] = _list(_WORDS)
    servant_nouns: frozenset[str] = _list(_WORDS)
    answer_nouns: frozenset[str] = _list(_WORDS)
    answer_links: frozenset[str] = _list(_WORDS)
    self_introductions: frozenset[str] = _list(_WORDS)
    vocative_openers: frozenset[str] = _list(_WORDS)
    interjections: frozenset[str] = _list(_WORDS)
    gendered_pronouns: WordTable[GenderedPronoun] = _list(_Spec(".tsv", _gendered_pronouns, _GENDERS))
    infinitive_markers: frozenset[str] = _list(_WORDS)
    possessive_endings: frozenset[str] = _list(_WORDS)
    phrase_conjunctions: frozenset[str] = _list(_WORDS)
    list_conjunctions: frozenset[str] = _list(_WORDS)
    endings: WordTable[str] = _list(
        _Spec(".tsv", _table, ("adverb", "present participle", "past", "plural", "superlative", "dropped g"))
    )
    tag_pronouns: frozenset[str] = _list(_CASED)
    tag_determiners: frozenset[str] = _list(_WORDS)
    tag_continuations: frozenset[str] = _list(_WORDS)
    object_pronouns: frozenset[str] = _list(_WORDS)
    narration_openers: frozenset[str] = _list(_WORDS)
    spoken_words: frozenset[str] = _list(_CASED)
    report_verbs: WordTable[ReportVerb] = _list(_Spec(".tsv", _report_verbs))
    report_nouns: frozenset[str] = _list(_WORDS)
    parenthetical_phrases: frozenset[str] = _list(_WORDS)
    report_words: WordTable[frozenset[str]] = _list(_Spec(".tsv", _word_classes))
    report_cue_classes: WordTable[tuple[tuple[str, ...], ...]] = _list(
        _Spec(".tsv", _rows_by_word, REPORT_CUE_CLASSES)
    )
    nicknames: WordTable[frozenset[str]] = _list(_Spec(".tsv", _word_classes))
    unmarried_titles: frozenset[str] = _list(_WORDS)
    young_nouns: frozenset[str] = _list(_WORDS)
    adult_titles: frozenset[str] = _list(_WORDS)
    aged_modifiers: frozenset[str] = _list(_WORDS)
    plain_person_nouns: frozenset[str] = _list(_WORDS)
    title_forms: WordTable[str] = _list(_Spec(".tsv", _table))
    title_nouns: WordTable[frozenset[str]] = _list(_Spec(".tsv", _word_classes))
    married_titles: frozenset[str] = _list(_WORDS)
    given_name_titles: frozenset[str] = _list(_WORDS)
    name_months: frozenset[str] = _list(_WORDS)

    def endings_of(self, kind: str) -> tuple[str, ...]:
        """The word endings that mark *kind* (``adverb``, ``present participle``, ``past``, ``plural``, ``superlative``).

        >>> Lexicon.english().endings_of("adverb")
        ('ly',)
        """
        return _endings_of(self, kind)

    def report_classes(self) -> Mapping[str, frozenset[str]]:
        """The words of each class of ``report_words.tsv`` (``auxiliary``, ``be``, ...), built once per lexicon.

        The reported-speech rules and the local rules' subject readers share it.

        >>> sorted(Lexicon.english().report_classes()["be"])[:3]
        ['are', 'be', 'been']
        """
        return _report_classes(self)

    @classmethod
    def english(cls) -> Lexicon:
        """The English lexicon shipped in ``quoteattr/lang/en/`` (read once, then shared).

        >>> Lexicon.english() is Lexicon.english()
        True
        """
        return _english()

    @classmethod
    def from_directory(
        cls,
        folder: str | os.PathLike[str] | Traversable,
        morphology: Morphology | None = None,
    ) -> Lexicon:
        """Read a lexicon from a folder holding one file per field (``titles.txt``, ``roles.tsv``, ...).

        Args:
            folder: the language folder (a path, or an ``importlib.resources`` traversable).
            morphology: how the language inflects a verb listed without its forms
                (English ``-s``/``-ed``/``-ing`` by default).

        Raises:
            FileNotFoundError: when a field's file is missing (all are named).
            ValueError: for a malformed line (the file and the line are named).
        """
        root: Traversable = folder if isinstance(folder, Traversable) else Path(folder)
        missing = [
            f.name + f.metadata["spec"].suffix
            for f in attrs.fields(cls)
            if not root.joinpath(f.name + f.metadata["spec"].suffix).is_file()
        ]
        if missing:
            raise FileNotFoundError(f"{folder}: lexicon files missing: {', '.join(missing)}")
        values: dict[str, Any] = {}
        for f in attrs.fields(cls):
            spec: _Spec = f.metadata["spec"]
            name = f.name + spec.suffix
            rows = _checked(_rows(root.joinpath(name).read_text(encoding="utf-8")), spec.values, 1, name)
            values[f.name] = spec.read(rows, morphology or Morphology())
        return cls(**values)

    def extend(self, **additions: Iterable[str] | Mapping[str, Any]) -> Lexicon:
        """A new lexicon with entries added to some lists; this one is unchanged.

        Each keyword is a field name.  A word set takes an iterable of words; a
        table takes a mapping (``roles={"villagers": "group"}``).
        ``cue_verbs`` takes lemmas (class ``speech``) or a mapping from lemma
        to class, and adds every regular English form (``harrumph``:
        ``harrumphs``, ``harrumphed``, ``harrumphing``); ``cue_phrases``
        takes phrases or a mapping from phrase to class.  An added entry
        replaces an entry with the same key.

        Raises:
            TypeError: for an unknown list name, a single string given as a list of
                words, or an entry that is not a ``str``.
            ValueError: for a blank entry, or a value a table does not allow (a role
                other than ``person``/``group``).

        >>> lex = Lexicon.english().extend(roles={"villagers": "group"})
        >>> lex.roles["villagers"]
        'group'
        """
        fields = attrs.fields_dict(type(self))
        changes: dict[str, Any] = {}
        for name, added in additions.items():
            if name not in fields:
                raise TypeError(f"Lexicon has no list named {name!r}; the lists are: {', '.join(fields)}")
            if isinstance(added, (str, bytes)):
                raise TypeError(f"{name}: give a list of entries, not one string ({added!r})")
            spec: _Spec = fields[name].metadata["spec"]
            rows = _addition_rows(name, added)
            _checked(rows, spec.values, 1, f"Lexicon.extend({name}=...)")
            old = getattr(self, name)
            new = spec.read(rows, Morphology())
            changes[name] = old | new if isinstance(old, frozenset) else WordTable({**old, **new})
        return attrs.evolve(self, **changes)

    def __repr__(self) -> str:
        if self == _english():
            return "Lexicon.english()"
        sizes = ", ".join(f"{f.name}={len(getattr(self, f.name))}" for f in attrs.fields(type(self)))
        return f"Lexicon({sizes})"


def _entry(name: str, entry: object) -> str:
    """An entry given to :meth:`Lexicon.extend`, checked: a non-blank ``str``."""
    if not isinstance(entry, str):
        raise TypeError(f"{name}: an entry must be a str, got {type(entry).__name__} ({entry!r})")
    if not entry.strip():
        # A blank entry would match nothing, or every gap between two words.
        raise ValueError(f"{name}: an entry must not be blank, got {entry!r}")
    return entry


def _addition_rows(name: str, added: Iterable[str] | Mapping[str, Any]) -> _Rows:
    """The rows a data file would hold for the entries given to :meth:`Lexicon.extend`."""
    if isinstance(added, Mapping):
        rows: _Rows = []
        for key, value in added.items():
            columns = [str(v) for v in value] if isinstance(value, tuple) else [str(value)]
            rows.append([_entry(name, key), *columns])
        return rows
    if not isinstance(added, Iterable):
        raise TypeError(f"{name}: give a list of entries, got {type(added).__name__}")
    if name == "cue_verbs":
        return [[_entry(name, lemma), "speech"] for lemma in added]
    return [[_entry(name, word)] for word in added]


def _rows(text: str) -> _Rows:
    """The tab-separated columns of every line that is neither blank nor a ``#`` comment."""
    rows: _Rows = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@functools.lru_cache(maxsize=16)
def _report_classes(lexicon: Lexicon) -> Mapping[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for word, classes in lexicon.report_words.items():
        for word_class in classes:
            found.setdefault(word_class, set()).add(word)
    return types.MappingProxyType({name: frozenset(words) for name, words in found.items()})


@functools.lru_cache(maxsize=64)
def _endings_of(lexicon: Lexicon, kind: str) -> tuple[str, ...]:
    return tuple(ending for ending, marks in lexicon.endings.items() if marks == kind)


@functools.cache
def _english() -> Lexicon:
    """Read the English lexicon once."""
    return Lexicon.from_directory(resources.files("quoteattr.lang.en"))
