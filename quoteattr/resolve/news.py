"""Stage 5, news names: resolve a bound mention to the fullest name the article gives.

The registry is built from one regex pass over runs of capitalised words and one over pronouns:

* every run, titles dropped, is a name occurrence; runs of two or more words are full names,
  indexed by their last and first word, so ``Pires`` and ``President Pires`` resolve to ``Ana Pires``;
* gender is learnt from the document itself (:mod:`quoteattr.resolve.gender`): a title (``Mr.``),
  a gendered noun before the name (``his wife, Orla Hale``) or the pronouns after it vote for it;
* a pronoun resolves to the most recent person occurrence of compatible gender.

:class:`NewsNames` names the bindings of one article in reading order; every name it gives
carries the id of the step that chose it (``Speaker.resolution``).
"""

from __future__ import annotations

import bisect
import functools
from array import array
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

import regex

from quoteattr.document import Binding, Mention
from quoteattr.grammar import Grammar
from quoteattr.lang import Lexicon
from quoteattr.names import NAME_CHAR, NAME_WORD_TAIL
from quoteattr.resolve.antecedents import Antecedents
from quoteattr.resolve.gender import (
    GENDER_REACH,
    PRONOUN_VOTE,
    TITLE_VOTE,
    PronounPatterns,
    Votes,
    noun_gender_before,
    role_gender,
    subject_pronoun_genders,
)
from quoteattr.resolve.gender import (
    gender_of as _votes_gender,
)
from quoteattr.resolve.step import Step

#: How far back (in characters) a definite description looks for its antecedent.
_DESCRIPTION_REACH = 5000

#: Longer capitalised runs are headlines or titles of works, not names.
MAX_NAME_WORDS = 4

#: How far back (in characters) a pronoun looks for its antecedent.
_PRONOUN_REACH = 3000

#: How far back (in characters) "he said" looks for an earlier named speaker.
_SPEAKER_REACH = 1500

_Match = type(regex.match("", ""))


class _NewsPatterns:
    """What news resolution reads with one lexicon: its readers, word sets and compiled patterns."""

    def __init__(self, lexicon: Lexicon) -> None:
        grammar = Grammar.of(lexicon)
        self.lexicon = lexicon
        self.names = grammar.names
        self.mentions = grammar.mentions
        self.pronouns = PronounPatterns.of(lexicon)
        self.definite = lexicon.definite_articles
        #: Third-person singular pronouns with a gender (``he``, ``she``).
        self.gendered = frozenset(subject_pronoun_genders(lexicon))
        #: A name followed by a definite appositive: "Jane Roe, the former mayor,"; the name is one to four
        #: capitalised words, the role one to four lowercase words.  Every part is possessive: what follows
        #: it can never start where it could give a character back.  A match never starts at a capital that
        #: an earlier capital of the same hyphen-free stretch of name characters precedes (the lookbehind):
        #: a search from there would find a match wherever the later one does, and retrying from every
        #: capital of a long run (``AAAA...``, a protein sequence) was quadratic.  (A word has a bounded
        #: number of hyphenated parts, so a search from each part of ``A-A-A-...`` reads a bounded length.)
        self.appositive = regex.compile(
            r"(?P<name>\p{Lu}(?<!\p{Lu}" + NAME_CHAR + r"*?\p{Lu})" + NAME_WORD_TAIL
            + r"(?:[ \t]++\p{Lu}" + NAME_WORD_TAIL + r"){0,3}+),[ \t]++(?:"
            + "|".join(regex.escape(a) for a in sorted(lexicon.definite_articles))
            + r")[ \t]++"
            r"(?P<role>(?:[\p{Ll}\-]++[ \t]++){0,3}+[\p{Ll}\-]++)[,.]"
        )

    @staticmethod
    @functools.lru_cache(maxsize=16)
    def of(lexicon: Lexicon) -> _NewsPatterns:
        """The patterns of *lexicon*, compiled once."""
        return _NewsPatterns(lexicon)


