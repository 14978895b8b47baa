"""Stage 4a: local binding sieves.

Each sieve is a small function that looks at the narration around one quote
(its :class:`QuoteContext`) and returns a :class:`Binding` or ``None``.  The
sieves run in the order of :data:`LOCAL_SIEVES`, from the most precise to the
least; the first one that binds wins.  Sieves that need the neighbouring
quotes (continuation, dialogue turns) live in :mod:`quoteattr.attribute`.

Rule ids and one example each:

=========================  ====================================================
``QUOTE_CUE_SPEAKER``      ``"We turned it down," said Ana Pires.``
``QUOTE_SPEAKER_CUE``      ``"We turned it down," Pires stated.`` / ``..., Hill, a doctor, said``
``QUOTE_DASH_SPEAKER``     ``"Never again." - Commissioner Jane Roe``
``SPEAKER_CUE_QUOTE``      ``Pires said: "..."`` / ``Smith told reporters, "..."``
``ACCORDING_TO``           ``According to Smith, "..."`` / ``"...," according to Smith.``
``SENTENCE_CUE``           ``Roe said the plan was "a disaster" and ...``
``COLON_SUBJECT``          ``The mayor was blunt: "..."``
``PREVIOUS_SENTENCE_CUE``  ``Jones said the plan works. "It will," ...``
``SENTENCE_SUBJECT``       ``Roe has gone after the plan as "a leech"``
=========================  ====================================================
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from quoteattr.cues import CUE_HEADS, CueMatch, cue_at, cue_starts, is_noun_use
from quoteattr.lang import ACCORDING
from quoteattr.lexicon import (
    ABSOLUTE_OPENERS,
    FUNCTION_WORDS,
    PREDICATE_LINKS,
    SAYING_VERBS,
    SUBORDINATORS,
)
from quoteattr.mentions import (
    DETERMINERS,
    Mention,
    classify_phrase,
    clause_subject,
    first_mention,
    is_word,
    named_in_apposition,
    phrase_ending_at,
    skip_back,
    subject_after,
    subject_before,
)
from quoteattr.text.tokens import Token


class Binding(NamedTuple):
    """A quote's speaker mention, the cue offsets (or None) and the rule that bound them."""

    mention: Mention
    cue: tuple[int, int] | None
    rule: str
    confidence: float


#: What a context's loader returns: ``before``, ``before_is_sentence_start``, ``previous``.
BeforePart = tuple[list[Token], bool, list[Token]]


class QuoteContext:
    """The narration tokens a local sieve may read for one quote.

    ``before`` runs from the start of the quote's sentence (or the previous
    quote in it) to the opening mark; ``after`` from the closing mark to the
    end of the sentence (or the next quote).  ``after_is_new_sentence`` is
    true when the quote itself ended the sentence (``"We won." He left.``),
    so only a subject and cue right after it may still attribute it.
    ``before_is_sentence_start`` is false when ``before`` starts at an earlier
    quote of the same sentence rather than at the sentence start.  ``previous``
    is the sentence before a quote that opens its own sentence, within the
    paragraph (empty otherwise).

    The part before the quote may be given as a *loader* instead: it is then
    only computed (sentence splitting and tokens) when a sieve first reads it.
    The first sieve, which reads only ``after``, binds about a third of all
    news quotes, so their preceding sentence is never tokenized.

    >>> from quoteattr.text.tokens import tokenize
    >>> ctx = QuoteContext(tokenize("Roe said"), tokenize(", he said."), False, True, [])
    >>> [t.text for t in ctx.before], ctx.before_is_sentence_start
    (['Roe', 'said'], True)
    """

    __slots__ = ("after", "after_is_new_sentence", "_before_part", "_loader")

    def __init__(
        self,
        before: list[Token],
        after: list[Token],
        after_is_new_sentence: bool,
        before_is_sentence_start: bool,
        previous: list[Token],
    ) -> None:
        self.after = after
        self.after_is_new_sentence = after_is_new_sentence
        self._before_part: BeforePart | None = (before, before_is_sentence_start, previous)
        self._loader: Callable[[], BeforePart] | None = None

    @classmethod
    def lazy(cls, after: list[Token], after_is_new_sentence: bool, loader: Callable[[], BeforePart]) -> QuoteContext:
        """A context whose ``before``, ``before_is_sentence_start`` and ``previous`` come from *loader*."""
        ctx = cls.__new__(cls)
        ctx.after = after
        ctx.after_is_new_sentence = after_is_new_sentence
        ctx._before_part = None
        ctx._loader = loader
        return ctx

    def _part(self) -> BeforePart:
        part = self._before_part
        if part is None:
            assert self._loader is not None
            part = self._before_part = self._loader()
        return part

    @property
    def before(self) -> list[Token]:
        """Tokens from the sentence start (or previous quote) to the opening mark."""
        return self._part()[0]

    @property
    def before_is_sentence_start(self) -> bool:
        """False when ``before`` starts at an earlier quote of the same sentence."""
        return self._part()[1]

    @property
    def previous(self) -> list[Token]:
        """The sentence before a quote that opens its own sentence (else empty)."""
        return self._part()[2]


