"""The ``speakers`` and ``html`` commands, and the CSV/TSV table writer, for the command line.

Each command is usable three ways, so that the ``quoteattr`` command line
wires it in one line:

* ``run_speakers(argv, config=None) -> int`` and ``run_html(argv, config=None) -> int``
  parse their own arguments (``prog`` is ``quoteattr speakers`` / ``quoteattr html``)
  and return the exit status;
* ``add_speakers_arguments(parser)`` / ``add_html_arguments(parser)`` add the
  same arguments to an argparse sub-parser, and ``speakers_command(args, config)`` /
  ``html_command(args, config)`` run from the parsed namespace;
* ``python -m quoteattr.commands speakers|html ...`` runs them directly.

:func:`~quoteattr.tables.write_table` (``--csv``/``--tsv`` of the main
command) is re-exported here.

Exit status, as for the main command: 0 success; 1 some input files failed
(each named on stderr in one line) and the run went on with the others;
2 bad usage, or the one input of ``html`` could not be read.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from quoteattr.attribute import Attributor
from quoteattr.config import Config
from quoteattr.identity import assign_entities
from quoteattr.model import Quote
from quoteattr.page import render_html
from quoteattr.speakers import speaker_table, write_speaker_table
from quoteattr.tables import write_table

__all__ = [
    "CommandError",
    "add_html_arguments",
    "add_speakers_arguments",
    "attribute_document",
    "expand_inputs",
    "html_command",
    "read_document",
    "run_html",
    "run_speakers",
    "speakers_command",
    "write_table",
]

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141

STDIN = "-"


class CommandError(Exception):
    """Bad input or output: the message names the file and says what is wrong."""


# -- inputs ------------------------------------------------------------------


def expand_inputs(paths: Sequence[str]) -> list[str]:
    """The files to read: each path as given, a directory replaced by its ``*.txt`` files (sorted).

    Only the directory's own files are taken, not those of its subdirectories.
    A directory without ``.txt`` files is a :class:`CommandError`.
    """
    files: list[str] = []
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            found = sorted(str(p) for p in Path(path).glob("*.txt") if p.is_file())
            if not found:
                raise CommandError(f"{path}: directory holds no .txt files")
            files.extend(found)
        else:
            files.append(path)
    return files


def read_document(path: str) -> str:
    """The text of a UTF-8 file (``-`` reads stdin).

    Raises:
        CommandError: naming the file: missing, a directory, unreadable, not
            UTF-8 (with the byte offset), or empty.
    """
    name = "<stdin>" if path == STDIN else path
    try:
        data = sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
    except FileNotFoundError:
        raise CommandError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise CommandError(f"{name}: is a directory") from None
    except OSError as exc:
        raise CommandError(f"{name}: cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CommandError(f"{name}: not valid UTF-8 (byte offset {exc.start})") from None
    if not text.strip():
        raise CommandError(f"{name}: file is empty")
    return text


def attribute_document(text: str, attributor: Attributor) -> list[Quote]:
    """The quotes of *text* with speaker identities (``speaker.entity``, ``speaker.gender``) set."""
    return assign_entities(attributor.attribute(text))


def _error(message: str) -> None:
    """One line on stderr, as the main command writes its errors."""
    print(f"quoteattr: {message}", file=sys.stderr)


# -- output ------------------------------------------------------------------


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    """Standard output, or a UTF-8 file that replaces *path* only when the block succeeds."""
    if path is None or path == STDIN:
        yield sys.stdout
        sys.stdout.flush()
        return
    target = os.path.abspath(path)
    if os.path.isdir(target):
        raise CommandError(f"{path}: is a directory")
    try:
        fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(target) + ".", suffix=".tmp", dir=os.path.dirname(target))
    except OSError as exc:
        raise CommandError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        with open(fd, "w", encoding="utf-8", newline="") as out:
            yield out
        os.chmod(tmp, _file_mode(target))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _file_mode(target: str) -> int:
    """The permissions of the file *target* replaces, else what the umask gives a new file.

    ``mkstemp`` makes a private file (0600): without this, ``-o`` would
    quietly hide a page meant to be shared.
    """
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


# -- speakers ----------------------------------------------------------------


def add_speakers_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the arguments of ``quoteattr speakers`` to *parser* (a sub-parser) and return it."""
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="UTF-8 text files or directories of .txt files ('-' for stdin)"
    )
    fmt = parser.add_mutually_exclusive_group()
    fmt.add_argument("--json", dest="format", action="store_const", const="json", help="print a JSON array of rows")
    fmt.add_argument("--csv", dest="format", action="store_const", const="csv", help="print CSV with a header")
    parser.set_defaults(format="text")
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT (atomically) instead of stdout")
    return parser


