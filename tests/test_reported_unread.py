"""Reported speech (``indirect=True``): a denial verb that closes a relative
clause with nothing after it reports the relative word, which stands for what
was denied (issue 16, session 20).  Invented passages; each gives every report
it must yield, as ``(content, source mention, cue)``.
"""

from __future__ import annotations

import pytest
from reports import Expected, reports_of

from quoteattr import attribute_quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "which" after a comma stands alone for the fees.
        ("The mill owed fees to the guild, which Tam Reddick denies.",
         [("which", "Tam Reddick", "denies")]),
        # A subordinate clause may follow the cue.
        ("The recount, which Orla Vell conceded when the barges docked, settled the race.",
         [("which", "Orla Vell", "conceded")]),
        # A coordinated relative clause may follow the cue.
        ("Rumours of a loan spread, which the ferry board has denied and which nobody at Tarrow believed.",
         [("which", "the ferry board", "denied")]),
        # "that" after a noun: the content is the head with its determiner.
        ("The wharf flooded twice, a charge that the Kelby wardens strongly disputed.",
         [("a charge that", "the Kelby wardens", "disputed")]),
    ],
)
def test_relative_word_reported(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Words follow the cue: "knowing" is what was denied, read by other rules or none.
        "The mill owed fees, which Tam Reddick denied knowing about.",
        # Not a denial verb: a mention of speech PolNeAR seldom marks.
        "The mill owed fees to the guild, which Tam Reddick mentioned.",
    ],
)
def test_relative_word_needs_denial_at_clause_end(text: str) -> None:
    assert all(q.text != "which" for q in attribute_quotes(text, indirect=True))


def test_that_after_and_is_a_complementizer() -> None:
    # After "and", "that" opens a clause of the cue before it, not a relative one.
    found = reports_of("The referee named the victor and that Orla Vell conceded.")
    assert all(not content.endswith(" that") and content != "that" for content, _, _ in found)
