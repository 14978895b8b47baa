"""``benchmarks/speakers_b3.py``: the B3 metric, the name test and the gold clusters.

The figures themselves need ``../shared`` and are reported, never asserted;
the script's run without it must say so and exit 0.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from benchmark_script import load_script

from quoteattr import Quote, Speaker
from quoteattr.evaluate import GoldDoc, QuoteRef, SpeakerRef

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "speakers_b3.py"


B3 = load_script("speakers_b3")


# (items as (gold, predicted), expected precision, recall) worked by hand
CASES = [
    ([("a", 1), ("a", 1)], 100.0, 100.0),
    ([("a", 1), ("a", 2)], 100.0, 50.0),  # one person split in two
    ([("a", 1), ("b", 1)], 50.0, 100.0),  # two people merged
    # Items a,a,b in one predicted cluster: P = (2/3 + 2/3 + 1/3) / 3 = 5/9.
    ([("a", 1), ("a", 1), ("b", 1)], 500 / 9, 100.0),
    # Gold a = {x, y, z}, predicted {x, y} and {z}: R = (2/3 + 2/3 + 1/3) / 3.
    ([("a", 1), ("a", 1), ("a", 2)], 100.0, 500 / 9),
]


@pytest.mark.parametrize(("items", "precision", "recall"), CASES)
def test_b3(items: list[tuple[str, int]], precision: float, recall: float) -> None:
    p, r, f1 = B3.b3(items)
    assert p == pytest.approx(precision)
    assert r == pytest.approx(recall)
    assert f1 == pytest.approx(2 * precision * recall / (precision + recall))


# (items as (gold, predicted, name), expected points lost by kind), worked by hand
LOSSES = [
    # One person under two names and two ids: the split is the identity step's.
    ([("a", 1, "Ann"), ("a", 2, "Miss Roe")], {"recall: identity": 50.0}),
    # A quote without a speaker is a cluster of its own.
    ([("a", 1, "Ann"), ("a", 2, None)], {"recall: no speaker": 50.0}),
    # Bo's quote given to Ann: merged under Ann's name, and apart from Bo's other quote.
    (
        [("a", 1, "Ann"), ("a", 1, "Ann"), ("b", 1, "Ann"), ("b", 2, "Bo"), ("b", 2, "Bo")],
        # Ann's id holds 3: each of Ann's quotes lacks 1/3, Bo's 2/3; Bo's 3 quotes: his lost one lacks 2/3, the others 1/3.
        {"precision: attribution": 100 * (1 / 3 + 1 / 3 + 2 / 3) / 5, "recall: attribution": 100 * (2 / 3 + 1 / 3 + 1 / 3) / 5},
    ),
    # Two people's right names under one id: the merge is the identity step's.
    ([("a", 1, "Ann"), ("b", 1, "Bo")], {"precision: identity": 50.0}),
]


@pytest.mark.parametrize(("items", "expected"), LOSSES)
def test_losses(items: list[tuple[str, int, str | None]], expected: dict[str, float]) -> None:
    found = B3.losses(items)
    assert found == pytest.approx(expected)
    precision, recall, _ = B3.b3([(g, p) for g, p, _ in items])
    assert sum(v for k, v in found.items() if k.startswith("precision")) == pytest.approx(100 - precision)
    assert sum(v for k, v in found.items() if k.startswith("recall")) == pytest.approx(100 - recall)


# (items as (gold, predicted, name), expected precision, recall with a perfect identity step), worked by hand
PERFECT = [
    # One person under two ids: merged, nothing else lost.
    ([("a", 1, "Ann"), ("a", 2, "Miss Roe")], 100.0, 100.0),
    # A quote without a speaker stays alone: recall (1/2 + 1/2) / 2.
    ([("a", 1, "Ann"), ("a", 2, None)], 100.0, 50.0),
    # Bo's quote given to Ann stays with Ann's person; Bo's other id joins it (mostly Bo's, so it is his).
    # Ann's id {a, a, b} -> a, Bo's id {b, b} -> b: as b3 of the same clusters, nothing to merge.
    ([("a", 1, "Ann"), ("a", 1, "Ann"), ("b", 1, "Ann"), ("b", 2, "Bo"), ("b", 2, "Bo")], 100 * 11 / 15, 100 * 11 / 15),
    # Ann's two ids become one (the tie of id 1 goes to its first item, Ann), Bo's stray quote with them:
    # P = (3/4 * 3 + 1/4) / 4, R 1 for each.
    ([("a", 1, "Ann"), ("b", 1, "Ann"), ("a", 2, "Nan"), ("a", 2, "Nan")], 100 * (3 / 4 * 3 + 1 / 4) / 4, 100.0),
]


@pytest.mark.parametrize(("items", "precision", "recall"), PERFECT)
def test_perfect_identity(items: list[tuple[str, int, str | None]], precision: float, recall: float) -> None:
    p, r, _ = B3.perfect_identity(items)
    assert (p, r) == pytest.approx((precision, recall))
    # Never below the clustering it starts from on recall: ids are only merged.
    assert r >= B3.b3([(g, q) for g, q, _ in items])[1] - 1e-9


def test_b3_of_nothing() -> None:
    assert B3.b3([]) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Ana Ruiz", True), ("Sen. Ana Ruiz", True), ("Ruiz", True), ("Ana van Dijk", True),
        ("he", False), ("She", False), ("the mayor", False), ("The Harbour Board", False),
        ("officials", False), ("Ruiz's spokesman", False), ("", False), ("a Ruiz aide", False),
    ],
)
def test_is_name(mention: str, expected: bool) -> None:
    assert B3.is_name(mention) is expected


def test_gold_clusters_follow_the_scorer_name_rules() -> None:
    # News gold compares last words; literary gold whole names (relatives share a surname).
    assert B3.gold_cluster(SpeakerRef(0, 8, "Mr. Ruiz", "")) == B3.gold_cluster(SpeakerRef(0, 8, "Ana Ruiz", ""))
    literary = SpeakerRef(None, None, "", "Ana Ruiz", aliases=("Ana",))
    other = SpeakerRef(None, None, "", "Bo Ruiz", aliases=("Bo",))
    assert B3.gold_cluster(literary) != B3.gold_cluster(other)


def test_items_match_by_overlap_and_keep_speakerless_predictions_apart() -> None:
    text = '"Yes," Ana Ruiz said. "No," Bo Lin said. "Maybe," he said.'
    gold = GoldDoc(
        "d", "news", text,
        quotes=(
            QuoteRef(1, 5, SpeakerRef(7, 15, "Ana Ruiz", "")),
            QuoteRef(23, 26, SpeakerRef(28, 34, "Bo Lin", "")),
            QuoteRef(42, 48, SpeakerRef(50, 52, "he", "")),
            QuoteRef(60, 60, None),
        ),
        unattributed=(),
    )
    predicted = [
        Quote(1, 5, "Yes,", speaker=Speaker("Ana Ruiz", 7, 15, "Ana Ruiz", entity="Ana Ruiz#1")),
        Quote(23, 26, "No,", speaker=None),
        Quote(42, 48, "Maybe,", speaker=Speaker("Ana Ruiz", 50, 52, "he", "pronoun", entity="Ana Ruiz#1")),
    ]
    items = B3.items_for(gold, predicted, B3.entity_cluster)
    assert [g for g, _ in items] == [("d", "ruiz"), ("d", "lin"), ("d", "he")]
    assert items[0][1] == items[2][1] == ("d", "Ana Ruiz#1")
    assert items[1][1] not in (items[0][1], items[2][1])
    named = B3.items_for(gold, predicted, B3.entity_cluster, lambda s: B3.is_name(s.text))
    assert len(named) == 2


def test_runs_without_arguments(tmp_path: Path) -> None:
    # It scores ../shared when present and otherwise says so; either way it exits 0.
    done = subprocess.run(
        [sys.executable, str(SCRIPT)], cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
    )
    assert done.returncode == 0, done.stderr
    if not B3.SHARED.exists():
        assert "not present" in done.stdout


def test_runs_on_a_gold_file(tmp_path: Path) -> None:
    gold = ROOT / "benchmarks" / "data" / "gold.jsonl"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(gold)], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("| gold.jsonl")]
    assert [row.split("|")[2:4] for row in rows] == [
        [" all speakers ", " entities "], [" all speakers ", " names only "],
        [" named ", " entities "], [" named ", " names only "],
    ]
    for row in rows:
        precision, recall, f1 = (float(cell) for cell in row.split("|")[5:8])
        assert 0 < precision <= 100 and 0 < recall <= 100 and min(precision, recall) <= f1 <= max(precision, recall)
