"""Front end: worker processes for :func:`~quoteattr.attribute_many`, watched one document at a time.

``concurrent.futures.ProcessPoolExecutor`` does not fit a batch over a real
archive: one worker that dies (the out-of-memory killer) breaks the whole
executor and every result still in it; it has no time limit per task; its
workers outlive a parent killed with ``SIGKILL``; and its shutdown waits for
the slowest task.  This pool is small and does four things differently:

* each worker has a pipe of its own and holds one chunk at a time; it marks
  in a few bytes of shared memory which document of the chunk it is on and
  its CPU time when it began it, so the parent always knows what a worker
  holds and since when, and sends the quotes back in batches (at the end of
  the chunk, or every 50 ms), so a short document costs no message of its own;
* the parent waits on the pipes and on the process sentinels together, so a
  dead worker is noticed at once: the document it was on is tried once more,
  alone, in a fresh worker (one that has done nothing else; a second death is
  that document's failure), and the documents after it in the chunk are sent
  again as they were;
* a document that has used more CPU time than the limit gets its worker
  killed and is reported; CPU time, not wall time, so a suspended run
  (Ctrl-Z) or a busy machine causes no false time-outs;
* workers ask the kernel to kill them when their parent dies
  (``PR_SET_PDEATHSIG`` on Linux; a thread watching the parent elsewhere),
  ignore Ctrl-C (the parent handles it), and are killed, not waited for, when
  the run is interrupted.

The parent keeps every text until its result is in, which is what makes the
retry possible; :mod:`quoteattr.batch` bounds how many that is.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any

from quoteattr.attribute import Attributor
from quoteattr.config import Config
from quoteattr.model import Quote

#: The longest the parent sleeps without looking at its workers' clocks.
_MAX_WAIT = 5.0
#: Seconds a worker is given to exit after a normal end before it is killed.
_EXIT_GRACE = 2.0
#: prctl(2) option: the signal this process gets when its parent dies.
_PR_SET_PDEATHSIG = 1
#: How often the fallback watchdog thread looks for its parent, in seconds.
_WATCHDOG_EVERY = 0.5
#: Signals held back while workers start and stop.
_HELD_SIGNALS = {signal.SIGINT, signal.SIGTERM}
#: A worker sends the results it has at least this often (seconds) within a chunk.
_SEND_EVERY = 0.05
#: The slots of a worker's shared progress record: the number of the chunk it
#: is on (from 1), the document of that chunk (from 0), and its CPU seconds
#: when it began that document.  Written by the worker only, CPU time before
#: position, so a reader that catches it midway sees a start that is too late,
#: never one too early (which could make a time-out false).
_TASK, _POSITION, _STARTED = 0, 1, 2


class WorkerStartError(OSError):
    """A worker process could not be started (process or memory limit)."""


def internal_error(exc: BaseException) -> str:
    """The reason given for an exception raised while attributing a document.

    >>> internal_error(ValueError("bad"))
    'internal error: ValueError: bad'
    """
    return f"internal error: {type(exc).__name__}: {exc}"


def usable_cpus() -> int:
    """The CPUs this process may run on: the most worker processes worth starting.

    >>> usable_cpus() >= 1
    True
    """
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


# -- the worker side ------------------------------------------------------------------


def _die_with_parent(parent_pid: int | None) -> None:
    """Make sure this worker does not outlive the process that started it.

    On Linux the kernel sends SIGKILL when the parent exits, however it exits.
    The parent may have died before the request was made, so check once after
    it.  Elsewhere a daemon thread polls the parent id (it needs the GIL, so
    it is only a fallback: a long C-level regex match delays it).
    """
    armed = False
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    if parent_pid is not None and os.getppid() != parent_pid:
        os._exit(1)
    if not armed:
        first_parent = os.getppid()

        def watch() -> None:
            while os.getppid() == first_parent:
                time.sleep(_WATCHDOG_EVERY)
            os._exit(1)

        threading.Thread(target=watch, name="quoteattr-parent-watch", daemon=True).start()


def _send(conn: Connection, results: list[tuple[str, Any]]) -> None:
    """Send a batch of ``("done", quotes)`` / ``("failed", reason)`` results.

    A result that cannot be pickled becomes that document's failure, and the
    others still go.
    """
    try:
        conn.send(("results", results))
    except (OSError, EOFError):
        raise
    except Exception:  # pickling failed before any byte was written
        checked = []
        for result in results:
            try:
                pickle.dumps(result)
            except Exception as exc:
                result = ("failed", f"internal error: cannot send the result: {exc}")
            checked.append(result)
        conn.send(("results", checked))


def _worker_main(conn: Connection, progress: Any, config: Config | None, parent_pid: int | None) -> None:
    """A worker's life: attribute each chunk it receives, marking its progress in *progress*."""
    # Ctrl-C at a terminal reaches the whole process group; the parent decides.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the parent's handlers (the command line turns
    # SIGTERM into an exception); a worker asked to stop just stops.
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    # The parent started this process with these signals held back (see
    # WorkerPool._start_worker); now that they are handled, let them in.
    with contextlib.suppress(AttributeError, OSError, ValueError):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD_SIGNALS)
    _die_with_parent(parent_pid)
    try:
        attributor = Attributor(config)
        conn.send(("ready",))
        task = 0
        while True:
            texts = conn.recv()
            if texts is None:
                return
            task += 1
            results: list[tuple[str, Any]] = []
            sent = time.monotonic()
            for position, text in enumerate(texts):
                progress[_STARTED] = time.process_time()
                progress[_POSITION] = position
                progress[_TASK] = task
                try:
                    results.append(("done", attributor.attribute(text)))
                except Exception as exc:
                    results.append(("failed", internal_error(exc)))
                if position == len(texts) - 1 or time.monotonic() - sent >= _SEND_EVERY:
                    _send(conn, results)
                    results, sent = [], time.monotonic()
    except (OSError, EOFError):
        # The parent went away or closed the pipe: nothing left to do, and no
        # traceback on a stderr the user may still be reading.
        os._exit(0)


