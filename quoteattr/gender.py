"""Stage 5, a speaker's gender from the evidence the document writes about it.

:func:`quoteattr.identity.identify` asks :func:`identity_gender` once per
identity (one person, or a group), with every mention bound to its quotes
and, from the engine, the document's text.  The rules, in order:

* a group, or a name whose head word is an organisation's or a place's
  (``Harbour Council``, ``Kowal Corp.``, ``Lund County``:
  :attr:`~quoteattr.lang.Lexicon.organisation_nouns`,
  :attr:`~quoteattr.lang.Lexicon.place_nouns`, a group noun of
  :attr:`~quoteattr.lang.Lexicon.roles`, a capitalised plural of a person
  noun such as ``Protesters``), or one bound under ``it`` or ``they``, has
  none: only people have a gender;
* a gendered title or noun written with the person is the surest evidence:
  in a bound mention (``Mrs. Ann Lee``, ``Chairwoman Ann Lee``, ``the
  actress``), capitalised just before the full name in the text
  (``Congresswoman Ann Lee``; before a bare surname it may be another of
  the family's)
  or as an appositive after it (``Ann Lee, a congresswoman,``; ``Tom Hale,
  her father,``: the noun is his, whoever ``her`` is); a description's head
  is the noun before its prepositional phrase (``a spokeswoman for Kowal``),
  or the noun just after a description cut at its capitalised modifier
  (``said a Lund spokeswoman`` binds ``a Lund``).  One gender
  among such words decides, whatever pronouns say (a pronoun may have been
  bound to the wrong person); two genders among them decide nothing;
* a one-word name ending in ``s`` that the text also writes in lowercase
  (``Nurses`` ... ``the nurses``) is a plural noun: none;
* without such a word, a name the text writes after a place preposition
  (``in Lund``, not ``in Lund's``) or follows with ``its`` in its sentence
  at least as often as pronouns vote for it is a place or an organisation: none;
* a name that is one capitalised word, never written after a title, a
  first name or a gendered noun, before a surname or with a person's role
  in an appositive (``"We are ready," said Harbourside. "Yes," he said.``),
  is read by the text's pronouns after it only, not by the pronouns bound
  to its quotes: nothing shows it is a person, and ``he said`` is as often
  someone else's (news only: a novel's cast calls many a character by one
  word, and its bound pronouns stay);
* otherwise pronouns vote: a bound ``he``/``she`` weighs
  :data:`~quoteattr.resolve.gender.MENTION_VOTE`, and each gendered
  pronoun after the name one vote: in its sentence, or within 250
  characters when the name opens its sentence (its subject, likely), and
  only while no other capitalised word (another person, likely; not a
  function word opening a sentence) or quotation mark comes between them, and not after a
  possessive (``Lee's aide said he``)
  (``Lee told Hale, after he admitted``: the ``he`` is not Lee's);
  :func:`~quoteattr.resolve.gender.gender_of` reads the tally.

First names are never read: nothing in a name's spelling says who a person is.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import regex

from quoteattr.aliases import Mentioned, NameEvidence, is_resolved
from quoteattr.lang import Lexicon
from quoteattr.resolve.cast import CastRegistry
from quoteattr.resolve.gender import (
    MENTION_VOTE,
    POSSESSIVE_REACH,
    PRONOUN_VOTE,
    PronounPatterns,
    Votes,
    gender_of,
    role_gender,
)
from quoteattr.text.chars import APOSTROPHE, RIGHT_SINGLE

__all__ = ["GENDER_NAMES", "TextIndex", "identity_gender", "is_organisation", "mention_gender", "name_strings", "role_gender"]

#: Lexicon gender codes to the values of :attr:`~quoteattr.model.Speaker.gender`.
#: The output name of each gender the lexicon writes as a letter.
GENDER_NAMES = {"m": "male", "f": "female"}
#: Where a sentence stops: past it, the words after a name say no more of it.
_SENTENCE_END_RE = regex.compile(r"[.!?;\n]\s*\n|[.!?]\s")
#: How far after a name (in characters) the text is read for its pronoun or appositive.
_REACH = 250
#: A capitalised word: between a name and a pronoun, another person the pronoun may be.
_CAPITAL_RE = regex.compile(r"\b\p{Lu}[\p{L}'’.-]*")


def identity_gender(
    label: str,
    group: bool,
    mentions: Sequence[Mentioned],
    lexicon: Lexicon,
    text: str | None = None,
    names: Iterable[str] = (),
    evidence: NameEvidence | None = None,
    index: TextIndex | None = None,
) -> str | None:
    """``"female"``, ``"male"`` or ``None`` for one identity (see the module docstring).

    Args:
        label: the identity's name (``Ann Lee``, ``the spokeswoman``).
        group: True for a group speaker (``officials``): never a gender.
        mentions: every mention bound to the identity's quotes, each once.
        lexicon: the words read.
        text: the document, read for titles, appositives and pronouns around
            *names*; ``None`` reads the mentions alone.
        names: the strings that write this identity in *text* (see :func:`name_strings`).
        evidence: what resolution counted per name, read only without *text*;
            with it, a novel's cast (:class:`~quoteattr.resolve.cast.CastRegistry`)
            keeps the bound pronouns of a one-word name (see the module docstring).
        index: a :class:`TextIndex` of *text*, when the caller reads many
            identities of one document (built here when missing).

    >>> from quoteattr.model import Speaker
    >>> lee = Speaker("Ann Lee", 30, 37, "Ann Lee", "name")
    >>> text = "Congresswoman Ann Lee met Tom Hale, and he spoke. " + 'Ann Lee said "No."'
    >>> identity_gender("Ann Lee", False, [lee], Lexicon.english(), text, ["Ann Lee"])
    'female'
    """
    names = list(names)
    if group or any(is_organisation(n, lexicon) for n in {label, *(m.name for m in mentions if is_resolved(m))}):
        return None
    strong, votes, thing = _mention_evidence(mentions, lexicon)
    if thing:
        return None  # bound under "it" or "they": no person
    strong |= _label_title(label, lexicon)
    if text is not None:
        cast = isinstance(evidence, CastRegistry)
        return _text_gender(label, names, mentions, lexicon, text, index, strong, votes, cast)
    if evidence is not None:
        for name in {m.name for m in mentions if is_resolved(m)}:
            counted = evidence.votes(name)
            if counted is not None:
                votes.merge(counted)
    if strong:
        return GENDER_NAMES[next(iter(strong))] if len(strong) == 1 else None
    return GENDER_NAMES.get(gender_of(votes))


def _text_gender(
    label: str,
    names: Sequence[str],
    mentions: Sequence[Mentioned],
    lexicon: Lexicon,
    text: str,
    index: TextIndex | None,
    strong: set[str],
    votes: Votes,
    cast: bool,
) -> str | None:
    """:func:`identity_gender` read with the document's *text*, from what the mentions say (*strong*, *votes*).

    *cast* is True for a novel's characters (a :class:`~quoteattr.resolve.cast.CastRegistry`
    resolved them): a novel calls many a character by one word only.
    """
    if _common_plural(label, text):
        return None
    strong = strong | _cut_head_genders(mentions, text, lexicon)
    index = TextIndex(text, lexicon) if index is None else index
    read = _TextReading(index, lexicon)
    for name in names:
        read.read(name)
    strong |= read.strong
    if strong:
        return GENDER_NAMES[next(iter(strong))] if len(strong) == 1 else None
    neuter = max(read.at_place, read.neuter)
    if neuter > 0 and neuter >= read.votes.male + read.votes.female:
        return None  # a place or a thing
    if not cast and _unproved_word(label, names, text, lexicon, index):
        # Nothing shows that the one word is a person's (``said Harbourside``):
        # a bound ``he said`` is as often someone else's, so only the text's
        # own pronouns after the name count.
        return GENDER_NAMES.get(gender_of(read.votes))
    votes.merge(read.votes)
    return GENDER_NAMES.get(gender_of(votes))


def _mention_evidence(mentions: Sequence[Mentioned], lexicon: Lexicon) -> tuple[set[str], Votes, bool]:
    """The genders the bound mentions' titles and nouns state, their pronouns' votes, and whether one is ``it``/``they``."""
    strong: set[str] = set()
    votes = Votes()
    thing = False
    for mention in mentions:
        if mention.kind == "pronoun":
            said = _pronoun_gender(mention.text, lexicon)
            thing = thing or said == "none"
            if said in GENDER_NAMES:
                votes.add(said, MENTION_VOTE)
        else:
            strong |= _written_genders(mention, lexicon)
    return strong, votes, thing


def name_strings(label: str, mentions: Sequence[Mentioned]) -> set[str]:
    """The strings that write an identity in its text: its label, its names and its name mentions' words."""
    found = {label} if label[:1].isupper() else set()
    for m in mentions:
        if m.kind == "name":
            found.add(m.name)
            found.add(m.text)
    return {s for s in found if s and s[:1].isupper()}


