"""Writing to `quarantine.records`: every record that did not reach its target, with why.

A quarantined row says where it came from in typed columns: `bronze_sha256` is the payload
hash of the bronze record (null when the row came from silver, e.g. a gold row), and
`item_key` names the item inside that record which failed (null: the whole record failed),
e.g. a claim case `{"idcase":"12","sl_id":"S1"}` or a silver row's contract key. Run
accounting needs only `bronze_sha256`; nobody takes a key string apart.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from pyspark.sql import Column, DataFrame, SparkSession
from pyspark.sql import functions as F

from ozero import lake

log = logging.getLogger(__name__)

TABLE = "quarantine.records"


def quarantine(
    spark: SparkSession,
    rows: DataFrame,
    *,
    source_table: str,
    target_table: str,
    stage: str,
    sha_col: str | None,
    item: Column,
    reason_col: str,
    details_col: str | None,
    payload: Column | None,
    batch_col: str,
) -> int:
    """MERGE failing records into quarantine (idempotent on source, target, stage, record
    and item). Returns how many were newly quarantined (a re-run of the same input: 0)."""
    if rows.isEmpty():
        return 0
    now = datetime.now(UTC)
    out = rows.select(
        F.lit(source_table).alias("source_table"),
        F.lit(target_table).alias("target_table"),
        F.lit(stage).alias("stage"),
        (F.col(sha_col) if sha_col else F.lit(None)).cast("string").alias("bronze_sha256"),
        item.cast("string").alias("item_key"),
        F.col(reason_col).alias("reason"),
        (F.col(details_col) if details_col else F.lit(None)).cast("array<string>").alias("details"),
        (payload if payload is not None else F.lit(None)).cast("binary").alias("payload"),
        F.col(batch_col).alias("batch_id"),
        F.lit(now).cast("timestamp").alias("quarantined_at"),
    )
    migrate(spark)
    return lake.merge(spark, TABLE, out, update=False, partition={"source_table": source_table})


def key_item(columns: list[str]) -> Column:
    """A row's contract key as the item that failed: a JSON object of the key columns."""
    return F.to_json(F.struct(*[F.col(c).cast("string").alias(c) for c in columns]))


def quarantined_records(
    spark: SparkSession, source_table: str, whole_only: bool = False
) -> DataFrame:
    """Bronze payload hashes (`sha256`) of `source_table` with a quarantine row (only those
    quarantined as a whole when `whole_only`)."""
    rows = lake.read(spark, TABLE).where(
        (F.col("source_table") == source_table) & F.col("bronze_sha256").isNotNull()
    )
    if whole_only:
        rows = rows.where(F.col("item_key").isNull())
    return rows.select(F.col("bronze_sha256").alias("sha256")).distinct()


def migrate(spark: SparkSession) -> None:
    """Bring a quarantine table written before typed keys (`record_key` = "sha" or
    "sha:part:part") to the current contract, once. The only code that knows the old form."""
    if not lake.exists(spark, TABLE):
        return
    old = spark.read.format("delta").load(lake.table_path(TABLE))
    if "record_key" not in old.columns:
        return
    from_bronze = F.col("source_table").startswith("bronze.")
    parts = F.split("record_key", ":", 2)
    migrated = old.select(
        "source_table",
        "target_table",
        "stage",
        F.when(from_bronze, parts.getItem(0)).alias("bronze_sha256"),
        F.when(from_bronze, F.nullif(parts.getItem(1), F.lit("")))
        .otherwise(F.col("record_key"))
        # "sha:idcase:sl" kept readable as "idcase:sl"; a bare "sha" is the whole record
        .alias("item_key"),
        "reason",
        "details",
        "payload",
        "batch_id",
        "quarantined_at",
    ).withColumn(
        "item_key",
        F.when(
            from_bronze & (F.size(parts) == 3),
            F.concat_ws(":", parts.getItem(1), parts.getItem(2)),
        ).otherwise(F.col("item_key")),
    )
    lake.replace_schema(spark, TABLE, migrated)
    log.info("%s migrated to typed record keys", TABLE)
