"""Stage 4, reported speech: where a content does not end, and where a clause opens.

The scan (:mod:`~quoteattr.rules.reported.scan`) ends a content at a clause
boundary or where a coordinated report starts; these tests keep it going
where the comma belongs to the reported clause itself: a number written
with commas (:func:`join_numbers`), a short phrase set between two commas
(:func:`inserted`), a short phrase that opens the content
(:func:`opening_phrase`, :func:`after_comma`).  A content may also open after
a comma when the words there open a clause's subject (:func:`opens_subject`,
:func:`clause_after_comma`), or after a long phrase and its ``that``
(:func:`after_lead`).  After a postposed cue's comma, the words either go on
with the content (:func:`~quoteattr.rules.reported.tails.goes_on`) or describe
the source (:func:`describes_source`); the phrase after a postposed cue ends at a
semicolon, a dash or a reporting participle (:func:`phrase_stop`), and a
source after ``according to`` may run on to a comma (:func:`source_runs_on`).
A naming verb whose object stands alone opens no content (:func:`summoned`:
``called Roe on Friday`` is a call); a short aside may stand between a
subject and its cue (:func:`before_aside`).
"""

from __future__ import annotations

import re
from itertools import islice as _islice

from quoteattr.document import Mention
from quoteattr.lang import ReportVerb
from quoteattr.mentions import is_word
from quoteattr.rules.reported.clauselead import main_subject_after_words
from quoteattr.rules.reported.listeners import listener_insertion
from quoteattr.rules.reported.modifiers import modifies_noun
from quoteattr.rules.reported.records import LAST_WORD_RE, Sentence, index_at
from quoteattr.rules.reported.relatives import source_name
from quoteattr.rules.reported.words import LEAD_REACH, POSTPOSED_FRAMES, ReportWords
from quoteattr.text.tokens import Token

#: Dash tokens: they end the phrase after a postposed cue (``..., Roe said on
#: Friday -- a blow to ...``) and set off an aside after a speech noun's content
#: (``his claim that ... — a claim no one checked``).
DASHES = frozenset({"\u2014", "\u2013", "--", "-"})
#: Marks that may set a phrase between a cue and its ``that`` (``said, in a
#: statement, that``, ``said — on the radio, of all places — that``).
INSERTION_MARKS = DASHES | {","}
#: How many tokens a time or place phrase between a cue and its complementizer
#: may run (``said in an interview with the Harbour Gazette last week that``).
_PHRASE_REACH = 16


#: Three digits after a comma inside a number (``2,000``).
_THOUSANDS_RE = re.compile(r"\d{3}")


def join_numbers(tokens: list[Token]) -> list[Token]:
    """*tokens* with each number written with commas (``2,000``, ``1,250,000``) as
    one token: its commas end no clause, and its parts are no appositive."""
    out: list[Token] = []
    for t in tokens:
        if (
            len(out) >= 2
            and _THOUSANDS_RE.fullmatch(t.text)
            and out[-1].text == ","
            and out[-1].start == out[-2].end
            and out[-1].end == t.start
            and out[-2].text[-1:].isdigit()
        ):
            comma = out.pop()
            first = out.pop()
            out.append(Token(first.start, t.end, first.text + comma.text + t.text))
        else:
            out.append(t)
    return out


#: The most words an opening phrase of a content may have (``that after the vote, ...``).
OPENING_WORDS = 6


WORDS_RE = re.compile(r"[\w'’-]+")


def opening_phrase(s: Sentence, start: int, cut: int, cue_end: int) -> bool:
    """True when ``text[start:cut]`` is only a short phrase that opens a content
    and ends at a comma (``Roe said that after the vote, Lund left``): the
    clause after the comma is still the content, not a coordinated report.
    Without ``that`` before it, an infinitive, a question or an ``as`` phrase is
    a content of its own (``Asked if it was legal, 46 percent said yes``)."""
    w = s.w
    before = LAST_WORD_RE.search(s.text, max(s.start, start - 12), start)
    words = WORDS_RE.findall(s.text, start, cut)
    if not words or len(words) > OPENING_WORDS:
        return False
    first = words[0].lower()
    after_that = before is not None and before.group(1).lower() in w.complementizers
    # "said, if chosen, she would ...": the cue's own comma, like "that", leaves the clause to the cue.
    after_that = after_that or s.text[cue_end:start].strip() == ","
    own = first in w.infinitive_markers or first in w.question_words or first in w.cls("as_clause")
    if own and not after_that:
        return False
    return first in w.prepositions or first in w.subordinators or first in w.adverbial_openers