class _Occurrence(NamedTuple):
    """A name occurrence: where it is and the full name it belongs to."""

    start: int
    canonical: str


def _nearest(entries: list[tuple[int, str]], position: int) -> str:
    """The name of the entry nearest before *position*, else of the first one (*entries* in text order, not empty)."""
    # (position + 1,) sorts before every entry that starts after *position*.
    k = bisect.bisect_left(entries, (position + 1,))
    return entries[k - 1 if k else 0][1]


class _FitWalk:
    """The nearest entry of one name table, either side of a point, whose gender fits.

    A surname that thousands of people share (``Mr. Qa Lee``, ``Mr. Qb Lee``,
    ...) asked for as ``Mrs. Lee`` walked past every one of them on every ask.
    Here an entry found not to fit is linked past (to the next one to look
    at, with path compression), so each is passed over once.  An entry that
    does not fit stays so while votes come in, unless its name's gender
    changes from one gender to another or to unknown: the registry then drops
    the walks of that name's tables (:meth:`EntityRegistry._vote`).
    """

    __slots__ = ("_back", "_ahead")

    def __init__(self, size: int) -> None:
        self._back = array("i", range(size))
        self._ahead = array("i", range(size))

    def back(self, entries: list[tuple[int, str]], i: int, fits: Callable[[str], bool]) -> int:
        """The largest index at or before *i* whose entry fits (-1 if none)."""
        return _walk(self._back, entries, i, fits, -1)

    def ahead(self, entries: list[tuple[int, str]], i: int, fits: Callable[[str], bool]) -> int:
        """The smallest index at or after *i* whose entry fits (``len(entries)`` if none)."""
        return _walk(self._ahead, entries, i, fits, 1)


def _walk(links: array[int], entries: list[tuple[int, str]], i: int, fits: Callable[[str], bool], step: int) -> int:
    """Follow *links* from *i* by *step* to the first entry that fits; every entry passed links past it."""
    end = len(entries) if step > 0 else -1
    passed: list[int] = []
    while i != end:
        link = links[i]
        if link != i:
            passed.append(i)
            i = link
        elif fits(entries[i][1]):
            break
        else:
            passed.append(i)
            i += step
    for k in passed:
        links[k] = i
    return i


