"""Build a release candidate from gold: pin, guard, compare, number, store (needs Spark).

A candidate is made only when the data differs from the last release, from every open
candidate and from every candidate a curator rejected since that release: a scheduled run
with no new data proposes nothing, and rejected data never comes back unchanged. When it
is made, it says what changed since the last release (and since the latest rejection), and
its number follows the rules in `ozero.release.semver`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pyarrow as pa
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from ozero import lake
from ozero.contracts import load_contract
from ozero.datasets.builder import source_versions
from ozero.frames import comparable_column
from ozero.release import changes, semver, store, utc_now
from ozero.release.candidate import (
    OPEN,
    REJECTED,
    Candidate,
    CandidateError,
    contract_schema,
    fingerprint,
    list_candidates,
    taken_versions,
)
from ozero.release.datasets import DatasetSpec, get_dataset
from ozero.release.datasheet import (
    collect_stats,
    datasheet_facts,
    render_html,
    render_markdown,
    summary_markdown,
)
from ozero.release.guard import GuardReport, check_tables

log = logging.getLogger(__name__)


def pin_gold(spark: SparkSession, spec: DatasetSpec) -> dict[str, int]:
    pins: dict[str, int] = {}
    for table in spec.gold_tables:
        version = lake.version(spark, table)
        if version is None:
            raise CandidateError(f"{spec.name}: gold table {table} does not exist yet")
        pins[table] = int(version)
    return pins


def row_digests(df: DataFrame, keys: tuple[str, ...]) -> pa.Table:
    """One (key hash, row hash) per row: enough to count added, removed and changed rows."""
    key_cols = [F.col(k) for k in (keys or df.columns)]
    digests = df.select(
        F.xxhash64(*key_cols).alias("key_hash"),
        F.xxhash64(*[comparable_column(df, c) for c in df.columns]).alias("row_hash"),
    )
    return digests.toArrow().cast(changes.DIGEST_SCHEMA)


def data_key_ids(spark: SparkSession, pins: dict[str, int]) -> list[str]:
    """The pseudonymisation key(s) behind the data: the gold tables' `deid_key_id` where they
    carry one, else the key of the silver tables gold is built from."""
    found: set[str] = set()
    for table, version in pins.items():
        df = lake.read(spark, table, version)
        if "deid_key_id" in df.columns:
            found |= {r[0] for r in df.select("deid_key_id").distinct().collect() if r[0]}
    if found:
        return sorted(found)
    from ozero.curate.keyring import lake_key_ids

    return lake_key_ids(spark)


def _validation_from_ops(spark: SparkSession, tables: tuple[str, ...]) -> dict[str, Any]:
    """Latest validation run per gold table from ops.validation_results, if it exists."""
    if not lake.exists(spark, "ops.validation_results"):
        return {"available": False, "reason": "ops.validation_results does not exist"}
    results = lake.read(spark, "ops.validation_results")
    summary: dict[str, Any] = {"available": True, "tables": {}}
    for table in tables:
        runs = results.where(F.col("table_name") == table)
        last = runs.agg(F.max("validated_at").alias("at")).collect()[0]["at"]
        if last is None:
            summary["tables"][table] = {"validated": False}
            continue
        latest = runs.where(F.col("validated_at") == last).select("run_id").first()
        assert latest is not None  # the row that holds the max validated_at
        run_id = latest["run_id"]
        stats = (
            runs.where(F.col("run_id") == run_id)
            .agg(
                F.count("*").alias("expectations"),
                F.sum(F.when(~F.col("success"), 1).otherwise(0)).alias("failed"),
            )
            .collect()[0]
        )
        summary["tables"][table] = {
            "validated": True,
            "run_id": run_id,
            "validated_at": last.isoformat(),
            "expectations": int(stats["expectations"]),
            "failed": int(stats["failed"] or 0),
            "success": not stats["failed"],
        }
    summary["success"] = all(t.get("success", False) for t in summary["tables"].values())
    return summary


def _deid_from_contracts(spec: DatasetSpec, guard: GuardReport) -> dict[str, Any]:
    """Privacy classes and actions per column, plus the guard's PHI scan and risk figures."""
    summary: dict[str, Any] = {
        "k_anonymity_required": spec.k_anonymity,
        "l_diversity_required": spec.l_diversity,
        "sensitive": list(spec.sensitive),
        "tables": {},
    }
    for table, checked in guard.tables.items():
        contract = load_contract(table)
        risk = checked["risk"]
        summary["tables"][table] = {
            "actions": {c.name: f"{c.privacy}:{c.action}" for c in contract.columns},
            "quasi_identifiers": list(contract.quasi_identifiers),
            "min_group_size": risk["before"]["k_min"],
            "k_anonymous": risk["before"]["k_anonymous"],
            "risk": risk,
            "phi_scan": checked["phi_scan"],
        }
    summary["k_anonymous"] = all(t["k_anonymous"] for t in summary["tables"].values())
    summary["guard"] = {
        "passed": guard.passed,
        "problems": guard.problems,
        "warnings": guard.warnings,
    }
    return summary


