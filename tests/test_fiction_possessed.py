"""Possessed descriptions as speakers: ``said his voice``, ``said her visitor``, ``said her ladyship`` (issue 17).

Every passage is invented for this file.  A possessed noun for a thing (a
voice, lips, a pipe) speaks for the character the possessive means
(``CAST_OWNER``); a noun for a person met in the scene names the other party
(``CAST_POSSESSED``); a noun of address (``ladyship``) is the character last
named with its title (``CAST_DESCRIPTION``).
"""

from __future__ import annotations

import pytest
from quoted import the_quote

# Two characters speak by name; the narration then names the man last, the woman before him.
_SCENE = (
    '"The ferry is late," said Mr. Orrin Vasey.\n\n'
    '"It is always late," said Mrs. Hedda Stroud.\n\n'
    "The wind rose over the quay. Mrs. Hedda Stroud pulled her shawl close, and she shivered. "
    "Mr. Orrin Vasey leaned on the rail, and he frowned.\n\n"
)

POSSESSED = [
    pytest.param(_SCENE + '"We shall miss the market," said his voice from the rail.',
                 "We shall miss the market,", "Mr. Orrin Vasey", "CAST_OWNER", id="his-voice-is-the-man-his-means"),
    pytest.param(_SCENE + '"Then we walk," her lips answered at last.',
                 "Then we walk,", "Mrs. Hedda Stroud", "CAST_OWNER", id="her-lips-are-the-woman-her-means"),
    pytest.param(_SCENE + '"Not in this wind," said his pipe, or the man behind it.',
                 "Not in this wind,", "Mr. Orrin Vasey", "CAST_OWNER", id="a-belonging-speaks-for-its-owner"),
    pytest.param(_SCENE + '"You may share my umbrella," said his companion.',
                 "You may share my umbrella,", "Mrs. Hedda Stroud", "CAST_POSSESSED", id="his-companion-is-the-other-party"),
    pytest.param(_SCENE + '"Sit with me, then," said her visitor.',
                 "Sit with me, then,", "Mr. Orrin Vasey", "CAST_POSSESSED", id="her-visitor-is-the-other-party"),
    pytest.param(_SCENE + '"Get in, then," said his driver.',
                 "Get in, then,", "Mrs. Hedda Stroud", "CAST_POSSESSED", id="his-driver-is-the-other-party"),
    pytest.param(_SCENE + '"Look there," said her eyes, though she was silent.',
                 "Look there,", "Mrs. Hedda Stroud", "CAST_OWNER", id="a-listed-plural-part-speaks-for-its-owner"),
    # A role noun (lexicon roles) is a person too, though not on party_nouns.
    pytest.param(_SCENE + '"Rest now," said his doctor.',
                 "Rest now,", "Mrs. Hedda Stroud", "CAST_POSSESSED", id="his-doctor-is-a-person-by-role"),
]

# A titled lady speaks, a young woman answers; "her ladyship" is the lady, not the one "her" would be.
_TITLED = (
    '"You are very late, child," said Lady Marden Thorne.\n\n'
    '"The roads were flooded," said Miss Ivy Prell.\n\n'
    "Lady Marden Thorne set down her cup. Miss Ivy Prell stood by the door, and she waited.\n\n"
)

# A king and his steward: "his majesty" is the king, not the steward "his" would mean.
_ROYAL = (
    '"The hall is cold," said King Aldric Venn.\n\n'
    '"I will light the fire," said Tobin Marsh.\n\n'
    "King Aldric Venn sat by the hearth with his steward. Tobin Marsh knelt, and he blew on the coals.\n\n"
)