class EntityRegistry:
    """Names and genders of the people a document mentions.

    >>> from quoteattr.lang import Lexicon
    >>> reg = EntityRegistry("Chilean President Ana Pires spoke. Pires said no.", Lexicon.english())
    >>> reg.full_name_for("Pires", 45)
    'Ana Pires'
    """

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self._text = text
        self._patterns = patterns = _NewsPatterns.of(lexicon)
        self._names = patterns.names
        self._pronouns = patterns.pronouns
        self._by_last: dict[str, list[tuple[int, str]]] = {}
        self._by_first: dict[str, list[tuple[int, str]]] = {}
        self._gender_votes: dict[str, Votes] = {}
        self._by_title: dict[str, list[tuple[int, str]]] = {}
        self._singles: list[tuple[int, str, str, str]] = []
        self._lone = array("q")
        self._occurrences: list[_Occurrence] = []
        self._starts: list[int] = []
        #: (table, word) -> wanted gender -> the walk that finds a fitting entry (see _FitWalk).
        self._walks: dict[tuple[str, str], dict[str, _FitWalk]] = {}
        self._appositive_index: dict[str, tuple[list[int], list[int], list[str]]] | None = None
        #: The gender a pronoun has -> which occurrences may be its antecedent (see resolve_pronoun).
        self._pronoun_tables: dict[str, Antecedents] = {}
        self._occurrence_names: list[str] = []
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
        occurrences, singles = self._occurrences, self._singles
        by_last, by_first, by_title = self._by_last, self._by_first, self._by_title
        # Lone capitalised words are the commonest match and only pronoun
        # resolution reads them (see _ensure_people): their offsets are kept in
        # a compact array, not as string objects, so memory stays small.
        lone = self._lone
        names = self._names
        read_name, title_keys = names.read_name, names.title_keys
        for m in names.run_pattern.finditer(text):
            run = m.group()
            if " " not in run and "\n" not in run and "\t" not in run:
                lone.extend(m.span())
                continue
            if "." in run and names.has_sentence_end(run):
                pieces = [(start, words, [w.lower() for w in words]) for start, words in names.split_run(run, m.start())]
            else:
                pieces = [(m.start(), run.split(), run.lower().split())]
            for start, run_words, lowered in pieces:
                skip, words, honorific, gender = read_name(run_words, lowered)
                if not words or len(words) > MAX_NAME_WORDS:
                    continue  # nothing left, or a headline in title case, not a name
                for key in title_keys(lowered[:skip]):  # "President Ana Pires": "the president" may be her
                    by_title.setdefault(key, []).append((start, " ".join(words)))
                if len(words) >= 2:
                    full = " ".join(words)
                    # One tuple serves the three indexes (memory grows with the names).
                    entry = _Occurrence(start, full)
                    by_last.setdefault(words[-1].lower(), []).append(entry)
                    by_first.setdefault(words[0].lower(), []).append(entry)
                    occurrences.append(entry)
                    # Else a gendered noun before it: ``his wife, Orla Hale``.
                    gender = gender or noun_gender_before(text, start, self._patterns.lexicon)
                    if gender:
                        self._vote(full, gender, TITLE_VOTE)
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
        self._place_singles()
        self._place_lone_words()
        self._occurrences.sort()
        self._starts = [o.start for o in self._occurrences]
        self._count_pronoun_votes()
        self._walks.clear()  # made with the votes so far, not with the pronouns'

    def _place_singles(self) -> None:
        """Place the one-word names that carried a title or a period, with their gender votes."""
        occurrences = self._occurrences
        by_last, by_first = self._by_last, self._by_first
        names = self._names
        for start, word, honorific, gender in self._singles:
            if not honorific:
                word = names.bare_word(word)
            lower = word.lower()
            if not honorific and lower not in by_last and lower not in by_first:
                continue  # a capitalised word no full name contains
            if lower in names.not_people:
                continue
            full = self.full_name_for(word, start, honorific) if honorific else self.full_name_for(word, start)
            canonical = full or (f"{honorific} {word}" if honorific else "")
            if canonical:
                occurrences.append(_Occurrence(start, canonical))
                if gender:
                    # A title weighs a pronoun's vote when the full name it stands for is
                    # a guess, and a full title's when it names itself ("Mr. Lund" alone).
                    self._vote(canonical, gender, PRONOUN_VOTE if full else TITLE_VOTE)

    def _place_lone_words(self) -> None:
        """Place every lone capitalised word that stands for a full name.

        Lone words carry no title, hence no gender vote: the order in which
        they are placed does not matter.  Their spellings are cut from the
        text without a Python loop, each distinct spelling is judged once,
        and only the occurrences of a name word are visited one by one.
        """
        occurrences = self._occurrences
        by_last, by_first = self._by_last, self._by_first
        names = self._names
        lone = self._lone
        spellings = list(map(self._text.__getitem__, map(slice, lone[0::2], lone[1::2])))
        # A lone word stands for the nearest full name before it that ends
        # (else starts) with it, as full_name_for finds it without a title:
        # each spelling's entries are looked up once.
        entries_of: dict[str, list[tuple[int, str]]] = {}
        for spelling in set(spellings):
            lower = names.bare_word(spelling).lower()
            if lower not in names.not_people:
                table = by_last.get(lower) or by_first.get(lower)
                if table:
                    entries_of[spelling] = table
        if entries_of:
            for k, spelling in enumerate(spellings):
                entries = entries_of.get(spelling)
                if entries is not None:
                    start = lone[2 * k]
                    occurrences.append(_Occurrence(start, _nearest(entries, start)))

    def _count_pronoun_votes(self) -> None:
        """Let every gendered pronoun vote for the nearest name occurrence before it, within reach."""
        starts, occurrences = self._starts, self._occurrences
        if not starts:
            return  # no person to vote for
        # Only pronouns after the first occurrence can vote.
        matches = list(self._pronouns.any.finditer(self._text, starts[0]))
        votes = self._gender_votes
        female = self._pronouns.female
        for at, pronoun in zip(map(_Match.start, matches), map(_Match.group, matches)):  # noqa: B905
            k = bisect.bisect_right(starts, at) - 1
            if at - starts[k] <= GENDER_REACH:
                canonical = occurrences[k].canonical
                tally = votes.get(canonical)
                if tally is None:
                    tally = votes[canonical] = Votes()
                tally.add("f" if pronoun.lower() in female else "m")

    def _vote(self, canonical: str, gender: str, weight: int = PRONOUN_VOTE) -> None:
        """Count *weight* pieces of evidence that *canonical* has *gender*."""
        votes = self._gender_votes.get(canonical)
        if votes is None:
            votes = self._gender_votes[canonical] = Votes()
        before = _votes_gender(votes)
        votes.add(gender, weight)
        if before and _votes_gender(votes) != before and self._walks:
            # Entries of this name that did not fit may fit now: walk its tables afresh.
            words = canonical.lower().split()
            self._walks.pop(("last", words[-1]), None)
            self._walks.pop(("first", words[0]), None)

    def gender_of(self, canonical: str) -> str:
        """``m``, ``f`` or "" (unknown or mixed evidence) for a canonical name."""
        self._ensure_people()
        return _votes_gender(self._gender_votes.get(canonical))

    def votes(self, canonical: str) -> Votes | None:
        """The gender evidence counted for a canonical name (None if none)."""
        self._ensure_people()
        return self._gender_votes.get(canonical)

    def written_names(self) -> dict[str, tuple[str, int]]:
        """Every full name the document writes (titles dropped): itself as its person's name, and how often."""
        self._index()
        counts = Counter(entry[1] for entries in self._by_last.values() for entry in entries)
        return {name: (name, n) for name, n in counts.items()}

    def knows(self, word: str) -> bool:
        """True when *word* is the first or last word of a full name in the document.

        >>> from quoteattr.lang import Lexicon
        >>> EntityRegistry("Jane Roe spoke.", Lexicon.english()).knows("Roe")
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
        wanted = self._names.title_gender(honorific) if honorific else ""
        lower = word.lower()
        votes = self._gender_votes

        def fits(canonical: str) -> bool:
            return _votes_gender(votes.get(canonical)) in ("", wanted)

        for table_name, table in (("last", self._by_last), ("first", self._by_first)):
            entries = table.get(lower)
            if not entries:
                continue
            if not wanted:
                return _nearest(entries, position)
            self._ensure_people()
            walks = self._walks.setdefault((table_name, lower), {})
            walk = walks.get(wanted)
            if walk is None:
                walk = walks[wanted] = _FitWalk(len(entries))
            # Entries are in text order: the nearest one at or before *position*
            # that fits, else the first one after it.
            # (position + 1,) sorts before every entry that starts after *position*.
            k = bisect.bisect_left(entries, (position + 1,))
            found = walk.back(entries, k - 1, fits)
            if found < 0:
                found = walk.ahead(entries, k, fits)
            if found < len(entries):
                return entries[found][1]
        return None

    def describe(self, head: str, position: int, bare: bool = False, gender: str = "") -> str | None:
        """The person a definite description (``the president``) last referred to.

        The antecedent is the latest name before *position* that carried the
        head as a title (``President Ana Pires``) or was given it in an
        appositive (``Jane Roe, the former mayor,``) that starts at most
        :data:`_DESCRIPTION_REACH` characters before *position* and ends
        before it (appositives found on first use, :meth:`_appositives`); a *bare* ``the senator`` takes ``Sen.``.

        >>> from quoteattr.lang import Lexicon
        >>> reg = EntityRegistry("Jane Roe, the former mayor, spoke. Later the mayor left.", Lexicon.english())
        >>> reg.describe("mayor", 45)
        'Jane Roe'
        """
        self._index()
        best_at, best = -1, None
        for from_noun, table in enumerate((self._by_title.get(head, []), self._by_title.get(" " + head, []) if bare else [])):
            k = bisect.bisect_left(table, (position, "")) - 1
            unknown = "" if not (gender and from_noun) or len({name for _, name in table[: k + 1]}) == 1 else None
            while k >= 0 and gender and self.gender_of(table[k][1]) not in (unknown, gender):
                k -= 1  # "Rep." says no gender: "the congresswoman" is a Rep. the text makes a woman, or the only one
            if k >= 0 and table[k][0] > best_at:
                best_at, best = table[k]
        given = self._appositives().get(head)
        if given is not None:
            starts, ends, names = given
            k = bisect.bisect_right(ends, position) - 1
            if k >= 0 and starts[k] > best_at and starts[k] >= position - _DESCRIPTION_REACH:
                best_at, best = starts[k], names[k]
        if best is None or " " in best:
            return best
        return self.full_name_for(best, position) or best

    def _appositives(self) -> dict[str, tuple[list[int], list[int], list[str]]]:
        """Role head -> the starts, ends and names of the appositives that give it, in text order.

        One pass over the document, on first use; only appositives whose name
        keeps a word once titles are dropped are kept.  Matches never overlap,
        so their ends rise with their starts.
        """
        if self._appositive_index is None:
            index: dict[str, tuple[list[int], list[int], list[str]]] = {}
            read_name = self._names.read_name
            for m in self._patterns.appositive.finditer(self._text):
                name_words = m.group("name").split()
                _, words, _, _ = read_name(name_words, [w.lower() for w in name_words])
                if words:
                    starts, ends, names = index.setdefault(m.group("role").split()[-1].lower(), ([], [], []))
                    starts.append(m.start())
                    ends.append(m.end())
                    names.append(" ".join(words))
            self._appositive_index = index
        return self._appositive_index

    def resolve_pronoun(self, mention: Mention, exclude: str = "") -> str | None:
        """The most recent person before *mention* whose gender fits the pronoun.

        Occurrences whose gender is unknown fit any pronoun.  ``exclude`` skips
        one canonical name (the addressee in a dialogue turn).
        """
        self._ensure_people()
        table = self._pronoun_tables.get(mention.gender)
        if table is None:
            names = self._occurrence_names
            if not names:
                names = self._occurrence_names = [o.canonical for o in self._occurrences]
            genders = {name: self.gender_of(name) for name in set(names)} if mention.gender else {}
            fits = [not mention.gender or genders[name] in ("", mention.gender) for name in names]
            table = self._pronoun_tables[mention.gender] = Antecedents(self._starts, names, fits)
        return table.find(mention.start, _PRONOUN_REACH, (exclude,) if exclude else ())


SURNAME = Step(
    id="SURNAME",
    family="news",
    summary="A one-word name is the full name whose last (else first) word it is, nearest before it.",
    example='Chilean President Ana Pires spoke on Monday. "We turned it down," Pires said.',
    mention="Pires",
    name="Ana Pires",
)
HONORIFIC_SURNAME = Step(
    id="HONORIFIC_SURNAME",
    family="news",
    summary="An honorific and a surname is the full name with that surname whose gender fits the honorific.",
    example='Mrs. Jane Lane arrived. "Go," said Mrs. Lane.',
    mention="Mrs. Lane",
    name="Jane Lane",
)
RECENT_SPEAKER = Step(
    id="RECENT_SPEAKER",
    family="news",
    summary="He or she is the latest speaker quoted by name before it whose gender fits.",
    example='"We won," said Jane Roe. Tom Hill, her deputy, agreed. "It was close," she said.',
    mention="she",
    name="Jane Roe",
)
RECENT_PERSON = Step(
    id="RECENT_PERSON",
    family="news",
    summary="A pronoun is the person last named before it whose gender fits.",
    example='Tom Hill opened the meeting. "We are ready," he said.',
    mention="he",
    name="Tom Hill",
)
DESCRIPTION = Step(
    id="DESCRIPTION",
    family="news",
    summary="'the <role>' is the person last given that title or role (President Ana Pires; Jane Roe, the mayor,).",
    example='Jane Roe, the former mayor, spoke first. "We will win," the former mayor said.',
    mention="the former mayor",
    name="Jane Roe",
)

#: The news steps, in the order ``NewsNames`` tries them.
STEPS = (SURNAME, HONORIFIC_SURNAME, RECENT_SPEAKER, RECENT_PERSON, DESCRIPTION)


class NewsNames:
    """Name the bindings of one article in reading order.

    A he/she refers first to a speaker already quoted by name, so the names
    given so far are kept (``_named``); that is the only state, and it lives
    for one document.
    """

    def __init__(self, text: str, lexicon: Lexicon, resolve: bool = True) -> None:
        self.registry = EntityRegistry(text, lexicon)  # cheap: it indexes on first use
        patterns = self.registry._patterns
        self._mentions = patterns.mentions
        self._resolve = resolve
        self._definite = patterns.definite
        self._gendered = patterns.gendered
        self._lexicon = lexicon
        self._named: list[tuple[int, str]] = []

    def knows(self, word: str) -> bool:
        """True when *word* is the first or last word of a full name in the article."""
        return self.registry.knows(word)

    def name_all(self, bindings: list[Binding | None]) -> list[Binding | None]:
        """Every binding with its name, in reading order."""
        return [self.name(b) if b is not None else None for b in bindings]

    def name(self, binding: Binding) -> Binding:
        """*binding* with the name resolution gives its mention, and the step that gave it."""
        mention = binding.mention
        name, step = mention.name, None
        if self._resolve:
            if mention.kind == "name":
                name, step = self._name(mention)
                bisect.insort(self._named, (mention.start, name))
            elif mention.kind == "pronoun":
                name, step = self._pronoun(mention)
            elif mention.kind == "description" and self._is_definite(mention.name):
                # "the former president": the person last called president, if any.
                head = mention.name.split()[-1].lower()
                if self._mentions.is_person_role(head):
                    found = self.registry.describe(head, mention.start, len(mention.name.split()) == 2, role_gender(head, self._lexicon))
                    if found is not None:
                        name, step = found, DESCRIPTION.id
        return binding.named(name, step)

    def _name(self, mention: Mention) -> tuple[str, str | None]:
        """The full name of a name mention, and the step that found it (its own name and None otherwise)."""
        words = mention.name.split()
        if mention.honorific and len(words) == 2:
            full = self.registry.full_name_for(words[1], mention.start, mention.honorific)
            return (full, HONORIFIC_SURNAME.id) if full else (mention.name, None)
        if len(words) == 1:
            full = self.registry.full_name_for(words[0], mention.start)
            return (full, SURNAME.id) if full else (mention.name, None)
        return mention.name, None

    def _pronoun(self, mention: Mention) -> tuple[str, str | None]:
        """The person a pronoun refers to, and the step that found them."""
        found = self._recent_speaker(mention)
        if found is not None:
            return found, RECENT_SPEAKER.id
        found = self.registry.resolve_pronoun(mention)
        if found is not None:
            return found, RECENT_PERSON.id
        return mention.name, None

    def _is_definite(self, phrase: str) -> bool:
        """True for a phrase of two or more words that opens with a definite article (``the president``)."""
        words = phrase.split(maxsplit=1)
        return len(words) == 2 and words[0].lower() in self._definite

    def _recent_speaker(self, mention: Mention) -> str | None:
        """The latest named speaker before a he/she mention whose gender fits it.

        In reported speech "he said" nearly always refers to someone already
        quoted, so earlier speakers are tried before any other name.
        """
        if mention.name.lower() not in self._gendered:
            return None
        named = self._named
        k = bisect.bisect_left(named, (mention.start, "")) - 1
        while k >= 0 and mention.start - named[k][0] <= _SPEAKER_REACH:
            canonical = named[k][1]
            if self.registry.gender_of(canonical) in ("", mention.gender):
                return canonical
            k -= 1
        return None
