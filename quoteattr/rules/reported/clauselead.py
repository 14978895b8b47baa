"""Stage 4, reported speech: the subordinator that opens a cue's clause.

``When Roe said the pier was safe, the crowd cheered`` holds the cue in a
fronted clause, whose comma ends the content
(:func:`~quoteattr.rules.reported.relatives.clause_comma`).  The subordinator
opens the sentence, follows a mark or an opening coordinator (``But as Roe
noted, ...``), or, when it is one of time, follows a short phrase that
measures the time (``Three hours before Lund warned ...``, ``Just before Roe
spoke ...``, ``Ten minutes after ...``): such a phrase is no clause of its own.
"""

from __future__ import annotations

from quoteattr.mentions import is_word
from quoteattr.rules.reported.words import ReportWords
from quoteattr.text.tokens import Token

#: The most words a phrase measuring the time may have before its subordinator
#: (``not long after``, ``just two hours before``).
_LEAD_WORDS = 4

#: The most words between a subordinator and the subject it opens the clause of
#: (``Because the crews in Kell said ...``: the subject read is ``Kell``).
_SUBJECT_REACH = 8

#: How many words after a relative clause's comma the main predicate's verb may
#: stand (``..., then went home``).
_PREDICATE_REACH = 3


def subordinator_before(w: ReportWords, tokens: list[Token], m: int) -> str:
    """The subordinator that opens the clause of a subject starting at token *m*
    (``when`` in ``When Roe said ...``, ``..., as Roe noted``), or ""."""
    j = m - 1
    while j >= 0 and m - j <= _SUBJECT_REACH and is_word(tokens[j]):
        word = tokens[j].text.lower()
        if word in w.subordinators:
            opens = j == 0 or _opens_clause_at(w, tokens, j - 1)
            return word if opens or word in w.time_subordinators and _time_lead(w, tokens, j) else ""
        j -= 1
    return ""


def main_subject_after_words(w: ReportWords, tokens: list[Token], first: int, m: int) -> bool:
    """True when the subject at token *m* opens a main clause though words come before
    it (``Harbour Weekly's Ann Roe reported, the pier was unsafe``): the sentence's
    words from token *first* on hold no mark before the subject, which follows no
    clause link, and no subordinator opens its clause."""
    if tokens[m - 1].text.lower() in w.clause_links or subordinator_before(w, tokens, m):
        return False
    return all(is_word(t) for t in tokens[first:m])


def _opens_clause_at(w: ReportWords, tokens: list[Token], j: int) -> bool:
    """True when a clause may open after token *j*: a mark, or a coordinator that
    opens the sentence or follows a mark (``But as Roe noted, ...``)."""
    if not is_word(tokens[j]):
        return True
    return tokens[j].text.lower() in w.coordinators and (j == 0 or not is_word(tokens[j - 1]))


def _time_lead(w: ReportWords, tokens: list[Token], j: int) -> bool:
    """True when the words before the subordinator at token *j*, back to where a
    clause opens, are a short phrase that measures the time before or after the
    clause (``Three hours before``, ``Just before``, ``Not long after``, ``Ten
    minutes after``): numbers, articles and the words of a duration (classes
    ``duration_lead`` and ``duration``) or of class ``time_lead``.  A lowercase
    verb, noun or name before the subordinator belongs to a clause of its own
    (``The crowd left after Roe said ...``), which the content may follow."""
    words = w.articles | w.cls("duration_lead") | w.cls("duration") | w.cls("time_lead")
    i = j - 1
    while i >= 0 and j - i <= _LEAD_WORDS and is_word(tokens[i]):
        text = tokens[i].text
        if not (text.isdigit() or text.lower() in words or text.lower() in w.quantifiers):
            return False
        if i == 0 or _opens_clause_at(w, tokens, i - 1):
            return True
        i -= 1
    return False


def in_relative(w: ReportWords, tokens: list[Token], k: int, m: int) -> bool:
    """True when the cue at token *k*, whose subject starts at token *m*, stands in a
    relative clause that a comma and ``who`` or ``which`` open with no mark after them
    (``The mayor, who said ...``, ``Lund, who backed Hale and said ...``): the
    clause, and the content in it, ends at its next comma.  Found further back
    than the subject, the clause ends at a comma only where the main predicate
    comes back after it (``..., did not come``): a sentential ``which`` (``The
    pier closed, which is why Lund said the pier, the dock and the quay were
    unsafe``) runs to the sentence's end."""
    if m > 0 and tokens[m - 1].text.lower() in w.relative_pronouns:
        return True
    j = k - 1
    while j > 0 and is_word(tokens[j]):
        j -= 1
    if not (tokens[j].text == "," and j + 1 < k and tokens[j + 1].text.lower() in w.relative_pronouns):
        return False
    c = next((x for x in range(k + 1, len(tokens)) if tokens[x].text == ","), len(tokens)) + 1
    for tok in tokens[c : c + _PREDICATE_REACH]:  # "..., did not come", "..., then went home"
        word = tok.text
        if not is_word(tok):
            break
        if word.islower() and (word in w.be_forms or w.is_auxiliary(word) or w.is_finite_verb(word)):
            return True
    return False
