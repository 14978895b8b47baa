"""Front end: what every command that reads documents shares: its options, and the run over them.

A command builds its parser with :func:`corpus_parser` (inputs, every
:class:`~quoteattr.Config` option as a flag, workers, time limit, progress,
output), adds its own options, and iterates :meth:`CorpusRun.documents` for
``(source, quotes)`` in input order.  The run reads text files, directories of
``.txt`` files, stdin or JSONL; attributes on worker processes (always: a
document that crashes or runs over the time limit costs only itself); and
reports each bad file, line or document on stderr as one line while the run
goes on, so that the command can exit 1 at the end (:attr:`CorpusRun.exit_code`).
"""

from __future__ import annotations

import argparse
import codecs
import io
import math
import os
import sys
from collections.abc import Iterator
from typing import Any, NamedTuple, TextIO

from quoteattr.batch import DEFAULT_TIMEOUT, DocumentError, attribute_many
from quoteattr.cli.inputs import (
    InputError,
    Source,
    expand_paths,
    file_size,
    jsonl_documents,
    text_documents,
)
from quoteattr.config import (
    DASH_DIALOGUE_MODES,
    DIALOGUE_MODES,
    MIN_WINDOW,
    SINGLE_QUOTE_MODES,
    Config,
)
from quoteattr.model import Quote
from quoteattr.pool import usable_cpus
from quoteattr.progress import Progress

EXIT_OK = 0
EXIT_PARTIAL = 1


class ConfigFlag(NamedTuple):
    """A command-line flag for one :class:`~quoteattr.Config` option."""

    #: The Config field it sets.
    field: str
    #: The flag, e.g. ``--window``.
    flag: str
    #: Keyword arguments of ``add_argument`` (``default`` is always None: unset
    #: flags leave the Config default alone).
    spec: dict[str, Any]


#: Every Config option on the command line; a new option is one more line here.
CONFIG_FLAGS: tuple[ConfigFlag, ...] = (
    ConfigFlag(
        "dialogue",
        "--dialogue",
        {"choices": DIALOGUE_MODES, "help": "fiction dialogue sieves (turn taking): "
         "auto (default) applies them to each run of quoted paragraphs that reads as a "
         "conversation; on: to every run; off: to none"},
    ),
    ConfigFlag(
        "single_quotes",
        "--single-quotes",
        {"choices": SINGLE_QUOTE_MODES, "help": "read ' and \u2018\u2019 as outer quotation "
         "marks: auto (default) only in a text without double quotes; never; always"},
    ),
    ConfigFlag(
        "window",
        "--window",
        {"type": int, "metavar": "N", "help": "characters around a quote the binding rules read "
         f"(default {Config().window}, at least {MIN_WINDOW})"},
    ),
    ConfigFlag(
        "dash_dialogue",
        "--dash-dialogue",
        {"choices": DASH_DIALOGUE_MODES, "help": "paragraphs that open with a dash (\u2014 I know, he "
         "said.) as speech: auto (default) where evidence near them says so; always; never"},
    ),
    ConfigFlag(
        "resolve_names",
        "--no-resolve",
        {"action": "store_const", "const": False, "help": "keep each mention as the speaker's "
         "name (Pires, he) instead of resolving it to the fullest name in the document"},
    ),
    ConfigFlag(
        "indirect",
        "--indirect",
        {"action": "store_const", "const": True, "help": "also report reported speech "
         "(Roe said the port would close) as quotes of kind 'indirect'"},
    ),
)


def _positive_int(value: str) -> int:
    """argparse type for an int >= 1."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a number >= 1, got {number}")
    return number


def _seconds(value: str) -> float:
    """argparse type for a number of seconds >= 0."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {value!r}") from None
    if not math.isfinite(seconds):
        # "inf" reads as "no limit", which is spelt 0: say so rather than ">= 0".
        raise argparse.ArgumentTypeError(f"expected a finite number of seconds (0 for no limit), got {value}")
    if seconds < 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds >= 0, got {value}")
    return seconds


def add_encoding_options(group: argparse._ArgumentGroup) -> None:
    """``--encoding`` and ``--errors``: how text files are decoded."""
    group.add_argument("--encoding", default="utf-8", help="encoding of text files (default: utf-8)")
    group.add_argument(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="undecodable bytes: fail naming the byte offset (strict, default) or use U+FFFD",
    )


def add_config_flags(parser: argparse.ArgumentParser) -> None:
    """A group with one flag per :class:`~quoteattr.Config` option (:data:`CONFIG_FLAGS`)."""
    attribution = parser.add_argument_group("attribution (the options of quoteattr.Config)")
    for option in CONFIG_FLAGS:
        attribution.add_argument(option.flag, dest=option.field, default=None, **option.spec)


def corpus_parser(prog: str, description: str, usage: str | None = None, epilog: str | None = None) -> argparse.ArgumentParser:
    """A parser holding the options every corpus-reading command takes."""
    parser = argparse.ArgumentParser(
        prog=prog,
        usage=usage,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE|DIR",
        help="text files ('-' for stdin) and directories, whose .txt files are read at any depth, "
        "in sorted order (hidden ones skipped)",
    )
    inputs = parser.add_argument_group("input")
    inputs.add_argument(
        "--jsonl",
        metavar="IN",
        help='read documents from the JSONL file IN, one {"id": ..., "text": ...} per line '
        "('-' for stdin; further FILEs are read as JSONL too)",
    )
    add_encoding_options(inputs)
    add_config_flags(parser)
    run = parser.add_argument_group("run")
    run.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout "
                     "(a regular file is replaced only when the run succeeds)")
    run.add_argument(
        "--workers",
        type=_positive_int,
        default=None,
        metavar="N",
        help=f"worker processes (default and most: the CPUs this process may use, here {usable_cpus()})",
    )
    run.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"CPU time one document may take before it is given up (default {DEFAULT_TIMEOUT:g}; 0: no limit)",
    )
    run.add_argument("--strict", action="store_true", help="stop at the first bad file, line or document (exit 2)")
    run.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show progress on stderr (default: only when stderr is a terminal)",
    )
    return parser


