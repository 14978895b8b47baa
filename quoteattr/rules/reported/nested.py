"""Stage 4, reported speech: reports nested in another report's content.

A cue inside another report's content is part of what that report says
(``Officials said Roe had claimed ...``), except in a relative clause, which
PolNeAR annotates as a report of its own.  :func:`drop_nested` leaves out the
others, in time linear in the number of reports (after their sort).
"""

from __future__ import annotations

import bisect
import re

from quoteattr.rules.reported.records import LAST_WORD_RE, Report, Sentence
from quoteattr.rules.reported.words import ReportWords


def source_after_relative(w: ReportWords, text: str, report: Report, reach: int = 24) -> bool:
    """True when the report's source follows a relative pronoun within *reach*
    characters (``a rule that he said was unfair``, ``which Roe says ...``): a
    report of its own, even inside another report's content."""
    if report.mention is None:
        return False
    m = LAST_WORD_RE.search(text, max(0, report.mention.start - reach), report.mention.start)
    return m is not None and m.group(1).lower() in w.relative_pronouns


def bare_relative(w: ReportWords, text: str, report: Report) -> bool:
    """True when the report's source is a relative pronoun with no comma before
    it (``Lund ran an ad that called the plan "a racket"``): the clause tells of
    a thing the phrase before it names, so a quote inside it is not the thing's
    but the speaker's around it (measured on PolNeAR)."""
    mention = report.mention
    if mention is None:
        return False
    word = text[mention.start : mention.end].lower()
    return word in w.lexicon.relative_pronouns and not text[max(0, mention.start - 4) : mention.start].rstrip().endswith(",")


def relative_start(w: ReportWords, text: str, report: Report) -> int | None:
    """Where the relative clause that holds *report*'s source opens (see
    :func:`source_after_relative`): its relative pronoun, or a preposition right
    before it (``the interview in which she said ...``); None when no relative
    pronoun stands right before the source."""
    if not source_after_relative(w, text, report):
        return None
    assert report.mention is not None  # source_after_relative is False without one
    m = LAST_WORD_RE.search(text, max(0, report.mention.start - 24), report.mention.start)
    assert m is not None
    before = LAST_WORD_RE.search(text, max(0, m.start(1) - 16), m.start(1))
    return before.start(1) if before is not None and before.group(1).lower() in w.prepositions else m.start(1)


def drop_nested(w: ReportWords, text: str, reports: list[Report]) -> list[Report]:
    """Leave out each report whose cue lies inside another report's content.

    ``Officials said Roe had claimed the pier was safe``: one report, of the
    officials, whose content holds Roe's claim; Roe's claim is not a report of
    its own (PolNeAR annotates 25 such nested reports among 13,487).  A report
    left out this way does not leave out others in turn (``Lund, who says Roe
    is attacking him, said ...``: ``attacking`` lies in the content of
    ``says``, and its own content, which runs over ``said``, does not count).
    A report whose source follows a relative pronoun stays (``Roe cited the
    rules, which she said were unfair``; measured: train +8 matched for +18
    predicted, dev +2 for +3).  *reports* is sorted by start.
    """
    inside = _cue_inside(reports, [True] * len(reports))
    inside = _cue_inside(reports, [not flag for flag in inside])
    # The relative pronoun is looked for only before a cue that lies inside a content.
    return _one_per_content(
        w,
        text,
        [r for r, flag in zip(reports, inside, strict=True) if not flag or source_after_relative(w, text, r)],
    )


def _one_per_content(w: ReportWords, text: str, reports: list[Report]) -> list[Report]:
    """One report per content span: of two cues that read the same content, the
    first one's (``Brack said at the meeting they had called that ...``:
    ``they had called`` is a relative clause on ``the meeting``, and
    ``said`` reports the content), unless the second source is coordinated
    with the first cue (``Roe said, and Lund agreed, that ...``: both report
    it).  *reports* is sorted by span, so the reports of one span are next to
    each other."""
    out: list[Report] = []
    for report in reports:
        if out and (out[-1].start, out[-1].end) == (report.start, report.end):
            first, second = sorted((out[-1], report), key=lambda r: r.cue[0])
            if _coordinated(w, text, first, second):
                out[-1:] = [first, second]
            else:
                out[-1] = first
            continue
        out.append(report)
    return out


