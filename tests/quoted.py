"""Test helper: the one quote of a passage with a given text."""

from __future__ import annotations

from quoteattr import Config, Quote, attribute_quotes


def the_quote(text: str, quote: str, config: Config | None = None) -> Quote:
    """The one quote of *text* whose text is *quote* (the assertion lists the quotes found otherwise)."""
    found = attribute_quotes(text, config)
    matching = [q for q in found if q.text == quote]
    assert len(matching) == 1, [q.text for q in found]
    return matching[0]
