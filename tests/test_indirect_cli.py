"""The command line with ``--indirect``: the listing, ``--json`` and ``--jsonl``."""

from __future__ import annotations

import csv
import io
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


def test_csv_speakers_and_html_take_indirect(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert cli.main(["--csv", "--indirect", str(path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["kind"], r["speaker"], r["cue"]) for r in rows] == [
        ("indirect", "Okafor", "said"),
        ("direct", "Lund", "added"),
    ]
    assert cli.main(["speakers", "--json", "--indirect", str(path)]) == 0
    reports = {row["speaker"]: row["reports"] for row in json.loads(capsys.readouterr().out)}
    assert reports == {"Okafor": 1, "Lund": 0}
    page = tmp_path / "a.html"
    assert cli.main(["html", "--indirect", str(path), "-o", str(page)]) == 0
    assert "reported speech 12-38" in page.read_text(encoding="utf-8")
