"""Stage 4, reported speech: the frames around a speech noun.

A speech noun carries its content in a few frames besides ``Roe's claim that
...``: a time phrase may stand between the noun and ``that`` (``Roe's
assertion Monday that ...``), the content may follow a form of *be* and
``that`` (``Roe's argument was that ...``) or a colon (``Their message: the
pier must close``), and a plural possessor ends with a bare apostrophe (``the
judges' statement that ...``).  :func:`noun_frame` finds where the content
opens; :func:`plural_possessor` reads the possessor.
"""

from __future__ import annotations

from typing import NamedTuple

from quoteattr.document import Mention
from quoteattr.mentions import is_word
from quoteattr.rules.reported.extent import DASHES, infinitive_end, opens_subject
from quoteattr.rules.reported.phrases import possessor, relative_that, skip_time
from quoteattr.rules.reported.records import Sentence, index_at, offset
from quoteattr.rules.reported.relatives import clause_comma
from quoteattr.rules.reported.subjects import modifier, noun_speaker
from quoteattr.rules.reported.words import REACH, ReportWords
from quoteattr.text.chars import APOSTROPHES as _APOSTROPHE_CHARS
from quoteattr.text.tokens import Token

#: The marks that end a plural possessor (``the judges' claim``), as tokens.
_APOSTROPHES = frozenset(_APOSTROPHE_CHARS)


#: How many words before a bare apostrophe a plural possessor may run on.
_POSSESSOR_WORDS = 4


#: How many words must follow ``was that`` for it to open a clause (not ``was that bad``).
_CLAUSE_WORDS = 3


class Frame(NamedTuple):
    """Where a speech noun's content opens, and whether the frame is the plain one
    (the noun, maybe a time phrase, then ``that``), which a relative clause can mimic."""

    first: int
    plain: bool


def noun_frame(s: Sentence, i: int) -> Frame | None:
    """The frame after a speech noun whose next token is *i* (past its source):
    ``that`` (after a time phrase: ``Roe's claim on Monday that``), a form of
    *be* and ``that`` (``Roe's argument was that``), or a colon (``Their
    argument: ...``).  None when no frame opens a content there."""
    w = s.w
    tokens = s.tokens
    n = len(tokens)
    j = skip_time(w, tokens, i)
    if j < n and tokens[j].text.lower() in w.complementizers:
        return Frame(j + 1, True)
    if j < n and tokens[j].text == ":" and _clause_at(tokens, j + 1):
        return Frame(j + 1, False)  # "Their argument: the pier must close", not "His remarks: brief"
    j = _be_group_end(w, tokens, j)
    if (
        j + 1 < n
        and tokens[j].text.lower() in w.be_forms
        and tokens[j + 1].text.lower() in w.complementizers
        and _clause_at(tokens, j + 2)
    ):
        return Frame(j + 2, False)  # "Roe's argument was that the pier ...", not "was that bad"
    return None


#: How many words (adverbs, auxiliaries) may stand before the form of *be* of a
#: ``was that`` frame (``Roe's message has long been that``).
_BE_GROUP_WORDS = 3


def _be_group_end(w: ReportWords, tokens: list[Token], j: int) -> int:
    """The last word of the verb group that opens at token *j* when it leads to a form of
    *be* (``has long been``, ``long has been``, ``will still be``), so that a
    ``was that`` frame may be read there; else *j*."""
    i = j
    while i < len(tokens) and i - j < _BE_GROUP_WORDS:
        word = tokens[i].text
        if not word.islower() or not (w.is_adverb(word) or word in w.cls("preverb") or w.is_auxiliary(word)):
            break
        i += 1
    return i if i < len(tokens) and tokens[i].text in w.be_forms else j


def _clause_at(tokens: list[Token], i: int) -> bool:
    """True when at least a clause's few words follow token *i* before any mark."""
    return i + _CLAUSE_WORDS <= len(tokens) and all(is_word(t) for t in tokens[i : i + _CLAUSE_WORDS])


