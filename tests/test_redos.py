"""ReDoS check: every compiled pattern in the package scans adversarial text in linear time.

Issue 19 asks that no regular expression can backtrack over unbounded text.
This module checks it for *every* compiled pattern in ``quoteattr``, found by
importing each module (:func:`pkgutil.walk_packages`) and collecting the
``re.Pattern`` / ``regex.Pattern`` objects held at module level or in a class
body (directly or in a tuple, list, set or dict), so nothing here names a
module or a pattern that the engine may move or rename.  Patterns built from
a :class:`~quoteattr.lang.Lexicon` are found too: every class of the package
with an ``of(lexicon)`` constructor, and every cached module function of one
``lexicon`` argument, is given the English lexicon, and the patterns held by
what it returns (and by the package objects that holds, such as a grammar's
name reader) are collected under ``Class.attribute`` (or ``function()``).

For each pattern the adversarial inputs are built from what the pattern reads:

* **character classes**: a fixed alphabet of interesting characters (letters
  of both cases and several scripts, a combining mark, digits, every kind of
  space and line break, quotation marks, dashes, brackets, punctuation, zero
  width and control characters), plus every literal character of the pattern's
  source, is probed on short strings; characters the pattern treats alike are
  merged into one class;
* **units**: a run of one class, alternations of two classes (``ab``,
  ``aaab``), and words the pattern spells out (``de``, ``Mrs``, ``the``) in
  runs;
* **tails**: nothing, one character of another class, or the end of a real
  match of the pattern (found on a small invented sample) appended to the
  run, both whole (a closing match) and without its last character (a near
  miss that forces backtracking).  Probes inside those real matches also tell
  apart the characters a long pattern reads (``, the mayor,``).

Each input is scanned the ways the package uses the pattern, read from its
source (every call ``NAME.method(...)`` on the attribute's name): ``search``,
``finditer``, ``findall``, ``sub`` and ``split`` are timed as ``finditer``
(a search from every position), ``match`` and ``fullmatch`` as themselves at
the start of the input.  A pattern with no such call (one passed around in a
variable) is timed with ``finditer`` and ``match``.  An anchored ``match`` on
a run is linear for a pattern that a search from every position would make
quadratic, which is why the operation matters.  Each is timed at two sizes.  The
check fails when ``t(LARGE) / t(SMALL)`` exceeds :data:`GROWTH_LIMIT`: linear
work gives about 10 for the 10x size step, quadratic about 100.  An input
already slow at :data:`SMALL` is measured at smaller sizes (same 10x step), and
a scan is cut off after :data:`CALL_CAP` seconds, so the module always ends.  Times are the
best of several runs of CPU time, and the small time is floored at
:data:`TIME_FLOOR` so that microsecond timings cannot make a ratio.  A cheap
screen at smaller sizes picks the inputs worth the precise measurement, so the
whole module runs in well under a minute even on a busy machine.

Each input is also scanned once under :mod:`tracemalloc` at
:data:`MEMORY_SIZE` characters: the check fails when the scan's peak memory
passes :data:`MEMORY_LIMIT` bytes per character.  The regex engine keeps
about a hundred bytes per repetition of a group while it matches, so a group
repeated without bound over a long match (``(?:-[a-z]+)*`` over
``A-A-A-...``) holds memory in proportion to the text, a hundred megabytes
for a megabyte of input.

Patterns known to be super-linear are listed in :data:`KNOWN_SUPERLINEAR`; for
them the test asserts that they still are (so whoever fixes one must remove
its entry) and names the input that shows it.
"""

from __future__ import annotations

import ast
import gc
import importlib
import importlib.machinery
import inspect
import itertools
import pkgutil
import re
import signal
import time
import tracemalloc
import types
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import regex

import quoteattr
from quoteattr.lang import Lexicon

#: Patterns whose scan time is known to grow faster than linearly, keyed by
#: (module, attribute) as the discovery names them, with the reason.  The test
#: asserts that each one still is super-linear: remove the entry when it is fixed.
#: An entry also matches the same attribute in a submodule of the module named
#: (``quoteattr.resolve`` covers ``quoteattr.resolve.news``).  A pattern built
#: from the lexicon is named by the class attribute that holds it
#: (``_NewsPatterns.appositive``).
KNOWN_SUPERLINEAR: dict[tuple[str, str], str] = {}

