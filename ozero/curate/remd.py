"""REMD (SEMD documents): bronze.remd_documents → silver, routed by SEMD type.

- 174 (instrumental study protocol) → silver.remd_protocols, one row per document;
- 186 (laboratory protocol) → silver.remd_lab_results, one row per test result;
- any other type → quarantine ("unsupported SEMD type").

Each document is checked against its type's official XSD and Schematron on the way; a
failing one goes to quarantine with the validators' messages. Corrections: silver keeps only
the latest version of a document (by ``versionNumber``); older versions, whether they came
first or arrived late, move to ``silver.remd_superseded``. Bronze keeps every version.

The patients' names the documents give are kept by ENP in ``bronze.remd_patient_names``
(restricted zone), upserted from the documents each run parses, for OMS curation to scrub
them from claim comments without re-reading REMD bronze (`record_known_names`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import cast

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T
from pyspark.sql.window import Window

from ozero import lake
from ozero.curate.context import CurationContext
from ozero.curate.landing import FAILURE, land, new_records, quarantine_failures
from ozero.curate.parse import as_str, parse_schema
from ozero.curate.report import CurateReport

SOURCE = "bronze.remd_documents"
PROTOCOLS = "silver.remd_protocols"
LAB_RESULTS = "silver.remd_lab_results"
SUPERSEDED = "silver.remd_superseded"
NAMES = "bronze.remd_patient_names"  # patients' names by ENP, for OMS comment scrubbing

log = logging.getLogger(__name__)

SEMD174_FIELDS = (
    "document_id", "version", "set_id", "created_at", "org_oid", "org_name", "service_code",
    "service_name", "study_at", "mkb10_code", "mkb10_display", "findings_text",
    "conclusion_text", "patient_snils", "patient_enp", "patient_family", "patient_given",
    "patient_patronymic", "patient_sex_code", "patient_birth_date", "patient_address_text",
    "patient_region_code", "patient_phone", "author_family", "author_given",
    "author_patronymic", "author_snils", "author_position_code", "accession_number",
    "study_instance_uid", "finding_codes", "assessment_category",
)  # fmt: skip
SEMD186_FIELDS = (
    "document_id", "version", "set_id", "created_at", "org_oid", "org_name", "service_code",
    "service_name", "specimen_code", "specimen_name", "collected_at", "comment_text",
    "result_no", "test_code", "test_code_system", "test_name", "status", "measured_at",
    "value", "value_type", "unit", "unit_code", "ref_low", "ref_high", "interpretation_code",
    "patient_snils", "patient_enp", "patient_family", "patient_given", "patient_patronymic",
    "patient_sex_code", "patient_birth_date", "patient_address_text", "patient_region_code",
    "patient_phone", "author_family", "author_given", "author_patronymic", "author_snils",
    "author_position_code",
)  # fmt: skip
_NAMES = {"174": "SEMD 174", "186": "SEMD 186"}


def semd_kind() -> F.Column:
    """The bronze row's SEMD type; rows landed before ``kind`` was filled are 174."""
    return F.coalesce(F.nullif(F.trim(F.col("kind")), F.lit("")), F.lit("174"))


def _base(row: object, fields: tuple[str, ...]) -> dict[str, object]:
    rec: dict[str, object] = dict.fromkeys(fields)
    rec.update(_sha256=row.sha256, _batch_id=row.batch_id)  # type: ignore[attr-defined]
    rec.update(_item=None, _error=None, _details=None)
    return rec


