"""``quoteattr speakers``, ``quoteattr html`` and ``quoteattr --csv/--tsv``, run in-process through the CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pagecheck import read_page

from quoteattr import attribute_quotes, cli
from quoteattr.tables import RECORD_COLUMNS, records

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
    assert cli.main(["speakers", str(corpus / "a.txt"), str(corpus / "b.txt")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:2] == ["speaker", "kind"]
    assert out[1].split() == ["Mira", "Osei", "name", "female", "3", "7", "2"]
    assert out[2].split() == ["Arlo", "Finch", "name", "-", "2", "7", "1"]
    assert out[3] == "2 speakers, 5 quotes, 14 words quoted"


def test_speakers_json_and_csv_agree(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["speakers", str(corpus), "--json"]) == 0  # a directory: its .txt files
    as_json = _json_rows(capsys.readouterr().out)
    assert as_json == {"Mira Osei": (3, 7, 2), "Arlo Finch": (2, 7, 1)}
    assert cli.main(["speakers", str(corpus), "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))
    assert {r["speaker"]: (int(r["quotes"]), int(r["words"]), int(r["documents"])) for r in rows} == as_json


def test_speakers_bad_file_is_reported_and_the_run_goes_on(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    (corpus / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    status = cli.main(["speakers", str(corpus / "empty.txt"), str(corpus / "latin1.txt"), str(corpus / "b.txt"), "--json"])
    captured = capsys.readouterr()
    assert status == 1
    assert captured.err.splitlines() == [
        f"quoteattr: error: {corpus / 'empty.txt'}: file is empty",
        f"quoteattr: error: {corpus / 'latin1.txt'}: not valid UTF-8 (byte offset 3) (--errors replace decodes it anyway)",
    ]
    assert _json_rows(captured.out) == {"Mira Osei": (1, 1, 1)}


def test_speakers_one_row_for_one_person_titled_in_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Quote-led paragraphs send the first file through the dialogue cast, which
    # names its speaker as written (Mr. Tobias Hale); the entity label drops
    # the title, so the untitled name of the second file is the same row.
    led = tmp_path / "led.txt"
    led.write_text(
        'Mayor Orla Fenwick closed the ferry debate in Lund. "The vote stands," Fenwick said. '
        '"We sail at dawn," she told the room.\n\n'
        '"That is too soon," said Mr. Tobias Hale. "The crews are not ready," Hale said.\n\n'
        '"Agreed," the harbour staff said.\n',
        encoding="utf-8",
    )
    plain = tmp_path / "plain.txt"
    plain.write_text('The ferry left Lund late on Friday. "The crews did well," said Tobias Hale, who runs the yard.\n')
    assert [q.speaker.entity for q in attribute_quotes(led.read_text()) if q.speaker][2] == "Tobias Hale#2"
    assert cli.main(["speakers", str(led), str(plain), "--json"]) == 0
    rows = _json_rows(capsys.readouterr().out)
    assert rows["Tobias Hale"] == (3, 13, 2)
    assert not [name for name in rows if name.startswith("Mr.")]


def test_speakers_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["speakers"])
    assert exited.value.code == 2
    with pytest.raises(SystemExit) as exited:
        cli.main(["speakers", "x.txt", "--json", "--csv"])
    assert exited.value.code == 2
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    assert cli.main(["speakers", str(empty_dir)]) == 2
    assert "no .txt files in this directory" in capsys.readouterr().err
    # A missing file stops the run before anything is written.
    assert cli.main(["speakers", str(tmp_path / "missing.txt")]) == 2
    assert capsys.readouterr() == ("", f"quoteattr: error: {tmp_path / 'missing.txt'}: no such file\n")
    with pytest.raises(SystemExit) as exited:
        cli.main(["speakers", "--help"])
    assert exited.value.code == 0
    assert "quoteattr speakers" in capsys.readouterr().out


def test_speakers_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    assert cli.main(["speakers", "-", "--json"]) == 0
    assert _json_rows(capsys.readouterr().out) == {"Mira Osei": (2, 6, 1), "Arlo Finch": (2, 7, 1)}


def test_speakers_writes_output_file(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "speakers.csv"
    assert cli.main(["speakers", str(corpus), "--csv", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert target.read_bytes().startswith(b"speaker,kind,gender,quotes,words,reports,documents\r\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "speakers.csv"]  # no temporary file left


def test_speakers_takes_the_config_flags(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Without name resolution "Osei" stays "Osei": the flag reaches the engine.
    assert cli.main(["speakers", str(corpus / "a.txt"), "--json"]) == 0
    assert "Osei" not in _json_rows(capsys.readouterr().out)
    assert cli.main(["speakers", str(corpus / "a.txt"), "--json", "--no-resolve"]) == 0
    assert "Osei" in _json_rows(capsys.readouterr().out)


def test_html_page(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "a.html"
    assert cli.main(["html", str(corpus / "a.txt"), "-o", str(target)]) == 0
    reader = read_page(target.read_text(encoding="utf-8"))
    assert reader.errors == [] and reader.document_text == ARTICLE
    assert len(reader.quotes) == len(attribute_quotes(ARTICLE))
    assert "<title>a.txt</title>" in target.read_text(encoding="utf-8")


def test_html_output_file_mode_follows_the_umask_or_the_replaced_file(corpus: Path, tmp_path: Path) -> None:
    fresh, kept = tmp_path / "fresh.html", tmp_path / "kept.html"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o600)
    old_umask = os.umask(0o022)
    try:
        assert cli.main(["html", str(corpus / "b.txt"), "-o", str(fresh)]) == 0
        assert cli.main(["html", str(corpus / "b.txt"), "-o", str(kept)]) == 0
    finally:
        os.umask(old_umask)
    assert fresh.stat().st_mode & 0o777 == 0o644
    assert kept.stat().st_mode & 0o777 == 0o600 and kept.read_text(encoding="utf-8") != "old"


def test_html_to_stdout_with_title(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["html", str(corpus / "b.txt"), "--title", "Council <minutes>"]) == 0
    page = capsys.readouterr().out
    assert "<title>Council &lt;minutes&gt;</title>" in page
    assert read_page(page).document_text == OTHER


@pytest.mark.parametrize("title", ["", "   "])
def test_html_blank_title_is_a_usage_error(title: str, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["html", str(corpus / "b.txt"), "--title", title])
    assert stop.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "--title must not be blank" in captured.err


def test_html_takes_the_config_flags(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["html", str(corpus / "a.txt")]) == 0
    resolved = capsys.readouterr().out
    assert cli.main(["html", str(corpus / "a.txt"), "--no-resolve"]) == 0
    unresolved = capsys.readouterr().out
    # The legend names Osei by the full name only when names are resolved.
    assert '<span class="who">Osei' not in resolved and '<span class="who">Osei' in unresolved


def test_html_bad_input_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.html"
    assert cli.main(["html", str(tmp_path / "missing.txt"), "-o", str(target)]) == 2
    assert not target.exists() and list(tmp_path.iterdir()) == []
    assert capsys.readouterr().err == f"quoteattr: error: {tmp_path / 'missing.txt'}: no such file\n"
    with pytest.raises(SystemExit) as exited:
        cli.main(["html"])
    assert exited.value.code == 2
    assert cli.main(["html", str(tmp_path), "-o", str(target)]) == 2  # a directory is not a document
    assert "is a directory" in capsys.readouterr().err


def test_html_output_into_a_directory_is_refused(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["html", str(corpus / "a.txt"), "-o", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_subcommands_are_in_the_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quoteattr", "--help"],
        capture_output=True, text=True, timeout=120, check=False, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    for name in ("evaluate", "speakers", "html"):
        assert f"\n  {name} " in done.stdout


@pytest.mark.parametrize(("flag", "delimiter"), [("--csv", ","), ("--tsv", "\t")])
def test_table_output_of_the_main_command(
    flag: str, delimiter: str, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([flag, str(corpus)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline=""), delimiter=delimiter))
    expected = [
        {key: "" if value is None else str(value) for key, value in row.items()}
        for name, text in (("a.txt", ARTICLE), ("b.txt", OTHER))
        for row in records(attribute_quotes(text), doc_id=str(corpus / name))
    ]
    assert rows == expected
    assert list(rows[0]) == list(RECORD_COLUMNS)
    # The table groups speakers: Osei and "she" in a.txt are one entity, with her gender.
    osei = [r for r in rows if r["doc_id"].endswith("a.txt") and r["speaker"] == "Mira Osei"]
    assert len(osei) == 2 and {r["entity"] for r in osei} == {"Mira Osei#1"} and {r["gender"] for r in osei} == {"female"}


def test_table_output_from_jsonl_uses_the_ids(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [{"id": "a7", "text": OTHER}, {"id": 12, "text": '"Yes," said Ana Ruiz.'}]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert cli.main(["--jsonl", str(source), "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))
    assert [(r["doc_id"], r["speaker"]) for r in rows] == [("a7", "Mira Osei"), ("12", "Ana Ruiz")]


def test_table_flags_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--csv", "--json", "x.txt"])
    assert exited.value.code == 2
    assert "not allowed with" in capsys.readouterr().err


def test_readme_shows_the_real_speakers_table(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = "quoteattr speakers examples/sample_article.txt"
    assert command in readme
    shown = readme.split(command, 1)[1].split("```\n", 2)[1]
    assert cli.main(["speakers", str(ROOT / "examples" / "sample_article.txt")]) == 0
    assert capsys.readouterr().out == shown


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_evaluate_to_a_full_device_is_one_line_and_exit_2(tmp_path: Path) -> None:
    text = '"Hi," she said.'
    gold = tmp_path / "gold.jsonl"
    quote = {"start": 1, "end": 4, "text": "Hi,", "speaker": {"start": 6, "end": 9, "text": "she"}}
    gold.write_text(json.dumps({"id": "a", "text": text, "quotes": [quote]}) + "\n", encoding="utf-8")
    with open("/dev/full", "w", encoding="utf-8") as full:
        result = subprocess.run(
            [sys.executable, "-m", "quoteattr", "evaluate", str(gold)],
            stdout=full, stderr=subprocess.PIPE, timeout=120, check=False,
        )
    err = result.stderr.decode()
    assert result.returncode == 2
    assert err == "quoteattr: error: <stdout>: cannot write: No space left on device\n"
