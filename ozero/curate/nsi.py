"""FNSI directories: bronze.nsi_pages → silver.nsi_directories / silver.nsi_rows.

The passport drives everything: its `fields` (name, dataType) give a version's columns and
types, its PRIMARY key gives `row_key`, its `publishDate` (a Moscow date and time) says
from when the version was current. Rows are parsed inside Spark tasks (`mapInPandas`), never collected on the driver,
so a million-row directory costs the driver one passport per version.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any, cast

import pandas as pd
from delta.tables import DeltaTable
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from ozero import lake
from ozero.contracts import load_contract
from ozero.curate.context import CurationContext
from ozero.curate.report import CurateReport
from ozero.errors import OzeroError

# FNSI dataType → how the typed view reads the text value.
_DATETIME_FORMATS = ("dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm", "dd.MM.yyyy", "yyyy-MM-dd")
_CASTS = {"INTEGER": "bigint", "NUMERIC": "double", "DECIMAL": "double", "BOOLEAN": "boolean"}
# FNSI writes publishDate on Moscow time ("07.09.2022 12:35"), without a zone.
FNSI_TZ = timezone(timedelta(hours=3))
_PASSPORT_FORMATS = ("%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y", "%Y-%m-%d")


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
                _, rows = parse_data_page(bytes(cast(bytes, row.payload)))
                key_field = keys[f"{row.oid}@{row.version}"]
                for i, entry in enumerate(rows):
                    fields = {k: v for k, v in entry.items() if v is not None}
                    # a row without its key keeps a stable place-based one instead of vanishing
                    key = fields.get(key_field) or f"page{row.page}#{i}"
                    out.append((row.oid, row.version, key, fields, row.batch_id))
            yield pd.DataFrame(out, columns=schema.fieldNames())

    return pages.select("oid", "version", "page", "payload", "batch_id").mapInPandas(parse, schema)


def parse_fnsi_datetime(text: str | None) -> datetime | None:
    """FNSI passport moment ('07.09.2022 12:35', or a bare date at midnight) → an aware
    datetime on Moscow time; None when absent or unreadable."""
    if not text:
        return None
    for fmt in _PASSPORT_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).replace(tzinfo=FNSI_TZ)
        except ValueError:
            continue
    return None


def parse_fnsi_date(text: str | None) -> date | None:
    """FNSI passport dates ('07.09.2022 12:35' or '30.09.2025') → a date; None when absent."""
    moment = parse_fnsi_datetime(text)
    return moment.date() if moment else None


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
        "published_at": parse_fnsi_datetime(passport.get("publishDate")),
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


def curate_nsi(ctx: CurationContext) -> CurateReport:
    """Every complete directory version in bronze (its passport landed) not yet in silver.

    Rows are merged before the directory entry: a crash in between leaves the version
    absent from silver.nsi_directories, and the next run merges its rows again (no-op).
    """
    spark = ctx.spark
    report = CurateReport("silver.nsi_rows", ctx.run_id)
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
    directories: list[dict[str, object]] = []
    key_fields: dict[str, str] = {}
    for row in passports:
        summary = passport_summary(bytes(row["payload"]))
        key_fields[f"{row['oid']}@{row['version']}"] = str(summary["key_field"])
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
    """Curated versions of a directory, oldest publication first (small: one row each).

    `published_at` comes back as an aware UTC datetime (read as epoch seconds, so the
    driver's local time zone cannot shift it); lakes curated before the column existed
    lack it, and the version logic then falls back to the passport's `publish_date` text.
    """
    table = lake.read(spark, "silver.nsi_directories").where(F.col("oid") == oid)
    columns = [F.col(c) for c in ("oid", "version", "publish_date", "published_on", "rows_count")]
    if "published_at" in table.columns:
        columns.append(F.unix_timestamp("published_at").alias("_published_epoch"))
    versions = []
    for row in table.select(*columns).collect():
        entry = row.asDict()
        epoch = entry.pop("_published_epoch", None)
        entry["published_at"] = datetime.fromtimestamp(epoch, UTC) if epoch is not None else None
        versions.append(entry)
    return sorted(versions, key=_order)


def published_moment(version: dict[str, Any]) -> datetime | None:
    """When a version (a `silver.nsi_directories` row as a dict) was published, as an aware
    datetime: `published_at` (naive values are UTC, as Delta stores timestamps), else the
    passport's `publish_date` text (Moscow time), else `published_on` (start of that day)."""
    at = version.get("published_at")
    if isinstance(at, str) and at.strip():
        try:
            at = datetime.fromisoformat(at.strip().replace("Z", "+00:00"))
        except ValueError:
            at = None
    if isinstance(at, datetime):
        return at if at.tzinfo else at.replace(tzinfo=UTC)
    from_text = parse_fnsi_datetime(version.get("publish_date"))
    if from_text is not None:
        return from_text
    day = version.get("published_on")
    if isinstance(day, datetime):
        day = day.date()
    if isinstance(day, date):
        return datetime.combine(day, time.min, FNSI_TZ)
    return None


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in str(version).split(".") if p.isdigit())


def _order(version: dict[str, Any]) -> tuple[datetime, tuple[int, ...]]:
    """Publication moment, then the dotted version number (ties within a minute)."""
    moment = published_moment(version) or datetime.min.replace(tzinfo=UTC)
    return moment, _version_key(version.get("version", ""))


def _as_moment(on: date | datetime) -> datetime:
    """A date means the end of that day on Moscow time (FNSI's clock); a naive datetime is
    Moscow time too; an aware one is taken as it is."""
    if isinstance(on, datetime):
        return on if on.tzinfo else on.replace(tzinfo=FNSI_TZ)
    return datetime.combine(on, time.max, FNSI_TZ)


def _shown(moment: datetime) -> str:
    """A date for a whole-day question, else the Moscow date and time."""
    local = moment.astimezone(FNSI_TZ)
    if local.time() == time.max:
        return local.date().isoformat()
    return f"{local:%Y-%m-%d %H:%M} (Moscow time)"


def version_on(versions: list[dict], oid: str, on: date | datetime) -> str:
    """The version current at `on`: the latest published on or before that moment.

    Pure: `versions` are `silver.nsi_directories` rows as dicts (from Spark or any other
    reader). FNSI may publish two versions of a directory on the same day hours apart,
    so versions are ordered by publication time, not date; a date asks about the end of
    that (Moscow) day.
    """
    if not versions:
        raise NsiVersionError(f"directory {oid} has no curated versions in the lake")
    moment = _as_moment(on)
    dated = [v for v in versions if published_moment(v) is not None]
    current = [v for v in dated if published_moment(v) <= moment]  # type: ignore[operator]
    if not current:
        first = min((published_moment(v) for v in dated), default=None)  # type: ignore[type-var]
        raise NsiVersionError(
            f"no version of {oid} was published on or before {_shown(moment)}"
            + (f"; the first was published on {_shown(first)}" if first else "")
        )
    return str(max(current, key=_order)["version"])


def current_version(spark: SparkSession, oid: str, on: date | datetime) -> str:
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
