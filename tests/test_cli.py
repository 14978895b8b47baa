"""End-to-end tests of the ``quoteattr`` command: output shapes, errors, exit codes."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import select
import signal
import stat
import subprocess
import sys
import threading
import types
from itertools import count
from pathlib import Path
from typing import IO, Any

import attrs
import pytest

from quoteattr import Config, attribute_quotes, cli
from quoteattr.attribute import Attributor
from quoteattr.cli import commands, default
from quoteattr.progress import Progress

#: Tests that patch the engine in this process need workers that inherit the patch.
needs_fork = pytest.mark.skipif(
    multiprocessing.get_context().get_start_method() != "fork",
    reason="the command line's workers inherit a patched engine only when they are forked",
)

HI = '"Hi," she said.'
NO = '"No," said Tom Roe.'


def run(*args: str, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m quoteattr`` in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "quoteattr", *args],
        input=stdin,
        capture_output=True,
        timeout=timeout,
    )


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def jsonl(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def doc(doc_id: Any, text: str) -> str:
    return json.dumps({"id": doc_id, "text": text})


def batch_from_stdin(lines: list[str], *args: str, workers: int = 1, **popen: Any) -> subprocess.Popen[bytes]:
    """Start ``quoteattr --jsonl -`` (with *args*) in a child and write *lines* to its stdin, left open."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "quoteattr", "--jsonl", "-", *args, "--workers", str(workers)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **popen,
    )
    assert proc.stdin is not None
    proc.stdin.write(("\n".join(lines) + "\n").encode())
    proc.stdin.flush()
    return proc


def wait_until_running(stream: IO[bytes] | None) -> bytes:
    """Block (up to 60 s) until the child writes to *stream*, and return that first chunk.

    Any output means the run is inside ``main`` with its SIGINT handling in
    place; a fixed sleep raced with a slow start on a loaded machine.
    """
    assert stream is not None
    ready, _, _ = select.select([stream], [], [], 60)
    assert ready, "the child wrote nothing within 60 s"
    return os.read(stream.fileno(), 65536)


def out_lines(text: str) -> list[dict[str, Any]]:
    # Not splitlines(): U+2028 inside a JSON string is not a line break.
    return [json.loads(line) for line in text.split("\n") if line]


# -- text mode ---------------------------------------------------------------


def test_listing_names_offsets_speaker_and_cue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([write(tmp_path / "a.txt", HI)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "1-4: \u201cHi,\u201d"
    assert "\u2014 she (said)" in out.splitlines()[1]


def test_json_is_an_array_of_files_and_their_quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # One shape whatever the number of files: [{"file": ..., "quotes": [Quote.to_dict(), ...]}].
    path = write(tmp_path / "a.txt", HI)
    assert cli.main(["--json", path]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and len(data) == 1
    assert set(data[0]) == {"file", "quotes"} and data[0]["file"] == path
    (quote,) = data[0]["quotes"]
    assert (quote["text"], quote["start"], quote["end"]) == ("Hi,", 1, 4)
    assert quote["speaker"]["text"] == "she"
    assert quote["speaker"]["start"] == 6 and quote["speaker"]["end"] == 9
    assert quote["cue"] == {"text": "said", "start": 10, "end": 14}


def test_listing_says_when_a_file_has_no_quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # An empty stdout reads as a failure to someone running the command by hand.
    assert cli.main([write(tmp_path / "a.txt", "Nobody spoke.")]) == 0
    assert capsys.readouterr().out == "(no quotes)\n"
    a, b = write(tmp_path / "a.txt", "Nobody spoke."), write(tmp_path / "b.txt", HI)
    assert cli.main([a, b]) == 0
    assert capsys.readouterr().out.splitlines()[:3] == [f"== {a}", "(no quotes)", ""]


def test_json_for_several_files_is_one_valid_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = write(tmp_path / "a.txt", HI), write(tmp_path / "b.txt", "Nothing quoted here.")
    assert cli.main(["--json", a, b]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["file"] for d in data] == [a, b]
    assert [len(d["quotes"]) for d in data] == [1, 0]


def test_several_files_get_headers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = write(tmp_path / "a.txt", HI), write(tmp_path / "b.txt", NO)
    assert cli.main([a, b]) == 0
    out = capsys.readouterr().out
    assert f"== {a}" in out and f"== {b}" in out
    assert out.index(f"== {a}") < out.index("she") < out.index(f"== {b}") < out.index("Tom Roe")


def test_stdin_dash_subprocess() -> None:
    result = run("--json", "-", stdin=HI.encode())
    assert result.returncode == 0
    assert json.loads(result.stdout) == [{"file": "<stdin>", "quotes": [attribute_quotes(HI)[0].to_dict()]}]


def test_encoding_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes('"Caf\xe9," said Zo\xeb Roe.'.encode("latin-1"))
    assert cli.main(["--json", "--encoding", "latin-1", str(path)]) == 0
    quote = json.loads(capsys.readouterr().out)[0]["quotes"][0]
    assert quote["text"] == "Caf\xe9,"
    assert quote["speaker"]["name"] == "Zo\xeb Roe"


def test_errors_replace_decodes_bad_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b'"Hi \xff," she said.')
    assert cli.main(["--json", "--errors", "replace", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["quotes"][0]["text"] == "Hi \ufffd,"


# -- input errors: one line naming the file; exit 2 before any output, or 1 after the run --


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err
    return lines[0]


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "nope.txt")
    assert cli.main([missing]) == 2
    assert one_error_line(capsys) == f"quoteattr: error: {missing}: no such file"


def test_missing_file_is_reported_before_any_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path / "a.txt", HI)
    assert cli.main([good, str(tmp_path / "nope.txt")]) == 2
    assert capsys.readouterr().out == ""


def test_directory_without_text_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.md").write_text(HI, encoding="utf-8")
    assert cli.main([str(tmp_path)]) == 2
    assert one_error_line(capsys) == f"quoteattr: error: {tmp_path}: no .txt files in this directory"
    assert capsys.readouterr().out == ""


def test_empty_and_blank_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A file that cannot be read costs that file: reported, the run ends with 1.
    for name, content in (("empty.txt", ""), ("blank.txt", "  \n\n\t\n")):
        path = write(tmp_path / name, content)
        assert cli.main([path]) == 1
        assert one_error_line(capsys) == f"quoteattr: error: {path}: file is empty"


def test_not_utf8_names_file_and_byte_offset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"caf\xc3\xa9 \xff end")
    assert cli.main([str(path)]) == 1
    line = one_error_line(capsys)
    assert line.startswith(f"quoteattr: error: {path}: not valid UTF-8 (byte offset 6)")


def test_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.txt", HI)
    real_open = open

    def deny(file: Any, *args: Any, **kwargs: Any) -> Any:
        if file == path:
            raise PermissionError(13, "Permission denied", path)
        return real_open(file, *args, **kwargs)

    # Root can read a chmod 000 file, so the refusal is simulated at open().
    monkeypatch.setattr("builtins.open", deny)
    assert cli.main([path]) == 1
    assert one_error_line(capsys) == f"quoteattr: error: {path}: cannot read: Permission denied"


def test_unknown_encoding_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["--encoding", "no-such-codec", write(tmp_path / "a.txt", HI)])
    assert exc.value.code == 2
    assert "unknown encoding: no-such-codec" in capsys.readouterr().err


