"""Front end: reading the command line's documents: text files, directories of them, stdin, JSONL.

Every problem becomes one line naming the file (and, for JSONL, the line):
an :class:`InputError` for what stops the run before it starts (a path that
does not exist), a report through ``bad_input`` for what costs one document
(an empty or undecodable file, a bad line) and lets the run go on.

A UTF-8 byte order mark is a signature, not text: it is dropped at the start
of a text file, of stdin and of a JSONL file alike, so offsets count the
characters after it (Python's ``encoding="utf-8-sig"`` reads a file the same way).
"""

from __future__ import annotations

import codecs
import contextlib
import io
import json
import math
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

STDIN_NAME = "<stdin>"

#: How directories are read: files with this suffix (any case), at any depth.
TEXT_SUFFIX = ".txt"

#: An id longer than this many characters (as JSON) is shown cut in messages.
_SHOWN_ID = 60


class InputError(Exception):
    """Bad input: the message names the file (and line) and says what is wrong."""


class Source:
    """Where a document came from: a file, or a line of a JSONL file and its id."""

    __slots__ = ("name", "line", "id", "size")

    def __init__(self, name: str, size: int, line: int | None = None, doc_id: Any = None) -> None:
        #: The path as given (a file found in a directory: the directory joined
        #: with its relative path), or ``<stdin>``.
        self.name = name
        #: Bytes of input, for the progress display.
        self.size = size
        #: The JSONL line number (from 1); None for a text file.
        self.line = line
        #: The JSONL ``id`` (the line number when absent); None for a text file.
        self.id = doc_id

    def label(self) -> str:
        """How messages name the document: ``a.txt``, or ``in.jsonl:3 (id "a7")``.

        >>> Source("in.jsonl", 10, 3, "a7").label()
        'in.jsonl:3 (id "a7")'
        """
        if self.line is None:
            return self.name
        shown = json.dumps(self.id, ensure_ascii=False)
        if len(shown) > _SHOWN_ID:
            shown = shown[: _SHOWN_ID - 3] + "..."
        return f"{self.name}:{self.line} (id {shown})"


#: Reports a problem that costs one document; may raise to stop the run (--strict).
BadInput = Callable[[str], None]


def display_name(path: str) -> str:
    """The name used for *path* in messages and output."""
    return STDIN_NAME if path == "-" else path


# -- paths ---------------------------------------------------------------------------


def _text_files_in(directory: str, skipped: list[str]) -> list[str]:
    """Every ``.txt`` file under *directory*, sorted; hidden files and directories skipped.

    Symbolic links to files are read; links to directories are not followed
    (a link back up the tree would never end).  A ``.txt`` entry that is not
    a file (a broken link, a named pipe, a socket) is not read, since a pipe
    would wait for a writer forever; a message for each goes to *skipped*.
    """
    found: list[tuple[tuple[str, ...], str]] = []
    odd: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = os.path.relpath(root, directory)
        parts = () if rel == os.curdir else tuple(rel.split(os.sep))
        for name in files:
            if name.startswith(".") or not name.lower().endswith(TEXT_SUFFIX):
                continue
            path = os.path.join(root, name)
            # Sorted by path components, so that "a/b.txt" comes before "a-b.txt"
            # and the order does not depend on the file system's.
            (found if os.path.isfile(path) else odd).append(((*parts, name), path))
    for _key, path in sorted(odd):
        what = "a broken symbolic link" if not os.path.exists(path) else "not a regular file"
        skipped.append(f"{path}: {what}; skipped")
    return [path for _key, path in sorted(found)]


def expand_paths(
    paths: list[str], commands: tuple[str, ...] = (), skipped: list[str] | None = None
) -> list[str]:
    """The files to read: each path as given, a directory replaced by its ``.txt`` files.

    Raises InputError, before anything is read, for a path that does not exist
    or a directory without a ``.txt`` file.  *commands* are the subcommand
    names, for a hint when one is misplaced after an option.  Entries of a
    directory that are named ``.txt`` but cannot be read as files (broken
    links, pipes) are left out, each with a message appended to *skipped*.
    """
    files: list[str] = []
    odd: list[str] = [] if skipped is None else skipped
    for path in paths:
        if path == "-":
            files.append(path)
        elif os.path.isdir(path):
            before = len(odd)
            found = _text_files_in(path, odd)
            if not found and len(odd) == before:
                raise InputError(f"{path}: no {TEXT_SUFFIX} files in this directory")
            files.extend(found)
        elif os.path.exists(path):
            files.append(path)
        elif path in commands:
            raise InputError(
                f"{path}: no such file (a command comes first: quoteattr {path} ...)"
            )
        else:
            raise InputError(f"{path}: no such file")
    return files


def file_size(path: str) -> int | None:
    """Size of *path* in bytes; None for stdin or what cannot be measured."""
    if path == "-":
        return None
    try:
        return os.path.getsize(path)
    except OSError:
        return None


# -- bytes ---------------------------------------------------------------------------


@contextlib.contextmanager
def _open_binary(path: str) -> Iterator[BinaryIO]:
    """Open *path* (or stdin for '-') for reading bytes, naming the file on failure."""
    if path == "-":
        stdin: Any = sys.stdin
        if stdin is None:
            raise InputError(f"{STDIN_NAME}: standard input is closed")
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