def config_from(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Config:
    """The Config the flags ask for; a bad value is a usage error naming the flag."""
    given = {f.field: getattr(args, f.field) for f in CONFIG_FLAGS if getattr(args, f.field) is not None}
    try:
        return Config(**given)
    except (TypeError, ValueError) as exc:
        message = str(exc)
        for option in CONFIG_FLAGS:
            # Config says "window must be at least 20, got 5"; the user typed --window.
            if message.startswith(option.field + " "):
                message = option.flag + message[len(option.field) :]
        parser.error(message)


def check_encoding(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """A usage error for an ``--encoding`` Python does not know, or that does not decode text."""
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        parser.error(f"unknown encoding: {args.encoding}")
    try:
        # rot13, hex, zlib...: codecs Python knows that do not decode text
        # (io refuses them; bytes.decode only once there are bytes to decode).
        io.TextIOWrapper(io.BytesIO(), encoding=args.encoding)
    except LookupError:
        parser.error(f"not a text encoding: {args.encoding}")


def check_common(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """Usage errors the parser cannot see by itself."""
    if args.jsonl is None and not args.files:
        parser.error("no input: give FILE or DIR ... ('-' for stdin) or --jsonl IN")
    check_encoding(args, parser)


class CorpusRun:
    """One run over the documents the arguments name.

    Checks the inputs before anything is written (a missing path is an
    InputError), then :meth:`documents` attributes them.  Problems that cost
    one document are counted in :attr:`errors` and reported on stderr; with
    ``--strict`` the first one raises InputError instead.
    """

    def __init__(self, args: argparse.Namespace, parser: argparse.ArgumentParser, commands: tuple[str, ...] = ()) -> None:
        check_common(args, parser)
        self.args = args
        self.config = config_from(args, parser)
        #: The files to read: JSONL files under --jsonl, else text files.
        self.jsonl = args.jsonl is not None
        given = [args.jsonl, *args.files] if self.jsonl else args.files
        #: Messages for directory entries that could not be read as files, reported as errors.
        self.skipped: list[str] = []
        self.paths = expand_paths(given, commands, self.skipped) if not self.jsonl else _checked_jsonl(given)
        #: More than one file, or a directory: listings name each file.
        self.several = len(self.paths) > 1 or any(os.path.isdir(path) for path in args.files)
        sizes = [file_size(path) for path in self.paths]
        total = None if any(size is None for size in sizes) else sum(s or 0 for s in sizes)
        # Python sets sys.stderr to None when descriptor 2 was closed at start-up.
        stderr: TextIO = sys.stderr if sys.stderr is not None else io.StringIO()
        show = args.progress if args.progress is not None else stderr.isatty()
        self.progress = Progress(stderr, show, total)
        self.errors = 0
        self.workers = args.workers if args.workers is not None else usable_cpus()
        if self.workers > usable_cpus():
            self.progress.message(
                f"quoteattr: note: --workers {self.workers} is more than the {usable_cpus()} CPUs "
                f"this process may use; using {usable_cpus()}"
            )
            self.workers = usable_cpus()

    @property
    def exit_code(self) -> int:
        """1 when a file, line or document was reported as failed, else 0."""
        return EXIT_PARTIAL if self.errors else EXIT_OK

    def error(self, message: str) -> None:
        """Report a problem that costs one document; under ``--strict`` it ends the run."""
        if self.args.strict:
            raise InputError(message)
        self.errors += 1
        self.progress.message(f"quoteattr: error: {message}")

    def _document_failed(self, failure: DocumentError) -> None:
        """on_error of attribute_many: a document failed, or is about to be retried."""
        source: Source = failure.id
        if failure.retrying:
            self.progress.message(
                f"quoteattr: warning: {source.label()}: {failure.reason}; trying it once more in a fresh worker"
            )
        else:
            self.error(f"{source.label()}: {failure.reason}; skipped")
            self.progress.update(0, source.size)  # its bytes are read: the share moves on

    def _sources(self) -> Iterator[tuple[Source, str]]:
        """The documents to attribute, read lazily; skipped directory entries reported first."""
        for message in self.skipped:
            self.error(message)
        if self.jsonl:
            yield from jsonl_documents(self.paths, self.args.errors, self.error)
        else:
            yield from text_documents(self.paths, self.args.encoding, self.args.errors, self.error)

    def documents(self) -> Iterator[tuple[Source, list[Quote]]]:
        """``(source, quotes)`` for every good document, in input order."""
        results = attribute_many(
            self._sources(),
            workers=self.workers,
            config=self.config,
            timeout=self.args.timeout or None,
            on_error=self._document_failed,
            isolate=True,
        )
        read_all = False
        try:
            for source, quotes in results:
                self.progress.update(1, source.size)
                yield source, quotes
            read_all = True
        finally:
            results.close()
            if read_all:
                self.progress.finish()  # skipped lines and failed documents: still 100% at the end
            self.progress.close()


def _checked_jsonl(paths: list[str]) -> list[str]:
    """JSONL inputs: each must exist and not be a directory (checked before any output)."""
    for path in paths:
        if path == "-":
            continue
        if not os.path.exists(path):
            raise InputError(f"{path}: no such file")
        if os.path.isdir(path):
            raise InputError(f"{path}: is a directory")
    return paths
