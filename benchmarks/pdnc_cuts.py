"""Chapter-sized cuts of whole novels: a tuning set shaped like the shared excerpts, without them.

Usage::

    python benchmarks/pdnc_cuts.py [--half even|odd|all] [--at 0.15,0.5,0.85] [--size 12000] NOVELS.jsonl OUT.jsonl

A reader often hands the library one chapter, and a rule of speaker
identity behaves differently there: a chapter seldom writes a character's
full name, so a first name and a titled surname that the novel links stay
apart (issue 18).  The shared excerpts (``pdnc-excerpts.jsonl``) measure
that, but they are cut from the same novels as ``pdnc-shared.jsonl`` and
are for checking, not for tuning.  This script cuts chapters of its own
from the novels of one half (``even``: the novels at even places in the
file, the tuning half; ``odd``: the held-out half), at other places than
the excerpts (by default 15%, 50% and 85% of each novel; the excerpts
start near 0%, 33% and 67%), in the excerpts' way:

* a cut runs from the first paragraph boundary (a blank line) at or after
  its place to the first paragraph boundary at least ``--size`` characters
  later (or the end of the text);
* gold quotes and unattributed quoted spans wholly inside the cut are kept,
  their offsets shifted; a speaker mention, cue or referring expression
  outside the cut loses its offsets (the speaker keeps its name and
  aliases, so the B3 clusters are unchanged);
* a cut's id is ``<novel id>~<n>``, ``n`` counting the places from 0, and
  ``meta`` gains ``from``, ``start`` and ``end`` (offsets in the novel).

The output is a gold file like any other: pass it to ``speakers_b3.py``,
``identity_splits.py`` or ``../shared/eval/score.py``.  Run from a plain
checkout; it reads and writes JSON only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

#: Where cuts start by default, as fractions of a novel's length: away from the excerpts' 0%, 33% and 67%.
DEFAULT_AT = (0.15, 0.5, 0.85)

#: The least length of a cut in characters, as the excerpts have.
DEFAULT_SIZE = 12000

_BREAK = "\n\n"


def cut_bounds(text: str, at: float, size: int) -> tuple[int, int] | None:
    """The ``(start, end)`` of the cut at fraction *at* of *text*, or None when no paragraph starts after it.

    >>> cut_bounds("aa\\n\\nbbb\\n\\ncc\\n\\ndd", 0.1, 4)
    (4, 11)
    """
    found = text.find(_BREAK, int(len(text) * at))
    if found < 0:
        return None
    start = found + len(_BREAK)
    # Some novels break with three or more newlines; an excerpt never starts with blank space.
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find(_BREAK, start + size)
    return start, end if end >= 0 else len(text)


def _shift_span(item: dict[str, Any], start: int, end: int) -> bool:
    """Shift an item's ``start``/``end`` into the cut; False (offsets untouched) when it is not wholly inside."""
    first, last = item.get("start"), item.get("end")
    if not isinstance(first, int) or not isinstance(last, int) or first < start or last > end:
        return False
    item["start"], item["end"] = first - start, last - start
    return True


def _cut_quote(quote: dict[str, Any], start: int, end: int) -> dict[str, Any] | None:
    """A copy of *quote* with offsets in the cut ``[start, end)``, or None when the quote is not wholly inside."""
    copy: dict[str, Any] = json.loads(json.dumps(quote))
    if not _shift_span(copy, start, end):
        return None
    speaker = copy.get("speaker")
    if isinstance(speaker, dict) and not _shift_span(speaker, start, end):
        # Said outside the chapter: the person is known, the mention is not in the text.
        speaker["start"] = speaker["end"] = None
    for key in ("cue", "refexp"):
        part = copy.get(key)
        if isinstance(part, dict) and not _shift_span(part, start, end):
            copy[key] = None
    return copy


def cuts_of(doc: dict[str, Any], at: Sequence[float], size: int) -> Iterator[dict[str, Any]]:
    """The cuts of one gold novel *doc* at the fractions *at* (see the module docstring)."""
    text = doc["text"]
    for number, fraction in enumerate(at):
        bounds = cut_bounds(text, fraction, size)
        if bounds is None:
            continue
        start, end = bounds
        quotes = [q for q in (_cut_quote(quote, start, end) for quote in doc.get("quotes", [])) if q is not None]
        spans = [[a - start, b - start] for a, b in doc.get("unattributed_quoted_spans", []) if start <= a and b <= end]
        meta = {**doc.get("meta", {}), "from": doc["id"], "start": start, "end": end}
        yield {
            **doc,
            "id": f"{doc['id']}~{number}",
            "text": text[start:end],
            "quotes": quotes,
            "unattributed_quoted_spans": spans,
            "meta": meta,
        }


def main(argv: Sequence[str]) -> int:
    """Write the cuts of the chosen half of a gold file of novels."""
    parser = argparse.ArgumentParser(description="Chapter-sized cuts of whole novels (a tuning set like the excerpts).")
    parser.add_argument("novels", type=Path, metavar="NOVELS.jsonl")
    parser.add_argument("out", type=Path, metavar="OUT.jsonl")
    parser.add_argument("--half", choices=("even", "odd", "all"), default="even", help="novels by place in the file")
    parser.add_argument("--at", default=",".join(str(a) for a in DEFAULT_AT), help="fractions where cuts start")
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help="least characters in a cut")
    args = parser.parse_args(argv)
    at = [float(a) for a in args.at.split(",") if a.strip()]
    lines = [line for line in args.novels.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.half != "all":
        lines = lines[args.half == "odd" :: 2]
    written = 0
    with args.out.open("w", encoding="utf-8") as out:
        for line in lines:
            for cut in cuts_of(json.loads(line), at, args.size):
                out.write(json.dumps(cut, ensure_ascii=False) + "\n")
                written += 1
    print(f"{written} cuts of {len(lines)} novels -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
