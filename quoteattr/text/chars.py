"""Stage 1, read by every stage: character classes for quotation marks, newlines and dashes.

Every set is written once here with ``\\N{...}`` names and the other views
(regular-expression classes, opener/closer pairs) are derived from it, so a
mark added in one place is known to every stage of the pipeline.
"""

from __future__ import annotations

import regex

QUOTATION_MARK = "\N{QUOTATION MARK}"
LEFT_DOUBLE = "\N{LEFT DOUBLE QUOTATION MARK}"
RIGHT_DOUBLE = "\N{RIGHT DOUBLE QUOTATION MARK}"
LOW_DOUBLE = "\N{DOUBLE LOW-9 QUOTATION MARK}"
HIGH_REVERSED_DOUBLE = "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}"
LEFT_GUILLEMET = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
RIGHT_GUILLEMET = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
FULLWIDTH_QUOTATION = "\N{FULLWIDTH QUOTATION MARK}"
APOSTROPHE = "\N{APOSTROPHE}"
LEFT_SINGLE = "\N{LEFT SINGLE QUOTATION MARK}"
RIGHT_SINGLE = "\N{RIGHT SINGLE QUOTATION MARK}"
HIGH_REVERSED_SINGLE = "\N{SINGLE HIGH-REVERSED-9 QUOTATION MARK}"
GRAVE = "\N{GRAVE ACCENT}"

#: Newswire convention: two backticks open and two apostrophes close
#: (``This isn't reform,'' said ...).  Some wires also open with two apostrophes.
TWO_BACKTICKS = GRAVE * 2
TWO_APOSTROPHES = APOSTROPHE * 2

DOUBLE_OPENERS: frozenset[str] = frozenset(
    {LEFT_DOUBLE, LOW_DOUBLE, HIGH_REVERSED_DOUBLE, LEFT_GUILLEMET, TWO_BACKTICKS}
)
"""Marks that can only open a double-style quotation."""

DOUBLE_CLOSERS: frozenset[str] = frozenset({RIGHT_DOUBLE, RIGHT_GUILLEMET})
"""Marks that can only close a double-style quotation."""

DOUBLE_AMBIGUOUS: frozenset[str] = frozenset({QUOTATION_MARK, FULLWIDTH_QUOTATION, TWO_APOSTROPHES})
"""Marks that open or close depending on the characters around them."""

#: German and Polish open with a low mark and close with a high one; after a
#: low opener these marks close (``„Ja“`` and ``„Tak”``).
LOW_OPENER_CLOSERS: frozenset[str] = frozenset({LEFT_DOUBLE, RIGHT_DOUBLE})

SINGLE_OPENERS: frozenset[str] = frozenset({LEFT_SINGLE, HIGH_REVERSED_SINGLE})
"""Single marks that can only open (British-style outer quotes)."""

SINGLE_AMBIGUOUS: frozenset[str] = frozenset({APOSTROPHE, RIGHT_SINGLE})
"""Single marks that close a quote, or are apostrophes, or open one."""

#: The characters that write an apostrophe inside a word (``don't``, ``Roe’s``).
APOSTROPHES = APOSTROPHE + RIGHT_SINGLE

DOUBLE_MARKS: frozenset[str] = DOUBLE_OPENERS | DOUBLE_CLOSERS | DOUBLE_AMBIGUOUS
SINGLE_MARKS: frozenset[str] = SINGLE_OPENERS | SINGLE_AMBIGUOUS
ALL_QUOTE_CHARS: frozenset[str] = frozenset("".join(DOUBLE_MARKS | SINGLE_MARKS | {GRAVE}))
"""Every character that is part of some quotation mark."""

_ONE_CHARACTER_DOUBLES: frozenset[str] = frozenset(m for m in DOUBLE_MARKS if len(m) == 1)

