"""Publish an approved candidate as immutable Parquet files plus a manifest, local or on S3.

The data is read at the candidate's pinned Delta versions (time travel), so later gold
writes never leak into a release. The release guard runs first: residual PHI blocks, and
the data written is the k-anonymity-enforced data (generalised/suppressed per policy).

Spark writes into a private staging folder; each part file is then moved into the release
folder under a content-addressed name (``part-00000-<sha256 prefix>.parquet``) and
manifest.json is created last, once (`store.commit_manifest`): "manifest present" means
"published", on a local disk and on S3 alike. Content-addressed names make a concurrent or
crashed attempt harmless: it can never overwrite a listed file with other bytes, and what it
leaves behind is removed by the attempt that commits. Publishing again returns the release.
"""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any

import pyarrow.parquet as pq
from pyspark.sql import DataFrame, SparkSession

from ozero import objects
from ozero.contracts import load_contract
from ozero.release import store, utc_now
from ozero.release.approval import ANONYMOUS, APPROVED, Decision, load_decision
from ozero.release.candidate import Candidate, load_candidate
from ozero.release.croissant import croissant
from ozero.release.datasets import get_dataset
from ozero.release.datasheet import (
    collect_stats,
    datasheet_facts,
    render_html,
    render_markdown,
)
from ozero.release.guard import GuardReport, release_data

log = logging.getLogger(__name__)


class PublishError(RuntimeError):
    pass


def table_folder(table: str) -> str:
    """`gold.chest_imaging_protocols` → `data/chest_imaging_protocols`."""
    return f"data/{table.partition('.')[2] or table}"


def _same_candidate(manifest: dict[str, Any], candidate: Candidate) -> bool:
    return (
        manifest.get("source_versions") == candidate.source_versions
        and manifest.get("created_at") == candidate.created_at
    )


def _published(dataset: str, version: str, candidate: Candidate) -> dict[str, Any] | None:
    """The manifest of this candidate's release, if published; raises on a conflicting one."""
    manifest = store.read_manifest(dataset, version)
    if manifest is None:
        return None
    if _same_candidate(manifest, candidate):
        return manifest
    raise PublishError(
        f"{dataset} {version} is already published from other source versions; releases "
        "are immutable: a change is a new candidate"
    )


def _write_table(table: str, df: DataFrame, version: int, staging: str) -> list[str]:
    """Spark writes one table (pinned version, guard-enforced, sorted by its keys)."""
    out = objects.join(staging, table_folder(table))
    try:
        keys = list(load_contract(table).keys)
        (df.orderBy(*keys) if keys else df).write.mode("errorifexists").parquet(out)
    except Exception as exc:  # e.g. the pinned version was vacuumed
        raise PublishError(
            f"cannot read {table} at version {version} ({type(exc).__name__})"
        ) from exc
    return [
        uri
        for uri in objects.list_files(out)
        if uri.rsplit("/", 1)[-1].startswith("part-") and uri.endswith(".parquet")
    ]


def _move_into_release(dataset: str, version: str, table: str, parts: list[str]) -> list[dict]:
    """Move Spark's parts into the release under content-addressed names; return entries."""
    entries = []
    for index, part in enumerate(parts):
        digest = objects.sha256(part)
        relative = f"{table_folder(table)}/part-{index:05d}-{digest[:16]}.parquet"
        target = store.release_uri(dataset, version, relative)
        nbytes = objects.size(part)
        objects.move(part, target)
        objects.make_read_only(target)
        entries.append({"path": relative, "bytes": nbytes, "sha256": digest})
    return entries


def _count_rows(dataset: str, version: str, entries: list[dict[str, Any]]) -> int:
    total = 0
    for entry in entries:
        filesystem, path = objects.arrow_filesystem(
            store.release_uri(dataset, version, entry["path"])
        )
        with filesystem.open_input_file(path) as handle:
            total += pq.ParquetFile(handle).metadata.num_rows
    return total


