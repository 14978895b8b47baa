"""A pronoun tag before the text names anyone of its gender (``CAST_CATAPHORA``, issue 18).

Every passage is invented for this file.  A chapter or an excerpt may open
mid-scene: its first ``he``/``she`` tag refers forward, to the
first character of that gender the narration names after it, when that
character speaks by name in the text.
"""

from __future__ import annotations

from quoted import the_quote

from quoteattr import Config

_ON = Config(dialogue="on")

# Mr. Quillan speaks by name after the opening tag; Mr. Brask answers him.
_LATER = (
    "Mr. Quillan set down his bag by the gate. "
    '"Gone an hour," said Mr. Brask.\n\n'
    '"Then we walk to Lund," said Mr. Quillan.'
)


def test_an_opening_pronoun_is_the_first_speaker_of_its_gender_named_after_it() -> None:
    text = '"Is the ferry gone?" he asked.\n\n' + _LATER
    found = the_quote(text, "Is the ferry gone?", _ON).speaker
    assert found is not None
    assert (found.name, found.resolution) == ("Mr. Quillan", "CAST_CATAPHORA")


def test_an_opening_pronoun_no_turn_names_takes_the_man_named_in_its_conversation() -> None:
    # Mr. Quillan is only named between the turns of the first conversation and
    # speaks after a paragraph of narration: neither the turns nor a participant
    # name the opening "he".
    text = (
        '"Is the weir open?" he asked.\n\n"Since dawn," said Mrs. Tesk. Mr. Quillan tied the boat to the post. '
        '"Rain by noon," she added.\n\nThe river was grey and slow under the bridge at Lund.\n\n'
        '"Then we row on," said Mr. Quillan.'
    )
    found = the_quote(text, "Is the weir open?", _ON).speaker
    assert found is not None
    assert (found.name, found.resolution) == ("Mr. Quillan", "CAST_CATAPHORA")


def test_a_man_named_before_the_tag_keeps_it_from_the_later_one() -> None:
    # Mr. Kowal never speaks, so the cast does not take him; but he is the
    # one the pronoun follows, not the man named after it.
    text = 'Mr. Kowal came in from the rain and shook his coat.\n\n"Is the ferry gone?" he asked.\n\n' + _LATER
    found = the_quote(text, "Is the ferry gone?", _ON).speaker
    assert found is not None
    assert found.resolution != "CAST_CATAPHORA"


def test_the_first_man_named_after_must_speak() -> None:
    # Mr. Orrin is named first after the tag but never speaks: he is only talked about.
    text = (
        '"Is the ferry gone?" he asked.\n\nMr. Orrin had sold the boat in spring, and he had gone north with the money.\n\n'
        '"Gone an hour," said Mr. Brask.\n\nMr. Quillan set down his bag by the gate.\n\n"Then we walk to Lund," said Mr. Quillan.'
    )
    found = the_quote(text, "Is the ferry gone?", _ON).speaker
    assert found is not None
    assert found.name != "Mr. Orrin"
    assert found.resolution != "CAST_CATAPHORA"
