"""The English lexicon's data files (``quoteattr/lang/en``) and what they hold."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import attrs
import pytest

from quoteattr import Config, Lexicon
from quoteattr.attribute import attribute_quotes
from quoteattr.grammar import Grammar
from quoteattr.lang.en import regular_forms
from quoteattr.resolve.news import EntityRegistry

_EN = Lexicon.english()
ABBREVIATIONS = _EN.abbreviations
CUE_VERBS = _EN.cue_verbs
CUE_LEMMAS = frozenset(v.lemma for v in CUE_VERBS.values())
CUE_NOUNS = _EN.cue_nouns
CUE_PHRASES = _EN.cue_phrases
FICTION_TITLES = _EN.fiction_titles
FUNCTION_WORDS = _EN.function_words
GENDER_NOUNS = _EN.gender_nouns
HONORIFICS = _EN.honorifics
IRREGULAR_PASTS = _EN.irregular_pasts
NAME_PARTICLES = _EN.name_particles
PRONOUNS = _EN.pronouns
ROLES = _EN.roles
SAYING_VERBS = _EN.saying_verbs
TITLE_GENDERS = _EN.title_genders
TITLES = _EN.titles
_NAMES = Grammar.of(_EN).names
title_gender = _NAMES.title_gender


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("state", ("state", "states", "stated", "stating")),
        ("add", ("add", "adds", "added", "adding")),
        ("reply", ("reply", "replies", "replied", "replying")),
        ("say", ("say", "says", "sayed", "saying")),  # regular rules only: irregulars are listed
        ("push", ("push", "pushes", "pushed", "pushing")),
        ("tie", ("tie", "ties", "tied", "tying")),
        ("agree", ("agree", "agrees", "agreed", "agreeing")),
        ("fax", ("fax", "faxes", "faxed", "faxing")),
    ],
)
def test_regular_forms(lemma: str, forms: tuple[str, ...]) -> None:
    assert regular_forms(lemma) == forms


def _lines(name: str) -> list[str]:
    text = resources.files("quoteattr.lang.en").joinpath(name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def test_speech_verbs_file_is_well_formed() -> None:
    lemmas = []
    for line in _lines("cue_verbs.tsv"):
        cols = line.split("\t")
        assert 2 <= len(cols) <= 3, line
        assert cols[1] in ("speech", "transitive", "manner"), line
        lemmas.append(cols[0])
    assert len(lemmas) == len(set(lemmas)), "a lemma is listed twice"
    assert set(lemmas) == CUE_LEMMAS
    assert len(CUE_LEMMAS) >= 150


def test_every_lemma_is_its_own_form() -> None:
    for lemma in CUE_LEMMAS:
        assert lemma in CUE_VERBS


def test_forms_are_lowercase() -> None:
    assert all(form == form.lower() for form in CUE_VERBS)


def test_cue_phrases_name_their_class_only_when_no_verb_gives_it() -> None:
    assert CUE_PHRASES["according to"] == "according"
    assert CUE_PHRASES["in the words of"] == "according"
    assert CUE_PHRASES["told reporters"] == ""  # "told" gives the class


def test_abbreviations() -> None:
    assert set(ABBREVIATIONS.values()) <= {"title", "other"}
    for abbr in ("mr", "dr", "gov", "sen"):
        assert ABBREVIATIONS[abbr] == "title"
    for abbr in ("jan", "u.s", "e.g"):
        assert ABBREVIATIONS[abbr] == "other"
    assert all(not a.endswith(".") and a == a.lower() for a in ABBREVIATIONS)


def test_titles_and_honorifics() -> None:
    assert {"president", "mayor", "gov.", "mr."} <= TITLES
    assert HONORIFICS <= TITLES, "an honorific that is not a title is never recognised"
    assert "president" in _NAMES.title_words and "prime" in _NAMES.title_words


def test_pronouns() -> None:
    assert PRONOUNS["he"].gender == "m"
    assert PRONOUNS["she"].gender == "f"
    assert PRONOUNS["they"].person == 3
    assert PRONOUNS["i"].person == 1


def test_roles_and_function_words() -> None:
    assert set(ROLES.values()) <= {"person", "group"}
    assert ROLES["officials"] == "group"
    assert ROLES["spokeswoman"] == "person"
    assert ROLES["lobbyists"] == "group" and ROLES["delegate"] == "person"
    assert {"the", "and", "of"} <= FUNCTION_WORDS


def test_lookups_are_hashed_collections() -> None:
    # The hot path relies on O(1) membership tests, never on scanning a list.
    for table in (CUE_VERBS, ABBREVIATIONS, PRONOUNS, ROLES, TITLE_GENDERS, GENDER_NOUNS):
        assert isinstance(table, dict)
    for words in (CUE_LEMMAS, TITLES, HONORIFICS, FUNCTION_WORDS, FICTION_TITLES, IRREGULAR_PASTS):
        assert isinstance(words, frozenset)


@pytest.mark.parametrize("name", ["title_genders.tsv", "gender_nouns.tsv"])
def test_gender_files_are_well_formed(name: str) -> None:
    words = []
    for line in _lines(name):
        cols = line.split("\t")
        assert len(cols) == 2 and cols[1] in ("m", "f"), line
        assert cols[0] == cols[0].lower(), line
        words.append(cols[0])
    assert len(words) == len(set(words)), f"a word is listed twice in {name}"


def test_title_genders_serve_news_and_fiction() -> None:
    assert TITLE_GENDERS["mrs."] == "f" and TITLE_GENDERS["sir"] == "m"
    assert "senator" not in TITLE_GENDERS, "a title that says nothing of gender has none"
    # Every fiction form of address with a gender, and every gendered honorific, is in the one table.
    assert {"aunt", "uncle", "mademoiselle", "lady"} <= TITLE_GENDERS.keys()
    assert title_gender("Señora") == "f" and title_gender("Monsieur") == "m"
    # A news title now has the gender the fiction list gave it, and it votes for the name.
    assert EntityRegistry("Señor Juan Ortiz arrived.", _EN).gender_of("Juan Ortiz") == "m"


def test_fiction_titles() -> None:
    assert {"aunt", "captain", "mr.", "miss"} <= FICTION_TITLES
    assert all(t == t.lower() for t in FICTION_TITLES)


def test_gender_nouns() -> None:
    assert GENDER_NOUNS["girl"] == "f" and GENDER_NOUNS["father"] == "m"


def test_irregular_pasts_end_a_subject() -> None:
    assert {"drew", "spoke", "became"} <= IRREGULAR_PASTS
    # "drew" ends no -ed: only the list tells the subject stops before it.
    quotes = attribute_quotes('The old mayor drew cheers: "We won."')
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["The old mayor"]


def test_name_particles_are_one_list() -> None:
    assert {"van", "von", "bin", "da", "della", "el"} <= NAME_PARTICLES
    assert all(p == p.lower() for p in NAME_PARTICLES)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "della" and "el" were missing from the news run pattern, which cut these names in two.
        ('Maria della Costa spoke on Monday. "No," Costa said.', "Maria della Costa"),
        ('Karim el Hadi spoke on Monday. "No," Hadi said.', "Karim el Hadi"),
        ('Pieter van Dam spoke on Monday. "No," Dam said.', "Pieter van Dam"),
    ],
)
def test_news_names_run_over_every_particle(text: str, speaker: str) -> None:
    assert [q.speaker.name if q.speaker else None for q in attribute_quotes(text)] == [speaker]


def test_saying_verbs_are_cue_lemmas() -> None:
    assert {"say", "tell", "add"} <= SAYING_VERBS
    assert SAYING_VERBS <= CUE_LEMMAS, "a verb of saying that is no cue is never read"
    assert "indicate" not in SAYING_VERBS


def test_saying_verbs_win_among_several_cues() -> None:
    # "indicate" comes first but only reports; "said" is a verb of saying.
    quotes = attribute_quotes('The documents indicate, Roe said, that "the plan failed."')
    assert [
        (q.speaker.name if q.speaker else None, q.cue.text if q.cue else None) for q in quotes
    ] == [("Roe", "said")]


def test_cue_nouns() -> None:
    assert {"claims", "reports"} <= CUE_NOUNS
    assert all(w == w.lower() for w in CUE_NOUNS)


# -- the Lexicon object: frozen, carried by Config, extendable at run time ------------------


def _speakers(text: str, lexicon: Lexicon | None = None) -> list[str | None]:
    config = Config(lexicon=lexicon) if lexicon is not None else Config()
    return [q.speaker.name if q.speaker else None for q in attribute_quotes(text, config)]


def test_an_added_cue_verb_binds_a_quote() -> None:
    # A present tense: a past-tense tag binds by its shape alone (TAG_ANY_VERB).
    text = '"We will not move," harrumphs Jane Roe.'
    assert _speakers(text) == [None]
    lexicon = _EN.extend(cue_verbs={"harrumph": "manner"})
    assert _speakers(text, lexicon) == ["Jane Roe"]
    assert _speakers('"We will not move," harrumphed Jane Roe.', lexicon) == ["Jane Roe"]
    # Every regular form comes with the lemma.
    assert {"harrumph", "harrumphs", "harrumphed", "harrumphing"} <= lexicon.cue_verbs.keys()
    assert _speakers('Jane Roe harrumphs: "No."', lexicon) == ["Jane Roe"]


def test_an_added_title_leaves_the_name() -> None:
    text = '"We pray," said Archdeacon Jane Roe.'
    assert _speakers(text) == ["Archdeacon Jane Roe"]
    assert _speakers(text, _EN.extend(titles=["Archdeacon"])) == ["Jane Roe"]


def test_an_added_group_noun_speaks() -> None:
    text = '"The well is dry," villagers told the council.'
    assert _speakers(text) == [None]
    lexicon = _EN.extend(roles={"villagers": "group"})
    (q,) = attribute_quotes(text, Config(lexicon=lexicon))
    assert q.speaker is not None and (q.speaker.text, q.speaker.kind) == ("villagers", "group")


def test_extend_leaves_the_original_and_the_package_unchanged() -> None:
    extended = _EN.extend(cue_verbs=["harrumph"], titles=["Archdeacon"])
    assert "harrumphed" not in Lexicon.english().cue_verbs
    assert "archdeacon" not in Lexicon.english().titles
    assert extended != Lexicon.english()
    assert extended.cue_verbs["harrumphed"].verb_class == "speech"  # lemmas alone are speech verbs


def test_extend_with_irregular_forms_and_a_replaced_entry() -> None:
    lexicon = _EN.extend(cue_verbs={"smite": ("speech", "smites smote smiting")}, roles={"officials": "person"})
    assert lexicon.cue_verbs["smote"].lemma == "smite"
    assert "smited" not in lexicon.cue_verbs
    assert lexicon.roles["officials"] == "person"  # an added entry replaces the old one


@pytest.mark.parametrize(
    ("additions", "error"),
    [
        ({"cue_verb": ["harrumph"]}, TypeError),  # no such list
        ({"titles": "Archdeacon"}, TypeError),  # one string, not a list of words
        ({"roles": {"villagers": "crowd"}}, ValueError),  # a role is person or group
        ({"cue_verbs": {"harrumph": "loud"}}, ValueError),  # not a verb class
        ({"cue_verbs": [5]}, TypeError),  # an entry is a str
        ({"cue_verbs": None}, TypeError),  # not a list at all
        ({"roles": {7: "group"}}, TypeError),  # a key is a str
        ({"titles": [""]}, ValueError),  # an empty entry would match nothing or everything
        ({"titles": ["  "]}, ValueError),
    ],
)
def test_extend_rejects_bad_additions(additions: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        _EN.extend(**additions)  # type: ignore[arg-type]
    # The message names the list, so the caller sees which keyword was wrong.
    assert next(iter(additions)) in str(info.value)


def test_a_lexicon_is_frozen_hashable_and_pickles() -> None:
    import pickle

    lexicon = _EN.extend(titles=["Archdeacon"])
    with pytest.raises(TypeError):
        lexicon.roles["x"] = "group"
    with pytest.raises(AttributeError):
        lexicon.titles = frozenset()  # type: ignore[misc]
    copy = pickle.loads(pickle.dumps(lexicon))
    assert copy == lexicon and hash(copy) == hash(lexicon)
    config = Config(lexicon=lexicon)
    assert pickle.loads(pickle.dumps(config)) == config
    assert hash(config) == hash(Config(lexicon=_EN.extend(titles=["Archdeacon"])))
    assert repr(Config()).endswith("lexicon=Lexicon.english())")


def test_an_extended_lexicon_reaches_worker_processes() -> None:
    from quoteattr import attribute_many

    lexicon = _EN.extend(cue_verbs={"harrumph": "manner"})
    texts = ['"No," harrumphed Jane Roe.', '"Yes," harrumphed Tom Hill.']
    results = list(attribute_many(texts, workers=2, config=Config(lexicon=lexicon)))
    assert [[q.speaker.name if q.speaker else None for q in quotes] for quotes in results] == [["Jane Roe"], ["Tom Hill"]]


#: The English folder on disk (the package is installed from a checkout, not a zip).
_EN_FOLDER = Path(str(resources.files("quoteattr.lang.en")))


def test_from_directory_reads_a_copied_and_edited_folder(tmp_path: Path) -> None:
    folder = tmp_path / "en"
    shutil.copytree(_EN_FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    with (folder / "cue_verbs.tsv").open("a", encoding="utf-8") as handle:
        handle.write("harrumph\tmanner\n")
    lexicon = Lexicon.from_directory(folder)
    assert lexicon.cue_verbs["harrumphed"].lemma == "harrumph"
    assert lexicon == _EN.extend(cue_verbs={"harrumph": "manner"})


def test_from_directory_names_missing_files_and_bad_lines(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="titles.txt"):
        Lexicon.from_directory(tmp_path)
    folder = tmp_path / "en"
    shutil.copytree(_EN_FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (folder / "roles.tsv").write_text("villagers\tcrowd\n", encoding="utf-8")
    with pytest.raises(ValueError, match="roles.tsv"):
        Lexicon.from_directory(folder)


def test_every_data_file_is_a_lexicon_field() -> None:
    files = {p.name for p in resources.files("quoteattr.lang.en").iterdir() if p.name.endswith((".txt", ".tsv"))}
    fields = {f"{name}{'.tsv' if isinstance(getattr(_EN, name), dict) else '.txt'}" for name in attrs.fields_dict(Lexicon)}
    assert files == fields
