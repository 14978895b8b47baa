"""The build that runs: ``quoteattr --version`` names it, and a compiled build gives pure Python's output.

The compiled build is the same source compiled with mypyc (``QUOTEATTR_COMPILE=1
pip install .``).  Its comparison with pure Python runs only where the
installed package is compiled (``.ci/run`` runs the suite against such an
install as well); elsewhere it skips.
"""

from __future__ import annotations

import contextlib
import importlib.machinery
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import quoteattr
from quoteattr import attribute_quotes, build_name, cli
from quoteattr.build import COMPILED, PURE, compiled_modules

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "data" / "gold.jsonl"
SAMPLE = ROOT / "examples" / "sample_article.txt"

_EXTENSIONS = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def _runs_compiled(module_name: str) -> bool:
    """Whether the module was imported from an extension file rather than a ``.py`` file."""
    return str(sys.modules[module_name].__file__).endswith(_EXTENSIONS)


def test_version_names_the_build_that_runs() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    expected = COMPILED if _runs_compiled("quoteattr.quotes") else PURE
    assert out.getvalue() == f"quoteattr {quoteattr.__version__} ({expected})\n"


def test_version_in_a_fresh_interpreter() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import sys\nfrom quoteattr import cli\nsys.exit(cli.main(['--version']))"],
        capture_output=True, text=True, timeout=120, cwd=Path(quoteattr.__file__).parents[1], check=True,
    )
    assert done.stdout.startswith(f"quoteattr {quoteattr.__version__} (")
    assert done.stdout.rstrip("\n").endswith((f"({COMPILED})", f"({PURE})"))


def test_compiled_modules_are_the_ones_loaded_from_extensions() -> None:
    names = compiled_modules()
    assert list(names) == sorted(names)
    for name in names:
        assert _runs_compiled(name), name
    engine = ("quoteattr.quotes", "quoteattr.text.segment", "quoteattr.attribute")
    assert all(_runs_compiled(name) == (name in names) for name in engine)
    assert build_name() == (COMPILED if names else PURE)
    # The public records stay Python classes in both builds.
    assert "quoteattr.model" not in names and "quoteattr.config" not in names


def test_pure_checkout_runs_pure_python() -> None:
    package = Path(quoteattr.__file__).parent
    if any(path.name.endswith(_EXTENSIONS) for path in package.rglob("*")):
        pytest.skip("this install carries compiled modules")
    assert compiled_modules() == ()
    assert build_name() == PURE


def _documents() -> list[str]:
    """Bundled text: the gold documents, the sample article, and a few hand-made cases."""
    docs = [json.loads(line)["text"] for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs.append(SAMPLE.read_text(encoding="utf-8"))
    docs += [
        '"We will rebuild," said the mayor, Ada Vetch. "All of it."',
        "\u201cNo,\u201d he said.\n\n\u201cYes,\u201d said Bo.\n\n\u201cMaybe.\u201d\n\n\u201cNever.\u201d",
        "\u2014 Who is there? asked Mira.\n\u2014 Only me, said the boy.",
        '"Unclosed speech runs on\n\n"and reopens," she said.',
    ]
    return docs


_PURE_SCRIPT = """\
import json, sys
from quoteattr import attribute_quotes, build_name
assert build_name() == "pure Python", build_name()
docs = json.load(sys.stdin)
json.dump([[q.to_dict() for q in attribute_quotes(d)] for d in docs], sys.stdout, sort_keys=True)
"""


def test_compiled_build_gives_pure_python_output(tmp_path: Path) -> None:
    if not compiled_modules():
        pytest.skip("no compiled build installed (QUOTEATTR_COMPILE=1 pip install .)")
    # The same installed source run as Python: its .py files without the extension modules.
    package = Path(quoteattr.__file__).parent
    shutil.copytree(
        package,
        tmp_path / "quoteattr",
        ignore=shutil.ignore_patterns("__pycache__", *(f"*{s}" for s in _EXTENSIONS)),
    )
    docs = _documents()
    done = subprocess.run(
        [sys.executable, "-c", _PURE_SCRIPT],
        input=json.dumps(docs), capture_output=True, text=True, timeout=600, cwd=tmp_path,
        env={"PATH": "", "PYTHONPATH": str(tmp_path), "PYTHONIOENCODING": "utf-8"},
    )
    assert done.returncode == 0, done.stderr
    compiled = [[q.to_dict() for q in attribute_quotes(d)] for d in docs]
    assert json.dumps(compiled, sort_keys=True) == done.stdout
    assert sum(len(quotes) for quotes in compiled) > len(docs)  # the comparison covers many quotes
