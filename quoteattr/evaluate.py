"""Front end: score quote attributions against a gold JSONL file.

Usage::

    python -m quoteattr.evaluate GOLD.jsonl [--pred PRED.jsonl] [--json] [--errors N]

Without ``--pred`` the gold texts are run through :func:`quoteattr.attribute_quotes`.
The gold format is one document per line (``id``, ``source``, ``text``,
``quotes``, ``unattributed_quoted_spans``); a prediction line is
``{"id": ..., "quotes": [Quote.to_dict(), ...]}``.

Metrics:

detection
    A predicted and a gold quote match when their overlap is at least half the
    longer of the two.  Pairs are taken one-to-one, greedily, largest overlap
    first.  An unmatched prediction that matches an unattributed quoted span
    (scare quote, title) the same way is a *scare-quote prediction*: counted
    apart, neither right nor wrong.
attribution accuracy
    Over matched pairs with a gold speaker: the predicted speaker is right when
    its mention overlaps the gold mention, or its ``name`` matches.  News gold
    compares last words of names; literary gold (speakers carrying
    ``aliases``) compares whole names against the name and every alias,
    because relatives share a surname.
end-to-end
    A true positive is a matched quote whose speaker is right.  Precision is
    over predictions with a speaker, recall over gold quotes with a speaker.

Exit status: 0 on success, 2 on unreadable or malformed input.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from quoteattr.gold import (
    EvaluationInputError,
    GoldDoc,
    QuoteRef,
    SpeakerRef,
    TextCheck,
    load_gold,
    load_predictions,
    parse_predictions,
    predict,
)
from quoteattr.text.chars import APOSTROPHE, RIGHT_SINGLE

__all__ = [
    "EvaluationInputError",
    "GoldDoc",
    "QuoteRef",
    "SpeakerRef",
    "evaluate",
    "format_report",
    "load_gold",
    "load_predictions",
    "main",
    "match_quotes",
    "normalise_name",
    "parse_predictions",
    "predict",
    "spans_match",
    "speaker_correct",
]

EXIT_OK = 0
EXIT_INPUT = 2

#: Characters of text shown on each side of a quote in ``--errors``.
_CONTEXT = 70


# --------------------------------------------------------------------------- matching


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Number of characters two half-open spans share."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def spans_match(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """True when the spans share at least half of the longer one (and something at all)."""
    shared = overlap(a_start, a_end, b_start, b_end)
    return shared > 0 and 2 * shared >= max(a_end - a_start, b_end - b_start)


def match_quotes(gold: Sequence[QuoteRef], pred: Sequence[QuoteRef]) -> dict[int, int]:
    """One-to-one greedy matching, largest overlap first; returns ``{pred index: gold index}``.

    Ties are broken by document order so the result does not depend on hashing.
    """
    candidates: list[tuple[int, int, int]] = []
    for p, pq in enumerate(pred):
        for g, gq in enumerate(gold):
            if spans_match(pq.start, pq.end, gq.start, gq.end):
                candidates.append((-overlap(pq.start, pq.end, gq.start, gq.end), g, p))
    candidates.sort()
    pairs: dict[int, int] = {}
    used_gold: set[int] = set()
    for _, g, p in candidates:
        if p not in pairs and g not in used_gold:
            pairs[p] = g
            used_gold.add(g)
    return pairs


def normalise_name(name: str) -> str:
    """Lower-case *name*, drop a possessive ``'s`` and punctuation, squeeze spaces.

    >>> normalise_name("  Mr. O'Neill's ")
    'mr oneill'
    """
    words: list[str] = []
    for word in name.replace(RIGHT_SINGLE, APOSTROPHE).lower().split():
        if word.endswith("'s"):
            word = word[:-2]
        kept = "".join(ch for ch in word if not unicodedata.category(ch).startswith(("P", "S")))
        if kept:
            words.append(kept)
    return " ".join(words)


def _last_word(name: str) -> str:
    """Last word of the normalised *name* ('' for an empty name)."""
    words = normalise_name(name).split()
    return words[-1] if words else ""


def speaker_correct(gold: SpeakerRef, pred: SpeakerRef | None) -> bool:
    """Whether *pred* names the same speaker as *gold* (see the module docstring)."""
    if pred is None:
        return False
    if pred.start is not None and pred.end is not None:
        gold_spans = list(gold.pieces)
        if gold.start is not None and gold.end is not None:
            gold_spans.append((gold.start, gold.end))
        if any(overlap(pred.start, pred.end, s, e) > 0 for s, e in gold_spans):
            return True
    if gold.aliases is not None:
        # The gold mention text is left out on purpose: an unresolved "he"
        # would otherwise be right whenever the gold mention is also "he".
        wanted = {normalise_name(n) for n in (gold.name, *gold.aliases)} - {""}
        return normalise_name(pred.name) in wanted
    predicted = _last_word(pred.name)
    return bool(predicted) and predicted in {_last_word(gold.text), _last_word(gold.name)}


# --------------------------------------------------------------------------- counting


@attrs.define
class Counts:
    """Raw counts from which every metric is computed; counts of groups add up."""

    docs: int = 0
    gold: int = 0
    gold_with_speaker: int = 0
    pred: int = 0
    pred_with_speaker: int = 0
    scare: int = 0
    scare_with_speaker: int = 0
    matched: int = 0
    attr_evaluated: int = 0
    attr_correct: int = 0

    def add(self, other: Counts) -> None:
        """Add *other*'s counts to these."""
        for field in attrs.fields(Counts):
            setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))

    def metrics(self) -> dict[str, Any]:
        """The counts and the derived metrics (fractions in [0, 1])."""
        scored_pred = self.pred - self.scare
        scored_pred_speaker = self.pred_with_speaker - self.scare_with_speaker
        return {
            **attrs.asdict(self),
            "detection": _prf(self.matched, scored_pred, self.gold),
            "attribution_accuracy": _ratio(self.attr_correct, self.attr_evaluated),
            "end_to_end": _prf(self.attr_correct, scored_pred_speaker, self.gold_with_speaker),
        }


