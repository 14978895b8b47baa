"""Reported speech (``indirect=True``): a finite cue whose subject stands
further back (issue 16, session 20, round 2): a cue that is one predicate
in a list joined by commas (``Roe toured the pier, praised the crew``), and
a subject before an appositive that ends with a quoted title whose comma
stands inside the marks (``Roe, host of "Tide Talk," urged ...``).
Invented passages, as in ``test_reported.py``: each gives every report it
must yield, as ``(content, source mention, cue)``.
"""

from __future__ import annotations

import pytest
from reports import Expected, reports_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The cue after a comma shares the subject of the clause's first verb.
        ("Tam Reddick visited the quay at Brennock on Monday, praised the crew and warned that the tolls would rise.",
         [("the crew", "Tam Reddick", "praised"), ("the tolls would rise", "Tam Reddick", "warned")]),
        ("Orla Vell joked about the fog over Tarrow, declined to back the new slipway, and rowed home.",
         [("the fog over Tarrow", "Orla Vell", "joked about"), ("to back the new slipway", "Orla Vell", "declined")]),
        ("The mayor toured the new dock, urged calm.", [("calm", "The mayor", "urged")]),
        # Over an adverb between the comma and the cue.
        ("Orla Vell toured the kilns, openly proposed that the tolls be cut.",
         [("the tolls be cut", "Orla Vell", "proposed")]),
    ],
)
def test_listed_predicate(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A participle in apposition, before a time word or "by": no predicate of the subject.
        ("Tam Reddick backed the levy, announced Friday, and left.", []),
        ("Orla Vell read the notice, approved by the board, to the crew.", []),
        # A relative clause before the comma: the cue's subject is not the clause's.
        ("Tam Reddick met the skipper who sank, blamed the fog.", []),
        # A subject that cannot speak.
        ("The ferry ran aground near Brennock, angered the sailors.", []),
    ],
)
def test_listed_predicate_not_read(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Orla Vell, host of the "Brennock Tide Hour," suggested that the tolls were too high.',
         [("the tolls were too high", "Orla Vell", "suggested")]),
        ("Tam Reddick, the skipper known as \u201cGull,\u201d urged the crews to stay ashore.",
         [("the crews to stay ashore", "Tam Reddick", "urged")]),
        ("Orla Vell, the editor in charge of ''Tarrow Notes,'' conceded that the kiln had closed.",
         [("the kiln had closed", "Orla Vell", "conceded")]),
        # A subject that cannot speak gives no report.
        ('The ferry, nicknamed "Gull," suggested nothing to the crews.', []),
    ],
)
def test_quoted_title_appositive(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A first predicate with a partial quote in it, read as one long phrase that ends
        # in "and", stands for the name or pronoun that opens it.
        ('Orla Vell wept over the "farce" at the pier and said it would fail.',
         [("it would fail", "Orla Vell", "said")]),
        ("He’s likening the new levy to Tam Reddick’s old toll on skiffs and says the board is wrong.",
         [("the board is wrong", "He", "says")]),
    ],
)
def test_predicate_read_as_a_phrase_gives_its_opening_subject(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)
