"""Front end: attribute many documents, in order, optionally on several processes.

:func:`attribute_many` streams: it reads its input lazily and never holds
more than a fixed number of chunks in flight, so a generator over a 10 GB
file can be fed to it.  ``Pool.imap`` is not used because its feeder thread
drains the whole input iterable as fast as it can; here a chunk is only read
once an earlier one has been handed back to the caller.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing.context import BaseContext
from typing import Any, TypeVar, overload

from quoteattr.attribute import Attributor
from quoteattr.config import Config
from quoteattr.model import Quote

K = TypeVar("K")

#: Chunks submitted but not yet handed back, per worker: one running, one queued,
#: so a worker never waits for the main process to read more input.
_IN_FLIGHT_PER_WORKER = 2

# The worker process's Attributor, built once by _init_worker.
_worker_attributor: Attributor | None = None


def _init_worker(config: Config | None) -> None:
    """Set up a pool process: one Attributor, and Ctrl-C left to the parent.

    The parent receives SIGINT too and shuts the pool down; a worker that also
    raised KeyboardInterrupt would print a traceback of its own.
    """
    global _worker_attributor
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_attributor = Attributor(config)


def _attribute_chunk(texts: list[str]) -> list[list[Quote]]:
    """Attribute one chunk of texts in a pool process."""
    attributor = _worker_attributor if _worker_attributor is not None else Attributor()
    return [attributor.attribute(text) for text in texts]


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
    """Yield ``(pairs, id, text)``; the first item decides whether the input holds pairs."""
    pairs: bool | None = None
    for index, item in enumerate(texts):
        if pairs is None:
            pairs = not isinstance(item, str)
        key, text = _split_item(item, index, pairs)
        yield pairs, key, text


@overload
def attribute_many(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    chunksize: int = 16,
    config: Config | None = None,
    mp_context: BaseContext | None = None,
) -> Generator[list[Quote], None, None]: ...


@overload
def attribute_many(
    texts: Iterable[tuple[K, str]],
    *,
    workers: int | None = None,
    chunksize: int = 16,
    config: Config | None = None,
    mp_context: BaseContext | None = None,
) -> Generator[tuple[K, list[Quote]], None, None]: ...


def attribute_many(
    texts: Iterable[Any],
    *,
    workers: int | None = None,
    chunksize: int = 16,
    config: Config | None = None,
    mp_context: BaseContext | None = None,
) -> Generator[Any, None, None]:
    """Attribute every text of *texts* and yield the results in input order.

    Args:
        texts: any iterable of ``str`` (yields ``list[Quote]`` per text), or of
            ``(id, text)`` pairs (yields ``(id, list[Quote])``); the first item
            decides which.  It is read lazily, a few chunks ahead of the output.
        workers: processes to use; ``None`` means ``os.cpu_count()``, ``1`` runs
            in the calling process without a pool.
        chunksize: texts sent to a worker at a time; larger chunks cost less
            overhead for short texts, smaller ones keep memory and latency low.
        config: the :class:`~quoteattr.Config` used for every text.
        mp_context: a :mod:`multiprocessing` context (``get_context("spawn")``);
            the platform default when omitted.  Under ``spawn`` (the default on
            macOS and Windows) the calling script needs the usual
            ``if __name__ == "__main__":`` guard, as for any process pool.

    Raises:
        ValueError: if *workers* or *chunksize* is below 1.
        TypeError: (while iterating) for an item that is neither a ``str`` nor
            an ``(id, str)`` pair, or that differs in kind from the first item.

    >>> [len(quotes) for quotes in attribute_many(['"Hi," she said.', "No quotes."], workers=1)]
    [1, 0]
    >>> [(i, q[0].speaker.text) for i, q in attribute_many([(7, '"Hi," he said.')], workers=1)]
    [(7, 'he')]
    """
    if workers is None:
        workers = os.cpu_count() or 1
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be an int >= 1 or None, got {workers!r}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be an int >= 1, got {chunksize!r}")
    if config is not None and not isinstance(config, Config):
        raise TypeError(f"config must be a quoteattr.Config, not {type(config).__name__}")
    items = _checked_items(texts)
    if workers == 1:
        return _in_process(items, config)
    return _in_pool(items, workers, chunksize, config, mp_context)


def _in_process(
    items: Iterator[tuple[bool, Any, str]], config: Config | None
) -> Generator[Any, None, None]:
    """Attribute one text at a time in this process."""
    attributor = Attributor(config)
    for pairs, key, text in items:
        quotes = attributor.attribute(text)
        yield (key, quotes) if pairs else quotes


def _in_pool(
    items: Iterator[tuple[bool, Any, str]],
    workers: int,
    chunksize: int,
    config: Config | None,
    mp_context: BaseContext | None,
) -> Generator[Any, None, None]:
    """Attribute chunks on a process pool with at most a fixed number of chunks in flight."""
    max_in_flight = workers * _IN_FLIGHT_PER_WORKER
    # Each entry: the chunk's (pairs, id) keys, kept here so ids never need to pickle.
    pending: deque[tuple[list[tuple[bool, Any]], Future[list[list[Quote]]]]] = deque()
    executor = ProcessPoolExecutor(
        max_workers=workers, mp_context=mp_context, initializer=_init_worker, initargs=(config,)
    )
    # An error raised while reading the input is held back until the results
    # of every item before it have been yielded, as in the in-process path.
    input_error: BaseException | None = None
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < max_in_flight:
                chunk: list[tuple[bool, Any, str]] = []
                try:
                    for item in islice(items, chunksize):
                        chunk.append(item)
                except Exception as exc:
                    input_error = exc
                    exhausted = True
                if not chunk:
                    exhausted = True
                    break
                keys = [(pairs, key) for pairs, key, _text in chunk]
                pending.append((keys, executor.submit(_attribute_chunk, [t for _p, _k, t in chunk])))
            if not pending:
                if input_error is not None:
                    raise input_error
                return
            keys, future = pending.popleft()
            for (pairs, key), quotes in zip(keys, future.result(), strict=True):
                yield (key, quotes) if pairs else quotes
    finally:
        for _keys, future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)
