"""Stage 3, reported speech: the compiled patterns of the document scan.

Built once per lexicon from its words (:class:`ReportPatterns`): the cue
words as a trie (about one step per character of text), the speech nouns
with what may follow them, and the clause boundaries the contents end at.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from quoteattr.lang import Lexicon
from quoteattr.rules.reported.words import ReportWords

_Trie = dict[str, "_Trie"]


def _trie_pattern(words: Sequence[str], cased: bool = True) -> str:
    """A regular expression matching exactly *words* in any case, factored by
    common prefixes.

    A flat alternation of some 500 words makes the engine try each in turn at
    every position; the factored form tries one branch per character, so the
    scan costs about one step per character of text.  With *cased*, each
    letter is a class of its two cases (the exact pattern, for any text);
    without, the pattern is for lowercased text, where literal letters
    match about twice as fast as classes.

    >>> _trie_pattern(["say", "said", "tell"])
    '(?:[sS][aA](?:[iI][dD]|[yY])|[tT][eE][lL][lL])'
    >>> _trie_pattern(["say", "said"], cased=False)
    'sa(?:id|y)'
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def letter(ch: str) -> str:
        if cased and ch.isalpha() and ch.upper() != ch:
            return f"[{ch}{ch.upper()}]"
        return re.escape(ch)

    def build(node: _Trie) -> str:
        branches = [letter(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)


#: A cue word is a whole word: a letter, digit, hyphen or apostrophe on either
#: side makes it part of another word (so-called, sayings).
_EDGE_BEFORE = r"(?<![\w'’\-])"
_EDGE_AFTER = r"(?![\w'’\-])"


def _alternation(words: frozenset[str]) -> str:
    """A regex alternation of *words*, escaped."""
    return "|".join(re.escape(word) for word in sorted(words))


class ReportPatterns:
    """The patterns of one lexicon's words the scan uses (see :meth:`of`)."""

    __slots__ = ("cue", "lowered_cue", "noun_hit", "boundary", "predicate")

    def __init__(self, w: ReportWords) -> None:
        firsts = {pair[0] for pair in w.according}
        #: Every word that can start a cue.
        nouns = {pair[0] for pair in w.noun_objects}
        words = sorted({*w.verbs, *w.nouns, *firsts, *nouns})
        self.cue = re.compile(_EDGE_BEFORE + _trie_pattern(words) + _EDGE_AFTER)
        #: The same words for lowercased text: it finds every match of ``cue``, and
        #: each of its matches is checked with ``cue`` (the scan's ``_cue_hits``).
        #: Only for ASCII words: ``ß`` has two capitals, and ``[ßSS]`` matches ``S``.
        #: It opens with the character before the word (the text is searched with a
        #: space before it): a pattern that opens with a class lets the engine skip
        #: to the next candidate in C, where a lookbehind is tried at every position.
        self.lowered_cue = (
            re.compile(r"[^\w'’\-](" + _trie_pattern(sorted({x.lower() for x in words}), False) + ")" + _EDGE_AFTER)
            if all(word.isascii() for word in words)
            else None
        )
        follow = _alternation(w.complementizers | w.source_prepositions)
        pairs = "|".join(rf"{re.escape(a)}\s+{re.escape(b)}" for a, b in sorted(w.noun_objects))
        #: A speech noun followed by its complementizer, by its source (``claim by``),
        #: by the preposition that opens its content (``attacks on``), or by an
        #: infinitive (``promise to build``).
        #: A time phrase may stand between the noun and its frame (``Roe's claim on
        #: Monday that``); the content may follow a colon or ``was that``.
        timed = r"(?:\s+(?i:" + _alternation(w.time_words | w.timed | w.cls("lead")) + r"|\d+))*"
        # The form of be may follow adverbs and an auxiliary ("has long been that"), which the rule checks.
        frame = (
            r"(?:\s+(?:" + follow + r")|\s*:|(?:\s+[a-z]+){0,3}?\s+(?:" + _alternation(w.be_forms) + r")\s+(?:"
            + _alternation(w.complementizers) + r"))"
        )
        self.noun_hit = re.compile(
            r"(?:(?:" + _alternation(w.nouns) + r")(?:" + timed + frame + r"|\s+[a-z]+(?:"
            + _alternation(frozenset(w.gerund_endings)) + r"))|" + pairs
            + r"|(?:" + _alternation(w.cls("to_noun")) + r")\s+to\s+[a-z]+)(?:\b|(?<=:))"
        )
        #: A second predicate: a coordinator (not "or") and the word after it, or the
        #: two words after it (an adverb and the verb).  A match starts at a comma or
        #: at the first space of a run (linear on a run of spaces), tested after it:
        #: a lookbehind first (``(?<![\s,])\s+``) is tried at every position (slower).
        self.predicate = re.compile(
            r"(?:,\s+|\s(?<![\s,]\s)\s*)(?:"
            + _alternation(w.coordinators - {"or"})
            + r")\s+([a-z][\w'’-]*)(?:\s+([a-z][\w'’-]*))?"
        )
        #: Where a clause the cue does not govern may start: a semicolon, or a comma, the word after it, the
        #: next if it sums up the clause (``, a move that``) and up to three more (``, even as soon as``).
        self.boundary = re.compile(
            r";|,\s+(\w+)(?:\s+\w+\s+(" + _alternation(w.cls("summary")) + r")\b)?(?=\s+([\w'’]+)(?:\s+([\w'’]+)(?:\s+(\w+))?)?)?"
        )

    @staticmethod
    def of(lexicon: Lexicon) -> ReportPatterns:
        """The patterns of *lexicon*'s words, built on first use and then shared."""
        return patterns(ReportWords.of(lexicon))


@functools.lru_cache(maxsize=16)
def patterns(w: ReportWords) -> ReportPatterns:
    """The patterns of *w*'s words, compiled on first use (a ``ReportWords`` is shared per lexicon)."""
    return ReportPatterns(w)
