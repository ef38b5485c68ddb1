"""One builder for every dataset: its spec → its gold table(s), through the landing protocol.

The cohort is read from one consistent snapshot: every lake table the spec names is read at
the Delta version it had when the build started, and those versions are recorded with the
gold versions they produced (`ops.dataset_builds`), which is the lineage a release's manifest
gives. Each row also carries its own `lineage` (the pseudonymous source record keys) and its
`split`. An expression Spark cannot analyse fails with the spec's file and line, before any
Spark job runs. Gold is written only when its content changed, so an unchanged dataset keeps
its Delta version and the release step proposes nothing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from ozero import lake
from ozero.contracts import load_contract
from ozero.curate.context import CurationContext
from ozero.curate.keyring import check_same_key, key_ids
from ozero.curate.landing import land
from ozero.datasets.spec import DatasetSpec, SpecError, table_references
from ozero.datasets.splits import split_column

log = logging.getLogger(__name__)

BUILDS = "ops.dataset_builds"
NSI_ROWS = "silver.nsi_rows"


class Snapshot:
    """The lake tables a build reads, each at the version it had when the build began."""

    def __init__(self, spark: SparkSession, tables: tuple[str, ...]) -> None:
        self.spark = spark
        self.versions: dict[str, int | None] = {t: lake.version(spark, t) for t in tables}
        self._views: dict[str, str] = {}

    def read(self, table: str) -> DataFrame:
        return lake.read(self.spark, table, self.versions.get(table))

    def sql(self, query: str) -> DataFrame:
        """A spec's SQL with its `silver.x` / `gold.x` names bound to this snapshot."""
        for table in table_references(query):
            if table not in self._views:
                view = "ozero_" + re.sub(r"\W", "_", table)
                self.read(table).createOrReplaceTempView(view)
                self._views[table] = view
        return self.spark.sql(
            re.sub(r"\b(silver|gold)\.([a-z_][a-z0-9_]*)\b", lambda m: self._views[m[0]], query)
        )

    def directory(self, oid: str) -> DataFrame:
        """The latest curated version of an NSI directory: row_key, fields, version."""
        rows = self.read(NSI_ROWS).where(F.col("oid") == oid)
        versions = [r["version"] for r in rows.select("version").distinct().collect()]
        if not versions:
            return rows.select("row_key", "fields", "version")
        latest = max(versions, key=lambda v: tuple(int(p) for p in v.split(".") if p.isdigit()))
        return rows.where(F.col("version") == latest).select("row_key", "fields", "version")


_Step = TypeVar("_Step")


def _analysed(spec: DatasetSpec, where: tuple[str | int, ...], make: Callable[..., _Step]) -> _Step:
    """Run one step of the plan; an analysis error names the spec line it comes from."""
    from pyspark.errors import AnalysisException, ParseException

    try:
        return make()
    except (AnalysisException, ParseException) as exc:
        reason = str(exc).splitlines()[0][:400]
        raise SpecError(f"{spec.where_is(*where)}: Spark cannot use this: {reason}") from None


def cohort(spec: DatasetSpec, snap: Snapshot) -> DataFrame:
    """The spec's rows, with its columns, before split and lineage (analysed, not run)."""
    src = spec.source
    if src.table:
        df = snap.read(src.table).alias(src.alias)
    else:
        df = _analysed(spec, ("cohort", "from", "query"), lambda: snap.sql(src.query or ""))
        df = df.alias(src.alias)
    for i, join in enumerate(spec.joins):
        if join.table:
            right = snap.read(join.table)
        elif join.directory:
            right = snap.directory(join.directory)
        else:
            right = _analysed(
                spec, ("cohort", "joins", i, "query"), lambda j=join: snap.sql(j.query)
            )
        df = _analysed(
            spec,
            ("cohort", "joins", i, "on"),
            lambda d=df, r=right, j=join: d.join(r.alias(j.alias), F.expr(j.on), j.how),
        )
    for name, expr in spec.derive:
        df = _analysed(
            spec,
            ("cohort", "derive", name),
            lambda d=df, n=name, e=expr: d.withColumn(n, F.expr(e)),
        )
    for i, expr in enumerate(spec.where):
        df = _analysed(spec, ("cohort", "where", i), lambda d=df, e=expr: d.where(F.expr(e)))
    if spec.transform:
        df = _transform(spec)(df, snap.spark)
    selected = [
        (f"__lineage_{i}", expr) for i, (_, expr) in enumerate(spec.lineage)
    ]  # computed before the projection, where the aliases still resolve
    for i, (name, expr) in enumerate(selected):
        df = _analysed(
            spec,
            ("lineage", spec.lineage[i][0]),
            lambda d=df, n=name, e=expr: d.withColumn(n, F.expr(e)),
        )
    columns = []
    for i, column in enumerate(spec.columns):
        value = _analysed(spec, ("columns", i, "expr"), lambda c=column: F.expr(c.expr))
        columns.append(value.cast(_spark_type(column.type)).alias(column.name))
    lineage = F.create_map(
        *[x for (source, _), (name, _) in zip(spec.lineage, selected, strict=True)
          for x in (F.lit(source), F.col(name).cast("string"))]
    )  # fmt: skip
    return _analysed(spec, ("columns",), lambda: df.select(*columns, lineage.alias("lineage")))


