"""Keep the documentation true to the code.

* Every fenced ``python`` block of the explanation pages that holds ``>>>``
  lines runs as a doctest, so the examples and their printed output cannot
  drift from what the library does.  ``docs/usage.md`` must have such blocks.
* Every public name has a docstring and a section in ``docs/api.md``.
* Every lexicon file and every :class:`~quoteattr.Config` option is
  described in the docs (rules are in ``docs/rules.md``, checked by
  ``tests/test_rules.py`` against the registry).
* Every relative link between the pages leads to an existing page and heading.
"""

from __future__ import annotations

import contextlib
import doctest
import importlib
import re
from pathlib import Path
from types import ModuleType

import attrs
import pytest

import quoteattr

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PACKAGE = ROOT / "quoteattr"

#: The explanation pages and the reference: their examples run and their links
#: are checked here.  (benchmarks.md and spark.md need optional packages and data.)
PAGES = [
    "index.md", "usage.md", "how-it-works.md", "segmentation.md", "quotes.md",
    "cues-and-mentions.md", "binding.md", "resolution.md", "lexicons.md",
    "limitations.md", "api.md", "rules.md", "accuracy.md", "recipes.md", "troubleshooting.md",
    "reported-speech.md", "fiction.md",
]

#: A fenced block opened by ```python and closed by ``` on a line of its own.
_FENCE_RE = re.compile(r"^```python[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


def _doctest_blocks(path: Path) -> list[tuple[int, str]]:
    """The python blocks of *path* that contain ``>>>``, with their 1-based first line."""
    text = path.read_text(encoding="utf-8")
    blocks: list[tuple[int, str]] = []
    for m in _FENCE_RE.finditer(text):
        body = m.group(1)
        if ">>>" in body:
            blocks.append((text.count("\n", 0, m.start(1)) + 1, body))
    return blocks


_BLOCKS = [
    (page.name, line, source)
    for page in (DOCS / name for name in PAGES)
    for line, source in _doctest_blocks(page)
]


def test_usage_has_doctest_blocks() -> None:
    # Without this, deleting every example would leave the doctest test green.
    assert sum(1 for page, _, _ in _BLOCKS if page == "usage.md") >= 5


@pytest.mark.parametrize(
    ("page", "line", "source"), _BLOCKS, ids=[f"{page}:{line}" for page, line, _ in _BLOCKS]
)
def test_doc_example_runs(page: str, line: int, source: str) -> None:
    """Each block is self-contained: it runs in fresh globals and must print what it shows."""
    parser = doctest.DocTestParser()
    test = parser.get_doctest(source, {}, f"{page}:{line}", str(DOCS / page), line - 1)
    assert test.examples, "a block with >>> must hold at least one example"
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    failures: list[str] = []

    def report(out: str) -> None:
        failures.append(out)

    runner.run(test, out=report)
    assert runner.failures == 0, "".join(failures)


def _api_headings() -> set[str]:
    """The names documented in ``docs/api.md``: every backticked word in a heading."""
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    names: set[str] = set()
    for heading in re.findall(r"^#{2,4} (.+)$", text, re.MULTILINE):
        names.update(re.findall(r"`(?:[\w.]+\.)?(\w+)", heading))
    return names


def _public_names() -> list[tuple[ModuleType, str]]:
    """``quoteattr.__all__``, plus ``attribute_many`` when ``quoteattr.batch`` exists."""
    names: list[tuple[ModuleType, str]] = [(quoteattr, name) for name in quoteattr.__all__]
    with contextlib.suppress(ModuleNotFoundError):
        batch = importlib.import_module("quoteattr.batch")
        names += [(batch, name) for name in getattr(batch, "__all__", ["attribute_many"])]
    return names


@pytest.mark.parametrize(("module", "name"), _public_names(), ids=lambda x: getattr(x, "__name__", x))
def test_public_name_is_documented(module: ModuleType, name: str) -> None:
    obj = getattr(module, name)
    if callable(obj):
        # The object's own docstring, not one inherited from object or a base class.
        doc = obj.__dict__.get("__doc__") if isinstance(obj, type) else obj.__doc__
        assert doc and doc.strip(), f"{module.__name__}.{name} has no docstring"
    assert name in _api_headings(), f"{module.__name__}.{name} has no heading in docs/api.md"


def test_version_is_documented_value() -> None:
    # A str cannot carry a docstring, so api.md must state the value instead.
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", quoteattr.__version__)
    assert quoteattr.__version__ in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


_DATA_FILES = sorted(p.name for p in (PACKAGE / "lang" / "en").iterdir() if p.suffix in (".txt", ".tsv"))


def test_data_files_found() -> None:
    assert "cue_verbs.tsv" in _DATA_FILES


@pytest.mark.parametrize("name", _DATA_FILES)
def test_lexicon_file_is_documented(name: str) -> None:
    text = (DOCS / "lexicons.md").read_text(encoding="utf-8")
    assert f"`{name}`" in text, f"quoteattr/lang/en/{name} is not described in docs/lexicons.md"


@pytest.mark.parametrize("option", [f.name for f in attrs.fields(quoteattr.Config)])
def test_config_option_is_documented(option: str) -> None:
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    assert f"`{option}`" in text, f"Config.{option} is not described in docs/api.md"


_LINK_RE = re.compile(r"\]\(([^)\s]+)\)")


def _slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lowercase, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    """Every heading anchor of a Markdown page (fenced code skipped)."""
    text = re.sub(r"^```.*?^```", "", path.read_text(encoding="utf-8"), flags=re.MULTILINE | re.DOTALL)
    return {_slug(h) for h in re.findall(r"^#{1,6} (.+)$", text, re.MULTILINE)}


def _relative_links() -> list[tuple[str, str]]:
    """(page, target) for every link of the linked pages that is not a URL."""
    links: list[tuple[str, str]] = []
    for page in PAGES:
        for target in _LINK_RE.findall((DOCS / page).read_text(encoding="utf-8")):
            if not re.match(r"[a-z]+:", target):
                links.append((page, target))
    return links


def test_slug_rule() -> None:
    assert _slug("`dialogue`: fiction-style turn taking") == "dialogue-fiction-style-turn-taking"


@pytest.mark.parametrize(("page", "target"), _relative_links())
def test_relative_link_resolves(page: str, target: str) -> None:
    file_part, _, anchor = target.partition("#")
    path = (DOCS / page).parent / file_part if file_part else DOCS / page
    assert path.exists(), f"{page} links to missing {file_part}"
    if anchor:
        assert anchor in _anchors(path), f"{page} links to missing anchor #{anchor} in {path.name}"
