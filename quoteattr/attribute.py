"""Conductor: text in, quotes out, each stage called in turn.

1. paragraphs (:mod:`quoteattr.text.segment`) and quoted spans (:mod:`quoteattr.quotes`);
2. a :class:`~quoteattr.document.Document` holding them, and the narration
   windows around each quote, tokenized on demand;
3. the local rules on every quote; the runs of paragraphs that are
   conversations (:mod:`quoteattr.conversation`); in a text without any, the
   names of the speakers (news registry); then the continuation rules (:mod:`quoteattr.rules`);
4. in a text with conversations: the names of its speakers by its cast,
   then the dialogue rules (:mod:`quoteattr.resolve.fiction`, :mod:`quoteattr.rules.dialogue`);
5. with ``indirect=True``, the reported speech and the partial quotes in it
   (:mod:`quoteattr.rules.reported`);
6. frozen :class:`~quoteattr.model.Quote` objects in document order, with
   one identity per person and its gender, from what the news names or the
   cast counted (:mod:`quoteattr.results`, :mod:`quoteattr.identity`).

Every rule returns the bindings it makes; this module alone puts them in place.
"""

from __future__ import annotations

import functools

import attrs

from quoteattr.config import Config
from quoteattr.conversation import conversations
from quoteattr.document import Binding, Document
from quoteattr.grammar import Grammar
from quoteattr.identity import NameEvidence
from quoteattr.model import Quote
from quoteattr.quotes import find_quotes
from quoteattr.resolve.fiction import Characters
from quoteattr.resolve.news import NewsNames
from quoteattr.results import build_quotes
from quoteattr.rules import CONTINUATION, DIALOGUE, apply, bind_locally
from quoteattr.rules.reported import ReportItem, attach_partial_quotes, attach_reports
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
            hint = (
                "; decode bytes first, e.g. data.decode('utf-8')"
                if isinstance(text, (bytes, bytearray))
                else ""
            )
            raise TypeError(f"attribute_quotes() expects a str, got {type(text).__name__}{hint}")
        if not text:
            return []
        config = self.config
        paragraphs = paragraph_spans(text)
        spans = find_quotes(text, paragraphs, config.single_quotes, config.lexicon, config.dash_dialogue)
        if not spans and not config.indirect:
            return []
        doc = Document(text, paragraphs, spans, config)
        bindings, reports, evidence = self._bind(doc)
        return build_quotes(
            text, doc.spans, bindings, reports, config.lexicon, evidence if config.resolve_names else None
        )

    def _bind(self, doc: Document) -> tuple[list[Binding | None], list[ReportItem], NameEvidence]:
        """Every quote's binding, named, the reports, and what resolution counted of the names.

        The name registries and the cast are let go once the speakers are made.
        """
        config = self.config
        news = NewsNames(doc.text, config.lexicon, config.resolve_names)
        bindings = bind_locally(doc, self._grammar, news.knows)
        doc.set_conversations(conversations(doc, bindings))
        if not doc.dialogue:
            # A text with conversations has a cast, which names its speakers after continuation.
            bindings = news.name_all(bindings)
        for rule in CONTINUATION:
            bindings = apply(bindings, rule.run(doc, bindings))
        evidence: NameEvidence = news.registry
        if doc.dialogue:
            bindings, evidence = _name_dialogue(doc, bindings)
        reports: list[ReportItem] = []
        if config.indirect:
            bindings, reports = attach_reports(doc, news, bindings)
        else:
            bindings = attach_partial_quotes(doc, news, bindings)
        return bindings, reports, evidence


def _name_dialogue(doc: Document, bindings: list[Binding | None]) -> tuple[list[Binding | None], NameEvidence]:
    """The bindings of a text with conversations named by its cast, and what the cast counted of the names.

    Only the cast's counts are handed on: the rest of the cast (several times
    the text's size in a long text) is freed here, before the reports and the
    quotes are built.
    """
    people = Characters(doc, bindings)
    bindings = people.name_all(bindings)
    for dialogue_rule in DIALOGUE:
        bindings = apply(bindings, dialogue_rule.run(doc, people, bindings))
    bindings = apply(bindings, people.name_narrator(doc.conversations(), bindings))
    return bindings, people.cast.evidence()


def attribute_quotes(
    text: str, config: Config | None = None, *, indirect: bool | None = None
) -> list[Quote]:
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
        TypeError: if *text* is not a ``str``, or *indirect* not a bool.

    >>> q = attribute_quotes('"We turned it down," Pires stated.')[0]
    >>> q.text, q.speaker.name, q.cue.text
    ('We turned it down,', 'Pires', 'stated')
    >>> r = attribute_quotes("Pires said the offer was too low.", indirect=True)[0]
    >>> r.kind, r.text, r.speaker.name, r.cue.text
    ('indirect', 'the offer was too low', 'Pires', 'said')
    """
    if indirect is not None:
        if not isinstance(indirect, bool):
            raise TypeError(f"indirect must be True or False, got {indirect!r}")
        if config is None:
            # The default config with the flag set: shared like the default one
            # (a config and an attributor made per call cost ~2% of a news text's time).
            return _default_attributor(indirect).attribute(text)
        config = attrs.evolve(config, indirect=indirect)
    attributor = _default_attributor() if config is None else Attributor(config)
    return attributor.attribute(text)


@functools.cache
def _default_attributor(indirect: bool = False) -> Attributor:
    """The attributor of the default :class:`Config` (with *indirect* set): it holds
    nothing that changes, so calls share it."""
    return Attributor(Config(indirect=True) if indirect else None)
