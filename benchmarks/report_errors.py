"""Sort the reported-speech predictions that match no gold report by what went wrong.

Usage::

    python benchmarks/report_errors.py GOLD.jsonl PRED.jsonl [--only speech] [--kind KIND] [--list N]

GOLD is a PolNeAR-style gold file (``../shared/eval/polnear-train.jsonl``),
PRED the output of ``predict.py --indirect`` for it.  Reports are matched as
``score_indirect.py`` matches them (imported from the gold file's folder):
overlap of at least half the longer span, one-to-one, greedy; predictions
that the scorer counts as neutral (over a direct quote; with ``--only``, paired
by the same greedy match with a gold report of a class left out, or with a cue
of such a class) are left out here too, so the kinds add up to the scorer's
unmatched live predictions.  Each unmatched prediction is paired with
the gold report of any class it overlaps most, and is put into one kind:

- ``too_long``: it covers at least half of that gold report but runs on past it;
- ``too_short``: it lies within the gold report but covers less than half of it;
- ``shifted``: it overlaps the gold report, neither inside nor around it;
- ``taken``: the gold report it overlaps most matched another prediction;
- ``other_class``: the gold report is of a class left out by ``--only``
  (belief, intention, evidence) but overlaps it too little to make it neutral,
  or went to another prediction;
- ``no_gold``: it overlaps no gold report.

For ``too_long`` the words after the gold report's end are read (three
words and marks) and the first two counted, so the shapes that run too far (``, which``, ``, but``, ...) stand
out; for ``too_short`` the words after the prediction's end.  The script prints
the counts, then up to *N* examples of the kind asked for.

With ``--misses`` the script sorts the other side: the gold reports of the
subset that no prediction matched, each into one kind (``--kind`` then names
one of these):

- ``merged``: one prediction covers at least half of it and of another gold
  report too (``X said A, and Y added B`` read as one content);
- ``cue_found``: a prediction has its cue but put the content elsewhere;
- ``overlapped``: a prediction overlaps it otherwise (cut short, shifted);
- ``missed``: no prediction overlaps it or has its cue.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:  # run as a script or loaded by path: partial_errors sits beside it
    sys.path.insert(0, str(_HERE))

from partial_errors import score_module  # noqa: E402

_WORD_RE = re.compile(r"[\w'’-]+|[^\w\s]")


def _head(text: str, pos: int, n: int = 3) -> str:
    """The first *n* words and marks of ``text`` from *pos*, lowercased."""
    return " ".join([m.group().lower() for m in _WORD_RE.finditer(text, pos, min(len(text), pos + 80))][:n])


def _neutral(sc: ModuleType, doc: dict[str, Any], preds: list[dict[str, Any]], pairs: dict[int, int],
             only: set[str] | None) -> set[int]:
    """The unmatched predictions of *doc* that the scorer counts as neutral, found as it finds
    them: over a direct quote; then, with *only*, those that a one-to-one greedy match at half
    overlap pairs with a gold report of a class left out, and those whose own cue is of such a
    class."""
    pred_ps = [sc.pieces(p) for p in preds]
    quotes = [(q["start"], q["end"]) for q in doc.get("quotes") or []]
    neutral = {
        pi for pi, ps in enumerate(pred_ps)
        if pi not in pairs and any(e > s and sc.povl(ps, [(s, e)]) >= sc.MATCH_FRACTION * (e - s) for s, e in quotes)
    }
    rest = [pi for pi in range(len(preds)) if pi not in pairs and pi not in neutral]
    if not only or not rest:
        return neutral
    outside = [it for it in doc.get("indirect") or [] if sc.gold_class(it) not in only]
    if outside:
        out_pairs = sc.greedy([sc.pieces(it) for it in outside], [pred_ps[pi] for pi in rest], sc.rule_overlap50)
        neutral |= {rest[k] for k in out_pairs}
    for pi in rest:
        cue = preds[pi].get("cue") or {}
        if isinstance(cue.get("text"), str) and sc.cue_class(cue["text"]) not in only:
            neutral.add(pi)
    return neutral


def classify(sc: ModuleType, doc: dict[str, Any], preds: list[dict[str, Any]], only: set[str] | None) -> list[dict[str, Any]]:
    """One record per unmatched live prediction of *doc*: its kind and the gold report it overlaps most."""
    text = doc["text"]
    items = doc.get("indirect") or []
    inside = [it for it in items if not only or sc.gold_class(it) in only]
    gold_ps = [sc.pieces(it) for it in inside]
    pred_ps = [sc.pieces(p) for p in preds]
    pairs = sc.greedy(gold_ps, pred_ps, sc.rule_overlap50)
    matched_gold = set(pairs.values())
    neutral = _neutral(sc, doc, preds, pairs, only)
    out = []
    for pi, p in enumerate(preds):
        if pi in pairs or pi in neutral:
            continue
        ps = pred_ps[pi]
        cue = p.get("cue") or {}
        best, best_ov = None, 0
        for it in items:
            ov = sc.povl(sc.pieces(it), ps)
            if ov > best_ov:
                best, best_ov = it, ov
        record: dict[str, Any] = {"doc": doc["id"], "pred": p, "gold": best, "cue": cue.get("text")}
        if best is None:
            record["kind"] = "no_gold"
        elif only and sc.gold_class(best) not in only:
            record["kind"] = "other_class"
        elif inside.index(best) in matched_gold:
            record["kind"] = "taken"
        else:
            g0, g1 = best["start"], best["end"]
            p0, p1 = p["start"], p["end"]
            if p0 <= g0 + 1 and p1 >= g1 - 1:
                record["kind"] = "too_long"
                record["after"] = _head(text, g1) if p1 > g1 + 1 else "(starts early) " + _head(text, p0)
            elif p0 >= g0 - 1 and p1 <= g1 + 1:
                record["kind"] = "too_short"
                record["after"] = _head(text, p1) if p1 < g1 - 1 else "(starts late) " + _head(text, g0)
            else:
                record["kind"] = "shifted"
        out.append(record)
    return out


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True when spans *a* and *b* (``start``/``end``) share a character."""
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def misses(sc: ModuleType, doc: dict[str, Any], preds: list[dict[str, Any]], only: set[str] | None) -> list[dict[str, Any]]:
    """One record per gold report of *doc* in the subset that no prediction matched, with
    its kind (``merged``, ``cue_found``, ``overlapped``, ``missed``: see the module's doc)
    and the prediction that tells it (None for ``missed``)."""
    items = doc.get("indirect") or []
    inside = [it for it in items if not only or sc.gold_class(it) in only]
    pred_ps = [sc.pieces(p) for p in preds]
    matched = set(sc.greedy([sc.pieces(it) for it in inside], pred_ps, sc.rule_overlap50).values())
    out = []
    for gi, g in enumerate(inside):
        if gi in matched:
            continue
        g_ps = sc.pieces(g)
        half = sc.MATCH_FRACTION * sc.plen(g_ps)
        record: dict[str, Any] = {"doc": doc["id"], "gold": g, "pred": None, "kind": "missed"}
        for pi, p in enumerate(preds):
            if sc.povl(g_ps, pred_ps[pi]) >= half and sc.plen(pred_ps[pi]) > sc.plen(g_ps) and any(
                it is not g and sc.povl(sc.pieces(it), pred_ps[pi]) >= sc.MATCH_FRACTION * sc.plen(sc.pieces(it))
                for it in items
            ):
                record.update(pred=p, kind="merged")
                break
        else:
            cue = g.get("cue")
            found = [p for p in preds if cue and p.get("cue") and _overlaps(cue, p["cue"])]
            touching = [p for pi, p in enumerate(preds) if sc.povl(g_ps, pred_ps[pi]) > 0]
            if found:
                record.update(pred=found[0], kind="cue_found")
            elif touching:
                record.update(pred=touching[0], kind="overlapped")
        out.append(record)
    return out


