"""Front end, evaluation: score reported speech against gold (``quoteattr evaluate --indirect``).

Gold documents list their reports under ``"indirect"`` (``start``/``end`` of
the content, optional ``spans`` for a discontinuous one, ``speaker``, ``cue``);
their direct quotes stay under ``"quotes"``.  A prediction line is
``{"id", "quotes": [...]}`` (the items of kind ``"indirect"`` are the reports,
as ``quoteattr --jsonl --indirect`` writes them) or ``{"id", "reports": [...]}``.

The figures are those of the shared scorer ``score_indirect.py`` (see
``../shared/eval/README.md``, "Reported speech"), computed the same way:

detection
    A predicted and a gold report match when their contents share at least
    half the longer one's characters; pairs are taken one-to-one, greedily,
    largest overlap first.  An unmatched prediction that covers at least half
    of a gold quote is neutral (a *quote-overlap* prediction).
source accuracy, end-to-end
    As for direct quotes: the predicted source is right when its span overlaps
    the gold source, or the last words of the names agree (a bare pronoun
    never matches by name).  End-to-end precision is over the predictions
    with a source, recall over the gold reports with one.
cue accuracy
    Over matched pairs with a gold cue: the predicted cue overlaps it.
full
    Content matched, source right (or both null) and cue right (or both null).
``--only``
    Scores against the gold reports whose cue is of the given classes
    (``speech`` = speech verbs, ``according to`` and speech nouns); an
    unmatched prediction that matches a gold report of another class, or
    whose own cue is of another class, is neutral (*out of scope*).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from quoteattr.gold import (
    EvaluationInputError,
    _as_int,
    _jsonl_objects,
    check_within,
    gold_objects,
    span_list,
)
from quoteattr.lang import Lexicon

Pieces = tuple[tuple[int, int], ...]

#: The cue classes of ``--only``; ``speech`` names the three classes of speech.
CUE_CLASSES = ("according_to", "speech_verb", "cognition_verb", "speech_noun", "other", "no_cue")
SPEECH_CLASSES = frozenset({"speech_verb", "according_to", "speech_noun"})


#: The endings the scorer inflects like ``-es`` (``press``, ``wish``, ``fix``).
_SIBILANT_RE = re.compile(r"(?:s|sh|ch|x|z)$")
#: A consonant before a final ``y`` (``deny``, not ``say``).
_CONSONANT_Y_RE = re.compile(r"[^aeiou]y$")


def _regular_inflections(lemma: str) -> set[str]:
    """The lemma and its -s, -ed and -ing forms by the scorer's regular rules
    (which differ from :func:`quoteattr.lang.en.regular_forms` on ``agree``)."""
    if lemma.endswith("e"):
        return {lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if _CONSONANT_Y_RE.search(lemma):
        return {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    if _SIBILANT_RE.search(lemma):
        return {lemma, lemma + "es", lemma + "ed", lemma + "ing"}
    return {lemma, lemma + "s", lemma + "ed", lemma + "ing"}


def _load_classes() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """The scorer's cue classes (``lang/en/report_cue_classes.tsv``): the word forms
    of each class, and the pronouns that never match a source by name."""
    forms: dict[str, set[str]] = {
        "speech_verb": set(),
        "cognition_verb": set(),
        "speech_noun": set(),
    }
    pronouns: set[str] = set()
    for word, rows in Lexicon.english().report_cue_classes.items():
        for word_class, *rest in rows:
            if word_class == "pronoun":
                pronouns.add(word)
            elif word_class == "speech_noun":
                forms[word_class].add(word)
            else:
                explicit = rest[0].split() if rest else []
                forms[word_class].update(
                    {word, *explicit} if explicit else _regular_inflections(word)
                )
    return {k: frozenset(v) for k, v in forms.items()}, frozenset(pronouns)


_FORMS, _PRONOUNS = _load_classes()
_CUE_WORD_RE = re.compile(r"[a-z][a-z'-]*")
_ACCORDING_RE = re.compile(r"\baccording\s+to\b")


def cue_class(cue_text: str) -> str:
    """The class of a cue: ``according_to``, ``speech_verb``, ``cognition_verb``,
    ``speech_noun`` or ``other``.

    >>> cue_class("has said"), cue_class("According to"), cue_class("believes")
    ('speech_verb', 'according_to', 'cognition_verb')
    """
    low = cue_text.lower().replace("\u2019", "'")
    if _ACCORDING_RE.search(low):
        return "according_to"
    words = _CUE_WORD_RE.findall(low)
    for word_class in ("speech_verb", "cognition_verb", "speech_noun"):
        if any(w in _FORMS[word_class] for w in words):
            return word_class
    return "other"


@attrs.frozen
class Source:
    """A report's source as a file gives it: its pieces (maybe none) and names."""

    pieces: Pieces
    text: str
    name: str


