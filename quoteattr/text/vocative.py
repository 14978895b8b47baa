"""Stage 1, read by the conversations and the cast: names and titles addressed inside a quote (``"Come, Jane!"``, ``", sir;"``)."""

from __future__ import annotations

import functools

import regex

from quoteattr.lang import Lexicon
from quoteattr.text.chars import APOSTROPHES, LONG_DASH_CLASS


@functools.lru_cache(maxsize=16)
def vocative_re(lexicon: Lexicon) -> regex.Pattern[str]:
    """A name addressed inside a quote: after punctuation or after a vocative opener, followed by punctuation.

    (``"Come, Jane!"``, ``"Oh, my dear Jane!"``).  No ``^`` branch: a quote's first word follows
    its opening mark, so a name opening a quote (``"Jane, come"``) is no vocative: reading it as
    one named the next turn's speaker wrongly more often than rightly (measured on novels).
    A hyphen counts as a dash only when no letter precedes it (``come--Jane``,
    not ``anti-British``).  The openers match in either case of their first
    letter (``[Dd]ear``).
    """
    openers = "|".join(
        f"[{w[0].upper()}{w[0]}]{regex.escape(w[1:])}" for w in sorted(lexicon.vocative_openers, key=lambda w: (-len(w), w))
    )
    return regex.compile(
        r"""
        (?:(?<=(?:[,;!?]|(?<!\p{L})-|"""
        + LONG_DASH_CLASS
        + r""")\s*)|(?<=\b(?:"""
        + openers
        + r""")\s+))
        (?P<name>(?:\p{Lu}[\p{Ll}]*\.?\s+)?\p{Lu}[\p{L}"""
        + APOSTROPHES
        + r"""-]*(?:\s+\p{Lu}[\p{L}"""
        + APOSTROPHES
        + r"""-]*)?)
        (?=\s*(?:[,!?.;]|"""
        + LONG_DASH_CLASS
        + r"""|$))
        """,
        regex.VERBOSE,
    )


@functools.lru_cache(maxsize=16)
def title_address_re(lexicon: Lexicon) -> regex.Pattern[str]:
    """A form of address written alone inside a quote, set off by punctuation (``"You are wrong, sir;"``, ``", Admiral,"``).

    The titles are the fiction titles of the lexicon (``sir``, ``madam``,
    ``captain``, ``mother``), without the abbreviations (``mr.``, and ``mr``
    written without its period), which never stand alone; in either case, as
    a title alone is written both ways.
    """
    forms = lexicon.fiction_titles
    alone = sorted((t for t in forms if not t.endswith(".") and t + "." not in forms), key=lambda t: (-len(t), t))
    titles = "|".join(regex.escape(t) for t in alone)
    return regex.compile(r"[,;]\s*(?i:" + titles + r")(?=\s*[,.!?;])")
