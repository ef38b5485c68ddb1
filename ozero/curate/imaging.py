"""PACS: bronze.pacs_instances → de-identified DICOM files + silver.imaging_{instances,series,studies}.

Per instance: read the bronze file, check it is whole (hash, UIDs, pixel data length), run the
PS3.15 de-identifier (``ozero.deid.dicom``: Basic Profile + options, keyed UIDs, OCR of at-risk
pixels), re-key the patient to the lake-wide ENP pseudonym and its date shift, check no known
identifier of the patient survived anywhere in the header (sequences included), and write
``<lake>/objects/dicom/<study'>/<series'>/<sop'>.dcm``. Anything that fails goes to
``quarantine.records`` with the reason; nothing is silently dropped.

Where it runs: inside Spark (``mapInPandas`` over the bronze rows, repartitioned so each core
takes a share). The work is per file and CPU-bound (pydicom, Tesseract ~0.5 s per at-risk
frame), so executors scale it the same way they scale XML parsing; the driver only MERGEs the
small metadata rows. The result is checkpointed before it is used twice, so no file is
de-identified twice in one run.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from ozero import lake
from ozero.curate.keyring import (
    check_key,
    current_rebuild,
    forget_validation_quarantine,
    write_curated,
)
from ozero.curate.quarantine import quarantine, quarantined_keys
from ozero.curate.silver import CurateReport, record_outcome, record_validation
from ozero.deid.dicom import ProfileOptions
from ozero.deid.keys import PseudonymKey

log = logging.getLogger(__name__)

SOURCE = "bronze.pacs_instances"
INSTANCES, SERIES, STUDIES = (
    "silver.imaging_instances",
    "silver.imaging_series",
    "silver.imaging_studies",
)
# Research imaging: keep shifted dates (intervals), sex/age/size, cleaned descriptions.
DEFAULT_OPTIONS = ProfileOptions(
    retain_modified_dates=True, retain_patient_characteristics=True, clean_descriptors=True
)
SEX_CODES = {"M": "1", "F": "2"}  # DICOM PatientSex → FNSI 1.2.643.5.1.13.13.11.1040

RESULT_SCHEMA = T.StructType(
    [
        T.StructField(name, dtype)
        for name, dtype in (
            ("_sha256", T.StringType()),
            ("_batch_id", T.StringType()),
            ("_error", T.StringType()),
            ("_details", T.ArrayType(T.StringType())),
            ("sop_instance_uid", T.StringType()),
            ("series_instance_uid", T.StringType()),
            ("study_instance_uid", T.StringType()),
            ("patient_pid", T.StringType()),
            ("accession_pid", T.StringType()),
            ("sop_class_uid", T.StringType()),
            ("modality", T.StringType()),
            ("instance_number", T.IntegerType()),
            ("rows", T.IntegerType()),
            ("columns", T.IntegerType()),
            ("at_risk", T.StringType()),
            ("burned_in", T.StringType()),
            ("object_uri", T.StringType()),
            ("size_bytes", T.LongType()),
            ("deid_sha256", T.StringType()),
            ("body_part", T.StringType()),
            ("series_number", T.IntegerType()),
            ("series_description", T.StringType()),
            ("study_description", T.StringType()),
            ("patient_sex", T.StringType()),
            ("patient_age_band", T.StringType()),
            ("study_date", T.DateType()),
        )
    ]
)


class Rejected(Exception):
    """This instance cannot go to silver; the message is a reason without values."""


# --- one file (runs on executors; pure apart from object I/O) -------------------------------


def _da(text: object) -> date | None:
    try:
        return datetime.strptime(str(text).strip(), "%Y%m%d").date() if text else None
    except ValueError:
        return None


def _int(value: object) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def check_whole(ds: Any) -> None:
    """Reject a file that is not a whole image instance (cut short at the source or on disk)."""
    for keyword in ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "SOPClassUID"):
        if not str(ds.get(keyword, "") or "").strip():
            raise Rejected(f"unreadable DICOM: {keyword} missing (file truncated?)")
    if not str(ds.get("PatientID", "") or "").strip():
        raise Rejected("PatientID missing: the instance cannot be linked to a patient")
    if "PixelData" not in ds:
        raise Rejected("unreadable DICOM: no pixel data (file truncated?)")
    syntax = ds.file_meta.get("TransferSyntaxUID") if hasattr(ds, "file_meta") else None
    if syntax is not None and syntax.is_compressed:
        return  # encapsulated frames: the decoder checks them during the OCR pass
    rows, cols = _int(ds.get("Rows")), _int(ds.get("Columns"))
    bits = _int(ds.get("BitsAllocated"))
    if not (rows and cols and bits):
        raise Rejected("unreadable DICOM: image pixel module incomplete")
    samples = _int(ds.get("SamplesPerPixel")) or 1
    frames = _int(ds.get("NumberOfFrames")) or 1
    expected = rows * cols * samples * frames * bits // 8
    if len(ds.PixelData) < expected:
        raise Rejected("truncated pixel data: fewer bytes than the image module declares")


def known_identifiers(ds: Any) -> set[str]:
    """The patient's own identifying strings in this header (name parts, IDs, birth date,
    accession): the residual check looks for each of them after de-identification."""
    found: set[str] = set()
    name = str(ds.get("PatientName", "") or "")
    found.update(p.strip() for p in name.replace("=", "^").split("^") if len(p.strip()) >= 3)
    for keyword in ("PatientID", "AccessionNumber", "PatientBirthDate"):
        text = str(ds.get(keyword, "") or "").strip()
        if len(text) >= 4:
            found.add(text)
    for item in ds.get("OtherPatientIDsSequence", None) or []:
        text = str(item.get("PatientID", "") or "").strip()
        if len(text) >= 4:
            found.add(text)
            found.add("".join(ch for ch in text if ch.isdigit()))
    return {f for f in found if f}


def residual_identifiers(ds: Any, identifiers: set[str]) -> list[str]:
    """Keywords (never values) of elements still containing one of ``identifiers``."""
    lowered = [i.lower() for i in identifiers]
    hits = []
    for elem in ds.iterall():
        if elem.VR in ("SQ", "OB", "OW", "OF", "OD", "OL", "OV", "UN") or elem.value is None:
            continue
        text = str(elem.value).lower()
        if any(i in text for i in lowered):
            hits.append(elem.keyword or f"{int(elem.tag):08X}")
    return hits


def realign_dates(ds: Any, days: int) -> None:
    """Move every DA/DT in the dataset by ``days`` (dummy and empty values stay)."""
    if not days:
        return
    for elem in ds.iterall():
        if elem.VR not in ("DA", "DT") or not elem.value:
            continue
        values = list(elem.value) if elem.VM > 1 else [elem.value]
        moved = []
        for v in values:
            text = str(v)
            day = _da(text[:8])
            if day is None or text.startswith("19000101"):
                moved.append(text)
            else:
                moved.append((day + timedelta(days=days)).strftime("%Y%m%d") + text[8:])
        elem.value = moved if len(moved) > 1 else moved[0]


def deidentify_file(
    data: bytes, key: PseudonymKey, options: ProfileOptions, ocr: Any, out_root: str
) -> dict[str, Any]:
    """One bronze file → the silver row's fields (and the written file), or raise Rejected."""
    import pydicom

    from ozero import objects
    from ozero.deid.dates import age_band, date_shift_days
    from ozero.deid.dicom import DeidConfig, deidentify
    from ozero.deid.pseudonym import pseudonymise

    try:
        ds = pydicom.dcmread(io.BytesIO(data), force=True)
        check_whole(ds)
    except Rejected:
        raise
    except Exception as exc:  # noqa: BLE001 - any parse failure is a reason, not a crash
        raise Rejected(f"unreadable DICOM ({type(exc).__name__})") from None
    enp = str(ds.PatientID).strip()
    patient_pid = pseudonymise(enp, key, "enp")
    if patient_pid is None:
        raise Rejected("PatientID has no digits: not an ENP")
    study_day, birth = _da(ds.get("StudyDate")), _da(ds.get("PatientBirthDate"))
    identifiers = known_identifiers(ds)
    accession = str(ds.get("AccessionNumber", "") or "").strip()
    sex = SEX_CODES.get(str(ds.get("PatientSex", "") or "").upper())
    result = deidentify(ds, DeidConfig(key=key, options=options, ocr=ocr))
    report = result.report
    if result.dataset is None:
        raise Rejected(report.reason or "quarantined by the DICOM de-identifier")
    out = result.dataset
    shift = date_shift_days(patient_pid, key)
    if study_day is not None:
        # the de-identifier shifts by its own patient offset; use the lake-wide ENP one
        done = _da(out.get("StudyDate"))
        realign_dates(out, shift - ((done - study_day).days if done else 0))
    out.PatientID = patient_pid
    out.PatientName = patient_pid
    left = residual_identifiers(out, identifiers)
    if left:
        raise Rejected(f"identifier still present after de-identification in {sorted(left)}")
    buffer = io.BytesIO()
    out.save_as(buffer, enforce_file_format=False)
    body = buffer.getvalue()
    study, series, sop = out.StudyInstanceUID, out.SeriesInstanceUID, out.SOPInstanceUID
    uri = f"{out_root}/{study}/{series}/{sop}.dcm"
    objects.put(uri, body)
    return {
        "sop_instance_uid": str(sop),
        "series_instance_uid": str(series),
        "study_instance_uid": str(study),
        "patient_pid": patient_pid,
        "accession_pid": pseudonymise(accession, key, "accession") if accession else None,
        "sop_class_uid": str(out.get("SOPClassUID", "")),
        "modality": str(out.get("Modality", "") or "") or None,
        "instance_number": _int(out.get("InstanceNumber")),
        "rows": _int(out.get("Rows")),
        "columns": _int(out.get("Columns")),
        "at_risk": report.at_risk or None,
        "burned_in": report.burned_in or "not at risk",
        "object_uri": uri,
        "size_bytes": len(body),
        "deid_sha256": hashlib.sha256(body).hexdigest(),
        "body_part": str(out.get("BodyPartExamined", "") or "") or None,
        "series_number": _int(out.get("SeriesNumber")),
        "series_description": str(out.get("SeriesDescription", "") or "") or None,
        "study_description": str(out.get("StudyDescription", "") or "") or None,
        "patient_sex": sex,
        "patient_age_band": age_band(birth, study_day),
        "study_date": study_day + timedelta(days=shift) if study_day else None,
    }


