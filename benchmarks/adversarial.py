"""Worst-case time of :func:`quoteattr.attribute_quotes` on hostile input.

Usage::

    python benchmarks/adversarial.py [--quick]

Every hostile input is built at 100 K and 1 M characters and timed (fastest
of a few runs).  Two ratios are checked:

* **growth**: time at 1 M / time at 100 K.  Linear work gives about 10; the
  limit is 12 (a quadratic step shows up as ~100).  It is measured twice:
  as a user sees it, and with Python's cyclic garbage collector switched off
  during the call.  The collector's full passes over a heap of a million
  result objects cost more per object than over a small heap, which alone
  lifts the ratio to 12-16 on inputs with many quotes; the collector-off
  column shows the algorithm's own growth, and the limit applies to it.
* **vs news**: time of the input at 1 M / time of 1 M characters of ordinary
  news text (collector on).  The limit is 10.

``split_sentences`` is timed on one input too (a flood of periods), as it
splits whole paragraphs while the attribution only splits short windows.

The news text is the first 100 K characters of the PolNeAR training articles
when ``../shared/eval`` is next to the repository, else the bundled sample
article, repeated to size; hostile inputs derived from news (CRLF, NFD, ...)
transform that same text.  The output is a Markdown
table; the exit status is 1 when a limit is exceeded.  A run takes about
three minutes on a 2-core machine (``--quick`` times 10 K and 100 K instead).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import string
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

from quoteattr import attribute_quotes  # noqa: E402
from quoteattr.text.segment import split_sentences  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval" / "polnear-train.jsonl"
SAMPLE = ROOT / "examples" / "sample_article.txt"

GROWTH_LIMIT = 12.0
#: Characters of news text that every news-derived input repeats.
NEWS_UNIT = 100_000
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
    """Name -> function building the input at a size in characters (for ``attribute_quotes``)."""
    # One fixed 100 K slice, repeated: the small and the large input then have
    # the same density of quotes and names, so growth measures the code alone.
    news_lf = news.replace("\r\n", "\n")[:NEWS_UNIT]

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
        "quotes in one paragraph of dialogue": lambda size: dialogue_head + repeat_to('"a" b ', size),
        "pronoun dialogue": lambda size: repeat_to('"Yes," he said.\n\n"No," she said.\n\n', size),
        "many names, one first name": lambda size: shared_first_name(size),
        "dash dialogue turns": lambda size: repeat_to(
            "\u2014 Yes, he said. \u2014 Not today.\n\n\u2014 Why not? asked Tom.\n\n", size
        ),
        "dash paragraph of comma breaks": lambda size: "\u2014 A" + repeat_to(", he Mr. went ", size),
        "dash tags in one paragraph": lambda size: repeat_to("\u2014 A, he said. ", size),
        "single-quote dialogue with titles": lambda size: repeat_to(
            "\u2018Yes,\u2019 said Tom.\n\n\u2018No,\u2019 said Ann. She read \u201cThe Times\u201d.\n\n", size
        ),
    }


def shared_first_name(size: int) -> str:
    """A dialogue of thousands of different people all called Ann (Ann Qaaaa, Ann Qaaab, ...)."""
    pieces: list[str] = []
    total = 0
    for letters in itertools.product(string.ascii_lowercase, repeat=4):
        piece = f'"Hi, Ann," said Ann Q{"".join(letters)}.\n\n"No," said Ann.\n\n'
        pieces.append(piece)
        total += len(piece)
        if total >= size:
            break
    return "".join(pieces)[:size]


#: Inputs timed with :func:`split_sentences` instead of ``attribute_quotes``.
SENTENCE_CASES: dict[str, Callable[[int], str]] = {
    "split_sentences: period flood": lambda size: "." * size,
}


def best_time(run: Callable[[str], object], text: str, budget: float, collector: bool = True) -> float:
    """Fastest of repeated runs, repeating until *budget* seconds have passed."""
    best = float("inf")
    spent = 0.0
    while spent < budget or best == float("inf"):
        gc.collect()
        if not collector:
            gc.disable()
        try:
            start = time.perf_counter()
            run(text)
            elapsed = time.perf_counter() - start
        finally:
            gc.enable()
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
    rows: list[tuple[str, float, float, float, float]] = []
    timed: list[tuple[str, Callable[[int], str], Callable[[str], object]]] = [
        (name, build, attribute_quotes) for name, build in cases.items()
    ]
    timed += [(name, build, split_sentences) for name, build in SENTENCE_CASES.items()]
    for name, build, fn in timed:
        small_text, large_text = build(small), build(large)
        t_small = best_time(fn, small_text, 1.0)
        t_large = best_time(fn, large_text, 2.0)
        t_small_off = best_time(fn, small_text, 1.0, collector=False)
        t_large_off = best_time(fn, large_text, 2.0, collector=False)
        rows.append((name, t_small, t_large, t_small_off, t_large_off))
        print(f"  {name}: {t_small:.3f} s, {t_large:.3f} s", file=sys.stderr, flush=True)
    news_large = rows[0][2]
    big = f"{large // 1000} K" if args.quick else "1 M"
    print(f"News text: {label}. Sizes in characters; times are the fastest of repeated runs.\n")
    print(
        f"| input | {small // 1000} K chars (s) | {big} chars (s) | growth | "
        f"growth, collector off (limit {GROWTH_LIMIT:g}) | vs news (limit {VS_NEWS_LIMIT:g}) |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    failed = False
    for name, t_small, t_large, t_small_off, t_large_off in rows:
        growth = t_large / t_small
        growth_off = t_large_off / t_small_off
        vs_news = t_large / news_large
        flag = ""
        if growth_off >= GROWTH_LIMIT or vs_news >= VS_NEWS_LIMIT:
            failed = True
            flag = " **over limit**"
        print(
            f"| {name}{flag} | {t_small:.3f} | {t_large:.3f} | {growth:.1f} | {growth_off:.1f} | {vs_news:.2f} |"
        )
    slowest = max(rows[1:], key=lambda row: row[2])
    print(
        f"\nSlowest hostile input at the large size: {slowest[0]}, "
        f"{slowest[2] / news_large:.2f}x the news text. Total run: {time.perf_counter() - started:.0f} s."
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
