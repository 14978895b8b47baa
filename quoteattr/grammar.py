"""Stage 3 readers of one language: cues, names and mentions, built once per lexicon.

A :class:`Grammar` bundles the readers every rule uses, each precomputed from
one :class:`~quoteattr.lang.Lexicon` (indexes, derived word sets, compiled
patterns).  :meth:`Grammar.of` builds it on the first call for a lexicon and
returns the same object afterwards, so an :class:`~quoteattr.Attributor`
pays for its lexicon once, and the hot loops read plain sets.
"""

from __future__ import annotations

import functools

from quoteattr.cues import Cues
from quoteattr.lang import Lexicon
from quoteattr.mentions import Mentions
from quoteattr.names import Names


class Grammar:
    """The cue, name and mention readers of one lexicon.

    >>> g = Grammar.of(Lexicon.english())
    >>> g is Grammar.of(Lexicon.english()), g.cues.is_cue_word("said")
    (True, True)
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.cues = Cues(lexicon)
        self.names = Names(lexicon)
        self.mentions = Mentions(lexicon, self.cues, self.names)

    @staticmethod
    @functools.lru_cache(maxsize=16)
    def of(lexicon: Lexicon) -> Grammar:
        """The grammar of *lexicon*, built on first use and then shared."""
        return Grammar(lexicon)
