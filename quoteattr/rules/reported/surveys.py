"""Stage 4, reported speech: polls as sources; ``In a spring survey, 40 percent of anglers said ...`` reports for the survey.

News reports a survey's findings as speech of the people counted (``40
percent of anglers said the pier was "unsafe"``); the shares speak only
through the poll that an opening ``In a ... poll,`` names (or that opens the
sentence as its subject: ``A spring survey shows that most anglers ...``), and the report
(and any partial quote in it) is the poll's: its content is the finding, from the
share on (``40 percent of anglers said the pier was unsafe``).  The rule reads only those
places, so a count with no poll named keeps its own subject (``Two in
three said``, rule ``REPORT_VERB``).
"""

from __future__ import annotations

import operator
from typing import Any

from quoteattr.document import Mention
from quoteattr.mentions import is_word
from quoteattr.rules.reported.records import Found, Sentence, index_at
from quoteattr.rules.rule import Rule

#: How far back from a group's mention its share is read, in tokens
#: (``40 percent of anglers and their crews``).
_GROUP_REACH = 6

#: The longest opening phrase read, in tokens (``In a harbour survey taken
#: over three weeks by the port board,``).
_OPENING_REACH = 14

#: A token's text.
_TEXT = operator.itemgetter(2)


def _share_form(word: str) -> str:
    """*word* lowercased, a share written with its number (``22%``) read as its sign."""
    lower = word.lower()
    return "%" if lower.endswith("%") and lower[:-1].replace(".", "").isdigit() else lower


def _finite_after(s: Sentence, i: int) -> bool:
    """True when a finite verb follows token *i*, past at most one adverb
    (``shows``, ``found``, ``also finds``): the words before it are its subject."""
    w = s.w
    tokens = s.tokens
    for j in (i + 1, i + 2):
        if j >= len(tokens) or not (is_word(tokens[j]) and tokens[j].text.islower()):
            return False
        word = tokens[j].text
        if (
            word in w.cls("survey_verb")
            or word in w.auxiliaries
            or word in w.verbs
            or word in w.irregular_pasts
            or word.endswith(w.past_endings)
        ):
            return True
        if not (word in w.lexicon.auxiliaries_adverbs or word.endswith(w.adverb_endings)):
            return False
    return False


def _share_subject(s: Sentence, mention: Mention) -> bool:
    """True when *mention* counts a share of a group: ``40 percent of anglers``,
    ``a majority of them`` (the mention read is the group after ``of``), or
    ``six in 10 voters``."""
    w = s.w
    tokens = s.tokens
    share = w.cls("share")
    # The share heads the mention past a determiner or number and, unless a
    # number counts it ("40 percent"), is all of it ("a third"); or it stands
    # right before "of".  In "the majority leader" or "the third skipper" the
    # share word only modifies a name.  A clause's opening word ("and",
    # "while") may lead the mention read.
    words = [_share_form(word) for word in mention.name.split()]
    k = 0
    while k < len(words) - 1 and words[k] in w.coordinators | w.cls("subordinator"):
        k += 1
    while k < len(words) - 1 and (words[k] in w.determiners or words[k].isdigit()):
        k += 1
    if words and words[k] in share and (k == len(words) - 1 or (k > 0 and words[k - 1].isdigit())):
        return True
    if any(word in share and nxt == "of" for word, nxt in zip(words, words[1:], strict=False)):
        return True
    m = index_at(s, mention.start)
    if m >= 1 and tokens[m].text.isdigit() and tokens[m - 1].text.lower() == "in":
        return True  # "six in 10 voters", read from its number
    # "40 percent of anglers and sailors": the share before "of",
    # read back past the group's first words, within the clause.
    j = m - 1
    while j >= 1 and m - j <= _GROUP_REACH and tokens[j].text != ",":
        if tokens[j].text.lower() == "of" and tokens[j - 1].text.lower() in share:
            return True
        j -= 1
    return m >= 2 and tokens[m - 1].text.isdigit() and tokens[m - 2].text.lower() == "in"


def _opening_survey(s: Sentence, before: int) -> Mention | None:
    """The poll an opening ``In a ... poll,`` names, when its comma stands before token *before*."""
    w = s.w
    tokens = s.tokens
    first = s.first_word
    if first >= len(tokens) or tokens[first].text.lower() != "in":
        return None
    comma = next(
        (i for i in range(first + 1, min(len(tokens), first + _OPENING_REACH)) if tokens[i].text == ","),
        None,
    )
    if comma is None or comma >= before or comma <= first + 1:
        return None
    words = tokens[first + 1 : comma]
    if not any(t.text.lower() in w.cls("survey") for t in words) or not all(
        is_word(t) or t.text in "-/&." for t in words
    ):
        return None
    name = " ".join(t.text for t in words)
    return Mention(words[0].start, words[-1].end, "description", name, "", "")


