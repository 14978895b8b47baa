"""Reported speech (``indirect=True``): reports the rules missed altogether
(issue 16, session 21): an adverb or an apposition between commas after a
listener, before the ``that`` that opens what was said (``told the Gazette,
however, that ...``), an infinitive in a headline in title case (``Roe
Vows To Rebuild Pier``) a passive with no *be* in such a headline
(``Kelby Mayor Accused Of Hiding Tolls``) and a capitalised cue that opens
a headline's clause after a semicolon (``Roe hints at tolls; Says ...``).  Invented passages, as in ``test_reported.py``: each
gives every report it must yield, as ``(content, source mention, cue)``.
"""

from __future__ import annotations

import pytest
from reports import Expected, reports_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An adverb between commas after the listener.
        ("Tam Reddick told the Kelby Courier, however, that the slipway had cracked.",
         [("the slipway had cracked", "Tam Reddick", "told")]),
        ("Orla Vell assured the ferrymen, again, that the tolls would fall.",
         [("the tolls would fall", "Orla Vell", "assured")]),
        # An apposition after a named listener, with a possessive in it.
        ("Reddick told Orla Vell, her rival's deputy, that the pier would shut in May.",
         [("the pier would shut in May", "Reddick", "told")]),
    ],
)
def test_insertion_after_a_listener(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # A relative clause between the commas: its own clause, not an insertion.
        "Reddick told Orla Vell, who runs the pier, that the tolls would fall.",
        # The second comma is not followed by that: no report read past it.
        "Reddick told the ferrymen, however, the tolls would fall.",
    ],
)
def test_no_report_past_a_clause_after_a_listener(text: str) -> None:
    assert reports_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orla Vell Vows To Rebuild The Kelby Pier Before Winter.",
         [("To Rebuild The Kelby Pier Before Winter", "Orla Vell", "Vows")]),
        # A capitalised adverb between the subject and the cue.
        ("Tam Reddick Just Promised To Halve Ferry Tolls In Tarrow.",
         [("To Halve Ferry Tolls In Tarrow", "Tam Reddick", "Promised")]),
    ],
)
def test_infinitive_in_a_title_case_headline(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A determiner after "To": a phrase, in a headline as in a sentence.
        ("Orla Vell Promised To The Kelby Crews A New Pier.", []),
        # Not a headline: a capitalised word after "to" is a name, not a verb.
        ("Orla Vell promised to Reddick and the crews that nothing would change before winter came.",
         [("nothing would change before winter came", "Orla Vell", "promised")]),
    ],
)
def test_no_infinitive_read_from_a_phrase(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The headline drops "was": its whole clause, for no one, as "The mayor was accused of ...".
        ("Kelby Harbour Master Accused Of Hiding Toll Money From Crews.",
         [("Kelby Harbour Master Accused Of Hiding Toll Money From Crews", None, "Accused")]),
        ("Tam Reddick Blamed For Ferry Delays, Orla Vell Steps In.",
         [("Tam Reddick Blamed For Ferry Delays", None, "Blamed")]),
        # Not a headline: the participle describes the mayor, and no clause reports.
        ("The Kelby mayor accused of hiding toll money resigned on Friday.", []),
        # Two subjects set apart by a comma are no bare subject.
        ("Vell, Lund Accused Of Hiding Toll Money.", []),
    ],
)
def test_passive_in_a_title_case_headline(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A headline's second clause drops its subject: the first clause's speaks.
        ("Tam Reddick hints at tolls; Says Orla Vell would stack the board.",
         [("tolls", "Tam Reddick", "hints at"), ("Orla Vell would stack the board", "Tam Reddick", "Says")]),
        # Mid-clause a capitalised cue word is still part of a name.
        ("The crews hummed Kelby Says Farewell on the quay.", []),
    ],
)
def test_capitalised_cue_after_a_semicolon(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)
