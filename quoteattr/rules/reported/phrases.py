"""Stage 4, reported speech: sources and content starts.

Where a report's content starts after its cue (a complementizer, a listener
or a time phrase left out), and who its source is when the plain subject
reading of :meth:`quoteattr.mentions.Mentions.subject_before` finds none: a
coordinated predicate, a counting phrase, a long subject, a possessor, the
subject of a participle clause.  Each function reads a bounded window of tokens.
"""

from __future__ import annotations

from quoteattr.document import Mention
from quoteattr.lang import ReportVerb
from quoteattr.mentions import is_word
from quoteattr.rules.reported import clauses
from quoteattr.rules.reported.clauses import after_verb, joined_clause_subject, lone_listener
from quoteattr.rules.reported.extent import (
    INSERTION_MARKS,
    after_lead,
    opens_subject,
    opens_subordinate,
    pronoun_after_lead,
    summoned,
)
from quoteattr.rules.reported.listeners import (
    after_listener,
    opens_noun_phrase,
    possessive_before_noun,
    told_object,
)
from quoteattr.rules.reported.modifiers import modifies_noun
from quoteattr.rules.reported.records import (
    LAST_WORD_RE,
    QUOTE_TOKENS,
    Sentence,
    closes_aside,
    index_at,
)
from quoteattr.rules.reported.words import (
    ASKING_FRAMES,
    LISTENER,
    OBJECT,
    POSTPOSED_FRAMES,
    QUESTION,
    REACH,
    ReportWords,
)
from quoteattr.rules.reported.written import written_content
from quoteattr.text.tokens import Token

#: Currency signs, which may open a content (``calls for $1 trillion in spending``).
CURRENCY = "$£€¥"


#: Marks after a lone word that show it is all there is after the cue (``said simply, "..."``).
_CLOSING = frozenset(",.;:!?") | frozenset(QUOTE_TOKENS)

def content_start(w: ReportWords, tokens: list[Token], i: int, entry: ReportVerb) -> int | None:
    """Index of the first content token after a cue that ends at token *i*, or None.

    A complementizer is left out (``said that``); so are a listener (``told
    reporters that``) and a time or place phrase (``said on Tuesday that``)
    before one, and a listener before a question word (``asked her whether``).
    A cue followed by a comma, a coordinator or a bare preposition
    (``said with a smile``) reports nothing here.
    """
    n, cue = len(tokens), i - 1  # cue: the cue's last word, before a mark or a time phrase moves i
    if i < n and tokens[i].text == ":":
        i += 1
    if i < n and tokens[i].text in INSERTION_MARKS:
        return clauses.after_comma_phrase(w, tokens, i, _PHRASE_READ)
    if i >= n or not is_word(tokens[i]) and tokens[i].text not in QUOTE_TOKENS + CURRENCY:
        return None
    first = tokens[i].text.lower()
    if first in w.complementizers and clauses.lone_demonstrative(tokens, i):
        return i  # "Kowal said that.", "denied that, again": a pronoun, what was said
    if first in w.complementizers:
        # "rejected that idea", "echoed that promise on Monday": a determiner, not "that".
        return i if entry.frame == OBJECT and not entry.infinitive and clauses.demonstrative(w, tokens, i) else i + 1
    if entry.frame == QUESTION and first in w.question_words:
        return i
    wanted = w.question_words if entry.frame == QUESTION else clauses.lead_ends(w, tokens, i)
    nxt = tokens[i + 1].text.lower() if i + 1 < n else ""
    timed = first in w.time_words or (first in w.timed and (nxt in w.time_words or nxt.isdigit()))
    adjunct = entry.frame in POSTPOSED_FRAMES and clauses.opens_adjunct(w, tokens, i, cue)
    if entry.frame in ASKING_FRAMES or first in w.lead_words or timed or adjunct:
        found = after_lead(w, tokens, i, wanted, timed)
        if found is None and entry.frame in POSTPOSED_FRAMES:
            found = pronoun_after_lead(w, tokens, i) or clauses.pronoun_after_adverb(w, tokens, i)
        elif found is None and entry.frame in ASKING_FRAMES:
            found = clauses.asked_topic(w, tokens, i, entry)  # the listener is not what was asked
        if found is not None:
            return found
    if adjunct or tokens[i - 1].text.lower() in w.cls("needs_that"):
        return None  # "wrote while a student"; "maintains a lead": no that, no clause
    if tokens[i - 1].text.lower() in w.cls("no_object") and first not in w.infinitive_markers:
        return None  # "pledged delegates", "pledged her vote": an object, not what was said
    if timed:
        i = skip_time(w, tokens, i)  # said Tuesday the plan ...
        if i >= n or not is_word(tokens[i]):
            return None
        if entry.frame in POSTPOSED_FRAMES and clauses.opens_adjunct(w, tokens, i, cue):
            return None  # "said Friday as he left": an adverbial clause after the time phrase
    return _plain_content(w, tokens, i, entry)


