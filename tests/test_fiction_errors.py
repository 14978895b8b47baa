"""``benchmarks/fiction_errors.py``: attribution errors on novels by rule and by the anchor turn-taking copied."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "fiction_errors.py"

#: A stand-in for the shared ``score.py``: same-span matching, a speaker right by span overlap or by name.
_SCORE = '''
def greedy_match(gold, pred):
    return {pi: gi for pi, p in enumerate(pred) for gi, g in enumerate(gold) if g == p}


def speaker_correct(gold_sp, pred_sp):
    if gold_sp is None or pred_sp is None:
        return False
    gs, ps = gold_sp.get("start"), pred_sp.get("start")
    if gs is not None and ps is not None and gs < pred_sp["end"] and ps < gold_sp["end"]:
        return True
    return pred_sp.get("name") in [gold_sp.get("name")] + list(gold_sp.get("aliases") or [])
'''


def _speaker(name: str, start: int | None, end: int | None, kind: str = "name") -> dict[str, Any]:
    return {"name": name, "start": start, "end": end, "kind": kind}


def _write(tmp_path: Path) -> tuple[Path, Path]:
    """One invented scene: Wren's pronoun tag is resolved to Odo, and the turn two later copies it."""
    (tmp_path / "score.py").write_text(_SCORE, encoding="utf-8")
    gold_quotes = [
        {"start": 1, "end": 6, "type": "anaphoric", "speaker": {"name": "Wren Aske", "aliases": ["Wren"], "start": 9, "end": 11}},
        {"start": 20, "end": 25, "type": "explicit", "speaker": {"name": "Pell Marr", "aliases": ["Pell"], "start": 32, "end": 36}},
        {"start": 40, "end": 45, "type": "implicit", "speaker": {"name": "Wren Aske", "aliases": ["Wren"], "start": None, "end": None}},
        {"start": 50, "end": 55, "type": "implicit", "speaker": {"name": "Pell Marr", "aliases": ["Pell"], "start": None, "end": None}},
    ]
    pred_quotes = [
        {"start": 1, "end": 6, "rule": "QUOTE_SPEAKER_CUE", "confidence": 0.95, "speaker": _speaker("Odo Fenn", 9, 11, "pronoun")},
        {"start": 20, "end": 25, "rule": "QUOTE_CUE_SPEAKER", "confidence": 0.95, "speaker": _speaker("Pell", 32, 36)},
        {"start": 40, "end": 45, "rule": "TURN_TAKING", "confidence": 0.45, "speaker": _speaker("Odo Fenn", 9, 11, "pronoun")},
        {"start": 50, "end": 55, "rule": "TURN_TAKING", "confidence": 0.3, "speaker": _speaker("Pell", 50, 50)},
    ]
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps({"id": "d", "text": "x" * 60, "quotes": gold_quotes}) + "\n", encoding="utf-8")
    pred.write_text(json.dumps({"id": "d", "quotes": pred_quotes}) + "\n", encoding="utf-8")
    return gold, pred


def _run(gold: Path, pred: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """The script on *gold* and *pred* with *options*, its output captured."""
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(gold), str(pred), *options],
        capture_output=True, text=True, timeout=60, check=False,
    )


def test_a_pronoun_anchor_right_by_span_and_wrong_by_name_is_counted_where_it_is_copied(tmp_path: Path) -> None:
    gold, pred = _write(tmp_path)
    done = _run(gold, pred, "--list", "5")
    assert done.returncode == 0, done.stderr
    rows = {line.split("  ")[1].strip(): line.split()[-3:] for line in done.stdout.splitlines() if line.startswith("  ") and line.split()[-1].isdigit()}
    # The tag itself is right (its span is the gold one); the turn that copies it is wrong.
    assert rows["QUOTE_SPEAKER_CUE / 0.95 / anaphoric"] == ["1", "1", "0"]
    assert rows["anchor / pronoun / name wrong"] == ["1", "0", "1"]
    assert rows["filled from narration / 0.3"] == ["1", "1", "0"]
    assert "gold 'Wren Aske', predicted 'Odo Fenn'" in done.stdout


def test_halves_keep_even_or_odd_documents(tmp_path: Path) -> None:
    gold, pred = _write(tmp_path)
    odd = _run(gold, pred, "--half", "odd")
    assert odd.returncode == 0, odd.stderr
    assert "anchor" not in odd.stdout.split("TURN_TAKING quotes by anchor:")[1]  # the one document is even (index 0)
