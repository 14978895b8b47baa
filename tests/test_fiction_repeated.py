"""A description that tags several turns keeps one identity (issue 18).

Every passage is invented for this file.  A speaker brought in by a
description (``said the landlord``) is tagged by it turn after turn; the
cast names a tag like a pronoun of the noun's gender, the turns name it by
the alternation around it, so its quotes were split among the people the
rules reached and the description itself.  When the names the rules gave
tags of one description near each other contradict each other and another
of its tags stays unnamed, each of them is the description's own speaker.
"""

from __future__ import annotations

from quoteattr import Config, attribute_quotes
from quoteattr.document import Binding, Mention
from quoteattr.lang.lexicon import Lexicon
from quoteattr.rules.repeated import one_identity

_ON = Config(dialogue="on")

# A youth the narration never names walks onto a wharf at Kowal and questions the people loading a barge about it.
_WHARF = (
    "Tobias Hale and Orla Fenwick were roping crates onto the barge at Kowal wharf when the tide turned.\n\n"
    '"Mind the blue one," said Tobias Hale.\n\n'
    "A stranger in wet oilskins came down the planks and tapped a crate with his pipe.\n\n"
    '"Whose cargo is this?" said the youth.\n\n'
    "Orla let go of the rope.\n\n"
)
_TURNS = '"And where is it bound?" said the youth.\n\n"Upriver, to the mills," said Orla.\n\n"Then you are late," said the youth.\n'


def _speakers(text: str) -> dict[str, tuple[str, str | None]]:
    found = {}
    for q in attribute_quotes(text, _ON):
        assert q.speaker is not None
        found[q.text] = (q.speaker.name, q.speaker.entity)
    return found


def test_the_tags_of_one_description_are_one_speaker() -> None:
    found = _speakers(_WHARF + _TURNS)
    # Before, the first tag went to Tobias Hale by the noun's gender, the second to Orla by the turns, the third to no one.
    tags = ("Whose cargo is this?", "And where is it bound?", "Then you are late,")
    assert {found[q][0] for q in tags} == {"the youth"}
    assert len({found[q][1] for q in tags}) == 1
    assert found["Upriver, to the mills,"][0] == "Orla"


def test_the_other_is_left_to_the_turns() -> None:
    text = (_WHARF + _TURNS).replace("the youth", "the other")
    assert {name for name, _ in _speakers(text).values()} >= {"the other", "Orla", "Tobias Hale"}


def _tag(start: int, words: str, name: str, resolution: str | None) -> Binding:
    mention = Mention(start, start + len(words), "description", words, "m", "")
    return Binding(mention, None, "QUOTE_CUE_SPEAKER", 0.95, name, resolution)


def test_names_that_agree_stay() -> None:
    # Two names of one person ("Hale", "Tobias Hale") are no contradiction.
    state: list[Binding | None] = [
        _tag(100, "the landlord", "Tobias Hale", "CAST_GENDER_NOUN"),
        _tag(400, "the landlord", "Hale", "OTHER_PARTICIPANT"),
        _tag(700, "the landlord", "the landlord", None),
    ]
    assert one_identity(state, lambda b: True, Lexicon.english()) == {}


def test_contradicting_names_give_way_only_near_an_unnamed_tag() -> None:
    lexicon = Lexicon.english()
    state: list[Binding | None] = [
        _tag(100, "the landlord", "Tobias Hale", "CAST_GENDER_NOUN"),
        _tag(400, "the landlord", "Ivo Lund", "OTHER_PARTICIPANT"),
    ]
    assert one_identity(state, lambda b: True, lexicon) == {}
    far = [*state, _tag(90_000, "the landlord", "the landlord", None)]
    assert one_identity(far, lambda b: True, lexicon) == {}
    near = [*state, _tag(900, "the landlord", "the landlord", None)]
    changed = one_identity(near, lambda b: True, lexicon)
    assert sorted(changed) == [0, 1]
    assert {(b.name, b.resolution) for b in changed.values()} == {("the landlord", None)}


def test_a_possessive_description_follows_its_owner() -> None:
    state: list[Binding | None] = [
        _tag(100, "her father", "Tobias Hale", "CAST_GENDER_NOUN"),
        _tag(400, "her father", "Ivo Lund", "CAST_GENDER_NOUN"),
        _tag(700, "her father", "her father", None),
    ]
    assert one_identity(state, lambda b: True, Lexicon.english()) == {}


