"""Reported speech (``indirect=True``): the whole phrase that names a report's
source (issue 16, session 21): the head before a preposition (``Pilots at the
depot said``), a name set off after its head (``The head of the guild, Orla
Vell, said``), a coordination of subjects (``Vell and Reddick said``) and a
subject followed by ``alike`` (``Voters and sailors alike are calling on``).
Invented passages, as in ``test_reported.py``: each gives every report it
must yield, as ``(content, source mention, cue)``.
"""

from __future__ import annotations

import pytest
from reports import Expected, reports_of

from quoteattr import attribute_quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The head before the preposition speaks, not the place or body after it.
        ("Pilots at the Brennock depot said the slipway was unsafe.",
         [("the slipway was unsafe", "Pilots at the Brennock depot", "said")]),
        ("Wardens in Tarrow warned that the dunes would flood.",
         [("the dunes would flood", "Wardens in Tarrow", "warned")]),
        # Read past a second link to the head that can speak.
        ("Clerks at the kilns of Wenlow said the wages were late.",
         [("the wages were late", "Clerks at the kilns of Wenlow", "said")]),
        # A count of people before "of" / "in".
        ("Most of the ferrymen said the tolls were fair.",
         [("the tolls were fair", "Most of the ferrymen", "said")]),
        # The name in apposition speaks; the span keeps its head.
        ("The head of the Gullmere guild, Orla Vell, said the kilns would close.",
         [("the kilns would close", "The head of the Gullmere guild, Orla Vell", "said")]),
        ("The chair of the dune board, Tam Reddick, has confirmed that the fence would stay.",
         [("the fence would stay", "The chair of the dune board, Tam Reddick", "confirmed")]),
    ],
)
def test_head_and_appositive(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun phrase set off between the source and its verb tells who speaks.
        ("Orla Vell, a ferry pilot from Gullmere, said the pier was safe.",
         [("the pier was safe", "Orla Vell, a ferry pilot from Gullmere", "said")]),
        ("Tam Reddick, 61, a pilot from Lisk, said the pier was safe.",
         [("the pier was safe", "Tam Reddick, 61, a pilot from Lisk", "said")]),
        ("Tam Reddick, the mayor, has said the pier was safe.",
         [("the pier was safe", "Tam Reddick, the mayor", "said")]),
        # A participle's source ends before a predicate of its own.
        ("Orla Vell, the harbour master, repeated the charge, calling the toll unfair.",
         [("the charge", "Orla Vell, the harbour master", "repeated"),
          ("the toll unfair", "Orla Vell, the harbour master", "calling")]),
        # A head before the name, the name after it.
        ("The guild's new chair, Orla Vell, said the pier was safe.",
         [("the pier was safe", "The guild's new chair, Orla Vell", "said")]),
        # An adverb, a place or time phrase or a participle between the commas is
        # no part of the source (the head before "at" still is).
        ("Officials at the depot, in a letter, said the pier was safe.",
         [("the pier was safe", "Officials at the depot", "said")]),
        ("Officials at the depot, speaking to crews, said the pier was safe.",
         [("the pier was safe", "Officials at the depot", "said")]),
        ("Vell and Reddick, however, said the pier was safe.",
         [("the pier was safe", "Vell and Reddick", "said")]),
    ],
)
def test_aside_after_source(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orla Vell and Tam Reddick said the slipway was unsafe.",
         [("the slipway was unsafe", "Orla Vell and Tam Reddick", "said")]),
        ("Vell, Lisk and Reddick argued that the tolls were too high.",
         [("the tolls were too high", "Vell, Lisk and Reddick", "argued")]),
        ("Both the harbour master and her deputy said the pier was safe.",
         [("the pier was safe", "Both the harbour master and her deputy", "said")]),
        # After an opening phrase and its comma, the coordination starts after the comma.
        ("In Gullmere, Vell and Reddick said the pier was safe.",
         [("the pier was safe", "Vell and Reddick", "said")]),
        # "and" joining two clauses is no coordination of subjects (nor part of the source).
        ("Orla Vell met Lisk and officials at the depot said the pier was safe.",
         [("the pier was safe", "officials at the depot", "said")]),
        # A comma before "and" after a single phrase joins clauses, not a list.
        ("The crews left the quay at Wenlow, and wardens said the pier was safe.",
         [("the pier was safe", "wardens", "said")]),
    ],
)
def test_coordinated_source(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


def test_coordinated_source_is_named_as_a_direct_quote_names_it() -> None:
    # The direct quote's tag names the conjunct next to the cue; the report after
    # it shows the whole coordination and is named the same way.
    text = (
        '"The pier is sound," Orla Vell and Tam Reddick said. '
        "Vell and Reddick said the fence would stay."
    )
    quotes = attribute_quotes(text, indirect=True)
    direct = next(q for q in quotes if q.kind == "direct")
    report = next(q for q in quotes if q.kind == "indirect")
    assert direct.speaker is not None and report.speaker is not None
    assert report.speaker.text == "Vell and Reddick"
    assert direct.speaker.text == "Tam Reddick"
    assert report.speaker.name == direct.speaker.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voters and sailors alike are calling on the council to shut the pier.",
         [("the council to shut the pier", "Voters and sailors", "calling on")]),
        ("Voters and sailors alike said the pier was safe.",
         [("the pier was safe", "Voters and sailors", "said")]),
        ("Skippers alike said the pier was safe.", [("the pier was safe", "Skippers", "said")]),
    ],
)
def test_alike_after_subject(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)
