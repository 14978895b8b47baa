"""Stage 5, fiction names: a ``he``/``she`` tag whose paragraph, or the narration paragraph before it, makes a description its subject.

The cast resolves a pronoun tag to a character named in narration.  A
paragraph may instead open its narration on a description (``The Colonel
bent over the chart. "Three fathoms," said he``, ``The visitor set down
his bag. "Is the ferry running?" he asked``): the pronoun's subject is the one the
description means, and no name stands between them.  When the cast finds no
name for the pronoun, :func:`described_subject` reads that description: a
title the cast gives to a character (``the Colonel``) names that character,
and a person noun that names no one (``the visitor``) names the pronoun
after the description, which :mod:`quoteattr.identity` joins with the
quotes the description itself tags.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping

import regex

from quoteattr.lang import Lexicon
from quoteattr.resolve.cast import CastRegistry

#: Words between the article and the head noun (``the old visitor``, ``the thin pale clerk``).
_MAX_MODIFIERS = 2
#: How far back from the pronoun the description is sought: a scene's opening
#: lies within a few sentences, and a bound keeps one long paragraph of many
#: unresolved tags linear.
_MAX_LOOKBACK = 600
#: The clause opening before ``the``: the paragraph's start, a sentence end, or a conjunction.
_CLAUSE_END_RE = regex.compile(r"(?:^|[.!?;:]['\"\u2019\u201d)]*)\s*$")


@functools.lru_cache(maxsize=16)
def _description_re(lexicon: Lexicon) -> regex.Pattern[str]:
    """``the`` and up to three words after it (the head noun is one of them)."""
    articles = "|".join(regex.escape(a) for a in sorted(lexicon.definite_articles))
    return regex.compile(r"\b(?i:" + articles + r")\s+(\p{L}+)(?:\s+(\p{L}+))?(?:\s+(\p{L}+))?")


def described_subject(
    text: str,
    paragraph_start: int,
    position: int,
    gender: str,
    cast: CastRegistry,
    lexicon: Lexicon,
    person_noun: Callable[[str], bool],
) -> str | None:
    """The one a ``he``/``she`` at *position* means by the narration from *paragraph_start*: a character's name or a description.

    The caller passes the start of the pronoun's paragraph, or of the narration
    paragraph before it.  The last description before *position* that opens a
    clause (after the paragraph's start, a sentence end or a conjunction)
    and stands outside quotes, with no character named after it: a title the
    cast gives to a character not of the other gender, or a person noun
    (*person_noun*: the caller passes the nouns for a person met in a scene) of no gender.  None when there is none, or when the
    last such description is a gender noun (``the young lady`` says no more
    than the pronoun), a character of the other gender, a possessive
    (``the Captain's son``) or a lowercase noun the rule cannot name (``and
    the stranger knocked``): the clause's subject is someone else.
    """
    links = lexicon.clause_conjunctions
    gender_nouns = lexicon.gender_nouns
    function_words = lexicon.function_words
    found: tuple[str, bool] | None = None
    for m in _description_re(lexicon).finditer(text, max(paragraph_start, position - _MAX_LOOKBACK), position):
        if cast.inside_quote(m.start()) or not _opens_clause(text, paragraph_start, m.start(), links):
            continue
        words = [w for w in m.groups() if w]
        read = False
        for k, word in enumerate(words[: _MAX_MODIFIERS + 1]):
            if (k and not words[k - 1].islower()) or word.lower() in function_words:
                break  # "the brim of his hat": the phrase ends before a function word
            if text.startswith(("'s", "\u2019s"), m.end(k + 1)):
                read = True  # "The Captain's son came up": the clause's subject is someone else
                found = None
                break
            candidate = _head(word, m.start(), gender, cast, gender_nouns, person_noun)
            if candidate is None:
                continue
            read = True
            if not candidate[0] or cast.named_between(m.start(), position):
                found = None  # a subject of the other gender, or a name after it: the pronoun is someone else
            elif candidate[1]:
                found = candidate
            else:
                found = " ".join(["the", *(w.lower() for w in words[: k + 1])]), False
            break
        if not read and words[0].islower() and words[0] not in function_words:
            found = None  # "and the stranger knocked": a later subject the rule cannot name is still someone else
    return found[0] if found is not None else None


def _opens_clause(text: str, paragraph_start: int, start: int, links: frozenset[str]) -> bool:
    """True when the word at *start* opens its paragraph, a sentence or a clause after a conjunction (``, and the``)."""
    before = text[max(paragraph_start, start - 40) : start]
    if start - paragraph_start <= 40 and not before.strip():
        return True
    if _CLAUSE_END_RE.search(before):
        return True
    words = before.split()
    if not words or words[-1].lower() not in links:
        return False
    rest = before[: before.rfind(words[-1])].rstrip()
    return not rest or rest.endswith(",") or bool(_CLAUSE_END_RE.search(rest))


def _head(
    word: str, start: int, gender: str, cast: CastRegistry, gender_nouns: Mapping[str, str], person_noun: Callable[[str], bool]
) -> tuple[str, bool] | None:
    """What *word* after ``the`` names, as :func:`described_subject` answers: ``("", False)`` for someone of the other gender; None when it is no head noun."""
    if word[:1].isupper():
        holder = cast.last_character(start, word)
        if holder is None:
            return None
        return (holder, True) if cast.gender(holder) in ("", gender) else ("", False)
    if word in gender_nouns:
        # "the young lady" says no more than "she": a pronoun left as unnamed as the tag's own.
        return "", False
    return (word, False) if person_noun(word) else None
