"""Front end, evaluation input: gold and prediction JSONL files read into records.

The gold format is one document per line (``id``, ``source``, ``text``,
``quotes``, ``unattributed_quoted_spans``); a prediction line is
``{"id": ..., "quotes": [Quote.to_dict(), ...]}``.  :mod:`quoteattr.evaluate`
scores the records this module reads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs


class EvaluationInputError(Exception):
    """A gold or prediction file that cannot be read; the message names file and line."""


# --------------------------------------------------------------------------- records


@attrs.frozen
class SpeakerRef:
    """A speaker as either side gives it: mention offsets (maybe unknown) and names."""

    start: int | None
    end: int | None
    text: str
    name: str
    aliases: tuple[str, ...] | None = None
    pieces: tuple[tuple[int, int], ...] = ()


@attrs.frozen
class QuoteRef:
    """One quote of a gold or prediction file."""

    start: int
    end: int
    speaker: SpeakerRef | None
    type: str = ""


@attrs.frozen
class GoldDoc:
    """One gold document."""

    id: str
    source: str
    text: str
    quotes: tuple[QuoteRef, ...]
    unattributed: tuple[tuple[int, int], ...]


# --------------------------------------------------------------------------- reading


def _as_int(value: Any, where: str) -> int:
    """*value* as an offset, or EvaluationInputError naming *where*."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise EvaluationInputError(f"{where}: expected an integer offset >= 0, got {value!r}")
    return value


def span_list(value: Any, where: str) -> tuple[tuple[int, int], ...]:
    """The ``spans`` of a discontinuous item: ``[start, end]`` pairs or ``{"start", "end"}`` objects.

    Raises:
        EvaluationInputError: for anything else, naming *where*.
    """
    pieces: list[tuple[int, int]] = []
    ok = isinstance(value, list)
    for piece in value if ok else ():
        if isinstance(piece, Mapping):
            pieces.append((_as_int(piece.get("start"), where), _as_int(piece.get("end"), where)))
        elif isinstance(piece, list) and len(piece) == 2:
            pieces.append((_as_int(piece[0], where), _as_int(piece[1], where)))
        else:
            ok = False
    if not ok or any(end < start for start, end in pieces):
        raise EvaluationInputError(f'{where}: "spans" must be a list of [start, end] pairs')
    return tuple(pieces)


def check_within(pieces: Iterable[tuple[int, int]], text: str, where: str) -> None:
    """Raise EvaluationInputError when a piece ends past *text* (offsets index the text)."""
    for start, end in pieces:
        if end > len(text):
            raise EvaluationInputError(
                f"{where}: span {start}-{end} runs past the text ({len(text)} characters)"
            )


