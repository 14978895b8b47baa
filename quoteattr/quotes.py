"""Stage 2: find quoted spans.

One compiled pass finds every double-style quotation mark; marks are then
paired paragraph by paragraph with a small state machine:

* Marks that only open (``“ „ « ``) or only close (``” »``) are taken at
  their word; a ``”`` with a space before it and a letter after it is read as
  an opener, because some texts use one glyph for both.
* Ambiguous marks (``"`` and the newswire ``''``) close an open quote and
  otherwise open one when a non-space follows and no letter or digit precedes
  (so the inch mark in ``5'10"`` and the ``12" pizza`` never open a quote).
* A quote still open at the end of its paragraph ends there and is marked
  ``unclosed``; when the next paragraph starts with an opening mark it
  continues the same speech (news and fiction convention).
* Single marks (``‘ ’ '``) are outer quotes in a text that has no
  double-style quotes, or that opens more paragraphs with a single mark than
  it has double-style quotes outside them (British style, where ``“ ”``
  nests inside ``‘ ’`` or marks a title); otherwise they are apostrophes or
  nested quotes, and nested quotes stay inside their outer quote.
* Paragraphs that open with a dialogue dash (``— I know, he said.``) are
  speech where evidence near them says so: :mod:`quoteattr.dashes`.

No quote ever runs past its paragraph, and no input raises.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from typing import NamedTuple

import regex

from quoteattr.dashes import DashSpeech, find_dash_speech
from quoteattr.lang import Lexicon
from quoteattr.text.chars import (
    APOSTROPHES,
    DASHES,
    DIALOGUE_DASHES,
    DOUBLE_AMBIGUOUS,
    DOUBLE_CLOSERS,
    DOUBLE_MARK_RE,
    DOUBLE_OPENERS,
    FULLWIDTH_QUOTATION,
    HIGH_REVERSED_DOUBLE,
    LEFT_DOUBLE,
    LEFT_GUILLEMET,
    LOW_DOUBLE,
    LOW_OPENER_CLOSERS,
    QUOTATION_MARK,
    RIGHT_DOUBLE,
    RIGHT_GUILLEMET,
    SINGLE_AMBIGUOUS,
    SINGLE_MARK_RE,
    SINGLE_OPENERS,
    TWO_APOSTROPHES,
    TWO_BACKTICKS,
)
from quoteattr.text.segment import paragraph_heads, paragraph_spans


class QuoteSpan(NamedTuple):
    """A quoted span found in the text, before attribution.

    ``open_at``/``close_at`` are the offsets of the outside of the marks
    (``close_at == end`` for an unclosed quote); ``start``/``end`` cover the
    quoted words, whitespace trimmed.  ``paragraph`` indexes the paragraph list;
    ``continues`` is true when this quote reopens a speech left open at the end
    of the previous paragraph.
    """

    open_at: int
    start: int
    end: int
    close_at: int
    paragraph: int
    unclosed: bool
    continues: bool


#: Characters after which an ambiguous mark may open a quote: nothing that
#: glues it to a preceding word or number.
def _can_open_after(ch: str) -> bool:
    """True when a mark preceded by *ch* may be an opening mark."""
    return not (ch.isalnum() or ch in ".%")


def find_quotes(
    text: str,
    paragraphs: list[tuple[int, int]] | None = None,
    single_quotes: str = "auto",
    lexicon: Lexicon | None = None,
    dash_dialogue: str = "auto",
) -> list[QuoteSpan]:
    """Find every quoted span in *text*, sorted by offset.

    Args:
        text: the document.
        paragraphs: paragraph spans from :func:`paragraph_spans` (computed when omitted).
        single_quotes: ``"auto"`` uses ``‘ ’``/``'`` as outer quotes when the text
            has no double-style quotes, or when more paragraphs open with a single
            mark than there are double-style quotes outside them (Q7);
            ``"never"`` and ``"always"`` force it.
        lexicon: gives the words written with a leading apostrophe and the
            words of a dash-dialogue tag (English by default).
        dash_dialogue: ``"auto"`` reads paragraphs that open with a dialogue dash
            as speech where evidence near them says so (D1-D6); ``"always"`` reads
            every such paragraph as speech, ``"never"`` none.

    Returns:
        The quoted spans, in document order, never overlapping.

    >>> [text[q.start:q.end] for text in ['"Hi," he said.'] for q in find_quotes(text)]
    ['Hi,']
    """
    if paragraphs is None:
        paragraphs = paragraph_spans(text)
    lexicon = lexicon or Lexicon.english()
    # The first character of every paragraph, gathered at C speed: most texts
    # open no paragraph with a single mark or a dash, and then skip both checks.
    heads = paragraph_heads(text, paragraphs)
    found = _find_marked(text, paragraphs, single_quotes, heads, lexicon)
    if dash_dialogue != "never" and not _DASH_HEADS.isdisjoint(heads):
        dashed = find_dash_speech(text, paragraphs, dash_dialogue, lexicon)
        if dashed:
            return _merge_dashed(found, dashed)
    return found


#: First characters of a paragraph that may open dash dialogue (``-`` for ``--``).
_DASH_HEADS = frozenset(d[0] for d in DIALOGUE_DASHES)


def _find_marked(
    text: str, paragraphs: list[tuple[int, int]], single_quotes: str, heads: str, lexicon: Lexicon
) -> list[QuoteSpan]:
    """The spans set off by quotation marks, in the style *single_quotes* selects."""
    elisions = lexicon.leading_elisions
    doubles: list[QuoteSpan] = []
    if single_quotes != "always":
        doubles = _pair(text, paragraphs, _marks(DOUBLE_MARK_RE, text), _classify_double, frozenset())
        if single_quotes == "never" or (
            doubles
            and not (not _SINGLE_LEADS.isdisjoint(heads) and _single_style(text, paragraphs, doubles, heads, elisions))
        ):
            return doubles
    singles = _pair(
        text, paragraphs, _marks(SINGLE_MARK_RE, text), _classify_single, elisions, _trailing_elisions(lexicon)
    )
    if not doubles:
        return singles
    # A single-style text keeps its double-quoted titles outside speech; the
    # ones nested inside a single quote are part of it.
    return _merge_disjoint(singles, doubles)


def _single_style(
    text: str, paragraphs: list[tuple[int, int]], doubles: list[QuoteSpan], heads: str, elisions: frozenset[str]
) -> bool:
    """True when a text with double quotes still uses single marks for speech (Q7).

    British style opens a speech with ``‘`` and nests ``“ ”`` inside it, or
    uses double marks for a title: more paragraphs open with a single mark
    than there are double-style quotes outside such paragraphs.  News nests
    single marks inside double ones and opens a paragraph with a single mark
    only for a heading, so it never qualifies.
    """
    led = {k for k in (m.start() for m in _SINGLE_HEAD_RE.finditer(heads)) if _opens_single(text, paragraphs[k], elisions)}
    if not led:
        return False
    outside = sum(1 for q in doubles if q.paragraph not in led)
    return len(led) > outside


#: Characters that may open a paragraph with a single quotation mark.
_SINGLE_LEADS = SINGLE_OPENERS | SINGLE_AMBIGUOUS

#: One of :data:`_SINGLE_LEADS`, searched in a string of paragraph heads.
_SINGLE_HEAD_RE = regex.compile("[" + regex.escape("".join(sorted(_SINGLE_LEADS))) + "]")


def _opens_single(text: str, paragraph: tuple[int, int], elisions: frozenset[str]) -> bool:
    """True when the single mark opening *paragraph* opens a quotation (not an elision: ``’Tis``, ``'90s``)."""
    p0, p1 = paragraph
    nxt = p0 + 1
    if nxt >= p1 or not text[nxt].isalpha():
        return False
    return text[p0] in SINGLE_OPENERS or not _starts_elision(text, nxt, p1, elisions)


def _merge_disjoint(primary: list[QuoteSpan], extra: list[QuoteSpan]) -> list[QuoteSpan]:
    """*primary* plus the spans of *extra* that overlap none of it, in document order.

    Both lists are sorted and free of overlaps, so one merging pass does it.
    """
    merged: list[QuoteSpan] = []
    i, n = 0, len(primary)
    for q in extra:
        while i < n and primary[i].close_at <= q.open_at:
            merged.append(primary[i])
            i += 1
        if i < n and primary[i].open_at < q.close_at:
            continue  # q overlaps primary[i]: nested in it, or crossing it
        merged.append(q)
    merged.extend(primary[i:])
    return merged


def _merge_dashed(found: list[QuoteSpan], dashed: list[DashSpeech]) -> list[QuoteSpan]:
    """Dash speech plus the marked quotes outside it: a quote inside a speech is part of it (D1)."""
    spans = [QuoteSpan(d.open_at, d.start, d.end, d.close_at, d.paragraph, False, False) for d in dashed]
    return _merge_disjoint(spans, found)


def _marks(pattern: regex.Pattern[str], text: str) -> list[tuple[int, str]]:
    """``(offset, mark)`` for every match of *pattern*.

    One match object at a time: a list of them all would hold a flood of
    marks in memory at once.
    """
    return [(m.start(), m.group()) for m in pattern.finditer(text)]


#: Decides a mark's role from the character before it, the mark and the character after it.
_Classifier = Callable[[str, str, str], int]

# A mark's role: open, close, or either (decided by the pairing state), or skip.
_OPEN, _CLOSE, _EITHER, _SKIP = 0, 1, 2, 3


def _classify_double(prev: str, mark: str, nxt: str) -> int:
    """Role of a double-style mark between characters *prev* and *nxt*."""
    if mark in DOUBLE_OPENERS:
        # A right-flanking opener ("Hello,“ he said) is a typo for a closer.
        if not prev.isspace() and nxt.isspace() and mark != LOW_DOUBLE:
            return _EITHER
        return _OPEN
    if mark in DOUBLE_CLOSERS:
        if prev.isspace() and not nxt.isspace() and not _is_closing_punct(nxt):
            return _EITHER
        return _CLOSE
    if mark in DOUBLE_AMBIGUOUS:
        return _EITHER
    return _SKIP


def _is_closing_punct(ch: str) -> bool:
    """True for punctuation that typically follows a closing mark."""
    return ch in ",.;:!?)]}" or ch.isspace()


def _starts_elision(text: str, pos: int, limit: int, elisions: frozenset[str]) -> bool:
    """True when ``text[pos:]`` starts with a word of *elisions* (``'tis``, ``'em``) that then ends.

    A single mark before such a word is an apostrophe, never an opening quote.
    """
    end = pos
    while end < limit and end - pos < 6 and text[end].isalpha():
        end += 1
    if end < limit and text[end].isalpha():
        return False
    return text[pos:end].lower() in elisions


def _is_inch_mark(text: str, pos: int, lo: int) -> bool:
    """True for the ``"`` of a feet-and-inches measure (``5'10"``), which never opens or closes."""
    i = pos - 1
    while i >= lo and pos - i <= 2 and text[i].isdigit():
        i -= 1
    return i < pos - 1 and i - 1 >= lo and text[i] in APOSTROPHES and text[i - 1].isdigit()


#: Characters after which a single mark before a letter opens a quote: a bracket,
#: a dash, or a double mark (a single quote nested at the start of a double one).
_BEFORE_SINGLE_OPENER = frozenset("([{") | DASHES | frozenset({QUOTATION_MARK, LEFT_DOUBLE})


def _classify_single(prev: str, mark: str, nxt: str) -> int:
    """Role of a single-style mark: apostrophes inside words are skipped."""
    if mark in SINGLE_OPENERS:
        return _OPEN
    if mark not in SINGLE_AMBIGUOUS:
        return _OPEN  # backtick-style openers
    if prev.isalnum() and nxt.isalnum():
        return _SKIP  # don't, O'Brien, rock'n'roll
    if (prev.isspace() or prev in _BEFORE_SINGLE_OPENER) and nxt.isalpha():
        return _OPEN  # '90s is an elision: a digit never follows an opener
    if not prev.isspace() and not nxt.isalnum():
        return _CLOSE
    return _SKIP


# The loop jumps straight to the paragraph of the next mark: most paragraphs
# hold none, and a paragraph without marks closes no quote.
def _pair(
    text: str, paragraphs: list[tuple[int, int]], marks: list[tuple[int, str]], classify: _Classifier,
    elisions: frozenset[str], trailing: TrailingElisions | None = None,
) -> list[QuoteSpan]:
    """Pair opening and closing marks paragraph by paragraph (*elisions* and *trailing* for single marks)."""
    single_style = classify is _classify_single
    quotes: list[QuoteSpan] = []
    n_marks = len(marks)
    mi = 0
    left_open = False  # the previous paragraph ended inside a quote
    para_starts = [p0 for p0, _ in paragraphs]
    pi = 0  # the next paragraph to read
    while mi < n_marks:
        target = bisect.bisect_right(para_starts, marks[mi][0]) - 1
        if target < pi:
            mi += 1  # a mark outside every paragraph (cannot happen: marks are not space)
            continue
        if target > pi:
            left_open = False
        pi = target
        p0, p1 = paragraphs[pi]
        open_at, open_mark, open_len = -1, "", 0
        first_in_paragraph, continues = True, False
        while mi < n_marks and marks[mi][0] < p1:
            pos, mark = marks[mi]
            mi += 1
            end = pos + len(mark)
            prev = text[pos - 1] if pos > p0 else " "
            nxt = text[end] if end < p1 else " "
            role = classify(prev, mark, nxt)
            if role == _SKIP or (
                # Only then can it be an elision's apostrophe or an inch mark (a digit before it).
                ((single_style and role != _CLOSE) or (mark == QUOTATION_MARK and prev.isdigit()))
                and _not_a_mark(text, pos, mark, role, p0, p1, single_style, elisions)
            ):
                continue
            if open_at < 0:
                if role == _CLOSE or (role == _EITHER and (nxt.isspace() or not _can_open_after(prev))):
                    continue
                open_at, open_mark, open_len = pos, mark, len(mark)
                continues = left_open and first_in_paragraph and pos == p0
                first_in_paragraph = False
                continue
            action = _inside_quote(text, mark, role, prev, end, p1, open_mark, trailing)
            if action == _KEEP_OPEN:
                continue
            if action == _REOPEN:
                open_at, open_mark, open_len = pos, mark, len(mark)
                continue
            _emit(text, quotes, open_at + open_len, pos, open_at, end, pi, False, continues)
            open_at = -1
            continues = False
        left_open = open_at >= 0
        if left_open:
            _emit(text, quotes, open_at + open_len, p1, open_at, p1, pi, True, continues)
        pi += 1
    return quotes


class TrailingElisions:
    """The words a single mark may follow as an apostrophe (``students'``, ``goin'``, ``o'``), from a lexicon.

    >>> t = TrailingElisions(Lexicon.english())
    >>> [t.before(w, len(w)) for w in ("students", "goin", "o", "upset")]
    [True, True, True, False]
    """

    __slots__ = ("words", "endings")

    def __init__(self, lexicon: Lexicon) -> None:
        self.words = lexicon.trailing_elisions
        self.endings = lexicon.endings_of("plural") + lexicon.endings_of("dropped g")

    def before(self, text: str, pos: int) -> bool:
        """True when the word ending at *pos* takes a trailing apostrophe."""
        k = pos
        # The endings and elisions are short: a few letters back tell.
        while k > 0 and pos - k < _WORD_TAIL and text[k - 1].isalpha():
            k -= 1
        word = text[k:pos].lower()
        return word.endswith(self.endings) or (
            word in self.words and (k == 0 or not text[k - 1].isalpha())
        )


#: How many letters of a word :class:`TrailingElisions` reads back.
_WORD_TAIL = 8


@functools.lru_cache(maxsize=16)
def _trailing_elisions(lexicon: Lexicon) -> TrailingElisions:
    """The trailing-elision test of *lexicon*, built once."""
    return TrailingElisions(lexicon)


def _not_a_mark(
    text: str, pos: int, mark: str, role: int, p0: int, p1: int, single_style: bool, elisions: frozenset[str]
) -> bool:
    """True for an apostrophe before an elision (``'tis``) or the inch mark of ``5'10"``."""
    end = pos + len(mark)
    if single_style and role != _CLOSE and _starts_elision(text, end, p1, elisions):
        return True
    return mark == QUOTATION_MARK and _is_inch_mark(text, pos, p0)


# What a mark does to the quote open before it.
_KEEP_OPEN, _REOPEN, _CLOSES = 0, 1, 2


def _inside_quote(
    text: str, mark: str, role: int, prev: str, end: int, limit: int, open_mark: str, trailing: TrailingElisions | None
) -> int:
    """What *mark* (of *role*, after character *prev*) does to the quote *open_mark* opened (*trailing*: in single style)."""
    single_style = trailing is not None
    # A mark of another family is a quote nested inside the open one
    # ("... the question: “As you know ...”" inside straight quotes), unless
    # it is an opening glyph typed as a closer ("Hello,“ he said).
    if (
        not single_style
        and _FAMILY.get(mark) != _FAMILY.get(open_mark)
        and not (mark in DOUBLE_OPENERS and role == _EITHER)
    ):
        return _KEEP_OPEN
    closes = role in (_CLOSE, _EITHER)
    if open_mark == LOW_DOUBLE and mark in LOW_OPENER_CLOSERS:
        closes = True
    if role == _OPEN and not closes:
        # In single style an elision inside the quote ('n', 'em); in double
        # style a second opener: the first one was stray, start again here.
        return _KEEP_OPEN if single_style else _REOPEN
    if trailing is not None and prev.isalpha() and _next_is_lower(text, end, limit) and trailing.before(text, end - len(mark)):
        # A letter before and a lowercase word after: the students' votes,
        # rock 'n' roll, goin' home.  A closer that a lowercase word follows
        # ends a phrase quoted mid-sentence: was 'very upset' by.
        return _KEEP_OPEN
    return _CLOSES


#: Families of double marks: inside an open quote, a mark of another family
#: belongs to a nested quotation and neither closes nor reopens the outer one.
_FAMILY: dict[str, str] = {
    QUOTATION_MARK: "straight",
    FULLWIDTH_QUOTATION: "straight",
    LEFT_DOUBLE: "curly",
    RIGHT_DOUBLE: "curly",
    LOW_DOUBLE: "curly",
    HIGH_REVERSED_DOUBLE: "curly",
    LEFT_GUILLEMET: "guillemet",
    RIGHT_GUILLEMET: "guillemet",
    TWO_BACKTICKS: "newswire",
    TWO_APOSTROPHES: "newswire",
}


def _next_is_lower(text: str, pos: int, limit: int) -> bool:
    """True when the first non-space character at or after *pos* is a lowercase letter."""
    while pos < limit and text[pos].isspace():
        pos += 1
    return pos < limit and text[pos].islower()


def _emit(
    text: str,
    out: list[QuoteSpan],
    start: int,
    end: int,
    open_at: int,
    close_at: int,
    paragraph: int,
    unclosed: bool,
    continues: bool,
) -> None:
    """Append a quote with its words trimmed of whitespace, unless it is empty."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(QuoteSpan(open_at, start, end, close_at, paragraph, unclosed, continues))