def second_that(s: Sentence, start: int, cut: int) -> bool:
    """True when a coordinator and a complementizer stand in the few words before
    *cut*, after *start* (``Roe said that A and that Lund and Ann had left``):
    the clause goes on with the same report's content, whatever subject the
    later cue was read with."""
    w = s.w
    words = [word.lower() for word in WORDS_RE.findall(s.text, max(start, cut - 48), cut)]
    return any(
        a in w.coordinators and b in w.complementizers for a, b in zip(words, words[1:], strict=False)
    )


#: A short phrase between two commas, and the lowercase word after the second
#: (``, numbering 75.3 million, surpassed``): the phrase is set into its clause.
_INSERT_RE = re.compile(r",((?:\s+(?:\d{1,3}(?:,\d{3})+|[\w'’.-]+)){1,6}),\s+([a-z][\w'’-]*)")


def inserted(s: Sentence, pos: int) -> bool:
    """True when the comma at *pos* opens a short phrase set into the clause,
    which goes on after the next comma with a lowercase word that is not a
    conjunction (``Cyclists, numbering 4.2 million, outnumbered drivers``,
    ``a deal, however messy, was worth it``): the content does not end there."""
    if s.text[pos] != ",":
        return False
    m = _INSERT_RE.match(s.text, pos, s.end)
    if m is None:
        return False
    word = m.group(2)
    w = s.w
    return not (
        word in w.coordinators
        or word in w.boundaries
        or word in w.relative_pronouns
        or w.is_participle(word)
        or word in w.pronouns
    )


def after_comma(text: str, pos: int, lo: int) -> bool:
    """True when a comma stands before *pos*, spaces skipped."""
    j = pos
    while j > lo and text[j - 1].isspace():
        j -= 1
    return j > lo and text[j - 1] == ","


def opens_subject(w: ReportWords, tokens: list[Token], i: int) -> bool:
    """True when token *i* opens the subject of a clause: a personal pronoun, a
    determiner, a possessive or a capitalised word (``that the pier``, ``that
    she``, ``that Roe``), not a verb (``that works``, ``that left``)."""
    if i >= len(tokens) or not is_word(tokens[i]):
        return False
    word = tokens[i].text
    lower = word.lower()
    if lower in w.relative_pronouns or lower in w.time_words:
        return False
    return (
        lower in w.pronouns
        or lower in w.determiners
        or lower in w.possessives
        or (word[0].isupper() and lower not in w.question_words)
    )


def clause_after_comma(s: Sentence, i: int, k: int, m: int, entry: ReportVerb) -> int | None:
    """Index of a content that follows a comma after the cue at token *k* (its
    subject at token *m*, the comma at token *i*): ``In the end, Roe said, the
    voters stay home``.  Only for a main-clause cue, its subject opening the
    sentence, following a comma or following words with no mark or clause link
    (``Harbour Weekly's Ann Roe said, ...``), that is a verb here (not ``points``),
    and a clause whose subject follows the comma; else None."""
    w = s.w
    tokens = s.tokens
    if i >= len(tokens) or tokens[i].text != "," or entry.frame not in POSTPOSED_FRAMES:
        return None
    if tokens[k].text.lower() in w.noun_forms:
        return None
    if m != s.first_word and tokens[m - 1].text != "," and not main_subject_after_words(w, tokens, s.first_word, m):
        return None  # "After Roe testified, ...", "which Roe denies, ...": a subordinate clause
    if opens_subject(w, tokens, i + 1) or _fronted_clause(w, tokens, i + 1):
        return i + 1
    # A bare noun only after an opening phrase (``In the end, Roe said, dock workers
    # vote``): after a subject (``The plan, Roe said, makes sense``) it is the verb.
    opener = tokens[s.first_word].text.lower()
    if (opener in w.prepositions or opener in w.adverbial_openers) and _bare_subject(w, tokens, i + 1):
        return i + 1
    return None


