"""Stage 4, reported speech: the words after a parenthetical cue's comma.

``The plan, she said, would fail``: after the comma that closes a cue set
between commas, the words either go on with the content that opened before
the cue (:func:`goes_on`), which makes the cue parenthetical, or they open
something else (a description of the source, a phrase of the cue's own), and
the content is the clause before the cue.
"""

from __future__ import annotations

from quoteattr.rules.reported.extent import clause_follows
from quoteattr.rules.reported.words import ReportWords
from quoteattr.text.tokens import Token


def goes_on(w: ReportWords, tail: list[Token]) -> bool:
    """True when the words after a cue's comma (*tail*, from the comma on) go on
    with the content: a clause (:func:`clause_follows`), or a word that cannot
    open one of its own, a preposition or a form of *be* (``The argument would
    be aided, Roe said, by the calendar``, ``The levy, Roe said, is "unfair"``)."""
    if clause_follows(w, tail):
        return True
    word = tail[1].text.lower() if len(tail) > 1 else ""
    if (
        word in w.verbish
        or word in w.prepositions and word not in w.infinitive_markers
        or word in w.subordinators
    ):
        return True
    # "The figures, she said, rose sharply": a past form right after the comma is
    # the predicate of the words before the cue.
    if len(tail) > 2 and tail[1].text == word and w.is_past(word):
        return True
    # So is a present form with its object after it ("The nickname, she said, comes
    # from ..."), or an adverb and a verb ("Lund, Roe said, never forgives"): train +3 matched.
    if len(tail) < 4 or tail[1].text != word:
        return False
    verb = tail[2].text
    return _present(w, word) or w.is_adverb(word) and (_present(w, verb) or w.is_past(verb))


def _present(w: ReportWords, word: str) -> bool:
    """True for a lowercase word that may be a verb in the present third person (``comes``)."""
    return (
        word.islower()
        and len(word) > 3
        and word.endswith(w.plural_endings)
        and not word.endswith(w.singular_endings)
    )
