"""Throughput and memory of :func:`quoteattr.attribute_quotes`.

Usage::

    python benchmarks/speed.py [--quick] [--wall] [--no-shared] [JSONL ...]

The report opens with the speed target of issue 6, measured on news text:
the first JSONL given, else ``../shared/eval/polnear-train.jsonl`` when that
file sits next to the repository (``--no-shared`` ignores it), else the
bundled gold set.  Every line with a target says PASS or FAIL:

* **median MB/s** over the documents, one document per call (target >= 10),
  the aggregate MB/s (total bytes / total time), and, for scale, the median
  with ``Config(resolve_names=False)``;
* **ratio to the regex pass**: quoteattr's time over one quotation-mark scan
  of the same documents, and the ratio to every installed peer on the first
  ``PEER_BYTES`` of the same documents (both one document per call);
* **peak memory per MB** (``tracemalloc``), as the median over single
  documents and for the documents joined into one 2 MB string (target < 10),
  the latter with ``indirect=True`` too;
* **reported speech**: the median MB/s with ``Config(indirect=True)``, as a
  share of the default run (target >= 70%, issue 16);
* **slope**: log-log slope of time against size for the news documents
  joined to 0.25, 0.5, 1 and 2 MB, one document per size (target <= 1.1);
* **import time** of ``quoteattr`` in a fresh interpreter, from
  ``python -X importtime`` (median of several runs, target < 100 ms).

The tables that follow measure (MB = 10**6 bytes of UTF-8):

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
* **per-document median**: for the bundled gold set, the news corpus and
  every other JSONL file given (lines with a ``"text"``), each document is
  one call and the median of the per-document MB/s is reported, with the
  aggregate MB/s (total bytes / total time).

Times are CPU time of this process (``time.process_time``): on an idle
machine it equals wall time, and on a shared one it is far less disturbed by
other jobs.  ``--wall`` measures wall time (``time.perf_counter``) instead.

Import time is always wall time: it is read from ``-X importtime``.

A default run takes about a minute on a 2-core machine; ``--quick`` stops
at 100 KB, times at most 200 news documents, joins them to at most 400 KB for
the slope and repeats less, for a smoke test.  The output is a Markdown
report ready to paste into ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
# The checkout's quoteattr, unless the installed one is asked for (the compiled
# build, measured by benchmarks/builds.py in another environment).
if os.environ.get("QUOTEATTR_BENCH_IMPORT") != "installed" and str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from quoteattr import Config, attribute_quotes  # noqa: E402

GOLD = ROOT / "benchmarks" / "data" / "gold.jsonl"

#: News corpus of the speed target, used when it sits next to the repository.
SHARED_NEWS = ROOT.parent / "shared" / "eval" / "polnear-train.jsonl"

#: The speed target of issue 6.
TARGET_MB_PER_S = 10.0
TARGET_PEAK_MB_PER_MB = 10.0
TARGET_IMPORT_MS = 100.0
TARGET_SLOPE = 1.1

#: Sizes the news documents are joined to for the slope (the largest also
#: gives the joined-document memory figure), full and ``--quick``.
SLOPE_SIZES = (250_000, 500_000, 1_000_000, 2_000_000)
QUICK_SLOPE_SIZES = (50_000, 100_000, 200_000, 400_000)

#: Fresh interpreters started to measure the import time (the median is kept).
IMPORT_RUNS = 5

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


def _mark_pass_many(docs: Sequence[str]) -> Callable[[], Any]:
    return lambda: sum(1 for doc in docs for _ in QUOTE_MARK_RE.finditer(doc))


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
    from builds import load_textacy

    return load_textacy()


#: A peer library: its name, what it does, and a function of one text (None when not installed).
Peer = tuple[str, str, Callable[[str], Any] | None]


def load_peers() -> list[Peer]:
    """The peer libraries, each loaded once (loading spaCy takes seconds)."""
    return [
        ("pysbd", "sentence segmentation only", _pysbd_runner()),
        ("textacy + spaCy sm", "direct quotations", _textacy_runner()),
    ]


def peer_table(texts: Sequence[str], peers: Sequence[Peer], min_seconds: float) -> list[str]:
    """Markdown rows comparing quoteattr with peer libraries on PEER_BYTES of text."""
    whole = "\n\n".join(build_corpus(texts, PEER_BYTES))
    size_mb = mb(whole)
    rows = [
        f"| library ({_size_label(PEER_BYTES)}, one document) | what it does | MB/s |",
        "|---|---|---:|",
        f"| quoteattr | quotes and speakers | {size_mb / best_time(_one_document(whole), min_seconds):.2f} |",
    ]
    for name, task, runner in peers:
        if runner is None:
            rows.append(f"| {name} | {task} | not installed |")
            continue
        seconds = best_time(lambda r=runner: r(whole), min_seconds)  # type: ignore[misc]
        rows.append(f"| {name} | {task} | {size_mb / seconds:.2f} |")
    return rows


@dataclass
class DocTimes:
    """Timings of a corpus passed one document per call, each document timed once."""

    sizes_mb: list[float]
    seconds: list[float]

    @property
    def median_rate(self) -> float:
        """Median over documents of the per-document MB/s."""
        pairs = zip(self.sizes_mb, self.seconds, strict=True)
        return statistics.median(size / seconds for size, seconds in pairs)

    @property
    def aggregate_rate(self) -> float:
        """Total MB over total seconds."""
        return sum(self.sizes_mb) / sum(self.seconds)

    @property
    def median_kb(self) -> float:
        """Median document size in KB."""
        return statistics.median(self.sizes_mb) * 1000


def time_documents(texts: Sequence[str], config: Config | None = None) -> DocTimes:
    """Time one :func:`attribute_quotes` call per document of *texts* (with *config*)."""
    attribute_quotes(texts[0], config)  # warm the compiled patterns and lexicons
    sizes: list[float] = []
    seconds: list[float] = []
    for text in texts:
        start = _clock[0]()
        attribute_quotes(text, config)
        elapsed = _clock[0]() - start
        sizes.append(mb(text))
        seconds.append(max(elapsed, 1e-9))  # a clock tick coarser than the call
    return DocTimes(sizes, seconds)


def jsonl_table(corpora: Sequence[tuple[str, DocTimes]]) -> list[str]:
    """Markdown rows of the per-document median MB/s for every (name, timings) pair."""
    rows = [
        "| corpus | docs | median doc KB | median MB/s (one doc per call) | aggregate MB/s |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, times in corpora:
        rows.append(
            f"| `{name}` | {len(times.seconds)} | {times.median_kb:.1f} | "
            f"{times.median_rate:.2f} | {times.aggregate_rate:.2f} |"
        )
    return rows


def document_peaks(texts: Sequence[str]) -> list[float]:
    """Peak traced MB per MB of input of each document of *texts*, one call each.

    Each document is measured like the joined text (:func:`peak_memory`: a
    garbage collection, then tracing of that call only), so the figures compare.
    """
    return [peak_memory(_one_document(text)) / 1e6 / mb(text) for text in texts]


def import_milliseconds(runs: int = IMPORT_RUNS, cwd: Path = ROOT) -> float:
    """Median cumulative time of ``import quoteattr`` in fresh interpreters, in ms.

    Read from ``python -X importtime`` (wall time, in microseconds), with *cwd*
    as the working directory: the checkout, so that its ``quoteattr`` is
    imported, or another directory for the installed one.
    """
    times: list[float] = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import quoteattr"],
            cwd=cwd,
            capture_output=True,
            text=True,
            check=True,
        )
        for line in done.stderr.splitlines():
            fields = line.split("|")
            if len(fields) == 3 and fields[2].strip() == "quoteattr":
                times.append(int(fields[1]) / 1000)
                break
        else:
            raise RuntimeError(f"no quoteattr line in -X importtime output:\n{done.stderr}")
    return statistics.median(times)


def _verdict(met: bool) -> str:
    return "PASS" if met else "FAIL"


def target_section(
    texts: Sequence[str],
    times: DocTimes,
    peers: Sequence[Peer],
    slope_sizes: Sequence[int],
    min_seconds: float,
) -> list[str]:
    """Markdown table of the issue-6 target on the news documents *texts* (timed in *times*)."""
    rows = [
        "| measure | value | target | verdict |",
        "|---|---:|---|---|",
    ]
    failed: list[str] = []

    def judged(short: str, measure: str, value: str, target: str, met: bool) -> None:
        rows.append(f"| {measure} | {value} | {target} | {_verdict(met)} |")
        if not met:
            failed.append(short)

    median = times.median_rate
    judged(
        "median MB/s",
        f"median MB/s, one document per call ({len(times.seconds)} docs)",
        f"{median:.2f}",
        f">= {TARGET_MB_PER_S:g} MB/s",
        median >= TARGET_MB_PER_S,
    )
    aggregate = times.aggregate_rate
    rows.append(f"| aggregate MB/s (total bytes / total time) | {aggregate:.2f} | for scale | - |")
    unresolved = time_documents(texts, Config(resolve_names=False)).median_rate
    rows.append(
        f"| without name resolution (`Config(resolve_names=False)`): median MB/s | {unresolved:.2f} | for scale | - |"
    )

    reported = time_documents(texts, Config(indirect=True)).median_rate
    judged(
        "reported speech",
        "with reported speech (`Config(indirect=True)`): median MB/s (share of the default run)",
        f"{reported:.2f} ({reported / median:.0%})",
        ">= 70% of the default run (issue 16)",
        reported >= 0.7 * median,
    )

    marks = best_time(_mark_pass_many(texts), min_seconds)
    rows.append(
        f"| quoteattr time / one regex quotation-mark pass (same docs) | "
        f"{sum(times.seconds) / marks:.0f}x | for scale | - |"
    )
    sample = build_corpus(texts, PEER_BYTES)
    sample_label = f"first {_size_label(PEER_BYTES)}"
    ours = best_time(_many_documents(sample), min_seconds)
    for name, _, runner in peers:
        measure = f"quoteattr time / {name} time ({sample_label}, one doc per call)"
        if runner is None:
            rows.append(f"| {measure} | not installed | for scale | - |")
            continue
        theirs = best_time(lambda r=runner: [r(doc) for doc in sample], min_seconds)  # type: ignore[misc]
        rows.append(f"| {measure} | {ours / theirs:.2f}x | for scale | - |")
    print("  target: throughput and ratios done", file=sys.stderr)

    single = statistics.median(document_peaks(texts))
    judged(
        "memory of single documents",
        "peak MB per MB of input, median over single documents",
        f"{single:.1f}",
        f"< {TARGET_PEAK_MB_PER_MB:g}",
        single < TARGET_PEAK_MB_PER_MB,
    )
    points: list[tuple[float, float]] = []
    whole = ""
    for size in slope_sizes:
        whole = "\n\n".join(build_corpus(texts, size))
        points.append((mb(whole), best_time(_one_document(whole), min_seconds)))
    joined = peak_memory(_one_document(whole)) / 1e6 / mb(whole)
    judged(
        "memory of joined documents",
        f"peak MB per MB of input, documents joined into one ({_size_label(slope_sizes[-1])})",
        f"{joined:.1f}",
        f"< {TARGET_PEAK_MB_PER_MB:g}",
        joined < TARGET_PEAK_MB_PER_MB,
    )
    joined_reported = peak_memory(lambda: attribute_quotes(whole, indirect=True)) / 1e6 / mb(whole)
    judged(
        "memory with reported speech",
        f"peak MB per MB of input with `indirect=True`, documents joined into one ({_size_label(slope_sizes[-1])})",
        f"{joined_reported:.1f}",
        f"< {TARGET_PEAK_MB_PER_MB:g}",
        joined_reported < TARGET_PEAK_MB_PER_MB,
    )
    slope = log_log_slope(points)
    judged(
        "slope",
        f"log-log slope of time against size, one document of "
        f"{', '.join(_size_label(size) for size in slope_sizes)}",
        f"{slope:.2f}",
        f"<= {TARGET_SLOPE:g} (1.00 is linear)",
        slope <= TARGET_SLOPE,
    )
    print("  target: memory and slope done", file=sys.stderr)

    import_ms = import_milliseconds()
    judged(
        "import time",
        f"import time of `quoteattr`, ms (median of {IMPORT_RUNS} fresh interpreters)",
        f"{import_ms:.1f}",
        f"< {TARGET_IMPORT_MS:g} ms",
        import_ms < TARGET_IMPORT_MS,
    )
    rows.append("")
    rows.append("Target met." if not failed else "Target not met: " + ", ".join(failed) + ".")
    return rows


#: The targets of issue 20, judged in the builds table.
TARGET_WORD_RATIO = 2.5
TARGET_INDIRECT_SHARE = 0.70
TARGET_BUILDS_SLOPE = 1.05

#: The script that measures one build (or the peer) in its own interpreter.
BUILDS_SCRIPT = ROOT / "benchmarks" / "builds.py"


def _measure_in(python: str, args: Sequence[str], installed: bool) -> dict[str, Any] | str:
    """The JSON that ``builds.py`` prints when run by *python*, or why it failed."""
    env = dict(os.environ)
    env.pop("QUOTEATTR_BENCH_IMPORT", None)
    if installed:
        env["QUOTEATTR_BENCH_IMPORT"] = "installed"
    try:
        done = subprocess.run(
            [python, str(BUILDS_SCRIPT), *args], capture_output=True, text=True, env=env, check=False
        )
    except OSError as error:
        return str(error)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        return lines[-1] if lines else f"exit status {done.returncode}"
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def build_compiled() -> str:
    """A new environment with the compiled build of this checkout; its Python (about a minute)."""
    venv = Path(tempfile.mkdtemp(prefix="quoteattr-compiled-")) / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    env = dict(os.environ, QUOTEATTR_COMPILE="1")
    subprocess.run([python, "-m", "pip", "install", "--quiet", str(ROOT)], check=True, env=env)
    return python


def _cell(value: float | None, fmt: str, met: bool | None = None) -> str:
    if value is None:
        return "-"
    text = format(value, fmt)
    return text if met is None else f"{text} {_verdict(met)}"


def builds_table(
    pure: dict[str, Any] | str, compiled: dict[str, Any] | str, peer: dict[str, Any] | str
) -> list[str]:
    """Markdown rows of the issue-20 measures, pure Python, compiled and the peer side by side."""
    columns = [pure, compiled]

    def get(result: dict[str, Any] | str, key: str) -> float | None:
        return result.get(key) if isinstance(result, dict) else None

    def row(measure: str, target: str, key: str, fmt: str, judge: Callable[[float], bool] | None = None) -> str:
        cells = []
        for result in columns:
            value = get(result, key)
            cells.append(_cell(value, fmt, None if judge is None or value is None else judge(value)))
        peer_value = get(peer, key) if key.startswith("sample") else None
        return f"| {measure} | {target} | {' | '.join(cells)} | {_cell(peer_value, fmt)} |"

    def status(result: dict[str, Any] | str, what: str) -> str:
        if isinstance(result, str):
            return f"not measured ({result})"
        return result.get("build", what) if what != "peer" else ("installed" if result.get("installed") else "not installed")

    rows = [
        "| measure | target | pure Python | compiled (mypyc) | textacy + spaCy sm |",
        "|---|---|---:|---:|---:|",
        f"| build that ran | - | {status(pure, 'pure')} | {status(compiled, 'compiled')} | {status(peer, 'peer')} |",
        row("median MB/s, news, one document per call", "compiled >= 10", "median", ".2f",
            lambda v: v >= TARGET_MB_PER_S),
        row("aggregate MB/s, news (total bytes / total time)", "for scale", "aggregate", ".2f"),
        row(f"median MB/s, first {_size_label(PEER_BYTES)} of news (the peer's sample)", "for scale",
            "sample_median", ".2f"),
        row("time / one regex word pass (`\\w+|[^\\w\\s]`) over the same documents", "compiled <= 2.5x",
            "word_ratio", ".1f", lambda v: v <= TARGET_WORD_RATIO),
        row("`indirect=True` median MB/s / without it", "pure >= 0.70", "indirect", ".2f",
            lambda v: v >= TARGET_INDIRECT_SHARE),
        row("log-log slope, news joined to one document", "<= 1.05", "slope", ".2f",
            lambda v: v <= TARGET_BUILDS_SLOPE),
        row("peak MB per MB of input, median over single documents", "< 10", "single_peak", ".1f",
            lambda v: v < TARGET_PEAK_MB_PER_MB),
        row("peak MB per MB of input, documents joined into one", "< 10", "joined_peak", ".1f",
            lambda v: v < TARGET_PEAK_MB_PER_MB),
        row("import time of `quoteattr`, ms", "< 100", "import_ms", ".1f", lambda v: v < TARGET_IMPORT_MS),
        row("`attribute_many`, 1 worker, MB/s (wall)", "for scale", "workers1", ".2f"),
        row("`attribute_many`, `workers=2`, MB/s (wall)", "for scale", "workers2", ".2f"),
    ]
    pure_median, compiled_median = get(pure, "median"), get(compiled, "median")
    if pure_median and compiled_median:
        rows += ["", f"Compiled / pure Python, median MB/s on news: {compiled_median / pure_median:.2f}x."]
    if isinstance(pure, dict) and pure.get("indirect") is None:
        rows += ["", "This build has no `indirect` option (reported speech): that row is not measured."]
    return rows


def builds_section(
    news: Sequence[str], news_path: Path, limit: int, quick: bool, compiled: str | None, peer_python: str
) -> list[str]:
    """Measure the pure checkout, the compiled build (*compiled*: its Python) and the peer, one after another."""
    with tempfile.TemporaryDirectory() as scratch:
        sample = Path(scratch) / "sample.jsonl"
        with sample.open("w", encoding="utf-8") as fh:
            for doc in build_corpus(news, PEER_BYTES):
                fh.write(json.dumps({"text": doc}) + "\n")
        args = ["--news", str(news_path), "--sample", str(sample), "--limit", str(limit)]
        args += ["--quick"] if quick else []
        pure = _measure_in(sys.executable, args, installed=False)
        print("  builds: pure Python done", file=sys.stderr)
        built: dict[str, Any] | str = "no compiled build given (--compiled PYTHON or --build-compiled)"
        if compiled:
            built = _measure_in(compiled, args, installed=True)
            print("  builds: compiled done", file=sys.stderr)
        peer = _measure_in(peer_python, ["--peer", "textacy", "--sample", str(sample)], installed=False)
        print("  builds: peer done", file=sys.stderr)
    return builds_table(pure, built, peer)


def news_corpus(jsonl: Sequence[str], no_shared: bool) -> tuple[Path, str]:
    """The news corpus of the target section and why it was chosen."""
    if jsonl:
        return Path(jsonl[0]), "first JSONL argument"
    if no_shared:
        return GOLD, "bundled gold set; --no-shared given"
    if SHARED_NEWS.is_file():
        return SHARED_NEWS, "found next to the repository"
    return GOLD, f"bundled gold set; {_shown(SHARED_NEWS)} not found"


def _shown(path: Path) -> str:
    """*path* relative to the repository root when that is shorter."""
    relative = os.path.relpath(path.resolve(), ROOT)
    return relative if len(relative) < len(str(path)) else str(path)


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
    parser.add_argument(
        "jsonl",
        nargs="*",
        help="JSONL files for the per-document median; the first is the news corpus of the target",
    )
    parser.add_argument("--quick", action="store_true", help="small sizes and few repeats")
    parser.add_argument("--wall", action="store_true", help="wall clock instead of CPU time")
    parser.add_argument(
        "--no-shared",
        action="store_true",
        help=f"do not use {_shown(SHARED_NEWS)} even when it exists",
    )
    parser.add_argument(
        "--compiled",
        metavar="PYTHON",
        help="the Python of an environment with the compiled build (QUOTEATTR_COMPILE=1 pip install .)",
    )
    parser.add_argument(
        "--build-compiled",
        action="store_true",
        help="build the compiled build of this checkout into a new environment first (about a minute)",
    )
    parser.add_argument(
        "--peer-python",
        metavar="PYTHON",
        default=sys.executable,
        help="the Python that has textacy and spaCy's small English model (default: this one)",
    )
    args = parser.parse_args(argv)
    compiled = args.compiled
    if args.build_compiled and not compiled:
        compiled = build_compiled()
    _clock[0] = CLOCKS["wall" if args.wall else "cpu"]
    sizes = QUICK_SIZES if args.quick else SIZES
    slope_sizes = QUICK_SLOPE_SIZES if args.quick else SLOPE_SIZES
    min_seconds = QUICK_MIN_SECONDS if args.quick else MIN_SECONDS
    limit = QUICK_MAX_JSONL_DOCS if args.quick else MAX_JSONL_DOCS
    texts = load_texts(GOLD)
    attribute_quotes(texts[0])  # warm-up: first call compiles patterns and loads lexicons
    started = time.perf_counter()
    clock = "wall time" if args.wall else "CPU time (time.process_time)"
    news_path, why = news_corpus(args.jsonl, args.no_shared)
    news = [t for t in load_texts(news_path, limit) if t]
    print(f"News corpus: {_shown(news_path)} ({why})", file=sys.stderr)
    measured: dict[Path, DocTimes] = {news_path.resolve(): time_documents(news)}
    peers = load_peers()
    report = [
        f"Machine: {machine_line()}",
        f"Clock: {clock}",
        f"News corpus: `{_shown(news_path)}` ({why}): {len(news)} documents, "
        f"{sum(mb(t) for t in news):.2f} MB",
        "",
        "### Target (issue 6)",
        "",
    ]
    report += target_section(news, measured[news_path.resolve()], peers, slope_sizes, min_seconds)
    report += ["", "### Builds side by side (issue 20)", ""]
    report += builds_section(news, news_path, limit, args.quick, compiled, args.peer_python)
    report += ["", "### Throughput by size", ""]
    report += size_table(texts, sizes, min_seconds)
    report += ["", "### Peers", ""]
    report += peer_table(texts, peers, min_seconds)
    corpora: list[tuple[str, DocTimes]] = []
    listed: set[Path] = set()
    for path in (GOLD, news_path, *(Path(p) for p in args.jsonl)):
        key = path.resolve()
        if key in listed:  # the news corpus is the gold set or the first argument
            continue
        listed.add(key)
        if key not in measured:
            measured[key] = time_documents([t for t in load_texts(path, limit) if t])
        corpora.append((path.name, measured[key]))
    report += ["", "### One document per call", ""]
    report += jsonl_table(corpora)
    report += ["", f"Total benchmark time: {time.perf_counter() - started:.0f} s"]
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
