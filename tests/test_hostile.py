"""Hostile input: attribute_quotes never raises and every offset indexes the input exactly."""

from __future__ import annotations

import json
import time

import pytest

from quoteattr import Config, Quote, attribute_quotes


def check(text: str) -> list[Quote]:
    """Attribute *text* and check every span against it; return the quotes."""
    quotes = attribute_quotes(text)
    previous_end = 0
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert q.start >= previous_end, "quotes overlap or are out of order"
        previous_end = q.end
        assert text[q.start : q.end] == q.text
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
        json.dumps(q.to_dict())
    return quotes


def only(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


def test_crlf_inside_a_quote() -> None:
    text = 'Intro.\r\n\r\n"We came,\r\nwe saw," she said.\r\n'
    q = only(check(text))
    assert q.text == "We came,\r\nwe saw,"
    assert (q.start, q.end) == (11, 28)
    assert q.speaker is not None and q.speaker.text == "she"


def test_cr_only_line_ends() -> None:
    text = 'Intro.\r\r"We came,\rwe saw," she said.\r'
    q = only(check(text))
    assert q.text == "We came,\rwe saw,"
    assert q.start == 9
    assert q.speaker is not None and q.speaker.text == "she"


def test_crlf_paragraphs_each_get_their_quote() -> None:
    text = '"One," said Ann Lee.\r\n\r\n"Two," said Bob Roe.\r\n'
    quotes = check(text)
    assert [q.text for q in quotes] == ["One,", "Two,"]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Ann Lee", "Bob Roe"]
    assert quotes[1].start == 25


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        pytest.param('"A \ud800 b," she said \udfff. \udbff', "A \ud800 b,", "she", id="lone surrogates"),
        pytest.param(
            '\x00"Hi\x00 there,\x07" she said.\x1b\x1c\x1d\x1e\x1f\x7f\x85',
            "Hi\x00 there,\x07",
            "she",
            id="NUL and control characters",
        ),
        pytest.param('"Cafe\u0301 noir," said Zoe\u0308 Roe.', "Cafe\u0301 noir,", "Zoe\u0308 Roe", id="NFD accents"),
    ],
)
def test_odd_characters_keep_the_quote_and_its_speaker(text: str, quote: str, speaker: str) -> None:
    q = only(check(text))
    assert q.text == quote
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize("char", ["\x00", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029", "\ufeff"])
def test_every_control_separator_is_safe(char: str) -> None:
    check((f'"Yes,{char}" said{char}Ann Lee.{char}' * 50) + char * 100)


def test_rtl_text() -> None:
    text = '\u200f"\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd," said Dana Roe. \u00ab\u0645\u0631\u062d\u0628\u0627\u00bb'
    quotes = check(text)
    assert quotes[0].text == "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd,"
    assert quotes[0].start == 2
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Dana Roe"


def test_emoji_offsets_count_code_points() -> None:
    text = '\U0001f44d "I \U0001f600 it," said Ann Lee \U0001f468\u200d\U0001f469\u200d\U0001f467.'
    q = only(check(text))
    assert q.text == "I \U0001f600 it,"
    assert q.start == 3
    assert q.speaker is not None and q.speaker.name == "Ann Lee"


@pytest.mark.parametrize("mark", ['"', "\u201c", "\u201d", "\u00ab", "'", "\u2018", "``", "''"])
def test_ten_thousand_quotation_marks_in_a_row(mark: str) -> None:
    check(mark * 10_000)


def test_ten_thousand_quotes_in_one_paragraph() -> None:
    quotes = check('"a" ' * 10_000)
    assert len(quotes) == 10_000
    assert all(q.text == "a" for q in quotes)
    assert quotes[-1].start == 4 * 9_999 + 1


def test_unclosed_quotes_in_every_paragraph() -> None:
    quotes = check('"never closed\n\n' * 2_000)
    assert len(quotes) == 2_000
    assert all(q.unclosed for q in quotes)


def test_long_document_without_spaces_or_newlines() -> None:
    assert check("abcdefghij" * 20_000) == []
    check(("Abc.Def,Ghi\"" * 17_000)[:200_000])


def test_long_quote_without_spaces() -> None:
    q = only(check('"' + "x" * 200_000 + '," she said.'))
    assert q.end - q.start == 200_001


def test_only_whitespace_and_punctuation() -> None:
    assert check(" \n\t" * 1000) == []
    check(".!?…" * 5000)
    check(",;:-" * 5000)


def test_html_left_in_the_text() -> None:
    text = (
        '<p class="lead">"Hi," <b>she</b> said.</p>\n'
        '<a href="https://example.com/a?b=c&d=\'e\'">link</a> &ldquo;Yes&rdquo;\n'
        "<script>var s = \"x\" + 'y';</script>"
    )
    quotes = check(text)
    assert "Hi," in [q.text for q in quotes]


def test_empty_and_tiny_inputs() -> None:
    for text in ["", '"', '""', '" "', "\u201c\u201d", "'", "a", '"a', 'a"']:
        check(text)


def test_many_quotes_in_one_paragraph_of_a_dialogue_document() -> None:
    head = '"Yes," said Tom.\n\n"No," said Ann.\n\n' * 30
    text = head + '"a" b ' * 3_000
    quotes = check(text)
    assert len(quotes) == 60 + 3_000
    assert quotes[60].start == len(head) + 1
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Tom"


def test_recurring_surname() -> None:
    text = 'Ann Lee spoke. "Yes," said Lee. ' * 2_000
    quotes = check(text)
    assert len(quotes) == 2_000
    assert {q.speaker.name if q.speaker else None for q in quotes} == {"Ann Lee"}


def test_period_flood_is_one_sentence() -> None:
    from quoteattr.text.segment import split_sentences

    assert split_sentences("." * 100_000) == ["." * 100_000]
    assert split_sentences("Wait.... " * 3 + "Go.") == ["Wait....", "Wait....", "Wait....", "Go."]


def test_many_people_sharing_a_first_name() -> None:
    surnames = [f"Q{a}{b}" for a in "abcdefghijklmnopqrst" for b in "abcdefghijklmnopqrst"]
    text = "".join(f'"Hi, Ann," said Ann {s}.\n\n"No," said Ann.\n\n' for s in surnames)
    quotes = check(text)
    assert len(quotes) == 2 * len(surnames)
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Ann Qaa"
    assert quotes[-2].speaker is not None and quotes[-2].speaker.name == "Ann Qtt"


def test_a_long_run_of_capitals_before_an_apposition_takes_linear_time() -> None:
    # "said the clerk" makes the cast read the text's appositions (Name, the <words>,): a name
    # pattern that could start at each capital of one long word tried the run again from each.
    text = "KR" * 12_000 + (
        ", the lamp on the desk by the window burned low.\n\n\"Sign here,\" said Tobias Hale.\n\n\"Not yet,\" said the clerk."
    )
    started = time.process_time()
    quotes = attribute_quotes(text, Config(dialogue="on"))
    assert time.process_time() - started < 3.0
    assert [q.text for q in quotes] == ["Sign here,", "Not yet,"]


def test_a_long_quote_calling_the_other_speaker_by_name_takes_linear_time() -> None:
    # The conversation reading asks whether a quote calls the other turn's speaker by name
    # outside words it reports (after "told me,"): reading the quote up to each name again
    # was quadratic in a long quote that calls that name many times.
    quote = '"' + "Rest a while. " * 2_000 + "She told me, " + "Come, Tom! " * 2_000 + '" he said.'
    text = "Ann walked in.\n\n" + quote + '\n\n"No," said Tom.\n\n"Yes," he said.'
    started = time.process_time()
    quotes = attribute_quotes(text)
    assert time.process_time() - started < 3.0
    assert [q.text for q in quotes][1:] == ["No,", "Yes,"]
