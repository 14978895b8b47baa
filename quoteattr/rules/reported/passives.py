"""Stage 4, reported speech: passive cues whose content is not the clause after them.

``As reported by X, CONTENT`` and ``CONTENT, as first reported by X`` report
the clause after the comma, or the one before ``as``; ``The merger was first
disclosed by the Gazette`` reports the passive's subject, and ``Lund's remarks,
first reported by the Gazette, suggested regret`` the clause the passive is
set into; the agent is the source.  Which cue forms take
their subject as content is lexicon data (class ``subject_passive`` of
``report_words.tsv``).  ``Roe was accused of lying`` and ``Lund was blamed
by the crews for the delay`` report the whole clause, the cue inside it
(PolNeAR's two pieces, subject and object, from first to last), for the
agent after ``by`` or no one.
"""

from __future__ import annotations

import bisect
from typing import Any

from quoteattr.document import Mention
from quoteattr.lang import ReportVerb
from quoteattr.mentions import is_word
from quoteattr.rules.reported.phrases import agent_after
from quoteattr.rules.reported.records import Found, Sentence, index_at, make_report, wrap
from quoteattr.rules.reported.words import OBJECT, QUESTION
from quoteattr.rules.rule import Rule


def as_reported(s: Sentence, k: int, i: int, rule: Rule[Any]) -> Found | None:
    """``As reported by X, CONTENT`` and ``CONTENT, as first reported by X``: the
    clause after the comma, or the one before ``as``, with the agent as source."""
    w = s.w
    tokens = s.tokens
    j = k - 1
    while j > 0 and k - j < 3 and (w.is_adverb(tokens[j].text) or tokens[j].text in w.cls("preverb")):
        j -= 1  # "as first reported by", "as previously reported by"
    if j < 0 or tokens[j].text.lower() not in w.cls("as_clause"):
        return None
    if i + 1 >= len(tokens) or tokens[i].text.lower() not in w.cls("agent"):
        return None
    mention = agent_after(w, tokens, i + 1)
    if mention is None:
        return None
    cue = (tokens[k].start, tokens[k].end)
    if j <= s.first_word:
        comma = s.comma_after(index_at(s, mention.end))
        if comma is None:
            return None
        report = make_report(s, tokens[comma].end, s.end, mention, cue, rule.id, rule.confidence)
        return wrap(report, None, False)
    if tokens[j - 1].text != ",":
        return None
    report = make_report(s, s.start, tokens[j - 1].start, mention, cue, rule.id, rule.confidence)
    return wrap(report, None, False)


def reported_subject(s: Sentence, k: int, i: int, rule: Rule[Any]) -> Found | None:
    """``The merger was first disclosed by the Gazette.`` / ``Lund's remarks, first
    reported by the Gazette, suggested regret``: the subject of the passive, or
    the clause the passive is set into, is what was reported; the agent speaks.  Nothing but a
    mark or a short time phrase may follow the agent (``..., was first reported
    by the Gazette that ...`` is a clause report)."""
    w = s.w
    tokens = s.tokens
    if tokens[k].text.lower() not in w.cls("subject_passive") or i + 1 >= len(tokens):
        return None
    if tokens[i].text.lower() not in w.cls("agent"):
        return None
    mention = agent_after(w, tokens, i + 1)
    if mention is None or not _ends_after(s, index_at(s, mention.end)):
        return None
    if any(t.text in w.infinitive_markers for t in tokens[i + 1 : index_at(s, mention.end)]):
        return None  # "was reported by the crew to be severe": a clause after all
    j = k - 1
    preverbs = w.cls("preverb")
    while j > s.first_word and k - j < 3 and (w.is_adverb(tokens[j].text) or tokens[j].text in preverbs):
        j -= 1  # "was first reported", ", previously reported"
    if tokens[j].text.lower() not in w.be_forms and tokens[j].text != ",":
        return None
    start = _phrase_start(s, j)
    if start is None:
        return None
    cue = (tokens[k].start, tokens[k].end)
    # After a comma the passive is set into its clause, which holds what was reported
    # (the whole sentence: no clause boundary after the cue ends it).
    set_in = tokens[j].text == ","
    end = s.end if set_in else tokens[j].start
    report = make_report(s, tokens[start].start, end, mention, cue, rule.id, rule.confidence)
    return wrap(report, None, not set_in)


