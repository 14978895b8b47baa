"""Worst-case time (and memory) of :func:`quoteattr.attribute_quotes` on hostile input.

Usage::

    python benchmarks/adversarial.py [--quick]     # time: 100 K and 1 M characters
    python benchmarks/adversarial.py --memory      # peak memory at 10 MB (issue 19 rows, news)
    python benchmarks/adversarial.py --indirect    # the same with attribute_quotes(text, indirect=True)
    python benchmarks/adversarial.py --memory --indirect   # peak memory with reported speech too

Every hostile input is built at 100 K and 1 M characters and timed in CPU
time (:func:`time.process_time`: the machine is shared, and wall time counts
the other jobs), the fastest of a few runs.  Two ratios are checked:

* **growth**: time at 1 M / time at 100 K, scaled to an exact 10x step.
  Linear work gives about 10; the limit is 12 (a quadratic step shows up as
  ~100).  It is measured twice: as a user sees it, and with Python's cyclic
  garbage collector switched off during the call (after a full collection
  before each run, so no run pays for the previous one's garbage).  The
  collector's full passes over a heap of a million result objects cost more
  per object than over a small heap, which alone lifts the ratio to 12-16 on
  inputs with many quotes; the collector-off column shows the algorithm's
  own growth, and the limit applies to it.
* **vs news**: seconds per character at 1 M over the same for ordinary news
  text (collector on), timed right before the row (the machine's speed
  drifts over a run).  The limit is 10, and 20 for the rows of issue 19
  (marked ``[issue 19]``), as that issue asks.

``split_sentences`` is timed on one input too (a flood of periods), as it
splits whole paragraphs while the attribution only splits short windows.

With ``--memory``, the rows of issue 19 and news are built at 10 MB (or
``--memory-size``) and run once under :mod:`tracemalloc`: the peak traced
memory per MB of input (limit 10), and the memory the returned quotes alone
still hold (``kept``), with the bytes each quote holds.  On quote-dense rows
the result alone passes the limit: the table says so rather than hiding it.

The news text is the first 100 K characters of the PolNeAR training articles
when ``../shared/eval`` is next to the repository, else the bundled sample
article, repeated to size; hostile inputs derived from news (CRLF, NFD, ...)
transform that same text.  The output is a Markdown table; the exit status is
1 when a limit is exceeded.  A run takes about four minutes on a 2-core
machine (``--quick`` times 10 K and 100 K instead); ``--memory`` about two.
"""

from __future__ import annotations

import argparse
import functools
import gc
import itertools
import json
import string
import sys
import time
import tracemalloc
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

from quoteattr import attribute_quotes  # noqa: E402
from quoteattr.text.segment import split_sentences  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval" / "polnear-train.jsonl"
SAMPLE = ROOT / "examples" / "sample_article.txt"

#: t(1 M) / t(100 K), collector off; linear work gives about 10.
GROWTH_LIMIT = 12.0
#: Characters of news text that every news-derived input repeats.
NEWS_UNIT = 100_000
#: Time per character over news text's, at the large size; issue 19's rows have their own.
VS_NEWS_LIMIT = 10.0
ISSUE_VS_NEWS_LIMIT = 20.0
#: Peak traced memory over the input's UTF-8 size (``--memory``).
MEMORY_LIMIT = 10.0


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
        "dialogue of new names also written lowercase": lambda size: lowercase_names(size),
        "dash dialogue turns": lambda size: repeat_to(
            "\u2014 Yes, he said. \u2014 Not today.\n\n\u2014 Why not? asked Tom.\n\n", size
        ),
        "dash paragraph of comma breaks": lambda size: "\u2014 A" + repeat_to(", he Mr. went ", size),
        "dash tags in one paragraph": lambda size: repeat_to("\u2014 A, he said. ", size),
        "single-quote dialogue with titles": lambda size: repeat_to(
            "\u2018Yes,\u2019 said Tom.\n\n\u2018No,\u2019 said Ann. She read \u201cThe Times\u201d.\n\n", size
        ),
        # A pronoun tag only a title in the narration before it names
        # (CAST_SUBJECT_DESCRIPTION), again and again in one paragraph: the search
        # for that title ran from the paragraph's start and was quadratic.
        "pronoun tags after a title, one paragraph": lambda size: TITLED_DIALOGUE_HEAD
        + repeat_to('The Captain lifted the can. "Good oil," said he. ', size),
        # "said the man" answering a turn in one endless run of quote paragraphs, the man
        # named in each: the check for his tagged turn in the run walked back over the
        # whole run for every tag and was quadratic.
        "said the man, one long run of turns": lambda size: TITLED_DIALOGUE_HEAD
        + '"Cold," said Tobias Tesk.\n\n'
        + repeat_to('"Yes," said the man. Tobias Tesk nodded.\n\n"No," said the woman.\n\n', size),
        # Reported speech (read with --indirect; issue 16): every few words a cue and a
        # that-clause, in one endless sentence, in short sentences, and in a paragraph
        # of nested reports. The first two were lost when issue 16's branch was merged.
        "cue verbs and that-clauses, one sentence": lambda size: repeat_to(
            "officials said that the mayor told reporters that aides warned that Roe, who claims that ", size
        ),
        "cue verbs and that-clauses, sentences": lambda size: repeat_to(
            "Roe said that Lund had claimed the pier was safe, according to aides. "
            'The plan, she said, failed. "No," Lund said, adding that it held. ',
            size,
        ),
        "cue verbs and that-clauses": lambda size: repeat_to(CUE_CLAUSES, size),
        # A time word as a cue's subject is a surname only if the document names someone
        # with it: searched in the whole document per cue, this was quadratic.
        "time word as every cue's subject": lambda size: repeat_to("Day said the fares would rise. ", size),
    }


