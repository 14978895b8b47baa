"""The label of a speaker identity (quoteattr/labels.py): one name per person, the fullest the document writes."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

from quoteattr import Speaker, attribute_quotes, cli
from quoteattr.labels import canonical_labels, name_key
from quoteattr.lang import Lexicon
from quoteattr.model import Quote
from quoteattr.resolve.gender import Votes
from quoteattr.speakers import speaker_table

LEXICON = Lexicon.english()

#: A quote-led piece shaped like a news report: the full name once, at the
#: first mention, then the titled surname in every tag.  Quote-led paragraphs
#: send it through the dialogue cast.
LED = (
    "Bram Kettering, who chairs the canal trust, spoke first at the hall in Kowal on Thursday.\n\n"
    '"The locks need new gates before the winter," Mr. Kettering said.\n\n'
    '"We have asked twice for the money," Mr. Kettering added. "Nobody has answered."\n\n'
    '"The trust is not alone," Mr. Kettering said later.\n\n'
    '"We will look at it," the clerks said.\n'
)


@attrs.frozen
class _Written:
    """Names a document writes, for :func:`canonical_labels` (what a resolution registry gives)."""

    names: dict[str, int]
    genders: dict[str, str] = attrs.field(factory=dict)

    def votes(self, name: str) -> Votes | None:
        gender = self.genders.get(name)
        return None if gender is None else Votes(3, 0) if gender == "m" else Votes(0, 3)

    def written_names(self) -> dict[str, tuple[str, int]]:
        return {name: (name, count) for name, count in self.names.items()}


def _entities(text: str) -> list[str]:
    return [q.speaker.entity for q in attribute_quotes(text) if q.speaker is not None and q.speaker.entity]


def test_a_titled_surname_takes_the_full_name_written_once_at_the_first_mention() -> None:
    entities = _entities(LED)
    assert entities[:3] == ["Bram Kettering#1"] * 3


def test_a_title_comes_off_a_one_word_label() -> None:
    # No full name is written: the surname alone is the label, as other documents write it.
    text = LED.replace("Bram Kettering, who chairs", "The man who chairs")
    assert _entities(text)[:3] == ["Kettering#1"] * 3
    assert canonical_labels(["Sen. Varga", "Dr. Lund", "President Kowal"], LEXICON) == ["Varga", "Lund", "Kowal"]


def test_a_married_or_unmarried_title_stays_and_takes_no_other_full_name() -> None:
    # Mrs. Hale may be Tobias Hale's wife, Miss Hale his daughter.
    assert canonical_labels(["Mrs. Hale", "Tobias Hale"], LEXICON) == ["Mrs. Hale", "Tobias Hale"]
    assert canonical_labels(["Miss Hale", "Tobias Hale"], LEXICON) == ["Miss Hale", "Tobias Hale"]
    assert canonical_labels(["Mrs. Hale"], LEXICON) == ["Mrs. Hale"]


def test_a_titled_surname_takes_no_full_name_of_the_other_gender() -> None:
    assert canonical_labels(["Mr. Hale"], LEXICON, _Written({"Ada Hale": 1}, {"Ada Hale": "f"})) == ["Hale"]
    assert canonical_labels(["Hale"], LEXICON, _Written({"Ms. Ada Hale": 1}), ["male"]) == ["Hale"]
    # Nothing against it: the one full name is his.
    assert canonical_labels(["Mr. Hale"], LEXICON, _Written({"Tobias Hale": 1}), ["male"]) == ["Tobias Hale"]
    written = _Written({"Tobias Hale": 1, "Mr. Hale": 6}, {"Tobias Hale": "m"})
    assert canonical_labels(["Hale"], LEXICON, written) == ["Tobias Hale"]


def test_a_full_name_written_once_goes_to_no_one_of_a_family() -> None:
    # ``Mrs. Hale`` is about: ``Tom Hale``, written once, may be the son of the ``Mr. Hale`` quoted.
    assert canonical_labels(["Mr. Hale"], LEXICON, _Written({"Tom Hale": 1, "Mrs. Hale": 4})) == ["Hale"]
    assert canonical_labels(["Mr. Hale"], LEXICON, _Written({"Tom Hale": 1, "Ms. Hale": 2})) == ["Hale"]
    assert canonical_labels(["Mr. Hale"], LEXICON, _Written({"Tom Hale": 1, "Dr. Hale": 2})) == ["Tom Hale"]


def test_a_bare_word_takes_a_full_name_written_once_only_when_a_title_marks_it_a_surname() -> None:
    # ``Quietly Ada``, a capitalised adverb before a first name, is no full name of Ada.
    assert canonical_labels(["Ada"], LEXICON, _Written({"Quietly Ada": 1, "Ada": 9})) == ["Ada"]
    assert canonical_labels(["Lund"], LEXICON, _Written({"Marta Lund": 1, "Lund": 9})) == ["Lund"]
    assert canonical_labels(["Lund"], LEXICON, _Written({"Marta Lund": 1, "Lund": 9, "Dr. Lund": 1})) == ["Marta Lund"]


def test_a_sentence_opener_before_a_surname_is_no_full_name() -> None:
    # ``Then Kowal`` written once, at a sentence start, is no name to label anyone by.
    assert canonical_labels(["Kowal"], LEXICON, _Written({"Then Kowal": 1})) == ["Kowal"]
    assert canonical_labels(["Mr. Kowal"], LEXICON, _Written({"Yet Kowal": 1, "Kowal": 5})) == ["Kowal"]
    # A first word that is no common word makes a full name, written once.
    assert canonical_labels(["Mr. Kowal"], LEXICON, _Written({"Piotr Kowal": 1})) == ["Piotr Kowal"]


def test_a_surname_takes_no_full_name_of_a_speaker_called_by_a_first_name() -> None:
    # ``Oren`` speaks apart from ``Mr. Pellow``: ``Oren Pellow`` is the son's name, not the father's.
    assert canonical_labels(["Mr. Pellow", "Oren", "Oren Pellow"], LEXICON)[0] == "Pellow"


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (["Said Lund", "Marta Lund"], ["Marta Lund", "Marta Lund"]),  # the cue verb of ``Said Lund:`` before a quote
        (["Said Lund", "Mr. Lund"], ["Lund", "Mr. Lund"]),  # a speaker the grouping kept apart stays apart
        (["State Nils Varga"], ["Nils Varga"]),  # cut from a title that ends in ``of State``
        (["Rival Nora Vale", "Nora Vale"], ["Nora Vale", "Nora Vale"]),  # a role before the name
        (["State Department", "Kowal Harbour"], ["State Department", "Kowal Harbour"]),  # bodies keep their words
    ],
)
def test_words_a_mention_cut_carried_before_the_name_come_off(labels: list[str], expected: list[str]) -> None:
    assert canonical_labels(labels, LEXICON) == expected


def test_a_cut_word_stays_where_no_surname_is_left() -> None:
    # ``United`` is no surname the text writes, and ``Finch`` after ``Against`` is what the body opposes.
    written = _Written({"Arlo Finch": 2})
    labels = ["Voters United", "League Against Finch"]
    assert canonical_labels(labels, LEXICON, written) == labels
    assert canonical_labels(["Besides Finch"], LEXICON, _Written({"Mr. Finch": 3})) == ["Finch"]


def test_a_full_name_written_once_must_look_like_a_first_mention() -> None:
    # Three name words written once is likelier a headline; a long -ly word is an adverb, not a first name.
    assert canonical_labels(["Mr. Finch"], LEXICON, _Written({"Wealthy Arlo Finch": 1})) == ["Finch"]
    assert canonical_labels(["Mr. Finch"], LEXICON, _Written({"Unhappily Finch": 1})) == ["Finch"]
    assert canonical_labels(["Mr. Finch"], LEXICON, _Written({"Arlo J. Finch": 1})) == ["Arlo J. Finch"]
    assert canonical_labels(["Mr. Finch"], LEXICON, _Written({"Emily Finch": 1})) == ["Emily Finch"]


def test_a_month_that_is_a_given_name_is_no_cut_word() -> None:
    assert canonical_labels(["June Kowal", "April Lund"], LEXICON) == ["June Kowal", "April Lund"]


def test_middle_initials_read_as_one_name() -> None:
    assert name_key("Nils K. Varga") == name_key("Nils Varga") == "nils varga"

    def quote(name: str) -> Quote:
        speaker = Speaker(name=name, text=name, start=0, end=len(name), kind="name", entity=f"{name}#1")
        return Quote(text="We are ready.", start=20, end=33, speaker=speaker)

    rows = speaker_table([("a", [quote("Nils K. Varga")]), ("b", [quote("Nils Varga")]), ("c", [quote("Nils Varga")])])
    assert [(r.speaker, r.quotes, r.documents) for r in rows] == [("Nils Varga", 3, 3)]
    # A usual short given name is its full form: one row, shown as most documents write it.
    rows = speaker_table([("a", [quote("Len Kowal")]), ("b", [quote("Leonard T. Kowal")]), ("c", [quote("Len Kowal")])])
    assert [(r.speaker, r.quotes, r.documents) for r in rows] == [("Len Kowal", 3, 3)]
    # Two given names stay two people.
    rows = speaker_table([("a", [quote("Ada Kowal")]), ("b", [quote("Leonard Kowal")])])
    assert len(rows) == 2


def test_speakers_over_two_news_files_give_one_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    led = tmp_path / "led.txt"
    led.write_text(LED, encoding="utf-8")
    wire = tmp_path / "wire.txt"
    wire.write_text(
        'The canal trust met again in Kowal on Friday. "The gates are ordered," said Bram Kettering, its chair.\n',
        encoding="utf-8",
    )
    assert cli.main(["speakers", str(led), str(wire), "--json"]) == 0
    rows = {row["speaker"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows["Bram Kettering"]["quotes"] == 5
    assert rows["Bram Kettering"]["documents"] == 2
    assert not [name for name in rows if name and "Kettering" in name and name != "Bram Kettering"]


def test_middle_initials_tell_two_people_apart() -> None:
    def quote(name: str, entity: int) -> Quote:
        speaker = Speaker(name=name, text=name, start=0, end=len(name), kind="name", entity=f"{name}#{entity}")
        return Quote(text="We are ready.", start=20, end=33, speaker=speaker)

    # One file quotes two people apart by their middle initials: two rows, and a plain "Ada Roe" elsewhere joins neither.
    rows = speaker_table([("a", [quote("Ada J. Roe", 1), quote("Ada K. Roe", 2)]), ("b", [quote("Ada Roe", 1)])])
    assert sorted((r.speaker, r.quotes) for r in rows) == [("Ada J. Roe", 1), ("Ada K. Roe", 1), ("Ada Roe", 1)]
    # Father and son told apart by their initials stay two rows, and a plain "John Hale" joins neither.
    rows = speaker_table([("a", [quote("John A. Hale", 1), quote("John B. Hale", 2)]), ("b", [quote("John Hale", 1)])])
    assert sorted((r.speaker, r.quotes) for r in rows) == [("John A. Hale", 1), ("John B. Hale", 1), ("John Hale", 1)]
    # One initialed name in the table: the plain one is that person.
    rows = speaker_table([("a", [quote("John A. Hale", 1)]), ("b", [quote("John Hale", 1)])])
    assert [(r.speaker, r.quotes) for r in rows] == [("John A. Hale", 2)]
    # An initial written with or without its period is one initial.
    rows = speaker_table([("a", [quote("John A. Hale", 1)]), ("b", [quote("John A Hale", 1)]), ("c", [quote("John Hale", 1)])])
    assert [(r.speaker, r.quotes) for r in rows] == [("John A. Hale", 3)]
