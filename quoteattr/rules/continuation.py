"""Stage 4, continuation rules: a quote with no speaker of its own takes a neighbour's.

Each rule reads the :class:`~quoteattr.document.Document` and the bindings
so far and returns the new bindings it makes, by quote index; the conductor
applies them.  A copied binding keeps the source quote's speaker and cue,
and its confidence is the lower of the rule's and the source's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from quoteattr.document import Binding, Document
from quoteattr.rules.local import PREVIOUS_SENTENCE_SUBJECT
from quoteattr.rules.rule import Rule

#: A binding by this rule gives way to an earlier bound quote of its paragraph:
#: the narration between two quotes of one paragraph seldom hands the turn over
#: (``"Come," said Ann. She took his hand. "Now."``).
_YIELDS_TO_THE_PARAGRAPH = PREVIOUS_SENTENCE_SUBJECT.id

#: The function of a continuation rule: new bindings by quote index.
ContinuationRun = Callable[[Document, Sequence["Binding | None"]], dict[int, Binding]]


def continue_speech(doc: Document, bindings: Sequence[Binding | None]) -> dict[int, Binding]:
    """Give every part of a speech that runs over several paragraphs the same speaker."""
    spans = doc.spans
    n = len(spans)
    made: dict[int, Binding] = {}
    i = 0
    while i < n:
        j = i
        while j + 1 < n and spans[j + 1].continues and spans[j].unclosed:
            j += 1
        if j > i:
            # The speech may open after a bound quote of its first paragraph:
            # '"...," said Ann. "And more ...' (the speech runs on from there).
            lo = i
            while lo > 0 and spans[lo - 1].paragraph == spans[i].paragraph:
                lo -= 1
            for k, src in _nearest_bound(bindings, lo, j + 1).items():
                if k < i:
                    continue
                source = bindings[src]
                assert source is not None
                made[k] = source.copied(CONTINUATION_SPEECH.id, CONTINUATION_SPEECH.confidence)
        i = j + 1
    return made


def _nearest_bound(bindings: Sequence[Binding | None], lo: int, hi: int) -> dict[int, int]:
    """For each unbound quote in ``lo..hi-1``, the nearest bound one there (the earlier on a tie).

    One pass each way: searching every bound part for every unbound one is
    quadratic in a speech of thousands of paragraphs.
    """
    before: dict[int, int] = {}
    last = -1
    for k in range(lo, hi):
        if bindings[k] is not None:
            last = k
        elif last >= 0:
            before[k] = last
    nearest: dict[int, int] = {}
    after = -1
    for k in range(hi - 1, lo - 1, -1):
        if bindings[k] is not None:
            after = k
            continue
        b = before.get(k, -1)
        if b >= 0 and (after < 0 or k - b <= after - k):
            nearest[k] = b
        elif after >= 0:
            nearest[k] = after
    return nearest


CONTINUATION_SPEECH: Rule[ContinuationRun] = Rule(
    id="CONTINUATION_SPEECH",
    family="continuation",
    summary="Every paragraph of a speech that runs over several paragraphs has the speaker of its nearest bound part.",
    example='"We will appeal. The ruling is wrong.\n\n"And we will say so in every court," Jane Roe said.',
    speaker="Jane Roe",
    confidence=0.8,
    run=continue_speech,
)


def _next_bound(doc: Document, bindings: Sequence[Binding | None]) -> list[int]:
    """For each quote, the nearest bound quote after it in its paragraph (-1 if none).

    Kept as a running index: rescanning from every quote is quadratic in a
    paragraph of many unattributed quotes.
    """
    spans = doc.spans
    next_bound = [-1] * len(spans)
    nearest = -1
    for k in range(len(spans) - 1, -1, -1):
        if k + 1 < len(spans) and spans[k + 1].paragraph != spans[k].paragraph:
            nearest = -1
        next_bound[k] = nearest
        if bindings[k] is not None:
            nearest = k
    return next_bound


def continue_paragraph(doc: Document, bindings: Sequence[Binding | None]) -> dict[int, Binding]:
    """Same-paragraph continuation, and (outside conversations) a quote-led paragraph after a quote."""
    spans = doc.spans
    state = list(bindings)
    next_bound = _next_bound(doc, bindings)
    rule = CONTINUATION
    made: dict[int, Binding] = {}
    prev_bound = -1
    for k in range(len(spans)):
        if k > 0 and spans[k - 1].paragraph != spans[k].paragraph:
            prev_bound = -1
        own = state[k]
        if own is not None and not (prev_bound >= 0 and own.rule == _YIELDS_TO_THE_PARAGRAPH):
            prev_bound = k
            continue
        q = spans[k]
        # An earlier, then a later, bound quote of the same paragraph; then
        # (news) the last quote of the previous paragraph, for a paragraph that opens with a quote.
        source, confidence = -1, 0.0
        if prev_bound >= 0:
            source, confidence = prev_bound, rule.confidence
        elif next_bound[k] >= 0:
            source, confidence = next_bound[k], rule.confidence_when("a later quote of the paragraph")
        elif (
            not doc.in_conversation(q.paragraph)
            and q.open_at == doc.paragraphs[q.paragraph][0]
            and k > 0
            and spans[k - 1].paragraph == q.paragraph - 1
            and state[k - 1] is not None
        ):
            source, confidence = k - 1, rule.confidence_when("the previous paragraph")
        if source < 0:
            continue
        src = state[source]
        assert src is not None
        state[k] = made[k] = src.copied(rule.id, confidence)
        prev_bound = k
    return made


CONTINUATION: Rule[ContinuationRun] = Rule(
    id="CONTINUATION",
    family="continuation",
    summary=(
        "A quote with no cue takes the speaker of the nearest bound quote of its paragraph; "
        "outside a conversation, a paragraph that opens with a quote continues the previous paragraph's last speaker."
    ),
    example='"Enough," said Jane Roe. "Really."',
    speaker="Jane Roe",
    confidence=0.7,
    run=continue_paragraph,
    weaker=(("a later quote of the paragraph", 0.65), ("the previous paragraph", 0.6)),
)


#: The continuation rules in the order they run (see :data:`quoteattr.rules.CONTINUATION`).
SEQUENCE: tuple[Rule[ContinuationRun], ...] = (CONTINUATION_SPEECH, CONTINUATION)

#: Ids the functions of SEQUENCE bind with besides their own: none.
EMITTED: tuple[Rule[Any], ...] = ()
