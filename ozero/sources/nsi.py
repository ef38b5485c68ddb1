"""FNSI connector: any directory by OID; every published version is landed once, page by page.

Directory versions are immutable once published, so a version already complete in bronze
is skipped: that is what makes NSI ingestion incremental. Data pages are landed a few at a
time (bounded memory for million-row directories, one Delta commit per group) and the
passport (page 0) is landed last, in the version's final commit: a passport in bronze means
every data page of that version is there. After a crash the next run asks only for the
pages that no commit holds yet.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from ozero import lake
from ozero.config import get_settings
from ozero.sources.bronze import LandingReport, land, new_batch_id, received_now, sha256_hex
from ozero.sources.http import RegistryClient
from ozero.sources.registry import Balance, IngestRequest, Source, SourceOption

if TYPE_CHECKING:
    from ozero.curate.context import CurationContext
    from ozero.curate.report import CurateReport

log = logging.getLogger(__name__)

NAME = "nsi"
TABLE = "bronze.nsi_pages"
MAX_PAGE_SIZE = 1000  # the largest page the simulator (and FNSI) will serve

# Directories the pipeline joins on; any other OID can be added by configuration.
DEFAULT_DIRECTORIES = (
    "1.2.643.5.1.13.13.11.1005",  # МКБ-10
    "1.2.643.5.1.13.13.11.1070",  # Номенклатура медицинских услуг
    "1.2.643.5.1.13.13.11.1040",  # Пол пациента
    "1.2.643.5.1.13.13.99.2.206",  # Субъекты РФ
)


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    return int(raw) if raw else default


def page_size() -> int:
    """Rows per data page (OZERO_NSI_PAGE_SIZE); never change it while a version is half landed."""
    return max(1, min(MAX_PAGE_SIZE, _int_env("OZERO_NSI_PAGE_SIZE", 500)))


def pages_per_commit() -> int:
    """Data pages per Delta commit (OZERO_NSI_PAGES_PER_COMMIT): the driver holds this many."""
    return max(1, _int_env("OZERO_NSI_PAGES_PER_COMMIT", 50))


def parse_oids(raw: str) -> list[str] | None:
    """'oid1,oid2' → list; 'all' → None (ask the service); '' → the default directories."""
    text = raw.strip()
    if text.lower() == "all":
        return None
    return [oid.strip() for oid in text.split(",") if oid.strip()] or list(DEFAULT_DIRECTORIES)


def all_directories(client: RegistryClient) -> list[str]:
    """Every OID the service lists (searchDictionary, paged), in its order, once each."""
    seen: dict[str, None] = {}
    for _, body in client.pages("/port/rest/searchDictionary", {}, 200, items_key="list"):
        for item in body.get("list") or []:
            seen.setdefault(str(item["oid"]), None)
    return list(seen)


def configured_directories(client: RegistryClient | None = None) -> list[str]:
    oids = parse_oids(get_settings().nsi_oids)
    if oids is not None:
        return oids
    if client is None:
        client = RegistryClient(get_settings().source_urls[NAME], params={"userKey": "ozero"})
    return all_directories(client)


def published_versions(client: RegistryClient, oid: str) -> list[str]:
    """Every published version of a directory, as the service lists them."""
    out: dict[str, None] = {}
    for _, body in client.pages("/port/rest/versions", {"identifier": oid}, 200, "list"):
        for entry in body.get("list") or []:
            out.setdefault(str(entry["version"]), None)
    return list(out)


def landed_pages(spark: SparkSession, oid: str, version: str) -> set[int]:
    """Page numbers of this version that a committed Delta version holds."""
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


def _groups(pages: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(pages), size):
        yield pages[i : i + size]


def ingest_version(
    spark: SparkSession, client: RegistryClient, oid: str, version: str, report: LandingReport
) -> None:
    """Land one directory version: missing data pages in groups, then the passport."""
    landed = landed_pages(spark, oid, version)
    if 0 in landed:
        report.extra.setdefault("skipped_versions", []).append(f"{oid}@{version}")
        return
    passport = client.get(
        "/port/rest/passport", {"identifier": oid, "version": version}, json_body=True
    )
    size = page_size()
    total = int(json.loads(passport.content).get("rowsCount") or 0)
    expected = max(1, -(-total // size))
    missing = [p for p in range(1, expected + 1) if p not in landed]
    if landed:
        report.extra.setdefault("resumed_versions", []).append(f"{oid}@{version}")
    groups = list(_groups(missing, pages_per_commit())) or [[]]
    for i, group in enumerate(groups):
        pending = []
        for page in group:
            data = client.get(
                "/port/rest/data",
                {"identifier": oid, "version": version, "page": page, "size": size},
                json_body=True,  # a page cut short on the way must not land in bronze
            )
            pending.append(_row(oid, version, page, data.content, report.batch_id))
        if i == len(groups) - 1:  # the passport marks the version complete
            pending.append(_row(oid, version, 0, passport.content, report.batch_id))
        report.received += len(pending)
        report.pages += len(group)
        report.landed_new += land(spark, TABLE, pending)
    report.extra.setdefault("landed_versions", []).append(f"{oid}@{version}")
    log.info("nsi %s@%s: %d rows, %d pages fetched", oid, version, total, len(missing))


def ingest_nsi(spark: SparkSession, oids: list[str] | None = None) -> LandingReport:
    """Every published version of each directory (configured ones unless `oids` is given)."""
    client = RegistryClient(get_settings().source_urls[NAME], params={"userKey": "ozero"})
    report = LandingReport(NAME, new_batch_id(NAME))
    for oid in oids or configured_directories(client):
        for version in published_versions(client, oid):
            ingest_version(spark, client, oid, version, report)
    report.extra["distinct_received"] = report.received
    report.requests, report.retries = client.requests_made, client.retries_made
    return report


def balances(spark: SparkSession, served: dict[str, int]) -> list[Balance]:
    """Directory versions: every version complete in bronze (its passport landed) is in
    silver.nsi_directories, and its rows in silver.nsi_rows."""
    passports = lake.read(spark, TABLE).where(F.col("page") == 0).select("oid", "version")
    curated = lake.read(spark, "silver.nsi_directories").select("oid", "version")
    waiting = passports.join(curated, ["oid", "version"], "left_anti").count()
    rows = lake.read(spark, "silver.nsi_rows").count()
    return [
        Balance(
            f"NSI directory versions: bronze = silver ({rows} rows)",
            passports.count(),
            {"silver": curated.count(), "not yet curated": waiting},
        )
    ]


def _ingest(request: IngestRequest) -> LandingReport:
    oids = request.options.get("oid") or None
    return ingest_nsi(request.spark, list(oids) if oids else None)


def _curate(ctx: CurationContext) -> CurateReport:
    from ozero.curate.nsi import curate_nsi

    return curate_nsi(ctx)


SOURCE = Source(
    name=NAME,
    title="NSI",
    description="federal reference directories (FNSI): every version of each directory",
    bronze=TABLE,
    silver=(),  # rows are keyed by directory version, not by page: see `balances`
    ingest=_ingest,
    curate=_curate,
    schedule="@weekly",  # directories change rarely; a version already landed is skipped
    windowed=False,
    keyed=False,
    options=(
        SourceOption(
            "oid",
            "directory OID (repeat or comma-separate); default OZERO_NSI_OIDS",
            repeatable=True,
        ),
    ),  # fmt: skip
    balances=balances,
    order=10,  # directories first: curation of other sources and gold joins them
)
