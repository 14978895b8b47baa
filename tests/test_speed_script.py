"""``benchmarks/speed.py --quick`` runs and writes the issue-6 headline.

Only the shape of the report is checked: whether a number meets the speed
target depends on the machine, and timing never decides a unit test.  The
run uses the bundled gold set alone (``--no-shared``), so it is the same
with or without ``../shared`` next to the checkout, and takes a few seconds.
"""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "speed.py"

#: The start of every judged row of the target table, in order.
JUDGED = (
    "median MB/s, one document per call",
    "peak MB per MB of input, median over single documents",
    "peak MB per MB of input, documents joined into one",
    "peak MB per MB of input with `indirect=True`",
    "log-log slope of time against size",
    "import time of `quoteattr`",
)


@pytest.fixture(scope="module")
def report() -> str:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--no-shared"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _target_rows(report: str) -> dict[str, list[str]]:
    """Cells of the target table, keyed by the first cell."""
    section = report.split("### Target (issue 6)", 1)[1].split("###", 1)[0]
    rows: dict[str, list[str]] = {}
    for line in section.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            rows[cells[0]] = cells[1:]
    return rows


def _row(rows: dict[str, list[str]], start: str) -> list[str]:
    matches = [cells for measure, cells in rows.items() if measure.startswith(start)]
    assert len(matches) == 1, (start, list(rows))
    return matches[0]


def test_headline_comes_first_and_names_the_bundled_corpus(report: str) -> None:
    assert "News corpus: `benchmarks/data/gold.jsonl`" in report
    assert "--no-shared" in report
    assert "polnear" not in report
    headings = [line for line in report.splitlines() if line.startswith("### ")]
    assert headings[0] == "### Target (issue 6)"
    assert headings[1:] == [
        "### Builds side by side (issue 20)",
        "### Throughput by size",
        "### Peers",
        "### One document per call",
    ]


def test_every_target_line_has_a_number_and_a_verdict(report: str) -> None:
    rows = _target_rows(report)
    for start in JUDGED:
        value, target, verdict = _row(rows, start)
        assert math.isfinite(float(value)), (start, value)
        assert target
        assert verdict in {"PASS", "FAIL"}, (start, verdict)
    assert float(_row(rows, "median MB/s")[0]) > 0
    assert float(_row(rows, "import time")[0]) > 0
    assert float(_row(rows, "peak MB per MB of input, median")[0]) > 0
    last = [line for line in report.split("### Builds side by side")[0].splitlines() if line]
    assert last[-1] == "Target met." or last[-1].startswith("Target not met: ")


def test_ratio_lines_are_reported(report: str) -> None:
    rows = _target_rows(report)
    aggregate = _row(rows, "aggregate MB/s")
    assert float(aggregate[0]) > 0
    marks = _row(rows, "quoteattr time / one regex quotation-mark pass")[0]
    assert marks.endswith("x") and float(marks[:-1]) > 0
    for peer in ("pysbd", "textacy"):
        value = _row(rows, f"quoteattr time / {peer}")[0]
        assert value == "not installed" or (value.endswith("x") and float(value[:-1]) > 0)


def test_tables_that_follow_are_kept(report: str) -> None:
    assert "| 10 KB |" in report and "| 100 KB |" in report
    assert "Log-log slope of time against size: one document" in report
    assert "| quoteattr | quotes and speakers |" in report
    assert "| `gold.jsonl` |" in report


def test_reported_speech_share_is_reported(report: str) -> None:
    value, target, verdict = _row(_target_rows(report), "with reported speech")
    rate, share = value.split(" ")
    assert float(rate) > 0 and share.startswith("(") and share.endswith("%)")
    assert "70%" in target and verdict in {"PASS", "FAIL"}


def _builds_rows(report: str) -> dict[str, list[str]]:
    """Cells of the builds table (pure Python, compiled, peer), keyed by the measure."""
    section = report.split("### Builds side by side (issue 20)", 1)[1].split("###", 1)[0]
    rows: dict[str, list[str]] = {}
    for line in section.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            rows[cells[0]] = cells[2:]
    return rows


def test_builds_table_measures_the_pure_checkout(report: str) -> None:
    rows = _builds_rows(report)
    assert rows["measure"] == ["pure Python", "compiled (mypyc)", "textacy + spaCy sm"]
    pure, compiled, peer = _row(rows, "build that ran")
    assert pure == "pure Python"  # the checkout's .py files, whatever is installed
    assert compiled.startswith("not measured (no compiled build given")
    assert peer in {"installed", "not installed"}
    for start in ("median MB/s, news", "log-log slope", "peak MB per MB of input, median", "import time"):
        value, verdict = _row(rows, start)[0].split()
        assert math.isfinite(float(value)) and verdict in {"PASS", "FAIL"}, start
    assert float(_row(rows, "`attribute_many`, `workers=2`")[0]) > 0
