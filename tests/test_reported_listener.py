"""The listener after a cue and where what was said starts after it (``told his aides he ...``)."""

from __future__ import annotations

import pytest
from reports import Expected, reports_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "her" before a noun is a possessive: the listener is "her aides".
        ("Orla Vell told her aides she would row home.", [("she would row home", "Orla Vell", "told")]),
        # Alone, or before an article or a subject pronoun, "her" is the listener.
        ("Orla Vell told her she would row home.", [("she would row home", "Orla Vell", "told")]),
        ("Orla Vell told her the ferry would not sail.", [("the ferry would not sail", "Orla Vell", "told")]),
        # A listener of two words, then an article that opens what was said.
        ("Tam Reddick told his crew the ferry would not sail.", [("the ferry would not sail", "Tam Reddick", "told")]),
        ("Tam Reddick tells the crowd the slipway will reopen.", [("the slipway will reopen", "Tam Reddick", "tells")]),
        # Longer listeners before "that" were read before, and still are.
        ("Tam Reddick told his weary crew that the ferry would not sail.", [("the ferry would not sail", "Tam Reddick", "told")]),
    ],
)
def test_content_after_a_listener(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == expected


def test_a_listener_with_nothing_after_it_reports_nothing() -> None:
    assert reports_of("Tam Reddick told the crowd on Friday.") == []
