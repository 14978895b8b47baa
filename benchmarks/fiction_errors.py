"""Count the attribution errors of a prediction on novels: by rule, and where turn-taking copied them from.

Usage::

    python benchmarks/fiction_errors.py GOLD.jsonl PRED.jsonl [--half even|odd|all] [--list N]

GOLD is a PDNC-style gold file (``../shared/eval/pdnc-shared.jsonl``), PRED
the output of ``predict.py`` for it.  ``--half even`` keeps the documents of
even index in file order (the tuning half), ``odd`` the others (held out).
Quotes are matched and speakers judged as ``score.py`` does (imported from
the gold file's folder).  The script prints, for every matched gold quote
with a gold speaker:

* **by rule**: each ``(rule, confidence, gold type)`` with its count, how
  many are right and how many wrong, most wrong first;
* **turn-taking by anchor**: a quote ``TURN_TAKING`` bound carries the
  speaker mention of the quote it copied (its anchor), or an empty one when
  it was filled from narration.  Each such quote is counted by its anchor's
  mention kind and by whether the anchor's *name* is right.  A pronoun tag
  (``"...," he said``) is scored right by its span whatever name it was
  resolved to, so the name is checked apart: a wrong name there is scored
  only in the turns it is copied to.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:  # run as a script or loaded by path: partial_errors sits beside it
    sys.path.insert(0, str(_HERE))

from partial_errors import score_module  # noqa: E402

#: Rules that copy a speaker from another quote: their quotes are no anchors.
_COPYING = frozenset({"TURN_TAKING", "CONTINUATION", "CONTINUATION_SPEECH"})


def _documents(gold_path: Path, half: str) -> list[dict[str, Any]]:
    """The gold documents of *half* (``even``, ``odd`` or ``all``), in file order."""
    lines = [line for line in gold_path.open(encoding="utf-8") if line.strip()]
    keep = {"even": 0, "odd": 1}.get(half)
    return [json.loads(line) for i, line in enumerate(lines) if keep is None or i % 2 == keep]


def _name_right(score: ModuleType, gold_sp: dict[str, Any], pred_sp: dict[str, Any]) -> bool:
    """True when *pred_sp*'s name alone (not its span) is the gold speaker's."""
    return bool(score.speaker_correct(gold_sp, {**pred_sp, "start": None, "end": None}))


def count(gold_path: Path, pred_path: Path, half: str = "all") -> tuple[Counter[tuple[str, ...]], Counter[tuple[str, ...]], list[str]]:
    """Counts by rule and by anchor, and the wrong turn-taking quotes, one line each.

    Each counter maps a key to the number of quotes; a second entry, the key
    with ``"right"`` appended, counts the right ones.
    """
    score = score_module(gold_path)
    preds = {}
    for line in pred_path.open(encoding="utf-8"):
        if line.strip():
            obj = json.loads(line)
            preds[obj["id"]] = obj["quotes"]
    by_rule: Counter[tuple[str, ...]] = Counter()
    by_anchor: Counter[tuple[str, ...]] = Counter()
    wrong: list[str] = []
    for doc in _documents(gold_path, half):
        gq, pq = doc["quotes"], preds.get(doc["id"], [])
        pairs = score.greedy_match([(q["start"], q["end"]) for q in gq], [(q["start"], q["end"]) for q in pq])
        gold_of = {pi: gq[gi] for pi, gi in pairs.items()}
        # The quote that owns each speaker mention: the first one bound to it by a rule that does not copy.
        owner: dict[tuple[int, int], int] = {}
        for pi, p in enumerate(pq):
            sp = p.get("speaker")
            if sp and sp.get("start") is not None and sp["end"] > sp["start"] and p.get("rule") not in _COPYING:
                owner.setdefault((sp["start"], sp["end"]), pi)
        for pi, p in enumerate(pq):
            g = gold_of.get(pi)
            if g is None or g.get("speaker") is None:
                continue
            sp = p.get("speaker")
            right = bool(sp) and bool(score.speaker_correct(g["speaker"], sp))
            key: tuple[str, ...] = (str(p.get("rule")), str(p.get("confidence")), str(g.get("type")))
            by_rule[key] += 1
            by_rule[key + ("right",)] += right
            if p.get("rule") != "TURN_TAKING" or not sp:
                continue
            if sp.get("start") is None or sp["end"] <= sp["start"]:
                akey: tuple[str, ...] = ("filled from narration", str(p.get("confidence")), "")
            else:
                a = owner.get((sp["start"], sp["end"]))
                if a is None or a not in gold_of or gold_of[a].get("speaker") is None:
                    akey = ("anchor unmatched", str(sp.get("kind")), "")
                else:
                    named = "name right" if _name_right(score, gold_of[a]["speaker"], pq[a]["speaker"]) else "name wrong"
                    akey = ("anchor", str(pq[a]["speaker"].get("kind")), named)
            by_anchor[akey] += 1
            by_anchor[akey + ("right",)] += right
            if not right:
                wrong.append(f"{doc['id']} @{g['start']}: gold {g['speaker'].get('name')!r}, predicted {sp.get('name')!r} ({' / '.join(akey).strip(' /')})")
    return by_rule, by_anchor, wrong


def _table(title: str, counts: Counter[tuple[str, ...]], rows: int) -> None:
    """Print *counts* (see :func:`count`), most wrong first."""
    keys = [k for k in counts if k[-1] != "right"]
    keys.sort(key=lambda k: -(counts[k] - counts[k + ("right",)]))
    print(f"\n{title}:")
    print(f"  {'':58s} {'n':>6s} {'right':>6s} {'wrong':>6s}")
    for k in keys[:rows]:
        n, right = counts[k], counts[k + ("right",)]
        print(f"  {' / '.join(x for x in k if x):58s} {n:6d} {right:6d} {n - right:6d}")


def main(argv: list[str] | None = None) -> int:
    """Print the two tables and, with ``--list``, the first wrong turn-taking quotes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("pred", type=Path)
    parser.add_argument("--half", choices=("even", "odd", "all"), default="all", help="documents of even or odd index (default all)")
    parser.add_argument("--rows", type=int, default=25, help="rows of the rule table (default 25)")
    parser.add_argument("--list", type=int, default=0, help="list the first N wrong turn-taking quotes")
    args = parser.parse_args(argv)
    by_rule, by_anchor, wrong = count(args.gold, args.pred, args.half)
    _table("by rule, confidence and gold type", by_rule, args.rows)
    _table("TURN_TAKING quotes by anchor", by_anchor, args.rows)
    for line in wrong[: args.list]:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
