"""Implicit turns of a conversation (issue 17): who speaks an untagged turn, and what the turns may overrule.

Every passage is invented for this file.  Each row gives a passage, the
quote to look at (by its text) and the speaker name it must get.
"""

from __future__ import annotations

import pytest
from quoted import the_quote

from quoteattr import Config, attribute_quotes
from quoteattr.lang import Lexicon
from quoteattr.resolve.cast import CastRegistry

_INN = "Mr. Tarn and Mr. Grove met at the inn. Mr. Tarn sat down and Mr. Grove stood by the fire.\n\n"
_PIER = "Orla Fenwick and Tobias Hale stood on the pier at Lund. Kowal came down the steps with a lamp.\n\n"
_LATER = 'The three of them climbed back towards the sheds.\n\n"Then we wait," said Tobias.\n\n"Wait for me," said Kowal.'

_GOES_ON = (
    "Orla Fenwick and Tobias Hale sat by the stove in the ferry office.\n\n"
    '"The ferry is late again," said Tobias Hale.\n\n"It always is," said Orla Fenwick.\n\n'
    '"I was told noon," said Tobias Hale.\n\n"And I tell you, Orla, it was noon yesterday too."\n'
)

_NETS = (
    "Mr. Kowal, Orla Fenwick and Tobias Hale sat mending nets on the quay at Lund.\n\n"
    '"The nets are torn," said Mr. Kowal.\n\n"Both of them?"\n\n"Mend them yourself," said Tobias.\n\n'
    '"I have no twine."\n\n"Then buy some," said Orla.\n\n"With what money?"\n\n"Mine."\n\n"Keep it."\n'
)