def _snapshot(candidate: Candidate, kind: str) -> changes.Snapshot:
    digests = {}
    for table in candidate.source_versions:
        data = store.read_digests(candidate.dataset, candidate.version, table)
        digests[table] = changes.digests_from_parquet(data) if data else None
    return changes.Snapshot(
        version=candidate.version,
        kind=kind,
        schema_fingerprint=candidate.schema_fingerprint,
        key_ids=candidate.key_ids or _legacy_key_ids(candidate.deidentification),
        row_counts=candidate.publish_row_counts or candidate.row_counts,
        digests=digests,
    )


def _legacy_key_ids(deid: dict[str, Any]) -> list[str]:
    return list(deid.get("key_ids") or deid.get("upstream", {}).get("key_ids") or [])


class History:
    """The dataset's past as the store holds it: its last release and every candidate."""

    def __init__(self, dataset: str) -> None:
        self.candidates = list_candidates(dataset)
        self.released = [c for c in self.candidates if c.status == "published"]
        self.last_release = (
            max(self.released, key=lambda c: semver.sort_key(c.release_version))
            if self.released
            else None
        )
        since = self.last_release.created_at if self.last_release else ""
        self.rejected_since = [
            c for c in self.candidates if c.status == REJECTED and c.created_at >= since
        ]
        self.open = [c for c in self.candidates if c.status in OPEN]

    def same_pins(self, pins: dict[str, int]) -> Candidate | None:
        """A release, open candidate or rejection that pins exactly these gold versions."""
        others = ([self.last_release] if self.last_release else []) + self.open
        return next((c for c in others + self.rejected_since if c.source_versions == pins), None)


Summary = dict | Callable[[], dict] | None
"""A summary for the candidate, or a function that reads it (called only when a candidate is
made: the lake-wide summaries take tens of seconds, and most scheduled runs propose nothing)."""


def _resolved(summary: Summary) -> dict | None:
    return summary() if callable(summary) else summary