def plural_possessor(w: ReportWords, tokens: list[Token], k: int) -> Mention | None:
    """A plural possessor ending in a bare apostrophe before the noun at token *k*
    (``the judges' statement``, ``budget hawks’ warnings``): the words back to an
    article or the first lowercase word after capitalised ones."""
    if k < 2 or tokens[k - 1].text not in _APOSTROPHES:
        return None
    last = tokens[k - 2]
    if not is_word(last) or not last.text.endswith("s") or last.end != tokens[k - 1].start:
        return None
    if tokens[k - 1].end == tokens[k].start:
        return None  # "'statement": a quotation mark that opens the noun
    a = j = k - 2
    lowered = False  # a lowercase word joins only once an article opens the phrase
    while j > 0 and k - 2 - j < _POSSESSOR_WORDS and is_word(tokens[j - 1]):
        j -= 1
        word = tokens[j].text
        if word.lower() in w.articles:
            a = j
            break
        if word[0].isupper() and not lowered:
            a = j  # "the Ohio judges'", "Budget hawks'"
        elif word.islower():
            lowered = True
        else:
            break
    words = " ".join(t.text for t in tokens[a : k - 1])
    kind = "name" if tokens[a].text[0].isupper() and tokens[a].text.lower() not in w.articles else "description"
    return Mention(tokens[a].start, last.end, kind, words, "", "")


#: How many tokens into its sentence a speech noun may stand and still be read as
#: part of a phrase that opens the sentence (``Despite Roe's claim that ..., the``).
_FRONT_REACH = 8


def noun_end(s: Sentence, k: int, first: int) -> int:
    """Where the content of the speech noun at token *k*, opening at token *first*,
    ends: at a dash (an aside follows), or at the first comma when the noun sits in
    a phrase that opens its sentence (``Despite Roe's claim that the pier was safe,
    the council closed it``); else at the end of the sentence."""
    w = s.w
    tokens = s.tokens
    for t in tokens[first:]:
        if t.text in DASHES and (t.text != "-" or t.start > 0 and s.text[t.start - 1].isspace()):
            return t.start
    opener = tokens[s.first_word].text.lower() if s.first_word < len(tokens) else ""
    if k - s.first_word <= _FRONT_REACH and (
        opener in w.subordinators or opener in w.prepositions or opener in w.cls("fronting")
    ):
        comma = s.comma_after(s.first_word)
        if comma is not None and comma > first:
            return tokens[clause_comma(s, comma) or comma].start  # past ", which ...," inside the clause
    return s.end


def noun_content(s: Sentence, k: int) -> tuple[int, int, Mention | None] | None:
    """The content (start and end offsets) and source of the speech noun at token
    *k*: the possessor, or the source after by or from, or the subject of the
    light verb whose object the noun is, or none (``the claim that ...``)."""
    w = s.w
    tokens = s.tokens
    i = k + 1
    mention = possessor(w, tokens, k) or plural_possessor(w, tokens, k)
    if mention is None and i + 1 < len(tokens) and tokens[i].text.lower() in w.source_prepositions:
        mention = w.mentions.subject_after(tokens, i + 1)
        if mention is not None:
            i = index_at(s, mention.end)
    end = infinitive_end(s, k, i)  # "his promise to build a sea wall"
    frame = noun_frame(s, i) if end is None else Frame(i, False)
    if frame is None:
        if i > k + 1 and mention is not None:
            return target_content(s, k, mention)  # "The plan drew criticism from Roe"
        if i == k + 1 < len(tokens) and mention is None and tokens[i].text.lower() in w.cls("target_preposition"):
            return _target_clause(s, k)  # "Roe received criticism for the tolls"
        if i == k + 1 and mention is None:
            return participle_content(s, k) or _unsourced_target(s, k)
        return None
    if frame.plain and tokens[k].text.lower() in w.frame_nouns:
        return None  # "a message that resonated": a relative clause, as often as not
    if frame.plain and (relative_that(w, tokens, frame.first - 1) or _past_relative(w, tokens, frame.first)):
        return None  # "the charges that he faced were dropped": a relative clause
    if mention is None:
        opened, mention = noun_speaker(s, k)
        if not opened and not (_bare(w, tokens, k) and frame.plain and tokens[k].text.lower() not in w.verbs):
            return None  # "claims that" alone is a verb; "allegations that" is not
    if mention is not None and _in_medium(s, mention):
        return None  # "Roe said in her remarks that ...": the verb's phrase, the verb reports
    if end is None and frame.plain and _opens_sentence(w, tokens, s.first_word, k):
        end = subject_clause_end(s, frame.first)  # "Roe's claim that the pier was safe surprised nobody"
    return offset(s, frame.first), end or noun_end(s, k, frame.first), mention


