"""Lake metadata without a JVM: table versions, exact row counts and small tables' rows.

Listing tables or runs must answer in a second, not wait half a minute for Spark to start, so
these reads go through delta-rs (the `deltalake` package), which reads the same Delta logs
and Parquet files in-process. Paths come from `ozero.lake` (the one place that decides them);
an `s3a://` lake is read with each bucket's settings from `ozero.s3`, as S3A is. Anything that
computes over data (summary, curation, releases) still runs on Spark.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from deltalake import DeltaTable
from deltalake.schema import MapType

from ozero import lake, s3
from ozero.config import Settings
from ozero.contracts import all_contracts, load_contract
from ozero.errors import NotFoundError


class UnknownTableError(NotFoundError):
    """A table name that no contract declares."""


def storage_options(uri: str) -> dict[str, str] | None:
    """delta-rs options for a table on S3 (`s3a://…`, `s3://…`): its bucket's endpoint and
    credentials as S3A gets them (`ozero.s3`); None elsewhere."""
    if not uri.startswith(("s3a://", "s3://")):
        return None
    access = s3.bucket_access(s3.bucket_of(uri))
    options = {"AWS_VIRTUAL_HOSTED_STYLE_REQUEST": str(not access.path_style).lower()}
    if access.endpoint:
        options["AWS_ENDPOINT_URL"] = access.endpoint
        options["AWS_ALLOW_HTTP"] = str(access.endpoint.startswith("http://")).lower()
    if access.region:
        options["AWS_REGION"] = access.region
    secrets = {
        "AWS_ACCESS_KEY_ID": access.access_key,
        "AWS_SECRET_ACCESS_KEY": access.secret_key,
        "AWS_SESSION_TOKEN": access.session_token,
    }
    options.update({name: value for name, value in secrets.items() if value})
    return options


def table_uri(name: str, settings: Settings | None = None) -> str:
    """The table's location (`lake.table_path`, zone roots included) as delta-rs names it:
    `s3a://` is S3A's name for `s3://`."""
    path = lake.table_path(name, settings)
    if path.startswith("s3a://"):
        return "s3://" + path.removeprefix("s3a://")
    return path


def open_table(name: str, settings: Settings | None = None) -> DeltaTable | None:
    """The table at its latest version, or None when it has not been written yet."""
    uri = table_uri(name, settings)
    if "://" not in uri or uri.startswith("file://"):
        if not (lake.local_path(uri) / "_delta_log").is_dir():
            return None  # the common case on a fresh lake: no need to ask delta-rs
        return DeltaTable(uri)
    options = storage_options(uri)
    if not DeltaTable.is_deltatable(uri, storage_options=options):
        return None
    return DeltaTable(uri, storage_options=options)


def row_count(table: DeltaTable) -> int:
    """Exact rows of the table's current version.

    From the log's per-file `numRecords` minus rows a deletion vector marks deleted; when a
    file was written without statistics, by scanning one column (which applies deletion
    vectors too). Never the "at most" count delta-rs gives by itself.
    """
    counts = table.get_add_actions().column("num_records").to_pylist()
    if any(c is None for c in counts):
        first_column = table.schema().fields[0].name
        return sum(batch.num_rows for batch in table.scan(columns=[first_column]))
    deleted = 0
    if "deletionVectors" in (table.protocol().reader_features or []):
        for batch in table.deletion_vectors():
            for keep in batch.column("selection_vector").to_pylist():
                deleted += keep.count(False)
    return sum(counts) - deleted


def list_tables(settings: Settings | None = None) -> list[lake.TableInfo]:
    """Every table that has a contract and exists in the lake: zone, Delta version, rows."""
    infos = []
    for contract in all_contracts():
        table = open_table(contract.name, settings)
        if table is not None:
            infos.append(
                lake.TableInfo(contract.name, contract.zone, table.version(), row_count(table))
            )
    return infos


def check_table_name(name: str) -> None:
    """Raise UnknownTableError, listing the known tables, unless a contract declares `name`."""
    known = sorted(c.name for c in all_contracts())
    if name not in known:
        raise UnknownTableError(f"unknown table {name!r}; tables: {', '.join(known)}")


def rows(name: str, settings: Settings | None = None) -> list[dict[str, Any]]:
    """All rows of a small table (ops records, NSI passports) as dicts, every column kept.

    Values are what Spark's `Row.asDict()` gives (dates as `date`, maps as `dict`), except
    timestamps, which are UTC-aware `datetime`s. Read through arro3 (delta-rs's own Arrow
    types), which converts to Python without importing pyarrow and pandas (half a second).
    An unwritten table has no rows.
    """
    load_contract(name)  # an unknown name is a bug of the caller: fail loudly
    table = open_table(name, settings)
    if table is None:
        return []
    data = table.scan().read_all()
    maps = {f.name for f in table.schema().fields if isinstance(f.type, MapType)}
    columns = {
        column: [dict(v) if column in maps and v is not None else v for v in values]
        for column in data.column_names
        for values in [data.column(column).to_pylist()]
    }
    return [dict(zip(columns, values, strict=True)) for values in zip(*columns.values())]


def latest_first(records: list[dict[str, Any]], column: str, limit: int) -> list[dict[str, Any]]:
    """The `limit` records with the latest `column` (nulls last)."""
    ordered = sorted(records, key=lambda r: (r[column] is not None, r[column] or 0), reverse=True)
    return ordered[:limit]


def nsi_versions(oid: str, settings: Settings | None = None) -> list[dict[str, Any]]:
    """Every column of `silver.nsi_directories` for one directory, oldest publication first."""
    found = [r for r in rows("silver.nsi_directories", settings) if r["oid"] == oid]
    return sorted(found, key=lambda r: r.get("published_on") or date.min)
