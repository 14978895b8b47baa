"""Reported speech (``indirect=True``): reports the rules once missed
(issue 16, session 20, round 2): a note sounded about something (``sounded a
wary note about the tolls``), an answer
or a tweet about it, a denunciation of it
and promises of it.  Invented passages, as in ``test_reported.py``:
each gives every report it must yield, as ``(content, source mention, cue)``.
"""

from __future__ import annotations

import pytest
from reports import Expected, reports_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An adjective or two may stand before the noun; the subject of the light verb speaks.
        ("Orla Vell sounded a wary note about the ferry tolls.",
         [("the ferry tolls", "Orla Vell", "note about")]),
        ("At the quay on Monday, the harbour master struck a hopeful note about the new slipway.",
         [("the new slipway", "the harbour master", "note about")]),
        # Other speech nouns and the preposition that opens what was said.
        ("Tam Reddick gave a rambling answer about the muddy channel.",
         [("the muddy channel", "Tam Reddick", "answer about")]),
        ("Orla Vell posted a tweet about the old ferry landing.",
         [("the old ferry landing", "Orla Vell", "tweet about")]),
        ("Orla Vell's denunciation of the harbour trawlers drew cheers.",
         [("the harbour trawlers", "Orla Vell's", "denunciation of")]),
        ("Her promises of cheaper ferry fares won the vote.",
         [("cheaper ferry fares", "Her", "promises of")]),
    ],
)
def test_speech_noun_and_preposition(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # A musical note, and a note on something (where it is, not what it says), report nothing.
        "Tam Reddick played a low note on the fiddle.",
        "The warden pinned a note on the boathouse door.",
    ],
)
def test_note_not_about(text: str) -> None:
    assert reports_of(text) == []
