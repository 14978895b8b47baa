"""A pronoun tag whose narration makes a description its subject (``CAST_SUBJECT_DESCRIPTION``, issue 18).

Every passage is invented for this file.  A ``he``/``she`` that no character
named in narration resolves (the man is only ever called by his title, or
never named) takes the description that opens a clause of the narration
just before it: a title the cast gives to a character (``the Captain``) names
that character, a person noun (``the visitor``) names the pronoun after the
description, so that its quotes and the description's are one speaker.
"""

from __future__ import annotations

import pytest
from quoted import the_quote

from quoteattr import Config, attribute_quotes

_ON = Config(dialogue="on")

# Captain Kowal is named once, then only called "the Captain"; Mrs. Orla Fenwick speaks by name.
_WARDEN = (
    "Captain Ivo Kowal kept the lighthouse at Lund. Mrs. Orla Fenwick came up the stair with the lamp oil.\n\n"
    '"You are early," said Mrs. Orla Fenwick.\n\n'
    '"The tide turned early," said Mrs. Orla Fenwick again, and set down the can.\n\n'
)


def test_a_title_that_opens_the_narration_names_the_pronoun() -> None:
    text = _WARDEN + 'She turned up the wick, and the Captain lifted the can to the light. "Good oil," said he.'
    found = the_quote(text, "Good oil,", _ON).speaker
    assert found is not None
    assert (found.name, found.resolution) == ("Captain Ivo Kowal", "CAST_SUBJECT_DESCRIPTION")


def test_the_narration_paragraph_before_the_turn_counts() -> None:
    text = _WARDEN + "The Captain counted the cans twice over.\n\n" + '"Three short," said he.'
    found = the_quote(text, "Three short,", _ON).speaker
    assert found is not None
    assert (found.name, found.resolution) == ("Captain Ivo Kowal", "CAST_SUBJECT_DESCRIPTION")


# Each passage leaves the pronoun as unnamed as it was: the rule's evidence is not there.
_NO_SUBJECT = {
    # Tobias Hale is named after the Captain: the pronoun may be Tobias, whom the cast does not know to speak.
    "a name after the description": (
        'The Captain nodded, and Tobias Hale came in from the gallery. "Good oil," said he.',
        "Good oil,",
    ),
    # "for the Captain": an object, not who speaks.
    "a title inside a clause": ('She had brought a letter for the Captain. "Good oil," said he.', "Good oil,"),
    # "The Captain's nephew": the clause's subject is the nephew, not the Captain.
    "a possessive title": (
        'The Captain\'s nephew carried a basket of bread up the steps. "Fresh loaves," said he.',
        "Fresh loaves,",
    ),
    # "the pedlar" opens the later clause: the pronoun is his, not the sleeping Captain's.
    "a later subject the rule cannot name": (
        'The Captain dozed by the stove, and the pedlar outside rapped on the shutter. "Buttons?" he called.',
        "Buttons?",
    ),
}


@pytest.mark.parametrize(("scene", "quote"), list(_NO_SUBJECT.values()), ids=list(_NO_SUBJECT))
def test_no_subject_the_rule_can_name_leaves_the_pronoun_unresolved(scene: str, quote: str) -> None:
    found = the_quote(_WARDEN + scene, quote, _ON).speaker
    assert found is not None
    assert found.resolution is None


def test_a_person_noun_joins_the_pronoun_with_the_description() -> None:
    # The visitor is never named: his "he" tags and his "the visitor" tag are one speaker.
    text = (
        "A man in a grey cloak knocked at the inn at Lund. Mrs. Orla Fenwick let him in.\n\n"
        '"A room, if you have one," said the visitor.\n\n'
        '"The back room is free," said Mrs. Orla Fenwick.\n\n'
        "The visitor shook the rain from his cloak, and looked about the hall.\n\n"
        '"It will do," he said.'
    )
    quotes = {q.text: q.speaker for q in attribute_quotes(text, _ON)}
    room, will_do = quotes["A room, if you have one,"], quotes["It will do,"]
    assert room is not None and will_do is not None
    assert (will_do.name, will_do.resolution) == ("the visitor", "CAST_SUBJECT_DESCRIPTION")
    assert will_do.entity == room.entity


def test_a_gender_noun_says_no_more_than_the_pronoun() -> None:
    # "the young woman" is as unnamed as "she": the pronoun keeps its own words.
    text = (
        "Mr. Tobias Hale waited at the gate at Lund.\n\n"
        '"The coach is gone," said Mr. Tobias Hale.\n\n'
        "The young woman looked down the road for a long while.\n\n"
        '"Then I walk," she said.'
    )
    found = the_quote(text, "Then I walk,", _ON).speaker
    assert found is not None
    assert (found.name, found.resolution) == ("she", None)