def _past_relative(w: ReportWords, tokens: list[Token], i: int) -> bool:
    """True when the past form at token *i*, right after a speech noun's ``that``, is
    the verb of a relative clause on the noun, whose subject the ``that`` is: no noun
    follows it (``a claim that surfaced in a letter``, ``statements that hurt
    Kowal's name``, ``remarks that turned out ...``; not ``the claim that armed men
    ...``, where the form modifies the clause's subject)."""
    if i + 1 >= len(tokens) or not tokens[i].text.islower() or not w.is_past(tokens[i].text):
        return False
    after = tokens[i + 1]
    lower = after.text.lower()
    return (
        not is_word(after)
        or not after.text.islower()
        or lower in w.prepositions
        or lower in w.articles
        or lower in w.determiners
        or lower in w.possessives
        or lower in w.cls("light_particle")
        or w.is_adverb(lower)
    )


def _in_medium(s: Sentence, mention: Mention) -> bool:
    """True when the possessor *mention* of a speech noun follows a medium preposition
    inside its sentence (``insisted in her second statement that``): the noun is where
    a verb before it reported, no report of its own."""
    w = s.w
    tokens = s.tokens
    m = index_at(s, mention.start)
    if m - 1 <= s.first_word or tokens[m - 1].text.lower() not in w.cls("medium_preposition"):
        return False
    # A reporting verb a few words before ("said on Tuesday in her remarks"), not "laughed at his claim".
    return any(t.text.lower() in w.verbs for t in tokens[max(s.first_word, m - 5) : m - 1])


def participle_content(s: Sentence, k: int) -> tuple[int, int, Mention | None] | None:
    """``The council issued a statement saying the pier was safe``, ``Roe released
    statements condemning the attack``: a speech noun that a light verb takes
    (perhaps with its particle: ``put out a statement``), then an -ing verb;
    the content is what follows the -ing verb (after its ``that``), for the
    light verb's subject.  Without a light verb, no report: a participle after
    a noun phrase may be no speech (``a statement piece``, ``the report
    covering May``)."""
    w = s.w
    tokens = s.tokens
    i = k + 1
    if i + 1 >= len(tokens) or not tokens[i].text.islower() or not w.is_gerund(tokens[i].text):
        return None
    if tokens[i].text in w.not_participles:
        return None
    j = k - 1
    while j > 0 and k - j < 3 and tokens[j].text.lower() not in w.articles and modifier(w, tokens[j]):
        j -= 1  # "issued a brief statement saying"
    if tokens[j].text.lower() in w.articles or tokens[j].text.lower() in w.determiners:
        j -= 1  # "issued a statement", "made several statements"
    if j > 0 and tokens[j].text.lower() in w.cls("light_particle"):
        j -= 1  # "put out a statement"
    if j < 0 or tokens[j].text.lower() not in w.cls("light_verb"):
        return None
    mention = w.mentions.subject_before(tokens, j, max(0, j - REACH))
    if mention is None:
        return None
    first = i + 1
    if tokens[first].text.lower() in w.complementizers:
        first += 1
    if first >= len(tokens) or not is_word(tokens[first]):
        return None
    return offset(s, first), noun_end(s, k, first), mention


