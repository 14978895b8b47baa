"""Stage 5, what a document writes around the places a speaker's name is written, for :mod:`quoteattr.gender`.

:class:`TextIndex` holds one document for every identity of one call: where
each capitalised word is written whole, and what follows a name's end
(an appositive, an ``its``, the pronouns that may be the name's), read once
for all the names that end there.  :class:`TextReading` sums that over one
identity's names.  Split from :mod:`quoteattr.gender`, which decides.
"""

from __future__ import annotations

import functools
from array import array
from collections.abc import Sequence

import regex

from quoteattr.lang import Lexicon
from quoteattr.resolve.gender import (
    POSSESSIVE_REACH,
    PRONOUN_VOTE,
    PronounPatterns,
    Votes,
    word_before,
    word_gender,
)

__all__ = ["REACH", "TextIndex", "TextReading", "appositive_head"]

#: Where a sentence stops: past it, the words after a name say no more of it.
_SENTENCE_END_RE = regex.compile(r"[.!?;\n]\s*\n|[.!?]\s")
#: How far after a name (in characters) the text is read for its pronoun or appositive.
REACH = 250
#: A capitalised word: between a name and a pronoun, another person the pronoun may be.
_CAPITAL_RE = regex.compile(r"\b\p{Lu}[\p{L}'’.-]*")


class TextReading:
    """What the text writes around one identity's names: titles, appositives, pronouns and places."""

    def __init__(self, index: TextIndex, lexicon: Lexicon) -> None:
        self._index = index
        self._lexicon = lexicon
        self.strong: set[str] = set()
        self.votes = Votes()
        #: Pronouns ``its`` that follow a name in its sentence, before any ``he`` or ``she``.
        self.neuter = 0
        #: Times a name follows a place preposition (``in Lund``).
        self.at_place = 0

    def read(self, name: str) -> None:
        """Read every place *name* is written (whole words, as written)."""
        index = self._index
        text = index.text
        full = " " in name.strip()
        for start, end in _written_at(text, name, index):
            written = word_before(text, start)
            if written:
                word = written.lower()
                if word in self._lexicon.place_prepositions and not _POSSESSIVE_OR_LONGER_RE.match(text, end):
                    self.at_place += 1  # not "in Lee's office", "at Lee Hall"
                # A capitalised title before a full name is written as part of it
                # (``Congresswoman Mira Kowal``); before a bare surname it may be
                # any of the family's (``Mrs. Kowal`` and ``Mr. Kowal``), and a
                # lowercase noun before a name is as often another's (``her mother Ann``).
                said = word_gender(word, self._lexicon) if full and written[:1].isupper() else ""
                if said:
                    self.strong.add(said)
            if not _POSSESSIVE_RE.match(text, end):
                # A possessor is no clause's subject: in "Lee's aide said he" the "he" is the aide.
                apposed, neuter, votes = index.after(end, _opens_sentence(text, start))
                if apposed:
                    self.strong.add(apposed)
                self.neuter += neuter
                for gender in votes:
                    self.votes.add(gender, PRONOUN_VOTE)