_LEADING_PUNCT = frozenset({",", "(", "[", "-", "–", "—", "―"})
_DASHES = frozenset({"-", "–", "—", "―"})
#: Words that open a subordinate clause, whose cue is not the sentence's main report.
_SUBORDINATORS = SUBORDINATORS

#: How many tokens into a sentence its subject may start (But then Smith ...).
_SUBJECT_REACH = 4
_CLAUSE_END = frozenset({".", "!", "?", ";", '"', "“", "”", "«", "»"})


def _cue_span(tokens: list[Token], cue: CueMatch) -> tuple[int, int]:
    """Character offsets of a cue match."""
    return tokens[cue.first].start, tokens[cue.last - 1].end


def _subject_of(tokens: list[Token], cue: CueMatch, lo: int = 0, inverted: bool = False) -> Mention | None:
    """The speaker of a cue read either side of it, as its class allows.

    ``inverted`` allows a subject after the cue (``said Smith``), which English
    only puts next to the quote; elsewhere the words after a verb are its object.
    """
    entry = cue.entry
    if entry.verb_class == ACCORDING:
        return subject_after(tokens, cue.last)
    if is_noun_use(tokens, cue):
        return None
    if entry.gerund:
        # "..., with Sen. Jane Roe calling it ...": the absolute construction names the speaker.
        before = subject_before(tokens, cue.first, lo)
        if before is not None:
            k = next((i for i in range(cue.first) if tokens[i].start == before.start), 0)
            if k > lo and tokens[k - 1].text.lower() in ABSOLUTE_OPENERS:
                return before
        # "Smith released a statement, saying ...": the clause's subject speaks,
        # not the object just before the participle.
        return clause_subject(tokens, lo, cue.first) or first_mention(tokens, lo, cue.first)
    mention = subject_before(tokens, cue.first, lo)
    if mention is None and inverted and entry.verb_class == "speech":
        mention = subject_after(tokens, cue.last)
    if mention is None:
        j = skip_back(tokens, cue.first - 1, lo)
        if j >= lo and tokens[j].text.lower() in PREDICATE_LINKS:
            # Coordinated predicates: Mrs. Roe shook her head and said, "No."
            mention = clause_subject(tokens, lo, j)
    return mention


def _in_subordinate_clause(tokens: list[Token], k: int) -> bool:
    """True when the cue at *k* sits in a clause opened by a subordinator (When Smith said ...)."""
    c = k - 1
    while c >= 0 and tokens[c].text != ",":
        c -= 1
    if c + 1 == k:
        return False
    first = tokens[c + 1].text.lower()
    return first in _SUBORDINATORS


def _plain_lead(tokens: list[Token], i: int, mention: Mention) -> bool:
    """True when the words between token *i* and the mention can belong to its noun phrase.

    ``"...," Stein spokeswoman Melezia Figueroa said`` has a plain lead;
    ``"...," from attending the same mosque, said ...`` does not.
    """
    for tok in tokens[i:]:
        if tok.start >= mention.start:
            return True
        lower = tok.text.lower()
        if not is_word(tok) and tok.text not in "-&":
            return False
        if lower in FUNCTION_WORDS and lower not in DETERMINERS and lower != "and":
            return False
        if tok.text.islower() and lower.endswith(("ing", "ly")):
            return False
    return True


