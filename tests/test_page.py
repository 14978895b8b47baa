"""The HTML page (``quoteattr.page.render_html``), checked without a browser.

The page is parsed back with ``html.parser`` (``tests/pagecheck.py``): the
markup must nest, the document area must hold exactly the input text, every
quote must be there once, nothing may load from elsewhere, and text from the
input must never become markup.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pagecheck import extents, read_page
from strategies import Prose, messy_text, prose

from quoteattr import Cue, Quote, Speaker, attribute_quotes
from quoteattr.identity import assign_entities
from quoteattr.page import render_html

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = (ROOT / "examples" / "sample_article.txt").read_text(encoding="utf-8")


def _visible(text: str) -> str:
    """What a page can show of *text*: NUL and lone surrogates become U+FFFD."""
    return re.sub("[\x00\ud800-\udfff]", "\ufffd", text)


def _check(text: str, quotes: list[Quote]) -> None:
    """The invariants every page keeps."""
    page = render_html(text, quotes, title="t")
    reader = read_page(page)
    assert reader.errors == [] and reader.stack == [], "the markup does not nest"
    assert reader.document_text == _visible(text)
    assert sorted(reader.quotes, key=int) == [str(i) for i in range(len(quotes))]
    assert reader.urls == []
    # Each element covers exactly its span: the pieces of a quote, mention or
    # cue are contiguous and run from its start to its end.
    for i, q in enumerate(quotes):
        assert extents(reader.pieces[("q", str(i))]) == (q.start, q.end), f"quote {i}"
        for cls, span in (("m", q.speaker), ("c", q.cue)):
            if span is not None and span.end > span.start:
                assert extents(reader.pieces[(cls, f"{span.start}-{span.end}")]) == (span.start, span.end)


def test_sample_article() -> None:
    quotes = assign_entities(attribute_quotes(SAMPLE))
    page = render_html(SAMPLE, quotes, title="sample_article.txt")
    reader = read_page(page)
    assert reader.errors == [] and reader.stack == []
    assert reader.document_text == SAMPLE
    # Every quote is one element here: nothing crosses a quote in this article.
    assert {q: len(elements) for q, elements in reader.quotes.items()} == {str(i): 1 for i in range(len(quotes))}
    # One mention element per distinct mention, one cue element per distinct cue.
    assert reader.mentions == len({(q.speaker.start, q.speaker.end) for q in quotes if q.speaker})
    assert reader.cues == len({(q.cue.start, q.cue.end) for q in quotes if q.cue})
    # One colour per entity: the quotes of one entity share their colour class, others differ.
    colour_of: dict[str, set[str]] = {}
    for index, elements in reader.quotes.items():
        entity = quotes[int(index)].speaker.entity  # type: ignore[union-attr]
        colour_of.setdefault(str(entity), set()).update(c for c in elements[0] if re.fullmatch(r"s\d+", c))
    assert all(len(colours) == 1 for colours in colour_of.values())
    assert len({next(iter(c)) for c in colour_of.values()}) == len(colour_of)


def test_legend_lists_speakers_with_counts() -> None:
    text = '"One," said Ada Brenn. "Two," Brenn said. "Three," said Ivo Lind. "Four."'
    quotes = assign_entities(attribute_quotes(text))
    legend = read_page(render_html(text, quotes)).legend
    counts: dict[str, int] = {}
    for q in quotes:
        name = q.speaker.name if q.speaker else "(no speaker)"
        counts[name] = counts.get(name, 0) + 1
    for name, count in counts.items():
        assert re.search(re.escape(name) + r"(?: \(\w+\))?" + str(count), legend), (name, legend)
    assert "Speakers" in legend


def test_input_is_escaped() -> None:
    text = 'Intro <script>alert("x")</script> & more. "<b>Bold</b> & <i>", said Mr. <Ana> Ruiz.'
    quotes = attribute_quotes(text)
    page = render_html(text, quotes, title="<script>alert(1)</script>")
    reader = read_page(page)
    assert reader.document_text == text
    # The only script is the page's own, and the input's tags are text.
    assert page.count("<script>") == 1 and "alert" not in "".join(reader.scripts)
    assert reader.document_tags == {"span"}
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page


def test_tooltip_and_attributes_are_escaped() -> None:
    text = '"Hi," said Ana "Quotes" Ruiz & co.'
    speaker = Speaker('a "name" <with> & marks', 11, 14, "Ana")
    quote = Quote(1, 4, "Hi,", speaker=speaker, cue=Cue(6, 10, "said"), rule='R"<x>', confidence=0.5)
    reader = read_page(render_html(text, [quote]))
    assert reader.errors == [] and reader.document_text == text
    assert 'a "name" <with> & marks' in reader.legend


def test_no_external_resources() -> None:
    text = 'See https://example.org/a.js and <img src="http://x/y.png">. "Quote," she said.'
    page = render_html(text, attribute_quotes(text))
    reader = read_page(page)
    assert reader.urls == []
    head = page.split('<main id="text">')[0] + page.split("</main>")[1]
    assert not re.search(r"https?:|url\(|@import|//[a-z]", head)


def test_indirect_items_have_their_own_style() -> None:
    text = "Ada Brenn said the plan would cost "
    text += '"far too much" in the end.'
    report = Quote(15, len(text) - 1, text[15:-1], kind="indirect", speaker=Speaker("Ada Brenn", 0, 9, "Ada Brenn"),
                   cue=Cue(10, 14, "said"), rule="REPORT", confidence=0.8)
    start = text.index("far")
    direct = Quote(start, start + 12, "far too much", speaker=report.speaker, cue=report.cue, rule="PARTIAL")
    quotes = assign_entities([report, direct])
    page = render_html(text, quotes)
    reader = read_page(page)
    assert reader.errors == [] and reader.document_text == text
    assert all("r" in classes for classes in reader.quotes["0"])
    assert all("r" not in classes for classes in reader.quotes["1"])
    assert ".q.r{" in "".join(reader.styles)
    assert "1 quote, 1 reported statement, 1 speaker" in page


# Overlaps that real output can hold, and worse: (case, text, quotes as
# (start, end, kind, mention (start, end) or None, cue (start, end) or None)).
OVERLAPS = [
    ("mention inside a quote", "Mr. X: \"As Ada Brenn said, yes\" end.", [(8, 30, "direct", (11, 20), None)]),
    ("cue inside a report", "Ada said the plan is good, she said.", [(0, 35, "indirect", None, (4, 8))]),
    ("quote inside a report", 'He said it was "a mess" today.', [(8, 29, "indirect", (0, 2), (3, 7)), (16, 22, "direct", (0, 2), (3, 7))]),
    ("crossing spans", "abcdefghijklmnopqrstuvwxyz", [(2, 12, "direct", (8, 16), (10, 20)), (14, 24, "indirect", (0, 4), (6, 9))]),
    ("empty spans", "abc def", [(3, 3, "direct", (0, 0), (3, 3)), (4, 7, "direct", (4, 7), (4, 7))]),
    ("identical spans", "abc def", [(0, 7, "indirect", (0, 7), (0, 7)), (0, 7, "direct", (0, 7), (0, 7))]),
]


def _build(text: str, spec: list[tuple[int, int, str, tuple[int, int] | None, tuple[int, int] | None]]) -> list[Quote]:
    quotes = []
    for start, end, kind, mention, cue in spec:
        speaker = Speaker("Ada Brenn", mention[0], mention[1], text[mention[0] : mention[1]]) if mention else None
        cue_span = Cue(cue[0], cue[1], text[cue[0] : cue[1]]) if cue else None
        quotes.append(Quote(start, end, text[start:end], speaker=speaker, cue=cue_span, kind=kind))
    return quotes


@pytest.mark.parametrize(("case", "text", "spec"), OVERLAPS, ids=[o[0] for o in OVERLAPS])
def test_overlapping_spans_nest(case: str, text: str, spec: list[tuple[int, int, str, tuple[int, int] | None, tuple[int, int] | None]]) -> None:
    _check(text, _build(text, spec))


def test_a_crossed_quote_is_split_into_pieces_with_one_index() -> None:
    text = "abcdefghijklmnopqrstuvwxyz"
    quotes = _build(text, [(2, 12, "direct", (8, 16), None)])
    reader = read_page(render_html(text, quotes))
    # The mention 8-16 sits inside the quote's element; the quote is one element.
    assert len(reader.quotes["0"]) == 1
    quotes = _build(text, [(2, 12, "direct", None, None), (0, 6, "indirect", None, None)])
    reader = read_page(render_html(text, quotes))
    # The report 0-6 is outer: the quote 2-12 is opened inside it, closed at 6 and reopened.
    assert len(reader.quotes["0"]) == 2 and len(reader.quotes["1"]) == 1


@st.composite
def text_and_quotes(draw: st.DrawFn) -> tuple[str, list[Quote]]:
    """Any text with any spans on it: quotes, reports, mentions and cues overlapping at random."""
    text = draw(messy_text())
    n = len(text)
    offsets = st.integers(0, n)

    def span() -> tuple[int, int]:
        a, b = draw(offsets), draw(offsets)
        return min(a, b), max(a, b)

    quotes = []
    for _ in range(draw(st.integers(0, 6))):
        start, end = span()
        speaker = cue = None
        if draw(st.booleans()):
            s, e = span()
            speaker = Speaker(draw(st.text(max_size=8)), s, e, text[s:e], draw(st.sampled_from(["name", "pronoun", "group"])))
        if draw(st.booleans()):
            s, e = span()
            cue = Cue(s, e, text[s:e])
        kind = draw(st.sampled_from(["direct", "indirect"]))
        quotes.append(Quote(start, end, text[start:end], speaker=speaker, cue=cue, kind=kind,
                            rule=draw(st.none() | st.text(max_size=6)), confidence=draw(st.floats(0, 1))))
    return text, quotes


@given(text_and_quotes())
def test_any_spans_give_a_well_formed_page_showing_the_input(case: tuple[str, list[Quote]]) -> None:
    text, quotes = case
    _check(text, quotes)


@given(prose())
def test_real_output_gives_a_well_formed_page(doc: Prose) -> None:
    text = doc.render()
    _check(text, assign_entities(attribute_quotes(text)))


def test_page_is_deterministic() -> None:
    quotes = assign_entities(attribute_quotes(SAMPLE))
    assert render_html(SAMPLE, quotes) == render_html(SAMPLE, list(quotes))


def test_quotes_from_another_text_are_refused() -> None:
    quotes = attribute_quotes('"Yes," said Ana Ruiz.')
    with pytest.raises(ValueError, match="does not match the text"):
        render_html("Something else entirely, longer than that.", quotes)
    with pytest.raises(ValueError, match="does not match the text"):
        render_html("short", quotes)


def test_text_must_be_str() -> None:
    with pytest.raises(TypeError):
        render_html(b"bytes", [])  # type: ignore[arg-type]


def test_empty_text() -> None:
    reader = read_page(render_html("", []))
    assert reader.errors == [] and reader.document_text == "" and reader.quotes == {}
