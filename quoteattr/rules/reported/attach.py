"""Stage 4 and 5, reported speech: the reports of a document, named, and the partial quotes in them.

:func:`attach_reports` finds the reports (:func:`~quoteattr.rules.reported.scan.find_reports`),
names each source the way a direct quote's speaker is named (after every
direct quote, so the direct quotes read the same names with or without
reports), and gives a partial quote (a direct quote inside a report's
content) the report's source and cue: rule ``PARTIAL_IN_REPORT``.  A quote
inside narration that no report holds is then bound by its own clause
(:mod:`~quoteattr.rules.reported.partial`); a run without reports binds
such quotes by their clause too (:func:`attach_partial_quotes`), after
reading again the one cue of a sentence whose subject the local rules read
far from it (:mod:`~quoteattr.rules.reported.reread`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any, NamedTuple

from quoteattr.document import Binding, Document
from quoteattr.resolve.news import NewsNames
from quoteattr.rules.reported.clauses import relative_label
from quoteattr.rules.reported.leadpara import PREVIOUS_PARAGRAPH_CUE, bind_by_previous_paragraph
from quoteattr.rules.reported.nested import bare_relative, source_after_relative
from quoteattr.rules.reported.partial import (
    PARTIAL_CLAUSE_SUBJECT,
    PARTIAL_EARLIER_QUOTE,
    PARTIAL_LATER_TAG,
    PARTIAL_PASSIVE_AGENT,
    PARTIAL_RELATIVE_CUE,
    PARTIAL_SUBORDINATE_SUBJECT,
    TAG_RULES,
    bind_by_clause,
    bind_by_later_tag,
    bind_by_passive_agent,
    bind_by_subordinate_clause,
    in_turns,
    named,
)
from quoteattr.rules.reported.pieces import content_pieces
from quoteattr.rules.reported.possessive import PARTIAL_POSSESSIVE_NOUN, bind_by_possessive_noun
from quoteattr.rules.reported.read import EMITTED, SEQUENCE
from quoteattr.rules.reported.records import Report
from quoteattr.rules.reported.reread import reread_sentence_cues
from quoteattr.rules.reported.scan import find_reports
from quoteattr.rules.reported.words import ReportWords
from quoteattr.rules.rule import Rule
from quoteattr.text.chars import CLOSING_QUOTES, SENTENCE_TERMINALS


class ReportItem(NamedTuple):
    """A report ready to become a ``Quote(kind="indirect")``: its content, its named
    source (``None`` when the text names none), its cue, rule and confidence, and
    the content's pieces when the cue's phrase splits it
    (:func:`~quoteattr.rules.reported.pieces.content_pieces`; ``None`` for one piece)."""

    start: int
    end: int
    binding: Binding | None
    cue: tuple[int, int]
    rule: str
    confidence: float
    pieces: tuple[tuple[int, int], ...] | None


#: Rules that bind a quote from a cue right after it (or a label): a report
#: around the quote does not override them.  A cue right before the quote
#: (``SPEAKER_CUE_QUOTE``) does not count: a report whose content holds more
#: than that quote makes it a partial quote of the report.
_STRONG_RULES = frozenset(
    {
        "QUOTE_CUE_SPEAKER",
        "QUOTE_SPEAKER_CUE",
        "QUOTE_DASH_SPEAKER",
        "ACCORDING_TO",
        "TRANSCRIPT_LABEL",
    }
)


#: The rules whose binding a subordinate clause between their cue and the
#: quote overrides (rule PARTIAL_SUBORDINATE_SUBJECT), with and without reports.
_SUBORDINATE_OVER = frozenset({"PARTIAL_IN_REPORT", "SENTENCE_CUE", "SENTENCE_SUBJECT"})
_SUBORDINATE_OVER_PLAIN = frozenset({"SENTENCE_CUE", "SENTENCE_SUBJECT"})


def attach_reports(
    doc: Document, news: NewsNames, bindings: Sequence[Binding | None]
) -> tuple[list[Binding | None], list[ReportItem]]:
    """The bindings with partial quotes bound to their reports, and the reports.

    In a document read as dialogue a source keeps its own name (the cast of a
    novel names quotes, not reports).
    """
    result = list(bindings)
    starts = [q.start for q in doc.spans]
    items: list[ReportItem] = []
    for report in find_reports(doc.text, doc.paragraphs, doc.spans, doc.lexicon):
        binding = None
        if report.mention is not None:
            binding = Binding(report.mention, report.cue, report.rule, report.confidence)
            binding = (
                binding.named(report.mention.name, None) if doc.dialogue else news.name(binding)
            )
            bind_partial_quotes(doc, starts, report, binding, result)
        items.append(
            ReportItem(
                report.start,
                report.end,
                binding,
                report.cue,
                report.rule,
                report.confidence,
                content_pieces(doc.text, report.start, report.end, report.cue, report.mention),
            )
        )
    bind_relative_labels(doc, news, result)
    _bind_by_own_clause(doc, news, result, _SUBORDINATE_OVER)
    return result, items


def attach_partial_quotes(doc: Document, news: NewsNames, bindings: Sequence[Binding | None]) -> list[Binding | None]:
    """The bindings of a run without reports (``indirect=False``), with partial
    quotes bound by their own clause as :func:`attach_reports` binds them after
    the reports.  First a quote that a sentence's cue before it binds,
    that cue's subject read away from it (``Roe, the editor of the weekly, said
    ...``), takes the source of the report the report rules read at that cue
    when the report holds the quote (``PARTIAL_IN_REPORT``,
    :func:`~quoteattr.rules.reported.reread.reread_sentence_cues`).  Then a
    quote in a subordinate clause by that clause's subject
    (``PARTIAL_SUBORDINATE_SUBJECT``), and a quote inside narration that no rule
    binds, or only a neighbour's speaker, by the subject of the nearest verb
    before it (``PARTIAL_CLAUSE_SUBJECT``).

    No other report is read: the reports of every sentence with a partial
    quote would make the run without them about a fifth slower (measured on
    PolNeAR train; all reports, about twice as slow).
    """
    result = list(bindings)
    reread_sentence_cues(doc, news, result, PARTIAL_IN_REPORT.id, PARTIAL_IN_REPORT.confidence)
    _bind_by_own_clause(doc, news, result, _SUBORDINATE_OVER)
    return result


def _bind_by_own_clause(
    doc: Document, news: NewsNames, bindings: list[Binding | None], subordinate_over: frozenset[str]
) -> None:
    """The clause rules for partial quotes, in their order, with or without reports (in place).

    *subordinate_over* are the rules a subordinate clause's subject overrides.
    """
    bind_by_subordinate_clause(doc, news, bindings, subordinate_over)
    bind_by_clause(doc, news, bindings)
    bind_by_later_tag(doc, bindings)
    bind_by_possessive_noun(doc, news, bindings)
    bind_by_passive_agent(doc, news, bindings)
    bind_by_previous_paragraph(doc, news, bindings)
    doc.forget_narration()  # the parts kept for these rules


def bind_relative_labels(doc: Document, news: NewsNames, bindings: list[Binding | None]) -> None:
    """Give a quote right after a relative clause's cue that clause's subject (in place):
    rule ``PARTIAL_RELATIVE_CUE``, over a report around the quote or no binding.
    Not in a conversation (:func:`~quoteattr.rules.reported.partial.in_turns`)."""
    w = ReportWords.of(doc.lexicon)
    text = doc.text
    for i, current in enumerate(bindings):
        if current is not None and current.rule != PARTIAL_IN_REPORT.id or in_turns(doc, i):
            continue
        opened = doc.spans[i].open_at
        window = text[max(0, opened - 80) : opened].lower()
        if not any(word in window for word in w.relative_pronouns):
            continue  # no relative pronoun near: the sentence is not read
        # The "before" part kept for the clause rules that run next (not a second read of it).
        found = relative_label(w, doc.narration_before(i)[0])
        if found is not None:
            binding = Binding(*found, PARTIAL_RELATIVE_CUE.id, PARTIAL_RELATIVE_CUE.confidence)
            bindings[i] = named(doc, news, binding)


def bind_partial_quotes(
    doc: Document,
    starts: list[int],
    report: Report,
    binding: Binding,
    bindings: list[Binding | None],
) -> None:
    """Give each direct quote inside *report*'s content the report's source (in place).

    A quote bound by a strong rule keeps its binding, and so does one already
    bound to an earlier report: the outermost report around a quote wins
    (the innermost measured worse on PolNeAR), unless the inner report's
    source follows a relative pronoun.
    """
    k = bisect.bisect_left(starts, report.start)
    if k == len(starts) or starts[k] >= report.end or bare_relative(ReportWords.of(doc.lexicon), doc.text, report):
        return  # no quote inside (the common case), or a relative clause's thing speaks
    kept = _STRONG_RULES if _relative_source(doc, report) else _STRONG_RULES | {PARTIAL_IN_REPORT.id}
    end = report.end
    if _in_fronted_clause(doc, report):
        # The clause after the report's is the sentence's main clause, no tag of
        # the quote; the comma that closes the fronted clause may sit inside the
        # quote's closing mark ('After Roe said ... "the quiet routes," Lund said').
        kept = kept - TAG_RULES
        if doc.text.startswith(",", end):
            end += 1
    while k < len(starts) and starts[k] < report.end:
        current = bindings[k]
        if doc.spans[k].end <= end and (current is None or current.rule not in kept):
            bindings[k] = binding.copied(PARTIAL_IN_REPORT.id, PARTIAL_IN_REPORT.confidence)
        k += 1


#: How far before a report's source its sentence's opening word may stand.
_OPENER_REACH = 30

#: What ends the sentence before a subordinator, and the closing marks that may follow it.
_SENTENCE_ENDS = tuple(sorted(SENTENCE_TERMINALS))
_CLOSING_MARKS = "".join(sorted(CLOSING_QUOTES))


def _in_fronted_clause(doc: Document, report: Report) -> bool:
    """True when *report* is told in a subordinate clause that opens its
    sentence, its source right after the subordinator (``After Roe said that
    ...``, ``When Roe later spoke and said she would ...``).  A quote at the
    end of that clause is the report's, not a tag's after it: what follows the
    clause is the sentence's main clause (``..., Lund said: "..."``, ``...,
    the crowd cheered``), which tells of another speaker or none."""
    if report.mention is None or report.mention.start >= report.cue[0]:
        return False
    w = ReportWords.of(doc.lexicon)
    lo = max(0, report.mention.start - _OPENER_REACH)
    head = doc.text[lo : report.mention.start]
    words = head.split()
    if not words or words[-1].lower() not in w.subordinators:
        return False
    rest = head[: head.rfind(words[-1])]
    if len(words) > 1 and words[-2].lower() in w.coordinators:
        rest = rest[: rest.rfind(words[-2])]  # "And when Roe said ..."
    if "\n" in rest[len(rest.rstrip()) :]:
        return True  # the subordinator opens a paragraph
    rest = rest.rstrip().rstrip(_CLOSING_MARKS)
    return rest.endswith(_SENTENCE_ENDS) or not rest and lo == 0


def _relative_source(doc: Document, report: Report) -> bool:
    """True when *report*'s source follows a relative pronoun (``the dockers, whom
    he described as "patient"``, ``which he called "a racket"``): a report
    inside another's content whose own speaker names what the quote labels, so
    it binds the quote over the report around it."""
    if report.mention is None or report.mention.start >= report.cue[0]:
        return False
    return source_after_relative(ReportWords.of(doc.lexicon), doc.text, report, reach=40)


PARTIAL_IN_REPORT: Rule[Any] = Rule(
    id="PARTIAL_IN_REPORT",
    family="reported",
    summary=(
        "A direct quote inside a report's content, not bound by a cue right after it, takes the "
        "report's source; without reports, only the report of its sentence's cue before it when "
        "that cue's subject does not stand right before it."
    ),
    example='Two in three said the plan was "a mistake" from the start.',
    speaker="Two in three",
    confidence=0.8,
    run=bind_partial_quotes,
    weaker=(
        ("a parenthetical report", 0.75),
        ("a participle's or a speech noun's report", 0.7),
        ("a passive report", 0.6),
    ),
    emitted_by=tuple(rule.id for rule in SEQUENCE),
)

#: Ids the reported stage binds with besides those of its rules' functions.
ATTACHED: tuple[Rule[Any], ...] = (
    *EMITTED,
    PARTIAL_IN_REPORT,
    PARTIAL_RELATIVE_CUE,
    PARTIAL_SUBORDINATE_SUBJECT,
    PARTIAL_CLAUSE_SUBJECT,
    PARTIAL_EARLIER_QUOTE,
    PARTIAL_LATER_TAG,
    PARTIAL_PASSIVE_AGENT,
    PARTIAL_POSSESSIVE_NOUN,
    PREVIOUS_PARAGRAPH_CUE,
)
