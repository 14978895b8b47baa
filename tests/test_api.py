"""The public API: input checking, result shape, ordering, immutability and doctests."""

from __future__ import annotations

import ast
import doctest
import importlib
import importlib.machinery
import pickle
import pkgutil
from pathlib import Path
from types import ModuleType

import attrs
import pytest

import quoteattr
from quoteattr import Attributor, Config, Quote, attribute_quotes

TEXT = (
    'Mayor Jane Ortiz spoke on Monday. "We will rebuild," she said. '
    '"It will take years," said Tom Becker, "and money."\n\n'
    'Officials said the plan was "on track."'
)


@pytest.mark.parametrize("bad", [b'"Hi," she said.', None, 42, 3.5, ["text"], bytearray(b"x")])
def test_non_str_raises_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError) as info:
        attribute_quotes(bad)  # type: ignore[arg-type]
    message = str(info.value)
    assert type(bad).__name__ in message
    assert "str" in message


def test_bytes_error_says_how_to_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        attribute_quotes(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, 42, ["text"]])
def test_decode_hint_only_for_bytes(bad: object) -> None:
    # Telling a caller who passed None to decode bytes sends them the wrong way.
    with pytest.raises(TypeError) as info:
        attribute_quotes(bad)  # type: ignore[arg-type]
    assert "decode" not in str(info.value)


def test_records_of_something_else_than_quotes_is_a_type_error() -> None:
    from quoteattr import records

    with pytest.raises(TypeError, match=r"records\(\) expects Quote objects, got str"):
        records('"Hi," she said.')  # type: ignore[arg-type]


def test_str_subclass_is_accepted() -> None:
    class Text(str):
        pass

    quotes = attribute_quotes(Text('"Yes," said Ana Ruiz.'))
    assert [q.text for q in quotes] == ["Yes,"]


