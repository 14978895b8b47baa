"""The English lexicon's lists as module constants (kept while the stages move to ``Config.lexicon``)."""

from __future__ import annotations

from quoteattr.lang import Lexicon

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
DETERMINERS = _EN.determiners
CAST_DETERMINERS = _EN.cast_determiners
NAME_SUFFIXES = _EN.name_suffixes
CALENDAR_WORDS = _EN.calendar_words
AUXILIARIES_ADVERBS = _EN.auxiliaries_adverbs
TIME_PHRASE_ENDS = _EN.time_phrase_ends
TIME_PHRASE_WORDS = _EN.time_phrase_words
DATE_OPENERS = _EN.date_openers
ADVERBIAL_OPENERS = _EN.adverbial_openers
TIME_WORDS = _EN.time_words
PREDICATE_STARTERS = _EN.predicate_starters
INVERTED_SUBJECT_STOPS = _EN.inverted_subject_stops
PHRASE_PREPOSITIONS = _EN.phrase_prepositions
CUE_ONLY_PRONOUNS = _EN.cue_only_pronouns
RELATIVE_PRONOUNS = _EN.relative_pronouns
CLITICS = _EN.clitics
PREPOSITIONS = _EN.prepositions
CAST_PREPOSITIONS = _EN.cast_prepositions
PLACE_PREPOSITIONS = _EN.place_prepositions
NON_HEADS = _EN.non_heads
PREDICATE_LINKS = _EN.predicate_links
CLAUSE_CONJUNCTIONS = _EN.clause_conjunctions
ABSOLUTE_OPENERS = _EN.absolute_openers
SUBORDINATORS = _EN.subordinators
NOTE_LABELS = _EN.note_labels
LEADING_ELISIONS = _EN.leading_elisions
SENTENCE_OPENERS = _EN.sentence_openers
ASPECT_VERBS = _EN.aspect_verbs
VERB_SUBJECTS = _EN.verb_subjects
BASE_FORM_SUBJECTS = _EN.base_form_subjects
NOUN_FOLLOWERS = _EN.noun_followers
DEFINITE_ARTICLES = _EN.definite_articles
POSSESSIVE_DETERMINERS = _EN.possessive_determiners
OTHER_PARTICIPANT = _EN.other_participant
VOCATIVE_OPENERS = _EN.vocative_openers
INTERJECTIONS = _EN.interjections
GENDERED_PRONOUNS = _EN.gendered_pronouns

