"""Stage 5, fiction names: what a tag's own sentence says about its speaker.

Two readings of the words right around a tag (``said the Grand Vizier``,
``"Come in," she said, looking at Ann``), kept apart from the cast so that
:class:`quoteattr.resolve.fiction.Characters` only asks them:

* the article written before a tag's name of two words or more: such a name,
  which the cast may read as a place or a kind because the text mostly writes
  it after ``the``, speaks when a tag binds it and keeps its article, unless
  it reads as a place (a place noun ends it, or it modifies the tag's noun);
* the first character the narration names after a pronoun tag in its own
  sentence: a name after a pronoun subject in one sentence is someone else.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from quoteattr.document import Binding, Document
from quoteattr.lang.lexicon import Lexicon
from quoteattr.resolve.cast import CastRegistry
from quoteattr.text.segment import first_sentence_end

#: Where a clause of its own opens after the tag: a name past it is no longer the pronoun's object.
_CLAUSE_BREAK = re.compile(r"[;:\u2014]|--")

#: Characters read before a tag's name for its article (``the`` and a line break or two spaces).
_ARTICLE_REACH = 8


def article_before_tag(text: str, lexicon: Lexicon, b: Binding, written: str) -> str | None:
    """The definite article written right before *b*'s name, when *b* is a tag's (it has a cue) and *written*, the name as the text writes it, has two words or more; else None.

    None too when the name only modifies the tag's noun (``said the Grey
    Fen ferryman``: a lowercase word follows it) or ends in a place noun
    (``the Kessock City``): a place does not speak.
    """
    words = written.split()
    if b.cue is None or len(words) < 2 or words[-1].lower() in lexicon.place_nouns:
        return None
    after = text[b.mention.end : b.mention.end + 2]
    if after[:1].isspace() and after[1:2].islower():
        return None
    before = text[max(0, b.mention.start - _ARTICLE_REACH) : b.mention.start].split()
    article = before[-1].lower() if before else ""
    return article if article in lexicon.definite_articles else None


def name_after_tag(doc: Document, cast: CastRegistry, opens: Sequence[int], b: Binding) -> list[str]:
    """The first character narration names after *b*'s tag in its sentence, before a quote opens (*opens*, sorted) or the paragraph ends.

    The sentence ends at a semicolon, a colon or a dash too: past one, a
    clause of its own opens (``she said; Ann liked to give orders``).

    Only for a pronoun right beside its cue (``she said``, ``said he``):
    a pronoun in a clause before its sentence's subject may mean that
    subject (``Before she could stop herself, Ann laughed``).  Only the
    first name: a later one sits deeper in the sentence (``he wrote to Ann
    about the dinner Tom gave``) and may be the pronoun's own.
    """
    mention, cue = b.mention, b.cue
    if cue is None or doc.text[min(mention.end, cue[1]) : max(mention.start, cue[0])].strip():
        return []
    start = max(mention.end, cue[1])
    k = bisect.bisect_right(doc.paragraphs, (mention.start, len(doc.text))) - 1
    end = doc.paragraphs[k][1] if k >= 0 else len(doc.text)
    i = bisect.bisect_right(opens, start)
    if i < len(opens):
        end = min(end, opens[i])
    stop = first_sentence_end(doc.text, start, end, doc.lexicon)
    clause = _CLAUSE_BREAK.search(doc.text, start, stop)
    return cast.names_between(start, clause.start() if clause else stop)[:1]
