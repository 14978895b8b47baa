"""An independent set of hostile inputs for :func:`quoteattr.attribute_quotes` (issue 19).

Usage::

    python benchmarks/hostile.py             # 100 K and 1 M characters per family
    python benchmarks/hostile.py --quick     # 10 K and 100 K
    python benchmarks/hostile.py --only dash --only chapter   # families whose name holds a word
    python benchmarks/hostile.py --list      # the family names

Each family is a function from a size in characters to a text, written as an
attacker or an unlucky archive would: pathological punctuation, runs of
capitals, initials, titles and particles, nested and mismatched quotation
marks of every family, speeches left open over thousands of paragraphs,
transcripts, screenplays and dash dialogue, paragraphs with no sentence end,
floods of pronouns, cue verbs, that-clauses, appositives and possessives,
datelines, other scripts, combining marks, direction controls, zero-width and
control characters, every line separator, emoji, very long words, URLs, HTML,
Markdown, tables, CSV, headings and chapter titles.  The six rows of issue 19
are included and marked ``[issue 19]``; :mod:`benchmarks.adversarial` holds
another, older set, whose families are not repeated here.

Every family is measured at two sizes, each in a fresh subprocess:

* **time**: CPU time of one call, the fastest of a few (repeats stop after a
  couple of seconds), with Python's cyclic collector on (as a user sees it)
  and off;
* **growth**: t(large) / t(small), with the collector off (its full passes over
  a heap of a million result objects cost more per object than over a small
  heap, which alone lifts the ratio on inputs with many quotes; see
  ``benchmarks/adversarial.py``).  Linear work gives about 10; the limit is
  :data:`GROWTH_LIMIT`;
* **x news**: seconds per character at the large size over the same for
  ordinary news text (the first N characters of the PolNeAR training
  articles joined, when ``../shared/eval`` is next to the repository, else the
  bundled ``examples/sample_article.txt`` repeated); the limit is
  :data:`VS_NEWS_LIMIT`;
* **MB per MB**: peak memory traced by :mod:`tracemalloc` during one call at
  the large size, over the input's size in UTF-8; the limit is
  :data:`MEMORY_LIMIT` (not measured when the call is slower than
  :data:`MEMORY_SKIP` seconds, as tracing slows it several times).  The
  **kept** column is what the returned quotes alone hold at the end of the
  call, per MB of input: on quote-dense text the result itself can pass the
  limit, and the difference is the working memory;
* **offsets**: every quote, speaker and cue span must index the input exactly
  (``text[x.start:x.end] == x.text``), and the call must not raise.

A call that runs longer than :data:`CALL_CAP` seconds is stopped (its process
killed) and the row fails; when the small size already takes more than a
tenth of the cap, the large one is not tried.  So the script always ends.
The output is a Markdown table (progress goes to stderr); the exit status is 1
when any row fails, else 0.  At the ``--quick`` sizes a document of 10 K may
hold fewer quote-led paragraphs than the dialogue reading needs (40), so a
dialogue family can show a one-off step in growth there that the full sizes
do not.  A full run takes about 20 minutes on a shared 2-core machine (much
of it in the rows that reach the cap), ``--quick`` about five.  POSIX only
(the subprocess deadlines use :mod:`selectors` on pipes).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import selectors
import string
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

from adversarial import whole_units as fill  # noqa: E402  (whole units, so both sizes of a family match)

from quoteattr import Quote, attribute_quotes  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval" / "polnear-train.jsonl"
SAMPLE = ROOT / "examples" / "sample_article.txt"

#: t(large) / t(small) for a 10x size step, collector off; linear is ~10.
GROWTH_LIMIT = 12.0
#: Seconds per character over news text's, at the large size.
VS_NEWS_LIMIT = 20.0
#: Peak traced memory over the input's UTF-8 size, at the large size.
MEMORY_LIMIT = 10.0
#: Longest one call may run (seconds) before its process is killed and the row fails.
CALL_CAP = 60.0
#: Repeats of a timed call stop once this many seconds have been spent on it.
REPEAT_BUDGET = 2.0
#: A call slower than this (seconds) is not run again under tracemalloc.
MEMORY_SKIP = 10.0
#: Tracing slows a call several times; its deadline is this multiple of the cap.
MEMORY_CAP_FACTOR = 4.0

ISSUE = "[issue 19] "


# -- building inputs -----------------------------------------------------------------


def repeat_to(unit: str, size: int) -> str:
    """*unit* repeated as often as it fits in *size* characters (at least once)."""
    return unit * max(1, size // len(unit))


def word_name(i: int, letters: str = "bdfgklmnprstvz", vowels: str = "aeiou") -> str:
    """The *i*-th of an endless supply of distinct invented names (``Baba``, ``Babe``, ...)."""
    syllables = [c + v for c in letters for v in vowels]
    parts: list[str] = []
    n = i
    while True:
        parts.append(syllables[n % len(syllables)])
        n //= len(syllables)
        if n == 0:
            break
    while len(parts) < 2:
        parts.append(syllables[(i * 7 + len(parts)) % len(syllables)])
    return "".join(parts).capitalize()


_news_cache: dict[str, tuple[str, str]] = {}


def news_source() -> tuple[str, str]:
    """Ordinary news text and a label saying where it came from."""
    if "news" not in _news_cache:
        if SHARED.exists():
            with SHARED.open(encoding="utf-8") as fh:
                texts = [json.loads(line)["text"] for line in fh if line.strip()]
            _news_cache["news"] = ("\n\n".join(texts).replace("\r\n", "\n"), "PolNeAR-train articles")
        else:
            _news_cache["news"] = (SAMPLE.read_text(encoding="utf-8"), "examples/sample_article.txt")
    return _news_cache["news"]


def news(size: int) -> str:
    """The first *size* characters of the news text (repeated when it is shorter)."""
    text = news_source()[0]
    return (text * (size // len(text) + 1))[:size]


FIRST = "Ann Bob Cy Dee Eve Fay Gus Hal Ida Jo Kim Lou Max Ned Oda Pam Quin Rex Sue Ted".split()
LAST = "Lee Roe Ode Vale Hart Moss Penn Rusk Sand Tull Wren Yale Zorn Bain Cole Dunn".split()


def _issue_capitals(size: int) -> str:
    tail = '"Yes," the mayor said.\n\n' * 10
    return repeat_to("A-", max(0, size - len(tail) - 1)) + " " + tail


def _issue_transcript(size: int) -> str:
    return repeat_to('"TOM: we go on\n\n"and on\n\n', size)


def _issue_surname(size: int) -> str:
    return fill(lambda i: f'Mr. Q{word_name(i).lower()} Lee arrived. "No," Mrs. Lee said.\n\n', size)


def _issue_particles(size: int) -> str:
    head = fill(lambda i: f'"Yes," said {FIRST[i % 20]}.\n\n"No," said {FIRST[(i + 3) % 20]}.\n\n', size // 2)
    return head + "Ab " + repeat_to("de ", size - len(head) - 5) + "x."


def _issue_dense_descriptions(size: int) -> str:
    return fill(lambda i: '"Yes," the mayor said.' + ("\n\n" if i % 20 == 19 else " "), size)


def _issue_pairs(size: int) -> str:
    line_len = len('"Hello," said Xxxxxx Yyyyyy.\n\n')
    k = max(2, int((size / line_len) ** 0.5) + 1)

    def unit(i: int) -> str:
        first, last = word_name(i // k), word_name(10_000 + i % k)
        return f'"Hello," said {first} {last}.\n\n'

    return fill(unit, size)


def _protein(size: int) -> str:
    rng = random.Random(19)
    amino = "ACDEFGHIKLMNPQRSTVWY"

    def unit(i: int) -> str:
        seq = "".join(rng.choice(amino) for _ in range(300))
        return (
            f"The team reported the fragment {seq} in a new strain. "
            f'"It folds faster than we thought," the lead author said. '
            f'"We will test it," the senior researcher added.\n\n'
        )

    return fill(unit, size)


def _initials(size: int) -> str:
    def unit(i: int) -> str:
        run = " ".join(f"{string.ascii_uppercase[(i + j) % 26]}." for j in range(400))
        return f'{run} "Yes," said J. R. Cole. '

    return fill(unit, size)


def _titles(size: int) -> str:
    titles = "Mr. Mrs. Dr. Prof. Sen. Gen. Rev. Capt. Sir Lord Lady Dame Judge Mayor President Senator the Hon. the Rt. Hon."
    return fill(lambda i: f'{titles} {titles} {FIRST[i % 20]} {LAST[i % 16]} said, "Order." ', size)


def _hyphen_chain(size: int) -> str:
    chain = "-".join(LAST * 12)
    return fill(lambda i: f'Ann {chain}-{word_name(i)} said, "Yes." ', size)


def _all_caps(size: int) -> str:
    return fill(
        lambda i: "BREAKING MAYOR SAYS CITY WILL REBUILD WALL AFTER STORM HITS PORT OF "
        f'{word_name(i).upper()}\n\n"WE WILL REBUILD," THE MAYOR SAID.\n\n',
        size,
    )


def _title_case(size: int) -> str:
    return repeat_to(
        "The Mayor Of The Old Harbour Town Said That The Sea Wall Would Fall Before The Spring Storms "
        '"And We Will All Be Sorry," Said The Mayor Of The Town. ',
        size,
    )


def _nested_families(size: int) -> str:
    opens, closes = "“‘«‹„‚\"'", "”’»›“‘\"'"
    depth = 40
    return repeat_to(opens * depth + " deep, said Ann " + closes[::-1] * depth + " she said. ", size)


def _mixed_families(size: int) -> str:
    return repeat_to("“a” ‘b’ «c» „d“ ‹e› \"f\" 'g' ``h'' ＂i＂ 「j」 said Tom, ", size)


def _mismatched(size: int) -> str:
    return repeat_to('”Yes,“ said Tom. »No,« said Ann. ’Maybe,‘ said Bob. ""Both,"" said Sue.\n\n', size)


def _open_speech(size: int) -> str:
    head = "Ann Lee rose to speak.\n\n"
    return head + repeat_to("“And on we go, through the night and the day\n\n", size - len(head))


def _apostrophes(size: int) -> str:
    return repeat_to(
        "'Tis the boys' rock 'n' roll o' the mornin', 'ere 'e said 'no' to the lads' 'ouse, "
        "an' Ann's 'yes' was th' girls' '90s answer. ",
        size,
    )


def _latex(size: int) -> str:
    return repeat_to("``Yes,'' said Tom. `No,' said Ann. ``Well, `maybe','' said Bob.\n\n", size)


def _guillemets(size: int) -> str:
    return repeat_to("« Oui », dit Marie. „Ja“, sagte Hans. ‚Nein‘, sagte Eva. »Doch«, rief Tom.\n\n", size)


def _dash_dialogue(size: int) -> str:
    return repeat_to("— Yes, said Tom.\n— No, said Ann.\n-- Maybe, said Bob.\n― Never, she said.\n\n", size)


def _court_transcript(size: int) -> str:
    return repeat_to(
        "Q. Did you go to the harbour?\nA. Yes.\nMR. SMITH: Objection.\nTHE COURT: Overruled.\n"
        'Q. What did he say?\nA. He said, "Leave it."\nMS. O\'HARA-LEE: Nothing further.\n\n',
        size,
    )


def _screenplay(size: int) -> str:
    return repeat_to(
        "                         TOM\n               (quietly)\n          We go at dawn.\n\n"
        "                         ANN\n          \"Dawn,\" he says. Always dawn.\n\n"
        "INT. HARBOUR - NIGHT\n\n",
        size,
    )


def _play_script(size: int) -> str:
    return repeat_to("TOM. Yes, sir.\nANN. [Aside] \"No,\" she says.\nBOB. [To Tom] Go!\n\n", size)


def _chat_log(size: int) -> str:
    return fill(lambda i: f'[12:{i % 60:02d}] <{FIRST[i % 20].lower()}> "hi" she said lol\n', size)


def _email_thread(size: int) -> str:
    return fill(
        lambda i: f"{'> ' * (i % 12)}On Mon, {FIRST[i % 20]} {LAST[i % 16]} wrote:\n"
        f'{"> " * (i % 12 + 1)}"Yes," he said.\n',
        size,
    )


def _no_sentence_end(size: int) -> str:
    return repeat_to(
        'and then the mayor said the plan would fail and the council said "no way" and '
        "she told them that the wall would hold and he replied ",
        size,
    )


def _split_quote_chain(size: int) -> str:
    return repeat_to('"We go," he said, "and then," she added, "we stay," ', size)


def _pronoun_flood(size: int) -> str:
    return repeat_to('he she him her his hers himself herself they them he said she said "yes" ', size)


def _cue_flood(size: int) -> str:
    return repeat_to(
        'said told added says stated claimed asked replied noted argued warned "x" said told ', size
    )


def _that_chain(size: int) -> str:
    return fill(
        lambda i: " ".join(f"{FIRST[(i + j) % 20]} said that" for j in range(200))
        + ' the wall would fall. "Yes," he said.\n\n',
        size,
    )


def _according_chain(size: int) -> str:
    return fill(
        lambda i: ", ".join(f"according to {FIRST[(i + j) % 20]} {LAST[j % 16]}" for j in range(100))
        + ', "it fell," said Ann.\n\n',
        size,
    )


def _appositive_chain(size: int) -> str:
    roles = "the mayor, the chair of the board, the head of the party, the former minister, the deputy"
    return repeat_to(f'Ann Lee, {roles}, {roles}, {roles}, said, "Yes."\n\n', size)


def _possessive_chain(size: int) -> str:
    chain = "'s ".join(f"{LAST[j % 16]}" for j in range(60))
    return repeat_to(f"{chain}'s lawyer's aide said \"no\".\n\n", size)


def _datelines(size: int) -> str:
    lines = [
        "LONDON (Reuters) — ",
        "PARIS, Jan. 5 (AP) -- ",
        "NEW YORK/WASHINGTON, March 3 (Reuters) - ",
        "PORT ELLIN — ",
    ]
    return fill(lambda i: f'{lines[i % 4]}"Prices rose," {LAST[i % 16]} said.\n\n', size)


def _vocatives(size: int) -> str:
    names = ", ".join(f"{FIRST[j % 20]} {LAST[j % 16]}" for j in range(60))
    return repeat_to(f'"{names}, come here!" she said.\n\n"Oh, my dear {names}!"\n\n', size)


def _new_names(size: int) -> str:
    return fill(
        lambda i: f"{word_name(i)} {word_name(i + 50_000)} arrived. \"No,\" he said. 'Yes,' she said.\n\n",
        size,
    )


def _mixed_scripts(size: int) -> str:
    return repeat_to(
        "«Да», сказал Иван Петров. 「はい」と田中は言った。 \"Ναι,\" είπε ο Νίκος. "
        "“नहीं,” राम ने कहा। \"是的,\" 李明说。 „Tak”, powiedział Łukasz.\n\n",
        size,
    )


def _zalgo(size: int) -> str:
    marks = "\u0301\u0308\u0327\u0332\u0361"

    def z(word: str) -> str:
        return "".join(c + marks for c in word)

    return repeat_to(f'"{z("Yes")}," said {z("Jane")} {z("Roe")}. {z("Dr")}. {z("Lee")} {z("told")} her.\n\n', size)


def _rtl_controls(size: int) -> str:
    return repeat_to(
        '"\u202eYes\u202c," said \u202bJane\u202c \u200fRoe\u200f. «نعم»، قال أحمد. '
        "\u2067\"No,\"\u2069 said \u202eTom Lee\u202c.\n\n",
        size,
    )


def _zero_width(size: int) -> str:
    zw = "\u200b\u200c\u200d\u2060\ufeff"

    def z(word: str) -> str:
        return "".join(c + zw[i % 5] for i, c in enumerate(word))

    return repeat_to(f'"Yes," {z("said")} {z("Jane")} {z("Roe")}.\u200b\n\n"No," she {z("said")}.\n\n', size)


def _every_line_separator(size: int) -> str:
    seps = ["\r", "\n", "\r\n", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\r\r", "\n\r"]
    return fill(lambda i: f'"Yes," said Tom.{seps[i % 10]}"No," said Ann.{seps[(i + 5) % 10]}', size)


def _control_flood(size: int) -> str:
    controls = [chr(c) for c in range(0x20) if chr(c) not in "\n\r"] + [chr(c) for c in range(0x7F, 0xA0)]
    return fill(lambda i: f'"Yes,{controls[i % len(controls)]}" said{controls[(i + 7) % len(controls)]}Tom. ', size)


def _emoji(size: int) -> str:
    return repeat_to(
        '"👩🏽‍🚀🏳️‍🌈 1️⃣ 🇬🇧🇫🇷," said 👨‍👩‍👧‍👦. 🧑🏿‍🤝‍🧑🏻 "😀😀😀" 🙂 said Ann 🎉. ', size
    )


def _long_words(size: int) -> str:
    rng = random.Random(7)
    word = "".join(rng.choice(string.ascii_letters) for _ in range(3_000))
    return repeat_to(f'{word} "Yes," said {word[:1500]}. "No," {word.lower()} said.\n\n', size)


def _urls(size: int) -> str:
    return fill(
        lambda i: f'https://example.com/a?q="yes"&said=Tom&i={i} mailto:"Ann Lee"<ann.lee@example.com> '
        f'said "see www.example.org/"quote"/page" she said.\n',
        size,
    )


def _html_attributes(size: int) -> str:
    return repeat_to(
        '<div data-q="&quot;Yes,&quot; said Tom" title=\'"No," said Ann\'><a href="/x?a=1&b=2">'
        '&ldquo;Go,&rdquo; said <b>Bob</b>.</a><script>var s = "said \\"Tom\\"";</script></div>\n',
        size,
    )


def _markdown(size: int) -> str:
    return repeat_to(
        '# "Headline," said Tom\n\n> **"Yes,"** said _Ann Lee_.\n\n* "One," said Bob\n* "Two"\n\n'
        '```\nprint("said Tom")\n```\n\n[Ann](http://x "Title") said `"no"`.\n\n',
        size,
    )


def _tables(size: int) -> str:
    return fill(
        lambda i: f'| "Yes," | {FIRST[i % 20]} {LAST[i % 16]} | said | "{i}" |\n'
        + ("|---|---|---|---|\n" if i % 30 == 0 else ""),
        size,
    )


def _csv(size: int) -> str:
    return fill(lambda i: f'{i},"{LAST[i % 16]}, {FIRST[i % 20]}","""Yes,"" she said ""no"""\n', size)


def _repeated_headings(size: int) -> str:
    return repeat_to('## Update\n\nUPDATE: "Yes," said Tom.\n\nEDITOR\'S NOTE: \n\n### Update\n\n', size)


def _chapters(size: int) -> str:
    numerals = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XL XLII XC C".split()
    return fill(
        lambda i: f"CHAPTER {numerals[i % 19]}.\n\nIN WHICH {FIRST[i % 20].upper()} SPEAKS\n\n"
        f"BOOK {numerals[(i + 3) % 19]}\n\n“Yes,” said {FIRST[i % 20]}.\n\n“No.”\n\n",
        size,
    )


def _abbreviations(size: int) -> str:
    return repeat_to(
        "No. 5 at 3 p.m. in the U.S.A. (v. 2.0.1, e.g. i.e. etc.) St. Ann St. Lee Jr. Sr. "
        'Ph.D. 3.14.15.92 a.m. "Yes," said U.S. Sen. J.R.R. Lee Jr., Esq. ',
        size,
    )


def _ellipses(size: int) -> str:
    return repeat_to('"Well... I... um...." he said.... . . . … …… "No…" she said…\n\n', size)


def _brackets(size: int) -> str:
    return repeat_to('((([[[{{{ "Yes," said Tom (((Lee))) }}}]]]))) [sic] ("No") ', size)


def _odd_spaces(size: int) -> str:
    spaces = "\u00a0\u2009\u3000\u2002\u202f\u1680"
    return fill(lambda i: f'"Yes,"{spaces[i % 6]}said{spaces[(i + 1) % 6]}Jane{spaces[(i + 2) % 6]}Roe. ', size)


def _lowercase(size: int) -> str:
    return repeat_to('"yes," said tom lee. "no," said ann. dr. roe told her "maybe".\n\n', size)


def _base64(size: int) -> str:
    rng = random.Random(64)
    alphabet = string.ascii_letters + string.digits + "+/=\""
    return fill(lambda i: "".join(rng.choice(alphabet) for _ in range(76)) + "\n", size)


def _inch_marks(size: int) -> str:
    return repeat_to("He is 5'11\" tall with a 12\" pizza and a 6' 2\" friend, said Tom. 3\" of rain. ", size)


def _regnal_names(size: int) -> str:
    return repeat_to(
        'Louis XIV, Henry VIII, Pope John Paul II and Elizabeth II met. "Yes," said George VI. ', size
    )


def _quote_lookalikes(size: int) -> str:
    return repeat_to("″Yes,″ said Tom. ‶No,‶ said Ann. 〝Go〞 said Bob. ❝Stop❞ said Sue. ⹂Why‟ said Ted. ", size)


def _open_quote_with_cues(size: int) -> str:
    return '"' + repeat_to("The mayor said the wall would fall, and Ann Lee told him so. ", size - 1)


#: Family name -> builder (size in characters -> text).  The first row is the reference.
FAMILIES: dict[str, Callable[[int], str]] = {
    "news (reference)": news,
    ISSUE + "run of A- before ten description-tagged quotes": _issue_capitals,
    ISSUE + "speech over paragraphs with transcript labels": _issue_transcript,
    ISSUE + "many people sharing one surname": _issue_surname,
    ISSUE + "dialogue then a run of name particles": _issue_particles,
    ISSUE + "dense description-tagged quotes": _issue_dense_descriptions,
    ISSUE + "every pair of k first names and k surnames": _issue_pairs,
    "protein sequences in science copy": _protein,
    "initials run (A. B. C. ...)": _initials,
    "title and honorific flood": _titles,
    "hyphenated name chains": _hyphen_chain,
    "all-capitals paragraphs": _all_caps,
    "Title Case Everything": _title_case,
    "nested quote families, 40 deep": _nested_families,
    "every quote family alternating": _mixed_families,
    "mismatched quote directions": _mismatched,
    "curly speech open over every paragraph": _open_speech,
    "apostrophe storm": _apostrophes,
    "LaTeX quotes": _latex,
    "guillemets and low-9 quotes": _guillemets,
    "dash dialogue": _dash_dialogue,
    "court transcript (Q./A./MR. X:)": _court_transcript,
    "screenplay": _screenplay,
    "play script (TOM. ...)": _play_script,
    "chat log": _chat_log,
    "email thread with > quoting": _email_thread,
    "paragraph without sentence ends": _no_sentence_end,
    "split quotes chained in one paragraph": _split_quote_chain,
    "pronoun flood": _pronoun_flood,
    "cue-verb flood": _cue_flood,
    "that-clause chains": _that_chain,
    "according-to chains": _according_chain,
    "appositive chains": _appositive_chain,
    "possessive chains": _possessive_chain,
    "datelines": _datelines,
    "vocative lists": _vocatives,
    "a new name per paragraph": _new_names,
    "mixed scripts": _mixed_scripts,
    "stacked combining marks": _zalgo,
    "direction controls and RTL": _rtl_controls,
    "zero-width characters inside words": _zero_width,
    "every line separator": _every_line_separator,
    "C0 and C1 control characters": _control_flood,
    "emoji ZWJ sequences and flags": _emoji,
    "3,000-letter words": _long_words,
    "URLs and e-mail addresses": _urls,
    "HTML attributes, entities, scripts": _html_attributes,
    "Markdown": _markdown,
    "pipe tables": _tables,
    "CSV with doubled quotes": _csv,
    "repeated headings and notes": _repeated_headings,
    "novel chapter headings": _chapters,
    "abbreviations and dotted numbers": _abbreviations,
    "ellipsis flood": _ellipses,
    "nested brackets": _brackets,
    "no-break, thin and ideographic spaces": _odd_spaces,
    "all lowercase": _lowercase,
    "base64 blob with quote marks": _base64,
    "inch and foot marks": _inch_marks,
    "regnal names and Roman numerals": _regnal_names,
    "quotation-mark look-alikes": _quote_lookalikes,
    "one quote opened, never closed, over prose with cues": _open_quote_with_cues,
}


# -- one measurement (in a subprocess) ----------------------------------------------------


def span_errors(text: str, quotes: list[Quote]) -> list[str]:
    """Every span of *quotes* that does not index *text* exactly."""
    errors: list[str] = []
    for q in quotes:
        spans: list[tuple[str, Any]] = [("quote", q), ("speaker", q.speaker), ("cue", q.cue)]
        for kind, span in spans:
            if span is None:
                continue
            if not 0 <= span.start <= span.end <= len(text) or text[span.start : span.end] != span.text:
                errors.append(f"{kind} {span.start}:{span.end} {span.text[:40]!r}")
    return errors


def emit(event: dict[str, Any]) -> None:
    """One JSON line to the parent."""
    print(json.dumps(event), flush=True)


#: Set by ``--indirect``: attribute with ``indirect=True`` (reported speech too).
INDIRECT = False


def call(text: str) -> list[Quote]:
    """``attribute_quotes(text)``, with ``indirect=True`` under ``--indirect``."""
    return attribute_quotes(text, indirect=True) if INDIRECT else attribute_quotes(text)


def timed_call(text: str, collector: bool) -> tuple[float, list[Quote]]:
    """CPU seconds of one call, with the cyclic collector on or off, and its result."""
    gc.collect()
    if not collector:
        gc.disable()
    try:
        start = time.process_time()
        quotes = call(text)
        return time.process_time() - start, quotes
    finally:
        gc.enable()


def worker(name: str, size: int, memory: bool) -> int:
    """Measure one family at one size; report each call as a JSON line."""
    text = FAMILIES[name](size)
    emit({"event": "built", "chars": len(text), "bytes": len(text.encode("utf-8", "surrogatepass"))})
    try:
        seconds, quotes = timed_call(text, collector=True)
    except Exception as exc:  # a crash is a finding, reported with the row
        emit({"event": "error", "error": f"{type(exc).__name__}: {exc}"})
        return 0
    emit({"event": "call", "gc": True, "seconds": seconds, "quotes": len(quotes), "bad": span_errors(text, quotes)})
    del quotes
    for collector in (True, False):
        spent = seconds if collector else 0.0
        runs = 1 if collector else 0
        while spent < REPEAT_BUDGET or runs == 0:
            elapsed, _ = timed_call(text, collector)
            emit({"event": "call", "gc": collector, "seconds": elapsed})
            spent += elapsed
            runs += 1
            if runs >= 5:
                break
    if memory and seconds <= MEMORY_SKIP:
        gc.collect()
        emit({"event": "tracing"})
        tracemalloc.start()
        try:
            kept_quotes = call(text)
            kept, peak = tracemalloc.get_traced_memory()
            del kept_quotes
        finally:
            tracemalloc.stop()
        emit({"event": "memory", "peak": peak, "kept": kept})
    return 0


# -- the parent: run workers under deadlines -----------------------------------------------


@dataclass
class Measurement:
    """What one worker reported before it ended or was stopped."""

    chars: int = 0
    bytes: int = 0
    on: list[float] = field(default_factory=list)
    off: list[float] = field(default_factory=list)
    quotes: int = 0
    bad: list[str] = field(default_factory=list)
    peak: int | None = None
    kept: int | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def t_on(self) -> float | None:
        """Fastest call with the collector on."""
        return min(self.on) if self.on else None

    @property
    def t_off(self) -> float | None:
        """Fastest call with the collector off."""
        return min(self.off) if self.off else None


def _events(proc: subprocess.Popen[str], deadline_of: Callable[[str], float]) -> Iterator[dict[str, Any]]:
    """The worker's JSON lines; stops (killing it) when the next line is later than its deadline.

    ``deadline_of(last_event)`` gives the seconds allowed for the line after an event.
    """
    assert proc.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    last = "start"
    buffer = ""
    fd = proc.stdout.fileno()
    try:
        while True:
            allowed = deadline_of(last)
            if not selector.select(timeout=allowed):
                proc.kill()
                yield {"event": "timeout", "after": last, "seconds": allowed}
                return
            chunk = os.read(fd, 65536).decode("utf-8")
            if not chunk:
                return
            buffer += chunk
            while "\n" in buffer:
                line, buffer = buffer.split("\n", 1)
                event = json.loads(line)
                last = event["event"]
                yield event
    finally:
        selector.close()


def measure(name: str, size: int, memory: bool) -> Measurement:
    """Run one worker for *name* at *size* and collect its report."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", name, str(size)]
    if memory:
        cmd.append("--memory")
    if INDIRECT:
        cmd.append("--indirect")
    result = Measurement()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)

    def deadline_of(last: str) -> float:
        if last == "start":
            return 120.0  # start-up and building the text
        if last == "tracing":
            return CALL_CAP * MEMORY_CAP_FACTOR
        return CALL_CAP

    try:
        for event in _events(proc, deadline_of):
            kind = event["event"]
            if kind == "built":
                result.chars, result.bytes = event["chars"], event["bytes"]
            elif kind == "call":
                (result.on if event["gc"] else result.off).append(event["seconds"])
                if "bad" in event:
                    result.quotes = event["quotes"]
                    result.bad = event["bad"]
            elif kind == "memory":
                result.peak, result.kept = event["peak"], event["kept"]
            elif kind == "error":
                result.problems.append(f"raised {event['error']}")
            elif kind == "timeout" and event["after"] == "start":
                result.problems.append("building the input took over 120 s")
            elif kind == "timeout" and event["after"] == "tracing":
                result.problems.append(f"the traced call ran over {event['seconds']:g} s")
            elif kind == "timeout":
                result.problems.append(f"one call over {CALL_CAP:g} s (stopped)")
    finally:
        proc.wait()
    if proc.returncode not in (0, -9) and not result.problems:
        result.problems.append(f"worker exited with status {proc.returncode}")
    return result


