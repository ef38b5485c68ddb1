"""GIS OMS connector: lists claims registers registered in a window and lands each file."""

from __future__ import annotations

import logging
from datetime import datetime

from pyspark.sql import SparkSession

from ozero.config import get_settings
from ozero.sources.bronze import LandingReport, land, new_batch_id, received_now, sha256_hex
from ozero.sources.http import RegistryClient
from ozero.sources.watermarks import fetch_window, iso, parse_ts, set_watermark

log = logging.getLogger(__name__)

SOURCE = "oms"
TABLE = "bronze.oms_registers"
LIST_PATH = "/oms/api/v1/registers"


def ingest_oms(
    spark: SparkSession, interval_start: datetime, interval_end: datetime
) -> LandingReport:
    start, end = fetch_window(spark, SOURCE, interval_start, interval_end)
    client = RegistryClient(get_settings().source_urls[SOURCE])
    report = LandingReport(SOURCE, new_batch_id(SOURCE), iso(start), iso(end))
    listing = client.get_json(LIST_PATH, {"since": iso(start), "until": iso(end)})
    seen: set[str] = set()  # a feed may list a register twice: fetch and count once
    report.extra["distinct_received"] = 0
    for item in listing.get("items", []):
        report.received += 1
        if item["register_id"] in seen:
            continue
        seen.add(item["register_id"])
        report.extra["distinct_received"] = len(seen)
        payload = client.get(item["href"]).content  # raw windows-1251 bytes, kept as is
        row = {
            "register_id": item["register_id"],
            "period": item.get("period", ""),
            "registered_at": parse_ts(item["registered_at"]),
            "payload": payload,
            "sha256": sha256_hex(payload),
            "batch_id": report.batch_id,
            "received_at": received_now(),
        }
        new = land(spark, TABLE, [row])  # one commit per register file
        report.pages += 1
        report.landed_new += new
        report.already_in_bronze += 1 - new
    report.requests, report.retries = client.requests_made, client.retries_made
    set_watermark(spark, SOURCE, end)
    log.info("oms: %d registers received, %d new", report.received, report.landed_new)
    return report
