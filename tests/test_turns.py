"""Implicit turns of a conversation (issue 17): who speaks an untagged turn, and what the turns may overrule.

Every passage is invented for this file.  Each row gives a passage, the
quote to look at (by its text) and the speaker name it must get.
"""

from __future__ import annotations

import pytest
from quoted import the_quote

_INN = "Mr. Pike and Mr. Grove met at the inn. Mr. Pike sat down and Mr. Grove stood by the fire.\n\n"

TURNS = [
    # The pronoun's own paragraph names its character: the turns (Mr. Pike two turns back) do not rename it.
    (
        _INN + '"Rain," said Mr. Pike.\n\n"Sun," said Mr. Grove.\n\n'
        'Mr. Grove stood up and looked out. "Snow again," he said.\n\n"Never," said Mr. Pike.',
        "Snow again,",
        "Mr. Grove",
    ),
    # Without such a name in its paragraph, the turns still name the pronoun.
    (
        _INN + '"Rain," said Mr. Pike.\n\n"Sun," said Mr. Grove, and Mr. Dunn laughed.\n\n"Rain again," he said.',
        "Rain again,",
        "Mr. Pike",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), TURNS)
def test_turns(text: str, quote: str, speaker: str | None) -> None:
    found = the_quote(text, quote).speaker
    assert (found.name if found is not None else None) == speaker
