"""quoteattr.spark on a local Spark session.

The Spark tests are skipped when PySpark is not installed (``pip install
"quoteattr[spark]"``) or no Java runtime is found.  One module-scoped
``local[2]`` session serves them all, and most assertions share a single
collected result, because starting Spark and running a job cost seconds each.

The oracle is :func:`quoteattr.attribute_quotes`: the column must hold exactly
``[q.to_dict() for q in attribute_quotes(text)]``, nulls included.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import quoteattr
from quoteattr import Config, Cue, Quote, Speaker, attribute_quotes

ROOT = Path(__file__).resolve().parents[1]
SHARED_DEV = ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl"

#: Hand-written documents, each there for a reason given alongside.
TEXTS: dict[int, str | None] = {
    # Name after the cue; the hand-checked case below.
    1: '"Yes," said Jane Roe.',
    # A character outside the Basic Multilingual Plane before the quote: one code
    # point in Python and in Spark SQL, two UTF-16 units in the JVM.
    2: '\N{GRINNING FACE} "We won," she said.',
    # A quote with no speaker and no cue: null structs must survive Arrow.
    3: '"Closed for repairs."',
    # A speech over two paragraphs: the first part is unclosed.
    4: 'The mayor spoke at length.\n\n"We will rebuild the pier and the road.\n\n"We will do it this year," she said.',
    # Null text gives a null column, the empty text an empty array.
    5: None,
    6: "",
    7: "No quotation marks in this one.",
    # Name resolution: the quote is bound to a surname the document gives in full earlier.
    8: 'Mayor Dana Whitfield opened the meeting. "We start now," Whitfield said.',
    # Two quotes in one paragraph, interrupted by the attribution.
    9: '"The budget is late," the treasurer said, "and it will stay late."',
}


def _shared_texts(limit: int) -> dict[int, str | None]:
    """The first *limit* PolNeAR dev articles, when ``../shared`` is present."""
    if not SHARED_DEV.exists():
        return {}
    texts: dict[int, str | None] = {}
    with SHARED_DEV.open(encoding="utf-8") as lines:
        for i, line in enumerate(lines):
            if i == limit:
                break
            texts[1000 + i] = json.loads(line)["text"]
    return texts


ALL_TEXTS = {**TEXTS, **_shared_texts(30)}


def _expected(text: str | None, config: Config | None = None) -> list[dict[str, Any]] | None:
    return None if text is None else [q.to_dict() for q in attribute_quotes(text, config)]


def _as_dicts(quotes: Any) -> list[dict[str, Any]] | None:
    """A collected quotes value (a list of Rows, or None) as plain dicts."""
    return None if quotes is None else [q.asDict(recursive=True) for q in quotes]


# -- without Spark -------------------------------------------------------------


def test_import_quoteattr_does_not_import_pyspark() -> None:
    code = "import sys, quoteattr, quoteattr.cli; print(sorted(m for m in ('pyspark', 'pandas', 'pyarrow') if m in sys.modules))"
    out = _run_child(code)
    assert out.stdout.strip() == "[]"


def test_missing_pyspark_names_the_extra() -> None:
    # A None entry in sys.modules makes the import fail as if PySpark were absent.
    code = (
        "import sys\n"
        "sys.modules['pyspark'] = None\n"
        "try:\n"
        "    import quoteattr.spark\n"
        "except ModuleNotFoundError as e:\n"
        "    print(e.name)\n"
        "    print(e)\n"
    )
    out = _run_child(code)
    name, message = out.stdout.splitlines()
    assert name == "pyspark"
    assert 'pip install "quoteattr[spark]"' in message


def test_old_pyspark_is_refused_with_the_version() -> None:
    # A stand-in module: only __version__ is read before the refusal.
    code = (
        "import sys, types\n"
        "fake = types.ModuleType('pyspark')\n"
        "fake.__version__ = '3.4.4'\n"
        "sys.modules['pyspark'] = fake\n"
        "try:\n"
        "    import quoteattr.spark\n"
        "except ImportError as e:\n"
        "    print(type(e).__name__, e)\n"
    )
    out = _run_child(code)
    assert out.stdout.startswith("ImportError quoteattr.spark needs PySpark 3.5 or later, found 3.4.4")


def _run_child(code: str) -> subprocess.CompletedProcess[str]:
    """Run *code* in a child interpreter that imports this checkout; its output is captured."""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=_child_env()
    )


def _child_env() -> dict[str, str]:
    """The environment for a child interpreter that must import this checkout of quoteattr."""
    env = dict(os.environ)
    package_root = str(Path(quoteattr.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    return env


# -- schema (PySpark needed, no session) -----------------------------------------


def _full_quote() -> Quote:
    """A quote with every optional part set, so that to_dict() shows every key."""
    return Quote(
        start=1,
        end=5,
        text="Yes,",
        speaker=Speaker(name="Jane Roe", start=12, end=20, text="Jane Roe"),
        cue=Cue(7, 11, "said"),
        confidence=0.95,
        rule="QUOTE_CUE_SPEAKER",
    )


def test_schema_mirrors_to_dict() -> None:
    spark_mod = pytest.importorskip("quoteattr.spark", reason="PySpark is not installed")
    from pyspark.sql import types as T

    d = _full_quote().to_dict()
    struct = spark_mod.QUOTE_STRUCT
    assert spark_mod.QUOTE_SCHEMA.elementType == struct
    assert struct.fieldNames() == list(d)
    assert struct["speaker"].dataType.fieldNames() == list(d["speaker"])
    assert struct["cue"].dataType.fieldNames() == list(d["cue"])
    assert isinstance(struct["start"].dataType, T.LongType)
    assert isinstance(struct["confidence"].dataType, T.DoubleType)
    assert isinstance(struct["unclosed"].dataType, T.BooleanType)
    nullable = {f.name for f in struct.fields if f.nullable}
    assert nullable == {"speaker", "cue", "rule"}


def test_row_of_a_report_in_pieces_has_the_schemas_fields() -> None:
    spark_mod = pytest.importorskip("quoteattr.spark", reason="PySpark is not installed")

    report = Quote(0, 27, "Rain, Orla Vell said, falls", kind="indirect", pieces=((0, 4), (22, 27)))
    assert "spans" in report.to_dict()
    row = spark_mod._row(report)
    # The schema does not depend on the options: the pieces stay out of the row.
    assert list(row) == spark_mod.QUOTE_STRUCT.fieldNames()
    assert row == {k: v for k, v in report.to_dict().items() if k != "spans"}
    # A quote without pieces is its dict as it is.
    assert spark_mod._row(_full_quote()) == _full_quote().to_dict()


# -- on a local session -----------------------------------------------------------


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark", reason="PySpark is not installed")
    pytest.importorskip("quoteattr.spark", reason="the spark extra is not fully installed")
    if shutil.which("java") is None and "JAVA_HOME" not in os.environ:
        pytest.skip("Spark needs a Java runtime (java on PATH or JAVA_HOME)")
    from pyspark.sql import SparkSession

    with pytest.MonkeyPatch.context() as mp:
        # The Python workers are child processes of the JVM started here; they
        # must import the same quoteattr as this process, installed or not.
        mp.setenv("PYTHONPATH", _child_env()["PYTHONPATH"])
        session = (
            SparkSession.builder.master("local[2]")
            .appName("quoteattr-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.pyspark.python", sys.executable)
            # Small Arrow batches, so a task feeds the iterator UDF several batches.
            .config("spark.sql.execution.arrow.maxRecordsPerBatch", "3")
            .getOrCreate()
        )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def frame(spark: Any) -> Any:
    rows = [(i, t) for i, t in sorted(ALL_TEXTS.items())]
    # Three partitions, so both local cores run the UDF.
    return spark.createDataFrame(rows, "id long, text string").repartition(3)


@pytest.fixture(scope="module")
def collected(frame: Any) -> dict[int, Any]:
    from quoteattr.spark import with_quotes

    return {row.id: row for row in with_quotes(frame).collect()}


def test_every_row_comes_back_once_with_its_text(collected: dict[int, Any]) -> None:
    assert set(collected) == set(ALL_TEXTS)
    assert {i: row.text for i, row in collected.items()} == ALL_TEXTS


def test_results_equal_attribute_quotes(collected: dict[int, Any]) -> None:
    for i, row in collected.items():
        assert _as_dicts(row.quotes) == _expected(ALL_TEXTS[i]), f"document {i}"


def test_hand_checked_quote(collected: dict[int, Any]) -> None:
    assert _as_dicts(collected[1].quotes) == [
        {
            "text": "Yes,",
            "start": 1,
            "end": 5,
            "speaker": {
                "name": "Jane Roe", "text": "Jane Roe", "start": 12, "end": 20, "kind": "name",
                "entity": "Jane Roe#1", "gender": None,  # the first person of the document; no gendered word
            },
            "cue": {"text": "said", "start": 7, "end": 11},
            "kind": "direct",
            "confidence": 0.95,
            "rule": "QUOTE_CUE_SPEAKER",
            "unclosed": False,
        }
    ]


def test_null_and_empty_texts(collected: dict[int, Any]) -> None:
    assert collected[5].quotes is None
    assert collected[6].quotes == []
    assert collected[7].quotes == []


def test_null_structs_and_flags_survive(collected: dict[int, Any]) -> None:
    (closed,) = collected[3].quotes
    assert (closed.text, closed.speaker, closed.cue, closed.rule) == ("Closed for repairs.", None, None, None)
    assert [q.unclosed for q in collected[4].quotes] == [True, False]
    assert collected[8].quotes[0].speaker.name == "Dana Whitfield"
    assert [q.text for q in collected[9].quotes] == ["The budget is late,", "and it will stay late."]


def test_offsets_agree_with_spark_substring(frame: Any) -> None:
    from pyspark.sql import functions as F

    from quoteattr.spark import with_quotes

    exploded = with_quotes(frame).select("id", "text", F.explode("quotes").alias("q"))
    checked = exploded.select(
        "id",
        "q.start",
        "q.text",
        F.expr("substring(text, q.start + 1, q.end - q.start)").alias("sliced"),
    ).collect()
    assert all(r.sliced == r.text for r in checked)
    # The emoji document: the quote starts after three code points.
    assert [(r.start, r.text) for r in checked if r.id == 2] == [(3, "We won,")]


def test_custom_columns_and_config(spark: Any) -> None:
    from quoteattr.spark import QUOTE_SCHEMA, with_quotes

    config = Config(resolve_names=False)
    body = TEXTS[8]
    # A dot in a column name must not be read as a nested field.
    df = spark.createDataFrame([(body, "stale")], "`doc.body` string, found string")
    out = with_quotes(df, text_col="doc.body", output_col="found", config=config)
    # The existing column is replaced in place, not duplicated.
    assert out.columns == ["doc.body", "found"]
    assert out.schema["found"].dataType == QUOTE_SCHEMA
    (row,) = out.collect()
    assert _as_dicts(row.found) == _expected(body, config)
    assert row.found[0].speaker.name == "Whitfield"


def test_reported_speech_in_pieces_keeps_the_schema(spark: Any) -> None:
    from quoteattr.spark import QUOTE_SCHEMA, with_quotes

    config = Config(indirect=True)
    body = "The pier, Orla Vell said, needs new piles before the winter."
    expected = [q.to_dict() for q in attribute_quotes(body, config)]
    assert any("spans" in q for q in expected)  # the case this test is about
    out = with_quotes(spark.createDataFrame([(body,)], "text string"), config=config)
    assert out.schema["quotes"].dataType == QUOTE_SCHEMA
    (row,) = out.collect()
    assert _as_dicts(row.quotes) == [{k: v for k, v in q.items() if k != "spans"} for q in expected]


def test_quotes_column_in_select(frame: Any) -> None:
    from quoteattr.spark import quotes_column

    rows = frame.where("id = 1").select(quotes_column("text").alias("q")).collect()
    assert [[q.speaker.name for q in r.q] for r in rows] == [["Jane Roe"]]


def test_cli_jsonl_reads_back_with_the_schema(
    spark: Any, collected: dict[int, Any], tmp_path: Path
) -> None:
    """``quoteattr --jsonl`` output, read with QUOTE_SCHEMA, equals the column."""
    from pyspark.sql import types as T

    from quoteattr.spark import QUOTE_SCHEMA

    docs = tmp_path / "docs.jsonl"
    with docs.open("w", encoding="utf-8") as f:
        for i, text in TEXTS.items():
            if text is not None:
                f.write(json.dumps({"id": i, "text": text}) + "\n")
    quotes = tmp_path / "quotes.jsonl"
    subprocess.run(
        [sys.executable, "-m", "quoteattr", "--jsonl", str(docs), "-o", str(quotes)],
        check=True, capture_output=True, env=_child_env(),
    )
    schema = T.StructType([T.StructField("id", T.LongType()), T.StructField("quotes", QUOTE_SCHEMA)])
    read_back = {row.id: row.quotes for row in spark.read.schema(schema).json(str(quotes)).collect()}
    assert set(read_back) == {i for i, text in TEXTS.items() if text is not None}
    for i, quotes_read in read_back.items():
        assert _as_dicts(quotes_read) == _as_dicts(collected[i].quotes), f"document {i}"


def test_bad_arguments(spark: Any) -> None:
    from quoteattr.spark import with_quotes

    df = spark.createDataFrame([(1, "x")], "id long, text string")
    with pytest.raises(ValueError, match="no column 'body'"):
        with_quotes(df, text_col="body")
    with pytest.raises(TypeError, match="'id' must be a string column"):
        with_quotes(df, text_col="id")
    with pytest.raises(TypeError, match="quoteattr.Config"):
        with_quotes(df, config={"window": 100})  # type: ignore[arg-type]


def test_docs_local_example_runs(spark: Any) -> None:
    """The ``>>>`` block of docs/spark.md; its getOrCreate() returns the module's session."""
    import doctest
    import re

    text = (ROOT / "docs" / "spark.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"^```python\n(.*?)^```$", text, re.MULTILINE | re.DOTALL) if ">>>" in b]
    assert len(blocks) == 1
    test = doctest.DocTestParser().get_doctest(blocks[0], {}, "spark.md", "docs/spark.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    failures: list[str] = []
    runner.run(test, out=failures.append)
    assert runner.tries >= 5 and runner.failures == 0, "".join(failures)