def _is_utf8(encoding: str) -> bool:
    """True for the UTF-8 codec under any of its names."""
    return codecs.lookup(encoding).name == "utf-8"


def _decode(data: bytes, encoding: str, errors: str, where: str, base_offset: int = 0) -> str:
    """Decode *data*, raising InputError that names *where* and the byte offset."""
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        hint = " (--errors replace decodes it anyway)" if errors == "strict" else ""
        label = "UTF-8" if _is_utf8(encoding) else encoding
        raise InputError(
            f"{where}: not valid {label} (byte offset {base_offset + exc.start}){hint}"
        ) from None


def read_text(path: str, encoding: str, errors: str) -> str:
    """Read a whole text file (or stdin for '-'), raising InputError with the file name."""
    name = display_name(path)
    with _open_binary(path) as fh:
        try:
            data = fh.read()
        except OSError as exc:
            raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
    offset = 0
    if _is_utf8(encoding) and data.startswith(codecs.BOM_UTF8):
        data, offset = data[len(codecs.BOM_UTF8) :], len(codecs.BOM_UTF8)
    text = _decode(data, encoding, errors, name, offset)
    if not text.strip():
        raise InputError(f"{name}: file is empty")
    return text


def text_documents(
    paths: list[str], encoding: str, errors: str, bad_input: BadInput
) -> Iterator[tuple[Source, str]]:
    """Yield ``(source, text)`` per readable file; report the others and go on."""
    for path in paths:
        try:
            text = read_text(path, encoding, errors)
        except InputError as exc:
            bad_input(str(exc))
            continue
        yield Source(display_name(path), file_size(path) or len(text)), text


# -- JSONL ---------------------------------------------------------------------------


class _OutOfRange:
    """A JSON number Python cannot hold as a JSON-writable value (1e999, 5000 digits)."""

    __slots__ = ("token",)

    def __init__(self, token: str) -> None:
        self.token = token


class _NotJson(ValueError):
    """A token Python's json module accepts but JSON does not (NaN, Infinity)."""


def _reject_constant(token: str) -> Any:
    raise _NotJson(f"{token} is not a JSON value")


def _parse_int(token: str) -> Any:
    try:
        return int(token)
    except ValueError:  # over sys.get_int_max_str_digits() digits
        return _OutOfRange(token)


def _parse_float(token: str) -> Any:
    value = float(token)
    return _OutOfRange(token) if math.isinf(value) else value


def _out_of_range(value: Any) -> _OutOfRange | None:
    """The first number out of range inside *value*, if any."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, _OutOfRange):
            return item
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def parse_line(line: str) -> Any:
    """Parse one JSONL line as strict JSON.

    ``NaN`` and ``Infinity`` are rejected (they are not JSON); a number that
    Python cannot write back as JSON (an integer over the interpreter's digit
    limit, a float like ``1e999``) is kept as a placeholder, which only
    matters if it is in the id (see :func:`jsonl_documents`).

    >>> parse_line('{"id": 1.5, "text": "x"}')
    {'id': 1.5, 'text': 'x'}
    """
    return json.loads(
        line, parse_constant=_reject_constant, parse_int=_parse_int, parse_float=_parse_float
    )


def _line_problem(obj: Any) -> str | None:
    """Why a parsed line is not a document, or None."""
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return 'expected an object with a string "text"'
    bad = _out_of_range(obj.get("id"))
    if bad is not None:
        token = bad.token if len(bad.token) <= 20 else bad.token[:17] + "..."
        return f"the id holds a number out of range ({token}); write it as a string"
    return None


def jsonl_documents(paths: list[str], errors: str, bad_input: BadInput) -> Iterator[tuple[Source, str]]:
    """Yield ``(source, text)`` per good line of the JSONL files, read line by line.

    A line that is not JSON, not an object with a string ``text``, not valid
    UTF-8, or whose id cannot be written back as JSON, is reported with its
    file and line, and skipped.  An object without ``id`` gets its line number.
    """
    for path in paths:
        yield from _jsonl_file(path, errors, bad_input)


def _jsonl_file(path: str, errors: str, bad_input: BadInput) -> Iterator[tuple[Source, str]]:
    """The documents of one JSONL file."""
    name = display_name(path)
    offset = 0
    seen = False
    with _open_binary(path) as fh:
        lines = iter(fh)
        number = 0
        while True:
            try:
                raw = next(lines)
            except StopIteration:
                break
            except OSError as exc:
                bad_input(f"{name}: cannot read: {exc.strerror or exc}")
                return
            number += 1
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
                bad_input(str(exc))
                continue
            try:
                obj = parse_line(line)
            except json.JSONDecodeError as exc:
                bad_input(f"{where}: invalid JSON: {exc.msg} (column {exc.colno})")
                continue
            except _NotJson as exc:
                bad_input(f"{where}: invalid JSON: {exc}")
                continue
            except RecursionError:
                bad_input(f"{where}: invalid JSON: nested too deeply")
                continue
            problem = _line_problem(obj)
            if problem is not None:
                bad_input(f"{where}: {problem}")
                continue
            yield Source(name, len(raw), number, obj.get("id", number)), obj["text"]
    if not seen:
        bad_input(f"{name}: file is empty")
