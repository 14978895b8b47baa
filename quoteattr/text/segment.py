"""Stage 1: paragraphs and sentences, with offsets into the original text.

Nothing here rewrites the text: every function returns ``(start, end)`` pairs.
Paragraphs are separated by blank lines; a text without any blank line (one
paragraph per line, as many scrapers write it) is split at every line break.

Sentences are split at ``.``, ``!``, ``?`` and ``...`` (with any closing quotes
or brackets after them) when the next word can start a sentence, and not after
an abbreviation (``Mr.``, ``U.S.``, ``Jan.``), an initial (``J. Smith``) or
inside a number (``3.5``).  :func:`sentence_spans` works on any window of the
text, so the attribution stage only splits the sentences it needs.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator

import regex

from quoteattr.lang import Lexicon
from quoteattr.text.chars import (
    CLOSING_QUOTE_CLASS,
    CLOSING_QUOTES,
    NEWLINE_CHARS,
    OPENING_QUOTE_CLASS,
    PARAGRAPH_SEPARATOR,
)

#: Atomic, so that one CRLF can never be read as two line breaks (a blank line).
_NL = r"(?>\r\n|[" + NEWLINE_CHARS + r"])"
_HSPACE = r"[^\S" + NEWLINE_CHARS + PARAGRAPH_SEPARATOR + r"]"

#: A blank line (line break, optional horizontal space, line break), or a
#: Unicode paragraph separator.  Linear: each alternative consumes input.
_BLANK_LINE_RE = regex.compile(_NL + _HSPACE + r"*" + _NL + r"|" + PARAGRAPH_SEPARATOR)
#: A paragraph break: a blank line, then all the space after it.  The blank
#: line is read once: the ``\s*`` after it takes any further blank lines (a
#: repeated group there held about 200 bytes per line break of a long run
#: while the regex engine matched it).
_BLANK_BREAK_RE = regex.compile(r"(?:" + _NL + _HSPACE + r"*" + _NL + r"|" + PARAGRAPH_SEPARATOR + r")\s*")
_LINE_BREAK_RE = regex.compile(r"(?:" + _NL + r"|" + PARAGRAPH_SEPARATOR + r")\s*")


#: The same patterns for a text whose only line break is ``\n`` (nearly every
#: text): opening with a literal lets the engine skip ahead several times faster.
_LF_BLANK_LINE_RE = regex.compile(r"\n" + _HSPACE + r"*\n")
_LF_BLANK_BREAK_RE = regex.compile(r"\n" + _HSPACE + r"*\n\s*")
_LF_LINE_BREAK_RE = regex.compile(r"\n\s*")
_OTHER_BREAKS = tuple(c for c in NEWLINE_CHARS + PARAGRAPH_SEPARATOR if c != "\n")


def _only_line_feeds(text: str) -> bool:
    """True when ``\n`` is the only line or paragraph break character in *text*."""
    return not any(c in text for c in _OTHER_BREAKS)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Split *text* into paragraphs, returned as ``(start, end)`` offsets.

    Paragraphs are separated by blank lines (or U+2029); when the text has no
    blank line at all, every line is a paragraph.  Leading and trailing
    whitespace is left out of each span; empty paragraphs are dropped.

    >>> paragraph_spans("One.\\n\\nTwo.\\n")
    [(0, 4), (6, 10)]
    >>> paragraph_spans("One.\\nTwo.")
    [(0, 4), (5, 9)]
    """
    if _only_line_feeds(text):
        breaks = _LF_BLANK_BREAK_RE if _LF_BLANK_LINE_RE.search(text) else _LF_LINE_BREAK_RE
    else:
        breaks = _BLANK_BREAK_RE if _BLANK_LINE_RE.search(text) else _LINE_BREAK_RE
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in breaks.finditer(text):
        _append_trimmed(text, pos, m.start(), spans)
        pos = m.end()
    _append_trimmed(text, pos, len(text), spans)
    return spans


