"""Command line: ``quoteattr FILE ...``, ``--json``, ``--jsonl`` batch mode and ``evaluate``.

Exit status:

* 0: success;
* 1: batch mode finished but some lines failed (each reported on stderr), or
  an unexpected internal error (one line on stderr, never a traceback);
* 2: bad usage or bad input (missing, unreadable, empty or undecodable file,
  invalid JSON, a line without a string ``text`` under ``--strict``);
* 130: interrupted with Ctrl-C; 141: the reader of stdout went away (``| head``).

Output given with ``-o`` is written to a temporary file next to it and renamed
at the end, so a failed or interrupted run never leaves half a file behind.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import importlib
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from typing import Any, BinaryIO, TextIO

from quoteattr import __version__
from quoteattr.attribute import Attributor
from quoteattr.batch import attribute_many
from quoteattr.config import Config
from quoteattr.model import Quote
from quoteattr.progress import Progress

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

STDIN_NAME = "<stdin>"


class InputError(Exception):
    """Bad input: the message names the file (and line) and says what is wrong."""


def _build_parser() -> argparse.ArgumentParser:
    """The argument parser for the ``quoteattr`` command."""
    parser = argparse.ArgumentParser(
        prog="quoteattr",
        description="Find quotations in English text and say who said them.",
        epilog="Exit status: 0 success; 1 some batch lines failed (or an internal error); "
        "2 bad usage or input; 130 interrupted. "
        "Run 'quoteattr evaluate --help' to score predictions against gold data.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="text files to read ('-' for stdin)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--json",
        action="store_true",
        help="print a JSON array of quotes (for several files: an array of {file, quotes})",
    )
    mode.add_argument(
        "--jsonl",
        metavar="IN",
        help='batch mode: IN holds lines {"id": ..., "text": ...}; write {"id": ..., "quotes": [...]} '
        "lines ('-' for stdin; further FILEs are read as JSONL too)",
    )
    parser.add_argument(
        "--indirect",
        action="store_true",
        help="also report reported speech (Roe said the port would close) as quotes of kind 'indirect'",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT (atomically) instead of stdout")
    parser.add_argument("--encoding", default="utf-8", help="encoding of text FILEs (default: utf-8)")
    parser.add_argument(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="undecodable bytes: fail naming the byte offset (strict, default) or use U+FFFD",
    )
    batch = parser.add_argument_group("batch mode (--jsonl)")
    batch.add_argument(
        "--workers",
        type=_positive_int,
        default=None,
        metavar="N",
        help="worker processes (default: all cores)",
    )
    batch.add_argument("--strict", action="store_true", help="stop at the first bad line (exit 2)")
    batch.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show progress on stderr (default: only when stderr is a terminal)",
    )
    parser.add_argument("--version", action="version", version=f"quoteattr {__version__}")
    return parser


def _positive_int(value: str) -> int:
    """argparse type for an int >= 1."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a number >= 1, got {number}")
    return number


# -- reading ---------------------------------------------------------------


def _display_name(path: str) -> str:
    """The name used for *path* in messages."""
    return STDIN_NAME if path == "-" else path


def _check_readable(path: str) -> None:
    """Fail early, before any output, for a missing file or a directory."""
    if path == "-":
        return
    if not os.path.exists(path):
        raise InputError(f"{path}: no such file")
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory")


@contextlib.contextmanager
def _open_binary(path: str) -> Iterator[BinaryIO]:
    """Open *path* (or stdin for '-') for reading bytes, naming the file on failure."""
    if path == "-":
        stdin: Any = sys.stdin
        yield stdin.buffer if hasattr(stdin, "buffer") else io.BytesIO(stdin.read().encode("utf-8"))
        return
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below; the error names the file
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with fh:
        yield fh


def _decode(data: bytes, encoding: str, errors: str, where: str, base_offset: int = 0) -> str:
    """Decode *data*, raising InputError that names *where* and the byte offset."""
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        hint = " (--errors replace decodes it anyway)" if errors == "strict" else ""
        label = "UTF-8" if codecs.lookup(encoding).name == "utf-8" else encoding
        raise InputError(
            f"{where}: not valid {label} (byte offset {base_offset + exc.start}){hint}"
        ) from None