def _subject_survey(s: Sentence, before: int) -> Mention | None:
    """The poll that opens the sentence as its subject, before token *before*:
    a determiner, the survey noun last, then its finite verb (``A spring survey
    shows that ...``, ``But a new poll finds ...: six in 10 voters said ...``)."""
    w = s.w
    tokens = s.tokens
    first = s.first_word
    if first < len(tokens) and tokens[first].text.lower() in w.coordinators:
        first += 1
    if first >= len(tokens) or tokens[first].text.lower() not in w.determiners:
        return None  # "Asked about the poll results, ...": no survey as subject
    for i in range(first + 1, min(before - 1, first + _OPENING_REACH)):
        tok = tokens[i]
        if not (is_word(tok) or tok.text in "-/&."):
            return None
        if tok.text.lower() in w.cls("survey"):
            if not _finite_after(s, i):
                return None  # "The poll numbers worried ...": the survey must be followed by its verb
            words = tokens[first : i + 1]
            name = " ".join(t.text for t in words)
            return Mention(words[0].start, words[-1].end, "description", name, "", "")
    return None


def _opens_near_survey(s: Sentence) -> bool:
    """True when a survey noun stands among the tokens after the sentence's first
    word that :func:`_opening_survey` and :func:`_subject_survey` read: a cheap
    test that spares most reports the reading of their source as a share."""
    first = s.first_word
    # Lowercased and tested by the set in C: this runs for every report a verb gives.
    words = map(str.lower, map(_TEXT, s.tokens[first + 1 : first + _OPENING_REACH + 1]))
    return not s.w.cls("survey").isdisjoint(words)


def survey_source(s: Sentence, found: Found | None) -> Found | None:
    """*found* with the poll as its source when its source is a share of a group
    and the sentence opens with the poll (``In a spring survey, 40 percent of
    anglers said ...``) or has it as its subject (``A spring survey shows that
    most anglers ...``); else *found* as it is."""
    if found is None or found.report.mention is None:
        return found
    mention = found.report.mention
    if not _opens_near_survey(s) or not _share_subject(s, mention):
        return found
    at = index_at(s, mention.start)
    poll = _opening_survey(s, at) or _subject_survey(s, at)
    if poll is None:
        return found
    report = found.report._replace(
        start=min(found.report.start, _share_start(s, at)),
        mention=poll,
        rule=REPORT_SURVEY.id,
        confidence=REPORT_SURVEY.confidence,
    )
    return found._replace(report=report)


def _share_start(s: Sentence, m: int) -> int:
    """The offset where the share whose group's mention starts at token *m* begins
    (``40 percent of anglers``, ``a majority of them``): what the poll reports is
    the finding, the share and what it said, not only what the share said."""
    w = s.w
    tokens = s.tokens
    lead = w.share_leads
    j = m
    while j - 1 >= s.first_word and m - (j - 1) <= _GROUP_REACH and (
        _share_form(tokens[j - 1].text) in lead
        or tokens[j - 1].text.replace(".", "").isdigit()
        # "3.5 percent" comes as "3", ".", "5": the mark inside a number is part of the share
        or (tokens[j - 1].text in ".," and j - 2 >= s.first_word and tokens[j - 2].text.isdigit() and tokens[j].text[:1].isdigit())
    ):
        j -= 1
    while j <= m and tokens[j].text.lower() in w.clause_openers:
        j += 1  # "while 60 percent said ...": the clause's opening word is no part of the finding
    return tokens[j].start


REPORT_SURVEY: Rule[Any] = Rule(
    id="REPORT_SURVEY",
    family="reported",
    summary=(
        "A reporting verb whose subject is a share of a group (40 percent of anglers, six in 10)"
        " reports for the poll or study an opening 'In a ... poll,' names, or that is the"
        " sentence's subject (A spring survey shows that ...)."
    ),
    example="In a spring survey, 40 percent of anglers said the pier was unsafe.",
    speaker="a spring survey",
    confidence=0.7,
    run=survey_source,
    emitted_by=("REPORT_VERB",),
)
