"""Stage 3c (reported speech): sources and content starts.

Where a report's content starts after its cue (a complementizer, a listener
or a time phrase left out), and who its source is when the plain subject
reading of :func:`quoteattr.mentions.subject_before` finds none: a coordinated
predicate, a counting phrase, a long subject, a possessor, the subject of a
participle clause.  Each function reads a bounded window of tokens.
"""

from __future__ import annotations

from quoteattr.lexicon import (
    REPORT_VERBS,
    ROLES,
    ReportVerb,
)
from quoteattr.mentions import (
    ADVERBIAL_OPENERS,
    DETERMINERS,
    TIME_WORDS,
    Mention,
    classify_phrase,
    clause_subject,
    first_mention,
    is_word,
    skip_back,
    subject_after,
    subject_before,
)
from quoteattr.reported.grammar import (
    ARTICLES,
    COMPLEMENTIZERS,
    COORDINATORS,
    LEAD_REACH,
    LEAD_WORDS,
    LISTENER_PRONOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    QUANTIFIERS,
    QUESTION_WORDS,
    REACH,
    ROLE_PREPOSITIONS,
    SUBORDINATORS,
    VERBISH,
    WORDS,
    can_speak,
    is_finite_verb,
    is_noun,
)
from quoteattr.reported.records import LAST_WORD_RE, Sentence, index_at
from quoteattr.text.tokens import Token


def content_start(tokens: list[Token], i: int, entry: ReportVerb) -> int | None:
    """Index of the first content token after a cue that ends at token *i*, or None.

    A complementizer is left out (``said that``); so are a listener (``told
    reporters that``) and a time or place phrase (``said on Tuesday that``)
    before one, and a listener before a question word (``asked her whether``).
    A cue followed by a comma, a coordinator or a bare preposition
    (``said with a smile``) reports nothing here.
    """
    n = len(tokens)
    if i < n and tokens[i].text == ":":
        i += 1
    if i >= n or not is_word(tokens[i]) and tokens[i].text not in "\"“‘'«`":
        return None
    first = tokens[i].text.lower()
    if first in COMPLEMENTIZERS:
        return i + 1
    if entry.frame == "question" and first in QUESTION_WORDS:
        return i
    wanted = QUESTION_WORDS if entry.frame == "question" else COMPLEMENTIZERS
    nxt = tokens[i + 1].text.lower() if i + 1 < n else ""
    timed = first in TIME_WORDS or (
        first in WORDS["timed"] and (nxt in TIME_WORDS or nxt.isdigit())
    )
    if entry.frame in ("listener", "question") or first in LEAD_WORDS or timed:
        for j in range(i + 1, min(n, i + LEAD_REACH)):
            word = tokens[j].text.lower()
            if word in wanted:
                return j + 1 if word in COMPLEMENTIZERS else j
            if not is_word(tokens[j]) and tokens[j].text not in "'’":
                break
    if timed:
        i = _skip_time(tokens, i)  # said Tuesday the plan ...
        if i >= n or not is_word(tokens[i]):
            return None
        first = tokens[i].text.lower()
    if first in COORDINATORS or (first in PREPOSITIONS and first != "to") or first in WORDS["lead"]:
        return None
    if first == "to" and not entry.infinitive:
        return None  # "wrote to members": a phrase, not what was said
    if first == "to" and (
        i + 1 >= n or not tokens[i + 1].text.islower() or tokens[i + 1].text in DETERMINERS
    ):
        return None  # "promised to his voters": a phrase, not an infinitive
    if entry.frame == "listener" and first in LISTENER_PRONOUNS:
        return i + 1  # told him the plan had failed
    return i


def _skip_time(tokens: list[Token], i: int) -> int:
    """Index after the time phrase that opens at token *i* (``Tuesday``, ``on Friday``, ``last week``)."""
    n = len(tokens)
    while i < n:
        word = tokens[i].text.lower()
        if not (word in TIME_WORDS or word in WORDS["timed"] or word.isdigit()):
            break
        i += 1
    return i