class TextIndex:
    """One document as :func:`identity_gender` reads it, shared by the identities of one call.

    Most capitalised words of a document are no speaker's name: the places a
    name's first word is written are found when a name asks for them, and
    what follows a name's end is read once, though ``Ann Lee`` and ``Lee``
    both end there.  Made per call and let go after it (a module-wide cache
    would keep the last document alive).
    """

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        #: The document.
        self.text = text
        self._lexicon = lexicon
        self._pronouns = PronounPatterns.of(lexicon)
        self._neuter = _neuter_pattern(lexicon)
        self._starts: dict[str, Sequence[int]] = {}
        self._scans = 0
        self._indexed = False
        #: What follows each name's end, by ``2 * end + subject``: one int a key, not a
        #: tuple of two (a text with thousands of names held megabytes of keys).
        self._after: dict[int, tuple[str, int, tuple[str, ...]]] = {}

    def starts(self, word: str) -> Sequence[int]:
        """Where *word*, a capitalised word (``Lee``), is written whole in the text, left to right.

        >>> list(TextIndex("Ann met Ann Lee and Anne.", Lexicon.english()).starts("Ann"))
        [0, 8]
        """
        known = self._starts.get(word)
        if known is not None:
            return known
        if self._scans >= _SCANS_BEFORE_INDEX and _CAPITAL_WORD_RE.fullmatch(word):
            # Past a few words, one pass over the text finds every capitalised
            # word: a search per word would read the text once for each of a
            # long dialogue's many names.
            self._index_words()
            return self._starts.get(word, ())
        self._scans += 1
        found: list[int] = []
        text = self.text
        size = len(word)
        at = text.find(word)
        while at >= 0:
            # The word that opens here is *word* itself, not a longer one nor the tail of one.
            if _word_edge(text, at - 1) and _word_edge(text, at + size):
                found.append(at)
            at = text.find(word, at + 1)
        self._starts[word] = found
        return found

    def _index_words(self) -> None:
        """Record where every capitalised word of the text is written, once."""
        if self._indexed:
            return
        self._indexed = True
        # The places are machine integers in arrays, not lists of int objects:
        # a long text's capitalised words held about 4 bytes of lists per byte
        # of text, the peak of a call with reported speech.
        code = "i" if len(self.text) < 2**31 else "q"
        everywhere: dict[str, array[int]] = {}
        for m in _CAPITAL_WORD_RE.finditer(self.text):
            word = m.group()
            places = everywhere.get(word)
            if places is None:
                places = everywhere[word] = array(code)
            places.append(m.start())
        # Words searched for already keep their lists (the same places).
        self._starts = {**everywhere, **self._starts}

    def after(self, end: int, subject: bool) -> tuple[str, int, tuple[str, ...]]:
        """What the text says after a name ending at *end*: an appositive's gender, an ``its`` (1), the pronouns' votes.

        Past the name's sentence, only a name that opens its sentence (its
        *subject*, likely) is read: after ``Ann accused Lee of lying.`` the
        next ``She`` is Ann's.
        """
        key = 2 * end + subject
        said = self._after.get(key)
        if said is None:
            said = self._after[key] = self._read_after(end, subject)
        return said

    def _read_after(self, end: int, subject: bool) -> tuple[str, int, tuple[str, ...]]:
        """:meth:`after`, read from the text."""
        text = self.text
        stop = _SENTENCE_END_RE.search(text, end, min(len(text), end + REACH))
        hi = stop.start() if stop else min(len(text), end + REACH)
        apposed = _appositive_gender(text[end:hi], self._lexicon)
        if apposed:
            return apposed, 0, ()
        limit = min(len(text), end + REACH) if subject else hi
        pronouns = self._pronouns
        found = pronouns.self_reference.search(text, end, limit)
        at = found.start() if found is not None else -1
        if self._neuter.search(text, end, at if 0 <= at < hi else hi) is not None:
            return "", 1, ()
        if found is None:
            return "", 0, ()
        # Every he/she up to the next capitalised word (another person, likely) is this name's.
        votes: list[str] = []
        pos = end
        for found in pronouns.self_reference.finditer(text, at, limit):
            if self._names_between(pos, found.start()):
                break
            pos = found.end()
            if found.start() - end > POSSESSIVE_REACH and found.group().lower() in pronouns.near_only:
                continue  # a possessive "her" far from the name is as often another woman's
            votes.append(pronouns.gender(found.group()))
        return "", 0, tuple(votes)

    def _names_between(self, start: int, end: int) -> bool:
        """True when a capitalised word between *start* and *end* may name someone (not a function word
        opening a sentence), or a quotation mark comes between: words in a quote are someone's speech."""
        if _QUOTE_MARK_RE.search(self.text, start, end):
            return True
        for word in _CAPITAL_RE.finditer(self.text, start, end):
            if not (word.group().lower() in self._lexicon.function_words and _opens_sentence(self.text, word.start())):
                return True
        return False


_WORD_RE = regex.compile(r"[\p{L}\p{N}]+")

#: Words searched for one by one before one pass finds every capitalised word of the text.
_SCANS_BEFORE_INDEX = 8
#: A name's first word written at most this often is read alone for the name's places.
_FEW_PLACES = 16
#: A word that opens with a capital, as names do (found by :meth:`TextIndex.starts`; other names by a pattern).
_CAPITAL_WORD_RE = regex.compile(r"(?<![\p{L}\p{N}])[\p{Lu}\p{Lt}][\p{L}\p{N}]*")


def _written_at(text: str, name: str, index: TextIndex) -> list[tuple[int, int]]:
    """The spans where *name* is written in *text* as whole words, left to right, none overlapping.

    Found from the places one of its words is written (:meth:`TextIndex.starts`):
    a pattern compiled per name overflowed the pattern cache.
    """
    first = _CAPITAL_WORD_RE.match(name)
    if first is None:  # ``de Vere``, a mark first: read as a pattern
        pattern = r"(?<![\p{L}\p{N}])" + regex.escape(name) + r"(?![\p{L}\p{N}])"
        return [m.span() for m in regex.finditer(pattern, text)]
    # Read from the name's word written fewest times (``Qaaab`` in ``Ann
    # Qaaab``, where a thousand names share ``Ann``): the first word's places
    # alone would make a dialogue of many such names quadratic.
    offset, places = 0, index.starts(first.group())
    if len(places) > _FEW_PLACES:
        for word in _CAPITAL_WORD_RE.finditer(name, first.end()):
            other = index.starts(word.group())
            if len(other) < len(places):
                offset, places = word.start(), other
    spans: list[tuple[int, int]] = []
    size = len(name)
    last = -1
    for at in places:
        start = at - offset
        if start < last or start < 0 or not text.startswith(name, start):
            continue
        end = start + size
        if _word_edge(text, start - 1) and _word_edge(text, end):
            spans.append((start, end))
            last = end
    return spans


