"""The command line with ``--indirect``: the listing, ``--json`` and ``--jsonl``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quoteattr import cli

TEXT = 'Okafor said the bridge would cost more. "We will pay," Lund added.'


def test_listing_marks_reported_speech(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert cli.main(["--indirect", str(path)]) == 0
    out = capsys.readouterr().out
    assert "12-38: (reported) the bridge would cost more" in out
    assert "Okafor (said)  [REPORT_VERB" in out


def test_json_has_indirect_items_only_with_the_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert cli.main(["--json", str(path)]) == 0
    kinds = [q["kind"] for q in json.loads(capsys.readouterr().out)[0]["quotes"]]
    assert kinds == ["direct"]
    assert cli.main(["--json", "--indirect", str(path)]) == 0
    items = json.loads(capsys.readouterr().out)[0]["quotes"]
    assert [(q["kind"], q["text"]) for q in items] == [
        ("indirect", "the bridge would cost more"),
        ("direct", "We will pay,"),
    ]
    assert items[0]["speaker"]["name"] == "Okafor" and items[0]["cue"]["text"] == "said"


def test_jsonl_batch_with_indirect(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "d1", "text": TEXT}) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "quoteattr", "--jsonl", str(source), "--indirect", "--workers", "1"],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    line = json.loads(done.stdout.decode("utf-8"))
    assert line["id"] == "d1"
    assert [q["kind"] for q in line["quotes"]] == ["indirect", "direct"]