#: The two sizes (characters) of the precise measurement.
SMALL, LARGE = 2_000, 20_000
#: t(LARGE) / t(SMALL) above this fails: linear work gives ~10, quadratic ~100.
GROWTH_LIMIT = 40.0
#: The small time is never taken below this (seconds): a scan this fast is noise.
TIME_FLOOR = 50e-6
#: The cheap screen: sizes and the ratio above which the precise measurement runs
#: (linear ~4, quadratic ~16).
SCREEN_SMALL, SCREEN_LARGE = 1_000, 4_000
SCREEN_LIMIT = 7.0
#: The screen's small time is floored lower, as its inputs are smaller.
SCREEN_FLOOR = 10e-6
#: Longest a single timed scan may run (seconds) before it counts as that long.
CALL_CAP = 2.0
#: Peak memory (bytes per character of input) a scan may hold.  The regex
#: engine keeps about a hundred bytes per repetition of a group while it
#: matches, so a group repeated without bound over a long match holds 20-250
#: bytes per character; a bounded one holds a constant.
MEMORY_LIMIT = 8.0
#: The size (characters) of the memory measurement: memory per character
#: does not depend on size, unlike time.
MEMORY_SIZE = SCREEN_LARGE
#: Flagged inputs reported per pattern (the precise measurement is the costly part).
MAX_REPORTED = 3

#: Characters that are worth a run of their own, whatever the pattern.
ALPHABET = (
    "AZIaziÉéЖжßΩ中ا\u0301"  # letters: Latin, Cyrillic, Greek, CJK, Arabic; a combining mark
    "07٣"  # digits, one of them Arabic-Indic
    " \t\n\r\x0b\x0c\x85\u00a0\u2009\u2028\u2029"  # spaces and line breaks
    "\u200b\u200d\u200f\ufeff\x00\x01"  # zero-width, direction and control characters
    ".,;:!?…'’‘‛\"“”„«»`-–—()[]{}/\\&@#*_<>=+%$|~^"
    "\U0001f600"
)
#: Characters a probe sets beside the candidate to tell classes apart.
_PROBE_NEIGHBOURS = "Aa .,\"-\n':0"


# -- discovery ------------------------------------------------------------------


@dataclass
class FoundPattern:
    """One compiled pattern and every (module, attribute) that holds it."""

    pattern: Any
    owners: list[tuple[str, str]] = field(default_factory=list)

    @property
    def label(self) -> str:
        """``module.attribute`` of the first owner (others follow in brackets)."""
        module, attr = self.owners[0]
        extra = "".join(f" [= {m}.{a}]" for m, a in self.owners[1:])
        return f"{module}.{attr}{extra}"


def _is_pattern(value: object) -> bool:
    return isinstance(value, (re.Pattern, regex.Pattern))


def _patterns_in(name: str, value: object) -> Iterator[tuple[str, Any]]:
    """(attribute, pattern) for a pattern *value* or one held in a container."""
    if _is_pattern(value):
        yield name, value
    elif isinstance(value, (tuple, list, set, frozenset)):
        for i, item in enumerate(value):
            if _is_pattern(item):
                yield f"{name}[{i}]", item
    elif isinstance(value, dict):
        for key, item in value.items():
            if _is_pattern(item):
                yield f"{name}[{key!r}]", item


def _modules() -> Iterator[types.ModuleType]:
    """Every importable module of the package (optional extras that are missing are skipped)."""
    yield quoteattr
    for info in pkgutil.walk_packages(quoteattr.__path__, quoteattr.__name__ + "."):
        if info.name.rsplit(".", 1)[-1] == "__main__":  # runs the command line on import
            continue
        try:
            yield importlib.import_module(info.name)
        except ImportError:  # an optional extra (Spark) that is not installed
            continue


