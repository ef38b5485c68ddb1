"""Release candidates: a proposed dataset version that pins exact gold Delta table versions.

Pinning versions (not copying data) keeps a candidate cheap; `publish` later reads the same
versions by Delta time travel, so what a curator approved is exactly what gets released.
A candidate is only made when the pinned versions differ from the latest release and from
every open candidate, so a scheduled re-run with no new data proposes nothing.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from ozero import lake
from ozero.contracts import load_contract
from ozero.release import candidates_dir, read_json, releases_dir, semver, utc_now, write_json
from ozero.release.datasets import DatasetSpec, get_dataset

if TYPE_CHECKING:
    from ozero.release.guard import GuardReport

log = logging.getLogger(__name__)

CANDIDATE_FILE = "candidate.json"
APPROVAL_FILE = "approval.json"
MANIFEST_FILE = "manifest.json"


class CandidateError(ValueError):
    pass


@dataclass(frozen=True)
class Candidate:
    dataset: str
    version: str
    created_at: str
    source_versions: dict[str, int]  # gold table → pinned Delta version
    row_counts: dict[str, int]
    schema: dict[str, list[dict[str, str]]]  # gold table → [{name, type, privacy, description}]
    schema_fingerprint: str
    validation: dict[str, Any] = field(default_factory=dict)
    deidentification: dict[str, Any] = field(default_factory=dict)
    status: str = "pending"  # pending | approved | rejected | published (derived on load)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any], status: str | None = None) -> Candidate:
        names = cls.__dataclass_fields__
        values = {k: v for k, v in data.items() if k in names}
        if status:
            values["status"] = status
        return cls(**values)


def candidate_dir(dataset: str, version: str) -> Path:
    semver.parse(version)  # also refuses path tricks such as "../x"
    return candidates_dir() / get_dataset(dataset).name / version


def release_dir(dataset: str, version: str) -> Path:
    semver.parse(version)
    return releases_dir() / get_dataset(dataset).name / version


def contract_schema(table: str) -> list[dict[str, str]]:
    """The released schema as consumers see it: the contract's name/type/privacy/description."""
    return [
        {"name": c.name, "type": c.type, "privacy": c.privacy, "description": c.description}
        for c in load_contract(table).columns
    ]


def fingerprint(schema: dict[str, list[dict[str, str]]]) -> str:
    """Changes when a column is added, removed, renamed or retyped (not on description edits)."""
    shape = {t: [(c["name"], c["type"]) for c in cols] for t, cols in sorted(schema.items())}
    return hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()


def decision_of(dataset: str, version: str) -> str:
    """Current status from the files beside the candidate (candidate.json is never rewritten)."""
    if (release_dir(dataset, version) / MANIFEST_FILE).is_file():
        return "published"
    approval = candidate_dir(dataset, version) / APPROVAL_FILE
    return read_json(approval).get("decision", "pending") if approval.is_file() else "pending"


def load_candidate(dataset: str, version: str) -> Candidate:
    path = candidate_dir(dataset, version) / CANDIDATE_FILE
    if not path.is_file():
        raise CandidateError(f"no candidate {dataset} {version} (expected {path})")
    return Candidate.from_dict(read_json(path), status=decision_of(dataset, version))


def list_candidates(dataset: str | None = None) -> list[Candidate]:
    """Every candidate with its current status, by dataset then version."""
    root = candidates_dir()
    names = [dataset] if dataset else sorted(p.name for p in root.glob("*") if p.is_dir())
    found = []
    for name in names:
        versions = [
            p.parent.name
            for p in (root / name).glob(f"*/{CANDIDATE_FILE}")
            if semver.is_valid(p.parent.name)
        ]
        found += [load_candidate(name, v) for v in sorted(versions, key=semver.sort_key)]
    return found


def pending_candidates(dataset: str | None = None) -> list[Candidate]:
    """Candidates still waiting for a curator's decision."""
    return [c for c in list_candidates(dataset) if c.status == "pending"]


def _published_manifests(dataset: str) -> list[dict[str, Any]]:
    root = releases_dir() / dataset
    manifests = [
        read_json(p) for p in root.glob(f"*/{MANIFEST_FILE}") if semver.is_valid(p.parent.name)
    ]
    return sorted(manifests, key=lambda m: semver.sort_key(m["version"]))


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
        run_id = runs.where(F.col("validated_at") == last).select("run_id").first()["run_id"]
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


def build_candidate(
    spark: SparkSession,
    dataset_name: str,
    validation_summary: dict | None = None,
    deid_summary: dict | None = None,
) -> Candidate | None:
    """Pin the current gold versions as a new pending candidate, or None if nothing is new.

    Summaries not given are derived: validation from ops.validation_results, de-identification
    from the contracts plus the release guard (PHI scan, k/l figures, planned enforcement)
    at the pinned versions; guard.json is written beside candidate.json.
    """
    spec = get_dataset(dataset_name)
    pins: dict[str, int] = {}
    for table in spec.gold_tables:
        version = lake.version(spark, table)
        if version is None:
            raise CandidateError(f"{spec.name}: gold table {table} does not exist yet")
        pins[table] = int(version)

    releases = _published_manifests(spec.name)
    candidates = list_candidates(spec.name)
    open_pins = [c.source_versions for c in candidates if c.status in ("pending", "approved")]
    if (releases and releases[-1]["source_versions"] == pins) or pins in open_pins:
        log.info("%s: gold versions %s already released or proposed", spec.name, pins)
        return None

    schema = {table: contract_schema(table) for table in spec.gold_tables}
    schema_print = fingerprint(schema)
    known = [(m["version"], m["schema_fingerprint"]) for m in releases]
    known += [(c.version, c.schema_fingerprint) for c in candidates]  # rejected too
    previous = max(known, key=lambda k: semver.sort_key(k[0])) if known else None
    version = semver.next_version(
        previous[0] if previous else None,
        schema_changed=previous is not None and previous[1] != schema_print,
    )

    from ozero.release.guard import check_tables, write_report

    guard, _ = check_tables(spark, spec, pins, version)
    candidate = Candidate(
        dataset=spec.name,
        version=version,
        created_at=utc_now(),
        source_versions=pins,
        row_counts={t: lake.read(spark, t, v).count() for t, v in pins.items()},
        schema=schema,
        schema_fingerprint=schema_print,
        validation=validation_summary
        if validation_summary is not None
        else _validation_from_ops(spark, spec.gold_tables),
        # the dataset's own columns and k-anonymity always; what upstream runs did, if given
        deidentification={
            **_deid_from_contracts(spec, guard),
            **({"upstream": deid_summary} if deid_summary else {}),
        },
        status="pending",
    )
    folder = candidate_dir(spec.name, version)
    folder.mkdir(parents=True, exist_ok=False)  # a concurrent build of the same version fails
    write_json(folder / CANDIDATE_FILE, candidate.to_dict(), exclusive=True)
    write_report(guard)
    log.info("%s: candidate %s pins %s", spec.name, version, pins)
    return candidate
