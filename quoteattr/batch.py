"""Front end: attribute many documents, in order, optionally on several processes.

:func:`attribute_many` streams: it reads its input lazily and never holds
more than a fixed number of chunks in flight, so a generator over a 10 GB
file can be fed to it.  ``Pool.imap`` is not used because its feeder thread
drains the whole input iterable as fast as it can; here a chunk is only read
once an earlier one has been handed back to the caller.

With worker processes a document is isolated (:mod:`quoteattr.pool`): a
worker that dies costs only the document it was on, which is tried once more
in a fresh worker, and a document over the time limit is reported and
skipped, not waited for.  Either way the caller hears of it through
:class:`DocumentError`.  Workers die with the calling process.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator
from multiprocessing.context import BaseContext
from typing import Any, TypeVar, overload

from quoteattr.attribute import Attributor
from quoteattr.config import Config
from quoteattr.model import Quote
from quoteattr.pool import WorkerPool, internal_error, usable_cpus

__all__ = ["DEFAULT_TIMEOUT", "DocumentError", "attribute_many"]

K = TypeVar("K")

#: Chunks read but not yet handed back, per worker: one running, one queued,
#: so a worker never waits for the main process to read more input.
_IN_FLIGHT_PER_WORKER = 2

#: A chunk ends early once its texts hold this many characters, so that a few
#: long documents (novels) still spread over the workers.
_CHUNK_CHARS = 250_000

#: The default time limit per document, in CPU seconds.  A long news article
#: takes milliseconds and a whole novel about a second; two minutes is only
#: reached by input that makes some rule misbehave.
DEFAULT_TIMEOUT = 120.0


class DocumentError(Exception):
    """A document that could not be attributed, with its place in the input and why.

    Raised by :func:`attribute_many` at the document's place in the output (the
    results of every document before it have been yielded), or passed to its
    ``on_error`` callback, which lets the run go on without the document.

    Attributes:
        index: the document's position in the input, counting from 0.
        id: its id, for ``(id, text)`` input; ``None`` for plain strings.
        reason: what went wrong, e.g. ``"took more than 120 s of CPU time (the
            time limit)"`` or ``"its worker process was killed by signal 9 (SIGKILL)"``.
        retrying: True when the document's worker died and it is about to be
            tried once more in a fresh worker (only ``on_error`` sees these);
            False when the document is given up.

    >>> err = DocumentError(3, "a7", "internal error: ValueError: x")
    >>> str(err), err.id, err.retrying
    ("document 3 (id 'a7'): internal error: ValueError: x", 'a7', False)
    """

    def __init__(self, index: int, id: Any, reason: str, *, retrying: bool = False) -> None:
        label = f"document {index}" + (f" (id {id!r})" if id is not None else "")
        super().__init__(f"{label}: {reason}")
        self.index = index
        self.id = id
        self.reason = reason
        self.retrying = retrying

    def __reduce__(self) -> Any:
        return (_document_error, (self.index, self.id, self.reason, self.retrying))


def _document_error(index: int, doc_id: Any, reason: str, retrying: bool) -> DocumentError:
    """Rebuild a DocumentError (for pickle)."""
    return DocumentError(index, doc_id, reason, retrying=retrying)


def _split_item(item: object, index: int, pairs: bool) -> tuple[Any, str]:
    """Check one input item against the input's mode and return ``(id, text)``."""
    if pairs:
        if isinstance(item, (tuple, list)) and len(item) == 2 and isinstance(item[1], str):
            return item[0], item[1]
        raise TypeError(
            f"attribute_many(): item {index} is not an (id, text) pair with a str text "
            f"like the first item, got {type(item).__name__}"
        )
    if isinstance(item, str):
        return None, item
    raise TypeError(
        f"attribute_many(): item {index} is not a str like the first item, got {type(item).__name__}"
    )


def _checked_items(texts: Iterable[Any]) -> Iterator[tuple[bool, Any, str]]:
    """Yield ``(pairs, id, text)``; the first item decides whether the input holds pairs.

    Raises TypeError at once (not when iterated) for one text or a non-iterable.
    """
    if isinstance(texts, (str, bytes, bytearray)) or not isinstance(texts, Iterable):
        # A str is an iterable too, of one-character texts: never what was meant.
        raise TypeError(
            "attribute_many() expects an iterable of texts or (id, text) pairs, got "
            f"{type(texts).__name__}; for one text use attribute_quotes(text)"
        )
    return _items(texts)


