"""PACS connector: lists studies by StudyDate over QIDO-RS, retrieves instances over WADO-RS.

Each instance is stored byte for byte as a content-addressed file next to the lake
(``<lake>/bronze/objects/pacs/<sha[:2]>/<sha>.dcm``, written atomically) and described by a row
in ``bronze.pacs_instances`` (MERGE on SOP UID + sha256, one commit per listing page). An
instance already in bronze is not retrieved again, so a re-run or a backfill over an old
window costs listings only. The window is the DAG interval widened to the watermark (as for
REMD), mapped onto StudyDate with one day of overlap for time-zone edges (PACS dates are
local; the MERGE makes the overlap free).

Listing a study's series and instances and retrieving instances run on a few threads: a PACS
answers each request slowly, and under faults most of a run is spent waiting out retry
back-offs, which threads overlap. Rows still land one page per commit, in listing order.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from ozero import lake, objects
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
from ozero.sources.dicomweb import (
    MODALITY,
    SERIES_UID,
    SOP_CLASS,
    SOP_UID,
    STUDY_DATE,
    STUDY_UID,
    DicomWebClient,
    value,
)
from ozero.sources.http import FETCH_THREADS
from ozero.sources.registry import IngestRequest, Source
from ozero.sources.watermarks import fetch_window, iso, set_watermark

if TYPE_CHECKING:
    from ozero.curate.context import CurationContext
    from ozero.curate.report import CurateReport

log = logging.getLogger(__name__)

NAME = "pacs"
TABLE = "bronze.pacs_instances"
PAGE_SIZE = 50
OVERLAP_DAYS = 1


def study_date_range(start: datetime, end: datetime) -> str:
    """QIDO ``StudyDate`` range (inclusive dates) covering [start, end) plus the overlap."""
    first = (start - timedelta(days=OVERLAP_DAYS)).date()
    last = (end - timedelta(microseconds=1)).date()
    return f"{first:%Y%m%d}-{last:%Y%m%d}"


def _da(text: str | None) -> date | None:
    try:
        return datetime.strptime(str(text), "%Y%m%d").date() if text else None
    except ValueError:
        return None


def listed_instances(client: DicomWebClient, study: dict[str, Any]) -> list[dict[str, Any]]:
    """Every instance of one listed study, with the study/series fields bronze keeps."""
    study_uid = value(study, STUDY_UID)
    out = []
    for series in client.series(study_uid):
        series_uid = value(series, SERIES_UID)
        for inst in client.instances(study_uid, series_uid):
            out.append(
                {
                    "study_instance_uid": study_uid,
                    "series_instance_uid": series_uid,
                    "sop_instance_uid": value(inst, SOP_UID),
                    "sop_class_uid": value(inst, SOP_CLASS),
                    "modality": value(series, MODALITY),
                    "study_date": _da(value(study, STUDY_DATE)),
                }
            )
    return out


def _in_bronze(spark: SparkSession, sop_uids: list[str]) -> set[str]:
    if not sop_uids or not lake.exists(spark, TABLE):
        return set()
    rows = (
        lake.read(spark, TABLE)
        .where(F.col("sop_instance_uid").isin(sop_uids))
        .select("sop_instance_uid")
        .distinct()
        .collect()
    )
    return {r[0] for r in rows}


def _fetch(
    client: DicomWebClient, item: dict[str, Any], batch_id: str, opt_outs: OptOutList | None
) -> dict[str, Any] | None:
    """WADO-RS retrieve one instance and store it; the bronze row describing it, or None for
    an instance of a patient who opted out (neither stored nor described)."""
    data = client.retrieve(
        item["study_instance_uid"], item["series_instance_uid"], item["sop_instance_uid"]
    )
    if opt_outs is not None and opt_outs.names_anyone(data):
        return None
    sha = sha256_hex(data)
    uri = objects.object_uri("bronze", "objects", "pacs", sha[:2], f"{sha}.dcm")
    if not objects.exists(uri):  # content-addressed: the same bytes are the same file
        objects.put(uri, data)
    return {
        **item,
        "object_uri": uri,
        "size_bytes": len(data),
        "sha256": sha,
        "batch_id": batch_id,
        "received_at": received_now(),
    }


def ingest_pacs(
    spark: SparkSession, interval_start: datetime, interval_end: datetime
) -> LandingReport:
    start, end = fetch_window(spark, NAME, interval_start, interval_end)
    client = DicomWebClient(get_settings().source_urls[NAME], PAGE_SIZE)
    report = LandingReport(NAME, new_batch_id(NAME), iso(start), iso(end))
    date_range = study_date_range(start, end)
    report.extra.update(study_date_range=date_range, duplicate_study_entries=0, studies=0)
    seen_studies: set[str] = set()
    seen: set[str] = set()  # a listing may repeat a study or an instance: fetch and count once
    opt_outs = optout.for_ingestion(spark)
    report.extra["opted_out"] = 0
    with ThreadPoolExecutor(FETCH_THREADS, thread_name_prefix="pacs-fetch") as pool:
        for page, studies in client.studies(date_range):
            new_studies = first_seen(studies, lambda st: value(st, STUDY_UID), seen_studies)
            report.extra["duplicate_study_entries"] += len(studies) - len(new_studies)
            listed = [
                i
                for items in pool.map(lambda st: listed_instances(client, st), new_studies)
                for i in items
            ]
            report.received += len(listed)
            fresh = first_seen(listed, lambda i: i["sop_instance_uid"], seen)
            known = _in_bronze(spark, [i["sop_instance_uid"] for i in fresh])
            wanted = [i for i in fresh if i["sop_instance_uid"] not in known]
            fetched = list(pool.map(lambda i: _fetch(client, i, report.batch_id, opt_outs), wanted))
            rows = [r for r in fetched if r is not None]
            report.extra["opted_out"] += len(fetched) - len(rows)
            new = land(spark, TABLE, rows)  # one commit per page: a crash resumes from here
            report.pages = page
            report.landed_new += new
            report.already_in_bronze += len(known) + len(rows) - new
            log.info(
                "pacs page %d: %d instances listed, %d retrieved, %d new",
                page,
                len(fresh),
                len(rows),
                new,
            )
    report.extra.update(studies=len(seen_studies), distinct_received=len(seen))
    report.requests, report.retries = client.http.requests_made, client.http.retries_made
    set_watermark(spark, NAME, end)
    return report


def served(url: str, until: datetime) -> dict[str, int]:
    """Instances of every study dated before `until`, listed over QIDO-RS the way the
    connector lists them."""
    client = DicomWebClient(url)
    last_day = (until - timedelta(microseconds=1)).date()
    return {
        "records": sum(
            len(listed_instances(client, study))
            for _, studies in client.studies(f"19000101-{last_day:%Y%m%d}")
            for study in studies
        )
    }


def _ingest(request: IngestRequest) -> LandingReport:
    assert request.start is not None and request.end is not None
    return ingest_pacs(request.spark, request.start, request.end)


def _curate(ctx: CurationContext) -> CurateReport:
    from ozero.curate.imaging import curate_imaging

    return curate_imaging(ctx)


SOURCE = Source(
    name=NAME,
    title="PACS",
    description="imaging studies over DICOMweb (QIDO-RS listing, WADO-RS retrieval)",
    bronze=TABLE,
    silver=("silver.imaging_instances",),
    ingest=_ingest,
    curate=_curate,
    schedule="@daily",
    served=served,
    order=40,  # OCR-bound: last, so the other sources are not held up by it
    curate_writes=("silver.imaging_series", "silver.imaging_studies"),
)
