"""Front end, Apache Spark: a column of attributed quotes for a DataFrame of texts.

Install with ``pip install "quoteattr[spark]"``; ``import quoteattr`` never
imports this module or PySpark.

The quotes are computed by a pandas UDF of the iterator kind: Spark hands each
Python worker Arrow batches of the text column (``spark.sql.execution.arrow.maxRecordsPerBatch``
rows at a time), and one :class:`~quoteattr.Attributor` serves every batch of a task.
Only the text column travels to Python; the other columns stay in the JVM.

The column type, :data:`QUOTE_SCHEMA`, mirrors :meth:`quoteattr.Quote.to_dict`
field for field, so the output of ``quoteattr --jsonl`` read with
``spark.read.schema(...).json(...)`` and this schema gives the same rows.
The one key left out is ``spans``, which ``to_dict`` writes only for a
reported-speech item in pieces (:attr:`quoteattr.Quote.pieces`): the schema
stays the same whatever the options, as the CSV columns do, and a row
gives the whole content from ``start`` to ``end``.  Offsets are
code point offsets, as in Python; Spark SQL's ``substring`` counts code points
too, so ``substring(text, q.start + 1, q.end - q.start) = q.text``.

>>> from quoteattr.spark import QUOTE_SCHEMA
>>> QUOTE_SCHEMA.elementType.fieldNames()[:3]
['text', 'start', 'end']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from quoteattr.attribute import Attributor
from quoteattr.config import Config
from quoteattr.model import Quote

#: PySpark 3.4 and older cannot pass a struct inside a struct (the speaker of a
#: quote) through Arrow; 3.5.0 can.
_MIN_PYSPARK = (3, 5)


def _check_pyspark_version(version: str) -> None:
    """Raise ImportError for a PySpark older than :data:`_MIN_PYSPARK`.

    >>> _check_pyspark_version("3.4.4")
    Traceback (most recent call last):
    ImportError: quoteattr.spark needs PySpark 3.5 or later, found 3.4.4: pip install "quoteattr[spark]"
    """
    found = re.match(r"(\d+)\.(\d+)", version)
    if found is None or (int(found[1]), int(found[2])) < _MIN_PYSPARK:
        wanted = ".".join(map(str, _MIN_PYSPARK))
        raise ImportError(
            f'quoteattr.spark needs PySpark {wanted} or later, found {version}: pip install "quoteattr[spark]"'
        )

try:
    import pyspark

    _check_pyspark_version(pyspark.__version__)
    import pandas as pd
    import pyarrow  # noqa: F401  # pandas UDFs need it on the workers; fail here, not mid-job
    from pyspark.sql import Column, DataFrame
    from pyspark.sql import types as T
    from pyspark.sql.functions import col
    from pyspark.sql.pandas.functions import pandas_udf
except ModuleNotFoundError as exc:  # pragma: no cover - exercised in a subprocess by the tests
    # ModuleNotFoundError naming the missing package, so callers can tell an
    # absent optional dependency from a broken quoteattr.
    _missing = (exc.name or "pyspark").partition(".")[0]
    raise ModuleNotFoundError(
        f"quoteattr.spark needs PySpark, pandas and PyArrow ({_missing} is missing), which are "
        'optional: pip install "quoteattr[spark]"',
        name=_missing,
    ) from exc

__all__ = ["QUOTE_SCHEMA", "QUOTE_STRUCT", "quotes_column", "with_quotes"]


def _span_fields() -> list[T.StructField]:
    """``text``, ``start``, ``end``: the fields every span of the model has."""
    return [
        T.StructField("text", T.StringType(), nullable=False),
        # LongType, not IntegerType: the type spark.read.json infers for JSON
        # integers, so offsets compare and union with JSON-read data without casts.
        T.StructField("start", T.LongType(), nullable=False),
        T.StructField("end", T.LongType(), nullable=False),
    ]


_SPEAKER_STRUCT = T.StructType(
    [T.StructField("name", T.StringType(), nullable=False)]
    + _span_fields()
    + [
        T.StructField("kind", T.StringType(), nullable=False),
        # The person's id within its document (quoteattr.identity); gender null when the text says nothing.
        T.StructField("entity", T.StringType(), nullable=True),
        T.StructField("gender", T.StringType(), nullable=True),
    ]
)

_CUE_STRUCT = T.StructType(_span_fields())

#: The Spark type of one quote: the keys of :meth:`quoteattr.Quote.to_dict`, in
#: the same order, but for the ``spans`` of a report in pieces.  ``speaker``,
#: ``cue`` and ``rule`` are null when no rule bound the quote; every other
#: field is always set.
QUOTE_STRUCT: T.StructType = T.StructType(
    _span_fields()
    + [
        T.StructField("speaker", _SPEAKER_STRUCT, nullable=True),
        T.StructField("cue", _CUE_STRUCT, nullable=True),
        T.StructField("kind", T.StringType(), nullable=False),
        T.StructField("confidence", T.DoubleType(), nullable=False),
        T.StructField("rule", T.StringType(), nullable=True),
        T.StructField("unclosed", T.BooleanType(), nullable=False),
    ]
)

#: The type of the quotes column: an array of :data:`QUOTE_STRUCT`, sorted by
#: offset, empty for a text without quotes and null for a null text.
QUOTE_SCHEMA: T.ArrayType = T.ArrayType(QUOTE_STRUCT, containsNull=False)


def _row(quote: Quote) -> dict[str, Any]:
    """The Spark row of *quote*: its :meth:`~quoteattr.Quote.to_dict` without the
    ``spans`` of a report in pieces, which :data:`QUOTE_STRUCT` has no field for."""
    row = quote.to_dict()
    # A column filled only with indirect=True would change the schema of every default run.
    row.pop("spans", None)
    return row


def quotes_column(text: Column | str, config: Config | None = None) -> Column:
    """Return a column expression holding the quotes of the string column *text*.

    Use it where :func:`with_quotes` is too narrow, e.g. to keep only some
    columns: ``df.select("id", quotes_column("body").alias("quotes"))``.

    Args:
        text: a string column, or its name.
        config: options for every document; the defaults of :class:`~quoteattr.Config` otherwise.

    Returns:
        A column of type :data:`QUOTE_SCHEMA`.

    Raises:
        TypeError: if *config* is not a :class:`~quoteattr.Config`.
    """
    # Checked on the driver so a bad argument fails at once, not inside a task.
    attributor = Attributor(config)

    # The type hints are how PySpark tells this iterator UDF from a scalar one.
    def attribute_batches(batches: Iterator[pd.Series]) -> Iterator[pd.Series]:
        for batch in batches:
            yield pd.Series(
                [
                    # A null string arrives as None or NaN depending on the pandas version.
                    [_row(q) for q in attributor.attribute(t)] if isinstance(t, str) else None
                    for t in batch
                ],
                index=batch.index,
                dtype=object,
            )

    # PySpark's stubs only describe the deprecated functionType= form, not the
    # type-hint form documented since Spark 3.0, hence the untyped alias.
    make_udf: Callable[..., Any] = pandas_udf
    udf = make_udf(attribute_batches, QUOTE_SCHEMA)
    column: Column = udf(col(text) if isinstance(text, str) else text)
    return column


def with_quotes(
    df: DataFrame,
    text_col: str = "text",
    output_col: str = "quotes",
    config: Config | None = None,
) -> DataFrame:
    """Return *df* with a column *output_col* holding the quotes of *text_col*.

    Every row keeps its other columns; a column already named *output_col* is
    replaced.  The work is lazy, like any Spark transformation: it runs when
    the result is written or collected.

    Args:
        df: a DataFrame with a string column *text_col*.
        text_col: the top-level column holding the documents (for a nested
            field, use :func:`quotes_column` with ``col("doc.body")``).
        output_col: the name of the new column, of type :data:`QUOTE_SCHEMA`.
        config: options for every document.

    Returns:
        A new DataFrame.

    Raises:
        ValueError: if *df* has no column *text_col*.
        TypeError: if *text_col* is not a string column, or *config* not a :class:`~quoteattr.Config`.

    Example (``spark`` is a :class:`~pyspark.sql.SparkSession`)::

        df = spark.createDataFrame([(1, '"We won," she said.')], "id long, text string")
        with_quotes(df).select("id", "quotes.speaker.text").first()
        # Row(id=1, text=['she'])
    """
    fields = {f.name: f for f in df.schema.fields}
    if text_col not in fields:
        raise ValueError(f"DataFrame has no column {text_col!r}; its columns are {list(fields)}")
    if not isinstance(fields[text_col].dataType, T.StringType):
        raise TypeError(
            f"column {text_col!r} must be a string column, not {fields[text_col].dataType.simpleString()}"
        )
    # Backticks, so that a top-level column named like ``body.text`` is not read as a nested field.
    quoted_name = "`" + text_col.replace("`", "``") + "`"
    return df.withColumn(output_col, quotes_column(df[quoted_name], config))
