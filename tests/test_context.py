"""The narration context of a quote (``QuoteContext``), its on-demand part, and the document's windows."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr import Attributor, Config
from quoteattr.document import Document, QuoteContext
from quoteattr.quotes import QuoteSpan, find_quotes
from quoteattr.text.segment import paragraph_spans
from quoteattr.text.tokens import Token, tokenize


def _words(tokens: list[Token]) -> list[str]:
    return [t.text for t in tokens]


_SPAN = QuoteSpan(0, 1, 2, 3, 0, False, False)


def test_eager_context_returns_what_it_was_given() -> None:
    ctx = QuoteContext("", _SPAN, tokenize(", he said."), False, (tokenize("Roe said"), True, tokenize("Earlier.")))
    assert _words(ctx.before) == ["Roe", "said"]
    assert _words(ctx.after) == [",", "he", "said", "."]
    assert ctx.before_is_sentence_start is True
    assert _words(ctx.previous) == ["Earlier", "."]


def test_lazy_context_calls_its_loader_once_and_only_when_read() -> None:
    calls: list[int] = []

    def load() -> tuple[list[Token], bool, list[Token]]:
        calls.append(1)
        return tokenize("Roe said"), False, []

    ctx = QuoteContext.lazy("", _SPAN, tokenize(", she said."), False, load)
    assert _words(ctx.after) == [",", "she", "said", "."]
    assert calls == []
    assert _words(ctx.before) == ["Roe", "said"]
    assert ctx.before_is_sentence_start is False
    assert ctx.previous == []
    assert calls == [1]


def test_a_quote_bound_by_the_words_after_it_never_splits_the_sentence_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    computed: list[int] = []
    original = Document._before_part

    def counting(self: Document, i: int) -> tuple[list[Token], bool, list[Token]]:
        computed.append(i)
        return original(self, i)

    monkeypatch.setattr(Document, "_before_part", counting)
    text = 'A long sentence of narration comes first. "We won," said Jane Roe. Roe said: "Again."'
    quotes = Attributor().attribute(text)
    assert [q.rule for q in quotes] == ["QUOTE_CUE_SPEAKER", "SPEAKER_CUE_QUOTE"]
    assert [q.speaker.name for q in quotes if q.speaker] == ["Jane Roe", "Jane Roe"]
    # Only the second quote needed the narration before it.
    assert computed == [1]


def _document(text: str, window: int = 400) -> Document:
    paragraphs = paragraph_spans(text)
    return Document(text, paragraphs, find_quotes(text, paragraphs), Config(window=window))


@given(
    st.text(alphabet="ab M.'-\n\t\u00a0\x1cé“", max_size=30),
    st.integers(min_value=0, max_value=30),
    st.integers(min_value=0, max_value=30),
)
def test_window_tokens_are_the_segment_tokens_inside_the_window(text: str, a: int, b: int) -> None:
    # Whether the window is tokenized on its own or cut from its segment, the
    # tokens are those of the segment that lie wholly inside the window.
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    doc = _document('"x"')
    doc.text = text
    expected = [t for t in tokenize(text, 0, len(text)) if t.start >= start and t.end <= end]
    assert doc._window_tokens(0, len(text), start, end) == expected
    # The same window in a fresh document whose whole segment was tokenized
    # first: it is then cut from the kept tokens.
    doc = _document('"x"')
    doc.text = text
    doc._window_tokens(0, len(text), 0, len(text), keep=True)
    assert doc._window_tokens(0, len(text), start, end) == expected


def test_a_window_cut_inside_a_word_drops_the_cut_word() -> None:
    text = '"Yes." ' + "x" * 30 + " Extraordinarilylongword said Roe"
    doc = _document(text, window=40)
    quote = doc.spans[0]
    after = doc._window_tokens(quote.close_at, len(text), quote.close_at, quote.close_at + 40)
    assert _words(after) == ["x" * 30]