def _ratio(num: int, den: int) -> float:
    """num / den, 0.0 for an empty denominator."""
    return num / den if den else 0.0


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1 from a true-positive count and the two totals."""
    p, r = _ratio(tp, predicted), _ratio(tp, gold)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


@attrs.define
class TypeCounts:
    """Recall-side counts for the gold quotes of one ``type``."""

    gold: int = 0
    gold_with_speaker: int = 0
    matched: int = 0
    attr_evaluated: int = 0
    attr_correct: int = 0

    def metrics(self) -> dict[str, Any]:
        """The counts with detection recall, attribution accuracy and end-to-end recall."""
        return {
            **attrs.asdict(self),
            "detection_recall": _ratio(self.matched, self.gold),
            "attribution_accuracy": _ratio(self.attr_correct, self.attr_evaluated),
            "end_to_end_recall": _ratio(self.attr_correct, self.gold_with_speaker),
        }


@attrs.frozen
class ErrorItem:
    """One error for ``--errors``: what went wrong, where, with both speakers."""

    kind: str
    doc_id: str
    start: int
    end: int
    context: str
    gold_speaker: str | None = None
    pred_speaker: str | None = None

    def describe(self) -> str:
        """Two lines: the kind with document and offsets, then the context."""
        head = f"{self.kind} [{self.doc_id} {self.start}:{self.end}]"
        if self.kind == "wrong speaker":
            head += f" gold={self.gold_speaker!r} predicted={self.pred_speaker!r}"
        elif self.kind == "missed quote" and self.gold_speaker:
            head += f" gold={self.gold_speaker!r}"
        elif self.kind == "spurious quote" and self.pred_speaker:
            head += f" predicted={self.pred_speaker!r}"
        return f"{head}\n    {self.context}"


def _context(text: str, start: int, end: int) -> str:
    """The quote in ⟦ ⟧ with some text on each side, on one line."""
    left = text[max(0, start - _CONTEXT) : start]
    right = text[end : end + _CONTEXT]
    shown = f"…{left}\u27e6{text[start:end]}\u27e7{right}…"
    return " ".join(shown.split())


def _speaker_label(speaker: SpeakerRef | None) -> str | None:
    """How a speaker is shown in an error line."""
    if speaker is None:
        return None
    if speaker.name and speaker.text and normalise_name(speaker.name) != normalise_name(speaker.text):
        return f"{speaker.text} ({speaker.name})"
    return speaker.name or speaker.text


@attrs.define
class Report:
    """Everything :func:`evaluate` measured."""

    overall: Counts = attrs.field(factory=Counts)
    by_source: dict[str, Counts] = attrs.field(factory=dict)
    by_type: dict[str, TypeCounts] = attrs.field(factory=dict)
    errors: list[ErrorItem] = attrs.field(factory=list)
    warnings: list[str] = attrs.field(factory=list)

    def to_json(self) -> dict[str, Any]:
        """The report as a JSON-ready dict (``overall``, ``by_source``, ``by_gold_type``, ``warnings``)."""
        out: dict[str, Any] = {"overall": self.overall.metrics()}
        if len(self.by_source) > 1:
            out["by_source"] = {k: v.metrics() for k, v in sorted(self.by_source.items())}
        out["by_gold_type"] = {k: v.metrics() for k, v in sorted(self.by_type.items())}
        out["warnings"] = list(self.warnings)
        return out

    def worst_errors(self, n: int) -> list[ErrorItem]:
        """The *n* worst errors: longest quotes first, since they carry the most words.

        Wrong speakers come before missed and spurious quotes of equal length,
        as they are the errors the attribution rules can fix.
        """
        order = {"wrong speaker": 0, "missed quote": 1, "spurious quote": 2}
        ranked = sorted(
            self.errors, key=lambda e: (-(e.end - e.start), order.get(e.kind, 3), e.doc_id, e.start)
        )
        return ranked[:n]


def _score_document(doc: GoldDoc, pred: Sequence[QuoteRef], report: Report) -> Counts:
    """Count one document, adding per-type counts and errors to *report*."""
    counts = Counts(docs=1, gold=len(doc.quotes), pred=len(pred))
    counts.gold_with_speaker = sum(q.speaker is not None for q in doc.quotes)
    counts.pred_with_speaker = sum(q.speaker is not None for q in pred)
    pairs = match_quotes(doc.quotes, pred)
    gold_to_pred = {g: p for p, g in pairs.items()}
    for g, gq in enumerate(doc.quotes):
        per_type = report.by_type.setdefault(gq.type or "untyped", TypeCounts())
        per_type.gold += 1
        per_type.gold_with_speaker += gq.speaker is not None
        p = gold_to_pred.get(g)
        if p is None:
            report.errors.append(
                ErrorItem(
                    "missed quote",
                    doc.id,
                    gq.start,
                    gq.end,
                    _context(doc.text, gq.start, gq.end),
                    gold_speaker=_speaker_label(gq.speaker),
                )
            )
            continue
        per_type.matched += 1
        counts.matched += 1
        if gq.speaker is None:
            continue
        per_type.attr_evaluated += 1
        counts.attr_evaluated += 1
        if speaker_correct(gq.speaker, pred[p].speaker):
            per_type.attr_correct += 1
            counts.attr_correct += 1
        else:
            report.errors.append(
                ErrorItem(
                    "wrong speaker",
                    doc.id,
                    gq.start,
                    gq.end,
                    _context(doc.text, gq.start, gq.end),
                    gold_speaker=_speaker_label(gq.speaker),
                    pred_speaker=_speaker_label(pred[p].speaker),
                )
            )
    _count_unmatched_predictions(doc, pred, pairs, counts, report)
    return counts


def _count_unmatched_predictions(
    doc: GoldDoc, pred: Sequence[QuoteRef], pairs: Mapping[int, int], counts: Counts, report: Report
) -> None:
    """Count the predictions no gold quote matched: scare-quote predictions apart, the rest as errors."""
    for p, pq in enumerate(pred):
        if p in pairs:
            continue
        if any(spans_match(pq.start, pq.end, s, e) for s, e in doc.unattributed):
            counts.scare += 1
            counts.scare_with_speaker += pq.speaker is not None
            continue
        report.errors.append(
            ErrorItem(
                "spurious quote",
                doc.id,
                pq.start,
                pq.end,
                _context(doc.text, pq.start, pq.end),
                pred_speaker=_speaker_label(pq.speaker),
            )
        )


def evaluate(gold: Sequence[GoldDoc], predictions: Mapping[str, Sequence[QuoteRef]]) -> Report:
    """Score *predictions* (quotes by document id) against *gold*.

    A gold document without predictions counts as predicting nothing;
    predictions for unknown ids are reported in ``warnings``.
    """
    report = Report()
    known = {doc.id for doc in gold}
    for doc_id in sorted(set(predictions) - known):
        report.warnings.append(f"prediction for unknown document id {doc_id!r} ignored")
    missing = sum(doc.id not in predictions for doc in gold)
    if missing:
        report.warnings.append(f"{missing} gold document(s) have no prediction line (scored as no quotes)")
    for doc in gold:
        pred = predictions.get(doc.id, ())
        for q in pred:
            if q.end > len(doc.text):
                report.warnings.append(f"{doc.id}: predicted quote {q.start}:{q.end} runs past the text")
        counts = _score_document(doc, pred, report)
        report.overall.add(counts)
        report.by_source.setdefault(doc.source, Counts()).add(counts)
    return report


def _text_warnings(gold: Sequence[GoldDoc], checks: Sequence[TextCheck]) -> list[str]:
    """Warnings for predicted quote texts that differ from the gold text at their offsets."""
    texts = {doc.id: doc.text for doc in gold}
    warnings: list[str] = []
    for where, doc_id, start, end, text in checks:
        source = texts.get(doc_id)
        if source is not None and source[start:end] != text:
            warnings.append(f"{where}: predicted text differs from text[{start}:{end}]")
    return warnings


# --------------------------------------------------------------------------- output


def _pct(value: float) -> str:
    """A fraction as a percentage with one decimal."""
    return f"{100 * value:5.1f}"


def _table_row(label: str, metrics: Mapping[str, Any]) -> str:
    """One row of the text table."""
    det, e2e = metrics["detection"], metrics["end_to_end"]
    # As score.py prints it: the predictions that are scored, scare-quote ones apart.
    scored = metrics["pred"] - metrics["scare"]
    return (
        f"{label:<18}{metrics['docs']:>5}{metrics['gold']:>7}{scored:>7}{metrics['scare']:>6} | "
        f"{_pct(det['precision'])} {_pct(det['recall'])} {_pct(det['f1'])}  | "
        f"{_pct(metrics['attribution_accuracy'])}   | "
        f"{_pct(e2e['precision'])} {_pct(e2e['recall'])} {_pct(e2e['f1'])}"
    )


def format_report(report: Report) -> str:
    """The human-readable table printed without ``--json``."""
    data = report.to_json()
    lines = [
        f"{'':<18}{'docs':>5}{'gold':>7}{'pred':>7}{'scare':>6} | "
        "detection P/R/F1  | attr acc | end-to-end P/R/F1",
        "-" * 92,
        _table_row("overall", data["overall"]),
    ]
    for source, metrics in data.get("by_source", {}).items():
        lines.append(_table_row(f"  {source}", metrics))
    lines += ["", f"{'gold type':<18}{'gold':>7}{'det R':>9}{'attr acc':>10}{'e2e R':>9}"]
    for kind, metrics in data["by_gold_type"].items():
        lines.append(
            f"{kind:<18}{metrics['gold']:>7}{_pct(metrics['detection_recall']):>9}"
            f"{_pct(metrics['attribution_accuracy']):>10}{_pct(metrics['end_to_end_recall']):>9}"
        )
    for warning in data["warnings"]:
        lines.append(f"warning: {warning}")
    return "\n".join(lines)


def _build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``quoteattr evaluate``."""
    parser = argparse.ArgumentParser(
        prog="quoteattr evaluate",
        description="Score quote attribution against a gold JSONL file.",
    )
    parser.add_argument("gold", metavar="GOLD.jsonl", help="gold documents, one per line")
    parser.add_argument(
        "--pred",
        metavar="PRED.jsonl",
        help="predictions to score (default: run quoteattr on the gold texts)",
    )
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N", help="also print the N worst errors with context"
    )
    parser.add_argument(
        "--indirect",
        action="store_true",
        help="score reported speech (the gold 'indirect' items) instead of quotes",
    )
    parser.add_argument(
        "--only",
        metavar="CLASSES",
        help="with --indirect: only gold reports with these cue classes ('speech', ...)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m quoteattr.evaluate``; returns the exit code."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.only is not None and not args.indirect:
        parser.error("--only applies to reported speech: add --indirect")
    if args.errors < 0:
        parser.error(f"--errors must be 0 or more, got {args.errors}")
    if args.errors and args.indirect:
        parser.error("--errors lists the errors of direct quotes; it cannot be combined with --indirect")
    if args.indirect:
        from quoteattr.evaluate_reports import run

        try:
            print(run(args.gold, args.pred, args.only, args.json))
        except EvaluationInputError as exc:
            print(f"quoteattr evaluate: error: {exc}", file=sys.stderr)
            return EXIT_INPUT
        return EXIT_OK
    try:
        gold = load_gold(args.gold)
        if args.pred:
            predictions, checks = load_predictions(args.pred, {doc.id: doc.text for doc in gold})
        else:
            predictions, checks = predict(gold), []
    except EvaluationInputError as exc:
        print(f"quoteattr evaluate: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    report = evaluate(gold, predictions)
    report.warnings.extend(_text_warnings(gold, checks))
    if args.json:
        data = report.to_json()
        if args.errors > 0:
            data["errors"] = [attrs.asdict(e) for e in report.worst_errors(args.errors)]
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(format_report(report))
        if args.errors > 0:
            print(f"\n{args.errors} worst errors (longest quotes first):")
            for error in report.worst_errors(args.errors):
                print(error.describe())
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