def _approximates(w: ReportWords, tokens: list[Token], i: int) -> bool:
    """Whether the preposition at token *i* is an adverb before a quantity
    (``about half of them``, ``over 40 voters``, ``at least 20``), which may open
    what was said."""
    if i + 1 < len(tokens) and f"{tokens[i].text} {tokens[i + 1].text}".lower() in w.cls("approximator"):
        i += 1  # "at least 20", "at most half"
    elif tokens[i].text.lower() not in w.cls("approximator"):
        return False
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].text
    return nxt[:1].isdigit() or nxt[:1] in CURRENCY or nxt.lower().split("-")[0] in w.quantifiers


def _plain_content(w: ReportWords, tokens: list[Token], i: int, entry: ReportVerb) -> int | None:
    """Index of the content that opens at token *i* with no complementizer (``said
    the plan failed``, ``vowed to act``, ``told him the plan failed``), or None
    when the words there are no content: a preposition or coordinator, an
    infinitive the cue does not take, or a lone adverb or listener (``responded
    first``, ``said simply``, ``asked him``, ``asked the clerk``)."""
    n = len(tokens)
    first = tokens[i].text.lower()
    if entry.lemma in w.naming_verbs and tokens[i - 1].text.lower() not in entry.particles and summoned(w, tokens, i):
        return None  # "called Roe on Friday", "called Roe shortly after": a call
    if (i + 1 >= n or tokens[i + 1].text in _CLOSING) and (
        w.is_adverb(tokens[i].text) or first in w.listener_pronouns and entry.frame != OBJECT
    ) or (entry.frame == QUESTION and lone_listener(w, tokens, i, entry.lemma)) or clauses.manner_only(w, tokens, i, entry):
        return None
    infinitive = first in w.infinitive_markers
    if (first in w.cls("auxiliary") or first in w.be_forms) and tokens[i - 1].text.lower() in w.nouns:
        return None  # "the audit report has opened the door": a noun before its verb
    if (
        first in w.coordinators
        or (first in w.prepositions and not infinitive and not _approximates(w, tokens, i))
        or first in w.cls("lead") and not clauses.demonstrative_start(w, tokens, i)
    ):
        return None
    if infinitive and not entry.infinitive:
        return None  # "wrote to members": a phrase, not what was said
    if infinitive and (i + 1 >= n or tokens[i + 1].text.lower() in w.determiners or not (
        tokens[i + 1].text.islower() or w.title_case(tokens)  # "Roe Vows To Rebuild Pier": a headline
    )):
        return None  # "promised to his voters": a phrase, not an infinitive
    listener = entry.frame == LISTENER and first in w.listener_pronouns and not possessive_before_noun(w, tokens, i)
    if listener or _asked_to(w, tokens, i, entry):
        return i + 1  # told him the plan had failed; asked them to wait (the infinitive)
    if (
        entry.frame == LISTENER
        and not infinitive
        and opens_noun_phrase(w, tokens[i].text)
        and tokens[i - 1].text.lower() not in entry.particles and not told_object(w, tokens, i)  # "warned of the cost", "told a joke"
    ):
        return after_listener(w, tokens, i, entry)
    return written_content(w, tokens, i) if entry.lemma in w.cls("writing_verb") else i


def _asked_to(w: ReportWords, tokens: list[Token], i: int, entry: ReportVerb) -> bool:
    """True when a question verb's pronoun listener at token *i* comes before an infinitive (``asked them to wait``)."""
    return (
        entry.frame == QUESTION
        and entry.infinitive
        and tokens[i].text.lower() in w.listener_pronouns
        and any(t.text.lower() in w.infinitive_markers for t in tokens[i + 1 : i + 3])
    )


#: The most tokens a phrase after a speech noun's preposition is read for.
_PHRASE_READ = 30


