"""Stage 4, local rules: the second half of a quote split by its tag.

In ``"Not yet," she said, with a little sigh, "but soon."`` the words between
the halves are the first half's tag, and they name the speaker of both.  The
rules that read a tag after a quote read them as the first half's; the
second half, seen from its own side, has a cue somewhere before it
(``sigh``, or a verb in a clause such as ``as Ann laughed``) that names
someone else.  :func:`interrupting_tag` reads the words between the halves
as the tag after the first half.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quoteattr.document import Binding, QuoteContext
from quoteattr.grammar import Grammar
from quoteattr.quotes import QuoteSpan
from quoteattr.rules.tags import UTTERANCE_ENDS
from quoteattr.text.chars import ALL_QUOTE_CHARS, DASHES

#: Punctuation after which the words between the halves are a clause of their own.
_CLAUSE_BREAKS = frozenset(";:")

#: The last token of the words between the halves of a split quote.
_TAG_ENDS = frozenset(",;:") | DASHES

#: A local rule's function.
_Run = Callable[[QuoteContext, Grammar], "Binding | None"]


def _first_half_end(ctx: QuoteContext) -> int | None:
    """The offset just past the first half's last quoted character, or None.

    Only when the words before this quote start right after a closing mark
    (the quote's sentence began before it) and the first half ends on an
    utterance mark (``,`` ``!`` ``?`` or a dash), not on a full stop.
    """
    toks = ctx.before
    if ctx.before_is_sentence_start or not toks:
        return None
    text = ctx.text
    k = toks[0].start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k == 0 or text[k - 1] not in ALL_QUOTE_CHARS:
        return None
    k -= 1
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k if k > 0 and text[k - 1] in UTTERANCE_ENDS else None


def interrupting_tag(ctx: QuoteContext, g: Grammar, readers: Sequence[_Run], nearer: _Run) -> Binding | None:
    """The binding the words between a split quote's halves give its first half, or None.

    *readers* are the rules that read a tag after a quote, tried in order on
    the words between the halves.  *nearer* reads a cue right before this
    quote; when it binds a name or pronoun other than the tag's with a verb of
    saying or at the head of a coordinated clause (``"...," she said, and he
    replied, "..."``), the quote is that speaker's and this rule stands aside; so too when a colon
    ends the words before the quote (``while the young man replied: "..."``),
    which introduces a speech of its own.  A cue in a
    subordinate clause (``as Ann laughed``) or with a description for subject
    (``in a moment``) does not.
    """
    end = _first_half_end(ctx)
    if end is None or ctx.before[-1].text not in _TAG_ENDS or _new_clause(ctx):
        return None  # 'said Roe, who called it "a sham"': a phrase quoted in the narration, no second half
    first = QuoteSpan(end, end, end, end, ctx.quote.paragraph, False, False)
    between = QuoteContext(ctx.text, first, ctx.before, False, ([], False, []))
    found = next((b for b in (read(between, g) for read in readers) if b is not None), None)
    if found is None:
        return None
    other = nearer(ctx, g)
    if (
        other is not None
        and other.mention.start != found.mention.start
        and (ctx.before[-1].text == ":" or (_person(other, g) and _own_clause(ctx, other, g)))
    ):
        return None
    return found


def _new_clause(ctx: QuoteContext) -> bool:
    """True when a semicolon or colon between the halves opens a clause of its own.

    ``"...," said Roe; and Lee answered: "..."``: past the clause break the
    words before the quote are a new sentence in all but punctuation.
    """
    toks = ctx.before
    return any(t.text in _CLAUSE_BREAKS for t in toks[:-1])


def _person(binding: Binding, g: Grammar) -> bool:
    """True for a name or a personal pronoun other than ``it`` (``to say it`` names no speaker)."""
    mention = binding.mention
    if mention.kind == "name":
        return True
    pronoun = g.lexicon.pronouns.get(mention.name.lower()) if mention.kind == "pronoun" else None
    return pronoun is not None and pronoun.gender != "n"


def _own_clause(ctx: QuoteContext, binding: Binding, g: Grammar) -> bool:
    """True when *binding* is a speech of its own: a verb of saying, or a clause after a coordinator.

    ``while Ann said,`` and ``and he replied,`` report a new speech;
    ``as she laughed,`` and ``as if Ann had challenged her,`` only go with the tag.
    """
    lexicon = g.lexicon
    if binding.cue is not None:
        verb = lexicon.cue_verbs.get(ctx.text[binding.cue[0] : binding.cue[1]].split()[0].lower())
        if verb is not None and verb.lemma in lexicon.saying_verbs:
            return True
    toks = ctx.before
    k = next((i for i, t in enumerate(toks) if t.start >= binding.mention.start), len(toks))
    return k > 0 and (toks[k - 1].text.lower() in lexicon.clause_conjunctions or toks[k - 1].text.lower() in lexicon.predicate_links)