def _word_edge(text: str, at: int) -> bool:
    """True when no letter or digit is at *at* (a word ends before it or starts after it), or *at* is outside *text*."""
    if at < 0 or at >= len(text):
        return True
    char = text[at]
    if char.isascii():
        return not char.isalnum()  # the same as the pattern in ASCII, and most text is
    return _WORD_RE.match(char) is None


def _opens_sentence(text: str, start: int) -> bool:
    """True when the words before *start* in its sentence are capitalised ones only (titles), or none.

    A walk back, word by word, over at most 80 characters (a pattern anchored
    at *start* would rescan the window from every offset).
    """
    lo = max(0, start - 80)
    i = start
    while True:
        j = i
        while j > lo and text[j - 1] in " \t":
            j -= 1
        if j == 0 or text[j - 1] in "\n\"“":
            return True
        if j == i and i != start:
            return False  # two words not parted by a space
        k = j
        while k > lo and text[k - 1] in "\"”’)":
            k -= 1
        if k > lo and text[k - 1] in ".!?" and j < i:
            return True  # a sentence ends before the name (or a title's period: ``Sen.``)
        k = j
        while k > lo and (text[k - 1].isalpha() or text[k - 1] in ".'’-"):
            k -= 1
        if k == j or not text[k].isupper():
            return False
        if k == 0 or k <= lo:
            return k == 0  # the text's first words, or past the window
        i = k


#: A quotation mark: a pronoun past one is in someone's speech (or after it).
_QUOTE_MARK_RE = regex.compile(r'["“”]')
#: A possessive ending after a name.
_POSSESSIVE_RE = regex.compile(r"['’]s?\b")
#: A possessive ending or a capitalised word after a name: the name is part of another's.
_POSSESSIVE_OR_LONGER_RE = regex.compile(r"['’]s?\b|[ \t]+\p{Lu}")


@functools.lru_cache(maxsize=16)
def _neuter_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    """The possessive and reflexive of *lexicon*'s neuter pronouns (``its``, ``itself``) as one pattern."""
    words = [w for w, p in lexicon.pronouns.items() if p.person == 3 and p.number == "sg" and p.gender == "n"]
    # The possessive and the reflexive only: after any name, a subject ``it`` is as often a thing.
    words = [w + "s" for w in words] + [w + "self" for w in words]
    return regex.compile(r"\b(?:" + "|".join(map(regex.escape, sorted(words))) + r")\b", regex.IGNORECASE)


#: The first words of an appositive after a name's comma, to its fifth.
_WORDS_RE = regex.compile(r"^,[ \t]+((?:[\p{L}-]+[ \t]*){1,6})")


def _appositive_gender(after: str, lexicon: Lexicon) -> str:
    """``m``/``f`` when *after* (the text after a name) opens with an appositive headed by a gendered noun.

    The noun is the last word before a break: punctuation, a preposition or a
    relative pronoun (``Ann Lee, a former congresswoman from Lund``).

    >>> en = Lexicon.english()
    >>> _appositive_gender(", a congresswoman from Lund, said", en), _appositive_gender(", an actress.", en)
    ('f', 'f')
    >>> _appositive_gender(", a former chairman, said", en), _appositive_gender(", and she said", en)
    ('m', '')
    >>> _appositive_gender(", her father, said", en), _appositive_gender(", his father's lawyer, said", en)
    ('m', '')
    """
    head = appositive_head(after, lexicon)
    return word_gender(head, lexicon) if head else ""


def appositive_head(after: str, lexicon: Lexicon) -> str:
    """The head noun (lowercase) of an appositive that *after* (the text after a name) opens with, or ""."""
    m = _WORDS_RE.match(after)
    if m is None:
        return ""
    words = m.group(1).split()
    opener = words[0].lower()
    # ``Tom Hale, her father,``: the noun is his, whoever the possessive points to.
    if opener not in lexicon.indefinite_articles and opener not in lexicon.definite_articles and opener not in lexicon.possessive_determiners:
        return ""
    ended = len(m.group(1).split()) < 6 and regex.match(r"[ \t]*(?:[,.;:)]|$)", after[m.end() :]) is not None
    for k in range(1, len(words)):
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        if (nxt and (nxt in lexicon.prepositions or nxt in lexicon.relative_pronouns)) or (not nxt and ended):
            return str(words[k]).lower()
    return ""
