"""Stage 4, reported speech: what a finite cue reports when no words follow it.

A cue with its subject read and nothing after it in its clause may still
report: a block of text set off after its colon (:mod:`~quoteattr.rules.reported.blocks`),
or, for a verb that denies or disputes (class ``denial_verb``), the relative word
of the clause it closes: ``the charges, which Roe denies, were dropped``
reports ``which``, ``a claim that the guild disputes`` reports ``that``.  The
relative word stands for its head, which is what was denied; ``that``
is read with its head (``a claim that``).  Other verbs are
left out: ``everything he said``, ``what Lund told the board`` are mentions of
speech PolNeAR seldom marks (docs/reported-speech.md, "tried and left out").
"""

from __future__ import annotations

from quoteattr.lang import ReportVerb
from quoteattr.mentions import is_word
from quoteattr.rules.reported.blocks import block_after
from quoteattr.rules.reported.records import Sentence

#: Marks that may close the relative clause right after its cue.
_CLAUSE_END = frozenset(",.;:)")


def _relative_word(s: Sentence, i: int, m: int, entry: ReportVerb) -> tuple[int, int] | None:
    """The offsets of the relative word before the subject at token *m* of a
    denial verb whose clause ends at token *i*, or None."""
    w = s.w
    tokens = s.tokens
    if entry.lemma not in w.cls("denial_verb") or m < 2:
        return None
    after = tokens[i].text.lower() if i < len(tokens) else "."
    if not (after in _CLAUSE_END or after in w.subordinators or after in w.coordinators):
        return None  # "which Roe denied knowing": the cue has words of its own
    rel = tokens[m - 1].text.lower()
    head = tokens[m - 2]
    if rel == "which" and head.text == ",":
        # After a comma only: "The fees which Roe disputes, the board kept" is
        # left to the rules for a clause before its comma.
        return tokens[m - 1].start, tokens[m - 1].end
    # "a charge that the guild disputes": "that" after a noun; after a verb or
    # "and" it is a complementizer ("said that Roe conceded", "and that Roe conceded").
    # A word that may be either ("charge", "report") is a noun after a determiner.
    lower = head.text.lower()
    noun = lower not in w.verbs or m > 2 and tokens[m - 3].text.lower() in w.determiners
    if rel == "that" and is_word(head) and head.text.islower() and noun and not (
        lower in w.verbish or lower in w.coordinators or lower in w.prepositions
    ):
        # "that" alone is no phrase: the content is its head with it ("a charge that").
        first = m - 3 if m > 2 and tokens[m - 3].text.lower() in w.determiners else m - 2
        return tokens[first].start, tokens[m - 1].end
    return None


def bare_content(s: Sentence, i: int, m: int, entry: ReportVerb) -> tuple[int, int] | None:
    """The offsets of what a finite cue reports when no content follows it (the
    token after the cue is at *i*, its subject opens at token *m*), or None."""
    return block_after(s, i) or _relative_word(s, i, m, entry)
