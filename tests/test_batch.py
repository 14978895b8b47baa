"""attribute_many: order, ids, pools (fork and spawn), bounded read-ahead, errors, isolation."""

from __future__ import annotations

import errno
import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections.abc import Iterator
from itertools import count, islice
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

import pytest

from quoteattr import Attributor, Config, Quote, attribute_quotes
from quoteattr.batch import DocumentError, attribute_many
from quoteattr.pool import WorkerStartError, usable_cpus

HI = '"Hi," she said.'
NO = '"No," said Tom Roe.'
NONE = "Nothing is quoted here."
TWO = '"Yes," he said. "Maybe," said Ann Lee.'

TEXTS = [HI, NO, NONE, TWO] * 10


def speakers(quotes: list[Quote]) -> list[str]:
    return [q.speaker.text if q.speaker else "" for q in quotes]


def test_strings_in_input_order_in_process() -> None:
    results = list(attribute_many([NO, NONE, HI, TWO], workers=1))
    assert [speakers(r) for r in results] == [["Tom Roe"], [], ["she"], ["he", "Ann Lee"]]


def test_pairs_keep_their_ids() -> None:
    results = list(attribute_many([("x", HI), (2, NONE), (("t", 1), NO)], workers=1))
    assert [key for key, _ in results] == ["x", 2, ("t", 1)]
    assert [len(quotes) for _, quotes in results] == [1, 0, 1]


def test_lists_are_accepted_as_pairs() -> None:
    items: list[Any] = [["doc", HI]]
    ((key, quotes),) = attribute_many(items, workers=1)
    assert key == "doc" and quotes[0].text == "Hi,"


def test_empty_input() -> None:
    assert list(attribute_many([], workers=1)) == []
    assert list(attribute_many([], workers=2)) == []


def test_two_workers_match_one_worker() -> None:
    one = list(attribute_many(TEXTS, workers=1))
    two = list(attribute_many(TEXTS, workers=2, chunksize=3))
    assert two == one
    assert [speakers(r) for r in two[:4]] == [["she"], ["Tom Roe"], [], ["he", "Ann Lee"]]


def test_spawn_context() -> None:
    ctx = multiprocessing.get_context("spawn")
    pairs = [(i, t) for i, t in enumerate(TEXTS)]
    results = list(attribute_many(pairs, workers=2, chunksize=5, mp_context=ctx))
    assert [i for i, _ in results] == list(range(len(TEXTS)))
    assert [q for _, q in results] == [attribute_quotes(t) for t in TEXTS]


def test_config_reaches_the_workers() -> None:
    british = "'Hi,' she said."
    assert [len(r) for r in attribute_many([british], workers=2)] == [1]
    never = Config(single_quotes="never")
    assert [len(r) for r in attribute_many([british], workers=2, config=never)] == [0]
    assert [len(r) for r in attribute_many([british], workers=1, config=never)] == [0]


def test_quotes_pickle() -> None:
    quotes = attribute_quotes(TWO)
    assert pickle.loads(pickle.dumps(quotes)) == quotes


class Recorder:
    """An input that counts how many items have been read from it."""

    def __init__(self, n: int | None) -> None:
        self.n = n
        self.consumed = 0

    def __iter__(self) -> Iterator[str]:
        for i in count() if self.n is None else range(self.n):
            self.consumed = i + 1
            yield HI if i % 2 else NO


@pytest.mark.parametrize("workers,chunksize", [(2, 4), (2, 1), (3, 2)])
def test_pool_reads_a_bounded_distance_ahead(workers: int, chunksize: int) -> None:
    source = Recorder(200)
    results = attribute_many(source, workers=workers, chunksize=chunksize)
    bound = workers * 2 * chunksize  # chunks in flight, each of chunksize items
    for pulled in range(1, 61):
        next(results)
        assert pulled <= source.consumed <= pulled + bound
    assert source.consumed < 200
    results.close()


def test_in_process_reads_one_item_at_a_time() -> None:
    source = Recorder(50)
    results = attribute_many(source, workers=1)
    for pulled in range(1, 11):
        next(results)
        assert source.consumed == pulled


