"""The document scan of reported speech: the cue words it finds on lowercased chunks
are exactly those the exact (case-class) pattern finds on the text itself."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.lang import Lexicon
from quoteattr.rules.reported import scan
from quoteattr.rules.reported.patterns import ReportPatterns, patterns
from quoteattr.rules.reported.records import Quoted, Sentence, in_markup
from quoteattr.rules.reported.words import ReportWords

WORDS = ReportWords.of(Lexicon.english())


def exact_hits(text: str) -> list[int]:
    """The offsets the exact pattern finds, over the whole text at once."""
    return [m.start() for m in ReportPatterns.of(Lexicon.english()).cue.finditer(text)]


def test_lowercasing_keeps_word_characters() -> None:
    # The chunked scan relies on it: a character that lowercases to one
    # character is a word character (for the cue's edges) exactly when its
    # lowercase is.
    edge = re.compile(r"[\w'’\-]")
    changed = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if len(low := chr(code).lower()) == 1 and bool(edge.match(chr(code))) != bool(edge.match(low))
    ]
    assert changed == []


def test_only_the_kelvin_sign_lowercases_to_ascii_in_one_character() -> None:
    # The chunked scan checks its matches with the exact pattern only in a chunk
    # holding the Kelvin sign: any other character whose lowercase holds an ASCII
    # character changes the chunk's length (and the chunk is read exactly).
    into_ascii = [
        code
        for code in range(0x80, sys.maxunicode + 1)
        if any(ord(c) < 0x80 for c in chr(code).lower())
    ]
    assert [code for code in into_ascii if len(chr(code).lower()) == 1] == [ord(scan._KELVIN)]
    assert all(len(chr(code).lower()) > 1 for code in into_ascii if code != ord(scan._KELVIN))


def test_cases_and_edges() -> None:
    text = "SAID Said said. so-called sayings; Kelvin \u212aeep says: ACCORDING to, x-said SAYS"
    hits = scan._cue_hits(WORDS, text)
    assert hits == exact_hits(text)
    assert [text[h : h + 4] for h in hits] == ["SAID", "Said", "said", "says", "ACCO", "SAYS"]


def test_a_letter_that_lowercases_to_ascii_is_no_cue() -> None:
    # The Kelvin sign lowercases to "k": "ac\u212anowledged" is not a cue word, and the search goes on.
    text = "It was ac\u212anowledged, officials said, that the pier was safe."
    lowered_cue = patterns(WORDS).lowered_cue
    # The pattern's match opens with the character before the word.
    assert lowered_cue is not None and lowered_cue.match(text.lower(), text.index("ac") - 1)
    assert scan._cue_hits(WORDS, text) == exact_hits(text) == [text.index("said")]


@pytest.mark.parametrize("size", [7, 50, 64, 1000])
def test_chunks_cut_at_spaces(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    text = ("Roe said the pier was safe, and Lund added that it was not. " * 40) + "said" * 300 + " said"
    monkeypatch.setattr(scan, "_CHUNK", size)
    hits = scan._cue_hits(WORDS, text)
    assert hits == exact_hits(text)
    assert len(hits) == 81


def test_text_whose_length_lowercasing_changes() -> None:
    # "İ" lowercases to two characters: that chunk is read with the exact pattern.
    text = "İstanbul officials said the ferry would run. Roe CLAIMED it would not."
    assert scan._cue_hits(WORDS, text) == exact_hits(text) == [text.index("said"), text.index("CLAIMED")]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["said", "SAYS", "Told", "ac", "\u212anowledged", "\u212a", "İ", "ß", " ", "  ", "-", "'", "’", "x", "according", "\n", "."]),
        max_size=60,
    ),
    st.integers(min_value=1, max_value=40),
)
def test_same_hits_as_the_exact_pattern(parts: list[str], size: int) -> None:
    text = "".join(parts)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(scan, "_CHUNK", size)
        assert scan._cue_hits(WORDS, text) == exact_hits(text)


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("cost 6,000 pounds", 0, 17, True),
        ("cost 1,250,000 pounds", 0, 21, True),
        ("cost 6,00 pounds", 0, 16, False),  # two digits after the comma
        ("Roe, 300 people", 0, 15, False),  # a word before the comma
        ("one,234", 0, 7, False),
        ("6,000", 1, 5, False),  # the digit before the comma is outside the window
        ("6,000", 0, 4, False),  # the third digit is outside the window
        ("6,000", 0, 5, True),
    ],
)
def test_a_number_with_commas_is_found_inside_the_window_only(
    text: str, start: int, end: int, expected: bool
) -> None:
    assert scan._has_number_comma(text, start, end) is expected


_PREDICATE_PIECES = [",", " ", "\t", "\n", "and", "but", "or", "x", "Lund", "later", "closed"]


@given(st.lists(st.sampled_from(_PREDICATE_PIECES), max_size=24).map("".join), st.integers(0, 60))
def test_the_second_predicate_pattern_starts_where_its_plain_form_does(text: str, start: int) -> None:
    # The pattern opens with the comma or the space and tests the character
    # before the space after it; the plain form tests it first.  Both find the
    # same matches, from any offset (the test looks before it).
    predicate = ReportPatterns.of(Lexicon.english()).predicate
    body = predicate.pattern.split(")(?:", 1)[1]
    plain = re.compile(r"(?:,|(?<![\s,]))\s+(?:" + body)
    assert [(m.span(), m.groups()) for m in predicate.finditer(text, start)] == [
        (m.span(), m.groups()) for m in plain.finditer(text, start)
    ]


@given(st.text(alphabet="1,a ", max_size=20), st.integers(0, 20), st.integers(0, 20))
def test_the_number_test_agrees_with_one_pattern(text: str, start: int, end: int) -> None:
    # The test searches from the comma; it finds what "a digit, a comma, three
    # digits" finds in the same window.
    assert scan._has_number_comma(text, start, end) is (
        re.compile(r"\d,\d{3}").search(text, start, end) is not None
    )


def _sentence(text: str) -> Sentence:
    quoted = Quoted([])
    return Sentence(WORDS, text, 0, len(text), scan._narration_tokens(text, 0, len(text), quoted, WORDS.abbreviations), quoted)


_CLAUSES = "Roe said the pier was safe; Lund, however, left, while the mayor said, leading to a row, that it was not"


@pytest.mark.parametrize("first", [0, 10, 30, 60, 90])
def test_clause_boundaries_searched_from_a_content_start_are_those_of_the_whole_sentence(first: int) -> None:
    whole = scan._boundaries_from(_sentence(_CLAUSES), 0)
    assert len(whole) >= 2  # the sentence has boundaries to find: ";" and ", while"
    s = _sentence(_CLAUSES)
    # Searched from a later start first: the boundaries after it are the whole pass's.
    assert [b for b in scan._boundaries_from(s, first) if b > first] == [b for b in whole if b > first]
    # An earlier start asked next adds the stretch before, once.
    assert scan._boundaries_from(s, 0) == whole


def test_the_cue_sentence_keeps_the_periods_of_a_users_abbreviations() -> None:
    # An abbreviation added to the lexicon is one token in the cue's sentence
    # too: the postposed source is the whole titled name, not the title cut
    # at its period (the English lexicon has no "Cllr.").
    from quoteattr import Config, attribute_quotes
    from quoteattr.lang.lexicon import Lexicon

    text = "The road will stay shut, said Cllr. Ann Roe."
    english = Lexicon.english()
    extended = english.extend(abbreviations={"cllr": "title"})
    (plain,) = attribute_quotes(text, config=Config(indirect=True, lexicon=english))
    (report,) = attribute_quotes(text, config=Config(indirect=True, lexicon=extended))
    assert plain.speaker is not None and plain.speaker.name == "Cllr"
    assert report.kind == "indirect" and report.text == "The road will stay shut"
    assert report.speaker is not None and report.speaker.name == "Cllr. Ann Roe"


@pytest.mark.parametrize(
    "text",
    [
        "The meeting ran late. Cllr. Ann Roe said the road would stay shut.",
        "The meeting ran late. According to Cllr. Ann Roe, the road would stay shut.",
    ],
)
def test_the_cue_sentence_is_split_with_the_users_abbreviations(text: str) -> None:
    # A period after an abbreviation the user added ends no sentence in the
    # reported-speech pass either: the source keeps its title, and a report
    # whose cue sits before the abbreviation is still found.
    from quoteattr import Config, attribute_quotes
    from quoteattr.lang.lexicon import Lexicon

    extended = Lexicon.english().extend(abbreviations={"cllr": "title"})
    (report,) = attribute_quotes(text, config=Config(indirect=True, lexicon=extended))
    assert report.kind == "indirect" and report.text == "the road would stay shut"
    assert report.speaker is not None and report.speaker.name == "Cllr. Ann Roe"


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        ('Vell wrote: <tweet author="@vell" datetime="2016-01-02">Ferries resume.</tweet>', "tweet", True),
        ('Vell wrote: <tweet author="@vell">Ferries resume.</tweet> Then Roe said so.', "/tweet", True),
        ("Vell said the <b>ferry</b> would tweet the times.", "tweet", False),
        ("Roe wrote 3 <4 and said 5 > 2.", "said", False),
        ("If x<y and Roe said the pier would close > today, we sail.", "said", False),
    ],
)
def test_markup_tags_are_not_prose(text: str, word: str, inside: bool) -> None:
    # "tweet" in a <tweet ...> tag's name is no cue word; the prose around tags is read.
    pos = text.index(word) + (1 if word.startswith("/") else 0)
    assert in_markup(text, pos) is inside


def _aside_by_window(text: str, pos: int) -> bool:
    """The aside test without its first check: any aside match in the window around *pos* covers it."""
    assert WORDS._asides is not None
    reach = WORDS._aside_reach
    return any(m.start() <= pos < m.end() for m in WORDS._asides.finditer(text, max(0, pos - reach), pos + reach))


def _word_starts(text: str) -> list[int]:
    """Every offset a cue word may start at: no letter, digit, apostrophe or hyphen before it."""
    return [i for i, c in enumerate(text) if c.isalnum() and (i == 0 or not re.match(r"[\w'’\-]", text[i - 1]))]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["to say the least", "So To Speak", "to put it mildly", "say", "speak", "least", "to", "the",
             " ", ",", "-", "'", "x", "\u017f", "\u212a", "\n", "ly"]
        ),
        max_size=20,
    )
)
def test_the_aside_test_at_the_cue_word_agrees_with_the_window_search(parts: list[str]) -> None:
    # in_aside first matches the tails of the asides at the cue word itself, and
    # searches the window only when one matches: the same answer at every word start.
    text = "".join(parts)
    assert [p for p in _word_starts(text) if WORDS.in_aside(text, p)] == [
        p for p in _word_starts(text) if _aside_by_window(text, p)
    ]


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        ("The fares were steep, to say the least, for a short crossing.", "say", True),
        ("The pier was, so to speak, a ruin.", "speak", True),
        ("Vell said the ferry, to put it mildly, ran late.", "said", False),
        ("Vell would say the least of it.", "say", False),
    ],
)
def test_a_cue_word_inside_a_fixed_aside(text: str, word: str, inside: bool) -> None:
    assert WORDS.in_aside(text, text.index(word)) is inside
