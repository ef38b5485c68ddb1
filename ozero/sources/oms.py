"""GIS OMS connector: lists claims registers registered in a window and lands each file.

A monthly register of a large region is gigabytes of XML, so its body is streamed to a file
and stored as an object in the bronze object area (``<lake>/bronze/objects/oms/<sha256>.xml``,
content-addressed, never visible half-written; `ozero.objects`, so an `s3a://` lake works
too), and `bronze.oms_registers` keeps the metadata and the object's URI. Rows landed before
file landing carry the bytes in `payload` instead; the curate step reads either.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from ozero import lake, objects
from ozero.config import get_settings
from ozero.privacy import optout
from ozero.privacy.patients import OptOutList
from ozero.privacy.registers import file_names_anyone, without_patients
from ozero.sources.bronze import LandingReport, land, new_batch_id, received_now, sha256_hex
from ozero.sources.http import RegistryClient
from ozero.sources.registry import Balance, IngestRequest, Source
from ozero.sources.watermarks import fetch_window, iso, parse_ts, set_watermark

if TYPE_CHECKING:
    from ozero.curate.context import CurationContext
    from ozero.curate.report import CurateReport

log = logging.getLogger(__name__)

NAME = "oms"
TABLE = "bronze.oms_registers"
LIST_PATH = "/oms/api/v1/registers"


def register_uri(sha256: str) -> str:
    """Where a register file lands: content-addressed in the bronze object area."""
    return objects.object_uri("bronze", "objects", NAME, f"{sha256}.xml")


def migrate_bronze(spark: SparkSession) -> None:
    """Bring a table created with an older contract (payload only, or `object_path`) to the
    current one (`object_uri`)."""
    if not lake.exists(spark, TABLE):
        return
    current = spark.read.format("delta").load(lake.table_path(TABLE))
    if "object_uri" in current.columns:
        return
    if "object_path" in current.columns:
        moved = current.withColumn("object_uri", F.col("object_path"))
    else:
        moved = current.withColumn("object_uri", F.lit(None).cast("string")).withColumn(
            "size_bytes", F.lit(None).cast("long")
        )
    lake.replace_schema(spark, TABLE, moved)
    log.info("oms: %s migrated to object landing (object_uri)", TABLE)


def _land_file(
    client: RegistryClient, href: str, opt_outs: OptOutList | None
) -> tuple[str, str, int, int]:
    """Stream one register into the object store; (uri, sha256, size, records withheld).
    The same content is the same object: a re-served register is not stored twice. Records
    (`<ZAP>`) of patients who opted out are cut out before it is stored."""
    got = client.download(href, objects.staging_dir(register_uri("staging")), suffix=".xml")
    path, sha, size, withheld = got.path, got.sha256, got.size, 0
    if opt_outs is not None and file_names_anyone(path, opt_outs):
        cleaned, withheld = without_patients(path.read_bytes(), opt_outs)
        path.write_bytes(cleaned)
        sha, size = sha256_hex(cleaned), len(cleaned)
    uri = register_uri(sha)
    if objects.exists(uri):
        path.unlink(missing_ok=True)
    else:
        objects.put_file(path, uri)
    return uri, sha, size, withheld


def ingest_oms(
    spark: SparkSession, interval_start: datetime, interval_end: datetime
) -> LandingReport:
    start, end = fetch_window(spark, NAME, interval_start, interval_end)
    client = RegistryClient(get_settings().source_urls[NAME])
    report = LandingReport(NAME, new_batch_id(NAME), iso(start), iso(end))
    migrate_bronze(spark)
    listing = client.get_json(LIST_PATH, {"since": iso(start), "until": iso(end)})
    seen: set[str] = set()  # a feed may list a register twice: fetch and count once
    report.extra["distinct_received"] = 0
    report.extra["bytes_received"] = 0
    report.extra["opted_out_records"] = 0
    opt_outs = optout.for_ingestion(spark)
    for item in listing.get("items", []):
        report.received += 1
        if item["register_id"] in seen:
            continue
        seen.add(item["register_id"])
        report.extra["distinct_received"] = len(seen)
        # raw windows-1251 bytes, kept as is; the same content lands on the same object
        uri, sha256, size, withheld = _land_file(client, item["href"], opt_outs)
        report.extra["bytes_received"] += size
        report.extra["opted_out_records"] += withheld
        row = {
            "register_id": item["register_id"],
            "period": item.get("period", ""),
            "registered_at": parse_ts(item["registered_at"]),
            "object_uri": uri,
            "size_bytes": size,
            "payload": None,
            "sha256": sha256,
            "batch_id": report.batch_id,
            "received_at": received_now(),
        }
        new = land(spark, TABLE, [row])  # one commit per register file; MERGE on id + sha256
        report.pages += 1
        report.landed_new += new
        report.already_in_bronze += 1 - new
    report.requests, report.retries = client.requests_made, client.retries_made
    set_watermark(spark, NAME, end)
    log.info("oms: %d registers received, %d new", report.received, report.landed_new)
    return report


def served(url: str, until: datetime) -> dict[str, int]:
    """Registers the registry lists up to `until`, and the cases (SL) in them."""
    from ozero.formats.oms import parse_zl_list

    client = RegistryClient(url)
    registers = client.get_json(LIST_PATH, {"until": iso(until)})["items"]
    cases = sum(len(parse_zl_list(client.get(r["href"]).content)["cases"]) for r in registers)
    return {"records": len(registers), "cases": cases}


def balances(spark: SparkSession, served: dict[str, int]) -> list[Balance]:
    """Cases: every case served is in silver.oms_cases or quarantined on its own (registers
    quarantined whole have no readable cases, so they only count when nothing was served)."""
    silver = lake.read(spark, "silver.oms_cases").count()
    quarantined = (
        lake.read(spark, "quarantine.records")
        .where(
            (F.col("source_table") == TABLE)
            & (F.col("target_table") == "silver.oms_cases")
            & F.col("item_key").isNotNull()
        )
        .count()
    )
    parts = {"silver": silver, "quarantine": quarantined}
    if "cases" in served:
        return [Balance("OMS cases: served = silver + quarantine", served["cases"], parts)]
    return [Balance("OMS cases: silver + quarantine", silver + quarantined, parts)]


def _ingest(request: IngestRequest) -> LandingReport:
    assert request.start is not None and request.end is not None
    return ingest_oms(request.spark, request.start, request.end)


def _curate(ctx: CurationContext) -> CurateReport:
    from ozero.curate.oms import curate_oms

    return curate_oms(ctx)


SOURCE = Source(
    name=NAME,
    title="GIS OMS",
    description="claims registers (ZL_LIST): patients, cases of care, services",
    bronze=TABLE,
    silver=("silver.oms_cases",),
    ingest=_ingest,
    curate=_curate,
    schedule="@daily",
    served=served,
    balances=balances,
    order=30,  # claim comments are scrubbed with the names REMD headers give
    curate_writes=("silver.oms_services", "silver.oms_patients"),
)
