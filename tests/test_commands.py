"""``quoteattr speakers`` and ``quoteattr html`` (``quoteattr.commands``), run in-process."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pagecheck import read_page

from quoteattr import Config, attribute_quotes
from quoteattr.commands import (
    add_html_arguments,
    add_speakers_arguments,
    html_command,
    main,
    run_html,
    run_speakers,
    speakers_command,
)

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = (
    'Councillor Mira Osei opened the meeting. "We start now," Osei said. "Then we vote," she added.\n\n'
    '"Not yet," said Arlo Finch. "We need the figures first," Finch said.\n'
)
OTHER = '"Agreed," said Mira Osei.\n'


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    (folder / "notes.md").write_text('"Ignored," said Ivo Lind.', encoding="utf-8")
    return folder


def _json_rows(out: str) -> dict[str, tuple[int, int, int]]:
    return {row["speaker"]: (row["quotes"], row["words"], row["documents"]) for row in json.loads(out)}


def test_speakers_text_table(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_speakers([str(corpus / "a.txt"), str(corpus / "b.txt")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:2] == ["speaker", "kind"]
    assert out[1].split() == ["Mira", "Osei", "name", "female", "3", "7", "2"]
    assert out[2].split() == ["Arlo", "Finch", "name", "-", "2", "7", "1"]
    assert out[3] == "2 speakers, 5 quotes, 14 words quoted"


def test_speakers_json_and_csv_agree(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_speakers([str(corpus), "--json"]) == 0  # a directory: its .txt files
    as_json = _json_rows(capsys.readouterr().out)
    assert as_json == {"Mira Osei": (3, 7, 2), "Arlo Finch": (2, 7, 1)}
    assert run_speakers([str(corpus), "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))
    assert {r["speaker"]: (int(r["quotes"]), int(r["words"]), int(r["documents"])) for r in rows} == as_json


def test_speakers_bad_file_is_reported_and_the_run_goes_on(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    (corpus / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    missing = str(corpus / "missing.txt")
    status = run_speakers([str(corpus / "empty.txt"), missing, str(corpus / "latin1.txt"), str(corpus / "b.txt"), "--json"])
    captured = capsys.readouterr()
    assert status == 1
    assert captured.err.splitlines() == [
        f"quoteattr: {corpus / 'empty.txt'}: file is empty",
        f"quoteattr: {missing}: no such file",
        f"quoteattr: {corpus / 'latin1.txt'}: not valid UTF-8 (byte offset 3)",
    ]
    assert _json_rows(captured.out) == {"Mira Osei": (1, 1, 1)}


def test_speakers_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_speakers([]) == 2
    assert run_speakers(["x.txt", "--json", "--csv"]) == 2
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    assert run_speakers([str(empty_dir)]) == 2
    assert "directory holds no .txt files" in capsys.readouterr().err
    assert run_speakers(["--help"]) == 0
    assert "quoteattr speakers" in capsys.readouterr().out


def test_speakers_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    assert run_speakers(["-", "--json"]) == 0
    assert _json_rows(capsys.readouterr().out) == {"Mira Osei": (2, 6, 1), "Arlo Finch": (2, 7, 1)}


def test_speakers_writes_output_file(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "speakers.csv"
    assert run_speakers([str(corpus), "--csv", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert target.read_bytes().startswith(b"speaker,kind,gender,quotes,words,reports,documents\r\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "speakers.csv"]  # no temporary file left


def test_speakers_uses_the_config(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Without name resolution "Osei" stays "Osei": the Config reaches the engine.
    assert run_speakers([str(corpus / "a.txt"), "--json"], config=Config(resolve_names=False)) == 0
    assert "Osei" in _json_rows(capsys.readouterr().out)


def test_html_page(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "a.html"
    assert run_html([str(corpus / "a.txt"), "-o", str(target)]) == 0
    reader = read_page(target.read_text(encoding="utf-8"))
    assert reader.errors == [] and reader.document_text == ARTICLE
    assert len(reader.quotes) == len(attribute_quotes(ARTICLE))
    assert "<title>a.txt</title>" in target.read_text(encoding="utf-8")


def test_output_file_mode_follows_the_umask_or_the_replaced_file(corpus: Path, tmp_path: Path) -> None:
    fresh, kept = tmp_path / "fresh.html", tmp_path / "kept.html"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o600)
    old_umask = os.umask(0o022)
    try:
        assert run_html([str(corpus / "b.txt"), "-o", str(fresh)]) == 0
        assert run_html([str(corpus / "b.txt"), "-o", str(kept)]) == 0
    finally:
        os.umask(old_umask)
    assert fresh.stat().st_mode & 0o777 == 0o644
    assert kept.stat().st_mode & 0o777 == 0o600 and kept.read_text(encoding="utf-8") != "old"


def test_html_to_stdout_with_title(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_html([str(corpus / "b.txt"), "--title", "Council <minutes>"]) == 0
    page = capsys.readouterr().out
    assert "<title>Council &lt;minutes&gt;</title>" in page
    assert read_page(page).document_text == OTHER


def test_html_bad_input_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.html"
    assert run_html([str(tmp_path / "missing.txt"), "-o", str(target)]) == 2
    assert not target.exists() and list(tmp_path.iterdir()) == []
    assert capsys.readouterr().err == f"quoteattr: {tmp_path / 'missing.txt'}: no such file\n"
    assert run_html([]) == 2
    assert run_html([str(tmp_path), "-o", str(target)]) == 2  # a directory is not a document


def test_html_output_into_a_directory_is_refused(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_html([str(corpus / "a.txt"), "-o", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_wiring_as_subcommands(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # How the main command can wire them: one sub-parser and one call each.
    parser = argparse.ArgumentParser(prog="quoteattr")
    sub = parser.add_subparsers(dest="command", required=True)
    add_speakers_arguments(sub.add_parser("speakers"))
    add_html_arguments(sub.add_parser("html"))
    args = parser.parse_args(["speakers", str(corpus / "b.txt"), "--json"])
    assert speakers_command(args, None) == 0
    assert _json_rows(capsys.readouterr().out) == {"Mira Osei": (1, 1, 1)}
    args = parser.parse_args(["html", str(corpus / "b.txt"), "-o", str(tmp_path / "b.html")])
    assert html_command(args, None) == 0
    assert (tmp_path / "b.html").exists()


def test_module_entry_point(corpus: Path) -> None:
    assert main([]) == 2
    assert main(["nope"]) == 2
    done = subprocess.run(
        [sys.executable, "-m", "quoteattr.commands", "speakers", str(corpus / "b.txt")],
        capture_output=True, text=True, timeout=120, check=False, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1].split()[:2] == ["Mira", "Osei"]


def test_readme_shows_the_real_speakers_table(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = "python -m quoteattr.commands speakers examples/sample_article.txt"
    assert command in readme
    shown = readme.split(command, 1)[1].split("```\n", 2)[1]
    assert run_speakers([str(ROOT / "examples" / "sample_article.txt")]) == 0
    assert capsys.readouterr().out == shown
