"""GIS OMS connector: lists claims registers registered in a window and lands each file.

A monthly register of a large region is gigabytes of XML, so its body is streamed to a file
in the bronze object area (``<lake>/bronze/objects/oms/<sha256>.xml``, content-addressed,
written under a temporary name and renamed when complete) and `bronze.oms_registers` keeps
the metadata and the file's path. Rows landed before this change carry the bytes in
`payload` instead (no `object_path`); the curate step reads either.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from pyspark.sql import SparkSession

from ozero import lake
from ozero.config import get_settings
from ozero.sources.bronze import LandingReport, land, new_batch_id, received_now
from ozero.sources.http import RegistryClient
from ozero.sources.watermarks import fetch_window, iso, parse_ts, set_watermark

log = logging.getLogger(__name__)

SOURCE = "oms"
TABLE = "bronze.oms_registers"
LIST_PATH = "/oms/api/v1/registers"


def objects_dir() -> Path:
    """Where register files land: next to the bronze tables, inside the lake."""
    return Path(lake.table_path("bronze.objects").removeprefix("file://")) / SOURCE


def migrate_bronze(spark: SparkSession) -> None:
    """Bring a table created with the old contract (payload only) to the current one."""
    if not lake.exists(spark, TABLE):
        return
    path = lake.table_path(TABLE)
    columns = {f.name: f for f in spark.read.format("delta").load(path).schema.fields}
    if "object_path" in columns:
        return
    spark.sql(f"ALTER TABLE delta.`{path}` ADD COLUMNS (object_path STRING, size_bytes BIGINT)")
    if not columns["payload"].nullable:
        spark.sql(f"ALTER TABLE delta.`{path}` ALTER COLUMN payload DROP NOT NULL")
    log.info("oms: %s migrated to file landing (object_path, size_bytes)", TABLE)


def ingest_oms(
    spark: SparkSession, interval_start: datetime, interval_end: datetime
) -> LandingReport:
    start, end = fetch_window(spark, SOURCE, interval_start, interval_end)
    client = RegistryClient(get_settings().source_urls[SOURCE])
    report = LandingReport(SOURCE, new_batch_id(SOURCE), iso(start), iso(end))
    migrate_bronze(spark)
    listing = client.get_json(LIST_PATH, {"since": iso(start), "until": iso(end)})
    seen: set[str] = set()  # a feed may list a register twice: fetch and count once
    report.extra["distinct_received"] = 0
    report.extra["bytes_received"] = 0
    for item in listing.get("items", []):
        report.received += 1
        if item["register_id"] in seen:
            continue
        seen.add(item["register_id"])
        report.extra["distinct_received"] = len(seen)
        # raw windows-1251 bytes, kept as is; the same content lands on the same file
        got = client.download(item["href"], objects_dir(), suffix=".xml")
        report.extra["bytes_received"] += got.size
        row = {
            "register_id": item["register_id"],
            "period": item.get("period", ""),
            "registered_at": parse_ts(item["registered_at"]),
            "object_path": str(got.path),
            "size_bytes": got.size,
            "payload": None,
            "sha256": got.sha256,
            "batch_id": report.batch_id,
            "received_at": received_now(),
        }
        new = land(spark, TABLE, [row])  # one commit per register file; MERGE on id + sha256
        report.pages += 1
        report.landed_new += new
        report.already_in_bronze += 1 - new
    report.requests, report.retries = client.requests_made, client.retries_made
    set_watermark(spark, SOURCE, end)
    log.info("oms: %d registers received, %d new", report.received, report.landed_new)
    return report