def _ends_after(s: Sentence, j: int) -> bool:
    """True when the words from token *j* on end the passive: the sentence end,
    a comma, or a time phrase (``on Tuesday``, ``last week``) before one."""
    w = s.w
    tokens = s.tokens
    stop = min(len(tokens), j + 4)  # a short time phrase: "on Tuesday", "last week"
    while j < stop and tokens[j].text.lower() in w.time_words | w.timed:
        j += 1
    return j >= len(tokens) or not is_word(tokens[j]) and tokens[j].text in ",.;:!?"


def _phrase_start(s: Sentence, j: int) -> int | None:
    """The first token of the phrase that ends before token *j* (a form of be or
    a comma): after the comma before it, or the sentence's first word; None
    when nothing stands there."""
    commas = s.commas
    n = bisect.bisect_left(commas, j)  # the last comma before token j, found in log time
    last = commas[n - 1] if n > 0 else None
    start = last + 1 if last is not None and last + 1 > s.first_word else s.first_word
    return start if start < j else None


#: How far back the subject of a passive clause is read, in tokens.
_SUBJECT_REACH = 8


def _subject_start(s: Sentence, j: int) -> int | None:
    """The first token of the subject that ends at token *j*: after the nearest word
    that opens a clause or joins one (``after its treasurer was``, ``where the
    crews were``, ``a kiln that's been``), a mark or a verb; at most
    :data:`_SUBJECT_REACH` back.  A ``phrase_link`` after a noun (``The owner
    of the boat``) and ``and`` before a plural verb (``Lund and Vell were``)
    stay inside the subject, unless a verb ends the words before the ``and``
    (``Lund left and Vell were``: two clauses)."""
    w = s.w
    tokens = s.tokens
    plural = j + 1 < len(tokens) and tokens[j + 1].text.lower() in w.cls("plural_be")
    a = j
    joined: int | None = None  # the token after a coordinator read as inside the subject
    while a > s.first_word and j - a < _SUBJECT_REACH:
        word = tokens[a - 1].text.lower()
        head = word.split("’")[0].split("'")[0]  # "that’s": that
        if not is_word(tokens[a - 1]) or w.is_finite_verb(word):
            break
        if head in w.clause_links or head in w.prepositions:
            if not (_inside_subject(s, a - 1, plural and joined is None) and j - a < _SUBJECT_REACH - 1):
                break
            if head in w.coordinators:
                joined = a
        a -= 1
    if joined is not None and a > s.first_word and w.is_finite_verb(tokens[a - 1].text.lower()):
        a = joined  # "Lund left and Vell were": the words before "and" end with a verb
    return a if a <= j and is_word(tokens[a]) else None


def _inside_subject(s: Sentence, at: int, plural: bool) -> bool:
    """True when the link word at token *at* joins two parts of one subject: a
    ``phrase_link`` after a noun (``owner of``), or a coordinator when the verb
    is plural (*plural*) and a word other than a link stands before it."""
    w = s.w
    if at <= s.first_word or not is_word(s.tokens[at - 1]):
        return False
    word = s.tokens[at].text.lower()
    before = s.tokens[at - 1].text.lower()
    if before in w.clause_links or before in w.prepositions or w.is_finite_verb(before):
        return False
    return word in w.cls("phrase_link") or plural and word in w.coordinators


