"""Worst-case time of :func:`quoteattr.attribute_quotes` on hostile input.

Usage::

    python benchmarks/adversarial.py [--quick]

Every hostile input is built at 100 K and 1 M characters and timed (fastest
of a few runs).  Two ratios are checked:

* **growth**: time at 1 M / time at 100 K.  Linear work gives about 10; the
  limit is 12 (a quadratic step shows up as ~100).
* **vs news**: time of the input at 1 M / time of 1 M characters of ordinary
  news text.  The limit is 10.

The news text is the PolNeAR training articles when ``../shared/eval`` is next
to the repository, else the bundled sample article; hostile inputs derived from
news (CRLF, NFD, ...) transform that same text.  The output is a Markdown
table; the exit status is 1 when a limit is exceeded.  A run takes about
three minutes on a 2-core machine (``--quick`` times 10 K and 100 K instead).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

from quoteattr import attribute_quotes  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval" / "polnear-train.jsonl"
SAMPLE = ROOT / "examples" / "sample_article.txt"

GROWTH_LIMIT = 12.0
VS_NEWS_LIMIT = 10.0


def news_source() -> tuple[str, str]:
    """Ordinary news text and a label saying where it came from."""
    if SHARED.exists():
        with SHARED.open(encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh if line.strip()]
        return "\n\n".join(texts), "PolNeAR-train articles"
    return SAMPLE.read_text(encoding="utf-8"), "examples/sample_article.txt"


def repeat_to(unit: str, size: int) -> str:
    """*unit* repeated and cut to *size* characters."""
    return (unit * (size // len(unit) + 1))[:size]


def every(text: str, step: int, insert: str) -> str:
    """Insert *insert* after every *step* characters of *text*."""
    return insert.join(text[i : i + step] for i in range(0, len(text), step))


def build_cases(news: str) -> dict[str, Callable[[int], str]]:
    """Name -> function building the input at a size in characters."""
    news_lf = news.replace("\r\n", "\n")

    def from_news(transform: Callable[[str], str]) -> Callable[[int], str]:
        return lambda size: repeat_to(transform(news_lf), size)

    dialogue_head = '"Yes," said Tom.\n\n"No," said Ann.\n\n' * 30
    return {
        "news (baseline)": from_news(lambda t: t),
        "CRLF line ends": from_news(lambda t: t.replace("\n", "\r\n")),
        "CR line ends": from_news(lambda t: t.replace("\n", "\r")),
        "lone surrogates": from_news(lambda t: every(t, 37, "\ud800")),
        "NUL and control chars": from_news(lambda t: every(t, 23, "\x00\x07\x1b\x1c")),
        "NFD accents": from_news(lambda t: unicodedata.normalize("NFD", t.replace("e", "\u00e9"))),
        "RTL text": from_news(lambda t: t.replace(" the ", " \u05d4\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 ")),
        "emoji": from_news(lambda t: t.replace(". ", ". \U0001f44d\U0001f3fd ").replace(", ", " \U0001f468\u200d\U0001f469\u200d\U0001f467, ")),
        "HTML markup": from_news(
            lambda t: "".join(
                f'<p class="body"><a href="https://example.com/?q=1&amp;r=2">{p}</a></p>\n'
                for p in t.split("\n\n")
            )
        ),
        "quotation-mark flood": lambda size: '"' * size,
        "curly-quote flood": lambda size: "\u201c" * size,
        "quotes in one paragraph": lambda size: repeat_to('"a" ', size),
        "unclosed quote per paragraph": lambda size: repeat_to('"never closed, he said\n\n', size),
        "no spaces or newlines": lambda size: repeat_to("abcdefghij", size),
        "no spaces, capitals and dots": lambda size: repeat_to('Abc.Def,"Ghi', size),
        "period flood": lambda size: "." * size,
        "periods around quotes": lambda size: repeat_to('"a" ' + "." * 396 + " ", size),
        "whitespace flood in a quote": lambda size: dialogue_head + '"Jane,' + " " * size + '"',
        "one repeated surname": lambda size: repeat_to('Ann Lee spoke. "Yes," said Lee. Mrs. Lee left. ', size),
        "dialogue turns": lambda size: repeat_to('"Yes," said Tom.\n\n"No."\n\n', size),
    }


def best_time(text: str, budget: float) -> float:
    """Fastest of repeated runs, repeating until *budget* seconds have passed."""
    best = float("inf")
    spent = 0.0
    while spent < budget or best == float("inf"):
        gc.collect()
        start = time.perf_counter()
        attribute_quotes(text)
        elapsed = time.perf_counter() - start
        best = min(best, elapsed)
        spent += elapsed
        if elapsed > budget:
            break
    return best


def main(argv: list[str] | None = None) -> int:
    """Time every case, print the Markdown table; 1 when a limit is exceeded."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10 K and 100 K instead of 100 K and 1 M")
    args = parser.parse_args(argv)
    small, large = (10_000, 100_000) if args.quick else (100_000, 1_000_000)
    news, label = news_source()
    cases = build_cases(news)
    started = time.perf_counter()
    rows: list[tuple[str, float, float]] = []
    for name, build in cases.items():
        t_small = best_time(build(small), 1.0)
        t_large = best_time(build(large), 3.0)
        rows.append((name, t_small, t_large))
        print(f"  {name}: {t_small:.3f} s, {t_large:.3f} s", file=sys.stderr, flush=True)
    news_large = rows[0][2]
    unit = "K" if args.quick else "M"
    print(f"News text: {label}. Sizes in characters; times are the fastest of repeated runs.\n")
    print(f"| input | {small // 1000} K chars (s) | {large // 1000 if args.quick else 1} {unit} chars (s) | growth (limit {GROWTH_LIMIT:g}) | vs news (limit {VS_NEWS_LIMIT:g}) |")
    print("|---|---:|---:|---:|---:|")
    failed = False
    for name, t_small, t_large in rows:
        growth = t_large / t_small
        vs_news = t_large / news_large
        flag = ""
        if growth >= GROWTH_LIMIT or vs_news >= VS_NEWS_LIMIT:
            failed = True
            flag = " **over limit**"
        print(f"| {name}{flag} | {t_small:.3f} | {t_large:.3f} | {growth:.1f} | {vs_news:.2f} |")
    slowest = max(rows[1:], key=lambda row: row[2])
    print(
        f"\nSlowest hostile input at the large size: {slowest[0]}, "
        f"{slowest[2] / news_large:.2f}x the news text. Total run: {time.perf_counter() - started:.0f} s."
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
