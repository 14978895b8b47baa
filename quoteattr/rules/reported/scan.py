"""Stage 3, reported speech: the document scan.

One compiled pass over the text finds the cue words (a trie of every report
verb and noun form of the lexicon, in both cases); words inside direct
quotes, and words that an article or possessive shows to be nouns, are
dropped before any tokenizing.  Only the sentences with a cue word are split
and tokenized, and only as far as the rules read.  The reports of a sentence
are then cut where a coordinated report starts.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

from quoteattr.lang import Lexicon
from quoteattr.quotes import QuoteSpan
from quoteattr.rules.reported.afterquote import that_follows
from quoteattr.rules.reported.extent import (
    OPENING_WORDS,
    WORDS_RE,
    after_comma,
    inserted,
    join_numbers,
    medium_end,
    opening_phrase,
    second_that,
)
from quoteattr.rules.reported.nested import drop_nested, in_brackets, lead_noun_end, relative_start
from quoteattr.rules.reported.objects import (
    messenger_end,
    object_end,
    short_phrase_end,
    takes_object,
)
from quoteattr.rules.reported.patterns import patterns as _patterns
from quoteattr.rules.reported.perfect import perfect_aux, perfect_end
from quoteattr.rules.reported.read import REPORT_PARENTHETICAL, read_cue
from quoteattr.rules.reported.records import (
    LAST_WORD_RE,
    LONGEST_CONTENT,
    TERMINAL_PUNCT,
    Found,
    Quoted,
    Report,
    Sentence,
    in_markup,
    make_report,
)
from quoteattr.rules.reported.relatives import (
    appositive_end,
    back_reference_end,
    closing_aside_end,
    dash_clause_end,
    last_item,
    relative_end,
    speech_summary_end,
)
from quoteattr.rules.reported.words import ReportWords
from quoteattr.text.chars import APOSTROPHES
from quoteattr.text.segment import sentence_spans
from quoteattr.text.tokens import Token, tokenize

#: How many characters past its last cue word a sentence is tokenized: more than
#: any rule reads (a listener, a time phrase, an inverted source, a tail).
_READ_AHEAD = 120


_SPACE_RE = re.compile(r"\s")


#: How many characters are lowercased at once: ``str.lower`` first allocates
#: room for three times its input in four-byte characters, so a whole text
#: lowercased at once would take up to twelve times its size in memory.
_CHUNK = 1 << 14


#: The one character that lowercases to an ASCII letter and keeps the length
#: (``tests/test_reported_scan.py`` checks every code point): a chunk without it
#: has no match of ``lowered_cue`` that is not one of ``cue``, and none is checked.
_KELVIN = "\u212a"


def _cue_hits(w: ReportWords, text: str) -> list[int]:
    """Offsets of every word in *text* that may start a reporting cue: the
    matches of the ``cue`` pattern.

    The text is read in chunks that end after a space, each lowercased and
    searched with ``lowered_cue``.  A match of ``cue`` is a match of
    ``lowered_cue`` in the lowercased text (an ASCII letter of either case
    lowercases to itself, and no character lowercases into or out of a word
    character, which ``tests/test_reported_scan.py`` checks for every code
    point); the converse may fail (the Kelvin sign lowercases to ``k``), so in a
    chunk with that sign each match found is checked with ``cue``.  A chunk with a match that fails the
    check, a chunk whose length lowercasing changes, and text without a space
    to cut at are searched with ``cue`` itself.
    """
    patterns = _patterns(w)
    cue, lowered_cue = patterns.cue, patterns.lowered_cue
    if lowered_cue is None:
        return [m.start() for m in cue.finditer(text)]
    hits: list[int] = []
    start, n = 0, len(text)
    while start < n:
        end = n if n - start <= _CHUNK else text.rfind(" ", start, start + _CHUNK) + 1
        if end <= start:
            hits.extend(m.start() for m in cue.finditer(text, start))  # no space to cut at
            break
        # The space stands for what is before the chunk: a space, or the start of the text.
        chunk = (" " + text[start:end]).lower()
        found = (
            [start - 1 + m.start(1) for m in lowered_cue.finditer(chunk)]
            if len(chunk) == end - start + 1
            else None
        )
        if found is None or (
            text.find(_KELVIN, start, end) >= 0 and not all(cue.match(text, h) for h in found)
        ):
            found = [m.start() for m in cue.finditer(text, start, end)]
        hits.extend(found)
        start = end
    return hits


#: The word before a cue word, read backwards from it (the lookbehind starts a
#: search only where a word starts: linear over any window).
#: The word opens with a letter or digit: a run of apostrophes is a closing quote
#: mark (``''`` in ASCII text), after which a capitalised cue opens a sentence.
_WORD_BEFORE_RE = re.compile(r"(?<![\w'’])(\w[\w'’]*)[ \t]+$")


def _modifies_noun(w: ReportWords, text: str, pos: int) -> bool:
    """True when the cue word at *pos* cannot be a reporting verb, judged from the
    word before it: an article or a possessive (``the report``, ``his stated aim``),
    a number before a plural noun form (``by 5 points``, ``5 percentage points``),
    or any word at all when the cue word is capitalised (``United States``, a
    headline in title case).  A cheap test, made before any tokenizing.
    """
    m = _WORD_BEFORE_RE.search(text, max(0, pos - 24), pos)
    if m is None:
        return False
    if text[pos].isupper():
        # Capitalised after a word: a name (United States), unless the words
        # either side are capitalised too (a headline: "Roe Says Port Will Close").
        if not m.group(1)[0].isupper():
            return True
        if _CAPITALISED_NEXT_RE.match(text, pos):
            return False
        # A headline's cue that ends it: "Port Will Close, Harbour Master Says."
        end = _HEADLINE_END_RE.match(text, pos)
        return end is None or end.group(1).lower() in w.noun_forms
    word = m.group(1).lower()
    if (word[:1].isdigit() or _NUMBER_WORD_RE.search(text, max(0, pos - 40), pos)) and _counted(text, pos):
        return True  # "by 5 points", "by 5 percentage points": a counted noun
    if _modifying_past(w, word, text, pos):
        return True  # "under repeated attack", "its own recommended roster", "25 recommended rowers"
    bare = word[-1] in APOSTROPHES and word[-2:-1] == "s"  # "Hollis’ claim", "the skippers' claim"
    if not (word in w.articles or bare or word.endswith(w.possessive_endings)) or w.pronoun_clitic(word):
        return False  # "he's claiming": a verb after a contracted "is"
    # A speech noun after a possessive may carry a report: "Roe's claim that ...".
    return not _patterns(w).noun_hit.match(text, pos)


#: A number and one lowercase word before a cue word (``5 percentage points``); a
#: number starts after no word character, point or comma, so that a run of digits
#: and points is read once.
_NUMBER_WORD_RE = re.compile(r"(?<![\w'’.,])\d[\d.,]*(?<=\d)[ \t]+[a-z]+[ \t]+$")
#: The cue word itself.
_CUE_WORD_RE = re.compile(r"\w+")


def _modifying_past(w: ReportWords, word: str, text: str, pos: int) -> bool:
    """True when the cue word at *pos* ends in ``-ed`` and *word* before it is a
    preposition, a word of class ``adjective_lead`` (``own``) or a number that is
    no year: a past participle that modifies a noun (``under repeated
    assault``, ``its own recommended roster``, ``25 recommended rowers``), no
    finite verb, which never follows a preposition (``Roe in 2010 claimed``:
    a year may close a subject's phrase)."""
    m = _CUE_WORD_RE.match(text, pos)
    if m is None or not m.group().endswith("ed"):
        return False
    if word.isdigit():
        return len(word) != _YEAR_DIGITS
    return word in w.lexicon.prepositions or word in w.prepositions or word in w.cls("adjective_lead")


#: How many digits a year has (a number of this length before a cue may end a subject).
_YEAR_DIGITS = 4


def _counted(text: str, pos: int) -> bool:
    """True when the cue word at *pos* ends in a plural's ``-s`` (``points``,
    ``claims``), which after a number is a noun counted, no verb: a present in
    ``-s`` has a singular subject, never a bare number."""
    m = _CUE_WORD_RE.match(text, pos)
    return m is not None and m.group().endswith("s") and not m.group().endswith("ss")


#: A cue word that ends its sentence (and perhaps its line).
_HEADLINE_END_RE = re.compile(r"(\w+)[.!?]?(?:\s|$)")
#: A capitalised word after the cue word (a headline in title case).
_CAPITALISED_NEXT_RE = re.compile(r"\w+[ \t]+[\"“‘']?[A-Z]")


def find_reports(
    text: str, paragraphs: Sequence[tuple[int, int]], spans: Sequence[QuoteSpan], lexicon: Lexicon
) -> list[Report]:
    """Find the reported speech of *text*, sorted by the start of its content.

    Args:
        text: the document.
        paragraphs: its paragraph spans (:func:`~quoteattr.text.segment.paragraph_spans`).
        spans: its direct quotes (:func:`~quoteattr.quotes.find_quotes`).
        lexicon: the words to read it with.

    >>> from quoteattr.lang import Lexicon
    >>> from quoteattr.text.segment import paragraph_spans
    >>> t = "Okafor said the bridge would cost more."
    >>> [(t[r.start:r.end], r.mention.name, r.rule) for r in find_reports(t, paragraph_spans(t), [], Lexicon.english())]
    [('the bridge would cost more', 'Okafor', 'REPORT_VERB')]
    """
    w = ReportWords.of(lexicon)
    quoted = Quoted(spans)
    markup = "<" in text  # a text without a tag spares each cue word the test
    hits = [
        h
        for h in _cue_hits(w, text)
        if not quoted.contains(h)
        and not (markup and in_markup(text, h))
        and not _modifies_noun(w, text, h)
        and not w.in_aside(text, h)
        and not (quoted.cues_a_quote(text, h) and not that_follows(w, text, h) and not quoted.titled(text, h))
    ]
    reports: list[Report] = []
    starts = [p[0] for p in paragraphs]
    i = 0
    while i < len(hits):
        p0, p1 = paragraphs[max(0, bisect.bisect_right(starts, hits[i]) - 1)]
        j = i
        while j < len(hits) and hits[j] < p1:
            j += 1
        reports.extend(_paragraph_reports(w, text, p0, p1, hits[i : max(j, i + 1)], quoted))
        i = max(j, i + 1)
    reports = sorted((in_brackets(text, r) for r in reports), key=lambda r: (r.start, r.end))
    reports = sorted(quoted.run_on(text, reports, w), key=lambda r: (r.start, r.end))  # starts may move back
    return drop_nested(w, text, reports)


def _paragraph_reports(
    w: ReportWords, text: str, p0: int, p1: int, hits: list[int], quoted: Quoted
) -> list[Report]:
    """The reports of one paragraph, given the offsets of its cue words."""
    out: list[Report] = []
    # The sentences after the last cue word's are never read: the split stops there.
    sentences = sentence_spans(text, p0, p1, w.lexicon, until=hits[-1])
    ends = [e for _, e in sentences]
    i = 0
    while i < len(hits):
        s0, s1 = sentences[min(len(sentences) - 1, bisect.bisect_right(ends, hits[i]))]
        j = i
        while j < len(hits) and hits[j] < s1:
            j += 1
        j = max(j, i + 1)
        content_end = s1
        while content_end > s0 and (
            text[content_end - 1] in TERMINAL_PUNCT or text[content_end - 1].isspace()
        ):
            content_end -= 1
        out.extend(_window_reports(w, text, (s0, s1, content_end), hits[i:j], quoted))
        i = j
    return out


#: The characters before a cue the rules may read: a content is never longer
#: than LONGEST_CONTENT, and the subject before a cue is a few words.
_WINDOW = LONGEST_CONTENT + 200


def _window_reports(
    w: ReportWords, text: str, span: tuple[int, int, int], hits: list[int], quoted: Quoted
) -> list[Report]:
    """The reports of one sentence (*span*: start, end, end of its content), read
    in windows of bounded length.

    A news sentence is one window.  In a sentence longer than :data:`_WINDOW`
    (a list, text without sentence ends), each run of cues within that many
    characters is read with the characters before it up to that many, so
    the tokens held at once, and the work per cue, stay bounded.
    """
    s0, s1, content_end = span
    out: list[Report] = []
    i = 0
    while i < len(hits):
        start = s0 if hits[i] - s0 <= _WINDOW else quoted.open_around(hits[i] - _WINDOW)
        j = i
        while j < len(hits) and hits[j] - hits[i] < _WINDOW:
            j += 1
        # Rules read at most a few tokens past a cue: the rest of a long
        # content is never tokenized (its end is found on characters).
        ahead = min(s1, hits[j - 1] + _READ_AHEAD)
        space = _SPACE_RE.search(text, ahead, min(s1, ahead + _READ_AHEAD))
        stop = space.start() if space else min(s1, ahead + _READ_AHEAD)
        sentence = Sentence(w, text, start, content_end, _narration_tokens(text, start, stop, quoted, w.abbreviations), quoted)
        sentence.scan_end = min(content_end, hits[j - 1] + LONGEST_CONTENT)
        out.extend(_sentence_reports(sentence, hits[i:j]))
        i = j
    return out


#: A comma and three digits after a digit: a number written with commas
#: (``6,000``).  The pattern opens with the comma, a literal the engine skips
#: to; the digit before it is a lookbehind after the comma (written first, it
#: made the engine try every character: ten times slower), so one search answers.
_NUMBER_COMMA_RE = re.compile(r",(?<=\d,)\d{3}")


def _has_number_comma(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds a digit, a comma and three digits."""
    return _NUMBER_COMMA_RE.search(text, start + 1, end) is not None


def _narration_tokens(
    text: str, start: int, end: int, quoted: Quoted, abbreviations: Mapping[str, str]
) -> list[Token]:
    """The tokens of ``text[start:end]``, each direct quote in it read as one token.

    The rules never read inside a quote, and news sentences with a cue are
    often mostly quotation: tokenizing only the narration saves most of the
    work.  A quote's token spans the quote, marks included, and its text is
    its opening mark (so it is never a word).
    """
    tokens: list[Token] = []
    pos = start
    for q0, q1 in quoted.within(start, end):
        if q0 > pos:
            tokens.extend(tokenize(text, pos, q0, abbreviations))
        inner = q1 - 1
        while inner > q0 + 1 and not text[inner - 1].isalnum() and text[inner - 1] != ",":
            inner -= 1
        if text[inner - 1] == "," and inner - 1 > q0:
            # '"dead," the mayor said': the comma inside the marks ends the clause.
            tokens.append(Token(q0, inner - 1, text[q0]))
            tokens.append(Token(inner - 1, inner, ","))
            tokens.append(Token(inner, q1, text[inner]))
        else:
            tokens.append(Token(q0, q1, text[q0]))
        pos = q1
    if pos < end:
        tokens.extend(tokenize(text, pos, end, abbreviations))
    # A number written with commas is one token (rare: the text is checked first).
    return join_numbers(tokens) if _has_number_comma(text, start, end) else tokens


def _sentence_reports(s: Sentence, hits: list[int]) -> list[Report]:
    """Read every cue of one sentence, then cut coordinated contents short."""
    starts = s.starts
    found: list[Found] = []
    for h in hits:
        k = bisect.bisect_left(starts, h)
        if k >= len(starts) or starts[k] != h:
            continue  # inside a longer token (a hyphenated word)
        item = read_cue(s, k)
        if item is not None and s.quoted.words_outside(s.text, item.report.start, item.report.end):
            found.append(item)
    return _cut_coordinated(s, found)


#: How many later reports of a sentence may cut an earlier one short.
_COORDINATED_READ = 4


def _cut_coordinated(s: Sentence, found: list[Found]) -> list[Report]:
    """End each forward content where a later, coordinated report of the sentence starts,
    or where a clause it does not govern starts (``, while ...``, ``; ...``).

    ``Roe said the pier was safe, and Lund said it was not``: the first content
    ends before ``, and Lund``.  A report nested in the content (``Roe said
    Lund had claimed ...``) does not cut it: the outer report holds it.  A
    postposed cue later in the sentence (``Lund's claim that ... was wrong, Roe
    said``) ends it where its own content ends, so that the earlier report lies
    inside the postposed one's content and is left out as nested.
    """
    out: list[Report] = []
    for n, item in enumerate(found):
        report = item.report
        if item.forward:
            end = _own_end(s, report, [f.report for f in found[max(0, n - _COORDINATED_READ) : n]])
            # Coordinated reports follow each other: only the next few are read.
            for later in found[n + 1 : n + 1 + _COORDINATED_READ]:
                if (
                    later.cut_at is not None
                    and report.start < later.cut_at < end
                    and not opening_phrase(s, report.start, later.cut_at, report.cue[1])
                    and not second_that(s, report.start, later.cut_at)
                ):
                    end = later.cut_at
                    break
                rel = relative_start(s.w, s.text, later.report) if later.report.cue[0] < end else None
                if rel is not None and report.start < rel < end and not _goes_on(s, later.report, end):
                    # "criticized the levy, which he said was unfair": the relative clause
                    # is a report of its own (kept by drop_nested), not the object's.
                    end = rel
                    break
                if not later.forward and report.start < later.report.end <= later.report.cue[0] < end:
                    # "Roe's claim that the dam leaked was false, Lund said": the
                    # postposed cue reports the whole clause, the claim inside it.
                    end = later.report.end
                    break
            report = _cut_at(s, report, end)
        elif report.rule == REPORT_PARENTHETICAL.id and report.cue[1] < report.end:
            report = _cut_at(s, report, back_reference_end(s, report.cue[1], report.end))  # "..., the latter ..."
        if not item.hidden:
            out.append(report)
    return out


def _cut_at(s: Sentence, report: Report, end: int) -> Report:
    """*report* with its content ended at *end* when that is earlier (trimmed as
    :func:`make_report` trims), else *report* itself, also when nothing would be left."""
    if end >= report.end:
        return report
    return make_report(s, report.start, end, report.mention, report.cue, report.rule, report.confidence) or report


def _infinitive(s: Sentence, start: int) -> bool:
    """True when the content at *start* is an infinitive: a marker and a lowercase
    word (``to mend the weir``), the cue's verb and its object."""
    words = s.text[start : start + 40].split(None, 2)
    return len(words) > 1 and words[0] in s.w.infinitive_markers and words[1][:1].islower()


def _own_end(s: Sentence, report: Report, earlier: list[Report]) -> int:
    """Where the forward content of *report* ends by its own words, before the later
    reports of the sentence are read: a clause it does not govern, a medium phrase,
    a closing relative clause or appositive, an object's adjunct, or the next
    content of a lead noun among the *earlier* reports."""
    end = _clause_end(s, report.start, report.end)
    objects = report.cue[1] <= report.start and takes_object(s, report.cue)
    end = medium_end(s, report.start, _predicate_end(s, report, end), objects)
    if report.cue[1] <= report.start:  # a content after its cue (not "Roe's deal, which ..., drew criticism")
        end = messenger_end(s, report.start, end)  # "... through her lawyer"
        end = short_phrase_end(s, report.start, end)  # "claimed self-defence and was cleared"
        end = relative_end(s, report.start, end, objects)
        end = object_end(s, report.start, end, report.cue) if objects else end  # no object, no end
        end = appositive_end(s, report.start, end, objects, _infinitive(s, report.start))
        end = end if objects else speech_summary_end(s, report.start, end)  # ", claims that ..."
        end = dash_clause_end(s, report.start, end)  # "... -- though the crews doubt it"
        end = closing_aside_end(s, report.start, end)  # "... (the crews doubt it)"
    return lead_noun_end(s, report, earlier, end)


def _goes_on(s: Sentence, relative: Report, end: int) -> bool:
    """True when the content that ends at *end* goes on after the *relative* clause's
    report: after its content, or after a comma inside it, the next word is a verb
    or a preposition (``the plan, which Roe said was late, was dropped``, ``compared
    the pier, which Roe called unsafe, with ...``), not the end or a clause of its own."""
    w = s.w
    after = [WORDS_RE.search(s.text, relative.end, end)]
    after += [m for m in _COMMA_THEN_WORD_RE.finditer(s.text, relative.start, min(relative.end, end))]
    for m in after:
        word = "" if m is None else m.group(m.lastindex or 0).lower()
        if word and (w.is_auxiliary(word) or word in w.be_forms or w.is_finite_verb(word) or word in w.prepositions):
            return True
    return False


#: A comma and the word after it.
_COMMA_THEN_WORD_RE = re.compile(r",\s+([\w'’-]+)")


def _predicate_end(s: Sentence, report: Report, end: int) -> int:
    """Where a content after a cue in the regular past ends before a second
    predicate of the cue's subject, also in the past: ``Roe insisted the pier
    was unsafe and closed it`` reports ``the pier was unsafe``; and where the
    content of a participle cue ends before a second participle that reports
    (``..., praising the crew but insisting that ...``: measured with any
    participle, dev -0.2 detection F1; with reporting ones only, train +3
    matched, dev unchanged).

    ``and`` between two past forms joins them inside the content (``who was born
    and raised``), and is left alone.  Measured and left out: the same cut after
    ``said`` and other irregular pasts, whose content often goes on in the past
    (train -0.2, dev -0.4 detection F1).  The positions are found once per sentence
    (one regex pass) and kept on it.  After a perfect cue, a coordinator and
    the same auxiliary end the content too (:mod:`~quoteattr.rules.reported.perfect`).
    """
    w = s.w
    cue = s.text[report.cue[0] : report.cue[1]].split()[0].lower()
    aux = perfect_aux(s, report.cue[0])
    if aux is not None:
        end = perfect_end(s, _patterns(w).predicate, aux, report.start, end)
    if not w.is_past(cue) and not w.is_participle(cue):
        return end
    if s.predicates is None:
        s.predicates = []
        for m in _patterns(w).predicate.finditer(s.text, s.start, s.scan_end):
            verb = m.group(1)
            if m.group(2) is not None and w.is_adverb(verb):
                verb = m.group(2)  # "and later closed it"
            before = LAST_WORD_RE.search(s.text, max(s.start, m.start() - 24), m.start())
            last = before.group(1).lower() if before is not None else ""
            if s.quoted.contains(m.start()):
                continue
            if w.is_past(verb) and not w.is_past(last):
                s.predicates.append(m.start())
            elif w.is_participle(verb) and verb in w.verbs and not w.is_participle(last):
                s.gerund_predicates.append(m.start())  # "..., citing A and urging B"
    found = s.predicates if w.is_past(cue) else s.gerund_predicates
    k = bisect.bisect_right(found, report.start)
    return min(end, found[k]) if k < len(found) else end


def _clause_end(s: Sentence, start: int, end: int) -> int:
    """Where a content that runs from *start* ends: a semicolon, or a comma before
    a word that opens another clause (``, while ...``, a participle: ``, leading to ...``).

    The sentence's boundaries are found once and kept on it (see :func:`_boundaries_from`).
    Measured and left out: a cut before ``, who``/``, which``/``, where`` (train
    +0.2, dev -0.6 detection F1; after a name it is made, by
    :func:`~quoteattr.rules.reported.relatives.relative_end`) and before ``and``
    with a finite verb (dev -0.9).
    """
    boundaries = _boundaries_from(s, start)
    k = bisect.bisect_right(boundaries, start)
    if (
        k < len(boundaries)
        and after_comma(s.text, start, s.start)
        and len(WORDS_RE.findall(s.text, start, boundaries[k])) <= OPENING_WORDS
    ):
        # "admit that, given the divide, instituting ... will not be easy": the
        # comma closes a phrase set before the clause, which goes on.
        k += 1
    return min(end, boundaries[k]) if k < len(boundaries) else end


def _boundaries_from(s: Sentence, start: int) -> list[int]:
    """The offsets in the sentence where a clause the cue does not govern starts,
    at least those at or after *start* (a content's start).

    A boundary match holds one comma or semicolon, its first character, so the
    matches a search from any offset finds are those of a search of the whole
    sentence from there on.  The stretch before the first content asked for is
    never searched; an earlier start asked later adds only the stretch before
    what was searched (each character is searched once: linear).
    """
    lo = max(start, s.start)
    if s.boundaries is not None and lo >= s.boundaries_from:
        return s.boundaries
    stop = s.boundaries_from if s.boundaries is not None else s.scan_end + 1
    found: list[int] = []
    for m in _patterns(s.w).boundary.finditer(s.text, lo, s.scan_end):
        if m.start() >= stop:
            break
        if _opens_clause(s.w, m) and not s.quoted.contains(m.start()) and not inserted(s, m.start()):
            found.append(m.start())
    s.boundaries = found + (s.boundaries or [])
    s.boundaries_from = lo
    return s.boundaries


def _opens_clause(w: ReportWords, m: re.Match[str]) -> bool:
    """True for a boundary match that opens a clause the cue does not govern."""
    word, after = m.group(1), m.group(3) or ""
    if word is None:
        return True  # a semicolon
    lower = word.lower()
    # "..., a move that ...": an appositive that sums up the clause before it.
    summary = m.group(2) is not None and lower in w.indefinite
    if m.group(2) is None and after.lower() in w.complementizers and not (word in w.verbs and w.is_past(word)):
        return False  # "said X, but that Y": a second clause of the same report
    # ", but the council ..." opens a clause (as after ", and"); ", but required ..." goes on.
    opens = _opens_subject(w, after) or after.lower() in w.subject_openers
    # ", even as soon as": a comparison (the boundary word comes again), and ", even as a ..." a phrase
    phrase = (m.group(4) or "").lower() in w.indefinite or (m.group(5) or "").lower() == after.lower()
    return (
        lower in w.boundaries and (opens or lower not in w.coordinators)
        # ", even though the ...": the writer's clause of concession (train +4 matched)
        or (lower in w.boundary_leads and after.lower() in w.led_boundaries and not phrase)
        or w.is_participle(word, after)
        # ", even suggesting ...": the subject's next report (dev +1, train +1 matched)
        or (w.is_adverb(lower) or lower in w.boundary_leads) and after in w.verbs and w.is_participle(after)
        or word in w.verbs and w.is_past(word)  # "Roe, citing the poll, described ...": the subject's verb
        or summary
        or (lower in w.cls("joins") and _opens_subject(w, after) and not last_item(w, m.string, m.start()))
    )


def _opens_subject(w: ReportWords, word: str) -> bool:
    """True for a word that opens the subject of a new clause after ``, and``:
    a personal pronoun, an article or a capitalised word (``, and the council
    agreed``, ``, and Lund said ...``), not a verb (``, and urged ...``)."""
    lower = word.lower()
    pronoun = lower in w.pronouns and lower not in w.relative_pronouns
    return pronoun or lower in w.articles or word[:1].isupper()
