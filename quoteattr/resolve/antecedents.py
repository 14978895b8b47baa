"""Stage 5, antecedent tables: the latest earlier name that fits, found without walking back.

A pronoun refers to the latest person named before it whose gender fits,
perhaps skipping a name or two (the addressee of a dialogue turn).  Both the
news registry (:mod:`quoteattr.resolve.news`) and the fiction cast
(:mod:`quoteattr.resolve.cast`) ask this on every quote; walking back over
the names in reach made each ask cost as many steps as there were names of
the other gender (or excluded ones) before the answer.  An
:class:`Antecedents` table answers it in a few steps, built once per test.

In fiction the latest name that fits is often the object of a preposition
(``Hal stopped, looked at Dora Lee, and frowned. "Done," he said``) or of a
verb (``Lee held the door for Ann.``): the pronoun of the next sentence, and
the unnamed speaker of the next turn, more often mean its subject.  Given a
:class:`SubjectTest`, a table answers such an object (a name after a
preposition, or right after a lowercase word that opens no clause) with the
first fitting name of its sentence that is no object, if any.  A name that
opens a clause after a ``he``/``she`` of the pronoun's gender (``She rose
when Eve came in.``) is no more the one that pronoun means than an object.
"""

from __future__ import annotations

import bisect
import functools
from array import array
from collections.abc import Collection, Sequence

import regex

from quoteattr.lang import Lexicon
from quoteattr.resolve.gender import subject_pronoun_genders
from quoteattr.text.segment import one_sentence

#: How many earlier names of its sentence a name may give way to (bounds the walk).
_SUBJECT_STEPS = 8
#: How far before a name (in characters) a subject pronoun of its sentence is looked for.
_PRONOUN_REACH = 200
#: Antecedents.gender for a table that resolves no pronoun but a person (``he`` or ``she``).
ANY_PERSON = "*"
#: How far before a name (in characters) its sentence's subject is looked for:
#: each look reads the text between them for a sentence end.
_SUBJECT_REACH = 600
#: The word before a position, past punctuation inside a clause; searched
#: backwards (``(?r)``), where ``$`` anchors it.
_WORD_BEFORE_RE = regex.compile(r"(?r)(\p{L}+)[^\p{L}\p{N}.!?;:]*$")
#: How far apart (in characters) the starts of the two names of a pair may be.
_PAIR_REACH = 60
#: The word right before a position, with nothing but spaces between.
_DIRECT_WORD_BEFORE_RE = regex.compile(r"(?r)(\p{L}+)[ \t\n]+$")


@functools.lru_cache(maxsize=16)
def _gendered_pronouns(lexicon: Lexicon) -> regex.Pattern[str]:
    """The third-person singular subject pronouns with a gender (``he``, ``she``) as one pattern, in any case."""
    words = "|".join(regex.escape(w) for w in sorted(subject_pronoun_genders(lexicon)))
    return regex.compile(r"\b(?i:" + words + r")\b")


