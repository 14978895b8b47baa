"""Stage 4 and 5: bind every quote to a speaker and build the result objects.

Order of work for one document:

1. paragraphs (:mod:`quoteattr.text.segment`) and quoted spans (:mod:`quoteattr.quotes`);
2. for each quote, the narration tokens of its own sentence only, and the
   local sieves of :mod:`quoteattr.binding`;
3. the sieves that need neighbouring quotes, in this order:

   ======================  ======================================================
   ``CONTINUATION_SPEECH``  the other paragraphs of a speech that runs over several
   ``CONTINUATION``         an unattributed quote in the paragraph of an attributed
                            one, or (news) a quote-led paragraph after one
   ``NARRATION_SUBJECT``    (dialogue) ``Clara smiled. "..."``
   ``TURN_TAKING``          (dialogue) alternating speakers in quote-only paragraphs
   ======================  ======================================================

4. mentions are resolved to names (:mod:`quoteattr.resolve`) and frozen
   :class:`~quoteattr.model.Quote` objects are returned in document order.

Tokens and sentences are only computed in the windows around quotes, so the
cost of a document grows with its quotes, not with every word.
"""

from __future__ import annotations

import bisect
import operator
from functools import partial

import attrs
import regex

from quoteattr.binding import Binding, QuoteContext, bind_locally
from quoteattr.config import Config
from quoteattr.dialogue import apply_dialogue_sieves
from quoteattr.lexicon import ROLES
from quoteattr.mentions import Mention, is_person_role, speaker_for
from quoteattr.model import Cue, Quote, Speaker
from quoteattr.quotes import QuoteSpan, find_quotes
from quoteattr.reported import find_reports
from quoteattr.resolve import EntityRegistry
from quoteattr.text.chars import DASHES
from quoteattr.text.segment import first_sentence_end, last_sentence_start, paragraph_spans
from quoteattr.text.tokens import Token, tokenize

_TERMINALS = frozenset(".!?…")

#: A speaker label in capitals opening a transcript turn (PENCE: ..., MS. ROE: ...).
_TRANSCRIPT_LABEL_RE = regex.compile(r"((?:\p{Lu}{2,}\.?|\p{Lu}\.)(?:[ \-'’]\p{Lu}{2,})*):[ \t]")

#: Capitalised labels that head a note rather than a speaker's turn.
_NOT_SPEAKER_LABELS = frozenset({"NOTE", "UPDATE", "BREAKING", "WARNING", "EDITOR'S NOTE", "PS", "FYI", "RE"})

#: Rules that bind a quote from a cue right after it (or a label): a report
#: around the quote does not override them (see ``_with_reports``).  A cue
#: right before the quote (``SPEAKER_CUE_QUOTE``) does not count: a report
#: whose content holds more than that quote makes it a partial quote of the
#: report (``Rubio said that once the session ends, "I will campaign"``).
_STRONG_RULES = frozenset({"QUOTE_CUE_SPEAKER", "QUOTE_SPEAKER_CUE", "QUOTE_DASH_SPEAKER", "ACCORDING_TO", "TRANSCRIPT_LABEL"})

#: How many "after" windows are kept for the next quotes (see _window_tokens):
#: quote i's is read again by quote i + 1, after quote i + 1's own is made.
_WINDOWS_KEPT = 2

#: A token's start offset, for bisecting a token list.
_token_start = operator.itemgetter(0)

#: The longest paragraph read as a dash signature after a quote.
_SIGNATURE_LENGTH = 120

#: How far back (in characters) "he said" looks for an earlier named speaker.
_SPEAKER_REACH = 1500

#: A document is read as fiction-style dialogue when at least this many
#: paragraphs open with a quote, and they are at least this share of all paragraphs.
_DIALOGUE_MIN_PARAGRAPHS = 40
_DIALOGUE_MIN_SHARE = 0.25


