"""Speaker gender from the evidence the text writes (``quoteattr.gender``).

Every name, place and sentence is invented.
"""

from __future__ import annotations

import pytest

from quoteattr import Lexicon, Speaker, attribute_quotes
from quoteattr.gender import TextIndex, identity_gender, is_organisation
from quoteattr.gender_text import _written_at
from quoteattr.resolve.cast import CastRegistry

EN = Lexicon.english()

# (case, text, expected (speaker name, gender) per quote)
CASES = [
    # (a) organisations, places and groups
    (
        "an organisation's head noun",
        'The Harbour Council met on Monday. He spoke first. "We object," the Harbour Council said.',
        [("Harbour Council", None)],
    ),
    (
        "an organisation's head noun, pronouns after it",
        'The Harbour Council met on Monday. He spoke first. He said little. "We object," the Harbour Council said.',
        [("Harbour Council", None)],
    ),
    (
        "an organisation with pronouns after it",
        'The Tamsin Rowing Club met at dawn. He rowed first, and he rowed hard. "We won," the Tamsin Rowing Club said.',
        [("Tamsin Rowing Club", None)],
    ),
    (
        "a company's head noun",
        'Kowal Holdings hired a chief. He nodded, and he smiled. "We had to," Kowal Holdings said.',
        [("Kowal Holdings", None)],
    ),
    (
        "a name the text writes after a place preposition",
        'Fenwick Marsh grew fast. He left, and he came back. Farms in Fenwick Marsh grew. Mills in Fenwick Marsh closed. "It grows," Fenwick Marsh said.',
        [("Fenwick Marsh", None)],
    ),
    (
        "a name followed by its",
        'Bellmoor Works raised its prices. Bellmoor Works cut its staff. "We had to," Bellmoor Works said. He agreed, and he left.',
        [("Bellmoor Works", None)],
    ),
    # (b) a gendered title or noun wins over pronouns; two that disagree give nothing
    (
        "a gendered noun in the bound mention outweighs misbound pronouns",
        '"Go," said Interim Party Chairwoman Orla Fenwick. "Now," he said. "Later," he added. "Yes," Fenwick said.',
        [("Orla Fenwick", "female")] * 4,
    ),
    (
        "two gendered titles that disagree",
        '"Go," said Mrs. Tobias Hale. "No," said Mr. Tobias Hale. "Yes," Mr. Tobias Hale said. "Fine," Mr. Tobias Hale said.',
        [("Tobias Hale", None)] * 4,
    ),
    # (c) a pronoun after another person's name is not this person's
    (
        "another name between the name and the pronoun",
        'Mira Kowal told Lund, after he admitted the loss, that he would go. "No," Mira Kowal said.',
        [("Mira Kowal", None)],
    ),
    (
        "a pronoun in the next sentence is not the object's",
        'Orla Fenwick accused Mira Kowal of lying. She left, and she slammed the door. "No," said Mira Kowal.',
        [("Mira Kowal", None)],
    ),
    (
        "a pronoun after the name as a possessor",
        'Mira Kowal spoke. Under Mira Kowal\'s questioning he faltered. He sighed, and he wept. "Enough," Mira Kowal said.',
        [("Mira Kowal", None)],
    ),
    (
        "a pronoun in the quote after the name",
        'Mira Kowal arrived. "He is late, and he knows it," Mira Kowal said.',
        [("Mira Kowal", None)],
    ),
    # (d) titles before the name and appositive nouns
    (
        "a gendered title before the name in the text",
        'Congresswoman Mira Kowal toured the dam. "It holds," Kowal said.',
        [("Mira Kowal", "female")],
    ),
    (
        "an appositive noun",
        '"It holds," said Mira Kowal, a congresswoman from Lund.',
        [("Mira Kowal", "female")],
    ),
    (
        "an appositive noun with a modifier",
        'Mira Kowal, a retired actress, opened the fair. "Welcome," Kowal said.',
        [("Mira Kowal", "female")],
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_gender_from_the_text(case: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.speaker.name, q.speaker.gender) if q.speaker else None for q in attribute_quotes(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        'Tobias Hale arrived late. He sat down, and he smiled. "We go now," said Tobias Hale.',
        # A function word opening a sentence names nobody: it does not stop the reading.
        'Tobias Hale arrived late. The bus was slow, so he ran, and he was tired. "We go now," said Tobias Hale.',
        # A possessive after a place preposition is no place.
        'Tobias Hale arrived. He sat, and he ate. Talks in Tobias Hale\'s office ended in Tobias Hale\'s car. '
        '"We go now," said Tobias Hale.',
    ],
)
def test_pronouns_still_decide_without_other_evidence(text: str) -> None:
    assert [q.speaker.gender for q in attribute_quotes(text) if q.speaker] == ["male"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Harbour Council", True), ("Kowal Corp.", True), ("Lund County", True), ("Protesters", True), ("Heiresses", True),
     ("Orla Fenwick", False), ("Tobias Hale", False), ("council", False)],
)
def test_is_organisation(name: str, expected: bool) -> None:
    assert is_organisation(name, EN) is expected


