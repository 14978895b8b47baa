"""Stage 4: the binding rules, every one by id, and the order the engine runs them in.

Each rule is a :class:`Rule` record declared next to its function, in the
module of its family:

* :mod:`~quoteattr.rules.local`: read the narration around one quote;
* :mod:`~quoteattr.rules.continuation`: copy a speaker between neighbouring quotes;
* :mod:`~quoteattr.rules.dialogue`: the turns of a conversation (documents read as dialogue);
* :mod:`~quoteattr.rules.reported`: reported speech and the partial quotes in it
  (with ``indirect=True``).

:data:`RULES` holds every rule by id: every value ``Quote.rule`` can take is
one of its keys.  :data:`LOCAL`, :data:`CONTINUATION`, :data:`DIALOGUE` and
:data:`REPORTED` are the sequences the engine runs, most precise first, each written once, at
the end of its family's module (``SEQUENCE``), so that adding a rule touches
one file.  ``python -m quoteattr.rules --markdown`` writes ``docs/rules.md``.

>>> RULES["QUOTE_CUE_SPEAKER"].confidence
0.95
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from quoteattr.document import Binding, Document
from quoteattr.grammar import Grammar
from quoteattr.rules import continuation, dialogue, local, reported
from quoteattr.rules.rule import FAMILIES, Rule

#: The local rules, in the order they are tried on each quote: the first binding accepted wins.
LOCAL: tuple[Rule[local.LocalRun], ...] = local.SEQUENCE

#: The rules that copy a speaker from a neighbouring quote, in order.
CONTINUATION: tuple[Rule[continuation.ContinuationRun], ...] = continuation.SEQUENCE

#: The rules of conversations, in order (documents read as dialogue).
DIALOGUE: tuple[Rule[dialogue.DialogueRun], ...] = dialogue.SEQUENCE

#: The reported-speech rules (with ``indirect=True``): each cue word is read by
#: the one its kind calls for (:func:`quoteattr.rules.reported.read.read_cue`).
REPORTED: tuple[Rule[reported.ReportRun], ...] = reported.SEQUENCE

#: Every rule by id, in the order the engine meets them; an id that other
#: rules' functions emit (``ACCORDING_TO``, ``VOCATIVE``) follows its family.
_ALL: tuple[Rule[Any], ...] = (
    *LOCAL,
    *local.EMITTED,
    *CONTINUATION,
    *continuation.EMITTED,
    *DIALOGUE,
    *dialogue.EMITTED,
    *REPORTED,
    *reported.ATTACHED,
)
RULES: Mapping[str, Rule[Any]] = {rule.id: rule for rule in _ALL}

__all__ = [
    "CONTINUATION",
    "DIALOGUE",
    "FAMILIES",
    "LOCAL",
    "REPORTED",
    "RULES",
    "Rule",
    "apply",
    "bind_locally",
]


def bind_locally(doc: Document, g: Grammar, knows: Callable[[str], bool]) -> list[Binding | None]:
    """Run :data:`LOCAL` on every quote of *doc*: the first binding accepted wins.

    A binding with a cue is always accepted; a cue-less one of a checked rule
    (:attr:`Rule.checked`) only when :func:`~quoteattr.rules.local.plausible`
    finds it so, *knows* telling whether a word belongs to a full name in the document.
    """
    runs = [(rule.run, rule.checked) for rule in LOCAL]
    text = doc.text
    bindings: list[Binding | None] = []
    for i in range(len(doc.spans)):
        ctx = doc.context(i)
        found: Binding | None = None
        for run, checked in runs:
            binding = run(ctx, g)
            if binding is not None and (
                binding.cue is not None or not checked or local.plausible(binding, text, g, knows)
            ):
                found = binding
                break
        bindings.append(found)
    return bindings


def apply(bindings: Sequence[Binding | None], made: Mapping[int, Binding]) -> list[Binding | None]:
    """*bindings* with the bindings a rule *made* put in place (a new list; *bindings* is unchanged)."""
    result = list(bindings)
    for k, binding in made.items():
        result[k] = binding
    return result