def build_candidate(
    spark: SparkSession,
    dataset_name: str,
    validation_summary: Summary = None,
    deid_summary: Summary = None,
) -> Candidate | None:
    """Pin the current gold versions as a new pending candidate, or None if nothing is new.

    Summaries not given are derived: validation from ops.validation_results, de-identification
    from the contracts plus the release guard (PHI scan, k/l figures, planned enforcement)
    at the pinned versions. Stores candidate.json, row digests, guard.json and request.md.
    """
    spec = get_dataset(dataset_name)
    pins = pin_gold(spark, spec)
    history = History(spec.name)
    if (same := history.same_pins(pins)) is not None:
        log.info(
            "%s: gold versions %s are those of %s (%s)", spec.name, pins, same.version, same.status
        )
        return None

    guard, frames = check_tables(spark, spec, pins, version="0.0.0")
    digests = {t: row_digests(frames[t], load_contract(t).keys) for t in pins}
    stats = collect_stats(spec, frames)
    schema = {table: contract_schema(table) for table in spec.gold_tables}
    draft = Candidate(
        dataset=spec.name,
        version="0.0.0",
        created_at=utc_now(),
        source_versions=pins,
        row_counts={t: lake.read(spark, t, v).count() for t, v in pins.items()},
        schema=schema,
        schema_fingerprint=fingerprint(schema),
        key_ids=data_key_ids(spark, pins),
        publish_row_counts=guard.row_counts(),
        lake_sources={t: source_versions(spark, t, v) for t, v in pins.items()},
    )
    ours = changes.Snapshot(
        "new",
        "candidate",
        draft.schema_fingerprint,
        draft.key_ids,
        draft.publish_row_counts,
        dict(digests),
    )
    found = _changes(history, ours)
    if found is None:
        return None

    taken = taken_versions(spec.name)
    # bumped against what consumers have (the last release); with none yet, against the
    # latest rejection, whose number is used up
    basis = found.get("since_release") or found.get("since_rejected") or {}
    version = semver.next_version(taken, basis.get("bump") or "minor")
    guard.version = version
    validation = _resolved(validation_summary)
    if validation is None:
        validation = _validation_from_ops(spark, spec.gold_tables)
    guard.add_validation(validation, spec.qc.require_validation)  # QC level 1
    upstream_deid = _resolved(deid_summary)
    candidate = Candidate(
        **{
            **draft.stored(),
            "version": version,
            "validation": validation,
            # the dataset's own columns and k-anonymity always; what upstream runs did, if given
            "deidentification": {
                **_deid_from_contracts(spec, guard),
                "key_ids": draft.key_ids,
                **({"upstream": upstream_deid} if upstream_deid else {}),
            },
            "changes": found,
            "datasheet_stats": stats,
        }
    )
    if not store.create_candidate(candidate.stored()):
        raise CandidateError(f"{spec.name} {version} was proposed concurrently; run again")
    for table, table_digests in digests.items():
        store.write_digests(spec.name, version, table, changes.digests_to_parquet(table_digests))
    store.write_guard(guard.to_dict())
    from ozero.release.request import render_request

    facts = datasheet_facts(spec, candidate, guard.to_dict(), stats)
    store.write_candidate_text(spec.name, version, store.DATASHEET_MD, render_markdown(facts))
    store.write_candidate_text(spec.name, version, store.DATASHEET_HTML, render_html(facts))
    store.write_request(
        spec.name, version, render_request(candidate, guard.to_dict(), summary_markdown(facts))
    )
    log.info("%s: candidate %s pins %s (%s)", spec.name, version, pins, found.get("summary"))
    return candidate


def _changes(history: History, ours: changes.Snapshot) -> dict[str, Any] | None:
    """What changed since the last release and the latest rejection; None if nothing new."""
    found: dict[str, Any] = {}
    if history.last_release is not None:
        since = changes.compare(ours, _snapshot(history.last_release, "release"))
        if changes.same_content(since):
            log.info("same data as release %s: no candidate", history.last_release.version)
            return None
        found["since_release"] = since
    for candidate in history.open:
        if changes.same_content(changes.compare(ours, _snapshot(candidate, "candidate"))):
            log.info("same data as open candidate %s: no candidate", candidate.version)
            return None
    for rejected in sorted(history.rejected_since, key=lambda c: semver.sort_key(c.version)):
        since = changes.compare(ours, _snapshot(rejected, "rejected candidate"))
        if changes.same_content(since):
            log.info("same data as rejected candidate %s: not proposed again", rejected.version)
            return None
        decision = store.read_decision(rejected.dataset, rejected.version) or {}
        found["since_rejected"] = {
            **since,
            "rejected_by": decision.get("by"),
            "rejected_at": decision.get("decided_at"),
            "note": decision.get("note", ""),
        }
    return found