def test_infinite_input_streams() -> None:
    first = list(islice(attribute_many(Recorder(None), workers=2, chunksize=2), 7))
    assert [speakers(r) for r in first] == [["Tom Roe"], ["she"]] * 3 + [["Tom Roe"]]


def failing_input(good: int) -> Iterator[str]:
    yield from [HI] * good
    raise OSError("disk gone")


@pytest.mark.parametrize("workers", [1, 2])
def test_input_error_comes_after_the_results_before_it(workers: int) -> None:
    results = attribute_many(failing_input(5), workers=workers, chunksize=2)
    got = []
    with pytest.raises(OSError, match="disk gone"):
        for quotes in results:
            got.append(quotes)
    assert len(got) == 5


@pytest.mark.parametrize("workers", [1, 2])
def test_mixed_items_raise_type_error(workers: int) -> None:
    with pytest.raises(TypeError, match="item 1 is not a str"):
        list(attribute_many([HI, ("id", HI)], workers=workers))  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"item 1 is not an \(id, text\) pair"):
        list(attribute_many([("a", HI), HI], workers=workers))  # type: ignore[list-item]
    with pytest.raises(TypeError, match="item 0 is not an"):
        list(attribute_many([b"bytes"], workers=workers))  # type: ignore[list-item]


def test_bad_arguments_raise_at_call_time() -> None:
    with pytest.raises(ValueError, match="workers"):
        attribute_many([HI], workers=0)
    with pytest.raises(ValueError, match="chunksize"):
        attribute_many([HI], chunksize=0)
    with pytest.raises(TypeError, match="Config"):
        attribute_many([HI], config="news")  # type: ignore[call-overload]


@pytest.mark.parametrize("bad", [HI, HI.encode(), None, 5])
def test_one_text_or_no_iterable_raises_at_call_time(bad: object) -> None:
    # A str is an iterable of one-character texts: attributing each character
    # would be a silent wrong answer.
    with pytest.raises(TypeError, match="attribute_many"):
        attribute_many(bad, workers=1)  # type: ignore[call-overload]


def test_early_close_shuts_the_pool_down() -> None:
    results = attribute_many(Recorder(None), workers=2, chunksize=1)
    assert speakers(next(results)) == ["Tom Roe"]
    results.close()  # must return, not hang on the infinite input
    with pytest.raises(StopIteration):
        next(results)


def test_exported_from_package() -> None:
    import quoteattr

    assert quoteattr.attribute_many is attribute_many
    assert "attribute_many" in quoteattr.__all__


# -- isolation: crashes, time limits, errors, no process left behind --------------------

needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(),
    reason="the engine is patched in this process; only fork carries the patch to the workers",
)
FORK = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None