def test_bad_config_raises_type_error() -> None:
    with pytest.raises(TypeError, match="Config"):
        Attributor({"window": 10})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"single_quotes": "sometimes"}, ValueError,
         "single_quotes must be one of 'auto', 'never', 'always', got 'sometimes'"),
        ({"single_quotes": 1}, TypeError, "single_quotes must be a str, got int"),
        ({"dialogue": "maybe"}, ValueError, "dialogue must be one of 'auto', 'on', 'off', got 'maybe'"),
        ({"dash_dialogue": "on"}, ValueError, "dash_dialogue must be one of 'auto', 'always', 'never', got 'on'"),
        ({"window": 5}, ValueError, "window must be at least 20, got 5"),
        ({"window": 19}, ValueError, "window must be at least 20, got 19"),
        ({"window": "400"}, TypeError, "window must be an int, got str"),
        ({"window": True}, TypeError, "window must be an int, got bool"),
        ({"resolve_names": "yes"}, TypeError, "resolve_names must be True or False, got 'yes'"),
    ],
)
def test_config_errors_are_one_plain_sentence(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    # One argument, so str() is the sentence itself (attrs' validators give a tuple).
    with pytest.raises(error) as info:
        Config(**kwargs)  # type: ignore[arg-type]
    assert info.value.args == (message,)
    assert str(info.value) == message


def test_config_accepts_the_bounds_and_pickles() -> None:
    config = Config(single_quotes="always", dialogue="on", window=20, resolve_names=False)
    assert pickle.loads(pickle.dumps(config)) == config
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        config.window = 30  # type: ignore[misc]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "No quotes here."])
def test_no_quotes_gives_empty_list(text: str) -> None:
    assert attribute_quotes(text) == []


def test_results_sorted_and_typed() -> None:
    quotes = attribute_quotes(TEXT)
    assert [q.text for q in quotes] == ["We will rebuild,", "It will take years,", "and money.", "on track."]
    assert all(isinstance(q, Quote) for q in quotes)
    starts = [q.start for q in quotes]
    assert starts == sorted(starts)


def test_to_dict_exact_shape() -> None:
    quotes = attribute_quotes(TEXT)
    attributed = [q for q in quotes if q.speaker is not None and q.cue is not None]
    assert attributed, "the sample text has attributed quotes"
    for q in quotes:
        d = q.to_dict()
        assert set(d) == {"text", "start", "end", "speaker", "cue", "kind", "confidence", "rule", "unclosed"}
        assert d["kind"] == "direct"
        assert isinstance(d["confidence"], float)
        assert 0.0 <= d["confidence"] <= 1.0
        assert (d["text"], d["start"], d["end"]) == (q.text, q.start, q.end)
        assert TEXT[d["start"] : d["end"]] == d["text"]
        if d["speaker"] is None:
            assert d["rule"] is None
        else:
            assert set(d["speaker"]) == {"name", "text", "start", "end", "kind", "entity", "gender"}
            assert isinstance(d["rule"], str) and d["rule"]
            assert TEXT[d["speaker"]["start"] : d["speaker"]["end"]] == d["speaker"]["text"]
        if d["cue"] is not None:
            assert set(d["cue"]) == {"text", "start", "end"}
            assert TEXT[d["cue"]["start"] : d["cue"]["end"]] == d["cue"]["text"]


def test_to_dict_values_for_a_simple_quote() -> None:
    text = '"We turned it down," Pires stated.'
    (q,) = attribute_quotes(text)
    d = q.to_dict()
    assert d["text"] == "We turned it down,"
    assert (d["start"], d["end"]) == (1, 19)
    assert d["speaker"]["name"] == "Pires"
    assert (d["speaker"]["start"], d["speaker"]["end"]) == (21, 26)
    assert d["cue"] == {"text": "stated", "start": 27, "end": 33}
    assert d["unclosed"] is False


def test_input_is_never_mutated() -> None:
    text = "".join(['"Yes," said ', "Ana Ruiz."])
    copy = str(text)
    before = id(text)
    attribute_quotes(text)
    assert text == copy
    assert id(text) == before


def test_results_are_frozen() -> None:
    (q,) = attribute_quotes('"Yes," said Ana Ruiz.')
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.text = "No"  # type: ignore[misc]
    assert q.speaker is not None
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.speaker.name = "Someone"  # type: ignore[misc]


def test_public_names() -> None:
    for name in quoteattr.__all__:
        obj = getattr(quoteattr, name)
        if name != "__version__":
            assert obj.__doc__, f"{name} needs a docstring"


# -- doctests of every module -------------------------------------------------------


def _modules() -> list[str]:
    names = ["quoteattr"]
    for info in pkgutil.walk_packages(quoteattr.__path__, "quoteattr."):
        # Importing __main__ runs the command line; it holds no doctests.
        if not info.name.endswith("__main__"):
            names.append(info.name)
    return sorted(names)


def _import(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        # Optional integrations (the Spark extra) need packages a plain install lacks.
        if exc.name and not exc.name.startswith("quoteattr"):
            pytest.skip(f"{name} needs the optional package {exc.name}")
        raise


_DOCTEST_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _doctests(module: ModuleType) -> list[doctest.DocTest]:
    """The doctests of *module*.

    A module of the compiled build (mypyc) keeps no docstrings: its examples
    are read from the source beside it and run against the compiled module.
    """
    path = Path(str(module.__file__))
    if not path.name.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)):
        return doctest.DocTestFinder().find(module)
    source = path.with_name(path.name.split(".")[0] + ".py")
    parser = doctest.DocTestParser()
    tests = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            doc = ast.get_docstring(node, clean=False)
            if doc and ">>>" in doc:
                label = f"{module.__name__}.{getattr(node, 'name', '')}".rstrip(".")
                line = getattr(node, "lineno", 0)
                tests.append(parser.get_doctest(doc, dict(vars(module)), label, str(source), line))
    return tests


@pytest.mark.parametrize("name", _modules())
def test_module_doctests(name: str) -> None:
    runner = doctest.DocTestRunner(optionflags=_DOCTEST_FLAGS)
    for test in _doctests(_import(name)):
        runner.run(test)
    assert runner.failures == 0, f"{runner.failures} doctest(s) failed in {name}"


def test_core_modules_have_doctests() -> None:
    # Without this, deleting every example would leave the doctest tests green.
    for name in ("quoteattr", "quoteattr.model", "quoteattr.text.segment", "quoteattr.quotes", "quoteattr.cues"):
        tests = _doctests(importlib.import_module(name))
        assert sum(len(t.examples) for t in tests) > 0, name
