"""Stage 4, reported speech: subjects that stand further from their cue.

``Roe toured the pier, praised the crew and warned that ...``: the cue after a
comma has no subject of its own; the subject that opens the clause, followed
by its own finite verb, is the subject of every predicate in the list
(:func:`listed_subject`).  A predicate joined by ``and`` is read by
:func:`~quoteattr.rules.reported.phrases.coordinated_subject`; this reads the
predicates that only a comma joins.  ``Roe, host of "Tide Talk," urged ...``:
an appositive that ends with a quoted title, its comma inside the marks
(:func:`titled_subject`).  Both are called by
:func:`~quoteattr.rules.reported.subjects.other_subject` through
:func:`far_subject`.  ``Roe wept over the "farce" and said ...``: a first
predicate read as one long phrase, which ends in its coordinator, stands for
the name or pronoun that opens it (:func:`opening_subject`).
"""

from __future__ import annotations

from quoteattr.document import Mention
from quoteattr.lang import ReportVerb
from quoteattr.mentions import is_word
from quoteattr.rules.reported.records import Sentence, index_at
from quoteattr.text.chars import ALL_QUOTE_CHARS

#: The most words a quoted title at the end of an appositive may hold.
_TITLE_WORDS = 8

#: The most tokens of an appositive before its quoted title (``the editor in charge of``).
_APPOSITIVE_REACH = 16

#: The most tokens between the clause's subject and the comma before the cue:
#: one or two short predicates.
_LIST_REACH = 24


def far_subject(s: Sentence, k: int, entry: ReportVerb, lo: int) -> tuple[Mention | None, int | None]:
    """The subject of the finite cue at token *k* read by :func:`listed_subject`,
    else by :func:`titled_subject`, and where an earlier predicate's content ends."""
    mention, cut_at = listed_subject(s, k, entry, lo)
    if mention is None and s.tokens[k].text.islower():
        mention = titled_subject(s, k, lo)
    return mention, cut_at


def titled_subject(s: Sentence, k: int, lo: int) -> Mention | None:
    """The subject of the cue at token *k* before an appositive that ends with a
    quoted title whose comma stands inside the marks (``Orla Vell, host of
    "Tide Talk," urged ...``): the subject reader stops at the closing mark,
    where it looks for the comma.  The subject must be able to speak and open
    its clause; only words stand between the first comma and the title."""
    w = s.w
    tokens = s.tokens
    q = k - 1
    while q > lo and _mark(tokens[q].text):
        q -= 1
    if q == k - 1 or q <= lo or tokens[q].text != ",":
        return None
    o = q - 1
    while o > lo and q - o <= _TITLE_WORDS and is_word(tokens[o]):
        o -= 1
    if o <= lo or not _mark(tokens[o].text):
        return None
    while o > lo and _mark(tokens[o - 1].text):
        o -= 1  # two apostrophes as one mark
    c = o - 1
    while c > lo and o - c <= _APPOSITIVE_REACH and (is_word(tokens[c]) or tokens[c].text in "'’."):
        c -= 1
    if c <= lo or tokens[c].text != ",":
        return None
    subject = w.mentions.phrase_ending_at(tokens, c - 1, lo)
    if subject is None or not w.can_speak(subject):
        return None
    a = index_at(s, subject.start)
    return subject if a <= s.first_word or not is_word(tokens[a - 1]) else None


def _mark(text: str) -> bool:
    """True for a token made of quotation marks only (``"``, ``”``, ``'``)."""
    return bool(text) and all(ch in ALL_QUOTE_CHARS for ch in text)


def listed_subject(s: Sentence, k: int, entry: ReportVerb, lo: int) -> tuple[Mention | None, int | None]:
    """The subject of the finite cue at token *k* when a comma joins it to an
    earlier predicate of the same subject (``Roe toured the pier, praised the
    crew``), and the offset of that comma, where the earlier predicate ends.

    The clause must open with a subject able to speak followed by a finite
    verb of its own, and hold no clause of another subject up to the comma
    (no complementizer, relative pronoun or subordinator: ``Roe said the deal,
    announced Friday, ...`` is a phrase in apposition).  A cue before a time
    word, ``by`` or a comma is a participle (``the plan, announced Friday,``);
    a saying verb before a capitalised word is an inverted cue (``..., said
    Roe``), read elsewhere."""
    w = s.w
    tokens = s.tokens
    word = tokens[k].text
    if not word.islower() or not w.is_finite_verb(word) or word in w.noun_forms:
        return None, None
    if k + 1 >= len(tokens) or not is_word(tokens[k + 1]):
        return None, None
    nxt = tokens[k + 1].text
    if nxt.lower() in w.time_words or nxt.lower() == "by" or nxt[:1].isupper() and entry.lemma in w.saying_verbs:
        return None, None
    comma = k - 1
    while comma > lo and w.is_adverb(tokens[comma].text):
        comma -= 1  # "..., then repeatedly praised"
    if comma <= lo or tokens[comma].text != ",":
        return None, None
    start = max(lo, s.first_word, comma - _LIST_REACH)
    for i in range(comma - 1, start - 1, -1):
        if tokens[i].text in ";:" or tokens[i].text.lower() in w.clause_conjunctions:
            start = i + 1
            break
    while start < comma and (not is_word(tokens[start]) or tokens[start].text.lower() in w.coordinators):
        start += 1
    # The clause's first finite verb; the subject read before it must open the clause.
    v = next((i for i in range(start + 1, comma) if _finite(s, i)), comma)
    mention = w.mentions.subject_before(tokens, v, start) if v < comma else None
    if mention is None or index_at(s, mention.start) != start or not w.can_speak(mention):
        return None, None
    for t in tokens[v + 1 : comma]:
        lower = t.text.lower()
        if lower in w.complementizers or lower in w.relative_pronouns or lower in w.subordinators or not (is_word(t) or t.text in ",'’-"):
            return None, None
    return mention, tokens[comma].start


def _finite(s: Sentence, i: int) -> bool:
    """True when token *i* is a lowercase finite verb or auxiliary."""
    word = s.tokens[i].text
    return word.islower() and (s.w.is_finite_verb(word) or s.w.is_auxiliary(word))


def joins_predicate(s: Sentence, mention: Mention) -> bool:
    """True when *mention*, read as a cue's subject, ends in a coordinator: it is a
    whole first predicate read as one phrase (``Roe wept over the "farce" and``),
    as a subject never ends so."""
    words = s.text[mention.start : mention.end].split()
    return bool(words) and words[-1].lower() in s.w.coordinators


def opening_subject(s: Sentence, mention: Mention, k: int) -> Mention | None:
    """The name or pronoun that opens *mention* (a first predicate read as a phrase,
    see :func:`joins_predicate`) as the subject of the cue at token *k*, or None
    when none opens it."""
    w = s.w
    tokens = s.tokens
    m = index_at(s, mention.start)
    if w.mentions.pronoun_in_contraction(tokens[m].text):
        first = w.mentions.phrase_ending_at(tokens, m, m)  # "He's comparing ... and says"
    else:
        first = w.mentions.first_mention(tokens, m, k)
    return first if first is not None and first.start == mention.start else None
