"""Tests of quoteattr.evaluate on tiny hand-made gold/prediction pairs.

Every expected number below is counted by hand from the documents in this file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from quoteattr.evaluate import (
    QuoteRef,
    SpeakerRef,
    evaluate,
    format_report,
    load_gold,
    load_predictions,
    main,
    match_quotes,
    normalise_name,
    predict,
    spans_match,
    speaker_correct,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def _quote(start: int, end: int, speaker: SpeakerRef | None = None, kind: str = "") -> QuoteRef:
    return QuoteRef(start, end, speaker, kind)


def _news(name: str, start: int | None = None, end: int | None = None) -> SpeakerRef:
    return SpeakerRef(start, end, name, name)


# ----------------------------------------------------------------- span matching


def test_half_of_the_longer_span_is_enough() -> None:
    assert spans_match(0, 10, 5, 15)


def test_less_than_half_of_the_longer_span_is_not() -> None:
    assert not spans_match(0, 10, 6, 16)


def test_a_short_span_inside_a_long_one_does_not_match() -> None:
    # 4 shared characters of a 10-character gold quote: under half of the longer.
    assert not spans_match(0, 10, 3, 7)


def test_disjoint_and_empty_spans_never_match() -> None:
    assert not spans_match(0, 5, 5, 10)
    assert not spans_match(3, 3, 3, 3)


def test_matching_is_greedy_by_overlap_and_one_to_one() -> None:
    gold = [_quote(0, 10), _quote(10, 20)]
    # pred 0 overlaps both gold quotes by 6; pred 1 overlaps the second by 9 and
    # must take it first, leaving the first gold quote to pred 0.
    pred = [_quote(4, 16), _quote(10, 19)]
    assert match_quotes(gold, pred) == {1: 1, 0: 0}


def test_a_gold_quote_is_matched_only_once() -> None:
    gold = [_quote(0, 10)]
    pred = [_quote(0, 10), _quote(0, 9)]
    assert match_quotes(gold, pred) == {0: 0}


# ----------------------------------------------------------------- speakers


def test_normalise_name_drops_case_punctuation_and_possessive() -> None:
    assert normalise_name("Sen. Maria Lopez's") == "sen maria lopez"
    assert normalise_name("O\u2019Brien\u2019s") == "obrien"
    assert normalise_name("  ") == ""


def test_overlapping_mention_is_correct_whatever_the_name() -> None:
    gold = _news("Lopez", 40, 45)
    assert speaker_correct(gold, SpeakerRef(40, 43, "she", "Somebody Else"))


def test_news_names_match_on_last_word() -> None:
    gold = SpeakerRef(10, 25, "Senator Lopez", "Maria Lopez")
    assert speaker_correct(gold, SpeakerRef(None, None, "", "Ms. Lopez"))
    assert speaker_correct(gold, SpeakerRef(90, 97, "Lopez's", "LOPEZ'S"))
    assert not speaker_correct(gold, SpeakerRef(90, 95, "Maria", "Maria"))


def test_null_predicted_speaker_is_wrong() -> None:
    assert not speaker_correct(_news("Lopez", 0, 5), None)


def test_literary_names_need_the_whole_name_or_an_alias() -> None:
    gold = SpeakerRef(None, None, "", "Ada Hollis", aliases=("Ada", "Miss Hollis"))
    assert speaker_correct(gold, SpeakerRef(None, None, "", "ada hollis"))
    assert speaker_correct(gold, SpeakerRef(None, None, "", "Miss Hollis"))
    # A sister shares the surname: a last-word match is not enough in fiction.
    assert not speaker_correct(gold, SpeakerRef(None, None, "", "Clara Hollis"))


def test_literary_unresolved_pronoun_is_not_a_name_match() -> None:
    gold = SpeakerRef(100, 102, "he", "Tom Vell", aliases=("Tom",))
    assert not speaker_correct(gold, SpeakerRef(300, 302, "he", "he"))


def test_discontinuous_gold_speaker_pieces_count_for_overlap() -> None:
    gold = SpeakerRef(0, 3, "The", "", pieces=((0, 3), (20, 27)))
    assert speaker_correct(gold, SpeakerRef(21, 26, "owner", "owner"))


# ----------------------------------------------------------------- whole documents

_TEXT = (
    '"We will win," Ana Ruiz said. '  # quote 1: 1-13, Ana Ruiz 15-23
    'Tom Hale said the plan was "a mess" and left. '  # quote 2: 58-64, Tom Hale 30-38
    'The so-called "experts" stayed. '  # scare quote 91-98
    '"Nobody knows." '  # quote 3: 109-122, no speaker
    'Ruiz said "later" too.'  # Ruiz 124-128, a spurious prediction 135-140
)


def _doc(doc_id: str = "d1", source: str = "news") -> dict[str, Any]:
    return {
        "id": doc_id,
        "source": source,
        "text": _TEXT,
        "quotes": [
            {"start": 1, "end": 13, "text": _TEXT[1:13], "type": "full",
             "speaker": {"start": 15, "end": 23, "text": "Ana Ruiz", "name": "Ana Ruiz"}},
            {"start": 58, "end": 64, "text": _TEXT[58:64], "type": "partial",
             "speaker": {"start": 30, "end": 38, "text": "Tom Hale"}},
            {"start": 109, "end": 122, "text": _TEXT[109:122], "type": "full", "speaker": None},
        ],
        "unattributed_quoted_spans": [[91, 98]],
    }


def _speaker(name: str, start: int, end: int) -> dict[str, Any]:
    return {"name": name, "start": start, "end": end, "text": _TEXT[start:end]}


def _pred(doc_id: str = "d1") -> dict[str, Any]:
    return {
        "id": doc_id,
        "quotes": [
            # right: matches quote 1 and names Ruiz
            {"start": 1, "end": 13, "text": _TEXT[1:13], "speaker": _speaker("Ana Ruiz", 15, 23)},
            # matched, wrong speaker (Ruiz instead of Hale)
            {"start": 58, "end": 64, "text": _TEXT[58:64], "speaker": _speaker("Ana Ruiz", 124, 128)},
            # a scare-quote prediction: neither right nor wrong
            {"start": 91, "end": 98, "text": _TEXT[91:98], "speaker": _speaker("Ana Ruiz", 124, 128)},
            # spurious
            {"start": 135, "end": 140, "text": _TEXT[135:140], "speaker": _speaker("Ana Ruiz", 124, 128)},
        ],
    }


def _write(path: Path, records: list[dict[str, Any]]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_fixture_offsets_are_what_the_comments_say() -> None:
    assert _TEXT[1:13] == "We will win,"
    assert _TEXT[58:64] == "a mess"
    assert _TEXT[91:98] == "experts"
    assert _TEXT[109:122] == "Nobody knows."
    assert _TEXT[135:140] == "later"
    assert _TEXT[124:128] == "Ruiz"


def _scores(tmp_path: Path, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Any]:
    gold_docs = load_gold(_write(tmp_path / "gold.jsonl", gold))
    predictions, _ = load_predictions(_write(tmp_path / "pred.jsonl", pred))
    return evaluate(gold_docs, predictions).to_json()


def test_counts_and_metrics_of_a_small_document(tmp_path: Path) -> None:
    overall = _scores(tmp_path, [_doc()], [_pred()])["overall"]
    assert (overall["gold"], overall["pred"], overall["scare"], overall["matched"]) == (3, 4, 1, 2)
    # detection: 2 matched of 3 scored predictions and 3 gold quotes
    assert overall["detection"]["precision"] == pytest.approx(2 / 3)
    assert overall["detection"]["recall"] == pytest.approx(2 / 3)
    assert overall["detection"]["f1"] == pytest.approx(2 / 3)
    # attribution: quotes 1 and 2 have gold speakers, only quote 1 is right
    assert overall["attribution_accuracy"] == pytest.approx(0.5)
    # end-to-end: 1 right of 3 predictions with a speaker (scare one left out)
    # and of 2 gold quotes with a speaker
    assert overall["end_to_end"]["precision"] == pytest.approx(1 / 3)
    assert overall["end_to_end"]["recall"] == pytest.approx(1 / 2)
    assert overall["end_to_end"]["f1"] == pytest.approx(0.4)


def test_recall_side_numbers_by_gold_type(tmp_path: Path) -> None:
    by_type = _scores(tmp_path, [_doc()], [_pred()])["by_gold_type"]
    assert by_type["full"]["gold"] == 2
    assert by_type["full"]["detection_recall"] == pytest.approx(0.5)
    assert by_type["full"]["attribution_accuracy"] == pytest.approx(1.0)
    assert by_type["partial"]["attribution_accuracy"] == pytest.approx(0.0)
    assert by_type["partial"]["end_to_end_recall"] == pytest.approx(0.0)


def test_missing_prediction_line_counts_as_predicting_nothing(tmp_path: Path) -> None:
    data = _scores(tmp_path, [_doc("d1", "news"), _doc("d2", "fiction")], [_pred("d1")])
    assert data["overall"]["gold"] == 6
    assert data["overall"]["detection"]["recall"] == pytest.approx(2 / 6)
    assert data["by_source"]["fiction"]["matched"] == 0
    assert data["by_source"]["news"]["matched"] == 2
    assert data["warnings"] == ["1 gold document(s) have no prediction line (scored as no quotes)"]


def test_prediction_for_an_unknown_document_is_ignored_with_a_warning(tmp_path: Path) -> None:
    data = _scores(tmp_path, [_doc("d1")], [_pred("d1"), _pred("elsewhere")])
    assert data["overall"]["pred"] == 4
    assert data["warnings"] == ["prediction for unknown document id 'elsewhere' ignored"]


def test_by_source_is_left_out_for_a_single_source(tmp_path: Path) -> None:
    assert "by_source" not in _scores(tmp_path, [_doc()], [_pred()])


def test_main_prints_json_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _write(tmp_path / "gold.jsonl", [_doc()])
    pred = _write(tmp_path / "pred.jsonl", [_pred()])
    assert main([gold, "--pred", pred, "--json", "--errors", "5"]) == 0
    data = json.loads(capsys.readouterr().out)
    kinds = sorted(e["kind"] for e in data["errors"])
    assert kinds == ["missed quote", "spurious quote", "wrong speaker"]
    wrong = next(e for e in data["errors"] if e["kind"] == "wrong speaker")
    assert wrong["gold_speaker"] == "Tom Hale"
    assert wrong["pred_speaker"] == "Ruiz (Ana Ruiz)"
    assert data["warnings"] == []


def test_main_text_output_shows_worst_errors_with_context(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _write(tmp_path / "gold.jsonl", [_doc()])
    pred = _write(tmp_path / "pred.jsonl", [_pred()])
    assert main([gold, "--pred", pred, "--errors", "1"]) == 0
    out = capsys.readouterr().out
    # the longest error is the missed 13-character quote 3
    assert "missed quote [d1 109:122]" in out
    assert "\u27e6Nobody knows.\u27e7" in out
    assert "spurious quote" not in out


def test_predicted_text_that_disagrees_with_offsets_is_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _pred()
    bad["quotes"][0]["text"] = "something else"
    gold = _write(tmp_path / "gold.jsonl", [_doc()])
    pred = _write(tmp_path / "pred.jsonl", [bad])
    assert main([gold, "--pred", pred, "--json"]) == 0
    warnings = json.loads(capsys.readouterr().out)["warnings"]
    assert len(warnings) == 1 and "pred.jsonl:1" in warnings[0]


def test_malformed_gold_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(_doc()) + "\n{not json\n", encoding="utf-8")
    assert main([str(path)]) == 2
    assert f"{path}:2" in capsys.readouterr().err


def _with(change: str) -> list[dict[str, Any]]:
    """The fixture gold, made malformed in one way named by *change*."""
    doc = _doc()
    if change == "empty":
        return []
    if change == "duplicate id":
        return [doc, _doc()]
    if change == "quote past the text":
        doc["quotes"][0]["end"] = len(_TEXT) + 5
    elif change == "negative offset":
        doc["quotes"][0]["start"] = -1
    elif change == "spans not a list":
        doc["quotes"][0]["speaker"]["spans"] = 7
    elif change == "spans of three":
        doc["quotes"][0]["speaker"]["spans"] = [[15, 18, 23]]
    return [doc]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("empty", "no gold documents"),
        ("duplicate id", "duplicate id 'd1'"),
        ("quote past the text", "runs past the text"),
        ("negative offset", "expected an integer offset >= 0, got -1"),
        ("spans not a list", '"spans" must be a list of [start, end] pairs'),
        ("spans of three", '"spans" must be a list of [start, end] pairs'),
    ],
)
def test_malformed_gold_is_one_line_and_exit_2(
    change: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _write(tmp_path / "gold.jsonl", _with(change))
    pred = _write(tmp_path / "pred.jsonl", [_pred()])
    assert main([gold, "--pred", pred]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and message in captured.err


def test_negative_predicted_offset_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _write(tmp_path / "gold.jsonl", [_doc()])
    bad = _pred()
    bad["quotes"][0]["start"] = -3
    pred = _write(tmp_path / "pred.jsonl", [bad])
    assert main([gold, "--pred", pred]) == 2
    assert "pred.jsonl:1: expected an integer offset >= 0, got -3" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--only", "speech"], ["--errors", "-1"], ["--errors", "3", "--indirect"]])
def test_option_that_cannot_apply_is_a_usage_error(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _write(tmp_path / "gold.jsonl", [_doc()])
    with pytest.raises(SystemExit) as stop:
        main([gold, *argv])
    assert stop.value.code == 2
    assert argv[0] in capsys.readouterr().err


def test_without_pred_the_library_is_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = '"It is done," said Ana Ruiz.'
    gold = {"id": "x", "source": "news", "text": text, "unattributed_quoted_spans": [],
            "quotes": [{"start": 1, "end": 12, "text": "It is done,", "type": "full",
                        "speaker": {"start": 19, "end": 27, "text": "Ana Ruiz"}}]}
    assert main([_write(tmp_path / "gold.jsonl", [gold]), "--json"]) == 0
    overall = json.loads(capsys.readouterr().out)["overall"]
    assert overall["matched"] == 1
    assert overall["attribution_accuracy"] == 1.0


# ----------------------------------------------------------------- agreement with score.py


@pytest.mark.skipif(not (SHARED / "score.py").exists(), reason="../shared/eval is not present")
@pytest.mark.parametrize("name", ["polnear-dev.jsonl", "seed.jsonl"])
def test_agrees_with_the_shared_scorer(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold_path = str(SHARED / name)
    docs = load_gold(gold_path)
    predictions = predict(docs)
    pred_path = tmp_path / "pred.jsonl"
    with open(pred_path, "w", encoding="utf-8") as out:
        for doc in docs:
            quotes = [
                {"start": q.start, "end": q.end, "text": doc.text[q.start : q.end],
                 "speaker": None if q.speaker is None else
                 {"name": q.speaker.name, "start": q.speaker.start, "end": q.speaker.end,
                  "text": q.speaker.text}}
                for q in predictions.get(doc.id, [])
            ]
            out.write(json.dumps({"id": doc.id, "quotes": quotes}) + "\n")
    theirs = json.loads(
        subprocess.run(
            [sys.executable, str(SHARED / "score.py"), gold_path, str(pred_path), "--json"],
            check=True, capture_output=True, text=True,
        ).stdout
    )["overall"]
    assert main([gold_path, "--pred", str(pred_path), "--json"]) == 0
    ours = json.loads(capsys.readouterr().out)["overall"]
    pairs = [
        (ours["detection"]["f1"], theirs["detection"]["f1"]),
        (ours["detection"]["precision"], theirs["detection"]["precision"]),
        (ours["attribution_accuracy"], theirs["attribution"]["accuracy"]),
        (ours["end_to_end"]["f1"], theirs["end_to_end"]["f1"]),
        (ours["end_to_end"]["precision"], theirs["end_to_end"]["precision"]),
    ]
    for mine, reference in pairs:
        assert mine == pytest.approx(reference, abs=0.001)
    assert ours["matched"] == theirs["matched"]


def test_text_table_shows_the_scored_predictions_as_score_py_does(tmp_path: Path) -> None:
    gold_docs = load_gold(_write(tmp_path / "gold.jsonl", [_doc()]))
    predictions, _ = load_predictions(_write(tmp_path / "pred.jsonl", [_pred()]))
    overall_row = format_report(evaluate(gold_docs, predictions)).splitlines()[2].split()
    # 4 predictions, 1 of them a scare quote: 3 are scored, as in the precision 2 / 3 above
    assert overall_row[:5] == ["overall", "1", "3", "3", "1"]


def test_predicted_quote_past_the_text_is_an_error_as_for_score_py(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _write(tmp_path / "gold.jsonl", [_doc()])
    bad = _pred()
    bad["quotes"][3] = {"start": 135, "end": len(_TEXT) + 2}
    pred = _write(tmp_path / "pred.jsonl", [bad])
    assert main([gold, "--pred", pred]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"pred.jsonl:1: span 135-{len(_TEXT) + 2} runs past the text ({len(_TEXT)} characters)" in captured.err


@pytest.mark.parametrize(
    ("speaker", "message"),
    [
        ({"start": 15, "text": "Ana Ruiz"}, "speaker has start 15 and end None: give both offsets or neither"),
        ({"end": 23, "text": "Ana Ruiz"}, "speaker has start None and end 23: give both offsets or neither"),
        ({"start": 23, "end": 15, "text": "Ana Ruiz"}, "speaker end 15 is before its start 23"),
    ],
)
@pytest.mark.parametrize("damaged", ["gold", "pred"])
def test_speaker_with_one_offset_or_reversed_is_an_error(
    speaker: dict[str, Any], message: str, damaged: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold_doc, pred_doc = _doc(), _pred()
    (gold_doc if damaged == "gold" else pred_doc)["quotes"][0]["speaker"] = speaker
    gold = _write(tmp_path / "gold.jsonl", [gold_doc])
    pred = _write(tmp_path / "pred.jsonl", [pred_doc])
    assert main([gold, "--pred", pred]) == 2
    err = capsys.readouterr().err
    assert f"{damaged}.jsonl:1: {message}" in err


def test_speaker_without_offsets_is_accepted(tmp_path: Path) -> None:
    pred = _pred()
    pred["quotes"][0]["speaker"] = {"text": "Ana Ruiz", "name": "Ana Ruiz"}
    overall = _scores(tmp_path, [_doc()], [pred])["overall"]
    assert overall["attr_correct"] == 1  # the name alone still matches the gold speaker
