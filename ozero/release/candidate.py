"""Release candidates: a proposed dataset version that pins exact gold Delta table versions.

Pinning versions (not copying data) keeps a candidate cheap; `publish` later reads the same
versions by Delta time travel, so what a curator approved is exactly what gets released.
This module is the candidate as data (no Spark): loading, status and listing. Building one
needs Spark and lives in `ozero.release.build`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from ozero.release import semver, store
from ozero.release.datasets import get_dataset

PENDING, APPROVED, REJECTED, PUBLISHED = "pending", "approved", "rejected", "published"
OPEN = (PENDING, APPROVED)  # still on its way to a release


class CandidateError(ValueError):
    pass


@dataclass(frozen=True)
class Candidate:
    dataset: str
    version: str
    created_at: str
    source_versions: dict[str, int]  # gold table → pinned Delta version
    row_counts: dict[str, int]  # rows at the pinned versions
    schema: dict[str, list[dict[str, str]]]  # gold table → [{name, type, privacy, description}]
    schema_fingerprint: str
    validation: dict[str, Any] = field(default_factory=dict)
    deidentification: dict[str, Any] = field(default_factory=dict)
    key_ids: list[str] = field(default_factory=list)  # pseudonymisation key(s) of the data
    publish_row_counts: dict[str, int] = field(default_factory=dict)  # after k-enforcement
    changes: dict[str, Any] = field(default_factory=dict)  # since the release / rejection
    datasheet_stats: dict[str, Any] = field(default_factory=dict)  # counts for the datasheet
    # gold table → {silver/NSI table: Delta version} its pinned version was built from
    # (ops.dataset_builds); empty for candidates stored before it was recorded
    lake_sources: dict[str, dict[str, str]] = field(default_factory=dict)
    status: str = PENDING  # derived on load from the decision and the release, never stored
    release_version: str = ""  # the number it is (or will be) published as; derived on load

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def stored(self) -> dict[str, Any]:
        """What candidate.json holds: everything but the derived fields."""
        data = self.to_dict()
        data.pop("status")
        data.pop("release_version")
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any], **derived: Any) -> Candidate:
        names = cls.__dataclass_fields__
        values = {k: v for k, v in data.items() if k in names}
        values.update({k: v for k, v in derived.items() if v})
        return cls(**values)


def contract_schema(table: str) -> list[dict[str, str]]:
    """The released schema as consumers see it: the contract's name/type/privacy/description."""
    from ozero.contracts import load_contract

    return [
        {"name": c.name, "type": c.type, "privacy": c.privacy, "description": c.description}
        for c in load_contract(table).columns
    ]


def fingerprint(schema: dict[str, list[dict[str, str]]]) -> str:
    """Changes when a column is added, removed, renamed or retyped (not on description edits)."""
    shape = {t: [(c["name"], c["type"]) for c in cols] for t, cols in sorted(schema.items())}
    return hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()


def status_of(dataset: str, version: str) -> tuple[str, str]:
    """(status, release version) from the decision and the release beside the candidate."""
    decision = store.read_decision(dataset, version)
    if decision is None:
        return PENDING, version
    release_version = decision.get("release_as") or version
    if decision.get("decision") == APPROVED and store.read_manifest(dataset, release_version):
        return PUBLISHED, release_version
    return decision.get("decision", PENDING), release_version


def load_candidate(dataset: str, version: str) -> Candidate:
    """A stored candidate describes itself: one whose spec has since left the catalogue
    (`OZERO_DATASETS_DIR`, a removed file) still lists and can still be decided."""
    data = store.read_candidate(dataset, version)
    if data is None:
        get_dataset(dataset)  # an unknown dataset gets its own clear error
        raise CandidateError(f"no candidate {dataset} {version}; see `ozero release candidates`")
    status, release_version = status_of(dataset, version)
    return Candidate.from_dict(data, status=status, release_version=release_version)


def list_candidates(dataset: str | None = None) -> list[Candidate]:
    """Every candidate with its current status, by dataset then version."""
    names = [dataset] if dataset else store.candidate_datasets()
    return [load_candidate(n, v) for n in names for v in store.candidate_versions(n)]


def pending_candidates(dataset: str | None = None) -> list[Candidate]:
    """Candidates still waiting for a curator's decision."""
    return [c for c in list_candidates(dataset) if c.status == PENDING]


def build_candidate(*args: Any, **kwargs: Any) -> Candidate | None:
    """See `ozero.release.build.build_candidate` (imported lazily: it needs Spark)."""
    from ozero.release.build import build_candidate as build

    return build(*args, **kwargs)


def taken_versions(dataset: str) -> list[str]:
    """Every number a candidate or a release of `dataset` has used; none is ever reused."""
    taken = set(store.candidate_versions(dataset)) | set(store.release_versions(dataset))
    for version in store.candidate_versions(dataset):
        decision = store.read_decision(dataset, version) or {}
        if decision.get("release_as"):
            taken.add(decision["release_as"])
    return sorted(taken, key=semver.sort_key)