class Attributor:
    """Finds and attributes quotations; holds a :class:`Config` and no other state.

    One instance may be shared between threads: :meth:`attribute` keeps all
    per-document state in local variables.

    >>> Attributor().attribute('"We won," she said.')[0].speaker.text
    'she'
    """

    def __init__(self, config: Config | None = None) -> None:
        if config is not None and not isinstance(config, Config):
            raise TypeError(f"config must be a quoteattr.Config, not {type(config).__name__}")
        self.config = config if config is not None else Config()

    def attribute(self, text: str) -> list[Quote]:
        """Return the quotes of *text* with their speakers, sorted by offset.

        Raises:
            TypeError: if *text* is not a ``str``.
        """
        if not isinstance(text, str):
            raise TypeError(
                f"attribute_quotes() expects a str, got {type(text).__name__}; "
                "decode bytes first, e.g. data.decode('utf-8')"
            )
        if not text:
            return []
        paragraphs = paragraph_spans(text)
        spans = find_quotes(text, paragraphs, self.config.single_quotes)
        if not spans and not self.config.indirect:
            return []
        return _Document(text, paragraphs, spans, self.config).run()


def attribute_quotes(text: str, config: Config | None = None, *, indirect: bool | None = None) -> list[Quote]:
    """Find every quotation in *text* and attribute it to its speaker.

    Args:
        text: an English document (news article, transcript, novel chapter).
        config: options; the defaults suit news and fiction alike.
        indirect: also return reported speech (``Okafor said the bridge would
            cost more``) as quotes of kind ``"indirect"``; ``None`` keeps the
            setting of *config* (off by default).

            .. versionadded:: 0.2.0

    Returns:
        One :class:`~quoteattr.Quote` per contiguous quoted span (and, with
        *indirect*, per report), sorted by offset.

    Raises:
        TypeError: if *text* is not a ``str``.

    >>> q = attribute_quotes('"We turned it down," Pires stated.')[0]
    >>> q.text, q.speaker.name, q.cue.text
    ('We turned it down,', 'Pires', 'stated')
    >>> r = attribute_quotes("Pires said the offer was too low.", indirect=True)[0]
    >>> r.kind, r.text, r.speaker.name, r.cue.text
    ('indirect', 'the offer was too low', 'Pires', 'said')
    """
    if indirect is not None:
        if not isinstance(indirect, bool):
            raise TypeError(f"indirect must be a bool, not {type(indirect).__name__}")
        config = attrs.evolve(config if config is not None else Config(), indirect=indirect)
    return Attributor(config).attribute(text)


