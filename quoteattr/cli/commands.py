"""Front end: the subcommands of ``quoteattr``, in one registry: adding one is one function.

A command is a function from its arguments (what follows its name) to an
exit code, registered with :func:`command`; it shows in ``quoteattr --help``
and runs as ``quoteattr NAME ...``.  One that reads documents builds its
parser with :func:`quoteattr.cli.corpus.corpus_parser` and iterates
:class:`quoteattr.cli.corpus.CorpusRun`, as the default command and
``speakers`` below do; ``html`` reads its one file itself.

Errors are raised, not printed: :func:`quoteattr.cli.main` turns them into
one line and an exit status.
"""

from __future__ import annotations

import argparse
import importlib
import os
from collections.abc import Callable
from typing import NamedTuple

from quoteattr.attribute import Attributor
from quoteattr.cli.corpus import (
    CorpusRun,
    add_config_flags,
    add_encoding_options,
    check_encoding,
    config_from,
    corpus_parser,
)
from quoteattr.cli.inputs import read_text
from quoteattr.cli.output import OutputError, open_output
from quoteattr.page import render_html
from quoteattr.speakers import speaker_table, write_speaker_table


class UsageError(Exception):
    """A command cannot run as asked (exit status 2); the message says why."""


class Command(NamedTuple):
    """A subcommand: its name, a one-line summary for ``--help``, and what runs it."""

    name: str
    summary: str
    run: Callable[[list[str]], int]


#: Every subcommand, by name, in the order they were registered.
COMMANDS: dict[str, Command] = {}


def command(name: str, summary: str) -> Callable[[Callable[[list[str]], int]], Callable[[list[str]], int]]:
    """Register the decorated function as the subcommand *name*."""

    def register(run: Callable[[list[str]], int]) -> Callable[[list[str]], int]:
        COMMANDS[name] = Command(name, summary, run)
        return run

    return register


def commands_help() -> str:
    """The list of subcommands, for the epilog of ``quoteattr --help``."""
    width = max((len(name) for name in COMMANDS), default=0)
    lines = [f"  {c.name:<{width}}  {c.summary}" for c in COMMANDS.values()]
    return "commands (quoteattr COMMAND --help for each):\n" + "\n".join(lines)


@command("evaluate", "score quoteattr (or a predictions file) against gold data")
def _evaluate(argv: list[str]) -> int:
    """``quoteattr evaluate ...``: hand over to :mod:`quoteattr.evaluate`, imported only now."""
    try:
        module = importlib.import_module("quoteattr.evaluate")
    except ImportError as exc:
        raise UsageError(f"the evaluate command is unavailable: {exc}") from None
    try:
        code: int = module.main(argv)
    except BrokenPipeError:
        raise  # exit 141, as for every command
    except OSError as exc:
        # The files it reads report their own errors: this is stdout (/dev/full).
        raise OutputError(f"<stdout>: cannot write: {exc.strerror or exc}") from None
    return code


@command("speakers", "a table of the speakers: quotes, words quoted and documents per speaker")
def _speakers(argv: list[str]) -> int:
    """``quoteattr speakers FILE|DIR ... [--json|--csv]``: one row per speaker over every document.

    Each document's quotes carry their speakers' identities
    (:mod:`quoteattr.identity`); they are counted over the corpus
    by :func:`~quoteattr.speakers.speaker_table`.  The table is written once
    every document is read; a bad file costs only itself (exit 1).
    """
    parser = corpus_parser(
        "quoteattr speakers",
        "Count quotes, words quoted and documents per speaker. Within a document a speaker is one "
        "identity whatever the mention (Okafor, she, the mayor); over many documents speakers are "
        "grouped by canonical name.",
    )
    formats = parser.add_mutually_exclusive_group()
    formats.add_argument("--json", dest="format", action="store_const", const="json", help="print a JSON array of rows")
    formats.add_argument("--csv", dest="format", action="store_const", const="csv", help="print CSV with a header")
    parser.set_defaults(format="text")
    args = parser.parse_intermixed_args(argv)
    corpus = CorpusRun(args, parser, tuple(COMMANDS))
    lexicon = corpus.config.lexicon
    with open_output(args.output) as out:
        documents = ((source.name, quotes) for source, quotes in corpus.documents())
        write_speaker_table(speaker_table(documents, lexicon), out, args.format, out.ensure_ascii)
    return corpus.exit_code


@command("html", "one self-contained HTML page of a document, each quote in its speaker's colour")
def _html(argv: list[str]) -> int:
    """``quoteattr html FILE [-o OUT.html] [--title T]``: the page of :func:`~quoteattr.page.render_html`."""
    parser = argparse.ArgumentParser(
        prog="quoteattr html",
        description="Write one self-contained HTML page: the text with each quote in its speaker's "
        "colour, mentions and cues marked, rule and confidence on hover, a legend of speakers.",
    )
    parser.add_argument("file", metavar="FILE", help="a text file ('-' for stdin)")
    parser.add_argument("-o", "--output", metavar="OUT.html", help="write the page to OUT.html instead of stdout "
                        "(a regular file is replaced only when the page is done)")
    parser.add_argument("--title", help="the page's title (default: the file's name)")
    add_encoding_options(parser.add_argument_group("input"))
    add_config_flags(parser)
    args = parser.parse_intermixed_args(argv)
    check_encoding(args, parser)
    if args.title is not None and not args.title.strip():
        parser.error("--title must not be blank (leave it out to use the file's name)")
    config = config_from(args, parser)
    text = read_text(args.file, args.encoding, args.errors)
    quotes = Attributor(config).attribute(text)
    title = args.title or ("stdin" if args.file == "-" else os.path.basename(args.file))
    with open_output(args.output) as out:
        out.write(render_html(text, quotes, title=title))
    return 0