def _deidentify_batches(key: PseudonymKey, options: ProfileOptions, out_root: str):
    """The mapInPandas function: bronze rows → RESULT_SCHEMA rows (one per bronze row)."""
    secret, key_id = key.secret, key.key_id

    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        from ozero import objects
        from ozero.deid.dicom import tesseract_ocr
        from ozero.deid.keys import PseudonymKey

        worker_key = PseudonymKey(key_id=key_id, secret=secret)
        ocr = tesseract_ocr()  # None when missing: at-risk instances are then quarantined
        names = RESULT_SCHEMA.fieldNames()
        for batch in batches:
            out = []
            for row in batch.itertuples(index=False):
                rec: dict[str, Any] = dict.fromkeys(names)
                rec.update(_sha256=row.sha256, _batch_id=row.batch_id)
                try:
                    data = objects.get(row.object_uri)
                    if hashlib.sha256(data).hexdigest() != row.sha256:
                        raise Rejected("bronze file does not match its sha256 (changed on disk)")
                    rec.update(deidentify_file(data, worker_key, options, ocr, out_root))
                except Rejected as exc:
                    rec.update(_error=str(exc), _details=[f"bronze object {row.object_uri}"])
                except OSError as exc:
                    rec.update(_error=f"bronze file unreadable ({type(exc).__name__})")
                except Exception as exc:  # noqa: BLE001 - one odd file must not stop the run
                    rec.update(_error=f"de-identification failed ({type(exc).__name__})")
                out.append(rec)
            yield pd.DataFrame(out, columns=names)

    return run


