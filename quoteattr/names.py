"""Stage 3 and 5, name grammar: how a person's name is written.

Titles (``Chilean President``, ``Sen.``), honorifics kept on a surname
(``Mrs. Lane``), particles inside a name (``van``, ``bin``), suffixes
(``Jr.``), initials, possessive endings, and the words that sit next to a
name without belonging to it (sentence-initial function words, days of the
week).  Mention reading (:mod:`quoteattr.mentions`), news name resolution
(:mod:`quoteattr.resolve.news`) and the fiction cast
(:mod:`quoteattr.resolve.cast`) read names through one :class:`Names`, built
once per :class:`~quoteattr.lang.Lexicon`, so all three read a name alike.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from quoteattr.lang import Lexicon
from quoteattr.text.chars import APOSTROPHE, APOSTROPHES, RIGHT_SINGLE
from quoteattr.text.tokens import Token

#: A character inside a name word: a letter, a mark or an apostrophe.
NAME_CHAR = r"[\p{L}\p{M}" + APOSTROPHES + r"]"

#: The most hyphenated parts a name word has after its first
#: (``Ould-Abdallah-Ba`` has two).  Bounded because the regex engine keeps
#: about a hundred bytes per repetition of a group while it matches: an
#: unbounded repetition read a megabyte of ``A-A-A-...`` as one word and held
#: a hundred megabytes doing it.
NAME_WORD_HYPHENS = 10

#: One capitalised word of a name: letters, marks and apostrophes, with
#: hyphenated parts (``O'Neill``, ``Jean-Luc``, ``al-Assad`` after a particle).
NAME_WORD = r"\p{Lu}" + NAME_CHAR + r"*(?:-\p{L}" + NAME_CHAR + r"*){0," + str(NAME_WORD_HYPHENS) + "}"

#: :data:`NAME_WORD` after its capital, taken possessively (never giving a
#: character back): for a pattern in which what follows a name word can be
#: neither a name character nor a hyphen, so that backtracking into it is
#: wasted work.
NAME_WORD_TAIL = NAME_CHAR + r"*+(?:-\p{L}" + NAME_CHAR + r"*+){0," + str(NAME_WORD_HYPHENS) + "}+"


#: The most words a capitalised run holds after its first, and the most
#: particles in a row inside it (``de la``): a longer run is read as several.
#: Bounded for the reason :data:`NAME_WORD_HYPHENS` is: a run of a million
#: capitalised words held about 250 bytes per character while it was matched.
RUN_WORDS = 40
#: Lowercase particles that may stand between two name words (``Anna van der Berg``).
_MAX_PARTICLES = 3
RUN_PARTICLES = 4


class Names:
    """The name grammar of one lexicon.

    >>> names = Names(Lexicon.english())
    >>> names.split_titles(["Chilean", "President", "Ana", "Pires"])
    (2, '', '')
    >>> names.split_titles(["Mrs.", "Lane"])
    (1, 'Mrs.', 'f')
    >>> names.title_gender("Sir"), names.title_gender("Senator")
    ('m', '')
    """

    # Slots: the hot paths read these attributes on every token.
    __slots__ = (
        "titles", "title_words", "_title_heads", "_honorifics", "_title_genders", "particles",
        "_suffixes", "calendar_words", "_weekdays", "_abbreviations", "_leading_skips",
        "not_people", "possessive_endings", "particle_alternation", "dotted_titles",
        "run_pattern", "cast_run_pattern", "_name_months", "_before_dates", "_modal_subjects",
        "title_nouns", "_roles",
    )

    def __init__(self, lexicon: Lexicon) -> None:
        self.titles = lexicon.titles
        #: Every word that occurs in some title (``prime``, ``minister``, ``sen.``).
        self.title_words: frozenset[str] = frozenset(w for t in lexicon.titles for w in t.split())
        #: The first word of every title (``vice`` of ``vice president``).
        self._title_heads = frozenset(title.split()[0] for title in lexicon.titles)
        self._honorifics = lexicon.honorifics
        self._title_genders = lexicon.title_genders
        self.particles = lexicon.name_particles
        self._suffixes = lexicon.name_suffixes
        #: Capitalised words that are never part of a person's name.
        self.calendar_words: frozenset[str] = frozenset(lexicon.calendar_words)
        #: The days of the week, which also close a run without belonging to it.
        #: Month names do not: ``Theresa May``, ``June`` and ``August`` are names too.
        self._weekdays = frozenset(w for w, kind in lexicon.calendar_words.items() if kind == "weekday")
        self._abbreviations = lexicon.abbreviations
        self._name_months = lexicon.name_months
        #: Words after which a month is a date (in May, last June), not a person.
        self._before_dates = lexicon.prepositions | lexicon.date_openers | lexicon.determiners
        #: Pronouns after which a capitalised month is the modal (May I?, May we go?).
        self._modal_subjects = frozenset(lexicon.pronouns)
        #: Abbreviated titles to the role nouns each stands for (``sen.``: ``senator``; ``rep.``: three).
        self.title_nouns = lexicon.title_nouns
        self._roles = lexicon.roles
        #: Capitalised words that open a run without belonging to the name after them.
        self._leading_skips = lexicon.function_words | self.calendar_words
        #: Capitalised words that never stand for a person on their own.
        self.not_people: frozenset[str] = self._leading_skips | frozenset(lexicon.roles) | lexicon.titles
        endings = tuple(lexicon.possessive_endings)
        #: The possessive endings in either case (``'s``, ``'S``), for ``str.endswith``.
        self.possessive_endings = endings + tuple(e.upper() for e in endings)
        #: The name particles as one alternation, longest first (``del`` before ``de``).
        self.particle_alternation = "|".join(
            regex.escape(p) for p in sorted(lexicon.name_particles, key=lambda p: (-len(p), p))
        )
        #: The title abbreviations, capitalised, longest first (``Mrs`` before ``Mr``).
        self.dotted_titles = sorted(
            (a.capitalize() for a, kind in lexicon.abbreviations.items() if kind == "title"),
            key=lambda a: (-len(a), a),
        )
        self.run_pattern = self._run_pattern()
        self.cast_run_pattern = self._cast_run_pattern()

    def _run_pattern(self) -> regex.Pattern[str]:
        """A run of capitalised words, as the news registry reads a name.

        Particles may stand between the words, and at most one line break
        between two words (hard-wrapped novels).  A word keeps a period when a
        capitalised word follows (``Mr. Smith``, an initial: ``J. Smith``);
        :meth:`split_run` then cuts the run after a period that is not an
        abbreviation's (``Smith. The``).  The pattern opens with a plain letter
        class and has no case-insensitive alternation, so the engine skips
        ahead fast: the whole pass runs at tens of MB/s.
        """
        return regex.compile(
            r"(?<![\p{L}\p{N}" + APOSTROPHES + r"])"
            + NAME_WORD
            + r"(?:\.(?=\s{1,3}\p{Lu}))?"
            + r"(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)"
            + r"(?:(?:"
            + self.particle_alternation
            + r")[ \t]+)?"
            + NAME_WORD
            + r"(?:\.(?=\s{1,3}\p{Lu}))?){0,"
            + str(RUN_WORDS)
            + "}"
        )

    def _cast_run_pattern(self) -> regex.Pattern[str]:
        """A run of capitalised words, as the fiction cast reads a name.

        A word is a dotted title, an initial or a capitalised word; only
        capitalised abbreviations keep a period, so a sentence end splits
        runs.  Simpler (and faster) than :meth:`_run_pattern`, as fiction has
        few dotted titles.
        """
        word = r"(?:(?:" + "|".join(self.dotted_titles) + r")\.|\p{Lu}\.(?!\p{L})|" + NAME_WORD + ")"
        # The particles before a word are taken all at once (possessive): giving
        # one back only helps if a word could start where a particle does, which
        # cannot happen while no particle is capitalised.  Backtracking over a
        # run of particles (``Ab de de de ... x``) from every break of it was
        # quadratic in the regex engine.
        lowercase = not any(p[:1].isupper() for p in self.particles)
        particles = r"(?:(?:" + self.particle_alternation + r")[ \t]+){0," + str(RUN_PARTICLES) + "}" + ("+" if lowercase else "")
        return regex.compile(
            r"(?<![\p{L}\p{N}" + APOSTROPHES + r".])"
            + word
            + r"(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)"
            + particles
            + word
            + r"){0,"
            + str(RUN_WORDS)
            + "}"
        )

    def title_gender(self, title: str) -> str:
        """``m``, ``f`` or "" for the gender a title implies (``Mrs.`` is ``f``)."""
        return self._title_genders.get(title.lower(), "")

    def title_keys(self, prefix: list[str]) -> list[str]:
        """The registry keys of a name's lowercased title words: each one, and `` senator`` for a ``sen.``.

        An abbreviation after a person noun written in full is part of that
        office, not a rank of its own: ``Attorney Gen. Ada Roe`` is no ``the
        general``; ``Lt. Gen.`` and ``U.S. Rep.`` keep theirs.
        """
        keys: list[str] = []
        before = ""
        for lower in prefix:
            if lower in self.title_words:
                keys.append(lower)
                if before.endswith(".") or before not in self._roles:
                    keys.extend(" " + noun for noun in self.title_nouns.get(lower, ()))
            before = lower
        return keys

    def split_titles(self, words: Sequence[str]) -> tuple[int, str, str]:
        """Find where a name starts after its titles.

        Titles and the capitalised words before them are dropped up to the last
        title (``Chilean President Ana Pires``); a title must leave at least one
        word after it (``Rep. Peter King``, not ``King``).

        Returns:
            The index of the first name word, the social honorific seen (or ""),
            and the gender the titles imply (``m``, ``f`` or "").
        """
        start = 0
        honorific = ""
        gender = ""
        lowered = [w.lower() for w in words]
        if self.title_words.isdisjoint(lowered[:-1]):
            return start, honorific, gender
        titles, heads = self.titles, self._title_heads
        k = 0
        while k < len(words) - 1:
            if lowered[k] not in heads:
                k += 1  # no title starts with this word
                continue
            matched = 0
            for n in (3, 2, 1):
                if k + n < len(words) and " ".join(lowered[k : k + n]) in titles:
                    matched = n
                    break
            if not matched:
                k += 1
                continue
            title = " ".join(lowered[k : k + matched])
            if title in self._honorifics:
                honorific = words[k]
            gender = self.title_gender(title) or gender
            k += matched
            start = k
        return start, honorific, gender

    def is_possessive(self, word: str) -> bool:
        """True for ``Roe's`` and ``Roe’s``, in either case (``ROE'S``)."""
        return word.endswith(self.possessive_endings)

    def strip_possessive(self, word: str) -> str:
        """Drop a possessive ending from a name word.

        >>> names = Names(Lexicon.english())
        >>> names.strip_possessive("Roe's"), names.strip_possessive("ROE’S"), names.strip_possessive("Ross")
        ('Roe', 'ROE', 'Ross')
        """
        endings = self.possessive_endings
        if not word.endswith(endings):
            return word  # one test for the common case
        for ending in endings:
            if word.endswith(ending):
                return word[: -len(ending)]
        return word

    def bare_word(self, word: str) -> str:
        """A one-word name as an index knows it: no final period, no possessive (``Pires's.`` -> ``Pires``)."""
        return self.strip_possessive(word.rstrip("."))

    def is_name_token(self, tok: Token) -> bool:
        """True for a token that can be part of a name run: capitalised, a suffix, or ``al-Assad``."""
        word = tok.text
        lower = word.lower()
        if lower in self.calendar_words:
            return False
        if word[0].isupper():
            return True
        if lower in self._suffixes:
            return True
        # al-Assad, el-Sisi: a lowercase particle glued to a capitalised name.
        dash = word.find("-")
        return 0 < dash < len(word) - 1 and word[dash + 1].isupper()

    def given_month_at(self, tokens: list[Token], k: int) -> bool:
        """True for a month at token *k* that stands as a given name (``said May.``,
        ``Miss June``), not as the month (``in May``, ``May 4``) or the modal (``May I?``).

        >>> from quoteattr.text.tokens import tokenize
        >>> names = Names(Lexicon.english())
        >>> [names.given_month_at(tokenize(s), 1) for s in ("said May.", "in May.", "said May 4", "Yes. May I?")]
        [True, False, False, False]
        """
        word = tokens[k].text
        if not (word[:1].isupper() and word[1:].islower() and word.lower() in self._name_months):
            return False
        if k > 0 and tokens[k - 1].text.lower() in self._before_dates:
            return False
        nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
        return not (nxt[:1].isdigit() or nxt.lower() in self._modal_subjects)

    def name_run_start(self, tokens: list[Token], a: int, b: int) -> int:
        """Where the run of name words that ends at token *b* starts, at *a* or later.

        Lowercase particles between two name words belong to the run (Ludwig van Berg,
        Mr. van der Berg): up to :data:`_MAX_PARTICLES` of them.

        >>> from quoteattr.text.tokens import tokenize
        >>> Names(Lexicon.english()).name_run_start(tokenize("composer Ludwig van Berg"), 0, 3)
        1
        """
        is_name = self.is_name_token
        r = b
        while r - 1 >= a:
            if is_name(tokens[r - 1]) or self.given_month_at(tokens, r - 1):
                r -= 1
                continue
            p = r - 1
            while p >= a and r - p <= _MAX_PARTICLES and tokens[p].text in self.particles:
                p -= 1
            if p < r - 1 and p >= a and is_name(tokens[p]):
                r = p
            else:
                break
        return r

    def read_name(self, run_words: list[str], lowered: list[str]) -> tuple[int, list[str], str, str]:
        """Drop leading function words and titles from a capitalised run (see :meth:`split_titles`).

        *lowered* holds the run's words in lowercase.  Returns how many words were
        dropped, the name words (possessive ``'s`` removed; empty when nothing is
        left), the honorific kept (or "") and the gender the titles imply.
        A weekday that ends the run is dropped too (``Ana Pires Tuesday``).

        >>> Names(Lexicon.english()).read_name(["But", "President", "Ana", "Pires's"], ["but", "president", "ana", "pires's"])
        (2, ['Ana', 'Pires'], '', '')
        """
        # Leading function and calendar words are capitalised only because a
        # sentence starts there ("But Pires", "Monday Pires").
        skip = 0
        while skip < len(lowered) and lowered[skip] in self._leading_skips:
            skip += 1
        honorific = gender = ""
        if not self.title_words.isdisjoint(lowered[skip:-1]):
            titles, honorific, gender = self.split_titles(run_words[skip:])
            skip += titles
        # "said Smith Tuesday": news puts the day straight after the name.
        end = len(lowered)
        while end > skip and lowered[end - 1] in self._weekdays:
            end -= 1
        words = run_words[skip:end]
        joined = "".join(words)  # one string to search, not a generator per word
        if APOSTROPHE in joined or RIGHT_SINGLE in joined:
            words = [self.strip_possessive(w) for w in words]
        return skip, words, honorific, gender

    def ends_sentence(self, word: str) -> bool:
        """True for a word whose period ends a sentence, not an abbreviation (``Smith.``, not ``Mr.``)."""
        return word.endswith(".") and len(word) > 2 and word[:-1].lower() not in self._abbreviations

    def split_run(self, run: str, start: int) -> list[tuple[int, list[str]]]:
        """Cut a capitalised run after every period that does not belong to an abbreviation.

        Returns ``(offset, words)`` pieces.

        >>> Names(Lexicon.english()).split_run("Mr. Smith. The", 0)
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
            if self.ends_sentence(word):
                words.append(word[:-1])
                pieces.append((piece_start, words))
                words = []
            else:
                words.append(word)
        if words:
            pieces.append((piece_start, words))
        return pieces

    def has_sentence_end(self, run: str) -> bool:
        """True when :meth:`split_run` would cut *run*.

        Most runs with a period hold only titles and initials (``Mr. Smith``,
        ``U.S. Senate``), which stay one piece.

        >>> names = Names(Lexicon.english())
        >>> names.has_sentence_end("Mr. Smith"), names.has_sentence_end("Smith. The")
        (False, True)
        """
        return any(self.ends_sentence(word) for word in run.split())


@functools.lru_cache(maxsize=4096)
def norm(words: str) -> str:
    """Casefolded words, periods dropped, single spaces: ``Mr.  Smith`` -> ``mr smith``.

    Cached: the identities and the alias links normalise the same few names
    again and again."""
    return " ".join(words.casefold().replace(".", " ").split())
