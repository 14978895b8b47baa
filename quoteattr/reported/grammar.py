"""Stage 3c (reported speech): the word classes and word tests the rules share.

Every word list comes from the lexicon (``data/report_words.tsv``,
``report_verbs.tsv``, ``report_nouns.txt``); this module only names the
classes and holds the small tests built on them (is this cue form a noun
here, does a form of *be* precede it, can this source speak).
"""

from __future__ import annotations

from quoteattr.lexicon import (
    CUE_NOUNS,
    IRREGULAR_PASTS,
    REPORT_NOUNS,
    REPORT_VERBS,
    REPORT_WORDS,
    ROLES,
    ReportVerb,
)
from quoteattr.mentions import (
    ADVERBIAL_OPENERS,
    TIME_WORDS,
    Mention,
    is_word,
)
from quoteattr.text.tokens import Token

#: How many tokens before a cue its subject may start; bounds every backward read.
REACH = 40


#: How many tokens after a cue a listener or time phrase may run before ``that``.
LEAD_REACH = 8


WORDS = REPORT_WORDS


COMPLEMENTIZERS = WORDS["complementizer"]


QUESTION_WORDS = WORDS["question"]


_BE_FORMS = WORDS["be"] | {"'s", "’s"}


PREPOSITIONS = WORDS["preposition"]


COORDINATORS = WORDS["coordinator"]


BOUNDARIES = WORDS["boundary"]


QUANTIFIERS = WORDS["quantifier"]


LISTENER_PRONOUNS = WORDS["listener"]


#: Words that may open a phrase between a cue and its complementizer.
LEAD_WORDS = WORDS["lead"] | ADVERBIAL_OPENERS | TIME_WORDS | PREPOSITIONS


#: Cue forms that are also nouns (``claims``, ``state``): they need a clear subject.
NOUN_FORMS = CUE_NOUNS | REPORT_NOUNS


_DASHES = frozenset("-–—")


#: Determiners after which a cue form is a noun or an adjective (the reported deal).
ARTICLES = WORDS["article"]


SUBORDINATORS = WORDS["subordinator"]
#: Verbs that also give a name ("a party called Anti-Prom"): passive, or after an
#: indefinite subject, they name and do not report.
NAMING_VERBS = WORDS["naming"]
#: What may stand before a verb's base form (will say, to say).
_BASE_FORM_OPENERS = WORDS["auxiliary"] | {"to"}
#: Pronouns a base form agrees with (they say, not he say).
_PLURAL_PRONOUNS = frozenset({"i", "we", "you", "they"})
#: Pronouns that open a relative clause (which officials said ...); "that" is left
#: out, being a complementizer too.
RELATIVE_PRONOUNS = WORDS["relative"]
#: Prepositions between a role and what it belongs to (a spokeswoman for the airline).
ROLE_PREPOSITIONS = WORDS["role_preposition"]
#: Words that are no content on their own (said nothing).
EMPTY_CONTENT = WORDS["empty"]


#: Auxiliaries and other words that show a verb, not a noun phrase, is being read.
VERBISH = WORDS["auxiliary"] | WORDS["be"] | COMPLEMENTIZERS | QUESTION_WORDS


POSSESSIVES = frozenset("his her their its our my your".split())


#: The most tokens a headline in title case has.
_HEADLINE_TOKENS = 40


def title_case(tokens: list[Token]) -> bool:
    """True for a headline in title case: nearly every word capitalised (and few
    words: a headline is short, and the test stays bounded)."""
    if len(tokens) > _HEADLINE_TOKENS:
        return False
    words = [t.text for t in tokens if is_word(t) and t.text[0].isalpha()]
    return len(words) >= 4 and sum(1 for w in words if w[0].isupper()) >= 0.75 * len(words)