def test_a_title_before_the_bare_surname_may_be_another_of_the_family() -> None:
    text = '"Go," said Mr. Tobias Hale. Mrs. Hale smiled at him. "Now," Hale said.'
    assert [q.speaker.gender for q in attribute_quotes(text) if q.speaker] == ["male", "male"]


def test_bound_under_it_is_no_person() -> None:
    name = Speaker("Tobias Hale", 0, 11, "Tobias Hale", "name")
    he = [name, Speaker("Tobias Hale", 30, 32, "he", "pronoun"), Speaker("Tobias Hale", 50, 52, "he", "pronoun")]
    assert identity_gender("Tobias Hale", False, he, EN) == "male"
    for word in ("it", "they"):
        assert identity_gender("Tobias Hale", False, [*he, Speaker("Tobias Hale", 70, 70 + len(word), word, "pronoun")], EN) is None


def test_a_plural_noun_is_no_person() -> None:
    # "Marchers" is also written in lowercase: a plural noun, however the pronouns were bound.
    text = '"We are tired," Marchers said. "Go," he said. "Now," he said. The marchers left.'
    mentions = [Speaker("Marchers", 16, 24, "Marchers", "name"), Speaker("Marchers", 37, 39, "he", "pronoun"),
                Speaker("Marchers", 52, 54, "he", "pronoun")]
    assert identity_gender("Marchers", False, mentions, EN) == "male"
    assert identity_gender("Marchers", False, mentions, EN, text, ["Marchers"]) is None


def test_first_names_are_never_read() -> None:
    text = '"We go," said Maria Lopes. "Soon," said John Smith.'
    assert [q.speaker.gender for q in attribute_quotes(text) if q.speaker] == [None, None]


def test_a_name_is_found_only_where_it_is_a_whole_capitalised_word() -> None:
    # A letter or digit on either side makes it part of another word, in or out of ASCII.
    text = "Lund met Lunden, ÅLund, Lundé, Lund2 and Lund’s aide. Lund left."
    assert list(TextIndex(text, EN).starts("Lund")) == [0, text.index("Lund’s"), text.rindex("Lund")]


def test_the_places_of_a_word_are_the_same_once_every_capitalised_word_is_indexed() -> None:
    # After a few words searched one by one, one pass indexes them all (a
    # long dialogue names thousands of people): the places must not change.
    text = "Lund met Lunden, ÅLund, Lundé, Lund2 and Lund’s aide. Lund left. " + " ".join(f"Kell{c} sat." for c in "ABCDEFGHIJ")
    index = TextIndex(text, EN)
    for c in "ABCDEFGHIJ":
        assert list(index.starts(f"Kell{c}")) == [text.index(f"Kell{c} ")]
    assert list(index.starts("Lund")) == [0, text.index("Lund’s"), text.index("Lund left")]
    assert list(index.starts("Kellz")) == []


