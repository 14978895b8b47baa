"""Stage 4c (reported speech): the rules that read one cue.

:func:`read_cue` applies them to one cue word, most precise first; each
returns a :class:`~quoteattr.reported.records.Found` or ``None``.  The rule
ids and their examples are listed in :mod:`quoteattr.reported`.
"""

from __future__ import annotations

from quoteattr.lexicon import (
    REPORT_NOUNS,
    REPORT_VERBS,
    SAYING_VERBS,
    ReportVerb,
)
from quoteattr.mentions import (
    Mention,
    is_word,
    subject_after,
    subject_before,
)
from quoteattr.reported.grammar import (
    COMPLEMENTIZERS,
    LEAD_REACH,
    LEAD_WORDS,
    NAMING_VERBS,
    NOUN_FORMS,
    REACH,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    after_be,
    agrees,
    can_speak,
    clear_subject,
    cue_end,
    is_finite_verb,
    is_noun,
    title_case,
)
from quoteattr.reported.phrases import (
    absolute_subject,
    agent_after,
    bare_subject,
    clause_before,
    clause_follows,
    comma_before_subject,
    content_start,
    coordinated_at,
    coordinated_subject,
    long_subject,
    named_after_comma,
    phrase_after,
    possessor,
    reporter_before,
    role_before,
    subordinator_before,
)
from quoteattr.reported.records import Found, Sentence, index_at, make_report, offset, wrap


def read_cue(s: Sentence, k: int) -> Found | None:
    """Apply the rules to the cue word at token *k*, most precise first."""
    tokens = s.tokens
    word = tokens[k].text
    lower = word.lower()
    if lower == "according":
        return _according_to(s, k)
    entry = REPORT_VERBS.get(lower)
    if entry is None:
        return _speech_noun(s, k) if lower in REPORT_NOUNS else None
    if k > 0 and not is_word(tokens[k - 1]) and s.quoted.contains(tokens[k - 1].start):
        return None  # right after a quotation ('"...," said Roe'): the cue of a direct quote
    if word[0].isupper() and k > s.first_word and not title_case(tokens):
        return None  # capitalised mid-sentence: part of a name
    if is_noun(tokens, k):
        return _speech_noun(s, k) if lower in REPORT_NOUNS else None
    if entry.gerund and not after_be(tokens, k):
        return _participle(s, k, entry)
    return _finite(s, k, entry)


def _speech_noun(s: Sentence, k: int) -> Found | None:
    """``Roe's claim that ...``, ``the ministry's announcement that ...``, ``a statement
    by Roe that ...``: the possessor, or the source after by or from, speaks."""
    tokens = s.tokens
    i = k + 1
    mention = possessor(tokens, k)
    if mention is None and i + 1 < len(tokens) and tokens[i].text.lower() in ("by", "from"):
        mention = subject_after(tokens, i + 1)
        if mention is not None:
            i = index_at(s, mention.end)
    if mention is None or i >= len(tokens) or tokens[i].text.lower() not in COMPLEMENTIZERS:
        return None
    cue = (tokens[k].start, tokens[k].end)
    report = make_report(s, offset(s, i + 1), s.end, mention, cue, "REPORT_NOUN", 0.7)
    return wrap(report, None, True)


#: How many tokens a source after "according to" may run on before its comma.
_SOURCE_REACH = 24


def _according_to(s: Sentence, k: int) -> Found | None:
    """``According to X, CONTENT`` / ``CONTENT, according to X`` / ``A, according to X, B``."""
    tokens = s.tokens
    if k + 2 >= len(tokens) or tokens[k + 1].text.lower() != "to":
        return None
    mention = subject_after(tokens, k + 2) or phrase_after(tokens, k + 2)
    if mention is None:
        return None
    after = index_at(s, mention.end)
    cue = (tokens[k].start, tokens[k + 1].end)
    if k <= s.first_word:
        # The source may run on past what was read as its name ("According to early
        # results of the exit poll conducted by ..., "): the content follows the comma.
        comma = s.comma_after(after)
        if comma is None or comma - after > _SOURCE_REACH:
            return None
        mention, after = named_after_comma(tokens, mention, comma)
        report = make_report(
            s, tokens[after].start, s.end, mention, cue, "REPORT_ACCORDING_TO", 0.85
        )
        return wrap(report, None, True)
    end = tokens[k].start
    if after + 1 < len(tokens) and tokens[after].text == ",":
        end = s.end  # A, according to X, B: the content runs on after the source
    return wrap(
        make_report(s, s.start, end, mention, cue, "REPORT_ACCORDING_TO", 0.85), None, False
    )


