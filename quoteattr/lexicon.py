"""Lexicons loaded once from ``quoteattr/data``.

Linguists edit the plain-text files in ``quoteattr/data/``; this module reads
them at import into frozensets and dicts, so that every lookup in the hot path
is a hash lookup and no code loops over a lexicon.  ``docs/lexicons.md``
describes each file and how to extend it.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from typing import NamedTuple

_VOWELS = frozenset("aeiou")


def _data_lines(name: str) -> Iterator[str]:
    """Yield the non-empty, non-comment lines of a data file, stripped."""
    text = resources.files("quoteattr.data").joinpath(name).read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            yield line


def regular_forms(lemma: str) -> tuple[str, ...]:
    """Derive the regular inflections of an English verb.

    Only the regular rules are applied; irregular verbs list their forms in
    ``speech_verbs.tsv``.

    >>> regular_forms("state")
    ('state', 'states', 'stated', 'stating')
    >>> regular_forms("reply")
    ('reply', 'replies', 'replied', 'replying')
    """
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past = lemma + "d"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        past = lemma[:-1] + "ied"
    else:
        past = lemma + "ed"
    if lemma.endswith("ie"):
        ing = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        ing = lemma[:-1] + "ing"
    else:
        ing = lemma + "ing"
    return (lemma, third, past, ing)


class CueVerb(NamedTuple):
    """A reporting-verb form: its lemma, class and whether it is an -ing form."""

    lemma: str
    verb_class: str
    gerund: bool


def _load_cue_verbs() -> dict[str, CueVerb]:
    """Read ``speech_verbs.tsv`` into a map from every lowercase form to its entry."""
    forms: dict[str, CueVerb] = {}
    for line in _data_lines("speech_verbs.tsv"):
        parts = line.split("\t")
        lemma, verb_class = parts[0], parts[1]
        if len(parts) > 2 and parts[2].strip():
            # "\ " joins the words of a phrasal verb inside one form.
            explicit = [f.replace("\x00", " ") for f in parts[2].replace("\\ ", "\x00").split()]
            all_forms: tuple[str, ...] = (lemma, *explicit)
        else:
            all_forms = regular_forms(lemma)
        for form in all_forms:
            # The first word carries the tense: "calling out" is a gerund.
            forms.setdefault(form, CueVerb(lemma, verb_class, form.split()[0].endswith("ing")))
    return forms


def _load_two_columns(name: str) -> dict[str, str]:
    """Read a two-column tab-separated data file into a dict (first column lowercased)."""
    table: dict[str, str] = {}
    for line in _data_lines(name):
        key, value = line.split("\t")[:2]
        table[key.lower()] = value
    return table


class Pronoun(NamedTuple):
    """Grammatical features of a subject pronoun."""

    person: int
    number: str
    gender: str


def _load_pronouns() -> dict[str, Pronoun]:
    """Read ``pronouns.tsv``."""
    table: dict[str, Pronoun] = {}
    for line in _data_lines("pronouns.tsv"):
        word, person, number, gender = line.split("\t")
        table[word] = Pronoun(int(person), number, gender)
    return table


CUE_VERBS: dict[str, CueVerb] = _load_cue_verbs()
"""Every inflected form of every reporting verb, lowercase, to its entry."""

CUE_LEMMAS: frozenset[str] = frozenset(v.lemma for v in CUE_VERBS.values())
"""The reporting-verb lemmas (at least 150)."""

CUE_PHRASES: tuple[str, ...] = tuple(
    sorted(_data_lines("cue_phrases.txt"), key=lambda p: (-len(p), p))
)
"""Multiword cues, longest first so that a regex alternation prefers them."""

SAYING_VERBS: frozenset[str] = frozenset(_data_lines("saying_verbs.txt"))
"""The lemmas of the verbs of saying proper (``say``, ``tell``), preferred among several cues."""

CUE_NOUNS: frozenset[str] = frozenset(w.lower() for w in _data_lines("cue_nouns.txt"))
"""Cue forms that are also common nouns (``claims``, ``reports``), lowercase."""

TITLES: frozenset[str] = frozenset(t.lower() for t in _data_lines("titles.txt"))
"""Titles and honorifics, lowercase, with their period when abbreviated."""

TITLE_WORDS: frozenset[str] = frozenset(w for t in TITLES for w in t.split())
"""Every word that occurs in some title (``prime``, ``minister``, ``sen.``)."""

HONORIFICS: frozenset[str] = frozenset(t.lower() for t in _data_lines("honorifics.txt"))
"""Social honorifics kept before a bare surname in a resolved name."""

PRONOUNS: dict[str, Pronoun] = _load_pronouns()
"""Subject pronouns that can be speakers, lowercase."""

ROLES: dict[str, str] = _load_two_columns("roles.txt")
"""Role nouns (``spokeswoman``) and group nouns (``officials``) to ``person``/``group``."""

ABBREVIATIONS: dict[str, str] = _load_two_columns("abbreviations.txt")
"""Abbreviations (lowercase, no final period) to ``title``/``other``."""

FUNCTION_WORDS: frozenset[str] = frozenset(_data_lines("function_words.txt"))
"""Closed-class words that never start a name."""

TITLE_GENDERS: dict[str, str] = _load_two_columns("title_genders.tsv")
"""Titles and forms of address (lowercase) to the gender they imply, ``m`` or ``f``."""

FICTION_TITLES: frozenset[str] = frozenset(t.lower() for t in _data_lines("fiction_titles.txt"))
"""Forms of address that stay part of a character's name in fiction (``Aunt Hetty``)."""

