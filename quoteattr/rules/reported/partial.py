"""Stage 5, reported speech: a partial quote that no report holds, bound by its own clause.

A quote inside narration (``Roe believes in schools that "teach the
basics."``) is often reported by a verb the report reader does not take for
speech (``believes in``, ``targets``, ``focuses on``, ``has positioned itself
as``): no report holds it, and no cue binds it.  Its source is then the
subject of the nearest finite verb before it in its sentence: rule
``PARTIAL_CLAUSE_SUBJECT``.  The rule also replaces a speaker that was only
copied from a neighbouring quote of the paragraph (``CONTINUATION``): a quote
inside a sentence of its own is that sentence's, not the neighbour's; and a
cue after the quote read in a clause of its own (``SENTENCE_CUE``: ``the
"open door" policy that the board announced``), and a naming cue that
gives a title (``a short film called "..."``).  A quote that nothing
binds (or only a neighbour's speaker), after an earlier quote of its sentence
with no verb and subject between them, takes that quote's speaker: rule
``PARTIAL_EARLIER_QUOTE``.

A quote in a subordinate clause of its sentence (``Lund praised the plan
after Okafor blamed the delay on "bad luck"``) takes that clause's subject
over the cue before the clause: rule ``PARTIAL_SUBORDINATE_SUBJECT``.

All run after the reports, or on their own in a run without reports.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from quoteattr.document import Binding, Document, Mention
from quoteattr.mentions import is_word
from quoteattr.resolve.news import NewsNames
from quoteattr.rules.continuation import CONTINUATION
from quoteattr.rules.local import SENTENCE_CUE, SENTENCE_SUBJECT
from quoteattr.rules.reported.clauses import (
    closes_sentence,
    present_form,
    relative_clause_subject,
    relative_label,
    subject_after_fronted,
)
from quoteattr.rules.reported.read import SEQUENCE
from quoteattr.rules.reported.words import ReportWords
from quoteattr.rules.rule import Rule
from quoteattr.text.chars import DASHES
from quoteattr.text.segment import sentence_ends_before
from quoteattr.text.tokens import Token


def bind_by_clause(doc: Document, news: NewsNames, bindings: list[Binding | None]) -> None:
    """Bind each quote inside narration that has no speaker, or only a copied one,
    to the subject of the nearest verb before it in its sentence (in place).

    A cue after the quote that does not tag it (``SENTENCE_CUE`` read in a
    clause of its own: ``the "open door" policy that the board
    announced``) gives way too, and so does the sentence's subject
    (``SENTENCE_SUBJECT``) to a relative pronoun that is the nearest verb's
    subject (``Lund, who styles himself the "harbour candidate," ...``), or
    to the main clause's subject after a fronted clause (:func:`_own_subject`).  A
    quote with no speaker, or only a neighbour's, after an earlier quote
    of its sentence, with no verb that has a subject between them, takes that
    quote's speaker (``PARTIAL_EARLIER_QUOTE``).

    Not in a conversation, whose quotes are turns (:func:`in_turns`).
    """
    w = ReportWords.of(doc.lexicon)
    relatives = _word_pattern(w.relative_pronouns)
    for i, current in enumerate(bindings):
        if in_turns(doc, i):
            continue
        relative_only = current is not None and current.rule == SENTENCE_SUBJECT.id
        replaceable = current is None or current.rule == CONTINUATION.id
        if relative_only:
            # Most sentences have no relative pronoun and no comma (of a fronted clause) before the quote.
            opened, lo = doc.spans[i].open_at, max(0, doc.spans[i].open_at - doc.config.window)
            if relatives.search(doc.text, lo, opened) is None and doc.text.find(",", lo, opened) < 0:
                continue
        elif current is not None and not replaceable:
            if _cue_in_later_clause(doc, i, current):
                # A cue after the quote in a clause of its own tags nothing: the
                # quote's own clause, or the earlier quote it runs on from, tells
                # whose; unless the cue closes the sentence ('..., party spokesman
                # Ian Roe said.'), which tags all of it.
                replaceable = not closes_sentence(doc.text, current)
            elif not _names_only(doc, w, i, current):
                continue
        if _opens_sentence(doc, i):
            continue  # known from the text alone, before any tokens
        # "before" starts at the sentence, or at an earlier quote of it
        before, at_sentence_start, _ = doc.narration_before(i)
        if not before or (len(before) < 2 and at_sentence_start):
            continue  # the quote opens its sentence: a partial quote sits inside narration
        mention = _own_subject(w, before, current if relative_only else None, at_sentence_start)
        if relative_only and mention is None:
            continue
        if mention is None and not replaceable:
            continue  # the clause names no one: a cue's binding stays
        if mention is not None:
            binding = Binding(mention, None, PARTIAL_CLAUSE_SUBJECT.id, PARTIAL_CLAUSE_SUBJECT.confidence)
            bindings[i] = named(doc, news, binding)
        elif (
            replaceable
            and not at_sentence_start
            and (earlier := bindings[i - 1]) is not None
        ):
            # No verb with a subject since the earlier quote of the sentence: the
            # clause runs on from it ('... on "Harbour Talk" and on "The Late Show"').
            bindings[i] = earlier.copied(PARTIAL_EARLIER_QUOTE.id, PARTIAL_EARLIER_QUOTE.confidence)


def _own_subject(w: ReportWords, before: list[Token], sentence_subject: Binding | None, at_start: bool) -> Mention | None:
    """The subject :func:`bind_by_clause` reads for a quote after *before* (its
    sentence, or the part after an earlier quote when not *at_start*), or None.

    The subject of the nearest verb (:func:`clause_subject_before`), or a
    later relative pronoun right before its verb, after a comma or a name
    (:func:`relative_clause_subject`: ``the baker, who is opening a second
    shop, "..."``).  Over the sentence's subject (*sentence_subject*) only a
    relative pronoun, or the main clause's subject when that subject stood
    in a fronted clause (:func:`subject_after_fronted`: ``At the festival, Brandt
    took the microphone to promise "..."``).
    """
    mention = clause_subject_before(w, before, after_quote=not at_start) if len(before) > 1 else None
    if sentence_subject is not None and at_start and (main := subject_after_fronted(w, before, sentence_subject.mention, mention)):
        return main
    relative = relative_clause_subject(w, before)
    if relative is not None and (mention is None or mention.start < relative.start):
        return relative  # a clause whose verb the reader above skips (an auxiliary) or whose subject it cannot hear
    if sentence_subject is not None and (mention is None or mention.name.lower() not in w.relative_pronouns):
        return None
    return mention


def in_turns(doc: Document, i: int) -> bool:
    """True when quote *i* is in a paragraph of a conversation, whose quotes are
    turns: the partial-quote rules leave it to the dialogue rules.  A document
    read as dialogue may hold narration and news paragraphs too (a report
    with an interview in it), whose partial quotes those rules bind."""
    return doc.in_conversation(doc.spans[i].paragraph)


def named(doc: Document, news: NewsNames, binding: Binding) -> Binding:
    """*binding* named as the partial-quote rules name their sources: by the
    news names, or, in a document read as dialogue (whose cast names quotes,
    not reports), by the mention's own name, as a report's source is named."""
    return binding.named(binding.mention.name, None) if doc.dialogue else news.name(binding)


def bind_by_later_tag(doc: Document, bindings: list[Binding | None]) -> None:
    """Give a quote inside narration that only its sentence's subject binds, or
    nothing, the speaker of a later quote of the same sentence that a tag right
    after it binds (in place): ``Officials used vague terms like "soon" and
    "shortly," he told reporters``.  Not in a conversation (:func:`in_turns`)."""
    spans = doc.spans
    # The nearest later quote with a tag, for each quote (one pass from the end).
    tagged_after = [len(spans)] * len(spans)
    for k in range(len(spans) - 2, -1, -1):
        tagged_after[k] = k + 1 if _tagged(bindings[k + 1]) else tagged_after[k + 1]
    for i, current in enumerate(bindings):
        if current is not None and current.rule != SENTENCE_SUBJECT.id or in_turns(doc, i):
            continue
        j = tagged_after[i]  # most quotes have none in their paragraph
        if j - i > _LATER_TAG_REACH or j == len(spans) or spans[j].paragraph != spans[i].paragraph:
            continue
        if _opens_sentence(doc, i):
            continue
        # Every quote up to it must go on in the sentence of quote i.
        if all(not _opens_sentence(doc, k) and not doc.narration_before(k)[1] for k in range(i + 1, j + 1)):
            later = bindings[j]
            assert later is not None  # _tagged
            bindings[i] = later.copied(PARTIAL_LATER_TAG.id, PARTIAL_LATER_TAG.confidence)


def bind_by_passive_agent(doc: Document, news: NewsNames, bindings: list[Binding | None]) -> None:
    """Give a quote that a passive reporting verb labels the agent after it (in place):
    ``a tactic called "strategic ambiguity" by Ana Roe``, ``"extremely
    careless," as described by the director``.  A tag right after the quote
    keeps its binding.  Not in a conversation (:func:`in_turns`)."""
    w = ReportWords.of(doc.lexicon)
    text = doc.text
    agent_after = _agent_after(w.cls("agent"), w.cls("as_clause"))
    for i, current in enumerate(bindings):
        if current is not None and current.rule in _KEEP_OVER_AGENT or in_turns(doc, i):
            continue
        q = doc.spans[i]
        if agent_after.match(text, q.close_at) is None:
            continue  # no "by" (or "as ... by") right after the quote: the common case
        ctx = doc.context(i)
        after = ctx.after[ctx.after_start if ctx.after_start < len(ctx.after) else 0 :]
        k = 0
        if after and after[0].text.lower() in w.cls("as_clause"):
            # "..." as described by ...: the verb follows the quote
            if len(after) < 3 or not _passive_form(doc, after[1].text):
                continue
            k = 2
        elif not _labelled_before(doc, w, doc.narration_before(i)[0]):
            continue
        if k >= len(after) or after[k].text.lower() not in w.cls("agent"):
            continue
        mention = w.mentions.subject_after(after, k + 1)
        if mention is not None and w.can_speak(mention):
            binding = Binding(mention, None, PARTIAL_PASSIVE_AGENT.id, PARTIAL_PASSIVE_AGENT.confidence)
            bindings[i] = named(doc, news, binding)


def _passive_form(doc: Document, word: str) -> bool:
    """True for a past form in ``-ed`` of a cue verb (``called``, ``labeled``, ``described``)."""
    entry = doc.lexicon.cue_verbs.get(word)
    return entry is not None and word.islower() and word.endswith("ed") and not entry.gerund


def _labelled_before(doc: Document, w: ReportWords, before: Sequence[Token]) -> bool:
    """True when *before* ends with a cue verb's past form, then at most ``as``
    and an article (``called``, ``labeled as a``, ``described as``)."""
    links = w.articles | w.cls("as_clause")
    toks = list(before)[-3:]
    while toks and toks[-1].text.lower() in links:
        toks.pop()
    return bool(toks) and _passive_form(doc, toks[-1].text)


@functools.lru_cache(maxsize=8)
def _agent_after(agents: frozenset[str], as_words: frozenset[str]) -> re.Pattern[str]:
    """Right after a quote's closing mark: an agent word (``by``), or ``as`` and
    one or two words before it (``as described by``)."""
    agent = "|".join(sorted(map(re.escape, agents)))
    as_word = "|".join(sorted(map(re.escape, as_words)))
    return re.compile(
        rf"[\s,]*(?:[-\u2013\u2014]\s*)?(?:(?:{as_word})\s+(?:\w+\s+){{1,2}}?)?(?:{agent})\s", re.IGNORECASE
    )

#: Bindings a passive agent does not override: a tag or label right at the quote.
_KEEP_OVER_AGENT = frozenset(
    {"QUOTE_CUE_SPEAKER", "QUOTE_SPEAKER_CUE", "QUOTE_DASH_SPEAKER", "ACCORDING_TO", "TRANSCRIPT_LABEL"}
)


def _tagged(binding: Binding | None) -> bool:
    """True for a binding by a tag right after its quote (``"...," he said``)."""
    return binding is not None and binding.rule in TAG_RULES


#: How many quotes later the tag may stand (a bound on the work per quote).
_LATER_TAG_REACH = 8

#: The rules that bind a quote by a tag right after it (``"...," he said``).
TAG_RULES = frozenset({"QUOTE_SPEAKER_CUE", "QUOTE_CUE_SPEAKER"})


def bind_by_subordinate_clause(doc: Document, news: NewsNames, bindings: list[Binding | None], rules: frozenset[str]) -> None:
    """Give a quote that rules *rules* bound the subject of a subordinate clause
    it sits in (in place).

    ``Roe praised the plan after Lund blamed the delay on "bad luck"``: the
    clause after ``after`` is an event of its own, not what Roe says, and
    ``Lund`` is the source of its quote.  After a cue (``PARTIAL_IN_REPORT``,
    ``SENTENCE_CUE``) only a clause of time opened after the cue counts
    (``after``, ``before``, ``when``, ``once``, ``since``: a reason or a
    condition is most often part of what is reported).  A sentence's subject
    read with no cue (``SENTENCE_SUBJECT``: ``Roe kept quiet, although she
    called it "a mess"``) gives way to any subordinate clause.  The clause runs
    up to the quote with no comma, and its subject follows the subordinator.
    Not in a conversation (:func:`in_turns`).
    """
    w = ReportWords.of(doc.lexicon)
    text, reach = doc.text, doc.config.window  # "before" reads no further back than the window
    for i, current in enumerate(bindings):
        if current is None or current.rule not in rules or in_turns(doc, i):
            continue
        opened = doc.spans[i].open_at
        if current.cue is None:
            if current.rule != SENTENCE_SUBJECT.id:
                continue
            after, opening = 0, w.subordinators
        else:
            # A clause of time narrates an event of its own; a reason or a
            # condition ("because", "if") is most often part of what is reported.
            after, opening = current.cue[1], w.time_subordinators
            if after > opened:
                continue  # a cue after the quote: the clause before it is not read
        # Most quotes have no subordinator in the clause before them: the text says
        # so before any tokens (the clause runs back to a comma at most).
        lo = max(after, opened - reach)
        lo = max(lo, text.rfind(",", lo, opened) + 1, text.rfind(";", lo, opened) + 1)
        if _word_pattern(opening).search(text, lo, opened) is None:
            continue
        mention = subordinate_subject(w, doc.narration_before(i)[0], after, opening)
        if mention is not None and mention.start != current.mention.start:
            binding = Binding(mention, None, PARTIAL_SUBORDINATE_SUBJECT.id, PARTIAL_SUBORDINATE_SUBJECT.confidence)
            bindings[i] = named(doc, news, binding)


@functools.lru_cache(maxsize=8)
def _word_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """A pattern matching any of *words* as a whole word, in any case."""
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b", re.IGNORECASE)


def _cue_in_later_clause(doc: Document, i: int, binding: Binding) -> bool:
    """True when *binding* of quote *i* is a cue after the quote in its sentence
    (``SENTENCE_CUE``) that does not tag it: the cue and its subject do not
    follow a comma (``..., Roe said``, ``..., said Roe``), so they belong to a
    clause of their own (``the "open door" policy that the board
    announced``, ``a "Port of Plenty" campaign dubbing ...``)."""
    if binding.rule != SENTENCE_CUE.id or binding.cue is None or binding.cue[0] < doc.spans[i].close_at:
        return False
    # The last mark before the subject or cue, read back over space (not a copy of the text before it).
    text = doc.text
    k = min(binding.mention.start, binding.cue[0])
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k == 0 or text[k - 1] != ","


def _names_only(doc: Document, w: ReportWords, i: int, binding: Binding) -> bool:
    """True for a cue that only gives quote *i* a name: a naming verb
    (``called``, ``dubbed``) right between an indefinite phrase that cannot
    speak and the quote (``a short film called "..."``, ``a class called the
    "..."``): the quote is a title, and the clause around the phrase tells whose."""
    # The cheapest tests first: most cues give no indefinite phrase at all.
    if binding.cue is None or binding.mention.kind == "name":
        return False
    first = binding.mention.name.split()[0].lower() if binding.mention.name else ""
    if first not in w.indefinite:
        return False
    text = doc.text
    start, end = binding.cue
    between = text[end : doc.spans[i].open_at].split()
    if text[binding.mention.end : start].strip() or len(between) > 1 or (between and between[0].lower() not in w.articles):
        return False  # the phrase, the verb and the quote do not follow each other
    if w.can_speak(binding.mention):
        return False
    entry = w.verbs.get(text[start:end].lower())
    return entry is not None and entry.lemma in w.naming_verbs


def _opens_sentence(doc: Document, i: int) -> bool:
    """True when the text shows that quote *i* opens its sentence: only space
    since an earlier quote of its paragraph, or a sentence end right before it
    as the segmenter finds it in the window :meth:`Document.narration_before`
    splits (so both read the same sentences; no tokens yet).  A quote that
    opens its paragraph opens its sentence unless the paragraph before ends
    with a colon or a dash (a lead-in, ``Roe said:``)."""
    spans, text = doc.spans, doc.text
    quote = spans[i]
    start = doc.paragraphs[quote.paragraph][0]
    if i > 0 and spans[i - 1].paragraph == quote.paragraph:
        start = spans[i - 1].close_at
    lead = text[start : quote.open_at].rstrip()
    if not lead:
        if start != doc.paragraphs[quote.paragraph][0] or quote.paragraph == 0 or quote.continues:
            return True
        # A lead-in is read only after a paragraph that ends with a colon or a dash.
        return text[doc.paragraphs[quote.paragraph - 1][1] - 1] not in _LEAD_IN_ENDS
    return sentence_ends_before(text, max(start, quote.open_at - doc.config.window), quote.open_at, doc.lexicon)


def subordinate_subject(
    w: ReportWords, tokens: Sequence[Token], after: int = 0, opening: frozenset[str] | None = None
) -> Mention | None:
    """The subject of a subordinate clause that opens in *tokens* after offset
    *after* and runs to their end (``... after she blamed the delay on``), or None.

    The clause opens with the last subordinator of the tokens (one of
    *opening*, default those of time) that a finite verb with a subject
    follows, with no comma after it; its subject follows that word straight
    away, as the subject of the first finite verb after it.  A subordinator
    with no such verb after it is a preposition (``portray the strike as a
    "..."``), and an earlier one may open the clause (``long before the
    unions began to portray the strike as a "..."``).
    """
    toks = list(tokens)
    allowed = w.time_subordinators if opening is None else opening
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].start < after:
            return None
        word = toks[k].text.lower()
        if word == ",":
            return None  # the clause before the quote is closed: '... when X spoke, "..."'
        if word not in w.subordinators:
            continue
        if word not in allowed:
            return None
        # The first verb after the subordinator with a subject: "after she attacked
        # the nurses and blamed ...", whose second verb has no subject of its own.
        # One pass forward: each verb is read as clause_subject_before reads the
        # last token of the clause up to it (a verb it would find further back in
        # a longer clause has already failed as such a last token: more tokens
        # after a verb only add tests to it).
        clause = toks[k + 1 :]
        for j in range(1, len(clause)):
            word = clause[j].text
            if not word.islower() or not is_word(clause[j]) or word in w.auxiliaries or word in w.be_forms:
                continue
            sure = w.is_finite_verb(word)
            if (not sure and not present_form(w, word)) or w.is_noun(clause, j):
                continue
            mention = _verb_subject(w, clause, j, sure)
            if mention is not None:
                return mention if mention.start == clause[0].start else None
        # No verb with a subject up to the quote: the word is a preposition here
        # ("portray the attack as a", "long before"), and an earlier one may open the clause.
    return None


def clause_subject_before(w: ReportWords, tokens: Sequence[Token], after_quote: bool = False) -> Mention | None:
    """The subject of the nearest finite verb in *tokens* that has a subject able to speak.

    A word in ``-s`` counts as a verb only after a name, a pronoun or a phrase
    that opens with a capital or a determiner (``Roe believes``, ``the
    administration waves``, not ``agreed to keep foundation matters``), and only when no surer verb
    or auxiliary stands between it and the quote (``the northern allies were acting``).  A
    past participle followed by ``by`` is passive, no predicate of its own.
    A subject right after a preposition (``40% of Harbour Party claims``) is the
    preposition's object, and the word in ``-s`` after it a noun.  Besides the
    subjects that can speak, ``it`` counts before a sure verb (``it
    referenced "..."``: an organisation), never before a word in ``-s``.
    With *after_quote* (the tokens follow an earlier quote of the sentence) a
    subject after ``that`` or a coordinator is part of what that quote's speaker
    reports (``..., telling reporters that the board is focused on "..."``), no
    speaker of its own.
    """
    toks = list(tokens)
    surer_seen = False
    for j in range(len(toks) - 1, 0, -1):
        word = toks[j].text
        if not word.islower() or not is_word(toks[j]):
            continue
        if word in w.auxiliaries or word in w.be_forms:
            surer_seen = True  # "allies were acting": the verb group has begun
            continue
        sure = w.is_finite_verb(word)
        if not sure and (surer_seen or not present_form(w, word)):
            continue
        if w.is_noun(toks, j):
            continue
        if sure:
            if j + 1 < len(toks) and toks[j + 1].text.lower() in w.cls("agent"):
                continue  # "the statement released by the Harbour Gazette"
            surer_seen = True
        mention = _verb_subject(w, toks, j, sure, after_quote)
        if mention is not None:
            return mention
    return None


def _verb_subject(w: ReportWords, toks: list[Token], j: int, sure: bool, after_quote: bool = False) -> Mention | None:
    """The subject before the verb at token *j* (a sure finite verb, or a word in
    ``-s`` when not *sure*) when it can be that verb's subject, else None (see
    :func:`clause_subject_before`; it reads only the tokens before *j*)."""
    mention = w.mentions.subject_before(toks, j, 0)
    if mention is None or (not sure and not _plain_subject(w, mention)):
        return None
    if mention.name.split()[0].lower() in w.subordinators:
        return None
    if _after_preposition(w, toks, mention):
        return None  # "40% of Harbour Party claims": the object of "of", no subject
    if after_quote and _reported_subject(w, toks, mention):
        return None  # "Unless further rivals quit": the subordinator is no part of the subject
    if mention.name.lower() in w.cls("subject_relative") and any(
        toks[c].text == "," and toks[c + 1].text.lower() in w.pronouns for c in range(j + 1, len(toks) - 1)
    ):
        return None  # "Ann Roe, who died in May, it will be ...": the relative clause closed before the quote
    if w.can_speak(mention) or (sure and mention.name.lower() == "it"):
        return mention  # "it referenced ...": a body (a fund, a board) speaks as "it"
    return None


#: The last characters of a paragraph that make it a lead-in to the next.
_LEAD_IN_ENDS = frozenset(":") | DASHES

def _after_preposition(w: ReportWords, toks: list[Token], mention: Mention) -> bool:
    """True when the word before *mention* is a preposition that cannot open a
    clause (``of Harbour Party claims``; not ``after she blamed``)."""
    k = next((x for x, t in enumerate(toks) if t.start == mention.start), 0)
    if k == 0:
        return False
    word = toks[k - 1].text.lower()
    return word in w.prepositions and word not in w.subordinators


def _reported_subject(w: ReportWords, toks: list[Token], mention: Mention) -> bool:
    """True when the word before *mention* is ``that`` or a coordinator (``and``, ``but``)."""
    k = next((x for x, t in enumerate(toks) if t.start == mention.start), 0)
    return k > 0 and (toks[k - 1].text.lower() in w.complementizers or toks[k - 1].text.lower() in w.coordinators)


def _plain_subject(w: ReportWords, mention: Mention) -> bool:
    """True for a subject that makes a word in ``-s`` after it a verb: a name, a
    pronoun, or a phrase that opens with a capital or a determiner (``the
    administration waves``), not with another word (``agreed to keep foundation
    matters``)."""
    if mention.kind in ("name", "pronoun"):
        return True
    first = mention.name.split()[0] if mention.name else ""
    return first[:1].isupper() or first.lower() in w.determiners


PARTIAL_RELATIVE_CUE: Rule[Any] = Rule(
    id="PARTIAL_RELATIVE_CUE",
    family="reported",
    summary=(
        "A quote right after the cue of a relative clause (a relative pronoun, its subject, a "
        "reporting verb) takes that subject, over a report around it."
    ),
    example='Nyquist thanked the cooks, whom she described as "tireless."',
    speaker="she",
    confidence=0.75,
    run=relative_label,
    # Run by the reported stage after the reports, as PARTIAL_IN_REPORT is.
    emitted_by=tuple(rule.id for rule in SEQUENCE),
)


PARTIAL_CLAUSE_SUBJECT: Rule[Any] = Rule(
    id="PARTIAL_CLAUSE_SUBJECT",
    family="reported",
    summary=(
        "A quote inside narration that no report holds and no cue binds (or that only a "
        "neighbour's speaker, or a cue after it in a clause of its own, binds) takes the "
        "subject of the nearest verb before it; with or without reports."
    ),
    example='Okafor believes in schools that "teach the basics."',
    speaker="Okafor",
    confidence=0.35,
    run=bind_by_clause,
    # Run by the reported stage after the reports, as PARTIAL_IN_REPORT is;
    # without reports, by attach_partial_quotes.
    emitted_by=tuple(rule.id for rule in SEQUENCE),
)


PARTIAL_EARLIER_QUOTE: Rule[Any] = Rule(
    id="PARTIAL_EARLIER_QUOTE",
    family="reported",
    summary=(
        "A quote inside narration with no speaker, or only a neighbour's or a cue after it in a "
        "clause of its own that does not end the sentence, after an earlier quote of its "
        "sentence and no verb with a subject between them, takes that quote's speaker; with "
        "or without reports."
    ),
    example='Okafor started on Friday, showing a gentler side on "Harbour Talk" and on "The Night Desk."',
    speaker="Okafor",
    confidence=0.3,
    run=bind_by_clause,
    # Run with PARTIAL_CLAUSE_SUBJECT, after the reports or on its own.
    emitted_by=tuple(rule.id for rule in SEQUENCE),
)


PARTIAL_LATER_TAG: Rule[Any] = Rule(
    id="PARTIAL_LATER_TAG",
    family="reported",
    summary=(
        "A quote inside narration bound only by its sentence's subject, or not at all, takes "
        "the speaker of a later quote of the same sentence that a tag right after it binds; "
        "with or without reports."
    ),
    example='Officials should drop vague terms like "soon" and "shortly," Okafor told reporters.',
    speaker="Okafor",
    confidence=0.5,
    run=bind_by_later_tag,
    # Run after PARTIAL_CLAUSE_SUBJECT, after the reports or on its own.
    emitted_by=tuple(rule.id for rule in SEQUENCE),
)


PARTIAL_PASSIVE_AGENT: Rule[Any] = Rule(
    id="PARTIAL_PASSIVE_AGENT",
    family="reported",
    summary=(
        "A quote labelled by a reporting verb in the passive (called, labeled, described as) "
        "takes the agent after by; with or without reports."
    ),
    example='The council backs a plan called "the harbour deal" by its critics.',
    speaker="its critics",
    confidence=0.7,
    run=bind_by_passive_agent,
    # Run after PARTIAL_CLAUSE_SUBJECT, after the reports or on its own.
    emitted_by=tuple(rule.id for rule in SEQUENCE),
)


PARTIAL_SUBORDINATE_SUBJECT: Rule[Any] = Rule(
    id="PARTIAL_SUBORDINATE_SUBJECT",
    family="reported",
    summary=(
        "A quote that a cue before it binds, but that sits in a clause of time opened after "
        "that cue (after, before, when, once, since), takes the subject of that clause; so "
        "does one bound to its sentence's subject with no cue, in any subordinate clause."
    ),
    example='Lund said the plan worked after Okafor blamed the delay on "bad luck" last week.',
    speaker="Okafor",
    confidence=0.6,
    run=bind_by_subordinate_clause,
    # Run by the reported stage after the reports, as PARTIAL_IN_REPORT is.
    emitted_by=tuple(rule.id for rule in SEQUENCE),
)
