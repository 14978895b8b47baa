"""Stage 3b: subject phrases that hold a second name which does not speak.

Two shapes in which the name nearest a cue is not its subject, used by
:class:`quoteattr.mentions.Mentions`:

- a name in apposition inside a ``whose`` clause (``Ann Roe, whose skipper,
  Ivo Lund, quit last week, insists``: Ann Roe);
- a place after ``of`` (``Councillor Ann Roe of Harbury, a Liberal, ...``:
  Ann Roe).
"""

from __future__ import annotations

from typing import Protocol

from quoteattr.document import Mention
from quoteattr.text.tokens import Token


class Mentions(Protocol):
    """The phrase readers of :class:`quoteattr.mentions.Mentions` used here
    (a protocol, so that this module does not import the one that calls it)."""

    def phrase_ending_at(self, tokens: list[Token], j: int, lo: int) -> Mention | None:
        """The mention whose last token is *j*."""

    def skip_back(self, tokens: list[Token], j: int, lo: int) -> int:
        """Token *j*, or the last word before it past what may stand between subject and cue."""

    def classify_phrase(self, tokens: list[Token], a: int, b: int) -> Mention | None:
        """Tokens ``a..b`` read as a speaker mention."""

#: The most words between ``whose`` and the name in apposition after it (``whose new ferry,``).
_WHOSE_WORDS = 5


def whose_owner(m: Mentions, tokens: list[Token], subject: Mention, comma: int, lo: int) -> Mention | None:
    """The subject before a ``whose`` clause that *subject* stands in apposition inside:
    ``Ann Roe, whose skipper, Ivo Lund, quit last week, insists``: Ann Roe, not Ivo Lund.

    *subject* ends before the comma at token *comma*; None when no such clause holds it.
    """
    a = comma - 1
    while a > lo and tokens[a - 1].start >= subject.start:
        a -= 1
    # ", whose <a few words>, <subject>,"
    if a - 1 <= lo or tokens[a - 1].text != ",":
        return None
    w = a - 2
    while w > lo and a - w <= _WHOSE_WORDS + 1 and tokens[w].text.lower() != "whose":
        if not tokens[w].text[0].isalnum():
            return None
        w -= 1
    if w <= lo or tokens[w].text.lower() != "whose" or tokens[w - 1].text != ",":
        return None
    owner = m.phrase_ending_at(tokens, m.skip_back(tokens, w - 2, lo), lo)
    return owner if owner is not None and owner.kind in ("name", "pronoun", "description") else None


def name_before_place(m: Mentions, tokens: list[Token], i: int, j: int) -> Mention | None:
    """The name before ``of`` and a capitalised word in the phrase ``tokens[i..j]``
    (``Councillor Ann Roe of Harbury``): the place only says where the person is from.
    None when the phrase has no such ``of`` or no name before it."""
    of = next((k for k in range(i + 2, j) if tokens[k].text == "of" and tokens[k + 1].text[:1].isupper()), -1)
    if of < 0:
        return None
    head = m.classify_phrase(tokens, i, of - 1)
    return head if head is not None and head.kind == "name" else None