def adverbial_as(s: Sentence, j: int) -> bool:
    """True when token *j* after a passive object cue is an ``as`` (class
    ``as_clause``) of comparison (``as soon as``, ``as early as May``) or one that
    opens a clause of its own (``as Hale had feared``, ``as it was published``):
    no link to what was said (``criticized as reckless``), and no content."""
    tokens, w = s.tokens, s.w
    word = tokens[j].text.lower()
    nxt = [t.text for t in tokens[j + 1 : j + 3]]
    if word not in w.cls("as_clause") or len(nxt) < 2:
        return False
    if nxt[1].lower() == word:
        return True  # "as soon as", "as early as"
    subject = nxt[0].lower() in w.pronouns or nxt[0][:1].isupper()
    return subject and nxt[1].isalpha() and nxt[1].islower() and (w.is_finite_verb(nxt[1]) or w.is_auxiliary(nxt[1]))


def passive_clause(
    s: Sentence, k: int, i: int, mention: Mention | None, entry: ReportVerb, rule: Rule[Any]
) -> Found | None:
    """``Roe was accused of lying``, ``Lund was blamed by the crews for the
    delay``: a passive object cue (*i* the token after it and its agent)
    followed by a preposition of class ``passive_link`` reports its clause, from
    the subject to the next comma, for the agent (*mention*) or no one.  The
    agent may also stand before the preposition (``by the crews for``) or end
    the clause (``accused of lying by the crews``): it is the source, and the
    content ends before its ``by``."""
    w = s.w
    tokens = s.tokens
    if i < len(tokens) and tokens[i].text.lower() not in w.cls("passive_link"):
        # "blamed by the crews for the delay": the agent read up to the end took the link in.
        by = i if mention is None else index_at(s, mention.start) - 1
        if 0 <= by < len(tokens) and tokens[by].text.lower() in w.cls("agent"):
            mention, i = _agent_before_link(s, by)
    if entry.frame != OBJECT or i >= len(tokens) or tokens[i].text.lower() not in w.cls("passive_link"):
        return None
    if not w.after_be(tokens, k):
        return None
    j = k - 1
    while j > s.first_word and (
        w.is_adverb(tokens[j].text) or tokens[j].text.lower() in w.be_forms or w.is_auxiliary(tokens[j].text.lower())
    ):
        j -= 1  # "has often been loudly blamed": back to the subject
    start = _subject_start(s, j) if is_word(tokens[j]) else None  # "X — who was ... — was blamed": unclear
    if start is None:
        return None
    comma = s.comma_after(i)
    end = tokens[comma].start if comma is not None else s.end
    if mention is None:
        mention, end = _agent_at_end(s, i, comma if comma is not None else index_at(s, s.end), end)
    cue = (tokens[k].start, tokens[k].end)
    return wrap(make_report(s, tokens[start].start, end, mention, cue, rule.id, rule.confidence), None, True)


#: How many words an agent between ``by`` and a ``passive_link`` preposition may have.
_AGENT_WORDS = 6


def _agent_before_link(s: Sentence, by: int) -> tuple[Mention | None, int]:
    """``accused by the crews of lying``: the agent after ``by`` at token *by* that
    ends at the first ``passive_link`` preposition, and that preposition's index;
    (None, *by*) when there is none or it cannot speak."""
    w = s.w
    tokens = s.tokens
    link = by + 1
    while link < len(tokens) and link - by <= _AGENT_WORDS and is_word(tokens[link]):
        if tokens[link].text.lower() in w.cls("passive_link") and link > by + 1:
            agent = w.mentions.classify_phrase(tokens, by + 1, link - 1)
            if agent is not None and w.can_speak(agent):
                return agent, link
            break
        link += 1
    return None, by


def _agent_at_end(s: Sentence, i: int, stop: int, end: int) -> tuple[Mention | None, int]:
    """``accused of lying by the crews``: an agent that can speak after a ``by`` that
    ends the clause (tokens *i* to *stop*), and the content's end before that ``by``;
    (None, *end*) when the clause has no such agent (``by lying``, ``by Friday``)."""
    w = s.w
    tokens = s.tokens
    for by in range(stop - 2, i, -1):
        if tokens[by].text.lower() not in w.cls("agent"):
            continue
        agent = w.mentions.classify_phrase(tokens, by + 1, stop - 1)
        if agent is not None and agent.end == tokens[stop - 1].end and w.can_speak(agent):
            return agent, tokens[by - 1].end
        break
    return None, end


