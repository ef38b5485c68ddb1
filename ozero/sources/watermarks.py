"""Per-source high watermarks, kept in the lake (`ops.watermarks`) next to the data.

The window a run fetches is [min(interval start, watermark), interval end): a first run
catches up from the configured history start, a late run fills the gap since the last
success, and a re-run of an old interval fetches exactly that interval again (the bronze
MERGE makes that a no-op).
"""

from __future__ import annotations

from datetime import UTC, datetime

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from ozero import lake
from ozero.config import get_settings

TABLE = "ops.watermarks"


def parse_ts(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def iso(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def get_watermark(spark: SparkSession, source: str) -> datetime | None:
    """The source's latest watermark (the log's maximum for it), or None before its first run."""
    row = (
        lake.read(spark, TABLE)
        .where(F.col("source") == source)
        .agg(F.max("watermark").alias("watermark"))
        .first()
    )
    return row["watermark"].replace(tzinfo=UTC) if row and row["watermark"] else None


def set_watermark(spark: SparkSession, source: str, watermark: datetime) -> None:
    """Advance (never move back) the source's watermark: one appended row.

    An append, not an upsert: blind appends never conflict in Delta, so the ingest runs of
    all sources can advance their watermarks at the same moment (a MERGE here made
    concurrent runs fail with ConcurrentAppendException)."""
    current = get_watermark(spark, source)
    if current is not None and current >= watermark:
        return
    now = datetime.now(UTC).replace(tzinfo=None)
    row = [(source, watermark.astimezone(UTC).replace(tzinfo=None), now)]
    lake.append(
        spark,
        TABLE,
        spark.createDataFrame(row, "source string, watermark timestamp, updated_at timestamp"),
    )


def fetch_window(
    spark: SparkSession, source: str, interval_start: datetime, interval_end: datetime
) -> tuple[datetime, datetime]:
    watermark = get_watermark(spark, source)
    floor = watermark if watermark is not None else parse_ts(get_settings().history_start)
    return min(interval_start, floor), interval_end