def test_a_name_is_read_from_its_word_written_fewest_times() -> None:
    # Many people share the first name: the name is found through its surname,
    # and only where the whole name is written with word edges on both sides.
    pieces = [f"Ann Vell{c} met Ann. " for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    text = "".join(pieces) + "Ann VellQ left. Ann VellQs and XAnn VellQ did not."
    assert _written_at(text, "Ann VellQ", TextIndex(text, EN)) == [
        (text.index("Ann VellQ met"), text.index("Ann VellQ met") + 9),
        (text.index("Ann VellQ left"), text.index("Ann VellQ left") + 9),
    ]


def test_each_name_of_an_identity_reads_the_pronoun_after_its_end() -> None:
    # "Fenwick" ends where "Orla Fenwick" does: the reading after that end is
    # made once and counted for both names (one vote each, two decide).
    text = "Orla Fenwick waved from the pier. She was late."
    assert identity_gender("Orla Fenwick", False, [], EN, text, ["Fenwick", "Orla Fenwick"]) == "female"
    assert identity_gender("Orla Fenwick", False, [], EN, text, ["Orla Fenwick"]) is None
    index = TextIndex(text, EN)
    assert identity_gender("Orla Fenwick", False, [], EN, text, ["Fenwick", "Orla Fenwick"], index=index) == "female"


@pytest.mark.parametrize(
    "text",
    [
        'Tobias Vell and his wife, Orla Vell, run the ferry. "We sail at six," Mr. Vell said. "I steer," Mrs. Vell said.',
        'Orla Vell and her husband, Tobias Vell, run the ferry. "We sail at six," Mr. Vell said. "I steer," Mrs. Vell said.',
        'Tobias Vell came with his wife Orla Vell. "We sail at six," Mr. Vell said. "I steer," Mrs. Vell said.',
    ],
)
def test_a_gendered_noun_before_a_full_name_keeps_a_couple_apart(text: str) -> None:
    # The noun before the name is its own (whoever "his" points to): a title
    # of the other gender then takes the other full name.
    found = [(q.speaker.name, q.speaker.gender) for q in attribute_quotes(text) if q.speaker]
    assert found == [("Tobias Vell", "male"), ("Orla Vell", "female")]
    entities = {q.speaker.entity for q in attribute_quotes(text) if q.speaker}
    assert len(entities) == 2


def test_a_surname_speaker_keeps_the_gender_its_next_report_gives() -> None:
    # "Fenwick said. She said ...": the next sentence goes on reporting the same person, so the one word is hers.
    text = '"Taxes must rise," Fenwick said. She said the budget was short. "We have no choice," she added.'
    assert [(q.speaker.entity, q.speaker.gender) for q in attribute_quotes(text) if q.speaker] == [
        ("Fenwick#1", "female"),
        ("Fenwick#1", "female"),
    ]


def test_the_counts_a_cast_hands_on_read_as_the_cast_itself() -> None:
    # The engine keeps only what the identities read of a cast (its names and
    # votes): a one-word character is still read as a novel's, so the pronoun
    # bound to it counts, as it does with the whole cast and not without one.
    text = '"Rain again," said Pell. "Nets," said Pell. Pell went out. Mr. Quarry came in.'
    cast = CastRegistry(text, [(0, 13), (25, 31)], EN)
    kept = cast.evidence()
    she = Speaker("Pell", 90, 93, "she", "pronoun")
    assert identity_gender("Pell", False, [she], EN, text, ["Pell"], None) is None
    assert identity_gender("Pell", False, [she], EN, text, ["Pell"], cast) == "female"
    assert identity_gender("Pell", False, [she], EN, text, ["Pell"], kept) == "female"
    assert kept.written_names() == cast.written_names()
    assert kept.written_names()["Pell"] == ("Pell", 3)
    votes = kept.votes("Mr. Quarry")
    assert votes is not None and votes is cast.votes("Mr. Quarry") and votes.male > 0