#: Women who speak by name, and a captain named once: a later ``he`` can only be the Captain.
TITLED_DIALOGUE_HEAD = "Captain Ivo Kowal kept the light. Mrs. Orla Fenwick came up.\n\n" + (
    '"Early," said Mrs. Fenwick.\n\n"Late," said Miss Hale.\n\n' * 30
)

#: A paragraph where every sentence reports speech: cue verbs, that-clauses, one inside another.
CUE_CLAUSES = (
    "Officials said that the plan would work. She told reporters that the council had agreed "
    "that the budget would rise. Aides added that the mayor believed that costs could grow, "
    "according to a spokesman who said the talks would resume. The minister warned that "
    "critics argued that the scheme was unfair, and Mr. Varn insisted that it was not. "
    "They claimed the vote was close, he noted, and analysts predicted that it would pass.\n\n"
)


def numbered_pieces(size: int, piece: Callable[[str], str]) -> str:
    """*piece* of ``aaaa``, ``aaab``, ... joined until *size* characters, cut to exactly *size*."""
    pieces: list[str] = []
    total = 0
    for letters in itertools.product(string.ascii_lowercase, repeat=4):
        pieces.append(piece("".join(letters)))
        total += len(pieces[-1])
        if total >= size:
            break
    return "".join(pieces)[:size]


def shared_first_name(size: int) -> str:
    """A dialogue of thousands of different people all called Ann (Ann Qaaaa, Ann Qaaab, ...)."""
    return numbered_pieces(size, lambda letters: f'"Hi, Ann," said Ann Q{letters}.\n\n"No," said Ann.\n\n')


def lowercase_names(size: int) -> str:
    """A dialogue whose every tag names someone new, a word the text also writes lowercase.

    The cast holds no such name, so each is looked up after ``the`` in the
    whole text (``CAST_ARTICLE``): quadratic until the lookups were bounded.
    """
    return numbered_pieces(
        size, lambda letters: f'"Yes," said Q{letters}. The q{letters} and the q{letters} fell.\n\n'
    )


#: Inputs timed with :func:`split_sentences` instead of ``attribute_quotes``.
SENTENCE_CASES: dict[str, Callable[[int], str]] = {
    "split_sentences: period flood": lambda size: "." * size,
}

ISSUE_19 = "[issue 19] "


def whole_units(unit: Callable[[int], str], size: int) -> str:
    """``unit(0) + unit(1) + ...``, whole units only, up to *size* characters.

    A unit cut in half at one size and not at the other could take the
    engine down another path; the growth is scaled to the true lengths.
    """
    parts: list[str] = []
    total = 0
    for i in itertools.count():
        piece = unit(i)
        if parts and total + len(piece) > size:
            break
        parts.append(piece)
        total += len(piece)
    return "".join(parts)


