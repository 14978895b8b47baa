"""List the partial quotes whose speaker a prediction gets wrong or leaves out.

Usage::

    python benchmarks/partial_errors.py GOLD.jsonl PRED.jsonl [--type partial] [--rule RULE] [--shape SHAPE] [--list N]

GOLD is a PolNeAR-style gold file (``../shared/eval/polnear-train.jsonl``),
PRED the output of ``predict.py`` for it (with or without ``--indirect``).
Quotes are matched as ``score.py`` matches them (overlap of at least half the
longer span, one-to-one, greedy) and a speaker is right as ``score.py`` says
(``score.py`` is imported from the gold file's folder).  For every matched
gold quote of the type asked for (``partial`` by default) whose gold speaker
is not null and whose predicted speaker is wrong or missing, the script
prints the sentence around the quote, the gold speaker and cue, the
predicted speaker and the rule that bound it; then the errors counted by
rule and by shape.  A shape is where the gold speaker stands with respect to
the quote (same sentence before or after it, an earlier or a later
sentence), and whether the prediction is missing, another mention in the
quote's sentence, or one outside it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

_ENDS = ".?!\n"


def score_module(gold_path: Path, name: str = "score") -> ModuleType:
    """The scorer *name* (``score`` or ``score_indirect``) from the gold file's
    folder, imported as a module."""
    spec = importlib.util.spec_from_file_location(name, gold_path.parent / f"{name}.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no {name}.py next to {gold_path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """A rough sentence around ``text[start:end]`` (ends at . ? ! or a newline)."""
    lo = start
    while lo > 0 and not (text[lo - 1] in _ENDS and (lo >= len(text) or text[lo].isspace())):
        lo -= 1
    hi = end
    while hi < len(text) and not (text[hi] in _ENDS and (hi + 1 >= len(text) or text[hi + 1].isspace())):
        hi += 1
    return lo, min(len(text), hi + 1)


def _shape(text: str, quote: dict[str, Any], gold_sp: dict[str, Any], pred_sp: dict[str, Any] | None) -> str:
    """Where the gold speaker stands, and what the prediction is, as one label."""
    lo, hi = _sentence_bounds(text, quote["start"], quote["end"])
    g0 = gold_sp.get("start")
    if g0 is None:
        where = "gold-no-span"
    elif lo <= g0 < quote["start"]:
        where = "gold-before-same-sent"
    elif quote["end"] <= g0 < hi:
        where = "gold-after-same-sent"
    elif g0 < lo:
        where = "gold-earlier-sent"
    else:
        where = "gold-later-sent"
    if pred_sp is None:
        got = "pred-none"
    elif pred_sp.get("start") is None:
        got = "pred-no-span"
    elif lo <= pred_sp["start"] < hi:
        got = "pred-same-sent"
    else:
        got = "pred-other-sent"
    return f"{where} / {got}"


def errors(gold_path: Path, pred_path: Path, qtype: str) -> list[dict[str, Any]]:
    """The errors of *pred_path* on the gold quotes of type *qtype*, one dict each."""
    score = score_module(gold_path)
    golds = [json.loads(line) for line in gold_path.open(encoding="utf-8") if line.strip()]
    preds = {}
    for line in pred_path.open(encoding="utf-8"):
        if line.strip():
            obj = json.loads(line)
            preds[obj["id"]] = [q for q in obj["quotes"] if q.get("kind", "direct") != "indirect"]
    found: list[dict[str, Any]] = []
    for doc in golds:
        text = doc["text"]
        gq = doc["quotes"]
        pq = preds.get(doc["id"], [])
        pairs = score.greedy_match([(q["start"], q["end"]) for q in gq], [(q["start"], q["end"]) for q in pq])
        matched = {gi: pi for pi, gi in pairs.items()}  # score.py maps predictions to gold
        for gi, g in enumerate(gq):
            if g.get("type") != qtype or g.get("speaker") is None:
                continue
            pi = matched.get(gi)
            if pi is None:
                continue  # a detection error, not an attribution one
            p = pq[pi]
            if score.speaker_correct(g["speaker"], p.get("speaker")):
                continue
            lo, hi = _sentence_bounds(text, g["start"], g["end"])
            gs = g["speaker"]
            g_lo = gs.get("start")
            if g_lo is not None and g_lo < lo:
                lo = max(0, min(lo, text.rfind("\n", 0, g_lo) + 1))
            if g_lo is not None and gs["end"] > hi:
                hi = gs["end"]
            found.append(
                {
                    "id": doc["id"],
                    "sentence": " ".join(text[lo:hi].split()),
                    "quote": g["text"],
                    "gold": gs.get("text"),
                    "gold_cue": (g.get("cue") or {}).get("text"),
                    "pred": (p.get("speaker") or {}).get("text") or (p.get("speaker") or {}).get("name"),
                    "rule": p.get("rule"),
                    "shape": _shape(text, g, gs, p.get("speaker")),
                }
            )
    return found


def main(argv: list[str] | None = None) -> int:
    """Print the errors, then the counts by rule and by shape."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("pred", type=Path)
    parser.add_argument("--type", default="partial", help="gold quote type (default partial)")
    parser.add_argument("--rule", help="only errors bound by this rule (None for unbound)")
    parser.add_argument("--shape", help="only errors whose shape contains this text")
    parser.add_argument("--list", type=int, default=-1, help="list at most N errors (default all)")
    args = parser.parse_args(argv)
    found = errors(args.gold, args.pred, args.type)
    if args.rule:
        found = [e for e in found if str(e["rule"]) == args.rule]
    if args.shape:
        found = [e for e in found if args.shape in e["shape"]]
    for e in found if args.list < 0 else found[: args.list]:
        print(f"[{e['rule']}] {e['shape']}  gold={e['gold']!r} cue={e['gold_cue']!r}  pred={e['pred']!r}")
        print(f"    quote: {e['quote'][:100]!r}")
        print(f"    {e['sentence'][:400]}")
    print(f"\n{len(found)} errors")
    for title, key in (("by rule", "rule"), ("by shape", "shape")):
        print(f"\n{title}:")
        for value, n in Counter(str(e[key]) for e in found).most_common():
            print(f"  {n:5d}  {value}")
    by_both = Counter((str(e["rule"]), e["shape"]) for e in found)
    print("\nby rule and shape:")
    for (rule, shape), n in by_both.most_common(25):
        print(f"  {n:5d}  {rule:28s} {shape}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
