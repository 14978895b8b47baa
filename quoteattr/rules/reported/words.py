"""Stage 4, reported speech: the word classes and word tests of one lexicon.

Every word comes from the lexicon carried by the config (``report_verbs.tsv``,
``report_nouns.txt``, ``report_words.tsv`` and lists shared with the other
stages in ``quoteattr/lang/en/``).  :class:`ReportWords` names the classes
once per lexicon and holds the small tests the rules share: is this cue form
a noun here, does a form of *be* precede it, can this source speak, does this
verb agree with its subject.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from quoteattr.document import Mention
from quoteattr.grammar import Grammar
from quoteattr.lang import ACCORDING, Lexicon, ReportVerb
from quoteattr.mentions import is_word
from quoteattr.text.chars import APOSTROPHES
from quoteattr.text.tokens import Token

#: How many tokens before a cue its subject may start; bounds every backward read.
REACH = 40
#: How many tokens after a cue a listener or time phrase may run before ``that``.
LEAD_REACH = 8
#: How many tokens a phrase between a verb and its particle may run (``spoke to
#: the Harbour Gazette on Saturday about``).
_PARTICLE_REACH = 10
#: The most tokens a headline in title case has.
_HEADLINE_TOKENS = 40

#: The frames of ``report_verbs.tsv`` the rules test for.
CLAUSE, LISTENER, QUESTION, OBJECT, EVIDENCE = ("clause", "listener", "question", "object", "evidence")
#: Frames whose verb names a listener or asks: a listener may stand before the content.
ASKING_FRAMES = frozenset({LISTENER, QUESTION})
#: Frames whose verb may follow its content (``The plan failed, officials said.``).
POSTPOSED_FRAMES = frozenset({CLAUSE, EVIDENCE})


def _asides(phrases: frozenset[str]) -> tuple[re.Pattern[str] | None, int, re.Pattern[str] | None]:
    """A pattern of the fixed asides (``to say the least``) whose cue word reports
    nothing, None when there are none, the length of the longest, and the
    pattern of their tails (:func:`_aside_tails`)."""
    ordered = sorted(phrases, key=len, reverse=True)
    pattern = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, ordered)) + r")\b") if ordered else None
    return pattern, max(map(len, ordered), default=0), _aside_tails(phrases)


def _aside_tails(phrases: frozenset[str]) -> re.Pattern[str] | None:
    """The tails of the fixed asides that a cue word inside one starts: each phrase
    from its start and from every character after a non-word one (``say the
    least``, ``least``).  A cue word starts where no letter, digit, apostrophe
    or hyphen stands before it, so one of these matches at every cue word an
    aside holds: a test at the word itself, before any window is searched."""
    tails = {
        phrase[i:]
        for phrase in phrases
        for i in range(len(phrase))
        if i == 0 or not (phrase[i - 1].isalnum() or phrase[i - 1] in "_'’-")
    }
    return re.compile(r"(?i)(?:" + "|".join(map(re.escape, sorted(tails))) + r")") if tails else None


def _person_nouns(lexicon: Lexicon) -> frozenset[str]:
    """Nouns for a person beyond the roles (``landlord``, ``tutor``, ``wife``): after a
    possessor such a word heads the subject of the cue form after it (``Their landlord
    claims``), no modifier of a noun."""
    return frozenset(lexicon.gender_nouns) | lexicon.party_nouns | lexicon.servant_nouns | frozenset(lexicon.kin_titles)


#: How many words a possessor before a speech noun may hold (``Orla Fenwick's``).
_POSSESSOR_WORDS = 3


def _terms_words(w: ReportWords, name: str) -> str:
    """An alternation of class *name*'s words, a space in an entry matching any run of spaces."""
    return "|".join(r"\s+".join(map(re.escape, t.split())) for t in sorted(w.cls(name)))


def _terms_hint(w: ReportWords) -> re.Pattern[str]:
    """The part every match of :func:`_terms_pattern` holds: its preposition
    (``on``), an optional article and a term's first word.  It opens with a
    word, which the engine skips to, where the whole pattern opens with a
    space or a comma and is tried at every position: a content with no match
    of it (nearly all) is searched with it alone, about twenty times faster."""
    articles = "|".join(map(re.escape, sorted(w.lexicon.definite_articles)))
    firsts = "|".join(sorted({re.escape(t.split()[0]) for t in w.cls("terms") if t.split()}))
    return re.compile(r"(?:" + _terms_words(w, "terms_preposition") + r")\s+(?:(?:" + articles + r")\s+)?(?i:" + firsts + r")")