def _parser(
    kind: str, fields: tuple[str, ...], schematron: bool
) -> Callable[[Iterator[pd.DataFrame]], Iterator[pd.DataFrame]]:
    """mapInPandas body: validate each document (XSD, + Schematron), then parse it to rows."""

    def parse(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        from ozero.formats import FormatError
        from ozero.formats.semd import _root, parse_header, parse_semd174, validate_semd

        columns = _schema(fields).fieldNames()
        for batch in batches:
            out: list[dict[str, object]] = []
            for row in batch.itertuples(index=False):
                rec, doc_kind = _base(row, fields), str(row.kind)
                payload = bytes(cast(bytes, row.payload))
                try:
                    if doc_kind not in _NAMES:
                        rec.update(_error=f"unsupported SEMD type {doc_kind[:10]}", _details=[])
                        out.append(rec)
                        continue
                    checked = validate_semd(payload, doc_kind, schematron=schematron)
                    if not checked.ok:
                        rec.update(
                            _error=f"{_NAMES[doc_kind]} failed {checked.reason} validation",
                            _details=checked.messages,
                        )
                        out.append(rec)
                        continue
                    if kind == "186":
                        out.extend(_lab_rows(rec, payload, fields))
                    elif doc_kind == "174":
                        parsed = parse_semd174(payload)
                        rec.update({k: as_str(parsed.get(k)) for k in fields})
                        out.append(rec)
                    else:  # header only (known names for scrubbing elsewhere)
                        parsed = parse_header(_root(payload))
                        rec.update({k: as_str(parsed.get(k)) for k in fields if k in parsed})
                        out.append(rec)
                except FormatError as exc:
                    rec.update(_error=f"{_NAMES[doc_kind]} unparseable: {exc.reason}", _details=[])
                    out.append(rec)
            yield pd.DataFrame(out, columns=columns)

    return parse


def _lab_rows(
    rec: dict[str, object], payload: bytes, fields: tuple[str, ...]
) -> list[dict[str, object]]:
    from ozero.formats.semd186 import parse_semd186, result_rows

    rows = []
    for r in result_rows(parse_semd186(payload)):
        rows.append({**rec, **{k: as_str(r.get(k)) for k in fields}})
    return rows


def _schema(fields: tuple[str, ...]) -> T.StructType:
    return parse_schema(fields, [])


def _parse_with(
    kind: str, fields: tuple[str, ...], schematron: bool, bronze: DataFrame
) -> DataFrame:
    schema = _schema(fields)
    return bronze.select("payload", "sha256", "batch_id", semd_kind().alias("kind")).mapInPandas(
        _parser(kind, fields, schematron), schema
    )


def parse_semd_documents(bronze: DataFrame) -> DataFrame:
    """Every bronze document → one row: 174 fields, or the header only for other types.

    For the header readers (known names for scrubbing, PHI scans): XSD-checked only (the
    Schematron costs ~0.1 s a document), so XSD-invalid ones come back with `_error`.
    """
    return _parse_with("174", SEMD174_FIELDS, False, bronze)


def parse_protocols(bronze: DataFrame) -> DataFrame:
    """SEMD 174 (and unsupported types) → one row per document, XSD + Schematron checked."""
    return _parse_with("174", SEMD174_FIELDS, True, bronze)


def parse_lab_results(bronze: DataFrame) -> DataFrame:
    """SEMD 186 → one row per test result, XSD + Schematron checked (failures: one row)."""
    return _parse_with("186", SEMD186_FIELDS, True, bronze)


# what `known_names` reads of a parse
HEADER = (
    "patient_enp", "patient_family", "patient_given", "patient_patronymic", "created_at",
    "_sha256", "_batch_id", "_error",
)  # fmt: skip


def known_names(parsed: DataFrame, run_id: str) -> DataFrame:
    """Parsed document rows (174 fields, 186 results or headers; errors are skipped) → one
    row per ENP of `NAMES`: the names of the latest document by creation time (then by
    payload hash, so a re-run picks the same one)."""
    ok = parsed.where(F.col("_error").isNull() & F.col("patient_enp").isNotNull())
    latest = Window.partitionBy("patient_enp").orderBy(
        F.col("created_at").desc_nulls_last(), F.col("_sha256").desc()
    )
    return (
        ok.withColumn("_rank", F.row_number().over(latest))
        .where(F.col("_rank") == 1)
        .select(
            F.col("patient_enp").alias("enp"),
            F.col("patient_family").alias("family"),
            F.col("patient_given").alias("given"),
            F.col("patient_patronymic").alias("patronymic"),
            "_sha256",
            "_batch_id",
            F.lit(run_id).alias("run_id"),
        )
    )


def record_known_names(spark: SparkSession, parsed: DataFrame, run_id: str) -> int:
    """Upsert the patients' names `parsed` gives into `NAMES` (one MERGE on ENP: a newer
    run's names replace an older run's); returns ENPs new to the table."""
    return lake.merge(spark, NAMES, known_names(parsed, run_id))


def backfill_known_names(spark: SparkSession, run_id: str, skip: DataFrame | None = None) -> bool:
    """Build `NAMES` once from REMD bronze when a lake made before it has none (every
    document's header read, XSD-checked only, as the OMS step did on each run before);
    `skip`: bronze rows the caller parses itself (by `sha256`). Returns whether it ran."""
    if lake.exists(spark, NAMES) or not lake.exists(spark, SOURCE):
        return False
    bronze = lake.read(spark, SOURCE)
    if skip is not None:
        bronze = bronze.join(skip.select("sha256"), "sha256", "left_anti")
    log.info("%s does not exist yet: backfilling it once from %s", NAMES, SOURCE)
    added = record_known_names(spark, parse_semd_documents(bronze), run_id)
    log.info("%s backfilled from %s: %d patients' names", NAMES, SOURCE, added)
    return True


def _not_superseded(spark: SparkSession, bronze: DataFrame) -> DataFrame:
    done = lake.read(spark, SUPERSEDED).select(F.col("_sha256").alias("sha256"))
    return bronze.join(done, "sha256", "left_anti")


def supersede(spark: SparkSession, table: str) -> int:
    """Move every version older than a document's latest out of `table`; returns how many
    bronze records (document versions) were moved to silver.remd_superseded."""
    rows = lake.read(spark, table).select(
        "document_pid", "document_version", "_sha256", "_batch_id"
    )
    latest = rows.groupBy("document_pid").agg(F.max("document_version").alias("latest"))
    old = (
        rows.join(latest, "document_pid")
        .where(F.col("document_version") < F.col("latest"))
        .dropDuplicates(["_sha256"])
        .cache()
    )
    moved = old.count()
    if moved:
        record = old.select(
            F.lit(table).alias("target_table"),
            "document_version",
            F.col("latest").alias("superseded_by_version"),
            F.lit(datetime.now(UTC)).cast("timestamp").alias("superseded_at"),
            "_sha256",
            "_batch_id",
        )
        lake.merge(spark, SUPERSEDED, record, update=False)  # first: a crash leaves no gap
        from delta.tables import DeltaTable

        DeltaTable.forPath(spark, lake.table_path(table)).alias("t").merge(
            old.select("document_pid", "document_version").distinct().alias("s"),
            "t.document_pid = s.document_pid AND t.document_version = s.document_version",
        ).whenMatchedDelete().execute()
    old.unpersist()
    return moved


def curate_remd(ctx: CurationContext) -> CurateReport:
    """New SEMD documents to their silver table by type, then keep only the latest versions."""
    spark = ctx.spark
    lake.ensure_table(spark, SUPERSEDED)
    report = CurateReport(f"{PROTOCOLS},{LAB_RESULTS}", ctx.run_id)
    # The increment and its parsed rows are checkpointed, not cached: every Delta write of
    # the run (quarantine, silver) invalidates each cached plan that reads the table, and
    # `new` reads both (new = not yet in silver or quarantine). Re-read after a write, a
    # cached frame ran its anti-join and its parse (XSD + Schematron) again, and held only
    # the documents not written yet. A checkpoint's plan reads no table: each document is
    # parsed once per run, and every later write and count sees the same rows. (Checkpoint
    # blocks are freed when their frames are garbage collected: nothing to unpersist.) The
    # increment is counted on a cache first: a run with nothing new stops there, as before.
    found = _not_superseded(spark, new_records(ctx, SOURCE, (PROTOCOLS, LAB_RESULTS))).cache()
    report.bronze_new = found.count()
    new = found.localCheckpoint(eager=True) if report.bronze_new else None  # from the cache
    found.unpersist()
    # a lake made before the names table: the documents this run does not parse, once
    backfill_known_names(spark, ctx.run_id, skip=new)
    if new is not None:
        is_lab = semd_kind() == "186"
        kinds = [
            (table, documents, parse(documents).localCheckpoint(eager=True))
            for table, parse, documents in (
                (PROTOCOLS, parse_protocols, new.where(~is_lab)),
                (LAB_RESULTS, parse_lab_results, new.where(is_lab)),
            )
        ]
        # the patients' names from the same parses (no second one), in one MERGE, before
        # silver: a run that stops after it lands silver has recorded them already
        headers = [parsed.select(*HEADER) for _, _, parsed in kinds]
        record_known_names(spark, headers[0].unionByName(headers[1]), ctx.run_id)
        for table, documents, parsed in kinds:
            report.quarantined_parse += quarantine_failures(
                ctx,
                parsed.where(F.col("_error").isNotNull()),
                documents,
                source_table=SOURCE,
                target_table=table,
            )
            good = parsed.where(F.col("_error").isNull()).drop(*FAILURE)
            report.add(land(ctx, table, good, source_table=SOURCE))
    superseded = supersede(spark, PROTOCOLS) + supersede(spark, LAB_RESULTS)
    report.validation = {**report.validation, "superseded": superseded}
    report.validation["tables"] = {t: r["validation"] for t, r in report.tables.items()}
    return report