def _fronted_clause(w: ReportWords, tokens: list[Token], i: int) -> bool:
    """True when a subordinate clause opens at token *i* and a clause's subject follows
    its comma (``Roe said, unless Lund objects, the pier will close``): what was said
    opens with the condition, which PolNeAR keeps in the content."""
    if i >= len(tokens) or tokens[i].text.lower() not in w.subordinators:
        return False
    j = next((j for j in range(i + 1, min(len(tokens), i + OPENING_WORDS * 2)) if not is_word(tokens[j])), None)
    if j is None or tokens[j].text != "," or not opens_subject(w, tokens, j + 1):
        return False
    # A clause, not an aside on the saying ("said, after a pause, ...", "said, as usual, ..."):
    # a participle ("if chosen", not "as expected"), or words with a verb, or a present form
    # after its subject ("unless the council objects").
    words = [t.text for t in tokens[i + 1 : j]]
    if len(words) == 1:
        return w.is_past(words[0]) and tokens[i].text.lower() not in w.cls("as_clause")
    if not words or words[0].lower() in w.prepositions:
        return False
    verb = words[0].lower() in w.pronouns or any(x in w.be_forms or w.is_auxiliary(x) or w.is_finite_verb(x) for x in words)
    return verb or words[-1].endswith("s") and words[-1].islower() and words[-2].lower() not in w.determiners


def _bare_subject(w: ReportWords, tokens: list[Token], i: int) -> bool:
    """True when token *i* may open a subject with no determiner, a bare plural or
    mass noun (``In the end, Roe said, dock workers vote for the mayor``): a
    lowercase word that is no function word, adverb, participle or past form."""
    if i >= len(tokens) or not is_word(tokens[i]) or not tokens[i].text.isalpha():
        return False
    word = tokens[i].text
    if not word.islower():
        return False
    return not (
        word in w.clause_links
        or word in w.boundaries
        or word in w.adverbial_openers
        or word in w.time_words
        or word in w.be_forms
        or w.is_auxiliary(word)
        or w.is_adverb(word)
        or w.is_participle(word)
        or w.is_past(word)
        or word in w.verbs
    )

def after_lead(
    w: ReportWords, tokens: list[Token], i: int, wanted: frozenset[str], timed: bool
) -> int | None:
    """Index of the content after a phrase that opens at token *i* and ends at a
    complementizer or a question word in *wanted* (``said on Tuesday that``,
    ``asked her whether``), or None.  A place or time phrase may run
    :data:`_PHRASE_REACH` tokens, the complementizer then opening a subject,
    not a relative clause (``reported victims at a center that works ...``).  So
    may a listener before its ``that`` (``told The Harbour and Ferry Gazette of
    Tarrow on Saturday that ...``), though only to a ``that`` that opens a
    subject after a capitalized or time word (after a lowercase noun it opens
    that noun's relative clause: ``warned the crew about the barge near the
    mill that the storm had sunk``), with no mark and no question word before
    it (``told everyone how hard it was and that ...``: the question is what
    was said).  Measured:
    PolNeAR train +1 matched report, dev unchanged."""
    first = tokens[i].text.lower()
    phrase = (first in w.prepositions and first not in w.infinitive_markers) or timed
    reach = _PHRASE_REACH if phrase else LEAD_REACH
    marked = False  # a comma or dash crossed: "said on CNN, where he works, that ..."
    question = False  # "tell everyone how hard it is ... and that ...": the question is what was said
    for j in range(i + 1, min(len(tokens), i + _PHRASE_REACH)):
        word = tokens[j].text.lower()
        question = question or word in w.question_words
        if j - i >= reach and (question or not is_word(tokens[j])):
            return None
        if j - i >= reach and word not in w.complementizers:
            continue
        if word in w.complementizers and w.owns_clause(tokens, j - 1):
            continue  # "said in reply to Roe's claim that A that B": A is the claim's
        if word in wanted and (j - i >= LEAD_REACH - 1 or marked) and not (opens_subject(w, tokens, j + 1) or _named_bare(w, tokens, j)):
            return None
        if word in wanted and not phrase and j - i >= LEAD_REACH and not _names_time_or_place(w, tokens[j - 1].text):
            return None  # "warned the crew about the barge near the mill that the storm had sunk": a relative clause
        if word in wanted:
            return j + 1 if word in w.complementizers else j
        if tokens[j].text in INSERTION_MARKS and (phrase or marked or listener_insertion(w, tokens, j)):
            marked = True
        elif not is_word(tokens[j]) and tokens[j].text not in "'’":
            return None
    return None


