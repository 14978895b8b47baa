"""``quoteattr evaluate --indirect``: reported speech scored as the shared
``score_indirect.py`` scores it (same figures on the same files).

Expected figures of the hand-made gold below are counted by hand in the comments.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from quoteattr.evaluate import main as evaluate_main
from quoteattr.evaluate_reports import cue_class, parse_only, run

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


GOLD_TEXT = "Roe said the port would close. Lund believes the plan failed. Officials said the dam held."
# Roe 0-3, said 4-8, "the port would close" 9-29, Lund 31-35, believes 36-44,
# "the plan failed" 45-60, Officials 62-71, said 72-76, "the dam held." 77-90.


def _gold() -> dict[str, Any]:
    return {
        "id": "g1",
        "text": GOLD_TEXT,
        "quotes": [],
        "indirect": [
            {"start": 9, "end": 29, "text": "the port would close",
             "speaker": {"start": 0, "end": 3, "text": "Roe"}, "cue": {"start": 4, "end": 8, "text": "said"}},
            {"start": 45, "end": 60, "text": "the plan failed",
             "speaker": {"start": 31, "end": 35, "text": "Lund"}, "cue": {"start": 36, "end": 44, "text": "believes"}},
            {"start": 77, "end": 90, "text": "the dam held.",
             "speaker": {"start": 62, "end": 71, "text": "Officials"}, "cue": {"start": 72, "end": 76, "text": "said"}},
        ],
    }


def _pred(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": "g1", "quotes": items}


def _report(start: int, end: int, speaker: dict[str, Any] | None, cue: tuple[int, int] | None) -> dict[str, Any]:
    return {
        "kind": "indirect",
        "start": start,
        "end": end,
        "text": GOLD_TEXT[start:end],
        "speaker": speaker,
        "cue": {"start": cue[0], "end": cue[1], "text": GOLD_TEXT[cue[0] : cue[1]]} if cue else None,
    }


def _write(tmp_path: Path, name: str, obj: dict[str, Any]) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(obj) + "\n", encoding="utf-8")
    return str(path)


def test_gold_offsets_are_what_the_comments_say() -> None:
    for item in _gold()["indirect"]:
        assert GOLD_TEXT[item["start"] : item["end"]] == item["text"]
        assert GOLD_TEXT[item["cue"]["start"] : item["cue"]["end"]] == item["cue"]["text"]


def _figures(tmp_path: Path, pred: dict[str, Any], only: str | None = None) -> dict[str, Any]:
    gold = _write(tmp_path, "gold.jsonl", _gold())
    path = _write(tmp_path, "pred.jsonl", pred)
    overall: dict[str, Any] = json.loads(run(gold, path, only, True))["overall"]
    return overall


def test_counts_by_hand(tmp_path: Path) -> None:
    pred = _pred(
        [
            # matches report 1 (20 of 20 characters), source by span
            _report(9, 29, {"name": "Roe", "start": 0, "end": 3, "text": "Roe"}, (4, 8)),
            # matches report 3 (13 shared of 13), source wrong by name and span
            _report(77, 90, {"name": "Lund", "start": 31, "end": 35, "text": "Lund"}, (72, 76)),
            # a report nobody annotated: a false positive
            _report(0, 8, None, None),
        ]
    )
    m = _figures(tmp_path, pred)
    assert (m["gold_reports"], m["pred_reports"], m["matched"]) == (3, 3, 2)
    assert m["detection"]["precision"] == pytest.approx(2 / 3)
    assert m["detection"]["recall"] == pytest.approx(2 / 3)
    assert m["source"]["accuracy"] == pytest.approx(1 / 2)
    # end to end: one right source; 2 predictions with a source, 3 gold with one
    assert m["end_to_end"]["precision"] == pytest.approx(1 / 2)
    assert m["end_to_end"]["recall"] == pytest.approx(1 / 3)


def test_only_speech_drops_beliefs_from_gold_and_predictions(tmp_path: Path) -> None:
    pred = _pred([_report(45, 60, {"name": "Lund", "start": 31, "end": 35, "text": "Lund"}, (36, 44))])
    m = _figures(tmp_path, pred, "speech")
    # "believes" is a cognition cue: out of scope, neither right nor wrong
    assert (m["gold_reports"], m["pred_reports"], m["out_of_scope_predictions"]) == (2, 0, 1)
    assert cue_class("believes") == "cognition_verb" and cue_class("has said") == "speech_verb"
    assert parse_only("speech") == {"speech_verb", "according_to", "speech_noun"}


def test_main_with_indirect_prints_the_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _write(tmp_path, "gold.jsonl", _gold())
    assert evaluate_main([gold, "--indirect", "--only", "speech"]) == 0
    out = capsys.readouterr().out
    assert "gold restricted to cue classes: according_to, speech_noun, speech_verb" in out
    assert "detection (overlap>=50%)" in out


def test_unknown_cue_class_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _write(tmp_path, "gold.jsonl", _gold())
    assert evaluate_main([gold, "--indirect", "--only", "rumour"]) == 2
    assert "unknown cue class 'rumour'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"indirect": "none"}, '"indirect" and "quotes" must be lists'),
        ({"text": None}, 'expected a string "text"'),
        ({"indirect": [{"start": 9, "end": 29, "spans": 7}]}, '"spans" must be a list of [start, end] pairs'),
        ({"indirect": [{"start": 9, "end": 29, "spans": [[9]]}]}, '"spans" must be a list of [start, end] pairs'),
        ({"indirect": [{"start": 9, "end": 500}]}, "runs past the text"),
        ({"quotes": [1]}, "a quote must be an object"),
        ({"indirect": [{"start": 9, "end": 29, "cue": {"start": 4, "end": 8, "spans": 1}}]}, '"spans" must be'),
    ],
)
def test_malformed_gold_is_one_line_and_exit_2(
    change: dict[str, Any], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _write(tmp_path, "gold.jsonl", {**_gold(), **change})
    assert evaluate_main([gold, "--indirect"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and message in captured.err


def test_empty_or_duplicated_gold_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    assert evaluate_main([str(empty), "--indirect"]) == 2
    assert "no gold documents" in capsys.readouterr().err
    twice = tmp_path / "twice.jsonl"
    twice.write_text(2 * (json.dumps(_gold()) + "\n"), encoding="utf-8")
    assert evaluate_main([str(twice), "--indirect"]) == 2
    assert "duplicate id 'g1'" in capsys.readouterr().err


@pytest.mark.skipif(not (SHARED / "score_indirect.py").exists(), reason="../shared/eval is not present")
@pytest.mark.parametrize("only", [None, "speech"])
def test_agrees_with_the_shared_scorer(tmp_path: Path, only: str | None) -> None:
    # Ten PolNeAR dev documents and the seed, predicted by this checkout.
    lines = (SHARED / "polnear-dev.jsonl").read_text(encoding="utf-8").splitlines()[:10]
    lines.append((SHARED / "seed.jsonl").read_text(encoding="utf-8").strip())
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "quoteattr", "--jsonl", str(gold), "--indirect", "--workers", "1", "-o", str(pred)],
        capture_output=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    extra = ["--only", only] if only else []
    shared = subprocess.run(
        [sys.executable, str(SHARED / "score_indirect.py"), str(gold), str(pred), "--json", *extra],
        capture_output=True,
        text=True,
        timeout=300,
    )
    reference = json.loads(shared.stdout)["overall"]
    ours = json.loads(run(str(gold), str(pred), only, True))["overall"]
    for key in ("gold_reports", "pred_reports", "quote_overlap_predictions", "out_of_scope_predictions", "matched"):
        assert ours[key] == reference[key], key
    for key in ("detection", "end_to_end", "full"):
        for figure in ("precision", "recall", "f1"):
            assert ours[key][figure] == pytest.approx(reference[key][figure]), (key, figure)
    assert ours["source"]["accuracy"] == pytest.approx(reference["source"]["accuracy"])
    assert ours["cue"]["overlap_accuracy"] == pytest.approx(reference["cue"]["overlap_accuracy"])
    assert reference["matched"] > 0


def test_predicted_report_past_the_text_is_an_error_as_for_score_indirect(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    past = {"kind": "indirect", "start": 9, "end": len(GOLD_TEXT) + 4, "speaker": None, "cue": None}
    gold = _write(tmp_path, "gold.jsonl", _gold())
    pred = _write(tmp_path, "pred.jsonl", _pred([past]))
    assert evaluate_main([gold, "--pred", pred, "--indirect"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"pred.jsonl:1: span 9-{len(GOLD_TEXT) + 4} runs past the text ({len(GOLD_TEXT)} characters)" in captured.err
