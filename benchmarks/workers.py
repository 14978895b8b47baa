"""Batch throughput of :func:`quoteattr.attribute_many` with 1 worker and with 2.

Usage::

    python benchmarks/workers.py [--mb 50] [--workers 1 2] [--chunksize 16]

A JSONL file of about ``--mb`` MB (10**6 bytes) is written to a temporary
directory from the PolNeAR training articles (``../shared/eval``, when it is
next to the repository) or else the bundled gold documents, repeated with
fresh ids.  Each run streams it line by line through ``attribute_many`` the
way ``quoteattr --jsonl`` does and reports wall time, MB/s, documents/s and
the speedup over the first worker count.  With the default 50 MB a run takes
about two minutes on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

from quoteattr import attribute_many  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval" / "polnear-train.jsonl"
GOLD = ROOT / "benchmarks" / "data" / "gold.jsonl"


def source_texts() -> tuple[list[str], str]:
    """Texts to repeat, and where they come from."""
    path = SHARED if SHARED.exists() else GOLD
    with path.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    return texts, path.name


def write_corpus(path: Path, texts: list[str], target_bytes: int) -> tuple[int, int]:
    """Write ``{"id", "text"}`` lines until *target_bytes*; return (documents, bytes)."""
    written = docs = 0
    with path.open("w", encoding="utf-8") as out:
        while written < target_bytes:
            for text in texts:
                line = json.dumps({"id": f"d{docs}", "text": text}, ensure_ascii=False) + "\n"
                out.write(line)
                written += len(line.encode("utf-8"))
                docs += 1
                if written >= target_bytes:
                    break
    return docs, written


def read_pairs(path: Path) -> Iterator[tuple[str, str]]:
    """Stream ``(id, text)`` pairs from the corpus, one line at a time."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            yield obj["id"], obj["text"]


def run(path: Path, workers: int, chunksize: int) -> tuple[float, int, int]:
    """Attribute the whole corpus; return (seconds, documents, quotes)."""
    start = time.perf_counter()
    docs = quotes = 0
    for _id, found in attribute_many(read_pairs(path), workers=workers, chunksize=chunksize):
        docs += 1
        quotes += len(found)
    return time.perf_counter() - start, docs, quotes


def main(argv: list[str] | None = None) -> int:
    """Build the corpus, time each worker count and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to time")
    parser.add_argument("--chunksize", type=int, default=16, help="documents per task (default 16)")
    args = parser.parse_args(argv)
    texts, source = source_texts()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        docs, size = write_corpus(corpus, texts, int(args.mb * 1_000_000))
        print(
            f"Corpus: {size / 1e6:.1f} MB, {docs:,} documents from `{source}`; "
            f"chunksize {args.chunksize}; os.cpu_count() = {os.cpu_count()}.\n"
        )
        print("| workers | seconds | MB/s | docs/s | quotes | speedup |")
        print("|---:|---:|---:|---:|---:|---:|")
        baseline = None
        for workers in args.workers:
            seconds, n_docs, n_quotes = run(corpus, workers, args.chunksize)
            baseline = baseline or seconds
            print(
                f"| {workers} | {seconds:.1f} | {size / 1e6 / seconds:.2f} | {n_docs / seconds:,.0f} "
                f"| {n_quotes:,} | {baseline / seconds:.2f}x |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
