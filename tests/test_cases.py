"""Data-driven attribution cases from ``tests/cases/*.jsonl`` (schema in ``tests/cases/README.md``).

``golden.jsonl`` must pass, ``negative.jsonl`` must find no quotes (or no
speakers), and ``known-failures.jsonl`` runs as strict xfail so that a fix
forces the case to move into ``golden.jsonl``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quoteattr import Quote, attribute_quotes

CASES = Path(__file__).resolve().parent / "cases"


def _load(name: str) -> list[dict[str, Any]]:
    """Read one JSONL case file."""
    with (CASES / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


GOLDEN = _load("golden.jsonl")
NEGATIVE = _load("negative.jsonl")
KNOWN = _load("known-failures.jsonl")


def _check(case: dict[str, Any]) -> None:
    """Assert that the library's quotes match the case's expected quotes exactly."""
    text = case["text"]
    got = attribute_quotes(text)
    expected = case["quotes"]
    assert [q.text for q in got] == [e["text"] for e in expected]
    for q, e in zip(got, expected, strict=True):
        name = q.speaker.name if q.speaker is not None else None
        assert name == e["speaker"], f"speaker of {q.text!r}"
        if "mention" in e:
            assert q.speaker is not None
            assert q.speaker.text == e["mention"], f"mention for {q.text!r}"
        _check_offsets(text, q)


def _check_offsets(text: str, q: Quote) -> None:
    """Every returned span indexes the input."""
    assert text[q.start : q.end] == q.text
    if q.speaker is not None:
        assert text[q.speaker.start : q.speaker.end] == q.speaker.text
    if q.cue is not None:
        assert text[q.cue.start : q.cue.end] == q.cue.text


def _check_negative(case: dict[str, Any]) -> None:
    """No quotes at all, or quotes but none with a speaker, as the case says."""
    got = attribute_quotes(case["text"])
    if case["expect"] == "no_quotes":
        assert got == []
    else:
        assert got, "the case expects quotes (without speakers)"
        assert [q.speaker for q in got] == [None] * len(got)


def test_case_files_are_well_formed() -> None:
    ids = [c["id"] for c in GOLDEN + NEGATIVE + KNOWN]
    assert len(ids) == len(set(ids)), "case ids must be unique across files"
    assert len(GOLDEN) + len(NEGATIVE) + len(KNOWN) >= 80
    for case in GOLDEN + KNOWN:
        assert {"id", "label", "comment", "text", "quotes"} <= case.keys()
        for e in case["quotes"]:
            assert e["text"] in case["text"], case["id"]
    for case in NEGATIVE:
        assert case["expect"] in ("no_quotes", "no_speakers")
    for case in KNOWN:
        assert case.get("reason"), f"{case['id']} needs a reason"
        assert case.get("expect", "quotes") in ("quotes", "no_quotes", "no_speakers")


@pytest.mark.parametrize("case", GOLDEN, ids=[c["id"] for c in GOLDEN])
def test_golden(case: dict[str, Any]) -> None:
    _check(case)


@pytest.mark.parametrize("case", NEGATIVE, ids=[c["id"] for c in NEGATIVE])
def test_negative(case: dict[str, Any]) -> None:
    _check_negative(case)


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=c["reason"])) for c in KNOWN],
    ids=[c["id"] for c in KNOWN],
)
def test_known_failure(case: dict[str, Any]) -> None:
    if case.get("expect", "quotes") == "quotes":
        _check(case)
    else:
        _check_negative(case)
