"""Limits a newcomer can rely on, checked on the package's source tree.

* no import loop between the package's modules;
* no module over 600 lines, no function over 60 lines;
* every module's docstring opens by saying which stage it is (or which role
  it plays outside the stages);
* no set of English words in code outside ``quoteattr/lang/``: word lists are
  lexicon data (character classes stay in ``quoteattr/text/chars.py``).
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "quoteattr"
MODULES = sorted(PACKAGE.rglob("*.py"))

MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 60

#: How a module docstring may open: a stage of the pipeline, or a role outside it.
_ROLE_RE = re.compile(
    r"(Stage [0-5][ab]?\b|Public face\b|Public records\b|Conductor\b|Document model\b|Options\b|Front end\b)"
)

#: Words of the program's own vocabulary (modes, kinds, families, forms), which
#: may be listed in code: they name the library's values, not words of a text.
_PROGRAM_WORDS = frozenset(
    "auto never always on off strict replace name pronoun description group local continuation "
    "dialogue news fiction subject object possessive reflexive independent male female".split()
)
_WORD_RE = re.compile(r"[A-Za-z][a-z]+(?:[ '’-][A-Za-z][a-z]*)*")


def _name(path: Path) -> str:
    """The dotted module name of a file of the package."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


_NAMES = {_name(p): p for p in MODULES}


def _imports(name: str) -> set[str]:
    """The package modules *name* imports (``from a import b`` counts a.b when it is a module)."""
    found: set[str] = set()
    for node in ast.walk(_tree(_NAMES[name])):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {m for m in found if m in _NAMES and m != name}


def _cycle() -> list[str] | None:
    """An import cycle among the package's modules, if there is one (depth-first search)."""
    graph = {name: _imports(name) for name in _NAMES}
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            # A package's __init__ is imported before its submodules: a module
            # importing its own package's names is no loop.
            if node.startswith(nxt + "."):
                continue
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for name in sorted(graph):
        if name not in state:
            found = visit(name)
            if found:
                return found
    return None


def test_the_import_graph_is_read() -> None:
    # Guards the check itself: the conductor imports the rules and the resolvers.
    assert {"quoteattr.rules", "quoteattr.resolve.news", "quoteattr.document"} <= _imports("quoteattr.attribute")


def test_no_import_loop() -> None:
    assert _cycle() is None, f"import loop: {' -> '.join(_cycle() or [])}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _name(p))
def test_module_is_short(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_MODULE_LINES, f"{_name(path)} has {lines} lines"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _name(p))
def test_functions_are_short(path: Path) -> None:
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(_tree(path))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long, f"{_name(path)}: {', '.join(long)}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _name(p))
def test_docstring_says_which_stage(path: Path) -> None:
    doc = ast.get_docstring(_tree(path))
    assert doc, f"{_name(path)} has no docstring"
    assert _ROLE_RE.match(doc), f"{_name(path)}: the docstring should open with its stage: {doc.splitlines()[0]!r}"


def _word_lists(tree: ast.Module) -> list[tuple[int, list[str]]]:
    """Literal collections (and ``"...".split()``) of two or more English-looking words.

    Names of the program's own attributes are no English: ``__all__``,
    ``__slots__`` and constants named ``..._FIELDS`` (a class's field names) are left out.
    """
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and any(
            isinstance(t, ast.Name) and (t.id in ("__all__", "__slots__") or t.id.endswith("_FIELDS"))
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
        ) and node.value is not None:
            skipped.update(id(n) for n in ast.walk(node.value))
    found: list[tuple[int, list[str]]] = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        items: list[str] = []
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            items = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
        ):
            items = node.func.value.value.split()
        words = [w for w in items if _WORD_RE.fullmatch(w) and w.lower() not in _PROGRAM_WORDS]
        if len(words) >= 2:
            found.append((node.lineno if isinstance(node, ast.expr) else 0, words))
    return found


def test_the_word_list_check_finds_a_word_list() -> None:
    # Guards the check itself: it must flag the kind of code it forbids.
    tree = ast.parse(
        '_STOPS = frozenset({"during", "about"})\nX = "the and".split()\n__all__ = ["Alpha", "Beta"]\n'
        '_QUOTE_FIELDS = ("start", "end")'
    )
    assert sorted(line for line, _ in _word_lists(tree)) == [1, 2]


@pytest.mark.parametrize("path", [p for p in MODULES if "lang" not in p.relative_to(PACKAGE).parts], ids=lambda p: _name(p))
def test_no_english_word_list_in_code(path: Path) -> None:
    found = _word_lists(_tree(path))
    assert not found, f"{_name(path)}: English words belong in quoteattr/lang/en/: {found}"


#: Modules that run a program when imported (``python -m``), never imported by code.
_ENTRY_POINTS = frozenset(n for n in _NAMES if n.endswith("__main__"))


@pytest.mark.parametrize("name", sorted(set(_NAMES) - _ENTRY_POINTS), ids=str)
def test_every_exported_name_exists(name: str) -> None:
    """A module's ``__all__`` promises names ``from module import *`` gives: each must exist."""
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        if exc.name and not exc.name.startswith("quoteattr"):
            pytest.skip(f"{name} needs an optional extra: {exc}")  # quoteattr.spark without pyspark
        raise
    missing = [n for n in getattr(module, "__all__", ()) if not hasattr(module, n)]
    assert not missing, f"{name}.__all__ names what it does not define: {missing}"
