"""``benchmarks/pdnc_cuts.py``: chapter-sized cuts of gold novels, offsets shifted, outside mentions dropped.

The novels are written here: short invented paragraphs whose quotes and
speakers sit at known places, so what each cut must keep is known.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from benchmark_script import load_script

CUTS = load_script("pdnc_cuts")

PARAGRAPHS = [
    "Brother Oswin kept the bees on the hill above the ferry.",
    '"The hives are quiet today," said Oswin.',
    "The ferryman's girl, Tamsin, climbed up with the bread.",
    '"They know the frost is coming," she said.',
    '"Then we must wrap them," said Oswin, "before dark."',
    "They worked until the lamps were lit below.",
]
TEXT = "\n\n".join(PARAGRAPHS)


def _span(word: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(word, after)
    return start, start + len(word)


def _quote(words: str, speaker: str, mention: str, after: int = 0) -> dict[str, Any]:
    start, end = _span(words, after)
    m_start, m_end = _span(mention, end)
    return {
        "start": start,
        "end": end,
        "text": words,
        "speaker": {"start": m_start, "end": m_end, "text": mention, "name": speaker, "aliases": [speaker]},
        "cue": None,
        "type": "explicit",
        "refexp": {"start": m_start, "end": m_end, "text": mention},
    }


def _novel(number: int) -> dict[str, Any]:
    hives = _quote("The hives are quiet today,", "Brother Oswin", "Oswin")
    frost = _quote("They know the frost is coming,", "Tamsin", "she")
    wrap = _quote("Then we must wrap them,", "Brother Oswin", "Oswin", after=frost["end"])
    # A mention said before the cut: the quote stays, its speaker loses the offsets.
    frost["speaker"]["start"], frost["speaker"]["end"] = _span("Tamsin")
    frost["refexp"] = {"start": frost["speaker"]["start"], "end": frost["speaker"]["end"], "text": "Tamsin"}
    return {
        "id": f"pdnc/Bees{number}",
        "source": "pdnc",
        "text": TEXT,
        "quotes": [hives, frost, wrap],
        "unattributed_quoted_spans": [list(_span("ferryman's girl"))],
        "meta": {"novel": f"Bees{number}"},
    }


def test_a_cut_runs_from_a_paragraph_start_to_a_paragraph_end() -> None:
    place = TEXT.index("The ferryman's")
    # At least one character past the paragraph: the cut ends with the next one.
    start, end = CUTS.cut_bounds(TEXT, (place - 5) / len(TEXT), len(PARAGRAPHS[2]) + 1)
    assert TEXT[start:].startswith("The ferryman's girl")
    assert TEXT[start:end].endswith('she said.')


def test_a_cut_after_a_wider_break_starts_at_its_first_word() -> None:
    text = "The mill stood still.\n\n\n\n  Orla climbed the stair.\n\nShe rang the bell."
    start, _ = CUTS.cut_bounds(text, 0.1, 5)
    assert text[start:].startswith("Orla climbed")


def test_no_paragraph_after_the_place_is_no_cut() -> None:
    assert CUTS.cut_bounds("one paragraph only", 0.5, 10) is None


def test_quotes_inside_keep_their_words_and_outside_mentions_lose_offsets() -> None:
    place = TEXT.index("The ferryman's")
    (cut,) = CUTS.cuts_of(_novel(0), [(place - 5) / len(TEXT)], len(PARAGRAPHS[2]) + 1)
    assert cut["id"] == "pdnc/Bees0~0"
    assert cut["meta"] == {"novel": "Bees0", "from": "pdnc/Bees0", "start": place, "end": cut["meta"]["end"]}
    assert cut["text"] == TEXT[cut["meta"]["start"] : cut["meta"]["end"]]
    # The first quote is before the cut, the last after it: one quote is left.
    (frost,) = cut["quotes"]
    assert cut["text"][frost["start"] : frost["end"]] == "They know the frost is coming,"
    # Tamsin is named inside the cut here: the mention is kept and shifted.
    assert cut["text"][frost["speaker"]["start"] : frost["speaker"]["end"]] == "Tamsin"
    assert cut["unattributed_quoted_spans"] == [[0 + len("The "), len("The ferryman's girl")]]


def test_a_speaker_named_before_the_cut_keeps_its_name_only() -> None:
    place = TEXT.index('"They know')
    (cut,) = CUTS.cuts_of(_novel(0), [(place - 3) / len(TEXT)], 10)
    frost = next(q for q in cut["quotes"] if q["text"].startswith("They know"))
    assert frost["speaker"]["start"] is None and frost["speaker"]["end"] is None
    assert frost["speaker"]["name"] == "Tamsin" and frost["speaker"]["aliases"] == ["Tamsin"]
    assert frost["refexp"] is None
    assert cut["unattributed_quoted_spans"] == []


def test_the_script_cuts_one_half_of_the_file(tmp_path: Path) -> None:
    novels = tmp_path / "novels.jsonl"
    novels.write_text("".join(json.dumps(_novel(n)) + "\n" for n in range(3)), encoding="utf-8")
    for half, ids in (("even", ["pdnc/Bees0~0", "pdnc/Bees2~0"]), ("odd", ["pdnc/Bees1~0"])):
        out = tmp_path / f"{half}.jsonl"
        assert CUTS.main([str(novels), str(out), "--half", half, "--at", "0.3", "--size", "10"]) == 0
        cuts = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [c["id"] for c in cuts] == ids
        for cut in cuts:
            for quote in cut["quotes"]:
                assert cut["text"][quote["start"] : quote["end"]] == quote["text"]