def _named_bare(w: ReportWords, tokens: list[Token], j: int) -> bool:
    """True when the ``that`` at token *j* follows a name or a time word and a bare noun
    subject follows it (``said in a letter to the Tarrow Courier that fear is spreading``),
    not a demonstrative before a noun that ends the clause (``a strike at that port.``)."""
    before = tokens[j - 1].text
    if before.lower() in w.prepositions or j + 2 >= len(tokens) or not is_word(tokens[j + 2]):
        return False
    return _names_time_or_place(w, before) and _bare_subject(w, tokens, j + 1)


def _names_time_or_place(w: ReportWords, word: str) -> bool:
    """True for a word that may end a long listener before its ``that`` (``of Tarrow on Saturday that``):
    after a lowercase common noun, a ``that`` opens that noun's relative clause."""
    return word[:1].isupper() or word.lower() in w.time_words or word.lower() in w.timed


def pronoun_after_lead(w: ReportWords, tokens: list[Token], i: int) -> int | None:
    """Index of a personal pronoun that opens the content after a medium phrase
    with no complementizer (``said in a statement on Friday they had closed the
    pier``, ``said on the radio she would run``), or None.  Only a medium
    phrase: after others a pronoun and a verb are often a relative clause (``insist
    on a judge they can tolerate``)."""
    if tokens[i].text.lower() not in w.cls("medium_preposition"):
        return None
    medium = False
    for j in range(i + 1, min(len(tokens) - 1, i + _PHRASE_REACH)):
        if not is_word(tokens[j]):
            return None
        if medium and clause_opens(w, tokens[j].text, tokens[j + 1].text) and tokens[j].text.lower() not in w.complementizers:
            return j
        medium = medium or tokens[j].text.lower() in w.cls("medium")
    return None


def clause_follows(w: ReportWords, tail: list[Token]) -> bool:
    """True when the words after a comma continue a clause (``, would fail``),
    rather than describe the source (``, a doctor at the clinic``)."""
    words = [t.text.lower() for t in tail if is_word(t)]
    if len(words) < 2:
        return False
    return len(words) > 12 or any(
        word in w.verbish or word.endswith(w.verb_endings) for word in words
    )


def describes_source(w: ReportWords, tail: list[Token], inverted: bool) -> bool:
    """True when the words after a cue and its source (*tail*, from the comma on)
    describe the source rather than go on with the content: a relative clause
    (``..., said Roe, who chairs the board``) or, after an inverted source, an
    appositive that no predicate follows (``..., said Roe, director of the port``,
    not ``Hill said Ann Roe, the nurse, had left``)."""
    if len(tail) < 2 or tail[0].text != ",":
        return False
    word = tail[1].text
    if word.lower() in w.relative_pronouns:
        return True
    if inverted and word[:1].isupper() and word not in w.roles:
        return source_name(w, tail)
    if not inverted or not (word.lower() in w.articles or word in w.roles):
        return False
    comma = next((n for n in range(2, len(tail) - 1) if tail[n].text == ","), None)
    if comma is None or tail[comma + 1].text.lower() in w.relative_pronouns:
        return True  # "..., said Roe, director of the port, which ..."
    return not clause_follows(w, tail[comma:])