def paragraph_heads(text: str, paragraphs: list[tuple[int, int]]) -> str:
    """The first character of every paragraph of *paragraphs*, one per paragraph.

    Gathered without a Python-level loop, so that a stage can test all
    paragraph openings at once (``"—" in heads``) and find the few that
    matter with a regular expression over this short string.

    >>> paragraph_heads("One.\\n\\n- two", paragraph_spans("One.\\n\\n- two"))
    'O-'
    """
    return "".join(map(text.__getitem__, map(_START, paragraphs)))


#: A span's start offset.
_START = operator.itemgetter(0)

#: The longest paragraph read as a heading (``Chapter X: A Visit``).
_MAX_HEADING = 80
#: Words of at most this many letters may stay lowercase in a heading (``of``, ``and``, ``the``).
_SHORT_WORD = 3
_HEADING_WORD_RE = regex.compile(r"\p{L}+")
#: What a heading never ends with: the end of a sentence or of a quotation.
_HEADING_ENDS = frozenset(".!?:;,") | CLOSING_QUOTES


def _ends_a_sentence(text: str, a: int, b: int) -> bool:
    """True when ``text[a:b]`` ends with sentence or quotation punctuation (past brackets and the like)."""
    k = b
    while k > a and not text[k - 1].isalnum():
        if text[k - 1] in _HEADING_ENDS:
            return True
        k -= 1
    return False


