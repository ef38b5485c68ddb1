"""A small notebook-friendly API: what is in the lake and what has been released, as pandas.

`tables()` needs Spark (it reads Delta logs and counts rows); `releases()` and
`load_release()` read only published Parquet files and manifests, so they work without it.
The lake location always comes from the environment (`OZERO_LAKE_URI`), never from code.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from ozero.release import catalog

if TYPE_CHECKING:
    from pyspark.sql import DataFrame as SparkDataFrame
    from pyspark.sql import SparkSession

    from ozero.access.enforce import ReadLog

TABLE_COLUMNS = ["zone", "table", "version", "rows"]
RELEASE_COLUMNS = ["dataset", "version", "published_at", "rows", "approver"]

PSEUDONYM = re.compile(r"P[0-9a-f]{32}")
# Raw identifiers as they appear in source registries: formatted or bare SNILS (11 digits),
# ENP (16 digits) and personal INN (12 digits). A pseudonym's hex never forms such a run
# on its own because it is bounded by letters or the leading "P".
RAW_IDENTIFIERS: dict[str, re.Pattern[str]] = {
    "snils": re.compile(r"\b\d{3}-\d{3}-\d{3}[ -]\d{2}\b|(?<![0-9A-Za-z])\d{11}(?![0-9A-Za-z])"),
    "enp": re.compile(r"(?<![0-9A-Za-z])\d{16}(?![0-9A-Za-z])"),
    "inn": re.compile(r"(?<![0-9A-Za-z])\d{12}(?![0-9A-Za-z])"),
}


def tables() -> pd.DataFrame:
    """Every contracted table present in the lake: zone, table, Delta version, row count."""
    from ozero.lake import list_tables
    from ozero.spark import get_spark

    rows = [
        {"zone": t.zone, "table": t.name, "version": t.version, "rows": t.rows}
        for t in list_tables(get_spark())
    ]
    return pd.DataFrame(rows, columns=TABLE_COLUMNS)


def releases() -> pd.DataFrame:
    """One row per published release (dataset, version, published_at, rows, approver)."""
    return pd.DataFrame(catalog.list_releases(), columns=RELEASE_COLUMNS)


def load_release(
    name: str,
    version: str | None = None,
    split: str | None = None,
    images_dir: str | Path | None = None,
    purpose: str | None = None,
) -> pd.DataFrame:
    """A published dataset as pandas, the latest version by default (no Spark).

    Needs a grant for the reader's team (`OZERO_TEAM`) and purpose (`purpose`, else
    `OZERO_PURPOSE`; may be omitted when the team holds one purpose): every attempt is
    audited, a refused one raises `AccessDeniedError` naming what to request (docs/access.md).

    `split` keeps one of train / validation / test. For an imaging dataset the frame has one
    row per image — the image index joined to its row's columns — with `image_path`, a local
    file path of the de-identified DICOM: the release's own file when the lake is local,
    else a copy fetched once into `images_dir` (default `OZERO_RELEASE_CACHE`, else
    ~/.cache/ozero/releases) and checked against its content hash.
    """
    from ozero.access.enforce import audited_read

    version, manifest = _served(name, version)
    rows_table, images_table = _release_tables(name, manifest)
    tables = [rows_table] if images_table is None else [rows_table, images_table]
    with audited_read(
        name,
        version,
        loader="ozero.analyst.load_release",
        purpose=purpose,
        split=split,
        tables=tables,
    ) as read:
        rows = _read_table(name, manifest, rows_table, read)
        if split is not None:
            rows = rows[rows["split"] == split].reset_index(drop=True) if len(rows) else rows
        if images_table is None:
            read.rows = len(rows)
            return rows
        index = _read_table(name, manifest, images_table, read)
        frame = _with_images(name, manifest, rows, index, images_dir, read)
        read.rows = len(frame)
        return frame


def load_release_spark(
    spark: SparkSession,
    name: str,
    version: str | None = None,
    split: str | None = None,
    purpose: str | None = None,
    images: bool = False,
) -> SparkDataFrame:
    """A published dataset as a Spark DataFrame (the latest version by default), for data too
    big for pandas: the same grant check and audit as `load_release` (files and bytes of the
    tables read; rows as counted). `images=True` gives the image index of an imaging
    dataset (one row per de-identified DICOM, its release-relative path) instead of its rows."""
    from ozero.access.enforce import audited_read
    from ozero.release import store

    version, manifest = _served(name, version)
    rows_table, images_table = _release_tables(name, manifest)
    if images and images_table is None:
        raise ValueError(f"{name} {version} has no images (not an imaging dataset)")
    table = images_table if images and images_table else rows_table
    with audited_read(
        name, version, loader="ozero.analyst.load_release_spark", purpose=purpose, split=split,
        tables=[table],
    ) as read:  # fmt: skip
        prefix = manifest["tables"][table].rstrip("/") + "/"
        files = [
            e
            for e in manifest["files"]
            if e["path"].startswith(prefix) and e["path"].endswith(".parquet")
        ]
        for entry in files:
            read.add(entry["path"], entry.get("bytes", 0))
        paths = [store.release_uri(name, version, e["path"]) for e in files]
        frame = spark.read.parquet(*paths)
        if split is not None and "split" in frame.columns:
            frame = frame.where(frame["split"] == split)
        read.rows = frame.count()
        return frame


def _served(name: str, version: str | None) -> tuple[str, dict]:
    """The version to read (the latest served by default) and its manifest; refused when
    unpublished or withdrawn."""
    from ozero.release import semver, store

    version = version or semver.latest(catalog.served_versions(name))
    manifest = store.read_manifest(name, version) if version else None
    if manifest is None or version is None:
        raise catalog.ReleaseNotFoundError(
            f"{name} has no published release {version or 'yet'}; `ozero release list` lists them"
        )
    catalog.refuse_withdrawn(name, version)
    return version, manifest


def _release_tables(name: str, manifest: dict) -> tuple[str, str | None]:
    """The release's rows table and its image index (None for a dataset without images).

    Named as the builder names them: `gold.<name>` and `gold.<name>_images` (a dataset's own
    name may end in `images`, so the suffix alone decides nothing)."""
    tables = list(manifest.get("tables", {}))
    gold = f"gold.{name.replace('-', '_')}"
    if gold not in tables:
        if len(tables) != 1:
            raise ValueError(f"{name}: no table {gold} in the release (it has {tables})")
        gold = tables[0]
    images = f"{gold}_images"
    return gold, images if images in tables else None


def _read_table(name: str, manifest: dict, table: str, read: ReadLog) -> pd.DataFrame:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ozero import objects
    from ozero.release import store

    prefix = manifest["tables"][table].rstrip("/") + "/"
    parts = []
    for entry in manifest["files"]:
        if entry["path"].startswith(prefix) and entry["path"].endswith(".parquet"):
            filesystem, path = objects.arrow_filesystem(
                store.release_uri(name, manifest["version"], entry["path"])
            )
            parts.append(pq.read_table(path, filesystem=filesystem))
            read.add(entry["path"], entry.get("bytes", 0))
    return pa.concat_tables(parts).to_pandas() if parts else pd.DataFrame()


def _with_images(
    name: str,
    manifest: dict,
    rows: pd.DataFrame,
    index: pd.DataFrame,
    images_dir: str | Path | None,
    read: ReadLog,
) -> pd.DataFrame:
    """One row per image: the index's columns, its row's other columns, `image_path`."""
    from ozero.release import store
    from ozero.release.images import FILE_COLUMN, local_image

    if index.empty:
        return index.assign(image_path=pd.Series(dtype="string"))
    keys = _key_columns(name, rows, index)
    extra = [c for c in rows.columns if c not in index.columns or c in keys]
    frame = index.merge(rows[extra], on=keys, how="inner")  # inner: `split` filtered the rows
    release = store.release_uri(name, manifest["version"])
    cache = Path(images_dir or _release_cache()) / name / manifest["version"]
    frame["image_path"] = [str(local_image(release, p, cache)) for p in frame[FILE_COLUMN]]
    sizes = {entry["path"]: entry.get("bytes", 0) for entry in manifest["files"]}
    for path in frame[FILE_COLUMN]:
        read.add(path, sizes.get(path, 0))
    return frame


def _key_columns(name: str, rows: pd.DataFrame, index: pd.DataFrame) -> list[str]:
    """The dataset's key (from its spec), which the image index repeats for each image."""
    try:
        from ozero.datasets.registry import get_spec

        keys = list(get_spec(name).key_columns)
    except Exception:  # noqa: BLE001 - a release whose spec is gone: the shared *_pid keys
        keys = [c for c in index.columns if c.endswith("_pid") and c in rows.columns][:1]
    return keys