# --- the run (driver) -------------------------------------------------------------------------


def _new_bronze(spark: SparkSession) -> DataFrame:
    """Bronze instances neither in silver nor in quarantine yet (matched on the file hash)."""
    bronze = lake.read(spark, SOURCE)
    if current_rebuild() is not None:  # key rotation: every instance again, under the new key
        return bronze
    done = lake.read(spark, INSTANCES).select(F.col("_sha256").alias("sha256"))
    held = quarantined_keys(spark, SOURCE).select(
        F.split("record_key", ":").getItem(0).alias("sha256")
    )
    return bronze.join(done.unionByName(held).distinct(), "sha256", "left_anti")


def _refresh_series_and_studies(
    spark: SparkSession, fresh: DataFrame, key_id: str
) -> tuple[int, int]:
    """Series and studies touched by this run, re-counted from all their silver instances."""
    instances = lake.read(spark, INSTANCES)
    counts = instances.groupBy("series_instance_uid").agg(
        F.count("*").cast("int").alias("instance_count")
    )
    series = (
        fresh.groupBy("series_instance_uid")
        .agg(
            *[
                F.first(c, ignorenulls=True).alias(c)
                for c in (
                    "study_instance_uid",
                    "patient_pid",
                    "modality",
                    "body_part",
                    "series_number",
                    "series_description",
                )
            ]  # fmt: skip
        )
        .join(counts, "series_instance_uid")
        .withColumn("deid_key_id", F.lit(key_id))
    )
    new_series = write_curated(spark, SERIES, series)
    studies_touched = fresh.select("study_instance_uid").distinct()
    all_series = lake.read(spark, SERIES).join(studies_touched, "study_instance_uid")
    per_study = all_series.groupBy("study_instance_uid").agg(
        F.sort_array(F.collect_set("modality")).alias("modalities"),
        F.sort_array(F.collect_set("body_part")).alias("body_parts"),
        F.count("*").cast("int").alias("series_count"),
        F.sum("instance_count").cast("int").alias("instance_count"),
    )
    header = fresh.groupBy("study_instance_uid").agg(
        *[
            F.first(c, ignorenulls=True).alias(c)
            for c in (
                "patient_pid",
                "accession_pid",
                "patient_sex",
                "patient_age_band",
                "study_date",
                "study_description",
            )
        ]  # fmt: skip
    )
    studies = header.join(per_study, "study_instance_uid").withColumn("deid_key_id", F.lit(key_id))
    return new_series, write_curated(spark, STUDIES, studies)


