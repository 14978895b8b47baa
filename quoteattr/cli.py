"""Command line: ``quoteattr FILE ...``, ``--json`` and ``--jsonl`` batch mode.

Errors in the input (missing file, bad encoding, invalid JSON, a JSONL line
without ``text``) print one line naming the file (and line) and exit with 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from quoteattr import __version__
from quoteattr.attribute import Attributor
from quoteattr.model import Quote

EXIT_OK = 0
EXIT_USAGE = 2


class InputError(Exception):
    """Bad input: the message names the file (and line) and says what is wrong."""


def _build_parser() -> argparse.ArgumentParser:
    """The argument parser for the ``quoteattr`` command."""
    parser = argparse.ArgumentParser(
        prog="quoteattr",
        description="Find quotations in English text and say who said them.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="text files to read ('-' for stdin)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print a JSON array of quotes per file")
    mode.add_argument(
        "--jsonl",
        action="store_true",
        help='batch mode: FILE holds lines {"id": ..., "text": ...}; write {"id": ..., "quotes": [...]} lines',
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    parser.add_argument("--version", action="version", version=f"quoteattr {__version__}")
    return parser


def _read_text(path: str) -> str:
    """Read a UTF-8 text file (or stdin for '-'), raising InputError with the file name."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as fh:
                data = fh.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte offset {exc.start})") from None


def _format_listing(quotes: list[Quote]) -> str:
    """A readable listing: one block per quote with speaker and cue."""
    lines: list[str] = []
    for q in quotes:
        speaker = q.speaker.name if q.speaker else "(unknown)"
        mention = f" [{q.speaker.text}]" if q.speaker and q.speaker.text != q.speaker.name else ""
        cue = f" ({q.cue.text})" if q.cue else ""
        lines.append(f"{q.start}-{q.end}: \u201c{q.text}\u201d")
        lines.append(f"    \u2014 {speaker}{mention}{cue}  [{q.rule or 'no rule'}, {q.confidence:.2f}]")
    return "\n".join(lines)


def _jsonl_docs(path: str) -> list[tuple[Any, str]]:
    """Parse a JSONL batch file into (id, text) pairs, raising InputError naming the line."""
    text = _read_text(path)
    docs: list[tuple[Any, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: invalid JSON: {exc.msg}") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise InputError(f"{path}:{number}: expected an object with a string \"text\"")
        docs.append((obj.get("id", number), obj["text"]))
    return docs


def _run(args: argparse.Namespace, out: TextIO) -> None:
    """Process every input file and write the results to *out*."""
    attributor = Attributor()
    if args.jsonl:
        for path in args.files:
            for doc_id, text in _jsonl_docs(path):
                quotes = attributor.attribute(text)
                out.write(json.dumps({"id": doc_id, "quotes": [q.to_dict() for q in quotes]}) + "\n")
        return
    texts = [(path, _read_text(path)) for path in args.files]
    for n, (path, text) in enumerate(texts):
        quotes = attributor.attribute(text)
        if args.json:
            out.write(json.dumps([q.to_dict() for q in quotes], indent=2, ensure_ascii=False) + "\n")
        else:
            if len(texts) > 1:
                out.write(("\n" if n else "") + f"== {path}\n")
            out.write(_format_listing(quotes) + ("\n" if quotes else ""))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``quoteattr`` command; returns the exit code."""
    args = _build_parser().parse_args(argv)
    try:
        if args.output:
            with open(args.output, "w", encoding="utf-8") as out:
                _run(args, out)
        else:
            _run(args, sys.stdout)
    except InputError as exc:
        print(f"quoteattr: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"quoteattr: error: {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
