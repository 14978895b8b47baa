"""Front end: the subcommands of ``quoteattr``, in one registry: adding one is one function.

A command is a function from its arguments (what follows its name) to an
exit code, registered with :func:`command`; it shows in ``quoteattr --help``
and runs as ``quoteattr NAME ...``.  One that reads documents builds its
parser with :func:`quoteattr.cli.corpus.corpus_parser` and iterates
:class:`quoteattr.cli.corpus.CorpusRun`, as the default command does::

    @command("speakers", "a table of the speakers of the documents, with counts")
    def _speakers(argv: list[str]) -> int:
        parser = corpus_parser("quoteattr speakers", "...")
        parser.add_argument("--csv", action="store_true", help="...")
        args = parser.parse_args(argv)
        corpus = CorpusRun(args, parser, tuple(COMMANDS))
        with open_output(args.output) as out:
            ...  # for source, quotes in corpus.documents(): ...
        return corpus.exit_code

Errors are raised, not printed: :func:`quoteattr.cli.main` turns them into
one line and an exit status.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import NamedTuple


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
    code: int = module.main(argv)
    return code
