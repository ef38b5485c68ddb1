"""The demo's curator: it decides only once Airflow shows the approval request (as a curator
reading "Required actions" would), decides once per candidate, and as the named curator."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from ozero import demo

DATASET = "chest-imaging-protocols"


@dataclass
class FakeCandidate:
    dataset: str
    version: str
    status: str = "pending"


@dataclass
class FakeAirflow:
    waiting: bool = False
    logins: list[str] = field(default_factory=list)

    def waiting_requests(self, dag_id, match):
        assert dag_id == "release_chest_imaging_protocols" and match == {
            "dataset": DATASET,
            "version": "1.0.0",
        }
        return [{"subject": f"Release {DATASET} 1.0.0"}] if self.waiting else []


@dataclass
class Outcome:
    @dataclass
    class Delivery:
        answered: int = 1

    airflow: Delivery = field(default_factory=Delivery)


@pytest.fixture
def world(monkeypatch):
    import ozero.release.airflow_hitl as hitl
    import ozero.release.approval as approval
    import ozero.release.candidate as candidate_mod

    airflow = FakeAirflow()
    candidates = [FakeCandidate(DATASET, "1.0.0")]
    decisions: list[tuple] = []

    def connect(user):
        airflow.logins.append(user)
        return airflow

    def approve(dataset, version, approver, note):
        decisions.append((dataset, version, approver))
        candidates[0].status = "approved"
        return Outcome()

    monkeypatch.setattr(hitl.AirflowClient, "connect", staticmethod(connect))
    monkeypatch.setattr(approval, "approve", approve)
    monkeypatch.setattr(
        candidate_mod,
        "pending_candidates",
        lambda dataset=None: [c for c in candidates if c.status == "pending"],
    )
    return airflow, decisions


def test_decides_once_the_request_waits_and_only_once(world) -> None:
    airflow, decisions = world
    approved: set[str] = set()
    demo.approve_waiting_requests("unit-curator", approved)
    assert decisions == []  # the candidate exists, but Airflow is not asking yet
    airflow.waiting = True
    demo.approve_waiting_requests("unit-curator", approved)
    demo.approve_waiting_requests("unit-curator", approved)
    assert decisions == [(DATASET, "1.0.0", "unit-curator")]
    assert set(airflow.logins) == {"unit-curator"} and approved == {(DATASET, "1.0.0")}
