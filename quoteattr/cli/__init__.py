"""Front end, the command line: ``quoteattr [FILE|DIR ...]``, ``--json``, ``--jsonl`` batch mode, and subcommands.

``quoteattr FILE ...`` (the default command, :mod:`quoteattr.cli.default`)
prints the quotes of each file; ``quoteattr COMMAND ...`` runs a subcommand
from the registry in :mod:`quoteattr.cli.commands` (``evaluate``).  A first
argument that is a command's name picks the command; anything else is the
default command's (``quoteattr ./evaluate`` or ``quoteattr -- evaluate`` reads a
file of that name).

Exit status:

* 0: success;
* 1: the run finished but some file, line or document failed (each reported
  on stderr), or an unexpected internal error (one line, never a traceback);
* 2: bad usage or bad input (an option, a missing path, an output that
  cannot be written, worker processes that cannot be started; or the first
  bad file, line or document under ``--strict``);
* 130: interrupted with Ctrl-C; 143: terminated (SIGTERM; 129 for SIGHUP);
  141: the reader of stdout went away (``| head``).

Worker processes never outlive the command, and an interrupted run leaves
no file behind (see :mod:`quoteattr.cli.output` for ``-o``).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType
from typing import Any

from quoteattr.cli import default
from quoteattr.cli.commands import COMMANDS, UsageError, command
from quoteattr.cli.inputs import InputError
from quoteattr.cli.output import OutputError
from quoteattr.pool import WorkerStartError

__all__ = ["COMMANDS", "command", "main"]

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwind (removing temporary output, stopping workers) and exit.

    A BaseException, like KeyboardInterrupt, so that no ``except Exception`` swallows it.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _terminate(signum: int, _frame: FrameType | None) -> None:
    raise Terminated(signum)


_STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class _Signals:
    """The run's signal handling, set up and undone by :func:`main`.

    SIGTERM and SIGHUP become :class:`Terminated` for the length of the run:
    their default action ends the process on the spot, skipping the clean-up.
    Once the run has been stopped (Ctrl-C or SIGTERM), further ones are
    ignored while it reports how it ended, so that pressing Ctrl-C twice
    gives the same clean exit as once.  Only the main thread can set handlers.
    """

    def __init__(self, program: bool) -> None:
        #: True when main() runs as the program: after a stop, the handlers
        #: then stay ignored through the interpreter's exit (whose clean-up
        #: would otherwise put SIGINT back to its default action: death by signal).
        self.program = program
        self.stopped = False
        self.active = threading.current_thread() is threading.main_thread()
        self.previous: dict[int, Any] = {}

    def __enter__(self) -> _Signals:
        if self.active:
            for signum in (signal.SIGINT, *_STOP_SIGNALS):
                self.previous[signum] = signal.getsignal(signum)
            for signum in _STOP_SIGNALS:
                signal.signal(signum, _terminate)
        return self

    def stop_listening(self) -> None:
        """Ignore further Ctrl-C, SIGTERM and SIGHUP."""
        self.stopped = True
        if self.active:
            for signum in self.previous:
                signal.signal(signum, signal.SIG_IGN)

    def __exit__(self, *_exc: object) -> None:
        if self.active and not (self.stopped and self.program):
            for signum, handler in self.previous.items():
                signal.signal(signum, handler)


def _say(message: str) -> None:
    """One line on stderr, if there is a stderr."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            print(message, file=sys.stderr)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _flush_or_silence_stdout() -> None:
    """After a failed write: try to flush stdout, and silence it if that fails too."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except (OSError, ValueError):
        _silence_stdout()


def _dispatch(argv: list[str]) -> int:
    """Run the subcommand named first, or the default command."""
    if argv and argv[0] in COMMANDS:
        return COMMANDS[argv[0]].run(argv[1:])
    return default.run(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``quoteattr`` command; returns the exit status.

    Never lets a traceback through: bad usage or input exits with 2, Ctrl-C
    with 130, SIGTERM with 143, a closed output pipe quietly with 141 and
    anything unexpected with 1.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    with _Signals(program=argv is None) as signals:
        try:
            return _dispatch(args)
        except (InputError, UsageError) as exc:
            _say(f"quoteattr: error: {exc}")
            return EXIT_USAGE
        except OutputError as exc:
            _flush_or_silence_stdout()
            _say(f"quoteattr: error: {exc}")
            return EXIT_USAGE
        except WorkerStartError as exc:
            _say(f"quoteattr: error: {exc} (at a process or memory limit? try fewer --workers)")
            return EXIT_USAGE
        except BrokenPipeError:
            _silence_stdout()
            return EXIT_BROKEN_PIPE
        except KeyboardInterrupt:
            signals.stop_listening()
            _say("quoteattr: interrupted")
            return EXIT_INTERRUPTED
        except Terminated as exc:
            signals.stop_listening()
            _say(f"quoteattr: terminated by {signal.Signals(exc.signum).name}")
            return 128 + exc.signum
        except Exception as exc:  # noqa: BLE001 - the promise is: no traceback, ever
            if os.environ.get("QUOTEATTR_DEBUG"):
                raise
            _say(
                f"quoteattr: internal error: {type(exc).__name__}: {exc} "
                "(set QUOTEATTR_DEBUG=1 for a traceback)"
            )
            return EXIT_PARTIAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
