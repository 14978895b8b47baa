"""attribute_many: order, ids, pools (fork and spawn), bounded read-ahead, errors."""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Iterator
from itertools import count, islice
from typing import Any

import pytest

from quoteattr import Config, Quote, attribute_quotes
from quoteattr.batch import attribute_many

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