def target_content(s: Sentence, k: int, source: Mention | None) -> tuple[int, int, Mention | None] | None:
    """``The plan has drawn harsh criticism from Roe``: a noun of class
    ``target_noun`` that a verb of class ``target_verb`` takes, with its source
    after ``from`` (*source*; None when no source is named), reports the subject
    of that verb, what was criticised."""
    w = s.w
    tokens = s.tokens
    if tokens[k].text.lower() not in w.cls("target_noun"):
        return None
    verb = _target_verb(w, tokens, k)
    if verb is None:
        return None
    j, group = verb
    subject = w.mentions.subject_before(tokens, j, max(0, j - REACH)) or w.mentions.subject_before(
        tokens, group, max(0, group - REACH)
    )
    if subject is None or subject.kind == "pronoun" or subject.start >= tokens[group].start:
        return None  # "He has faced criticism from ...": the annotation takes the whole clause
    start = subject.start
    opener = tokens[s.first_word].text.lower()
    if not (opener in w.prepositions or opener in w.subordinators or opener in w.adverbial_openers):
        # The whole subject phrase, whatever it holds: "The cost of the plan has drawn",
        # "Roe's deal with Lund, which ..., has drawn"; not a phrase that opens the sentence.
        start = tokens[s.first_word].start
    return start, tokens[group - 1].end, source


def _unsourced_target(s: Sentence, k: int) -> tuple[int, int, Mention | None] | None:
    """``The toll plan has drawn fierce criticism among the skippers``: a
    ``target_noun`` that a ``target_verb`` takes with no source and no
    preposition after it reports the verb's subject, what was criticised, for
    no source (a pronoun subject gives nothing: PolNeAR takes the whole clause)."""
    after = s.tokens[k + 1].text.lower() if k + 1 < len(s.tokens) else ""
    if after in s.w.prepositions and after not in s.w.subordinators:
        return None  # "faced criticism from ...", "for ...": the rules above read those; "after he ..." is a clause
    return target_content(s, k, None)


def _target_verb(w: ReportWords, tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The ``target_verb`` that takes the ``target_noun`` at token *k* (``drew sharp
    criticism``) and where its verb group starts (``has already drawn``, ``is
    facing``), or None when no such verb stands before the noun."""
    verbs = w.cls("target_verb")
    j = k - 1
    while j > 0:
        if j > 1 and f"{tokens[j - 1].text} {tokens[j].text}".lower() in verbs:
            j -= 1  # "came under fierce criticism": the verb of a two-word phrase
            break
        if tokens[j].text.lower() in verbs:
            break
        if k - j >= 3 or not modifier(w, tokens[j]):
            return None
        j -= 1
    if j <= 0:
        return None
    group = j
    while group > 0 and _in_verb_group(w, tokens[group - 1].text):
        group -= 1
    return j, group


def _target_clause(s: Sentence, k: int) -> tuple[int, int, Mention | None] | None:
    """``Roe received criticism for the tolls``: a ``target_noun`` that a ``target_verb``
    takes, with no source and a ``target_preposition`` after it, reports its whole
    clause, what was criticised and why, as PolNeAR annotates it (no source)."""
    w = s.w
    tokens = s.tokens
    if w.duration(tokens, k + 2):
        return None  # "faced criticism for weeks": how long, not why
    verb = _target_verb(w, tokens, k)
    if verb is None:
        return None
    group = verb[1]
    subject = w.mentions.subject_before(tokens, group, max(0, group - REACH))
    if subject is None or not w.can_speak(subject):
        return None  # "The new crane drew criticism for its noise": a thing, not one who answers for it
    end = noun_end(s, k, k + 2)
    for j in range(k + 2, len(tokens) - 2):
        if tokens[j].start >= end:
            break
        if tokens[j].text == "," and tokens[j + 1].text in w.coordinators and opens_subject(w, tokens, j + 2):
            end = tokens[j].start  # ", and Kowal resigned": a clause of its own
            break
    return _head_start(s, index_at(s, subject.start), subject.start), end, None


def _head_start(s: Sentence, m: int, start: int) -> int:
    """Where the subject phrase that ends with the mention at token *m* starts: the
    sentence's first word when only a head and ``of`` come before it (``The keeper of
    the lock``), else the mention's own *start*."""
    w = s.w
    tokens = s.tokens
    if m - 1 <= s.first_word or tokens[m - 1].text.lower() != "of":
        return start
    for t in tokens[s.first_word : m - 1]:
        word = t.text
        if not is_word(t) or word.lower() in w.clause_links or word in w.be_forms or w.is_auxiliary(word):
            return start  # a main clause or a subordinator is no part of what was criticised
        if w.is_finite_verb(word):
            return start  # "Kowal thinks Lund faced ...": the clause of the one who thinks
    return tokens[s.first_word].start


