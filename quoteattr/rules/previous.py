"""Stage 4, the speaker a sentence of narration names for the quote that follows it.

Fiction often names the speaker in the sentence just before an untagged
quote, as that sentence's subject.  When the sentence opens with no person
for subject (``The bell rang,``, ``The fire died down,``), the person is
the subject of a later clause after a coordinator.
"""

from __future__ import annotations

from quoteattr.document import Mention
from quoteattr.grammar import Grammar
from quoteattr.rules.subjects import last_clause_subject
from quoteattr.text.tokens import Token


def _names_someone(mention: Mention | None) -> bool:
    """True for a name or a gendered pronoun: a subject that can be a speaker."""
    return mention is not None and (mention.kind == "name" or (mention.kind == "pronoun" and bool(mention.gender)))


def previous_subject(tokens: list[Token], g: Grammar) -> Mention | None:
    """The person the narration sentence *tokens* names as the speaker of the quote after it.

    Its first clause's subject when that is a name or ``he``/``she``; else the
    subject of a later clause: in ``The bell rang twice, and Orla Fenwick set
    down her pen. "Who can that be?"`` the one who sets down the pen speaks.
    A person who opens the sentence keeps the quote (``Ann looked at Eve, and
    Eve smiled.``): on the novels that later subject is no better a guess.
    """
    first = g.mentions.clause_subject(tokens, 0, len(tokens))
    if _names_someone(first):
        return first
    return last_clause_subject(tokens, 0, len(tokens), g)
