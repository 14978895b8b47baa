"""The English lexicon's lists as module constants (kept while the stages move to ``Config.lexicon``)."""

from __future__ import annotations

from quoteattr.lang import CueVerb, Lexicon, Pronoun
from quoteattr.lang.en import regular_forms

_EN = Lexicon.english()

CUE_VERBS = _EN.cue_verbs
CUE_LEMMAS: frozenset[str] = frozenset(v.lemma for v in CUE_VERBS.values())
CUE_PHRASES: tuple[str, ...] = tuple(sorted(_EN.cue_phrases, key=lambda p: (-len(p), p)))
SAYING_VERBS = _EN.saying_verbs
CUE_NOUNS = _EN.cue_nouns
TITLES = _EN.titles
TITLE_WORDS: frozenset[str] = frozenset(w for t in TITLES for w in t.split())
HONORIFICS = _EN.honorifics
PRONOUNS = _EN.pronouns
ROLES = _EN.roles
ABBREVIATIONS = _EN.abbreviations
FUNCTION_WORDS = _EN.function_words
TITLE_GENDERS = _EN.title_genders
FICTION_TITLES = _EN.fiction_titles
GENDER_NOUNS = _EN.gender_nouns
NAME_PARTICLES = _EN.name_particles
IRREGULAR_PASTS = _EN.irregular_pasts

__all__ = [
    "ABBREVIATIONS", "CUE_LEMMAS", "CUE_NOUNS", "CUE_PHRASES", "CUE_VERBS", "FICTION_TITLES",
    "FUNCTION_WORDS", "GENDER_NOUNS", "HONORIFICS", "IRREGULAR_PASTS", "NAME_PARTICLES", "PRONOUNS",
    "ROLES", "SAYING_VERBS", "TITLES", "TITLE_GENDERS", "TITLE_WORDS", "CueVerb", "Pronoun", "regular_forms",
]
