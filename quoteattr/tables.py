"""Front end, quotes as flat rows: :func:`records` for Python and pandas, :func:`write_table` for CSV/TSV.

It comes after the engine: it reads finished :class:`~quoteattr.model.Quote`
objects and writes nothing back.  The standard library only; pandas is a
recipe (``pd.DataFrame(quoteattr.records(quotes))``), not a dependency.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from quoteattr.model import Quote

__all__ = ["RECORD_COLUMNS", "TABLE_FORMATS", "TextSink", "encodes_utf8", "records", "write_table"]


class TextSink(Protocol):
    """Where a table is written: anything with ``write(str)``, such as an open text file."""

    def write(self, text: str, /) -> object:
        """Write *text*."""


def encodes_utf8(stream: object) -> bool:
    """True when *stream* has an ``encoding`` that is UTF-8, so JSON may keep non-ASCII letters as they are."""
    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "ascii").name == "utf-8"
    except LookupError:
        return False

#: What each column of :func:`records` and of the CSV/TSV tables holds, in their order.
_COLUMNS: dict[str, str] = {
    "doc_id": "the document's id or file name",
    "kind": "direct, or indirect for reported speech",
    "quote": "the quoted words",
    "speaker": "the resolved name",
    "entity": "one id per speaker within the document",
    "mention": "the words that bound the quote (he, Mayor Ruth Okafor)",
    "mention_kind": "name, pronoun, description or group",
    "gender": "female, male or empty",
    "cue": "the reporting expression (said)",
    "start": "where the quote starts in its document",
    "end": "where it ends",
    "rule": "the id of the rule that bound the speaker",
    "confidence": "that rule's confidence",
}

#: The columns of :func:`records` and of the CSV/TSV tables, in their order.
RECORD_COLUMNS: tuple[str, ...] = tuple(_COLUMNS)

#: The formats :func:`write_table` writes, to their field delimiter.
TABLE_FORMATS: dict[str, str] = {"csv": ",", "tsv": "\t"}


def records(quotes: Iterable[Quote], doc_id: str | None = None) -> list[dict[str, Any]]:
    """One flat dict per quote, with the keys of :data:`RECORD_COLUMNS` in that order.

    Args:
        quotes: the quotes of one document, as :func:`quoteattr.attribute_quotes`
            returns them (their order is kept).
        doc_id: the document's id or file name, copied into every row.

    Returns:
        A list of dicts of plain values (``str``, ``int``, ``float`` or
        ``None``), ready for ``csv.DictWriter``, JSON or
        ``pandas.DataFrame``.  Speaker and cue columns are ``None`` for a
        quote without a speaker or cue; ``entity`` and ``gender`` are as
        the speaker holds them (:func:`quoteattr.attribute_quotes` fills both).

    Raises:
        TypeError: for an item that is not a :class:`~quoteattr.Quote`.

    >>> from quoteattr import attribute_quotes, records
    >>> row = records(attribute_quotes('"We won," said Mrs. Jane Roe.'), doc_id="a1")[0]
    >>> row["doc_id"], row["quote"], row["speaker"], row["mention"], row["cue"], row["start"]
    ('a1', 'We won,', 'Jane Roe', 'Mrs. Jane Roe', 'said', 1)
    """
    rows: list[dict[str, Any]] = []
    for q in quotes:
        if not isinstance(q, Quote):
            raise TypeError(f"records() expects Quote objects, got {type(q).__name__}")
        speaker, cue = q.speaker, q.cue
        rows.append(
            {
                "doc_id": doc_id,
                "kind": q.kind,
                "quote": q.text,
                "speaker": speaker.name if speaker else None,
                "entity": speaker.entity if speaker else None,
                "mention": speaker.text if speaker else None,
                "mention_kind": speaker.kind if speaker else None,
                "gender": speaker.gender if speaker else None,
                "cue": cue.text if cue else None,
                "start": q.start,
                "end": q.end,
                "rule": q.rule,
                "confidence": q.confidence,
            }
        )
    return rows


def write_table(documents: Iterable[tuple[str | None, Sequence[Quote]]], out: TextSink, fmt: str = "csv") -> int:
    """Write one header and one row per quote of every document as CSV or TSV.

    Args:
        documents: ``(doc_id, quotes)`` pairs, read lazily (a generator over a
            corpus is fine); ``doc_id`` fills the ``doc_id`` column.
        out: a text stream (anything with ``write(str)``); open files with
            ``newline=""`` (the csv module's rule) so that line breaks inside a
            quote survive on every platform.
        fmt: ``"csv"`` (comma) or ``"tsv"`` (tab).

    Returns:
        The number of rows written (the header not counted).

    Raises:
        ValueError: for another *fmt*, before anything is written.

    Columns are :data:`RECORD_COLUMNS`.  Rows end with ``\\r\\n`` (RFC 4180); a field holding
    the delimiter, a quotation mark or a line break is quoted the csv way
    (``"..."`` with ``""`` inside), in TSV too, so every quote comes back
    exactly with ``csv.reader`` or ``pandas.read_csv``.  Empty cells are
    ``None`` values.  Text is written as it is: a quote that starts with
    ``=`` is not defused for spreadsheets.

    >>> import io
    >>> from quoteattr import attribute_quotes
    >>> buffer = io.StringIO()
    >>> write_table([("a1", attribute_quotes('"Yes," said Mrs. Jane Roe.'))], buffer)
    1
    >>> for line in buffer.getvalue().splitlines():
    ...     print(line)
    doc_id,kind,quote,speaker,entity,mention,mention_kind,gender,cue,start,end,rule,confidence
    a1,direct,"Yes,",Jane Roe,Jane Roe#1,Mrs. Jane Roe,name,female,said,1,5,QUOTE_CUE_SPEAKER,0.95
    """
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"unknown table format {fmt!r}: expected 'csv' or 'tsv'")
    # CRLF line ends (RFC 4180): the csv module quotes a field holding any
    # character of the line terminator, so a lone CR inside a quote is quoted too.
    writer = csv.DictWriter(out, fieldnames=RECORD_COLUMNS, delimiter=TABLE_FORMATS[fmt])
    writer.writeheader()
    count = 0
    for doc_id, quotes in documents:
        rows = records(quotes, doc_id)
        writer.writerows(rows)
        count += len(rows)
    return count
