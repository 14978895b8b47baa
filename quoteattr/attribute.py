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
from quoteattr.document import Binding, Document, Mention
from quoteattr.grammar import Grammar
from quoteattr.model import Cue, Quote, Speaker
from quoteattr.quotes import find_quotes
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
        news = NewsNames(text, config.lexicon, config.resolve_names)
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
        speakers: dict[tuple[Mention, str, str | None], Speaker] = {}
        return [_quote(doc, i, b, speakers) for i, b in enumerate(bindings)]


def _quote(
    doc: Document, i: int, binding: Binding | None, speakers: dict[tuple[Mention, str, str | None], Speaker]
) -> Quote:
    """The :class:`~quoteattr.model.Quote` for quote *i* and its binding.

    Quotes bound to the same mention under the same name (and step) share one
    :class:`~quoteattr.model.Speaker` (*speakers*).
    """
    q = doc.spans[i]
    text = doc.text
    speaker = cue = None
    if binding is not None:
        mention = binding.mention
        key = (mention, binding.name, binding.resolution)
        speaker = speakers.get(key)
        if speaker is None:
            speaker = speakers[key] = Speaker(
                name=binding.name,
                start=mention.start,
                end=mention.end,
                text=text[mention.start : mention.end],
                kind=mention.kind,
                resolution=binding.resolution,
            )
        if binding.cue is not None:
            c0, c1 = binding.cue
            cue = Cue(c0, c1, text[c0:c1])
    return Quote(
        start=q.start,
        end=q.end,
        text=text[q.start : q.end],
        speaker=speaker,
        cue=cue,
        confidence=binding.confidence if binding is not None else 0.0,
        rule=binding.rule if binding is not None else None,
        unclosed=q.unclosed,
    )


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
