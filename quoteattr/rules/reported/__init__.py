"""Stage 4, reported speech: indirect quotes outside quotation marks, with their source and cue.

A report is content that a speech cue reports without quoting it:
``Okafor said the project would cost 14 million pounds``.  This package finds
each report's cue, its source mention and the extent of its content, and
returns them as plain :class:`Report` records (:func:`find_reports`);
:func:`attach_reports` names the sources as speakers are named and gives
partial quotes their report's source, and :mod:`quoteattr.attribute` builds
the ``Quote(kind="indirect")`` items.  Modules:
:mod:`~quoteattr.rules.reported.scan` (the document scan),
:mod:`~quoteattr.rules.reported.read` (one cue: the rule records),
:mod:`~quoteattr.rules.reported.according` (``according to X``),
:mod:`~quoteattr.rules.reported.afterquote` (a cue right after a quote),
:mod:`~quoteattr.rules.reported.blocks` (a block of words after a cue and its colon),
:mod:`~quoteattr.rules.reported.phrases` (sources and content starts),
:mod:`~quoteattr.rules.reported.subjects` (who speaks: a cue's subject),
:mod:`~quoteattr.rules.reported.timewords` (a subject that is a time phrase),
:mod:`~quoteattr.rules.reported.clauselead` (the subordinator that opens a cue's clause),
:mod:`~quoteattr.rules.reported.extent` (where a content does not end),
:mod:`~quoteattr.rules.reported.tails` (the words after a parenthetical cue),
:mod:`~quoteattr.rules.reported.nested` (reports inside another's content),
:mod:`~quoteattr.rules.reported.perfect` (a second perfect predicate ending a content),
:mod:`~quoteattr.rules.reported.proforms` (``said so``, ``said as much``),
:mod:`~quoteattr.rules.reported.words` (the words of a lexicon),
:mod:`~quoteattr.rules.reported.records`,
:mod:`~quoteattr.rules.reported.attach` (naming, partial quotes) and
:mod:`~quoteattr.rules.reported.partial` (partial quotes no report holds).

How a document is read, so that the cost stays linear in its length:

1. one compiled pass over the lowercased text finds every word that can be a
   reporting verb (``lang/en/report_verbs.tsv``), a speech noun
   (``report_nouns.txt``) or start ``according to``;
   words inside direct quotes are dropped (speech reported inside a quotation
   is part of the quotation, never a report of its own);
2. only the paragraphs with such a word are split into sentences, and only the
   sentences with one are tokenized;
3. each cue is read by the rules below, each looking at a bounded window of
   tokens around it; the content runs from the cue to the end of its sentence,
   or to the next report of the same sentence when that one is coordinated
   with it (``X said A, and Y said B``, ``..., adding that B``).

Rule ids and one example each:

==========================  ====================================================
``REPORT_ACCORDING_TO``     ``According to the harbour master, storms moved ...``
``REPORT_POSTPOSED``        ``The plan failed, officials said.`` / ``..., said the minister.``
``REPORT_PARENTHETICAL``    ``The plan, she said, would fail.``
``REPORT_VERB``             ``Okafor said (that) the project would cost ...``
``REPORT_PARTICIPLE``       ``The ministry wrote to members, saying the pier would close.``
``REPORT_PASSIVE``          ``It was reported that ...`` (no source)
``REPORT_NOUN``             ``the ministry's announcement that the port would reopen``
``PARTIAL_IN_REPORT``       ``Two in three said the plan was "a mistake"`` (the quote's speaker)
``PARTIAL_RELATIVE_CUE``    ``Okafor met the marchers, whom she described as "peaceful."``
``PARTIAL_CLAUSE_SUBJECT``  ``Okafor believes in schools that "teach the basics."`` (no report)
==========================  ====================================================

and ``REPORT_SURVEY`` (``In a May poll, 31 percent of voters said ...``: the
poll, see :mod:`~quoteattr.rules.reported.surveys`), ``PARTIAL_SUBORDINATE_SUBJECT`` (``Lund praised the plan after Okafor
blamed it on "bad luck."``: the quote is Okafor's), and
``PARTIAL_EARLIER_QUOTE`` (``Okafor spoke on "Harbour Talk" and on "The
Late Show."``: the second quote is the first one's); ``PARTIAL_LATER_TAG``,
``PARTIAL_POSSESSIVE_NOUN`` (``her remark that "..."``: hers) and
``PARTIAL_PASSIVE_AGENT`` (see :mod:`~quoteattr.rules.reported.partial` and
:mod:`~quoteattr.rules.reported.possessive`); last, ``PREVIOUS_PARAGRAPH_CUE``
(``Okafor said the pier would reopen.`` then a paragraph ``"We owe the town
that."``: Okafor's; see :mod:`~quoteattr.rules.reported.leadpara`).  Each id is a
:class:`~quoteattr.rules.rule.Rule` of family ``reported`` in
:data:`quoteattr.rules.RULES`.  Beliefs and intentions (``believes``,
``hopes``, ``plans to``) are not speech and have no entry in the lexicon.
"""

from __future__ import annotations

from quoteattr.rules.reported.attach import (
    ATTACHED,
    PARTIAL_IN_REPORT,
    ReportItem,
    attach_partial_quotes,
    attach_reports,
)
from quoteattr.rules.reported.read import EMITTED, SEQUENCE, ReportRun
from quoteattr.rules.reported.records import Report
from quoteattr.rules.reported.scan import find_reports

__all__ = [
    "ATTACHED",
    "EMITTED",
    "PARTIAL_IN_REPORT",
    "SEQUENCE",
    "Report",
    "ReportItem",
    "ReportRun",
    "attach_partial_quotes",
    "attach_reports",
    "find_reports",
]