def possessor(tokens: list[Token], k: int) -> Mention | None:
    """The possessor before the noun at token *k*: ``his``, ``Roe's``, ``the ministry's``."""
    if k == 0:
        return None
    prev = tokens[k - 1]
    lower = prev.text.lower()
    if lower in POSSESSIVES:
        pronoun = {
            "his": "he",
            "her": "she",
            "its": "it",
            "their": "they",
            "our": "we",
            "my": "I",
            "your": "you",
        }[lower]
        return Mention(
            prev.start, prev.end, "pronoun", pronoun, {"he": "m", "she": "f"}.get(pronoun, ""), ""
        )
    if not lower.endswith(("'s", "’s")):
        return None
    a = k - 1
    while (
        a - 1 >= 0
        and k - a < 5
        and is_word(tokens[a - 1])
        and (tokens[a - 1].text[0].isupper() or tokens[a - 1].text.lower() in ARTICLES)
    ):
        a -= 1
        if tokens[a].text.lower() in ARTICLES:
            break
    words = [t.text for t in tokens[a:k]]
    words[-1] = words[-1][:-2]
    kind = "name" if words[0][0].isupper() and words[0].lower() not in ARTICLES else "description"
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
    """``..., with 22 percent saying they would ...``: the subject after ``with``."""
    tokens = s.tokens
    lo = max(0, k - 12)
    mention = subject_before(tokens, k, lo) or bare_subject(tokens, k, lo)
    if mention is None:
        return None
    m = index_at(s, mention.start)
    return mention if m > 0 and tokens[m - 1].text.lower() == "with" else None


def reporter_before(s: Sentence, k: int) -> Mention | None:
    """Who speaks in a participle clause before token *k*: the subject of the
    nearest finite verb before it that has one (``Roe went after Lund, calling
    him ...``, ``"...," he added, noting ...``)."""
    tokens = s.tokens
    lo = max(0, k - REACH)
    for j in range(k - 1, lo, -1):
        word = tokens[j].text
        if not word.islower() or not is_finite_verb(word) or is_noun(tokens, j):
            continue
        mention = subject_before(tokens, j, max(0, j - REACH))
        if mention is None and tokens[j - 1].text == "," and word in REPORT_VERBS:
            mention = subject_after(tokens, j + 1)  # '"...," said Roe, adding ...'
        if mention is not None and can_speak(mention):
            return mention
    start = s.quoted.last_close_before(tokens[k].start, tokens[lo].start)
    first = index_at(s, start) if start is not None else lo
    return clause_subject(tokens, first, k) or first_mention(tokens, first, k)


def subordinator_before(tokens: list[Token], m: int) -> str:
    """The subordinator that opens the clause of a subject starting at token *m*
    (``when`` in ``When Roe said ...``, ``..., as Roe noted``), or ""."""
    j = m - 1
    while j >= 0 and m - j <= 3 and is_word(tokens[j]):
        word = tokens[j].text.lower()
        if word in SUBORDINATORS:
            return word if j == 0 or not is_word(tokens[j - 1]) else ""
        j -= 1
    return ""


def comma_before_subject(tokens: list[Token], m: int) -> int | None:
    """The comma before the subject that starts at token *m*, if only name and role
    words stand between them (``..., Algerian ministry spokesman Ana Roe said``)."""
    j = m - 1
    while j >= 0 and m - j <= 8 and is_word(tokens[j]) and tokens[j].text.lower() not in VERBISH:
        j -= 1
    return j if j >= 0 and tokens[j].text == "," else None


def long_subject(s: Sentence, k: int, lo: int) -> Mention | None:
    """The subject of a clause that opens the sentence or follows a comma, when
    it is too long to read backwards (``Organizers of the march said``)."""
    tokens = s.tokens
    start = lo
    for j in range(k - 1, lo - 1, -1):
        if tokens[j].text in (",", ";", ":") or tokens[j].text.lower() in COMPLEMENTIZERS:
            start = j + 1
            break
    if k - start > 16 or start >= k:
        return None
    mention = clause_subject(tokens, start, k)
    if mention is not None:
        return mention
    words = [t for t in tokens[start:k] if is_word(t)]
    if not words or words[0].text.lower() in VERBISH or words[-1].text.lower() in VERBISH:
        return None
    return Mention(
        words[0].start,
        words[-1].end,
        "description",
        " ".join(t.text for t in tokens[start:k]),
        "",
        "",
    )


def coordinated_subject(s: Sentence, k: int, lo: int) -> tuple[Mention | None, int | None]:
    """``Roe announced the plan and said ...``: the subject of the first predicate.

    Returns the mention and the offset of the conjunction, where the earlier
    predicate's content ends.
    """
    tokens = s.tokens
    j = skip_back(tokens, k - 1, lo)
    if j < lo or tokens[j].text.lower() not in ("and", "but"):
        return None, None
    start = lo
    closed = s.quoted.last_close_before(tokens[j].start, tokens[lo].start)
    if closed is not None:
        start = max(start, index_at(s, closed))
    mention = clause_subject(tokens, start, j)
    return mention, tokens[j].start if mention is not None else None


