"""Read-only view of published releases, for the CLI and for notebooks (no Spark needed).

Only folders with a manifest.json count as releases: staging folders and half-written
attempts are invisible here by construction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ozero.errors import OzeroError
from ozero.release import read_json, releases_dir, semver
from ozero.release.candidate import MANIFEST_FILE, release_dir
from ozero.release.datasets import get_dataset


class ReleaseNotFoundError(OzeroError, LookupError):
    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def _manifest_paths() -> list[Path]:
    root = releases_dir()
    return [
        p
        for p in root.glob(f"*/*/{MANIFEST_FILE}")
        if semver.is_valid(p.parent.name) and not p.parent.parent.name.startswith(".")
    ]


def list_releases() -> list[dict[str, Any]]:
    """One summary row per published release, by dataset then semantic version."""
    rows = []
    for path in _manifest_paths():
        manifest = read_json(path)
        rows.append(
            {
                "dataset": manifest["dataset"],
                "version": manifest["version"],
                "published_at": manifest.get("published_at"),
                "rows": sum(manifest.get("row_counts", {}).values()),
                "approver": manifest.get("approval", {}).get("approver"),
            }
        )
    return sorted(rows, key=lambda r: (r["dataset"], semver.sort_key(r["version"])))


def latest_version(dataset: str) -> str | None:
    return semver.latest([r["version"] for r in list_releases() if r["dataset"] == dataset])


def show_release(dataset: str, version: str | None = None) -> dict[str, Any]:
    """The manifest of a release (the latest one when `version` is None)."""
    get_dataset(dataset)
    version = version or latest_version(dataset)
    if version is None:
        raise ReleaseNotFoundError(f"{dataset} has no published release yet")
    path = release_dir(dataset, version) / MANIFEST_FILE
    if not path.is_file():
        raise ReleaseNotFoundError(f"{dataset} {version} is not published")
    return read_json(path)


def release_files(dataset: str, version: str | None = None, table: str | None = None) -> list[Path]:
    """Absolute paths of one table's Parquet files, in manifest (= row) order."""
    manifest = show_release(dataset, version)
    tables = list(manifest["source_versions"])
    if table is None:
        if len(tables) != 1:
            raise ValueError(f"{dataset} has several tables; pass table= one of {tables}")
        table = tables[0]
    if table not in manifest["tables"]:
        raise ValueError(f"{dataset} has no table {table!r}; tables: {tables}")
    prefix = manifest["tables"][table].rstrip("/") + "/"
    root = release_dir(dataset, manifest["version"])
    return [root / f["path"] for f in manifest["files"] if f["path"].startswith(prefix)]


def load_release(
    dataset: str, version: str | None = None, table: str | None = None
) -> pd.DataFrame:
    """A release table as pandas (latest release by default), e.g. in a notebook."""
    files = release_files(dataset, version, table)
    if not files:
        return pd.DataFrame()
    return pa.concat_tables([pq.read_table(f) for f in files]).to_pandas()
