"""An untagged quote after a sentence whose first clause names no person: a later clause's subject speaks.

Every passage here is written for these tests; none comes from a novel.
"""

from __future__ import annotations

from quoteattr import attribute_quotes


def _bound(text: str) -> list[tuple[str | None, str | None]]:
    """The speaker name and rule of every quote in *text*."""
    return [(q.speaker.name if q.speaker else None, q.rule) for q in attribute_quotes(text)]


def test_a_name_after_and_speaks_when_the_sentence_opens_without_a_person() -> None:
    text = 'The bell rang twice, and Orla Fenwick set down her pen. "Who can that be at this hour?"\n'
    assert _bound(text) == [("Orla Fenwick", "PREVIOUS_SENTENCE_SUBJECT")]


def test_a_pronoun_after_and_speaks_for_the_person_named_before() -> None:
    text = (
        "Tobias Hale stood by the stove in the mill at Lund.\n\n"
        'The kettle began to rattle on its hook, and he lifted it off. "Tea, then?"\n'
    )
    assert _bound(text) == [("Tobias Hale", "PREVIOUS_SENTENCE_SUBJECT")]


def test_a_person_who_opens_the_sentence_keeps_the_quote() -> None:
    # The later subject is no better a guess when a person opens the sentence.
    text = 'Ines Kowal glanced at Tobias Hale, and Tobias Hale put on his coat. "We walk, then."\n'
    assert _bound(text) == [("Ines Kowal", "PREVIOUS_SENTENCE_SUBJECT")]
