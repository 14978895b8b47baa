"""Property-based tests of the whole pipeline (strategies in ``tests/strategies.py``).

Example counts come from the Hypothesis profile chosen in ``conftest.py``.
"""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import assume, example, given
from hypothesis import strategies as st
from strategies import (
    CLOSE,
    OPEN,
    QUOTE_WORDS,
    Prose,
    dash_dialogue,
    full_names,
    messy_text,
    neutral_paragraph,
    prose,
)

from quoteattr import Config, Quote, attribute_quotes
from quoteattr.quotes import find_quotes
from quoteattr.text.segment import _BLANK_LINE_RE, paragraph_spans, sentence_spans

#: The messy texts these tests draw stay under this many paragraphs: in a
#: longer one, a paragraph added near a conversation may legitimately join a
#: run to it (quoteattr.conversation reads runs near an exchange as conversations).
_FEW_PARAGRAPHS = 40


def _has_blank_line(text: str) -> bool:
    """True when the paragraph splitter sees blank lines (not one paragraph per line)."""
    return _BLANK_LINE_RE.search(text) is not None


def _separator(text: str) -> str:
    """A paragraph break of the kind *text* already uses."""
    return "\n\n" if _has_blank_line(text) else "\n"


def _summary(quotes: list[Quote], shift: int = 0) -> list[tuple[Any, ...]]:
    """What must be invariant: offsets (shifted back), texts, speakers and cues."""
    rows = []
    for q in quotes:
        sp = q.speaker
        cue = q.cue
        rows.append(
            (
                q.start - shift,
                q.end - shift,
                q.text,
                None if sp is None else (sp.name, sp.start - shift, sp.end - shift, sp.kind),
                None if cue is None else (cue.start - shift, cue.end - shift, cue.text),
                q.rule,
                q.unclosed,
            )
        )
    return rows


def _check_spans(text: str, quotes: list[Quote]) -> None:
    """Every returned span indexes *text*; quotes are sorted and never overlap."""
    prev_end = 0
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.text == q.text.strip()
        assert q.start >= prev_end
        prev_end = q.end
        assert 0.0 <= q.confidence <= 1.0
        if q.speaker is not None:
            sp = q.speaker
            assert text[sp.start : sp.end] == sp.text
            assert sp.name
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text


@given(st.text(st.characters(exclude_categories=()), max_size=300))
def test_never_raises_on_any_string(text: str) -> None:
    _check_spans(text, attribute_quotes(text))


@given(messy_text())
def test_offsets_and_order_on_messy_text(text: str) -> None:
    _check_spans(text, attribute_quotes(text))


@given(prose())
def test_offsets_and_order_on_prose(doc: Prose) -> None:
    text = doc.render()
    _check_spans(text, attribute_quotes(text))


@given(messy_text())
def test_deterministic(text: str) -> None:
    assert attribute_quotes(text) == attribute_quotes(text)


@given(messy_text())
def test_sentence_spans_tile_every_paragraph(text: str) -> None:
    for p0, p1 in paragraph_spans(text):
        pos = p0
        for s, e in sentence_spans(text, p0, p1):
            assert pos <= s < e <= p1
            assert text[pos:s].strip() == ""
            assert text[s:e] == text[s:e].strip()
            pos = e
        assert text[pos:p1].strip() == ""


@given(messy_text(), neutral_paragraph())
def test_prefix_paragraph_shifts_every_offset(text: str, prefix: str) -> None:
    head = prefix + _separator(text)
    shifted = head + text
    assume(_has_blank_line(shifted) == _has_blank_line(text))
    assume(len(paragraph_spans(shifted)) < _FEW_PARAGRAPHS)
    assert _summary(attribute_quotes(shifted), len(head)) == _summary(attribute_quotes(text))


@given(prose(), neutral_paragraph())
def test_prefix_paragraph_shifts_prose(doc: Prose, prefix: str) -> None:
    text = doc.render()
    head = prefix + "\n\n"
    assert _summary(attribute_quotes(head + text), len(head)) == _summary(attribute_quotes(text))


