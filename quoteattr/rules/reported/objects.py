"""Stage 4, reported speech: where an object content ends.

A verb that takes what was said as its object (``criticized the plan``,
``called for a ban``, ``talked about the levy``) reports a noun phrase, not a
clause.  What follows that phrase after a comma or a dash (an appositive, a
relative clause, an aside: ``praised the new pier, a gift from the port``) or
after a preposition of time (``criticized Roe during a debate``) says when or
why the words were said, or describes the object: it is not what was said.
:func:`object_end` ends such a content there.
"""

from __future__ import annotations

import re

from quoteattr.rules.reported.records import Sentence
from quoteattr.rules.reported.words import OBJECT

#: A dash or a bracket that opens an aside after a noun phrase, or a lowercase word
#: (one of class ``object_adjunct`` opens a phrase of time).  Not a comma: a name
#: (``Tulsa, Okla.``), a list or a participle phrase goes on after one (measured:
#: cutting at every comma cost PolNeAR dev 0.9 detection F1).
_STOP_RE = re.compile(r"\s[-\u2013\u2014]+\s|\s\(|\s([a-z]+)(?=\s)")


def object_end(s: Sentence, start: int, end: int, cue: tuple[int, int]) -> int:
    """Where a content from *start* to *end* that the object verb at *cue* reports
    ends: at the first dash or bracket, or before a preposition of time of
    class ``object_adjunct`` (``during``, ``after``, ...); *end* when the cue takes
    a clause or the content opens with an infinitive or a question word
    (``criticized how the vote was run``).  An infinitive inside the content
    keeps no phrase of time (``urged the guild to vote`` before ``after the
    meeting``): PolNeAR's annotators read it as the cue's (measured: keeping it
    cost train 5 matched reports, dev 3)."""
    w = s.w
    if not takes_object(s, cue):
        return end
    first = s.text[start : start + 12].split(maxsplit=1)
    if not first or first[0].lower() in w.infinitive_markers or first[0].lower() in w.question_words:
        return end
    adjuncts = w.cls("object_adjunct")
    for m in _STOP_RE.finditer(s.text, start, end):
        word = m.group(1)
        if (word is None or word in adjuncts) and not s.quoted.contains(m.start()):
            return m.start()
    return end


def takes_object(s: Sentence, cue: tuple[int, int]) -> bool:
    """True when the cue at *cue* is a verb of frame ``object`` (``criticized``)."""
    words = s.text[cue[0] : cue[1]].split()
    entry = s.w.verbs.get(words[0].lower()) if words else None
    return entry is not None and entry.frame == OBJECT
