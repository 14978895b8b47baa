"""Stage 5, reported speech without reports: a sentence's cue read again by the report rules.

A run without reports (``indirect=False``) binds a partial quote by the cue
of its sentence (``SENTENCE_CUE``), whose subject the local rules read with
less care than the report rules do when words stand between the subject and
the cue: an age and a home town (``Roe, 61, of Wellow, Dunshire, claimed``), an
appositive (``Roe, the editor of the weekly, The Tide, said``), a long one
whose comma makes the cue look inverted (``Roe, the ferryman whose boat
sank, wrote that Lund "..."`` read as said by Lund), a fronted phrase with a
place in it before a participle's subject (``At the docks of Wenlow,
Dunshire, Roe lost patience, warning ...`` read as said by Dunshire).  When a
comma stands between the cue and a subject the local reading took after a
comma or a preposition (or after the cue), the report rules read that one
cue in the quote's sentence
(:func:`~quoteattr.rules.reported.read.read_cue`), and a report whose
content holds the quote gives the quote its source, as ``PARTIAL_IN_REPORT``
does in a run with reports.  A participle reads its subject further back
than a finite verb, and the two readings differ as often as not: its cue is
read again only in a sentence that opens with an adverbial phrase, and its
report's source counts only past a comma after the local reading's subject.
A relative pronoun as the source never counts: the local reading names it
by its antecedent.  The text alone picks those cues before any tokens, so
the run without reports stays as fast as before (183 cues read on PolNeAR
train before the filter on the word before the subject cost 3-4% of its
time; reading every sentence with a partial quote would cost about a fifth).
"""

from __future__ import annotations

import re

from quoteattr.document import Binding, Document
from quoteattr.resolve.news import NewsNames
from quoteattr.rules.local import SENTENCE_CUE
from quoteattr.rules.reported.nested import bare_relative
from quoteattr.rules.reported.partial import in_turns, named
from quoteattr.rules.reported.records import TERMINAL_PUNCT, Quoted
from quoteattr.rules.reported.scan import _window_reports as window_reports
from quoteattr.rules.reported.words import ReportWords
from quoteattr.text.segment import first_sentence_end


def reread_sentence_cues(doc: Document, news: NewsNames, bindings: list[Binding | None], rule_id: str, confidence: float) -> None:
    """Rebind each quote inside narration that ``SENTENCE_CUE`` bound to a cue
    before it, whose subject does not stand right before the cue, to the
    source of the report that cue gives when that report's content holds the
    quote (in place), under *rule_id* with at most *confidence*.  Not in a
    conversation (:func:`~quoteattr.rules.reported.partial.in_turns`)."""
    text = doc.text
    w = ReportWords.of(doc.lexicon)
    quoted: Quoted | None = None
    for i, current in enumerate(bindings):
        if current is None or current.rule != SENTENCE_CUE.id or current.cue is None:
            continue
        q = doc.spans[i]
        cue_start = current.cue[0]
        if cue_start >= q.open_at or (current.mention.end <= cue_start and text.find(",", current.mention.end, cue_start) < 0):
            continue  # a cue after the quote, or no comma between subject and cue ("Roe has long said"): the local reading holds
        if current.mention.end <= cue_start and not _object_like(w, text, current.mention.start):
            continue  # a subject that opens its phrase: the local reading holds (no tokens yet)
        entry = w.verbs.get(text[cue_start : current.cue[1]].split()[0].lower())
        if entry is None or in_turns(doc, i):
            continue
        if entry.gerund and text.find(",", current.mention.end, text.rfind(",", current.mention.end, cue_start)) < 0:
            continue  # no comma after the subject but the participle's own: no fronted phrase to read past (no tokens yet)
        before, at_start, _ = doc.narration_before(i)
        if not before or not at_start or before[0].start > cue_start:
            continue
        fronted = before[0].text.lower() in doc.lexicon.adverbial_openers
        if entry.gerund and not fronted:
            continue  # a participle reads its subject further back: the two readings differ as often as not
        if quoted is None:
            quoted = Quoted(doc.spans)
        p1 = doc.paragraphs[q.paragraph][1]
        s0 = before[0].start
        s1 = first_sentence_end(text, q.close_at, min(p1, q.close_at + doc.config.window), doc.lexicon)
        content_end = s1
        while content_end > s0 and (text[content_end - 1] in TERMINAL_PUNCT or text[content_end - 1].isspace()):
            content_end -= 1
        for report in window_reports(w, text, (s0, s1, content_end), [cue_start], quoted):
            if report.mention is None or report.cue[0] != cue_start:
                continue
            if report.mention.start == current.mention.start or report.mention.name.lower() in w.relative_pronouns or bare_relative(w, text, report):
                break  # the same mention, or a relative pronoun: the local reading names it better (by its antecedent)
            if entry.gerund and (report.mention.start < current.mention.end or "," not in text[current.mention.end : report.mention.start]):
                break  # a participle's subject read again only past the fronted phrase ("At a fair in Tralee, Kerry, Roe ...")
            # A content ends at its last word: a quote may close one mark after it ('... "a show-off."').
            if report.start <= q.start and q.end <= report.end + 1:
                binding = Binding(report.mention, report.cue, rule_id, min(confidence, report.confidence))
                bindings[i] = named(doc, news, binding)
            break


#: The word (or comma, or semicolon) right before a mention.  The lookbehind makes a
#: search start only where a word starts: linear over any window.
_WORD_BEFORE_RE = re.compile(r"((?<![\w'’])[\w'’]+|[,;])\s*$")


def _object_like(w: ReportWords, text: str, start: int) -> bool:
    """True when the mention at *start* follows a comma or a preposition (``of
    Wellow, Dunshire,``, ``at the docks of Wenlow, Dunshire,``, ``the editor of the weekly, The
    Tide,``): a place or a phrase of an appositive the local reading may take
    for the subject."""
    m = _WORD_BEFORE_RE.search(text, max(0, start - 24), start)
    return m is not None and (m.group(1) in ",;" or m.group(1).lower() in w.prepositions)
