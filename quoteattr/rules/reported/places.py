"""Stage 4, reported speech: a place read as the source of a cue.

The subject readers of :mod:`~quoteattr.rules.reported.subjects` and
:mod:`~quoteattr.rules.reported.phrases` stop at the nearest phrase before a
cue, and a place set off by commas is often that phrase: ``In Pellham, Varrowshire,
Pella Varn ... explained that ...`` (the subject follows the place) and
``Quen Harrow of Lisk, Vardale, wrote ... to say ...`` (the subject is the name
the place belongs to).  :func:`past_place` moves from such a place to the
person it frames.
"""

from __future__ import annotations

from quoteattr.document import Mention
from quoteattr.mentions import is_word
from quoteattr.rules.reported.records import Sentence, index_at


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


def _opening_phrase(s: Sentence, j: int) -> bool:
    """True when token *j* ends a phrase opened by a preposition at the start of
    the sentence or after a comma (``In Pellham``, ``..., at the lighthouse on Selk``),
    with a place preposition in it: an adverbial before the subject, not an
    appositive after it (``Roe, a nurse from Tarrow, Miss., ...``)."""
    tokens = s.tokens
    i = j
    while i > s.first_word and tokens[i - 1].text != ",":
        i -= 1
    return (
        j - i < 12
        and tokens[i].text.lower() in s.w.prepositions
        and any(t.text.lower() in s.w.cls("place_opener") for t in tokens[i:j])
    )


def past_place(s: Sentence, mention: Mention, cue: int) -> Mention:
    """The speaker framed by the place *mention*, read as the source of the cue at
    token *cue*, else *mention* itself.

    Two shapes: a place and its region after a preposition, followed by a comma
    and the subject before the cue (``In Pellham, Varrowshire, Pella Varn ...``), and
    a name with its home place (``Quen Harrow of Lisk, Vardale, ...``).
    """
    if mention.kind != "name":
        return mention
    w = s.w
    tokens = s.tokens
    m = index_at(s, mention.start)
    end = index_at(s, mention.end)  # the token after the place
    if end >= cue or end >= len(tokens) or tokens[end].text != ",":
        return mention
    comma = None
    if m >= 3 and tokens[m - 1].text == "," and _capitalised(tokens[m - 2].text) and _opening_phrase(s, m - 2):
        comma = end  # the mention is the region: "in Pellham, Varrowshire,"
    elif end + 2 < cue and _capitalised(tokens[end + 1].text) and tokens[end + 2].text == "," and _opening_phrase(s, m):
        comma = end + 2  # the mention is the place before its region: "on Selk, Orrany,"
    if comma is not None:
        # "in Pellham, Varrowshire, Pella Varn": the phrase after the region speaks.
        subject = w.mentions.subject_after(tokens, comma + 1)
        if (
            subject is not None
            and subject.kind in ("name", "pronoun")
            and subject.end <= tokens[cue].start
            # "All through the wet summer, Mila Grane, keeper of the orchard at Cobb End, reminded": an appositive, not a subject.
            and s.text[subject.end : subject.end + 1] != ","
        ):
            return subject
        return mention
    if m >= 2 and tokens[m - 1].text.lower() in w.cls("home_preposition") and is_word(tokens[m - 2]):
        # "Quen Harrow of Lisk, Vardale,": the name before the preposition speaks.
        owner = w.mentions.phrase_ending_at(tokens, m - 2, max(0, m - 8))
        if owner is not None and owner.kind == "name" and owner.end == tokens[m - 2].end:
            return owner
    return mention
