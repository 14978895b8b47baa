"""Stage 5, reported speech: a partial quote right after a speech noun with a possessor.

``Critics seized on her remark that "the pier can wait"``: the quote is what
the remark says, and the remark is hers, whoever the sentence's subject is.
A quote right after the link word of a report noun (``that``, or ``for``,
``of``, a colon right after the noun: ``his call for "..."``) whose noun has
a possessor (``her``, ``Lund's``) takes the possessor: rule
``PARTIAL_POSSESSIVE_NOUN``, run after the other partial-quote rules of
:mod:`~quoteattr.rules.reported.partial`, with or without reports.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from quoteattr.document import Binding, Document, Mention
from quoteattr.mentions import is_word
from quoteattr.resolve.news import NewsNames
from quoteattr.rules.reported.partial import in_turns, named
from quoteattr.rules.reported.phrases import possessor
from quoteattr.rules.reported.read import SEQUENCE
from quoteattr.rules.reported.subjects import modifier
from quoteattr.rules.reported.words import ReportWords
from quoteattr.rules.rule import Rule
from quoteattr.text.tokens import Token


def bind_by_possessive_noun(doc: Document, news: NewsNames, bindings: list[Binding | None]) -> None:
    """Give a quote right after a speech noun's link word the noun's possessor (in place):
    ``her remark that "..."``, ``his statement on Wednesday that "..."``,
    ``Roe's call for "..."``.  Over no binding, a neighbour's speaker, or a
    subject or cue of the sentence read without a tag at the quote.  Not in
    a conversation (:func:`~quoteattr.rules.reported.partial.in_turns`)."""
    w = ReportWords.of(doc.lexicon)
    text = doc.text
    link = _link_before(w.cls("noun_link"))
    hint = _possessive_hint(w.possessives, w.possessive_endings)
    for i, current in enumerate(bindings):
        if current is not None and current.rule not in _POSSESSOR_OVER or in_turns(doc, i):
            continue
        opened = doc.spans[i].open_at
        # Most quotes do not follow a link word: the text says so before any tokens.
        if link.search(text, max(0, opened - 12), opened) is None:
            continue
        if hint.search(text, max(0, opened - _HINT_REACH), opened) is None:
            continue  # no possessive near: no noun has a possessor
        mention = possessive_speaker(w, doc.narration_before(i)[0])
        if mention is not None:
            binding = Binding(mention, None, PARTIAL_POSSESSIVE_NOUN.id, PARTIAL_POSSESSIVE_NOUN.confidence)
            bindings[i] = named(doc, news, binding)


#: Bindings a speech noun's possessor replaces: none of them reads a tag or a
#: report at the quote (``SENTENCE_SUBJECT``, ``SENTENCE_CUE`` read the sentence).
_POSSESSOR_OVER = frozenset(
    {"CONTINUATION", "SENTENCE_SUBJECT", "SENTENCE_CUE", "PARTIAL_CLAUSE_SUBJECT", "PARTIAL_EARLIER_QUOTE"}
)

#: At most this many words between the speech noun and its link word (``on Wednesday``).
_NOUN_PHRASE_REACH = 7


#: How far before the quote a possessive may stand (the noun phrase and the link word).
_HINT_REACH = 120


@functools.lru_cache(maxsize=8)
def _possessive_hint(words: frozenset[str], endings: tuple[str, ...]) -> re.Pattern[str]:
    """A possessive determiner (``her``) or a word with a possessive ending (``Roe's``)."""
    determiners = "|".join(sorted(map(re.escape, words)))
    ends = "|".join(sorted(map(re.escape, endings)))
    return re.compile(rf"\b(?:{determiners})\b|\w(?:{ends})(?!\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _noun_heads(nouns: frozenset[str], objects: frozenset[tuple[str, str]]) -> frozenset[str]:
    """The report nouns and the nouns of the noun-object cues (``call`` of ``call for``)."""
    return nouns | frozenset(noun for noun, _ in objects)


@functools.lru_cache(maxsize=8)
def _link_before(words: frozenset[str]) -> re.Pattern[str]:
    """A link word (or a colon) right before the end of the text searched (the quote's opening)."""
    return re.compile(r"(?:\b(?:" + "|".join(sorted(map(re.escape, words))) + r")|:)\s*\Z", re.IGNORECASE)


def possessive_speaker(w: ReportWords, tokens: Sequence[Token]) -> Mention | None:
    """The possessor of a speech noun whose link word ends *tokens* (``her remark
    that``, ``his statement on Wednesday that``, ``Roe's repeated call for``), or None.

    Between the noun and the link word stand only words (a phrase of place or
    time), no verb; before the noun at most two modifiers, then a possessive
    pronoun or a name in ``'s``."""
    toks = list(tokens)
    if len(toks) < 3:
        return None
    link = toks[-1].text.lower()
    if link not in w.cls("noun_link") and link != ":":
        return None
    for m in range(len(toks) - 2, max(-1, len(toks) - 2 - _NOUN_PHRASE_REACH), -1):
        tok = toks[m]
        if not is_word(tok) or tok.text.lower() in w.complementizers:
            return None
        lower = tok.text.lower()
        if lower not in _noun_heads(w.nouns, w.noun_objects):
            if w.is_finite_verb(tok.text) or lower in w.auxiliaries or lower in w.be_forms:
                return None
            continue
        if m < len(toks) - 2 and link not in w.complementizers:
            return None  # "call for" right before the quote; only "that" reaches past a phrase
        j = m
        while j > 0 and m - j < 2 and modifier(w, toks[j - 1]):
            j -= 1
        mention = possessor(w, toks, j)
        if mention is None or not w.can_speak(mention):
            return None
        return mention
    return None


PARTIAL_POSSESSIVE_NOUN: Rule[Any] = Rule(
    id="PARTIAL_POSSESSIVE_NOUN",
    family="reported",
    summary=(
        "A quote right after a speech noun's link word (that, for, of) takes the noun's "
        "possessor (her remark that, Roe's call for), over no binding or one read from the "
        "sentence; with or without reports."
    ),
    example='Critics seized on her remark that "the pier can wait."',
    speaker="her",
    confidence=0.6,
    run=bind_by_possessive_noun,
    # Run after PARTIAL_LATER_TAG, after the reports or on its own.
    emitted_by=tuple(rule.id for rule in SEQUENCE),
)
