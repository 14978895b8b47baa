"""Stage 4, reported speech: a cue's subject read forward from where its clause opens.

A subject too long to read backwards from the cue (:func:`long_subject`:
``Organizers of the march said``), and one set before a relative clause
(:func:`relative_subject`: ``Crews that have backed her say``), a relative
pronoun (:func:`relative_which`: ``a notice that blamed ...``) and a counting
phrase (:func:`counting_subject`: ``Few blamed ...``).  Moved out of
:mod:`~quoteattr.rules.reported.subjects`, which reads the plainer subjects and
calls :func:`long_subject` as its last reading.
"""

from __future__ import annotations

from quoteattr.document import Mention
from quoteattr.mentions import is_word
from quoteattr.rules.reported.extent import before_aside
from quoteattr.rules.reported.phrases import CURRENCY, bare_subject, reporter_before
from quoteattr.rules.reported.records import Sentence, index_at
from quoteattr.rules.reported.words import REACH

#: Marks that may stand inside a relative clause between a subject and its cue
#: (``Skippers, who earned $3 million in 2019, say``).
_RELATIVE_MARKS = frozenset(CURRENCY) | frozenset("%'’-.()")


def relative_subject(s: Sentence, k: int, lo: int) -> Mention | None:
    """The subject of the cue at token *k* before a relative clause set between
    them: between commas (``Skippers for the line, which earned $3 million
    last season, say``) or bare (``Crews that have backed her say``).  The
    clause holds a verb and no other comma; the subject must open its clause.
    Read when no plainer subject reading finds one."""
    w = s.w
    tokens = s.tokens
    mentions = w.mentions
    j = mentions.skip_back(tokens, k - 1, lo)
    if j < lo:
        return None
    closed = tokens[j].text == ","
    end = j if closed else j + 1  # the relative clause ends before this token
    for r in range(end - 2, max(lo, end - REACH) - 1, -1):
        word = tokens[r].text
        lower = word.lower()
        if lower in w.relative_pronouns and lower != "whom":
            b = r - 1
            if closed:
                if b < lo or tokens[b].text != ",":
                    return None
                b -= 1
            elif b >= lo and not is_word(tokens[b]):
                return None  # "Lund, who says ...": the cue is the relative clause's own
            if not any(w.is_finite_verb(t.text) or w.is_auxiliary(t.text.lower()) for t in tokens[r + 1 : end]):
                return None
            subject = mentions.phrase_ending_at(tokens, mentions.skip_back(tokens, b, lo), lo)
            if subject is None or subject.kind == "pronoun":
                return None
            a = index_at(s, subject.start)
            if a <= s.first_word or not is_word(tokens[a - 1]) or tokens[a - 1].text.lower() in w.coordinators:
                return subject
            return None
        if not (is_word(tokens[r]) or word in _RELATIVE_MARKS):
            return None
    return None


def long_subject(s: Sentence, k: int, lo: int) -> Mention | None:
    """The subject of a clause that opens the sentence or follows a comma, when
    it is too long to read backwards (``Organizers of the march said``)."""
    w = s.w
    tokens = s.tokens
    k = before_aside(w, tokens, k, lo)  # "Rope makers, for their part, argue"
    start = lo
    for j in range(k - 1, lo - 1, -1):
        if tokens[j].text in (",", ";", ":") or tokens[j].text.lower() in w.complementizers:
            start = j + 1
            break
    if k - start > 16 or start >= k:
        return None
    mention = w.mentions.clause_subject(tokens, start, k)
    if mention is not None:
        return mention
    words = [t for t in tokens[start:k] if is_word(t)]
    while len(words) > 1 and w.lone_opener(words[0].text) and not w.is_gerund(words[1].text):
        words = words[1:]  # "Then Roe's landlady says": the adverb opens the clause, not the subject
        start = index_at(s, words[0].start)
    if not words or words[0].text.lower() in w.verbish or words[-1].text.lower() in w.verbish:
        return None
    if words[0].text.lower().replace("’", "'") in w.cls("expletive"):
        return None  # "It is hard to say how long ...", "It's fair to say": no one speaks
    if words[0].text.lower() in w.coordinators and all(
        w.is_adverb(t.text) or t.text in w.infinitive_markers for t in words[1:]
    ):
        return None  # "..., but now said", "..., but only to warn": a predicate, no subject
    if all(t.text in w.infinitive_markers for t in words):
        # "Roe was forced, after a pause, to admit that ...": the infinitive's
        # subject is that of the clause before the comma, never "to" itself.
        return reporter_before(s, index_at(s, words[0].start))
    if words[-1].text in w.infinitive_markers:
        # "Kowal rang the ward to ask": the clause holds a verb, and the infinitive speaks
        # for its subject (after an intention no cue is read: ReportWords.intended).
        mention = reporter_before(s, index_at(s, words[-1].start))
        return mention if mention is not None and w.can_speak(mention) else None
    return Mention(words[0].start, words[-1].end, "description", " ".join(t.text for t in tokens[start:k]), "", "")


