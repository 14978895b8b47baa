"""Stage 4, the rule record: what every binding rule declares about itself.

A :class:`Rule` is data: its id (the value of ``Quote.rule``), a one-line
summary, an example passage with the speaker it must give, its confidence,
and the function that applies it.  The families of rules live in the modules
of this package (:mod:`~quoteattr.rules.local`,
:mod:`~quoteattr.rules.continuation`, :mod:`~quoteattr.rules.dialogue`);
:mod:`quoteattr.rules` lists them all and the order they run in.
"""

from __future__ import annotations

from typing import Generic, TypeVar

import attrs

from quoteattr.document import Binding, Mention

#: The function type of a rule family.
F = TypeVar("F")

#: Families, in the order the engine runs them.
FAMILIES = ("local", "continuation", "dialogue", "reported")


@attrs.frozen
class Rule(Generic[F]):
    """One binding rule.

    Attributes:
        id: the stable upper-case id a binding carries (``Quote.rule``).
        family: ``local`` (reads the narration around one quote),
            ``continuation`` (copies a speaker between neighbouring quotes),
            ``dialogue`` (turns of a conversation) or ``reported`` (reported
            speech, with ``indirect=True``).
        summary: what the rule matches, in one line.
        example: a passage in which the rule binds a quote.
        speaker: the speaker name the example must give.
        confidence: the confidence of a binding the rule makes.
        run: the function that applies the rule; its signature is the family's.
        weaker: cases in which the rule binds with less confidence, as
            ``(case, confidence)`` pairs (``("after the quote", 0.7)``).
        emitted_by: for an id that another rule's function emits rather than a
            function of its own (``ACCORDING_TO`` is read by four positional
            rules), the ids of those rules.
        checked: a binding without a cue is checked against the document
            before it is accepted (see ``docs/rules.md``).
    """

    id: str = attrs.field(validator=attrs.validators.matches_re(r"[A-Z]+(?:_[A-Z]+)*"))
    family: str = attrs.field(validator=attrs.validators.in_(FAMILIES))
    summary: str
    example: str
    speaker: str
    confidence: float
    run: F
    weaker: tuple[tuple[str, float], ...] = ()
    emitted_by: tuple[str, ...] = ()
    checked: bool = True

    def confidence_when(self, case: str) -> float:
        """The confidence of the weaker *case* (a key of :attr:`weaker`).

        Raises:
            KeyError: when the rule declares no such case.
        """
        for name, value in self.weaker:
            if name == case:
                return value
        raise KeyError(f"{self.id} has no weaker case {case!r}")

    def bind(
        self, mention: Mention, cue: tuple[int, int] | None, confidence: float | None = None
    ) -> Binding:
        """A binding of *mention* (and *cue*) by this rule, at its confidence unless one is given."""
        return Binding(mention, cue, self.id, self.confidence if confidence is None else confidence)