TURNS = [
    # The pronoun's own paragraph names its character: the turns (Mr. Tarn two turns back) do not rename it.
    (
        _INN + '"Rain," said Mr. Tarn.\n\n"Sun," said Mr. Grove.\n\n'
        'Mr. Grove stood up and looked out. "Snow again," he said.\n\n"Never," said Mr. Tarn.',
        "Snow again,",
        "Mr. Grove",
    ),
    # A "he" resolved to the man the next turn's tag names is the other man of the run.
    (
        "Mrs. Dale sat by the window. Mr. Grove came in. Mr. Tarn was by the fire.\n\n"
        '"Sun at last," he said.\n\n"Rain by noon," said Mr. Tarn.\n\n"Hail," she said.\n\n'
        '"Snow," said Mr. Grove.\n\n"Where?"',
        "Sun at last,",
        "Mr. Grove",
    ),
    # Without such a name in its paragraph, the turns still name the pronoun.
    (
        _INN + '"Rain," said Mr. Tarn.\n\n"Sun," said Mr. Grove, and Mr. Dunn laughed.\n\n"Rain again," he said.',
        "Rain again,",
        "Mr. Tarn",
    ),
    # A "she" answering a turn that addresses a character by name is that character, even one whose
    # gender the narration never shows (no pronoun ever follows the name), not the woman who asked.
    (
        "Mrs. Dale sat by the window. Wren came in from the yard. Wren stood by the door. Wren waited.\n\n"
        '"Is it raining, Wren?" said Mrs. Dale.\n\n"Not yet," she said.\n\n"Good."',
        "Not yet,",
        "Wren",
    ),
    # A character the narration shows to be a man is no answer to "she": the woman the narration names is.
    (
        "Mrs. Dale sat by the window. Tom came in and he sat down. Tom sighed and he smiled. Tom waited.\n\n"
        '"Tea?" said Miss Lee.\n\n"Is it raining, Tom?" said Mrs. Dale.\n\n"Not yet," she said.\n\n"Good."',
        "Not yet,",
        "Miss Lee",
    ),
    # A speaker goes on over two paragraphs and calls the other of the two by name: the turns
    # would not give the turn to the one who spoke just before; the name addressed does.
    (
        _GOES_ON,
        "And I tell you, Orla, it was noon yesterday too.",
        "Tobias Hale",
    ),
    # Nor when the turn also names that other one: a speaker seldom names themselves.
    (
        _GOES_ON.replace("And I tell you, Orla, it was noon yesterday too.", "Tobias is only guessing, Orla. Tobias "
                         "never reads the board."),
        "Tobias is only guessing, Orla. Tobias never reads the board.",
        None,
    ),
    # A turn that names the speaker two turns back (not as a vocative) is not theirs: a speaker seldom
    # names themselves. The person last named in narration is, once both neighbours are set aside.
    (
        _PIER + '"The tide is turning," said Tobias.\n\n"We should go back," said Orla.\n\n'
        '"Tobias is never wrong about the tide."\n\n' + _LATER,
        "Tobias is never wrong about the tide.",
        "Kowal",
    ),
    # Filled from narration, the same: the person last named there is the one the turn talks about.
    (
        _PIER + '"Is the boat in?" said Orla.\n\n"Kowal has the key to the shed."\n\n' + _LATER,
        "Kowal has the key to the shed.",
        "Tobias Hale",
    ),
    # The subject of the narration after a turn's quote speaks it, but not one the quote itself names.
    (
        _PIER + '"Is the boat in?" said Orla.\n\n"Not yet," said Tobias.\n\n'
        '"Kowal has the key to the shed, Orla." Kowal only shrugged.\n',
        "Kowal has the key to the shed, Orla.",
        "Tobias Hale",
    ),
    # A run after narration names no one: the conversation before goes on, but not with the one
    # the turn names (the other of the two has just spoken).
    (
        "Orla Fenwick and Tobias Hale stood on the pier at Lund.\n\n"
        '"The wind is getting up," said Orla.\n\n"It will drop by dark," said Tobias.\n\n'
        "The gulls wheeled over the empty harbour and the light began to go.\n\n"
        '"I am going in," said Tobias.\n\n"Orla was right about the wind."\n',
        "Orla was right about the wind.",
        None,
    ),
    # A turn that addresses one of two people is the other's, even when the other only spoke in the
    # conversation before the narration (the turn between names them, so it is left empty).
    (
        '"The wind is getting up," said Orla.\n\n"It will drop by dark," said Tobias.\n\n'
        "The gulls wheeled over the empty harbour and the light began to go.\n\n"
        '"I am staying out," said Orla.\n\n"Tobias says the wind will drop, Orla."\n\n"Are you cold, Orla?"\n',
        "Are you cold, Orla?",
        "Tobias",
    ),
    # Three at the nets: the untagged turn between Tobias and Orla can only be Mr. Kowal's, and the
    # untagged turns after Orla's go on from it, Mr. Kowal and Orla by turns, before any of them is
    # guessed from the person last named in narration (Tobias, beside neither side).
    (_NETS, "With what money?", "Mr. Kowal"),
    (_NETS, "Keep it.", "Mr. Kowal"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), TURNS)
def test_turns(text: str, quote: str, speaker: str | None) -> None:
    found = the_quote(text, quote).speaker
    assert (found.name if found is not None else None) == speaker


# -- the cast's genders: mixed evidence, read again from the subject places --------

_OBJECT_AND_SUBJECT = (
    "Tom met Cassia and he smiled. Tom met Cassia and he bowed. Tom met Cassia and he waved.\n\n"
    "Cassia sat down and she laughed. Cassia rose and she sang. Cassia read and she wept.\n\n"
)


def test_mixed_gender_evidence_is_read_from_subject_places() -> None:
    # Every "he" after "met Cassia" is Tom's: Cassia is an object there, and Tom's name comes first.
    cast = CastRegistry(_OBJECT_AND_SUBJECT, [], Lexicon.english())
    votes = cast.votes("Cassia")
    assert votes is not None and (votes.male, votes.female) == (3, 3)  # all evidence: mixed
    assert cast.gender("Cassia") == "f"
    assert cast.gender("Tom") == "m"


