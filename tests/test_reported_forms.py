"""Reported speech (``indirect=True``): forms added for issue 16's second round.

Each case gives a passage and every report it must yield, as ``(content,
source mention, cue)``, as in ``tests/test_reported.py``; ``None`` as the
source means the text names none, and the reports must be exactly these.  The
passages are invented for these tests: no name or sentence comes from an
evaluation document.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from quoteattr import Quote, attribute_quotes

Expected = tuple[str, "str | None", str]


class Case(NamedTuple):
    id: str
    text: str
    reports: list[Expected]


CASES = [
    # -- quantities and plural heads take a plural verb ------------------------------
    Case("third-say", "Nearly a third say the ferry is too slow.",
         [("the ferry is too slow", "a third", "say")]),
    Case("six-in-ten-say", "Six in 10 say the levy is fair.",
         [("the levy is fair", "Six in 10", "say")]),
    Case("percent-say", "Only 9 percent say they take the bus.",
         [("they take the bus", "Only 9 percent", "say")]),
    Case("those-surveyed-say", "By a wide margin, those surveyed say the pier should stay.",
         [("the pier should stay", "those surveyed", "say")]),
    Case("women-say", "Along the quay, the women say the nets are empty.",
         [("the nets are empty", "the women", "say")]),
    # -- speak and talk need their particle; speak has irregular forms --------------
    Case("spoke-about", "Lund spoke about the ferry timetable.",
         [("the ferry timetable", "Lund", "spoke about")]),
    Case("spoke-adverb-of", "Lund spoke briefly of the winter storms.",
         [("the winter storms", "Lund", "spoke briefly of")]),
    Case("spoke-out-against", "Lund spoke out against the harbour levy.",
         [("the harbour levy", "Lund", "spoke out against")]),
    Case("never-spoke-alone", "Lund spoke briefly before the vote.", []),
    Case("never-spoke-to", "Lund spoke to the crowd for an hour.", []),
    # -- a past like its base form --------------------------------------------------
    Case("forecast-past", "The harbour master forecast that the storms would return.",
         [("the storms would return", "The harbour master", "forecast")]),
    # -- speech nouns with that and no possessor ------------------------------------
    Case("light-verb-claim", "Okafor made the claim that the pier was unsafe.",
         [("the pier was unsafe", "Okafor", "claim")]),
    Case("claim-no-source", "Nobody believed the claim that the pier was unsafe.",
         [("the pier was unsafe", None, "claim")]),
    Case("light-verb-no-article", "Okafor issued warnings that the pier was unsafe.",
         [("the pier was unsafe", "Okafor", "warnings")]),
    Case("never-relative-that", "The warnings that they issued were ignored.", []),
    Case("never-statement-phrase", "The council said in a statement that the market would close.",
         [("the market would close", "The council", "said")]),
    # -- content extent ----------------------------------------------------------------
    Case("number-with-commas", "When Okafor announced 6,000 new berths, the crowd cheered.",
         [("6,000 new berths", "Okafor", "announced")]),
    Case("opening-phrase-after-that", "Lund said that after the vote, the council would meet.",
         [("after the vote, the council would meet", "Lund", "said")]),
    Case("phrase-set-in", "Okafor said the ferries, numbering about 40, were too old.",
         [("the ferries, numbering about 40, were too old", "Okafor", "said")]),
    Case("phrase-set-in-adverb", "Lund insisted that the levy, however small, was unfair.",
         [("the levy, however small, was unfair", "Lund", "insisted")]),
    Case("opening-comma-phrase", "Lund admitted that, given the storms, rebuilding would be slow.",
         [("given the storms, rebuilding would be slow", "Lund", "admitted")]),
    Case("but-that", "Roe said the pier was safe, but that the ferry was not.",
         [("the pier was safe, but that the ferry was not", "Roe", "said")]),
    # -- subjects read past the verb group -------------------------------------------------
    Case("has-long-argued", "The mayor has long argued that the levy is unfair.",
         [("the levy is unfair", "The mayor", "argued")]),
    Case("meanwhile", "The mayor, meanwhile, called on the council to act.",
         [("the council to act", "The mayor", "called on")]),
    Case("this-past-week", "Okafor this past week announced a new timetable.",
         [("a new timetable", "Okafor", "announced")]),
    Case("in-the-past", "The fishermen have in the past said the quay was too short.",
         [("the quay was too short", "The fishermen", "said")]),
    Case("negated-auxiliary", "Lund wouldn't say how the vote went.",
         [("how the vote went", "Lund", "say")]),
    Case("indefinite-called-for", "A few councillors have called for a new pier.",
         [("a new pier", "A few councillors", "called for")]),
    Case("called-day-for", "Okafor called Wednesday for a new vote on the levy.",
         [("a new vote on the levy", "Okafor", "called Wednesday for")]),
    Case("called-upon", "Lund called upon the council to rebuild the quay.",
         [("the council to rebuild the quay", "Lund", "called upon")]),
    Case("currency-content", "Lund calls for $2 million in repairs.",
         [("$2 million in repairs", "Lund", "calls for")]),
    Case("noun-object-after-article", "Okafor launched a sharp attack on the levy.",
         [("the levy", "Okafor", "attack on")]),
    Case("infinitive-after-clause", "She waved the storm figures to claim the pier was unsafe.",
         [("the pier was unsafe", "She", "claim")]),
    # -- inverted cues ---------------------------------------------------------------------
    Case("inverted-role-name", "The levy will rise, said harbour manager Ines Roe.",
         [("The levy will rise", "Ines Roe", "said")]),
    Case("inverted-relative-tail", "The levy will rise, said Ana Lund, who chairs the board.",
         [("The levy will rise", "Ana Lund", "said")]),
    Case("inverted-after-appositive-reading",
         "The plan lacks support in the council, whose members it angered, said Ana Lund, a planner.",
         [("The plan lacks support in the council, whose members it angered", "Ana Lund", "said")]),
    Case("appositive-subject-stays",
         "Hugh Hill, a doctor at the clinic, said Ann Lund, the nurse, had left.",
         [("Ann Lund, the nurse, had left", "Hugh Hill", "said")]),
    # -- passives with as and an agent -------------------------------------------------
    Case("as-reported-by", "As reported by the Harbour Gazette, the ferry will stop in May.",
         [("the ferry will stop in May", "Harbour Gazette", "reported")]),
    Case("as-first-reported-by", "The ferry will stop in May, as first reported by the Gazette.",
         [("The ferry will stop in May", "the Gazette", "reported")]),
    # -- what was asked, not whom --------------------------------------------------------
    Case("asked-them-to", "Okafor asked them to wait for the next ferry.",
         [("to wait for the next ferry", "Okafor", "asked")]),
    Case("asking-them-not-to", "Okafor wrote to the crews, asking them not to strike.",
         [("not to strike", "Okafor", "asking")]),
]


def _reports(quotes: list[Quote]) -> list[Expected]:
    return [
        (q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else "")
        for q in quotes
        if q.kind == "indirect"
    ]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_passage(case: Case) -> None:
    quotes = attribute_quotes(case.text, indirect=True)
    assert sorted(_reports(quotes), key=str) == sorted(case.reports, key=str)
    for q in quotes:
        assert case.text[q.start : q.end] == q.text


def test_without_the_option_no_report() -> None:
    for case in CASES:
        assert all(q.kind != "indirect" for q in attribute_quotes(case.text))