@functools.lru_cache(maxsize=4096)
def _organisation_heads(lexicon: Lexicon) -> frozenset[str]:
    """The head nouns that make a name an organisation's, a place's or a group's, from *lexicon*."""
    groups = {word for word, kind in lexicon.roles.items() if kind == "group"}
    return frozenset(lexicon.organisation_nouns | lexicon.place_nouns | groups)


def is_organisation(name: str, lexicon: Lexicon) -> bool:
    """True when *name*'s head word says it is no person: an organisation, a place or a group.

    >>> en = Lexicon.english()
    >>> is_organisation("Harbour Council", en), is_organisation("Kowal Corp.", en), is_organisation("Ann Lee", en)
    (True, True, False)
    >>> is_organisation("Protesters", en), is_organisation("Lund County", en)
    (True, True)
    """
    words = name.split()
    if not words or not words[-1][:1].isupper():
        return False
    head = words[-1].strip(".,").lower()
    if head in _organisation_heads(lexicon):
        return True
    # A capitalised plural of a person noun (``Protesters``, ``Nurses``) is many people.
    return any(head.endswith(end) and lexicon.roles.get(head[: -len(end)]) == "person" for end in ("s", "es"))


def _common_plural(label: str, text: str) -> bool:
    """True for a one-word name ending in ``s`` that *text* also writes in lowercase: a plural noun (``Nurses``)."""
    if " " in label or not label.endswith("s") or not label[:1].isupper():
        return False
    return regex.search(r"(?<![\p{L}])" + regex.escape(label.lower()) + r"(?![\p{L}])", text) is not None