# -- the parent side ------------------------------------------------------------------


class _Doc:
    """One document in the parent's hands until its result is in."""

    __slots__ = ("index", "text", "attempt")

    def __init__(self, index: int, text: str) -> None:
        self.index = index
        self.text = text
        self.attempt = 1


class _Worker:
    """A worker process, its pipe, its shared progress record, and the chunk it holds."""

    def __init__(self, process: BaseProcess, conn: Connection, progress: Any) -> None:
        self.process = process
        self.conn = conn
        self.progress = progress
        self.task: list[_Doc] | None = None
        #: Chunks sent to it so far (the number of the current one).
        self.tasks = 0
        #: Whether it has said it is ready (its Attributor is built).
        self.ready = False
        #: Documents of the current chunk whose results have come back.
        self.done = 0
        #: The (chunk, position) last seen in its progress record, and when.
        self.seen: tuple[int, int] = (0, 0)
        self.seen_at = 0.0
        #: When to look at its clock next (time.monotonic()).
        self.check_at = float("inf")

    @property
    def used(self) -> bool:
        """Whether it has been given any work."""
        return self.tasks > 0

    def position(self) -> int:
        """The document of its chunk the worker is on, as far as the parent can tell.

        Its progress record, if it has begun the chunk; never before the first
        document whose result has not come back.
        """
        on = int(self.progress[_POSITION]) if int(self.progress[_TASK]) == self.tasks else 0
        return max(on, self.done)


#: One finished document: its index and either its quotes or the reason it failed.
Outcome = tuple[int, "list[Quote] | str"]


