"""Stage 4, reported speech: words that stand for a whole content after a cue.

``Roe said so after the vote``, ``Lund said yes because ...``, ``Kowal
conceded as much at the quay``: a word or a pair of words of class
``proform`` (``so``, ``yes``, ``as much``) stands for what was said, and
before a preposition, a subordinator, a time word or a mark it is the whole
content.  :func:`~quoteattr.rules.reported.read` reads the cue first.
"""

from __future__ import annotations

from quoteattr.mentions import is_word
from quoteattr.rules.reported.records import Sentence


def _last(s: Sentence, first: int) -> int | None:
    """Index of the last word of the proform that opens at token *first*, or None."""
    w = s.w
    tokens = s.tokens
    if first + 1 < len(tokens) and f"{tokens[first].text} {tokens[first + 1].text}".lower() in w.cls("proform"):
        return first + 1  # "as much"
    return first if first < len(tokens) and tokens[first].text.lower() in w.cls("proform") else None


def _alone(s: Sentence, last: int) -> bool:
    """True when the proform ending at token *last* is the whole content: a
    preposition, a subordinator, a time word or a mark follows it."""
    w = s.w
    tokens = s.tokens
    if last + 1 >= len(tokens):
        return False
    nxt = tokens[last + 1].text.lower()
    return not is_word(tokens[last + 1]) or nxt in w.prepositions or nxt in w.subordinators or nxt in w.time_words


def pair_at(s: Sentence, i: int) -> bool:
    """True when a proform of two words (``as much``) that is the whole content
    opens at token *i*, right after a cue: the rules that find a content
    read its ``as`` as an adverbial clause's (``said as he left``).  Before a
    word of class ``quantity_link`` it is a quantity (``said as much as half
    the pier was lost``).

    >>> from quoteattr import attribute_quotes
    >>> [(q.text, q.cue.text) for q in attribute_quotes("Kowal said as much in May.", indirect=True)]
    [('as much', 'said')]
    """
    last = _last(s, i)
    if last is None or last == i or not _alone(s, last):
        return False
    return last + 1 >= len(s.tokens) or s.tokens[last + 1].text.lower() not in s.w.cls("quantity_link")


def proform_end(s: Sentence, first: int, end: int) -> int:
    """Where a content that opens at token *first* ends when it is a proform
    before a preposition, a subordinator, a time word or a mark: ``said so
    after the vote``, ``said yes because ...``, ``said as much in May`` report
    ``so``, ``yes`` and ``as much``; else *end*."""
    last = _last(s, first)
    if last is None or not _alone(s, last):
        return end
    return s.tokens[last].end
