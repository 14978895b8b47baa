"""Stage 4, reported speech: the records the rules pass around.

:class:`Report` is the result of the stage; :class:`Sentence` is the sentence a
rule reads (its tokens, with each direct quote as one token), :class:`Found` a
report with what the coordination pass needs, :class:`Quoted` the document's
direct quotes.  :func:`make_report` trims a content to its words.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Sequence
from typing import NamedTuple

from quoteattr.document import Mention
from quoteattr.quotes import QuoteSpan
from quoteattr.rules.reported.words import ReportWords
from quoteattr.text.chars import DASHES
from quoteattr.text.tokens import Token


class Report(NamedTuple):
    """One report: ``text[start:end]`` is its content.

    ``mention`` is the source (``None`` when the text names none: ``It was
    reported that ...``), ``cue`` the offsets of the reporting expression.
    """

    start: int
    end: int
    mention: Mention | None
    cue: tuple[int, int]
    rule: str
    confidence: float


TERMINAL_PUNCT = ".!?;:,"

#: The text of a direct quote's token (its opening mark) in a sentence being read.
QUOTE_TOKENS = "\"“‘'«`"

#: The longest content a rule reports, in characters, before any cut.  The
#: longest of PolNeAR's 15,000 gold reports but one is 868 characters; a
#: sentence longer than this is not prose the rules can read (a list, a run of
#: text without sentence ends), and the bound keeps the output linear in the
#: input when cues crowd such a sentence.
LONGEST_CONTENT = 1000


#: The last word before the end of a search window.  The lookbehind makes a
#: search start only where a word starts, so a run of letters is read once
#: (linear, even over a window as long as the text).
LAST_WORD_RE = re.compile(r"(?<!\w)(\w+)\s*$")


#: A tag pronoun and the lowercase word after it (``he said``), after a quote's close.
_PRONOUN_TAG_RE = re.compile(r"\s*(\w+)\s+[a-z]")


def _opens_tag(text: str, pos: int, tag_pronouns: frozenset[str]) -> bool:
    """True when the words at *pos*, right after a quote, open its own tag: a
    capitalised word (``Lund told``) or a tag pronoun before a word (``he said``)."""
    if text[pos : pos + 2].lstrip()[:1].isupper():
        return True
    m = _PRONOUN_TAG_RE.match(text, pos, pos + 40)
    return m is not None and m.group(1) in tag_pronouns


class Quoted:
    """The direct quotes of a document, as sorted ``(open_at, close_at)`` ranges.

    Built once per reading of a document and handed to each of its sentences,
    it also keeps the answers that depend on the whole document:
    ``surnames`` maps a time word to whether the document names someone with
    it (see :mod:`~quoteattr.rules.reported.timewords`).
    """

    def __init__(self, spans: Sequence[QuoteSpan]) -> None:
        self.opens = [q.open_at for q in spans]
        self.closes = [q.close_at for q in spans]
        self.unclosed = [q.unclosed for q in spans]
        self.surnames: dict[str, bool] = {}

    def contains(self, pos: int) -> bool:
        """True when *pos* lies inside a quote (its marks included)."""
        k = bisect.bisect_right(self.opens, pos) - 1
        return k >= 0 and pos < self.closes[k]

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parts of the quotes that overlap ``[start, end)``, in order."""
        k = max(0, bisect.bisect_right(self.opens, start) - 1)
        out: list[tuple[int, int]] = []
        while k < len(self.opens) and self.opens[k] < end:
            if self.closes[k] > start:
                out.append((max(start, self.opens[k]), min(end, self.closes[k])))
            k += 1
        return out

    def last_close_before(self, pos: int, lo: int) -> int | None:
        """The end of the last quote that closes in ``[lo, pos)``, if any."""
        k = bisect.bisect_right(self.opens, pos) - 1
        while k >= 0 and self.closes[k] > pos:
            k -= 1
        return self.closes[k] if k >= 0 and self.closes[k] >= lo else None

    def closes_just_before(self, text: str, pos: int, lo: int) -> bool:
        """True when only spaces and commas stand between a quote's end and *pos*."""
        j = pos
        lo = max(lo, pos - 24)
        while j > lo and (text[j - 1].isspace() or text[j - 1] in ",-–—"):
            j -= 1
        k = bisect.bisect_right(self.opens, j) - 1
        return k >= 0 and self.closes[k] == j

    def titled(self, text: str, pos: int) -> bool:
        """True when the last quote that closes before *pos* is a short title set in a
        sentence (``Between two songs from "Salt Roads," Tredell praised ...``, ``After
        the film "Low Water," Kowal claimed ...``): it opens right after a word, holds at
        most :data:`_TITLE_WORDS` words, starts with a capital and ends on the
        comma of its sentence, so the cue after it is no tag of it."""
        k = bisect.bisect_right(self.opens, pos) - 1
        while k >= 0 and self.closes[k] > pos:
            k -= 1
        if k < 0:
            return False
        o = self.opens[k]
        if self.closes[k] - o > _TITLE_CHARS:
            return False  # too long for a title: no need to copy and split it
        j = o
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j == o or j == 0 or not text[j - 1].isalnum():
            return False  # a quote that opens its sentence, or follows a mark, is a quote
        inner = text[o : self.closes[k]].strip("\"'`“”‘’ ")
        # A title is capitalised and closed on the comma of the sentence around it.
        return inner[:1].isupper() and inner.endswith(",") and len(inner.split()) <= _TITLE_WORDS

    def cues_a_quote(self, text: str, pos: int) -> bool:
        """True when the cue word at *pos* follows a quote with at most a few words
        between (``"We won," Roe said``, ``"...," said``): it is the cue of that
        quote, and reports nothing of its own.  A quote that ends a sentence
        (``"We won." Roe said the ...``) does not count; one closed on a question
        or exclamation mark does (``"Why?" Roe asked the crowd``), unless a
        capitalised pronoun opens a new sentence after it (``"Why?" She asked
        ...``).  Checked on characters, before any tokenizing.
        """
        k = bisect.bisect_right(self.opens, pos) - 1
        if k < 0 or self.closes[k] > pos or pos - self.closes[k] > _CUE_AFTER_QUOTE:
            return False
        close = self.closes[k]
        inner = close - 1
        while (
            inner > self.opens[k]
            and not text[inner - 1].isalnum()
            and text[inner - 1] not in ".!?,"
        ):
            inner -= 1
        if text[inner - 1] == "." or text[inner - 1] in "!?" and _NEW_SENTENCE_RE.match(text, close, pos):
            return False
        return _FEW_WORDS_RE.fullmatch(text, close, pos) is not None

    def run_on(self, text: str, reports: list[Report], w: ReportWords) -> list[Report]:
        """*reports*, each content that opens a quote ending past it run on to the
        quote's close (``Roe said the pier "is sound. It will stand."``), and each
        that starts inside a quote closing inside it run back to the quote's
        opening (``... "It is old. It is safe" for now, Roe said``).

        The sentence splitter ends a content inside such a quote, but the report
        holds the whole quotation: its first sentence alone is a fragment
        of a mixed quote.  An unclosed quote gives no end to run on to, and a
        quote with a tag of its own is no part of the content
        (:meth:`_tagged`).
        """
        out = []
        for r in reports:
            k = bisect.bisect_left(self.opens, r.end) - 1  # the last quote that opens inside
            if (
                k >= 0
                and r.start <= self.opens[k]
                and r.end < self.closes[k] <= r.start + LONGEST_CONTENT
                and not self.unclosed[k]
                and not self._tagged(text, r.start, k, w)
            ):
                r = r._replace(end=self.closes[k])
            k = bisect.bisect_right(self.opens, r.start) - 1  # the last quote that opens before it
            if (
                k >= 0
                and self.opens[k] < r.start < self.closes[k] <= r.end
                and not self.unclosed[k]
                and r.end - self.opens[k] <= LONGEST_CONTENT
            ):
                r = r._replace(start=self.opens[k])
            out.append(r)
        return out

    def _tagged(self, text: str, start: int, k: int, w: ReportWords) -> bool:
        """True when quote *k*, which opens in a content that starts at *start*,
        has a tag of its own: a colon after a cue word of the content (``...,
        and added: "..."``), or a comma at its close before a capitalised word
        or a tag pronoun and a word (``"...," Lund told the crowd``, ``"...," he
        said``).  After a colon that follows no cue word (``Lund said the pier
        was a relic: "It leaks. ..."``) the quote is the rest of a mixed quote.
        """
        o, c = self.opens[k], self.closes[k]
        if text[max(start, o - 3) : o].rstrip().endswith(":") and any(
            m.group().lower() in w.verbs or m.group().lower() in w.cue_verbs
            for m in _WORD_RUN_RE.finditer(text, start, o)
        ):
            return True
        return text[o:c].rstrip("\"'\u201d\u2019 ").endswith(",") and _opens_tag(text, c, w.lexicon.tag_pronouns)

    def open_around(self, pos: int) -> int:
        """*pos*, or the opening of the quote it falls inside."""
        k = bisect.bisect_right(self.opens, pos) - 1
        return self.opens[k] if k >= 0 and self.closes[k] > pos else pos

    def words_outside(self, text: str, start: int, end: int) -> bool:
        """True when ``text[start:end]`` has a letter or digit outside every quote."""
        k = max(0, bisect.bisect_right(self.opens, start) - 1)
        pos = start
        for _ in range(64):  # a content that spans more quotes than this has words between them
            if pos >= end:
                return False
            if k < len(self.opens) and self.opens[k] < end and self.closes[k] > pos:
                if self.opens[k] > pos and _has_word(text, pos, self.opens[k]):
                    return True
                pos = max(pos, self.closes[k])
                k += 1
                continue
            if k < len(self.opens) and self.closes[k] <= pos:
                k += 1
                continue
            return _has_word(text, pos, end)
        return True


