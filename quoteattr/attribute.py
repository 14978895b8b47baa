"""Conductor: text in, quotes out, each stage called in turn.

1. paragraphs (:mod:`quoteattr.text.segment`) and quoted spans (:mod:`quoteattr.quotes`);
2. a :class:`~quoteattr.document.Document` holding them, and the narration
   windows around each quote, tokenized on demand;
3. the local rules on every quote; the runs of paragraphs that are
   conversations (:mod:`quoteattr.conversation`); in a text without any, the
   names of the speakers (news registry); then the continuation rules (:mod:`quoteattr.rules`);
4. in a text with conversations: the names of its speakers by its cast,
   then the dialogue rules (:mod:`quoteattr.resolve.fiction`, :mod:`quoteattr.rules.dialogue`);
5. frozen :class:`~quoteattr.model.Quote` objects, in document order.

Every rule returns the bindings it makes; this module alone puts them in place.
"""

from __future__ import annotations

import functools

from quoteattr.config import Config
from quoteattr.conversation import conversations
from quoteattr.document import Binding, Document
from quoteattr.grammar import Grammar
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
        bindings = self._bind(doc)
        return _Results(text).build(doc.spans, bindings)

    def _bind(self, doc: Document) -> list[Binding | None]:
        """Every quote's binding, named; the name registries and the cast are let go on return."""
        config = self.config
        news = NewsNames(doc.text, config.lexicon, config.resolve_names)
        bindings = bind_locally(doc, self._grammar, news.knows)
        doc.set_conversations(conversations(doc, bindings))
        if not doc.dialogue:
            # A text with conversations has a cast, which names its speakers after continuation.
            bindings = news.name_all(bindings)
        for rule in CONTINUATION:
            bindings = apply(bindings, rule.run(doc, bindings))
        if doc.dialogue:
            people = Characters(doc, bindings)
            bindings = people.name_all(bindings)
            for dialogue_rule in DIALOGUE:
                bindings = apply(bindings, dialogue_rule.run(doc, people, bindings))
            bindings = apply(bindings, people.name_narrator(doc.conversations(), bindings))
        return bindings


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

    def build(self, spans: list[QuoteSpan], bindings: list[Binding | None]) -> list[Quote]:
        """The quotes, in document order.  *spans* and *bindings* are emptied as they are read."""
        quotes: list[Quote] = []
        while spans:
            quotes.append(self.quote(spans.pop(), bindings.pop()))
        quotes.reverse()
        return quotes

    def string(self, start: int, end: int) -> str:
        """``text[start:end]``, one object for every equal short string."""
        piece = self.text[start:end]
        if end - start > _SHARED_LENGTH:
            return piece
        return self.strings.setdefault(piece, piece)

    def quote(self, q: QuoteSpan, binding: Binding | None) -> Quote:
        """The :class:`~quoteattr.model.Quote` for span *q* and its binding."""
        speaker = cue = None
        if binding is not None:
            speaker = self.speaker(binding)
            if binding.cue is not None:
                cue = self.cue(*binding.cue)
        return Quote(
            start=q.start,
            end=q.end,
            text=self.string(q.start, q.end),
            speaker=speaker,
            cue=cue,
            confidence=binding.confidence if binding is not None else 0.0,
            rule=binding.rule if binding is not None else None,
            unclosed=q.unclosed,
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
