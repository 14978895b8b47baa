"""A description that tags several turns keeps one identity (issue 18).

Every passage is invented for this file.  A speaker brought in by a
description (``said the gentleman``) is tagged by it turn after turn; the
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

# A visitor the narration never names questions Nell at the schoolroom in Lund.
_SCHOOLROOM = (
    "Tobias Hale stood by the schoolroom stove at Lund. Nell Kowal sat on the front bench with her slate.\n\n"
    '"Good morning," said Tobias Hale.\n\n'
    "A tall visitor in a grey coat came in and leaned on the desk.\n\n"
    '"Stand up, child," said the gentleman.\n\n'
    "Nell stood up.\n\n"
)
_TURNS = '"And a table?" said the gentleman.\n\n"Four, sir," said Nell.\n\n"Quite right," said the gentleman.\n'


def _speakers(text: str) -> dict[str, tuple[str, str | None]]:
    found = {}
    for q in attribute_quotes(text, _ON):
        assert q.speaker is not None
        found[q.text] = (q.speaker.name, q.speaker.entity)
    return found


def test_the_tags_of_one_description_are_one_speaker() -> None:
    found = _speakers(_SCHOOLROOM + _TURNS)
    # Before, the first tag went to Tobias Hale and the second to Nell by the noun's gender, the third to no one.
    names = {found[q][0] for q in ("Stand up, child,", "And a table?", "Quite right,")}
    entities = {found[q][1] for q in ("Stand up, child,", "And a table?", "Quite right,")}
    assert names == {"the gentleman"}
    assert len(entities) == 1
    assert found["Four, sir,"][0] == "Nell"


def test_the_other_is_left_to_the_turns() -> None:
    text = (_SCHOOLROOM + _TURNS).replace("the gentleman", "the other")
    assert {name for name, _ in _speakers(text).values()} >= {"the other", "Nell", "Tobias Hale"}


def _tag(start: int, words: str, name: str, resolution: str | None) -> Binding:
    mention = Mention(start, start + len(words), "description", words, "m", "")
    return Binding(mention, None, "QUOTE_CUE_SPEAKER", 0.95, name, resolution)


def test_names_that_agree_stay() -> None:
    # Two names of one person ("Hale", "Tobias Hale") are no contradiction.
    state: list[Binding | None] = [
        _tag(100, "the gentleman", "Tobias Hale", "CAST_GENDER_NOUN"),
        _tag(400, "the gentleman", "Hale", "OTHER_PARTICIPANT"),
        _tag(700, "the gentleman", "the gentleman", None),
    ]
    assert one_identity(state, lambda b: True, Lexicon.english()) == {}


def test_contradicting_names_give_way_only_near_an_unnamed_tag() -> None:
    lexicon = Lexicon.english()
    state: list[Binding | None] = [
        _tag(100, "the gentleman", "Tobias Hale", "CAST_GENDER_NOUN"),
        _tag(400, "the gentleman", "Ivo Lund", "OTHER_PARTICIPANT"),
    ]
    assert one_identity(state, lambda b: True, lexicon) == {}
    far = [*state, _tag(90_000, "the gentleman", "the gentleman", None)]
    assert one_identity(far, lambda b: True, lexicon) == {}
    near = [*state, _tag(900, "the gentleman", "the gentleman", None)]
    changed = one_identity(near, lambda b: True, lexicon)
    assert sorted(changed) == [0, 1]
    assert {(b.name, b.resolution) for b in changed.values()} == {("the gentleman", None)}


def test_a_possessive_description_follows_its_owner() -> None:
    state: list[Binding | None] = [
        _tag(100, "her father", "Tobias Hale", "CAST_GENDER_NOUN"),
        _tag(400, "her father", "Ivo Lund", "CAST_GENDER_NOUN"),
        _tag(700, "her father", "her father", None),
    ]
    assert one_identity(state, lambda b: True, Lexicon.english()) == {}
