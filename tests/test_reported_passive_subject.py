"""Reported speech (``indirect=True``): a passive cue that ends its clause with
no agent reports its subject, with no source (``passives.unsourced_subject``).
Invented passages: each gives every report it must yield, as ``(content,
source mention, cue)``.
"""

from __future__ import annotations

import pytest

from quoteattr import attribute_quotes

Expected = tuple[str, "str | None", str]


def _reports(text: str) -> list[Expected]:
    return sorted(
        (q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else "")
        for q in attribute_quotes(text, indirect=True)
        if q.kind == "indirect"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The subject is what was reported; nobody is named as the source.
        ("The cost of the Brackwater barge was never disclosed.",
         [("The cost of the Brackwater barge", None, "disclosed")]),
        ("Two new kilns were announced on Tuesday.", [("Two new kilns", None, "announced")]),
        ("The levy had been quietly dropped, and the rise had been previously reported.",
         [("the rise", None, "reported")]),
        # Before a comma that closes a subordinate clause.
        ("When the Pellow case was argued, Orla Vell sat at the back.",
         [("the Pellow case", None, "argued")]),
        ("In each ward where the query was asked, the clerks said no.",
         [("no", "the clerks", "said"), ("the query", None, "asked")]),
        # A relative word stands for its head; after a preposition the phrase is kept.
        ("Tam Reddick kept the letters that were denied.", [("that", None, "denied")]),
        ("A vote was held, the results of which were announced.",
         [("the results of which", None, "announced")]),
    ],
)
def test_passive_subject_without_a_source(text: str, expected: list[Expected]) -> None:
    assert _reports(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The old barge, or the Heron as it was called, sank in May.",  # a name given
        "Tam Reddick was asked, but he shrugged.",  # the one asked, not the question
        "The mill stood where, it is said, a kiln once burned.",  # hearsay
        "The fees were not to be disclosed.",  # the passive of an infinitive
        "The levy was disclosed in full in the report.",  # the clause goes on
    ],
)
def test_no_subject_report(text: str) -> None:
    assert [q for q in _reports(text) if q[2] in ("called", "asked", "said", "disclosed")] == []
