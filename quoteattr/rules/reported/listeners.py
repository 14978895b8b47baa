"""Stage 4, reported speech: an insertion between a listener and its ``that``.

``Roe told the Gazette, however, that the pier was safe`` and ``Roe told
Lund, the pier's keeper, that ...`` hold an adverb or an apposition between
commas after the listener; the ``that`` after the second comma still opens
what was said (:func:`listener_insertion`, read by
:func:`~quoteattr.rules.reported.extent.after_lead`).  A pronoun or a
question word inside the commas makes a clause of its own (``told Lund, who
runs the pier, that``), which is left alone.
"""

from __future__ import annotations

from quoteattr.mentions import is_word
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
