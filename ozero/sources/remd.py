"""REMD connector: lists SEMD documents registered in a window and lands each as received.

The documents of a listing page are retrieved on a few threads (slow answers and retry
back-offs overlap); they land one page per commit, in listing order.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import TYPE_CHECKING, Any

from pyspark.sql import SparkSession

from ozero.config import get_settings
from ozero.privacy import optout
from ozero.privacy.patients import OptOutList
from ozero.sources.bronze import (
    LandingReport,
    first_seen,
    land,
    new_batch_id,
    received_now,
    sha256_hex,
)
from ozero.sources.http import FETCH_THREADS, RegistryClient
from ozero.sources.registry import Balance, IngestRequest, Source
from ozero.sources.watermarks import fetch_window, iso, parse_ts, set_watermark

if TYPE_CHECKING:
    from ozero.curate.context import CurationContext
    from ozero.curate.report import CurateReport

log = logging.getLogger(__name__)

NAME = "remd"
TABLE = "bronze.remd_documents"
LIST_PATH = "/remd/api/v1/documents"
PAGE_SIZE = 100


def _fetch(
    client: RegistryClient, item: dict[str, Any], batch_id: str, opt_outs: OptOutList | None
) -> dict[str, Any] | None:
    """Retrieve one listed document version; the bronze row holding it as received, or None
    for a document about a patient who opted out (it never lands)."""
    payload = client.get(item["href"]).content
    if opt_outs is not None and opt_outs.names_anyone(payload):
        return None
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
    start, end = fetch_window(spark, NAME, interval_start, interval_end)
    client = RegistryClient(get_settings().source_urls[NAME])
    report = LandingReport(NAME, new_batch_id(NAME), iso(start), iso(end))
    params = {"since": iso(start), "until": iso(end)}
    seen: set[tuple[str, int]] = set()  # a feed may list an item twice: fetch and count once
    opt_outs = optout.for_ingestion(spark)
    report.extra["opted_out"] = 0
    with ThreadPoolExecutor(FETCH_THREADS, thread_name_prefix="remd-fetch") as pool:
        for page, body in client.pages(LIST_PATH, params, PAGE_SIZE):
            items = body.get("items", [])
            wanted = first_seen(items, lambda i: (i["document_id"], int(i["version"])), seen)
            fetched = list(pool.map(lambda i: _fetch(client, i, report.batch_id, opt_outs), wanted))
            rows = [r for r in fetched if r is not None]
            report.extra["opted_out"] += len(fetched) - len(rows)
            new = land(spark, TABLE, rows)  # one commit per page: a crash resumes from here
            report.pages = page
            report.received += len(items)
            report.extra["distinct_received"] = len(seen)
            report.landed_new += new
            report.already_in_bronze += len(rows) - new
            log.info("remd page %d: %d received, %d new", page, len(rows), new)
    report.requests, report.retries = client.requests_made, client.retries_made
    set_watermark(spark, NAME, end)
    return report


def served(url: str, until: datetime) -> dict[str, int]:
    """How many document versions the registry lists up to `until` (the demo's check)."""
    client = RegistryClient(url)
    body = client.get_json(LIST_PATH, {"until": iso(until), "size": 1})
    return {"records": int(body["total"])}


def balances(spark: SparkSession, served: dict[str, int]) -> list[Balance]:
    """Patient linkage: every silver document's patient pseudonym was made of the ENP (which
    links it to claims and imaging), else the SNILS, else the document itself (no policy and
    no SNILS: foreigners, newborns). The parts are the linkage rate."""

    from ozero import lake

    out = []
    for table, unit in (("silver.remd_protocols", "protocols"), ("silver.remd_lab_results", "lab")):
        rows = lake.read(spark, table)
        if "patient_link" not in rows.columns:
            continue
        documents = rows.select("document_pid", "patient_link").distinct()
        by_link = {
            r["patient_link"]: r["count"]
            for r in documents.groupBy("patient_link").count().collect()
        }
        parts = {f"by {link}": by_link.get(link, 0) for link in ("enp", "snils", "document")}
        label = f"REMD {unit} documents: patient linked by ENP + SNILS + document"
        out.append(Balance(label, documents.count(), parts))
    return out


def _ingest(request: IngestRequest) -> LandingReport:
    assert request.start is not None and request.end is not None
    return ingest_remd(request.spark, request.start, request.end)


def _curate(ctx: CurationContext) -> CurateReport:
    from ozero.curate.remd import curate_remd

    return curate_remd(ctx)


SOURCE = Source(
    name=NAME,
    title="REMD",
    description="structured medical documents (SEMD 174 protocols, 186 lab results)",
    bronze=TABLE,
    silver=("silver.remd_protocols", "silver.remd_lab_results", "silver.remd_superseded"),
    ingest=_ingest,
    curate=_curate,
    schedule="@daily",
    served=served,
    balances=balances,
    order=20,
    curate_writes=("bronze.remd_patient_names",),  # patients' names for OMS comment scrubbing
)