#: The most tokens between a verb of class ``spend_verb`` and the -ing cue that fills its object.
_SPEND_REACH = 10


def gerund_head(s: Sentence, j: int, k: int, prev: str) -> int | None:
    """Index of the finite verb whose subject speaks in the -ing cue at token *k*, the
    words before it (or before its adverbs) *prev*, from token *j*: a verb of class
    ``gerund_verb`` right there (``kept saying``, ``has taken to saying``), or one of class ``spend_verb`` whose object stands
    between (``spent Monday praising the crew``, ``spent much of her speech attacking``,
    ``devoted the evening to defending ...``), with no mark, verb or clause word on
    the way; not a passive (``was spent on posters attacking``: the posters, no speaker)."""
    w = s.w
    tokens = s.tokens
    if prev in w.cls("gerund_verb") and tokens[j].text.islower():
        return j
    for i in range(k - 1, max(s.first_word, k - _SPEND_REACH) - 1, -1):
        word = tokens[i].text
        lower = word.lower()
        if lower in w.cls("spend_verb") and word.islower():
            return None if i > 0 and w.after_be(tokens, i) else i
        if not (is_word(tokens[i]) or word in _RELATIVE_MARKS) or lower in w.verbish or lower in w.relative_pronouns:
            return None
        if i < k - 1 and (lower in w.verbs or w.is_past(word) or w.is_participle(word) and lower not in w.time_words):
            return None  # another verb between: "spent a week writing letters praising ..."
    return None


def relative_which(s: Sentence, j: int) -> Mention | None:
    """``which`` as the subject of the verb group that starts at token *j*, after a
    comma (``The council, which says the pier is unsafe, ...``): the relative
    pronoun, as PolNeAR marks it; a description, so that it speaks only where
    any phrase may (not before an evidence verb: ``, which suggests ...``).  With no
    comma the pronoun must follow a noun phrase that is no pronoun nor a verb (``posted
    a notice that blamed the board``), so that a ``that`` after a verb or subordinator is no subject."""
    tokens = s.tokens
    lower = tokens[j - 1].text.lower() if j >= 2 else ""
    if lower not in s.w.lexicon.relative_pronouns:  # "that" too (no complementizer here)
        return None
    if tokens[j - 2].text != "," or lower == "that":  # a "that" after a comma opens no relative clause
        head = s.w.mentions.phrase_ending_at(tokens, j - 2, max(0, j - 2 - REACH))
        if head is None or head.kind == "pronoun" or head.end != tokens[j - 2].end:
            return None
        before = tokens[j - 2].text
        if (s.w.is_finite_verb(before) or before in s.w.auxiliaries) and before not in s.w.noun_forms and not s.w.is_noun(tokens, j - 2):
            return None  # "knew that blamed skippers ...": a verb's complementizer, not a noun's relative
    word = tokens[j - 1]
    return Mention(word.start, word.end, "description", word.text, "", "")


def counting_subject(s: Sentence, k: int, lo: int) -> Mention | None:
    """A counting phrase that opens the clause of any cue verb (``Many warned ...``,
    ``Few blamed ...``); not a number (``cut by 1 percentage points to``), nor a
    phrase that ends in a relative pronoun (``ones that accuse``)."""
    mention = bare_subject(s.w, s.tokens, k, lo, whole=True)
    last = mention.name.split()[-1].lower() if mention is not None else ""
    if mention is None or mention.name[:1].isdigit() or last in s.w.complementizers or last in s.w.relative_pronouns:
        return None
    return mention
