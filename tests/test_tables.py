"""Quotes as rows: ``quoteattr.records`` and the CSV/TSV writer (``quoteattr.tables``)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr import Cue, Quote, Speaker, attribute_quotes, records
from quoteattr.identity import assign_entities
from quoteattr.tables import RECORD_COLUMNS, write_table

TEXT = '"We start now," said Mrs. Mira Osei. "Then we vote," she added. "Never."'


def test_columns_are_the_documented_ones_in_order() -> None:
    assert RECORD_COLUMNS == (
        "doc_id", "kind", "quote", "speaker", "entity", "mention", "mention_kind",
        "gender", "cue", "start", "end", "rule", "confidence",
    )


def test_one_row_per_quote_with_its_values() -> None:
    quotes = assign_entities(attribute_quotes(TEXT))
    rows = records(quotes, doc_id="osei.txt")
    assert len(rows) == len(quotes) == 3
    assert all(list(row) == list(RECORD_COLUMNS) for row in rows)
    first, second, third = rows
    assert first == {
        "doc_id": "osei.txt", "kind": "direct", "quote": "We start now,", "speaker": "Mira Osei",
        "entity": "Mira Osei#1", "mention": "Mrs. Mira Osei", "mention_kind": "name", "gender": "female",
        "cue": "said", "start": 1, "end": 14, "rule": quotes[0].rule, "confidence": quotes[0].confidence,
    }
    assert TEXT[first["start"] : first["end"]] == first["quote"]
    assert (second["mention"], second["mention_kind"], second["entity"]) == ("she", "pronoun", "Mira Osei#1")
    # The last quote has no speaker here or is bound by continuation; either way its row is complete.
    assert third["quote"] == "Never." and third["start"] == TEXT.index("Never.")


def test_a_quote_without_speaker_or_cue_has_empty_columns() -> None:
    (row,) = records([Quote(0, 2, "Hi")])
    assert row == {
        "doc_id": None, "kind": "direct", "quote": "Hi", "speaker": None, "entity": None, "mention": None,
        "mention_kind": None, "gender": None, "cue": None, "start": 0, "end": 2, "rule": None, "confidence": 0.0,
    }


def test_records_keep_order_and_accept_any_iterable() -> None:
    quotes = [Quote(5, 6, "b"), Quote(0, 1, "a")]
    assert [r["quote"] for r in records(iter(quotes))] == ["b", "a"]
    assert records([]) == []


def _read(text: str, fmt: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter="," if fmt == "csv" else "\t"))


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_table_round_trips_awkward_text(fmt: str) -> None:
    # Delimiters, quotation marks and line breaks inside a quote come back exactly.
    awkward = 'a, b\t"c"\nd\r\ne'
    quote = Quote(0, len(awkward), awkward, speaker=Speaker("O'Neil, Jr.", 0, 1, "a"), cue=Cue(1, 2, ","))
    out = io.StringIO(newline="")
    assert write_table([("doc\t1", [quote]), ("doc 2", [])], out, fmt) == 1
    header, row = _read(out.getvalue(), fmt)
    assert header == list(RECORD_COLUMNS)
    assert dict(zip(header, row, strict=True)) == {
        "doc_id": "doc\t1", "kind": "direct", "quote": awkward, "speaker": "O'Neil, Jr.", "entity": "",
        "mention": "a", "mention_kind": "name", "gender": "", "cue": ",", "start": "0",
        "end": str(len(awkward)), "rule": "", "confidence": "0.0",
    }


def test_table_of_many_documents_is_read_lazily() -> None:
    seen: list[str] = []

    def documents() -> Iterator[tuple[str | None, Sequence[Quote]]]:
        for name in ("a", "b", "c"):
            seen.append(name)
            yield name, [Quote(0, 1, name), Quote(2, 3, name)]

    out = io.StringIO()
    assert write_table(documents(), out, "tsv") == 6
    assert seen == ["a", "b", "c"]
    rows = _read(out.getvalue(), "tsv")
    assert [r[0] for r in rows[1:]] == ["a", "a", "b", "b", "c", "c"]
    assert out.getvalue().count("\r\n") == 7


def test_empty_table_has_its_header() -> None:
    out = io.StringIO()
    assert write_table([], out) == 0
    assert out.getvalue() == ",".join(RECORD_COLUMNS) + "\r\n"


@pytest.mark.parametrize("fmt", ["json", "CSV", "", "xlsx"])
def test_unknown_format_is_refused_before_writing(fmt: str) -> None:
    out = io.StringIO()
    with pytest.raises(ValueError, match="expected 'csv' or 'tsv'"):
        write_table([("a", [Quote(0, 1, "a")])], out, fmt)
    assert out.getvalue() == ""


@given(st.lists(st.text(min_size=1, max_size=30).filter(lambda s: "\x00" not in s), max_size=5), st.sampled_from(["csv", "tsv"]))
def test_any_quote_text_round_trips(texts: list[str], fmt: str) -> None:
    quotes = [Quote(0, len(t), t) for t in texts]
    out = io.StringIO(newline="")
    write_table([("d", quotes)], out, fmt)
    rows = _read(out.getvalue(), fmt)
    assert [r[RECORD_COLUMNS.index("quote")] for r in rows[1:]] == texts


def test_pandas_recipe() -> None:
    pd = pytest.importorskip("pandas", reason="pandas is not installed (the recipe needs it, quoteattr does not)")
    quotes = assign_entities(attribute_quotes(TEXT))
    frame = pd.DataFrame(records(quotes, doc_id="osei.txt"))
    assert list(frame.columns) == list(RECORD_COLUMNS)
    assert len(frame) == len(quotes)
    counts = frame.groupby("entity").size().to_dict()
    assert counts["Mira Osei#1"] == sum(1 for q in quotes if q.speaker and q.speaker.entity == "Mira Osei#1")
