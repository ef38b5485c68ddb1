"""Publish an approved candidate as an immutable folder of Parquet files plus a manifest.

The data is read at the candidate's pinned Delta versions (time travel), so later gold
writes never leak into a release. The release guard runs first: residual PHI blocks, and
the data written is the k-anonymity-enforced data (generalised/suppressed per policy). Files are staged in a hidden folder and the folder is
renamed into place with manifest.json already written as its last file: a release either
exists completely or not at all, and `manifest.json` present means "published". Published
files are made read-only and are never rewritten; publishing twice returns the first copy.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import stat
import uuid
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from pyspark.sql import DataFrame, SparkSession

from ozero.contracts import load_contract
from ozero.release import read_json, utc_now, write_json
from ozero.release.approval import APPROVED, load_approval
from ozero.release.candidate import MANIFEST_FILE, Candidate, load_candidate, release_dir
from ozero.release.datasets import get_dataset
from ozero.release.guard import GuardReport, release_data

log = logging.getLogger(__name__)


class PublishError(RuntimeError):
    pass


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def table_folder(table: str) -> str:
    """`gold.chest_imaging_protocols` → `data/chest_imaging_protocols`."""
    return f"data/{table.partition('.')[2] or table}"


def _same_candidate(manifest: dict[str, Any], candidate: Candidate) -> bool:
    return (
        manifest.get("source_versions") == candidate.source_versions
        and manifest.get("created_at") == candidate.created_at
    )


def _existing(target: Path, candidate: Candidate) -> Path | None:
    """The already published release of this candidate, if any; raises on a conflicting one."""
    manifest = target / MANIFEST_FILE
    if manifest.is_file():
        if _same_candidate(read_json(manifest), candidate):
            return target
        raise PublishError(
            f"{candidate.dataset} {candidate.version} is already published from different "
            "source versions; releases are immutable, make a new candidate"
        )
    if target.exists():
        raise PublishError(f"{target} exists without a manifest; inspect it and remove by hand")
    return None


def _write_table(table: str, df: DataFrame, version: int, staging: Path) -> list[Path]:
    """Write one table (pinned version, guard-enforced) sorted by its keys as part-NNNNN."""
    try:
        keys = list(load_contract(table).keys)
        out = staging / table_folder(table)
        (df.orderBy(*keys) if keys else df).write.mode("errorifexists").parquet(str(out))
    except Exception as exc:  # e.g. the pinned version was vacuumed
        raise PublishError(
            f"cannot read {table} at version {version} ({type(exc).__name__})"
        ) from exc
    parts = sorted(out.glob("part-*.parquet"))
    for extra in set(out.iterdir()) - set(parts):
        extra.unlink()  # _SUCCESS and .crc files are Spark's, not the release's
    final = []
    for index, part in enumerate(parts):
        renamed = out / f"part-{index:05d}.parquet"
        part.rename(renamed)
        final.append(renamed)
    return final


def _file_entries(staging: Path, files: list[Path]) -> list[dict[str, Any]]:
    return [
        {
            "path": f.relative_to(staging).as_posix(),
            "bytes": f.stat().st_size,
            "sha256": sha256_file(f),
        }
        for f in files
    ]


def _check_counts(expected: dict[str, int], written: dict[str, list[Path]]) -> None:
    """Rows written must be the guard's count after suppression (the pinned count if none)."""
    for table, files in written.items():
        rows = sum(pq.ParquetFile(f).metadata.num_rows for f in files)
        if rows != expected.get(table):
            raise PublishError(
                f"{table}: wrote {rows} rows but the guarded candidate has {expected.get(table)}"
            )


def _deidentification(candidate: Candidate, guard: GuardReport) -> dict[str, Any]:
    """The candidate's summary plus what the guard checked and did right before publishing."""
    return {
        **candidate.deidentification,
        "k_anonymity": guard.k_anonymity_section(),
        "phi_scan": {t: e["phi_scan"] for t, e in guard.tables.items()},
        "guard": {
            "checked_at": guard.checked_at,
            "passed": guard.passed,
            "warnings": guard.warnings,
        },
    }


