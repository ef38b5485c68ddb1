"""FNSI directories: bronze.nsi_pages → silver.nsi_directories / silver.nsi_rows."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from ozero import lake
from ozero.contracts import load_contract
from ozero.curate.silver import CurateReport


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
                for entry in rows:
                    fields = {k: v for k, v in entry.items() if v is not None}
                    out.append((row.oid, row.version, fields.get(key_field), fields, row.batch_id))
            yield pd.DataFrame(out, columns=schema.fieldNames())

    return pages.select("oid", "version", "payload", "batch_id").mapInPandas(parse, schema)


def passport_summary(payload: bytes) -> dict[str, object]:
    from ozero.formats.fnsi import parse_passport

    passport = parse_passport(payload)
    keys = passport.get("keys") or []
    primary = next((k["field"] for k in keys if k.get("type") == "PRIMARY"), None)
    return {
        "short_name": passport.get("shortName"),
        "full_name": passport.get("fullName"),
        "rows_count": int(passport.get("rowsCount") or 0),
        "publish_date": passport.get("publishDate"),
        "key_field": primary or "ID",
    }


def curate_nsi(spark: SparkSession, run_id: str) -> CurateReport:
    """Every complete directory version in bronze not yet in silver."""
    report = CurateReport("silver.nsi_rows", run_id)
    pages = lake.read(spark, "bronze.nsi_pages")
    done = lake.read(spark, "silver.nsi_directories").select("oid", "version")
    new_pages = pages.join(done, ["oid", "version"], "left_anti").cache()
    passports = new_pages.where(F.col("page") == 0).collect()
    if not passports:
        new_pages.unpersist()
        return report
    directories, key_fields = [], {}
    for row in passports:
        summary = passport_summary(bytes(row["payload"]))
        key_fields[f"{row['oid']}@{row['version']}"] = summary["key_field"]
        directories.append(
            {"oid": row["oid"], "version": row["version"], **summary, "_batch_id": row["batch_id"]}
        )
    data_pages = new_pages.where(F.col("page") > 0).join(
        spark.createDataFrame(
            [(d["oid"], d["version"]) for d in directories], "oid string, version string"
        ),
        ["oid", "version"],
    )
    rows = nsi_rows_from_pages(data_pages, key_fields).cache()
    report.bronze_new = data_pages.count()
    report.parsed = rows.count()
    lake.merge(spark, "silver.nsi_rows", rows)
    contract = load_contract("silver.nsi_directories")
    lake.merge(
        spark,
        "silver.nsi_directories",
        spark.createDataFrame(
            [tuple(d[c] for c in contract.column_names) for d in directories], contract.spark_schema
        ),
    )
    report.written = report.parsed
    rows.unpersist()
    new_pages.unpersist()
    return report
