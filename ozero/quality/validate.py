"""Run a table's suite with Great Expectations on Spark and quarantine failing rows.

GX reports, per failed row-level expectation, the contract key values of failing rows
(`unexpected_index_list`, result format COMPLETE). Those small lists are joined back onto the
DataFrame in Spark to split it into valid and quarantined rows, so one bad row never blocks a
load and nothing is silently dropped: `valid + quarantined == input`.

Verified on GX 1.24.1 + Spark: not-null, in-set, regex, between (numbers and dates),
value lengths, unique, compound unique and column-pair A>B all return index lists, so no
Spark fallback predicates are needed. An expectation that fails without an index list
(table-level ones, or one that raised) is reported in `results` and `success` only.

A batch of at most `OZERO_GX_IN_MEMORY_ROWS` rows (default 100,000) is validated by GX's
pandas engine on the suite's columns, collected once: the same suite and the same split, with
failing rows named by a row number instead of their keys. GX on Spark runs several jobs per
metric, seconds even for ten rows, and most batches a curate step validates are an increment
of a few hundred (bench/README.md "GX in memory"). Larger batches stay on Spark.

Privacy: GX puts failing values (`unexpected_list`, index lists with the checked column) in
its result. They are used in memory for the split, then stripped from `gx_result` so they
cannot reach Data Docs, logs or the results table.
"""

from __future__ import annotations

import logging
import threading
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache, reduce
from typing import Any

import great_expectations as gx
from great_expectations.core import ExpectationSuiteValidationResult
from great_expectations.core.batch_definition import BatchDefinition
from great_expectations.data_context.types.base import ProgressBarsConfig
from great_expectations.expectations.expectation import (
    ColumnMapExpectation,
    ColumnPairMapExpectation,
    MulticolumnMapExpectation,
)
from pyspark.sql import Column as SparkColumn
from pyspark.sql import DataFrame
from pyspark.sql import functions as F
from pyspark.sql import types as T

from ozero.config import get_settings
from ozero.contracts import Contract
from ozero.quality.suites import KEY_UNIQUENESS, build_suite, expectation_columns

log = logging.getLogger(__name__)

REASON_COL = "reason"
ROW_ID = "__ozero_row"  # names a row of an in-memory batch in GX's index lists
DETAILS_COL = "details"
DUPLICATE_KEY_REASON = "duplicate key"
# Result fields that carry row values; never kept after the split.
VALUE_FIELDS = (
    "unexpected_list",
    "partial_unexpected_list",
    "partial_unexpected_counts",
    "unexpected_index_list",
    "partial_unexpected_index_list",
    "partial_unexpected_counts",
    "observed_value",
    "details",
)
_ATOMIC = (
    T.StringType,
    T.IntegerType,
    T.LongType,
    T.ShortType,
    T.ByteType,
    T.DoubleType,
    T.FloatType,
    T.DecimalType,
    T.BooleanType,
    T.DateType,
    T.TimestampType,
)


@dataclass(frozen=True)
class ExpectationOutcome:
    expectation_id: str
    expectation_type: str
    column: str | None  # columns joined with "," for multi-column expectations
    success: bool
    element_count: int | None
    unexpected_count: int | None


@dataclass
class ValidationOutcome:
    """Valid rows, quarantined rows (+ reason, details) and per-expectation results."""

    valid: DataFrame
    quarantined: DataFrame
    results: list[ExpectationOutcome]
    success: bool  # every expectation passed on the input (before quarantine)
    gx_result: ExpectationSuiteValidationResult  # values stripped, see module doc
    validated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    table_name: str = ""
    run_id: str = ""
    cached: list[DataFrame] = field(default_factory=list, repr=False)

    def unpersist(self) -> None:
        """Release the cached input once `valid`/`quarantined` have been written."""
        for frame in self.cached:
            frame.unpersist()


# One GX context serves the process, and its Spark execution engine keeps the batch being
# validated under an id that is the same for every dataframe of the asset: two validations at
# once (landings on two threads, `curate.imaging`) would compute metrics on each other's
# rows. They take turns; the Spark work around them (the split, the writes) still overlaps.
_GX_LOCK = threading.Lock()


@cache
def _context() -> Any:
    """One ephemeral GX context per process; cheap to reuse."""
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return context


@cache
def _batch_definition() -> BatchDefinition:
    """The Spark dataframe asset, for batches too large to validate in memory."""
    asset = _context().data_sources.add_spark("ozero_spark").add_dataframe_asset("dataframe")
    return asset.add_batch_definition_whole_dataframe("whole_dataframe")


@cache
def _in_memory_batch_definition() -> BatchDefinition:
    """The pandas dataframe asset, for batches of at most `OZERO_GX_IN_MEMORY_ROWS` rows."""
    asset = _context().data_sources.add_pandas("ozero_in_memory").add_dataframe_asset("dataframe")
    return asset.add_batch_definition_whole_dataframe("whole_dataframe")


