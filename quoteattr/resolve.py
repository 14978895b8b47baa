"""Stage 4b: resolve a bound mention to the fullest name the document gives.

The registry is built from one regex pass over runs of capitalised words and
one pass over third-person pronouns:

* every run, titles dropped, is a name occurrence; runs of two or more words
  are full names, indexed by their last and first word, so ``Pires`` and
  ``President Pires`` resolve to ``Ana Pires``;
* gender is learnt from the document itself: a title (``Mr.``, ``Mrs.``) or
  the pronouns (``he``, ``her``) that follow a name vote for it;
* a pronoun resolves to the most recent person occurrence of compatible gender.
"""

from __future__ import annotations

import bisect
from array import array
from collections import Counter
from typing import NamedTuple

import regex

from quoteattr.lexicon import (
    ABBREVIATIONS,
    CAST_DETERMINERS,
    CAST_PREPOSITIONS,
    DEFINITE_ARTICLES,
    FICTION_TITLES,
    FUNCTION_WORDS,
    GENDERED_PRONOUNS,
    INTERJECTIONS,
    NAME_PARTICLES,
    PLACE_PREPOSITIONS,
    ROLES,
    TITLE_WORDS,
    TITLES,
)
from quoteattr.lexicon import (
    CALENDAR_WORDS as _CALENDAR_TABLE,
)
from quoteattr.mentions import CALENDAR_WORDS, Mention, split_titles, strip_possessive, title_gender

_NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*"

#: The name particles as one alternation, longest first (``del`` before ``de``).
_PARTICLE_ALTERNATION = "|".join(regex.escape(p) for p in sorted(NAME_PARTICLES, key=lambda p: (-len(p), p)))

#: A run of capitalised words with particles between them and at most one line
#: break between two words (hard-wrapped novels).  A word keeps a period when
#: a capitalised word follows (Mr. Smith, J. Smith); :func:`_split_run` then cuts
#: the run after a period that is not an abbreviation's (Smith. The).  The
#: pattern opens with a plain letter class and has no case-insensitive
#: alternation, so the engine skips ahead fast: the whole pass runs at tens of MB/s.
_NAME_RUN_RE = regex.compile(
    r"(?<![\p{L}\p{N}'’])"
    + _NAME_WORD
    + r"(?:\.(?=\s{1,3}\p{Lu}))?"
    + r"(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)"
    + r"(?:(?:"
    + _PARTICLE_ALTERNATION
    + r")[ \t]+)?"
    + _NAME_WORD
    + r"(?:\.(?=\s{1,3}\p{Lu}))?)*"
)


def _split_run(run: str, start: int) -> list[tuple[int, list[str]]]:
    """Cut a capitalised run after every period that does not belong to an abbreviation.

    Returns ``(offset, words)`` pieces.

    >>> _split_run("Mr. Smith. The", 0)
    [(0, ['Mr.', 'Smith']), (11, ['The'])]
    """
    if "." not in run:
        return [(start, run.split())]
    pieces: list[tuple[int, list[str]]] = []
    words: list[str] = []
    piece_start = start
    pos = 0
    for word in run.split():
        at = run.find(word, pos)
        pos = at + len(word)
        if not words:
            piece_start = start + at
        if _ends_piece(word):
            words.append(word[:-1])
            pieces.append((piece_start, words))
            words = []
        else:
            words.append(word)
    if words:
        pieces.append((piece_start, words))
    return pieces


def _has_sentence_end(run: str) -> bool:
    """True when :func:`_split_run` would cut *run*: a word ends with a period that is no abbreviation's.

    Most runs with a period hold only titles and initials (``Mr. Smith``,
    ``U.S. Senate``), which stay one piece.

    >>> _has_sentence_end("Mr. Smith"), _has_sentence_end("Smith. The")
    (False, True)
    """
    return any(_ends_piece(word) for word in run.split())


def _ends_piece(word: str) -> bool:
    """True for a word whose period ends a sentence, not an abbreviation (``Smith.``, not ``Mr.``)."""
    return word.endswith(".") and len(word) > 2 and word[:-1].lower() not in ABBREVIATIONS