def quote_then_cue(ctx: QuoteContext) -> Binding | None:
    """``"...," said Pires`` or ``"...," Pires stated`` right after the quote."""
    toks = ctx.after
    if ctx.after_is_new_sentence and ctx.before:
        # The quote closed a sentence that began before it: in
        # ... called it "a disaster." She said ... the next sentence is another report.
        return None
    i = 0
    while i < len(toks) and toks[i].text in _LEADING_PUNCT:
        i += 1
    if i >= len(toks):
        return None
    cue = cue_at(toks, i)
    if cue is not None:
        entry = cue.entry
        if entry.verb_class == ACCORDING:
            mention = subject_after(toks, cue.last)
            if mention is not None:
                return Binding(mention, _cue_span(toks, cue), "ACCORDING_TO", 0.85)
            return None
        if entry.verb_class != "transitive" and not entry.gerund:
            mention = subject_after(toks, cue.last)
            if mention is not None:
                return Binding(mention, _cue_span(toks, cue), "QUOTE_CUE_SPEAKER", 0.95)
        return None
    # After a quote that ended its sentence ("We won." Smith said.) only a
    # short subject may stand between the quote and the cue.
    reach = 6 if ctx.after_is_new_sentence else 18
    if i + 1 < len(toks) and toks[i + 1].text == ",":
        reach = 18  # an appositive follows the subject: "?" Miller, a retired worker, said.
    for k in range(i + 1, min(len(toks), i + reach)):
        word = toks[k].text
        if word in _CLAUSE_END:
            return None
        if word.lower() not in CUE_HEADS:
            continue
        cue = cue_at(toks, k)
        if cue is None:
            continue
        if cue.entry.verb_class == ACCORDING or cue.entry.gerund or is_noun_use(toks, cue):
            return None
        comma = next((c for c in range(i, k) if toks[c].text == ","), -1)
        if comma > i and toks[skip_back(toks, k - 1, i)].text == ",":
            # The subject opens the clause and appositives follow it:
            # "...," Jane Roe, the mayor, one of the founders, said.
            mention = phrase_ending_at(toks, comma - 1, i)
        else:
            mention = subject_before(toks, k, i)
        if mention is None or not _plain_lead(toks, i, mention):
            return None
        if comma > i and mention.end <= toks[comma].start:
            # "...," the mayor, Jane Roe, said: the appositive names the speaker.
            mention = named_in_apposition(toks, mention, comma, k)
        return Binding(mention, _cue_span(toks, cue), "QUOTE_SPEAKER_CUE", 0.95)
    return None


def quote_then_dash_speaker(ctx: QuoteContext) -> Binding | None:
    """``"Never again." - Commissioner Jane Roe``: a dash and a bare name after the quote."""
    toks = ctx.after
    if not toks or toks[0].text not in _DASHES:
        return None
    end = 1
    while end < len(toks) and (is_word(toks[end]) or toks[end].text in "-&"):
        end += 1
    if end == 1 or (end < len(toks) and toks[end].text not in ",.;("):
        return None
    mention = classify_phrase(toks, 1, end - 1)
    if mention is None or mention.kind == "pronoun":
        return None
    return Binding(mention, None, "QUOTE_DASH_SPEAKER", 0.8)


def cue_then_quote(ctx: QuoteContext) -> Binding | None:
    """``Pires said: "..."``, ``Smith told reporters, "..."``, ``said Smith: "..."``."""
    toks = ctx.before
    j = len(toks) - 1
    if j < 0:
        return None
    punctuated = toks[j].text in (":", ",") or toks[j].text in _DASHES
    if punctuated:
        j -= 1
    for k in range(j, max(-1, j - 6), -1):
        if not is_word(toks[k]):
            return None
        cue = cue_at(toks, k)
        if cue is None:
            continue
        if not punctuated and cue.last <= j:
            # "Roe said she claimed Hale had described as "truthful"": with
            # words between cue and quote, the quote sits in a reported clause and
            # belongs to the sentence's outer report (SENTENCE_CUE decides).
            return None
        mention = _subject_of(toks, cue, inverted=True)
        if mention is None:
            return None
        rule = "ACCORDING_TO" if cue.entry.verb_class == ACCORDING else "SPEAKER_CUE_QUOTE"
        return Binding(mention, _cue_span(toks, cue), rule, 0.9)
    return None


def _parenthetical_subject(tokens: list[Token], cue: CueMatch) -> Mention | None:
    """The subject of a parenthetical inverted cue: ``The paradox, says Carl Anthony, is ...``."""
    if cue.first == 0 or tokens[cue.first - 1].text != "," or cue.entry.verb_class != "speech":
        return None
    if cue.entry.gerund:
        return None
    mention = subject_after(tokens, cue.last)
    if mention is None:
        return None
    nxt = next((t for t in tokens[cue.last :] if t.start >= mention.end), None)
    return mention if nxt is None or nxt.text in (",", ".", ";") else None


