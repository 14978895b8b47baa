"""``benchmarks/report_errors.py``: unmatched reported-speech predictions sorted by what went wrong."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "report_errors.py"
SHARED = ROOT.parent / "shared" / "eval"

TEXT = (
    "Roe said the looms had come from Quillon Weavers, which dyes wool for the spring fair and mends sails. "
    "Lund praised the crew. The weather was fine, Ann said."
)


def _span(text: str, cue: str | None = None) -> dict[str, Any]:
    start = TEXT.index(text)
    item: dict[str, Any] = {"start": start, "end": start + len(text), "text": text}
    if cue is not None:
        c = TEXT.index(cue)
        item["cue"] = {"start": c, "end": c + len(cue), "text": cue}
        item["speaker"] = None
    return item


@pytest.mark.skipif(not (SHARED / "score_indirect.py").exists(), reason="../shared/eval is not present")
def test_kinds_and_where_contents_run_on(tmp_path: Path) -> None:
    shutil.copy(SHARED / "score_indirect.py", tmp_path / "score_indirect.py")
    gold = {
        "id": "d1",
        "text": TEXT,
        "quotes": [],
        "indirect": [_span("the looms had come from Quillon Weavers", "said"), _span("the crew", "praised")],
    }
    long = "the looms had come from Quillon Weavers, which dyes wool for the spring fair and mends sails"
    preds = [
        {**_span(long, "said"), "kind": "indirect"},
        {**_span("the crew", "praised"), "kind": "indirect"},
        {**_span("The weather was fine", "said"), "kind": "indirect"},
    ]
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text(json.dumps({"id": "d1", "quotes": preds}) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "gold.jsonl"), str(tmp_path / "pred.jsonl"), "--list", "5"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "unmatched predictions: 2 {'too_long': 1, 'no_gold': 1}" in done.stdout
    assert "(', which', 1)" in done.stdout
    assert "PRED: " + long in done.stdout


BELIEF = "Kowal believes the orchard will flood by March, and the mill will close before the thaw, Lund said."


@pytest.mark.skipif(not (SHARED / "score_indirect.py").exists(), reason="../shared/eval is not present")
def test_prediction_over_excluded_class_gold_is_neutral(tmp_path: Path) -> None:
    """A prediction the scorer pairs with a gold report of a class left out (half overlap) is
    left out as the scorer leaves it out; one that overlaps such a report less is ``other_class``."""
    shutil.copy(SHARED / "score_indirect.py", tmp_path / "score_indirect.py")

    def span(text: str, cue: str) -> dict[str, Any]:
        start, c = BELIEF.index(text), BELIEF.index(cue)
        return {"start": start, "end": start + len(text), "text": text,
                "cue": {"start": c, "end": c + len(cue), "text": cue}, "speaker": None}

    gold = {"id": "d2", "text": BELIEF, "quotes": [],
            "indirect": [span("the orchard will flood by March", "believes"),
                         span("the mill will close before the thaw", "believes")]}
    preds = [
        {**span("the orchard will flood by March", "said"), "kind": "indirect"},
        {**span("before the thaw", "said"), "kind": "indirect"},
    ]
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text(json.dumps({"id": "d2", "quotes": preds}) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "gold.jsonl"), str(tmp_path / "pred.jsonl")],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "unmatched predictions: 1 {'other_class': 1}" in done.stdout


PAIR = "Brisk said the sluice was shut, and Tamsin Orrel added that the mill wheel had cracked. Hobb denied it."


@pytest.mark.skipif(not (SHARED / "score_indirect.py").exists(), reason="../shared/eval is not present")
def test_misses_sort_unmatched_gold_reports(tmp_path: Path) -> None:
    """``--misses`` sorts the gold reports no prediction matched: one prediction over two
    gold reports (merged), a prediction with the gold cue but its content elsewhere
    (cue_found), and a gold report nothing touches (missed)."""
    shutil.copy(SHARED / "score_indirect.py", tmp_path / "score_indirect.py")

    def span(text: str, cue: str) -> dict[str, Any]:
        start, c = PAIR.index(text), PAIR.index(cue)
        return {"start": start, "end": start + len(text), "text": text,
                "cue": {"start": c, "end": c + len(cue), "text": cue}, "speaker": None}

    both = "the sluice was shut, and Tamsin Orrel added that the mill wheel had cracked"
    gold = {"id": "d3", "text": PAIR, "quotes": [],
            "indirect": [span("the sluice was shut", "said"), span("the mill wheel had cracked", "added"),
                         span("it", "denied")]}
    preds = [{**span(both, "said"), "kind": "indirect"}, {**span("Hobb", "denied"), "kind": "indirect"}]
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text(json.dumps({"id": "d3", "quotes": preds}) + "\n", encoding="utf-8")

    def run(kind: str) -> str:
        done = subprocess.run(
            [sys.executable, str(SCRIPT), str(tmp_path / "gold.jsonl"), str(tmp_path / "pred.jsonl"),
             "--misses", "--kind", kind, "--list", "5"],
            capture_output=True, text=True, timeout=60, check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    out = run("merged")
    assert "unmatched gold reports: 3 {'merged': 2, 'cue_found': 1}" in out
    assert "GOLD: the sluice was shut\nPRED: " + both in out
    assert "GOLD: it\nPRED: Hobb | cue denied" in run("cue_found")
