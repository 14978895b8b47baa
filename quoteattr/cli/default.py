"""Front end: the default command, ``quoteattr [FILE|DIR ...]``: the quotes, as a listing, JSON, JSONL or a table.

* a readable listing, one block per quote (with a ``== FILE`` header per file
  when there are several);
* ``--json``: one JSON array of ``{"file": ..., "quotes": [...]}``, one element per
  file read, whatever their number; written as the files are done, and
  closed even when the run fails midway, so the output is always valid JSON;
* ``--jsonl IN``: one line ``{"id": ..., "quotes": [...]}`` per input line,
  and a summary on stderr;
* ``--csv``/``--tsv``: one row per quote (:func:`quoteattr.tables.write_table`),
  each document's speakers grouped into entities first, from text files or
  JSONL alike.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import textwrap
from typing import Any

from quoteattr import __version__, build_name
from quoteattr.cli.commands import COMMANDS, commands_help
from quoteattr.cli.corpus import CorpusRun, corpus_parser
from quoteattr.cli.inputs import Source
from quoteattr.cli.output import Output, OutputError, open_output
from quoteattr.model import Quote
from quoteattr.speakers import count_noun
from quoteattr.tables import RECORD_COLUMNS, TABLE_FORMATS, write_table
from quoteattr.text.chars import EM_DASH, LEFT_DOUBLE, RIGHT_DOUBLE

_USAGE = """quoteattr [options] FILE|DIR ...
       quoteattr --jsonl IN [options] [FILE ...]
       quoteattr COMMAND [options] ..."""

_EXIT_HELP = """\
exit status: 0 success; 1 some file, line or document failed (each reported
on stderr); 2 bad usage or input; 130 interrupted; 143 terminated"""


def build_parser() -> argparse.ArgumentParser:
    """The parser of the default command, whose --help also lists the subcommands."""
    parser = corpus_parser(
        "quoteattr",
        "Find quotations in English text and say who said them.",
        usage=_USAGE,
        epilog=commands_help() + "\n\n" + _EXIT_HELP,
    )
    formats = parser.add_argument_group("output format (default: a readable listing)").add_mutually_exclusive_group()
    formats.add_argument(
        "--json",
        action="store_true",
        help='print a JSON array with one {"file": ..., "quotes": [...]} per file',
    )
    for fmt in TABLE_FORMATS:
        formats.add_argument(
            f"--{fmt}",
            dest="table",
            action="store_const",
            const=fmt,
            help=f"print a {fmt.upper()} table, one row per quote, each document's speakers grouped "
            "into entities (columns: " + ", ".join(RECORD_COLUMNS) + ")",
        )
    parser.add_argument("--version", action="version", version=f"quoteattr {__version__} ({build_name()})")
    return parser


def run(argv: list[str]) -> int:
    """Parse *argv* and print the quotes of every document; return the exit status."""
    parser = build_parser()
    # Intermixed: options may come between files (quoteattr a.txt --json b.txt).
    args = parser.parse_intermixed_args(argv)
    if args.json and args.jsonl is not None:
        parser.error("--json and --jsonl cannot be combined (--jsonl writes JSON lines)")
    corpus = CorpusRun(args, parser, tuple(COMMANDS))
    with open_output(args.output) as out:
        if args.table:
            _write_table(corpus, out, args.table)
        elif corpus.jsonl:
            _write_jsonl(corpus, out)
        elif args.json:
            _write_json_array(corpus, out)
        else:
            _write_listing(corpus, out)
    return corpus.exit_code


def format_listing(quotes: list[Quote]) -> str:
    """A readable listing: one block per quote with offsets, speaker, mention, cue and rule."""
    lines: list[str] = []
    for q in quotes:
        speaker = q.speaker.name if q.speaker else "(unknown)"
        mention = f" [{q.speaker.text}]" if q.speaker and q.speaker.text != q.speaker.name else ""
        cue = f" ({q.cue.text})" if q.cue else ""
        if q.kind == "indirect":
            lines.append(f"{q.start}-{q.end}: (reported) {q.text}")
        else:
            lines.append(f"{q.start}-{q.end}: {LEFT_DOUBLE}{q.text}{RIGHT_DOUBLE}")
        lines.append(
            f"    {EM_DASH} {speaker}{mention}{cue}  [{q.rule or 'no rule'}, {q.confidence:.2f}]"
        )
    return "\n".join(lines)


def _write_listing(corpus: CorpusRun, out: Output) -> None:
    """The readable listing of every document."""
    for n, (source, quotes) in enumerate(corpus.documents()):
        if corpus.several:
            out.write(("\n" if n else "") + f"== {source.name}\n")
        # A line even for no quotes: an empty output reads as a failure.
        out.write(format_listing(quotes) + "\n" if quotes else "(no quotes)\n")


def _write_table(corpus: CorpusRun, out: Output, fmt: str) -> None:
    """One CSV or TSV row per quote, speaker entities and genders included.

    ``doc_id`` is the file's name, or for JSONL the line's id (a string as it
    is, any other JSON value as JSON text).
    """
    documents = ((_doc_id(source), quotes) for source, quotes in corpus.documents())
    write_table(documents, out, fmt)


def _doc_id(source: Source) -> str:
    """The ``doc_id`` column of a document."""
    if source.line is None:
        return source.name
    return source.id if isinstance(source.id, str) else json.dumps(source.id)


def _write_json_array(corpus: CorpusRun, out: Output) -> None:
    """One JSON array, streamed: an element per file, closed whatever happens."""
    out.write("[")
    first = True
    try:
        for source, quotes in corpus.documents():
            element: Any = {"file": source.name, "quotes": [q.to_dict() for q in quotes]}
            # Each element is made whole before it is written, so a failure
            # between two of them leaves no half element behind.
            text = json.dumps(element, indent=2, ensure_ascii=out.ensure_ascii)
            # Indented as an element of the array (JSON strings hold no raw newline).
            out.write(("\n" if first else ",\n") + textwrap.indent(text, "  "))
            first = False
    except (BrokenPipeError, OutputError):
        raise  # the output itself failed: nothing more can be written
    except BaseException:
        with contextlib.suppress(OSError, OutputError):
            out.write("\n]\n")
        raise
    out.write("\n]\n")


def _write_jsonl(corpus: CorpusRun, out: Output) -> None:
    """One line per document, then a summary on stderr."""
    documents = quotes = 0
    for source, found in corpus.documents():
        line = {"id": source.id, "quotes": [q.to_dict() for q in found]}
        out.write(json.dumps(line, ensure_ascii=out.ensure_ascii, allow_nan=False) + "\n")
        documents += 1
        quotes += len(found)
    if sys.stderr is not None:
        print(
            f"quoteattr: {count_noun(documents, 'document')}, {count_noun(quotes, 'quote')}, "
            f"{count_noun(corpus.errors, 'error')}",
            file=sys.stderr,
        )
