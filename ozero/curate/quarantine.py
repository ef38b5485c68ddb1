"""Writing to `quarantine.records`: every record that did not reach its target, with why."""

from __future__ import annotations

from datetime import UTC, datetime

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from ozero import lake

TABLE = "quarantine.records"


def quarantine(
    spark: SparkSession,
    rows: DataFrame,
    *,
    source_table: str,
    target_table: str,
    stage: str,
    key_col: str,
    reason_col: str,
    details_col: str | None,
    payload: F.Column | None,
    batch_col: str,
) -> int:
    """MERGE failing records into quarantine (idempotent on source, key and stage).

    Returns how many were newly quarantined (a re-run of the same input returns 0).
    """
    if rows.isEmpty():
        return 0
    now = datetime.now(UTC)
    out = rows.select(
        F.lit(source_table).alias("source_table"),
        F.lit(target_table).alias("target_table"),
        F.col(key_col).cast("string").alias("record_key"),
        F.lit(stage).alias("stage"),
        F.col(reason_col).alias("reason"),
        (F.col(details_col) if details_col else F.lit(None)).cast("array<string>").alias("details"),
        (payload if payload is not None else F.lit(None)).cast("binary").alias("payload"),
        F.col(batch_col).alias("batch_id"),
        F.lit(now).cast("timestamp").alias("quarantined_at"),
    )
    return lake.merge(spark, TABLE, out, update=False)


def quarantined_keys(spark: SparkSession, source_table: str) -> DataFrame:
    return (
        lake.read(spark, TABLE)
        .where(F.col("source_table") == source_table)
        .select("record_key")
        .distinct()
    )
