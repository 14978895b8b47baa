"""Stage 3b: speaker mentions next to a cue.

A speaker mention is read from the tokens around a cue verb:

* backwards from the cue for its subject (``Pires stated``, ``Hugh Hill,
  a doctor at the clinic, said``, ``a spokeswoman for the company said``),
  skipping auxiliaries and adverbs (``has also said``, ``later added``);
* forwards from the cue for an inverted subject (``said Sen. Bob Smith``).

A phrase becomes a *name* (a run of capitalised words with particles,
initials and suffixes, titles dropped from its ``name``), a *pronoun*, a
*description* (``the former president``) or a *group* (``officials``).
:class:`Mentions` reads them with one lexicon's words; it is built once per
:class:`~quoteattr.lang.Lexicon` (see :mod:`quoteattr.grammar`).
"""

from __future__ import annotations

import regex

from quoteattr.apposition import name_before_place, whose_owner
from quoteattr.cues import Cues
from quoteattr.dateline import skip_dateline
from quoteattr.document import Mention
from quoteattr.lang import Lexicon
from quoteattr.names import Names
from quoteattr.text.chars import APOSTROPHE, APOSTROPHES, DASHES, RIGHT_SINGLE
from quoteattr.text.tokens import Token

#: A lowercase -ly word shorter than this (``fly``, ``ally``) is not read as an adverb ending a subject.
_MIN_ADVERB = 5


def is_word(tok: Token) -> bool:
    """True for a word token (starts with a letter or digit)."""
    return tok.text[0].isalnum()


