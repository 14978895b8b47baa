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
        if lower in w.articles and (j == i + 1 or j == i + 2 and _two_word_phrase(w, tokens, j)):
            return j  # told reporters the pier was closed; told the crowd the pier ...
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


def possessive_before_noun(w: ReportWords, tokens: list[Token], i: int) -> bool:
    """True when the pronoun at token *i* is a possessive before a lowercase noun
    (``told her aides she would row``: the listener is ``her aides``), not the
    listener itself (``told her she would row``, ``told her the pier ...``)."""
    if tokens[i].text.lower() not in w.possessives or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].text
    lower = nxt.lower()
    return nxt.islower() and is_word(tokens[i + 1]) and lower not in w.lexicon.function_words and not subject_pronoun(w, lower)


def _two_word_phrase(w: ReportWords, tokens: list[Token], j: int) -> bool:
    """True when the article at token *j* follows a listener of a determiner or
    possessive and one lowercase word (``the crowd``, ``his aides``) and opens
    what was said (``told the crowd the pier would close``), not a noun of what
    is told (class ``told_object``: ``told the crowd a story``, ``told the jury
    the story was invented``, where the story may be what was told)."""
    first, noun = tokens[j - 2].text, tokens[j - 1].text
    if first.lower() not in w.determiners and first.lower() not in w.possessives:
        return False
    if not noun.islower() or noun in w.lexicon.function_words:
        return False
    return not told_object(w, tokens, j)


#: How many words (a determiner, adjectives) may open the phrase before a told-object noun.
_TOLD_REACH = 4


def told_object(w: ReportWords, tokens: list[Token], i: int) -> bool:
    """True when the noun phrase at token *i* after a listener verb is what was told,
    not the listener: it opens on a determiner and ends, within a few words, on a
    noun of class ``told_object`` that heads the first phrase (``told a joke``,
    ``told the tale of the flood``, ``told a rather odd tale``); a second
    determiner first means the first phrase was the listener (``told the
    jury the story ...``)."""
    if i >= len(tokens) or tokens[i].text.lower() not in w.determiners:
        return False
    for tok in tokens[i + 1 : i + 1 + _TOLD_REACH]:
        word = tok.text.lower()
        if word in w.cls("told_object"):
            return True
        if not is_word(tok) or not tok.text.islower() or word in w.determiners or word in w.possessives:
            return False  # a second phrase opens: the first is the listener ("told the jury the story ...")
    return False