class _Document:
    """Per-call working state for one text (never shared between calls)."""

    def __init__(
        self, text: str, paragraphs: list[tuple[int, int]], spans: list[QuoteSpan], config: Config
    ) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.spans = spans
        self.config = config
        self._registry: EntityRegistry | None = None
        self._named_speakers: list[tuple[int, str]] = []
        self._windows: list[tuple[int, int, list[Token]]] = []
        if config.dialogue == "auto":
            led = sum(1 for q in spans if q.open_at == paragraphs[q.paragraph][0])
            self.dialogue = led >= _DIALOGUE_MIN_PARAGRAPHS and led >= _DIALOGUE_MIN_SHARE * len(paragraphs)
        else:
            self.dialogue = config.dialogue == "on"

    @property
    def registry(self) -> EntityRegistry:
        """The document's name registry, built on first use."""
        if self._registry is None:
            self._registry = EntityRegistry(self.text)
        return self._registry

    # -- context -----------------------------------------------------------

    def context(self, i: int) -> QuoteContext:
        """The narration tokens around quote *i*, within its sentence.

        The part after the quote is computed now; the part before it only when
        a sieve reads it (see :class:`~quoteattr.binding.QuoteContext`).
        """
        text, spans = self.text, self.spans
        q = spans[i]
        p0, p1 = self.paragraphs[q.paragraph]
        if i + 1 < len(spans) and spans[i + 1].paragraph == q.paragraph:
            next_open = spans[i + 1].open_at
        else:
            next_open = p1
        hi = min(next_open, q.close_at + self.config.window)
        after_end = first_sentence_end(text, q.close_at, hi)
        # An "after" that runs on to the next quote holds that quote's "before": keep it.
        after = self._window_tokens(q.close_at, next_open, q.close_at, after_end, keep=after_end == next_open < p1)
        if not after and q.paragraph + 1 < len(self.paragraphs):
            # A signature line after a quote-only paragraph: "..." / - Jane Roe.
            n0, n1 = self.paragraphs[q.paragraph + 1]
            if q.open_at == p0 and text[n0] in DASHES and n1 - n0 <= _SIGNATURE_LENGTH:
                after = tokenize(text, n0, n1)
        new_sentence = text[q.end - 1] in _TERMINALS and bool(after) and after[0].text[0].isupper()
        return QuoteContext.lazy(after, new_sentence, partial(self._before_part, i))

    def _before_part(self, i: int) -> tuple[list[Token], bool, list[Token]]:
        """``before``, ``before_is_sentence_start`` and ``previous`` for quote *i*."""
        text, spans, window = self.text, self.spans, self.config.window
        q = spans[i]
        p0 = self.paragraphs[q.paragraph][0]
        prev_close = spans[i - 1].close_at if i > 0 and spans[i - 1].paragraph == q.paragraph else p0
        lo = max(prev_close, q.open_at - window)
        sentence_start = last_sentence_start(text, lo, q.open_at)
        before = self._window_tokens(prev_close, q.open_at, sentence_start, q.open_at)
        at_start = (
            sentence_start > prev_close
            or prev_close == p0
            # The previous quote ended its sentence: '..." Some students thought "..."'
            or (
                text[spans[i - 1].end - 1] in _TERMINALS
                and bool(before)
                and before[0].text[0].isupper()
            )
        )
        if not before and q.open_at == p0 and q.paragraph > 0 and not q.continues:
            before = self._lead_in(q.paragraph - 1)
        previous: list[Token] = []
        if not before and sentence_start > prev_close:
            # The quote opens a sentence after narration in its own paragraph.
            end = sentence_start
            while end > prev_close and text[end - 1].isspace():
                end -= 1
            previous = self._window_tokens(
                prev_close, q.open_at, last_sentence_start(text, max(prev_close, end - window), end), end
            )
        return before, at_start, previous

    def _window_tokens(self, seg_start: int, seg_end: int, start: int, end: int, keep: bool = False) -> list[Token]:
        """The tokens of the narration segment ``text[seg_start:seg_end]`` that lie in ``[start, end)``.

        Window edges are nearly always token edges (a segment edge, or a
        sentence boundary with space beside it): the window is then tokenized
        on its own.  An edge inside a word (a window cut by ``Config.window``)
        tokenizes the whole segment and keeps the tokens inside the window.

        With *keep*, the tokens are kept for the next quote, whose "before"
        lies inside them: a later window inside a kept one is sliced from it,
        not tokenized again.
        """
        text = self.text
        if (start == seg_start or text[start - 1].isspace()) and (end == seg_end or text[end].isspace()):
            for kept_start, kept_end, kept in self._windows:
                if kept_start <= start and end <= kept_end:
                    if kept_start == start and kept_end == end:
                        return kept
                    lo = bisect.bisect_left(kept, start, key=_token_start)
                    return kept[lo : bisect.bisect_left(kept, end, lo, key=_token_start)]
            tokens = tokenize(text, start, end)
            if keep:
                self._windows.append((start, end, tokens))
                if len(self._windows) > _WINDOWS_KEPT:
                    del self._windows[0]
            return tokens
        tokens = tokenize(text, seg_start, seg_end)
        return [t for t in tokens if t.start >= start and t.end <= end]

    def _lead_in(self, paragraph: int) -> list[Token]:
        """The last sentence of *paragraph* when it ends with a colon (``Smith said:``)."""
        pp0, pp1 = self.paragraphs[paragraph]
        if self.text[pp1 - 1] != ":":
            return []
        start = last_sentence_start(self.text, max(pp0, pp1 - self.config.window), pp1)
        return tokenize(self.text, start, pp1)

    # -- binding -----------------------------------------------------------

    def run(self) -> list[Quote]:
        """Bind every quote and build the result objects."""
        spans = self.spans
        bindings: list[Binding | None] = [
            self._transcript_label(q) or bind_locally(self.context(i), self._plausible)
            for i, q in enumerate(spans)
        ]
        speakers: list[Speaker | None] = [self.speaker(b.mention) if b else None for b in bindings]
        self._continue_speeches(bindings, speakers)
        self._continue_paragraphs(bindings, speakers)
        if self.dialogue:
            apply_dialogue_sieves(self, bindings, speakers)
        quotes: list[Quote] = []
        for q, b, sp in zip(spans, bindings, speakers, strict=True):
            cue = None
            if b is not None and b.cue is not None:
                c0, c1 = b.cue
                cue = Cue(c0, c1, self.text[c0:c1])
            quotes.append(
                Quote(
                    start=q.start,
                    end=q.end,
                    text=self.text[q.start : q.end],
                    speaker=sp,
                    cue=cue,
                    confidence=b.confidence if b is not None and sp is not None else 0.0,
                    rule=b.rule if b is not None and sp is not None else None,
                    unclosed=q.unclosed,
                )
            )
        if self.config.indirect:
            quotes = self._with_reports(quotes)
        return quotes

    def _with_reports(self, quotes: list[Quote]) -> list[Quote]:
        """Add the document's reported speech to *quotes*, sorted by offset.

        Sources are resolved after every direct quote's speaker, in document
        order, so the direct quotes read the same names with or without reports.
        A partial quote (a direct quote inside a report's content, bound by a
        weak rule) takes the report's source and cue (rule ``PARTIAL_IN_REPORT``).
        """
        text = self.text
        direct = list(quotes)
        starts = [q.start for q in direct]
        items: list[Quote] = []
        for r in find_reports(text, self.paragraphs, self.spans):
            speaker = self.speaker(r.mention) if r.mention is not None else None
            c0, c1 = r.cue
            report = Quote(
                start=r.start,
                end=r.end,
                text=text[r.start : r.end],
                speaker=speaker,
                cue=Cue(c0, c1, text[c0:c1]),
                kind="indirect",
                confidence=r.confidence,
                rule=r.rule,
            )
            items.append(report)
            if speaker is not None:
                k = bisect.bisect_left(starts, r.start)
                while k < len(direct) and direct[k].start < r.end:
                    q = direct[k]
                    if q.end <= r.end and q.rule not in _STRONG_RULES and q.rule != "PARTIAL_IN_REPORT":
                        direct[k] = attrs.evolve(
                            q, speaker=speaker, cue=report.cue, rule="PARTIAL_IN_REPORT", confidence=min(0.8, r.confidence)
                        )
                    k += 1
        items.extend(direct)
        items.sort(key=lambda q: (q.start, q.end))
        return items

    def _transcript_label(self, q: QuoteSpan) -> Binding | None:
        """``"WALLACE: Do you really see ...``: a transcript turn names its speaker in capitals.

        Rule ``TRANSCRIPT_LABEL``; the mention is the label inside the quote.
        """
        second = self.text[q.start + 1 : q.start + 2]
        if not (self.text[q.start].isupper() and (second.isupper() or second == ".")):
            return None  # a label opens with two capitals or an initial; quotes rarely do
        m = _TRANSCRIPT_LABEL_RE.match(self.text, q.start, q.end)
        if m is None:
            return None
        label = m.group(1)
        if label in _NOT_SPEAKER_LABELS:
            return None
        mention = Mention(m.start(1), m.end(1), "name", label.title(), "", "")
        return Binding(mention, None, "TRANSCRIPT_LABEL", 0.85)

    def _plausible(self, binding: Binding) -> bool:
        """Reject a cue-less binding to a lone capitalised word the document never uses as a name.

        Sentence-initial words are capitalised whatever they are (``Soon``,
        ``Fundraising``); without a cue to vouch for them, only a word that is
        part of a full name elsewhere in the document counts as a speaker.
        """
        if binding.cue is not None:
            return True
        mention = binding.mention
        if mention.kind == "name" and " " not in mention.name and not self.registry.knows(mention.name):
            return False
        if mention.kind == "pronoun" and mention.name.lower() == "you":
            return False
        if mention.kind in ("description", "group") and mention.name.split()[-1].lower() not in ROLES:
            # "The word "freedom" appears", "The storm, nicknamed "the beast"": without a
            # cue, a description speaks only when a predicate follows it.
            nxt = self.text[mention.end : mention.end + 2].lstrip()
            if not nxt or not nxt[0].islower():
                return False
        return True

    def speaker(self, mention: Mention) -> Speaker:
        """Resolve a mention to a :class:`Speaker`."""
        name = mention.name
        # In dialogue mode the dialogue stage resolves every speaker against the
        # novel's cast (quoteattr.dialogue), so the news resolution is skipped.
        if self.config.resolve_names and not self.dialogue:
            if mention.kind == "name":
                name = self.registry.resolve(mention)
                bisect.insort(self._named_speakers, (mention.start, name))
            elif mention.kind == "pronoun":
                name = (
                    self._recent_speaker(mention)
                    or self.registry.resolve_pronoun(mention)
                    or mention.name
                )
            elif mention.kind == "description" and mention.name.lower().startswith("the "):
                # "the former president": the person last called president, if any.
                head = mention.name.split()[-1].lower()
                if is_person_role(head):
                    name = self.registry.describe(head, mention.start) or mention.name
        return speaker_for(mention, self.text, name)

    def _recent_speaker(self, mention: Mention) -> str | None:
        """The latest named speaker before a he/she mention whose gender fits it.

        In reported speech "he said" nearly always refers to someone already
        quoted, so earlier speakers are tried before any other name.
        """
        if mention.name.lower() not in ("he", "she"):
            return None
        k = bisect.bisect_left(self._named_speakers, (mention.start, "")) - 1
        while k >= 0 and mention.start - self._named_speakers[k][0] <= _SPEAKER_REACH:
            canonical = self._named_speakers[k][1]
            if self.registry.gender_of(canonical) in ("", mention.gender):
                return canonical
            k -= 1
        return None

    def _continue_speeches(self, bindings: list[Binding | None], speakers: list[Speaker | None]) -> None:
        """Give every part of a speech that runs over several paragraphs the same speaker."""
        spans = self.spans
        n = len(spans)
        i = 0
        while i < n:
            j = i
            while j + 1 < n and spans[j + 1].continues and spans[j].unclosed:
                j += 1
            if j > i:
                bound = [k for k in range(i, j + 1) if speakers[k] is not None]
                if bound:
                    for k in range(i, j + 1):
                        if speakers[k] is None:
                            src = min(bound, key=lambda b: (abs(b - k), b > k))
                            self.copy(bindings, speakers, src, k, "CONTINUATION_SPEECH", 0.8)
            i = j + 1

    def _continue_paragraphs(self, bindings: list[Binding | None], speakers: list[Speaker | None]) -> None:
        """Same-paragraph continuation, and (news only) quote-led paragraphs after a quote."""
        spans = self.spans
        # The nearest attributed quote after / before each quote in its paragraph,
        # kept as running indices: rescanning from every quote is quadratic in a
        # paragraph of many unattributed quotes.
        next_bound = [-1] * len(spans)
        nearest = -1
        for k in range(len(spans) - 1, -1, -1):
            if k + 1 < len(spans) and spans[k + 1].paragraph != spans[k].paragraph:
                nearest = -1
            next_bound[k] = nearest
            if speakers[k] is not None:
                nearest = k
        prev_bound = -1
        for k in range(len(spans)):
            if k > 0 and spans[k - 1].paragraph != spans[k].paragraph:
                prev_bound = -1
            if speakers[k] is not None:
                prev_bound = k
                continue
            q = spans[k]
            # An earlier, then a later, attributed quote of the same paragraph.
            if prev_bound >= 0:
                self.copy(bindings, speakers, prev_bound, k, "CONTINUATION", 0.7)
                prev_bound = k
                continue
            if next_bound[k] >= 0:
                self.copy(bindings, speakers, next_bound[k], k, "CONTINUATION", 0.65)
                prev_bound = k
                continue
            if self.dialogue:
                continue
            # News: a paragraph that opens with a quote continues the previous speaker.
            if q.open_at == self.paragraphs[q.paragraph][0] and k > 0:
                prev = k - 1
                if spans[prev].paragraph == q.paragraph - 1 and speakers[prev] is not None:
                    self.copy(bindings, speakers, prev, k, "CONTINUATION", 0.6)
                    prev_bound = k

    @staticmethod
    def copy(
        bindings: list[Binding | None],
        speakers: list[Speaker | None],
        src: int,
        dst: int,
        rule: str,
        confidence: float,
    ) -> None:
        """Give quote *dst* the speaker of quote *src* under a weaker rule."""
        b = bindings[src]
        assert b is not None
        bindings[dst] = Binding(b.mention, b.cue, rule, min(confidence, b.confidence))
        speakers[dst] = speakers[src]
