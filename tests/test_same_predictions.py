"""``benchmarks/same_predictions.py``: two prediction files compared without some speaker keys."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "same_predictions.py"


def _line(name: str, entity: str | None, gender: str | None = None, start: int = 1) -> str:
    speaker = {"name": name, "text": name, "start": 10, "end": 10 + len(name), "kind": "name", "entity": entity,
               "gender": gender}
    return json.dumps({"id": "d1", "quotes": [{"text": "Hi,", "start": start, "end": start + 3, "speaker": speaker}]})


def _run(tmp_path: Path, a: list[str], b: list[str], *flags: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "a.jsonl").write_text("\n".join(a) + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("\n".join(b) + "\n", encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"), *flags],
        capture_output=True, text=True, timeout=60, check=False,
    )


def test_entity_and_gender_are_ignored(tmp_path: Path) -> None:
    done = _run(tmp_path, [_line("Ana Ruiz", None)], [_line("Ana Ruiz", "Ana Ruiz#1", "female")])
    assert done.returncode == 0, done.stdout
    assert "0 difference(s)" in done.stdout


def test_any_other_change_is_reported(tmp_path: Path) -> None:
    renamed = _run(tmp_path, [_line("Ana Ruiz", None)], [_line("Bo Lin", "Bo Lin#1")])
    assert renamed.returncode == 1 and "quote 0" in renamed.stdout
    moved = _run(tmp_path, [_line("Ana Ruiz", None)], [_line("Ana Ruiz", None, start=2)])
    assert moved.returncode == 1
    shorter = _run(tmp_path, [_line("Ana Ruiz", None), _line("Bo Lin", None)], [_line("Ana Ruiz", None)])
    assert shorter.returncode == 1 and "2 lines against 1" in shorter.stdout


def test_nothing_ignored_sees_the_entity(tmp_path: Path) -> None:
    done = _run(tmp_path, [_line("Ana Ruiz", None)], [_line("Ana Ruiz", "Ana Ruiz#1")], "--ignore", "")
    assert done.returncode == 1


def test_unreadable_input_exits_2(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "missing.jsonl"), str(tmp_path / "missing.jsonl")],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 2
