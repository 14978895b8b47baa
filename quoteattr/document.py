"""Document model: the per-call records every stage after quote finding reads.

* :class:`Mention`: a phrase that names a speaker (stage 3);
* :class:`Binding`: a quote's mention, cue and rule (stage 4), and the name
  resolution gives it (stage 5);
* :class:`QuoteContext`: the narration tokens around one quote (what a local rule reads);
* :class:`Document`: the text, its paragraphs and quoted spans, and the
  windows of narration around each quote.

All are plain records; nothing here imports a stage that reads them.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable
from functools import partial
from typing import NamedTuple

import regex

from quoteattr.config import Config
from quoteattr.dashes import SIGNATURE_LENGTH
from quoteattr.quotes import QuoteSpan
from quoteattr.text.chars import ATTRIBUTION_LEADERS, DASHES, SENTENCE_TERMINALS
from quoteattr.text.segment import first_sentence_end, last_sentence_start
from quoteattr.text.tokens import Token, tokenize

_TERMINALS = SENTENCE_TERMINALS
#: Punctuation after which a quote opens a new utterance rather than a phrase.
_OPENERS_BEFORE = frozenset(":;")

#: How many "after" windows are kept for the next quotes (see Document._window_tokens):
#: quote i's is read again by quote i + 1, after quote i + 1's own is made.
_WINDOWS_KEPT = 2

#: Anything but a space.
_NON_SPACE_RE = regex.compile(r"\S")

#: A space, searched forwards and (from the end) backwards.
_SPACE_RE = regex.compile(r"\s")
_LAST_SPACE_RE = regex.compile(r"(?r)\s")

#: A token's start offset, for bisecting a token list.
_token_start = operator.itemgetter(0)


class Mention(NamedTuple):
    """A speaker mention: ``source[start:end]`` is its text.

    ``name`` is the mention's own name with titles dropped (not yet resolved
    against the rest of the document); ``gender`` is ``m``, ``f`` or ``""``.
    """

    start: int
    end: int
    kind: str
    name: str
    gender: str
    honorific: str


class Binding(NamedTuple):
    """A quote's speaker mention, the cue offsets (or None), the rule that bound them.

    ``name`` is the name resolution gave the mention ("" until then) and
    ``resolution`` the id of the resolution step that chose it (None when the
    name is the mention's own).
    """

    mention: Mention
    cue: tuple[int, int] | None
    rule: str
    confidence: float
    name: str = ""
    resolution: str | None = None

    def copied(self, rule: str, confidence: float) -> Binding:
        """This binding's speaker for another quote, under a weaker *rule* (never surer than this one)."""
        return Binding(self.mention, self.cue, rule, min(confidence, self.confidence), self.name, self.resolution)

    def named(self, name: str, resolution: str | None) -> Binding:
        """This binding with the *name* that *resolution* gave it."""
        return Binding(self.mention, self.cue, self.rule, self.confidence, name, resolution)


#: A run of consecutive paragraphs with quotes, each paragraph as its quote indices.
Run = list[list[int]]

#: What a context's loader returns: ``before``, ``before_is_sentence_start``, ``previous``.
BeforePart = tuple[list[Token], bool, list[Token]]




def _attribution_start(after: list[Token]) -> int:
    """The index of the first token of *after* past leading attribution punctuation."""
    i = 0
    while i < len(after) and after[i].text in ATTRIBUTION_LEADERS:
        i += 1
    return i


class QuoteContext:
    """The narration tokens a local rule may read for one quote.

    ``before`` runs from the start of the quote's sentence (or the previous
    quote in it) to the opening mark; ``after`` from the closing mark to the
    end of the sentence (or the next quote).  ``after_is_new_sentence`` is
    true when the quote itself ended the sentence (``"We won." He left.``),
    so only a subject and cue right after it may still attribute it.
    ``before_is_sentence_start`` is false when ``before`` starts at an earlier
    quote of the same sentence rather than at the sentence start.  ``previous``
    is the sentence before a quote that opens its own sentence, within the
    paragraph (empty otherwise).  ``after_start`` indexes the first token of
    ``after`` past the punctuation that may precede an attribution (``,`` ``(``
    or a dash; ``len(after)`` when there is none).  ``text`` is the document
    and ``quote`` the quoted span.

    The part before the quote may be given as a *loader* instead: it is then
    only computed (sentence splitting and tokens) when a rule first reads it.
    The first rules read only ``after`` and bind about a third of all news
    quotes, so their preceding sentence is never tokenized.

    >>> from quoteattr.text.tokens import tokenize
    >>> q = QuoteSpan(9, 10, 12, 13, 0, False, False)
    >>> ctx = QuoteContext('Roe said "Hi" .', q, tokenize(" ."), False, (tokenize("Roe said"), True, []))
    >>> [t.text for t in ctx.before], ctx.before_is_sentence_start
    (['Roe', 'said'], True)
    """

    __slots__ = ("text", "quote", "after", "after_start", "after_is_new_sentence", "_before_part", "_loader")

    def __init__(
        self,
        text: str,
        quote: QuoteSpan,
        after: list[Token],
        after_is_new_sentence: bool,
        before: BeforePart | None,
        loader: Callable[[], BeforePart] | None = None,
    ) -> None:
        self.text = text
        self.quote = quote
        self.after = after
        self.after_start = _attribution_start(after)
        self.after_is_new_sentence = after_is_new_sentence
        self._before_part: BeforePart | None = before
        self._loader: Callable[[], BeforePart] | None = loader

    @classmethod
    def lazy(
        cls, text: str, quote: QuoteSpan, after: list[Token], after_is_new_sentence: bool, loader: Callable[[], BeforePart]
    ) -> QuoteContext:
        """A context whose ``before``, ``before_is_sentence_start`` and ``previous`` come from *loader*."""
        # Through __init__ (not cls.__new__ and slot writes): mypyc compiles this class.
        return cls(text, quote, after, after_is_new_sentence, None, loader)

    def _load(self) -> BeforePart:
        assert self._loader is not None
        part = self._before_part = self._loader()
        return part

    # The rules read these on every quote: one call each, the loader only the first time.
    @property
    def before(self) -> list[Token]:
        """Tokens from the sentence start (or previous quote) to the opening mark."""
        return (self._before_part or self._load())[0]

    @property
    def before_is_sentence_start(self) -> bool:
        """False when ``before`` starts at an earlier quote of the same sentence."""
        return (self._before_part or self._load())[1]

    @property
    def previous(self) -> list[Token]:
        """The sentence before a quote that opens its own sentence (else empty)."""
        return (self._before_part or self._load())[2]


class Document:
    """One text being attributed: its paragraphs, quoted spans and the narration windows around them.

    Built once per call and never shared.  The windows are tokenized on demand
    (:meth:`context`), so the cost of a document grows with its quotes, not
    with every word.
    """

    def __init__(self, text: str, paragraphs: list[tuple[int, int]], spans: list[QuoteSpan], config: Config) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.spans = spans
        self.config = config
        self.lexicon = config.lexicon
        self._windows: list[tuple[int, int, list[Token]]] = []
        #: Each quote's "before" part as :meth:`narration_before` read it: several
        #: partial-quote rules read the same quote's (the text and spans never change).
        self._befores: dict[int, BeforePart] = {}
        #: The runs of paragraphs read as conversations, and their paragraphs (see :meth:`in_conversation`).
        self._conversations: list[Run] = self.runs() if config.dialogue == "on" else []
        self._conversing = self._paragraphs_of(self._conversations)

    @property
    def dialogue(self) -> bool:
        """True when the document holds a conversation (so its cast is read)."""
        return bool(self._conversations)

    def _paragraphs_of(self, runs: list[Run]) -> frozenset[int]:
        """The paragraphs of *runs*."""
        return frozenset(self.spans[quotes[0]].paragraph for run in runs for quotes in run)

    def set_conversations(self, runs: list[Run]) -> None:
        """Read *runs* (found from the local bindings) as the conversations, unless ``Config.dialogue`` forces it."""
        if self.config.dialogue == "auto":
            self._conversations = runs
            self._conversing = self._paragraphs_of(runs)

    def in_conversation(self, paragraph: int) -> bool:
        """True when *paragraph* belongs to a conversation (dialogue turns), not to reported speech.

        :mod:`quoteattr.conversation` says which runs of paragraphs are
        conversations; ``Config(dialogue="on")`` reads every run as one, ``"off"`` none.
        """
        return paragraph in self._conversing

    def leads(self, quotes: list[int]) -> bool:
        """True when a paragraph's *quotes* (indices, in order) open it: a quote-led paragraph."""
        q = self.spans[quotes[0]]
        return q.open_at == self.paragraphs[q.paragraph][0]

    def opens_sentence(self, i: int) -> bool:
        """True when quote *i* opens its paragraph or a sentence of it (not a phrase quoted mid-sentence)."""
        q = self.spans[i]
        p0 = self.paragraphs[q.paragraph][0]
        k = q.open_at
        text = self.text
        while k > p0 and text[k - 1].isspace():
            k -= 1
        if k == p0:
            return True
        ch = text[k - 1]
        return ch in _TERMINALS or ch in _OPENERS_BEFORE or ch in DASHES or (i > 0 and k == self.spans[i - 1].close_at)

    def conversations(self) -> list[Run]:
        """The runs of :meth:`runs` that are conversations."""
        return self._conversations

    def runs(self) -> list[Run]:
        """Runs of consecutive paragraphs with quotes, each paragraph as its quote indices."""
        runs: list[list[list[int]]] = []
        last_paragraph = -2
        for k, q in enumerate(self.spans):
            if q.paragraph == last_paragraph:
                runs[-1][-1].append(k)
            elif q.paragraph == last_paragraph + 1:
                runs[-1].append([k])
            else:
                runs.append([[k]])
            last_paragraph = q.paragraph
        return runs

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of ``text[start:end]``."""
        return tokenize(self.text, start, end, self.lexicon.abbreviations)

    # -- the narration around a quote --------------------------------------------

    def context(self, i: int) -> QuoteContext:
        """The narration tokens around quote *i*, within its sentence.

        The part after the quote is computed now; the part before it only when
        a rule reads it (see :class:`QuoteContext`).
        """
        text, spans, lexicon = self.text, self.spans, self.lexicon
        q = spans[i]
        p0, p1 = self.paragraphs[q.paragraph]
        if i + 1 < len(spans) and spans[i + 1].paragraph == q.paragraph:
            next_open = spans[i + 1].open_at
        else:
            next_open = p1
        hi = min(next_open, q.close_at + self.config.window)
        if _NON_SPACE_RE.search(text, q.close_at, hi) is None:
            after = []  # only space up to the next quote or the window's end: nothing to read
        else:
            after_end = first_sentence_end(text, q.close_at, hi, lexicon)
            # An "after" that runs on to the next quote holds that quote's "before": keep it.
            after = self._window_tokens(q.close_at, next_open, q.close_at, after_end, keep=after_end == next_open < p1)
        if not after and q.paragraph + 1 < len(self.paragraphs):
            # A signature line after a quote-only paragraph: "..." / - Jane Roe.
            n0, n1 = self.paragraphs[q.paragraph + 1]
            if (
                q.open_at == p0
                and text[n0] in DASHES
                and n1 - n0 <= SIGNATURE_LENGTH
                # A dash line that is itself a quote is the next turn of a dash dialogue.
                and not (i + 1 < len(spans) and spans[i + 1].open_at == n0)
            ):
                after = self.tokens(n0, n1)
        new_sentence = text[q.end - 1] in _TERMINALS and bool(after) and after[0].text[0].isupper()
        return QuoteContext.lazy(text, q, after, new_sentence, partial(self._before_part, i))

    def narration_before(self, i: int) -> BeforePart:
        """``before``, ``before_is_sentence_start`` and ``previous`` of quote *i*
        (see :class:`QuoteContext`), without the part after it: for a rule that
        reads only what precedes a quote."""
        part = self._befores.get(i)
        if part is None:
            part = self._befores[i] = self._read_before(i)
        return part

    def forget_narration(self) -> None:
        """Drop the parts :meth:`narration_before` kept (when the rules that read them are done)."""
        self._befores.clear()

    def _before_part(self, i: int) -> BeforePart:
        """``before``, ``before_is_sentence_start`` and ``previous`` for quote *i*: the
        part :meth:`narration_before` kept, else read now and not kept (the local rules
        read every quote's once, and a novel's would fill memory)."""
        part = self._befores.get(i)
        return self._read_before(i) if part is None else part

    def _read_before(self, i: int) -> BeforePart:
        """``before``, ``before_is_sentence_start`` and ``previous`` for quote *i*, from the text."""
        text, spans, window, lexicon = self.text, self.spans, self.config.window, self.lexicon
        q = spans[i]
        p0 = self.paragraphs[q.paragraph][0]
        prev_close = spans[i - 1].close_at if i > 0 and spans[i - 1].paragraph == q.paragraph else p0
        lo = max(prev_close, q.open_at - window)
        if _NON_SPACE_RE.search(text, prev_close, q.open_at) is None:
            # Only space since the previous quote (or the paragraph's start): no
            # sentence, no tokens, and so nothing before them either.
            lead_in = q.open_at == p0 and q.paragraph > 0 and not q.continues
            return (self._lead_in(q.paragraph - 1) if lead_in else []), lo > prev_close or prev_close == p0, []
        sentence_start = last_sentence_start(text, lo, q.open_at, lexicon)
        before = self._window_tokens(prev_close, q.open_at, sentence_start, q.open_at)
        at_start = (
            sentence_start > prev_close
            or prev_close == p0
            # The previous quote ended its sentence: '..." Some students thought "..."'
            or (text[spans[i - 1].end - 1] in _TERMINALS and bool(before) and before[0].text[0].isupper())
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
                prev_close, q.open_at, last_sentence_start(text, max(prev_close, end - window), end, lexicon), end
            )
        return before, at_start, previous

    def _window_tokens(self, seg_start: int, seg_end: int, start: int, end: int, keep: bool = False) -> list[Token]:
        """The tokens of the narration segment ``text[seg_start:seg_end]`` that lie in ``[start, end)``.

        Window edges are nearly always token edges (a segment edge, or a
        sentence boundary with space beside it): the window is then tokenized
        on its own.  An edge inside a word (a window cut by ``Config.window``)
        tokenizes from the space before the window to the space after it (no
        token spans a space, so these are the segment's own tokens there) and
        keeps the tokens inside the window.  The whole segment, a whole
        paragraph of narration, once took 30 bytes per character of it.

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
            tokens = tokenize(text, start, end, self.lexicon.abbreviations)
            if keep:
                self._windows.append((start, end, tokens))
                if len(self._windows) > _WINDOWS_KEPT:
                    del self._windows[0]
            return tokens
        space = _LAST_SPACE_RE.search(text, seg_start, start)
        lo = space.end() if space is not None else seg_start
        space = _SPACE_RE.search(text, end, seg_end)
        hi = space.start() if space is not None else seg_end
        tokens = tokenize(text, lo, hi, self.lexicon.abbreviations)
        return [t for t in tokens if t.start >= start and t.end <= end]

    def _lead_in(self, paragraph: int) -> list[Token]:
        """The last sentence of *paragraph* when it ends with a colon or a dash (``Smith said:``, ``Smith said--``)."""
        pp0, pp1 = self.paragraphs[paragraph]
        text = self.text
        k = pp1
        while k > pp0 and text[k - 1] in DASHES:
            k -= 1
        # A colon, or a dash right after a word ("said--"), or after a colon or comma ("said:--",
        # "saying,--", an older typesetting of the same lead-in): the next paragraph is what was said.
        after_stop = pp0 < k < pp1 and text[k - 1] in ":,"
        if text[pp1 - 1] != ":" and not (pp0 < k < pp1 and text[k - 1].isalpha()) and not after_stop:
            return []
        start = last_sentence_start(self.text, max(pp0, pp1 - self.config.window), pp1, self.lexicon)
        tokens = self.tokens(start, pp1)
        if after_stop and not self._speech_lead_in(tokens, k - 1):
            return []
        return tokens

    def _speech_lead_in(self, tokens: list[Token], stop: int) -> bool:
        """Whether *tokens*, a sentence ending in a colon or comma at *stop* and a dash, lead in speech.

        A comma and a dash far more often break off a clause or a list ("the farm, the barn,--") than
        lead in a quote, so the word before them must be a cue verb ("said:--", "saying,--"). A
        sentence opening with "it" ("It went without saying,--", "It began,--") is about a thing or
        a text, never a speaker.
        """
        words = [t for t in tokens if t.end <= stop]
        if not words or words[0].text.lower() == "it":
            return False
        return words[-1].text.lower() in self.lexicon.cue_verbs