def _read_text(path: str, encoding: str, errors: str) -> str:
    """Read a whole text file (or stdin for '-'), raising InputError with the file name."""
    name = _display_name(path)
    with _open_binary(path) as fh:
        try:
            data = fh.read()
        except OSError as exc:
            raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
    text = _decode(data, encoding, errors, name)
    if not text.strip():
        raise InputError(f"{name}: file is empty")
    return text


# -- writing ---------------------------------------------------------------


def _format_listing(quotes: list[Quote]) -> str:
    """A readable listing: one block per quote with speaker and cue."""
    lines: list[str] = []
    for q in quotes:
        speaker = q.speaker.name if q.speaker else "(unknown)"
        mention = f" [{q.speaker.text}]" if q.speaker and q.speaker.text != q.speaker.name else ""
        cue = f" ({q.cue.text})" if q.cue else ""
        if q.kind == "indirect":
            lines.append(f"{q.start}-{q.end}: (reported) {q.text}")
        else:
            lines.append(f"{q.start}-{q.end}: \u201c{q.text}\u201d")
        lines.append(f"    \u2014 {speaker}{mention}{cue}  [{q.rule or 'no rule'}, {q.confidence:.2f}]")
    return "\n".join(lines)


def _is_utf8(stream: TextIO) -> bool:
    """True when *stream* encodes UTF-8 (JSON may then keep non-ASCII characters)."""
    encoding = getattr(stream, "encoding", None) or ""
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


