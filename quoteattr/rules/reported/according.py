"""Stage 4, reported speech: ``according to X``, before, after or inside its content.

The rule record is :data:`~quoteattr.rules.reported.read.REPORT_ACCORDING_TO`;
its id and confidence are kept here, where the reports are made.
"""

from __future__ import annotations

from quoteattr.rules.reported.extent import describes_source, source_runs_on
from quoteattr.rules.reported.phrases import named_after_comma, phrase_after
from quoteattr.rules.reported.records import Found, Sentence, index_at, make_report, wrap
from quoteattr.rules.reported.relatives import predicate_follows
from quoteattr.rules.reported.subjects import agent_source

#: The id of the rule that reads ``according to``.
ACCORDING_ID = "REPORT_ACCORDING_TO"
#: Its confidence.
ACCORDING_CONFIDENCE = 0.85


#: How many tokens a source after "according to" may run on before its comma.
_SOURCE_REACH = 24


def according_to(s: Sentence, k: int) -> Found | None:
    """``According to X, CONTENT`` / ``CONTENT, according to X`` / ``A, according to X, B``."""
    w = s.w
    tokens = s.tokens
    if k + 2 >= len(tokens) or not w.opens_according(tokens, k):
        return None
    mention = w.mentions.subject_after(tokens, k + 2) or phrase_after(tokens, k + 2)
    if mention is None:
        return None
    after = index_at(s, mention.end)
    # "according to an analysis by the Harbour Institute", "a memo from Roe": the agent speaks
    # (the content's extent is read as before, from the phrase's head).
    agent = agent_source(s, mention, after)
    cue = (tokens[k].start, tokens[k + 1].end)
    if k <= s.first_word or k == s.first_word + 1 and tokens[k - 1].text.lower() in w.coordinators or _led(s, k):
        # The source may run on past what was read as its name ("According to first
        # figures of the survey run by ..., "): the content follows the comma.
        comma = s.comma_after(after)
        if comma is None or comma - after > _SOURCE_REACH:
            return None
        mention, after = named_after_comma(w, tokens, mention, comma)
        report = make_report(
            s,
            tokens[after].start,
            _opening_clause_end(s, k, after),
            agent or mention,
            cue,
            ACCORDING_ID,
            ACCORDING_CONFIDENCE,
        )
        return wrap(report, None, True)
    if s.quoted.contains(tokens[s.first_word].start):
        return None  # '"We won," Roe said, according to a transcript': a direct quote's source
    end = tokens[k].start
    if after + 1 < len(tokens) and tokens[after].text == "," and not _source_tail(s, after):
        end = s.end  # A, according to X, B: runs on (not "X, which tracks ...": on the source)
    elif k > s.first_word and tokens[k - 1].text == "," and source_runs_on(s, after, _SOURCE_REACH):
        end = s.end  # "The upshot, according to officials who met Roe, is that ...": runs on
    start = _after_last_colon(s, k) if end == tokens[k].start else s.start
    return wrap(
        make_report(
            s, start, end, agent or mention, cue, ACCORDING_ID, ACCORDING_CONFIDENCE
        ),
        None,
        False,
    )


def _led(s: Sentence, k: int) -> bool:
    """True when ``according to`` at token *k* follows a comma after a word that
    opens the clause it reports: a coordinator that opens the sentence (``But,
    according to the count, ...``) or a subordinator (``..., because, according
    to Roe, the pier ...``).  The content is that clause, after the source, not
    the words before the conjunction.  PolNeAR train (speech subset): +2 matched
    reports, dev unchanged."""
    tokens = s.tokens
    if k - 2 < s.first_word or tokens[k - 1].text != ",":
        return False
    word = tokens[k - 2].text.lower()
    return word in s.w.subordinators or k - 2 == s.first_word and word in s.w.coordinators


def _opening_clause_end(s: Sentence, k: int, start: int) -> int:
    """Where the content that starts at token *start* ends, after ``according to``
    at token *k*: the sentence end, unless a subordinator opens the sentence
    (``If, according to the tide tables, the water rises, the quay floods``):
    the content is then the subordinate clause, up to the first comma before
    a word that opens the main clause's subject."""
    tokens, w = s.tokens, s.w
    if not (_led(s, k) and k - 2 == s.first_word and tokens[k - 2].text.lower() in w.subordinators):
        return s.end
    for j in s.commas:
        if j > start and j + 1 < len(tokens):
            word = tokens[j + 1].text
            if word.lower() in w.subject_openers or word.lower() in w.pronouns or word[:1].isupper():
                return tokens[j].start
    return s.end


def _source_tail(s: Sentence, comma: int) -> bool:
    """True when the words after the comma at token *comma*, right after the source
    of a postposed ``according to``, do not go on with the content before it: they
    describe the source (``, which tracks thefts``, ``, a cousin of his``:
    :func:`~quoteattr.rules.reported.extent.describes_source`) or open a clause or
    phrase of their own (``, while ...``, a participle: ``, adding ...``, or a word
    of class ``after_source``: ``, even as ...``, ``, including ...``), and the
    sentence ends with them: not when the clause goes on at the next comma
    (:func:`_resumes`).  Not an article other than ``a``/``an``: ``In the second
    week, according to her diary, the goats broke out`` goes on.  Measured with
    subordinators too (``, because ...``, which PolNeAR reads as part of the
    content): train -2 matched."""
    w = s.w
    tail = s.tokens[comma:]
    word = tail[1].text.lower()
    if word in w.articles and word not in w.indefinite:
        return False  # "In the second week, according to her diary, the goats ...": goes on
    if _resumes(s, comma):
        return False  # "The ferry, according to Lund, a pilot, ran aground": mid-sentence
    if describes_source(w, tail, True):
        return True
    return word in w.boundaries or word in w.cls("after_source") or w.is_participle(word)


def _resumes(s: Sentence, comma: int) -> bool:
    """True when the phrase after the comma at token *comma* closes at the next comma
    and the clause the ``according to`` interrupted goes on there with its predicate
    (``The ferry, according to the board, including its crew, ran aground``): the
    source's comma is then no sentence end, and the content runs on past it."""
    nxt = s.comma_after(comma + 1)
    if nxt is None:
        return False
    words = [t.text for t in s.tokens[nxt + 1 : nxt + 8] if t.text[:1].isalnum()]
    return predicate_follows(s.w, words)


def _after_last_colon(s: Sentence, k: int) -> int:
    """Where the content before a postposed ``according to`` at token *k* starts:
    after the last colon or semicolon outside quotes before it (``Few boats were
    lost: the new breakwater held, according to the coastguard``),
    else at the sentence start."""
    tokens = s.tokens
    start = s.start
    for j in range(s.first_word, k - 2):
        if tokens[j].text in (";", ":") and not s.quoted.contains(tokens[j].start) and not _clock(s, j):
            start = tokens[j + 1].start
    return start


def _clock(s: Sentence, j: int) -> bool:
    """True when the colon at token *j* is inside a clock time (``At 10:30 the pier closed``): digits on both sides, no space."""
    tokens = s.tokens
    if j == 0 or j + 1 >= len(tokens):
        return False
    before, colon, after = tokens[j - 1], tokens[j], tokens[j + 1]
    return (
        before.end == colon.start
        and colon.end == after.start
        and before.text[-1:].isdigit()
        and after.text[:1].isdigit()
    )