def lead_noun_end(s: Sentence, report: Report, earlier: list[Report], end: int) -> int:
    """Where the content of *report*, whose cue lies in the phrase between an
    *earlier* cue and that cue's own content, ends: before that content and its
    ``that`` (``Lund said in reply to Roe's claim that A that B``: the claim
    says A, Lund B), else at *end*."""
    for e in earlier:
        if report.rule == "REPORT_NOUN" and e.cue[1] <= report.cue[0] and report.start < e.start < end:
            k = bisect.bisect_left(s.starts, e.start)
            return s.starts[k - 1] if k > 0 and s.tokens[k - 1].text.lower() in s.w.complementizers else e.start
    return end


_COMMA_WORD_RE = re.compile(r"\s*,\s*(?:(\w+)\s+)?")
#: The same before the second source of a pair (``said, Lund and Vell agreed``):
#: the pair's first source and ``and``, up to four words.
_COMMA_PAIR_RE = re.compile(r"\s*,\s*(?:(\w+)\s+)??(?:[\w'’.-]+\s+){1,4}and\s+")


def _coordinated(w: ReportWords, text: str, first: Report, second: Report) -> bool:
    """True when *second*'s source follows *first*'s cue after a comma and a
    coordinator (``said, and Lund agreed``), or after a comma alone, a link of a
    longer chain whose clause follows both cues (``said, Lund agreed, and Vell
    confirmed, that ...``).  Two tags set off inside a clause (``The dam is safe,
    Roe said, Lund agreed, ...``) are no chain: one report."""
    if second.mention is None or second.mention.start < first.cue[1]:
        return False
    between = _COMMA_WORD_RE.fullmatch(text, first.cue[1], second.mention.start)
    between = between or _COMMA_PAIR_RE.fullmatch(text, first.cue[1], second.mention.start)
    if between is None:
        return False
    return second.start >= second.cue[1] if between.group(1) is None else between.group(1).lower() in w.coordinators


def _cue_inside(reports: list[Report], counted: list[bool]) -> list[bool]:
    """For each report, whether its cue lies inside the content of another report
    that *counted* marks.  The two largest ends over each prefix (by start) tell,
    for each cue, whether a content other than its own report's runs over it.
    """
    starts = [r.start for r in reports]
    tops: list[tuple[int, int, int]] = []  # per prefix: largest end, its index, second largest
    first, at, second = -1, -1, -1
    for n, report in enumerate(reports):
        if counted[n] and report.end > first:
            first, at, second = report.end, n, first
        elif counted[n] and report.end > second:
            second = report.end
        tops.append((first, at, second))
    out: list[bool] = []
    for n, report in enumerate(reports):
        k = bisect.bisect_right(starts, report.cue[0]) - 1
        if k >= 0:
            first, at, second = tops[k]
            out.append((second if at == n else first) > report.cue[0])
        else:
            out.append(False)
    return out


#: How far before a cue an opening parenthesis is looked for.
_BRACKET_REACH = 400


def in_brackets(text: str, report: Report) -> Report:
    """*report* with its content kept inside the parentheses that hold its cue
    (``The weir held (the tallest in the valley, Lund said) all night`` reports
    ``the tallest in the valley``): the writer sets the bracket apart, and a cue
    inside it speaks for nothing outside.  *report* itself when its cue stands in
    no pair of parentheses on its line, or when nothing would be left.  With it a
    content no longer holds the cue of a report outside the pair, which is then
    returned too.  PolNeAR train 4 more matched reports for 3 more predicted, dev
    unchanged."""
    lo = max(0, report.cue[0] - _BRACKET_REACH)
    opened = max(text.rfind("(", lo, report.cue[0]), -1)
    if opened < 0 or max(text.rfind(")", opened, report.cue[0]), text.rfind("\n", opened, report.cue[0])) > opened:
        return report
    closed = text.find(")", report.cue[1], report.cue[1] + _BRACKET_REACH)
    if closed < 0 or "\n" in text[report.cue[1] : closed] or "(" in text[report.cue[1] : closed]:
        return report
    start, end = max(report.start, opened + 1), min(report.end, closed)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    if (start, end) == (report.start, report.end) or end <= start:
        return report
    return report._replace(start=start, end=end)