@dataclass
class Row:
    """One family's line of the table."""

    name: str
    small: Measurement
    large: Measurement | None
    notes: list[str] = field(default_factory=list)

    def growth(self, collector: bool) -> float | None:
        """t(large) / t(small), scaled to an exact 10x step (a text may be a little off its size)."""
        if self.large is None:
            return None
        a = self.small.t_on if collector else self.small.t_off
        b = self.large.t_on if collector else self.large.t_off
        if a is None or b is None or a <= 0 or not self.large.chars:
            return None
        return (b / a) * (self.small.chars * 10 / self.large.chars)


def per_char(m: Measurement | None) -> float | None:
    """Seconds per character, collector on."""
    if m is None or m.t_on is None or not m.chars:
        return None
    return m.t_on / m.chars


def fmt(value: float | None, spec: str) -> str:
    """*value* formatted, or a dash when it was not measured."""
    return "–" if value is None else format(value, spec)


def main(argv: list[str] | None = None) -> int:
    """Measure every family, print the Markdown table; 1 when a row fails."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10 K and 100 K instead of 100 K and 1 M")
    parser.add_argument("--only", action="append", default=[], metavar="WORD", help="families whose name holds WORD")
    parser.add_argument("--list", action="store_true", help="print the family names and exit")
    parser.add_argument("--indirect", action="store_true", help="attribute with indirect=True (reported speech too)")
    parser.add_argument("--worker", nargs=2, metavar=("NAME", "SIZE"), help=argparse.SUPPRESS)
    parser.add_argument("--memory", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    global INDIRECT
    INDIRECT = args.indirect
    if args.worker:
        return worker(args.worker[0], int(args.worker[1]), args.memory)
    if args.list:
        print("\n".join(FAMILIES))
        return 0
    small, large = (10_000, 100_000) if args.quick else (100_000, 1_000_000)
    small_label, large_label = (f"{n // 1000} K" if n < 1_000_000 else f"{n // 1_000_000} M" for n in (small, large))
    names = [n for n in FAMILIES if n == "news (reference)" or not args.only or any(w.lower() in n.lower() for w in args.only)]
    started = time.perf_counter()
    rows: list[Row] = []
    for name in names:
        t0 = time.perf_counter()
        low = measure(name, small, memory=False)
        row = Row(name, low, None)
        if low.problems:
            row.notes.append(f"{small_label}: " + "; ".join(low.problems))
        elif low.t_on is not None and low.t_on * 10 > CALL_CAP:
            row.notes.append(
                f"{small_label} takes {low.t_on:.1f} s: {large_label} not tried (a linear 10x is over the {CALL_CAP:g} s cap)"
            )
        else:
            row.large = measure(name, large, memory=True)
            if row.large.problems:
                row.notes.append(f"{large_label}: " + "; ".join(row.large.problems))
        rows.append(row)
        print(
            f"  {name}: {fmt(low.t_on, '.3f')} s, {fmt(row.large.t_on if row.large else None, '.3f')} s "
            f"({time.perf_counter() - t0:.0f} s)",
            file=sys.stderr,
            flush=True,
        )
    news_rate = per_char(rows[0].large) or per_char(rows[0].small)
    label = news_source()[1]
    mode = " With indirect=True (reported speech too)." if INDIRECT else ""
    print(f"News text: {label}. Sizes in characters; CPU time, fastest of repeated runs, one process per size.{mode}\n")
    print(
        f"| input | {small_label} (s) | {large_label} (s) | growth | growth, collector off (limit {GROWTH_LIMIT:g}) "
        f"| x news (limit {VS_NEWS_LIMIT:g}) | MB per MB (limit {MEMORY_LIMIT:g}) | kept | quotes | verdict |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    failed = 0
    for row in rows:
        verdicts = list(row.notes)
        for m in (row.small, row.large):
            if m is not None and m.bad:
                verdicts.append(f"{len(m.bad)} inexact spans, e.g. {m.bad[0]}")
        growth_off = row.growth(collector=False)
        if growth_off is not None and growth_off > GROWTH_LIMIT:
            verdicts.append("super-linear")
        rate = per_char(row.large) or per_char(row.small)
        vs_news = rate / news_rate if rate is not None and news_rate else None
        if vs_news is not None and vs_news > VS_NEWS_LIMIT:
            verdicts.append("slow per MB")
        mem = row.large.peak / row.large.bytes if row.large and row.large.peak is not None and row.large.bytes else None
        kept = row.large.kept / row.large.bytes if row.large and row.large.kept is not None and row.large.bytes else None
        if mem is not None and mem > MEMORY_LIMIT:
            verdicts.append("memory")
        if row.large is not None and row.large.peak is None and not row.large.problems:
            verdicts.append(f"memory not traced (a call over {MEMORY_SKIP:g} s)")
        fail = any(v for v in verdicts if not v.startswith("memory not traced"))
        failed += fail
        quotes = row.large.quotes if row.large and row.large.on else row.small.quotes
        print(
            f"| {row.name} | {fmt(row.small.t_on, '.3f')} | {fmt(row.large.t_on if row.large else None, '.3f')} "
            f"| {fmt(row.growth(collector=True), '.1f')} | {fmt(growth_off, '.1f')} | {fmt(vs_news, '.1f')} "
            f"| {fmt(mem, '.1f')} | {fmt(kept, '.1f')} | {quotes} | {'**FAIL**: ' if fail else 'ok'}{'; '.join(verdicts)} |"
        )
    print(
        f"\n{len(rows) - 1} hostile families, {failed} failing. "
        f"Total run: {time.perf_counter() - started:.0f} s."
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