def _attributes(obj: object) -> list[tuple[str, object]]:
    """An instance's attributes, from its ``__dict__`` and its classes' ``__slots__``.

    A class compiled with mypyc (the compiled build) declares its attributes
    as descriptors of the class instead of ``__slots__``.
    """
    names = set(getattr(obj, "__dict__", {}))
    for cls in type(obj).__mro__:
        slots = vars(cls).get("__slots__", ())
        names.update((slots,) if isinstance(slots, str) else slots)
        names.update(
            name
            for name, value in vars(cls).items()
            if isinstance(value, types.GetSetDescriptorType) and not name.startswith("__")
        )
    return [(name, getattr(obj, name)) for name in sorted(names) if hasattr(obj, name)]


def _readers(module: types.ModuleType) -> Iterator[tuple[str, object]]:
    """(label, object) for what *module* builds from the English lexicon.

    A class with an ``of(lexicon)`` constructor gives its instance; a cached
    function of one ``lexicon`` argument (``functools.lru_cache``) its result.
    """
    english = Lexicon.english()
    for attr, value in sorted(vars(module).items()):
        if getattr(value, "__module__", None) != module.__name__:
            continue
        if isinstance(value, type) and isinstance(vars(value).get("of"), (staticmethod, classmethod)):
            yield attr, getattr(value, "of")(english)  # noqa: B009 - any class, not one type
        elif callable(value) and hasattr(value, "cache_info"):
            parameters = list(inspect.signature(value).parameters)
            if parameters == ["lexicon"]:
                yield f"{attr}()", value(english)


def _held_by_instance(obj: object, seen: set[int]) -> Iterator[tuple[str, str, Any]]:
    """(module, ``Class.attribute``, pattern) for the patterns *obj* holds, and the package objects it holds."""
    if id(obj) in seen:
        return
    seen.add(id(obj))
    cls = type(obj)
    for name, value in _attributes(obj):
        for label, pattern in _patterns_in(f"{cls.__name__}.{name}", value):
            yield cls.__module__, label, pattern
        if type(value).__module__.startswith(quoteattr.__name__ + ".") and not isinstance(value, type):
            yield from _held_by_instance(value, seen)


def discover_patterns() -> list[FoundPattern]:
    """Every distinct compiled pattern held by a module or class of the package, or built from the lexicon."""
    found: dict[int, FoundPattern] = {}

    def add(module: str, label: str, pattern: Any) -> None:
        entry = found.setdefault(id(pattern), FoundPattern(pattern))
        if (module, label) not in entry.owners:
            entry.owners.append((module, label))

    seen: set[int] = set()
    for module in _modules():
        for attr, value in sorted(vars(module).items()):
            holders: list[tuple[str, object]] = [(attr, value)]
            if isinstance(value, type) and value.__module__ == module.__name__:
                holders = [(f"{attr}.{a}", v) for a, v in sorted(vars(value).items())]
            for name, held in holders:
                for label, pattern in _patterns_in(name, held):
                    add(module.__name__, label, pattern)
        for label, reader in _readers(module):
            if _is_pattern(reader):
                add(module.__name__, label, reader)
            else:
                for owner, attr_label, pattern in _held_by_instance(reader, seen):
                    add(owner, attr_label, pattern)
    for entry in found.values():
        # A public name first: ``quotes.DOUBLE_MARK_RE`` re-exports ``text.chars.DOUBLE_MARK_RE``.
        entry.owners.sort(key=lambda owner: (owner[1].startswith("_"), owner))
    return sorted(found.values(), key=lambda entry: entry.label)


#: How each pattern method is timed: a search-like method tries every position.
_OPERATION_OF = {
    "search": "finditer",
    "finditer": "finditer",
    "findall": "finditer",
    "sub": "finditer",
    "subn": "finditer",
    "split": "finditer",
    "match": "match",
    "fullmatch": "fullmatch",
}
#: The operations timed for a pattern whose calls the source does not show.
DEFAULT_OPERATIONS = ("finditer", "match")


