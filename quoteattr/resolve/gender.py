"""Stage 5, gender evidence: how a name's gender is learnt from the document.

News names (:mod:`quoteattr.resolve.news`) and fiction characters
(:mod:`quoteattr.resolve.cast`) count the same evidence in the same units:

* a gendered title before a name (``Mrs. Ana Ruiz``, ``Sir Tom``) weighs
  :data:`TITLE_VOTE` votes; a title on a surname alone (``Mr. Ruiz``) one
  when it stands for a full name the text writes, because which one is
  itself a guess, and :data:`TITLE_VOTE` when no full name explains it
  (news names; the name is then ``Mr. Ruiz`` itself);
* a gendered third-person pronoun after a name (``he``, ``herself``) weighs
  one vote (:data:`PRONOUN_VOTE`), within :data:`GENDER_REACH` characters.

Speaker identities (:mod:`quoteattr.identity`) add the mentions bound to a
person's quotes: a gendered pronoun, title or noun of such a mention weighs
:data:`MENTION_VOTE`.

Only evidence in the text counts: never a list of first names.
:class:`Votes` keeps the tally; :func:`gender_of` reads a gender from it, by
one rule for all three.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

import regex

from quoteattr.lang import Lexicon

#: How many pronoun votes the title of a full name weighs: ``Mrs. Ana Ruiz``
#: says who she is, while a pronoun after a name may refer to someone else
#: (``Mr. Tom Becker thanked Mrs. Ana Ruiz. Then he left.``).
TITLE_VOTE = 3
#: A pronoun after a name, or a title on a bare surname.
PRONOUN_VOTE = 1
#: A gendered word of a mention bound to a quote (``she said``, ``the
#: congresswoman said``): as much as a title, since the binding says the
#: mention *is* the speaker, where a pronoun after a name may be someone else's.
MENTION_VOTE = TITLE_VOTE
#: How far after a name (in characters) a pronoun still votes for its gender.
GENDER_REACH = 250
#: How far after a name (in characters) a pronoun that is an object or a
#: possessive (``her``) votes, read as a possessive: in the name's own clause
#: (``Ann put her hand``); farther it is as often another woman's.  Without
#: it a woman's name followed by ``his`` (``Ann took his arm``) had no
#: ``her`` to outweigh it and came out male (measured on novels).
POSSESSIVE_REACH = 40
#: The end of a sentence, where a pronoun after a name no longer tells its gender.
_SENTENCE_END_RE = regex.compile(r"[.!?;\n]\s*\n|[.!?]\s")


class Votes:
    """Evidence that one name is male or female, in votes.

    >>> v = Votes()
    >>> v.add("f", TITLE_VOTE); v.add("m")
    >>> v.male, v.female
    (1, 3)
    """

    __slots__ = ("male", "female")

    def __init__(self, male: int = 0, female: int = 0) -> None:
        self.male = male
        self.female = female

    def add(self, gender: str, weight: int = PRONOUN_VOTE) -> None:
        """Count *weight* pieces of evidence that the name has *gender* (``m`` or ``f``)."""
        if gender == "m":
            self.male += weight
        else:
            self.female += weight

    def merge(self, other: Votes) -> None:
        """Add *other*'s votes to these (the votes of one character's several forms)."""
        self.male += other.male
        self.female += other.female


def gender_of(votes: Votes | None) -> str:
    """``m``, ``f`` or "" (unknown or mixed): a side wins three to two, with at least two votes.

    One rule for news names and fiction characters.  Two votes at least, so
    that one pronoun after a name (which may point to someone else) never
    decides alone; a title (:data:`TITLE_VOTE`) does.

    >>> gender_of(Votes(3, 2)), gender_of(Votes(1, 0)), gender_of(Votes(0, TITLE_VOTE)), gender_of(None)
    ('m', '', 'f', '')
    """
    if votes is None:
        return ""
    male, female = votes.male, votes.female
    if 2 * male >= 3 * female and male >= 2:
        return "m"
    if 2 * female >= 3 * male and female >= 2:
        return "f"
    return ""


def role_gender(noun: str, lexicon: Lexicon) -> str:
    """The gender a person-role noun spells out: ``spokeswoman`` f, ``chairman`` m (the longest ending wins).

    >>> en = Lexicon.english()
    >>> role_gender("congresswoman", en), role_gender("chairman", en), role_gender("senator", en)
    ('f', 'm', '')
    """
    if lexicon.roles.get(noun) != "person":
        return ""
    endings = [ending for ending in lexicon.gender_endings if noun.endswith(ending)]
    return lexicon.gender_endings[max(endings, key=len)] if endings else ""


def word_gender(word: str, lexicon: Lexicon) -> str:
    """``m``, ``f`` or "" for one lowercase word that is a gendered title or noun (``mrs``, ``congresswoman``).

    >>> en = Lexicon.english()
    >>> word_gender("mrs.", en), word_gender("father", en), word_gender("spokeswoman", en), word_gender("senator", en)
    ('f', 'm', 'f', '')
    """
    word = word.strip(".,")
    return (
        lexicon.title_genders.get(word, "")
        or lexicon.title_genders.get(word + ".", "")
        or lexicon.gender_nouns.get(word, "")
        or role_gender(word, lexicon)
    )


def word_before(text: str, start: int, mark: str = ".") -> str:
    """The word just before *start*, past spaces and one *mark* (a title's period, an appositive's comma); "" if none.

    A walk back over at most 30 characters (a pattern anchored at *start*
    would rescan the window from every offset).

    >>> word_before("Sen. Ann Lee", 5), word_before("his wife, Ann Lee", 10, ","), word_before("Ann", 0)
    ('Sen', 'wife', '')
    """
    j = start
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == start:
        return ""
    if j > 0 and text[j - 1] == mark:
        j -= 1
    k = j
    lo = max(0, start - 30)
    while k > lo and (text[k - 1].isalpha() or text[k - 1] in "'’-"):
        k -= 1
    return text[k:j]


def noun_gender_before(text: str, start: int, lexicon: Lexicon) -> str:
    """``m``/``f`` when a gendered lowercase noun stands just before a name at *start*, a comma or not between.

    ``his wife, Orla Hale`` and ``her husband Tobias Hale``: the noun is the
    name's, whoever the possessive points to.

    >>> en = Lexicon.english()
    >>> text = "Tom Hale and his wife, Orla Hale, run it. Ask Orla Hale."
    >>> noun_gender_before(text, 23, en), noun_gender_before(text, 46, en)
    ('f', '')
    """
    word = word_before(text, start, ",")
    return word_gender(word, lexicon) if word.islower() else ""


def too_old_for(description: str, name: str, lexicon: Lexicon) -> bool:
    """True when *description* (``the girl``) speaks of a child and *name* holds an adult's title (``Mrs. Lane``).

    Only the titles of :attr:`~quoteattr.lang.Lexicon.adult_titles` (``Mr.``,
    ``Mrs.``, ``Ms.``) are an adult's: a child may be ``Lady Ann`` or ``Lord
    Cedric``.  Measured on the PDNC novels, every ``the girl`` or ``the boy``
    resolved to such a name was someone else.  An adjective of
    :attr:`~quoteattr.lang.Lexicon.aged_modifiers` before the noun makes it an
    adult's familiar name (``the old boy``).

    >>> en = Lexicon.english()
    >>> too_old_for("the young girl", "Mrs. Lane", en), too_old_for("the girl", "Miss Lane", en), too_old_for("the girl", "Ada", en)
    (True, False, False)
    >>> too_old_for("the girl", "Lady Ann Vesey", en), too_old_for("the old boy", "Mr. Pell", en)
    (False, False)
    """
    words = description.lower().split()
    if not words or words[-1] not in lexicon.young_nouns:
        return False
    if len(words) > 1 and words[-2] in lexicon.aged_modifiers:
        return False
    title = name.split()[0].lower() if " " in name else ""
    return title in lexicon.adult_titles


@functools.lru_cache(maxsize=16)
def subject_pronoun_genders(lexicon: Lexicon) -> Mapping[str, str]:
    """The third-person singular subject pronouns with a gender, and each one's gender, from *lexicon*'s pronoun table.

    One map for every stage that follows a ``he`` or ``she`` back to a name.

    >>> dict(subject_pronoun_genders(Lexicon.english()))
    {'he': 'm', 'she': 'f'}
    """
    return MappingProxyType(
        {
            word: p.gender
            for word, p in lexicon.pronouns.items()
            if p.person == 3 and p.number == "sg" and p.gender in ("m", "f")
        }
    )


class PronounPatterns:
    """The gendered pronouns of one lexicon, as the patterns that find them."""

    def __init__(self, lexicon: Lexicon) -> None:
        pronouns = lexicon.gendered_pronouns
        #: Every gendered third-person pronoun.  Case-sensitive on purpose: the
        #: case-insensitive form runs at half the speed, and all-capitals
        #: pronouns are rare in prose.
        self.any = regex.compile(r"\b(?:" + _alternation_by_initial(list(pronouns)) + r")\b")
        #: Pronouns that, after a name, mostly point back to it: not the objects
        #: ``him``/``her`` (``Owen looked at her``), but ``her`` read as a possessive.
        ambiguous = sorted(word for word, p in pronouns.items() if p.form == "object-possessive")
        #: Object-or-possessive pronouns (``her``): self-references only read as a possessive, near the name.
        self.near_only: frozenset[str] = frozenset(ambiguous)
        possessive = ""
        if ambiguous:
            # A possessive goes before its noun: not before a function word, a preposition or an adverb.
            stops = "|".join(regex.escape(w) for w in sorted(lexicon.function_words | lexicon.prepositions))
            adverbs = "".join(f"(?<!{regex.escape(e)})" for e in lexicon.endings_of("adverb"))
            possessive = (
                r"|\b(?:" + "|".join(map(regex.escape, ambiguous)) + r")(?=[ \t\n]+(?!(?:" + stops + r")\b)\p{Ll}+" + adverbs + r"\b)"
            )
        self.self_reference = regex.compile(
            r"\b(?:"
            + "|".join(
                regex.escape(word) for word, p in pronouns.items() if p.form in ("subject", "possessive", "reflexive")
            )
            + r")\b"
            + possessive,
            regex.IGNORECASE,
        )
        self.female: frozenset[str] = frozenset(word for word, p in pronouns.items() if p.gender == "f")

    @staticmethod
    @functools.lru_cache(maxsize=16)
    def of(lexicon: Lexicon) -> PronounPatterns:
        """The patterns of *lexicon*, compiled once."""
        return PronounPatterns(lexicon)

    def next_in_sentence(self, text: str, end: int) -> tuple[str, int]:
        """The gender of the first he/she pronoun in the rest of the sentence after *end*, and its offset ("" if none)."""
        stop = _SENTENCE_END_RE.search(text, end, min(len(text), end + GENDER_REACH))
        hi = stop.start() if stop else min(len(text), end + GENDER_REACH)
        for m in self.self_reference.finditer(text, end, hi):
            if m.start() - end > POSSESSIVE_REACH and m.group().lower() in self.near_only:
                continue  # a possessive "her" far from the name is as often another woman's
            return self.gender(m.group()), m.start()
        return "", -1

    def gender(self, pronoun: str) -> str:
        """``f`` for a female pronoun (any case), else ``m``."""
        return "f" if pronoun.lower() in self.female else "m"


def _alternation_by_initial(words: list[str]) -> str:
    """The words as one alternation, grouped by first letter in either case (``[Hh](?:e|im)``)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(regex.escape(word[1:]))
    return "|".join(f"[{first.upper()}{first}](?:{'|'.join(rests)})" for first, rests in groups.items())
