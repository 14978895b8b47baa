"""The fiction cast does not read a sentence opener before a first name as part of the name (issue 18)."""

from __future__ import annotations

from quoteattr import Config, attribute_quotes
from quoteattr.lang import Lexicon
from quoteattr.resolve.cast import CastRegistry


def _forms(text: str) -> dict[str, tuple[str, int]]:
    return CastRegistry(text, [], Lexicon.english()).written_names()


def test_an_opener_before_a_first_name_is_no_part_of_it() -> None:
    # ``Wren`` is a first name: the text writes it after a lowercase word and before a surname written so too.
    text = (
        "They met Wren Osgood at the ferry. Wren rowed. Sorry Wren! The tide was out. Wren laughed at the gulls, "
        "and the gulls mocked Osgood."
    )
    forms = _forms(text)
    assert "Sorry Wren" not in forms
    assert forms["Wren"][1] == 3


def test_a_full_name_only_written_at_sentence_starts_is_kept() -> None:
    # ``Orla`` is never written after a lowercase word, but ``Fenwick`` is no first name: a full name.
    text = "Orla Fenwick crossed the yard. The dog followed Fenwick. Orla Fenwick shut the gate."
    forms = _forms(text)
    assert forms["Orla Fenwick"][1] == 2


def test_one_character_under_a_first_name_and_a_surname_with_an_opener_before_the_first_name() -> None:
    # ``Poor Tobin`` read as a full name made ``Tobin`` a form of two names: Tobin and Kessick stayed two people.
    text = (
        "Lund knocked at noon and met Tobin Kessick by the studio stove. Kessick nodded, and he went back "
        "to his easel. Tobin scraped the canvas, and he sighed.\n\n"
        '"Is it finished?" asked Lund.\n\n'
        '"Not yet," said Kessick.\n\n'
        '"You said that in May," said Lund.\n\n'
        '"Then I was wrong in May," said Tobin.\n\n'
        "Poor Tobin! The light had gone grey over the roofs."
    )
    quotes = attribute_quotes(text, Config(dialogue="on"))
    entities = [q.speaker.entity if q.speaker else None for q in quotes]
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["Lund", "Kessick", "Lund", "Tobin"]
    assert entities[1] == entities[3] != entities[0]
