"""``benchmarks/identity_splits.py``: the parts of a split person, their patterns and what they cost.

A literary gold file is written by hand: an invented person whose quotes the
library gives to a first name and to a titled surname that the passage never
joins (no full name is written), so the split is known in advance.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmark_script import load_script

from quoteattr import Lexicon, Speaker
from quoteattr.evaluate import SpeakerRef

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "identity_splits.py"


SPLITS = load_script("identity_splits")

PASSAGE = (
    'Mr. Vetch opened the shutters of the mill.\n\n'
    '"The river is high," said Mr. Vetch.\n\n'
    '"Higher than last spring," said Nell.\n\n'
    '"Then the wheel must stop," said Rowan.\n\n'
    '"It stops at noon," said Mr. Vetch.\n'
)


def _gold_line() -> str:
    quotes = []
    for said, who in (
        ("The river is high,", "Rowan Vetch"),
        ("Higher than last spring,", "Nell"),
        ("Then the wheel must stop,", "Rowan Vetch"),
        ("It stops at noon,", "Rowan Vetch"),
    ):
        start = PASSAGE.index(said)
        aliases = ["Rowan", "Mr. Vetch"] if who == "Rowan Vetch" else ["Nell"]
        quotes.append({
            "start": start, "end": start + len(said), "text": said, "type": "explicit",
            "speaker": {"start": None, "end": None, "text": who, "name": who, "aliases": aliases},
        })
    return json.dumps({"id": "mill", "text": PASSAGE, "quotes": quotes, "unattributed_quoted_spans": []})


def test_name_forms() -> None:
    lexicon = Lexicon.english()
    assert [SPLITS.name_form(n, lexicon) for n in ("Rowan", "Mr. Vetch", "Rowan Vetch", "the miller")] == [
        "Single", "Title Name", "First Last", "the X",
    ]


def test_part_kinds() -> None:
    lexicon = Lexicon.english()
    gold = SpeakerRef(None, None, "Rowan Vetch", "Rowan Vetch", aliases=("Rowan", "Mr. Vetch"))
    kinds = [
        SPLITS.part_kind(Speaker("Mr. Vetch", 0, 9, "Mr. Vetch"), gold, lexicon),
        SPLITS.part_kind(Speaker("Nell", 0, 4, "Nell"), gold, lexicon),
        SPLITS.part_kind(Speaker("he", 0, 2, "he", "pronoun"), gold, lexicon),
        SPLITS.part_kind(Speaker("the miller", 0, 10, "the miller", "description"), gold, lexicon),
    ]
    assert kinds == ["alias", "wrong name", "unresolved pronoun he", "unresolved description"]
    assert SPLITS.pattern("alias Title Name", "alias Single") == "alias: Single + Title Name"
    assert SPLITS.pattern("alias Single", "unresolved pronoun he") == "alias + unresolved pronoun he"


def test_a_first_name_and_a_titled_surname_never_joined_are_listed_and_costed(tmp_path: Path) -> None:
    gold = tmp_path / "mill.jsonl"
    gold.write_text(_gold_line() + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--list", "--dialogue", "on", str(gold)],
        capture_output=True, text=True, timeout=120, check=False, env={"PYTHONPATH": str(ROOT), "PATH": ""},
    )
    assert done.returncode == 0, done.stderr
    assert "mill: rowan vetch (3 quotes)" in done.stdout
    # Parts of 2 and 1 quotes: 2 * 2 * 1 / 3 pairs over 4 items is 33.33 points of recall.
    assert "| alias: Single + Title Name | 33.33 |" in done.stdout
    assert "| total | 33.33 | |" in done.stdout
