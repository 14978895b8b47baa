"""Stage 5, reported speech: a content in two pieces around the cue's phrase.

A cue set off by commas or dashes in the middle of what was said (``The
ferry, Tam Reddick said on Friday, will run twice a day``) splits its content:
the words before the cue's phrase and the words after it were said, the phrase
itself was not.  :func:`content_pieces` gives the two pieces, which become
:attr:`quoteattr.model.Quote.pieces`; the content's ``start``/``end`` still
run from the first piece to the last.
"""

from __future__ import annotations

from quoteattr.document import Mention

__all__ = ["content_pieces"]

#: The marks that set a cue's phrase off from the content around it.
_MARKS = ",\u2014\u2013"


def content_pieces(
    text: str, start: int, end: int, cue: tuple[int, int], source: Mention | None
) -> tuple[tuple[int, int], ...] | None:
    """The pieces of the content ``text[start:end]`` when its cue's phrase lies inside it, else None.

    The phrase runs from the cue or its source, whichever comes first, to the
    later of the two; it must lie strictly inside the content, with only
    spaces between a comma or dash before it and its first word, and a comma
    or dash after it.  The first piece ends before the opening mark, the
    second starts after the first mark past the phrase (an appositive on the
    source, ``said Tam Reddick, the port manager, will ...``, stays in the
    second piece: no mark tells its end from a clause's).  Spaces are trimmed
    from the pieces' inner edges; an empty piece means no pieces.
    """
    first, last = cue
    if source is not None:
        first, last = min(first, source.start), max(last, source.end)
    if not start < first or not last < end:
        return None
    opening = max(text.rfind(mark, start, first) for mark in _MARKS)
    if opening < 0 or text[opening + 1 : first].strip():
        return None  # "It is no secret Roe said ...": no mark sets the phrase off
    closings = [k for k in (text.find(mark, last, end) for mark in _MARKS) if k >= 0]
    if not closings:
        return None
    head_end = start + len(text[start:opening].rstrip())
    tail_start = end - len(text[min(closings) + 1 : end].lstrip())
    if head_end <= start or tail_start >= end:
        return None
    return ((start, head_end), (tail_start, end))
