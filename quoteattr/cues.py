"""Stage 3a: reporting cues in a token window.

A cue is a reporting verb in any inflection (``said``, ``tweets``, ``went
on``), or a multiword phrase from ``cue_phrases.tsv`` (``according to``,
``said in a statement``).  :class:`Cues` indexes one lexicon's cues by first
word, so finding the cues of a window costs one dict lookup per token; it is
built once per :class:`~quoteattr.lang.Lexicon`.
"""

from __future__ import annotations

from typing import NamedTuple

from quoteattr.lang import CueVerb, Lexicon
from quoteattr.text.tokens import Token

#: Every cue that starts with one word, longest first: ``(words, entry)`` pairs.
_Candidates = tuple[tuple[tuple[str, ...], CueVerb], ...]


class CueMatch(NamedTuple):
    """A cue found at tokens ``[first, last)`` of a window."""

    first: int
    last: int
    entry: CueVerb


def _build_index(lexicon: Lexicon) -> dict[str, _Candidates]:
    """Index every cue (single form or phrase) by its first lowercase word, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], CueVerb]]] = {}
    verbs = lexicon.cue_verbs
    for form, entry in verbs.items():
        words = tuple(form.split())
        index.setdefault(words[0], []).append((words, entry))
    for phrase in sorted(lexicon.cue_phrases, key=lambda p: (-len(p), p)):
        words = tuple(phrase.lower().split())
        head = verbs.get(words[0])
        phrase_class = lexicon.cue_phrases[phrase]
        if phrase_class:
            entry = CueVerb(phrase, phrase_class, False)
        elif head is not None:
            entry = CueVerb(phrase, head.verb_class, head.gerund)
        else:
            # "put it" (as the paper put it): a speech cue only as a whole phrase.
            entry = CueVerb(phrase, "speech", False)
        index.setdefault(words[0], []).append((words, entry))
    return {k: tuple(sorted(v, key=lambda item: -len(item[0]))) for k, v in index.items()}


class Cues:
    """The cue finder of one lexicon.

    >>> from quoteattr.text.tokens import tokenize
    >>> cues = Cues(Lexicon.english())
    >>> toks = tokenize("she said in a statement")
    >>> m = cues.cue_at(toks, 1)
    >>> (m.first, m.last, m.entry.lemma)
    (1, 5, 'said in a statement')
    """

    # Slots: the hot paths read these attributes on every token.
    __slots__ = (
        "_index", "_longest", "heads", "nouns", "_aspect", "_infinitive", "_verb_subjects",
        "_base_form_subjects", "_noun_followers", "_adverb_endings", "_noun_determiners",
        "_superlative_endings", "_request_followers", "_request_heads", "_request_length",
        "_person_roles",
    )

    def __init__(self, lexicon: Lexicon) -> None:
        self._index = _build_index(lexicon)
        #: The most words a cue phrase has.
        self._longest = max((len(words) for entries in self._index.values() for words, _ in entries), default=1)
        #: Every lowercase word that may start a cue: a set test is cheaper than a call to :meth:`cue_at`.
        self.heads: frozenset[str] = frozenset(self._index)
        #: Cue forms that are also common nouns (``claims``, ``statement``).
        self.nouns = lexicon.cue_nouns
        self._aspect = lexicon.aspect_verbs
        self._infinitive = lexicon.infinitive_markers
        self._verb_subjects = lexicon.verb_subjects
        self._base_form_subjects = lexicon.base_form_subjects
        self._noun_followers = lexicon.noun_followers
        self._adverb_endings = lexicon.endings_of("adverb")
        #: Words after which a cue form in -s is a noun (``the claims``, ``his statements``).
        self._noun_determiners = lexicon.definite_articles | frozenset(lexicon.possessive_determiners)
        self._superlative_endings = lexicon.endings_of("superlative")
        #: Lowercase nouns for one person's role (``editor``): a base form before one is a noun (``comment editor``).
        self._person_roles = frozenset(word for word, kind in lexicon.roles.items() if kind == "person")
        #: Word sequences after which a cue verb is no cue (``not to be``), their first words and longest length.
        self._request_followers = tuple(tuple(p.split()) for p in lexicon.request_followers)
        self._request_heads = frozenset(words[0] for words in self._request_followers)
        self._request_length = max((len(words) for words in self._request_followers), default=0)

    def is_noun_use(self, tokens: list[Token], cue: CueMatch) -> bool:
        """True when a noun-like cue form (``claims``) is used as a noun here.

        >>> from quoteattr.text.tokens import tokenize
        >>> cues = Cues(Lexicon.english())
        >>> toks = tokenize("Democratic claims as true")
        >>> cues.is_noun_use(toks, cues.cue_at(toks, 1))
        True
        """
        if cue.last - cue.first != 1 or tokens[cue.first].text.lower() not in self.nouns:
            return False
        if cue.last >= len(tokens):
            # Straight before the quote with no colon or comma ("investigative reports "..."")
            # a plural noun is far likelier than a verb.
            prev = tokens[cue.first - 1].text if cue.first > 0 else ""
            return prev.islower() and prev not in self._verb_subjects
        word = tokens[cue.first].text.lower()
        if tokens[cue.last].text.lower() in self._noun_followers:
            # "the reports of", but "they reply to him": after its subject the form is a verb.
            prev = tokens[cue.first - 1].text.lower() if cue.first > 0 else ""
            subjects = self._base_form_subjects if cue.entry.lemma == word else self._verb_subjects
            return prev not in subjects
        if cue.entry.lemma == word and tokens[cue.last].text in self._person_roles:
            # A base form right before a role noun modifies it: "Broadsheet comment editor Ilse Varga".
            return True
        if cue.first > 0 and cue.entry.lemma != word:
            # An -s form after an article, a possessive, a number or a superlative
            # is a plural noun: "the 2012 attacks", "his statements", "the biggest challenges".
            written = tokens[cue.first - 1].text
            prev = written.lower()
            # A superlative is written in lower case: "Ernest claims" is a name and a verb.
            if prev in self._noun_determiners or prev.isdigit() or (
                written.islower() and prev.endswith(self._superlative_endings) and len(prev) > 4
            ):
                return True
        if cue.first > 0 and cue.entry.lemma == word:
            # A base form after an adjective or determiner is a noun: "a prepared text,".
            prev = tokens[cue.first - 1].text
            return (
                prev.islower()
                and prev not in self._verb_subjects
                and prev not in self._base_form_subjects
                and not prev.endswith(self._adverb_endings)
            )
        return False

    def cue_at(self, tokens: list[Token], i: int) -> CueMatch | None:
        """Return the longest cue that starts at token *i*, if any."""
        if i >= len(tokens):
            return None
        word = tokens[i].text
        candidates = self._index.get(word.lower())
        if candidates is None:
            return None
        if word[0].isupper() and i > 0 and tokens[i - 1].text[0].isalnum():
            return None  # capitalised mid-sentence: a name (the United States), not a verb
        following: list[str] | None = None
        for words, entry in candidates:
            n = len(words)
            if n == 1:
                if i + 1 < len(tokens) and tokens[i + 1].text.lower() in self._request_heads and self._requests(tokens, i):
                    return None  # "who asked not to be named": a request, no quote's cue
                if entry.lemma in self._aspect and i + 1 < len(tokens) and tokens[i + 1].text.lower() in self._infinitive:
                    return None  # "will continue to be", "began to": aspect, not speech
                return CueMatch(i, i + 1, entry)
            if i + n > len(tokens):
                continue
            if following is None:
                # The words after the head, lowercased once for all the phrases that share it.
                following = [t.text.lower() for t in tokens[i + 1 : i + self._longest]]
            if tuple(following[: n - 1]) == words[1:]:
                return CueMatch(i, i + n, entry)
        return None

    def _requests(self, tokens: list[Token], i: int) -> bool:
        """True when the words after token *i* are one of the lexicon's request followers (``not to be``)."""
        following = tuple(t.text.lower() for t in tokens[i + 1 : i + 1 + self._request_length])
        return any(following[: len(words)] == words for words in self._request_followers)

    def cue_starts(self, tokens: list[Token]) -> list[int]:
        """Indices of the tokens that may start a cue (one set lookup per token).

        >>> from quoteattr.text.tokens import tokenize
        >>> Cues(Lexicon.english()).cue_starts(tokenize("The mayor said no, according to aides."))
        [2, 5]
        """
        heads = self.heads
        return [k for k, token in enumerate(tokens) if token.text.lower() in heads]

    def is_noun_like(self, word: str) -> bool:
        """True for a cue form that is also a common noun (``email``, ``statement``, ``claims``).

        >>> Cues(Lexicon.english()).is_noun_like("Email")
        True
        """
        return word.lower() in self.nouns

    def is_cue_word(self, word: str) -> bool:
        """True when *word* (any case) can start a cue.

        >>> cues = Cues(Lexicon.english())
        >>> cues.is_cue_word("Said"), cues.is_cue_word("table")
        (True, False)
        """
        return word.lower() in self.heads