def _participle(s: Sentence, k: int, entry: ReportVerb) -> Found | None:
    """``The ministry wrote to members, saying the pier would close``: the clause's subject speaks."""
    tokens = s.tokens
    if k == 0:
        return None
    i = cue_end(tokens, k, entry)
    first = content_start(tokens, i, entry)
    if first is None:
        return None
    prev = tokens[k - 1].text.lower()
    if prev in (",", "and", "-", "–", "—") or prev in SUBORDINATORS:
        mention = reporter_before(s, k)
    else:
        mention = absolute_subject(s, k)
    if mention is None:
        return None
    cue = (tokens[k].start, tokens[i - 1].end)
    report = make_report(s, offset(s, first), s.end, mention, cue, "REPORT_PARTICIPLE", 0.7)
    return wrap(report, tokens[k - 1].start, True)


def _finite(s: Sentence, k: int, entry: ReportVerb) -> Found | None:
    """A finite reporting verb: its subject, then content before, around or after it."""
    tokens = s.tokens
    i = cue_end(tokens, k, entry)
    if entry.participle and after_be(tokens, k):
        return _passive(s, k, i, entry)
    lo = max(0, k - REACH)
    mention = subject_before(tokens, k, lo)
    cue = (tokens[k].start, tokens[i - 1].end)
    cut_at: int | None = None
    if (
        mention is None
        and k >= 2
        and tokens[k - 1].text == "to"
        and is_finite_verb(tokens[k - 2].text)
    ):
        # "Roe refused to say whether ...": the subject of the verb before "to".
        mention = subject_before(tokens, k - 2, lo)
    if mention is None:
        found = _inverted(s, k, i, entry) or _passive(s, k, i, entry)
        if found is not None:
            return found
        mention, cut_at = _other_subject(s, k, entry)
        if mention is None:
            return None
    elif tokens[k].text.lower() in NOUN_FORMS and not clear_subject(mention):
        return None
    elif not agrees(tokens, k, entry, mention):
        return None  # "a caucus state like Iowa", "a party called Anti-Prom": no verb here
    else:
        mention = role_before(tokens, mention, index_at(s, mention.start), lo)
    if entry.frame == "evidence" and not can_speak(mention):
        return None  # "The figures suggest ...": evidence, not speech
    if s.quoted.closes_just_before(s.text, mention.start, s.start):
        return None  # '"We won," Roe said on Tuesday': the cue of a direct quote
    comma = comma_before_subject(tokens, index_at(s, mention.start))
    if cut_at is None and comma is not None and entry.frame != "object":
        found = _content_before(s, comma, i, mention, cue, entry)
        if found is not None:
            return found
    opener = subordinator_before(tokens, index_at(s, mention.start))
    if opener == "as" and i < len(tokens) and tokens[i].text == ",":
        # "As Roe noted, the plan failed": the main clause is the content.
        return wrap(
            make_report(s, tokens[i].end, s.end, mention, cue, "REPORT_VERB", 0.75), None, False
        )
    first = content_start(tokens, i, entry)
    if first is None:
        return None
    if cut_at is None and coordinated_at(s, mention.start):
        cut_at = mention.start
    end = s.end
    m = index_at(s, mention.start)
    relative = tokens[m].text.lower() in RELATIVE_PRONOUNS or (
        m > 0 and tokens[m - 1].text.lower() in RELATIVE_PRONOUNS
    )
    if opener or relative:
        # "When Roe said the plan failed, Lund left", "The rules, which Roe said
        # were unfair, stand": the clause ends at its comma.
        comma = s.comma_after(first)
        end = tokens[comma].start if comma is not None else s.end
    report = make_report(s, offset(s, first), end, mention, cue, "REPORT_VERB", 0.8)
    return wrap(report, cut_at, True)


def _other_subject(s: Sentence, k: int, entry: ReportVerb) -> tuple[Mention | None, int | None]:
    """The subject of a cue whose plain subject reading found none, and where an
    earlier content ends when the subject is a coordinated predicate's."""
    tokens = s.tokens
    lo = max(0, k - REACH)
    mention, cut_at = coordinated_subject(s, k, lo)
    if mention is None and entry.lemma in SAYING_VERBS and tokens[k].text.lower() not in NOUN_FORMS:
        mention = (
            bare_subject(tokens, k, lo, whole=True)
            or long_subject(s, k, lo)
            or bare_subject(tokens, k, lo)
        )
    return mention, cut_at


