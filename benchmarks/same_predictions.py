"""Compare two prediction files line by line, ignoring chosen speaker keys.

Usage::

    python benchmarks/same_predictions.py A.jsonl B.jsonl [--ignore entity,gender]

A change meant to touch only some fields of the output (issue 18 filled
``speaker.entity`` and ``speaker.gender``) must leave everything else of
``predict.py``'s output as it was: every document, every quote, every other
key and value.  The script drops the ignored keys from each speaker and
compares the rest; it prints the first differences and exits 1 when there
are any, 0 when the files agree, and 2 on unreadable input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

#: How many differing quotes are printed before the count.
_SHOWN = 10


def without(line: dict[str, Any], ignored: frozenset[str]) -> dict[str, Any]:
    """One prediction line with the *ignored* keys dropped from every speaker.

    >>> without({"id": 1, "quotes": [{"speaker": {"name": "A", "entity": "A#1"}}]}, frozenset({"entity"}))
    {'id': 1, 'quotes': [{'speaker': {'name': 'A'}}]}
    """
    quotes = []
    for quote in line.get("quotes", []):
        speaker = quote.get("speaker")
        if isinstance(speaker, dict):
            quote = {**quote, "speaker": {k: v for k, v in speaker.items() if k not in ignored}}
        quotes.append(quote)
    return {**line, "quotes": quotes}


def differences(a: Sequence[str], b: Sequence[str], ignored: frozenset[str]) -> list[str]:
    """Where two files' lines differ once the ignored keys are dropped, one message each.

    >>> differences(['{"id": 1, "quotes": []}'], ['{"id": 1, "quotes": []}'], frozenset())
    []
    """
    found: list[str] = []
    if len(a) != len(b):
        found.append(f"{len(a)} lines against {len(b)}")
    for n, (left, right) in enumerate(zip(a, b, strict=False), start=1):
        x, y = without(json.loads(left), ignored), without(json.loads(right), ignored)
        if x == y:
            continue
        xq, yq = x.get("quotes", []), y.get("quotes", [])
        if len(xq) != len(yq):
            found.append(f"line {n} ({x.get('id')}): {len(xq)} quotes against {len(yq)}")
        for k, (p, q) in enumerate(zip(xq, yq, strict=False)):
            if p != q:
                found.append(f"line {n} ({x.get('id')}) quote {k}: {p} != {q}")
        if len(xq) == len(yq) and xq == yq:
            found.append(f"line {n}: keys other than quotes differ")
    return found


def main(argv: Sequence[str]) -> int:
    """Print the differences of two prediction files; exit 1 when there are any."""
    parser = argparse.ArgumentParser(description="Compare two prediction files, ignoring some speaker keys.")
    parser.add_argument("a", metavar="A.jsonl")
    parser.add_argument("b", metavar="B.jsonl")
    parser.add_argument("--ignore", default="entity,gender", help="speaker keys to drop (default: entity,gender)")
    args = parser.parse_args(argv)
    ignored = frozenset(k for k in args.ignore.split(",") if k)
    try:
        with open(args.a, encoding="utf-8") as fa, open(args.b, encoding="utf-8") as fb:
            found = differences(fa.read().splitlines(), fb.read().splitlines(), ignored)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for message in found[:_SHOWN]:
        print(message)
    print(f"{len(found)} difference(s) ignoring {', '.join(sorted(ignored)) or 'nothing'}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
