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
from quoteattr.gender_text import REACH, TextIndex, TextReading, appositive_head
from quoteattr.lang import Lexicon
from quoteattr.resolve.cast import CastRegistry
from quoteattr.resolve.forms import CastEvidence
from quoteattr.resolve.gender import (
    MENTION_VOTE,
    Votes,
    gender_of,
    role_gender,
    word_gender,
)
from quoteattr.text.chars import APOSTROPHE, RIGHT_SINGLE

__all__ = ["GENDER_NAMES", "TextIndex", "identity_gender", "is_organisation", "name_strings", "role_gender", "word_gender"]

#: Lexicon gender codes to the values of :attr:`~quoteattr.model.Speaker.gender`.
#: The output name of each gender the lexicon writes as a letter.
GENDER_NAMES = {"m": "male", "f": "female"}


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
            with it, a novel's cast (:class:`~quoteattr.resolve.cast.CastRegistry`, or
            its :class:`~quoteattr.resolve.forms.CastEvidence`) keeps the bound pronouns of a one-word name (see the module docstring).
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
        cast = isinstance(evidence, (CastRegistry, CastEvidence))  # the engine hands on the evidence alone
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
    read = TextReading(index, lexicon)
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
    return {g for g in (word_gender(w, lexicon) for w in candidates) if g}


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
            said = word_gender(after.group(1), lexicon) if after is not None else ""
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
        if lower in lexicon.titles or _INITIAL_RE.fullmatch(before) or word_gender(lower, lexicon):
            return True  # Mr. Kowal, Tom J. Kowal, her son Kowal
        if before[:1].isupper() and before[-1:].isalpha() and lower not in lexicon.function_words:
            return True  # a first name (not a word that ends the sentence before: "Lund. Kowal")
        end = start + len(word)
        after = _NAME_AFTER_RE.match(text, end)
        if after is not None and after.group(1).lower() not in heads and after.group(1).lower() not in lexicon.function_words:
            return True
        if lexicon.roles.get(appositive_head(text[end : end + REACH], lexicon)) == "person":
            return True  # Kowal, a retired lawyer,
        told = _CUE_THEN_PRONOUN_RE.match(text, end)
        if told is not None and told.group(1) in lexicon.cue_verbs and told.group(2) in lexicon.cue_verbs:
            return True  # Kowal said. She said ...: the next report goes on with the same person
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
#: A cue verb ending the name's sentence, then a sentence opened by ``He``/``She`` and a cue verb.
_CUE_THEN_PRONOUN_RE = regex.compile(r"[ \t]+(\p{Ll}+)[.!?][ \t]+(?:He|She)[ \t]+(\p{Ll}+)")
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