def test_a_pronoun_tag_finds_the_character_whose_gender_only_subject_places_show() -> None:
    text = (
        _OBJECT_AND_SUBJECT + '"Good day," said Tom.\n\n"Good day," said Cassia.\n\n"Tea?" said Mrs. Hobbs.\n\n'
        'Mrs. Hobbs sat in the hall. Cassia went out into the garden.\n\n"Such roses," she said.'
    )
    found = the_quote(text, "Such roses,").speaker
    assert found is not None and found.name == "Cassia"


# -- the cast's genders: "her" read as a possessive near the name --------

GENDERS = [
    # "his" after a woman's name is the man's; her own "her" in her clause outweighs it.
    (
        "Wren took his arm. Wren put her hand on his sleeve. Wren shook her head at his joke. "
        "Tom laughed and he sat down.",
        "Wren",
        "f",
    ),
    # "her" as an object ("gave her") or far from the name is no evidence: the "he" decides.
    (
        "Kit met Ann and gave her the book. Kit saw Ann at the gate and he waved. "
        "Kit walked home with the parcels on a long and windy road past the mill to her house. Kit said he would come.",
        "Kit",
        "m",
    ),
]


@pytest.mark.parametrize(("text", "name", "gender"), GENDERS)
def test_her_votes_as_a_possessive_near_the_name(text: str, name: str, gender: str) -> None:
    assert CastRegistry(text, [], Lexicon.english()).gender(name) == gender


def test_a_pronoun_nobody_resolved_is_not_handed_on_by_the_turns() -> None:
    # No woman is named: "she" stays a pronoun, and the turn two after it is not given that "she"
    # (a pronoun as a name matches no one); the turns still alternate past it ("Then shut the door.").
    text = (
        'Mr. Tarn sat by the fire. Someone knocked.\n\n"Who is there?" said Mr. Tarn.\n\n'
        '"Only a friend," she said.\n\n"Come in, then."\n\n"It is cold out here."\n\n"Then shut the door."'
    )
    said = {q.text: q.speaker.name if q.speaker is not None else None for q in attribute_quotes(text)}
    assert said["Only a friend,"] == "she"
    assert said["Come in, then."] == "Mr. Tarn"
    assert said["It is cold out here."] is None  # released, and no one in narration to fill it
    assert said["Then shut the door."] == "Mr. Tarn"


def test_pronoun_after_a_pronoun_turn_of_the_same_name_stays_with_them() -> None:
    # Both "he" tags are read from the one narration sentence that names Bram Lund. After a turn tagged
    # "said Ivo Kern" the turns would move a "he" resolved to the previous speaker on to the other man,
    # but the previous speaker here is only the same pronoun guess: that agreement shows no second person.
    text = (
        '"Morning," said Bram Lund.\n\nThe quay was empty.\n\n'
        '"The boats are late," said Ivo Kern.\n\n'
        'Bram Lund sat down by the nets. "The tide turned early," he said.\n\n'
        '"And the wind went round with it," he added.'
    )
    quotes = attribute_quotes(text, config=Config(dialogue="on"))
    assert [(q.speaker.name if q.speaker else None) for q in quotes[-2:]] == ["Bram Lund", "Bram Lund"]


def test_the_other_is_not_handed_on_by_the_turns() -> None:
    # "said the other" names no one: the turns two away from it do not copy it as a speaker.
    text = (
        "Orla Fenwick and Tobias Hale sat late over the ledgers in the office at Lund.\n\n"
        '"The figures will not add up," said Orla.\n\n"Then add them again."\n\n"I have, twice."\n\n'
        'Tobias looked up. "Try a third time," he said.\n\n"You try," said the other.\n\n"Not I."\n\n'
        '"Coward."\n\n"Clerk."\n'
    )
    speakers = [(q.text, q.speaker.name if q.speaker else None) for q in attribute_quotes(text)]
    assert [said for said, name in speakers if name == "the other"] == ["You try,"]
