"""Stage 4, dialogue rules: the narration around a turn names its speaker.

Two rules of :mod:`quoteattr.rules.dialogue` (which runs them in its
``SEQUENCE``), kept here so that the turn-taking module stays small:

* ``NARRATION_SUBJECT``: a name or pronoun in the narration of the quote's own
  paragraph, before or between its quotes, speaks it (``Clara smiled. "..."``);
* ``NARRATION_AFTER``: a turn still without a speaker after the turns takes
  the first name or pronoun of its paragraph's narration after its quotes
  (``"..." Clara looked away.``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quoteattr.document import Binding, Document, Mention
from quoteattr.grammar import Grammar
from quoteattr.resolve.fiction import Characters
from quoteattr.rules.rule import Rule

#: The function of a dialogue rule: new bindings by quote index.
DialogueRun = Callable[[Document, Characters, Sequence["Binding | None"]], dict[int, Binding]]


def narration_subject(doc: Document, people: Characters, bindings: Sequence[Binding | None]) -> dict[int, Binding]:
    """Bind every quote still without a speaker to the first name or pronoun of its paragraph's narration before or between its quotes."""
    return _narration_subject(doc, people, bindings, NARRATION_SUBJECT, after=False)


def narration_after(doc: Document, people: Characters, bindings: Sequence[Binding | None]) -> dict[int, Binding]:
    """Bind every quote the turns left without a speaker to the first name or pronoun of its paragraph's narration, after its quotes too."""
    return _narration_subject(doc, people, bindings, NARRATION_AFTER, after=True)


def _narration_subject(
    doc: Document, people: Characters, bindings: Sequence[Binding | None], rule: Rule[DialogueRun], after: bool
) -> dict[int, Binding]:
    """The bindings of :func:`narration_subject` or :func:`narration_after`, by *rule*."""
    spans = doc.spans
    g = Grammar.of(doc.lexicon)
    made: dict[int, Binding] = {}
    # The narration subject depends on the paragraph only: computing it once per
    # paragraph, not per quote, keeps a paragraph of many quotes linear.
    subjects: dict[int, Mention | None] = {}
    for k in range(len(spans)):
        if bindings[k] is not None or not doc.in_conversation(spans[k].paragraph) or not doc.opens_sentence(k):
            continue
        paragraph = spans[k].paragraph
        if paragraph not in subjects:
            subjects[paragraph] = paragraph_subject(doc, g, k, after)
        mention = subjects[paragraph]
        if mention is None:
            continue
        bound = people.name(rule.bind(mention, None))
        if people.binds_no_person(bound):
            continue  # "Shame!" he cried: a sentence-opening common word names nobody
        if mention.kind != "name" or bound.name in people.persons or people.cast.gender(bound.name) in ("m", "f"):
            # A name no quote of the text is tagged with and of no known gender
            # ("Below the line ...", "Having crossed ...", a place) is no speaker.
            made[k] = bound
    return made


def paragraph_subject(doc: Document, g: Grammar, k: int, after: bool) -> Mention | None:
    """The first name or pronoun in the narration of quote *k*'s paragraph (*after* its last quote too)."""
    spans = doc.spans
    p0, p1 = doc.paragraphs[spans[k].paragraph]
    first = k
    while first > 0 and spans[first - 1].paragraph == spans[k].paragraph:
        first -= 1
    last = k
    while last + 1 < len(spans) and spans[last + 1].paragraph == spans[k].paragraph:
        last += 1
    pieces = [(p0, spans[first].open_at)]
    pieces += [(spans[m].close_at, spans[m + 1].open_at) for m in range(first, last)]
    if after:
        pieces.append((spans[last].close_at, p1))
    for s, e in pieces:
        if e - s < 3:
            continue
        e = min(e, s + doc.config.window)
        if not g.mentions.may_hold_first_mention(doc.text, s, e):
            continue  # tokenizing every piece of a paragraph of many quotes cost more than the quotes
        toks = doc.tokens(s, e)
        mention = g.mentions.first_mention(toks, 0, len(toks))
        if mention is not None:
            return mention
    return None


NARRATION_SUBJECT: Rule[DialogueRun] = Rule(
    id="NARRATION_SUBJECT",
    family="dialogue",
    summary=(
        "In dialogue, the first name or pronoun in the narration of the quote's paragraph, before or between its quotes, "
        "speaks it (a name only if a quote is tagged with it or its gender is known)."
    ),
    example='The fire was low when Mrs. Hale came back. "Perhaps."\n\n"Why not?"',
    speaker="Mrs. Hale",
    confidence=0.5,
    run=narration_subject,
)

NARRATION_AFTER: Rule[DialogueRun] = Rule(
    id="NARRATION_AFTER",
    family="dialogue",
    summary=(
        "In dialogue, a turn the turns leave without a speaker (or only the person last named in narration): "
        "the first name or pronoun of its paragraph's narration, after its quotes too."
    ),
    example='"Why not?"\n\n"Perhaps." Mrs. Hale looked away.',
    speaker="Mrs. Hale",
    confidence=0.4,
    run=narration_after,
)
