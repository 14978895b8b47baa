"""Stage 3a: reporting cues (``quoteattr.cues``)."""

from __future__ import annotations

import pytest

from quoteattr.cues import Cues
from quoteattr.lang import ACCORDING, Lexicon
from quoteattr.text.tokens import tokenize

_CUES = Cues(Lexicon.english())
cue_at = _CUES.cue_at
is_cue_word = _CUES.is_cue_word
CUE_VERBS = Lexicon.english().cue_verbs
CUE_LEMMAS = frozenset(v.lemma for v in CUE_VERBS.values())


def test_lexicon_has_at_least_150_lemmas() -> None:
    assert len(CUE_LEMMAS) >= 150


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("say", "say"), ("says", "say"), ("said", "say"), ("saying", "say"),
        ("state", "state"), ("states", "state"), ("stated", "state"), ("stating", "state"),
        ("reply", "reply"), ("replies", "reply"), ("replied", "reply"), ("replying", "reply"),
        ("tweets", "tweet"), ("tweeted", "tweet"),
        ("wrote", "write"), ("written", "write"), ("writes", "write"),
        ("told", "tell"), ("tells", "tell"),
        ("added", "add"), ("insisted", "insist"), ("warned", "warn"), ("argued", "argue"),
        ("asked", "ask"), ("explained", "explain"), ("announced", "announce"),
    ],
)
def test_inflections_map_to_their_lemma(form: str, lemma: str) -> None:
    assert CUE_VERBS[form].lemma == lemma


def test_verbs_listed_with_only_some_forms_have_only_those() -> None:
    # "beamed" and "fumed" report speech; "beaming" faces and exhaust "fumes" do not.
    assert CUE_VERBS["beamed"].lemma == "beam" and CUE_VERBS["fumed"].lemma == "fume"
    assert "beaming" not in CUE_VERBS and "fumes" not in CUE_VERBS


def test_gerund_flag() -> None:
    assert CUE_VERBS["saying"].gerund
    assert not CUE_VERBS["said"].gerund


def test_verb_classes() -> None:
    assert CUE_VERBS["said"].verb_class == "speech"
    assert CUE_VERBS["told"].verb_class == "transitive"


@pytest.mark.parametrize("word", ["table", "the", "Smith", "quickly", "according"])
def test_non_cue_single_words(word: str) -> None:
    tokens = tokenize(word)
    match = cue_at(tokens, 0)
    assert match is None or match.last - match.first > 1


def test_is_cue_word_any_case() -> None:
    assert is_cue_word("said") and is_cue_word("SAID") and is_cue_word("Said")
    assert is_cue_word("according")  # it starts "according to"
    assert not is_cue_word("table")


def _cue(text: str, word_index: int) -> tuple[str, str] | None:
    tokens = tokenize(text)
    m = cue_at(tokens, word_index)
    if m is None:
        return None
    return text[tokens[m.first].start : tokens[m.last - 1].end], m.entry.verb_class


def test_single_verb_cue() -> None:
    assert _cue("Ana Ruiz said on Monday", 2) == ("said", "speech")


def test_longest_phrase_wins() -> None:
    assert _cue("she said in a statement that", 1) == ("said in a statement", "speech")
    assert _cue("he told reporters on Monday", 1) == ("told reporters", "transitive")


def test_according_to_is_its_own_class() -> None:
    assert _cue("according to officials", 0) == ("according to", ACCORDING)
    assert _cue("According to officials", 0) == ("According to", ACCORDING)


def test_according_without_to_is_no_cue() -> None:
    assert _cue("according officials", 0) is None


def test_cue_at_out_of_range() -> None:
    tokens = tokenize("he said")
    assert cue_at(tokens, 2) is None
    assert cue_at([], 0) is None


def test_phrase_cut_by_window_end_falls_back_to_the_verb() -> None:
    # Only "said in a" is in the window: the verb alone is the cue.
    assert _cue("said in a", 0) == ("said", "speech")


#: A cue form in -s and whether it is a noun here: after an article, a
#: possessive, a number or a superlative it is (the head of a noun phrase);
#: after its subject it is a verb.
NOUN_USES = [
    ("one of the hardest challenges for the port", 4, True),
    ("the 2014 attacks on the pier", 2, True),
    ("his comments during the debate", 1, True),
    ("the claims against him", 1, True),
    ("the mayor claims the pier is safe", 2, False),
    ("she states the obvious", 1, False),
    ("Okafor challenges the plan", 1, False),
    # A capitalised word in -est is a name, no superlative.
    ("Ernest claims the pier is safe", 1, False),
    ("Then Forrest notes the damage", 2, False),
]


@pytest.mark.parametrize(("text", "k", "noun"), NOUN_USES, ids=[t for t, _, _ in NOUN_USES])
def test_noun_use_of_an_s_form(text: str, k: int, noun: bool) -> None:
    tokens = tokenize(text)
    cue = cue_at(tokens, k)
    assert cue is not None
    assert _CUES.is_noun_use(tokens, cue) is noun


def test_a_plural_cue_form_is_no_cue_for_a_partial_quote() -> None:
    # "challenges" is a noun: the quote's sentence has no cue, its subject speaks.
    from quoteattr import attribute_quotes

    (q,) = attribute_quotes('She predicted that one of the hardest challenges for him would be "the budget."')
    assert q.speaker is not None and q.speaker.text == "She"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # A request about the speaker in a relative clause is no cue of the quote:
        # the main clause's verb is.
        ('"We lost," one analyst, who asked not to be named, said.', "one analyst", "said"),
        ('"The pier is shut," a clerk, who asked not to be identified, told reporters.', "a clerk", "told reporters"),
        # "asked to" + a listener stays a cue.
        ('"Will you come?" she asked to no one in particular.', "she", "asked"),
    ],
)
def test_a_request_about_the_speaker_is_no_cue(text: str, speaker: str, cue: str) -> None:
    from quoteattr import attribute_quotes

    (quote,) = attribute_quotes(text)
    assert quote.speaker is not None and quote.cue is not None
    assert (quote.speaker.text, quote.cue.text) == (speaker, cue)