class SubjectTest:
    """Where a name stands in the sentences of one text: after a preposition or not, and which names share a sentence.

    >>> t = SubjectTest("Ann looked at Eve. Then Eve left.", Lexicon.english())
    >>> t.after_preposition(0), t.after_preposition(14), t.same_sentence(0, 14), t.same_sentence(14, 24)
    (False, True, True, False)
    >>> t = SubjectTest("Ann met Eve, and Eve left; said Ann.", Lexicon.english())
    >>> t.is_object(8), t.is_object(17), t.is_object(31)
    (True, False, False)
    """

    __slots__ = ("text", "prepositions", "subordinators", "pair_words", "subject_links", "same_sentence", "pronouns", "pronoun_genders")

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.prepositions = lexicon.prepositions
        self.subordinators = lexicon.subordinators
        #: The words that join the two names of a pair (``Ann and Eve``): the ones that join one speaker phrase.
        self.pair_words = lexicon.phrase_conjunctions
        #: Lowercase words a subject may follow directly: a conjunction opens a clause
        #: (``and Eve frowned``), a cue verb inverts one (``said Eve``).
        self.subject_links = lexicon.clause_conjunctions | lexicon.subordinators | frozenset(lexicon.cue_verbs)
        self.pronouns = _gendered_pronouns(lexicon)
        self.pronoun_genders = subject_pronoun_genders(lexicon)
        #: ``same_sentence(a, b)``: True when no sentence ends between offsets *a* and *b*.
        self.same_sentence = one_sentence(text, lexicon)

    def after_preposition(self, start: int) -> bool:
        """True when the name at *start* follows a preposition (``at Dora``): an object, no subject."""
        before = _WORD_BEFORE_RE.search(self.text, max(0, start - 20), start)
        return before is not None and before.group(1).lower() in self.prepositions

    def pronoun_before(self, start: int, gender: str) -> bool:
        """True when a ``he``/``she`` of *gender* (:data:`ANY_PERSON`: either) comes before *start* in its sentence."""
        genders = self.pronoun_genders
        for m in self.pronouns.finditer(self.text, max(0, start - _PRONOUN_REACH), start):
            if (gender == ANY_PERSON or genders[m.group().lower()] == gender) and self.same_sentence(m.start(), start):
                return True
        return False

    def joined_to_object(self, start: int, before: int) -> bool:
        """True when the name at *start* follows ``and`` after the name at *before*, an object (``at Ann and Eve``)."""
        if not 0 <= before < start or start - before > _PAIR_REACH:
            return False
        between = self.text[before:start]
        words = between.split()
        # Only capitalised words of a name (no comma: ``Ann, and Eve`` lists), then the joining word.
        if len(words) < 2 or words[-1] not in self.pair_words or not between[-1].isspace():
            return False
        if not all(w[0].isupper() and all(c.isalpha() or c == "." for c in w) for w in words[:-1]):
            return False
        return self.is_object(before)

    def opens_clause(self, start: int) -> bool:
        """True when the name at *start* directly follows a subordinator (``when Eve came in``): the subject of a clause, not of its sentence."""
        before = _DIRECT_WORD_BEFORE_RE.search(self.text, max(0, start - 20), start)
        return before is not None and before.group(1).lower() in self.subordinators

    def is_object(self, start: int) -> bool:
        """True when the name at *start* follows a preposition, or directly a lowercase word that opens no clause (``met Eve``)."""
        if self.after_preposition(start):
            return True
        before = _DIRECT_WORD_BEFORE_RE.search(self.text, max(0, start - 20), start)
        return before is not None and before.group(1).islower() and before.group(1) not in self.subject_links


