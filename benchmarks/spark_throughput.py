"""Throughput of quoteattr on local Spark against one plain Python process.

Builds a corpus of about ``--mb`` megabytes (UTF-8) by cycling through the
documents of ``../shared/eval`` (PolNeAR news articles and PDNC novels) or,
when that folder is absent, through ``examples/sample_article.txt``; writes it
to Parquet; then times, on the same documents:

* ``attribute_quotes`` in a loop in this process;
* ``quoteattr.batch.attribute_many(workers=N)``, if that module exists;
* Spark ``local[N]``: read the Parquet file, :func:`quoteattr.spark.with_quotes`,
  write Parquet.  Session start-up and a small warm-up job (which starts the
  Python workers) are timed apart from the measured job.

Every method must find the same number of quotes, or the script fails.
Run: ``python benchmarks/spark_throughput.py [--mb 50] [--cores 2]`` after
``pip install ".[spark]"``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
#: Sources in the order they are cycled through: news first, then novels.
SHARED_FILES = ("polnear-train.jsonl", "polnear-dev.jsonl", "pdnc-shared.jsonl")


def source_documents() -> tuple[str, list[str]]:
    """The distinct documents to cycle through, and where they come from."""
    files = [SHARED_EVAL / name for name in SHARED_FILES if (SHARED_EVAL / name).exists()]
    if files:
        docs: list[str] = []
        for path in files:
            with path.open(encoding="utf-8") as lines:
                docs.extend(json.loads(line)["text"] for line in lines)
        return ", ".join(p.name for p in files), docs
    sample = ROOT / "examples" / "sample_article.txt"
    return sample.name + " (../shared/eval not found)", [sample.read_text(encoding="utf-8")]


def build_corpus(docs: list[str], megabytes: float) -> list[str]:
    """Cycle through *docs* until the corpus holds *megabytes* of UTF-8."""
    target = int(megabytes * 1_000_000)
    corpus: list[str] = []
    size = 0
    while size < target:
        for doc in docs:
            corpus.append(doc)
            size += len(doc.encode("utf-8"))
            if size >= target:
                break
    return corpus


def timed(run: Callable[[], int]) -> tuple[float, int]:
    """Seconds taken by *run* and the quote count it returns."""
    start = time.perf_counter()
    count = run()
    return time.perf_counter() - start, count


def single_process(corpus: list[str]) -> int:
    """Attribute every document in this process; return the number of quotes."""
    from quoteattr import attribute_quotes

    return sum(len(attribute_quotes(doc)) for doc in corpus)


def batch_runner(corpus: list[str], workers: int) -> Callable[[], int] | None:
    """``attribute_many`` over *corpus*, or None when quoteattr.batch does not exist."""
    try:
        batch = importlib.import_module("quoteattr.batch")
    except ModuleNotFoundError:
        return None

    def run() -> int:
        results: Iterator[Any] = batch.attribute_many(corpus, workers=workers)
        return sum(len(quotes) for quotes in results)

    return run


def write_parquet(corpus: list[str], path: Path, rows_per_group: int) -> None:
    """Write ``id``/``text`` rows, in row groups Spark can split between tasks."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({"id": pa.array(range(len(corpus)), pa.int64()), "text": pa.array(corpus, pa.string())})
    pq.write_table(table, path, row_group_size=rows_per_group)


def spark_session(cores: int) -> Any:
    """A quiet local session with ``local[cores]``."""
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master(f"local[{cores}]")
        .appName("quoteattr-throughput")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.memory", "2g")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.pyspark.python", sys.executable)
        # Split the input into a few tasks per core so that both cores stay busy
        # to the end even though novels are a hundred times longer than articles.
        .config("spark.sql.files.maxPartitionBytes", str(4 * 1024 * 1024))
        # Novels are long: keep Arrow batches small so a batch stays a few MB.
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "200")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    return session


def spark_job(session: Any, source: Path, target: Path) -> int:
    """Read *source*, add the quotes column, write *target*; return the number of quotes."""
    from pyspark.sql import functions as F

    from quoteattr.spark import with_quotes

    with_quotes(session.read.parquet(str(source))).write.mode("overwrite").parquet(str(target))
    counted = session.read.parquet(str(target)).agg(F.sum(F.size("quotes"))).first()
    return int(counted[0] or 0)


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print one line per method."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size in MB of UTF-8 (default 50)")
    parser.add_argument("--cores", type=int, default=2, help="Spark local cores and batch workers (default 2)")
    args = parser.parse_args(argv)
    try:
        import quoteattr
    except ModuleNotFoundError:
        # Run from a checkout that is not installed: measure the checkout.
        sys.path.insert(0, str(ROOT))
        import quoteattr
    # The Spark workers must import the quoteattr this process imports.
    package_root = str(Path(quoteattr.__file__).resolve().parents[1])
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH")) if p)

    origin, docs = source_documents()
    corpus = build_corpus(docs, args.mb)
    megabytes = sum(len(doc.encode("utf-8")) for doc in corpus) / 1e6
    print(f"corpus: {len(corpus)} documents, {megabytes:.1f} MB, from {origin}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(f"quoteattr from {package_root}")
    # Other processes competing for the cores change every figure below.
    print("load average at start: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))

    results: list[tuple[str, float, int]] = []
    seconds, quotes = timed(lambda: single_process(corpus))
    results.append(("attribute_quotes, 1 process", seconds, quotes))
    run_batch = batch_runner(corpus, args.cores)
    if run_batch is not None:
        seconds, count = timed(run_batch)
        results.append((f"attribute_many(workers={args.cores})", seconds, count))
    else:
        print("quoteattr.batch not found: attribute_many skipped")

    import pyspark

    with tempfile.TemporaryDirectory(prefix="quoteattr-spark-") as tmp:
        source, warm, target = Path(tmp, "in.parquet"), Path(tmp, "warm.parquet"), Path(tmp, "out.parquet")
        write_parquet(corpus, source, rows_per_group=max(1, len(corpus) // (8 * args.cores)))
        write_parquet(corpus[:50], warm, rows_per_group=50)
        began = time.perf_counter()
        session = spark_session(args.cores)
        startup = time.perf_counter() - began
        warmup, _ = timed(lambda: spark_job(session, warm, Path(tmp, "warm-out.parquet")))
        seconds, count = timed(lambda: spark_job(session, source, target))
        results.append((f"Spark {pyspark.__version__} local[{args.cores}], Parquet in/out", seconds, count))
        session.stop()
    print(f"Spark session start-up {startup:.1f} s and warm-up job {warmup:.1f} s, not included below")
    print("load average at end: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))

    print(f"{'method':<45} {'seconds':>8} {'MB/s':>6} {'quotes':>8}")
    for name, seconds, count in results:
        print(f"{name:<45} {seconds:8.1f} {megabytes / seconds:6.2f} {count:8d}")
    counts = {count for _, _, count in results}
    if len(counts) != 1:
        print(f"error: the methods disagree on the number of quotes: {sorted(counts)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
