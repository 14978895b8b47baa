"""Stage 4, reported speech: a relative clause that ends a content.

A content that ends with a name often runs on with a relative clause that
the writer adds about that name (``Roe said the pier was sold to Harbour
Holdings, which also owns the ferry``): background, not what the source
said.  :func:`relative_end` ends such a content at the comma;
:func:`appositive_end` ends one before a closing appositive with ``a`` or
``an`` (``..., a blow the valley had feared``).
"""

from __future__ import annotations

import re

from quoteattr.rules.reported.records import Sentence

#: A comma, then a relative pronoun that opens a clause about what stands before it.
_RELATIVE_RE = re.compile(r",\s+(which|who)\s")
#: A comma, then an indefinite article: an appositive (``, a move the port had resisted``).
_APPOSITIVE_RE = re.compile(r",\s+(an?)\s")
#: The fewest words a content has before an appositive that ends it: a shorter
#: one is a phrase the clause goes on from (``that, in a way, ...``).
_APPOSITIVE_AFTER = 4
#: A comma inside the relative clause, then a word: the clause may close there,
#: and the content go on with its predicate (``Lund, who chairs the board, has left``).
_RESUME_RE = re.compile(r",\s+([\w'’-]+)")


def relative_end(s: Sentence, start: int, end: int) -> int:
    """Where a content from *start* to *end* ends before a relative clause set off by
    a comma after a name, when that clause runs to the content's end (``... sold to
    Harbour Holdings, which also owns the ferry``); else *end*.  Not when the clause
    closes at a later comma and a verb goes on (``... that Lund, who chairs the
    board, would leave``: the relative sits inside the subject).  Measured: the
    same cut after any word (``the old sluice, which floods``) gained on PolNeAR
    train and lost on dev, where the annotators keep such clauses as often as not."""
    text = s.text
    m = _RELATIVE_RE.search(text, start, end)
    while m is not None:
        pos = m.start()
        if pos > start and not s.quoted.contains(pos) and _after_name(text, start, pos) and _terminal(s, m.end(), end):
            return pos
        m = _RELATIVE_RE.search(text, m.end(), end)
    return end


def appositive_end(s: Sentence, start: int, end: int) -> int:
    """Where a content from *start* to *end* ends before an appositive with ``a`` or
    ``an`` that sums up or describes what comes before it and runs to the content's
    end (``Roe said the mill would cut 300 jobs, a blow the valley had feared``);
    else *end*.  Only after a clause of :data:`_APPOSITIVE_AFTER` words or more, not
    after a name (``..., the post went to Hollis Marr, a boatwright``: PolNeAR's
    annotators keep a description of a name inside the content as often as not;
    measured, the cut after a name too: train +8 matched reports, dev -1) and not
    when a verb of the clause
    follows the appositive (``Marr, a boatwright, would row``)."""
    text = s.text
    m = _APPOSITIVE_RE.search(text, start, end)
    while m is not None:
        pos = m.start()
        if (
            not s.quoted.contains(pos)
            and len(text[start:pos].split()) >= _APPOSITIVE_AFTER
            and not _after_name(text, start, pos)
            and _terminal(s, m.end(), end)
        ):
            return pos
        m = _APPOSITIVE_RE.search(text, m.end(), end)
    return end


def _after_name(text: str, start: int, pos: int) -> bool:
    """True when the word before the comma at *pos* is a capitalised word
    (``... Harbour Holdings``, ``praised Lund``) or a handle (``@LundPort``).
    String methods on a window of 40 characters, not a pattern anchored at the
    window's end, which a search would try from every start in a long word
    (quadratic)."""
    chunk = text[max(start, pos - 40) : pos].rstrip()
    return bool(chunk) and chunk.rsplit(None, 1)[-1].lstrip("@")[:1].isupper()


def _terminal(s: Sentence, lo: int, end: int) -> bool:
    """True when no comma between *lo* and *end* is followed by a verb of the clause
    the relative was set into (a form of *be*, an auxiliary or a finite verb)."""
    w = s.w
    for m in _RESUME_RE.finditer(s.text, lo, end):
        word = m.group(1)
        if word.islower() and (word in w.be_forms or w.is_auxiliary(word) or w.is_finite_verb(word)):
            return False
    return True