def gold_objects(path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """The records of a gold file: a string ``text`` each, unique ids, at least one record.

    Raises:
        EvaluationInputError: naming the file and line of the first bad record.
    """
    seen: set[str] = set()
    for where, obj in _jsonl_objects(path):
        if not isinstance(obj.get("text"), str):
            raise EvaluationInputError(f"{where}: expected a string \"text\"")
        doc_id = str(obj["id"])
        if doc_id in seen:
            # The predictions are keyed by id: a second document of one id would
            # be scored against the predictions of both.
            raise EvaluationInputError(f"{where}: duplicate id {doc_id!r}")
        seen.add(doc_id)
        yield where, obj
    if not seen:
        raise EvaluationInputError(f"{path}: no gold documents")


def _speaker(raw: Any, where: str) -> SpeakerRef | None:
    """Parse a gold or predicted speaker object (``None`` stays ``None``)."""
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise EvaluationInputError(f"{where}: speaker must be an object or null")
    start, end = raw.get("start"), raw.get("end")
    has_offsets = start is not None and end is not None
    if has_offsets != (start is not None or end is not None):
        # score.py's rule: both offsets or neither (one alone is a damaged record).
        raise EvaluationInputError(
            f"{where}: speaker has start {start!r} and end {end!r}: give both offsets or neither"
        )
    if has_offsets and _as_int(end, where) < _as_int(start, where):
        raise EvaluationInputError(f"{where}: speaker end {end} is before its start {start}")
    aliases = raw.get("aliases")
    pieces = span_list(raw["spans"], where) if raw.get("spans") is not None else ()
    return SpeakerRef(
        start=_as_int(start, where) if has_offsets else None,
        end=_as_int(end, where) if has_offsets else None,
        text=str(raw.get("text") or ""),
        name=str(raw.get("name") or ""),
        aliases=tuple(str(a) for a in aliases) if isinstance(aliases, list) else None,
        pieces=pieces,
    )


def _quote(raw: Any, where: str) -> QuoteRef:
    """Parse one quote object of either file."""
    if not isinstance(raw, Mapping):
        raise EvaluationInputError(f"{where}: a quote must be an object")
    start = _as_int(raw.get("start"), where)
    end = _as_int(raw.get("end"), where)
    if end < start:
        raise EvaluationInputError(f"{where}: quote end {end} is before its start {start}")
    return QuoteRef(start, end, _speaker(raw.get("speaker"), where), str(raw.get("type") or ""))


def _jsonl_objects(path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``("path:line", object)`` for every non-blank line of a JSONL file."""
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except FileNotFoundError:
        raise EvaluationInputError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise EvaluationInputError(f"{path}: not valid UTF-8 (byte offset {exc.start})") from None
    except OSError as exc:
        raise EvaluationInputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationInputError(f"{where}: invalid JSON: {exc.msg}") from None
        if not isinstance(obj, dict) or "id" not in obj:
            raise EvaluationInputError(f"{where}: expected an object with an \"id\"")
        yield where, obj


def load_gold(path: str) -> list[GoldDoc]:
    """Read a gold JSONL file.

    Raises:
        EvaluationInputError: naming the file and line of the first bad record.
    """
    docs: list[GoldDoc] = []
    for where, obj in gold_objects(path):
        text = obj["text"]
        quotes = obj.get("quotes") or []
        spans = obj.get("unattributed_quoted_spans") or []
        if not isinstance(quotes, list) or not isinstance(spans, list):
            raise EvaluationInputError(f"{where}: \"quotes\" and \"unattributed_quoted_spans\" must be lists")
        unattributed: list[tuple[int, int]] = []
        for span in spans:
            if not isinstance(span, list) or len(span) != 2:
                raise EvaluationInputError(f"{where}: an unattributed span must be [start, end]")
            unattributed.append((_as_int(span[0], where), _as_int(span[1], where)))
        refs = tuple(_quote(q, where) for q in quotes)
        check_within([(q.start, q.end) for q in refs], text, where)
        docs.append(
            GoldDoc(
                id=str(obj["id"]),
                source=str(obj.get("source") or "unknown"),
                text=text,
                quotes=refs,
                unattributed=tuple(unattributed),
            )
        )
    return docs


def parse_predictions(objects: Iterable[tuple[str, Mapping[str, Any]]]) -> dict[str, list[QuoteRef]]:
    """Turn ``(where, {"id", "quotes"})`` records into quotes keyed by document id."""
    predictions: dict[str, list[QuoteRef]] = {}
    for where, obj in objects:
        quotes = obj.get("quotes") or []
        if not isinstance(quotes, list):
            raise EvaluationInputError(f'{where}: "quotes" must be a list')
        # Reported speech (kind "indirect", from --indirect runs) is scored by --indirect.
        direct = [q for q in quotes if not (isinstance(q, Mapping) and q.get("kind") == "indirect")]
        predictions.setdefault(str(obj["id"]), []).extend(_quote(q, where) for q in direct)
    return predictions


#: ``(where, document id, start, end, text)`` of a predicted quote, checked against the gold text.
TextCheck = tuple[str, str, int, int, str]


def load_predictions(
    path: str, texts: Mapping[str, str] | None = None
) -> tuple[dict[str, list[QuoteRef]], list[TextCheck]]:
    """Read a prediction JSONL file: the quotes by document id, and their texts to check.

    With *texts* (the gold texts by document id), a predicted quote that ends
    past its document's text is an error, as it is for ``score.py``: its
    offsets index some other text, so no figure computed from it means anything.

    Raises:
        EvaluationInputError: naming the file and line of the first bad record.
    """
    objects = list(_jsonl_objects(path))
    predictions = parse_predictions(objects)
    if texts is not None:
        for where, obj in objects:
            text = texts.get(str(obj["id"]))
            if text is not None:
                check_within(((q.start, q.end) for q in predictions[str(obj["id"])]), text, where)
    checks: list[TextCheck] = []
    for where, obj in objects:
        for q in obj.get("quotes") or []:
            if isinstance(q.get("text"), str):
                checks.append((where, str(obj["id"]), q["start"], q["end"], q["text"]))
    return predictions, checks


def predict(docs: Sequence[GoldDoc]) -> dict[str, list[QuoteRef]]:
    """Run :func:`quoteattr.attribute_quotes` over every gold text."""
    from quoteattr.attribute import Attributor

    attributor = Attributor()
    records = (
        (doc.id, {"id": doc.id, "quotes": [q.to_dict() for q in attributor.attribute(doc.text)]})
        for doc in docs
    )
    return parse_predictions(records)