def reason_for(config: Any) -> str:
    """`expect_column_values_to_not_be_null(ds1)`; key uniqueness is just "duplicate key"."""
    if (config.meta or {}).get("role") == KEY_UNIQUENESS:
        return DUPLICATE_KEY_REASON
    return f"{config.type}({', '.join(expectation_columns(config.kwargs))})"


def _detail_for(config: Any) -> str:
    """Type, columns, id and the YAML notes: what a reviewer needs, no values."""
    notes = config.notes if isinstance(config.notes, str) else "; ".join(config.notes or [])
    text = f"{config.type}({', '.join(expectation_columns(config.kwargs))}) id={config.id}"
    return f"{text}: {notes}" if notes else text


def _failing_rows(
    df: DataFrame, keys: list[str], index_list: list[dict[str, Any]], flag: str
) -> tuple[DataFrame, SparkColumn, list[str]]:
    """Failing key (+ checked atomic column) values as a small frame and a null-safe join."""
    types = {f.name: f.dataType for f in df.schema.fields}
    cols = [c for c in index_list[0] if c in types and (c in keys or isinstance(types[c], _ATOMIC))]
    schema = T.StructType([T.StructField(f"{flag}_{c}", types[c], True) for c in cols])
    rows = {tuple(r.get(c) for c in cols) for r in index_list}
    small = df.sparkSession.createDataFrame(list(rows), schema).withColumn(flag, F.lit(True))
    cond = reduce(lambda a, b: a & b, [df[c].eqNullSafe(small[f"{flag}_{c}"]) for c in cols])
    return small, cond, [f"{flag}_{c}" for c in cols]


def _split(
    df: DataFrame,
    keys: list[str],
    failures: list[tuple[str, str, list[dict[str, Any]]]],
    columns: list[str],
) -> tuple[DataFrame, DataFrame, DataFrame]:
    """Left-join each failure list, then valid = no flag set, quarantined = any flag set;
    both keep `columns` (the input's: not a row number added to name rows)."""
    empty_details = F.array().cast(T.ArrayType(T.StringType()))
    if not failures:
        valid = df.select(*columns)
        quarantined = valid.limit(0).withColumn(REASON_COL, F.lit(None).cast("string"))
        return valid, quarantined.withColumn(DETAILS_COL, empty_details), df
    tagged, reasons, details, flags = df, [], [], []
    for i, (reason, detail, index_list) in enumerate(failures):
        flag = f"__ozero_fail_{i}"
        small, cond, drop = _failing_rows(df, keys, index_list, flag)
        tagged = tagged.join(F.broadcast(small), cond, "left").drop(*drop)
        flags.append(F.col(flag).isNotNull())
        reasons.append(F.when(F.col(flag).isNotNull(), F.lit(reason)))
        details.append(F.when(F.col(flag).isNotNull(), F.lit(detail)))
    tagged = tagged.cache()  # valid and quarantined are both written: join once
    failed = reduce(lambda a, b: a | b, flags)
    valid = tagged.where(~failed).select(*columns)
    quarantined = (
        tagged.where(failed)
        .withColumn(REASON_COL, F.array_join(F.array_distinct(F.array(*reasons)), "; "))
        .withColumn(DETAILS_COL, F.filter(F.array(*details), lambda x: x.isNotNull()))
        .select(*columns, REASON_COL, DETAILS_COL)
    )
    return valid, quarantined, tagged


def _strip_values(result: ExpectationSuiteValidationResult) -> None:
    for r in result.results:
        for name in VALUE_FIELDS:
            (r.result or {}).pop(name, None)


_MAP_EXPECTATIONS = (ColumnMapExpectation, ColumnPairMapExpectation, MulticolumnMapExpectation)


def _validated_in_memory(
    numbered: DataFrame, suite: gx.ExpectationSuite
) -> ExpectationSuiteValidationResult:
    """The suite on the columns it reads, collected with each row's number: GX's pandas
    engine names failing rows by it (COMPLETE): tenths of a second where Spark takes seconds."""
    read = {c for e in suite.expectations for c in expectation_columns(e.configuration.kwargs)}
    rows = numbered.select(ROW_ID, *sorted(read)).toPandas()
    batch = _in_memory_batch_definition().get_batch(batch_parameters={"dataframe": rows})
    with warnings.catch_warnings():  # pandas on a regex with a group (`(\\.[0-9])?`): noise
        warnings.filterwarnings("ignore", "This pattern is interpreted as a regular expression")
        return batch.validate(
            suite,
            result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [ROW_ID]},
        )