@attrs.frozen
class ReportRef:
    """One gold or predicted report: content pieces, source, cue pieces and cue text."""

    pieces: Pieces
    source: Source | None
    cue: Pieces | None
    cue_text: str = ""

    @property
    def cue_class(self) -> str:
        """The class of the cue (``no_cue`` without one)."""
        return cue_class(self.cue_text) if self.cue is not None else "no_cue"


@attrs.frozen
class ReportDoc:
    """One gold document: its reports and the spans of its direct quotes."""

    id: str
    reports: tuple[ReportRef, ...]
    quotes: tuple[tuple[int, int], ...]


def _pieces(raw: Mapping[str, Any], where: str) -> Pieces:
    """The pieces of a span object: its ``spans`` when given, else ``(start, end)``."""
    spans = raw.get("spans")
    if spans is not None and spans != []:
        return tuple(sorted(span_list(spans, where)))
    start, end = _as_int(raw.get("start"), where), _as_int(raw.get("end"), where)
    if end < start:
        raise EvaluationInputError(f"{where}: end {end} is before start {start}")
    return ((start, end),)


def _source(raw: Any, where: str) -> Source | None:
    """Parse a source object (``None`` stays ``None``; offsets may be null)."""
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise EvaluationInputError(f"{where}: speaker must be an object or null")
    if raw.get("spans"):
        pieces = _pieces(raw, where)
    elif raw.get("start") is not None and raw.get("end") is not None:
        pieces = ((_as_int(raw["start"], where), _as_int(raw["end"], where)),)
    else:
        pieces = ()
    return Source(pieces, str(raw.get("text") or ""), str(raw.get("name") or ""))


def _report(raw: Any, where: str) -> ReportRef:
    """Parse one report object of either file."""
    if not isinstance(raw, Mapping):
        raise EvaluationInputError(f"{where}: a report must be an object")
    cue = raw.get("cue")
    cue_pieces = (
        _pieces(cue, where) if isinstance(cue, Mapping) and cue.get("start") is not None else None
    )
    cue_text = str(cue.get("text") or "") if isinstance(cue, Mapping) else ""
    return ReportRef(_pieces(raw, where), _source(raw.get("speaker"), where), cue_pieces, cue_text)


def load_gold_reports(path: str) -> list[ReportDoc]:
    """Read the reports and quote spans of a gold JSONL file.

    Raises:
        EvaluationInputError: naming the file and line of the first bad record.
    """
    return _gold_reports(gold_objects(path))


def _gold_reports(objects: Iterable[tuple[str, Mapping[str, Any]]]) -> list[ReportDoc]:
    """The reports and quote spans of gold ``(where, object)`` records, each checked."""
    docs: list[ReportDoc] = []
    for where, obj in objects:
        items, quote_items = obj.get("indirect") or [], obj.get("quotes") or []
        if not isinstance(items, list) or not isinstance(quote_items, list):
            raise EvaluationInputError(f'{where}: "indirect" and "quotes" must be lists')
        reports = tuple(_report(r, where) for r in items)
        if not all(isinstance(q, Mapping) for q in quote_items):
            raise EvaluationInputError(f"{where}: a quote must be an object")
        quotes = tuple(_pieces(q, where)[0] for q in quote_items)
        check_within([p for r in reports for p in r.pieces] + list(quotes), obj["text"], where)
        docs.append(ReportDoc(str(obj["id"]), reports, quotes))
    return docs