def is_noun(tokens: list[Token], k: int) -> bool:
    """True when a cue form is a noun or an adjective here (``the claims``, ``his stated aim``)."""
    if k == 0:
        return False
    prev = tokens[k - 1].text.lower()
    if prev in ARTICLES or prev.endswith(("'s", "’s")):
        return True
    if prev in PREPOSITIONS and prev != "to" and not tokens[k].text.endswith("ing"):
        return True  # "articles from noted scholars": no verb follows a preposition
    if tokens[k].text.lower() not in NOUN_FORMS:
        return False
    return prev.isalpha() and prev.endswith(("al", "ous", "ive", "ic"))


def after_be(tokens: list[Token], k: int) -> bool:
    """True when a form of *be* (perhaps with an adverb) stands before token *k*."""
    j = k - 1
    while (
        j >= 0
        and k - j <= 3
        and (tokens[j].text.lower().endswith("ly") or tokens[j].text.lower() in WORDS["adverb"])
    ):
        j -= 1
    return j >= 0 and tokens[j].text.lower() in _BE_FORMS


def cue_end(tokens: list[Token], k: int, entry: ReportVerb) -> int:
    """Index after the cue at *k*: the verb and the particles that join it (``called for``)."""
    if k + 1 < len(tokens) and tokens[k + 1].text.lower() in entry.particles:
        return k + 2
    return k + 1


def is_finite_verb(word: str) -> bool:
    """True for a lowercase word that can be a verb in the past or the present."""
    entry = REPORT_VERBS.get(word)
    if entry is not None:
        return not entry.gerund
    return word in IRREGULAR_PASTS or (word.endswith("ed") and len(word) > 4)


def can_speak(mention: Mention) -> bool:
    """True for a source that can speak: a name, a personal pronoun, or a phrase
    headed by a role or group noun (``the minister``, ``officials``)."""
    if mention.kind == "name":
        return True
    if mention.kind == "pronoun":
        return mention.name.lower() != "it"
    return mention.name.split()[-1].lower() in ROLES


def clear_subject(mention: Mention) -> bool:
    """True for a subject that makes a noun-like form a verb: a name, a pronoun,
    a role (``the minister states``) or a plural (``officials claim``)."""
    if mention.kind in ("name", "pronoun"):
        return True
    last = mention.name.split()[-1].lower()
    return last in ROLES or last.endswith("s")


def is_participle(word: str) -> bool:
    """True for a lowercase -ing word that opens a participle clause."""
    return (
        word.islower()
        and word.endswith("ing")
        and len(word) > 5
        and word not in WORDS["not_participle"]
    )


def agrees(tokens: list[Token], k: int, entry: ReportVerb, mention: Mention) -> bool:
    """True when the cue at token *k* can be the verb of *mention*.

    A base form (``say``, ``state``) needs a plural subject or an auxiliary
    (``officials say``, ``will say``): after a singular noun it is a noun
    (``a caucus state``).  A naming verb after an indefinite subject names
    (``a party called Anti-Prom``).
    """
    word = tokens[k].text.lower()
    first = mention.name.split()[0].lower() if mention.name else ""
    if entry.lemma in NAMING_VERBS and first in ("a", "an"):
        return False
    if word != entry.lemma or entry.gerund:
        return True
    j = k - 1
    while j >= 0 and tokens[j].text.lower() in WORDS["adverb"]:
        j -= 1
    if j >= 0 and tokens[j].text.lower() in _BASE_FORM_OPENERS:
        return True
    if mention.kind == "pronoun":
        return mention.name.lower() in _PLURAL_PRONOUNS or mention.name.lower() in RELATIVE_PRONOUNS
    m = next((i for i in range(k - 1, max(-1, k - 12), -1) if tokens[i].start == mention.start), -1)
    if m > 0 and (tokens[m - 1].text.lower() == "and" or tokens[m - 1].text.lower() in PREPOSITIONS):
        return True  # "Bush and Christie say", "Aides to Clinton say": the subject is plural
    last = mention.name.split()[-1].lower() if mention.name else ""
    if ROLES.get(last) == "group" or last.isdigit():
        return True
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))  # plural, not "caucus"
