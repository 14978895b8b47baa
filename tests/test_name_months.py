"""Months that are also given names (issue 18): ``said May`` names a person, ``in May`` a month.

Every passage is invented for this file.  A capitalised ``May`` or ``June``
next to a dialogue tag is the character; after a preposition or a date
opener, before a number, or before a pronoun (the modal) it is the word.
"""

from __future__ import annotations

import pytest
from quoted import the_quote

from quoteattr import attribute_quotes
from quoteattr.grammar import Grammar
from quoteattr.lang import Lexicon
from quoteattr.text.tokens import tokenize

_G = Grammar.of(Lexicon.english())


def _speaker(text: str, quote: str) -> str | None:
    """The resolved speaker name of the one quote of *text* whose text is *quote*."""
    speaker = the_quote(text, quote).speaker
    return speaker.name if speaker is not None else None


@pytest.mark.parametrize(
    ("phrase", "at", "expected"),
    [
        ("said May.", 1, True),
        ("said June, smiling", 1, True),
        ("Miss May answered", 1, True),
        ("May Orkney said", 0, True),
        ("back in May.", 2, False),
        ("last June she said", 1, False),
        ("the May fair", 1, False),
        ("said May 4", 1, False),
        ("May I come in?", 0, False),
        ("MAY", 0, False),
        ("Maybe", 0, False),
    ],
)
def test_given_month_at(phrase: str, at: int, expected: bool) -> None:
    """A month is a given name only where it stands as one."""
    assert _G.names.given_month_at(tokenize(phrase), at) is expected


def test_inverted_and_plain_tags_name_the_month_name() -> None:
    """``said May`` and ``May said`` bind the character, as ``said Will`` does."""
    mentions = _G.mentions
    after = mentions.subject_after(tokenize("said May, folding the map"), 1)
    before = mentions.subject_before(tokenize("May said"), 1)
    titled = mentions.subject_after(tokenize("answered Miss June."), 1)
    assert after is not None and after.name == "May"
    assert before is not None and before.name == "May"
    assert titled is not None and titled.name == "Miss June"


def test_a_date_after_the_cue_is_no_speaker() -> None:
    """``said May 4`` and ``said in May`` hold a date, not a person."""
    mentions = _G.mentions
    assert mentions.subject_after(tokenize("said May 4 that"), 1) is None
    assert mentions.subject_after(tokenize("said in May"), 1) is None


DIALOGUE = (
    "Tobias Hale came up from the jetty, and May Orkney put down her net.\n\n"
    '"The skiff is leaking again," said May.\n\n'
    '"Then bail it out," said Tobias.\n\n'
    '"I bailed it out at noon," May said.\n\n'
    'May Orkney looked at the sky. "Not twice in a day," she said.\n\n'
    '"Ask Miss June," said Tobias. "She keeps the pitch."\n\n'
    '"There is none left," answered Miss June.\n'
)


@pytest.mark.parametrize(
    ("quote", "name"),
    [
        ("The skiff is leaking again,", "May Orkney"),
        ("I bailed it out at noon,", "May Orkney"),
        # The pronoun finds her only if the cast keeps May as a name.
        ("Not twice in a day,", "May Orkney"),
        ("There is none left,", "Miss June"),
    ],
)
def test_month_names_in_dialogue(quote: str, name: str) -> None:
    """Tags before and after the cue, with and without a title, and a pronoun after them."""
    assert _speaker(DIALOGUE, quote) == name


WORDS = (
    '"Come in," said Ann Lisle. May I? thought Kowal at the door.\n\n'
    '"The ferry stops in May," said Kowal. "May we wait inside?" asked Ann Lisle.\n\n'
    'He said it may rain. "Take the coat," Kowal said.\n'
)


@pytest.mark.parametrize(
    ("quote", "name"),
    [
        ("Come in,", "Ann Lisle"),
        ("The ferry stops in May,", "Kowal"),
        ("May we wait inside?", "Ann Lisle"),
        ("Take the coat,", "Kowal"),
    ],
)
def test_the_month_and_the_modal_stay_words(quote: str, name: str) -> None:
    """``in May``, ``May I?`` and ``may rain`` name nobody."""
    assert _speaker(WORDS, quote) == name
    assert all(q.speaker is None or "May" not in q.speaker.name for q in attribute_quotes(WORDS))