def parse_predicted_reports(
    objects: Iterable[tuple[str, Mapping[str, Any]]],
) -> dict[str, list[ReportRef]]:
    """The predicted reports of ``(where, object)`` records, by document id."""
    predictions: dict[str, list[ReportRef]] = {}
    for where, obj in objects:
        items = obj.get("reports")
        if items is None:
            quotes = obj.get("quotes") or []
            items = [
                q
                for q in quotes
                if isinstance(q, Mapping) and q.get("kind") in ("indirect", "reported")
            ]
        if not isinstance(items, list):
            raise EvaluationInputError(f'{where}: "reports" must be a list')
        predictions.setdefault(str(obj["id"]), []).extend(_report(r, where) for r in items)
    return predictions


def _load_predicted_reports(path: str, texts: Mapping[str, str]) -> dict[str, list[ReportRef]]:
    """The reports of a prediction file, each checked to end within its gold text.

    As in score_indirect.py: a report past its text indexes some other text.
    """
    objects = list(_jsonl_objects(path))
    predictions = parse_predicted_reports(objects)
    for where, obj in objects:
        text = texts.get(str(obj["id"]))
        if text is not None:
            check_within((p for r in predictions[str(obj["id"])] for p in r.pieces), text, where)
    return predictions


def predict_reports(texts: Iterable[tuple[str, str]]) -> dict[str, list[ReportRef]]:
    """Run :func:`quoteattr.attribute_quotes` with ``indirect=True`` over ``(id, text)`` pairs."""
    from quoteattr.attribute import Attributor
    from quoteattr.config import Config

    attributor = Attributor(Config(indirect=True))
    records = (
        (doc_id, {"id": doc_id, "quotes": [q.to_dict() for q in attributor.attribute(text)]})
        for doc_id, text in texts
    )
    return parse_predicted_reports(records)


# --------------------------------------------------------------------------- matching


def _shared(a: Pieces, b: Pieces) -> int:
    """Characters two sets of pieces share."""
    return sum(max(0, min(a1, b1) - max(a0, b0)) for a0, a1 in a for b0, b1 in b)


def _length(pieces: Pieces) -> int:
    return sum(b - a for a, b in pieces)


def match_reports(gold: Sequence[Pieces], pred: Sequence[Pieces]) -> dict[int, int]:
    """Pair predictions with gold reports: ``{pred index: gold index}``.

    A pair needs a shared part of at least half the longer span; pairs are
    taken greedily, the largest shared part first (ties: gold, then prediction order).
    """
    candidates: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            shared = _shared(g, p)
            if shared > 0 and 2 * shared >= max(_length(g), _length(p)):
                candidates.append((-shared, gi, pi))
    candidates.sort()
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in candidates:
        if gi not in used and pi not in pairs:
            used.add(gi)
            pairs[pi] = gi
    return pairs


def _name_words(name: str) -> list[str]:
    """The scorer's normalised words of a name: lowercase, possessive and punctuation dropped."""
    words = []
    for word in name.lower().replace("\u2019", "'").split():
        word = re.sub(r"[^\w]", "", re.sub(r"'s$", "", word))
        if word:
            words.append(word)
    return words


def source_correct(gold: Source, pred: Source | None) -> bool:
    """Whether *pred* names the source *gold* names (span overlap, else last word of the name)."""
    if pred is None:
        return False
    if pred.pieces and _shared(gold.pieces, pred.pieces) > 0:
        return True
    words = _name_words(pred.name)
    if not words or " ".join(words) in _PRONOUNS:
        return False  # an unresolved pronoun names nobody
    return any(w and w[-1] == words[-1] for w in (_name_words(gold.text), _name_words(gold.name)))