@contextlib.contextmanager
def _atomic_output(path: str) -> Iterator[TextIO]:
    """A UTF-8 text stream that replaces *path* only when the block succeeds.

    Lone surrogates (possible in JSONL input) are written as ``\\udxxx``
    escapes, which keeps JSON output valid instead of failing mid-run.
    """
    target = os.path.abspath(path)
    if os.path.isdir(target):
        raise InputError(f"{path}: is a directory")
    directory = os.path.dirname(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(target) + ".", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        with open(fd, "w", encoding="utf-8", errors="backslashreplace", newline="\n") as out:
            yield out
        os.chmod(tmp, _new_file_mode(target))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _new_file_mode(target: str) -> int:
    """Permissions for the output: those of the file it replaces, else the umask default."""
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def _stdout() -> Iterator[TextIO]:
    """Standard output, set to escape (not choke on) characters it cannot encode."""
    out = sys.stdout
    if isinstance(out, io.TextIOWrapper):
        out.reconfigure(errors="backslashreplace")
    yield out
    out.flush()


# -- modes -----------------------------------------------------------------


def _run_files(args: argparse.Namespace, out: TextIO) -> None:
    """Text mode: a listing, or ``--json``, for every input file."""
    for path in args.files:
        _check_readable(path)
    attributor = Attributor(Config(indirect=args.indirect))
    ensure_ascii = not _is_utf8(out)
    several = len(args.files) > 1
    if args.json and several:
        out.write("[\n")
    for n, path in enumerate(args.files):
        quotes = attributor.attribute(_read_text(path, args.encoding, args.errors))
        if args.json:
            dicts = [q.to_dict() for q in quotes]
            if several:
                doc: Any = {"file": _display_name(path), "quotes": dicts}
                text = json.dumps(doc, indent=2, ensure_ascii=ensure_ascii)
                out.write(("" if n == 0 else ",\n") + text)
            else:
                out.write(json.dumps(dicts, indent=2, ensure_ascii=ensure_ascii) + "\n")
        else:
            if several:
                out.write(("\n" if n else "") + f"== {_display_name(path)}\n")
            out.write(_format_listing(quotes) + ("\n" if quotes else ""))
    if args.json and several:
        out.write("\n]\n")


class _BatchState:
    """Counters of a batch run, and where its messages go."""

    def __init__(self, progress: Progress, strict: bool) -> None:
        self.progress = progress
        self.strict = strict
        self.errors = 0
        self.quotes = 0

    def bad_line(self, message: str) -> None:
        """Report a bad input line; under ``--strict`` it ends the run."""
        if self.strict:
            raise InputError(message)
        self.errors += 1
        self.progress.message(f"quoteattr: error: {message}")


def _jsonl_records(path: str, errors: str, state: _BatchState) -> Iterator[tuple[tuple[Any, int], str]]:
    """Yield ``((id, nbytes), text)`` per good line of a JSONL file, read line by line."""
    name = _display_name(path)
    offset = 0
    seen = False
    with _open_binary(path) as fh:
        for number, raw in enumerate(fh, start=1):
            line_offset, offset = offset, offset + len(raw)
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
                line_offset += len(codecs.BOM_UTF8)
            if not raw.strip():
                continue
            seen = True
            where = f"{name}:{number}"
            try:
                line = _decode(raw, "utf-8", errors, where, line_offset)
            except InputError as exc:
                state.bad_line(str(exc))
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                state.bad_line(f"{where}: invalid JSON: {exc.msg} (column {exc.colno})")
                continue
            except RecursionError:
                state.bad_line(f"{where}: invalid JSON: nested too deeply")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                state.bad_line(f'{where}: expected an object with a string "text"')
                continue
            yield (obj.get("id", number), len(raw)), obj["text"]
    if not seen:
        raise InputError(f"{name}: file is empty")


def _run_batch(args: argparse.Namespace, out: TextIO) -> int:
    """Batch mode: JSONL in, JSONL out, in input order; returns the exit code."""
    paths = [args.jsonl, *args.files]
    for path in paths:
        _check_readable(path)
    total: int | None = 0
    for path in paths:
        if path == "-" or total is None:
            total = None
        else:
            total += os.path.getsize(path)
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    progress = Progress(sys.stderr, show, total)
    state = _BatchState(progress, args.strict)
    ensure_ascii = not _is_utf8(out)

    def records() -> Iterator[tuple[tuple[Any, int], str]]:
        for path in paths:
            yield from _jsonl_records(path, args.errors, state)

    results = attribute_many(records(), workers=args.workers, config=Config(indirect=args.indirect))
    try:
        with contextlib.closing(results):
            for (doc_id, nbytes), quotes in results:
                line = {"id": doc_id, "quotes": [q.to_dict() for q in quotes]}
                out.write(json.dumps(line, ensure_ascii=ensure_ascii) + "\n")
                state.quotes += len(quotes)
                progress.update(1, nbytes)
    finally:
        progress.close()
    print(
        f"quoteattr: {progress.docs:,} documents, {state.quotes:,} quotes, {state.errors:,} errors",
        file=sys.stderr,
    )
    return EXIT_PARTIAL if state.errors else EXIT_OK


def _run(args: argparse.Namespace, out: TextIO) -> int:
    """Run the mode the arguments ask for, writing to *out*."""
    if args.jsonl is not None:
        return _run_batch(args, out)
    _run_files(args, out)
    return EXIT_OK


def _evaluate(argv: list[str]) -> int:
    """``quoteattr evaluate ...``: hand over to :mod:`quoteattr.evaluate`, imported only now."""
    try:
        module = importlib.import_module("quoteattr.evaluate")
    except ImportError as exc:
        print(f"quoteattr: error: the evaluate command is unavailable: {exc}", file=sys.stderr)
        return EXIT_USAGE
    code: int = module.main(argv)
    return code


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _main(argv: list[str]) -> int:
    """Parse the arguments and run; errors surface as exceptions."""
    if argv[:1] == ["evaluate"]:
        return _evaluate(argv[1:])
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.jsonl is None and not args.files:
        parser.error("no input: give FILE ... ('-' for stdin) or --jsonl IN")
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        parser.error(f"unknown encoding: {args.encoding}")
    if args.output:
        with _atomic_output(args.output) as out:
            code = _run(args, out)
        return code
    with _stdout() as out:
        return _run(args, out)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``quoteattr`` command; returns the exit code.

    Never lets a traceback through: input errors exit with 2, Ctrl-C with 130,
    a closed output pipe quietly with 141 and anything unexpected with 1.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return _main(args)
    except InputError as exc:
        print(f"quoteattr: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        print("quoteattr: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as exc:
        target = exc.filename or "output"
        print(f"quoteattr: error: {target}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - the promise is: no traceback, ever
        if os.environ.get("QUOTEATTR_DEBUG"):
            raise
        print(
            f"quoteattr: internal error: {type(exc).__name__}: {exc} "
            "(set QUOTEATTR_DEBUG=1 for a traceback)",
            file=sys.stderr,
        )
        return EXIT_PARTIAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