def _best_cue(tokens: list[Token], confidence: float, open_clause: bool = False) -> Binding | None:
    """The leftmost cue with a subject among *tokens*, verbs of saying first.

    A cue in a subordinate clause reports the sentence's main speech only
    when it is the clause the quote sits in: with *open_clause* (the tokens
    run up to the quote), a subordinate cue with no comma after it still
    counts (``While Roe admitted that the plan was "a long shot" ...``).
    """
    fallback: Binding | None = None
    for k in cue_starts(tokens):
        cue = cue_at(tokens, k)
        if cue is None:
            continue
        if _in_subordinate_clause(tokens, k) and not (
            open_clause and all(t.text != "," for t in tokens[k + 1 :])
        ):
            continue
        mention = _parenthetical_subject(tokens, cue) or _subject_of(tokens, cue)
        if mention is None:
            continue
        rule = "ACCORDING_TO" if cue.entry.verb_class == ACCORDING else "SENTENCE_CUE"
        binding = Binding(mention, _cue_span(tokens, cue), rule, confidence)
        if cue.entry.lemma.split()[0] in SAYING_VERBS or cue.entry.verb_class == ACCORDING:
            return binding
        fallback = fallback or binding
    return fallback


def cue_in_sentence(ctx: QuoteContext) -> Binding | None:
    """A cue elsewhere in the quote's sentence: ``Roe said the plan was "a disaster."``.

    The leftmost cue with a subject wins: in ``X said Y called it "..."`` the quote
    belongs to the outer report, X's.  Verbs of saying go before verbs that only
    report (indicate, describe): ``The documents indicate, he said, that "..."``.
    """
    binding = _best_cue(ctx.before, 0.75, open_clause=True)
    if binding is not None or ctx.after_is_new_sentence:
        return binding
    return _best_cue(ctx.after, 0.7)


def colon_subject(ctx: QuoteContext) -> Binding | None:
    """``The president was blunt: "..."``: the subject of the sentence the colon ends."""
    toks = ctx.before
    if len(toks) < 2 or toks[-1].text != ":":
        return None
    # The clause the colon ends speaks: after the last comma, else from the start.
    comma = max((c for c in range(len(toks) - 1) if toks[c].text == ","), default=-1)
    mention = clause_subject(toks, comma + 1, len(toks) - 1) if comma >= 0 else None
    if mention is None:
        mention = clause_subject(toks, 0, len(toks) - 1) or first_mention(toks, 0, len(toks) - 1)
    if mention is None:
        return None
    return Binding(mention, None, "COLON_SUBJECT", 0.6)


def sentence_subject(ctx: QuoteContext) -> Binding | None:
    """``Roe has gone after the plan as "a leech"``: no cue, so the sentence's subject.

    Only for a quote inside narration (a partial quote) whose sentence starts in
    the narration; the subject is the first name or pronoun in the first words.
    """
    toks = ctx.before
    if len(toks) < 2 or not ctx.before_is_sentence_start:
        return None
    mention = clause_subject(toks, 0, len(toks)) or first_mention(toks, 0, min(len(toks), _SUBJECT_REACH))
    if mention is None:
        return None
    return Binding(mention, None, "SENTENCE_SUBJECT", 0.4)


def previous_sentence_cue(ctx: QuoteContext) -> Binding | None:
    """``Or maybe Jeb Bush, consultant Phil Musser says. "Several surveys ..."``.

    A quote that opens its sentence with no cue of its own is the speech of the
    speaker the sentence before it reports, in the same paragraph.
    """
    if not ctx.previous:
        return None
    binding = _best_cue(ctx.previous, 0.75)
    if binding is None or binding.rule == "ACCORDING_TO":
        return binding
    return Binding(binding.mention, binding.cue, "PREVIOUS_SENTENCE_CUE", 0.75)


LocalSieve = Callable[[QuoteContext], "Binding | None"]

LOCAL_SIEVES: tuple[tuple[str, LocalSieve], ...] = (
    ("QUOTE_CUE_SPEAKER", quote_then_cue),
    ("QUOTE_DASH_SPEAKER", quote_then_dash_speaker),
    ("SPEAKER_CUE_QUOTE", cue_then_quote),
    ("SENTENCE_CUE", cue_in_sentence),
    ("COLON_SUBJECT", colon_subject),
    ("PREVIOUS_SENTENCE_CUE", previous_sentence_cue),
    ("SENTENCE_SUBJECT", sentence_subject),
)
"""The local sieves in the order they run, most precise first."""


def bind_locally(
    ctx: QuoteContext, accept: Callable[[Binding], bool] | None = None
) -> Binding | None:
    """Run :data:`LOCAL_SIEVES` in order and return the first binding found.

    ``accept`` may veto a binding (the document-level checks of
    :mod:`quoteattr.attribute`); the next sieve is then tried.
    """
    for _rule, sieve in LOCAL_SIEVES:
        binding = sieve(ctx)
        if binding is not None and (accept is None or accept(binding)):
            return binding
    return None
