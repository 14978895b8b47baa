"""Offset-keeping tokens (``quoteattr.text.tokens``)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from quoteattr.text.tokens import tokenize


def _words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_punctuation_and_quote_marks_are_own_tokens() -> None:
    assert _words('"Hi," he said.') == ['"', "Hi", ",", '"', "he", "said", "."]


def test_abbreviations_and_initials_keep_their_period() -> None:
    assert _words("Gov. Paul J. Hale met Mr. Ruiz.") == ["Gov.", "Paul", "J.", "Hale", "met", "Mr.", "Ruiz", "."]


def test_dotted_abbreviation_is_one_token() -> None:
    assert _words("the U.S. Army") == ["the", "U.S.", "Army"]


def test_sentence_final_period_is_separate() -> None:
    assert _words("She left.") == ["She", "left", "."]


def test_lowercase_single_letter_does_not_take_the_period() -> None:
    assert _words("plan a.") == ["plan", "a", "."]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # An initial stands before a capitalised word ...
        ("Ann K. Hale", ["Ann", "K.", "Hale"]),
        ("Ann K.\nHale", ["Ann", "K.", "Hale"]),
        # ... a capital letter that ends a sentence does not take its period.
        ('"Go," said I. "Now."', ['"', "Go", ",", '"', "said", "I", ".", '"', "Now", ".", '"']),
        ("We chose plan B. then left", ["We", "chose", "plan", "B", ".", "then", "left"]),
        ("We chose plan B.", ["We", "chose", "plan", "B", "."]),
    ],
)
def test_a_capital_letter_takes_its_period_only_before_a_capitalised_word(text: str, words: list[str]) -> None:
    assert _words(text) == words


@pytest.mark.parametrize("word", ["didn't", "didn\u2019t", "O'Brien", "al-Assad", "R-Texas", "well-known"])
def test_inner_apostrophes_and_hyphens_stay_inside_words(word: str) -> None:
    assert _words(f"{word} spoke") == [word, "spoke"]


def test_trailing_apostrophe_is_separate() -> None:
    assert _words("the students' votes") == ["the", "students", "'", "votes"]


def test_offsets_index_the_source_and_window_is_absolute() -> None:
    text = 'Before. "Yes," said Dr. Ana Ruiz-Lopez. After.'
    start, end = text.index('"'), text.index(" After")
    tokens = tokenize(text, start, end)
    assert tokens[0].start == start
    assert tokens[-1].end == end
    for tok in tokens:
        assert text[tok.start : tok.end] == tok.text
        assert start <= tok.start < tok.end <= end
    assert [t.text for t in tokens] == ['"', "Yes", ",", '"', "said", "Dr.", "Ana", "Ruiz-Lopez", "."]


def test_abbreviation_at_window_end_keeps_no_period_outside() -> None:
    text = "said Mr. Smith"
    # The window stops before the period, so the token cannot include it.
    assert [t.text for t in tokenize(text, 0, 7)] == ["said", "Mr"]


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_blank_text_has_no_tokens(text: str) -> None:
    assert tokenize(text) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("x", 1, 0), ("Mr. Lund", 2, 0), ("Mr. Lund", 3, 3), ("Kowal said", 9, 4), ("Mr. Lund", 12, 20), ("Lund\u00e9", 5, 1)],
)
def test_an_empty_or_inverted_window_has_no_tokens(text: str, start: int, end: int) -> None:
    assert tokenize(text, start, end) == []


def test_a_window_past_either_end_of_the_text_is_cut_to_it() -> None:
    # A negative start once made the period search begin near the text's end,
    # so the titles inside the window lost their periods.
    text = "Dr. Orla Fenwick met Mr. Lund. " + "z" * 50
    end = text.index("Lund.") + len("Lund.")
    words = ["Dr.", "Orla", "Fenwick", "met", "Mr.", "Lund", "."]
    assert [t.text for t in tokenize(text, -4, end)] == words
    assert [t.text for t in tokenize("Mr. Lund.", -1, 40)] == ["Mr.", "Lund", "."]


def test_only_the_first_of_several_periods_joins_an_abbreviation() -> None:
    toks = tokenize("Mr.. U.S.. etc.. A.. B")
    # A capital letter is an initial only when a capitalised word follows its period.
    assert [t.text for t in toks] == ["Mr.", ".", "U.S.", ".", "etc.", ".", "A", ".", ".", "B"]
    assert [(t.start, t.end) for t in toks][:2] == [(0, 3), (3, 4)]


def test_a_period_after_a_space_stays_alone() -> None:
    assert [t.text for t in tokenize("Mr . Smith")] == ["Mr", ".", "Smith"]


_PLAIN_ALPHABET = "aZ9 .'’-,\n\t“”—…AbcXy"


@given(st.text(alphabet=_PLAIN_ALPHABET, max_size=60))
def test_plain_and_unicode_patterns_give_the_same_tokens(text: str) -> None:
    # "é" after a space sends the whole window through the Unicode pattern;
    # the words before it must come out the same as on the plain (ASCII) path.
    assert tokenize(text + " é")[:-1] == tokenize(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Jos\u00e9 Ruiz said.", ["Jos\u00e9", "Ruiz", "said", "."]),
        ("Na\u0308ive Mr. Roe", ["Na\u0308ive", "Mr.", "Roe"]),
        # U+001C is a separator to str.split but not to the Unicode pattern: it stays a token.
        ("A\x1cB said", ["A", "\x1c", "B", "said"]),
    ],
)
def test_windows_outside_ascii_use_the_unicode_pattern(text: str, words: list[str]) -> None:
    tokens = tokenize(text)
    assert [t.text for t in tokens] == words
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_the_plain_window_test_reads_every_code_point_as_the_regex_engine_would() -> None:
    # The test is searched with the standard library engine; the Unicode
    # token pattern is a ``regex`` one.  Built with ``regex``, the class must
    # take exactly the same characters, or a window would get the wrong pattern.
    from quoteattr.text.tokens import _NOT_PLAIN_RE

    same = regex.compile(_NOT_PLAIN_RE.pattern)
    text = "".join(map(chr, range(0x110000)))
    assert [m.start() for m in _NOT_PLAIN_RE.finditer(text)] == [m.start() for m in same.finditer(text)]


def _reference_tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """One match at a time, each word before a period judged as it is read."""
    from quoteattr.lang import Lexicon
    from quoteattr.text.tokens import _TOKEN_RE

    abbreviations = Lexicon.english().abbreviations
    out: list[tuple[int, int, str]] = []
    skip = -1
    for m in _TOKEN_RE.finditer(text, start, end):
        s, e, word = m.start(), m.end(), m.group()
        if s == skip:
            continue
        if e < end and text[e] == "." and word[-1] != ".":
            nxt = regex.match(r"\s*(\S)", text[e + 1 :])
            initial = len(word) == 1 and word.isupper() and nxt is not None and nxt.group(1).isupper()
            if word.lower() in abbreviations or initial:
                e, word, skip = e + 1, word + ".", e
        out.append((s, e, word))
    return out


@given(st.text(alphabet="aZ9 .,'-\nMrJUS\t\u00a0\u00e9\u2019", max_size=50), st.integers(0, 50), st.integers(0, 50))
# An initial at the window's start, a title just inside it, a window ending at
# a word's period, and the Unicode pattern's windows (NBSP, accented letter).
@example("J. Kowal left.", 0, 13)
@example("x Dr. Lund", 2, 10)
@example("met Dr. Lund", 0, 6)
@example("Ren\u00e9 K. Lund and Mr. Hale", 0, 27)
@example("Ms.\u00a0Tove", 0, 8)
# Chains at and past the parts one token joins (20): dotted letters and joined words.
@example("A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U.V. x", 0, 46)
@example("a-b'c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w", 0, 45)
@example("A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T. x", 0, 42)
@example("a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t.", 0, 40)
def test_any_window_gives_the_tokens_of_a_word_by_word_reading(text: str, a: int, b: int) -> None:
    # The words are found in one pass and the periods joined after it; a window
    # cut anywhere, ending in space or not, gives what reading each match in turn gives.
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    assert [tuple(t) for t in tokenize(text, start, end)] == _reference_tokens(text, start, end)
