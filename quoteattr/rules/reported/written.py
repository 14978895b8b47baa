"""Stage 4, reported speech: a written work as the object of a writing verb.

``Roe wrote a column on the harbour levy`` reports what the column is about,
not the column: the work (class ``document``: a letter, a book, an op-ed) is
what was made, its topic after ``about``, ``against`` or ``on`` (class
``topic``) is what was said.  A participle after the work or its topic says
what it said (``wrote a long letter warning that the weir would fail``), and a
work with no topic named
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
#: board last spring about ...``).
_TOPIC_REACH = 9

#: How many words ``to`` and the work's reader may hold before an ``on`` that
#: opens its topic (``a memo to the sluice crew on ...``).
_READER_REACH = 5


def written_content(w: ReportWords, tokens: list[Token], i: int) -> int:
    """Index of the content of a writing verb (class ``writing_verb``) whose
    object opens at token *i*: the token after the preposition that opens the
    work's topic, else *i* (no written work opens there, it names no topic, or
    a participle or a relative clause follows the work or its topic).

    ``about`` and ``against`` open a topic anywhere within reach and win over
    an ``on`` before them; ``on`` opens one only right after the work or after
    its ``to`` and reader (``a memo to the crew on ...``), and never before
    ``behalf`` (``a letter on her behalf``).  A topic that is a bare pronoun
    (``a note about it``) names nothing the work does not."""
    head = _work_head(w, tokens, i)
    if head is None:
        return i
    found = None
    for k in range(head + 1, min(len(tokens) - 1, head + 1 + _TOPIC_REACH)):
        text = tokens[k].text
        lower = text.lower()
        if lower in w.cls("topic") and is_word(tokens[k + 1]) and _opens_topic(w, tokens, head, k):
            found = k
            if lower != "on":
                break
        elif w.is_participle(text):
            return i  # "wrote a long letter warning that ...": the letter's words
        elif not is_word(tokens[k]) or lower in w.complementizers or lower in w.relative_pronouns:
            break  # "a book that ...", "a letter, ...": the work's own description
    if found is None or _bare(w, tokens, found + 1) or _described(w, tokens, found + 1):
        return i
    return found + 1


def _opens_topic(w: ReportWords, tokens: list[Token], head: int, k: int) -> bool:
    """True when the preposition at token *k*, after a work whose head noun is
    token *head*, opens what the work is about."""
    nxt = tokens[k + 1].text.lower()
    if nxt in w.time_words:
        return False  # "wrote a letter on Friday": when, not what about
    if tokens[k].text.lower() != "on":
        return True
    if any(t.text.lower() == "behalf" for t in tokens[k + 1 : k + 3]):
        return False  # "on behalf of the guild", "on his behalf": for whom
    if k == head + 1:
        return True
    # "a memo to the crew on ...": only the reader's words between the work and "on"
    between = [t.text.lower() for t in tokens[head + 1 : k]]
    return between[0] in w.infinitive_markers and len(between) <= _READER_REACH and not any(
        word in w.prepositions or not word[:1].isalpha() for word in between[1:]
    )


def _bare(w: ReportWords, tokens: list[Token], k: int) -> bool:
    """True for a topic that is one pronoun (``about it``, ``on this``)."""
    lower = tokens[k].text.lower()
    single = k + 1 >= len(tokens) or not is_word(tokens[k + 1])
    return single and (lower in w.pronouns or lower in w.determiners)


def _described(w: ReportWords, tokens: list[Token], k: int) -> bool:
    """True when a participle or a relative clause follows the topic opening at
    token *k* before the next mark (``a letter about the weir urging the board
    to ...``): the words say what the work said, not only what it is about."""
    for t in tokens[k + 1 :]:
        lower = t.text.lower()
        if not is_word(t):
            return False
        if w.is_participle(t.text) or lower in w.complementizers or lower in w.relative_pronouns:
            return True
    return False


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
