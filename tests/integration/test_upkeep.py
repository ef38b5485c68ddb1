"""Lake upkeep on a real Delta table: small files compacted, and VACUUM keeps exactly the
versions a candidate or release pins (time travel to them still reads their rows).

The asked-for retention is 0 hours in both tests, so only a pin can keep old files: the
pinned table's window becomes the pin's age (≥ 1 hour), the unpinned one's stays 0."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ozero.lake import table_path
from ozero.upkeep.pins import Pin
from ozero.upkeep.tables import MIN_FILES_TO_COMPACT, upkeep_table

TABLE = "silver.upkeep_probe"
COMMITS = MIN_FILES_TO_COMPACT  # one small file each: just enough to be compacted


def _small_commits(spark) -> None:
    for i in range(COMMITS):
        frame = spark.createDataFrame([(i, f"row {i}")], "id INT, note STRING").coalesce(1)
        frame.write.format("delta").mode("append").save(table_path(TABLE))


def _rows_at(spark, version: int) -> int:
    """Read the rows themselves: `count()` alone is answered from the log's statistics."""
    path = table_path(TABLE)
    return len(spark.read.format("delta").option("versionAsOf", version).load(path).collect())


def _property(spark, key: str) -> str | None:
    detail = spark.sql(f"DESCRIBE DETAIL delta.`{table_path(TABLE)}`").collect()[0]
    return detail["properties"].get(key)


@pytest.fixture()
def no_retention_check(spark):
    spark.conf.set("spark.databricks.delta.retentionDurationCheck.enabled", "false")
    yield
    spark.conf.set("spark.databricks.delta.retentionDurationCheck.enabled", "true")


def test_vacuum_keeps_the_pinned_version_readable(spark, lake, no_retention_check):
    _small_commits(spark)  # versions 0..7
    pinned = 3  # four rows
    pin = Pin(TABLE, pinned, "pending probe 1.0.0")

    result = upkeep_table(spark, TABLE, [pin], 0, datetime.now(UTC))

    assert (result.files_before, result.compacted, result.files_after) == (COMMITS, True, 1)
    assert result.retention_hours >= 1 and "v3" in result.retention_reason
    assert _property(spark, "delta.deletedFileRetentionDuration") == (
        f"interval {result.retention_hours} hours"
    )
    assert result.files_vacuumed == 0  # the small files are what v3 reads
    assert _rows_at(spark, pinned) == pinned + 1
    assert _rows_at(spark, COMMITS) == COMMITS  # the compacted version


def test_dry_run_then_vacuum_without_a_pin(spark, lake, no_retention_check):
    _small_commits(spark)

    dry = upkeep_table(spark, TABLE, [], 0, datetime.now(UTC), dry_run=True)
    assert (dry.compacted, dry.files_after, dry.files_vacuumed) == (False, COMMITS, 0)
    assert _rows_at(spark, 3) == 4  # nothing changed

    result = upkeep_table(spark, TABLE, [], 0, datetime.now(UTC))

    assert result.compacted and result.retention_hours == 0
    assert _property(spark, "delta.deletedFileRetentionDuration") == "interval 0 hours"
    assert result.files_vacuumed == COMMITS  # every small file, now unreferenced
    assert spark.read.format("delta").load(table_path(TABLE)).count() == COMMITS
    with pytest.raises(Exception, match=r"(?i)file|path|not exist"):
        _rows_at(spark, 3)
