"""Stage 4, reported speech: which clause a subject belongs to.

Two readings the subject finders of :mod:`~quoteattr.rules.reported.phrases`
share: a mention right after a verb is that verb's object, no subject
(:func:`after_verb`), and the subject of the last clause joined before a
coordinated predicate is that predicate's (:func:`joined_clause_subject`).
"""

from __future__ import annotations

from quoteattr.document import Mention
from quoteattr.rules.reported.records import Sentence, index_at


def after_verb(s: Sentence, mention: Mention) -> bool:
    """True when a verb stands right before *mention* (``help Roe win``, ``helping
    Roe win``, ``recites the same points``): the mention is that verb's object,
    not a subject.  A subject follows a mark, a conjunction, a complementizer,
    a subordinator, a relative or question word, or an adverb; a pronoun read
    as a subject may follow a noun too (``on the tapes she plays ...``)."""
    w = s.w
    m = index_at(s, mention.start)
    if m == 0 or mention.kind == "pronoun":
        return False
    word = s.tokens[m - 1].text
    if not (word.isalpha() and word.islower()) or w.is_adverb(word):
        return False
    return word not in w.clause_links


def joined_clause_subject(s: Sentence, start: int, j: int) -> Mention | None:
    """The subject of the last clause joined before the conjunction at token *j*
    (after ``, and``, ``, but`` or ``;``), when a finite verb follows it: in
    ``Fishers called for a boycott, and the union criticised the plan and
    said ...`` the union says, not the fishers who open the sentence."""
    w = s.w
    tokens = s.tokens
    b = j - 1
    while b > start and not (
        tokens[b].text == ";" or tokens[b].text == "," and tokens[b + 1].text.lower() in w.coordinators
    ):
        b -= 1
    if b <= start:
        return None  # one clause before the conjunction: the common case
    first = b + 1 if tokens[b].text == ";" else b + 2  # where the joined clause's subject starts
    v = first + 1
    while v < j and not (tokens[v].text.islower() and w.is_finite_verb(tokens[v].text)):
        v += 1
    g = v
    while g - 1 > first and w.is_adverb(tokens[g - 1].text):
        g -= 1  # "the union sharply criticised"
    if v >= j:
        return None
    mention = w.mentions.subject_before(tokens, g, first)
    return mention if mention is not None and mention.start == tokens[first].start else None