def phrase_end(s: Sentence, i: int) -> int:
    """Where the phrase that starts at token *i* ends: before a mark, a verb (``his attacks on Roe are``; not a
    past form that modifies a noun, :func:`modifies_noun`), a subordinate clause or a time or place phrase."""
    w, tokens = s.w, s.tokens
    for j, t in enumerate(tokens[i : i + _PHRASE_READ], i):
        word = t.text.lower()
        if not is_word(t) and t.text not in QUOTE_TOKENS and t.text not in "'’-":
            return t.start
        if (
            word in w.verbish
            or word in w.subordinators
            or (t.text.islower() and w.is_past(word) and not (j > i and modifies_noun(w, tokens[j - 1].text)))
            or (word in w.timed and word in w.prepositions and t is not tokens[i])
            or word in w.time_words
        ):
            return t.start
    return s.end


def skip_time(w: ReportWords, tokens: list[Token], i: int) -> int:
    """Index after the time phrase that opens at token *i* (``Tuesday``, ``on Friday``, ``last week``)."""
    n = len(tokens)
    while i < n:
        word = tokens[i].text.lower()
        nxt = tokens[i + 1].text.lower() if i + 1 < n else ""
        if not (word in w.time_words or word.isdigit()) and not (
            word in w.timed and (nxt in w.time_words or nxt in w.timed or nxt.isdigit())
        ):
            break  # "said Tuesday in Paris": "in" opens a place, not a time
        i += 1
    return i


def possessor(w: ReportWords, tokens: list[Token], k: int) -> Mention | None:
    """The possessor before the noun at token *k*: ``his``, ``Roe's``, ``the ministry's``."""
    if k == 0:
        return None
    prev = tokens[k - 1]
    lower = prev.text.lower()
    if lower in w.possessives:
        gender = w.possessive_genders[lower]
        return Mention(
            prev.start, prev.end, "pronoun", prev.text, gender if gender in ("m", "f") else "", ""
        )
    if not lower.endswith(w.possessive_endings):
        return None
    a = k - 1
    while (
        a - 1 >= 0
        and k - a < 5
        and is_word(tokens[a - 1])
        and (tokens[a - 1].text[0].isupper() or tokens[a - 1].text.lower() in w.articles)
        # "Despite Roe's claim": a sentence's capitalised first word that opens a phrase is no part of a name
        and not (tokens[a - 1].text.lower() in w.opener_words and (a < 2 or not is_word(tokens[a - 2])))
    ):
        a -= 1
        if tokens[a].text.lower() in w.articles:
            break
    words = [t.text for t in tokens[a:k]]
    words[-1] = words[-1][:-2]
    kind = "name" if words[0][0].isupper() and words[0].lower() not in w.articles else "description"
    return Mention(tokens[a].start, prev.end, kind, " ".join(words), "", "")


def phrase_after(tokens: list[Token], i: int) -> Mention | None:
    """The words after ``according to`` up to a comma or the sentence end, as a description."""
    j = i
    while j < len(tokens) and j - i < 8 and (is_word(tokens[j]) or tokens[j].text in "-&'’"):
        j += 1
    while j > i and not is_word(tokens[j - 1]):
        j -= 1
    if j == i:
        return None
    words = " ".join(t.text for t in tokens[i:j])
    return Mention(tokens[i].start, tokens[j - 1].end, "description", words, "", "")


def absolute_subject(s: Sentence, k: int) -> Mention | None:
    """``..., with 31 percent saying they might ...``: the subject after ``with``."""
    w = s.w
    tokens = s.tokens
    lo = max(0, k - 12)
    mention = w.mentions.subject_before(tokens, k, lo) or bare_subject(w, tokens, k, lo)
    if mention is None:
        return None
    m = index_at(s, mention.start)
    return mention if m > 0 and tokens[m - 1].text.lower() == "with" else None