def _in_verb_group(w: ReportWords, word: str) -> bool:
    """True for an auxiliary, a form of *be* or an adverb before a verb."""
    lower = word.lower()
    return w.is_auxiliary(lower) or lower in w.be_forms or w.is_adverb(word)


def _bare(w: ReportWords, tokens: list[Token], k: int) -> bool:
    """True when no article, determiner or preposition opens the phrase of the
    noun at token *k* (``including allegations that``, ``wild accusations that``;
    not ``said in a statement that``, whose verb reports the clause)."""
    j = k - 1
    while j >= 0 and k - j < 3 and modifier(w, tokens[j]):
        j -= 1
    if j < 0:
        return True
    word = tokens[j].text.lower()
    return word not in w.articles and word not in w.determiners and word not in w.prepositions


#: How many tokens a speech noun's phrase may run before it, from the sentence start.
_SUBJECT_WORDS = 5


def _opens_sentence(w: ReportWords, tokens: list[Token], first_word: int, k: int) -> bool:
    """True when the phrase of the noun at token *k* opens its sentence, so that it is
    the subject of the main verb (``Roe's claim that ... surprised nobody``)."""
    return k - first_word <= _SUBJECT_WORDS and all(
        is_word(t) or t.text in _APOSTROPHES for t in tokens[first_word:k]
    ) and not any(t.text.lower() in w.prepositions for t in tokens[first_word:k])


def _verbish(w: ReportWords, word: str) -> bool:
    """True for a lowercase word that shows a finite verb or an auxiliary."""
    return word.islower() and (w.is_finite_verb(word) or w.is_auxiliary(word) or word in w.be_forms)


def subject_clause_end(s: Sentence, first: int) -> int | None:
    """Where the that-clause opening at token *first*, inside a subject, ends: before
    the main verb that follows the clause's own verb group (``Roe's claim that the
    pier was safe | surprised nobody``).  None when a mark, a coordinator or a
    clause opener comes first: the two verbs may then both be the clause's."""
    w = s.w
    tokens = s.tokens
    stop = min(len(tokens), first + REACH)
    own = next((i for i in range(first + 1, stop) if _finite_at(w, tokens, i)), None)
    if own is None or not all(is_word(t) for t in tokens[first:own]):
        return None
    i = own + 1
    lower = tokens[own].text.lower()
    if w.is_auxiliary(lower) or lower in w.be_forms:
        while i < stop and (
            _verbish(w, tokens[i].text) or w.is_adverb(tokens[i].text) or tokens[i].text in w.cls("preverb")
        ):
            i += 1  # the clause's verb group: "are needed", "has long been"
    joined = -1  # the last coordinator: a verb right after "and voters" is the clause's own
    for j in range(i, stop):
        word = tokens[j].text.lower()
        if not is_word(tokens[j]) or word in w.complementizers:
            return None
        if word in w.relative_pronouns or word in w.subordinators or word in w.question_words:
            return None
        if word in w.coordinators:
            joined = j
        elif _finite_at(w, tokens, j):
            return tokens[j - 1].end if j - joined > 3 else None
    return None


def _finite_at(w: ReportWords, tokens: list[Token], j: int) -> bool:
    """True when token *j* shows a finite verb here: not after ``to``, an article,
    a determiner, a possessive or a preposition (``the embattled mayor``)."""
    prev = tokens[j - 1].text.lower()
    return _verbish(w, tokens[j].text) and not (
        prev in w.infinitive_markers
        or prev in w.articles
        or prev in w.determiners
        or prev in w.prepositions
        or prev in w.possessives
    )
