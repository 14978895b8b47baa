"""Conductor: text in, quotes out, each stage called in turn.

1. paragraphs (:mod:`quoteattr.text.segment`) and quoted spans (:mod:`quoteattr.quotes`);
2. a :class:`~quoteattr.document.Document` holding them, and the narration
   windows around each quote, tokenized on demand;
3. the local rules on every quote, then (news) the names of the bound
   mentions, then the continuation rules (:mod:`quoteattr.rules`);
4. in a document read as dialogue: the names of its cast, then the dialogue
   rules (:mod:`quoteattr.resolve.fiction`, :mod:`quoteattr.rules.dialogue`);
5. one speaker per bound mention, with one identity per person and its
   gender (:mod:`quoteattr.identity`), from what the news names or the cast counted;
6. frozen :class:`~quoteattr.model.Quote` objects, in document order.

Every rule returns the bindings it makes; this module alone puts them in place.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import attrs

from quoteattr.config import Config
from quoteattr.document import Binding, Document
from quoteattr.grammar import Grammar
from quoteattr.identity import NameEvidence, identify
from quoteattr.model import Cue, Quote, Speaker
from quoteattr.quotes import QuoteSpan, find_quotes
from quoteattr.resolve.fiction import Characters
from quoteattr.resolve.news import NewsNames
from quoteattr.rules import CONTINUATION, DIALOGUE, apply, bind_locally
from quoteattr.text.segment import paragraph_spans


class Attributor:
    """Finds and attributes quotations; holds a :class:`Config` and no per-document state.

    One instance may be shared between threads: :meth:`attribute` keeps all
    per-document state in local variables.  The readers of the config's
    lexicon are built once, when the first attributor for it is made.

    >>> Attributor().attribute('"We won," she said.')[0].speaker.text
    'she'
    """

    def __init__(self, config: Config | None = None) -> None:
        if config is not None and not isinstance(config, Config):
            raise TypeError(f"config must be a quoteattr.Config, not {type(config).__name__}")
        self.config = config if config is not None else Config()
        self._grammar = Grammar.of(self.config.lexicon)

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
        config = self.config
        paragraphs = paragraph_spans(text)
        spans = find_quotes(text, paragraphs, config.single_quotes, config.lexicon, config.dash_dialogue)
        if not spans:
            return []
        doc = Document(text, paragraphs, spans, config)
        bindings, evidence = self._bind(doc)
        results = _Results(text)
        # One id per person, and the gender the document gives, from what resolution counted.
        speakers = identify(results.speakers_of(bindings), config.lexicon, evidence if config.resolve_names else None)
        return results.build(doc.spans, bindings, speakers)

    def _bind(self, doc: Document) -> tuple[list[Binding | None], NameEvidence]:
        """Every quote's binding, named, and what resolution counted of the names.

        The name registries and the cast are let go once the speakers are made.
        """
        config = self.config
        news = NewsNames(doc.text, config.lexicon, config.resolve_names)
        bindings = bind_locally(doc, self._grammar, news.knows)
        if not doc.dialogue:
            # A dialogue document's speakers are named by its cast, after continuation.
            bindings = news.name_all(bindings)
        for rule in CONTINUATION:
            bindings = apply(bindings, rule.run(doc, bindings))
        evidence: NameEvidence = news.registry
        if doc.dialogue:
            people = Characters(doc, bindings)
            bindings = people.name_all(bindings)
            for dialogue_rule in DIALOGUE:
                bindings = apply(bindings, dialogue_rule.run(doc, people, bindings))
            bindings = apply(bindings, people.name_narrator(doc.runs(), bindings))
            evidence = people.cast
        return bindings, evidence


#: The fields of :class:`~quoteattr.model.Quote`, in order, as :func:`_quote_maker` sets them.
_QUOTE_FIELDS = ("start", "end", "text", "speaker", "cue", "kind", "confidence", "rule", "unclosed")

_MakeQuote = Callable[[int, int, str, "Speaker | None", "Cue | None", float, "str | None", bool], Quote]


def _quote_maker() -> _MakeQuote:
    """A constructor of :class:`~quoteattr.model.Quote` for the values the engine made.

    It sets the slots directly, without the validators, which guard the
    offsets a user passes and cost about a microsecond a quote, a tenth of
    the time of a quote-dense document; the engine's offsets index the text
    by construction (the tests and the hostile benchmark check every span).
    Should the fields of ``Quote`` ever differ from :data:`_QUOTE_FIELDS`, the
    checked constructor is used instead.
    """
    if tuple(field.name for field in attrs.fields(Quote)) != _QUOTE_FIELDS:

        def checked(
            start: int, end: int, text: str, speaker: Speaker | None, cue: Cue | None,
            confidence: float, rule: str | None, unclosed: bool,
        ) -> Quote:
            return Quote(start, end, text, speaker, cue, "direct", confidence, rule, unclosed)

        return checked
    slots = vars(Quote)
    new = object.__new__
    set_start, set_end, set_text, set_speaker, set_cue, set_kind, set_confidence, set_rule, set_unclosed = (
        slots[name].__set__ for name in _QUOTE_FIELDS
    )

    def unchecked(
        start: int, end: int, text: str, speaker: Speaker | None, cue: Cue | None,
        confidence: float, rule: str | None, unclosed: bool,
    ) -> Quote:
        quote: Quote = new(Quote)
        set_start(quote, start)
        set_end(quote, end)
        set_text(quote, text)
        set_speaker(quote, speaker)
        set_cue(quote, cue)
        set_kind(quote, "direct")
        set_confidence(quote, confidence)
        set_rule(quote, rule)
        set_unclosed(quote, unclosed)
        return quote

    return unchecked


_make_quote = _quote_maker()

#: Strings up to this long are shared between the quotes that hold the same
#: one (a speaker's name, a cue word, a short repeated quote); longer ones are
#: nearly always unique, and a table of them would only cost memory.
_SHARED_LENGTH = 32


class _Results:
    """Builds the :class:`~quoteattr.model.Quote` objects of one document, sharing what repeats.

    The records they are built from are let go one by one (see :meth:`build`),
    and equal short strings, speakers and cues are one object each, so the
    peak memory of a quote-dense document stays near what its result holds.
    """

    __slots__ = ("text", "strings", "speakers", "cues")

    def __init__(self, text: str) -> None:
        self.text = text
        self.strings: dict[str, str] = {}
        #: The latest speaker and cue made at each offset; a match is reused.
        self.speakers: dict[int, Speaker] = {}
        self.cues: dict[int, Cue] = {}

    def speakers_of(self, bindings: list[Binding | None]) -> list[Speaker | None]:
        """The :class:`~quoteattr.model.Speaker` of each binding (``None`` for an unbound quote)."""
        return [None if binding is None else self.speaker(binding) for binding in bindings]

    def build(
        self, spans: list[QuoteSpan], bindings: list[Binding | None], speakers: list[Speaker | None]
    ) -> list[Quote]:
        """The quotes, in document order.  The three lists are emptied as they are read."""
        quotes: list[Quote] = []
        while spans:
            quotes.append(self.quote(spans.pop(), bindings.pop(), speakers.pop()))
        quotes.reverse()
        return quotes

    def string(self, start: int, end: int) -> str:
        """``text[start:end]``, one object for every equal short string."""
        piece = self.text[start:end]
        if end - start > _SHARED_LENGTH:
            return piece
        return self.strings.setdefault(piece, piece)

    def quote(self, q: QuoteSpan, binding: Binding | None, speaker: Speaker | None) -> Quote:
        """The :class:`~quoteattr.model.Quote` for span *q*, its binding and its speaker."""
        cue = None
        if binding is not None and binding.cue is not None:
            cue = self.cue(*binding.cue)
        if binding is None:
            return _make_quote(q.start, q.end, self.string(q.start, q.end), None, None, 0.0, None, q.unclosed)
        return _make_quote(
            q.start, q.end, self.string(q.start, q.end), speaker, cue, binding.confidence, binding.rule, q.unclosed
        )

    def speaker(self, binding: Binding) -> Speaker:
        """The :class:`~quoteattr.model.Speaker` for a binding's mention and name."""
        mention = binding.mention
        made = self.speakers.get(mention.start)
        if (
            made is not None
            and made.end == mention.end
            and made.kind == mention.kind
            and made.name == binding.name
            and made.resolution == binding.resolution
        ):
            return made
        name = binding.name
        if len(name) <= _SHARED_LENGTH:
            name = self.strings.setdefault(name, name)
        made = self.speakers[mention.start] = Speaker(
            name=name,
            start=mention.start,
            end=mention.end,
            text=self.string(mention.start, mention.end),
            kind=mention.kind,
            resolution=binding.resolution,
        )
        return made

    def cue(self, start: int, end: int) -> Cue:
        """The :class:`~quoteattr.model.Cue` at ``text[start:end]``."""
        made = self.cues.get(start)
        if made is None or made.end != end:
            made = self.cues[start] = Cue(start, end, self.string(start, end))
        return made


def attribute_quotes(text: str, config: Config | None = None) -> list[Quote]:
    """Find every quotation in *text* and attribute it to its speaker.

    Args:
        text: an English document (news article, transcript, novel chapter).
        config: options; the defaults suit news and fiction alike.

    Returns:
        One :class:`~quoteattr.Quote` per contiguous quoted span, sorted by offset.

    Raises:
        TypeError: if *text* is not a ``str``.

    >>> q = attribute_quotes('"We turned it down," Pires stated.')[0]
    >>> q.text, q.speaker.name, q.cue.text
    ('We turned it down,', 'Pires', 'stated')
    """
    attributor = _default_attributor() if config is None else Attributor(config)
    return attributor.attribute(text)


@functools.cache
def _default_attributor() -> Attributor:
    """The attributor of the default :class:`Config`: it holds nothing that changes, so calls share it."""
    return Attributor()
