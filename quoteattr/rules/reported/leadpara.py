"""Stage 5, news: a paragraph that is a quote, with no cue, after a sentence that reports a speaker.

News often sets a speaker's words in a paragraph of their own right after a
paragraph of one sentence that reports that speaker and quotes nothing::

    Marta Kowal said the cider press would be mended before the harvest.

    "We cannot lose another autumn of apples."

The quote has no cue of its own, and no quote of the previous paragraph for
the continuation rules to copy a speaker from; the cue of that paragraph's
sentence names it: rule ``PREVIOUS_PARAGRAPH_CUE``.

The previous paragraph must be that one sentence: a longer paragraph of
narration, as in a novel, tells more than whose words follow.  Its cue must
not ask a question (``lang/en/question_verbs.txt``: ``Reporters asked Kowal
whether ...`` is most often followed by her answer, not the reporters'
words).  The quote must be its whole paragraph, hold no other quotation
mark (marks paired across a tag) and open with no transcript label
(``"Kowal: ...``).  A previous paragraph with a quote leaves the speaker to
the continuation rules, even when a sentence with a cue follows its last
quote: that sentence's subject need not speak next (``"...," Roe said.
The neighbours warned of frost.``).  The rule runs after every other
rule, with and without reports.  Not in a document read as dialogue (a
story: its turns are the dialogue rules', and a sentence of narration need
not name who speaks next).
"""

from __future__ import annotations

import re
from typing import Any

from quoteattr.document import Binding, Document
from quoteattr.grammar import Grammar
from quoteattr.resolve.news import NewsNames
from quoteattr.rules.local import best_cue, cue_binding
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
    """Bind each unbound quote that is its paragraph, after a paragraph of one
    sentence with a cue and its subject and no quote, to that subject (in place)."""
    if doc.dialogue:
        return  # a story: its turns are the dialogue rules', and narration need not name who speaks next
    text, spans, paragraphs = doc.text, doc.spans, doc.paragraphs
    grammar: Grammar | None = None
    for i, current in enumerate(bindings):
        if current is not None:
            continue
        q = spans[i]
        p0, p1 = paragraphs[q.paragraph]
        if q.paragraph == 0 or q.continues or q.open_at != p0 or text[q.close_at : p1].strip(_TRAILING):
            continue  # not a quote that is its paragraph: a tag may follow it ('"...," said Roe.')
        if _INNER_MARK_RE.search(text, q.start, q.end):
            continue  # marks paired across a tag ('"..." Roe said. "..."'): the speaker may stand inside
        if _LABEL_RE.match(text, q.start, q.end):
            continue  # a transcript's label opens the quote ('"Roe: Well, ...'): its speaker is inside
        if i > 0 and spans[i - 1].paragraph >= q.paragraph - 1:
            continue  # the previous paragraph quotes someone: left to the continuation rules
        pp0, pp1 = paragraphs[q.paragraph - 1]
        if pp1 <= pp0 or text[pp1 - 1] not in SENTENCE_TERMINALS:
            continue  # a heading, a dateline, a lead-in that ends with a colon
        if last_sentence_start(text, max(pp0, pp1 - doc.config.window), pp1, doc.lexicon) != pp0:
            continue  # several sentences of narration: a novel's paragraph tells more than whose words follow
        grammar = grammar or Grammar.of(doc.lexicon)
        tokens = doc.tokens(pp0, pp1)
        found = best_cue(tokens, grammar)
        if found is None or found[1].entry.lemma.split()[0] in doc.lexicon.question_verbs:
            continue  # no cue, or a question ('Reporters asked Roe whether ...'): the answer is another's
        confidence = PREVIOUS_PARAGRAPH_CUE.confidence
        binding = cue_binding(tokens, found, PREVIOUS_PARAGRAPH_CUE, confidence)
        if binding is not None:
            bindings[i] = news.name(binding)


PREVIOUS_PARAGRAPH_CUE: Rule[Any] = Rule(
    id="PREVIOUS_PARAGRAPH_CUE",
    family="reported",
    summary=(
        "A quote that is its paragraph, with no cue and no binding, after a paragraph of one "
        "sentence with a cue that asks no question, and no quote: that cue's subject; with or "
        "without reports."
    ),
    example='Marta Kowal said the cider press would be mended.\n\n"We cannot lose another autumn of apples."',
    speaker="Marta Kowal",
    confidence=0.6,
    run=bind_by_previous_paragraph,
    # Run last of the partial-quote rules, after the reports or on its own.
    emitted_by=tuple(rule.id for rule in SEQUENCE),
)
