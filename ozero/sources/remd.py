"""REMD connector: lists SEMD documents registered in a window and lands each as received.

The documents of a listing page are retrieved on a few threads (slow answers and retry
back-offs overlap); they land one page per commit, in listing order.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any

from pyspark.sql import SparkSession

from ozero.config import get_settings
from ozero.sources.bronze import (
    LandingReport,
    first_seen,
    land,
    new_batch_id,
    received_now,
    sha256_hex,
)
from ozero.sources.http import FETCH_THREADS, RegistryClient
from ozero.sources.watermarks import fetch_window, iso, parse_ts, set_watermark

log = logging.getLogger(__name__)

SOURCE = "remd"
TABLE = "bronze.remd_documents"
LIST_PATH = "/remd/api/v1/documents"
PAGE_SIZE = 100


def _fetch(client: RegistryClient, item: dict[str, Any], batch_id: str) -> dict[str, Any]:
    """Retrieve one listed document version; the bronze row holding it as received."""
    payload = client.get(item["href"]).content
    return {
        "document_id": item["document_id"],
        "version": int(item["version"]),
        "kind": str(item.get("kind", "")),
        "registered_at": parse_ts(item["registered_at"]),
        "payload": payload,
        "sha256": sha256_hex(payload),
        "batch_id": batch_id,
        "received_at": received_now(),
    }


def ingest_remd(
    spark: SparkSession, interval_start: datetime, interval_end: datetime
) -> LandingReport:
    start, end = fetch_window(spark, SOURCE, interval_start, interval_end)
    client = RegistryClient(get_settings().source_urls[SOURCE])
    report = LandingReport(SOURCE, new_batch_id(SOURCE), iso(start), iso(end))
    params = {"since": iso(start), "until": iso(end)}
    seen: set[tuple[str, int]] = set()  # a feed may list an item twice: fetch and count once
    with ThreadPoolExecutor(FETCH_THREADS, thread_name_prefix="remd-fetch") as pool:
        for page, body in client.pages(LIST_PATH, params, PAGE_SIZE):
            items = body.get("items", [])
            wanted = first_seen(items, lambda i: (i["document_id"], int(i["version"])), seen)
            rows = list(pool.map(lambda i: _fetch(client, i, report.batch_id), wanted))
            new = land(spark, TABLE, rows)  # one commit per page: a crash resumes from here
            report.pages = page
            report.received += len(items)
            report.extra["distinct_received"] = len(seen)
            report.landed_new += new
            report.already_in_bronze += len(rows) - new
            log.info("remd page %d: %d received, %d new", page, len(rows), new)
    report.requests, report.retries = client.requests_made, client.retries_made
    set_watermark(spark, SOURCE, end)
    return report
