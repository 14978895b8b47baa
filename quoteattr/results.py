"""Public records: the frozen :class:`~quoteattr.model.Quote` objects of one document, from its records.

The engine's records (quote spans, bindings, reports) become the public
objects here, with the speakers' identities and genders
(:mod:`quoteattr.identity`) and the strings that repeat shared, so a
quote-dense document's peak memory stays near what its result holds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeAlias, overload

import attrs

from quoteattr.document import Binding
from quoteattr.identity import NameEvidence, identify
from quoteattr.lang import Lexicon
from quoteattr.model import Cue, Quote, Speaker
from quoteattr.quotes import QuoteSpan
from quoteattr.rules.reported import ReportItem

__all__ = ["build_quotes"]


#: The fields of :class:`~quoteattr.model.Quote`, in order, as :func:`_quote_maker` sets them.
_QUOTE_FIELDS = ("start", "end", "text", "speaker", "cue", "kind", "confidence", "rule", "unclosed", "pieces")

#: A report's pieces (:attr:`~quoteattr.model.Quote.pieces`), ``None`` for one piece.
_Pieces: TypeAlias = "tuple[tuple[int, int], ...] | None"

_MakeQuote = Callable[
    [int, int, str, "Speaker | None", "Cue | None", float, "str | None", bool, str, _Pieces], Quote
]


def _quote_maker() -> _MakeQuote:
    """A constructor of :class:`~quoteattr.model.Quote` for the values the engine made.

    It sets the slots directly, without the validators, which guard the
    offsets a user passes and cost about a microsecond a quote, a tenth of
    the time of a quote-dense document; the engine's offsets index the text
    by construction (the tests and the hostile benchmark check every span).
    Should the fields of ``Quote`` ever differ from :data:`_QUOTE_FIELDS`, the
    checked constructor is used instead.  The last two arguments are the kind
    (``"direct"``, or ``"indirect"`` for a report) and a report's pieces
    (``None`` for one piece; :func:`~quoteattr.rules.reported.pieces.content_pieces`
    makes them in order, inside the content, as the checked constructor wants).
    """
    if tuple(field.name for field in attrs.fields(Quote)) != _QUOTE_FIELDS:

        def checked(
            start: int, end: int, text: str, speaker: Speaker | None, cue: Cue | None,
            confidence: float, rule: str | None, unclosed: bool, kind: str,
            pieces: tuple[tuple[int, int], ...] | None,
        ) -> Quote:
            return Quote(start, end, text, speaker, cue, kind, confidence, rule, unclosed, pieces)

        return checked
    slots = vars(Quote)
    new = object.__new__
    (
        set_start, set_end, set_text, set_speaker, set_cue, set_kind, set_confidence, set_rule, set_unclosed,
        set_pieces,
    ) = (slots[name].__set__ for name in _QUOTE_FIELDS)

    def unchecked(
        start: int, end: int, text: str, speaker: Speaker | None, cue: Cue | None,
        confidence: float, rule: str | None, unclosed: bool, kind: str,
        pieces: tuple[tuple[int, int], ...] | None,
    ) -> Quote:
        quote: Quote = new(Quote)
        set_start(quote, start)
        set_end(quote, end)
        set_text(quote, text)
        set_speaker(quote, speaker)
        set_cue(quote, cue)
        set_kind(quote, kind)
        set_confidence(quote, confidence)
        set_rule(quote, rule)
        set_unclosed(quote, unclosed)
        set_pieces(quote, pieces)
        return quote

    return unchecked


_make_quote = _quote_maker()

#: Strings up to this long are shared between the quotes that hold the same
#: one (a speaker's name, a cue word, a short repeated quote); longer ones are
#: nearly always unique, and a table of them would only cost memory.
_SHARED_LENGTH = 32


class _Item(Protocol):
    """A quote span or a report: where its text is."""

    @property
    def start(self) -> int:
        """Where the text starts."""
        ...

    @property
    def end(self) -> int:
        """Where the text ends."""
        ...


class _ItemTexts(Sequence[str]):
    """The text of each item, cut from the document only when it is read.

    Identities read the quotes of the unnamed speakers alone; a list of every
    item's text was a second copy of all the quoted and reported text, about
    a fifth of the peak memory of a call with reported speech.
    """

    __slots__ = ("_text", "_items")

    def __init__(self, text: str, items: Sequence[_Item]) -> None:
        self._text = text
        self._items = items

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self._text[item.start : item.end] for item in self._items[index]]
        item = self._items[index]
        return self._text[item.start : item.end]


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
            return _make_quote(
                q.start, q.end, self.string(q.start, q.end), None, None, 0.0, None, q.unclosed, "direct", None
            )
        return _make_quote(
            q.start,
            q.end,
            self.string(q.start, q.end),
            speaker,
            cue,
            binding.confidence,
            binding.rule,
            q.unclosed,
            "direct",
            None,
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

    def report(self, report: ReportItem, speaker: Speaker | None) -> Quote:
        """The ``Quote(kind="indirect")`` of *report*: its content and pieces, source, cue and rule."""
        return _make_quote(
            report.start,
            report.end,
            self.string(report.start, report.end),
            speaker,
            self.cue(*report.cue),
            report.confidence,
            report.rule,
            False,
            "indirect",
            report.pieces,
        )

    def cue(self, start: int, end: int) -> Cue:
        """The :class:`~quoteattr.model.Cue` at ``text[start:end]``."""
        made = self.cues.get(start)
        if made is None or made.end != end:
            made = self.cues[start] = Cue(start, end, self.string(start, end))
        return made


def build_quotes(
    text: str,
    spans: list[QuoteSpan],
    bindings: list[Binding | None],
    reports: list[ReportItem],
    lexicon: Lexicon,
    evidence: NameEvidence | None,
) -> list[Quote]:
    """The quotes of one document, direct and reported, sorted by offset.

    *spans* and *bindings* (one binding per span) are emptied as they are
    read.  Every speaker gets its identity and gender from all the items of
    the document, in document order (:func:`~quoteattr.identity.identify`),
    from what resolution counted (*evidence*; ``None`` reads the mentions alone).
    """
    results = _Results(text)
    speakers = results.speakers_of(bindings)
    if not reports:
        quoted = _ItemTexts(text, spans)
        return results.build(spans, bindings, identify(speakers, lexicon, evidence, quoted, text))
    report_speakers = [None if r.binding is None else results.speaker(r.binding) for r in reports]
    # Identities are numbered in order of first appearance: direct and reported items together.
    items: list[_Item] = [*spans, *reports]
    order = sorted(range(len(items)), key=lambda k: (items[k].start, items[k].end))
    joint = speakers + report_speakers
    named = identify([joint[k] for k in order], lexicon, evidence, _ItemTexts(text, [items[k] for k in order]), text)
    for k, speaker in zip(order, named):  # noqa: B905 - one speaker per item
        joint[k] = speaker
    quotes = results.build(spans, bindings, joint[: len(speakers)])
    quotes += [results.report(r, s) for r, s in zip(reports, joint[len(speakers) :])]  # noqa: B905
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes
