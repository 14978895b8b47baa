"""Stage 4, reported speech: polls as sources; ``In a May poll, 31 percent of voters said ...`` reports for the poll.

News reports a survey's findings as speech of the people counted (``31
percent of voters said the tax was "a mistake"``); the shares speak only
through the poll that an opening ``In a ... poll,`` names (or that opens the
sentence as its subject: ``The May poll finds that ...``), and the report
(and any partial quote in it) is the poll's.  The rule reads only those
places, so a count with no poll named keeps its own subject (``Two in
three said``, rule ``REPORT_VERB``).
"""

from __future__ import annotations

from typing import Any

from quoteattr.document import Mention
from quoteattr.mentions import is_word
from quoteattr.rules.reported.records import Found, Sentence, index_at
from quoteattr.rules.rule import Rule

#: How far back from a group's mention its share is read, in tokens
#: (``31 percent of Republicans and Republican-leaning voters``).
_GROUP_REACH = 6

#: The longest opening phrase read, in tokens (``In a national poll released
#: on Monday by two networks,``).
_OPENING_REACH = 14


def _share_subject(s: Sentence, mention: Mention) -> bool:
    """True when *mention* counts a share of a group: ``31 percent of voters``,
    ``a majority of them`` (the mention read is the group after ``of``), or
    ``six in 10 voters``."""
    w = s.w
    tokens = s.tokens
    share = w.cls("share")
    if any(word.lower() in share for word in mention.name.split()):
        return True
    m = index_at(s, mention.start)
    if m >= 1 and tokens[m].text.isdigit() and tokens[m - 1].text.lower() == "in":
        return True  # "six in 10 voters", read from its number
    # "31 percent of Republicans and independents": the share before "of",
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
    """The poll that opens the sentence as its subject, before token *before*
    (``The May poll also finds that, while 40 percent of voters say ...``,
    ``But a new poll shows ...: six in 10 voters said ...``)."""
    w = s.w
    tokens = s.tokens
    first = s.first_word
    if first < len(tokens) and tokens[first].text.lower() in w.coordinators:
        first += 1
    for i in range(first, min(before - 1, first + _OPENING_REACH)):
        tok = tokens[i]
        if not (is_word(tok) or tok.text in "-/&."):
            return None
        if tok.text.lower() in w.cls("survey") and i > first:
            nxt = tokens[i + 1]
            if not (is_word(nxt) and nxt.text.islower()):
                return None  # "A poll, taken ...": the survey must be followed by its verb
            words = tokens[first : i + 1]
            name = " ".join(t.text for t in words)
            return Mention(words[0].start, words[-1].end, "description", name, "", "")
    return None


def survey_source(s: Sentence, found: Found | None) -> Found | None:
    """*found* with the poll as its source when its source is a share of a group
    and the sentence opens with the poll (``In a May poll, 31 percent of voters
    said ...``) or has it as its subject (``The May poll finds that 31 percent
    of voters say ...``); else *found* as it is."""
    if found is None or found.report.mention is None:
        return found
    mention = found.report.mention
    if not _share_subject(s, mention):
        return found
    at = index_at(s, mention.start)
    poll = _opening_survey(s, at) or _subject_survey(s, at)
    if poll is None:
        return found
    report = found.report._replace(
        mention=poll, rule=REPORT_SURVEY.id, confidence=REPORT_SURVEY.confidence
    )
    return found._replace(report=report)


REPORT_SURVEY: Rule[Any] = Rule(
    id="REPORT_SURVEY",
    family="reported",
    summary=(
        "A reporting verb whose subject is a share of a group (31 percent of voters, six in 10)"
        " reports for the poll or study an opening 'In a ... poll,' names, or that is the"
        " sentence's subject (The May poll finds that ...)."
    ),
    example="In a spring survey, 40 percent of anglers said the pier was unsafe.",
    speaker="a spring survey",
    confidence=0.7,
    run=survey_source,
    emitted_by=("REPORT_VERB",),
)