def _items(texts: Iterable[Any]) -> Iterator[tuple[bool, Any, str]]:
    """The generator behind :func:`_checked_items`."""
    pairs: bool | None = None
    for index, item in enumerate(texts):
        if pairs is None:
            pairs = not isinstance(item, str)
        key, text = _split_item(item, index, pairs)
        yield pairs, key, text


#: What ``on_error`` is given; its return value is ignored.
ErrorHandler = Callable[[DocumentError], object]


@overload
def attribute_many(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    chunksize: int = 16,
    config: Config | None = None,
    mp_context: BaseContext | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    on_error: ErrorHandler | None = None,
    isolate: bool = False,
) -> Generator[list[Quote], None, None]: ...


@overload
def attribute_many(
    texts: Iterable[tuple[K, str]],
    *,
    workers: int | None = None,
    chunksize: int = 16,
    config: Config | None = None,
    mp_context: BaseContext | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    on_error: ErrorHandler | None = None,
    isolate: bool = False,
) -> Generator[tuple[K, list[Quote]], None, None]: ...


def attribute_many(
    texts: Iterable[Any],
    *,
    workers: int | None = None,
    chunksize: int = 16,
    config: Config | None = None,
    mp_context: BaseContext | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    on_error: ErrorHandler | None = None,
    isolate: bool = False,
) -> Generator[Any, None, None]:
    """Attribute every text of *texts* and yield the results in input order.

    Args:
        texts: any iterable of ``str`` (yields ``list[Quote]`` per text), or of
            ``(id, text)`` pairs (yields ``(id, list[Quote])``); the first item
            decides which.  It is read lazily, a few chunks ahead of the output.
        workers: worker processes to use; ``None`` means every CPU this process
            may use, and more than that are never started.  ``1`` runs in the
            calling process (unless *isolate*).
        chunksize: texts sent to a worker at a time (fewer when they are long:
            a chunk ends once it holds 250,000 characters); larger chunks cost
            less overhead for short texts, smaller ones keep memory and latency low.
        config: the :class:`~quoteattr.Config` used for every text.
        mp_context: a :mod:`multiprocessing` context (``get_context("spawn")``);
            the platform default when omitted.  Under ``spawn`` (the default on
            macOS and Windows) the calling script needs the usual
            ``if __name__ == "__main__":`` guard, as for any process pool.
        timeout: the CPU seconds one document may take in a worker process
            (default :data:`DEFAULT_TIMEOUT`, two minutes); a document over it
            has its worker killed and fails.  ``None`` sets no limit.  It cannot
            be enforced in the calling process, so it does not apply to
            ``workers=1`` without *isolate*.
        on_error: called with a :class:`DocumentError` for each document that
            fails (or is about to be retried); the failed document is then left
            out of the output and the run goes on.  Without it, a failed
            document raises its DocumentError at its place in the output.
        isolate: with ``workers=1``, still attribute in a worker process, for
            the time limit and so that a crash costs one document only.

    Raises:
        ValueError: if *workers*, *chunksize* or *timeout* is out of range.
        TypeError: if *texts* is one ``str`` or not iterable; while iterating, for an
            item neither a ``str`` nor an ``(id, str)`` pair, or not of the first item's kind.
        DocumentError: (while iterating, without *on_error*) for a document
            that raised inside the engine, ran over the time limit, or whose
            worker process died twice.
        quoteattr.pool.WorkerStartError: (an ``OSError``, while iterating) when
            a worker process cannot be started, e.g. at the process limit.

    >>> [len(quotes) for quotes in attribute_many(['"Hi," she said.', "No quotes."], workers=1)]
    [1, 0]
    >>> [(i, q[0].speaker.text) for i, q in attribute_many([(7, '"Hi," he said.')], workers=1)]
    [(7, 'he')]
    """
    workers, items = _checked_arguments(workers, chunksize, config, timeout), _checked_items(texts)
    if workers == 1 and not isolate:
        return _in_process(items, config, on_error)
    size = min(workers, usable_cpus())
    return _in_pool(items, size, chunksize, config, mp_context, timeout, on_error)


