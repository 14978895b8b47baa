"""Stage 4c: fiction-style dialogue sieves.

Run only for documents read as dialogue (many paragraphs that open with a
quote, see :class:`~quoteattr.config.Config`), after the local sieves and
continuation:

* ``NARRATION_SUBJECT``: a name or pronoun in the narration of the quote's own
  paragraph speaks it, cue or not (``Elizabeth smiled. "..."``);
* ``TURN_TAKING``: in consecutive quote-only paragraphs, once two different
  speakers are established, the turns alternate between them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteattr.binding import Binding
from quoteattr.mentions import Mention, first_mention
from quoteattr.model import Speaker
from quoteattr.text.tokens import tokenize

if TYPE_CHECKING:
    from quoteattr.attribute import _Document


def apply_dialogue_sieves(
    doc: _Document, bindings: list[Binding | None], speakers: list[Speaker | None]
) -> None:
    """Fill unattributed quotes of a dialogue document in place, in reading order."""
    spans = doc.spans
    for k in range(len(spans)):
        if speakers[k] is not None:
            continue
        q = spans[k]
        p0, p1 = doc.paragraphs[q.paragraph]
        mention = narration_subject(doc, k, p0, p1)
        if mention is not None:
            speakers[k] = doc.speaker(mention)
            bindings[k] = Binding(mention, None, "NARRATION_SUBJECT", 0.5)
            continue
        # Speakers of the two previous quote paragraphs, if they are adjacent.
        prev_para = q.paragraph
        last: list[int] = []
        j = k - 1
        while j >= 0 and len(last) < 2:
            if spans[j].paragraph < prev_para - 1 or speakers[j] is None:
                break
            if spans[j].paragraph != prev_para:
                last.append(j)
                prev_para = spans[j].paragraph
            j -= 1
        if len(last) == 2:
            a, b = speakers[last[0]], speakers[last[1]]
            if a is not None and b is not None and a.name != b.name:
                doc.copy(bindings, speakers, last[1], k, "TURN_TAKING", 0.45)


def narration_subject(doc: _Document, k: int, p0: int, p1: int) -> Mention | None:
    """The first name or pronoun in the narration of quote *k*'s paragraph."""
    spans = doc.spans
    first = k
    while first > 0 and spans[first - 1].paragraph == spans[k].paragraph:
        first -= 1
    last = k
    while last + 1 < len(spans) and spans[last + 1].paragraph == spans[k].paragraph:
        last += 1
    pieces = [(p0, spans[first].open_at)]
    pieces += [(spans[m].close_at, spans[m + 1].open_at) for m in range(first, last)]
    pieces.append((spans[last].close_at, p1))
    for s, e in pieces:
        if e - s < 3:
            continue
        toks = tokenize(doc.text, s, min(e, s + doc.config.window))
        mention = first_mention(toks, 0, len(toks))
        if mention is not None:
            return mention
    return None