def _calls_in_package() -> dict[str, set[str]]:
    """Name -> the pattern methods called on it anywhere in the package (``NAME.search(...)``)."""
    calls: dict[str, set[str]] = defaultdict(set)
    for module in _modules():
        path = getattr(module, "__file__", None)
        if path and path.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)):
            # A module of the compiled build: its source lies beside it.
            path = str(Path(path).with_name(Path(path).name.split(".")[0] + ".py"))
        if not path or not path.endswith(".py") or not Path(path).is_file():
            continue
        for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in _OPERATION_OF:
                continue
            holder = node.func.value
            if isinstance(holder, ast.Name):
                calls[holder.id].add(node.func.attr)
            elif isinstance(holder, ast.Attribute):
                calls[holder.attr].add(node.func.attr)
    return calls


def operations(entry: FoundPattern, calls: dict[str, set[str]]) -> tuple[str, ...]:
    """The operations to time for *entry*: what the package calls on it, else the defaults."""
    methods = {m for _, attr in entry.owners for m in calls.get(attr.split(".")[-1], set())}
    if not methods:
        return DEFAULT_OPERATIONS
    return tuple(sorted({_OPERATION_OF[m] for m in methods}))


def known_reason(entry: FoundPattern) -> str | None:
    """The :data:`KNOWN_SUPERLINEAR` reason that covers *entry*, if any."""
    for (module, attr), reason in KNOWN_SUPERLINEAR.items():
        for owner_module, owner_attr in entry.owners:
            if owner_attr == attr and (
                owner_module == module or owner_module.startswith(module + ".")
            ):
                return reason
    return None


# -- adversarial inputs ------------------------------------------------------------

#: Invented English in the shapes the engine reads: quotes, names with titles
#: and particles, appositives, transcript labels, vocatives, chapter numbers.
SAMPLE = (
    '"Yes," said Jane Roe. "We will go," she added.\n\n'
    "“No,” the mayor said. ‘Never,’ he replied, and his aide agreed herself.\n\n"
    "Dr. Ann de la Cruz, the deputy health minister, said the plan would fail.\n\n"
    "Mr. Tom O’Neil-Smith Jr. told reporters that it was over; she disagreed.\n\n"
    "TOM: we go on.\nANN-MARIE: and on.\nQ. Where were you?\nA. At home.\n\n"
    "CHAPTER XIV.\n\nII. The end of Part 3. It came at 10 a.m. on Monday.\n\n"
    "According to Sen. Bob van der Berg, the vote failed. He said so himself.\n\n"
    '— Dear Tom, come here, said she.\n\n"Oh Ann, my dear Ann Lee, go!"\n\n'
    "LONDON (Reuters) — Prices rose 3.5 per cent, U.S. officials said.\n\n"
    "It's the boys' game, 'tis true; ``quoted'' text «here» „there“.\n\n"
    "1. First item. a. second. Albert I. Jones left.\r\n\r\nNext\u2029para\x0bvt  \n  \n"
)


def sample_matches(pattern: Any, limit: int = 4) -> list[str]:
    """Up to *limit* distinct, longest non-blank matches of *pattern* on :data:`SAMPLE` and its pieces."""
    seen: set[str] = {m.group() for m in pattern.finditer(SAMPLE)}
    # Patterns anchored at an end ($, or matched backwards) only match where a piece of text ends.
    for end in range(1, len(SAMPLE) + 1, 3):
        m = pattern.search(SAMPLE, max(0, end - 40), end)
        if m is not None:
            seen.add(m.group())
    matches = sorted((s for s in seen if s.strip()), key=lambda s: (-len(s), s))
    return matches[:limit]