#: How many tokens after a postposed cue are read to tell a tail from a clause.
_TAIL = 16


def _content_before(
    s: Sentence, comma: int, i: int, mention: Mention, cue: tuple[int, int], entry: ReportVerb
) -> Found | None:
    """``The plan failed, officials said.`` or ``The plan, she said, would fail.``

    *comma* is the comma before the source and *i* the token after the cue.
    The tail after the cue decides: another comma and more words make the cue
    parenthetical; a short phrase with no complementizer (``said on Tuesday``,
    ``told reporters``) leaves the content before it.
    """
    tokens = s.tokens
    tail = tokens[i : i + _TAIL]
    semicolon = next((n for n, t in enumerate(tail) if t.text == ";"), None)
    if semicolon is not None:
        tail = tail[:semicolon]  # "..., analysts say; in 2012 ..."
    # A tail longer than any read here counts as a clause of its own.
    long_tail = semicolon is None and len(tokens) - i > _TAIL
    if tail and tail[0].text == "," and (long_tail or clause_follows(tail)):
        if comma <= s.first_word:
            return None
        return wrap(
            make_report(s, s.start, s.end, mention, cue, "REPORT_PARENTHETICAL", 0.75), None, False
        )
    if tail and (tail[0].text == "," or tail[0].text.lower() in ("who", "whose")):
        tail = []  # an appositive or a relative clause after the source: "..., said Roe, a doctor."
    if not clause_before(s, comma) or len(tail) > LEAD_REACH:
        return None
    if any(t.text.lower() in COMPLEMENTIZERS or t.text in ",:" for t in tail):
        return None
    words = [t for t in tail if is_word(t)]
    if (
        words
        and words[0].text.lower() not in LEAD_WORDS
        and entry.frame not in ("listener", "question")
    ):
        return None  # "..., say they will vote": a clause follows, the cue governs it
    end = tokens[comma].start
    return wrap(make_report(s, s.start, end, mention, cue, "REPORT_POSTPOSED", 0.8), None, False)


def _inverted(s: Sentence, k: int, i: int, entry: ReportVerb) -> Found | None:
    """``The plan failed, said the minister.`` / ``The plan, said Roe, would fail.``"""
    tokens = s.tokens
    if entry.frame not in ("clause", "evidence") or k == 0 or tokens[k - 1].text != ",":
        return None
    mention = subject_after(tokens, i)
    if mention is None:
        return None
    cue = (tokens[k].start, tokens[i - 1].end)
    return _content_before(s, k - 1, index_at(s, mention.end), mention, cue, entry)


def _passive(s: Sentence, k: int, i: int, entry: ReportVerb) -> Found | None:
    """``It was reported that ...``, ``Roe was asked whether ...``: no source, or ``by X``."""
    tokens = s.tokens
    # "when asked about ...", "..., asked about ...": a question put to the subject.
    prev = tokens[k - 1].text.lower() if k > 0 else ""
    clause = entry.frame == "question" and (prev in SUBORDINATORS or prev == ",")
    if not entry.participle or not (after_be(tokens, k) or k == 0 and entry.frame == "question" or clause):
        return None
    if entry.lemma in NAMING_VERBS:
        return None  # "Rubio has been called a Republican Obama": a name given, not speech
    mention = None
    if i + 1 < len(tokens) and tokens[i].text.lower() == "by":
        mention = agent_after(tokens, i + 1)
        if mention is not None:
            i = index_at(s, mention.end)
    first = content_start(tokens, i, entry)
    if first is None:
        return None
    cue = (tokens[k].start, tokens[k].end)
    end = s.end
    if k == 0:
        # "Asked whether the pier was safe, Lund shrugged": the main clause follows the last comma.
        last = s.commas[-1] if s.commas and s.commas[-1] > first else None
        end = tokens[last].start if last is not None else s.end
    elif clause:
        comma = s.comma_after(first)  # "When asked about the pier, Lund shrugged"
        end = tokens[comma].start if comma is not None else s.end
    report = make_report(s, offset(s, first), end, mention, cue, "REPORT_PASSIVE", 0.6)
    return wrap(report, None, True)
