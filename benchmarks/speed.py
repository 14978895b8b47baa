"""Throughput and memory of :func:`quoteattr.attribute_quotes`.

Usage::

    python benchmarks/speed.py [--quick] [JSONL ...]

What it measures (MB = 10**6 bytes of UTF-8):

* **sizes**: MB/s at 10 KB, 100 KB, 1 MB and 10 MB of text built from the
  bundled gold documents (``benchmarks/data/gold.jsonl``, repeated), once as a
  single document and once as many small documents (one call each);
* **memory**: peak traced allocation (``tracemalloc``) per MB of input for
  the single-document runs;
* **slope**: the log-log slope of time against size (1.0 is linear);
* **reference ratio**: quoteattr's time divided by the time of one ``regex``
  pass that finds every quotation mark in the same text, a floor no quote
  finder can beat;
* **peers**: ``pysbd`` sentence segmentation of the same text, when installed
  (``textacy`` is listed too when it and a spaCy English model are present);
* **per-document median**: for every JSONL file given (lines with a
  ``"text"``, e.g. ``../shared/eval/polnear-train.jsonl``), each document is
  one call and the median of the per-document MB/s is reported, with the
  aggregate MB/s (total bytes / total time).

Times are CPU time of this process (``time.process_time``): on an idle
machine it equals wall time, and on a shared one it is far less disturbed by
other jobs.  ``--wall`` measures wall time (``time.perf_counter``) instead.

A default run takes about two minutes on a 2-core machine; ``--quick``
stops at 100 KB and repeats less, for a smoke test.  The output is a Markdown
report ready to paste into ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import platform
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

from quoteattr import attribute_quotes  # noqa: E402

GOLD = ROOT / "benchmarks" / "data" / "gold.jsonl"

#: Corpus sizes in bytes for the full run and for ``--quick``.
SIZES = (10_000, 100_000, 1_000_000, 10_000_000)
QUICK_SIZES = (10_000, 100_000)

#: Each timing is repeated until this many seconds have passed (at least once),
#: and the fastest repetition is kept: the minimum is the least noisy estimate.
MIN_SECONDS = 1.0
QUICK_MIN_SECONDS = 0.2
MAX_REPEATS = 50

#: The clock every timing reads; ``--wall`` swaps in ``time.perf_counter``.
CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}
_clock: list[Callable[[], float]] = [time.process_time]

#: Peer libraries are slow; they are timed on this many bytes only.
PEER_BYTES = 100_000

#: Per-document timing of a JSONL stops after this many documents.
MAX_JSONL_DOCS = 2_000
QUICK_MAX_JSONL_DOCS = 200

#: Every quotation mark, double and single, straight and typographic, and the backtick.
QUOTE_MARK_RE = regex.compile("[\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\uff02]")


def mb(text: str) -> float:
    """Size of *text* in MB of UTF-8."""
    return len(text.encode("utf-8")) / 1e6


def load_texts(path: Path | str, limit: int | None = None) -> list[str]:
    """The ``text`` fields of a JSONL file (at most *limit* of them)."""
    texts: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                texts.append(json.loads(line)["text"])
                if limit is not None and len(texts) >= limit:
                    break
    return texts


def build_corpus(texts: Sequence[str], size: int) -> list[str]:
    """Documents cycled from *texts* until they hold *size* bytes (the last one cut).

    The cut keeps the corpus exactly *size* bytes for ASCII text, so sizes are
    comparable between runs; a quote cut in half only adds a little work.
    """
    docs: list[str] = []
    total = 0
    i = 0
    while total < size:
        text = texts[i % len(texts)]
        room = size - total
        if len(text.encode("utf-8")) > room:
            text = text.encode("utf-8")[:room].decode("utf-8", errors="ignore")
        docs.append(text)
        total += len(text.encode("utf-8")) + 2
        i += 1
    return docs


def best_time(run: Callable[[], Any], min_seconds: float) -> float:
    """Fastest wall time of *run* over repetitions lasting about *min_seconds*."""
    times: list[float] = []
    spent = 0.0
    while not times or (spent < min_seconds and len(times) < MAX_REPEATS):
        gc.collect()
        start = _clock[0]()
        run()
        elapsed = _clock[0]() - start
        times.append(elapsed)
        spent += elapsed
    return min(times)


def peak_memory(run: Callable[[], Any]) -> int:
    """Peak bytes traced by ``tracemalloc`` while *run* executes."""
    gc.collect()
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def log_log_slope(points: Sequence[tuple[float, float]]) -> float:
    """Least-squares slope of log(time) against log(size)."""
    xs = [math.log(size) for size, _ in points]
    ys = [math.log(seconds) for _, seconds in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den if den else float("nan")


def _one_document(text: str) -> Callable[[], Any]:
    return lambda: attribute_quotes(text)


def _many_documents(docs: Sequence[str]) -> Callable[[], Any]:
    def run() -> None:
        for doc in docs:
            attribute_quotes(doc)

    return run


def _mark_pass(text: str) -> Callable[[], Any]:
    return lambda: sum(1 for _ in QUOTE_MARK_RE.finditer(text))


def _size_label(size: int) -> str:
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1_000} KB"


def size_table(texts: Sequence[str], sizes: Sequence[int], min_seconds: float) -> list[str]:
    """Markdown rows of throughput, memory and reference ratio by size, then the slopes."""
    rows = [
        "| size | one doc MB/s | many docs MB/s | peak MB per MB (one doc) | regex mark pass MB/s | quoteattr / mark pass |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    one_points: list[tuple[float, float]] = []
    many_points: list[tuple[float, float]] = []
    for size in sizes:
        docs = build_corpus(texts, size)
        whole = "\n\n".join(docs)
        size_mb = mb(whole)
        one = best_time(_one_document(whole), min_seconds)
        many = best_time(_many_documents(docs), min_seconds)
        marks = best_time(_mark_pass(whole), min_seconds)
        peak = peak_memory(_one_document(whole))
        one_points.append((size_mb, one))
        many_points.append((size_mb, many))
        rows.append(
            f"| {_size_label(size)} | {size_mb / one:.2f} | {size_mb / many:.2f} | "
            f"{peak / 1e6 / size_mb:.1f} | {size_mb / marks:.0f} | {one / marks:.0f}x |"
        )
        print(f"  {_size_label(size)} done", file=sys.stderr)
    rows.append("")
    rows.append(
        f"Log-log slope of time against size: one document {log_log_slope(one_points):.2f}, "
        f"many documents {log_log_slope(many_points):.2f} (1.00 is linear)."
    )
    return rows


def _pysbd_runner() -> Callable[[str], Any] | None:
    try:
        import pysbd  # type: ignore[import-not-found, import-untyped, unused-ignore]
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda text: segmenter.segment(text)


def _textacy_runner() -> Callable[[str], Any] | None:
    try:
        import spacy  # type: ignore[import-not-found, unused-ignore]
        import textacy.extract  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        return None
    return lambda text: list(textacy.extract.triples.direct_quotations(nlp(text)))


def peer_table(texts: Sequence[str], min_seconds: float) -> list[str]:
    """Markdown rows comparing quoteattr with peer libraries on PEER_BYTES of text."""
    whole = "\n\n".join(build_corpus(texts, PEER_BYTES))
    size_mb = mb(whole)
    rows = [
        f"| library ({_size_label(PEER_BYTES)}, one document) | what it does | MB/s |",
        "|---|---|---:|",
        f"| quoteattr | quotes and speakers | {size_mb / best_time(_one_document(whole), min_seconds):.2f} |",
    ]
    peers = (
        ("pysbd", "sentence segmentation only", _pysbd_runner),
        ("textacy + spaCy sm", "direct quotations", _textacy_runner),
    )
    for name, task, factory in peers:
        runner = factory()
        if runner is None:
            rows.append(f"| {name} | {task} | not installed |")
            continue
        seconds = best_time(lambda r=runner: r(whole), min_seconds)  # type: ignore[misc]
        rows.append(f"| {name} | {task} | {size_mb / seconds:.2f} |")
    return rows


def jsonl_table(paths: Sequence[str], limit: int) -> list[str]:
    """Markdown rows of the per-document median MB/s for every JSONL file."""
    rows = [
        "| corpus | docs | median doc KB | median MB/s (one doc per call) | aggregate MB/s |",
        "|---|---:|---:|---:|---:|",
    ]
    for path in paths:
        texts = [t for t in load_texts(path, limit) if t]
        attribute_quotes(texts[0])  # warm the compiled patterns and lexicons
        rates: list[float] = []
        total_mb = total_s = 0.0
        for text in texts:
            start = _clock[0]()
            attribute_quotes(text)
            elapsed = _clock[0]() - start
            rates.append(mb(text) / elapsed)
            total_mb += mb(text)
            total_s += elapsed
        doc_kb = statistics.median(mb(t) * 1000 for t in texts)
        rows.append(
            f"| `{Path(path).name}` | {len(texts)} | {doc_kb:.1f} | "
            f"{statistics.median(rates):.2f} | {total_mb / total_s:.2f} |"
        )
    return rows


def machine_line() -> str:
    """CPU model, core count and Python version, for the report header."""
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import os

    return f"{model}, {os.cpu_count()} logical CPUs, Python {platform.python_version()}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print a Markdown report; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl", nargs="*", help="JSONL files for the per-document median")
    parser.add_argument("--quick", action="store_true", help="small sizes and few repeats")
    parser.add_argument("--wall", action="store_true", help="time with the wall clock, not CPU time")
    args = parser.parse_args(argv)
    _clock[0] = CLOCKS["wall" if args.wall else "cpu"]
    sizes = QUICK_SIZES if args.quick else SIZES
    min_seconds = QUICK_MIN_SECONDS if args.quick else MIN_SECONDS
    texts = load_texts(GOLD)
    attribute_quotes(texts[0])  # warm-up: first call compiles patterns and loads lexicons
    started = time.perf_counter()
    clock = "wall time" if args.wall else "CPU time (time.process_time)"
    report = [f"Machine: {machine_line()}", f"Clock: {clock}", "", "### Throughput by size", ""]
    report += size_table(texts, sizes, min_seconds)
    report += ["", "### Peers", ""]
    report += peer_table(texts, min_seconds)
    paths = [str(GOLD), *args.jsonl]
    report += ["", "### One document per call", ""]
    report += jsonl_table(paths, QUICK_MAX_JSONL_DOCS if args.quick else MAX_JSONL_DOCS)
    report += ["", f"Total benchmark time: {time.perf_counter() - started:.0f} s"]
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
