"""A cue set between commas with a short adjunct after it (``Roe said on Monday,``)."""

from __future__ import annotations

import pytest
from reports import Expected, reports_of

from quoteattr import attribute_quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pier, Orla Vell said on Monday, needs new piles.",
            [("The pier, Orla Vell said on Monday, needs new piles", "Orla Vell", "said")],
        ),
        (
            "The pier, Orla Vell said Monday, will need new piles.",
            [("The pier, Orla Vell said Monday, will need new piles", "Orla Vell", "said")],
        ),
        (
            "The toll, the harbour board wrote in a letter, was never lawful.",
            [("The toll, the harbour board wrote in a letter, was never lawful", "the harbour board", "wrote")],
        ),
        (
            "If the weir fails, Tam Reddick warned on Friday, the mill will flood.",
            [("If the weir fails, Tam Reddick warned on Friday, the mill will flood", "Tam Reddick", "warned")],
        ),
        (
            "The pier, Orla Vell said after the storm broke, needs new piles.",
            [("The pier, Orla Vell said after the storm broke, needs new piles", "Orla Vell", "said")],
        ),
    ],
)
def test_a_cue_with_an_adjunct_between_commas_is_parenthetical(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == expected


def test_an_adjunct_that_does_not_close_a_parenthesis() -> None:
    # Nothing after the comma carries on what was said: the cue is not set between commas.
    text = "The plan failed, Orla Vell said on Monday, a day after the vote."
    assert all(q.rule != "REPORT_PARENTHETICAL" for q in attribute_quotes(text, indirect=True))


def test_the_adjunct_is_left_out_of_the_pieces() -> None:
    text = "The pier, Orla Vell said on Monday, needs new piles."
    (report,) = [q for q in attribute_quotes(text, indirect=True) if q.kind == "indirect"]
    assert report.rule == "REPORT_PARENTHETICAL"
    assert [text[s:e] for s, e in report.pieces or ()] == ["The pier", "needs new piles"]


def test_no_adjunct_is_read_after_an_as_clause_subject() -> None:
    # "as X reported on Sunday," ends a clause or opens one: PolNeAR keeps one side only.
    text = "Then again, as the Courier reported on Sunday, the mayor had already left."
    assert all(q.rule != "REPORT_PARENTHETICAL" for q in attribute_quotes(text, indirect=True))