@given(prose())
def test_curly_quotes_attribute_like_straight_quotes(doc: Prose) -> None:
    straight = attribute_quotes(doc.render("straight"))
    curly = attribute_quotes(doc.render("curly"))
    assert len(straight) == doc.template.count(OPEN)
    assert _summary(curly) == _summary(straight)


@given(messy_text(), neutral_paragraph())
def test_unrelated_paragraph_after_changes_nothing_before(text: str, tail: str) -> None:
    longer = text + _separator(text) + tail
    assume(_has_blank_line(longer) == _has_blank_line(text))
    assume(len(paragraph_spans(longer)) < _FEW_PARAGRAPHS)
    assert _summary(attribute_quotes(longer)) == _summary(attribute_quotes(text))


@given(prose(), neutral_paragraph())
def test_unrelated_paragraph_after_prose(doc: Prose, tail: str) -> None:
    text = doc.render()
    assert _summary(attribute_quotes(text + "\n\n" + tail)) == _summary(attribute_quotes(text))


@given(prose(), st.data())
def test_inserted_attributed_quote_binds_to_its_name(doc: Prose, data: st.DataObject) -> None:
    paragraphs = doc.template.split("\n\n")
    at = data.draw(st.integers(0, len(paragraphs)), label="paragraph index")
    name = data.draw(full_names(), label="name")
    words = data.draw(st.sampled_from(QUOTE_WORDS), label="quote")
    inserted = f"{OPEN}{words},{CLOSE} {name} said."
    text = Prose("\n\n".join([*paragraphs[:at], inserted, *paragraphs[at:]])).render()
    start = sum(len(p) + 2 for p in paragraphs[:at]) + 1
    found = [q for q in attribute_quotes(text) if q.start == start]
    assert len(found) == 1
    q = found[0]
    assert q.text == words + ","
    assert q.speaker is not None
    assert q.speaker.name == name
    assert q.speaker.text == name
    assert q.cue is not None and q.cue.text == "said"
    assert CLOSE not in text


def test_profiles_registered() -> None:
    from hypothesis import settings

    assert settings.get_profile("ci").max_examples == 1000
    assert settings.get_profile("long").max_examples == 20000
    default = settings.default
    assert default is not None
    assert default.deadline is None
    assert default.max_examples >= 1000


@given(dash_dialogue(), st.sampled_from(["auto", "always", "never"]))
def test_offsets_and_order_on_dash_dialogue(text: str, mode: str) -> None:
    _check_spans(text, attribute_quotes(text, Config(dash_dialogue=mode)))


@given(dash_dialogue(), st.sampled_from(["auto", "always"]))
def test_dash_spans_stay_inside_their_paragraph(text: str, mode: str) -> None:
    paragraphs = paragraph_spans(text)
    prev_close = 0
    for q in find_quotes(text, paragraphs, dash_dialogue=mode):
        p0, p1 = paragraphs[q.paragraph]
        assert p0 <= q.open_at <= q.start < q.end <= q.close_at <= p1
        assert q.open_at >= prev_close
        prev_close = q.close_at


@given(dash_dialogue())
def test_dash_dialogue_only_adds_quotes(text: str) -> None:
    # Every quote found with the rule off is still found with it on, unless a dash
    # speech overlaps it (a quote nested in the speech, or crossing into its tag).
    off = find_quotes(text, dash_dialogue="never")
    on = find_quotes(text, dash_dialogue="always")
    dashed = [d for d in on if d not in off]
    for q in off:
        assert q in on or any(d.open_at < q.close_at and q.open_at < d.close_at for d in dashed)


@given(st.sampled_from(QUOTE_WORDS), full_names(), st.sampled_from(["\u2014 ", "\u2015", "--"]))
def test_dash_turn_with_a_named_tag_binds_to_the_name(words: str, name: str, dash: str) -> None:
    text = f"The room was quiet.\n\n{dash}{words}, said {name}. {dash}And that is all."
    quotes = attribute_quotes(text)
    assert [q.text for q in quotes] == [f"{words},", "And that is all."]
    for q in quotes:
        assert q.speaker is not None and q.speaker.name == name