ADDRESS = [
    pytest.param(_TITLED + '"Flooded roads are no excuse," said her ladyship.',
                 "Flooded roads are no excuse,", "Lady Marden Thorne", "CAST_DESCRIPTION", id="her-ladyship-is-the-lady"),
    pytest.param(_TITLED.replace("Lady Marden Thorne", "Lord Marden Thorne").replace("her cup", "his cup")
                 + '"Flooded roads are no excuse," replied his lordship.',
                 "Flooded roads are no excuse,", "Lord Marden Thorne", "CAST_DESCRIPTION", id="his-lordship-is-the-lord"),
    pytest.param(_ROYAL + '"Pour the wine," said his majesty.',
                 "Pour the wine,", "King Aldric Venn", "CAST_DESCRIPTION", id="his-majesty-is-the-king"),
    pytest.param(_ROYAL.replace("King Aldric", "Queen Aldra").replace("his steward", "her steward")
                 + '"Pour the wine," said her majesty.',
                 "Pour the wine,", "Queen Aldra Venn", "CAST_DESCRIPTION", id="her-majesty-is-the-queen"),
    pytest.param(_ROYAL.replace("King Aldric", "Prince Aldric") + '"Pour the wine," said his highness.',
                 "Pour the wine,", "Prince Aldric Venn", "CAST_DESCRIPTION", id="his-highness-is-the-prince"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "step"), POSSESSED + ADDRESS)
def test_possessed_speaker(text: str, quote: str, speaker: str, step: str) -> None:
    found = the_quote(text, quote).speaker
    assert found is not None
    assert (found.name, found.resolution) == (speaker, step)


def test_her_ladyship_with_no_lady_named_stays_unresolved() -> None:
    # No one was named with "Lady": the description is not given to the woman "her" would mean.
    text = (
        '"The roads were flooded," said Miss Ivy Prell.\n\n'
        "Miss Ivy Prell stood by the door, and she waited.\n\n"
        '"Flooded roads are no excuse," said her ladyship.'
    )
    found = the_quote(text, "Flooded roads are no excuse,").speaker
    assert found is not None
    assert (found.name, found.resolution) == ("her ladyship", None)


def test_his_majesty_with_no_king_named_stays_unresolved() -> None:
    # No one was named with "King": the title is not given to the man "his" would mean.
    text = 'Tobin Marsh sat in the hall.\n\n"Pour the wine," said his majesty.\n\n"At once," said Tobin Marsh.'
    found = the_quote(text, "Pour the wine,").speaker
    assert found is not None
    assert (found.name, found.resolution) == ("his majesty", None)


def test_a_possessed_group_noun_names_no_one() -> None:
    # "her campaign" is an organisation (a group noun of roles.tsv), not the one "her" means, nor a belonging
    # of hers that speaks for her: it stays its own speaker.
    text = (
        '"The levy is fair," said Ana Voss.\n\n"Prices will rise," Pellway Mill said in a notice.\n\n'
        '"Every ward has been counted," her campaign told the crowd at the boathouse.'
    )
    found = the_quote(text, "Every ward has been counted,").speaker
    assert found is not None
    assert (found.name, found.resolution) == ("her campaign", None)


def test_an_unlisted_plural_names_no_one() -> None:
    # "his friends" are several people: neither the man "his" means nor the woman.
    text = _SCENE + '"We shall wait with you," said his friends.'
    found = the_quote(text, "We shall wait with you,").speaker
    assert found is None or found.resolution is None


@pytest.mark.parametrize(
    ("tag", "said"),
    [
        pytest.param('"The carriage is at the door," said his butler.', "The carriage is at the door,", id="his-butler"),
        pytest.param('"Shall I light the lamps?" asked her housekeeper.', "Shall I light the lamps?", id="her-housekeeper"),
    ],
)
def test_a_servant_is_neither_the_owner_nor_the_other_party(tag: str, said: str) -> None:
    # The butler is a third person of the household: neither the man "his" means nor the woman of the scene.
    found = the_quote(_SCENE + tag, said).speaker
    assert found is None or found.name not in ("Mr. Orrin Vasey", "Mrs. Hedda Stroud")