class FaultyEngine:
    """Patches Attributor.attribute so that marked texts crash, raise or spin.

    ``CRASH`` kills its own worker with SIGKILL, as the out-of-memory killer
    would; ``BOOM`` raises; ``SPIN`` burns CPU (appending the worker's pid to
    ``pids``) until the file ``release`` exists or 60 s have passed.
    """

    def __init__(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.pids = tmp_path / "pids"
        self.release = tmp_path / "release"
        real = self.real = Attributor.attribute
        pids, release = self.pids, self.release

        def attribute(attributor: Attributor, text: str) -> list[Quote]:
            if "CRASH" in text:
                os.kill(os.getpid(), signal.SIGKILL)
            if "BOOM" in text:
                raise RuntimeError("boom")
            if "SPIN" in text:
                with pids.open("a") as fh:
                    fh.write(f"{os.getpid()}\n")
                deadline = time.monotonic() + 60
                while not release.exists() and time.monotonic() < deadline:
                    pass
            return real(attributor, text)

        monkeypatch.setattr(Attributor, "attribute", attribute)

    def expected(self, text: str) -> list[Quote]:
        """What the unpatched engine finds in *text*."""
        return self.real(Attributor(), text)

    def spinning_pids(self, count: int, timeout: float = 60) -> list[int]:
        """Wait until *count* workers have started spinning; return their pids."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.pids.exists():
                pids = [int(p) for p in self.pids.read_text().split()]
                if len(pids) >= count:
                    return pids
            time.sleep(0.02)
        raise AssertionError(f"fewer than {count} workers spun within {timeout} s")


@pytest.fixture
def faulty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FaultyEngine:
    return FaultyEngine(tmp_path, monkeypatch)


def numbered(texts: list[str]) -> list[tuple[int, str]]:
    return list(enumerate(texts))


@needs_fork
@pytest.mark.parametrize("chunksize", [1, 4])
def test_a_worker_that_dies_twice_costs_one_document(faulty: FaultyEngine, chunksize: int) -> None:
    texts = [HI, NO, "CRASH " + HI, TWO, NONE, HI, NO]
    errors: list[DocumentError] = []
    results = list(
        attribute_many(numbered(texts), workers=2, chunksize=chunksize, mp_context=FORK, on_error=errors.append)
    )
    assert [i for i, _ in results] == [0, 1, 3, 4, 5, 6]
    assert [q for _, q in results] == [faulty.expected(texts[i]) for i in (0, 1, 3, 4, 5, 6)]
    reason = "its worker process was killed by signal 9 (SIGKILL)"
    assert [(e.index, e.id, e.reason, e.retrying) for e in errors] == [(2, 2, reason, True), (2, 2, reason, False)]
    assert multiprocessing.active_children() == []


@needs_fork
def test_a_killed_worker_is_replaced_and_its_document_retried(faulty: FaultyEngine) -> None:
    texts = [HI, "SPIN " + NO, TWO, NONE, NO, HI]
    errors: list[DocumentError] = []
    pids: list[int] = []

    def kill_the_spinner() -> None:
        pids.extend(faulty.spinning_pids(1))
        workers_then.update(p.pid for p in multiprocessing.active_children())
        os.kill(pids[0], signal.SIGKILL)
        pids[:] = faulty.spinning_pids(2)  # the retry
        faulty.release.touch()

    workers_then: set[int | None] = set()

    killer = threading.Thread(target=kill_the_spinner)
    killer.start()
    results = list(attribute_many(texts, workers=2, chunksize=2, mp_context=FORK, on_error=errors.append))
    killer.join()
    assert results == [faulty.expected(t) for t in texts]
    assert [(e.index, e.retrying) for e in errors] == [(1, True)]
    assert errors[0].reason == "its worker process was killed by signal 9 (SIGKILL)"
    assert len(pids) == len(set(pids)) == 2
    assert pids[0] in workers_then and pids[1] not in workers_then  # a fresh worker, not the other one
    assert multiprocessing.active_children() == []


@needs_fork
def test_time_limit_reports_the_document_and_goes_on(faulty: FaultyEngine) -> None:
    texts = [HI, "SPIN " + NO, TWO, NONE, NO]
    errors: list[DocumentError] = []
    started = time.monotonic()
    results = list(
        attribute_many(numbered(texts), workers=2, chunksize=2, mp_context=FORK, timeout=0.5, on_error=errors.append)
    )
    assert time.monotonic() - started < 30  # the spinning document would hold it for 60 s
    assert [i for i, _ in results] == [0, 2, 3, 4]
    assert [(e.index, e.reason, e.retrying) for e in errors] == [
        (1, "took more than 0.5 s of CPU time (the time limit)", False)
    ]
    assert multiprocessing.active_children() == []


@needs_fork
def test_without_on_error_a_failed_document_raises_in_its_place(faulty: FaultyEngine) -> None:
    results = attribute_many(numbered([HI, NO, "BOOM", TWO]), workers=2, chunksize=1, mp_context=FORK)
    assert [i for i, _ in islice(results, 2)] == [0, 1]
    with pytest.raises(DocumentError) as info:
        next(results)
    assert (info.value.index, info.value.id) == (2, 2)
    assert info.value.reason == "internal error: RuntimeError: boom"
    assert str(info.value) == "document 2 (id 2): internal error: RuntimeError: boom"
    assert multiprocessing.active_children() == []


def test_in_process_errors_take_the_same_path(faulty: FaultyEngine) -> None:
    with pytest.raises(DocumentError) as info:
        list(attribute_many(["BOOM"], workers=1))
    assert (info.value.index, info.value.id, info.value.reason) == (0, None, "internal error: RuntimeError: boom")
    assert isinstance(info.value.__cause__, RuntimeError)
    errors: list[DocumentError] = []
    assert [len(q) for q in attribute_many([HI, "BOOM", NO], workers=1, on_error=errors.append)] == [1, 1]
    assert [e.index for e in errors] == [1]


@needs_fork
def test_isolate_runs_one_worker_in_a_process(faulty: FaultyEngine) -> None:
    errors: list[DocumentError] = []
    results = list(
        attribute_many(["CRASH", HI], workers=1, isolate=True, mp_context=FORK, on_error=errors.append)
    )
    assert results == [faulty.expected(HI)]  # the crash did not take the caller with it
    assert [e.retrying for e in errors] == [True, False]


def test_document_error_pickles() -> None:
    error = DocumentError(4, ("doc", 1), "took too long", retrying=True)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.index, copy.id, copy.reason, copy.retrying, str(copy)) == (
        4, ("doc", 1), "took too long", True, str(error)
    )


@pytest.mark.parametrize("timeout", [0, -1, "5", True, float("nan")])
def test_bad_timeout_raises_at_call_time(timeout: Any) -> None:
    with pytest.raises(ValueError, match="timeout"):
        attribute_many([HI], timeout=timeout)


def test_workers_are_capped_at_the_usable_cpus() -> None:
    seen = 0
    for _quotes in attribute_many(TEXTS, workers=1000, chunksize=1):
        seen = max(seen, len(multiprocessing.active_children()))
    assert 1 <= seen <= usable_cpus()
    assert multiprocessing.active_children() == []


def test_a_worker_that_cannot_start_is_an_os_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real_start = BaseProcess.start
    calls = count()

    def start(process: BaseProcess) -> None:
        if next(calls) >= 1:  # the first worker starts, the second meets the process limit
            raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")
        real_start(process)

    monkeypatch.setattr(BaseProcess, "start", start)
    with pytest.raises(WorkerStartError, match="cannot start a worker process: Resource temporarily unavailable"):
        list(attribute_many(TEXTS, workers=2, chunksize=1))
    assert multiprocessing.active_children() == []


@needs_fork
def test_a_worker_that_dies_while_starting_ends_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def die(self: Attributor, config: Config | None = None) -> None:
        os._exit(3)

    monkeypatch.setattr(Attributor, "__init__", die)
    with pytest.raises(WorkerStartError, match="exited unexpectedly with status 3 while starting"):
        list(attribute_many(TEXTS, workers=2, mp_context=FORK))
    assert multiprocessing.active_children() == []


def test_closing_early_leaves_no_worker() -> None:
    results = attribute_many(Recorder(None), workers=2, chunksize=1)
    next(results)
    assert multiprocessing.active_children() != []
    results.close()
    assert multiprocessing.active_children() == []


@needs_fork
def test_long_documents_spread_over_the_workers(faulty: FaultyEngine) -> None:
    # Two novel-sized texts fit in one chunk of 16 by count; by size they go to two workers.
    faulty.release.touch()
    texts = ["SPIN " + "Nothing is quoted here. " * 11_000] * 2
    assert [len(q) for q in attribute_many(texts, workers=2, mp_context=FORK)] == [0, 0]
    pids = faulty.pids.read_text().split()
    assert len(pids) == len(set(pids)) == 2


def test_read_ahead_is_bounded_in_characters_too() -> None:
    # 60,000-character documents: chunks of 5 (300,000 characters), and at most
    # 2 workers x 2 chunks x 250,000 characters ahead (rounded up to a chunk),
    # far fewer than the 64 documents the count alone would allow.
    long_text = "Nothing is quoted in this sentence. " * 1_700
    consumed = 0

    def texts() -> Iterator[str]:
        nonlocal consumed
        for _ in range(200):
            consumed += 1
            yield long_text

    results = attribute_many(texts(), workers=2)
    for pulled in range(1, 11):
        next(results)
        assert consumed <= pulled + 20
    results.close()
