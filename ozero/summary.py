"""What the lake holds, in numbers: row accounting, quarantine reasons, de-identification
and validation results. Used by the demo summary, `ozero lake` and release manifests."""

from __future__ import annotations

from typing import Any

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from ozero import lake
from ozero.runs import bronze_accounting
from ozero.sources.registry import Balance, Source, all_sources


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


def _record_balances(spark: SparkSession, source: Source, served: dict[str, int]) -> list[Balance]:
    """received = in bronze; bronze = in one of its silver tables + only in quarantine."""
    out = []
    bronze = lake.read(spark, source.bronze).count()
    if "records" in served:
        label = f"{source.title}: served = bronze"
        out.append(Balance(label, served["records"], {"bronze": bronze}))
    if source.silver:
        total, accounted = bronze_accounting(spark, source)
        seen = None
        parts: dict[str, int] = {}
        for table in source.silver:  # each record counted in the first table holding it
            shas = lake.read(spark, table).select(F.col("_sha256").alias("sha256")).distinct()
            fresh = shas if seen is None else shas.join(seen, "sha256", "left_anti")
            parts[table.partition(".")[2]] = fresh.count()
            seen = shas if seen is None else seen.unionByName(shas).distinct()
        parts["quarantine"] = accounted - sum(parts.values())
        out.append(Balance(f"{source.title}: bronze = silver + quarantine", total, parts))
    return out


def accounting(
    spark: SparkSession, served: dict[str, dict[str, int]] | None = None
) -> dict[str, Any]:
    """Per source: its accounting identities (`balances`), whether all hold (`balanced`) and
    its bronze record count. `served` (per source, what the registry serves) adds the
    "served = bronze" checks."""
    out: dict[str, Any] = {}
    for source in all_sources():
        got = (served or {}).get(source.name, {})
        found = _record_balances(spark, source, got)
        if source.balances is not None:
            found += source.balances(spark, got)
        out[source.name] = {
            "title": source.title,
            "bronze": lake.read(spark, source.bronze).count(),
            "balances": [b.to_dict() for b in found],
            "balanced": all(b.ok for b in found),
        }
    return out


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


SUMMARIES_DIR = "_summaries"  # under the ops zone: counts only, never values


def _summary_inputs(kind: str) -> list[str]:
    """The tables a lake-wide summary reads: while none of them has a new commit, it stands."""
    if kind == "validation":
        return ["ops.validation_results"]
    from ozero.curate.keyring import keyed_tables

    return ["ops.deid_stats", *keyed_tables()]


def remembered_summary(spark: SparkSession, kind: str) -> dict[str, Any]:
    """`validation_summary` or `deid_summary`, computed once per state of the tables it reads.

    Every dataset's release build attaches the same two lake-wide summaries (~70 s of Spark
    jobs on the demo lake); the state is the tables' committed versions, read from their
    transaction logs without Spark, so the second build of an unchanged lake reads a file."""
    import hashlib
    import json

    from ozero import objects

    compute = {"validation": validation_summary, "deid": deid_summary}[kind]
    state = {name: lake.committed_version(name) for name in _summary_inputs(kind)}
    digest = hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()[:20]
    uri = objects.join(lake.zone_root("ops"), SUMMARIES_DIR, f"{kind}-{digest}.json")
    if objects.exists(uri):
        return objects.read_json(uri)["summary"]
    summary = compute(spark)
    objects.write_json(uri, {"tables": state, "summary": summary})
    return summary