GENDER_NOUNS: dict[str, str] = _load_two_columns("gender_nouns.tsv")
"""Common nouns (``girl``, ``father``) to the gender they tell, ``m`` or ``f``."""

NAME_PARTICLES: frozenset[str] = frozenset(_data_lines("name_particles.txt"))
"""Lowercase particles inside a name (``van``, ``bin``, ``da``)."""

IRREGULAR_PASTS: frozenset[str] = frozenset(_data_lines("irregular_pasts.txt"))
"""Irregular past tenses of common verbs (``drew``, ``spoke``), which start a predicate."""


class ReportVerb(NamedTuple):
    """A verb form that reports speech in a clause: lemma, frame, particles, tense.

    ``frame`` is ``clause``, ``listener``, ``question`` or ``object`` (see
    ``data/report_verbs.tsv``); ``particles`` are the words that join the cue
    after the verb (``called for``); ``gerund`` marks an -ing form and
    ``participle`` a form that can be a past participle (``reported``, ``told``);
    ``infinitive`` is true for a verb that reports an infinitive (``vowed to``).
    """

    lemma: str
    frame: str
    particles: frozenset[str]
    gerund: bool
    participle: bool
    infinitive: bool = False


def _cue_forms_by_lemma() -> dict[str, list[str]]:
    """The single-word forms of each lemma of ``speech_verbs.tsv``."""
    by_lemma: dict[str, list[str]] = {}
    for form, entry in CUE_VERBS.items():
        if " " not in form:
            by_lemma.setdefault(entry.lemma, []).append(form)
    return by_lemma


def _load_report_verbs() -> dict[str, ReportVerb]:
    """Read ``report_verbs.tsv`` into a map from every lowercase form to its entry."""
    known = _cue_forms_by_lemma()
    table: dict[str, ReportVerb] = {}
    for line in _data_lines("report_verbs.tsv"):
        parts = line.split("\t") + ["", ""]
        lemma, frame, infinitive = parts[0], *parts[1].partition("+")[::2]
        particles = frozenset(w for w in parts[2].split() if w != "-")
        explicit = parts[3].split()
        forms = explicit or known.get(lemma) or list(regular_forms(lemma))
        for form in forms:
            participle = form != lemma and not form.endswith(("s", "ing"))
            entry = ReportVerb(lemma, frame, particles, form.endswith("ing"), participle, infinitive == "to")
            table.setdefault(form, entry)
    return table


REPORT_VERBS: dict[str, ReportVerb] = _load_report_verbs()
"""Every form of every verb that reports speech in a clause, lowercase, to its entry."""

REPORT_NOUNS: frozenset[str] = frozenset(w.lower() for w in _data_lines("report_nouns.txt"))
"""Nouns that name an act of speech and can carry its content (``statement``, ``claim``)."""


def _load_word_classes(name: str) -> dict[str, frozenset[str]]:
    """Read a ``word<TAB>class`` file into a map from each class to its words."""
    classes: dict[str, set[str]] = {}
    for line in _data_lines(name):
        word, word_class = line.split("\t")[:2]
        classes.setdefault(word_class, set()).add(word.lower())
    return {k: frozenset(v) for k, v in classes.items()}


REPORT_WORDS: dict[str, frozenset[str]] = _load_word_classes("report_words.tsv")
"""The closed-class words of the reported-speech rules, by class (``data/report_words.tsv``)."""