# One description, two holders: a second man set beside it by the narration half-way through.
_TWO_INSPECTORS = (
    "Tobias Hale, the inspector, arrived at the mill on Monday. Martha Quill met him at the gate.\n\n"
    '"Show me the wheel," said the inspector.\n\n"It is this way," said Martha.\n\n'
    '"It is older than I thought," said the inspector.\n\n"Older than my father," she said.\n\n'
    '"Then it must come out," said the inspector.\n\n'
    "On Thursday a second man came from the county. Ivo Marsh, the inspector, walked the weir with her.\n\n"
    '"Who passed the wheel?" said the inspector.\n\n"Mr. Hale," said Martha.\n\n"He judged it well," said the inspector.\n\n'
    '"Mr. Hale? Hale said that?" said Ivo Marsh.\n\n"He did," said Martha.\n\n'
    '"I shall send word to Hale," said the inspector.\n'
)


def test_a_new_holder_of_the_description_keeps_his_name() -> None:
    # Before, the last tag's right name (the turns') was reset with Martha's, read as two guesses for one person.
    found = _speakers(_TWO_INSPECTORS)
    assert found["I shall send word to Hale,"][0] == "Ivo Marsh"
    assert found["He judged it well,"][0] == "the inspector"


def test_the_parts_follow_the_holders() -> None:
    lexicon = Lexicon.english()
    state: list[Binding | None] = [
        _tag(100, "the inspector", "Martha Quill", "OTHER_PARTICIPANT"),
        _tag(400, "the inspector", "the inspector", None),
        _tag(700, "the inspector", "Ivo Marsh", "OTHER_PARTICIPANT"),
    ]
    # An apposition between the first two tags and the third sets Ivo Marsh beside the description.
    assert sorted(one_identity(state, lambda b: True, lexicon, lambda words: [(550, "Ivo Marsh")])) == []
    assert sorted(one_identity(state, lambda b: True, lexicon, lambda words: [(50, "Ivo Marsh")])) == [0]
    assert sorted(one_identity(state, lambda b: True, lexicon)) == [0, 2]


def test_a_name_from_an_apposition_stays() -> None:
    state: list[Binding | None] = [
        _tag(100, "the harbourmaster", "Orin Vey", "CAST_APPOSITION"),
        _tag(400, "the harbourmaster", "Ivo Lund", "OTHER_PARTICIPANT"),
        _tag(700, "the harbourmaster", "the harbourmaster", None),
    ]
    assert sorted(one_identity(state, lambda b: True, Lexicon.english())) == [1]


def test_a_short_form_of_a_name_agrees_with_the_full_name() -> None:
    # Before, only the last word was compared: "Tobias" and "Tobias Hale" were two people.
    state: list[Binding | None] = [
        _tag(100, "the landlord", "Tobias Hale", "CAST_GENDER_NOUN"),
        _tag(400, "the landlord", "Tobias", "OTHER_PARTICIPANT"),
        _tag(700, "the landlord", "the landlord", None),
    ]
    assert one_identity(state, lambda b: True, Lexicon.english()) == {}


def test_the_other_is_not_read_as_a_description() -> None:
    lexicon = Lexicon.english()
    for words in ("the other", "the other man"):
        state: list[Binding | None] = [
            _tag(100, words, "Tobias Hale", "OTHER_PARTICIPANT"),
            _tag(400, words, "Ivo Lund", "OTHER_PARTICIPANT"),
            _tag(700, words, words, None),
        ]
        assert one_identity(state, lambda b: True, lexicon) == {}, words


def test_only_a_guess_is_unnamed() -> None:
    # A name read from the narration's subject is no guess: before, any name was unnamed.
    state: list[Binding | None] = [
        _tag(100, "the landlord", "Orin Vey", "CAST_SUBJECT_DESCRIPTION"),
        _tag(400, "the landlord", "Ivo Lund", "CAST_GENDER_NOUN"),
        _tag(700, "the landlord", "the landlord", None),
    ]
    assert sorted(one_identity(state, lambda b: True, Lexicon.english())) == [1]


def test_many_names_in_reach_are_two_people_without_pairwise_reading() -> None:
    from collections import Counter

    from quoteattr.rules.repeated import _MANY_NAMES, _two_people

    # Each name opens the next (``Ada``, ``Ada Bel``, ...): pairwise they never disagree.
    chain = [" ".join(["Ada", "Bel", "Cor", "Dun", "Eyr", "Fen", "Gil", "Hob", "Ivo", "Jut"][: n + 1]) for n in range(10)]
    assert not _two_people(Counter(chain[:_MANY_NAMES]))
    assert _two_people(Counter(chain[: _MANY_NAMES + 1]))