@pytest.mark.parametrize("codec", ["rot13", "hex", "zlib"])
def test_a_codec_that_is_not_a_text_encoding_is_a_usage_error(
    codec: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Python knows these codecs, but bytes.decode() refuses them: without a check
    # every file failed with an internal error.
    with pytest.raises(SystemExit) as exc:
        cli.main(["--encoding", codec, write(tmp_path / "a.txt", HI)])
    assert exc.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == f"quoteattr: error: not a text encoding: {codec}"


def test_no_input_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main([])
    assert exc.value.code == 2


def test_subprocess_errors_have_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xfe\xff")
    empty = tmp_path / "empty"
    empty.mkdir()
    cases = [([str(tmp_path / "missing.txt")], 2), ([str(empty)], 2), ([str(bad)], 1), ([str(tmp_path)], 1)]
    for args, status in cases:
        result = run(*args)
        assert result.returncode == status
        err = result.stderr.decode()
        assert err.count("\n") == 1 and err.startswith("quoteattr: error: ")
        assert "Traceback" not in err


@needs_fork
def test_an_engine_error_costs_one_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Attributor.attribute

    def broken(self: Attributor, text: str) -> list[Any]:
        if "boom" in text:
            raise RuntimeError("boom")
        return real(self, text)

    # Forked workers inherit the patch.
    monkeypatch.setattr(Attributor, "attribute", broken)
    a, b = write(tmp_path / "a.txt", HI), write(tmp_path / "b.txt", "boom " + NO)
    assert cli.main(["--json", a, b]) == 1
    captured = capsys.readouterr()
    assert [d["file"] for d in json.loads(captured.out)] == [a]
    assert captured.err.splitlines() == [f"quoteattr: error: {b}: internal error: RuntimeError: boom; skipped"]


def test_unexpected_exception_is_one_line_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(quotes: list[Any]) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(default, "format_listing", broken)
    assert cli.main([write(tmp_path / "a.txt", HI)]) == 1
    assert one_error_line(capsys).startswith("quoteattr: internal error: RuntimeError: boom")
    assert multiprocessing.active_children() == []


def test_keyboard_interrupt_exits_130(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(quotes: list[Any]) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(default, "format_listing", interrupted)
    assert cli.main([write(tmp_path / "a.txt", HI)]) == 130
    assert one_error_line(capsys) == "quoteattr: interrupted"
    assert multiprocessing.active_children() == []


def test_sigint_subprocess_exits_130_without_traceback() -> None:
    # Reading a JSONL batch from a stdin that never ends: the run waits until Ctrl-C.
    # Enough lines that the first results are written while stdin stays open.
    proc = batch_from_stdin([doc(i, HI) for i in range(500)])
    assert json.loads(wait_until_running(proc.stdout).split(b"\n")[0])["id"] == 0
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in err
    assert b"quoteattr: interrupted" in err


# -- evaluate dispatch ------------------------------------------------------------


def test_evaluate_dispatches_to_evaluate_main(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[str]] = []

    class FakeEvaluate:
        @staticmethod
        def main(argv: list[str]) -> int:
            seen.append(argv)
            return 7

    monkeypatch.setitem(sys.modules, "quoteattr.evaluate", FakeEvaluate)
    assert cli.main(["evaluate", "--gold", "g.jsonl", "x"]) == 7
    assert seen == [["--gold", "g.jsonl", "x"]]


def test_evaluate_missing_module_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "quoteattr.evaluate", None)
    assert cli.main(["evaluate"]) == 2
    assert one_error_line(capsys).startswith("quoteattr: error: the evaluate command is unavailable")


# -- batch mode ---------------------------------------------------------------------


def test_batch_output_shape_and_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = jsonl(tmp_path / "in.jsonl", [doc("b", NO), doc("a", HI), doc(3, "No quotes.")])
    assert cli.main(["--jsonl", path, "--workers", "1"]) == 0
    captured = capsys.readouterr()
    lines = out_lines(captured.out)
    assert [line["id"] for line in lines] == ["b", "a", 3]
    assert set(lines[0]) == {"id", "quotes"}
    assert lines[0]["quotes"][0]["speaker"]["name"] == "Tom Roe"
    assert lines[1]["quotes"][0]["text"] == "Hi,"
    assert lines[2]["quotes"] == []
    assert captured.err.splitlines()[-1] == "quoteattr: 3 documents, 2 quotes, 0 errors"


def test_batch_missing_id_is_the_line_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = jsonl(tmp_path / "in.jsonl", [json.dumps({"text": HI}), "", json.dumps({"text": NO})])
    assert cli.main(["--jsonl", path, "--workers", "1"]) == 0
    assert [line["id"] for line in out_lines(capsys.readouterr().out)] == [1, 3]


def test_batch_keeps_going_past_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    good1, good2 = doc("g1", HI).encode(), doc("g2", NO).encode()
    bad_utf8 = b'{"id": "x", "text": "caf\xff"}'
    path.write_bytes(
        b"\n".join(
            [
                good1,
                b"{not json",
                json.dumps({"id": 3}).encode(),
                json.dumps({"id": 4, "text": 17}).encode(),
                b'["text"]',
                bad_utf8,
                good2,
            ]
        )
        + b"\n"
    )
    bad_offset = len(good1) + 1 + len(b"{not json\n") + len(json.dumps({"id": 3})) + 1
    bad_offset += len(json.dumps({"id": 4, "text": 17})) + 1 + len(b'["text"]\n') + len(b'{"id": "x", "text": "caf')
    assert cli.main(["--jsonl", str(path), "--workers", "1"]) == 1
    captured = capsys.readouterr()
    assert [line["id"] for line in out_lines(captured.out)] == ["g1", "g2"]
    err = captured.err.splitlines()
    assert err[0].startswith(f"quoteattr: error: {path}:2: invalid JSON: ")
    assert err[1] == f'quoteattr: error: {path}:3: expected an object with a string "text"'
    assert err[2] == f'quoteattr: error: {path}:4: expected an object with a string "text"'
    assert err[3] == f'quoteattr: error: {path}:5: expected an object with a string "text"'
    assert err[4].startswith(f"quoteattr: error: {path}:6: not valid UTF-8 (byte offset {bad_offset})")
    assert err[5] == "quoteattr: 2 documents, 2 quotes, 5 errors"
    assert len(err) == 6


def test_batch_strict_stops_at_first_bad_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = jsonl(tmp_path / "in.jsonl", [doc(1, HI), "oops", doc(3, NO)])
    assert cli.main(["--jsonl", path, "--strict", "--workers", "1"]) == 2
    captured = capsys.readouterr()
    assert [line["id"] for line in out_lines(captured.out)] == [1]
    assert captured.err.splitlines() == [f"quoteattr: error: {path}:2: invalid JSON: Expecting value (column 1)"]


def test_batch_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "in.jsonl", "\n\n")
    assert cli.main(["--jsonl", path, "--workers", "1"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"quoteattr: error: {path}: file is empty",
        "quoteattr: 0 documents, 0 quotes, 1 error",
    ]


def test_batch_line_separator_inside_a_string_does_not_split_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = '"Hi, there," she said.\u2028Then she left.'
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": 1, "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli.main(["--jsonl", str(path), "--workers", "1"]) == 0
    (line,) = out_lines(capsys.readouterr().out)
    assert line["id"] == 1
    assert line["quotes"][0]["text"] == "Hi, there,"


def test_batch_bom_and_lone_surrogate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    # json.dumps writes the lone surrogate as the escape \ud800, which JSON allows.
    path.write_bytes(b"\xef\xbb\xbf" + doc(1, '"A \ud800 b," she said.').encode() + b"\n")
    assert cli.main(["--jsonl", str(path), "--workers", "1"]) == 0
    (line,) = out_lines(capsys.readouterr().out)
    assert line["quotes"][0]["text"] == "A \ud800 b,"


def test_batch_stdin_subprocess() -> None:
    data = (doc("x", HI) + "\n" + doc("y", NO) + "\n").encode()
    result = run("--jsonl", "-", "--workers", "1", stdin=data)
    assert result.returncode == 0
    assert [line["id"] for line in out_lines(result.stdout.decode())] == ["x", "y"]
    assert result.stderr.decode().splitlines()[-1] == "quoteattr: 2 documents, 2 quotes, 0 errors"


def test_batch_two_workers_same_output_as_one(tmp_path: Path) -> None:
    texts = [HI, NO, "None here.", '"Fine." - Jane Roe', '"Yes," he said. "No," she said.'] * 20
    path = jsonl(tmp_path / "in.jsonl", [doc(i, t) for i, t in enumerate(texts)])
    one = run("--jsonl", path, "--workers", "1")
    two = run("--jsonl", path, "--workers", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert [line["id"] for line in out_lines(two.stdout.decode())] == list(range(100))


def test_batch_progress_when_forced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = jsonl(tmp_path / "in.jsonl", [doc(1, HI)])
    assert cli.main(["--jsonl", path, "--workers", "1", "--progress"]) == 0
    err = capsys.readouterr().err
    assert "1 docs" in err and "MB/s" in err


def test_batch_no_progress_when_stderr_is_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = jsonl(tmp_path / "in.jsonl", [doc(1, HI)])
    assert cli.main(["--jsonl", path, "--workers", "1"]) == 0
    assert "MB/s" not in capsys.readouterr().err


# -- atomic output -------------------------------------------------------------------------


def test_output_file_written_atomically(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    path = jsonl(tmp_path / "in.jsonl", [doc(1, HI)])
    assert cli.main(["--jsonl", path, "-o", str(out), "--workers", "1"]) == 0
    assert out_lines(out.read_text(encoding="utf-8"))[0]["id"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]
    umask = os.umask(0)
    os.umask(umask)
    # The temporary file is private (0600); the result gets the usual permissions.
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_failed_run_leaves_previous_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    path = jsonl(tmp_path / "in.jsonl", [doc(1, HI), "oops", doc(3, NO)])
    assert cli.main(["--jsonl", path, "-o", str(out), "--strict", "--workers", "1"]) == 2
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_strict_text_run_stops_and_creates_no_output(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff")
    assert cli.main([write(tmp_path / "a.txt", HI), str(bad), "--strict", "-o", str(out)]) == 2
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "bad.txt"]


def test_text_run_with_a_bad_file_keeps_the_good_ones(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff")
    a, c = write(tmp_path / "a.txt", HI), write(tmp_path / "c.txt", NO)
    assert cli.main(["--json", a, str(bad), c, "-o", str(out)]) == 1
    assert [d["file"] for d in json.loads(out.read_text(encoding="utf-8"))] == [a, c]


def test_partial_batch_failure_still_writes_good_lines(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    path = jsonl(tmp_path / "in.jsonl", [doc(1, HI), "oops", doc(3, NO)])
    assert cli.main(["--jsonl", path, "-o", str(out), "--workers", "1"]) == 1
    assert [line["id"] for line in out_lines(out.read_text(encoding="utf-8"))] == [1, 3]


def test_output_into_missing_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no" / "out.txt"
    assert cli.main([write(tmp_path / "a.txt", HI), "-o", str(target)]) == 2
    assert one_error_line(capsys).startswith(f"quoteattr: error: {target}: cannot write")


def test_interrupted_subprocess_leaves_no_output(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    # Forced progress on stderr shows the run has started (stdout goes to OUT).
    proc = batch_from_stdin([doc(i, HI) for i in range(500)], "-o", str(out), "--progress")
    assert b" docs" in wait_until_running(proc.stderr)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in err
    assert list(tmp_path.iterdir()) == []


# -- broken pipe ----------------------------------------------------------------------------


def test_broken_pipe_exits_quietly(tmp_path: Path) -> None:
    lines = [doc(i, HI + " " + NO) for i in range(3000)]
    path = jsonl(tmp_path / "in.jsonl", lines)
    proc = subprocess.Popen(
        [sys.executable, "-m", "quoteattr", "--jsonl", path, "--workers", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    assert json.loads(first)["id"] == 0
    proc.stdout.close()  # as `| head -1` does
    err = proc.stderr.read()
    proc.wait(timeout=120)
    assert proc.returncode == cli.EXIT_BROKEN_PIPE
    assert b"Traceback" not in err and b"Error" not in err


def test_broken_pipe_in_shell_pipeline(tmp_path: Path) -> None:
    text = ((HI + " " + NO + "\n\n") * 20000).encode()
    big = tmp_path / "big.txt"
    big.write_bytes(text)
    cmd = f'"{sys.executable}" -m quoteattr "{big}" | head -1'
    result = subprocess.run(cmd, shell=True, capture_output=True, timeout=300, env={**os.environ})
    assert result.returncode == 0
    assert result.stdout.decode().startswith("1-4: ")
    assert result.stderr == b""


# -- progress display --------------------------------------------------------------------------


def test_progress_line_reports_docs_mb_rate_and_eta() -> None:
    stream = io.StringIO()
    progress = Progress(stream, enabled=False, total_bytes=2_000_000)
    progress.update(3, 1_000_000)
    line = progress.line(now=progress._started + 2.0)
    assert line == "3 docs  1.0 MB  0.50 MB/s  50%  ETA 0:00:02"
    assert stream.getvalue() == ""  # disabled: nothing drawn


def test_progress_without_known_size_has_no_eta() -> None:
    progress = Progress(io.StringIO(), enabled=False)
    progress.update(1, 500_000)
    assert progress.line(now=progress._started + 1.0) == "1 docs  0.5 MB  0.50 MB/s"


def test_progress_message_clears_the_line() -> None:
    stream = io.StringIO()
    progress = Progress(stream, enabled=True, total_bytes=None)
    progress.update(1, 10)  # first update draws
    progress.message("quoteattr: error: x")
    progress.close()
    out = stream.getvalue()
    assert out.startswith("\r1 docs")
    drawn = len(out.split("\r")[1])  # the first progress line, as drawn
    assert "\r" + " " * drawn + "\rquoteattr: error: x\n" in out
    assert out.endswith("\n")


def test_tqdm_is_used_when_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[FakeBar] = []

    class FakeBar:
        def __init__(self, **kwargs: Any) -> None:
            self.kwargs = kwargs
            self.total = 0
            self.closed = False
            made.append(self)

        def update(self, n: int) -> None:
            self.total += n

        def write(self, text: str, file: Any = None) -> None:
            pass

        def close(self) -> None:
            self.closed = True

    fake = types.ModuleType("tqdm")
    fake.tqdm = FakeBar  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tqdm", fake)
    path = jsonl(tmp_path / "in.jsonl", [doc(1, HI), doc(2, NO)])
    assert cli.main(["--jsonl", path, "--workers", "1", "--progress"]) == 0
    (bar,) = made
    assert bar.total == os.path.getsize(path)
    assert bar.kwargs["total"] == os.path.getsize(path)
    assert bar.closed


def test_sigint_to_the_process_group_with_a_pool() -> None:
    # A terminal's Ctrl-C reaches the workers too; they must stay quiet and the run exit 130.
    proc = batch_from_stdin([doc(i, HI) for i in range(100)], workers=2, start_new_session=True)
    wait_until_running(proc.stdout)
    os.killpg(proc.pid, signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.decode().splitlines() == ["quoteattr: interrupted"]


def test_batch_streams_before_the_input_ends() -> None:
    # Output for the first lines must appear while stdin is still open: the
    # input is read line by line, never as a whole.
    proc = batch_from_stdin([doc(i, HI + " " + NO) for i in range(500)])
    assert proc.stdin is not None and proc.stdout is not None
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready, "no output while the input was still open"
        assert json.loads(proc.stdout.readline())["id"] == 0
    finally:
        proc.stdin.close()
        proc.stdout.read()
        proc.wait(timeout=60)
    assert proc.returncode == 0


# -- output paths: atomic only over a regular file or a new path ---------------------------


def test_o_dash_is_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--json", write(tmp_path / "a.txt", HI), "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["quotes"][0]["text"] == "Hi,"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no file named '-'


def test_output_to_a_fifo_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert cli.main(["--json", write(tmp_path / "a.txt", HI), "-o", str(fifo)]) == 0
    reader.join(timeout=60)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(received[0])[0]["quotes"][0]["text"] == "Hi,"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "pipe"]


def device(tmp_path: Path, name: str, minor: int) -> Path:
    """/dev/null (minor 3) or /dev/full (7): a private copy when we may make one (root)."""
    if os.geteuid() != 0:
        return Path("/dev") / name  # only root could replace the real one
    node = tmp_path / name
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    except OSError:
        pytest.skip("cannot make a device node here")
    return node


def test_output_to_dev_null_keeps_the_device(tmp_path: Path) -> None:
    null = device(tmp_path, "null", 3)
    before = os.stat(null)
    assert cli.main([write(tmp_path / "a.txt", HI), "-o", str(null)]) == 0
    after = os.stat(null)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev and after.st_ino == before.st_ino
    assert null.read_bytes() == b""
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_output_to_dev_full_is_a_write_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    full = device(tmp_path, "full", 7)
    assert cli.main([write(tmp_path / "a.txt", HI), "-o", str(full)]) == 2
    assert one_error_line(capsys) == f"quoteattr: error: {full}: cannot write: No space left on device"
    assert stat.S_ISCHR(os.stat(full).st_mode)


def test_a_symlink_keeps_pointing_at_its_replaced_target(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text("old\n")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert cli.main(["--json", write(tmp_path / "a.txt", HI), "-o", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text())[0]["quotes"][0]["text"] == "Hi,"
    assert target.stat().st_mode & 0o777 == 0o640  # the replaced file's permissions kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "link.json", "real.json"]


def test_a_dangling_symlink_gets_its_target_created(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "new.json")
    assert cli.main(["--json", write(tmp_path / "a.txt", HI), "-o", str(link)]) == 0
    assert link.is_symlink()
    assert json.loads((tmp_path / "new.json").read_text())[0]["file"].endswith("a.txt")


def test_output_without_o_tmpfile_uses_a_hidden_file_and_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(os, "O_TMPFILE", raising=False)
    out = tmp_path / "out.txt"
    assert cli.main([write(tmp_path / "a.txt", HI), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("1-4: ")
    out.write_text("previous\n")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff")
    assert cli.main([write(tmp_path / "a.txt", HI), "--strict", str(bad), "-o", str(out)]) == 2
    assert out.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "bad.txt", "out.txt"]


def test_a_target_that_stops_being_a_regular_file_is_not_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.txt"
    out.write_text("previous\n")
    real_format = default.format_listing

    def swap_in_a_fifo(quotes: list[Any]) -> str:
        out.unlink()  # someone puts a FIFO where the output was, during the run
        os.mkfifo(out)
        return real_format(quotes)

    monkeypatch.setattr(default, "format_listing", swap_in_a_fifo)
    assert cli.main([write(tmp_path / "a.txt", HI), "-o", str(out)]) == 2
    assert one_error_line(capsys) == f"quoteattr: error: {out}: is no longer a regular file; not replaced"
    assert stat.S_ISFIFO(os.lstat(out).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.txt"]


def test_output_directory_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([write(tmp_path / "a.txt", HI), "-o", str(tmp_path)]) == 2
    assert one_error_line(capsys) == f"quoteattr: error: {tmp_path}: is a directory"


def test_stdout_closed_before_the_run_is_a_clean_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quoteattr", write(tmp_path / "a.txt", HI)],
        capture_output=False,
        stdout=None,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.close(1),
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.decode() == "quoteattr: error: standard output is closed: give -o FILE\n"


# -- JSONL input: every valid JSON line handled or rejected with its file, line and reason --


def strict_json(text: str) -> Any:
    """Parse as JSON proper: NaN and Infinity are errors."""

    def refuse(token: str) -> Any:
        raise ValueError(f"not JSON: {token}")

    return json.loads(text, parse_constant=refuse)


def test_batch_ids_are_echoed_as_valid_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids: list[Any] = [0.1, -0.0, 1e308, 10**4000, None, True, {"a": [1, "b"]}, "\u00e9\u2028x", ""]
    path = jsonl(tmp_path / "in.jsonl", [doc(i, HI) for i in ids])
    assert cli.main(["--jsonl", path, "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert [strict_json(line)["id"] for line in out.split("\n") if line] == ids


def test_batch_rejects_what_cannot_be_echoed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = "9" * 5000  # more digits than Python converts by default
    lines = [
        doc("ok1", HI),
        '{"id": NaN, "text": "x"}',
        '{"id": Infinity, "text": "x"}',
        '{"id": 1e999, "text": "x"}',
        '{"id": ' + big + ', "text": "x"}',
        '{"id": [1, {"n": -1e400}], "text": "x"}',
        '{"id": "ok2", "size": ' + big + ', "text": ' + json.dumps(NO) + "}",  # not in the id: fine
    ]
    path = jsonl(tmp_path / "in.jsonl", lines)
    assert cli.main(["--jsonl", path, "--workers", "1"]) == 1
    captured = capsys.readouterr()
    assert [strict_json(line)["id"] for line in captured.out.split("\n") if line] == ["ok1", "ok2"]
    assert captured.err.splitlines() == [
        f"quoteattr: error: {path}:2: invalid JSON: NaN is not a JSON value",
        f"quoteattr: error: {path}:3: invalid JSON: Infinity is not a JSON value",
        f"quoteattr: error: {path}:4: the id holds a number out of range (1e999); write it as a string",
        f"quoteattr: error: {path}:5: the id holds a number out of range (99999999999999999...); "
        "write it as a string",
        f"quoteattr: error: {path}:6: the id holds a number out of range (-1e400); write it as a string",
        "quoteattr: 2 documents, 2 quotes, 5 errors",
    ]


BOM = "\ufeff"


def test_bom_is_dropped_the_same_way_in_every_mode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = '"Hi," she said.'
    expected = [q.to_dict() for q in attribute_quotes(text)]
    plain = tmp_path / "bom.txt"
    plain.write_bytes((BOM + text).encode("utf-8"))
    assert cli.main(["--json", str(plain)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["quotes"] == expected
    lines = tmp_path / "bom.jsonl"
    lines.write_bytes((BOM + doc(1, text) + "\n").encode("utf-8"))
    assert cli.main(["--jsonl", str(lines), "--workers", "1"]) == 0
    assert out_lines(capsys.readouterr().out)[0]["quotes"] == expected
    piped = run("--json", "-", stdin=(BOM + text).encode("utf-8"))
    assert piped.returncode == 0
    assert json.loads(piped.stdout)[0]["quotes"] == expected
    piped = run("--jsonl", "-", stdin=(BOM + doc(1, text) + "\n").encode("utf-8"))
    assert out_lines(piped.stdout.decode())[0]["quotes"] == expected


def test_bom_counts_in_offsets_of_other_encodings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # In latin-1 the three bytes are characters of the text, and offsets count them.
    path = tmp_path / "latin.txt"
    path.write_bytes(b"\xef\xbb\xbf" + b'"Hi," she said.')
    assert cli.main(["--json", "--encoding", "latin-1", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["quotes"][0]["start"] == 4


# -- options and subcommands ------------------------------------------------------------------


def test_help_lists_every_option_and_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for flag in ["--json", "--jsonl", "--workers", "--timeout", "--progress", "--strict", "-o",
                 "--dialogue {auto,on,off}", "--single-quotes {auto,never,always}", "--window N",
                 "--no-resolve", "--encoding", "--errors"]:
        assert flag in out, flag
    assert "\n  evaluate  " in out


DIALOGUE = 'Clara looked up. "You are late."\n\n"I was kept," Hollis said.\n\n"By whom?"\n\n"By your aunt."'


@pytest.mark.parametrize(
    ("flags", "config"),
    [
        (["--dialogue", "on"], Config(dialogue="on")),
        (["--dialogue", "off"], Config(dialogue="off")),
        (["--single-quotes", "never"], Config(single_quotes="never")),
        (["--single-quotes", "always"], Config(single_quotes="always")),
        (["--window", "40"], Config(window=40)),
        (["--no-resolve"], Config(resolve_names=False)),
        (["--dash-dialogue", "always"], Config(dash_dialogue="always")),
        (["--dash-dialogue", "never"], Config(dash_dialogue="never")),
        (["--dialogue", "on", "--no-resolve", "--window", "100"], Config(dialogue="on", resolve_names=False, window=100)),
    ],
)
def test_config_flags_reach_the_engine(
    flags: list[str], config: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = {
        "dialogue.txt": DIALOGUE,
        "single.txt": "\u2018It is over,\u2019 said Jane Roe. 'We go home,' she said.",
        "window.txt": "The minister said on Monday in a long televised address to the nation "
        'that the reform was "dead."',
        "names.txt": 'Ana Pires spoke on Monday. "We turned it down," Pires said.',
        # Dash dialogue with a tag (read by "auto", not by "never"), then a
        # lowercase dash line that only "always" reads as speech.
        "dashes.txt": "\u2014 I know, he said. \u2014 But not today.\n\n\u2014 and then the rest of it",
        # A long dialogue, read as conversations under "auto" and "on" alike.
        "novel.txt": "\n\n".join([DIALOGUE] * 15),
        # One speaker's statement over two paragraphs: "auto" continues it,
        # "on" reads it as a conversation's turns.
        "statement.txt": 'Jane Orr left the court.\n\n"We will appeal," said Jane Orr.\n\n'
        '"The ruling is wrong and we will say so in every court of this land."',
    }
    paths = [write(tmp_path / name, text) for name, text in texts.items()]
    assert cli.main(["--json", *flags, *paths]) == 0
    got = [d["quotes"] for d in json.loads(capsys.readouterr().out)]
    assert got == [[q.to_dict() for q in attribute_quotes(t, config)] for t in texts.values()]
    # Each flag changes something on these texts (or the test would prove nothing).
    assert got != [[q.to_dict() for q in attribute_quotes(t)] for t in texts.values()]


def test_every_config_option_is_a_flag() -> None:
    # The lexicon is a Python object (word lists extended in code), the one option with no flag.
    from quoteattr.cli.corpus import CONFIG_FLAGS

    assert sorted(f.field for f in CONFIG_FLAGS) == sorted(a.name for a in attrs.fields(Config) if a.name != "lexicon")


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--window", "5"], "quoteattr: error: --window must be at least 20, got 5"),
        (["--window", "x"], "quoteattr: error: argument --window: invalid int value: 'x'"),
        (["--dialogue", "yes"], "quoteattr: error: argument --dialogue: invalid choice: 'yes' (choose from 'auto', 'on', 'off')"),
        (["--timeout", "-1"], "quoteattr: error: argument --timeout: expected a number of seconds >= 0, got -1"),
        (["--timeout", "inf"], "quoteattr: error: argument --timeout: expected a finite number of seconds (0 for no limit), got inf"),
        (["--workers", "0"], "quoteattr: error: argument --workers: expected a number >= 1, got 0"),
        (["--json", "--jsonl", "x.jsonl"], "quoteattr: error: --json and --jsonl cannot be combined (--jsonl writes JSON lines)"),
    ],
)
def test_bad_options_are_one_plain_sentence(
    flags: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main([*flags, write(tmp_path / "a.txt", HI)])
    assert exc.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == message


def test_a_registered_command_runs_and_shows_in_help(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(commands, "COMMANDS", dict(commands.COMMANDS))
    monkeypatch.setattr(cli, "COMMANDS", commands.COMMANDS)
    seen: list[list[str]] = []

    @commands.command("echo", "repeat the arguments")
    def _echo(argv: list[str]) -> int:
        seen.append(argv)
        return 5

    assert cli.main(["echo", "a", "--json"]) == 5
    assert seen == [["a", "--json"]]
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "\n  echo      repeat the arguments" in capsys.readouterr().out


def test_a_file_named_like_a_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "evaluate", HI)
    for argv in (["--json", "--", "evaluate"], ["--json", "./evaluate"]):
        assert cli.main(argv) == 0
        assert json.loads(capsys.readouterr().out)[0]["quotes"][0]["text"] == "Hi,"
    (tmp_path / "evaluate").unlink()
    assert cli.main(["--json", "evaluate"]) == 2
    assert one_error_line(capsys) == (
        "quoteattr: error: evaluate: no such file (a command comes first: quoteattr evaluate ...)"
    )


# -- directories, many files, workers and progress for text files -----------------------------


def make_corpus(root: Path) -> list[str]:
    """A folder of articles; returns the files quoteattr reads, in its order."""
    (root / "2024" / "01").mkdir(parents=True)
    (root / ".cache").mkdir()
    files = {
        "b.txt": NO,
        "a-b.txt": HI,
        "2024/01/c.TXT": '"Maybe," said Ann Lee.',
        "2024/a.txt": '"Later," he said.',
        "notes.md": HI,
        ".hidden.txt": HI,
        ".cache/x.txt": HI,
    }
    for name, text in files.items():
        write(root / name, text)
    return [str(root / n) for n in ("2024/01/c.TXT", "2024/a.txt", "a-b.txt", "b.txt")]


def test_a_directory_is_read_sorted_and_recursively(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = make_corpus(tmp_path / "corpus")
    assert cli.main(["--json", str(tmp_path / "corpus")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["file"] for d in data] == expected
    assert [d["quotes"][0]["speaker"]["text"] for d in data] == ["Ann Lee", "he", "she", "Tom Roe"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_directory_entries_that_are_not_files_are_errors_not_silence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = make_corpus(tmp_path / "corpus")
    broken, pipe = tmp_path / "corpus" / "gone.txt", tmp_path / "corpus" / "pipe.txt"
    broken.symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(pipe)  # reading it would wait for a writer for ever
    assert cli.main(["--json", str(tmp_path / "corpus")]) == 1
    captured = capsys.readouterr()
    assert [d["file"] for d in json.loads(captured.out)] == expected
    assert captured.err.splitlines() == [
        f"quoteattr: error: {broken}: a broken symbolic link; skipped",
        f"quoteattr: error: {pipe}: not a regular file; skipped",
    ]


def test_directory_holding_only_a_broken_link_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    assert cli.main(["--json", str(tmp_path / "corpus")]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out) == []
    assert "gone.txt: a broken symbolic link; skipped" in captured.err


def test_directory_with_workers_and_progress(tmp_path: Path) -> None:
    expected = make_corpus(tmp_path / "corpus")
    result = run(str(tmp_path / "corpus"), "--workers", "2", "--progress")
    assert result.returncode == 0
    headers = [line[3:] for line in result.stdout.decode().splitlines() if line.startswith("== ")]
    assert headers == expected
    assert "4 docs" in result.stderr.decode() and "MB/s" in result.stderr.decode()


def test_a_bad_file_among_many_costs_only_itself(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good1, good2 = write(tmp_path / "1.txt", HI), write(tmp_path / "3.txt", NO)
    empty = write(tmp_path / "2.txt", "")
    assert cli.main([good1, empty, good2]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [f"quoteattr: error: {empty}: file is empty"]
    assert f"== {good1}" in captured.out and f"== {good2}" in captured.out and empty not in captured.out


def test_json_array_is_closed_when_the_run_stops_midway(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path / "1.txt", HI)
    bad = tmp_path / "2.txt"
    bad.write_bytes(b"\xff")
    assert cli.main(["--json", "--strict", good, str(bad), write(tmp_path / "3.txt", NO)]) == 2
    captured = capsys.readouterr()
    assert [d["file"] for d in json.loads(captured.out)] == [good]
    assert captured.err.startswith(f"quoteattr: error: {bad}: not valid UTF-8")


def test_json_array_is_closed_when_interrupted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_dumps = json.dumps
    calls = count()

    def dumps(obj: Any, **kwargs: Any) -> str:
        if next(calls) == 1:
            raise KeyboardInterrupt  # Ctrl-C while the second file is written
        return real_dumps(obj, **kwargs)

    monkeypatch.setattr(json, "dumps", dumps)
    paths = [write(tmp_path / f"{n}.txt", HI) for n in range(3)]
    assert cli.main(["--json", *paths]) == 130
    assert [d["file"] for d in json.loads(capsys.readouterr().out)] == paths[:1]


def test_options_may_come_between_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = write(tmp_path / "a.txt", HI), write(tmp_path / "b.txt", NO)
    assert cli.main([a, "--json", b, "--workers", "1"]) == 0
    assert [d["file"] for d in json.loads(capsys.readouterr().out)] == [a, b]


def test_batch_summary_counts_read_as_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = jsonl(tmp_path / "in.jsonl", [doc(1, HI), "oops", "oops"])
    assert cli.main(["--jsonl", path, "--workers", "1"]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == "quoteattr: 1 document, 1 quote, 2 errors"


def test_count_noun_is_singular_only_for_one_and_groups_thousands() -> None:
    from quoteattr.speakers import count_noun

    assert [count_noun(n, "quote") for n in (0, 1, 2, 1200)] == ["0 quotes", "1 quote", "2 quotes", "1,200 quotes"]


def test_progress_reaches_100_percent_when_lines_are_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The fallback line (tqdm may be installed): its last state must read 100%,
    # although the bad line's bytes belong to no document.
    monkeypatch.setattr(Progress, "_make_tqdm", lambda self: None)
    path = jsonl(tmp_path / "in.jsonl", [doc(1, HI), "not json at all, a long bad line"])
    assert cli.main(["--jsonl", path, "--workers", "1", "--progress"]) == 1
    lines = [part for part in capsys.readouterr().err.split("\r") if "docs" in part]
    assert "1 docs" in lines[-1] and "100%" in lines[-1]


def test_progress_finish_counts_the_unread_rest() -> None:
    progress = Progress(io.StringIO(), enabled=False, total_bytes=1_000)
    progress.update(1, 600)
    progress.finish()
    assert progress.bytes_done == 1_000 and progress.docs == 1
    progress.finish()  # nothing left: no change
    assert progress.bytes_done == 1_000