#: One-character marks that may close a quotation, double or single (``” » " ' ’``).
CLOSING_QUOTES: frozenset[str] = (
    frozenset(m for m in DOUBLE_CLOSERS | DOUBLE_AMBIGUOUS if len(m) == 1) | SINGLE_AMBIGUOUS
)

#: One-character marks that may open a quotation, double or single (``“ „ « " ‘ '``).
OPENING_QUOTES: frozenset[str] = (
    frozenset(m for m in DOUBLE_OPENERS | DOUBLE_AMBIGUOUS if len(m) == 1) | SINGLE_OPENERS | SINGLE_AMBIGUOUS
)

#: Double-style marks of one character, which end a clause inside narration.
DOUBLE_QUOTE_CHARS: frozenset[str] = _ONE_CHARACTER_DOUBLES

#: Characters that end a sentence.
SENTENCE_TERMINALS: frozenset[str] = frozenset({".", "!", "?", "\N{HORIZONTAL ELLIPSIS}"})

#: Line breaks Python's ``str.splitlines`` knows, minus the ones that are
#: only field separators (\x1c-\x1e), so CRLF, CR, NEL and LS count as one break.
NEWLINE_CHARS = "\n\r\x0b\x0c\x85\N{LINE SEPARATOR}"
PARAGRAPH_SEPARATOR = "\N{PARAGRAPH SEPARATOR}"

EM_DASH = "\N{EM DASH}"
HORIZONTAL_BAR = "\N{HORIZONTAL BAR}"
DASHES: frozenset[str] = frozenset({"-", "\N{EN DASH}", EM_DASH, HORIZONTAL_BAR, "\N{FIGURE DASH}"})
"""Dashes that can introduce a trailing attribution (``"..." - Jane Roe``)."""

#: Punctuation that may stand between a closing mark and its attribution
#: (``"...," said``, ``"..." (said``, ``"..." - said``).
ATTRIBUTION_LEADERS: frozenset[str] = frozenset({",", "(", "["}) | DASHES

#: The dashes that are no hyphen: they never join the parts of a word or a name.
LONG_DASHES: frozenset[str] = DASHES - {"-"}

#: Two hyphens, the typewriter em dash of plain-text editions (``--Come up, he said.``).
TYPEWRITER_DASH = "--"

DIALOGUE_DASHES: frozenset[str] = frozenset({EM_DASH, HORIZONTAL_BAR, TYPEWRITER_DASH})
"""Dashes that open a line of dash dialogue (``— I know, he said.``).

The en dash and a single hyphen are left out: they lead list items and
section headings far more often than speech.
"""


def _char_class(chars: frozenset[str]) -> str:
    """Build a regex character class matching any single character of *chars*."""
    return "[" + "".join(regex.escape(c) for c in sorted(chars)) + "]"


#: One pass over the text finds every double-style mark, the two-character
#: newswire marks included; a lone apostrophe is not matched at all here.  The
#: class comes first because the engine then skips ahead faster: no
#: one-character mark is a backtick or an apostrophe, so the order changes no match.
DOUBLE_MARK_RE = regex.compile(_char_class(_ONE_CHARACTER_DOUBLES) + "|``|''")

#: Single-style marks, scanned only when a text has no double-style quotes.
SINGLE_MARK_RE = regex.compile(_char_class(SINGLE_MARKS))

DASH_CLASS = _char_class(DASHES)
APOSTROPHE_CLASS = _char_class(frozenset(APOSTROPHES))
CLOSING_QUOTE_CLASS = _char_class(CLOSING_QUOTES)
OPENING_QUOTE_CLASS = _char_class(OPENING_QUOTES)
LONG_DASH_CLASS = _char_class(LONG_DASHES)

#: A dialogue dash; the typewriter dash only as a pair of hyphens (three or
#: more are a rule line, not a dash).  No quantifier: a search is linear.
DIALOGUE_DASH_RE = regex.compile(r"[" + EM_DASH + HORIZONTAL_BAR + r"]|(?<!-)--(?!-)")