def reporter_before(s: Sentence, k: int) -> Mention | None:
    """Who speaks in a participle clause before token *k*: the subject of the nearest finite verb
    before it that has one (``Roe went after Lund, calling him ...``, ``"...," he added, noting ...``)."""
    w = s.w
    tokens = s.tokens
    lo = max(0, k - REACH)
    for j in range(k - 1, lo, -1):
        word = tokens[j].text
        if not word.islower() or not w.is_finite_verb(word) or w.is_noun(tokens, j):
            continue
        if j + 1 < k and tokens[j + 1].text.lower() in w.cls("agent"):
            continue  # "a lawsuit filed by a staffer, calling it ...": a passive participle, no clause
        mention = w.mentions.subject_before(tokens, j, max(0, j - REACH))
        if mention is None and tokens[j - 1].text == "," and word in w.verbs:
            mention = w.mentions.subject_after(tokens, j + 1)  # '"...," said Roe, adding ...'
        if mention is not None and w.can_speak(mention) and not opens_subordinate(s, mention):
            if after_verb(s, mention):
                continue  # "helping Roe win, saying ...": Roe is an object, not the verb's subject
            return mention  # not Lund in "Roe said that Lund lied, calling it ...": Roe calls
    start = s.quoted.last_close_before(tokens[k].start, tokens[lo].start)
    first = index_at(s, start) if start is not None else lo
    return w.mentions.clause_subject(tokens, first, k) or w.mentions.first_mention(tokens, first, k)


def comma_before_subject(w: ReportWords, tokens: list[Token], m: int) -> int | None:
    """The comma before the subject that starts at token *m*, if only name and role
    words stand between them (``..., Algerian ministry spokesman Ana Roe said``); none
    before a relative pronoun (``..., which said ...``) or after a coordinator and a word."""
    if tokens[m].text.lower() in w.relative_pronouns:
        return None
    j = m - 1
    while j >= 0 and m - j <= 8 and is_word(tokens[j]) and tokens[j].text.lower() not in w.verbish:
        j -= 1
    if j == m - 1 and closes_aside(tokens, j) and tokens[m].text[:1].isupper():
        return j  # "fair -- as it had been -- Tam Reddick noted": a dash that closes an aside, as a comma
    if j < 0 or tokens[j].text != "," or tokens[j + 1].text.lower() in w.coordinators and m > j + 2:
        return None  # "..., and as Roe noted, ...": a clause joined on, no source before it
    # "..., the harbour board's spokesman, Tam Reddick, said": the description is the source's, not what was said
    c = j - 1
    while c >= 0 and j - c <= 8 and is_word(tokens[c]) and tokens[c].text.lower() not in w.verbish:
        c -= 1
    opener = tokens[c + 1].text.lower() if 0 <= c < j - 2 else ""
    described = (opener in w.articles or opener in w.possessives) and tokens[j - 1].text.lower() in w.roles
    return c if described and tokens[c].text == "," else j


#: The most commas a run of appositives between a subject and its cue may hold.
_APPOSITIVE_COMMAS = 3


def appositive_subject(s: Sentence, k: int, lo: int) -> Mention | None:
    """The subject of the cue at token *k* before two or three appositives
    (``Dana Holt, 58, a nurse, said``, ``Roe, 61, who farms near the coast, says``);
    a single appositive is read with the subject itself.  The subject must open
    its clause."""
    w = s.w
    tokens = s.tokens
    mentions = w.mentions
    j = mentions.skip_back(tokens, k - 1, lo)
    if j < lo or tokens[j].text != ",":
        return None
    commas = 0
    for i in range(j - 1, max(lo, j - REACH) - 1, -1):
        text = tokens[i].text
        if text != ",":
            if not (is_word(tokens[i]) or text in "()'’-."):
                return None
            continue
        commas += 1
        if commas > _APPOSITIVE_COMMAS:
            return None
        if commas < 2:
            continue
        subject = mentions.phrase_ending_at(tokens, mentions.skip_back(tokens, i - 1, lo), lo)
        if subject is None:
            continue
        a = index_at(s, subject.start)
        if a <= s.first_word or not is_word(tokens[a - 1]) or tokens[a - 1].text.lower() in w.coordinators:
            return subject
    return None


def time_before(s: Sentence, k: int, lo: int) -> int:
    """Index of the start of a time phrase that ends before token *k* (``who in
    2010 said``, ``Roe on Tuesday said``), or *k* when none does: the subject
    is read before it."""
    w = s.w
    tokens = s.tokens
    j = k
    while j > lo and k - j < 4 and is_word(tokens[j - 1]):
        word = tokens[j - 1].text.lower()
        if not (word in w.time_words or word in w.timed or word.isdigit()):
            break
        j -= 1
    if j > lo and (tokens[j - 1].text.lower() in w.quantifiers or tokens[j - 1].text.isdigit()):
        return k  # "Six in 10 say": a proportion, not a time phrase
    return j if j < k and tokens[j].text.lower() in w.timed else k


