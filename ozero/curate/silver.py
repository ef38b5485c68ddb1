"""Bronze → silver: parse, de-identify per contract, validate, and account for every record.

Each function processes only the bronze records not yet in silver or quarantine, so a
re-run is a no-op and a crash mid-way is completed by the next run.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from ozero import lake
from ozero.contracts import load_contract
from ozero.curate.keyring import (
    check_key,
    current_rebuild,
    forget_validation_quarantine,
    write_curated,
)
from ozero.curate.quarantine import quarantine, quarantined_keys
from ozero.deid.keys import PseudonymKey
from ozero.deid.plan import FOUND_COLUMN, apply_plan

log = logging.getLogger(__name__)


@dataclass
class CurateReport:
    table: str
    run_id: str
    bronze_new: int = 0
    parsed: int = 0
    quarantined_parse: int = 0
    quarantined_validation: int = 0
    written: int = 0
    deid: dict[str, Any] = field(default_factory=dict)
    validation: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def new_run_id() -> str:
    return uuid.uuid4().hex[:12]


def _record_deid_stats(
    spark: SparkSession, table: str, run_id: str, key_id: str, rows: int, summary: dict
) -> None:
    """Counts of what was removed or transformed, for the demo summary and the manifest."""
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    stats = [
        (run_id, table, "scrub", e, int(n), key_id, now)
        for e, n in summary["free_text_entities_removed"].items()
    ]
    for action, columns in (
        ("pseudonymise", summary["pseudonymised_columns"]),
        ("date_shift", summary["date_shifted_columns"]),
        ("generalise", summary["generalised_columns"]),
        ("drop", summary["dropped_fields"]),
    ):
        stats += [(run_id, table, action, c, rows, key_id, now) for c in columns]
    contract = load_contract("ops.deid_stats")
    # keyed by this run's fresh id: an append cannot duplicate
    lake.append(spark, "ops.deid_stats", spark.createDataFrame(stats, contract.spark_schema))


def _deid_summary(deid_df: DataFrame, table: str) -> dict[str, Any]:
    contract = load_contract(table)
    found = (
        deid_df.select(F.explode(FOUND_COLUMN).alias("entity")).groupBy("entity").count().collect()
    )
    return {
        "key_id": None,
        "pseudonymised_columns": [c.name for c in contract.columns if c.action == "pseudonymise"],
        "date_shifted_columns": [c.name for c in contract.columns if c.action == "date_shift"],
        "generalised_columns": [c.name for c in contract.columns if c.action == "generalise"],
        "scrubbed_columns": [c.name for c in contract.columns if c.action == "scrub"],
        "dropped_fields": list(contract.dropped),
        "free_text_entities_removed": {r["entity"]: r["count"] for r in found},
    }


def _validate_and_write(
    spark: SparkSession,
    deid_df: DataFrame,
    table: str,
    source_table: str,
    run_id: str,
    report: CurateReport,
) -> None:
    """GX-validate de-identified rows; good ones MERGE into silver, the rest to quarantine."""
    from ozero.quality.validate import results_rows, validate_dataframe

    contract = load_contract(table)
    deid_df = deid_df.cache()
    report.deid = _deid_summary(deid_df, table)
    rows = deid_df.drop(FOUND_COLUMN)
    key_id = rows.select("deid_key_id").first()["deid_key_id"]
    _record_deid_stats(spark, table, run_id, key_id, rows.count(), report.deid)
    outcome = validate_dataframe(rows, contract, run_id)
    report.validation = {
        "success": outcome.success,
        "expectations": len(outcome.results),
        "failed": [r.expectation_id for r in outcome.results if not r.success],
    }
    record_validation(spark, results_rows(outcome, table, run_id))
    record_outcome(table, outcome)
    valid = outcome.valid
    forget_validation_quarantine(spark, table)
    write_curated(spark, table, valid)
    report.written = valid.count()
    failed = outcome.quarantined.withColumn(
        "_qkey", F.concat_ws(":", "_sha256", F.col(contract.keys[0]))
    )
    report.quarantined_validation = quarantine(
        spark,
        failed,
        source_table=source_table,
        target_table=table,
        stage="validate",
        key_col="_qkey",
        reason_col="reason",
        details_col="details",
        payload=F.encode(F.to_json(F.struct(*[F.col(c) for c in rows.columns])), "UTF-8"),
        batch_col="_batch_id",
    )
    deid_df.unpersist()


def record_validation(spark: SparkSession, rows: list[dict[str, Any]]) -> None:
    if rows:
        contract = load_contract("ops.validation_results")
        df = spark.createDataFrame(
            [tuple(r[c] for c in contract.column_names) for r in rows], contract.spark_schema
        )
        lake.append(spark, "ops.validation_results", df)  # keyed by this run's fresh id


_OUTCOMES: list[tuple[str, Any]] = []


def record_outcome(table: str, outcome: Any) -> None:
    """Keep this process's GX results for Data Docs rendering at the end of the run."""
    _OUTCOMES.append((table, outcome))


