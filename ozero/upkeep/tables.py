"""One table's upkeep: turn deletion vectors on (tables made before they were), compact its
small files, purge the rows deletion vectors hide, then VACUUM under a retention that keeps
every pinned version readable.

Why the purge: with deletion vectors a MERGE that updates a row (a re-sent register) or a
DELETE only marks the old row deleted; its bytes stay in a live file, which VACUUM never
removes. `REORG TABLE … APPLY (PURGE)` rewrites those files without them, and the VACUUM
after it deletes the old files once the retention has passed (erasure does the same at
once, with retention 0: ozero.privacy.erase).

Why the retention works: VACUUM deletes a file only when no version inside the retention
window needs it, so a retention at least as long as the age of the oldest pinned version
keeps that version whole; Delta 4 also refuses time travel past that window. Its
transaction log must outlive it too: Delta drops commit files older than
`delta.logRetentionDuration` (30 days by default) at each checkpoint. Both are table
properties, set here from the pins on every run (``set_retention``).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime

from delta.tables import DeltaTable
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from ozero import lake, objects
from ozero.upkeep.pins import Pin

DEFAULT_RETENTION_HOURS = 168  # Delta's own default: a week of time travel for analysts
MIN_FILES_TO_COMPACT = 8  # fewer files than this are not worth a rewrite
SMALL_FILE_BYTES = 32 * 1024 * 1024  # a table whose files average less is compacted
LOG_MARGIN_DAYS = 7
log = logging.getLogger(__name__)


@dataclass
class TableUpkeep:
    table: str
    files_before: int = 0
    files_after: int = 0
    compacted: bool = False
    retention_hours: int = DEFAULT_RETENTION_HOURS
    retention_reason: str = "default"
    log_retention_days: int = 30  # Delta's default; longer when a pin needs it
    files_vacuumed: int = 0
    deletion_vectors_enabled: bool = False  # turned on by this run (an older table)
    files_purged: int = 0  # files rewritten without the rows their deletion vectors hide
    pins: list[str] = field(default_factory=list)  # «v12 (published chest-xray 1.0.0)»


def retention_for(
    commit_times: dict[int, datetime], pins: list[Pin], default_hours: int, now: datetime
) -> tuple[int, str]:
    """Hours of history VACUUM must keep: the default, or the age of the oldest pinned
    version (rounded up, plus an hour for the time the job itself takes)."""
    hours, reason = default_hours, "default"
    for pin in pins:
        committed = commit_times.get(pin.version)
        if committed is None:
            continue  # a version past the log's reach: nothing left to keep
        needed = math.ceil((now - committed).total_seconds() / 3600) + 1
        if needed > hours:
            hours, reason = needed, f"keeps v{pin.version} ({pin.held_by})"
    return hours, reason


def _commit_times(table: DeltaTable) -> dict[int, datetime]:
    """Commit instants as aware UTC datetimes (Spark hands back naive local times)."""
    rows = table.history().select("version", F.col("timestamp").cast("long").alias("t"))
    return {int(r["version"]): datetime.fromtimestamp(r["t"], UTC) for r in rows.collect()}


def upkeep_table(
    spark: SparkSession,
    name: str,
    pins: list[Pin],
    default_hours: int,
    now: datetime,
    dry_run: bool = False,
    full: bool = False,
) -> TableUpkeep:
    """``full`` lists every file of the table (finds what failed writes left behind, at
    tens of seconds a table); otherwise VACUUM LITE takes the files to delete from the
    log's remove actions (seconds), falling back to a full one when the log no longer
    reaches them."""
    path = lake.table_path(name)
    table = DeltaTable.forPath(spark, path)
    result = TableUpkeep(name, pins=[f"v{p.version} ({p.held_by})" for p in pins])
    detail = table.detail().collect()[0]
    result.files_before = result.files_after = int(detail["numFiles"])
    size = int(detail["sizeInBytes"])
    small = result.files_before >= MIN_FILES_TO_COMPACT and (
        size / max(1, result.files_before) < SMALL_FILE_BYTES
    )
    if not dry_run:
        result.deletion_vectors_enabled = lake.enable_deletion_vectors(spark, path)
    if small and not dry_run:
        lake.with_conflict_retries(f"OPTIMIZE {name}", lambda: table.optimize().executeCompaction())
        result.compacted = True
        result.files_after = int(table.detail().collect()[0]["numFiles"])
    hours, reason = retention_for(_commit_times(table), pins, default_hours, now)
    result.retention_hours, result.retention_reason = hours, reason
    if dry_run:  # lists with the table's current retention; nothing is set
        result.files_vacuumed = _vacuum(spark, path, full, " DRY RUN").count()
        return result
    result.files_purged = lake.purge(spark, path)
    result.log_retention_days = set_retention(spark, path, hours)
    before = _data_files(path)
    _vacuum(spark, path, full).collect()
    result.files_vacuumed = before - _data_files(path)
    return result


def _vacuum(spark: SparkSession, path: str, full: bool, suffix: str = "") -> DataFrame:
    if not full:
        try:
            return spark.sql(f"VACUUM delta.`{path}` LITE{suffix}")
        except Exception as exc:  # noqa: BLE001 - LITE cannot reach every file: full one
            log.info("%s: VACUUM LITE refused (%s); full VACUUM", path, type(exc).__name__)
    return spark.sql(f"VACUUM delta.`{path}`{suffix}")


def set_retention(spark: SparkSession, path: str, hours: int) -> int:
    """Make `hours` the table's VACUUM and time-travel window; returns its log retention.

    Delta 4 ignores `VACUUM … RETAIN n HOURS` for any n but 0 and uses the table's
    `delta.deletedFileRetentionDuration`, which also bounds how far back time travel is
    allowed; the log must be kept at least as long (`delta.logRetentionDuration`, at
    least Delta's default 30 days). Only a change is committed."""
    log_days = max(30, math.ceil(hours / 24) + LOG_MARGIN_DAYS)
    wanted = {
        "delta.deletedFileRetentionDuration": f"interval {hours} hours",
        "delta.logRetentionDuration": f"interval {log_days} days",
    }
    current = DeltaTable.forPath(spark, path).detail().collect()[0]["properties"]
    changed = {k: v for k, v in wanted.items() if current.get(k) != v}
    if changed:
        pairs = ", ".join(f"'{k}' = '{v}'" for k, v in changed.items())
        spark.sql(f"ALTER TABLE delta.`{path}` SET TBLPROPERTIES ({pairs})")
    return log_days


def _data_files(path: str) -> int:
    """Data files of the table as the object store lists them: not its log, not the
    hidden checksum files beside each Parquet file."""
    log = f"{path.rstrip('/')}/_delta_log/"
    return sum(
        not uri.startswith(log) and not uri.rsplit("/", 1)[-1].startswith((".", "_"))
        for uri in objects.list_files(path)
    )