def mention_gender(words: Sequence[str], lexicon: Lexicon) -> str:
    """``m``, ``f`` or "" for one lowercase word that is a gendered title or noun (``mrs``, ``congresswoman``)."""
    found: list[str] = []
    for word in words:
        word = word.strip(".,")
        found.append(
            lexicon.title_genders.get(word, "")
            or lexicon.title_genders.get(word + ".", "")
            or lexicon.gender_nouns.get(word, "")
            or role_gender(word, lexicon)
        )
    genders = set(found) - {""}
    return next(iter(genders)) if len(genders) == 1 else ""


def _written_genders(mention: Mentioned, lexicon: Lexicon) -> set[str]:
    """The genders the gendered titles and nouns of a name or description mention state."""
    words = [w.strip(".,").lower() for w in mention.text.replace(RIGHT_SINGLE, APOSTROPHE).split()]
    if not words:
        return set()
    if mention.kind == "name":
        # Every word before the surname may be a title or a noun (``Interim Chairwoman Ann Lee``).
        candidates = words[:-1]
    else:
        # The head comes before a prepositional phrase: ``a spokeswoman for Kowal Corp.``.
        ends = [k for k in range(1, len(words)) if words[k] in lexicon.prepositions]
        head = words[ends[0] - 1] if ends else words[-1]
        for ending in lexicon.possessive_endings:
            head = head.removesuffix(ending)
        candidates = [words[0], head]
    return {g for g in (mention_gender([w], lexicon) for w in candidates) if g}


#: The lowercase word just after a mention (past spaces only).
_NEXT_WORD_RE = regex.compile(r"[ \t]+(\p{Ll}+)(?![\p{L}'’-])")


