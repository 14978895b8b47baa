"""Stage 3b: the news dateline that opens a story (``WASHINGTON, July 25 (UPI) —``).

A dateline names where a story was filed, never who speaks, so the subject
readers of :mod:`quoteattr.mentions` start after it.
"""

from __future__ import annotations

from quoteattr.text.chars import DASHES
from quoteattr.text.tokens import Token

#: How many tokens a dateline may hold before its dash.
_DATELINE_LENGTH = 12


def skip_dateline(tokens: list[Token], lo: int, hi: int) -> int:
    """The index after a news dateline that opens ``tokens[lo:hi]``, else *lo*.

    A dateline is a place in capitals, or a place with a news agency in
    parentheses, perhaps with a date, closed by a dash: ``WASHINGTON, July 25
    (UPI) — The committee ...``.  It names where the story was filed, never who
    speaks.
    """
    if lo >= hi or not tokens[lo].text[0].isupper():
        return lo
    agency = False
    for k in range(lo, min(hi, lo + _DATELINE_LENGTH)):
        text = tokens[k].text
        if text in DASHES:
            after = k + 1
            while after < hi and tokens[after].text in DASHES:
                after += 1  # "--" is two tokens
            opened_in_capitals = len(tokens[lo].text) > 1 and tokens[lo].text.isupper()
            # The story's first sentence starts after the dash, capitalised
            # ("NATO — the alliance — said" is an aside, not a dateline).
            starts_sentence = after >= hi or tokens[after].text[0].isupper()
            return after if k > lo and starts_sentence and (opened_in_capitals or agency) else lo
        if text == "(":
            agency = True
        elif tokens[k].text[0].isalnum() and not (text[0].isupper() or text[0].isdigit()):
            return lo  # a lowercase word: a sentence, not a dateline
    return lo