def _proc_cpu_seconds() -> Callable[[int], float | None]:
    """A reader of a process's CPU seconds from /proc, or one that always says None."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
    except (AttributeError, ValueError, OSError):
        return lambda pid: None

    def read(pid: int) -> float | None:
        try:
            with open(f"/proc/{pid}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            return None
        # Fields after the command name, which may hold spaces and parentheses:
        # state is field 3, utime 14 and stime 15.
        fields = stat[stat.rfind(b")") + 2 :].split()
        try:
            return (int(fields[11]) + int(fields[12])) / ticks
        except (IndexError, ValueError):
            return None

    return read


_cpu_seconds = _proc_cpu_seconds()


def _start_error(exc: OSError) -> WorkerStartError:
    """The WorkerStartError for a failed fork or pipe: one plain sentence, the errno kept."""
    error = WorkerStartError(f"cannot start a worker process: {exc.strerror or exc}")
    error.errno = exc.errno
    return error


def _how_it_ended(exitcode: int | None) -> str:
    """How a worker process ended, from its exit code: "was killed by signal 9 (SIGKILL)"."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = "unknown"
        return f"was killed by signal {-exitcode} ({name})"
    return f"exited unexpectedly with status {exitcode}"


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back (in this thread) while workers are being stopped.

    A second Ctrl-C must not cut the clean-up short and leave a worker behind;
    the signal is delivered, and raises, as soon as the block ends.
    """
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD_SIGNALS)
    except (AttributeError, OSError, ValueError):  # not on Unix
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class WorkerPool:
    """Attribute chunks of documents on up to *size* worker processes.

    Feed it with :meth:`submit`, call :meth:`step` until every submitted
    document has come back, and :meth:`close` it in a ``finally``.  Results
    come out of :meth:`step` in the order they finish, as ``(index, quotes)``
    or ``(index, reason)``: every document submitted comes back exactly once.

    Args:
        size: the most worker processes to run at once; they start as work arrives.
        config: the Config of every worker's Attributor.
        context: the multiprocessing context (its default when None).
        timeout: CPU seconds a document may take; None for no limit.
        on_retry: called with ``(index, reason)`` when a document's worker died
            and the document is about to be tried once more.
    """

    def __init__(
        self,
        size: int,
        config: Config | None,
        context: BaseContext | None,
        timeout: float | None,
        on_retry: Callable[[int, str], None],
    ) -> None:
        self._size = size
        self._config = config
        self._context: Any = context if context is not None else multiprocessing.get_context()
        self._timeout = timeout
        # How often a busy worker's clock is read: a tenth of the limit, within
        # bounds, so a document is stopped soon after its time is up.
        self._check_every = min(max((timeout or 0) / 10, 0.05), _MAX_WAIT)
        self._on_retry = on_retry
        self._workers: list[_Worker] = []
        self._queue: deque[list[_Doc]] = deque()
        self._outcomes: list[Outcome] = []
        # Under fork and spawn a worker's parent is this process; under
        # forkserver it is the server, which exits with this process.
        method = self._context.get_start_method()
        self._parent_pid = None if method == "forkserver" else os.getpid()

    def submit(self, docs: list[tuple[int, str]]) -> None:
        """Queue a chunk of ``(index, text)`` documents and hand it to an idle worker."""
        self._queue.append([_Doc(index, text) for index, text in docs])
        self._dispatch()

    def step(self) -> list[Outcome]:
        """Wait for something to happen; return the documents finished meanwhile."""
        self._dispatch()
        now = time.monotonic()
        wait = min([w.check_at for w in self._workers if w.task is not None], default=now + _MAX_WAIT)
        waitables: list[Any] = [w.conn for w in self._workers]
        waitables += [w.process.sentinel for w in self._workers]
        multiprocessing.connection.wait(waitables, timeout=min(max(wait - now, 0.0), _MAX_WAIT))
        for worker in list(self._workers):
            self._read(worker)
        for worker in list(self._workers):
            if worker.process.exitcode is None:
                continue
            if not worker.ready:
                # Dead before it could take any work: no document is to blame,
                # and a fresh worker would fare no better.
                how = _how_it_ended(worker.process.exitcode)
                raise WorkerStartError(f"a worker process {how} while starting")
            self._lost(worker, f"its worker process {_how_it_ended(worker.process.exitcode)}", retry=True)
        if self._timeout is not None:
            self._enforce_time_limit(time.monotonic())
        self._dispatch()
        outcomes, self._outcomes = self._outcomes, []
        return outcomes

    def close(self, *, kill: bool) -> None:
        """Stop every worker: ask them to exit (after a normal end) or kill them at once."""
        with _signals_held():
            for worker in self._workers:
                if kill:
                    worker.process.kill()
                else:
                    with contextlib.suppress(OSError):
                        worker.conn.send(None)
            deadline = time.monotonic() + (0.0 if kill else _EXIT_GRACE)
            for worker in self._workers:
                worker.process.join(max(deadline - time.monotonic(), 0.0))
                if worker.process.exitcode is None:
                    worker.process.kill()
                    worker.process.join(1.0)
                worker.conn.close()
            self._workers.clear()
            self._queue.clear()

    # -- internals ----------------------------------------------------------------

    def _start_worker(self) -> _Worker:
        """Start one more worker process; a failure to fork is a WorkerStartError."""
        # multiprocessing flushes stdout and stderr before a fork (a forked
        # child would write their buffers out a second time); done here first,
        # so that a failing stdout is not mistaken for a failing fork.
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(AttributeError, ValueError):
                stream.flush()
        try:
            parent_conn, child_conn = self._context.Pipe(duplex=True)
        except OSError as exc:  # out of file descriptors
            raise _start_error(exc) from exc
        progress = self._context.RawArray("d", 3)
        process = self._context.Process(
            target=_worker_main,
            args=(child_conn, progress, self._config, self._parent_pid),
            name="quoteattr-worker",
            daemon=True,  # multiprocessing's exit handler then terminates, not joins, a straggler
        )
        # Started with Ctrl-C held back, and recorded before it is let in: a
        # child that got it before its handlers are set would die with a
        # traceback on the user's stderr, and one not yet in self._workers
        # would be missed by close().
        with _signals_held():
            try:
                process.start()
            except OSError as exc:
                parent_conn.close()
                raise _start_error(exc) from exc
            finally:
                # The worker has its own copy; keeping ours would hide its death from recv().
                child_conn.close()
            worker = _Worker(process, parent_conn, progress)
            self._workers.append(worker)
        return worker

    def _dispatch(self) -> None:
        """Give queued chunks to idle workers, starting workers up to the pool's size."""
        while self._queue:
            worker = self._worker_for(fresh=self._queue[0][0].attempt > 1)
            if worker is None:
                return
            docs = self._queue.popleft()
            worker.task, worker.done = docs, 0
            worker.tasks += 1
            if self._timeout is not None:
                worker.check_at = time.monotonic() + self._check_every
            try:
                worker.conn.send([doc.text for doc in docs])
            except OSError:
                # Dead before the chunk reached it, so nothing is blamed; but a
                # worker that never became ready would die again in its successor.
                worker.task = None
                self._queue.appendleft(docs)
                self._remove(worker)
                if not worker.ready:
                    how = _how_it_ended(worker.process.exitcode)
                    raise WorkerStartError(f"a worker process {how} while starting") from None

    def _worker_for(self, *, fresh: bool) -> _Worker | None:
        """An idle worker for the next chunk, or None while every one is busy.

        A document being retried gets a *fresh* worker, one that has done
        nothing yet: the process it died in may have been the trouble (its
        memory grown by earlier documents).  To make room for one, an idle
        worker that has done work is stopped.
        """
        idle = [w for w in self._workers if w.task is None and not (fresh and w.used)]
        if idle:
            return idle[0]
        if len(self._workers) >= self._size:
            spare = next((w for w in self._workers if w.task is None), None) if fresh else None
            if spare is None:
                return None
            self._remove(spare)
        return self._start_worker()

    def _read(self, worker: _Worker) -> None:
        """Take in every message the worker has sent so far."""
        try:
            while worker.conn.poll():
                self._handle(worker, worker.conn.recv())
        except (EOFError, OSError):
            # Its end of the pipe is gone: the sentinel will say how it died.
            worker.process.join(1.0)
            if worker.process.exitcode is None:
                worker.process.kill()
                worker.process.join(1.0)

    def _handle(self, worker: _Worker, message: tuple[Any, ...]) -> None:
        """One message from a worker: ready, or a batch of results in document order."""
        if message[0] == "ready":
            worker.ready = True
            return
        assert worker.task is not None
        for _kind, outcome in message[1]:
            self._outcomes.append((worker.task[worker.done].index, outcome))
            worker.done += 1
        if worker.done == len(worker.task):
            worker.task = None
            worker.check_at = float("inf")

    def _enforce_time_limit(self, now: float) -> None:
        """Kill each worker whose current document has used up its time."""
        assert self._timeout is not None
        for worker in list(self._workers):
            if worker.task is None or now < worker.check_at:
                continue
            worker.check_at = now + self._check_every
            record = worker.progress[:]
            seen = (int(record[_TASK]), int(record[_POSITION]))
            if seen != worker.seen:
                worker.seen, worker.seen_at = seen, now
            if seen[0] != worker.tasks:
                continue  # it has not begun this chunk yet
            cpu = _cpu_seconds(worker.process.pid) if worker.process.pid else None
            # Without /proc, the clock since the parent first saw it on this document.
            used = cpu - record[_STARTED] if cpu is not None else now - worker.seen_at
            if used < self._timeout:
                continue
            clock = "of CPU time " if cpu is not None else ""
            worker.process.kill()
            worker.process.join(1.0)
            self._lost(worker, f"took more than {self._timeout:g} s {clock}(the time limit)", retry=False)

    def _lost(self, worker: _Worker, reason: str, *, retry: bool) -> None:
        """A worker is gone: settle the document it was on and send the others again.

        The documents it finished but had not sent yet, and those it had not
        begun, go back to the queue untouched; only the one it was on is blamed.
        """
        if worker.task is not None:
            on = worker.position()
            doc = worker.task[on]
            others = worker.task[worker.done : on] + worker.task[on + 1 :]
            if others:
                self._queue.appendleft(others)
            if retry and doc.attempt == 1:
                doc.attempt = 2
                self._queue.appendleft([doc])
                self._on_retry(doc.index, reason)
            else:
                self._outcomes.append((doc.index, reason))
            worker.task = None
        self._remove(worker)

    def _remove(self, worker: _Worker) -> None:
        """Forget a worker that is dead (or about to be), reaping it."""
        if worker.process.exitcode is None:
            worker.process.kill()
        worker.process.join(1.0)
        worker.conn.close()
        self._workers.remove(worker)