def _probe_signature(pattern: Any, char: str, matches: list[str]) -> tuple[object, ...]:
    """How *pattern* matches short strings made of *char* and its neighbours, and real matches holding it."""
    probes = [char * 6] + [
        probe
        for n in _PROBE_NEIGHBOURS
        for probe in (n * 3 + char * 3, char * 3 + n * 3, n + char + n)
    ]
    for m in matches[:2]:
        step = max(1, len(m) // 12)
        probes += [m[:i] + char + m[i + 1 :] for i in range(0, len(m), step)]
    return tuple(tuple(found.span() for found in pattern.finditer(probe)) for probe in probes)


def character_classes(pattern: Any, matches: list[str]) -> list[str]:
    """One representative per class of characters that *pattern* treats alike."""
    candidates = dict.fromkeys(ALPHABET + "".join(c for c in pattern.pattern if not c.isspace()))
    representatives: dict[tuple[object, ...], str] = {}
    for char in candidates:
        representatives.setdefault(_probe_signature(pattern, char, matches), char)
    return list(representatives.values())


def _spelled_words(pattern: Any, limit: int = 6) -> list[str]:
    """Up to *limit* words the pattern spells out (particles, titles, pronouns)."""
    source = re.sub(
        r"\\[pP]\{[^}]*\}|\\[A-Za-z]|\(\?P?<[^>]*>|\(\?P=\w+\)|\(\?[a-zA-Z]+\)",
        " ",
        pattern.pattern,
    )
    words = sorted(set(re.findall(r"[A-Za-z]{2,}", source)), key=lambda w: (-len(w), w))
    if len(words) <= limit:
        return words
    step = len(words) / limit
    return [words[int(i * step)] for i in range(limit)]


def _match_tails(matches: list[str]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(closing, near miss) tails: the end of a real match, whole and less its last character.

    A match is cut at its start, where punctuation starts (``, the mayor,``) and
    at a word in its middle, so the run before the tail stands in for the part cut off.
    """
    closing: list[tuple[str, str]] = []
    near: list[tuple[str, str]] = []
    for m in matches:
        words = [i for i in range(1, len(m)) if m[i].isalnum() and not m[i - 1].isalnum()]
        marks = [
            i
            for i in range(1, len(m))
            if not m[i].isalnum() and not m[i].isspace() and m[i - 1].isalnum()
        ]
        cuts = sorted({0, *marks[:2], *words[len(words) // 2 : len(words) // 2 + 1]})
        for cut in cuts:
            piece = m[cut:]
            closing.append((f" + closing {piece!r}", piece))
            if len(piece) > 1:
                near.append((f" + near miss {piece[:-1]!r}", piece[:-1]))
    return closing, near


@dataclass(frozen=True)
class Family:
    """A unit repeated to size, then a tail."""

    label: str
    unit: str
    tail: str

    def build(self, size: int) -> str:
        """The input at *size* characters."""
        body = max(size - len(self.tail), len(self.unit))
        return (self.unit * (body // len(self.unit) + 1))[:body] + self.tail


def families(pattern: Any) -> list[Family]:
    """Every adversarial input family for *pattern*."""
    matches = sample_matches(pattern)
    classes = character_classes(pattern, matches)
    closing, near = _match_tails(matches)
    bare = [("", "")]
    single_tails = bare + near + closing
    out: list[Family] = []

    def add(unit_label: str, unit: str, tails: list[tuple[str, str]]) -> None:
        out.extend(Family(unit_label + tail_label, unit, tail) for tail_label, tail in tails)

    for c in classes:
        others = [(f" + {d!r}", d) for d in classes if d != c]
        add(f"run of {c!r}", c, single_tails + others)
    for a, b in itertools.combinations(classes, 2):
        for label, unit in (
            (f"alternation of {a!r} {b!r}", a + b),
            (f"runs of {a!r} split by {b!r}", a * 3 + b),
            (f"runs of {b!r} split by {a!r}", b * 3 + a),
        ):
            add(label, unit, bare + near[:2])
    for word in _spelled_words(pattern):
        for unit in (
            word + " ",
            word + ". ",
            word + "-",
            word.capitalize() + " ",
            "Ab " + word + " ",
        ):
            add(f"run of {unit!r}", unit, bare + near)
    for m in matches:
        add(f"run of the match {m!r}", m, bare + near[:2])
        if len(m) > 1:
            add(f"run of the match less its end {m[:-1]!r}", m[:-1], bare + near[:2])
    return out


# -- timing ----------------------------------------------------------------------


class _Overrun(Exception):
    """A timed scan ran past :data:`CALL_CAP`."""


def _raise_overrun(signum: int, frame: object) -> None:
    raise _Overrun


def _scanner(pattern: Any, operation: str) -> Callable[[str], object]:
    if operation == "finditer":
        return lambda text: deque(pattern.finditer(text), maxlen=0)
    if operation == "match":
        return lambda text: pattern.match(text)
    if operation == "fullmatch":
        return lambda text: pattern.fullmatch(text)
    raise ValueError(operation)


def scan_time(scan: Callable[[str], object], text: str, repeats: int) -> float:
    """Best CPU time of *repeats* scans of *text*; :data:`CALL_CAP` when a scan overruns."""
    best = float("inf")
    use_alarm = hasattr(signal, "setitimer")
    previous = signal.signal(signal.SIGALRM, _raise_overrun) if use_alarm else None
    gc.disable()
    try:
        for _ in range(repeats):
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, CALL_CAP)
            start = time.process_time()
            try:
                scan(text)
            except _Overrun:
                return CALL_CAP
            finally:
                if use_alarm:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            best = min(best, time.process_time() - start)
            if best > CALL_CAP / 20:  # slow enough to be measured once
                break
    finally:
        gc.enable()
        if use_alarm:
            signal.signal(signal.SIGALRM, previous)
    return best


@dataclass(frozen=True)
class Growth:
    """The measured growth of one family under one operation."""

    family: str
    operation: str
    small_size: int
    small: float
    large: float

    @property
    def ratio(self) -> float:
        """t(10 x small size) over t(small size), the small time floored at :data:`TIME_FLOOR`."""
        return self.large / max(self.small, TIME_FLOOR)

    def describe(self) -> str:
        """One line for a failure message."""
        capped = " (cut off)" if self.large >= CALL_CAP else ""
        return (
            f"{self.operation} on {self.family}: {self.small_size} chars {self.small * 1e3:.2f} ms, "
            f"{self.small_size * 10} chars {self.large * 1e3:.1f} ms{capped}, "
            f"ratio {self.ratio:.0f} (limit {GROWTH_LIMIT:g})"
        )


def measure(scan: Callable[[str], object], family: Family, operation: str) -> Growth:
    """The precise measurement of *family*: SMALL and 10 x SMALL, or smaller sizes when already slow."""
    size = SMALL
    small = scan_time(scan, family.build(size), repeats=7)
    # A quadratic scan ten times larger would take 100 times as long: keep it under the cap.
    while small * 150 > CALL_CAP and size > 100:
        size //= 4
        small = scan_time(scan, family.build(size), repeats=7)
    large = scan_time(scan, family.build(size * 10), repeats=3)
    return Growth(family.label, operation, size, small, large)


def superlinear_families(
    pattern: Any, ops: tuple[str, ...] = DEFAULT_OPERATIONS, stop_at_first: bool = False
) -> list[Growth]:
    """Families whose scan time grows faster than :data:`GROWTH_LIMIT` allows, worst first.

    Every family passes the cheap screen; the ones it flags are measured precisely.
    """
    flagged: list[Growth] = []
    for family in families(pattern):
        for operation in ops:
            scan = _scanner(pattern, operation)
            small = scan_time(scan, family.build(SCREEN_SMALL), repeats=2)
            large = scan_time(scan, family.build(SCREEN_LARGE), repeats=2)
            if large / max(small, SCREEN_FLOOR) <= SCREEN_LIMIT:
                continue
            growth = measure(scan, family, operation)
            if growth.ratio > GROWTH_LIMIT:
                flagged.append(growth)
                if stop_at_first or len(flagged) >= MAX_REPORTED:
                    return flagged
    return sorted(flagged, key=lambda g: -g.ratio)


def scan_memory(scan: Callable[[str], object], text: str) -> float:
    """Peak memory traced during one scan of *text*, in bytes per character."""
    tracemalloc.start()
    try:
        scan(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / len(text)


def memory_hungry_families(pattern: Any, ops: tuple[str, ...] = DEFAULT_OPERATIONS) -> list[tuple[float, str]]:
    """(bytes per character, family and operation) for every scan that holds more than :data:`MEMORY_LIMIT`."""
    found: list[tuple[float, str]] = []
    for family in families(pattern):
        text = family.build(MEMORY_SIZE)
        for operation in ops:
            held = scan_memory(_scanner(pattern, operation), text)
            if held > MEMORY_LIMIT:
                found.append((held, f"{operation} on {family.label}"))
    return sorted(found, reverse=True)


# -- tests -----------------------------------------------------------------------

PATTERNS = discover_patterns()
CALLS = _calls_in_package()


def test_discovery_reaches_the_whole_package() -> None:
    """Patterns are found in more than one module, each under the attribute that holds it."""
    modules = {module for entry in PATTERNS for module, _ in entry.owners}
    assert len(PATTERNS) >= 10, [entry.label for entry in PATTERNS]
    assert len(modules) >= 3, modules
    for entry in PATTERNS:
        module, attr = entry.owners[0]
        assert attr.split(".")[0].split("[")[0].split("(")[0] in vars(importlib.import_module(module))


def test_discovery_reaches_the_patterns_built_from_the_lexicon() -> None:
    """The per-lexicon readers are searched: the news appositive and the name runs are found."""
    owners = {owner for entry in PATTERNS for owner in entry.owners}
    assert ("quoteattr.resolve.news", "_NewsPatterns.appositive") in owners
    assert ("quoteattr.names", "Names.run_pattern") in owners
    assert any(attr.endswith("()") for _, attr in owners), sorted(owners)


def test_every_known_entry_names_a_discovered_pattern() -> None:
    """A stale entry (pattern renamed, moved or removed) is reported, not silently ignored."""
    owners = {owner for entry in PATTERNS for owner in entry.owners}
    for module, attr in KNOWN_SUPERLINEAR:
        assert any(a == attr and (m == module or m.startswith(module + ".")) for m, a in owners), (
            f"KNOWN_SUPERLINEAR names {module}.{attr}, which no longer exists: update the entry"
        )


def test_the_checker_flags_a_quadratic_pattern() -> None:
    """The instrument itself: an invented backtracking pattern is caught, a plain one is not."""
    quadratic = regex.compile(r"\p{Lu}[\p{L}-]*, the (?:\p{Ll}+ )*\p{Ll}+[,.]")
    assert superlinear_families(quadratic, ("finditer",), stop_at_first=True)
    assert not superlinear_families(regex.compile(r"\p{Lu}\p{Ll}*"))


@pytest.mark.parametrize("entry", PATTERNS, ids=[entry.label.split(" ")[0] for entry in PATTERNS])
def test_pattern_scans_in_linear_time(entry: FoundPattern) -> None:
    """No adversarial input makes the pattern's scan time grow faster than linearly."""
    reason = known_reason(entry)
    ops = operations(entry, CALLS)
    worst = superlinear_families(entry.pattern, ops, stop_at_first=reason is not None)
    if reason is None:
        assert not worst, f"{entry.label} is super-linear: " + "; ".join(
            g.describe() for g in worst
        )
    else:
        assert worst, (
            f"{entry.label} is listed in KNOWN_SUPERLINEAR ({reason}) but scans every adversarial "
            f"input in linear time now ({', '.join(ops)}): remove its entry"
        )


def test_the_memory_check_flags_a_repeated_group() -> None:
    """The instrument itself: a group repeated over a long match is caught, a character class is not."""
    assert memory_hungry_families(regex.compile(r"\p{Lu}(?:-?\p{L})*"), ("finditer",))
    assert not memory_hungry_families(regex.compile(r"\p{Lu}[\p{L}-]*"), ("finditer",))


@pytest.mark.parametrize("entry", PATTERNS, ids=[entry.label.split(" ")[0] for entry in PATTERNS])
def test_pattern_scans_in_bounded_memory(entry: FoundPattern) -> None:
    """No adversarial input makes the pattern hold memory in proportion to what it reads."""
    hungry = memory_hungry_families(entry.pattern, operations(entry, CALLS))
    assert not hungry, f"{entry.label} holds memory per character read: " + "; ".join(
        f"{held:.0f} bytes per character, {label}" for held, label in hungry[:MAX_REPORTED]
    )