def take_outcomes() -> list[tuple[str, Any]]:
    """The results recorded since the last call: each run's Data Docs render them once."""
    taken = list(_OUTCOMES)
    _OUTCOMES.clear()
    return taken


def _new_bronze(spark: SparkSession, bronze_table: str, silver_table: str) -> DataFrame:
    """Bronze records in neither silver nor quarantine (during a key rotation: all of bronze)."""
    bronze = lake.read(spark, bronze_table)
    if current_rebuild() is not None:
        return bronze  # parse failures re-merge idempotently; validate-stage ones are replaced
    done = lake.read(spark, silver_table).select(F.col("_sha256").alias("sha256")).distinct()
    quarantined = quarantined_keys(spark, bronze_table).select(
        F.split("record_key", ":").getItem(0).alias("sha256")
    )
    return bronze.join(done.unionByName(quarantined), "sha256", "left_anti")


def _quarantine_parse_failures(
    spark: SparkSession, parsed: DataFrame, bronze: DataFrame, source: str, target: str
) -> int:
    failed = parsed.where(F.col("_error").isNotNull()).join(
        bronze.select(F.col("sha256").alias("_sha256"), "payload"), "_sha256"
    )
    return quarantine(
        spark,
        failed,
        source_table=source,
        target_table=target,
        stage="parse",
        key_col="_record_key",
        reason_col="_error",
        details_col="_details",
        payload=F.col("payload"),
        batch_col="_batch_id",
    )


def curate_parsed(
    spark: SparkSession,
    key: PseudonymKey,
    run_id: str,
    source: str,
    table: str,
    parse: Callable[[DataFrame], DataFrame],
    prepare: Callable[[DataFrame], DataFrame] = lambda df: df,
    select: Callable[[DataFrame], DataFrame] = lambda df: df,
) -> CurateReport:
    """New bronze records → parse (failures to quarantine) → de-identify → validate → silver.

    `select` narrows the new bronze records to those this table takes (REMD: one SEMD type).
    """
    report = CurateReport(table, run_id)
    check_key(spark, table, key.key_id)
    bronze = select(_new_bronze(spark, source, table)).cache()
    report.bronze_new = bronze.count()
    if report.bronze_new == 0:
        bronze.unpersist()
        return report
    parsed = parse(bronze).cache()
    report.quarantined_parse = _quarantine_parse_failures(spark, parsed, bronze, source, table)
    good = prepare(parsed.where(F.col("_error").isNull()).drop("_error", "_details"))
    good = good.drop("_record_key").withColumn("deid_key_id", F.lit(key.key_id))
    report.parsed = good.count()
    deidentified = apply_plan(good, load_contract(table), key)
    _validate_and_write(spark, deidentified, table, source, run_id, report)
    report.deid["key_id"] = key.key_id
    parsed.unpersist()
    bronze.unpersist()
    return report