def bare_subject(tokens: list[Token], k: int, lo: int, whole: bool = False) -> Mention | None:
    """A subject that names no one but counts people (``Two in three said``, ``most of them say``).

    With *whole*, only a phrase that opens its clause (``..., two in three said``).
    """
    j = skip_back(tokens, k - 1, lo)
    if j < lo:
        return None
    a = j
    while (
        a - 1 >= lo
        and j - a < 5
        and is_word(tokens[a - 1])
        and tokens[a - 1].text.lower() not in COMPLEMENTIZERS
    ):
        a -= 1
    opens_clause = a == 0 or not is_word(tokens[a - 1])
    while a <= j and tokens[a].text.lower() not in QUANTIFIERS and not tokens[a].text.isdigit():
        a += 1
        opens_clause = False
    if a > j or not is_word(tokens[j]) or (whole and not opens_clause):
        return None
    words = " ".join(t.text for t in tokens[a : j + 1])
    return Mention(tokens[a].start, tokens[j].end, "group", words, "", "")


def clause_follows(tail: list[Token]) -> bool:
    """True when the words after a comma continue a clause (``, would fail``),
    rather than describe the source (``, a doctor at the clinic``)."""
    words = [t.text.lower() for t in tail if is_word(t)]
    if len(words) < 2:
        return False
    return len(words) > 12 or any(w in VERBISH or w.endswith(("n't", "n’t", "ed")) for w in words)


def clause_before(s: Sentence, comma: int) -> bool:
    """True when the words before the comma at token *comma* can be reported content.

    ``On Tuesday, Roe said ...`` opens with an adverbial, not content.
    """
    return s.words_before[comma] >= 3 and not _only_adverbial(s.tokens, comma)


def _only_adverbial(tokens: list[Token], comma: int) -> bool:
    """True when the words before token *comma* are a short opening adverbial (``On Tuesday``)."""
    if comma > 12:
        return False
    words = [t for t in tokens[:comma] if is_word(t)]
    if not words or len(words) > 10:
        return False
    first = words[0].text.lower()
    return first in ADVERBIAL_OPENERS or all(
        t.text.lower() in TIME_WORDS or t.text.isdigit() for t in words
    )


def coordinated_at(s: Sentence, pos: int) -> bool:
    """True when the clause starting at *pos* follows a comma, semicolon, dash or conjunction."""
    text = s.text
    j = pos
    while j > max(s.start, pos - 8) and text[j - 1].isspace():
        j -= 1
    if j > s.start and text[j - 1] in ",;-–—":
        return True
    m = LAST_WORD_RE.search(text, max(s.start, j - 12), j)
    return m is not None and m.group(1).lower() in COORDINATORS


def role_before(tokens: list[Token], mention: Mention, m: int, lo: int) -> Mention:
    """The whole phrase when the subject read is the object of a role's preposition:
    ``A spokeswoman for the airline said`` is the spokeswoman, not the airline.

    *m* is the index of the mention's first token.
    """
    if mention.kind == "pronoun" or m < 2 or tokens[m - 1].text.lower() not in ROLE_PREPOSITIONS:
        return mention
    j = m - 2
    if not tokens[j].text.islower() or tokens[j].text.lower() not in ROLES:
        return mention
    a = j
    while a - 1 >= lo and j - a < 3 and tokens[a - 1].text.islower() and is_word(tokens[a - 1]):
        a -= 1
        if tokens[a].text.lower() in DETERMINERS:
            break
    if (
        a > lo
        and tokens[a - 1].text[0].isupper()
        and is_word(tokens[a - 1])
        and tokens[a - 1].text.lower() in DETERMINERS
    ):
        a -= 1  # "A spokeswoman": the capitalised article that opens the sentence
    e = m
    while e < len(tokens) and tokens[e].end <= mention.end:
        e += 1
    words = " ".join(t.text for t in tokens[a:e])
    return Mention(tokens[a].start, mention.end, "description", words, "", "")


def agent_after(tokens: list[Token], i: int) -> Mention | None:
    """The agent after a passive cue's ``by``, up to a question word, complementizer
    or punctuation (``was asked by reporters whether ...``)."""
    j = i
    while j < len(tokens) and j - i < 8 and is_word(tokens[j]):
        if tokens[j].text.lower() in QUESTION_WORDS or tokens[j].text.lower() in COMPLEMENTIZERS:
            break
        j += 1
    return classify_phrase(tokens, i, j - 1) if j > i else None


def named_after_comma(tokens: list[Token], mention: Mention, comma: int) -> tuple[Mention, int]:
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
    name = classify_phrase(tokens, comma + 1, j - 1)
    if name is None or name.kind != "name":
        return mention, comma
    return name, j
