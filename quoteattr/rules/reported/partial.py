"""Stage 5, reported speech: a partial quote that no report holds, bound by its own clause.

A quote inside narration (``Ramos believes in journalism that "takes
sides."``) is often reported by a verb the report reader does not take for
speech (``believes in``, ``targets``, ``focuses on``, ``has positioned itself
as``): no report holds it, and no cue binds it.  Its source is then the
subject of the nearest finite verb before it in its sentence: rule
``PARTIAL_CLAUSE_SUBJECT``.  The rule also replaces a speaker that was only
copied from a neighbouring quote of the paragraph (``CONTINUATION``): a quote
inside a sentence of its own is that sentence's, not the neighbour's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from quoteattr.document import Binding, Document, Mention
from quoteattr.mentions import is_word
from quoteattr.resolve.news import NewsNames
from quoteattr.rules.continuation import CONTINUATION
from quoteattr.rules.reported.read import SEQUENCE
from quoteattr.rules.reported.words import ReportWords
from quoteattr.rules.rule import Rule
from quoteattr.text.tokens import Token


def bind_by_clause(doc: Document, news: NewsNames, bindings: list[Binding | None]) -> None:
    """Bind each quote inside narration that has no speaker, or only a copied one,
    to the subject of the nearest verb before it in its sentence (in place).

    Not in a document read as dialogue, whose quotes are turns of a conversation.
    """
    if doc.dialogue:
        return
    w = ReportWords.of(doc.lexicon)
    for i, current in enumerate(bindings):
        if current is not None and current.rule != CONTINUATION.id:
            continue
        ctx = doc.context(i)  # "before" starts at the sentence, or at an earlier quote of it
        if len(ctx.before) < 2:
            continue  # the quote opens its sentence: a partial quote sits inside narration
        mention = clause_subject_before(w, ctx.before, after_quote=not ctx.before_is_sentence_start)
        if mention is not None:
            binding = Binding(mention, None, PARTIAL_CLAUSE_SUBJECT.id, PARTIAL_CLAUSE_SUBJECT.confidence)
            bindings[i] = news.name(binding)


def clause_subject_before(w: ReportWords, tokens: Sequence[Token], after_quote: bool = False) -> Mention | None:
    """The subject of the nearest finite verb in *tokens* that has a subject able to speak.

    A word in ``-s`` counts as a verb only after a name, a pronoun or a phrase
    that opens with a capital or a determiner (``Ramos believes``, ``the
    administration waves``, not ``agreed to keep foundation matters``), and only when no surer verb
    or auxiliary stands between it and the quote (``the Baltic allies were acting``).  A
    past participle followed by ``by`` is passive, no predicate of its own.
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
        if not sure and (surer_seen or not _present_form(w, word)):
            continue
        if w.is_noun(toks, j):
            continue
        if sure:
            if j + 1 < len(toks) and toks[j + 1].text.lower() in w.cls("agent"):
                continue  # "the statement released by Fox News"
            surer_seen = True
        mention = w.mentions.subject_before(toks, j, 0)
        if mention is None or (not sure and not _plain_subject(w, mention)):
            continue
        if mention.name.split()[0].lower() in w.subordinators:
            continue
        if after_quote and _reported_subject(w, toks, mention):
            continue  # "Unless further rivals quit": the subordinator is no part of the subject
        if w.can_speak(mention):
            return mention
    return None


def relative_label(w: ReportWords, tokens: Sequence[Token]) -> tuple[Mention, tuple[int, int]] | None:
    """The speaker and cue of a quote that a relative clause's own cue introduces, or None.

    *tokens* end right before the quote: a relative pronoun, a subject that can
    speak, then a reporting verb at most three words before the quote (``the
    marchers, whom he described as "..."``, ``the bodies, which he called
    "..."``, ``the use, which an inquiry said was "..."``).  Not after ``what``
    (``what he calls a "..."``): that phrase is a part of the sentence around it.
    """
    toks = list(tokens)
    for j in range(len(toks) - 1, max(0, len(toks) - 4) - 1, -1):
        word = toks[j].text
        if not is_word(toks[j]):
            return None  # a mark between the cue and the quote: no label
        entry = w.verbs.get(word)
        if entry is None or entry.gerund or not word.islower():
            continue
        mention = w.mentions.subject_before(toks, j, max(0, j - 8))
        if mention is None or not w.can_speak(mention):
            return None
        m = next((x for x, t in enumerate(toks) if t.start == mention.start), 0)
        if m == 0 or toks[m - 1].text.lower() not in w.relative_pronouns:
            return None
        return mention, (toks[j].start, toks[j].end)
    return None


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


def _present_form(w: ReportWords, word: str) -> bool:
    """True for a word that may be a verb in the present third person (``believes``, ``targets``)."""
    return len(word) > 3 and word.endswith(w.plural_endings) and not word.endswith(w.singular_endings)


PARTIAL_RELATIVE_CUE: Rule[Any] = Rule(
    id="PARTIAL_RELATIVE_CUE",
    family="reported",
    summary=(
        "A quote right after the cue of a relative clause (a relative pronoun, its subject, a "
        "reporting verb) takes that subject, over a report around it."
    ),
    example='Okafor met the marchers, whom she described as "peaceful."',
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
        "neighbour's speaker binds) takes the subject of the nearest verb before it."
    ),
    example='Okafor believes in schools that "teach the basics."',
    speaker="Okafor",
    confidence=0.35,
    run=bind_by_clause,
    # Run by the reported stage after the reports, as PARTIAL_IN_REPORT is.
    emitted_by=tuple(rule.id for rule in SEQUENCE),
)