def _cut_head_genders(mentions: Sequence[Mentioned], text: str, lexicon: Lexicon) -> set[str]:
    """The gender of a noun written just after a description that ends in a capitalised word.

    After a cue the subject reader stops where a capitalised run ends, so
    ``said a Lund spokeswoman`` binds ``a Lund``: the noun after it is the head.
    """
    found: set[str] = set()
    for mention in mentions:
        if mention.kind == "description" and mention.text.rsplit(None, 1)[-1][:1].isupper():
            after = _NEXT_WORD_RE.match(text, mention.end)
            said = mention_gender([after.group(1)], lexicon) if after is not None else ""
            if said:
                found.add(said)
    return found


def _unproved_word(label: str, names: Sequence[str], text: str, lexicon: Lexicon, index: TextIndex) -> bool:
    """True when the identity's only name is one capitalised word the text never writes as a person's.

    ``"We are ready," said Harbourside. "Yes," he said.``: the ``he`` is
    someone else's as often as not, and nothing says ``Harbourside`` is a
    person.  A title or a first name before it (``Mr. Kowal``, ``Tom
    Kowal``), a gendered noun before it (``her son Kowal``), a name word
    after it (``Clara Vance``) or an appositive headed by a person's role
    (``Kowal, a retired medic,``) does.
    """
    words = {label, *names}
    if not label[:1].isupper() or any(" " in w.strip() for w in words):
        return False  # an unnamed "he" is no name at all
    return not any(_written_as_person(w, text, lexicon, index) for w in words if w[:1].isupper())


def _written_as_person(word: str, text: str, lexicon: Lexicon, index: TextIndex) -> bool:
    """True when *text* writes *word* after a title, a first name or a gendered noun, or before a surname."""
    heads = _organisation_heads(lexicon)
    for start in index.starts(word):
        before = _token_before(text, start).strip("\"“”‘’(")
        lower = before.lower()
        if lower in lexicon.titles or _INITIAL_RE.fullmatch(before) or mention_gender([lower], lexicon):
            return True  # Mr. Kowal, Tom J. Kowal, her son Kowal
        if before[:1].isupper() and before[-1:].isalpha() and lower not in lexicon.function_words:
            return True  # a first name (not a word that ends the sentence before: "Lund. Kowal")
        end = start + len(word)
        after = _NAME_AFTER_RE.match(text, end)
        if after is not None and after.group(1).lower() not in heads and after.group(1).lower() not in lexicon.function_words:
            return True
        if lexicon.roles.get(_appositive_head(text[end : end + _REACH], lexicon)) == "person":
            return True  # Kowal, a retired lawyer,
    return False


def _token_before(text: str, start: int) -> str:
    """The run of non-space characters just before *start*, parted from it by spaces or tabs ("" if none).

    A walk back over at most 40 characters (a pattern anchored at *start* would rescan the window).
    """
    j = start
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == start:
        return ""
    k = j
    while k > max(0, start - 40) and not text[k - 1].isspace():
        k -= 1
    return text[k:j]


#: A middle initial (``J.``).
_INITIAL_RE = regex.compile(r"\p{Lu}\.")
#: A capitalised word right after a name, past one space: its surname, or an organisation's head noun.
_NAME_AFTER_RE = regex.compile(r"[ \t](\p{Lu}[\p{L}'’-]*)")


def _label_title(label: str, lexicon: Lexicon) -> set[str]:
    """The gender of a title the label itself starts with (a cast name such as ``Mr. Hollis``)."""
    words = label.lower().split()
    if len(words) < 2:
        return set()
    title = lexicon.title_genders.get(words[0], "") or lexicon.title_genders.get(words[0] + ".", "")
    return {title} if title else set()


def _pronoun_gender(word: str, lexicon: Lexicon) -> str:
    """``m`` or ``f`` for a gendered pronoun, ``none`` for ``it`` or ``they`` (no person), "" otherwise."""
    pronoun = lexicon.pronouns.get(word.lower())
    if pronoun is None or pronoun.person != 3 or word.lower() in lexicon.relative_pronouns:
        return ""
    if pronoun.gender in GENDER_NAMES:
        return str(pronoun.gender)
    return "none"