def summoned(w: ReportWords, tokens: list[Token], i: int) -> bool:
    """True when a naming verb's object at token *i* (a name or an object
    pronoun) stands alone: the sentence ends, or a comma, a coordinator, an
    preposition, an adverb or a time word follows (``called Roe shortly
    after``, ``called her on Friday``): a call, not a name given (``called Roe
    a liar``)."""
    j = i
    if tokens[j].text.lower() in w.listener_pronouns:
        j += 1
    else:
        while j < len(tokens) and j - i < 6 and is_word(tokens[j]) and tokens[j].text[:1].isupper():
            j += 1  # a name of a few words (bounded: a run of capitals is read once per cue)
    if j == i:
        return False
    if j >= len(tokens):
        return True
    word = tokens[j].text.lower()
    return (
        tokens[j].text in ",.;:!?"
        or word in w.coordinators
        or word in w.prepositions and word not in w.infinitive_markers
        or word in w.time_words
        or w.is_adverb(tokens[j].text)
    )




#: The most tokens an infinitive after a speech noun is read for before its end.
_INFINITIVE_READ = 40


def infinitive_end(s: Sentence, k: int, i: int) -> int | None:
    """The end of the infinitive that reports the content of the speech noun at
    token *k* from token *i* on (``his promise to build a sea wall``, ``her call
    to resign``), or None when none follows.  It ends at a mark or where the
    sentence's own verb starts (``his promise to rebuild the pier was popular``): a
    form of *be*, an auxiliary, a past form after a word that is not one, nor a
    word after which it modifies a noun (``to ban the unlicensed boats``)."""
    w = s.w
    tokens = s.tokens
    if k + 1 < i or tokens[k].text.lower() not in w.cls("to_noun"):
        return None  # a source after the noun ("calls from Roe to ...") is read as the object
    if i + 1 >= len(tokens) or tokens[i].text.lower() not in w.infinitive_markers:
        return None
    verb = tokens[i + 1].text
    if not (verb.isalpha() and verb.islower()) or verb in w.articles or verb in w.determiners:
        return None  # "a promise to Lund", "calls to the port": a phrase, no infinitive
    for j in range(i + 2, min(len(tokens), i + _INFINITIVE_READ)):
        word = tokens[j].text.lower()
        prev = tokens[j - 1].text.lower()
        ends = tokens[j].text in ",.;:!?()" or word in w.be_forms or w.is_auxiliary(word)
        verb_past = tokens[j].text.islower() and w.is_past(word) and not modifies_noun(w, tokens[j - 1].text)
        if ends or verb_past and not w.is_auxiliary(prev) and prev not in w.be_forms:
            # One word before the sentence's verb is a listener: "his promise to voters was broken".
            return tokens[j].start if j > i + 2 or tokens[j].text in ",.;:!?()" else None
    return s.end


def clause_opens(w: ReportWords, first: str, second: str) -> bool:
    """True when the two words after a cue open a clause, not a time phrase or an
    object: ``that`` and no time word (``admitted that the ...``, not ``said that
    night``), or a personal subject pronoun and a lowercase word (``claimed they
    had ...``).  Right after a quote, such a cue reports a clause of its own."""
    lower = first.lower()
    if lower in w.complementizers:
        return second.lower() not in w.time_words
    stem, mark, clitic = lower.replace("’", "'").rpartition("'")
    if mark and clitic in w.clitics and first.islower():
        lower, second = stem, clitic  # "he's the only one": the pronoun and its verb
    pronoun = w.pronouns.get(lower)
    return pronoun is not None and pronoun.gender != "n" and lower not in w.relative_pronouns and second.islower()


