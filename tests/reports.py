"""Test helper: the reports of a passage, as the reported-speech tables write them."""

from __future__ import annotations

from quoteattr import attribute_quotes

#: One report as a table expects it: ``(content, source mention or None, cue)``.
Expected = tuple[str, "str | None", str]


def reports_of(text: str) -> list[Expected]:
    """Every report that ``attribute_quotes(text, indirect=True)`` finds, sorted, as
    ``(content, source mention, cue)``."""
    return sorted(
        (q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else "")
        for q in attribute_quotes(text, indirect=True)
        if q.kind == "indirect"
    )
