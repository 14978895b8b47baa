"""Stage 4, reported speech: a block of text set off after a cue and its colon.

``The harbour master added:`` closing a paragraph, then a blank line and
a paragraph of her words with no quotation marks: a block quotation, which
news sites print as a paragraph of its own.  The cue reports that block, up to
the next blank line (a block may run over several lines).  A block that opens
with a quotation mark is a direct quote, and one that opens with a markup tag
is an embedded post (``<tweet ...>``): neither is reported here.
:func:`~quoteattr.rules.reported.read` asks for the block when a finite cue
with a subject has no content in its own sentence.
"""

from __future__ import annotations

import re

from quoteattr.rules.reported.records import LONGEST_CONTENT, Sentence

#: The colon that ends a cue's paragraph and the blank line after it: a line
#: break, spaces, another line break (the spaces may hold no-break spaces).
_COLON_BREAK_RE = re.compile(r":[ \t\u00a0]*\n[ \t\u00a0]*\n\s*")

#: The blank line that ends a block: two line breaks with only spaces between.
_BLANK_LINE_RE = re.compile(r"\n[ \t\u00a0]*\n")

#: What a block may not open with: a quotation mark (a direct quote) or the
#: ``<`` of a markup tag (an embedded post, whose words are the post's own).
_NOT_A_BLOCK = "\"'`<\u201c\u201d\u2018\u2019\u00ab\u00bb"


def block_after(s: Sentence, i: int) -> tuple[int, int] | None:
    """The offsets of the block a cue reports when its colon ends the paragraph,
    or None: *i* is the index of the token after the cue, which must be the
    colon, and the last token of the sentence.

    >>> from quoteattr import attribute_quotes
    >>> t = "The harbour master added:\\n\\nThe pier is safe. The ferry will run.\\n\\nLater, she left."
    >>> [(q.text, q.speaker.text) for q in attribute_quotes(t, indirect=True)]
    [('The pier is safe. The ferry will run', 'The harbour master')]
    """
    tokens = s.tokens
    if i + 1 != len(tokens) or tokens[i].text != ":":
        return None
    m = _COLON_BREAK_RE.match(s.text, tokens[i].start)
    if m is None or m.end() >= len(s.text) or s.text[m.end()] in _NOT_A_BLOCK:
        return None
    start = m.end()
    blank = _BLANK_LINE_RE.search(s.text, start, start + LONGEST_CONTENT + 1)
    end = blank.start() if blank is not None else min(len(s.text), start + LONGEST_CONTENT + 1)
    return start, end
