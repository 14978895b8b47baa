"""Stage 4, reported speech: a written work as the object of a writing verb.

``Roe wrote a column on the harbour levy`` reports what the column is about,
not the column: the work (class ``document``: a letter, a book, an op-ed) is
what was made, its topic after ``on``, ``about`` or ``against`` (class
``topic``) is what was said.  A participle after the work says what it said
(``wrote a letter urging the council to act``), and a work with no topic named
(``wrote his memoir``) is left as the content: PolNeAR's annotators mark such
a work as often as they leave it out (measured, dropping it: train +0.1, dev
-0.2 detection F1).
"""

from __future__ import annotations

from quoteattr.mentions import is_word
from quoteattr.rules.reported.words import ReportWords
from quoteattr.text.tokens import Token

#: How many words a work's phrase may hold before its head noun (``a short,
#: handwritten letter``, ``her long weekend harbour column``).
_HEAD_REACH = 6

#: How many tokens after the work its topic may come (``a letter to the harbour
#: board about ...``, ``his first column 40 years ago on ...``).
_TOPIC_REACH = 9


def written_content(w: ReportWords, tokens: list[Token], i: int) -> int:
    """Index of the content of a writing verb (class ``writing_verb``) whose
    object opens at token *i*: *i* when no written work opens there or a
    participle follows the work or it names no topic, else the token after the
    preposition that opens the work's topic.  PolNeAR train (speech subset): +2
    matched reports, dev unchanged."""
    head = _work_head(w, tokens, i)
    if head is None:
        return i
    topics = w.cls("topic")
    for k in range(head + 1, min(len(tokens), head + 1 + _TOPIC_REACH)):
        text = tokens[k].text
        lower = text.lower()
        if lower in topics and k + 1 < len(tokens) and is_word(tokens[k + 1]):
            if tokens[k + 1].text.lower() in w.time_words:
                continue  # "wrote a letter on Friday": when, not what about
            return k + 1
        if w.is_participle(text):
            return i  # "wrote a letter urging the council to act": the letter's words
        if not is_word(tokens[k]) or lower in w.complementizers or lower in w.relative_pronouns:
            break  # "a book that ...", "a letter, ...": the work's own description
    return i


def _work_head(w: ReportWords, tokens: list[Token], i: int) -> int | None:
    """Index of the head noun of a written work whose phrase opens at token *i*
    with a determiner or a possessive (``a letter``, ``her latest book``), or
    None.  The phrase ends at a preposition, a complementizer or a mark other
    than a comma (``a short, handwritten letter``)."""
    if i >= len(tokens) or not _opens_phrase(w, tokens[i].text.lower()):
        return None
    documents = w.cls("document")
    for j in range(i + 1, min(len(tokens), i + 1 + _HEAD_REACH)):
        lower = tokens[j].text.lower()
        if lower in documents:
            return j
        if lower in w.prepositions or lower in w.complementizers:
            return None
        if not is_word(tokens[j]) and lower != ",":
            return None
    return None


def _opens_phrase(w: ReportWords, word: str) -> bool:
    """True for a determiner, an article or a possessive determiner."""
    return word in w.articles or word in w.determiners or word in w.possessives