# --------------------------------------------------------------------------- counting


@attrs.define
class ReportCounts:
    """Raw counts from which every figure is computed; counts of documents add up."""

    docs: int = 0
    docs_missing: int = 0
    gold: int = 0
    pred: int = 0
    quote_overlap: int = 0
    out_of_scope: int = 0
    matched: int = 0
    gold_with_source: int = 0
    pred_with_source: int = 0
    source_evaluated: int = 0
    source_correct: int = 0
    cue_evaluated: int = 0
    cue_correct: int = 0
    full_tp: int = 0

    def add(self, other: ReportCounts) -> None:
        """Add *other*'s counts to these."""
        for field in attrs.fields(ReportCounts):
            setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))


def _neutral(
    doc: ReportDoc,
    pred: Sequence[ReportRef],
    pairs: Mapping[int, int],
    out: Sequence[ReportRef],
    only: frozenset[str] | None,
) -> tuple[set[int], set[int]]:
    """The quote-overlap and the out-of-scope predictions among the unmatched ones."""
    quote_overlap = {
        pi
        for pi, p in enumerate(pred)
        if pi not in pairs
        and any(e > s and 2 * _shared(p.pieces, ((s, e),)) >= e - s for s, e in doc.quotes)
    }
    rest = [pi for pi in range(len(pred)) if pi not in pairs and pi not in quote_overlap]
    out_of_scope: set[int] = set()
    if only is not None and rest:
        matched_out = match_reports([g.pieces for g in out], [pred[pi].pieces for pi in rest])
        out_of_scope = {rest[k] for k in matched_out}
        out_of_scope |= {
            pi for pi in rest if pred[pi].cue is not None and pred[pi].cue_class not in only
        }
    return quote_overlap, out_of_scope


def score_document(
    doc: ReportDoc, pred: Sequence[ReportRef] | None, only: frozenset[str] | None = None
) -> ReportCounts:
    """The counts of one document (*pred* ``None``: the document has no prediction line)."""
    predicted = list(pred or [])
    gold = [g for g in doc.reports if only is None or g.cue_class in only]
    out = [g for g in doc.reports if only is not None and g.cue_class not in only]
    pairs = match_reports([g.pieces for g in gold], [p.pieces for p in predicted])
    quote_overlap, out_of_scope = _neutral(doc, predicted, pairs, out, only)
    live = [
        p for pi, p in enumerate(predicted) if pi not in quote_overlap and pi not in out_of_scope
    ]
    c = ReportCounts(docs=1, docs_missing=int(pred is None), gold=len(gold), pred=len(live))
    c.quote_overlap, c.out_of_scope, c.matched = len(quote_overlap), len(out_of_scope), len(pairs)
    c.gold_with_source = sum(1 for g in gold if g.source is not None)
    c.pred_with_source = sum(1 for p in live if p.source is not None)
    for pi, gi in pairs.items():
        g, p = gold[gi], predicted[pi]
        source_ok = source_correct(g.source, p.source) if g.source is not None else p.source is None
        cue_ok = (
            _shared(g.cue, p.cue) > 0
            if g.cue is not None and p.cue is not None
            else g.cue is None and p.cue is None
        )
        if g.cue is not None:
            c.cue_evaluated += 1
            c.cue_correct += p.cue is not None and _shared(g.cue, p.cue) > 0
        if g.source is not None:
            c.source_evaluated += 1
            c.source_correct += source_ok
        c.full_tp += source_ok and cue_ok
    return c