class Antecedents:
    """The names of a document in text order, and which of them may be an antecedent.

    For every entry *k*, ``latest[k]`` is the latest entry at or before it
    that fits (-1 if none).  For an entry that fits, ``others`` holds the
    latest fitting entries of *excluded* other names before it, latest first
    (-1 where there are fewer), so an ask that excludes up to *excluded* names
    takes at most *excluded* + 1 steps.  Both are compact arrays: a table
    costs 4 bytes per entry and per excluded name.  With *subjects*, a
    fitting entry that is an object (:meth:`SubjectTest.is_object`) gives way
    to the first fitting entry of its sentence that is none (within
    :data:`_SUBJECT_STEPS` entries and :data:`_SUBJECT_REACH` characters).  An
    object with no such subject but a ``he``/``she`` of the table's *gender*
    before it in its sentence (``He stared at Eve.``) gives way to the latest
    fitting entry of another name before it: that pronoun means someone else.
    So does, in a pronoun's table, a name right after a subordinator
    (:meth:`SubjectTest.opens_clause`) with such a pronoun before it.  In a
    pronoun's table a name joined by ``and`` to an object is an object
    too (``stood between Tom and Eve``): the second name of a pair is
    as little the subject as the first.
    *gender* is ``m``/``f`` for a table of a pronoun's antecedents,
    :data:`ANY_PERSON` for one of the person last named, "" to skip this test.

    >>> table = Antecedents([0, 10, 20], ["Ann", "Tom", "Ann"], [True, True, True], excluded=1)
    >>> table.find(25, 100), table.find(25, 100, {"Ann"}), table.find(25, 10)
    ('Ann', 'Tom', 'Ann')
    >>> subjects = SubjectTest("Ann sat by Eve.", Lexicon.english())
    >>> Antecedents([0, 11], ["Ann", "Eve"], [True, True], subjects=subjects).find(15, 100)
    'Ann'
    >>> subjects = SubjectTest("Ann met Eve.", Lexicon.english())
    >>> Antecedents([0, 8], ["Ann", "Eve"], [True, True], subjects=subjects).find(12, 100)
    'Ann'
    >>> subjects = SubjectTest("Tom sat. He met Eve.", Lexicon.english())
    >>> Antecedents([0, 16], ["Tom", "Eve"], [True, True], subjects=subjects, gender="f").find(20, 100)
    'Eve'
    >>> Antecedents([0, 16], ["Tom", "Eve"], [True, True], subjects=subjects, gender="m").find(20, 100)
    'Tom'
    """

    __slots__ = ("starts", "names", "excluded", "latest", "others", "subjects", "gender")

    def __init__(
        self,
        starts: Sequence[int],
        names: Sequence[str],
        fits: Sequence[bool],
        excluded: int = 1,
        subjects: SubjectTest | None = None,
        gender: str = "",
    ) -> None:
        self.gender = gender
        self.subjects = subjects
        self.starts = starts
        self.names = names
        self.excluded = excluded
        self.latest = array("i")
        self.others = array("i", [-1]) * (excluded * len(names))
        others, width = self.others, excluded
        last = -1
        for k, name in enumerate(names):
            if fits[k]:
                if last >= 0:
                    # The names before *last*, with *last* itself first, less this entry's name.
                    row = [last] + [i for i in others[last * width : (last + 1) * width] if i >= 0]
                    kept = [i for i in row if names[i] != name][:width]
                    others[k * width : k * width + len(kept)] = array("i", kept)
                last = k
            self.latest.append(last)

    def find(self, position: int, reach: int, exclude: Collection[str] = ()) -> str | None:
        """The name of the latest fitting entry that starts before *position*, at most *reach* before it, not in *exclude*.

        With *subjects*, that entry's sentence's subject when it is an object (see :meth:`_subject`).
        """
        j = self._latest(position, reach, exclude)
        if j < 0:
            return None
        subjects = self.subjects
        if subjects is None:
            return self.names[j]
        # The second of a pair of objects only for a pronoun: the person last named
        # fills turns, and there the pair was not measured to help.
        starts = self.starts
        if subjects.is_object(starts[j]) or (
            self.gender != ANY_PERSON and j > 0 and subjects.joined_to_object(starts[j], starts[j - 1])
        ):
            k = self._subject(j, subjects, exclude)
        elif self.gender != ANY_PERSON and subjects.opens_clause(self.starts[j]):
            # "She looked up when Eve came in. 'Well?' she said": the name in the
            # clause is not the one the sentence's pronoun subject means.
            k = j
        else:
            return self.names[j]
        if k == j and self.gender and subjects.pronoun_before(self.starts[j], self.gender):
            # "He stared at Eve. 'Well?' he said": the object is not the one the
            # sentence's own pronoun subject means; the name before it is.
            before = self._latest(self.starts[j], reach - (position - self.starts[j]), {*exclude, self.names[j]})
            if before >= 0:
                k = self._subject(before, subjects, exclude) if subjects.is_object(self.starts[before]) else before
        return self.names[k]

    def _subject(self, j: int, subjects: SubjectTest, exclude: Collection[str]) -> int:
        """The first fitting entry of entry *j*'s sentence that is no object nor in *exclude*, else *j*."""
        starts, latest = self.starts, self.latest
        best = j
        k = latest[j - 1] if j > 0 else -1
        for _ in range(_SUBJECT_STEPS):
            if k < 0 or starts[j] - starts[k] > _SUBJECT_REACH or not subjects.same_sentence(starts[k], starts[j]):
                break
            if self.names[k] not in exclude and not subjects.is_object(starts[k]):
                best = k
            k = latest[k - 1] if k > 0 else -1
        return best

    def _latest(self, position: int, reach: int, exclude: Collection[str]) -> int:
        """The index of the entry :meth:`find` answers before *subjects* are read, or -1."""
        starts, names = self.starts, self.names
        k = bisect.bisect_left(starts, position) - 1
        j = self.latest[k] if k >= 0 else -1
        if j < 0 or starts[j] < position - reach:
            return -1
        if names[j] not in exclude:
            return j
        limit = position - reach
        width = self.excluded
        for i in self.others[j * width : (j + 1) * width]:
            if i < 0 or starts[i] < limit:
                return -1
            if names[i] not in exclude:
                return i
        # More names excluded than the table keeps: walk on.
        k = self.others[(j + 1) * width - 1] - 1
        while k >= 0:
            k = self.latest[k]
            if k < 0 or starts[k] < limit:
                return -1
            if names[k] not in exclude:
                return k
            k -= 1
        return -1
