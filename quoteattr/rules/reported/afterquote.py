"""Stage 4, reported speech: a cue word right after a quote.

A cue word a few words after a quote is most often that quote's cue
(``"We won," Roe said``, ``"...," said Roe``) and reports nothing of its own.
It does report when a clause of its own follows it: ``"Harbour Talk," Roe
admitted that ...``, ``At the end of her "garden tour," Nessa said the
roses could wait``, ``praised the "ferry plan," adding that ...``, or after
a listener (``the innkeeper assured the drovers that ...``).  The scan
(:func:`that_follows`, on characters) and the rules (:func:`reports_after_quote`,
:func:`clause_after_tag`, on tokens) ask the same question, each reading the
words after the cue once.
"""

from __future__ import annotations

import re

from quoteattr.mentions import is_word
from quoteattr.rules.reported.extent import clause_opens
from quoteattr.rules.reported.records import Sentence
from quoteattr.rules.reported.words import LISTENER, ReportWords
from quoteattr.text.tokens import Token

#: The most words a listener may have between its cue and ``that`` (``told the harbour board that``).
_LISTENER_WORDS = 3
#: The most words after a cue that the questions here read: a listener, ``that``, a subject,
#: an auxiliary, a verb, a degree word and one more to tell that the clause goes on.
_AFTER_WORDS = _LISTENER_WORDS + 6
#: The cue word at a match's start, then the two to five words after it.
_WORDS_AFTER_RE = re.compile(rf"[\w'’-]+((?:[ \t]+[\w'’-]+){{2,{_AFTER_WORDS}}})")


def that_follows(w: ReportWords, text: str, pos: int) -> bool:
    """True when the cue word at *pos* reports on its own even right after a quote
    (:func:`reports_after_quote`, read on the words after it): ``“Harbour
    Talk,” Roe admitted that ...``, ``... “partners,” she insisted they were
    never paid``, ``With a nod to his “old friends,” the innkeeper assured the
    drovers that ...``; not ``"...," Roe said that night``."""
    m = _WORDS_AFTER_RE.match(text, pos)
    if m is None:
        return False
    cue = text[pos : m.start(1)]
    verb = w.verbs.get(cue.lower())
    return reports_after_quote(w, cue, m.group(1).split(), verb.frame if verb is not None else "")


def tags_quote(s: Sentence, k: int) -> bool:
    """True when the cue word at token *k* follows a quotation right away and is its
    cue (``"...," said Roe``): no clause of its own follows it (``the "tolls,"
    adding that the fares ...``), and the quote is no title set in the sentence
    (``the host of "Dawn Desk," urged the crews to ...``: the title names a show,
    and the cue reports on its own, as :meth:`~.records.Quoted.titled` tells the scan)."""
    tokens = s.tokens
    if k == 0 or is_word(tokens[k - 1]) or not s.quoted.contains(tokens[k - 1].start):
        return False
    word = tokens[k].text
    return not reports_after_quote(s.w, word, words_from(tokens, k + 1, 3)) and not s.quoted.titled(s.text, tokens[k].start)


def words_from(tokens: list[Token], i: int, n: int) -> list[str]:
    """The texts of up to *n* tokens from *i* on, up to the first that is no word."""
    out: list[str] = []
    for token in tokens[i : i + n]:
        if not is_word(token):
            break
        out.append(token.text)
    return out


def reports_after_quote(w: ReportWords, cue: str, words: list[str], frame: str = "") -> bool:
    """True when a cue word right after a quote (*cue*, then *words*) reports on
    its own: a clause follows (:func:`clause_after_tag`), or an infinitive
    follows a participle (``talked up his "dock plan," promising to rebuild``)."""
    if _clause_after(w, words, frame):
        return True
    participle = cue.islower() and w.is_participle(cue)
    return participle and len(words) > 1 and words[0] in w.infinitive_markers and words[1].islower()


def clause_after_tag(w: ReportWords, tokens: list[Token], i: int, frame: str) -> bool:
    """True when the words from token *i* on, after a cue whose subject stands
    right after a quote (``"...," Roe said``), open a clause of the cue's own:
    :func:`clause_after_quote`, or ``that`` and a clause after a listener when
    the cue's *frame* names one (``"...," Brannock told the crews that the
    canal ...``)."""
    return _clause_after(w, words_from(tokens, i, _AFTER_WORDS), frame)


def _clause_after(w: ReportWords, words: list[str], frame: str) -> bool:
    """The question of :func:`clause_after_tag` on the words after the cue."""
    return clause_after_quote(w, words) or frame == LISTENER and _that_after_listener(w, words)


def clause_after_quote(w: ReportWords, words: list[str]) -> bool:
    """True when *words*, the first words after a cue that follows a quote, open a
    clause of the cue's own: :func:`clause_opens`, or a lowercase subject of one
    or two words and its auxiliary (``At the end of her "garden tour," Nessa
    said the roses could wait``, ``... said ferry owners would ...``).  A preposition,
    a time word, a subordinator, a question word or a capitalised word after the
    cue is no subject of a clause (``"...," Roe said on Tuesday``, ``"...," said
    Roe``, ``"...," he said when he had finished``)."""
    if len(words) < 2:
        return False
    if clause_opens(w, words[0], words[1]):
        return True
    first = words[0]
    if (
        not first.islower()
        or first in w.prepositions
        or first in w.time_names
        or first in w.auxiliaries
        or first in w.complementizers
        or first in w.subordinators
        or first in w.time_subordinators
        or first in w.question_words
    ):
        # "Come in," he said when he had finished: a clause that says when or
        # where the quote was said, not a report of its own.
        return False
    # The subject is one word or two: the auxiliary is the second word or the third.
    return any(word.islower() and word in w.auxiliaries for word in words[1:3])


def _that_after_listener(w: ReportWords, after: list[str]) -> bool:
    """True when ``that`` after a short listener (the words *after* a cue, up to a
    mark) opens a clause with a subject: ``told the crews that the canal ...``;
    not a relative ``that`` whose verb follows (``told the dog that had
    followed her``, ``the boy that stood by the gate``) or whose verb's object
    is the listener (:func:`_object_gap`)."""
    for n in range(1, min(len(after) - 1, _LISTENER_WORDS + 1)):
        first, lower = after[n + 1], after[n + 1].lower()
        if after[n].lower() in w.complementizers and clause_opens(w, after[n], first):
            if w.is_auxiliary(lower) or lower in w.be_forms or w.is_finite_verb(lower):
                return first[:1].isupper()
            return not _object_gap(w, after, n)
    return False


def _object_gap(w: ReportWords, after: list[str], n: int) -> bool:
    """True when ``that`` at ``after[n]``, after a listener noun, opens a relative
    clause whose verb's object is that noun: a one-word subject, a verb (after
    an auxiliary or not) and at most a degree word, then a mark ends the words
    (``told the sailors that she trusted most.``, ``told the lads that he had
    hired.``).  A pronoun or a name takes no such clause (``told them that he
    agreed``).  A clause that reports with no object (``told the crew that she
    agreed.``) reads the same way and is given up: after a quote's tag it is rare."""
    listener = after[n - 1]
    rest = after[n + 2 :]
    if not listener.islower() or listener in w.listener_pronouns or not 0 < len(rest) <= 3:
        return False
    if len(rest) > 1 and w.is_auxiliary(rest[0]):
        rest = rest[1:]  # "that he had hired"
    degree = rest[1:] and (rest[1] in w.cls("degree") or w.is_adverb(rest[1]))
    return len(rest) <= 2 and w.is_finite_verb(rest[0]) and (len(rest) == 1 or bool(degree))
