"""Stage 5, the fiction cast: the characters of a novel or chapter, their usual names and genders.

Fiction names people differently from news: forms of address stay in the
name (``Mr. Hollis``, ``Aunt Hetty``), a character is called by the form the
novel uses most, and which capitalised words are names at all is learnt
from the text.  :class:`CastRegistry` is built once per dialogue document;
:mod:`quoteattr.resolve.fiction` names the bindings with it.  Gender
evidence is counted as :mod:`quoteattr.resolve.gender` says.
"""

from __future__ import annotations

import bisect
import itertools
import sys
from array import array
from collections.abc import Iterable

import regex

from quoteattr.grammar import Grammar
from quoteattr.lang import Lexicon
from quoteattr.resolve.antecedents import ANY_PERSON, Antecedents, SubjectTest
from quoteattr.resolve.forms import CastEvidence
from quoteattr.resolve.forms import Form as _Form
from quoteattr.resolve.forms import Openers as _Openers
from quoteattr.resolve.forms import not_persons as _not_persons
from quoteattr.resolve.forms import pair_index as _pair_index
from quoteattr.resolve.forms import title_key as _title_key
from quoteattr.resolve.forms import titled_surnames as _titled_surnames
from quoteattr.resolve.gender import (
    PRONOUN_VOTE,
    TITLE_VOTE,
    PronounPatterns,
    Votes,
    gender_of,
)
from quoteattr.text.tokens import count_words

#: A word list up to this long is read whole when looking for the forms that
#: hold a set of words; past it, the index of word pairs is.
_SHORT_LIST = 16

#: A character cluster must account for this share of the candidate mass for
#: a shorter form (``Clara``) to join it (``Clara Vance``).
_DOMINANCE = 0.6
#: Occurrences of ``First Last`` that make it a first-named character's canonical name.
_MIN_FULL_NAME = 3
#: The antecedent test of :meth:`CastRegistry.recent_person`'s first look: a name known to speak.
_SPEAKERS = "speaker"
#: How far back (in characters) a pronoun looks for a character in narration.
_CAST_PRONOUN_REACH = 6000
#: The antecedent test of a pronoun's first look: a speaker known to be of its gender.
_KNOWN_GENDER = "known "
#: Chapter numbers; a lone ``I`` is the pronoun.
_ROMAN_RE = regex.compile(r"(?:[IVXLC]{2,}|[VXLC]|\d+)\.?")
#: A capitalised word after a lowercase one: written so mid-sentence, as a name is (``said Ivo``).
#: Possessive runs of blanks: a long run after a lowercase letter is read once, not split between them.
_MID_SENTENCE_CAPITAL_RE = regex.compile(r"\p{Ll}[,;]?[ \t]*+(?:\r?\n|\r)?[ \t]*+(\p{Lu}\p{Ll}+)")
#: The last word before a position, past punctuation that does not end a
#: clause.  Searched backwards from the end (``(?r)``), where ``$`` anchors it:
#: a forward search retried from every letter of a long word.
_PREV_WORD_RE = regex.compile(r"(?r)(\p{L}+)[^\p{L}\p{N}.!?;:]*$")


