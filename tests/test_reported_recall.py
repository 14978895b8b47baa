"""Reported speech (``indirect=True``): reports the rules once missed altogether
(issue 16, session 20): a block of words set off after a cue and its colon,
a participle after two opening phrases, a lone ``both`` after a coordinator,
``charged with`` in the passive, ``as much`` as a content, a parenthetical
cue with a listener (``The plan, Roe told the Gazette, would fail``), what
drew criticism with no source named, ``when told that ...``, the head of
a long subject, ``told a joke`` after opening phrases, ``did not say
when``, a postposed listener cue before an adverbial clause and an
inverted source with ``and``.  Invented passages, as in
``test_reported.py``: each gives every report it must yield, as
``(content, source mention, cue)``.
"""

from __future__ import annotations

import pytest
from reports import Expected, reports_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The block runs over its lines to the blank line after it.
        ("The warden added:\n\nThe slipway is cracked. The tolls will rise.\nNobody will pay them.\n\n"
         "Later she rowed home.",
         [("The slipway is cracked. The tolls will rise.\nNobody will pay them", "The warden", "added")]),
        # The last paragraph of the text ends the block.
        ("In a talk last spring, Orla Vell wrote:\n\nThe kiln at Tarrow must close before the frost.",
         [("The kiln at Tarrow must close before the frost", "Orla Vell", "wrote")]),
    ],
)
def test_block_after_a_cue_and_its_colon(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # A block in quotation marks is a direct quote; one in a markup tag, an embedded post.
        'The warden added:\n\n"The slipway is cracked."\n\nLater she rowed home.',
        'The warden added:\n\n<post author="wv">The slipway is cracked.</post>\n\nLater she rowed home.',
        # No blank line after the colon: no block.
        "The warden added:\nThe slipway is cracked.",
    ],
)
def test_no_block_report(text: str) -> None:
    assert reports_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two opening phrases, each with its comma, before the participle's subordinator.
        ("Sunday, on the radio, while commenting on the silt in the harbour, Governor Orla Vell said "
         "the port was calm.",
         [("the silt in the harbour", "Governor Orla Vell", "commenting on"),
          ("the port was calm", "Governor Orla Vell", "said")]),
        ("At dawn, on the quay, after hinting that the ferry was late, Tam Reddick left.",
         [("the ferry was late", "Tam Reddick", "hinting")]),
    ],
)
def test_participle_after_two_opening_phrases(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


def test_lone_both_after_a_coordinator() -> None:
    # "both" after "And" is the subject, not a preverb ("they both vowed").
    assert reports_of("Both crews rested. And both vowed to mend the slipway.") == [
        ("to mend the slipway", "both", "vowed")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as much" stands for what was said, as "so" does.
        ("Kowal conceded as much at the quay.", [("as much", "Kowal", "conceded")]),
        ("The harbour master said as much on Tuesday.", [("as much", "The harbour master", "said")]),
    ],
)
def test_as_much_is_the_content(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


def test_as_much_before_as_is_a_quantity() -> None:
    # "as much as half ...": a quantity in the clause, no proform.
    assert all(content != "as much" for content, _, _ in reports_of("Kowal said as much as half the pier was lost."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A cue set between commas with its listener after it is parenthetical too.
        ("The plan, Orla Vell told the Gazette, would fail.",
         [("The plan, Orla Vell told the Gazette, would fail", "Orla Vell", "told")]),
        ("Under the new rota, the warden told me on Friday, the ferry would sail at noon.",
         [("Under the new rota, the warden told me on Friday, the ferry would sail at noon", "the warden", "told")]),
    ],
)
def test_parenthetical_cue_with_a_listener(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


def test_phrase_of_the_cue_is_no_listener() -> None:
    # "the board against tolls" holds a preposition: no listener, no parenthetical cue.
    reports = reports_of("In 2010, Orla Vell warned the board against tolls, because she thought them unfair.")
    assert reports and not any(content.startswith("In 2010") for content, _, _ in reports)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What drew criticism is the content, with no source named.
        ("The toll plan has drawn fierce criticism among the skippers.",
         [("The toll plan", None, "criticism")]),
        ("Tam Reddick drew criticism when he mocked the wardens.",
         [("Tam Reddick", None, "criticism"), ("the wardens", "he", "mocked")]),
        # A pronoun subject gives nothing (the whole clause would be the content).
        ("He has faced criticism within the guild.", []),
    ],
)
def test_target_noun_with_no_source(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A listener verb in the passive after a subordinator, or opening the sentence, as "when asked".
        ("When told that the pier was closed, Orla Vell rowed home.", [("the pier was closed", None, "told")]),
        ("Told that the pier was closed, Orla Vell rowed home.", [("the pier was closed", None, "Told")]),
    ],
)
def test_listener_verb_in_the_passive_after_a_subordinator(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The head of a long subject ends at an -ing word or "to" that describes it ...
        ("But harbour activists clamoring to block Hale from the board say they are suddenly hopeful.",
         [("they are suddenly hopeful", "harbour activists", "say")]),
        # ... and opens the main clause after a fronted subordinate clause.
        ("If the quay floods again, critics like Tam Reddick say it would help the ferry.",
         [("it would help the ferry", "critics", "say")]),
    ],
)
def test_head_of_a_long_subject(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What is told (class told_object) after the cue: no postposed cue of the phrases before the comma.
        ("On a grey morning, the third day of her voyage, Tam Reddick told a joke.",
         [("a joke", "Tam Reddick", "told")]),
        ("In her talk, a long spiel on tolls, she tells one joke about Hale.",
         [("one joke about Hale", "she", "tells")]),
    ],
)
def test_told_object_after_opening_phrases(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


def test_negated_cue_before_a_lone_question_word() -> None:
    # "did not say when": the question word is the content, no postposed cue of the clause before.
    assert reports_of("Reddick said Hale closed the weir, but Reddick did not say when.") == sorted(
        [("Hale closed the weir", "Reddick", "said"), ("when", "Reddick", "say")]
    )


def test_postposed_listener_cue_before_an_adverbial_clause() -> None:
    # "as he labored ...": when the cue was spoken, no content after the listener.
    assert reports_of("The pier is not about me, Reddick told his close aides as he labored over the speech.") == [
        ("The pier is not about me", "Reddick", "told")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An inverted source runs on over "and": a pair speaks for its second, as "Roe and Lund said" does.
        ("The contrast with Hale, said Orla Vell and Tam Reddick, would be plain.",
         [("The contrast with Hale, said Orla Vell and Tam Reddick, would be plain", "Tam Reddick", "said")]),
        ("The contrast with Hale, said Orla Vell and others, would be plain.",
         [("The contrast with Hale, said Orla Vell and others, would be plain", "Orla Vell", "said")]),
        # two roles before one name
        ("The firm lobbied on tolls, said lobbyist and port strategist Tam Reddick.",
         [("The firm lobbied on tolls", "Tam Reddick", "said")]),
    ],
)
def test_inverted_source_with_and(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)
