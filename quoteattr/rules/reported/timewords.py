"""Stage 4, reported speech: a cue's subject that is or ends with a time phrase.

``Roe this past week announced`` reads the subject before the time phrase
(:func:`before_time`), and a time word may be a surname (``Orla Day ... Day
wrote``), which the whole document decides.  The rules of
:mod:`~quoteattr.rules.reported.read` call them.
"""

from __future__ import annotations

import re

from quoteattr.document import Mention
from quoteattr.rules.reported.records import LAST_WORD_RE, Sentence, index_at
from quoteattr.rules.reported.subjects import verb_group_start
from quoteattr.rules.reported.words import ReportWords


def before_time(s: Sentence, mention: Mention, k: int, lo: int) -> Mention | None:
    """The subject before a time phrase read as one or as its end: ``Roe this
    past week announced``, ``Roe has in the past said`` (*k*: the cue's verb)."""
    w = s.w
    m = index_at(s, mention.start)
    end = index_at(s, mention.end)
    timed = w.time_phrase
    while end > m and s.tokens[end - 1].text.lower() in timed:
        end -= 1
    if end > m:
        # "Okafor this past week": the subject ends before the time phrase.
        words = mention.name.split()
        while words and words[-1].lower() in timed:
            words.pop()
        if not words:
            return None
        return mention._replace(end=s.tokens[end - 1].end, name=" ".join(words))
    if mention.kind == "name" and mention.end == s.tokens[m].end and _surname(s, m, k, lo):
        return mention  # "Orla Day ... Day wrote": a surname, not a time phrase
    if m > 0 and s.tokens[m - 1].text.lower() in w.prepositions:
        m -= 1
    return w.mentions.subject_before(s.tokens, verb_group_start(s, m, lo), lo)


def _surname(s: Sentence, m: int, k: int, lo: int) -> bool:
    """True when the time word at token *m* (``Day``) is a surname: the document
    names someone with it after a given name (``Orla Day``), and no number counts
    it (``30 Hours explains``).  A time word that a sentence opens with is
    capitalised for that alone (``Morning brought rain``), unless the verb group
    of the cue at *k* follows it at once (``Day wrote``, ``Day has said``)."""
    if m > 0 and s.tokens[m - 1].text[:1].isdigit():
        return False
    if m == s.first_word and verb_group_start(s, k, lo) != m + 1:
        return False
    word = s.tokens[m].text
    # The answer depends on the whole document: asked again for each cue, the
    # search made a long document's reading quadratic.  The time words are a
    # short list, so one search per word and document keeps it linear.  The
    # answers live as long as the reading (a module memo held the last document
    # and was shared by threads reading others).
    known = s.quoted.surnames
    if word not in known:
        known[word] = _named_after_given(s.w, s.text, word)
    return known[word]


def _named_after_given(w: ReportWords, text: str, word: str) -> bool:
    """True when *text* writes *word* after a capitalised word that is neither a
    determiner nor a time word (``Orla Day``, not ``The Day`` or ``Monday Day``).

    A holiday's name is no person's: its first word is a possessive (``Mother's
    Day``) or a ``day_name`` (``Labour Day``), or a date opener stands before it
    (``on Regatta Day``)."""
    for found in re.finditer(rf"\b([A-Z][\w'’]*)[ \t]+{re.escape(word)}\b", text):
        first = found.group(1).lower()
        if first in w.determiners or first in w.time_names or first in w.cls("day_name"):
            continue
        if first.endswith(_POSSESSIVE_ENDS):
            continue
        before = LAST_WORD_RE.search(text, max(0, found.start() - _LONGEST_OPENER), found.start())
        if before is not None and before.group(1).lower() in w.lexicon.date_openers:
            continue
        return True
    return False


#: The ends of a possessive word (``Mother's``, ``Sailors'``).
_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")
#: Characters enough to hold a date opener and the spaces after it.
_LONGEST_OPENER = 12


def time_only(w: ReportWords, mention: Mention) -> bool:
    """True for a mention that is or ends with a time phrase (``this past week``,
    ``the past``, ``Okafor this past week``)."""
    words = [word.lower() for word in mention.name.split()]
    timed = w.time_phrase
    named = w.time_names
    n = len(words)
    while n > 0 and words[n - 1] in timed:
        n -= 1
    return any(word in named for word in words[n:])