class CastRegistry:
    """The characters of a novel, their usual names and genders.

    Built from one pass over the words (to learn which capitalised words are
    names rather than sentence-initial common words) and one over capitalised
    runs.  Each run becomes a *form* (``Mr. Hollis``, ``Clara``); shorter
    forms join a longer one that dominates them (``Clara`` and
    ``Clara Vance``), and a character's canonical name is its most
    frequent form, the one readers and annotators use.  Name occurrences
    inside quotations (vocatives, gossip) are not antecedents for pronouns.

    >>> text = 'Mr. Brown came in. "Hello," said Mr. Brown. Mr. Brown sat. He smiled.'
    >>> CastRegistry(text, [(19, 27)], Lexicon.english()).canonical("Brown")
    'Mr. Brown'
    """

    def __init__(
        self, text: str, quote_ranges: list[tuple[int, int]], lexicon: Lexicon, headings: list[tuple[int, int]] | None = None
    ) -> None:
        self._names = Grammar.of(lexicon).names
        self._contraction = Grammar.of(lexicon).mentions.pronoun_in_contraction
        self._subjects = SubjectTest(text, lexicon)
        self._pronouns = PronounPatterns.of(lexicon)
        # A month that is also a given name (May, June) stays possible: the counts decide.
        months = self._names.calendar_words - lexicon.name_months
        self._not_names = lexicon.function_words | months | lexicon.fiction_titles | lexicon.interjections
        self._fiction_titles = lexicon.fiction_titles
        self._title_forms = lexicon.title_forms
        #: One-word titles of office that are no form of address (``councillor``, ``senator``).
        self._office_titles = frozenset(t for t in lexicon.titles - lexicon.fiction_titles if " " not in t)
        self._determiners = lexicon.determiners
        self._prepositions = lexicon.prepositions
        self._place_prepositions = lexicon.place_prepositions
        self._place_nouns = lexicon.place_nouns
        #: How often each word occurs, as written (``is_name_word`` compares a word's cases).
        self._words = count_words(text)
        #: Capitalised words the text writes in mid-sentence at least once (see :meth:`is_name_word`).
        self._mid_sentence = frozenset(_MID_SENTENCE_CAPITAL_RE.findall(text))
        self._openers = _Openers(text, self.is_name_word)
        self._quote_starts = [a for a, _ in quote_ranges]
        self._quote_ends = [b for _, b in quote_ranges]
        #: Headings (chapter titles, a list of contents): their names are no characters.
        self._heading_starts = [a for a, _ in headings or ()]
        self._heading_ends = [b for _, b in headings or ()]
        found = self._read_forms(text, self._names.cast_run_pattern)
        counts = self._counts
        votes, clean_votes, narration_forms, at_place = self._gender_evidence(text, found)
        del found  # every name's place: freed before the clusters and indexes are built (peak memory)
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
        self._gender: dict[_Form, Votes] = {}
        for form, form_votes in votes.items():
            self._gender.setdefault(self._root[form], Votes()).merge(form_votes)
        #: The evidence of names in a subject's place with no other name before the pronoun: it decides where all evidence is mixed.
        self._subject_gender: dict[_Form, Votes] = {}
        for form, form_votes in clean_votes.items():
            self._subject_gender.setdefault(self._root[form], Votes()).merge(form_votes)
        self._place_narration(narration_forms, at_place)
        self._index_names_and_titles(counts)
        self._canonical_of: dict[str, str | None] = {}

    def _read_forms(self, text: str, runs: regex.Pattern[str]) -> list[tuple[int, int, _Form]]:
        """Every name form the capitalised runs hold, with its offsets; counts them in ``_counts``."""
        counts: dict[_Form, int] = {}
        after_determiner: dict[_Form, int] = {}
        found: list[tuple[int, int, _Form]] = []
        seen: dict[str, tuple[_Form | None, int]] = {}
        for m in runs.finditer(text):
            run = m.group()
            known = seen.get(run)
            if known is None:
                known = seen[run] = self._form_of_run(run.split())
            form, offset = known
            if form is None or (self._heading_starts and self._in_heading(m.start())):
                continue
            if not form.title:
                # "the English", "an Indian", "the Marabar Hills": not a person's name.
                before = _PREV_WORD_RE.search(text, max(0, m.start() - 12), m.start())
                if before is not None and before.group(1).lower() in self._determiners:
                    after_determiner[form] = after_determiner.get(form, 0) + 1
                    continue
            counts[form] = counts.get(form, 0) + 1
            found.append((m.start() + offset, m.end(), form))
        self._counts = counts
        self._after_determiner = after_determiner
        return found

    def _gender_evidence(
        self, text: str, found: list[tuple[int, int, _Form]]
    ) -> tuple[dict[_Form, Votes], dict[_Form, Votes], list[tuple[int, _Form]], dict[_Form, int]]:
        """Gender votes per form, the forms named in narration, and how often each follows a place preposition.

        A form's evidence is its title, and the pronoun that follows it in
        narration unless a preposition precedes it (``at Pemberley, she``).
        """
        votes: dict[_Form, Votes] = {}
        clean: dict[_Form, Votes] = {}
        narration_forms: list[tuple[int, _Form]] = []
        at_place: dict[_Form, int] = {}
        for n, (start, end, form) in enumerate(found):
            g = self._names.title_gender(form.title)
            if g:
                votes.setdefault(form, Votes()).add(g, TITLE_VOTE)
            before = _PREV_WORD_RE.search(text, max(0, start - 20), start)
            if before is not None and before.group(1).lower() in self._place_prepositions:
                at_place[form] = at_place.get(form, 0) + 1
            if not self.inside_quote(start):
                narration_forms.append((start, form))
                if before is None or before.group(1).lower() not in self._prepositions:
                    g, at = self._pronouns.next_in_sentence(text, end)
                    if g:
                        votes.setdefault(form, Votes()).add(g, PRONOUN_VOTE)
                        # Clean evidence: a pronoun after the next name is as likely that
                        # name's, and one after an object (``met Eve. She``) its subject's.
                        if (n + 1 == len(found) or at < found[n + 1][0]) and not self._subjects.is_object(start):
                            clean.setdefault(form, Votes()).add(g, PRONOUN_VOTE)
        return votes, clean, narration_forms, at_place

    def _place_narration(self, narration_forms: list[tuple[int, _Form]], at_place: dict[_Form, int]) -> None:
        """Keep the narration occurrences of characters: not of places or kinds of people (see :func:`~quoteattr.resolve.forms.not_persons`)."""
        places = self._not_persons = _not_persons(self._root, self._mass, at_place, self._after_determiner, self._place_nouns)
        kept = [(start, root) for start, root in ((s, self._root[form]) for s, form in narration_forms) if root not in places]
        # Parallel lists and the offsets as machine integers: a tuple and an int object per name held ~100 bytes.
        self._narration_starts = array("q", [start for start, _ in kept])
        self._narration_roots = [root for _, root in kept]
        self._narration_names = [self._canonical[root] for root in self._narration_roots]
        self._antecedent_tables: dict[tuple[frozenset[str], str], Antecedents] = {}
        self._by_title: dict[str, list[int]] | None = None

    def names_no_person(self, written: str, name: str) -> bool:
        """True for a name mention (as *written*, and its *name*) that is a common word (``Shame!``), a place or a kind."""
        if self.is_common_word(name):
            return True
        found = self.canonical(written) or self.canonical(name)
        return found is not None and not self.is_person(found)

    def is_person(self, name: str) -> bool:
        """False for a cast name the text reads as a place or a kind of people (``in Bath``, ``an Italian``)."""
        return self._root_of(name) not in self._not_persons

    def _index_names_and_titles(self, counts: dict[_Form, int]) -> None:
        """Index characters by canonical name, forms by text, and titles by the character who holds them most."""
        self._root_by_name: dict[str, _Form] = {}
        for root, name in self._canonical.items():
            held = self._root_by_name.get(name)
            if held is None or self._mass[root] > self._mass[held]:
                self._root_by_name[name] = root
        self._evidence = CastEvidence(counts, self._root, self._canonical, self._root_by_name, self._gender)
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

    def is_name_word(self, word: str) -> bool:
        """True for a capitalised word the novel uses as a name (rarely lowercase).
        A pronoun's contraction (``I’m``, ``He'll``) never is, though ``I`` is always capitalised."""
        if not word or not word[0].isupper() or (len(word) > 1 and word.isupper()) or self._contraction(word):
            return False
        lower = word.lower()
        counts = self._words
        return lower not in self._not_names and counts.get(lower, 0) * 2 < counts.get(word, 0) and not self.is_common_word(word)

    def is_common_word(self, word: str) -> bool:
        """True for a word the novel writes in lowercase and capitalises only opening sentences (``Shame!``): no name."""
        return bool(self._words.get(word.lower(), 0)) and word not in self._mid_sentence

    def _surname_after_name(self, word: str) -> bool:
        """True for a capitalised common word after a first name: ``Heron`` in ``Ivo Heron``.

        After a name, the capital marks a surname though the word is a common noun
        (``stone``) too, if the text capitalises it :data:`_MIN_FULL_NAME` times.
        """
        if not word[:1].isupper() or word.isupper() or word.lower() in self._not_names:
            return False
        return self._words.get(word, 0) >= _MIN_FULL_NAME

    def _form_of_run(self, words: list[str]) -> tuple[_Form | None, int]:
        """The name form a capitalised run holds, and its offset in the run's text."""
        names = self._names
        words = [names.strip_possessive(w) for w in words]
        title_at = -1
        for i, w in enumerate(words[:-1]):
            if w.lower() in self._fiction_titles and (words[i + 1][0].isupper() or words[i + 1] in names.particles):
                title_at = i
        if title_at >= 0:
            name = [words[title_at + 1]]
            for w in words[title_at + 2 :]:
                if not (self.is_name_word(w) or w in names.particles or (len(w) == 2 and w.endswith("."))):
                    break
                name.append(w)
            if name[-1].isupper() and len(name[-1]) > 1:
                return None, 0
            title = words[title_at]
            return _Form(title, tuple(name)), sum(len(w) + 1 for w in words[:title_at])
        first = 0
        while first < len(words) and not self.is_name_word(words[first]):
            first += 1
        if first == len(words) or (first and words[first - 1].lower() in self._determiners):
            return None, 0
        if any(_ROMAN_RE.fullmatch(w) for w in words[first + 1 :]):
            return None, 0  # a heading: Chapter XII
        name = [words[first]]
        for w in words[first + 1 :]:
            if not (self.is_name_word(w) or w in names.particles or (len(name) == 1 and self._surname_after_name(w))):
                break
            name.append(w)
        if len(name) > 1 and self._openers.is_opener(name[0], name[1]):
            first += 1
            name.pop(0)
        if len(name) > 2 and name[0].lower() in self._office_titles:
            # "Councillor Mira Osei": an office before a full name is no part of it
            # (but "Dean Hart" may be a first name and a surname).
            first += 1
            name.pop(0)
        return _Form("", tuple(name)), sum(len(w) + 1 for w in words[:first])

    def _prefer_full_names(self, counts: dict[_Form, int]) -> None:
        """Name a character known by a first name by its full name when the novel gives one.

        ``Tom`` becomes ``Tom Reed`` when ``Tom Reed`` occurs at least
        :data:`_MIN_FULL_NAME` times: the full name is the name a reader looks up.
        Without one, a bare surname becomes its titled form (``Hollis`` ->
        ``Mr. Hollis``, see :func:`~quoteattr.resolve.forms.titled_surnames`).
        """
        titled = _titled_surnames(counts, self._root, self._canonical)
        for root, name in list(self._canonical.items()):
            if " " in name:
                continue
            if root in titled:
                self._canonical[root] = titled[root].text
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
                # A surname (Kemble): the one full name ending with it, if it dominates.
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

    def _cluster(self, counts: dict[_Form, int], votes: dict[_Form, Votes]) -> dict[_Form, _Form]:
        """Join each form to the dominant character among the longer forms containing it."""
        root: dict[_Form, _Form] = {}
        by_word: dict[str, list[_Form]] = {}
        for form in counts:
            for w in set(form.words):
                by_word.setdefault(sys.intern(w.lower()), []).append(form)
        self._by_word = by_word
        self._pairs: tuple[dict[tuple[str, str], list[_Form]], dict[str, list[_Form]], dict[_Form, int]] | None = None

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
            gender = self._names.title_gender(form.title) or gender_of(votes.get(form))
            mass: dict[_Form, int] = {}
            total = 0
            for other in self._containing(words):
                if other == form or other not in root:
                    continue
                other_words = {w.lower() for w in other.words}
                same_title = _title_key(other.title, self._title_forms) == _title_key(form.title, self._title_forms)
                # Two spellings of one title (Doctor Lane, Dr. Lane) name one character.
                if words == other_words and (form.title or not other.title) and not (form.title and same_title):
                    continue
                if form.title and not same_title:
                    continue
                if gender and self._names.title_gender(other.title) not in ("", gender):
                    continue
                r = find(other)
                mass[r] = mass.get(r, 0) + counts[other]
                total += counts[other]
            if mass:
                best = max(mass, key=lambda r: mass[r])
                # A frequent form does not join a rare one (Mr. Hollis and one
                # Mr. Peter Hollis are father and son).
                # But a bare surname is the one character its titled form names
                # (Lane, Dr. Lane) when no other character has the surname.
                titled_only = not form.title and len(words) == 1 and len(mass) == 1 and any(
                    o.title and len(o.words) == 1 and find(o) == best for o in self._containing(words) if o in root
                )
                if mass[best] >= _DOMINANCE * total and (titled_only or cluster_mass[best] * 4 >= counts[form]):
                    root[form] = best
                    cluster_mass[best] += counts[form]
        return {form: find(form) for form in counts}

    def _containing(self, words: set[str]) -> Iterable[_Form]:
        """Every form that holds all of *words* (lowercase), once each, in the order they were first read.

        A candidate holds every word, so it is in the list of any one of them:
        the list of the rarest word is read, unless it is long, when the list
        of the rarest pair of words is (an index built on first need).
        Walking the list of one common word (every ``Ann X`` for ``Ann Lee``)
        made clustering a cast of k first names and k surnames cost k^3.
        """
        by_word = self._by_word
        rarest = min(words, key=lambda w: len(by_word.get(w, ())))
        listed = by_word.get(rarest, ())
        if len(words) == 1:
            return dict.fromkeys(listed)
        if len(listed) <= _SHORT_LIST:
            return [f for f in dict.fromkeys(listed) if words <= {w.lower() for w in f.words}]
        if self._pairs is None:
            by_pair, long_by_word = _pair_index(self._counts)
            self._pairs = (by_pair, long_by_word, {form: i for i, form in enumerate(self._counts)})
        by_pair, long_by_word, order = self._pairs
        pair = min(itertools.combinations(sorted(words), 2), key=lambda p: len(by_pair.get(p, ())))
        paired = [f for f in by_pair.get(pair, ()) if words <= {w.lower() for w in f.words}]
        # Forms too long for the pair index, from the list of their rarest word.
        rarest = min(words, key=lambda w: len(long_by_word.get(w, ())))
        long = [f for f in long_by_word.get(rarest, ()) if words <= {w.lower() for w in f.words}]
        if not long:
            return paired
        return sorted(paired + long, key=order.__getitem__)

    def _in_heading(self, pos: int) -> bool:
        """True when *pos* lies in a heading."""
        k = bisect.bisect_right(self._heading_starts, pos) - 1
        return k >= 0 and pos < self._heading_ends[k]

    def inside_quote(self, pos: int) -> bool:
        """True when *pos* lies inside a quotation."""
        k = bisect.bisect_right(self._quote_starts, pos) - 1
        return k >= 0 and pos < self._quote_ends[k]

    def form(self, text: str) -> _Form | None:
        """The known form for a name as written (``Mr. Hollis``, ``Hollis's``), if any."""
        words = text.split()
        form, _offset = self._form_of_run(words)
        if form is not None and form in self._root:
            return form
        return None

    def canonical(self, text: str) -> str | None:
        """The usual name of the character a written name refers to, or None if unknown.

        Each spelling is looked up once (the registry does not change once built):
        a dialogue asks for the same few names on every turn.
        """
        cache = self._canonical_of
        if text not in cache:
            cache[text] = self._find_canonical(text)
        return cache[text]

    def _find_canonical(self, text: str) -> str | None:
        """:meth:`canonical`, looked up."""
        form = self.form(text)
        if form is not None:
            return self._canonical[self._root[form]]
        # A form the novel never writes on its own: the dominant character containing it.
        wanted, _offset = self._form_of_run(text.split())
        if wanted is None:
            return None
        words = {w.lower() for w in wanted.words}
        gender = self._names.title_gender(wanted.title)
        mass: dict[_Form, int] = {}
        for other in self._containing(words):
            if not gender or self._names.title_gender(other.title) in ("", gender):
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
        root = self._root_of(canonical)
        return self._root_gender(root) if root is not None else ""

    def _root_gender(self, root: _Form) -> str:
        """The gender of a character: all its evidence, else (mixed) the evidence of its subject places."""
        return gender_of(self._gender.get(root)) or gender_of(self._subject_gender.get(root))

    def _root_of(self, canonical: str) -> _Form | None:
        """The form that stands for a character given by its canonical name (or by one of its forms)."""
        return self._evidence.root_of(canonical)

    def votes(self, canonical: str) -> Votes | None:
        """The gender evidence counted for a character given by its canonical name (None if none)."""
        return self._evidence.votes(canonical)

    def written_names(self) -> dict[str, tuple[str, int]]:
        """Each name form written (``Mr. Hollis``): its character's usual name and how often (read-only)."""
        return self._evidence.written_names()

    def evidence(self) -> CastEvidence:
        """The names and gender votes the quotes' identities read, without the rest of the cast (see :class:`CastEvidence`)."""
        return self._evidence

    def resolve_pronoun(
        self, position: int, gender: str, persons: frozenset[str] = frozenset(), exclude: str = "", known_only: bool = False
    ) -> str | None:
        """The character last named in narration before *position* whose gender is *gender* (its sentence's subject first).

        When *persons* (the names known to speak) is given, only they are
        antecedents, a character of unknown gender included: the pronoun of a
        speaker refers to someone who speaks, not to a place (``in Bristol,
        he said``) or a character who never does; and a speaker known to be
        of that gender comes before one of unknown gender (``she`` after
        ``Ann and Ravi met`` is Ann when Ann is known to be a woman).
        *exclude* skips one character.  With *known_only* (and *persons*) a
        character of unknown gender is never the answer.
        """
        excluded = (exclude,) if exclude else ()
        if persons:
            known = self._antecedents(persons, _KNOWN_GENDER + gender).find(position, _CAST_PRONOUN_REACH, excluded)
            if known is not None or known_only:
                return known
        return self._antecedents(persons, gender).find(position, _CAST_PRONOUN_REACH, excluded)

    def last_character(self, position: int, title: str) -> str | None:
        """The character with *title* (``the Colonel``) last named in narration before *position*."""
        lower = title.lower().rstrip(".")
        if self._by_title is None:
            # Every narration name by the titles its character holds, in text order.
            by_title: dict[str, list[int]] = {}
            for k, root in enumerate(self._narration_roots):
                for held in self._titles.get(root, ()):
                    by_title.setdefault(held, []).append(k)
            self._by_title = by_title
        named = self._by_title.get(lower)
        if named:
            i = bisect.bisect_right(named, bisect.bisect_left(self._narration_starts, position) - 1) - 1
            if i >= 0 and self._narration_starts[named[i]] >= position - _CAST_PRONOUN_REACH:
                return self._canonical[self._narration_roots[named[i]]]
        # Not named lately: the character the novel most often calls by that title.
        best = self._title_holder.get(lower)
        return self._canonical[best] if best is not None else None

    def named_between(self, start: int, end: int) -> bool:
        """True when narration names a character between *start* and *end*."""
        k = bisect.bisect_left(self._narration_starts, start)
        return k < len(self._narration_starts) and self._narration_starts[k] < end

    def names_between(self, start: int, end: int) -> list[str]:
        """The characters narration names between *start* and *end*, in text order (usual names)."""
        a = bisect.bisect_left(self._narration_starts, start)
        b = bisect.bisect_left(self._narration_starts, end)
        return self._narration_names[a:b]

    def recent_person(
        self, position: int, persons: frozenset[str], exclude: frozenset[str] = frozenset()
    ) -> str | None:
        """The person last named in narration before *position* (its sentence's subject first): one of *persons* (the names known to speak) first.

        Only when no speaker is named within reach is a name with a gender
        taken (the listener of ``Dora found Mr. Grove``): a gendered name that
        never speaks is as often a place read with a pronoun (``in Bath, she``)
        or a person only talked about.
        """
        found = self._antecedents(persons, _SPEAKERS).find(position, _CAST_PRONOUN_REACH, exclude)
        return found or self._antecedents(persons, "").find(position, _CAST_PRONOUN_REACH, exclude)

    def _antecedents(self, persons: frozenset[str], gender: str) -> Antecedents:
        """The narration names that may be the antecedent, built once per *persons* and *gender*.

        With a *gender*, the pronoun's antecedents (see :meth:`resolve_pronoun`);
        with :data:`_KNOWN_GENDER` before it, a speaker known to be of that
        gender; with :data:`_SPEAKERS`, the names in *persons*; with "", a name in
        *persons* or of a known gender (both for :meth:`recent_person`).  A
        dialogue asks on every turn; walking back over every name in reach (of
        the other gender, places, the excluded speaker named again and again)
        made each turn cost hundreds of steps.
        """
        key = (persons, gender)
        table = self._antecedent_tables.get(key)
        if table is None:
            fits: list[bool] = []
            for root in self._narration_roots:
                name = self._canonical[root]
                own = self._root_gender(root)
                if gender == _SPEAKERS:
                    fits.append(name in persons)
                elif not gender:
                    fits.append(name in persons or bool(own))
                elif gender.startswith(_KNOWN_GENDER):
                    fits.append(name in persons and own == gender.removeprefix(_KNOWN_GENDER))
                elif persons:
                    fits.append(name in persons and (own == gender or not own))
                else:
                    fits.append(own == gender)
            pronoun = bool(gender) and gender != _SPEAKERS  # a pronoun, and the person last named, mean a subject first
            table = self._antecedent_tables[key] = Antecedents(
                self._narration_starts, self._narration_names, fits, 1 if pronoun else 3, self._subjects,
                gender.removeprefix(_KNOWN_GENDER) if pronoun else ANY_PERSON,
            )
        return table
