"""The person last in narration, by its pronouns: a first-person narrator's ``I``, a ``he``/``she`` (issue 17).

Every passage is invented for this file.  Each row gives a passage, the
quote to look at (by its text) and the speaker name it must get; the
narrator no turn names stays ``I``.
"""

from __future__ import annotations

import pytest
from quoted import the_quote

# The narrator tags three quotes; Tom Reed speaks and is named in narration.
_TAGS = '"Good night," said Tom Reed.\n\n"Hello," I said.\n\n"Hello," I said again.\n\n"Well," I said.\n\nIt rained all day.\n\n'
# Bill asks nothing: "Cold out?" is the turn beside his, left to the person last in narration.
_TURN = '\n\n"Cold out?"\n\n"Very cold," said Bill Hay.'

NARRATOR = [
    pytest.param(_TAGS + "Tom Reed had gone out. Bill Hay came in and sat down. I looked at the rain." + _TURN,
                 "Cold out?", "I", id="narrator-i-after-every-name-is-the-last-person"),
    pytest.param(_TAGS + "I had gone out. Tom Reed came in and sat down. Bill Hay looked at the rain." + _TURN,
                 "Cold out?", "Tom Reed", id="a-name-after-the-narrator-i-is-the-last-person"),
    pytest.param(_TAGS.replace('"Hello," I said again.\n\n"Well," I said.\n\n', "")
                 + "Tom Reed had gone out. Bill Hay came in and sat down. I looked at the rain." + _TURN,
                 "Cold out?", "Tom Reed", id="one-i-tag-is-no-first-person-narrator"),
    pytest.param(_TAGS + "Tom Reed had gone out. Bill Hay came in. I looked at the rain." + _TURN.replace("said Bill Hay", "I said"),
                 "Cold out?", "Tom Reed", id="the-narrator-beside-the-turn-is-not-its-speaker"),
]

# Three characters speak (their titles give their gender); the scene's narration ends on a he/she after the last name.
_SPEAK = '"Good night," said Mr. Reed.\n\n"Good night," said Mrs. Lee.\n\n"Rain," said Bill Hay.\n\nIt rained all day.\n\n'
THIRD_PERSON = [
    pytest.param(_SPEAK + "Mr. Reed sat by the fire, and he yawned. Mrs. Lee came in, and she sat down. He looked up at the clock." + _TURN,
                 "Cold out?", "Mr. Reed", id="he-after-a-woman-named-last-is-the-man-it-means"),
    pytest.param(_SPEAK + "Mr. Reed sat by the fire, and he yawned. Mrs. Lee came in, and she sat down. She looked up at the clock." + _TURN,
                 "Cold out?", "Mrs. Lee", id="she-after-a-woman-named-last-is-that-woman"),
    pytest.param(_SPEAK + "He sat by the fire. Mr. Reed came into the room. Mrs. Lee looked up at the clock." + _TURN,
                 "Cold out?", "Mrs. Lee", id="a-name-after-the-pronoun-is-the-last-person"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), NARRATOR + THIRD_PERSON)
def test_narrator_in_narration(text: str, quote: str, speaker: str) -> None:
    found = the_quote(text, quote).speaker
    assert found is not None
    assert found.name == speaker