class Mentions:
    """The mention reader of one lexicon.

    >>> from quoteattr.text.tokens import tokenize
    >>> lexicon = Lexicon.english()
    >>> mentions = Mentions(lexicon, Cues(lexicon), Names(lexicon))
    >>> t = tokenize("Chilean President Ana Pires")
    >>> mentions.classify_phrase(t, 0, 3).name
    'Ana Pires'
    """

    # Slots: the hot paths read these attributes on every token.
    __slots__ = (
        "_cues", "_names", "_roles", "_function_words", "_determiners", "_non_determiners",
        "_forward_stops", "_backward_stops", "_pronouns", "_pronoun_speakers",
        "_narration_pronouns", "_relative_pronouns", "_clitics", "_prepositions", "_non_heads",
        "_skippable", "_time_phrase_ends", "_time_phrase_words", "_date_openers",
        "_adverbial_openers", "_clause_conjunctions", "_verb_markers",
        "_cue_verbs", "_phrase_stops", "_maybe_skipped", "_never_last", "_adverb", "_past",
        "_plural", "_participles", "_mention_hint", "_calendar_words", "_plain_time_words", "_name_auxiliaries",
    )

    def __init__(self, lexicon: Lexicon, cues: Cues, names: Names) -> None:
        self._cues = cues
        self._names = names
        self._roles = lexicon.roles
        self._function_words = lexicon.function_words
        #: Words that start a noun phrase; reading backwards, the phrase stops after one.
        self._determiners = lexicon.determiners
        #: Function words that cannot open a noun phrase (prepositions, conjunctions, "that").
        self._non_determiners = lexicon.function_words - lexicon.determiners
        #: Reading forwards from an inverted cue (``said Smith in a statement``), these end the phrase.
        self._forward_stops = (self._non_determiners - lexicon.phrase_prepositions) | lexicon.inverted_subject_stops
        #: Reading backwards from a cue, these end the subject phrase.
        self._backward_stops = self._non_determiners - lexicon.phrase_prepositions
        self._pronouns = lexicon.pronouns
        self._pronoun_speakers = frozenset(lexicon.pronouns)
        #: "it" speaks next to a cue ("...," it said) but is rarely a sentence's speaker otherwise.
        self._narration_pronouns = self._pronoun_speakers - lexicon.cue_only_pronouns
        self._relative_pronouns = lexicon.relative_pronouns
        self._clitics = lexicon.clitics
        self._prepositions = lexicon.prepositions
        self._non_heads = lexicon.non_heads
        #: Auxiliaries and adverbs between a subject and its cue (``Smith has also said``).
        self._skippable = lexicon.auxiliaries_adverbs
        self._time_phrase_ends = lexicon.time_phrase_ends
        self._time_phrase_words = lexicon.time_phrase_words
        self._date_openers = lexicon.date_openers
        self._adverbial_openers = lexicon.adverbial_openers
        #: Day and month names count as time only when capitalised (``May`` not ``may``).
        self._calendar_words = names.calendar_words
        self._plain_time_words = lexicon.time_words
        self._clause_conjunctions = lexicon.clause_conjunctions
        #: Lowercase words that end a subject noun phrase because a verb starts there.
        self._verb_markers = lexicon.auxiliaries_adverbs | lexicon.predicate_starters | lexicon.irregular_pasts | lexicon.short_pasts
        self._cue_verbs = lexicon.cue_verbs
        self._adverb = lexicon.endings_of("adverb")
        self._past = lexicon.endings_of("past")
        self._plural = lexicon.endings_of("plural")
        self._participles = lexicon.endings_of("present participle") + self._past
        #: Words a speaker phrase never ends with: function words, auxiliaries and adverbs.
        self._never_last = lexicon.function_words | lexicon.auxiliaries_adverbs
        #: Auxiliaries that are also given names: capitalised, a name (said Will, Will said).
        self._name_auxiliaries = lexicon.auxiliaries_adverbs & frozenset(lexicon.nicknames)
        self._phrase_stops = self._backward_stops | self._pronoun_speakers | cues.heads
        #: Every word skip_back may step over, for one test in the common case.
        self._maybe_skipped = (
            self._skippable | names.calendar_words | lexicon.time_phrase_ends | frozenset({")"})
        )
        # What first_mention needs to find anything: a capital (a name word, or
        # the capital after al- or el-), or a narration pronoun or a name suffix
        # written as a word of its own, in any case (a word starts with a letter
        # or digit: a mark before one is a token of its own).
        words = sorted(self._narration_pronouns | lexicon.name_suffixes, key=lambda w: (-len(w), w))
        self._mention_hint = regex.compile(
            r"\p{Uppercase}|(?i:(?<![\p{L}\p{N}])(?:"
            + "|".join(regex.escape(w) for w in words)
            + r")(?![\p{L}\p{M}\p{N}]))"
        )

    # -- phrases -----------------------------------------------------------

    def pronoun_in_contraction(self, word: str) -> int:
        """Length of the subject pronoun at the start of a contraction (``He's``), or 0."""
        if APOSTROPHE not in word and RIGHT_SINGLE not in word:
            return 0  # the common case: no clitic at all
        for sep in APOSTROPHES:
            head, found, tail = word.partition(sep)
            if found and head.lower() in self._pronoun_speakers and tail.lower() in self._clitics:
                return len(head)
        return 0

    def _pronoun_gender(self, pronoun: str) -> str:
        """The gender of a subject pronoun, or "" when it has none."""
        gender = self._pronouns[pronoun].gender
        return gender if gender in ("m", "f") else ""

    def _name_mention(self, tokens: list[Token], a: int, b: int) -> Mention | None:
        """Build a name mention from tokens ``a..b`` (inclusive), titles dropped from ``name``."""
        # A capitalised function word before the name ("When Mr. Hale", "From Ann
        # Lee") opened the sentence: it is neither in the name nor in the mention.
        # An article stays in the mention (The Ledger), though not in the name.
        while a < b and tokens[a].text.lower() in self._non_determiners:
            a += 1
        names = self._names
        skip, honorific, gender = names.split_titles([t.text for t in tokens[a : b + 1]])
        words = [names.strip_possessive(t.text) for t in tokens[a + skip : b + 1]]
        while words and words[0].lower() in self._function_words and len(words) > 1:
            words.pop(0)
        if not words:
            return None
        name = " ".join(words)
        if honorific and len(words) == 1:
            name = honorific + " " + name
        return Mention(tokens[a].start, tokens[b].end, "name", name, gender, honorific)

    def _description(self, tokens: list[Token], a: int, b: int) -> Mention:
        """A description or group mention covering tokens ``a..b``."""
        last = tokens[b].text.lower()
        roles = self._roles
        kind = (
            "group"
            if roles.get(last) == "group" or (last.endswith(self._plural) and last not in roles)
            else "description"
        )
        text_words = " ".join(t.text for t in tokens[a : b + 1])
        return Mention(tokens[a].start, tokens[b].end, kind, text_words, "", "")

    def classify_phrase(self, tokens: list[Token], a: int, b: int) -> Mention | None:
        """Read tokens ``a..b`` (inclusive) as a speaker mention, or return None."""
        if a > b:
            return None
        last = tokens[b]
        last_lower = last.text.lower()
        if a == b:
            if last_lower in self._pronoun_speakers:
                return Mention(last.start, last.end, "pronoun", last.text, self._pronoun_gender(last_lower), "")
            n = self.pronoun_in_contraction(last.text)
            if n:
                pronoun = last.text[:n]
                return Mention(last.start, last.start + n, "pronoun", pronoun, self._pronoun_gender(pronoun.lower()), "")
        if not is_word(last) or last_lower in self._never_last and not self._is_name_auxiliary(tokens, b):
            return None
        names = self._names
        possessive = names.possessive_endings  # str.endswith, not a call per word
        if last.text.endswith(possessive):
            return None  # the president's remarks: the possessor modifies, it does not speak
        if tokens[a].text.lower() in self._determiners and not (
            tokens[a].text[0].isupper() and all(names.is_name_token(t) for t in tokens[a + 1 : b + 1])
        ):
            return self._determiner_phrase(tokens, a, b)
        # Everything after the last possessive is the head (Pires's spokesman).
        for p in range(b - 1, a - 1, -1):
            if tokens[p].text.endswith(possessive):
                head = self.classify_phrase(tokens, p + 1, b)
                if head is not None and head.kind in ("description", "group"):
                    return self._description(tokens, a, b)
                return head
        roles = self._roles
        # A role noun heads a phrase with capitalised modifiers: "Border Patrol agents",
        # "Democratic presidential candidate", "White House officials".
        if last_lower in roles and last.text.islower() and b > a and b - a <= 5:
            return self._description(tokens, a, b)
        # A trailing run of name words is a name (Lund spokeswoman Ines Valdez).
        r = names.name_run_start(tokens, a, b)
        if names.is_name_token(last) or names.given_month_at(tokens, b):
            if r == b and last_lower in roles:
                # Sentence-initial "Officials" or "Police": a group, not a name.
                return self._description(tokens, b, b)
            # Include lowercase titles just before the run in the span (former president Pires).
            mention = self._name_mention(tokens, r, b)
            if mention is not None and mention.name.lower() in names.titles:
                return self._description(tokens, a, b)
            return mention
        # Bare lowercase phrases speak only when headed by a role (officials, about 200 protesters).
        if last_lower in roles and b - a <= 4 and all(t.text.islower() or t.text.isdigit() for t in tokens[a : b + 1]):
            return self._description(tokens, a, b)
        return None

    def _determiner_phrase(self, tokens: list[Token], a: int, b: int) -> Mention | None:
        """A phrase that opens with a determiner: a description, or the name it ends with."""
        last = tokens[b]
        if b == a or last.text.lower() in self._non_heads or not last.text.replace("-", "").isalnum():
            return None  # but "the 46-year-old" is a description
        # A name ending a description with no preposition before it is the speaker (the
        # former president Ana Pires), not after "for"/"of" (a spokesman for Pires).
        names = self._names
        if names.is_name_token(last) and not any(t.text.lower() in self._prepositions for t in tokens[a + 1 : b]):
            r = names.name_run_start(tokens, a + 1, b)
            mention = self._name_mention(tokens, r, b)
            # One name word only after a role noun (her brother Tom); not after the
            # determiner (the Times) or an adjective, often a nationality (the young Dane).
            one_word = r > a + 1 and tokens[r - 1].text in self._roles
            if mention is not None and mention.name.lower() not in names.titles and (" " in mention.name or one_word):
                return mention
        return self._description(tokens, a, b)

    def _is_name_auxiliary(self, tokens: list[Token], k: int) -> bool:
        """True for a capitalised auxiliary or month that is a given name (``Will``, ``May``), not the modal."""
        return (w := tokens[k].text)[0].isupper() and w.lower() in self._name_auxiliaries or self._names.given_month_at(tokens, k)

    def is_person_role(self, word: str) -> bool:
        """True for a noun or title that names one person's role (``mayor``, ``spokeswoman``)."""
        lower = word.lower()
        return lower in self._names.title_words or self._roles.get(lower) == "person"

    def is_role(self, word: str) -> bool:
        """True for a role or group noun of the lexicon (``spokeswoman``, ``officials``)."""
        return word.lower() in self._roles

    # -- subjects next to a cue --------------------------------------------

    def skip_back(self, tokens: list[Token], j: int, lo: int) -> int:
        """Index of the first token at or left of *j* that is not an auxiliary or adverb.

        Move left over auxiliaries, adverbs and time phrases that separate a subject from its cue.
        """
        skippable, roles, maybe, adverb = self._skippable, self._roles, self._maybe_skipped, self._adverb
        while j >= lo:
            lower = tokens[j].text.lower()
            if lower not in maybe and not lower.endswith(adverb) or self._is_name_auxiliary(tokens, j):
                break  # the common case: the subject's last word
            if lower == ")":
                # A parenthesis between subject and cue: Sen. Jane Roe (D-Ohio) said.
                k = j - 1
                while k >= lo and j - k < 10 and tokens[k].text != "(":
                    k -= 1
                if k < lo or tokens[k].text != "(":
                    break
                j = k - 1
            elif lower in skippable or (
                # An -ly adverb (later, quickly), but not a role noun (family, ally).
                lower.endswith(adverb) and tokens[j].text.islower() and len(lower) > 4 and lower not in roles
            ):
                j -= 1
            elif lower in self._names.calendar_words and j - 1 >= lo and tokens[j - 1].text.lower() in self._date_openers:
                j -= 2
            elif lower in self._time_phrase_ends:
                # The ministry only three days ago said ...
                j -= 1
                words = self._time_phrase_words
                while j >= lo and j > 0 and (tokens[j].text.isdigit() or tokens[j].text.lower() in words):
                    j -= 1
            else:
                break
        return j

    def subject_before(self, tokens: list[Token], k: int, lo: int = 0) -> Mention | None:
        """The subject of the cue at token *k*, read backwards but not before token *lo*.

        >>> from quoteattr.grammar import Grammar
        >>> from quoteattr.text.tokens import tokenize
        >>> t = tokenize("Hugh Hill, a doctor at the clinic, has said")
        >>> Grammar.of(Lexicon.english()).mentions.subject_before(t, 10).name
        'Hugh Hill'
        """
        j = self.skip_back(tokens, k - 1, lo)
        if j < lo:
            return None
        if tokens[j].text == ",":
            # An appositive between subject and cue: Hugh Hill, a doctor at the clinic, said.
            for i in range(j - 1, max(lo, j - 30) - 1, -1):
                text = tokens[i].text
                if text == ",":
                    subject = self.phrase_ending_at(tokens, self.skip_back(tokens, i - 1, lo), lo)
                    owner = subject and whose_owner(self, tokens, subject, i, lo)
                    if owner is not None:
                        return owner
                    return subject and self.named_in_apposition(tokens, subject, i, j + 1)
                if not (is_word(tokens[i]) or text in _APPOSITIVE_PUNCT):
                    return None
            return None
        mention = self.phrase_ending_at(tokens, j, lo)
        if (day := self._named_day_opener(tokens, j, lo)) is not None:
            # "Voters on Election Day said": the day is when, the subject stands before it.
            return self._not_an_object(tokens, self.subject_before(tokens, day, lo), day, lo)
        if mention is not None and mention.kind in ("description", "group"):
            # "Ann after a pause said": a phrase after a preposition is its
            # object; a name or pronoun just before the preposition is the subject.
            a = j
            while a > lo and tokens[a].start > mention.start:
                a -= 1
            if a > lo and tokens[a - 1].text.lower() in self._prepositions:
                subject = self.phrase_ending_at(tokens, self.skip_back(tokens, a - 2, lo), lo)
                first = subject.name.split()[0].lower() if subject is not None and subject.name else ""
                if subject is not None and (
                    # A quantity is no subject of its own (Some of the women said, Six in 10 voters said).
                    subject.kind == "name" and first not in self._determiners and first not in self._time_phrase_words
                    or subject.kind == "pronoun" and first not in self._relative_pronouns
                ):
                    return subject
        return mention

    def _named_day_opener(self, tokens: list[Token], j: int, lo: int) -> int | None:
        """The date opener before capitalised words that the time word at *j* ends (``on
        Election Day``, ``on Black Friday``: a day's name, not a person's), if any."""
        text = tokens[j].text
        if not (text[:1].isupper() and (text.lower() in self._calendar_words or text.lower() in self._plain_time_words)):
            return None
        k = j - 1
        while k >= lo and j - k <= 3 and tokens[k].text[:1].isupper() and is_word(tokens[k]):
            k -= 1
        return k if lo <= k < j - 1 and tokens[k].text.lower() in self._date_openers else None

    def _not_an_object(self, tokens: list[Token], subject: Mention | None, k: int, lo: int) -> Mention | None:
        """*subject*, read before token *k*, unless a preposition's object (``to the quay``)."""
        a = next((i for i in range(k - 1, lo - 1, -1) if subject is not None and tokens[i].start == subject.start), None)
        return None if a is None or a > lo and tokens[a - 1].text.lower() in self._prepositions else subject

    def named_in_apposition(
        self, tokens: list[Token], subject: Mention, comma: int, end: int, inverted: bool = False
    ) -> Mention:
        """The name in apposition to a person description, else the description itself.

        *subject* ends before the comma at token *comma*; the appositive runs to
        the next comma before token *end*.  Only a person's role or title takes a
        name this way (``the mayor, Jane Roe,``): after a place or a group the
        name is often something else (``a hotel in Elmbrook, Ohio,``).
        After an inverted cue (``said the mayor, Jane Roe.``) the appositive may
        also end at the end of its clause.
        """
        if subject.kind != "description" or not self.is_person_role(subject.name.split()[-1]):
            return subject
        ends = _INVERTED_APPOSITIVE_ENDS if inverted else _APPOSITIVE_ENDS
        close = next((c for c in range(comma + 1, end) if tokens[c].text in ends), end if inverted else -1)
        if close <= comma + 1:
            return subject
        mention = self.classify_phrase(tokens, comma + 1, close - 1)
        if mention is None or mention.kind != "name" or mention.start != tokens[comma + 1].start:
            return subject  # not a bare name: ", who backs Hale,"
        return mention

    def phrase_ending_at(self, tokens: list[Token], j: int, lo: int) -> Mention | None:
        """Read the noun phrase that ends at token *j* as a mention."""
        if j < lo or not is_word(tokens[j]):
            return None
        lower = tokens[j].text.lower()
        pronouns = self._pronoun_speakers
        if lower in pronouns or self.pronoun_in_contraction(tokens[j].text):
            return self.classify_phrase(tokens, j, j)
        # One set holds every word that ends the phrase read backwards: a stop
        # word, a pronoun, or a word that may start a cue.
        stops, determiners = self._phrase_stops, self._determiners
        a = j
        while a - 1 >= lo and j - a < 7:
            prev = tokens[a - 1]
            if not is_word(prev) and prev.text not in "-&.":
                break
            if prev.text.lower() in stops:
                break
            if tokens[a].text.lower() in determiners:
                break
            a -= 1
        # A phrase may not start or end with a stray symbol.
        while a <= j and not is_word(tokens[a]):
            a += 1
        return self.classify_phrase(tokens, a, j)

    def subject_after(self, tokens: list[Token], i: int) -> Mention | None:
        """The inverted subject that starts at token *i*, after a cue (``said Sen. Bob Smith``).

        >>> from quoteattr.grammar import Grammar
        >>> from quoteattr.text.tokens import tokenize
        >>> Grammar.of(Lexicon.english()).mentions.subject_after(tokenize("said Sen. Bob Smith in a statement"), 1).name
        'Bob Smith'
        """
        n = len(tokens)
        if i >= n or not is_word(tokens[i]):
            return None
        lower = tokens[i].text.lower()
        if lower in self._pronoun_speakers:
            return self.classify_phrase(tokens, i, i) if lower not in self._relative_pronouns else None
        if lower in self._non_determiners and tokens[i].text.islower():
            return None  # said to his daughter, said that ...: no subject follows (but said Per Lund)
        b = self._inverted_subject_end(tokens, i)
        mention = self.classify_phrase(tokens, i, b)
        if mention is not None and b + 1 < n and tokens[b + 1].text == ",":
            # said the mayor, Jane Roe: the appositive names the speaker.
            return self.named_in_apposition(tokens, mention, b + 1, n, inverted=True)
        return mention

    def _inverted_subject_end(self, tokens: list[Token], i: int) -> int:
        """The last token of the inverted subject that starts at token *i*."""
        n = len(tokens)
        names, cues = self._names, self._cues
        lower = tokens[i].text.lower()
        b = i
        while b + 1 < n and b - i < 8:
            nxt = tokens[b + 1]
            nxt_lower = nxt.text.lower()
            if not is_word(nxt) and nxt.text not in "-&":
                break
            if nxt_lower in self._forward_stops:
                break
            if b > i and self._trailing_adverb(tokens, b + 1):
                break  # said the old man gently: the adverb goes with the verb
            # A capitalised cue word after a title or a name word is a surname
            # (said Mr. Bellow, said Dana Wonder), not the next verb.
            if (
                nxt_lower in cues.heads
                and nxt_lower not in cues.nouns
                and not (nxt.text[0].isupper() and names.is_name_token(tokens[b]))
            ):
                break
            if nxt_lower in names.calendar_words and lower not in self._determiners and not names.given_month_at(tokens, b + 1):
                break  # said Smith Tuesday; but "a Wednesday editorial" and "Miss May" go on
            if (
                names.is_name_token(tokens[b])
                and not (names.is_name_token(nxt) or names.given_month_at(tokens, b + 1))
                and nxt_lower not in names.particles
                and not names.is_possessive(tokens[b].text)
                # but a role between an organisation and a name goes on to the name
                # (said Harbour College professor Ana Roe)
                and not (nxt.text.islower() and self._roles.get(nxt_lower) == "person" and b + 2 < n and names.is_name_token(tokens[b + 2]))
            ):
                break  # a name ends where lowercase words begin (said Smith yesterday)
            b += 1
        while b > i and not is_word(tokens[b]):
            b -= 1
        return b

    def _trailing_adverb(self, tokens: list[Token], k: int) -> bool:
        """True for a lowercase -ly word at token *k* that ends an inverted subject: an adverb, not a noun.

        ``said the old man gently,``: the adverb closes the clause (punctuation,
        a preposition or another adverb follows).  Not after a possessive
        (``the victim's family``) or a function word (``for the family``), nor
        before a noun (``the other friendly man``).
        """
        word, before = tokens[k].text, tokens[k - 1].text
        if (
            not word.islower()
            or not word.endswith(self._adverb)
            or len(word) < _MIN_ADVERB
            or self._names.is_possessive(before)
            or before.lower() in self._never_last
        ):
            return False  # "attorneys for the family": after a function word it is the head noun
        if k + 1 >= len(tokens) or not is_word(tokens[k + 1]):
            return True
        after = tokens[k + 1].text
        return after.islower() and (after in self._prepositions or after.endswith(self._adverb))

    # -- subjects of a sentence --------------------------------------------

    def skip_dateline(self, tokens: list[Token], lo: int, hi: int) -> int:
        """The index after a news dateline that opens ``tokens[lo:hi]``, else *lo* (see :mod:`quoteattr.dateline`)."""
        return skip_dateline(tokens, lo, hi)

    def may_hold_first_mention(self, text: str, start: int, end: int) -> bool:
        """False when :meth:`first_mention` finds nothing in the tokens of ``text[start:end]``, whatever they are.

        A cheap test for the narration between many quotes: a piece with no
        capital, no narration pronoun and no name suffix holds no mention.

        >>> from quoteattr.grammar import Grammar
        >>> m = Grammar.of(Lexicon.english()).mentions
        >>> m.may_hold_first_mention(" and then ", 0, 10), m.may_hold_first_mention(" then she ", 0, 10)
        (False, True)
        """
        return self._mention_hint.search(text, start, end) is not None

    def first_mention(self, tokens: list[Token], lo: int, hi: int) -> Mention | None:
        """The first name or pronoun among tokens ``lo..hi-1``: a sentence's likely subject."""
        i = self.skip_dateline(tokens, lo, hi)
        names = self._names
        while i < hi:
            tok = tokens[i]
            lower = tok.text.lower()
            if lower in self._narration_pronouns:
                return self.classify_phrase(tokens, i, i)
            if (
                is_word(tok)
                and names.is_name_token(tok)
                and lower not in self._function_words
                and lower not in self._adverbial_openers
            ):
                b = i
                while b + 1 < hi and names.is_name_token(tokens[b + 1]):
                    b += 1
                mention = self.classify_phrase(tokens, i, b)
                if mention is not None and mention.kind == "name":
                    return mention
                i = b
            i += 1
        return None

    def _looks_like_verb(self, word: str) -> bool:
        """True for a lowercase word that probably starts the predicate."""
        return word in self._verb_markers or word.lower() in self._cues.heads or (word.endswith(self._past) and len(word) > 4)

    def clause_subject(self, tokens: list[Token], lo: int, hi: int) -> Mention | None:
        """The subject noun phrase that opens the clause ``tokens[lo:hi]``.

        A leading adverbial phrase up to the first comma is skipped (``In 2012,``,
        ``Minutes later,``), as is a leading conjunction.

        >>> from quoteattr.grammar import Grammar
        >>> from quoteattr.text.tokens import tokenize
        >>> t = tokenize("Early this week, the company sent a note, calling")
        >>> Grammar.of(Lexicon.english()).mentions.clause_subject(t, 0, 10).name
        'the company'
        """
        i = self._clause_start(tokens, lo, hi)
        if i >= hi or not is_word(tokens[i]):
            return None
        lower = tokens[i].text.lower()
        verb = self._cue_verbs.get(lower)
        if verb is not None and verb.verb_class == "speech" and tokens[i].text.islower() and i + 1 < hi and is_word(tokens[i + 1]):
            # An inverted report opens the clause (said the two porters, nodding):
            # its subject follows the verb.  Not after "told", whose object follows.
            i += 1
            lower = tokens[i].text.lower()
        if lower in self._pronoun_speakers or self.pronoun_in_contraction(tokens[i].text):
            return self.classify_phrase(tokens, i, i) if lower in self._narration_pronouns else None
        j = i
        while j + 1 < hi and j - i < 8:
            nxt = tokens[j + 1]
            if not is_word(nxt) and nxt.text not in "-&.":
                break
            if nxt.text.islower() and self._looks_like_verb(nxt.text):
                break
            j += 1
        return name_before_place(self, tokens, i, j) or self.classify_phrase(tokens, i, j)

    def _is_time_word(self, word: str) -> bool:
        """True for a number, a time word, or a day or month name written with its capital
        (``Roe may go, ...`` holds the modal, not the month)."""
        lower = word.lower()
        return (
            word.isdigit()
            or lower in self._plain_time_words
            or (lower in self._calendar_words and word[:1].isupper())
        )

    def _clause_start(self, tokens: list[Token], lo: int, hi: int) -> int:
        """Where a clause's subject may start: past a dateline, a conjunction and an opening adverbial."""
        i = self.skip_dateline(tokens, lo, hi)
        while i < hi and not is_word(tokens[i]):
            i += 1
        if i < hi and tokens[i].text.lower() in self._clause_conjunctions:
            i += 1
        comma = next((c for c in range(i, min(hi, i + 12)) if tokens[c].text == ","), -1)
        if comma > i:
            opening = [t.text.lower() for t in tokens[i:comma]]
            # An adverbial, a time phrase or a participle phrase (Reprising a line, ...).
            if (
                opening[0] in self._adverbial_openers
                or opening[0].endswith(self._participles)
                or any(self._is_time_word(t.text) for t in tokens[i:comma])
            ):
                i = comma + 1
        return i


#: Punctuation inside an appositive between a subject and its cue (``Hill, a doctor (retired), said``).
_APPOSITIVE_PUNCT = DASHES | frozenset(APOSTROPHES) | frozenset(".&()")

#: What ends a name in apposition: a comma before a cue (``the mayor, Jane Roe, said``),
#: and after an inverted cue the end of the clause too (``said the mayor, Jane Roe.``).
_APPOSITIVE_ENDS = frozenset({","})
_INVERTED_APPOSITIVE_ENDS = frozenset({",", ".", ";", ":", "!", "?"})