def _pronoun_alternation(words: list[str]) -> str:
    """The words as one alternation, grouped by first letter in either case (``[Hh](?:e|im)``)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(regex.escape(word[1:]))
    return "|".join(f"[{first.upper()}{first}](?:{'|'.join(rests)})" for first, rests in groups.items())


#: Third-person pronouns that vote for a name's gender.  Case-sensitive on
#: purpose: the case-insensitive form runs at half the speed, and all-capitals
#: pronouns are rare in prose.
_PRONOUN_RE = regex.compile(r"\b(?:" + _pronoun_alternation(list(GENDERED_PRONOUNS)) + r")\b")
_Match = type(regex.match("", ""))
_FEMALE_PRONOUNS = frozenset(word for word, p in GENDERED_PRONOUNS.items() if p.gender == "f")

#: A name followed by a definite appositive: "Jane Roe, the former mayor,".
#: The role is one to four lowercase words; linear, as each part consumes input.
_APPOSITIVE_RE = regex.compile(
    r"(?P<name>" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,3}),[ \t]+(?:"
    + "|".join(regex.escape(a) for a in sorted(DEFINITE_ARTICLES))
    + r")[ \t]+"
    r"(?P<role>(?:[\p{Ll}\-]+[ \t]+){0,3}[\p{Ll}\-]+)[,.]"
)

#: How far back (in characters) a definite description looks for its antecedent.
_DESCRIPTION_REACH = 5000

#: Longer capitalised runs are headlines or titles of works, not names.
_MAX_NAME_WORDS = 4

#: How far back (in characters) a pronoun looks for its antecedent.
_PRONOUN_REACH = 3000
#: How far after a name a pronoun still votes for its gender.
_GENDER_REACH = 250
#: How many pronoun votes the title of a full name weighs: ``Mrs. Ana Ruiz``
#: says who she is, while a pronoun after a name may refer to someone else
#: (``Mr. Tom Becker thanked Mrs. Ana Ruiz. Then he left.``).  The fiction cast
#: weighs them alike.  A title on a surname alone (``Mr. Ruiz``) votes only
#: once: which full name it stands for is itself a guess.
_TITLE_VOTE = 3


#: Capitalised words that open a run without belonging to the name after them.
_LEADING_SKIPS = FUNCTION_WORDS | CALENDAR_WORDS

#: The days of the week, which also close a run without belonging to it.
#: Month names do not: ``Theresa May``, ``June`` and ``August`` are names too.
_WEEKDAYS = frozenset(word for word, kind in _CALENDAR_TABLE.items() if kind == "weekday")


#: Capitalised words that never stand for a person on their own.
_NOT_PEOPLE = _LEADING_SKIPS | frozenset(ROLES) | TITLES


class _Occurrence(NamedTuple):
    """A name occurrence: where it is and the full name it belongs to."""

    start: int
    canonical: str


def _bare_word(word: str) -> str:
    """A one-word name as the index knows it: no final period, no possessive (``Pires's.`` -> ``Pires``)."""
    return strip_possessive(word.rstrip("."))


def _read_name(run_words: list[str], lowered: list[str]) -> tuple[int, list[str], str, str]:
    """Drop leading function words and titles from a capitalised run (see :func:`split_titles`).

    *lowered* holds the run's words in lowercase.  Returns how many words were
    dropped, the name words (possessive ``'s`` removed; empty when nothing is
    left), the honorific kept (or "") and the gender the titles imply.

    >>> _read_name(["But", "President", "Ana", "Pires's"], ["but", "president", "ana", "pires's"])
    (2, ['Ana', 'Pires'], '', '')

    A weekday that ends the run is dropped too (``Ana Pires Tuesday``).
    """
    # Leading function and calendar words are capitalised only because a
    # sentence starts there ("But Pires", "Monday Pires").
    skip = 0
    while skip < len(lowered) and lowered[skip] in _LEADING_SKIPS:
        skip += 1
    honorific = gender = ""
    if not TITLE_WORDS.isdisjoint(lowered[skip:-1]):
        titles, honorific, gender = split_titles(run_words[skip:])
        skip += titles
    # "said Smith Tuesday": news puts the day straight after the name.
    end = len(lowered)
    while end > skip and lowered[end - 1] in _WEEKDAYS:
        end -= 1
    words = run_words[skip:end]
    joined = "".join(words)  # one string to search, not a generator per word
    if "'" in joined or "’" in joined:
        words = [strip_possessive(w) for w in words]
    return skip, words, honorific, gender


def _nearest(entries: list[tuple[int, str]], position: int) -> str:
    """The name of the entry nearest before *position*, else of the first one (*entries* in text order, not empty)."""
    # (position + 1,) sorts before every entry that starts after *position*.
    k = bisect.bisect_left(entries, (position + 1,))
    return entries[k - 1 if k else 0][1]


class EntityRegistry:
    """Names and genders of the people a document mentions.

    >>> reg = EntityRegistry("Chilean President Ana Pires spoke. Pires said no.")
    >>> reg.full_name_for("Pires", 45)
    'Ana Pires'
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._by_last: dict[str, list[tuple[int, str]]] = {}
        self._by_first: dict[str, list[tuple[int, str]]] = {}
        self._gender_votes: dict[str, list[int]] = {}
        self._by_title: dict[str, list[tuple[int, str]]] = {}
        self._singles: list[tuple[int, str, str, str]] = []
        self._lone = array("q")
        self._occurrences: list[_Occurrence] = []
        self._starts: list[int] = []
        # Both passes are made on first use: a document whose speakers are all
        # named in full never needs the index.
        self._indexed = False
        self._people_ready = False

    def _index(self) -> None:
        """Index the document's capitalised runs (one regex pass), once."""
        if self._indexed:
            return
        self._indexed = True
        text = self._text
        occurrences = self._occurrences
        singles = self._singles
        # Lone capitalised words are the commonest match and only pronoun
        # resolution reads them (see _ensure_people): their offsets are kept in
        # a compact array, not as string objects, so memory stays small.
        lone = self._lone
        by_last, by_first, by_title = self._by_last, self._by_first, self._by_title
        for m in _NAME_RUN_RE.finditer(text):
            run = m.group()
            if " " not in run and "\n" not in run and "\t" not in run:
                lone.extend(m.span())
                continue
            if "." in run and _has_sentence_end(run):
                pieces = [(start, words, [w.lower() for w in words]) for start, words in _split_run(run, m.start())]
            else:
                pieces = [(m.start(), run.split(), run.lower().split())]
            for start, run_words, lowered in pieces:
                skip, words, honorific, gender = _read_name(run_words, lowered)
                if not words:
                    continue
                if len(words) > _MAX_NAME_WORDS:
                    continue  # a headline in title case, not a name
                for lower in lowered[:skip]:
                    if lower in TITLE_WORDS:
                        # "President Ana Pires": "the president" may refer back to her.
                        by_title.setdefault(lower, []).append((start, " ".join(words)))
                if len(words) >= 2:
                    full = " ".join(words)
                    # One tuple serves the three indexes (memory grows with the names).
                    entry = _Occurrence(start, full)
                    by_last.setdefault(words[-1].lower(), []).append(entry)
                    by_first.setdefault(words[0].lower(), []).append(entry)
                    occurrences.append(entry)
                    if gender:
                        self._vote(full, gender, _TITLE_VOTE)
                else:
                    singles.append((start, words[0], honorific, gender))

    def _ensure_people(self) -> None:
        """Place every name occurrence (single words resolved) and count gender votes.

        Occurrences and gender votes are only needed for pronouns and genders,
        so they are built on first use (many documents never ask).
        """
        if self._people_ready:
            return
        self._index()
        self._people_ready = True
        occurrences = self._occurrences
        by_last, by_first = self._by_last, self._by_first
        for start, word, honorific, gender in self._singles:
            if not honorific:
                word = _bare_word(word)
            lower = word.lower()
            if not honorific and lower not in by_last and lower not in by_first:
                continue  # a capitalised word no full name contains
            if lower in _NOT_PEOPLE:
                continue
            if honorific:
                canonical = self.full_name_for(word, start, honorific) or f"{honorific} {word}"
            else:
                canonical = self.full_name_for(word, start) or ""
            if canonical:
                occurrences.append(_Occurrence(start, canonical))
                if gender:
                    self._vote(canonical, gender)
        # Lone words carry no title, hence no gender vote: the order in which
        # they are placed does not matter.  Their spellings are cut from the
        # text without a Python loop, each distinct spelling is judged once,
        # and only the occurrences of a name word are visited one by one.
        lone = self._lone
        spellings = list(map(self._text.__getitem__, map(slice, lone[0::2], lone[1::2])))
        # A lone word stands for the nearest full name before it that ends
        # (else starts) with it, as full_name_for finds it without a title:
        # each spelling's entries are looked up once.
        entries_of: dict[str, list[tuple[int, str]]] = {}
        for spelling in set(spellings):
            lower = _bare_word(spelling).lower()
            if lower not in _NOT_PEOPLE:
                table = by_last.get(lower) or by_first.get(lower)
                if table:
                    entries_of[spelling] = table
        if entries_of:
            for k, spelling in enumerate(spellings):
                entries = entries_of.get(spelling)
                if entries is not None:
                    start = lone[2 * k]
                    occurrences.append(_Occurrence(start, _nearest(entries, start)))
        occurrences.sort()
        self._starts = [o.start for o in occurrences]
        starts = self._starts
        if not starts:
            return  # no person to vote for
        # Only pronouns after the first occurrence can vote.
        matches = list(_PRONOUN_RE.finditer(self._text, starts[0]))
        votes = self._gender_votes
        for at, pronoun in zip(map(_Match.start, matches), map(_Match.group, matches)):  # noqa: B905
            k = bisect.bisect_right(starts, at) - 1
            if at - starts[k] <= _GENDER_REACH:
                canonical = occurrences[k].canonical
                tally = votes.get(canonical)
                if tally is None:
                    tally = votes[canonical] = [0, 0]
                tally[1 if pronoun.lower() in _FEMALE_PRONOUNS else 0] += 1

    def _vote(self, canonical: str, gender: str, weight: int = 1) -> None:
        """Count *weight* pieces of evidence that *canonical* has *gender*."""
        votes = self._gender_votes.setdefault(canonical, [0, 0])
        votes[0 if gender == "m" else 1] += weight

    def gender_of(self, canonical: str) -> str:
        """``m``, ``f`` or "" (unknown or mixed evidence) for a canonical name."""
        self._ensure_people()
        votes = self._gender_votes.get(canonical)
        if not votes:
            return ""
        male, female = votes
        if male >= 2 * female and male > 0:
            return "m"
        if female >= 2 * male and female > 0:
            return "f"
        return ""

    def knows(self, word: str) -> bool:
        """True when *word* is the first or last word of a full name in the document.

        >>> EntityRegistry("Jane Roe spoke.").knows("Roe")
        True
        """
        self._index()
        lower = word.lower()
        return lower in self._by_last or lower in self._by_first

    def full_name_for(self, word: str, position: int, honorific: str = "") -> str | None:
        """The full name whose last (else first) word is *word*, nearest before *position*.

        With an honorific, only a full name whose gender does not contradict it is taken.
        """
        self._index()
        wanted = title_gender(honorific) if honorific else ""
        for table in (self._by_last, self._by_first):
            entries = table.get(word.lower())
            if not entries:
                continue
            if not wanted:
                return _nearest(entries, position)
            # Entries are in text order: start at *position* and walk back (then
            # forward); scanning from the first entry on every call is quadratic
            # for a name that recurs through a long document.
            # (position + 1,) sorts before every entry that starts after *position*.
            k = bisect.bisect_left(entries, (position + 1,))
            for i in range(k - 1, -1, -1):
                if self.gender_of(entries[i][1]) in ("", wanted):
                    return entries[i][1]
            for i in range(k, len(entries)):
                if self.gender_of(entries[i][1]) in ("", wanted):
                    return entries[i][1]
        return None

    def resolve(self, mention: Mention) -> str:
        """The canonical name for a name mention (its own name when nothing better is known)."""
        words = mention.name.split()
        if mention.honorific and len(words) == 2:
            return self.full_name_for(words[1], mention.start, mention.honorific) or mention.name
        if len(words) == 1:
            return self.full_name_for(words[0], mention.start) or mention.name
        return mention.name

    def describe(self, head: str, position: int) -> str | None:
        """The person a definite description (``the president``) last referred to.

        The antecedent is the latest name before *position* that carried the
        head as a title (``President Ana Pires``) or was given it in an
        appositive (``Jane Roe, the former mayor,``), searched in a bounded
        window so the cost stays linear.

        >>> reg = EntityRegistry("Jane Roe, the former mayor, spoke. Later the mayor left.")
        >>> reg.describe("mayor", 45)
        'Jane Roe'
        """
        self._index()
        best_at, best = -1, None
        entries = self._by_title.get(head)
        if entries:
            k = bisect.bisect_left(entries, (position, "")) - 1
            if k >= 0:
                best_at, best = entries[k]
        lo = max(0, position - _DESCRIPTION_REACH)
        for m in _APPOSITIVE_RE.finditer(self._text, lo, position):
            if m.start() > best_at and m.group("role").split()[-1].lower() == head:
                name_words = m.group("name").split()
                _, words, _, _ = _read_name(name_words, [w.lower() for w in name_words])
                if words:
                    best_at, best = m.start(), " ".join(words)
        if best is None:
            return None
        if " " not in best:
            return self.full_name_for(best, position) or best
        return best

    def resolve_pronoun(self, mention: Mention, exclude: str = "") -> str | None:
        """The most recent person before *mention* whose gender fits the pronoun.

        Occurrences whose gender is unknown fit any pronoun.  ``exclude`` skips
        one canonical name (the addressee in a dialogue turn).
        """
        self._ensure_people()
        k = bisect.bisect_left(self._starts, mention.start) - 1
        limit = mention.start - _PRONOUN_REACH
        while k >= 0 and self._starts[k] >= limit:
            canonical = self._occurrences[k].canonical
            if canonical != exclude:
                gender = self.gender_of(canonical)
                if not mention.gender or not gender or gender == mention.gender:
                    return canonical
            k -= 1
        return None


# -- fiction -----------------------------------------------------------------


_WORD_RE = regex.compile(r"\p{L}[\p{L}\p{M}'’]*")


#: The title abbreviations of the lexicon, capitalised, longest first (``Mrs`` before ``Mr``).
_DOTTED_TITLES = sorted((a.capitalize() for a, kind in ABBREVIATIONS.items() if kind == "title"), key=lambda a: (-len(a), a))

#: A word of a cast run: a dotted title, an initial or a capitalised word.
_CAST_WORD = r"(?:(?:" + "|".join(_DOTTED_TITLES) + r")\.|\p{Lu}\.(?!\p{L})|" + _NAME_WORD + ")"

#: Runs of capitalised words for the cast: only capitalised abbreviations keep a
#: period, so a sentence end splits runs.  Simpler (and faster) than
#: :data:`_NAME_RUN_RE`, as fiction has few dotted titles.
_CAST_RUN_RE = regex.compile(
    r"(?<![\p{L}\p{N}'’.])"
    + _CAST_WORD
    + r"(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?:(?:"
    + _PARTICLE_ALTERNATION
    + r")[ \t]+)*"
    + _CAST_WORD
    + r")*"
)
_SENTENCE_END_RE = regex.compile(r"[.!?;\n]\s*\n|[.!?]\s")

#: A character cluster must account for this share of the candidate mass for
#: a shorter form (``Clara``) to join it (``Clara Vane``).
_DOMINANCE = 0.6
#: Occurrences of ``First Last`` that make it a first-named character's canonical name.
_MIN_FULL_NAME = 3
#: How far back (in characters) a pronoun looks for a character in narration.
_CAST_PRONOUN_REACH = 6000


#: Pronouns that, after a name, mostly point back to it: not the objects
#: ``him``/``her`` (``Ralph looked at her``).
_SELF_PRONOUN_RE = regex.compile(
    r"\b(?:"
    + "|".join(
        regex.escape(word)
        for word, p in GENDERED_PRONOUNS.items()
        if p.form in ("subject", "possessive", "reflexive")
    )
    + r")\b",
    regex.IGNORECASE,
)
#: Chapter numbers; a lone ``I`` is the pronoun.
_ROMAN_RE = regex.compile(r"(?:[IVXLC]{2,}|[VXLC]|\d+)\.?")
_PLACE_PREPOSITIONS = PLACE_PREPOSITIONS
#: Share of a name's occurrences after a place preposition that makes it a place.
_PLACE_SHARE = 0.3
_DETERMINERS = CAST_DETERMINERS
_PREV_WORD_RE = regex.compile(r"(\p{L}+)[^\p{L}\p{N}.!?;:]*$")
_PREPOSITIONS = CAST_PREPOSITIONS


def _vote(votes: dict[_Form, list[int]], form: _Form, gender: str, weight: int) -> None:
    """Count *weight* pieces of evidence that *form* has *gender*."""
    pair = votes.setdefault(form, [0, 0])
    pair[0 if gender == "m" else 1] += weight


def _gender_of(votes: list[int] | None) -> str:
    """``m`` or ``f`` when the votes agree three to two (and are at least two), else ""."""
    if not votes:
        return ""
    male, female = votes
    if 2 * male >= 3 * female and male >= 2:
        return "m"
    if 2 * female >= 3 * male and female >= 2:
        return "f"
    return ""


class _Form(NamedTuple):
    """A surface form of a character name: optional title and name words."""

    title: str
    words: tuple[str, ...]

    @property
    def text(self) -> str:
        """The form as the novel writes it (``Mr. Hollis``)."""
        return " ".join(((self.title,) if self.title else ()) + self.words)


#: Words are counted this many characters at a time (see _count_words).
_WORD_COUNT_CHUNK = 1 << 16


def _count_words(text: str) -> Counter[str]:
    """How often each word of *text* occurs.

    The text is read in chunks cut at a space, which no word spans: a list of
    every word of a novel at once would more than double the peak memory.

    >>> _count_words("the cat and the hat")["the"]
    2
    """
    counts: Counter[str] = Counter()
    pos = 0
    while pos < len(text):
        end = text.find(" ", pos + _WORD_COUNT_CHUNK)
        if end < 0:
            end = len(text)
        counts.update(_WORD_RE.findall(text, pos, end))
        pos = end
    return counts


class CastRegistry:
    """The characters of a novel, their usual names and genders.

    Built from one pass over the words (to learn which capitalised words are
    names rather than sentence-initial common words) and one over capitalised
    runs.  Each run becomes a *form* (``Mr. Hollis``, ``Clara``); shorter
    forms join a longer one that dominates them (``Clara`` and
    ``Clara Vane``), and a character's canonical name is its most
    frequent form, the one readers and annotators use.  Name occurrences
    inside quotations (vocatives, gossip) are not antecedents for pronouns.

    >>> text = 'Mr. Brown came in. "Hello," said Mr. Brown. Mr. Brown sat. He smiled.'
    >>> CastRegistry(text, [(19, 27)]).canonical("Brown")
    'Mr. Brown'
    """

    def __init__(self, text: str, quote_ranges: list[tuple[int, int]]) -> None:
        words = _count_words(text)
        self._lower = {w: n for w, n in words.items() if not w[0].isupper()}
        self._upper = {w: n for w, n in words.items() if w[0].isupper()}
        self._quote_starts = [a for a, _ in quote_ranges]
        self._quote_ends = [b for _, b in quote_ranges]
        counts: dict[_Form, int] = {}
        found: list[tuple[int, int, _Form]] = []
        seen: dict[str, tuple[_Form | None, int]] = {}
        for m in _CAST_RUN_RE.finditer(text):
            run = m.group()
            known = seen.get(run)
            if known is None:
                known = seen[run] = self._form_of_run(run.split())
            form, offset = known
            if form is not None and not form.title:
                # "the English", "an Indian", "the Marabar Hills": not a person's name.
                before = _PREV_WORD_RE.search(text, max(0, m.start() - 12), m.start())
                if before is not None and before.group(1).lower() in _DETERMINERS:
                    continue
            if form is None:
                continue
            counts[form] = counts.get(form, 0) + 1
            found.append((m.start() + offset, m.end(), form))
        self._counts = counts
        # Gender evidence per form: its title, and the pronoun that follows it in
        # narration unless a preposition precedes it (``at Pemberley, she``).
        votes: dict[_Form, list[int]] = {}
        narration_forms: list[tuple[int, _Form]] = []
        at_place: dict[_Form, int] = {}
        for start, end, form in found:
            g = title_gender(form.title)
            if g:
                _vote(votes, form, g, 3)
            if not self._inside_quote(start):
                narration_forms.append((start, form))
                before = _PREV_WORD_RE.search(text, max(0, start - 20), start)
                if before is not None and before.group(1).lower() in _PLACE_PREPOSITIONS:
                    at_place[form] = at_place.get(form, 0) + 1
                if before is None or before.group(1).lower() not in _PREPOSITIONS:
                    g = self._next_pronoun(text, end)
                    if g:
                        _vote(votes, form, g, 1)
        self._root = self._cluster(counts, votes)
        canonical: dict[_Form, tuple[int, str]] = {}
        for form, n in counts.items():
            root = self._root[form]
            if n > canonical.get(root, (0, ""))[0]:
                canonical[root] = (n, form.text)
        self._canonical = {root: name for root, (_n, name) in canonical.items()}
        self._prefer_full_names(counts)
        self._mass: dict[_Form, int] = {}
        for form, n in counts.items():
            self._mass[self._root[form]] = self._mass.get(self._root[form], 0) + n
        self._gender: dict[_Form, list[int]] = {}
        for form, (male, female) in votes.items():
            _vote(self._gender, self._root[form], "m", male)
            _vote(self._gender, self._root[form], "f", female)
        # A name read "at X" or "in X" often enough is a place, never an antecedent.
        place_mass: dict[_Form, int] = {}
        for form, n in at_place.items():
            place_mass[self._root[form]] = place_mass.get(self._root[form], 0) + n
        places = {r for r, n in place_mass.items() if n >= _PLACE_SHARE * self._mass[r] and n >= 2}
        narration = [
            (start, self._root[form]) for start, form in narration_forms if self._root[form] not in places
        ]
        self._root_by_name: dict[str, _Form] = {}
        for root, name in self._canonical.items():
            held = self._root_by_name.get(name)
            if held is None or self._mass[root] > self._mass[held]:
                self._root_by_name[name] = root
        self._narration = narration
        self._person_table: tuple[frozenset[str], tuple[list[int], list[str], list[int]]] | None = None
        self._narration_starts = [s for s, _ in narration]
        self._by_text: dict[str, _Form] = {form.text.lower(): form for form in counts}
        self._titles: dict[_Form, set[str]] = {}
        for form in counts:
            if form.title:
                self._titles.setdefault(self._root[form], set()).add(form.title.lower().rstrip("."))
        self._title_holder: dict[str, _Form] = {}
        for root, titles in self._titles.items():
            for title in titles:
                holder = self._title_holder.get(title)
                if holder is None or self._mass[root] > self._mass[holder]:
                    self._title_holder[title] = root

    # -- building ----------------------------------------------------------

    def is_name_word(self, word: str) -> bool:
        """True for a capitalised word the novel uses as a name (rarely lowercase)."""
        if not word or not word[0].isupper() or (len(word) > 1 and word.isupper()):
            return False
        lower = word.lower()
        if lower in FUNCTION_WORDS or lower in CALENDAR_WORDS or lower in FICTION_TITLES:
            return False
        if lower in INTERJECTIONS:
            return False
        return self._lower.get(lower, 0) * 2 < self._upper.get(word, 0)

    def _form_of_run(self, words: list[str]) -> tuple[_Form | None, int]:
        """The name form a capitalised run holds, and its offset in the run's text."""
        words = [strip_possessive(w) for w in words]
        title_at = -1
        for i, w in enumerate(words[:-1]):
            if w.lower() in FICTION_TITLES and (words[i + 1][0].isupper() or words[i + 1] in NAME_PARTICLES):
                title_at = i
        if title_at >= 0:
            name = [words[title_at + 1]]
            for w in words[title_at + 2 :]:
                if not (self.is_name_word(w) or w in NAME_PARTICLES or (len(w) == 2 and w.endswith("."))):
                    break
                name.append(w)
            if name[-1].isupper() and len(name[-1]) > 1:
                return None, 0
            title = words[title_at]
            return _Form(title, tuple(name)), sum(len(w) + 1 for w in words[:title_at])
        first = 0
        while first < len(words) and not self.is_name_word(words[first]):
            first += 1
        if first == len(words) or (first and words[first - 1].lower() in _DETERMINERS):
            return None, 0
        if any(_ROMAN_RE.fullmatch(w) for w in words[first + 1 :]):
            return None, 0  # a heading: Chapter XII
        name = [words[first]]
        for w in words[first + 1 :]:
            if not (self.is_name_word(w) or w in NAME_PARTICLES):
                break
            name.append(w)
        return _Form("", tuple(name)), sum(len(w) + 1 for w in words[:first])

    def _prefer_full_names(self, counts: dict[_Form, int]) -> None:
        """Name a character known by a first name by its full name when the novel gives one.

        ``Tom`` becomes ``Tom Reed`` when ``Tom Reed`` occurs at least
        :data:`_MIN_FULL_NAME` times: the full name is the name a reader looks up.
        """
        for root, name in list(self._canonical.items()):
            if " " in name:
                continue
            best: _Form | None = None
            for other in self._by_word.get(name.lower(), ()):
                if (
                    not other.title
                    and len(other.words) == 2
                    and other.words[0] == name
                    and counts[other] >= _MIN_FULL_NAME
                    and (best is None or counts[other] > counts[best])
                ):
                    best = other
            if best is None:
                # A surname (Denham): the one full name ending with it, if it dominates.
                fulls = [
                    o
                    for o in self._by_word.get(name.lower(), ())
                    if not o.title and len(o.words) == 2 and o.words[1] == name
                ]
                if fulls:
                    top = max(fulls, key=lambda o: counts[o])
                    mass = sum(counts[o] for o in fulls)
                    if counts[top] >= _MIN_FULL_NAME and counts[top] >= _DOMINANCE * mass:
                        best = top
            if best is not None:
                self._canonical[root] = best.text

    def _cluster(self, counts: dict[_Form, int], votes: dict[_Form, list[int]]) -> dict[_Form, _Form]:
        """Join each form to the dominant character among the longer forms containing it."""
        root: dict[_Form, _Form] = {}
        by_word: dict[str, list[_Form]] = {}
        for form in counts:
            for w in set(form.words):
                by_word.setdefault(w.lower(), []).append(form)
        self._by_word = by_word

        def find(f: _Form) -> _Form:
            while root[f] != f:
                f = root[f]
            return f

        cluster_mass: dict[_Form, int] = {}
        # Longest forms first, titled before untitled, so candidates are settled.
        order = sorted(counts, key=lambda f: (-len(f.words), not f.title, -counts[f]))
        for form in order:
            root[form] = form
            cluster_mass[form] = counts[form]
            words = {w.lower() for w in form.words}
            gender = title_gender(form.title) or _gender_of(votes.get(form))
            mass: dict[_Form, int] = {}
            total = 0
            # A candidate holds every word of this form, so the list of its rarest
            # word (not its first) has them all, in the same order: walking a
            # common first name's list for each form is quadratic.
            rarest = min(words, key=lambda w: len(by_word.get(w, ())))
            for other in by_word.get(rarest, ()):
                if other == form or other not in root:
                    continue
                other_words = {w.lower() for w in other.words}
                if not words <= other_words:
                    continue
                if words == other_words and (form.title or not other.title):
                    continue
                if form.title and other.title.lower().rstrip(".") != form.title.lower().rstrip("."):
                    continue
                if gender and title_gender(other.title) not in ("", gender):
                    continue
                r = find(other)
                mass[r] = mass.get(r, 0) + counts[other]
                total += counts[other]
            if mass:
                best = max(mass, key=lambda r: mass[r])
                # A frequent form does not join a rare one (Mr. Wilcox and one
                # Mr. Charles Wilcox are father and son).
                if mass[best] >= _DOMINANCE * total and cluster_mass[best] * 4 >= counts[form]:
                    root[form] = best
                    cluster_mass[best] += counts[form]
        return {form: find(form) for form in counts}

    @staticmethod
    def _next_pronoun(text: str, end: int) -> str:
        """The gender of the first he/she pronoun in the rest of the sentence after *end*."""
        stop = _SENTENCE_END_RE.search(text, end, min(len(text), end + _GENDER_REACH))
        hi = stop.start() if stop else min(len(text), end + _GENDER_REACH)
        m = _SELF_PRONOUN_RE.search(text, end, hi)
        if m is None:
            return ""
        return "f" if m.group().lower() in _FEMALE_PRONOUNS else "m"

    def _inside_quote(self, pos: int) -> bool:
        """True when *pos* lies inside a quotation."""
        k = bisect.bisect_right(self._quote_starts, pos) - 1
        return k >= 0 and pos < self._quote_ends[k]

    # -- queries -----------------------------------------------------------

    def form(self, text: str) -> _Form | None:
        """The known form for a name as written (``Mr. Hollis``, ``Hollis's``), if any."""
        words = text.split()
        form, _offset = self._form_of_run(words)
        if form is not None and form in self._root:
            return form
        return None

    def canonical(self, text: str) -> str | None:
        """The usual name of the character a written name refers to, or None if unknown."""
        form = self.form(text)
        if form is not None:
            return self._canonical[self._root[form]]
        # A form the novel never writes on its own: the dominant character containing it.
        wanted, _offset = self._form_of_run(text.split())
        if wanted is None:
            return None
        words = {w.lower() for w in wanted.words}
        gender = title_gender(wanted.title)
        mass: dict[_Form, int] = {}
        for other in self._by_word.get(wanted.words[0].lower(), ()):
            if words <= {w.lower() for w in other.words} and (
                not gender or title_gender(other.title) in ("", gender)
            ):
                r = self._root[other]
                mass[r] = mass.get(r, 0) + self._counts[other]
        if not mass:
            return None
        best = max(mass, key=lambda r: mass[r])
        if mass[best] < _DOMINANCE * sum(mass.values()):
            return None
        return self._canonical[best]

    def count(self, text: str) -> int:
        """How often the character a written name refers to is named, all forms together."""
        form = self.form(text)
        if form is None:
            return 0
        return self._mass[self._root[form]]

    def gender(self, canonical: str) -> str:
        """``m``, ``f`` or "" for a character given by its canonical name."""
        root = self._root_by_name.get(canonical)
        if root is None:
            form = self._by_text.get(canonical.lower())
            if form is None:
                return ""
            root = self._root[form]
        return _gender_of(self._gender.get(root))

    def resolve_pronoun(
        self, position: int, gender: str, persons: frozenset[str] = frozenset(), exclude: str = ""
    ) -> str | None:
        """The character last named in narration before *position* whose gender is *gender*.

        When *persons* (the names known to speak) is given, only they are
        antecedents, a character of unknown gender included: the pronoun of a
        speaker refers to someone who speaks, not to a place (``in Bristol,
        he said``) or a character who never does.  *exclude* skips one character.
        """
        k = bisect.bisect_left(self._narration_starts, position) - 1
        limit = position - _CAST_PRONOUN_REACH
        while k >= 0 and self._narration_starts[k] >= limit:
            root = self._narration[k][1]
            name = self._canonical[root]
            if name != exclude:
                own = _gender_of(self._gender.get(root))
                if persons:
                    if name in persons and (own == gender or not own):
                        return name
                elif own == gender:
                    return name
            k -= 1
        return None

    def last_character(self, position: int, title: str) -> str | None:
        """The character with *title* (``the Colonel``) last named in narration before *position*."""
        k = bisect.bisect_left(self._narration_starts, position) - 1
        limit = position - _CAST_PRONOUN_REACH
        lower = title.lower()
        while k >= 0 and self._narration_starts[k] >= limit:
            root = self._narration[k][1]
            if lower.rstrip(".") in self._titles.get(root, ()):
                return self._canonical[root]
            k -= 1
        # Not named lately: the character the novel most often calls by that title.
        best = self._title_holder.get(lower.rstrip("."))
        return self._canonical[best] if best is not None else None

    def recent_person(
        self, position: int, persons: frozenset[str], exclude: frozenset[str] = frozenset()
    ) -> str | None:
        """The person (known gender or in *persons*) last named in narration before *position*."""
        k = bisect.bisect_left(self._narration_starts, position) - 1
        if k < 0:
            return None
        limit = position - _CAST_PRONOUN_REACH
        latest, names, before_run = self._person_table_for(persons)
        k = latest[k]
        while k >= 0 and self._narration_starts[k] >= limit:
            if names[k] not in exclude:
                return names[k]
            k = before_run[k]
        return None

    def _person_table_for(self, persons: frozenset[str]) -> tuple[list[int], list[str], list[int]]:
        """Tables that let :meth:`recent_person` skip what it would only walk past.

        For every narration name *k*: the index of the latest person named at
        or before it (-1 if none), the canonical name at *k*, and, when *k* is
        a person, the latest earlier person with another name.  A dialogue asks
        for the last-named person on many turns; walking back over every name
        in reach (places, or the excluded speaker named again and again) made
        each turn cost hundreds of steps.  Built once per set of *persons*.
        """
        cached = self._person_table
        if cached is not None and cached[0] == persons:
            return cached[1]
        latest_person: list[int] = []
        names: list[str] = []
        before_run: list[int] = []
        latest = -1
        for k, (_, root) in enumerate(self._narration):
            name = self._canonical[root]
            names.append(name)
            if name in persons or _gender_of(self._gender.get(root)):
                # The run of this name's latest mentions is skipped in one step.
                before_run.append(before_run[latest] if latest >= 0 and names[latest] == name else latest)
                latest = k
            else:
                before_run.append(-1)
            latest_person.append(latest)
        tables = (latest_person, names, before_run)
        self._person_table = (persons, tables)
        return tables
