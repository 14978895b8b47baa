"""Stage 4, reported speech: a cue word right after a quote.

A cue word a few words after a quote is most often that quote's cue
(``"We won," Roe said``, ``"...," said Roe``) and reports nothing of its own.
It does report when a clause of its own follows it: ``"Harbour Talk," Roe
admitted that ...``, ``At the end of her "garden tour," Nessa said the
roses could wait``, ``praised the "ferry plan," adding that ...``.  The scan
(:func:`that_follows`, on characters) and the rules (:func:`reports_after_quote`,
on tokens) ask the same question.
"""

from __future__ import annotations

import re

from quoteattr.mentions import is_word
from quoteattr.rules.reported.extent import clause_opens
from quoteattr.rules.reported.words import ReportWords
from quoteattr.text.tokens import Token

#: The cue word at a match's start, then the two words after it (and a third).
_TWO_AFTER_RE = re.compile(r"[\w'’-]+[ \t]+([\w'’-]+)[ \t]+([\w'’-]+)(?:[ \t]+([\w'’-]+))?")


def that_follows(w: ReportWords, text: str, pos: int) -> bool:
    """True when the cue word at *pos* reports on its own even right after a quote
    (:func:`reports_after_quote`, read on the three words after it): ``“Harbour
    Talk,” Roe admitted that ...``, ``... “partners,” she insisted they were
    never paid``; not ``"...," Roe said that night``."""
    m = _TWO_AFTER_RE.match(text, pos)
    if m is None:
        return False
    cue = text[pos : m.start(1)].rstrip()
    return reports_after_quote(w, cue, [word for word in m.groups() if word])


def words_from(tokens: list[Token], i: int, n: int) -> list[str]:
    """The texts of up to *n* tokens from *i* on, up to the first that is no word."""
    out: list[str] = []
    for token in tokens[i : i + n]:
        if not is_word(token):
            break
        out.append(token.text)
    return out


def reports_after_quote(w: ReportWords, cue: str, words: list[str]) -> bool:
    """True when a cue word right after a quote (*cue*, then *words*) reports on
    its own: a clause follows (:func:`clause_after_quote`), or an infinitive
    follows a participle (``talked up his "dock plan," promising to rebuild``)."""
    if clause_after_quote(w, words):
        return True
    participle = cue.islower() and w.is_participle(cue)
    return participle and len(words) > 1 and words[0] in w.infinitive_markers and words[1].islower()


def clause_after_quote(w: ReportWords, words: list[str]) -> bool:
    """True when *words*, the first words after a cue that follows a quote, open a
    clause of the cue's own: :func:`clause_opens`, or a lowercase subject of one
    or two words and its auxiliary (``At the end of her "garden tour," Nessa
    said the roses could wait``, ``... said ferry owners would ...``).  A preposition,
    a time word, a subordinator, a question word or a capitalised word after the
    cue is no subject of a clause (``"...," Roe said on Tuesday``, ``"...," said
    Roe``, ``"...," he said when he had finished``)."""
    if len(words) < 2:
        return False
    if clause_opens(w, words[0], words[1]):
        return True
    first = words[0]
    if (
        not first.islower()
        or first in w.prepositions
        or first in w.time_names
        or first in w.auxiliaries
        or first in w.complementizers
        or first in w.subordinators
        or first in w.time_subordinators
        or first in w.question_words
    ):
        # "Come in," he said when he had finished: a clause that says when or
        # where the quote was said, not a report of its own.
        return False
    # The subject is one word or two: the auxiliary is the second word or the third.
    return any(word.islower() and word in w.auxiliaries for word in words[1:3])
