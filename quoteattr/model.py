"""Public records: the value objects quoteattr returns.

All classes are frozen, slotted ``attrs`` classes.  Every ``start``/``end``
pair indexes the caller's original string, so ``text[x.start:x.end] == x.text``
holds for every span the library returns.
"""

from __future__ import annotations

from typing import Any

import attrs


def _check_offsets(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    """Validate that an offset is a non-negative int and that end >= start."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{attribute.name} must be an int, got {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")
    if attribute.name == "end" and value < instance.start:
        raise ValueError(f"end ({value}) must be >= start ({instance.start})")


def _check_text_length(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    """Validate that a span's text is exactly as long as its offsets say."""
    if len(value) != instance.end - instance.start:
        raise ValueError(
            f"text has length {len(value)} but the span {instance.start}:{instance.end} "
            f"has length {instance.end - instance.start}"
        )


@attrs.frozen
class Span:
    """A piece of the input: ``text == source[start:end]``.

    >>> Span(0, 5, "Hello")
    Span(start=0, end=5, text='Hello')
    """

    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)
    text: str = attrs.field(validator=_check_text_length)

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"text", "start", "end"}`` for JSON output."""
        return {"text": self.text, "start": self.start, "end": self.end}


@attrs.frozen
class Cue:
    """The reporting expression that ties a quote to its speaker (``said``, ``according to``)."""

    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)
    text: str = attrs.field(validator=_check_text_length)

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"text", "start", "end"}`` for JSON output."""
        return {"text": self.text, "start": self.start, "end": self.end}


#: Kinds of speaker mention, from the most to the least specific.
MENTION_KINDS = ("name", "pronoun", "description", "group")

#: The values of :attr:`Speaker.gender` besides ``None`` (unknown, mixed or a group).
GENDERS = ("female", "male")


def _check_gender(instance: Any, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    """Validate that a gender is one of :data:`GENDERS` or ``None``."""
    if value is not None and value not in GENDERS:
        raise ValueError(f"gender must be 'female', 'male' or None, got {value!r}")


def _check_mention_kind(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    """Validate that a mention kind is one of :data:`MENTION_KINDS`."""
    if value not in MENTION_KINDS:
        kinds = ", ".join(repr(k) for k in MENTION_KINDS)
        raise ValueError(f"kind must be one of {kinds}, got {value!r}")


@attrs.frozen
class Speaker:
    """The mention a quote was bound to, and the name it resolves to.

    ``text``/``start``/``end`` locate the mention itself (``he``, ``Pires``,
    ``the former president``); ``name`` is the fullest name the document gives
    for the same person, titles removed, or the mention text when it cannot be
    resolved.  ``kind`` is one of ``name``, ``pronoun``, ``description`` and ``group``.
    ``resolution`` is the id of the name-resolution step that chose ``name``
    (a key of :data:`quoteattr.resolve.STEPS`, such as ``SURNAME``), or None
    when ``name`` is the mention's own; it traces a wrong name as ``Quote.rule``
    traces a wrong speaker.  It is not part of :meth:`to_dict` (yet).

    ``entity`` identifies the speaker within one document: every quote of the
    same person carries the same id, whatever mention bound it.  It is written
    ``"<label>#<n>"``: the label is the canonical name (or, for a speaker that
    was not resolved to a name, the mention's words), ``n`` numbers the
    document's speakers from 1 in order of their first quote.  Ids are only
    comparable within one document; across documents compare ``name``.
    ``gender`` is ``"female"``, ``"male"`` or ``None``, from evidence in the
    text only (pronouns, gendered titles and nouns), never from first names;
    groups are always ``None``.  :func:`quoteattr.attribute_quotes` fills
    both (see :mod:`quoteattr.identity`); a speaker built by hand has ``None``
    until :func:`quoteattr.identity.assign_entities` groups it.

    .. versionadded:: 0.1.0 ``resolution``, ``entity`` and ``gender``
    """

    name: str
    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)
    text: str = attrs.field(validator=_check_text_length)
    kind: str = attrs.field(default="name", validator=_check_mention_kind)
    resolution: str | None = None
    entity: str | None = None
    gender: str | None = attrs.field(default=None, validator=_check_gender)

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"name", "text", "start", "end", "kind", "entity", "gender"}`` for JSON output."""
        return {
            "name": self.name,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "entity": self.entity,
            "gender": self.gender,
        }


def _check_confidence(instance: Any, attribute: attrs.Attribute[float], value: float) -> None:
    """Validate that a confidence lies in [0, 1]."""
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence must be in [0, 1], got {value}")


#: The values of :attr:`Quote.kind`: a quotation, or reported speech.
QUOTE_KINDS = ("direct", "indirect")


def _check_quote_kind(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    """Validate that a quote kind is one of :data:`QUOTE_KINDS`."""
    if value not in QUOTE_KINDS:
        raise ValueError(f"kind must be 'direct' or 'indirect', got {value!r}")


def _as_pieces(value: Any) -> tuple[tuple[int, int], ...] | None:
    """``None`` as it is; a sequence of ``(start, end)`` pairs as a tuple of tuples (JSON gives lists)."""
    if value is None:
        return None
    try:
        return tuple(tuple(piece) for piece in value)
    except TypeError:
        raise TypeError(f"pieces must be a sequence of (start, end) pairs, got {value!r}") from None


def _check_pieces(instance: Any, attribute: attrs.Attribute[Any], value: tuple[tuple[int, int], ...] | None) -> None:
    """Validate a report's pieces: int pairs inside the content, in order, apart, from ``start`` to ``end``."""
    if not value:
        return
    if instance.kind != "indirect":
        raise ValueError("pieces are for reported speech (kind='indirect') only")
    if len(value) < 2:
        raise ValueError(f"pieces must be at least two (start, end) pairs, got {value!r}")
    previous_end = None
    for piece in value:
        if len(piece) != 2 or any(isinstance(x, bool) or not isinstance(x, int) for x in piece):
            raise TypeError(f"each piece must be a pair of ints, got {piece!r}")
        first, last = piece
        if not instance.start <= first < last <= instance.end:
            raise ValueError(f"piece {piece!r} is empty or outside the content {instance.start}:{instance.end}")
        if previous_end is not None and first <= previous_end:
            raise ValueError(f"piece {piece!r} is out of order or touches the piece before it")
        previous_end = last
    if value[0][0] != instance.start or value[-1][1] != instance.end:
        raise ValueError(
            f"the first piece must start at {instance.start} and the last end at {instance.end}, got {value!r}"
        )