def after_preposition(s: Sentence, mention: Mention) -> bool:
    """True when a preposition stands right before *mention*, which then cannot
    be a subject, unless a role or group noun comes before it (``a spokeswoman
    for the council``, ``aides to Roe``)."""
    m = index_at(s, mention.start)
    tokens = s.tokens
    if m == 0 or tokens[m - 1].text.lower() not in s.w.prepositions:
        return False
    return m < 2 or tokens[m - 2].text.lower() not in s.w.roles


def coordinated_subject(s: Sentence, k: int, lo: int) -> tuple[Mention | None, int | None]:
    """``Roe announced the plan and said ...``, ``Roe says it may fail, but now insists ...``:
    the subject of the first predicate, else of the nearest verb before the conjunction.

    Returns the mention and the offset of the conjunction, where the earlier
    predicate's content ends.
    """
    w = s.w
    tokens = s.tokens
    j = w.mentions.skip_back(tokens, k - 1, lo)
    while j > lo and (w.is_adverb(tokens[j].text) or tokens[j].text in w.infinitive_markers):
        j -= 1  # "..., but now said ...", "..., but only to tell ..."
    # "..., then said ...": "then" (read over as a time word) joins the predicates as "and" does
    comma = j + 1 < k and tokens[j].text == "," and tokens[j + 1].text.lower() in w.lexicon.predicate_links
    if j < lo or not comma and tokens[j].text.lower() not in w.coordinators:
        return None, None
    start = lo
    closed = s.quoted.last_close_before(tokens[j].start, tokens[lo].start)
    if closed is not None and _quote_ends_clause(s, closed):
        start = max(start, index_at(s, closed))
    mention = joined_clause_subject(s, start, j) or w.mentions.clause_subject(tokens, start, j) or reporter_before(s, j)
    return mention, tokens[j].start if mention is not None else None


def _quote_ends_clause(s: Sentence, close: int) -> bool:
    """True when the quote that closes at *close* ends with a comma, inside or
    after its marks (``"We won," Roe said and ...``), not a partial quote in
    a clause (``lamented the "sad" state of the party and ...``)."""
    text = s.text
    inner = close - 1
    while inner > s.start and not text[inner - 1].isalnum() and text[inner - 1] != ",":
        inner -= 1
    return text[inner - 1] == "," or text[close : close + 1] == ","


def bare_subject(
    w: ReportWords, tokens: list[Token], k: int, lo: int, whole: bool = False
) -> Mention | None:
    """A subject that names no one but counts people (``Two in three said``, ``most of them say``).

    With *whole*, only a phrase that opens its clause (``..., two in three said``).
    """
    j = w.mentions.skip_back(tokens, k - 1, lo)
    if j < lo:
        return None
    a = j
    while (
        a - 1 >= lo
        and j - a < 5
        and is_word(tokens[a - 1])
        and tokens[a - 1].text.lower() not in w.complementizers
    ):
        a -= 1
    opens_clause = a == 0 or not is_word(tokens[a - 1])
    while a <= j and tokens[a].text.lower() not in w.quantifiers and not tokens[a].text.isdigit():
        a += 1
        opens_clause = False
    if a > j or not is_word(tokens[j]) or (whole and not opens_clause):
        return None
    words = " ".join(t.text for t in tokens[a : j + 1])
    return Mention(tokens[a].start, tokens[j].end, "group", words, "", "")


def clause_before(s: Sentence, comma: int) -> bool:
    """True when the words before the comma at token *comma* can be reported content.

    ``On Tuesday, Roe said ...`` opens with an adverbial, not content.
    """
    w = s.w
    return s.words_before[comma] >= 3 and not _only_adverbial(w, s.tokens, comma)


def _only_adverbial(w: ReportWords, tokens: list[Token], comma: int) -> bool:
    """True when the words before token *comma* are a short opening adverbial (``On Tuesday``)."""
    if comma > 12:
        return False
    last = next((j for j in range(comma - 1, -1, -1) if tokens[j].text == ","), None)
    if last is not None and comma - last > 3 and opens_subject(w, tokens, last + 1):
        # "In the end, the ferry is late, Roe said": a clause with its subject
        # stands between the opening adverbial and the source.
        first = tokens[last + 1].text.lower()
        if first not in w.prepositions and first not in w.adverbial_openers:
            return False
    words = [t for t in tokens[:comma] if is_word(t)]
    if not words or len(words) > 10:
        return False
    if words[0].text.lower() in w.clause_conjunctions and len(words) > 1 and words[0] is tokens[0]:
        # "Yet the ferry sank, Roe said": a conjunction opening the sentence opens
        # a clause (what follows decides); after a quote it joins the quote.
        words = words[1:]
    first = words[0].text.lower()
    return first in w.adverbial_openers or all(t.text.lower() in w.time_words or t.text.isdigit() for t in words)


