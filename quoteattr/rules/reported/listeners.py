"""Stage 4, reported speech: the listener after a cue, and where what was said starts after it.

``Roe told his aides he would run``: a listener's noun phrase stands between
the cue and the content, which opens at a subject pronoun, a question word or
an infinitive (:func:`after_listener`, for a phrase that
:func:`opens_noun_phrase`).  ``Roe told the Gazette, however, that the pier
was safe`` and ``Roe told Lund, the pier's keeper, that ...`` hold an adverb
or an apposition between commas after the listener; the ``that`` after the
second comma still opens what was said (:func:`listener_insertion`, read by
:func:`~quoteattr.rules.reported.extent.after_lead`).  A pronoun or a
question word inside the commas makes a clause of its own (``told Lund, who
runs the pier, that``), which is left alone.
"""

from __future__ import annotations

from quoteattr.lang import ReportVerb
from quoteattr.mentions import is_word
from quoteattr.rules.reported.records import QUOTE_TOKENS
from quoteattr.rules.reported.words import LEAD_REACH, ReportWords
from quoteattr.text.tokens import Token


def listener_insertion(w: ReportWords, tokens: list[Token], j: int) -> bool:
    """True when the mark at token *j*, after a listener, opens an insertion
    that the same mark closes right before ``that`` (``told the Gazette,
    however, that``; ``told Roe, the pier's keeper, that``): no pronoun (but a
    possessive), question word or other mark in it, so it is an adverb or an
    apposition, not a clause of its own.  PolNeAR train +1 matched report, dev
    unchanged."""
    for k in range(j + 1, min(len(tokens), j + LEAD_REACH)):
        word = tokens[k].text.lower()
        if tokens[k].text == tokens[j].text:
            return k + 1 < len(tokens) and tokens[k + 1].text.lower() in w.complementizers
        clause = word in w.question_words or word in w.pronouns and word not in w.possessives
        if clause or not is_word(tokens[k]) and word not in "'’":
            return False  # "told Lund, who runs the pier, that": a clause of its own
    return False


def opens_noun_phrase(w: ReportWords, word: str) -> bool:
    """True for a word that can open a listener's noun phrase: a name, a determiner
    or a plural (``the council``, ``Roe``, ``reporters``)."""
    lower = word.lower()
    return (
        word[0].isupper()
        or lower in w.determiners
        or lower in w.possessives
        or lower.endswith(w.plural_endings)
    )


def after_listener(w: ReportWords, tokens: list[Token], i: int, entry: ReportVerb) -> int | None:
    """Index of the content after a listener that opens at token *i* and no ``that``
    follows: a subject pronoun (``told his aides he would run``), a question word
    (``told voters why ...``) or an infinitive (``told them to wait``); None when the
    listener is all there is (``told the radio station on Friday``).  A question word
    may come up to twice as far on, past a longer listener with names in it
    (``telling guests at the Kelby Rowing Club's gala how ...``): PolNeAR train +2
    matched reports, dev unchanged (reading every word that far: train -4, dev -1)."""
    end = min(len(tokens), i + LEAD_REACH)
    for j in range(i + 1, end):
        word = tokens[j].text
        lower = word.lower()
        if not is_word(tokens[j]) and word not in QUOTE_TOKENS:
            return None
        if (word == lower or lower == "i") and subject_pronoun(w, lower):
            return None if tokens[j - 1].text.lower() in w.subordinators else j  # "told aides as he left": no content
        if lower in w.question_words or (entry.infinitive and lower in w.infinitive_markers):
            # "warned the patients not to leave their beds": the negation is part of what was said
            return j - 1 if j - 1 > i and tokens[j - 1].text.lower() in w.cls("negation") else j
        if j == i + 1 and lower in w.articles:
            return j  # told reporters the pier was closed
    for j in range(end, min(len(tokens), i + 2 * LEAD_REACH)):
        if not is_word(tokens[j]) and tokens[j].text not in "'’":
            break
        if tokens[j].text in w.question_words:
            return j  # "telling guests at the Kelby Rowing Club's gala how ...": a longer listener
    return i if end < len(tokens) else None  # a listener longer than read: the old reading


def subject_pronoun(w: ReportWords, lower: str) -> bool:
    """True for a pronoun that can open a clause after a listener, with a contracted verb too (``told aides they’d won``)."""
    stem, mark, clitic = lower.replace("’", "'").rpartition("'")
    if mark and clitic in w.clitics:
        lower = stem
    return lower in w.pronouns and lower != "who"
