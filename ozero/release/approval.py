"""A curator's decision on a candidate: one write-once record, whichever way it was taken.

Two channels reach a decision: the Airflow approval request (UI or REST, recorded by the
release DAG's `curator_decision` task when it resumes) and the CLI (`ozero release approve|
reject`, which records it and then answers the waiting Airflow task through the REST API).
Both go through `record`, which creates decision.json once (`store.create_decision`): the
first decision stands, every channel reads it, and no later one can change it. A rejected
candidate is closed: it cannot be approved, and its data is never proposed again unchanged.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ozero.airflow_env import default_curator as default_curator  # re-exported for the CLI
from ozero.release import semver, store, utc_now
from ozero.release.airflow_hitl import AirflowClient, Delivery
from ozero.release.candidate import APPROVED, REJECTED, load_candidate, taken_versions

CLI, AIRFLOW = "cli", "airflow"  # channels; Airflow's UI and REST API answer the same way
ANONYMOUS = {"", "anonymous"}  # what Airflow records when nobody logged in


class DecisionError(ValueError):
    pass


@dataclass(frozen=True)
class Decision:
    dataset: str
    version: str
    decision: str  # approved | rejected
    by: str  # the curator, by name
    decided_at: str
    note: str = ""
    channel: str = CLI
    release_as: str = ""  # a higher number the curator chose for the release
    airflow: dict[str, Any] = field(default_factory=dict)  # user and run, when via Airflow

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def approver(self) -> str:
        return self.by

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Decision:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if data.get(k) is not None})


@dataclass
class Outcome:
    """What a CLI decision call did: the decision that stands, and what Airflow heard."""

    decision: Decision
    recorded: bool  # False: an earlier identical decision stood
    airflow: Delivery

    @property
    def airflow_tasks_answered(self) -> int:
        return self.airflow.answered


def load_decision(dataset: str, version: str) -> Decision | None:
    data = store.read_decision(dataset, version)
    return Decision.from_dict(data) if data else None


load_approval = load_decision  # the name the publish step and older callers use


def record(
    dataset: str,
    version: str,
    decision: str,
    by: str,
    note: str = "",
    channel: str = CLI,
    release_as: str = "",
    airflow: dict[str, Any] | None = None,
) -> tuple[Decision, bool]:
    """Record a decision unless one exists; returns (the decision that stands, made by this call).

    Refuses a nameless curator (Airflow's "Anonymous" included: a manifest always names a
    person) and a `release_as` lower than the candidate's computed number.
    """
    if decision not in (APPROVED, REJECTED):
        raise DecisionError(f"a decision is {APPROVED} or {REJECTED}, not {decision!r}")
    candidate = load_candidate(dataset, version)  # a clear error when there is none
    existing = load_decision(dataset, version)
    if existing is not None:
        return existing, False
    if by.strip().lower() in ANONYMOUS:
        raise DecisionError(
            f"a decision needs the curator's name, not {by!r}: log in to Airflow as a named "
            "user (OZERO_AIRFLOW_USERS), or use `ozero release approve|reject --by NAME`"
        )
    if release_as:
        if decision != APPROVED:
            raise DecisionError("only an approval can choose the release number")
        try:
            semver.check_raise(candidate.version, release_as, taken_versions(dataset))
        except ValueError as exc:
            raise DecisionError(str(exc)) from None
    made = Decision(
        dataset=candidate.dataset,
        version=candidate.version,
        decision=decision,
        by=by.strip(),
        decided_at=utc_now(),
        note=note,
        channel=channel,
        release_as=release_as if release_as != candidate.version else "",
        airflow=airflow or {},
    )
    if store.create_decision(made.to_dict()):
        return made, True
    standing = load_decision(dataset, version)  # someone decided between our check and write
    assert standing is not None
    return standing, False


def decide(
    dataset: str, version: str, decision: str, by: str, note: str = "", release_as: str = ""
) -> Outcome:
    """The CLI's decision: log in to Airflow (if it runs), record, answer the waiting task.

    Logging in first means wrong Airflow credentials stop the command before anything is
    recorded. Repeating an identical decision records nothing new and answers Airflow
    again (a way to resume a run that waited while Airflow was down); a contrary one fails.
    """
    load_candidate(dataset, version)
    client = AirflowClient.connect(by)
    standing, recorded = record(dataset, version, decision, by, note, CLI, release_as)
    if standing.decision != decision:
        raise DecisionError(
            f"{dataset} {version} was already {standing.decision} by {standing.by} "
            f"({standing.channel}) at {standing.decided_at}; decisions cannot be changed"
        )
    if client is None:
        delivery = Delivery(message="Airflow is not running here (or OZERO_AIRFLOW_URL=off)")
    else:
        params = {"note": standing.note, "release_as": standing.release_as}
        delivery = client.deliver(dataset, version, decision == APPROVED, params)
    return Outcome(standing, recorded, delivery)


def approve(
    dataset: str, version: str, approver: str, note: str = "", release_as: str = ""
) -> Outcome:
    """Approve a pending candidate for publishing; refuses one that was rejected."""
    return decide(dataset, version, APPROVED, approver, note, release_as)


def reject(dataset: str, version: str, approver: str, note: str = "") -> Outcome:
    """Reject a pending candidate: it is closed and will never be published."""
    return decide(dataset, version, REJECTED, approver, note)