def _show_misses(records: list[dict[str, Any]], texts: dict[str, str], kind: str, n: int) -> None:
    """Print the counts of the missed gold reports by kind, then up to *n* of *kind*."""
    print("unmatched gold reports:", len(records), dict(Counter(r["kind"] for r in records).most_common()))
    for r in [r for r in records if r["kind"] == kind][:n]:
        text, g, p = texts[r["doc"]], r["gold"], r["pred"]
        print(f"\n--- {r['doc']} gold cue={(g.get('cue') or {}).get('text')!r}")
        print("GOLD:", text[g["start"] : g["end"]].replace("\n", " "))
        if p is not None:
            print("PRED:", text[p["start"] : p["end"]].replace("\n", " "), "| cue", (p.get("cue") or {}).get("text"))


def main(argv: list[str] | None = None) -> None:
    """Print the unmatched predictions of PRED by kind, and examples of one kind."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--only", default="speech")
    ap.add_argument("--kind", default="too_long")
    ap.add_argument("--after", default="", help="list only examples whose 'after' words start so")
    ap.add_argument("--list", type=int, default=20)
    ap.add_argument("--misses", action="store_true", help="sort the unmatched gold reports instead")
    args = ap.parse_args(argv)
    sc = score_module(args.gold, "score_indirect")
    only = sc.SUBSETS.get(args.only, set(args.only.split(","))) if args.only else None
    preds: dict[str, list[dict[str, Any]]] = {}
    with args.pred.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            preds[d["id"]] = [q for q in d.get("quotes", []) if q.get("kind") in ("indirect", "reported")]
    records: list[dict[str, Any]] = []
    texts: dict[str, str] = {}
    with args.gold.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            texts[doc["id"]] = doc["text"]
            records += (misses if args.misses else classify)(sc, doc, preds.get(doc["id"], []), only)
    if args.misses:
        _show_misses(records, texts, args.kind, args.list)
        return
    kinds = Counter(r["kind"] for r in records)
    print("unmatched predictions:", len(records), dict(kinds.most_common()))
    for kind in ("too_long", "too_short"):
        after = Counter(" ".join(r["after"].split()[:2]) for r in records if r["kind"] == kind)
        print(f"{kind}: most common words after the end:", after.most_common(25))
    cues = Counter((r["cue"] or "").lower() for r in records if r["kind"] == "no_gold")
    print("no_gold by cue:", cues.most_common(25))
    shown = 0
    for r in records:
        if r["kind"] != args.kind or not r.get("after", "").startswith(args.after) or shown >= args.list:
            continue
        shown += 1
        text = texts[r["doc"]]
        p, g = r["pred"], r["gold"]
        print(f"\n--- {r['doc']} cue={r['cue']!r} after={r.get('after')!r}")
        print("PRED:", text[p["start"] : p["end"]].replace("\n", " "))
        if g is not None:
            print("GOLD:", text[g["start"] : g["end"]].replace("\n", " "), "| cue", (g.get("cue") or {}).get("text"))


if __name__ == "__main__":
    main()
