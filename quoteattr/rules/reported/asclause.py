"""Stage 4, reported speech: where an ``as`` clause around a finite cue ends.

``As Roe noted, the plan failed``: the main clause after the comma is what
was said.  A short adjunct of the cue may stand before that comma (``As the
Gazette reported on Monday, ...``, ``As Roe noted in a speech, ...``,
``reported just today``) when the clause opens the sentence; words that
could be a clause of the cue's own (``As Roe said the pier was closing, Lund
left``) end no ``as`` clause, so the rules read them as the cue's content.
Inside a sentence (``The ferry, as the Gazette reported on Saturday, has
left``) the words after the comma may finish the clause before it, so only
a comma right after the cue closes the clause there.  An adjunct that makes
the cue an activity (``As Lund argued with Hale in the hall, the crowd
cheered``, ``explained at length``) gives the ``as`` of while: no content.
"""

from __future__ import annotations

from quoteattr.mentions import is_word
from quoteattr.rules.reported.records import Sentence

#: How many tokens an adjunct between the cue and the comma may run; a longer
#: stretch is more often a clause of the cue's own than a time or place phrase.
_ADJUNCT_REACH = 8


def as_clause_comma(s: Sentence, i: int, m: int) -> int | None:
    """The comma token that closes an ``as`` clause whose subject starts at token *m*
    and whose cue ends before token *i*: token *i* itself, or, when the clause
    opens the sentence, the comma after a short adjunct that opens on a
    preposition, a time word or an adverb and holds no finite verb; else None."""
    tokens = s.tokens
    if i >= len(tokens):
        return None
    if tokens[i].text == ",":
        return i
    w = s.w
    a = s.first_word
    if a < m and tokens[a].text.lower() in w.coordinators:
        a += 1  # "But as Roe noted in May, ..."
    if not (a < m and tokens[a].text.lower() in w.cls("as_clause")):
        return None
    comma = s.comma_after(i)
    if comma is None or comma - i > _ADJUNCT_REACH:
        return None
    first = tokens[i].text
    if not (first.lower() in w.lead_words or w.is_adverb(first)):
        return None
    pair = f"{first} {tokens[i + 1].text}".lower()
    if first.lower() in w.cls("activity_adjunct") or pair in w.cls("activity_adjunct"):
        return None  # "As Lund argued with Hale, ...": the "as" of while, the cue an activity
    for tok in tokens[i:comma]:
        word = tok.text
        if not is_word(tok) or word.lower() in w.complementizers:
            return None  # a mark or "that": no plain adjunct
        if word.islower() and (w.is_finite_verb(word) or w.is_auxiliary(word)):
            return None  # "As Roe said in March it would close, ...": a clause of the cue's
    return comma
