"""Stage 3a: reporting cues in a token window.

A cue is a reporting verb in any inflection (``said``, ``tweets``, ``went
on``), or a multiword phrase from ``lang/en/cue_phrases.tsv`` (``according to``,
``said in a statement``).  The lexicon is indexed by first word, so finding
the cues of a window costs one dict lookup per token.
"""

from __future__ import annotations

import itertools
import operator
from typing import NamedTuple

from quoteattr.lang import CueVerb
from quoteattr.lexicon import (
    _EN,
    ASPECT_VERBS,
    BASE_FORM_SUBJECTS,
    CUE_NOUNS,
    CUE_PHRASES,
    CUE_VERBS,
    NOUN_FOLLOWERS,
    VERB_SUBJECTS,
)
from quoteattr.text.tokens import Token

#: A token's text (a ``Token`` is ``(start, end, text)``), read without a Python frame.
_TEXT = operator.itemgetter(2)


class CueMatch(NamedTuple):
    """A cue found at tokens ``[first, last)`` of a window."""

    first: int
    last: int
    entry: CueVerb


def _build_index() -> dict[str, tuple[tuple[tuple[str, ...], CueVerb], ...]]:
    """Index every cue (single form or phrase) by its first lowercase word, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], CueVerb]]] = {}
    for form, entry in CUE_VERBS.items():
        words = tuple(form.split())
        index.setdefault(words[0], []).append((words, entry))
    for phrase in CUE_PHRASES:
        words = tuple(phrase.lower().split())
        head = CUE_VERBS.get(words[0])
        phrase_class = _EN.cue_phrases[phrase]
        if phrase_class:
            entry = CueVerb(phrase, phrase_class, False)
        elif head is not None:
            entry = CueVerb(phrase, head.verb_class, head.gerund)
        else:
            # "put it" (as the paper put it): a speech cue only as a whole phrase.
            entry = CueVerb(phrase, "speech", False)
        index.setdefault(words[0], []).append((words, entry))
    return {k: tuple(sorted(v, key=lambda item: -len(item[0]))) for k, v in index.items()}


_INDEX = _build_index()

#: The most words a cue phrase has.
_LONGEST_CUE = max(len(words) for entries in _INDEX.values() for words, _ in entries)

#: Every lowercase word that may start a cue: a set test is cheaper than a call to :func:`cue_at`.
CUE_HEADS: frozenset[str] = frozenset(_INDEX)

#: Verbs that report speech on their own ("he continued") but not before an
#: infinitive ("continue to grow").
_ASPECT_LEMMAS = ASPECT_VERBS

#: Subjects after which a cue form is a verb, not a noun (he claims, which reports).
_SUBJECT_PRONOUNS = VERB_SUBJECTS
#: Subjects and auxiliaries that a base-form verb can follow (they say, will say).
_PLURAL_SUBJECTS = BASE_FORM_SUBJECTS
#: Words that follow a plural noun but not a reporting verb ("claims of",
#: "reports were", "comments as").
_AFTER_NOUN = NOUN_FOLLOWERS


def is_noun_use(tokens: list[Token], cue: CueMatch) -> bool:
    """True when a noun-like cue form (``claims``) is used as a noun here.

    >>> from quoteattr.text.tokens import tokenize
    >>> toks = tokenize("Democratic claims as true")
    >>> is_noun_use(toks, cue_at(toks, 1))
    True
    """
    if cue.last - cue.first != 1 or tokens[cue.first].text.lower() not in CUE_NOUNS:
        return False
    if cue.last >= len(tokens):
        # Straight before the quote with no colon or comma ("investigative reports "..."")
        # a plural noun is far likelier than a verb.
        prev = tokens[cue.first - 1].text if cue.first > 0 else ""
        return prev.islower() and prev not in _SUBJECT_PRONOUNS
    if tokens[cue.last].text.lower() in _AFTER_NOUN:
        return True
    word = tokens[cue.first].text.lower()
    if cue.first > 0 and cue.entry.lemma == word:
        # A base form after an adjective or determiner is a noun: "a prepared text,".
        prev = tokens[cue.first - 1].text
        return prev.islower() and prev not in _SUBJECT_PRONOUNS and prev not in _PLURAL_SUBJECTS and not prev.endswith("ly")
    return False


def cue_at(tokens: list[Token], i: int) -> CueMatch | None:
    """Return the longest cue that starts at token *i*, if any.

    >>> from quoteattr.text.tokens import tokenize
    >>> toks = tokenize("she said in a statement")
    >>> m = cue_at(toks, 1)
    >>> (m.first, m.last, m.entry.lemma)
    (1, 5, 'said in a statement')
    """
    if i >= len(tokens):
        return None
    word = tokens[i].text
    candidates = _INDEX.get(word.lower())
    if candidates is None:
        return None
    if word[0].isupper() and i > 0 and tokens[i - 1].text[0].isalnum():
        return None  # capitalised mid-sentence: a name (the United States), not a verb
    following: list[str] | None = None
    for words, entry in candidates:
        n = len(words)
        if n == 1:
            if entry.lemma in _ASPECT_LEMMAS and i + 1 < len(tokens) and tokens[i + 1].text.lower() == "to":
                return None  # "will continue to be", "began to": aspect, not speech
            return CueMatch(i, i + 1, entry)
        if i + n > len(tokens):
            continue
        if following is None:
            # The words after the head, lowercased once for all the phrases that share it.
            following = [t.text.lower() for t in tokens[i + 1 : i + _LONGEST_CUE]]
        if tuple(following[: n - 1]) == words[1:]:
            return CueMatch(i, i + n, entry)
    return None


def cue_starts(tokens: list[Token]) -> list[int]:
    """Indices of the tokens that may start a cue (one set lookup per token).

    >>> from quoteattr.text.tokens import tokenize
    >>> cue_starts(tokenize("The mayor said no, according to aides."))
    [2, 5]
    """
    heads = CUE_HEADS.__contains__
    return list(itertools.compress(itertools.count(), map(heads, map(str.lower, map(_TEXT, tokens)))))


def is_noun_like(word: str) -> bool:
    """True for a cue form that is also a common noun (``email``, ``statement``, ``claims``).

    >>> is_noun_like("Email"), is_noun_like("said")
    (True, False)
    """
    return word.lower() in CUE_NOUNS


def is_cue_word(word: str) -> bool:
    """True when *word* (any case) can start a cue.

    >>> is_cue_word("Said"), is_cue_word("table")
    (True, False)
    """
    return word.lower() in CUE_HEADS
