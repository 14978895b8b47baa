"""Stage 5: resolving news mentions to names (``quoteattr.resolve.news``), and end to end."""

from __future__ import annotations

import itertools

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from quoteattr import attribute_quotes
from quoteattr.document import Binding, Mention
from quoteattr.grammar import Grammar
from quoteattr.lang import Lexicon
from quoteattr.names import NAME_WORD
from quoteattr.resolve.antecedents import ANY_PERSON, Antecedents, SubjectTest
from quoteattr.resolve.news import EntityRegistry as _Registry
from quoteattr.resolve.news import NewsNames
from quoteattr.text.tokens import tokenize

_EN = Lexicon.english()
classify_phrase = Grammar.of(_EN).mentions.classify_phrase


def EntityRegistry(text: str) -> _Registry:  # noqa: N802 - reads as the class it makes
    """The news registry of *text*, with the English lexicon."""
    return _Registry(text, _EN)


def _resolved(news: NewsNames, mention: Mention) -> str:
    """The name news resolution gives *mention*."""
    return news.name(Binding(mention, None, "TEST", 1.0)).name


def _mention_at(text: str, phrase: str, occurrence: int = 0) -> Mention:
    """The mention for the *occurrence*-th ``phrase`` in *text*, with document offsets."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(phrase, pos + 1)
    tokens = tokenize(text, pos, pos + len(phrase))
    assert tokens
    m = classify_phrase(tokens, 0, len(tokens) - 1)
    assert m is not None
    return m


def test_surname_and_first_name_resolve_to_full_name() -> None:
    text = "Ana Pires opened the session. Later Pires left, and Ana waved."
    news = NewsNames(text, _EN)
    reg = news.registry
    assert reg.full_name_for("Pires", text.index("Later")) == "Ana Pires"
    assert reg.full_name_for("Ana", text.index("waved")) == "Ana Pires"
    assert _resolved(news, _mention_at(text, "Pires", 1)) == "Ana Pires"


@pytest.mark.parametrize(
    ("text", "word", "at", "full"),
    [
        # A title is dropped from the full name.
        ("Mayor Jane Ortiz spoke. Then Ortiz sat down.", "Ortiz", "Then", "Jane Ortiz"),
        # So is a possessive, in either case.
        ("Jane Ortiz's plan and JUAN VEGA'S reply. Then Ortiz and VEGA left.", "Ortiz", "Then", "Jane Ortiz"),
        ("Jane Ortiz's plan and JUAN VEGA'S reply. Then Ortiz and VEGA left.", "VEGA", "Then", "JUAN VEGA"),
        # A weekday after a name is not part of it.
        ("Dana Kerr Tuesday said no. Dana Kerr Tuesday left. Later Kerr spoke.", "Kerr", "Later", "Dana Kerr"),
        ("Dana Kerr Tuesday said no. Dana Kerr Tuesday left. Later Kerr spoke.", "Tuesday", "spoke", None),
    ],
)
def test_full_name_leaves_out_what_is_not_the_name(text: str, word: str, at: str, full: str | None) -> None:
    assert EntityRegistry(text).full_name_for(word, text.index(at)) == full


def test_unknown_surname_stays_as_written() -> None:
    text = "Nobody else spoke. Then Becker left."
    news = NewsNames(text, _EN)
    assert news.registry.full_name_for("Becker", len(text)) is None
    assert _resolved(news, _mention_at(text, "Becker")) == "Becker"


def test_nearest_preceding_full_name_wins() -> None:
    text = "Ana Ruiz spoke. Luis Ruiz answered. Then Ruiz left."
    reg = EntityRegistry(text)
    assert reg.full_name_for("Ruiz", text.index("Then")) == "Luis Ruiz"
    assert reg.full_name_for("Ruiz", text.index(" Luis")) == "Ana Ruiz"


def test_gender_from_titles() -> None:
    text = "Mr. Tom Becker and Mrs. Ana Ruiz met."
    reg = EntityRegistry(text)
    assert reg.gender_of("Tom Becker") == "m"
    assert reg.gender_of("Ana Ruiz") == "f"
    assert reg.gender_of("Nobody Here") == ""


def test_honorific_surname_resolves_only_to_compatible_gender() -> None:
    text = "Mr. Tom Ruiz and Mrs. Ana Ruiz met. Later Mrs. Ruiz left."
    reg = EntityRegistry(text)
    assert reg.full_name_for("Ruiz", text.index("Later"), "Mrs.") == "Ana Ruiz"
    assert reg.full_name_for("Ruiz", text.index("Later"), "Mr.") == "Tom Ruiz"


@given(
    people=st.lists(st.tuples(st.sampled_from(["Ann", "Bo", "Cy", "Di"]), st.sampled_from(["Mr. ", "Mrs. ", ""])), min_size=1, max_size=30),
    asks=st.lists(st.tuples(st.floats(0, 1), st.sampled_from(["Mr.", "Mrs."])), max_size=20),
)
def test_honorific_surname_is_the_nearest_fitting_full_name(people: list[tuple[str, str]], asks: list[tuple[float, str]]) -> None:
    """Asked in any order, ``Mrs. Lee`` is the nearest full name before (else after) whose gender fits."""
    sentences = [f"{title}{first} Lee spoke. " for first, title in people]
    text = "".join(sentences)
    starts = [sum(map(len, sentences[:i])) for i in range(len(sentences))]
    reg = EntityRegistry(text)
    for share, honorific in asks:
        position = int(share * len(text))
        wanted = "f" if honorific == "Mrs." else "m"
        fitting = [(start, f"{first} Lee") for start, (first, _) in zip(starts, people, strict=True) if reg.gender_of(f"{first} Lee") in ("", wanted)]
        before = [name for start, name in fitting if start <= position]
        after = [name for start, name in fitting if start > position]
        expected = before[-1] if before else (after[0] if after else None)
        assert reg.full_name_for("Lee", position, honorific) == expected


def test_pronoun_resolves_to_most_recent_compatible_person() -> None:
    # The second sentence adds gender evidence for the more recent name, which
    # the pronoun must then skip.
    text = "Mr. Tom Becker thanked Mrs. Ana Ruiz. She smiled. Then he left."
    he = _mention_at(text, " he ")
    assert he.kind == "pronoun"
    assert EntityRegistry(text).resolve_pronoun(he) == "Tom Becker"
    text = "Mrs. Ana Ruiz thanked Mr. Tom Becker. He smiled. Then she left."
    assert EntityRegistry(text).resolve_pronoun(_mention_at(text, " she ")) == "Ana Ruiz"


def test_pronoun_skips_a_single_recent_name_of_the_other_gender() -> None:
    # "he" votes for the nearest name, Ana Ruiz, but her title outweighs it.
    text = "Mr. Tom Becker thanked Mrs. Ana Ruiz. Then he left."
    reg = EntityRegistry(text)
    assert reg.gender_of("Ana Ruiz") == "f"
    assert reg.resolve_pronoun(_mention_at(text, " he ")) == "Tom Becker"


def test_a_title_on_a_surname_no_full_name_explains_is_that_name_s_gender() -> None:
    # "Mr. Lund" stands for no longer name: its title is its own, not a guess at
    # which full name it means, so "she" does not go back to him.
    text = '"Fine," said Mr. Lund. Ann Kowal came in from the yard and sat down. "Is it done?" she asked.'
    assert EntityRegistry(text).gender_of("Mr. Lund") == "m"
    asked = [q for q in attribute_quotes(text) if q.text == "Is it done?"]
    assert asked[0].speaker is not None and asked[0].speaker.name == "Ann Kowal"


def test_a_title_weighs_more_than_one_pronoun_but_not_many() -> None:
    # Three pronouns right after the name outvote its title: the text says otherwise.
    text = "Mrs. Ana Ruiz arrived. He sat. He ate. He left."
    assert EntityRegistry(text).gender_of("Ana Ruiz") == ""


def test_pronoun_votes_for_the_nearest_name_only() -> None:
    # "She" follows Ana Ruiz, not Tom Reed: Tom Reed gets no vote.
    text = "Tom Reed met Ana Ruiz. She smiled. She left."
    reg = EntityRegistry(text)
    assert reg.gender_of("Ana Ruiz") == "f"
    assert reg.gender_of("Tom Reed") == ""


def test_pronoun_votes_only_within_reach() -> None:
    near = "Tom Reed spoke. He left; he was tired."
    far = "Tom Reed spoke." + " The rain kept falling on the roofs." * 8 + " He left; he was tired."
    assert EntityRegistry(near).gender_of("Tom Reed") == "m"
    assert EntityRegistry(far).gender_of("Tom Reed") == ""


def test_one_pronoun_alone_does_not_decide_a_gender() -> None:
    # It may point to someone else; two agreeing pronouns, or a title, do decide.
    assert EntityRegistry("Tom Reed spoke. He left.").gender_of("Tom Reed") == ""
    assert EntityRegistry("Tom Reed spoke. He left; he was tired.").gender_of("Tom Reed") == "m"
    assert EntityRegistry("Mr. Tom Reed spoke.").gender_of("Tom Reed") == "m"


@pytest.mark.parametrize(("gap", "votes"), [(240, 1), (241, 0)])
def test_pronoun_reach_is_250_characters_from_the_name(gap: int, votes: int) -> None:
    text = "Tom Reed " + "x" * gap + " he left."
    assert text.index(" he ") + 1 - text.index("Tom") == 250 + gap - 240
    reg = EntityRegistry(text)
    assert reg.gender_of("Tom Reed") == ""  # one vote at most: no gender either way
    tally = reg._gender_votes.get("Tom Reed")
    assert (tally.male if tally is not None else 0) == votes


def test_pronoun_without_antecedent() -> None:
    text = "It rained. Then she left."
    reg = EntityRegistry(text)
    assert reg.resolve_pronoun(_mention_at(text, "she")) is None


# -- end to end -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Ana Pires opened the session. "We turned it down," Pires said.', "Ana Pires"),
        ('Tom Becker arrived late. "Sorry," he said.', "Tom Becker"),
        ('Tom Becker ran the firm. "We grew," Mr. Becker said.', "Tom Becker"),
        ('"We turned it down," said Chilean President Ana Pires.', "Ana Pires"),
    ],
)
def test_attribution_resolves_names(text: str, name: str) -> None:
    (q,) = attribute_quotes(text)
    assert q.speaker is not None
    assert q.speaker.name == name


def test_resolution_can_be_switched_off() -> None:
    from quoteattr import Config

    text = 'Tom Becker arrived late. "Sorry," he said.'
    (q,) = attribute_quotes(text, Config(resolve_names=False))
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.name) == ("he", "he")


def test_description_resolves_to_latest_titled_name() -> None:
    # Two presidents: "the president" refers to the one named last before it.
    text = "President Ana Pires met President Luis Mota. Later the president spoke."
    reg = EntityRegistry(text)
    assert reg.describe("president", text.index("the president")) == "Luis Mota"


def test_description_appositive_beats_older_title() -> None:
    text = "Mayor Ann Lee resigned. Tom Hale, the new mayor, took office. The mayor spoke."
    reg = EntityRegistry(text)
    assert reg.describe("mayor", text.index("The mayor")) == "Tom Hale"


def test_description_reaches_5000_characters_back_to_an_appositive_that_ends_before_it() -> None:
    head = "Tom Hale, the new mayor, took office. "
    for gap, found in ((4_900, "Tom Hale"), (5_100, None)):
        text = head + "x " * ((gap - len(head)) // 2) + "The mayor spoke."
        position = text.index("The mayor")
        assert EntityRegistry(text).describe("mayor", position) == found
    text = "Tom Hale, the new mayor, spoke."
    # The appositive must end before the description: here it holds it.
    assert EntityRegistry(text).describe("mayor", text.index("the new mayor")) is None


@given(st.lists(st.sampled_from(["Ann Lee", "TOM", "A-A", "AAA", "the", "new", "mayor", "Mr.", ",", ", the", ".", " ", "x"]), max_size=40), st.floats(0, 1))
def test_description_is_the_latest_appositive_match_before_it(words: list[str], share: float) -> None:
    """Within reach, the appositive found is the one a search of the text before the description finds last."""
    text = " ".join(words)
    position = int(share * len(text))
    reg = EntityRegistry(text)
    expected = None
    names = Grammar.of(_EN).names
    for m in reg._patterns.appositive.finditer(text, 0, position):
        if m.group("role").split()[-1].lower() == "mayor":
            name_words = m.group("name").split()
            _, kept, _, _ = names.read_name(name_words, [w.lower() for w in name_words])
            expected = " ".join(kept) or expected
    if expected is not None and " " not in expected:
        expected = reg.full_name_for(expected, position) or expected
    assert reg.describe("mayor", position) == expected


_PLAIN_APPOSITIVE = regex.compile(
    r"(?P<name>" + NAME_WORD + r"(?:[ \t]+" + NAME_WORD + r"){0,3}),[ \t]+(?:the)[ \t]+"
    r"(?P<role>(?:[\p{Ll}\-]+[ \t]+){0,3}[\p{Ll}\-]+)[,.]"
)


@given(st.lists(st.sampled_from(["A", "b", "é", "\u0301", "'", "’", "-", " ", "\t", ",", ".", "the", ", the ", "Mc", "x", "1"]), max_size=30))
def test_the_appositive_pattern_finds_what_its_plain_form_finds(pieces: list[str]) -> None:
    # The engine's pattern starts only at a word's first capital and never
    # backtracks into a part (linear); the plain form, quadratic on a run of
    # capitals, finds the same matches.
    text = "".join(pieces)
    fast = EntityRegistry(text)._patterns.appositive
    assert [m.groupdict() | {"at": m.span()} for m in fast.finditer(text)] == [
        m.groupdict() | {"at": m.span()} for m in _PLAIN_APPOSITIVE.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    ["A-" * 14 + "Lee, the mayor, spoke.", "xA-" * 14 + "Bo, the mayor.", "Ann " + "B-" * 30 + "C, the new chief of staff,"],
)
def test_the_appositive_pattern_reads_long_hyphen_chains_as_its_plain_form(text: str) -> None:
    # A word has at most NAME_WORD_HYPHENS hyphenated parts: past that, both
    # forms start the name at a later part.
    fast = EntityRegistry(text)._patterns.appositive
    assert [m.span("name") for m in fast.finditer(text)] == [m.span("name") for m in _PLAIN_APPOSITIVE.finditer(text)]
    assert fast.search(text) is not None


def test_description_without_antecedent_is_none() -> None:
    text = "The mayor spoke about the budget."
    assert EntityRegistry(text).describe("mayor", 4) is None


def test_a_full_name_resolves_without_indexing_the_document() -> None:
    text = "Ana Pires spoke. Later Pires said no."
    news = NewsNames(text, _EN)
    full = Mention(0, 9, "name", "Ana Pires", "", "")
    assert _resolved(news, full) == "Ana Pires"
    assert not news.registry._indexed  # nothing needed the capitalised-run pass yet
    surname = Mention(23, 28, "name", "Pires", "", "")
    assert _resolved(news, surname) == "Ana Pires"
    assert news.registry._indexed


@given(
    st.lists(st.tuples(st.integers(0, 40), st.sampled_from(["Ann", "Bo", "Cy", "Di", "Ed"]), st.booleans()), max_size=40),
    st.integers(0, 1000),
    st.integers(0, 300),
    st.sets(st.sampled_from(["Ann", "Bo", "Cy", "Di", "Ed"]), max_size=5),
    st.integers(1, 4),
)
def test_antecedent_tables_find_what_a_walk_back_finds(
    steps: list[tuple[int, str, bool]], position: int, reach: int, exclude: set[str], excluded: int
) -> None:
    """The latest fitting name before a position, within reach and not excluded, as a walk back finds it."""
    starts = list(itertools.accumulate(gap for gap, _, _ in steps))
    names = [name for _, name, _ in steps]
    fits = [fit for _, _, fit in steps]
    expected = None
    for k in range(len(starts) - 1, -1, -1):
        if starts[k] >= position:
            continue
        if starts[k] < position - reach:
            break
        if fits[k] and names[k] not in exclude:
            expected = names[k]
            break
    assert Antecedents(starts, names, fits, excluded).find(position, reach, exclude) == expected


def test_a_name_opening_a_clause_gives_way_to_the_subject_pronoun_before_it() -> None:
    # "she" of the main clause is Orla; Wren only opens the "when" clause after it.
    text = "Orla Fenwick sat by the stove. She rose when Wren Kowal came in. Later she spoke."
    starts = [text.index("Orla"), text.index("Wren")]
    names = ["Orla Fenwick", "Wren Kowal"]
    subjects = SubjectTest(text, Lexicon.english())
    position = text.index("Later")
    assert Antecedents(starts, names, [True, True], subjects=subjects, gender="f").find(position, 500) == "Orla Fenwick"
    # Not for the person last named (no pronoun is read), nor without a pronoun before the clause.
    assert Antecedents(starts, names, [True, True], subjects=subjects, gender=ANY_PERSON).find(position, 500) == "Wren Kowal"
    plain = "Orla Fenwick sat by the stove. The fire died when Wren Kowal came in. Later she spoke."
    starts = [plain.index("Orla"), plain.index("Wren")]
    subjects = SubjectTest(plain, Lexicon.english())
    assert Antecedents(starts, names, [True, True], subjects=subjects, gender="f").find(plain.index("Later"), 500) == "Wren Kowal"


def test_a_name_joined_by_and_to_an_object_gives_way_like_the_object() -> None:
    # Wren Kowal is an object as much as Tobias Hale: "she" means the subject, Orla.
    text = "Orla Fenwick stood between Tobias Hale and Wren Kowal. Later she spoke."
    starts = [text.index("Orla"), text.index("Tobias"), text.index("Wren")]
    names = ["Orla Fenwick", "Tobias Hale", "Wren Kowal"]
    subjects = SubjectTest(text, Lexicon.english())
    assert subjects.joined_to_object(text.index("Wren"), text.index("Tobias"))
    assert not subjects.joined_to_object(text.index("Tobias"), text.index("Orla"))
    position = text.index("Later")
    assert Antecedents(starts, names, [True, False, True], subjects=subjects, gender="f").find(position, 500) == "Orla Fenwick"
    # Not for the person last named (no pronoun is read), nor for two subjects joined by "and".
    assert Antecedents(starts, names, [True, False, True], subjects=subjects, gender=ANY_PERSON).find(position, 500) == "Wren Kowal"
    plain = "Orla Fenwick waited. Tobias Hale and Wren Kowal came in. Later she spoke."
    starts = [plain.index("Orla"), plain.index("Tobias"), plain.index("Wren")]
    subjects = SubjectTest(plain, Lexicon.english())
    assert not subjects.joined_to_object(plain.index("Wren"), plain.index("Tobias"))
    assert Antecedents(starts, names, [True, False, True], subjects=subjects, gender="f").find(plain.index("Later"), 500) == "Wren Kowal"
