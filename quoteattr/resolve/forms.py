"""Stage 5, name forms of the fiction cast: a form's words, and indexes over them.

:class:`quoteattr.resolve.cast.CastRegistry` reads every capitalised run of a
novel as a :class:`Form` and clusters the forms into characters; the helpers
here index forms by pairs of their words (the text's word counts are
:func:`quoteattr.text.tokens.count_words`).
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

import regex

from quoteattr.resolve.gender import Votes


class Form(NamedTuple):
    """A surface form of a character name: optional title and name words."""

    title: str
    words: tuple[str, ...]

    @property
    def text(self) -> str:
        """The form as the novel writes it (``Mr. Hollis``)."""
        return " ".join(((self.title,) if self.title else ()) + self.words)


#: Forms of up to this many words are indexed by every pair of their words.
_PAIR_INDEX_WORDS = 6


def pair_index(forms: Iterable[Form]) -> tuple[dict[tuple[str, str], list[Form]], dict[str, list[Form]]]:
    """Every pair of lowercase words -> the forms holding both, and word -> the forms too long to pair.

    Lists are in the order of *forms*; a form is in a list once.
    """
    by_pair: dict[tuple[str, str], list[Form]] = {}
    long_by_word: dict[str, list[Form]] = {}
    for form in forms:
        words = sorted({sys.intern(w.lower()) for w in form.words})
        if len(words) > _PAIR_INDEX_WORDS:
            for w in words:
                long_by_word.setdefault(w, []).append(form)
            continue
        for pair in itertools.combinations(words, 2):
            by_pair.setdefault(pair, []).append(form)
    return by_pair, long_by_word


#: Occurrences of a titled surname (``Mr. Hollis``) that make it the name of the character called by the bare surname.
MIN_TITLED = 3


def titled_surnames(counts: Mapping[Form, int], root: Mapping[Form, Form], canonical: Mapping[Form, str]) -> dict[Form, Form]:
    """For each character called most often by a bare surname (``Hollis``), its most frequent titled form of it.

    Only a titled form (``Mr. Hollis``) written :data:`MIN_TITLED` times or
    more counts: narration shortens a man to his surname once he is known, but
    the name a reader looks him up by keeps the title.  Not when the bare
    surname is written over four times as often: the text's own name for him.
    """
    titled: dict[Form, Form] = {}
    for form, n in counts.items():
        r = root[form]
        if not form.title or len(form.words) != 1 or n < MIN_TITLED or canonical[r] != form.words[0]:
            continue
        if n * 4 < counts.get(Form("", form.words), 0):
            continue
        if r not in titled or n > counts[titled[r]]:
            titled[r] = form
    return titled


def title_key(title: str, title_forms: Mapping[str, str]) -> str:
    """The English title a written title is a form of, lowercase without its period (``Doctor`` -> ``dr``).

    *title_forms* is :attr:`~quoteattr.lang.Lexicon.title_forms`.
    """
    lower = title.lower()
    form = title_forms.get(lower) or title_forms.get(lower + ".") or lower
    return form.rstrip(".")


#: Share of a character's occurrences after a place preposition or a determiner
#: (``in Lisbon``, ``a Lisbon merchant``, ``an Italian``) that makes it no person.
_PLACE_SHARE = 0.3


def not_persons(
    root: Mapping[Form, Form],
    mass: Mapping[Form, int],
    at_place: Mapping[Form, int],
    after_determiner: Mapping[Form, int],
    place_nouns: frozenset[str] = frozenset(),
) -> frozenset[Form]:
    """The characters (roots) the text reads as places or kinds of people, not persons.

    *at_place* counts each form's occurrences after a place preposition
    (``at``, ``in``), quotes included (``I was born in Leeds``);
    *after_determiner* its occurrences after a determiner, which the cast does
    not count as names at all (``a Dane``, ``the Italian``): a person's name
    seldom takes either, a town or a nationality often.  A character one of
    whose forms of two or more words ends in one of *place_nouns* (``Larkmoor
    City``) is a place however seldom the text names it.
    """
    against: dict[Form, int] = {}
    determined: dict[Form, int] = {}
    for form, n in at_place.items():
        against[root[form]] = against.get(root[form], 0) + n
    for form, n in after_determiner.items():
        if form in root:
            determined[root[form]] = determined.get(root[form], 0) + n
            against[root[form]] = against.get(root[form], 0) + n
    named = frozenset(r for form, r in root.items() if len(form.words) > 1 and form.words[-1].lower() in place_nouns)
    return named | frozenset(r for r, n in against.items() if n >= 2 and n >= _PLACE_SHARE * (mass[r] + determined.get(r, 0)))


#: A capitalised word after a lowercase word (not after a capitalised one, as ``Hale`` in ``Ada Hale``),
#: and the capitalised word that follows it, if any (``said Ada Hale``).
_AFTER_LOWERCASE_WORD_RE = regex.compile(
    r"(?<![\p{L}\p{N}])\p{Ll}++[,;]?[ \t]*+(?:\r?\n|\r)?[ \t]*+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])"
    r"(?:[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}]))?"
)


class Openers:
    """Which capitalised word before a first name only opens a sentence (``Poor`` in ``Poor Ada``), read from one text.

    *is_name_word* tells a name word (the cast's test).
    """

    def __init__(self, text: str, is_name_word: Callable[[str], bool]) -> None:
        found = _AFTER_LOWERCASE_WORD_RE.findall(text)
        #: Capitalised words written after a lowercase word, as a name is (``said Ada``).
        self._after_lowercase = frozenset(word for word, _ in found)
        #: Those written so before a surname, a name word written so too (``said Ada Hale``
        #: and ``said Hale``; not ``met Ada Monday``): first names.
        self._first_names = frozenset(
            word for word, surname in found if surname in self._after_lowercase and is_name_word(surname)
        )

    def is_opener(self, word: str, following: str) -> bool:
        """True for *word* opening a sentence before the name word *following*: no part of the name.

        The text never writes *word* after a lowercase word, as a name is
        written, and *following* is a first name (``Poor Ada`` beside ``said
        Ada Hale``): the two are no first name and surname.  Not ``Orla`` in
        ``Orla Fenwick`` when ``Fenwick`` is never written before a surname.
        """
        return word not in self._after_lowercase and following in self._first_names


class CastEvidence:
    """What a cast counted of its characters' names and genders: all that the quotes' identities read of it.

    :meth:`quoteattr.resolve.cast.CastRegistry.evidence` hands it on so the
    rest of the cast (its narration index, word counts and pronoun tables,
    several times the text's size) is freed before the reports and the quotes
    are built.  It shares the cast's own tables, which do not change once the
    cast is built.
    """

    __slots__ = ("_by_text", "_canonical", "_counts", "_gender", "_root", "_root_by_name")

    def __init__(
        self,
        counts: Mapping[Form, int],
        root: Mapping[Form, Form],
        canonical: Mapping[Form, str],
        root_by_name: Mapping[str, Form],
        gender: Mapping[Form, Votes],
    ) -> None:
        self._counts = counts
        self._root = root
        self._canonical = canonical
        self._root_by_name = root_by_name
        #: Each form by its text in lowercase, for a name given by one of its forms.
        self._by_text = {form.text.lower(): form for form in counts}
        self._gender = gender

    def root_of(self, canonical: str) -> Form | None:
        """The form that stands for a character given by its canonical name (or by one of its forms)."""
        root = self._root_by_name.get(canonical)
        if root is None:
            form = self._by_text.get(canonical.lower())
            return None if form is None else self._root[form]
        return root

    def votes(self, canonical: str) -> Votes | None:
        """The gender evidence counted for a character given by its canonical name (None if none)."""
        root = self.root_of(canonical)
        return self._gender.get(root) if root is not None else None

    def written_names(self) -> dict[str, tuple[str, int]]:
        """Each name form written (``Mr. Hollis``): its character's usual name and how often (read-only)."""
        return {form.text: (self._canonical[self._root[form]], n) for form, n in self._counts.items()}