def score_reports(
    docs: Sequence[ReportDoc],
    predictions: Mapping[str, Sequence[ReportRef]],
    only: frozenset[str] | None = None,
) -> ReportCounts:
    """The counts over every gold document."""
    total = ReportCounts()
    for doc in docs:
        total.add(score_document(doc, predictions.get(doc.id), only))
    return total


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def report_metrics(c: ReportCounts) -> dict[str, Any]:
    """The figures of :class:`ReportCounts`, as ``score_indirect.py --json`` names them."""
    return {
        "docs": c.docs,
        "docs_missing_in_pred": c.docs_missing,
        "gold_reports": c.gold,
        "pred_reports": c.pred,
        "quote_overlap_predictions": c.quote_overlap,
        "out_of_scope_predictions": c.out_of_scope,
        "matched": c.matched,
        "detection": _prf(c.matched, c.pred, c.gold),
        "source": {
            "accuracy": c.source_correct / c.source_evaluated if c.source_evaluated else 0.0,
            "correct": c.source_correct,
            "evaluated": c.source_evaluated,
        },
        "cue": {
            "overlap_accuracy": c.cue_correct / c.cue_evaluated if c.cue_evaluated else 0.0,
            "evaluated": c.cue_evaluated,
        },
        "end_to_end": _prf(c.source_correct, c.pred_with_source, c.gold_with_source),
        "full": _prf(c.full_tp, c.pred, c.gold),
    }


def parse_only(value: str) -> frozenset[str]:
    """The cue classes ``--only`` names (``speech`` or a comma-separated list).

    >>> sorted(parse_only("speech"))
    ['according_to', 'speech_noun', 'speech_verb']
    """
    classes: set[str] = set()
    for name in value.split(","):
        name = name.strip()
        if name == "speech":
            classes |= SPEECH_CLASSES
        elif name in CUE_CLASSES:
            classes.add(name)
        else:
            raise EvaluationInputError(
                f"--only: unknown cue class {name!r} (speech, {', '.join(CUE_CLASSES)})"
            )
    return frozenset(classes)


def format_report_metrics(metrics: Mapping[str, Any], only: frozenset[str] | None) -> str:
    """The figures as a few lines of text."""

    def row(label: str, x: Mapping[str, float]) -> str:
        return f"{label:<28} P {100 * x['precision']:5.1f}  R {100 * x['recall']:5.1f}  F1 {100 * x['f1']:5.1f}"

    m = metrics
    lines = [f"gold restricted to cue classes: {', '.join(sorted(only))}"] if only else []
    lines.append(
        f"docs {m['docs']} (missing in pred {m['docs_missing_in_pred']})  gold {m['gold_reports']}  "
        f"pred {m['pred_reports']}  quote-overlap {m['quote_overlap_predictions']}  "
        f"out-of-scope {m['out_of_scope_predictions']}  matched {m['matched']}"
    )
    lines.append(row("detection (overlap>=50%)", m["detection"]))
    lines.append(
        f"source accuracy {100 * m['source']['accuracy']:5.1f} over {m['source']['evaluated']} matched with gold source"
    )
    lines.append(
        f"cue accuracy overlap {100 * m['cue']['overlap_accuracy']:5.1f} over {m['cue']['evaluated']} matched with gold cue"
    )
    lines.append(row("end-to-end (content+source)", m["end_to_end"]))
    lines.append(row("full (content+source+cue)", m["full"]))
    return "\n".join(lines)


def run(gold_path: str, pred_path: str | None, only: str | None, as_json: bool) -> str:
    """Score the reports of *pred_path* (default: run quoteattr) against *gold_path*.

    Returns the figures as text, or as one JSON object with *as_json*.

    Raises:
        EvaluationInputError: for an unreadable or malformed file, or a bad *only*.
    """
    import json

    classes = parse_only(only) if only else None
    gold = list(gold_objects(gold_path))  # read once: the reports, and the texts they index
    docs = _gold_reports(gold)
    texts = {str(obj["id"]): str(obj["text"]) for _, obj in gold}
    if pred_path:
        predictions = _load_predicted_reports(pred_path, texts)
    else:
        predictions = predict_reports(texts.items())
    metrics = report_metrics(score_reports(docs, predictions, classes))
    if as_json:
        return json.dumps(
            {"only": sorted(classes) if classes else None, "overall": metrics}, indent=2
        )
    return format_report_metrics(metrics, classes)
