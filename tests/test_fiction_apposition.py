"""A description the narration sets beside a name between commas (``CAST_APPOSITION``, issue 18).

Every passage is invented for this file.  A novel introduces a character
once by name and office (``Mr. Orrin Vey, the harbourmaster,``) and then
tags the quotes with the office alone: the apposition says who that is.
"""

from __future__ import annotations

from quoted import the_quote

from quoteattr import Config, Lexicon

_ON = Config(dialogue="on")

_TURNS = '\n\n"Late again," said Tobias Hale.\n\n"The tide was against us," said the harbourmaster.'


def _named(text: str, config: Config = _ON) -> tuple[str, str | None]:
    found = the_quote(text, "The tide was against us,", config).speaker
    assert found is not None
    return found.name, found.resolution


def test_the_description_after_the_name_is_that_character() -> None:
    text = "Mr. Orrin Vey, the harbourmaster, came down the quay at Lund. Tobias Hale waited by the crates." + _TURNS
    assert _named(text) == ("Mr. Orrin Vey", "CAST_APPOSITION")


def test_the_description_before_the_name_is_that_character() -> None:
    text = "At dusk the harbourmaster, Mr. Orrin Vey, came down the quay. Tobias Hale waited by the crates." + _TURNS
    assert _named(text) == ("Mr. Orrin Vey", "CAST_APPOSITION")


def test_the_apposition_gives_one_id_to_the_name_and_the_description() -> None:
    text = (
        "Mr. Orrin Vey, the harbourmaster, came down the quay at Lund. Tobias Hale waited by the crates."
        '\n\n"Fog tonight," said Mr. Orrin Vey.\n\nThe boats came in one by one under a low sky.' + _TURNS
    )
    first = the_quote(text, "Fog tonight,", _ON).speaker
    later = the_quote(text, "The tide was against us,", _ON).speaker
    assert first is not None and later is not None
    assert first.entity == later.entity


def test_a_list_is_no_apposition() -> None:
    # "Vey, the harbourmaster, and Hale" are three people in a row, not one.
    text = "Mr. Orrin Vey, the harbourmaster, and Tobias Hale stood on the quay at Lund." + _TURNS
    assert _named(text)[1] != "CAST_APPOSITION"


def test_an_apposition_inside_a_quote_is_no_evidence() -> None:
    # A vocative in speech ("Vey, the harbourmaster ...") says nothing of who the harbourmaster is.
    text = (
        'Tobias Hale waited by the crates at Lund with Mr. Orrin Vey.\n\n"Mr. Orrin Vey, the harbourmaster, is late," '
        "said Tobias Hale." + _TURNS
    )
    assert _named(text)[1] != "CAST_APPOSITION"


def test_two_characters_so_described_name_neither() -> None:
    text = (
        "Mr. Orrin Vey, the harbourmaster, came down the quay. Years later Mr. Kowal, the harbourmaster, "
        "kept the same office. Tobias Hale waited by the crates." + _TURNS
    )
    assert _named(text)[1] != "CAST_APPOSITION"


def test_the_other_is_left_to_the_turns() -> None:
    # "the other, Mr. Orrin Vey," contrasts two people once; "said the other" later is whoever answers.
    text = (
        "Tobias Hale and Mr. Orrin Vey waited on the quay at Lund. One was calm; the other, Mr. Orrin Vey, "
        'was not.\n\n"Late again," said Tobias Hale.\n\n"The tide was against us," said the other.'
    )
    assert _named(text)[1] != "CAST_APPOSITION"


def test_a_gender_noun_keeps_its_own_reading() -> None:
    # "the boy" is read by its gender (the boy last named), not by an apposition far back.
    text = (
        "Mr. Orrin Vey, the boy, came down the quay at Lund. Tobias Hale waited by the crates."
        '\n\n"Late again," said Tobias Hale.\n\n"The tide was against us," said the boy.'
    )
    assert _named(text)[1] != "CAST_APPOSITION"


def test_a_description_after_a_fronted_preposition_is_no_apposition() -> None:
    # "Beside the harbourmaster, Tobias Hale ... was shivering": Hale stands beside him; he is not the harbourmaster.
    text = (
        "Beside the harbourmaster, Tobias Hale, still soaked, was shivering. Mr. Orrin Vey came down the quay."
        + _TURNS
    )
    assert _named(text) == ("the harbourmaster", None)


def test_a_description_after_unlike_is_no_apposition() -> None:
    text = (
        "Unlike the doctor, Orla Fenwick, who never slept, was calm. Dr. Ivo Brand packed his bag."
        '\n\n"Fever," said Orla Fenwick.\n\n"Perhaps," said the doctor.'
    )
    found = the_quote(text, "Perhaps,", _ON).speaker
    assert found is not None and (found.name, found.resolution) == ("the doctor", None)


def test_a_description_answering_its_own_names_turn_is_someone_else() -> None:
    # "Facing the harbourmaster, Tobias Hale, ..." reads as an apposition (no preposition before
    # "the"), but the harbourmaster answers a turn tagged Tobias Hale: one man does not answer himself.
    text = "Facing the harbourmaster, Tobias Hale, still soaked, was shivering. Mr. Orrin Vey came down the quay." + _TURNS
    assert _named(text) == ("the harbourmaster", None)


def test_the_list_words_are_lexicon_data() -> None:
    # An added conjunction carries a list on as "and" does: "Vey, the harbourmaster, plus Hale" are three.
    text = "Mr. Orrin Vey, the harbourmaster, plus Tobias Hale stood on the quay at Lund." + _TURNS
    assert _named(text)[1] == "CAST_APPOSITION"
    lexicon = Lexicon.english().extend(list_conjunctions=["plus"])
    assert _named(text, Config(dialogue="on", lexicon=lexicon))[1] != "CAST_APPOSITION"


def test_the_article_is_lexicon_data() -> None:
    # An added definite article opens a description as "the" does, also at a sentence start.
    text = "Yon harbourmaster, Mr. Orrin Vey, came down the quay. Tobias Hale waited by the crates." + _TURNS
    assert _named(text)[1] != "CAST_APPOSITION"
    lexicon = Lexicon.english().extend(definite_articles=["yon"])
    assert _named(text, Config(dialogue="on", lexicon=lexicon)) == ("Mr. Orrin Vey", "CAST_APPOSITION")
