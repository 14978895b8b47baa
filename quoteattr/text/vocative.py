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
    written without its period), which never stand alone.  Those of
    ``lowercase_titles`` (``sir``, ``madam``) match in either case; any other
    only capitalised (``Mother``, ``Captain``), as in lowercase it is a common
    noun (``my grandmother, mother, father and ...``).
    """
    forms = lexicon.fiction_titles
    alone = sorted((t for t in forms if not t.endswith(".") and t + "." not in forms), key=lambda t: (-len(t), t))
    either = "|".join(regex.escape(t) for t in alone if t in lexicon.lowercase_titles)
    capitalised = "|".join(regex.escape(t[0].upper() + t[1:]) for t in alone if t not in lexicon.lowercase_titles)
    return regex.compile(r"[,;]\s*(?:(?i:" + either + r")|" + capitalised + r")(?=\s*[,.!?;])")


@functools.lru_cache(maxsize=16)
def reported_frame_re(lexicon: Lexicon) -> regex.Pattern[str]:
    """A speaking verb and a comma or colon inside a quote: the words after it are words the speaker reports.

    (``"The mayor told me, You will need luck, Kowal," he said``): a name
    addressed there is addressed by someone the quote reports, not by its
    speaker to the one who answers.  The verbs are the lexicon's cue verbs
    other than those of manner; at most 30 characters (``told the crowd``)
    lie between the verb and the punctuation.
    """
    verbs = sorted((f for f, cue in lexicon.cue_verbs.items() if cue.verb_class != "manner"), key=lambda f: (-len(f), f))
    words = "|".join(regex.escape(f) for f in verbs)
    return regex.compile(r"(?<!\p{L})(?i:" + words + r")(?!\p{L})[^,:.!?\n]{0,30}[,:]")
