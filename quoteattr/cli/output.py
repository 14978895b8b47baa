"""Front end: where the command line writes: stdout, or ``-o OUT``, and what ``-o`` may replace.

``-o OUT`` is written atomically when OUT is a regular file or a new path: the
output goes to a file no one else can see, which replaces OUT only when the
run succeeds, so a failed or interrupted run leaves OUT as it was.  Anything
else is written in place and never replaced, whoever runs the command: ``-``
is stdout; a device (``/dev/null``, ``/dev/full``), a FIFO or a socket is
opened and written like a shell redirection would.  A symbolic link is
followed: its target is what gets replaced, and the link stays.

The unseen file.  On Linux it is made with ``O_TMPFILE``: an inode in OUT's
directory with no name at all, which the kernel frees if the process dies
however it dies (``kill -9`` included).  At the end it gets a name by
``link()`` through ``/proc/self/fd``: straight as OUT when OUT is new, else
under a hidden temporary name that is renamed over OUT at once.  A ``kill -9``
can leave a file behind only in the microseconds between that link and that
rename.  Where ``O_TMPFILE`` or ``/proc`` is missing (other systems, some
network file systems) a hidden named temporary file is used, removed on any
error, Ctrl-C or SIGTERM; only ``kill -9`` can leave that one behind.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from typing import TextIO

from quoteattr.tables import encodes_utf8

STDOUT_NAME = "<stdout>"


class OutputError(Exception):
    """The output cannot be written: the message names it and says why."""


class Output:
    """A text destination whose write errors name it (except a closed pipe).

    Each :meth:`write` is flushed at once: a worker process forked later gets
    no copy of unwritten output to write out a second time, and a full disk
    is reported at the write that met it.
    """

    def __init__(self, stream: TextIO, name: str, ensure_ascii: bool) -> None:
        self._stream = stream
        #: How messages name the destination.
        self.name = name
        #: Whether JSON must escape non-ASCII characters (a stream that cannot encode them).
        self.ensure_ascii = ensure_ascii

    def write(self, text: str) -> None:
        """Write and flush *text*."""
        try:
            self._stream.write(text)
            self._stream.flush()
        except BrokenPipeError:
            raise  # the reader went away (| head): a quiet exit, not an error
        except OSError as exc:
            raise OutputError(f"{self.name}: cannot write: {exc.strerror or exc}") from None


def _check_stdout() -> TextIO:
    """sys.stdout, or OutputError when the command was started with stdout closed."""
    out = sys.stdout
    # Python sets sys.stdout to None when descriptor 1 was closed at start-up.
    if out is None:
        raise OutputError("standard output is closed: give -o FILE")
    try:
        fd = out.fileno()
    except (AttributeError, OSError, ValueError):
        return out  # not a file (a test's capture, an IDE's console): nothing to check
    try:
        os.fstat(fd)
    except OSError:
        raise OutputError("standard output is closed: give -o FILE") from None
    return out


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[Output]:
    """The destination for *path*: stdout for None or ``-``, else ``-o`` as described above.

    Raises OutputError before anything is written when *path* cannot be
    written: a directory, a missing directory, no permission.
    """
    if path is None or path == "-":
        out = _check_stdout()
        if isinstance(out, io.TextIOWrapper):
            # Lone surrogates (possible in JSONL input) become \udxxx escapes.
            out.reconfigure(errors="backslashreplace")
        yield Output(out, STDOUT_NAME, ensure_ascii=not encodes_utf8(out))
        return
    try:
        info = os.stat(path)  # follows symbolic links: the target decides
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{path}: is a directory")
    if info is not None and not stat.S_ISREG(info.st_mode):
        with _in_place(path) as output:
            yield output
        return
    with _atomic(path) as output:
        yield output


def _text_stream(fd: int, closefd: bool = True) -> TextIO:
    """A UTF-8 text stream on *fd*; lone surrogates written as ``\\udxxx`` escapes."""
    return open(fd, "w", encoding="utf-8", errors="backslashreplace", newline="\n", closefd=closefd)


@contextlib.contextmanager
def _closing(stream: TextIO) -> Iterator[TextIO]:
    """Close *stream* at the end, ignoring a failure to flush what a failed write left.

    The body flushes on success; after a failed write, a second failure while
    closing must not hide the first.
    """
    try:
        yield stream
    finally:
        with contextlib.suppress(OSError, ValueError):
            stream.close()


@contextlib.contextmanager
def _in_place(path: str) -> Iterator[Output]:
    """Write to a device, FIFO or socket as it is (opening a FIFO waits for its reader)."""
    try:
        # No O_CREAT and no O_TRUNC: nothing is created or cut, only written to.
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    with _closing(_text_stream(fd)) as stream:
        output = Output(stream, path, ensure_ascii=False)
        yield output
        output.write("")  # flush, naming the file on failure


# -- atomic replacement ------------------------------------------------------------------


class _Staged:
    """The unseen file the output is written to before it replaces its target."""

    def __init__(self, fd: int, name: str | None, directory: str, base: str) -> None:
        self.fd = fd
        #: The temporary file's path; None while it has no name (O_TMPFILE).
        self.name = name
        self.directory = directory
        self.base = base

    @classmethod
    def create(cls, directory: str, base: str, label: str) -> _Staged:
        """An anonymous file in *directory* where possible, else a hidden named one."""
        if hasattr(os, "O_TMPFILE") and os.path.isdir("/proc/self/fd"):
            try:
                fd = os.open(directory, os.O_TMPFILE | os.O_WRONLY | os.O_CLOEXEC, 0o600)
            except OSError:
                pass  # not supported here: the named file below reports any real problem
            else:
                return cls(fd, None, directory, base)
        try:
            fd, name = tempfile.mkstemp(prefix=f".{base}.", suffix=".tmp", dir=directory)
        except OSError as exc:
            raise OutputError(f"{label}: cannot write: {exc.strerror or exc}") from None
        return cls(fd, name, directory, base)

    def commit(self, target: str, label: str) -> None:
        """Give the file its final permissions and put it in *target*'s place."""
        try:
            existing = os.stat(target)
        except FileNotFoundError:
            existing = None
        os.fchmod(self.fd, stat.S_IMODE(existing.st_mode) if existing else _default_mode())
        if existing is not None:
            # Root replacing someone's file keeps its owner (others may not chown).
            with contextlib.suppress(OSError):
                os.fchown(self.fd, existing.st_uid, existing.st_gid)
        if self.name is None:
            if existing is None:
                try:
                    self._link(os.path.basename(target))
                    return
                except FileExistsError:
                    pass  # created meanwhile: replace it like any existing file
            self.name = self._link_hidden()
        _check_replaceable(target, label)
        os.replace(self.name, target)
        self.name = None

    def _link(self, name: str) -> None:
        """Give the anonymous file the name *name* in its directory."""
        directory = os.open(self.directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            # A directory descriptor makes os.link call linkat(AT_SYMLINK_FOLLOW),
            # which links the file /proc/self/fd/N stands for (plain link() would
            # try to link the /proc entry itself and fail with EXDEV).
            os.link(f"/proc/self/fd/{self.fd}", name, dst_dir_fd=directory, follow_symlinks=True)
        finally:
            os.close(directory)

    def _link_hidden(self) -> str:
        """Give the anonymous file a hidden name beside its target; return its path."""
        while True:
            name = f".{self.base}.{os.urandom(6).hex()}.tmp"
            try:
                self._link(name)
                return os.path.join(self.directory, name)
            except FileExistsError:
                continue

    def discard(self) -> None:
        """Remove the named file, if any; an anonymous one goes with its descriptor."""
        if self.name is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.name)
            self.name = None


def _check_replaceable(target: str, label: str) -> None:
    """Refuse to rename over *target* if it has become something other than a regular file."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(f"{label}: is no longer a regular file; not replaced")


def _default_mode() -> int:
    """Permissions of a new file: 0666 less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def _atomic(path: str) -> Iterator[Output]:
    """Write to an unseen file that replaces *path* (a symlink's target) only on success."""
    target = os.path.realpath(path)
    staged = _Staged.create(os.path.dirname(target), os.path.basename(target), path)
    try:
        with _closing(_text_stream(staged.fd, closefd=False)) as stream:
            output = Output(stream, path, ensure_ascii=False)
            yield output
            output.write("")
        try:
            staged.commit(target, path)
        except OSError as exc:
            raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        staged.discard()
        raise
    finally:
        os.close(staged.fd)
