"""A curator's write-once decision on a candidate, recorded beside it as approval.json.

The decision lives in the lake (not only in Airflow) so a release can be audited and
published without the scheduler; if the release DAG is parked waiting for this decision,
it is answered too, so the run continues without a second click in the Airflow UI.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from typing import Any

from ozero.release import read_json, utc_now, write_json
from ozero.release.airflow_hitl import answer_waiting_approval, release_dag_id, release_match
from ozero.release.candidate import APPROVAL_FILE, candidate_dir, load_candidate

APPROVED = "approved"
REJECTED = "rejected"


class DecisionError(ValueError):
    pass


@dataclass(frozen=True)
class Approval:
    dataset: str
    version: str
    decision: str
    approver: str
    decided_at: str
    note: str = ""
    airflow_tasks_answered: int = 0  # not persisted: what this call did in Airflow

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "version": self.version,
            "decision": self.decision,
            "approver": self.approver,
            "decided_at": self.decided_at,
            "note": self.note,
        }


def default_curator() -> str:
    """$OZERO_CURATOR, else the OS user running the command."""
    return os.environ.get("OZERO_CURATOR", "").strip() or getpass.getuser()


def load_approval(dataset: str, version: str) -> Approval | None:
    path = candidate_dir(dataset, version) / APPROVAL_FILE
    if not path.is_file():
        return None
    data = read_json(path)
    return Approval(**{k: data[k] for k in Approval.__dataclass_fields__ if k in data})


def _decide(dataset: str, version: str, decision: str, approver: str, note: str) -> Approval:
    load_candidate(dataset, version)  # raises a clear error when there is no such candidate
    if not approver.strip():
        raise DecisionError("a decision needs the curator's name")
    existing = load_approval(dataset, version)
    if existing is not None:
        raise DecisionError(
            f"{dataset} {version} was already {existing.decision} by {existing.approver} "
            f"at {existing.decided_at}; decisions cannot be changed"
        )
    approval = Approval(dataset, version, decision, approver.strip(), utc_now(), note)
    try:
        write_json(candidate_dir(dataset, version) / APPROVAL_FILE, approval.to_dict(), True)
    except FileExistsError:  # someone decided between our check and our write
        raise DecisionError(f"{dataset} {version} was decided concurrently; see `show`") from None
    answered = answer_waiting_approval(
        release_dag_id(), decision == APPROVED, approval.approver, release_match(dataset, version)
    )
    return Approval(**{**approval.to_dict(), "airflow_tasks_answered": answered})


def approve(dataset: str, version: str, approver: str, note: str = "") -> Approval:
    """Approve a pending candidate for publishing; refuses if it was already decided."""
    return _decide(dataset, version, APPROVED, approver, note)


def reject(dataset: str, version: str, approver: str, note: str = "") -> Approval:
    """Reject a pending candidate; it will never be published."""
    return _decide(dataset, version, REJECTED, approver, note)