def _deidentification(candidate: Candidate, guard: GuardReport) -> dict[str, Any]:
    """The candidate's summary plus what the guard checked and did right before publishing."""
    return {
        **candidate.deidentification,
        "key_ids": candidate.key_ids,
        "k_anonymity": guard.k_anonymity_section(),
        "phi_scan": {t: e["phi_scan"] for t, e in guard.tables.items()},
        "guard": {
            "checked_at": guard.checked_at,
            "passed": guard.passed,
            "warnings": guard.warnings,
        },
    }


def _put_document(dataset: str, version: str, name: str, data: bytes) -> dict[str, Any]:
    """Write a release document (before the manifest) and return its manifest entry.

    Its bytes follow from the candidate, the decision and the data files, so a concurrent
    attempt writes the same; other bytes there are a crashed attempt's, and are replaced."""
    target = store.release_uri(dataset, version, name)
    if not objects.put_if_absent(target, data) and objects.get(target) != data:
        objects.delete(target)
        objects.put(target, data)
    objects.make_read_only(target)
    return {"path": name, "bytes": objects.size(target), "sha256": objects.sha256(target)}


def _documents(
    candidate: Candidate,
    version: str,
    decision: Decision,
    guard: GuardReport,
    frames: dict[str, DataFrame],
    entries: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """The datasheet (Markdown, HTML) and croissant.json of the release, as manifest entries."""
    spec = get_dataset(candidate.dataset)
    stats = candidate.datasheet_stats or collect_stats(spec, frames)
    approval = {"approver": decision.by, "approved_at": decision.decided_at}
    facts = datasheet_facts(spec, candidate, guard.to_dict(), stats, version, approval)
    docs = [
        _put_document(candidate.dataset, version, store.DATASHEET_MD,
                      render_markdown(facts).encode("utf-8")),
        _put_document(candidate.dataset, version, store.DATASHEET_HTML,
                      render_html(facts).encode("utf-8")),
    ]  # fmt: skip
    tables = {t: table_folder(t) for t in candidate.source_versions}
    keys = {t: tuple(load_contract(t).keys) for t in tables}
    document = croissant(facts, entries + docs, tables, keys, decision.decided_at or utc_now())
    data = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8")
    docs.append(_put_document(candidate.dataset, version, store.CROISSANT_FILE, data))
    return docs


def _manifest(
    candidate: Candidate,
    version: str,
    decision: Decision,
    entries: list[dict[str, Any]],
    guard: GuardReport,
) -> dict[str, Any]:
    return {
        "dataset": candidate.dataset,
        "version": version,
        "candidate_version": candidate.version,
        "description": get_dataset(candidate.dataset).description,
        "created_at": candidate.created_at,
        "published_at": utc_now(),
        "source_versions": candidate.source_versions,
        "lake_sources": candidate.lake_sources,  # the silver versions behind each pin
        "row_counts": guard.row_counts(),  # as published (after any suppression)
        "source_row_counts": candidate.row_counts,
        "schema": candidate.schema,
        "schema_fingerprint": candidate.schema_fingerprint,
        "changes": candidate.changes,
        "tables": {t: table_folder(t) for t in candidate.source_versions},
        "datasheet": {"markdown": store.DATASHEET_MD, "html": store.DATASHEET_HTML},
        "croissant": store.CROISSANT_FILE,
        "files": entries,
        "validation": candidate.validation,
        "deidentification": _deidentification(candidate, guard),
        "quality_control": guard.qc,
        "approval": {
            "approver": decision.by,
            "approved_at": decision.decided_at,
            "note": decision.note,
            "channel": decision.channel,
            **({"airflow": decision.airflow} if decision.airflow else {}),
        },
    }


def _approved(dataset: str, version: str) -> Decision:
    decision = load_decision(dataset, version)
    if decision is None or decision.decision != APPROVED:
        state = decision.decision if decision else "not decided yet"
        raise PublishError(f"{dataset} {version} is not approved ({state}); cannot publish")
    if decision.by.strip().lower() in ANONYMOUS:
        raise PublishError(f"{dataset} {version} was approved without a curator's name")
    return decision


def _remove_strays(dataset: str, version: str, manifest: dict[str, Any]) -> None:
    """Delete files of attempts that lost the race or crashed (never a listed file)."""
    keep = {f["path"] for f in manifest["files"]} | {store.MANIFEST_FILE, store.WITHDRAWN_FILE}
    for uri in store.release_file_uris(dataset, version):
        if store.relative(uri, dataset, version) not in keep:
            objects.delete(uri)


def _release_images(
    spark: SparkSession, index: DataFrame, dataset: str, version: str
) -> tuple[DataFrame, list[dict[str, Any]]]:
    """Copy the image index's de-identified DICOM files into the release under their content
    hash (`release/images.py`); the index then points at the release's copies."""
    from ozero.release.images import publish_images

    rows = index.toPandas()
    files = publish_images(rows, store.release_uri(dataset, version))
    return spark.createDataFrame(rows, schema=index.schema), files


def publish(spark: SparkSession, dataset: str, version: str) -> str:
    """Publish an approved candidate; returns the release folder's URI. Safe to re-run."""
    candidate = load_candidate(dataset, version)
    decision = _approved(dataset, version)
    release_version = decision.release_as or candidate.version
    if _published(dataset, release_version, candidate) is not None:
        log.info("%s %s is already published", dataset, release_version)
        return store.release_uri(dataset, release_version)

    guard, frames = release_data(spark, dataset, version)
    store.write_guard(guard.to_dict())
    if not guard.passed:
        raise PublishError(
            f"{dataset} {version} blocked by the release guard: " + "; ".join(guard.problems)
        )
    staging = store.staging_uri(dataset, release_version, uuid.uuid4().hex)
    images_table = get_dataset(dataset).images_table
    try:
        entries = []
        for table, pinned in candidate.source_versions.items():
            frame = frames[table]
            if table == images_table:
                frame, image_entries = _release_images(spark, frame, dataset, release_version)
                entries += image_entries
            parts = _write_table(table, frame, pinned, staging)
            table_entries = _move_into_release(dataset, release_version, table, parts)
            rows = _count_rows(dataset, release_version, table_entries)
            if rows != guard.row_counts().get(table):
                raise PublishError(
                    f"{table}: wrote {rows} rows but the guarded candidate has "
                    f"{guard.row_counts().get(table)}"
                )
            entries += table_entries
        entries += _documents(candidate, release_version, decision, guard, frames, entries)
        manifest = _manifest(candidate, release_version, decision, entries, guard)
        if not store.commit_manifest(manifest):  # a concurrent publish committed first
            manifest = _published(dataset, release_version, candidate) or manifest
            log.info("%s %s was published concurrently", dataset, release_version)
        _remove_strays(dataset, release_version, manifest)
    finally:
        objects.delete_tree(staging)
    log.info("published %s %s (%d files)", dataset, release_version, len(manifest["files"]))
    return store.release_uri(dataset, release_version)


def verify_release(dataset: str, version: str) -> list[str]:
    """Re-hash every file against the manifest; returns the problems found (empty = intact)."""
    manifest = store.read_manifest(dataset, version)
    if manifest is None:
        return [f"{dataset} {version} is not published (no {store.MANIFEST_FILE})"]
    problems = []
    present = {
        store.relative(uri, dataset, version): uri
        for uri in store.release_file_uris(dataset, version)
    }
    for entry in manifest.get("files", []):
        uri = present.pop(entry["path"], None)
        if uri is None:
            problems.append(f"missing file {entry['path']}")
        elif objects.size(uri) != entry["bytes"]:
            problems.append(f"size differs for {entry['path']}")
        elif objects.sha256(uri) != entry["sha256"]:
            problems.append(f"sha256 differs for {entry['path']}")
    present.pop(store.MANIFEST_FILE, None)
    present.pop(store.WITHDRAWN_FILE, None)  # an erasure's mark beside the release, not in it
    problems += [f"unexpected file {path}" for path in sorted(present)]
    return problems
