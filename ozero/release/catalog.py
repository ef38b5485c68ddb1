"""Read-only view of releases and candidates, for the CLI and notebooks (no Spark, no JVM).

Only versions with a manifest.json count as releases: staging folders and half-written
attempts are invisible here by construction. Reads go through `ozero.release.store`, so
a lake on s3a:// is read the same way as a local one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ozero import objects
from ozero.errors import OzeroError
from ozero.release import semver, store
from ozero.release.candidate import PUBLISHED, CandidateError, list_candidates, load_candidate
from ozero.release.datasets import get_dataset

if TYPE_CHECKING:
    import pandas as pd


class ReleaseNotFoundError(OzeroError, LookupError):
    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class ReleaseWithdrawnError(ReleaseNotFoundError):
    """An erasure withdrew the release: its files stay as published, Ozero no longer serves them."""


WITHDRAWN = "withdrawn"


def served_versions(dataset: str) -> list[str]:
    """Published versions an erasure has not withdrawn, in semver order."""
    return [v for v in store.release_versions(dataset) if store.read_withdrawal(dataset, v) is None]


def list_releases() -> list[dict[str, Any]]:
    """One summary row per published release, by dataset then semantic version."""
    rows = []
    for dataset in store.release_datasets():
        for version in store.release_versions(dataset):
            manifest = store.read_manifest(dataset, version) or {}
            approval = manifest.get("approval", {})
            withdrawn = store.read_withdrawal(dataset, version)
            rows.append(
                {
                    "dataset": manifest.get("dataset", dataset),
                    "version": manifest.get("version", version),
                    "status": WITHDRAWN if withdrawn else PUBLISHED,
                    "published_at": manifest.get("published_at"),
                    "rows": sum(manifest.get("row_counts", {}).values()),
                    "approver": approval.get("approver"),
                    "channel": approval.get("channel"),
                }
            )
    return sorted(rows, key=lambda r: (r["dataset"], semver.sort_key(r["version"])))


def list_all() -> list[dict[str, Any]]:
    """Releases plus every candidate not published (pending, approved, rejected)."""
    rows = list_releases()
    for c in list_candidates():
        if c.status == PUBLISHED:
            continue
        decision = store.read_decision(c.dataset, c.version) or {}
        rows.append(
            {
                "dataset": c.dataset,
                "version": c.version,
                "status": c.status,
                "published_at": None,
                "rows": sum((c.publish_row_counts or c.row_counts).values()),
                "approver": decision.get("by"),
                "channel": decision.get("channel"),
            }
        )
    return sorted(rows, key=lambda r: (r["dataset"], semver.sort_key(r["version"])))


def latest_version(dataset: str) -> str | None:
    """The newest release still served (withdrawn ones are skipped)."""
    return semver.latest(served_versions(dataset))


def show_release(dataset: str, version: str | None = None) -> dict[str, Any]:
    """The manifest of a release (the latest one when `version` is None), with its
    withdrawal (`"withdrawn": {...}`) when an erasure withdrew it."""
    get_dataset(dataset)
    version = version or latest_version(dataset)
    if version is None:
        raise ReleaseNotFoundError(f"{dataset} has no published release yet")
    manifest = store.read_manifest(dataset, version)
    if manifest is None:
        raise ReleaseNotFoundError(
            f"{dataset} {version} is not published; `ozero release list --all` lists candidates"
        )
    withdrawal = store.read_withdrawal(dataset, version)
    return {**manifest, WITHDRAWN: withdrawal} if withdrawal else manifest


def refuse_withdrawn(dataset: str, version: str) -> None:
    """Raise ReleaseWithdrawnError (naming the release to use instead) for a withdrawn release."""
    withdrawal = store.read_withdrawal(dataset, version)
    if not withdrawal:
        return
    instead = latest_version(dataset)
    raise ReleaseWithdrawnError(
        f"{dataset} {version} was withdrawn on "
        f"{withdrawal.get('withdrawn_at', '?')} ({withdrawal.get('reason', 'erasure')})",
        fix=(
            f"use {dataset} {instead}"
            if instead
            else "wait for the patch release the curator is asked to approve"
        ),
    )


def show(dataset: str, version: str | None = None) -> dict[str, Any]:
    """A release's manifest, or a candidate's record marked ``"kind": "candidate"``.

    A candidate comes with its status, decision, guard report and request text, so a
    curator sees everything before deciding.
    """
    get_dataset(dataset)
    if version is None or store.read_manifest(dataset, version) is not None:
        return {"kind": "release", **show_release(dataset, version)}
    try:
        candidate = load_candidate(dataset, version)
    except CandidateError:
        raise ReleaseNotFoundError(
            f"{dataset} has no release or candidate {version}; see `ozero release list --all`"
        ) from None
    return {
        "kind": "candidate",
        **candidate.to_dict(),
        "decision": store.read_decision(dataset, version),
        "guard": store.read_guard(dataset, version),
        "request_markdown": store.read_request(dataset, version),
        "location": store.candidate_uri(dataset, version),
    }


def release_files(dataset: str, version: str | None = None, table: str | None = None) -> list[str]:
    """URIs of one table's Parquet files, in manifest (= row) order; a withdrawn release's
    are refused (ReleaseWithdrawnError naming the release to use instead)."""
    manifest = show_release(dataset, version)
    refuse_withdrawn(dataset, manifest["version"])
    tables = list(manifest["source_versions"])
    if table is None:
        if len(tables) != 1:
            raise ValueError(f"{dataset} has several tables; pass table= one of {tables}")
        table = tables[0]
    if table not in manifest["tables"]:
        raise ValueError(f"{dataset} has no table {table!r}; tables: {tables}")
    prefix = manifest["tables"][table].rstrip("/") + "/"
    return [
        store.release_uri(dataset, manifest["version"], f["path"])
        for f in manifest["files"]
        if f["path"].startswith(prefix)
    ]


def load_release(
    dataset: str, version: str | None = None, table: str | None = None, purpose: str | None = None
) -> pd.DataFrame:
    """A release table as pandas (latest release by default), e.g. in a notebook.

    Needs a grant for the reader's team and purpose; the attempt and its outcome are
    audited (`ozero.access.enforce.audited_read`, docs/access.md)."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ozero.access.enforce import audited_read

    manifest = show_release(dataset, version)
    version = manifest["version"]
    refuse_withdrawn(dataset, version)
    files = release_files(dataset, version, table)
    sizes = {f["path"]: f.get("bytes", 0) for f in manifest["files"]}
    chosen = table or next(iter(manifest["source_versions"]))
    with audited_read(
        dataset,
        version,
        loader="ozero.release.catalog.load_release",
        purpose=purpose,
        tables=[chosen],
    ) as read:
        if not files:
            read.rows = 0
            return pd.DataFrame()
        tables = []
        for uri in files:
            filesystem, path = objects.arrow_filesystem(uri)
            tables.append(pq.read_table(path, filesystem=filesystem))
            relative = store.relative(uri, dataset, version)
            read.add(relative, sizes.get(relative, 0))
        frame = pa.concat_tables(tables).to_pandas()
        read.rows = len(frame)
        return frame