def _validated(
    batch: Any, suite: gx.ExpectationSuite, keys: list[str], rows: int
) -> ExpectationSuiteValidationResult:
    """The suite's result: a pass that only decides success first (BOOLEAN_ONLY, a few Spark
    jobs), and the full pass with failing rows' keys (COMPLETE, several jobs per expectation:
    measured 15 s against 3 s on a 300-row table) only when something failed or tolerates
    failures (`mostly`), which is rare. On the quick path every row-level expectation held
    for every row, so its counts are known: all rows checked, none unexpected."""
    quick = batch.validate(suite, result_format={"result_format": "BOOLEAN_ONLY"})
    tolerant = any(e.mostly < 1 for e in _row_level(suite))
    if not quick.success or tolerant:
        return batch.validate(
            suite,
            result_format={"result_format": "COMPLETE", "unexpected_index_column_names": keys},
        )
    row_level = {e.id for e in _row_level(suite)}
    for r in quick.results:
        assert r.expectation_config is not None  # GX sets it on every result of a suite
        if r.expectation_config.id in row_level:
            r.result = {"element_count": rows, "unexpected_count": 0, "unexpected_percent": 0.0}
    return quick


def _row_level(suite: gx.ExpectationSuite) -> list[Any]:
    return [e for e in suite.expectations if isinstance(e, _MAP_EXPECTATIONS)]


def validate_dataframe(df: DataFrame, contract: Contract, run_id: str) -> ValidationOutcome:
    """Validate `df` against the contract's suite; split rows on what GX says failed."""
    keys = list(contract.keys)
    if not keys:
        raise ValueError(f"{contract.name}: a contract without keys cannot quarantine rows")
    clash = {REASON_COL, DETAILS_COL} & set(df.columns)
    if clash:
        raise ValueError(f"{contract.name}: input already has columns {sorted(clash)}")
    columns = df.columns
    df = df.cache()  # GX reads it (one Spark job per metric on Spark); the split re-reads it
    cached = [df]
    rows = df.count()  # decides the engine; the quick pass's counts on Spark
    limit = get_settings().gx_in_memory_rows  # 0: every batch on Spark, even an empty one
    in_memory = limit > 0 and rows <= limit
    if in_memory:  # rows numbered once: GX names failing rows by it, the split joins on it
        df = df.withColumn(ROW_ID, F.monotonically_increasing_id()).cache()
        cached.append(df)
    suite = build_suite(contract)
    with _GX_LOCK:
        if in_memory:
            result = _validated_in_memory(df, suite)
        else:
            batch = _batch_definition().get_batch(batch_parameters={"dataframe": df})
            result = _validated(batch, suite, keys, rows)
    outcomes: list[ExpectationOutcome] = []
    failures: list[tuple[str, str, list[dict[str, Any]]]] = []
    for r in result.results:
        config, res = r.expectation_config, r.result or {}
        assert config is not None  # GX sets it on every result of a suite it validated
        cols = expectation_columns(config.kwargs)
        outcomes.append(
            ExpectationOutcome(
                expectation_id=config.id or "",
                expectation_type=config.type,
                column=",".join(cols) or None,
                success=bool(r.success),
                element_count=res.get("element_count"),
                unexpected_count=res.get("unexpected_count"),
            )
        )
        if r.success:
            continue
        index_list = res.get("unexpected_index_list")
        if index_list and in_memory:  # the row numbers only, as Python ints
            index_list = [{ROW_ID: int(row[ROW_ID])} for row in index_list]
        if index_list:
            reason = reason_for(config)
            failures.append((reason, _detail_for(config), index_list))
        else:
            log.warning(
                "%s: %s on %s failed without row indexes (table-level or error); "
                "reported, no rows quarantined",
                contract.name,
                config.type,
                cols,
            )
    valid, quarantined, tagged = _split(df, [ROW_ID] if in_memory else keys, failures, columns)
    _strip_values(result)
    log.info(
        "%s run %s: %d expectations, %d failed, %d row-level",
        contract.name,
        run_id,
        len(outcomes),
        sum(not o.success for o in outcomes),
        len(failures),
    )
    return ValidationOutcome(
        valid=valid,
        quarantined=quarantined,
        results=outcomes,
        success=bool(result.success),
        gx_result=result,
        table_name=contract.name,
        run_id=run_id,
        cached=[*cached, tagged],
    )


def results_rows(outcome: ValidationOutcome, table_name: str, run_id: str) -> list[dict]:
    """Rows for `ops.validation_results`, one per expectation."""
    return [
        {
            "run_id": run_id,
            "table_name": table_name,
            "expectation_id": r.expectation_id,
            "expectation_type": r.expectation_type,
            "column_name": r.column,
            "success": r.success,
            "element_count": r.element_count,
            "unexpected_count": r.unexpected_count,
            "validated_at": outcome.validated_at,
        }
        for r in outcome.results
    ]
