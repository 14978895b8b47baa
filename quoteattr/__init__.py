"""Public face of quoteattr: who said what in English prose.

>>> from quoteattr import attribute_quotes
>>> [(q.text, q.speaker.name) for q in attribute_quotes('"Yes," said Jane Roe.')]
[('Yes,', 'Jane Roe')]

The same quotes as flat rows, for CSV or ``pandas.DataFrame(records(...))``:

>>> from quoteattr import records
>>> [(r["quote"], r["speaker"], r["cue"]) for r in records(attribute_quotes('"Yes," said Jane Roe.'))]
[('Yes,', 'Jane Roe', 'said')]
"""

from __future__ import annotations

from quoteattr.attribute import Attributor, attribute_quotes
from quoteattr.batch import DocumentError, attribute_many
from quoteattr.build import build_name
from quoteattr.config import Config
from quoteattr.lang import Lexicon
from quoteattr.model import Cue, Quote, Span, Speaker
from quoteattr.tables import records

__version__ = "0.1.0"

__all__ = [
    "Attributor",
    "Config",
    "Cue",
    "DocumentError",
    "Lexicon",
    "Quote",
    "Span",
    "Speaker",
    "__version__",
    "attribute_many",
    "attribute_quotes",
    "build_name",
    "records",
]