def unsourced_subject(s: Sentence, k: int, i: int, entry: ReportVerb, rule: Rule[Any]) -> Found | None:
    """``The fee was not disclosed.``, ``a plan that was later denied.``: a
    passive cue that ends its clause (token *i* the one after it; an agent
    after ``by`` is read by :func:`reported_subject`) reports its subject, or
    the relative word that stands for it, with no source.  Not a report: a name
    given (``was called Vell``), a person asked (``Lund was asked,``: the
    question is elsewhere), ``it is said`` (hearsay), a passive after an
    infinitive (``is likely to be denied``: no subject here) and a form whose
    passive has another sense (class ``passive_sense``: ``the talks were
    concluded``, ``the demands were answered``)."""
    w = s.w
    tokens = s.tokens
    if entry.lemma in w.naming_verbs or not w.after_be(tokens, k) or not _ends_after(s, i):
        return None
    if tokens[k].text.lower() in w.cls("passive_sense"):
        return None  # "once the talks were concluded" (ended), "the demands were answered" (met)
    j = k - 1
    preverbs = w.cls("preverb")
    while j > s.first_word and (
        w.is_adverb(tokens[j].text) or tokens[j].text in preverbs
        or tokens[j].text.lower() in w.be_forms or w.is_auxiliary(tokens[j].text.lower())
    ):
        j -= 1  # "had been first reported": back to the subject
    last = tokens[j].text.lower()
    if not is_word(tokens[j]) or last in w.infinitive_markers or last in w.prepositions:
        return None
    # A relative word stands for its head ("that"/"which" alone); "the results of which" is a phrase.
    relative = last in w.lexicon.relative_pronouns and tokens[j - 1].text.lower() not in w.prepositions
    start = j if relative else _subject_start(s, j)
    if start is None:
        return None
    subject = w.mentions.classify_phrase(tokens, start, j)
    if entry.frame == QUESTION and subject is not None and w.can_speak(subject):
        return None  # "Lund was asked, ...": the one asked, not the question
    if last == "it" and tokens[k].text.lower() in w.cls("hearsay"):
        return None  # "where, it is said, a mill stood": hearsay, no content here
    cue = (tokens[k].start, tokens[k].end)
    return wrap(make_report(s, tokens[start].start, tokens[j].end, None, cue, rule.id, rule.confidence), None, True)


#: The most words of a headline's subject before a passive cue with no *be*.
_HEADLINE_SUBJECT = 6


def headline_passive(s: Sentence, k: int, entry: ReportVerb, rule: Rule[Any]) -> Found | None:
    """``Kelby Mayor Accused Of Hiding Toll Money``: in a headline in title case,
    which drops *be*, a passive object cue at token *k* right after its
    subject (a few capitalised words that open the headline) and before a
    ``passive_link`` preposition reports its clause for no one, as
    :func:`passive_clause` reads ``The mayor was accused of hiding money``."""
    w = s.w
    tokens = s.tokens
    i = k + 1
    if entry.frame != OBJECT or not entry.participle or i >= len(tokens) or not 0 < k - s.first_word <= _HEADLINE_SUBJECT:
        return None
    if tokens[i].text.lower() not in w.cls("passive_link") or not w.title_case(tokens):
        return None
    if not all(is_word(t) and t.text[0].isupper() for t in tokens[s.first_word : k]):
        return None  # "Vell, Lund Accused Of ...", "Vell Is Accused Of": not a bare subject
    comma = s.comma_after(i)
    end = tokens[comma].start if comma is not None else s.end
    cue = (tokens[k].start, tokens[k].end)
    return wrap(make_report(s, tokens[s.first_word].start, end, None, cue, rule.id, rule.confidence), None, True)