def coordinated_at(s: Sentence, pos: int) -> bool:
    """True when the clause starting at *pos* follows a comma, semicolon, dash or conjunction."""
    w = s.w
    text = s.text
    j = pos
    while j > max(s.start, pos - 8) and text[j - 1].isspace():
        j -= 1
    if j > s.start and text[j - 1] in ",;-–—":
        return True
    m = LAST_WORD_RE.search(text, max(s.start, j - 12), j)
    return m is not None and m.group(1).lower() in w.coordinators


def role_before(w: ReportWords, tokens: list[Token], mention: Mention, m: int, lo: int) -> Mention:
    """The whole phrase when the subject read is the object of a role's preposition:
    ``A spokeswoman for the airline said`` is the spokeswoman, not the airline.

    *m* is the index of the mention's first token.
    """
    if mention.kind == "pronoun" or m < 2 or tokens[m - 1].text.lower() not in w.role_prepositions:
        return mention
    j = m - 2
    if not tokens[j].text.islower() or tokens[j].text.lower() not in w.roles:
        return mention
    a = j
    while a - 1 >= lo and j - a < 3 and tokens[a - 1].text.islower() and is_word(tokens[a - 1]):
        a -= 1
        if tokens[a].text.lower() in w.determiners:
            break
    if (
        a > lo
        and tokens[a - 1].text[0].isupper()
        and is_word(tokens[a - 1])
        and tokens[a - 1].text.lower() in w.determiners
    ):
        a -= 1  # "A spokeswoman": the capitalised article that opens the sentence
    e = m
    while e < len(tokens) and tokens[e].end <= mention.end:
        e += 1
    words = " ".join(t.text for t in tokens[a:e])
    return Mention(tokens[a].start, mention.end, "description", words, "", "")


def agent_after(w: ReportWords, tokens: list[Token], i: int) -> Mention | None:
    """The agent after a passive cue's ``by``, up to a question word, complementizer
    or punctuation (``was asked by reporters whether ...``)."""
    j = i
    while j < len(tokens) and j - i < 8 and is_word(tokens[j]):
        word = tokens[j].text.lower()
        nxt = tokens[j + 1].text.lower() if j + 1 < len(tokens) else ""
        if (
            word in w.question_words
            or word in w.complementizers
            or j > i and (word in w.time_words or word in w.timed and nxt in w.time_words)
        ):
            break  # "by the council on Friday": the time is no part of the agent
        j += 1
    return w.mentions.classify_phrase(tokens, i, j - 1) if j > i else None


def named_after_comma(
    w: ReportWords, tokens: list[Token], mention: Mention, comma: int
) -> tuple[Mention, int]:
    """``According to the harbour master, Lena Brooks, storms ...``: a name in
    apposition between two commas names the source, and the content starts
    after the second comma.  Returns the source and the index of the comma
    the content follows.
    """
    j = comma + 1
    while j < len(tokens) and j - comma <= 4 and is_word(tokens[j]) and tokens[j].text[0].isupper():
        j += 1
    if j == comma + 1 or j >= len(tokens) or tokens[j].text != "," or j + 1 >= len(tokens):
        return mention, comma
    name = w.mentions.classify_phrase(tokens, comma + 1, j - 1)
    if name is None or name.kind != "name":
        return mention, comma
    return name, j


def relative_that(w: ReportWords, tokens: list[Token], i: int) -> bool:
    """True when the ``that`` at token *i* opens a relative clause: a form of
    *be* or an auxiliary right after it, whose subject it is (``a claim that
    is false``, ``a report that could touch on ...``: a content clause has a
    subject of its own), or a pronoun, a verb and then a form of *be* or an
    auxiliary (``the charges that he faced were dropped``), the noun's own verb."""
    if i + 1 < len(tokens) and (tokens[i + 1].text.lower() in w.be_forms or w.is_auxiliary(tokens[i + 1].text.lower())):
        return True
    if i + 3 >= len(tokens) or tokens[i + 1].text.lower() not in w.pronouns:
        return False
    return tokens[i + 3].text.lower() in w.be_forms or w.is_auxiliary(tokens[i + 3].text.lower())

