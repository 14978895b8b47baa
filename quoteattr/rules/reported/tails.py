"""Stage 4, reported speech: the words after a parenthetical cue's comma.

``The plan, she said, would fail``: after the comma that closes a cue set
between commas, the words either go on with the content that opened before
the cue (:func:`goes_on`), which makes the cue parenthetical, or they open
something else (a description of the source, a phrase of the cue's own), and
the content is the clause before the cue.
"""

from __future__ import annotations

from quoteattr.document import Mention
from quoteattr.mentions import is_word
from quoteattr.rules.reported.clauselead import subordinator_before
from quoteattr.rules.reported.extent import clause_follows
from quoteattr.rules.reported.records import Sentence, index_at
from quoteattr.rules.reported.words import LEAD_REACH, ReportWords
from quoteattr.text.tokens import Token

#: How many tokens after an adjunct's comma are read to tell a content going on.
_GOES_ON_REACH = 16


def goes_on(w: ReportWords, tail: list[Token]) -> bool:
    """True when the words after a cue's comma (*tail*, from the comma on) go on
    with the content: a clause (:func:`clause_follows`), or a word that cannot
    open one of its own, a preposition or a form of *be* (``The argument would
    be aided, Roe said, by the calendar``, ``The levy, Roe said, is "unfair"``)."""
    if clause_follows(w, tail):
        return True
    word = tail[1].text.lower() if len(tail) > 1 else ""
    if (
        word in w.verbish
        or word in w.prepositions and word not in w.infinitive_markers
        or word in w.subordinators
    ):
        return True
    # "The figures, she said, rose sharply": a past form right after the comma is
    # the predicate of the words before the cue.
    if len(tail) > 2 and tail[1].text == word and w.is_past(word):
        return True
    # So is a present form with its object after it ("The nickname, she said, comes
    # from ..."), or an adverb and a verb ("Lund, Roe said, never forgives"): train +3 matched.
    if len(tail) < 4 or tail[1].text != word:
        return False
    verb = tail[2].text
    return _present(w, word) or w.is_adverb(word) and (_present(w, verb) or w.is_past(verb))


def _present(w: ReportWords, word: str) -> bool:
    """True for a lowercase word that may be a verb in the present third person (``comes``)."""
    return (
        word.islower()
        and len(word) > 3
        and word.endswith(w.plural_endings)
        and not word.endswith(w.singular_endings)
    )


def listener_comma(w: ReportWords, tokens: list[Token], i: int) -> int | None:
    """Index of the comma that closes a listener opening at token *i* right after
    a cue set between commas (``The plan, Roe told the Gazette, would fail``):
    a name, a pronoun or a noun phrase of at most a few words, with no verb, no
    ``that``, no question word and no other function word in it than a
    determiner or a preposition before a time word (``told me on Friday,``);
    else None."""
    if i >= len(tokens) or not is_word(tokens[i]):
        return None
    first = tokens[i].text
    if not (first[0].isupper() or first.lower() in w.listener_pronouns or first.lower() in w.determiners):
        return None
    for j in range(i + 1, min(len(tokens), i + LEAD_REACH)):
        word = tokens[j].text
        if word == ",":
            return j
        lower = word.lower()
        if (
            not is_word(tokens[j])
            or lower in w.complementizers
            or lower in w.question_words
            or lower in w.verbish
            or lower in w.infinitive_markers
            or word.islower()
            and lower in w.lexicon.function_words
            and lower not in w.determiners
            and not (j + 1 < len(tokens) and tokens[j + 1].text.lower() in w.time_words)
        ):
            return None  # "warned the board against tolls, because ...": a phrase of the cue's, no listener
    return None


def adjunct_comma(w: ReportWords, tokens: list[Token], i: int) -> int | None:
    """Index of the comma that closes a short adjunct right after a cue set between
    commas, when the content goes on after it (``The pier, Roe said on Monday,
    needs piles``, ``..., Roe wrote in a letter, ...``): a time word or a
    preposition first, then at most a few words with no verb, no ``that`` and no
    question word; else None."""
    if i >= len(tokens) or tokens[i].text.lower() not in w.lead_words or tokens[i].text.lower() in w.infinitive_markers:
        return None
    for j in range(i + 1, min(len(tokens), i + LEAD_REACH)):
        word = tokens[j].text
        if word == ",":
            # Only where the words after it carry on what was said; else the cue's tail is read as before.
            return j if goes_on(w, tokens[j : j + _GOES_ON_REACH]) else None
        lower = word.lower()
        if not is_word(tokens[j]) or lower in w.complementizers or lower in w.question_words or lower in w.verbish:
            return None
    return None


def phrase_comma(w: ReportWords, tokens: list[Token], i: int, listener: bool, m: int) -> int | None:
    """Index of the comma that closes the phrase right after a cue set between
    commas: a listener for a cue that takes one (:func:`listener_comma`), else
    or then a short adjunct (:func:`adjunct_comma`); None when neither closes.
    *m* is the source's first token: after ``as`` (``..., as the Courier
    reported on Sunday, the pier ...``) no adjunct is read, as the clause
    ends on one side or opens on the other (train: 2 of the 3 such readings false)."""
    heard = listener_comma(w, tokens, i) if listener else None
    if heard is not None or subordinator_before(w, tokens, m) in w.cls("as_clause"):
        return heard
    return adjunct_comma(w, tokens, i)


def clause_stop(w: ReportWords, tail: list[Token]) -> int | None:
    """Where the phrase after a postposed cue ends in *tail* (the tokens after the
    cue) when an adverbial clause of the cue follows it: at a subordinator after
    the first word and before a subject pronoun (``..., Roe told her aides as she
    rowed home``: the listener is the phrase, the clause says when); else None."""
    for n in range(1, len(tail) - 1):
        word = tail[n].text
        if word in w.subordinators and word not in w.complementizers and tail[n + 1].text in w.pronouns:
            return n
    return None


def negated_question(w: ReportWords, tokens: list[Token], k: int, first: str) -> bool:
    """True when *first*, the word after the cue at token *k*, is a question word and
    a negation stands in the cue's verb group (``..., but Roe did not say when.``):
    the question word is what was not said, no tail of a postposed cue."""
    if first not in w.question_words:
        return False
    ends = tuple(w.cls("verb_ending"))  # "wouldn't say why"
    return any(t.text.lower() in w.cls("negation") or t.text.lower().endswith(ends) for t in tokens[max(0, k - 3) : k])


def inverted_pair(s: Sentence, mention: Mention) -> tuple[Mention, int]:
    """An inverted source *mention* and the index of the token after it, run on over
    ``and`` and a second source (``..., said Roe and Lund, ...``: Lund, as ``Roe
    and Lund said`` reads; ``said Roe and others``: Roe), or a role and a name
    (``said lobbyist and port strategist Ann Roe``: Ann Roe)."""
    w = s.w
    tokens = s.tokens
    j = index_at(s, mention.end)
    if j + 1 >= len(tokens) or tokens[j].text != "and":
        return mention, j
    if tokens[j + 1].text.lower() in w.cls("lone_subject"):
        return mention, j + 2  # "said Roe and others"
    second = w.mentions.subject_after(tokens, j + 1)
    if second is None or not w.verbish.isdisjoint(second.name.lower().split()):
        return mention, j  # "said Roe and left": no second source
    return second, index_at(s, second.end)