def opens_subordinate(s: Sentence, mention: Mention) -> bool:
    """True when *mention* opens a clause that a participle after it does not
    belong to: a ``that``-clause (``claims that Lund lied, calling ...``), a
    reported question (``how he planned``) or a relative clause set off by a
    comma (``Lund, with whom he clashed, ...``).  A subordinate clause of time
    (``when he named his partner, calling ...``) and a relative clause without a
    comma (``a talk in which he went on, mocking ...``) keep their participle."""
    w = s.w
    tokens = s.tokens
    m = index_at(s, mention.start)
    if m == 0:
        return False
    word = tokens[m - 1].text.lower()
    if word in w.complementizers or word in w.question_words and word not in w.relative_pronouns | w.subordinators:
        return True
    if word not in w.relative_pronouns:
        return False
    j = m - 2
    if j >= 0 and tokens[j].text.lower() in w.prepositions:
        j -= 1  # ", with whom he clashed"
    return j >= 0 and tokens[j].text == ","


def before_aside(w: ReportWords, tokens: list[Token], k: int, lo: int) -> int:
    """Index of the comma that opens a short aside right before token *k*
    (``, however,``, ``, for instance,``, ``, in fact,``): up to three words set
    between commas, the first an adverb, a preverb or a preposition; else *k*."""
    if k - 3 < lo or tokens[k - 1].text != ",":
        return k
    for c in range(k - 3, max(lo, k - 5) - 1, -1):
        if tokens[c].text == ",":
            first = tokens[c + 1].text
            lower = first.lower()
            if all(is_word(t) for t in tokens[c + 1 : k - 1]) and (
                w.is_adverb(first) or lower in w.cls("preverb") or lower in w.prepositions
            ):
                return c
            return k
    return k


def phrase_stop(w: ReportWords, tail: list[Token]) -> int | None:
    """Where the phrase after a postposed cue ends in *tail*, the tokens after the cue:
    at a semicolon (``..., analysts say; in 2012 ...``), at a dash after a time or
    place phrase (``..., the board announced on Friday -- a change that ...``;
    not ``told his team -- jokingly -- that``), or at a comma before a reporting
    participle, which reports on its own (``..., Roe said Friday, adding that ...``).
    Measured and left out: a comma before a subordinator (``, because ...``), which
    PolNeAR reads as part of the content (train -9 matched).  None when none ends it."""
    timed = bool(tail) and tail[0].text.lower() in w.lead_words
    for n, t in enumerate(tail):
        if t.text == ";" or n and t.text in DASHES and timed:
            return n
        if t.text == "," and n + 1 < len(tail):
            word = tail[n + 1].text
            if w.is_participle(word) and word in w.verbs:
                return n
    return None


def source_runs_on(s: Sentence, after: int, reach: int) -> bool:
    """True when a source after ``according to`` runs on past what was read as its
    name (which ends before token *after*) to a comma within *reach* tokens, and
    the clause goes on after that comma with its verb (``The upshot, according to
    officials who met Roe, is that ...``): the content runs on past the source."""
    tokens = s.tokens
    comma = s.comma_after(after)
    if comma is None or comma + 1 >= len(tokens) or comma - after > reach:
        return False
    word = tokens[comma + 1].text
    w = s.w
    return (
        all(is_word(t) for t in tokens[after:comma])
        and word.islower()
        and (word in w.be_forms or w.is_auxiliary(word) or w.is_finite_verb(word))
    )


def clause_start(s: Sentence, comma: int, parenthetical: bool) -> int:
    """Where the content of a parenthetical or postposed cue whose source follows the
    comma at token *comma* starts: the sentence start, or after the last semicolon
    before that comma (a headline: ``Storm hits the coast; Port will close, mayor
    says``) or after a last dash that opens no pair.  A parenthetical's clause
    follows any such dash or a colon (``He had a concert that evening -- and the
    licence, his aides said, was hard to get``); a postposed content only a dateline's
    dash (``HALIFAX -- The ferry is late, officials said``): after words in lower
    case a dash opens a phrase of the clause (``The pier is safe -- a relief,
    Roe said``), which PolNeAR keeps in the content."""
    tokens = s.tokens
    text = s.text
    # Dashes between spaces (not the hyphen of "U.S.-Mexican"); the last one ends
    # a clause only when it opens no pair ("specifics -- the cost -- of the plan").
    dashes = [
        j
        for j in range(s.first_word, comma)
        if tokens[j].text in DASHES and text[tokens[j].start - 1 : tokens[j].start].isspace()
    ]
    for j in range(comma - 1, s.first_word, -1):
        word = tokens[j].text
        if word == ";" or parenthetical and word == ":":
            break
        if (
            dashes
            and j == dashes[-1]
            and len(dashes) % 2 == 1
            and (parenthetical or not any(t.text[:1].islower() for t in tokens[s.first_word : j]))
        ):
            break
    else:
        return s.start
    return tokens[j].end if j + 1 < comma else s.start