def headings(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs that are headings: short, every longer word capitalised, no closing punctuation.

    A chapter heading or a line of a list of contents (``Chapter IV: Miss
    Lane Goes Home``) is neither narration nor speech: the names in it are
    not characters acting there.

    >>> text = "Chapter II: Ann Comes Home\\n\\nAnn came home."
    >>> [text[a:b] for a, b in headings(text, paragraph_spans(text))]
    ['Chapter II: Ann Comes Home']
    """
    found = []
    for a, b in paragraphs:
        if b - a > _MAX_HEADING or _ends_a_sentence(text, a, b):
            continue
        words = _HEADING_WORD_RE.findall(text, a, b)
        if words and any(w[0].isupper() for w in words) and all(w[0].isupper() for w in words if len(w) > _SHORT_WORD):
            found.append((a, b))
    return found


def _append_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    """Append ``(start, end)`` to *out* with surrounding whitespace removed, unless empty."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))


#: A candidate sentence end: terminal punctuation, then closing quotes or
#: brackets, then whitespace.  The lookahead is checked in Python
#: (:func:`_is_boundary`) because it depends on the word before the period.
_TERMINAL_RE = regex.compile(
    r"""
    (?<![.!?])                                     # only at a run's start: else each dot of
                                                   # a long run rescans the rest (quadratic)
    (?P<term>\.{3}|\N{HORIZONTAL ELLIPSIS}|[.!?]+) # the terminator itself
    (?P<close>["""
    + CLOSING_QUOTE_CLASS[1:-1]
    + r""")\]]*)                                   # quotes or brackets that close with it
    (?P<space>\s+)                                 # a sentence end needs following space
    """,
    regex.VERBOSE,
)

#: A character that may end a sentence: a window without one has no boundary.
_TERMINAL_CHAR_RE = regex.compile(r"[.!?\N{HORIZONTAL ELLIPSIS}]")

#: The letters, digits and periods just before a period, ending in a letter
#: or digit (the word before it, as in U.S., is cut from them by
#: :func:`_word_before`).  Matched backwards from the period (``(?r)``): one
#: anchored attempt instead of a forward search that retries from every
#: position of the window.  One character class: the plain form of the word,
#: ``(?:[\p{L}\p{N}]+\.)*[\p{L}\p{N}]+``, runs backwards in quadratic time in
#: the regex engine, and any repeated group keeps memory per repetition.
_WORD_BEFORE_RE = regex.compile(r"(?r)[\p{L}\p{N}.]*[\p{L}\p{N}]")


def _word_before(text: str, lo: int, end: int) -> tuple[int, str] | None:
    """The start and text of the word with inner periods (``U.S``) that ends at *end*, not before *lo*.

    >>> _word_before("In the U.S. today", 0, 10)
    (7, 'U.S')
    """
    m = _WORD_BEFORE_RE.match(text, lo, end)
    if m is None:
        return None
    word = m.group()
    if "." in word:
        # A word never holds two periods in a row, nor opens with one.
        cut = word.rfind("..")
        if cut >= 0:
            word = word[cut + 2 :]
        word = word.lstrip(".")
    return end - len(word), word

#: Quotation marks or brackets that may open a sentence before its first word.
#: (One character class, not a repeated group: the regex engine keeps memory
#: per repetition of a group, and a flood of quotation marks is one long run.)
_SENTENCE_OPENING = r"[" + OPENING_QUOTE_CLASS[1:-1] + r"(\[]*"

_SENTENCE_STARTER_RE = regex.compile(_SENTENCE_OPENING + r"[\p{Lu}\p{N}]")

#: The first word after a sentence's opening marks.
_FIRST_WORD_RE = regex.compile(_SENTENCE_OPENING + r"(\p{L}+)")


#: A sentence so far that is only a list marker (``1.``, ``• 9.``, ``a.``).
_LIST_MARKER_RE = regex.compile(r"[^\p{L}\p{N}]*(?:\p{N}{1,3}|\p{L})")
_MAX_MARKER = 8

#: The capitalised word before an ``I.``: ``Albert I. Jones`` has an initial.
#: Searched backwards from the end (``(?r)``), where ``$`` anchors it: a
#: forward search retried from every capital of a long word.
_CAPITALISED_BEFORE_RE = regex.compile(r"(?r)\p{Lu}\p{L}*[ \t]+$")


def _is_boundary(text: str, match: regex.Match[str], lo: int, sentence_start: int, lexicon: Lexicon) -> bool:
    """Decide whether a terminal-punctuation match ends a sentence.

    *lo* is the start of the window being split and *sentence_start* the start
    of the sentence the match would end; *lexicon* gives the abbreviations and
    the words that open a sentence.
    """
    after = match.end()
    if not _SENTENCE_STARTER_RE.match(text, after):
        return False
    term = match.group("term")
    dot = match.start()
    if term != ".":
        # "[...]" marks words left out of a citation; it never ends a sentence.
        return not (term in ("...", "…") and dot > 0 and text[dot - 1] == "[")
    # A list marker is a few characters long; bounding the check keeps the pass linear.
    if (
        dot - sentence_start <= _MAX_MARKER
        and (sentence_start > lo or lo == 0 or text[lo - 1] in NEWLINE_CHARS + PARAGRAPH_SEPARATOR)
        and _LIST_MARKER_RE.fullmatch(text, sentence_start, dot)
    ):
        return False
    word_end = dot - 1 if dot > lo and text[dot - 1] == "\n" else dot
    found = _word_before(text, max(lo, dot - 40), word_end)
    if found is None:
        return True
    word_start, word = found[0], found[1].lower()
    kind = lexicon.abbreviations.get(word)
    if kind == "title":
        return False
    if len(word) == 1 and word.isalpha():
        # An initial ("J. Smith"), except the pronoun "I" after a lowercase word ("you and I.").
        if word != "i":
            return False
        return _CAPITALISED_BEFORE_RE.search(text, max(lo, dot - 40), word_start) is None
    if kind is None and "." in word and any(len(part) > 2 for part in word.split(".")):
        return True  # a file or host name (report.html), not an abbreviation
    if kind == "other" or "." in word:
        # "U.S." or "Jan." may end a sentence; they do when a typical
        # sentence opener follows (a capitalised function word or pronoun).
        nxt = _FIRST_WORD_RE.match(text[after : after + 30])
        return bool(nxt) and nxt.group(1) in lexicon.sentence_openers
    return True


def _boundaries(text: str, start: int, end: int, lexicon: Lexicon | None) -> Iterator[tuple[int, int]]:
    """Yield ``(sentence_end, next_start)`` for every sentence boundary in ``text[start:end]``.

    One left-to-right pass over the terminal-punctuation matches; each is
    judged once, so the cost is linear in the window.
    """
    if lexicon is None:
        lexicon = Lexicon.english()
    sentence_start = start
    for m in _TERMINAL_RE.finditer(text, start, end):
        if _is_boundary(text, m, start, sentence_start, lexicon):
            sentence_start = m.end()
            yield m.end("close"), sentence_start


def sentence_spans(
    text: str,
    start: int = 0,
    end: int | None = None,
    lexicon: Lexicon | None = None,
    until: int | None = None,
) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences, returned as ``(start, end)`` offsets.

    *lexicon* gives the abbreviations (English by default).  With *until*, the
    split stops at the first sentence that ends after that offset: the spans
    are those of the whole window up to the sentence holding *until* (each
    boundary is judged on what precedes and follows it, never on later ones).

    Sentences keep their terminal punctuation and closing quotes; whitespace
    between sentences is left out, so the spans plus the gaps rebuild the window.

    >>> t = 'Mr. Smith arrived. "We will win." He left.'
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Mr. Smith arrived.', '"We will win."', 'He left.']
    >>> [t[s:e] for s, e in sentence_spans(t, until=3)]
    ['Mr. Smith arrived.']
    """
    if end is None:
        end = len(text)
    spans: list[tuple[int, int]] = []
    pos = start
    for sentence_end, next_start in _boundaries(text, start, end, lexicon):
        _append_trimmed(text, pos, sentence_end, spans)
        if until is not None and sentence_end > until:
            return spans
        pos = next_start
    _append_trimmed(text, pos, end, spans)
    return spans


def split_sentences(text: str, lexicon: Lexicon | None = None) -> list[str]:
    """Split *text* into paragraphs and those into sentences; return the sentence strings.

    >>> split_sentences("Good morning. My name is Ines.")
    ['Good morning.', 'My name is Ines.']
    """
    return [text[s:e] for p0, p1 in paragraph_spans(text) for s, e in sentence_spans(text, p0, p1, lexicon)]


def last_sentence_start(text: str, start: int, end: int, lexicon: Lexicon | None = None) -> int:
    """Offset where the last sentence of ``text[start:end]`` begins (``start`` if no boundary).

    >>> last_sentence_start('He left. She said: ', 0, 19)
    9
    """
    pos = start
    if _TERMINAL_CHAR_RE.search(text, start, end) is None:
        return pos  # the common short window between two quotes: nothing to judge
    for _, next_start in _boundaries(text, start, end, lexicon):
        pos = next_start
    return pos


#: The characters a sentence end's match (:data:`_TERMINAL_RE`) may close with, before its space.
_SENTENCE_END_CHARS = frozenset(".!?\N{HORIZONTAL ELLIPSIS})]") | CLOSING_QUOTES

#: The space at the end of a window, as :data:`_TERMINAL_RE` reads space (matched backwards).
_TRAILING_SPACE_RE = regex.compile(r"(?r)\s+")


def sentence_ends_before(text: str, start: int, end: int, lexicon: Lexicon | None = None) -> bool:
    """True when a sentence of ``text[start:end]`` ends right before *end*, only
    space between: what follows *end* opens a sentence (``last_sentence_start``
    is *end*).

    >>> sentence_ends_before('He left. "We won."', 0, 9), sentence_ends_before('He left "for good."', 0, 8)
    (True, False)
    """
    space = _TRAILING_SPACE_RE.match(text, start, end)
    # The common case, told by one character: no terminal (or closing mark) before the space.
    if space is None or space.start() == start or text[space.start() - 1] not in _SENTENCE_END_CHARS:
        return False
    return last_sentence_start(text, start, end, lexicon) == end


def one_sentence(text: str, lexicon: Lexicon) -> Callable[[int, int], bool]:
    """A test of *text*: ``test(a, b)`` is True when no sentence ends between offsets *a* and *b*.

    >>> same = one_sentence("Ann sat by Tom. Then Eve came.", Lexicon.english())
    >>> same(0, 11), same(0, 21)
    (True, False)
    """

    def test(start: int, end: int) -> bool:
        if _TERMINAL_CHAR_RE.search(text, start, end) is None:
            return True
        return next(_boundaries(text, start, end, lexicon), None) is None

    return test


def first_sentence_end(text: str, start: int, end: int, lexicon: Lexicon | None = None) -> int:
    """Offset just after the first sentence end in ``text[start:end]`` (``end`` if none).

    >>> first_sentence_end(' he said. Then he left.', 0, 23)
    9
    """
    if _TERMINAL_CHAR_RE.search(text, start, end) is None:
        return end
    for sentence_end, _ in _boundaries(text, start, end, lexicon):
        return sentence_end
    return end
