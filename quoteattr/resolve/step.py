"""Stage 5, the resolution step record: what every name-resolution step declares about itself.

A :class:`Step` is to ``Speaker.resolution`` what a
:class:`~quoteattr.rules.Rule` is to ``Quote.rule``: an id, a one-line
summary, and an example passage with the mention it resolves and the name it
must give, so a wrong ``speaker.name`` can be traced to the step that chose it.
"""

from __future__ import annotations

import attrs

#: Where a step runs: in news reading, or against a novel's cast (dialogue documents).
STEP_FAMILIES = ("news", "fiction")


@attrs.frozen
class Step:
    """One name-resolution step.

    Attributes:
        id: the stable upper-case id a speaker carries (``Speaker.resolution``).
        family: ``news`` (names in an article) or ``fiction`` (the cast of a
            novel, in documents read as dialogue).
        summary: what the step does, in one line.
        example: a passage in which the step names a speaker.
        mention: the mention the step resolves in the example (``speaker.text``).
        name: the name the step must give it (``speaker.name``).
    """

    id: str = attrs.field(validator=attrs.validators.matches_re(r"[A-Z]+(?:_[A-Z]+)*"))
    family: str = attrs.field(validator=attrs.validators.in_(STEP_FAMILIES))
    summary: str
    example: str
    mention: str
    name: str
