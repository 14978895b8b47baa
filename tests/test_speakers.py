"""The speakers table (``quoteattr.speakers``): grouping, counts, and its three formats."""

from __future__ import annotations

import csv
import io
import json

import pytest

from quoteattr import Quote, Speaker, attribute_quotes
from quoteattr.speakers import (
    SPEAKER_COLUMNS,
    SpeakerRow,
    format_speaker_table,
    speaker_table,
    write_speaker_table,
)


def _q(at: int, words: str, name: str | None, mention: str = "", kind: str = "name", item: str = "direct",
       entity: str | None = None, gender: str | None = None) -> Quote:
    """A quote of *words* at *at*, bound to *mention* (default: the name) resolved to *name*."""
    speaker = None
    if name is not None:
        text = mention or name
        speaker = Speaker(name, at + 500, at + 500 + len(text), text, kind, entity=entity, gender=gender)
    return Quote(at, at + len(words), words, speaker=speaker, kind=item)


def _rows(*documents: list[Quote]) -> list[tuple[object, ...]]:
    table = speaker_table([(f"d{i}", quotes) for i, quotes in enumerate(documents)])
    return [(r.speaker, r.kind, r.gender, r.quotes, r.words, r.reports, r.documents) for r in table]


def test_one_document_grouped_by_identity() -> None:
    doc = [
        _q(0, "one two three", "Mira Osei", "Mrs. Mira Osei"),
        _q(20, "four", "Mira Osei", "she", "pronoun"),
        _q(40, "five six", "Osei", "Osei"),  # a lone surname joins the one full name
        _q(60, "seven", "Arlo Finch"),
    ]
    assert _rows(doc) == [
        ("Mira Osei", "name", "female", 3, 6, 0, 1),
        ("Arlo Finch", "name", None, 1, 1, 0, 1),
    ]


def test_many_documents_grouped_by_canonical_name() -> None:
    first = [_q(0, "a b", "Mira Osei"), _q(10, "c", "Arlo Finch")]
    second = [_q(0, "d e f", "MIRA OSEI"), _q(10, "g", "MIRA OSEI", "she", "pronoun")]
    third = [_q(0, "h", "Arlo Finch", "he", "pronoun")]
    assert _rows(first, second, third) == [
        ("Mira Osei", "name", "female", 3, 6, 0, 2),
        ("Arlo Finch", "name", "male", 2, 2, 0, 2),
    ]


def test_unresolved_pronouns_groups_and_speakerless_quotes_are_rows_of_their_own() -> None:
    doc = [
        _q(0, "a", "Mira Osei"),
        _q(10, "b c", "he", "he", "pronoun"),
        _q(20, "d", "he", "he", "pronoun"),
        _q(30, "e f g", "officials", "officials", "group"),
        _q(40, "h", None),
        _q(50, "i j", None),
    ]
    assert _rows(doc) == [
        ("officials", "group", None, 1, 3, 0, 1),
        ("Mira Osei", "name", None, 1, 1, 0, 1),
        ("he", "pronoun", "male", 2, 3, 0, 1),
        (None, None, None, 2, 3, 0, 1),
    ]


def test_a_pronoun_never_joins_a_person_of_the_same_spelling() -> None:
    # A person resolved to the name "He" (say, a surname) is not the unresolved pronoun "he".
    doc = [_q(0, "a", "Lin He", "He", "name"), _q(10, "b", "he", "he", "pronoun")]
    rows = _rows(doc)
    assert [(r[0], r[1]) for r in rows] == [("Lin He", "name"), ("he", "pronoun")]


def test_a_pronoun_whose_entity_joined_a_named_person_counts_in_that_row() -> None:
    # The turns named the unresolved "he" (quoteattr.unnamed): his quotes are Tobin Marsh's.
    doc = [
        _q(0, "a b", "he", "he", "pronoun", entity="Tobin Marsh#1", gender="male"),
        _q(10, "c", "Tobin Marsh", entity="Tobin Marsh#1", gender="male"),
        _q(20, "d", "the spokesman", "the spokesman", "description", entity="a spokesman#2"),
    ]
    assert _rows(doc) == [
        ("Tobin Marsh", "name", "male", 2, 3, 0, 1),
        ("a spokesman", "description", None, 1, 1, 0, 1),
    ]


def test_a_description_whose_entity_no_named_mention_shares_is_not_named() -> None:
    # "she" joined to the unnamed "his wife" is still no one named; a blank label does not fail.
    doc = [
        _q(0, "a", "she", "she", "pronoun", entity="his wife#1"),
        _q(10, "b", "his wife", "his wife", "description", entity="his wife#1"),
        _q(20, "c", "he", "he", "pronoun", entity=" #2"),
    ]
    rows = speaker_table([("d", doc)])
    assert "name" not in {r.kind for r in rows}
    assert ("his wife", "description") in {(r.speaker, r.kind) for r in rows}


def test_reports_are_counted_apart_from_quotes() -> None:
    doc = [_q(0, "a b", "Mira Osei"), _q(10, "the plan would fail", "Mira Osei", item="indirect")]
    assert _rows(doc) == [("Mira Osei", "name", None, 1, 2, 1, 1)]


@pytest.mark.parametrize(
    ("genders", "expected"),
    [(["female", None], "female"), (["female", "male"], None), ([None, None], None), (["male", "male"], "male")],
)
def test_row_gender_is_what_the_documents_agree_on(genders: list[str | None], expected: str | None) -> None:
    docs = [[_q(0, "a", "Mira Osei", entity="Mira Osei#1", gender=g)] for g in genders]
    assert _rows(*docs)[0][2] == expected