_WORD_CHAR_RE = re.compile(r"[^\W_]")
#: A run of word characters (a word, a part of a hyphenated word).
_WORD_RUN_RE = re.compile(r"\w+")

#: How far after a quote's end a cue word may be and still be its cue.
_CUE_AFTER_QUOTE = 48
#: How many words a quote set in a sentence may hold and still be read as a title.
_TITLE_WORDS = 6
#: The most characters a title of :data:`_TITLE_WORDS` words may span, marks included.
_TITLE_CHARS = 80
#: Spaces, commas and at most four capitalised words or a pronoun: the subject
#: of a quote's cue (``"...," Sen. Ana Roe said``, ``"...," she said``).
#: A capitalised pronoun right after a quote closed on "?" or "!": a new sentence, not the quote's tag.
_NEW_SENTENCE_RE = re.compile(r"[ \t]*(?:He|She|They|We|It)\b")
_FEW_WORDS_RE = re.compile(r"[ \t,]*(?:(?:[A-Z][\w.'’\-]*|he|she|they|we|it|I)[ \t]+){0,4}")


def _has_word(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds a letter or digit."""
    return _WORD_CHAR_RE.search(text, start, end) is not None


_START = operator.itemgetter(0)


class Sentence:
    """One sentence being read: its tokens, the offset where its content ends,
    and indexes built once so that no rule rescans the sentence per cue.

    ``first_word`` is the index of its first word token, ``commas`` the indexes
    of its comma tokens, ``words_before[i]`` the number of word tokens before
    token *i*; ``boundaries`` (built on first use, from the first content start asked) the offsets where a clause
    the cue does not govern may start (see :mod:`quoteattr.rules.reported.scan`);
    ``w`` the words of the document's lexicon.
    """

    __slots__ = (
        "w",
        "text",
        "start",
        "end",
        "tokens",
        "starts",
        "quoted",
        "first_word",
        "_commas",
        "_words",
        "boundaries",
        "boundaries_from",
        "predicates",
        "gerund_predicates",
        "scan_end",
    )

    def __init__(
        self, w: ReportWords, text: str, start: int, end: int, tokens: list[Token], quoted: Quoted
    ) -> None:
        self.w = w
        self.text = text
        self.start = start
        self.end = end
        self.tokens = tokens
        self.quoted = quoted
        self.starts = list(map(_START, tokens))
        # Nearly every sentence opens with a word: told without a generator.
        self.first_word = (
            0
            if tokens and tokens[0].text[0].isalnum()
            else next((i for i, t in enumerate(tokens) if t.text[0].isalnum()), len(tokens))
        )
        self._commas: list[int] | None = None
        self._words: list[int] | None = None
        self.boundaries: list[int] | None = None
        #: Where the search for ``boundaries`` started (see the scan's ``_boundaries_from``).
        self.boundaries_from = end
        #: Where a second predicate of a cue's subject may start (built on first use).
        self.predicates: list[int] | None = None
        #: Where a second participle of a participle cue's clause may start (built with ``predicates``).
        self.gerund_predicates: list[int] = []
        #: Where the search for clause boundaries stops (no content runs further).
        self.scan_end = end

    @property
    def commas(self) -> list[int]:
        """Indexes of the comma tokens (found on first use)."""
        if self._commas is None:
            self._commas = [i for i, t in enumerate(self.tokens) if t.text == ","]
        return self._commas

    @property
    def words_before(self) -> list[int]:
        """``words_before[i]``: how many word tokens stand before token *i* (on first use)."""
        if self._words is None:
            self._words = [0, *itertools.accumulate(t.text[0].isalnum() for t in self.tokens)]
        return self._words

    def comma_after(self, i: int) -> int | None:
        """Index of the first comma token at or after token *i*, if any."""
        k = bisect.bisect_left(self.commas, i)
        return self.commas[k] if k < len(self.commas) else None


class Found(NamedTuple):
    """A report and what the coordination pass needs.

    ``cut_at`` is where an earlier report's content ends when this report is
    coordinated with it (``None`` when it is not); ``forward`` is true when the
    content runs from the cue to the sentence end, and so may be cut short.
    ``hidden`` marks a report that only bounds the others of its sentence and is
    not returned: the words before the cue of a direct quote (``When Lund left,
    Roe said, "we were floored"``) are no report of Roe's, yet no content
    before them runs on into the quote.
    """

    report: Report
    cut_at: int | None
    forward: bool
    hidden: bool = False


def offset(s: Sentence, i: int) -> int:
    """The start of token *i*, or the end of the content when *i* is past the last token."""
    return s.tokens[i].start if i < len(s.tokens) else s.end


#: What a content's end is trimmed of, besides space.
_TRAILING_MARKS = TERMINAL_PUNCT + "-–—"


def make_report(
    s: Sentence,
    start: int,
    end: int,
    mention: Mention | None,
    cue: tuple[int, int],
    rule: str,
    confidence: float,
) -> Report | None:
    """A report with its content trimmed of edge spaces and punctuation, or None if empty
    or longer than :data:`LONGEST_CONTENT`."""
    if end - start > LONGEST_CONTENT:
        return None
    text = s.text
    while start < end and (text[start].isspace() or text[start] in ",:;-–—"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING_MARKS):
        end -= 1
    m = LAST_WORD_RE.search(text, max(start, end - 8), end)
    if m is not None and m.group(1).lower() in s.w.coordinators and m.start() > start:
        return make_report(
            s, start, m.start(), mention, cue, rule, confidence
        )  # "..., and" before a cut
    if end <= start or (
        end - start <= s.w.longest_empty and text[start:end].lower() in s.w.empty_content
    ):
        return None
    return Report(start, _closing_mark_end(text, start, end), mention, cue, rule, confidence)


#: A comma and a closing quotation mark right after a content's end.
_CLOSING_RE = re.compile(r",?[\u201d\"]")


def _closing_mark_end(text: str, start: int, end: int) -> int:
    """*end*, or past the comma and the closing mark right after it when the
    content holds an opening mark they close: a content never holds an
    unbalanced quotation mark (``Since Kowal insists the tariff is "a gift to
    the big trawlers," few ...``: the content ends after ``,"``, as PolNeAR's do)."""
    m = _CLOSING_RE.match(text, end)
    if m is None:
        return end
    content = text[start:end]
    curly = m.group().endswith("\u201d") and content.count("\u201c") > content.count("\u201d")
    straight = m.group().endswith('"') and content.count('"') % 2 == 1
    return m.end() if curly or straight else end


def wrap(
    report: Report | None, cut_at: int | None, forward: bool, hidden: bool = False
) -> Found | None:
    """A :class:`Found` for *report*, or None."""
    return None if report is None else Found(report, cut_at, forward, hidden)


def index_at(s: Sentence, pos: int) -> int:
    """Index of the first token that starts at or after *pos*."""
    return bisect.bisect_left(s.starts, pos)


#: How far back from a cue word the opening ``<`` of a markup tag is looked for.
_TAG_REACH = 200
#: A markup tag's name right after its ``<`` (``<tweet``, ``</tweet``).
_TAG_NAME_RE = re.compile(r"</?[A-Za-z][\w:.-]*(?=[\s>/])")


def in_markup(text: str, pos: int) -> bool:
    """True when the cue word at *pos* stands inside a markup tag (``<tweet
    author="..." datetime="...">``, ``</tweet>``): a tag's name and attributes
    are not prose, and ``tweet`` there reports nothing.  A tag opens with ``<``,
    an optional ``/`` and a name, then a space, ``>`` or ``/``; an opening tag
    starts the text or follows a space or another tag (``x<y and Roe said ...>``
    is no tag); no ``>`` stands between it and the word."""
    lt = text.rfind("<", max(0, pos - _TAG_REACH), pos)
    if lt < 0 or text.find(">", lt, pos) >= 0 or not _TAG_NAME_RE.match(text, lt):
        return False
    if text[lt + 1 : lt + 2] != "/" and lt > 0 and not (text[lt - 1].isspace() or text[lt - 1] == ">"):
        return False
    gt = text.find(">", pos, pos + _TAG_REACH)
    return gt >= 0 and text.find("<", pos, gt) < 0


def _dash_runs(tokens: list[Token], hi: int) -> list[tuple[int, int]]:
    """The dashes set off by spaces before token *hi*, as (first, last) token
    indices: ``--`` is read as two tokens and counts once."""
    runs: list[tuple[int, int]] = []
    for j in range(hi):
        if tokens[j].text not in DASHES:
            continue
        if runs and runs[-1][1] == j - 1:
            runs[-1] = (runs[-1][0], j)
        else:
            runs.append((j, j))
    return [(a, b) for a, b in runs if a > 0 and b + 1 < len(tokens) and tokens[a - 1].end < tokens[a].start and tokens[b].end < tokens[b + 1].start]


def closes_aside(tokens: list[Token], j: int) -> bool:
    """True when token *j* ends a dash that closes a pair set off by spaces
    (``the toll was fair -- as it had been -- Tam Reddick noted``)."""
    runs = _dash_runs(tokens, j + 1)
    return bool(runs) and runs[-1][1] == j and len(runs) % 2 == 0