def _checked_arguments(workers: int | None, chunksize: int, config: Config | None, timeout: float | None) -> int:
    """Raise for an argument of :func:`attribute_many` out of range; return the number of workers asked for."""
    if workers is None:
        workers = usable_cpus()
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be an int >= 1 or None, got {workers!r}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be an int >= 1, got {chunksize!r}")
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0
    ):
        raise ValueError(f"timeout must be a number of seconds > 0 or None, got {timeout!r}")
    if config is not None and not isinstance(config, Config):
        raise TypeError(f"config must be a quoteattr.Config, not {type(config).__name__}")
    return workers


def _in_process(
    items: Iterator[tuple[bool, Any, str]], config: Config | None, on_error: ErrorHandler | None
) -> Generator[Any, None, None]:
    """Attribute one text at a time in this process."""
    attributor = Attributor(config)
    for index, (pairs, key, text) in enumerate(items):
        try:
            quotes = attributor.attribute(text)
        except Exception as exc:
            error = DocumentError(index, key if pairs else None, internal_error(exc))
            if on_error is None:
                raise error from exc
            on_error(error)
            continue
        yield (key, quotes) if pairs else quotes


def _read_chunk(
    items: Iterator[tuple[bool, Any, str]], chunksize: int, keys: dict[int, tuple[bool, Any, int]], start: int
) -> tuple[list[tuple[int, str]], bool, BaseException | None]:
    """Read the next chunk of ``(index, text)`` documents, numbered from *start*.

    Each document's ``(pairs, id, length)`` goes into *keys* by its index.
    Returns the chunk, whether the input is exhausted, and the error raised
    while reading it (which exhausts it), if any.
    """
    chunk: list[tuple[int, str]] = []
    size = 0
    try:
        while len(chunk) < chunksize and size < _CHUNK_CHARS:
            item = next(items, None)
            if item is None:
                return chunk, True, None
            pairs, key, text = item
            keys[start + len(chunk)] = (pairs, key, len(text))
            chunk.append((start + len(chunk), text))
            size += len(text)
    except Exception as exc:
        return chunk, True, exc
    return chunk, False, None


def _in_pool(
    items: Iterator[tuple[bool, Any, str]],
    workers: int,
    chunksize: int,
    config: Config | None,
    mp_context: BaseContext | None,
    timeout: float | None,
    on_error: ErrorHandler | None,
) -> Generator[Any, None, None]:
    """Attribute chunks on worker processes, with at most a fixed number of documents read ahead."""
    # Read ahead at most this many documents, and (unless one document is
    # larger) this many characters: a chunk in flight and one queued per worker.
    most_ahead = workers * _IN_FLIGHT_PER_WORKER * chunksize
    most_chars = workers * _IN_FLIGHT_PER_WORKER * _CHUNK_CHARS
    # By input index: the (pairs, id, length) of each document read (ids never
    # need to pickle), and the outcome of each finished one.
    keys: dict[int, tuple[bool, Any, int]] = {}
    outcomes: dict[int, list[Quote] | str] = {}

    def retrying(index: int, reason: str) -> None:
        if on_error is not None:
            pairs, key, _length = keys[index]
            on_error(DocumentError(index, key if pairs else None, reason, retrying=True))

    pool = WorkerPool(workers, config, mp_context, timeout, retrying)
    read = handed = chars_ahead = 0
    exhausted = finished = False
    # An error raised while reading the input is held back until every item
    # before it has been yielded, as in the in-process path.
    input_error: BaseException | None = None
    try:
        while True:
            while not exhausted and read - handed + chunksize <= most_ahead and chars_ahead < most_chars:
                chunk, exhausted, input_error = _read_chunk(items, chunksize, keys, read)
                read += len(chunk)
                chars_ahead += sum(len(text) for _index, text in chunk)
                if chunk:
                    pool.submit(chunk)
            if handed in outcomes:
                outcome = outcomes.pop(handed)
                pairs, key, length = keys.pop(handed)
                chars_ahead -= length
                handed += 1
                if not isinstance(outcome, str):
                    yield (key, outcome) if pairs else outcome
                elif on_error is None:
                    raise DocumentError(handed - 1, key if pairs else None, outcome)
                else:
                    on_error(DocumentError(handed - 1, key if pairs else None, outcome))
                continue
            if handed == read and exhausted:
                if input_error is not None:
                    raise input_error
                finished = True
                return
            outcomes.update(pool.step())
    finally:
        # A normal end lets the workers exit; anything else (an error, Ctrl-C,
        # the caller closing the generator) kills them at once.
        pool.close(kill=not finished)
