"""Silver → gold: the chest imaging protocols ML dataset.

Joins de-identified protocols with the МКБ-10 directory (names) and OMS cases (follow-up
within 90 days). Dates in both silver tables are shifted by the same per-patient offset,
so the 90-day interval is computed on shifted dates without error.
"""

from __future__ import annotations

import logging
from typing import Any

from pyspark.sql import Column, DataFrame, SparkSession
from pyspark.sql import functions as F

from ozero import lake
from ozero.curate.context import CurationContext
from ozero.curate.landing import land

log = logging.getLogger(__name__)

TABLE = "gold.chest_imaging_protocols"
MKB10_OID = "1.2.643.5.1.13.13.11.1005"
FOLLOWUP_DAYS = 90


def study_kind(service_name: Column) -> Column:
    """Chest imaging kind from the NSI service name (null when not chest imaging)."""
    name = F.lower(service_name)
    chest = name.contains("грудн") | name.contains("легк")
    return (
        F.when(~chest, None)
        .when(name.contains("флюорограф"), "fluorography")
        .when(name.contains("томограф"), "ct")
        .when(name.contains("рентген"), "xray")
    )


def latest_directory_rows(spark: SparkSession, oid: str) -> DataFrame:
    rows = lake.read(spark, "silver.nsi_rows").where(F.col("oid") == oid)
    versions = [r["version"] for r in rows.select("version").distinct().collect()]
    if not versions:
        return rows
    latest = max(versions, key=lambda v: tuple(int(p) for p in v.split(".") if p.isdigit()))
    return rows.where(F.col("version") == latest)


def build_chest_imaging(spark: SparkSession) -> DataFrame:
    from ozero.curate.keyring import check_same_key

    check_same_key(spark, ["silver.remd_protocols", "silver.oms_cases"])
    protocols = lake.read(spark, "silver.remd_protocols")
    cases = lake.read(spark, "silver.oms_cases")
    mkb = (
        latest_directory_rows(spark, MKB10_OID)
        .select(
            F.col("fields")["MKB_CODE"].alias("mkb10_code"),
            F.col("fields")["MKB_NAME"].alias("mkb10_name"),
        )
        .where(F.col("mkb10_code").isNotNull())
        .dropDuplicates(["mkb10_code"])
    )
    chest = protocols.withColumn("study_kind", study_kind(F.col("service_name"))).where(
        F.col("study_kind").isNotNull() & F.col("mkb10_code").isNotNull()
    )
    followups = (
        chest.alias("p")
        .join(
            cases.alias("c"),
            (F.col("p.patient_pid") == F.col("c.patient_pid"))
            & (F.col("c.case_start_date") > F.col("p.study_date"))
            & (F.col("c.case_start_date") <= F.date_add(F.col("p.study_date"), FOLLOWUP_DAYS)),
        )
        .select(F.col("p.document_pid").alias("document_pid"))
        .distinct()
        .withColumn("followup_90d", F.lit(True))
    )
    return (
        chest.join(mkb, "mkb10_code", "left")
        .join(followups, "document_pid", "left")
        .select(
            F.col("document_pid").alias("study_pid"),
            "patient_pid",
            "study_kind",
            "service_code",
            "service_name",
            "study_date",
            "mkb10_code",
            F.coalesce("mkb10_name", "mkb10_display").alias("mkb10_name"),
            "patient_sex",
            "patient_age_band",
            "findings_text",
            "conclusion_text",
            F.coalesce("followup_90d", F.lit(False)).alias("followup_90d"),
        )
    )


def refresh_chest_imaging(ctx: CurationContext) -> dict[str, Any]:
    """Rebuild gold through the landing protocol (validate, quarantine failing rows) and
    commit only if its content changed: an unchanged table keeps its Delta version, which is
    what tells the release step that there is nothing new to release."""
    report = land(
        ctx,
        TABLE,
        build_chest_imaging(ctx.spark),
        source_table="silver.remd_protocols",
        deidentify=False,
        write="replace_if_changed",
    )
    return {
        "table": TABLE,
        "rows": report.written,
        "quarantined": report.quarantined_validation,
        "changed": report.changed,
        "version": lake.version(ctx.spark, TABLE),
        "validation_success": report.validation["success"],
    }
