"""Stage 4 and 5, their documentation: ``docs/rules.md`` written from the registries.

:func:`markdown` renders every binding rule of :data:`quoteattr.rules.RULES`
and every name-resolution step of :data:`quoteattr.resolve.STEPS`, with its
id, summary, confidence and example, in the order the engine meets them.
``python -m quoteattr.rules --markdown > docs/rules.md`` regenerates the
page; ``tests/test_rules.py`` fails when the page is out of date.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from quoteattr.resolve import STEPS
from quoteattr.resolve.step import Step
from quoteattr.rules import CONTINUATION, DIALOGUE, LOCAL, REPORTED, RULES
from quoteattr.rules.rule import Rule

_HEADER = """\
# Rules

<!-- Written by `python -m quoteattr.rules --markdown > docs/rules.md` from
quoteattr.rules.RULES and quoteattr.resolve.STEPS. Edit the rules, not this
page: tests/test_rules.py fails when the two differ. -->

Every quote that has a speaker names the rule that bound it (`Quote.rule`),
and every speaker name chosen by name resolution names the step that chose it
(`Speaker.resolution`). This page lists both, in the order the engine meets
them, each with an example that `tests/test_rules.py` runs: the rule must
bind a quote of its example, and the first quote it binds must get the
speaker shown. Dialogue rules and fiction steps run on documents read as
dialogue; their examples run with `Config(dialogue="on")`.
[How it works](how-it-works.md#adding-a-rule) shows how to add one.

A local rule's binding without a cue is checked before it is taken (unless
the rule says otherwise): a one-word name the document never uses in a full
name (a capitalised sentence opener such as `Soon`), `you`, or a description
that is neither headed by a role noun nor followed by a predicate is
rejected, and the next rule is tried.
"""


def _confidence(rule: Rule[Any]) -> str:
    """The rule's confidence, and its weaker cases."""
    text = f"{rule.confidence:g}"
    for case, value in rule.weaker:
        text += f"; {value:g} from {case}"
    return text


def _example(text: str) -> list[str]:
    """A fenced block holding *text* as written."""
    return ["```text", *text.splitlines(), "```"]


def _rule_section(rule: Rule[Any]) -> list[str]:
    """One rule's section: summary, facts and example."""
    lines = [f"### `{rule.id}`", "", rule.summary, ""]
    lines.append(f"- family: {rule.family}; confidence: {_confidence(rule)}")
    if rule.emitted_by:
        lines.append("- bound by the functions of: " + ", ".join(f"`{r}`" for r in rule.emitted_by))
    if not rule.checked:
        lines.append("- a binding without a cue is taken without the check on cue-less bindings")
    lines += ["", "Example, speaker **" + rule.speaker + "**:", "", *_example(rule.example), ""]
    return lines


def _step_section(step: Step) -> list[str]:
    """One resolution step's section."""
    return [
        f"### `{step.id}`",
        "",
        step.summary,
        "",
        f"- family: {step.family}",
        "",
        f"Example, `{step.mention}` is named **{step.name}**:",
        "",
        *_example(step.example),
        "",
    ]


def _index(rows: Iterable[tuple[str, str, str, str]]) -> list[str]:
    """A table of (order, id, family, summary) rows."""
    lines = ["| order | id | family | what it does |", "|---:|---|---|---|"]
    lines += [f"| {order} | [`{id_}`](#{id_.lower()}) | {family} | {summary} |" for order, id_, family, summary in rows]
    return lines + [""]


def markdown() -> str:
    """The text of ``docs/rules.md``."""
    sequence: tuple[Rule[Any], ...] = (*LOCAL, *CONTINUATION, *DIALOGUE, *REPORTED)
    order = {rule.id: n for n, rule in enumerate(sequence, start=1)}
    rows = []
    for rule in RULES.values():
        position = str(order[rule.id]) if rule.id in order else "in " + ", ".join(str(order[r]) for r in rule.emitted_by)
        rows.append((position, rule.id, rule.family, rule.summary))
    lines = [_HEADER, "## Binding rules", ""]
    lines += [
        "The local rules are tried on each quote in this order; the first binding",
        "accepted wins. The continuation rules, then (in dialogue) the dialogue",
        "rules, fill the quotes still without a speaker. With `indirect=True`, the",
        "reported-speech rules read every cue word outside quotation marks (the one",
        "its kind calls for), and their examples run with `Config(indirect=True)`;",
        "see [reported speech](reported-speech.md).",
        "",
    ]
    lines += _index(rows)
    for rule in RULES.values():
        lines += _rule_section(rule)
    lines += ["## Name-resolution steps", ""]
    lines += _index((str(n), s.id, s.family, s.summary) for n, s in enumerate(STEPS.values(), start=1))
    for step in STEPS.values():
        lines += _step_section(step)
    return "\n".join(lines).rstrip() + "\n"
