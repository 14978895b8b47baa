"""Stage 5, news: a paragraph that is a quote, with no cue, after a sentence that reports a speaker.

News often sets a speaker's words in a paragraph of their own right after a
paragraph of one sentence that reports that speaker and quotes nothing::

    Marta Kowal said the cider press would be mended before the harvest.

    "We cannot lose another autumn of apples."

The quote has no cue of its own, and no quote of the previous paragraph for
the continuation rules to copy a speaker from; the cue of that paragraph's
sentence names it, read as ``PREVIOUS_SENTENCE_CUE`` reads the sentence
before a quote (``according to Roe`` binds as ``ACCORDING_TO``): rule
``PREVIOUS_PARAGRAPH_CUE``.  The same cue, in a
sentence that ends the previous paragraph after its last quote, replaces
the speaker the continuation rules copied from that quote (``"...," Roe
said. Lund answered at length.`` then ``"..."``: Lund's).

The previous paragraph must be that one sentence (or end with it after its
quotes): a longer paragraph of narration, as in a novel, tells more than
whose words follow.  The quote must be its whole paragraph, hold no other
quotation mark (marks paired across a tag) and open with no transcript
label (``"Roe: ...``).  The rule runs after every other rule, with and
without reports.  Not in a document read as dialogue, nor in a
conversation, whose paragraphs are turns.
"""

from __future__ import annotations

import re
from typing import Any

from quoteattr.document import Binding, Document
from quoteattr.grammar import Grammar
from quoteattr.resolve.news import NewsNames
from quoteattr.rules.continuation import CONTINUATION
from quoteattr.rules.local import best_cue, cue_binding
from quoteattr.rules.reported.partial import in_turns
from quoteattr.rules.reported.read import SEQUENCE
from quoteattr.rules.rule import Rule
from quoteattr.text.chars import DOUBLE_QUOTE_CHARS, SENTENCE_TERMINALS
from quoteattr.text.segment import last_sentence_start

#: What may follow a quote that is its paragraph: punctuation outside the closing mark.
_TRAILING = ".,;:!?" + "\N{HORIZONTAL ELLIPSIS}"

#: Any double quotation mark: one inside a quote pairs marks across a tag.
_INNER_MARK_RE = re.compile("[" + re.escape("".join(sorted(DOUBLE_QUOTE_CHARS))) + "]")

#: A transcript's label at the start of a quote: one to four capitalised words and a colon.
#: It also matches a quote that opens with a word and a colon (``"Listen: we ...``):
#: such a quote stays unbound, which errs on the safe side.
_LABEL_RE = re.compile(r"(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*:\s")


def bind_by_previous_paragraph(doc: Document, news: NewsNames, bindings: list[Binding | None]) -> None:
    """Bind each quote that is its paragraph, unbound, after a paragraph of one
    sentence with a cue and its subject and no quote, to that subject; or bound
    only by ``CONTINUATION`` from the previous paragraph's last quote, when a
    sentence with a cue ends that paragraph after the quote (in place)."""
    if doc.dialogue:
        return
    text, spans, paragraphs = doc.text, doc.spans, doc.paragraphs
    grammar: Grammar | None = None
    for i, current in enumerate(bindings):
        if (current is not None and current.rule != CONTINUATION.id) or in_turns(doc, i):
            continue
        q = spans[i]
        p0, p1 = paragraphs[q.paragraph]
        if q.paragraph == 0 or q.continues or q.open_at != p0 or text[q.close_at : p1].strip(_TRAILING):
            continue  # not a quote that is its paragraph: a tag may follow it ('"...," said Roe.')
        if _INNER_MARK_RE.search(text, q.start, q.end):
            continue  # marks paired across a tag ('"..." Roe said. "..."'): the speaker may stand inside
        if _LABEL_RE.match(text, q.start, q.end):
            continue  # a transcript's label opens the quote ('"Roe: Well, ...'): its speaker is inside
        quoted_before = i > 0 and spans[i - 1].paragraph >= q.paragraph - 1
        if quoted_before != (current is not None):
            continue  # a quote of the previous paragraph gives way only to a later sentence
        pp0, pp1 = paragraphs[q.paragraph - 1]
        if pp1 <= pp0 or text[pp1 - 1] not in SENTENCE_TERMINALS:
            continue  # a heading, a dateline, a lead-in that ends with a colon
        start = last_sentence_start(text, max(pp0, pp1 - doc.config.window), pp1, doc.lexicon)
        if start < spans[i - 1].close_at if quoted_before else start != pp0:
            # The sentence of a tag ('"...," Roe said.'), or one of several sentences of
            # narration: a novel's paragraph tells more than whose words follow.
            continue
        grammar = grammar or Grammar.of(doc.lexicon)
        tokens = doc.tokens(start, pp1)
        found = best_cue(tokens, grammar)
        if found is None:
            continue
        # Read as PREVIOUS_SENTENCE_CUE reads its sentence: 'according to X' binds as ACCORDING_TO.
        binding = cue_binding(tokens, found, PREVIOUS_PARAGRAPH_CUE, PREVIOUS_PARAGRAPH_CUE.confidence)
        if binding is not None:
            bindings[i] = news.name(binding)  # no dialogue document gets here


PREVIOUS_PARAGRAPH_CUE: Rule[Any] = Rule(
    id="PREVIOUS_PARAGRAPH_CUE",
    family="reported",
    summary=(
        "A quote that is its paragraph, with no cue, after a paragraph of one sentence with a cue "
        "(or ending with one after its last quote): that cue's subject, over no binding or a "
        "speaker continued from the previous paragraph; with or without reports."
    ),
    example='Marta Kowal said the cider press would be mended.\n\n"We cannot lose another autumn of apples."',
    speaker="Marta Kowal",
    confidence=0.6,
    run=bind_by_previous_paragraph,
    # Run last of the partial-quote rules, after the reports or on its own.
    emitted_by=tuple(rule.id for rule in SEQUENCE),
)
