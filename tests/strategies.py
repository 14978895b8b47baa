"""Hypothesis strategies for quoteattr's property tests.

Two families:

* :func:`messy_text`: arbitrary strings in which quotation marks,
  apostrophes, line breaks and letters are heavily over-represented, with the
  odd arbitrary code point (lone surrogates and NUL included);
* :func:`prose`: realistic news-like paragraphs with names, cues and quotes,
  returned as a :class:`Prose` whose quotation marks can be rendered straight
  or curly, so that the same document can be compared in both styles.

Sizes stay at a few hundred characters so that 1000 examples per test run fast.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

from quoteattr.text.chars import ALL_QUOTE_CHARS

#: Pieces of text that exercise the interesting paths of every stage.
_ATOMS = sorted(ALL_QUOTE_CHARS) + [
    "``", "''", "'", "\u2019", "\n", "\n\n", "\r\n", "\r", "\r\n\r\n", "\u2029", " ", " ", "  ",
    "\t", ".", ",", "!", "?", ":", ";", "...", "-", "\u2014", "\u2015", "--", "\n\u2014 ", "(", ")",
    "5'10\"", "12\"",
    "a", "e", "T", "S", "x", "Mr.", "Dr.", "U.S.", "Jan.", "J.", "3.5",
    "said", "says", "told reporters", "according to", "added", "he", "she", "they", "I",
    "Smith", "Ana Ruiz", "Tom Becker", "the mayor", "officials", "police",
    "don't", "rock 'n' roll", "the '90s", "students'", "\x00",
]

_ANY_CHAR = st.characters(exclude_categories=())  # lone surrogates included


def messy_text(max_parts: int = 60) -> st.SearchStrategy[str]:
    """Arbitrary text built mostly from quote marks, apostrophes, newlines and words."""
    part = st.one_of(
        st.sampled_from(_ATOMS),
        st.sampled_from(_ATOMS),
        st.sampled_from(_ATOMS),
        _ANY_CHAR,
    )
    return st.lists(part, max_size=max_parts).map("".join)


#: Stand-ins for the opening and closing double marks in a :class:`Prose` template.
OPEN, CLOSE = "\x01", "\x02"

FIRST_NAMES = ["Ana", "Tom", "Lena", "Paul", "Rosa", "Omar", "Jane", "Kofi", "Mei", "Ivan"]
LAST_NAMES = ["Ruiz", "Becker", "Fischer", "Hale", "Diaz", "Ortiz", "Mensah", "Tanaka", "Petrov", "Okafor"]

#: Quoted words: no names, no quotation marks, some apostrophes.
QUOTE_WORDS = [
    "We will win", "The plan is dead", "Nobody saw it coming", "I don't know",
    "The students' votes count", "It is over", "We need more time", "Prices will fall",
    "That is not true", "We can't stop now",
]

_NARRATION = [
    "{name} arrived late.", "The council met on Monday.", "It rained all day.",
    "{name} spoke first.", "The vote was close.", "Nobody else came.", "{name}, the mayor, waited.",
]

_QUOTE_SENTENCES = [
    "{o}{q},{c} {name} said.",
    "{o}{q},{c} said {name}.",
    "{name} said: {o}{q}.{c}",
    "{name} said, {o}{q}.{c}",
    "{name} told reporters the plan was {o}{q}.{c}",
    "{o}{q},{c} according to {name}.",
    "{o}{q},{c} he said.",
    "{o}{q}.{c}",
    "{o}{q},{c} she added, {o}{q2}.{c}",
]


@dataclass(frozen=True)
class Prose:
    """A generated document with placeholder quotation marks."""

    template: str

    def render(self, style: str = "straight") -> str:
        """The document with ``"``-style (``straight``) or ``“ ”`` (``curly``) marks."""
        if style == "straight":
            return self.template.replace(OPEN, '"').replace(CLOSE, '"')
        return self.template.replace(OPEN, "\u201c").replace(CLOSE, "\u201d")


@st.composite
def full_names(draw: st.DrawFn) -> str:
    """A two-word personal name made of generic first and last names."""
    return f"{draw(st.sampled_from(FIRST_NAMES))} {draw(st.sampled_from(LAST_NAMES))}"


def _all_sentences() -> list[str]:
    """Every narration and quotation sentence the templates make, built once.

    Sampling one finished sentence is a single draw, which keeps generation
    cheap enough for thousands of examples.
    """
    names = [f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES]
    sentences = [t.format(name=n) for t in _NARRATION for n in names]
    for i, words in enumerate(QUOTE_WORDS):
        second = QUOTE_WORDS[(i + 3) % len(QUOTE_WORDS)].lower()
        for t in _QUOTE_SENTENCES:
            sentences += [t.format(o=OPEN, c=CLOSE, q=words, q2=second, name=n) for n in names]
    return sentences


_SENTENCES = _all_sentences()


@st.composite
def prose(draw: st.DrawFn, max_paragraphs: int = 4) -> Prose:
    """News-like paragraphs of one to three sentences, separated by blank lines."""
    paragraphs = draw(
        st.lists(
            st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=3).map(" ".join),
            min_size=1,
            max_size=max_paragraphs,
        )
    )
    return Prose("\n\n".join(paragraphs))


#: Pieces of dash-dialogue paragraphs: openings, speech, tags, asides and the
#: news shapes that look like them (lists, datelines, signatures).
_DASH_OPENINGS = ["\u2014 ", "\u2014", "\u2015 ", "--", "\u2013 ", "- ", "---", "\u2014 \u201c"]
_DASH_PIECES = [
    "I know", "Yes", "Not today", "It ran from 1990 \u2014 2000", "I went \u2014 you know \u2014 there",
    ", he said", ", she said, turning", "? asked Tom Hale", "! Ana Ruiz cried", ", said the old man",
    " \u2014 he said \u2014", ", he says", ", she told him", ", he said to Mr. Hale", ", he said the plan failed",
    ". ", ", ", " \u2014 ", "\u2014", " -- ", ".", "?", "\u201ca joke\u201d", "'no'", "\u2018yes\u2019",
    "He turned", "the tide is turning", "WASHINGTON", "Jane Roe", "\n",
]
_DASH_LEADS = ["", "The plan has two parts:", "He added:", '"We will win."', "Ana looked up.", "Highlights"]


@st.composite
def dash_dialogue(draw: st.DrawFn, max_paragraphs: int = 6) -> str:
    """Paragraphs of dash dialogue and of the news shapes that resemble it, separated by blank lines."""
    paragraphs = []
    for _ in range(draw(st.integers(1, max_paragraphs))):
        lead = draw(st.sampled_from(_DASH_LEADS))
        if lead and draw(st.booleans()):
            paragraphs.append(lead)
        opening = draw(st.sampled_from(_DASH_OPENINGS))
        body = "".join(draw(st.lists(st.sampled_from(_DASH_PIECES), min_size=1, max_size=8)))
        paragraphs.append(opening + body)
    return "\n\n".join(paragraphs)


#: Lowercase words with no pronoun, name, cue or quotation mark: a paragraph
#: made of them cannot change any attribution elsewhere in a document.
NEUTRAL_WORDS = ["the", "rain", "kept", "falling", "on", "old", "town", "roads", "were", "wet"]


def neutral_paragraph(max_words: int = 12) -> st.SearchStrategy[str]:
    """A short lowercase paragraph that ends with a period."""
    return st.lists(st.sampled_from(NEUTRAL_WORDS), min_size=1, max_size=max_words).map(
        lambda words: " ".join(words) + "."
    )
