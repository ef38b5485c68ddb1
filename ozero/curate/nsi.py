"""FNSI directories: bronze.nsi_pages → silver.nsi_directories / silver.nsi_rows.

The passport drives everything: its `fields` (name, dataType) give a version's columns and
types, its PRIMARY key gives `row_key`, its `publishDate` says from when the version was
current. Rows are parsed inside Spark tasks (`mapInPandas`), never collected on the driver,
so a million-row directory costs the driver one passport per version.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pandas as pd
from delta.tables import DeltaTable
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from ozero import lake
from ozero.contracts import load_contract
from ozero.curate.silver import CurateReport
from ozero.errors import OzeroError

# FNSI dataType → how the typed view reads the text value.
_DATETIME_FORMATS = ("dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm", "dd.MM.yyyy", "yyyy-MM-dd")
_CASTS = {"INTEGER": "bigint", "NUMERIC": "double", "DECIMAL": "double", "BOOLEAN": "boolean"}


class NsiVersionError(OzeroError, LookupError):
    """No directory version answers the question (unknown OID, or a date before the first)."""


def nsi_rows_from_pages(pages: DataFrame, key_fields: dict[str, str]) -> DataFrame:
    """bronze.nsi_pages data pages → one row per directory entry, fields as a map."""
    schema = T.StructType(
        [
            T.StructField("oid", T.StringType()),
            T.StructField("version", T.StringType()),
            T.StructField("row_key", T.StringType()),
            T.StructField("fields", T.MapType(T.StringType(), T.StringType())),
            T.StructField("_batch_id", T.StringType()),
        ]
    )
    keys = dict(key_fields)

    def parse(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        from ozero.formats.fnsi import parse_data_page

        for batch in batches:
            out = []
            for row in batch.itertuples(index=False):
                _, rows = parse_data_page(bytes(row.payload))
                key_field = keys[f"{row.oid}@{row.version}"]
                for i, entry in enumerate(rows):
                    fields = {k: v for k, v in entry.items() if v is not None}
                    # a row without its key keeps a stable place-based one instead of vanishing
                    key = fields.get(key_field) or f"page{row.page}#{i}"
                    out.append((row.oid, row.version, key, fields, row.batch_id))
            yield pd.DataFrame(out, columns=schema.fieldNames())

    return pages.select("oid", "version", "page", "payload", "batch_id").mapInPandas(parse, schema)


def parse_fnsi_date(text: str | None) -> date | None:
    """FNSI passport dates ('07.09.2022 12:35' or '30.09.2025') → a date; None when absent."""
    if not text:
        return None
    for fmt in ("%d.%m.%Y %H:%M", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


def passport_summary(payload: bytes) -> dict[str, object]:
    from ozero.formats.fnsi import parse_passport

    passport = parse_passport(payload)
    keys = passport.get("keys") or []
    fields = [f for f in passport.get("fields") or [] if isinstance(f, dict) and f.get("field")]
    primary = next((k["field"] for k in keys if k.get("type") == "PRIMARY"), None)
    return {
        "short_name": passport.get("shortName"),
        "full_name": passport.get("fullName"),
        "rows_count": int(passport.get("rowsCount") or 0),
        "publish_date": passport.get("publishDate"),
        "published_on": parse_fnsi_date(passport.get("publishDate")),
        "approve_date": passport.get("approveDate"),
        "field_names": [str(f["field"]) for f in fields],
        "field_types": {str(f["field"]): str(f.get("dataType") or "VARCHAR") for f in fields},
        "key_field": primary or "ID",
    }


def _source_rows(spark: SparkSession, name: str) -> int:
    """Rows the last MERGE into `name` read from its source (after de-duplication on keys)."""
    last = DeltaTable.forPath(spark, lake.table_path(name)).history(1).collect()[0]
    if last["operation"] != "MERGE":
        return 0
    return int((last["operationMetrics"] or {}).get("numSourceRows", 0))


def curate_nsi(spark: SparkSession, run_id: str) -> CurateReport:
    """Every complete directory version in bronze (its passport landed) not yet in silver.

    Rows are merged before the directory entry: a crash in between leaves the version
    absent from silver.nsi_directories, and the next run merges its rows again (no-op).
    """
    report = CurateReport("silver.nsi_rows", run_id)
    pages = lake.read(spark, "bronze.nsi_pages")
    done = lake.read(spark, "silver.nsi_directories").select("oid", "version")
    passports = (
        pages.where(F.col("page") == 0)
        .join(done, ["oid", "version"], "left_anti")
        .select("oid", "version", "payload", "batch_id")
        .collect()  # one small row per new directory version
    )
    if not passports:
        return report
    directories, key_fields = [], {}
    for row in passports:
        summary = passport_summary(bytes(row["payload"]))
        key_fields[f"{row['oid']}@{row['version']}"] = summary["key_field"]
        directories.append(
            {"oid": row["oid"], "version": row["version"], **summary, "_batch_id": row["batch_id"]}
        )
    wanted = spark.createDataFrame(
        [(d["oid"], d["version"]) for d in directories], "oid string, version string"
    )
    data_pages = pages.where(F.col("page") > 0).join(F.broadcast(wanted), ["oid", "version"])
    report.bronze_new = data_pages.count()
    lake.merge(spark, "silver.nsi_rows", nsi_rows_from_pages(data_pages, key_fields))
    report.parsed = _source_rows(spark, "silver.nsi_rows")
    contract = load_contract("silver.nsi_directories")
    lake.merge(
        spark,
        "silver.nsi_directories",
        spark.createDataFrame(
            [tuple(d[c] for c in contract.column_names) for d in directories], contract.spark_schema
        ),
    )
    report.written = report.parsed
    return report


# --- reading: which version was current on a date, and its rows --------------------------


def directory_versions(spark: SparkSession, oid: str) -> list[dict]:
    """Curated versions of a directory, oldest publication first (small: one row each)."""
    rows = (
        lake.read(spark, "silver.nsi_directories")
        .where(F.col("oid") == oid)
        .select("oid", "version", "publish_date", "published_on", "rows_count")
        .collect()
    )
    return sorted((r.asDict() for r in rows), key=lambda r: r["published_on"] or date.min)


def version_on(versions: list[dict], oid: str, on: date) -> str:
    """The version current on `on`: the last one published on or before that day."""
    if not versions:
        raise NsiVersionError(f"directory {oid} has no curated versions in the lake")
    dated = [v for v in versions if v.get("published_on") is not None]
    current = [v for v in dated if v["published_on"] <= on]
    if not current:
        first = min((v["published_on"] for v in dated), default=None)
        raise NsiVersionError(
            f"no version of {oid} was published on or before {on.isoformat()}"
            + (f"; the first was published on {first.isoformat()}" if first else "")
        )
    return max(current, key=lambda v: v["published_on"])["version"]


def current_version(spark: SparkSession, oid: str, on: date) -> str:
    return version_on(directory_versions(spark, oid), oid, on)


def typed_rows(spark: SparkSession, oid: str, version: str) -> DataFrame:
    """A version's rows with one typed column per passport field (passport order)."""
    entry = (
        lake.read(spark, "silver.nsi_directories")
        .where((F.col("oid") == oid) & (F.col("version") == version))
        .select("field_names", "field_types")
        .first()
    )
    if entry is None:
        raise NsiVersionError(f"directory {oid} version {version} is not in the lake")
    rows = lake.read(spark, "silver.nsi_rows").where(
        (F.col("oid") == oid) & (F.col("version") == version)
    )
    columns = [F.col("row_key")]
    for name in entry["field_names"] or []:
        columns.append(_typed(F.col("fields")[name], entry["field_types"].get(name)).alias(name))
    return rows.select(*columns)


def _typed(value, data_type: str | None):  # noqa: ANN001, ANN202 - pyspark Columns
    kind = (data_type or "VARCHAR").upper()
    if kind in ("DATETIME", "DATE", "TIMESTAMP"):
        return F.coalesce(*[F.try_to_timestamp(value, F.lit(f)) for f in _DATETIME_FORMATS])
    if kind == "BOOLEAN":
        return F.lower(value).try_cast("boolean")
    if kind in _CASTS:
        return value.try_cast(_CASTS[kind])
    return value
