"""Stage 4, reported speech: a second perfect predicate of a cue's subject.

``Roe has asked the board to act and has repeatedly called it timid``: the
``and has`` repeats the auxiliary of the cue's own verb group with no subject
of its own, so it opens a second predicate of Roe's, and the content
(``the board to act``) ends before it.
"""

from __future__ import annotations

import re

from quoteattr.rules.reported.records import LAST_WORD_RE, Sentence

#: How many adverbs may stand between the auxiliary and the cue (``has long and loudly said``).
_AUX_REACH = 2


def perfect_aux(s: Sentence, cue: int) -> str | None:
    """The perfect auxiliary (``has``, ``have``) of the cue that starts at offset
    *cue*, lowercased, past up to :data:`_AUX_REACH` adverbs; None if there is none."""
    w = s.w
    pos = cue
    for _ in range(_AUX_REACH + 1):
        m = LAST_WORD_RE.search(s.text, max(s.start, pos - 24), pos)
        if m is None:
            return None
        word = m.group(1).lower()
        if word in w.cls("perfect_aux"):
            return word
        if not w.is_adverb(word):
            return None
        pos = m.start()
    return None


def perfect_end(s: Sentence, predicate: re.Pattern[str], aux: str, start: int, end: int) -> int:
    """Where a content from *start* to *end* ends before a coordinator and the
    same perfect auxiliary *aux* with a past participle, perhaps after an adverb
    (``... and has repeatedly called ...``); else *end*.  *predicate* is the
    sentence scan's pattern of a coordinator and the two words after it.  When
    the content has that auxiliary itself (``said the toll has risen and has
    doubled``), the repeated one may be its own subject's: the content is kept."""
    w = s.w
    for m in predicate.finditer(s.text, start, end):
        second = m.group(2)
        if m.group(1) == aux and second is not None and (w.is_past(second) or w.is_adverb(second)) and not s.quoted.contains(m.start()):
            if re.search(r"\b" + aux + r"\b", s.text[start : m.start()], re.IGNORECASE):
                return end
            return m.start()
    return end
