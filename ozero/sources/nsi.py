"""FNSI connector: any directory by OID; every published version is landed once, page by page.

Directory versions are immutable once published, so a version already complete in bronze
is skipped: that is what makes NSI ingestion incremental.
"""

from __future__ import annotations

import json
import logging

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from ozero import lake
from ozero.config import get_settings
from ozero.sources.bronze import LandingReport, land, new_batch_id, received_now, sha256_hex
from ozero.sources.http import RegistryClient

log = logging.getLogger(__name__)

SOURCE = "nsi"
TABLE = "bronze.nsi_pages"
PAGE_SIZE = 1000
PAGES_PER_COMMIT = 20  # bounded memory for million-row directories

# Directories the pipeline joins on; any other OID can be added by configuration.
DEFAULT_DIRECTORIES = (
    "1.2.643.5.1.13.13.11.1005",  # МКБ-10
    "1.2.643.5.1.13.13.11.1070",  # Номенклатура медицинских услуг
    "1.2.643.5.1.13.13.11.1040",  # Пол пациента
    "1.2.643.5.1.13.13.99.2.206",  # Субъекты РФ
)


def configured_directories() -> list[str]:
    import os

    raw = os.environ.get("OZERO_NSI_DIRECTORIES", "")
    return [oid.strip() for oid in raw.split(",") if oid.strip()] or list(DEFAULT_DIRECTORIES)


def _landed_pages(spark: SparkSession, oid: str, version: str) -> set[int]:
    if not lake.exists(spark, TABLE):
        return set()
    rows = (
        lake.read(spark, TABLE)
        .where((F.col("oid") == oid) & (F.col("version") == version))
        .select("page")
        .collect()
    )
    return {r["page"] for r in rows}


def _row(oid: str, version: str, page: int, payload: bytes, batch_id: str) -> dict:
    return {
        "oid": oid,
        "version": version,
        "page": page,
        "payload": payload,
        "sha256": sha256_hex(payload),
        "batch_id": batch_id,
        "received_at": received_now(),
    }


def ingest_nsi(spark: SparkSession, oids: list[str] | None = None) -> LandingReport:
    client = RegistryClient(get_settings().source_urls[SOURCE], params={"userKey": "ozero"})
    report = LandingReport(SOURCE, new_batch_id(SOURCE))
    for oid in oids or configured_directories():
        versions = client.get_json("/port/rest/versions", {"identifier": oid}).get("list", [])
        for entry in versions:
            version = str(entry["version"])
            passport = client.get(
                "/port/rest/passport", {"identifier": oid, "version": version}, json_body=True
            )
            total = int(json.loads(passport.content).get("rowsCount") or 0)
            expected_pages = max(1, -(-total // PAGE_SIZE))
            landed = _landed_pages(spark, oid, version)
            if landed >= set(range(expected_pages + 1)):
                report.extra.setdefault("skipped_versions", []).append(f"{oid}@{version}")
                continue
            pending = (
                [] if 0 in landed else [_row(oid, version, 0, passport.content, report.batch_id)]
            )
            for page in range(1, expected_pages + 1):
                if page in landed:
                    continue  # resume: this page was committed by an earlier run
                data = client.get(
                    "/port/rest/data",
                    {"identifier": oid, "version": version, "page": page, "size": PAGE_SIZE},
                    json_body=True,  # a page cut short on the way must not land in bronze
                )
                pending.append(_row(oid, version, page, data.content, report.batch_id))
                report.pages += 1
                if len(pending) >= PAGES_PER_COMMIT:
                    report.landed_new += land(spark, TABLE, pending)
                    pending = []
            report.landed_new += land(spark, TABLE, pending)
            report.received += 1 + sum(1 for p in range(1, expected_pages + 1) if p not in landed)
            log.info("nsi %s@%s: %d rows in %d pages", oid, version, total, expected_pages)
    report.requests, report.retries = client.requests_made, client.retries_made
    return report
