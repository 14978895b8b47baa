"""Stage 0, language data: the :class:`Lexicon` and the folder of each language's word lists.

``quoteattr/lang/en/`` holds the English lists, one file per
:class:`Lexicon` field; ``lexicon.py`` reads a folder into a frozen
:class:`Lexicon`, which :class:`~quoteattr.Config` carries to every stage.
"""

from __future__ import annotations

from quoteattr.lang.lexicon import (
    ACCORDING,
    CUE_VERB_CLASSES,
    CueVerb,
    GenderedPronoun,
    Lexicon,
    Morphology,
    Pronoun,
    WordTable,
)

__all__ = ["ACCORDING", "CUE_VERB_CLASSES", "CueVerb", "GenderedPronoun", "Lexicon", "Morphology", "Pronoun", "WordTable"]