@attrs.frozen
class Quote:
    """One contiguous quoted span and its attribution.

    ``start``/``end`` cover the quoted words without the quotation marks and
    without surrounding whitespace.  ``rule`` names the binding rule that chose
    the speaker (``None`` when no rule applied), so wrong output can be traced.
    ``unclosed`` is true for a quote still open at the end of its paragraph
    (a speech that runs over several paragraphs).

    ``pieces`` is set on reported speech whose cue's phrase sits inside the
    content, set off by commas or dashes (``The ferry, Tam Reddick said on
    Friday, will run twice a day``): the content's ``(start, end)`` pairs in
    document order, the phrase between them left out (``The ferry`` and
    ``will run twice a day``).  The first piece starts at ``start``, the last
    ends at ``end``, and they neither overlap nor touch; ``text`` is still
    the whole of ``source[start:end]``.  It is ``None`` for a direct quote and
    for a report in one piece.  :meth:`to_dict` writes it as ``"spans"``.

    .. versionadded:: 0.1.0 ``pieces``
    """

    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)
    text: str = attrs.field(validator=_check_text_length)
    speaker: Speaker | None = None
    cue: Cue | None = None
    kind: str = attrs.field(default="direct", validator=_check_quote_kind)
    confidence: float = attrs.field(default=0.0, validator=_check_confidence)
    rule: str | None = None
    unclosed: bool = False
    pieces: tuple[tuple[int, int], ...] | None = attrs.field(
        default=None, converter=_as_pieces, validator=_check_pieces
    )

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready shape documented in the README.

        A report in pieces also has ``"spans"``: its pieces as ``[start, end]``
        lists, the key and shape the shared evaluation format reads for a
        discontinuous content.  The key is left out when there are no pieces,
        so every other item keeps the same keys.

        >>> Quote(0, 2, "Hi").to_dict()["speaker"] is None
        True
        >>> Quote(0, 22, "Rain, Vell said, falls", kind="indirect", pieces=[(0, 4), (17, 22)]).to_dict()["spans"]
        [[0, 4], [17, 22]]
        """
        out = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "kind": self.kind,
            "confidence": self.confidence,
            "rule": self.rule,
            "unclosed": self.unclosed,
        }
        if self.pieces:
            out["spans"] = [[first, last] for first, last in self.pieces]
        return out