def _terms_pattern(w: ReportWords) -> re.Pattern[str]:
    """The terms a source spoke on, from the space or comma before them
    (``..., speaking only on condition of anonymity, since ...``): they and all
    after them are the writer's.  With no comma before them they may be the
    content's own condition (``would testify only on condition of anonymity``),
    so they count there only when a clause of the writer's follows (class
    ``terms_follower``: ``because``, ``since``, ``as``, ``to``) or a comma.  The
    words around the terms are classes too: ``terms_participle`` (``speaking``),
    ``terms_adverb`` (``only``), ``terms_preposition`` (``on``), and an article
    (``the``)."""

    articles = "|".join(map(re.escape, sorted(w.lexicon.definite_articles)))
    lead = r"(?:(?:" + _terms_words(w, "terms_adverb") + r")\s+)?(?:" + _terms_words(w, "terms_preposition") + r")\s+(?:(?:" + articles + r")\s+)?"
    terms = r"(?i:" + _terms_words(w, "terms") + r")"
    return re.compile(
        r"\s*,\s*(?:(?:" + _terms_words(w, "terms_participle") + r")\s+)?" + lead + terms + r"\b"
        r"|\s+" + lead + terms + r"(?=\s*,|\s+(?:" + _terms_words(w, "terms_follower") + r")\b)"
    )


_NO_WORDS: frozenset[str] = frozenset()


class _WordClasses(dict[str, frozenset[str]]):
    """The classes of ``report_words.tsv`` by name; a class the file lacks has no words.

    ``ReportWords.cls`` is its ``__getitem__``, a lookup in C: the rules ask for
    a class some 150 times per sentence with a cue, and a Python method (a frame
    per ask) took about 1.5% of a run with reports.
    """

    def __missing__(self, name: str) -> frozenset[str]:
        return _NO_WORDS


class ReportWords:
    """The words the reported-speech rules read, from one lexicon (see :meth:`of`)."""

    def __init__(self, lexicon: Lexicon) -> None:
        grammar = Grammar.of(lexicon)
        # Sentence boundaries depend on the lexicon's abbreviations too.
        self.lexicon = lexicon
        self.mentions = grammar.mentions
        # The tokens of a cue's sentence keep the periods of the lexicon's
        # abbreviations, as the document's own tokens do.
        self.abbreviations = lexicon.abbreviations
        self.verbs = lexicon.report_verbs
        self.nouns = lexicon.report_nouns
        self._asides, self._aside_reach, self._aside_tails = _asides(lexicon.parenthetical_phrases)
        self.cue_verbs = lexicon.cue_verbs
        self.roles = lexicon.roles
        self.saying_verbs = lexicon.saying_verbs
        self.determiners = lexicon.determiners
        self.adverbial_openers = lexicon.adverbial_openers
        self.clause_conjunctions = lexicon.clause_conjunctions
        #: Time words and the calendar (``Tuesday``, ``March``), as the mention reader reads them.
        self.time_words = lexicon.time_words | frozenset(lexicon.calendar_words)
        self.irregular_pasts = lexicon.irregular_pasts
        #: Pasts the -ed test misses: irregular ones (``drew``) and regular ones of four letters (``sued``).
        self.pasts = lexicon.irregular_pasts | lexicon.short_pasts
        self.possessive_endings = tuple(lexicon.possessive_endings)
        self.infinitive_markers = lexicon.infinitive_markers
        self.possessives = frozenset(lexicon.possessive_determiners)
        self.possessive_genders = lexicon.possessive_determiners
        self.pronouns = lexicon.pronouns
        self.clitics = lexicon.clitics
        self.adverb_endings = lexicon.endings_of("adverb")
        self.gerund_endings = lexicon.endings_of("present participle")
        self.past_endings = lexicon.endings_of("past")
        self.plural_endings = lexicon.endings_of("plural")
        self.word_classes = lexicon.report_classes()
        self.cls: Callable[[str], frozenset[str]] = _WordClasses(self.word_classes).__getitem__  # a class's words
        #: The two-word cue phrases whose source follows them (``according to``).
        self.according = frozenset(
            tuple(phrase.lower().split())
            for phrase, phrase_class in lexicon.cue_phrases.items()
            if phrase_class == ACCORDING and len(phrase.split()) == 2
        )
        self._name_classes()
        #: A speech noun and the preposition that opens its content (``attacks on``).
        self.noun_objects = frozenset(
            tuple(pair.split()) for pair in self.cls("noun_object") if len(pair.split()) == 2
        )
        #: Endings that show a finite verb after a comma: a past, or a negation (``won't``).
        self.verb_endings = (*self.past_endings, *self.cls("verb_ending"))
        #: Nouns that report only through a colon or ``was that`` (``Roe's answer was that``).
        self.frame_nouns = self.cls("frame_noun")
        self.nouns = self.nouns | self.frame_nouns
        #: Cue forms that are also nouns (``claims``, ``state``): they need a clear subject.
        self.noun_forms = lexicon.cue_nouns | self.nouns
        #: Words that may open a phrase between a cue and its complementizer.
        self.lead_words = self.cls("lead") | self.adverbial_openers | self.time_words | self.prepositions
        self._subject_classes()
        #: Auxiliaries and other words that show a verb, not a noun phrase, is being read.
        self.verbish = (
            self.cls("auxiliary") | self.be_forms | self.complementizers | self.question_words
        )

    def _subject_classes(self) -> None:
        """The word sets the subject readers test, built once."""
        self.person_nouns = _person_nouns(self.lexicon)
        #: Auxiliaries and forms of *be*, negated or not (``has``, ``wouldn’t``).
        plain = self.cls("auxiliary")
        self.auxiliaries = plain | {
            verb + neg for verb in plain | self.be_forms for neg in self.cls("verb_ending")
        }
        #: The words of a time phrase read as a subject (``this past week``), and
        #: those of them that name a time.
        self.time_phrase = (
            self.time_words | self.timed | self.cls("lead") | self.articles | self.cls("time_modifier")
        )
        self.time_names = self.time_words | self.cls("time_modifier")

    def _name_classes(self) -> None:
        """The classes of ``report_words.tsv`` the rules read, as attributes."""
        cls = self.cls
        self.complementizers = cls("complementizer")
        self.question_words = cls("question")
        self.be_forms = cls("be")
        self.prepositions = cls("preposition")
        self.time_subordinators = cls("time_subordinator")
        self.coordinators = cls("coordinator")
        self.boundaries = cls("boundary")
        self.quantifiers = cls("quantifier")
        self.count_heads = cls("count_head")
        self.listener_pronouns = cls("listener")
        self.articles = cls("article")
        self.indefinite = cls("indefinite")
        self.subordinators = cls("subordinator")
        self.naming_verbs = cls("naming")
        self.relative_pronouns = cls("relative")
        #: Words a clause's subject may follow (a conjunction, complementizer, relative or
        #: question word, preposition), where a verb's object may not (see ``after_verb``).
        self.clause_links = (
            self.coordinators | self.complementizers | self.subordinators
            | self.relative_pronouns | self.question_words | self.prepositions
        )
        self.role_prepositions = cls("role_preposition")
        self.source_prepositions = cls("source_preposition")
        self.empty_content = cls("empty")
        self.longest_empty = max(map(len, self.empty_content), default=0)
        #: A phrase that says where a report was made (``in an interview``, ``on Twitter``):
        #: a medium preposition, up to three words and a medium noun.
        self.medium = re.compile(
            r"\s(?:" + "|".join(map(re.escape, sorted(cls("medium_preposition"))))
            + r")(?:\s+[\w'’-]+){0,3}?\s+(?i:" + "|".join(map(re.escape, sorted(cls("medium")))) + r")\b"
        )
        self.terms = _terms_pattern(self)
        self.terms_hint = _terms_hint(self)
        self.adverbs = cls("adverb")
        self.timed = cls("timed")
        self.not_participles = cls("not_participle")
        self.short_participles = cls("short_participle")
        self.participles_before_on = cls("participle_before_on")
        #: ``even`` in ``, even though``: a word that leads a boundary word, and the boundary
        #: words (not ``and``/``or``) it leads into a clause of the writer's.
        self.boundary_leads = cls("boundary_lead")
        self.led_boundaries = self.boundaries - self.coordinators
        #: Words before a group's mention that belong to its share (``40 percent of``, ``a majority of``).
        self.share_leads = cls("share") | self.determiners | {"of", "%"}
        #: Besides a subject's own first word, what may open a new clause after ``, but``: a determiner,
        #: a subordinator or an empty subject (``, but there is ...``).
        self.subject_openers = self.determiners | self.subordinators | cls("expletive")
        #: Words that open a clause but are no part of the finding after them (``while 60 percent said``).
        self.clause_openers = self.coordinators | self.subordinators
        #: Words that open a phrase or a clause, capitalised at a sentence start but no part of a
        #: name after them (``Despite Roe's claim``, ``After Lund's remarks``).
        self.opener_words = self.clause_openers | self.prepositions | cls("fronting")
        #: Words before a cue that make it no plain past (``would not say when``, ``refused to say``).
        self.cue_blockers = cls("negation") | cls("modal") | self.infinitive_markers
        self.adjective_endings = tuple(cls("adjective_ending"))
        self.singular_endings = tuple(cls("singular_ending"))

    @staticmethod
    @functools.lru_cache(maxsize=16)
    def of(lexicon: Lexicon) -> ReportWords:
        """The words of *lexicon*, built on first use and then shared."""
        return ReportWords(lexicon)

    def opens_according(self, tokens: list[Token], k: int) -> bool:
        """True when tokens *k* and *k + 1* are an ``according to`` phrase."""
        return (
            k + 1 < len(tokens)
            and (tokens[k].text.lower(), tokens[k + 1].text.lower()) in self.according
        )

    def title_case(self, tokens: list[Token]) -> bool:
        """True for a headline in title case: nearly every word capitalised (and few
        words: a headline is short, and the test stays bounded)."""
        if len(tokens) > _HEADLINE_TOKENS:
            return False
        words = [t.text for t in tokens if is_word(t) and t.text[0].isalpha()]
        return len(words) >= 4 and sum(1 for w in words if w[0].isupper()) >= 0.75 * len(words)

    def is_noun(self, tokens: list[Token], k: int) -> bool:
        """True when a cue form is a noun or an adjective here (``the claims``, ``his stated aim``)."""
        if k == 0:
            return False
        prev = tokens[k - 1].text.lower()
        bare = k > 1 and prev in APOSTROPHES and tokens[k - 2].text.endswith("s") and tokens[k - 2].end == tokens[k - 1].start
        if prev in self.articles or bare or (prev.endswith(self.possessive_endings) and not self.pronoun_clitic(prev)):
            return True  # "the claims", "Roe's claim", "Hollis’ claim" (a bare apostrophe after s), not "he's claiming"
        if (
            prev in self.prepositions
            and prev not in self.infinitive_markers
            and not self.is_gerund(tokens[k].text)
        ):
            return True  # "articles from noted scholars": no verb follows a preposition
        if tokens[k].text.lower() not in self.noun_forms:
            return False
        if k > 1 and tokens[k - 2].text.lower() in self.indefinite and prev.isalpha() and prev.islower():
            # "a firm promise", "an angry claim": a singular phrase, so a noun ("a firm claims": a verb)
            return not tokens[k].text.endswith("s") and prev not in self.quantifiers
        return prev.isalpha() and prev.endswith(self.adjective_endings) or self._possessed(tokens, k)

    def owns_clause(self, tokens: list[Token], k: int) -> bool:
        """True when the speech noun at token *k*, inside a phrase after a cue, owns
        the ``that`` clause after it: a noun with a named possessor of its own
        (``said in reply to Roe's claim that ...``).  That clause is the noun's
        report; a medium's (``said in a statement that``), one the cue's
        subject owns (``in her remarks that``) or one where the cue's subject
        spoke (``said in Roe's report that``: a medium preposition before the
        possessor) is the cue's."""
        noun = tokens[k].text.lower()
        if k < 1 or noun not in self.nouns or noun in self.cls("medium"):
            return False
        before = tokens[k - 1].text.lower()
        if not before.endswith(self.possessive_endings) or self.pronoun_clitic(before):
            return False
        j = k - 2
        while j >= max(0, k - 1 - _POSSESSOR_WORDS) and (tokens[j].text[:1].isupper() or tokens[j].text.lower() in self.articles):
            j -= 1  # "Orla Fenwick's", "the guild's": the possessor's own words
        return j < 0 or tokens[j].text.lower() not in self.cls("medium_preposition")

    def _possessed(self, tokens: list[Token], k: int) -> bool:
        """True when a possessor and one modifier stand before the cue form at token *k*
        (``her blunt warning``, ``the guild's second claim``): a noun.  Not after a
        role, another noun for a person or a plural (``Roe's lawyer claims``, ``Their
        landlord claims``, ``his aides claim``: a subject)."""
        if k < 2:
            return False
        prev, before = tokens[k - 1].text, tokens[k - 2].text.lower()
        if not (before in self.possessives or before.endswith(self.possessive_endings)) or self.pronoun_clitic(before):
            return False
        return (
            prev.isalpha()
            and prev.islower()
            and prev not in self.roles
            and prev not in self.person_nouns
            and not prev.endswith(self.plural_endings)
            and not self.is_finite_verb(prev)
            and not self.is_auxiliary(prev)
            and not self.is_adverb(prev)
        )

    def lone_opener(self, word: str) -> bool:
        """True for a one-word adverb that opens a clause before its subject (``Then``,
        ``Meanwhile``, ``Finally``; from ``adverbial_openers.txt``): an adverb, not
        a preposition or a subordinator, which open a phrase or a clause of their own."""
        lower = word.lower()
        return lower in self.adverbial_openers and (lower in self.adverbs or lower in self.cls("clause_adverb") or lower.endswith(self.adverb_endings))

    def is_gerund(self, word: str) -> bool:
        """True for an -ing form."""
        return word.endswith(self.gerund_endings)

    def after_be(self, tokens: list[Token], k: int) -> bool:
        """True when a form of *be* (perhaps with an adverb) stands before token *k*."""
        j = k - 1
        while (
            j >= 0
            and k - j <= 3
            and (
                tokens[j].text.lower().endswith(self.adverb_endings)
                or tokens[j].text.lower() in self.adverbs
                or tokens[j].text.lower() in self.cls("preverb")  # "was first reported"
            )
        ):
            j -= 1
        if j < 0:
            return False
        word = tokens[j].text.lower()
        return word in self.be_forms or word in self.possessive_endings

    def after_contracted_be(self, tokens: list[Token], k: int) -> bool:
        """True when a contracted or negated form of *be* (perhaps with an adverb)
        stands before the -ing form at token *k*: ``he’s saying``, ``she’s not
        saying``, ``Roe isn’t saying``."""
        j = k - 1
        while j >= 0 and k - j <= 3 and self.is_adverb(tokens[j].text):
            j -= 1
        if j < 0:
            return False
        word = tokens[j].text.lower()
        if self.pronoun_clitic(word):
            return True  # he's, they're, I'm
        return any(
            word.endswith(neg) and word[: -len(neg)] in self.be_forms
            for neg in self.cls("verb_ending")
        )

    def pronoun_clitic(self, word: str) -> bool:
        """True for a pronoun with a clitic form of *be* or *have* (``he’s``, ``they’re``,
        ``that’s``)."""
        stem, _, clitic = word.replace("’", "'").rpartition("'")
        host = stem in self.pronouns or stem in self.cls("clitic_host")
        return clitic in ("s", "re", "m") and clitic in self.clitics and host

    def cue_end(self, tokens: list[Token], k: int, entry: ReportVerb) -> int:
        """Index after the cue at *k*: the verb and the particles that join it
        (``called for``), also after a day word or an adverb (``called Wednesday
        for``, ``spoke briefly of``) or after ``out`` (``spoke out against``)."""
        n = len(tokens)
        if k + 2 < n and tokens[k + 1].text.lower() in self.empty_content and tokens[k + 2].text.lower() in self.cls("empty_topic"):
            return k + 3  # "said little about the toll": the topic is what was (not) said
        if k + 1 < n and (particle := tokens[k + 1].text.lower()) in entry.particles:
            # "argued for an hour that ...", "wrote about a year ago that ...": a time, no topic
            rough = particle in self.cls("approximator")  # "about" before a number is an adverb
            return k + 1 if (rough or particle == "for") and self.duration(tokens, k + 2, rough) else k + 2
        if not entry.particles:
            return k + 1
        j = k + 1
        while j < n and j - k <= 2 and (
            tokens[j].text.lower() in self.time_words or self.is_adverb(tokens[j].text)
        ):
            j += 1  # "called Wednesday for", "spoke briefly of"
        if j + 1 < n and tokens[j].text.lower() in self.cls("stance_lead"):
            j += 1  # "spoke out against", "speak up about", "spoke out sharply against"
            if j + 1 < n and self.is_adverb(tokens[j].text):
                j += 1
            if tokens[j].text.lower() in self.cls("stance"):
                return j + 1
            if " ".join(t.text.lower() for t in tokens[j : j + 3]) in self.cls("stance"):
                return j + 3  # "spoke out in favor of"
        if j > k + 1 and j < n and tokens[j].text.lower() in entry.particles:
            return j + 1
        return self._particle_after_phrase(tokens, k, entry) if entry.lemma in self.cls("with_particle") else k + 1

    def duration(self, tokens: list[Token], j: int, rough: bool = False) -> bool:
        """True when a time phrase starts at token *j* and ends there with a
        ``duration`` noun (``an hour that``, ``the first time``, ``a while,``),
        not a thing (``a day of rest``, ``time limits``, ``a second ferry``).
        *rough* (after an ``approximator``) takes a number (``about 30``) or only a phrase
        closed by a time word (``about a year ago``; ``about the day,`` is a topic)."""
        if rough and j < len(tokens) and tokens[j].text[:1].isdigit():
            return True
        leads = self.articles | self.cls("duration_lead")
        end = min(len(tokens), j + 4)
        while j < end and (tokens[j].text.lower() in leads or tokens[j].text.isdigit()):
            j += 1
        if j >= end or tokens[j].text.lower() not in self.cls("duration"):
            return False
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if rough:
            return after is not None and after.text.lower() in self.time_words
        if after is None or not is_word(after):
            return True
        word = after.text.lower()
        return word != "of" and (word in self.clause_links or self.is_adverb(word) or word in self.pronouns)

    def _particle_after_phrase(self, tokens: list[Token], k: int, entry: ReportVerb) -> int:
        """Index after a particle of class ``far_particle`` that a short phrase of
        words separates from the verb at *k* (``spoke to reporters about``,
        ``talked at length about``; not ``spoke on the condition of``), or ``k + 1``:
        the phrase opens with a preposition or an adverb and holds no verb,
        relative pronoun or complementizer."""
        first = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
        if not (first in self.prepositions or self.is_adverb(first) or first in self.adverbs):
            return k + 1
        for j in range(k + 2, min(len(tokens), k + _PARTICLE_REACH)):
            word = tokens[j].text.lower()
            if word in entry.particles:
                after = tokens[j + 1].text if j + 1 < len(tokens) else ""
                # "spoke for about 30 minutes": "about" before a number is no particle
                return j + 1 if word in self.cls("far_particle") and not after[:1].isdigit() else k + 1
            if not is_word(tokens[j]) or word in self.verbish or word in self.relative_pronouns:
                return k + 1
        return k + 1

    def modifies_speaker(self, tokens: list[Token], k: int) -> bool:
        """True when the cue form at token *k* is followed by a role noun and a reporting
        verb (``protest organisers said``): the form is a noun before the speaker, no verb."""
        if k + 2 >= len(tokens):
            return False
        # Only a cue form that is also a noun: "Roe said officials said ..." nests two reports.
        noun, verb = tokens[k + 1].text, tokens[k + 2].text
        return (
            tokens[k].text.lower() in self.noun_forms
            and noun.islower() and noun in self.roles and verb.lower() in self.verbs
        )

    def intended(self, tokens: list[Token], k: int) -> bool:
        """True for a cue at token *k* that is an infinitive after a verb of intention (``hopes to announce``): nothing is said yet."""
        j = k - 1
        if j < 1 or tokens[j].text not in self.infinitive_markers:
            return False
        j -= 1
        if j > 0 and tokens[j].text.lower() in self.cls("negation"):
            j -= 1  # "decided not to comment"
        return tokens[j].text.lower() in self.cls("intention_verb")

    def in_aside(self, text: str, pos: int) -> bool:
        """True when the cue word at *pos* lies in a fixed aside (``..., to say the least, ...``)."""
        if self._asides is None or self._aside_tails is None or not self._aside_tails.match(text, pos):
            return False
        lo, hi = max(0, pos - self._aside_reach), pos + self._aside_reach
        return any(m.start() <= pos < m.end() for m in self._asides.finditer(text, lo, hi))

    def is_auxiliary(self, word: str) -> bool:
        """True for a lowercase auxiliary, negated or not (``has``, ``wouldn’t``)."""
        return word in self.auxiliaries

    def is_past(self, word: str) -> bool:
        """True for a lowercase past form (``said``, ``closed``)."""
        return word in self.pasts or (word.endswith(self.past_endings) and len(word) > 4)

    def is_adverb(self, word: str) -> bool:
        """True for a lowercase word of class ``adverb`` or with an adverb ending (``still``, ``falsely``); not ``later``: see that class."""
        return word.islower() and (word.endswith(self.adverb_endings) or word in self.adverbs)

    def is_finite_verb(self, word: str) -> bool:
        """True for a lowercase word that can be a verb in the past or the present."""
        entry = self.verbs.get(word)
        if entry is not None:
            return not entry.gerund
        return word in self.pasts or (word.endswith(self.past_endings) and len(word) > 4)

    def can_speak(self, mention: Mention, named: bool = False) -> bool:
        """True for a source that can speak: a name, a personal pronoun (not ``it``), a role or group (``officials``), or with *named* a capitalised word."""
        if mention.kind == "name":
            return True
        if mention.kind == "pronoun":
            pronoun = self.pronouns.get(mention.name.lower())
            return pronoun is None or pronoun.gender != "n"
        return (last := mention.name.split()[-1]).lower() in self.roles or named and last[:1].isupper()

    def clear_subject(self, mention: Mention) -> bool:
        """True for a subject that makes a noun-like form a verb: a name, a pronoun,
        a role (``the minister states``), another noun for a person (``their landlord
        claims``) or a plural (``officials claim``)."""
        if mention.kind in ("name", "pronoun"):
            return True
        last = mention.name.split()[-1].lower()
        return last in self.roles or last in self.person_nouns or last.endswith(self.plural_endings)

    def is_participle(self, word: str, after: str | None = None) -> bool:
        """True for a lowercase -ing word that opens a participle clause.

        With the word *after* it known, a word that opens one only before
        ``on`` (``going on to``) needs that ``on``: ``, going forward`` ends
        no content."""
        if after is not None and word in self.participles_before_on and after.lower() != "on":
            return False
        return (
            word.islower()
            and self.is_gerund(word)
            and (len(word) > 5 or word in self.short_participles)
            and word not in self.not_participles
        )

    def plural_pronoun(self, word: str) -> bool:
        """True for a pronoun a base form agrees with (``they say``, ``I say``, not ``he say``)."""
        pronoun = self.pronouns.get(word)
        return pronoun is not None and (pronoun.person < 3 or pronoun.number != "sg")

    def agrees(self, tokens: list[Token], k: int, entry: ReportVerb, mention: Mention) -> bool:
        """True when the cue at token *k* can be the verb of *mention*.

        A base form (``say``, ``state``) needs a plural subject or an auxiliary
        (``officials say``, ``will say``): after a singular noun it is a noun
        (``a swing state``).  A naming verb after an indefinite subject names
        (``a party called Anti-Prom``).
        """
        word = tokens[k].text.lower()
        first = mention.name.split()[0].lower() if mention.name else ""
        if (
            entry.lemma in self.naming_verbs
            and first in self.indefinite
            and self.cue_end(tokens, k, entry) == k + 1
        ):
            return False  # "a party called Anti-Prom", not "a few lawmakers called for ..."
        if word != entry.lemma or entry.gerund or word in self.cls("same_past"):
            return True  # a form other than the base, or a past like the base ("forecast")
        j = k - 1
        while j >= 0 and self.is_adverb(tokens[j].text):
            j -= 1
        if j >= 0 and (
            self.is_auxiliary(tokens[j].text.lower())
            or tokens[j].text.lower() in self.infinitive_markers
        ):
            return True
        if mention.kind == "pronoun":
            lower = mention.name.lower()
            return self.plural_pronoun(lower) or lower in self.relative_pronouns
        m = next(
            (i for i in range(k - 1, max(-1, k - 12), -1) if tokens[i].start == mention.start), -1
        )
        if m > 0 and (
            tokens[m - 1].text.lower() in self.cls("joins")
            or tokens[m - 1].text.lower() in self.prepositions
        ):
            return True  # "Roe and Lund say", "Aides to Okafor say": the subject is plural
        last = mention.name.split()[-1].lower() if mention.name else ""
        if self.roles.get(last) == "group" or last.isdigit():
            return True
        if any(word.lower() in self.count_heads for word in mention.name.split()):
            return True  # "a third say", "9 percent say", "those surveyed say"
        return last.endswith(self.plural_endings) and not last.endswith(self.singular_endings)