def quote_follows(s: Sentence, i: int) -> bool:
    """True when a direct quote opens at token *i*, after a comma or colon there
    (``said, "..."``): the cue before it introduces the quote."""
    tokens = s.tokens
    if i < len(tokens) and tokens[i].text in ",:":
        i += 1
    return i < len(tokens) and not is_word(tokens[i]) and s.quoted.contains(tokens[i].start)


#: How many words may follow the head of a trailing medium phrase (``in a
#: podcast taped Friday``, ``on Facebook after the hearing``).
_MEDIUM_TAIL = 6


def medium_end(s: Sentence, start: int, end: int, objects: bool = False) -> int:
    """Where a content from *start* ends before a trailing phrase that says where the
    report was made (``Roe said the pier was safe in an interview with the Gazette``,
    ``... on Twitter``), with at most :data:`_MEDIUM_TAIL` words after its noun, none
    a form of *be* or an auxiliary (``the remarks in the statement were unfair``
    goes on); else *end*.  See :func:`_medium_phrase` for the phrases it skips; after
    a cue's *objects*, no ``topic_medium`` (``criticized the jokes in his speech``)."""
    terms = s.w.terms.search(s.text, start, end) if s.w.terms_hint.search(s.text, start, end) else None
    if terms is not None and terms.start() > start and not s.quoted.contains(terms.start()):
        end = terms.start()  # "... on condition of anonymity, since ...": how the source spoke
    pattern = s.w.medium
    m = pattern.search(s.text, start, end)
    while m is not None:
        tail = [t.group() for t in _islice(WORDS_RE.finditer(s.text, m.end(), end), _MEDIUM_TAIL + 1)]
        if (
            m.start() > start
            and len(tail) <= _MEDIUM_TAIL
            and _medium_phrase(s.w, m.group().split(), tail)
            and not (objects and m.group().split()[-1].lower() in s.w.cls("topic_medium"))
            and not any(t.lower() in s.w.be_forms or s.w.is_auxiliary(t.lower()) for t in tail)
            and not s.quoted.contains(m.start())
        ):
            return m.start()
        m = pattern.search(s.text, m.end(), end)
    return end


def _medium_phrase(w: ReportWords, words: list[str], tail: list[str]) -> bool:
    """True when *words* (a preposition, up to three words, a medium noun), then
    *tail*, read as where a report was made.  Not when the noun modifies a
    following noun (``focus on the interview process``, ``appear in radio ads``),
    and after *on* or *at* only a platform name or a possessive
    (``on Twitter``, ``on her podcast``), as *on* or *at* plus an other noun is
    often the verb's own phrase (``worked on the statement``, ``spend more on
    radio``, ``seen the plan at a briefing``); a noun of class ``topic_medium`` only
    after a determiner or a name (``in a speech``; not ``believed in free speech``)."""
    if tail and tail[0].isalpha() and tail[0].islower() and not (
        tail[0] in w.prepositions
        or tail[0] in w.coordinators
        or tail[0] in w.subordinators
        or tail[0] in w.complementizers
        or tail[0] in w.relative_pronouns
        or tail[0] in w.time_words
        or w.is_participle(tail[0])
        or w.is_past(tail[0])
    ):
        return False
    if words[-1] in w.cls("topic_medium") and not any(x in w.determiners or x[:1].isupper() for x in words[1:-1]):
        return False  # "believed in free speech": a bare noun of this class is a topic
    if words[0] not in w.cls("verb_preposition"):
        return True
    return words[-1][:1].isupper() or (
        len(words) > 2 and words[1] in w.articles and words[1] not in w.indefinite and words[1] != "the"
    )
