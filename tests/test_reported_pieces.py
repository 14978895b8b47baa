"""Reported speech in pieces: a content split by its cue's phrase (``Quote.pieces``, ``"spans"``)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from quoteattr import Quote, attribute_quotes
from quoteattr.document import Mention
from quoteattr.rules.reported.pieces import content_pieces

# -- the model -------------------------------------------------------------------

_TEXT = "Rain, Orla Vell said, falls"  # pieces "Rain" (0-4) and "falls" (22-27)


def _report(pieces: Any, kind: str = "indirect") -> Quote:
    return Quote(0, len(_TEXT), _TEXT, kind=kind, pieces=pieces)


def test_pieces_default_to_none() -> None:
    assert Quote(0, 4, "Rain").pieces is None
    assert _report(None).pieces is None


def test_pieces_as_lists_become_tuples() -> None:
    # JSON gives lists; the frozen record keeps tuples, so it stays hashable.
    quote = _report([[0, 4], [22, 27]])
    assert quote.pieces == ((0, 4), (22, 27))
    assert hash(quote) == hash(_report(((0, 4), (22, 27))))


@pytest.mark.parametrize(
    ("pieces", "error", "message"),
    [
        (((0, 4), (22, 27), (30, 31)), ValueError, "outside the content"),
        (((0, 4), (3, 27)), ValueError, "out of order"),
        (((0, 4), (4, 27)), ValueError, "touches"),
        (((22, 27), (0, 4)), ValueError, "out of order"),
        (((0, 27),), ValueError, "at least two"),
        (((1, 4), (22, 27)), ValueError, "must start at 0"),
        (((0, 4), (22, 26)), ValueError, "last end at 27"),
        (((0, 4), (22, 22), (23, 27)), ValueError, "empty"),
        (((0, 4), ("22", 27)), TypeError, "pair of ints"),
        (((0, 4), (22, 27, 28)), TypeError, "pair of ints"),
        (((0, True), (22, 27)), TypeError, "pair of ints"),
        ((0, 4), TypeError, "sequence of"),
    ],
)
def test_bad_pieces_are_refused(pieces: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        _report(pieces)


def test_a_direct_quote_has_no_pieces() -> None:
    with pytest.raises(ValueError, match="reported speech"):
        _report(((0, 4), (22, 27)), kind="direct")


def test_to_dict_has_spans_only_with_pieces() -> None:
    keys = ["text", "start", "end", "speaker", "cue", "kind", "confidence", "rule", "unclosed"]
    assert list(_report(None).to_dict()) == keys
    assert list(_report(()).to_dict()) == keys  # empty: one piece, as None
    assert list(Quote(0, 4, "Rain").to_dict()) == keys
    d = _report(((0, 4), (22, 27))).to_dict()
    assert list(d) == [*keys, "spans"]
    assert d["spans"] == [[0, 4], [22, 27]]
    assert json.loads(json.dumps(d))["spans"] == [[0, 4], [22, 27]]


# -- the reports of a text -------------------------------------------------------


def _pieced(text: str) -> list[list[str]]:
    """The pieces' words of each report of *text* in pieces."""
    return [
        [text[a:b] for a, b in q.pieces]
        for q in attribute_quotes(text, indirect=True)
        if q.kind == "indirect" and q.pieces
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry to Kell Island, Tam Reddick said, will run twice a day from May.",
            [["The ferry to Kell Island", "will run twice a day from May"]],
        ),
        (
            "The ferry to Kell Island, said Tam Reddick, will run twice a day from May.",
            [["The ferry to Kell Island", "will run twice a day from May"]],
        ),
        (
            "The ferry to Kell Island, according to Tam Reddick, will run twice a day from May.",
            [["The ferry to Kell Island", "will run twice a day from May"]],
        ),
        (
            "It is no secret, Orla Vell said, that the weir at Dunmore leaks.",
            [["It is no secret", "that the weir at Dunmore leaks"]],
        ),
        # The cue before or after the whole content splits nothing.
        ("Tam Reddick said the ferry to Kell Island will run twice a day.", []),
        ("The ferry to Kell Island will run twice a day, Tam Reddick said.", []),
    ],
)
def test_a_cue_inside_its_content_splits_it(text: str, expected: list[list[str]]) -> None:
    assert _pieced(text) == expected


def test_a_report_in_pieces_keeps_its_whole_span() -> None:
    text = "The ferry to Kell Island, Tam Reddick said, will run twice a day from May."
    (report,) = [q for q in attribute_quotes(text, indirect=True) if q.kind == "indirect"]
    assert report.pieces is not None
    assert (report.start, report.end) == (report.pieces[0][0], report.pieces[-1][1])
    assert report.text == text[report.start : report.end]
    assert report.to_dict()["spans"] == [list(p) for p in report.pieces]
    assert report.speaker is not None and report.speaker.text == "Tam Reddick"


def test_output_without_reports_has_no_spans() -> None:
    text = '"The ferry will run," Tam Reddick said. The pier, Orla Vell said, needs new piles.'
    assert all("spans" not in q.to_dict() for q in attribute_quotes(text))


@pytest.mark.parametrize(
    ("text", "content", "cue", "expected"),
    [
        # A dash sets the phrase off as a comma does; the phrase runs from the source to the cue.
        ("Rain \u2014 Vell said \u2014 falls", (0, 24), (12, 16), ((0, 4), (19, 24))),
        # No mark before the phrase: no pieces.
        ("Rain Vell said, falls", (0, 21), (10, 14), None),
        # No mark after it.
        ("Rain, Vell said falls", (0, 21), (11, 15), None),
        # The cue at the content's edge.
        ("Rain, Vell said", (0, 15), (11, 15), None),
    ],
)
def test_content_pieces_by_marks(
    text: str, content: tuple[int, int], cue: tuple[int, int], expected: tuple[tuple[int, int], ...] | None
) -> None:
    at = text.index("Vell")
    source = Mention(at, at + 4, "name", "Vell", "", "")
    assert content_pieces(text, content[0], content[1], cue, source) == expected


def test_without_its_source_the_phrase_is_the_cue() -> None:
    # "Vell" is then a word of the content between the mark and the cue: no pieces.
    assert content_pieces("Rain \u2014 Vell said \u2014 falls", 0, 24, (12, 16), None) is None
    assert content_pieces("Rain, said, falls", 0, 17, (6, 10), None) == ((0, 4), (12, 17))


def test_the_page_names_a_reports_pieces() -> None:
    from quoteattr.page import render_html

    text = "The ferry to Kell Island, Tam Reddick said, will run twice a day from May."
    page = render_html(text, attribute_quotes(text, indirect=True))
    assert "reported speech 0-73 in pieces 0-24, 44-73" in page
    assert "in pieces" not in render_html(text, attribute_quotes(text))