def invented_name(i: int) -> str:
    """The *i*-th of an endless supply of different invented names (``Bab``, ``Bac``, ...)."""
    consonants, vowels = "bcdfgklmnprstvz", "aeiou"
    letters = []
    while True:
        i, c = divmod(i, len(consonants) * len(vowels))
        letters.append(consonants[c // len(vowels)] + vowels[c % len(vowels)])
        if i == 0:
            break
        i -= 1
    return ("".join(letters) + "n").capitalize()


def issue_cases() -> dict[str, Callable[[int], str]]:
    """The six inputs of issue 19's table, name -> builder."""

    def capitals(size: int) -> str:
        tail = '"Yes," the mayor said.\n\n' * 10
        return "A-" * max(1, (size - len(tail) - 1) // 2) + " " + tail

    def particles(size: int) -> str:
        turns = whole_units(lambda i: f'"Yes," said {invented_name(i % 40)}.\n\n"No," said Ann.\n\n', size // 2)
        return turns + "Ab " + "de " * max(1, (size - len(turns) - 5) // 3) + "x."

    def pairs(size: int) -> str:
        k = max(2, int((size / len('"Hello," said Xxxxx Yyyyy.\n\n')) ** 0.5) + 1)
        return whole_units(
            lambda i: f'"Hello," said {invented_name(i // k)} {invented_name(5_000 + i % k)}.\n\n', size
        )

    return {
        ISSUE_19 + "run of A- before ten description-tagged quotes": capitals,
        ISSUE_19 + "speech over paragraphs with transcript labels": lambda size: whole_units(
            lambda i: '"TOM: we go on\n\n"and on\n\n', size
        ),
        ISSUE_19 + "many people sharing one surname": lambda size: whole_units(
            lambda i: f'Mr. Q{invented_name(i).lower()} Lee arrived. "No," Mrs. Lee said.\n\n', size
        ),
        ISSUE_19 + "dialogue then a run of name particles": particles,
        ISSUE_19 + "dense description-tagged quotes": lambda size: whole_units(
            lambda i: '"Yes," the mayor said.' + ("\n\n" if i % 20 == 19 else " "), size
        ),
        ISSUE_19 + "every pair of k first names and k surnames": pairs,
    }


def cpu_time(run: Callable[[str], object], text: str, budget: float, collector: bool = True) -> float:
    """Fastest CPU time of repeated runs (at least one, at most five, for about *budget* seconds).

    A full collection runs before each run, outside the timing, so that no
    run pays for the garbage of the one before; with *collector* false the
    cyclic collector is off during the run.
    """
    best = float("inf")
    spent = 0.0
    runs = 0
    while runs == 0 or (spent < budget and runs < 5):
        gc.collect()
        if not collector:
            gc.disable()
        try:
            start = time.process_time()
            run(text)
            elapsed = time.process_time() - start
        finally:
            gc.enable()
        best = min(best, elapsed)
        spent += elapsed
        runs += 1
    return best


@dataclass
class Row:
    """One input's times at the two sizes, collector on and off."""

    name: str
    small_chars: int
    large_chars: int
    small: float
    large: float
    small_off: float
    large_off: float
    #: Seconds per character of news text at the large size, timed just before this row's.
    news_per_char: float

    def growth(self, collector: bool = True) -> float:
        """t(large) / t(small), scaled to an exact 10x step in characters."""
        small, large = (self.small, self.large) if collector else (self.small_off, self.large_off)
        return large / max(small, 1e-9) * (10 * self.small_chars / self.large_chars)

    def per_char(self) -> float:
        """Seconds per character at the large size, collector on."""
        return self.large / self.large_chars

    def vs_news(self) -> float:
        """Time per character over news text's, both at the large size, collector on."""
        return self.per_char() / self.news_per_char


def time_all(small: int, large: int, news: str, indirect: bool = False) -> list[Row]:
    """Time every case at the two sizes; news first (*indirect*: reported speech too)."""
    attribute: Callable[[str], object] = functools.partial(attribute_quotes, indirect=indirect)
    timed: list[tuple[str, Callable[[int], str], Callable[[str], object]]] = [
        (name, build, attribute) for name, build in {**build_cases(news), **issue_cases()}.items()
    ]
    timed += [(name, build, split_sentences) for name, build in SENTENCE_CASES.items()]
    rows: list[Row] = []
    news_text = timed[0][1](large)
    for name, build, fn in timed:
        small_text, large_text = build(small), build(large)
        # The machine is shared and its speed drifts over a run: each row is
        # compared with news text timed right before it.
        news_time = cpu_time(attribute, news_text, 1.0)
        row = Row(
            name,
            len(small_text),
            len(large_text),
            cpu_time(fn, small_text, 1.0),
            cpu_time(fn, large_text, 3.0),
            cpu_time(fn, small_text, 1.0, collector=False),
            cpu_time(fn, large_text, 3.0, collector=False),
            news_time / len(news_text),
        )
        rows.append(row)
        print(f"  {name}: {row.small:.3f} s, {row.large:.3f} s", file=sys.stderr, flush=True)
    return rows


def vs_news_limit(name: str) -> float:
    """The limit on time per character over news for the row *name*."""
    return ISSUE_VS_NEWS_LIMIT if name.startswith(ISSUE_19) else VS_NEWS_LIMIT


def print_time_table(rows: list[Row], small: int, large: int, label: str) -> bool:
    """Print the Markdown table; True when every row is within its limits."""
    news = rows[0]
    big = f"{large // 1000} K" if large < 1_000_000 else f"{large // 1_000_000} M"
    print(f"News text: {label}. Sizes in characters; CPU time, fastest of repeated runs.\n")
    print(
        f"| input | {small // 1000} K chars (s) | {big} chars (s) | growth | "
        f"growth, collector off (limit {GROWTH_LIMIT:g}) | vs news (limit {VS_NEWS_LIMIT:g}; "
        f"issue 19 rows {ISSUE_VS_NEWS_LIMIT:g}) |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    ok = True
    for row in rows:
        vs_news = row.vs_news()
        over = row.growth(collector=False) > GROWTH_LIMIT or vs_news > vs_news_limit(row.name)
        ok = ok and not over
        flag = " **over limit**" if over else ""
        print(
            f"| {row.name}{flag} | {row.small:.3f} | {row.large:.3f} | {row.growth():.1f} | "
            f"{row.growth(collector=False):.1f} | {vs_news:.2f} |"
        )
    slowest = max(rows[1:], key=lambda row: row.vs_news())
    print(
        f"\nSlowest hostile input at the large size: {slowest.name}, "
        f"{slowest.vs_news():.2f}x the news text per character "
        f"(news: {news.large:.3f} s for {news.large_chars:,} characters in its own row)."
    )
    return ok


def memory_table(size: int, news: str, indirect: bool = False) -> bool:
    """Peak and kept memory at *size* for news and the rows of issue 19; True when every peak is within the limit.

    With *indirect* the calls attribute reported speech too, and the row dense
    with cue verbs and that-clauses (issue 16) is measured as well.
    """
    built = build_cases(news)
    cases = {"news (baseline)": built["news (baseline)"], **issue_cases()}
    if indirect:
        cases["cue verbs and that-clauses"] = built["cue verbs and that-clauses"]
    print(f"Sizes: {size / 1e6:g} M characters; one call each under tracemalloc; MB is 10^6 bytes of UTF-8.\n")
    print(
        f"| input | MB | quotes | quotes per MB | peak MB per MB (limit {MEMORY_LIMIT:g}) "
        "| kept MB per MB | bytes kept per quote |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    ok = True
    for name, build in cases.items():
        text = build(size)
        megabytes = len(text.encode("utf-8", "surrogatepass")) / 1e6
        gc.collect()
        tracemalloc.start()
        try:
            quotes = attribute_quotes(text, indirect=indirect)
            kept, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        over = peak / 1e6 / megabytes > MEMORY_LIMIT
        ok = ok and not over
        print(
            f"| {name}{' **over limit**' if over else ''} | {megabytes:.1f} | {len(quotes)} "
            f"| {len(quotes) / megabytes:.0f} | {peak / 1e6 / megabytes:.1f} | {kept / 1e6 / megabytes:.1f} "
            f"| {kept / max(1, len(quotes)):.0f} |",
            flush=True,
        )
        del quotes
    return ok


def main(argv: list[str] | None = None) -> int:
    """Time every case (or trace the memory of some), print the Markdown table; 1 when a limit is exceeded."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10 K and 100 K instead of 100 K and 1 M")
    parser.add_argument("--memory", action="store_true", help="peak memory of the issue 19 rows and news instead of time")
    parser.add_argument("--indirect", action="store_true", help="attribute with indirect=True (reported speech too)")
    parser.add_argument("--memory-size", type=int, default=10_000_000, metavar="CHARS", help="input size for --memory")
    args = parser.parse_args(argv)
    news, label = news_source()
    started = time.perf_counter()
    if args.memory:
        if args.indirect:
            print("attribute_quotes(text, indirect=True) (reported speech too).\n")
        ok = memory_table(args.memory_size, news, args.indirect)
    else:
        small, large = (10_000, 100_000) if args.quick else (100_000, 1_000_000)
        if args.indirect:
            label += "; attribute_quotes(text, indirect=True) (reported speech too)"
        ok = print_time_table(time_all(small, large, news, args.indirect), small, large, label)
    print(f"Total run: {time.perf_counter() - started:.0f} s.")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
