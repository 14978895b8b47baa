"""Stage 4, reported speech: what may stand before a participle that opens its sentence.

``After saying ...``, ``Rather than blaming the tide, Roe ...``, ``And by
mocking the wardens, Roe ...``, ``At dusk, while praising the ferrymen, Roe
...``, ``Last spring, before denying that ..., Roe ...``: a participle
after such a lead-in reports up to its comma, for the subject of the main
clause (:func:`~quoteattr.rules.reported.read` reads it).  The lead-in is a
subordinator, a preposition or a phrase of class ``participle_lead``, after
at most a coordinator and a short opening phrase with its comma.
"""

from __future__ import annotations

from quoteattr.mentions import is_word
from quoteattr.rules.reported.records import Sentence

#: How many tokens an opening phrase before the lead-in may run (``On Sunday, on the radio,``).
_OPENING_REACH = 12

#: How many opening phrases, each with its comma, may stand before the lead-in
#: (``Sunday, on the radio, while ...``: a day and a medium are two).
_OPENING_PHRASES = 2


def opening_lead(s: Sentence, end: int) -> bool:
    """True when the tokens from the sentence's first word to token *end* (excluded)
    are a lead-in that opens a participle phrase before the main clause."""
    w = s.w
    tokens = s.tokens
    a = s.first_word
    if a < end and tokens[a].text.lower() in w.coordinators:
        a += 1  # "And by mocking ..."
    for _ in range(_OPENING_PHRASES):
        if a >= end or not _opens_phrase(s, a):
            break
        comma = next((j for j in range(a + 1, min(end, a + _OPENING_REACH)) if tokens[j].text == ","), None)
        if comma is None or any(_verb(s, j) for j in range(a, comma)):
            break
        a = comma + 1  # "At dusk, while ...", "Last spring, before ...", "Sunday, on the radio, while ..."
        while a < end and not is_word(tokens[a]):
            a += 1  # the closing mark of a quoted title before the comma's word
    lead = " ".join(t.text.lower() for t in tokens[a:end])
    return lead in w.subordinators or lead in w.prepositions or lead in w.cls("participle_lead")


def _opens_phrase(s: Sentence, a: int) -> bool:
    """True when the word at token *a* opens an adverbial phrase, never a subject:
    an adverbial opener, a time word or a preposition (``Now``, ``Tuesday``, ``On``)."""
    w = s.w
    word = s.tokens[a].text.lower()
    return word in w.adverbial_openers or word in w.time_words or word in w.prepositions


def _verb(s: Sentence, j: int) -> bool:
    """True for a lowercase finite verb or auxiliary at token *j*: a clause, no opening phrase."""
    word = s.tokens[j].text
    return word.islower() and (s.w.is_finite_verb(word) or s.w.is_auxiliary(word))