def test_existing_entities_are_used_as_they_are() -> None:
    # Entities set upstream (the engine, later) decide the grouping: two ids, two identities.
    doc = [_q(0, "a", "Mira Osei", entity="Mira Osei#1"), _q(10, "b", "Mira Osei", entity="Mira Osei#2")]
    table = speaker_table([("d", doc)])
    # Across documents rows are by canonical name, and within one by entity: both ids carry one name.
    assert [(r.speaker, r.quotes) for r in table] == [("Mira Osei", 2)]


def test_spelling_shown_is_the_most_common() -> None:
    docs = [[_q(0, "a", "mira osei")], [_q(0, "a", "Mira Osei")], [_q(0, "a", "Mira Osei")]]
    assert _rows(*docs)[0][0] == "Mira Osei"


def test_order_most_quoted_first_then_by_name() -> None:
    doc = [_q(0, "a", "Bo Lind"), _q(10, "b", "Al Berg"), _q(20, "c d", "Cy Dorn"), _q(30, "e", "Cy Dorn")]
    assert [r[0] for r in _rows(doc)] == ["Cy Dorn", "Al Berg", "Bo Lind"]


def test_sample_article_end_to_end() -> None:
    text = (
        '"We start now," said Councillor Mira Osei. "Then we vote," she added.\n\n'
        '"Not yet," said Arlo Finch.'
    )
    other = '"Agreed," Mira Osei said. "Fine," Finch said.'
    table = speaker_table([("a.txt", attribute_quotes(text)), ("b.txt", attribute_quotes(other))])
    assert [(r.speaker, r.gender, r.quotes, r.words, r.documents) for r in table] == [
        ("Mira Osei", "female", 3, 7, 2),
        ("Arlo Finch", None, 1, 2, 1),
        # A lone surname is resolved within its own document only: across
        # documents "Finch" may be anyone called Finch.
        ("Finch", None, 1, 1, 1),
    ]


def test_empty_corpus() -> None:
    assert speaker_table([]) == []
    assert format_speaker_table([]).splitlines()[-1] == "0 speakers, 0 quotes, 0 words quoted"


ROWS = [
    SpeakerRow("Mira Osei", "name", "female", 3, 12, 0, 2),
    SpeakerRow("he", "pronoun", "male", 1, 4, 0, 1),
    SpeakerRow(None, None, None, 2, 5, 0, 1),
]


def test_plain_text_table() -> None:
    lines = format_speaker_table(ROWS).splitlines()
    assert lines[0].split() == ["speaker", "kind", "gender", "quotes", "words", "quoted", "documents"]
    assert lines[1].split() == ["Mira", "Osei", "name", "female", "3", "12", "2"]
    assert lines[2].split() == ["he", "pronoun", "male", "1", "4", "1"]
    assert lines[3].split() == ["(no", "speaker)", "-", "-", "2", "5", "1"]
    assert lines[4] == "1 speaker, 6 quotes, 21 words quoted; 1 by an unresolved pronoun; 2 without a speaker"
    # Columns line up: every number ends where its heading ends.
    assert len({len(line) for line in lines[:4]}) == 1


def test_summary_of_one_is_singular() -> None:
    rows = [SpeakerRow("Mira Osei", "name", None, 1, 1, 1, 1)]
    assert format_speaker_table(rows).splitlines()[-1] == "1 speaker, 1 quote, 1 word quoted, 1 report"


def test_plain_text_shows_reports_only_when_there_are_some() -> None:
    rows = [SpeakerRow("Mira Osei", "name", None, 1, 2, 3, 1)]
    text = format_speaker_table(rows)
    assert "reports" in text.splitlines()[0] and text.endswith(", 3 reports")
    assert "reports" not in format_speaker_table(ROWS)


def test_json_and_csv_carry_every_column() -> None:
    out = io.StringIO()
    write_speaker_table(ROWS, out, "json")
    data = json.loads(out.getvalue())
    assert [list(d) for d in data] == [list(SPEAKER_COLUMNS)] * 3
    assert data[2] == {"speaker": None, "kind": None, "gender": None, "quotes": 2, "words": 5, "reports": 0, "documents": 1}
    out = io.StringIO(newline="")
    write_speaker_table(ROWS, out, "csv")
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert rows[0] == list(SPEAKER_COLUMNS)
    assert rows[1] == ["Mira Osei", "name", "female", "3", "12", "0", "2"]
    assert rows[3] == ["", "", "", "2", "5", "0", "1"]


def test_json_keeps_or_escapes_non_ascii_by_the_stream_encoding() -> None:
    rows = [SpeakerRow("Zoë Çelik", "name", None, 1, 1, 0, 1)]
    raw = io.BytesIO()
    utf8 = io.TextIOWrapper(raw, encoding="utf-8")
    write_speaker_table(rows, utf8, "json")
    utf8.flush()
    assert "Zoë Çelik" in raw.getvalue().decode("utf-8")
    latin = io.StringIO()  # no encoding: treated as not UTF-8
    write_speaker_table(rows, latin, "json")
    assert "Zo\\u00eb" in latin.getvalue() and json.loads(latin.getvalue())[0]["speaker"] == "Zoë Çelik"


def test_unknown_format() -> None:
    out = io.StringIO()
    with pytest.raises(ValueError, match="expected 'text', 'json' or 'csv'"):
        write_speaker_table(ROWS, out, "tsv")
    assert out.getvalue() == ""