def speakers_command(args: argparse.Namespace, config: Config | None = None) -> int:
    """Print the speakers table of ``args.files`` in ``args.format``; returns the exit status.

    A file that cannot be read is reported on stderr and left out; the table
    of the others is still printed, and the status is then 1.
    """
    status = EXIT_OK
    try:
        files = expand_inputs(args.files)
    except CommandError as exc:
        _error(str(exc))
        return EXIT_USAGE
    attributor = Attributor(config)
    documents: list[tuple[str | None, list[Quote]]] = []
    for path in files:
        try:
            text = read_document(path)
        except CommandError as exc:
            _error(str(exc))
            status = EXIT_PARTIAL
            continue
        documents.append((path, attribute_document(text, attributor)))
    rows = speaker_table(documents)
    try:
        with _output(args.output) as out:
            write_speaker_table(rows, out, args.format)
    except CommandError as exc:
        _error(str(exc))
        return EXIT_USAGE
    return status


def run_speakers(argv: Sequence[str], config: Config | None = None) -> int:
    """``quoteattr speakers FILE... [--json|--csv] [-o OUT]``: one row per speaker over all FILEs.

    Args:
        argv: the arguments after ``speakers``.
        config: the :class:`~quoteattr.Config` to attribute with (``None``: the defaults).

    Returns:
        The exit status (0, 1 when some files failed, 2 for bad usage).
    """
    parser = argparse.ArgumentParser(
        prog="quoteattr speakers",
        description="Count quotes, words quoted and documents per speaker. Within a document a "
        "speaker is one identity whatever the mention (Okafor, she, the mayor); over many "
        "documents speakers are grouped by canonical name.",
    )
    return _parse_and_run(parser, add_speakers_arguments, speakers_command, argv, config)


# -- html --------------------------------------------------------------------


def add_html_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the arguments of ``quoteattr html`` to *parser* (a sub-parser) and return it."""
    parser.add_argument("file", metavar="FILE", help="a UTF-8 text file ('-' for stdin)")
    parser.add_argument("-o", "--output", metavar="OUT", help="write the page to OUT (atomically) instead of stdout")
    parser.add_argument("--title", help="page title (default: the file name)")
    return parser


def html_command(args: argparse.Namespace, config: Config | None = None) -> int:
    """Write the page of ``args.file`` to ``args.output``; returns the exit status."""
    try:
        text = read_document(args.file)
        quotes = attribute_document(text, Attributor(config))
        title = args.title or ("stdin" if args.file == STDIN else os.path.basename(args.file))
        page = render_html(text, quotes, title=title)
        with _output(args.output) as out:
            out.write(page)
    except CommandError as exc:
        _error(str(exc))
        return EXIT_USAGE
    return EXIT_OK


def run_html(argv: Sequence[str], config: Config | None = None) -> int:
    """``quoteattr html FILE [-o OUT.html] [--title T]``: one self-contained page of FILE's quotes.

    Args:
        argv: the arguments after ``html``.
        config: the :class:`~quoteattr.Config` to attribute with (``None``: the defaults).

    Returns:
        The exit status (0, or 2 for bad usage or an unreadable FILE).
    """
    parser = argparse.ArgumentParser(
        prog="quoteattr html",
        description="Write one self-contained HTML page: the text with each quote in its "
        "speaker's colour, mentions and cues marked, rule and confidence on hover.",
    )
    return _parse_and_run(parser, add_html_arguments, html_command, argv, config)


def _parse_and_run(
    parser: argparse.ArgumentParser,
    add_arguments: Callable[[argparse.ArgumentParser], argparse.ArgumentParser],
    command: Callable[[argparse.Namespace, Config | None], int],
    argv: Sequence[str],
    config: Config | None,
) -> int:
    """Parse *argv* with *parser* after *add_arguments*, then run *command*; usage errors give 2."""
    add_arguments(parser)
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:  # argparse exits 2 on bad usage and 0 after --help
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    return command(args, config)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m quoteattr.commands speakers|html ...``."""
    args = list(sys.argv[1:] if argv is None else argv)
    commands = {"speakers": run_speakers, "html": run_html}
    if not args or args[0] not in commands:
        print("usage: python -m quoteattr.commands {speakers,html} ...", file=sys.stderr)
        return EXIT_USAGE
    try:
        return commands[args[0]](args[1:])
    except BrokenPipeError:
        # The reader of stdout went away (| head): stop quietly, as the main command does.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