def _manifest(
    candidate: Candidate, entries: list[dict[str, Any]], guard: GuardReport
) -> dict[str, Any]:
    approval = load_approval(candidate.dataset, candidate.version)
    assert approval is not None
    return {
        "dataset": candidate.dataset,
        "version": candidate.version,
        "description": get_dataset(candidate.dataset).description,
        "created_at": candidate.created_at,
        "published_at": utc_now(),
        "source_versions": candidate.source_versions,
        "row_counts": guard.row_counts(),  # as published (after any suppression)
        "source_row_counts": candidate.row_counts,
        "schema": candidate.schema,
        "schema_fingerprint": candidate.schema_fingerprint,
        "tables": {t: table_folder(t) for t in candidate.source_versions},
        "files": entries,
        "validation": candidate.validation,
        "deidentification": _deidentification(candidate, guard),
        "approval": {
            "approver": approval.approver,
            "approved_at": approval.decided_at,
            "note": approval.note,
        },
    }


def _make_read_only(folder: Path) -> None:
    mode = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH  # 0444
    for path in folder.rglob("*"):
        if path.is_file():
            path.chmod(mode)


def publish(spark: SparkSession, dataset: str, version: str) -> Path:
    """Publish an approved candidate; returns the release folder. Idempotent, never rewrites."""
    candidate = load_candidate(dataset, version)
    target = release_dir(dataset, version)
    existing = _existing(target, candidate)
    if existing is not None:
        log.info("%s %s is already published", dataset, version)
        return existing
    approval = load_approval(dataset, version)
    if approval is None or approval.decision != APPROVED:
        state = approval.decision if approval else "not decided yet"
        raise PublishError(f"{dataset} {version} is not approved ({state}); cannot publish")

    guard, frames = release_data(spark, dataset, version)
    if not guard.passed:
        raise PublishError(
            f"{dataset} {version} blocked by the release guard: " + "; ".join(guard.problems)
        )

    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.parent / f".staging-{version}-{uuid.uuid4().hex}"
    try:
        written = {
            table: _write_table(table, frames[table], pinned, staging)
            for table, pinned in candidate.source_versions.items()
        }
        _check_counts(guard.row_counts(), written)
        entries = _file_entries(staging, [f for files in written.values() for f in files])
        write_json(staging / MANIFEST_FILE, _manifest(candidate, entries, guard))
        _make_read_only(staging)
        try:
            os.rename(staging, target)
        except OSError:  # a concurrent publish won the rename
            if _existing(target, candidate) is None:
                raise
            log.info("%s %s was published concurrently", dataset, version)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    log.info("published %s %s (%d files)", dataset, version, len(entries))
    return target


def verify_release(dataset: str, version: str) -> list[str]:
    """Re-hash every file against the manifest; returns the problems found (empty = intact)."""
    target = release_dir(dataset, version)
    manifest_path = target / MANIFEST_FILE
    if not manifest_path.is_file():
        return [f"{dataset} {version} is not published (no {MANIFEST_FILE})"]
    manifest = read_json(manifest_path)
    problems = []
    listed = set()
    for entry in manifest.get("files", []):
        path = target / entry["path"]
        listed.add(path)
        if not path.is_file():
            problems.append(f"missing file {entry['path']}")
        elif path.stat().st_size != entry["bytes"]:
            problems.append(f"size differs for {entry['path']}")
        elif sha256_file(path) != entry["sha256"]:
            problems.append(f"sha256 differs for {entry['path']}")
    for path in sorted(p for p in target.rglob("*") if p.is_file()):
        if path != manifest_path and path not in listed:
            problems.append(f"unexpected file {path.relative_to(target).as_posix()}")
    return problems