def curate_imaging(
    spark: SparkSession,
    key: PseudonymKey,
    run_id: str,
    options: ProfileOptions = DEFAULT_OPTIONS,
) -> CurateReport:
    """New bronze instances → de-identified files + silver rows; failures → quarantine."""
    from ozero.contracts import load_contract
    from ozero.quality.validate import results_rows, validate_dataframe

    report = CurateReport(INSTANCES, run_id)
    check_key(spark, INSTANCES, key.key_id)
    bronze = _new_bronze(spark).cache()
    report.bronze_new = bronze.count()
    if report.bronze_new == 0:
        bronze.unpersist()
        return report
    out_root = f"{lake.lake_root()}/objects/dicom"
    parts = max(1, min(report.bronze_new, spark.sparkContext.defaultParallelism))
    results = (
        bronze.select("object_uri", "sha256", "batch_id")
        .repartition(parts, "sha256")
        .mapInPandas(_deidentify_batches(key, options, out_root), RESULT_SCHEMA)
        .localCheckpoint(eager=True)  # files are written once; both branches reuse the rows
    )
    failed = results.where(F.col("_error").isNotNull())
    report.quarantined_parse = quarantine(
        spark,
        failed,
        source_table=SOURCE,
        target_table=INSTANCES,
        stage="deidentify",
        key_col="_sha256",
        reason_col="_error",
        details_col="_details",
        payload=None,
        batch_col="_batch_id",
    )
    good = results.where(F.col("_error").isNull()).withColumn("deid_key_id", F.lit(key.key_id))
    report.parsed = good.count()
    report.deid = {"key_id": key.key_id, "options": [m for _c, m in options.codes()]}
    if report.parsed == 0:  # everything quarantined: nothing to validate or aggregate
        bronze.unpersist()
        return report
    contract = load_contract(INSTANCES)
    outcome = validate_dataframe(good.select(*contract.column_names), contract, run_id)
    record_validation(spark, results_rows(outcome, INSTANCES, run_id))
    record_outcome(INSTANCES, outcome)
    report.validation = {
        "success": outcome.success,
        "expectations": len(outcome.results),
        "failed": [r.expectation_id for r in outcome.results if not r.success],
    }
    forget_validation_quarantine(spark, INSTANCES)
    write_curated(spark, INSTANCES, outcome.valid)
    report.written = outcome.valid.count()
    rejected = outcome.quarantined.withColumn(
        "_qkey", F.concat_ws(":", "_sha256", "sop_instance_uid")
    )
    report.quarantined_validation = quarantine(
        spark,
        rejected,
        source_table=SOURCE,
        target_table=INSTANCES,
        stage="validate",
        key_col="_qkey",
        reason_col="reason",
        details_col="details",
        payload=None,
        batch_col="_batch_id",
    )
    valid = good.join(outcome.valid.select("sop_instance_uid"), "sop_instance_uid", "left_semi")
    new_series, new_studies = _refresh_series_and_studies(spark, valid, key.key_id)
    outcome.unpersist()
    report.deid.update(
        burned_in={r["burned_in"]: r["count"] for r in good.groupBy("burned_in").count().collect()},
        new_series=new_series,
        new_studies=new_studies,
    )
    if current_rebuild() is not None:
        report.deid["stale_files_removed"] = prune_unreferenced_files(spark, out_root)
    bronze.unpersist()
    return report


def prune_unreferenced_files(spark: SparkSession, out_root: str) -> int:
    """After a key rotation, remove de-identified files made under the old key (local lakes).

    They hold no identifiers, but their UIDs are old-key pseudonyms that silver no longer
    references; keeping them would let the two keys' outputs be linked.
    """
    if not lake.is_local():
        log.warning("stale DICOM objects under %s are not pruned on remote storage", out_root)
        return 0
    referenced = {
        lake.local_path(r["object_uri"]).resolve()
        for r in lake.read(spark, INSTANCES).select("object_uri").collect()
    }
    removed = 0
    for path in lake.local_path(out_root).rglob("*.dcm"):
        if path.resolve() not in referenced:
            path.unlink()
            removed += 1
    return removed
