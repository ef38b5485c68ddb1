"""What the lake holds, in numbers: row accounting, quarantine reasons, de-identification
and validation results. Used by the demo summary, `ozero lake` and release manifests."""

from __future__ import annotations

from typing import Any

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from ozero import lake
from ozero.runs import CURATED, bronze_accounting


def _count(spark: SparkSession, table: str, where=None) -> int:
    if not lake.exists(spark, table):
        return 0
    df = lake.read(spark, table)
    return (df.where(where) if where is not None else df).count()


def quarantine_by_reason(spark: SparkSession) -> list[dict[str, Any]]:
    if not lake.exists(spark, "quarantine.records"):
        return []
    rows = (
        lake.read(spark, "quarantine.records")
        .groupBy("source_table", "target_table", "stage", "reason")
        .count()
        .orderBy("source_table", F.desc("count"))
        .collect()
    )
    return [r.asDict() for r in rows]


def _remd_documents(spark: SparkSession) -> dict[str, int]:
    """REMD documents (payload hashes) per place: 174 protocols, 186 lab protocols (one
    silver row per result), versions superseded by a correction; and their union."""
    hashes = {
        name: lake.read(spark, f"silver.remd_{name}").select("_sha256").distinct()
        for name in ("protocols", "lab_results", "superseded")
    }
    union = hashes["protocols"].unionByName(hashes["lab_results"])
    return {
        "lab_documents": hashes["lab_results"].count(),
        "lab_results": _count(spark, "silver.remd_lab_results"),
        "superseded": hashes["superseded"].count(),
        "silver_documents": union.unionByName(hashes["superseded"]).distinct().count(),
    }


def _pacs_instances(spark: SparkSession) -> dict[str, Any]:
    """DICOM instances: bronze = de-identified in silver + quarantined (at-risk pixels,
    unreadable files)."""
    if not lake.exists(spark, "bronze.pacs_instances"):
        return {"bronze_instances": 0, "silver_instances": 0, "quarantined": 0, "balanced": True}
    bronze, accounted = bronze_accounting(spark, *CURATED["pacs"])
    silver = _count(spark, "silver.imaging_instances")
    return {
        "bronze_instances": bronze,
        "silver_instances": silver,
        "quarantined": accounted - silver,
        "balanced": bronze == accounted,
    }


def accounting(spark: SparkSession) -> dict[str, Any]:
    """received = in bronze; bronze = in silver + in quarantine (per source)."""
    q = F.col("source_table")

    remd_bronze, remd_accounted = bronze_accounting(spark, *CURATED["remd"])
    remd_docs = _remd_documents(spark)
    remd_quarantine = remd_accounted - remd_docs["silver_documents"]
    oms_registers = _count(spark, "bronze.oms_registers")
    oms_register_failures = _count(
        spark,
        "quarantine.records",
        (q == "bronze.oms_registers")
        & (F.col("stage") == "parse")
        & ~F.col("record_key").contains(":"),  # a whole register; sha:... keys are cases
    )
    oms_cases_silver = _count(spark, "silver.oms_cases")
    oms_cases_quarantine = _count(
        spark,
        "quarantine.records",
        (q == "bronze.oms_registers")
        & (F.col("target_table") == "silver.oms_cases")
        & F.col("record_key").contains(":"),  # cases refused at parse (types) or validation
    )
    return {
        "remd": {
            "bronze_documents": remd_bronze,
            "silver_protocols": _count(spark, "silver.remd_protocols"),
            **remd_docs,
            "quarantined": remd_quarantine,  # documents in quarantine only
            "balanced": remd_bronze == remd_accounted,
        },
        "oms": {
            "bronze_registers": oms_registers,
            "registers_quarantined": oms_register_failures,
            "silver_cases": oms_cases_silver,
            "cases_quarantined": oms_cases_quarantine,
        },
        "pacs": _pacs_instances(spark),
        "nsi": {
            "bronze_pages": _count(spark, "bronze.nsi_pages"),
            "directory_versions": _count(spark, "silver.nsi_directories"),
            "silver_rows": _count(spark, "silver.nsi_rows"),
        },
    }


def deid_summary(spark: SparkSession) -> dict[str, Any]:
    if not lake.exists(spark, "ops.deid_stats"):
        return {}
    from ozero.curate.keyring import lake_key_ids

    stats = lake.read(spark, "ops.deid_stats")
    current = lake_key_ids(spark)  # after a rotation, only the new key's counts describe silver
    if current:
        stats = stats.where(F.col("key_id").isin(current))
    out: dict[str, Any] = {
        "key_ids": sorted(r["key_id"] for r in stats.select("key_id").distinct().collect())
    }
    for row in (
        stats.groupBy("table_name", "action", "entity").agg(F.sum("count").alias("n")).collect()
    ):
        table = out.setdefault(row["table_name"], {})
        table.setdefault(row["action"], {})[row["entity"]] = int(row["n"])
    return out


def validation_summary(spark: SparkSession) -> dict[str, Any]:
    """Latest validation run per table: expectations run, failed, unexpected rows."""
    if not lake.exists(spark, "ops.validation_results"):
        return {}
    results = lake.read(spark, "ops.validation_results")
    latest = results.groupBy("table_name").agg(F.max("validated_at").alias("validated_at"))
    rows = (
        results.join(latest, ["table_name", "validated_at"])
        .groupBy("table_name")
        .agg(
            F.count("*").alias("expectations"),
            F.sum(F.when(~F.col("success"), 1).otherwise(0)).alias("failed"),
            F.sum(F.coalesce("unexpected_count", F.lit(0))).alias("unexpected_rows"),
            F.first("run_id").alias("run_id"),
        )
        .collect()
    )
    return {r["table_name"]: {k: r[k] for k in r.asDict() if k != "table_name"} for r in rows}
