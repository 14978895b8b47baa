"""Thread safety: concurrent calls give the results of sequential ones, and no option leaks."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from quoteattr import Attributor, Config, Quote, attribute_quotes

DOCUMENTS = [
    'Governor Paul Hale spoke after the vote. "We tried," he said, "but the vote failed."',
    '\u201cWe are ready,\u201d said Lena Fischer.\n\n\u201cIt will take years.\u201d',
    "``This isn't reform,'' said Sen. Bob Smith.",
    "\u2018We shall see,\u2019 said Helen Ward.",
    'Ana Ruiz said the plan was "a disaster" and should be withdrawn.',
    '"The suspect fled on foot," police said. "He is 6\'2" and fast."',
    'Tom Becker said: "First we cut costs.\n\n"Then we hired.',
]

_THREADS = 8
_ROUNDS = 25


def _run_all(attribute: object) -> list[list[Quote]]:
    assert callable(attribute)
    return [attribute(d) for d in DOCUMENTS]


def test_eight_threads_match_one_thread() -> None:
    expected = [attribute_quotes(d) for d in DOCUMENTS]
    assert any(expected), "the documents must contain quotes for the test to mean anything"
    jobs = [DOCUMENTS[i % len(DOCUMENTS)] for i in range(_THREADS * _ROUNDS)]
    with ThreadPoolExecutor(max_workers=_THREADS) as pool:
        results = list(pool.map(attribute_quotes, jobs))
    for i, got in enumerate(results):
        assert got == expected[i % len(DOCUMENTS)]


def test_shared_attributor_across_threads() -> None:
    shared = Attributor()
    expected = _run_all(shared.attribute)
    with ThreadPoolExecutor(max_workers=_THREADS) as pool:
        results = list(pool.map(lambda _: _run_all(shared.attribute), range(_THREADS * 4)))
    assert all(r == expected for r in results)


#: Only straight single quotes: "always" reads them as quotes, "never" does not.
_BRITISH = "'We shall see,' said Helen Ward."


def test_config_of_one_attributor_does_not_leak_into_another() -> None:
    always = Attributor(Config(single_quotes="always"))
    never = Attributor(Config(single_quotes="never"))
    assert [q.text for q in always.attribute(_BRITISH)] == ["We shall see,"]
    assert never.attribute(_BRITISH) == []
    # Default calls still follow the defaults after the configured ones ran.
    assert [q.text for q in attribute_quotes(_BRITISH)] == ["We shall see,"]
    assert attribute_quotes(_BRITISH, Config(single_quotes="never")) == []
    assert [q.text for q in always.attribute(_BRITISH)] == ["We shall see,"]


def test_configs_interleaved_across_threads() -> None:
    unresolved = Attributor(Config(resolve_names=False))
    resolved = Attributor()
    text = 'Ana Pires opened the session. "We turned it down," Pires said.'
    assert [q.speaker.name for q in resolved.attribute(text) if q.speaker] == ["Ana Pires"]
    assert [q.speaker.name for q in unresolved.attribute(text) if q.speaker] == ["Pires"]

    def work(i: int) -> tuple[int, str]:
        attributor = resolved if i % 2 else unresolved
        speaker = attributor.attribute(text)[0].speaker
        assert speaker is not None
        return i, speaker.name

    with ThreadPoolExecutor(max_workers=_THREADS) as pool:
        for i, name in pool.map(work, range(_THREADS * _ROUNDS)):
            assert name == ("Ana Pires" if i % 2 else "Pires")