def _release_cache() -> Path:
    import os

    configured = os.environ.get("OZERO_RELEASE_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "ozero" / "releases"


def raw_identifier_findings(df: pd.DataFrame, pid_suffix: str = "_pid") -> list[str]:
    """Problems that suggest raw identifiers leaked; empty means the frame looks clean.

    Columns named `*_pid` must hold only pseudonyms (`P` + 32 hex); every other text column
    must not contain anything shaped like a SNILS, ENP or INN.
    """
    problems = []
    for column in df.columns:
        values = df[column].dropna()
        if values.empty or values.map(lambda v: isinstance(v, str)).sum() == 0:
            continue
        text = values.astype(str)
        if column.endswith(pid_suffix):
            bad = int((~text.str.fullmatch(PSEUDONYM.pattern)).sum())
            if bad:
                problems.append(f"{column}: {bad} values are not pseudonyms (P + 32 hex)")
            continue
        for kind, pattern in RAW_IDENTIFIERS.items():
            hits = int(text.str.contains(pattern.pattern, regex=True).sum())
            if hits:
                problems.append(f"{column}: {hits} values look like a raw {kind.upper()}")
    return problems


def nsi_version(spark, oid: str, on: date | str | None = None) -> str:  # noqa: ANN001
    """The version of an NSI directory current on a day (today by default)."""
    from ozero.curate.nsi import current_version

    return current_version(spark, oid, _day(on))


def nsi_rows(spark, oid: str, on: date | str | None = None, version: str | None = None):  # noqa: ANN001, ANN201
    """Rows of the directory version current on `on` (or of `version`), one typed column
    per passport field, as a Spark DataFrame (a directory can be too big for pandas)."""
    from ozero.curate.nsi import current_version, typed_rows

    return typed_rows(spark, oid, version or current_version(spark, oid, _day(on)))


def _day(on: date | str | None) -> date:
    if on is None:
        return date.today()
    return date.fromisoformat(on) if isinstance(on, str) else on
