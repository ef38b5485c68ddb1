"""Upkeep of every table in the lake, one after another (`ozero lake upkeep`, the upkeep DAG)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from pyspark.sql import SparkSession

from ozero import lake
from ozero.contracts import all_contracts
from ozero.upkeep.pins import pinned_versions
from ozero.upkeep.tables import DEFAULT_RETENTION_HOURS, TableUpkeep, upkeep_table

log = logging.getLogger(__name__)
ZONES = ("bronze", "quarantine", "silver", "gold", "ops")


def table_names(zones: Iterable[str] = ZONES) -> list[str]:
    wanted = set(zones)
    return [c.name for c in all_contracts() if c.zone in wanted]


def upkeep(
    spark: SparkSession,
    tables: Iterable[str] | None = None,
    retention_hours: int = DEFAULT_RETENTION_HOURS,
    dry_run: bool = False,
    full: bool = False,
    progress: Callable[[str], None] = log.info,
) -> list[TableUpkeep]:
    """Compact, purge and VACUUM each existing table (deletion vectors turned on where they
    are not yet); pins are read once, before the first."""
    if retention_hours < 0:
        raise ValueError("the retention is a number of hours, 0 or more")
    pins = pinned_versions()
    if retention_hours < DEFAULT_RETENTION_HOURS:  # Delta refuses less unless told
        spark.conf.set("spark.databricks.delta.retentionDurationCheck.enabled", "false")
    names = [n for n in (tables if tables is not None else table_names()) if lake.exists(spark, n)]
    results = []
    for i, name in enumerate(names, 1):
        started = datetime.now(UTC)
        now = datetime.now(UTC)  # per table: a long run must not shorten the last ones' window
        result = upkeep_table(spark, name, pins.get(name, []), retention_hours, now, dry_run, full)
        results.append(result)
        seconds = (datetime.now(UTC) - started).total_seconds()
        progress(
            f"[{i}/{len(names)}] {name}: {result.files_before} → {result.files_after} files, "
            f"{result.files_purged} purged, {result.files_vacuumed} vacuumed, retention {result.retention_hours} h "
            f"({result.retention_reason}), {seconds:.0f} s"
        )
    return results
