"""Stage 2: quoted spans (``quoteattr.quotes.find_quotes``)."""

from __future__ import annotations

import pytest

from quoteattr.quotes import QuoteSpan, find_quotes


def _texts(text: str, single_quotes: str = "auto") -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text, single_quotes=single_quotes)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Yes," he said.', ["Yes,"]),
        ("\u201cYes,\u201d he said.", ["Yes,"]),
        ("\u00abYes,\u00bb he said.", ["Yes,"]),
        ("\u201eYes,\u201c he said.", ["Yes,"]),
        ("\u201eTak,\u201d he said.", ["Tak,"]),
        ("``Yes,'' he said.", ["Yes,"]),
        ("''Yes,'' he said.", ["Yes,"]),
        ("\u2018Yes,\u2019 he said.", ["Yes,"]),
        ("'Yes,' he said.", ["Yes,"]),
        ('"One." Then "two."', ["One.", "two."]),
    ],
)
def test_quote_styles(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_span_fields() -> None:
    text = "He said: \u201c padded words \u201d  and left."
    (q,) = find_quotes(text)
    assert q.open_at == text.index("\u201c")
    assert q.close_at == text.index("\u201d") + 1
    assert text[q.start : q.end] == "padded words"
    assert (q.paragraph, q.unclosed, q.continues) == (0, False, False)


@pytest.mark.parametrize(
    "text",
    [
        "Don't worry, it's fine.",
        "He loved rock 'n' roll in the '90s.",
        "The students' votes were counted.",
        "The player is 5'10\" tall.",
        "She bought a 12\" pizza.",
        "\u2019Tis the season, isn\u2019t it?",
        'He typed "" and left.',
        "No marks at all.",
    ],
)
def test_no_quotes(text: str) -> None:
    assert find_quotes(text) == []


def test_straight_mark_before_a_space_does_not_open() -> None:
    # Closing-shaped: a '"' with a space after it cannot open a quote.
    assert _texts('He wrote 5 " and then " more') == []


def test_apostrophes_inside_double_quotes() -> None:
    assert _texts('"Rock \'n\' roll isn\'t dead in the \'90s," he said.') == [
        "Rock 'n' roll isn't dead in the '90s,"
    ]


def test_feet_and_inches_inside_a_quote() -> None:
    assert _texts('"He is 5\'10" and fast," she said.') == ["He is 5'10\" and fast,"]


def test_nested_quotes_stay_inside_outer() -> None:
    assert _texts("\"He said 'no' twice,\" she said.") == ["He said 'no' twice,"]
    assert _texts("\u201cHe said \u2018no\u2019 twice,\u201d she said.") == ["He said \u2018no\u2019 twice,"]


def test_single_quote_mode() -> None:
    text = "'Yes,' he said."
    assert _texts(text, single_quotes="never") == []
    assert _texts(text, single_quotes="always") == ["Yes,"]
    # With double quotes present, "auto" reads single marks as nested/apostrophes,
    # unless paragraphs opening with a single mark outnumber the double quotes
    # outside them (rule Q7); a single-style text keeps its double-quoted spans.
    assert _texts("Then: 'Yes,' he said. \"No,\" she said.") == ["No,"]
    assert _texts("'Yes,' he said. \"No,\" she said.") == ["Yes,", "No,"]
    assert _texts("'Yes,' he said. \"No,\" she said.", single_quotes="always") == ["Yes,"]
    assert _texts("'Yes,' he said. \"No,\" she said.", single_quotes="never") == ["No,"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A phrase quoted mid-sentence closes before the lowercase word after it.
        ("He was 'very upset' by the vote.", ["very upset"]),
        ("Critics called the plan 'a folly' and walked out.", ["a folly"]),
        ("She said the dockers' union was 'not pleased' with it.", ["not pleased"]),
        # An apostrophe after a plural, a dropped g or an elision keeps the quote open.
        ("'The farmers' wells are dry,' he said.", ["The farmers' wells are dry,"]),
        ("'I'm goin' home now,' he said.", ["I'm goin' home now,"]),
        ("'A cup o' tea, please,' she said.", ["A cup o' tea, please,"]),
        ("'Rock 'n' roll is here,' she said.", ["Rock 'n' roll is here,"]),
    ],
)
def test_single_mark_after_a_word(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = 'He said "we will see.\n\nThe next day "it" rained.'
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["we will see.", "it"]
    first = quotes[0]
    assert first.unclosed
    assert first.close_at == first.end == text.index("\n\n")
    assert quotes[1].paragraph == 1
    assert not quotes[1].continues


def test_speech_over_several_paragraphs() -> None:
    text = '"First part.\n\n"Second part.\n\n"Third part," she said.'
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["First part.", "Second part.", "Third part,"]
    assert [(q.unclosed, q.continues) for q in quotes] == [(True, False), (True, True), (False, True)]


def test_quote_not_at_paragraph_start_does_not_continue() -> None:
    text = '"First part.\n\nThen "another," she said.'
    quotes = find_quotes(text)
    assert [q.continues for q in quotes] == [False, False]


def test_stray_closer_never_opens_across_paragraphs() -> None:
    text = 'He said "the plan\n\nis good." Nobody agreed.'
    assert _texts(text) == ["the plan"]


def test_misused_curly_marks() -> None:
    # A left mark used as a closer, and a right mark used as an opener.
    assert _texts("\u201cHello,\u201c he said.") == ["Hello,"]
    assert _texts("He said \u201dyes\u201d loudly.") == ["yes"]


def test_stray_opener_is_dropped_for_the_later_one() -> None:
    assert _texts("A stray \u201c mark, then \u201creal words\u201d here.") == ["real words"]


def test_paragraphs_may_be_passed_in() -> None:
    text = '"A" and "B"'
    assert find_quotes(text, [(0, len(text))]) == find_quotes(text)


def test_result_type_and_order() -> None:
    text = '"a" "b"\n\n"c"'
    quotes = find_quotes(text)
    assert all(isinstance(q, QuoteSpan) for q in quotes)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    assert [q.paragraph for q in quotes] == [0, 0, 1]