def _spark_type(name: str) -> Any:
    from ozero.contracts import _SPARK_TYPES

    return _SPARK_TYPES[name]


def _transform(spec: DatasetSpec) -> Any:
    import importlib

    module, _, function = (spec.transform or "").partition(":")
    return getattr(importlib.import_module(module), function)


def images_index(spec: DatasetSpec, rows: DataFrame, snap: Snapshot) -> DataFrame:
    """One row per image of the dataset's rows: key, UIDs, file, hash, split and labels."""
    assert spec.images is not None
    images = spec.images
    contract = load_contract(spec.images_table or "")
    row_alias = spec.source.alias
    df = _analysed(
        spec,
        ("images", "on"),
        lambda: rows.alias(row_alias).join(
            snap.read(images.table).alias(images.alias), F.expr(images.on), "inner"
        ),
    )
    for i, expr in enumerate(images.where):
        df = _analysed(spec, ("images", "where", i), lambda d=df, e=expr: d.where(F.expr(e)))
    select = []
    for column in contract.columns:
        extra = dict(images.columns).get(column.name)
        if extra is not None:
            select.append(F.expr(extra).cast(_spark_type(column.type)).alias(column.name))
        elif (
            column.name in spec.key_columns
            or column.name == "split"
            or any(lb.column == column.name for lb in spec.labels)
        ):
            select.append(F.col(f"{row_alias}.{column.name}").alias(column.name))
        else:
            select.append(F.col(f"{images.alias}.{column.name}").alias(column.name))
    return _analysed(spec, ("images",), lambda: df.select(*select))


def build(ctx: CurationContext, spec: DatasetSpec) -> dict[str, Any]:
    """Build (or refresh) a dataset's gold tables; returns what changed."""
    spark = ctx.spark
    keyed = [t for t in spec.source_tables if "deid_key_id" in load_contract(t).column_names]
    check_same_key(spark, keyed)
    key_id = next((k for t in keyed for k in key_ids(spark, t)), None)
    snap = Snapshot(spark, spec.source_tables)
    rows = cohort(spec, snap)
    unit = F.col(spec.split.unit)
    rows = rows.withColumn("split", split_column(unit, spec.split.shares))
    rows = rows.withColumn("deid_key_id", F.lit(key_id).cast("string"))
    out: dict[str, Any] = {"dataset": spec.name, "tables": {}, "source_versions": snap.versions}
    report = land(
        ctx,
        spec.table,
        rows,
        source_table=spec.source.table or f"{spec.table} cohort",
        deidentify=False,
        write="replace_if_changed",
    )
    out["tables"][spec.table] = _summary(spark, spec.table, report)
    if spec.images_table:
        landed = lake.read(spark, spec.table)  # rows that passed validation, as written
        index = images_index(spec, landed, snap)
        report = land(
            ctx,
            spec.images_table,
            index,
            source_table=spec.images.table if spec.images else "",
            deidentify=False,
            write="replace_if_changed",
        )
        out["tables"][spec.images_table] = _summary(spark, spec.images_table, report)
    out["changed"] = any(t["changed"] for t in out["tables"].values())
    _record_build(ctx, spec, out)
    log.info("dataset %s: %s", spec.name, {t: v["rows"] for t, v in out["tables"].items()})
    return out


def _summary(spark: SparkSession, table: str, report: Any) -> dict[str, Any]:
    return {
        "rows": report.written,
        "quarantined": report.quarantined_validation,
        "changed": bool(report.changed),
        "version": lake.version(spark, table),
        "validation_success": report.validation.get("success"),
    }


def _record_build(ctx: CurationContext, spec: DatasetSpec, out: dict[str, Any]) -> None:
    """Which source versions made which gold versions: the lineage a release manifest cites."""
    contract = load_contract(BUILDS)
    now = datetime.now(UTC)
    sources = {t: str(v) for t, v in out["source_versions"].items() if v is not None}
    rows = [
        (spec.name, table, entry["version"], entry["changed"], sources, ctx.run_id, now)
        for table, entry in out["tables"].items()
    ]
    lake.append(ctx.spark, BUILDS, ctx.spark.createDataFrame(rows, contract.spark_schema))


def source_versions(spark: SparkSession, table: str, version: int) -> dict[str, str]:
    """The lake tables (and versions) that made `table` at Delta `version` (empty if unknown)."""
    builds = (
        lake.read(spark, BUILDS)
        .where(
            (F.col("table_name") == table) & (F.col("table_version") == version) & F.col("changed")
        )
        .orderBy("built_at")
        .limit(1)
        .collect()
    )
    return dict(builds[0]["source_versions"]) if builds else {}