class _TextReading:
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
            written = _word_before(text, start)
            if written:
                word = written.lower()
                if word in self._lexicon.place_prepositions and not _POSSESSIVE_OR_LONGER_RE.match(text, end):
                    self.at_place += 1  # not "in Lee's office", "at Lee Hall"
                # A capitalised title before a full name is written as part of it
                # (``Congresswoman Mira Kowal``); before a bare surname it may be
                # any of the family's (``Mrs. Kowal`` and ``Mr. Kowal``), and a
                # lowercase noun before a name is as often another's (``her mother Ann``).
                said = mention_gender([word], self._lexicon) if full and written[:1].isupper() else ""
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
        self._starts: dict[str, list[int]] = {}
        self._after: dict[tuple[int, bool], tuple[str, int, tuple[str, ...]]] = {}

    def starts(self, word: str) -> list[int]:
        """Where *word*, a capitalised word (``Lee``), is written whole in the text, left to right.

        >>> TextIndex("Ann met Ann Lee and Anne.", Lexicon.english()).starts("Ann")
        [0, 8]
        """
        found = self._starts.get(word)
        if found is None:
            found = []
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

    def after(self, end: int, subject: bool) -> tuple[str, int, tuple[str, ...]]:
        """What the text says after a name ending at *end*: an appositive's gender, an ``its`` (1), the pronouns' votes.

        Past the name's sentence, only a name that opens its sentence (its
        *subject*, likely) is read: after ``Ann accused Lee of lying.`` the
        next ``She`` is Ann's.
        """
        key = (end, subject)
        said = self._after.get(key)
        if said is None:
            said = self._after[key] = self._read_after(end, subject)
        return said

    def _read_after(self, end: int, subject: bool) -> tuple[str, int, tuple[str, ...]]:
        """:meth:`after`, read from the text."""
        text = self.text
        stop = _SENTENCE_END_RE.search(text, end, min(len(text), end + _REACH))
        hi = stop.start() if stop else min(len(text), end + _REACH)
        apposed = _appositive_gender(text[end:hi], self._lexicon)
        if apposed:
            return apposed, 0, ()
        limit = min(len(text), end + _REACH) if subject else hi
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

#: A word that opens with a capital, as names do (found by :meth:`TextIndex.starts`; other names by a pattern).
_CAPITAL_WORD_RE = regex.compile(r"(?<![\p{L}\p{N}])[\p{Lu}\p{Lt}][\p{L}\p{N}]*")


def _written_at(text: str, name: str, index: TextIndex) -> list[tuple[int, int]]:
    """The spans where *name* is written in *text* as whole words, left to right, none overlapping.

    Found from the places its first word is written (:meth:`TextIndex.starts`):
    a pattern compiled per name overflowed the pattern cache.
    """
    first = _CAPITAL_WORD_RE.match(name)
    if first is None:  # ``de Vere``, a mark first: read as a pattern
        pattern = r"(?<![\p{L}\p{N}])" + regex.escape(name) + r"(?![\p{L}\p{N}])"
        return [m.span() for m in regex.finditer(pattern, text)]
    spans: list[tuple[int, int]] = []
    size = len(name)
    last = -1
    for start in index.starts(first.group()):
        if start < last or not text.startswith(name, start):
            continue
        end = start + size
        if _word_edge(text, end):
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


def _word_before(text: str, start: int) -> str:
    """The word just before *start*, past spaces and an abbreviation's period ("" if none)."""
    j = start
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == start:
        return ""
    if j > 0 and text[j - 1] == ".":
        j -= 1
    k = j
    lo = max(0, start - 30)
    while k > lo and (text[k - 1].isalpha() or text[k - 1] in "'’-"):
        k -= 1
    return text[k:j]


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
    head = _appositive_head(after, lexicon)
    return mention_gender([head], lexicon) if head else ""


def _appositive_head(after: str, lexicon: Lexicon) -> str:
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