# -- reported speech (indirect=True) ----------------------------------------------

#: Pieces that exercise the reported-speech rules: cues, complementizers,
#: sources, commas and quotation marks in every order.
_REPORT_ATOMS = [
    "said", "says", "told", "asked", "according to", "claims", "warned", "saying", "adding",
    "that", "whether", "to", "the mayor", "officials", "Ana Ruiz", "she", "it", "was", "reported",
    "the plan failed", "Two in three", "his claim", "when", "As", ",", ".", ";", ":", " ", " ", " ",
    "\n\n", '"', "\u201c", "\u201d", "The", "United States", "believes", "on Tuesday",
]


def report_text() -> st.SearchStrategy[str]:
    """Text built from cue words, sources, punctuation and quotation marks."""
    return st.lists(st.sampled_from(_REPORT_ATOMS), max_size=50).map(" ".join)


def _check_with_reports(text: str, quotes: list[Quote]) -> None:
    """Offsets valid, items sorted by start, direct quotes apart, no cue inside a quote."""
    direct = [q for q in quotes if q.kind == "direct"]
    _check_spans(text, direct)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for q in quotes:
        assert q.kind in ("direct", "indirect")
        assert 0 <= q.start < q.end <= len(text) and text[q.start : q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text and q.speaker.name
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
        if q.kind == "indirect":
            assert q.cue is not None and q.rule is not None
            assert q.text == q.text.strip()
            # Speech reported inside a quotation is part of the quotation.
            assert not any(d.start <= q.cue.start < d.end for d in direct)


@given(st.text(st.characters(exclude_categories=()), max_size=300))
def test_indirect_never_raises_on_any_string(text: str) -> None:
    _check_with_reports(text, attribute_quotes(text, indirect=True))


@given(st.one_of(messy_text(), report_text(), dash_dialogue()))
def test_indirect_offsets_and_order(text: str) -> None:
    _check_with_reports(text, attribute_quotes(text, indirect=True))


@given(prose())
def test_indirect_offsets_and_order_on_prose(doc: Prose) -> None:
    text = doc.render()
    _check_with_reports(text, attribute_quotes(text, indirect=True))


@given(st.one_of(messy_text(), report_text()))
def test_indirect_deterministic(text: str) -> None:
    assert attribute_quotes(text, indirect=True) == attribute_quotes(text, indirect=True)


@given(st.one_of(messy_text(), report_text(), prose().map(lambda doc: doc.render())))
# A quote after a cue inside a time clause of a report: with reports it is that
# clause's subject's by PARTIAL_SUBORDINATE_SUBJECT, without them by its tag.
@example("said said when the mayor said \u201c said")
def test_indirect_keeps_the_direct_quotes(text: str) -> None:
    # Reports add items; the direct quotes keep their spans (only a partial
    # quote's speaker may change, by one of the rules in _PARTIAL_RULES).  Identities are
    # numbered over all items in document order, and a report's mention is
    # evidence of its speaker's gender: those two fields may differ.
    plain = attribute_quotes(text)
    with_reports = [q for q in attribute_quotes(text, indirect=True) if q.kind == "direct"]
    assert [(q.start, q.end) for q in with_reports] == [(q.start, q.end) for q in plain]

    def unnamed(quote: Quote) -> Quote:
        if quote.speaker is None:
            return quote
        return attrs.evolve(quote, speaker=attrs.evolve(quote.speaker, entity=None, gender=None))

    for before, after in zip(plain, with_reports, strict=True):
        assert unnamed(after) == unnamed(before) or after.rule in _PARTIAL_RULES


#: The rules by which a partial quote's speaker may differ with reports.
_PARTIAL_RULES = (
    "PARTIAL_IN_REPORT",
    "PARTIAL_CLAUSE_SUBJECT",
    "PARTIAL_EARLIER_QUOTE",
    "PARTIAL_LATER_TAG",
    "PARTIAL_PASSIVE_AGENT",
    "PARTIAL_POSSESSIVE_NOUN",
    "PARTIAL_SUBORDINATE_SUBJECT",
)
