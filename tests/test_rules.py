"""The rule registry (``quoteattr.rules``) and the resolution steps (``quoteattr.resolve``).

Every rule and every step proves itself on its own example; every id the
engine writes into a result is registered; ``docs/rules.md`` is the registry
rendered.  Nothing here reads source code to find rules.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import messy_text, prose

from quoteattr import Config, Quote, attribute_quotes
from quoteattr.document import Binding, Document, Mention
from quoteattr.grammar import Grammar
from quoteattr.quotes import find_quotes
from quoteattr.resolve import STEPS
from quoteattr.resolve.fiction import Characters
from quoteattr.resolve.news import NewsNames
from quoteattr.resolve.step import Step
from quoteattr.rules import (
    CONTINUATION,
    DIALOGUE,
    LOCAL,
    REPORTED,
    RULES,
    Rule,
    apply,
    bind_locally,
)
from quoteattr.rules.__main__ import main
from quoteattr.rules.continuation import _nearest_bound
from quoteattr.rules.table import markdown
from quoteattr.text.segment import paragraph_spans

ROOT = Path(__file__).resolve().parents[1]
_DIALOGUE = Config(dialogue="on")


def _config(family: str) -> Config:
    """Dialogue rules and fiction steps run on documents read as dialogue; the
    reported-speech rules with ``indirect=True``."""
    if family == "reported":
        return Config(indirect=True)
    return _DIALOGUE if family in ("dialogue", "fiction") else Config()


@pytest.mark.parametrize("rule", list(RULES.values()), ids=list(RULES))
def test_rule_binds_its_example_to_its_speaker(rule: Rule[Any]) -> None:
    quotes = attribute_quotes(rule.example, _config(rule.family))
    bound = [q for q in quotes if q.rule == rule.id]
    assert bound, f"{rule.id} binds no quote of its example: {[q.rule for q in quotes]}"
    first = bound[0]
    assert first.speaker is not None and first.speaker.name == rule.speaker
    # A rule binds at its own confidence, or one of its weaker cases' (a copy
    # is never surer than its source, and the examples copy surer bindings).
    assert first.confidence in {rule.confidence, *(value for _case, value in rule.weaker)}


@pytest.mark.parametrize("step", list(STEPS.values()), ids=list(STEPS))
def test_step_names_its_example(step: Step) -> None:
    quotes = attribute_quotes(step.example, _config(step.family))
    named = [q.speaker for q in quotes if q.speaker is not None and q.speaker.resolution == step.id]
    assert named, f"{step.id} names no speaker of its example"
    assert (named[0].text, named[0].name) == (step.mention, step.name)


def test_a_name_left_as_written_has_no_step() -> None:
    (q,) = attribute_quotes('"We won," said Jane Roe.')
    assert q.speaker is not None and (q.speaker.name, q.speaker.resolution) == ("Jane Roe", None)
    (q,) = attribute_quotes('Tom Hill came. "Yes," he said.', Config(resolve_names=False))
    assert q.speaker is not None and (q.speaker.name, q.speaker.resolution) == ("he", None)


def test_the_sequences_hold_every_rule_of_their_family_once() -> None:
    families = (
        (LOCAL, "local"),
        (CONTINUATION, "continuation"),
        (DIALOGUE, "dialogue"),
        (REPORTED, "reported"),
    )
    for sequence, family in families:
        assert all(rule.family == family for rule in sequence)
    sequences: tuple[Rule[Any], ...] = (*LOCAL, *CONTINUATION, *DIALOGUE, *REPORTED)
    in_sequences = [rule.id for rule in sequences]
    assert len(in_sequences) == len(set(in_sequences))
    for rule in RULES.values():
        if rule.id in in_sequences:
            assert not rule.emitted_by
        else:
            # An id no sequence runs is emitted by rules that one does.
            assert rule.emitted_by and set(rule.emitted_by) <= set(in_sequences), rule.id


def test_ids_are_unique_across_rules_and_steps() -> None:
    assert not set(RULES) & set(STEPS)
    assert all(rule.id == key for key, rule in RULES.items())
    assert all(step.id == key for key, step in STEPS.items())


def _registered(quotes: list[Quote]) -> None:
    """Assert that every rule and step id in *quotes* is registered."""
    for q in quotes:
        assert (q.rule is None) == (q.speaker is None)
        if q.rule is not None:
            assert q.rule in RULES
        if q.speaker is not None and q.speaker.resolution is not None:
            assert q.speaker.resolution in STEPS


def _bundled_texts() -> list[str]:
    """The texts of the bundled gold set and of the case files."""
    texts = []
    for path in (ROOT / "benchmarks" / "data" / "gold.jsonl", *sorted((ROOT / "tests" / "cases").glob("*.jsonl"))):
        with path.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return texts


@pytest.mark.parametrize("config", [Config(), _DIALOGUE], ids=["news", "dialogue"])
def test_every_id_in_the_bundled_documents_is_registered(config: Config) -> None:
    texts = _bundled_texts()
    assert len(texts) > 100
    for text in texts:
        _registered(attribute_quotes(text, config))


@settings(max_examples=200)
@given(st.one_of(messy_text(), prose().map(lambda p: p.render("curly"))), st.booleans())
def test_every_id_in_any_text_is_registered(text: str, dialogue: bool) -> None:
    _registered(attribute_quotes(text, _DIALOGUE if dialogue else Config()))


def test_docs_rules_md_is_the_registry_rendered() -> None:
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert page == markdown(), "docs/rules.md is out of date: python -m quoteattr.rules --markdown > docs/rules.md"


def test_rules_md_lists_every_rule_and_step_with_its_example() -> None:
    page = markdown()
    for item in (*RULES.values(), *STEPS.values()):
        assert isinstance(item, (Rule, Step))
        assert f"### `{item.id}`" in page
        assert item.example.splitlines()[0] in page


def test_module_prints_the_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--markdown"]) == 0
    assert capsys.readouterr().out == markdown()
    assert main([]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in lines] == list(RULES)


def _document_and_bindings(text: str, config: Config) -> tuple[Document, list[Binding | None]]:
    """A document and the bindings its local rules and names give, as the conductor makes them."""
    paragraphs = paragraph_spans(text)
    doc = Document(text, paragraphs, find_quotes(text, paragraphs), config)
    news = NewsNames(text, config.lexicon)
    bindings = bind_locally(doc, Grammar.of(config.lexicon), news.knows)
    return doc, bindings if doc.dialogue else news.name_all(bindings)


def test_rules_return_bindings_and_never_change_what_they_read() -> None:
    # Immutable inputs: a rule that wrote into the list it reads would raise.
    # A paragraph of narration between the examples keeps their runs apart:
    # NARRATION_AFTER binds only what the turns of its run leave.
    examples = ("NARRATION_AFTER", "NARRATION_SUBJECT", "TURN_TAKING", "CONTINUATION_SPEECH")
    text = "\n\nThe rain stopped.\n\n".join(RULES[rule].example for rule in examples)
    doc, bindings = _document_and_bindings(text, _DIALOGUE)
    frozen = tuple(bindings)
    for rule in CONTINUATION:
        made = rule.run(doc, frozen)
        assert all(0 <= k < len(frozen) and b.rule in RULES for k, b in made.items())
        frozen = tuple(apply(frozen, made))
    people = Characters(doc, list(frozen))
    named = tuple(people.name_all(list(frozen)))
    for dialogue_rule in DIALOGUE:
        before = list(named)
        made = dialogue_rule.run(doc, people, named)
        assert list(named) == before
        assert made and all(b.rule in RULES for b in made.values())
        named = tuple(apply(named, made))


@given(st.lists(st.booleans(), max_size=40))
def test_continued_speech_takes_the_nearest_bound_part(bound: list[bool]) -> None:
    """Each unbound part of a speech takes the nearest bound part, the earlier one on a tie."""
    mention = Mention(0, 1, "name", "A", "", "")
    bindings = [Binding(mention, None, "R", 0.5) if b else None for b in bound]
    nearest = _nearest_bound(bindings, 0, len(bindings))
    parts = [k for k, b in enumerate(bound) if b]
    for k, b in enumerate(bound):
        if b or not parts:
            assert k not in nearest
        else:
            # The definition, searched in full.
            assert nearest[k] == min(parts, key=lambda p: (abs(p - k), p > k))
