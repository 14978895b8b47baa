"""The fiction cast reads spellings of one title, and a bare surname with its one titled form, as one character."""

from __future__ import annotations

from quoteattr.lang import Lexicon
from quoteattr.resolve.cast import CastRegistry
from quoteattr.resolve.forms import Form, title_key, titled_surnames


def _cast(text: str) -> CastRegistry:
    return CastRegistry(text, [], Lexicon.english())


def test_spelled_out_and_abbreviated_title_are_one_character() -> None:
    text = (
        "Dr. Quellan walked to the mill. Dr. Quellan looked at the wheel. "
        "Doctor Quellan sat down on a sack. Dr. Quellan laughed at the miller."
    )
    cast = _cast(text)
    # One character, named by the form the text writes most often.
    assert cast.canonical("Doctor Quellan") == "Dr. Quellan"
    assert cast.canonical("Dr. Quellan") == "Dr. Quellan"
    assert cast.count("Doctor Quellan") == 4


def test_different_titles_stay_different_characters() -> None:
    text = "Mr. Orrin fed the goats. Mrs. Orrin milked them. Mr. Orrin slept. Mrs. Orrin sang."
    cast = _cast(text)
    assert cast.canonical("Mr. Orrin") == "Mr. Orrin"
    assert cast.canonical("Mrs. Orrin") == "Mrs. Orrin"


def test_bare_surname_joins_its_only_titled_form_and_keeps_its_own_name() -> None:
    # Narration calls him by his surname far more often than by his title.
    text = "Dr. Pellow came in. " + "Pellow nodded. " * 14 + "Dr. Pellow sat. Dr. Pellow left."
    cast = _cast(text)
    assert cast.canonical("Dr. Pellow") == "Pellow"
    assert cast.canonical("Pellow") == "Pellow"
    assert cast.count("Pellow") == 17


def test_title_key_maps_spellings_to_the_english_title() -> None:
    forms = Lexicon.english().title_forms
    assert title_key("Doctor", forms) == title_key("Dr.", forms) == "dr"
    assert title_key("Madame", forms) == "mrs"
    assert title_key("Mr", forms) == "mr"


def test_titled_surname_names_the_character_unless_the_bare_surname_dominates() -> None:
    bare, titled = Form("", ("Venn",)), Form("Mr.", ("Venn",))
    root = {bare: bare, titled: bare}
    canonical = {bare: "Venn"}
    assert titled_surnames({bare: 10, titled: 3}, root, canonical) == {bare: titled}
    assert titled_surnames({bare: 20, titled: 3}, root, canonical) == {}
